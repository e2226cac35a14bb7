"""Held-out synthetic test set #20 for the free-text personal-data scanner.

Written without looking at the scanner. Six genres of agency free text in Traditional
Chinese: airport immigration-office interview notes (移民署), national-pension appeals
(國民年金), rural water-supply applications, traditional-market stall lease files, library
lost-and-found logs and alternative-military-service (替代役) duty rosters. About a quarter of
the samples are hard negatives that hold only public or non-personal look-alikes.

Everything here is synthetic: names are random combinations, identifiers are random values
with valid checksums.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

PERSON = "PERSON"
TW_NATIONAL_ID = "TW_NATIONAL_ID"
TW_RESIDENT_CERT = "TW_RESIDENT_CERT"
PHONE = "PHONE"
EMAIL = "EMAIL"
ADDRESS = "ADDRESS"
TW_NHI_CARD = "TW_NHI_CARD"
PASSPORT = "PASSPORT"
CREDIT_CARD = "CREDIT_CARD"
BIRTH_DATE = "BIRTH_DATE"

T = TypeVar("T")

FULLWIDTH_RATE = 0.125
NEGATIVE_RATE = 0.25
KNOWN_RATE = 0.5


def _words(s: str) -> list[str]:
    """Split a whitespace-separated word list, keeping the first occurrence of each word."""
    return list(dict.fromkeys(s.split()))


# --------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------

# Common surnames, roughly in order of frequency (the first ones are drawn more often).
_SURNAMES_COMMON = _words(
    """
    陳 林 黃 張 李 王 吳 劉 蔡 楊 許 鄭 謝 洪 郭 邱 曾 廖 賴 徐 周 葉 蘇 莊 呂 江 何 蕭
    羅 高 潘 簡 朱 鍾 游 彭 詹 胡 施 沈 余 盧 梁 趙 顏 柯 翁 魏 孫 戴 范 方 宋 鄧 杜 傅
    侯 曹 薛 丁 卓 阮 馬 董 温 唐 藍 石 蔣 古 紀 姚 連 馮 歐 程 湯 黎 田 康 姜 白 汪 鄒
    尤 巫 鐘 涂 龔 嚴 韓 袁 金 童 陸 夏 柳 凃 邵 錢 伍 倪 溫 于 譚 駱 熊 任 甘 秦 顧 毛
    章 史 官 萬 俞 雷 饒 闕 凌 崔 尹 孔 辛 武 辜 陶 段 龍 韋 葛 池 孟 褚 殷 麥 賀 賈 莫
    文 管 關 向 包 丘 梅 利 華 裴 樊 房 全 左 魯 安 鮑 郝 穆 塗 邢 蒲 成 谷 常 閻 練 盛
    鄔 耿 聶 符 申 祝 繆 陽 解 岳 齊 籃 應 單 舒 畢 喬 龐 卜 冉 商 車 刁 牛 查 衛 湛 喻
    """
)
_SURNAMES_RARE = _words(
    """
    粘 佘 冼 酆 滕 亢 敖 竺 禤 仉 隗 靳 昌 蘭 糜 鞠 巴 雍 燕 扈 郟 昝 逄 寇 幸 蓋 鄺
    仝 闞 豐 危 禹 臧 戚 鄂 習 宓 荊 嵇 邰 郁 晁 詹 屠 費 廉 於 薄 鈕 羿 宗 戈 計 相
    """
)
_SURNAMES_COMPOUND = _words(
    "歐陽 張簡 司徒 范姜 諸葛 上官 司馬 夏侯 端木 皇甫 公孫 東方 慕容 長孫 令狐 張廖 鍾離 "
    "呼延 尉遲 宇文 西門 第五"
)

_GIVEN_M = _words(
    """
    志明 建宏 俊傑 家豪 冠宇 承恩 宗翰 柏翰 彥廷 冠廷 宇軒 承翰 品睿 子翔 育誠 俊宏 志豪
    文彬 信宏 明哲 志偉 建良 國華 正雄 文雄 金龍 清山 春生 榮輝 振豐 德勝 永福 添丁 水木
    進財 炳坤 萬得 耀宗 俊賢 家銘 宏達 政憲 國榮 嘉宏 智傑 偉倫 哲維 柏宇 睿哲 宥廷 品安
    昱廷 柏諺 承佑 宸睿 浩宇 宏恩 書豪 彥均 冠霖 泓毅 晉瑋 韋辰 士豪 啟文 仲謙 裕民 明輝
    重光 朝陽 坤霖 錦堂 順發 金水 天賜 茂松 福來 旺財 國泰 健民 光明 建國 志成 家興 仁傑
    偉豪 立群 宗憲 孟哲 子健 冠志 世杰 柏勳 耕宇 秉諺 紹齊 鴻文 瑞祥 榮華 振宇 昌明 俊廷
    敬堯 懷恩 紹文 祐誠 志遠 凱翔 聖傑 信良 弘毅 哲宇 育賢 宇宸 又新 景翔 名揚 堃城 鈞皓
    梓豪 崇德 永昌 明憲 國棟 耀東 慶豐 文祥 阿土 阿財 正義 守仁 峻豪 奕辰 亮宇 定國 煥章
    """
)
_GIVEN_F = _words(
    """
    淑芬 美玲 雅婷 怡君 佳穎 淑惠 秀英 麗華 美惠 淑娟 雅雯 佩君 欣怡 詩涵 宜蓁 思妤 佳蓉
    婉婷 心怡 筱涵 品妍 子晴 語彤 芷若 采潔 郁婷 惠如 玉珍 秀琴 月娥 阿滿 碧霞 素珠 春嬌
    金枝 寶玉 秀鳳 麗珠 美雲 玉蘭 淑貞 雅芳 靜宜 曉薇 宛蓁 家瑜 亭妤 彩華 若瑜 雨萱 佩珊
    翠玲 慧君 明珠 綉琴 素琴 玉梅 麗卿 雪芬 惠美 淑華 秋香 美華 淑敏 玉鳳 麗雪 美智 月霞
    素月 貴美 碧玉 琬琳 思穎 芳瑜 怡萱 佳琪 曉雯 詠晴 安琪 宥蓁 苡安 筠庭 欣妍 亮君 姿吟
    千慧 巧玲 嘉玲 又瑄 佳慧 瑞玲 盈秀 鈺婷 婕妤 沛晴 芸熙 珮瑜 靖雯 念慈 秀蓮 阿珠 罔市
    招弟 玉葉 滿妹 美蘭 瑞芬 麗娟 怡伶 宜庭 育如 家綺 珈綾 蕙安 以琳 凱婷 郁涵 姵瑄
    """
)
_GIVEN1_M = _words("偉 強 勇 傑 豪 翔 宏 誠 彥 倫 凱 哲 鈞 駿 昇 聰 斌 剛 毅 達 松 銘")
_GIVEN1_F = _words("芳 娟 敏 靜 麗 涵 琪 瑜 婷 萱 蓉 蘭 玲 雯 妤 璇 昕 慧 薇 真 卉 甄")

# Indigenous personal names: (romanised, Han transliteration, sex).
_INDIG_GIVEN = [
    ("Walis", "瓦歷斯", "M"), ("Yukan", "尤幹", "M"), ("Pasang", "巴尚", "M"),
    ("Temu", "鐵木", "M"), ("Losing", "羅幸", "M"), ("Mayaw", "馬耀", "M"),
    ("Kolas", "古拉斯", "M"), ("Calaw", "查勞", "M"), ("Foting", "伏定", "M"),
    ("Biung", "比勇", "M"), ("Sakinu", "撒可努", "M"), ("Tjuku", "久古", "M"),
    ("Voyu", "伏猶", "M"), ("Yudaw", "尤道", "M"), ("Hayung", "哈勇", "M"),
    ("Sunay", "舒耐", "M"), ("Laka", "拉卡", "M"), ("Aki", "阿奇", "M"),
    ("Tiang", "田昂", "M"), ("Lisin", "里信", "M"), ("Panay", "巴奈", "F"),
    ("Sayun", "莎韻", "F"), ("Afan", "阿芳", "F"), ("Dongi", "東妮", "F"),
    ("Ipay", "伊拜", "F"), ("Ciwang", "吉娃", "F"), ("Umav", "烏瑪芙", "F"),
    ("Lawa", "拉娃", "F"), ("Muakai", "慕艾凱", "F"), ("Sumi", "蘇米", "F"),
    ("Ibu", "伊布", "F"), ("Kaliting", "卡莉婷", "F"), ("Abus", "阿布斯", "F"),
]  # fmt: skip
_INDIG_FAMILY = [
    ("Watan", "瓦旦"), ("Nokan", "諾幹"), ("Pawan", "巴萬"), ("Istanda", "伊斯坦大"),
    ("Takisvilainan", "達給斯非萊藍"), ("Pavavaljung", "巴瓦瓦隆"), ("Sawmah", "邵瑪"),
    ("Ofad", "歐法"), ("Kacaw", "卡造"), ("Tanapima", "達那比瑪"), ("Tahai", "達海"),
    ("Yapasuyongu", "亞巴蘇雍古"), ("Masao", "馬紹"), ("Tali", "達利"), ("Payen", "巴彥"),
    ("Lahok", "拉霍克"), ("Tjivuluan", "吉甫路安"), ("Kaciw", "卡久"), ("Dadelavan", "達德拉凡"),
    ("Ispalakan", "伊斯巴拉坎"), ("Haisul", "海樹兒"), ("Kumod", "谷慕特"),
]  # fmt: skip

# Vietnamese: (upper ASCII, with diacritics, Han).
_VN_FAMILY = [
    ("NGUYEN", "Nguyễn", "阮"), ("TRAN", "Trần", "陳"), ("LE", "Lê", "黎"),
    ("PHAM", "Phạm", "范"), ("HOANG", "Hoàng", "黃"), ("HUYNH", "Huỳnh", "黃"),
    ("PHAN", "Phan", "潘"), ("VU", "Vũ", "武"), ("DANG", "Đặng", "鄧"), ("BUI", "Bùi", "裴"),
    ("DO", "Đỗ", "杜"), ("HO", "Hồ", "胡"), ("NGO", "Ngô", "吳"), ("DUONG", "Dương", "楊"),
    ("LY", "Lý", "李"), ("VO", "Võ", "武"), ("TRINH", "Trịnh", "鄭"), ("DINH", "Đinh", "丁"),
]  # fmt: skip
_VN_MIDDLE = {
    "F": [("THI", "Thị", "氏"), ("NGOC", "Ngọc", "玉"), ("THU", "Thu", "秋")],
    "M": [("VAN", "Văn", "文"), ("DUC", "Đức", "德"), ("MINH", "Minh", "明"),
          ("QUANG", "Quang", "光")],
}  # fmt: skip
_VN_GIVEN = {
    "F": [("LAN", "Lan", "蘭"), ("HOA", "Hoa", "花"), ("HUONG", "Hương", "香"),
          ("MAI", "Mai", "梅"), ("LINH", "Linh", "玲"), ("THUY", "Thủy", "翠"),
          ("HANH", "Hạnh", "幸"), ("NGA", "Nga", "娥"), ("PHUONG", "Phương", "芳"),
          ("THAO", "Thảo", "草"), ("TRANG", "Trang", "妝"), ("HIEN", "Hiền", "賢"),
          ("YEN", "Yến", "燕"), ("DIEP", "Diệp", "葉")],
    "M": [("HUNG", "Hùng", "雄"), ("DUNG", "Dũng", "勇"), ("TUAN", "Tuấn", "俊"),
          ("NAM", "Nam", "南"), ("HAI", "Hải", "海"), ("LONG", "Long", "龍"),
          ("HIEU", "Hiếu", "孝"), ("THANG", "Thắng", "勝"), ("CUONG", "Cường", "強"),
          ("PHUC", "Phúc", "福"), ("KHANH", "Khánh", "慶")],
}  # fmt: skip
_ID_FIRST = [
    ("SITI", "西蒂", "F"), ("SRI", "詩麗", "F"), ("DEWI", "黛薇", "F"), ("NUR", "努兒", "F"),
    ("RINA", "莉娜", "F"), ("WATI", "瓦蒂", "F"), ("YULI", "尤莉", "F"), ("ANI", "阿妮", "F"),
    ("INDAH", "茵達", "F"), ("LILIS", "莉莉斯", "F"), ("EKO", "艾可", "M"), ("BUDI", "布迪", "M"),
    ("AGUS", "阿古斯", "M"), ("ADI", "阿迪", "M"), ("RUDI", "魯迪", "M"), ("HENDRA", "亨德拉", "M"),
    ("DENI", "德尼", "M"), ("FAJAR", "法加", "M"),
]  # fmt: skip
_ID_LAST = [
    ("AMINAH", "阿米娜"), ("WAHYUNI", "瓦尤妮"), ("LESTARI", "蕾絲塔莉"), ("HASANAH", "哈莎娜"),
    ("SANTOSO", "桑托索"), ("SETIAWAN", "瑟蒂亞萬"), ("PRASETYO", "普拉塞堤歐"),
    ("RAHAYU", "拉哈尤"), ("SUSANTI", "蘇珊蒂"), ("KURNIAWAN", "庫尼亞灣"), ("HIDAYAT", "希達亞特"),
    ("MULYANI", "穆利亞妮"), ("SAPUTRA", "沙布特拉"), ("WULANDARI", "烏蘭達莉"),
]  # fmt: skip
_PH_FIRST = [
    ("MARIA", "瑪麗亞", "F"), ("ANGELICA", "安潔莉卡", "F"), ("JOCELYN", "喬思琳", "F"),
    ("MARICEL", "瑪莉賽", "F"), ("ROWENA", "羅維娜", "F"), ("CHERRY", "雪莉", "F"),
    ("LEONORA", "莉奧諾拉", "F"), ("JOSE", "荷西", "M"), ("MARK", "馬克", "M"),
    ("JOHN PAUL", "約翰保羅", "M"), ("RICHARD", "理查", "M"), ("JERALD", "傑拉德", "M"),
    ("ROMMEL", "隆美爾", "M"), ("ARNEL", "阿內爾", "M"),
]  # fmt: skip
_PH_LAST = [
    ("SANTOS", "桑托斯"), ("REYES", "雷耶斯"), ("CRUZ", "克魯茲"), ("BAUTISTA", "包蒂斯塔"),
    ("GARCIA", "賈西亞"), ("MENDOZA", "門多薩"), ("DELA CRUZ", "德拉克魯茲"),
    ("VILLANUEVA", "維拉紐瓦"), ("RAMOS", "拉莫斯"), ("TORRES", "托雷斯"),
    ("CASTILLO", "卡斯蒂略"), ("DE GUZMAN", "德古茲曼"), ("PASCUAL", "巴斯瓜"),
]  # fmt: skip
_TH_FIRST = [
    ("SOMCHAI", "頌猜", "M"), ("SOMSAK", "頌薩", "M"), ("ANAN", "阿南", "M"),
    ("NARONG", "納隆", "M"), ("CHAIWAT", "猜瓦", "M"), ("PRASERT", "巴瑟", "M"),
    ("MALEE", "瑪莉", "F"), ("SUDA", "蘇達", "F"), ("PRANEE", "帕妮", "F"),
    ("WANIDA", "婉妮達", "F"), ("KANYA", "甘雅", "F"), ("NONGNUCH", "儂努", "F"),
]  # fmt: skip
_TH_LAST = [
    ("SAETANG", "謝唐"), ("WONGSAWAT", "翁沙瓦"), ("SRISUK", "詩蘇"), ("KAEWKLA", "乾拉"),
    ("BOONMA", "本瑪"), ("CHAIYAPUM", "猜亞蓬"), ("PHOMPHA", "蓬帕"), ("INTHASON", "因塔松"),
    ("THONGDEE", "通迪"), ("RATTANA", "拉達那"),
]  # fmt: skip

_NATIONALITY = {"VN": "越南", "ID": "印尼", "PH": "菲律賓", "TH": "泰國"}


@dataclass
class _Person:
    name: str  # as written in the text (and, if known, in the known-names list)
    sex: str  # "M" or "F"
    cat: str  # "tw" (Han), "ind" (Indigenous) or "fx" (foreign resident)
    nat: str = "TW"
    alt: str = ""  # another written form of the same name (Han transliteration ...)


def _han_name(rng: random.Random, sex: str) -> str:
    r = rng.random()
    if r < 0.07:
        surname = rng.choice(_SURNAMES_COMPOUND)
    elif r < 0.17:
        surname = rng.choice(_SURNAMES_RARE)
    elif r < 0.60:
        surname = rng.choice(_SURNAMES_COMMON[:24])
    else:
        surname = rng.choice(_SURNAMES_COMMON)
    if rng.random() < 0.1:
        given = rng.choice(_GIVEN1_M if sex == "M" else _GIVEN1_F)
    else:
        given = rng.choice(_GIVEN_M if sex == "M" else _GIVEN_F)
    if sex == "F" and len(surname) == 1 and rng.random() < 0.08:
        husband = rng.choice(_SURNAMES_COMMON[:40])
        if husband != surname:
            return husband + surname + given  # 冠夫姓
    return surname + given


def _indigenous(rng: random.Random, sex: str) -> tuple[str, str]:
    roman, han, _ = rng.choice([g for g in _INDIG_GIVEN if g[2] == sex])
    froman, fhan = rng.choice(_INDIG_FAMILY)
    dot = rng.choice(["‧", "‧", "·", "・"])
    r = rng.random()
    if r < 0.45:
        return f"{han}{dot}{fhan}", f"{roman} {froman}"
    if r < 0.75:
        return f"{roman} {froman}", f"{han}{dot}{fhan}"
    if r < 0.88:
        return f"{roman}{dot}{froman}", f"{han}{dot}{fhan}"
    # Han legal name plus the traditional name (both are the same person).
    return f"{han}{dot}{fhan}", _han_name(rng, sex)


def _foreign(rng: random.Random, sex: str, nat: str) -> tuple[str, str]:
    """(written form, alternative form) for a foreign resident."""
    if nat == "VN":
        fam = rng.choice(_VN_FAMILY)
        mid = rng.choice(_VN_MIDDLE[sex])
        giv = rng.choice(_VN_GIVEN[sex])
        upper = f"{fam[0]} {mid[0]} {giv[0]}"
        dia = f"{fam[1]} {mid[1]} {giv[1]}"
        han = fam[2] + mid[2] + giv[2]
        latin = rng.choice([upper, upper, dia, upper.title()])
    elif nat == "ID":
        first = rng.choice([f for f in _ID_FIRST if f[2] == sex])
        last = rng.choice(_ID_LAST)
        if rng.random() < 0.25:
            latin, han = first[0], first[1]  # many Indonesians have a single name
        else:
            latin, han = f"{first[0]} {last[0]}", f"{first[1]}‧{last[1]}"
        if rng.random() < 0.3:
            latin = latin.title()
    elif nat == "PH":
        first = rng.choice([f for f in _PH_FIRST if f[2] == sex])
        last = rng.choice(_PH_LAST)
        r = rng.random()
        if r < 0.35:
            latin = f"{last[0]}, {first[0]}"  # passport order
        elif r < 0.7:
            latin = f"{first[0]} {last[0]}"
        else:
            latin = f"{first[0]} {last[0]}".title()
        han = f"{first[1]}‧{last[1]}"
    else:
        first = rng.choice([f for f in _TH_FIRST if f[2] == sex])
        last = rng.choice(_TH_LAST)
        latin = f"{first[0]} {last[0]}"
        if rng.random() < 0.4:
            latin = latin.title()
        han = first[1] + rng.choice(["", "‧"]) + last[1]
    if rng.random() < 0.3:
        return han, latin
    return latin, han


def _new_person(rng: random.Random, cat: str, sex: str) -> _Person:
    if cat == "ind":
        name, alt = _indigenous(rng, sex)
        return _Person(name, sex, cat, "TW", alt)
    if cat == "fx":
        nat = rng.choice(["VN", "VN", "VN", "ID", "ID", "PH", "TH"])
        name, alt = _foreign(rng, sex, nat)
        return _Person(name, sex, cat, nat, alt)
    return _Person(_han_name(rng, sex), sex, "tw")


# --------------------------------------------------------------------------------------
# Structured values
# --------------------------------------------------------------------------------------


def _fw(s: str) -> str:
    """Full-width forms of printable ASCII (spaces stay as they are)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def _fw_digits(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in s)


