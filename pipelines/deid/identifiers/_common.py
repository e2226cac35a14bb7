"""Helpers shared by the identifier modules."""

import unicodedata
from functools import cache

# Separators people type inside identifiers (after NFKC, full-width forms become these).
_SEPARATORS = " -./\t\u00a0()"


def clean(value: str, extra: str = "") -> str:
    """NFKC-normalise (full-width ０９１２ → 0912), drop separators and upper-case."""
    value = unicodedata.normalize("NFKC", value)
    return value.translate(_deletions(extra)).strip().upper()


@cache
def _deletions(extra: str) -> dict[int, None]:
    """The translate table that deletes the separators (built once per ``extra``)."""
    return str.maketrans("", "", _SEPARATORS + extra)


# Letter codes of the national ID / resident certificate (A=10 ... Z=33, not alphabetical).
LETTER_CODES: dict[str, int] = {
    "A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "I": 34,
    "J": 18, "K": 19, "L": 20, "M": 21, "N": 22, "O": 35, "P": 23, "Q": 24, "R": 25,
    "S": 26, "T": 27, "U": 28, "V": 29, "W": 32, "X": 30, "Y": 31, "Z": 33,
}  # fmt: skip

_ID_WEIGHTS = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)


def id_checksum_ok(letter: str, digits: str) -> bool:
    """The shared national-ID checksum over the letter code and nine digits."""
    code = LETTER_CODES[letter]
    total = code // 10 + (code % 10) * 9
    for w, d in zip(_ID_WEIGHTS[2:], digits, strict=True):
        total += w * (ord(d) - 48)
    return total % 10 == 0


def id_check_digit(letter: str, digits8: str) -> str:
    """The ninth digit that makes ``letter + digits8 + digit`` pass :func:`id_checksum_ok`."""
    for d in "0123456789":
        if id_checksum_ok(letter, digits8 + d):
            return d
    raise AssertionError("unreachable: one check digit always fits")
