# ruff: noqa: E501
"""Held-out set 31: synthetic agency free text with gold personal-data spans.

Genres: prison / detention-centre visit registrations, public-transport lost-property and
fare-dispute logs, township senior-citizen allowance rolls, hospital organ-donation consent
records, polling-station incident logs and youth employment-counselling case notes.

Every value is invented; structured values are made valid with the project's checksum
helpers. About a quarter of the samples are hard negatives holding only public or
non-personal look-alikes (document numbers, case numbers, company BANs, statute articles,
amounts, ordinary dates, place, organisation and product names).
"""

import random
import re
import unicodedata

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

__all__ = ["generate_heldout31"]

_DIGITS = "0123456789"
_FW = {
    c: chr(ord(c) + 0xFEE0)
    for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-@.()+#/"
}
_CN_DIGIT = "〇一二三四五六七八九"

# ---------------------------------------------------------------- names (invented lists)

_SURNAMES_1 = list(
    dict.fromkeys(
        "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余"
        "盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀姚連馮歐程湯黎田康姜白"
        "汪鄒尤巫鐘涂龔嚴韓袁金童陸夏柳凃邵錢伍倪溫于譚駱熊任甘秦顧毛章史官萬俞雷粘饒闕凌崔"
        "尹孔辛武辜麥易殷褚塗練利莫鄞鄔喬郝聶樊符滕苗時寇岳祁覃邢花商左言冉全靳單晏繆仇蒲戚"
        "冷卜鮑蘭雲應車包牛穆宮衛龍談盛閻屈匡艾房桂郎葛蒙"
    )
)
_SURNAMES_2 = [
    "歐陽", "張簡", "司徒", "范姜", "上官", "諸葛", "司馬", "東方", "夏侯", "皇甫", "慕容",
    "端木", "長孫", "公孫", "令狐", "鍾離",
]  # fmt: skip
_MALE_GIVEN = [
    "志明",
    "建宏",
    "俊傑",
    "家豪",
    "冠宇",
    "承恩",
    "宗翰",
    "柏翰",
    "彥廷",
    "品睿",
    "宇軒",
    "子豪",
    "哲瑋",
    "振宇",
    "文雄",
    "國華",
    "明德",
    "正雄",
    "永福",
    "金龍",
    "清風",
    "榮發",
    "耀宗",
    "信宏",
    "育誠",
    "孟哲",
    "景文",
    "嘉偉",
    "志偉",
    "士傑",
    "宏銘",
    "俊宏",
    "偉倫",
    "政勳",
    "昱廷",
    "睿恩",
    "柏宇",
    "宥辰",
    "博文",
    "世昌",
    "進財",
    "添丁",
    "火旺",
    "水木",
    "萬得",
    "阿土",
    "天賜",
    "秋雄",
    "東海",
    "順興",
    "茂松",
    "坤山",
    "慶隆",
    "立群",
    "韋誠",
    "聖凱",
    "泓毅",
    "紹齊",
    "昊天",
    "奕辰",
    "品澄",
    "定緯",
    "懷恩",
]
_FEMALE_GIVEN = [
    "淑芬",
    "美玲",
    "雅婷",
    "怡君",
    "佳穎",
    "欣怡",
    "詩涵",
    "宜蓁",
    "郁婷",
    "品妍",
    "子涵",
    "筱婷",
    "雅雯",
    "婉婷",
    "淑惠",
    "秀英",
    "美玉",
    "麗華",
    "玉蘭",
    "秀琴",
    "月娥",
    "阿滿",
    "碧霞",
    "素珍",
    "春嬌",
    "金蓮",
    "寶珠",
    "惠美",
    "麗卿",
    "淑貞",
    "佩珊",
    "思妤",
    "芷晴",
    "語彤",
    "亭妤",
    "沛瑜",
    "宜庭",
    "家瑜",
    "心怡",
    "瑞芬",
    "阿桃",
    "罔市",
    "招治",
    "玉燕",
    "秀鳳",
    "月雲",
    "翠娥",
    "彩霞",
    "幸子",
    "靜宜",
    "曉薇",
    "芸萱",
    "以晴",
    "若瑄",
    "貞儀",
    "婕妤",
    "苡安",
    "湘芸",
]
_MALE_A = "志建俊家冠承宗柏彥品宇子哲振文國明正永金清榮耀信育孟景嘉士宏偉政昱睿博世進天秋東順"
_MALE_B = "明宏傑豪宇恩翰廷睿軒瑋雄華德福龍風發宗誠哲文偉銘倫勳辰昌財賜山隆群凱毅齊鈞達仁賢"
_FEMALE_A = "淑美雅怡佳欣詩宜郁品筱婉秀麗玉月碧素春金寶惠佩思芷語亭沛家心瑞彩靜曉芸若貞婕湘"
_FEMALE_B = "芬玲婷君穎怡涵蓁妍雯惠英玉華蘭琴娥霞珍嬌蓮珠美卿貞珊妤晴彤瑜庭燕鳳雲儀薇萱安如"
_SINGLE_M = "偉傑強豪明翔凱宏勳彬誠斌剛鵬浩峰"
_SINGLE_F = "琳萍玲婷華瑩蓉芳娟敏蕾雯慧靜瑜媛"

_INDIG_HAN_1 = [
    "瓦旦",
    "尤幹",
    "比令",
    "巴奈",
    "伊萬",
    "撒韻",
    "馬耀",
    "拉娃",
    "達利",
    "古拉斯",
    "蘇米",
    "阿洛",
    "拉罕",
    "吉娃斯",
    "帕蓋",
    "烏杜",
]
_INDIG_HAN_2 = [
    "達道",
    "諾幹",
    "庫穗",
    "帖木",
    "巴萬",
    "谷木",
    "烏杰",
    "瓦歷斯",
    "尤命",
    "亞榮",
    "基漾",
    "沙力",
    "伊拜",
    "巴度",
    "瑪紹",
]
_INDIG_LAT_1 = [
    "Walis",
    "Yukan",
    "Pilin",
    "Panay",
    "Iwan",
    "Sayun",
    "Mayaw",
    "Lawa",
    "Tali",
    "Kolas",
    "Sumi",
    "Alo",
    "Lahuy",
    "Ciwas",
]
_INDIG_LAT_2 = [
    "Nokan",
    "Kusui",
    "Temu",
    "Pawan",
    "Ukah",
    "Yuming",
    "Icyang",
    "Sali",
    "Ipay",
    "Tanapima",
    "Batu",
    "Watan",
    "Kacaw",
]

