"""Held-out set 39: labelled synthetic case texts written like Taiwanese agency records.

Written independently of the scanner (without reading its recognizers, lexicons or other
evaluation sets), so the first measurement on it is a held-out figure. Six genres: social
housing leases and tenant registers, stray-animal bite reports and adoptions, medical-dispute
mediation minutes, towing and parking-fee appeals, state-compensation claims, and factory
work-injury inspections (with migrant workers). Texts mix 公文, case-log notes, transcribed
speech, pasted forms, tables and lists.

Gold spans cover the value only: a name without its honorific or role word, the phone number
with its extension, the whole postal address, the date of a birth date. About a quarter of the
samples are hard negatives holding public or non-personal look-alikes only (document and case
numbers, companies' 統一編號, statute articles, amounts, meeting dates, place, organisation and
product names, ordinary words that begin with a surname character); they hold no phone numbers.

All randomness comes from ``random.Random(seed)``; the same seed gives the same output.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, creditcard, phone, twid
from pipelines.deid.identifiers import ban as ban_id
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

__all__ = ["generate_heldout39"]


def _w(words: str) -> list[str]:
    """A word list written as one space-separated string."""
    return words.split()


# ---------------------------------------------------------------------------------------------
# Names (this set's own lists).

_SURNAMES_COMMON = _w(
    "陳 林 黃 張 李 王 吳 劉 蔡 楊 許 鄭 謝 洪 郭 邱 曾 廖 賴 徐 周 葉 蘇 莊 呂 江 何 蕭 羅 高"
)
_SURNAMES_MID = _w(
    "潘 簡 朱 鍾 游 彭 詹 胡 施 沈 余 盧 梁 趙 顏 柯 翁 魏 孫 戴 范 方 宋 鄧 杜 傅 侯 曹 薛 丁 "
    "卓 阮 馬 董 温 唐 藍 石 蔣 古 紀 姚 連 馮 歐 程 湯 黎 田 康 姜 白 汪 鄒 尤 巫 鐘 涂 龔 嚴"
)
_SURNAMES_RARE = _w(
    "韓 袁 金 童 陸 夏 柳 凃 邵 錢 伍 倪 溫 于 譚 駱 熊 任 甘 秦 顧 毛 章 史 官 萬 俞 雷 粘 饒 "
    "闕 凌 崔 尹 孔 辛 武 辜 陶 易 段 龍 韋 葛 池 孟 褚 殷 麥 賀 賈 莫 文 管 關 向 包 丘 梅 利 "
    "華 裴 房 全 佘 左 花 符 喬 鮑 苗 聶 艾 寇 滕 岳 齊 祁 鄞 練 宣 巴 蒲 仲 冉 郁 查 商 靳 楚 "
    "屈 竇 刁 戚 塗 繆 邢 荊 單 鄔 諸 談 閻 隋 牛 桂 郝 晏 應 尚 甯 覃 樂 衛 鞠 冷 卜 湛 翟 "
    "蒙 賁 羊 雲 車 鄺 鄢 婁 匡 屠 井"
)
_SURNAMES = list(dict.fromkeys(_SURNAMES_COMMON + _SURNAMES_MID + _SURNAMES_RARE))
_SURNAME_WEIGHTS = [
    8 if s in _SURNAMES_COMMON else 3 if s in _SURNAMES_MID else 1 for s in _SURNAMES
]
_COMPOUND_SURNAMES = _w("歐陽 張簡 司徒 范姜 上官 諸葛 司馬 夏侯 端木 皇甫 公孫 東方 令狐 長孫")

_GIVEN_F = _w(
    "淑芬 淑惠 美玲 美惠 雅婷 怡君 佳穎 欣怡 雅雯 麗華 秀英 玉蘭 月娥 素貞 秋香 麗珠 碧霞 美珠 "
    "靜怡 宜蓁 佩珊 詩涵 郁婷 思妤 品妍 子晴 宥蓁 家瑜 筱涵 婉婷 慧君 惠如 若晴 語彤 昀蓁 雅惠 "
    "淑娟 淑貞 麗娟 秀琴 秀鳳 玉梅 玉霞 金蓮 春美 春嬌 秀蘭 美雲 美鳳 麗雲 麗卿 月英 素珍 素琴 "
    "寶珠 碧玉 瓊華 怡萱 怡婷 宜庭 宜靜 雅琪 雅玲 雅芳 佩君 佩怡 佩玲 佳蓉 佳琪 佳慧 欣穎 欣妤 "
    "心怡 思穎 詩婷 詩穎 芳儀 芳瑜 婷婷 文君 文馨 曉薇 曉雯 怡伶 姿穎 姵君 鈺婷 瑋婷 筱婷 筱雯 "
    "沛璇 紫涵 芷瑄 宥慈 羽彤 苡安 品萱 妤婕 亭妤 禹彤 恩綺 詠晴 以晨 玟萱 芯瑜 巧玲 珮瑜 靜宜 "
    "嘉玲 秀玉 淑華 淑玲 麗玉 金枝 罔市 招弟 金葉 秀治 月裡 阿嬌 麗美 美秀 幸子 秀梅 惠美 素娥 "
    "碧雲 鳳珠 彩雲 玉珍 雪芬 瑞琴 錦雲 雅涵 馨儀 凱婷 昱萱 宛臻 家綺 依婷 玉婷 秀娟 欣蓓 郁雯 "
    "湘婷 慧玲 美蘭 梅英 翠玉 淑敏 韻如 怡秀 琬婷 雨蓁 語婕 晏如 姿吟 品瑜 映彤 紫綾 之穎 巧雯"
)
_GIVEN_M = _w(
    "志明 建宏 俊傑 家豪 冠宇 承翰 宗翰 柏翰 信宏 文雄 國華 明德 振興 榮華 金龍 水木 添丁 建志 "
    "志豪 志偉 志強 俊宏 俊賢 家銘 家瑋 冠廷 冠霖 宇翔 宇軒 承恩 承志 柏宇 柏均 彥廷 彥宏 昱辰 "
    "睿恩 宥廷 品睿 子豪 子軒 浩宇 皓宇 哲瑋 哲維 建成 建國 國榮 國雄 文彬 文祥 明輝 明宗 正雄 "
    "正義 清水 順發 金水 火旺 天賜 進財 來福 耀宗 坤山 英傑 政憲 政宏 啟明 啟文 世昌 世豪 仁傑 "
    "嘉宏 嘉豪 凱文 凱翔 聖凱 俊廷 博文 致遠 立偉 永昌 永福 瑞祥 榮輝 德華 炳坤 朝陽 耀明 國棟 "
    "信良 崇德 昭宏 煥章 鴻文 鴻儒 振宇 晉嘉 威廷 韋辰 奕安 毅倫 詠翔 翊豪 睿哲 秉宏 秉翰 學文 "
    "紹謙 兆麟 家齊 定國 春生 萬得 阿明 文財 俊男 忠義 忠信 錫堃 坤煌 茂雄 金發 清標 榮宗 福來 "
    "添福 進興 慶輝 明哲 信雄 士傑 冠佑 宸睿 柏諺 品翰 子翔 恩碩 梓豪 允浩 昊天 聿修 廷睿 禾豐"
)
_GIVEN_F1 = _w("芳 玲 瑩 潔 萱 婷 琪 敏 慧 靜 珍 娟 雯 薇 蓉 霞 嫻 瑜 蘭 鳳")
_GIVEN_M1 = _w("偉 傑 明 華 強 翔 豪 杰 彥 浩 凱 勇 斌 峰 鑫 霖 毅 昇 達 雄")

# Indigenous names: (Han form, romanised form, sex); given names then family / father names.
_INDIG_GIVEN = [
    ("馬耀", "Mayaw", "M"), ("瓦旦", "Watan", "M"), ("比令", "Piling", "M"),
    ("尤命", "Yuming", "M"), ("達利", "Tali", "M"), ("哈勇", "Hayung", "M"),
    ("伊萬", "Iwan", "M"), ("尤幹", "Yukan", "M"), ("嘎造", "Kacaw", "M"),
    ("沙力浪", "Salizan", "M"), ("阿洛", "Alo", "M"), ("拉罕", "Lahan", "M"),
    ("烏明", "Umin", "M"), ("達給", "Takay", "M"), ("巴奈", "Panay", "F"),
    ("拉娃", "Lawa", "F"), ("吉娃斯", "Ciwas", "F"), ("撒韻", "Sayun", "F"),
    ("苡威", "Ipay", "F"), ("瑪法琳", "Mafaling", "F"), ("蘇米", "Sumi", "F"),
    ("法拉", "Fala", "F"), ("伊婉", "Iwan", "F"), ("烏杜", "Udu", "F"),
    ("阿布", "Abu", "F"), ("嬋娃", "Cawa", "F"),
]  # fmt: skip
_INDIG_FAMILY = [
    ("谷木", "Kumu"), ("諾幹", "Nokan"), ("巴萬", "Pawan"), ("尤道", "Yudaw"),
    ("達道", "Tadaw"), ("瓦濤", "Watu"), ("阿給", "Aki"), ("塔曼", "Taman"),
    ("吉洛", "Kilo"), ("哈魯", "Halu"), ("拉蘭", "Lalan"), ("里漾", "Ripang"),
    ("撒基努", "Sakinu"), ("卡造", "Kacaw"), ("比厚", "Pihaw"), ("達亞", "Taya"),
    ("瑪帆", "Mafan"), ("祿璞", "Lupu"),
]  # fmt: skip

# Foreign residents: Latin forms as on resident certificates, and Han transliterations.
_VN_FAMILY = [
    ("Nguyen", "Nguyễn", "阮"), ("Tran", "Trần", "陳"), ("Le", "Lê", "黎"), ("Pham", "Phạm", "范"),
    ("Hoang", "Hoàng", "黃"), ("Huynh", "Huỳnh", "黃"), ("Phan", "Phan", "潘"), ("Vu", "Vũ", "武"),
    ("Vo", "Võ", "武"), ("Dang", "Đặng", "鄧"), ("Bui", "Bùi", "裴"), ("Do", "Đỗ", "杜"),
    ("Ho", "Hồ", "胡"), ("Ngo", "Ngô", "吳"), ("Duong", "Dương", "楊"), ("Ly", "Lý", "李"),
]  # fmt: skip
_VN_MIDDLE = {
    "F": [("Thi", "Thị", "氏"), ("Ngoc", "Ngọc", "玉"), ("Thu", "Thu", "秋")],
    "M": [("Van", "Văn", "文"), ("Minh", "Minh", "明"), ("Duc", "Đức", "德"),
          ("Thanh", "Thanh", "清")],
}  # fmt: skip
_VN_GIVEN = {
    "F": [("Mai", "Mai", "梅"), ("Lan", "Lan", "蘭"), ("Hoa", "Hoa", "花"),
          ("Huong", "Hương", "香"), ("Trang", "Trang", "莊"), ("Linh", "Linh", "玲"),
          ("Nga", "Nga", "娥"), ("Hanh", "Hạnh", "幸"), ("Tuyet", "Tuyết", "雪"),
          ("Thao", "Thảo", "草"), ("Nhung", "Nhung", "絨"), ("Yen", "Yến", "燕"),
          ("Phuong", "Phương", "芳")],
    "M": [("Hung", "Hùng", "雄"), ("Dung", "Dũng", "勇"), ("Tuan", "Tuấn", "俊"),
          ("Nam", "Nam", "南"), ("Long", "Long", "龍"), ("Phuc", "Phúc", "福"),
          ("Khoa", "Khoa", "科"), ("Son", "Sơn", "山"), ("Hai", "Hải", "海"),
          ("Quang", "Quang", "光"), ("Cuong", "Cường", "強"), ("Toan", "Toàn", "全")],
}  # fmt: skip
_ID_GIVEN = {
    "F": [("Siti", "西蒂"), ("Sri", "絲莉"), ("Dewi", "黛薇"), ("Nur", "努兒"), ("Eka", "艾卡"),
          ("Ani", "阿妮"), ("Yuli", "尤莉"), ("Rina", "麗娜"), ("Indah", "英達"), ("Ayu", "阿尤"),
          ("Tri", "翠")],
    "M": [("Budi", "布迪"), ("Agus", "阿古斯"), ("Wahyu", "瓦尤"), ("Dedi", "德迪"),
          ("Eko", "艾可"), ("Joko", "佐科"), ("Rudi", "魯迪"), ("Andi", "安迪")],
}  # fmt: skip
_ID_FAMILY = [
    ("Aminah", "阿米娜"), ("Wahyuni", "瓦優妮"), ("Rahayu", "拉哈尤"), ("Astuti", "阿斯杜蒂"),
    ("Santoso", "桑托索"), ("Setiawan", "塞蒂亞宛"), ("Saputra", "沙普特拉"), ("Marlina", "馬琳娜"),
    ("Lestari", "列絲塔莉"), ("Kusuma", "庫蘇瑪"), ("Hidayat", "希達亞"), ("Pratama", "普拉塔瑪"),
]  # fmt: skip
_ID_SINGLE = {
    "F": _w("SUPARMI SUMIATI MULYANI SARINAH WARSINI SUGIARTI KARTINI"),
    "M": _w("SUPRIYADI SUTRISNO SUGENG PONIMAN SUKIRNO"),
}
_PH_GIVEN = {
    "F": [("Maria Cristina", "瑪莉亞"), ("Jennifer", "珍妮佛"), ("Rowena", "羅薇娜"),
          ("Marites", "瑪麗黛斯"), ("Jocelyn", "裘瑟琳"), ("Analyn", "安娜琳"),
          ("Mary Ann", "瑪麗安"), ("Lorna", "蘿娜")],
    "M": [("Rodel", "羅德爾"), ("Jomar", "喬馬"), ("Mark Anthony", "馬克"), ("Jerome", "傑洛姆"),
          ("Ramil", "拉米爾"), ("Joel", "喬爾"), ("Arnel", "阿內爾")],
}  # fmt: skip
_PH_FAMILY = [
    ("Santos", "桑托斯"), ("Reyes", "雷耶斯"), ("Dela Cruz", "德拉克魯茲"),
    ("Bautista", "包蒂斯塔"),
    ("Ocampo", "歐坎波"), ("Garcia", "賈西亞"), ("Mendoza", "門多薩"), ("Villanueva", "維拉紐瓦"),
    ("Ramos", "拉莫斯"), ("Flores", "弗洛雷斯"), ("Manalo", "馬納洛"), ("Soriano", "索里亞諾"),
]  # fmt: skip
_TH_GIVEN = {
    "F": [("Suda", "蘇達"), ("Malee", "瑪莉"), ("Nittaya", "妮他雅"), ("Siriporn", "詩莉蓬"),
          ("Kanya", "甘雅")],
    "M": [("Somchai", "頌猜"), ("Somsak", "頌沙"), ("Prasert", "巴色"), ("Anan", "阿南"),
          ("Kittisak", "吉滴薩"), ("Wanchai", "旺猜")],
}  # fmt: skip
_TH_FAMILY = [
    ("Sukjai", "蘇猜"), ("Srisuk", "詩麗蘇"), ("Thongdee", "通迪"), ("Chaiyaporn", "猜亞蓬"),
    ("Boonmee", "汶米"), ("Kaewkham", "凱坎"), ("Saelim", "謝林"), ("Phromma", "蓬瑪"),
]  # fmt: skip
_NATIONALITIES = ["越南", "印尼", "菲律賓", "泰國"]
_NAT_WEIGHTS = [4, 4, 3, 1]


@dataclass(frozen=True)
class _Person:
    name: str
    sex: str  # "M" or "F"
    nat: str | None = None  # nationality of a foreign resident


def _tw_person(rng: random.Random) -> _Person:
    """A Taiwanese name: Han (single, compound or married surname) or Indigenous."""
    sex = rng.choice("MF")
    if rng.random() < 0.07:
        pool = [g for g in _INDIG_GIVEN if g[2] == sex]
        han, rom, _ = rng.choice(pool)
        fam_han, fam_rom = rng.choice(_INDIG_FAMILY)
        r = rng.random()
        if r < 0.4:
            return _Person(f"{han}‧{fam_han}", sex)
        if r < 0.75:
            return _Person(f"{han}·{fam_han}", sex)
        return _Person(f"{rom} {fam_rom}", sex)
    if rng.random() < 0.05:
        surname = rng.choice(_COMPOUND_SURNAMES)
    else:
        surname = rng.choices(_SURNAMES, weights=_SURNAME_WEIGHTS)[0]
    if rng.random() < 0.09:
        given = rng.choice(_GIVEN_F1 if sex == "F" else _GIVEN_M1)
    else:
        given = rng.choice(_GIVEN_F if sex == "F" else _GIVEN_M)
    if sex == "F" and len(surname) == 1 and rng.random() < 0.07:  # 冠夫姓
        husband = rng.choices(_SURNAMES, weights=_SURNAME_WEIGHTS)[0]
        if husband != surname:
            surname = husband + surname
    return _Person(surname + given, sex)


def _latin(words: list[str], style: str) -> str:
    text = " ".join(words)
    return text.upper() if style == "upper" else text


def _foreign_person(rng: random.Random) -> _Person:
    """A migrant worker's or foreign resident's name, Latin or in Han transliteration."""
    sex = rng.choice("MF")
    nat = rng.choices(_NATIONALITIES, weights=_NAT_WEIGHTS)[0]
    han = rng.random() < 0.4
    style = "upper" if rng.random() < 0.55 else "title"
    dot = rng.choice("·‧")
    if nat == "越南":
        fam, mid, giv = (
            rng.choice(_VN_FAMILY),
            rng.choice(_VN_MIDDLE[sex]),
            rng.choice(_VN_GIVEN[sex]),
        )
        if han:
            return _Person(fam[2] + mid[2] + giv[2], sex, nat)
        if style == "title" and rng.random() < 0.3:
            return _Person(f"{fam[1]} {mid[1]} {giv[1]}", sex, nat)
        return _Person(_latin([fam[0], mid[0], giv[0]], style), sex, nat)
    if nat == "印尼":
        if not han and rng.random() < 0.25:
            return _Person(rng.choice(_ID_SINGLE[sex]), sex, nat)
        giv, fam = rng.choice(_ID_GIVEN[sex]), rng.choice(_ID_FAMILY)
        if han:
            return _Person(f"{giv[1]}{dot}{fam[1]}", sex, nat)
        return _Person(_latin([giv[0], fam[0]], style), sex, nat)
    if nat == "菲律賓":
        giv, fam = rng.choice(_PH_GIVEN[sex]), rng.choice(_PH_FAMILY)
        if han:
            return _Person(f"{giv[1]}{dot}{fam[1]}", sex, nat)
        if rng.random() < 0.3:
            initial = rng.choice("ABCDGLMPRST")
            return _Person(_latin([giv[0], f"{initial}.", fam[0]], style), sex, nat)
        return _Person(_latin([giv[0], fam[0]], style), sex, nat)
    giv, fam = rng.choice(_TH_GIVEN[sex]), rng.choice(_TH_FAMILY)
    if han:
        return _Person(f"{giv[1]}{dot}{fam[1]}", sex, nat)
    return _Person(_latin([giv[0], fam[0]], style), sex, nat)


class _Roster:
    """The known-names list (an applicant column) and fresh names that are in no list."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self.rng = rng
        self.used_tw = self._unique(_tw_person, max(30, n * 2 // 5), set())
        taken = {p.name for p in self.used_tw}
        self.used_fw = self._unique(_foreign_person, max(10, n // 10), taken)
        taken |= {p.name for p in self.used_fw}
        spare = self._unique(_tw_person, max(8, n // 8), taken)
        taken |= {p.name for p in spare}
        spare += self._unique(_foreign_person, max(4, n // 30), taken)
        names = [p.name for p in self.used_tw + self.used_fw + spare]
        rng.shuffle(names)
        self.names = names
        self.known = set(names)

    def _unique(
        self, make: Callable[[random.Random], _Person], count: int, taken: set[str]
    ) -> list[_Person]:
        out: list[_Person] = []
        seen = set(taken)
        while len(out) < count:
            person = make(self.rng)
            if person.name not in seen:
                seen.add(person.name)
                out.append(person)
        return out

    def person(self, foreign: bool, exclude: set[str]) -> _Person:
        """About half the mentions come from the list, the rest are fresh names."""
        for _ in range(200):
            if self.rng.random() < 0.5:
                person = self.rng.choice(self.used_fw if foreign else self.used_tw)
            else:
                person = (_foreign_person if foreign else _tw_person)(self.rng)
                if person.name in self.known:
                    continue
            if person.name not in exclude:
                return person
        raise RuntimeError("could not draw a distinct name")


# ---------------------------------------------------------------------------------------------
# Structured values.

_DIGITS = "0123456789"
_TO_FULL = str.maketrans(
    {
        c: chr(ord(c) + 0xFEE0)
        for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-@.()+#/:"
    }
    | {" ": "\u3000"}
)
_TO_HALF = str.maketrans({chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)} | {"\u3000": " "})
_CN = "〇一二三四五六七八九"


def _digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice(_DIGITS) for _ in range(k))


def _cn(n: int) -> str:
    """Chinese numerals for 1..99 (七十五, 十二, 八)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else "十" if tens == 1 else _CN[tens] + "十"
    return head + (_CN[ones] if ones else "")


def _national_id(rng: random.Random, sex: str | None) -> str:
    letter = rng.choice(sorted(LETTER_CODES))
    gender = {"M": "1", "F": "2"}.get(sex or "", rng.choice("12"))
    body = gender + _digits(rng, 7)
    return letter + body + id_check_digit(letter, body)


def _resident_cert(rng: random.Random, sex: str | None) -> str:
    letter = rng.choice(sorted(LETTER_CODES))
    if rng.random() < 0.65:  # new form since 2021: letter, 8/9, eight digits
        second = {"M": "8", "F": "9"}.get(sex or "", rng.choice("89"))
        body = second + _digits(rng, 7)
        return letter + body + id_check_digit(letter, body)
    second = rng.choice({"M": "AC", "F": "BD"}.get(sex or "", "ABCD"))
    tail = _digits(rng, 7)
    return letter + second + tail + id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)


def _mobile(rng: random.Random) -> str:
    while True:
        number = "09" + _digits(rng, 8)
        if phone.is_valid(number):
            break
    a, b, c = number[:4], number[4:7], number[7:]
    return rng.choice(
        [
            number, number, f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a}-{b}{c}", f"{a} {b} {c}",
            f"{a}.{b}.{c}", f"({a}){b}-{c}", f"+886-{a[1:]}-{b}-{c}", f"+886 {a[1:]} {b} {c}",
            f"+886{number[1:]}", f"886-{a[1:]}-{b}{c}", f"+886-{a}-{b}{c}",
        ]
    )  # fmt: skip


# (area code, local length, possible first local digits, weight)
_AREAS = [
    ("02", 8, "235678", 8), ("03", 7, "34589", 3), ("037", 6, "2345", 1), ("04", 8, "2", 3),
    ("04", 7, "78", 1), ("049", 7, "23", 1), ("05", 7, "2356", 2), ("06", 7, "2356", 2),
    ("07", 7, "35678", 3), ("08", 7, "78", 1), ("089", 6, "3", 1), ("082", 6, "3", 1),
    ("0836", 5, "2", 1),
]  # fmt: skip


def _landline(rng: random.Random) -> str:
    area = rng.choices(_AREAS, weights=[a[3] for a in _AREAS])[0]
    code, size, firsts, _ = area
    for _ in range(6):
        local = rng.choice(firsts) + _digits(rng, size - 1)
        if phone.is_valid(code + local):
            break
    cut = 4 if size == 8 else 3 if size in (6, 7) else size
    l1, l2 = local[:cut], local[cut:]
    joined = f"{l1}-{l2}" if l2 else l1
    spaced = f"{l1} {l2}" if l2 else l1
    text = rng.choice(
        [
            f"({code}){joined}", f"({code}){joined}", f"{code}-{joined}", f"{code}-{joined}",
            f"{code}-{local}", f"({code}) {spaced}", f"{code} {spaced}", f"{code}{local}",
            f"+886-{code[1:]}-{joined}", f"+886 {code[1:]} {spaced}", f"({code}){local}",
        ]
    )  # fmt: skip
    if rng.random() < 0.25:
        ext = str(rng.randint(10, 9999))
        text += rng.choice(
            [f"分機{ext}", f" 分機 {ext}", f"#{ext}", f" #{ext}", f" ext. {ext}", f"轉{ext}"]
        )
    return text


def _email(rng: random.Random) -> str:
    syl = _w(
        "chen lin huang chang lee wang wu liu tsai yang hsu cheng hsieh hung kuo chiu tseng liao "
        "lai chou yeh su chuang lu chiang ho hsiao lo kao pan chien chu chung yu peng hu shih shen "
        "mei hui ling ting yi chun wei ming hsin chia han chih hao jie kai an ping fang ying yun "
        "nguyen siti maria tran dewi somchai jen pei shu hua"
    )
    a, b = rng.choice(syl), rng.choice(syl)
    num = rng.choice(["", str(rng.randint(1, 99)), str(rng.randint(1950, 2008)), _digits(rng, 4)])
    local = rng.choice(
        [
            f"{a}{b}{num}",
            f"{a}.{b}",
            f"{a}_{b}{num}",
            f"{a[0]}{b[0]}{a}{num}",
            f"{a}{num}.{b}",
            f"{b}{a}",
        ]
    )
    domain = rng.choice(
        ["gmail.com"] * 5
        + ["yahoo.com.tw"] * 2
        + ["hotmail.com", "outlook.com", "msa.hinet.net", "ms35.hinet.net", "icloud.com"]
        + ["pchome.com.tw", "seed.net.tw", "livemail.tw", "yahoo.com"]
    )
    return f"{local}@{domain}"


_DISTRICTS = {
    "臺北市": "中正區100 大同區103 中山區104 松山區105 大安區106 萬華區108 信義區110 士林區111 "
    "北投區112 內湖區114 南港區115 文山區116",
    "新北市": "板橋區220 三重區241 中和區235 永和區234 新莊區242 新店區231 土城區236 蘆洲區247 "
    "汐止區221 樹林區238 淡水區251 三峽區237 林口區244 五股區248",
    "桃園市": "桃園區330 中壢區320 平鎮區324 八德區334 楊梅區326 蘆竹區338 龜山區333 龍潭區325 "
    "觀音區328",
    "臺中市": "中區400 北區404 西屯區407 南屯區408 北屯區406 豐原區420 大里區412 太平區411 "
    "沙鹿區433 清水區436 大甲區437",
    "臺南市": "中西區700 東區701 北區704 安平區708 永康區710 新營區730 善化區741 佳里區722 "
    "仁德區717",
    "高雄市": "苓雅區802 前鎮區806 三民區807 左營區813 鳳山區830 楠梓區811 岡山區820 小港區812 "
    "大寮區831",
    "基隆市": "仁愛區200 信義區201 七堵區206 安樂區204",
    "新竹市": "東區300 北區300 香山區300",
    "新竹縣": "竹北市302 湖口鄉303 新豐鄉304 竹東鎮310",
    "苗栗縣": "苗栗市360 頭份市351 竹南鎮350 苑裡鎮358 通霄鎮357",
    "彰化縣": "彰化市500 員林市510 鹿港鎮505 和美鎮508 溪湖鎮514 芳苑鄉528",
    "南投縣": "南投市540 埔里鎮545 草屯鎮542 竹山鎮557",
    "雲林縣": "斗六市640 虎尾鎮632 西螺鎮648 北港鎮651 麥寮鄉638",
    "嘉義市": "東區600 西區600",
    "嘉義縣": "太保市612 民雄鄉621 朴子市613 水上鄉608",
    "屏東縣": "屏東市900 潮州鎮920 東港鎮928 恆春鎮946 內埔鄉912",
    "宜蘭縣": "宜蘭市260 羅東鎮265 蘇澳鎮270 礁溪鄉262",
    "花蓮縣": "花蓮市970 吉安鄉973 玉里鎮981 壽豐鄉974",
    "臺東縣": "臺東市950 關山鎮956 成功鎮961 卑南鄉954",
    "澎湖縣": "馬公市880",
    "金門縣": "金城鎮893 金湖鎮891",
}
_CITY_WEIGHTS = {"臺北市": 6, "新北市": 7, "桃園市": 5, "臺中市": 5, "臺南市": 4, "高雄市": 5}
_ROADS = _w(
    "中山路 中正路 民生路 民權路 民族路 建國路 復興路 和平路 成功路 光復路 自由路 信義路 仁愛路 "
    "忠孝路 文化路 中華路 大同路 三民路 公園路 博愛路 林森路 長春路 勝利路 五福路 四維路 延平路 "
    "興隆路 府前路 站前路 環河路 東興路 西門路 文心路 英才路 "
    "崇德路 永福街 福德街 新生街 光明街 育英街 明德街 自強街 同安街 中興街 仁義街 大智路 "
    "青年路"
)
_TAIPEI_ROADS = _w("南京東路 忠孝東路 基隆路 羅斯福路 和平東路 復興南路 民權東路")
_VILLAGES = _w(
    "福德 中興 仁愛 和平 永安 忠孝 民生 新興 光明 長春 大同 復興 東榮 西勢 南門 北勢 頂寮 下厝 "
    "溪洲 新庄 崁頂 竹圍"
)


def _district(rng: random.Random) -> tuple[str, str, str]:
    cities = list(_DISTRICTS)
    city = rng.choices(cities, weights=[_CITY_WEIGHTS.get(c, 1) for c in cities])[0]
    entry = rng.choice(_DISTRICTS[city].split())
    return city, entry[:-3], entry[-3:]


def _road(rng: random.Random, city: str = "") -> str:
    road = rng.choice(_ROADS + _TAIPEI_ROADS if city.endswith("北市") else _ROADS)
    if road.endswith("路") and rng.random() < 0.35:
        road += _cn(rng.randint(1, 5)) + "段"
    return road


def _address(rng: random.Random) -> str:
    city, dist, zipc = _district(rng)
    if city[0] == "臺" and rng.random() < 0.3:
        city = "台" + city[1:]
    parts = []
    if rng.random() < 0.3:
        code = zipc if rng.random() < 0.7 else zipc + f"{rng.randint(1, 99):03d}"
        parts.append(code + rng.choice(["", "", " "]))
    parts.append(city + dist)
    if rng.random() < 0.3:
        parts.append(rng.choice(_VILLAGES) + ("村" if dist.endswith("鄉") else "里"))
        if rng.random() < 0.6:
            parts.append(f"{rng.randint(1, 30)}鄰")
    parts.append(_road(rng, city))
    if rng.random() < 0.4:
        parts.append(f"{rng.randint(1, 400)}巷")
        if rng.random() < 0.3:
            parts.append(f"{rng.randint(1, 30)}弄")
    no, k = rng.randint(1, 350), rng.randint(1, 9)
    parts.append(rng.choice([f"{no}號"] * 4 + [f"{no}之{k}號", f"{no}號之{k}"]))
    if rng.random() < 0.5:
        floor = rng.randint(2, 15)
        forms = [f"{floor}樓"] * 3 + [f"{floor}樓之{k}", f"{_cn(floor)}樓"]
        if parts[-1].endswith("號"):
            forms.append(f"{floor}F")
        parts.append(rng.choice(forms))
    return "".join(parts)


def _luhn_complete(partial: str) -> str:
    for d in _DIGITS:
        if creditcard.luhn_ok(partial + d):
            return partial + d
    raise AssertionError("unreachable")


def _credit_card(rng: random.Random) -> str:
    kind = rng.choices(["visa", "mc", "jcb", "amex", "cup"], weights=[5, 4, 3, 1, 1])[0]
    if kind == "amex":
        number = _luhn_complete(rng.choice(["34", "37"]) + _digits(rng, 12))
        sep = rng.choice([" ", "-", ""])
        return sep.join([number[:4], number[4:10], number[10:]])
    prefix = {"visa": "4", "mc": "5" + rng.choice("12345"), "jcb": "35" + str(rng.randint(28, 89))}
    head = prefix.get(kind, "62")
    number = _luhn_complete(head + _digits(rng, 15 - len(head)))
    sep = rng.choice([" ", "-", "", "-"])
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


def _nhi(rng: random.Random) -> str:
    number = ("0000" if rng.random() < 0.85 else "000" + rng.choice("123456789")) + _digits(rng, 8)
    sep = rng.choice([" ", "-", "", ""])
    return sep.join([number[:4], number[4:8], number[8:]])


def _passport(rng: random.Random, nat: str | None) -> str:
    nat = nat or rng.choice(["臺灣", "臺灣", *_NATIONALITIES])
    if nat == "越南":
        return rng.choice("CCBN") + _digits(rng, 7)
    if nat == "印尼":
        return rng.choice("ABCEX") + _digits(rng, 7)
    if nat == "菲律賓":
        if rng.random() < 0.6:
            return "P" + _digits(rng, 7) + rng.choice("ABC")
        return rng.choice(["EC", "EB"]) + _digits(rng, 7)
    if nat == "泰國":
        return rng.choice(["AA", "AB", "AC"]) + _digits(rng, 7)
    return rng.choice("3") + _digits(rng, 8)  # Taiwanese passports: nine digits


_MONTHS_EN = _w("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC")


def _birth_date(rng: random.Random, foreign: bool) -> str:
    start = dt.date(1938, 1, 1).toordinal()
    day = dt.date.fromordinal(rng.randint(start, dt.date(2012, 12, 31).toordinal()))
    y, m, d, r = day.year, day.month, day.day, day.year - 1911
    if foreign and rng.random() < 0.5:
        return rng.choice(
            [f"{d:02d} {_MONTHS_EN[m - 1]} {y}", f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}"]
        )
    forms = [
        f"民國{r}年{m}月{d}日", f"{r}年{m}月{d}日", f"{r}年{m}月{d}日", f"{r}年{m:02d}月{d:02d}日",
        f"{r:03d}.{m:02d}.{d:02d}", f"{r}.{m}.{d}", f"{r:03d}/{m:02d}/{d:02d}", f"{r}/{m}/{d}",
        f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{y}/{m:02d}/{d:02d}", f"{y}年{m}月{d}日",
        f"{y}.{m:02d}.{d:02d}",
    ]  # fmt: skip
    if r < 100:
        forms.append(f"民國{_cn(r)}年{_cn(m)}月{_cn(d)}日")
    return rng.choice(forms)


# ---------------------------------------------------------------------------------------------
# Fillers: text that is not a gold value (public, or not personal).

_WEEKDAYS = "一二三四五六日"


def _date(rng: random.Random) -> str:
    day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 6 * 365))
    y, m, d, r = day.year, day.month, day.day, day.year - 1911
    week = _WEEKDAYS[day.weekday()]
    return rng.choice(
        [
            f"{r}年{m}月{d}日", f"{r}年{m}月{d}日", f"{r}年{m}月{d}日（星期{week}）",
            f"{r}/{m:02d}/{d:02d}", f"{y}年{m}月{d}日", f"{y}/{m}/{d}", f"{m}月{d}日",
            f"{r}.{m:02d}.{d:02d}", f"民國{r}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}",
            f"{m}/{d}（{week}）",
        ]
    )  # fmt: skip


def _time(rng: random.Random) -> str:
    h, mi = rng.randint(1, 11), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    return rng.choice(
        [
            f"上午{h}時{mi}分" if mi else f"上午{h}時",
            f"下午{h}時{mi}分" if mi else f"下午{h}時",
            f"{h + 12}:{mi:02d}", f"晚間{min(h, 4) + 6}時許", f"凌晨{min(h, 4)}時許",
            f"{h + 7}時{mi}分",
        ]
    )  # fmt: skip


_DOC_ORGS = _w(
    "府授工 北市都建 新北住 高市交停 中市動保 衛部醫 勞職授 府法賠 桃市衛醫 南市工養 北市交停 "
    "竹縣農 彰府建 勞安檢 中市勞檢 北市動保救 新北府法 高市衛醫"
)
_DOC_TOPICS = _w("字 字 營字 管字 救字 調字 賠字 檢字")


def _doc_no(rng: random.Random) -> str:
    roc = rng.randint(108, 114)
    org, topic = rng.choice(_DOC_ORGS), rng.choice(_DOC_TOPICS)
    tail = _digits(rng, rng.choice([7, 7, 8]))
    return f"{org}{topic}第{roc}{tail}號"


def _case_no(rng: random.Random) -> str:
    roc, k = rng.randint(108, 114), rng.randint(1, 320)
    letter = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    return rng.choice(
        [
            f"{roc}年度醫調字第{k}號", f"{roc}國賠字第{k:03d}號", f"{roc}-{k:04d}",
            f"{roc}北市醫調字第{k:04d}號", f"{roc}-醫-{k:04d}", f"{letter}{roc}{_digits(rng, 6)}",
            f"{roc}{_digits(rng, 4)}-{k:04d}", f"{roc}年度拖申字第{k}號",
        ]
    )  # fmt: skip


def _receipt(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    roc = rng.randint(108, 114)
    return rng.choice(
        [
            f"{rng.choice(letters)}{rng.choice(letters)}-{_digits(rng, 8)}",
            f"{rng.choice(letters)}{rng.choice(letters)}{_digits(rng, 8)}",
            f"No.{_digits(rng, 7)}", f"{roc}{_digits(rng, 9)}", f"{roc}{_digits(rng, 11)}",
            f"{roc}-{_digits(rng, 6)}-{_digits(rng, 3)}",
        ]
    )  # fmt: skip


def _ban_no(rng: random.Random) -> str:
    while True:
        number = _digits(rng, 8)
        if ban_id.is_valid(number):
            return number


def _amount(rng: random.Random, big: bool = False) -> str:
    if big:
        n = rng.choice([rng.randint(2, 90) * 10000, rng.randint(10, 900) * 1000])
    else:
        n = rng.choice(
            [rng.randint(2, 60) * 50, rng.randint(2, 150) * 100, rng.randint(3, 25) * 1000]
        )
    wan, rest = divmod(n, 10000)
    forms = [f"新臺幣{n:,}元", f"NT${n:,}", f"{n:,}元", f"新台幣{n}元整", f"{n}元"]
    if wan and not rest:
        forms.append(f"新臺幣{wan}萬元")
    elif wan:
        forms.append(f"新臺幣{wan}萬{rest:,}元")
    return rng.choice(forms)


_SOCIAL_HOUSING = _w(
    "興隆 東明 青年 明倫 健康 小彎 福安 莒光 中路 頭前 新富 大橋頭 安康 廣慈 行善 南港機廠 "
    "浮洲 北榮 光明 清溪"
)
_HOSPITALS = _w(
    "臺大醫院 馬偕紀念醫院 林口長庚紀念醫院 中國醫藥大學附設醫院 高雄榮民總醫院 成大醫院 "
    "彰化基督教醫院 衛生福利部桃園醫院 萬芳醫院 奇美醫院 亞東紀念醫院 童綜合醫院 花蓮慈濟醫院 "
    "新光吳火獅紀念醫院 光田綜合醫院 聖馬爾定醫院 安泰醫院 仁愛診所 康寧診所"
)
_ORGS = _w(
    "臺北市政府都市發展局 新北市政府住宅及都市更新中心 桃園市政府住宅發展處 臺中市政府衛生局 "
    "高雄市政府交通局 臺南市政府工務局 勞動部職業安全衛生署 新竹縣政府 彰化縣政府 "
    "臺北市停車管理工程處 新北市政府交通事件裁決處 臺中市動物保護防疫處 屏東縣政府法制處 "
    "基隆市政府 宜蘭縣政府衛生局 臺北市政府衛生局 新北市政府法制局"
)
_SHELTERS = _w(
    "臺北市動物之家 新北市板橋動物之家 桃園市動物保護教育園區 臺中市動物之家后里園區 "
    "高雄市壽山動物保護教育園區 臺南市動物之家灣裡站 彰化縣動物保護教育園區"
)
_COMPANY_HEADS = _w(
    "永豐 大成 振興 宏昌 金順 全興 台勝 協和 聯發 正大 源興 建新 佳和 三益 福隆 勝昌 鴻福 "
    "林記 陳氏 黃家 張記 吳興 高峰 周興 許源 鄭順 江南 何記 蔡家 楊梅"
)
_COMPANY_TAILS = _w(
    "精密工業股份有限公司 塑膠有限公司 金屬企業社 食品股份有限公司 鐵工廠 紡織股份有限公司 "
    "營造有限公司 電子股份有限公司 物業管理顧問有限公司 保全股份有限公司 拖吊有限公司 "
    "鋼鐵股份有限公司 包裝材料有限公司"
)
_PLACES = _w(
    "大安森林公園 河濱公園 市政大樓二樓會議室 社區活動中心 中正紀念堂 果菜市場 林家花園 "
    "高美濕地 王功漁港 蘇澳港 勞工育樂中心 區公所三樓禮堂 運動中心 傳統市場 捷運站出口 "
    "黃昏市場 林口運動公園 陳氏宗祠廣場 吳鳳公園 觀光夜市 工業區服務中心 國小旁空地"
)
_BREEDS = _w("米克斯 台灣犬 柴犬 柯基犬 黃金獵犬 拉不拉多 哈士奇 比特犬 貴賓犬 博美犬")
_CATS = _w("橘貓 三花貓 虎斑貓 黑貓 賓士貓")
_COLORS = _w("黑色 黃色 白色 花色 咖啡色 黑白")
_MACHINES = _w("沖床 滾輪輸送帶 射出成型機 捲料機 堆高機 裁切機 攪拌機 研磨機 油壓機")
_ACCIDENTS = _w("被夾、被捲 墜落、滾落 被切、割、擦傷 物體倒塌、崩塌 感電 與高溫接觸 跌倒 被撞")
_TASKS = _w("鋼筋綁紮 模具更換 屋頂維修 物料搬運 機台清潔 高處作業 電焊")
_INJURIES = _w(
    "右手三指遭沖床壓傷 自二樓鐵皮屋頂墜落 左腳遭堆高機輾傷 清潔滾輪時手臂被捲入 "
    "搬運鋼材時遭掉落物砸傷 遭熱熔膠燙傷手臂"
)
_SWORDS = _w(
    "黃昏時段加強照明 林蔭步道植栽修剪 陳列架移至交誼廳 張貼公告以利住戶周知 高壓電箱加設護欄 "
    "曾經反映之漏水點複查 周邊人行道鋪面更新 許可證影本存檔備查 何時完工另行通知 "
    "方向指示牌重新設置 石材地坪止滑處理 江邊步道夜間封閉 葉片堆積排水溝清理 "
    "施工圍籬加裝警示燈 馬路邊溝加蓋 白天時段開放參觀 金額以實際結算為準 洪水期間暫停開放"
)
_PRODUCTS = _w("寵物罐頭 貓砂 王子麵 黑松沙士 蘇打餅乾 白蘭洗衣精 楊桃汁 乖乖 維力炸醬麵")
_LAWS_HOUSING = _w(
    "住宅法 住宅法第25條 社會住宅承租者申請資格規定 臺北市社會住宅出租辦法 新北市社會住宅出租辦法"
)
_LAWS_PARKING = _w("停車場法第32條 道路交通管理處罰條例第56條 公有停車場收費自治條例")


def _street(rng: random.Random) -> str:
    """A street location without a house number (public, not an address)."""
    _, dist, _ = _district(rng)
    head = (dist if rng.random() < 0.4 else "") + _road(rng)
    return head + rng.choice(
        [
            "口",
            f"與{rng.choice(_ROADS)}交叉口",
            f"{rng.randint(2, 300)}巷口",
            "旁紅線",
            "路段",
            "人行道",
            "公車站前",
        ]
    )


def _dog(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return rng.choice(_CATS) + rng.choice(["", "（已結紮）", "（幼貓）"])
    return (
        rng.choice(_COLORS)
        + rng.choice(_BREEDS)
        + rng.choice(["", "公犬", "母犬", "幼犬", "（成犬）"])
    )


_FILLERS: dict[str, Callable[[random.Random], str]] = {
    "DATE": _date,
    "TIME": _time,
    "DOCNO": _doc_no,
    "CASENO": _case_no,
    "RECEIPT": _receipt,
    "BAN": _ban_no,
    "AMT": _amount,
    "BIG": lambda r: _amount(r, big=True),
    "AMTN": lambda r: f"{r.randint(3, 200) * 5000:,}",
    "NUM": lambda r: str(r.randint(2, 30)),
    "AGE": lambda r: str(r.randint(4, 88)),
    "YEAR": lambda r: str(r.randint(108, 114)),
    "MONTH": lambda r: str(r.randint(1, 12)),
    "PCT": lambda r: f"{r.randint(300, 990) / 10:.1f}%",
    "SH": lambda r: r.choice(_SOCIAL_HOUSING) + "社會住宅",
    "UNIT": lambda r: r.choice(
        [
            f"{r.choice('ABCDE')}棟{r.randint(2, 14)}樓之{r.randint(1, 12)}",
            f"{r.randint(2, 14)}F-{r.randint(1, 20):02d}室",
        ]
    ),
    "HOSP": lambda r: r.choice(_HOSPITALS),
    "ORG": lambda r: r.choice(_ORGS),
    "SHELTER": lambda r: r.choice(_SHELTERS),
    "COMPANY": lambda r: r.choice(_COMPANY_HEADS) + r.choice(_COMPANY_TAILS),
    "PLACE": lambda r: r.choice(_PLACES),
    "STREET": _street,
    "DIST": lambda r: _district(r)[1],
    "DOG": _dog,
    "CHIP": lambda r: r.choice(["900", "900", "982", "985"]) + _digits(r, 12),
    "CAGE": lambda r: f"{r.randint(108, 114)}{_digits(r, 6)}",
    "MACHINE": lambda r: r.choice(_MACHINES),
    "ACC": lambda r: r.choice(_ACCIDENTS),
    "TASK": lambda r: r.choice(_TASKS),
    "INJURY": lambda r: r.choice(_INJURIES),
    "SWORD": lambda r: r.choice(_SWORDS),
    "PRODUCT": lambda r: r.choice(_PRODUCTS),
    "LAWSH": lambda r: r.choice(_LAWS_HOUSING),
    "LAWPARK": lambda r: r.choice(_LAWS_PARKING),
}
_WIDEN_FILLERS = {"DOCNO", "CASENO", "RECEIPT", "BAN", "CHIP", "CAGE", "DATE"}

# ---------------------------------------------------------------------------------------------
# Templates. ``[a|b]`` picks one alternative; ``{P}``/``{W}`` are people (W: foreign residents),
# ``{P:hon}``/``{P:sex}`` their honorific and sex; labelled slots: ID ARC MOB TEL PH EM ADDR NHI
# PP CC BD; NAT is the nationality of the W with the same index; everything else is a filler.

Template = str | Callable[[random.Random], str]


def _table(header: str, row: str, lo: int, hi: int) -> Callable[[random.Random], str]:
    def build(rng: random.Random) -> str:
        rows = [
            row.replace("#", "" if i == 1 else str(i)) for i in range(1, rng.randint(lo, hi) + 1)
        ]
        return header + "\n" + "\n".join(rows)

    return build


_POSITIVE: dict[str, list[Template]] = {
    "housing": [
        "社會住宅承租申請書（[一般戶|弱勢戶]）\n申請人姓名：{P}\n性別：{P:sex}\n出生日期：{BD}\n"
        "身分證統一編號：{ID}\n戶籍地址：{ADDR}\n[通訊地址：同戶籍地址|通訊地址：{ADDR2}]\n"
        "聯絡電話：{PH}[\n電子信箱：{EM}|]\n申請基地：{SH}",
        _table(
            "{SH}住戶名冊（{DATE}更新）\n戶號\t承租人\t身分證字號\t聯絡電話",
            "{UNIT#}\t{P#}\t{ID#}\t{PH#}",
            2,
            4,
        ),
        "{DATE} 承租人{P}[來電|到場|以LINE]反映"
        "[浴室天花板漏水|樓上夜間噪音|門禁磁扣失效|熱水器故障]，"
        "[已轉請物業派員處理|已通知廠商{DATE2}到場維修][。回電：{MOB}|，聯絡電話{PH}|]",
        "家戶成員清冊\n一、{P}（申請人，{P:sex}，{BD}生，身分證字號{ID}）\n二、{P2}（配偶，"
        "{BD2}生，{ID2}）\n"
        "三、{P3}（{P3:child}，{BD3}生）\n[以上成員均設籍於{ADDR}。|現住地址：{ADDR}]",
        "申請人{P}[君|{P:hon}]之配偶{W}為{NAT}籍，外來人口統一證號{ARC}，護照號碼{PP}，"
        "[婚後共同居住於|目前租屋於]{ADDR}，[依規定合併計算家庭成員|經審核符合弱勢戶資格]。",
        "租金信用卡自動扣繳授權書\n立授權書人（持卡人）：{P}\n信用卡卡號：{CC}\n扣款項目："
        "{SH}每月租金{AMT}\n"
        "聯絡電話：{PH}\n授權人簽章：{P}　　{DATE}",
        "訪視紀錄（{DATE}）\n問：目前住在哪裡？\n答：住在{ADDR}，[跟媽媽|跟兩個小孩|自己一個人]住，"
        "房東說{MONTH}月底要收回。\n問：平常怎麼聯絡你？\n答：打手機{MOB}就可以，"
        "[不然寄信到{EM}也行|白天要上班可能沒接]。\n受訪者：{P}　訪視社工：{P2}",
        "受文者：{P}[君|{P:hon}]\n主旨：台端申請{SH}候補遞補乙案，請於{DATE}前"
        "[攜帶身分證明文件至本中心辦理簽約|完成線上資料確認]，請查照。\n說明：\n一、"
        "依{LAWSH}辦理。\n"
        "二、台端（身分證統一編號：{ID}）經公開抽籤列候補第{NUM}順位，現已遞補。\n三、送達地址："
        "{ADDR}。",
        "欠租名單：{P}（{UNIT}，欠{NUM}個月，{MOB}）、{P2}（{UNIT2}，欠{NUM2}個月，{PH2}）",
        "From: {P} <{EM}>\nSubject: 申請資料補件\n\n承辦人您好，我是{UNIT}的住戶{P}，補上"
        "[低收入戶證明|薪資證明|身心障礙證明]，如有問題請打{MOB}給我，謝謝。",
        "{P}，{BD}生，[單親|身障|65歲以上]，現租屋於{ADDR}，月租{AMT}，申請[青年|一般]戶。",
        "{P}、{P2}兩人申請[合租|共同承租]{SH}二房型，代表人{P}，手機{MOB}，[{EM}|市話{TEL}]。",
    ],
    "animal": [
        "犬隻咬傷事件通報單\n通報日期：{DATE}\n傷者：{P}（{AGE}歲，{P:sex}）\n聯絡電話：{PH}\n"
        "事發地點：{ADDR}[前|旁巷口|騎樓]\n犬隻特徵：{DOG}\n處置情形：已至{HOSP}就醫，"
        "[施打破傷風疫苗|傷口清創縫合]。\n通報人：{P2}",
        "動物認養切結書\n認養人：{P}\n身分證字號：{ID}\n出生年月日：{BD}\n戶籍地址："
        "{ADDR}\n手機：{MOB}\n"
        "[E-mail|電子郵件]：{EM}\n認養動物：{DOG}，晶片號碼{CHIP}\n認養人簽名：{P}",
        "{DATE} {TIME} 民眾{P}[來電|臨櫃]表示於{PLACE}遭{DOG}追咬，[左小腿|右手腕|腳踝]擦傷，"
        "[已自行就醫|請求派員捕捉]，回電{MOB}。",
        "認養人{W}（{NAT}籍，居留證號{ARC}[，護照{PP}|]）於{DATE}認養{DOG}，現居{ADDR}，"
        "聯絡電話{MOB}。",
        "「那隻狗突然從巷子衝出來咬我[兒子|女兒|先生]，」{P}[說|激動地說]，「我們家就在{ADDR}，"
        "這個月已經第三次了。」",
        _table(
            "認養追蹤訪視名單（{MONTH}月）\n認養人\t電話\t認養犬貓", "{P#}\t{PH#}\t{DOG#}", 2, 4
        ),
        "目擊者{P2}陳述：當時我在{PLACE}[買早餐|等公車]，看到{DOG}撲向{P}，傷者手上流血，"
        "我就打給里長{P3}。\n"
        "（目擊者電話：{MOB2}）",
        "受文者：{P}[君|{P:hon}]（{ADDR}）\n主旨：台端所飼養之犬隻於{DATE}咬傷民眾乙案，"
        "請於文到7日內到處說明，請查照。\n飼主身分證字號：{ID}\n依據：動物保護法第7條[、第31條|]。",
        "{P}（住{ADDR}）陳情鄰居{P2}長期在騎樓餵食流浪貓，[氣味難聞|夜間吵鬧]，請求處理。"
        "陳情人電話：{PH}。",
        "志工排班：\n週六 {P}、{P2}\n週日 {P3}（{MOB3}）[\n備註：{P}請帶晶片掃描器|]",
        "送養紀錄：{DOG}由{SHELTER}送養給{P}，[{BD}生，|]聯絡[信箱|Email]：{EM}，{DATE}回訪。",
    ],
    "medical": [
        "{HOSP}醫療爭議調解會議紀錄\n案號：{CASENO}\n時間：{DATE}{TIME}\n出席：\n　申請人：{P}"
        "（病人之[{P:kid}|配偶]）\n　相對人代表：{P2}（[醫事室主任|法務專員]）\n"
        "　調解委員：{P3}[醫師|律師]\n紀錄：{P4}\n一、申請人陳述："
        "病人於{DATE2}因[膽結石|腰椎滑脫|急性腹痛]"
        "入院，術後[發燒不退|出現敗血症|下肢無力]，認院方延誤處置。\n二、相對人說明："
        "依病歷記載處置符合常規。\n"
        "三、結論：[雙方同意再議|調解不成立]。",
        "病人姓名：{P}\n性別：{P:sex}\n出生日期：{BD}\n健保卡號：{NHI}\n身分證字號：{ID}\n"
        "[緊急聯絡人：{P2}（{MOB2}）|聯絡電話：{PH}]\n就診科別：[一般外科|急診醫學科|婦產科|骨科]",
        "申請人{P}：「我爸爸{DATE}住進去，那天晚上{P2}醫師[根本沒來看|只說再觀察]，"
        "隔天就[插管|轉加護病房]了。"
        "我要一個交代。」\n委員{P3}：「請院方說明當晚的護理紀錄。」",
        "調解成立內容：\n一、相對人{HOSP}願給付申請人{P}新臺幣{AMTN}元，"
        "於{DATE}前匯入申請人指定帳戶。\n"
        "二、申請人拋棄其餘民事請求。\n申請人：{P}　身分證字號：{ID}\n住址：{ADDR}　電話："
        "{TEL}\n相對人代表：{P2}",
        "病人{W}為{NAT}籍[看護工|廠工]，外來人口統一證號{ARC}，護照號碼{PP}，健保卡號{NHI}，"
        "由雇主{P}陪同申請調解，通譯{P2}在場。",
        "申請人{P}主張{DATE}自費[人工水晶體|達文西手術|塗藥支架]費用{AMT}係以信用卡（{CC}）支付，"
        "院方[未事先說明|收據金額不符]，[請求退費|請求返還差額]。聯絡信箱：{EM}",
        "{DATE} {P}來電詢問調解進度，[已告知排定{DATE2}開會|請其補件]。電話{PH}。",
        "簽到表\n{P}（申請人）\n{P2}（申請人之{P2:sib}）\n{P3}（相對人代理人）\n{P4}（調解委員）",
        "病人{P}（{BD}生，健保卡{NHI}）於{HOSP}接受[膝關節置換|剖腹產|大腸鏡]後[感染|大量出血]，"
        "家屬{P2}要求調閱病歷，通訊地址{ADDR}。",
    ],
    "towing": [
        "陳情書\n陳情人：{P}\n聯絡電話：{MOB}\n通訊地址：{ADDR}\n陳情事由："
        "本人[汽車|機車]於{DATE}{TIME}"
        "停放於{STREET}，遭貴隊拖吊，"
        "惟當時[已放置臨時停車標示|僅下車購物約五分鐘|該處未劃設禁停標線]，"
        "請求撤銷拖吊費{AMT}。",
        "停車費申訴單\n申訴人：{P}\n身分證字號：{ID}\n電話：{PH}\n停車繳費單號：{RECEIPT}\n"
        "申訴事由：已於{DATE}以信用卡{CC}線上繳納，仍收到催繳通知。",
        "{DATE} 受理{P}[電話|臨櫃]申訴（{MOB}），稱[已於超商繳納停車費{AMT}|拖吊時車內有幼童]，"
        "請查明。承辦{P2}。",
        "寄件者：{P} <{EM}>\n主旨：{DATE}拖吊申訴\n\n您好，我是{P}，{DATE}晚上把車停在{STREET}，"
        "回來車就不見了，打去拖吊場才知道被拖。那邊根本沒有紅線，希望能退費。我的手機是{MOB}。",
        "受文者：{P}[君|{P:hon}]\n地址：{ADDR}\n主旨：台端陳情車輛遭拖吊乙案，復如說明，請查照。"
        "\n說明：\n"
        "一、復台端{DATE}陳情書。\n二、經查該路段為禁止臨時停車路段，"
        "依道路交通管理處罰條例第56條及第57條"
        "規定執行拖吊，尚無違誤。[\n三、如有不服，得於30日內向{ORG}提起訴願。|]",
        _table("申訴人\t聯絡電話\t處理情形", "{P#}\t{PH#}\t[已退費|維持原處分|待補件]", 2, 4),
        "（電話錄音謄打）\n民眾：喂，我叫{P}，[身分證|身分證字號]{ID}，"
        "我的車[昨天|上禮拜]被拖走了。\n"
        "承辦：請問車停在哪裡？\n民眾：就{ADDR}[門口|騎樓前面]，我家欸。",
        "{P}[君|{P:hon}]（身心障礙者，{BD}生）陳稱於{STREET}身障車格停車遭開單，"
        "附身心障礙證明影本，"
        "聯絡人{P2}（{MOB}）。",
        "拖吊異議：車主{P}，[市話|電話]{TEL}，email {EM}，主張{DATE}[鄰居借用車輛|車輛已報失竊]。",
    ],
    "compensation": [
        "國家賠償請求書\n請求權人：{P}　性別：{P:sex}\n出生年月日：{BD}\n身分證統一編號："
        "{ID}\n住所：{ADDR}\n"
        "電話：{PH}\n[代理人：{P2}律師|代理人：無]\n賠償義務機關：{ORG}\n請求金額：{BIG}\n"
        "事實及理由：請求權人於{DATE}{TIME}騎乘機車行經{STREET}，"
        "因[路面坑洞|人孔蓋凸起|路樹倒塌|號誌故障]"
        "而[摔倒|受傷]，[右腕骨折|頭部挫傷|膝蓋擦傷]。",
        "國家賠償協議紀錄\n案號：{CASENO}\n請求權人：{P}（身分證統一編號{ID}）"
        "\n賠償義務機關代表：{P2}\n"
        "協議結果：[協議成立，賠償{BIG}|協議不成立，請求權人表示將提起訴訟]。",
        "國賠案{CASENO}｜{P}｜[路面坑洞|人孔蓋|路樹倒塌]｜{DATE}到場會勘（{ADDR}）｜聯絡{MOB}",
        "請求權人{W}（{NAT}籍，外來人口統一證號{ARC}，護照號碼{PP}）"
        "主張於{DATE}在{STREET}遭[公車|清潔車]擦撞，"
        "[居留地址|住所]：{ADDR}，由{P}[擔任通譯|代為填表]。",
        "{P}[君|{P:hon}]國家賠償事件：\n一、請求權人{BD}生，事故發生時{AGE}歲。\n二、"
        "[經會勘|依現場照片]，"
        "{STREET}路面[確有|並無]明顯破損。\n三、送達處所：{ADDR}，[電話|手機]{PH}。",
        "委任狀\n委任人：{P}，身分證統一編號{ID}，住{ADDR}\n受任人：{P2}律師，"
        "事務所電話{TEL}[，電子郵件{EM}|]\n"
        "茲委任受任人就{DATE}[路燈|號誌]故障致傷之國家賠償事件為代理人。",
        "繼承人名冊：\n1. {P}（配偶）{ID}\n2. {P2}（{P2:child}）{ID2}\n3. {P3}（{P3:child}）{ID3}",
        "請求權人{P}稱：「我那天[騎車|走路]經過{STREET}，[整個人摔出去|被掉下來的招牌砸到]，"
        "[醫藥費都是刷卡付的，卡號{CC}|到現在都還不能上班]。」",
    ],
    "injury": [
        "職業災害檢查報告\n事業單位：{COMPANY}（統一編號{BAN}）\n罹災者：{W}，{NAT}籍，{W:sex}，"
        "外來人口統一證號{ARC}\n"
        "護照號碼：{PP}\n發生時間：{DATE}{TIME}\n災害類型："
        "{ACC}\n[陪同人員：廠長{P}|陪同人員：安全衛生管理員{P}]\n"
        "檢查員：{P2}",
        "罹災者{W}陳述（經通譯{P}翻譯）：「我在{MACHINE}旁邊清潔，[手套被捲進去|腳滑了一下]，"
        "[右手三根手指|左手掌]就被壓到了。」",
        _table("外籍移工名冊\n姓名\t國籍\t統一證號\t護照號碼", "{W#}\t{NAT#}\t{ARC#}\t{PP#}", 2, 4),
        "罹災者{P}，{P:sex}，{BD}生，身分證統一編號{ID}，健保卡號{NHI}，"
        "於{DATE}從事{TASK}作業時受傷，"
        "送{HOSP}[急診|住院]。家屬{P2}（{MOB}）[已到院|已通知]。",
        "{DATE} 接獲{HOSP}通報，{COMPANY}移工{W}{INJURY}，雇主{P}稱已[送醫|協助申請職災給付]，"
        "仲介聯絡人{P2}電話{TEL}。",
        "罹災移工{W}住宿地點：{ADDR}（雇主提供宿舍），手機{MOB}，緊急聯絡人為同鄉{W2}。",
        "檢查紀錄確認：\n事業單位代表：{P}\n罹災者：{W}（簽名）\n通譯：{P2}\n勞動檢查員：{P3}、"
        "{P4}",
        "「那台{MACHINE}的剎車本來就怪怪的，」工人{P}（[{BD}生|{AGE}歲]）說，"
        "[自己在廠內工作了十二年|當天是代班]。",
        "{W}（{NAT}，{ARC}）、{W2}（{NAT2}，{ARC2}）於{DATE}{TIME}在{MACHINE}旁作業時[被夾|燙傷]，"
        "已送{HOSP}，仲介{P}（{MOB}）到場。",
    ],
}

_NEGATIVE: dict[str, list[Template]] = {
    "housing": [
        "主旨：公告{SH}第{NUM}期招租作業，申請期間自{DATE}起至{DATE2}止。\n說明：\n一、"
        "依{LAWSH}辦理。\n"
        "二、發文字號：{DOCNO}。\n三、一房型月租金{AMT}起，[二房型|三房型]月租金{AMT2}起。",
        "{SH}物業管理委員會第{NUM}次會議紀錄\n時間：{DATE}{TIME}\n地點：{PLACE}\n決議：\n"
        "1. 公共區域[照明更換|消防設備檢修|電梯保養|外牆清洗]由{COMPANY}（統一編號{BAN}）承攬，"
        "契約金額{BIG}。\n"
        "2. {SWORD}。",
        "收據 {RECEIPT}\n繳款項目：{SH}[押金|管理費|停車位租金]\n金額：{AMT}\n繳費期限：{DATE}",
        "本中心{YEAR}年度社會住宅[滿意度調查|入住率統計]：{SH}{PCT}，{SH2}{PCT2}，整體平均{PCT3}。",
        "依{LAWSH}規定，承租人[違規飼養寵物|轉租]者，得終止租約。{DOCNO}函示，請各社宅管理單位"
        "[張貼公告|加強宣導]；{SWORD}。",
    ],
    "animal": [
        "{SHELTER}{DATE}於{PLACE}捕獲{DOG}一隻，收容編號{CAGE}，"
        "[已完成狂犬病疫苗注射|已植入晶片待領養]，"
        "公告期間7日。",
        "{YEAR}年度犬貓絕育補助：每隻[公犬|母犬|母貓]補助{AMT}，申請期限{DATE}，"
        "依動物保護法第22條之2辦理。",
        "領養日活動\n時間：{DATE}{TIME}\n地點：{PLACE}\n可認養犬貓：{DOG}、{DOG2}[、"
        "{DOG3}|]\n現場贊助：{PRODUCT}、{PRODUCT2}",
        "收容所公告：柯基犬、柴犬、米克斯各{NUM}隻，黃金獵犬{NUM2}隻，皆已結紮。發文字號{DOCNO}。",
        "動物保護法第7條：飼主應防止其所飼養動物無故侵害他人之生命、身體、自由或財產。"
        "違者依第31條處"
        "{AMT}以上罰鍰。[{SWORD}。|]",
    ],
    "medical": [
        "本局{DATE}召開醫療爭議調解會，案號{CASENO}，依醫療事故預防及爭議處理法第{NUM}條規定，"
        "調解期間以45日為限，必要時得延長一次。",
        "{YEAR}年醫療爭議調解統計：受理{NUM}件，調解成立{NUM2}件，成立率{PCT}。"
        "科別以[外科|內科|婦產科]最多。",
        "函復{HOSP}：貴院{DATE}{DOCNO}函詢醫療爭議調解會議排程一案，復如說明，請查照。",
        "收費明細：病歷複製費每頁{AMT}，光碟{AMT2}，收據號碼{RECEIPT}。",
        "許可事項：{HOSP}辦理醫療爭議關懷小組人員訓練，時數{NUM}小時，地點{PLACE}，{DATE}前報名。",
    ],
    "towing": [
        "本市{YEAR}年{MONTH}月拖吊[汽車|機車]共{NUM}輛，汽車拖吊費每輛{AMT}，保管費每日{AMT2}。"
        "法源：道路交通管理處罰條例第56條、第57條。",
        "停車費繳費期限為{DATE}，逾期未繳者依{LAWPARK}加收工本費，"
        "繳費單號{RECEIPT}請於超商或線上繳納。",
        "公告：{STREET}自{DATE}起[實施收費|劃設紅線|改為單行道]，[黃昏|白天]時段加強拖吊。"
        "發文字號{DOCNO}。",
        "拖吊保管場地點：{PLACE}\n開放時間：24小時\n[領車應備文件：行車執照、駕照、身分證明文件|"
        "可使用信用卡、悠遊卡繳費]",
        "會議紀錄：{DATE}{TIME}研商{STREET}停車格調整，{COMPANY}（統一編號{BAN}）"
        "報告[智慧停車柱|停車感應器]"
        "建置進度，{SWORD}。",
    ],
    "compensation": [
        "依國家賠償法第10條，賠償義務機關應於收到請求書之日起30日內開始協議。本府{YEAR}年度受理"
        "國家賠償案件{NUM}件，協議成立{NUM2}件。",
        "{ORG}函\n發文日期：{DATE}\n發文字號：{DOCNO}\n主旨："
        "檢送本府國家賠償事件處理要點修正對照表一份，請查照。",
        "國家賠償法第2條第2項：公務員於執行職務行使公權力時，因故意或過失不法侵害人民自由或權利者，"
        "國家應負損害賠償責任。第3條第1項則規範公共設施設置或管理有欠缺之情形。",
        "{STREET}路面坑洞修補工程，由{COMPANY}（統一編號{BAN}）施作，工期{DATE}至{DATE2}，"
        "契約金額{BIG}；{SWORD}。",
        "國賠小組第{NUM}次會議：案號{CASENO}、{CASENO2}兩案[併案審議|均決議拒絕賠償]，理由："
        "[非屬公有公共設施|已逾請求權時效]。",
    ],
    "injury": [
        "{COMPANY}（統一編號{BAN}）違反職業安全衛生法第{NUM}條第1項規定，處罰鍰{BIG}，"
        "處分書字號{DOCNO}。",
        "本處{YEAR}年度[上半年|第3季]計檢查{NUM}家事業單位，{ACC}類災害{NUM2}件，"
        "[較去年同期減少|較去年同期增加]{PCT}。",
        "{ORG}{DATE}辦理[營造業|金屬製品製造業]安全衛生宣導會，地點：{PLACE}，報名截止{DATE2}。",
        "職業安全衛生法第37條：事業單位工作場所發生職業災害，雇主應即採取必要之急救、搶救等措施。"
        "發生死亡災害者，雇主應於8小時內通報勞動檢查機構。",
        "停工通知：{COMPANY}（統一編號{BAN}）{MACHINE}未設置護罩，自{DATE}起局部停工，文號{DOCNO}。"
        "[林業|高空|石材]作業另案查核。",
    ],
}

_GENRES = list(_POSITIVE)

# ---------------------------------------------------------------------------------------------
# Rendering.

_ALT = re.compile(r"\[([^\[\]]*)\]")
_SLOT = re.compile(r"\{([A-Z]+)(\d?)(?::([a-z]+))?\}")
_LABELLED = {
    "ID": "TW_NATIONAL_ID",
    "ARC": "TW_RESIDENT_CERT",
    "MOB": "PHONE",
    "TEL": "PHONE",
    "PH": "PHONE",
    "EM": "EMAIL",
    "ADDR": "ADDRESS",
    "NHI": "TW_NHI_CARD",
    "PP": "PASSPORT",
    "CC": "CREDIT_CARD",
    "BD": "BIRTH_DATE",
}
_FULL_WIDTH_RATE = 0.125


class _Render:
    """One sample's rendering: people and values are drawn lazily and reused per slot."""

    def __init__(self, rng: random.Random, roster: _Roster) -> None:
        self.rng = rng
        self.roster = roster
        self.people: dict[str, _Person] = {}
        self.values: dict[str, str] = {}

    def person(self, kind: str, idx: str) -> _Person:
        key = kind + idx
        if key not in self.people:
            taken = {p.name for p in self.people.values()}
            self.people[key] = self.roster.person(kind == "W", taken)
        return self.people[key]

    def owner(self, idx: str) -> _Person | None:
        return self.people.get("P" + idx) or self.people.get("W" + idx)

    def value(self, kind: str, idx: str) -> str:
        key = kind + idx
        if key in self.values:
            return self.values[key]
        rng, owner = self.rng, self.owner(idx)
        sex = owner.sex if owner else None
        if kind == "ID":
            text = _national_id(rng, sex)
        elif kind == "ARC":
            text = _resident_cert(rng, self.person("W", idx).sex)
        elif kind == "MOB" or (kind == "PH" and rng.random() < 0.65):
            text = _mobile(rng)
        elif kind in ("TEL", "PH"):
            text = _landline(rng)
        elif kind == "EM":
            text = _email(rng)
        elif kind == "ADDR":
            text = _address(rng)
        elif kind == "NHI":
            text = _nhi(rng)
        elif kind == "PP":
            text = _passport(rng, owner.nat if owner else None)
        elif kind == "CC":
            text = _credit_card(rng)
        elif kind == "BD":
            text = _birth_date(rng, bool(owner and owner.nat))
        else:
            text = _FILLERS[kind](rng)
            if kind in _WIDEN_FILLERS and rng.random() < _FULL_WIDTH_RATE:
                text = text.translate(_TO_FULL)
            self.values[key] = text
            return text
        if (kind != "EM" or rng.random() < 0.3) and rng.random() < _FULL_WIDTH_RATE:
            text = text.translate(_TO_FULL)
        self.values[key] = text
        return text

    def render(self, template: Template) -> tuple[str, list[tuple[int, int, str]], list[bool]]:
        raw = template(self.rng) if callable(template) else template
        raw = _ALT.sub(lambda m: self.rng.choice(m.group(1).split("|")), raw)
        out: list[str] = []
        spans: list[tuple[int, int, str]] = []
        known: list[bool] = []
        pos = length = 0
        for m in _SLOT.finditer(raw):
            out.append(raw[pos : m.start()])
            length += m.start() - pos
            pos = m.end()
            kind, idx, attr = m.group(1), m.group(2), m.group(3)
            label = None
            if kind in ("P", "W"):
                person = self.person(kind, idx)
                if attr == "sex":
                    text = "男" if person.sex == "M" else "女"
                elif attr == "kid":
                    text = "兒子" if person.sex == "M" else "女兒"
                elif attr == "sib":
                    text = self.rng.choice(
                        ["哥哥", "弟弟"] if person.sex == "M" else ["姊姊", "妹妹"]
                    )
                elif attr == "child":
                    text = self.rng.choice(
                        ["長子", "次子"] if person.sex == "M" else ["長女", "次女"]
                    )
                elif attr == "hon":
                    text = "先生" if person.sex == "M" else self.rng.choice(["女士", "小姐"])
                else:
                    text, label = person.name, "PERSON"
                    known.append(person.name in self.roster.known)
            elif kind == "NAT":
                text = self.person("W", idx).nat or ""
            else:
                text = self.value(kind, idx)
                label = _LABELLED.get(kind)
            if label:
                spans.append((length, length + len(text), label))
            out.append(text)
            length += len(text)
        out.append(raw[pos:])
        return "".join(out), spans, known


# ---------------------------------------------------------------------------------------------
# Self-check: no unlabelled identifier may slip into a text (outside gold spans).

_ID_LIKE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][ -]?[A-Za-z0-9](?:[ -]?[0-9]){8}(?![0-9])")
_CARD_LIKE = re.compile(r"(?<![0-9])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])")
_MAIL_LIKE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_PHONE_LIKE = re.compile(r"(?<![0-9A-Za-z])[+(]?[0-9][0-9()\-. ]{6,}[0-9]")


def _stray(text: str, spans: list[tuple[int, int, str]]) -> bool:
    """Whether ``text`` holds an identifier, e-mail or phone outside ``spans``."""
    half = text.translate(_TO_HALF)

    def free(m: re.Match[str]) -> bool:
        return not any(m.start() < e and s < m.end() for s, e, _ in spans)

    for m in _ID_LIKE.finditer(half):
        if free(m) and (twid.is_valid(m.group()) or arc.is_valid(m.group())):
            return True
    for m in _CARD_LIKE.finditer(half):
        if free(m) and creditcard.is_valid(m.group()):
            return True
    if any(free(m) for m in _MAIL_LIKE.finditer(half)):
        return True
    for m in _PHONE_LIKE.finditer(half):
        run = m.group().strip(" .-")
        if free(m) and sum(c.isdigit() for c in run) >= 8 and phone.is_plausible(run):
            return True
    return False


def generate_heldout39(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the known-names list."""
    rng = random.Random(seed)
    roster = _Roster(rng, n)
    samples: list[Sample] = []
    for _ in range(n):
        genre = rng.choice(_GENRES)
        negative = rng.random() < 0.25
        pool = _NEGATIVE[genre] if negative else _POSITIVE[genre]
        for _attempt in range(100):
            template = rng.choice(pool)
            text, spans, known = _Render(rng, roster).render(template)
            if not _stray(text, spans):
                break
        else:  # pragma: no cover - templates are written so that this cannot persist
            raise RuntimeError("could not render a clean sample")
        samples.append(Sample(text, spans, hard_negative=negative, known_person=known))
    return samples, list(roster.names)
