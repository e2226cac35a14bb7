"""NHI card, passport, payment card and birth-date recognizers.

NHI card and passport numbers have no usable checksum, so their patterns require the cue
word right before the number (evidence in the pattern, captured with ``\\K`` so the span is
the number only).
"""

import datetime as dt

import regex

from pipelines.deid.identifiers import creditcard, nhi
from pipelines.deid.recognizers.base import TwPatternRecognizer

_GAP = r"[:：\s]*(?:為|是|號碼|號)?[:：\s]*"


class TwNhiCardRecognizer(TwPatternRecognizer):
    """健保卡號: 12 digits right after 健保卡號 / 健保卡 / 健保號碼."""

    ENTITY = "TW_NHI_CARD"
    PATTERNS = (
        (
            "tw_nhi_card",
            r"健保(?:IC)?(?:卡號碼|卡號|卡|號碼|號)"
            + _GAP
            + r"\K[0-9]{4}[-\s]?[0-9]{4}[-\s]?[0-9]{4}(?![0-9])",
            0.5,
        ),
    )
    CONTEXT = ("健保卡號", "健保卡")

    def validate_result(self, pattern_text: str) -> bool:
        """Twelve digits."""
        return nhi.is_valid(pattern_text)


class PassportRecognizer(TwPatternRecognizer):
    """Passport numbers (TW: 9 digits; foreign: letters + digits) right after 護照."""

    ENTITY = "PASSPORT"
    PATTERNS = (
        (
            "passport",
            r"護照(?:號碼|號|編號)?"
            + _GAP
            + r"\K(?:[0-9]{9}|[A-Z]{1,2}[0-9]{6,8}|[A-Z][0-9A-Z]{5,8})(?![A-Za-z0-9])",
            0.85,
        ),
    )
    CONTEXT = ("護照", "護照號碼", "passport")


class CreditCardRecognizer(TwPatternRecognizer):
    """Payment card numbers: 13-19 digits in groups, known issuer prefix, Luhn."""

    ENTITY = "CREDIT_CARD"
    PATTERNS = (
        (
            "credit_card",
            r"(?<![A-Za-z0-9第])(?:[0-9]{4}[-\s]?){3}[0-9]{1,7}(?![0-9號])",
            0.5,
        ),
        (
            "credit_card_amex",
            r"(?<![A-Za-z0-9第])3[47][0-9]{2}[-\s]?[0-9]{6}[-\s]?[0-9]{5}(?![0-9號])",
            0.5,
        ),
    )
    CONTEXT = ("信用卡", "卡號")

    def validate_result(self, pattern_text: str) -> bool:
        """Issuer prefix and Luhn."""
        return creditcard.is_valid(pattern_text)


_DATE_PARTS = regex.compile(r"[0-9]+")


class BirthDateRecognizer(TwPatternRecognizer):
    """A date (ROC or Gregorian) right after 生日 / 出生 / 出生日期 / 生於."""

    ENTITY = "BIRTH_DATE"
    PATTERNS = (
        (
            "birth_date",
            r"(?:出生年月日|出生日期|生日|出生於|出生|(?<![先學醫])生於)" + _GAP + r"(?:於)?\s*"
            r"\K(?:(?:民國|西元)\s*)?(?:[0-9]{2,4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日"
            r"|[0-9]{2,4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[0-9]{7,8})(?![0-9])",
            0.85,
        ),
    )
    CONTEXT = ("生日", "出生日期", "出生")

    def validate_result(self, pattern_text: str) -> bool:
        """A real calendar date (ROC years < 200 are shifted by 1911)."""
        parts = _DATE_PARTS.findall(pattern_text)
        if len(parts) == 1:
            s = parts[0]
            parts = [s[:-4], s[-4:-2], s[-2:]]
        if len(parts) != 3:
            return False
        year, month, day = (int(p) for p in parts)
        if year < 200:
            year += 1911
        try:
            dt.date(year, month, day)
        except ValueError:
            return False
        return 1900 <= year <= 2100
