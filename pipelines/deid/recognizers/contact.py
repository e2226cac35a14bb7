"""Phone and e-mail recognizers."""

from functools import lru_cache

from pipelines.deid import regex_cache
from pipelines.deid.identifiers import phone
from pipelines.deid.recognizers.base import TwPatternRecognizer

# What compact() drops from an ASCII number (identifiers._common separators that phone
# matches can hold).
_SEPARATORS = str.maketrans("", "", "-() .")
# libphonenumber is slow; the numbers that need it (0800 lines, +886 forms) repeat in notes.
_is_plausible = lru_cache(maxsize=1 << 16)(phone.is_plausible)

# Not inside a longer token, not a document number (府授字第0990012345號), not after a number
# and a hyphen (a case number 113-0701-33896 holds 0701-33896, a landline's shape).
_L = r"(?<![A-Za-z0-9+第])(?<![0-9]-)"
_R = r"(?![0-9號])"
# A space or a hyphen groups the digits; a tab or a line break ends the number (table cells:
# 0270303<TAB>089-366-120 are a date and a phone number, not one number).
_SEP = r"[- ]?"
# Mobile numbers are also written with dots (0912.345.678); landlines are not matched so,
# which keeps dotted dates out.
_MSEP = r"[- .]?"
# Not right after a label of a non-phone number (稅籍編號047291813 is a valid landline shape):
# 編號, 帳號, 案號, 字號, 序號, 證號, 卡號, 單號, 文號 (all end in 號; 電話號 does not qualify).
# Checked after 0[2-8] is consumed: the rarer position, so the lookbehind is cheap.
_LABEL = r"[編帳案字序證卡單文]號[:：\s為是]{0,3}"
_EXT = r"(?: ?(?:#|分機|轉|(?i:ext)\.? ?)[0-9]{1,5})?"
# An office's published line is no person's: a landline right after 專線, 總機 or 值班電話, or
# where papers are faxed to (洽詢專線：(07)337-3000, 值班電話(07)733-5311, 本申請書得以郵寄或
# 傳真至(02)2311-3711; heldout60's negatives). Not every 傳真 or 服務電話: a letterhead's fax and
# a librarian's line sit beside the writer's own numbers, and sets label them so.
_NOT_AN_OFFICE_LINE = r"(?<!(?:專線|總機|值班電話)[:：]?[ \t]?(?:為[ \t]?)?|傳真(?:至|到)[ \t]?)"


