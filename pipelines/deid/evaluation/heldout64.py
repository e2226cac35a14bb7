"""Held-out evaluation set 64 for the Traditional-Chinese personal-data scanner.

This generator was written without looking at the scanner (nor at its recognizers, other
held-out sets or their templates): only the ``Sample`` dataclass and the identifier checksum
helpers were read. Its templates and name pools are invented here, in the registers that
staff of Taiwanese agencies use in free-text fields: 公文 sentences, terse case-log notes,
transcribed phone calls, LINE chat lines, pasted e-mails, labelled forms, tab / CSV /
space-aligned tables, numbered rosters and Chinese mixed with English.

Genres (six):

* 遺屬年金: public-pension survivor benefits (公保、勞保、國民年金);
* 幼兒園接送、過敏紀錄: kindergarten pick-up rosters and allergy records;
* 機車失竊報案: scooter and bicycle theft reports;
* 回復戶籍、僑民: overseas Taiwanese and returnees restoring household registration;
* 運動代表隊選拔、運動員保險: sports-team tryouts and athlete insurance;
* 村里長急難救助轉介: village chiefs' emergency-aid referrals.

About a quarter of the samples are hard negatives: government prose, document numbers,
company 統一編號 with valid checksums, case numbers, statute articles, amounts, ordinary
dates, place and organisation names, products and words that start with surname characters,
but no personal data at all. ``generate_heldout64`` also returns a list of "known names" (what
a dataset's own name column would hold): about half of the PERSON spans are names from it,
and it also holds names that no sample mentions.
"""

from __future__ import annotations

import datetime
import random
import re
import unicodedata
from collections.abc import Callable

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

