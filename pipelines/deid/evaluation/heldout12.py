"""Held-out set 12: agency free text written independently of the scanner and earlier sets.

Why a separate set: every earlier labelled set has been looked at while tuning the scanner, so
its figures flatter it. This set was written without reading the scanner, its recognizers or
the earlier sets, in genres of its own (tax tickets, grease-trap inspections, museum bookings,
legal-aid intake, shelter check-in, mayor's-mailbox e-mails, child-protection hotline notes,
towing records, solar-heater subsidies, labour-pension disputes, dormitory incidents and
farm-produce traceability complaints), so its first measurement is an honest held-out figure.

Texts are built piece by piece with :class:`_Doc`, which records each span as it appends the
value, so offsets are exact by construction. About a quarter of the samples are hard
negatives that hold only look-alikes (case numbers, company BANs, statute articles, masked
values, plates, invoice numbers, brands and streets that start with a surname character).
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

__all__ = ["ENTITY_TYPES", "generate_heldout12"]

ENTITY_TYPES: tuple[str, ...] = (
    "PERSON",
    "TW_NATIONAL_ID",
    "TW_RESIDENT_CERT",
    "PHONE",
    "EMAIL",
    "ADDRESS",
    "TW_NHI_CARD",
    "PASSPORT",
    "CREDIT_CARD",
    "BIRTH_DATE",
)

_FULL_WIDTH_RATE = 0.12
_HARD_NEGATIVE_RATE = 0.25
_KNOWN_RATE = 0.5

# ---------------------------------------------------------------------------------------------
# Name material (written for this set; deliberately not shared with other generators).
# ---------------------------------------------------------------------------------------------

_SURNAMES = list(
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙"
    "顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀姚連馮歐程湯康姜白汪鄒尤巫鐘黎涂龔"
    "嚴韓袁童陸夏柳凃邵錢伍倪溫譚駱熊甘秦顧毛章雷粘饒闕凌崔尹孔辛辜陶段龍韋葛池孟褚殷麥賀賈莫"
)
_COMPOUND_SURNAMES = [
    "歐陽",
    "司馬",
    "張簡",
    "范姜",
    "諸葛",
    "上官",
    "司徒",
    "周黃",
    "東方",
    "夏侯",
]
_GIVEN_CHARS = list(
    "志明俊傑建宏家豪冠廷宗翰承恩柏宇彥誠信昌雄榮義德輝淑芬美玲雅婷怡君佩珊惠秀琴麗欣妤佳穎"
    "詩涵筱萱宜蓁沛瑜思彤品妍晴語柔郁慧瑞祥崇賢啟鴻浩睿哲軒紹維凱毓珮嘉琪桂枝蘭素碧霞娥鳳茂"
    "順旺添財進坤清源耀銘仁勳瑋珍綺翠盈蕙蓉琳憲錦燦堂煌裕松"
)
_INDIGENOUS = [
    ("瓦旦", "Watan"),
    ("尤命", "Yumin"),
    ("比令", "Pilin"),
    ("巴奈", "Panay"),
    ("馬耀", "Mayaw"),
    ("拉娃", "Lawa"),
    ("伊凡", "Iwan"),
    ("吉娃斯", "Ciwas"),
    ("撒韻", "Sayun"),
    ("達努", "Danu"),
    ("拉罕", "Lahan"),
    ("嘎照", "Kacaw"),
    ("哈勇", "Hayung"),
    ("蘇路", "Sulu"),
    ("巴萬", "Pawan"),
    ("諾幹", "Nokan"),
    ("阿洛", "Alo"),
    ("烏瑪芙", "Umav"),
    ("谷娃", "Kuwa"),
    ("拉荷", "Lahok"),
]
_INTERPUNCTS = ["·", "‧", "．", "•"]
# Vietnamese (Latin with diacritics, Han transliteration) kept index-aligned.
_VN_FAMILY = [
    ("Nguyễn", "阮"),
    ("Trần", "陳"),
    ("Lê", "黎"),
    ("Phạm", "范"),
    ("Hoàng", "黃"),
    ("Phan", "潘"),
    ("Vũ", "武"),
    ("Đặng", "鄧"),
    ("Bùi", "裴"),
    ("Đỗ", "杜"),
]
_VN_MIDDLE = [("Thị", "氏"), ("Văn", "文"), ("Ngọc", "玉"), ("Thanh", "清"), ("Hữu", "友")]
_VN_GIVEN = [
    ("Lan", "蘭"),
    ("Hương", "香"),
    ("Mai", "梅"),
    ("Hoa", "花"),
    ("Thu", "秋"),
    ("Hằng", "恆"),
    ("Nga", "娥"),
    ("Dũng", "勇"),
    ("Hùng", "雄"),
    ("Phương", "芳"),
    ("Yến", "燕"),
    ("Hạnh", "幸"),
]
_ID_FIRST = [
    ("Siti", "西蒂"),
    ("Sri", "詩莉"),
    ("Dewi", "黛薇"),
    ("Rina", "莉娜"),
    ("Ani", "安妮"),
    ("Agus", "阿古斯"),
    ("Budi", "布迪"),
    ("Nur", "努兒"),
    ("Wati", "瓦蒂"),
    ("Eko", "艾可"),
]
_ID_LAST = [
    ("Aminah", "阿米娜"),
    ("Wahyuni", "瓦尤妮"),
    ("Lestari", "勒絲塔莉"),
    ("Susanti", "蘇珊蒂"),
    ("Rahayu", "拉哈尤"),
    ("Setiawan", "塞蒂亞萬"),
    ("Santoso", "桑托索"),
    ("Hidayah", "希妲雅"),
]
_PH_FIRST = ["Maria Cristina", "Analyn", "Mary Joy", "Jocelyn", "Rowena", "Jerome", "Mark Anthony"]
_PH_LAST = ["Santos", "Reyes", "Dela Cruz", "Bautista", "Garcia", "Mendoza", "Villanueva"]
_TH_NAMES = [
    ("Somchai Srisuk", "宋猜"),
    ("Anong Boonmee", "阿儂"),
    ("Niran Chaiyaporn", "尼蘭"),
    ("Kanya Thongdee", "甘雅"),
    ("Prasert Wongsa", "巴色"),
]
_WG_SURNAMES = [
    "Chen",
    "Lin",
    "Huang",
    "Chang",
    "Wang",
    "Wu",
    "Liu",
    "Tsai",
    "Yang",
    "Hsu",
    "Cheng",
    "Hsieh",
    "Kuo",
    "Hung",
    "Chiu",
    "Tseng",
    "Liao",
    "Lai",
    "Chou",
    "Yeh",
    "Chuang",
    "Chiang",
    "Hsiao",
    "Kao",
]
_WG_SYLLABLES = [
    "Chih",
    "Ming",
    "Mei",
    "Ling",
    "Ya",
    "Ting",
    "Wei",
    "Hsiang",
    "Chun",
    "Hao",
    "Yu",
    "Hsin",
    "Chia",
    "Jung",
    "Kuan",
    "Tsung",
    "Pei",
    "Shu",
    "Fen",
    "Hui",
    "Kai",
    "Po",
    "Yen",
    "Han",
]


def _strip_marks(text: str) -> str:
    """Drop Vietnamese diacritics the way people do on keyboards without them."""
    text = text.replace("Đ", "D").replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class _Names:
    """Draws person names of many kinds; kind weights mirror who appears in agency files."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def han(self) -> str:
        """A Han name: common surname, some compound surnames, some one-character given names."""
        r = self.rng
        roll = r.random()
        surname = r.choice(_COMPOUND_SURNAMES) if roll < 0.08 else r.choice(_SURNAMES)
        given_len = 1 if r.random() < 0.12 else 2
        given = "".join(r.choice(_GIVEN_CHARS) for _ in range(given_len))
        if 0.08 <= roll < 0.15:  # married name: husband's surname in front of her own
            return r.choice(_SURNAMES) + surname + given
        return surname + given

    def foreign(self) -> str:
        """A migrant worker's or foreign spouse's name, in Latin script or Han transliteration."""
        r = self.rng
        kind = r.random()
        if kind < 0.45:
            fam, mid, giv = r.choice(_VN_FAMILY), r.choice(_VN_MIDDLE), r.choice(_VN_GIVEN)
            if r.random() < 0.4:
                return fam[1] + mid[1] + giv[1]
            latin = f"{fam[0]} {mid[0]} {giv[0]}"
            return _strip_marks(latin) if r.random() < 0.5 else latin
        if kind < 0.72:
            first, last = r.choice(_ID_FIRST), r.choice(_ID_LAST)
            if r.random() < 0.35:
                return first[1] + r.choice(_INTERPUNCTS[:2]) + last[1]
            return f"{first[0]} {last[0]}"
        if kind < 0.88:
            name = f"{r.choice(_PH_FIRST)} {r.choice(_PH_LAST)}"
            return name.upper() if r.random() < 0.2 else name
        latin, han = r.choice(_TH_NAMES)
        return han if r.random() < 0.3 else latin

    def indigenous(self) -> str:
        """An Indigenous name: Han transcription with an interpunct, or romanised."""
        r = self.rng
        a, b = r.sample(_INDIGENOUS, 2)
        if r.random() < 0.6:
            return a[0] + r.choice(_INTERPUNCTS) + b[0]
        return f"{a[1]} {b[1]}"

    def romanised(self) -> str:
        """A Taiwanese name romanised as on passports and English forms."""
        r = self.rng
        s = r.choice(_WG_SURNAMES)
        g1, g2 = r.sample(_WG_SYLLABLES, 2)
        style = r.randrange(4)
        if style == 0:
            return f"{s} {g1}-{g2.lower()}"
        if style == 1:
            return f"{g1}-{g2.lower()} {s}"
        if style == 2:
            return f"{s.upper()} {g1.upper()}-{g2.upper()}"
        return f"{s} {g1}{g2.lower()}"

    def any(self) -> str:
        """A name of any kind, mostly Han."""
        roll = self.rng.random()
        if roll < 0.70:
            return self.han()
        if roll < 0.80:
            return self.foreign()
        if roll < 0.90:
            return self.indigenous()
        return self.romanised()


