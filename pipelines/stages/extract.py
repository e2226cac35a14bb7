"""Extract: source → typed, normalised rows per partition, bad rows to a rejects file."""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipelines.quality.drift import detect_drift, detect_retyped
from pipelines.sources import (
    Coerced,
    Reject,
    SourceError,
    coerce,
    read_batches,
    source_columns,
)
from pipelines.sources import source_fingerprint as fingerprint_source
from pipelines.spec.model import DatasetSpec
from pipelines.stages.workstore import UNPARTITIONED, WorkStore, partition_key

STAGE = "extracted"


class ExtractError(RuntimeError):
    """The dataset cannot be extracted (drift, too many rejects, unreadable source)."""


@dataclass
class ExtractResult:
    rows: dict[str, int] = field(default_factory=dict)  # partition key -> rows kept
    rejected: int = 0
    drift: str | None = None
    source_fingerprint: str = ""
    rejects_file: Path | None = None
    first_reject: str = ""

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())

    def metadata(self) -> dict[str, Any]:
        return {
            "rows": self.total_rows,
            "rejected": self.rejected,
            "partitions": len(self.rows),
            "drift": self.drift or "none",
            "source_fingerprint": self.source_fingerprint,
            "first_reject": self.first_reject,
            "rejects_file": str(self.rejects_file or ""),
        }


def extract(
    spec: DatasetSpec,
    project_dir: Path,
    store: WorkStore,
    keys: Collection[str] | None = None,
    *,
    batch_rows: int = 100_000,
) -> ExtractResult:
    """Read the source once and write the rows of partitions `keys` (None: every partition).

    A requested partition with no rows left in the source is emptied, so that stale rows from
    an earlier run are never published again (an unpartitioned dataset is always requested).
    """
    if spec.partition is None:
        keys = [UNPARTITIONED]
    result = ExtractResult()
    drift = detect_drift(spec, source_columns(spec, project_dir))
    result.drift = drift.message() if drift.drifted else None
    if drift.failed(spec.quality.drift):
        raise ExtractError(drift.message())

    rejects: list[Reject] = []
    seen = 0
    with _PartitionWriters(store) as writers:
        for raw in read_batches(spec, project_dir, batch_rows=batch_rows):
            if seen == 0 and (retyped := detect_retyped(spec, raw.frame)):
                # Mostly unparseable values: the source changed type, not a few bad rows.
                drift = drift.with_retyped(retyped)
                result.drift = drift.message()
                if drift.failed(spec.quality.drift):
                    raise ExtractError(drift.message())
            coerced = coerce(raw, spec)  # its rejects include the batch's reading rejects
            rejects.extend(coerced.rejects)
            seen += len(raw.frame) + len(raw.rejects)
            for key, table in _split(spec, coerced, rejects):
                if keys is None or key in keys:
                    writers.write(key, table)

        result.rejected = len(rejects)
        result.source_fingerprint = fingerprint_source(spec, project_dir)
        result.rejects_file = _write_rejects(store, rejects)
        if rejects:
            result.first_reject = f"line {rejects[0].line}: {rejects[0].reason}"
        if seen and result.rejected / seen > spec.quality.max_reject_rate:
            raise ExtractError(
                f"{spec.id}: {result.rejected} of {seen} rows rejected "
                f"({result.rejected / seen:.1%}, limit {spec.quality.max_reject_rate:.1%}); "
                f"first: line {rejects[0].line}: {rejects[0].reason}; all in {result.rejects_file}"
            )
        result.rows = writers.commit(keys)
    for key, rows in result.rows.items():
        store.write_report(
            STAGE, key, {"rows": rows, "source_fingerprint": result.source_fingerprint}
        )
    return result


def _split(
    spec: DatasetSpec, coerced: Coerced, rejects: list[Reject]
) -> list[tuple[str, pa.Table]]:
    table = coerced.table
    if spec.partition is None:
        return [(UNPARTITIONED, table)]
    column = table[spec.partition.by]
    missing = pc.is_null(column)
    if pc.any(missing).as_py():
        lines = coerced.line_numbers
        for index in pc.indices_nonzero(missing).to_pylist():
            line = int(lines[index]) if lines is not None else 0
            rejects.append(Reject(line, spec.partition.by, "no date, so no period to publish in"))
        table = table.filter(pc.invert(missing))
        column = table[spec.partition.by]
    days = column.to_pylist()
    keys = pa.array([partition_key(spec, day) for day in days], pa.string())
    out = []
    for key in pc.unique(keys).to_pylist():
        out.append((key, table.filter(pc.equal(keys, key))))
    return out


class _PartitionWriters:
    """One Parquet writer per partition, so memory holds a batch, not the whole source."""

    def __init__(self, store: WorkStore) -> None:
        self.store = store
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.rows: dict[str, int] = defaultdict(int)

    def __enter__(self) -> _PartitionWriters:
        return self

    def _temporary(self, key: str) -> Path:
        return self.store.data_path(STAGE, key).with_suffix(".parquet.tmp")

    def write(self, key: str, table: pa.Table) -> None:
        if table.num_rows == 0:
            return
        if key not in self.writers:
            path = self._temporary(key)
            path.parent.mkdir(parents=True, exist_ok=True)
            self.writers[key] = pq.ParquetWriter(path, table.schema, compression="zstd")
        self.writers[key].write_table(table)
        self.rows[key] += table.num_rows

    def commit(self, keys: Collection[str] | None) -> dict[str, int]:
        """Make the written partitions current; requested partitions with no rows are emptied."""
        for key, writer in self.writers.items():
            writer.close()
            os.replace(self._temporary(key), self.store.data_path(STAGE, key))
        self.writers.clear()
        for key in set(keys or ()) - set(self.rows):
            self.store.remove(STAGE, key)  # an emptied partition must not keep last run's rows
        return dict(sorted(self.rows.items()))

    def __exit__(self, *exc: object) -> None:
        for key, writer in self.writers.items():  # only left here when the run failed
            writer.close()
            self._temporary(key).unlink(missing_ok=True)


def _write_rejects(store: WorkStore, rejects: list[Reject]) -> Path:
    """Line number and reason of each rejected row; values are never copied here."""
    path = store.root / "rejects.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        for reject in rejects:
            handle.write(
                json.dumps(
                    {"line": reject.line, "column": reject.column, "reason": reject.reason},
                    ensure_ascii=False,
                )
                + "\n"
            )
    return path


__all__ = ["ExtractError", "ExtractResult", "SourceError", "extract"]
