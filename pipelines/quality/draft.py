"""Propose a suite for a dataset from its spec and a profile of its source (`opendata
expectations draft`). The draft is a starting point a steward edits, never a gate by itself.

What comes from the spec is marked critical: the column set, at least one row, unique
`primary_key`, filled `required` columns, plausible dates (a 民國/Gregorian year mix-up lands
outside 1900–2099). What comes from the profile is marked warning, because a sample only shows
what has happened so far: value sets of small vocabularies, the shape of identifiers, and a
lower bound of 0 for counts that have never been negative.

Value sets are proposed only for columns with `pii: none`: a suite file is committed, and must
not become a list of people's values. Identifier shapes (`^[A-Z]\\d{9}$`) reveal no value.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pyarrow as pa

from pipelines.quality.runner import parse_suite
from pipelines.spec.model import Column, DatasetSpec

PROFILE_ROWS = 50_000  # enough to see a vocabulary, quick on any source
MAX_SET = 15  # more distinct values than this is not a vocabulary
DATE_RANGE = ("1900-01-01", "2099-12-31")


def _expectation(kind: str, severity: str, note: str, **kwargs: Any) -> dict[str, Any]:
    return {"type": kind, "kwargs": kwargs, "meta": {"severity": severity}, "notes": note}


def profile(spec: DatasetSpec, project_dir: Path, rows: int = PROFILE_ROWS) -> pa.Table | None:
    """Up to `rows` typed rows of the source (None when it cannot be read)."""
    from pipelines.sources.coerce import coerce
    from pipelines.sources.model import SourceError
    from pipelines.sources.reader import read_batches

    tables: list[pa.Table] = []
    seen = 0
    try:
        for raw in read_batches(spec, project_dir, batch_rows=min(rows, 20_000)):
            table = coerce(raw, spec).table
            tables.append(table)
            seen += table.num_rows
            if seen >= rows:
                break
    except (SourceError, OSError):
        return None
    return pa.concat_tables(tables).slice(0, rows) if tables else None


def _shape(value: str) -> str:
    """`IDB-1120102-000004` → `^[A-Z]{3}-\\d{7}-\\d{6}$`: classes of characters, literal rest."""
    parts: list[tuple[str, int]] = []
    for char in value:
        if char.isascii() and char.isdigit():
            token = r"\d"
        elif char.isascii() and char.isupper():
            token = "[A-Z]"
        elif char.isascii() and char.islower():
            token = "[a-z]"
        elif char.isascii() and (char.isalnum() or char in "-_/.:"):
            token = re.escape(char)
        else:
            return ""  # CJK or spaces: not an identifier
        if parts and parts[-1][0] == token:
            parts[-1] = (token, parts[-1][1] + 1)
        else:
            parts.append((token, 1))
    body = "".join(t if n == 1 else f"{t}{{{n}}}" for t, n in parts)
    return f"^{body}$"


def _column_expectations(column: Column, values: list[Any], rows: int) -> list[dict[str, Any]]:
    found = [v for v in values if v is not None]
    note = f"drafted from {rows} profiled rows; review"
    out: list[dict[str, Any]] = []
    # Not for datetime: GX cannot compare datetime64 columns with ISO-string bounds.
    if column.type == "date":
        out.append(
            _expectation(
                "expect_column_values_to_be_between",
                "critical",
                "catches 民國/Gregorian year mix-ups",
                column=column.name,
                min_value=DATE_RANGE[0],
                max_value=DATE_RANGE[1],
            )
        )
    elif column.type in ("integer", "number") and found and min(found) >= 0:
        out.append(
            _expectation(
                "expect_column_values_to_be_between",
                "warning",
                note,
                column=column.name,
                min_value=0,
            )
        )
    elif column.type == "string" and found and column.pii != "free_text":
        distinct = Counter(str(v) for v in found)
        if column.pii == "none" and len(distinct) <= MAX_SET and len(distinct) < len(found) / 2:
            out.append(
                _expectation(
                    "expect_column_values_to_be_in_set",
                    "warning",
                    note,
                    column=column.name,
                    value_set=sorted(distinct),
                )
            )
        else:
            shapes = {_shape(v) for v in distinct}
            if len(shapes) == 1 and "" not in shapes:
                out.append(
                    _expectation(
                        "expect_column_values_to_match_regex",
                        "warning",
                        note,
                        column=column.name,
                        regex=shapes.pop(),
                    )
                )
    return out


def draft_suite(spec: DatasetSpec, data: pa.Table | None) -> dict[str, Any]:
    """The suite as a dict (GX's to_json_dict format) from the spec and optional profile."""
    names = [c.name for c in spec.columns]
    expectations = [
        _expectation(
            "expect_table_row_count_to_be_between",
            "critical",
            "an empty extract is never a release",
            min_value=1,
        ),
        _expectation(
            "expect_table_columns_to_match_set",
            "critical",
            "exactly the spec's columns",
            column_set=names,
            exact_match=True,
        ),
    ]
    if len(spec.primary_key) == 1:
        expectations.append(
            _expectation(
                "expect_column_values_to_be_unique",
                "critical",
                "primary_key",
                column=spec.primary_key[0],
            )
        )
    elif spec.primary_key:
        expectations.append(
            _expectation(
                "expect_compound_columns_to_be_unique",
                "critical",
                "primary_key",
                column_list=list(spec.primary_key),
            )
        )
    for column in spec.columns:
        if column.required:
            expectations.append(
                _expectation(
                    "expect_column_values_to_not_be_null",
                    "critical",
                    "required: true",
                    column=column.name,
                )
            )
    rows = data.num_rows if data is not None else 0
    for column in spec.columns:
        values = data.column(column.name).to_pylist() if data is not None else []
        expectations += _column_expectations(column, values, rows)
    return {"name": spec.id, "expectations": expectations}


def draft_suite_json(spec: DatasetSpec, project_dir: Path) -> str:
    """The drafted suite as JSON text, checked by loading it as GX would."""
    data = draft_suite(spec, profile(spec, project_dir))
    suite = parse_suite(data, f"draft for {spec.id}", default_name=spec.id)
    return json.dumps(suite.to_json_dict(), ensure_ascii=False, indent=2) + "\n"
