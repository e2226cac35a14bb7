"""Personal data in the columns of tables pasted into free text.

Agency notes hold pasted tables: a header row naming the columns, then rows, with cells
separated by tabs, '|' (full-width '｜' is '|' after NFKC), ';' (so is '；'), two or more
spaces, commas (CSV, double-quoted cells allowed), ' / ' (異動 / 姓名 / 國籍 / 護照號碼), or
one space where each cell of the header is a label (姓名 身分證字號 出生日期). A header cell
such as 姓名 / Name, 護照號碼 / Passport No. or 出生日期 / DOB is the evidence; a cell under it
is taken when its whole content has the shape of the type (a surname-led Han name or 2-4 Latin
words, a passport number, a valid date). Nothing else in the row is needed: the column says
what the cell is.

A table is the header line and the lines right after it that split into cells with the same
separator; a blank line, a line of prose or the end of the text ends it. The bulk scanner joins
many texts with NUL, so a header never applies across a NUL, and every span is in the
coordinates of the joined text.

Header cells are matched whole (after trimming spaces and quotes): 出生數 or 護照申請件數 name
no personal column. ``*_TABLE_TRIGGER`` are RE2-compatible necessary conditions (a header cell
starting at a cell boundary) for the scanner's prefilters (scan.py).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from typing import ClassVar

import regex

from pipelines.deid import names as lex
from pipelines.deid import regex_cache
from pipelines.deid.identifiers import nhi
from pipelines.deid.recognizers.base import Span, SpanRecognizer
from pipelines.deid.recognizers.other import (
    _CN_DATE,
    _EN_DATE,
    _MONTHS,
    _NUM_DATE,
    BirthDateRecognizer,
)
from pipelines.deid.recognizers.person import _TRANSLIT_NAME

# --- header cells ----------------------------------------------------------------------------
# Spaces are written [ \t] (not \s) so that Python's regex and RE2 agree on every character.
_PERSON_WORDS = (
    r"(?:中文|英文|外文|學生|家長|員工|病患|病人|個案|會員|住戶|申請人|聯絡人|負責人|代表人"
    r"|監護人|受款人|收件人|被保險人|當事人|緊急聯絡人)?姓名"
    r"|名字|全名|申請人|聯絡人|負責人|代表人|用戶名稱|使用者名稱|戶名"
    # role columns of rosters and registers that hold a person's name
    r"|使用人|承租人|受讓人|讓與人|戶長|學員|所有權人|租車人|受訪者|家長|監護人|個案|案主|飼主"
    # heldout49 and 50: tenants' work orders, fraud victims, sign-off columns of hand-outs
    r"|住戶|被害人|受害人|簽名|簽收|簽收人|領取人|乘客|旅客|會員|幼兒|產婦|病人|病患|具狀人"
    # heldout63: any column of who a record is about (被咬者, 購買人, 受檢者): the cells must
    # still be names (a column of firms or yes/no holds none)
    r"|\p{Han}{1,3}[人者]"
    r"|(?i:(?:full|english|applicant|contact|patient|student|client|guest|customer|worker"
    r"|owner|passenger|visitor|member|tenant|driver|caller)[ \t_]?name|name"
    r"|applicant|contact[ \t]person)"
)
# 證件號碼 (a crew or roster's document number) holds passports too; the cell's shape decides.
_PASSPORT_WORDS = (
    r"護照(?:號碼|號|編號)?|證件(?:號碼|號|編號)|證號"
    # a column of IDs or passports (身分證/護照): the passports' cells
    r"|身[分份]證(?:字號|號碼)?/護照(?:號碼)?"
    r"|(?i:passport(?:[ \t]?(?:no|number|num|#)\.?)?)"
    # an ID or a passport, as a passenger list heads the column (ID/PP NO., heldout59)
    r"|(?i:(?:id[ \t]?/[ \t]?)?pp[ \t]?(?:no|number|#)\.?)"
    # a booking export's document column (booking_id,…,nationality,doc_no; heldout63)
    r"|(?i:doc(?:ument)?[ \t_]?(?:no|number|num|#)\.?)"
)
_BIRTH_WORDS = (
    r"出生(?:年月日|日期|年月|日)?|生日"
    r"|(?i:dob|d\.o\.b\.?|date[ \t]of[ \t]birth|birth[ \t]?date|birthday)"
)
_NHI_WORDS = (
    r"健保(?:IC)?(?:卡(?:卡號碼|卡號|號碼|號|編號)?|號碼|號)"
    r"|(?i:nhi(?:[ \t]?(?:ic[ \t]?)?card)?(?:[ \t]?(?:no|number|#)\.?)?)"
)


# Any column label of a table of people: a header spaced by single spaces must be all labels.
_LABEL_WORDS = (
    _PERSON_WORDS + "|" + _PASSPORT_WORDS + "|" + _BIRTH_WORDS + "|" + _NHI_WORDS
    + r"|身[分份]證(?:字號|號碼|統一編號|號)?|統一證號|居留證(?:號碼|號)?|性別|年齡|國籍|關係|稱謂"
    + r"|職稱|(?:聯絡|行動)?電話|手機|(?:戶籍|通訊|居住)?地址|住址|備註|編號|序號|學號|班級|座號"
    + r"|單位|部門|異動|日期|族別|學校|系級|學校系級|年級|成績|學業成績|審查結果|結果|金額|核定金額"
    + r"|類別|項目|狀態|原因|事由|時間|區域|攤位|車號|職業|身分別|戶號|戶長|受損地址"
)  # fmt: skip


def _cell(words: str) -> str:
    """A whole header cell: the word, optionally a second word of the same column (姓名/Name,
    護照號碼 Passport No.) and a note in brackets (出生日期(民國), Name (English))."""
    return (
        r"(?:" + words + r")(?:[ \t]*/?[ \t]*(?:" + words + r"))?"
        r"(?:[ \t]*\([^()\n]{0,20}\))?"
    )


def _trigger(words: str) -> str:
    """A whole header cell between cell boundaries: the start of the text, a newline, a
    separator or a space on either side, spaces and quotes (what cell trimming removes) in
    between. Necessary for a header, in RE2 and in Python's regex alike (no MULTILINE: ^ and $
    are the text's ends)."""
    return r"(?:^|[\n\t|,/; ])[ \t\r\"]*(?:" + _cell(words) + r")[ \t\r\"]*(?:$|[\n\t|,/; ])"


