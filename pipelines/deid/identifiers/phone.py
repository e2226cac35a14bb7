"""Taiwanese telephone numbers (mobile 09xx and landlines with area codes).

Validation is delegated to ``phonenumbers`` (libphonenumber metadata for +886), after
removing an extension (``#123``, ``分機123``, ``轉123``, ``ext. 123``).

>>> validate('0912-345-678')
'0912345678'
>>> validate('+886 912 345 678')
'0912345678'
>>> validate('(02)2345-6789 分機123')
'0223456789'
>>> is_valid('049-2345678')
True
>>> is_valid('０９１２３４５６７８')
True
>>> is_valid('12345678')
False
>>> format('0223456789')
'02-2345-6789'
>>> is_mobile('0912345678')
True
>>> is_valid('064413175'), is_plausible('064413175')  # range missing from libphonenumber
(False, True)
>>> is_plausible('0821425')
False
>>> is_toll_free('0800-200-885'), is_toll_free('0912-345-678')
(True, False)
"""

import re

import phonenumbers

from pipelines.deid.identifiers._common import clean
from pipelines.deid.identifiers.exceptions import InvalidComponent, InvalidFormat, InvalidLength

_EXTENSION = re.compile(r"(?:#|分機|轉|ext\.?|x)\s*\d{1,6}$", re.IGNORECASE)


def compact(number: str) -> str:
    """National significant form with a leading 0, no separators, no extension."""
    number = clean(number)
    number = _EXTENSION.sub("", number)
    if number.startswith("+886"):
        number = number[4:]
    elif number.startswith("00886"):
        number = number[5:]
    elif number.startswith("886") and len(number) >= 11:
        number = number[3:]
    if number and not number.startswith("0"):
        number = "0" + number
    return number


def validate(number: str) -> str:
    """Return the compact national form or raise a ValidationError subclass."""
    number = compact(number)
    if not number.isdigit() or not number.isascii():
        raise InvalidFormat("phone number has digits only")
    if not 9 <= len(number) <= 10:
        raise InvalidLength("TW phone numbers have 9 or 10 digits")
    try:
        parsed = phonenumbers.parse(number, "TW")
    except phonenumbers.NumberParseException as exc:
        raise InvalidFormat("not a phone number") from exc
    if not phonenumbers.is_valid_number(parsed):
        raise InvalidComponent("not an assigned TW number range")
    return number


def is_valid(number: str) -> bool:
    """Whether ``number`` is a valid TW phone number."""
    try:
        return bool(validate(number))
    except ValueError:
        return False


def plan_length_ok(number: str) -> bool:
    """Whether a compact national number (leading 0) fits the TW numbering plan's lengths."""
    # National numbering plan lengths (with the leading 0): 09 (mobile, every 09xx prefix)
    # and 02 numbers have 10 digits, 04 has 9 (Changhua/Nantou) or 10, all other area codes
    # (03, 037, 05, 06, 07, 08, 082, 0826, 0836, 089) 9. A landline's first local digit is
    # never 0 or 1.
    if len(number) < 9 or number[0] != "0" or number[1] in "01":
        return False
    if number[1] == "9":
        return len(number) == 10
    if number[1] == "2":
        return len(number) == 10 and number[2] not in "01"
    if number[1] == "4":
        return len(number) in (9, 10)
    return len(number) == 9


def is_plausible(number: str) -> bool:
    """Valid per libphonenumber, or at least shaped per the TW numbering plan.

    libphonenumber's ranges lag behind assignments (many real 06/08 numbers fail), so the text
    recognizer accepts numbers whose area code and length fit the numbering plan.
    """
    compacted = compact(number)
    if compacted.isdigit() and compacted.isascii() and plan_length_ok(compacted):
        return True  # checked first: it is much cheaper than libphonenumber
    return is_valid(number)


def is_toll_free(number: str) -> bool:
    """Whether ``number`` is a toll-free service number (0800, 0809): an organisation's hotline
    (教育部反霸凌投訴專線 0800-200-885), never a person's own line."""
    return compact(number).startswith(("0800", "0809"))


def is_mobile(number: str) -> bool:
    """Whether ``number`` is a TW mobile number."""
    return is_valid(number) and compact(number).startswith("09")


def format(number: str) -> str:
    """National format as libphonenumber prints it."""
    parsed = phonenumbers.parse(compact(number), "TW")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL).replace(
        " ", "-"
    )
