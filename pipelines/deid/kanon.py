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


def gate_decision(
    rows: int,
    sizes: np.ndarray,
    diversity: np.ndarray | None,
    quasi: list[str],
    sensitive: list[str],
    settings: Deidentification,
) -> tuple[KAnonResult, np.ndarray | None]:
    """The gate's decision from per-class figures: the result (`keep` left None) and which
    classes to suppress (None when blocked). `sizes`: records per class; `diversity`: per
    class, the fewest distinct values of any sensitive column (None without one)."""
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
        ), np.zeros(len(sizes), bool)  # fmt: skip

    bad = sizes < settings.k
    if diversity is not None:
        bad |= diversity < settings.l_diversity
    suppressed = int(sizes[bad].sum())
    k_before = int(sizes.min())

    if suppressed / rows > settings.max_suppression:
        share = suppressed / rows
        return KAnonResult(
            **base, k_before=k_before, k_achieved=k_before, classes=len(sizes),
            records_suppressed=0, prosecutor_risk=1 / k_before,
            l_achieved=int(diversity.min()) if diversity is not None else None, blocked=True,
            reason=(
                f"reaching k={settings.k}"
                + (f", l={settings.l_diversity}" if sensitive else "")
                + f" needs suppressing {suppressed} of {rows} records ({share:.1%}), more than"
                f" max_suppression {settings.max_suppression:.1%}; generalise the quasi-identifier"
                f" columns ({', '.join(quasi)}) further"
            ),
        ), None  # fmt: skip

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
        l_achieved=l_achieved, blocked=False, reason=None,
    ), bad  # fmt: skip


def evaluate(
    table: pa.Table,
    quasi: list[str],
    sensitive: list[str],
    settings: Deidentification,
) -> KAnonResult:
    """Measure k and l over `table` (treated quasi and sensitive columns) and apply the gate."""
    rows = table.num_rows
    if not quasi or rows == 0:
        result, _ = gate_decision(rows, np.zeros(0, np.int64), None, quasi, sensitive, settings)
        result.keep = np.ones(rows, bool)
        return result
    key, classes = class_ids(table, quasi)
    sizes = np.bincount(key, minlength=classes)
    diversity = None
    if sensitive:
        diversity = np.min(
            [_distinct_per_class(key, classes, table.column(s)) for s in sensitive], axis=0
        )
    result, bad = gate_decision(rows, sizes, diversity, quasi, sensitive, settings)
    result.keep = None if bad is None else ~bad[key]
    return result


_PAIR_SHIFT = 32  # pair key = left code << 32 | right code; both sides stay far below 2**31
_PAIR_LIMIT = 1 << 31


