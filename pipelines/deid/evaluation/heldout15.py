"""Held-out labelled set "heldout15" for the free-text PII scanner.

Written independently of the scanner and of the other synthetic sets, so that the first
measurement on it is an honest held-out figure. Texts imitate free text of Taiwanese agencies
in ten genres (grant reviews, evacuation roll calls, parking appeals, hospice notes, marathon
complaints, customs refunds, earthquake inspections, school-lunch disputes, coach
certifications, overseas-compatriot letters). About a quarter are hard negatives that hold only
look-alikes (document numbers, business numbers, statutes, amounts, dates, place and brand
names), because a scanner's precision is decided by those, not by clean positives.

Every value is built to be valid for its type (checksums, Luhn, numbering plan), and the
known-names list mimics a dataset's name column: about half of the PERSON mentions use it,
the rest are names that appear in no list, and the list also holds names never mentioned.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

__all__ = ["generate_heldout15"]

_HARD_NEGATIVE_SHARE = 0.25
_FULL_WIDTH_SHARE = 0.12
_SPACES = (" ", "\u3000")

# ---------------------------------------------------------------------------------------------
# Text builder


class _Doc:
    """Appends text pieces and records gold spans as it goes, so offsets can never drift."""

    def __init__(self, known: frozenset[str]) -> None:
        self._parts: list[str] = []
        self._len = 0
        self._known = known
        self.spans: list[tuple[int, int, str]] = []
        self.known_flags: list[bool] = []

    def add(self, *texts: str) -> _Doc:
        """Append unlabelled text."""
        for text in texts:
            self._parts.append(text)
            self._len += len(text)
        return self

    def ent(self, value: str, label: str) -> _Doc:
        """Append a labelled value; PERSON values also get their known-list flag."""
        if value != value.strip():
            raise ValueError("span values must not start or end with whitespace")
        start = self._len
        self.add(value)
        self.spans.append((start, self._len, label))
        if label == "PERSON":
            self.known_flags.append(_is_known(value, self._known))
        return self

    @property
    def text(self) -> str:
        """The text built so far."""
        return "".join(self._parts)

    def sample(self, hard_negative: bool = False) -> Sample:
        """Freeze into a :class:`Sample`."""
        return Sample(
            text=self.text,
            spans=list(self.spans),
            hard_negative=hard_negative,
            known_person=list(self.known_flags),
        )


def _despace(name: str) -> str:
    """A name without ASCII or ideographic spaces (how a name column stores Han names)."""
    return name.replace(" ", "").replace("\u3000", "")


def _is_known(name: str, known: frozenset[str]) -> bool:
    """Whether a mention is in the known list exactly or once its inner spaces are removed."""
    return name in known or _despace(name) in known


def _full_width(value: str) -> str:
    """Full-width form of printable ASCII (people paste values from Word forms this way)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in value)


# ---------------------------------------------------------------------------------------------
# Names (own lists, deliberately unlike any other set in the project)

_SURNAMES = [
    "陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "郭", "洪",
    "邱", "曾", "廖", "賴", "徐", "周", "葉", "蘇", "莊", "呂", "江", "何", "蕭", "羅", "高",
    "潘", "簡", "朱", "鍾", "游", "彭", "詹", "胡", "施", "沈", "余", "盧", "梁", "趙", "顏",
    "柯", "翁", "魏", "孫", "戴", "范", "宋", "方", "鄧", "杜", "傅", "侯", "曹", "薛", "丁",
]  # fmt: skip
_COMPOUND_SURNAMES = ["歐陽", "司馬", "諸葛", "張簡", "范姜", "上官", "司徒", "東方", "長孫"]
_GIVEN_FIRST = [
    "淑", "怡", "雅", "佳", "家", "志", "俊", "建", "冠", "宗", "柏", "宜", "欣", "詩", "彥",
    "承", "品", "郁", "秀", "美", "惠", "玉", "麗", "振", "明", "文", "哲", "育", "婉", "子",
    "昱", "鈺", "筱", "宥", "芷", "睿", "曉", "韋", "書", "靖", "姵", "沛", "翊", "奕", "瑀",
]  # fmt: skip
_GIVEN_SECOND = [
    "芬", "君", "婷", "瑜", "豪", "宏", "賢", "緯", "廷", "翰", "萱", "蓁", "涵", "穎", "妤",
    "蓮", "珠", "卿", "雯", "鳳", "輝", "德", "昇", "勳", "儒", "綺", "潔", "瑄", "恩", "甄",
    "庭", "安", "晴", "岑", "璇", "霖", "澤", "楷", "維", "軒", "媛", "琪", "蘭", "嵐", "璋",
]  # fmt: skip
_GIVEN_SINGLE = ["勇", "傑", "靜", "敏", "萍", "強", "芳", "琳", "豪", "蓉", "寧", "彬", "瑩", "鵬"]

