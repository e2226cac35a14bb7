"""外來人口統一證號 (resident certificate number of foreign residents).

New form (since 2021-01-02): letter, ``8`` (male) or ``9`` (female), eight digits, with the
national-ID checksum. Old form: two letters (second ``A``-``D``), eight digits; the second
letter counts as the units digit of its letter code (A→0, B→1, C→2, D→3).

>>> validate('A800000014')
'A800000014'
>>> validate('AC01234567')
'AC01234567'
>>> is_valid('ａｃ０１２３４５６７')
True
>>> is_valid('A800000015')
False
>>> validate('A123456789')
Traceback (most recent call last):
    ...
pipelines.deid.identifiers.exceptions.InvalidComponent: not a resident certificate form
"""

from pipelines.deid.identifiers._common import LETTER_CODES, clean, id_checksum_ok
from pipelines.deid.identifiers.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
)


def compact(number: str) -> str:
    """Remove separators, normalise width and case."""
    return clean(number)


def is_new_form(number: str) -> bool:
    """Whether a compact number has the post-2021 ``[A-Z][89]`` shape."""
    return len(number) == 10 and number[1:2] in ("8", "9")


def validate(number: str) -> str:
    """Return the compact number or raise a ValidationError subclass."""
    number = compact(number)
    if len(number) != 10:
        raise InvalidLength("resident certificate must have 10 characters")
    letter, second, tail = number[0], number[1], number[2:]
    if letter not in LETTER_CODES or not tail.isdigit() or not tail.isascii():
        raise InvalidFormat("resident certificate is a letter, a sex mark and eight digits")
    if second in "89":
        digits = second + tail
    elif second in "ABCD":
        digits = str(LETTER_CODES[second] % 10) + tail
    else:
        raise InvalidComponent("not a resident certificate form")
    if not id_checksum_ok(letter, digits):
        raise InvalidChecksum("resident certificate checksum does not match")
    return number


def is_valid(number: str) -> bool:
    """Whether ``number`` is a valid resident certificate number (either form)."""
    try:
        return bool(validate(number))
    except ValueError:
        return False


def format(number: str) -> str:
    """The canonical printed form (upper-case, no separators)."""
    return compact(number)
