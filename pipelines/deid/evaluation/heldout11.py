"""Held-out evaluation set "heldout11" for the free-text PII scanner.

Why this module exists: every labelled set the scanner was tuned on stops being an honest
measure once rules are adjusted to it. This set was written by an author who did not look at
the scanner, its recognizers or the other synthetic sets, with its own genres, wording and name
lists, so that its *first* measurement is a genuine held-out figure. Re-using it for tuning
turns it into one more development set; write heldout12 instead.

Texts imitate free text of Taiwanese agencies (counter logs, lottery results, patrol reports,
minutes, receipts, complaint replies ...). About a quarter are hard negatives that carry only
look-alikes (document numbers, business numbers, statute articles, amounts, place and brand
names, role words followed by modal verbs). Every generated text is checked before it is
accepted: nothing valid (ID, resident certificate, plausible phone, e-mail, Luhn card, NHI
shape, known name) may appear outside the gold spans, so a scanner is never penalised for
finding something the labels forgot.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, nhi, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

# ---------------------------------------------------------------------------------------------
# Name material (this author's own lists; deliberately broad rather than frequency-weighted so
# that a scanner cannot score well by memorising the most common names only).
# ---------------------------------------------------------------------------------------------

_SURNAMES = list(
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高簡朱鍾游詹施沈彭胡余盧潘顏梁"
    "趙柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀姚連馮歐程湯田康姜白汪鄒尤巫鐘涂龔"
    "嚴韓袁金童陸夏柳邵錢伍倪溫秦褚凌"
)
_COMPOUND = ["歐陽", "司馬", "諸葛", "張簡", "范姜", "上官", "夏侯", "司徒", "皇甫", "東方"]
_GIVEN_A = list("美惠淑雅怡婷芳玉秀麗君慧佩宜欣家志明建宏文俊偉傑信承翰宗育冠宇柏庭哲瑋彥筱詩品妤")
_GIVEN_B = list("珍蓮琴萱蓁瑜琳涵軒綺瑄薇寧翔霖崴恩澤凱鈞豪勳銘嘉誠仁德賢睿柔穎潔瑩萍蓉璇鴻")
_GIVEN_ONE = list("勇華強芬娟蓉琪萍豪毅峰瑛琦韻騏嫻菁")

_INDIG_HAN_FIRST = [
    "瓦歷斯",
    "比令",
    "尤道",
    "拉互依",
    "巴奈",
    "阿莉",
    "伊萬",
    "馬耀",
    "烏明",
    "撒韻",
]
_INDIG_HAN_FIRST += [
    "吉娃斯",
    "達利",
    "嘎嘎",
    "蘇飛",
    "阿布斯",
    "莎韻",
    "哈勇",
    "芭翁",
    "努力",
    "尤命",
]
_INDIG_HAN_LAST = ["諾幹", "亞布", "瓦旦", "馬賴", "烏嘎", "達鳳", "拉娃", "旮日羿", "帖木", "谷木"]
_INDIG_HAN_LAST += [
    "巴萬",
    "阿道",
    "沙力",
    "督砮",
    "哈露",
    "伊斯坦大",
    "卡造",
    "法拉",
    "吉拉",
    "拿莫",
]
_INDIG_DOTS = ["·", "‧", "．", "・"]
_INDIG_ROM_FIRST = ["Yapit", "Siyat", "Lawa", "Pisuy", "Temu", "Buya", "Ciwas", "Umin", "Kacaw"]
_INDIG_ROM_FIRST += ["Panay", "Namoh", "Sawmah", "Tanah", "Ipay", "Hayung", "Lituk", "Dakis"]
_INDIG_ROM_LAST = ["Tali", "Nokan", "Watan", "Mayaw", "Losing", "Piho", "Yukan", "Nawi", "Tanapima"]
_INDIG_ROM_LAST += ["Sayun", "Kumu", "Ingay", "Sumi", "Adiw", "Halu", "Sakinu"]

# Vietnamese: (with diacritics, without).
_VN_FAMILY = [("Nguyễn", "Nguyen"), ("Trần", "Tran"), ("Lê", "Le"), ("Phạm", "Pham")]
_VN_FAMILY += [("Hoàng", "Hoang"), ("Phan", "Phan"), ("Vũ", "Vu"), ("Đặng", "Dang")]
_VN_FAMILY += [("Bùi", "Bui"), ("Đỗ", "Do"), ("Ngô", "Ngo"), ("Dương", "Duong")]
_VN_MIDDLE = [("Thị", "Thi"), ("Văn", "Van"), ("Đức", "Duc"), ("Ngọc", "Ngoc"), ("Minh", "Minh")]
_VN_GIVEN = [("Lan", "Lan"), ("Hoa", "Hoa"), ("Hạnh", "Hanh"), ("Tuấn", "Tuan"), ("Hùng", "Hung")]
_VN_GIVEN += [("Thảo", "Thao"), ("Nga", "Nga"), ("Phương", "Phuong"), ("Trang", "Trang")]
_VN_GIVEN += [("Dũng", "Dung"), ("Huệ", "Hue"), ("Quỳnh", "Quynh"), ("Thắm", "Tham")]
_VN_HAN_FAMILY = ["阮", "陳", "黎", "范", "黃", "潘", "武", "鄧", "裴", "杜"]
_VN_HAN_MIDDLE = ["氏", "文", "德", "玉"]
_VN_HAN_GIVEN = list("梅蘭秋花雄勇香草燕鳳霞雲清")
_ID_FIRST = ["Siti", "Sri", "Nur", "Eka", "Rina", "Wulan", "Ayu", "Indah", "Ratna", "Yuli"]
_ID_LAST = ["Rahayu", "Lestari", "Wahyuni", "Handayani", "Susanti", "Kurniawati", "Fitriani"]
_ID_LAST += ["Maulida", "Purwanti", "Setiawati", "Aminah"]
_PH_FIRST = ["Maria", "Jocelyn", "Rowena", "Mark", "Jerome", "Analyn", "Rodel", "Cherry"]
_PH_LAST = ["Santos", "Reyes", "Dela Cruz", "Bautista", "Garcia", "Mendoza", "Villanueva"]
_TH_FIRST = ["Somchai", "Somsak", "Niran", "Malee", "Kanya", "Prasit", "Wichai"]
_TH_LAST = ["Saelee", "Wongsa", "Chaiyaporn", "Boonmee", "Srisuk", "Thongdee"]
_FOREIGN_HAN = ["蒂蒂", "麗娜", "安妮莎", "瑪莉亞", "頌猜", "娜塔", "蘇莉", "阿蒂", "妮塔", "莉莎"]
_TW_ROM_FAMILY = ["Chen", "Lin", "Huang", "Chang", "Lee", "Wang", "Wu", "Liu", "Tsai", "Yang"]
_TW_ROM_FAMILY += ["Hsu", "Cheng", "Hsieh", "Kuo", "Hung", "Tseng", "Chiu", "Liao", "Lai"]
_TW_ROM_SYL = ["Mei", "Ling", "Chih", "Hao", "Ya", "Ting", "Chia", "Hui", "Wei", "Chun", "Yu"]
_TW_ROM_SYL += ["Hsuan", "Pei", "Shan", "Tzu", "Chien", "Kuan", "Yi", "Hsin", "Jung", "Po"]

# Name kinds and their weights, for both the known list and unknown mentions.
_KINDS = ["han", "han1", "compound", "married", "indig_han", "indig_rom", "vn_han", "vn_latin"]
_KINDS += ["vn_plain", "id_latin", "ph_latin", "th_latin", "foreign_han", "tw_rom"]
_KIND_WEIGHTS = [50, 7, 4, 5, 4, 3, 4, 3, 3, 3, 2, 1, 2, 4]


def _make_name(rng: random.Random, kind: str) -> str:
    """One name of ``kind`` as it would be stored in a dataset's name column."""
    if kind == "han":
        return rng.choice(_SURNAMES) + rng.choice(_GIVEN_A) + rng.choice(_GIVEN_B)
    if kind == "han1":
        return rng.choice(_SURNAMES) + rng.choice(_GIVEN_ONE)
    if kind == "compound":
        given = rng.choice(_GIVEN_A) + rng.choice(_GIVEN_B) if rng.random() < 0.7 else ""
        return rng.choice(_COMPOUND) + (given or rng.choice(_GIVEN_ONE))
    if kind == "married":
        return rng.choice(_SURNAMES) + _make_name(rng, "han")
    if kind == "indig_han":
        return rng.choice(_INDIG_HAN_FIRST) + rng.choice(_INDIG_DOTS) + rng.choice(_INDIG_HAN_LAST)
    if kind == "indig_rom":
        return f"{rng.choice(_INDIG_ROM_FIRST)} {rng.choice(_INDIG_ROM_LAST)}"
    if kind == "vn_han":
        return rng.choice(_VN_HAN_FAMILY) + rng.choice(_VN_HAN_MIDDLE) + rng.choice(_VN_HAN_GIVEN)
    if kind in ("vn_latin", "vn_plain"):
        i = 0 if kind == "vn_latin" else 1
        parts = [rng.choice(_VN_FAMILY)[i], rng.choice(_VN_MIDDLE)[i], rng.choice(_VN_GIVEN)[i]]
        return " ".join(parts)
    if kind == "id_latin":
        return f"{rng.choice(_ID_FIRST)} {rng.choice(_ID_LAST)}"
    if kind == "ph_latin":
        return f"{rng.choice(_PH_FIRST)} {rng.choice(_PH_LAST)}"
    if kind == "th_latin":
        return f"{rng.choice(_TH_FIRST)} {rng.choice(_TH_LAST)}"
    if kind == "foreign_han":
        return rng.choice(_FOREIGN_HAN)
    # Romanised Taiwanese (Wade-Giles as on passports).
    a, b = rng.sample(_TW_ROM_SYL, 2)
    return f"{rng.choice(_TW_ROM_FAMILY)} {a}-{b.lower()}"