PERSON_TABLE_TRIGGER = _trigger(_PERSON_WORDS)
PASSPORT_TABLE_TRIGGER = _trigger(_PASSPORT_WORDS)
BIRTH_TABLE_TRIGGER = _trigger(_BIRTH_WORDS)
NHI_TABLE_TRIGGER = _trigger(_NHI_WORDS)
_LABEL_CELL = regex_cache.compile(_cell(_LABEL_WORDS))
# A header cell of a table spaced by single spaces: a short word, no digits.
_HEADER_WORD = regex_cache.compile(r"[\p{Han}A-Za-z()/]{1,8}")

_STRIP = " \t\r"
_QUOTED_STRIP = _STRIP + '"'
# (';' is a full-width '；' after NFKC: 姓名；出生日期；健保卡號, heldout64)
_SEPARATORS = ("\t", "|", ",", ";", "  ", " / ", " ")
# Separators whose rows must have the header's number of cells.
_EXACT_WIDTH = (",", ";", "  ", " / ", " ")
_SPACES = regex_cache.compile(r" {2,}")
# Header cells are short labels: a comma line with a long cell is prose (NFKC makes the
# full-width comma of Chinese prose a ',').
_MAX_HEADER_CELL = 24
# A header glued to the sentence before it starts at a label of at most this many characters
# (緊急聯絡人姓名); only where cells are delimited by a character, as CSV and '|' headers are.
_MAX_GLUED_LABEL = 8
_GLUED_SEPARATORS = (",", "|", "\t")

Cells = list[tuple[int, int]]  # (start, end) of each cell's trimmed content, in the line


def _trim(line: str, a: int, b: int, chars: str = _STRIP) -> tuple[int, int]:
    while a < b and line[a] in chars:
        a += 1
    while b > a and line[b - 1] in chars:
        b -= 1
    return a, b


def _split_char(line: str, sep: str) -> Cells:
    out, pos = [], 0
    while True:
        k = line.find(sep, pos)
        if k < 0:
            out.append(_trim(line, pos, len(line), _QUOTED_STRIP))
            return out
        out.append(_trim(line, pos, k, _QUOTED_STRIP))
        pos = k + len(sep)


def _split_spaces(line: str) -> Cells:
    a, b = _trim(line, 0, len(line))
    out, pos = [], a
    for m in _SPACES.finditer(line, a, b):
        out.append(_trim(line, pos, m.start(), _QUOTED_STRIP))
        pos = m.end()
    out.append(_trim(line, pos, b, _QUOTED_STRIP))
    return out


