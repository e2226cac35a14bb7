"""Schema drift: the source no longer looks like the spec says it does.

Three kinds, checked before (or while) extracting:

- *new* columns: in the source, not in the spec. Nothing of them is published (the spec is an
  allow-list), but a steward must decide what they are: a new column may hold personal data.
- *missing* columns: in the spec, not in the source. A missing `required` column is always
  fatal, whatever the policy: the release would be empty where the spec promises data.
- *retyped* columns: most sampled raw values no longer parse as the declared type (an integer
  column now holds text, a date column a new format).

`spec.quality.drift` decides the rest: "fail" stops the release on any drift, "warn" reports it.
Source headers are matched as the readers match them (NFKC, trimmed, case-insensitive), against
each column's `source_name or name`; the spec's `name` is also accepted when a `source_name` is
given, since an upstream system may switch to the published names.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import pandas as pd

from pipelines.sources.coerce import value_parser
from pipelines.spec.model import Column, DatasetSpec, DriftPolicy

RETYPE_SAMPLE = 200  # non-empty raw values looked at per column
RETYPE_SHARE = 0.5  # more than this share unparseable = retyped; fewer are row-level rejects


def _key(name: str) -> str:
    # Same normalisation as pipelines.sources.batching: width, case and stray spaces do not count.
    return unicodedata.normalize("NFKC", str(name)).replace("\ufeff", "").strip().casefold()


@dataclass(frozen=True)
class DriftReport:
    """What differs between the spec and the source. Names are as the source writes them."""

    dataset: str
    policy: DriftPolicy
    new_columns: list[str] = field(default_factory=list)
    missing_columns: list[str] = field(default_factory=list)
    missing_required: list[str] = field(default_factory=list)
    retyped: list[str] = field(default_factory=list)

    @property
    def drifted(self) -> bool:
        return bool(self.new_columns or self.missing_columns or self.retyped)

    def failed(self, policy: DriftPolicy | None = None) -> bool:
        """True when the release must stop: missing required columns, or any drift under "fail"."""
        if self.missing_required:
            return True
        return self.drifted and (policy or self.policy) == "fail"

    def message(self) -> str:
        """One line for a log or a Dagster check, e.g. `petitions: schema drift: 1 new ...`."""
        if not self.drifted:
            return f"{self.dataset}: no schema drift"
        parts = []
        if self.missing_required:
            parts.append(f"missing required column(s): {', '.join(self.missing_required)}")
        optional = [c for c in self.missing_columns if c not in self.missing_required]
        if optional:
            parts.append(f"missing column(s): {', '.join(optional)}")
        if self.new_columns:
            parts.append(f"new column(s) not in the spec: {', '.join(self.new_columns)}")
        if self.retyped:
            parts.append(f"column(s) no longer of the declared type: {', '.join(self.retyped)}")
        verdict = "fails the release" if self.failed() else "warning only (quality.drift: warn)"
        return f"{self.dataset}: schema drift ({verdict}): " + "; ".join(parts)

    def with_retyped(self, retyped: list[str]) -> DriftReport:
        """The same report with the columns `detect_retyped` found."""
        return DriftReport(
            self.dataset,
            self.policy,
            self.new_columns,
            self.missing_columns,
            self.missing_required,
            list(retyped),
        )

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "drifted": self.drifted, "failed": self.failed()}


def _wanted(column: Column) -> list[str]:
    names = [column.source_name] if column.source_name else []
    return [*names, column.name]


def detect_drift(spec: DatasetSpec, source_columns: Sequence[str]) -> DriftReport:
    """Compare the source's column names (a header, a table's columns) with the spec."""
    found = {_key(name): name for name in source_columns}
    matched: set[str] = set()
    missing: list[str] = []
    missing_required: list[str] = []
    for column in spec.columns:
        hits = [_key(n) for n in _wanted(column) if _key(n) in found]
        if hits:
            matched.add(hits[0])
            continue
        label = column.source_name or column.name
        missing.append(label)
        if column.required:
            missing_required.append(label)
    new = [name for key, name in found.items() if key not in matched and key]
    return DriftReport(
        dataset=spec.id,
        policy=spec.quality.drift,
        new_columns=new,
        missing_columns=missing,
        missing_required=missing_required,
    )


def _parser(column: Column) -> Callable[[str], object] | None:
    # The extract stage's own parser: a column is "retyped" exactly when coercion would reject
    # most of its values. A string column cannot be retyped.
    return None if column.type == "string" else value_parser(column)


def _parses(parse: Callable[[str], object], value: object) -> bool:
    if not isinstance(value, str):
        return True  # already typed by the reader (an Excel number or date)
    try:
        parse(unicodedata.normalize("NFKC", value).strip())
    except (ValueError, TypeError, OverflowError):
        return False
    return True


def detect_retyped(spec: DatasetSpec, frame: pd.DataFrame) -> list[str]:
    """Spec names of columns whose sampled raw values mostly fail to parse as declared.

    `frame` holds raw values (strings or reader-typed values) under spec names or source names.
    A few bad values are rejects, not drift; only when more than half of up to RETYPE_SAMPLE
    non-empty values fail does the column count as retyped.
    """
    by_key = {_key(str(name)): name for name in frame.columns}
    retyped: list[str] = []
    for column in spec.columns:
        parse = _parser(column)
        present = [by_key[_key(n)] for n in _wanted(column) if _key(n) in by_key]
        if parse is None or not present:
            continue
        values = frame[present[0]]
        sample = [v for v in values.head(RETYPE_SAMPLE * 4) if _filled(v)][:RETYPE_SAMPLE]
        if not sample:
            continue
        bad = sum(not _parses(parse, v) for v in sample)
        if bad / len(sample) > RETYPE_SHARE:
            retyped.append(column.name)
    return retyped


def _filled(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    try:
        return not bool(pd.isna(value))
    except (TypeError, ValueError):
        return True
