"""健保卡號 (National Health Insurance card number).

Twelve digits with no public checksum, so only the shape can be checked: the recognizer
needs context evidence (健保卡號 ...) before treating a 12-digit number as one.

>>> validate('0000 1234 5678')
'000012345678'
>>> format('000012345678')
'0000-1234-5678'
>>> is_valid('12345678901')
False
"""

from pipelines.deid.identifiers._common import clean
from pipelines.deid.identifiers.exceptions import InvalidFormat, InvalidLength


def compact(number: str) -> str:
    """Remove separators and normalise width."""
    return clean(number)


def validate(number: str) -> str:
    """Return the compact number or raise a ValidationError subclass."""
    number = compact(number)
    if not number.isdigit() or not number.isascii():
        raise InvalidFormat("NHI card number has digits only")
    if len(number) != 12:
        raise InvalidLength("NHI card number must have 12 digits")
    return number


def is_valid(number: str) -> bool:
    """Whether ``number`` has the NHI card number shape."""
    try:
        return bool(validate(number))
    except ValueError:
        return False


def format(number: str) -> str:
    """Group as printed on the card: 4-4-4."""
    number = compact(number)
    return "-".join((number[:4], number[4:8], number[8:]))
