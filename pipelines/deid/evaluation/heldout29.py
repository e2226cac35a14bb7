"""Held-out evaluation set 29 for the free-text personal-data scanner.

Synthetic Traditional Chinese notes of six kinds of Taiwanese agency work (national tax office
service logs, immigration interviews of foreign spouses, environmental complaints, emergency
room social-worker notes, scholarship applications and land-office counter notes), written
without knowledge of how the scanner works. Every value is synthetic: identifiers carry valid
checksums over random digits and names are drawn from lists built in this module.

``generate_heldout29(n, seed)`` returns ``n`` samples and a "known names" list that mimics a
dataset's applicant-name column (about half of the PERSON mentions use a name from it).
"""

# Word lists are written as space-separated strings.
# ruff: noqa: SIM905

from __future__ import annotations

import datetime
import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

__all__ = ["GENRES", "LABELS", "generate_heldout29"]

LABELS = (
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

GENRES = ("tax", "immigration", "environment", "emergency", "scholarship", "land")

# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------

_SURNAMES_TOP = (
    "陳 林 黃 張 李 王 吳 劉 蔡 楊 許 鄭 謝 郭 洪 曾 邱 廖 賴 周 徐 蘇 葉 莊 呂 江 何 蕭 羅 高"
).split()
_SURNAMES_MORE = (
    "潘 簡 朱 鍾 游 彭 詹 施 胡 沈 余 盧 梁 趙 顏 柯 翁 魏 孫 戴 范 方 宋 鄧 杜 傅 侯 曹 薛 丁 "
    "卓 阮 馬 董 温 唐 藍 石 蔣 古 紀 姚 連 馮 歐 程 湯 田 康 姜 白 汪 鄒 尤 巫 鐘 黎 涂 龔 嚴 "
    "韓 袁 金 童 陸 夏 柳 凃 邵 錢 伍 倪 溫 于 譚 駱 熊 任 甘 秦 顧 毛 章 史 官 萬 俞 雷 粘"
).split()
_SURNAMES_RARE = (
    "饒 闕 凌 崔 尹 孔 辛 武 辜 陶 段 龍 韋 葛 池 孟 褚 殷 麥 賀 賈 莫 文 管 關 向 包 丘 梅 華 "
    "利 裴 樊 房 全 佘 左 花 塗 魯 鄔 安 喬 成 車 鮑 易 岳 聶 芮 仲 柴 冉 邢 苗 郝 帥 耿 符 舒 "
    "商 應 井 晏 藺 酆 璩 佟 隋 禹 仇 滕 閻 練 侍 鄞 戚 卜 屈 寇 賁 諶 查"
).split()
_SURNAMES_COMPOUND = (
    "歐陽 張簡 張廖 范姜 司徒 諸葛 上官 司馬 東方 皇甫 夏侯 令狐 慕容 端木 鍾離".split()
)

_GIVEN_MALE = (
    "志明 俊傑 建宏 家豪 冠宇 承恩 宗翰 柏翰 彥廷 冠廷 宇軒 品睿 子豪 哲瑋 文雄 國華 正雄 "
    "明德 金龍 振興 添財 俊宏 志豪 志偉 建志 建成 家銘 家瑋 俊賢 俊良 明哲 明宏 明輝 文彬 "
    "文欽 文忠 國榮 國棟 國峰 偉誠 偉倫 宏達 宏仁 宏銘 嘉宏 信宏 信良 仁傑 仁豪 聖文 聖傑 "
    "耀德 耀宗 昭輝 東昇 榮華 清木 清風 水生 坤山 進財 春生 天賜 永福 永昌 勝雄 順益 萬得 "
    "再興 裕民 啟明 啟文 崇德 敏雄 益生 昆霖 俊毅 士傑 世昌 世豪 承翰 承志 政宏 政勳 柏宇 "
    "柏均 冠霖 宥廷 宥辰 品宏 彥宏 彥均 宇翔 宇辰 奕辰 睿恩 詠翔 昱翔 浩宇 浩然 博文 博彥 "
    "晉嘉 韋辰 書豪 庭瑋 紹華 鈞凱 凱文 凱翔 祐誠 育誠 育賢 煜翔 晨恩 恩碩 定宇 允中 子翔 "
    "子睿 立群 振宇 振德 耀文 俊明 景文 宗憲 宗儒 義雄 重光 炳坤 錦堂 福來 金山 火土 秋雄 "
    "阿忠 德發 朝陽 清標 俊嘉 鴻文 鴻儒 威廷 致遠 冠緯 孟哲 亦凡 秉宏 秉諺 家齊 皓宇 廷宇"
).split()
_GIVEN_FEMALE = (
    "淑芬 美玲 雅婷 怡君 欣怡 佳穎 詩涵 宜蓁 筱涵 思妤 佩珊 惠玲 秀英 麗華 月娥 玉蘭 素貞 "
    "美惠 雅雯 婉婷 淑惠 淑娟 淑華 秀琴 秀鳳 秀美 美華 美珠 美雲 麗珠 麗卿 麗雪 玉梅 玉珍 "
    "玉霞 碧霞 寶珠 阿嬌 金枝 春美 秋月 月琴 素娥 雅琪 雅芳 雅惠 雅玲 怡婷 怡如 怡萱 欣妤 "
    "欣穎 佳蓉 佳琪 佳慧 詩婷 詩雅 宜庭 宜君 筱婷 思涵 思穎 佩瑜 佩君 佩玲 家瑜 家琪 郁婷 "
    "郁涵 靜宜 靜怡 曉雯 曉萍 慧君 慧敏 慧玲 嘉玲 琬婷 姿穎 品妤 品萱 子晴 子涵 語彤 語涵 "
    "芷晴 芯瑜 沛恩 宥蓁 以柔 亞璇 凱琳 瑞敏 珮瑜 貞儀 幸如 秀蘭 碧雲 翠玉 彩雲 麗娟 美雪 "
    "素梅 美鳳 錦華 淑貞 靜香 玉嬌 如萍 筠婷 妍希 苡安 昀臻 采潔 舒婷 芳儀 若瑜 詠晴 于婷 "
    "心怡 夢婷 雨萱 綺雯 湘庭 韻如 孟潔 秀枝 罔市 阿梅 招治 玉葉 麗美 金蓮 佩蓉 曉君 怡伶"
).split()
_GIVEN_ONE_MALE = "傑 豪 偉 強 明 勇 斌 軍 浩 翔 凱 俊 峰 毅 誠 輝 彬 濤 震 安".split()
_GIVEN_ONE_FEMALE = "芳 婷 娟 萍 玲 敏 慧 靜 雯 琪 瑩 蓉 珊 蘭 梅 薇 甄 媛 瑜 潔".split()

# Indigenous personal names (Han transliteration, romanisation, usual sex or "").
_INDIGENOUS = (
    ("尤幹", "Yukan", "m"),
    ("瓦旦", "Watan", "m"),
    ("比令", "Pilin", "m"),
    ("哈勇", "Hayung", "m"),
    ("雅外", "Yawi", "f"),
    ("吉娃斯", "Ciwas", "f"),
    ("巴奈", "Panay", "f"),
    ("馬耀", "Mayaw", "m"),
    ("阿道", "Adaw", "m"),
    ("拉娃", "Lawa", "f"),
    ("達利", "Tali", "m"),
    ("伊萬", "Iwan", "f"),
    ("尤命", "Yumin", "m"),
    ("古拉斯", "Kolas", "m"),
    ("嘎照", "Kacaw", "m"),
    ("芭翁", "Pawan", "f"),
    ("烏瑪", "Uma", "f"),
    ("谷木", "Kumu", "f"),
    ("拉拜", "Lapay", "f"),
    ("比黛", "Pitay", "f"),
)

# Foreign residents: surnames and given names as (Latin, Han transliteration).
_VN_SURNAMES = (
    ("Nguyen", "阮"),
    ("Tran", "陳"),
    ("Le", "黎"),
    ("Pham", "范"),
    ("Hoang", "黃"),
    ("Phan", "潘"),
    ("Vu", "武"),
    ("Dang", "鄧"),
    ("Bui", "裴"),
    ("Do", "杜"),
    ("Ho", "胡"),
    ("Ngo", "吳"),
    ("Duong", "楊"),
    ("Dinh", "丁"),
)
_VN_FEMALE = (
    ("Ngoc Lan", "玉蘭"),
    ("Thu Ha", "秋霞"),
    ("Thanh Thuy", "清水"),
    ("My Linh", "美玲"),
    ("Hong Nhung", "紅絨"),
    ("Kim Oanh", "金鶯"),
    ("Huong", "香"),
    ("Hoa", "花"),
    ("Thuy Trang", "垂莊"),
    ("Xuan Mai", "春梅"),
    ("Hai Yen", "海燕"),
    ("Ngoc Anh", "玉英"),
    ("Bich Ngoc", "碧玉"),
)
_VN_MALE = (
    ("Van Hung", "文雄"),
    ("Van Tuan", "文俊"),
    ("Van Minh", "文明"),
    ("Duc Anh", "德英"),
    ("Quoc Cuong", "國強"),
    ("Van Nam", "文南"),
    ("Minh Quang", "明光"),
)
_ID_FEMALE_FIRST = (
    ("Siti", "西蒂"),
    ("Sri", "斯莉"),
    ("Nur", "努兒"),
    ("Rina", "莉娜"),
    ("Ayu", "阿尤"),
    ("Yuli", "尤莉"),
    ("Eka", "艾卡"),
    ("Indah", "茵達"),
    ("Fitri", "菲特莉"),
)
_ID_FEMALE_SECOND = (
    ("Aminah", "阿米娜"),
    ("Wahyuni", "瓦由妮"),
    ("Susanti", "蘇珊蒂"),
    ("Rahayu", "拉哈尤"),
    ("Handayani", "韓達亞妮"),
    ("Astuti", "阿絲圖蒂"),
    ("Ningsih", "寧西"),
    ("Kartika", "卡蒂卡"),
    ("Nurhayati", "努哈雅蒂"),
)
_ID_SINGLE = (
    ("Suparmi", "蘇帕米"),
    ("Sulastri", "蘇拉絲翠"),
    ("Sumiati", "蘇米亞蒂"),
    ("Suryati", "蘇莉雅蒂"),
    ("Karsinah", "卡西娜"),
)
_ID_MALE_FIRST = (
    ("Budi", "布迪"),
    ("Agus", "阿古斯"),
    ("Eko", "艾科"),
    ("Rudi", "魯迪"),
    ("Hendra", "亨德拉"),
    ("Slamet", "斯拉梅"),
)
_ID_MALE_SECOND = (
    ("Santoso", "桑托索"),
    ("Saputra", "沙普特拉"),
    ("Wijaya", "威加亞"),
    ("Pratama", "普拉塔瑪"),
    ("Setiawan", "塞蒂亞萬"),
)
_PH_FEMALE = (
    ("Maria", "瑪莉亞"),
    ("Jocelyn", "喬瑟琳"),
    ("Rowena", "羅溫娜"),
    ("Analyn", "安娜琳"),
    ("Lorna", "羅娜"),
    ("Marites", "瑪莉黛絲"),
    ("Jennifer", "珍妮佛"),
    ("Rosalie", "羅莎莉"),
    ("Cristina", "克莉絲汀娜"),
    ("Mary Grace", "瑪莉葛瑞絲"),
)
_PH_MALE = (
    ("Juan", "胡安"),
    ("Jose", "荷西"),
    ("Ramon", "拉蒙"),
    ("Mark Anthony", "馬克安東尼"),
    ("Rodel", "羅德爾"),
    ("Jerome", "傑羅姆"),
)
_PH_SURNAMES = (
    ("Santos", "桑托斯"),
    ("Reyes", "雷耶斯"),
    ("Dela Cruz", "德拉克魯茲"),
    ("Bautista", "包蒂斯塔"),
    ("Garcia", "加西亞"),
    ("Mendoza", "門多薩"),
    ("Villanueva", "維拉紐瓦"),
    ("Ramos", "拉莫斯"),
    ("Castillo", "卡斯蒂略"),
    ("Flores", "佛洛雷斯"),
    ("Navarro", "納瓦羅"),
    ("Pascual", "帕斯夸爾"),
    ("Soriano", "索里亞諾"),
    ("Manalo", "馬納洛"),
)
_TH_FEMALE = (
    ("Nattaya", "娜塔雅"),
    ("Siriporn", "詩莉蓬"),
    ("Kanya", "甘雅"),
    ("Malee", "瑪莉"),
    ("Suda", "蘇達"),
    ("Wanida", "婉妮達"),
    ("Pranee", "帕妮"),
)
_TH_MALE = (
    ("Somchai", "頌猜"),
    ("Somsak", "頌薩"),
    ("Anan", "阿南"),
    ("Prasert", "帕瑟"),
    ("Sombat", "頌巴"),
)
_TH_SURNAMES = (
    ("Srisuk", "詩蘇"),
    ("Boonmee", "汶米"),
    ("Wongsa", "翁薩"),
    ("Thongdee", "通迪"),
    ("Phromma", "蓬瑪"),
    ("Kaewkan", "蓋甘"),
    ("Sukjai", "蘇齋"),
    ("Intharat", "因塔拉"),
)
_NATIONALITY = {"VN": "越南", "ID": "印尼", "PH": "菲律賓", "TH": "泰國"}
_CITIES_ABROAD = {
    "VN": ("胡志明市", "河內", "芹苴"),
    "ID": ("泗水", "雅加達", "三寶瓏"),
    "PH": ("宿霧", "馬尼拉"),
    "TH": ("曼谷", "清邁", "烏隆他尼"),
}

# --------------------------------------------------------------------------------------------
# Places (synthetic combinations of real cities, districts and common road names)
# --------------------------------------------------------------------------------------------

_CITIES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "臺北市",
        (
            ("中正區", "100"),
            ("大同區", "103"),
            ("中山區", "104"),
            ("松山區", "105"),
            ("大安區", "106"),
            ("萬華區", "108"),
            ("信義區", "110"),
            ("士林區", "111"),
            ("北投區", "112"),
            ("內湖區", "114"),
            ("南港區", "115"),
            ("文山區", "116"),
        ),
    ),
    (
        "新北市",
        (
            ("板橋區", "220"),
            ("三重區", "241"),
            ("中和區", "235"),
            ("永和區", "234"),
            ("新莊區", "242"),
            ("新店區", "231"),
            ("土城區", "236"),
            ("蘆洲區", "247"),
            ("汐止區", "221"),
            ("淡水區", "251"),
            ("樹林區", "238"),
            ("鶯歌區", "239"),
        ),
    ),
    (
        "桃園市",
        (
            ("桃園區", "330"),
            ("中壢區", "320"),
            ("平鎮區", "324"),
            ("八德區", "334"),
            ("楊梅區", "326"),
            ("龜山區", "333"),
            ("蘆竹區", "338"),
        ),
    ),
    (
        "臺中市",
        (
            ("中區", "400"),
            ("西屯區", "407"),
            ("北屯區", "406"),
            ("南屯區", "408"),
            ("豐原區", "420"),
            ("大里區", "412"),
            ("太平區", "411"),
            ("沙鹿區", "433"),
        ),
    ),
    (
        "臺南市",
        (
            ("東區", "701"),
            ("中西區", "700"),
            ("永康區", "710"),
            ("安南區", "709"),
            ("新營區", "730"),
            ("仁德區", "717"),
        ),
    ),
    (
        "高雄市",
        (
            ("苓雅區", "802"),
            ("三民區", "807"),
            ("左營區", "813"),
            ("鳳山區", "830"),
            ("前鎮區", "806"),
            ("楠梓區", "811"),
            ("岡山區", "820"),
        ),
    ),
    ("基隆市", (("仁愛區", "200"), ("信義區", "201"), ("七堵區", "206"))),
    ("新竹市", (("東區", "300"), ("北區", "300"), ("香山區", "300"))),
    ("新竹縣", (("竹北市", "302"), ("竹東鎮", "310"), ("湖口鄉", "303"))),
    ("苗栗縣", (("苗栗市", "360"), ("頭份市", "351"), ("竹南鎮", "350"))),
    ("彰化縣", (("彰化市", "500"), ("員林市", "510"), ("和美鎮", "508"), ("鹿港鎮", "505"))),
    ("南投縣", (("南投市", "540"), ("埔里鎮", "545"), ("草屯鎮", "542"))),
    ("雲林縣", (("斗六市", "640"), ("虎尾鎮", "632"), ("北港鎮", "651"))),
    ("嘉義市", (("東區", "600"), ("西區", "600"))),
    ("嘉義縣", (("太保市", "612"), ("民雄鄉", "621"), ("朴子市", "613"))),
    ("屏東縣", (("屏東市", "900"), ("潮州鎮", "920"), ("東港鎮", "928"), ("萬丹鄉", "913"))),
    ("宜蘭縣", (("宜蘭市", "260"), ("羅東鎮", "265"), ("礁溪鄉", "262"))),
    ("花蓮縣", (("花蓮市", "970"), ("吉安鄉", "973"), ("玉里鎮", "981"))),
    ("臺東縣", (("臺東市", "950"), ("成功鎮", "961"), ("卑南鄉", "954"))),
    ("澎湖縣", (("馬公市", "880"),)),
    ("金門縣", (("金城鎮", "893"),)),
)
_ROADS = (
    "中山路 中正路 民生路 民權路 民族路 建國路 復興路 和平路 光復路 成功路 自由路 大同路 "
    "文化路 中華路 三民路 公園路 博愛路 新生路 勝利路 四維路 自強路 忠孝路 仁愛路 信義路 "
    "五福路 長春路 南京東路 和平東路 忠孝東路 永福街 興隆路 育英街 福德街 光明路 中興路 "
    "文心路 崇德路 青年路 開元路 府前路 重慶北路 延平路 健康路 安和路 民富街 天祥路"
).split()
_VILLAGES = "福德 中興 仁愛 西勢 東興 和平 永安 新興 光明 長安 忠孝 大同 民生 復興 文化".split()
_SECTIONS = "一段 二段 三段 四段 五段".split()

# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def _fullwidth(s: str) -> str:
    """Full-width forms of the printable ASCII characters (spaces kept)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


_CN_DIGITS = "〇一二三四五六七八九"


def _cn_number(n: int) -> str:
    """Chinese numerals for 1..99 (七十八, 十二, 三十)."""
    tens, units = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")
    return head + (_CN_DIGITS[units] if units else "")


_RUN = re.compile(r"[0-9A-Za-z](?:[ \-.]?[0-9A-Za-z])*")


def _leak_kinds(text: str) -> set[str]:
    """Kinds of valid identifiers (id, card, email, mobile) found anywhere in ``text``."""
    t = unicodedata.normalize("NFKC", text)
    kinds: set[str] = set()
    if "@" in t:
        kinds.add("email")
    for m in _RUN.finditer(t):
        run = re.sub(r"[ \-.]", "", m.group()).upper()
        for i in range(len(run) - 9):
            w = run[i : i + 10]
            if w[0] in LETTER_CODES and (twid.is_valid(w) or arc.is_valid(w)):
                kinds.add("id")
        for ds in re.findall(r"\d+", run):
            for size in range(13, 20):
                for i in range(len(ds) - size + 1):
                    if creditcard.is_valid(ds[i : i + size]):
                        kinds.add("card")
            for i in range(len(ds) - 9):
                w = ds[i : i + 10]
                if w.startswith("09") and phone.is_mobile(w):
                    kinds.add("mobile")
            for i in range(len(ds) - 11):
                w = ds[i : i + 12]
                if w.startswith("8869") and phone.is_mobile("+" + w):
                    kinds.add("mobile")
    return kinds


def _masked(text: str, spans: Sequence[tuple[int, int, str]]) -> str:
    chars = list(text)
    for start, end, _ in spans:
        chars[start:end] = "■" * (end - start)
    return "".join(chars)


@dataclass(frozen=True)
class _Person:
    name: str
    sex: str  # "m" or "f"
    group: str  # "local" or "foreign"
    kind: str  # han, married, indigenous, VN, ID, PH, TH
    alt: str = ""  # the same person's name in the other script, if any

    @property
    def latin(self) -> bool:
        return self.name[:1].isascii()


class _Doc:
    """A text built piece by piece, recording gold spans as values are appended."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self.spans: list[tuple[int, int, str]] = []

    def t(self, *texts: str) -> _Doc:
        for s in texts:
            self._parts.append(s)
            self._len += len(s)
        return self

    def e(self, value: str, label: str) -> _Doc:
        start = self._len
        self.t(value)
        self.spans.append((start, self._len, label))
        return self

    def p(self, person: _Person, alt: bool = False) -> _Doc:
        return self.e(person.alt if alt and person.alt else person.name, "PERSON")

    @property
    def text(self) -> str:
        return "".join(self._parts)