# ---------------------------------------------------------------------------------------------
# Value generators.
# ---------------------------------------------------------------------------------------------


def _full_width(text: str) -> str:
    """Turn ASCII letters and digits into their full-width forms (as some agency systems do)."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in text)


def _digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


def _luhn_digit(body: str) -> str:
    """The check digit that makes ``body + digit`` pass the Luhn test."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _ban(rng: random.Random) -> str:
    """A valid company BAN (a look-alike: it identifies a business, not a person)."""
    while True:
        value = _digits(rng, 8)
        if value[0] != "0" and ban.is_valid(value):
            return value


def _roc_date(rng: random.Random) -> str:
    """A non-birth administrative date (look-alike)."""
    y, m, d = rng.randint(108, 114), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{y}.{m}.{d}"])


class _Ctx:
    """Random source plus person and identifier generators used by the genre templates."""

    def __init__(self, rng: random.Random, known: list[str], known_used: list[str]) -> None:
        self.rng = rng
        self.names = _Names(rng)
        self.known = known
        self.known_keys = {k.replace(" ", "") for k in known} | set(known)
        self.known_used = known_used

    # -- people ---------------------------------------------------------------------------
    def _fresh(self, draw: Callable[[], str]) -> str:
        """A name that is in no list (redrawn while it collides with a known name)."""
        while True:
            name = draw()
            if name not in self.known_keys and name.replace(" ", "") not in self.known_keys:
                return name

    def person(self, kind: str = "any") -> str:
        """A PERSON mention: about half from the known list, the rest unknown."""
        r = self.rng
        draw = getattr(self.names, kind)
        if r.random() < _KNOWN_RATE:
            pool = [k for k in self.known_used if _kind_of(k) == kind] if kind != "any" else []
            name = r.choice(pool or self.known_used)
        else:
            name = self._fresh(draw)
        if _is_han(name) and r.random() < 0.12 and len(name) >= 2:
            cut = 2 if name[:2] in _COMPOUND_SURNAMES else 1
            name = name[:cut] + " " + (" ".join(name[cut:]) if r.random() < 0.4 else name[cut:])
        return name

    def indigenous_pair(self) -> tuple[str, str]:
        """One unknown Indigenous person written twice: romanised, then Han in parentheses."""
        r = self.rng
        while True:
            a, b = r.sample(_INDIGENOUS, 2)
            latin, han = f"{a[1]} {b[1]}", a[0] + r.choice(_INTERPUNCTS) + b[0]
            if not {latin, han, latin.replace(" ", "")} & self.known_keys:
                return latin, han

    # -- identifiers ----------------------------------------------------------------------
    def fw(self, value: str) -> str:
        """Full-width forms in about 12 % of values."""
        return _full_width(value) if self.rng.random() < _FULL_WIDTH_RATE else value

    def national_id(self) -> str:
        r = self.rng
        letter = r.choice(sorted(LETTER_CODES))
        body = r.choice("12") + _digits(r, 7)
        value = letter + body + id_check_digit(letter, body)
        assert twid.is_valid(value)
        if r.random() < 0.04:
            value = value.lower()
        return self.fw(value)

    def resident_cert(self) -> str:
        r = self.rng
        letter = r.choice(sorted(LETTER_CODES))
        if r.random() < 0.55:
            body = r.choice("89") + _digits(r, 7)
            value = letter + body + id_check_digit(letter, body)
        else:
            second = r.choice("ABCD")
            tail = _digits(r, 7)
            check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
            value = letter + second + tail + check
        assert arc.is_valid(value)
        return self.fw(value)

    def phone(self) -> str:
        r = self.rng
        while True:
            if r.random() < 0.6:
                num = "09" + _digits(r, 8)
                style = r.randrange(6)
                text = [
                    f"{num[:4]}-{num[4:7]}-{num[7:]}",
                    num,
                    f"{num[:4]} {num[4:7]} {num[7:]}",
                    f"{num[:4]}-{num[4:]}",
                    f"+886-{num[1:4]}-{num[4:7]}-{num[7:]}",
                    f"+886 {num[1:4]} {num[4:]}",
                ][style]
            else:
                area, first, local_len = r.choice(
                    [
                        ("02", "2345678", 8),
                        ("03", "2345689", 7),
                        ("037", "2345", 6),
                        ("04", "2", 8),
                        ("049", "2", 7),
                        ("05", "2", 7),
                        ("06", "2", 7),
                        ("07", "35678", 7),
                        ("08", "7", 7),
                        ("089", "3", 6),
                        ("082", "3", 6),
                    ]
                )
                local = r.choice(first) + _digits(r, local_len - 1)
                num = area + local
                split = 4 if local_len == 8 else 3
                text = r.choice(
                    [
                        f"({area}){local[:split]}-{local[split:]}",
                        f"{area}-{local}",
                        f"{area}-{local[:split]}-{local[split:]}",
                        f"{area} {local[:split]} {local[split:]}",
                        f"（{area}）{local}",
                    ]
                )
            if phone.is_valid(num):
                return self.fw(text)

    def email(self, name_hint: str = "") -> str:
        r = self.rng
        ascii_hint = re.sub(r"[^a-z]", "", _strip_marks(name_hint).lower())
        local = ascii_hint[:10] if ascii_hint and r.random() < 0.5 else ""
        if not local:
            local = r.choice(_WG_SYLLABLES).lower() + r.choice(["", ".", "_"])
            local += r.choice(_WG_SURNAMES).lower()
        local += r.choice(["", str(r.randint(1, 99)), str(r.randint(1960, 2008))])
        domain = r.choice(
            [
                "gmail.com",
                "yahoo.com.tw",
                "hotmail.com",
                "outlook.com",
                "msa.hinet.net",
                f"ms{r.randint(1, 79)}.hinet.net",
                "pchome.com.tw",
                "icloud.com",
            ]
        )
        return f"{local}@{domain}"

    def address(self) -> str:
        r = self.rng
        city, towns = r.choice(_PLACES)
        if city.startswith("臺") and r.random() < 0.35:
            city = "台" + city[1:]
        parts = [city, r.choice(towns)]
        if r.random() < 0.25:
            parts.append(r.choice(_VILLAGES) + f"{r.randint(1, 30)}鄰")
        parts.append(r.choice(_ROADS))
        if r.random() < 0.4:
            parts.append(r.choice("一二三四五") + "段")
        if r.random() < 0.45:
            parts.append(f"{r.randint(1, 420)}巷")
            if r.random() < 0.35:
                parts.append(f"{r.randint(1, 40)}弄")
        number = f"{r.randint(1, 380)}"
        roll = r.random()
        if roll < 0.12:
            parts.append(f"{number}之{r.randint(1, 9)}號")
        else:
            parts.append(f"{number}號")
        if roll > 0.5:
            floor = r.randint(2, 21)
            parts.append(r.choice([f"{floor}樓", f"{_zh_num(floor)}樓"]))
            if r.random() < 0.25:
                parts.append(f"之{r.randint(1, 8)}")
        return self.fw("".join(parts))

    def nhi(self) -> str:
        r = self.rng
        value = ("0000" if r.random() < 0.5 else "0" + _digits(r, 3)) + _digits(r, 8)
        text = r.choice(
            [
                value,
                f"{value[:4]} {value[4:8]} {value[8:]}",
                f"{value[:4]}-{value[4:8]}-{value[8:]}",
            ]
        )
        return self.fw(text)

    def passport(self, country: str = "") -> str:
        r = self.rng
        country = country or r.choice(["TW", "VN", "ID", "PH", "TH", "JP"])
        if country == "TW":
            value = "3" + _digits(r, 8)
        elif country == "VN":
            value = r.choice("CBN") + _digits(r, 7)
        elif country == "ID":
            value = r.choice("ABCX") + _digits(r, 7)
        elif country == "PH":
            value = "P" + _digits(r, 7) + r.choice("ABC")
        elif country == "TH":
            value = r.choice(["AA", "AB", "AC"]) + _digits(r, 7)
        else:
            value = r.choice(["TK", "TZ", "MU"]) + _digits(r, 7)
        return self.fw(value)

    def card(self) -> str:
        r = self.rng
        prefix, length = r.choice(
            [
                ("4", 16),
                ("4", 16),
                ("5" + r.choice("12345"), 16),
                ("35" + r.choice("2345678"), 16),
                (r.choice(["34", "37"]), 15),
                ("62", 16),
            ]
        )
        body = prefix + _digits(r, length - len(prefix) - 1)
        value = body + _luhn_digit(body)
        assert creditcard.is_valid(value), "generated card must be Luhn-valid"
        if length == 15:
            grouped = f"{value[:4]} {value[4:10]} {value[10:]}"
        else:
            grouped = " ".join(value[i : i + 4] for i in range(0, 16, 4))
        text = r.choice([value, grouped, grouped.replace(" ", "-")])
        return self.fw(text)

    def birth_date(self) -> str:
        r = self.rng
        y, m, d = r.randint(1938, 2016), r.randint(1, 12), r.randint(1, 28)
        roc = y - 1911
        text = r.choice(
            [
                f"民國{roc}年{m}月{d}日",
                f"{roc}年{m}月{d}日",
                f"{y}年{m}月{d}日",
                f"{y}/{m:02d}/{d:02d}",
                f"{y}-{m:02d}-{d:02d}",
                f"{roc:03d}/{m:02d}/{d:02d}",
                f"{roc}.{m}.{d}",
                f"{roc:03d}{m:02d}{d:02d}",
            ]
        )
        return self.fw(text)

    def case_no(self) -> str:
        """Document / case numbers (look-alikes; never shaped like an ID or a phone)."""
        r = self.rng
        return r.choice(
            [
                f"{r.randint(108, 114)}{_digits(r, 7)}",
                f"{r.choice(['北', '中', '南', '高', '桃'])}{r.choice(['服', '環', '法扶', '交'])}"
                f"字第{r.randint(1, 9)}{_digits(r, 8)}號",
                f"{r.randint(108, 114)}-{r.randint(1, 9)}{_digits(r, 4)}",
                f"{r.choice('CRTEH')}{r.randint(108, 114)}{_digits(r, 5)}",
            ]
        )

    def invoice_no(self) -> str:
        """A receipt (統一發票) number: two letters and eight digits, kept clear of the old ARC."""
        r = self.rng
        while True:
            value = r.choice("EFGHJKLMNPQRSTUVWXYZ") + r.choice("EFGHJKLMNPQRSTUVWXYZ")
            value += _digits(r, 8)
            if not arc.is_valid(value):
                return f"{value[:2]}-{value[2:]}"

    def plate(self) -> str:
        r = self.rng
        letters = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3))
        return r.choice([f"{letters}-{_digits(r, 4)}", f"{_digits(r, 4)}-{letters[:2]}"])

    def amount(self) -> str:
        r = self.rng
        n = r.randint(3, 980) * r.choice([10, 100, 1000])
        return r.choice([f"新臺幣{n:,}元", f"{n:,}元", f"NT${n:,}"])


