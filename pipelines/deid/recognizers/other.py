"""NHI card, passport, payment card and birth-date recognizers (table columns: table.py).

NHI card and passport numbers have no usable checksum, so their patterns require the cue
word right before the number (evidence in the pattern, captured with ``\\K`` so the span is
the number only).
"""

import datetime as dt
from typing import ClassVar

import regex

from pipelines.deid import names as lex
from pipelines.deid import regex_cache
from pipelines.deid.identifiers import creditcard, nhi
from pipelines.deid.recognizers.address import COUNTY
from pipelines.deid.recognizers.anchor import Anchor, trie_regex
from pipelines.deid.recognizers.base import TwPatternRecognizer
from pipelines.deid.recognizers.person import _TRANSLIT_NAME

# Between a label and its value: colons and spaces, also the closing bracket of a form label
# (【出生日期】…), the cell border of a key-value table (| 健保卡號 | … |) and an opening
# bracket (持護照（AB8341995）).
_GAP = r"[:：\s】〕\]|(]*(?:為|是|號碼|號)?[:：\s】〕\]|]*"
_DOTS = regex.escape(lex.INTERPUNCTS)  # inside Indigenous and transliterated names
# The start of a numbered line of a list (2. / 2、 / 2) at a line's start).
# (or a bullet: - 某某（032/11/28）, a list of returned mail, heldout67)
_LIST_ITEM_HEAD = r"(?:(?<=[\n\x00])|^)[ \t]*(?:[0-9]{1,3}[.、)]|[-•*])[ \t]*"
# A person's name opening a line of a roster: a surname first, an interpunct inside, or Latin.
_ROSTER_NAME = (
    r"(?:(?:"
    + "|".join(lex.COMPOUND_SURNAMES)
    + r"|["
    + regex.escape(lex.SINGLE_SURNAMES + lex.COMMON_SURNAMES + lex.RARE_SURNAMES)
    + r"])\p{Han}{1,5}|\p{Han}{1,6}["
    + _DOTS
    + r"]\p{Han}{1,6}|[A-Z][A-Za-z'-]*(?: [A-Z][A-Za-z'-]*){1,4})"
)
# RE2 condition of tw_nhi_card_in_listed_row without the card named: a numbered line, then
# twelve digits after a comma or tab.
NHI_ROSTER_TRIGGER = (
    r"(?m:^[ \t]*[0-9]{1,3}[.、)][^\n]{2,40}[,，\t][ \t]*[0-9]{4}[- ]?[0-9]{4}[- ]?[0-9]{4})"
)

# A numbered roster row whose cells commas, 、, semicolons or slashes part (，； after NFKC),
# up to a cell: the person's name, then up to three more cells (an ID, a phone, an address). The
# row's later cells are the person's particulars (1. 某某，1950/03/04，0000-1234-5678，09…;
# (2) 某某；AA1234567；…; heldout68).
_ROW_CELL_SEP = r"[ \t]*[,、;/][ \t]*"
_ROSTER_ROW_HEAD = (
    r"(?:^|[\n\x00])[ \t]*\(?[0-9]{1,3}[.、)][ \t]*(?:" + _ROSTER_NAME + "|" + _TRANSLIT_NAME
    + r")" + _ROW_CELL_SEP + r"(?:[^,、;/\n\x00]{1,40}" + _ROW_CELL_SEP + r"){0,3}"
)  # fmt: skip
_CELL_ENDS_AHEAD = r"(?=[ \t]*(?:[,、;\n\x00]|$))"
# A date's first character, checked before a pattern's long lookbehind (most positions fail
# here at once: leading lookbehinds are tried at every position).
_DATE_FIRST = r"(?=[0-9民西〇○零一二三四五六七八九])"
# RE2 condition of the patterns reading such rows: a numbered line with a parted cell (the
# value's shape after it makes a larger DFA that costs more than the texts it rules out).
ROSTER_ROW_TRIGGER = r"(?m:^[ \t]*\(?[0-9]{1,3}[.、)][^\n]{2,40}[,、;/])"


class TwNhiCardRecognizer(TwPatternRecognizer):
    """健保卡號: 12 digits right after 健保卡號 / 健保卡 / 健保號碼."""

    ENTITY = "TW_NHI_CARD"
    PATTERNS = (
        (
            "tw_nhi_card",
            # 健保卡號, 健保號碼, and the field label 健保卡卡號 / 健保卡編號
            # (IC卡號 alone too: the health-insurance card is the IC card of case files)
            # (a prepaid SIM's register: 第二證件（健保卡）：0000…, or the second document alone,
            # a local's health-insurance card: its twelve digits are no other document's)
            # (健保 alone too, right before the digits: 生日… 健保000074625513, heldout55)
            r"(?:健保(?:IC)?(?:卡(?:卡號碼|卡號|號碼|號|編號)?|號碼|號)?\)?|第二證件"
            + r"|(?<![A-Za-z])IC卡(?:號碼|號)"
            # English forms: NHI 0000-1234-5678, NHI card No. 000012345678
            + r"|(?<![A-Za-z])NHI(?: ?(?:IC )?[Cc]ard)?(?: ?(?:No|NO|no|Number|number|#)\.?)?)"
            # a note in brackets after the label (健保卡號（家屬）：0000…)
            + r"(?:\s?\([^)\n]{1,6}\))?"
            # 持健保卡（卡號0000-1234-5678）: the number in brackets after the card
            + r"(?:\s*[（(]\s*(?:卡號|號碼|編號)?)?"
            + _GAP
            # twelve digits, grouped 4-4-4, 6-6 or otherwise
            + r"\K[0-9](?:[-\s]?[0-9]){11}(?![0-9])",
            0.5,
        ),
        (
            # 卡號 a little after the card is named (健保卡遺失，經查卡號0000…), or any card
            # number of twelve digits (他卡號是0000…): payment cards have 13 to 19
            "tw_nhi_card_later",
            r"(?:(?<=健保(?:IC)?卡[^\n。]{0,24})|(?<![信用])(?=卡號" + _GAP
            + r"[0-9]{4}[-\s]?[0-9]{4}[-\s]?[0-9]{4}(?![-\s]?[0-9])))卡號" + _GAP
            + r"\K[0-9]{4}[-\s]?[0-9]{4}[-\s]?[0-9]{4}(?![0-9])",
            0.5,
        ),
        (
            # on a numbered line of a list of people, twelve digits right after the name (送驗
            # 名單：1) 張某某，0000-6164-7350，嘔吐物): any name in a text that names the card,
            # else a roster's name (a person's number all the same)
            "tw_nhi_card_in_listed_row",
            _LIST_ITEM_HEAD
            + r"(?:[\p{Han}"
            + _DOTS
            + r"]{2,12}[ \t]*[,，\t][ \t]*(?:(?<=健保[^\x00]{0,400})|(?=[^\x00]{0,400}健保))|"
            + _ROSTER_NAME
            + r"[ \t]*[,，\t][ \t]*)\K[0-9]{4}[- ]?[0-9]{4}[- ]?[0-9]{4}(?![0-9])",
            0.5,
        ),
        (
            # twelve digits grouped as the card prints them, later in the sentence that names
            # the card (她健保卡放在抽屜找不到，協助申請補發（0000-0210-4304）; 父親健保卡遺失，
            # 卡號記得是0000…; heldout57 and 58): payment cards have 13 to 19 digits, phones
            # fewer, and a card's four-digit groups are no +886 number's
            # (or a few words after 卡號: 卡號記得是0000…, heldout58)
            "tw_nhi_card_in_sentence",
            r"(?:健保(?:IC)?卡[^\n。\x00]{0,30}?|(?<![信用])卡號[^\n。\x000-9]{0,6}?)(?<![0-9])"
            r"\K[0-9]{4}([-\s]?)[0-9]{4}\1[0-9]{4}(?![-\s]?[0-9])",
            0.5,
        ),
        (
            # a cell of a parted roster row (1. 某某，1950/03/04，0000-1234-5678，…; heldout68)
            "tw_nhi_card_in_roster_row",
            r"(?=[0-9]{4})(?<=" + _ROSTER_ROW_HEAD + r")[0-9]{4}([- ]?)[0-9]{4}\1[0-9]{4}(?![0-9])"
            + _CELL_ENDS_AHEAD,
            0.5,
        ),
        (
            # the answer on the next line of a dialogue to a question about the card's number
            # (社工：…健保卡號少一碼，可以再唸一次嗎？⏎家屬：喔，0000…; heldout63)
            "tw_nhi_card_answer",
            r"(?:健保(?:IC)?卡號|健保號碼)[^\n\x00]{0,30}\?[ \t]*\n[^\n\x00:]{1,8}:"
            r"[^\n\x000-9]{0,6}?\K[0-9]{4}([-\s]?)[0-9]{4}\1[0-9]{4}(?![-\s]?[0-9])",
            0.5,
        ),
    )  # fmt: skip
    CONTEXT = ("健保卡號", "健保卡", "NHI")
    ANCHORS: ClassVar[dict[str, Anchor]] = {
        "tw_nhi_card_in_sentence": Anchor(("健保卡", "健保IC卡", "卡號"), "start"),
    }

    def validate_result(self, pattern_text: str) -> bool:
        """Twelve digits."""
        return nhi.is_valid(pattern_text)