def _compact_name(name: str) -> str:
    """A name with all whitespace removed (how the known flag also matches)."""
    return re.sub(r"\s", "", name)


def _is_han(name: str) -> bool:
    """Whether a name is written in Han characters (spaces may then be typed inside)."""
    return all("\u4e00" <= ch <= "\u9fff" for ch in name)


# ---------------------------------------------------------------------------------------------
# Text builder
# ---------------------------------------------------------------------------------------------


class _Doc:
    """Appends text pieces and records gold spans at the offsets where values land.

    Building the text and its labels in one pass is what keeps spans exact: no search for the
    value afterwards, which would mislabel a repeated value or one that also occurs in prose.
    """

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []

    def add(self, *pieces: str) -> _Doc:
        """Append unlabelled text."""
        for piece in pieces:
            self.parts.append(piece)
            self.length += len(piece)
        return self

    def ent(self, value: str, label: str, known: bool = False) -> _Doc:
        """Append a labelled value (no whitespace at its edges)."""
        if value != value.strip() or not value:
            raise ValueError("span values must not start or end with whitespace")
        self.spans.append((self.length, self.length + len(value), label))
        if label == "PERSON":
            self.known.append(known)
        return self.add(value)

    @property
    def text(self) -> str:
        """The text built so far."""
        return "".join(self.parts)


# ---------------------------------------------------------------------------------------------
# Value generators
# ---------------------------------------------------------------------------------------------

_FULLWIDTH_RATE = 0.12
_ID_LETTERS = list("ABCDEFGHJKLMNPQRSTUVXYWZIO")
_EMAIL_DOMAINS = ["gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com", "ms1.hinet.net"]
_EMAIL_DOMAINS += ["icloud.com", "seed.net.tw", "livemail.tw", "pchome.com.tw"]

