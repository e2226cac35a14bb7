"""Held-out labelled set "heldout14": agency free text written independently of the scanner.

Why a separate set: detection quality measured on the sets the recognizers were tuned on is
optimistic. This module was written without reading the scanner, its recognizers or the other
evaluation sets, so its first measurement is an honest held-out figure. The genres, wording and
name lists here are its own; do not tune the scanner on it and then quote it as held-out.

Texts are built with :class:`_Doc`, which appends pieces and records gold spans as it goes, so
offsets are exact by construction. Every sample is checked by :func:`find_unlabelled` and
regenerated when a valid identifier, e-mail, plausible phone, Luhn card, 12-digit number or
known name of three or more characters appears outside the gold spans (hard negatives have no
spans, so they must contain none at all).
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, nhi, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

__all__ = ["find_unlabelled", "generate_heldout14", "normalise_width"]

_HARD_NEGATIVE_RATE = 0.25
_FULL_WIDTH_RATE = 0.12
_KNOWN_RATE = 0.5

# ---------------------------------------------------------------------------------------------
# Name material (this module's own lists).
# ---------------------------------------------------------------------------------------------
_SURNAMES = list(
    "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙"
    "顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董唐藍石蔣古紀姚連馮歐程湯康姜白汪鄒尤巫涂龔嚴韓"
    "袁童陸夏柳邵錢倪溫譚駱熊任甘秦顧毛章史官萬俞雷粘"
)
_COMPOUND_SURNAMES = ["歐陽", "張簡", "范姜", "張廖", "司徒", "諸葛", "上官", "周黃", "簡陳"]
_GIVEN_CHARS = list(
    "美玲怡君淑芬雅婷志明家豪俊宏佩珊宗翰冠宇承恩柏均欣妤詠晴涵品妍育誠秀英麗珠春嬌鳳雄添財"
    "榮輝振惠琬瑜筱薇郁蓁思穎彥廷哲維浩瑋昱凱鈞彬慧萍嘉綺宜蓉亭瑩祐澤睿翔琪霖蕙菁綸璇筠皓楷"
)
_INDIGENOUS_SYLLABLES = list("瓦歷斯尤幹比令亞布達娃伊萬紹拉娜巴奈撒古流莎都蘭帕蘇給索克魯依")
_INDIGENOUS_GIVEN = [
    "Lahok", "Sawmah", "Panay", "Kacaw", "Umav", "Biung", "Lifok", "Namoh", "Ising",
    "Sayun", "Tadaw", "Yapit", "Walis", "Pilay", "Buya", "Haisul", "Dremedreman", "Ipay",
]  # fmt: skip
_INDIGENOUS_FAMILY = [
    "Dongi", "Ciwidian", "Takiludun", "Istanda", "Palalavi", "Tiyo", "Nawmi", "Pasuya",
    "Yuhaw", "Tanapima", "Lalaulan", "Sumi", "Kalitang", "Mayaw",
]  # fmt: skip
_VN_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]
_VN_MIDDLE = ["Thị", "Văn", "Thanh", "Ngọc", "Minh", "Hữu", "Kim"]
_VN_GIVEN = [
    "Lan", "Hương", "Hoa", "Mai", "Tuấn", "Dũng", "Hùng", "Thảo", "Linh", "Trang",
    "Phương", "Yến", "Nhung", "Hạnh", "Quang", "Sơn", "Thúy", "Diệp",
]  # fmt: skip
_VN_HAN_FAMILY = ["阮", "陳", "黎", "范", "黃", "裴", "吳", "鄧"]
_VN_HAN_MIDDLE = ["氏", "文", "清", "玉"]
_VN_HAN_GIVEN = list("蘭香花梅俊勇雄草玲妝芳燕絨幸秋翠")
_ID_FIRST = [
    "Siti", "Sri", "Dewi", "Nur", "Rina", "Wati", "Ayu", "Putri", "Yuli", "Eka",
    "Indah", "Ratna", "Budi", "Agus", "Slamet", "Lestiani", "Fitri", "Kurniasih",
]  # fmt: skip
_ID_LAST = [
    "Rahayu", "Lestari", "Wulandari", "Handayani", "Susanti", "Kusuma", "Pratiwi",
    "Santoso", "Hidayat", "Setiawan", "Maryati", "Purnomo",
]  # fmt: skip
_ID_HAN = list("絲蒂麗娜雅尤妮蘇珊達薇哈亞莉塔瑪")
_PH_FIRST = ["Maria", "Ana", "Rosalie", "Jennifer", "Joy", "Mark", "John", "Ramon", "Cristina"]
_PH_LAST = ["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Villanueva", "Aquino"]
_TH_FIRST = ["Somchai", "Suda", "Malee", "Niran", "Kanya", "Prasert", "Wanida"]
_TH_LAST = ["Srisuk", "Wongsa", "Kaewmanee", "Boonmee", "Chaiyaporn", "Thongdee"]
_TW_ROMAN_FAMILY = ["Chen", "Lin", "Huang", "Chang", "Lee", "Wang", "Wu", "Liu", "Tsai", "Hsu"]
_TW_ROMAN_SYLL = [
    "Mei", "Ling", "Ya", "Ting", "Chih", "Hao", "Yu", "Chun", "Hsin", "Wei", "Chia",
    "Hui", "Pei", "Shan", "Tzu", "Han", "Yi", "Jen", "Po", "Kai", "Tsung", "Hsuan",
]  # fmt: skip
_NICK_PREFIX = ["阿", "小"]


_NAME_KINDS = ["han", "han1", "indigenous", "latin", "other", "romanised"]


def _strip_diacritics(text: str) -> str:
    """Vietnamese names are often typed without tone marks (and đ as d) on Taiwanese forms."""
    text = text.replace("Đ", "D").replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _han_given(rng: random.Random, length: int) -> str:
    """Random given-name characters without repeats (repeats read like nicknames)."""
    return "".join(rng.sample(_GIVEN_CHARS, length))


def _make_name(rng: random.Random) -> tuple[str, str]:
    """Return (name, kind); kind tells mention styles apart (spacing applies to Han only).

    Kinds: ``han`` (Han, two-character given name, compound or married), ``han1``
    (single-character given name), ``indigenous``, ``latin`` / ``other`` (migrant workers and
    foreign spouses in Latin script / Han transliteration) and ``romanised`` (Taiwanese).
    """
    r = rng.random()
    if r < 0.55:
        return rng.choice(_SURNAMES) + _han_given(rng, 2), "han"
    if r < 0.63:
        return rng.choice(_SURNAMES) + _han_given(rng, 1), "han1"
    if r < 0.69:
        return rng.choice(_COMPOUND_SURNAMES) + _han_given(rng, rng.choice([1, 2])), "han"
    if r < 0.75:
        husband, own = rng.sample(_SURNAMES, 2)
        return husband + own + _han_given(rng, 2), "han"
    if r < 0.79:
        sep = rng.choice(["·", "‧", "．"])
        first = "".join(rng.choices(_INDIGENOUS_SYLLABLES, k=rng.choice([2, 3])))
        last = "".join(rng.choices(_INDIGENOUS_SYLLABLES, k=rng.choice([2, 3])))
        return first + sep + last, "indigenous"
    if r < 0.82:
        return f"{rng.choice(_INDIGENOUS_GIVEN)} {rng.choice(_INDIGENOUS_FAMILY)}", "indigenous"
    if r < 0.87:
        name = f"{rng.choice(_VN_FAMILY)} {rng.choice(_VN_MIDDLE)} {rng.choice(_VN_GIVEN)}"
        if rng.random() < 0.5:
            name = _strip_diacritics(name)
        if rng.random() < 0.3:
            name = name.upper()
        return name, "latin"
    if r < 0.90:
        given = rng.choice(_VN_HAN_GIVEN)
        return rng.choice(_VN_HAN_FAMILY) + rng.choice(_VN_HAN_MIDDLE) + given, "other"
    if r < 0.93:
        if rng.random() < 0.3:
            return rng.choice(_ID_FIRST) + " " + rng.choice(_ID_FIRST), "latin"
        return f"{rng.choice(_ID_FIRST)} {rng.choice(_ID_LAST)}", "latin"
    if r < 0.95:
        first = "".join(rng.sample(_ID_HAN, rng.choice([2, 3])))
        last = "".join(rng.sample(_ID_HAN, 3))
        return first + rng.choice(["·", "‧"]) + last, "other"
    if r < 0.97:
        if rng.random() < 0.5:
            return f"{rng.choice(_PH_FIRST)} {rng.choice(_PH_LAST)}", "latin"
        return f"{rng.choice(_TH_FIRST)} {rng.choice(_TH_LAST)}", "latin"
    fam = rng.choice(_TW_ROMAN_FAMILY)
    given = "-".join(rng.sample(_TW_ROMAN_SYLL, 2))
    given = given[0] + given[1:].lower() if rng.random() < 0.5 else given
    style = rng.random()
    if style < 0.4:
        return f"{fam} {given}", "romanised"
    if style < 0.7:
        return f"{given} {fam}", "romanised"
    return f"{fam.upper()}, {given.upper()}", "romanised"


# ---------------------------------------------------------------------------------------------
# Identifier values.
# ---------------------------------------------------------------------------------------------
def _full_width(text: str) -> str:
    """ASCII letters, digits and common punctuation → full-width forms (as some agencies type)."""
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


def normalise_width(text: str) -> str:
    """Per-character NFKC that keeps offsets (characters NFKC would expand are left as is)."""
    out = []
    for ch in text:
        norm = unicodedata.normalize("NFKC", ch)
        out.append(norm if len(norm) == 1 else ch)
    return "".join(out)


def _digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choices("0123456789", k=k))


def _national_id(rng: random.Random) -> str:
    letter = rng.choice(sorted(LETTER_CODES))
    body = rng.choice("12") + _digits(rng, 7)
    return letter + body + id_check_digit(letter, body)


def _resident_cert(rng: random.Random) -> str:
    letter = rng.choice(sorted(LETTER_CODES))
    if rng.random() < 0.6:
        body = rng.choice("89") + _digits(rng, 7)
        return letter + body + id_check_digit(letter, body)
    second = rng.choice("ABCD")
    body = str(LETTER_CODES[second] % 10) + _digits(rng, 7)
    return letter + second + body[1:] + id_check_digit(letter, body)


_LANDLINE_AREAS = [
    ("02", 8, "2345678"), ("03", 7, "2345689"), ("037", 6, "23456"), ("04", 8, "2"),
    ("04", 7, "78"), ("049", 7, "2"), ("05", 7, "2356"), ("06", 7, "2356"),
    ("07", 7, "235678"), ("08", 7, "7"), ("089", 6, "3"), ("082", 6, "3"),
]  # fmt: skip


def _phone(rng: random.Random) -> str:
    """A phone number as people type it; retried until it is at least plausible."""
    while True:
        if rng.random() < 0.6:
            rest = rng.choice("1234567") + _digits(rng, 7)
            style = rng.randrange(6)
            if style == 0:
                value = f"09{rest[:2]}-{rest[2:5]}-{rest[5:]}"
            elif style == 1:
                value = f"09{rest}"
            elif style == 2:
                value = f"09{rest[:2]} {rest[2:5]} {rest[5:]}"
            elif style == 3:
                value = f"+886-9{rest[:2]}-{rest[2:5]}-{rest[5:]}"
            elif style == 4:
                value = f"+886 9{rest[:2]}{rest[2:]}"
            else:
                value = f"09{rest[:2]}-{rest[2:]}"
        else:
            area, length, first = rng.choice(_LANDLINE_AREAS)
            local = rng.choice(first) + _digits(rng, length - 1)
            cut = len(local) - 4
            style = rng.randrange(4)
            if style == 0:
                value = f"({area}){local[:cut]}-{local[cut:]}"
            elif style == 1:
                value = f"{area}-{local}"
            elif style == 2:
                value = f"{area}-{local[:cut]}-{local[cut:]}"
            else:
                value = f"{area} {local}"
        if phone.is_plausible(value):
            return value


def _nhi(rng: random.Random) -> str:
    value = "0000" + _digits(rng, 8) if rng.random() < 0.5 else _digits(rng, 12)
    if rng.random() < 0.5:
        return nhi.format(value)
    return value


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + _digits(rng, length - len(prefix) - 1)
    for d in "0123456789":
        if creditcard.luhn_ok(body + d):
            return body + d
    raise AssertionError("unreachable")


def _card(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.15:
        number = _luhn_complete(rng.choice(["34", "37"]), 15, rng)
        groups = [number[:4], number[4:10], number[10:]]
    else:
        prefix = rng.choice(["4", "4", "51", "53", "55", "35", "62"])
        number = _luhn_complete(prefix, 16, rng)
        groups = [number[i : i + 4] for i in range(0, 16, 4)]
    sep = rng.choice([" ", "-", ""])
    return sep.join(groups)


def _passport(rng: random.Random, foreign: bool) -> str:
    if not foreign:
        return "3" + _digits(rng, 8)
    style = rng.randrange(4)
    if style == 0:
        return rng.choice("BC") + _digits(rng, 7)  # Indonesian / Vietnamese style
    if style == 1:
        return "P" + _digits(rng, 7) + rng.choice("ABC")  # Philippine style
    if style == 2:
        return rng.choice(["AA", "AB"]) + _digits(rng, 7)  # Thai style
    return rng.choice("NK") + _digits(rng, 7)


_CN_NUM = "〇一二三四五六七八九"


def _birth_date(rng: random.Random) -> str:
    year = rng.randint(1938, 2016)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    roc = year - 1911
    style = rng.randrange(7)
    if style == 0:
        return f"民國{roc}年{month}月{day}日"
    if style == 1:
        return f"{roc}年{month}月{day}日"
    if style == 2:
        return f"{roc:03d}/{month:02d}/{day:02d}"
    if style == 3:
        return f"{year}-{month:02d}-{day:02d}"
    if style == 4:
        return f"{year}/{month}/{day}"
    if style == 5:
        return f"{year}年{month}月{day}日"
    return f"{roc}.{month:02d}.{day:02d}"


_CITIES = {
    "臺北市": ["中正區", "大安區", "信義區", "士林區", "文山區", "內湖區"],
    "台北市": ["萬華區", "松山區", "北投區"],
    "新北市": ["板橋區", "三重區", "中和區", "新莊區", "淡水區", "樹林區"],
    "桃園市": ["桃園區", "中壢區", "龜山區", "八德區"],
    "臺中市": ["西屯區", "北屯區", "豐原區", "大里區", "太平區"],
    "台中市": ["南屯區", "沙鹿區"],
    "臺南市": ["東區", "永康區", "新營區", "安南區"],
    "高雄市": ["三民區", "苓雅區", "鳳山區", "左營區", "楠梓區"],
    "新竹縣": ["竹北市", "湖口鄉"],
    "彰化縣": ["彰化市", "員林市", "鹿港鎮"],
    "南投縣": ["埔里鎮", "草屯鎮"],
    "雲林縣": ["斗六市", "虎尾鎮"],
    "嘉義縣": ["民雄鄉", "太保市"],
    "屏東縣": ["屏東市", "潮州鎮"],
    "宜蘭縣": ["羅東鎮", "宜蘭市"],
    "花蓮縣": ["花蓮市", "吉安鄉"],
    "臺東縣": ["臺東市", "卑南鄉"],
}
_ROADS = [
    "中山路", "中正路", "民生路", "建國路", "復興路", "光復路", "和平東路", "自由路", "成功路",
    "公園路", "文化路", "民族路", "三民路", "忠孝東路", "仁愛路", "博愛街", "信義路", "永福街",
    "大同路", "福德街", "林森北路", "中華路", "勝利路", "民權西路",
]  # fmt: skip


def _address(rng: random.Random) -> str:
    city = rng.choice(list(_CITIES))
    parts = [city if rng.random() < 0.85 else "", rng.choice(_CITIES[city])]
    if rng.random() < 0.2:
        parts.append(rng.choice(["中興", "福安", "仁德", "平和", "東勢"]) + rng.choice("里村"))
        parts.append(f"{rng.randint(1, 30)}鄰")
    parts.append(rng.choice(_ROADS))
    if rng.random() < 0.4:
        parts.append(rng.choice("一二三四五") + "段")
    if rng.random() < 0.45:
        parts.append(f"{rng.randint(1, 600)}巷")
        if rng.random() < 0.4:
            parts.append(f"{rng.randint(1, 40)}弄")
    number = f"{rng.randint(1, 400)}"
    if rng.random() < 0.15:
        number += f"之{rng.randint(1, 9)}"
    parts.append(number + "號")
    floor = rng.random()
    if floor < 0.3:
        parts.append(f"{rng.randint(2, 22)}樓")
    elif floor < 0.4:
        parts.append(f"{rng.randint(2, 15)}樓之{rng.randint(1, 12)}")
    elif floor < 0.5:
        parts.append(_CN_NUM[rng.randint(2, 9)] + "樓")
    return "".join(parts)


_EMAIL_WORDS = [
    "sunny", "mei", "kevin", "amy", "tiger", "lulu", "jason", "ivy", "happy", "star", "momo",
    "chen", "lin", "wang", "huang", "ting", "yuchen", "peggy", "a-hua", "rice", "bluesky",
]  # fmt: skip
_EMAIL_DOMAINS = ["gmail.com", "yahoo.com.tw", "hotmail.com", "msa.hinet.net", "outlook.com"]


def _email(rng: random.Random) -> str:
    local = rng.choice(_EMAIL_WORDS)
    style = rng.randrange(3)
    if style == 0:
        local += str(rng.randint(1, 2025))
    elif style == 1:
        local += rng.choice([".", "_"]) + rng.choice(_EMAIL_WORDS)
    else:
        local += rng.choice(_EMAIL_WORDS) + str(rng.randint(10, 99))
    return f"{local}@{rng.choice(_EMAIL_DOMAINS)}"


def _ban(rng: random.Random) -> str:
    """A valid business number that cannot be mistaken for a phone number."""
    while True:
        value = "1" + _digits(rng, 7)
        if ban.is_valid(value) and not phone.is_plausible(value):
            return value


# ---------------------------------------------------------------------------------------------
# Document builder and context.
# ---------------------------------------------------------------------------------------------
class _Doc:
    """Appends text pieces and records gold spans at the offsets they land on."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []

    def add(self, text: str) -> _Doc:
        self.parts.append(text)
        self.length += len(text)
        return self

    def ent(self, text: str, label: str, known: bool | None = None) -> _Doc:
        if text != text.strip():
            raise ValueError("entity text must not start or end with whitespace")
        start = self.length
        self.add(text)
        self.spans.append((start, self.length, label))
        if label == "PERSON":
            self.known.append(bool(known))
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)