_INDIGENOUS_HAN_FIRST = [
    "瓦歷斯", "尤幹", "比令", "拉娃", "伊萬", "馬耀", "巴奈", "撒韻", "吉娃斯", "哈勇", "烏瑪芙",
    "莎韻", "達少", "阿洛", "娜麥",
]  # fmt: skip
_INDIGENOUS_HAN_SECOND = [
    "諾幹", "達道", "谷慕", "拉罕", "瓦旦", "尤道", "吉拉", "嘎照", "阿給", "巴萬", "吉努",
    "帖木", "卡造", "瑪紹",
]  # fmt: skip
_INTERPUNCTS = ["·", "‧", "・", "•"]
_INDIGENOUS_ROMAN_FIRST = [
    "Walis", "Yukan", "Piling", "Lawa", "Iwan", "Mayaw", "Panay", "Sayun", "Kiwas", "Hayung",
    "Umav", "Sakinu", "Ljumuy", "Dakis", "Ciwang",
]  # fmt: skip
_INDIGENOUS_ROMAN_SECOND = [
    "Nokan", "Tatao", "Kumu", "Lahan", "Watan", "Yudaw", "Kila", "Kacaw", "Akiq", "Pasang",
    "Tjuljaljuvu", "Ispalidav", "Sumi",
]  # fmt: skip
_INDONESIAN_FIRST = [
    "Siti", "Dewi", "Sri", "Rina", "Ayu", "Nur", "Wulan", "Agus", "Budi", "Eko", "Yanti",
    "Indah", "Fitri", "Ratna", "Joko",
]  # fmt: skip
_INDONESIAN_SECOND = [
    "Rahayu", "Wulandari", "Lestari", "Setiawan", "Susanto", "Hidayat", "Purnamasari",
    "Aminah", "Kurniawan", "Handayani", "Saputra", "Maharani",
]  # fmt: skip
_FILIPINO_FIRST = ["Maria", "Jocelyn", "Mary Grace", "Rowena", "Jonathan", "Mark Anthony", "Analyn"]
_FILIPINO_SECOND = ["Santos", "Reyes", "Dela Cruz", "Bautista", "Villanueva", "Mendoza", "Garcia"]
_THAI_FIRST = ["Somchai", "Nattapong", "Siriporn", "Kanya", "Wichai", "Pranee", "Anong"]
_THAI_SECOND = ["Srisuk", "Chaiyaporn", "Boonmee", "Wongsa", "Kaewmanee", "Thongdee"]
_VIET_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Huỳnh"]
_VIET_MIDDLE = ["Thị", "Văn", "Đức", "Thanh", "Ngọc", "Minh"]
_VIET_GIVEN = ["Hoa", "Lan", "Hương", "Mai", "Nam", "Tuấn", "Hùng", "Thảo", "Hạnh", "Linh", "Phúc"]
_VIET_HAN_FAMILY = ["阮", "陳", "黎", "范", "黃", "武", "鄧", "裴", "杜"]
_VIET_HAN_MIDDLE = ["氏", "文", "德", "青", "玉"]
_VIET_HAN_GIVEN = ["秋香", "金蓮", "春梅", "明俊", "玉蘭", "翠娥", "文雄", "氏河", "紅絨", "清竹"]
_SEA_HAN = ["蒂娜", "黛薇", "麗娜", "阿古斯", "布迪", "希蒂", "努兒", "莉塔", "安妮莎", "瑪莉亞"]
_TW_ROMAN_SURNAMES = [
    "Chen", "Lin", "Huang", "Chang", "Lee", "Wang", "Wu", "Liu", "Tsai", "Yang", "Hsu",
    "Cheng", "Hsieh", "Kuo", "Hung", "Tseng", "Chiu", "Lai", "Chou", "Yeh",
]  # fmt: skip
_TW_ROMAN_SYLLABLES = [
    "Chih", "Hsiao", "Ya", "Mei", "Chun", "Wei", "Yu", "Hui", "Ling", "Ting", "Hao", "Ming",
    "Chia", "Shu", "Yi", "Kuan", "Jen", "Hsin", "Tzu", "Pei", "Fang", "Hsuan",
]  # fmt: skip


def _strip_diacritics(name: str) -> str:
    """How a Vietnamese name looks once a form or keyboard dropped the tone marks."""
    name = name.replace("Đ", "D").replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass
class _Person:
    """A name plus whether its holder would carry a resident certificate instead of an ID."""

    name: str
    foreign: bool
    han: bool


def _han_name(rng: random.Random) -> str:
    """Surname plus a two-character given name, the commonest Taiwanese shape."""
    return rng.choice(_SURNAMES) + rng.choice(_GIVEN_FIRST) + rng.choice(_GIVEN_SECOND)


def _make_person(rng: random.Random, allow_romanised_tw: bool) -> _Person:
    """One name of a kind drawn with rough real-world weights."""
    r = rng.random()
    if r < 0.40:
        return _Person(_han_name(rng), False, True)
    if r < 0.47:
        return _Person(rng.choice(_SURNAMES) + rng.choice(_GIVEN_SINGLE), False, True)
    if r < 0.52:
        given = rng.choice(_GIVEN_FIRST) + rng.choice(_GIVEN_SECOND)
        if rng.random() < 0.3:
            given = rng.choice(_GIVEN_SINGLE)
        return _Person(rng.choice(_COMPOUND_SURNAMES) + given, False, True)
    if r < 0.57:  # married name: husband's surname prefixed
        return _Person(rng.choice(_SURNAMES) + _han_name(rng), False, True)
    if r < 0.62:
        name = (
            rng.choice(_INDIGENOUS_HAN_FIRST)
            + rng.choice(_INTERPUNCTS)
            + rng.choice(_INDIGENOUS_HAN_SECOND)
        )
        return _Person(name, False, False)
    if r < 0.66:
        name = f"{rng.choice(_INDIGENOUS_ROMAN_FIRST)} {rng.choice(_INDIGENOUS_ROMAN_SECOND)}"
        return _Person(name, False, False)
    if r < 0.72:
        first, second = rng.choice(
            [
                (_INDONESIAN_FIRST, _INDONESIAN_SECOND),
                (_FILIPINO_FIRST, _FILIPINO_SECOND),
                (_THAI_FIRST, _THAI_SECOND),
            ]
        )
        name = f"{rng.choice(first)} {rng.choice(second)}"
        if rng.random() < 0.2:
            name = name.upper()
        return _Person(name, True, False)
    if r < 0.79:
        name = f"{rng.choice(_VIET_FAMILY)} {rng.choice(_VIET_MIDDLE)} {rng.choice(_VIET_GIVEN)}"
        if rng.random() < 0.45:
            name = _strip_diacritics(name)
        return _Person(name, True, False)
    if r < 0.86:
        if rng.random() < 0.6:
            name = (
                rng.choice(_VIET_HAN_FAMILY)
                + rng.choice(_VIET_HAN_MIDDLE)
                + rng.choice(_VIET_HAN_GIVEN)
            )
        else:
            name = rng.choice(_SEA_HAN) + rng.choice(_INTERPUNCTS) + rng.choice(_SEA_HAN)
        return _Person(name, True, False)
    if not allow_romanised_tw:
        return _Person(_han_name(rng), False, True)
    sur = rng.choice(_TW_ROMAN_SURNAMES)
    a, b = rng.sample(_TW_ROMAN_SYLLABLES, 2)
    given = f"{a}-{b.lower()}" if rng.random() < 0.7 else f"{a}{b.lower()}"
    style = rng.randrange(4)
    name = [
        f"{sur} {given}",
        f"{given} {sur}",
        f"{sur.upper()} {given.upper()}",
        f"{sur}, {given}",
    ][style]
    return _Person(name, False, False)


