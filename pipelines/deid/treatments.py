"""Column treatments on pyarrow arrays: keep, drop, redact, mask, pseudonymize, generalize,
scan_text. All but scan_text are vectorised with pyarrow.compute; scan_text hands the column to
the text scanner (pipelines/deid/scan.py) in one call per batch.

Every treatment except keep returns a string array and leaves nulls null: a missing value carries
no personal data, and turning it into a placeholder would make "missing" look like "present".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import pyarrow as pa
import pyarrow.compute as pc

from pipelines.deid.generalize import generalize
from pipelines.deid.pseudonym import normalize_text, pseudonymize
from pipelines.spec.model import Column

REDACTED = "〔已遮蔽〕"
# Mask character: the ASCII asterisk, one per hidden character ("王*明", "A12*****89"). ASCII
# rather than the full-width ＊ because it survives every encoding and NFKC leaves it alone, so
# a masked value never normalises into something else.
MASK_CHAR = "*"
# A name as it appears in a name column (RE2, on NFKC text): 2-4 Han characters, the vast
# majority of ROC names, also with a space after the surname (王 小明); Indigenous and
# transliterated names with an interpunct (瓦歷斯·諾幹); Latin-script names of two to five
# capitalised words (Siti Rahayu, NGUYEN VAN AN, CHEN, YU-TING), as migrant workers' and
# foreign spouses' names are registered. A roster with many of them is still a name column.
_HAN = r"[\x{3400}-\x{4DBF}\x{4E00}-\x{9FFF}\x{F900}-\x{FAFF}]"
NAME_PATTERN = (
    r"^(?:" + _HAN + r" ?" + _HAN + r"{1,3}|" + _HAN + r"{1,8}(?:[·‧・•∙.]" + _HAN
    + r"{1,8}){1,3}|[A-Z][A-Za-z'-]*(?:,? [A-Z][A-Za-z'-]*){1,4})$"
)  # fmt: skip
NAME_COLUMN_SHARE = 0.8  # a direct column is a "name column" when this share of values look so


class Scanner(Protocol):
    """What the engine needs from pipelines.deid.scan.TextScanner."""

    def redact_many(self, texts: Sequence[str | None]) -> tuple[list[str | None], Counter[str]]: ...

    def count_high_confidence(
        self,
        texts: Sequence[str | None],
        min_score: float = 0.85,
        weights: Sequence[int] | None = None,
    ) -> Counter[str]: ...


@dataclass
class Treated:
    """One treated column and what the treatment found or could not handle."""

    values: pa.Array | None  # None when the column is dropped
    entities: Counter[str] = field(default_factory=Counter)  # scan_text: entity type -> count
    unparsed: int = 0  # generalize: non-null inputs that could not be coarsened (now null)
    unparsed_rows: pa.Array | None = None  # generalize: which rows those are (bool)


def _flat(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    return values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values


def redact(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    """Every non-null value becomes 〔已遮蔽〕."""
    values = _flat(values)
    return pc.if_else(pc.is_valid(values), REDACTED, pa.scalar(None, pa.string()))


def _mask_fixed(text: pa.Array, length: pa.Array, first: int, last: int) -> pa.Array:
    head = pc.utf8_slice_codeunits(text, 0, first)
    tail = pc.utf8_slice_codeunits(text, -last) if last else pc.utf8_slice_codeunits(text, 0, 0)
    hidden = pc.max_element_wise(pc.subtract(length, first + last), 0)
    stars = pc.binary_repeat(pa.scalar(MASK_CHAR), pc.cast(hidden, pa.int64()))
    return pc.binary_join_element_wise(head, stars, tail, "")


def mask(values: pa.Array | pa.ChunkedArray, keep_first: int, keep_last: int) -> pa.Array:
    """Keep the first/last characters and replace each character between with `*`.

    A value too short to hide anything (length <= keep_first + keep_last) still gets at least one
    character hidden: keep_last shrinks first, then keep_first, so "王明" with 1/1 becomes "王*"
    and a one-character value becomes "*". Values are NFKC-normalised and trimmed first.
    """
    text = _flat(normalize_text(values))
    length = pc.utf8_length(text)
    out = _mask_fixed(text, length, keep_first, keep_last)
    # Short values: one vectorised pass per possible short length (at most keep_first+keep_last).
    for size in range(1, keep_first + keep_last + 1):
        first = min(keep_first, size - 1)
        last = min(keep_last, size - 1 - first)
        short = _mask_fixed(text, length, first, last)
        out = pc.if_else(pc.equal(length, size), short, out)
    return out


def looks_like_names(values: pa.Array | pa.ChunkedArray) -> bool:
    """Whether most non-null values are 2-4 Han characters (a personal-name column)."""
    text = _flat(normalize_text(values))
    valid = len(text) - text.null_count
    if valid == 0:
        return False
    named = pc.sum(pc.match_substring_regex(text, NAME_PATTERN)).as_py() or 0
    return named / valid >= NAME_COLUMN_SHARE


def name_values(values: pa.Array | pa.ChunkedArray) -> list[str]:
    """The distinct names of a name column, for the scanner's known names: every value of 2 to
    30 characters without digits or '@', so transliterated foreign names (瑪麗亞·托斯) in the
    same column are caught whole too."""
    text = _flat(normalize_text(values))
    unique = pc.drop_null(pc.unique(text))
    length = pc.utf8_length(unique)
    keep = pc.and_(
        pc.and_(pc.greater_equal(length, 2), pc.less_equal(length, 30)),
        pc.invert(pc.match_substring_regex(unique, r"[0-9@]")),
    )
    return unique.filter(keep).to_pylist()


def known_names(table: pa.Table, columns: Iterable[Column]) -> list[str]:
    """Names from the `pii: direct` columns that hold names, so the scanner finds them in notes."""
    names: set[str] = set()
    for column in columns:
        if column.pii == "direct" and column.name in table.column_names:
            values = table.column(column.name)
            if looks_like_names(values):
                names.update(name_values(values))
    return sorted(names)


def scan_text(values: pa.Array | pa.ChunkedArray, scanner: Scanner) -> Treated:
    """Redact personal data inside free text with the scanner; counts per entity type."""
    redacted, counts = scanner.redact_many(_flat(values).to_pylist())
    return Treated(pa.array(redacted, pa.string()), Counter(counts))


def apply(
    values: pa.Array | pa.ChunkedArray,
    column: Column,
    *,
    key: bytes | None = None,
    scanner: Scanner | None = None,
) -> Treated:
    """Apply the column's effective treatment. `key` is needed for pseudonymize, `scanner` for
    scan_text; the engine resolves both only when some column needs them."""
    treatment = column.effective_treatment
    if treatment == "keep":
        return Treated(_flat(values))
    if treatment == "drop":
        return Treated(None)
    if treatment == "redact":
        return Treated(redact(values))
    if treatment == "mask":
        return Treated(mask(values, column.keep_first or 0, column.keep_last or 0))
    if treatment == "pseudonymize":
        if key is None:
            raise ValueError("pseudonymize needs a key (see pseudonym.resolve_key)")
        return Treated(pseudonymize(values, key))
    if treatment == "generalize":
        assert column.to is not None  # the spec model guarantees it
        out = generalize(values, column.to, width=column.width, bins=column.bins)
        # A null produced from a present, non-blank input is a value we could not parse.
        present = pc.is_valid(normalize_text(values))
        rows = pc.and_(present, pc.is_null(out))
        return Treated(out, unparsed=pc.sum(rows).as_py() or 0, unparsed_rows=rows)
    if treatment == "scan_text":
        if scanner is None:
            raise ValueError("scan_text needs a scanner")
        return scan_text(values, scanner)
    raise ValueError(f"unknown treatment {treatment!r}")