_CITIES: dict[str, list[str]] = {
    "臺北市": ["大安區", "中正區", "士林區", "萬華區", "文山區", "內湖區"],
    "新北市": ["板橋區", "三重區", "新店區", "中和區", "淡水區", "樹林區"],
    "桃園市": ["中壢區", "桃園區", "龜山區", "八德區"],
    "臺中市": ["西屯區", "北屯區", "豐原區", "大里區"],
    "臺南市": ["東區", "永康區", "新營區", "安南區"],
    "高雄市": ["苓雅區", "鳳山區", "三民區", "岡山區"],
    "基隆市": ["仁愛區", "七堵區"],
    "新竹縣": ["竹北市", "湖口鄉"],
    "苗栗縣": ["頭份市", "苑裡鎮"],
    "彰化縣": ["員林市", "鹿港鎮"],
    "南投縣": ["埔里鎮", "草屯鎮"],
    "雲林縣": ["斗六市", "虎尾鎮"],
    "嘉義縣": ["民雄鄉", "朴子市"],
    "屏東縣": ["潮州鎮", "東港鎮"],
    "宜蘭縣": ["羅東鎮", "礁溪鄉"],
    "花蓮縣": ["吉安鄉", "玉里鎮"],
    "臺東縣": ["臺東市", "關山鎮"],
    "澎湖縣": ["馬公市"],
    "金門縣": ["金城鎮"],
}
_ROADS = ["中山路", "中正路", "民生路", "建國路", "復興路", "光復路", "和平路", "自強街", "成功路"]
_ROADS += ["民權路", "文化街", "仁愛路", "大同路", "中華路", "忠孝路", "三民路", "博愛街"]
_ROADS += ["公園路", "育英街", "農會路", "福德街", "新生路", "環河路", "水源路"]
_SECTIONS = ["一段", "二段", "三段", "四段"]
_CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def _fw(value: str) -> str:
    """Full-width form of the ASCII characters of ``value`` (as some forms are typed)."""
    out = []
    for ch in value:
        if "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        elif ch == " ":
            out.append("\u3000")
        else:
            out.append(ch)
    return "".join(out)


def _digits(rng: random.Random, n: int) -> str:
    """``n`` random decimal digits."""
    return "".join(rng.choice("0123456789") for _ in range(n))