class _Names:
    """The known list and the draws of known and unknown mentions."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self._rng = rng
        size = max(40, n // 5)
        pool: dict[str, _Person] = {}
        while len(pool) < size:
            person = _make_person(rng, allow_romanised_tw=False)
            if not any(_clash(person.name, other) for other in pool):
                pool[person.name] = person
        people = list(pool.values())
        rng.shuffle(people)
        cut = int(len(people) * 0.75)
        self._mentionable = people[:cut]  # the rest are listed but never mentioned
        self.known_list = [p.name for p in people]
        rng.shuffle(self.known_list)
        self.known = frozenset(self.known_list)
        self._known_compact = [_despace(k) for k in self.known_list]

    def known_person(self) -> _Person:
        """A name from the known list."""
        return self._rng.choice(self._mentionable)

    def unknown_person(self) -> _Person:
        """A name in no list and neither inside nor around any known name."""
        while True:
            person = _make_person(self._rng, allow_romanised_tw=True)
            compact = _despace(person.name)
            if not any(k in compact or compact in k for k in self._known_compact):
                return person

    def person(self) -> _Person:
        """Half known, half unknown."""
        return self.known_person() if self._rng.random() < 0.5 else self.unknown_person()


def _clash(a: str, b: str) -> bool:
    """Whether one name sits inside the other, which would blur known/unknown scoring."""
    a, b = _despace(a), _despace(b)
    return a in b or b in a


def _spaced(rng: random.Random, person: _Person) -> str:
    """Sometimes type a Han name with spaces inside (forms with a box per character)."""
    name = person.name
    if not person.han or rng.random() > 0.08:
        return name
    space = rng.choice(_SPACES)
    if rng.random() < 0.5 and len(name) == 3:
        return space.join(name)
    return name[0] + space + name[1:]


# ---------------------------------------------------------------------------------------------
# Values


def _digits(rng: random.Random, k: int) -> str:
    """``k`` random ASCII digits."""
    return "".join(rng.choice("0123456789") for _ in range(k))


def _maybe_fw(rng: random.Random, value: str) -> str:
    """Turn a value full-width now and then, as values pasted from forms often are."""
    return _full_width(value) if rng.random() < _FULL_WIDTH_SHARE else value


def _national_id(rng: random.Random) -> str:
    """A checksum-valid national ID, sometimes typed with a lower-case letter."""
    letter = rng.choice(list(LETTER_CODES))
    body = rng.choice("12") + _digits(rng, 7)
    value = letter + body + id_check_digit(letter, body)
    if rng.random() < 0.06:
        value = value[0].lower() + value[1:]
    assert twid.is_valid(value)
    return _maybe_fw(rng, value)


def _resident_cert(rng: random.Random) -> str:
    """A valid resident certificate number in the new or the old form."""
    letter = rng.choice(list(LETTER_CODES))
    if rng.random() < 0.6:  # new form
        body = rng.choice("89") + _digits(rng, 7)
        value = letter + body + id_check_digit(letter, body)
    else:  # old form, second letter A-D
        second = rng.choice("ABCD")
        tail = _digits(rng, 7)
        check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
        value = letter + second + tail + check
    assert arc.is_valid(value)
    return _maybe_fw(rng, value)


_MOBILE_FORMATS = [
    lambda d: d,
    lambda d: f"{d[:4]}-{d[4:7]}-{d[7:]}",
    lambda d: f"{d[:4]}-{d[4:]}",
    lambda d: f"{d[:4]} {d[4:7]} {d[7:]}",
    lambda d: f"+886-{d[1:4]}-{d[4:7]}-{d[7:]}",
    lambda d: f"+886 {d[1:]}",
    lambda d: f"({d[:4]}){d[4:]}",
]
_AREAS = [("02", 8), ("03", 7), ("037", 6), ("04", 8), ("049", 7), ("05", 7), ("06", 7)]
_AREAS += [("07", 7), ("08", 7), ("089", 6), ("082", 6)]


def _phone(rng: random.Random) -> str:
    """A valid TW mobile or landline number in one of the ways people type them."""
    while True:
        if rng.random() < 0.6:
            digits = "09" + rng.choice("1235678") + _digits(rng, 7)
            if not phone.is_valid(digits):
                continue
            value = rng.choice(_MOBILE_FORMATS)(digits)
        else:
            area, length = rng.choice(_AREAS)
            local = rng.choice("2345678") + _digits(rng, length - 1)
            if not phone.is_valid(area + local):
                continue
            half = len(local) - 4
            value = rng.choice(
                [
                    f"{area}-{local}",
                    f"({area}){local[:half]}-{local[half:]}",
                    f"{area}-{local[:half]}-{local[half:]}",
                    f"{area} {local[:half]} {local[half:]}",
                    f"+886-{area[1:]}-{local}",
                    area + local,
                ]
            )
        return _maybe_fw(rng, value)


_MAIL_DOMAINS = [
    "gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com", "msa.hinet.net", "icloud.com",
    "pchome.com.tw", "livemail.tw", "seed.net.tw", "kimo.com",
]  # fmt: skip
_MAIL_WORDS = ["sunny", "mango", "tiger", "blue", "rice", "kite", "ocean", "panda", "lulu", "momo"]


def _email(rng: random.Random, person: _Person) -> str:
    """A personal address; sometimes derived from the holder's name, sometimes not."""
    ascii_name = "".join(
        c for c in _strip_diacritics(person.name).lower() if c.isascii() and c.isalpha()
    )
    if ascii_name and rng.random() < 0.6:
        local = ascii_name[:10]
    else:
        local = rng.choice(_MAIL_WORDS) + rng.choice(["", ".", "_"]) + rng.choice(_MAIL_WORDS)
    local += rng.choice(["", _digits(rng, 2), _digits(rng, 4)])
    return f"{local}@{rng.choice(_MAIL_DOMAINS)}"