def _zh_num(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")


def _is_han(name: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in name)


def _kind_of(name: str) -> str:
    """Rough kind of a known name, so foreign-worker slots can reuse foreign known names."""
    if any(p in name for p in _INTERPUNCTS):
        return "indigenous" if any(name.startswith(a[0]) for a in _INDIGENOUS) else "foreign"
    if _is_han(name):
        return "han"
    return "foreign"


_PLACES: list[tuple[str, list[str]]] = [
    ("臺北市", ["大安區", "信義區", "中山區", "萬華區", "士林區", "內湖區", "文山區"]),
    ("新北市", ["板橋區", "三重區", "中和區", "永和區", "新莊區", "汐止區", "淡水區", "林口區"]),
    ("桃園市", ["桃園區", "中壢區", "平鎮區", "龜山區", "楊梅區"]),
    ("臺中市", ["西屯區", "北屯區", "南屯區", "豐原區", "大里區", "太平區"]),
    ("臺南市", ["東區", "永康區", "安平區", "新營區", "麻豆區"]),
    ("高雄市", ["三民區", "苓雅區", "鳳山區", "左營區", "楠梓區", "岡山區"]),
    ("基隆市", ["仁愛區", "七堵區"]),
    ("新竹縣", ["竹北市", "湖口鄉"]),
    ("苗栗縣", ["苗栗市", "頭份市", "三義鄉"]),
    ("彰化縣", ["彰化市", "員林市", "鹿港鎮"]),
    ("南投縣", ["南投市", "埔里鎮", "仁愛鄉"]),
    ("雲林縣", ["斗六市", "虎尾鎮"]),
    ("嘉義縣", ["民雄鄉", "太保市"]),
    ("屏東縣", ["屏東市", "潮州鎮", "恆春鎮"]),
    ("宜蘭縣", ["宜蘭市", "羅東鎮", "蘇澳鎮"]),
    ("花蓮縣", ["花蓮市", "吉安鄉", "秀林鄉"]),
    ("臺東縣", ["臺東市", "卑南鄉"]),
    ("澎湖縣", ["馬公市"]),
]
_VILLAGES = ["光明里", "福德里", "和平里", "中興村", "大埔村", "仁和里", "東勢里"]
_ROADS = [
    "中山路",
    "中正路",
    "民生路",
    "建國路",
    "復興路",
    "和平東路",
    "忠孝東路",
    "光復路",
    "成功路",
    "文化路",
    "自由路",
    "三民路",
    "林森北路",
    "羅斯福路",
    "仁愛路",
    "公園路",
    "延平路",
    "府前路",
    "博愛路",
    "新生南路",
    "五福一路",
    "南京東路",
    "福德街",
    "育英街",
    "吳興街",
    "許昌街",
    "鄭州路",
]
# Words that start with a surname character but are not names (look-alikes).
_SURNAME_WORDS = [
    "林務",
    "黃金週",
    "王牌",
    "陳列架",
    "張貼",
    "李子",
    "高溫",
    "江湖",
    "周邊",
    "何時",
    "曾經",
    "許可證",
    "方便",
    "白板",
    "石板路",
    "金額",
    "馬路",
    "黎明",
    "溫度計",
    "古蹟",
    "康復",
    "程序",
    "石斑魚",
    "葉菜類",
    "洪水",
]
_BRANDS = ["林鳳營", "全聯", "王品", "義美", "黑松", "統一超商", "金蘭醬油", "大同電鍋", "高鐵"]
_TITLES = ["承辦人", "科長", "里長", "社工員", "舍監", "稽查員", "值班員警", "志工", "組長", "律師"]
_STREETS_ONLY = ["林森北路", "羅斯福路", "鄭州路", "許昌街", "吳興街", "中正路", "莊敬路"]
_STATUTES = [
    "個人資料保護法第6條",
    "勞工退休金條例第14條第1項",
    "稅捐稽徵法第33條",
    "水污染防治法第7條",
    "兒童及少年福利與權益保障法第53條",
    "道路交通管理處罰條例第56條",
    "法律扶助法第5條",
    "災害防救法第27條",
    "食品安全衛生管理法第9條",
]


def _masked_name(rng: random.Random) -> str:
    """An already de-identified name (look-alike): surname, mask, last character."""
    mask = rng.choice(["○", "O", "＊", "*"])
    return rng.choice(_SURNAMES) + mask + rng.choice(_GIVEN_CHARS)


def _masked_id(rng: random.Random) -> str:
    letter = rng.choice("ABDEFHK")
    return letter + rng.choice("12") + rng.choice(["****", "＊＊＊＊"]) + _digits(rng, 4)


# ---------------------------------------------------------------------------------------------
# The document builder.
# ---------------------------------------------------------------------------------------------


class _Doc:
    """Appends text pieces and records a span for every entity value as it is appended."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.pos = 0

    def t(self, *pieces: str) -> _Doc:
        """Append plain text."""
        for piece in pieces:
            self.parts.append(piece)
            self.pos += len(piece)
        return self

    def e(self, value: str, label: str) -> _Doc:
        """Append an entity value and record its span."""
        assert label in ENTITY_TYPES, label
        assert value and value == value.strip(), "spans must not start or end with whitespace"
        self.spans.append((self.pos, self.pos + len(value), label))
        return self.t(value)

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------------------------------------
# Genres: each writes a positive text (``neg`` False) or a look-alike-only one (``neg`` True).
# ---------------------------------------------------------------------------------------------


def _tax(d: _Doc, c: _Ctx, neg: bool) -> None:
    r = c.rng
    d.t(f"【納稅服務案件】編號 {c.case_no()}\n")
    if neg:
        d.t(f"來電民眾詢問{r.randint(111, 113)}年度綜合所得稅退稅進度，未留姓名。")
        d.t(f"經查其任職公司（統一編號 {_ban(r)}）已於{_roc_date(r)}完成扣繳憑單申報，")
        d.t(f"退稅金額{c.amount()}，依稅捐稽徵法第33條規定不得於電話中提供明細。")
        d.t(f"\n處理人員：{r.choice(_TITLES)}　回覆方式：臨櫃")
        return
    name = c.person()
    style = r.randrange(4)
    if style == 3:
        d.e(name, "PERSON").t(r.choice(["先生您好：", " 女士您好：", "君 您好，"]))
        d.t("您所詢問之地價稅繳款書，已改寄至您登記的地址 ").e(c.address(), "ADDRESS")
        d.t("，若仍未收到請回覆本信。")
        return
    if style == 0:
        d.t("納稅義務人：").e(name, "PERSON").t("\n身分證統一編號：").e(
            c.national_id(), "TW_NATIONAL_ID"
        )
        d.t("\n聯絡電話：").e(c.phone(), "PHONE")
    elif style == 1:
        d.t("民眾").e(name, "PERSON").t("（").e(c.national_id(), "TW_NATIONAL_ID")
        d.t("）來電，表示補繳稅款想用信用卡，卡號 ").e(c.card(), "CREDIT_CARD")
        d.t(f"，繳款金額{c.amount()}")
    else:
        d.e(name, "PERSON").t(" 君於服務台臨櫃詢問房屋稅，房屋坐落 ").e(c.address(), "ADDRESS")
        d.t("，請回電 ").e(c.phone(), "PHONE")
    d.t("\n問題摘要：扣繳憑單金額與實際不符，依稅捐稽徵法第33條辦理更正。")
    if r.random() < 0.4:
        d.t("\n配偶 ").e(c.person(), "PERSON").t(" 一併申報，生日 ").e(c.birth_date(), "BIRTH_DATE")


def _grease(d: _Doc, c: _Ctx, neg: bool) -> None:
    r = c.rng
    shop = r.choice(["阿婆麵店", "好味小吃", "福記便當", "老街牛肉麵", "海港熱炒", "晨光早餐店"])
    d.t(f"餐飲業油脂截留器稽查紀錄　稽查日期：{_roc_date(r)}\n業者：{shop}")
    d.t(f"（統一編號 {_ban(r)}）\n")
    if neg:
        d.t(f"現場由{r.choice(_TITLES)}陪同，截留器位於{r.choice(_STREETS_ONLY)}側巷排水溝旁，")
        d.t(f"浮油厚度約{r.randint(2, 15)}公分，未定期清理，違反水污染防治法第7條，")
        d.t(f"處罰鍰{c.amount()}。清運廠商：{r.choice(_BRANDS[:3])}以外之合格業者。")
        return
    d.t("營業地址：").e(c.address(), "ADDRESS").t("\n負責人：").e(c.person(), "PERSON")
    if r.random() < 0.5:
        d.t("　電話：").e(c.phone(), "PHONE")
    d.t(f"\n現場陪同：店員 {r.choice(['', '（外籍）'])}").e(c.person("foreign"), "PERSON")
    d.t(f"\n稽查結果：浮油厚度{r.randint(2, 15)}公分，限期{r.randint(7, 30)}日內改善。")
    if r.random() < 0.35:
        d.t("\n複查聯絡信箱：").e(c.email(), "EMAIL")


def _museum(d: _Doc, c: _Ctx, neg: bool) -> None:
    r = c.rng
    sep = r.choice([",", "\t", " | "])
    header = ["預約日期", "團體名稱", "聯絡人", "聯絡電話", "人數"]
    d.t(sep.join(header) + "\n")
    rows = r.randint(2, 4)
    for _ in range(rows):
        group = r.choice(
            ["快樂國小四年級", "長青社區大學", "陽光讀書會", "銀髮健走隊", "親子共學團"]
        )
        d.t(f"{_roc_date(r)}{sep}{group}{sep}")
        if neg:
            d.t(f"{r.choice(_TITLES)}{sep}（未填）{sep}{r.randint(8, 40)}\n")
            continue
        d.e(c.person(), "PERSON").t(sep).e(c.phone(), "PHONE").t(f"{sep}{r.randint(8, 40)}\n")
    if neg:
        d.t(f"備註：導覽主題「{r.choice(_SURNAME_WORDS)}與生活」，門票收入{c.amount()}。")
    elif r.random() < 0.5:
        d.t("備註：外籍旅客 ").e(c.person(r.choice(["foreign", "romanised"])), "PERSON")
        d.t(" 以信用卡預付，卡號 ").e(c.card(), "CREDIT_CARD").t("，護照 ").e(
            c.passport(), "PASSPORT"
        )
    else:
        d.t("備註：確認信寄至 ").e(c.email(), "EMAIL")


def _legal_aid(d: _Doc, c: _Ctx, neg: bool) -> None:
    r = c.rng
    d.t(f"法律扶助申請　案號 {c.case_no()}\n")
    if neg:
        d.t(f"申請人自述：「老闆說我{r.choice(_SURNAME_WORDS)}都不用管，薪水欠了{c.amount()}。」")
        d.t("\n初步評估：依法律扶助法第5條，符合資力審查標準。")
        d.t(f"\n面談律師：值班{r.choice(_TITLES)}；他造：○○企業社（統一編號 {_ban(r)}）")
        return
    name = c.person()
    d.t("申請人 ").e(name, "PERSON").t("，").e(c.birth_date(), "BIRTH_DATE").t("生，")
    d.t("健保卡號 ").e(c.nhi(), "TW_NHI_CARD").t("。\n")
    other = c.person()
    d.t("面談紀錄：申請人表示：「我跟").e(other, "PERSON")
    d.t(f"借錢之後，{r.choice(['他', '她'])}就不接電話了。」")
    if r.random() < 0.5:
        third = c.person()
        d.t("\n證人「").e(third, "PERSON").t("」說會出庭作證，其手機 ").e(c.phone(), "PHONE")
    if r.random() < 0.4:
        d.t("\n送達地址：").e(c.address(), "ADDRESS")


def _shelter(d: _Doc, c: _Ctx, neg: bool) -> None:
    r = c.rng
    d.t(f"颱風收容處所報到表（{r.choice(['活動中心', '國小禮堂', '教會'])}）\n")
    d.t("| 編號 | 姓名 | 證號 | 出生日期 | 備註 |\n|---|---|---|---|---|\n")
    for i in range(r.randint(2, 4)):
        d.t(f"| {i + 1} | ")
        if neg:
            d.t(f"{_masked_name(r)} | {_masked_id(r)} | （略） | {r.choice(_TITLES)}協助 |\n")
            continue
        roll = r.random()
        if roll < 0.08:
            latin, han = c.indigenous_pair()
            d.e(latin, "PERSON").t("（").e(han, "PERSON").t("）")
        elif roll < 0.2:
            d.e(c.person("indigenous"), "PERSON")
        elif roll < 0.35:
            d.e(c.person("foreign"), "PERSON")
        else:
            d.e(c.person(), "PERSON")
        d.t(" | ")
        if 0.2 <= roll < 0.35 and r.random() < 0.7:  # foreign residents, not Indigenous
            d.e(c.resident_cert(), "TW_RESIDENT_CERT")
        else:
            d.e(c.national_id(), "TW_NATIONAL_ID")
        d.t(" | ").e(c.birth_date(), "BIRTH_DATE").t(" | ")
        d.t(r.choice(["需輪椅", "慢性病", "", "攜帶寵物"]) + " |\n")
    if neg:
        d.t(f"收容人數合計 {r.randint(10, 90)} 人，物資由{r.choice(_BRANDS)}捐贈。")
    elif r.random() < 0.5:
        d.t("緊急聯絡人：").e(c.person(), "PERSON").t("　").e(c.phone(), "PHONE")


def _mayor_mail(d: _Doc, c: _Ctx, neg: bool) -> None:
    r = c.rng
    d.t(r.choice(["市長您好：\n", "市長好～\n", "親愛的市長，\n"]))
    if neg:
        d.t(f"{r.choice(_STREETS_ONLY)}那段的{r.choice(_SURNAME_WORDS)}問題拖了很久，")
        d.t(f"陳情案號{c.case_no()}到現在都沒回！！上次{r.choice(_TITLES)}說會處理，")
        d.t(f"結果{_roc_date(r)}又淹水。拜託了。\n一個住在附近的市民 敬上")
        return
    name = c.person()
    d.t(r.choice(["我是", "我叫", "小女子"])).e(name, "PERSON")
    d.t("，住在").e(c.address(), "ADDRESS").t("。")
    d.t(f"我家對面的{r.choice(['空地', '工地', '夜市攤'])}每天吵到半夜，")
    if r.random() < 0.5:
        d.t("鄰居").e(c.person(), "PERSON").t("也一起連署了。")
    d.t("請派人來看看好嗎\n")
    if r.random() < 0.5:
        d.t("有問題可以打給我 ").e(c.phone(), "PHONE").t(" 或寄信 ").e(c.email(name), "EMAIL")
    else:
        d.t("回信請寄 ").e(c.email(name), "EMAIL")
    d.t("\n\n").e(name, "PERSON").t(r.choice([" 敬上", "\n", " 上"]))


def _child_hotline(d: _Doc, c: _Ctx, neg: bool) -> None:
    r = c.rng
    d.t(f"兒少保護通報摘要（受理編號 {c.case_no()}）\n")
    if neg:
        d.t(f"通報者為學校{r.choice(_TITLES)}，不願具名。案童就讀國小三年級，")
        d.t("手臂有瘀傷，依兒童及少年福利與權益保障法第53條進行調查；")
        d.t(f"家長姓名以{_masked_name(r)}代稱。")
        d.t(f"預定於{_roc_date(r)}家訪。")
        return
    child, mother = c.person(), c.person(r.choice(["foreign", "han"]))
    d.t("案童：").e(child, "PERSON").t("（").e(c.birth_date(), "BIRTH_DATE").t("生）\n")
    d.t("案母：").e(mother, "PERSON")
    if r.random() < 0.6:
        d.t("，統一證號 ").e(c.resident_cert(), "TW_RESIDENT_CERT")
        if r.random() < 0.5:
            d.t("，護照 ").e(c.passport(r.choice(["VN", "ID", "PH", "TH"])), "PASSPORT")
    else:
        d.t("，身分證 ").e(c.national_id(), "TW_NATIONAL_ID")
    d.t("\n摘要：鄰居來電表示常聽到").e(c.person(), "PERSON")
    d.t("大聲斥責小孩，案童健保卡號 ").e(c.nhi(), "TW_NHI_CARD").t(" 已確認有效。")
    if r.random() < 0.4:
        d.t("\n案家地址 ").e(c.address(), "ADDRESS")


def _towing(d: _Doc, c: _Ctx, neg: bool) -> None:
    r = c.rng
    d.t("交通違規拖吊紀錄\n")
    d.t(f"{'車號':<10}{'拖吊時間':<14}{'車主':<12}{'連絡電話'}\n")
    for _ in range(r.randint(2, 3)):
        d.t(f"{c.plate():<10}{_roc_date(r):<14}")
        if neg:
            d.t(f"{'（公司車）':<12}{'未登記'}\n")
            continue
        name = c.person()
        d.e(name, "PERSON").t(" " * max(1, 12 - len(name))).e(c.phone(), "PHONE").t("\n")
    d.t(f"拖吊地點：{r.choice(_STREETS_ONLY)}{r.choice(['口', '紅線', '公車站前'])}，")
    d.t(f"依{_STATUTES[5]}處理，保管費{c.amount()}。")
    if not neg and r.random() < 0.4:
        d.t("\n領車人：").e(c.person(), "PERSON").t("，證號 ").e(c.national_id(), "TW_NATIONAL_ID")


def _solar(d: _Doc, c: _Ctx, neg: bool) -> None:
    r = c.rng
    d.t(f"太陽能熱水器設置補助申請書　收件編號 {c.case_no()}\n")
    if neg:
        d.t(f"經銷商：{r.choice(['日光', '旭能', '長春'])}太陽能有限公司（統一編號 {_ban(r)}）\n")
        d.t(f"集熱器面積 {r.randint(2, 8)} 平方公尺，補助{c.amount()}，發票號碼 {c.invoice_no()}。")
        d.t(f"\n審核：{r.choice(_TITLES)}；依本府太陽能熱水器補助要點第5點撥款。")
        return
    d.t("申請人：").e(c.person(), "PERSON").t("\n身分證字號：").e(c.national_id(), "TW_NATIONAL_ID")
    d.t("\n設置地址：").e(c.address(), "ADDRESS")
    d.t(f"\n發票號碼：{c.invoice_no()}　經銷商統一編號：{_ban(r)}\n")
    if r.random() < 0.5:
        d.t("聯絡方式：").e(c.phone(), "PHONE")
        if r.random() < 0.5:
            d.t(" / ").e(c.email(), "EMAIL")
    else:
        d.t("代理人 ").e(c.person(), "PERSON").t("（").e(c.phone(), "PHONE").t("）代為送件")


def _pension(d: _Doc, c: _Ctx, neg: bool) -> None:
    r = c.rng
    d.t(f"勞工退休金爭議調解紀錄　{c.case_no()}\n")
    if neg:
        d.t(f"雇主：{r.choice(['宏昌', '永興', '大通'])}工業股份有限公司（統一編號 {_ban(r)}）\n")
        d.t(f"爭點：{r.randint(109, 113)}年起未依{_STATUTES[1]}提繳6%，")
        d.t(f"累計短繳{c.amount()}。調解委員：{r.choice(_TITLES)}。")
        return
    worker = c.person(r.choice(["foreign", "foreign", "han"]))
    d.t("申請人：").e(worker, "PERSON")
    if _is_han(worker.replace(" ", "")) and r.random() < 0.5:
        d.t("（身分證 ").e(c.national_id(), "TW_NATIONAL_ID").t("）")
    else:
        d.t("（居留證號 ").e(c.resident_cert(), "TW_RESIDENT_CERT").t("，護照號碼 ")
        d.e(c.passport(), "PASSPORT").t("）")
    d.t(f"\n雇主統一編號 {_ban(r)}，負責人 ").e(c.person(), "PERSON")
    d.t(f"\n雙方陳述：申請人稱「我做了{r.randint(2, 9)}年，老闆都沒有幫我提撥」；")
    d.t("雇主代理人").e(c.person(), "PERSON").t("則表示已於離職時結清。")
    if r.random() < 0.4:
        d.t("\n申請人聯絡電話 ").e(c.phone(), "PHONE")


def _dorm(d: _Doc, c: _Ctx, neg: bool) -> None:
    r = c.rng
    sid = f"{r.choice('BMD')}{r.randint(108, 113)}{_digits(r, 5)}"
    d.t(f"宿舍事件通報單　{r.choice(['男一舍', '女二舍', '研究生宿舍'])}\n")
    if neg:
        appliance = r.choice(["電磁爐", "大同電鍋", "電暖器"])
        d.t(f"{_roc_date(r)}晚間，{r.choice(_TITLES)}巡查時發現寢室內使用{appliance}，")
        d.t(f"違反住宿規則第{r.randint(3, 20)}條；學號 {sid} 之住宿生已簽名確認。")
        return
    d.t(f"學號 {sid}　住宿生 ").e(c.person(r.choice(["any", "romanised"])), "PERSON")
    d.t(f" 於{_roc_date(r)}晚間在交誼廳跌倒，室友 ")
    names = [c.person() for _ in range(r.randint(1, 3))]
    for i, n in enumerate(names):
        if i:
            d.t("、")
        d.e(n, "PERSON")
    d.t(" 協助送醫。\n")
    if r.random() < 0.6:
        d.t("家長聯絡電話：").e(c.phone(), "PHONE").t("；學生信箱：").e(c.email(), "EMAIL")
    if r.random() < 0.4:
        d.t("\n健保卡號：").e(c.nhi(), "TW_NHI_CARD")


def _traceability(d: _Doc, c: _Ctx, neg: bool) -> None:
    r = c.rng
    trace = f"{r.randint(1, 9)}{_digits(r, 9)}{r.randint(1, 9)}"
    d.t(f"產銷履歷農產品消費申訴　追溯碼 {trace}\n")
    product = r.choice(["高接梨", "芭樂", "有機葉菜類", "文旦", "石斑魚片"])
    if neg:
        d.t(f"消費者反映於{r.choice(_BRANDS[:4])}購買之{product}標示不符，")
        d.t(f"發票號碼 {c.invoice_no()}，金額{c.amount()}。經查驗證機構（統一編號 {_ban(r)}）")
        d.t(f"紀錄，依食品安全衛生管理法第9條移請{r.choice(_TITLES)}續處。")
        return
    d.t("申訴人：").e(c.person(), "PERSON")
    if r.random() < 0.5:
        d.t("　手機：").e(c.phone(), "PHONE")
    d.t(f"\n內容：網購{product}收到時已腐爛，使用信用卡 ").e(c.card(), "CREDIT_CARD")
    d.t(f" 付款{c.amount()}，農友 ").e(c.person(), "PERSON").t(" 不願退款。")
    if r.random() < 0.5:
        d.t("\n寄送地址：").e(c.address(), "ADDRESS")
    if r.random() < 0.3:
        d.t("\n申訴人生日 ").e(c.birth_date(), "BIRTH_DATE").t("（抽獎用）")


_GENRES: list[Callable[[_Doc, _Ctx, bool], None]] = [
    _tax,
    _grease,
    _museum,
    _legal_aid,
    _shelter,
    _mayor_mail,
    _child_hotline,
    _towing,
    _solar,
    _pension,
    _dorm,
    _traceability,
]


def _make_known(rng: random.Random, size: int) -> list[str]:
    """Distinct names as a dataset's name column would hold them."""
    names = _Names(rng)
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < size:
        roll = rng.random()
        if roll < 0.72:
            name = names.han()
        elif roll < 0.84:
            name = names.foreign()
        elif roll < 0.92:
            name = names.indigenous()
        else:
            name = names.romanised()
        key = name.replace(" ", "")
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out


def _known_flags(spans: list[tuple[int, int, str]], text: str, known: set[str]) -> list[bool]:
    flags = []
    for s, e, label in spans:
        if label == "PERSON":
            mention = text[s:e]
            flags.append(mention in known or mention.replace(" ", "") in known)
    return flags


def _known_outside(text: str, spans: list[tuple[int, int, str]], long_known: list[str]) -> bool:
    """Whether a known name of 3+ characters occurs outside the gold spans."""
    masked = list(text)
    for s, e, _ in spans:
        masked[s:e] = ["\x00"] * (e - s)
    flat = "".join(masked)
    return any(k in flat for k in long_known)


def generate_heldout12(n: int = 2000, seed: int = 131) -> tuple[list[Sample], list[str]]:
    """Return ``n`` labelled samples and the known-names list, reproducibly per ``seed``."""
    rng = random.Random(seed)
    known = _make_known(rng, max(40, n // 4))
    # A fifth of the known list is never mentioned: a name column holds people who are absent
    # from the free text, and the scanner must not be rewarded for merely holding the list.
    used = known[: int(len(known) * 0.8)]
    known_set = set(known) | {k.replace(" ", "") for k in known}
    long_known = [k for k in known_set if len(k) >= 3]
    ctx = _Ctx(rng, known, used)
    samples: list[Sample] = []
    while len(samples) < n:
        neg = rng.random() < _HARD_NEGATIVE_RATE
        genre = rng.choice(_GENRES)
        doc = _Doc()
        genre(doc, ctx, neg)
        text = doc.text()
        if (not neg and not doc.spans) or _known_outside(text, doc.spans, long_known):
            continue  # redraw: a positive needs spans, and no known name may go unlabelled
        samples.append(
            Sample(
                text=text,
                spans=list(doc.spans),
                hard_negative=neg,
                known_person=_known_flags(doc.spans, text, known_set),
            )
        )
    rng.shuffle(known)
    return samples, known