def _ascii(s: str) -> str:
    """Drop diacritics (Nguyễn → Nguyen, Đ → D) for e-mail local parts."""
    s = s.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii())


def _digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


# First letters of national IDs, weighted towards the populous places by repetition.
_ID_LETTERS_W = "AAAABBBCDEEEFFFFGHHHJKKMNPQTTUVXZWIO"


def _twid(rng: random.Random, sex: str) -> str:
    letter = rng.choice(_ID_LETTERS_W)
    body = ("1" if sex == "M" else "2") + _digits(rng, 7)
    return letter + body + id_check_digit(letter, body)


def _arc(rng: random.Random, sex: str) -> str:
    letter = rng.choice("ABCDEFGHJKMNPTUVXYZ")
    if rng.random() < 0.65:  # new form since 2021
        body = ("8" if sex == "M" else "9") + _digits(rng, 7)
        return letter + body + id_check_digit(letter, body)
    second = rng.choice("AC" if sex == "M" else "BD")
    tail = _digits(rng, 7)
    check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
    return letter + second + tail + check


def _mobile_digits(rng: random.Random) -> str:
    for _ in range(200):
        num = "09" + rng.choice("0123456789") + _digits(rng, 7)
        if phone.is_valid(num):
            return num
    raise AssertionError("no valid mobile found")


_AREAS = [
    ("02", 8, "2345678"), ("02", 8, "2"), ("03", 7, "2345689"), ("037", 6, "2345689"),
    ("04", 8, "2"), ("04", 7, "78"), ("049", 7, "2"), ("05", 7, "2345"), ("06", 7, "2356"),
    ("07", 7, "35678"), ("08", 7, "7"), ("089", 6, "3"), ("082", 6, "3"), ("0826", 5, "6"),
    ("0836", 5, "2"), ("03", 7, "9"),
]  # fmt: skip


def _landline_parts(rng: random.Random) -> tuple[str, str]:
    for _ in range(400):
        area, k, firsts = rng.choice(_AREAS)
        local = rng.choice(firsts) + _digits(rng, k - 1)
        if phone.is_valid(area + local):
            return area, local
    raise AssertionError("no valid landline found")


def _split_local(local: str) -> tuple[str, str]:
    k = len(local)
    cut = {8: 4, 7: 3, 6: 2, 5: 1}[k]
    return local[:cut], local[cut:]