class _Ctx:
    """Per-sample random choices shared by the genre writers (names, values, cues)."""

    def __init__(self, rng: random.Random, known: list[tuple[str, str]], known_set: set[str]):
        self.rng = rng
        self.known = known
        self.known_set = known_set

    # -- names ------------------------------------------------------------------------------
    def _pick_name(self, foreign: bool = False) -> tuple[str, str, bool]:
        """A known or unknown name; ``foreign`` keeps to non-Han-Taiwanese kinds of names."""
        rng = self.rng
        kinds = {"latin", "other"} if foreign else set(_NAME_KINDS)
        if rng.random() < _KNOWN_RATE:
            while True:
                name, kind = rng.choice(self.known)
                if kind in kinds:
                    return name, kind, True
        while True:
            name, kind = _make_name(rng)
            if kind not in kinds or name in self.known_set:
                continue
            if name.replace(" ", "") not in self.known_set:
                return name, kind, False

    def person(self, d: _Doc, allow_spacing: bool = True, foreign: bool = False) -> str:
        """Append one PERSON mention and return its surface form."""
        name, kind, known = self._pick_name(foreign)
        if allow_spacing and kind == "han" and self.rng.random() < 0.1:
            split_surname = len(name) == 3 and self.rng.random() < 0.5
            name = name[0] + " " + name[1:] if split_surname else " ".join(name)
        d.ent(name, "PERSON", known)
        return name

    def person_with_nick(self, d: _Doc) -> None:
        """A nickname next to the full name; only the full name is labelled."""
        name, kind, known = self._pick_name()
        nick = self.rng.choice(_NICK_PREFIX) + name[-1] if kind.startswith("han") else None
        if nick is None:
            nick = name.split()[0] if " " in name else "阿" + name[0]
        if self.rng.random() < 0.5:
            d.add(nick + "（").ent(name, "PERSON", known).add("）")
        else:
            d.ent(name, "PERSON", known).add(f"（大家都叫{self.rng.choice(['他', '她'])}{nick}）")

    # -- values -----------------------------------------------------------------------------
    def _width(self, value: str) -> str:
        return _full_width(value) if self.rng.random() < _FULL_WIDTH_RATE else value

    def phone(self, d: _Doc) -> None:
        d.ent(self._width(_phone(self.rng)), "PHONE")

    def email(self, d: _Doc) -> None:
        d.ent(_email(self.rng), "EMAIL")

    def address(self, d: _Doc) -> None:
        d.ent(self._width(_address(self.rng)), "ADDRESS")

    def twid(self, d: _Doc) -> None:
        value = _national_id(self.rng)
        d.ent(self._width(value.lower() if self.rng.random() < 0.05 else value), "TW_NATIONAL_ID")

    def arc(self, d: _Doc) -> None:
        d.ent(self._width(_resident_cert(self.rng)), "TW_RESIDENT_CERT")

    def nhi(self, d: _Doc) -> None:
        d.ent(self._width(_nhi(self.rng)), "TW_NHI_CARD")

    def passport(self, d: _Doc, foreign: bool = False) -> None:
        d.ent(self._width(_passport(self.rng, foreign)), "PASSPORT")

    def card(self, d: _Doc) -> None:
        d.ent(self._width(_card(self.rng)), "CREDIT_CARD")

    def birth(self, d: _Doc) -> None:
        d.ent(self._width(_birth_date(self.rng)), "BIRTH_DATE")

    # -- cued fragments ---------------------------------------------------------------------
    def cue_phone(self, d: _Doc) -> None:
        d.add(self.rng.choice(["電話：", "手機 ", "聯絡電話:", "tel ", "請回電", "電話是"]))
        self.phone(d)

    def cue_birth(self, d: _Doc) -> None:
        style = self.rng.randrange(4)
        if style == 0:
            d.add("生日：")
            self.birth(d)
        elif style == 1:
            d.add("出生日期 ")
            self.birth(d)
        elif style == 2:
            d.add("（")
            self.birth(d)
            d.add("生）")
        else:
            d.add("，")
            self.birth(d)
            d.add("出生")

    def cue_id(self, d: _Doc) -> None:
        d.add(self.rng.choice(["身分證字號：", "身分證 ", "ID:", "身分證統一編號"]))
        self.twid(d)

    def cue_arc(self, d: _Doc) -> None:
        d.add(self.rng.choice(["居留證號 ", "統一證號：", "居留證：", "ARC "]))
        self.arc(d)

    def cue_nhi(self, d: _Doc) -> None:
        d.add(self.rng.choice(["健保卡號：", "健保卡 ", "健保卡號碼"]))
        self.nhi(d)

    def cue_address(self, d: _Doc) -> None:
        d.add(self.rng.choice(["住址：", "住在", "地址 ", "戶籍地："]))
        self.address(d)

    def cue_email(self, d: _Doc) -> None:
        d.add(self.rng.choice(["Email：", "e-mail ", "信箱：", "mail: "]))
        self.email(d)

    def maybe(self, p: float) -> bool:
        return self.rng.random() < p

    def date(self) -> str:
        """An ordinary (non-birth) date, 民國 113-115."""
        y, m, dd = self.rng.randint(113, 115), self.rng.randint(1, 12), self.rng.randint(1, 28)
        return self.rng.choice([f"{y}年{m}月{dd}日", f"{y}/{m:02d}/{dd:02d}", f"{y}.{m}.{dd}"])

    def time(self) -> str:
        return f"{self.rng.randint(6, 21):02d}:{self.rng.choice(['00', '15', '30', '45'])}"