_WIDE_SHARE = 0.12
_NEGATIVE_SHARE = 0.25
_DIGITS = "0123456789"
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _wide(text: str) -> str:
    """Full-width form of the printable ASCII characters (Ａ１２３…), other characters kept."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _digits(r: random.Random, k: int) -> str:
    return "".join(r.choice(_DIGITS) for _ in range(k))


# ---------------------------------------------------------------------------------------------
# Identifier values (all pass the checksum helpers)
# ---------------------------------------------------------------------------------------------


def _national_id(r: random.Random, sex: str | None = None) -> str:
    letter = r.choice(_UPPER)
    head = (sex or r.choice("12")) + _digits(r, 7)
    return letter + head + id_check_digit(letter, head)


def _resident_cert(r: random.Random) -> str:
    letter = r.choice(_UPPER)
    if r.random() < 0.6:  # the form issued since 2021
        head = r.choice("89") + _digits(r, 7)
        return letter + head + id_check_digit(letter, head)
    second = r.choice("ABCD")
    tail = _digits(r, 7)
    check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
    return letter + second + tail + check


_MOBILE_PREFIXES = [f"09{k}" for k in range(10, 40)] + [
    "0952", "0953", "0955", "0956", "0958", "0960", "0961", "0963", "0965", "0966", "0968",
    "0970", "0971", "0972", "0975", "0976", "0978", "0979", "0980", "0981", "0983", "0985",
    "0986", "0987", "0988", "0989",
]  # fmt: skip


def _mobile(r: random.Random) -> str:
    p = r.choice(_MOBILE_PREFIXES)
    a, b = _digits(r, 3), _digits(r, 3)
    style = r.random()
    if style < 0.42:
        return f"{p}-{a}-{b}"
    if style < 0.72:
        return f"{p}{a}{b}"
    if style < 0.82:
        return f"{p} {a} {b}"
    if style < 0.90:
        return f"{p}-{a}{b}"
    if style < 0.96:
        return f"+886 {p[1:]} {a} {b}"
    return f"+886-{p[1:]}-{a}-{b}"


# area code, local length, first local digits
_AREAS = {
    "02": (8, "235678"), "03": (7, "2345689"), "037": (6, "234567"), "04": (8, "2"),
    "049": (7, "22"), "05": (7, "2235"), "06": (7, "235"), "07": (7, "35678"),
    "08": (7, "7"), "089": (6, "3"), "082": (6, "3"),
}  # fmt: skip


def _landline(r: random.Random, area: str | None = None) -> str:
    area = area or r.choice(list(_AREAS))
    length, firsts = _AREAS[area]
    local = r.choice(firsts) + _digits(r, length - 1)
    cut = 4 if length == 8 else 3
    style = r.random()
    if style < 0.35:
        return f"({area}){local[:cut]}-{local[cut:]}"
    if style < 0.7:
        return f"{area}-{local}"
    if style < 0.85:
        return f"{area}-{local[:cut]}-{local[cut:]}"
    return f"{area}{local}"


_COUNTY_AREA = {
    "臺北市": "02", "新北市": "02", "基隆市": "02", "桃園市": "03", "新竹市": "03",
    "新竹縣": "03", "宜蘭縣": "03", "花蓮縣": "03", "苗栗縣": "037", "臺中市": "04",
    "彰化縣": "04", "南投縣": "049", "雲林縣": "05", "嘉義市": "05", "嘉義縣": "05",
    "臺南市": "06", "澎湖縣": "06", "高雄市": "07", "屏東縣": "08", "臺東縣": "089",
    "金門縣": "082",
}  # fmt: skip

_EMAIL_WORDS = (
    "lin", "chen", "mei", "wang", "hsu", "tina", "kevin", "amy", "yuting", "chiahui", "jj",
    "ivy", "sunny", "peggy", "hank", "momo", "ahua", "kuo", "tsai", "yang", "wen", "bear",
    "lulu", "joe", "nina", "apple", "happy", "mama", "papa", "coco", "ting", "hao", "ray",
    "nguyen", "tran", "siti", "dewi", "maria", "rowena", "somchai", "watan", "panay", "iwan",
)  # fmt: skip
_EMAIL_DOMAINS = (
    "gmail.com", "gmail.com", "gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com",
    "msa.hinet.net", "icloud.com", "ms45.hinet.net", "livemail.tw", "pchome.com.tw",
)  # fmt: skip


def _email(r: random.Random) -> str:
    local = r.choice(_EMAIL_WORDS)
    if r.random() < 0.6:
        local += r.choice(("", ".", "_", "")) + r.choice(_EMAIL_WORDS)
    if r.random() < 0.65:
        local += _digits(r, r.choice((2, 2, 3, 4)))
    return f"{local}@{r.choice(_EMAIL_DOMAINS)}"


_DISTRICTS = {
    "臺北市": "中正區 大安區 信義區 士林區 北投區 內湖區 文山區 萬華區 松山區 中山區 大同區 南港區",
    "新北市": "板橋區 三重區 中和區 永和區 新莊區 新店區 土城區 蘆洲區 樹林區 汐止區 三峽區 淡水區",
    "桃園市": "桃園區 中壢區 平鎮區 八德區 楊梅區 蘆竹區 龜山區 龍潭區 大溪區 復興區 觀音區",
    "臺中市": "北屯區 西屯區 南屯區 太平區 大里區 豐原區 沙鹿區 清水區 大甲區 霧峰區 和平區",
    "臺南市": "東區 北區 安平區 永康區 新營區 歸仁區 仁德區 佳里區 麻豆區 善化區",
    "高雄市": "三民區 苓雅區 鳳山區 左營區 前鎮區 小港區 楠梓區 岡山區 旗山區 美濃區 那瑪夏區",
    "基隆市": "仁愛區 信義區 中正區 七堵區 暖暖區",
    "新竹市": "東區 北區 香山區",
    "新竹縣": "竹北市 竹東鎮 湖口鄉 新豐鄉 尖石鄉 五峰鄉 關西鎮",
    "苗栗縣": "苗栗市 頭份市 竹南鎮 苑裡鎮 泰安鄉 南庄鄉",
    "彰化縣": "彰化市 員林市 鹿港鎮 和美鎮 溪湖鎮 北斗鎮",
    "南投縣": "南投市 埔里鎮 草屯鎮 竹山鎮 仁愛鄉 信義鄉 魚池鄉",
    "雲林縣": "斗六市 虎尾鎮 西螺鎮 北港鎮 麥寮鄉",
    "嘉義市": "東區 西區",
    "嘉義縣": "太保市 朴子市 民雄鄉 大林鎮 阿里山鄉 竹崎鄉",
    "屏東縣": "屏東市 潮州鎮 東港鎮 恆春鎮 三地門鄉 瑪家鄉 來義鄉 牡丹鄉",
    "宜蘭縣": "宜蘭市 羅東鎮 蘇澳鎮 頭城鎮 南澳鄉 大同鄉",
    "花蓮縣": "花蓮市 吉安鄉 壽豐鄉 鳳林鎮 玉里鎮 秀林鄉 萬榮鄉 卓溪鄉 光復鄉",
    "臺東縣": "臺東市 成功鎮 關山鎮 卑南鄉 太麻里鄉 達仁鄉 蘭嶼鄉 海端鄉 延平鄉",
    "澎湖縣": "馬公市 湖西鄉 白沙鄉",
    "金門縣": "金城鎮 金湖鎮 金沙鎮",
}
_ZIP = {
    "臺北市": (100, 116), "新北市": (207, 253), "桃園市": (320, 338), "臺中市": (400, 439),
    "臺南市": (700, 745), "高雄市": (800, 852), "基隆市": (200, 206), "新竹市": (300, 300),
    "新竹縣": (302, 315), "苗栗縣": (350, 369), "彰化縣": (500, 530), "南投縣": (540, 558),
    "雲林縣": (630, 655), "嘉義市": (600, 600), "嘉義縣": (602, 625), "屏東縣": (900, 947),
    "宜蘭縣": (260, 272), "花蓮縣": (970, 983), "臺東縣": (950, 966), "澎湖縣": (880, 885),
    "金門縣": (890, 896),
}  # fmt: skip
_VILLAGES = (
    "中興 福德 和平 光明 忠孝 民生 新興 永安 大同 仁愛 復興 長春 龍山 崇德 東興 頂福 山腳 溪洲"
)
_ROADS = [
    "中山路",
    "中正路",
    "民生路",
    "建國路",
    "復興路",
    "自由路",
    "光明街",
    "和平東路",
    "成功路",
    "文化街",
    "仁愛路",
    "忠孝街",
    "民族路",
    "公園路",
    "大同街",
    "信義路",
    "三民路",
    "永和街",
    "中華路",
    "新生路",
    "林森路",
    "長安街",
    "博愛路",
    "明德街",
    "福德街",
    "育英街",
    "環河路",
    "興南街",
    "崇德路",
    "光復路",
    "勝利路",
    "延平路",
    "莒光路",
    "開元路",
    "富強街",
    "和興街",
]


def _address(r: random.Random, county: str | None = None) -> str:
    county = county or r.choice(list(_DISTRICTS))
    district = r.choice(_DISTRICTS[county].split())
    out = ""
    if r.random() < 0.25:
        lo, hi = _ZIP[county]
        z = str(r.randint(lo, hi))
        if r.random() < 0.3:
            z += _digits(r, 2)
        out += z + r.choice(("", " "))
    region = county + district
    if r.random() < 0.3:
        region = region.replace("臺", "台")
    out += region
    if r.random() < 0.3:
        out += r.choice(_VILLAGES.split()) + ("村" if district.endswith("鄉") else "里")
        if r.random() < 0.6:
            out += f"{r.randint(1, 28)}鄰"
    if county == "臺中市" and r.random() < 0.15:
        road = "臺灣大道"
    elif county == "臺北市" and r.random() < 0.08:
        road = "市民大道"
    else:
        road = r.choice(_ROADS)
    out += road
    if road.endswith(("路", "大道")) and r.random() < 0.4:
        out += r.choice("一二三四五") + "段"
    if r.random() < 0.45:
        out += f"{r.randint(1, 320)}巷"
        if r.random() < 0.3:
            out += f"{r.randint(1, 30)}弄"
    out += str(r.randint(1, 420))
    if r.random() < 0.12:
        out += f"之{r.randint(1, 9)}"
    out += "號"
    floor = r.random()
    if floor < 0.35:
        out += f"{r.randint(2, 15)}樓"
    elif floor < 0.45:
        out += f"{r.randint(2, 12)}樓之{r.randint(1, 8)}"
    elif floor < 0.5:
        out += f"{r.randint(2, 12)}F"
    return out


def _nhi_card(r: random.Random) -> str:
    number = "0000" + _digits(r, 8) if r.random() < 0.7 else "00" + _digits(r, 10)
    style = r.random()
    if style < 0.45:
        return number
    if style < 0.8:
        return f"{number[:4]} {number[4:8]} {number[8:]}"
    return f"{number[:4]}-{number[4:8]}-{number[8:]}"


def _passport(r: random.Random, kind: str) -> str:
    if kind == "tw":
        return "3" + _digits(r, 8)
    if kind == "vn":
        return r.choice("CCB") + _digits(r, 7)
    if kind == "id":
        return r.choice(("C", "B", "X")) + _digits(r, 7 if r.random() < 0.7 else 6)
    if kind == "ph":
        return "P" + _digits(r, 7) + r.choice("ABC")
    if kind == "th":
        return r.choice(("AA", "AB", "AC")) + _digits(r, 7)
    if kind == "us":
        return r.choice("56") + _digits(r, 8)
    if kind == "ca":
        return r.choice(("GA", "HK", "AB")) + _digits(r, 6)
    if kind == "au":
        return r.choice(("PA", "PB", "N")) + _digits(r, 7)
    return r.choice(("TK", "TR", "TZ")) + _digits(r, 7)  # jp


def _credit_card(r: random.Random) -> str:
    kind = r.random()
    if kind < 0.45:
        body, length = "4" + _digits(r, 5), 16
    elif kind < 0.75:
        body, length = "5" + r.choice("12345") + _digits(r, 4), 16
    elif kind < 0.88:
        body, length = "35" + str(r.randint(28, 89)) + _digits(r, 2), 16
    elif kind < 0.95:
        body, length = r.choice(("34", "37")) + _digits(r, 4), 15
    else:
        body, length = "62" + _digits(r, 4), 16
    body += _digits(r, length - 1 - len(body))
    number = next(body + d for d in _DIGITS if creditcard.luhn_ok(body + d))
    sep = r.choice((" ", " ", "-", "", " "))
    if length == 15:
        return sep.join((number[:4], number[4:10], number[10:]))
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


def _date_text(r: random.Random, day: datetime.date, ad_share: float = 0.35) -> str:
    y, m, d = day.year, day.month, day.day
    roc = y - 1911
    if r.random() < ad_share:
        return r.choice(
            (
                f"{y}/{m:02d}/{d:02d}",
                f"{y}-{m:02d}-{d:02d}",
                f"{y}.{m}.{d}",
                f"{y}年{m}月{d}日",
                f"{y}/{m}/{d}",
            )
        )
    return r.choice(
        (
            f"民國{roc}年{m}月{d}日",
            f"{roc}年{m}月{d}日",
            f"{roc}.{m:02d}.{d:02d}",
            f"{roc:03d}/{m:02d}/{d:02d}",
            f"{roc}/{m}/{d}",
            f"民{roc}年{m:02d}月{d:02d}日",
            f"{roc}.{m}.{d}",
        )
    )


def _random_day(r: random.Random, lo: int, hi: int) -> datetime.date:
    start = datetime.date(lo, 1, 1)
    span = (datetime.date(hi, 12, 31) - start).days
    return start + datetime.timedelta(days=r.randint(0, span))


def _ban(r: random.Random) -> str:
    while True:
        number = _digits(r, 8)
        if ban.is_valid(number):
            return number


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------

_SURNAMES = (
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余盧梁"
    "趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓馬董唐藍蔣石古紀姚連馮歐程湯田康姜汪白鄒尤巫鐘黎涂"
    "龔嚴韓袁金童陸夏柳邵"
)
_COMMON_SURNAMES = _SURNAMES[:20] * 3 + _SURNAMES
_GIVEN_FIRST = (
    "志建俊家冠承宥柏品宇淑美雅怡佳思欣詩宜子秀玉麗金春明文國正月碧惠英"
    "嘉信育彥世婉郁靜語芷昱睿宸芯沐詠書采凱"
)
_GIVEN_SECOND = (
    "明宏傑豪宇恩廷翰睿軒芬玲婷君穎妤怡涵蓁晴惠英蘭華枝美德雄琴娥霞仁安成琪瑜萱蓉銘誠凱彤辰希"
)
_COMPOUND = ("歐陽", "司馬", "諸葛", "張簡", "范姜", "上官", "司徒", "端木")
_DOTS = ("‧", "‧", "‧", "·")

_INDIG_FIRST = [
    "瓦旦",
    "尤幹",
    "比黛",
    "巴奈",
    "拉娃",
    "馬躍",
    "哈勇",
    "伊萬",
    "撒韻",
    "古拉斯",
    "吉娃斯",
    "達利",
    "烏杜夫",
    "杜冷",
    "阿道",
    "莎瓏",
    "娃莉絲",
    "拉荷",
    "優路",
    "阿布",
    "依布",
    "沙勇",
    "法拉",
    "巴尚",
    "烏瑪",
    "媧籟",
    "阿洛",
    "達駭",
]
_INDIG_LAST = [
    "達給",
    "諾幹",
    "比吼",
    "庫穗",
    "巴萬",
    "尤道",
    "塔拉",
    "拉瓦",
    "法拉度",
    "伊斯坦大",
    "瓦歷斯",
    "馬耀",
    "拉卡",
    "卡造",
    "以撒",
    "羅法思",
    "巴勒",
    "武拉",
    "卡照",
    "嘎巴",
    "伊勇",
    "大雅",
    "拉罕",
]
_INDIG_ROM_FIRST = [
    "Watan",
    "Yukan",
    "Pidai",
    "Panay",
    "Lawa",
    "Mayaw",
    "Hayung",
    "Iwan",
    "Sayun",
    "Kolas",
    "Ciwas",
    "Tali",
    "Apay",
    "Sapud",
    "Lahok",
    "Ubay",
    "Abu",
    "Ising",
    "Valja",
    "Kui",
    "Dakis",
    "Sukin",
    "Yapit",
    "Lituk",
    "Sakinu",
    "Nikar",
]
_INDIG_ROM_LAST = [
    "Takay",
    "Nokan",
    "Pihaw",
    "Kusui",
    "Pawan",
    "Yudaw",
    "Tala",
    "Falahtu",
    "Istanda",
    "Walis",
    "Tanapima",
    "Sumi",
    "Kacaw",
    "Tenu",
    "Temu",
    "Nawi",
    "Losing",
    "Pasang",
    "Tjuljaljuvu",
    "Ruvaniyaw",
    "Ciyang",
    "Kaliting",
]

_VN_HAN = (
    "阮陳黎范黃武吳鄧裴杜",
    "氏氏氏文玉",
    "秋香 蘭 梅 香 花 秋 娥 幸 芳 玲 雄 南 俊 勇 燕 翠 賢 金鳳 美 雪 清",
)
_VN_LAT = (
    [
        "Nguyen",
        "Tran",
        "Le",
        "Pham",
        "Hoang",
        "Vu",
        "Vo",
        "Dang",
        "Bui",
        "Do",
        "Ho",
        "Ngo",
        "Duong",
        "Phan",
    ],
    ["Thi", "Thi", "Thi", "Van", "Ngoc", "Minh", "Thanh"],
    [
        "Lan",
        "Mai",
        "Huong",
        "Hoa",
        "Thu",
        "Nga",
        "Hanh",
        "Phuong",
        "Trang",
        "Linh",
        "Hung",
        "Nam",
        "Tuan",
        "Dung",
        "Yen",
        "Thao",
        "Thuy",
        "Hien",
        "Tam",
        "Diem",
        "Kim",
    ],
)
_ID_HAN = (
    [
        "西蒂",
        "斯莉",
        "黛薇",
        "莉娜",
        "安妮",
        "尤莉",
        "努爾",
        "伊卡",
        "拉特娜",
        "茵達",
        "蘇珊",
        "娃蒂",
    ],
    [
        "阿米娜",
        "瓦尤妮",
        "蕾斯塔莉",
        "拉哈尤",
        "蘇珊蒂",
        "漢達雅尼",
        "哈蒂",
        "莎莉",
        "普爾娜瑪",
        "瑪蘇",
    ],
)
_ID_LAT = (
    [
        "Siti",
        "Sri",
        "Dewi",
        "Rina",
        "Ani",
        "Yuli",
        "Nur",
        "Eka",
        "Ratna",
        "Indah",
        "Fitri",
        "Ahmad",
        "Budi",
        "Agus",
        "Wulan",
        "Tri",
    ],
    [
        "Aminah",
        "Wahyuni",
        "Lestari",
        "Kurniawati",
        "Rahayu",
        "Susanti",
        "Handayani",
        "Purnamasari",
        "Setiawan",
        "Hidayat",
        "Santoso",
        "Maesaroh",
        "Suryani",
        "Ningsih",
    ],
    ["Suyatmi", "Sulastri", "Paryati", "Juminah", "Sumarni", "Karsinah", "Tarsih", "Rasminah"],
)
_PH_HAN = (
    ["瑪莉亞", "喬瑟琳", "羅薇娜", "安娜琳", "珍妮", "克莉絲", "洛娜", "瑪莉特絲"],
    ["桑托斯", "雷耶斯", "克魯茲", "包蒂斯塔", "加西亞", "門多薩", "拉莫斯", "阿奎諾"],
)
_PH_LAT = (
    [
        "Maria",
        "Jocelyn",
        "Rowena",
        "Marites",
        "Analyn",
        "Jennifer",
        "Rodel",
        "Cristina",
        "Lorna",
        "Mary Ann",
        "Mark Anthony",
        "Liezel",
        "Rosalie",
        "Jonalyn",
        "Maria Luisa",
    ],
    [
        "Santos",
        "Reyes",
        "Cruz",
        "Bautista",
        "Ocampo",
        "Garcia",
        "Mendoza",
        "Villanueva",
        "Aquino",
        "Ramos",
        "Castillo",
        "Dela Cruz",
        "Pascual",
        "De Guzman",
        "Delos Santos",
    ],
)
_TH_HAN = (
    ["頌猜", "蘇帕蓬", "尼蘭", "瑪麗", "頌蓬", "威猜", "甘雅", "巴色", "西里蓬"],
    ["汶米", "西素", "通迪", "賽林", "乍雅蓬", "因塔"],
)
_TH_LAT = (
    [
        "Somchai",
        "Supaporn",
        "Niran",
        "Malee",
        "Sompong",
        "Wichai",
        "Kanya",
        "Prasert",
        "Nattaya",
        "Siriporn",
        "Anong",
        "Boonsong",
    ],
    [
        "Boonmee",
        "Srisuk",
        "Thongdee",
        "Saelim",
        "Chaiyaphum",
        "Kaewkla",
        "Phromma",
        "Intarasuk",
        "Sangthong",
        "Wongsa",
    ],
)
_TW_LAT_SUR = [
    "Chen",
    "Lin",
    "Huang",
    "Chang",
    "Lee",
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
]
_TW_LAT_GIVEN = [
    "Kevin",
    "Jason",
    "Grace",
    "Amy",
    "Michelle",
    "Eric",
    "Vivian",
    "Jessica",
    "Andy",
    "Tiffany",
    "Daniel",
    "Irene",
    "Peter",
    "Sharon",
    "Vincent",
    "Cindy",
]
_TW_LAT_HAN = "陳林黃張李王吳劉蔡楊許鄭謝郭洪邱曾"
_TW_LAT_ROM = [
    "Chih Wei",
    "Mei Ling",
    "Ya Ting",
    "Chun Hung",
    "Shu Fen",
    "Chia Hao",
    "Yi Chen",
    "Kuan Yu",
    "Hsiu Ying",
]
_TW_LAT_ROM_HAN = ("志偉", "美玲", "雅婷", "俊宏", "淑芬", "家豪", "怡臻", "冠宇", "秀英")


def _han_given(r: random.Random) -> str:
    if r.random() < 0.08:
        return r.choice(_GIVEN_FIRST + _GIVEN_SECOND)
    return r.choice(_GIVEN_FIRST) + r.choice(_GIVEN_SECOND)


def _make_name(r: random.Random, kind: str) -> str:
    """One name of the given kind (Han forms fit 2 – 8 characters, Latin forms 1 – 4 words)."""
    if kind == "han":
        return r.choice(_COMMON_SURNAMES) + _han_given(r)
    if kind == "compound":
        return r.choice(_COMPOUND) + _han_given(r)
    if kind == "married":  # 冠夫姓: husband's surname, own surname, given name
        return (
            r.choice(_COMMON_SURNAMES)
            + r.choice(_COMMON_SURNAMES)
            + r.choice(_GIVEN_FIRST)
            + r.choice(_GIVEN_SECOND)
        )
    if kind == "indig":
        return r.choice(_INDIG_FIRST) + r.choice(_DOTS) + r.choice(_INDIG_LAST)
    if kind == "indig_rom":
        return f"{r.choice(_INDIG_ROM_FIRST)} {r.choice(_INDIG_ROM_LAST)}"
    if kind == "vn":
        return r.choice(_VN_HAN[0]) + r.choice(_VN_HAN[1]) + r.choice(_VN_HAN[2].split())
    if kind == "vn_lat":
        sur, mid, given = _VN_LAT
        name = f"{r.choice(sur)} {r.choice(mid)} {r.choice(given)}"
        if r.random() < 0.25:
            name += " " + r.choice(given)
        return name.upper() if r.random() < 0.15 else name
    if kind == "id":
        return r.choice(_ID_HAN[0]) + r.choice(_DOTS) + r.choice(_ID_HAN[1])
    if kind == "id_lat":
        if r.random() < 0.25:
            return r.choice(_ID_LAT[2])
        return f"{r.choice(_ID_LAT[0])} {r.choice(_ID_LAT[1])}"
    if kind == "ph":
        return r.choice(_PH_HAN[0]) + r.choice(_DOTS) + r.choice(_PH_HAN[1])
    if kind == "ph_lat":
        name = f"{r.choice(_PH_LAT[0])} {r.choice(_PH_LAT[1])}"
        return name.upper() if r.random() < 0.15 else name
    if kind == "th":
        return r.choice(_TH_HAN[0]) + r.choice(_DOTS) + r.choice(_TH_HAN[1])
    if kind == "th_lat":
        return f"{r.choice(_TH_LAT[0])} {r.choice(_TH_LAT[1])}"
    # tw_lat: overseas Taiwanese as their foreign papers spell them
    sur = r.choice(_TW_LAT_SUR)
    style = r.random()
    if style < 0.45:
        return f"{r.choice(_TW_LAT_GIVEN)} {sur}"
    if style < 0.8:
        return f"{sur} {r.choice(_TW_LAT_ROM)}"
    return f"{sur} {r.choice(_TW_LAT_ROM)}".upper()


_KIND_WEIGHTS = {
    "han": 60, "compound": 3, "married": 5, "indig": 7, "indig_rom": 3, "vn": 3, "vn_lat": 3,
    "id": 2, "id_lat": 3, "ph": 1, "ph_lat": 3, "th": 1, "th_lat": 2, "tw_lat": 4,
}  # fmt: skip
_GROUPS = {
    "any": tuple(k for k in _KIND_WEIGHTS if k != "tw_lat"),
    "returnee": ("han", "han", "han", "compound", "married", "tw_lat"),
    "local": ("han", "han", "han", "compound", "married", "indig", "indig_rom"),
    "han": ("han", "han", "han", "han", "compound"),
    "elder": ("han", "han", "married", "married", "indig"),
    "child": ("han", "han", "han", "han", "han", "compound", "indig"),
    "indigenous": ("indig", "indig", "indig_rom"),
    "tw_lat": ("tw_lat",),
    "vn": ("vn", "vn_lat"),
    "id": ("id", "id_lat"),
    "ph": ("ph", "ph_lat"),
    "th": ("th", "th_lat"),
}
_NATIONALITY = {"vn": "越南", "id": "印尼", "ph": "菲律賓", "th": "泰國"}


class _Names:
    """Per-kind pools split into a known half (in the returned list) and an unknown half."""

    def __init__(self, r: random.Random, n: int) -> None:
        total = sum(_KIND_WEIGHTS.values())
        seen: set[str] = set()
        self.known: dict[str, list[str]] = {}
        self.unknown: dict[str, list[str]] = {}
        extras: list[str] = []
        for kind, weight in _KIND_WEIGHTS.items():
            size = max(12, round(weight / total * n * 0.7))
            pool = self._unique(r, kind, size + max(3, size // 8), seen)
            pool, spare = pool[:size], pool[size:]
            half = len(pool) // 2
            self.known[kind], self.unknown[kind] = pool[:half], pool[half:]
            extras.extend(spare)
        listed = [x for pool in self.known.values() for x in pool] + extras
        r.shuffle(listed)
        self.listed = listed
        self.listed_set = frozenset(listed)

    @staticmethod
    def _unique(r: random.Random, kind: str, size: int, seen: set[str]) -> list[str]:
        out: list[str] = []
        for _ in range(size * 40):
            if len(out) == size:
                break
            name = _make_name(r, kind)
            if name in seen or (len(name) > 8 and not name.isascii()):
                continue
            seen.add(name)
            out.append(name)
        return out

    def draw(self, r: random.Random, group: str = "any") -> str:
        kinds = _GROUPS[group]
        if group == "any":
            kind = r.choices(kinds, weights=[_KIND_WEIGHTS[k] for k in kinds])[0]
        else:
            kind = r.choice(kinds)
        pool = self.known[kind] if r.random() < 0.5 else self.unknown[kind]
        return r.choice(pool or self.known[kind] or self.unknown[kind])


# ---------------------------------------------------------------------------------------------
# Sample builder and value source
# ---------------------------------------------------------------------------------------------

_SLOT = re.compile(r"\{(\w+)\}")
Value = tuple[str, str]  # (label, value): a gold span


class _Builder:
    """Accumulates text; ``{slot}`` placeholders take plain text or (label, value) spans."""

    def __init__(self, r: random.Random, known: frozenset[str]) -> None:
        self.r = r
        self.known = known
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[tuple[int, int, str]] = []
        self.flags: list[bool] = []

    def text(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def value(self, label: str, value: str) -> None:
        if label != "PERSON" and self.r.random() < _WIDE_SHARE:
            value = _wide(value)
        start = self.pos
        self.text(value)
        self.spans.append((start, self.pos, label))
        if label == "PERSON":
            self.flags.append(value in self.known)

    def f(self, template: str, **slots: str | Value) -> None:
        pos = 0
        for m in _SLOT.finditer(template):
            self.text(template[pos : m.start()])
            slot = slots[m.group(1)]
            if isinstance(slot, tuple):
                self.value(*slot)
            else:
                self.text(slot)
            pos = m.end()
        self.text(template[pos:])

    def sample(self, negative: bool) -> Sample:
        return Sample("".join(self.parts), list(self.spans), negative, list(self.flags))


class _Src:
    """Span values (tuples) and plain distractor text for the templates."""

    def __init__(self, r: random.Random, names: _Names) -> None:
        self.r = r
        self.names = names
        self.used: set[str] = set()  # names already given to someone in the current sample

    def c(self, options: str | list[str] | tuple[str, ...]) -> str:
        """A choice; a string is split on ``|``."""
        if isinstance(options, str):
            options = options.split("|")
        return self.r.choice(options)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    # spans -----------------------------------------------------------------------------------
    def P(self, group: str = "any") -> Value:
        """A person's name, not yet used for another person of the current sample."""
        for _ in range(30):
            name = self.names.draw(self.r, group)
            if name not in self.used:
                break
        self.used.add(name)
        return ("PERSON", name)

    def paired(self) -> tuple[Value, Value]:
        """An overseas Taiwanese's Han name and the Latin spelling on their foreign papers."""
        lat = self.P("tw_lat")[1]
        words = lat.title().split()
        if words[0] in _TW_LAT_SUR:
            sur, given = words[0], " ".join(words[1:])
        else:
            sur, given = words[-1], ""
        han_sur = _TW_LAT_HAN[_TW_LAT_SUR.index(sur)]
        if given in _TW_LAT_ROM:
            han = han_sur + _TW_LAT_ROM_HAN[_TW_LAT_ROM.index(given)]
        else:
            pool = self.names.known["han"] if self.chance(0.5) else self.names.unknown["han"]
            same = [x for x in pool if x.startswith(han_sur) and x not in self.used]
            han = self.r.choice(same) if same else han_sur + _han_given(self.r)
        self.used.add(han)
        return ("PERSON", han), ("PERSON", lat)

    def foreign(self) -> tuple[Value, str, str]:
        """A foreign resident's name, nationality word and passport kind."""
        kind = self.c("vn|vn|id|id|ph|th")
        return self.P(kind), _NATIONALITY[kind], kind

    def ID(self, sex: str | None = None) -> Value:
        value = _national_id(self.r, sex)
        if self.chance(0.03):
            value = value.lower()
        return ("TW_NATIONAL_ID", value)

    def ARC(self) -> Value:
        return ("TW_RESIDENT_CERT", _resident_cert(self.r))

    def MOB(self) -> Value:
        return ("PHONE", _mobile(self.r))

    def TEL(self, county: str | None = None) -> Value:
        return ("PHONE", _landline(self.r, _COUNTY_AREA.get(county or "")))

    def PH(self) -> Value:
        return self.MOB() if self.chance(0.72) else self.TEL()

    def MAIL(self) -> Value:
        return ("EMAIL", _email(self.r))

    def ADDR(self, county: str | None = None) -> Value:
        return ("ADDRESS", _address(self.r, county))

    def NHI(self) -> Value:
        return ("TW_NHI_CARD", _nhi_card(self.r))

    def PASS(self, kind: str = "tw") -> Value:
        return ("PASSPORT", _passport(self.r, kind))

    def CC(self) -> Value:
        return ("CREDIT_CARD", _credit_card(self.r))

    def BD(self, lo: int, hi: int, ad_share: float = 0.35) -> Value:
        return ("BIRTH_DATE", _date_text(self.r, _random_day(self.r, lo, hi), ad_share))

    # plain distractors -----------------------------------------------------------------------
    def county(self) -> str:
        return self.r.choice(list(_DISTRICTS))

    def day(self, ad_share: float = 0.2) -> str:
        """An ordinary recent date (never a birth date)."""
        d = _random_day(self.r, 2023, 2025)
        if self.chance(0.25):
            return f"{d.month}/{d.day}"
        return _date_text(self.r, d, ad_share)

    def clock(self) -> str:
        return (
            f"{self.r.randint(7, 22):02d}:{self.r.choice((0, 5, 10, 15, 20, 30, 40, 45, 50)):02d}"
        )

    def roc_year(self) -> str:
        return str(self.r.randint(112, 114))

    def money(self, lo: int, hi: int, step: int = 1) -> str:
        amount = self.r.randrange(lo, hi + 1, step)
        return f"{amount:,}" if self.chance(0.7) else str(amount)

    def docno(self, word: str) -> str:
        """A government document number such as 府授字第1130012345號."""
        return f"{word}字第{self.roc_year()}{_digits(self.r, 7)}號"

    def ban(self) -> str:
        return _ban(self.r)

    def roc_day(self) -> str:
        """An ordinary date in the full ROC form that 公文 use (113年8月3日)."""
        d = _random_day(self.r, 2023, 2025)
        return f"{d.year - 1911}年{d.month}月{d.day}日"

    def days(self, roc: bool = False, ad_share: float = 0.2) -> tuple[str, str]:
        """Two ordinary dates in one style, the second 3 – 120 days after the first."""
        first = _random_day(self.r, 2023, 2025)
        second = first + datetime.timedelta(days=self.r.randint(3, 120))
        if roc:
            return tuple(f"{d.year - 1911}年{d.month}月{d.day}日" for d in (first, second))
        style = self.r.random()
        out = []
        for d in (first, second):
            if style < ad_share:
                out.append(f"{d.year}/{d.month:02d}/{d.day:02d}")
            elif style < 0.6:
                out.append(f"{d.year - 1911}.{d.month}.{d.day}")
            elif style < 0.8:
                out.append(f"{d.month}/{d.day}")
            else:
                out.append(f"{d.year - 1911}年{d.month}月{d.day}日")
        return out[0], out[1]

    def caseno(self, tag: str = "") -> str:
        y = self.roc_year()
        forms = [
            f"{y}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}-{_digits(self.r, 3)}",
            f"{y}{_digits(self.r, 5)}",
        ]
        if tag:
            forms.append(f"{y}-{tag}-{_digits(self.r, 4)}")
        return self.c(forms)

    def plate(self) -> str:
        letters = "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        if self.chance(0.75):
            return f"{letters}-{_digits(self.r, 4)}"
        return f"{_digits(self.r, 3)}-{letters}"

    def district(self, county: str) -> str:
        return self.r.choice(_DISTRICTS[county].split())

    def village(self) -> str:
        return self.r.choice(_VILLAGES.split())

    def road(self) -> str:
        return self.r.choice(_ROADS)

    def wide_maybe(self, s: str) -> str:
        """Plain text sometimes typed full-width (document numbers, amounts)."""
        return _wide(s) if self.chance(0.12) else s