def _split_csv(line: str) -> Cells | None:
    """CSV cells of one line (RFC 4180 quoting: "DELA CRUZ, JOSE", "" inside quotes), checked
    against the ``csv`` module's reading of the line; None when the line is no clean CSV."""
    cells: Cells = []
    n, pos = len(line), 0
    while True:
        a = pos
        while a < n and line[a] in _STRIP:
            a += 1
        if a < n and line[a] == '"':
            k = a + 1
            while True:
                q = line.find('"', k)
                if q < 0:
                    return None  # an unclosed quote (a cell broken over lines)
                if line.startswith('""', q):
                    k = q + 2
                    continue
                break
            cells.append(_trim(line, a + 1, q))
            k = q + 1
            while k < n and line[k] in _STRIP:
                k += 1
            if k == n:
                break
            if line[k] != ",":
                return None
            pos = k + 1
        else:
            k = line.find(",", pos)
            end = n if k < 0 else k
            cells.append(_trim(line, pos, end))
            if k < 0:
                break
            pos = k + 1
    try:
        values = next(csv.reader([line], skipinitialspace=True))
    except (csv.Error, StopIteration):
        return None
    if len(values) != len(cells):
        return None
    return cells


def _split(line: str, sep: str) -> Cells | None:
    if sep == ",":
        return _split_csv(line)
    if sep == "  ":
        return _split_spaces(line)
    return _split_char(line, sep)


def _is_header(line: str, cells: Cells, sep: str) -> bool:
    """Enough cells for a table, and (for commas) short ones: a header, not a sentence."""
    filled = [(a, b) for a, b in cells if b > a]
    if sep == ",":
        return len(cells) >= 3 and all(b - a <= _MAX_HEADER_CELL for a, b in filled)
    if sep == " ":  # words of prose are spaced too: a header is short words, mostly labels
        labels = sum(_LABEL_CELL.fullmatch(line, a, b) is not None for a, b in cells)
        return (
            len(filled) == len(cells) >= 2
            and all(_HEADER_WORD.fullmatch(line, a, b) for a, b in cells)
            and labels * 2 >= len(cells)
        )
    if sep in (" / ", ";"):  # ';' also parts the clauses of prose
        return len(filled) >= 2 and all(b - a <= _MAX_HEADER_CELL for a, b in filled)
    return len(filled) >= 2


def _join_neighbours(
    cells: Cells, width: int, joinable: Callable[[tuple[int, int], tuple[int, int]], bool]
) -> Cells:
    """Merge neighbouring cells that ``joinable`` says belong together, left to right, until
    the row has the header's ``width``."""
    out = list(cells)
    k = 0
    while len(out) > width and k < len(out) - 1:
        if joinable(out[k], out[k + 1]):
            out[k : k + 2] = [(out[k][0], out[k + 1][1])]
        else:
            k += 1
    return out


def _join_thousands(line: str, cells: Cells, width: int) -> Cells:
    """A CSV row written with full-width commas holds amounts with ASCII thousands commas
    (…，新臺幣139,960元), and NFKC made both commas alike: rejoin an amount's head and tail
    (not a date or an ID before a date), until the row has the header's width."""
    return _join_neighbours(
        cells,
        width,
        lambda head, tail: (
            tail[0] == head[1] + 1
            and _THOUSANDS_HEAD.search(line, *head) is not None
            and _THOUSANDS_TAIL.fullmatch(line, *tail) is not None
        ),
    )


def _join_spaced_values(line: str, cells: Cells, width: int) -> Cells:
    """A row of a table spaced by single spaces holds values that the spaces split too: a
    Latin name's words (1 Panay Anu 20180131 …), a number's digit groups (0000 8261 7784,
    a health-insurance card under a full-width-space header) and a date's parts (24 APR 1951):
    rejoin neighbouring Latin words, digit groups or date parts, until the row has the
    header's width."""

    def same_kind(left: tuple[int, int], right: tuple[int, int]) -> bool:
        # (the left cell may be words or groups joined already)
        return _EN_DATE_PART.fullmatch(line, left[0], right[1]) is not None or any(
            run.fullmatch(line, *left) is not None and one.fullmatch(line, *right) is not None
            for run, one in ((_LATIN_RUN_CELL, _LATIN_CELL_WORD), (_DIGIT_RUN, _DIGIT_GROUP))
        )

    return _join_neighbours(cells, width, same_kind)


# An amount's head (1-3 digits ending the cell, after no letter or digit: 新臺幣139, NT$170)
# and its tail (three digits, decimals, then no date or number separator: 960元).
_THOUSANDS_HEAD = regex_cache.compile(r"(?<![0-9A-Za-z])[0-9]{1,3}$")
_THOUSANDS_TAIL = regex_cache.compile(r"[0-9]{3}(?:\.[0-9]+)?[^0-9/.:\-]*")
_DIGIT = regex_cache.compile(r"[0-9]")
_DIGIT_GROUP = regex_cache.compile(r"[0-9]{3,4}")
_DIGIT_RUN = regex_cache.compile(r"[0-9]{3,4}(?: [0-9]{3,4})*")
# Two or three parts of a date with an English month (24 APR, 24 APR 1951, Apr 24, 1951).
_EN_DATE_PART = regex_cache.compile(
    r"(?:[0-9]{1,2}(?:st|nd|rd|th)? (?i:" + _MONTHS + r")\.?,?"
    r"|(?i:" + _MONTHS + r")\.? [0-9]{1,2}(?:st|nd|rd|th)?,?)(?: [0-9]{4})?"
)