_CELL_GAP = r"[ \t]*[/|\t][ \t]*"  # between the cells of a row: a slash, a bar or a tab
# A nationality cell, with the gap after it: a country's name (越南籍, 印尼) or its code.
NATIONALITY_CELL = (
    r"(?:(?:" + "|".join(lex.NATIONALITIES) + r")籍?[ \t|,/]{1,3}|(?<![A-Za-z])(?:"
    + "|".join(lex.longest_first(lex.NATIONALITY_CODES)) + r")" + _CELL_GAP + ")"
)  # fmt: skip
# A foreign resident's document in a row: a passport (letters and digits, or a Thai or
# Taiwanese one of nine digits) or a resident certificate.
_ROW_DOCUMENT_SHAPE = r"(?:[A-Z]{1,2}[0-9]{6,9}[A-Z]?|[0-9]{9})"
_ROW_DOCUMENT = _ROW_DOCUMENT_SHAPE + r"(?![A-Za-z0-9])"

_DATE_PARTS = regex_cache.compile(r"[0-9]+|[〇○零一二三四五六七八九十百]+")
# ○ (a white circle) is often typed for 〇 (一○二年).
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "○": 0}
_CN = "[〇○零一二三四五六七八九十]"
# A year in Chinese numerals may hold 百 (民國一百零一年).
_CN_YEAR = "[〇○零一二三四五六七八九十百]"
_MONTHS = (
    "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
_MONTH_NUMBER = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
# An English date: 13 Oct 1954, 3rd March 1980, Oct 13, 1954 (month names in any case), and
# as passports print it: 23SEP1992 (heldout52).
_EN_DATE = (
    r"(?:[0-9]{1,2}(?:st|nd|rd|th)?(?:[ -](?i:"
    + _MONTHS
    + r")\.?,?[ -]|(?:"
    + _MONTHS.upper()
    + r"))[0-9]{4}"
    r"|(?i:" + _MONTHS + r")\.? [0-9]{1,2}(?:st|nd|rd|th)?,? [0-9]{4})(?![0-9])"
)
# A date in Chinese numerals: 民國四十五年十月三日, 民國一百零一年十一月十三日.
# Spoken, the day is a 號 (三月二十六號, 3月26號).
_CN_DATE = (
    r"(?:(?:民國|西元)\s*)?" + _CN_YEAR + r"{1,6}年" + _CN + r"{1,3}月" + _CN + r"{1,3}[日號]"
)
# A numeric date: 80年5月1日, 1991-05-01, 78.01.17, 0800501, and day first with a four-digit
# year as foreigners' documents print it (13/05/1970).
_NUM_DATE = (
    r"(?:(?:民國|西元|民)\s*)?(?:[0-9]{2,4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*[日號]"
    r"|[0-9]{2,4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?![0-9])|[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{4}"
    r"|[0-9]{7,8})"
)
# Between the cells of a row with no nationality cell: also two spaces or more (a table pasted
# as text aligns its columns with spaces).
_ROW_GAP = r"(?:[ \t]*[/|\t][ \t]*| {2,})"
# A person's document in a row with no nationality cell: nine digits only where they are no
# landline (04-8271330 written 048271330 in an inspector's row).
_PERSON_DOCUMENT = r"(?:[A-Z]{1,2}[0-9]{6,9}[A-Z]?|[1-9][0-9]{8})(?![A-Za-z0-9])"
# ... also with its label in the cell (1. 某某／護照221226110／84.02.11)
_LABELLED_DOCUMENT = r"(?:護照(?:號碼|號)?:?[ \t]?)?" + _PERSON_DOCUMENT
# A person's name as a whole cell of a row (see _ROSTER_NAME), also one Latin word (Indonesians
# often have one name: HENDRA  E3782944  02 JUN 1978).
_ROW_NAME = r"(?<![\p{Han}A-Za-z" + _DOTS + r"])(?:" + _ROSTER_NAME + r"|[A-Z][A-Za-z'-]{2,20})"
# The gaps between a row's cells, each as a row and as its header would write it.
_ROW_GAPS = (
    (r"[ \t]*\|[ \t]*", r"[ \t]*\|"),
    (r"[ \t]*/[ \t]*", r"[ \t]*/"),
    (r"[ \t]*\t[ \t]*", r"[ \t]*\t"),
    (r" {2,}", r" {2,}"),
)


def _after_row_cells(*cells: str) -> str:
    """A lookbehind: ``cells`` ending a row's last cells, each followed by the same gap, in
    no table whose header (with that gap) names a name column earlier in the text: there the
    header says what a date is (姓名 | 身分證字號 | 接種日期; table.py reads it)."""
    return (
        "(?:"
        + "|".join(
            "(?<=" + gap.join(cells) + gap + ")(?<!(?:姓名|(?i:name))" + header
            + r"[^\x00]{0,3000})"
            for gap, header in _ROW_GAPS
        )
        + ")"
    )  # fmt: skip


# RE2 condition of passport_after_nationality: a nationality, then a passport's first letter
# (or a nine-digit passport's first digits).
NATIONALITY_TRIGGER = (
    r"(?:" + "|".join(lex.NATIONALITIES) + r")籍?[ \t|,/]{1,3}(?:[A-Z]|[0-9]{9})"
    + r"|(?:^|[^A-Za-z])(?:" + "|".join(lex.NATIONALITY_CODES) + r")[ \t]*[/|\t][ \t]*"
    + r"(?:[A-Z]|[0-9]{9})"
)  # fmt: skip


_PASSPORT_SHAPE = r"[A-Z]{1,2}[0-9]{6,8}[A-Z]?(?![A-Za-z0-9])"
# A phone's start in the next cell (a prepaid SIM's register: 1. Suparmi Ayu X5183901 0970…)
_THEN_PHONE = r"[ \t]+(?:\+?886|\(?0[0-9])"
# RE2 condition of passport_in_numbered_roster: a numbered line ending in a passport's shape,
# or holding it before a phone.
NUMBERED_ROSTER_TRIGGER = (
    r"(?m:^[ \t]*[0-9]{1,3}[.、)].*[ \t][A-Z]{1,2}[0-9]{6,8}[A-Z]?(?:[ \t]*$|" + _THEN_PHONE + "))"
)


# Words of a text about foreign residents or their documents.
FOREIGN_CONTEXT_WORDS = ("護照", "外籍", "移工", "船員", "漁工", "看護工", *lex.NATIONALITIES)
_FOREIGN_CONTEXT = r"(?:" + "|".join(FOREIGN_CONTEXT_WORDS) + r"|(?i:passport))"
# A passport's strict shape (letters, seven or eight digits, a letter) standing alone, not after
# the label of a case, receipt, document, vehicle, student, account or goods number.
_NUMBER_LABELS = (
    r"編號|單號|案號|文號|字號|序號|紀錄|收據|發票|車號|車牌|訂單|流水號|受理|學號|工號|卡號|帳號"
    r"|保單|契約|批號|型號|料號|貨號|提單"
)
_FOREIGN_TOKEN = (
    r"(?<![A-Za-z0-9@.])(?<!(?:"
    + _NUMBER_LABELS
    + r")[ \t:(]{0,3})"
    + r"[A-Z]{1,2}[0-9]{7,8}[A-Z]?(?![A-Za-z0-9@])"
)
# RE2 condition of passport_in_a_text_about_foreigners.
FOREIGN_PASSPORT_TRIGGER = (
    r"(?s)(?:" + _FOREIGN_CONTEXT + r".*[A-Z][0-9]{7}|[A-Z][0-9]{7}.*" + _FOREIGN_CONTEXT + ")"
)


class PassportRecognizer(TwPatternRecognizer):
    """Passport numbers (TW: 9 digits; foreign: letters + digits) right after 護照 or
    Passport (No.)."""

    ENTITY = "PASSPORT"
    PATTERNS = (
        (
            "passport",
            # 護照號碼, and in English: Passport EA0515409, Passport No. A6140665
            # (an old passport's number when a new one is applied for: 舊照號碼, 舊護照號碼)
            # (in English also with a verb: My passport no. is 678936275, heldout61)
            r"(?:護照(?:號碼|號|編號)?|舊照(?:號碼|號)|(?<![A-Za-z])(?i:passport)"
            + r"(?: ?(?i:no|number|#)\.?)?(?: (?:is|was))?)"
            # a note in brackets after the label (護照號碼（租車人）：…)
            + r"(?:\s?\([^)\n]{1,6}\))?"
            # or the number named after a comma, as people say it (我的護照，號碼是3538…)
            + r"(?:,\s?(?:號碼|號)(?:是|為)?)?"
            + _GAP
            # (after the cue, also with a space after the letters: 護照X 1631198)
            + r"\K(?:[0-9]{9}|[A-Z]{1,2} ?[0-9]{6,8}|[A-Z][0-9A-Z]{5,8})(?![A-Za-z0-9])",
            0.85,
        ),
        (
            # an ID field holding a passport's number, which no national ID is (身分證字號：
            # 338047636, 身分證/護照：E9687147: nine digits, or letters and 6-8 digits)
            "passport_in_id_field",
            r"(?:身[分份]證(?:字號|號碼|號|統一編號)?|證件(?:號碼|號)?)(?:/護照(?:號碼|號)?)?"
            + _GAP
            # (a Philippine passport ends in a letter: 證件P6233321A, heldout61)
            + r"\K(?:[1-9][0-9]{8}|[A-Z]{1,2}[0-9]{6,8}[A-Z]?)(?![A-Za-z0-9])",
            0.85,
        ),
        (
            # a roster's nationality cell, then the passport's (丁某某　越南　C7556906), or
            # the resident certificate's and then the passport's (越南／V835950070／B8476503)
            # (in a crew list also after a country code, and of nine digits: TH / 350917397)
            "passport_after_nationality",
            r"(?<=" + NATIONALITY_CELL
            + r"(?:[A-Z]{1,2}[0-9]{8,9}[ \t|,/]{1,3})?)"
            + r"(?:" + _PASSPORT_SHAPE + r"|[0-9]{9}(?![A-Za-z0-9]))",
            0.85,
        ),
        (
            # a row of a person's name, document and birth date with no header (a traveller
            # list pasted as text: 西蒂‧維加亞  E0761140  25 OCT 2003  JX 721, or
            # 楊某某／348262891／68/3/28／…): a passport's shape between a name and a date
            "passport_in_a_person_row",
            r"(?<=" + _ROW_NAME + _ROW_GAP + r")(?:[A-Z]{1,2}[0-9]{6,8}[A-Z]?|[1-9][0-9]{8})"
            + r"(?=" + _ROW_GAP + r"(?:" + _NUM_DATE + "|" + _CN_DATE + "|" + _EN_DATE
            + r")(?![0-9]))",
            0.85,
        ),
        (
            # a numbered roster line of a name and a document number alone (a crew list:
            # 1. 阮氏蘭　P4567335C, 2. NGUYEN VAN NAM　B3350271): the name starts with a
            # surname, holds an interpunct, is a transliteration (1. 哈蒂妮 A2201121 0912…) or
            # is Latin; the number ends the line or a phone follows it
            "passport_in_numbered_roster",
            r"(?<=(?:^|[\n\x00])[ \t]*[0-9]{1,3}[.、)][ \t]*(?:" + _ROSTER_NAME + "|"
            + _TRANSLIT_NAME + r")[ \t]+)" + _PASSPORT_SHAPE
            + r"(?=[ \t]*(?:[\n\x00]|$)|" + _THEN_PHONE + ")",
            0.85,
        ),
        (
            # a cell of a parted roster row (_ROSTER_ROW_HEAD: (1) Siti Purwanti，X1234567，09…)
            "passport_in_roster_row",
            r"(?=[A-Z])(?<=" + _ROSTER_ROW_HEAD + r")" + _PASSPORT_SHAPE + _CELL_ENDS_AHEAD,
            0.85,
        ),
        (
            # a passport number further on in the clause that names the passport (護照由本人保管
            # （P3021724A）, 護照號碼我念給你聽，AB9863699): no full stop or line break between
            "passport_later_in_clause",
            r"(?<=護照[^。;\n\x00]{1,14})(?<![A-Za-z0-9])" + _PASSPORT_SHAPE,
            0.85,
        ),
        (
            # weaker: a passport's shape anywhere in a text about passports or foreign residents,
            # unless labelled as a case, receipt or document number (受理單號 C11323032)
            "passport_in_a_text_about_foreigners",
            _FOREIGN_TOKEN + r"(?:(?<=" + _FOREIGN_CONTEXT + r"[^\x00]{0,2000})|(?=[^\x00]{0,2000}"
            + _FOREIGN_CONTEXT + r"))",
            0.6,
        ),
    )  # fmt: skip
    CONTEXT = ("護照", "護照號碼", "passport")


# Between a card number's groups: a space, a hyphen, or a hyphen between spaces.
CARD_GAP = r"(?: ?- ?| )?"


class CreditCardRecognizer(TwPatternRecognizer):
    """Payment card numbers: 13-19 digits in groups, known issuer prefix, Luhn."""

    ENTITY = "CREDIT_CARD"
    PATTERNS = (
        (
            "credit_card",
            # Groups apart by one space or hyphen (also a hyphen between spaces, as forms print
            # it: 5283 - 1678 - 0643 - 0223), not by tabs (numbers in adjacent table cells).
            r"(?<![A-Za-z0-9第])(?:[0-9]{4}" + CARD_GAP + r"){3}[0-9]{1,7}(?![0-9號])",
            0.5,
        ),
        (
            # American Express (34, 37: 4-6-5 digits) and Diners Club (36, 38, 30: 4-6-4)
            "credit_card_amex_diners",
            r"(?<![A-Za-z0-9第])3[0-9]{3}"
            + CARD_GAP
            + "[0-9]{6}"
            + CARD_GAP
            + r"[0-9]{4,5}(?![0-9號])",
            0.5,
        ),
    )
    CONTEXT = ("信用卡", "卡號")

    def validate_result(self, pattern_text: str) -> bool:
        """Issuer prefix and Luhn."""
        return creditcard.is_valid(pattern_text)


def _cn_number(s: str) -> int:
    """A number in Chinese numerals: 三十三 -> 33, 一一三 -> 113, 十 -> 10, 一百零五 -> 105."""
    if "百" in s:
        head, _, rest = s.partition("百")
        return _cn_number(head or "一") * 100 + (_cn_number(rest) if rest else 0)
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)
    value = 0
    for ch in s:
        value = value * 10 + _CN_DIGITS[ch]
    return value


