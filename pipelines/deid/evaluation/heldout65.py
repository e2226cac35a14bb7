"""Held-out evaluation set 65: synthetic Traditional-Chinese free text with gold spans.

Written without looking at the scanner: only the ``Sample`` dataclass and the checksum helpers
in ``pipelines.deid.identifiers`` were read, so the templates, phrasings and name pools here are
independent of whatever the scanner was tuned on.

Genres (six), each with positive samples and hard negatives:

* 火化場、納骨塔預約 (crematorium and columbarium bookings);
* 租金補貼查核 (public-housing rent subsidy checks);
* 高齡駕照換照認知測驗 (elderly driving-licence renewals with cognitive tests);
* 免費午餐資格 (school-lunch free-meal eligibility lists);
* 違規棄置檢舉 (illegal-dumping reports with witnesses);
* 外籍看護轉換、失聯通報 (foreign caregivers' transfer and runaway reports).

Registers: 公文 sentences, terse case-log notes, transcribed phone calls, LINE chat exports,
pasted e-mails, pasted forms with labels, pasted tables (tab, CSV, aligned spaces), numbered
rosters and English mixed into Chinese. Names are ordinary Han names (compound surnames, married
names), Indigenous names (with interpunct and romanised) and foreign residents' names
(Vietnamese, Indonesian, Filipino, Thai; in Han transliteration and in Latin letters).

Hard negatives (about a quarter) hold no personal data but look risky: document and case
numbers, 統一編號 with valid checksums, statute articles, amounts, ordinary dates, place and
organisation names, products and words that start with surname characters.

Templates are written with placeholders «KIND:arg>var» (see ``_Doc.f``); «a|b|c» picks one
literal alternative and «@var» repeats a stored value with its label.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import ban, creditcard
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

_WIDE = {
    c: chr(ord(c) + 0xFEE0)
    for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-@.()+/_"
}


def _wide(value: str) -> str:
    """Full-width form of the ASCII characters in ``value`` (as typed with a Chinese IME)."""
    return "".join(_WIDE.get(c, c) for c in value)


def _digits(r: random.Random, k: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(k))


# ---------------------------------------------------------------------------------------------
# Name material
# ---------------------------------------------------------------------------------------------

_SURNAMES = [
    "陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "洪", "郭", "邱",
    "曾", "廖", "賴", "徐", "周", "葉", "蘇", "莊", "呂", "江", "何", "蕭", "羅", "高", "潘", "簡",
    "朱", "鍾", "游", "彭", "詹", "胡", "施", "沈", "余", "盧", "梁", "趙", "顏", "柯", "翁", "魏",
    "孫", "戴", "范", "方", "宋", "鄧", "杜", "傅", "侯", "曹", "薛", "丁", "卓", "馬", "董", "唐",
    "温", "藍", "蔣", "石", "古", "紀", "姚", "連", "馮", "歐", "程", "湯", "田", "康", "姜", "汪",
    "白", "鄒", "尤", "巫", "鐘", "黎", "涂", "龔", "嚴", "韓", "袁", "金", "童", "陸", "夏", "柳",
    "邵", "錢", "伍", "倪", "于", "譚", "駱", "熊", "任", "甘", "秦", "顧", "毛", "章", "史", "官",
    "萬", "俞", "雷", "粘", "饒",
]  # fmt: skip
_COMPOUND = ["歐陽", "張簡", "范姜", "司徒", "上官", "諸葛", "張廖", "司馬"]
_G_ADULT_F = [
    "淑芬", "美玲", "雅婷", "怡君", "佩君", "雅雯", "欣怡", "家瑜", "婉婷", "惠雯", "雅惠", "淑惠",
    "宜蓁", "佳穎", "郁婷", "詩涵", "思穎", "靜怡", "玉婷", "秀玲", "麗娟", "美惠", "素貞", "嘉玲",
    "佩珊", "筱涵", "曉雯", "瑞蓮", "雅琪", "巧玉", "秋月", "麗珠", "明珠", "美華", "淑娟", "金鳳",
]  # fmt: skip
_G_ADULT_M = [
    "志明", "家豪", "俊傑", "建宏", "承翰", "冠宇", "柏翰", "宗翰", "志偉", "俊宏", "建志", "信宏",
    "文彬", "育誠", "明哲", "國峰", "振宇", "哲瑋", "子豪", "昱廷", "偉倫", "嘉文", "政勳", "耀德",
    "啟賢", "世昌", "泓志", "勝雄", "坤龍", "再興",
]  # fmt: skip
_G_ADULT = _G_ADULT_F + _G_ADULT_M
_G_ELDER_M = [
    "金水", "清標", "火旺", "添丁", "文雄", "正雄", "國榮", "明德", "榮輝", "振興", "德福", "天賜",
    "進財", "萬福", "旺來", "阿土", "水木", "清水", "春生", "錦松", "朝宗", "永和", "炳煌", "義雄",
    "阿池", "坤山", "金發", "吉祥", "仁和", "慶隆", "石頭", "來富",
]  # fmt: skip
_G_ELDER_F = [
    "秀英", "玉蘭", "阿滿", "春嬌", "罔市", "月娥", "素珍", "麗華", "碧霞", "秋香", "錦雲", "惠美",
    "寶珠", "阿嬌", "玉葉", "秀鑾", "月桂", "阿春", "招治", "罔腰", "阿桃", "金枝", "玉梅", "素娥",
    "美雲", "翠英", "鳳嬌", "銀妹", "阿綢", "菊妹", "阿不", "滿妹",
]  # fmt: skip
_G_CHILD = [
    "宥辰", "睿恩", "芯妤", "沛涵", "允菲", "語彤", "宸睿", "禹丞", "以晴", "恩綺", "品睿", "苡安",
    "宥蓁", "柏睿", "子晴", "詠晴", "宇翔", "品妍", "承恩", "昕妤", "定睿", "芊語", "歆恩", "晨希",
    "亮均", "宥翔", "恩熙", "妍希", "侑霖", "秉諺", "羽彤", "睿宸", "可昕", "翊安",
]  # fmt: skip
_G_SINGLE = [
    "明", "強", "偉", "芳", "娟", "敏", "傑", "勇", "萍", "華", "玲", "豪", "婷", "翔", "雯", "誠",
]  # fmt: skip

_INDIG_FIRST = [
    "瓦歷斯", "巴奈", "伊凡", "比令", "尤道", "馬耀", "拉娃", "烏杜", "阿道", "吉娃斯", "達利",
    "撒韻", "巴萬", "伊苞", "莎韻", "尤命", "哈勇", "娃旦", "谷慕", "阿洛", "蘇瓦", "妮卡", "芭翁",
    "撒布",
]  # fmt: skip
_INDIG_FAMILY = [
    "諾幹", "尤瑪", "巴萬", "達印", "谷慕", "都蘭", "卡造", "那布", "巴勒", "阿古", "瓦旦", "蘇飛",
    "巴干", "拉拜", "雅布", "撒耘", "馬紹", "伊斯坦大", "卡力亭", "母路",
]  # fmt: skip
_INDIG_FIRST_LAT = [
    "Walis", "Panay", "Iban", "Pilin", "Yudaw", "Mayaw", "Lawa", "Ado", "Ciwas", "Tali", "Sayun",
    "Pawan", "Ipay", "Yuming", "Hayung", "Watan", "Kacaw", "Sakinu", "Lahok", "Nikar", "Sudip",
    "Bawah", "Afas", "Kolas",
]  # fmt: skip
_INDIG_FAMILY_LAT = [
    "Nokan", "Yupas", "Pawan", "Tayin", "Kumu", "Tuntun", "Kacaw", "Nabu", "Palu", "Amuy", "Watan",
    "Sufin", "Pakan", "Lapay", "Yabu", "Sayun", "Masao", "Istanda", "Kalitin", "Mulu",
]  # fmt: skip

_VN_SUR_LAT = [
    "Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo", "Duong", "Ly",
    "Phan", "Huynh",
]  # fmt: skip
_VN_MID_LAT = ["Thi", "Thi", "Van", "Thi Ngoc", "Thi Thu", "Thi Thanh", "Van Minh", "Thi Kim"]
_VN_GIVEN_LAT = [
    "Lan", "Hoa", "Huong", "Thu", "Mai", "Linh", "Trang", "Hanh", "Dung", "Hung", "Tuan", "Nga",
    "Oanh", "Thuy", "Yen", "Phuong", "Hien", "Loan", "Nhung", "Tam",
]  # fmt: skip
_VN_SUR_HAN = ["阮", "陳", "黎", "范", "黃", "武", "鄧", "裴", "杜", "吳", "楊", "李", "潘", "胡"]
_VN_MID_HAN = ["氏", "氏", "文", "氏玉", "氏秋", "氏清", "文明", "氏金"]
_VN_GIVEN_HAN = [
    "蘭", "花", "香", "秋", "梅", "玲", "莊", "幸", "勇", "雄", "俊", "娥", "鶯", "水", "燕", "芳",
    "賢", "鸞", "絨", "心",
]  # fmt: skip

_ID_FIRST_LAT = [
    "Siti", "Sri", "Dewi", "Nur", "Ani", "Eka", "Tri", "Rina", "Yuli", "Putri", "Indah", "Lina",
    "Fitri", "Ika", "Endang", "Wulan", "Ratna", "Yanti",
]  # fmt: skip
_ID_LAST_LAT = [
    "Lestari", "Wahyuni", "Rahayu", "Handayani", "Aminah", "Susanti", "Suryani", "Kusuma",
    "Fitriani", "Maulida", "Hidayah", "Rahmawati", "Purwanti", "Ningsih",
]  # fmt: skip
_ID_MONO_LAT = [
    "Sumiati", "Suwarni", "Karsiti", "Warsini", "Tarmini", "Sulastri", "Juariah", "Painem",
    "Mulyani", "Rukmini", "Kasmini", "Sutini",
]  # fmt: skip
_ID_FIRST_HAN = [
    "絲莉", "蒂娜", "伊卡", "努兒", "黛薇", "麗娜", "普特莉", "英達", "蘇米雅蒂", "希蒂", "娃蒂",
    "尤莉",
]  # fmt: skip
_ID_LAST_HAN = ["瓦尤妮", "拉哈尤", "蘇珊蒂", "阿米娜", "萊絲塔莉", "韓達雅妮", "寧西"]

_PH_FIRST_LAT = [
    "Maria", "Rowena", "Jocelyn", "Analyn", "Mary Grace", "Marites", "Lorna", "Rosalie",
    "Jenalyn", "Cristina", "Joy", "Liezel", "Rhea", "Maricel", "Arlene", "Mary Ann",
]  # fmt: skip
_PH_LAST_LAT = [
    "Santos", "Reyes", "Dela Cruz", "Bautista", "Garcia", "Mendoza", "Villanueva", "Ramos",
    "Aquino", "Castillo", "Flores", "Navarro", "Pascual", "De Leon",
]  # fmt: skip
_PH_FIRST_HAN = [
    "瑪麗亞", "羅薇娜", "喬瑟琳", "安娜琳", "瑪莉絲", "蘿娜", "羅莎莉", "瑞雅", "喬伊", "瑪莉塞",
]  # fmt: skip
_PH_LAST_HAN = ["桑托斯", "雷耶斯", "加西亞", "門多薩", "拉莫斯", "阿奎諾", "佛羅瑞斯"]

_TH_FIRST_LAT = [
    "Somchai", "Malee", "Prasert", "Nattaya", "Siriporn", "Kanya", "Wichai", "Arunee", "Suda",
    "Boonmee", "Somsak", "Pranee", "Chanida", "Anong",
]  # fmt: skip
_TH_LAST_LAT = [
    "Saetang", "Srisuk", "Boonmee", "Kaewkla", "Chaiyaporn", "Sukjai", "Thongdee", "Wongsa",
    "Phromma", "Inthong",
]  # fmt: skip
_TH_FIRST_HAN = ["宋猜", "瑪莉", "蘇妲", "頌猜", "阿努", "巴頌", "蘇帕", "娜塔雅", "西莉蓬", "阿儂"]
_TH_LAST_HAN = ["塞堂", "汶米", "西素", "通迪", "乍倫", "旺沙", "英通"]

_FEMALE_GIVEN = frozenset(_G_ADULT_F + _G_ELDER_F)
_MALE_GIVEN = frozenset(_G_ADULT_M + _G_ELDER_M)
_MALE_LATIN = frozenset(["Van", "Somchai", "Prasert", "Wichai", "Somsak", "Boonmee"])
_DOTS = "··‧"  # both interpuncts are typed for Indigenous and transliterated names


def _surname(r: random.Random) -> str:
    return _SURNAMES[min(int(r.expovariate(1 / 22)), len(_SURNAMES) - 1)]


def _han(r: random.Random, given: list[str]) -> str:
    x = r.random()
    sur = r.choice(_COMPOUND) if x < 0.05 else _surname(r)
    return sur + (r.choice(_G_SINGLE) if x > 0.95 else r.choice(given))


def _elder(r: random.Random) -> str:
    if r.random() < 0.45:
        return _han(r, _G_ELDER_M)
    if r.random() < 0.4:  # married name: husband's surname before her own
        husband, own = _surname(r), _surname(r)
        if husband != own:
            return husband + own + r.choice(_G_ELDER_F)
    return _han(r, _G_ELDER_F)


def _joined(r: random.Random, first: list[str], last: list[str], sep: str) -> str:
    return r.choice(first) + sep + r.choice(last)


_MAKERS: dict[str, Callable[[random.Random], str]] = {
    "adult": lambda r: _han(r, _G_ADULT),
    "elder": _elder,
    "child": lambda r: _han(r, _G_CHILD),
    "indig": lambda r: _joined(r, _INDIG_FIRST, _INDIG_FAMILY, r.choice(_DOTS)),
    "indig_lat": lambda r: _joined(r, _INDIG_FIRST_LAT, _INDIG_FAMILY_LAT, " "),
    "vn": lambda r: r.choice(_VN_SUR_HAN) + r.choice(_VN_MID_HAN) + r.choice(_VN_GIVEN_HAN),
    "vn_lat": lambda r: " ".join(
        (r.choice(_VN_SUR_LAT), r.choice(_VN_MID_LAT), r.choice(_VN_GIVEN_LAT))
    ),
    "id": lambda r: (
        _joined(r, _ID_FIRST_HAN, _ID_LAST_HAN, r.choice(_DOTS))
        if r.random() < 0.6
        else r.choice(_ID_FIRST_HAN)
    ),
    "id_lat": lambda r: (
        r.choice(_ID_MONO_LAT) if r.random() < 0.3 else _joined(r, _ID_FIRST_LAT, _ID_LAST_LAT, " ")
    ),
    "ph": lambda r: _joined(r, _PH_FIRST_HAN, _PH_LAST_HAN, r.choice(_DOTS)),
    "ph_lat": lambda r: _joined(r, _PH_FIRST_LAT, _PH_LAST_LAT, " "),
    "th": lambda r: (
        _joined(r, _TH_FIRST_HAN, _TH_LAST_HAN, r.choice(_DOTS))
        if r.random() < 0.5
        else r.choice(_TH_FIRST_HAN)
    ),
    "th_lat": lambda r: _joined(r, _TH_FIRST_LAT, _TH_LAST_LAT, " "),
}
_SIZES = {
    "adult": 380, "elder": 240, "child": 220, "indig": 48, "indig_lat": 40, "vn": 48,
    "vn_lat": 48, "id": 30, "id_lat": 48, "ph": 24, "ph_lat": 48, "th": 20, "th_lat": 40,
}  # fmt: skip
# Mixtures of name kinds for the roles the templates use.
_MIX: dict[str, tuple[tuple[str, int], ...]] = {
    "anyone": (
        ("adult", 82), ("indig", 6), ("indig_lat", 2), ("vn", 4), ("id_lat", 2),
        ("ph_lat", 2), ("th_lat", 2),
    ),
    "senior": (("elder", 90), ("indig", 7), ("indig_lat", 3)),
    "kid": (("child", 92), ("indig", 8)),
    "tenant": (("adult", 74), ("indig", 8), ("vn", 8), ("id", 3), ("vn_lat", 4), ("id_lat", 3)),
    "spouse": (("vn", 38), ("vn_lat", 16), ("id", 14), ("id_lat", 14), ("th", 6), ("ph_lat", 12)),
    "worker": (
        ("vn", 14), ("vn_lat", 20), ("id", 12), ("id_lat", 26), ("ph_lat", 16), ("ph", 3),
        ("th_lat", 6), ("th", 3),
    ),
}  # fmt: skip
_FOREIGN = {"vn", "vn_lat", "id", "id_lat", "ph", "ph_lat", "th", "th_lat"}


class _Names:
    """Per-seed name pools: half of each pool is 'known' (in a dataset's own name column)."""

    def __init__(self, r: random.Random) -> None:
        seen: set[str] = set()
        self.known: dict[str, list[str]] = {}
        self.unknown: dict[str, list[str]] = {}
        self.category: dict[str, str] = {}
        never: list[str] = []
        for cat, size in _SIZES.items():
            names: list[str] = []
            reserve = max(2, size // 10)
            tries = 0
            while len(names) < size + reserve and tries < size * 80:
                tries += 1
                name = _MAKERS[cat](r)
                if name in seen or (not name.isascii() and len(name) > 8):
                    continue
                seen.add(name)
                names.append(name)
                self.category[name] = cat
            half = (len(names) - reserve) // 2
            never += names[:reserve]
            self.known[cat] = names[reserve : reserve + half]
            self.unknown[cat] = names[reserve + half :]
        known_list = never + [n for cat in _SIZES for n in self.known[cat]]
        r.shuffle(known_list)
        self.known_list = known_list
        self.known_set = frozenset(known_list)

    def sex(self, name: str) -> str | None:
        """'f', 'm' or None (unknown) for a pooled name, guessed from its given name."""
        cat = self.category.get(name, "")
        if cat in ("adult", "elder"):
            given = name[-2:]
            return "f" if given in _FEMALE_GIVEN else "m" if given in _MALE_GIVEN else None
        if cat == "vn":
            return "m" if "文" in name else "f"
        if cat in _FOREIGN:
            return "m" if _MALE_LATIN & set(name.split()) else "f"
        return None

    def pick(self, r: random.Random, cat: str) -> str:
        if cat in _MIX:
            kinds, weights = zip(*_MIX[cat], strict=True)
            cat = r.choices(kinds, weights)[0]
        pool = self.known[cat] if r.random() < 0.5 else self.unknown[cat]
        return r.choice(pool)


# ---------------------------------------------------------------------------------------------
# Values (identifiers pass the checksum helpers)
# ---------------------------------------------------------------------------------------------

_ID_LETTERS = "AAAAAFFFFFHHHHBBBBEEEEDDDCGJKMNPQTUVXZIOW"


def _twid(r: random.Random) -> str:
    letter = r.choice(_ID_LETTERS)
    body = r.choice("12") + _digits(r, 7)
    return letter + body + id_check_digit(letter, body)


def _fmt_id(r: random.Random, value: str, style: str) -> str:
    if style == "sp":  # read out on the phone and typed as heard
        return r.choice(
            [f"{value[0]} {value[1:4]} {value[4:7]} {value[7:]}", f"{value[:4]} {value[4:]}"]
        )
    if style == "chat" and r.random() < 0.3:
        return value.lower()
    return value


def _arc(r: random.Random, form: str) -> str:
    letter = r.choice("ABCDEFHKMNPTUX")
    if form == "old" or (not form and r.random() < 0.3):
        second = r.choice("ABCD")
        tail = _digits(r, 7)
        return (
            letter + second + tail + id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
        )
    body = r.choice("89") + _digits(r, 7)
    return letter + body + id_check_digit(letter, body)


def _mobile(r: random.Random) -> str:
    d = "09" + str(r.randint(0, 8)) + _digits(r, 7)
    x = r.random()
    if x < 0.34:
        return f"{d[:4]}-{d[4:7]}-{d[7:]}"
    if x < 0.6:
        return d
    if x < 0.72:
        return f"{d[:4]} {d[4:7]} {d[7:]}"
    if x < 0.8:
        return f"{d[:4]}-{d[4:]}"
    if x < 0.9:
        return f"+886-{d[1:4]}-{d[4:7]}-{d[7:]}"
    return f"+886 {d[1:4]} {d[4:7]} {d[7:]}"


_AREA_CODES = (
    ("02", 8), ("02", 8), ("03", 7), ("037", 6), ("04", 8), ("049", 7), ("05", 7), ("06", 7),
    ("07", 7), ("07", 7), ("08", 7), ("089", 6),
)  # fmt: skip


def _landline(r: random.Random) -> str:
    code, n = r.choice(_AREA_CODES)
    local = str(r.randint(2, 8)) + _digits(r, n - 1)
    cut = n - 4
    head, tail = local[:cut], local[cut:]
    x = r.random()
    if n <= 6 or x < 0.25:
        return r.choice([f"{code}-{local}", f"({code}){local}"])
    if x < 0.55:
        return f"({code}){head}-{tail}"
    if x < 0.85:
        return f"{code}-{head}-{tail}"
    return f"{code}{local}"


def _nhi(r: random.Random) -> str:
    d = "0000" + _digits(r, 8)
    return r.choice([d, f"{d[:4]} {d[4:8]} {d[8:]}", f"{d[:4]}-{d[4:8]}-{d[8:]}"])


def _card(r: random.Random) -> str:
    x = r.random()
    if x < 0.45:
        prefix, length = "4", 16
    elif x < 0.7:
        prefix, length = "5" + str(r.randint(1, 5)), 16
    elif x < 0.85:
        prefix, length = "35" + str(r.randint(28, 89)), 16
    elif x < 0.93:
        prefix, length = "62", 16
    else:
        prefix, length = "37", 15
    body = prefix + _digits(r, length - len(prefix) - 1)
    number = next(body + c for c in "0123456789" if creditcard.luhn_ok(body + c))
    assert creditcard.is_valid(number)
    if length == 15:
        return r.choice([number, f"{number[:4]} {number[4:10]} {number[10:]}"])
    sep = r.choice([" ", "-", "", " "])
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


def _passport(r: random.Random, nat: str) -> str:
    if nat == "vn":
        return r.choice("CBN") + _digits(r, 7)
    if nat == "id":
        return r.choice("ABCX") + _digits(r, 7)
    if nat == "ph":
        if r.random() < 0.7:
            return "P" + _digits(r, 7) + r.choice("ABC")
        return r.choice(["EC", "EB"]) + _digits(r, 7)
    if nat == "th":
        return r.choice(["AA", "AB", "AC"]) + _digits(r, 7)
    return "3" + _digits(r, 8)  # a Taiwanese passport


_COHORTS = {
    "elder": (1930, 1949),
    "adult": (1958, 1998),
    "child": (2011, 2018),
    "worker": (1976, 2001),
}


def _birth(r: random.Random, arg: str) -> str:
    cohort, _, style = arg.partition("/")
    y = r.randint(*_COHORTS[cohort or "adult"])
    m, d = r.randint(1, 12), r.randint(1, 28)
    roc = y - 1911
    roc_forms = [
        f"民國{roc}年{m}月{d}日",
        f"{roc}年{m}月{d}日",
        f"{roc}年{m:02d}月{d:02d}日",
        f"{roc:03d}.{m:02d}.{d:02d}",
        f"{roc}.{m}.{d}",
        f"{roc}/{m:02d}/{d:02d}",
        f"民{roc}.{m}.{d}",
    ]
    ad_forms = [
        f"{y}-{m:02d}-{d:02d}",
        f"{y}/{m:02d}/{d:02d}",
        f"{y}/{m}/{d}",
        f"{y}年{m}月{d}日",
        f"{y}.{m:02d}.{d:02d}",
    ]
    if style == "roc":
        return r.choice(roc_forms)
    if style == "ad":
        return r.choice(ad_forms)
    return r.choice(roc_forms if r.random() < 0.6 else ad_forms)


_AREAS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("臺北市", (("大安區", "106"), ("萬華區", "108"), ("士林區", "111"), ("北投區", "112"),
              ("文山區", "116"), ("中山區", "104"), ("內湖區", "114"))),
    ("新北市", (("板橋區", "220"), ("三重區", "241"), ("新莊區", "242"), ("中和區", "235"),
              ("土城區", "236"), ("汐止區", "221"), ("淡水區", "251"), ("樹林區", "238"),
              ("永和區", "234"))),
    ("桃園市", (("桃園區", "330"), ("中壢區", "320"), ("平鎮區", "324"), ("八德區", "334"),
              ("楊梅區", "326"), ("龜山區", "333"))),
    ("臺中市", (("北屯區", "406"), ("西屯區", "407"), ("大里區", "412"), ("豐原區", "420"),
              ("太平區", "411"), ("沙鹿區", "433"))),
    ("臺南市", (("永康區", "710"), ("東區", "701"), ("安南區", "709"), ("新營區", "730"),
              ("歸仁區", "711"))),
    ("高雄市", (("三民區", "807"), ("鳳山區", "830"), ("左營區", "813"), ("楠梓區", "811"),
              ("小港區", "812"), ("岡山區", "820"))),
    ("基隆市", (("七堵區", "206"), ("安樂區", "204"), ("暖暖區", "205"))),
    ("新竹縣", (("竹北市", "302"), ("竹東鎮", "310"), ("湖口鄉", "303"))),
    ("苗栗縣", (("苗栗市", "360"), ("頭份市", "351"), ("竹南鎮", "350"))),
    ("彰化縣", (("彰化市", "500"), ("員林市", "510"), ("和美鎮", "508"), ("鹿港鎮", "505"))),
    ("南投縣", (("南投市", "540"), ("草屯鎮", "542"), ("埔里鎮", "545"))),
    ("雲林縣", (("斗六市", "640"), ("虎尾鎮", "632"), ("北港鎮", "651"))),
    ("嘉義縣", (("民雄鄉", "621"), ("朴子市", "613"))),
    ("屏東縣", (("屏東市", "900"), ("潮州鎮", "920"), ("東港鎮", "928"))),
    ("宜蘭縣", (("宜蘭市", "260"), ("羅東鎮", "265"), ("蘇澳鎮", "270"))),
    ("花蓮縣", (("花蓮市", "970"), ("吉安鄉", "973"))),
    ("臺東縣", (("臺東市", "950"), ("卑南鄉", "954"))),
)  # fmt: skip
_ROADS = [
    "中山路", "中正路", "民生路", "民族路", "民權路", "成功路", "建國路", "復興路", "和平東路",
    "忠孝東路", "三民路", "自由路", "光復路", "文化路", "中華路", "仁愛路", "大同路", "林森路",
    "公園路", "環河街", "永安街", "福德街", "興隆街", "博愛街", "中山北路", "五福路", "臺灣大道",
    "大雅路", "南京東路", "長春路", "信義路", "四維路", "文心路", "青海路", "二聖路", "中興街",
]  # fmt: skip
_VILLAGES = [
    "中正", "福德", "仁愛", "和平", "新生", "光明", "忠孝", "民生", "復興", "永安", "大同", "中興",
    "頂埔", "後庄",
]  # fmt: skip


def _address(r: random.Random) -> str:
    city, districts = r.choice(_AREAS)
    district, zipcode = r.choice(districts)
    if city[0] == "臺" and r.random() < 0.35:
        city = "台" + city[1:]
    out = []
    if r.random() < 0.3:
        code = zipcode + (_digits(r, 2) if r.random() < 0.3 else "")
        out.append(code + r.choice(["", "", " "]))
    out.append(city + district)
    if r.random() < 0.2:
        out.append(
            r.choice(_VILLAGES) + ("村" if district[-1] == "鄉" else "里") + f"{r.randint(1, 28)}鄰"
        )
    road = r.choice(_ROADS)
    out.append(road)
    if not road.endswith("街") and r.random() < 0.3:
        out.append(r.choice("一二三四五六") + "段")
    if r.random() < 0.35:
        out.append(f"{r.randint(1, 350)}巷")
        if r.random() < 0.3:
            out.append(f"{r.randint(1, 30)}弄")
    number = str(r.randint(1, 420))
    if r.random() < 0.12:
        number += f"之{r.randint(1, 5)}"
    out.append(number + "號")
    if r.random() < 0.55:
        k = r.randint(2, 18)
        out.append(r.choice([f"{k}樓", f"{k}F", f"{k}樓之{r.randint(1, 6)}", f"{k}樓"]))
    return "".join(out)


_PINYIN_SUR = [
    "chen", "lin", "huang", "chang", "lee", "wang", "wu", "liu", "tsai", "yang", "hsu", "cheng",
    "hsieh", "kuo", "hung", "chiu", "tseng", "liao", "lai", "chou", "yeh", "su", "chuang", "lu",
    "chiang", "ho", "hsiao", "lo", "kao",
]  # fmt: skip
_PINYIN_GIVEN = [
    "mei", "ling", "hui", "chun", "wei", "chih", "ming", "yu", "ting", "hsin", "ya", "chia", "jung",
    "hao", "kai", "yi", "an", "fang", "ching", "tzu", "pei", "shu", "wen",
]  # fmt: skip
_DOMAINS = [
    "gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com.tw", "yahoo.com.tw",
    "hotmail.com", "outlook.com", "msa.hinet.net", "ms45.hinet.net", "icloud.com",
]  # fmt: skip


def _mail(r: random.Random, name: str | None) -> str:
    if name and name.isascii():
        parts = name.lower().split()
        local = r.choice([".", "_", ""]).join(parts[:2] if r.random() < 0.5 else parts[-2:])
    else:
        sur, g1, g2 = r.choice(_PINYIN_SUR), r.choice(_PINYIN_GIVEN), r.choice(_PINYIN_GIVEN)
        local = r.choice([f"{sur}.{g1}{g2}", f"{g1}{g2}{sur}", f"{sur}{g1}", f"{g1}_{sur}"])
    if r.random() < 0.55:
        local += str(r.choice([r.randint(1, 99), r.randint(1960, 2005), r.randint(100, 9999)]))
    return f"{local}@{r.choice(_DOMAINS)}"


# ---------------------------------------------------------------------------------------------
# Non-personal fillers (ordinary dates, document numbers, amounts, ...)
# ---------------------------------------------------------------------------------------------


def _date(r: random.Random, style: str) -> str:
    y = r.choice((2023, 2024, 2024, 2025))
    m, d = r.randint(1, 12), r.randint(1, 28)
    roc = y - 1911
    forms = {
        "roc": [f"{roc}年{m}月{d}日", f"{roc}/{m:02d}/{d:02d}", f"{roc}.{m}.{d}"],
        "ad": [f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日"],
        "md": [f"{m}/{d}", f"{m}月{d}日", f"{m:02d}/{d:02d}"],
    }
    return r.choice(forms.get(style) or [f for v in forms.values() for f in v])


def _clock_words(h: int, m: int, r: random.Random) -> str:
    part = "上午" if h < 12 else "中午" if h == 12 else "下午" if h < 18 else "晚上"
    h12 = h if h <= 12 else h - 12
    return r.choice(
        [f"{h:02d}:{m:02d}", f"{h:02d}:{m:02d}", f"{part}{h12}時{m:02d}分", f"{part}{h12}點多"]
    )


def _time(r: random.Random, _: str) -> str:
    return _clock_words(r.randint(7, 22), r.choice((0, 5, 10, 15, 20, 30, 40, 45, 50)), r)


def _period(r: random.Random, _: str) -> str:
    """An ordered ROC date range (歲修、施工 periods)."""
    y, m, d = r.choice((112, 113, 114)), r.randint(1, 11), r.randint(1, 28)
    m2, d2 = (m, min(28, d + r.randint(3, 20))) if r.random() < 0.5 else (m + 1, r.randint(1, 28))
    if r.random() < 0.5:
        return f"{y}年{m}月{d}日至{y}年{m2}月{d2}日"
    return f"{y}年{m}月{d}日至{m2}月{d2}日"


def _num(r: random.Random, arg: str) -> str:
    lo, hi = (int(x) for x in arg.split("-"))
    return str(r.randint(lo, hi))


def _num2(r: random.Random, arg: str) -> str:
    return f"{int(_num(r, arg)):02d}"


_CASE_WORDS = ["環稽", "住補", "社助", "監理", "勞管", "午補", "殯", "民", "環"]


def _case(r: random.Random, arg: str) -> str:
    roc = r.choice((112, 113, 113, 114))
    word = arg or r.choice(_CASE_WORDS)
    return r.choice(
        [
            f"{roc}年度{word}字第{r.randint(1, 9999):05d}號",
            f"{roc}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{r.randint(1, 99):03d}",
            f"{roc}-{r.randint(1, 99999):05d}",
            f"{word}{roc}-{r.randint(1, 9999):04d}",
        ]
    )


_DOC_WORDS = [
    "府授民", "北市殯", "府社助", "北市都住", "中市都", "高市環稽", "府環廢", "勞動發管", "交公監",
    "臺教國署學", "新北府社住", "桃市殯", "府教學", "中市勞外", "府授環", "南市環稽", "竹縣勞",
]  # fmt: skip


def _doc(r: random.Random, arg: str) -> str:
    roc = r.choice((112, 113, 113, 114))
    return f"{arg or r.choice(_DOC_WORDS)}字第{roc}{_digits(r, 7)}號"


def _ban(r: random.Random, _: str) -> str:
    while True:
        value = _digits(r, 8)
        if ban.is_valid(value):
            return value


def _amount(r: random.Random, arg: str) -> str:
    lo, hi = (int(x) for x in arg.split("-")) if arg else (1000, 90000)
    n = r.randint(lo, hi) // 100 * 100
    return r.choice([f"新臺幣{n:,}元", f"{n:,}元", f"NT${n:,}", f"新台幣{n:,}元整"])


def _plate(r: random.Random, _: str) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    three = "".join(r.choice(letters) for _ in range(3))
    return r.choice(
        [f"{three}-{_digits(r, 4)}", f"{_digits(r, 3)}-{three}", f"{three}-{_digits(r, 3)}"]
    )


def _orgtel(r: random.Random, _: str) -> str:
    code, n = r.choice((("02", 8), ("04", 8), ("07", 7), ("03", 7), ("06", 7)))
    local = str(r.randint(2, 8)) + _digits(r, n - 1)
    return f"({code}){local[:-4]}-{local[-4:]} 分機{r.randint(100, 899)}"


_HOTLINES = (
    "1999", "1955", "1966", "0800-085-151", "0800-777-888", "0800-211-459", "1957",
    "0800-507-272",
)  # fmt: skip


def _hotline(r: random.Random, _: str) -> str:
    return r.choice(_HOTLINES)


_LAWS = {
    "crem": [
        "殯葬管理條例第21條", "殯葬管理條例第24條", "殯葬管理條例施行細則第9條",
        "臺北市殯葬設施使用自治條例第6條", "殯葬管理條例第102條",
    ],
    "rent": [
        "住宅法第9條", "住宅法第10條", "租金補貼申請審查作業規定第7點",
        "300億元中央擴大租金補貼專案計畫第8點", "行政程序法第117條",
    ],
    "drive": [
        "道路交通安全規則第52條之1", "道路交通安全規則第61條", "道路交通管理處罰條例第22條",
        "道路交通安全規則第64條之1",
    ],
    "lunch": [
        "學校衛生法第23條", "國民教育法第5條", "教育部補助學生午餐經費作業要點第4點",
        "社會救助法第4條之1",
    ],
    "dump": [
        "廢棄物清理法第27條", "廢棄物清理法第50條", "廢棄物清理法第11條",
        "廢棄物清理法第46條", "環境教育法第23條",
    ],
    "care": [
        "就業服務法第56條", "就業服務法第59條", "就業服務法第73條",
        "外國人從事就業服務法第46條第1項第8款至第11款工作資格及審查標準第65條",
        "就業服務法第68條",
    ],
}  # fmt: skip


def _law(r: random.Random, arg: str) -> str:
    return r.choice(_LAWS[arg])


_PLAIN: dict[str, Callable[[random.Random, str], str]] = {
    "DATE": _date,
    "TIME": _time,
    "PERIOD": _period,
    "NUM": _num,
    "NN": _num2,
    "CASE": _case,
    "DOC": _doc,
    "BAN": _ban,
    "AMT": _amount,
    "PLATE": _plate,
    "ORGTEL": _orgtel,
    "HOT": _hotline,
    "LAW": _law,
}


# ---------------------------------------------------------------------------------------------
# The document builder
# ---------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"«([^»]*)»")
_SPEC = re.compile(r"([A-Z]+)(?::([^>]*))?(?:>(\w+))?")
_NATION_ZH = {"vn": "越南", "id": "印尼", "ph": "菲律賓", "th": "泰國"}
_NATION_EN = {"vn": "Vietnamese", "id": "Indonesian", "ph": "Filipino", "th": "Thai"}


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


class _Doc:
    """Builds one text and its gold spans.

    ``f`` takes a template: «KIND:arg>var» emits a value (a span when KIND is personal), stores
    it as ``var`` when ``>var`` is given; «@var» repeats a stored value; «a|b|c» picks a literal.
    """

    def __init__(self, r: random.Random, names: _Names, negative: bool) -> None:
        self.r = r
        self.names = names
        self.negative = negative
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.size = 0
        self.vars: dict[str, tuple[str, str | None]] = {}
        self.all_wide = r.random() < 0.08  # a form typed entirely with full-width digits
        self.minutes = r.randint(7 * 60, 20 * 60)  # running clock of chat exports

    # -- low level ---------------------------------------------------------------------------
    def t(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def span(self, value: str, label: str) -> None:
        if self.negative:
            raise AssertionError("a hard negative must not hold personal values")
        assert value and value == value.strip(), "span values carry no outer spaces"
        self.spans.append((self.size, self.size + len(value), label))
        self.t(value)

    def width(self, value: str) -> str:
        return _wide(value) if self.all_wide or self.r.random() < 0.06 else value

    def let(self, var: str, cat: str) -> str:
        """Pick a person's name for ``var`` without emitting it."""
        name = self.names.pick(self.r, cat)
        self.vars[var] = (name, "PERSON")
        return name

    def foreign(self, var: str) -> bool:
        return self.names.category.get(self.vars[var][0]) in _FOREIGN

    def idtok(self, var: str) -> str:
        """The identifier token that fits the person in ``var`` (resident certificate or ID)."""
        return "«ARC»" if self.foreign(var) else "«ID»"

    def nat(self) -> str:
        return self.r.choices(("vn", "id", "ph", "th"), (34, 38, 20, 8))[0]

    def c(self, *options: str) -> str:
        return self.r.choice(options)

    def clock(self) -> str:
        """The next time stamp of a chat export (never going backwards)."""
        self.minutes = min(self.minutes + self.r.randint(0, 25), 23 * 60 + 59)
        h, m = divmod(self.minutes, 60)
        return f"{h:02d}:{m:02d}" if self.r.random() < 0.85 else _clock_words(h, m, self.r)

    def let_sex(self, var: str, cat: str, sex: str) -> str:
        """Like ``let`` but prefer a name of the given sex ('f' or 'm')."""
        for _ in range(30):
            name = self.let(var, cat)
            if self.names.sex(name) == sex:
                break
        return name

    def sx(self, var: str, male: str, female: str) -> str:
        """``male`` or ``female`` by the sex of the person in ``var`` (a guess if unknown)."""
        sex = self.names.sex(self.vars[var][0]) or self.r.choice("fm")
        return male if sex == "m" else female

    # -- templates ---------------------------------------------------------------------------
    def f(self, template: str) -> None:
        for i, piece in enumerate(_TOKEN.split(template)):
            if i % 2 == 0:
                assert "«" not in piece and "»" not in piece, template
                self.t(piece)
            else:
                self.token(piece)

    def cell(self, template: str, width: int) -> None:
        """Emit ``template`` and pad with spaces to a display ``width`` (aligned tables)."""
        start = self.size
        self.f(template)
        shown = "".join(self.parts)[start:]
        self.t(" " * max(2, width - _display_width(shown)))

    def token(self, tok: str) -> None:
        if "|" in tok:
            self.t(self.r.choice(tok.split("|")))
            return
        if tok.startswith("@"):
            value, label = self.vars[tok[1:]]
            if label:
                self.span(value, label)
            else:
                self.t(value)
            return
        m = _SPEC.fullmatch(tok)
        if not m:  # a single literal alternative, written «like this» for emphasis
            assert not tok.isascii(), tok
            self.t(tok)
            return
        kind, arg, var = m.group(1), m.group(2) or "", m.group(3)
        value, label = self.make(kind, arg)
        if var:
            self.vars[var] = (value, label)
        if label:
            self.span(value, label)
        else:
            self.t(value)

    def make(self, kind: str, arg: str) -> tuple[str, str | None]:
        r = self.r
        if kind == "P":
            return self.names.pick(r, arg or "adult"), "PERSON"
        if kind == "CLK":
            return self.clock(), None
        if kind in _PLAIN:
            return _PLAIN[kind](r, arg), None
        if kind == "ID":
            value, label = _fmt_id(r, _twid(r), arg), "TW_NATIONAL_ID"
        elif kind == "ARC":
            value, label = _arc(r, arg), "TW_RESIDENT_CERT"
        elif kind == "MOB":
            value, label = _mobile(r), "PHONE"
        elif kind == "TEL":
            value, label = _landline(r), "PHONE"
        elif kind == "PHONE":
            value, label = (_mobile(r) if r.random() < 0.7 else _landline(r)), "PHONE"
        elif kind == "MAIL":
            name = self.vars[arg][0] if arg else None
            value, label = _mail(r, name), "EMAIL"
        elif kind == "ADDR":
            value, label = _address(r), "ADDRESS"
        elif kind == "NHI":
            value, label = _nhi(r), "TW_NHI_CARD"
        elif kind == "PP":
            value, label = _passport(r, arg), "PASSPORT"
        elif kind == "CARD":
            value, label = _card(r), "CREDIT_CARD"
        elif kind == "BD":
            value, label = _birth(r, arg), "BIRTH_DATE"
        else:
            raise KeyError(kind)
        return self.width(value), label

    def sample(self) -> Sample:
        text = "".join(self.parts)
        known = [text[a:b] in self.names.known_set for a, b, lab in self.spans if lab == "PERSON"]
        if not self.negative:
            assert self.spans, "a positive sample needs at least one span"
        return Sample(text, list(self.spans), self.negative, known)


# ---------------------------------------------------------------------------------------------
# Genre 1: 火化場、納骨塔預約 (crematorium and columbarium bookings)
# ---------------------------------------------------------------------------------------------

_SPELL = {
    "陳": "耳東陳", "林": "雙木林", "張": "弓長張", "李": "木子李", "吳": "口天吳", "黃": "草頭黃",
    "王": "三劃王", "許": "言午許", "楊": "木易楊", "徐": "雙人徐", "胡": "古月胡", "劉": "文刀劉",
    "章": "立早章", "蕭": "草頭蕭", "周": "周公的周", "何": "人可何", "江": "江水的江",
}  # fmt: skip


def _crem_form(d: _Doc) -> None:
    r = d.r
    d.let("dead", "senior")
    d.f("【«第一殯儀館|第二殯儀館|市立火化場|公營殯葬設施»火化預約登記表】\n")
    d.f("亡者姓名：«@dead»\u3000性別：" + d.sx("dead", "男", "女") + "\n身分證統一編號：«ID»\n")
    d.f("出生日期：«BD:elder»\u3000死亡日期：«DATE:roc»\n")
    d.f("申請人：«P:anyone»（與亡者關係：«長子|長女|次子|配偶|孫|媳婦|姪子»）\n")
    d.f("聯絡電話：«PHONE»\n")
    if r.random() < 0.6:
        d.f("通訊地址：«ADDR»\n")
    if r.random() < 0.25:
        d.f("規費：刷卡«CARD»（持卡人同申請人）\n")
    d.f("預約火化：«DATE:roc» «上午|下午»第«NUM:1-12»爐\u3000禮廳：«懷恩廳|景行廳|不使用»\n")
    d.f("«備註：環保葬另填申請書。|備註：規費已繳。|備註：家屬要求撿骨後直接進塔。|»")


def _crem_log(d: _Doc) -> None:
    for _ in range(d.r.randint(1, 3)):
        d.let("dead", "senior")
        d.f(
            d.c(
                "«DATE:md» «TIME» «P:anyone»來電，為"
                "«父|母|祖母|岳父|外婆»«@dead»預約«DATE:md»火化，"
                "亡者身分證«ID»，家屬手機«MOB»；已告知帶死亡證明正本«2|3»份。\n",
                "«DATE:md» 禮儀業者代訂：«@dead»（«NUM:66-99»歲），«BD:elder»生，"
                "«DATE:md»第«NUM:1-12»爐。聯絡人«P:anyone» «MOB»\n",
                "«DATE:md» «@dead»家屬«P:anyone»臨櫃改期→«DATE:md»，原爐次釋出。電話«PHONE»。\n",
                "«DATE:md» 亡者«@dead»　«ID»　«BD:elder»　已收除戶謄本，待排爐。\n",
                "«DATE:md» 退件：«@dead»死亡證明書姓名與身"
                "分證不符，請家屬«P:anyone»（«MOB»）補正。\n",
            )
        )


def _crem_line(d: _Doc) -> None:
    r = d.r
    company = d.c("福安禮儀", "慈恩生命", "永福禮儀社", "大願生命事業", "長青禮儀")
    d.f(
        f"{r.choice(['2024', '2025'])}/{r.randint(1, 12):02d}"
        f"/{r.randint(1, 28):02d}（«一|二|三|四|五»）\n"
    )
    family = r.random() < 0.4
    if family:
        d.let("fam", "anyone")
        d.f("«CLK»\t«@fam»\t請問«DATE:md»上午還有火化的時段嗎\n")
    else:
        d.f(f"«CLK»\t{company}\t請問«DATE:md»早上還有爐嗎\n")
    d.f("«CLK»\t殯葬所火化組\t有 第«NUM:2-9»爐 亡者資料傳一下\n")
    who = "«@fam»" if family else company
    d.f(f"«CLK»\t{who}\t«P:senior» «男|女» «BD:elder»生\n")
    d.f(f"«CLK»\t{who}\t身分證 «ID:chat»\n")
    if family:
        d.f("«CLK»\t«@fam»\t我的電話«MOB»\n")
    else:
        d.f(f"«CLK»\t{company}\t家屬«P:anyone» «MOB»\n")
    d.f("«CLK»\t殯葬所火化組\t«收到 已登記 當天請帶正本|OK 登記好了|收到👌»\n")


def _tower_table(d: _Doc) -> None:
    r = d.r
    sep = d.c("\t", ",", "\t")
    d.f("«福德|萬安|懷恩|崇德|永安»納骨堂 «DATE:roc» 異動清冊\n")
    d.t(sep.join(["塔位編號", "亡者姓名", "出生日期", "申請人", "聯絡電話", "異動"]) + "\n")
    for _ in range(r.randint(2, 5)):
        slot = (
            f"{r.choice('ABCDE')}{r.randint(1, 6)}-{r.randint(1, 12):02d}-{r.randint(1, 240):03d}"
        )
        cells = [
            slot,
            "«P:senior»",
            "«BD:elder»",
            "«P:anyone»",
            "«PHONE»",
            "«新進|續約|遷出|換位|»",
        ]
        if r.random() < 0.2:
            cells[4] = "（未留）"
        d.f(sep.join(cells) + "\n")


def _tower_mail(d: _Doc) -> None:
    r = d.r
    d.let("app", "anyone")
    if r.random() < 0.5:
        d.f("寄件者：«MAIL:app»\n")
    else:
        d.f("From: «@app» <«MAIL:app»>\n")
    d.f("主旨：«申請遷出|申請換位|詢問塔位續約|骨灰罐移出申請»（«DATE:ad»）\n\n")
    d.f(
        "承辦人員您好：\n我是«@app»，家«父|母»«P:senior»於«DATE:roc»安置在«福德|萬安|懷恩»納骨堂«2|3|4»樓，"
    )
    card = "居留證" if d.foreign("app") else "身分證"
    d.f("«因家族遷葬需移出|想換到同層較低的位置|想辦理續約»。")
    d.f(f"附件為我的{card}影本（" + d.idtok("app") + "）及除戶謄本。\n")
    if r.random() < 0.7:
        d.f("亡者出生日期：«BD:elder»\n")
    d.f("聯絡手機：«MOB»\n")
    if r.random() < 0.3:
        d.f("管理費擬以信用卡繳納，卡號«CARD»，持卡人即本人。\n")
    d.f("謝謝。\n«@app» 敬上")


def _crem_call(d: _Doc) -> None:
    dead = d.let("dead", "elder")
    d.f("【電話紀錄】«DATE:roc» «TIME»\n民眾：喂，你好，我要預約火化。\n承辦：好的，往生者大名？\n")
    spell = _SPELL.get(dead[0])
    d.f("民眾：«@dead»" + (f"，{spell}。\n" if spell and dead[:2] not in _COMPOUND else "。\n"))
    d.f("承辦：身分證字號？\n民眾：«ID:sp»。\n承辦：出生年月日？\n民眾：«BD:elder/roc»。\n")
    pron = d.sx("dead", "他", "她")
    rel = d.c("兒子", "女兒", "孫子", "媳婦", "外孫女")
    d.let_sex("app", "adult", "m" if rel in ("兒子", "孫子") else "f")
    d.f(f"承辦：申請人大名跟電話？\n民眾：我是{pron}{rel}，叫«@app»，手機«MOB»。\n")
    d.f("承辦：好，幫您排«DATE:md»«上午|下午»第«NUM:1-10»爐，請帶死亡證明書正本。")


def _crem_english(d: _Doc) -> None:
    nat = d.nat()
    d.let("dead", nat + "_lat")
    d.f(f"Cremation booking – deceased «@dead» ({_NATION_EN[nat]}), ARC «ARC», ")
    d.f(f"passport «PP:{nat}», DOB «BD:worker/ad».\n")
    d.f("Next of kin abroad; 授權«仲介|雇主|同鄉會幹部»«P:adult»代辦，聯絡«MOB»")
    if d.r.random() < 0.4:
        d.f("，email «MAIL»")
    d.f(
        "。\n骨灰«將由辦事處協助送回|暫存本館寄存室|由家屬來台領回»，預約«DATE:ad»上午第«NUM:1-6»爐。"
    )


def _crem_roster(d: _Doc) -> None:
    r = d.r
    d.f("«DATE:roc»火化預約名冊（«上午場|下午場»）\n")
    style = r.randint(0, 2)
    for k in range(1, r.randint(3, 6)):
        if style == 0:
            d.f(f"{k}. «TIME» «P:senior»（«NUM:62-101»歲）家屬：«P:anyone» «PHONE»\n")
        elif style == 1:
            d.f(f"{k}、亡者«P:senior»／申請人«P:anyone»／«PHONE»\n")
        else:
            d.f(f"({k}) «P:senior»，«BD:elder»生，身分證«ID»，第«NUM:1-12»爐\n")


def _crem_neg_gov(d: _Doc) -> None:
    d.f("«臺北市殯葬管理處|新北市政府民政局|臺中市生命禮儀管理處|高雄市殯葬管理處» 函\n")
    prefix = d.c("北市殯", "府授民", "桃市殯", "中市生")
    d.f(f"發文日期：中華民國«DATE:roc»\n發文字號：«DOC:{prefix}»\n速別：普通件\n")
    d.f("主旨：本«市|處»«第一|第二»殯儀館火化爐訂於«PERIOD»進行年度歲修，")
    d.f("期間每日火化量調降，請查照並轉知所屬禮儀業者。\n說明：\n")
    d.f("一、依據«LAW:crem»及本府«DATE:roc»«DOC»函辦理。\n")
    d.f(
        "二、歲修期間每日火化爐次由«NUM:18-30»爐調降為«NUM:8-14»爐，已預約案件由本處個別通知調整。\n"
    )
    d.f(
        d.c(
            "三、請業者張貼公告周知家屬。",
            "三、高雄、屏東地區案件請改洽鄰近火化場。",
            "三、聯絡電話：«ORGTEL»。",
        )
    )
    d.f("\n正本：«各禮儀服務業者|殯葬禮儀商業同業公會»\n副本：本處火化場")


def _crem_neg_fee(d: _Doc) -> None:
    d.f("«市立殯葬設施|公立納骨堂|林口公墓火化場»使用規費一覽（«DATE:roc»起適用）\n")
    rows = [
        ("成人火化", 3000, 6000),
        ("未滿12歲火化", 1500, 3000),
        ("納骨塔位（單人）", 50000, 100000),
        ("骨灰寄存（每年）", 1000, 2000),
        ("禮廳（每場）", 4000, 8000),
    ]
    d.t("項目" + " " * 20 + "設籍本市" + " " * 6 + "非設籍本市\n")
    for name, a, b in d.r.sample(rows, 4):
        d.cell(name, 24)
        d.cell(f"{a:,}元", 14)
        d.t(f"{b:,}元\n")
    d.f("收費依據：«LAW:crem»。«低收入戶免收|陳情案件請洽櫃台|黃曆吉日預約量大請提早預約»。")


def _crem_neg_bid(d: _Doc) -> None:
    d.f(
        "決標公告\n機關名稱：«臺北市殯葬管理處|桃園市殯葬管理所|臺南市殯葬管理所»\n案號：«CASE:殯»\n"
    )
    d.f("標案名稱：«第二殯儀館火化爐空污防制設備汰換工程|納骨堂消防設備改善|火化場排煙管線更新»\n")
    d.f(
        "得標廠商：«福壽環保工程股份有限公司|林園機電工程有限公司|高德節能科技股份有限公司|張記營造有限公司»"
    )
    d.f("（統一編號«BAN»）\n決標金額：«AMT:2000000-45000000»\n履約期限：«DATE:roc»\n")
    d.f("備註：" + d.c("施工期間周邊道路部分封閉", "本案依政府採購法第22條辦理", "許可文號«DOC»"))


def _crem_neg_stats(d: _Doc) -> None:
    d.f("«112|113»年第«1|2|3|4»季火化統計\n")
    for hall in d.r.sample(
        ["第一殯儀館", "第二殯儀館", "富德生命紀念館", "陽明山第一公墓", "石門火化場"], 3
    ):
        d.f(f"{hall}\t«NUM:800-2600»件\t較上季«增加|減少»«NUM:1-12».«NUM:0-9»%\n")
    d.f(
        "«樹葬、海葬等環保自然葬比率持續上升。|清明連假期間將延長開放時間。|王爺廟前路段施工，請改道。»"
    )


def _crem_neg_line(d: _Doc) -> None:
    d.f(
        "«CLK»\t殯葬所火化組\t各位業者好，«DATE:md»第«NUM:2-6»爐維修，原排的兩件改到«DATE:md»上午，請協助通知家屬\n"
    )
    d.f("«CLK»\t«慈恩生命|長青禮儀»\t收到\n«CLK»\t«福安禮儀|永福禮儀社»\t了解 謝謝\n")
    d.f(
        "«CLK»\t殯葬所火化組\t另外«清明|中元»前後塔位參拜人數多，«林口|高雄|石碇»停車場«DATE:md»起收費"
    )


def _crem_neg_english(d: _Doc) -> None:
    d.f(
        "Notice: Qingming Festival visiting hours at "
        "«Fude|Wan-an|Huaien» Columbarium are extended to 21:00 "
    )
    d.f(
        "from «3/29|3/30|4/1» to «4/5|4/6|4/7». Shuttle buses leave "
        "«Linkou|Muzha|Kaohsiung Main» Station every 15 min. "
    )
    d.f(
        "Fee schedule per «LAW:crem»; cremation "
        "«NT$3,000|NT$6,000» per case. 陳列館 closed for renovation."
    )


_CREM_POS = [
    _crem_form, _crem_log, _crem_line, _tower_table, _tower_mail, _crem_call, _crem_english,
    _crem_roster,
]  # fmt: skip
_CREM_NEG = [
    _crem_neg_gov, _crem_neg_fee, _crem_neg_bid, _crem_neg_stats, _crem_neg_line,
    _crem_neg_english,
]  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Genre 2: 租金補貼查核 (public-housing rent subsidy checks)
# ---------------------------------------------------------------------------------------------


def _rent_form(d: _Doc) -> None:
    r = d.r
    d.f(
        "«租金補貼查核紀錄表|300億中央擴大租金補貼 查核表|租金補貼實地查核單»"
        "\u3000案號：«CASE:住補»\n"
    )
    d.let("t", "tenant")
    d.f(
        "申請人：«@t»\u3000"
        + ("居留證號：" if d.foreign("t") else "身分證字號：")
        + d.idtok("t")
        + "\n"
    )
    if r.random() < 0.5:
        d.f("出生日期：«BD:adult»\n")
    d.f("戶籍地址：«ADDR»\n租賃住宅地址：«ADDR»\n")
    d.f("出租人：«P:adult»\u3000出租人電話：«PHONE»\n")
    d.f("查核項目：■租約真實性 □重複領取 ■實際居住情形\n")
    d.f(
        "查核結果：«符合規定，續予補貼。|承租人已遷出，停止撥付並追繳溢領款項。"
        "|出租人拒絕查核，請申請人補正租約公證資料。|現場無人應門，另以電話聯繫。»\n"
    )
    d.f("查核人員：«P:adult»\u3000«DATE:roc»")


def _rent_log(d: _Doc) -> None:
    for _ in range(d.r.randint(2, 4)):
        d.f(
            d.c(
                "«DATE:roc» 電洽出租人«P:adult»（«PHONE»"
                "），稱承租人«P:tenant»已於«NUM:1-12»月底搬離，"
                "押金已退。→擬停撥、追繳«AMT:8000-64000»。\n",
                "«DATE:roc» 承租人«P:tenant»手機«MOB»未接，留言請回電。\n",
                "«DATE:roc» 至«ADDR»現場訪查，鄰居稱"
                "«沒看過有人住|有看到一位太太帶小孩進出|房東自己住樓上»；"
                "信箱有«P:tenant»的水費單。\n",
                "«DATE:roc» «P:tenant»本人臨櫃，補附租約"
                "（出租人«P:adult»，身分證«ID»），案件續審。\n",
                "«DATE:md» 比對戶政：«P:tenant»與配偶"
                "«P:spouse»同戶，配偶名下有«房屋|自有住宅»，不符資格。\n",
                "«DATE:md» 民眾陳情：房東«P:adult»要求"
                "房客不得申請補貼，否則漲租。已轉«法制科|消保官»。\n",
            )
        )


def _rent_csv(d: _Doc) -> None:
    r = d.r
    d.t("案號,申請人,身分證字號,出生日期,租屋地址,聯絡電話,查核結果\n")
    for _ in range(r.randint(2, 5)):
        phone = "«MOB»" if r.random() < 0.85 else ""
        d.f(
            "«CASE:住補»,«P:adult»,«ID»,«BD:adult»,«ADDR»,"
            + phone
            + ",«符合|不符-重複領取|待補件|已遷出|查無此人»\n"
        )


def _rent_call(d: _Doc) -> None:
    d.let("t", "spouse")
    d.f("«DATE:roc» 電話查核逐字稿（節錄）\n")
    d.f("承辦：請問是«@t»«小姐|女士|»嗎？這裡是«都市發展局|住宅處|縣政府建設處»租金補貼查核。\n")
    d.f("«@t»：對，我是。\n承辦：跟您確認，居留證號碼«ARC»，生日«BD:worker»？\n")
    d.f("«@t»：«是，沒錯。|對對對。|對，生日對。»\n")
    d.let("ll", "adult")
    d.f("承辦：房東是«@ll»" + d.sx("ll", "先生", "小姐") + "嗎？電話«PHONE»打不通。\n")
    d.let_sex("h", "adult", "m")
    d.f("«@t»：房東«很少接電話|住在國外|是他家人在收房租»，你可以打給我先生«@h»，«MOB»。\n")
    d.f("承辦：好，謝謝，如果有補件會再寄到«ADDR»。")


def _rent_household(d: _Doc) -> None:
    r = d.r
    d.f("家庭成員及所得明細（申請人填寫）\n")
    rows = [
        ("申請人", "adult", "adult", "«ID»"),
        ("配偶", "spouse", "worker", "«ARC»"),
        (d.c("長子", "長女", "次子"), "kid", "child", "«ID»"),
        (d.c("母", "父"), "senior", "elder", "«ID»"),
    ]
    if r.random() < 0.5:
        rows[1] = ("配偶", "adult", "adult", "«ID»")
    for k, (rel, cat, cohort, idt) in enumerate(rows[: r.randint(2, 4)], 1):
        d.f(
            f"({k}) {rel}\u3000«P:{cat}»\u3000«BD:{cohort}»"
            f"\u3000{idt}\u3000年所得：«AMT:0-480000»\n"
        )
    d.f("以上資料如有不實，願負法律責任。")


def _rent_mail(d: _Doc) -> None:
    d.let("ll", "adult")
    d.f("From: «@ll» <«MAIL:ll»>\nSubject: Re: 租金補貼查核通知（«CASE:住補»）\n\n承辦您好，\n")
    d.f("我是«ADDR»的屋主«@ll»。房客«P:tenant»確實仍在租，租約到«DATE:roc»，")
    d.f("每月房租«AMT:6000-22000»都是匯款。\n")
    d.f("如需核對，請打«MOB»找我，«白天在上班請傳簡訊|晚上七點後比較方便|週末都在»。\n«@ll»")


def _rent_english(d: _Doc) -> None:
    d.f("Recheck note («DATE:ad»): tenant «P:adult» (ID «ID») claims subsidy for «ADDR», ")
    d.f("but 戶籍 shows 同戶 with parents. Landlord «P:adult» refused on-site check, tel «PHONE». ")
    d.f("→ 請補件 by «DATE:md»; if no reply, 停止補貼 per «LAW:rent».")


def _rent_aligned(d: _Doc) -> None:
    d.f("«DATE:roc» 抽查名單（«大安|板橋|北屯|三民|永康»區）\n")
    d.t("序號  申請人      身分證字號    聯絡電話        結果\n")
    for k in range(1, d.r.randint(3, 6)):
        d.cell(f"{k:02d}", 6)
        d.cell("«P:adult»", 12)
        d.cell("«ID»", 14)
        d.cell("«MOB»", 16)
        d.f("«符合|不符|待查»\n")


def _rent_neg_gov(d: _Doc) -> None:
    d.f(
        "«臺北市政府都市發展局|新北市政府城鄉發展局|臺中市政府都市發展局»"
        " 函\n發文字號：«DOC:北市都住»\n"
    )
    d.f("主旨：函轉內政部國土管理署«DATE:roc»«DOC:國署住»函，有關«300億元中央擴大租金補貼專案計畫»")
    d.f("«113|114»年度查核作業注意事項，請查照。\n")
    d.f(
        "說明：一、依據«LAW:rent»辦理。二、請各區公所於«DATE:roc»前完成抽查，抽查比例不得低於«5|10»％。"
    )
    d.f("三、«查核結果請以附表填報，勿載明申請人個資。|陳情案件另案處理。|本案承辦人：住宅科。»")


def _rent_neg_rules(d: _Doc) -> None:
    d.f("租金補貼每月補貼金額（«113|114»年度）\n")
    for city in d.r.sample(
        ["臺北市", "新北市", "桃園市", "臺中市", "臺南市", "高雄市", "其他縣市"], 4
    ):
        d.f(f"{city}：«AMT:2000-3600»至«AMT:5000-8000»\n")
    d.f(
        "青年單身加碼«1.2|1.3»倍、新婚«1.3|1.4»倍、育有未成年子女者最高«1.8|1.9»倍。依«LAW:rent»辦理。"
    )


def _rent_neg_stats(d: _Doc) -> None:
    d.t("區別\t申請件數\t核定件數\t核定率\n")
    for dist in d.r.sample(
        ["大安區", "萬華區", "板橋區", "三重區", "北屯區", "三民區", "永康區", "林口區", "高樹鄉"],
        4,
    ):
        d.f(f"{dist}\t«NUM:1-9»,«NUM:100-999»\t«NUM:1-8»,«NUM:100-999»\t«NUM:80-97».«NUM:0-9»%\n")
    d.f("資料時間：«DATE:roc»；«不含社會住宅包租代管案件|含追繳撤銷件數»。")


def _rent_neg_company(d: _Doc) -> None:
    company = d.c(
        "興隆不動產管理顧問有限公司",
        "林家租賃住宅管理股份有限公司",
        "周全物業管理有限公司",
        "安居樂業租賃服務股份有限公司",
    )
    d.f(f"包租代管業者資料\n公司名稱：{company}\n統一編號：«BAN»\n")
    d.f(
        "租賃住宅服務業登記字號：«DOC»\n服務區域：«新北市全區|臺中市西屯、北屯、南屯|高雄市前鎮、苓雅»\n"
    )
    d.f(
        "客服專線：«HOT»\u3000備註："
        + d.c("許可證有效期限至«DATE:roc»止", "代管戶數«NUM:120-980»戶")
    )


def _rent_neg_faq(d: _Doc) -> None:
    d.f(
        d.c(
            "Q：租屋處無法設籍可以申請嗎？\nA：可以，«300億元中央擴大租金補貼»不以設籍為要件，"
            "但須檢附租賃契約。",
            "Q：房東不同意怎麼辦？\nA：依«LAW:rent»，申請補貼無須經出租人同意，"
            "房東不得以此為由提高租金。",
            "Q：何時撥款？\nA：核定後每月«10|20»日前撥入申請人帳戶，首次撥款約需«1|2»個月。",
        )
    )
    d.f("\n（更新日期：«DATE:roc»；客服«HOT»）")


_RENT_POS = [
    _rent_form, _rent_log, _rent_csv, _rent_call, _rent_household, _rent_mail, _rent_english,
    _rent_aligned,
]  # fmt: skip
_RENT_NEG = [_rent_neg_gov, _rent_neg_rules, _rent_neg_stats, _rent_neg_company, _rent_neg_faq]


# ---------------------------------------------------------------------------------------------
# Genre 3: 高齡駕照換照認知測驗 (elderly driving-licence renewals with cognitive tests)
# ---------------------------------------------------------------------------------------------

_STATIONS = [
    "臺北區監理所",
    "士林監理站",
    "蘆洲監理站",
    "板橋監理站",
    "新竹區監理所",
    "嘉義區監理所",
    "高雄市區監理所",
    "花蓮監理站",
    "臺東監理站",
]


def _drive_form(d: _Doc) -> None:
    r = d.r
    d.f("高齡駕駛人換照申請書（監理站留存聯）\n")
    d.f("姓名：«P:senior»\u3000身分證統一編號：«ID»\n")
    d.f("出生年月日：«BD:elder»\u3000年齡：«NUM:75-93»歲\n")
    if r.random() < 0.7:
        d.f("健保卡號：«NHI»\n")
    d.f("聯絡電話：«TEL»\u3000行動電話：«MOB»\n")
    if r.random() < 0.7:
        d.f("戶籍地址：«ADDR»\n")
    d.f(
        "認知功能測驗：«MMSE 27分|AD8 0分|MMSE 24分（通過）|畫時鐘測驗通過»"
        "\u3000測驗日期：«DATE:roc»\n"
    )
    d.f("體格檢查醫院：«臺大醫院|榮民總醫院|長庚紀念醫院|衛生福利部臺東醫院|馬偕紀念醫院»\u3000")
    d.f("換發駕照：«普通小型車|普通重型機車|小型車及重型機車»")


def _drive_log(d: _Doc) -> None:
    for _ in range(d.r.randint(1, 3)):
        d.let("e", "senior")
        station = d.c(*_STATIONS)
        grand = d.sx("e", d.c("阿伯", "阿公"), d.c("阿嬤", "阿姨"))
        title = d.sx("e", "先生", "女士")
        d.f(
            d.c(
                "«@e»"
                + grand
                + "今天由«女兒|兒子|孫子|外籍看護»«P:anyone»陪同到"
                + station
                + "換照，認知測驗«通過|未通過，轉介神經內科|需複測»；家屬電話«MOB»。\n",
                "«DATE:md» " + station + "：«@e»（«NUM:75-95»歲，«ID»）AD8得«NUM:0-4»分，"
                "«准予換照，效期3年|轉介醫院評估|自願繳回駕照»。\n",
                "«DATE:md» 繳照：«@e»" + title + "自願繳回駕照，«領取敬老悠遊卡|申請計程車補助»。"
                "聯絡人«P:adult» «PHONE»\n",
                "«DATE:md» «@e» 生日«BD:elder» 通知換照未到，電話«TEL»無人接，寄催告至«ADDR»。\n",
            )
        )


def _drive_aligned(d: _Doc) -> None:
    d.f("«DATE:roc»高齡換照受理名單（" + d.c(*_STATIONS) + "）\n")
    d.t("序  姓名        出生日期        測驗    結果\n")
    for k in range(1, d.r.randint(3, 7)):
        d.cell(str(k), 4)
        d.cell("«P:senior»", 12)
        d.cell("«BD:elder»", 16)
        d.cell("«MMSE|AD8|畫鐘»", 8)
        d.f("«通過|未通過|複測|繳照»\n")


def _drive_call(d: _Doc) -> None:
    d.let("e", "elder")
    d.let("kid", "adult")
    d.f("【來電紀錄 «DATE:roc» «TIME»】\n")
    parent, pron = d.sx("e", "我爸爸", "我媽媽"), d.sx("e", "他", "她")
    d.f(f"«@kid»：你好，{parent}«@e»駕照要換，{pron}今年«NUM:75-90»歲，要先做認知測驗嗎？\n")
    d.f(f"承辦：對，要先做«體檢跟認知功能測驗|MMSE或AD8»。請問{pron}的身分證字號？\n")
    d.f("«@kid»：«ID:sp»。生日是«BD:elder/roc»。\n")
    d.f("承辦：好，系統看到是«DATE:roc»到期。您的聯絡電話？\n«@kid»：«MOB»，我叫«@kid»。\n")
    d.f("承辦：通知單會寄到戶籍地«ADDR»。")


def _drive_card(d: _Doc) -> None:
    d.let("e", "senior")
    d.f("規費收據備查\n申請人«@e»換照規費«200|300»元及體檢費«AMT:300-900»，")
    d.f("«以信用卡支付|刷卡|線上刷卡»，卡號«CARD»，持卡人«P:adult»（«兒子|女兒|配偶»）。\n")
    d.f("收據寄送：«ADDR»")


def _drive_english(d: _Doc) -> None:
    d.f(
        "Renewal for «P:senior» (DOB «BD:elder/ad»), "
        "«MMSE 25/30 pass|AD8 score 1, pass|clock drawing OK». "
    )
    d.f("«Son|Daughter|Grandson» «P:adult» asked for SMS reminder to «MOB». ")
    d.f(
        "Next renewal due «DATE:ad» (每3年). 備註："
        "«need 老花眼鏡 for 視力測驗|uses hearing aid|none»"
    )


def _drive_indig(d: _Doc) -> None:
    d.f(
        "«DATE:md» "
        + d.c("花蓮監理站", "臺東監理站", "玉里監理站")
        + " 巡迴換照（«部落活動中心|原鄉衛生室»）\n"
    )
    d.f("«P:indig»（族名«P:indig_lat»）«NUM:75-89»歲，«ID»，AD8 «NUM:0-2»分通過。")
    d.f("由«部落健康站護理師|村幹事»«P:adult»協助填表，聯絡«PHONE»。")


def _drive_hospital(d: _Doc) -> None:
    d.f("«高齡駕駛認知功能測驗結果通知單|高齡換照體檢表（節錄）»\n")
    d.f("受檢者：«P:senior»\u3000出生：«BD:elder»\n身分證號：«ID»\u3000健保卡號：«NHI»\n")
    d.f("測驗工具：«MMSE|AD8»\u3000得分：«NUM:22-30»\u3000判定：«合格|不合格|建議複檢»\n")
    d.f("施測人員：«P:adult»«心理師|護理師|醫師»\u3000施測日期：«DATE:roc»")


def _drive_neg_gov(d: _Doc) -> None:
    d.f("交通部公路局 函\n發文字號：«DOC:交公監»\n")
    d.f("主旨：重申高齡駕駛人駕照管理制度，年滿75歲者應每3年換照，並須通過認知功能測驗，請周知。\n")
    d.f("說明：一、依«LAW:drive»辦理。二、認知功能測驗得於各醫院或監理所站辦理，")
    d.f("測驗費用«由政府補助|依各醫院公告»。三、")
    d.f(d.c("高齡者自願繳回駕照者，可洽各縣市政府申請交通補助。", "本制度自106年7月1日起施行。"))


def _drive_neg_stats(d: _Doc) -> None:
    d.f("«112|113»年度高齡換照統計（" + d.c(*_STATIONS) + "）\n")
    d.f("應換照«NUM:2-9»,«NUM:100-999»人\t已換照«NUM:1-8»,«NUM:100-999»人\t繳照«NUM:100-900»人\n")
    d.f(
        "認知測驗通過率«NUM:91-99».«NUM:0-9»%；«未通過者多數為超過85歲|黃昏時段受理量最高|施工期間請由側門進出»。"
    )


def _drive_neg_test(d: _Doc) -> None:
    hospital = d.c(
        "臺大醫院", "榮民總醫院", "長庚紀念醫院", "馬偕紀念醫院", "部立臺東醫院", "林新醫院"
    )
    d.f(f"{hospital}«神經內科|精神科|高齡醫學科»　簡易心智量表（MMSE）施測說明（«DATE:roc»修訂）\n")
    d.f("1. 定向感：請受測者回答今天是幾年幾月幾日、星期幾（10分）。\n")
    d.f("2. 記憶登錄：請受測者複誦「«蘋果、報紙、火車|皮球、國旗、樹木»」（3分）。\n")
    d.f("3. 注意力與計算：100連續減7（5分）。\n")
    d.f("總分30分，«24分以上視為通過|未達24分者轉介神經內科|教育程度不識字者切點為16分»。")
    d.f(d.c("AD8量表2分以上建議進一步評估。", "施測時間約«NUM:10-20»分鐘。", "高齡駕駛換照適用。"))


def _drive_neg_notice(d: _Doc) -> None:
    d.f("【公告】" + d.c(*_STATIONS) + "«DATE:md»起週六上午加開高齡換照服務，")
    d.f("地點：«一樓服務台旁|二樓駕照窗口»。")
    d.f(d.c("高雄、屏東地區民眾可就近至鳳山監理站辦理。", "林口、泰山地區民眾請至蘆洲監理站。"))
    d.f("洽詢電話«ORGTEL»。")


def _drive_neg_english(d: _Doc) -> None:
    d.f("FAQ («updated|rev.» «DATE:ad») – Senior driver licence renewal: drivers aged 75+ ")
    d.f("renew every 3 years and must pass ")
    d.f("a cognitive screening (MMSE or AD8) at a designated hospital. Fee: «NT$200|NT$300». ")
    d.f("See «LAW:drive». Hotline «HOT». 許可 of 職業駕照 follows separate rules.")


_DRIVE_POS = [
    _drive_form, _drive_log, _drive_aligned, _drive_call, _drive_card, _drive_english,
    _drive_indig, _drive_hospital,
]  # fmt: skip
_DRIVE_NEG = [
    _drive_neg_gov,
    _drive_neg_stats,
    _drive_neg_test,
    _drive_neg_notice,
    _drive_neg_english,
]


# ---------------------------------------------------------------------------------------------
# Genre 4: 免費午餐資格 (school-lunch free-meal eligibility lists)
# ---------------------------------------------------------------------------------------------

_STATUS = ["低收入戶", "中低收入戶", "特殊境遇家庭", "急難補助", "導師認定", "原住民學生"]


def _lunch_tsv(d: _Doc) -> None:
    r = d.r
    d.f("«113|114»學年度第«1|2»學期 免費午餐名冊（«輔導室|學務處»彙整）\n")
    d.t("班級\t座號\t學生姓名\t補助身分\t家長\t聯絡電話\n")
    for _ in range(r.randint(2, 6)):
        cls = f"{r.randint(1, 6)}{r.randint(1, 9):02d}"
        d.f(f"{cls}\t«NUM:1-30»\t«P:kid»\t{r.choice(_STATUS)}\t«P:anyone»\t«PHONE»\n")


def _lunch_note(d: _Doc) -> None:
    d.let("k", "kid")
    d.let("par", "anyone")
    title = d.c(d.sx("par", "先生", "女士"), "")
    d.f("«DATE:md» 導師«P:adult»：«@k»（«三|四|五|六»年«NUM:1-9»班）家長«@par»" + title + "表示")
    d.f("«近期失業|父親入監|母親住院|房租積欠三個月»，申請«急難午餐補助|導師認定免費午餐»。")
    d.f(
        "學生生日«BD:child»，身分證«ID»。«已請家長補低收證明。|輔導室將家訪。|先行供餐，文件後補。»"
    )


def _lunch_csv(d: _Doc) -> None:
    d.t("學號,姓名,身分證字號,出生日期,補助身分,備註\n")
    for _ in range(d.r.randint(2, 5)):
        d.f(
            f"«NUM:1100001-1139999»,«P:kid»,«ID»,«BD:child»,{d.c(*_STATUS)},«|轉入生|續領|新申請»\n"
        )


def _lunch_line(d: _Doc) -> None:
    d.let_sex("p", "anyone", "f")
    d.let("k", "kid")
    d.f("«CLK»\t«@p»\t老師好 不好意思 «@k»的午餐補助表格我填好了\n")
    d.f("«CLK»\t«@p»\t他的身分證是«ID:chat» 生日«BD:child»\n")
    d.f("«CLK»\t«P:adult»老師\t收到 謝謝«@k»媽媽 明天請孩子帶«中低收證明|戶口名簿影本»\n")
    d.f("«CLK»\t«@p»\t好的 有問題可以打我手機«MOB»")


def _lunch_mail(d: _Doc) -> None:
    d.let("sw", "adult")
    d.let("m", "spouse")
    d.f("寄件者：«MAIL:sw»\n主旨：個案學生午餐補助協助（«國小|國中»）\n\n")
    d.f("«輔導室|學務處»您好，我是«家庭福利服務中心|新住民家庭服務中心»社工«@sw»。\n")
    d.f("個案學生«P:kid»，«BD:child»生，母親«@m»（«ARC»），父親已過世，家中經濟困難，")
    d.f(
        "«已申請中低收入戶審核中|目前靠母親打零工維生»。學生健保卡號«NHI»，若需核對可聯繫我«PHONE»。\n"
    )
    d.f("母親中文讀寫較弱，聯繫請«透過通譯|用LINE語音|寫簡單中文»，謝謝。")


def _lunch_roster(d: _Doc) -> None:
    d.f("«DATE:roc»新增免費午餐學生\n")
    for k in range(1, d.r.randint(3, 6)):
        d.f(
            d.c(
                f"{k}. «P:kid» «男|女» «BD:child» {d.c(*_STATUS)} 證明文號«DOC:府社助»\n",
                f"{k}. «P:kid»（«NUM:1-6»年級）家長«P:anyone»，«PHONE»\n",
                f"{k}、«P:kid»\u3000{d.c(*_STATUS)}\u3000住«ADDR»\n",
            )
        )


def _lunch_english(d: _Doc) -> None:
    d.f("Free lunch eligibility – student «P:kid», DOB «BD:child/ad», guardian «P:anyone» ")
    d.f("(«MOB», «MAIL»). Status: «low-income|near-poor|emergency». 導師 confirmed on «DATE:md».")


def _lunch_neg_gov(d: _Doc) -> None:
    d.f("教育部國民及學前教育署 函\n發文字號：«DOC:臺教國署學»\n")
    d.f(
        "主旨：核定貴府«113|114»學年度國民中小學«低收入戶及中低收入戶學生午餐補助»經費«AMT:2000000-60000000»，請查照。\n"
    )
    d.f("說明：一、依«LAW:lunch»辦理。二、補助基準每生每餐«35|40|45»元，每學期以«100|105»天計。")
    d.f(
        "三、"
        + d.c(
            "請於«DATE:roc»前將名冊彙整表報署，名冊勿附學生個人資料。",
            "經費結報依«LAW:lunch»及補助要點辦理。",
            "副本抄送各國民中小學，請張貼周知。",
        )
    )


def _lunch_neg_menu(d: _Doc) -> None:
    d.f(
        "«DATE:md»週菜單（供應商：«高品餐飲股份有限公司|林園食品有限公司|黃金團膳事業有限公司»，統一編號«BAN»）\n"
    )
    for day in ["一", "二", "三", "四", "五"]:
        d.f(
            f"週{day}\t«香菇雞腿|糖醋魚丁|麻婆豆腐|咖哩豬肉|三杯雞»\t«炒高麗菜|蒜香花椰菜|滷白菜»\t«味噌湯|紫菜蛋花湯|綠豆湯»\n"
        )
    d.f("熱量約«650|720|780»大卡；«豆製品採非基改|米飯使用池上米|水果為當季蓮霧»。")


def _lunch_neg_stats(d: _Doc) -> None:
    d.t("學校\t低收入戶\t中低收入戶\t導師認定\t合計\n")
    for school in d.r.sample(
        [
            "林口國小",
            "高美國小",
            "王田國小",
            "石門國中",
            "江翠國中",
            "許厝分校",
            "黃埔國小",
            "方濟國小",
        ],
        4,
    ):
        d.f(f"{school}\t«NUM:1-40»\t«NUM:1-40»\t«NUM:0-15»\t«NUM:10-90»\n")
    d.f("統計日期：«DATE:roc»（不含«轉出生|寒暑期課輔»）")


def _lunch_neg_rules(d: _Doc) -> None:
    school = d.c("林口國小", "高美國小", "王田國小", "石門國中", "江翠國中", "黃埔國小", "本校")
    d.f(f"{school}«113|114»學年度免費午餐申請須知（«DATE:roc»公告）\n")
    d.f("一、補助對象：經公所核定之低收入戶、中低收入戶學生，或經導師認定家庭突遭變故者。\n")
    d.f("二、申請期限：每學期開學後«2|3»週內，逾期者自核定次月起補助。\n")
    d.f(
        "三、"
        + d.c(
            "何時停止補助？學生轉出或資格喪失時，自次月起停止。",
            "相關規定依«LAW:lunch»辦理。",
            "陳情或疑義請洽學務處，電話«ORGTEL»。",
        )
    )


_LUNCH_NEG = [_lunch_neg_gov, _lunch_neg_menu, _lunch_neg_stats, _lunch_neg_rules]


_LUNCH_POS = [
    _lunch_tsv, _lunch_note, _lunch_csv, _lunch_line, _lunch_mail, _lunch_roster, _lunch_english,
]  # fmt: skip


def _lunch_neg_line(d: _Doc) -> None:
    d.f("«CLK»\t«學務處|輔導室|午餐秘書»\t各位導師好，«DATE:md»前請回收免費午餐申請表，")
    d.f("«低收、中低收請附證明|導師認定請附訪視紀錄»，名冊請用學號不要寫身分證。\n")
    d.f(
        "«CLK»\t«三年級導師群|五年級學年主任»\t收到\n«CLK»\t«午餐秘書|學務處»\t另外«DATE:md»停電，當天改發«麵包和鮮奶|餐盒»"
    )


_LUNCH_NEG.append(_lunch_neg_line)


# ---------------------------------------------------------------------------------------------
# Genre 5: 違規棄置檢舉 (illegal-dumping reports with witnesses)
# ---------------------------------------------------------------------------------------------

_SITES = (
    "大漢溪左岸河濱公園入口", "五股交流道下便道", "大肚山產業道路電桿旁", "工業區北側空地",
    "台61線橋下", "興南路與民生路口", "第四公墓旁產業道路", "鳳山溪堤防", "高鐵橋墩下",
    "林邊溪出海口", "石碇交流道旁", "八德區茄苳溪旁農路", "江翠橋下停車場",
)  # fmt: skip
_WASTE = [
    "舊沙發", "裝潢廢料", "廢輪胎", "營建廢棄土", "廢床墊", "整包家庭垃圾", "廢冷氣", "石材碎塊",
    "廢漆桶",
]  # fmt: skip


def _dump_form(d: _Doc) -> None:
    r = d.r
    d.f("檢舉案件受理單\u3000案號：«CASE:環稽»\n")
    d.f("檢舉人：«P:anyone»\u3000聯絡電話：«MOB»\n")
    if r.random() < 0.4:
        d.f("E-mail：«MAIL»\n")
    d.f("違規時間：«DATE:roc» «TIME»\n違規地點：" + d.c(*_SITES) + "\n")
    d.f("違規情形：«小貨車|廂型車|機車»傾倒" + d.c(*_WASTE) + "\n")
    d.f("車號：«PLATE»\n目擊證人：«P:anyone»（«鄰居|路過民眾|超商店員|巡守隊員»），聯絡«PHONE»\n")
    d.f(d.c("檢舉人要求保密", "已附照片«NUM:2-9»張", "影片存雲端"))


def _dump_log(d: _Doc) -> None:
    for _ in range(d.r.randint(1, 3)):
        d.let("x", "anyone")
        site = d.c(*_SITES)
        waste = d.c(*_WASTE)
        d.f(
            d.c(
                f"«DATE:md» 1999轉案：民眾«P:anyone»稱於{site}看見貨車傾倒{waste}，"
                "證人«P:anyone»（«MOB»）願意作證。\n",
                f"«DATE:md» {site} 稽查：現場{waste}約"
                "«NUM:2-30»包，翻出帳單收件人«P:anyone»、地址«ADDR»，"
                "另案追查。\n",
                "«DATE:md» 回電檢舉人«P:anyone» «MOB»"
                f"，告知{site}已清除，«擬依法告發|查無行為人»。\n",
                "«DATE:md» 目擊者«@x»"
                + d.sx("x", d.c("先生", "阿伯"), "小姐")
                + "補充：車號«PLATE»，司機«戴帽子|穿藍色背心»。\n",
            )
        )


def _dump_statement(d: _Doc) -> None:
    d.let("w", "anyone")
    d.f("談話筆錄\n受詢問人：«@w»\u3000性別：" + d.sx("w", "男", "女") + "\n")
    d.f("出生年月日：«BD:adult»\u3000身分證統一編號：" + d.idtok("w") + "\n")
    d.f("住址：«ADDR»\u3000電話：«PHONE»\n")
    d.f("問：你於何時、何地看見棄置行為？\n")
    d.f(
        "答：我«DATE:roc»晚上«NUM:9-11»點多從"
        + d.c(*_SITES)
        + "經過，看到一台«白色|藍色|銀色»小貨車，"
    )
    d.f("車上的人把" + d.c(*_WASTE) + "丟在路邊。\n問：你是否認識該行為人？\n")
    d.f(
        "答：«不認識|好像是附近做裝潢的»，但是«P:anyone»（«隔壁雜貨店老闆|巡守隊的|我太太»）也有看到。\n"
    )
    d.f("問：以上所述是否實在？\n答：實在。")


def _dump_line(d: _Doc) -> None:
    d.let("chief", "adult")
    site = d.c(*_SITES)
    d.f("«DATE:ad»（«一|二|三|四|五|六|日»）\n")
    d.f(f"«CLK»\t里長«@chief»\t各位鄰居 昨晚又有人在{site}亂丟東西 有人看到嗎\n")
    d.let("n", "anyone")
    d.f("«CLK»\t«@n»\t我家監視器有拍到 大概«TIME»\n")
    d.f("«CLK»\t«@chief»\t«@n» 可以麻煩傳給我嗎 我轉環保局\n")
    d.f("«CLK»\t«@n»\t好 我的電話«MOB» 環保局要問可以打\n")
    d.f("«CLK»\t«P:anyone»\t辛苦里長👍")


def _dump_migrant(d: _Doc) -> None:
    nat = d.nat()
    d.let("w", nat + "_lat" if d.r.random() < 0.6 else nat)
    d.f(f"«DATE:md» 目擊者為{_NATION_ZH[nat]}籍«看護|移工|漁工»«@w»（居留證«ARC»），")
    d.f("由雇主«P:adult»陪同說明，透過«通譯|1955多語服務»翻譯。")
    d.f("«@w»稱«DATE:md»清晨在" + d.c(*_SITES) + "看到兩名男子卸下" + d.c(*_WASTE) + "，")
    d.f("並用手機拍下車號«PLATE»。雇主電話«PHONE»。")


def _dump_mail(d: _Doc) -> None:
    d.let("s", "anyone")
    d.f("寄件者：«@s» <«MAIL:s»>\n主旨：檢舉" + d.c(*_SITES) + "亂倒垃圾\n\n")
    d.f(
        "您好，我叫«@s»，住在附近（«ADDR»）。這個月已經第«NUM:2-5»次看到有人在那裡丟"
        + d.c(*_WASTE)
        + "，"
    )
    d.f(
        "附件是照片，拍到的時間是«DATE:ad» «TIME»"
        "。需要作證可以打«MOB»。\n請不要公開我的資料，謝謝。"
    )


def _dump_english(d: _Doc) -> None:
    d.f("Witness " + d.c("«P:ph_lat»", "«P:id_lat»", "«P:vn_lat»"))
    d.f(
        " (ARC «ARC», tel «MOB») saw a truck («PLATE») dump " + d.c("mattresses", "tires", "debris")
    )
    d.f(" near " + d.c(*_SITES) + " on «DATE:ad». Reporter: «P:adult», 巡守隊. 已移送稽查科.")


def _dump_neg_gov(d: _Doc) -> None:
    d.f(
        "«新北市政府環境保護局|桃園市政府環境保護局|臺南市政府環境保護局»"
        " 函\n發文字號：«DOC:府環廢»\n"
    )
    d.f(
        "主旨：有關本市"
        + d.c(*_SITES)
        + "遭棄置"
        + d.c(*_WASTE)
        + "乙案，請貴所協助加強巡查，請查照。\n"
    )
    d.f("說明：一、依«LAW:dump»，任意棄置廢棄物者處新臺幣1,200元以上6,000元以下罰鍰。")
    d.f("二、本案案號«CASE:環稽»，現場已於«DATE:roc»清除完畢，清除費用«AMT:12000-180000»。")
    d.f("三、«請於路口張貼告示，並周知里民。|陳情人請勿直接與行為人接觸。»")


def _dump_neg_anon(d: _Doc) -> None:
    d.f(
        "«DATE:roc» «TIME» 民眾匿名檢舉（不留聯絡方式）："
        + d.c(*_SITES)
        + "有人丟棄"
        + d.c(*_WASTE)
    )
    d.f(
        "約«NUM:3-40»«包|件|條»，已«派員|通報清潔隊»處理。«無目擊者|監視器畫面模糊»，依«LAW:dump»列管。"
    )


def _dump_neg_order(d: _Doc) -> None:
    r = d.r
    d.f(
        f"清運工單 WO-{r.choice(['113', '114'])}{r.randint(1, 12):02d}"
        f"{r.randint(1, 28):02d}-{r.randint(1, 40):02d}\n"
    )
    d.f(
        "地點："
        + d.c(*_SITES)
        + "\n品項："
        + d.c(*_WASTE)
        + "\u3000數量：«NUM:1-9».«NUM:0-9»公噸\n"
    )
    d.f("清運廠商：«黃記環保有限公司|林業廢棄物處理股份有限公司|高清工程行|施工達人環保有限公司»")
    d.f("（統一編號«BAN»）\n費用：«AMT:8000-120000»\u3000完工日期：«DATE:roc»")


def _dump_neg_stats(d: _Doc) -> None:
    d.t("月份\t檢舉件數\t告發件數\t罰鍰金額\n")
    for m in d.r.sample(range(1, 13), 4):
        d.f(f"{m}月\t«NUM:20-300»\t«NUM:1-40»\t«AMT:6000-300000»\n")
    d.f("«高雄、屏東|林口、龜山|江翠、板橋»地區為熱點，«DATE:roc»起增設移動式監視器«NUM:5-40»支。")


def _dump_neg_camera(d: _Doc) -> None:
    d.f("採購案：«防制棄置移動式監視器租賃|河川區域智慧監控建置»\n案號：«CASE:環»\n")
    d.f("得標廠商：«高見科技股份有限公司|周邊安全系統有限公司|石頭電子有限公司»（統一編號«BAN»）\n")
    d.f("金額：«AMT:300000-6000000»\u3000履約地點：" + d.c(*_SITES) + "等«NUM:5-20»處")


_DUMP_POS = [
    _dump_form, _dump_log, _dump_statement, _dump_line, _dump_migrant, _dump_mail, _dump_english,
]  # fmt: skip
_DUMP_NEG = [_dump_neg_gov, _dump_neg_anon, _dump_neg_order, _dump_neg_stats, _dump_neg_camera]


# ---------------------------------------------------------------------------------------------
# Genre 6: 外籍看護轉換、失聯通報 (foreign caregivers' transfer and runaway reports)
# ---------------------------------------------------------------------------------------------

_BROKERS = [
    "大福人力仲介有限公司",
    "高峰國際人力資源有限公司",
    "林氏就業服務股份有限公司",
    "全球通人力仲介有限公司",
    "萬家福國際人力有限公司",
]


def _worker(d: _Doc, var: str, latin: float = 0.6) -> str:
    nat = d.nat()
    cat = nat + "_lat" if nat in ("ph", "th") or d.r.random() < latin else nat
    if nat == "ph" and d.r.random() < 0.1:
        cat = "ph"
    d.let(var, cat)
    return nat


def _care_form(d: _Doc) -> None:
    nat = _worker(d, "w")
    d.f("外國人連續曠職三日失去聯繫通報單\n")
    d.f("雇主：«P:anyone»\u3000身分證字號：«ID»\u3000電話：«PHONE»\n被看護人：«P:senior»\n")
    sex = d.sx("w", "男", "女")
    d.f(f"外國人姓名：«@w»\u3000國籍：{_NATION_ZH[nat]}\u3000性別：{sex}\n")
    d.f(f"護照號碼：«PP:{nat}»\u3000居留證號：«ARC»\n出生日期：«BD:worker»\n")
    d.f("失聯日期：«DATE:roc»\u3000工作地址：«ADDR»\n")
    d.f("仲介公司：" + d.c(*_BROKERS) + "\u3000承辦人：«P:adult»")


def _care_log(d: _Doc) -> None:
    nat = _worker(d, "w")
    d.f(
        d.c(
            "«DATE:md» 仲介«P:adult»回報：看護«@w»（"
            f"{_NATION_ZH[nat]}）«DATE:md»晚間離開雇主«P:anyone»住處，"
            "手機«MOB»已關機，衣物帶走。\n",
            f"«DATE:md» «@w» 失聯滿3日，已函報移民署及警察局。護照«PP:{nat}»、居留證«ARC»。\n",
            "«DATE:md» 雇主«P:anyone»來電詢問失聯後可否遞補，告知需先完成通報，電話«PHONE»。\n",
        )
    )
    d.f(
        d.c(
            "«DATE:md» «@w»主動返回，稱«被朋友帶去打工|想換雇主|家裡有事»，安置於庇護中心。",
            "«DATE:md» 查詢«@w»居留證«ARC»，入出境系統無出境紀錄。",
            "«DATE:md» 再聯繫雇主«P:anyone»，同意轉換，待«@w»到案。",
        )
    )


def _care_csv(d: _Doc) -> None:
    d.t("序號,外國人姓名,國籍,護照號碼,居留證號,原雇主,承接雇主,轉換日期\n")
    for k in range(1, d.r.randint(3, 6)):
        nat = _worker(d, "w", latin=0.75)
        new = "«P:anyone»" if d.r.random() < 0.8 else "（待媒合）"
        d.f(f"{k},«@w»,{_NATION_ZH[nat]},«PP:{nat}»,«ARC»,«P:anyone»,{new},«DATE:roc»\n")


def _care_call(d: _Doc) -> None:
    nat = _worker(d, "w")
    d.let("boss", "adult")
    d.f("【電話紀錄】«DATE:roc» «TIME» 雇主之子來電\n")
    d.f("來電者：我是«@boss»，我們家的看護«@w»昨天晚上就不見了，LINE也不讀。\n")
    d.let("emp", "senior")
    parent, pron = d.sx("emp", "我爸", "我媽"), d.sx("emp", "他", "她")
    d.f(f"承辦：您是雇主本人嗎？\n來電者：雇主是{parent}«@emp»，我代辦。{pron}的身分證«ID:sp»。\n")
    d.f(f"承辦：看護的居留證號？\n來電者：«ARC»，護照«PP:{nat}»。\n")
    d.f("承辦：請在三日內書面通報，我們也會通知移民署。您的電話？\n來電者：«MOB»。")


def _care_line(d: _Doc) -> None:
    nat = _worker(d, "w", latin=1.0)
    name = d.vars["w"][0]
    first = name.split()[-1] if nat == "vn" else name.split()[0]
    d.vars["first"] = (first, "PERSON")
    honor, lines = {
        "ph": ("Ate", ["Sir, I want to transfer employer. Ma'am always angry.", "Yes sir, my ARC"]),
        "id": ("Mbak", ["Bapak, saya mau pindah majikan.", "Iya pak, ARC saya"]),
        "vn": ("chi", ["Anh oi, em muon doi chu.", "Da, the cu tru cua em"]),
        "th": ("Khun", ["Sir, I want change boss.", "Yes, my ARC"]),
    }[nat]
    d.f(f"«CLK»\t«@w»\t{lines[0]}\n")
    d.f("«CLK»\t" + d.c("仲介", "仲介翻譯", "服務專員") + "«P:adult»\t")
    d.f(f"{honor} «@first», 轉換要雇主同意書, do you have ARC number?\n")
    d.f(f"«CLK»\t«@w»\t{lines[1]} «ARC»\n")
    d.f("«CLK»\t«@w»\tmy new number «MOB»")


def _care_mail(d: _Doc) -> None:
    nat = _worker(d, "w")
    d.let("agent", "adult")
    d.f("寄件者：«@agent» <«MAIL:agent»>\n主旨：«轉換雇主申請|失聯通報補件»－«@w»\n\n")
    d.f("承辦您好：\n敝公司" + d.c(*_BROKERS) + "受雇主«P:anyone»委託，")
    d.f(f"檢送{_NATION_ZH[nat]}籍看護工«@w»（護照«PP:{nat}»，居留證«ARC»，«BD:worker/ad»生）")
    d.f("«轉換雇主申請書|失聯通報書及切結書»，請查收。\n")
    d.f("聯絡人：«@agent»\u3000手機«MOB»")


def _care_english(d: _Doc) -> None:
    nat = _worker(d, "w", latin=1.0)
    d.f(f"Runaway report: caregiver «@w» ({_NATION_EN[nat]}, passport «PP:{nat}», ARC «ARC», ")
    d.f("DOB «BD:worker/ad») absent since «DATE:ad». Employer «P:adult», tel «PHONE». ")
    d.f("Last seen near «台北車站|桃園後站|臺中第一廣場|高雄火車站». 已通報 NIA.")


def _care_roster(d: _Doc) -> None:
    d.f("«DATE:roc» 行蹤不明外國人名冊（" + d.c(*_BROKERS) + "）\n")
    d.t("編號  姓名                  國籍    居留證號      失聯日\n")
    for k in range(1, d.r.randint(3, 6)):
        nat = _worker(d, "w", latin=0.8)
        d.cell(f"{k:03d}", 6)
        d.cell("«@w»", 22)
        d.cell(_NATION_ZH[nat], 8)
        d.cell("«ARC»", 14)
        d.f("«DATE:md»\n")


def _care_neg_gov(d: _Doc) -> None:
    d.f("勞動部 函\n發文字號：«DOC:勞動發管»\n")
    d.f("主旨：重申雇主所聘僱外國人連續曠職三日失去聯繫者，應於三日內以書面通知當地主管機關、")
    d.f("入出國管理機關及警察機關，請轉知所屬會員。\n")
    d.f("說明：一、依«LAW:care»辦理。二、雇主未依規定通報者，處新臺幣3萬元以上15萬元以下罰鍰。")
    d.f("三、外國人可撥打«1955|1955勞工諮詢申訴專線»申訴，提供«中、英、印、越、泰»語服務。")


def _care_neg_stats(d: _Doc) -> None:
    d.f("截至«DATE:roc»，在臺行蹤不明移工«NUM:7-9»萬«NUM:1000-9999»人，")
    d.f("其中越南籍約占«NUM:50-62»%、印尼籍約占«NUM:30-42»%。")
    d.f(
        "«112|113»年查獲«NUM:1-3»萬«NUM:1000-9999»人，«許多從事農業、營造工作|查獲地點以桃園、臺中最多»。"
    )


def _care_neg_broker(d: _Doc) -> None:
    d.f("仲介機構：" + d.c(*_BROKERS) + "\n統一編號：«BAN»\n許可證字號：«DOC:勞動發管»\n")
    d.f("評鑑等級：«A級|B級»\u3000服務地區：«桃園市、新竹縣|臺中市、彰化縣|高雄市、屏東縣»\n")
    d.f("雇主諮詢：«ORGTEL»\u3000申訴：«HOT»\u3000收費依«LAW:care»及相關標準。")


def _care_neg_training(d: _Doc) -> None:
    d.f("【課程公告】外籍看護工«照顧技巧|失智照護|移位技巧»在職訓練\n")
    d.f(
        "時間：«DATE:roc»«上午|下午»\u3000地點：«林口長庚醫院第一會議室|江子翠社區活動中心|高雄長青中心»\n"
    )
    d.f("講師：«長照專業人員|物理治療師»\u3000費用：免費（«就業安定基金補助|雇主免負擔»）\n")
    d.f("報名請洽" + d.c(*_BROKERS) + "或«ORGTEL»，«名額有限|周六班另行公告»。")


def _care_neg_line(d: _Doc) -> None:
    d.f(
        "«CLK»\t«勞工局外勞諮詢中心|移工服務站»\t【1955】Ho"
        "tline 24h, free. 轉換雇主、失聯問題請撥1955。\n"
    )
    d.f("«CLK»\t«勞工局外勞諮詢中心|移工服務站»\tBahasa Indonesia: hubungi 1955 untuk pengaduan.\n")
    d.f(
        "«CLK»\t«勞工局外勞諮詢中心|移工服務站»\tTieng Viet: goi "
        "1955 mien phi. Thai / English available.\n"
    )
    d.f(
        "«CLK»\t«勞工局外勞諮詢中心|移工服務站»\t«DATE:md»"
        " 中秋節活動在«高雄火車站前|臺中第一廣場|桃園後站»，歡迎參加"
    )


_CARE_POS = [
    _care_form, _care_log, _care_csv, _care_call, _care_line, _care_mail, _care_english,
    _care_roster,
]  # fmt: skip
_CARE_NEG = [_care_neg_gov, _care_neg_stats, _care_neg_broker, _care_neg_training, _care_neg_line]


# ---------------------------------------------------------------------------------------------
# The generator
# ---------------------------------------------------------------------------------------------

_GENRES: tuple[tuple[list[Callable[[_Doc], None]], list[Callable[[_Doc], None]]], ...] = (
    (_CREM_POS, _CREM_NEG),
    (_RENT_POS, _RENT_NEG),
    (_DRIVE_POS, _DRIVE_NEG),
    (_LUNCH_POS, _LUNCH_NEG),
    (_DUMP_POS, _DUMP_NEG),
    (_CARE_POS, _CARE_NEG),
)
_NEGATIVE_SHARE = 0.25


def generate_heldout65(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the list of known names.

    About half of the PERSON mentions are names in the known list; the list also holds names
    that are never mentioned. Deterministic per ``seed``.
    """
    r = random.Random(f"heldout65:{seed}")
    names = _Names(r)
    samples = []
    for _ in range(n):
        negative = r.random() < _NEGATIVE_SHARE
        positives, negatives = r.choice(_GENRES)
        doc = _Doc(r, names, negative)
        r.choice(negatives if negative else positives)(doc)
        samples.append(doc.sample())
    return samples, list(names.known_list)