def _compatible(cells: Cells, width: int, sep: str, column: int) -> bool:
    """A row of the table: the header's cell count (CSV and space-aligned rows must match it;
    tab and '|' rows may drop trailing cells or add blank ones)."""
    if len(cells) == width:
        return True
    if sep == " " and len(cells) > width and column < width - 1:
        # spaces inside the last cells (a phone 0912 345 678, an address): the columns
        # before the last are still in place (a split earlier gives cells of the wrong shape)
        return True
    if sep in _EXACT_WIDTH or column >= len(cells):
        return False
    return all(b == a for a, b in cells[width:])


def column_cells(text: str, header: regex.Pattern) -> Iterator[tuple[int, int]]:
    """(start, end) in ``text`` of each non-empty cell under a header cell that ``header``
    matches whole, in the tables of ``text`` (NUL-separated texts are tables of their own)."""
    cell = _HEADER_CELLS[header.pattern]
    done = 0  # lines before this offset were read as part of a table already
    line_start = last = 0
    for hit in header.finditer(text):
        # The hit starts at its boundary character (a newline or NUL opens the header line).
        # Search back only to the previous hit: linear in the text, however long its lines.
        at = hit.start() + 1
        back = max(text.rfind("\n", last, at), text.rfind("\x00", last, at))
        if back >= 0:
            line_start = back + 1
        last = at
        if line_start < done:
            continue
        done = yield from _table(text, line_start, cell)


def _glued_label(line: str, cells: Cells) -> Cells:
    """``cells`` from the header pasted right after a sentence, if the line holds one
    (…處方醫師某某。日期,病患姓名,出生日期; …共30粒。日期,…; heldout56): the cells after the last
    one that ends a sentence or is too long for a label, that one cut to the label ending it
    (after its last '。', else its longest label suffix)."""
    last = max(
        (i for i, (a, b) in enumerate(cells) if b - a > _MAX_HEADER_CELL or "。" in line[a:b]),
        default=None,
    )
    if last is None or len(cells) - last < 3:
        return cells
    a, b = cells[last]
    stop = line.rfind("。", a, b)
    if stop >= 0:
        a, b = _trim(line, stop + 1, b, _QUOTED_STRIP)
        if _LABEL_CELL.fullmatch(line, a, b):
            return [(a, b), *cells[last + 1 :]]
    for start in range(max(a, b - _MAX_GLUED_LABEL), b - 1):
        if _LABEL_CELL.fullmatch(line, start, b):
            return [(start, b), *cells[last + 1 :]]
    return cells


def _header_columns(line: str, cell: regex.Pattern) -> tuple[str, Cells, list[int]] | None:
    """The separator, cells and matching columns of ``line`` if it is a header row."""
    for sep in _SEPARATORS:
        if sep not in line:
            continue
        cells = _split(line, sep)
        if cells is not None and sep in _GLUED_SEPARATORS:
            cells = _glued_label(line, cells)
        if cells is None or not _is_header(line, cells, sep):
            continue
        columns = [i for i, (a, b) in enumerate(cells) if cell.fullmatch(line, a, b)]
        if columns:
            return sep, cells, columns
    return None


def _table(text: str, start: int, cell: regex.Pattern) -> Iterator[tuple[int, int]]:
    """Cells under the header line starting at ``start``; returns where the table ended."""
    stop = text.find("\x00", start)  # this text's end (once: a long table stays linear)
    if stop < 0:
        stop = len(text)

    def line_end(start: int) -> int:
        k = text.find("\n", start, stop)
        return stop if k < 0 else k

    end = line_end(start)
    found = _header_columns(text[start:end], cell)
    if found is None:
        return end
    sep, header_cells, columns = found
    width = len(header_cells)
    while end < stop:  # text[end] is a newline
        start = end + 1
        end = line_end(start)
        line = text[start:end]
        if sep not in line:
            return start  # a blank line, prose or another table (read from here) ends it
        cells = _split(line, sep)
        if cells is None:
            continue
        if sep == "  " and len(cells) == width - 1 and line.endswith("  "):
            cells.append((len(line), len(line)))  # aligned spaces, then a blank last cell
        if sep == "," and len(cells) > width:
            cells = _join_thousands(line, cells, width)
        elif sep == " " and len(cells) > width:
            cells = _join_spaced_values(line, cells, width)
        # the header repeated or a new table (a header holds no digits: a row that holds a
        # role word, such as 案主 in a relation column, and a phone number is a row)
        again = None if _DIGIT.search(line) else _header_columns(line, cell)
        if again is not None and again[0] == sep:
            sep, header_cells, columns = again
            width = len(header_cells)
            continue
        for column in columns:
            if _compatible(cells, width, sep, column):
                a, b = cells[column]
                if b > a:
                    yield start + a, start + b
    return end


