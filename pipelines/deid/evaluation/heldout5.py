"""Sixth labelled held-out set: genres no earlier set used, written without reading the scanner.

The texts imitate records of Taiwanese agencies that the earlier sets did not cover: water and
electricity bill disputes, funeral-subsidy (喪葬補助) files, 國民年金 correspondence,
youth-employment programme records, road-excavation permits naming contractors' site staff,
lost-and-found logs, volunteer-firefighter rosters, court-interpreter assignments, driving-licence
examination records, crop-damage relief applications, fishing-vessel crew lists, community-college
course rosters, dormitory check-in records and public-library e-mail replies.

Every value is placed through :class:`_Doc`, which records the span as the text is built, so a
span always covers exactly the value it labels. Identifiers carry valid checksums (they are made
with :mod:`pipelines.deid.identifiers`). About a quarter of the samples are hard negatives:
texts of the same genres full of look-alikes (公文 and case numbers, BANs, statute articles,
amounts, event dates, organisation, road and place names, job titles, product codes,
statistics, words that begin with a surname character, English company and product names) but
no personal data. Agency contact details appear in neither kind of sample, because whether they
are personal data is a policy question the set should not decide.

Person mentions are "known" (their surface form, ignoring spaces, is in the returned names list,
as a dataset's name column would hold it) about half of the time.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import ban, creditcard, phone
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

# --------------------------------------------------------------------------------------------
# Names

# Surnames with rough weights (per mille of the population, 內政部 surname statistics); the
# tail keeps rarer and compound surnames in play.
_SURNAMES: dict[str, float] = {
    "陳": 111, "林": 83, "黃": 60, "張": 53, "李": 51, "王": 41, "吳": 40, "劉": 32, "蔡": 29,
    "楊": 26, "許": 23, "鄭": 19, "謝": 18, "郭": 17, "洪": 16, "曾": 16, "邱": 15, "廖": 15,
    "賴": 15, "周": 13, "徐": 13, "蘇": 12, "葉": 12, "莊": 12, "呂": 11, "江": 11, "何": 10,
    "蕭": 10, "羅": 10, "高": 9, "潘": 8, "簡": 8, "朱": 8, "鍾": 8, "彭": 7, "游": 7,
    "詹": 7, "胡": 7, "施": 7, "沈": 6, "余": 6, "盧": 6, "梁": 6, "趙": 5, "顏": 5, "柯": 5,
    "翁": 5, "魏": 4, "孫": 4, "戴": 4, "范": 4, "方": 4, "宋": 4, "鄧": 3, "杜": 3, "傅": 3,
    "侯": 3, "曹": 3, "薛": 3, "丁": 2.5, "卓": 2.5, "阮": 2, "馬": 2, "董": 2, "温": 2,
    "唐": 2, "藍": 2, "石": 2, "蔣": 2, "古": 2, "紀": 2, "姚": 2, "連": 2, "馮": 1.5, "歐": 1.5,
    "程": 1.5, "湯": 1.5, "田": 1.5, "康": 1.5, "姜": 1.5, "白": 1.2, "汪": 1.2, "鄒": 1.2,
    "尤": 1.2, "巫": 1.2, "鐘": 1.2, "黎": 1, "涂": 1, "龔": 1, "嚴": 1, "韓": 1, "袁": 1,
    "金": 1, "童": 1, "陸": 0.8, "夏": 0.8, "柳": 0.6, "凃": 0.6, "邵": 0.6, "錢": 0.5,
    "伍": 0.5, "倪": 0.5, "溫": 0.5, "于": 0.4, "譚": 0.4, "駱": 0.4, "熊": 0.4, "任": 0.4,
    "甘": 0.4, "秦": 0.3, "顧": 0.3, "毛": 0.3, "章": 0.3, "史": 0.3, "官": 0.3, "萬": 0.3,
    "俞": 0.3, "雷": 0.3, "粘": 0.3, "饒": 0.2, "辜": 0.2, "尹": 0.2, "易": 0.2, "莫": 0.2,
    "龍": 0.2, "麥": 0.2, "賀": 0.2, "花": 0.1, "練": 0.2, "褚": 0.1, "全": 0.1, "冉": 0.1,
    "張簡": 0.4, "歐陽": 0.3, "范姜": 0.2, "司馬": 0.05, "上官": 0.05, "諸葛": 0.03,
}  # fmt: skip

# Given names by birth cohort, as people of that age really carry them.
_GIVEN = {
    ("old", True): "秀英 玉蘭 麗華 美玉 秀琴 素珠 月娥 阿秀 碧霞 春美 秀蘭 玉梅 美珠 金枝 罔市 "
    "素月 寶珠 玉霞 月雲 桂英 麗珠 秀鳳 明珠 金蓮 滿妹 招治 阿錦 秀枝 阿玉 玉葉",
    ("old", False): "金水 清水 火旺 明雄 文雄 正雄 國雄 振興 榮華 阿土 添福 義雄 建國 天助 水木 "
    "進財 金龍 春生 文彬 德勝 朝陽 明德 武雄 俊雄 萬得 坤山 阿福 順發 錦堂 炳煌",
    ("mid", True): "淑芬 美惠 淑貞 麗娟 惠美 雅惠 秀玲 美玲 淑娟 玉婷 佩君 靜宜 美華 雅芳 "
    "素娟 瓊文 惠雯 佳玲 婉婷 欣怡 淑華 麗雯 秋萍 碧玉",
    ("mid", False): "志明 俊傑 建宏 志豪 家豪 文傑 宗翰 明輝 志偉 俊宏 建志 信宏 明哲 國華 志成 "
    "政達 嘉宏 振宇 仁傑 正宏 耀文 世昌 慶豐 永福",
    ("young", True): "雅婷 怡君 佳穎 怡婷 詩涵 宜蓁 欣妤 思妤 郁婷 佩珊 筱涵 雅筑 瑋婷 家瑜 "
    "婉瑜 品妤 宜庭 姿穎 湘婷 芷瑄 靖雯 于婷",
    ("young", False): "冠宇 承翰 柏翰 家瑋 宗霖 彥廷 冠廷 俊宇 品睿 哲瑋 柏宇 宇軒 承恩 育誠 "
    "致遠 士賢 彥均 宥辰 子豪 浩然 聖傑 書豪",
    ("kid", True): "品妍 子晴 詠晴 芯瑜 宥蓁 語彤 苡安 沛晴 以柔 恩綺 羽彤 歆恩 可昕 禹彤",
    ("kid", False): "宥廷 品睿 宇恩 柏睿 恩碩 宥翔 睿恩 子睿 秉宸 佑宸 祐霖 晨睿 承佑 冠霖",
}
_GIVEN_LISTS = {k: v.split() for k, v in _GIVEN.items()}
_SINGLE_GIVEN = list("偉傑豪玲芬婷勇強敏慧萍華翔瑋琳")
_COHORT_YEARS = {"old": (1935, 1955), "mid": (1956, 1980), "young": (1981, 2000),
                 "kid": (2001, 2012)}  # fmt: skip

# Romanisation of surnames: (Wade-Giles / passport, Hanyu Pinyin).
_SURNAME_ROMAN = [
    ("CHEN", "CHEN"),
    ("LIN", "LIN"),
    ("HUANG", "HUANG"),
    ("CHANG", "ZHANG"),
    ("LEE", "LI"),
    ("WANG", "WANG"),
    ("WU", "WU"),
    ("LIU", "LIU"),
    ("TSAI", "CAI"),
    ("YANG", "YANG"),
    ("HSU", "XU"),
    ("CHENG", "ZHENG"),
    ("HSIEH", "XIE"),
    ("KUO", "GUO"),
    ("HUNG", "HONG"),
    ("TSENG", "ZENG"),
    ("CHIU", "QIU"),
    ("LIAO", "LIAO"),
    ("LAI", "LAI"),
    ("CHOU", "ZHOU"),
    ("SU", "SU"),
    ("YEH", "YE"),
    ("CHUANG", "ZHUANG"),
    ("LU", "LYU"),
    ("CHIANG", "JIANG"),
    ("HO", "HE"),
    ("HSIAO", "XIAO"),
    ("LO", "LUO"),
    ("KAO", "GAO"),
    ("PAN", "PAN"),
    ("CHIEN", "JIAN"),
    ("CHU", "ZHU"),
    ("CHUNG", "ZHONG"),
    ("PENG", "PENG"),
    ("YU", "YOU"),
    ("CHAN", "ZHAN"),
    ("HU", "HU"),
    ("SHIH", "SHI"),
    ("SHEN", "SHEN"),
    ("KO", "KE"),
]
_SYLLABLES = [
    ("CHIH", "ZHI"),
    ("HSIAO", "XIAO"),
    ("CHUN", "JUN"),
    ("YU", "YU"),
    ("WEI", "WEI"),
    ("MING", "MING"),
    ("HSIN", "XIN"),
    ("TING", "TING"),
    ("CHIA", "JIA"),
    ("HUI", "HUI"),
    ("MEI", "MEI"),
    ("LING", "LING"),
    ("KUO", "GUO"),
    ("TSUNG", "ZONG"),
    ("JUI", "RUI"),
    ("PEI", "PEI"),
    ("YI", "YI"),
    ("SHU", "SHU"),
    ("FEN", "FEN"),
    ("CHIEN", "JIAN"),
    ("HAO", "HAO"),
    ("KUAN", "GUAN"),
    ("PO", "BO"),
    ("HAN", "HAN"),
    ("YEN", "YAN"),
    ("TZU", "ZI"),
    ("HSUAN", "XUAN"),
    ("YA", "YA"),
    ("WEN", "WEN"),
    ("CHENG", "CHENG"),
    ("CHIEH", "JIE"),
    ("HUNG", "HONG"),
    ("HSIANG", "XIANG"),
    ("JUNG", "RONG"),
    ("AN", "AN"),
    ("YUN", "YUN"),
    ("CHEN", "ZHEN"),
    ("LUNG", "LONG"),
    ("TE", "DE"),
    ("SHENG", "SHENG"),
]


def _words(text: str) -> list[str]:
    return text.split()


_NICKNAMES = _words(
    "Amy Kevin Jason Vivian Eric Cindy Jessica Allen Tina Peggy Ray Sandy Ivy Jerry "
    "Grace Leo Winnie Alice Ken Joyce Vincent Irene Wendy Sean"
)

_ID_NAMES_VN_F = ["THI HOA", "THI LAN", "THI THU HUONG", "THI MAI", "THI NGOC ANH", "THI HANG"]
_ID_NAMES_VN_M = ["VAN MINH", "VAN HUNG", "DUC THANH", "VAN TUAN", "QUOC BAO", "VAN LONG"]
_VN_SURNAMES = ["NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "VU", "DANG", "BUI", "DO", "NGO"]
_VN_ZH_SURNAMES = list("阮黎陳范武潘裴鄧吳杜")
_VN_ZH_GIVEN = [
    "秋香",
    "玉蘭",
    "梅",
    "紅絨",
    "清",
    "翠",
    "美玲",
    "好",
    "金鳳",
    "春",
    "雪",
    "玉英",
    "青竹",
    "垂",
    "秋恆",
    "芳",
]
_ID_FIRST = _words(
    "Siti Dewi Sri Nur Rina Wulan Ayu Agus Budi Slamet Eko Joko Rudi Yuli Ratna Indah "
    "Wahyu Dian Fitri"
)
_ID_LAST = _words(
    "Aminah Rahayu Wahyuni Susanti Handayani Setiawan Santoso Pratama Kurniawan Hidayat "
    "Saputra Lestari Nurhayati Suryani Maulana"
)
_ID_MONONYM = ["SUPRIYADI", "MULYONO", "SUTRISNO", "WARSITO", "SUMARNI", "PONIMAN"]
_PH_FIRST = [
    "Maria Cristina",
    "Mary Grace",
    "Jose",
    "Juan",
    "Mark Anthony",
    "Rowena",
    "Jericho",
    "Lovely Joy",
    "Ramon",
    "Analyn",
]
_PH_LAST = [
    "Santos",
    "Reyes",
    "Dela Cruz",
    "Bautista",
    "Villanueva",
    "Mendoza",
    "Garcia",
    "Ramos",
    "Aquino",
    "Pascual",
]
_TH_FIRST = ["Somchai", "Anong", "Prasert", "Kanya", "Sombat", "Malee", "Niran", "Siriporn"]
_TH_LAST = ["Boonmee", "Srisuk", "Wongsa", "Chaiyaporn", "Thongdee", "Rattanakorn", "Kaewmanee"]
_JP_LAST = [
    ("Tanaka", "田中"),
    ("Sato", "佐藤"),
    ("Yamamoto", "山本"),
    ("Suzuki", "鈴木"),
    ("Takahashi", "高橋"),
    ("Nakamura", "中村"),
    ("Kobayashi", "小林"),
]
_JP_FIRST = [
    ("Yuki", "由紀"),
    ("Haruka", "遙"),
    ("Kenji", "健二"),
    ("Miho", "美穗"),
    ("Kenta", "健太"),
    ("Takumi", "拓海"),
    ("Aoi", "葵"),
]
_WEST_FIRST = [
    "Michael",
    "Sarah",
    "Jean-Pierre",
    "Anna",
    "David",
    "Emily",
    "Lukas",
    "Olivia",
    "Thomas",
    "Rachel",
    "Daniel",
    "Sophie",
]
_WEST_LAST = [
    "Anderson",
    "O'Neill",
    "Dubois",
    "Müller",
    "Kowalski",
    "Clarke",
    "Becker",
    "Martin",
    "Goldberg",
    "Schmidt",
    "Rossi",
    "Walker",
]
_INDIG_GIVEN = [
    "瓦旦",
    "尤幹",
    "比令",
    "拉娃",
    "巴奈",
    "伊婉",
    "達利",
    "馬賴",
    "吉娃斯",
    "烏杜夫",
    "撒韻",
    "阿洛",
]
_INDIG_FATHER = ["達道", "諾幹", "哈勇", "尤命", "馬紹", "瓦歷斯", "塔喜", "比浩", "尤道", "巴萬"]
_INDIG_LATIN_G = ["Watan", "Yukan", "Piling", "Lawa", "Panay", "Iwan", "Dali", "Malay", "Ciwas"]
_INDIG_LATIN_F = ["Tanga", "Nokan", "Hayung", "Yumin", "Masaw", "Walis", "Tasi", "Pihaw"]


def _weighted_surname(rng: random.Random) -> str:
    return rng.choices(list(_SURNAMES), weights=list(_SURNAMES.values()))[0]


@dataclass(frozen=True)
class _V:
    """A labelled value to place in a text (entity None: plain text)."""

    text: str
    entity: str | None = None
    known: bool = False


def _key(name: str) -> str:
    """How a name is compared with the known list: NFKC, no spaces, case-folded."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name)).casefold()


