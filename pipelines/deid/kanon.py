"""The quasi-identifier gate: k-anonymity and l-diversity over the treated `pii: quasi` columns.

Records with the same combination of quasi-identifier values form an equivalence class. A
class of size 1 is a record that anyone who knows those attributes (district, age band,
gender, ...) can single out; k is the smallest class size, and the prosecutor re-identification
risk is 1/k. l-diversity asks each class to hold at least l distinct values of every
`pii: sensitive` column, so that knowing someone is in a class does not reveal the sensitive
value.

The gate suppresses (withholds) the records of offending classes when that costs at most
`max_suppression` of the rows; beyond that it blocks the release: the steward must generalise
further, because suppressing a large share silently changes what the data says.

Nulls are a value like any other here (a missing district is a shared attribute), which is what
an attacker sees too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipelines.spec.model import Deidentification


@dataclass
class KAnonResult:
    """What the gate measured and decided. `keep` (not serialised) marks the rows to publish."""

    quasi_columns: list[str]
    sensitive_columns: list[str]
    k_required: int
    l_required: int
    max_suppression: float
    rows: int
    k_before: int | None  # smallest class before suppression
    k_achieved: int | None  # smallest class in what is published (None: no quasi columns/rows)
    classes: int  # equivalence classes in what is published
    records_suppressed: int
    prosecutor_risk: float | None  # max over published records of 1/class size
    l_achieved: int | None  # None when there is no sensitive column
    blocked: bool
    reason: str | None
    keep: np.ndarray | None = field(default=None, repr=False)

    @property
    def suppression_rate(self) -> float:
        return self.records_suppressed / self.rows if self.rows else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "quasi_columns": self.quasi_columns,
            "sensitive_columns": self.sensitive_columns,
            "k_required": self.k_required,
            "l_required": self.l_required,
            "max_suppression": self.max_suppression,
            "rows": self.rows,
            "k_before_suppression": self.k_before,
            "k_achieved": self.k_achieved,
            "classes": self.classes,
            "records_suppressed": self.records_suppressed,
            "suppression_rate": round(self.suppression_rate, 6),
            "prosecutor_risk": self.prosecutor_risk,
            "l_achieved": self.l_achieved,
            "blocked": self.blocked,
            "reason": self.reason,
        }


def _codes(values: pa.Array | pa.ChunkedArray) -> tuple[np.ndarray, int]:
    """Dense integer codes of a column (null is its own code) and the number of codes."""
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    encoded = pc.dictionary_encode(values, null_encoding="encode")
    return encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64), len(encoded.dictionary)


def class_ids(table: pa.Table, columns: list[str]) -> tuple[np.ndarray, int]:
    """The equivalence-class index of every row over `columns`, and the number of classes.

    Columns are combined pairwise (code_a * n_b + code_b) and re-densified after each step, so
    the combined code never overflows however many columns there are.
    """
    key = np.zeros(table.num_rows, np.int64)
    count = 1
    for name in columns:
        codes, size = _codes(table.column(name))
        combined = pa.array(key * size + codes)
        key, count = _codes(combined)
    return key, count


def _distinct_per_class(key: np.ndarray, classes: int, values: pa.Array) -> np.ndarray:
    codes, size = _codes(values)
    pairs = np.unique(key * max(size, 1) + codes)
    return np.bincount(pairs // max(size, 1), minlength=classes)


def evaluate(
    table: pa.Table,
    quasi: list[str],
    sensitive: list[str],
    settings: Deidentification,
) -> KAnonResult:
    """Measure k and l over `table` (treated quasi and sensitive columns) and apply the gate."""
    rows = table.num_rows
    base = {
        "quasi_columns": quasi,
        "sensitive_columns": sensitive,
        "k_required": settings.k,
        "l_required": settings.l_diversity,
        "max_suppression": settings.max_suppression,
        "rows": rows,
    }
    if not quasi or rows == 0:
        reason = "no quasi-identifier columns" if not quasi else None
        return KAnonResult(
            **base, k_before=None, k_achieved=None, classes=0, records_suppressed=0,
            prosecutor_risk=None, l_achieved=None, blocked=False, reason=reason,
            keep=np.ones(rows, bool),
        )  # fmt: skip

    key, classes = class_ids(table, quasi)
    sizes = np.bincount(key, minlength=classes)
    diversity = None
    if sensitive:
        diversity = np.min(
            [_distinct_per_class(key, classes, table.column(s)) for s in sensitive], axis=0
        )
    bad = sizes < settings.k
    if diversity is not None:
        bad |= diversity < settings.l_diversity
    bad_rows = bad[key]
    suppressed = int(bad_rows.sum())
    k_before = int(sizes.min())

    if suppressed / rows > settings.max_suppression:
        share = suppressed / rows
        return KAnonResult(
            **base, k_before=k_before, k_achieved=k_before, classes=classes,
            records_suppressed=0, prosecutor_risk=1 / k_before,
            l_achieved=int(diversity.min()) if diversity is not None else None, blocked=True,
            reason=(
                f"reaching k={settings.k}"
                + (f", l={settings.l_diversity}" if sensitive else "")
                + f" needs suppressing {suppressed} of {rows} records ({share:.1%}), more than"
                f" max_suppression {settings.max_suppression:.1%}; generalise the quasi-identifier"
                f" columns ({', '.join(quasi)}) further"
            ),
            keep=None,
        )  # fmt: skip

    good = ~bad & (sizes > 0)
    published = int(good.sum())
    k_achieved = int(sizes[good].min()) if published else None
    l_achieved = None
    if diversity is not None and published:
        l_achieved = int(diversity[good].min())
    return KAnonResult(
        **base, k_before=k_before, k_achieved=k_achieved, classes=published,
        records_suppressed=suppressed,
        prosecutor_risk=(1 / k_achieved) if k_achieved else None,
        l_achieved=l_achieved, blocked=False, reason=None, keep=~bad_rows,
    )  # fmt: skip
