"""Dates as Taiwanese agencies write them: 民國 (ROC) years next to Gregorian ones.

A small stdnum-style module: pure functions, no pandas, doctests as documentation.
ROC year = Gregorian year − 1911, so 民國113年 is 2024.

>>> parse_date("113/05/01")
datetime.date(2024, 5, 1)
>>> parse_date("0991231")
datetime.date(2010, 12, 31)
>>> parse_date("民國113年5月1日")
datetime.date(2024, 5, 1)
>>> to_iso("１１３．０５．０１")
'2024-05-01'
"""

from __future__ import annotations

import datetime
import re
import unicodedata

ROC_OFFSET = 1911

# Fixed +08:00: Taiwan has had no daylight saving time since 1979.
TAIPEI = datetime.timezone(datetime.timedelta(hours=8), "Asia/Taipei")

_SEPARATED = re.compile(r"(\d{1,4})([/\-.])(\d{1,2})\2(\d{1,2})")
_CHINESE = re.compile(r"(?:中華民國|民國|民国)?\s*(\d{1,4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ROC_PREFIX = re.compile(r"(?:中華民國|民國|民国)")
_COMPACT = re.compile(r"\d{7,8}")
_MIDNIGHT = re.compile(r"[T ]\s*0{1,2}:00(?::00(?:\.0+)?)?")
_TIME = re.compile(
    r"(?P<date>.+?)(?:(?:T|\s+)(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2})(?:\.(?P<f>\d{1,6}))?)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?"
)


def _clean(value: str) -> str:
    # NFKC folds full-width digits and separators (１１３／０５／０１) to ASCII.
    return unicodedata.normalize("NFKC", value).strip()


def _make(year: int, month: int, day: int, roc: bool, original: str) -> datetime.date:
    if roc:
        if year < 1:
            raise ValueError(f"{original!r}: ROC year must be 1 or later")
        year += ROC_OFFSET
    try:
        return datetime.date(year, month, day)
    except ValueError as error:
        raise ValueError(f"{original!r}: {error}") from None


def _parse_roc(text: str, original: str) -> datetime.date | None:
    """ROC forms only; None when `text` is not in one of them."""
    if m := _CHINESE.fullmatch(text):
        year = m.group(1)
        if len(year) == 4 and not _ROC_PREFIX.match(text):
            return None  # 2024年5月1日 is Gregorian
        return _make(int(year), int(m.group(2)), int(m.group(3)), True, original)
    if (m := _SEPARATED.fullmatch(text)) and len(m.group(1)) <= 3:
        return _make(int(m.group(1)), int(m.group(3)), int(m.group(4)), True, original)
    if len(text) == 7 and text.isdigit():
        return _make(int(text[:3]), int(text[3:5]), int(text[5:]), True, original)
    return None


def _parse_gregorian(text: str, original: str) -> datetime.date | None:
    if (m := _CHINESE.fullmatch(text)) and len(m.group(1)) == 4 and not _ROC_PREFIX.match(text):
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)), False, original)
    if (m := _SEPARATED.fullmatch(text)) and len(m.group(1)) == 4:
        return _make(int(m.group(1)), int(m.group(3)), int(m.group(4)), False, original)
    if len(text) == 8 and text.isdigit():
        return _make(int(text[:4]), int(text[4:6]), int(text[6:]), False, original)
    return None


