"""The leak guard: a last check, independent of how each column was treated, that the output
holds no value of any source `pii: direct` column and no high-confidence scanner finding.

What is checked:

* every published column, cell by cell, for exact equality with a direct value (after NFKC and
  trimming on both sides, so a full-width copy of an ID still counts);
* every published *text* column (string columns whose treatment is keep or scan_text, i.e. whose
  text we did not generate ourselves) for direct values occurring as substrings, and for
  scanner findings with score >= 0.85.

Direct values shorter than `MIN_CHARS` characters are not looked for (a 3-character value such
as "001" occurs everywhere by chance), except values made only of Han characters, which count
from `MIN_NAME_CHARS` (two-character names such as 王明 are common in Taiwan).

Substring search uses polynomial rolling hashes over the concatenated cells (numpy, one
vectorised pass per pattern length up to `HASHED_CHARS`, longer patterns by their first
`HASHED_CHARS` characters) with an Arrow hash-set lookup, then verifies every candidate exactly:
linear in the text, whatever the number of patterns (a regex alternation of 10^5 names does not
compile in RE2 and takes ~20 s to compile in Python's re).

Reports hold counts per column and kind ("direct:<source column>" or a scanner entity type),
never values.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipelines.deid.pseudonym import normalize_text
from pipelines.deid.treatments import Scanner
from pipelines.spec.model import DatasetSpec

MIN_CHARS = 4
MIN_NAME_CHARS = 2
HASHED_CHARS = 8
HIGH_CONFIDENCE = 0.85
TEXT_TREATMENTS = ("keep", "scan_text")
_HAN_ONLY = r"^[\x{3400}-\x{4DBF}\x{4E00}-\x{9FFF}\x{F900}-\x{FAFF}]+$"
_SEPARATOR = "\x00"
_CHUNK_CHARS = 2_000_000  # code points per hashing pass: bounds memory to ~100 MB

_MOD = 1 << 64
_BASE = 0x9E3779B97F4A7C15  # odd, hence invertible modulo 2^64
_BASE_INV = pow(_BASE, -1, _MOD)


@dataclass
class LeakReport:
    """passed is False when any hit was found; hits: column -> kind -> cells."""

    passed: bool = True
    hits: dict[str, dict[str, int]] = field(default_factory=dict)
    direct_values_checked: int = 0

    def add(self, column: str, kind: str, count: int) -> None:
        if count:
            per_column = self.hits.setdefault(column, {})
            per_column[kind] = per_column.get(kind, 0) + count
            self.passed = False

    def merge(self, other: LeakReport) -> None:
        for column, kinds in other.hits.items():
            for kind, count in kinds.items():
                self.add(column, kind, count)
        self.direct_values_checked = max(self.direct_values_checked, other.direct_values_checked)

    @property
    def total(self) -> int:
        return sum(sum(kinds.values()) for kinds in self.hits.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "hits": {c: dict(sorted(k.items())) for c, k in sorted(self.hits.items())},
            "direct_values_checked": self.direct_values_checked,
        }


def _powers(base: int, n: int) -> np.ndarray:
    out = np.empty(n, np.uint64)
    out[0] = 1
    if n > 1:
        out[1:] = np.cumprod(np.full(n - 1, base, np.uint64))
    return out


def _codepoints(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), np.uint32).astype(np.uint64)


_INV = _powers(_BASE_INV, 4096)


def _hash_strings(strings: list[str], length: int) -> pa.Array:
    """The position-independent hash sum(c_t * BASE^-t) of strings that all have `length`."""
    cps = _codepoints("".join(strings)).reshape(-1, length)
    return pa.array((cps * _INV[:length]).sum(axis=1, dtype=np.uint64), pa.uint64())


class SubstringMatcher:
    """Finds which of many literal patterns occur in many texts (see the module docstring).

    Patterns are matched by 64-bit hash: the chance that a window of text collides with one of
    n patterns is n / 2^64 (about 10^-7 for a million patterns over 10^7 characters of text).
    """

    def __init__(self, patterns: Mapping[str, Iterable[str]]) -> None:
        # kind -> length -> full-pattern hashes; and the union over kinds of the hashes of each
        # pattern's first HASHED_CHARS characters, the cheap first filter.
        self._full: dict[str, dict[int, pa.Array]] = {}
        prefixes: dict[int, list[str]] = {}
        self._size = 0
        for kind, values in patterns.items():
            by_length: dict[int, list[str]] = {}
            for value in values:
                if value and _SEPARATOR not in value:
                    by_length.setdefault(len(value), []).append(value)
            self._full[kind] = {n: _hash_strings(v, n) for n, v in by_length.items()}
            for length, group in by_length.items():
                self._size += len(group)
                if length <= HASHED_CHARS:
                    prefixes.setdefault(length, []).extend(group)
                else:
                    prefixes.setdefault(HASHED_CHARS, []).extend(v[:HASHED_CHARS] for v in group)
        self._filters = {n: _hash_strings(v, n) for n, v in sorted(prefixes.items())}
        self._long = sorted({n for f in self._full.values() for n in f if n > HASHED_CHARS})

    def __len__(self) -> int:
        return self._size

    def cells_with(self, texts: Sequence[str | None]) -> Counter[str]:
        """kind -> number of texts containing at least one pattern of that kind."""
        found: Counter[str] = Counter()
        if not self._size:
            return found
        start = 0
        while start < len(texts):
            end, size = start, 0
            while end < len(texts) and (size < _CHUNK_CHARS or end == start):
                size += len(texts[end] or "") + 1
                end += 1
            found.update(self._scan(texts[start:end]))
            start = end
        return found

    def _scan(self, texts: Sequence[str | None]) -> Counter[str]:
        parts = [t or "" for t in texts]
        lengths = np.fromiter((len(p) + 1 for p in parts), np.int64, len(parts))
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        cps = _codepoints(_SEPARATOR.join(parts))
        n = len(cps)
        if n == 0:
            return Counter()
        prefix = np.zeros(n + 1, np.uint64)
        np.cumsum(cps * _powers(_BASE_INV, n), out=prefix[1:])
        forward = _powers(_BASE, n)

        def window_hashes(positions: np.ndarray, length: int) -> pa.Array:
            return pa.array(
                (prefix[positions + length] - prefix[positions]) * forward[positions], pa.uint64()
            )

        hits: dict[str, list[np.ndarray]] = {kind: [] for kind in self._full}

        def collect(positions: np.ndarray, length: int) -> None:
            positions = positions[positions + length <= n]
            if not len(positions):
                return
            hashes = window_hashes(positions, length)
            for kind, by_length in self._full.items():
                if length in by_length:
                    mask = pc.is_in(hashes, value_set=by_length[length])
                    hits[kind].append(positions[mask.to_numpy(zero_copy_only=False)])

        for length, filter_hashes in self._filters.items():
            if n < length:
                continue
            positions = np.arange(n - length + 1)
            candidate = pc.is_in(window_hashes(positions, length), value_set=filter_hashes)
            candidates = positions[candidate.to_numpy(zero_copy_only=False)]
            if not len(candidates):
                continue
            if length < HASHED_CHARS:
                collect(candidates, length)
            else:  # the prefix of a long pattern, or a pattern of exactly HASHED_CHARS
                for full in [HASHED_CHARS, *self._long]:
                    collect(candidates, full)
        counts: Counter[str] = Counter()
        for kind, found in hits.items():
            if found:
                cells = np.searchsorted(offsets, np.concatenate(found), side="right") - 1
                if len(cells):
                    counts[kind] = len(np.unique(cells))
        return counts


def eligible(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    """The distinct normalised values long enough to look for (see the module docstring)."""
    text = normalize_text(values)
    unique = pc.drop_null(
        pc.unique(text.combine_chunks() if isinstance(text, pa.ChunkedArray) else text)
    )
    length = pc.utf8_length(unique)
    han = pc.match_substring_regex(unique, _HAN_ONLY)
    keep = pc.or_(
        pc.greater_equal(length, MIN_CHARS), pc.and_(han, pc.greater_equal(length, MIN_NAME_CHARS))
    )
    return unique.filter(keep)


class DirectValues:
    """The distinct values of the source's `pii: direct` columns, gathered batch by batch."""

    def __init__(self, spec: DatasetSpec) -> None:
        self.columns = [c.name for c in spec.columns if c.pii == "direct"]
        self._values: dict[str, list[pa.Array]] = {c: [] for c in self.columns}
        self._sets: dict[str, pa.Array] | None = None
        self._matcher: SubstringMatcher | None = None

    def update(self, source: pa.Table) -> None:
        for name in self.columns:
            if name in source.column_names:
                self._values[name].append(eligible(source.column(name)))
        self._sets = self._matcher = None

    @property
    def sets(self) -> dict[str, pa.Array]:
        if self._sets is None:
            self._sets = {
                name: pc.unique(pa.chunked_array(chunks, pa.string()).combine_chunks())
                for name, chunks in self._values.items()
            }
        return self._sets

    @property
    def matcher(self) -> SubstringMatcher:
        if self._matcher is None:
            self._matcher = SubstringMatcher(
                {f"direct:{name}": values.to_pylist() for name, values in self.sets.items()}
            )
        return self._matcher

    def __len__(self) -> int:
        return sum(len(v) for v in self.sets.values())