class _Names:
    """Makes person names; a pool of them is the known list (a dataset's name column)."""

    KINDS = ("zh", "zh", "zh", "zh", "zh", "zh", "roman", "nick", "foreign", "vn_zh", "indig")
    # Kinds asked for by genres that need a particular cohort or nationality.
    POOL_KINDS = (*KINDS, "zh_old", "vn", "indo", "ph")

    def __init__(self, rng: random.Random, pool_size: int = 900) -> None:
        self.rng = rng
        self.pool: dict[str, list[str]] = {}
        self.known: list[str] = []
        keys: set[str] = set()
        for i in range(pool_size):
            kind = self.POOL_KINDS[i % len(self.POOL_KINDS)]
            name = self.fresh(kind)
            if _key(name) in keys:
                continue
            keys.add(_key(name))
            self.pool.setdefault(kind, []).append(name)
            self.known.append(name)
        self.known_keys = keys
        rng.shuffle(self.known)

    # -- fresh names -------------------------------------------------------------------------
    def zh(self, cohort: str | None = None, female: bool | None = None) -> str:
        rng = self.rng
        cohort = cohort or rng.choice(("old", "mid", "mid", "young", "young", "kid"))
        female = rng.random() < 0.5 if female is None else female
        surname = _weighted_surname(rng)
        if rng.random() < 0.05 and len(surname) == 1:
            return surname + rng.choice(_SINGLE_GIVEN)
        if rng.random() < 0.25:  # recombine the characters of two names of the cohort
            a, b = rng.sample(_GIVEN_LISTS[(cohort, female)], 2)
            return surname + a[0] + b[-1]
        return surname + rng.choice(_GIVEN_LISTS[(cohort, female)])

    def roman(self) -> str:
        """A Taiwanese name in one of the romanisations people actually write."""
        rng = self.rng
        wg, py = rng.choice(_SURNAME_ROMAN)
        s1, s2 = rng.sample(_SYLLABLES, 2)
        style = rng.randrange(7)
        if style == 0:  # passport
            return f"{wg}, {s1[0]}-{s2[0]}"
        if style == 1:
            return f"{s1[0].title()}-{s2[0].lower()} {wg.title()}"
        if style == 2:
            return f"{wg.title()} {s1[0].title()}-{s2[0].lower()}"
        if style == 3:  # Hanyu Pinyin, given name first
            return f"{(s1[1] + s2[1]).title()} {py.title()}"
        if style == 4:
            return f"{py.title()} {(s1[1] + s2[1]).title()}"
        if style == 5:
            return f"{wg} {s1[0].title()} {s2[0].title()}"
        return f"{s1[0].title()}-{s2[0].title()} {wg}"

    def zh_old(self) -> str:
        return self.zh("old")

    def vn(self) -> str:
        given = self.rng.choice(_ID_NAMES_VN_F + _ID_NAMES_VN_M)
        return f"{self.rng.choice(_VN_SURNAMES)} {given}"

    def indo(self) -> str:
        if self.rng.random() < 0.2:
            return self.rng.choice(_ID_MONONYM)
        return f"{self.rng.choice(_ID_FIRST)} {self.rng.choice(_ID_LAST)}"

    def ph(self) -> str:
        last, first = self.rng.choice(_PH_LAST), self.rng.choice(_PH_FIRST)
        return f"{last.upper()}, {first.upper()}" if self.rng.random() < 0.4 else f"{first} {last}"

    def nick(self) -> str:
        wg = self.rng.choice(_SURNAME_ROMAN)[0].title()
        return f"{self.rng.choice(_NICKNAMES)} {wg}"

    def foreign(self) -> str:
        rng = self.rng
        k = rng.randrange(7)
        if k in (0, 1):
            return self.vn()
        if k == 2:
            return self.indo()
        if k == 3:
            return self.ph()
        if k == 4:
            return f"{rng.choice(_TH_FIRST)} {rng.choice(_TH_LAST)}"
        if k == 5:
            (last, last_zh), (first, first_zh) = rng.choice(_JP_LAST), rng.choice(_JP_FIRST)
            return last_zh + first_zh if rng.random() < 0.4 else f"{last} {first}"
        return f"{rng.choice(_WEST_FIRST)} {rng.choice(_WEST_LAST)}"

    def vn_zh(self) -> str:
        return self.rng.choice(_VN_ZH_SURNAMES) + "氏" + self.rng.choice(_VN_ZH_GIVEN)

    def indig(self) -> str:
        rng = self.rng
        if rng.random() < 0.6:
            return (
                rng.choice(_INDIG_GIVEN) + rng.choice(("．", "·", "・")) + rng.choice(_INDIG_FATHER)
            )
        return f"{rng.choice(_INDIG_LATIN_G)} {rng.choice(_INDIG_LATIN_F)}"

    def fresh(self, kind: str) -> str:
        return getattr(self, kind)()

    # -- mentions ----------------------------------------------------------------------------
    def person(self, kind: str | None = None, known: bool | None = None) -> _V:
        """A PERSON value, known (drawn from the list) or not, about half and half."""
        rng = self.rng
        kind = kind or rng.choice(self.KINDS)
        known = rng.random() < 0.5 if known is None else known
        if known and self.pool.get(kind):
            return _V(rng.choice(self.pool[kind]), "PERSON", True)
        for _ in range(50):
            name = self.fresh(kind)
            if _key(name) not in self.known_keys:
                return _V(name, "PERSON", False)
        return _V(self.zh() + rng.choice(_SINGLE_GIVEN), "PERSON", False)


