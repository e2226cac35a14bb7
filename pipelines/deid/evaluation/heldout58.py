"""Held-out evaluation set 58: labelled synthetic Traditional-Chinese free text.

Written without looking at the scanner: only the ``Sample`` dataclass and the checksum helpers
of ``pipelines.deid.identifiers`` were read. Templates and name pools are new. Six genres:

- legal-aid applications (法律扶助申請),
- veterans' service-office records (榮民服務處),
- food-delivery riders' occupational and traffic accidents (外送員職災),
- hospital volunteer rosters (醫院志工排班),
- neighbourhood-event sign-up sheets (里民活動報名),
- stolen vehicle and scooter reports (車輛失竊報案).

Registers: 公文 sentences, terse case-log notes, transcribed phone calls, LINE chat lines,
pasted e-mails, pasted forms with labels, pasted tables (tab, CSV, aligned spaces), numbered
rosters and English mixed into Chinese. About a quarter of the samples are hard negatives with
no personal data (statistics, document and case numbers, statute articles, company 統一編號,
ordinary dates, place and organisation names, blank forms).

Template mini-language: ``{KEY}`` inserts a value (upper-case keys are labelled, lower-case
keys are plain text; a trailing number such as ``{P1}`` repeats the same value within a
sample) and ``[a|b|c]`` picks one option (options may nest and may be empty).
"""

import calendar
import random
import re
import unicodedata
from collections.abc import Callable

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import ban, creditcard
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

_WIDE_SHARE = 0.12
_NEGATIVE_SHARE = 0.25
_KNOWN_SHARE = 0.5

