"""Validate: run the dataset's expectation suite on each extracted partition."""

from __future__ import annotations

import os
import shutil
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.quality.builtin import spec_checks
from pipelines.quality.runner import (
    ExpectationFailure,
    expectations_path,
    load_suite,
    validate,
)
from pipelines.spec.model import DatasetSpec
from pipelines.stages.workstore import UNPARTITIONED, WorkStore

SOURCE_STAGE = "extracted"
STAGE = "validated"


@dataclass
class ValidateResult:
    suite: Path | None
    partitions: int = 0
    rows: int = 0
    critical: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.critical

    def metadata(self) -> dict[str, Any]:
        return {
            "suite": str(self.suite) if self.suite else "none",
            "partitions": self.partitions,
            "rows": self.rows,
            "critical_failures": len(self.critical),
            "warnings": len(self.warnings),
        }


def validate_partitions(
    spec: DatasetSpec, project_dir: Path, store: WorkStore, keys: Collection[str] | None = None
) -> ValidateResult:
    """Validate each partition; only partitions that pass move on to `validated`."""
    suite_path = expectations_path(project_dir, spec.id)
    suite = load_suite(suite_path) if suite_path.exists() else None
    result = ValidateResult(suite_path if suite else None)
    pii_columns = {c.name for c in spec.columns if c.pii != "none"}
    if keys is None:
        keys = [UNPARTITIONED] if spec.partition is None else store.keys(SOURCE_STAGE)
    for key in sorted(keys):
        if not store.data_path(SOURCE_STAGE, key).exists():
            store.remove(STAGE, key)
            continue
        table = store.read_table(SOURCE_STAGE, key)
        result.partitions += 1
        result.rows += table.num_rows
        report: dict[str, Any] = {"rows": table.num_rows, "suite": suite is not None}
        if suite is not None:
            outcome = validate(table.to_pandas(), suite, pii_columns=pii_columns)
            report["validation"] = outcome.to_dict()
            for failure in outcome.critical_failures:
                result.critical.append({"partition": key, **failure.to_dict()})
            for failure in outcome.warnings:
                result.warnings.append({"partition": key, **failure.to_dict()})
            result.summary.extend(
                f"{key}: {_describe(f)}" for f in outcome.critical_failures + outcome.warnings
            )
            if not outcome.success:
                # The partition's last good data (if any) stays in `validated`: the blocking
                # check stops this run, and later runs over other periods still publish it.
                store.write_report(STAGE, key, report)
                continue
        _promote(store, key)
        store.write_report(STAGE, key, report)
    for failure in spec_checks(_key_columns(spec, store), spec):
        result.critical.append({"partition": "all", **failure.to_dict()})
        result.summary.append(f"all periods: {failure.summary()}")
    return result


def _describe(failure: ExpectationFailure) -> str:
    """The failure's summary plus a few unexpected values (the runner withholds them for PII)."""
    samples = ", ".join(str(v) for v in failure.sample_values[:3])
    return failure.summary() + (f"; e.g. {samples}" if samples else "")


def _key_columns(spec: DatasetSpec, store: WorkStore) -> Iterator[pa.Table]:
    """The required and key columns of every extracted partition, one partition at a time."""
    wanted = sorted({*spec.primary_key, *(c.name for c in spec.columns if c.required)})
    for key in store.keys(SOURCE_STAGE):
        yield pq.read_table(store.data_path(SOURCE_STAGE, key), columns=wanted)


def _promote(store: WorkStore, key: str) -> None:
    """The validated data is the extracted data: link it rather than copy it."""
    source, target = store.data_path(SOURCE_STAGE, key), store.data_path(STAGE, key)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(".parquet.tmp")
    temporary.unlink(missing_ok=True)
    try:
        os.link(source, temporary)
    except OSError:
        shutil.copyfile(source, temporary)
    os.replace(temporary, target)
