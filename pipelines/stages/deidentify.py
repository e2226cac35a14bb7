"""De-identify: treatments, the k-anonymity gate and the leak guard over the whole dataset.

The gate is a property of what is published, which is every period together: a class of four
records in one month may be a class of forty over three years. So this stage reads every
validated partition (two streaming passes; each partition is published and leak-checked on its
own, so memory follows the largest partition and the number of equivalence classes, see
pipelines/deid/engine.py) and writes one de-identified table, or nothing when the gate or the
leak guard blocks.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.deid.engine import deidentify_batches
from pipelines.deid.report import DeidReport
from pipelines.spec.model import DatasetSpec
from pipelines.stages.workstore import UNPARTITIONED, WorkStore

SOURCE_STAGE = "validated"
STAGE = "deidentified"
BATCH_ROWS = 65_536


class NothingToDeidentify(RuntimeError):
    """No validated data: an empty source must not turn into an empty (or stale) release."""


@dataclass
class DeidStageResult:
    report: DeidReport

    @property
    def blocked(self) -> bool:
        return self.report.blocked

    def metadata(self) -> dict[str, Any]:
        data = self.report.to_dict()
        return {
            "rows_in": self.report.rows_in,
            "rows_out": self.report.rows_out,
            "records_suppressed": data.get("records_suppressed", 0),
            "entities_removed": data.get("entities_removed", 0),
            "blocked": "; ".join(self.report.reasons) or "no",
        }


def deidentify_dataset(
    spec: DatasetSpec, store: WorkStore, *, pseudonym_key: str | None = None
) -> DeidStageResult:
    keys = store.keys(SOURCE_STAGE)
    if not keys:
        raise NothingToDeidentify(
            f"{spec.id}: no validated rows to publish (is the source empty?); "
            "the current release stays"
        )
    columns = pq.read_schema(store.data_path(SOURCE_STAGE, keys[0])).names

    def reader(key: str) -> Callable[[list[str] | None], Iterator[pa.Table]]:
        def read(wanted: list[str] | None) -> Iterator[pa.Table]:
            parquet = pq.ParquetFile(store.data_path(SOURCE_STAGE, key))
            for batch in parquet.iter_batches(batch_size=BATCH_ROWS, columns=wanted):
                yield pa.Table.from_batches([batch])

        return read

    target = store.data_path(STAGE, UNPARTITIONED)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(".parquet.tmp")
    writer: list[pq.ParquetWriter] = []

    def write(table: pa.Table) -> None:
        if not writer:
            writer.append(pq.ParquetWriter(temporary, table.schema, compression="zstd"))
        writer[0].write_table(table)

    try:
        report = deidentify_batches(
            [reader(key) for key in keys], columns, spec, write, key=pseudonym_key
        )
    finally:
        for open_writer in writer:
            open_writer.close()
    if report.blocked or not writer:
        temporary.unlink(missing_ok=True)
        store.remove(STAGE, UNPARTITIONED)  # nothing stale may be published after a block
    else:
        os.replace(temporary, target)
    store.write_report(STAGE, UNPARTITIONED, report.to_dict())
    return DeidStageResult(report)