def _flat(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    """One contiguous, non-dictionary array: lookups compare plain values."""
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    if pa.types.is_dictionary(values.type):
        values = values.dictionary_decode()
    return values


def _pair(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Pack two dense code arrays into one int64 key (codes are bounded by distinct counts)."""
    if len(left) and (int(left.max()) >= _PAIR_LIMIT or int(right.max()) >= _PAIR_LIMIT):
        raise OverflowError("more than 2**31 distinct codes in one column or class set")
    return (left << _PAIR_SHIFT) | right


def _distinct(keys: np.ndarray) -> np.ndarray:
    """Distinct int64 keys, unordered: Arrow's hash unique is several times faster than
    `np.unique` on millions of keys, and nothing downstream needs them sorted."""
    return pc.unique(pa.array(keys)).to_numpy()


class _Interner:
    """A value -> dense code mapping that grows across batches (null is a value like any other).

    Held as one Arrow array of the distinct values seen, in first-seen order; a value's code is
    its position, looked up with `pc.index_in` so a batch is coded without a Python loop.
    """

    def __init__(self) -> None:
        self._values: pa.Array | None = None

    def __len__(self) -> int:
        return 0 if self._values is None else len(self._values)

    def codes(self, values: pa.Array, grow: bool) -> np.ndarray:
        """Codes of `values`; unseen values are appended when `grow`, else a ValueError."""
        if self._values is None:
            self._values = pa.array([], values.type)
        elif values.type != self._values.type:
            # An all-null batch may arrive typed `null`; otherwise align to the first real type.
            if pa.types.is_null(self._values.type):
                self._values = self._values.cast(values.type)
            else:
                values = values.cast(self._values.type)
        index = pc.index_in(values, value_set=self._values, skip_nulls=False)
        if index.null_count:
            if not grow:
                raise ValueError(
                    f"{index.null_count} rows hold values not seen by add(); "
                    "keep() only answers for rows that were counted"
                )
            unseen = pc.unique(values.filter(pc.is_null(index)))
            self._values = pa.concat_arrays([self._values, unseen])
            index = pc.index_in(values, value_set=self._values, skip_nulls=False)
        return index.to_numpy(zero_copy_only=False).astype(np.int64)


class ClassCounts:
    """Equivalence-class sizes and, per class, distinct values of each sensitive column, gathered
    batch by batch.

    Usage: `add()` every batch (treated quasi + sensitive columns), `decide()` once, then `keep()`
    each batch again (same values, any batching) to get the rows to publish. The result equals
    `evaluate()` on the concatenation of all batches. State: per quasi column its distinct values,
    per quasi prefix its distinct combinations (both at most the class count), a size per class,
    and per sensitive column the distinct (class, value) pairs, merged whenever the not-yet-merged
    pairs outgrow the merged set (or `compact_min`), so memory follows classes, not rows.
    """

    # Pending (class, sensitive value) pairs tolerated before a merge even when the merged set is
    # small: merging re-hashes the whole set, so it is amortised over at least this many.
    compact_min: int = 1 << 16

    def __init__(self, quasi: list[str], sensitive: list[str]) -> None:
        self.quasi = list(quasi)
        self.sensitive = list(sensitive)
        self._values = [_Interner() for _ in self.quasi]
        self._prefixes = [_Interner() for _ in self.quasi[1:]]  # (columns 0..i) -> class code
        self._sizes = np.zeros(0, np.int64)
        self._sensitive_values = [_Interner() for _ in self.sensitive]
        self._pairs: list[np.ndarray] = [np.zeros(0, np.int64) for _ in self.sensitive]
        self._pending: list[list[np.ndarray]] = [[] for _ in self.sensitive]
        self._rows = 0
        self._bad: np.ndarray | None = None  # per class: suppressed; set by decide()
        self._result: KAnonResult | None = None

    @property
    def rows(self) -> int:
        return self._rows

    @property
    def classes(self) -> int:
        """Equivalence classes seen so far (before any suppression)."""
        return len(self._sizes)

    @property
    def footprint(self) -> int:
        """Entries held in the accumulator: what must stay bounded by classes, not rows."""
        interned = sum(len(i) for i in [*self._values, *self._prefixes, *self._sensitive_values])
        pairs = sum(len(p) for p in self._pairs)
        pending = sum(len(p) for group in self._pending for p in group)
        return interned + len(self._sizes) + pairs + pending

    def _class_ids(self, batch: pa.Table, grow: bool) -> np.ndarray:
        ids = self._values[0].codes(_flat(batch.column(self.quasi[0])), grow)
        for name, values, prefix in zip(
            self.quasi[1:], self._values[1:], self._prefixes, strict=True
        ):
            codes = values.codes(_flat(batch.column(name)), grow)
            ids = prefix.codes(pa.array(_pair(ids, codes)), grow)
        return ids

    def add(self, batch: pa.Table) -> None:
        """Count one batch of rows (holding at least the treated quasi and sensitive columns)."""
        if self._result is not None:
            raise RuntimeError("add() after decide(): the gate has already been decided")
        self._rows += batch.num_rows
        if not self.quasi or batch.num_rows == 0:
            return
        ids = self._class_ids(batch, grow=True)
        classes = len(self._prefixes[-1]) if self._prefixes else len(self._values[0])
        if classes > len(self._sizes):
            grown = np.zeros(classes - len(self._sizes), np.int64)
            self._sizes = np.concatenate([self._sizes, grown])
        self._sizes += np.bincount(ids, minlength=classes)
        for i, name in enumerate(self.sensitive):
            codes = self._sensitive_values[i].codes(_flat(batch.column(name)), grow=True)
            self._pending[i].append(_distinct(_pair(ids, codes)))
            if sum(len(p) for p in self._pending[i]) > max(len(self._pairs[i]), self.compact_min):
                self._compact(i)

    def _compact(self, i: int) -> None:
        """Merge the pending (class, value) pairs of sensitive column i into the distinct set."""
        if self._pending[i]:
            self._pairs[i] = _distinct(np.concatenate([self._pairs[i], *self._pending[i]]))
            self._pending[i] = []

    def decide(self, settings: Deidentification) -> KAnonResult:
        """Apply the gate to everything added, exactly as `evaluate` would (`keep` left None)."""
        diversity = None
        if self.quasi and self._rows and self.sensitive:
            for i in range(len(self.sensitive)):
                self._compact(i)
            classes = len(self._sizes)
            diversity = np.min(
                [np.bincount(p >> _PAIR_SHIFT, minlength=classes) for p in self._pairs], axis=0
            )
        self._result, self._bad = gate_decision(
            self._rows, self._sizes, diversity, self.quasi, self.sensitive, settings
        )
        return self._result

    def keep(self, batch: pa.Table) -> np.ndarray | None:
        """After `decide`: the batch's rows to publish (False: row of a suppressed class).

        None when nothing is suppressed, which includes a blocked gate (evaluate's keep is None
        then too): check `decide()`'s `blocked` before publishing anything.
        """
        result = self._result
        if result is None:
            raise RuntimeError("keep() before decide()")
        if result.blocked or result.records_suppressed == 0 or self._bad is None:
            return None
        if batch.num_rows == 0:
            return np.ones(0, bool)
        return ~self._bad[self._class_ids(batch, grow=False)]