_CITIES = {
    "臺北市": ["大安區", "士林區", "文山區", "內湖區", "萬華區"],
    "台北市": ["信義區", "北投區"],
    "新北市": ["板橋區", "三重區", "新店區", "淡水區", "汐止區"],
    "桃園市": ["中壢區", "龜山區", "大溪區"],
    "臺中市": ["西屯區", "豐原區", "太平區"],
    "台中市": ["北屯區"],
    "臺南市": ["永康區", "安平區", "新營區"],
    "高雄市": ["鳳山區", "三民區", "旗山區"],
    "新竹縣": ["竹北市", "湖口鄉"],
    "苗栗縣": ["頭份市", "苑裡鎮"],
    "彰化縣": ["員林市", "鹿港鎮"],
    "南投縣": ["埔里鎮", "竹山鎮"],
    "雲林縣": ["斗六市", "虎尾鎮"],
    "嘉義縣": ["民雄鄉", "朴子市"],
    "屏東縣": ["潮州鎮", "東港鎮"],
    "宜蘭縣": ["羅東鎮", "礁溪鄉"],
    "花蓮縣": ["吉安鄉", "玉里鎮"],
    "臺東縣": ["成功鎮", "卑南鄉"],
    "澎湖縣": ["馬公市"],
}
_ROADS = [
    "中山路", "民生路", "和平東路", "建國北路", "光復路", "自強街", "仁愛路", "成功路", "復興路",
    "文化路", "博愛街", "信義路", "新生南路", "中華路", "大同路", "忠孝東路", "公園路", "府前路",
]  # fmt: skip
_CN_NUM = ["一", "二", "三", "四", "五", "六", "七"]
_VILLAGES = ["中興里", "福德里", "大同村", "新生里", "光明里", "仁和村"]


def _address(rng: random.Random) -> str:
    """A postal address down to 號, optionally with floor and 之."""
    city = rng.choice(list(_CITIES))
    parts = [city, rng.choice(_CITIES[city])]
    if rng.random() < 0.15:
        parts.append(rng.choice(_VILLAGES) + f"{rng.randint(1, 30)}鄰")
    parts.append(rng.choice(_ROADS))
    if rng.random() < 0.4:
        parts.append(rng.choice(_CN_NUM) + "段")
    if rng.random() < 0.35:
        parts.append(f"{rng.randint(1, 600)}巷")
        if rng.random() < 0.4:
            parts.append(f"{rng.randint(1, 40)}弄")
    number = str(rng.randint(1, 420))
    if rng.random() < 0.12:
        number += f"之{rng.randint(1, 9)}"
    parts.append(number + "號")
    if rng.random() < 0.45:
        parts.append(f"{rng.randint(2, 24)}樓")
        if rng.random() < 0.3:
            parts.append(f"之{rng.randint(1, 12)}")
    return _maybe_fw(rng, "".join(parts))


def _nhi(rng: random.Random) -> str:
    """A 12-digit NHI card number, plain or grouped 4-4-4 as printed on the card."""
    digits = ("0000" if rng.random() < 0.7 else _digits(rng, 4)) + _digits(rng, 8)
    value = rng.choice(
        [
            digits,
            f"{digits[:4]}-{digits[4:8]}-{digits[8:]}",
            f"{digits[:4]} {digits[4:8]} {digits[8:]}",
        ]
    )
    return _maybe_fw(rng, value)


def _passport(rng: random.Random, person: _Person) -> str:
    """Taiwanese passports are 9 digits; foreign ones follow their issuer's shape."""
    if not person.foreign:
        value = rng.choice("3") + _digits(rng, 8)
    else:
        value = rng.choice(
            [
                rng.choice("ABCX") + _digits(rng, 7),
                rng.choice("CN") + _digits(rng, 7),
                "P" + _digits(rng, 7) + rng.choice("ABC"),
                rng.choice(["AA", "AB", "EC"]) + _digits(rng, 7),
            ]
        )
    return _maybe_fw(rng, value)


def _luhn_complete(prefix_and_body: str) -> str:
    """Append the Luhn check digit."""
    for d in "0123456789":
        if creditcard.luhn_ok(prefix_and_body + d):
            return prefix_and_body + d
    raise AssertionError("unreachable: one Luhn digit always fits")


def _credit_card(rng: random.Random) -> str:
    """A Luhn-valid card number of a real issuer prefix, grouped as people copy it."""
    prefix, length = rng.choice(
        [
            ("4", 16),
            ("5" + rng.choice("12345"), 16),
            ("35" + rng.choice("456789"), 16),
            ("62", 16),
            ("37", 15),
            ("4", 16),
        ]
    )
    number = _luhn_complete(prefix + _digits(rng, length - len(prefix) - 1))
    assert creditcard.is_valid(number)
    if length == 15:
        value = rng.choice([number, f"{number[:4]} {number[4:10]} {number[10:]}"])
    else:
        groups = [number[i : i + 4] for i in range(0, 16, 4)]
        value = rng.choice([number, " ".join(groups), "-".join(groups)])
    return _maybe_fw(rng, value)


def _birth_date(rng: random.Random, person: _Person) -> str:
    """A birth date in ROC or Gregorian spelling (day-first only for foreigners)."""
    year, month, day = rng.randint(1941, 2009), rng.randint(1, 12), rng.randint(1, 28)
    roc = year - 1911
    styles = [
        f"民國{roc}年{month}月{day}日",
        f"{roc}年{month}月{day}日",
        f"{year}-{month:02d}-{day:02d}",
        f"{year}/{month}/{day}",
        f"{roc:03d}/{month:02d}/{day:02d}",
        f"{roc}.{month:02d}.{day:02d}",
        f"{year}年{month}月{day}日",
    ]
    if person.foreign:
        styles += [f"{day:02d}/{month:02d}/{year}", f"{year}.{month:02d}.{day:02d}"]
    return _maybe_fw(rng, rng.choice(styles))


# ---------------------------------------------------------------------------------------------
# Genres


@dataclass
class _Genre:
    """Wording of one kind of agency text (all written for this set)."""

    title: list[str]
    roles: list[str]
    filler: list[str]
    subject: list[str]  # follows a name used as subject
    object: list[str]  # precedes a name used as object
    quote: list[str]
    closing: list[str]


