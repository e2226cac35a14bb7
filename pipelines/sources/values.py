"""Turning whatever a source holds into the text form every reader hands on.

All readers produce text so that one coercion step (`coerce.py`) types every source the same
way: a SQL integer, an Excel float 12.0 and a CSV "１２" all become the integer 12 in one place.
"""

from __future__ import annotations

import datetime
import decimal
import json
import math
from collections.abc import Sequence

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from pipelines.spec.model import DatasetSpec


def to_text(value: object) -> str | None:
    """Text for one source value; None for empty.

    >>> to_text(12.0), to_text(1.5), to_text(True), to_text(datetime.datetime(2024, 5, 1))
    ('12', '1.5', 'true', '2024-05-01')
    >>> to_text(datetime.datetime(2024, 5, 1, 9, 30))
    '2024-05-01T09:30:00'
    """
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return None
        # Spreadsheets store every number as a float; 12.0 in an integer column means 12.
        return str(int(value)) if value.is_integer() and abs(value) < 2**63 else repr(value)
    if isinstance(value, decimal.Decimal):
        return format(value, "f")
    if isinstance(value, pd.Timestamp):
        if pd.isna(value):
            return None
        value = value.to_pydatetime()
    if isinstance(value, datetime.datetime):
        # A spreadsheet date is a datetime at midnight; keep it a date so date columns parse.
        if value.time() == datetime.time(0) and value.tzinfo is None:
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if value is pd.NaT:
        return None
    return str(value)


def clean_column(values: Sequence[object], nfkc: bool) -> pd.Series:
    """Trim, NFKC-normalise (unless free text) and turn "" into None, for one column.

    NFKC folds full-width forms agencies type on Chinese keyboards (０９１２ → 0912, ，→ ,) so
    identifiers, numbers and dates compare and parse; free text is left as written. Done with
    Arrow's vectorised string kernels: a per-value Python loop dominated reading time.

    >>> clean_column(["\u3000０９１２ ", "", None, 12.0], nfkc=True).tolist()
    ['0912', None, None, '12']
    """
    try:
        array = pa.array(values, type=pa.string())
    except (pa.ArrowTypeError, pa.ArrowInvalid):
        array = pa.array([to_text(v) for v in values], type=pa.string())
    if nfkc:
        array = pc.utf8_normalize(array, form="NFKC")
    array = pc.utf8_trim_whitespace(array)
    array = pc.if_else(pc.equal(array, ""), None, array)
    return pd.Series(array.to_pandas(), dtype=object)


def build_frame(columns: list[list[object]], spec: DatasetSpec) -> pd.DataFrame:
    """An object-dtype frame of cleaned text from per-spec-column value lists."""
    data = {
        column.name: clean_column(values, nfkc=column.pii != "free_text")
        for column, values in zip(spec.columns, columns, strict=True)
    }
    return pd.DataFrame(data, columns=[c.name for c in spec.columns])