# ---------------------------------------------------------------------------------------------
# Genres with personal data.
# ---------------------------------------------------------------------------------------------
def _g_hospital(c: _Ctx, d: _Doc) -> None:
    d.add(f"【志工服務異常事件紀錄】\n日期：{c.date()} {c.time()}\n記錄志工：")
    c.person(d)
    d.add("\n經過：候診區一位家屬")
    if c.maybe(0.5):
        c.person_with_nick(d)
    else:
        c.person(d)
    d.add("因等候過久情緒激動，志工先請其至服務台休息，並通知護理長協助。")
    if c.maybe(0.5):
        d.add("病患本人")
        c.person(d)
        c.cue_birth(d)
        d.add("，")
        c.cue_nhi(d)
        d.add("。")
    if c.maybe(0.5):
        d.add("家屬留下")
        c.cue_phone(d)
        d.add("，請社工回覆。")
    d.add("\n處理結果：已轉社服室追蹤。")


def _g_school_bus(c: _Ctx, d: _Doc) -> None:
    d.add(f"各位家長好：自{c.date()}起第三路線校車改道，以下學童上車點調整，請確認：\n")
    sep = c.rng.choice([",", "\t", " | "])
    d.add(sep.join(["學生", "家長", "家長手機", "新上車點"]) + "\n")
    for _ in range(c.rng.randint(2, 4)):
        c.person(d)
        d.add(sep)
        c.person(d)
        d.add(sep)
        c.phone(d)
        d.add(sep + c.rng.choice(["便利商店前", "活動中心", "公車亭旁", "廟口"]) + "\n")
    if c.maybe(0.4):
        d.add("有問題請私訊導師")
        c.person(d, allow_spacing=False)
        d.add("，或寄信到")
        c.email(d)
        d.add("。")