def _spaced(rng: random.Random, v: _V) -> _V:
    """Sometimes write a Chinese name with a space inside (王　小明), as hand-typed forms do."""
    t = v.text
    if len(t) == 3 and all("\u4e00" <= ch <= "\u9fff" for ch in t) and rng.random() < 0.07:
        sep = rng.choice(("　", " ", "　"))
        return _V(t[0] + sep + t[1:], v.entity, v.known)
    return v


# --------------------------------------------------------------------------------------------
# Value makers

_FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-/.()@+#:"}
_ZH_DIGITS = "〇一二三四五六七八九"


def _fullwidth(s: str) -> str:
    return "".join(_FW.get(c, c) for c in s)


def _zh_num(n: int) -> str:
    """Chinese numerals as dates are written (七十五, 一百零五, 一百一十二)."""
    if n < 10:
        return _ZH_DIGITS[n]
    if n < 20:
        return "十" + (_ZH_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _ZH_DIGITS[n // 10] + "十" + (_ZH_DIGITS[n % 10] if n % 10 else "")
    rest = n - 100
    if rest == 0:
        return "一百"
    if rest < 10:
        return "一百零" + _ZH_DIGITS[rest]
    return "一百" + (_ZH_DIGITS[rest // 10] + "十" + (_ZH_DIGITS[rest % 10] if rest % 10 else ""))


def date_text(rng: random.Random, y: int, m: int, d: int) -> str:
    """A Gregorian date written in one of the forms seen in agency text (mostly ROC)."""
    roc = y - 1911
    forms = [
        f"民國{roc}年{m}月{d}日", f"{roc}年{m}月{d}日", f"{roc}年{m:02d}月{d:02d}日",
        f"{roc:03d}/{m:02d}/{d:02d}", f"{roc}/{m}/{d}", f"{roc}.{m:02d}.{d:02d}",
        f"{roc:03d}{m:02d}{d:02d}", f"{roc}-{m:02d}-{d:02d}", f"{y}-{m:02d}-{d:02d}",
        f"{y}/{m}/{d}", f"{y}年{m}月{d}日", f"民國{_zh_num(roc)}年{_zh_num(m)}月{_zh_num(d)}日",
        _fullwidth(f"{roc:03d}/{m:02d}/{d:02d}"), f"民國{roc}.{m}.{d}", f"{y}.{m:02d}.{d:02d}",
    ]  # fmt: skip
    return rng.choice(forms)


def _rand_date(rng: random.Random, y0: int, y1: int) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


# ID first letters weighted by the population of the household-registration offices.
_ID_LETTERS = "AAAAFFFFFFHHHBBBBBEEEEDDDDTNNKPMQVIUGCOZWX"


def national_id(rng: random.Random, female: bool | None = None) -> str:
    letter = rng.choice(_ID_LETTERS)
    sex = ("2" if female else "1") if female is not None else rng.choice("12")
    body = sex + "".join(rng.choice("0123456789") for _ in range(7))
    return letter + body + id_check_digit(letter, body)


def resident_cert(rng: random.Random) -> str:
    letter = rng.choice("AAFFHBBEDT")
    tail7 = "".join(rng.choice("0123456789") for _ in range(7))
    if rng.random() < 0.6:  # new form since 2021
        second = rng.choice("89")
        body = second + tail7
        return letter + body + id_check_digit(letter, body)
    second = rng.choice("ABCD")
    body = str(LETTER_CODES[second] % 10) + tail7
    return letter + second + tail7 + id_check_digit(letter, body)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


_MOBILE_PREFIXES = [f"09{i:02d}" for i in (*range(10, 40), *range(52, 90))]
# (area code, local length, possible first digits)
_LANDLINES = [
    ("02", 8, "2345678"), ("03", 7, "34589"), ("037", 6, "2345678"), ("04", 8, "2"),
    ("04", 7, "78"), ("049", 7, "2"), ("05", 7, "2567"), ("06", 7, "2569"), ("07", 7, "35678"),
    ("08", 7, "78"), ("089", 6, "3"), ("082", 6, "3"),
]  # fmt: skip


def phone_number(rng: random.Random, mobile: bool | None = None) -> str:
    """A valid (libphonenumber) TW number in one of the ways people write it."""
    mobile = rng.random() < 0.65 if mobile is None else mobile
    for _ in range(50):
        if mobile:
            num = rng.choice(_MOBILE_PREFIXES) + _digits(rng, 6)
        else:
            area, n, first = rng.choice(_LANDLINES)
            num = area + rng.choice(first) + _digits(rng, n - 1)
        if phone.is_valid(num):
            break
    else:
        num = "0912" + _digits(rng, 6)
        mobile = True
    if mobile:
        a, b, c = num[:4], num[4:7], num[7:]
        forms = [f"{a}-{b}-{c}", num, f"{a} {b} {c}", f"{a}-{b}{c}", f"+886 {a[1:]} {b} {c}",
                 f"+886-{a[1:]}-{b}-{c}", f"+886{num[1:]}", f"09-{num[2:6]}-{num[6:]}",
                 _fullwidth(f"{a}-{b}-{c}"), f"{a}.{b}.{c}"]  # fmt: skip
        return rng.choice(forms)
    area = next(a for a in ("0836", "037", "049", "089", "082", "02", "03", "04", "05", "06",
                            "07", "08") if num.startswith(a))  # fmt: skip
    local = num[len(area) :]
    half = len(local) - 4
    forms = [f"({area}){local[:half]}-{local[half:]}", f"{area}-{local[:half]}-{local[half:]}",
             f"{area}-{local}", f"{area} {local[:half]} {local[half:]}", num,
             f"+886-{area[1:]}-{local[:half]}-{local[half:]}",
             _fullwidth(f"({area}){local[:half]}-{local[half:]}")]  # fmt: skip
    return rng.choice(forms)


_EMAIL_DOMAINS = (
    ["gmail.com"] * 6
    + ["yahoo.com.tw"] * 3
    + [
        "hotmail.com",
        "outlook.com",
        "ms25.hinet.net",
        "ms45.hinet.net",
        "seed.net.tw",
        "icloud.com",
        "kimo.com",
        "mail2000.com.tw",
        "livemail.tw",
        "gms.ndhu.edu.tw",
        "mail.ncku.edu.tw",
        "go.thu.edu.tw",
    ]
)


def email_for(rng: random.Random, name: str | None = None) -> str:
    """A personal mailbox, often derived from the owner's romanised name."""
    wg, py = rng.choice(_SURNAME_ROMAN)
    s1, s2 = rng.sample(_SYLLABLES, 2)
    if name and re.fullmatch(r"[A-Za-z ,.'-]+", name):
        base = re.sub(r"[^a-z]+", ".", name.lower()).strip(".")
    else:
        base = rng.choice([
            f"{wg.lower()}.{s1[0].lower()}{s2[0].lower()}", f"{s1[1].lower()}{s2[1].lower()}",
            f"{py.lower()}{rng.randint(1, 99)}",
            f"{s1[0][0].lower()}{s2[0][0].lower()}{wg.lower()}",
            f"{rng.choice(_NICKNAMES).lower()}_{wg.lower()}", f"s{_digits(rng, 7)}",
            f"{rng.choice(_NICKNAMES).lower()}{rng.randint(1970, 2010)}",
            f"{wg.lower()}-{py.lower()}{_digits(rng, 3)}",
        ])  # fmt: skip
    addr = f"{base}@{rng.choice(_EMAIL_DOMAINS)}"
    r = rng.random()
    if r < 0.04:
        return addr.upper()
    if r < 0.07:
        return addr.replace("@", "＠")
    if r < 0.09:
        return addr.replace("@", " [at] ")
    return addr


# Real county / district / road combinations with their postal codes.
_PLACES: list[tuple[str, str, str, list[str]]] = [
    ("臺北市", "大安區", "106", ["復興南路一段", "和平東路二段", "信義路四段", "敦化南路二段"]),
    ("臺北市", "中山區", "104", ["林森北路", "南京東路二段", "民權東路一段"]),
    ("臺北市", "士林區", "111", ["中正路", "文林路", "承德路四段"]),
    ("臺北市", "北投區", "112", ["石牌路二段", "光明路", "中和街"]),
    ("臺北市", "文山區", "116", ["木柵路三段", "興隆路二段", "羅斯福路六段"]),
    ("臺北市", "萬華區", "108", ["西園路一段", "萬大路", "康定路"]),
    ("新北市", "板橋區", "220", ["文化路一段", "中山路二段", "四川路二段"]),
    ("新北市", "三重區", "241", ["重新路三段", "三和路四段"]),
    ("新北市", "新莊區", "242", ["中正路", "思源路"]),
    ("新北市", "中和區", "235", ["景平路", "中和路", "連城路"]),
    ("新北市", "永和區", "234", ["永和路二段", "竹林路"]),
    ("新北市", "淡水區", "251", ["中山北路一段", "英專路"]),
    ("新北市", "汐止區", "221", ["大同路二段", "康寧街"]),
    ("桃園市", "桃園區", "330", ["中正路", "復興路", "民生路"]),
    ("桃園市", "中壢區", "320", ["中央西路二段", "中華路二段", "環北路"]),
    ("桃園市", "平鎮區", "324", ["環南路", "延平路二段"]),
    ("桃園市", "龜山區", "333", ["萬壽路二段", "文化一路"]),
    ("桃園市", "八德區", "334", ["介壽路一段"]),
    ("臺中市", "西屯區", "407", ["台灣大道三段", "河南路二段", "福科路"]),
    ("臺中市", "北屯區", "406", ["崇德路二段", "文心路四段", "太原路三段"]),
    ("臺中市", "豐原區", "420", ["中正路", "圓環東路"]),
    ("臺中市", "大里區", "412", ["中興路二段", "國光路一段"]),
    ("臺中市", "沙鹿區", "433", ["中山路", "英才路"]),
    ("臺南市", "東區", "701", ["東門路二段", "裕農路", "長榮路一段"]),
    ("臺南市", "永康區", "710", ["中華路", "中正南路"]),
    ("臺南市", "新營區", "730", ["中山路", "民治路"]),
    ("臺南市", "安南區", "709", ["安和路三段", "海佃路一段"]),
    ("高雄市", "苓雅區", "802", ["四維三路", "三多一路", "中正一路"]),
    ("高雄市", "三民區", "807", ["建工路", "九如一路", "大昌二路"]),
    ("高雄市", "鳳山區", "830", ["光復路二段", "青年路二段", "五甲二路"]),
    ("高雄市", "左營區", "813", ["博愛二路", "自由二路"]),
    ("高雄市", "岡山區", "820", ["岡山路", "介壽路"]),
    ("高雄市", "旗山區", "842", ["中山路", "延平一路"]),
    ("基隆市", "仁愛區", "200", ["愛三路", "仁一路"]),
    ("基隆市", "七堵區", "206", ["明德一路"]),
    ("新竹市", "東區", "300", ["光復路二段", "建中路"]),
    ("新竹縣", "竹北市", "302", ["光明六路", "縣政二路"]),
    ("新竹縣", "竹東鎮", "310", ["長春路三段", "東林路"]),
    ("苗栗縣", "苗栗市", "360", ["中正路", "為公路"]),
    ("苗栗縣", "頭份市", "351", ["中華路", "信義路"]),
    ("苗栗縣", "竹南鎮", "350", ["光復路"]),
    ("彰化縣", "彰化市", "500", ["中山路二段", "旭光路"]),
    ("彰化縣", "員林市", "510", ["中山路二段", "三民街"]),
    ("彰化縣", "鹿港鎮", "505", ["中山路", "民族路"]),
    ("彰化縣", "和美鎮", "508", ["彰美路六段"]),
    ("南投縣", "南投市", "540", ["中興路", "彰南路一段"]),
    ("南投縣", "埔里鎮", "545", ["中山路二段", "西安路一段"]),
    ("南投縣", "草屯鎮", "542", ["中正路"]),
    ("雲林縣", "斗六市", "640", ["大學路一段", "中山路"]),
    ("雲林縣", "虎尾鎮", "632", ["林森路一段"]),
    ("雲林縣", "北港鎮", "651", ["文化路"]),
    ("嘉義市", "西區", "600", ["友愛路", "北港路"]),
    ("嘉義縣", "朴子市", "613", ["山通路", "開元路"]),
    ("嘉義縣", "民雄鄉", "621", ["中正路"]),
    ("屏東縣", "屏東市", "900", ["自由路", "民生路", "廣東路"]),
    ("屏東縣", "潮州鎮", "920", ["新生路"]),
    ("屏東縣", "東港鎮", "928", ["中正路一段"]),
    ("屏東縣", "恆春鎮", "946", ["恆南路"]),
    ("宜蘭縣", "宜蘭市", "260", ["中山路三段", "神農路二段"]),
    ("宜蘭縣", "羅東鎮", "265", ["純精路一段", "公正路"]),
    ("宜蘭縣", "礁溪鄉", "262", ["礁溪路五段"]),
    ("花蓮縣", "花蓮市", "970", ["中山路", "中華路", "林森路"]),
    ("花蓮縣", "吉安鄉", "973", ["中央路二段", "吉安路一段"]),
    ("花蓮縣", "玉里鎮", "981", ["中山路二段"]),
    ("臺東縣", "臺東市", "950", ["中華路一段", "更生路", "四維路三段"]),
    ("臺東縣", "池上鄉", "958", ["中山路"]),
    ("澎湖縣", "馬公市", "880", ["中正路", "光復路", "三多路"]),
    ("金門縣", "金城鎮", "893", ["民生路", "珠浦北路"]),
]
_VILLAGES = [
    "中正里",
    "民生里",
    "復興里",
    "仁愛里",
    "大同里",
    "光明里",
    "新興村",
    "長安里",
    "福德里",
    "中興村",
]


@dataclass(frozen=True)
class _Place:
    county: str
    district: str
    zipcode: str
    road: str


def _place(rng: random.Random) -> _Place:
    county, district, zipcode, roads = rng.choice(_PLACES)
    return _Place(county, district, zipcode, rng.choice(roads))


def address(rng: random.Random) -> str:
    """A residential address: with or without county, zip, 里/鄰, lanes, floors, widths."""
    p = _place(rng)
    county = p.county
    if rng.random() < 0.35:
        county = county.replace("臺", "台")
    head = ""
    r = rng.random()
    if r < 0.15:
        head = p.zipcode if rng.random() < 0.6 else p.zipcode + _digits(rng, 2)
        head += rng.choice(("", " "))
    parts = [county + p.district] if r < 0.75 else [p.district]
    if rng.random() < 0.15:
        parts.append(rng.choice(_VILLAGES) + f"{rng.randint(1, 30)}鄰")
    road = p.road
    if rng.random() < 0.35:
        road += f"{rng.randint(2, 480)}巷"
        if rng.random() < 0.35:
            road += f"{rng.randint(1, 30)}弄"
    num = rng.randint(1, 520)
    road += f"{num}號" if rng.random() < 0.9 else f"{num}之{rng.randint(1, 5)}號"
    if rng.random() < 0.5:
        road += f"{rng.randint(2, 15)}樓"
        if rng.random() < 0.3:
            road += f"之{rng.randint(1, 6)}"
    parts.append(road)
    text = head + "".join(parts)
    if rng.random() < 0.08:
        text = "".join(_FW.get(c, c) for c in text)
    if rng.random() < 0.05:
        text = text.replace("臺北市", "北市").replace("台北市", "北市")
    return text


def nhi_card(rng: random.Random) -> str:
    num = "0000" + _digits(rng, 8)
    return rng.choice(
        [num, f"{num[:4]} {num[4:8]} {num[8:]}", f"{num[:4]}-{num[4:8]}-{num[8:]}", _fullwidth(num)]
    )


def passport(rng: random.Random, nationality: str = "TW") -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if nationality == "TW":
        return rng.choice("3") + _digits(rng, 8)
    if nationality == "ID":
        return rng.choice("ABCEX") + _digits(rng, 7)
    if nationality == "PH":
        return "P" + _digits(rng, 7) + rng.choice(up)
    if nationality == "VN":
        return rng.choice("BCN") + _digits(rng, 7)
    if nationality == "TH":
        return rng.choice(up) + rng.choice(up) + _digits(rng, 7)
    if nationality == "JP":
        return rng.choice(("TR", "TK", "MZ", "TZ")) + _digits(rng, 7)
    return _digits(rng, 9)


def credit_card(rng: random.Random) -> str:
    for _ in range(100):
        prefix = rng.choice(("4", "4", "5", "35", "62", "37"))
        length = 15 if prefix == "37" else 16
        body = prefix + _digits(rng, length - len(prefix) - 1)
        for d in "0123456789":
            if creditcard.is_valid(body + d):
                num = body + d
                break
        else:
            continue
        if length == 15:
            return rng.choice([num, f"{num[:4]} {num[4:10]} {num[10:]}"])
        g = [num[i : i + 4] for i in range(0, 16, 4)]
        return rng.choice([" ".join(g), "-".join(g), num, _fullwidth("-".join(g))])
    raise AssertionError("no card number found")


def ban_number(rng: random.Random) -> str:
    while True:
        num = _digits(rng, 8)
        if ban.is_valid(num):
            return num


# --------------------------------------------------------------------------------------------
# Document builder


class _Doc:
    """Builds a text from plain strings and labelled values, recording spans as it goes."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []

    def add(self, item: str | _V) -> None:
        if isinstance(item, _V):
            if item.entity:
                self.spans.append((self.length, self.length + len(item.text), item.entity))
                if item.entity == "PERSON":
                    self.known.append(item.known)
            item = item.text
        self.parts.append(item)
        self.length += len(item)

    def f(self, template: str, csv: bool = False, **values: str | _V) -> None:
        """Append ``template`` with ``{field}`` placeholders filled from ``values``.

        ``csv``: quote values holding a comma (``"WANG, HSIAO-MING"``, ``"30,000元"``) as a
        CSV writer would; the span stays on the value inside the quotes.
        """
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", template):
            self.add(template[pos : m.start()])
            value = values[m.group(1)]
            quote = csv and "," in (value.text if isinstance(value, _V) else value)
            self.add('"' if quote else "")
            self.add(value)
            self.add('"' if quote else "")
            pos = m.end()
        self.add(template[pos:])

    def csv(self, template: str, **values: str | _V) -> None:
        """:meth:`f` for a CSV row."""
        self.f(template, csv=True, **values)

    def sample(self, hard_negative: bool = False) -> Sample:
        return Sample("".join(self.parts), list(self.spans), hard_negative, list(self.known))


class _Ctx:
    """The random source plus value makers returning labelled values."""

    def __init__(self, rng: random.Random, names: _Names) -> None:
        self.rng = rng
        self.names = names

    def p(self, kind: str | None = None) -> _V:
        v = self.names.person(kind)
        return _spaced(self.rng, v)

    def pz(self) -> _V:
        """A person mostly written in Chinese (the usual case in these files)."""
        kind = self.rng.choice(("zh",) * 8 + ("indig", "vn_zh", "roman"))
        return self.p(kind)

    def tid(self, female: bool | None = None) -> _V:
        v = national_id(self.rng, female)
        r = self.rng.random()
        if r < 0.07:
            v = _fullwidth(v)
        elif r < 0.1:
            v = v.lower() if self.rng.random() < 0.5 else f"{v[0]} {v[1:5]} {v[5:]}"
        return _V(v, "TW_NATIONAL_ID")

    def arc(self) -> _V:
        v = resident_cert(self.rng)
        return _V(_fullwidth(v) if self.rng.random() < 0.06 else v, "TW_RESIDENT_CERT")

    def tel(self, mobile: bool | None = None) -> _V:
        return _V(phone_number(self.rng, mobile), "PHONE")

    def mail(self, owner: _V | None = None) -> _V:
        name = owner.text if owner is not None and self.rng.random() < 0.5 else None
        return _V(email_for(self.rng, name), "EMAIL")

    def addr(self) -> _V:
        return _V(address(self.rng), "ADDRESS")

    def bd(self, y0: int = 1940, y1: int = 2006) -> _V:
        return _V(date_text(self.rng, *_rand_date(self.rng, y0, y1)), "BIRTH_DATE")

    def ed(self, y0: int = 2021, y1: int = 2025) -> str:
        """An event date (not personal data): left unlabelled."""
        return date_text(self.rng, *_rand_date(self.rng, y0, y1))

    def ed_pair(self) -> tuple[str, str]:
        """A start and an end date of a period (same written form for both, as people do)."""
        y, m, day = _rand_date(self.rng, 2021, 2025)
        seed = self.rng.random()
        first = date_text(random.Random(seed), y, m, day)
        y2, m2 = (y, m + 1) if m < 12 else (y + 1, 1)
        return first, date_text(random.Random(seed), y2, m2, self.rng.randint(1, 28))

    def nhi(self) -> _V:
        return _V(nhi_card(self.rng), "TW_NHI_CARD")

    def pp(self, nationality: str = "TW") -> _V:
        return _V(passport(self.rng, nationality), "PASSPORT")

    def cc(self) -> _V:
        return _V(credit_card(self.rng), "CREDIT_CARD")

    def c(self, *options: str) -> str:
        return self.rng.choice(options)

    def n(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def money(self) -> str:
        v = self.rng.choice((1200, 3000, 3772, 4049, 5000, 8836, 15000, 30000, 50000, 120000))
        return self.c(f"新臺幣{v:,}元", f"{v:,}元", f"NT${v:,}", f"{v}元")

    def doc_no(self) -> str:
        org = self.c("府農務", "北市工水", "中市社救", "高市勞就", "南市消", "竹縣工", "彰府地",
                     "花府社", "投府建", "雲府勞")  # fmt: skip
        return f"{org}字第{self.n(110, 114)}{_digits(self.rng, 7)}號"

    def road(self) -> str:
        return _place(self.rng).road


# --------------------------------------------------------------------------------------------
# Genres: each writes one positive text into ``d``.


def _bill_dispute(c: _Ctx, d: _Doc) -> None:
    """Water / electricity bill disputes (台電、自來水 customer service records)."""
    who = c.pz()
    acc = f"{c.n(1, 18):02d}-{c.n(10, 99)}-{_digits(c.rng, 4)}-{c.n(10, 99)}-{c.n(1, 9)}"
    k = c.n(0, 3)
    if k == 0:
        d.f(
            "電號{acc}用戶{who}反映{m}月帳單度數異常，較上期多出{kwh}度，請求重新抄表。"
            "聯絡電話{tel}，送達地址{addr}。",
            acc=acc,
            who=who,
            m=str(c.n(1, 12)),
            kwh=str(c.n(120, 900)),
            tel=c.tel(),
            addr=c.addr(),
        )
    elif k == 1:
        d.f(
            "水號：{acc}\n用戶名稱：{who}\n身分證字號：{id}\n用水地址：{addr}\n"
            "爭議內容：疑似漏水致水費{amt}，申請減免。\n手機：{tel}\n代繳信用卡：{cc}\n",
            acc=acc,
            who=who,
            id=c.tid(),
            addr=c.addr(),
            amt=c.money(),
            tel=c.tel(True),
            cc=c.cc(),
        )
    elif k == 2:
        d.f(
            "來電者{who}表示房東{owner}未依實際度數分攤電費，已建議向消保官申訴；"
            "來電者電話 {tel}，E-mail：{mail}。",
            who=who,
            owner=c.pz(),
            tel=c.tel(),
            mail=c.mail(who),
        )
    else:
        d.csv(
            "{who},{acc},{addr},{tel},欠費{amt},{date}停電通知已寄出\n",
            who=who,
            acc=acc,
            addr=c.addr(),
            tel=c.tel(),
            amt=c.money(),
            date=c.ed(),
        )


def _funeral(c: _Ctx, d: _Doc) -> None:
    """喪葬補助 files (亡者、申請人)."""
    dead, app = c.p(c.c("zh_old", "zh_old", "zh_old", "zh", "indig")), c.pz()
    k = c.n(0, 3)
    if k == 0:
        d.f(
            "亡者姓名：{dead}　出生日期：{bd}　死亡日期：{dd}\n亡者身分證統一編號：{id}\n"
            "申請人：{app}（{rel}）　聯絡電話：{tel}\n戶籍地址：{addr}\n"
            "核定喪葬補助{amt}，撥入申請人帳戶。",
            dead=dead,
            bd=c.bd(1925, 1960),
            dd=c.ed(),
            id=c.tid(),
            app=app,
            rel=c.c("長子", "長女", "配偶", "次子", "孫"),
            tel=c.tel(),
            addr=c.addr(),
            amt=c.money(),
        )
    elif k == 1:
        d.f(
            "查{dead}君（享壽{y}歲）於{dd}病故，其{rel}{app}檢具死亡證明書申請低收入戶"
            "喪葬補助，經審核符合規定。",
            dead=dead,
            y=str(c.n(60, 99)),
            dd=c.ed(),
            rel=c.c("女兒", "兒子", "配偶", "胞弟"),
            app=app,
        )
    elif k == 2:
        d.csv(
            "編號,亡者,亡者身分證,申請人,申請人電話,核定金額\n{no},{dead},{id},{app},{tel},{amt}\n",
            no=str(c.n(1, 300)),
            dead=dead,
            id=c.tid(),
            app=app,
            tel=c.tel(),
            amt=c.money(),
        )
    else:
        d.f(
            "{app}來所詢問其父{dead}喪葬補助進度，告知已於{dd}核撥；另提供手機{tel}及健保卡號"
            "{nhi}供核對。",
            app=app,
            dead=dead,
            dd=c.ed(),
            tel=c.tel(True),
            nhi=c.nhi(),
        )


def _pension(c: _Ctx, d: _Doc) -> None:
    """國民年金 correspondence."""
    who = c.pz()
    k = c.n(0, 3)
    if k == 0:
        d.f(
            "{who} 君 台鑒：\n台端（身分證號{id}）國民年金保險費自{p1}起未繳，請於{p2}前繳納，"
            "以免影響給付權益。\n寄送地址：{addr}\n",
            who=who,
            id=c.tid(),
            p1=c.ed(2019, 2023),
            p2=c.ed(2025, 2025),
            addr=c.addr(),
        )
        if c.rng.random() < 0.3:
            d.f("（台端申請之信用卡自動扣繳，卡號{cc}扣款失敗，請更新。）", cc=c.cc())
    elif k == 1:
        who = c.p("zh_old")
        d.f(
            "被保險人{who}，{bd}出生，申請老年年金給付，每月核給{amt}。"
            "聯絡電話：{tel}；臨櫃核對健保卡{nhi}。",
            who=who,
            bd=c.bd(1950, 1960),
            amt=c.money(),
            tel=c.tel(),
            nhi=c.nhi(),
        )
    elif k == 2:
        d.f(
            "您好，我是{who}，想詢問我媽媽{mom}的身心障礙年金為何停發？她的身分證是{id}，"
            "我的電話{tel}，email {mail}，謝謝。",
            who=who,
            mom=c.pz(),
            id=c.tid(True),
            tel=c.tel(),
            mail=c.mail(),
        )
    else:
        d.f(
            "主旨：檢送{who}（{id}）國民年金遺屬年金審核結果，請查照。\n"
            "說明：遺屬{heir}，出生日期{bd}，通訊處{addr}。",
            who=who,
            id=c.tid(),
            heir=c.pz(),
            bd=c.bd(1960, 2010),
            addr=c.addr(),
        )


def _youth_job(c: _Ctx, d: _Doc) -> None:
    """Youth-employment programme (青年就業旗艦計畫、就業領航) records."""
    who = c.p(c.c("zh", "zh", "zh", "nick", "roman", "indig"))
    k = c.n(0, 3)
    if k == 0:
        d.f(
            "學員姓名：{who}\n出生年月日：{bd}\n行動電話：{tel}\n電子郵件：{mail}\n"
            "媒合單位：{firm}（{job}），起薪{amt}。\n",
            who=who,
            bd=c.bd(1995, 2006),
            tel=c.tel(True),
            mail=c.mail(who),
            firm=c.c("新光紡織公司", "大同醫院", "台灣大哥大門市", "全聯福利中心"),
            job=c.c("儲備幹部", "門市人員", "行政助理", "資料標註員"),
            amt=c.money(),
        )
    elif k == 1:
        d.f(
            "{date} 訪視紀錄：個案{who}目前於{firm}試用中，雇主{boss}表示出勤穩定。個案手機{tel}。",
            date=c.ed(),
            who=who,
            firm=c.c("永豐餘", "寶雅", "家樂福"),
            boss=c.pz(),
            tel=c.tel(),
        )
    elif k == 2:
        d.f(
            "姓名\t身分證字號\t電話\t住址\n{who}\t{id}\t{tel}\t{addr}\n{w2}\t{id2}\t{t2}\t{a2}\n",
            who=who,
            id=c.tid(),
            tel=c.tel(),
            addr=c.addr(),
            w2=c.pz(),
            id2=c.tid(),
            t2=c.tel(),
            a2=c.addr(),
        )
    else:
        d.f(
            "Dear {who}, your application to the Youth Employment Programme has been "
            "received. We will call you at {tel} or write to {mail}.",
            who=who,
            tel=c.tel(),
            mail=c.mail(who),
        )


def _excavation(c: _Ctx, d: _Doc) -> None:
    """Road-excavation permits naming the contractor's site staff."""
    boss, staff = c.pz(), c.pz()
    firm = c.c("宏泰營造有限公司", "大新土木包工業", "中華電信", "欣泰石油氣公司", "台灣自來水公司")
    k = c.n(0, 2)
    d1, d2 = c.ed_pair()
    if k == 0:
        d.f(
            "挖掘許可證號：{no}\n申請單位：{firm}（統一編號{ban}）\n工地負責人：{boss}，手機{tel}\n"
            "施工地點：{road}與{road2}口\n施工期間：{d1}至{d2}\n",
            no=f"{c.n(113, 114)}-{_digits(c.rng, 5)}",
            firm=firm,
            ban=ban_number(c.rng),
            boss=boss,
            tel=c.tel(True),
            road=c.road(),
            road2=c.road(),
            d1=d1,
            d2=d2,
        )
    elif k == 1:
        d.f(
            "現場巡查發現{firm}未設置交通錐，經聯繫現場監工{staff}（{tel}）限期改善；"
            "職安人員{boss}亦到場說明。",
            firm=firm,
            staff=staff,
            tel=c.tel(),
            boss=boss,
        )
    else:
        d.f(
            "緊急搶修通報：{road}一段自來水管破裂，承商{firm}派員{staff}、{boss}前往，"
            "聯絡人{boss2} {tel}。",
            road=c.road(),
            firm=firm,
            staff=staff,
            boss=boss,
            boss2=boss,
            tel=c.tel(),
        )


def _lost_found(c: _Ctx, d: _Doc) -> None:
    """Lost-and-found logs (拾得物登記)."""
    finder, owner = c.pz(), c.p()
    k = c.n(0, 3)
    if k == 0:
        d.f(
            "拾得物：皮夾一只，內有身分證（{id}）、健保卡（卡號{nhi}）及信用卡一張（{cc}）。"
            "拾得人{finder}，電話{tel}。",
            id=c.tid(),
            nhi=c.nhi(),
            cc=c.cc(),
            finder=finder,
            tel=c.tel(),
        )
    elif k == 1:
        nat = c.c("ID", "PH", "VN", "TH", "JP", "US")
        d.f(
            "{date} 捷運站拾獲護照一本，護照號碼 {pp}，持有人 {owner}，已通知本人 {tel} 前來領取。",
            date=c.ed(),
            pp=c.pp(nat),
            owner=c.p("foreign"),
            tel=c.tel(),
        )
    elif k == 2:
        d.f(
            "登記編號|拾得日期|物品|拾得人|遺失人|領回\n{no}|{date}|{item}|{finder}|{owner}|"
            "已領回（{tel}）\n",
            no=f"L{c.n(113, 114)}{_digits(c.rng, 4)}",
            date=c.ed(),
            item=c.c("黑色背包", "iPhone 14", "雨傘", "悠遊卡"),
            finder=finder,
            owner=owner,
            tel=c.tel(),
        )
    else:
        d.f(
            "遺失人{owner}申報遺失居留證，證號{arc}，住{addr}，如有拾獲請聯絡{tel}。",
            owner=c.p(c.c("foreign", "vn_zh")),
            arc=c.arc(),
            addr=c.addr(),
            tel=c.tel(),
        )


def _firefighters(c: _Ctx, d: _Doc) -> None:
    """Volunteer-firefighter (義勇消防) rosters."""
    k = c.n(0, 2)
    if k == 0:
        d.add("分隊,職稱,姓名,身分證字號,出生日期,手機\n")
        for _ in range(c.n(2, 4)):
            d.csv(
                "{unit},{title},{who},{id},{bd},{tel}\n",
                unit=c.c("第一分隊", "溪湖分隊", "鹿港分隊", "大雅分隊"),
                title=c.c("隊員", "小隊長", "副分隊長"),
                who=c.pz(),
                id=c.tid(),
                bd=c.bd(1960, 2000),
                tel=c.tel(True),
            )
    elif k == 1:
        d.f(
            "義消{who}於{date}救災時右手扭傷，已送醫（健保卡號：{nhi}），住址{addr}，"
            "緊急聯絡人{em}（{tel}）。",
            who=c.pz(),
            date=c.ed(),
            nhi=c.nhi(),
            addr=c.addr(),
            em=c.pz(),
            tel=c.tel(),
        )
    else:
        d.f(
            "新進義消：{a}、{b}、{c2}，請於{date}前繳交體檢表。{a}的聯絡方式：{tel}",
            a=c.pz(),
            b=c.pz(),
            c2=c.pz(),
            date=c.ed(),
            tel=c.tel(),
        )


def _interpreter(c: _Ctx, d: _Doc) -> None:
    """Court-interpreter assignment lists (特約通譯)."""
    interp = c.p(c.c("foreign", "vn_zh", "zh", "foreign"))
    lang = c.c("越南語", "印尼語", "泰語", "菲律賓語（他加祿語）", "日語", "英語")
    k = c.n(0, 2)
    case = f"{c.n(110, 114)}年度{c.c('訴', '易', '簡', '偵')}字第{c.n(10, 2999)}號"
    if k == 0:
        d.f(
            "{case}，指定{lang}通譯{interp}（居留證號{arc}），於{date}到庭；聯絡電話{tel}，"
            "電子信箱{mail}。",
            case=case,
            lang=lang,
            interp=interp,
            arc=c.arc(),
            date=c.ed(),
            tel=c.tel(),
            mail=c.mail(interp),
        )
    elif k == 1:
        d.f(
            "通譯姓名 | 語言 | 電話 | Email\n{interp} | {lang} | {tel} | {mail}\n"
            "{i2} | 越南語 | {t2} | {m2}\n",
            interp=interp,
            lang=lang,
            tel=c.tel(),
            mail=c.mail(interp),
            i2=c.p("vn_zh"),
            t2=c.tel(),
            m2=c.mail(),
        )
    else:
        d.f(
            "被告{def_}（護照號碼：{pp}）不諳國語，由通譯{interp}傳譯。",
            def_=c.p("foreign"),
            pp=c.pp(c.c("ID", "VN", "PH", "TH")),
            interp=interp,
        )


def _driving(c: _Ctx, d: _Doc) -> None:
    """Driving-licence examination records (監理站)."""
    who = c.pz()
    k = c.n(0, 2)
    if k == 0:
        d.f(
            "應考人：{who}　身分證號：{id}　生日：{bd}\n考驗類別：普通小型車　筆試{s1}分　"
            "路考{res}\n體檢健保卡號：{nhi}\n",
            who=who,
            id=c.tid(),
            bd=c.bd(1955, 2007),
            s1=str(c.n(60, 100)),
            res=c.c("及格", "不及格（壓線）", "缺考"),
            nhi=c.nhi(),
        )
    elif k == 1:
        d.f(
            "{date}場次補考名單：{a}、{b}（{id}）、{cc}。未到考者請自行上網預約。",
            date=c.ed(),
            a=c.pz(),
            b=c.pz(),
            id=c.tid(),
            cc=c.pz(),
        )
    else:
        d.f(
            "外籍人士{who}持{nat}駕照申請換發，居留證{arc}，出生{bd}，電話{tel}。",
            who=c.p("foreign"),
            nat=c.c("日本", "美國", "德國", "菲律賓"),
            arc=c.arc(),
            bd=c.bd(1970, 2000),
            tel=c.tel(),
        )


def _crop_relief(c: _Ctx, d: _Doc) -> None:
    """Crop-damage relief applications by farmers (農業天然災害救助)."""
    farmer = c.p(c.c("zh_old", "zh_old", "zh", "zh", "indig", "vn_zh"))
    crop = c.c("文旦", "香蕉", "高麗菜", "水稻", "芭樂", "蓮霧", "鳳梨")
    k = c.n(0, 2)
    if k == 0:
        d.f(
            "申請人：{farmer}\n身分證字號：{id}\n出生日期：{bd}\n聯絡電話：{tel}\n"
            "通訊地址：{addr}\n受損作物：{crop}，面積{area}公頃，受損程度{pct}%。\n",
            farmer=farmer,
            id=c.tid(),
            bd=c.bd(1940, 1990),
            tel=c.tel(),
            addr=c.addr(),
            crop=crop,
            area=f"{c.n(1, 30) / 10:.1f}",
            pct=str(c.n(20, 100)),
        )
    elif k == 1:
        d.f(
            "{farmer}種植{crop}，因{event}受損，經鄉公所人員{staff}現場勘查屬實，"
            "另委託其子{son}代為申領。",
            farmer=farmer,
            crop=crop,
            event=c.c("豪雨", "凱米颱風", "低溫寒害"),
            staff=c.pz(),
            son=c.pz(),
        )
    else:
        d.csv(
            "序號,姓名,身分證號,地號,作物,救助金額\n{no},{farmer},{id},{lot},{crop},{amt}\n",
            no=str(c.n(1, 500)),
            farmer=farmer,
            id=c.tid(),
            lot=f"{c.c('大饒', '溪洲', '瑞穗')}段{c.n(1, 999)}地號",
            crop=crop,
            amt=c.money(),
        )


def _crew(c: _Ctx, d: _Doc) -> None:
    """Fishing-vessel crew lists (漁船船員名冊)."""
    d.f(
        "船名：{boat}　船長：{cap}（{id}）\n",
        boat=c.c("新興財12號", "金滿福368號", "順益發"),
        cap=c.p("zh"),
        id=c.tid(False),
    )
    d.add(c.c("姓名,國籍,護照號碼,居留證號,出生日期\n", "NAME,NATIONALITY,PASSPORT,ARC,DOB\n"))
    for _ in range(c.n(1, 3)):
        nat = c.c("ID", "PH", "VN")
        who = c.p({"ID": "indo", "PH": "ph", "VN": "vn"}[nat])
        d.csv(
            "{who},{nat},{pp},{arc},{bd}\n",
            who=who,
            nat={"ID": "印尼", "PH": "菲律賓", "VN": "越南"}[nat],
            pp=c.pp(nat),
            arc=c.arc(),
            bd=c.bd(1975, 2004),
        )


def _community_college(c: _Ctx, d: _Doc) -> None:
    """Community-college course rosters (社區大學)."""
    course = c.c("太極拳", "日語初級", "手機攝影", "烘焙入門", "台語文讀寫", "Python 入門")
    k = c.n(0, 2)
    if k == 0:
        d.f("課程：{course}（{code}）\n", course=course, code=f"C{c.n(113, 114)}-{c.n(1, 250):03d}")
        for i in range(c.n(2, 5)):
            who = c.pz()
            d.f("{i}. {who}　{tel}\n", i=str(i + 1), who=who, tel=c.tel())
    elif k == 1:
        d.f(
            "{who} 同學您好，您報名的「{course}」已額滿，已改列候補第{n}位。"
            "如需退費請回信至本信箱並附上您的聯絡電話。\n（學員留存電話：{tel}；信箱：{mail}）",
            who=c.pz(),
            course=course,
            n=str(c.n(1, 9)),
            tel=c.tel(),
            mail=c.mail(),
        )
    else:
        d.f(
            "講師{t}反映學員{s}連續缺課三週，已請班代{rep}協助聯繫（{tel}）。",
            t=c.pz(),
            s=c.pz(),
            rep=c.pz(),
            tel=c.tel(True),
        )


def _dorm(c: _Ctx, d: _Doc) -> None:
    """Dormitory check-in records."""
    who = c.p(c.c("zh", "zh", "foreign", "roman"))
    k = c.n(0, 2)
    if k == 0:
        d.f(
            "房號{room}　床位{bed}\n住宿生：{who}\n證號：{id}\n緊急聯絡人：{em}　電話：{tel}\n"
            "戶籍地：{addr}\n入住日：{date}\n",
            room=f"{c.c('A', 'B', 'C')}{c.n(101, 812)}",
            bed=c.c("1", "2", "3", "4"),
            who=who,
            id=c.tid() if c.rng.random() < 0.6 else c.arc(),
            em=c.pz(),
            tel=c.tel(),
            addr=c.addr(),
            date=c.ed(),
        )
    elif k == 1:
        d.f(
            "International student {who} (passport {pp}, DOB {bd}) checked in to room "
            "{room}; mobile {tel}.",
            who=c.p("foreign"),
            pp=c.pp(c.c("JP", "US", "TH", "ID")),
            bd=c.bd(1998, 2006),
            room=f"B{c.n(101, 812)}",
            tel=c.tel(True),
        )
        d.f(" Housing fee charged to card {cc}.", cc=c.cc())
    else:
        d.f(
            "舍監紀錄：{a} 與 {b} 因作息不同申請換房，{a} 改住{room}。",
            a=who,
            b=c.pz(),
            room=f"C{c.n(101, 812)}",
        )


def _library_reply(c: _Ctx, d: _Doc) -> None:
    """Public-library e-mail replies."""
    who = c.p(c.c("zh", "zh", "zh", "nick", "roman"))
    k = c.n(0, 2)
    if k == 0:
        d.f(
            "{who} 讀者您好：\n您預約的《{book}》已到館，請於{date}前至{branch}取書。\n"
            "（本信寄至 {mail}）",
            who=who,
            book=c.c("被討厭的勇氣", "原子習慣", "人類大歷史"),
            date=c.ed(),
            branch=c.c("總館", "北投分館", "三民分館"),
            mail=c.mail(who),
        )
    elif k == 1:
        d.f(
            "回覆：{who}先生/小姐，您反映借閱證遭他人冒用一事，本館已停用舊證並重新核發；"
            "請攜身分證（{id}）臨櫃辦理。",
            who=who,
            id=c.tid(),
        )
    else:
        d.f(
            "From: {mail}\nTo: 讀者服務\nSubject: 逾期罰款申覆\n\n我是{who}，電話{tel}，"
            "上週住院無法還書，懇請免除逾期費。若不能免除，請從信用卡{cc}扣款。",
            mail=c.mail(who),
            who=who,
            tel=c.tel(),
            cc=c.cc(),
        )


_GENRES = [_bill_dispute, _funeral, _pension, _youth_job, _excavation, _lost_found,
           _firefighters, _interpreter, _driving, _crop_relief, _crew, _community_college,
           _dorm, _library_reply]  # fmt: skip


# --------------------------------------------------------------------------------------------
# Hard negatives: the same genres without personal data.

_SURNAME_WORDS = ["林業", "陳列", "黃金", "張貼", "李子", "王國", "吳郭魚", "周邊", "許可", "曾經",
                  "高麗菜", "石門水庫", "江河", "施工", "方向", "洪水", "溫度", "簡報", "朱紅",
                  "胡椒", "沈澱", "梁柱", "顏色", "孫子", "戴口罩", "杜絕", "卓越", "董事",
                  "藍色", "古蹟", "紀錄", "連續", "程序", "湯匙", "田埂", "康復", "白米", "金額",
                  "童軍", "陸橋", "夏季", "柳丁", "任務", "甘藷", "官方", "萬元", "雷雨", "龍眼",
                  "麥田", "花生", "黃昏", "馬路", "游泳", "余額", "何時", "呂宋"]  # fmt: skip
_BRANDS = [
    "Microsoft Teams",
    "Google Forms",
    "LINE Pay",
    "Apple Pay",
    "Gogoro VIVA",
    "Uber Eats",
    "foodpanda",
    "Acer Aspire 5",
    "ASUS ZenBook",
    "Yamaha",
    "Toyota Altis",
    "Excel",
    "Outlook",
    "iPhone 15 Pro",
    "Samsung Galaxy A55",
    "Dyson V12",
]
_TITLES = [
    "承辦人",
    "課長",
    "村長",
    "里幹事",
    "隊長",
    "館員",
    "監理站站長",
    "營造廠工地主任",
    "書記官",
    "法官",
    "舍監",
    "講師",
    "輪機長",
    "船長",
    "農會推廣股長",
]


def _ean(rng: random.Random) -> str:
    """A 13-digit Taiwanese barcode (EAN-13) that is not also a card number."""
    while True:
        body = "471" + _digits(rng, 9)
        total = sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(body))
        code = body + str((10 - total % 10) % 10)
        if not creditcard.is_valid(code):
            return code


def _negative(c: _Ctx, d: _Doc) -> None:
    k = c.n(0, 16)
    w = c.c(*_SURNAME_WORDS)
    if k == 0:
        d.f(
            "{date}起{road}一段至二段實施管線挖掘，工期{days}日，請用路人改道。承商：{firm}"
            "（統一編號{ban}）。許可證號{no}。",
            date=c.ed(),
            road=c.road(),
            days=str(c.n(3, 60)),
            firm=c.c("宏泰營造有限公司", "大新土木包工業"),
            ban=ban_number(c.rng),
            no=f"{c.n(113, 114)}-{_digits(c.rng, 5)}",
        )
    elif k == 1:
        d.add("鄉鎮,申請件數,核定件數,救助金額(千元)\n")
        for town in c.rng.sample(["員林市", "溪湖鎮", "二林鎮", "麻豆區", "玉井區", "瑞穗鄉"], 3):
            d.csv(
                "{t},{a},{b},{m}\n",
                t=town,
                a=str(c.n(10, 900)),
                b=str(c.n(5, 800)),
                m=f"{c.n(100, 99999):,}",
            )
    elif k == 2:
        d.f(
            "依國民年金法第{a}條規定，老年年金給付每月{m}，自{date}起調整。詳見{doc}函。",
            a=str(c.n(29, 45)),
            m=c.money(),
            date=c.ed(),
            doc=c.doc_no(),
        )
    elif k == 3:
        d.f(
            "喪葬補助申請須檢附死亡證明書、戶籍謄本及存摺影本，依{law}第{a}條辦理，補助{m}。",
            law=c.c("社會救助法", "低收入戶喪葬補助作業要點"),
            a=str(c.n(5, 20)),
            m=c.money(),
        )
    elif k == 4:
        d.f(
            "{date}本週拾得物共{n}件：雨傘{u}支、{brand}一台、悠遊卡{e}張，逾期{days}日未領者依"
            "遺失物拾得法辦理。",
            date=c.ed(),
            n=str(c.n(10, 60)),
            u=str(c.n(2, 20)),
            brand=c.c(*_BRANDS),
            e=str(c.n(1, 9)),
            days=str(c.n(15, 180)),
        )
    elif k == 5:
        d.f(
            "{case}案件，通譯費每小時{m}，由{title}核實支給；{w}問題另案研議。",
            case=f"{c.n(110, 114)}年度訴字第{c.n(10, 2999)}號",
            m=c.money(),
            title=c.c(*_TITLES),
            w=w,
        )
    elif k == 6:
        d.f(
            "監理站{date}路考場次：上午{a}場、下午{b}場，筆試題庫更新至第{v}版，"
            "機車路考新增{w}區段。",
            date=c.ed(),
            a=str(c.n(2, 6)),
            b=str(c.n(2, 6)),
            v=str(c.n(3, 12)),
            w=c.c("待轉", "直線平衡", "停讓"),
        )
    elif k == 7:
        d.f(
            "{crop}因{event}受損，{county}農損金額約{m}，{w}相關補助依農業天然災害救助辦法"
            "第{a}條公告。",
            crop=c.c("龍眼", "文旦", "高麗菜", "花生", "柳丁"),
            event=c.c("豪雨", "颱風", "寒害"),
            county=c.c("雲林縣", "彰化縣", "臺南市"),
            m=c.money(),
            w=w,
            a=str(c.n(2, 13)),
        )
    elif k == 8:
        d.f(
            "漁船{boat}（CT{x}-{y}）於{date}進港，漁獲{kg}公斤；{title}應於出港前完成"
            "船員名冊報備。",
            boat=c.c("新興財12號", "金滿福368號"),
            x=str(c.n(2, 7)),
            y=_digits(c.rng, 6),
            date=c.ed(),
            kg=f"{c.n(200, 9000):,}",
            title=c.c(*_TITLES),
        )
    elif k == 9:
        d.f(
            "社區大學{term}課程：{course}（{code}），學費{m}，使用{brand}上課，"
            "{w}主題講座另行通知。",
            term=f"{c.n(113, 114)}-{c.n(1, 2)}學期",
            course=c.c("太極拳", "日語初級", "手機攝影"),
            code=f"C{c.n(113, 114)}-{c.n(1, 250):03d}",
            m=c.money(),
            brand=c.c(*_BRANDS),
            w=w,
        )
    elif k == 10:
        d.f(
            "宿舍{b}棟{f}樓熱水器型號{model}故障，已報修，條碼{ean}；{title}將於{date}巡查。",
            b=c.c("A", "B", "C"),
            f=str(c.n(2, 9)),
            model=f"{c.c('RH', 'GH', 'TW')}-{c.n(100, 999)}",
            ean=_ean(c.rng),
            title=c.c(*_TITLES),
            date=c.ed(),
        )
    elif k == 11:
        d.f(
            "本館{date}起{w}書展，陳列新書{n}冊；館藏查詢請使用線上目錄，索書號{call}。",
            date=c.ed(),
            w=c.c("黃金", "高雄", "林業", "夏季"),
            n=str(c.n(50, 900)),
            call=f"{c.n(100, 999)}.{c.n(1, 99)} {c.c('8493', '8564', '4433')}",
        )
    elif k == 12:
        d.f(
            "電費爭議統計：{y}年受理{a}件、成立{b}件；{w}改善案經{doc}同意，電號{acc}為機關用電。",
            y=str(c.n(110, 113)),
            a=str(c.n(100, 999)),
            b=str(c.n(10, 99)),
            w=w,
            doc=c.doc_no(),
            acc=f"{c.n(1, 18):02d}-{c.n(10, 99)}-{_digits(c.rng, 4)}-00-{c.n(1, 9)}",
        )
    elif k == 14:
        d.add("語言別,特約通譯人數,本年度傳譯場次\n")
        for lang in c.rng.sample(["越南語", "印尼語", "泰語", "英語", "日語", "客語"], 4):
            d.csv("{l},{a},{b}\n", l=lang, a=str(c.n(3, 80)), b=str(c.n(10, 2500)))
    elif k == 15:
        d.f(
            "The {prog} accepts applications from {date}; see Article {a} of the guidelines. "
            "Eligible applicants aged {y1} to {y2} may receive up to {m} per month. Forms are "
            "on {brand}.",
            prog=c.c("Youth Employment Programme", "Crop Relief Scheme"),
            date=c.ed(),
            a=str(c.n(2, 12)),
            y1="15",
            y2="29",
            m=c.money(),
            brand=c.c("Google Forms", "Microsoft Forms"),
        )
    elif k == 16:
        d.f(
            "{county}{town}{lot}地號土地，面積{area}平方公尺，{w}損失經{title}會勘；"
            "車號{plate}之公務車停放於{road}。",
            county=c.c("彰化縣", "雲林縣", "屏東縣"),
            town=c.c("溪州鄉", "西螺鎮", "萬丹鄉"),
            lot=f"{c.c('大饒', '溪洲', '新庄')}段{c.n(1, 999)}-{c.n(1, 20)}",
            area=f"{c.n(100, 9000):,}",
            w=w,
            title=c.c(*_TITLES),
            plate=f"{c.c('ABC', 'RCX', 'BKL')}-{c.n(1000, 9999)}",
            road=c.road(),
        )
    else:
        d.f(
            "義消{unit}於{date}在{place}舉辦演練，參與{n}人，{title}致詞；卡號末四碼{last4}之"
            "採購卡支付器材費{m}。",
            unit=c.c("第一分隊", "溪湖分隊", "大雅分隊"),
            date=c.ed(),
            place=c.c("石門水庫", "林口運動公園", "黃金海岸"),
            n=str(c.n(20, 200)),
            title=c.c(*_TITLES),
            last4=_digits(c.rng, 4),
            m=c.money(),
        )


# --------------------------------------------------------------------------------------------


def generate_heldout5(n: int = 2000, seed: int = 53) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about 25 % hard negatives) and the known-names list."""
    rng = random.Random(seed)
    names = _Names(rng)
    ctx = _Ctx(rng, names)
    samples: list[Sample] = []
    for _ in range(n):
        d = _Doc()
        if rng.random() < 0.25:
            _negative(ctx, d)
            samples.append(d.sample(hard_negative=True))
        else:
            rng.choice(_GENRES)(ctx, d)
            samples.append(d.sample())
    return samples, list(names.known)
