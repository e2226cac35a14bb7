"""營利事業統一編號 (BAN, the public business administration number).

Eight digits; weights 1,2,1,2,1,2,4,1, the digits of each product are added. Valid when the
sum is divisible by 5 (rule since 2023-04; divisible by 10 before, which is a subset), or when
the 7th digit is 7 and ``sum + 1`` is divisible by 5. A BAN identifies a business, not a
person: the recognizers use it to *exclude* 8-digit numbers from personal findings.

>>> validate('04595257')
'04595257'
>>> is_valid('10458575')
True
>>> is_valid('00000005')
True
>>> is_valid('00000006')
False
>>> validate('1234567')
Traceback (most recent call last):
    ...
pipelines.deid.identifiers.exceptions.InvalidLength: BAN must have 8 digits
"""

from pipelines.deid.identifiers._common import clean
from pipelines.deid.identifiers.exceptions import InvalidChecksum, InvalidFormat, InvalidLength

_WEIGHTS = (1, 2, 1, 2, 1, 2, 4, 1)


def compact(number: str) -> str:
    """Remove separators and normalise width."""
    return clean(number)


def checksum(number: str) -> int:
    """Sum of the digit sums of the weighted digits."""
    total = 0
    for w, d in zip(_WEIGHTS, number, strict=True):
        p = w * int(d)
        total += p // 10 + p % 10
    return total


def validate(number: str) -> str:
    """Return the compact number or raise a ValidationError subclass."""
    number = compact(number)
    if not number.isdigit() or not number.isascii():
        raise InvalidFormat("BAN has digits only")
    if len(number) != 8:
        raise InvalidLength("BAN must have 8 digits")
    s = checksum(number)
    if s % 5 == 0 or (number[6] == "7" and (s + 1) % 5 == 0):
        return number
    raise InvalidChecksum("BAN checksum does not match")


def is_valid(number: str) -> bool:
    """Whether ``number`` is a valid BAN."""
    try:
        return bool(validate(number))
    except ValueError:
        return False
