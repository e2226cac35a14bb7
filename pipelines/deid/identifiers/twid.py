"""國民身分證統一編號 (Taiwan national identification number).

One letter (household registration place) then ``1`` (male) or ``2`` (female) then eight
digits, the last a check digit over the letter's two-digit code and the nine digits.

>>> validate('a123456789')
'A123456789'
>>> is_valid('Ａ１２３４５６７８９')
True
>>> validate('A123456788')
Traceback (most recent call last):
    ...
pipelines.deid.identifiers.exceptions.InvalidChecksum: national ID checksum does not match
>>> is_valid('A323456789')
False
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


def validate(number: str) -> str:
    """Return the compact number or raise a ValidationError subclass."""
    number = compact(number)
    if len(number) != 10:
        raise InvalidLength("national ID must have 10 characters")
    letter, rest = number[0], number[1:]
    if letter not in LETTER_CODES or not rest.isdigit() or not rest.isascii():
        raise InvalidFormat("national ID is a letter followed by nine digits")
    if rest[0] not in "12":
        raise InvalidComponent("national ID gender digit must be 1 or 2")
    if not id_checksum_ok(letter, rest):
        raise InvalidChecksum("national ID checksum does not match")
    return number


def is_valid(number: str) -> bool:
    """Whether ``number`` is a valid national ID."""
    try:
        return bool(validate(number))
    except ValueError:
        return False


def format(number: str) -> str:
    """The canonical printed form (upper-case, no separators).

    >>> format(' a１２３４５６７８９ ')
    'A123456789'
    """
    return compact(number)