_VN_LAT = (
    ["NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "VU", "DANG", "BUI", "DO", "HO", "NGO", "DUONG"],
    ["THI", "VAN", "DUC", "MINH", "NGOC", "THANH"],
    ["HOA", "LAN", "HUONG", "NHUNG", "TRANG", "DUNG", "HUNG", "TUAN", "LINH", "THAO", "MAI", "ANH"],
)
_VN_HAN = (
    ["阮", "陳", "黎", "范", "黃", "武", "鄧", "裴"],
    ["氏", "文"],
    ["香", "蘭", "玉", "紅", "秋", "雪", "英", "雄", "芳", "桃", "絨"],
)
_ID_LAT = (
    ["SITI", "SRI", "DEWI", "NUR", "AHMAD", "RINA", "YULI", "EKA", "WATI", "BUDI"],
    [
        "AMINAH",
        "RAHAYU",
        "LESTARI",
        "HANDAYANI",
        "SURYATI",
        "SANTOSO",
        "WULANDARI",
        "FITRIANI",
        "PRATAMA",
    ],
)
_ID_HAN = (
    ["西蒂", "絲麗", "黛薇", "努兒", "莉娜", "尤莉"],
    ["阿米娜", "拉哈友", "蕾絲塔莉", "蘇莉雅蒂", "翡翠雅妮"],
)
_PH_LAT = (
    [
        "MARIA",
        "JOY",
        "ROWENA",
        "MARK",
        "JOHN",
        "CHERRY",
        "MARICEL",
        "JENNIFER",
        "ROMMEL",
        "RICARDO",
    ],
    ["SANTOS", "REYES", "CRUZ", "BAUTISTA", "GARCIA", "MENDOZA", "VILLANUEVA", "RAMOS", "AQUINO"],
)
_PH_HAN = (
    ["瑪莉亞", "喬伊", "蘿維娜", "馬克", "雪莉", "珍妮佛"],
    ["桑托斯", "雷耶斯", "克魯茲", "包蒂斯塔", "賈西亞"],
)
_TH_LAT = (
    ["SOMCHAI", "NATTAPORN", "SOMSAK", "PRANEE", "WICHAI", "SUDA", "KANYA", "ANUCHA"],
    ["SAELIM", "SRISUK", "BOONMA", "KAEWKAN", "THONGDEE", "CHAIYAPORN", "SUKSAWAT"],
)
_TH_HAN = (
    ["頌猜", "娜達蓬", "宋薩", "巴妮", "威猜", "蘇妲"],
    ["塞林", "詩蘇", "汶瑪", "乾甘", "通迪"],
)

# ---------------------------------------------------------------- places

_CITIES = {
    "臺北市": "中正區 大安區 信義區 士林區 北投區 文山區 萬華區 內湖區",
    "新北市": "板橋區 三重區 中和區 新莊區 淡水區 三峽區 汐止區 樹林區",
    "桃園市": "桃園區 中壢區 平鎮區 八德區 龜山區 楊梅區 大溪區",
    "臺中市": "北屯區 西屯區 南屯區 豐原區 大里區 太平區 沙鹿區",
    "臺南市": "東區 北區 永康區 新營區 佳里區 善化區 麻豆區",
    "高雄市": "三民區 苓雅區 鳳山區 左營區 岡山區 旗山區 小港區",
    "基隆市": "仁愛區 信義區 七堵區 暖暖區",
    "新竹市": "東區 北區 香山區",
    "新竹縣": "竹北市 湖口鄉 關西鎮 竹東鎮 新埔鎮",
    "苗栗縣": "苗栗市 頭份市 竹南鎮 通霄鎮 公館鄉",
    "彰化縣": "彰化市 員林市 鹿港鎮 和美鎮 溪湖鎮 二林鎮",
    "南投縣": "南投市 草屯鎮 埔里鎮 竹山鎮 集集鎮",
    "雲林縣": "斗六市 虎尾鎮 西螺鎮 北港鎮 口湖鄉 麥寮鄉",
    "嘉義縣": "太保市 朴子市 民雄鄉 大林鎮 布袋鎮",
    "嘉義市": "東區 西區",
    "屏東縣": "屏東市 潮州鎮 東港鎮 萬丹鄉 內埔鄉 恆春鎮",
    "宜蘭縣": "宜蘭市 羅東鎮 蘇澳鎮 頭城鎮 冬山鄉",
    "花蓮縣": "花蓮市 吉安鄉 玉里鎮 壽豐鄉 光復鄉",
    "臺東縣": "臺東市 成功鎮 關山鎮 卑南鄉 太麻里鄉",
    "澎湖縣": "馬公市 湖西鄉 白沙鄉",
    "金門縣": "金城鎮 金湖鎮 金沙鎮",
}
_ROADS = [
    "中山路",
    "中正路",
    "民生路",
    "民權東路",
    "忠孝東路",
    "和平路",
    "復興路",
    "建國路",
    "成功路",
    "光復路",
    "自由路",
    "文化路",
    "信義路",
    "仁愛路",
    "中華路",
    "公園路",
    "博愛街",
    "南京東路",
    "三民路",
    "大同路",
    "永和街",
    "新生路",
    "福德街",
    "育英街",
    "崇德路",
    "中港路",
    "五福一路",
    "四維路",
    "林森路",
    "延平路",
    "環河街",
    "忠義街",
    "興南路",
    "保安街",
]
_VILLAGES = [
    "中興",
    "福興",
    "永安",
    "和平",
    "新庄",
    "頂厝",
    "後壁",
    "社皮",
    "大林",
    "東勢",
    "下崙",
    "溪底",
    "埔頂",
    "新興",
    "德安",
]
_CN_SEG = "一二三四五六七"

# ---------------------------------------------------------------- helpers


def _fw(s: str) -> str:
    """Full-width form of the ASCII letters, digits and punctuation in ``s``."""
    return "".join(_FW.get(c, c) for c in s)


def _rand_digits(r: random.Random, k: int) -> str:
    return "".join(r.choice(_DIGITS) for _ in range(k))


def _cn_num(n: int) -> str:
    """Chinese numeral for 1..99 (十, 二十三 ...)."""
    if n < 10:
        return _CN_DIGIT[n]
    tens, units = divmod(n, 10)
    head = "" if tens == 1 else _CN_DIGIT[tens]
    return head + "十" + (_CN_DIGIT[units] if units else "")


# ---------------------------------------------------------------- structured values


def _twid(r: random.Random) -> str:
    letter = r.choice(list(LETTER_CODES))
    body = r.choice("12") + _rand_digits(r, 7)
    return letter + body + id_check_digit(letter, body)


def _arc(r: random.Random) -> str:
    letter = r.choice(list(LETTER_CODES))
    if r.random() < 0.6:  # new form
        body = r.choice("89") + _rand_digits(r, 7)
        return letter + body + id_check_digit(letter, body)
    second = r.choice("ABCD")
    tail = _rand_digits(r, 7)
    check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
    return letter + second + tail + check


def _luhn_complete(prefix: str, length: int, r: random.Random) -> str:
    body = prefix + _rand_digits(r, length - len(prefix) - 1)
    for d in _DIGITS:
        if creditcard.luhn_ok(body + d):
            return body + d
    raise AssertionError("unreachable")


def _card(r: random.Random) -> str:
    kind = r.choice(["visa", "visa", "mc", "mc2", "jcb", "amex", "up"])
    if kind == "amex":
        n = _luhn_complete(r.choice(["34", "37"]), 15, r)
        sep = r.choice([" ", "-", ""])
        return sep.join((n[:4], n[4:10], n[10:]))
    prefix = {
        "visa": "4",
        "mc": "5" + r.choice("12345"),
        "mc2": "2" + r.choice("234567"),
        "jcb": "35" + r.choice("2345678"),
        "up": "62",
    }[kind]
    n = _luhn_complete(prefix, 16, r)
    sep = r.choice([" ", "-", "", " ", "-"])
    return sep.join(n[i : i + 4] for i in range(0, 16, 4))


def _mobile_number(r: random.Random) -> str:
    while True:
        n = "09" + r.choice("01235678") + _rand_digits(r, 7)
        if phone.is_valid(n):
            return n


_LANDLINE_PLANS = [
    ("02", 8, "2345678"), ("02", 8, "2"), ("03", 7, "3456789"), ("037", 6, "2345"),
    ("04", 8, "2"), ("04", 7, "78"), ("049", 7, "2"), ("05", 7, "2345"), ("06", 7, "2356"),
    ("07", 7, "23578"), ("08", 7, "7"), ("089", 6, "3"), ("082", 6, "3"), ("03", 7, "8"),
]  # fmt: skip


def _landline_number(r: random.Random) -> tuple[str, str]:
    area, size, first = r.choice(_LANDLINE_PLANS)
    local = ""
    for _ in range(60):
        local = r.choice(first) + _rand_digits(r, size - 1)
        if phone.is_valid(area + local):
            return area, local
    return area, local  # plausible by the numbering plan


def _split_local(local: str, r: random.Random, sep: str) -> str:
    if len(local) == 8:
        return local[:4] + sep + local[4:]
    if len(local) == 7 and r.random() < 0.5:
        return local[:3] + sep + local[3:]
    return local


def _phone(r: random.Random, kind: str | None = None) -> str:
    kind = kind or r.choice(["m", "m", "m", "l"])
    if kind == "m":
        n = _mobile_number(r)
        style = r.randrange(8)
        if style == 0:
            return n
        if style == 1:
            return f"{n[:4]}-{n[4:7]}-{n[7:]}"
        if style == 2:
            return f"{n[:4]} {n[4:7]} {n[7:]}"
        if style == 3:
            return f"{n[:4]}-{n[4:]}"
        if style == 4:
            return f"+886-{n[1:4]}-{n[4:7]}-{n[7:]}"
        if style == 5:
            return f"+886 {n[1:]}"
        if style == 6:
            return f"({n[:4]}){n[4:7]}-{n[7:]}"
        return f"{n[:4]}.{n[4:7]}.{n[7:]}"
    area, local = _landline_number(r)
    style = r.randrange(6)
    sep = r.choice(["-", "-", " ", ""])
    if style == 0:
        s = f"({area}){_split_local(local, r, sep)}"
    elif style == 1:
        s = f"{area}-{_split_local(local, r, sep)}"
    elif style == 2:
        s = f"{area} {_split_local(local, r, ' ')}"
    elif style == 3:
        s = area + local
    elif style == 4:
        s = f"+886-{area[1:]}-{_split_local(local, r, '-')}"
    else:
        s = f"({area}) {_split_local(local, r, '-')}"
    if r.random() < 0.3:
        ext = _rand_digits(r, r.choice([2, 3, 3, 4]))
        s += r.choice(
            [f" 分機{ext}", f"#{ext}", f" 轉{ext}", f" ext.{ext}", f"分機 {ext}", f" #{ext}"]
        )
    return s


def _email(r: random.Random) -> str:
    stems = [
        "mei",
        "ling",
        "yuting",
        "chen",
        "lin",
        "huang",
        "wang",
        "hsu",
        "cheng",
        "tsai",
        "ahui",
        "jason",
        "kevin",
        "amy",
        "vivian",
        "sunny",
        "jerry",
        "tina",
        "grace",
        "peggy",
        "tony",
        "yichun",
        "chiahao",
        "nguyen",
        "siti",
        "maria",
        "somchai",
        "walis",
        "panay",
    ]
    local = r.choice(stems)
    if r.random() < 0.6:
        local += r.choice(["", ".", "_"]) + r.choice(stems)
    if r.random() < 0.6:
        local += str(r.randint(1, 2009))
    domain = r.choice(
        [
            "gmail.com", "yahoo.com.tw", "hotmail.com", "msa.hinet.net", "outlook.com",
            "ms35.hinet.net", "pchome.com.tw", "icloud.com", "seed.net.tw", "livemail.tw",
        ]
    )  # fmt: skip
    return f"{local}@{domain}"


def _nhi(r: random.Random) -> str:
    n = "0000" + _rand_digits(r, 8) if r.random() < 0.7 else _rand_digits(r, 12)
    style = r.randrange(4)
    if style == 0:
        return n
    if style == 1:
        return f"{n[:4]} {n[4:8]} {n[8:]}"
    if style == 2:
        return f"{n[:4]}-{n[4:8]}-{n[8:]}"
    return f"{n[:6]} {n[6:]}"


def _passport(r: random.Random, nationality: str = "TW") -> str:
    if nationality == "TW":
        return r.choice("3") + _rand_digits(r, 8)
    if nationality == "VN":
        return r.choice("CBN") + _rand_digits(r, 7)
    if nationality == "ID":
        return r.choice("BCXA") + (
            _rand_digits(r, 7) if r.random() < 0.7 else " " + _rand_digits(r, 7)
        )
    if nationality == "PH":
        return r.choice(["P" + _rand_digits(r, 7) + r.choice("ABC"), "EC" + _rand_digits(r, 7)])
    return r.choice(["AA", "AB", "AC"]) + _rand_digits(r, 7)  # TH


def _address(r: random.Random) -> str:
    city = r.choice(list(_CITIES))
    dist = r.choice(_CITIES[city].split())
    if r.random() < 0.35:
        city = city.replace("臺", "台")
    num = r.randint(1, 520)
    parts = [city, dist]
    rural = dist.endswith(("鄉", "鎮")) and r.random() < 0.5
    if rural or r.random() < 0.2:
        parts.append(r.choice(_VILLAGES) + ("村" if dist.endswith("鄉") else "里"))
        if r.random() < 0.7:
            parts.append(f"{r.randint(1, 24)}鄰")
    if rural and r.random() < 0.4:
        parts.append(f"{r.choice(_VILLAGES)}{num}號")
    else:
        road = r.choice(_ROADS)
        parts.append(road)
        if r.random() < 0.4:
            parts.append(r.choice(_CN_SEG) + "段")
        if r.random() < 0.4:
            parts.append(f"{r.randint(1, 300)}巷")
            if r.random() < 0.3:
                parts.append(f"{r.randint(1, 40)}弄")
        house = f"{num}號"
        if r.random() < 0.15:
            house = f"{num}之{r.randint(1, 9)}號"
        parts.append(house)
        if r.random() < 0.45:
            floor = r.randint(2, 22)
            parts.append(r.choice([f"{floor}樓", f"{_cn_num(floor)}樓", f"{floor}F"]))
            if r.random() < 0.25:
                parts.append(f"之{r.randint(1, 9)}")
    text = "".join(parts)
    if r.random() < 0.25:
        code = str(r.randint(100, 983))
        text = r.choice([f"{code}{text}", f"({code}){text}", f"{code} {text}"])
    return text


def _birth_date(r: random.Random, lo: int = 1935, hi: int = 2008) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    roc = y - 1911
    style = r.randrange(11)
    if style == 0:
        return f"民國{roc}年{m}月{d}日"
    if style == 1:
        return f"{roc}年{m}月{d}日"
    if style == 2:
        return f"{roc:03d}/{m:02d}/{d:02d}"
    if style == 3:
        return f"{roc}.{m:02d}.{d:02d}"
    if style == 4:
        return f"{y}-{m:02d}-{d:02d}"
    if style == 5:
        return f"{y}/{m}/{d}"
    if style == 6:
        return f"{y}年{m}月{d}日"
    if style == 7:
        return f"民國{_cn_num(roc)}年{_cn_num(m)}月{_cn_num(d)}日"
    if style == 8:
        return f"{roc:03d}{m:02d}{d:02d}"
    if style == 9:
        return f"{y}.{m:02d}.{d:02d}"
    return f"{roc}/{m}/{d}"


# ---------------------------------------------------------------- look-alikes (not personal)

_AGENCIES = [
    "府授工",
    "府社老",
    "法矯",
    "矯署衛",
    "桃交",
    "北市交",
    "中市選",
    "衛部醫",
    "勞動發",
    "鄉社",
    "所總",
    "院醫",
]
_ORGS = [
    "臺北看守所",
    "臺中看守所",
    "屏東監獄",
    "法務部矯正署",
    "臺北捷運公司",
    "國光客運",
    "高雄捷運",
    "臺鐵局",
    "萬丹鄉公所",
    "口湖鄉公所",
    "衛生福利部",
    "臺大醫院",
    "中國醫藥大學附設醫院",
    "花蓮慈濟醫院",
    "中央選舉委員會",
    "新北市選舉委員會",
    "勞動部勞動力發展署",
    "青年職涯發展中心",
    "就業服務站",
]
_COMPANIES = [
    "統一超商股份有限公司",
    "全家便利商店股份有限公司",
    "林鳳營食品有限公司",
    "王品餐飲股份有限公司",
    "陳記蔬果行",
    "黃金海岸旅行社",
    "張貼廣告社",
    "李子園食品工業股份有限公司",
    "高鐵運輸股份有限公司",
    "吳郭魚養殖合作社",
    "周邊設計有限公司",
    "江南保全股份有限公司",
    "金牌印刷有限公司",
]
_WORDS = [
    "王牌",
    "林務局",
    "陳列架",
    "黃金週",
    "張貼",
    "李子",
    "吳郭魚",
    "周邊",
    "高鐵",
    "白米",
    "江湖",
    "何處",
    "方案",
    "金額",
    "石材",
    "馬達",
    "田埂",
    "朱紅色",
    "許可",
    "鄭重",
    "謝謝",
    "洪水",
    "曾經",
    "蘇打餅乾",
    "游泳池",
    "葉片",
    "簡章",
    "簡訊",
    "施工",
    "溫度",
    "莊園",
    "鍾愛",
    "楊桃",
    "康復",
    "安全帽",
    "連絡簿",
    "常態",
    "古蹟",
    "文件",
    "司法",
    "戴口罩",
    "包裹",
    "童年",
    "程序",
    "成功",
    "萬元",
    "紀錄",
    "雷雨",
    "錢包",
    "關閉",
    "歐元",
    "夏季",
    "官方",
    "丁字路口",
    "花蓮",
    "宋體字",
    "范本",
    "柯基犬",
    "華語",
]
_ITEMS = [
    "黑色長夾",
    "雨傘",
    "藍色後背包",
    "保溫瓶",
    "耳機",
    "筆記型電腦",
    "悠遊卡",
    "鑰匙串",
    "眼鏡",
    "外套",
    "安全帽",
    "行李箱",
    "帆布袋",
    "平板電腦",
    "手錶",
    "充電器",
]


def _doc_no(r: random.Random) -> str:
    return f"{r.choice(_AGENCIES)}字第{r.randint(111, 114)}{_rand_digits(r, 7)}號"


def _case_no(r: random.Random) -> str:
    y = r.randint(111, 114)
    return r.choice(
        [
            f"{y}-{r.choice('ABCLP')}-{_rand_digits(r, 6)}",
            f"LF{y}{r.randint(1, 12):02d}{_rand_digits(r, 4)}",
            f"第{y}{_rand_digits(r, 5)}號",
            f"{y}年度案字第{r.randint(1, 9999)}號",
            f"R{_rand_digits(r, 8)}",
        ]
    )


def _invoice(r: random.Random) -> str:
    return (
        r.choice("EFGHJKLMNQRSTUVWXYZ") + r.choice("EFGHJKLMNQRSTUVWXYZ") + "-" + _rand_digits(r, 8)
    )


def _ban(r: random.Random) -> str:
    while True:
        n = _rand_digits(r, 8)
        if ban.is_valid(n):
            return n


_LAWS = {
    "prison": ["羈押法", "監獄行刑法", "羈押法施行細則"],
    "transport": ["大眾捷運法", "鐵路法", "遺失物拾得辦法", "民法"],
    "senior": ["老人福利法", "中低收入老人生活津貼發給辦法", "社會救助法"],
    "organ": ["人體器官移植條例", "安寧緩和醫療條例", "醫療法"],
    "election": ["公職人員選舉罷免法", "投開票所工作人員遴派及講習辦法"],
    "youth": ["就業服務法", "職業訓練法", "個人資料保護法"],
}


def _statute(r: random.Random, genre: str) -> str:
    law = r.choice(_LAWS[genre])
    art = r.randint(1, 120)
    tail = r.choice(["", f"第{r.randint(1, 5)}項", f"第{r.randint(1, 3)}項第{r.randint(1, 6)}款"])
    return f"{law}第{art}條{tail}"


def _amount(r: random.Random) -> str:
    v = r.choice([r.randint(20, 900), r.randint(1000, 9000), r.randint(10000, 5000000)])
    return r.choice([f"新臺幣{v:,}元", f"{v:,}元", f"NT${v:,}", f"{v}元", f"新台幣 {v:,} 元"])


def _date(r: random.Random) -> str:
    y, m, d = r.randint(111, 114), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [f"{y}年{m}月{d}日", f"{y}.{m:02d}.{d:02d}", f"{y + 1911}/{m:02d}/{d:02d}", f"{m}/{d}"]
    )