_HEADER_CELLS: dict[str, regex.Pattern] = {}


def _header_finder(words: str) -> regex.Pattern:
    """The trigger (on the joined text: a NUL also bounds a cell; the right boundary is a
    lookahead, so that the next cell's hit is not consumed), and the whole-cell pattern."""
    rx = _trigger(words).replace(r"[\n\t|,/; ]", r"[\n\x00\t|,/; ]")
    head, _, tail = rx.rpartition(r"[ \t\r\"]*(?:$|")
    finder = regex_cache.compile(head + r"(?=[ \t\r\"]*(?:$|" + tail + ")")
    _HEADER_CELLS[finder.pattern] = regex_cache.compile(_cell(words))
    return finder


_PERSON_HEADER = _header_finder(_PERSON_WORDS)
_PASSPORT_HEADER = _header_finder(_PASSPORT_WORDS)
_BIRTH_HEADER = _header_finder(_BIRTH_WORDS)
_NHI_HEADER = _header_finder(_NHI_WORDS)


# --- cell shapes -----------------------------------------------------------------------------
def _chars(chars: str) -> str:
    return "".join(dict.fromkeys(c for c in chars if not c.isspace()))


# (rare surnames too: the column, or a list's title, is the evidence: 車立人 under 姓名)
_SURNAME = (
    "(?:"
    + "|".join(lex.longest_first(lex.COMPOUND_SURNAMES + lex.JAPANESE_SURNAMES))
    + "|["
    + _chars(lex.SINGLE_SURNAMES + lex.RARE_SURNAMES)
    + "])"
)
# Given-name characters: any Han character except the function words and administrative
# nouns of GIVEN_NAME_STOP (局, 處, 公, 司 ...) that are no frequent name character, and the
# masking circles of already de-identified names (王〇明).
_GIVEN_STOP = "".join(c for c in lex.GIVEN_NAME_STOP if c not in lex.GIVEN_NAME_CHARS) + "〇○"
_GIVEN = r"[^\P{Han}" + regex.escape(_GIVEN_STOP) + "]"
_HAN_NAME = regex_cache.compile(_SURNAME + r" ?" + _GIVEN + "{1,3}")
# In a name column, also a transliterated name without a surname (阿米娜, 蘇特里斯諾, 瓦旦‧馬紹):
# only transliteration characters, since key-value tables read as columns put labels there
# (特徵, 航班, 性別).
_TRANSLIT_CELL = regex_cache.compile(_TRANSLIT_NAME)
# Organisations and titles in a name column (林務局 is stopped by 局 already; these end with
# ordinary name characters): 王品集團, 陳主任, 林科長, 張先生.
_GIVEN_FREQUENT = "[" + regex.escape(lex.GIVEN_NAME_CHARS) + "]"
_NOT_NAME_WORDS = (*lex.NOT_NAMES, *lex.TITLE_WORDS)
_NOT_PERSON = regex_cache.compile(
    r"(?:集團|銀行|協會|學會|醫院|診所|國小|國中|高中|大學|政府|實業|科技|電子|建設|營造"
    r"|[科局處里校院組班隊所課股站館署部市縣鄉鎮村社會廠]長|董事長|執行長|經理|主任|主委|委員"
    r"|議員|老師|教授|醫師|律師|先生|小姐|女士|太太|同學|技士|技正|專員|科員|書記|秘書|助理"
    r"|代表|阿姨|伯伯|夫人|本人)$"
    # a word that is no name starting the cell, but for a two-character one before a single
    # frequent given-name character (黃金, 李子, 洪水 start names in a name column: 李子宇,
    # heldout64; not 宗教師, 陶藝入門)
    r"|^(?:" + "|".join(lex.longest_first(w for w in _NOT_NAME_WORDS if len(w) > 2)) + ")"
    r"|^(?:"
    + "|".join(lex.longest_first(w for w in _NOT_NAME_WORDS if len(w) <= 2))
    + r")(?!"
    + _GIVEN_FREQUENT
    + "$)"
)
_LATIN_WORD = r"(?:[A-Z][a-z]+(?:['-][A-Za-z][a-z]*)*|[A-Z]{2,}(?:['-][A-Z]+)*|[A-Z]\.?)"
_LATIN_RUN = _LATIN_WORD + r"(?: " + _LATIN_WORD + r"){0,2}"  # one to three words
_LATIN_NAME = regex_cache.compile(
    # 2-4 words, or SURNAME, GIVEN (DELA CRUZ, JOSE; Santos, Maria Clara)
    _LATIN_WORD + r"(?: " + _LATIN_WORD + r"){1,3}|" + _LATIN_RUN + ", ?" + _LATIN_RUN
)
_LATIN_WORDS = regex_cache.compile(r"[A-Za-z]+")
_LATIN_CELL_WORD = regex_cache.compile(_LATIN_WORD)
_LATIN_RUN_CELL = regex_cache.compile(_LATIN_WORD + r"(?: " + _LATIN_WORD + r")*")
# One word of four letters or more is a name too in a name column (Indonesians often have
# one: SUNARTI, Budi), unless it is a form word (None, Unknown).
_ONE_LATIN_NAME = regex_cache.compile(r"[A-Z][a-z]{3,}|[A-Z]{4,}")
# ... nor the label of a key-value line read as a row (個案姓名 某某⏎DOB 06/07/1980)
_FORM_WORDS = frozenset(
    ("dob", "date", "male", "female", "phone", "mobile", "email", "mail", "address", "passport",
     "nationality", "remark", "remarks", "note", "notes", "total", "name", "gender", "flight",
     "seat", "sex", "age", "status", "signature", "amount", "visa", "purpose", "occupation")
)  # fmt: skip
_NOT_LATIN_NAME = frozenset(w.lower() for w in lex.LATIN_NOT_NAME_WORDS) | {
    "not", "none", "null", "unknown", "yes", "no", "na", "tbd", "test", "sample", "example",
    "other", "others", "various", "anonymous", "of", "subtotal", "sum", "average",
}  # fmt: skip


