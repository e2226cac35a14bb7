"""Held-out evaluation set no. 8: case-file prose of Taiwanese agencies, written independently.

Why a separate set: a scanner tuned on the sets it is measured on reports flattering figures.
This module was written without looking at the scanner, its lexicons or the earlier sets, so
the first measurement on it is an honest held-out figure. Its vocabularies (surnames by
rough frequency plus rare ones, given-name characters, Indigenous, Southeast-Asian and
romanised names, genres and wording) are its own.

Each text imitates one of eighteen genres of writing in and to agencies (police blotters,
discharge summaries forwarded to long-term care, school reports, complaint replies, permit
disputes, tax notices, consumer mediation, lost-and-found, military-service notices, court
service certificates, temple permits, fishing-crew reports, childcare subsidies, housing
waitlists, citizens' hotline e-mails, pasted LINE chats, attendance sheets, volunteer rosters).
About a quarter are hard negatives that hold only look-alikes (document and case numbers,
company BANs, statute articles, amounts, dates, street and brand names, job titles).

Texts are assembled with :class:`_Doc`, which records each span while appending it, so the
offsets are exact by construction. Agency service numbers and official e-mail addresses never
occur: every phone number or e-mail in a text is a private one and is labelled.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable
from random import Random
from typing import NamedTuple

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

__all__ = ["generate_heldout8"]

# --- names (this module's own lists) --------------------------------------------------------
# Surnames with rough relative frequencies (per mille of the population, rounded), so common
# surnames dominate as they do in real files; rare surnames follow with weight 1.
_SURNAME_WEIGHTS: list[tuple[str, int]] = [
    ("陳", 110), ("林", 83), ("黃", 60), ("張", 53), ("李", 51), ("王", 41), ("吳", 40),
    ("劉", 32), ("蔡", 29), ("楊", 26), ("許", 23), ("鄭", 19), ("謝", 19), ("郭", 17),
    ("洪", 15), ("邱", 15), ("曾", 15), ("廖", 13), ("賴", 13), ("徐", 12), ("周", 12),
    ("葉", 11), ("蘇", 11), ("莊", 10), ("呂", 10), ("江", 9), ("何", 9), ("蕭", 8),
    ("羅", 8), ("高", 8), ("潘", 7), ("簡", 7), ("朱", 7), ("鍾", 7), ("彭", 6), ("游", 6),
    ("詹", 6), ("胡", 6), ("施", 6), ("沈", 6), ("余", 5), ("盧", 5), ("梁", 5), ("趙", 5),
    ("顏", 5), ("柯", 5), ("翁", 4), ("魏", 4), ("孫", 4), ("戴", 4), ("范", 4), ("方", 4),
    ("宋", 3), ("鄧", 3), ("杜", 3), ("侯", 3), ("曹", 3), ("薛", 3), ("傅", 3), ("丁", 3),
]  # fmt: skip
_RARE_SURNAMES = [
    "粘", "闕", "冼", "仉", "練", "官", "鄔", "甄", "籃", "褚", "冉", "單", "巫", "凃", "龔",
    "溫", "利", "鄞", "虞", "湛", "滕", "蒲", "郝", "鮑", "晏", "酆", "阮", "麥", "卓", "尤",
]  # fmt: skip
_COMPOUND_SURNAMES = ["歐陽", "張簡", "范姜", "司馬", "上官", "諸葛", "張廖", "周黃", "端木"]
_MALE_FIRST = list("志家冠建俊宗承柏彥育哲信凱博振榮文明國正添金世裕啟耀聖維翊晉泓旻昱崇勝清坤福")
_MALE_SECOND = list("豪宏廷翰宇傑賢瑋銘德成雄輝安恩霖睿綸軒叡祥仁鴻賓源龍旭峰璋平達")
_FEMALE_FIRST = list("淑美雅怡佩惠宜欣詩婉郁靜秀麗玉筱芷語品湘思珮雯瑞采心亭春月碧")
_FEMALE_SECOND = list("芬玲婷君珊如蓁涵妤萍華娟琪慧瑜菁儀蓉卉柔萱穎媛嬌霞枝鳳雲珍真")
_SINGLE_GIVEN = list("鵬瑩翔婕潔誠勳蕾薇傑強琳雯剛蓉")
_INDIG_GIVEN = [
    "瓦旦", "尤幹", "比黛", "拉娃", "馬紹", "哈勇", "烏明", "伊娃", "達駭", "吉娃斯", "阿洛",
    "巴萬", "莎韻", "嘎照", "優拉", "古勒勒", "拉夫琅", "馬耀", "蘇飛", "伊凡", "娃利斯",
]  # fmt: skip
_INDIG_FAMILY = [
    "達利", "吉拉", "尤道", "諾幹", "比令", "巴尚", "谷木", "卡照", "拉罕", "伊斯坦大",
    "法拉", "巴干", "撒韻", "瓦濟", "勒格", "馬賴", "路格", "達給",
]  # fmt: skip
_DOTS = ["·", "‧", "・"]
_VN_HAN_SURNAMES = ["阮", "陳", "黎", "范", "武", "裴", "鄧", "杜", "吳", "黃"]
_VN_HAN_GIVEN = ["蘭", "秋香", "玉", "梅", "雪", "春", "鳳", "草", "清水", "英", "芳", "翠"]
_VN_LATIN_SURNAMES = ["Nguyen", "Tran", "Le", "Pham", "Vu", "Bui", "Dang", "Do", "Hoang", "Ngo"]
_VN_LATIN_GIVEN = ["Lan", "Thu Huong", "Ngoc Anh", "Mai", "Tuyet", "Xuan", "Phuong", "Hanh"]
_VN_LATIN_MALE = ["Hung", "Minh Tuan", "Duc", "Quang", "Van Long", "Thanh"]
_ID_FIRST = ["Siti", "Sri", "Dewi", "Nur", "Rina", "Agus", "Budi", "Yuli", "Eka", "Wahyu", "Indah"]
_ID_LAST = ["Rahayu", "Lestari", "Susanti", "Wulandari", "Hidayat", "Setiawan", "Pratama"]
_TH_FIRST = ["Somchai", "Supaporn", "Wanida", "Anan", "Kittipong", "Siriporn", "Prasert"]
_TH_LAST = ["Srisuk", "Boonmee", "Chaiyaporn", "Kaewkan", "Thongdee", "Phromma"]
_PH_FIRST = ["Maria", "Jocelyn", "Mark", "Rowena", "Joel", "Arnel", "Marites", "Cherry"]
_PH_LAST = ["Santos", "Reyes", "Dela Cruz", "Bautista", "Garcia", "Villanueva", "Mendoza"]
_FOREIGN_HAN = [
    "蒂蒂", "絲莉", "黛薇", "阿古斯", "布迪", "尤莉", "瓦尤", "頌猜", "蘇帕蓬", "萬妮達",
    "阿南", "瑪麗亞", "喬瑟琳", "羅薇娜", "艾妮", "莉娜", "茵達",
]  # fmt: skip
_FOREIGN_HAN_LAST = ["拉哈尤", "蕾絲塔莉", "蘇珊蒂", "希達雅", "汶密", "通迪", "桑托斯", "雷耶斯"]
_ROMAN_SURNAMES = ["Chen", "Lin", "Huang", "Chang", "Lee", "Wang", "Wu", "Liu", "Tsai", "Yang"]
_ROMAN_SURNAMES += ["Hsu", "Cheng", "Hsieh", "Kuo", "Hung", "Tseng", "Chiu", "Liao", "Lai"]
_ROMAN_SYLL = ["Chih", "Hao", "Mei", "Ling", "Ya", "Ting", "Chia", "Hui", "Wei", "Chun", "Yu"]
_ROMAN_SYLL += ["Hsin", "Shu", "Fen", "Kuan", "Tsung", "Han", "Yi", "Jung", "Pei", "Hsuan"]
_HONORIFIC = ["先生", "小姐", "女士", "君"]

# --- places, values ------------------------------------------------------------------------
_PLACES: list[tuple[str, list[str]]] = [
    ("臺北市", ["大安區", "萬華區", "士林區", "內湖區", "文山區", "松山區"]),
    ("台北市", ["北投區", "南港區", "中山區"]),
    ("新北市", ["板橋區", "三重區", "新莊區", "永和區", "汐止區", "樹林區", "淡水區"]),
    ("桃園市", ["桃園區", "中壢區", "八德區", "龜山區", "楊梅區"]),
    ("臺中市", ["北屯區", "南屯區", "大里區", "豐原區", "沙鹿區"]),
    ("台中市", ["太平區", "霧峰區"]),
    ("臺南市", ["永康區", "安南區", "新營區", "歸仁區"]),
    ("高雄市", ["苓雅區", "前鎮區", "鳳山區", "岡山區", "小港區", "楠梓區"]),
    ("基隆市", ["仁愛區", "七堵區"]),
    ("新竹市", ["東區", "香山區"]),
    ("新竹縣", ["竹北市", "湖口鄉", "竹東鎮"]),
    ("苗栗縣", ["頭份市", "苑裡鎮", "公館鄉"]),
    ("彰化縣", ["彰化市", "鹿港鎮", "溪湖鎮", "和美鎮"]),
    ("南投縣", ["埔里鎮", "竹山鎮", "名間鄉"]),
    ("雲林縣", ["虎尾鎮", "西螺鎮", "麥寮鄉"]),
    ("嘉義縣", ["民雄鄉", "朴子市", "大林鎮"]),
    ("屏東縣", ["屏東市", "東港鎮", "恆春鎮", "內埔鄉"]),
    ("宜蘭縣", ["宜蘭市", "蘇澳鎮", "礁溪鄉"]),
    ("花蓮縣", ["花蓮市", "玉里鎮", "壽豐鄉"]),
    ("臺東縣", ["臺東市", "成功鎮", "池上鄉"]),
    ("澎湖縣", ["馬公市", "湖西鄉"]),
]  # fmt: skip
_ROADS = [
    "民族路", "光明街", "大同路", "和平路", "復興路", "永安街", "文昌街", "福德街", "中華路",
    "自強街", "育英路", "新生路", "公園路", "信義路", "建成街", "長春路", "東門街", "安和路",
    "五福路", "延平路", "中興街", "勝利路", "崇德街", "青年路", "仁德街", "水源路",
]  # fmt: skip
_VILLAGES = ["福興里", "永和里", "新安里", "東勢里", "大橋里", "仁里里", "後庄里", "中埔里"]
_MAIL_DOMAINS = [
    "gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com", "msa.hinet.net", "icloud.com",
    "pchome.com.tw", "livemail.tw", "ms45.hinet.net",
]  # fmt: skip
_MAIL_WORDS = ["lovecat", "sunny", "happy", "kevin", "amy", "jason", "peggy", "tiger", "momo"]
_MAIL_WORDS += ["angel", "rabbit", "boss", "cindy", "eric", "vivian", "jerry", "winnie"]
_AREAS: list[tuple[str, int]] = [
    ("02", 8), ("03", 7), ("037", 6), ("04", 8), ("049", 7), ("05", 7), ("06", 7), ("07", 7),
    ("08", 7), ("082", 6), ("089", 6), ("0826", 5), ("0836", 5),
]  # fmt: skip
_CN_DIGITS = "〇一二三四五六七八九"
_FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
_FULLWIDTH.update({c: chr(ord(c) + 0xFEE0) for c in "abcdefghijklmnopqrstuvwxyz-@.()+#/:"})
_FW_RATE = 0.12

# Look-alike vocabulary for filler and hard negatives (no personal data).
_BRANDS = ["ASUS", "Acer", "Gogoro", "7-ELEVEN", "Uber Eats", "foodpanda", "LINE Pay", "iPhone 15"]
_BRANDS += ["Toyota", "Yamaha", "Samsung", "Dyson", "IKEA", "Giant", "Costco", "Nintendo Switch"]
_SURNAME_WORDS = [
    "林務局", "陳列室", "黃昏市場", "張貼公告", "李子園", "高鐵站", "周末", "何時", "方便",
    "江子翠", "許可證", "曾經", "楊梅區", "吳郭魚", "游泳池", "葉片", "白天", "石門水庫",
    "金門", "馬祖", "溫度", "簡訊", "田埂", "王爺廟", "呂宋島", "洪水", "莊園", "蘇澳港",
]  # fmt: skip
_NAMEY_STREETS = ["中正路", "林森北路", "中山北路", "羅斯福路", "逸仙路", "民權東路", "鄭州路"]
_COMPANIES = ["永豐營造股份有限公司", "大發漁業有限公司", "福興生鮮超市", "長虹電信行"]
_COMPANIES += ["金帝國際旅行社", "宏圖物業管理顧問有限公司", "海洋之星遊艇有限公司"]
_TITLES = ["承辦人", "里長", "所長", "護理師", "社工員", "導師", "輪機長", "船長", "組長"]
_TITLES += ["課長", "稽查員", "督導", "幹事", "主任委員", "校長", "個管師"]
_STATUTES = [
    "噪音管制法第9條", "空氣污染防制法第32條", "建築法第25條", "稅捐稽徵法第20條",
    "消費者保護法第43條", "兵役法施行法第48條", "民事訴訟法第138條", "社會救助法第5條",
    "兒童及少年福利與權益保障法第53條", "漁業法第10條", "個人資料保護法第6條",
]  # fmt: skip
_AGENCIES = ["環境保護局", "都市發展局", "地方稅務局", "消費者保護官室", "社會局", "教育局"]
_AGENCIES += ["民政局", "警察局", "衛生局", "漁業署", "法院民事執行處", "捷運公司"]


class _Person(NamedTuple):
    """A PERSON mention: its surface form and whether it is in the known list."""

    surface: str
    known: bool


class _Doc:
    """Appends text pieces and records spans as it goes, so offsets are exact by construction."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pos = 0
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []

    def t(self, *pieces: str) -> _Doc:
        """Append plain (unlabelled) text."""
        for piece in pieces:
            self._parts.append(piece)
            self._pos += len(piece)
        return self

    def e(self, value: str, label: str) -> _Doc:
        """Append a labelled value; it must have no surrounding whitespace."""
        if not value or value != value.strip():
            raise ValueError("span values must be non-empty and trimmed")
        self.spans.append((self._pos, self._pos + len(value), label))
        return self.t(value)

    def p(self, person: _Person) -> _Doc:
        """Append a PERSON mention and remember its known flag (in span order)."""
        self.known.append(person.known)
        return self.e(person.surface, "PERSON")

    def text(self) -> str:
        """The assembled text."""
        return "".join(self._parts)