def parse_date(value: str, fmt: str | None = None) -> datetime.date:
    """Parse a date written in any form Taiwanese agency data uses.

    `fmt` None or "auto" accepts ROC (113/05/01, 113-05-01, 113.05.01, 1130501, 099/12/31,
    113年5月1日, 民國113年5月1日) and Gregorian (2024-05-01, 2024/5/1, 20240501, 2024年5月1日)
    forms; the year's digit count decides which (1–3 digits: ROC, 4: Gregorian). "roc" accepts
    the ROC forms only, "iso" only YYYY-MM-DD; anything else is a `strptime` pattern.
    A trailing midnight time (2024-05-01 00:00:00, as spreadsheets export dates) is accepted.

    >>> parse_date("113-05-01")
    datetime.date(2024, 5, 1)
    >>> parse_date("099/12/31")
    datetime.date(2010, 12, 31)
    >>> parse_date("1130501")
    datetime.date(2024, 5, 1)
    >>> parse_date("113年5月1日")
    datetime.date(2024, 5, 1)
    >>> parse_date("2024/5/1")
    datetime.date(2024, 5, 1)
    >>> parse_date("20240501")
    datetime.date(2024, 5, 1)
    >>> parse_date("１１３０５０１")
    datetime.date(2024, 5, 1)
    >>> parse_date("2024-05-01", "roc")
    Traceback (most recent call last):
    ...
    ValueError: '2024-05-01' is not a ROC (民國) date such as 113/05/01 or 1130501
    >>> parse_date("113/02/30")
    Traceback (most recent call last):
    ...
    ValueError: '113/02/30': day is out of range for month
    >>> parse_date("01/05/2024")
    Traceback (most recent call last):
    ...
    ValueError: '01/05/2024' is not a recognised date (e.g. 113/05/01, 1130501, 2024-05-01)
    >>> parse_date("01.05.2024", "%d.%m.%Y")
    datetime.date(2024, 5, 1)
    """
    if not isinstance(value, str):
        raise ValueError(f"expected text, got {type(value).__name__}")
    original = value
    text = _clean(value)
    mode = (fmt or "auto").strip()
    if mode not in ("auto", "roc", "iso"):
        try:
            return datetime.datetime.strptime(text, mode).date()
        except ValueError:
            raise ValueError(f"{original!r} does not match the format {mode!r}") from None
    # "2024-05-01 00:00:00": a date that went through a spreadsheet or a datetime column.
    if (m := _MIDNIGHT.search(text)) and m.end() == len(text):
        text = text[: m.start()].strip()
    if mode == "iso":
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return _make(int(text[:4]), int(text[5:7]), int(text[8:]), False, original)
        raise ValueError(f"{original!r} is not an ISO date (YYYY-MM-DD)")
    result = _parse_roc(text, original)
    if result is not None:
        return result
    if mode == "roc":
        raise ValueError(f"{original!r} is not a ROC (民國) date such as 113/05/01 or 1130501")
    result = _parse_gregorian(text, original)
    if result is not None:
        return result
    if re.fullmatch(r"(?:中華民國|民國|民国)?\s*\d{1,4}\s*年", text):
        raise ValueError(f"{original!r} has a year but no month and day")
    raise ValueError(f"{original!r} is not a recognised date (e.g. 113/05/01, 1130501, 2024-05-01)")


def parse_datetime(value: str, fmt: str | None = None) -> datetime.datetime:
    """Parse a date and time; the date part takes every form `parse_date` does.

    A time zone offset (Z, +08:00) gives an aware datetime; without one it is naive (the
    agency's local time). A date alone means midnight.

    >>> parse_datetime("113/05/01 14:30")
    datetime.datetime(2024, 5, 1, 14, 30)
    >>> parse_datetime("2024-05-01T14:30:15.5")
    datetime.datetime(2024, 5, 1, 14, 30, 15, 500000)
    >>> parse_datetime("2024-05-01T06:30:00Z").isoformat()
    '2024-05-01T06:30:00+00:00'
    >>> parse_datetime("1130501")
    datetime.datetime(2024, 5, 1, 0, 0)
    >>> parse_datetime("113/05/01 25:00")
    Traceback (most recent call last):
    ...
    ValueError: '113/05/01 25:00': hour must be in 0..23
    """
    if not isinstance(value, str):
        raise ValueError(f"expected text, got {type(value).__name__}")
    original = value
    text = _clean(value)
    mode = (fmt or "auto").strip()
    if mode not in ("auto", "roc", "iso"):
        try:
            return datetime.datetime.strptime(text, mode)
        except ValueError:
            raise ValueError(f"{original!r} does not match the format {mode!r}") from None
    m = _TIME.fullmatch(text)
    if m is None:
        raise ValueError(f"{original!r} is not a recognised date and time")
    day = parse_date(m.group("date"), mode)
    try:
        fraction = (m.group("f") or "0").ljust(6, "0")
        time = datetime.time(
            int(m.group("h") or 0), int(m.group("m") or 0), int(m.group("s") or 0), int(fraction)
        )
    except ValueError as error:
        raise ValueError(f"{original!r}: {error}") from None
    tz = m.group("tz")
    tzinfo: datetime.tzinfo | None = None
    if tz == "Z":
        tzinfo = datetime.UTC
    elif tz:
        sign = 1 if tz[0] == "+" else -1
        digits = tz[1:].replace(":", "")
        offset = datetime.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        tzinfo = datetime.timezone(sign * offset)
    return datetime.datetime.combine(day, time, tzinfo)


def to_iso(value: str | datetime.date, fmt: str | None = None) -> str:
    """The ISO 8601 form (YYYY-MM-DD) of a date in any form `parse_date` accepts.

    >>> to_iso("民國99年12月31日")
    '2010-12-31'
    >>> to_iso(datetime.date(2024, 5, 1))
    '2024-05-01'
    """
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return parse_date(value, fmt).isoformat()