def is_name_cell(cell: str) -> bool:
    """A Han name led by a known surname (2-4 characters, one space allowed after the
    surname) or of 2-8 transliteration characters, or 1-4 capitalised Latin words / SURNAME,
    GIVEN, none of them a place, organisation or form word."""
    if _HAN_NAME.fullmatch(cell):
        return _NOT_PERSON.search(cell.replace(" ", "")) is None
    if _TRANSLIT_CELL.fullmatch(cell):
        return _NOT_PERSON.search(cell) is None
    if _LATIN_NAME.fullmatch(cell):
        words = _LATIN_WORDS.findall(cell)
        return max(map(len, words)) >= 2 and not any(w.lower() in _NOT_LATIN_NAME for w in words)
    if _ONE_LATIN_NAME.fullmatch(cell):
        return cell.lower() not in _NOT_LATIN_NAME and cell.lower() not in _FORM_WORDS
    return False


_PASSPORT = regex_cache.compile(r"[A-Z]{1,2}[0-9]{6,9}[A-Z]?|[0-9]{9}")


def is_passport_cell(cell: str) -> bool:
    """1-2 letters, 6-9 digits and perhaps a check letter (P1053417D), or 9 digits (TW)."""
    return _PASSPORT.fullmatch(cell) is not None


_DATE_CELL = regex_cache.compile(_NUM_DATE + "|" + _CN_DATE + "|" + _EN_DATE)
_DATE_CHECK = BirthDateRecognizer()


def is_birth_date_cell(cell: str) -> bool:
    """A whole date (ROC or Gregorian, numerals, Chinese numerals or an English month) that
    :meth:`BirthDateRecognizer.validate_result` accepts."""
    return _DATE_CELL.fullmatch(cell) is not None and bool(_DATE_CHECK.validate_result(cell))


def is_nhi_cell(cell: str) -> bool:
    """Twelve digits, grouped 4-4-4 or not (0000 1234 5678, 0000-1234-5678)."""
    return _NHI_CELL.fullmatch(cell) is not None and nhi.is_valid(cell)


_NHI_CELL = regex_cache.compile(r"[0-9]{4}([- ]?)[0-9]{4}\1[0-9]{4}")


def birth_date_column_spans(text: str) -> list[tuple[int, int]]:
    """Dates standing alone in the cell under a birth-date header of a table in ``text``."""
    return [(s, e) for s, e in column_cells(text, _BIRTH_HEADER) if is_birth_date_cell(text[s:e])]


# --- recognizers -----------------------------------------------------------------------------
class _ColumnRecognizer(SpanRecognizer):
    """Cells of one personal-data column type; the header is the evidence, the cell's shape
    the check."""

    METHOD = "table header"
    HEADER: ClassVar[regex.Pattern]
    ACCEPT: ClassVar[Callable[[str], bool]]

    def find_normalized(self, text: str) -> list[Span]:
        """Spans of the accepted cells of this column type in ``text`` (NFKC)."""
        accept = type(self).ACCEPT
        return [(s, e, self.SCORE) for s, e in column_cells(text, self.HEADER) if accept(text[s:e])]


class NameColumnRecognizer(_ColumnRecognizer):
    """Names in the 姓名 / Name / 申請人 column of a table: a surname-led Han name or Latin
    words (NGUYEN VAN HUNG, "DELA CRUZ, JOSE"); organisations and titles are refused."""

    ENTITY = "PERSON"
    SCORE = 0.7
    HEADER = _PERSON_HEADER
    ACCEPT = staticmethod(is_name_cell)