Template = Callable[[_Builder, _Src], None]

# ---------------------------------------------------------------------------------------------
# Genre 1: 遺屬年金 (public-pension survivor benefits)
# ---------------------------------------------------------------------------------------------

_PENSIONS = (
    ("公教人員保險", "公教人員保險法第27條", "公保", "臺灣銀行公教保險部"),
    ("勞工保險", "勞工保險條例第63條", "勞保", "勞動部勞工保險局"),
    ("國民年金", "國民年金法第40條", "國保", "勞動部勞工保險局"),
)
_SURVIVOR_REL = ("配偶", "長子", "長女", "次子", "次女", "母親", "父親", "養女")


def _a_gongwen(b: _Builder, s: _Src) -> None:
    d1, d2 = s.days(roc=True)
    ins, law, _, _ = s.r.choice(_PENSIONS)
    rel = s.c("配偶|配偶|子女|母親")
    sp = s.P("elder")
    b.f(
        "主旨：有關{dec}君（身分證統一編號：{did}）亡故，其遺屬{sp}申請"
        "{ins}遺屬年金給付一案，復如說明，請查照。\n說明：\n"
        "一、復貴{unit}{day}{doc}函。\n"
        "二、旨揭遺屬{sp2}係被保險人之{rel}，{bd}生，經審核符合{law}所定請領條件，"
        "自{day2}起按月發給遺屬年金新臺幣{amt}元。\n"
        "三、給付通知書將寄至申請人戶籍地址（{addr}），請轉知。",
        dec=s.P("elder"),
        did=s.ID(),
        sp=sp,
        sp2=sp,
        ins=ins,
        unit=s.c("區公所|鄉公所|校|局"),
        day=d1,
        doc=s.docno(s.c("北市中社|府社助|桃市社|南市社")),
        rel=rel,
        bd=s.BD(1938, 1975, 0.1),
        law=law,
        day2=d2,
        amt=s.money(3772, 28500),
        addr=s.ADDR(),
    )