class _Ctx:
    """Random source plus the known-names pool shared by all samples of one set."""

    def __init__(self, rng: random.Random, pool_size: int) -> None:
        self.rng = rng
        self.pool: list[_Person] = []
        seen: set[str] = set()
        cats = ["tw"] * 14 + ["ind"] * 2 + ["fx"] * 4
        while len(self.pool) < pool_size:
            p = _new_person(rng, rng.choice(cats), rng.choice("MF"))
            if p.name not in seen:
                seen.add(p.name)
                self.pool.append(p)
        # Every (category, sex) combination must be available for known picks.
        for cat in ("tw", "ind", "fx"):
            for sex in "MF":
                for _ in range(3):
                    p = _new_person(rng, cat, sex)
                    if p.name not in seen:
                        seen.add(p.name)
                        self.pool.append(p)
        self.known_set = seen
        self.by_kind: dict[tuple[str, str], list[_Person]] = {}
        for p in self.pool:
            self.by_kind.setdefault((p.cat, p.sex), []).append(p)
        self.known_names = [p.name for p in self.pool]
        rng.shuffle(self.known_names)

    # -- people ---------------------------------------------------------------------
    def person(self, cat: str | None = None, sex: str | None = None) -> _Person:
        rng = self.rng
        if cat is None:
            cat = rng.choice(["tw"] * 8 + ["ind", "fx"])
        if sex is None:
            sex = rng.choice("MF")
        if rng.random() < KNOWN_RATE:
            options = self.by_kind.get((cat, sex))
            if options:
                return rng.choice(options)
        while True:
            p = _new_person(rng, cat, sex)
            if p.name not in self.known_set:
                return p

    def kin(self, words: dict[str, str], cat: str | None = "tw") -> tuple[str, _Person]:
        """A relation word and a person of the matching sex ("" = either)."""
        word = self.c(list(words))
        return word, self.person(cat, words[word] or None)

    def hon(self, p: _Person) -> str:
        if p.sex == "M":
            return "先生"
        return self.rng.choice(["小姐", "小姐", "女士"])

    # -- helpers --------------------------------------------------------------------
    def c(self, seq: Sequence[T]) -> T:
        return self.rng.choice(seq)

    def p(self, prob: float) -> bool:
        return self.rng.random() < prob

    def wide(self) -> bool:
        return self.rng.random() < FULLWIDTH_RATE

    def colon(self) -> str:
        return self.c(["：", "：", "：", ":", " ", "："])

    # -- values ---------------------------------------------------------------------
    def twid(self, sex: str = "") -> str:
        v = _twid(self.rng, sex or self.c("MF"))
        if self.p(0.04):
            v = v[0].lower() + v[1:]
        return _fw(v) if self.wide() else v

    def arc(self, sex: str = "") -> str:
        v = _arc(self.rng, sex or self.c("MF"))
        return _fw(v) if self.wide() else v

    def mobile(self) -> str:
        rng = self.rng
        d = _mobile_digits(rng)
        a, b, c = d[:4], d[4:7], d[7:]
        fmt = rng.choice(
            [
                f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a}{b}{c}", f"{a}{b}{c}", f"{a} {b} {c}",
                f"{a}-{b}{c}", f"{a}.{b}.{c}", f"({a}){b}-{c}", f"+886-{a[1:]}-{b}-{c}",
                f"+886 {a[1:]} {b} {c}", f"+886{a[1:]}{b}{c}", f"886-{a[1:]}-{b}-{c}",
                f"{a} {b}{c}", f"+886 (0){a[1:]} {b} {c}",
            ]
        )  # fmt: skip
        return _fw(fmt) if self.wide() else fmt

    def landline(self, ext: bool = True) -> str:
        rng = self.rng
        area, local = _landline_parts(rng)
        x, y = _split_local(local)
        fmt = rng.choice(
            [
                f"{area}-{x}-{y}", f"({area}){x}-{y}", f"({area}) {x} {y}", f"{area}{local}",
                f"{area}-{local}", f"({area}){local}", f"+886-{area[1:]}-{x}-{y}",
                f"+886 {area[1:]} {local}", f"{area} {x} {y}", f"({area}){x}{y}",
            ]
        )  # fmt: skip
        if ext and rng.random() < 0.2:
            n = _digits(rng, rng.choice([2, 3, 3, 4])).lstrip("0") or "9"
            fmt += rng.choice(
                [f" 分機{n}", f"分機{n}", f"#{n}", f" #{n}", f" ext.{n}", f" 轉{n}", f" Ext. {n}"]
            )
        return _fw(fmt) if self.wide() else fmt

    def phone(self) -> str:
        return self.mobile() if self.p(0.65) else self.landline()

    def email(self, p: _Person | None = None) -> str:
        rng = self.rng
        if p is not None and p.cat == "fx":
            words = re.findall(r"[a-z]+", _ascii(p.name + " " + p.alt).lower()) or ["user"]
        else:
            words = [rng.choice(_ROMAN_SURNAMES), rng.choice(_ROMAN_GIVEN)]
        first, last = words[0], words[-1]
        local = rng.choice(
            [
                f"{last}{first}{_digits(rng, 2)}", f"{first}.{last}", f"{last}_{first}",
                f"{first}{_digits(rng, 4)}", f"{last}{first}", f"{first[0]}{last}{_digits(rng, 3)}",
                f"{first}-{last}{_digits(rng, 2)}",
            ]
        )  # fmt: skip
        domain = rng.choice(
            _EMAIL_DOMAINS_FX if p is not None and p.cat == "fx" else _EMAIL_DOMAINS
        )
        v = f"{local}@{domain}"
        if rng.random() < 0.08:
            v = v.capitalize()
        return _fw(v) if self.p(0.06) else v

    def nhi(self) -> str:
        rng = self.rng
        d = ("0000" if rng.random() < 0.8 else _digits(rng, 4)) + _digits(rng, 8)
        v = rng.choice([d, d, f"{d[:4]}-{d[4:8]}-{d[8:]}", f"{d[:4]} {d[4:8]} {d[8:]}"])
        return _fw(v) if self.wide() else v

    def passport(self, nat: str = "TW") -> str:
        rng = self.rng
        if nat == "VN":
            v = rng.choice("CBN") + _digits(rng, 7)
        elif nat == "ID":
            v = rng.choice(["B", "C", "X", "E"]) + _digits(rng, rng.choice([6, 7]))
        elif nat == "PH":
            v = rng.choice(["P" + _digits(rng, 7) + rng.choice("ABC"), "EC" + _digits(rng, 7)])
        elif nat == "TH":
            v = rng.choice(["AA", "AB", "AC"]) + _digits(rng, 7)
        else:
            v = "3" + _digits(rng, 8)
        return _fw(v) if self.wide() else v

    def card(self) -> str:
        rng = self.rng
        kind = rng.choice(["visa", "visa", "visa", "mc", "mc2", "jcb", "amex", "cup"])
        prefix, length = {
            "visa": ("4", 16),
            "mc": (str(rng.randint(51, 55)), 16),
            "mc2": (str(rng.randint(2221, 2720)), 16),
            "jcb": (str(rng.randint(3528, 3589)), 16),
            "amex": (rng.choice(["34", "37"]), 15),
            "cup": ("62", 16),
        }[kind]
        body = prefix + _digits(rng, length - len(prefix) - 1)
        for d in "0123456789":
            if creditcard.is_valid(body + d):
                num = body + d
                break
        else:  # pragma: no cover - one check digit always fits
            raise AssertionError
        if length == 15:
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i : i + 4] for i in range(0, 16, 4)]
        v = rng.choice([" ".join(groups), "-".join(groups), num, " ".join(groups)])
        return _fw(v) if self.wide() else v

    def birth(self, lo: int = 1940, hi: int = 2003, style: str = "") -> str:
        rng = self.rng
        y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
        if rng.random() < 0.1 and m != 2:
            d = rng.randint(29, 30)
        roc = y - 1911
        style = style or rng.choice(
            ["roc", "roc", "roc_min", "roc_slash", "roc_dot", "iso", "slash", "cjk_w", "compact",
             "roc_cn", "roc_pad"]
        )  # fmt: skip
        v = {
            "roc": f"民國{roc}年{m}月{d}日",
            "roc_min": f"{roc}年{m}月{d}日",
            "roc_slash": f"{roc:03d}/{m:02d}/{d:02d}",
            "roc_dot": f"{roc}.{m:02d}.{d:02d}",
            "roc_pad": f"民國{roc}年{m:02d}月{d:02d}日",
            "iso": f"{y}-{m:02d}-{d:02d}",
            "slash": f"{y}/{m}/{d}",
            "cjk_w": f"{y}年{m}月{d}日",
            "compact": f"{y}{m:02d}{d:02d}",
            "roc_cn": f"民國{_cn_num(roc)}年{_cn_num(m)}月{_cn_num(d)}日",
            "passport": f"{d:02d} {_MONTHS[m - 1]} {y}",
        }[style]
        if style != "roc_cn" and self.wide():
            v = _fw_digits(v)
        return v

    def address(self, rural: bool = False) -> str:
        return _address(self, rural)


_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
_CN_DIGITS = "〇一二三四五六七八九"


def _cn_num(n: int) -> str:
    """Chinese numerals for 1..99 (十, 十一, 二十, 七十八)."""
    tens, ones = divmod(n, 10)
    s = ("" if tens == 1 else _CN_DIGITS[tens]) + "十" if tens else ""
    return s + (_CN_DIGITS[ones] if ones else "")


_ROMAN_SURNAMES = _words(
    "chen lin huang chang li wang wu liu tsai yang hsu cheng hsieh hung kuo chiu tseng liao lai "
    "hsu chou yeh su chuang lu chiang ho hsiao lo kao pan chien chu chung yu peng chan hu shih"
)
_ROMAN_GIVEN = _words(
    "mei ling chih ming wei hui yating ting chun hsiang yu chia hao kai pei yi shu wen jessica "
    "kevin amy vivian jason eric tina alice peggy sunny annie kelly ray jack ivy"
)
_EMAIL_DOMAINS = [
    "gmail.com", "gmail.com", "gmail.com", "yahoo.com.tw", "yahoo.com.tw", "hotmail.com",
    "outlook.com", "ms1.hinet.net", "ms45.hinet.net", "pchome.com.tw", "icloud.com",
    "seed.net.tw", "livemail.tw", "mail.ncku.edu.tw",
]  # fmt: skip
_EMAIL_DOMAINS_FX = [
    "gmail.com",
    "gmail.com",
    "yahoo.com",
    "yahoo.co.id",
    "outlook.com",
    "yahoo.com.vn",
]

# --------------------------------------------------------------------------------------
# Addresses
# --------------------------------------------------------------------------------------

