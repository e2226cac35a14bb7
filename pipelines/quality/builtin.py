"""Checks every dataset gets from its spec alone, with or without an expectation suite:
`required` columns hold no nulls and the `primary_key` is unique.

They run on the whole extracted dataset (every partition together), because a key repeated
across two months is as much a duplicate as one repeated within a month. Only the key and
required columns are read, so memory stays small.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyarrow as pa
import pyarrow.compute as pc

from pipelines.quality.runner import ExpectationFailure
from pipelines.spec.model import DatasetSpec


def spec_checks(tables: Iterable[pa.Table], spec: DatasetSpec) -> list[ExpectationFailure]:
    """Critical failures for nulls in required columns and duplicate primary keys."""
    required = [c.name for c in spec.columns if c.required]
    nulls = dict.fromkeys(required, 0)
    keys: list[pa.Table] = []
    rows = 0
    for table in tables:
        rows += table.num_rows
        for name in required:
            nulls[name] += table.column(name).null_count
        if spec.primary_key:
            keys.append(table.select(spec.primary_key))
    failures = [
        ExpectationFailure(
            "expect_column_values_to_not_be_null",
            name,
            count,
            100 * count / max(rows, 1),
            observed="spec: required",
        )
        for name, count in nulls.items()
        if count
    ]
    if keys and rows:
        combined = pa.concat_tables(keys)
        counts = combined.group_by(spec.primary_key).aggregate([([], "count_all")])
        repeated = counts.filter(pc.greater(counts["count_all"], 1))
        if repeated.num_rows:
            extra = pc.sum(repeated["count_all"]).as_py() - repeated.num_rows
            failures.append(
                ExpectationFailure(
                    "expect_compound_columns_to_be_unique"
                    if len(spec.primary_key) > 1
                    else "expect_column_values_to_be_unique",
                    ", ".join(spec.primary_key),
                    extra,
                    100 * extra / rows,
                    observed="spec: primary_key",
                )
            )
    return failures
