"""NFKC normalisation with a map back to the original text's offsets.

Agency text mixes full-width forms (Ａ１２３４５６７８９, ０９１２－３４５－６７８); the recognizers
match on NFKC text. NFKC can change lengths (one character may expand to several, e.g. ㈱ → (株)),
so each normalised character records the index of the original character it came from.
Normalising character by character keeps that map exact; it differs from whole-string NFKC
only for combining sequences, which do not occur in the identifiers matched here.
"""

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


def normalize(text: str) -> NormalizedText:
    """NFKC-normalise ``text`` and remember where every character came from."""
    if text.isascii() or unicodedata.is_normalized("NFKC", text):
        return NormalizedText(text, None)
    translated = text.translate(_FULLWIDTH)
    if unicodedata.is_normalized("NFKC", translated):
        return NormalizedText(translated, None)
    parts: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        n = unicodedata.normalize("NFKC", ch)
        parts.append(n)
        origin.extend([i] * len(n))
    out = "".join(parts)
    if len(origin) == len(text) and all(len(p) == 1 for p in parts):
        # Every character mapped to exactly one: offsets are unchanged.
        return NormalizedText(out, None)
    return NormalizedText(out, tuple(origin))