def _g_farm_visit(c: _Ctx, d: _Doc) -> None:
    d.add(f"農業推廣訪視紀錄 {c.date()}\n受訪農友：")
    c.person(d)
    if c.maybe(0.5):
        d.add("（")
        c.birth(d)
        d.add("生）")
    d.add("\n田區位置：")
    c.address(d)
    d.add("附近，種植文旦約1.2公頃。\n")
    d.add("農友表示今年雨量偏少，已教導其使用滴灌。其子")
    c.person(d)
    d.add("返鄉協助")
    if c.maybe(0.5):
        d.add("，聯絡方式")
        c.phone(d)
    d.add("。\n下次訪視：一個月後。訪視員 ")
    c.person(d)


def _g_lost_child(c: _Ctx, d: _Doc) -> None:
    d.add(f"{c.date()} {c.time()} 民眾報案：於夜市走失兒童一名，")
    c.person(d)
    d.add(f"，約{c.rng.randint(4, 9)}歲，穿黃色上衣。報案人為母親")
    c.person(d)
    if c.maybe(0.6):
        d.add("，")
        c.cue_id(d)
    d.add("，")
    c.cue_phone(d)
    d.add("。")
    if c.maybe(0.5):
        d.add("家住")
        c.address(d)
        d.add("。")
    d.add(f"\n{c.rng.randint(20, 55)}分鐘後由巡邏員警於攤位旁尋獲，交還家屬。承辦：")
    c.person(d, allow_spacing=False)