_DISTRICTS_RAW = {
    "臺北市": "中正區100 大同區103 中山區104 松山區105 大安區106 萬華區108 信義區110 士林區111 "
    "北投區112 內湖區114 南港區115 文山區116",
    "新北市": "板橋區220 三重區241 中和區235 永和區234 新莊區242 新店區231 樹林區238 鶯歌區239 "
    "三峽區237 淡水區251 汐止區221 瑞芳區224 土城區236 蘆洲區247 五股區248 林口區244 "
    "坪林區232 三芝區252 石門區253 平溪區226 雙溪區227 貢寮區228 烏來區233",
    "桃園市": "桃園區330 中壢區320 大溪區335 楊梅區326 蘆竹區338 大園區337 龜山區333 八德區334 "
    "龍潭區325 平鎮區324 新屋區327 觀音區328 復興區336",
    "臺中市": "中區400 東區401 南區402 西區403 北區404 北屯區406 西屯區407 南屯區408 太平區411 "
    "大里區412 霧峰區413 豐原區420 東勢區423 和平區424 新社區426 大甲區437 清水區436",
    "臺南市": "中西區700 東區701 安平區708 安南區709 永康區710 玉井區714 楠西區715 南化區716 "
    "麻豆區721 佳里區722 七股區724 新營區730 白河區732 東山區733 善化區741 左鎮區713",
    "高雄市": "新興區800 苓雅區802 鼓山區804 前鎮區806 三民區807 楠梓區811 小港區812 左營區813 "
    "鳳山區830 旗山區842 美濃區843 六龜區844 甲仙區847 桃源區848 那瑪夏區849 茂林區851",
    "基隆市": "仁愛區200 信義區201 中正區202 安樂區204 暖暖區205 七堵區206",
    "新竹市": "東區300 北區300 香山區300",
    "嘉義市": "東區600 西區600",
    "新竹縣": "竹北市302 湖口鄉303 新埔鎮305 關西鎮306 竹東鎮310 五峰鄉311 尖石鄉313 北埔鄉314",
    "苗栗縣": "竹南鎮350 頭份市351 南庄鄉353 獅潭鄉354 苗栗市360 大湖鄉364 泰安鄉365 卓蘭鎮369",
    "彰化縣": "彰化市500 鹿港鎮505 和美鎮508 員林市510 溪湖鎮514 田中鎮520 二林鎮526 芳苑鄉528",
    "南投縣": "南投市540 草屯鎮542 國姓鄉544 埔里鎮545 仁愛鄉546 水里鄉553 魚池鄉555 信義鄉556 "
    "竹山鎮557 鹿谷鄉558",
    "雲林縣": "斗南鎮630 虎尾鎮632 臺西鄉636 麥寮鄉638 斗六市640 古坑鄉646 西螺鎮648 北港鎮651 "
    "口湖鄉653",
    "嘉義縣": "番路鄉602 梅山鄉603 竹崎鄉604 阿里山鄉605 中埔鄉606 大埔鄉607 太保市612 朴子市613 "
    "東石鄉614 布袋鎮625",
    "屏東縣": "屏東市900 三地門鄉901 霧臺鄉902 瑪家鄉903 里港鄉905 內埔鄉912 潮州鎮920 泰武鄉921 "
    "來義鄉922 東港鎮928 琉球鄉929 枋寮鄉940 春日鄉942 獅子鄉943 牡丹鄉945 恆春鎮946 滿州鄉947",
    "宜蘭縣": "宜蘭市260 頭城鎮261 礁溪鄉262 羅東鎮265 三星鄉266 大同鄉267 冬山鄉269 蘇澳鎮270 "
    "南澳鄉272",
    "花蓮縣": "花蓮市970 新城鄉971 秀林鄉972 吉安鄉973 壽豐鄉974 鳳林鎮975 光復鄉976 豐濱鄉977 "
    "瑞穗鄉978 萬榮鄉979 玉里鎮981 卓溪鄉982 富里鄉983",
    "臺東縣": "臺東市950 綠島鄉951 蘭嶼鄉952 延平鄉953 卑南鄉954 鹿野鄉955 關山鎮956 海端鄉957 "
    "池上鄉958 東河鄉959 成功鎮961 長濱鄉962 太麻里鄉963 金峰鄉964 大武鄉965 達仁鄉966",
    "澎湖縣": "馬公市880 西嶼鄉881 望安鄉882 七美鄉883 白沙鄉884 湖西鄉885",
    "金門縣": "金沙鎮890 金湖鎮891 金寧鄉892 金城鎮893 烈嶼鄉894",
    "連江縣": "南竿鄉209 北竿鄉210 莒光鄉211 東引鄉212",
}
_DISTRICTS = {
    city: [(m.group(1), m.group(2)) for m in re.finditer(r"(\S+?)(\d{3})", raw)]
    for city, raw in _DISTRICTS_RAW.items()
}
_CITIES = list(_DISTRICTS)
_RURAL_CITIES = ["南投縣", "花蓮縣", "臺東縣", "屏東縣", "嘉義縣", "新竹縣", "苗栗縣", "宜蘭縣",
                 "雲林縣", "高雄市", "臺南市", "新北市", "澎湖縣"]  # fmt: skip
_ROADS = _words(
    "中山路 中正路 民生路 民族路 民權路 信義路 仁愛路 和平路 復興路 建國路 光復路 成功路 自由路 "
    "忠孝路 博愛路 文化路 中華路 三民路 公園路 大同路 林森路 長春路 延平路 重慶路 青年路 勝利路 "
    "興隆路 永福路 新生路 福德街 光明街 和平街 仁愛街 中興街 民有街 文昌街 廟前街 環河路 大埔路 "
    "港墘路 溪洲路 環市路 平和路 中山北路 中正東路 建國南路 四維路 五福路 六合路 七賢路 八德路 "
    "九如路 十全路 昇平路 東埔路 部落路 山海路 濱海路 縱貫路 舊街 新街 老街 學府路 市場路"
)
_VILLAGES = _words(
    "中正 中山 復興 和平 仁愛 福德 永安 新興 東興 西勢 南勢 北勢 頂庄 下庄 大埔 水尾 山腳 溪洲 "
    "崁頂 新厝 舊社 坑口 東埔 望鄉 羅娜 桃源 紅葉 霧鹿 南興 長濱 忠孝 廣興 瑞豐 豐坪 太平 光明"
)
_SECTIONS = "一二三四五六七"


def _address(ctx: _Ctx, rural: bool) -> str:
    rng = ctx.rng
    city = rng.choice(_RURAL_CITIES if rural else _CITIES)
    district, zipcode = rng.choice(_DISTRICTS[city])
    if rng.random() < 0.3:
        city = city.replace("臺", "台")
    parts: list[str] = []
    if rng.random() < 0.25:
        parts.append(zipcode + (_digits(rng, 2) if rng.random() < 0.3 else ""))
        if rng.random() < 0.3:
            parts.append(" ")
    parts += [city, district]
    is_township = district.endswith(("鄉", "鎮"))
    village_suffix = "村" if is_township else "里"
    use_village = rural or rng.random() < 0.25
    if use_village:
        parts.append(rng.choice(_VILLAGES) + village_suffix)
        if rng.random() < 0.6:
            parts.append(f"{rng.randint(1, 24)}鄰")
    if rural and use_village and rng.random() < 0.45:
        pass  # rural: village, neighbourhood and house number without a road
    else:
        road = rng.choice(_ROADS)
        parts.append(road)
        if road.endswith("路") and rng.random() < 0.35:
            parts.append(rng.choice(_SECTIONS) + "段")
        if rng.random() < 0.35:
            parts.append(f"{rng.randint(1, 450)}巷")
            if rng.random() < 0.35:
                parts.append(f"{rng.randint(1, 40)}弄")
    no = str(rng.randint(1, 399))
    if rng.random() < 0.12:
        no += f"-{rng.randint(1, 9)}"
    parts.append(f"{no}號")
    r = rng.random()
    if r < 0.12:
        parts.append(f"之{rng.randint(1, 6)}")
    elif r < (0.2 if rural else 0.42):
        floor = rng.randint(2, 3 if rural else 15)
        parts.append(rng.choice([f"{floor}樓", f"{floor}樓", f"{floor}F", f"{_cn_num(floor)}樓"]))
        if rng.random() < 0.25:
            parts.append(f"之{rng.randint(1, 8)}")
    v = "".join(parts)
    if ctx.wide():
        v = _fw_digits(v)
    return v


# --------------------------------------------------------------------------------------
# Text builder
# --------------------------------------------------------------------------------------


class _Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[tuple[int, int, str]] = []

    def t(self, *texts: str) -> _Doc:
        for s in texts:
            self.parts.append(s)
            self.n += len(s)
        return self

    def v(self, value: str, label: str) -> _Doc:
        start = self.n
        self.t(value)
        self.spans.append((start, self.n, label))
        return self

    def name(self, p: _Person) -> _Doc:
        return self.v(p.name, PERSON)

    def text(self) -> str:
        return "".join(self.parts)


def _roc_date(ctx: _Ctx, year: int | None = None) -> str:
    """An ordinary (non-personal) recent date: meeting days, deadlines, log dates."""
    rng = ctx.rng
    y = year or rng.choice([112, 113, 113, 114])
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    v = rng.choice(
        [f"{y}年{m}月{d}日", f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{y}.{m}.{d}",
         f"{y + 1911}-{m:02d}-{d:02d}", f"{m}/{d}", f"{m}月{d}日"]
    )  # fmt: skip
    return _fw_digits(v) if ctx.wide() else v


def _docno(ctx: _Ctx, prefix: str) -> str:
    rng = ctx.rng
    v = f"{prefix}字第{rng.choice([112, 113, 114])}{_digits(ctx.rng, 7)}號"
    return _fw_digits(v) if ctx.wide() else v


def _amount(ctx: _Ctx, lo: int, hi: int) -> str:
    rng = ctx.rng
    n = rng.randint(lo, hi)
    return rng.choice([f"新臺幣{n:,}元", f"{n:,}元", f"NT${n:,}", f"新台幣{n}元", f"{n:,} 元"])


def _ban_value(ctx: _Ctx) -> str:
    while True:
        v = _digits(ctx.rng, 8)
        if ban.is_valid(v):
            return _fw(v) if ctx.wide() else v


def _time(ctx: _Ctx) -> str:
    rng = ctx.rng
    hour = rng.randint(8, 20)
    minute = rng.choice([0, 10, 15, 20, 30, 40, 45, 50])
    return rng.choice([f"{hour:02d}:{minute:02d}", f"{hour:02d}{minute:02d}"])


_COMPANY_PREFIX = _words(
    "宏興 大成 永豐 林記 陳家 黃金 金蘭 新光 永安 萬順 福隆 吉祥 順天 合興 東和"
)
_COMPANY_KIND = ["營造有限公司", "水電工程行", "企業社", "實業股份有限公司", "土木包工業", "行"]

# --------------------------------------------------------------------------------------
# Genre 1: airport immigration-office interview notes (移民署)
# --------------------------------------------------------------------------------------

_AIRPORTS = ["桃園國際機場第一航廈", "桃園國際機場第二航廈", "高雄國際機場", "臺中國際機場",
             "臺北松山機場", "金門尚義機場"]  # fmt: skip
_IMM_UNITS = ["國境事務大隊桃園機場國境事務隊", "國境事務大隊高雄機場國境事務隊",
              "北區事務大隊", "國境事務大隊第二隊"]  # fmt: skip