_MONTH_NAME = regex_cache.compile(r"[A-Za-z]{3,}")


# ID-document labels that open the next field of a person's particulars.
BEFORE_ID_DOCUMENT = r"(?:國民身分證|身分證|身份證|ID|護照|外僑居留證|居留證|統一證號)"


# The start of an address: a postal code, then a county or city (334桃園市…, 彰化縣…).
_ADDRESS_START = r"(?:[0-9]{3,6} ?)?" + COUNTY

# The start of a phone number (+886, 886-, 0912, (02)).
_PHONE_START = r"(?:\+?886|\(?0[2-9])"

# A row's cell of the person's sex, with the separators around it (,女, / 男 / |M|).
_SEX_CELL = r"[,|\t/]\s?(?:男|女|M|F)\s?[,|\t/]\s?"
# A name's cell between an ID or card number and a birth date (Han or Latin).
_NAME_CELL = r"(?:[\p{Han}·‧•]{2,12}|[A-Za-z][A-Za-z .'-]{1,40})"
# A national ID's or resident certificate's shape (A123456789, AB12345678, A812345678).
_PERSON_ID = r"[A-Za-z][0-9A-Da-d][0-9]{8}"
# A person's ID or health-insurance card number ending a cell (A123456789, 0000-1234-5678).
_ID_OR_CARD_CELL = (
    r"(?<![0-9A-Za-z])(?:" + _PERSON_ID + r"|[0-9]{4}-[0-9]{4}-[0-9]{4}"
    r"|[0-9]{4} [0-9]{4} [0-9]{4}|[0-9]{12})\s?,\s?"
)
# The first character of a date in any form (RE2 conditions: 1950/…, 民國…, Oct 2, 一○二年…).
_DATE_START = r"[0-9西民A-Za-z〇○零一二三四五六七八九十百]"