def _g_pool(c: _Ctx, d: _Doc) -> None:
    d.add(f"市立游泳池救生員日誌　{c.date()}\n")
    d.add(c.time() + " ")
    c.person(d)
    d.add("在深水區抽筋，救生員")
    c.person(d)
    d.add("下水協助上岸，意識清楚。\n")
    if c.maybe(0.5):
        d.add("當事人自述：「我是")
        c.person(d, allow_spacing=False)
        d.add("，")
        c.birth(d)
        d.add("出生，平常都有在游。」\n")
    if c.maybe(0.5):
        d.add("緊急聯絡人")
        c.person(d)
        c.cue_phone(d)
        d.add("\n")
    if c.maybe(0.35):
        d.add("家長以信用卡")
        c.card(d)
        d.add("購買暑期泳訓課程，已開立收據。")
    d.add("已填寫事故單，無須送醫。")


def _g_assistance(c: _Ctx, d: _Doc) -> None:
    d.add("低收入戶資格複查紀錄\n申請人：")
    c.person(d)
    d.add("\n")
    c.cue_id(d)
    d.add("\n")
    c.cue_birth(d)
    d.add("\n戶籍地址：")
    c.address(d)
    d.add("\n")
    if c.maybe(0.5):
        c.cue_nhi(d)
        d.add("\n")
    d.add("家戶成員：配偶")
    if c.maybe(0.4):
        c.person(d, foreign=True)
        d.add("（外籍配偶，")
        c.cue_arc(d)
        d.add("）")
    else:
        c.person(d)
    d.add(f"、子女{c.rng.randint(1, 3)}人。\n")
    d.add("複查結果：家庭總收入仍低於最低生活費標準，維持原資格。社工員 ")
    c.person(d, allow_spacing=False)