def _imm_form(ctx: _Ctx, d: _Doc) -> None:
    fx = ctx.person("fx")
    spouse = ctx.person(ctx.c(["tw"] * 5 + ["ind"]), "M" if fx.sex == "F" else "F")
    staff = ctx.person("tw")
    cl = ctx.colon
    d.t(
        "內政部移民署",
        ctx.c(_IMM_UNITS),
        ctx.c(["　面談紀錄\n", " 境外面談紀錄表\n", "\n【面談紀錄】\n"]),
    )
    d.t("面談日期", cl(), _roc_date(ctx, 113), "　地點", cl(), ctx.c(_AIRPORTS), "\n")
    d.t(ctx.c(["受訪人", "受訪者姓名", "當事人", "姓名(Name)"]), cl()).name(fx)
    if fx.alt and ctx.p(0.35):
        d.t("（").v(fx.alt, PERSON).t("）")
    d.t("　國籍", cl(), _NATIONALITY[fx.nat], "　性別", cl(), "女" if fx.sex == "F" else "男", "\n")
    fields = []
    fields.append(lambda: d.t("護照號碼", cl()).v(ctx.passport(fx.nat), PASSPORT).t("\n"))
    fields.append(
        lambda: (
            d.t(ctx.c(["出生日期", "出生年月日", "生日"]), cl())
            .v(
                ctx.birth(1975, 2002, ctx.c(["iso", "slash", "passport", "roc", "cjk_w"])),
                BIRTH_DATE,
            )
            .t("\n")
        )
    )
    if ctx.p(0.6):
        fields.append(
            lambda: (
                d.t(ctx.c(["居留證號", "統一證號", "外僑居留證統一證號"]), cl())
                .v(ctx.arc(fx.sex), TW_RESIDENT_CERT)
                .t("\n")
            )
        )
    if ctx.p(0.7):
        fields.append(lambda: d.t("在臺聯絡電話", cl()).v(ctx.mobile(), PHONE).t("\n"))
    if ctx.p(0.6):
        fields.append(lambda: d.t("在臺住址", cl()).v(ctx.address(), ADDRESS).t("\n"))
    if ctx.p(0.3):
        fields.append(lambda: d.t("電子郵件", cl()).v(ctx.email(fx), EMAIL).t("\n"))
    ctx.rng.shuffle(fields)
    for f in fields:
        f()
    d.t(ctx.c(["配偶", "臺灣配偶", "在臺保證人"]), cl()).name(spouse)
    if ctx.p(0.7):
        d.t(ctx.c(["（身分證字號 ", "，身分證統一編號", "／ID:"])).v(
            ctx.twid(spouse.sex), TW_NATIONAL_ID
        )
        d.t("）" if d.parts[-2].startswith("（") else "")
    d.t("\n")
    d.t(
        ctx.c(
            [
                "面談結果：雙方陳述內容大致相符，准予入境。\n",
                "面談結果：對於婚後居住地點陳述不一，安排二次面談。\n",
                "結論：陳述相符，於" + _time(ctx) + "放行。\n",
                "備註：當事人中文能力有限，透過通譯協助。\n",
            ]
        )
    )
    d.t(ctx.c(["面談人員", "承辦人", "紀錄"]), cl()).name(staff)
    if ctx.p(0.3):
        d.t("　覆核", cl()).name(ctx.person("tw"))


def _imm_log(ctx: _Ctx, d: _Doc) -> None:
    fx = ctx.person("fx")
    word, rel = ctx.kin(
        {"聯絡人為其表姊": "F", "在臺聯絡人": "", "接機者為雇主": "", "依親對象": ""}
    )
    opening, closing = ctx.c([("", ""), ("[", "]"), ("【", "】")])
    d.t(opening, _roc_date(ctx), " ", _time(ctx), closing, " ")
    d.t(ctx.c(["旅客", "入境旅客", "受檢人", ""])).name(fx)
    d.t("（", _NATIONALITY[fx.nat], "籍，護照")
    d.v(ctx.passport(fx.nat), PASSPORT).t("）")
    d.t(ctx.c(["持觀光簽證入境，自稱來臺探親", "持免簽入境，稱來臺旅遊", "持居留簽證入境"]), "，")
    d.t(word).name(rel)
    if ctx.p(0.5):
        d.t(ctx.hon(rel))
    d.t("，電話").v(ctx.phone(), PHONE).t("。")
    if ctx.p(0.4):
        opening, closing = ctx.c(
            [
                ("（卡號", "）及美金現鈔800元作為財力證明。"),
                ("，卡號 ", "，另有現金約新臺幣2萬元。"),
                ("一張，號碼", "，並出示回程機票。"),
            ]
        )
        d.t("旅客出示信用卡", opening).v(ctx.card(), CREDIT_CARD).t(closing)
    if ctx.p(0.3):
        d.t("旅客生日").v(ctx.birth(1970, 2004, ctx.c(["iso", "passport", "slash"])), BIRTH_DATE).t(
            "，"
        )
    d.t(ctx.c(["經詢問後轉二次面談。", "查無異常，放行。", "已通報專勤隊續處。", "已請其補件。"]))
    if ctx.p(0.5):
        opening, closing = ctx.c([("（", "）"), (" —", ""), (" /", "")])
        d.t(opening).name(ctx.person("tw")).t(closing)


def _imm_qa(ctx: _Ctx, d: _Doc) -> None:
    fx = ctx.person("fx", "F" if ctx.p(0.75) else "M")
    sp = ctx.person("tw", "M" if fx.sex == "F" else "F")
    q, a = ctx.c([("問：", "答："), ("Q：", "A："), ("問:", "答:"), ("面談官：", "受訪者：")])
    d.t(q, "請說明你的姓名、出生日期。\n", a)
    d.t(ctx.c(["我叫", "我的名字是", "", "我是"])).name(fx)
    d.t(ctx.c(["，", "，我", "。"])).v(
        ctx.birth(1978, 2003, ctx.c(["iso", "slash", "cjk_w"])), BIRTH_DATE
    )
    d.t(ctx.c(["出生。\n", "生的。\n"]))
    d.t(q, ctx.c(["你先生叫什麼名字？電話幾號？\n", "你配偶的姓名與聯絡方式？\n"]), a)
    d.t(ctx.c(["他叫", "叫", "", "我先生是"]) if fx.sex == "F" else ctx.c(["她叫", "我太太是", ""]))
    d.name(sp).t(ctx.c(["，電話是", "，手機", "，他的電話"])).v(ctx.mobile(), PHONE).t("。\n")
    if ctx.p(0.7):
        d.t(q, "你們在臺灣住哪裡？\n", a, ctx.c(["住", "住在", "我們住"]))
        d.v(ctx.address(), ADDRESS).t("。\n")
    if ctx.p(0.4):
        d.t(q, "你怎麼認識他的？\n", a, "朋友")
        d.name(ctx.person(ctx.c(["fx", "tw"]))).t("介紹的，")
        d.t(ctx.c(["在胡志明市吃飯認識。\n", "在臉書上聊天認識。\n", "在工廠同事介紹。\n"]))
    if ctx.p(0.3):
        d.t(q, "有沒有電子郵件？\n", a, "有，").v(ctx.email(fx), EMAIL).t("。\n")
    d.t(ctx.c(["（以下空白）", "以上筆錄經受訪人確認無誤。", "（通譯：", "紀錄人："]))
    if d.parts[-1].endswith("："):
        d.name(ctx.person(ctx.c(["fx", "tw"])))
        d.t("）" if d.parts[-2].startswith("（") else "")


def _imm_table(ctx: _Ctx, d: _Doc) -> None:
    sep = ctx.c(["\t", " | ", "　", "  "])
    d.t(ctx.c(["本日二次面談名單", "113年移工入境查驗異常名單（內部）", "面談排程"]), "\n")
    d.t(sep.join(["姓名", "國籍", "護照號碼", "居留證號"]), "\n")
    for _ in range(ctx.rng.randint(2, 5)):
        fx = ctx.person("fx")
        d.name(fx).t(sep, _NATIONALITY[fx.nat], sep).v(ctx.passport(fx.nat), PASSPORT).t(sep)
        if ctx.p(0.7):
            d.v(ctx.arc(fx.sex), TW_RESIDENT_CERT)
        else:
            d.t("（未申請）")
        d.t("\n")
    d.t("承辦：").name(ctx.person("tw"))


def _imm_negative(ctx: _Ctx, d: _Doc) -> None:
    k = ctx.rng.randrange(3)
    if k == 0:
        d.t("內政部移民署", ctx.c(_IMM_UNITS), "113年第", ctx.c("一二三四"), "季工作統計\n")
        d.t(
            "一、入境面談計",
            f"{ctx.rng.randint(800, 2400):,}",
            "件，其中越南籍",
            str(ctx.rng.randint(200, 700)),
            "件、印尼籍",
            str(ctx.rng.randint(50, 300)),
            "件。\n",
        )
        d.t(
            "二、依入出國及移民法第18條第1項第",
            str(ctx.rng.randint(1, 13)),
            "款禁止入境者",
            str(ctx.rng.randint(2, 30)),
            "件。\n",
        )
        d.t("三、依本署", _roc_date(ctx), _docno(ctx, "移署北國"), "函辦理。")
    elif k == 1:
        d.t(
            _roc_date(ctx),
            " 班機",
            ctx.c(["CI", "BR", "VJ", "JX", "5J"]),
            str(ctx.rng.randint(100, 999)),
        )
        d.t(
            "於",
            _time(ctx),
            "抵達",
            ctx.c(_AIRPORTS),
            "，",
            ctx.c(["D", "C", "B"]),
            str(ctx.rng.randint(1, 10)),
        )
        d.t("號登機門。自動查驗通關(e-Gate)", ctx.c(["暫停", "恢復"]), "使用，")
        d.t(
            "林務局旅遊宣導攤位設於北側大廳。面談室", ctx.c("ABC"), "暫停開放，陳列架移至服務台旁。"
        )
    else:
        d.t("公告：依「外國人停留居留及永久居留辦法」第", str(ctx.rng.randint(2, 40)), "條，")
        d.t("居留證延期請於期限屆滿前30日內申請，規費", _amount(ctx, 500, 2000), "。")
        d.t("受理案號 ", ctx.c(["RP", "AP", "EX"]), "-", str(ctx.rng.choice([112, 113])), "-")
        d.t(
            _digits(ctx.rng, 6),
            "。收件日期",
            _roc_date(ctx),
            "，預計",
            ctx.c(["7", "10", "14"]),
            "個工作天。",
        )


# --------------------------------------------------------------------------------------
# Genre 2: national-pension appeals (國民年金)
# --------------------------------------------------------------------------------------

_PENSION_KINDS = ["老年年金", "身心障礙年金", "遺屬年金", "喪葬給付", "生育給付", "原住民給付"]


def _pension_form(ctx: _Ctx, d: _Doc) -> None:
    app = ctx.person(ctx.c(["tw"] * 6 + ["ind"]))
    cl = ctx.colon
    d.t(
        ctx.c(
            ["勞動部勞工保險局　國民年金爭議審議申請書\n", "國民年金爭議審議申請書（影本）\n", ""]
        )
    )
    d.t(ctx.c(["申請人", "申請人姓名", "爭議審議申請人"]), cl()).name(app)
    d.t(
        ctx.c(["　", "\n", "，"]),
        ctx.c(["身分證統一編號", "身分證字號", "國民身分證統一編號"]),
        cl(),
    )
    d.v(ctx.twid(app.sex), TW_NATIONAL_ID).t("\n")
    d.t(ctx.c(["出生日期", "出生年月日"]), cl()).v(ctx.birth(1935, 1999), BIRTH_DATE).t("\n")
    d.t(ctx.c(["通訊地址", "戶籍地址", "住址"]), cl()).v(ctx.address(ctx.p(0.3)), ADDRESS).t("\n")
    d.t("聯絡電話", cl()).v(ctx.phone(), PHONE)
    if ctx.p(0.4):
        d.t("　手機", cl()).v(ctx.mobile(), PHONE)
    d.t("\n")
    if ctx.p(0.45):
        word, agent = ctx.kin(
            {"（申請人之子）": "M", "（申請人之女）": "F", "（配偶）": "", "（社工）": ""}
        )
        d.t("代理人", cl()).name(agent).t(word)
        if ctx.p(0.6):
            d.t("　電話", cl()).v(ctx.phone(), PHONE)
        d.t("\n")
    d.t("原處分文號", cl(), _docno(ctx, ctx.c(["保國三", "保國四", "保國二"])), "\n")
    d.t("申請事由", cl(), "申請人不服", ctx.c(_PENSION_KINDS), "核定結果，")
    d.t(ctx.c(["依國民年金法第5條規定申請審議。", "主張其身心障礙程度符合給付標準。",
               "主張欠繳保險費已於期限內補繳。"]))  # fmt: skip
    if ctx.p(0.3):
        d.t("\n電子信箱", cl()).v(ctx.email(app), EMAIL)
    if ctx.p(0.3):
        d.t("\n健保卡號", cl()).v(ctx.nhi(), TW_NHI_CARD)