def _time(r: random.Random) -> str:
    return (
        f"{r.randint(7, 21):02d}:{r.choice(['00', '05', '10', '15', '20', '30', '40', '45', '50'])}"
    )


# ---------------------------------------------------------------- the builder


class _Ctx:
    """Accumulates text and gold spans for one sample."""

    def __init__(self, r: random.Random, names: "_Names", fullwidth: float = 0.125):
        self.r = r
        self.names = names
        self.fullwidth = fullwidth
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []

    def t(self, *chunks: str) -> None:
        for c in chunks:
            self.parts.append(c)
            self.pos += len(c)

    def _span(self, value: str, label: str) -> None:
        self.spans.append((self.pos, self.pos + len(value), label))
        self.t(value)

    def person(self, kind: str | None = None) -> tuple[str, bool, str]:
        """Pick a person (name, known, gender) without writing it."""
        return self.names.pick(self.r, kind)

    def p(self, who: tuple[str, bool, str] | None = None, kind: str | None = None) -> tuple:
        who = who or self.person(kind)
        self.known.append(who[1])
        self._span(who[0], "PERSON")
        return who

    def v(self, label: str, value: str | None = None, **kw: object) -> None:
        r = self.r
        if value is None:
            maker = {
                "TW_NATIONAL_ID": _twid,
                "TW_RESIDENT_CERT": _arc,
                "PHONE": _phone,
                "EMAIL": _email,
                "ADDRESS": _address,
                "TW_NHI_CARD": _nhi,
                "PASSPORT": _passport,
                "CREDIT_CARD": _card,
                "BIRTH_DATE": _birth_date,
            }[label]
            value = maker(r, **kw)  # type: ignore[operator]
        if r.random() < self.fullwidth:
            value = _fw(value)
        self._span(value, label)

    def hon(self, who: tuple[str, bool, str]) -> str:
        if who[2] == "M":
            return self.r.choice(["先生", "先生", "君", ""])
        return self.r.choice(["小姐", "女士", "女士", ""])

    def text(self) -> str:
        return "".join(self.parts)