# RE2 condition of a row's name, document and date (passport_in_a_person_row and
# birth_date_after_name_and_document): a document's shape, the gap, a date's first character.
PERSON_ROW_TRIGGER = r"(?:[A-Za-z]{1,2}[0-9]{6,9}[A-Za-z]?|[0-9]{9})" + _ROW_GAP + _DATE_START

# How every date (_NUM_DATE, _CN_DATE, _EN_DATE) ends, for RE2: in 日 or 號, in two date
# parts, or in four digits (not 2,091,0…: an amount's digits before a comma and a phone's 0).
_DATE_END = r"(?:[0-9]{2,4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[0-9]{4}|[日號])"

# What follows a person's birth date on a roster line: their guardian or contact, or a phone.
# (or where they live: 1) 某某 1936.7.6 臺中市太平區…, a mailing list, heldout60)
_ROSTER_NEXT = (
    r"家長|監護人|聯絡人|緊急聯絡人|父親|母親|電話|手機|(?:\+?886|\(?0[0-9])|" + _ADDRESS_START
)
# A child's particulars after the birth date on a class's roster (過敏：花生, 接送：…).
_CHILD_PARTICULARS = r"過敏|血型|接送"
# RE2 condition of the birth-date patterns without a birth cue (a date among a person's
# particulars): a date's end, then an ID document; an age, then a bracket; a date, then a
# slash and a phone; a date in brackets, then where the person lives; an ID, then a date.
BIRTH_PARTICULARS_TRIGGER = (
    # a numbered line ending in a date, or in a date and a note in brackets
    r"(?m:^[ \t]*\(?[0-9]{1,3}[.、) ][^\n]*"
    + _DATE_END
    + r"[ \t]*(?:$|\(|"
    + _ROSTER_NEXT
    + r"|"
    + _CHILD_PARTICULARS
    + r"|"
    + _PERSON_ID
    + r"))|"
    # a name's sex, then a date (黃某某 女 2012/03/04)
    + r"[ \t][男女][ \t]+(?:民國|民)?[0-9]|"
    # a row's date, then a phone in the next cell
    + _DATE_END
    + r"(?:[ \t]*[|/\t][ \t]*| {2,})"
    + _PHONE_START
    + "|"
    # a name's end, an ID and a date, spaced by single spaces
    + r"[\p{Han}A-Za-z] "
    + _PERSON_ID
    + " "
    + _DATE_START
    + "|"
    # an ID, a comma and a date ending a list item
    + _PERSON_ID
    + r"\s?,\s?[^,\n]{0,12}?"
    + _DATE_END
    + r"\s?(?:[、;。)\n]|$)|"
    + _DATE_END
    + r"\s?[，,]\s?(?:"
    + BEFORE_ID_DOCUMENT
    + "|"
    + _ADDRESS_START
    + "|"
    + _PHONE_START
    + ")"
    + r"|歲\s?[（(]\s?[0-9民西]"
    + r"|(?:[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}|日|[A-Za-z]{3,} [0-9]{4})\s?/\s?"
    + r"(?:\+?886|\(?0[2-9])|[0-9日][)],?住|"
    + _PERSON_ID
    + r"(?:\s?[/|\t]\s?| {2,})[0-9民A-Za-z]"
    + "|"
    + PERSON_ROW_TRIGGER
    # a crew list's row: a document number, then the date in the next cell
    + "|"
    + _ROW_DOCUMENT_SHAPE
    + _CELL_GAP
    + _DATE_START
    # a row's sex cell, then the date in the next cell (3,李某某,男,44.12.8,…)
    + "|"
    + _SEX_CELL
    + _DATE_START
    # an ID or card number, a name, then the date (健保卡號0000-1234-5678，某某，1936-09-19)
    + r"|(?:"
    + _PERSON_ID
    + r"|[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4})\s?,\s?"
    + _NAME_CELL
    + r",\s?"
    + _DATE_START
)