_GENRES = [
    _Genre(  # arts-grant review comments
        ["【藝文補助審查意見】", "第二期藝術創作補助 評審意見彙整", "文化局藝文補助複審紀錄："],
        ["申請人", "計畫主持人", "團隊代表", "藝術家", "共同創作者"],
        ["本案創作脈絡清楚，惟經費編列偏高。", "展演場地尚未確認，建議補件。",
         "評審委員一致認為在地連結性強。", "預算表之人事費比例宜再調整。"],
        ["提出的裝置作品構想完整。", "過去三年展演紀錄豐富。", "說明結案報告將於年底前繳交。"],
        ["建議補助", "請", "評審委員約談", "本局已函知"],
        ["作品希望讓長輩重新看見老街", "我們會把排練開放給社區", "經費不足的部分會自籌"],
        ["以上意見供決審參考。", "審查結果另函通知。"],
    ),
    _Genre(  # typhoon-evacuation roll calls
        ["颱風撤離點名表", "【防颱疏散撤離】收容所報到紀錄", "土石流警戒區撤離回報："],
        ["撤離民眾", "獨居長者", "家屬", "報到人", "里民"],
        ["今晚八點前完成預防性撤離。", "收容所已備妥睡袋及飲用水。", "部分住戶堅持留守，已勸導。",
         "道路坍方，改由消防車接駁。"],
        ["已抵達活動中心。", "表示要先回家拿藥。", "行動不便，需輪椅協助。"],
        ["已協助", "派員接送", "尚未聯繫上", "里幹事陪同"],
        ["我家的狗也要一起帶走", "房子是新蓋的不會有事", "請幫我打給我女兒"],
        ["點名完畢，回報應變中心。", "請持續追蹤未報到者。"],
    ),
    _Genre(  # parking-permit appeals
        ["身心障礙專用停車位識別證申訴書", "【停車證核發申訴】", "路邊停車許可證 異議申請："],
        ["申訴人", "申請人", "代理人", "車主", "使用人"],
        ["原申請因附件不全遭退件。", "該路段已劃設為收費格位。", "請求重新審核核發資格。",
         "本人每週需往返醫院復健。"],
        ["主張退件理由不符規定。", "補附診斷證明書一份。", "表示車輛已過戶。"],
        ["本處通知", "請", "電洽", "回覆"],
        ["我每天都要載媽媽去洗腎", "之前的證明明明有交", "附近根本沒有其他車位"],
        ["敬請惠予重新審查。", "此致 交通局"],
    ),
    _Genre(  # hospice social-work notes
        ["安寧共照社工紀錄", "【安寧療護家訪紀錄】", "緩和醫療病房社工評估："],
        ["個案", "主要照顧者", "病人", "家屬", "案妻"],
        ["個案疼痛控制穩定，情緒較前次平穩。", "家屬對預立醫療決定仍有疑慮。",
         "已轉介喘息服務。", "協助申請急難救助金。"],
        ["希望回家度過最後時光。", "表示照顧壓力大。", "簽署不施行心肺復甦術意願書。"],
        ["訪視", "陪同", "轉介", "會談"],
        ["我只想再回老家看一次", "爸爸說不想再插管了", "晚上都睡不著"],
        ["下次訪視排定於下週。", "持續追蹤家屬哀傷反應。"],
    ),
    _Genre(  # marathon-route complaints
        ["國際馬拉松交通管制陳情", "【路跑活動陳情案】", "市民意見信箱 路跑封路反映："],
        ["陳情人", "市民", "住戶", "店家負責人", "反映人"],
        ["清晨四點封路，住戶無法出門就醫。", "補給站垃圾未即時清運。", "管制公告未提前張貼。",
         "選手通過時音響音量過大。"],
        ["要求調整明年路線。", "表示店面當日營業損失。", "希望主辦單位出面說明。"],
        ["已回覆", "請", "聯絡", "安排會勘並通知"],
        ["我們整條巷子都被封住了", "救護車也進不來怎麼辦", "至少要提早一週公告"],
        ["本案列管追蹤。", "感謝您的寶貴意見。"],
    ),
    _Genre(  # customs refund requests
        ["進口貨物溢繳稅款退還申請", "【關稅退稅申請書】", "旅客行李稅費退還申請："],
        ["申請人", "納稅義務人", "報關人", "旅客", "受款人"],
        ["因稅則號別歸列錯誤致溢繳。", "檢附報單影本及發票。", "退稅款請匯入指定帳戶。",
         "行李已於入境時申報。"],
        ["申請退還溢繳稅款。", "表示商品為個人自用。", "補正委任書。"],
        ["通知", "請", "退款予", "函復"],
        ["我不知道這個要申報", "發票上的金額是含運費的", "請直接退到我的卡"],
        ["請核退為禱。", "謹呈 財政部關務署"],
    ),
    _Genre(  # earthquake-damage inspection notes
        ["震損建物緊急評估紀錄", "【地震災損勘查】", "危險建築物張貼紅單紀錄："],
        ["屋主", "住戶", "所有權人", "管理委員", "承租人"],
        ["一樓柱體有明顯剪力裂縫。", "外牆磁磚大面積剝落。", "建議暫停使用並設置警戒線。",
         "結構技師將於三日內複勘。"],
        ["陪同勘查。", "表示裂縫為舊有。", "同意暫時撤離。"],
        ["通知", "協助", "請", "技師會同"],
        ["昨晚搖得很厲害牆壁都在響", "這棟是九二一之後蓋的", "我們可以先回去拿東西嗎"],
        ["勘查完畢，張貼黃單。", "請依規定申請補助。"],
    ),
    _Genre(  # school-lunch supplier disputes
        ["學校午餐供應爭議處理紀錄", "【營養午餐申訴】", "午餐供應商契約履約爭議："],
        ["家長", "家長會代表", "營養師", "學生家長", "申訴人"],
        ["菜色與公告不符，份量不足。", "食材溫度抽測未達標準。", "供應商延遲送餐三次。",
         "已依契約計罰。"],
        ["反映孩子吃完後腹痛。", "要求公開檢驗報告。", "出席協調會。"],
        ["通知", "請", "回覆", "邀請"],
        ["孩子說青菜都是黃的", "價格漲了品質卻變差", "希望換廠商"],
        ["請學校於十日內回復。", "本案移請衛生局協助。"],
    ),
    _Genre(  # youth-sports coach certifications
        ["青少年運動教練證照審查", "【基層教練資格檢定】", "C級教練證核發名冊："],
        ["教練", "申請人", "受訓學員", "助理教練", "指導員"],
        ["已完成十八小時研習課程。", "急救訓練證明即將到期。", "術科測驗成績合格。",
         "請補繳良民證。"],
        ["通過術科測驗。", "申請換發證照。", "表示將帶隊參加全國賽。"],
        ["核發證照予", "通知", "請", "推薦"],
        ["我帶這群孩子已經五年了", "證照考試的日期可以改嗎", "我們需要更多場地"],
        ["證照有效期限四年。", "逾期未補件者視同放棄。"],
    ),
    _Genre(  # overseas-compatriot affairs letters
        ["僑務委員會 僑胞服務函", "【海外僑胞返國服務】", "僑生回國升學輔導紀錄："],
        ["僑胞", "僑生", "申請人", "旅居印尼僑胞", "越南歸僑"],
        ["申請返國定居證明文件。", "協助辦理僑居身分證明。", "已轉請移民署協處。",
         "僑校師資研習名額有限。"],
        ["申請僑居身分證明。", "返臺參加研習班。", "表示已在臺覓得工作。"],
        ["協助", "函復", "請", "聯繫"],
        ["我在雅加達住了三十年", "想讓孩子回臺灣讀大學", "請幫忙確認我的身分"],
        ["順頌 時祺", "敬請查照。"],
    ),
]  # fmt: skip