def _g_dog_bite(c: _Ctx, d: _Doc) -> None:
    d.add("犬隻咬傷通報單\n被咬者：")
    c.person(d)
    d.add("，")
    c.cue_phone(d)
    d.add("\n事故地點：")
    c.address(d)
    d.add("騎樓\n飼主：")
    c.person(d)
    d.add("，飼主稱犬隻已施打狂犬病疫苗，將提供證明。")
    if c.maybe(0.4):
        d.add("飼主")
        c.cue_email(d)
    d.add("\n處置：傷者已至醫院清創，本所將派員訪查。")


def _g_committee(c: _Ctx, d: _Doc) -> None:
    d.add(f"社區管理委員會第{c.rng.randint(2, 12)}次會議紀錄\n出席：")
    for i in range(c.rng.randint(3, 5)):
        if i:
            d.add(c.rng.choice(["、", "、", "，"]))
        c.person(d)
    d.add("\n主席：")
    c.person(d)
    d.add("\n討論事項：\n一、")
    c.address(d)
    d.add("住戶反映頂樓漏水，請物業於兩週內會勘。\n")
    d.add("二、停車位抽籤結果如下：\n")
    for _ in range(c.rng.randint(2, 3)):
        d.add(f"| B{c.rng.randint(1, 3)}-{c.rng.randint(1, 80):02d} | ")
        c.person(d)
        d.add(" |\n")
    d.add("決議：照案通過。")


def _g_facebook(c: _Ctx, d: _Doc) -> None:
    d.add("【民眾臉書私訊轉知】\n")
    d.add(c.rng.choice(["小編您好，", "你好～", "請問一下，"]))
    d.add("我是")
    c.person(d)
    d.add("，家門口那條水溝已經臭了一個禮拜，")
    d.add(c.rng.choice(["拜託快點派人來看", "麻煩幫忙處理", "真的受不了"]))
    d.add("！！地址是")
    c.address(d)
    if c.maybe(0.6):
        d.add("，有事打我手機")
        c.phone(d)
    if c.maybe(0.4):
        d.add("或寄")
        c.email(d)
    d.add("\n鄰居")
    c.person(d)
    d.add("也可以作證。\n—— 轉知人：")
    c.person(d, allow_spacing=False)


def _g_job_fair(c: _Ctx, d: _Doc) -> None:
    d.add("就業博覽會現場報名表\n")
    if c.maybe(0.5):
        d.add("姓名,手機,Email,身分證/居留證\n")
        for _ in range(c.rng.randint(2, 4)):
            c.person(d, allow_spacing=False)
            d.add(",")
            c.phone(d)
            d.add(",")
            c.email(d)
            d.add(",")
            if c.maybe(0.6):
                c.twid(d)
            else:
                c.arc(d)
            d.add("\n")
    else:
        d.add("姓名        手機            求職類別\n")
        for _ in range(c.rng.randint(2, 4)):
            name = c.person(d, allow_spacing=False)
            d.add(" " * max(2, 12 - 2 * len(name)))
            c.phone(d)
            d.add("    " + c.rng.choice(["行政", "餐飲", "物流", "製造", "照護"]) + "\n")
    d.add("備註：移工朋友請攜帶護照，如")
    c.person(d, foreign=True)
    d.add("護照號碼")
    c.passport(d, foreign=True)
    d.add("已登記。")


def _g_tax_call(c: _Ctx, d: _Doc) -> None:
    d.add(f"退稅電話紀錄 {c.date()}\n來電者")
    c.person(d)
    d.add("詢問綜所稅退稅進度，核對")
    c.cue_id(d)
    d.add("後告知已於上週撥入帳戶。")
    if c.maybe(0.5):
        d.add("來電者另表示欲以信用卡")
        c.card(d)
        d.add("繳納房屋稅，已說明繳費方式。")
    if c.maybe(0.5):
        d.add("回電號碼")
        c.phone(d)
    d.add("\n接聽：")
    c.person(d, allow_spacing=False)


def _g_meals(c: _Ctx, d: _Doc) -> None:
    d.add("長者送餐路線（週一至週五）\n")
    for i in range(c.rng.randint(2, 4)):
        d.add(f"{i + 1}. ")
        c.person(d)
        d.add(c.rng.choice([" 阿嬤 ", " 阿公 ", " "]))
        c.address(d)
        d.add(" ")
        c.phone(d)
        d.add(c.rng.choice(["（不吃牛）", "（軟食）", "", "（鑰匙在信箱）"]) + "\n")
    d.add("送餐志工：")
    c.person_with_nick(d)


def _g_mediation(c: _Ctx, d: _Doc) -> None:
    d.add("調解委員會追蹤電話紀錄\n")
    c.person(d)
    d.add("您好：\n關於您與")
    c.person(d)
    d.add("之車禍調解案，對方已依調解書給付第一期款項。")
    if c.maybe(0.5):
        d.add("對方為外籍人士")
        c.person(d, foreign=True)
        d.add("，護照")
        c.passport(d, foreign=True)
        d.add("，")
        c.cue_arc(d)
        d.add("。")
    if c.maybe(0.5):
        d.add("本國籍當事人護照號碼")
        c.passport(d)
        d.add("。")
    d.add("\n如有疑問請回覆。\n調解委員 ")
    c.person(d, allow_spacing=False)
    d.add(" 敬上")