def _pension_letter(ctx: _Ctx, d: _Doc) -> None:
    app = ctx.person(ctx.c(["tw"] * 6 + ["ind"]))
    d.t("主旨：有關", ctx.c(["", "申請人", "訴願人"])).name(app)
    d.t(ctx.c(["君", "", "（以下稱申請人）", ctx.hon(app)]))
    d.t("（").v(ctx.birth(1940, 1995, ctx.c(["roc", "roc_min", "roc_cn", "roc_pad"])), BIRTH_DATE)
    d.t("生，身分證統一編號").v(ctx.twid(app.sex), TW_NATIONAL_ID)
    d.t("）不服本局", _roc_date(ctx, 113), _docno(ctx, "保國四"), "函核定", ctx.c(_PENSION_KINDS))
    d.t("不予給付一案，", ctx.c(["請查照。", "復如說明，請查照。", "陳請鑒核。"]), "\n說明：\n")
    d.t("一、依國民年金法第", str(ctx.rng.randint(5, 60)), "條辦理。\n")
    d.t("二、申請人", ctx.c(["住", "現居", "戶籍設於"])).v(ctx.address(), ADDRESS)
    if ctx.p(0.7):
        d.t("，聯絡電話").v(ctx.phone(), PHONE)
    d.t("。\n")
    if ctx.p(0.5):
        word, rel = ctx.kin({"配偶": "", "長子": "M", "次女": "F", "孫": "M", "孫女": "F"})
        d.t("三、申請人之", word).name(rel)
        d.t(
            "於",
            _roc_date(ctx),
            "到局陳述，",
            ctx.c(["稱申請人長期臥床。", "檢附診斷證明書乙份。"]),
            "\n",
        )
    d.t(ctx.c(["承辦人：", "聯絡人：", "局長　", "科長 "]))
    if d.parts[-1] in ("局長　", "科長 "):
        d.t("（決行）")
    else:
        d.name(ctx.person("tw"))


def _pension_call(ctx: _Ctx, d: _Doc) -> None:
    caller = ctx.person("tw", "F" if ctx.p(0.6) else None)
    word, parent = ctx.kin(
        {"母親": "F", "父親": "M", "阿嬤": "F", "外公": "M", "阿公": "M"},
        ctx.c(["tw", "tw", "ind"]),
    )
    d.t(_roc_date(ctx), " ", _time(ctx), " ")
    d.name(caller).t(ctx.c([ctx.hon(caller), "", ctx.hon(caller)]))
    d.t(ctx.c(["來電", "來電（", "臨櫃"]))
    if d.parts[-1] == "來電（":
        d.v(ctx.phone(), PHONE).t("）")
    d.t("，詢問其", word).name(parent)
    d.t("（").v(ctx.birth(1930, 1960), BIRTH_DATE).t("生）", ctx.c(_PENSION_KINDS), "審議進度。")
    if ctx.p(0.45):
        d.t("核對身分：", ctx.c(["健保卡號", "健保卡"])).v(ctx.nhi(), TW_NHI_CARD)
        d.t(ctx.c(["無誤。", "，身分證末四碼相符。"]))
    d.t(ctx.c(["已告知約需2個月。", "已請其補送戶籍謄本。", "已轉審議科回電。"]))
    if ctx.p(0.35):
        d.t("回電號碼：").v(ctx.phone(), PHONE).t("。")
    opening, closing = ctx.c([("（", "）"), (" /", ""), ("\n", "記")])
    d.t(opening).name(ctx.person("tw")).t(closing)


def _pension_negative(ctx: _Ctx, d: _Doc) -> None:
    k = ctx.rng.randrange(3)
    if k == 0:
        d.t(
            "國民年金保險費率自",
            ctx.c(["113", "114"]),
            "年1月起調整為",
            ctx.c(["9.5", "10"]),
            "%，",
        )
        d.t(
            "月投保金額",
            f"{ctx.rng.randint(18000, 21000):,}",
            "元，每月應繳保險費",
            _amount(ctx, 800, 2200),
        )
        d.t("。依國民年金法第10條規定，", ctx.c(["逾期未繳者得加計利息。", "得申請分期繳納。"]))
    elif k == 1:
        d.t("國民年金爭議審議會第", str(ctx.rng.randint(90, 200)), "次會議紀錄\n")
        d.t("時間：", _roc_date(ctx, 113), " 下午2時\n地點：本局第", ctx.c("一二三"), "會議室\n")
        total = ctx.rng.randint(10, 60)
        revoked = ctx.rng.randint(0, 6)
        d.t("審議案件計", str(total), "件，駁回", str(total - revoked), "件，")
        d.t(
            "原處分撤銷",
            str(revoked),
            "件。\n下次會議訂於",
            _roc_date(ctx, 113),
            "召開，",
        )
        d.t("會議資料請於", _roc_date(ctx), "前張貼於內部網站。")
    else:
        d.t("函轉", _docno(ctx, "勞動保三"), "：有關", ctx.c(_PENSION_KINDS), "請領要件疑義，")
        d.t(
            "請依國民年金法施行細則第",
            str(ctx.rng.randint(3, 40)),
            "條辦理。本案計",
            str(ctx.rng.randint(3, 90)),
        )
        d.t("件，補助款", _amount(ctx, 30000, 900000), "，請於", _roc_date(ctx), "前陳報。")
        d.t("高齡者案件請優先處理，何時結案請於系統登錄。")


# --------------------------------------------------------------------------------------
# Genre 3: rural water-supply applications
# --------------------------------------------------------------------------------------


def _lot(ctx: _Ctx) -> str:
    rng = ctx.rng
    return f"{rng.choice(_VILLAGES)}段{rng.randint(1, 1800)}" + (
        f"-{rng.randint(1, 30)}" if rng.random() < 0.5 else ""
    ) + "地號"  # fmt: skip


def _water_form(ctx: _Ctx, d: _Doc) -> None:
    app = ctx.person(ctx.c(["tw", "tw", "ind", "ind"]))
    cl = ctx.colon
    d.t(
        ctx.c(
            [
                "無自來水地區供水改善申請表\n",
                "簡易自來水接管申請書\n",
                "自來水延管工程用戶申請（影本）\n",
            ]
        )
    )
    d.t("申請人", cl()).name(app)
    if app.alt and ctx.p(0.3):
        d.t("（").v(app.alt, PERSON).t("）")
    d.t("\n身分證字號", cl()).v(ctx.twid(app.sex), TW_NATIONAL_ID).t("\n")
    d.t("戶籍地址", cl()).v(ctx.address(True), ADDRESS).t("\n")
    if ctx.p(0.5):
        d.t("用水地址", cl(), "同戶籍地址\n")
    else:
        d.t("用水地址", cl()).v(ctx.address(True), ADDRESS).t("\n")
    d.t("土地地號", cl(), _lot(ctx), "\n")
    d.t("聯絡電話", cl()).v(ctx.landline(False), PHONE)
    if ctx.p(0.6):
        d.t(ctx.c(["　手機", " / 行動", "、"]), cl() if ctx.p(0.5) else "").v(ctx.mobile(), PHONE)
    d.t(
        "\n申請戶數",
        cl(),
        str(ctx.rng.randint(1, 6)),
        "戶　用水人口",
        cl(),
        str(ctx.rng.randint(1, 12)),
        "人\n",
    )
    if ctx.p(0.35):
        d.t("出生日期", cl()).v(ctx.birth(1940, 1990), BIRTH_DATE).t("（65歲以上優先）\n")
    d.t(ctx.c(["申請人簽章", "立書人", "具申請人"]), cl()).name(app)
    if ctx.p(0.3):
        d.t("\n代填人", cl()).name(ctx.person("tw")).t(
            ctx.c(["（村幹事）", "（村長）", "（鄰長）"])
        )


def _water_note(ctx: _Ctx, d: _Doc) -> None:
    app = ctx.person(ctx.c(["tw", "ind", "ind"]))
    d.t(_roc_date(ctx), " 會勘：")
    d.name(app).t(ctx.c([ctx.hon(app) + "家", "家", "住處", "之住所"]))
    d.t("（").v(ctx.address(True), ADDRESS).t("）")
    d.t(
        ctx.c(
            ["水源為山泉水，旱季斷水；", "目前以抽地下水使用，水質混濁；", "距既有管線約300公尺；"]
        )
    )
    d.t(ctx.c(["同行：", "會同"])).name(ctx.person(ctx.c(["tw", "ind"])))
    d.t(ctx.c(["村長", "（鄰長）", "幹事", ""]), "、")
    d.t("自來水公司", ctx.c(["第四區", "第八區", "第九區", "第十區"]), "管理處人員。")
    if ctx.p(0.6):
        d.t(ctx.c(["申請人聯絡電話", "屋主電話", "聯絡："])).v(ctx.phone(), PHONE).t("。")
    if ctx.p(0.3):
        d.t("身分證").v(ctx.twid(app.sex), TW_NATIONAL_ID).t("已核對。")
    d.t(ctx.c(["建議列入下年度延管。", "需先取得私有地使用同意書。", "已拍照存檔。"]))


def _water_list(ctx: _Ctx, d: _Doc) -> None:
    sep = ctx.c(["\t", "  ", " | ", "，"])
    d.t(ctx.c(["", "附件一："]), "申請戶名冊（", ctx.c(_VILLAGES), "村）\n")
    d.t(sep.join(["序號", "姓名", "地址", "電話"]), "\n")
    for i in range(1, ctx.rng.randint(2, 5) + 1):
        p = ctx.person(ctx.c(["tw", "ind", "ind"]))
        d.t(str(i), sep).name(p).t(sep).v(ctx.address(True), ADDRESS).t(sep)
        if ctx.p(0.8):
            d.v(ctx.phone(), PHONE)
        else:
            d.t("無")
        d.t("\n")
    d.t(ctx.c(["製表：", "村長：", "承辦："])).name(ctx.person(ctx.c(["tw", "ind"])))