# Cue words per entity type (how an officer or citizen labels the value in running text).
_CUES: dict[str, list[str]] = {
    "TW_NATIONAL_ID": ["身分證字號", "身分證統一編號", "身分證號", "國民身分證", "ID"],
    "TW_RESIDENT_CERT": ["居留證號", "統一證號", "居留證統一證號", "ARC", "外來人口統一證號"],
    "PHONE": ["聯絡電話", "手機", "電話", "連絡方式", "手機號碼", "Tel", "行動電話"],
    "EMAIL": ["電子郵件", "E-mail", "Email", "信箱", "電子信箱"],
    "ADDRESS": ["住址", "地址", "通訊地址", "戶籍地址", "居住地址", "現住"],
    "TW_NHI_CARD": ["健保卡號", "健保卡卡號", "健保IC卡號"],
    "PASSPORT": ["護照號碼", "護照號", "Passport No."],
    "CREDIT_CARD": ["信用卡號", "信用卡卡號", "刷卡卡號", "退款信用卡"],
    "BIRTH_DATE": ["出生日期", "生日", "出生年月日"],
}
_SEPS = ["：", ":", " ", "：", "為"]
_COLUMN = {
    "TW_NATIONAL_ID": "身分證字號",
    "TW_RESIDENT_CERT": "統一證號",
    "PHONE": "電話",
    "EMAIL": "Email",
    "ADDRESS": "地址",
    "TW_NHI_CARD": "健保卡號",
    "PASSPORT": "護照號碼",
    "CREDIT_CARD": "信用卡號",
    "BIRTH_DATE": "出生日期",
}


def _value(rng: random.Random, label: str, person: _Person) -> str:
    """A fresh value of ``label`` for ``person``."""
    if label == "TW_NATIONAL_ID":
        return _national_id(rng)
    if label == "TW_RESIDENT_CERT":
        return _resident_cert(rng)
    if label == "PHONE":
        return _phone(rng)
    if label == "EMAIL":
        return _email(rng, person)
    if label == "ADDRESS":
        return _address(rng)
    if label == "TW_NHI_CARD":
        return _nhi(rng)
    if label == "PASSPORT":
        return _passport(rng, person)
    if label == "CREDIT_CARD":
        return _credit_card(rng)
    return _birth_date(rng, person)


def _labels_for(rng: random.Random, person: _Person, k: int) -> list[str]:
    """Which identifiers a person's mention carries; foreigners get certificates/passports."""
    ident = "TW_RESIDENT_CERT" if person.foreign else "TW_NATIONAL_ID"
    pool = [ident, ident, "PHONE", "PHONE", "EMAIL", "ADDRESS", "TW_NHI_CARD", "PASSPORT"]
    pool += ["CREDIT_CARD", "BIRTH_DATE", "BIRTH_DATE"]
    picked: list[str] = []
    while len(picked) < k:
        label = rng.choice(pool)
        if label not in picked:
            picked.append(label)
    return picked


def _attach(doc: _Doc, rng: random.Random, label: str, person: _Person) -> None:
    """Write one labelled value with a cue (or, for some types, the way people omit it)."""
    value = _value(rng, label, person)
    r = rng.random()
    if label == "BIRTH_DATE" and r < 0.3:
        doc.add(rng.choice(["，", "（", "，於"])).ent(value, label)
        doc.add(rng.choice(["出生", "生", "出生）"]))
        return
    if label == "ADDRESS" and r < 0.25:
        doc.add(rng.choice(["，住在", "，家住", "，居住於"])).ent(value, label)
        return
    if label == "PHONE" and r < 0.2:
        doc.add(rng.choice(["，請回電 ", "，白天可打 ", "，留下號碼 "])).ent(value, label)
        return
    if label == "EMAIL" and r < 0.2:
        doc.add(rng.choice(["，資料請寄 ", "，來信自 "])).ent(value, label)
        return
    doc.add(rng.choice(["，", "，", "；", " "]), rng.choice(_CUES[label]), rng.choice(_SEPS))
    doc.ent(value, label)


def _mention(doc: _Doc, rng: random.Random, genre: _Genre, person: _Person) -> None:
    """One mention of a name in a way people write them in running text."""
    name = _spaced(rng, person)
    style = rng.randrange(7)
    if style == 0:
        doc.add(rng.choice(genre.roles), rng.choice(["", "：", " ", "為"])).ent(name, "PERSON")
    elif style == 1:
        doc.ent(name, "PERSON").add(rng.choice(["", " "]), rng.choice(genre.subject)[:-1])
    elif style == 2:
        doc.add(rng.choice(genre.object)).ent(name, "PERSON").add(
            rng.choice(["辦理", "說明", "到場"])
        )
    elif style == 3:
        doc.add(rng.choice(genre.roles), rng.choice(["（", "("]))
        doc.ent(name, "PERSON").add(rng.choice(["）", ")"]))
    elif style == 4:
        doc.add("「", rng.choice(genre.quote), "」").ent(name, "PERSON")
        doc.add(rng.choice(["說", "表示", "提到"]))
    elif style == 5:
        doc.ent(name, "PERSON").add(rng.choice(["君", "先生", "女士", "小姐", " 小姐", "阿嬤"]))
    else:
        doc.add(rng.choice(["經查", "據"]), rng.choice(genre.roles)).ent(name, "PERSON")
        doc.add("所述")


