"""NFKC normalisation with a map back to the original text's offsets.

Agency text mixes full-width forms (Ａ１２３４５６７８９, ０９１２－３４５－６７８); the recognizers
match on NFKC text. NFKC can change lengths (one character may expand to several, e.g. ㈱ → (株)),
so each normalised character records the index of the original character it came from.
Normalising character by character keeps that map exact; it differs from whole-string NFKC
only for combining sequences, which do not occur in the identifiers matched here.
"""

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """Normalised text plus, for each of its characters, the original character index."""

    text: str
    origin: tuple[int, ...] | None  # None: identical to the original (the common case)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of :attr:`text` to the original text.

        >>> n = normalize("電話０９１２３４５６７８")
        >>> n.text
        '電話0912345678'
        >>> n.to_original(2, 12)
        (2, 12)
        >>> m = normalize("㈱A123456789")
        >>> m.text.index("A"), m.to_original(3, 13)
        (3, (1, 11))
        """
        if self.origin is None or start >= end:
            return start, end
        return self.origin[start], self.origin[end - 1] + 1


# Full-width ASCII (U+FF01-U+FF5E) and the ideographic space are by far the most common
# non-NFKC characters in agency text; their NFKC forms are single characters, so a
# translation table handles them without changing offsets.
_FULLWIDTH = {c: unicodedata.normalize("NFKC", chr(c)) for c in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = " "


def _latin_fold() -> dict[int, str]:
    """Latin letters with diacritics to their base letter, one character for one (Đặng Văn
    Quang → Dang Van Quang): Vietnamese names of foreign spouses are written with them, and
    the Latin-name patterns are written for A-Z. Offsets do not change."""
    fold = {0x0110: "D", 0x0111: "d", 0x00D8: "O", 0x00F8: "o", 0x0141: "L", 0x0142: "l"}
    for code in (*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base.isascii() and base.isalpha() and code not in fold:
            fold[code] = base
    return fold


LATIN_FOLD = _latin_fold()
# Any character LATIN_FOLD changes (a cheap test before translating).
LATIN_FOLD_RX = re.compile("[" + "".join(chr(c) for c in sorted(LATIN_FOLD)) + "]")


def fold_latin(text: str) -> str:
    """``text`` with Latin letters' diacritics dropped (see LATIN_FOLD), same length."""
    return text.translate(LATIN_FOLD) if LATIN_FOLD_RX.search(text) else text


def normalize(text: str) -> NormalizedText:
    """NFKC-normalise ``text`` (Latin diacritics dropped, see :func:`fold_latin`) and remember
    where every character came from.

    >>> normalize("Đặng Văn Quang").text
    'Dang Van Quang'
    """
    if text.isascii():
        return NormalizedText(text, None)
    if unicodedata.is_normalized("NFKC", text):
        return NormalizedText(fold_latin(text), None)
    translated = text.translate(_FULLWIDTH)
    if unicodedata.is_normalized("NFKC", translated):
        return NormalizedText(fold_latin(translated), None)
    parts: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        n = unicodedata.normalize("NFKC", ch)
        parts.append(n)
        origin.extend([i] * len(n))
    out = fold_latin("".join(parts))
    if len(origin) == len(text) and all(len(p) == 1 for p in parts):
        # Every character mapped to exactly one: offsets are unchanged.
        return NormalizedText(out, None)
    return NormalizedText(out, tuple(origin))