def _a_caselog(b: _Builder, s: _Src) -> None:
    pension = s.r.choice(_PENSIONS)[2]
    mode = s.r.random()
    d1, d2 = s.days()
    if mode < 0.4:
        b.f(
            "{day} {t} 電話｜遺屬{sp}（{ph}）詢問{dec}{pen}遺屬年金進度，"
            "告知尚缺死亡證明書及全戶戶籍謄本，請其{day2}前補件。",
            day=d1,
            t=s.clock(),
            sp=s.P("elder"),
            ph=s.PH(),
            dec=s.P("elder"),
            pen=pension,
            day2=d2,
        )
    elif mode < 0.75:
        b.f(
            "{day} 臨櫃｜{sp}｜{rel}｜{bd}生｜{id}｜已收件，{pen}遺屬年金，"
            "存摺影本OK，待查調{dec}之投保年資。",
            day=s.day(),
            sp=s.P("elder"),
            rel=s.r.choice(_SURVIVOR_REL),
            bd=s.BD(1940, 2006),
            id=s.ID(),
            pen=pension,
            dec=s.P("elder"),
        )
    else:
        sp = s.P("elder")
        b.f(
            "{day} 家訪：遺屬{sp}獨居，行動不便，由鄰居陪同簽名；"
            "配偶{dec}已於{day2}亡故。{sp2}稱手機常沒電，改留市話{tel}。"
            "另其子{son}（{mob}）同意協助補件。",
            day=d2,
            sp=sp,
            sp2=sp,
            dec=s.P("elder"),
            day2=d1,
            tel=s.TEL(),
            son=s.P("local"),
            mob=s.MOB(),
        )


def _a_form(b: _Builder, s: _Src) -> None:
    pen = s.r.choice(_PENSIONS)[0]
    phone_label = s.c("聯絡電話|手機|電話（日）|行動電話")
    addr_label = s.c("通訊地址|戶籍地址|住址|送達地址")
    b.f(
        "【{pen}遺屬年金給付申請書】\n"
        "被保險人姓名：{dec}　身分證統一編號：{did}\n"
        "死亡日期：{death}\n"
        "申請人姓名：{sp}\n"
        "申請人出生日期：{bd}\n"
        "與被保險人關係：{rel}\n"
        "申請人身分證統一編號：{sid}\n"
        "{pl}：{ph}\n"
        "{al}：{addr}\n"
        "給付方式：■按月領取 □一次請領",
        pen=pen,
        dec=s.P("elder"),
        did=s.ID(),
        death=s.day(0.1),
        sp=s.P("local"),
        bd=s.BD(1945, 2008),
        rel=s.r.choice(_SURVIVOR_REL),
        sid=s.ID(),
        pl=phone_label,
        ph=s.PH(),
        al=addr_label,
        addr=s.ADDR(),
    )


def _a_table(b: _Builder, s: _Src) -> None:
    sep = s.c("\t|\t|,")
    b.f("遺屬名冊（被保險人：{dec}，{doc}）\n", dec=s.P("elder"), doc=s.caseno("遺"))
    b.text(sep.join(("姓名", "稱謂", "身分證字號", "出生年月日", "備註")) + "\n")
    rows = [("配偶", 1942, 1972)] + [
        (s.c("長子|長女|次子|次女|三女"), 1998, 2012) for _ in range(s.r.randint(1, 3))
    ]
    for rel, lo, hi in rows:
        note = s.c("|在學|身心障礙|未成年|") if rel != "配偶" else s.c("|婚姻存續滿1年")
        b.value(*s.P("elder" if rel == "配偶" else "child"))
        b.text(sep + rel + sep)
        b.value(*s.ID("1" if rel[-1] == "子" else "2" if rel[-1] == "女" else None))
        b.text(sep)
        b.value(*s.BD(lo, hi, 0.15))
        b.text(sep + note + "\n")


def _a_call(b: _Builder, s: _Src) -> None:
    b.f(
        "來電紀錄 {day} {t}\n來電者：{caller}（自稱被保險人{dec}之{rel}）\n"
        "內容：「我爸爸上個月走了，我媽{mom}今年{age}歲，{pen}那邊說可以領遺屬年金，"
        "可是她看不懂那張表……她身分證是{mid}，有事打我的電話就好，{mob}。」\n"
        "處理：已告知應備文件，申請書寄至{addr}。",
        day=s.day(),
        t=s.clock(),
        caller=s.P("local"),
        dec=s.P("elder"),
        rel=s.c("女兒|兒子|媳婦|女婿"),
        mom=s.P("elder"),
        age=str(s.r.randint(58, 88)),
        pen=s.r.choice(_PENSIONS)[2],
        mid=s.ID("2"),
        mob=s.MOB(),
        addr=s.ADDR(),
    )


def _a_email(b: _Builder, s: _Src) -> None:
    sp = s.P("elder")
    b.f(
        "From: {sp} <{mail}>\nSent: {sent}\nTo: 年金給付窗口\n"
        "Subject: RE: 遺屬年金補件\n\n承辦人您好：\n"
        "附件是先夫{dec}的死亡證明書與戶口名簿影本。我本人{sp2}，身分證{sid}，"
        "{bd}出生，現住{addr}，如有問題請打{ph}。\n謝謝\n{sp3} 敬上",
        sp=sp,
        sp2=sp,
        sp3=sp,
        mail=s.MAIL(),
        sent=s.day(0.8) + " " + s.clock(),
        dec=s.P("elder"),
        sid=s.ID("2"),
        bd=s.BD(1950, 1975, 0.3),
        addr=s.ADDR(),
        ph=s.PH(),
    )


def _a_foreign(b: _Builder, s: _Src) -> None:
    name, nat, kind = s.foreign()
    b.f(
        "{day} 外籍配偶{fs}（{nat}籍，居留證號{arc}，護照號碼{pp}）為被保險人{dec}之配偶，"
        "婚姻關係存續{yrs}年，{bd}生，經查已符合請領遺屬年金之條件；"
        "申請人不諳中文，由通譯協助說明，聯絡電話{mob}。",
        day=s.day(),
        fs=name,
        nat=nat,
        arc=s.ARC(),
        pp=s.PASS(kind),
        dec=s.P("han"),
        yrs=str(s.r.randint(2, 25)),
        bd=s.BD(1975, 1999),
        mob=s.MOB(),
    )


def _a_english(b: _Builder, s: _Src) -> None:
    b.f(
        "Survivor benefit case #{case}\nDeceased: {dec} / ID {did}\n"
        "Claimant: {sp}, DOB {bd}, relation: {rel}\nContact: {mob} / {mail}\n"
        "Status: pending 戶籍謄本 & 存摺影本，{day} follow up",
        case=s.caseno("遺"),
        dec=s.P("elder"),
        did=s.ID(),
        sp=s.P("any"),
        bd=s.BD(1948, 2005, 0.8),
        rel=s.c("spouse|daughter|son|配偶"),
        mob=s.MOB(),
        mail=s.MAIL(),
        day=s.day(0.5),
    )


def _a_neg_law(b: _Builder, s: _Src) -> None:
    d1, d2 = s.days(roc=True)
    ins, law, _, unit = s.r.choice(_PENSIONS)
    b.f(
        "主旨：函轉{ins}遺屬年金請領須知修正事項，請查照並轉知所屬。\n說明：\n"
        "一、依據{unit}{day}{doc}函辦理。\n"
        "二、依{law}規定，遺屬年金自被保險人死亡之次月起發給；配偶請領者應年滿55歲"
        "且婚姻關係存續1年以上，子女應未成年或在學。\n"
        "三、本案修正規定自{day2}生效，諮詢專線{hot}。",
        ins=ins,
        unit=unit,
        day=d1,
        doc=s.wide_maybe(s.docno(s.c("保給|部退三|保普|勞保2"))),
        law=law,
        day2=d2,
        hot=s.c("0800-211-459|1957福利諮詢專線|0800-088-581|本局免付費專線"),
    )


def _a_neg_stats(b: _Builder, s: _Src) -> None:
    sep = s.c("\t|,|　")
    b.text(s.c("遺屬年金核付統計|本局遺屬年金給付概況|附表二 遺屬年金件數") + "\n")
    b.text(sep.join(("年度", "核付件數", "金額（新臺幣千元）", "平均月領（元）")) + "\n")
    for y in range(s.r.randint(109, 111), 114):
        b.text(
            sep.join(
                (
                    str(y),
                    str(s.r.randint(900, 4200)),
                    str(s.r.randint(200000, 990000)) if sep == "," else s.money(200000, 990000),
                    str(s.r.randint(3772, 9900)) if sep == "," else s.money(3772, 9900),
                )
            )
            + "\n"
        )
    b.text(f"資料來源：勞動部勞工保險局，{s.day(0)}。")


def _a_neg_faq(b: _Builder, s: _Src) -> None:
    b.f(
        "Q：林務局退休人員過世後，遺屬可以同時領遺屬年金和撫慰金嗎？\n"
        "A：依{law}，遺屬年金與一次請領之死亡給付僅得擇一；"
        "如已於{day}前選擇一次請領者，不得再改領年金。"
        "相關陳情案件請逕洽各地服務中心，或撥打{hot}。",
        law=s.r.choice(_PENSIONS)[1],
        day=s.day(0),
        hot=s.c("0800-211-459|1957|0800-088-581"),
    )