def text_columns(output: pa.Table, spec: DatasetSpec) -> list[str]:
    """Published string columns holding text we did not generate (keep or scan_text)."""
    names = {c.name: c for c in spec.columns}
    return [
        name
        for name in output.column_names
        if name in names
        and names[name].effective_treatment in TEXT_TREATMENTS
        and (
            pa.types.is_string(output.schema.field(name).type)
            or pa.types.is_large_string(output.schema.field(name).type)
        )
    ]


def check(
    output: pa.Table,
    spec: DatasetSpec,
    direct: DirectValues,
    scanner: Scanner | None = None,
) -> LeakReport:
    """Check one output table (or batch) against the direct values gathered from the source."""
    report = LeakReport(direct_values_checked=len(direct))
    texts = set(text_columns(output, spec))
    for name in output.column_names:
        column = output.column(name)
        if name in texts:
            cells = normalize_text(column)
            values = (
                cells.combine_chunks() if isinstance(cells, pa.ChunkedArray) else cells
            ).to_pylist()
            for kind, count in direct.matcher.cells_with(values).items():
                report.add(name, kind, count)
            if scanner is not None:
                raw = column.to_pylist()
                for entity, count in scanner.count_high_confidence(raw, HIGH_CONFIDENCE).items():
                    report.add(name, entity, count)
        else:
            cells = normalize_text(column)
            for kind_column, values in direct.sets.items():
                if len(values):
                    count = pc.sum(pc.is_in(cells, value_set=values)).as_py() or 0
                    report.add(name, f"direct:{kind_column}", count)
    return report


def leak_guard(
    source: pa.Table,
    output: pa.Table,
    spec: DatasetSpec,
    scanner: Scanner | None = None,
) -> LeakReport:
    """The whole check for in-memory tables: source (before treatment) against output."""
    direct = DirectValues(spec)
    direct.update(source)
    return check(output, spec, direct, scanner)