def _water_negative(ctx: _Ctx, d: _Doc) -> None:
    k = ctx.rng.randrange(3)
    city = ctx.c(_RURAL_CITIES)
    district = ctx.c(_DISTRICTS[city])[0]
    if k == 0:
        d.t(
            "本計畫",
            ctx.c(["113", "114"]),
            "年度核定經費",
            _amount(ctx, 1_000_000, 30_000_000),
            "，",
        )
        d.t(
            "辦理",
            city,
            district,
            ctx.c(_VILLAGES),
            "村延管工程，長度",
            f"{ctx.rng.randint(300, 5000):,}",
            "公尺。",
        )
        d.t(
            "施工期間：",
            _roc_date(ctx),
            "至",
            _roc_date(ctx),
            "。承攬廠商：",
            ctx.c(_COMPANY_PREFIX),
        )
        d.t(ctx.c(_COMPANY_KIND), "（統一編號", _ban_value(ctx), "）。")
    elif k == 1:
        d.t(
            "依自來水法第",
            str(ctx.rng.randint(10, 110)),
            "條及",
            city,
            "無自來水地區供水改善計畫作業要點辦理。",
        )
        d.t("施工路段：", ctx.c(_ROADS), ctx.c(["", "一段", "二段"]), "（", _lot(ctx), "旁），")
        d.t(
            "施工期間道路半幅封閉，洪水季節暫停施工，請用路人改道。文號：",
            _docno(ctx, "府授水"),
            "。",
        )
    else:
        d.t(
            district,
            "公所公告：",
            ctx.c(_VILLAGES),
            "簡易自來水設施",
            ctx.c(["水塔清洗", "管線汰換", "濾材更換"]),
        )
        d.t("，", _roc_date(ctx), "上午8時至下午5時停水，請住戶預先儲水。")
        d.t("林地旁水源保護區禁止游泳、洗滌。黃昏後請勿靠近溪谷。")


# --------------------------------------------------------------------------------------
# Genre 4: traditional-market stall lease files
# --------------------------------------------------------------------------------------

_MARKETS = _words(
    "東門市場 南門市場 第一公有市場 北門市場 新富市場 中央市場 建國市場 信義市場 成功市場"
)
_STALL_AREAS = ["蔬果區", "肉品區", "水產區", "熟食區", "雜貨區", "花卉區"]


_SHOPS = ["林記麵線", "陳家豆花", "王媽媽滷味", "阿婆粉圓", "黃金海鮮行", "張師傅鍋貼", "李家肉圓"]


def _stall(ctx: _Ctx) -> str:
    return f"{ctx.c('ABCDEF')}-{ctx.rng.randint(1, 60):02d}"


def _market_lease(ctx: _Ctx, d: _Doc) -> None:
    lessee = ctx.person(ctx.c(["tw"] * 6 + ["fx"]))
    cl = ctx.colon
    d.t(ctx.c(_MARKETS), ctx.c(["攤位租賃契約（摘要）\n", "攤位使用契約書 摘錄\n", " 承租資料\n"]))
    d.t("攤位編號", cl(), _stall(ctx), "（", ctx.c(_STALL_AREAS), "）\n")
    d.t(ctx.c(["承租人", "攤商", "使用人"]), cl()).name(lessee).t("\n")
    if lessee.cat == "fx":
        d.t("居留證統一證號", cl()).v(ctx.arc(lessee.sex), TW_RESIDENT_CERT).t("\n")
    else:
        d.t(ctx.c(["身分證統一編號", "身分證字號", "國民身分證"]), cl()).v(
            ctx.twid(lessee.sex), TW_NATIONAL_ID
        )
        d.t("\n")
    if ctx.p(0.5):
        d.t("出生日期", cl()).v(ctx.birth(1945, 2000), BIRTH_DATE).t("\n")
    d.t(ctx.c(["戶籍地址", "通訊地址"]), cl()).v(ctx.address(), ADDRESS).t("\n")
    if ctx.p(0.4):
        d.t("手機", cl()).v(ctx.mobile(), PHONE).t("\n")
    else:
        d.t(ctx.c(["聯絡電話", "電話"]), cl()).v(ctx.phone(), PHONE).t("\n")
    d.t("租期", cl(), _roc_date(ctx, 113), "至", _roc_date(ctx, 115), "\n")
    d.t("月租金", cl(), _amount(ctx, 1200, 9000))
    if ctx.p(0.5):
        d.t("，", ctx.c(["自動扣繳信用卡號", "以信用卡代扣，卡號", "信用卡授權扣款 "]))
        d.v(ctx.card(), CREDIT_CARD)
    d.t("\n保證金", cl(), _amount(ctx, 3000, 27000), "\n")
    if ctx.p(0.4):
        d.t("連帶保證人", cl()).name(ctx.person("tw")).t("　電話", cl()).v(ctx.phone(), PHONE).t(
            "\n"
        )
    if ctx.p(0.25):
        d.t("E-mail", cl()).v(ctx.email(lessee), EMAIL).t("\n")
    d.t(ctx.c(["市場管理員", "經辦人", "管理所承辦"]), cl()).name(ctx.person("tw"))


def _market_transfer(ctx: _Ctx, d: _Doc) -> None:
    old = ctx.person("tw")
    word, new = ctx.kin({"長子": "M", "次子": "M", "女兒": "F", "媳婦": "F", "配偶": ""})
    d.t(ctx.c(_MARKETS), _stall(ctx), "號攤", ctx.c(["原承租人", "原攤商"])).name(old)
    d.t(ctx.c(["於112年間過世，", "因年邁退休，", "因病無法經營，"]))
    d.t("由其", word).name(new)
    d.t("（").v(ctx.twid(new.sex), TW_NATIONAL_ID)
    if ctx.p(0.5):
        d.t("，").v(ctx.birth(1960, 1998), BIRTH_DATE).t("生")
    d.t(
        "）申請",
        ctx.c(["繼承承租", "變更承租人"]),
        "，檢附戶籍謄本及",
        ctx.c(["切結書", "同意書"]),
        "。",
    )
    d.t("聯絡地址：").v(ctx.address(), ADDRESS).t("，")
    if ctx.p(0.5):
        d.t("手機").v(ctx.mobile(), PHONE).t("。")
    else:
        d.t("電話").v(ctx.phone(), PHONE).t("。")
    d.t(ctx.c(["依零售市場管理條例第9條審核，符合規定。", "經自治會同意。", "待補繳欠租後核准。"]))


def _market_patrol(ctx: _Ctx, d: _Doc) -> None:
    sep = ctx.c(["\t", " ", "｜"])
    d.t(ctx.c(_MARKETS), " 巡查紀錄 ", _roc_date(ctx), "\n")
    for _ in range(ctx.rng.randint(2, 4)):
        p = ctx.person(ctx.c(["tw"] * 5 + ["fx"]))
        d.t(_stall(ctx), sep).name(p).t(sep)
        if ctx.p(0.5):
            d.t("（").v(ctx.mobile(), PHONE).t("）", sep)
        d.t(
            ctx.c(
                [
                    "占用走道，已口頭勸導",
                    "未配戴攤商證",
                    "冷藏設備溫度正常",
                    "欠繳管理費2期",
                    "油煙罩未清潔",
                ]
            )
        )
        d.t("\n")
    d.t("巡查人員：").name(ctx.person("tw"))


def _market_negative(ctx: _Ctx, d: _Doc) -> None:
    k = ctx.rng.randrange(3)
    m = ctx.c(_MARKETS)
    if k == 0:
        d.t(m, "攤位", _stall(ctx), "「", ctx.c(_SHOPS), "」")
        d.t(
            "營業時間06:00-13:00，販售",
            ctx.c(["黃豆、李子、高麗菜", "吳郭魚、白帶魚", "王子麵、金蘭醬油"]),
            "等。",
        )
        d.t(
            "登記商號：",
            ctx.c(_COMPANY_PREFIX),
            ctx.c(["商行", "企業社"]),
            "，統一編號",
            _ban_value(ctx),
            "。",
        )
    elif k == 1:
        d.t(m, "自治會", ctx.c(["113", "114"]), "年會員大會訂於", _roc_date(ctx), "下午3時召開，")
        d.t("討論", ctx.c(["周邊停車", "屋頂施工", "冷凍庫電費分攤"]), "事宜。")
        d.t(
            "依零售市場管理條例第",
            str(ctx.rng.randint(5, 30)),
            "條，攤位費每坪",
            _amount(ctx, 300, 1500),
            "。",
        )
        d.t("請各攤商於", _roc_date(ctx), "前繳清，並張貼公告於入口。")
    else:
        d.t("市場處", _docno(ctx, "北市市處管"), "函：", m, "攤位抽籤結果公告，")
        d.t("共", str(ctx.rng.randint(3, 20)), "攤，空攤編號", _stall(ctx), "、", _stall(ctx), "。")
        d.t(
            "收據號碼",
            ctx.c(["R", "NO."]),
            _digits(ctx.rng, 8),
            "，金額",
            _amount(ctx, 1000, 50000),
            "。",
        )


# --------------------------------------------------------------------------------------
# Genre 5: library lost-and-found logs
# --------------------------------------------------------------------------------------

_LIB_PLACES = [
    "1F服務台",
    "2F期刊區",
    "3F閱覽區",
    "B1自修室",
    "兒童室",
    "視聽區",
    "4F討論室",
    "還書箱",
]
_ITEMS = ["黑色皮夾一只", "咖啡色長夾", "藍色零錢包", "證件套一個", "帆布包一個"]


def _lib_wallet(ctx: _Ctx, d: _Doc) -> None:
    d.t(
        _roc_date(ctx),
        ctx.c(["　", " ", "\t"]),
        ctx.c(_LIB_PLACES),
        ctx.c(["　", " "]),
        ctx.c(_ITEMS),
    )
    d.t("（內有")
    inner = []
    owner = ctx.person(ctx.c(["tw"] * 6 + ["fx", "ind"]))
    if owner.cat == "fx":
        inner.append(lambda: d.t("居留證").v(ctx.arc(owner.sex), TW_RESIDENT_CERT))
        inner.append(lambda: d.t("護照").v(ctx.passport(owner.nat), PASSPORT))
    else:
        inner.append(lambda: d.t("身分證").v(ctx.twid(owner.sex), TW_NATIONAL_ID))
    if ctx.p(0.6):
        inner.append(lambda: d.t("健保卡").v(ctx.nhi(), TW_NHI_CARD))
    if ctx.p(0.5):
        inner.append(lambda: d.t("信用卡").v(ctx.card(), CREDIT_CARD))
    ctx.rng.shuffle(inner)
    for i, f in enumerate(inner):
        if i:
            d.t(ctx.c(["、", "，"]))
        f()
    d.t(ctx.c(["、現金若干", "、悠遊卡", ""]), "），證件姓名").name(owner).t("。")
    if ctx.p(0.6):
        finder = ctx.person()
        d.t(ctx.c(["拾得人：", "由讀者", "拾獲者 "])).name(finder)
        d.t(ctx.c(["送交", "（讀者）", "交至櫃台", ""]), "。")
    d.t(ctx.c(["登記：", "經手：", "值班："])).name(ctx.person("tw"))


def _lib_claim(ctx: _Ctx, d: _Doc) -> None:
    owner = ctx.person(ctx.c(["tw"] * 5 + ["fx", "ind"]))
    d.t(ctx.c(["失主", "讀者", ""])).name(owner)
    d.t(ctx.c([ctx.hon(owner), "", "同學"]))
    d.t(
        "於",
        _roc_date(ctx),
        "來館認領",
        ctx.c(["雨傘", "筆電", "水壺", "外套", "USB隨身碟", "耳機"]),
        "，",
    )
    if owner.cat == "fx":
        d.t("出示居留證（").v(ctx.arc(owner.sex), TW_RESIDENT_CERT).t("）")
    elif ctx.p(0.7):
        d.t(ctx.c(["出示身分證（", "核對證件", "身分證號"])).v(ctx.twid(owner.sex), TW_NATIONAL_ID)
        d.t("）" if d.parts[-2].endswith("（") else "")
    else:
        d.t("出示健保卡（").v(ctx.nhi(), TW_NHI_CARD).t("）")
    d.t("，聯絡電話").v(ctx.phone(), PHONE)
    if ctx.p(0.3):
        d.t("，email ").v(ctx.email(owner), EMAIL)
    d.t(ctx.c(["，已簽收。", "，已領回。", "。"]))
    if ctx.p(0.5):
        d.t(ctx.c(["經辦", "值班館員", "承辦"]), ctx.c(["：", " "])).name(ctx.person("tw"))


