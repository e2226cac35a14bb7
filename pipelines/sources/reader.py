"""The extract stage's entry points: open whatever the spec points at, in batches.

`read_batches` is what the pipeline calls; `source_columns` and `source_fingerprint` serve drift
detection and the release manifest.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Protocol

from pipelines.sources.batching import Row, batches, match_columns
from pipelines.sources.csvfile import CsvRows
from pipelines.sources.jsonfile import JsonRows
from pipelines.sources.model import RawBatch, Reject, SourceError
from pipelines.sources.sheets import ExcelRows, OdsRows
from pipelines.sources.sql import SqlRows
from pipelines.sources.values import to_text
from pipelines.spec.model import DatasetSpec


class RowSource(Protocol):
    columns: list[str]

    def rows(self) -> Iterator[Row | Reject]: ...

    def __enter__(self) -> RowSource: ...

    def __exit__(self, *exc: object) -> None: ...


def _label(spec: DatasetSpec) -> str:
    """How errors name the source: the spec's path, or the table (never the url)."""
    source = spec.source
    if source.kind == "sql":
        return f"{spec.id}: table {source.table}" if source.table else f"{spec.id}: query"
    return str(source.path)


def _path(spec: DatasetSpec, project_dir: Path) -> Path:
    assert spec.source.path is not None
    path = Path(spec.source.path)
    return path if path.is_absolute() else Path(project_dir) / path


def open_source(
    spec: DatasetSpec, project_dir: Path, env: Mapping[str, str] | None = None
) -> RowSource:
    """The reader for the spec's source kind, opened (its header/columns already read)."""
    source = spec.source
    label = _label(spec)
    if source.kind == "sql":
        return SqlRows(source, Path(project_dir), label, env)
    path = _path(spec, project_dir)
    if source.kind == "csv":
        return CsvRows(path, label, source.encoding, source.delimiter)
    if source.kind == "excel":
        return ExcelRows(path, label, source.sheet)
    if source.kind == "ods":
        return OdsRows(path, label, source.sheet)
    if source.kind == "json":
        return JsonRows(path, label, source.encoding)
    raise SourceError(f"{label}: unsupported source kind {source.kind!r}")  # pragma: no cover


def read_batches(
    spec: DatasetSpec,
    project_dir: Path,
    *,
    batch_rows: int = 100_000,
    env: Mapping[str, str] | None = None,
) -> Iterator[RawBatch]:
    """The source as RawBatches of at most `batch_rows` rows, spec columns only, in spec order.

    Raises SourceError when the source cannot be read or lacks a spec column; malformed rows
    are Rejects inside the batches. Extra source columns are ignored here (see source_columns).
    """
    with open_source(spec, project_dir, env) as reader:
        indices = match_columns(spec, reader.columns, _label(spec))
        yield from batches(spec, indices, reader.rows(), batch_rows)


def source_columns(
    spec: DatasetSpec, project_dir: Path, env: Mapping[str, str] | None = None
) -> list[str]:
    """Column names as the source has them (header, keys or result columns)."""
    with open_source(spec, project_dir, env) as reader:
        return list(reader.columns)


def source_fingerprint(
    spec: DatasetSpec, project_dir: Path, env: Mapping[str, str] | None = None
) -> str:
    """ "sha256:<hex>" of the source: the raw bytes of a file, the rows of a SQL source.

    SQL rows are hashed one by one in a canonical text form and the row hashes combined by
    addition modulo 2**256, so the result does not depend on the order the database returns
    rows in (a table has none) while any changed, added or removed row changes it.
    """
    if spec.source.kind != "sql":
        path = _path(spec, project_dir)
        if not path.is_file():
            raise SourceError(f"{_label(spec)}: file not found")
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
        return f"sha256:{digest.hexdigest()}"
    reader = open_source(spec, project_dir, env)
    assert isinstance(reader, SqlRows)
    with reader:
        header = "\x1f".join(reader.columns)
        total = 0
        count = 0
        for row in reader.raw():
            text = "\x1f".join("\x00" if v is None else (to_text(v) or "") for v in row)
            total += int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest(), "big")
            count += 1
        total %= 1 << 256
    final = hashlib.sha256(f"{header}\x1e{count}\x1e{total:064x}".encode())
    return f"sha256:{final.hexdigest()}"
