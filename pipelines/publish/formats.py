"""Writers for the published open formats, fed batch by batch so memory stays flat.

All three are written in one pass over the rows. The CSV bytes double as the canonical form of the
data: their sha256 is the data fingerprint, so a release is "unchanged" exactly when its rows are.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

MEDIA_TYPES = {
    "csv": "text/csv",
    "json": "application/json",
    "parquet": "application/vnd.apache.parquet",
}


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


class ReleaseWriter:
    """Writes one table to <stem>.csv/.json/.parquet under a folder, and fingerprints the rows."""

    def __init__(self, folder: Path, stem: str, schema: pa.Schema, formats: Iterable[str]) -> None:
        self.folder = folder
        self.stem = stem
        self.schema = schema
        self.formats = list(formats)
        self.rows = 0
        self._fingerprint = hashlib.sha256()
        self._csv: BinaryIO | None = None
        self._json: io.TextIOWrapper | None = None
        self._parquet: pq.ParquetWriter | None = None
        self._first_json_row = True
        header = _csv_bytes(pa.table({f.name: pa.array([], f.type) for f in schema}), header=True)
        self._fingerprint.update(header)
        if "csv" in self.formats:
            self._csv = open(self.path("csv"), "wb")  # noqa: SIM115 (closed in close/abort)
            self._csv.write(header)
        if "json" in self.formats:
            self._json = open(self.path("json"), "w", encoding="utf-8", newline="\n")  # noqa: SIM115
            self._json.write("[")
        if "parquet" in self.formats:
            self._parquet = pq.ParquetWriter(
                self.path("parquet"), schema, compression="zstd", write_statistics=True
            )

    def path(self, fmt: str) -> Path:
        return self.folder / f"{self.stem}.{fmt}"

    def write(self, table: pa.Table) -> None:
        table = table.select(self.schema.names).cast(self.schema)
        if table.num_rows == 0:
            return
        self.rows += table.num_rows
        body = _csv_bytes(table, header=False)
        self._fingerprint.update(body)
        if self._csv:
            self._csv.write(body)
        if self._json:
            for row in table.to_pylist():
                self._json.write("\n" if self._first_json_row else ",\n")
                self._json.write(json.dumps(row, ensure_ascii=False, default=_json_default))
                self._first_json_row = False
        if self._parquet:
            self._parquet.write_table(table)

    def close(self) -> str:
        """Finish every file; returns the data fingerprint."""
        if self._csv:
            self._csv.close()
        if self._json:
            self._json.write("\n]\n")
            self._json.close()
        if self._parquet:
            self._parquet.close()
        return "sha256:" + self._fingerprint.hexdigest()

    def abort(self) -> None:
        for handle in (self._csv, self._json):
            if handle and not handle.closed:
                handle.close()
        if self._parquet:
            self._parquet.close()


def _csv_bytes(table: pa.Table, *, header: bool) -> bytes:
    sink = io.BytesIO()
    options = pacsv.WriteOptions(include_header=header, quoting_style="needed")
    pacsv.write_csv(table, sink, write_options=options)
    return sink.getvalue()