def _prose(doc: _Doc, rng: random.Random, genre: _Genre, names: _Names) -> None:
    """Running text: title, greeting or not, mentions with attached identifiers, closing."""
    people = [names.person() for _ in range(rng.choice([1, 1, 1, 2, 2, 3]))]
    doc.add(rng.choice(genre.title), "\n")
    first = people[0]
    greeting = rng.random() < 0.2
    if greeting:
        doc.ent(_spaced(rng, first), "PERSON")
        doc.add(rng.choice([" 先生您好：", " 女士您好：", "君 鈞鑒：", " 您好，"]), "\n")
    for i, person in enumerate(people):
        if rng.random() < 0.5:
            doc.add(rng.choice(genre.filler))
        if rng.random() < 0.15:
            doc.add("\n")
        _mention(doc, rng, genre, person)
        for label in _labels_for(rng, person, rng.choice([0, 1, 1, 2, 2, 3])):
            _attach(doc, rng, label, person)
        doc.add("。")
        if i == 0 and len(people) == 1 and rng.random() < 0.3:
            doc.add("\n")
            doc.ent(_spaced(rng, person), "PERSON")
            doc.add("：", rng.choice(genre.quote), "。")
    if rng.random() < 0.25:  # a list of further names
        extra = [names.person() for _ in range(rng.randint(2, 4))]
        doc.add(rng.choice(["另", "同行者有", "出席者：", "名單："]))
        for j, person in enumerate(extra):
            if j:
                doc.add(rng.choice(["、", "、", "，", " 及 "]) if j < len(extra) - 1 else "及")
            doc.ent(_spaced(rng, person), "PERSON")
        doc.add("。")
    doc.add(rng.choice(genre.filler), rng.choice(genre.closing))
    if greeting or rng.random() < 0.3:  # signature
        signer = names.person() if greeting else first
        doc.add("\n", rng.choice(["", "敬上 ", "申請人：", "承辦社工 ", "此致\n"]))
        doc.ent(_spaced(rng, signer), "PERSON")
        if rng.random() < 0.3:
            doc.add(" 敬上")


def _table(doc: _Doc, rng: random.Random, genre: _Genre, names: _Names) -> None:
    """A roster pasted as CSV, TSV, pipe table or space-aligned columns."""
    labels = rng.sample(["ID", "PHONE", "ADDRESS", "BIRTH_DATE", "EMAIL", "TW_NHI_CARD"], 2)
    labels += rng.sample(["PHONE", "BIRTH_DATE"], 1) if rng.random() < 0.3 else []
    labels = list(dict.fromkeys(labels))
    people = [names.person() for _ in range(rng.randint(2, 4))]
    rows: list[list[tuple[str, str | None]]] = []
    header = ["序號", "姓名"] + [
        "身分證/居留證號" if label == "ID" else _COLUMN[label] for label in labels
    ]
    for idx, person in enumerate(people, 1):
        row: list[tuple[str, str | None]] = [(str(idx), None), (person.name, "PERSON")]
        for label in labels:
            real = label
            if label == "ID":
                real = "TW_RESIDENT_CERT" if person.foreign else "TW_NATIONAL_ID"
            row.append((_value(rng, real, person), real))
        rows.append(row)
    style = rng.randrange(4)
    doc.add(rng.choice(genre.title), "\n")
    widths = [max(len(h), *(len(r[i][0]) for r in rows)) + 2 for i, h in enumerate(header)]

    def emit(cells: list[tuple[str, str | None]]) -> None:
        for i, (cell, label) in enumerate(cells):
            last = i == len(cells) - 1
            if style == 2:
                doc.add("| " if i == 0 else " | ")
            if label is None:
                doc.add(cell)
            else:
                doc.ent(cell, label)
            if style == 0 and not last:
                doc.add(",")
            elif style == 1 and not last:
                doc.add("\t")
            elif style == 3 and not last:
                doc.add(" " * (widths[i] - len(cell)))
            elif style == 2 and last:
                doc.add(" |")
        doc.add("\n")

    emit([(h, None) for h in header])
    if style == 2:
        doc.add("|" + "|".join("---" for _ in header) + "|\n")
    for row in rows:
        emit(row)
    doc.add(rng.choice(genre.closing))


# ---------------------------------------------------------------------------------------------
# Hard negatives: only look-alikes

_ORGS = [
    "台灣電力公司", "國立臺灣大學", "財團法人伊甸社會福利基金會", "中華郵政", "台灣高鐵",
    "統一超商", "全聯福利中心", "陽明山國家公園", "長庚醫院", "臺灣銀行", "林務局",
]  # fmt: skip
_COMPANY = ["鴻達營造", "金華餐飲", "德安食品", "和信運動用品", "永豐藝術", "林園物流", "志明實業"]
_LAWS = ["個人資料保護法", "災害防救法", "道路交通管理處罰條例", "關稅法", "學校衛生法",
         "國民體育法", "建築法", "行政程序法", "安寧緩和醫療條例"]  # fmt: skip
_LOOKALIKE_WORDS = [
    "陳情", "林業", "黃金週", "周邊", "許可", "張貼", "游泳池", "曾經", "江河", "何時", "高溫",
    "洪水", "簡報", "方案", "施工", "王牌", "李子", "吳郭魚", "蔡家村", "鄭重", "謝謝", "郭公",
    "邱陵", "廖落", "賴以", "徐行", "莊園", "呂宋島", "蕭條", "羅盤", "潘朵拉", "朱紅", "鍾愛",
    "彭湃", "詹氏族譜", "胡椒", "沈澱", "余暇", "盧森堡", "梁柱", "趙州橋", "顏料", "柯基犬",
    "魏碑", "孫中山紀念館", "戴口罩", "范圍", "宋朝", "杜鵑花", "傅立葉", "侯鳥", "曹操",
    "丁香", "文心", "金城武廟",
]  # fmt: skip
_STREETS = ["林森北路", "中正路", "逸仙路", "羅斯福路", "徐州路", "金華街", "敦化南路",
            "秀朗路", "美村路", "志仁街", "俊英街", "雅潭路", "淑德街"]  # fmt: skip
_TITLES = ["承辦人", "里長", "課長", "社工督導", "結構技師", "營養師", "總幹事", "秘書",
           "局長", "評審委員", "僑務秘書", "隊長"]  # fmt: skip
_PRODUCTS = ["Nike", "ASICS", "Garmin", "iPhone 15", "Toyota Altis", "Gogoro", "義美", "統一"]