# Labels of a line about a person: cues, roles and kin (申請人：, 役男：, 母：).
PERSON_LABELS = (
    *lex.PREFIX_CUES, *lex.ROLE_PREFIX_CUES, "父", "母", "父親", "母親", "子", "女",
    # a shelter's intake form (隨行子女：某某（96.06.22）, heldout60)
    "隨行子女", "隨行家屬",
)  # fmt: skip
PERSON_LABEL = trie_regex(PERSON_LABELS)
_PREFIX_LABEL = trie_regex(lex.PREFIX_CUES)
_KIN_LABEL = trie_regex(
    ("配偶", "父", "母", "父親", "母親", "子", "女", "兒子", "女兒", "長子", "次子", "三子",
     "長女", "次女", "三女", "么女", "孫", "孫子", "孫女")
)  # fmt: skip


# A date, then a phone in the next cell (the phone's start only; a lookahead).
_DATE_THEN_PHONE = (
    r"(?:" + _NUM_DATE + "|" + _CN_DATE + "|" + _EN_DATE + r")(?=(?:[ \t]*[|/\t][ \t]*| {2,})"
    + _PHONE_START + ")"
)  # fmt: skip
# A date of death after a birth date: the gap (a comma, a space), then its word.
_DEATH_WORDS = ("卒於", "歿於", "殁於", "逝於", "亡於", "過世於", "去世於")
_DEATH_GAPS = (",", " ", " ,", ", ", "、")
_DEATH_AHEAD = (
    r"(?:" + "|".join(regex.escape(g) for g in _DEATH_GAPS) + r")?(?:" + "|".join(_DEATH_WORDS)
    + ")"
)  # fmt: skip
# RE2 condition of birth_date_before_death: a date's last character, the gap, the word.
BIRTH_BEFORE_DEATH_TRIGGER = r"[0-9日號][ ,、]{0,2}(?:" + "|".join(_DEATH_WORDS) + ")"
# A numbered roster line's name: a surname-led or Latin name, a transliteration, or one Latin
# word (Indonesians often have one name).
_NUMBERED_ROSTER_NAME = r"(?:" + _ROSTER_NAME + "|" + _TRANSLIT_NAME + r"|[A-Z][A-Za-z'-]{2,20})"