class _Names:
    """Name generation and the known-names list (an applicant-name column)."""

    def __init__(self, r: random.Random, n: int):
        size = max(24, n // 6)
        seen: dict[str, tuple[str, bool, str, str]] = {}
        while len(seen) < size:
            kind = self._kind(r)
            name, g = self._make(r, kind)
            seen.setdefault(name, (name, True, g, kind))
        entries = list(seen.values())
        cut = max(4, len(entries) // 4)
        self.never = entries[:cut]  # listed, never mentioned
        self.mentioned = entries[cut:]
        self.known_list = [e[0] for e in entries]
        r.shuffle(self.known_list)
        self.known_set = set(self.known_list)

    @staticmethod
    def _kind(r: random.Random) -> str:
        return r.choices(
            ["han", "compound", "married", "single", "indig", "foreign"], [60, 5, 7, 6, 9, 13]
        )[0]

    @staticmethod
    def _make(r: random.Random, kind: str) -> tuple[str, str]:
        g = r.choice("MF")
        if kind == "foreign":
            nat = r.choice(["VN", "ID", "PH", "TH"])
            latin = r.random() < 0.5
            if nat == "VN":
                a, b, c = _VN_LAT if latin else _VN_HAN
                mid = r.choice(b)
                g = "F" if mid in ("THI", "氏") else "M"
                return (
                    f"{r.choice(a)} {mid} {r.choice(c)}"
                    if latin
                    else r.choice(a) + mid + r.choice(c)
                ), g
            a, b = {"ID": _ID_LAT if latin else _ID_HAN, "PH": _PH_LAT if latin else _PH_HAN,
                    "TH": _TH_LAT if latin else _TH_HAN}[nat]  # fmt: skip
            name = f"{r.choice(a)} {r.choice(b)}" if latin else f"{r.choice(a)}·{r.choice(b)}"
            if latin and r.random() < 0.3:
                name = name.title()
            if not latin and r.random() < 0.4:
                name = name.replace("·", "")
            return name, g
        if kind == "indig":
            if r.random() < 0.6:
                return r.choice(_INDIG_HAN_1) + r.choice("‧·") + r.choice(_INDIG_HAN_2), g
            return f"{r.choice(_INDIG_LAT_1)} {r.choice(_INDIG_LAT_2)}", g
        given = _Names._given(r, g)
        if kind == "compound":
            return r.choice(_SURNAMES_2) + given, g
        if kind == "married":
            return r.choice(_SURNAMES_1) + r.choice(_SURNAMES_1) + _Names._given(r, "F"), "F"
        if kind == "single":
            return r.choice(_SURNAMES_1) + r.choice(_SINGLE_M if g == "M" else _SINGLE_F), g
        return r.choice(_SURNAMES_1) + given, g

    @staticmethod
    def _given(r: random.Random, g: str) -> str:
        if r.random() < 0.5:
            return r.choice(_MALE_GIVEN if g == "M" else _FEMALE_GIVEN)
        a, b = (_MALE_A, _MALE_B) if g == "M" else (_FEMALE_A, _FEMALE_B)
        return r.choice(a) + r.choice(b)

    def pick(self, r: random.Random, kind: str | None) -> tuple[str, bool, str]:
        if r.random() < 0.5:
            pool = [e for e in self.mentioned if kind is None or e[3] == kind]
            if pool:
                e = r.choice(pool)
                return e[0], True, e[2]
        kind = kind or self._kind(r)
        while True:
            name, g = self._make(r, kind)
            if name not in self.known_set and not any(
                name in k or k in name for k in self.known_list
            ):
                return name, False, g


# ---------------------------------------------------------------- genres: positives


def _prison(c: _Ctx) -> None:
    r = c.r
    shape = r.randrange(4)
    if shape == 0:  # form pasted as text
        c.t(f"{r.choice(['臺北看守所', '臺中看守所', '屏東監獄', '彰化看守所'])}接見登記表\n")
        c.t("接見日期：", _date(r), " ", _time(r), "\n收容人姓名：")
        c.p()
        c.t(f"（編號{r.randint(1000, 9999)}，{r.choice(['被告', '受刑人', '被收容人'])}）\n")
        c.t("接見人：")
        c.p()
        c.t(f"　關係：{r.choice(['母子', '配偶', '兄弟', '父女', '朋友', '姊弟', '律師'])}\n")
        c.t("身分證字號：")
        c.v("TW_NATIONAL_ID")
        c.t("\n出生日期：")
        c.v("BIRTH_DATE")
        c.t("\n聯絡電話：")
        c.v("PHONE")
        if r.random() < 0.6:
            c.t("\n戶籍地址：")
            c.v("ADDRESS")
        c.t(f"\n備註：{r.choice(['攜帶衣物二件送入', '依規定以電話接見', '寄入現金', '無'])}")
        if r.random() < 0.5:
            c.t("，已告知接見時間限制。")
    elif shape == 1:  # quick log
        c.t(f"{_date(r)} 第{r.randint(1, 12)}場 ")
        who = c.p()
        c.t(c.hon(who), r.choice(["申請接見", "來所會客", "預約視訊接見"]), "，對象為")
        c.p()
        c.t(r.choice(["（其子）", "（胞弟）", "（前夫）", "", "（同居人）"]), "，")
        c.t(r.choice(["驗證", "查核", "核對"]), "證號")
        c.v("TW_NATIONAL_ID")
        c.t(r.choice(["無誤", "相符", "OK"]), "。留存電話")
        c.v("PHONE")
        c.t("。")
    elif shape == 2:  # foreign visitor
        c.t("外籍人士接見紀錄\n")
        c.p(kind="foreign")
        c.t(r.choice(["，外籍", "", "（外籍配偶）", "，持居留證"]))
        c.t("，居留證號")
        c.v("TW_RESIDENT_CERT")
        if r.random() < 0.6:
            c.t("，護照號碼 ")
            c.v("PASSPORT", nationality=r.choice(["VN", "ID", "PH", "TH"]))
        c.t("。\n接見對象：收容人")
        c.p()
        c.t(f"，由翻譯人員協助，依{_statute(r, 'prison')}辦理。")
        if r.random() < 0.5:
            c.t("\n聯絡方式：")
            c.v("PHONE", kind="m")
    else:  # table
        c.t("序號\t接見人\t身分證號\t電話\t收容人\n")
        for i in range(r.randint(2, 4)):
            c.t(f"{i + 1}\t")
            c.p()
            c.t("\t")
            c.v("TW_NATIONAL_ID")
            c.t("\t")
            c.v("PHONE")
            c.t("\t")
            c.p()
            c.t("\n")
        c.t(f"登記人員：{r.choice(['戒護科', '總務科', '接見室'])} ")
        c.p()


def _transport(c: _Ctx) -> None:
    r = c.r
    shape = r.randrange(4)
    if shape == 0:  # lost property
        c.t(
            f"【遺失物登記】{_date(r)} {_time(r)} 於{r.choice(['板南線', '淡水信義線', '紅線', '國光客運1819', '區間車'])}"
        )
        c.t(f"拾得{r.choice(_ITEMS)}，經比對失主為")
        who = c.p()
        c.t(c.hon(who), "，")
        c.t(r.choice(["已電話通知", "以簡訊通知", "來電認領"]), "（")
        c.v("PHONE", kind="m")
        c.t("），")
        c.t(r.choice(["失主出示身分證", "核對身分證字號"]))
        c.v("TW_NATIONAL_ID")
        c.t(f"後領回，收據編號{_case_no(r)}。")
    elif shape == 1:  # fare dispute with refund to card
        c.t(f"票價爭議案 {_case_no(r)}\n旅客")
        who = c.p()
        c.t(
            c.hon(who),
            f"反映{r.choice(['重複扣款', '多扣票價', '刷卡付款未成功卻扣款'])}",
            _amount(r),
            "，",
        )
        c.t("要求退回至信用卡")
        c.v("CREDIT_CARD")
        c.t("。\n回覆信箱：")
        c.v("EMAIL")
        c.t("\n承辦：")
        c.p()
    elif shape == 2:  # transcribed speech
        c.t("來電紀錄：「我是")
        c.p()
        c.t(
            f"，昨天{r.choice(['在台北車站', '搭高鐵', '坐捷運', '在左營站'])}掉了{r.choice(_ITEMS)}，"
        )
        c.t("你們可以打")
        c.v("PHONE")
        c.t("找我，或寄到")
        c.v("EMAIL")
        c.t("。」已建檔，待查。")
        if r.random() < 0.5:
            c.t("\n住址：")
            c.v("ADDRESS")
    else:  # foreign passenger
        c.t(f"{_date(r)} 外籍旅客")
        c.p(kind="foreign")
        c.t(f"遺失{r.choice(_ITEMS)}，出示護照")
        c.v("PASSPORT", nationality=r.choice(["VN", "ID", "PH", "TH"]))
        c.t("登記；聯絡電話")
        c.v("PHONE", kind="m")
        c.t("，")
        c.t(r.choice(["由站務員", "值班站長", "服務台"]))
        c.p()
        c.t("受理。")


def _senior(c: _Ctx) -> None:
    r = c.r
    shape = r.randrange(3)
    if shape == 0:  # roll pasted as table
        c.t(
            f"{r.choice(['萬丹鄉', '口湖鄉', '關西鎮', '卑南鄉', '湖西鄉'])}公所 {r.randint(112, 114)}年度中低收入老人生活津貼名冊\n"
        )
        c.t("姓名｜身分證統一編號｜出生年月日｜戶籍地址\n")
        for _ in range(r.randint(1, 4)):
            c.p()
            c.t("｜")
            c.v("TW_NATIONAL_ID")
            c.t("｜")
            c.v("BIRTH_DATE", lo=1925, hi=1959)
            c.t("｜")
            c.v("ADDRESS")
            c.t("\n")
        c.t(f"核定文號：{_doc_no(r)}")
    elif shape == 1:  # note
        c.t("村幹事訪視：")
        who = c.p()
        c.t(
            r.choice(["阿嬤", "阿公", "長輩", "老先生", "老太太"])
            if r.random() < 0.5
            else c.hon(who)
        )
        c.t("（")
        c.v("BIRTH_DATE", lo=1925, hi=1959)
        c.t("生）獨居，由外籍看護")
        c.p(kind="foreign")
        c.t("照顧，看護居留證")
        c.v("TW_RESIDENT_CERT")
        c.t(f"。津貼每月{_amount(r)}撥入，")
        c.t("聯絡人為其女")
        c.p()
        c.t("，電話")
        c.v("PHONE")
        c.t("。")
    else:  # list with NHI
        c.t("敬老卡及健保補助申請（附件清冊）\n")
        for i in range(r.randint(1, 3)):
            c.t(f"{_cn_num(i + 1)}、")
            c.p()
            c.t("，健保卡號")
            c.v("TW_NHI_CARD")
            c.t("，住")
            c.v("ADDRESS")
            c.t("；\n")
        c.t(f"以上經{r.choice(['社會課', '民政課'])}初審符合{_statute(r, 'senior')}規定。")


def _organ(c: _Ctx) -> None:
    r = c.r
    shape = r.randrange(3)
    if shape == 0:
        c.t(
            f"{r.choice(['臺大醫院', '花蓮慈濟醫院', '中國醫藥大學附設醫院', '高雄長庚'])} 器官捐贈同意書（電子化登錄）\n"
        )
        c.t("捐贈者：")
        c.p()
        c.t("\n出生日期：")
        c.v("BIRTH_DATE")
        c.t("\n身分證統一編號：")
        c.v("TW_NATIONAL_ID")
        c.t("\n健保卡號：")
        c.v("TW_NHI_CARD")
        c.t(
            "\n同意捐贈項目：",
            "、".join(r.sample(["心臟", "肝臟", "腎臟", "眼角膜", "肺臟", "皮膚"], 3)),
        )
        c.t("\n法定代理人：")
        c.p()
        c.t(f"（{r.choice(['配偶', '父', '母', '長子', '長女'])}）電話：")
        c.v("PHONE")
        c.t("\n見證人：")
        c.p()
        c.t("、")
        c.p()
    elif shape == 1:
        c.t("社工紀錄：家屬")
        who = c.p()
        c.t(c.hon(who), f"於{_date(r)}簽署同意書，病人")
        c.p()
        c.t(f"（病歷號{_rand_digits(r, 7)}，健保卡")
        c.v("TW_NHI_CARD")
        c.t("）。家屬要求結果以電子郵件")
        c.v("EMAIL")
        c.t("通知，通訊地址")
        c.v("ADDRESS")
        c.t("。")
    else:
        c.t(f"器捐登錄更正：原登錄生日誤植為{_date(r)}，經")
        c.p()
        c.t("本人來電（")
        c.v("PHONE", kind="m")
        c.t("）更正為")
        c.v("BIRTH_DATE")
        c.t("，已於健保卡註記。")


def _election(c: _Ctx) -> None:
    r = c.r
    station = f"第{r.randint(1, 2100):04d}投開票所"
    shape = r.randrange(3)
    if shape == 0:
        c.t(f"{station}（{r.choice(['國小', '活動中心', '里辦公處'])}）事件紀錄\n{_time(r)} 選舉人")
        c.p()
        c.t("持身分證（")
        c.v("TW_NATIONAL_ID")
        c.t(f"）領票時發現選舉人名冊已有簽章，{r.choice(['經主任管理員', '經監察員'])}")
        c.p()
        c.t("確認後依規定處理並作成紀錄。")
    elif shape == 1:
        c.t(f"{_time(r)} ")
        c.p()
        c.t(r.choice(["在投票所內拍攝選票", "於投票所外大聲喧嘩", "領票後撕毀選票"]), "，")
        c.t("管理員")
        c.p()
        c.t("制止，已通報警方。當事人聯絡電話")
        c.v("PHONE")
        c.t("，住")
        c.v("ADDRESS")
        c.t(f"。（依{_statute(r, 'election')}）")
    else:
        c.t(f"{station}工作人員簽到：\n")
        for role in r.sample(["主任管理員", "管理員", "監察員", "警衛", "管理員"], r.randint(2, 4)):
            c.t(f"{role} ")
            c.p()
            c.t(" 手機 ")
            c.v("PHONE", kind="m")
            c.t("\n")
        c.t(f"投票人數{r.randint(300, 2500)}人，有效票{r.randint(300, 2400)}張。")


def _youth(c: _Ctx) -> None:
    r = c.r
    shape = r.randrange(4)
    if shape == 0:
        c.t("個案")
        c.p()
        c.t(f"，{r.choice(['大學畢業', '高職肄業', '碩士'])}，")
        c.v("BIRTH_DATE", lo=1994, hi=2008)
        c.t("出生，")
        c.t(f"希望從事{r.choice(['行政', '餐飲', '程式設計', '物流', '美髮'])}工作。")
        c.t("電話")
        c.v("PHONE", kind="m")
        c.t("，Email ")
        c.v("EMAIL")
        c.t("。\n就業服務員：")
        c.p()
    elif shape == 1:
        c.t(f"{_date(r)} 諮詢紀錄\n")
        c.p()
        c.t(f"表示想申請{r.choice(['澳洲', '紐西蘭', '日本', '加拿大'])}打工度假，已有護照（")
        c.v("PASSPORT")
        c.t("），詢問產業人才投資方案。")
        c.t(f"下次約{_date(r)}，地點為{r.choice(['青年職涯發展中心', '就業服務站'])}。")
        if r.random() < 0.5:
            c.t("\n寄送地址：")
            c.v("ADDRESS")
    elif shape == 2:
        c.t("【轉介單】\n姓名：")
        c.p()
        c.t("　身分證號：")
        c.v("TW_NATIONAL_ID")
        c.t("\n生日：")
        c.v("BIRTH_DATE", lo=1994, hi=2008)
        c.t("　手機：")
        c.v("PHONE", kind="m")
        c.t("\n住址：")
        c.v("ADDRESS")
        c.t("\n轉介單位：", r.choice(_ORGS), "　轉介人：")
        c.p()
    else:
        c.t("新住民子女就業輔導：")
        c.p()
        c.t("（母親為")
        c.p(kind="foreign")
        c.t("，居留證")
        c.v("TW_RESIDENT_CERT")
        c.t("）參加職訓課程，")
        c.t(r.choice(["課程費用以信用卡", "自付額刷卡"]))
        c.v("CREDIT_CARD")
        c.t(f"支付{_amount(r)}，待退費。")


# ---------------------------------------------------------------- genres: hard negatives


def _neg(c: _Ctx, genre: str) -> None:
    r = c.r
    w = (
        r.choice(["另有", "關於", "涉及", "請留意"])
        + r.choice(_WORDS)
        + r.choice(["相關事項詳附件", "部分另案處理", "事項依例辦理"])
    )
    if genre == "prison":
        c.t(
            r.choice(
                [
                    f"依{_statute(r, genre)}規定，{r.choice(_ORGS)}自{_date(r)}起調整接見時段，{w}相關事項另行公告。\n文號：{_doc_no(r)}",
                    f"接見室{r.randint(1, 9)}號{r.choice(['冷氣', '對講機', '錄音設備'])}故障，報修單{_case_no(r)}，廠商{r.choice(_COMPANIES)}（統一編號{_ban(r)}）估價{_amount(r)}。",
                    f"本週接見人次{r.randint(80, 900)}，視訊接見{r.randint(5, 200)}件，寄入物品{r.randint(10, 300)}件，{w}。",
                ]
            )
        )
    elif genre == "transport":
        c.t(
            r.choice(
                [
                    f"【遺失物登記】{_date(r)} {_time(r)} {r.choice(['南港站', '板橋站', '美麗島站', '新左營站'])}拾得{r.choice(_ITEMS)}一件，內無證件，移交遺失物中心，收據編號{_case_no(r)}。",
                    f"票價爭議案{_case_no(r)}：經查{r.choice(['閘門', '售票機'])}異常，依{_statute(r, genre)}退還差額{_amount(r)}，發票號碼{_invoice(r)}。",
                    f"{r.choice(_ORGS)}{_date(r)}公告：{w}期間部分列車改點，票價維持{_amount(r)}。",
                ]
            )
        )
    elif genre == "senior":
        c.t(
            r.choice(
                [
                    f"{r.choice(['萬丹鄉', '口湖鄉', '關西鎮'])}公所{r.randint(112, 114)}年度老人津貼核定{r.randint(100, 3000)}人，總經費{_amount(r)}，依{_doc_no(r)}函辦理。",
                    f"重陽敬老禮金發放：每人{_amount(r)}，{_date(r)}起於{r.choice(_VILLAGES)}村活動中心發放，{w}。",
                    f"採購{r.choice(['輪椅', '老花眼鏡', '紅豆麵包'])}，得標廠商{r.choice(_COMPANIES)}，統一編號{_ban(r)}，金額{_amount(r)}。",
                ]
            )
        )
    elif genre == "organ":
        c.t(
            r.choice(
                [
                    f"本院{_date(r)}召開器官勸募委員會，案號{_case_no(r)}，依{_statute(r, genre)}審議，{w}。",
                    f"器捐宣導活動於{r.choice(_ORGS)}舉行，經費{_amount(r)}，核銷文號{_doc_no(r)}。",
                    f"{r.randint(112, 114)}年第{r.randint(1, 4)}季：同意書登錄{r.randint(10, 900)}件，撤回{r.randint(0, 30)}件。",
                ]
            )
        )
    elif genre == "election":
        st = f"第{r.randint(1, 2100):04d}投開票所"
        c.t(
            r.choice(
                [
                    f"{st}於{_time(r)}開始投票，{_time(r)}發生停電，{w}，{_time(r)}復電，依{_statute(r, genre)}處理。",
                    f"{st}：選舉人數{r.randint(500, 3000)}，投票數{r.randint(300, 2000)}，{r.randint(1, 9)}號候選人得票{r.randint(50, 900)}。",
                    f"{r.choice(_ORGS)}函（{_doc_no(r)}）：投開票所工作人員講習於{_date(r)}舉行。",
                ]
            )
        )
    else:
        c.t(
            r.choice(
                [
                    f"青年就業旗艦計畫{r.randint(112, 114)}年度補助上限{_amount(r)}，申請期限{_date(r)}，依{_statute(r, genre)}辦理。",
                    f"徵才活動：{r.choice(_COMPANIES)}（統編{_ban(r)}）提供{r.randint(5, 80)}個職缺，月薪{_amount(r)}起，{w}。",
                    f"職訓課程「{r.choice(['咖啡調飲', '電商行銷', 'AI應用', '水電技術'])}」開課文號{_doc_no(r)}，報名案號{_case_no(r)}。",
                ]
            )
        )
    if r.random() < 0.4:
        c.t(
            "\n備註：",
            r.choice(_WORDS),
            r.choice(["一節已另行公告。", "部分請依原訂程序辦理。", "事項如有疑義請洽承辦課室。"]),
        )


_GENRES = {
    "prison": _prison,
    "transport": _transport,
    "senior": _senior,
    "organ": _organ,
    "election": _election,
    "youth": _youth,
}

# ---------------------------------------------------------------- safety net

_ID_WINDOW = re.compile(r"(?=([A-Z][0-9A-D][0-9]{8}))")
_DIGIT_RUN = re.compile(r"\d[\d \-]{10,}\d")
_MOBILE = re.compile(r"(?:\+886|(?<!\d)0)[\s\-]?9(?:[\s\-.()]?\d){8}(?!\d)")


def _stray_identifier(text: str, spans: list[tuple[int, int, str]]) -> bool:
    """Whether ``text`` holds a valid ID / certificate / card / e-mail / mobile outside spans."""
    chars = list(unicodedata.normalize("NFKC", text).upper())
    for s, e, _ in spans:
        chars[s:e] = "■" * (e - s)
    masked = "".join(chars)
    for m in _ID_WINDOW.finditer(masked):
        if twid.is_valid(m.group(1)) or arc.is_valid(m.group(1)):
            return True
    for m in _DIGIT_RUN.finditer(masked):
        if creditcard.is_valid(m.group(0)):
            return True
    return "@" in masked or any(phone.is_mobile(m.group(0)) for m in _MOBILE.finditer(masked))


# ---------------------------------------------------------------- entry point


def generate_heldout31(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (deterministic for ``seed``) and the known-names list."""
    r = random.Random(seed)
    names = _Names(r, n)
    genres = list(_GENRES)
    samples: list[Sample] = []
    while len(samples) < n:
        genre = r.choice(genres)
        c = _Ctx(r, names)
        if r.random() < 0.25:
            _neg(c, genre)
            text = c.text()
            if _stray_identifier(text, []):
                continue
            samples.append(Sample(text=text, spans=[], hard_negative=True, known_person=[]))
            continue
        _GENRES[genre](c)
        text = c.text()
        if len(unicodedata.normalize("NFKC", text)) != len(text) or _stray_identifier(
            text, c.spans
        ):
            continue
        samples.append(
            Sample(text=text, spans=list(c.spans), hard_negative=False, known_person=c.known)
        )
    return samples, list(names.known_list)