def _valid_ban(rng: random.Random) -> str:
    """A valid business number (a company's, so not personal data) that reads as no phone."""
    while True:
        value = _digits(rng, 8)
        if ban.is_valid(value) and not phone.is_plausible(value):
            return value


def _not_phone(rng: random.Random, k: int) -> str:
    """``k`` random digits that do not read as a plausible phone number."""
    while True:
        value = _digits(rng, k)
        if not phone.is_plausible(value):
            return value


def _bad_id(rng: random.Random) -> str:
    """A form number shaped like an ID but failing every ID checksum."""
    while True:
        value = rng.choice(list(LETTER_CODES)) + rng.choice("12AB89") + _not_phone(rng, 8)
        digit_tail = value[1:] if value[1].isdigit() else value[2:]
        if not (twid.is_valid(value) or arc.is_valid(value) or phone.is_plausible(digit_tail)):
            return value


def _bad_card(rng: random.Random) -> str:
    """A 16-digit payment-slip number no card issuer could have issued."""
    while True:
        value = rng.choice("1789") + _digits(rng, 15)
        if not creditcard.is_valid(value):
            return value


_LOOKALIKE_KINDS = 14


def _lookalike(rng: random.Random, pick: int) -> str:
    """One sentence holding a look-alike of some identifier or name."""
    year = rng.randint(110, 115)
    if pick == 0:
        office = rng.choice(["府授", "北市", "桃府", "中市"]) + rng.choice(["社", "文", "交", "建"])
        return f"依{office}字第{year}{_digits(rng, 7)}號函辦理。"
    if pick == 1:
        return f"案號：{year}-{rng.choice('ABCDK')}-{_digits(rng, 4)}。"
    if pick == 2:
        return f"得標廠商{rng.choice(_COMPANY)}股份有限公司（統一編號{_valid_ban(rng)}）。"
    if pick == 3:
        return f"依{rng.choice(_LAWS)}第{rng.randint(2, 90)}條第{rng.randint(1, 5)}項規定辦理。"
    if pick == 4:
        return f"核定金額新臺幣{rng.randint(3, 900) * 1000:,}元。"
    if pick == 5:
        event = rng.choice(["地震發生於", "收文日期", "會勘日期：", "公告日", "活動日期為"])
        return f"{event}{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日。"
    if pick == 6:
        return f"請洽{rng.choice(_TITLES)}辦理，{rng.choice(_TITLES)}將於會後回覆。"
    if pick == 7:
        return f"{rng.choice(_LOOKALIKE_WORDS)}一事，{rng.choice(_LOOKALIKE_WORDS)}部分另案處理。"
    if pick == 8:
        first, second = rng.sample(_STREETS, 2)
        return f"路線行經{first}與{second}口。"
    if pick == 9:
        return f"表單編號{_bad_id(rng)}已歸檔。"
    if pick == 10:
        return f"銷帳編號 {_bad_card(rng)}，繳費期限{year}年{rng.randint(1, 12)}月底。"
    if pick == 11:
        return f"協辦單位：{rng.choice(_ORGS)}、{rng.choice(_ORGS)}。"
    if pick == 12:
        return f"贊助品牌{rng.choice(_PRODUCTS)}提供物資{rng.randint(20, 500)}份。"
    track = rng.choice(["AB", "KQ", "ZX"])
    return f"收據號碼{_digits(rng, 12)}，電子發票{track}-{_not_phone(rng, 8)}。"


def _hard_negative(doc: _Doc, rng: random.Random, genre: _Genre) -> None:
    """A text with only look-alikes, in the genre's own wording."""
    doc.add(rng.choice(genre.title), "\n")
    for pick in rng.sample(range(_LOOKALIKE_KINDS), rng.randint(2, 5)):
        if rng.random() < 0.4:
            doc.add(rng.choice(genre.filler))
        doc.add(_lookalike(rng, pick))
        if rng.random() < 0.2:
            doc.add("\n")
    doc.add(rng.choice(genre.closing))


def _masked(doc: _Doc) -> str:
    """The text with gold spans blanked, to look for names left outside them."""
    text = doc.text
    for start, end, _ in doc.spans:
        text = text[:start] + "\u25a0" * (end - start) + text[end:]
    return text


_ID_SHAPE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]{9}(?![A-Za-z0-9])")
_NUMBER_RUN = re.compile(r"\+?\d(?:[\d \-./()]*\d)?")
_NUMBER_SEPARATORS = re.compile(r"[ \-./()]+")


def _leaks(text: str, known: list[str]) -> bool:
    """Whether unlabelled text holds something a scanner could rightly report.

    Look-alikes are drawn at random, so some (a form number's digits, a receipt number) can
    happen to form a plausible phone number or a valid ID; such samples are redrawn rather
    than labelled, because a look-alike is only useful when it is certainly not personal data.
    """
    if any(len(k) >= 3 and k in text for k in known):
        return True
    norm = unicodedata.normalize("NFKC", text)
    if "@" in norm:
        return True
    for m in _ID_SHAPE.finditer(norm):
        if twid.is_valid(m.group()) or arc.is_valid(m.group()):
            return True
    for m in _NUMBER_RUN.finditer(norm):
        tokens = _NUMBER_SEPARATORS.split(m.group())
        for i in range(len(tokens)):
            for j in range(i + 1, len(tokens) + 1):
                candidate = "".join(tokens[i:j])
                if phone.is_plausible(candidate) or creditcard.is_valid(candidate):
                    return True
    return False


# ---------------------------------------------------------------------------------------------


def generate_heldout15(n: int = 2000, seed: int = 149) -> tuple[list[Sample], list[str]]:
    """Return ``n`` labelled samples and the known-names list, reproducibly per ``seed``."""
    rng = random.Random(seed)
    names = _Names(rng, n)
    samples: list[Sample] = []
    while len(samples) < n:
        genre = rng.choice(_GENRES)
        doc = _Doc(names.known)
        if rng.random() < _HARD_NEGATIVE_SHARE:
            _hard_negative(doc, rng, genre)
            if _leaks(doc.text, names.known_list):
                continue
            samples.append(doc.sample(hard_negative=True))
            continue
        if rng.random() < 0.2:
            _table(doc, rng, genre, names)
        else:
            _prose(doc, rng, genre, names)
        if _leaks(_masked(doc), names.known_list):
            continue
        samples.append(doc.sample())
    return samples, list(names.known_list)