class _Ctx:
    """Per-set state: the random stream, the known list and the value generators."""

    def __init__(self, rng: random.Random, known_pool: list[str], mentionable: int) -> None:
        self.rng = rng
        self.known_pool = known_pool
        self.known_set = frozenset(known_pool)
        self.mentionable = mentionable
        self.known3 = frozenset(k for k in known_pool if len(_compact_name(k)) >= 3)
        self.used: set[str] = set()

    # -- names ---------------------------------------------------------------------------------
    def pick_name(self, kinds: list[str] | None = None) -> tuple[str, bool]:
        """A name to mention and whether it is from the known list (about half are)."""
        rng = self.rng
        while True:
            if kinds is None and rng.random() < 0.5:
                name, known = rng.choice(self.known_pool[: self.mentionable]), True
            else:
                kind = rng.choice(kinds) if kinds else rng.choices(_KINDS, _KIND_WEIGHTS)[0]
                name, known = _make_name(rng, kind), False
                if not self._clear_of_known(name):
                    continue
            if name not in self.used:  # two people of one text never share a name
                self.used.add(name)
                return name, known

    def _clear_of_known(self, name: str) -> bool:
        """Whether an unknown name neither is nor contains a known name of 3+ characters."""
        compact = _compact_name(name)
        if name in self.known_set or compact in self.known_set:
            return False
        return not any(
            compact[i:j] in self.known3
            for i in range(len(compact))
            for j in range(i + 3, len(compact) + 1)
        )

    def person(self, doc: _Doc, kinds: list[str] | None = None, spaced: bool = True) -> str:
        """Append a PERSON mention (sometimes with a typed space inside) and return it."""
        name, known = self.pick_name(kinds)
        shown = name
        if spaced and _is_han(name) and len(name) >= 3 and self.rng.random() < 0.08:
            cut = 2 if name[:2] in _COMPOUND else 1
            shown = name[:cut] + " " + name[cut:] if self.rng.random() < 0.7 else " ".join(name)
        doc.ent(shown, "PERSON", known)
        return name

    # -- identifiers ---------------------------------------------------------------------------
    def _width(self, value: str) -> str:
        """Full-width ``value`` in about one case in eight."""
        return _fw(value) if self.rng.random() < _FULLWIDTH_RATE else value

    def twid(self) -> str:
        """A checksum-valid national ID."""
        letter = self.rng.choice(_ID_LETTERS)
        body = self.rng.choice("12") + _digits(self.rng, 7)
        value = letter + body + id_check_digit(letter, body)
        return self._width(value.lower() if self.rng.random() < 0.03 else value)

    def arc(self) -> str:
        """A valid resident certificate number, new (2021+) or old form."""
        rng = self.rng
        letter = rng.choice(_ID_LETTERS)
        if rng.random() < 0.6:
            body = rng.choice("89") + _digits(rng, 7)
            value = letter + body + id_check_digit(letter, body)
        else:
            second = rng.choice("ABCD")
            tail = _digits(rng, 7)
            check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
            value = letter + second + tail + check
        return self._width(value)

    def phone(self, mobile: bool | None = None) -> str:
        """A Taiwanese phone number typed the way people type them."""
        rng = self.rng
        if mobile is None:
            mobile = rng.random() < 0.65
        while True:
            if mobile:
                d = "09" + _digits(rng, 8)
                style = rng.randrange(7)
                if style == 0:
                    value = d
                elif style == 1:
                    value = f"{d[:4]}-{d[4:7]}-{d[7:]}"
                elif style == 2:
                    value = f"{d[:4]} {d[4:7]} {d[7:]}"
                elif style == 3:
                    value = f"{d[:4]}-{d[4:]}"
                elif style == 4:
                    value = f"+886-{d[1:4]}-{d[4:7]}-{d[7:]}"
                elif style == 5:
                    value = f"+886 {d[1:]}"
                else:
                    value = f"{d[:4]}.{d[4:7]}.{d[7:]}"
            else:
                area, local = rng.choice(
                    [
                        ("02", rng.choice("2345678") + _digits(rng, 7)),
                        ("04", rng.choice("234") + _digits(rng, 7)),
                        ("03", rng.choice("345689") + _digits(rng, 6)),
                        ("037", rng.choice("2345") + _digits(rng, 5)),
                        ("049", "2" + _digits(rng, 6)),
                        ("05", rng.choice("23") + _digits(rng, 6)),
                        ("06", rng.choice("2356") + _digits(rng, 6)),
                        ("07", rng.choice("2345678") + _digits(rng, 6)),
                        ("08", rng.choice("78") + _digits(rng, 6)),
                        ("089", "3" + _digits(rng, 5)),
                    ]
                )
                half = len(local) - 4
                style = rng.randrange(5)
                if style == 0:
                    value = f"{area}-{local[:half]}-{local[half:]}"
                elif style == 1:
                    value = f"({area}){local[:half]}-{local[half:]}"
                elif style == 2:
                    value = f"{area}-{local}"
                elif style == 3:
                    value = f"{area} {local}"
                else:
                    value = area + local
            if phone.is_plausible(value):
                return self._width(value)

    def email(self, name: str | None = None) -> str:
        """A personal e-mail address (never an agency one)."""
        rng = self.rng
        stems = ["sunny", "happy", "mimi", "ahua", "kiki", "tiger", "lulu", "bear", "amy"]
        stems += ["jason", "vivian", "peggy", "kevin", "cindy", "momo", "eric", "sophia"]
        if name and name.isascii():
            local = name.lower().replace(" ", rng.choice([".", "_", ""])).replace("-", "")
        else:
            local = rng.choice(stems) + rng.choice(["", ".", "_"]) + _digits(rng, rng.randint(2, 4))
        return f"{local}@{rng.choice(_EMAIL_DOMAINS)}"

    def address(self) -> str:
        """A Taiwanese postal address down to 號 (optionally 樓 / 之)."""
        rng = self.rng
        city = rng.choice(list(_CITIES))
        town = rng.choice(_CITIES[city])
        if rng.random() < 0.3:
            city = city.replace("臺", "台")
        out = ""
        if rng.random() < 0.12:
            out += rng.choice(["1", "2", "3", "4", "8"]) + _digits(rng, 2)
            out += _digits(rng, rng.choice([0, 2, 3]))
        out += city + town
        if rng.random() < 0.2:
            out += rng.choice(["中興", "福德", "新莊", "光明", "東興", "仁和"]) + "里"
            out += f"{rng.randint(1, 30)}鄰"
        out += rng.choice(_ROADS)
        if rng.random() < 0.4:
            out += rng.choice(_SECTIONS)
        if rng.random() < 0.35:
            out += f"{rng.randint(1, 400)}巷"
            if rng.random() < 0.4:
                out += f"{rng.randint(1, 40)}弄"
        num = rng.randint(1, 480)
        r = rng.random()
        if r < 0.15:
            out += f"{num}-{rng.randint(1, 9)}號"
        elif r < 0.25:
            out += f"{num}號之{rng.randint(1, 9)}"
        else:
            out += f"{num}號"
        # No floor after 號之N: "號之1" + "5樓" would read as 之15樓.
        r = rng.random() if not out.endswith(tuple("123456789")) else 1.0
        if r < 0.3:
            out += f"{rng.randint(2, 23)}樓"
        elif r < 0.4:
            out += f"{rng.choice(_CN_NUM)}樓"
        elif r < 0.5:
            out += f"{rng.randint(2, 15)}樓之{rng.randint(1, 8)}"
        return self._width(out) if rng.random() < 0.5 else out

    def nhi(self) -> str:
        """A 12-digit NHI card number, grouped as people copy it from the card."""
        rng = self.rng
        d = "0000" + _digits(rng, 8) if rng.random() < 0.6 else _digits(rng, 12)
        style = rng.randrange(3)
        value = (
            d
            if style == 0
            else f"{d[:4]}-{d[4:8]}-{d[8:]}"
            if style == 1
            else (f"{d[:4]} {d[4:8]} {d[8:]}")
        )
        return self._width(value)

    def passport(self) -> str:
        """A passport number (Taiwanese or one of the migrant workers' home countries)."""
        rng = self.rng
        r = rng.randrange(5)
        if r == 0:
            value = rng.choice("123") + _digits(rng, 8)
        elif r == 1:
            value = "C" + _digits(rng, 7)
        elif r == 2:
            value = rng.choice(["B", "X", "C"]) + _digits(rng, 7)
        elif r == 3:
            value = "P" + _digits(rng, 7) + rng.choice("ABC")
        else:
            value = rng.choice(["AA", "AB"]) + _digits(rng, 7)
        return self._width(value)

    def card(self) -> str:
        """A Luhn-valid payment card number with a real issuer prefix."""
        rng = self.rng
        prefix, length = rng.choice(
            [("4", 16), ("5" + rng.choice("12345"), 16), ("35", 16), ("37", 15), ("62", 16)]
        )
        body = prefix + _digits(rng, length - len(prefix) - 1)
        for d in "0123456789":
            if creditcard.luhn_ok(body + d):
                number = body + d
                break
        style = rng.randrange(3)
        if style == 0:
            value = number
        elif length == 15:
            value = f"{number[:4]} {number[4:10]} {number[10:]}"
        else:
            sep = " " if style == 1 else "-"
            value = sep.join(number[i : i + 4] for i in range(0, 16, 4))
        return self._width(value)

    def birth(self, first: int = 1935, last: int = 2020) -> str:
        """A birth date (year in ``first``..``last``) in a form seen on Taiwanese forms."""
        rng = self.rng
        y = rng.randint(first, last)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        roc = y - 1911
        style = rng.randrange(8)
        if style == 0:
            value = f"民國{roc}年{m}月{d}日"
        elif style == 1:
            value = f"{roc}年{m}月{d}日"
        elif style == 2:
            value = f"{y}/{m:02d}/{d:02d}"
        elif style == 3:
            value = f"{y}-{m:02d}-{d:02d}"
        elif style == 4:
            value = f"{roc:03d}/{m:02d}/{d:02d}"
        elif style == 5:
            value = f"{roc}.{m:02d}.{d:02d}"
        elif style == 6:
            value = f"{roc:03d}{m:02d}{d:02d}"
        else:
            value = f"{y}年{m}月{d}日"
        return self._width(value)

    # -- look-alikes ---------------------------------------------------------------------------
    def doc_no(self) -> str:
        """An agency document number (look-alike of long digit strings)."""
        rng = self.rng
        word = rng.choice(["府授", "北市戶", "農水", "林保", "矯正", "衛防", "觀業", "郵掛"])
        kind = rng.choice(["字", "登字", "管字", "一字"])
        return f"{word}{kind}第{rng.randint(110, 114)}{_digits(rng, rng.choice([5, 7]))}號"

    def case_no(self) -> str:
        """A case / ticket number with letters and digits that is no identifier."""
        rng = self.rng
        return rng.choice(
            [
                f"{rng.choice('ABCDEFG')}{rng.randint(110, 114)}-{_digits(rng, 5)}",
                f"TK{_digits(rng, 6)}",
                f"{rng.randint(110, 114)}年度{rng.choice('調和簡')}字第{rng.randint(1, 999)}號",
                f"RR{_digits(rng, 9)}TW",
            ]
        )

    def ban(self) -> str:
        """A valid 8-digit business number (labelled as such in the text)."""
        while True:
            value = _digits(self.rng, 8)
            if ban.is_valid(value) and not phone.is_plausible(value):
                return value

    def roc_date(self) -> str:
        """A non-birth ROC date (application, visit, meeting day)."""
        rng = self.rng
        y, m, d = rng.randint(111, 114), rng.randint(1, 12), rng.randint(1, 28)
        return rng.choice([f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{y}.{m}.{d}"])

    def amount(self) -> str:
        """A money amount."""
        rng = self.rng
        n = rng.randint(1, 900) * rng.choice([10, 100, 1000])
        return rng.choice([f"新臺幣{n:,}元", f"NT${n:,}", f"{n:,}元", f"計{n}元整"])

    def time(self) -> str:
        """A time of day."""
        return f"{self.rng.randint(8, 17):02d}:{self.rng.choice(['00', '15', '30', '45'])}"


# ---------------------------------------------------------------------------------------------
# Genres (positive texts)
# ---------------------------------------------------------------------------------------------

_OFFICES = ["大安", "板橋", "中壢", "西屯", "永康", "苓雅", "竹北", "員林", "斗六", "吉安"]


def _birth_phrase(doc: _Doc, c: _Ctx) -> None:
    """A birth date after one of its cues."""
    r = c.rng.randrange(4)
    if r == 0:
        doc.add("，生日", c.rng.choice(["：", " ", "是"])).ent(c.birth(), "BIRTH_DATE")
    elif r == 1:
        doc.add("，出生日期", c.rng.choice(["：", " ", ""])).ent(c.birth(), "BIRTH_DATE")
    elif r == 2:
        doc.add("（").ent(c.birth(), "BIRTH_DATE").add("生）")
    else:
        doc.add("，").ent(c.birth(), "BIRTH_DATE").add("出生")


def _g_household(doc: _Doc, c: _Ctx) -> None:
    """Household-registration office counter log."""
    rng = c.rng
    doc.add(f"{rng.choice(_OFFICES)}戶政事務所臨櫃服務紀錄　{c.roc_date()}\n")
    for _ in range(rng.randint(1, 3)):
        doc.add(f"{c.time()} ")
        if rng.random() < 0.5:
            doc.add("民眾")
        c.person(doc)
        doc.add("（身分證統一編號", rng.choice(["：", " ", ""])).ent(c.twid(), "TW_NATIONAL_ID")
        doc.add("）")
        doc.add(
            "申請", rng.choice(["戶籍謄本", "初領國民身分證", "遷入登記", "出生登記", "結婚登記"])
        )
        if rng.random() < 0.4:
            _birth_phrase(doc, c)
        if rng.random() < 0.4:
            doc.add("，新址").ent(c.address(), "ADDRESS")
        if rng.random() < 0.35:
            doc.add(rng.choice(["；由配偶", "；代辦人（", "；委託"]))
            c.person(doc)
            doc.add("）" if doc.parts[-2] == "；代辦人（" else "")
            doc.add("持委託書到場，聯絡電話").ent(c.phone(), "PHONE")
        doc.add("。\n")
    if rng.random() < 0.5:
        doc.add("承辦員：")
        c.person(doc)
        doc.add("\n")


def _table(doc: _Doc, c: _Ctx, header: list[str], rows: list[list[tuple[str, str | None]]]) -> None:
    """Write a small table as CSV, TSV, pipe or space-aligned text, labelling cells."""
    style = c.rng.choice(["csv", "tsv", "pipe", "space"])
    sep = {"csv": ",", "tsv": "\t", "pipe": " | ", "space": "  "}[style]
    widths = [max(len(h), *(len(r[i][0]) for r in rows)) + 2 for i, h in enumerate(header)]
    lines: list[list[tuple[str, str | None]]] = [[(h, None) for h in header], *rows]
    for line in lines:
        if style == "pipe":
            doc.add("| ")
        for i, (cell, label) in enumerate(line):
            if i:
                doc.add(sep)
            if label == "PERSON" and cell:
                doc.ent(cell, "PERSON", _compact_name(cell) in c.known_set or cell in c.known_set)
            elif label:
                doc.ent(cell, label)
            else:
                doc.add(cell)
            if style == "space" and i < len(line) - 1:
                doc.add(" " * (widths[i] - len(cell)))
        if style == "pipe":
            doc.add(" |")
        doc.add("\n")


def _g_kindergarten(doc: _Doc, c: _Ctx) -> None:
    """Public kindergarten enrolment lottery result."""
    rng = c.rng
    doc.add(f"{rng.choice(_OFFICES)}區立幼兒園{rng.randint(114, 115)}學年度新生抽籤結果（正取）\n")
    header = ["序號", "幼兒姓名", "出生日期", "家長", "聯絡電話"]
    rows = []
    for i in range(rng.randint(2, 4)):
        child, _ = c.pick_name(["han", "han", "han1", "compound", "indig_han"])
        parent, _ = c.pick_name()
        rows.append(
            [
                (str(i + 1), None),
                (child, "PERSON"),
                (c.birth(2020, 2022), "BIRTH_DATE"),
                (parent, "PERSON"),
                (c.phone(mobile=True), "PHONE"),
            ]
        )
    _table(doc, c, header, rows)
    doc.add("備取名單另行公告，請正取家長於報到日攜帶戶口名簿辦理。\n")


def _g_forest(doc: _Doc, c: _Ctx) -> None:
    """Forest-fire patrol report."""
    rng = c.rng
    doc.add(f"森林防火巡查報告　{c.roc_date()}\n")
    doc.add(rng.choice(["今日由", "本日巡查人員："]))
    c.person(doc)
    doc.add(rng.choice(["、", "與", "及"]))
    c.person(doc)
    doc.add(f"沿{rng.choice(['大雪山', '八仙山', '觀霧', '太平山'])}林道巡守，")
    doc.add(f"於{rng.randint(10, 38)}K處發現營火餘燼，")
    if rng.random() < 0.6:
        doc.add("當場告知登山客")
        c.person(doc)
        doc.add(rng.choice(["（手機 ", "（電話：", "（"])).ent(c.phone(mobile=True), "PHONE")
        doc.add("）勿再生火。")
    else:
        if rng.random() < 0.5:
            doc.add("通報人")
            c.person(doc)
            doc.add("表示係前一日遊客遺留。")
        else:
            doc.add("經詢問，係")
            c.person(doc)
            doc.add("一行人烤肉後未熄滅，已由")
            c.person(doc)
            doc.add("帶同清理。")
    if rng.random() < 0.4:
        doc.add("報告人住所：").ent(c.address(), "ADDRESS")
        doc.add("。")
    doc.add("\n巡查員 ")
    c.person(doc)
    doc.add("\n")


def _g_guide_exam(doc: _Doc, c: _Ctx) -> None:
    """Tour-guide licence exam application."""
    rng = c.rng
    doc.add(f"{rng.randint(114, 115)}年專門職業及技術人員普通考試導遊人員考試報名資料\n")
    foreign = rng.random() < 0.3
    doc.add("應考人：")
    c.person(doc, ["vn_han", "vn_latin", "id_latin", "th_latin"] if foreign else None)
    if not foreign and rng.random() < 0.5:
        doc.add("\n英文姓名（同護照）：")
        c.person(doc, ["tw_rom"], spaced=False)
    doc.add("\n")
    if foreign:
        doc.add("居留證統一證號：").ent(c.arc(), "TW_RESIDENT_CERT")
    else:
        doc.add("身分證字號：").ent(c.twid(), "TW_NATIONAL_ID")
    doc.add("\n出生年月日：").ent(c.birth(), "BIRTH_DATE")
    doc.add("\n護照號碼：").ent(c.passport(), "PASSPORT")
    doc.add("\n電子郵件：").ent(c.email(), "EMAIL")
    doc.add("\n通訊地址：").ent(c.address(), "ADDRESS")
    doc.add(f"\n外語類科：{rng.choice(['英語', '日語', '越南語', '泰語', '印尼語'])}\n")
    if rng.random() < 0.3:
        doc.add("報名費信用卡號：").ent(c.card(), "CREDIT_CARD")
        doc.add("\n")


def _g_mail(doc: _Doc, c: _Ctx) -> None:
    """Post-office registered-mail receipt."""
    rng = c.rng
    doc.add(f"國內掛號函件執據 {c.case_no()}\n")
    doc.add("寄件人：")
    c.person(doc)
    if rng.random() < 0.6:
        doc.add("　").ent(c.address(), "ADDRESS")
    doc.add("\n收件人：")
    c.person(doc)
    doc.add("　").ent(c.address(), "ADDRESS")
    if rng.random() < 0.5:
        doc.add("\n收件人電話：").ent(c.phone(), "PHONE")
    doc.add(f"\n郵資：{c.amount()}　交寄日期：{c.roc_date()}\n")


def _g_sports(doc: _Doc, c: _Ctx) -> None:
    """Sports-centre membership complaint and its reply."""
    rng = c.rng
    doc.add(rng.choice(["主旨：會員費重複扣款申訴\n", "主旨：游泳池置物櫃遺失物品\n"]))
    doc.add(rng.choice(["您好，我是會員", "你好，我是", "我是貴中心會員"]))
    c.person(doc)
    doc.add("，")
    if rng.random() < 0.6:
        doc.add("上個月的月費用信用卡").ent(c.card(), "CREDIT_CARD")
        doc.add("被扣了兩次，")
    doc.add("請盡快處理。我的手機").ent(c.phone(mobile=True), "PHONE")
    doc.add("，email：").ent(c.email(), "EMAIL")
    doc.add("\n\n回覆：\n")
    name, known = c.pick_name()
    doc.ent(name, "PERSON", known)
    doc.add(rng.choice(["先生您好：", "小姐您好：", "君您好："]))
    doc.add("已請櫃台查明扣款紀錄，溢收款項將於七個工作天內退還。\n")


def _g_vaccine(doc: _Doc, c: _Ctx) -> None:
    """Vaccination-site daily report."""
    rng = c.rng
    doc.add(f"{rng.choice(_OFFICES)}接種站每日工作日報 {c.roc_date()}\n")
    doc.add(f"今日接種{rng.randint(80, 400)}人次。")
    doc.add("\n不良反應：")
    c.person(doc)
    doc.add(f"（{rng.randint(18, 90)}歲，健保卡號").ent(c.nhi(), "TW_NHI_CARD")
    doc.add("）接種後眩暈，留觀30分鐘後返家。")
    if rng.random() < 0.5:
        doc.add("\n移工")
        c.person(doc, ["vn_latin", "vn_plain", "id_latin", "ph_latin", "vn_han", "foreign_han"])
        doc.add("（居留證").ent(c.arc(), "TW_RESIDENT_CERT")
        doc.add("）由雇主陪同接種。")
    doc.add("\n值班護理師：")
    c.person(doc)
    doc.add("、")
    c.person(doc)
    doc.add("\n")


def _g_irrigation(doc: _Doc, c: _Ctx) -> None:
    """Irrigation water-dispute mediation minutes."""
    rng = c.rng
    doc.add(f"灌溉用水糾紛協調會議紀錄\n時間：{c.roc_date()}\n主席：")
    c.person(doc)
    doc.add("\n出席：")
    for i in range(rng.randint(2, 4)):
        if i:
            doc.add(rng.choice(["、", "，", "　"]))
        c.person(doc)
    doc.add("\n發言紀要：\n")
    c.person(doc)
    doc.add("：上游水門被關，我家田已經三天沒有水。\n")
    c.person(doc)
    doc.add(rng.choice(["：", "表示："]), "輪灌時段係依小組決議，並無私自關閉。\n")
    if rng.random() < 0.4:
        doc.add("陳情人聯絡地址").ent(c.address(), "ADDRESS")
        doc.add("，電話").ent(c.phone(mobile=False), "PHONE")
        doc.add("\n")
    doc.add("決議：由工作站重新排定輪灌表，")
    if rng.random() < 0.6:
        doc.add("並請")
        c.person(doc)
        doc.add(rng.choice(["通知", "轉告", "協助"]))
        c.person(doc)
        doc.add("配合")
    doc.add("。\n")


def _g_prison(doc: _Doc, c: _Ctx) -> None:
    """Prison-visit registration."""
    rng = c.rng
    doc.add("接見登記單\n接見人姓名：")
    foreign = rng.random() < 0.35
    c.person(doc, ["vn_han", "vn_latin", "ph_latin", "th_latin", "indig_rom"] if foreign else None)
    if foreign:
        doc.add("\n護照號碼：").ent(c.passport(), "PASSPORT")
    else:
        doc.add("\n身分證：").ent(c.twid(), "TW_NATIONAL_ID")
    doc.add(f"\n關係：{rng.choice(['配偶', '母', '兄', '姊', '子', '友人'])}")
    doc.add("\n受刑人：")
    c.person(doc)
    doc.add(f"（{rng.choice(['甲', '乙', '丙'])}舍{_digits(rng, 4)}）")
    if rng.random() < 0.5:
        _birth_phrase(doc, c)
    doc.add("\n聯絡電話：").ent(c.phone(), "PHONE")
    doc.add("\n")


def _g_toilet(doc: _Doc, c: _Ctx) -> None:
    """Public-toilet cleanliness hotline reply."""
    rng = c.rng
    name, known = c.pick_name()
    doc.ent(name, "PERSON", known)
    doc.add(rng.choice(["君", "先生", "女士", "小姐"]), "您好：\n")
    doc.add(f"有關您{c.roc_date()}反映{rng.choice(['河濱公園', '轉運站', '市場'])}公廁髒亂一事，")
    doc.add("已派員於當日完成清潔並加強巡檢。")
    if rng.random() < 0.5:
        doc.add("如仍有問題，我們將回信至").ent(c.email(name), "EMAIL")
        doc.add("。")
    doc.add("\n環境保護局 清潔隊 ")
    c.person(doc)
    doc.add(" 敬上\n")


def _g_accident(doc: _Doc, c: _Ctx) -> None:
    """Car-accident settlement note."""
    rng = c.rng
    doc.add(f"車禍和解書（{c.case_no()}）\n立和解書人\n甲方：")
    c.person(doc)
    doc.add("　身分證統一編號：").ent(c.twid(), "TW_NATIONAL_ID")
    doc.add("\n住址：").ent(c.address(), "ADDRESS")
    doc.add("\n乙方：")
    foreign = rng.random() < 0.4
    c.person(doc, ["vn_latin", "vn_plain", "id_latin", "th_latin", "vn_han"] if foreign else None)
    if foreign:
        doc.add("　居留證號：").ent(c.arc(), "TW_RESIDENT_CERT")
    else:
        doc.add("　電話：").ent(c.phone(), "PHONE")
    doc.add(f"\n雙方於{c.roc_date()}在{rng.choice(_ROADS)}口發生碰撞，乙方同意賠償")
    doc.add(f"甲方{c.amount()}，甲方不再追究。\n見證人：")
    c.person(doc)
    doc.add("\n")


def _g_rental(doc: _Doc, c: _Ctx) -> None:
    """Rental-housing inspection form."""
    rng = c.rng
    doc.add("租屋安全檢查表\n物件地址：").ent(c.address(), "ADDRESS")
    doc.add("\n房東：")
    c.person(doc)
    opener, closer = rng.choice([("（", "）\n"), (" 電話 ", "\n"), ("，手機：", "\n")])
    doc.add(opener).ent(c.phone(), "PHONE").add(closer)
    doc.add("承租人：")
    c.person(doc)
    if rng.random() < 0.4:
        doc.add(rng.choice(["、", "（同住：", "（配偶 "]))
        c.person(doc)
        doc.add("" if doc.parts[-2] == "、" else "）")
    doc.add(f"\n租金：{c.amount()}／月\n")
    doc.add(f"檢查結果：{rng.choice(['住警器未安裝', '逃生通道堆放雜物', '熱水器裝於室內'])}")
    doc.add("，已請房東限期改善。\n檢查人員：")
    c.person(doc)
    doc.add("\n")


def _g_college(doc: _Doc, c: _Ctx) -> None:
    """Community-college course roster."""
    rng = c.rng
    course = rng.choice(["社區木工", "台語文讀寫", "新住民中文", "手機攝影", "太極導引"])
    doc.add(f"社區大學{rng.randint(114, 115)}春季班「{course}」學員名冊\n講師：")
    c.person(doc)
    doc.add("\n")
    header = ["姓名", "手機", "電子郵件"]
    rows = []
    for _ in range(rng.randint(2, 4)):
        name, _ = c.pick_name()
        rows.append(
            [
                (name, "PERSON"),
                (c.phone(mobile=True), "PHONE"),
                (c.email(name if name.isascii() else None), "EMAIL"),
            ]
        )
    _table(doc, c, header, rows)


_POSITIVE: list[Callable[[_Doc, _Ctx], None]] = [
    _g_household,
    _g_kindergarten,
    _g_forest,
    _g_guide_exam,
    _g_mail,
    _g_sports,
    _g_vaccine,
    _g_irrigation,
    _g_prison,
    _g_toilet,
    _g_accident,
    _g_rental,
    _g_college,
]

# ---------------------------------------------------------------------------------------------
# Hard negatives: the same genres with look-alikes only
# ---------------------------------------------------------------------------------------------

_ROLES = [
    "申請人",
    "承辦人",
    "監護人",
    "代理人",
    "受款人",
    "當事人",
    "陳情人",
    "檢查人員",
    "承租人",
]
_TITLES = ["所長", "課長", "里長", "護理長", "站長", "隊長"]
_MODALS = ["應於期限內補正", "應檢附相關證明文件", "須於受理日起十日內辦理", "得於上班時間洽詢"]
_MODALS += ["應親自到場", "應攜帶印章及證件", "應於會議前提出書面意見", "應於事發後通報"]
# Sentences whose words start with a surname character (黃昏, 周末, 張貼 ...): not names.
_LOOKALIKES = ["黃昏後林道禁止進入", "周末開放時間延長至晚間九點", "公告張貼於一樓布告欄"]
_LOOKALIKES += ["施工期間請改道通行", "游泳池每週一休館清潔", "高溫期間請多補充水分"]
_LOOKALIKES += ["曾經申請者免附照片", "連續假期暫停受理", "石頭步道雨天濕滑", "洪水期間水門關閉"]
_LOOKALIKES += ["溫度過高時暫停作業", "簡易案件當日辦結", "金額以收據所載為準", "田埂不得任意挖除"]
_LOOKALIKES += [
    "江邊步道夜間封閉",
    "何時開放將另行公告",
    "方向指示牌已更新",
    "童裝義賣所得捐作基金",
]
_PLACES = ["林森北路", "羅斯福路", "中山北路", "延平北路", "金門街", "楊梅區", "石碇", "萬里"]
_PLACES += ["陽明山", "太平山", "白沙灣", "黃金海岸", "玉山", "武陵農場"]
_BRANDS = ["全家便利商店", "玉山銀行", "王品", "高鐵", "金門高粱", "台灣大車隊", "大同電鍋"]
_STATUTES = ["個人資料保護法第19條", "戶籍法第48條之2", "森林法第34條", "發展觀光條例第32條"]
_STATUTES += [
    "郵政法第24條",
    "監獄行刑法第67條",
    "道路交通管理處罰條例第62條",
    "租賃住宅市場發展及管理條例第9條",
]


def _negative(doc: _Doc, c: _Ctx) -> None:
    """A hard negative: agency prose with look-alikes and no personal data."""
    rng = c.rng
    opener = rng.choice(
        [
            f"{rng.choice(_OFFICES)}戶政事務所公告",
            "幼兒園招生抽籤說明",
            "森林防火宣導",
            "導遊人員考試應考須知",
            "掛號郵件招領通知",
            "運動中心營運公告",
            "接種站作業說明",
            "灌溉用水協調會議通知",
            "接見作業須知",
            "公廁清潔專線處理情形",
            "交通事故調解說明",
            "租屋安全檢查說明",
            "社區大學課程公告",
        ]
    )
    doc.add(f"{opener}（{c.doc_no()}）\n")
    pieces: list[str] = []
    pieces.append(f"{rng.choice(_ROLES)}應於{c.roc_date()}前辦理")
    pieces.append(f"依{rng.choice(_STATUTES)}規定")
    pieces.append(f"{rng.choice(_PLACES)}一帶{rng.choice(_LOOKALIKES)}")
    pieces.append(f"合作廠商{rng.choice(_BRANDS)}（統一編號{c.ban()}）")
    pieces.append(f"規費{c.amount()}")
    pieces.append(f"案號{c.case_no()}")
    pieces.append(f"{rng.choice(_ROLES)}{rng.choice(_MODALS)}")
    pieces.append(rng.choice(_LOOKALIKES))
    pieces.append(f"{rng.choice(_TITLES)}{rng.choice(_MODALS)}")
    pieces.append(f"本{rng.choice(['季', '月', '年度'])}共受理{rng.randint(12, 980)}件")
    pieces.append(f"{rng.choice(_PLACES)}{rng.randint(1, 300)}巷口設置告示")
    rng.shuffle(pieces)
    chosen = pieces[: rng.randint(4, 8)]
    for i, p in enumerate(chosen):
        doc.add(p, "。" if i % 2 or i == len(chosen) - 1 else "，")
        if rng.random() < 0.3:
            doc.add("\n")
    doc.add(f"\n{c.roc_date()}\n")


# ---------------------------------------------------------------------------------------------
# Acceptance check: nothing valid outside gold spans
# ---------------------------------------------------------------------------------------------

_ID_LIKE = re.compile(r"(?=([A-Za-z][A-Da-d0-9][0-9]{8}))")
_CHAIN = re.compile(r"\+?\d+(?:[ \-./()]{1,2}\d+)*")


def stray_values(text: str, spans: list[tuple[int, int, str]], known: frozenset[str]) -> bool:
    """Whether something valid is left outside the gold spans of ``text``.

    Why a check and not care: templates put numbers next to each other (dates, case numbers,
    amounts), and an accidental valid phone or known name there would count against a correct
    scanner. Gold spans are masked, the rest is NFKC-normalised and scanned.
    """
    chars = list(text)
    for s, e, _ in spans:
        chars[s:e] = "■" * (e - s)
    rest = unicodedata.normalize("NFKC", "".join(chars))
    if "@" in rest:
        return True
    if any(twid.is_valid(m.group(1)) or arc.is_valid(m.group(1)) for m in _ID_LIKE.finditer(rest)):
        return True
    for chain in _CHAIN.finditer(rest):
        groups = list(re.finditer(r"\d+", chain.group()))
        base = chain.start()
        for i in range(len(groups)):
            for j in range(i, len(groups)):
                start = base + groups[i].start()
                if i == 0 and chain.group().startswith("+"):
                    start = base
                cand = rest[start : base + groups[j].end()]
                n = sum(ch.isdigit() for ch in cand)
                if n > 19:
                    break
                if 9 <= n <= 12 and phone.is_plausible(cand):
                    return True
                if n == 12 and nhi.is_valid(cand):
                    return True
                if n >= 13 and creditcard.is_valid(cand):
                    return True
    return any(k in rest for k in known)


# ---------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------

_HARD_NEGATIVE_RATE = 0.25


def generate_heldout11(n: int = 2000, seed: int = 127) -> tuple[list[Sample], list[str]]:
    """Return ``n`` labelled samples and the "known names" list of the set.

    The known list imitates a dataset's name column: about half of the PERSON mentions use a
    name from it, the rest use names that appear in no list (the hard case for a scanner that
    leans on column values), and a fifth of the list is never mentioned at all.
    """
    rng = random.Random(seed)
    pool_size = max(60, n // 2)
    pool: list[str] = []
    seen: set[str] = set()
    while len(pool) < pool_size:
        name = _make_name(rng, rng.choices(_KINDS, _KIND_WEIGHTS)[0])
        if name not in seen and _compact_name(name) not in seen:
            seen.update({name, _compact_name(name)})
            pool.append(name)
    ctx = _Ctx(rng, pool, mentionable=int(pool_size * 0.8))
    samples: list[Sample] = []
    while len(samples) < n:
        hard = rng.random() < _HARD_NEGATIVE_RATE
        doc = _Doc()
        ctx.used.clear()
        if hard:
            _negative(doc, ctx)
        else:
            rng.choice(_POSITIVE)(doc, ctx)
        text = doc.text
        if not hard and not doc.spans:
            continue
        if stray_values(text, doc.spans, ctx.known3):
            continue
        samples.append(
            Sample(text=text, spans=list(doc.spans), hard_negative=hard, known_person=doc.known)
        )
    known = list(pool)
    rng.shuffle(known)
    return samples, known