class PassportColumnRecognizer(_ColumnRecognizer):
    """Passport numbers in the 護照號碼 / Passport No. column of a table."""

    ENTITY = "PASSPORT"
    SCORE = 0.85
    HEADER = _PASSPORT_HEADER
    ACCEPT = staticmethod(is_passport_cell)


class BirthDateColumnRecognizer(_ColumnRecognizer):
    """Birth dates in the 出生日期 / 生日 / DOB column of a table: the cell must hold a valid
    date and nothing else."""

    ENTITY = "BIRTH_DATE"
    SCORE = 0.85
    HEADER = _BIRTH_HEADER
    ACCEPT = staticmethod(is_birth_date_cell)


class NhiColumnRecognizer(_ColumnRecognizer):
    """Health-insurance card numbers in the 健保卡號 / NHI No. column of a table."""

    ENTITY = "TW_NHI_CARD"
    SCORE = 0.85
    HEADER = _NHI_HEADER
    ACCEPT = staticmethod(is_nhi_cell)


# --- titled lists ----------------------------------------------------------------------------
# A list of people under a title instead of a header row: 補助核定名單（節錄）, then lines of a
# name and an amount (王某某　61,000元); a post office's 招領簿, then lines of a tracking number,
# a name and who collected (CP449427123TW　王某某　代領); 通譯名冊（印尼語）：某某，居留證…
# The title is the evidence; a row's first word (after its numbers) is taken when it is a whole
# cell of a name's shape and the row holds a digit (an amount, a number: a row of data, not
# prose). Rows run to a blank line or the text's end, at most _LIST_ROWS lines.
# Titles of lists of people only: a 清冊 or 登記簿 may list goods (物資清冊: 白米, 毛巾).
# (and a temple's register of donors: 添油香芳名錄, heldout59)
_LIST_WORDS = r"名單|名冊|簽名簿|簽到[簿表]|簽收[簿表]|招領簿|芳名錄"
LIST_TITLE_TRIGGER = _LIST_WORDS
_LIST_TITLE = regex_cache.compile(
    # the title word, a note in brackets, and on the same line either nothing much more (a
    # date, a place) or a colon and the first entries
    r"(?:" + _LIST_WORDS + r")(?:\([^\n\x00()]{0,12}\))?"
    r"(?:[ \t]*:(?P<inline>[^\n\x00]*)|[^\n\x00:。]{0,24}(?=[\n\x00]|$))"
)
_LIST_ROWS = 60
# A row's leading cells before the name: numbers, codes and list marks (3., (2), 592563,
# CP449427123TW, No.5).
_ROW_LEAD = regex_cache.compile(
    r"[ \t|]*(?:(?:[0-9A-Z][0-9A-Z.-]*[0-9][0-9A-Z.-]*|\(?[0-9]{1,3}[.)、]|No\.?[0-9]+)[ \t|]+)*"
)
# The first word: a Han run (interpuncts inside) or a run of Latin words; it must be a whole
# cell, ended by a cell separator or the entry's end.
_ROW_WORD = regex_cache.compile(
    r"(?:[\p{Han}][\p{Han}·‧・•∙]{1,11}|[A-Za-z][A-Za-z.'-]*(?: [A-Za-z][A-Za-z.'-]*){0,3})"
    r"(?=[ \t|,、;:(]|$)"
)
_ENTRY_SPLIT = regex_cache.compile(r"[,、;](?![0-9]{3})")