class BirthDateRecognizer(TwPatternRecognizer):
    """A date (ROC or Gregorian) right after 生日 / 出生 / 出生日期 / 生於 / DOB / Date of Birth,
    also in Chinese numerals (民國三十三年一月二十二日) or with an English month (11 Sep 1980),
    or right before 出生 or a 生 closing a bracket or clause (72-10-27出生, （78.01.17生）,
    民國48年1月8日生，)."""

    ENTITY = "BIRTH_DATE"
    PATTERNS = (
        (
            "birth_date",
            # 生: in brackets after a name, as case files abbreviate it (王某某（生：39.1.11）)
            # 生於 is born on, but not inside 發生於 / 產生於 (occurred on, arose on)
            # (a comma too after 生日: 那天是我爸的生日，1950/4/23)
            # 生辰: the birth date (and hour) a temple's lamp or blessing list asks for
            # (a pet's or an animal's is no person's: 寵物出生日期, 犬隻出生日期)
            r"(?<!寵物|動物|犬隻|貓咪|[犬貓])"
            r"(?:出生證明書?\s?\(|出生年月日|出生日期|生日,|生日|生辰|出生於|出生"
            # (not 該生於…: the student, on …; heldout67)
            r"|(?<![先學醫發產衍派該])生於"
            r"|(?<=\()生(?=:)"
            # English labels: DOB: 1961/3/2, Date of Birth 11 Sep 1980, born on ...
            r"|(?<![A-Za-z])(?:DOB|D\.O\.B\.?|[Dd]ate of [Bb]irth|DATE OF BIRTH|[Bb]irth ?[Dd]ate"
            r"|[Bb]orn(?: on)?)(?![A-Za-z]))" + _GAP + r"(?:於)?\s*"
            # the calendar, as a temple's lamp register says (生辰：農曆28.07.05, heldout59), or
            # how a form records it (出生日期登載為民國66年8月21日, heldout60)
            r"(?:(?:農曆|國曆|陰曆|陽曆)\s?:?\s?)?(?:(?:登載|登記|記載|填寫|寫)為\s?)?"
            # after a cue, also six digits (ROC or two-digit year: DOB 680315)
            r"\K(?:"
            + _NUM_DATE
            + r"(?![0-9])|(?<![0-9])[0-9]{6}(?![0-9])|"
            + _CN_DATE
            + "|"
            + _EN_DATE
            + ")",
            0.85,
        ),
        (
            # the date a form wrote for it, a few words on (權利人的出生日期申請書寫77/3/9，
            # 出生日期與戶籍資料不符（申請書填1990-02-11）; heldout62): no other date, number
            # or sentence's end between
            "birth_date_as_written",
            r"(?:出生日期|出生年月日|生日)(?:(?!日期|時間)[^\n。\x000-9]){0,16}?"
            r"(?:填寫|寫成|填成|[填寫])[為成]?\s?:?\s?\K(?:" + _NUM_DATE + "|" + _CN_DATE + ")",
            0.85,
        ),
        (
            # the answer to a question about the birth date, on the next line of a dialogue
            # (承辦：出生年月日？⏎民眾：41/5/21。)
            "birth_date_answer",
            # (the answer may open with a quote or a filler word: 民眾：「75年3月2日。」)
            # (or with more words after it, no label's colon nor a date: 麻煩給我阿嬤的生日跟家裡
            # 電話⏎某某：40/3/2 家裡…)
            r"(?:出生年月日|出生日期|生日)(?:[^\n\x00]{0,6}\?|[^\n\x00?:0-9]{0,12})[ \t]*\n"
            r"[^\n\x00:]{1,8}:"
            r"[^\n\x000-9]{0,4}?\K(?:"
            + _NUM_DATE
            + r"(?![0-9])|(?<![0-9])[0-9]{6}(?![0-9])|"
            + _CN_DATE
            + "|"
            + _EN_DATE
            + ")",
            0.85,
        ),
        (
            # 生 then the end of the bracket or clause (not 生效, 生產 ...), or 出生 (72-10-27出生,
            # 13 Oct 1954出生於...), not a birth statistic (出生數, 出生率, 出生人口).
            "birth_date_before",
            r"(?<![0-9A-Za-z])(?:"
            + _NUM_DATE
            + "|"
            + _CN_DATE
            + "|"
            + _EN_DATE
            + r")(?=\s*(?:出生(?![數率人口])|出世"  # 出世: born, in Taiwanese Hokkien
            r"|生(?:[）)，,。；;、\s的/|]|$)))",
            0.85,
        ),
        (
            # the corrected date of a record whose birth date was wrong (原登錄生日誤植為…，經本人
            # 來電更正為87年7月6日): the correction in the sentence that names the birth date
            "birth_date_corrected",
            # (…出生日期誤植，應為41年9月6日: what it should be)
            r"(?<=(?:出生年月日|出生日期|生日)[^。;\n\x00]{0,60}(?:(?:更正|改|修正|訂正)[為成]|應為"
            r"|應是|實為|正確為))\s*\K(?:"
            + _NUM_DATE
            + r"(?![0-9])|"
            + _CN_DATE
            + "|"
            + _EN_DATE
            + ")",
            0.85,
        ),
        (
            # a row of particulars: the date, then a phone number (王某某／1955/06/02／(082)…),
            # or a date in brackets, then where the person lives (（80年3月8日）住南投縣…)
            "birth_date_in_a_row",
            r"(?<![0-9A-Za-z])(?:" + _NUM_DATE + "|" + _CN_DATE + "|" + _EN_DATE
            + r")(?=\s?/\s?(?:\+?886|\(?0[2-9])|[）)],?住)",
            0.85,
        ),
        (
            # a date right after an ID number in a row of particulars (王某某/A123456789/1943/2/5;
            # after a comma it is what the person did that day: ID，114年6月16日辦理退宿)
            "birth_date_after_id",
            # (also between bars or tabs, and in columns aligned with spaces: 補登｜某某｜ID｜
            # 62-05-07, unless a header names the columns: 姓名 | 身分證字號 | 接種日期, 姓名<TAB>
            # 職稱<TAB>身分證字號<TAB>到職日 (heldout51))
            # (not in a table whose first column is a case number's: 案號<TAB>日期<TAB>金額, whose
            # numbers may have an ID's shape)
            r"(?:(?<=" + _PERSON_ID + r"\s?/\s?)|" + _after_row_cells(_PERSON_ID) + r")"
            + r"(?<!(?:^|[\n\x00])(?:" + _NUMBER_LABELS + r")[ \t]*[\t/|][^\x00]{0,3000})(?:"
            + _NUM_DATE + "|" + _CN_DATE + "|" + _EN_DATE + r")",
            0.85,
        ),
        (
            # a row of a crew list or roster: nationality, document, then the date (Bui Van Hai
            # / VN / C8438740 / 2000/10/12, 上船 / Joko / 印尼 / C3408241 / 1977-02-12)
            "birth_date_after_document",
            r"(?<=" + NATIONALITY_CELL + _ROW_DOCUMENT + _CELL_GAP + r")(?:" + _NUM_DATE + "|"
            + _CN_DATE + "|" + _EN_DATE + r")",
            0.85,
        ),
        (
            # the same without a nationality cell: a name, a document, then the date (阿玉‧某某
            # B2227976  07/08/1981  CI 762; 楊某某／348262891／68/3/28／…)
            "birth_date_after_name_and_document",
            _after_row_cells(_ROW_NAME, _LABELLED_DOCUMENT) + r"(?:" + _NUM_DATE
            + "|" + _CN_DATE + "|" + _EN_DATE + r")",
            0.85,
        ),
        (
            # a row's name, then a date, then a phone (報名編號K582936｜某某｜063/03/03｜(0936)…,
            # heldout56): the date between a person and their phone is the birth date
            "birth_date_between_name_and_phone",
            # (the lookahead first: it fails at once where no date and phone follow, before the
            # row's lookbehinds are read)
            r"(?=" + _DATE_THEN_PHONE + ")" + _after_row_cells(_ROW_NAME) + _DATE_THEN_PHONE,
            0.85,
        ),
        (
            # a date right before the date of death (墓主某某（Latin），36年7月4日，歿於98年9月14日;
            # heldout57): a grave's or a deceased's register gives birth and death
            "birth_date_before_death",
            r"(?:" + _NUM_DATE + "|" + _CN_DATE + "|" + _EN_DATE + r")(?=" + _DEATH_AHEAD + ")",
            0.85,
        ),
        (
            # a date in brackets after an age (王某某，男，86歲（1938-04-28）)
            "birth_date_after_age",
            r"(?<=[0-9]{1,3}\s?歲\s?[（(]\s?)(?:" + _NUM_DATE + "|" + _CN_DATE + r")(?=\s?[）)])",
            0.85,
        ),
        (
            # a date of its own between a person's name and an ID document, as particulars are
            # listed (當事人：王某某，1950/08/20，身分證…; Siti Aminah，03/09/1948，護照號碼…)
            # (or before where the person lives, in a list of people: （一）王某某，34/6/26，
            # 彰化縣…, 應變中心紀錄｜…｜王某某，38-01-09，基隆市…)
            "birth_date_in_particulars",
            r"(?<=(?:^|[：:\n\t、，,)|])\s*(?:[\p{Han}·‧•]{2,12}|[A-Za-z][A-Za-z .'-]{1,40})"
            r"[，,]\s?)(?:" + _NUM_DATE + "|" + _CN_DATE + r")(?=\s?[，,]\s?(?:"
            + BEFORE_ID_DOCUMENT + "|" + _ADDRESS_START + "))",
            0.85,
        ),
        (
            # the same before the person's phone, the name led by a surname's character or
            # Latin (V148,LEE, YA-CHIA,1965.10.13,0920…; not 會議,113/05/01,02-…)
            "birth_date_before_phone",
            r"(?<=(?:^|[：:\n\t、，,)|])\s*(?:[" + lex.SURNAME_FIRST_CHARS + r"][\p{Han}·‧•]{1,11}"
            r"|[A-Za-z][A-Za-z .'-]{1,40})[，,]\s?)(?:" + _NUM_DATE + "|" + _CN_DATE
            + r")(?=\s?[，,]\s?" + _PHONE_START + ")",
            0.85,
        ),
        (
            # the cell after a person's ID or card number and name, as a list of people gives
            # them (健保卡號0000-1234-5678，某某，1936-09-19，血壓…; not ID，某某，113年5月1日到場)
            "birth_date_after_id_and_name",
            r"(?<=" + _ID_OR_CARD_CELL + _NAME_CELL
            + r"[，,]\s?)(?:" + _NUM_DATE + "|" + _CN_DATE + "|" + _EN_DATE
            + r")(?=\s?(?:[,;\n\x00]|$))",
            0.85,
        ),
        (
            # after an ID and a comma, a date that ends a list item (意外險加保：某某，V165604023，
            # 83/3/19、某某…; heldout54), not one the item goes on from (ID，114年6月16日辦理退宿)
            "birth_date_ending_an_item_after_id",
            # (not in a CSV table whose header names the columns: 姓名,職稱,身分證字號,到職日)
            r"(?<=" + _PERSON_ID + r"\s?,\s?)(?<!(?:姓名|(?i:name))[ \t]*,[^\x00]{0,3000})(?:"
            + _NUM_DATE + "|" + _CN_DATE + "|" + _EN_DATE + r")(?=\s?(?:[、;。)\n\x00]|$))",
            0.85,
        ),
        (
            # a name, their ID and a date, spaced by single spaces, ending a line (or before a
            # note in brackets): a sign-up as a chat asks for it (請留姓名、身分證、生日…
            # +1 某某 S260210502 72.05.23; heldout58)
            # (or before the person's phone or an inspector's mark, and with a nationality and
            # the document's name between: 302 某某 P123456789 民75.3.21 手機…, 305 NIRAN SRISUK
            # 泰 居留證 D912345678 1988/02/03 無異 — a hostel's guest check, heldout63)
            "birth_date_after_name_and_id_on_a_line",
            _DATE_FIRST + r"(?<=(?:^|[\n\x00 :])" + _ROSTER_NAME
            + r"(?: \p{Han}{1,3})?(?: (?:居留證|身分證|護照))? " + _PERSON_ID + r" )(?:" + _NUM_DATE
            + "|" + _CN_DATE + r")(?=[ \t]*(?:\([^()\n\x00]{1,12}\)[ \t]*)?(?:[\n\x00]|$)"
            + r"|[ \t]+(?:" + _ROSTER_NEXT + r"|正常|無異|已核|(?i:ok)(?![A-Za-z])))",
            0.85,
        ),
        (
            # a numbered roster line of a person's name and a date, which ends the line or comes
            # before a note in brackets: the date a roster lists for each person is the birth
            # date that insurance and bookings ask for (進香團 bus rosters, heldout54:
            # 6. 呂某某 1935/03/27（輪椅）, 4. Sumiyati 27/05/1977)
            "birth_date_in_numbered_roster",
            # (a circled number, ①, is a digit and a space after NFKC)
            # (also (1), and a role or kin word before the name: (2) 配偶　某某　1978/05/06
            # Q2…, a family's particulars on a form, heldout65)
            # (an English date may start with its month: Oct 13, 1954)
            r"(?=[0-9民西〇○零一二三四五六七八九A-Za-z])"
            r"(?<=(?:^|[\n\x00])[ \t]*\(?[0-9]{1,3}(?:[.、)]|(?= ))[ \t]*(?:(?:申請人|"
            + _KIN_LABEL + r")[ \t]+)?" + _NUMBERED_ROSTER_NAME + r"[ \t]+)"
            + r"(?:" + _NUM_DATE + "|" + _CN_DATE + "|" + _EN_DATE + r")(?=[ \t]*(?:[\n\x00(]|$)"
            # (or before the person's guardian or phone: 1. 某某 109.09.11 家長 某某 09…,
            # a kindergarten's waiting list, heldout59; or their ID: 1. 某某‧某某 1983/7/19
            # Q140035698, a police list of licensed hunters, heldout61; or a child's particulars:
            # ① 某某‧某某　2019/03/02　過敏：無　接送：…, a class's pick-up list, heldout64)
            + r"|[ \t]+(?:" + _ROSTER_NEXT + "|" + _CHILD_PARTICULARS + ")|[ \t]+" + _PERSON_ID
            + r"(?![0-9A-Za-z]))",
            0.85,
        ),
        (
            # a date cell of a parted roster row (_ROSTER_ROW_HEAD: 1. 某某，1950/03/04，…;
            # (3) 某某；電號；民45.3.12; heldout68)
            "birth_date_in_roster_row",
            _DATE_FIRST + r"(?<=" + _ROSTER_ROW_HEAD + r")(?:" + _NUM_DATE + "|" + _CN_DATE + r")"
            + _CELL_ENDS_AHEAD,
            0.85,
        ),
        (
            # a line of a name, the person's sex and a date, spaced (3. 黃某某 女 2012/03/04 急難
            # 補助, a school's free-lunch list, heldout65): a name's sex, then their birth date
            "birth_date_after_name_and_sex_on_a_line",
            _DATE_FIRST + r"(?<=(?:^|[\n\x00])[ \t]*(?:\(?[0-9]{1,3}[.、)][ \t]*)?"
            + _NUMBERED_ROSTER_NAME + r"[ \t]+[男女][ \t]+)(?:" + _NUM_DATE + "|" + _CN_DATE + r")",
            0.85,
        ),
        (
            # the cell after a row's sex cell, as rosters and CSV exports list people
            # (3,李某某,男,44.12.8,Q155618…; 4,HSU, YEN-HSI,女,094/09/08,…)
            "birth_date_after_sex",
            r"(?<=" + _SEX_CELL + r")(?:" + _NUM_DATE + "|" + _CN_DATE + "|" + _EN_DATE
            + r")(?=\s?(?:[,|\t/\n\x00]|$))",
            0.85,
        ),
    )  # fmt: skip
    CONTEXT = ("生日", "出生日期", "出生")
    ANCHORS: ClassVar[dict[str, Anchor]] = {
        "birth_date_as_written": Anchor(("出生日期", "出生年月日", "生日"), "start"),
    }

    def validate_result(self, pattern_text: str) -> bool:
        """A real calendar date (ROC years < 200 are shifted by 1911)."""
        parts = _DATE_PARTS.findall(pattern_text)
        month_name = _MONTH_NAME.search(pattern_text)
        if month_name is not None:  # 13 Oct 1954 / Oct 13, 1954: day and year are the numbers
            if len(parts) != 2:
                return False
            day, year = (parts[0], parts[1]) if len(parts[0]) <= 2 else (parts[1], parts[0])
            month = str(_MONTH_NUMBER[month_name.group().lower()[:3]])
            parts = [year, month, day]
        if len(parts) == 1:
            s = parts[0]
            if not s.isdigit():
                return False
            parts = [s[:-4], s[-4:-2], s[-2:]]
        if len(parts) != 3:
            return False
        if len(parts[2]) == 4 and len(parts[0]) <= 2 and parts[0].isdigit():
            # day first (13/05/1970), or month first (05/13/1970): a real date either way
            day, month, year = (int(p) for p in parts)
            return _real_date(year, month, day) or _real_date(year, day, month)
        try:
            year, month, day = (int(p) if p.isdigit() else _cn_number(p) for p in parts)
        except (KeyError, ValueError):
            return False
        if year < 200:
            year += 1911
        return _real_date(year, month, day)