def _lib_table(ctx: _Ctx, d: _Doc) -> None:
    sep = ctx.c(["\t", " | ", "  "])
    d.t(ctx.c(["市立圖書館", "總館", "分館"]), "遺失物登記簿（", _roc_date(ctx), "）\n")
    d.t(sep.join(["編號", "物品", "地點", "拾得人", "聯絡方式"]), "\n")
    for _ in range(ctx.rng.randint(2, 4)):
        d.t(
            f"LF{ctx.rng.randint(100, 999)}",
            sep,
            ctx.c(["雨傘", "眼鏡", "手機", "鑰匙", "學生證", "外套"]),
            sep,
        )
        d.t(ctx.c(_LIB_PLACES), sep)
        if ctx.p(0.8):
            d.name(ctx.person())
        else:
            d.t("不詳")
        d.t(sep)
        if ctx.p(0.6):
            d.v(ctx.phone(), PHONE)
        elif ctx.p(0.5):
            d.v(ctx.email(), EMAIL)
        else:
            d.t("-")
        d.t("\n")


def _lib_negative(ctx: _Ctx, d: _Doc) -> None:
    k = ctx.rng.randrange(3)
    if k == 0:
        y, m, day = ctx.rng.choice([112, 113]), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28)
        d.t(f"LF-{y}-{m:02d}{day:02d}")
        d.t(
            " ",
            ctx.c(["黑色折疊傘一把", "藍色水壺", "白色耳機", "兒童外套"]),
            " ",
            ctx.c(_LIB_PLACES),
            " ",
        )
        d.t("已逾6個月無人認領，依民法第807條", ctx.c(["移送派出所", "依規定處理"]), "。")
    elif k == 1:
        d.t(
            "館藏",
            ctx.c(
                [
                    "《哈利波特：阿茲卡班的逃犯》",
                    "《林業經營學》",
                    "《黃昏的故鄉》",
                    "《高山植物圖鑑》",
                ]
            ),
        )
        d.t("（登錄號C", _digits(ctx.rng, 7), "）於", ctx.c(_LIB_PLACES), "尋獲，已歸架。")
        d.t(
            "索書號 ",
            f"{ctx.rng.randint(100, 999)}.{ctx.rng.randint(1, 99)}",
            " ",
            ctx.c("ABCDEFGH"),
        )
        d.t(str(ctx.rng.randint(10, 99)), "。")
    else:
        d.t(
            "公告：本館遺失物招領期限為",
            ctx.c(["6個月", "30日"]),
            "，",
            _roc_date(ctx),
            "起移交",
            ctx.c(["中正", "和平", "民生"]),
            "派出所。",
        )
        d.t(
            "張貼位置：1F服務台旁公布欄。",
            "周末",
            ctx.c(["暫停", "照常"]),
            "受理，",
            "方便讀者查詢。",
        )
        d.t("本館統一編號", _ban_value(ctx), "。")


# --------------------------------------------------------------------------------------
# Genre 6: alternative-military-service (替代役) duty rosters
# --------------------------------------------------------------------------------------

_SHIFT = ["早班(08-12)", "午班(13-17)", "晚班(17-21)"]
_AMS_UNITS = ["市立圖書館", "區公所", "社會局", "警察局", "消防分隊", "衛生所", "國小"]


def _ams_roster(ctx: _Ctx, d: _Doc) -> None:
    sep = ctx.c(["\t", "　", " | ", "  "])
    men = [ctx.person(ctx.c(["tw"] * 6 + ["ind"]), "M") for _ in range(ctx.rng.randint(3, 5))]
    month = ctx.rng.randint(1, 12)
    d.t(ctx.c(_AMS_UNITS), " 替代役男 ", str(month), "月份勤務表\n")
    d.t(sep.join(["日期", *_SHIFT]), "\n")
    for day in range(1, ctx.rng.randint(2, 4) + 1):
        d.t(f"{month}/{day}")
        for man in ctx.rng.sample(men, len(_SHIFT)):
            d.t(sep).name(man)
        d.t("\n")
    d.t(ctx.c(["備註：請假請先知會輔導員", "輔導員：", "督導："])).name(ctx.person("tw"))


def _ams_contact(ctx: _Ctx, d: _Doc) -> None:
    d.t(ctx.c(["第", "一般替代役第"]), str(ctx.rng.randint(200, 290)), "梯役男基本資料\n")
    for _ in range(ctx.rng.randint(1, 3)):
        m = ctx.person(ctx.c(["tw"] * 6 + ["ind"]), "M")
        d.t(ctx.c(["役男 ", "役男", "- ", "・"])).name(m)
        d.t("（").v(ctx.birth(1996, 2005), BIRTH_DATE).t("生")
        if ctx.p(0.5):
            d.t("，身分證").v(ctx.twid("M"), TW_NATIONAL_ID)
        d.t("）", ctx.c(["手機：", "電話 ", "手機"])).v(ctx.mobile(), PHONE)
        if ctx.p(0.3):
            word, kin = ctx.kin({"母": "F", "父": "M", "母親": "F", "父親": "M"})
            d.t("，緊急聯絡人", word).name(kin)
            d.t(" ").v(ctx.phone(), PHONE)
        if ctx.p(0.2):
            d.t("，住").v(ctx.address(), ADDRESS)
        d.t("\n")


def _ams_notice(ctx: _Ctx, d: _Doc) -> None:
    a = ctx.person(ctx.c(["tw"] * 6 + ["ind"]), "M")
    b = ctx.person(ctx.c(["tw"] * 6 + ["ind"]), "M")
    d.t(ctx.c(["茲因", "", "通知："]), "役男").name(a)
    d.t(
        "於",
        _roc_date(ctx),
        ctx.c(["請病假", "請事假", "返鄉"]),
        "，",
        ctx.c(["由", "改由", "遺缺由"]),
        "役男",
    )
    d.name(b).t(ctx.c(["代班", "遞補"]), "，", ctx.c(_SHIFT), "不變。")
    if ctx.p(0.5):
        d.t("「").name(a).t(ctx.c(["」已提出診斷證明。", "」請假單已核准。"]))
    if ctx.p(0.4):
        d.t("如有疑問請洽").name(ctx.person("tw")).t("，手機").v(ctx.mobile(), PHONE).t("。")
    d.t("\n", ctx.c(["此致", "敬啟", ""]), "\n").name(ctx.person("tw")).t(
        ctx.c(["　敬上", "（輔導員）", ""])
    )


def _ams_negative(ctx: _Ctx, d: _Doc) -> None:
    k = ctx.rng.randrange(3)
    if k == 0:
        d.t(
            "第",
            str(ctx.rng.randint(200, 290)),
            "梯次一般替代役役男訓練期程：",
            _roc_date(ctx),
            "至",
            _roc_date(ctx),
        )
        d.t("，於成功嶺營區實施。依替代役實施條例第", str(ctx.rng.randint(5, 60)), "條辦理，")
        d.t("服勤單位：", ctx.c(_AMS_UNITS), "等", str(ctx.rng.randint(5, 40)), "處。")
    elif k == 1:
        d.t(ctx.c(_AMS_UNITS), "替代役勤務時間表\n", "\n".join(_SHIFT), "\n")
        d.t("每日07:50點名，康樂活動於週三下午，", "石門水庫淨山活動", _roc_date(ctx), "舉行。")
        d.t("役男生活津貼每月", _amount(ctx, 6000, 7000), "。")
    else:
        d.t("內政部役政署", _docno(ctx, "役署管"), "函：", ctx.c(["夏季", "颱風季"]), "期間，")
        d.t("役男勤務以安全為優先，勤前教育請確實點名。", "高溫時段避免戶外勤務。")
        d.t("管理幹部研習訂於", _roc_date(ctx), "辦理，名額", str(ctx.rng.randint(20, 90)), "人。")


# --------------------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------------------

_GENRES = [
    ([_imm_form, _imm_log, _imm_qa, _imm_table], _imm_negative),
    ([_pension_form, _pension_letter, _pension_call], _pension_negative),
    ([_water_form, _water_note, _water_list], _water_negative),
    ([_market_lease, _market_transfer, _market_patrol], _market_negative),
    ([_lib_wallet, _lib_claim, _lib_table], _lib_negative),
    ([_ams_roster, _ams_contact, _ams_notice], _ams_negative),
]

_ID_SHAPE = re.compile(r"(?=([A-Z][0-9A-D][0-9]{8}))")
_DIGIT_RUN = re.compile(r"\+?[0-9][0-9 \-.()]*[0-9]")


def _fold(text: str) -> str:
    """NFKC per character when that keeps the length (so offsets stay aligned)."""
    out = []
    for ch in text:
        n = unicodedata.normalize("NFKC", ch).upper()
        out.append(n if len(n) == 1 else ch)
    return "".join(out)


def _stray(text: str, spans: list[tuple[int, int, str]], negative: bool) -> bool:
    """Whether the text holds an identifier outside the gold spans (then it is regenerated)."""
    f = _fold(text)

    def inside(a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e, _ in spans)

    def touches(a: int, b: int) -> bool:
        return any(a < e and s < b for s, e, _ in spans)

    for m in _ID_SHAPE.finditer(f):
        a = m.start(1)
        if not inside(a, a + 10) and (twid.is_valid(m.group(1)) or arc.is_valid(m.group(1))):
            return True
    for i, ch in enumerate(f):
        if ch == "@" and not inside(i, i + 1):
            return True
    for m in _DIGIT_RUN.finditer(f):
        run = m.group()
        if touches(m.start(), m.end()):
            continue
        if creditcard.is_valid(run):
            return True
        if negative:
            c = phone.compact(run)
            if phone.is_mobile(run) or (
                run.startswith(("0", "+", "886")) and phone.is_plausible(c)
            ):
                return True
    return False


def generate_heldout20(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples and the known-names list, deterministic for ``seed``."""
    rng = random.Random(seed)
    ctx = _Ctx(rng, pool_size=max(40, n // 2 + 10))
    samples: list[Sample] = []
    for _ in range(n):
        negative = rng.random() < NEGATIVE_RATE
        positives, neg = rng.choice(_GENRES)
        for _attempt in range(50):
            doc = _Doc()
            if negative:
                neg(ctx, doc)
            else:
                rng.choice(positives)(ctx, doc)
            text = doc.text()
            if negative and doc.spans:
                raise AssertionError("negative template produced a span")
            if (negative or doc.spans) and not _stray(text, doc.spans, negative):
                break
        else:  # pragma: no cover - very unlikely
            raise AssertionError("could not build a clean sample")
        known = [text[s:e] in ctx.known_set for s, e, label in doc.spans if label == PERSON]
        samples.append(Sample(text, list(doc.spans), negative, known))
    return samples, list(ctx.known_names)