# --- screening: what must never appear outside gold spans -------------------------------------
_ID_CAND = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]-?\d{8}(?![0-9])")
_MAIL_CAND = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)
_PHONE_CAND = re.compile(r"(?<![\d])(?:\+886[\s-]?|\(0\d{1,3}\)\s?|0)\d+(?:[\s\-.]\d+)*")
_DIGIT_RUN = re.compile(r"(?<![\d])\d(?:[ -]?\d){11,18}(?![\d])")


def _stray_identifier(text: str) -> bool:
    """Whether ``text`` holds an ID, e-mail, phone, card or NHI-shaped run (a leak)."""
    norm = unicodedata.normalize("NFKC", text)
    if _MAIL_CAND.search(norm):
        return True
    for m in _ID_CAND.finditer(norm):
        if twid.is_valid(m.group()) or arc.is_valid(m.group()):
            return True
    for m in _PHONE_CAND.finditer(norm):
        if phone.is_plausible(m.group()):
            return True
    # any 12-19 digit run is either NHI-shaped or a card candidate: neither belongs in filler
    return bool(_DIGIT_RUN.search(norm))


def _mask(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Replace gold spans by a neutral block character (keeps the other offsets)."""
    chars = list(text)
    for s, e, _ in spans:
        chars[s:e] = "■" * (e - s)
    return "".join(chars)


class _H8:
    """The seeded generator: values, names and the genre builders."""

    def __init__(self, n: int, seed: int) -> None:
        self.r = Random(seed)
        self._surnames = [s for s, _ in _SURNAME_WEIGHTS] + _RARE_SURNAMES
        self._weights = [w for _, w in _SURNAME_WEIGHTS] + [1] * len(_RARE_SURNAMES)
        self.pool: dict[str, list[str]] = {}
        self.known_list: list[str] = []
        self.used: list[str] = []  # names already in the current text (no accidental repeats)
        self._build_known(n)

    # -- small helpers -------------------------------------------------------------------------
    def c(self, *options: str) -> str:
        """Pick one of the given strings."""
        return self.r.choice(options)

    def chance(self, p: float) -> bool:
        """True with probability ``p``."""
        return self.r.random() < p

    def digits(self, k: int, first: str = "0123456789") -> str:
        """``k`` random digits, the first one drawn from ``first``."""
        return self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(k - 1))

    def fw(self, value: str) -> str:
        """Full-width form in ~12 % of values (agency files often carry them)."""
        if self.chance(_FW_RATE):
            return "".join(_FULLWIDTH.get(ch, ch) for ch in value)
        return value

    # -- names ---------------------------------------------------------------------------------
    def _surname(self) -> str:
        return self.r.choices(self._surnames, self._weights)[0]

    def _given(self) -> str:
        if self.chance(0.5):
            return self.r.choice(_MALE_FIRST) + self.r.choice(_MALE_SECOND)
        return self.r.choice(_FEMALE_FIRST) + self.r.choice(_FEMALE_SECOND)

    def _raw_name(self, kind: str) -> str:
        """A base name of one kind, as a name column would hold it."""
        r = self.r
        if kind == "han":
            roll = r.random()
            if roll < 0.80:
                return self._surname() + self._given()
            if roll < 0.88:
                return self._surname() + r.choice(_SINGLE_GIVEN)
            if roll < 0.94:
                return r.choice(_COMPOUND_SURNAMES) + self._given()
            # married name: husband's surname before her own
            return (
                self._surname()
                + self._surname()
                + r.choice(_FEMALE_FIRST)
                + r.choice(_FEMALE_SECOND)
            )
        if kind == "indig":
            return r.choice(_INDIG_GIVEN) + r.choice(_DOTS) + r.choice(_INDIG_FAMILY)
        if kind == "vn_han":
            mid = "氏" if self.chance(0.7) else "文"
            return r.choice(_VN_HAN_SURNAMES) + mid + r.choice(_VN_HAN_GIVEN)
        if kind == "latin":
            roll = r.random()
            if roll < 0.35:
                mid, given = ("Thi", r.choice(_VN_LATIN_GIVEN))
                if self.chance(0.3):
                    mid, given = ("Van", r.choice(_VN_LATIN_MALE))
                name = f"{r.choice(_VN_LATIN_SURNAMES)} {mid} {given}"
            elif roll < 0.6:
                name = f"{r.choice(_ID_FIRST)} {r.choice(_ID_LAST)}"
            elif roll < 0.8:
                name = f"{r.choice(_TH_FIRST)} {r.choice(_TH_LAST)}"
            else:
                name = f"{r.choice(_PH_FIRST)} {r.choice(_PH_LAST)}"
            return name.upper() if self.chance(0.4) else name
        if kind == "fhan":
            return r.choice(_FOREIGN_HAN) + r.choice(_DOTS) + r.choice(_FOREIGN_HAN_LAST)
        # romanised Taiwanese name (passports, English correspondence)
        sur = r.choice(_ROMAN_SURNAMES)
        a, b = r.sample(_ROMAN_SYLL, 2)
        given = f"{a}-{b.lower()}"
        form = r.random()
        if form < 0.4:
            return f"{sur} {given}"
        if form < 0.7:
            return f"{given} {sur}"
        return f"{sur.upper()}, {given.upper()}"

    _KIND_WEIGHTS: tuple[tuple[str, int], ...] = (
        ("han", 76), ("indig", 5), ("vn_han", 5), ("latin", 8), ("fhan", 3), ("roman", 3),
    )  # fmt: skip

    def _kind(self) -> str:
        kinds = [k for k, _ in self._KIND_WEIGHTS]
        return self.r.choices(kinds, [w for _, w in self._KIND_WEIGHTS])[0]

    def _build_known(self, n: int) -> None:
        """The known list: names used in texts plus decoys that never appear."""
        size = max(60, n // 3)
        seen: dict[str, None] = {}
        while len(seen) < size:
            kind = self._kind()
            name = self._raw_name(kind)
            if name.replace(" ", "") in seen or name in seen:
                continue
            seen[name] = None
            self.pool.setdefault(kind, []).append(name)
        decoys: list[str] = []
        while len(decoys) < max(20, n // 10):
            name = self._raw_name(self._kind())
            if name not in seen and name not in decoys:
                decoys.append(name)
        self.known_list = [*seen, *decoys]
        self.r.shuffle(self.known_list)
        self._known_set = {k.replace(" ", "") for k in self.known_list}
        self._known_long = [k for k in self.known_list if len(k) >= 3]
        for kind in [k for k, _ in self._KIND_WEIGHTS]:
            self.pool.setdefault(kind, [self._raw_name(kind)])
            for name in self.pool[kind]:
                if name.replace(" ", "") not in self._known_set:  # fallback entries
                    self.known_list.append(name)
                    self._known_set.add(name.replace(" ", ""))

    def _clashes(self, name: str) -> bool:
        compact = name.replace(" ", "")
        if compact in self._known_set:
            return True
        return any(k in name or (len(name) >= 3 and name in k) for k in self._known_long)

    def _render(self, name: str) -> str:
        """Surface variation clerks produce: spaces inside Han names."""
        compound = name[:2] in _COMPOUND_SURNAMES
        if re.fullmatch(r"[\u4e00-\u9fff]{3,4}", name) and (len(name) == 3 or compound):
            if not self.chance(0.07):
                return name
            cut = 2 if compound else 1
            if self.chance(0.3) and len(name) == 3:
                return " ".join(name)
            return name[:cut] + " " + name[cut:]
        return name

    def person(self, *kinds: str) -> _Person:
        """A PERSON mention; half come from the known list, half are names in no list."""
        kind = self.r.choice(kinds) if kinds else self._kind()
        for _ in range(20):
            if self.chance(0.5):
                surface = self._render(self.r.choice(self.pool[kind]))
            else:
                for _ in range(200):
                    surface = self._raw_name(kind)
                    if not self._clashes(surface):
                        break
                surface = self._render(surface)
            compact = surface.replace(" ", "")
            if compact not in self.used:
                break
        self.used.append(compact)
        return _Person(surface, surface in self._known_set or compact in self._known_set)

    def han(self) -> _Person:
        """A Han-script Taiwanese name (the commonest case)."""
        return self.person("han")

    def local(self) -> _Person:
        """Any name a resident of Taiwan may carry."""
        return self.person("han", "han", "han", "han", "indig", "roman")

    def foreign(self) -> _Person:
        """A migrant worker's or spouse's name, in Han or Latin script."""
        return self.person("vn_han", "latin", "latin", "fhan")

    def honor(self) -> str:
        """An honorific suffix."""
        return self.r.choice(_HONORIFIC)

    # -- identifier values ---------------------------------------------------------------------
    def twid(self) -> str:
        letter = self.r.choice(sorted(LETTER_CODES))
        body = self.digits(8, "12")
        return self.fw(letter + body + id_check_digit(letter, body))

    def arc(self) -> str:
        letter = self.r.choice(sorted(LETTER_CODES))
        if self.chance(0.6):
            body = self.digits(8, "89")
            return self.fw(letter + body + id_check_digit(letter, body))
        second = self.r.choice("ABCD")
        tail = self.digits(7)
        check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
        return self.fw(letter + second + tail + check)

    def mobile(self) -> str:
        num = "09" + self.digits(2, "12345678") + self.digits(6)
        a, b, c = num[:4], num[4:7], num[7:]
        form = self.r.randrange(9)
        value = [
            f"{a}-{b}-{c}", num, f"{a} {b} {c}", f"{a}-{b}{c}", f"+886-{a[1:]}-{b}-{c}",
            f"+886 {a[1:]} {b} {c}", f"+886{num[1:]}", f"{a}.{b}.{c}", f"({a}){b}-{c}",
        ][form]  # fmt: skip
        return self.fw(value)

    def landline(self) -> str:
        area, k = self.r.choice(_AREAS)
        local = self.digits(k, "2345678")
        split = 4 if k == 8 else 3
        grouped = f"{local[:split]}-{local[split:]}" if k >= 7 else local
        value = self.r.choice(
            [
                f"({area}){grouped}",
                f"{area}-{grouped}",
                f"{area} {local[:split]} {local[split:]}",
                f"({area}) {local}",
                f"{area}-{local}",
                f"+886-{area[1:]}-{grouped}",
                f"+886 ({area[1:]}) {local}",
                f"{area}.{local[:split]}.{local[split:]}",
            ]
        )
        if self.chance(0.25):
            ext = self.digits(self.r.randint(2, 4), "123456789")
            value += self.c(f"#{ext}", f" 分機 {ext}", f"分機{ext}", f" 轉{ext}", f" ext. {ext}")
        return self.fw(value)

    def phone(self) -> str:
        return self.mobile() if self.chance(0.6) else self.landline()

    def email(self) -> str:
        r = self.r
        sur = r.choice(_ROMAN_SURNAMES).lower()
        form = r.randrange(6)
        if form == 0:
            user = f"{r.choice(_ROMAN_SYLL).lower()}{sur}{self.digits(4)}"
        elif form == 1:
            user = f"{r.choice(_ROMAN_SYLL).lower()}.{r.choice(_ROMAN_SYLL).lower()}.{sur}"
        elif form == 2:
            user = f"{r.choice(_MAIL_WORDS)}{self.digits(r.randint(2, 4))}"
        elif form == 3:
            user = f"{r.choice(_MAIL_WORDS)}_{sur}"
        elif form == 4:
            user = f"{sur}{r.choice(_ROMAN_SYLL).lower()}{r.randint(60, 99)}"
        else:
            user = f"a{self.digits(9, '9')}"
        return self.fw(f"{user}@{r.choice(_MAIL_DOMAINS)}")

    def address(self) -> str:
        r = self.r
        county, districts = r.choice(_PLACES)
        parts = [county, r.choice(districts)]
        if self.chance(0.25):
            parts.append(r.choice(_VILLAGES))
            if self.chance(0.6):
                parts.append(f"{r.randint(1, 30)}鄰")
        road = r.choice(_ROADS + _NAMEY_STREETS)
        parts.append(road)
        if self.chance(0.35):
            parts.append(f"{self.c('一', '二', '三', '四', '五')}段")
        if self.chance(0.45):
            parts.append(f"{r.randint(1, 400)}巷")
            if self.chance(0.4):
                parts.append(f"{r.randint(1, 60)}弄")
        number = str(r.randint(1, 300))
        if self.chance(0.15):
            number += f"之{r.randint(1, 9)}"
        parts.append(f"{number}號")
        if self.chance(0.5):
            floor = r.randint(2, 21)
            parts.append(f"{floor}樓" if self.chance(0.8) else f"{_cn_small(floor)}樓")
            if self.chance(0.25):
                parts.append(f"之{r.randint(1, 12)}")
        return self.fw("".join(parts))

    def nhi(self) -> str:
        body = "0000" + self.digits(8) if self.chance(0.7) else self.digits(12, "01")
        value = self.r.choice([body, f"{body[:4]} {body[4:8]} {body[8:]}"])
        if self.chance(0.2):
            value = f"{body[:4]}-{body[4:8]}-{body[8:]}"
        return self.fw(value)

    def passport(self, foreign: bool = False) -> str:
        r = self.r
        if not foreign and self.chance(0.8):
            return self.fw(self.digits(9, "3"))
        kind = r.randrange(4)
        if kind == 0:
            value = self.c("C", "N", "B") + self.digits(7)
        elif kind == 1:
            value = self.c("A", "B", "C", "X") + self.digits(7)
        elif kind == 2:
            value = "P" + self.digits(7) + self.c("A", "B")
        else:
            value = self.c("AA", "AB", "AC") + self.digits(7)
        return self.fw(value)

    def card(self) -> str:
        r = self.r
        prefix = r.choice(["4", "4", "51", "52", "54", "55", "35", "62", "37"])
        length = 15 if prefix == "37" else 16
        body = prefix + self.digits(length - len(prefix) - 1)
        for d in "0123456789":
            if creditcard.luhn_ok(body + d):
                number = body + d
                break
        if length == 15:
            groups = [number[:4], number[4:10], number[10:]]
        else:
            groups = [number[i : i + 4] for i in range(0, 16, 4)]
        value = self.r.choice([" ".join(groups), "-".join(groups), number])
        return self.fw(value)

    def birth(self, first: int = 1936, last: int = 2005) -> str:
        """A birth date (year in ``first..last``) in one of the forms people write."""
        r = self.r
        y = r.randint(first, last)
        m = r.randint(1, 12)
        d = r.randint(1, calendar.monthrange(y, m)[1])
        roc = y - 1911
        form = r.randrange(12)
        if form == 0:
            value = f"民國{roc}年{m}月{d}日"
        elif form == 1:
            value = f"{roc}年{m}月{d}日"
        elif form == 2:
            value = f"{roc:03d}/{m:02d}/{d:02d}"
        elif form == 3:
            value = f"{roc}.{m}.{d}"
        elif form == 4:
            value = f"{roc:03d}{m:02d}{d:02d}"
        elif form == 5:
            value = f"{self.c('民國', '')}{_cn_small(roc)}年{_cn_small(m)}月{_cn_small(d)}日"
        elif form == 6:
            value = f"{y}/{m:02d}/{d:02d}"
        elif form == 7:
            value = f"{y}-{m:02d}-{d:02d}"
        elif form == 8:
            value = f"{y}年{m}月{d}日"
        elif form == 9:
            year = "".join(_CN_DIGITS[int(ch)] for ch in str(y))
            value = f"{year}年{_cn_small(m)}月{_cn_small(d)}日"
        elif form == 10:
            value = f"{roc}-{m}-{d}"
        else:
            value = f"{y}.{m}.{d}"
        return self.fw(value)

    # -- filler values (never personal) --------------------------------------------------------
    def roc_date(self) -> str:
        return f"{self.r.randint(111, 114)}年{self.r.randint(1, 12)}月{self.r.randint(1, 28)}日"

    def doc_no(self) -> str:
        prefix = self.c("府環稽", "北市都建", "中市稅", "高市消保", "府社助", "府教學", "漁二")
        return f"{prefix}字第{self.digits(10, '1')}號"

    def case_no(self) -> str:
        year = self.r.randint(110, 114)
        kind = self.c("訴", "簡上", "司執", "小", "家調", "易")
        return f"{year}年度{kind}字第{self.r.randint(10, 99999)}號"

    def ban(self) -> str:
        """A valid company BAN (public business id) that starts with a non-zero digit."""
        while True:
            number = self.digits(8, "123456789")
            total = 0
            for w, ch in zip((1, 2, 1, 2, 1, 2, 4, 1), number, strict=True):
                p = w * int(ch)
                total += p // 10 + p % 10
            if total % 5 == 0 or (number[6] == "7" and (total + 1) % 5 == 0):
                return number

    def money(self) -> str:
        amount = self.r.choice([600, 1200, 3000, 3600, 6000, 18000, 45000, 120000, 2500])
        return f"新臺幣{amount:,}元"

    def invoice(self) -> str:
        """A receipt number (two letters + 8 digits) that is not a valid resident number."""
        while True:
            value = "".join(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2))
            value += "-" + self.digits(8)
            if not arc.is_valid(value) and not twid.is_valid(value):
                return value

    def plate(self) -> str:
        letters = "".join(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3))
        return f"{letters}-{self.digits(4, '123456789')}"


def _cn_small(n: int) -> str:
    """Chinese numerals for 1..199 (一百零五, 七十二, 十一)."""
    digits = _CN_DIGITS
    if n >= 100:
        rest = n - 100
        if rest == 0:
            return "一百"
        if rest < 10:
            return "一百零" + digits[rest]
        return "一百" + _cn_tens(rest, leading_one=True)
    return _cn_tens(n, leading_one=False)


def _cn_tens(n: int, leading_one: bool) -> str:
    digits = _CN_DIGITS
    if n < 10:
        return digits[n]
    tens, units = divmod(n, 10)
    head = "十" if tens == 1 and not leading_one else digits[tens] + "十"
    return head + (digits[units] if units else "")


# --- genre builders (positives) -------------------------------------------------------------
Builder = Callable[[_H8, _Doc], None]


def _police(g: _H8, d: _Doc) -> None:
    """警察局受理案件紀錄 (incident blotter)."""
    d.t(g.c("臺中市政府警察局第三分局", "新北市政府警察局三重分局", "高雄市政府警察局苓雅分局"))
    d.t(
        " 受理各類案件紀錄表\n受理時間：",
        g.roc_date(),
        f" {g.r.randint(0, 23)}時{g.r.randint(10, 59)}分\n",
    )
    who = g.local()
    d.t(g.c("報案人：", "當事人：", "姓名：", "報案人姓名 ")).p(who)
    if g.chance(0.6):
        d.t("（", g.c("出生年月日：", "生日 ", "出生："), "").e(g.birth(), "BIRTH_DATE").t("）")
    d.t("\n")
    if g.chance(0.7):
        d.t(g.c("身分證統一編號：", "身分證字號 ", "國民身分證號碼：")).e(
            g.twid(), "TW_NATIONAL_ID"
        )
        d.t("\n")
    if g.chance(0.7):
        d.t(g.c("聯絡電話：", "電話 ", "手機：")).e(g.phone(), "PHONE").t("\n")
    if g.chance(0.6):
        d.t(g.c("住址：", "戶籍地：", "現住地 ")).e(g.address(), "ADDRESS").t("\n")
    d.t("案情摘要：")
    other = g.han()
    roll = g.r.random()
    if roll < 0.35:
        d.t("報案人稱於", g.c("住處樓下", "超商門口", "夜市攤位旁"), "與").p(other)
        d.t(g.c("發生口角，", "因停車糾紛互相推擠，"), "對方綽號阿", other.surface[-1], "，")
        d.t("已通知").p(g.han()).t("到場說明。")
    elif roll < 0.7:
        d.p(other).t(g.c("駕駛機車", "騎乘腳踏車"), "擦撞報案人，雙方同意和解，由員警")
        d.p(g.han()).t("、").p(g.han()).t("製作筆錄。")
    else:
        d.t("報案人遺失錢包，內有信用卡一張（").e(g.card(), "CREDIT_CARD").t(
            "），已請其向發卡行掛失；"
        )
        d.t("承辦員警").p(g.han()).t("。")
    d.t("\n")


def _discharge(g: _H8, d: _Doc) -> None:
    """出院準備服務轉介長照 (discharge summary forwarded to long-term care)."""
    d.t(
        g.c("衛生福利部", "財團法人"),
        g.c("彰化基督教", "台南新樓", "花蓮慈濟"),
        "醫院 出院準備服務轉介單\n",
    )
    d.t("個案：").p(g.local()).t(f"，{g.c('男', '女')}，")
    d.t(g.c("出生日期 ", "生日：", "出生年月日：")).e(g.birth(1925, 1962), "BIRTH_DATE").t("\n")
    if g.chance(0.7):
        d.t(g.c("健保卡號：", "健保卡卡號 ", "IC卡號：")).e(g.nhi(), "TW_NHI_CARD").t("\n")
    d.t("診斷：", g.c("腦中風後遺症", "髖關節骨折術後", "失智症合併肺炎", "糖尿病足截肢術後"), "\n")
    d.t("主要照顧者為", g.c("長子", "女兒", "配偶", "媳婦")).p(g.han())
    d.t("（").e(g.phone(), "PHONE").t("）")
    if g.chance(0.6):
        d.t("，另聘外籍看護").p(g.foreign()).t("協助，居留證號").e(g.arc(), "TW_RESIDENT_CERT")
    d.t("。\n出院後居住地址：").e(g.address(), "ADDRESS").t("\n")
    d.t(g.c("個管師 ", "出院準備護理師：", "填表人：")).p(g.han())
    d.t(g.c("\n", "（長照2.0）\n"))


def _school(g: _H8, d: _Doc) -> None:
    """學生出缺席與霸凌事件通報."""
    d.t(g.c("新北市立", "臺南市立", "桃園市立"), g.c("中山", "光復", "成功"), g.c("國中", "國小"))
    d.t(" 校安事件通報\n")
    kid = g.local()
    d.t(g.c("學生", "當事學生：", "")).p(kid)
    d.t(f"（{g.r.randint(3, 9)}年{g.r.randint(1, 12)}班")
    if g.chance(0.5):
        d.t("，", g.c("生日 ", "出生日期：")).e(g.birth(2010, 2019), "BIRTH_DATE")
    d.t("）", g.c("本週缺席三日未請假，", "於下課時間遭同學排擠，", "疑似遭受言語霸凌，"))
    d.t("相關學生為").p(g.han())
    for _ in range(g.r.randint(0, 2)):
        d.t(g.c("、", "及", "和")).p(g.han())
    d.t("。\n導師").p(g.han()).t("已於", g.roc_date(), "聯絡家長")
    d.p(g.han()).t(g.honor(), "（").e(g.phone(), "PHONE").t("）")
    if g.chance(0.4):
        d.t("，並寄送通知至").e(g.email(), "EMAIL")
    d.t("。\n輔導室將通知").p(g.han()).t("主任安排晤談。\n")


def _env_reply(g: _H8, d: _Doc) -> None:
    """環保局噪音／空污檢舉回覆 (reply to a citizen's complaint)."""
    d.p(g.local()).t(g.c(" 您好：\n", g.honor() + "您好：\n", g.honor() + "，您好。\n"))
    d.t("有關您", g.roc_date(), "反映", g.c("噪音", "空氣污染", "露天燃燒", "餐廳油煙"), "一案，")
    d.t("陳情地點").e(g.address(), "ADDRESS").t("，本局已派稽查員").p(g.han())
    d.t("前往現場查察，")
    if g.chance(0.5):
        d.t("並與行為人").p(g.han()).t("溝通改善，")
    d.t("依", g.r.choice(_STATUTES), "辦理。\n")
    d.t("如需補充資料，請回覆至您的信箱").e(g.email(), "EMAIL").t("，或留下手機")
    d.e(g.mobile(), "PHONE").t("以利聯繫。\n")


def _building(g: _H8, d: _Doc) -> None:
    """建管處違建／建照爭議陳情."""
    d.t("陳情人").p(g.local())
    if g.chance(0.6):
        d.t("（身分證字號").e(g.twid(), "TW_NATIONAL_ID").t("）")
    d.t("陳稱其所有坐落").e(g.address(), "ADDRESS").t("之建物，遭相鄰戶")
    d.p(g.han()).t(g.c("頂樓加蓋", "擅自開挖地下室", "增建鐵皮屋"), "影響採光。")
    d.t("起造人代理人為建築師").p(g.han()).t("，施工廠商負責人").p(g.han()).t("。\n")
    d.t("陳情人聯絡方式：").e(g.phone(), "PHONE")
    if g.chance(0.4):
        d.t("；").e(g.email(), "EMAIL")
    d.t("\n依", g.c("建築法第25條", "違章建築處理辦法第5條"), "，將請").p(g.han())
    d.t("君於文到十日內陳述意見。\n")


def _tax(g: _H8, d: _Doc) -> None:
    """地方稅欠稅催繳通知."""
    d.t(g.c("臺中市", "嘉義縣", "屏東縣"), "政府地方稅務局 欠稅催繳通知書\n")
    d.t("納稅義務人：").p(g.local()).t("\n身分證統一編號：").e(g.twid(), "TW_NATIONAL_ID")
    d.t("\n送達地址：").e(g.address(), "ADDRESS").t("\n")
    d.t(
        "欠繳",
        g.c("房屋稅", "地價稅", "使用牌照稅"),
        g.money(),
        "，逾期將依稅捐稽徵法第20條加徵滯納金。\n",
    )
    if g.chance(0.5):
        d.t("代理人").p(g.han()).t("（").e(g.phone(), "PHONE").t("）已申請分期繳納。\n")
    d.t("承辦人 ").p(g.han()).t("\n")


def _consumer(g: _H8, d: _Doc) -> None:
    """消費爭議調解紀錄."""
    d.t("消費爭議調解會議紀錄\n出席：申訴人").p(g.local())
    d.t("、業者代表").p(g.han()).t("（店長）、調解委員").p(g.han()).t("\n")
    d.t("申訴人於", g.roc_date(), "以信用卡").e(g.card(), "CREDIT_CARD")
    d.t("購買", g.r.choice(_BRANDS), "產品，", g.c("迄未出貨。", "使用三日即故障。"))
    d.t("\n申訴人聯絡電話").e(g.phone(), "PHONE")
    if g.chance(0.6):
        d.t("，電子郵件").e(g.email(), "EMAIL")
    d.t("。\n結論：業者同意退還", g.money(), "，由").p(g.han()).t("轉告申訴人。\n")


def _lost_found(g: _H8, d: _Doc) -> None:
    """捷運遺失物招領登記."""
    d.t("遺失物登記 ", g.c("台北車站", "板橋站", "美麗島站", "市政府站"), "\n")
    d.t("拾得物：黑色皮夾一只，內有身分證（").p(g.local()).t("，")
    d.e(g.twid(), "TW_NATIONAL_ID").t("）")
    if g.chance(0.6):
        d.t("、健保卡（").e(g.nhi(), "TW_NHI_CARD").t("）")
    if g.chance(0.5):
        d.t("、信用卡一張").e(g.card(), "CREDIT_CARD")
    d.t("。\n拾得人：").p(g.han()).t(g.c("（旅客）", "（清潔人員）", ""), "\n")
    d.t("失主已以電話").e(g.phone(), "PHONE").t("聯繫，由站務員").p(g.han()).t("點交。\n")


def _military(g: _H8, d: _Doc) -> None:
    """兵役徵集通知."""
    d.t("役男").p(g.person("han", "han", "indig"))
    d.t("（").e(g.birth(1995, 2006), "BIRTH_DATE").t("生，身分證統一編號").e(
        g.twid(), "TW_NATIONAL_ID"
    )
    d.t("）：\n依兵役法施行法第48條，請於", g.roc_date(), "持本通知至", g.c("成功嶺", "新訓中心"))
    d.t("報到。戶籍地址：").e(g.address(), "ADDRESS").t("\n")
    if g.chance(0.6):
        d.t("已聯絡家屬").p(g.han()).t("，其表示役男現於海外就學，護照號碼").e(
            g.passport(), "PASSPORT"
        )
        d.t("。\n")
    d.t("兵役課 ").p(g.han()).t("\n")


def _court(g: _H8, d: _Doc) -> None:
    """法院送達證書."""
    d.t("送達證書\n案號：", g.case_no(), "\n應受送達人：").p(g.local()).t("\n")
    d.t("送達處所：").e(g.address(), "ADDRESS").t("\n送達方式：")
    roll = g.r.random()
    if roll < 0.5:
        d.t("未獲會晤本人，已將文書付與有辨別事理能力之同居人").p(g.han())
        d.t(g.c("（配偶）", "（母）", "（子）"), "。")
    else:
        d.t("寄存送達於", g.c("轄區派出所", "郵局"), "。")
    d.t("\n送達人：").p(g.han()).t(g.c("（郵務人員）", "（執達員）"), "\n")


def _temple(g: _H8, d: _Doc) -> None:
    """宮廟遶境活動申請."""
    d.t(g.c("福安宮", "慈雲宮", "鎮安堂"), g.c("遶境", "建醮", "平安宴"), "活動申請書\n")
    d.t("申請人：").p(g.han()).t("（主任委員）\n聯絡電話：").e(g.phone(), "PHONE").t("\n")
    d.t("活動地點：").e(g.address(), "ADDRESS").t("前廣場\n爐主").p(g.han())
    d.t("，副爐主").p(g.han()).t("及").p(g.han()).t("，預計", g.roc_date(), "上午八時起程。\n")


def _fishing(g: _H8, d: _Doc) -> None:
    """漁船船員傷病事故報告."""
    boat = g.c("新漁興", "金滿福", "順豐168", "海慶")
    d.t(f"漁船「{boat}號」船員事故報告\n")
    d.t("船員").p(g.foreign()).t("（", g.c("印尼", "越南", "菲律賓"), "籍，護照號碼")
    d.e(g.passport(foreign=True), "PASSPORT")
    if g.chance(0.6):
        d.t("，居留證號").e(g.arc(), "TW_RESIDENT_CERT")
    if g.chance(0.4):
        d.t("，出生日期 ").e(g.birth(), "BIRTH_DATE")
    d.t("）於", g.roc_date(), g.c("起網時遭纜繩擊傷", "在冷凍艙滑倒", "作業時手指受傷"), "。\n")
    d.t("船長").p(g.han()).t("已通報，同船").p(g.foreign()).t("協助送醫。\n")
    d.t("仲介聯絡人").p(g.han()).t(" ").e(g.mobile(), "PHONE").t("\n")


def _childcare(g: _H8, d: _Doc) -> None:
    """育兒津貼審核."""
    d.t("育兒津貼申請審核表\n申請人 ").p(g.local()).t("（").e(g.twid(), "TW_NATIONAL_ID")
    d.t("）\n幼兒：").p(g.han()).t("，", g.c("民國", ""))
    d.e(g.birth(2019, 2024), "BIRTH_DATE").t("生\n")
    if g.chance(0.6):
        d.t("配偶：").p(g.foreign()).t("，統一證號").e(g.arc(), "TW_RESIDENT_CERT").t("\n")
    d.t("通訊地址：").e(g.address(), "ADDRESS").t("\n聯絡電話：").e(g.phone(), "PHONE").t("\n")
    d.t("審核意見：資料齊全，請").p(g.han()).t("通知申請人補附存摺影本。\n")


Cell = tuple[str | _Person, str]


def _table(g: _H8, d: _Doc, title: str, header: list[str], rows: list[list[Cell]]) -> None:
    """Append a table as exports write them: CSV, TSV, pipes or space-aligned columns.

    Each cell is (value, label); a PERSON cell carries the :class:`_Person` so its known flag
    survives, plain cells have an empty label.
    """
    sep = g.c(",", "\t", " | ", "aligned")
    texts = [[c.surface if isinstance(c, _Person) else c for c, _ in row] for row in rows]
    widths = [max(len(r[i]) for r in [header, *texts]) + 2 for i in range(len(header))]

    def joiner(i: int, cell: str) -> str:
        if sep != "aligned":
            return sep
        return " " * (widths[i - 1] - len(cell))

    d.t(title, "\n")
    for i, cell in enumerate(header):
        d.t((joiner(i, header[i - 1]) if i else "") + cell)
    d.t("\n")
    for row, row_texts in zip(rows, texts, strict=True):
        for i, (value, label) in enumerate(row):
            if i:
                d.t(joiner(i, row_texts[i - 1]))
            if isinstance(value, _Person):
                d.p(value)
            elif label:
                d.e(value, label)
            else:
                d.t(value)
        d.t("\n")


def _housing(g: _H8, d: _Doc) -> None:
    """社會住宅候補名冊 (table)."""
    rows: list[list[Cell]] = []
    for i in range(g.r.randint(2, 5)):
        row: list[Cell] = [(str(i + 1), ""), (g.local(), "PERSON")]
        if g.chance(0.7):
            row.append((g.twid(), "TW_NATIONAL_ID"))
        else:
            row.append((g.arc(), "TW_RESIDENT_CERT"))
        row += [(g.phone(), "PHONE"), (g.address(), "ADDRESS")]
        rows.append(row)
    header = ["序號", "申請人", "證號", "電話", "戶籍地址"]
    _table(g, d, f"社會住宅第{g.r.randint(2, 9)}期候補名冊", header, rows)


def _volunteer(g: _H8, d: _Doc) -> None:
    """志工訓練名冊 (table)."""
    rows: list[list[Cell]] = []
    for _ in range(g.r.randint(2, 5)):
        row: list[Cell] = [(f"V{g.r.randint(100, 999)}", ""), (g.local(), "PERSON")]
        row += [(g.birth(), "BIRTH_DATE"), (g.mobile(), "PHONE")]
        row.append((g.email(), "EMAIL") if g.chance(0.6) else ("無", ""))
        rows.append(row)
    header = ["編號", "姓名", "出生日期", "手機", "e-mail"]
    _table(g, d, g.c("志願服務基礎訓練名冊", "長照志工特殊訓練簽到"), header, rows)
    d.t("講師：").p(g.han()).t("\n")


def _hotline(g: _H8, d: _Doc) -> None:
    """市民熱線 e-mail written by a citizen (informal, typos)."""
    d.t("主旨：", g.c("檢舉噪音!!!", "路燈壞掉很久了", "鄰居養狗很吵", "請處理違停"), "\n")
    me = g.local()
    d.t(g.c("你好，", "您好 ", "承辦人員你好"))
    if g.chance(0.5):
        d.t("我是").p(me).t("，")
    d.t("我住在").e(g.address(), "ADDRESS").t(g.c("，", " "))
    d.t(g.c("樓上", "隔壁", "對面"), g.c("那戶", "鄰居"))
    if g.chance(0.5):
        d.p(g.han()).t(" ")
    d.t(g.c("每天晚上都在施工 已經反應很多次了", "以經吵了一個月了", "都在再門口堆東西"), "，")
    d.t("麻煩盡快處理拉，有問題可以打", g.c("我手機", "給我"), " ").e(g.phone(), "PHONE")
    if g.chance(0.5):
        d.t(" 或寄信到").e(g.email(), "EMAIL")
    d.t("\n謝謝\n").p(me).t("\n")


def _line_chat(g: _H8, d: _Doc) -> None:
    """LINE messages pasted into a social-work case file."""
    a, b = g.han(), g.local()
    d.t("【LINE對話截錄】", g.c("2024/05/02", "2023/11/18", "2025/01/07"), "\n")
    d.t("21:13\t").p(a).t("\t", g.c("社工你好 我阿嬤的健保卡號是", "我媽的健保卡是 "))
    d.e(g.nhi(), "TW_NHI_CARD").t("\n")
    d.t("21:15\t").p(b).t("\t好 我再跟").p(g.han()).t("說一下\n")
    if g.chance(0.6):
        d.t("21:16\t").p(a).t("\t她生日是").e(g.birth(1930, 1955), "BIRTH_DATE").t(" 地址")
        d.e(g.address(), "ADDRESS").t("\n")
    d.t("21:20\t").p(b).t("\t收到 有事打").e(g.mobile(), "PHONE").t(" 找我\n")


def _attendance(g: _H8, d: _Doc) -> None:
    """會議簽到單 / 出席名單."""
    d.t(g.c("里民大會", "都市更新說明會", "長照據點聯繫會報"), "出席名單\n出席人員：")
    d.p(g.local())
    for _ in range(g.r.randint(1, 4)):
        d.t(g.c("、", "，", "、", "及")).p(g.han())
    d.t("\n列席：", g.r.choice(_TITLES)).p(g.han()).t("\n紀錄：").p(g.han()).t("\n")
    if g.chance(0.5):
        d.t("（").p(g.han()).t("請假，由").p(g.han()).t("代理）\n")
    if g.chance(0.4):
        d.t("簽到：\n")
        for _ in range(g.r.randint(2, 4)):
            d.p(g.local()).t("\u3000", f"{g.r.randint(8, 9):02d}:{g.r.randint(0, 59):02d}\n")
    if g.chance(0.4):
        d.t("會後聯絡窗口 ").p(g.han()).t(" ").e(g.mobile(), "PHONE").t("\n")


def _english_mail(g: _H8, d: _Doc) -> None:
    """A bilingual e-mail from or about a foreign resident (greeting without honorific)."""
    who = g.person("latin", "roman", "latin")
    d.t("Dear ").p(who).t(",\n")
    d.t("您的居留證申請資料已收到。統一證號：").e(g.arc(), "TW_RESIDENT_CERT")
    d.t("，護照號碼：").e(g.passport(foreign=True), "PASSPORT").t("\n")
    d.t("Date of birth: ").e(g.birth(), "BIRTH_DATE").t("\n")
    d.t("Contact: ").e(g.email(), "EMAIL").t(" / ").e(g.phone(), "PHONE").t("\n")
    d.t("雇主").p(g.han()).t("已簽署切結書。\n")


_POSITIVE: list[Builder] = [
    _police, _discharge, _school, _env_reply, _building, _tax, _consumer, _lost_found,
    _military, _court, _temple, _fishing, _childcare, _housing, _volunteer, _hotline,
    _line_chat, _attendance, _english_mail,
]  # fmt: skip


# --- hard negatives (look-alikes only) ------------------------------------------------------
def _neg_env(g: _H8, d: _Doc) -> None:
    d.t("親愛的市民朋友您好：\n有關您反映", g.r.choice(_NAMEY_STREETS), "與")
    d.t(g.r.choice(_NAMEY_STREETS), "口", g.c("夜間施工噪音", "工廠排放異味"), "一案，本局已於")
    d.t(g.roc_date(), "派員稽查，依", g.r.choice(_STATUTES), "處", g.money(), "罰鍰。\n")
    d.t(
        "發文字號：",
        g.doc_no(),
        "\n",
        g.c("承辦人", "稽查員"),
        "已完成複查，",
        g.r.choice(_SURNAME_WORDS),
    )
    d.t("附近將持續監測。\n")


def _neg_permit(g: _H8, d: _Doc) -> None:
    company = g.r.choice(_COMPANIES)
    d.t("建造執照變更設計申請\n起造人：", company, "（統一編號：", g.ban(), "）\n")
    d.t("基地位置：", g.c("臺中市", "新竹縣", "臺南市"), g.r.choice(_NAMEY_STREETS), "與")
    d.t(
        g.r.choice(_ROADS),
        "交叉口東北側\n依建築法第25條及",
        g.c("都市計畫法", "山坡地建築管理辦法"),
    )
    d.t("辦理，規費", g.money(), "。案號：", g.doc_no(), "\n")


def _neg_tax(g: _H8, d: _Doc) -> None:
    d.t("地價稅開徵公告\n本年度地價稅開徵期間自", g.roc_date(), "起至", g.roc_date(), "止，")
    d.t("繳款書已寄送，若未收到請洽各分局。逾期依稅捐稽徵法第20條每逾二日加徵1%滯納金。")
    d.t(
        "本年度開徵總額",
        g.money(),
        "，較去年增加",
        str(g.r.randint(2, 9)),
        ".",
        str(g.r.randint(0, 9)),
    )
    d.t("%。繳款編號：", g.digits(10, "1"), "\n")


def _neg_meeting(g: _H8, d: _Doc) -> None:
    d.t(
        g.c("第", "113年度第"), str(g.r.randint(1, 12)), "次", g.c("工作會報", "聯繫會議"), "紀錄\n"
    )
    d.t("主席：", g.r.choice(_TITLES), "　紀錄：", g.r.choice(_TITLES), "\n出席：")
    d.t("、".join(g.r.sample(_TITLES, 4)), "\n決議：", g.r.choice(_SURNAME_WORDS), "改善案請")
    d.t(g.r.choice(_AGENCIES), "於", g.roc_date(), "前提出報告。\n")


def _neg_lost(g: _H8, d: _Doc) -> None:
    d.t(
        "本月遺失物招領統計：共",
        str(g.r.randint(80, 400)),
        "件，其中手機",
        str(g.r.randint(10, 60)),
    )
    d.t(
        "支（", g.r.choice(_BRANDS), "、", g.r.choice(_BRANDS), "）、雨傘", str(g.r.randint(20, 90))
    )
    d.t("把，逾六個月無人認領者依民法第807條歸拾得人。\n", g.c("高鐵站", "林森北路", "中正路"))
    d.t("服務台受理時間為上午9時至下午5時。\n")


def _neg_consumer(g: _H8, d: _Doc) -> None:
    d.t(
        "消費爭議案件摘要（姓名略）\n申訴人於",
        g.roc_date(),
        "在",
        g.r.choice(_BRANDS),
        "購買商品，",
    )
    d.t("發票號碼 ", g.invoice(), "，金額", g.money(), "。業者", g.r.choice(_COMPANIES))
    d.t("（統一編號", g.ban(), "）同意依消費者保護法第19條辦理退貨。\n")


def _neg_fishing(g: _H8, d: _Doc) -> None:
    d.t("漁船「", g.c("新漁興", "金滿福", "海慶"), "號」（CT", str(g.r.randint(2, 7)), "-")
    d.t(g.digits(4, "123456789"), "）於", g.roc_date(), "返回", g.c("前鎮漁港", "蘇澳港", "東港"))
    d.t("，船長、輪機長及外籍船員共", str(g.r.randint(8, 25)), "名均平安。")
    d.t("漁獲", str(g.r.randint(3, 90)), "公噸，依漁業法第10條備查。\n")


def _neg_school(g: _H8, d: _Doc) -> None:
    d.t(
        g.c("本校", "各校"), "113學年度第", g.c("1", "2"), "學期", g.c("友善校園週", "防制霸凌宣導")
    )
    d.t("訂於", g.roc_date(), "辦理，請各班導師協助宣導；", g.r.choice(_SURNAME_WORDS), "與")
    d.t(g.r.choice(_SURNAME_WORDS), "相關課程由輔導室安排。教育局函", g.doc_no(), "。\n")


def _neg_temple(g: _H8, d: _Doc) -> None:
    d.t(g.c("福安宮", "慈雲宮"), "遶境路線：自", g.r.choice(_NAMEY_STREETS), "出發，經")
    d.t(
        g.r.choice(_NAMEY_STREETS),
        "、",
        g.r.choice(_ROADS),
        "，至",
        g.c("王爺廟", "媽祖廟"),
        "止。",
    )
    d.t("交通管制時段", g.roc_date(), "上午8時至12時，車牌", g.plate(), "之前導車請配合。\n")


def _neg_hotline(g: _H8, d: _Doc) -> None:
    d.t("主旨：", g.c("公車站牌壞掉", "人行道破損"), "\n你好 我想問", g.r.choice(_NAMEY_STREETS))
    d.t("那邊的", g.c("站牌", "路燈", "水溝蓋"), "什麼時候會修好 已經壞了兩個禮拜了 ")
    d.t(
        g.c("晚上很暗", "下雨都會積水"),
        " 騎",
        g.r.choice(["Gogoro", "Yamaha"]),
        "經過很危險 謝謝\n",
    )


def _neg_line(g: _H8, d: _Doc) -> None:
    d.t("【LINE群組公告】各位里民 明天早上", str(g.r.randint(6, 9)), "點在")
    d.t(g.c("林森公園", "中正紀念堂", "信義廣場"), "集合打掃 ", g.r.choice(_SURNAME_WORDS))
    d.t("旁邊那區也要 里長會準備手套跟", g.r.choice(["IKEA", "Costco"]), "的垃圾袋 謝謝大家\n")


def _neg_housing(g: _H8, d: _Doc) -> None:
    d.t("社會住宅第", str(g.r.randint(2, 9)), "期候補名額共", f"{g.r.randint(300, 3000):,}", "戶，")
    d.t("審查依社會救助法第5條及", g.doc_no(), "辦理，", g.roc_date(), "公開抽籤，")
    d.t("承辦人與督導將到場監督。\n")


def _neg_court(g: _H8, d: _Doc) -> None:
    d.t("公示送達公告\n案號：", g.case_no(), "\n應受送達人因住居所不明，依民事訴訟法第149條")
    d.t("准予公示送達，自公告之日起經二十日發生效力。另案", g.case_no(), "訂於", g.roc_date())
    d.t("言詞辯論，請", g.c("書記官", "執達員", "通譯"), "通知兩造。\n")


_NEGATIVE: list[Builder] = [
    _neg_env, _neg_permit, _neg_tax, _neg_meeting, _neg_lost, _neg_consumer, _neg_fishing,
    _neg_school, _neg_temple, _neg_hotline, _neg_line, _neg_housing, _neg_court,
]  # fmt: skip

_HARD_NEGATIVE_RATE = 0.25


def _long_known_outside(text: str, spans: list[tuple[int, int, str]], known: list[str]) -> bool:
    masked = _mask(text, [s for s in spans if s[2] == "PERSON"])
    return any(k in masked for k in known)


def generate_heldout8(n: int = 2000, seed: int = 97) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples and the known-name list, reproducible for a seed.

    Each candidate text is screened: nothing that looks like a valid identifier, a plausible
    phone number or an e-mail may sit outside the gold spans, and a known name of three or
    more characters may appear only as a labelled PERSON. A text failing the screen is
    redrawn (rare), so every sample's labels are complete.
    """
    g = _H8(n, seed)
    samples: list[Sample] = []
    while len(samples) < n:
        negative = g.chance(_HARD_NEGATIVE_RATE)
        d = _Doc()
        g.used.clear()
        g.r.choice(_NEGATIVE if negative else _POSITIVE)(g, d)
        text = d.text()
        if _stray_identifier(_mask(text, d.spans)):
            continue
        if _long_known_outside(text, d.spans, g._known_long):
            continue
        samples.append(Sample(text, list(d.spans), negative, list(d.known)))
    return samples, list(g.known_list)