class _Gen:
    """Random building blocks (names, identifiers, look-alikes) drawn from one Random."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self.rng = rng
        self.fw_rate = 0.24
        size = 60 + n // 3
        pool: list[_Person] = []
        seen: set[str] = set()
        while len(pool) < size:
            p = self._fresh(None, None)
            if p.name not in seen:
                seen.add(p.name)
                pool.append(p)
        self.known_names = [p.name for p in pool]
        self.known_set = seen
        self._mentionable = pool[: size * 3 // 4]  # the rest is never mentioned
        self._index: dict[tuple[str | None, str | None], list[_Person]] = {}
        self._used: set[str] = set()

    # -- basics ----------------------------------------------------------------------------
    def pick(self, seq: Sequence[str]) -> str:
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, k: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(k))

    def fw(self, s: str) -> str:
        return _fullwidth(s) if self.chance(self.fw_rate) else s

    # -- people ----------------------------------------------------------------------------
    def person(self, sex: str | None = None, group: str | None = "local") -> _Person:
        """Someone mentioned in a text: about half the time a name from the known list."""
        if self.chance(0.5):
            key = (sex, group)
            if key not in self._index:
                self._index[key] = [
                    p
                    for p in self._mentionable
                    if (sex is None or p.sex == sex) and (group is None or p.group == group)
                ]
            for _ in range(20):
                if not self._index[key]:
                    break
                p = self.rng.choice(self._index[key])
                if p.name not in self._used:
                    self._used.add(p.name)
                    return p
        for _ in range(100):
            p = self._fresh(sex, group)
            names = (p.name, p.alt)
            if not any(x in self.known_set or x in self._used for x in names):
                self._used.add(p.name)
                return p
        raise AssertionError("could not draw an unknown name")

    def begin(self) -> None:
        """Start a new text: people drawn from now on differ from each other."""
        self._used = set()

    def foreigner(self, sex: str | None = None) -> _Person:
        return self.person(sex, "foreign")

    def _fresh(self, sex: str | None, group: str | None) -> _Person:
        rng = self.rng
        sex = sex or rng.choice("mf")
        group = group or ("foreign" if rng.random() < 0.2 else "local")
        if group == "foreign":
            return self._foreign(sex)
        r = rng.random()
        if r < 0.80 or (r < 0.88 and sex == "m"):
            return _Person(self._surname() + self._given(sex), sex, "local", "han")
        if r < 0.88:
            husband = rng.choice(_SURNAMES_TOP + _SURNAMES_MORE)
            own = rng.choice(_SURNAMES_TOP + _SURNAMES_MORE)
            name = husband + own + rng.choice(_GIVEN_FEMALE)
            return _Person(name, sex, "local", "married")
        choices = [x for x in _INDIGENOUS if x[2] == sex]
        given = rng.choice(choices)
        parent = rng.choice([x for x in _INDIGENOUS if x != given])
        han = given[0] + rng.choice("‧‧‧··") + parent[0]
        rom = f"{given[1]} {parent[1]}"
        if rng.random() < 0.65:
            return _Person(han, sex, "local", "indigenous", rom)
        return _Person(rom, sex, "local", "indigenous", han)

    def _surname(self) -> str:
        r = self.rng.random()
        if r < 0.45:
            return self.rng.choice(_SURNAMES_TOP)
        if r < 0.80:
            return self.rng.choice(_SURNAMES_MORE)
        if r < 0.91:
            return self.rng.choice(_SURNAMES_RARE)
        return self.rng.choice(_SURNAMES_COMPOUND)

    def _given(self, sex: str) -> str:
        if self.rng.random() < 0.12:
            return self.rng.choice(_GIVEN_ONE_MALE if sex == "m" else _GIVEN_ONE_FEMALE)
        return self.rng.choice(_GIVEN_MALE if sex == "m" else _GIVEN_FEMALE)

    def _foreign(self, sex: str) -> _Person:
        rng = self.rng
        nat = rng.choices(("VN", "ID", "PH", "TH"), (40, 30, 15, 15))[0]
        if nat == "VN":
            sur = rng.choice(_VN_SURNAMES)
            if sex == "f":
                given = rng.choice(_VN_FEMALE)
                latin, han = f"{sur[0]} Thi {given[0]}", f"{sur[1]}氏{given[1]}"
            else:
                given = rng.choice(_VN_MALE)
                latin, han = f"{sur[0]} {given[0]}", sur[1] + given[1]
        elif nat == "ID":
            if sex == "f" and rng.random() < 0.3:
                latin, han = rng.choice(_ID_SINGLE)
            else:
                first = rng.choice(_ID_FEMALE_FIRST if sex == "f" else _ID_MALE_FIRST)
                second = rng.choice(_ID_FEMALE_SECOND if sex == "f" else _ID_MALE_SECOND)
                latin, han = f"{first[0]} {second[0]}", f"{first[1]}‧{second[1]}"
        else:
            if nat == "PH":
                first = rng.choice(_PH_FEMALE if sex == "f" else _PH_MALE)
                sur = rng.choice(_PH_SURNAMES)
            else:
                first = rng.choice(_TH_FEMALE if sex == "f" else _TH_MALE)
                sur = rng.choice(_TH_SURNAMES)
            middle = f" {rng.choice('ABCDEGLMRS')}." if nat == "PH" and rng.random() < 0.3 else ""
            latin = f"{first[0]}{middle} {sur[0]}"
            han = first[1] + rng.choice("‧‧·") + sur[1]
        if rng.random() < 0.3:
            latin = latin.upper()
        if rng.random() < 0.55:
            return _Person(latin, sex, "foreign", nat, han)
        return _Person(han, sex, "foreign", nat, latin)

    def hon(self, p: _Person, prob: float = 0.6) -> str:
        """An honorific after a name (or nothing)."""
        if not self.chance(prob):
            return ""
        word = "先生" if p.sex == "m" else self.pick(["小姐", "女士", "小姐"])
        return (" " if p.latin and self.chance(0.6) else "") + word

    def gap(self, p: _Person) -> str:
        """The space some writers put between a Latin name and the next Chinese word."""
        return " " if p.latin else ""

    # -- identifiers -----------------------------------------------------------------------
    def _letter(self) -> str:
        return self.rng.choice(sorted(LETTER_CODES))

    def twid(self, sex: str | None = None) -> str:
        letter = self._letter()
        body = {"m": "1", "f": "2"}.get(sex or "", self.pick("12")) + self.digits(7)
        value = letter + body + id_check_digit(letter, body)
        assert twid.is_valid(value)
        if self.chance(0.04):
            value = value[0].lower() + value[1:]
        return self.fw(value)

    def arc(self, sex: str | None = None) -> str:
        letter = self._letter()
        if self.chance(0.7):
            mark = {"m": "8", "f": "9"}.get(sex or "", self.pick("89"))
            body = mark + self.digits(7)
            value = letter + body + id_check_digit(letter, body)
        else:
            second = self.pick("AC" if sex == "m" else "BD" if sex == "f" else "ABCD")
            tail = self.digits(7)
            check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
            value = letter + second + tail + check
        assert arc.is_valid(value)
        return self.fw(value)

    def mobile(self) -> str:
        while True:
            number = "09" + self.digits(8)
            if phone.is_valid(number):
                break
        a, b, c = number[:4], number[4:7], number[7:]
        style = self.rng.randrange(12)
        if style < 4:
            out = f"{a}-{b}-{c}"
        elif style < 6:
            out = number
        elif style == 6:
            out = f"{a} {b} {c}"
        elif style == 7:
            out = f"{a}-{b}{c}"
        elif style == 8:
            out = f"{a}.{b}.{c}"
        elif style == 9:
            out = f"+886-{a[1:]}-{b}-{c}"
        elif style == 10:
            out = f"+886 {a[1:]} {b} {c}"
        else:
            out = f"+886{number[1:]}"
        return self.fw(out)

    _AREAS = (
        ("02", 8, "2378"),
        ("03", 7, "345689"),
        ("037", 6, "2345"),
        ("04", 8, "2"),
        ("04", 7, "78"),
        ("049", 7, "2"),
        ("05", 7, "23567"),
        ("06", 7, "2356"),
        ("07", 7, "2345678"),
        ("08", 7, "78"),
        ("089", 6, "3"),
        ("082", 6, "3"),
    )

    def landline(self, ext: float = 0.25) -> str:
        while True:
            area, size, first = self.rng.choice(self._AREAS)
            local = self.pick(first) + self.digits(size - 1)
            if phone.is_plausible(area + local):
                break
        cut = 4 if size == 8 else 3 if size == 7 else self.rng.choice((2, 3))
        head, tail = local[:cut], local[cut:]
        style = self.rng.randrange(9)
        if style < 3:
            out = f"({area}){head}-{tail}"
        elif style < 5:
            out = f"{area}-{head}-{tail}"
        elif style == 5:
            out = f"{area}-{local}"
        elif style == 6:
            out = f"({area}) {head} {tail}"
        elif style == 7:
            out = f"+886-{area[1:]}-{head}-{tail}"
        else:
            out = f"{area}{local}"
        if self.chance(ext):
            number = self.digits(self.rng.choice((2, 3, 3, 4)))
            out += self.pick(["#", " 分機", "分機", " 分機 ", "轉", " ext. ", "#"]) + number
        return self.fw(out)

    def phone(self, mobile: float = 0.7, ext: float = 0.25) -> str:
        return self.mobile() if self.chance(mobile) else self.landline(ext)

    _EMAIL_SUR = (
        "chen lin huang chang lee wang wu liu tsai yang hsu cheng hsieh kuo hung tseng chiu "
        "liao lai chou hsu su yeh chuang lu chiang ho hsiao lo kao pan"
    ).split()
    _EMAIL_GIVEN = (
        "yating meiling chihming junjie jiahao yijun xinyi peishan shuhui weilun kuanyu tzuhan "
        "amy kevin jason vivian peggy tony annie eric judy wendy ivy daniel hsinyi mingte "
        "yuting shufen chiawei yuhsuan"
    ).split()
    _DOMAINS = (
        "gmail.com gmail.com gmail.com yahoo.com.tw yahoo.com.tw hotmail.com outlook.com "
        "ms1.hinet.net msa.hinet.net icloud.com livemail.tw seed.net.tw"
    ).split()

    def email(self, student: bool = False) -> str:
        if student and self.chance(0.6):
            local = self.pick(["s", "", "b", "u"]) + self.digits(8)
            domain = self.pick(
                ["mail.nchu.edu.tw", "g.ncu.edu.tw", "gms.ndhu.edu.tw", "stu.nknu.edu.tw"]
            )
        else:
            sur, given = self.pick(self._EMAIL_SUR), self.pick(self._EMAIL_GIVEN)
            style = self.rng.randrange(5)
            if style == 0:
                local = f"{given}.{sur}"
            elif style == 1:
                local = f"{sur}{given}{self.rng.randint(60, 99)}"
            elif style == 2:
                local = f"{given}_{self.digits(4)}"
            elif style == 3:
                local = f"{sur}.{given}{self.rng.randint(1, 999)}"
            else:
                local = f"{given[0]}{sur}{self.rng.randint(1970, 2008)}"
            domain = self.pick(self._DOMAINS)
        out = f"{local}@{domain}"
        if self.chance(0.08):
            out = out[0].upper() + out[1:]
        return self.fw(out)

    def nhi(self) -> str:
        number = ("0000" + self.digits(8)) if self.chance(0.6) else "0" + self.digits(11)
        style = self.rng.randrange(4)
        if style == 1:
            number = f"{number[:4]} {number[4:8]} {number[8:]}"
        elif style == 2:
            number = f"{number[:4]}-{number[4:8]}-{number[8:]}"
        return self.fw(number)

    def passport(self, nat: str = "TW") -> str:
        if nat == "TW":
            value = self.pick("33333") + self.digits(8)
        elif nat == "VN":
            value = self.pick("CCCBN") + self.digits(7)
        elif nat == "ID":
            value = self.pick("BCXE") + self.digits(7)
        elif nat == "PH":
            value = (
                "P" + self.digits(7) + self.pick("ABC")
                if self.chance(0.6)
                else "E" + self.pick("BC") + self.digits(7)
            )
        else:
            value = "A" + self.pick("ABC") + self.digits(7)
        return self.fw(value)

    def card(self) -> str:
        kind = self.rng.randrange(6)
        if kind < 2:
            head, size = "4", 16
        elif kind == 2:
            head, size = "5" + self.pick("12345"), 16
        elif kind == 3:
            head, size = "35" + self.pick("2345678"), 16
        elif kind == 4:
            head, size = "3" + self.pick("47"), 15
        else:
            head, size = "62", 16
        body = head + self.digits(size - len(head) - 1)
        number = next(body + d for d in "0123456789" if creditcard.luhn_ok(body + d))
        assert creditcard.is_valid(number)
        style = self.rng.randrange(5)
        if size == 15:
            groups = [number[:4], number[4:10], number[10:]]
        else:
            groups = [number[i : i + 4] for i in range(0, 16, 4)]
        if style < 2:
            out = " ".join(groups)
        elif style < 4:
            out = "-".join(groups)
        else:
            out = number
        return self.fw(out)

    def birth(self, lo: int, hi: int, foreign: bool = False) -> str:
        start = datetime.date(lo, 1, 1)
        day = start + datetime.timedelta(days=self.rng.randrange(365 * (hi - lo + 1)))
        y, m, d = day.year, day.month, day.day
        r = y - 1911
        if foreign and self.chance(0.5):
            mon = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()[m - 1]
            out = self.pick([f"{d:02d}/{m:02d}/{y}", f"{d:02d} {mon} {y}", f"{y}-{m:02d}-{d:02d}"])
            return self.fw(out)
        forms = [
            f"民國{r}年{m}月{d}日",
            f"{r}年{m}月{d}日",
            f"{r}年{m:02d}月{d:02d}日",
            f"{r}.{m:02d}.{d:02d}",
            f"{r}/{m}/{d}",
            f"{r:03d}/{m:02d}/{d:02d}",
            f"{r:03d}{m:02d}{d:02d}",
            f"{y}/{m:02d}/{d:02d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{y}年{m}月{d}日",
            f"{y}.{m}.{d}",
        ]
        if r < 100:
            forms.append(f"民國{_cn_number(r)}年{_cn_number(m)}月{_cn_number(d)}日")
        return self.fw(self.pick(forms))

    def address(self, postcode: float = 0.25) -> str:
        rng = self.rng
        city, districts = rng.choice(_CITIES)
        district, code = rng.choice(districts)
        if city.startswith("臺") and self.chance(0.4):
            city = "台" + city[1:]
        parts = [city, district]
        if self.chance(0.2):
            parts.append(f"{self.pick(_VILLAGES)}{'里' if district[-1] in '區市鎮' else '村'}")
            if self.chance(0.6):
                parts.append(f"{rng.randint(1, 30)}鄰")
        parts.append(self.pick(_ROADS))
        if city.endswith("市") and self.chance(0.5):
            parts.append(self.pick(_SECTIONS))
        if self.chance(0.45):
            parts.append(f"{rng.randint(1, 400)}巷")
            if self.chance(0.4):
                parts.append(f"{rng.randint(1, 40)}弄")
        number = rng.randint(1, 350)
        if self.chance(0.1):
            parts.append(f"{number}之{rng.randint(1, 9)}號")
        else:
            parts.append(f"{number}號")
        if self.chance(0.55):
            parts.append(f"{rng.randint(2, 22)}樓")
            if self.chance(0.2):
                parts.append(f"之{rng.randint(1, 9)}")
        elif self.chance(0.1):
            parts.append(f"之{rng.randint(1, 9)}")
        out = "".join(parts)
        if self.chance(postcode):
            zip_ = code + (self.digits(self.rng.choice((2, 3))) if self.chance(0.4) else "")
            out = self.pick([zip_, f"({zip_})", zip_ + " "]) + out
        return self.fw(out)

    # -- look-alikes and neutral details ----------------------------------------------------
    def odate(self, style: str = "any") -> str:
        """An ordinary (not personal) recent date."""
        y = self.rng.randint(2023, 2025)
        m, d = self.rng.randint(1, 12), self.rng.randint(1, 28)
        r = y - 1911
        forms = {
            "log": [f"{r}/{m:02d}/{d:02d}", f"{r}.{m:02d}.{d:02d}", f"{y}/{m:02d}/{d:02d}"],
            "any": [
                f"{r}年{m}月{d}日",
                f"民國{r}年{m}月{d}日",
                f"{r}/{m:02d}/{d:02d}",
                f"{y}/{m}/{d}",
                f"{y}-{m:02d}-{d:02d}",
                f"{r}.{m}.{d}",
            ],
        }[style]
        return self.pick(forms)

    def hhmm(self) -> str:
        return f"{self.rng.randint(8, 17):02d}:{self.rng.randint(0, 59):02d}"

    def roc(self) -> int:
        return self.rng.randint(112, 114)

    def safe(self, make: Callable[[], str]) -> str:
        """A look-alike token that holds no valid personal identifier."""
        while True:
            value = make()
            if not _leak_kinds(value):
                return value

    _DOC_PREFIX: ClassVar[dict[str, tuple[str, ...]]] = {
        "tax": ("台財稅", "北區國稅三重綜所", "臺北國稅審二", "中區國稅員林服務", "南區國稅法務"),
        "immigration": ("移署北北市服", "移署移中中市服", "移署專一蘭站", "內授移"),
        "environment": ("北市環稽", "府授環空", "桃環稽", "中市環水", "高市環局噪"),
        "emergency": ("北市衛醫", "衛部救", "府授衛照", "新北衛醫"),
        "scholarship": ("臺教高(四)", "學務生輔", "臺教學(二)", "校學務"),
        "land": ("北市地登", "府授地籍", "中市地籍", "新北地價", "內授中辦地"),
    }

    def docno(self, genre: str) -> str:
        prefix = self.pick(self._DOC_PREFIX[genre])
        return self.safe(lambda: f"{prefix}字第{self.roc()}{self.digits(int(self.pick('778')))}號")

    def caseno(self) -> str:
        def make() -> str:
            r = self.roc()
            style = self.rng.randrange(4)
            if style == 0:
                month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
                return f"{r}{month:02d}{day:02d}-{self.digits(4)}"
            if style == 1:
                return f"{r}-{self.pick('ABCDEFGH')}-{self.digits(5)}"
            if style == 2:
                return f"{self.pick('ABCDEFGHKT')}{r}{self.digits(7)}"
            return f"{self.pick(['T', 'EP', 'L', 'S'])}{r}{self.digits(6)}"

        return self.safe(make)

    def invoice(self) -> str:
        """A uniform-invoice number: two letters and eight digits (like an old ARC)."""
        return self.safe(
            lambda: (
                self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ")
                + self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ")
                + self.pick(["", "-"])
                + self.digits(8)
            )
        )

    def ban_no(self) -> str:
        while True:
            value = self.digits(8)
            if ban.is_valid(value):
                return value

    _CO_HEAD = (
        "大同 台新 宏昌 永豐 興隆 福記 信達 東元 聯合 建安 佳和 正大 金利 長榮 富邦 全家".split()
    )
    _CO_TAIL = (
        "股份有限公司 實業股份有限公司 建設股份有限公司 企業社 工程有限公司 營造股份有限公司 "
        "食品有限公司 科技股份有限公司"
    ).split()

    def company(self) -> str:
        return self.pick(self._CO_HEAD) + self.pick(self._CO_TAIL)

    def amount(self, lo: int, hi: int, step: int = 100) -> str:
        value = self.rng.randint(lo // step, hi // step) * step
        return self.pick(
            [f"新臺幣{value:,}元", f"新台幣{value:,}元", f"NT${value:,}", f"{value:,}元"]
        )

    _STATUTES: ClassVar[dict[str, tuple[str, ...]]] = {
        "tax": (
            "所得稅法第17條第1項第2款",
            "所得稅法第71條",
            "遺產及贈與稅法第24條",
            "稅捐稽徵法第26條",
            "加值型及非加值型營業稅法第35條",
            "所得稅法第14條之4",
        ),
        "immigration": (
            "入出國及移民法第23條",
            "入出國及移民法第31條第4項",
            "臺灣地區與大陸地區人民關係條例第17條",
            "外國人停留居留及永久居留辦法第6條",
        ),
        "environment": (
            "噪音管制法第9條",
            "空氣污染防制法第32條",
            "廢棄物清理法第27條",
            "噪音管制法第24條",
            "水污染防治法第40條",
        ),
        "emergency": (
            "家庭暴力防治法第50條",
            "兒童及少年福利與權益保障法第53條",
            "老人福利法第43條",
            "身心障礙者權益保障法第76條",
        ),
        "scholarship": (
            "本校學生獎助學金實施要點第5點",
            "學雜費減免辦法第3條",
            "大專校院弱勢學生助學計畫第4點",
        ),
        "land": (
            "土地法第34條之1",
            "土地登記規則第78條",
            "土地法第18條",
            "平均地權條例第47條",
            "土地登記規則第119條",
        ),
    }

    def statute(self, genre: str) -> str:
        return self.pick(self._STATUTES[genre])

    _PLACES = (
        "中山路與民生路口 林森北路一帶 羅斯福路三段沿線 延平北路巷弄 黃昏市場周邊 "
        "大安森林公園 板橋車站北側 中正路高架橋下 高速公路交流道旁 河濱公園停車場 "
        "市場旁空地 陳厝溪堤防 林口工業區 石門水庫下游 吳鳳路商圈"
    ).split()

    def place(self) -> str:
        return self.pick(self._PLACES)

    _SHOPS = (
        "陳記豆花 王品牛排 林家熱炒 黃記燒臘 張家牛肉麵 李媽媽早餐店 全聯福利中心 "
        "阿美快炒 吳家鵝肉 劉家肉粽 周記肉圓 許記冰店 王子麵工廠直營店 林鳳營便利商店"
    ).split()

    def shop(self) -> str:
        return self.pick(self._SHOPS)


# --------------------------------------------------------------------------------------------
# Genre templates (positive)
# --------------------------------------------------------------------------------------------

_TAX_TOPICS = (
    "112年度綜合所得稅退稅進度",
    "扣繳憑單遺失補發",
    "房屋租金支出特別扣除額之認定",
    "長期照顧特別扣除額",
    "欠稅分期繳納",
    "贈與稅申報期限",
    "遺產稅免稅額及扣除額",
    "房地合一稅申報",
    "綜所稅結算申報更正",
    "未成年子女扶養申報",
    "退稅支票逾期重開",
    "以自然人憑證查詢所得資料",
)
_TAX_ANSWERS = (
    "已說明相關規定並提供申請書表",
    "已查明退稅款預計本月底前撥入帳戶",
    "請其備妥證明文件再行臨櫃辦理",
    "經查尚缺證明文件一份，已請其補正",
    "已協助線上補發並以郵寄送達",
    "已轉請審查二科續處",
    "已告知可於申報期間內上網更正",
)


def _tax_log(g: _Gen, d: _Doc) -> None:
    p = g.person()
    d.t(g.odate("log"), " ", g.hhmm(), " ", g.pick(["臨櫃", "電話", "網路留言", "現場服務"]), "\n")
    form = g.rng.randrange(3)
    if form == 0:
        d.t(g.pick(["納稅義務人", "納稅人", "民眾"])).p(p).t(g.hon(p, 0.5))
    elif form == 1:
        d.p(p).t(g.hon(p, 0.8))
    else:
        d.t("來電者").p(p).t("（本人）")
    if g.chance(0.55):
        d.t("，身分證", g.pick(["", "號", "字號", "統號"]), g.pick([" ", "：", ""]))
        d.e(g.twid(p.sex), "TW_NATIONAL_ID")
    d.t("，詢問", g.pick(_TAX_TOPICS), "。", g.pick(_TAX_ANSWERS), "。")
    if g.chance(0.6):
        d.t(g.pick(["回電", "聯絡電話", "手機", "聯絡方式"]), "：").e(g.phone(), "PHONE")
        d.t(g.pick(["。", "", "（白天可接）"]))
    if g.chance(0.45):
        d.t("\n", g.pick(["承辦：", "承辦人 ", "記錄："])).p(g.person())


def _tax_letter(g: _Gen, d: _Doc) -> None:
    p = g.person()
    item = g.pick(
        ["補發112年度各類所得扣繳暨免扣繳憑單", "綜合所得稅退稅", "贈與稅分期繳納", "欠稅查詢"]
    )
    d.t("主旨：有關臺端申請", item, "一案，復如說明，請查照。\n說明：\n")
    d.t("一、復臺端", g.odate(), "申請書。\n")
    d.t("二、經查").p(p).t(
        g.pick(["君", "", "先生" if p.sex == "m" else "女士"]), "（國民身分證統一編號："
    )
    d.e(g.twid(p.sex), "TW_NATIONAL_ID")
    if g.chance(0.5):
        d.t("，出生日期：").e(g.birth(1940, 2000), "BIRTH_DATE")
    d.t(
        "）",
        g.pick(["之申請案已核准，憑單另以掛號寄送", "之退稅款已於本月撥付", "尚有欠稅未繳"]),
        "。\n",
    )
    d.t("三、依", g.statute("tax"), "規定辦理。如有疑義，請洽本局服務科，電話：")
    d.e(g.landline(ext=0.6), "PHONE").t("。\n")
    d.t("正本：").p(p).t(g.pick(["君", "先生" if p.sex == "m" else "女士", ""]))
    if g.chance(0.7):
        d.t("（").e(g.address(0.5), "ADDRESS").t("）")
    d.t("\n副本：本局審查二科")


def _tax_call(g: _Gen, d: _Doc) -> None:
    p = g.person()
    d.t("【電話紀錄】", g.odate(), "\n來電者：").p(p)
    if g.chance(0.5):
        d.t("（自稱為納稅義務人之", g.pick(["配偶", "女兒", "兒子", "代理人"]), "）")
    quotes = [
        ("我昨天用信用卡", "繳綜所稅，網頁一直顯示失敗，到底有沒有扣到錢？"),
        ("上禮拜刷卡繳房地合一稅，卡號是", "，銀行說沒有入帳。"),
        ("我用", "那張卡繳了兩次，可以退一筆嗎？"),
    ]
    q = g.rng.choice(quotes)
    d.t("\n內容：「", q[0]).e(g.card(), "CREDIT_CARD").t(q[1], "」\n")
    d.t(
        "處理：經查繳款紀錄",
        g.pick(["已入帳", "重複繳納一筆，已請其填具退稅申請書", "尚未入帳"]),
        "，",
    )
    d.t("已請其", g.pick(["以", "留"]), "電話")
    d.e(g.phone(), "PHONE").t(g.pick(["聯繫", "再確認", "等候回電"]), "。")


def _tax_form(g: _Gen, d: _Doc) -> None:
    p = g.person(group=None)
    colon = g.pick(["：", ":", "： ", "　"])
    d.t(g.pick(["【申請補發扣繳憑單】", "■ 綜所稅退稅查詢單", "申請人資料"]), "\n")
    d.t("姓名", colon).p(p).t("\n")
    if p.group == "foreign":
        d.t("統一證號", colon).e(g.arc(p.sex), "TW_RESIDENT_CERT").t("\n")
    else:
        d.t(g.pick(["身分證字號", "身分證統一編號", "國民身分證"]), colon)
        d.e(g.twid(p.sex), "TW_NATIONAL_ID").t("\n")
    if g.chance(0.7):
        d.t("出生日期", colon).e(g.birth(1945, 2003, p.group == "foreign"), "BIRTH_DATE").t("\n")
    d.t(g.pick(["聯絡電話", "電話", "手機"]), colon).e(g.phone(), "PHONE").t("\n")
    if g.chance(0.6):
        d.t(g.pick(["E-mail", "電子郵件", "Email"]), colon).e(g.email(), "EMAIL").t("\n")
    d.t(g.pick(["通訊地址", "地址", "戶籍地址"]), colon).e(g.address(0.4), "ADDRESS").t("\n")
    d.t(
        "申請事由",
        colon,
        g.pick(["遺失", "未收到", "資料錯誤更正"]),
        "\n受理日期",
        colon,
        g.odate(),
    )


def _tax_dependents(g: _Gen, d: _Doc) -> None:
    filer = g.person()
    d.t("申報戶：").p(filer).t("（").e(g.twid(filer.sex), "TW_NATIONAL_ID").t("）\n扶養親屬：\n")
    relations = [("父", "m", 1935, 1960), ("母", "f", 1938, 1962), ("子", "m", 2005, 2020)]
    relations += [("女", "f", 2005, 2020), ("祖母", "f", 1930, 1945)]
    g.rng.shuffle(relations)
    for i, (rel, sex, lo, hi) in enumerate(relations[: g.rng.randint(1, 4)], 1):
        q = g.person(sex)
        d.t(f"{i}. {rel} ").p(q).t("，").e(g.twid(sex), "TW_NATIONAL_ID")
        if g.chance(0.6):
            d.t("，").e(g.birth(lo, hi), "BIRTH_DATE").t("生")
        d.t("\n")
    note = g.pick(["祖母長期照顧費用收據已附", "子女就學證明待補", "無", ""])
    d.t("備註：", note or "依" + g.statute("tax") + "認定", "。")


def _tax_foreign(g: _Gen, d: _Doc) -> None:
    f = g.foreigner()
    d.t("外籍人士").t(g.gap(f)).p(f).t(g.hon(f, 0.5)).t("（", _NATIONALITY[f.kind], "籍，")
    d.t(g.pick(["統一證號", "居留證號", "ARC號碼"]), g.pick(["", " ", "："]))
    d.e(g.arc(f.sex), "TW_RESIDENT_CERT")
    if g.chance(0.6):
        d.t("，護照號碼").e(g.passport(f.kind), "PASSPORT")
    d.t("）", g.pick(["臨櫃詢問", "來電詢問"]), "居住滿183天之認定及扣繳稅率，")
    d.t("已說明依", g.statute("tax"), "辦理。")
    if g.chance(0.6):
        d.t("雇主", g.company(), "（統一編號", g.ban_no(), "）陪同。")
    if g.chance(0.5):
        d.t("聯絡").e(g.phone(0.9), "PHONE").t("。")


# -- immigration -----------------------------------------------------------------------------


def _imm_form(g: _Gen, d: _Doc) -> None:
    f = g.foreigner("f" if g.chance(0.8) else "m")
    spouse = g.person("m" if f.sex == "f" else "f")
    d.t("面談紀錄\n面談日期：", g.odate(), "\n受面談人：").p(f)
    if f.alt and g.chance(0.5):
        d.t("（").p(f, alt=True).t("）")
    d.t("\n國籍：", _NATIONALITY[f.kind], "\n護照號碼：").e(g.passport(f.kind), "PASSPORT").t("\n")
    d.t("出生日期：").e(g.birth(1975, 2003, foreign=True), "BIRTH_DATE").t("\n")
    d.t("台灣配偶：").p(spouse).t("（身分證字號 ").e(g.twid(spouse.sex), "TW_NATIONAL_ID").t("）\n")
    if g.chance(0.5):
        d.t("通譯：").p(g.person(group=None)).t("\n")
    d.t(
        "面談結果：",
        g.pick(["雙方陳述大致相符，建議准予核發居留證。", "部分陳述不一致，建議二度面談。"]),
    )


def _imm_story(g: _Gen, d: _Doc) -> None:
    f = g.foreigner("f")
    h = g.person("m")
    d.p(f).t(
        g.hon(f, 0.7),
        "於",
        str(g.rng.randint(100, 112)),
        "年經",
        g.pick(["朋友", "親戚", "婚姻媒合業者"]),
    )
    d.t("介紹與").p(h).t(
        g.hon(h, 0.7), "認識，", g.pick(["同年", "隔年"]), "於", g.pick(_CITIES_ABROAD[f.kind])
    )
    d.t("登記結婚。\n據受面談人稱：「我先生")
    if g.chance(0.5):
        d.p(h)
    d.t(
        g.pick(["對我很好，每個月都會寄錢回家。", "在工廠上班，晚上才回來。", "會帶我去看醫生。"]),
        "」\n",
    )
    d.t("目前同住於").e(g.address(0.2), "ADDRESS").t("，")
    d.t(g.pick(["聯絡電話", "手機", "家中電話"]), "：").e(g.phone(), "PHONE").t("。")
    if g.chance(0.4):
        d.t("婆婆").p(g.person("f")).t("亦在場，表示兩人感情和睦。")


def _imm_quick(g: _Gen, d: _Doc) -> None:
    f = g.foreigner()
    d.t(g.odate("log"), " ").p(f).t(" ")
    d.t(g.pick(["ARC ", "居留證 ", "統一證號:", "ARC:"])).e(g.arc(f.sex), "TW_RESIDENT_CERT")
    d.t(
        g.pick([" 到站", " 臨櫃", " 線上"]),
        "申請",
        g.pick(["延期居留", "變更居留地址", "永久居留", "工作許可"]),
    )
    if g.chance(0.7):
        d.t(" → 新址 ").e(g.address(0.3), "ADDRESS")
    if g.chance(0.7):
        d.t("，手機 ").e(g.mobile(), "PHONE")
    if g.chance(0.5):
        d.t("，E-mail ").e(g.email(), "EMAIL")
    if g.chance(0.3):
        d.t("，健保卡號 ").e(g.nhi(), "TW_NHI_CARD")
    d.t(g.pick(["。", "", "。已收件", "。缺在職證明"]))


def _imm_table(g: _Gen, d: _Doc) -> None:
    sep = g.pick([" | ", "\t", "　"])
    d.t(sep.join(["編號", "姓名", "國籍", "統一證號", "電話"]), "\n")
    for i in range(1, g.rng.randint(2, 5)):
        f = g.foreigner()
        d.t(str(i), sep).p(f).t(sep, _NATIONALITY[f.kind], sep).e(g.arc(f.sex), "TW_RESIDENT_CERT")
        d.t(sep).e(g.mobile(), "PHONE").t("\n")
    d.t("（", g.odate(), "新住民生活適應輔導班報名名單）")


def _imm_visit(g: _Gen, d: _Doc) -> None:
    f = g.foreigner("f")
    officer = g.person()
    h = g.person("m")
    d.t("訪查紀錄：專勤隊").p(officer).t(g.pick(["", "專員", "科員"]), "於", g.odate(), "前往")
    d.e(g.address(0.3), "ADDRESS").t("訪查外籍配偶").p(f).t(g.gap(f))
    d.t("（", g.pick(["居留證號", "統一證號"])).e(g.arc("f"), "TW_RESIDENT_CERT").t("）。")
    d.t("其夫").p(h).t(g.pick(["在家", "外出工作未遇", "到場說明"]), "，")
    d.t("經電話").e(g.phone(), "PHONE").t("聯繫確認同住事實。")
    if g.chance(0.5):
        d.t("其子").p(g.person("m")).t("（").e(g.birth(2012, 2021), "BIRTH_DATE").t(
            "生）就讀附近國小。"
        )


# -- environment -----------------------------------------------------------------------------

_EPB_ISSUES = (
    "夜間施工噪音",
    "小吃店油煙直排",
    "冷氣室外機運轉噪音",
    "卡拉OK營業噪音",
    "工廠異味",
    "露天燃燒稻草",
    "廢棄物堆置",
    "家庭污水排入水溝",
)


def _epb_form(g: _Gen, d: _Doc) -> None:
    p = g.person()
    d.t("陳情案件 ", g.caseno(), "\n陳情人：").p(p).t("\n聯絡電話：").e(g.phone(), "PHONE").t("\n")
    if g.chance(0.6):
        d.t("住址：").e(g.address(0.3), "ADDRESS").t("\n")
    if g.chance(0.3):
        d.t("電子信箱：").e(g.email(), "EMAIL").t("\n")
    d.t(
        "陳情地點：",
        g.place(),
        "\n陳情內容：",
        g.pick(_EPB_ISSUES),
        "，",
        g.pick(["已持續一週", "每天晚上十點後", "假日尤其嚴重"]),
    )
    d.t("，", g.pick(["請派員稽查", "希望儘速改善", "不願具名被檢舉人知悉"]), "。")


def _epb_call(g: _Gen, d: _Doc) -> None:
    p = g.person()
    d.t(g.pick(["民眾", "住戶", "里民", ""])).p(p).t(
        g.hon(p, 0.5), g.pick(["來電", "來電陳情", "電話反映"]), "：「"
    )
    d.t(
        g.pick(
            [
                "隔壁工廠每天晚上十點以後還在運轉，吵到小孩睡不著。",
                "樓下的店油煙一直往我們家飄，窗戶都不能開。",
                "對面工地早上六點就開始打樁。",
            ]
        )
    )
    if g.chance(0.4):
        d.t("我住在").e(g.address(0.0), "ADDRESS").t("，")
    d.t(g.pick(["你們可以派人來看嗎？", "已經講好幾次了。", "拜託快點處理。"]), "」\n")
    d.t("已派稽查員前往", g.place(), "了解，", g.pick(["結果回覆民眾", "並請民眾留電話"]))
    d.e(g.phone(), "PHONE").t("。")


def _epb_email(g: _Gen, d: _Doc) -> None:
    p = g.person()
    opening, closing = g.rng.choice(((" <", ">"), ("<", ">"), ("（", "）"), (" [", "]")))
    d.t("寄件者：").p(p).t(opening).e(g.email(), "EMAIL").t(closing)
    d.t(
        "\n收件者：環保局陳情信箱\n主旨：檢舉",
        g.shop(),
        g.pick(["油煙", "噪音", "排水"]),
        "問題\n內容：\n您好，",
    )
    d.t(
        g.pick(["這家店每天營業到凌晨，", "屋頂的排風機很大聲，", "廚餘倒在路邊水溝，"]),
        "已影響住戶生活，請協助處理。\n",
    )
    if g.chance(0.6):
        d.t("聯絡電話").e(g.phone(), "PHONE").t("\n")
    d.p(p).t(g.pick(["敬上", "", " 謝謝"]))


def _epb_inspection(g: _Gen, d: _Doc) -> None:
    a, b, p = g.person(), g.person(), g.person()
    d.t("稽查紀錄：").p(a).t("、").p(b).t(
        "於", g.odate(), g.pick(["21時", "22時30分", "23時15分"]), "至陳情人"
    ).p(p)
    d.t("住處（").e(g.address(0.1), "ADDRESS").t("）量測，")
    d.t("Leq ", str(g.rng.randint(45, 72)), ".", str(g.rng.randint(0, 9)), " dB(A)，")
    d.t(
        g.pick(["超過管制標準，依", "未超過管制標準，仍依"]), g.statute("environment"), "勸導改善。"
    )
    if g.chance(0.5):
        d.t("陳情人表示：「").p(a).t(g.pick(["稽查員", "先生" if a.sex == "m" else "小姐"]))
        d.t("上次來也量過，", g.pick(["還是一樣吵。", "後來有比較好。"]), "」")


def _epb_followup(g: _Gen, d: _Doc) -> None:
    d.t("待回覆陳情人清單（", g.odate(), "）\n")
    for i in range(1, g.rng.randint(2, 5)):
        p = g.person()
        d.t(f"{i}) ").p(p).t(g.hon(p, 0.5), " ").e(g.phone(), "PHONE")
        d.t(" ", g.pick(_EPB_ISSUES), " ", g.pick(["已結案", "複查中", "待會勘", "移警察局"]), "\n")


# -- emergency room ---------------------------------------------------------------------------


def _er_intake(g: _Gen, d: _Doc) -> None:
    p = g.person(group=None)
    sex_word = "男" if p.sex == "m" else "女"
    d.t("急診社工評估紀錄\n個案姓名：").p(p).t("　性別：", sex_word, "　出生：")
    d.e(g.birth(1935, 2015, p.group == "foreign"), "BIRTH_DATE").t("\n")
    if p.group == "foreign":
        d.t("居留證：").e(g.arc(p.sex), "TW_RESIDENT_CERT").t("\n")
    else:
        d.t("身分證：").e(g.twid(p.sex), "TW_NATIONAL_ID").t("\n")
    if g.chance(0.7):
        d.t("健保卡號：").e(g.nhi(), "TW_NHI_CARD").t("\n")
    d.t(
        "主訴：",
        g.pick(["跌倒頭部外傷", "疑似遭家人毆打", "獨居長者意識不清", "酒醉倒臥路旁", "服藥過量"]),
        "\n",
    )
    word, sex = g.rng.choice(
        (
            ("案夫", "m") if p.sex == "f" else ("案妻", "f"),
            ("案子", "m"),
            ("案女", "f"),
            ("鄰居", None),
        )
    )
    d.t("社工評估：案主由119送入，", word).p(g.person(sex))
    d.t("隨後到院，", g.pick(["情緒激動", "表示無力照顧", "願意協助後續安置"]), "。")
    if g.chance(0.6):
        d.t("聯絡電話").e(g.phone(), "PHONE").t("。")


def _er_narrative(g: _Gen, d: _Doc) -> None:
    p = g.person()
    rel, sex = g.rng.choice(
        (("女兒", "f"), ("兒子", "m"), ("姪子", "m"), ("孫女", "f"), ("媳婦", "f"))
    )
    kin = g.person(sex)
    d.t(g.odate("log"), " ", g.hhmm(), "\n案主").p(p).t("（", str(g.rng.randint(65, 94)), "歲）")
    d.t(g.pick(["因在家中浴室跌倒", "因胸悶", "由鄰居發現倒臥家中後"]), "送急診，")
    d.t(
        g.pick(["獨居", "與外籍看護同住", "與配偶同住"]),
        "。",
        rel,
    ).p(kin)
    d.t("（").e(g.phone(), "PHONE").t("）表示「")
    d.t(
        g.pick(
            ["我媽一直不肯去住安養中心。", "我在台北上班，沒辦法常常回來。", "我們會輪流來照顧。"]
        ),
        "」",
    )
    if g.chance(0.5):
        d.t("\n案主住址：").e(g.address(0.2), "ADDRESS")
    d.t("\n社工師 ").p(g.person()).t(" 記錄")


def _er_foreign(g: _Gen, d: _Doc) -> None:
    f = g.foreigner()
    d.t(g.pick(["外籍移工", "外籍配偶", "外籍看護"])).t(g.gap(f)).p(f).t(g.gap(f))
    d.t("（", _NATIONALITY[f.kind], "籍")
    if g.chance(0.7):
        d.t("，居留證 ").e(g.arc(f.sex), "TW_RESIDENT_CERT")
    if g.chance(0.6):
        d.t("，護照 ").e(g.passport(f.kind), "PASSPORT")
    d.t(
        "）",
        g.pick(["工作時手部割傷", "腹痛", "車禍"]),
        "送急診，",
        g.pick(["無健保", "健保尚在等待期", "有健保"]),
        "。",
    )
    d.t("已聯絡", g.pick(["雇主", "仲介", "同鄉友人"])).p(g.person(group=None)).t("，電話").e(
        g.phone(), "PHONE"
    )
    d.t("，並請", g.pick(["通譯", "1955專線"]), "協助溝通。")


def _er_contacts(g: _Gen, d: _Doc) -> None:
    p = g.person()
    d.t("個案：").p(p).t("\n")
    for _ in range(g.rng.randint(1, 3)):
        rel, sex = g.rng.choice(
            (("子", "m"), ("女", "f"), ("配偶", None), ("弟", "m"), ("媳婦", "f"))
        )
        q = g.person(sex)
        d.t("- 聯絡家屬：").p(q).t(" ", rel, " ").e(g.phone(), "PHONE").t("\n")
    if g.chance(0.7):
        d.t("- 住址：").e(g.address(0.2), "ADDRESS").t("\n")
    if g.chance(0.4):
        d.t("- 健保卡：").e(g.nhi(), "TW_NHI_CARD").t("\n")
    d.t(
        "- ",
        g.pick(["已通報家防中心", "轉介長照中心", "協助申請急難救助"]),
        "（依",
        g.statute("emergency"),
        "）",
    )


def _er_deposit(g: _Gen, d: _Doc) -> None:
    p, q = g.person(), g.person()
    d.t("案主").p(p).t("無力負擔醫療費用，家屬").p(q).t(g.pick(["先以信用卡", "以信用卡", "刷卡"]))
    d.e(g.card(), "CREDIT_CARD").t("預繳保證金", g.amount(3000, 30000), "，")
    d.t("其餘費用協助申請", g.pick(["急難救助", "醫療補助", "社會救助"]), "。")
    if g.chance(0.5):
        d.t("案主生日").e(g.birth(1940, 1995), "BIRTH_DATE").t("，")
        d.t("健保卡號").e(g.nhi(), "TW_NHI_CARD").t("。")


# -- scholarship -----------------------------------------------------------------------------

_DEPTS = (
    "資訊工程學系",
    "企業管理學系",
    "護理學系",
    "社會工作學系",
    "機械工程學系",
    "中國文學系",
    "會計學系",
    "幼兒教育學系",
)


def _sch_form(g: _Gen, d: _Doc) -> None:
    p = g.person()
    sep = g.pick(["：", ":", "　"])
    d.t(
        str(g.roc()),
        "學年度第",
        g.pick("12"),
        "學期 ",
        g.pick(["清寒優秀獎學金", "原住民族獎助學金", "急難慰助金"]),
        "申請表\n",
    )
    d.t("姓名", sep).p(p).t("　學號", sep, g.pick(["B", "4", "s"]), g.digits(7), "\n")
    d.t("系級", sep, g.pick(_DEPTS), g.pick(["一", "二", "三", "四"]), "年級\n")
    d.t("身分證字號", sep).e(g.twid(p.sex), "TW_NATIONAL_ID").t("\n")
    d.t("出生日期", sep).e(g.birth(1999, 2007), "BIRTH_DATE").t("\n")
    d.t("手機", sep).e(g.mobile(), "PHONE").t("\n")
    if g.chance(0.7):
        d.t("E-mail", sep).e(g.email(student=True), "EMAIL").t("\n")
    d.t("戶籍地址", sep).e(g.address(0.4), "ADDRESS").t("\n")
    if g.chance(0.6):
        par = g.person()
        d.t("家長/監護人", sep).p(par).t("（", g.pick(["父", "母", "祖母"]), "）")
        if g.chance(0.5):
            d.t(" 電話", sep).e(g.phone(), "PHONE")


def _sch_autobio(g: _Gen, d: _Doc) -> None:
    p = g.person()
    dad, mom = g.person("m"), g.person("f")
    d.t("自傳\n", g.pick(["我叫", "我是", "我的名字是"])).p(p).t("，", g.pick(["出生於", "生日是"]))
    d.e(g.birth(2000, 2006), "BIRTH_DATE").t(
        "，", g.pick(["在屏東長大", "來自花蓮的部落", "在雲林鄉下長大"]), "。"
    )
    d.t("父親").p(dad).t(g.pick(["是臨時工", "務農", "在工地做板模"]), "，母親").p(mom)
    d.t(g.pick(["在市場賣菜", "因病長期臥床", "在餐廳洗碗"]), "，家中經濟並不寬裕。")
    d.t("我利用課餘時間在", g.shop(), "打工，希望獲得這份獎學金，減輕家中負擔。")


def _sch_review(g: _Gen, d: _Doc) -> None:
    d.t(g.pick(["獎學金審查委員會初審結果", "113-1 清寒獎學金審查表"]), "\n")
    sep = g.pick(["\t", " | ", "  "])
    d.t(sep.join(["編號", "姓名", "系級", "學業成績", "審查結果"]), "\n")
    for i in range(1, g.rng.randint(3, 6)):
        p = g.person()
        d.t(f"{i:02d}", sep).p(p).t(
            sep, g.pick(["資工", "企管", "護理", "社工", "會計"]), g.pick("一二三四")
        )
        d.t(
            sep,
            f"{g.rng.randint(70, 95)}.{g.rng.randint(0, 9)}",
            sep,
            g.pick(["通過", "通過", "不通過", "備取"]),
            "\n",
        )
    d.t("召集人：").p(g.person())


def _sch_recommend(g: _Gen, d: _Doc) -> None:
    p = g.person()
    t = g.person()
    d.t("推薦函\n茲推薦本系學生").p(p).t(
        g.pick(["同學", "君", ""]), "申請", g.pick(["清寒優秀獎學金", "校外獎學金"]), "。"
    )
    d.t("該生", g.pick(["學業表現優異", "熱心服務", "積極參與社團"]), "，")
    d.t(g.pick(["家境清寒仍努力向學", "曾擔任系學會幹部"]), "，特此推薦。\n推薦人：").p(t)
    d.t(g.pick(["教授", "副教授", "老師", ""]))
    if g.chance(0.5):
        d.t("\n聯絡方式：").e(g.email(), "EMAIL")
    if g.chance(0.4):
        d.t("、").e(g.landline(0.6), "PHONE")


def _sch_foreign(g: _Gen, d: _Doc) -> None:
    f = g.foreigner()
    d.t("僑外生").t(g.gap(f)).p(f).t(g.gap(f)).t("（", _NATIONALITY[f.kind], "籍，居留證號")
    d.e(g.arc(f.sex), "TW_RESIDENT_CERT").t(
        "）申請", g.pick(["外國學生獎學金", "清寒助學金"]), "，"
    )
    d.t("出生日期").e(g.birth(1998, 2006, foreign=True), "BIRTH_DATE").t("，")
    if g.chance(0.5):
        d.t("護照號碼").e(g.passport(f.kind), "PASSPORT").t("，")
    d.t("聯絡信箱").e(g.email(student=True), "EMAIL").t("。")


# -- land office -----------------------------------------------------------------------------


def _land_transfer(g: _Gen, d: _Doc) -> None:
    buyer, seller, agent = g.person(), g.person(), g.person()
    d.t(
        "收件字號：",
        g.pick(["大安", "信義", "板橋", "中壢", "北屯", "鳳山"]),
        "字第0",
        g.digits(5),
        "號\n",
    )
    d.t("登記原因：", g.pick(["買賣", "贈與", "拍賣"]), "\n權利人：").p(buyer).t("（").e(
        g.twid(buyer.sex), "TW_NATIONAL_ID"
    ).t("）\n")
    d.t("義務人：").p(seller).t("（").e(g.twid(seller.sex), "TW_NATIONAL_ID").t("）\n")
    d.t("代理人：地政士").p(agent).t("，電話").e(g.phone(0.5), "PHONE").t("\n")
    d.t(
        "標的：",
        g.pick(["大安區", "板橋區", "西屯區"]),
        g.pick(["龍泉段", "溪洲段", "福德段"]),
        g.pick(["一", "二", "三"]),
    )
    d.t("小段", str(g.rng.randint(1, 999)), "地號及其上建物")
    if g.chance(0.7):
        d.t("（門牌：").e(g.address(0.0), "ADDRESS").t("）")


def _land_counter(g: _Gen, d: _Doc) -> None:
    p = g.person()
    d.t(g.odate("log"), " ").p(p).t(
        g.hon(p, 0.4), g.pick(["臨櫃申請第一類謄本", "申請地籍異動索引", "辦理住址變更登記"])
    )
    d.t("，", g.pick(["出示身分證", "身分證號"])).e(g.twid(p.sex), "TW_NATIONAL_ID")
    if g.chance(0.6):
        d.t("，新住址").e(g.address(0.3), "ADDRESS")
    d.t("。", g.pick(["已當場核發", "補正：缺印鑑證明", "規費已收訖"]), "。")
    if g.chance(0.5):
        d.t("聯絡").e(g.phone(), "PHONE")


def _land_foreign(g: _Gen, d: _Doc) -> None:
    f = g.foreigner()
    d.t("外國人").t(g.gap(f)).p(f).t(g.gap(f)).t("（", _NATIONALITY[f.kind], "籍，護照號碼")
    d.e(g.passport(f.kind), "PASSPORT")
    if g.chance(0.6):
        d.t("，居留證號").e(g.arc(f.sex), "TW_RESIDENT_CERT")
    d.t(
        "）申請取得",
        g.pick(["區分所有建物", "住宅"]),
        "，依",
        g.statute("land"),
        "平等互惠原則審查。",
    )
    d.t("代理人").p(g.person()).t("，電話").e(g.phone(), "PHONE").t("。")


def _land_inherit(g: _Gen, d: _Doc) -> None:
    dead = g.person()
    d.t("繼承登記\n被繼承人：").p(dead).t(
        "（民國", str(g.rng.randint(105, 113)), "年", str(g.rng.randint(1, 12)), "月歿）\n繼承人："
    )
    heirs = [g.person() for _ in range(g.rng.randint(2, 4))]
    for i, h in enumerate(heirs):
        d.t("、" if i else "").p(h)
    d.t("\n")
    h = heirs[0]
    d.t("申請人").p(h).t("出生日期").e(g.birth(1950, 1990), "BIRTH_DATE")
    d.t("，通訊地址").e(g.address(0.4), "ADDRESS").t("。")
    if g.chance(0.5):
        d.t("\n其他繼承人", g.pick(["拋棄繼承", "已出具同意書"]), "。")


def _land_fee(g: _Gen, d: _Doc) -> None:
    p = g.person()
    d.t("規費", g.amount(80, 9000, 10), "，申請人").p(p).t("以信用卡").e(g.card(), "CREDIT_CARD").t(
        "繳納，"
    )
    d.t("收據編號", g.caseno(), "。")
    if g.chance(0.5):
        d.t("電子收據寄送").e(g.email(), "EMAIL").t("。")


# --------------------------------------------------------------------------------------------
# Hard negatives: public or non-personal look-alikes only
# --------------------------------------------------------------------------------------------


def _neg_tax(g: _Gen, d: _Doc) -> None:
    style = g.rng.randrange(3)
    if style == 0:
        d.t(g.odate("log"), " 電話諮詢\n民眾詢問", g.statute("tax"), "相關規定，")
        d.t("已說明並告知可參閱財政部", g.docno("tax"), "令。案號：", g.caseno(), "，結案。")
    elif style == 1:
        d.t(g.company(), "（統一編號 ", g.ban_no(), "）函詢營業稅零稅率適用疑義，")
        d.t("本局已以", g.docno("tax"), "函復，並請其於", g.odate(), "前補送統一發票")
        d.t(g.invoice(), "影本及出口報單。")
    else:
        d.t(
            "本日臨櫃共受理綜所稅申報",
            str(g.rng.randint(40, 300)),
            "件，退稅金額合計",
            g.amount(100000, 9000000, 1),
        )
        d.t(
            "。申報期間至",
            g.odate(),
            "截止，",
            g.pick(["陳情案件", "許可申請", "方案說明會"]),
            "另案處理。",
        )
        d.t(
            "林口、", g.pick(["三重", "板橋", "新莊"]), "服務處人力調度依", g.docno("tax"), "辦理。"
        )


def _neg_imm(g: _Gen, d: _Doc) -> None:
    style = g.rng.randrange(3)
    if style == 0:
        d.t("本站訂於", g.odate(), "召開新住民家庭服務協調會議，依", g.statute("immigration"))
        d.t(
            "研商面談作業流程，請各單位派員出席。會議地點：",
            g.pick(["本站三樓會議室", "林森北路服務站"]),
            "。",
        )
    elif style == 1:
        d.t("依內政部移民署", g.docno("immigration"), "函，新住民發展基金補助計畫申請期限至")
        d.t(g.odate(), "止，每案補助上限", g.amount(50000, 500000), "。案件編號 ", g.caseno(), "。")
    else:
        d.t(
            g.pick(["上月", "本季"]),
            "受理外籍配偶居留申請",
            str(g.rng.randint(30, 400)),
            "件，面談",
            str(g.rng.randint(5, 60)),
        )
        d.t(
            "件，其中",
            g.pick(["越南", "印尼", "菲律賓", "泰國"]),
            "籍占多數。",
            g.pick(["張貼", "陳列"]),
        )
        d.t(
            "宣導海報於",
            g.pick(["林口長庚醫院", "馬偕紀念醫院", "林森北路服務站"]),
            "及",
            g.place(),
            "。",
        )


def _neg_env(g: _Gen, d: _Doc) -> None:
    style = g.rng.randrange(3)
    if style == 0:
        d.t(
            "匿名陳情：",
            g.place(),
            g.pick(["夜間施工噪音", "黃昏市場廢水"]),
            "。陳情案號 ",
            g.caseno(),
            "，",
        )
        d.t(
            "稽查結果違反",
            g.statute("environment"),
            "規定，處",
            g.amount(1800, 100000),
            "罰鍰。",
        )
    elif style == 1:
        d.t(
            g.company(),
            "（統一編號",
            g.ban_no(),
            "）",
            g.pick(["林地", "高雄廠", "周邊工地"]),
            "違反",
        )
        d.t(
            g.statute("environment"),
            "，經",
            g.docno("environment"),
            "函裁處",
            g.amount(5000, 2000000),
            "，",
        )
        d.t("限", g.odate(), "前改善完成。")
    else:
        d.t(
            g.shop(),
            "油煙陳情已於",
            g.odate(),
            "複查，",
            g.pick(["已加裝靜電機", "仍未改善"]),
            "。",
        )
        d.t(
            "許可證字號",
            g.docno("environment"),
            "；",
            g.pick(["洪水期間", "連續假日"]),
            "加強巡查",
            g.place(),
            "。",
        )


def _neg_er(g: _Gen, d: _Doc) -> None:
    style = g.rng.randrange(3)
    if style == 0:
        d.t(
            "本週急診社工共處理個案",
            str(g.rng.randint(10, 60)),
            "件，其中家暴通報",
            str(g.rng.randint(1, 9)),
        )
        d.t("件，依", g.statute("emergency"), "於24小時內完成通報。")
    elif style == 1:
        d.t(
            g.odate("log"),
            " 一名約",
            str(g.rng.randint(60, 90)),
            "歲男性由119自",
            g.place(),
            "送入，",
        )
        d.t(
            "身上無證件，已通報",
            g.pick(["警方", "社會局"]),
            "協尋家屬。",
            g.pick(["曾經", "常常"]),
            "有路人目擊。",
        )
    else:
        d.t("社會局", g.docno("emergency"), "函：急難救助金每案最高", g.amount(10000, 50000), "，")
        d.t(
            "申請期限至",
            g.odate(),
            "。",
            g.pick(["林口長庚醫院", "馬偕紀念醫院"]),
            "社工室將派員參加說明會。",
        )


def _neg_sch(g: _Gen, d: _Doc) -> None:
    style = g.rng.randrange(3)
    if style == 0:
        d.t("本校", str(g.roc()), "學年度第1學期清寒獎學金申請期限至", g.odate(), "止，名額")
        d.t(
            str(g.rng.randint(5, 40)),
            "名，每名",
            g.amount(3000, 20000),
            "，依",
            g.statute("scholarship"),
            "辦理。",
        )
    elif style == 1:
        d.t(
            "獎學金審查會議紀錄（",
            g.odate(),
            "）\n一、本次申請",
            str(g.rng.randint(20, 120)),
            "件，",
        )
        d.t(
            "通過",
            str(g.rng.randint(5, 20)),
            "件。\n二、",
            g.company(),
            "（統一編號",
            g.ban_no(),
            "）",
        )
        d.t(
            "捐贈",
            g.amount(100000, 1000000),
            "設立專款。\n三、依教育部",
            g.docno("scholarship"),
            "函辦理。",
        )
    else:
        d.t(
            "學務處公告：",
            g.pick(["高年級", "方案一", "周末"]),
            "獎助學金說明會於",
            g.odate(),
            "舉行，",
        )
        d.t(
            "地點：",
            g.pick(["圖書館B1", "學生活動中心"]),
            "。公告字號 ",
            g.docno("scholarship"),
            "。",
        )


def _neg_land(g: _Gen, d: _Doc) -> None:
    style = g.rng.randrange(3)
    if style == 0:
        d.t(
            "收件字號 ", g.pick(["信義", "中正", "豐原"]), "字第0", g.digits(5), "號：", g.company()
        )
        d.t("（統一編號 ", g.ban_no(), "）申請建物第一次登記，依", g.statute("land"), "，")
        d.t("補正期限15日。規費", g.amount(500, 20000), "。")
    elif style == 1:
        d.t(
            g.pick(["林口", "黃金", "石牌", "高樓"]),
            "段",
            g.pick(["一", "二"]),
            "小段",
            str(g.rng.randint(1, 999)),
            "-",
        )
        d.t(
            str(g.rng.randint(1, 20)),
            "地號公告土地現值每平方公尺",
            g.amount(10000, 900000, 10),
            "，",
        )
        d.t("依", g.statute("land"), "公告，自", g.odate(), "起適用。")
    else:
        d.t(
            "本所",
            g.odate(),
            "受理登記案件",
            str(g.rng.randint(50, 300)),
            "件，",
            g.pick(["陳情", "張貼公告"]),
            "案件",
        )
        d.t(str(g.rng.randint(1, 9)), "件，依", g.docno("land"), "函辦理。")


_POSITIVE: dict[str, tuple[Callable[[_Gen, _Doc], None], ...]] = {
    "tax": (_tax_log, _tax_letter, _tax_call, _tax_form, _tax_dependents, _tax_foreign),
    "immigration": (_imm_form, _imm_story, _imm_quick, _imm_table, _imm_visit),
    "environment": (_epb_form, _epb_call, _epb_email, _epb_inspection, _epb_followup),
    "emergency": (_er_intake, _er_narrative, _er_foreign, _er_contacts, _er_deposit),
    "scholarship": (_sch_form, _sch_autobio, _sch_review, _sch_recommend, _sch_foreign),
    "land": (_land_transfer, _land_counter, _land_foreign, _land_inherit, _land_fee),
}
_NEGATIVE: dict[str, Callable[[_Gen, _Doc], None]] = {
    "tax": _neg_tax,
    "immigration": _neg_imm,
    "environment": _neg_env,
    "emergency": _neg_er,
    "scholarship": _neg_sch,
    "land": _neg_land,
}


def generate_heldout29(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the known-names list."""
    rng = random.Random(seed)
    g = _Gen(rng, n)
    samples: list[Sample] = []
    while len(samples) < n:
        genre = rng.choice(GENRES)
        negative = rng.random() < 0.25
        d = _Doc()
        g.begin()
        if negative:
            _NEGATIVE[genre](g, d)
        else:
            rng.choice(_POSITIVE[genre])(g, d)
        text = d.text
        if _leak_kinds(_masked(text, d.spans)):
            continue  # an unlabelled identifier slipped in; draw again
        known = [text[s:e] in g.known_set for s, e, lab in d.spans if lab == "PERSON"]
        samples.append(Sample(text, list(d.spans), negative, known))
    names = list(g.known_names)
    rng.shuffle(names)
    return samples, names