def titled_list_names(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the names leading the rows of the titled lists in ``text``."""
    for _, name, _ in _titled_list_rows(text):
        yield name


def _titled_list_rows(
    text: str, is_name: Callable[[str], bool] = is_name_cell
) -> Iterator[tuple[regex.Match, tuple[int, int], int]]:
    """Per row of a titled list whose first word ``is_name``: the title, the name's span and
    the entry's end."""
    for title in _LIST_TITLE.finditer(text):
        stop = text.find("\x00", title.end())
        if stop < 0:
            stop = len(text)
        entries: list[tuple[int, int]] = []
        if title.group("inline") is not None:
            a, b = title.span("inline")
            last = a
            for split in _ENTRY_SPLIT.finditer(text, a, b):
                entries.append((last, split.start()))
                last = split.end()
            entries.append((last, b))
            if not _DIGIT.search(text, a, b):
                entries = []
        start = title.end()
        for _ in range(_LIST_ROWS):
            if start >= stop or text[start] != "\n":
                break
            start += 1
            end = text.find("\n", start, stop)
            end = stop if end < 0 else end
            if not text[start:end].strip():
                break  # a blank line ends the list
            if _DIGIT.search(text, start, end):
                entries.append((start, end))
            start = end
        for a, b in entries:
            lead = _ROW_LEAD.match(text, a, b)  # always matches (every part is optional)
            word = _ROW_WORD.match(text, lead.end() if lead else a, b)
            if word is not None and is_name(word.group()):
                yield title, word.span(), b


# A list of people of an age (elders, children): the date after each one's name is their
# birth date (據點族人長輩名單 / Sayun Kusin　33/11/6　(089)…; heldout57). The category is said on
# the title's line, before the list's word (…幼兒園 114學年度 5歲班 備取名單).
_AGED_LIST = regex_cache.compile(r"長輩|長者|耆老|老人|族人|幼兒|兒童|學童|新生兒|寶寶|嬰兒")
# (after the name's romanisation too: 伊苞‧哈勇 / Ipay Hayung, 瓦歷斯‧瓦旦（Walis Watan）)
_AFTER_NAME = regex_cache.compile(
    r"(?:[ \t]*(?:[/,][ \t]*[A-Za-z][A-Za-z' -]{1,40}?|\([^()\n\x00]{1,30}\)))?"
    r"[ \t|,、]+(?P<date>[0-9民西〇○一二三四五六七八九][^ \t|,、()\n\x00]{4,15})"
    r"(?=[ \t|,、(\n\x00]|$)"
)


_INTERPUNCT_NAME = regex_cache.compile(r"\p{Han}{1,8}[·‧・•∙]\p{Han}{1,8}")


def _is_person_word(word: str) -> bool:
    """A name cell, or an Indigenous name with its interpunct (伊苞‧哈勇): the list's title and
    the date after it are the evidence here."""
    return is_name_cell(word) or _INTERPUNCT_NAME.fullmatch(word) is not None


def _is_aged_list(text: str, title: regex.Match) -> bool:
    """Whether the title's line names people of an age before the list's word."""
    line_start = max(text.rfind("\n", 0, title.start()), text.rfind("\x00", 0, title.start()))
    return _AGED_LIST.search(text, line_start + 1, title.start()) is not None


def titled_list_birth_dates(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the dates right after the names of a list of elders or children."""
    aged: dict[int, bool] = {}  # per title (its rows come one after another)
    for title, (_, name_end), row_end in _titled_list_rows(text, _is_person_word):
        if title.start() not in aged:
            aged[title.start()] = _is_aged_list(text, title)
        if not aged[title.start()]:
            continue
        after = _AFTER_NAME.match(text, name_end, row_end)
        if after is not None and is_birth_date_cell(after.group("date")):
            yield after.span("date")


class TitledListBirthDateRecognizer(SpanRecognizer):
    """Birth dates after the names of a titled list of elders or children: see
    :func:`titled_list_birth_dates`."""

    ENTITY = "BIRTH_DATE"
    SCORE = 0.85
    METHOD = "titled list of elders or children"

    def find_normalized(self, text: str) -> list[Span]:
        return [(s, e, self.SCORE) for s, e in titled_list_birth_dates(text)]


class TitledListNameRecognizer(SpanRecognizer):
    """Names leading the rows of a list under a title (名單, 名冊, 簽到表, 招領簿 …): see
    :func:`titled_list_names`."""

    ENTITY = "PERSON"
    SCORE = 0.7
    METHOD = "titled list"

    def find_normalized(self, text: str) -> list[Span]:
        return [(s, e, self.SCORE) for s, e in titled_list_names(text)]


# --- a person's record number, then the name --------------------------------------------------
# A log of requests lists each by the requester's record number (a hospital chart's, a member's,
# a student's), then the name in the next comma-separated field: 病歷號4296852，某某，本人申請.
_RECORD_LABEL = r"病歷(?:號碼|編號|號)|會員(?:編號|號碼|號)|學號|員工(?:編號|號碼)|工號|床號|住院號"
RECORD_NUMBER_TRIGGER = r"(?:" + _RECORD_LABEL + r"):?[ \t]?[A-Za-z0-9-]{3,20}[ \t]?,"
_RECORD_ROW = regex_cache.compile(
    RECORD_NUMBER_TRIGGER + r"[ \t]?(?P<name>[^,\n\x00()]{2,40}?)[ \t]?(?=[,(\n\x00]|$)"
)


class NameAfterRecordNumberRecognizer(SpanRecognizer):
    """The field after a person's record number, when it has a name's shape (see
    :func:`is_name_cell`): 病歷號4296852，PHAM VAN DUNG，本人申請."""

    ENTITY = "PERSON"
    SCORE = 0.7
    METHOD = "record number"

    def find_normalized(self, text: str) -> list[Span]:
        return [
            (*row.span("name"), self.SCORE)
            for row in _RECORD_ROW.finditer(text)
            if is_name_cell(row.group("name"))
        ]