def _a_neg_memo(b: _Builder, s: _Src) -> None:
    n = s.r.randint(30, 240)
    b.f(
        "{day} 本科受理遺屬年金案件共{n}件，其中{m}件待補正，補正事由以戶籍謄本未載明"
        "死亡日期及存摺封面影本模糊為最多。高雄、臺南兩服務中心之平均結案日數為{d}日，"
        "較上月縮短{k}日。另{org}（統一編號{ban}）承攬之掃描作業預計{day2}完成。",
        day=s.day(),
        n=str(n),
        m=str(s.r.randint(1, n // 2)),
        d=str(s.r.randint(9, 35)),
        k=str(s.r.randint(1, 6)),
        org=s.c("宏碁資訊服務股份有限公司|群英數位股份有限公司|大同世界科技股份有限公司"),
        ban=s.ban(),
        day2=s.day(0),
    )


_A_POS: list[Template] = [
    _a_gongwen, _a_caselog, _a_form, _a_table, _a_call, _a_email, _a_foreign, _a_english,
]  # fmt: skip
_A_NEG: list[Template] = [_a_neg_law, _a_neg_stats, _a_neg_faq, _a_neg_memo]


# ---------------------------------------------------------------------------------------------
# Genre 2: 幼兒園接送、過敏紀錄 (kindergarten pick-up and allergy records)
# ---------------------------------------------------------------------------------------------

_CLASSES = ["小兔", "小熊", "長頸鹿", "海豚", "蝴蝶", "向日葵", "星星", "企鵝", "無尾熊", "彩虹"]
_ALLERGENS = [
    "花生",
    "蛋",
    "牛奶",
    "蝦",
    "蟹",
    "奇異果",
    "芒果",
    "堅果",
    "小麥",
    "蕎麥",
    "黃豆",
    "塵蟎",
    "蠶豆症（G6PD缺乏）",
    "魚",
]
_PICKUP_REL = ["母", "父", "外婆", "奶奶", "阿公", "阿嬤", "姑姑", "舅舅", "阿姨", "保母"]
_HOSPITALS = [
    "馬偕兒童醫院",
    "臺大兒童醫院",
    "長庚兒童醫院",
    "中國醫藥大學兒童醫院",
    "成大醫院",
    "衛福部桃園醫院",
]


def _kid_bd(s: _Src) -> Value:
    return s.BD(2019, 2022, 0.3)


def _b_roster(b: _Builder, s: _Src) -> None:
    b.f(
        "{cls}班 接送及過敏名冊（{y}學年度{term}）\n",
        cls=s.r.choice(_CLASSES),
        y=s.roc_year(),
        term=s.c("上學期|下學期|暑期班"),
    )
    bullet = s.c("1.|1、|(1)|①")
    for i in range(1, s.r.randint(3, 5)):
        mark = bullet.replace("1", str(i)).replace("①", "①②③④"[i - 1])
        rel = s.r.choice(_PICKUP_REL)
        b.f(
            "{m} {kid}　{bd}　過敏：{al}　接送：{pk}（{rel}）{mob}\n",
            m=mark,
            kid=s.P("child"),
            bd=_kid_bd(s),
            al=s.r.choice(_ALLERGENS) if s.chance(0.6) else "無",
            pk=s.P("any"),
            rel=rel,
            mob=s.MOB(),
        )


def _b_line(b: _Builder, s: _Src) -> None:
    kid = s.P("child")
    parent = s.P("local")
    teacher = s.P("han")
    b.f(
        "[{cls}班家長群] {day}\n"
        "{t1} {par}：老師早安～{kid}昨晚有點咳嗽，今天麻煩幫忙留意一下🙏\n"
        "{t2} {tea}老師：好的收到，會多讓{kid2}喝水\n"
        "{t3} {par2}：另外今天改由{rel}{gm}來接喔，她手機{mob}，她會帶接送卡\n"
        "{t4} {tea2}老師：OK，我先登記在接送單上👌",
        cls=s.r.choice(_CLASSES),
        day=s.day(),
        t1="07:4" + str(s.r.randint(0, 9)),
        t2="07:5" + str(s.r.randint(0, 9)),
        t3="12:" + str(s.r.randint(10, 39)),
        t4="12:" + str(s.r.randint(40, 59)),
        par=parent,
        par2=parent,
        kid=kid,
        kid2=kid,
        tea=teacher,
        tea2=teacher,
        rel=s.c("外婆|阿嬤|姑姑|小阿姨|乾媽"),
        gm=s.P("any"),
        mob=s.MOB(),
    )


def _b_form(b: _Builder, s: _Src) -> None:
    b.f(
        "幼兒過敏及健康資料調查表\n幼兒姓名：{kid}　性別：{sex}\n出生年月日：{bd}\n"
        "身分證統一編號：{id}\n健保卡號：{nhi}\n過敏原：{al}（{sev}）\n"
        "常用就醫院所：{hosp}\n緊急聯絡人：{par}　關係：{rel}　電話：{ph}\n"
        "家長簽名：{sign}　填表日期：{day}",
        kid=s.P("child"),
        sex=(sex := s.c("男|女")),
        bd=_kid_bd(s),
        id=s.ID("1" if sex == "男" else "2"),
        nhi=s.NHI(),
        al="、".join(s.r.sample(_ALLERGENS, s.r.randint(1, 3))),
        sev=s.c("輕微起疹|曾發生過敏性休克，隨身攜帶EpiPen|嘔吐腹瀉|嘴唇腫脹"),
        hosp=s.r.choice(_HOSPITALS),
        par=(par := s.P("local")),
        rel=s.c("母|父|祖母|外祖父"),
        ph=s.PH(),
        sign=par,
        day=s.day(),
    )


def _b_csv(b: _Builder, s: _Src) -> None:
    sep = s.c(",|,|\t")
    b.text(sep.join(("幼兒姓名", "出生日期", "過敏原", "接送人", "關係", "接送人電話")) + "\n")
    for _ in range(s.r.randint(2, 5)):
        b.value(*s.P("child"))
        b.text(sep)
        b.value(*_kid_bd(s))
        b.text(sep + (s.r.choice(_ALLERGENS) if s.chance(0.5) else "無") + sep)
        b.value(*s.P("any"))
        b.text(sep + s.r.choice(_PICKUP_REL) + sep)
        b.value(*s.MOB())
        b.text("\n")


def _b_incident(b: _Builder, s: _Src) -> None:
    b.f(
        "{day} {t} 有一名男子至園門口表示要接{kid}，自稱是孩子的叔叔，但不在授權接送名單內。"
        "當班{tea}老師先請其在警衛室等候，並聯絡母親{mom}（{mob}）確認；母親表示不認識此人，"
        "將由她本人{t2}前來接回。已通報園長並提醒家長更新接送委託書。",
        day=s.day(),
        t=s.clock(),
        kid=s.P("child"),
        tea=s.P("han"),
        mom=s.P("any"),
        mob=s.MOB(),
        t2=s.clock(),
    )


def _b_foreign_parent(b: _Builder, s: _Src) -> None:
    name, nat, kind = s.foreign()
    b.f(
        "{kid}（{bd}生）母親為{fm}（{nat}籍，居留證{arc}），中文讀寫較困難，"
        "過敏資料由園方請通譯以{lang}說明。母親表示孩子吃{al}會全身起疹，"
        "曾送{hosp}急診。聯絡電話：{mob}；父親{dad}在外地工作。",
        kid=s.P("child"),
        bd=_kid_bd(s),
        fm=name,
        nat=nat,
        arc=s.ARC(),
        lang={"vn": "越南語", "id": "印尼語", "ph": "英語", "th": "泰語"}[kind],
        al=s.r.choice(_ALLERGENS[:10]),
        hosp=s.r.choice(_HOSPITALS),
        mob=s.MOB(),
        dad=s.P("han"),
    )


def _b_card(b: _Builder, s: _Src) -> None:
    par = s.P("local")
    b.f(
        "寄件者：{par} <{mail}>\n主旨：{m}月份月費線上刷卡\n\n"
        "老師您好，{kid}（{cls}班）{m2}月份月費{amt}元我已經用信用卡{cc}刷了，"
        "發票請開手機載具，謝謝！\n{par2}",
        par=par,
        par2=par,
        mail=s.MAIL(),
        m=(m := str(s.r.randint(1, 12))),
        m2=m,
        kid=s.P("child"),
        cls=s.r.choice(_CLASSES),
        amt=s.money(3500, 9800, 100),
        cc=s.CC(),
    )


def _b_aligned(b: _Builder, s: _Src) -> None:
    b.text("姓名".ljust(8) + "出生日期".ljust(12) + "過敏原".ljust(8) + "接送人\n")
    for _ in range(s.r.randint(2, 4)):
        kid = s.P("child")
        bd = _kid_bd(s)
        b.value(*kid)
        b.text(" " * max(2, 10 - len(kid[1])))
        b.value(*bd)
        b.text(" " * max(2, 14 - len(bd[1])))
        al = s.r.choice(_ALLERGENS[:8]) if s.chance(0.5) else "—"
        b.text(al + " " * max(2, 8 - len(al)))
        b.value(*s.P("any"))
        b.text("\n")


def _b_neg_menu(b: _Builder, s: _Src) -> None:
    b.f(
        "【本週午餐及點心】{day}起\n週一 鮮蝦蒸蛋、炒高麗菜（含蝦、蛋）\n"
        "週二 花生豆花（含花生、黃豆）\n週三 白米飯、三杯雞、黃金泡菜\n"
        "週四 鮭魚炒飯（含魚）\n週五 芒果優格（含牛奶、芒果）\n"
        "食材供應商：{co}（統一編號{ban}），對甲殼類或花生過敏之幼兒，請家長於週一前告知。",
        day=s.day(),
        co=s.c("福興食品有限公司|綠野鮮蔬股份有限公司|禾豐團膳企業社"),
        ban=s.ban(),
    )


def _b_neg_rule(b: _Builder, s: _Src) -> None:
    unit, word = s.r.choice(
        (("臺北市政府", "府教前"), ("新北市政府", "新北府教幼"), ("高雄市政府", "高市府教幼"),
         ("臺中市政府", "府授教幼"), ("本府", "府授教幼"))
    )  # fmt: skip
    b.f(
        "依幼兒教育及照顧法第{a}條及{unit}{day}{doc}函，幼兒接送應由家長或其委託之成年人為之；"
        "委託他人接送者，應事先填寫接送委託書並出示接送卡。幼兒園應建立過敏幼兒名單，"
        "午餐菜單應標示過敏原，違者依同法第{c}條處新臺幣{amt}元以上罰鍰。",
        a=s.c("8|26|27|30"),
        unit=unit,
        day=s.roc_day(),
        doc=s.wide_maybe(s.docno(word)),
        c=s.c("51|52|53"),
        amt=s.money(6000, 30000, 1000),
    )


def _b_neg_trip(b: _Builder, s: _Src) -> None:
    b.f(
        "{cls}班戶外教學：{day}上午參觀林口區消防分隊與楊梅區的高鐵探索館，"
        "{t}在園內集合，遊覽車由{co}（統一編號{ban}）承攬，保險金額每人新臺幣{amt}萬元。"
        "請家長準備水壺、帽子及防蚊液；有花生過敏者午餐另備。",
        cls=s.r.choice(_CLASSES),
        day=s.day(),
        t=s.clock(),
        co=s.c("金龍通運股份有限公司|大有巴士股份有限公司|統聯客運股份有限公司"),
        ban=s.ban(),
        amt=s.c("200|300|150"),
    )


def _b_neg_fee(b: _Builder, s: _Src) -> None:
    b.f(
        "{y}學年度第{k}學期收費標準：月費{a}元、點心費{b_}元、延托每小時{c}元；"
        "育兒津貼每月{d}元由政府直接撥付。全園幼兒共{n}名，其中過敏紀錄{m}名"
        "（花生{p}名、蛋奶{q}名、甲殼類{r}名）。",
        y=s.roc_year(),
        k=s.c("1|2"),
        a=s.money(3000, 6000, 100),
        b_=s.money(500, 1200, 50),
        c=str(s.r.randrange(100, 250, 10)),
        d=s.c("5,000|5,500|7,000"),
        n=str(s.r.randint(60, 220)),
        m=str(s.r.randint(8, 25)),
        p=str(s.r.randint(1, 6)),
        q=str(s.r.randint(1, 6)),
        r=str(s.r.randint(1, 6)),
    )


_B_POS: list[Template] = [
    _b_roster, _b_line, _b_form, _b_csv, _b_incident, _b_foreign_parent, _b_card, _b_aligned,
]  # fmt: skip
_B_NEG: list[Template] = [_b_neg_menu, _b_neg_rule, _b_neg_trip, _b_neg_fee]


# ---------------------------------------------------------------------------------------------
# Genre 3: 機車失竊報案 (scooter and bicycle theft reports)
# ---------------------------------------------------------------------------------------------

_SCOOTERS = [
    "光陽 Many 110",
    "三陽 JET SL",
    "山葉 勁戰六代",
    "Gogoro VIVA MIX",
    "光陽 雷霆S",
    "三陽 DRG",
    "山葉 BWS",
]
_BIKES = [
    "捷安特 Escape 3",
    "美利達 Speeder",
    "YouBike 2.0E（租借）",
    "折疊車 Dahon",
    "捷安特 FastRoad",
]
_SPOTS = (
    "捷運{st}站{n}號出口機車停車格|{road}與{road2}口騎樓|全聯{road}店前|住處{road}巷口|"
    "{road}夜市旁停車場|公司地下室B{k}停車場|{road}某便利商店前"
)
_STATIONS = [
    "府中",
    "景安",
    "古亭",
    "南京復興",
    "中壢",
    "高雄車站",
    "美麗島",
    "文華路口",
    "後驛",
    "新埔",
]


def _spot(s: _Src) -> str:
    return (
        s.c(_SPOTS)
        .replace("{st}", s.r.choice(_STATIONS))
        .replace("{n}", str(s.r.randint(1, 6)))
        .replace("{road2}", s.road())
        .replace("{road}", s.road())
        .replace("{k}", str(s.r.randint(1, 3)))
    )


def _c_form(b: _Builder, s: _Src) -> None:
    b.f(
        "受（處）理案件證明單\n報案人姓名：{p}　性別：{sex}\n出生年月日：{bd}\n"
        "身分證統一編號：{id}\n住居所：{addr}\n聯絡電話：{ph}\n案類：{kind}\n"
        "發生時間：{day} {h}時{m}分許\n發生地點：{spot}\n車牌號碼：{plate}　廠牌車型：{model}\n"
        "受理單位：{unit}　案號：{case}",
        p=s.P("local"),
        sex=(sex := s.c("男|女")),
        bd=s.BD(1955, 2006),
        id=s.ID("1" if sex == "男" else "2"),
        addr=s.ADDR(),
        ph=s.PH(),
        kind=s.c("普通竊盜（機車）|汽機車竊盜|機車失竊"),
        day=s.day(0.1),
        h=str(s.r.randint(0, 23)),
        m=str(s.r.randint(0, 59)),
        spot=_spot(s),
        plate=s.plate(),
        model=s.r.choice(_SCOOTERS),
        unit=s.c(
            "中正第一分局南昌路派出所|三民第二分局鼎山派出所|板橋分局後埔派出所|中壢分局中平派出所"
        ),
        case=s.caseno("竊"),
    )


def _c_log(b: _Builder, s: _Src) -> None:
    lines = []
    for _ in range(s.r.randint(1, 3)):
        lines.append(
            (
                s.day(0),
                f"{s.r.randint(0, 23):02d}{s.r.randint(0, 59):02d}",
                s.P("local"),
                s.ID(),
                _spot(s),
                s.r.choice(_SCOOTERS),
                s.plate(),
            )
        )
    for day, hhmm, p, pid, spot, model, plate in lines:
        b.f(
            "{day} {hhmm} {p}（{pid}）報稱其停放於{spot}之{model}機車（{plate}）遭竊，"
            "已受理並輸入失竊車輛系統。\n",
            day=day,
            hhmm=hhmm,
            p=p,
            pid=pid,
            spot=spot,
            model=model,
            plate=plate,
        )


def _c_call(b: _Builder, s: _Src) -> None:
    p = s.P("local")
    b.f(
        "110報案錄音轉譯 {day} {t}\n報案人：「喂，我機車被偷了啦，我停在{spot}，"
        "剛剛下班出來就不見了。」\n值班：「好，你先不要急，請問貴姓大名？」\n"
        "報案人：「{p}，{desc}。」\n值班：「聯絡電話？」\n報案人：「{mob}。」\n"
        "值班：「車牌記得嗎？」\n報案人：「{plate}，{color}的{model}。」",
        day=s.day(),
        t=s.clock(),
        spot=_spot(s),
        p=p,
        desc=s.c("對，就身分證上那個名字|要不要我一個字一個字講|我是車主本人|車是登記我的名字"),
        mob=s.MOB(),
        plate=s.plate(),
        color=s.c("白色|消光黑|水泥灰|紅色|藍色"),
        model=s.r.choice(_SCOOTERS),
    )


def _c_migrant(b: _Builder, s: _Src) -> None:
    name, nat, kind = s.foreign()
    b.f(
        "{day} 移工{fw}（{nat}籍，居留證號{arc}，護照{pp}）由仲介公司人員陪同到所報案，"
        "稱其停放於宿舍（{addr}）前之腳踏車（{bike}）遭竊。通譯{interp}協助翻譯，"
        "報案人手機{mob}。",
        day=s.day(),
        fw=name,
        nat=nat,
        arc=s.ARC(),
        pp=s.PASS(kind),
        addr=s.ADDR(),
        bike=s.r.choice(_BIKES),
        interp=s.P(s.c("han|vn|id")),
        mob=s.MOB(),
    )


def _c_aligned(b: _Builder, s: _Src) -> None:
    b.text("受理序號        報案人          聯絡電話            失竊車種\n")
    for _ in range(s.r.randint(2, 4)):
        month, day = s.r.randint(1, 12), s.r.randint(1, 28)
        serial = f"{s.roc_year()}{month:02d}{day:02d}-{s.r.randint(1, 40):02d}"
        p = s.P("any")
        mob = s.MOB()
        b.text(serial.ljust(16))
        b.value(*p)
        b.text(" " * max(2, 16 - len(p[1]) * (1 if p[1].isascii() else 2)))
        b.value(*mob)
        b.text(" " * max(2, 20 - len(mob[1])) + s.c("機車|腳踏車|電動自行車|機車") + "\n")


def _c_line(b: _Builder, s: _Src) -> None:
    p1 = s.P("local")
    b.f(
        "【{vil}里里民群組】\n{p1}：各位鄰居，我家{rel}的機車昨晚在{spot}被偷了😭 "
        "{color}的{model}，車牌{plate}，有看到的拜託打{mob}聯絡，感恩🙏\n"
        "{p2}：天啊最近好多件，上禮拜{road}那邊也被偷一台\n"
        "{p3}：已經報警了嗎？可以去{unit}調監視器",
        vil=s.village(),
        p1=p1,
        rel=s.c("兒子|女兒|老公|阿爸"),
        spot=_spot(s),
        color=s.c("白色|消光黑|水泥灰|紅色|藍色"),
        model=s.r.choice(_SCOOTERS),
        plate=s.plate(),
        mob=s.MOB(),
        p2=s.P("any"),
        road=s.road(),
        p3=s.P("local"),
        unit=s.c("派出所|分局|里辦公處"),
    )


def _c_claim(b: _Builder, s: _Src) -> None:
    p = s.P("local")
    b.f(
        "寄件者：{p} <{mail}>\n主旨：機車竊盜險理賠申請\n\n您好，我的機車（{plate}）已於{day}"
        "在{spot}遭竊，報案證明單如附件。被保險人{p2}，身分證{id}，出生{bd}，"
        "理賠款請退刷至原投保信用卡{cc}，謝謝。",
        p=p,
        p2=p,
        mail=s.MAIL(),
        plate=s.plate(),
        day=s.day(),
        spot=_spot(s),
        id=s.ID(),
        bd=s.BD(1960, 2005, 0.5),
        cc=s.CC(),
    )


def _c_english(b: _Builder, s: _Src) -> None:
    name, nat, kind = s.foreign()
    b.f(
        "Stolen bicycle report ({bike})\n報案人 Reporter: {fw} ({nat}籍)\n"
        "ARC: {arc}　Passport: {pp}\nTel: {mob}\nAddress: {addr}\n"
        "Lost at: {spot}, around {t} on {day}",
        bike=s.r.choice(_BIKES),
        fw=name,
        nat=nat,
        arc=s.ARC(),
        pp=s.PASS(kind),
        mob=s.MOB(),
        addr=s.ADDR(),
        spot=_spot(s),
        t=s.clock(),
        day=s.day(0.6),
    )


def _c_neg_stats(b: _Builder, s: _Src) -> None:
    n = s.r.randint(80, 420)
    b.f(
        "本分局{y}年1至6月受理機車失竊{n}件，尋獲{m}件，尋獲率{pct}%，較去年同期{dir}"
        "{k}件。失竊熱點為{road}與{road2}一帶，時段以{a}時至{b_}時為最多。",
        y=s.roc_year(),
        n=str(n),
        m=str(s.r.randint(n // 3, n - 1)),
        pct=f"{s.r.uniform(40, 92):.1f}",
        dir=s.c("減少|增加"),
        k=str(s.r.randint(3, 60)),
        road=s.road(),
        road2=s.road(),
        a=str(s.r.randint(0, 3)),
        b_=str(s.r.randint(4, 6)),
    )


def _c_neg_law(b: _Builder, s: _Src) -> None:
    b.f(
        "竊盜罪依刑法第320條第1項，處5年以下有期徒刑、拘役或50萬元以下罰金；"
        "故買贓物依第349條處5年以下有期徒刑。{unit}提醒：{day}起{dist}轄內"
        "高鐵站、捷運站周邊加強巡邏，民眾如發現可疑車輛，請撥打110報案。",
        unit=s.c("本分局|刑事警察大隊|本市警察局"),
        day=s.day(),
        dist=s.c("林口區|楊梅區|石門區|高樹鄉|黃金海岸沿線"),
    )


def _c_neg_tips(b: _Builder, s: _Src) -> None:
    d1, d2 = s.days(roc=True)
    b.f(
        "防竊宣導：{brands}等車款請加裝碟煞鎖或大鎖，停放於有監視器、照明充足處；"
        "Gogoro車主可開啟App定位功能。{unit}{day}{doc}函請各派出所於轄內張貼海報，"
        "宣導期間至{day2}止。",
        brands=s.c("光陽、三陽、山葉|Gogoro、光陽|捷安特、美利達"),
        unit=s.c("內政部警政署|本局"),
        day=d1,
        doc=s.wide_maybe(s.docno(s.c("警署刑偵|北市警刑|中市警刑|高市警刑"))),
        day2=d2,
    )


def _c_neg_found(b: _Builder, s: _Src) -> None:
    b.f(
        "尋獲失竊車輛招領公告：本所於{day}在{spot}尋獲{color}{model}機車一輛，"
        "已通知車籍所在地，車主請攜帶行照及證件於上班時間至本所認領；"
        "公告期間{days}日，逾期依{law}處理。案號：{case}",
        day=s.day(),
        spot=_spot(s),
        color=s.c("白色|黑色|灰色|紅色"),
        model=s.r.choice(_SCOOTERS),
        days=s.c("6個月|30"),
        law=s.c("遺失物拾得及招領作業要點|民法第807條"),
        case=s.caseno("竊"),
    )


_C_POS: list[Template] = [
    _c_form, _c_log, _c_call, _c_migrant, _c_aligned, _c_line, _c_claim, _c_english,
]  # fmt: skip
_C_NEG: list[Template] = [_c_neg_stats, _c_neg_law, _c_neg_tips, _c_neg_found]


# ---------------------------------------------------------------------------------------------
# Genre 4: 回復戶籍、僑民 (overseas Taiwanese and returnees restoring household registration)
# ---------------------------------------------------------------------------------------------

_ABROAD = (
    ("美國", "洛杉磯", "us"), ("美國", "舊金山灣區", "us"), ("加拿大", "溫哥華", "ca"),
    ("加拿大", "多倫多", "ca"), ("澳洲", "布里斯本", "au"), ("日本", "大阪", "jp"),
    ("澳洲", "墨爾本", "au"), ("日本", "東京", "jp"),
)  # fmt: skip


def _returnee_bd(s: _Src, ad_share: float = 0.4) -> Value:
    return s.BD(1940, 2005, ad_share)


def _d_gongwen(b: _Builder, s: _Src) -> None:
    country, city, _ = s.r.choice(_ABROAD)
    p = s.P("han")
    b.f(
        "主旨：僑居{country}之{p}申請回復臺灣地區原有戶籍一案，請查照。\n說明：\n"
        "一、依據戶籍法第17條及{unit}{day}{doc}函辦理。\n"
        "二、當事人{p2}，{bd}生，原國民身分證統一編號{id}，持中華民國護照（號碼{pp}）"
        "於{day2}入境，擬遷入{addr}。\n三、請貴所依規定辦理回復登記，並副知{city}辦事處。",
        country=country,
        p=p,
        p2=p,
        unit=s.c("內政部移民署|本部"),
        day=s.roc_day(),
        doc=s.docno(s.c("移署移|台內戶|內授中戶")),
        bd=_returnee_bd(s, 0.1),
        id=s.ID(),
        pp=s.PASS("tw"),
        day2=s.roc_day(),
        addr=s.ADDR(),
        city=city,
    )


def _d_form(b: _Builder, s: _Src) -> None:
    p, lat = s.paired()
    b.f(
        "回復戶籍登記申請書\n申請人中文姓名：{p}\n外文姓名：{lat}\n出生日期：{bd}\n"
        "原國民身分證統一編號：{id}\n護照號碼：{pp}\n遷入地址：{addr}\n"
        "在臺聯絡電話：{mob}\nE-mail：{mail}\n申請日期：{day}",
        p=p,
        lat=lat,
        bd=_returnee_bd(s),
        id=s.ID(),
        pp=s.PASS("tw"),
        addr=s.ADDR(),
        mob=s.MOB(),
        mail=s.MAIL(),
        day=s.day(),
    )


def _d_email(b: _Builder, s: _Src) -> None:
    country, city, kind = s.r.choice(_ABROAD)
    p, lat = s.paired()
    b.f(
        "Dear Sir/Madam,\n\nMy name is {lat} ({p}). I left Taiwan in {yr} and have lived in "
        "{city}, {country} since then. I would like to restore my household registration "
        "(回復戶籍). My ROC passport number is {pp} and my {fpp_word} passport is {fpp}. "
        "My old ID number is {id}. I was born on {bd}.\nYou can reach me at {mail} or my "
        "Taiwan mobile {mob}.\n\nBest regards,\n{lat2}",
        lat=lat,
        lat2=lat,
        p=p,
        yr=str(s.r.randint(1975, 2015)),
        city={
            "洛杉磯": "Los Angeles",
            "舊金山灣區": "the Bay Area",
            "溫哥華": "Vancouver",
            "多倫多": "Toronto",
            "布里斯本": "Brisbane",
            "大阪": "Osaka",
            "墨爾本": "Melbourne",
            "東京": "Tokyo",
        }[city],
        country={"美國": "USA", "加拿大": "Canada", "澳洲": "Australia", "日本": "Japan"}[country],
        pp=s.PASS("tw"),
        fpp_word={"us": "US", "ca": "Canadian", "au": "Australian", "jp": "Japanese"}[kind],
        fpp=s.PASS(kind),
        id=s.ID(),
        bd=s.BD(1950, 2004, 0.9),
        mail=s.MAIL(),
        mob=s.MOB(),
    )


def _d_log(b: _Builder, s: _Src) -> None:
    country, _, kind = s.r.choice(_ABROAD)
    b.f(
        "{day} 臨櫃：{p}（{id}）持{country}護照（{fpp}）及我國護照{pp}，擬回復戶籍並遷入"
        "其{rel}{host}戶內（{addr}），已請補附{country2}居留證明及入境證明。{note}",
        day=s.day(),
        p=s.P("returnee"),
        id=s.ID(),
        country=country,
        country2=country,
        fpp=s.PASS(kind),
        pp=s.PASS("tw"),
        rel=s.c("母|父|兄|姊|叔父"),
        host=s.P("elder"),
        addr=s.ADDR(),
        note=s.c("|承辦：戶籍課。|下次預約週三上午。|需驗證文件，已給單子。"),
    )


def _d_csv(b: _Builder, s: _Src) -> None:
    sep = s.c(",|\t")
    b.text(sep.join(("序號", "姓名", "護照號碼", "出生日期", "原居留國", "擬遷入地址")) + "\n")
    for i in range(1, s.r.randint(3, 5)):
        b.text(f"{i}{sep}")
        b.value(*s.P("returnee"))
        b.text(sep)
        b.value(*s.PASS("tw"))
        b.text(sep)
        b.value(*_returnee_bd(s))
        b.text(sep + s.r.choice(_ABROAD)[0] + sep)
        b.value(*s.ADDR())
        b.text("\n")


def _d_call(b: _Builder, s: _Src) -> None:
    _, city, _ = s.r.choice(_ABROAD)
    b.f(
        "電話紀錄｜{day}｜僑民來電（{city}，時差{h}小時）\n"
        "「您好，我叫{p}，我{yr}年就出國了，一直沒回來住。我的身分證字號應該是{id}，"
        "出生是{bd}，這樣還能回復戶籍嗎？我媽媽{mom}的戶口還在{addr}。」\n"
        "答：可以，需準備我國護照正本及居留國居住證明，本人返臺後親自辦理。",
        day=s.day(),
        city=city,
        h=str(s.r.randint(1, 16)),
        p=s.P("han"),
        yr=str(s.r.randint(1978, 2012)),
        id=s.ID(),
        bd=_returnee_bd(s, 0.3),
        mom=s.P("elder"),
        addr=s.ADDR(),
    )


def _d_minor(b: _Builder, s: _Src) -> None:
    country, _, _ = s.r.choice(_ABROAD)
    b.f(
        "{child}（{bd}生）隨母{mom}自{country}返臺，持我國護照{pp}，申請初設戶籍於"
        "外祖父{gp}戶內。母親聯絡電話{ph}；規費新臺幣{fee}元已以信用卡{cc}線上繳納。",
        child=s.P("child"),
        bd=s.BD(2008, 2022, 0.5),
        mom=s.P("local"),
        country=country,
        pp=s.PASS("tw"),
        gp=s.P("elder"),
        ph=s.PH(),
        fee=s.c("50|100|150"),
        cc=s.CC(),
    )


def _d_neg_law(b: _Builder, s: _Src) -> None:
    b.f(
        "依入出國及移民法第9條第1項規定，臺灣地區無戶籍國民在臺灣地區連續居住滿1年，"
        "或居住滿2年且每年居住270日以上者，得申請在臺灣地區定居。另依戶籍法第16條，"
        "出境2年以上者應為遷出登記；回復戶籍者應於入境後{d}日內向{unit}申請。"
        "（{day}修正，{doc}）",
        d=s.c("30|60"),
        unit=s.c("戶籍地戶政事務所|現住地戶政事務所"),
        day=s.roc_day(),
        doc=s.wide_maybe(s.docno(s.c("台內戶|移署移"))),
    )


def _d_neg_stats(b: _Builder, s: _Src) -> None:
    b.f(
        "{y}年上半年本市受理僑民回復戶籍{n}件，以美國（{a}件）、加拿大（{b_}件）、"
        "澳洲（{c}件）為最多；初設戶籍{m}件。{office}另於{day}舉辦僑民返鄉服務說明會，"
        "地點在{place}。",
        y=s.roc_year(),
        n=str(s.r.randint(120, 900)),
        a=str(s.r.randint(40, 300)),
        b_=str(s.r.randint(20, 120)),
        c=str(s.r.randint(10, 90)),
        m=str(s.r.randint(30, 400)),
        office=s.c("僑務委員會|本府民政局|中山區戶政事務所"),
        day=s.day(),
        place=s.c("華僑會館|林森南路僑務大樓|高雄市立圖書館總館|臺中市政府惠中樓"),
    )


def _d_neg_docs(b: _Builder, s: _Src) -> None:
    b.f(
        "回復戶籍應備文件：\n一、我國有效護照正本（需蓋有入境章或持入國許可）。\n"
        "二、僑居國居留證明（需經駐{city}辦事處驗證）。\n三、最近2年內之相片1張。\n"
        "四、規費新臺幣{fee}元。\n注意事項：{day}起改採線上預約，本國護照號碼與外國護照"
        "號碼請勿混填；相關函釋見{doc}。",
        city=s.c("洛杉磯台北經濟文化|多倫多台北經濟文化|大阪|雪梨"),
        fee=s.c("50|100"),
        day=s.roc_day(),
        doc=s.wide_maybe(s.docno("內授中戶")),
    )


def _d_neg_program(b: _Builder, s: _Src) -> None:
    d1, d2 = s.days()
    b.f(
        "僑務委員會「{prog}」{y}年度計畫：補助海外青年回臺研習，每人最高新臺幣{amt}元，"
        "報名期間{day}至{day2}，承辦廠商{co}（統一編號{ban}）。"
        "洽詢請撥打{hot}或至各駐外館處網站查詢。",
        prog=s.c("海外青年回臺研習團|臺灣華裔青年志工|僑生返鄉服務"),
        y=s.roc_year(),
        amt=s.money(5000, 30000, 500),
        day=d1,
        day2=d2,
        co=s.c("遠見旅行社股份有限公司|東南旅行社股份有限公司|雄獅旅行社股份有限公司"),
        ban=s.ban(),
        hot=s.c("0800-085-110|0800-024-111"),
    )


_D_POS: list[Template] = [
    _d_gongwen, _d_form, _d_email, _d_log, _d_csv, _d_call, _d_minor,
]  # fmt: skip
_D_NEG: list[Template] = [_d_neg_law, _d_neg_stats, _d_neg_docs, _d_neg_program]


# ---------------------------------------------------------------------------------------------
# Genre 5: 運動代表隊選拔、運動員保險 (sports-team tryouts and athlete insurance)
# ---------------------------------------------------------------------------------------------

_SPORTS = [
    "田徑",
    "排球",
    "籃球",
    "棒球",
    "壘球",
    "舉重",
    "射箭",
    "柔道",
    "角力",
    "拳擊",
    "游泳",
    "划船",
    "羽球",
    "桌球",
    "足球",
]
_SCHOOLS = [
    "臺東縣立體育中學",
    "花蓮縣立體育高中",
    "新北市立三重商工",
    "臺中市立長億高中",
    "高雄市立中正高工",
    "國立臺灣體育運動大學",
    "臺北市立大學",
    "屏東縣立來義高中",
    "南投縣立仁愛國中",
    "桃園市立平鎮高中",
]
_VENUES = [
    "臺北田徑場",
    "林口體育館",
    "高雄巨蛋",
    "臺中洲際棒球場",
    "新莊體育館",
    "臺東縣立體育場",
    "花蓮縣立德興棒球場",
]
_TRIBES = [
    "阿美族",
    "泰雅族",
    "排灣族",
    "布農族",
    "太魯閣族",
    "卑南族",
    "魯凱族",
    "賽德克族",
    "達悟族",
]


def _athlete_bd(s: _Src, ad_share: float = 0.35) -> Value:
    return s.BD(2003, 2013, ad_share)


def _e_roster(b: _Builder, s: _Src) -> None:
    sep = s.c("\t|\t|,")
    b.f(
        "{school}{sport}隊 {y}年度運動員團體保險名冊\n",
        school=s.r.choice(_SCHOOLS),
        sport=s.r.choice(_SPORTS),
        y=s.roc_year(),
    )
    b.text(sep.join(("序號", "姓名", "身分證字號", "出生年月日", "受益人", "聯絡電話")) + "\n")
    for i in range(1, s.r.randint(3, 6)):
        b.text(f"{i}{sep}")
        b.value(*s.P(s.c("local|local|indigenous|han")))
        b.text(sep)
        b.value(*s.ID())
        b.text(sep)
        b.value(*_athlete_bd(s, 0.2))
        b.text(sep)
        if s.chance(0.7):
            b.value(*s.P("local"))
        else:
            b.text("法定繼承人")
        b.text(sep)
        b.value(*s.MOB())
        b.text("\n")


def _e_results(b: _Builder, s: _Src) -> None:
    sport = s.r.choice(_SPORTS)
    picked = [s.P(s.c("local|local|indigenous|han")) for _ in range(s.r.randint(2, 5))]
    b.f("{y}年{sport}代表隊選拔結果\n正取：", y=s.roc_year(), sport=sport)
    for i, p in enumerate(picked):
        if i:
            b.text("、")
        b.value(*p)
    b.f(
        "（以上依姓氏筆畫排序）\n備取：{alt}\n入選選手請於{day}前繳交保險資料，"
        "聯絡人：{coach}教練（{mob}）。",
        alt=s.P("local"),
        day=s.day(),
        coach=s.P("han"),
        mob=s.MOB(),
    )


def _e_email(b: _Builder, s: _Src) -> None:
    coach = s.P("han")
    b.f(
        "寄件者：{coach} <{mail}>\n主旨：入選選手保險資料\n\n"
        "各位家長好，我是{sport}隊教練{coach2}。"
        "入選選手{p}（{bd}生）請於{day}前繳交身分證影本（{id}）及健保卡影本"
        "（卡號{nhi}），以辦理運動員保險。有問題可打{ph}找我。",
        coach=coach,
        coach2=coach,
        mail=s.MAIL(),
        sport=s.r.choice(_SPORTS),
        p=s.P("local"),
        bd=_athlete_bd(s),
        day=s.day(),
        id=s.ID(),
        nhi=s.NHI(),
        ph=s.PH(),
    )


def _e_line(b: _Builder, s: _Src) -> None:
    coach = s.P("han")
    kid = s.P(s.c("local|indigenous"))
    b.f(
        "[{school}{sport}隊]\n{coach}教練：明天選拔 07:30 在{venue}集合，記得帶健保卡跟水壺\n"
        "{par}：教練不好意思，{kid}今天發燒，請假一天🙏\n"
        "{coach2}教練：收到，好好休息。{kid2}的保險資料我先幫他送出了，"
        "生日我寫{bd}沒錯吧？\n{par2}：對～謝謝教練👍",
        school=s.r.choice(_SCHOOLS),
        sport=s.r.choice(_SPORTS),
        coach=coach,
        coach2=coach,
        venue=s.r.choice(_VENUES),
        par=(par := s.P("local")),
        par2=par,
        kid=kid,
        kid2=kid,
        bd=_athlete_bd(s),
    )


def _e_indigenous(b: _Builder, s: _Src) -> None:
    b.f(
        "選手基本資料\n姓名：{p}\n族別：{tribe}\n出生日期：{bd}\n身分證統一編號：{id}\n"
        "就讀學校：{school}\n項目：{sport}\n監護人：{g}　電話：{ph}\n戶籍地址：{addr}",
        p=s.P("indigenous"),
        tribe=s.r.choice(_TRIBES),
        bd=_athlete_bd(s),
        id=s.ID(),
        school=s.r.choice(_SCHOOLS),
        sport=s.r.choice(_SPORTS),
        g=s.P(s.c("indigenous|local")),
        ph=s.PH(),
        addr=s.ADDR(s.c("花蓮縣|臺東縣|屏東縣|南投縣|新竹縣")),
    )


def _e_card(b: _Builder, s: _Src) -> None:
    b.f(
        "保費代扣授權書\n持卡人：{p}\n信用卡號：{cc}\n有效期限：{mm}/{yy}\n"
        "被保險人（選手）：{ath}，身分證字號{id}\n扣款金額：每年新臺幣{amt}元\n"
        "持卡人簽名：＿＿＿＿　日期：{day}",
        p=s.P("local"),
        cc=s.CC(),
        mm=f"{s.r.randint(1, 12):02d}",
        yy=str(s.r.randint(26, 31)),
        ath=s.P("local"),
        id=s.ID(),
        amt=s.money(600, 3600, 10),
        day=s.day(),
    )


def _e_coach(b: _Builder, s: _Src) -> None:
    name, nat, kind = s.foreign()
    b.f(
        "外籍教練{lat}（{nat}籍，居留證{arc}，護照{pp}）自{day}起擔任{school}{sport}隊"
        "助理教練，已投保運動傷害保險；英文窗口E-mail：{mail}，手機{mob}。",
        lat=name,
        nat=nat,
        arc=s.ARC(),
        pp=s.PASS(kind),
        day=s.day(),
        school=s.r.choice(_SCHOOLS),
        sport=s.r.choice(_SPORTS),
        mail=s.MAIL(),
        mob=s.MOB(),
    )


def _e_nhi_csv(b: _Builder, s: _Src) -> None:
    sep = s.c(",|\t|；")
    b.text(sep.join(("姓名", "出生日期", "健保卡號", "身分證字號", "血型")) + "\n")
    for _ in range(s.r.randint(2, 4)):
        b.value(*s.P(s.c("local|indigenous")))
        b.text(sep)
        b.value(*_athlete_bd(s))
        b.text(sep)
        b.value(*s.NHI())
        b.text(sep)
        b.value(*s.ID())
        b.text(sep + s.c("A|B|O|AB") + "\n")


def _e_neg_notice(b: _Builder, s: _Src) -> None:
    d2, d1 = s.days()
    b.f(
        "{y}年全國中等學校運動會{sport}項目選拔賽，訂於{day}假{venue}舉行，報名至{day2}"
        "截止，報名費每隊新臺幣{amt}元。依國民體育法第{a}條，參賽選手應投保傷害保險，"
        "保額不得低於新臺幣{sum}萬元。",
        y=s.roc_year(),
        sport=s.r.choice(_SPORTS),
        day=d1,
        venue=s.r.choice(_VENUES),
        day2=d2,
        amt=s.money(500, 3000, 100),
        a=s.c("20|24|32"),
        sum=s.c("100|200|300"),
    )


def _e_neg_policy(b: _Builder, s: _Src) -> None:
    d1, d2 = s.days()
    b.f(
        "承保公司：{co}（統一編號{ban}）\n保單號碼：{pol}\n保險期間：{day}至{day2}\n"
        "每人身故及失能保額新臺幣{a}萬元、傷害醫療實支實付{b_}萬元，"
        "保費由{unit}編列預算支應，核定文號{doc}。",
        co=s.c("富邦產物保險股份有限公司|新光產物保險股份有限公司|國泰世紀產物保險股份有限公司"),
        ban=s.ban(),
        pol=f"{s.roc_year()}-GPA-{_digits(s.r, 6)}",
        day=d1,
        day2=d2,
        a=s.c("100|200|300"),
        b_=s.c("3|5|10"),
        unit=s.c("教育部體育署|本市體育局|中華民國田徑協會"),
        doc=s.wide_maybe(s.docno(s.c("臺教體署競|北市體運|中市運"))),
    )


def _e_neg_scores(b: _Builder, s: _Src) -> None:
    b.text(s.c("男子組100公尺決賽|女子組跳遠決賽|男子組鉛球決賽") + "\n")
    for place in "一二三四":
        b.text(f"第{place}名\t{s.r.choice(_SCHOOLS)}\t{s.r.uniform(10.5, 14.5):.2f}\n")
    b.text(f"大會紀錄：{s.r.uniform(10.2, 10.6):.2f}（{s.r.randint(95, 112)}年）")


def _e_neg_procure(b: _Builder, s: _Src) -> None:
    b.f(
        "採購案號{case}：{sport}隊裝備，ASICS排球鞋{n}雙、MIZUNO比賽服{m}套、"
        "Molten比賽用球{k}顆；得標廠商{co}（統一編號{ban}），決標金額新臺幣{amt}元，"
        "{day}驗收完畢。",
        case=s.caseno("體"),
        sport=s.r.choice(_SPORTS),
        n=str(s.r.randint(10, 40)),
        m=str(s.r.randint(10, 40)),
        k=str(s.r.randint(6, 30)),
        co=s.c("洪記體育用品社|林記運動器材有限公司|高昇體育用品股份有限公司"),
        ban=s.ban(),
        amt=s.money(30000, 480000, 10),
        day=s.day(),
    )


_E_POS: list[Template] = [
    _e_roster, _e_results, _e_email, _e_line, _e_indigenous, _e_card, _e_coach, _e_nhi_csv,
]  # fmt: skip
_E_NEG: list[Template] = [_e_neg_notice, _e_neg_policy, _e_neg_scores, _e_neg_procure]


# ---------------------------------------------------------------------------------------------
# Genre 6: 村里長急難救助轉介 (village chiefs' emergency-aid referrals)
# ---------------------------------------------------------------------------------------------

_REASONS = (
    "負家庭主要生計責任者中風住院，無力負擔醫療費用|住家火災，家當全毀|遭資遣後積欠房租三個月|"
    "颱風致屋頂毀損，暫無處所|配偶驟逝，喪葬費無著|子女罹患重病，需長期往返醫院|"
    "車禍受傷無法工作，家中兩名幼兒"
)
_PROGRAMS = ["急難救助金", "馬上關懷專案", "實物銀行物資", "以工代賑", "法律扶助轉介"]


def _f_form(b: _Builder, s: _Src) -> None:
    county = s.county()
    b.f(
        "急難救助轉介單\n轉介單位：{dist}{vil}{suffix}辦公處　{suffix2}長：{chief}\n"
        "個案姓名：{p}　性別：{sex}\n出生日期：{bd}\n身分證字號：{id}\n戶籍地址：{addr}\n"
        "聯絡電話：{ph}\n轉介事由：{reason}\n轉介日期：{day}",
        dist=s.district(county),
        vil=s.village(),
        suffix=(suffix := s.c("里|里|村")),
        suffix2=suffix,
        chief=s.P("local"),
        p=s.P("local"),
        sex=(sex := s.c("男|女")),
        bd=s.BD(1930, 1995),
        id=s.ID("1" if sex == "男" else "2"),
        addr=s.ADDR(county),
        ph=s.TEL(county) if s.chance(0.4) else s.MOB(),
        reason=s.c(_REASONS),
        day=s.day(),
    )


def _f_line(b: _Builder, s: _Src) -> None:
    chief = s.P("local")
    name, nat, _ = s.foreign()
    sw = s.P("han")
    b.f(
        "{chief}里長：社工您好，我們里的{p}阿伯（{bd}生）上禮拜中風住院，家裡只剩他太太{wife}，"
        "是{nat}來的，國語不太會講。她的居留證{arc}，手機{mob}，住{addr}，"
        "麻煩幫忙看看有沒有急難救助可以申請🙏\n"
        "社工{sw}：里長好，收到，我明天先打給她，再約家訪時間\n"
        "{chief2}里長：感恩啦👍",
        chief=chief,
        chief2=chief,
        p=s.P("han"),
        bd=s.BD(1940, 1975, 0.1),
        wife=name,
        nat=nat,
        arc=s.ARC(),
        mob=s.MOB(),
        addr=s.ADDR(),
        sw=sw,
    )


def _f_log(b: _Builder, s: _Src) -> None:
    b.f(
        "{day} 接{vil}里{chief}里長轉介。案主{p}（{id}，{bd}生），{reason}。"
        "已於{day2}家訪，案主與{rel}{p2}同住，月收入約{amt}元，擬申請{prog}。",
        day=s.day(),
        vil=s.village(),
        chief=s.P("local"),
        p=s.P("local"),
        id=s.ID(),
        bd=s.BD(1935, 1998, 0.15),
        reason=s.c(_REASONS),
        day2=s.day(),
        rel=s.c("女兒|兒子|孫子|配偶|弟弟"),
        p2=s.P("local"),
        amt=s.money(0, 26000, 500),
        prog=s.r.choice(_PROGRAMS),
    )


def _f_call(b: _Builder, s: _Src) -> None:
    b.f(
        "來電：{vil}里里長{chief}\n「社工喔？我跟你講，我們這邊{p}他家昨天晚上火燒厝，"
        "人是沒怎樣啦，可是什麼都沒了。他身分證我有抄，{id}，電話{mob}，"
        "現在暫住他女兒{p2}那邊，{addr}。」\n處理：{day}派員訪視，先發放實物銀行物資。",
        vil=s.village(),
        chief=s.P("local"),
        p=s.P("local"),
        id=s.ID(),
        mob=s.MOB(),
        p2=s.P("any"),
        addr=s.ADDR(),
        day=s.day(),
    )


def _f_table(b: _Builder, s: _Src) -> None:
    sep = s.c(",|\t|｜")
    b.f(
        "{vil}里 {y}年{m}月 轉介個案彙整\n",
        vil=s.village(),
        y=s.roc_year(),
        m=str(s.r.randint(1, 12)),
    )
    b.text(sep.join(("編號", "姓名", "出生日期", "健保卡號", "需求")) + "\n")
    for i in range(1, s.r.randint(3, 5)):
        b.text(f"{i}{sep}")
        b.value(*s.P("any"))
        b.text(sep)
        b.value(*s.BD(1930, 2000))
        b.text(sep)
        b.value(*s.NHI())
        b.text(sep + s.c("醫療補助|喪葬補助|生活扶助|房租|物資") + "\n")


def _f_gongwen(b: _Builder, s: _Src) -> None:
    p = s.P("local")
    b.f(
        "主旨：轉介本里{kind}{p}君急難救助需求，請惠予協助。\n說明：\n"
        "一、{p2}君（{bd}生，身分證統一編號{id}）設籍本里{addr}，因{reason}，生活陷困。\n"
        "二、聯絡人：{contact}（{rel}），電話{ph}。\n三、本案經里長{chief}實地訪視屬實。",
        kind=s.c("低收入戶|中低收入戶|獨居長者|"),
        p=p,
        p2=p,
        bd=s.BD(1932, 1990, 0.05),
        id=s.ID(),
        addr=s.ADDR(),
        reason=s.c(_REASONS),
        contact=s.P("local"),
        rel=s.c("女兒|兒子|姪子|鄰居"),
        ph=s.PH(),
        chief=s.P("local"),
    )


def _f_english(b: _Builder, s: _Src) -> None:
    name, nat, kind = s.foreign()
    b.f(
        "Case: {fs} ({nat}籍配偶), ARC {arc}, passport {pp}, tel {mob}.\n"
        "Husband {h} passed away on {day}. 里長 {chief} 轉介, need 急難救助 + 法律扶助.\n"
        "Kids: {k1} (DOB {bd1}), {k2} (DOB {bd2}). Home: {addr}",
        fs=name,
        nat=nat,
        arc=s.ARC(),
        pp=s.PASS(kind),
        mob=s.MOB(),
        h=s.P("han"),
        day=s.day(0.7),
        chief=s.P("local"),
        k1=s.P("child"),
        bd1=s.BD(2010, 2020, 0.8),
        k2=s.P("child"),
        bd2=s.BD(2010, 2020, 0.8),
        addr=s.ADDR(),
    )


def _f_neg_law(b: _Builder, s: _Src) -> None:
    b.f(
        "依社會救助法第21條規定，戶內人口死亡無力殮葬、負家庭生計主要責任者罹患重病、"
        "失業或因其他原因無法工作致生活陷困者，得檢具事證申請急難救助。{unit}急難救助"
        "每人每次最高新臺幣{amt}元，同一事由以一次為限（{day}修正，{doc}）。",
        unit=s.c("本市|本縣|本府"),
        amt=s.c("1萬|2萬|3萬|5萬"),
        day=s.roc_day(),
        doc=s.wide_maybe(s.docno(s.c("府社助|北市社助|高市社救"))),
    )


def _f_neg_notice(b: _Builder, s: _Src) -> None:
    d1, d2 = s.days()
    b.f(
        "{vil}里辦公處公告：本里{day}颱風災損，請受災戶於{day2}前攜帶相片及損壞證明至"
        "里辦公處（{road}活動中心一樓）登記；{note}。聯絡專線1999，市民熱線全天服務。",
        vil=s.village(),
        day=d1,
        day2=d2,
        road=s.road(),
        note=s.c(
            "林務局將協助清運倒木|高壓電線掉落請勿靠近|黃昏市場週三照常營業|"
            "石門水庫洩洪期間請勿靠近溪邊"
        ),
    )


def _f_neg_stats(b: _Builder, s: _Src) -> None:
    b.f(
        "{y}年度{dist}急難救助核定{n}件，金額計新臺幣{amt}元，其中以傷病（{a}件）、"
        "失業（{b_}件）、火災（{c}件）為主；轉介來源以村里長（{d}%）及醫院社工室居多。",
        y=s.roc_year(),
        dist=s.c("信義區|新營區|花蓮市|員林市|吉安鄉|三峽區"),
        n=str(s.r.randint(60, 800)),
        amt=s.money(400000, 9000000, 1000),
        a=str(s.r.randint(10, 200)),
        b_=str(s.r.randint(10, 150)),
        c=str(s.r.randint(1, 40)),
        d=str(s.r.randint(25, 70)),
    )


def _f_neg_goods(b: _Builder, s: _Src) -> None:
    b.f(
        "本里物資站本週收到白米{a}包、罐頭{k}罐、衛生紙{c}串，由{co}（統一編號{ban}）捐贈，"
        "另{temple}捐助新臺幣{amt}元。發放對象以里長訪視列冊之獨居長者為優先，"
        "{day}上午9時起於{road}活動中心發放。",
        a=str(s.r.randint(10, 120)),
        k=str(s.r.randint(20, 300)),
        c=str(s.r.randint(10, 80)),
        co=s.c("全聯福利中心|好鄰居食品股份有限公司|石安牧場股份有限公司|連記米行"),
        ban=s.ban(),
        temple=s.c("福德宮|王爺廟管理委員會|媽祖廟|周氏宗親會"),
        amt=s.money(5000, 80000, 1000),
        day=s.day(),
        road=s.road(),
    )


_F_POS: list[Template] = [
    _f_form, _f_line, _f_log, _f_call, _f_table, _f_gongwen, _f_english,
]  # fmt: skip
_F_NEG: list[Template] = [_f_neg_law, _f_neg_notice, _f_neg_stats, _f_neg_goods]

_GENRES: tuple[tuple[list[Template], list[Template]], ...] = (
    (_A_POS, _A_NEG),
    (_B_POS, _B_NEG),
    (_C_POS, _C_NEG),
    (_D_POS, _D_NEG),
    (_E_POS, _E_NEG),
    (_F_POS, _F_NEG),
)


# ---------------------------------------------------------------------------------------------
# Consistency guard and the generator
# ---------------------------------------------------------------------------------------------

_ID_SHAPE = re.compile(r"(?=([A-Z][A-Z0-9]\d{8}))")
_CARD_SHAPE = re.compile(r"(?<!\d)\d(?:[ \-]?\d){12,18}(?!\d)")
_EMAIL_SHAPE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_MOBILE_SHAPE = re.compile(r"(?<!\d)(?:\+886[\s\-]?|0)9\d{2}[\s\-]?\d{3}[\s\-]?\d{3}(?!\d)")


def _unlabelled_values(sample: Sample) -> bool:
    """Whether an identifier-shaped valid value lies outside the gold spans.

    Distractors (plates, case and document numbers) are random, so a draw can by chance form a
    valid ID or card number; such a draw is discarded and the template is drawn again.
    """
    norm = "".join(
        n if len(n := unicodedata.normalize("NFKC", c).upper()) == 1 else c for c in sample.text
    )

    def outside(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e, _ in sample.spans)

    for m in _ID_SHAPE.finditer(norm):
        v = m.group(1)
        if (twid.is_valid(v) or arc.is_valid(v)) and outside(m.start(), m.start() + 10):
            return True
    for m in _CARD_SHAPE.finditer(norm):
        if creditcard.is_valid(m.group()) and outside(m.start(), m.end()):
            return True
    if any(outside(m.start(), m.end()) for m in _EMAIL_SHAPE.finditer(norm)):
        return True
    if sample.hard_negative:
        return any(phone.is_mobile(m.group()) for m in _MOBILE_SHAPE.finditer(norm))
    return False


def generate_heldout64(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the known-name list."""
    r = random.Random(f"heldout64:{seed}")
    names = _Names(r, n)
    src = _Src(r, names)
    samples: list[Sample] = []
    while len(samples) < n:
        negative = r.random() < _NEGATIVE_SHARE
        positives, negatives = r.choice(_GENRES)
        template = r.choice(negatives if negative else positives)
        builder = _Builder(r, names.listed_set)
        src.used.clear()
        template(builder, src)
        sample = builder.sample(negative)
        if _unlabelled_values(sample) or (not negative and not sample.spans):
            continue
        samples.append(sample)
    return samples, list(names.listed)
