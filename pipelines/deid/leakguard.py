"""The leak guard: a last check, independent of how each column was treated, that the output
holds no value of any source `pii: direct` column and no high-confidence scanner finding.

What is checked:

* every published column, cell by cell, for exact equality with a direct value (after NFKC and
  trimming on both sides, so a full-width copy of an ID still counts);
* every published *text* column (string columns whose treatment is keep or scan_text, i.e. whose
  text we did not generate ourselves) for direct values occurring as substrings, and for
  scanner findings with score >= 0.85. A substring whose edge is an ASCII letter or digit must
  not continue a longer alphanumeric run (phone 0926-000095 is not inside case
  IDB-1120926-000095); Han-character names match anywhere, except names that are also words
  or places (a person named 高雄), which the re-scan checks where they stand as names.

Direct values shorter than `MIN_CHARS` characters are not looked for (a 3-character value such
as "001" occurs everywhere by chance), except values made only of Han characters, which count
from `MIN_NAME_CHARS` (two-character names such as 王明 are common in Taiwan).

Substring search uses 64-bit polynomial rolling hashes over the concatenated distinct cells
(numpy, one vectorised pass per pattern length up to `HASHED_CHARS`; longer patterns are found
by their first `HASHED_CHARS` characters, then confirmed by the hash of their full length),
with a bitmap pre-filter and binary search over the sorted pattern hashes: linear in the text
whatever the number of patterns. (A regex alternation of 10^5 names does not compile in RE2 and
takes ~20 s to compile in Python's re.) Exact-cell checks hash each cell's UTF-8 bytes straight
from the Arrow buffers (no Python string per cell) and binary-search the sorted hashes of each
direct column's values (a hash set Arrow's `is_in` would rebuild on every call).

Reports hold counts per column and kind ("direct:<source column>" or a scanner entity type),
never values.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipelines.deid.parallel import split_in_two
from pipelines.deid.pseudonym import normalize_text
from pipelines.deid.recognizers.known_names import AMBIGUOUS_NAMES
from pipelines.deid.treatments import Scanner
from pipelines.spec.model import DatasetSpec

MIN_CHARS = 4
MIN_NAME_CHARS = 2
HASHED_CHARS = 8
HIGH_CONFIDENCE = 0.85
TEXT_TREATMENTS = ("keep", "scan_text")
_HAN_ONLY = r"^[\x{3400}-\x{4DBF}\x{4E00}-\x{9FFF}\x{F900}-\x{FAFF}]+$"
_SEPARATOR = "\x00"
_BITMAP_BITS = 24  # 16 MB of first-pass filter
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


_POWERS: dict[int, np.ndarray] = {}


def _powers(base: int, n: int) -> np.ndarray:
    """base^0 .. base^(n-1) modulo 2^64 (cached: every chunk needs the same prefix of them)."""
    cached = _POWERS.get(base)
    if cached is None or len(cached) < n:
        # Grown geometrically: chunks of slightly different sizes would recompute it each time.
        cached = np.empty(max(n, 1024, 2 * len(cached) if cached is not None else 0), np.uint64)
        cached[0] = 1
        cached[1:] = np.cumprod(np.full(len(cached) - 1, base, np.uint64))
        _POWERS[base] = cached
    return cached[:n]


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """np.unique for 64-bit hashes: sort, then drop repeats (numpy 2's np.unique hashes them
    first, several times slower on these arrays)."""
    values = np.sort(values)
    if len(values) < 2:
        return values
    return values[np.concatenate(([True], values[1:] != values[:-1]))]


def _codepoints(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), np.uint32).astype(np.uint64)


def _ascii_alnum(cps: np.ndarray) -> np.ndarray:
    return ((cps >= 48) & (cps <= 57)) | ((cps >= 65) & (cps <= 90)) | ((cps >= 97) & (cps <= 122))


_INV = _powers(_BASE_INV, 4096)


def _hash_strings(strings: pa.Array, length: int) -> np.ndarray:
    """The position-independent hash sum(c_t * BASE^-t) of strings that all have `length`."""
    if not len(strings):
        return np.zeros(0, np.uint64)
    # One C-level concatenation (no Python object per string).
    joined = pc.binary_join(pa.ListArray.from_arrays([0, len(strings)], strings), "")[0]
    cps = _codepoints(joined.as_py()).reshape(-1, length)
    return sorted_unique((cps * _INV[:length]).sum(axis=1, dtype=np.uint64))


def _pattern_array(values: Iterable[str] | pa.Array) -> pa.Array:
    """The usable patterns as a string array: no nulls, no empty strings, no separator."""
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    if not isinstance(values, pa.Array):
        values = pa.array([v or None for v in values], pa.string())
    values = pc.drop_null(values.cast(pa.string()))
    usable = pc.and_(
        pc.greater(pc.utf8_length(values), 0), pc.invert(pc.match_substring(values, _SEPARATOR))
    )
    return values.filter(usable)


def utf8_hashes(values: pa.Array) -> np.ndarray:
    """A 64-bit polynomial hash of each non-null string's UTF-8 bytes, read from the Arrow
    buffers without making Python strings (for exact-cell lookups; equal strings, equal hashes)."""
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    if not pa.types.is_large_string(values.type):
        values = values.cast(pa.large_string())  # one offsets width to read
    values = pc.drop_null(values)
    if not len(values):
        return np.zeros(0, np.uint64)
    _, offsets_buffer, data_buffer = values.buffers()
    offsets = np.frombuffer(offsets_buffer, np.int64, len(values) + 1, values.offset * 8)
    first, last = int(offsets[0]), int(offsets[-1])
    data = np.frombuffer(data_buffer, np.uint8, last - first, first) if last > first else None
    starts, ends = offsets[:-1] - first, offsets[1:] - first
    prefix = np.zeros(last - first + 1, np.uint64)
    if data is not None:
        np.cumsum(data.astype(np.uint64) * _powers(_BASE_INV, len(data)), out=prefix[1:])
    # Position-independent: shift each string's sum back to BASE^0; add the length so that
    # strings of NUL bytes of different lengths still differ.
    hashes = (prefix[ends] - prefix[starts]) * _powers(_BASE, len(prefix))[starts]
    return hashes + (ends - starts).astype(np.uint64) * np.uint64(_LENGTH_MIX)


_LENGTH_MIX = 0xC2B2AE3D27D4EB4F


def _member(sorted_hashes: np.ndarray, hashes: np.ndarray) -> np.ndarray:
    """Which `hashes` occur in `sorted_hashes` (binary search: no per-call hash table)."""
    if not len(sorted_hashes):
        return np.zeros(len(hashes), bool)
    index = np.minimum(np.searchsorted(sorted_hashes, hashes), len(sorted_hashes) - 1)
    return sorted_hashes[index] == hashes


class SubstringMatcher:
    """Finds which of many literal patterns occur in many texts (see the module docstring).

    Patterns are matched by 64-bit hash: the chance that a window of text collides with one of
    n patterns is n / 2^64 (about 10^-7 for a million patterns over 10^7 characters of text).
    Every window is first looked up in a bitmap of the patterns' top hash bits (one gather per
    window, ~2^-24 * n false candidates), and only candidates are binary-searched.
    """

    def __init__(self, patterns: Mapping[str, Iterable[str] | pa.Array]) -> None:
        # kind -> length -> full-pattern hashes; and the union over kinds of the hashes of each
        # pattern's first HASHED_CHARS characters, the cheap first filter.
        self._full: dict[str, dict[int, np.ndarray]] = {}
        prefixes: dict[int, list[pa.Array]] = {}
        self._size = 0
        for kind, values in patterns.items():
            strings = _pattern_array(values)
            lengths = pc.utf8_length(strings).to_numpy(zero_copy_only=False)
            self._full[kind] = {}
            for length in np.unique(lengths).tolist():
                group = strings.filter(pa.array(lengths == length))
                self._full[kind][length] = _hash_strings(group, length)
                self._size += len(group)
                if length <= HASHED_CHARS:
                    prefixes.setdefault(length, []).append(group)
                else:
                    head = pc.utf8_slice_codeunits(group, 0, HASHED_CHARS)
                    prefixes.setdefault(HASHED_CHARS, []).append(head)
        self._filters = {
            n: _hash_strings(pa.concat_arrays(v), n) for n, v in sorted(prefixes.items())
        }
        self._bitmap = np.zeros(1 << _BITMAP_BITS, bool)
        for hashes in self._filters.values():
            self._bitmap[hashes >> np.uint64(64 - _BITMAP_BITS)] = True
        self._long = sorted({n for f in self._full.values() for n in f if n > HASHED_CHARS})

    def __len__(self) -> int:
        return self._size

    def cells_with(
        self, texts: Sequence[str | None], weights: np.ndarray | None = None
    ) -> Counter[str]:
        """kind -> number of texts containing at least one pattern of that kind; with
        `weights`, the sum of the weights of those texts (texts deduplicated by the caller)."""
        found: Counter[str] = Counter()
        if not self._size:
            return found
        start = 0
        while start < len(texts):
            end, size = start, 0
            while end < len(texts) and (size < _CHUNK_CHARS or end == start):
                size += len(texts[end] or "") + 1
                end += 1
            for kind, cells in self._scan(texts[start:end]).items():
                found[kind] += (
                    int(weights[cells + start].sum()) if weights is not None else len(cells)
                )
            start = end
        return found

    def _scan(self, texts: Sequence[str | None]) -> dict[str, np.ndarray]:
        """kind -> indices (into `texts`) of the texts holding a pattern of that kind."""
        parts = [t or "" for t in texts]
        lengths = np.fromiter((len(p) + 1 for p in parts), np.int64, len(parts))
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        cps = _codepoints(_SEPARATOR.join(parts))
        n = len(cps)
        if n == 0:
            return {}
        prefix = np.zeros(n + 1, np.uint64)
        np.cumsum(cps * _powers(_BASE_INV, n), out=prefix[1:])
        forward = _powers(_BASE, n)

        def window_hashes(positions: np.ndarray, length: int) -> np.ndarray:
            return (prefix[positions + length] - prefix[positions]) * forward[positions]

        hits: dict[str, list[np.ndarray]] = {kind: [] for kind in self._full}
        alnum = _ascii_alnum(cps)

        def collect(positions: np.ndarray, length: int) -> None:
            positions = positions[positions + length <= n]
            # An ID or phone number inside a longer run of letters and digits is a different
            # token (case IDB-1120926-000095 is not phone 0926-000095): ASCII letters and digits
            # at a pattern's edge need a non-alphanumeric neighbour. Han text has no word
            # boundaries, so names match anywhere.
            before = np.where(positions > 0, alnum[np.maximum(positions - 1, 0)], False)
            after_index = positions + length
            after = np.where(after_index < n, alnum[np.minimum(after_index, n - 1)], False)
            glued = (alnum[positions] & before) | (alnum[after_index - 1] & after)
            positions = positions[~glued]
            if not len(positions):
                return
            hashes = window_hashes(positions, length)
            for kind, by_length in self._full.items():
                if length in by_length:
                    hits[kind].append(positions[_member(by_length[length], hashes)])

        for length, filter_hashes in self._filters.items():
            if n < length:
                continue
            count = n - length + 1
            windows = (prefix[length:] - prefix[:count]) * forward[:count]
            candidates = np.flatnonzero(self._bitmap[windows >> np.uint64(64 - _BITMAP_BITS)])
            candidates = candidates[_member(filter_hashes, windows[candidates])]
            if not len(candidates):
                continue
            if length < HASHED_CHARS:
                collect(candidates, length)
            else:  # the prefix of a long pattern, or a pattern of exactly HASHED_CHARS
                for full in [HASHED_CHARS, *self._long]:
                    collect(candidates, full)
        cells: dict[str, np.ndarray] = {}
        for kind, found in hits.items():
            if found:
                where = np.searchsorted(offsets, np.concatenate(found), side="right") - 1
                if len(where):
                    cells[kind] = np.unique(where)
        return cells


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
        self._exact: dict[str, np.ndarray] | None = None
        self._exact_any = np.zeros(0, np.uint64)
        self._matcher: SubstringMatcher | None = None

    def add(self, kind: str, values: Iterable[str]) -> None:
        """Values known from elsewhere (e.g. names from the agency's other datasets)."""
        self._values.setdefault(kind, []).append(eligible(pa.array(list(values), pa.string())))
        self._sets = self._exact = self._matcher = None

    def update(self, source: pa.Table) -> None:
        for name in self.columns:
            if name in source.column_names:
                self._values[name].append(eligible(source.column(name)))
        self._sets = self._exact = self._matcher = None

    @property
    def sets(self) -> dict[str, pa.Array]:
        if self._sets is None:
            self._sets = {
                name: pc.unique(pa.chunked_array(chunks, pa.string()).combine_chunks())
                for name, chunks in self._values.items()
            }
        return self._sets

    @property
    def exact(self) -> dict[str, np.ndarray]:
        """Sorted UTF-8 hashes (:func:`utf8_hashes`) of each direct column's values."""
        return self._hashed()[0]

    @property
    def exact_any(self) -> np.ndarray:
        """The union of :attr:`exact`: one lookup tells whether a cell holds any direct value."""
        return self._hashed()[1]

    def _hashed(self) -> tuple[dict[str, np.ndarray], np.ndarray]:
        if self._exact is None:
            self._exact = {n: sorted_unique(utf8_hashes(v)) for n, v in self.sets.items()}
            arrays = list(self._exact.values())
            self._exact_any = (
                sorted_unique(np.concatenate(arrays)) if arrays else np.zeros(0, np.uint64)
            )
        return self._exact, self._exact_any

    @property
    def matcher(self) -> SubstringMatcher:
        """The substring matcher of text columns. A value that is also a word or a place
        (a person named 高雄) is left out: as a substring it is mostly the word (高雄市), and
        the scanner's re-scan finds it where it stands as a name (known_names.AMBIGUOUS_NAMES);
        whole cells holding it are still checked (:attr:`exact`)."""
        if self._matcher is None:
            words = pa.array(sorted(AMBIGUOUS_NAMES), pa.string())
            self._matcher = SubstringMatcher(
                {
                    f"direct:{name}": values.filter(pc.invert(pc.is_in(values, words)))
                    for name, values in self.sets.items()
                }
            )
        return self._matcher

    def prepare(self, substrings: bool = True) -> None:
        """Build the lookup tables now (they are otherwise built on first use): the exact-cell
        hashes, and with ``substrings`` the substring matcher of text columns."""
        self._hashed()
        if substrings:
            _ = self.matcher

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


def _cells_with(
    matcher: SubstringMatcher, texts: list[str | None], weights: np.ndarray, indices: np.ndarray
) -> Counter[str]:
    """matcher.cells_with on the texts at `indices` (one half of a column, see check)."""
    return matcher.cells_with([texts[i] for i in indices], weights[indices])


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
        cells = normalize_text(column)
        if isinstance(cells, pa.ChunkedArray):
            cells = cells.combine_chunks()
        if name not in texts:  # whole cells: one lookup per cell, per direct column on a hit
            hashes = utf8_hashes(cells)
            hashes = hashes[_member(direct.exact_any, hashes)]  # almost always none
            for kind_column, known in direct.exact.items():
                report.add(name, f"direct:{kind_column}", int(_member(known, hashes).sum()))
            continue
        # Each distinct text once, weighted by how many cells hold it.
        encoded = cells.dictionary_encode()
        indices = pc.drop_null(encoded.indices).to_numpy(zero_copy_only=False)
        weights = np.bincount(indices, minlength=len(encoded.dictionary))
        distinct = encoded.dictionary.to_pylist()
        hits = partial(_cells_with, direct.matcher, distinct, weights)
        for found in split_in_two(hits, np.arange(len(distinct))):  # halves on two cores
            for kind, count in found.items():
                report.add(name, kind, count)
        # A column public by law (spec `public_basis`, e.g. a factory's registered address)
        # holds names and addresses on purpose; it is still checked for direct values above.
        # The re-scan reads the same distinct normalised texts (the scanner normalises anyway).
        if scanner is not None and not spec.column(name).public_basis:
            found = scanner.count_high_confidence(distinct, HIGH_CONFIDENCE, weights=weights)
            for entity, count in found.items():
                report.add(name, entity, count)
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
