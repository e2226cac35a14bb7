"""Where intermediate stage data lives: `OUT/.work/<dataset>/<stage>/<partition>.parquet`.

Partitions are keyed like Dagster's time-window partitions ("2024-05-01"); an unpartitioned
dataset has the single key "all". Files are written beside their target and renamed into place,
so a killed stage never leaves half a file that the next stage would read.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.spec.model import DatasetSpec

UNPARTITIONED = "all"


def partition_key(spec: DatasetSpec, day: dt.date) -> str:
    """The partition a date falls in, in Dagster's key format."""
    assert spec.partition is not None
    every = spec.partition.every
    if every == "year":
        return f"{day.year:04d}-01-01"
    if every == "month":
        return f"{day.year:04d}-{day.month:02d}-01"
    return day.isoformat()


@dataclass(frozen=True)
class WorkStore:
    out_dir: Path
    dataset: str

    @property
    def root(self) -> Path:
        return self.out_dir / ".work" / self.dataset

    def data_path(self, stage: str, key: str) -> Path:
        return self.root / stage / f"{key}.parquet"

    def report_path(self, stage: str, key: str) -> Path:
        return self.root / stage / f"{key}.json"

    def keys(self, stage: str) -> list[str]:
        folder = self.root / stage
        return sorted(p.stem for p in folder.glob("*.parquet")) if folder.is_dir() else []

    def write_table(self, stage: str, key: str, table: pa.Table) -> Path:
        path = self.data_path(stage, key)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".parquet.tmp")
        pq.write_table(table, temporary, compression="zstd")
        os.replace(temporary, path)
        return path

    def remove(self, stage: str, key: str) -> None:
        for path in (self.data_path(stage, key), self.report_path(stage, key)):
            path.unlink(missing_ok=True)

    def read_table(self, stage: str, key: str) -> pa.Table:
        return pq.read_table(self.data_path(stage, key))

    def write_report(self, stage: str, key: str, report: dict[str, Any]) -> None:
        path = self.report_path(stage, key)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".json.tmp")
        temporary.write_text(json.dumps(report, ensure_ascii=False, indent=1, default=str))
        os.replace(temporary, path)

    def read_report(self, stage: str, key: str) -> dict[str, Any]:
        path = self.report_path(stage, key)
        return json.loads(path.read_text()) if path.exists() else {}
