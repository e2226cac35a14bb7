"""Payment card numbers (Luhn checksum, known issuer prefixes).

>>> validate('4111 1111 1111 1111')
'4111111111111111'
>>> is_valid('4111111111111112')
False
>>> is_valid('1234567812345670')  # Luhn-valid but no card issuer starts with 1
False
>>> format('4111111111111111')
'4111 1111 1111 1111'
"""

from pipelines.deid.identifiers._common import clean
from pipelines.deid.identifiers.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
)

# Issuer prefixes: Visa 4, Mastercard 51-55 / 22-27, Amex 34/37, JCB 35, UnionPay 62,
# Diners 36/38/30, Discover 6011/65.
_PREFIXES = ("4", "5", "2", "34", "37", "35", "62", "36", "38", "30", "6011", "65")


def compact(number: str) -> str:
    """Remove separators and normalise width."""
    return clean(number)


def luhn_ok(number: str) -> bool:
    """The Luhn (mod 10) check."""
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def validate(number: str) -> str:
    """Return the compact number or raise a ValidationError subclass."""
    number = compact(number)
    if not number.isdigit() or not number.isascii():
        raise InvalidFormat("card number has digits only")
    if not 13 <= len(number) <= 19:
        raise InvalidLength("card number must have 13 to 19 digits")
    if not number.startswith(_PREFIXES):
        raise InvalidComponent("unknown card issuer prefix")
    if not luhn_ok(number):
        raise InvalidChecksum("card number Luhn check fails")
    return number


def is_valid(number: str) -> bool:
    """Whether ``number`` is a plausible payment card number."""
    try:
        return bool(validate(number))
    except ValueError:
        return False


def format(number: str) -> str:
    """Group in fours."""
    number = compact(number)
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))