_POSITIVE: list[Callable[[_Ctx, _Doc], None]] = [
    _g_hospital, _g_school_bus, _g_farm_visit, _g_lost_child, _g_pool, _g_assistance,
    _g_dog_bite, _g_committee, _g_facebook, _g_job_fair, _g_tax_call, _g_meals, _g_mediation,
]  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Hard negatives: only look-alikes.
# ---------------------------------------------------------------------------------------------
def _doc_no(c: _Ctx) -> str:
    return (
        c.rng.choice(["府社救字第", "北市警字第", "農輔字第", "衛授字第", "環保稽字第"])
        + f"1{c.rng.randint(13, 15)}{c.rng.randint(0, 9999999):07d}號"
    )


def _amount(c: _Ctx) -> str:
    return (
        c.rng.choice(["新臺幣", "NT$", ""])
        + f"{c.rng.randint(1, 999)},{c.rng.randint(0, 999):03d}元"
    )


def _n_hospital(c: _Ctx, d: _Doc) -> None:
    d.add(f"志工隊{c.date()}排班公告：門診大廳服務台需補2名志工，請洽志工督導。")
    d.add(f"本月志工餐費補助{_amount(c)}，依公文{_doc_no(c)}辦理。林口院區陳列室暫停開放。")


def _n_school_bus(c: _Ctx, d: _Doc) -> None:
    d.add(f"校車第{c.rng.randint(1, 9)}路線{c.date()}起改經林森北路、中正路，")
    d.add(f"上車時間提早10分鐘（{c.time()}）。司機如有異動將另行公告，詳見{_doc_no(c)}。")


def _n_farm(c: _Ctx, d: _Doc) -> None:
    d.add(f"{c.date()} 文旦產銷班第{c.rng.randint(1, 30)}班講習，主題：黃龍病防治及施肥。")
    d.add(f"補助依農業發展條例第{c.rng.randint(10, 60)}條辦理，每公頃{_amount(c)}。")
    d.add(f"合作社統一編號 {_ban(c.rng)}（公司行號，非個人資料）。")


def _n_police(c: _Ctx, d: _Doc) -> None:
    d.add(f"{c.date()} 夜市周邊交通疏導勤務，報案編號{_doc_no(c)}。")
    d.add("勤務分配：所長、副所長督導，巡佐2名，警員6名。何時解除管制另行通知。")


def _n_pool(c: _Ctx, d: _Doc) -> None:
    d.add(f"游泳池水質檢測 {c.date()} {c.time()}：餘氯{c.rng.randint(3, 15) / 10} ppm，")
    d.add(f"pH {c.rng.randint(70, 78) / 10}，水溫{c.rng.randint(26, 30)}度。")
    d.add("救生員2名值勤，深水區因磁磚修繕封閉至周末。")


def _n_assistance(c: _Ctx, d: _Doc) -> None:
    d.add(f"社會救助法第{c.rng.randint(4, 16)}條修正後，最低生活費調整為每人每月{_amount(c)}。")
    d.add(f"本期複查案件{c.rng.randint(100, 999)}件，依{_doc_no(c)}函辦理，曾經申請者免重送資料。")


def _n_dog(c: _Ctx, d: _Doc) -> None:
    d.add(f"動物保護法第{c.rng.randint(5, 30)}條宣導：{c.date()}起於公園路、成功路加強巡查")
    d.add("未繫牽繩犬隻，違者處罰鍰。晶片登記請洽動物醫院，狂犬病疫苗每年施打一次。")


def _n_committee(c: _Ctx, d: _Doc) -> None:
    d.add(f"管委會公告：{c.date()}電梯保養，B{c.rng.randint(1, 3)}停車場洗地。")
    d.add(f"管理費每坪{c.rng.randint(40, 90)}元，委由物業公司（統一編號{_ban(c.rng)}）代收。")
    d.add("主任委員、財務委員將於會議中報告收支。")


def _n_facebook(c: _Ctx, d: _Doc) -> None:
    d.add("【民眾臉書留言轉知】請問中山路跟民生路口的紅綠燈是不是壞了？")
    d.add(f"從{c.time()}一直閃黃燈，很危險！！附照片{c.rng.randint(2, 5)}張。")


def _n_job_fair(c: _Ctx, d: _Doc) -> None:
    d.add(f"就業博覽會{c.date()}於體育館舉辦，參展廠商{c.rng.randint(40, 120)}家，")
    d.add(f"職缺{c.rng.randint(800, 3000)}個，含行政助理、物流司機、照服員。")
    d.add(f"主辦單位統一編號{_ban(c.rng)}。江邊市集同步舉辦。")


def _n_tax(c: _Ctx, d: _Doc) -> None:
    d.add(f"綜所稅退稅第{c.rng.randint(1, 5)}批{c.date()}撥入，共{c.rng.randint(10000, 99999)}戶、")
    d.add(f"{_amount(c)}。依所得稅法第{c.rng.randint(14, 120)}條，逾期未領者另行通知。")


def _n_meals(c: _Ctx, d: _Doc) -> None:
    d.add(f"送餐路線調整：{c.date()}起第二路線增加{c.rng.randint(2, 8)}戶，")
    d.add("便當由黃昏市場旁的社區廚房製作，每份補助60元。志工請於10:30前報到。")


def _n_mediation(c: _Ctx, d: _Doc) -> None:
    d.add(f"調解委員會{c.date()}本月受理案件{c.rng.randint(10, 90)}件，成立率")
    d.add(
        f"{c.rng.randint(50, 90)}%，案號{_doc_no(c)}起。依鄉鎮市調解條例第{c.rng.randint(1, 30)}條"
    )
    d.add("，調解書經法院核定後與民事確定判決有同一效力。")


