"""What every reader shares: matching source columns to the spec, and cutting rows into batches.

A reader only yields (line, row) pairs and Rejects; this module picks the spec columns, renames
them and builds `RawBatch`es of at most `batch_rows` rows, so memory stays bounded by the batch.
"""

from __future__ import annotations

import unicodedata
from array import array
from collections.abc import Iterable, Iterator, Sequence
from operator import itemgetter

import numpy as np

from pipelines.sources.model import RawBatch, Reject, SourceError
from pipelines.sources.values import build_frame
from pipelines.spec.model import DatasetSpec

Row = tuple[int, Sequence[object]]


def _key(name: str) -> str:
    # Headers typed by hand differ in width, case and stray spaces; none of that is meaningful.
    return unicodedata.normalize("NFKC", name).strip().casefold()


def match_columns(spec: DatasetSpec, found: Sequence[str], label: str) -> list[int]:
    """Index in `found` of each spec column, in spec order; SourceError naming what is missing."""
    positions: dict[str, int] = {}
    for index, name in enumerate(found):
        positions.setdefault(_key(str(name)), index)
    indices: list[int] = []
    missing: list[str] = []
    for column in spec.columns:
        wanted = column.source_name or column.name
        index = positions.get(_key(wanted))
        if index is None and column.source_name:
            index = positions.get(_key(column.name))
        if index is None:
            missing.append(wanted if wanted == column.name else f"{wanted} ({column.name})")
        else:
            indices.append(index)
    if missing:
        raise SourceError(f"{label}: missing column(s): {', '.join(missing)}")
    return indices


def batches(
    spec: DatasetSpec,
    indices: list[int],
    items: Iterable[Row | Reject],
    batch_rows: int,
) -> Iterator[RawBatch]:
    """Group reader output into RawBatches; always at least one (possibly empty) batch."""
    if batch_rows < 1:
        raise ValueError("batch_rows must be at least 1")
    pick = itemgetter(*indices)
    single = len(indices) == 1
    rows: list[tuple[object, ...]] = []
    lines = array("q")
    rejects: list[Reject] = []
    yielded = False
    for item in items:
        if isinstance(item, Reject):
            rejects.append(item)
            continue
        line, row = item
        rows.append((pick(row),) if single else pick(row))
        lines.append(line)
        if len(rows) >= batch_rows:
            yield _build(spec, rows, lines, rejects)
            yielded = True
            rows, lines, rejects = [], array("q"), []
    if rows or rejects or not yielded:
        yield _build(spec, rows, lines, rejects)


def _build(
    spec: DatasetSpec, rows: list[tuple[object, ...]], lines: array, rejects: list[Reject]
) -> RawBatch:
    width = len(spec.columns)
    columns = [list(c) for c in zip(*rows, strict=True)] if rows else [[] for _ in range(width)]
    frame = build_frame(columns, spec)
    numbers = np.frombuffer(lines, dtype=np.int64).copy() if rows else np.empty(0, np.int64)
    first = int(numbers[0]) if rows else (rejects[0].line if rejects else 0)
    contiguous = not rows or int(numbers[-1]) - first == len(rows) - 1
    return RawBatch(
        frame=frame,
        first_line=first,
        line_numbers=None if contiguous else numbers,
        rejects=rejects,
    )
