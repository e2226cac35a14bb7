"""Typing a raw batch per the spec; rows with an unusable value go to rejects, never onward.

Rejects say what is wrong with a value; they quote the value only for `pii: none` columns,
because the reject report is read by people not cleared to see personal data.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

import numpy as np
import pandas as pd
import pyarrow as pa

from pipelines.sources.model import Coerced, RawBatch, Reject
from pipelines.sources.rocdate import TAIPEI, parse_date, parse_datetime
from pipelines.spec.model import Column, DatasetSpec

ARROW_TYPES: dict[str, pa.DataType] = {
    "string": pa.string(),
    "integer": pa.int64(),
    "number": pa.float64(),
    "boolean": pa.bool_(),
    "date": pa.date32(),
    "datetime": pa.timestamp("us"),
}

# Thousands separators only in groups of three, so "1,23" (a typo or a list) is not 123.
# "，" (full-width comma) is included for free-text columns, which are not NFKC-normalised.
_DIGITS = r"(?:\d{1,3}(?:[,，]\d{3})+|\d+)"
_INTEGER = re.compile(rf"[+-]?{_DIGITS}(?:\.0*)?")
_NUMBER = re.compile(rf"[+-]?(?:{_DIGITS}(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")

TRUE = frozenset({"true", "t", "yes", "y", "1", "是", "真"})
FALSE = frozenset({"false", "f", "no", "n", "0", "否", "假"})

_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1


def _integer(text: str) -> int:
    if not _INTEGER.fullmatch(text):
        raise ValueError
    value = int(text.replace(",", "").replace("，", "").split(".")[0])
    if not _INT64_MIN <= value <= _INT64_MAX:
        raise ValueError
    return value


def _number(text: str) -> float:
    if not _NUMBER.fullmatch(text):
        raise ValueError
    return float(text.replace(",", "").replace("，", ""))


def _boolean(text: str) -> bool:
    key = text.casefold()
    if key in TRUE:
        return True
    if key in FALSE:
        return False
    raise ValueError


def _datetime(fmt: str | None) -> Callable[[str], datetime.datetime]:
    def parse(text: str) -> datetime.datetime:
        value = parse_datetime(text, fmt)
        if value.tzinfo is not None:
            # Stored naive in Taiwan local time, like every value without an offset.
            value = value.astimezone(TAIPEI).replace(tzinfo=None)
        return value

    return parse


WHAT = {
    "integer": "not a valid integer",
    "number": "not a valid number",
    "boolean": "not a valid boolean (use 是/否, Y/N, true/false or 1/0)",
    "date": "not a valid date",
    "datetime": "not a valid date and time",
}


def value_parser(column: Column) -> Callable[[str], object]:
    """The function that types one cleaned (NFKC, trimmed) text value of a typed column; it
    raises ValueError for a value the column does not accept. Drift detection uses the same."""
    if column.type == "integer":
        return _integer
    if column.type == "number":
        return _number
    if column.type == "boolean":
        return _boolean
    if column.type == "date":
        fmt = column.format
        return lambda text: parse_date(text, fmt)
    return _datetime(column.format)


def _reason(column: Column, value: str) -> str:
    reason = WHAT[column.type]
    if column.type in ("date", "datetime") and column.format:
        reason += f" (expected format {column.format})"
    if column.pii == "none":
        shown = value if len(value) <= 60 else value[:57] + "..."
        reason += f": {shown!r}"
    return reason


def _convert(
    series: pd.Series, column: Column, lines: np.ndarray, bad: np.ndarray, rejects: list[Reject]
) -> list[object]:
    """Typed values of one column; marks rows with bad values in `bad` and records Rejects."""
    values = series.tolist()
    if column.type == "string":
        return values
    parse = value_parser(column)
    # Parse each distinct value once: dates and codes repeat a lot in agency data.
    cache: dict[str, object] = {}
    failed = object()
    out: list[object] = []
    for index, text in enumerate(values):
        if text is None:
            out.append(None)
            continue
        result = cache.get(text, cache)
        if result is cache:
            try:
                result = parse(text)
            except (ValueError, OverflowError):
                result = failed
            cache[text] = result
        if result is failed:
            bad[index] = True
            rejects.append(Reject(int(lines[index]), column.name, _reason(column, text)))
            out.append(None)
        else:
            out.append(result)
    return out


def coerce(batch: RawBatch, spec: DatasetSpec) -> Coerced:
    """Type `batch` per the spec: a pa.Table of the good rows plus the rejects.

    The batch's own (reading) rejects are carried over first, so a caller collecting
    `Coerced.rejects` sees every reject of the source.
    """
    frame = batch.frame
    lines = batch.lines()
    size = len(frame)
    bad = np.zeros(size, dtype=bool)
    rejects: list[Reject] = list(batch.rejects)
    typed: dict[str, list[object]] = {}
    for column in spec.columns:
        series = frame[column.name] if column.name in frame else pd.Series([None] * size)
        # A null in a `required` column is not a row-level reject: the expectation suite's
        # not-null check fails the whole dataset, which is what a broken key column deserves.
        typed[column.name] = _convert(series, column, lines, bad, rejects)
    keep = ~bad
    arrays = []
    for column in spec.columns:
        values = typed[column.name]
        if not keep.all():
            values = [v for v, k in zip(values, keep, strict=True) if k]
        arrays.append(pa.array(values, type=ARROW_TYPES[column.type]))
    schema = pa.schema([pa.field(c.name, ARROW_TYPES[c.type]) for c in spec.columns])
    table = pa.Table.from_arrays(arrays, schema=schema)
    rejects.sort(key=lambda r: r.line)
    return Coerced(table=table, rejects=rejects, line_numbers=lines[keep])