class TwPhoneRecognizer(TwPatternRecognizer):
    """Mobile (09xx) and landline numbers, with +886 and extension forms.

    The regex is permissive about grouping; ``phonenumbers`` decides (valid TW range, 9-10
    digits), which rejects 8-digit company numbers and 7-digit ROC dates.
    """

    ENTITY = "PHONE"
    PATTERNS = (
        (
            "tw_mobile",
            _L
            + r"(?:(?:(?:\+|00)?886"
            + _SEP
            + r"(?:\(0\)|0)?|\((?:\+|00)?886\) ?(?:\(0\)|0)?|0)9[0-9]{2}"
            # or the first four digits in brackets, as for an area code: (0912)345-678
            + r"|\(09[0-9]{2}\) ?)"
            + _MSEP
            + r"[0-9]{3}"
            + _MSEP
            + r"[0-9]{3}"
            + _R,
            0.5,
        ),
        # A mobile number grouped otherwise (09-2364-2862, 09 12 34 56 78, 095-921-4003): 09
        # and eight digits with single separators anywhere, but not inside a longer grouped
        # number (電號 09-28-3520-00-4, a power account; 12 0912…). A space after a longer token
        # is a cell's end (a row: 王某某 85.09.13 E270520345 0982-16-58-19).
        (
            "tw_mobile_grouped",
            r"(?<![0-9][-.])(?<!(?:^|[^0-9A-Za-z./-])[0-9]{1,5} )"
            + _L
            + r"09(?:[- .]?[0-9]){8}(?![0-9號]|[- .][0-9])",
            0.5,
        ),
        (
            "tw_landline",
            _L
            + r"(?=[(+08])"
            + _NOT_AN_OFFICE_LINE
            # not the last group of a dotted date (041.06.03 037-52-1534: the date, then a
            # phone; read from 03, the pair fails validation and hides the phone's start)
            + r"(?<![0-9]\.[0-9]{1,3}\.)"
            # the country code also without its plus, then with a separator (886-2-2345-6789;
            # 88623220 is a business number)
            + r"(?:(?:(?:\+|00)886"
            + _SEP
            + r"|886[- ])\(?0?[2-8][0-9]{0,3}\)?|\(0[2-8][0-9]{0,3}\)"
            + r"|0[2-8](?<!"
            + _LABEL
            + r"0[2-8])[0-9]{0,3})"
            + _SEP
            # one digit too: five-digit Matsu and Wuqiu numbers are also split 1-4 (0826-6-7540)
            + r"[0-9]{1,4}"
            + _SEP
            # 2 digits too: Matsu and Wuqiu numbers have five (0836-255-80, (0826) 760 41)
            + r"[0-9]{2,4}"
            + _EXT
            + _R
            # a last group after a space that a hyphen continues is the next cell's number (a
            # row spaced by single spaces: 0410507 05-696-4563 is a date, then a phone)
            + r"(?!(?<= [0-9]{2,4})-[0-9])",
            0.5,
        ),
        # Landlines written with dots (03.360.1291, 049.777.4694, 0836.599.09): both
        # separators dots. A dotted date cannot pass as one: it does not start with 0[2-8] and
        # a valid area code, or has too few digits for the numbering plan (05.06.2023).
        (
            "tw_landline_dotted",
            _L
            + r"0[2-8](?<!"
            + _LABEL
            + r"0[2-8])[0-9]{0,3}\.[0-9]{2,4}\.[0-9]{2,4}"
            + _EXT
            + _R
            + r"(?!\.[0-9])",
            0.5,
        ),
    )
    CONTEXT = ("電話", "手機", "行動電話", "聯絡電話", "傳真", "分機", "TEL")

    def validate_result(self, pattern_text: str) -> bool:
        """A TW number: valid per libphonenumber or shaped per the numbering plan."""
        # Fast path for the common shape (ASCII digits, separators, national 0 prefix): there
        # compact() only drops the separators, so this is is_plausible's first test.
        digits = pattern_text.translate(_SEPARATORS)
        if (
            digits.isascii()
            and digits.isdigit()
            and digits[:1] == "0"
            and digits[1:2] != "0"
            and phone.plan_length_ok(digits)
        ):
            return True
        # The other shapes (+886, extensions, 8-digit company numbers): is_plausible's own
        # steps, with libphonenumber (slow) only for numbers of a possible length that the
        # numbering plan alone does not accept.
        national = phone.compact(pattern_text)
        if not (national.isascii() and national.isdigit() and 9 <= len(national) <= 10):
            return False
        if phone.is_toll_free(national):  # a hotline (0800-…), no person's number
            return False
        return phone.plan_length_ok(national) or _is_plausible(pattern_text)


# An obfuscated @: name(at)example.com, name [at] example.com, name＠example.com (NFKC: @).
# Also with a space on each side of the @ (name @ example.com), as some people type it.
_AT = r"(?:@| @ |\s?[\[({]\s?(?:at|AT)\s?[\])}]\s?)"
_OBFUSCATED_AT = regex_cache.compile(r" @ |\s?[\[({]\s?(?:at|AT)\s?[\])}]\s?")


class EmailRecognizer(TwPatternRecognizer):
    """E-mail addresses (ASCII local part and domain), also with an obfuscated @."""

    ENTITY = "EMAIL"
    PATTERNS = (
        (
            "email",
            r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*" + _AT + r"[A-Za-z0-9](?:"
            r"[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
            r"\.[A-Za-z]{2,24}(?![A-Za-z0-9-])",
            0.5,
        ),
    )
    CONTEXT = ("電子郵件", "信箱", "Email", "E-mail", "mail")

    def validate_result(self, pattern_text: str) -> bool:
        """Reject obvious non-addresses (consecutive dots). A dot ending the local part breaks
        the standard but not the person's address as written (kevin.@gmail.com): kept."""
        _, _, domain = _OBFUSCATED_AT.sub("@", pattern_text, count=1).partition("@")
        return ".." not in pattern_text and "." in domain