# A Han or Latin name, then a bracket opening (the span starts after it).
_NAME_THEN_BRACKET = (
    r"(?:[\p{Han}" + _DOTS + r"]{2,12}|[A-Za-z][A-Za-z .'" + _DOTS + r"-]{1,40})\s?\(\s?\K"
)
# ... then a date alone in brackets (the span: the date).
_NAME_THEN_DATE_IN_BRACKETS = (
    _NAME_THEN_BRACKET + r"(?:" + _NUM_DATE + "|" + _CN_DATE + r")(?=\s?\))"
)  # fmt: skip


_VISIT_WORDS = ("家訪", "訪視", "電訪", "探視", "訪談", "關懷訪視", "接見")
# Whom a case file is about, named with their birth date as the visited are (您好，病人某某
# （1963.03.25）預計3月26日出院, heldout61).
_SUBJECT_WORDS = ("病人", "病患", "個案", "案主", "住民", "長者", "學童", "幼生")


class BirthDateAfterNameRecognizer(BirthDateRecognizer):
    """A date alone in brackets after a person's name on a labelled line, as files list people
    (役男：王某某（91年2月26日）, 母：Ina Tjakisuvung（094/06/11）). A recognizer of its own
    so that its prefilter (a date in brackets, frequent in any prose) does not send every such
    text through the other birth-date patterns."""

    PATTERNS = (
        (
            # (also a kin word without a colon after a list's separator, as household
            # members are listed: 家庭成員：配偶莊某某、子蔡某某（82.1.7）)
            # (and a strong cue with no colon: 扣款：申請人某某（22年5月26日）, heldout67)
            "birth_date_after_labelled_name",
            # (a trainee's label wherever it stands: 部落樂齡班新學員：某某（1959年4月26日）,
            # heldout68)
            r"(?:(?:(?<![^\n\t|\x00 ])" + PERSON_LABEL + r"\s?:\s?|學員\s?:\s?|(?<=[、:])"
            + _KIN_LABEL + r")" + _NAME_THEN_DATE_IN_BRACKETS
            + r"|(?<![^\n\t|\x00 :,])" + _PREFIX_LABEL
            # (there the name must have a name's shape: not 個案研討會議紀錄（113年6月3日）)
            + r"(?:" + _ROSTER_NAME + "|" + _TRANSLIT_NAME + r")\s?\(\s?\K(?:" + _NUM_DATE + "|"
            + _CN_DATE + r")(?=\s?\)))",
            0.85,
        ),
        (
            # the same in a list of people (補助名單：某某（2014.05.06）、某某（民國103年…）;
            # heldout66): each name's date; only where a 名單 or 名冊 opens the line
            "birth_date_in_a_list_of_names",
            r"(?=[\p{Han}A-Za-z])(?:(?<=(?:名單|名冊)\s?:\s?)|(?<=(?:名單|名冊)\s?:[^\n\x00。]{0,80}、))"
            + _NAME_THEN_DATE_IN_BRACKETS,
            0.85,
        ),
        (
            # the same after a verb of a home visit or a prison visit (4/19 家訪某某（1971/03/08）,
            # heldout57): whom a social worker visits is named with their birth date (also
            # a patient or a case: _SUBJECT_WORDS)
            # (a name's shape: not the record's own date, 家訪紀錄（113/05/01）)
            "birth_date_after_visited_name",
            r"(?:" + trie_regex((*_VISIT_WORDS, *_SUBJECT_WORDS))
            + r")\s?:?\s?(?!紀錄|記錄|日期|時間|報告|摘要)"
            + _ROSTER_NAME + r"\s?\(\s?\K(?:" + _NUM_DATE + "|" + _CN_DATE + r")(?=\s?\))",
            0.85,
        ),
        (
            # the same on a numbered line of a list of people (2. 潘某某（1969.03.28）健保卡…)
            "birth_date_after_listed_name",
            _LIST_ITEM_HEAD + _NAME_THEN_DATE_IN_BRACKETS,
            0.85,
        ),
        (
            # the same right before an ID document, a person's particulars in a row (資格審核：
            # 某某某（22/08/1970）身分證…)
            "birth_date_after_name_before_id",
            _NAME_THEN_BRACKET + r"(?:" + _NUM_DATE + "|" + _CN_DATE + "|" + _EN_DATE + r")"
            + r"(?=\s?\)\s?(?:身[分份]證|證件|居留證|護照|統一證號|ID\b))",
            0.85,
        ),
        (
            # a date alone in brackets after a child named as such (梁某某小朋友（102/6/21）
            # MMR疫苗第三劑): vaccination and school records
            "birth_date_after_child",
            r"(?<=(?:(?<!\p{Han})[" + lex.SURNAME_FIRST_CHARS + r"]\p{Han}{1,3}|[A-Za-z])"
            r"(?:小朋友|小寶寶|寶寶|幼童|幼兒|學童)\s?\(\s?)(?:" + _NUM_DATE
            + "|" + _CN_DATE + r")(?=\s?\))",
            0.85,
        ),
    )  # fmt: skip
    ANCHORS: ClassVar[dict[str, Anchor]] = {
        "birth_date_after_labelled_name": Anchor(PERSON_LABELS, "start"),
        "birth_date_after_visited_name": Anchor((*_VISIT_WORDS, *_SUBJECT_WORDS), "start"),
    }


# RE2 condition of BirthDateAfterNameRecognizer: a date alone in brackets (counting the
# name's characters before it in RE2 would cost more than it saves; not a phone's (02-2…).
# The numeric date's lookahead is implied by the bracket after it.)
BIRTH_AFTER_NAME_TRIGGER = (
    r"\(\s?(?:" + _NUM_DATE.replace("(?![0-9])", "") + "|" + _CN_DATE + "|"
    + _EN_DATE.replace("(?![0-9])", "") + r")\s?\)"
)  # fmt: skip


def _real_date(year: int, month: int, day: int) -> bool:
    """A calendar date between 1900 and 2100."""
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return 1900 <= year <= 2100