_LOOKALIKE_WORDS = [
    "陳情案件", "林務局", "黃昏市場", "張貼公告", "許可證", "曾文水庫", "洪水警戒", "周轉金",
    "江翠國中", "何時", "王牌餐廳", "吳郭魚", "高鐵台中站", "蔡家古厝", "楊梅交流道", "方便",
    "統一超商", "全聯福利中心", "台灣電力公司", "中華電信門市", "文化中心", "志明國小",
]  # fmt: skip
_TITLES = ["承辦課長", "里長", "社工督導", "所長", "主任委員", "志工隊長", "清潔隊員"]


def _lookalike(c: _Ctx) -> str:
    """One sentence of look-alikes: numbers, places, titles and surname-initial words."""
    rng = c.rng
    kind = rng.randrange(8)
    if kind == 0:
        letters = "".join(rng.choices("EFGHJKLMNPQRSTUVWXYZ", k=2))
        return f"發票號碼{letters}-{rng.randint(0, 99999999):08d}。"
    if kind == 1:
        model = (
            f"{rng.choice(['KX', 'RT', 'HD', 'AC'])}-{rng.choice('ABTG')}{rng.randint(100, 9999)}"
        )
        return f"設備型號 {model}，保固{rng.randint(1, 3)}年。"
    if kind == 2:
        law = rng.choice(["個人資料保護法", "行政程序法", "社會救助法", "道路交通管理處罰條例"])
        return f"依{law}第{rng.randint(1, 90)}條第{rng.randint(1, 5)}項規定辦理。"
    if kind == 3:
        city = rng.choice(list(_CITIES))
        return f"地點：{city}{rng.choice(_CITIES[city])}{rng.choice(_ROADS)}一帶。"
    if kind == 4:
        return f"請{rng.choice(_TITLES)}協助，另附{rng.choice(_LOOKALIKE_WORDS)}資料。"
    if kind == 5:
        return f"案號{rng.randint(113, 115)}-{rng.choice('ABC')}-{rng.randint(0, 999999):06d}。"
    if kind == 6:
        return (
            f"經費總計{rng.randint(1, 9)},{rng.randint(0, 999):03d},{rng.randint(0, 999):03d}元。"
        )
    return f"{rng.choice(_LOOKALIKE_WORDS)}、{rng.choice(_LOOKALIKE_WORDS)}附近{c.date()}起施工。"


_NEGATIVE: list[Callable[[_Ctx, _Doc], None]] = [
    _n_hospital, _n_school_bus, _n_farm, _n_police, _n_pool, _n_assistance,
    _n_dog, _n_committee, _n_facebook, _n_job_fair, _n_tax, _n_meals, _n_mediation,
]  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Leak check and entry point.
# ---------------------------------------------------------------------------------------------
_NUMBER_RUN = re.compile(r"[+(\d][\d\s\-()+./]*\d")
_ID_LIKE = re.compile(r"[A-Za-z][A-Za-z0-9]\d{8}")
_EMAIL_LIKE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def find_unlabelled(text: str, spans: list[tuple[int, int, str]], known: set[str]) -> list[str]:
    """Kinds of personal data found outside the gold spans (empty when the text is clean).

    Why: a held-out set is only honest if every real-looking value is labelled; a stray valid
    ID would count as a false positive against the scanner. Returns kinds, never the values.
    """
    chars = list(normalise_width(text))
    for start, end, _ in spans:
        chars[start:end] = ["■"] * (end - start)
    masked = "".join(chars)
    found: list[str] = []
    for m in _NUMBER_RUN.finditer(masked):
        tokens = m.group().split()
        for i in range(len(tokens)):
            for j in range(i + 1, min(len(tokens), i + 5) + 1):
                cand = " ".join(tokens[i:j])
                digits = re.sub(r"\D", "", cand)
                if phone.is_plausible(cand):
                    found.append("phone")
                if creditcard.is_valid(cand):
                    found.append("card")
                if len(digits) == 12 and nhi.is_valid(cand):
                    found.append("nhi")
    for m in _ID_LIKE.finditer(masked):
        if twid.is_valid(m.group()) or arc.is_valid(m.group()):
            found.append("id")
    if _EMAIL_LIKE.search(masked):
        found.append("email")
    flat = masked.replace(" ", "")
    if any(len(name) >= 3 and (name in masked or name in flat) for name in known):
        found.append("known_name")
    return found


def generate_heldout14(n: int = 2000, seed: int = 139) -> tuple[list[Sample], list[str]]:
    """Return ``n`` labelled samples and the known-names list (a dataset's name column).

    About half of PERSON mentions use a known name; the others come from the same generators
    but are kept out of the list. The list also holds names that are never mentioned, as a
    real name column would.
    """
    rng = random.Random(seed)
    pool_size = max(40, n // 4)
    known: list[tuple[str, str]] = []
    seen: set[str] = set()
    while len(known) < pool_size + 30:
        name, kind = _make_name(rng)
        if name not in seen and len(name.replace(" ", "")) >= 2:
            seen.add(name)
            known.append((name, kind))
    mentioned_pool, never_mentioned = known[:pool_size], known[pool_size:]
    known_set = set(seen)
    ctx = _Ctx(rng, mentioned_pool, known_set)
    samples: list[Sample] = []
    while len(samples) < n:
        hard = rng.random() < _HARD_NEGATIVE_RATE
        d = _Doc()
        rng.choice(_NEGATIVE if hard else _POSITIVE)(ctx, d)
        for _ in range(rng.choice([1, 1, 2]) if hard else int(rng.random() < 0.3)):
            d.add("\n" + _lookalike(ctx))
        if find_unlabelled(d.text, d.spans, known_set):
            continue
        samples.append(Sample(d.text, list(d.spans), hard, list(d.known)))
    names = [name for name, _ in mentioned_pool + never_mentioned]
    rng.shuffle(names)
    return samples, names