_LETTERS = sorted(LETTER_CODES)
_WIDE_TABLE = {c: chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
_KEY = re.compile(r"([A-Za-z_]+?)(\d*)")


def _wide(value: str) -> str:
    """Full-width form of the ASCII characters (Ａ１２３…); CJK characters stay."""
    return value.translate(_WIDE_TABLE)


def _digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------

_SURNAMES_COMMON = "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周"
_SURNAMES_MORE = (
    "徐蘇葉莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓"
    "馬董唐藍石蔣古紀姚連馮程湯田康姜白汪鄒尤巫鐘涂龔嚴韓袁金童陸夏柳邵錢伍倪溫"
)
_SURNAMES_COMPOUND = ("張簡", "范姜", "歐陽", "司馬", "諸葛", "上官", "司徒", "端木")
_MALE_1 = "志家俊建宗冠承柏彥信文明正國宏偉智哲銘子宇品睿昱耀凱育"
_MALE_2 = "明豪宏傑翰宇廷恩誠偉賢達安成鈞凱霖軒勳瑋斌昌榮"
_FEMALE_1 = "淑美雅怡佩欣婉秀玉麗惠宜詩家靜思品子芷語郁月碧素"
_FEMALE_2 = "芬玲婷君珊怡華英娟萍如真慧涵琪瑄妤庭甄蓁霞娥鳳"
_OLD_SURNAMES = "王張劉李趙孫馬楊郭徐周吳胡高何朱宋唐韓于閻邢郝魏姜譚鄒石"
_OLD_GIVEN = [
    "振邦",
    "德勝",
    "立中",
    "國華",
    "志忠",
    "永福",
    "鴻儒",
    "漢生",
    "慶雲",
    "樹森",
    "金山",
    "玉書",
    "家駒",
    "保國",
    "衛民",
    "興華",
    "復生",
    "耀祖",
    "春生",
    "有才",
    "明德",
    "紹武",
    "守仁",
    "鐵生",
    "德山",
    "蔭堂",
    "子龍",
    "文彬",
    "克勤",
    "世昌",
    "忠孝",
    "繼光",
]
_IND_FIRST = [
    "瓦歷斯",
    "巴奈",
    "尤幹",
    "比令",
    "馬耀",
    "拉娃",
    "阿洛",
    "伊萬",
    "撒韻",
    "達利",
    "哈勇",
    "蘇飛",
    "娃旦",
    "吉娃斯",
    "莎韻",
    "烏杜",
    "芭翁",
    "里慕伊",
    "沙力",
    "阿道",
    "古拉斯",
    "卡照",
    "依婉",
    "拉互依",
    "撒可努",
    "阿美",
]
_IND_SECOND = [
    "諾幹",
    "母路",
    "谷幸",
    "比吼",
    "尤道",
    "瓦旦",
    "巴萬",
    "達給",
    "拉罕",
    "卡造",
    "撒布",
    "尤命",
    "哈尚",
    "吉拉",
    "伊斯坦大",
    "阿紀",
    "巴燕",
    "達卡",
    "馬賴",
    "喇外",
    "卡斯",
    "督瓦斯",
    "亞榮隆",
    "撒耘",
]
_IND_LAT_FIRST = [
    "Walis",
    "Panay",
    "Yukan",
    "Piling",
    "Mayaw",
    "Lawa",
    "Iwan",
    "Sayun",
    "Tali",
    "Haruq",
    "Sufin",
    "Watan",
    "Pasang",
    "Umav",
    "Kolas",
    "Dagu",
    "Ciwang",
    "Sakinu",
    "Tanivu",
    "Ipay",
    "Lituk",
    "Apay",
    "Voyu",
    "Afo",
    "Kating",
    "Sra",
]
_IND_LAT_SECOND = [
    "Nokan",
    "Mulu",
    "Kusing",
    "Biho",
    "Yudaw",
    "Watan",
    "Pawan",
    "Takil",
    "Lahan",
    "Kacaw",
    "Sabu",
    "Yumin",
    "Hasang",
    "Kila",
    "Istanda",
    "Tahos",
    "Losin",
    "Tanapima",
    "Nabu",
    "Lalin",
    "Sawmah",
    "Tuhi",
    "Payan",
]
_VN_HAN_SUR = "阮陳黎范黃武杜裴鄧吳潘胡"
_VN_HAN_F = [
    "蘭",
    "花",
    "梅",
    "秋香",
    "玉英",
    "清水",
    "翠",
    "芳",
    "垂莊",
    "日麗",
    "春",
    "紅絨",
    "金鳳",
]
_VN_HAN_M = ["雄", "德", "南", "清", "明", "俊", "光", "成", "勇", "福", "文勇", "國慶"]
_ID_HAN_GIVEN = [
    "西蒂",
    "絲莉",
    "黛薇",
    "努兒",
    "伊卡",
    "莉娜",
    "阿古斯",
    "布迪",
    "蘇帕米",
    "蘇蒂妮",
    "雅尼",
    "麗雅",
]
_ID_HAN_FAMILY = [
    "阿米娜",
    "瓦由妮",
    "萊絲塔莉",
    "哈迪",
    "桑托索",
    "塞蒂亞萬",
    "普特莉",
    "蘇珊蒂",
    "拉哈尤",
]
_PH_HAN_GIVEN = ["瑪莉亞", "喬斯琳", "安娜琳", "珍妮", "羅德爾", "瑪莉安", "羅溫娜", "瑪莉特"]
_PH_HAN_FAMILY = ["桑托斯", "雷耶斯", "克魯茲", "門多薩", "加西亞", "包蒂斯塔", "拉莫斯", "阿基諾"]
_TH_HAN_GIVEN = ["頌猜", "尼蘭", "瑪麗", "阿南", "巴瑟", "宋猜", "蘇查", "甘雅", "頌薩"]
_TH_HAN_FAMILY = ["猜雅蓬", "汶米", "西素", "翁沙", "素查", "通迪", "普瑪"]
_VN_LAT_SUR = [
    "Nguyen",
    "Tran",
    "Le",
    "Pham",
    "Hoang",
    "Vu",
    "Do",
    "Bui",
    "Dang",
    "Ngo",
    "Phan",
    "Huynh",
]
_VN_LAT_F = ["Lan", "Hoa", "Mai", "Thu Huong", "Ngoc Anh", "Trang", "Hang", "Thanh Thuy"]
_VN_LAT_M = ["Hung", "Duc", "Nam", "Minh", "Tuan", "Thanh", "Quoc Bao", "Van Long"]
_ID_LAT_GIVEN = [
    "Siti",
    "Sri",
    "Dewi",
    "Nur",
    "Eka",
    "Rina",
    "Budi",
    "Agus",
    "Yanti",
    "Wulan",
    "Putu",
    "Ani",
]
_ID_LAT_SINGLE = [
    "Suparmi",
    "Sutini",
    "Wahyuni",
    "Lestari",
    "Rahmawati",
    "Sumiati",
    "Karsini",
    "Tarsih",
]
_ID_LAT_FAMILY = [
    "Aminah",
    "Wahyuni",
    "Lestari",
    "Santoso",
    "Setiawan",
    "Hidayah",
    "Putri",
    "Susanti",
    "Rahayu",
]
_PH_LAT_GIVEN = ["Maria", "Jocelyn", "Analyn", "Jenny", "Rodel", "Mary Ann", "Jerome", "Rowena"]
_PH_LAT_FAMILY = ["Santos", "Reyes", "Cruz", "dela Cruz", "Mendoza", "Garcia", "Bautista"]
_TH_LAT_GIVEN = [
    "Somchai",
    "Niran",
    "Malee",
    "Anan",
    "Prasert",
    "Supaporn",
    "Wichai",
    "Kanya",
    "Somsak",
    "Nattaya",
]
_TH_LAT_FAMILY = [
    "Srisuk",
    "Chaiyaporn",
    "Sukjai",
    "Boonmee",
    "Wongsa",
    "Saetang",
    "Thongdee",
    "Phromma",
]


def _han_name(rng: random.Random, gender: str = "") -> str:
    if rng.random() < 0.07:
        sur = rng.choice(_SURNAMES_COMPOUND)
    elif rng.random() < 0.6:
        sur = rng.choice(_SURNAMES_COMMON)
    else:
        sur = rng.choice(_SURNAMES_MORE)
    female = gender == "f" or (not gender and rng.random() < 0.5)
    first, second = (_FEMALE_1, _FEMALE_2) if female else (_MALE_1, _MALE_2)
    if female and len(sur) == 1 and rng.random() < 0.12:  # married name 陳林秀英
        husband = rng.choice(_SURNAMES_COMMON + _SURNAMES_MORE)
        if husband != sur:
            return husband + sur + rng.choice(first) + rng.choice(second)
    if rng.random() < 0.1:
        return sur + rng.choice(second)
    return sur + rng.choice(first) + rng.choice(second)


def _old_name(rng: random.Random) -> str:
    return rng.choice(_OLD_SURNAMES) + rng.choice(_OLD_GIVEN)


def _ind_name(rng: random.Random) -> str:
    dot = "‧" if rng.random() < 0.6 else "·"
    return rng.choice(_IND_FIRST) + dot + rng.choice(_IND_SECOND)


def _ind_latin(rng: random.Random) -> str:
    name = rng.choice(_IND_LAT_FIRST) + " " + rng.choice(_IND_LAT_SECOND)
    return name.upper() if rng.random() < 0.15 else name


def _foreign_han(rng: random.Random) -> str:
    k = rng.random()
    if k < 0.4:
        if rng.random() < 0.7:
            return rng.choice(_VN_HAN_SUR) + "氏" + rng.choice(_VN_HAN_F)
        return rng.choice(_VN_HAN_SUR) + "文" + rng.choice(_VN_HAN_M)
    dot = "·" if rng.random() < 0.6 else "‧"
    if k < 0.7:
        if rng.random() < 0.3:
            return rng.choice(_ID_HAN_GIVEN)
        return rng.choice(_ID_HAN_GIVEN) + dot + rng.choice(_ID_HAN_FAMILY)
    if k < 0.85:
        return rng.choice(_PH_HAN_GIVEN) + dot + rng.choice(_PH_HAN_FAMILY)
    return rng.choice(_TH_HAN_GIVEN) + dot + rng.choice(_TH_HAN_FAMILY)


def _foreign_latin(rng: random.Random) -> str:
    k = rng.random()
    if k < 0.4:
        if rng.random() < 0.6:
            name = f"{rng.choice(_VN_LAT_SUR)} Thi {rng.choice(_VN_LAT_F)}"
        else:
            name = f"{rng.choice(_VN_LAT_SUR)} Van {rng.choice(_VN_LAT_M)}"
    elif k < 0.7:
        if rng.random() < 0.35:
            name = rng.choice(_ID_LAT_SINGLE)
        else:
            name = f"{rng.choice(_ID_LAT_GIVEN)} {rng.choice(_ID_LAT_FAMILY)}"
    elif k < 0.85:
        name = f"{rng.choice(_PH_LAT_GIVEN)} {rng.choice(_PH_LAT_FAMILY)}"
    else:
        name = f"{rng.choice(_TH_LAT_GIVEN)} {rng.choice(_TH_LAT_FAMILY)}"
    return name.upper() if rng.random() < 0.25 else name


def _foreign_female(rng: random.Random) -> str:
    """Women's names only (caregivers, veterans' wives and widows)."""
    k = rng.random()
    dot = "·" if rng.random() < 0.6 else "‧"
    if k < 0.25:
        return rng.choice(_VN_HAN_SUR) + "氏" + rng.choice(_VN_HAN_F)
    if k < 0.45:
        name = f"{rng.choice(_VN_LAT_SUR)} Thi {rng.choice(_VN_LAT_F)}"
    elif k < 0.6:
        name = rng.choice(["Siti", "Sri", "Dewi", "Nur", "Rina", "Yanti", "Wulan", "Ani"])
        name += " " + rng.choice(_ID_LAT_FAMILY)
    elif k < 0.7:
        name = rng.choice(_ID_LAT_SINGLE)
    elif k < 0.8:
        given = rng.choice(["西蒂", "絲莉", "黛薇", "努兒", "莉娜", "雅尼", "麗雅", "蘇蒂妮"])
        return given + dot + rng.choice(_ID_HAN_FAMILY)
    elif k < 0.9:
        name = rng.choice(["Maria", "Jocelyn", "Analyn", "Jenny", "Mary Ann", "Rowena"])
        name += " " + rng.choice(_PH_LAT_FAMILY)
    else:
        name = rng.choice(["Malee", "Supaporn", "Kanya", "Nattaya"])
        name += " " + rng.choice(_TH_LAT_FAMILY)
    return name.upper() if rng.random() < 0.25 else name


def _nation(name: str) -> str:
    """The nationality a foreign name from the pools above belongs to."""
    first = name.split()[0].casefold()
    if first in {x.casefold() for x in _VN_LAT_SUR} or name[1:2] in ("氏", "文"):
        return "越南"
    if first in {x.casefold() for x in _ID_LAT_GIVEN + _ID_LAT_SINGLE} or name.startswith(
        tuple(_ID_HAN_GIVEN)
    ):
        return "印尼"
    if first in {x.split()[0].casefold() for x in _PH_LAT_GIVEN} or name.startswith(
        tuple(_PH_HAN_GIVEN)
    ):
        return "菲律賓"
    return "泰國"


_MAKERS: dict[str, Callable[[random.Random], str]] = {
    "han": _han_name,
    "hanf": lambda r: _han_name(r, "f"),
    "hanm": lambda r: _han_name(r, "m"),
    "old": _old_name,
    "ind": _ind_name,
    "indl": _ind_latin,
    "forh": _foreign_han,
    "forl": _foreign_latin,
    "forf": _foreign_female,
}


class _Names:
    """The known-name list (a dataset's name column) and the picking of mentioned names."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self.rng = rng
        self.taken: set[str] = set()
        sizes = {
            "han": max(12, n // 14),
            "hanf": max(8, n // 40),
            "hanm": max(8, n // 40),
            "old": max(4, n // 60),
            "ind": max(4, n // 60),
            "indl": max(3, n // 90),
            "forh": max(4, n // 45),
            "forl": max(5, n // 35),
            "forf": max(4, n // 60),
        }
        self.known: dict[str, list[str]] = {}
        for kind, size in sizes.items():
            self.known[kind] = [self._fresh(kind) for _ in range(size)]
        kinds = list(sizes)
        never = [self._fresh(rng.choice(kinds)) for _ in range(max(6, n // 40))]
        self.listing = [name for pool in self.known.values() for name in pool] + never
        rng.shuffle(self.listing)

    @staticmethod
    def _key(name: str) -> str:
        return name.casefold().replace("·", "‧")

    def _fresh(self, kind: str) -> str:
        """A name whose (case- and interpunct-insensitive) form is not yet in the list."""
        for _ in range(10_000):
            name = _MAKERS[kind](self.rng)
            if self._key(name) not in self.taken:
                self.taken.add(self._key(name))
                return name
        raise RuntimeError("name pool exhausted")

    def pick(self, kind: str) -> tuple[str, bool]:
        if self.rng.random() < _KNOWN_SHARE:
            return self.rng.choice(self.known[kind]), True
        for _ in range(10_000):
            name = _MAKERS[kind](self.rng)
            if self._key(name) not in self.taken:
                return name, False
        raise RuntimeError("name pool exhausted")


# ---------------------------------------------------------------------------------------------
# Identifier values
# ---------------------------------------------------------------------------------------------


def _twid(rng: random.Random) -> str:
    letter = rng.choice(_LETTERS)
    body = rng.choice("12") + _digits(rng, 7)
    value = letter + body + id_check_digit(letter, body)
    k = rng.random()
    if k < 0.05:
        return value.lower()
    if k < 0.08:
        return f"{value[:4]}-{value[4:7]}-{value[7:]}"
    return value


def _arc(rng: random.Random) -> str:
    letter = rng.choice(_LETTERS)
    seven = _digits(rng, 7)
    if rng.random() < 0.7:
        sex = rng.choice("89")
        return letter + sex + seven + id_check_digit(letter, sex + seven)
    second = rng.choice("ABCD")
    return letter + second + seven + id_check_digit(letter, str(LETTER_CODES[second] % 10) + seven)


def _mobile(rng: random.Random) -> str:
    d = "9" + rng.choice("012345678") + _digits(rng, 7)
    k = rng.random()
    if k < 0.35:
        return f"0{d[:3]}-{d[3:6]}-{d[6:]}"
    if k < 0.6:
        return "0" + d
    if k < 0.72:
        return f"0{d[:3]}-{d[3:]}"
    if k < 0.82:
        return f"0{d[:3]} {d[3:6]} {d[6:]}"
    if k < 0.92:
        return f"+886 {d[:3]} {d[3:6]} {d[6:]}"
    return f"+886-{d[:3]}-{d[3:]}"


_AREAS = (("02", 8), ("04", 8), ("03", 7), ("037", 6), ("049", 7), ("05", 7), ("06", 7))
_AREAS_MORE = (("07", 7), ("08", 7), ("089", 6), ("082", 6), ("03", 7), ("07", 7))


def _landline(rng: random.Random) -> str:
    area, k = rng.choice(_AREAS + _AREAS_MORE)
    local = rng.choice("2345678") + _digits(rng, k - 1)
    cut = 4 if k == 8 else 3
    style = rng.random()
    if style < 0.45:
        return f"{area}-{local[:cut]}-{local[cut:]}"
    if style < 0.7:
        return f"({area}){local[:cut]}-{local[cut:]}"
    if style < 0.85:
        return f"{area}-{local}"
    return area + local


def _email(rng: random.Random) -> str:
    sur = rng.choice(
        [
            "chen",
            "lin",
            "huang",
            "chang",
            "lee",
            "wang",
            "wu",
            "liu",
            "tsai",
            "yang",
            "hsu",
            "cheng",
            "hsieh",
            "kuo",
            "hung",
            "tseng",
            "chiu",
            "liao",
            "lai",
            "chou",
            "nguyen",
            "tran",
            "siti",
            "walis",
            "panay",
            "santos",
            "reyes",
        ]
    )
    given = rng.choice(
        [
            "mingde",
            "yating",
            "shufen",
            "chihao",
            "meiling",
            "jiahao",
            "yiting",
            "weilun",
            "peishan",
            "junjie",
            "anna",
            "lan",
            "dewi",
            "jenny",
            "kevin",
            "amy",
            "vicky",
            "jason",
            "ariel",
        ]
    )
    k = rng.random()
    if k < 0.3:
        local = f"{given}.{sur}"
    elif k < 0.55:
        local = f"{sur}{given[:2]}{rng.randint(60, 99)}"
    elif k < 0.75:
        local = f"{given}_{rng.randint(1, 999)}"
    else:
        local = f"{sur}.{given}{rng.choice(['', '0', '88', '520', '1314'])}"
    domain = rng.choice(
        [
            "gmail.com",
            "gmail.com",
            "yahoo.com.tw",
            "hotmail.com",
            "outlook.com",
            f"ms{rng.randint(1, 79)}.hinet.net",
            "icloud.com",
            "pchome.com.tw",
        ]
    )
    return f"{local}@{domain}"


_DISTRICTS = {
    "臺北市": "中正區100 大同區103 中山區104 松山區105 大安區106 萬華區108 信義區110 士林區111 "
    "北投區112 內湖區114 南港區115 文山區116",
    "新北市": "板橋區220 三重區241 中和區235 永和區234 新莊區242 新店區231 土城區236 蘆洲區247 "
    "汐止區221 樹林區238 淡水區251 烏來區233",
    "桃園市": "桃園區330 中壢區320 平鎮區324 八德區334 龜山區333 楊梅區326 復興區336",
    "臺中市": "中區400 北區404 西屯區407 南屯區408 北屯區406 豐原區420 大里區412 太平區411 "
    "沙鹿區433 和平區424",
    "臺南市": "東區701 中西區700 北區704 安平區708 安南區709 永康區710 新營區730",
    "高雄市": "苓雅區802 三民區807 前鎮區806 鳳山區830 左營區813 楠梓區811 岡山區820 那瑪夏區849",
    "基隆市": "仁愛區200 七堵區206",
    "新竹市": "東區300 北區300",
    "新竹縣": "竹北市302 尖石鄉313",
    "苗栗縣": "苗栗市360 頭份市351",
    "彰化縣": "彰化市500 員林市510 鹿港鎮505",
    "南投縣": "南投市540 埔里鎮545 仁愛鄉546",
    "雲林縣": "斗六市640 虎尾鎮632",
    "嘉義市": "東區600 西區600",
    "嘉義縣": "民雄鄉621 阿里山鄉605",
    "屏東縣": "屏東市900 潮州鎮920 三地門鄉901",
    "宜蘭縣": "宜蘭市260 羅東鎮265 礁溪鄉262",
    "花蓮縣": "花蓮市970 吉安鄉973 秀林鄉972",
    "臺東縣": "臺東市950 卑南鄉954",
}
_ROADS = [
    "中山路",
    "中正路",
    "民生路",
    "民權路",
    "民族路",
    "忠孝東路",
    "信義路",
    "仁愛路",
    "和平東路",
    "復興南路",
    "建國北路",
    "光復路",
    "成功路",
    "自由路",
    "文化路",
    "中華路",
    "三民路",
    "大同路",
    "新生路",
    "博愛路",
    "公園路",
    "林森路",
    "延平北路",
    "環河南路",
    "五福路",
    "自強路",
    "青年路",
    "崇德路",
    "大雅路",
    "文心路",
    "和平街",
    "光明街",
    "永福街",
    "長春街",
    "福德街",
    "中興街",
    "忠孝街",
    "仁愛街",
    "復興街",
    "信義街",
    "永康街",
    "興隆路",
]
_LI = [
    "福德",
    "中興",
    "仁愛",
    "和平",
    "光明",
    "東興",
    "新生",
    "大同",
    "永安",
    "長春",
    "忠孝",
    "文化",
    "復興",
    "南勢",
    "頂寮",
    "港墘",
]
_NUM_ZH = "一二三四五六七"


def _city_district(rng: random.Random) -> tuple[str, str, str]:
    city = rng.choice(list(_DISTRICTS))
    entry = rng.choice(_DISTRICTS[city].split())
    return city, entry[:-3], entry[-3:]


def _address(rng: random.Random) -> str:
    city, district, zip3 = _city_district(rng)
    if city.startswith("臺") and rng.random() < 0.3:
        city = "台" + city[1:]
    out = ""
    k = rng.random()
    if k < 0.15:
        out = zip3 + rng.choice(["", " "])
    elif k < 0.25:
        out = zip3 + _digits(rng, 2) + rng.choice(["", " "])
    out += city + district
    if rng.random() < 0.12:
        out += f"{rng.choice(_LI)}里{rng.randint(1, 28)}鄰"
    road = "臺灣大道" if city.endswith("中市") and rng.random() < 0.2 else rng.choice(_ROADS)
    out += road
    if road.endswith(("路", "大道")) and rng.random() < 0.3:
        out += rng.choice(_NUM_ZH) + "段"
    if rng.random() < 0.3:
        out += f"{rng.randint(1, 420)}巷"
        if rng.random() < 0.3:
            out += f"{rng.randint(1, 30)}弄"
    out += str(rng.randint(1, 350))
    if rng.random() < 0.1:
        out += f"之{rng.randint(1, 9)}"
    out += "號"
    k = rng.random()
    if k < 0.3:
        out += f"{rng.randint(2, 15)}樓"
    elif k < 0.4:
        out += f"{rng.randint(2, 15)}樓之{rng.randint(1, 12)}"
    elif k < 0.5:
        out += f"{rng.randint(2, 15)}F"
    return out


def _nhi(rng: random.Random) -> str:
    value = "0000" + _digits(rng, 8) if rng.random() < 0.7 else "0" + _digits(rng, 11)
    k = rng.random()
    if k < 0.45:
        return value
    if k < 0.75:
        return f"{value[:4]}-{value[4:8]}-{value[8:]}"
    return f"{value[:4]} {value[4:8]} {value[8:]}"


def _passport(rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choice("tvipht")
    if kind == "t":  # Taiwanese
        return "3" + _digits(rng, 8)
    if kind == "v":
        return rng.choice("CNB") + _digits(rng, 7)
    if kind == "i":
        return rng.choice("ABCXE") + _digits(rng, 7)
    if kind == "p":
        if rng.random() < 0.5:
            return "P" + _digits(rng, 7) + rng.choice("ABC")
        return rng.choice(["EB", "EC"]) + _digits(rng, 7)
    if kind == "h":
        return rng.choice(["AA", "AB", "AC"]) + _digits(rng, 7)
    return rng.choice("CGKPS") + _digits(rng, 8)


def _luhn_complete(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + _digits(rng, length - len(prefix) - 1)
    for d in "0123456789":
        if creditcard.luhn_ok(body + d):
            return body + d
    raise AssertionError("unreachable: one Luhn digit always fits")


def _card(rng: random.Random) -> str:
    k = rng.random()
    if k < 0.45:
        number = _luhn_complete(rng, "4", 16)
    elif k < 0.7:
        number = _luhn_complete(rng, "5" + rng.choice("12345"), 16)
    elif k < 0.85:
        number = _luhn_complete(rng, "35" + str(rng.randint(28, 89)), 16)
    elif k < 0.93:
        number = _luhn_complete(rng, "62", 16)
    else:
        number = _luhn_complete(rng, rng.choice(["34", "37"]), 15)
        sep = rng.choice([" ", "-", ""])
        return sep.join((number[:4], number[4:10], number[10:]))
    sep = rng.choice([" ", " ", "-", ""])
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


def _birth(rng: random.Random, lo: int, hi: int, form: str) -> str:
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, calendar.monthrange(y, m)[1])
    if form == "roc" or (form == "any" and rng.random() < 0.55):
        r = y - 1911
        return rng.choice(
            [
                f"民國{r}年{m}月{d}日",
                f"{r}年{m}月{d}日",
                f"{r}.{m:02d}.{d:02d}",
                f"{r}/{m:02d}/{d:02d}",
                f"{r:03d}/{m:02d}/{d:02d}",
                f"民{r}.{m}.{d}",
                f"{r}年{m:02d}月{d:02d}日",
            ]
        )
    return rng.choice(
        [
            f"{y}年{m}月{d}日",
            f"{y}/{m:02d}/{d:02d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{y}.{m}.{d}",
            f"{y}/{m}/{d}",
        ]
    )


# ---------------------------------------------------------------------------------------------
# Plain (unlabelled) values
# ---------------------------------------------------------------------------------------------


def _ordinary_date(rng: random.Random) -> str:
    y = rng.randint(2023, 2025)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    r = y - 1911
    return rng.choice(
        [
            f"{r}年{m}月{d}日",
            f"{r}/{m:02d}/{d:02d}",
            f"{r}.{m:02d}.{d:02d}",
            f"{m}/{d}",
            f"{m}月{d}日",
            f"{y}/{m}/{d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{r}.{m}.{d}",
        ]
    )


def _time(rng: random.Random) -> str:
    h, mi = rng.randint(6, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    return rng.choice(
        [
            f"{h:02d}:{mi:02d}",
            f"{h}時{mi}分",
            f"{h}時許",
            f"{'上午' if h < 12 else '下午'}{h if h <= 12 else h - 12}點{'半' if mi == 30 else ''}",
        ]
    )


def _amount(rng: random.Random) -> str:
    k = rng.random()
    if k < 0.3:
        return f"新臺幣{rng.randint(1, 99)}萬{rng.randint(1, 9)},000元"
    if k < 0.55:
        return f"NT${rng.randint(1, 99)},{rng.randint(0, 9)}00"
    if k < 0.8:
        return f"{rng.randint(1, 30)},{rng.randint(0, 9)}00元"
    return f"約{rng.randint(2, 80)}萬元"


def _count(rng: random.Random) -> str:
    v = rng.randint(12, 4800)
    return f"{v:,}" if rng.random() < 0.5 else str(v)


def _pct(rng: random.Random) -> str:
    return f"{rng.randint(1, 95)}.{rng.randint(0, 9)}%"


def _plate(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    a = "".join(rng.choice(letters) for _ in range(3))
    k = rng.random()
    if k < 0.5:
        return f"{a}-{_digits(rng, 4)}"
    if k < 0.8:
        return f"{a}-{_digits(rng, 3)}"
    return f"{_digits(rng, 3)}-{a}"


def _ban(rng: random.Random) -> str:
    while True:
        head = _digits(rng, 7)
        for d in "0123456789":
            if ban.is_valid(head + d):
                return head + d


_DOC_PREFIXES = {
    "docno": "府授社助 北市社助 府授勞資 衛部醫 內授中民",
    "docno_la": "法扶總 法扶南 法扶北 法扶中",
    "docno_vet": "輔服 輔壹 輔就 輔貳",
    "docno_lab": "勞職授 中市勞檢 高市勞條 新北勞資",
    "docno_pol": "高市警刑 新北警刑 北市警刑 中市警刑",
    "docno_dist": "北市投區民 北市士區民 北市萬區民 新北重區民 高市苓區民",
}


def _docno(kind: str) -> Callable[[random.Random], str]:
    prefixes = _DOC_PREFIXES[kind].split()

    def make(rng: random.Random) -> str:
        return f"{rng.choice(prefixes)}字第{rng.randint(112, 114)}{_digits(rng, 7)}號"

    return make


_COURTS = ["臺北", "新北", "士林", "桃園", "臺中", "臺南", "高雄", "彰化", "花蓮", "屏東", "嘉義"]
_COURT_KINDS = ["勞訴", "訴", "家調", "消債更", "司執", "簡上", "交易", "易", "勞簡", "原訴"]


def _court(rng: random.Random) -> str:
    return (
        f"臺灣{rng.choice(_COURTS)}地方法院{rng.randint(110, 114)}年度"
        f"{rng.choice(_COURT_KINDS)}字第{rng.randint(1, 4999)}號"
    )


_LAWS = (
    "民法第184條第1項前段",
    "民法第191條之2",
    "刑法第320條第1項",
    "刑法第321條第1項第3款",
    "勞動基準法第59條",
    "勞動基準法第22條第2項",
    "勞工職業災害保險及保護法第6條",
    "職業安全衛生法第37條",
    "志願服務法第16條",
    "法律扶助法第5條第1項",
    "國軍退除役官兵輔導條例第16條",
    "道路交通管理處罰條例第12條",
    "個人資料保護法第19條",
    "消費者債務清理條例第3條",
)
_COMPANIES = [
    "林記貨運有限公司",
    "黃金交通股份有限公司",
    "陳家物流股份有限公司",
    "王道外送科技有限公司",
    "周全保全股份有限公司",
    "高興通運有限公司",
    "江南餐飲股份有限公司",
    "許可達國際股份有限公司",
    "吳興建設股份有限公司",
    "游牧餐飲有限公司",
    "永豐餘企業股份有限公司",
    "方圓數位有限公司",
]
_HOSPITALS = [
    "臺大醫院",
    "林口長庚",
    "高雄榮總",
    "臺中榮總",
    "彰化基督教醫院",
    "馬偕紀念醫院",
    "中國醫藥大學附設醫院",
    "亞東醫院",
    "花蓮慈濟醫院",
    "成大醫院",
    "奇美醫院",
    "三軍總醫院",
    "萬芳醫院",
    "陽明交大附設醫院",
]
_PROVINCES = [
    "山東省",
    "河南省",
    "湖南省",
    "四川省",
    "浙江省",
    "江蘇省",
    "安徽省",
    "廣東省",
    "河北省",
    "江西省",
]
_EVENTS = [
    "中秋晚會",
    "重陽敬老餐會",
    "里民自強活動",
    "一日遊",
    "健康講座",
    "社區大掃除",
    "端午包粽",
    "親子彩繪",
    "長青槌球賽",
    "春節團拜",
]
_STATIONS = [
    "中正一分局",
    "大安分局",
    "板橋分局",
    "三重分局",
    "西屯分局",
    "苓雅分局",
    "鳳山分局",
    "中壢分局",
]
_UNIONS = ["臺灣外送產業工會", "外送員職業工會", "平台工作者權益促進會"]
_HOSP_PLACES = [
    "門診大廳",
    "急診",
    "兒科",
    "批價櫃台",
    "輪椅借用處",
    "癌症中心",
    "復健科",
    "安寧病房",
]
_BRANDS = ["光陽", "三陽", "山葉", "Gogoro", "宏佳騰", "豐田", "本田", "中華", "福特"]
_CASES = (
    "勞資爭議（積欠工資）",
    "車禍損害賠償",
    "離婚及子女親權",
    "債務清理（更生）",
    "租賃糾紛（返還押金）",
    "職災補償",
    "詐欺被害（刑事告訴）",
)
_LA_DOCS = ["薪資單", "勞保投保明細", "存摺影本", "診斷證明書", "戶籍謄本", "財產歸屬清單"]


def _place(rng: random.Random) -> str:
    city, district, _ = _city_district(rng)
    r1, r2 = rng.sample([r for r in _ROADS if r.endswith("路")], 2)
    sec = rng.choice(_NUM_ZH) + "段" if rng.random() < 0.3 else ""
    tail = rng.choice(["口", "口附近", "口騎樓", "交岔路口", "口便利商店前"])
    return f"{city}{district}{r1}{sec}與{r2}{tail}"


def _city(rng: random.Random) -> str:
    return rng.choice(list(_DISTRICTS))


_PLAIN: dict[str, Callable[[random.Random], str]] = {
    "date": _ordinary_date,
    "roc_date": lambda r: f"{r.randint(112, 114)}年{r.randint(1, 12)}月{r.randint(1, 28)}日",
    "roc_year": lambda r: str(r.randint(111, 114)),
    "time": _time,
    "amt": _amount,
    "count": _count,
    "few": lambda r: str(r.randint(2, 60)),
    "fee": lambda r: (
        r.choice(["", "NT$", "新臺幣"]) + f"{r.choice([40, 65, 150, 200, 350, 500])}元"
    ),
    "stipend": lambda r: f"1萬{r.randint(4, 6)},{r.randint(0, 9)}{r.randint(0, 9)}0",
    "pct": _pct,
    "plate": _plate,
    "ban": _ban,
    **{kind: _docno(kind) for kind in _DOC_PREFIXES},
    "court": _court,
    "law": lambda r: r.choice(_LAWS),
    "company": lambda r: r.choice(_COMPANIES),
    "hosp": lambda r: r.choice(_HOSPITALS),
    "province": lambda r: r.choice(_PROVINCES),
    "event": lambda r: r.choice(_EVENTS),
    "station": lambda r: r.choice(_STATIONS),
    "union": lambda r: r.choice(_UNIONS),
    "hplace": lambda r: r.choice(_HOSP_PLACES),
    "brand": lambda r: r.choice(_BRANDS),
    "la_case": lambda r: r.choice(_CASES),
    "la_doc": lambda r: r.choice(_LA_DOCS),
    "place": _place,
    "city": _city,
    "road": lambda r: r.choice(_ROADS),
    "li": lambda r: r.choice(_LI),
    "ext": lambda r: str(r.randint(100, 899)),
    "caseno": lambda r: f"{r.randint(112, 114)}{_digits(r, 7)}",
    "policy": lambda r: f"{_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 3)}",
    "claim": lambda r: f"CL-{r.randint(112, 114)}-{_digits(r, 5)}",
}

# ---------------------------------------------------------------------------------------------
# Labelled values
# ---------------------------------------------------------------------------------------------

_PERSON_KINDS: dict[str, tuple[tuple[str, ...], tuple[float, ...]]] = {
    "P": (("han", "old", "ind", "indl", "forh", "forl"), (62, 4, 7, 3, 10, 14)),
    "PH": (("han",), (1,)),
    "PHF": (("hanf",), (1,)),
    "PHM": (("hanm",), (1,)),
    "PO": (("old",), (1,)),
    "PI": (("ind", "indl"), (6, 4)),
    "PF": (("forh", "forl"), (45, 55)),
    "PFF": (("forf",), (1,)),
    "PL": (("forl", "indl"), (8, 2)),
}

_LABELLED: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "ID": ("TW_NATIONAL_ID", _twid),
    "ARC": ("TW_RESIDENT_CERT", _arc),
    "MOB": ("PHONE", _mobile),
    "TEL": ("PHONE", _landline),
    "PHN": ("PHONE", lambda r: _mobile(r) if r.random() < 0.6 else _landline(r)),
    "EM": ("EMAIL", _email),
    "AD": ("ADDRESS", _address),
    "NHI": ("TW_NHI_CARD", _nhi),
    "PP": ("PASSPORT", _passport),
    "PPT": ("PASSPORT", lambda r: _passport(r, "t")),
    "CC": ("CREDIT_CARD", _card),
}
_BIRTHS = {
    "BD": (None, "any"),
    "BDA": (None, "ad"),
    "BDR": (None, "roc"),
    "BDO": ((1926, 1958), "any"),
    "BDK": ((2008, 2020), "any"),
}


def _options(s: str, i: int) -> tuple[int, list[str]]:
    """The index of the ``]`` closing the ``[`` at ``i`` and the top-level options."""
    depth, start, opts = 0, i + 1, []
    for j in range(i, len(s)):
        c = s[j]
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                opts.append(s[start:j])
                return j, opts
        elif c == "|" and depth == 1:
            opts.append(s[start:j])
            start = j + 1
    raise ValueError("unbalanced template")


def _display_width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


# Words bound to the gender of the sample's ``{PX…}`` person (female, male).
_GENDERED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "sir": (("小姐",), ("先生",)),
    "mr": (("女士",), ("先生",)),
    "aunt": (("阿姨", "小姐", "太太"), ("阿伯", "先生", "大哥")),
    "kin": (("女", "媳婦", "姪女"), ("子", "姪子", "女婿")),
    "sib": (("師姊", "姐", "大姐"), ("師兄", "大哥")),
}


class _Doc:
    """Builds one sample: text pieces, gold spans and known-name flags."""

    def __init__(self, rng: random.Random, names: _Names, birth: tuple[int, int]) -> None:
        self.rng = rng
        self.names = names
        self.birth = birth
        self.buf: list[str] = []
        self.n = 0
        self.spans: list[tuple[int, int, str]] = []
        self.flags: list[bool] = []
        self.memo: dict[str, tuple[str, str | None, bool | None]] = {}
        self.female = rng.random() < 0.5
        self.clock = rng.randint(7 * 60, 20 * 60)  # minutes, for chat time stamps

    def w(self, s: str) -> None:
        self.buf.append(s)
        self.n += len(s)

    def t(self, tpl: str) -> None:
        """Expand a template (see the module docstring) onto the text."""
        i = start = 0
        while i < len(tpl):
            c = tpl[i]
            if c not in "{[":
                i += 1
                continue
            if i > start:
                self.w(tpl[start:i])
            if c == "{":
                j = tpl.index("}", i)
                self.put(tpl[i + 1 : j])
            else:
                j, opts = _options(tpl, i)
                self.t(self.rng.choice(opts))
            i = start = j + 1
        if start < len(tpl):
            self.w(tpl[start:])

    def cell(self, tpl: str, width: int) -> None:
        """A column of an aligned-space table: the expanded template, then padding."""
        before = len(self.buf)
        self.t(tpl)
        shown = _display_width("".join(self.buf[before:]))
        self.w(" " * max(2, width - shown))

    def value(self, key: str) -> tuple[str, str | None, bool | None]:
        if key in self.memo:
            return self.memo[key]
        m = _KEY.fullmatch(key)
        if m is None:
            raise ValueError(f"bad template key {key!r}")
        base, tag = m.groups()
        rng = self.rng
        out: tuple[str, str | None, bool | None]
        if base == "PX":
            name, known = self.names.pick("hanf" if self.female else "hanm")
            out = (name, "PERSON", known)
        elif base == "hm":
            self.clock = min(self.clock + rng.randint(0, 25), 23 * 60 + 59)
            out = (f"{self.clock // 60:02d}:{self.clock % 60:02d}", None, None)
        elif base == "nat":
            person = self.memo.get("PF" + tag) or self.memo["PFF" + tag]
            out = (_nation(person[0]), None, None)
        elif base in _GENDERED:
            out = (rng.choice(_GENDERED[base][0 if self.female else 1]), None, None)
        elif base in _PERSON_KINDS:
            kinds, weights = _PERSON_KINDS[base]
            name, known = self.names.pick(rng.choices(kinds, weights)[0])
            out = (name, "PERSON", known)
        elif base in _LABELLED or base in _BIRTHS:
            if base in _LABELLED:
                label, make = _LABELLED[base]
                text = make(rng)
            else:
                years, form = _BIRTHS[base]
                label = "BIRTH_DATE"
                text = _birth(rng, *(years or self.birth), form)
            if rng.random() < _WIDE_SHARE:
                text = _wide(text)
            out = (text, label, None)
        else:
            out = (_PLAIN[base](rng), None, None)
        if tag:
            self.memo[key] = out
        return out

    def put(self, key: str) -> None:
        text, label, known = self.value(key)
        if label is None:
            self.w(text)
            return
        start = self.n
        self.w(text)
        self.spans.append((start, self.n, label))
        if label == "PERSON":
            self.flags.append(bool(known))

    def sample(self, negative: bool) -> Sample:
        return Sample(
            text="".join(self.buf).rstrip(),
            spans=list(self.spans),
            hard_negative=negative,
            known_person=list(self.flags),
        )


# ---------------------------------------------------------------------------------------------
# 法律扶助申請 (legal aid applications)
# ---------------------------------------------------------------------------------------------


def _la_form(d: _Doc) -> None:
    d.t("[【法律扶助申請書】\n|法律扶助線上申請（系統列印）\n|＊申請資料＊\n|]")
    d.t("申請人[姓名|]：{P1}[　性別：[男|女]|]\n出生[年月日|日期]：{BD}\n")
    d.t("[身分證統一編號|身分證字號|身分證號]：{ID}\n[戶籍地址|戶籍地|住址]：{AD}\n")
    d.t("[通訊地址：同戶籍地址\n|通訊地址：{AD}\n|]")
    d.t("[行動電話|手機|聯絡電話]：{MOB}[\n|　（白天請撥{TEL}）\n]")
    d.t("[電子郵件：{EM}\n|E-mail：{EM}\n|]")
    d.t("案件類型：{la_case}\n對造：[{P}|{company}|{P}（[前夫|前雇主|房東]）]\n")
    d.t("[家庭人口：[2|3|4]人；月收入{amt}|經濟狀況：低收入戶|經濟狀況：中低收入戶，有證明|]")


def _la_gongwen(d: _Doc) -> None:
    d.t("主旨：[有關|關於]{PX1}[君|{mr}|]（身分證統一編號：{ID}）申請法律扶助[乙案|一案]，")
    d.t("業經本分會審查委員會決議准予[全部|部分]扶助，[請查照|復請查照]。\n說明：\n")
    d.t("一、依據法律扶助法第13條[及第15條|]規定辦理。\n")
    d.t("二、受扶助人[住|現居]{AD}，[聯絡電話：|電話]{PHN}[；|，]指派{PH2}律師承辦本案。\n")
    d.t(
        "三、[副本抄送{PH2}律師。|如有疑義請洽承辦人{PH3}，電話{TEL}[分機{ext}|]。|本案對造為{company}。]"
    )


def _la_log(d: _Doc) -> None:
    d.t("{date} [電詢|臨櫃|視訊]。")
    k = d.rng.random()
    if k < 0.5:
        d.t("申請人{PH1}（{BD}生）[稱|表示]與前雇主{P2}有[工資|資遣費|加班費]爭議{amt}，")
        d.t("已請其補[附|件]{la_doc}。[回電|聯絡]{MOB}[。|，晚上再打。|（本人要求只能傳簡訊）]")
    elif k < 0.8:
        d.t("申請人{P1}，{ID}，[卡債|信貸及卡債]{amt}，欲聲請[更生|清算]；")
        d.t("[其名下信用卡|仍在催收之卡片]{CC}[已停卡|仍有循環利息]。[資力待查。|下週一補件。]")
    else:
        d.t("{PI1}（[阿美族|泰雅族|排灣族|布農族|太魯閣族]，{BD}生）[來電|由部落社工陪同]，")
        d.t("土地[遭親戚占用|借名登記]糾紛；原住民身分免審資力。[手機|電話]{PHN}。")


def _la_migrant(d: _Doc) -> None:
    d.t("申請人{PF1}，國籍：{nat1}，[居留證號|統一證號|ARC No.]：{ARC}，")
    d.t("[護照號碼|Passport No.]：{PP}，出生日期：{BDA}。")
    d.t("由[通譯|翻譯]{PH2}[協助陳述|陪同]：")
    d.t("[雇主{PH3}積欠三個月薪資|仲介{PH3}向其超收服務費{amt}|於工廠受傷後遭解僱]，")
    d.t("[擬|欲]提起[勞資爭議調解|民事訴訟]。聯絡方式：{MOB}[（LINE同號）|]。")


def _la_call(d: _Doc) -> None:
    d.t("【電話紀錄 {date} {hm}】\n承辦：法扶您好，請問怎麼稱呼？\n")
    d.t("來電：我[叫|是]{PX1}[啦|]，[上次有去過你們那邊|朋友介紹的|社工叫我打來的]。\n")
    d.t("承辦：{PX1}{sir}您好，方便給我身分證字號嗎？我幫您查一下。\n來電：{ID}。\n")
    d.t("承辦：[好，您的申請還在審查中，|有查到，]下週會有律師跟您聯絡，電話還是{MOB1}嗎？\n")
    d.t("來電：[對|沒錯，{MOB1}|換了，改成{MOB}]。")


def _la_email(d: _Doc) -> None:
    d.t("寄件者：{P1} <{EM}>\n寄件日期：{date}\n")
    d.t("收件者：[法扶基金會臺中分會|扶助律師{PH2}]\n主旨：[詢問申請進度|補件|RE: 開庭通知]\n\n")
    d.t("[您好|律師您好|承辦人員您好]，\n我是{P1}，[上週已送出申請|日前已補齊文件]（身分證{ID}），")
    d.t("[想請問審查結果大約何時會通知？|附件是薪資單跟存摺封面。]\n")
    d.t("[我的手機是{MOB}，|]謝謝。\n{P1} 敬上")


def _la_csv(d: _Doc) -> None:
    d.t("[審查會排程|本週待審案件]\n序號,申請人,身分證字號,出生日期,案件類別,聯絡電話\n")
    for i in range(1, d.rng.randint(2, 5) + 1):
        d.t(f"{i},")
        d.t("{P},{ID},{BD},[勞資|家事|車禍|債務|刑事],{PHN}\n")


def _la_neg(d: _Doc) -> None:
    k = d.rng.random()
    if k < 0.2:
        d.t("[依|按]{law}[規定|]，無資力者得申請法律扶助。本分會{roc_year}年度受理申請案件")
        d.t("共計{count}件，准予扶助比率為{pct}，[較去年同期增加|較去年同期減少]{pct}。")
    elif k < 0.4:
        d.t("主旨：檢送本會{roc_year}年第{few}次審查委員會會議紀錄乙份，請查照。\n")
        d.t("說明：依{docno_la}函辦理；[審議案件計{count}件。|本次會議無臨時動議。]")
    elif k < 0.6:
        d.t("對造{company}（統一編號{ban}）經{court}判決應給付{amt}")
        d.t("[及法定遲延利息|]，[確定後聲請強制執行。|目前上訴中，案號{court}。]")
    elif k < 0.8:
        d.t("[常見問題|Q&A]：申請法扶需要什麼文件？\n1. 身分證明文件\n")
        d.t("2. 財產及所得資料（國稅局財產歸屬清單）\n3. 案件相關資料（起訴狀、判決書等）\n")
        d.t("[申請專線：412-8518（手機請加02）|週一至週五9:00-17:00受理]")
    else:
        d.t("法律扶助申請書（空白）\n申請人：＿＿＿＿　出生年月日：＿＿年＿＿月＿＿日\n")
        d.t("身分證統一編號：□□□□□□□□□□\n案件類型：□勞資　□家事　□車禍　□其他\n")
        d.t("[填寫說明：請依{law}勾選。|表單版本：{roc_year}.{few}]")


# ---------------------------------------------------------------------------------------------
# 榮民服務處 (veterans' service office)
# ---------------------------------------------------------------------------------------------


def _vs_visit(d: _Doc) -> None:
    d.t("{date} [家訪|電訪|院訪]\n榮民：{PO1}（{BDO}生[，{ID}|]）\n[現況：|]獨居，住{AD}。")
    d.t("[行動不便，由外籍看護{PFF2}照顧（居留證{ARC}）|與配偶{PFF2}同住]。")
    d.t("{kin}{PX3}住[桃園|高雄|國外]，電話{PHN}。")
    d.t("[下次訪視：{date}|需協助申請就養|已轉介長照2.0|]")


def _vs_gongwen(d: _Doc) -> None:
    d.t("主旨：[檢送|轉送]本處轄內榮民{PO1}（身分證統一編號{ID}）")
    d.t("[就養給付|喪葬補助|長照服務]申請資料乙份，請　核辦。\n說明：\n")
    d.t("一、該員{BDO}生，原籍{province}，[民國{roc_year}年|]退伍。\n")
    d.t("二、[申請人為其配偶{P2}，|]聯絡電話{TEL}[，戶籍地{AD}|]。\n")
    d.t("三、[隨文檢附戶籍謄本及健保卡影本（卡號{NHI}）各乙份。|承辦人：{PH3}]")


def _vs_call(d: _Doc) -> None:
    d.t("[來電紀錄|電話紀錄]：榮民{PO1}之{kin}{PX2}來電（{MOB}），")
    d.t("[表示|說]父親[健保卡遺失|就醫需要證明]，[卡號記得是|健保卡號]{NHI}")
    d.t("[，請協助補發|，要開榮民證明]。[父親身分證{ID}。|]")


def _vs_table(d: _Doc) -> None:
    d.t("[就醫交通補助名冊|{roc_year}年度三節慰問名冊]\n")
    col = d.rng.choice(["健保卡號", "聯絡電話"])
    d.t(f"序號\t姓名\t身分證字號\t出生年月日\t{col}\t備註\n")
    for i in range(1, d.rng.randint(2, 5) + 1):
        d.t(f"{i}\t")
        d.t("{PO}\t{ID}\t{BDO}\t" + ("{NHI}" if col == "健保卡號" else "{PHN}"))
        d.t("\t[洗腎|復健|回診|獨居|]\n")


def _vs_line(d: _Doc) -> None:
    d.t("{hm}\t{PH1}\t今天去{PO2}伯伯家，他說{date}要回診\n")
    d.t("{hm}\t{PH3}\tOK 他的健保卡號{NHI}我先登錄[|，身分證{ID}對嗎]\n")
    d.t("{hm}\t{PH1}\t[還有他太太{PFF4}的居留證{ARC}快到期了，要提醒|對，謝謝]")


def _vs_widow(d: _Doc) -> None:
    d.t(
        "榮民遺眷[{PHF1}女士（{BD}生）|{PHF1}（{BD}生）|{PFF1}（{nat1}籍，{BD}生）]申請遺眷[加發|喪葬補助]，"
    )
    d.t("其[身分證|身分證字號]{ID}，住{AD}。[亡夫{PO2}於{roc_date}病故。|]")
    d.t("[聯絡人：{PH3}　{PHN}|電話：{PHN}]")


def _vs_neg(d: _Doc) -> None:
    k = d.rng.random()
    if k < 0.25:
        d.t("依國軍退除役官兵輔導條例第16條規定，就養給付自{roc_year}年1月起調整為")
        d.t("每月新臺幣{stipend}元；本處轄內就養榮民計{count}人。")
    elif k < 0.5:
        d.t("主旨：函轉國軍退除役官兵輔導委員會{docno_vet}函乙份，請查照。\n說明：")
        d.t("有關{roc_year}年度[春節|端午|中秋]慰問金發放事宜，請各榮服處於{roc_date}前完成造冊。")
    elif k < 0.75:
        d.t("[臺北榮總|高雄榮總|臺中榮總|桃園榮民之家|彰化榮民之家]{roc_year}年度志工招募，")
        d.t("洽詢時間週一至週五8:30-17:30；八二三砲戰紀念活動於金門、馬祖兩地舉行。")
    else:
        d.t("榮民服務處{roc_date}辦理[高山|黃金|林道]健行暨周邊景點參訪，")
        d.t("[經費{amt}由{company}（統一編號{ban}）贊助|參加人數上限{few}人]。")


# ---------------------------------------------------------------------------------------------
# 外送員職災 (food-delivery riders' accidents)
# ---------------------------------------------------------------------------------------------


def _rd_form(d: _Doc) -> None:
    d.t("[職業災害通報|職災通報單|外送員事故通報]\n罹災者：{P1}\n出生日期：{BD}\n")
    d.t("[身分證字號|身分證號]：{ID}\n[居住地址|住址]：{AD}\n手機：{MOB}\n")
    d.t("事故時間：{date} {time}\n事故地點：{place}\n")
    d.t("所屬平台：[foodpanda|Uber Eats|Lalamove|其他]\n")
    d.t("傷勢：[右腳踝骨折|左手挫傷及擦傷|頭部外傷住院觀察|鎖骨骨折]\n送醫：{hosp}")


def _rd_police(d: _Doc) -> None:
    d.t("{roc_date}{time}，[外送員|騎士]{P1}（{BD}生）騎乘車號{plate}普通重型機車，")
    d.t("沿{road}往[東|西|南|北]行駛，行經{place}時，與{PH2}駕駛之自用小客車{plate}")
    d.t("發生碰撞，{P1}[受傷送{hosp}|自行就醫]。[雙方已製作筆錄。|]")


def _rd_line(d: _Doc) -> None:
    d.t("{PF1}：站長我剛剛在{road}被撞了😭\n站長{PH2}：人還好嗎？先去[醫院|診所]\n")
    d.t("{PF1}：在{hosp}急診\n")
    d.t("{PH2}：職災要申請，[傳居留證跟手機給我|居留證號碼給我一下]\n{PF1}：{ARC}\n")
    d.t("[{PF1}：{MOB}|{PF1}：電話{MOB}]")


def _rd_email(d: _Doc) -> None:
    d.t("主旨：外送員{P1}職災補償申請[（急）|]\n[{PH2}您好|{PHF2}小姐您好|{PHM2}先生您好]：\n")
    d.t("附件為{P1}的資料：身分證{ID}、[健保卡號{NHI}、|]出生{BD}、住址{AD}、手機{MOB}。")
    d.t(
        "事故日期{date}，[目前仍無法工作|已回診兩次]。\n[請協助向平台提出申請|再麻煩您了]，謝謝。\n"
    )
    d.t("{union} {PH3}")


def _rd_english(d: _Doc) -> None:
    d.t("Rider name: {PL1}\nARC No.: {ARC}\n[Passport No.: {PP}\n|]DOB: {BDA}\nMobile: {MOB}\n")
    d.t("[Email: {EM}\n|]事故說明：[在路口被左轉車撞|雨天打滑自摔|被開門的車門撞到]，")
    d.t("[右腳骨折|手腕扭傷]，已送{hosp}。[Contact person: {PH2}|]")


def _rd_csv(d: _Doc) -> None:
    d.t("incident_id,rider_name,rider_phone,rider_email,incident_date,city\n")
    for _ in range(d.rng.randint(2, 4)):
        d.t("INC-{caseno},{P},{MOB},{EM},{date},{city}\n")


def _rd_log(d: _Doc) -> None:
    d.t("{date} {PH1}（{ID}）電詢職災傷病給付，[雇主|平台]未投保，")
    d.t("建議[循勞資爭議調解|向勞工局申訴]。回電{MOB}。")
    d.t("[另稱平台自動扣款信用卡{CC}被多扣款。|]")


def _rd_neg(d: _Doc) -> None:
    k = d.rng.random()
    if k < 0.25:
        d.t("勞動部{roc_year}年統計，外送員職業災害以交通事故為主，占{pct}；依{law}，")
        d.t("[平台業者|雇主]應[為外送員投保意外險|提供安全衛生教育訓練]，保額不得低於{amt}。")
    elif k < 0.5:
        d.t("[臺中市政府勞工局|高雄市政府勞工局|新北市政府勞工局]{docno_lab}：勞動檢查外送平台業者")
        d.t("{company}（統一編號{ban}），[計違規{few}項|處罰鍰{amt}]。")
    elif k < 0.75:
        d.t("外送員安全宣導：雨天請減速、[保持安全距離|勿邊騎邊看手機]；")
        d.t("{place}為本市事故熱點，{roc_year}年共發生{few}件。")
    else:
        d.t("[foodpanda|Uber Eats]自{roc_date}起調整[計費方式|獎勵制度]，")
        d.t("[每單基本運費{fee}|尖峰加成{pct}]，{union}表示將於{date}召開記者會。")


# ---------------------------------------------------------------------------------------------
# 醫院志工排班 (hospital volunteer rosters)
# ---------------------------------------------------------------------------------------------


def _vl_aligned(d: _Doc) -> None:
    widths = (14, 6, 14, 16)
    for head, wd in zip(("日期", "班別", "服務地點", "志工"), widths, strict=True):
        d.cell(head, wd)
    d.t("電話\n")
    for _ in range(d.rng.randint(3, 6)):
        d.cell("{date}", widths[0])
        d.cell("[上午|下午|夜間]", widths[1])
        d.cell("{hplace}", widths[2])
        d.cell("{P}", widths[3])
        d.t("[{PHN}|]\n")


def _vl_roster(d: _Doc) -> None:
    d.t("{date}（[一|二|三|四|五|六]）[上午|下午]班 {hplace}：\n1. {P} [隊長|組長|]\n2. {P}\n")
    d.t("3. {P}[（新進，由{PH1}帶）|]\n[4. {P}\n|][※請假：{P}|]")


def _vl_line(d: _Doc) -> None:
    d.t("{PH1}督導：明天上午{hplace}缺一位，[誰可以代班？|有沒有人能支援🙏]\n")
    d.t("{PX2}：我可以\n{PH1}督導：感謝{PX2}{sib}🙏 [電話留一下給護理站|]\n")
    d.t("[{PX2}：{MOB}|{PX2}：好的]")


def _vl_form(d: _Doc) -> None:
    d.t("【志工基本資料表】\n姓名：{P1}　出生年月日：{BD}\n身分證字號：{ID}\n")
    d.t("[健保卡號：{NHI}\n|]住址：{AD}\n電話：{PHN}[　E-mail：{EM}|]\n")
    d.t("緊急聯絡人：{P2}（[配偶|女兒|兒子|朋友]）{MOB}\n")
    d.t("[可服務時段：週[一|三|五][上午|下午]|專長：[日語|手語|台語|英語]]")


def _vl_email(d: _Doc) -> None:
    d.t("各位志工夥伴[好|平安]：\n下週排班表如附件。{PX1}{sib}因[開刀|出國]請假，")
    d.t("由{PH2}代班；新進志工{PF3}（{nat3}籍，居留證{ARC}）將跟著{PH4}見習[兩週|一個月]。\n")
    d.t("[如有問題請打{TEL}分機{ext}找我。\n|]志工隊 {PH5}")


def _vl_insurance(d: _Doc) -> None:
    d.t("[志工團體保險加保名冊|志工意外險名單]\n姓名\t身分證字號\t出生日期\n")
    for _ in range(d.rng.randint(2, 5)):
        d.t("{P}\t[{ID}|{ID}|{ARC}]\t{BD}\n")


def _vl_english(d: _Doc) -> None:
    d.t("Volunteer: {PL1}[, Passport {PP}|, ARC {ARC}]\nShift: [Tue|Thu|Sat] AM @ 國際醫療中心\n")
    d.t("Contact: {EM}[ / {MOB}|]\n[Supervisor: {PH2}|備註：會說[越南語|印尼語|英語]]")


def _vl_neg(d: _Doc) -> None:
    k = d.rng.random()
    if k < 0.25:
        d.t("本院志工隊{roc_year}年服務時數統計：總計{count}小時，[門診大廳|急診]服務占{pct}；")
        d.t("依志願服務法第[12|20]條規定辦理志願服務紀錄冊[核發|認證]。")
    elif k < 0.5:
        d.t("排班需求：{date}（[一|二|三]）上午 服務台2人、急診1人、[兒科|復健科]1人；")
        d.t("下午 批價櫃台2人。[尚缺3人|目前已滿]。")
    elif k < 0.75:
        d.t("[林口長庚|高雄長庚|臺大醫院|馬偕紀念醫院]志工隊{roc_year}年度")
        d.t("[年終感恩餐會|教育訓練]於{roc_date}舉行，地點：[第一醫療大樓B1會議室|行政大樓3樓]；")
        d.t("[費用由本院支應|每人餐費{fee}]。")
    else:
        d.t("本院（統一編號{ban}）志工團體意外險由[富邦產物|國泰產物|新光產物]承保，")
        d.t("保單號碼{policy}，保險期間{roc_date}至{roc_date}。")


# ---------------------------------------------------------------------------------------------
# 里民活動報名 (neighbourhood-event sign-up sheets)
# ---------------------------------------------------------------------------------------------


def _nb_sheet(d: _Doc) -> None:
    d.t("{li}里{roc_year}年度[里民自強活動|一日遊|健行活動]保險名冊\n")
    sep = d.rng.choice([",", "\t"])
    d.t(sep.join(["姓名", "身分證字號", "出生年月日", "電話", "備註"]) + "\n")
    for _ in range(d.rng.randint(2, 6)):
        d.t(sep.join(["{P}", "{ID}", "[{BD}|{BD}|{BDK}]", "[{PHN}|]", "[素食|輪椅|]"]) + "\n")


def _nb_line(d: _Doc) -> None:
    d.t("里長{PH1}：要參加{event}的+1，[私訊|留言]姓名、身分證、生日（保險要用）\n")
    d.t("{PH2}：+1 {PH2} {ID} {BD}\n")
    d.t("[{PH3}：幫我媽報名 {PH4} {ID} {BDO}[ 吃素|]\n|]")
    d.t("里長{PH1}：收到👍")


def _nb_list(d: _Doc) -> None:
    d.t("{event}報名（{roc_date}截止）\n")
    for i in range(1, d.rng.randint(3, 6) + 1):
        d.t(f"{i}. ")
        d.t("{P} [2大1小|1人|3人|2人] [{PHN}|]\n")


def _nb_call(d: _Doc) -> None:
    d.t("{date} {time} {PX1}{aunt}來電報名[中秋晚會|健康講座|社區大掃除]，")
    d.t("共[2|3|4]人，電話{TEL}，住{AD}。[需要輪椅|素食|]")


def _nb_immigrant(d: _Doc) -> None:
    d.t("新住民[母語說故事志工|料理課]報名：{PF1}（{nat1}，")
    d.t("[護照|Passport]{PP}，[電話|手機]{MOB}），[介紹人|同鄉]{PF2}。")


def _nb_paper(d: _Doc) -> None:
    d.t("報名表\n姓　名：{P1}　　　　生日：{BD}\n電　話：{PHN}\n地　址：{AD}\n")
    d.t("參加人數：大人__2__人 小孩__1__人\n簽名：{P1}")


def _nb_email(d: _Doc) -> None:
    d.t("[區公所承辦您好|長官好]：\n本里{event}報名名單如附。")
    d.t("其中{P}、{P}為本里[低收入戶|獨居長者]，請同意免收報名費。\n")
    d.t("[{li}里辦公處|里辦公處] 承辦人{PH1}，電話{TEL}")


def _nb_neg(d: _Doc) -> None:
    k = d.rng.random()
    if k < 0.25:
        d.t("[{li}里|本里]{roc_year}年{event}訂於{roc_date}（星期[六|日]）[晚上6時|上午9時]")
        d.t("於[中正公園|里民活動中心|{li}國小操場]舉行，名額{few}名，額滿為止，報名洽里辦公處。")
    elif k < 0.45:
        d.t("活動經費{amt}由{company}（統一編號{ban}）贊助；")
        d.t("摸彩品有[電鍋|氣炸鍋|黃金葛盆栽|林鳳營鮮奶禮盒]。")
    elif k < 0.65:
        d.t("注意事項：一、{roc_date}上午8時於[林森|黃金|陳厝|王田]里活動中心集合。")
        d.t("二、請自備[環保杯|健保卡]。三、保險依{law}辦理，[每人{fee}|由里辦支付]。")
    elif k < 0.85:
        d.t("[北投|士林|萬華|三重|苓雅]區公所{docno_dist}函：{roc_year}年度各里睦鄰活動補助每里")
        d.t("上限{amt}，請於{roc_date}前檢據核銷。")
    else:
        d.t("里民活動報名表（空白）\n姓名：＿＿＿＿　身分證字號：＿＿＿＿＿＿\n")
        d.t("出生年月日：　　年　　月　　日\n電話：＿＿＿＿＿＿\n※{roc_date}前交回里辦公處")


# ---------------------------------------------------------------------------------------------
# 車輛失竊報案 (stolen vehicle and scooter reports)
# ---------------------------------------------------------------------------------------------


def _sv_form(d: _Doc) -> None:
    d.t("[受理民眾報案紀錄|報案資料]\n報案人：{P1}　出生：{BD}\n")
    d.t("[身分證|國民身分證統一編號]：{ID}\n住址：{AD}\n電話：{MOB}\n")
    d.t("失竊車輛：[普通重型機車|自用小客車|電動機車] 車號{plate}")
    d.t("[（{brand}，[白|黑|灰|紅]色）|]\n")
    d.t("失竊時間：{date} {time}[至翌日7時間|至翌日上午|]\n失竊地點：[{place}|住處樓下]")


def _sv_terse(d: _Doc) -> None:
    d.t("受理{P1}報案：{date}[晚間|凌晨]於{place}停放之[自小客車|機車]{plate}遭竊，")
    d.t("[車內另有皮夾（內有信用卡{CC}、健保卡{NHI}）|置物箱內有身分證（{ID}）及現金{amt}]。")
    d.t("[已輸入失竊車輛協尋系統。|已開立受理案件證明單。]")


def _sv_call(d: _Doc) -> None:
    d.t("值班：[您好，這裡是|]{station}，請說。\n民眾：我的機車不見了！\n")
    d.t("值班：[先生|小姐]，先不要急，請問您的大名？\n民眾：{PH1}。\n")
    d.t("值班：身分證字號？\n民眾：{ID}。\n值班：車牌幾號？\n")
    d.t("民眾：{plate}，[白色的|黑色的]，停在{place}。\n")
    d.t("值班：好，[我們派員過去|請到派出所製作筆錄]，[您的電話|回撥電話]是？\n民眾：{MOB}。")


def _sv_foreign(d: _Doc) -> None:
    d.t("報案人{PF1}（{nat1}籍[移工|看護工]，居留證號{ARC}[，護照{PP}|]）")
    d.t("[由|經]雇主{PH2}陪同報案，[稱|表示]其[電動自行車|機車]{plate}")
    d.t("於{date}在[宿舍|工廠]樓下遭竊。[聯絡電話：|電話]{MOB}[（雇主）|]。")


def _sv_insurance(d: _Doc) -> None:
    d.t("Subject: 竊盜險理賠 claim {claim}\nDear {PL1},\n我們已收到您的理賠申請。\n")
    d.t("Insured: {PL1} / ARC: {ARC} / DOB: {BDA}\nVehicle: {plate}\n")
    d.t("如需補件請洽理賠專員 {PH2}  {EM}  {TEL}\nRegards")


def _sv_table(d: _Doc) -> None:
    d.t("[尋獲失竊車輛通知名冊|協尋尋獲清單]\n車號\t車主\t聯絡電話\t尋獲日期\t尋獲地點\n")
    for _ in range(d.rng.randint(2, 5)):
        d.t("{plate}\t{P}\t{PHN}\t{date}\t{place}\n")


def _sv_card(d: _Doc) -> None:
    d.t("被害人{P1}（{BD}生）報稱機車遭竊後，[置物箱內的|車廂內]信用卡{CC}")
    d.t("於{date}遭盜刷{amt}，已向[發卡銀行|銀行]掛失。[聯絡電話{PHN}。|]")


def _sv_neg(d: _Doc) -> None:
    k = d.rng.random()
    if k < 0.2:
        d.t("[本分局|本市]{roc_year}年1至6月受理[汽車|機車]竊盜案件計{count}件，")
        d.t("較去年同期[減少|增加]{pct}，破獲率{pct}。")
    elif k < 0.4:
        d.t("依{law}，[竊盜罪處5年以下有期徒刑|攜帶兇器竊盜加重其刑]；")
        d.t("[本案|該案]經{court}判處有期徒刑[6月|1年2月]。")
    elif k < 0.6:
        d.t("防竊宣導：[機車加裝大鎖|汽車勿放置貴重物品]、[停放於有監視器處|加裝GPS防盜器]；")
        d.t("{brand}車主可[透過App|向原廠]申請定位服務。")
    elif k < 0.8:
        d.t("[臺北市|新北市|高雄市]政府警察局刑事警察大隊{docno_pol}函：")
        d.t("[查扣贓車{few}輛|破獲[黃金|陳記|高鐵]當舖銷贓集團]，請各分局配合清查失竊車輛資料。")
    else:
        d.t("受理案件證明單編號：{caseno}\n報案人：＿＿＿＿\n")
        d.t("案類：[汽車竊盜|機車竊盜]\n受理日期：{roc_date}\n受理單位：{station}")


# ---------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------

_Template = Callable[[_Doc], None]
_GENRES: tuple[tuple[tuple[int, int], tuple[_Template, ...], _Template], ...] = (
    (
        (1950, 2004),
        (_la_form, _la_gongwen, _la_log, _la_migrant, _la_call, _la_email, _la_csv),
        _la_neg,
    ),
    (
        (1950, 1995),
        (_vs_visit, _vs_gongwen, _vs_call, _vs_table, _vs_line, _vs_widow),
        _vs_neg,
    ),
    (
        (1972, 2005),
        (_rd_form, _rd_police, _rd_line, _rd_email, _rd_english, _rd_csv, _rd_log),
        _rd_neg,
    ),
    (
        (1945, 2003),
        (_vl_aligned, _vl_roster, _vl_line, _vl_form, _vl_email, _vl_insurance, _vl_english),
        _vl_neg,
    ),
    (
        (1938, 2005),
        (_nb_sheet, _nb_line, _nb_list, _nb_call, _nb_immigrant, _nb_paper, _nb_email),
        _nb_neg,
    ),
    (
        (1950, 2005),
        (_sv_form, _sv_terse, _sv_call, _sv_foreign, _sv_insurance, _sv_table, _sv_card),
        _sv_neg,
    ),
)


def generate_heldout58(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the known-name list."""
    rng = random.Random(f"heldout58:{seed}")
    names = _Names(rng, n)
    samples = []
    for _ in range(n):
        birth, positives, negative = rng.choice(_GENRES)
        is_negative = rng.random() < _NEGATIVE_SHARE
        doc = _Doc(rng, names, birth)
        if is_negative:
            negative(doc)
        else:
            rng.choice(positives)(doc)
        samples.append(doc.sample(is_negative))
    return samples, list(names.listing)
