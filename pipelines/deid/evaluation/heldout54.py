"""Held-out set 54: synthetic Taiwanese agency free text with gold personal-data spans.

Written without looking at the scanner. Genres: house-fire victim relief (火災救助) records,
overseas-study loan (留學貸款) applications with guarantors, clinic laboratory-report release
logs (檢驗報告), temple pilgrimage (進香團) bus rosters, mobile rural-clinic (巡迴醫療) visit
logs and consumer-debt clearance (消費者債務清理) court filings with creditor lists.

About a quarter of the samples are hard negatives holding only public or non-personal
look-alikes (document numbers, case numbers, companies' 統一編號, statute articles, amounts,
ordinary dates, place and organisation names, words starting with a surname character).
"""

import random
from collections.abc import Callable

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit
from pipelines.deid.identifiers.ban import checksum as ban_checksum

__all__ = ["generate_heldout54"]

_FW_RATE = 0.15  # share of structured values written in full-width forms
_NEGATIVE_RATE = 0.25

# --------------------------------------------------------------------------------------------
# Names (own lists)

_SURNAMES_COMMON = "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高"
_SURNAMES_OTHER = (
    "潘簡朱鍾游彭詹施胡沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董溫唐藍石蔣古紀"
    "姚連馮歐程湯黎田康姜汪白鄒尤巫鐘涂龔嚴韓袁金童陸夏柳凃邵錢伍倪于譚駱熊任甘秦顧毛章"
    "史官萬俞雷粘饒闕凌崔尹孔辛武辜陶段龍韋葛池孟褚殷麥賀賈莫管關包丘梅裴樊房佘左鮑岳蒲"
    "查練塗滕費穆鄞冉喬耿靳祝覃巴敖封戚郝幸卜蒙翟苗湛"
)
_SURNAMES_COMPOUND = [
    "歐陽", "張簡", "司徒", "諸葛", "上官", "范姜", "端木", "皇甫", "司馬", "夏侯",
    "公孫", "東方", "慕容", "令狐", "張廖", "簡林",
]  # fmt: skip
_GIVEN_1 = (
    "志俊建家冠宗承柏彥宇育庭怡雅佳淑美秀麗婉惠玉春金明國永清信正嘉品詩欣筱子郁靜心思孟昱哲振"
)
_GIVEN_2 = "明豪宏翰廷軒安成偉傑誠婷君芬玲珍華雯如萍慧蓉琪涵瑄恩妤萱儀樺綺穎蓁凱銘勳祥"
_GIVEN_OLD = [
    "罔市", "罔腰", "金枝", "玉蘭", "秀琴", "春嬌", "添丁", "進財", "火旺", "土水",
    "阿珠", "阿滿", "阿雪", "金水", "萬福", "來旺", "阿緞", "月娥", "碧霞", "寶珠",
    "素貞", "麗卿", "錦雲", "阿桃", "天送", "朝宗", "再興", "振發", "秋月", "梅英",
    "水木", "阿勸", "招治", "罔舍", "快治", "銀河", "金龍", "正雄", "文雄", "美滿",
]  # fmt: skip
_GIVEN_SINGLE = "萱蓁翔緯瑜婕妤彤昕瑄峻霖濬璇珩晞芃鈞琦昀勛琳薇嵐"

_INDIG_HAN_FIRST = [
    "瓦旦", "尤幹", "比令", "巴奈", "伊凡", "撒韻", "阿布", "拉娃", "達利", "馬躍",
    "夏曼", "希婻", "烏杜夫", "莎韻", "吉娃斯", "阿洛", "瓦歷斯", "尤瑪", "哈尤", "古拉斯",
]  # fmt: skip
_INDIG_HAN_LAST = [
    "達印", "諾幹", "母路", "瓦旦", "比吼", "巴紹", "卡造", "哈勇", "谷木", "撒沙勒",
    "伊斯瑪哈單", "達給斯", "嘎巴兒", "尤命", "拉飛",
]  # fmt: skip
_INDIG_ROM_FIRST = [
    "Walis", "Yuma", "Panay", "Lahuy", "Sayun", "Pisuy", "Ciwang", "Tiwa", "Sakinu",
    "Umav", "Dakis", "Yapit", "Kacaw", "Afo", "Ipay",
]  # fmt: skip
_INDIG_ROM_LAST = [
    "Nokan", "Tanapima", "Mulu", "Tali", "Pawan", "Hayung", "Istanda", "Lalin", "Tado",
    "Kilang", "Sawmah", "Yukan",
]  # fmt: skip

_VN_FAMILY = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Vo", "Dang", "Bui", "Do", "Ngo"]
_VN_MIDDLE = ["Thi", "Van", "Thi", "Duc", "Minh", "Ngoc", "Thi Thu"]
_VN_GIVEN = ["Lan", "Hoa", "Huong", "Mai", "Hung", "Tuan", "Thao", "Linh", "Nga", "Phuong"]
_VN_DIACRITIC = ["Nguyễn Thị Hoa", "Trần Văn Hùng", "Lê Thị Thu Hà", "Phạm Ngọc Ánh", "Đỗ Thị Yến"]
_VN_HAN_FAMILY = "阮陳黎范武吳裴杜胡鄧"
_VN_HAN_FEMALE = ["玉蘭", "秋香", "芳", "垂", "鸞", "秋", "雪梅", "鳳", "翠英", "紅"]
_VN_HAN_MALE = ["明俊", "雄", "俊", "德", "勇", "強", "光南"]
_ID_FIRST = ["Siti", "Dewi", "Sri", "Nur", "Rina", "Yuli", "Ani", "Tri", "Fitri", "Indah", "Agus"]
_ID_LAST = [
    "Aminah", "Lestari", "Wahyuni", "Hidayah", "Marlina", "Astuti", "Susanti", "Handayani",
    "Rahmawati", "Suryani", "Santoso", "Prasetyo", "Kurniawati",
]  # fmt: skip
_ID_MONONYM = ["Sulastri", "Suparmi", "Wartini", "Sumiyati", "Karsinah"]
_ID_HAN_FIRST = ["西蒂", "黛薇", "絲莉", "努兒", "莉娜", "尤莉", "菲特莉", "伊卡", "茵達"]
_ID_HAN_LAST = ["阿米娜", "雷斯塔莉", "瓦尤妮", "希達雅", "瑪莉娜", "阿斯圖蒂", "蘇莉亞妮"]
_PH_FIRST = [
    "Maria Cristina", "Rowena", "Jocelyn", "Marites", "Jose", "Mark Anthony", "Liza",
    "Analyn", "Rosalie", "Maricel", "Rodel",
]  # fmt: skip
_PH_LAST = [
    "Santos", "Reyes", "Dela Cruz", "Bautista", "Garcia", "Mendoza", "Villanueva",
    "Castillo", "Ramos", "Aquino", "Manalo",
]  # fmt: skip
_PH_HAN_FIRST = ["瑪莉亞", "羅薇娜", "喬瑟琳", "安娜琳", "羅莎莉"]
_PH_HAN_LAST = ["桑托斯", "雷耶斯", "德拉克魯茲", "包蒂斯塔", "曼多薩"]
_TH_FIRST = [
    "Somchai", "Nattaya", "Siriporn", "Somsak", "Kanya", "Wichai", "Ratana", "Pranee",
    "Anan", "Supaporn", "Thongchai", "Malee",
]  # fmt: skip
_TH_LAST = [
    "Saetang", "Boonmee", "Chaiyaphum", "Srisuk", "Wongsawat", "Phromma", "Kaewkhao",
    "Thongdee", "Intharat", "Sukprasert",
]  # fmt: skip
_TH_HAN_FIRST = ["宋猜", "娜塔雅", "詩莉蓬", "頌薩", "甘雅", "威猜"]
_TH_HAN_LAST = ["汶米", "賽堂", "詩素", "塔迪", "翁沙"]


def _dedupe(chars: str) -> list[str]:
    return list(dict.fromkeys(chars))


_SURNAMES = _dedupe(_SURNAMES_COMMON) + [
    s for s in _dedupe(_SURNAMES_OTHER) if s not in _SURNAMES_COMMON
]
_SURNAME_WEIGHTS = [6 if s in _SURNAMES_COMMON else 1 for s in _SURNAMES]


def _han_given(r: random.Random) -> str:
    x = r.random()
    if x < 0.12:
        return r.choice(_GIVEN_OLD)
    a, b = r.choice(_GIVEN_1), r.choice(_GIVEN_2)
    return a + b if a != b else a + r.choice(_GIVEN_2)


def _foreign_name(r: random.Random, nation: str) -> str:
    """A foreign resident's name, in Latin script or in Han transliteration."""
    latin = r.random() < 0.7
    if nation == "VN":
        if not latin:
            if r.random() < 0.7:
                given = "氏" + r.choice(_VN_HAN_FEMALE)
            else:
                given = "文" + r.choice(_VN_HAN_MALE)
            return r.choice(_VN_HAN_FAMILY) + given
        if r.random() < 0.25:
            return r.choice(_VN_DIACRITIC)
        name = " ".join((r.choice(_VN_FAMILY), r.choice(_VN_MIDDLE), r.choice(_VN_GIVEN)))
    elif nation == "ID":
        if not latin:
            return r.choice(_ID_HAN_FIRST) + r.choice("‧·") + r.choice(_ID_HAN_LAST)
        if r.random() < 0.2:
            return r.choice(_ID_MONONYM)
        name = r.choice(_ID_FIRST) + " " + r.choice(_ID_LAST)
    elif nation == "PH":
        if not latin:
            return r.choice(_PH_HAN_FIRST) + "‧" + r.choice(_PH_HAN_LAST)
        name = r.choice(_PH_FIRST) + " " + r.choice(_PH_LAST)
    else:
        if not latin:
            return r.choice(_TH_HAN_FIRST) + r.choice(["‧", ""]) + r.choice(_TH_HAN_LAST)
        name = r.choice(_TH_FIRST) + " " + r.choice(_TH_LAST)
    return name.upper() if r.random() < 0.2 else name


_NATIONS = ("VN", "ID", "PH", "TH")


def _make_name(r: random.Random) -> tuple[str, str]:
    """A fresh person's name and its kind (``TW`` or a foreign nation code)."""
    x = r.random()
    if x < 0.64:
        return r.choices(_SURNAMES, _SURNAME_WEIGHTS)[0] + _han_given(r), "TW"
    if x < 0.70:
        return r.choices(_SURNAMES, _SURNAME_WEIGHTS)[0] + r.choice(_GIVEN_SINGLE), "TW"
    if x < 0.75:
        return r.choice(_SURNAMES_COMPOUND) + _han_given(r), "TW"
    if x < 0.80:  # 冠夫姓: husband's surname before her own full name
        husband, own = r.sample(_SURNAMES[:40], 2)
        return husband + own + _han_given(r), "TW"
    if x < 0.845:
        dot = r.choice(["‧", "·", "‧"])
        return r.choice(_INDIG_HAN_FIRST) + dot + r.choice(_INDIG_HAN_LAST), "TW"
    if x < 0.88:
        return r.choice(_INDIG_ROM_FIRST) + " " + r.choice(_INDIG_ROM_LAST), "TW"
    nation = r.choice(_NATIONS)
    return _foreign_name(r, nation), nation


# --------------------------------------------------------------------------------------------
# Structured values

_FW_TABLE = {c: chr(ord(c) + 0xFEE0) for c in map(chr, range(0x21, 0x7F))}


def _fullwidth(s: str) -> str:
    return "".join(_FW_TABLE.get(c, "\u3000" if c == " " else c) for c in s)


def _digits(r: random.Random, k: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(k))


def _twid_value(r: random.Random) -> str:
    letter = r.choice(list(LETTER_CODES))
    body = r.choice("12") + _digits(r, 7)
    return letter + body + id_check_digit(letter, body)


def _arc_value(r: random.Random) -> str:
    letter = r.choice(list(LETTER_CODES))
    if r.random() < 0.6:
        body = r.choice("89") + _digits(r, 7)
        return letter + body + id_check_digit(letter, body)
    second = r.choice("ABCD")
    tail = _digits(r, 7)
    check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
    return letter + second + tail + check


def _luhn_complete(body: str) -> str:
    for d in "0123456789":
        if creditcard.luhn_ok(body + d):
            return body + d
    raise AssertionError("unreachable")


def _card_value(r: random.Random) -> str:
    kind = r.choice(["visa", "visa", "master", "master", "jcb", "jcb", "amex", "union", "m2"])
    if kind == "visa":
        body, length = "4" + _digits(r, 5), 16
    elif kind == "master":
        body, length = "5" + r.choice("12345") + _digits(r, 4), 16
    elif kind == "m2":
        body, length = "22" + r.choice("3456789") + _digits(r, 3), 16
    elif kind == "jcb":
        body, length = "35" + str(r.randint(28, 89)) + _digits(r, 2), 16
    elif kind == "amex":
        body, length = r.choice(["34", "37"]) + _digits(r, 4), 15
    else:
        body, length = "62" + _digits(r, 4), 16
    number = _luhn_complete(body + _digits(r, length - len(body) - 1))
    style = r.random()
    if length == 15:
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i : i + 4] for i in range(0, 16, 4)]
    if style < 0.45:
        return " ".join(groups)
    if style < 0.85:
        return "-".join(groups)
    return number


_MOBILE_STYLES = [
    "{a}{b}{c}", "{a}-{b}-{c}", "{a}-{b}{c}", "{a} {b} {c}", "{a}.{b}.{c}",
    "+886-{a1}-{b}-{c}", "+886 {a1} {b} {c}", "+886{a1}{b}{c}", "({a}){b}-{c}", "{a}-{b} {c}",
]  # fmt: skip

# (area code without 0, local length, first-digit choices) for landlines.
_AREAS = [
    ("2", 8, "23456789"), ("2", 8, "2"), ("3", 7, "3456789"), ("37", 6, "23456"),
    ("4", 8, "2"), ("4", 7, "78"), ("49", 7, "2"), ("5", 7, "2357"), ("6", 7, "2356"),
    ("7", 7, "3567"), ("8", 7, "7"), ("89", 6, "3"), ("82", 6, "3"), ("836", 5, "2"),
]  # fmt: skip


def _mobile_value(r: random.Random) -> str:
    while True:
        number = "09" + r.choice("012345678") + _digits(r, 7)
        if phone.is_valid(number):
            break
    a, b, c = number[:4], number[4:7], number[7:]
    return r.choice(_MOBILE_STYLES).format(a=a, a1=a[1:], b=b, c=c)


def _landline_value(r: random.Random) -> str:
    while True:
        area, length, first = r.choice(_AREAS)
        local = r.choice(first) + _digits(r, length - 1)
        if phone.is_valid("0" + area + local):
            break
    cut = 4 if length == 8 else 3
    head, tail = local[:cut], local[cut:]
    style = r.random()
    if style < 0.3:
        out = f"0{area}-{head}-{tail}"
    elif style < 0.5:
        out = f"(0{area}){head}-{tail}"
    elif style < 0.62:
        out = f"0{area}-{local}"
    elif style < 0.72:
        out = f"0{area} {head} {tail}"
    elif style < 0.8:
        out = f"+886-{area}-{head}-{tail}"
    elif style < 0.88:
        out = f"(0{area}) {local}"
    else:
        out = f"0{area}{local}"
    if r.random() < 0.25:
        ext = _digits(r, r.choice([2, 3, 3, 4])).lstrip("0") or "12"
        out += r.choice(["分機", " 分機", "#", " #", " ext. ", "轉", " 轉 "]) + ext
    return out


_CITIES = [
    ("臺北市", "大安區", "106", ["和平東路", "復興南路", "信義路", "敦化南路", "新生南路"]),
    ("臺北市", "萬華區", "108", ["西園路", "康定路", "萬大路", "環河南路"]),
    ("臺北市", "士林區", "111", ["中正路", "文林路", "承德路", "福國路"]),
    ("新北市", "板橋區", "220", ["文化路", "中山路", "縣民大道", "四川路"]),
    ("新北市", "三重區", "241", ["重新路", "三和路", "正義北路", "自強路"]),
    ("新北市", "新店區", "231", ["北新路", "中正路", "民權路", "安康路"]),
    ("桃園市", "中壢區", "320", ["中山路", "中正路", "環北路", "元化路"]),
    ("桃園市", "龜山區", "333", ["萬壽路", "文化一路", "復興一路"]),
    ("新竹市", "東區", "300", ["光復路", "東大路", "食品路"]),
    ("苗栗縣", "頭份市", "351", ["中華路", "自強路", "建國路"]),
    ("臺中市", "北區", "404", ["進化路", "三民路", "學士路", "太原路"]),
    ("臺中市", "大甲區", "437", ["順天路", "蔣公路", "光明路"]),
    ("彰化縣", "鹿港鎮", "505", ["中山路", "民族路", "復興路"]),
    ("南投縣", "埔里鎮", "545", ["中山路", "南昌街", "西安路"]),
    ("雲林縣", "北港鎮", "651", ["中山路", "民主路", "文化路"]),
    ("嘉義市", "西區", "600", ["垂楊路", "友愛路", "興業西路"]),
    ("臺南市", "東區", "701", ["東門路", "林森路", "崇德路", "長榮路"]),
    ("臺南市", "新營區", "730", ["中山路", "民治路", "三民路"]),
    ("高雄市", "三民區", "807", ["建工路", "九如一路", "大昌二路", "民族一路"]),
    ("高雄市", "鳳山區", "830", ["光遠路", "中山西路", "青年路"]),
    ("屏東縣", "屏東市", "900", ["自由路", "廣東路", "民生路"]),
    ("宜蘭縣", "羅東鎮", "265", ["公正路", "興東路", "中正北路"]),
    ("花蓮縣", "花蓮市", "970", ["中山路", "中華路", "林森路"]),
    ("臺東縣", "臺東市", "950", ["更生路", "中華路", "四維路"]),
    ("基隆市", "仁愛區", "200", ["愛三路", "仁二路", "南榮路"]),
    ("澎湖縣", "馬公市", "880", ["中正路", "三民路", "光復路"]),
    ("金門縣", "金城鎮", "893", ["民生路", "環島西路"]),
]
_RURAL = [
    ("南投縣", "信義鄉", "556", ["東埔村", "人和村", "望美村", "羅娜村"]),
    ("花蓮縣", "秀林鄉", "972", ["秀林村", "富世村", "崇德村"]),
    ("屏東縣", "三地門鄉", "901", ["三地村", "德文村", "口社村"]),
    ("臺東縣", "海端鄉", "957", ["海端村", "崁頂村", "霧鹿村"]),
    ("新竹縣", "尖石鄉", "313", ["嘉樂村", "新樂村", "秀巒村"]),
    ("嘉義縣", "阿里山鄉", "605", ["樂野村", "達邦村", "里佳村"]),
    ("宜蘭縣", "大同鄉", "267", ["寒溪村", "崙埤村", "松羅村"]),
    ("雲林縣", "口湖鄉", "653", ["下崙村", "港東村", "謝厝村"]),
]
_SECTIONS = ["一段", "二段", "三段", "四段", "五段"]
_ZH_NUM = "一二三四五六七八九十"
_LI = ["中興里", "民生里", "福德里", "忠孝里", "仁愛里", "光明里", "新興里", "和平里"]
_RURAL_ROADS = ["中正路", "民族路", "部落路", "產業道路", "中山路", "復興路"]


def _address_value(r: random.Random) -> str:
    taiwan = "台" if r.random() < 0.3 else "臺"
    if r.random() < 0.2:
        county, town, zip3, villages = r.choice(_RURAL)
        parts = [county, town, r.choice(villages)]
        if r.random() < 0.7:
            parts.append(f"{r.randint(1, 20)}鄰")
        parts.append(r.choice(_RURAL_ROADS))
        if r.random() < 0.3:
            parts.append(f"{r.randint(1, 80)}巷")
        parts.append(f"{r.randint(1, 300)}號")
        if r.random() < 0.15:
            parts.append(f"之{r.randint(1, 5)}")
    else:
        city, district, zip3, roads = r.choice(_CITIES)
        parts = [city, district]
        if r.random() < 0.2:
            parts.append(r.choice(_LI))
            if r.random() < 0.6:
                parts.append(f"{r.randint(1, 30)}鄰")
        parts.append(r.choice(roads))
        if r.random() < 0.45:
            parts.append(r.choice(_SECTIONS))
        if r.random() < 0.4:
            parts.append(f"{r.randint(1, 400)}巷")
            if r.random() < 0.35:
                parts.append(f"{r.randint(1, 40)}弄")
        number = f"{r.randint(1, 650)}"
        if r.random() < 0.15:
            number += f"之{r.randint(1, 6)}"
        parts.append(number + "號")
        if r.random() < 0.55:
            floor = r.randint(2, 18)
            if floor <= 10 and r.random() < 0.4:
                parts.append(_ZH_NUM[floor - 1] + "樓")
            else:
                parts.append(f"{floor}樓")
            if r.random() < 0.2:
                parts.append(f"之{r.randint(1, 8)}")
    text = "".join(parts).replace("臺", taiwan)
    z = r.random()
    if z < 0.2:
        text = zip3 + text
    elif z < 0.3:
        text = zip3 + _digits(r, 2) + text
    elif z < 0.35:
        text = f"({zip3}){text}"
    return text


_ROMAN_FAMILY = [
    "chen", "lin", "huang", "chang", "lee", "wang", "wu", "liu", "tsai", "yang", "hsu",
    "cheng", "hsieh", "kuo", "hung", "tseng", "chiu", "liao", "lai", "chou", "su", "yeh",
]  # fmt: skip
_ROMAN_GIVEN = [
    "mei", "hui", "yating", "chihming", "shufen", "kevin", "amy", "jessica", "wei", "yuting",
    "jiahao", "peggy", "ivy", "sam", "tina", "jason", "vicky", "alan", "minghua", "yiling",
]  # fmt: skip
_DOMAINS = [
    "gmail.com", "gmail.com", "gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com",
    "ms45.hinet.net", "msa.hinet.net", "icloud.com", "livemail.tw", "pchome.com.tw",
]  # fmt: skip


def _email_value(r: random.Random) -> str:
    fam, giv = r.choice(_ROMAN_FAMILY), r.choice(_ROMAN_GIVEN)
    style = r.random()
    if style < 0.3:
        local = f"{giv}.{fam}"
    elif style < 0.5:
        local = f"{fam}{giv}{r.randint(1, 99)}"
    elif style < 0.65:
        local = f"{giv}_{fam}{r.randint(60, 99)}"
    elif style < 0.8:
        local = f"{fam}.{giv}{r.randint(1950, 2005)}"
    else:
        local = f"{giv[0]}{fam}{r.choice(['', '0', '88', '520', '666'])}"
    return f"{local}@{r.choice(_DOMAINS)}"


def _nhi_value(r: random.Random) -> str:
    number = r.choice(["0000", "0000", "0000", "0001"]) + _digits(r, 8)
    style = r.random()
    if style < 0.4:
        return number
    if style < 0.7:
        return f"{number[:4]} {number[4:8]} {number[8:]}"
    return f"{number[:4]}-{number[4:8]}-{number[8:]}"


def _passport_value(r: random.Random, nation: str) -> str:
    if nation == "TW":
        return r.choice("3") + _digits(r, 8)
    if nation == "VN":
        return r.choice("CBN") + _digits(r, 7)
    if nation == "ID":
        return r.choice("ABCX") + _digits(r, 7)
    if nation == "PH":
        return "P" + _digits(r, 7) + r.choice("ABC")
    return r.choice(["AA", "AB", "AC"]) + _digits(r, 7)


def _birth_value(r: random.Random, western: bool | None = None) -> str:
    year, month, day = r.randint(1935, 2006), r.randint(1, 12), r.randint(1, 28)
    roc = year - 1911
    if western is None:
        western = r.random() < 0.4
    if western:
        return r.choice(
            [
                f"{year}/{month}/{day}",
                f"{year}/{month:02d}/{day:02d}",
                f"{year}-{month:02d}-{day:02d}",
                f"{year}年{month}月{day}日",
                f"{year}.{month:02d}.{day:02d}",
                f"{day:02d}/{month:02d}/{year}",
            ]
        )
    return r.choice(
        [
            f"民國{roc}年{month}月{day}日",
            f"{roc}年{month}月{day}日",
            f"{roc}年{month:02d}月{day:02d}日",
            f"民{roc}.{month}.{day}",
            f"{roc:03d}/{month:02d}/{day:02d}",
            f"{roc}.{month:02d}.{day:02d}",
            f"{roc:03d}{month:02d}{day:02d}",
            f"{roc}/{month}/{day}",
        ]
    )


def _safe_number(r: random.Random, make: Callable[[random.Random], str]) -> str:
    """A public look-alike number that is no valid ID, certificate, card or mobile."""
    while True:
        value = make(r)
        if not (
            twid.is_valid(value)
            or arc.is_valid(value)
            or creditcard.is_valid(value)
            or phone.is_mobile(value)
        ):
            return value


def _ban_value(r: random.Random) -> str:
    while True:
        body = _digits(r, 7)
        for d in "0123456789":
            if ban_checksum(body + d) % 10 == 0:
                return body + d


# --------------------------------------------------------------------------------------------
# Plain (non-span) pieces


def _roc_date(r: random.Random) -> str:
    y, m, d = r.randint(111, 114), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{y}.{m}.{d}", f"{m}月{d}日"])


def _amount(r: random.Random) -> str:
    v = r.choice([3000, 5000, 10000, 20000, 30000, 50000]) * r.randint(1, 9)
    if v % 10000 == 0 and r.random() < 0.3:
        return r.choice(["新臺幣", "新台幣", ""]) + f"{v // 10000}萬元"
    return r.choice([f"新臺幣{v:,}元", f"{v:,}元", f"NT${v:,}", f"新臺幣{v}元"])


def _fee(r: random.Random) -> str:
    return f"{r.randint(3, 60) * 50}元"


_DOC_WORDS = [
    "府社助字", "府授工字", "北市衛醫字", "臺教文(五)字", "院台廳民一字", "高市社救字",
    "南市衛醫字", "府授社字", "中市社助字", "衛授國字", "花府社救字", "投府社助字",
]  # fmt: skip


def _doc_number(r: random.Random) -> str:
    year = r.randint(111, 114)
    word = r.choice(_DOC_WORDS)
    return f"{word}第{year}{_digits(r, r.choice([5, 6, 7]))}號"


def _court_case(r: random.Random) -> str:
    court = r.choice(
        ["臺灣臺北地方法院", "臺灣新北地方法院", "臺灣臺中地方法院", "臺灣高雄地方法院"]
    )
    kind = r.choice(["消債更字", "消債清字", "消債職聲免字", "司執消債更字", "消債抗字"])
    return f"{court}{r.randint(111, 114)}年度{kind}第{r.randint(1, 999)}號"


_ROLE_RELATIVES = ["父", "母", "兄", "姊", "配偶", "伯父", "舅舅", "阿姨"]
_BANKS = [
    "臺灣銀行", "土地銀行", "國泰世華商業銀行", "中國信託商業銀行", "玉山商業銀行",
    "台新國際商業銀行", "第一商業銀行", "華南商業銀行", "永豐商業銀行", "聯邦商業銀行",
]  # fmt: skip
_LAB_ITEMS = [
    "血液常規", "肝功能", "腎功能", "糖化血色素", "血脂", "尿液常規", "甲狀腺功能",
    "B型肝炎表面抗原", "PSA", "尿酸", "糞便潛血",
]  # fmt: skip
_TEMPLES = [
    "大甲鎮瀾宮", "北港朝天宮", "新港奉天宮", "鹿耳門天后宮", "南鯤鯓代天府", "松柏嶺受天宮",
    "白沙屯拱天宮", "湄洲媽祖祖廟",
]  # fmt: skip
_VILLAGES = ["東埔村", "人和村", "望美村", "秀林村", "霧鹿村", "樂野村", "寒溪村", "嘉樂村"]
_SCHOOLS = [
    "University of Edinburgh", "京都大學", "University of Melbourne", "UCLA", "柏林工業大學",
    "Imperial College London", "University of Toronto", "東京大學", "Kyoto University",
]  # fmt: skip


# --------------------------------------------------------------------------------------------
# Document builder


class _Doc:
    def __init__(
        self, r: random.Random, known_pool: dict[str, list[str]], known_all: set[str]
    ) -> None:
        self.r = r
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.pos = 0
        self._pool = known_pool
        self._known = known_all

    # plain text
    def t(self, *texts: str) -> None:
        for s in texts:
            self.parts.append(s)
            self.pos += len(s)

    def e(self, value: str, label: str) -> str:
        assert value and value == value.strip()
        self.spans.append((self.pos, self.pos + len(value), label))
        self.t(value)
        return value

    def _fw(self, value: str) -> str:
        return _fullwidth(value) if self.r.random() < _FW_RATE else value

    # values
    def pick_name(self, nation: str | None = None) -> str:
        """A known name half of the time, else a name in no list (of ``nation`` if given)."""
        if self.r.random() < 0.5:
            pool = self._pool["ALL"] if nation is None else self._pool[nation]
            return self.r.choice(pool)
        while True:
            name = _make_name(self.r)[0] if nation is None else _foreign_name(self.r, nation)
            if name not in self._known:
                return name

    def name(self, name: str | None = None, nation: str | None = None) -> str:
        return self.e(name or self.pick_name(nation), "PERSON")

    def twid(self) -> str:
        v = _twid_value(self.r)
        if self.r.random() < 0.05:
            v = v[0] + " " + v[1:] if self.r.random() < 0.5 else v.lower()
        return self.e(self._fw(v), "TW_NATIONAL_ID")

    def arc(self) -> str:
        return self.e(self._fw(_arc_value(self.r)), "TW_RESIDENT_CERT")

    def mobile(self) -> str:
        return self.e(self._fw(_mobile_value(self.r)), "PHONE")

    def landline(self) -> str:
        return self.e(self._fw(_landline_value(self.r)), "PHONE")

    def phone(self) -> str:
        return self.mobile() if self.r.random() < 0.65 else self.landline()

    def addr(self) -> str:
        return self.e(self._fw(_address_value(self.r)), "ADDRESS")

    def email(self) -> str:
        v = _email_value(self.r)
        return self.e(_fullwidth(v) if self.r.random() < 0.05 else v, "EMAIL")

    def nhi(self) -> str:
        return self.e(self._fw(_nhi_value(self.r)), "TW_NHI_CARD")

    def card(self) -> str:
        return self.e(self._fw(_card_value(self.r)), "CREDIT_CARD")

    def passport(self, nation: str = "TW") -> str:
        return self.e(self._fw(_passport_value(self.r, nation)), "PASSPORT")

    def birth(self, western: bool | None = None) -> str:
        return self.e(self._fw(_birth_value(self.r, western)), "BIRTH_DATE")

    # helpers
    def c(self, *options: str) -> str:
        return self.r.choice(options)

    def text(self) -> str:
        return "".join(self.parts)


def _nl(d: _Doc) -> None:
    d.t(d.c("\n", "\n", "\n\n"))


# --------------------------------------------------------------------------------------------
# Positive templates: 火災救助


def _fire_letter(d: _Doc) -> None:
    r = d.r
    d.t("主旨：核發", _roc_date(r), "住宅火災受災戶救助金，請查照。\n說明：\n")
    d.t("一、依據社會救助法第26條及", d.c("本市", "本縣"), "災害救助金核發要點辦理。\n")
    d.t("二、受災戶", d.c("戶長", ""))
    d.name()
    d.t(d.c("（身分證統一編號：", "（國民身分證統一編號 ", "（ID："))
    d.twid()
    d.t("）設籍")
    d.addr()
    d.t("，房屋經消防局鑑定為", d.c("全燒", "半燒", "部分毀損"), "，核予救助金", _amount(r), "。\n")
    if r.random() < 0.7:
        d.t("三、受災戶聯絡電話：")
        d.phone()
        d.t("。\n")
    d.t(d.c("承辦人：", "承辦人 ", "聯絡人："))
    d.name()
    if r.random() < 0.6:
        d.t(d.c("　電話：", " TEL ", "，"))
        d.landline()


def _fire_log(d: _Doc) -> None:
    r = d.r
    d.t(_roc_date(r), d.c(" 14:20 ", " 上午 ", "，", " "))
    d.t(d.c("社工", "社工員", "本所社工"))
    d.name()
    d.t(d.c("電訪受災戶", "訪視受災戶", "致電"))
    victim = d.pick_name()
    d.name(victim)
    d.t(d.c("（", "（手機 ", "，電話"))
    d.mobile()
    d.t(d.c("）", "），", "。"))
    d.t(d.c("案主表示目前暫住", "案主說這幾天先住在", "目前借住"))
    d.t(r.choice(_ROLE_RELATIVES), "家")
    if r.random() < 0.7:
        d.t("（")
        d.addr()
        d.t("）")
    d.t(d.c("，已協助申請急難救助。", "，衣物及寢具已由區公所提供。", "，下週再追蹤。"))
    if r.random() < 0.4:
        d.t("\n備註：")
        d.name(victim)
        d.t(d.c("的兒子", "的配偶", "的女兒"))
        d.name()
        d.t(d.c("亦同住，聯絡方式", "也同住，電話"))
        d.phone()
        d.t("。")


def _fire_table(d: _Doc) -> None:
    r = d.r
    sep = d.c(" | ", "｜", "，", "  ")
    d.t(d.c("受災戶名冊", "火災受災戶救助清冊", "災民名冊（", "救助名冊"))
    d.t(_roc_date(r), d.c("）\n", "\n"))
    cols = d.c("AB", "AC", "ABC")
    head = ["編號", "戶長姓名"]
    if "B" in cols:
        head.append("身分證字號")
    if "C" in cols:
        head.append("聯絡電話")
    head.append("災損")
    d.t(sep.join(head), "\n")
    for i in range(r.randint(2, 5)):
        d.t(str(i + 1), sep)
        d.name()
        if "B" in cols:
            d.t(sep)
            d.twid()
        if "C" in cols:
            d.t(sep)
            d.phone()
        d.t(sep, d.c("全燒", "半燒", "水損", "煙燻"), "\n")
    d.t(d.c("製表：", "造冊人 ", "填表人："))
    d.name()


def _fire_speech(d: _Doc) -> None:
    d.t(d.c("里長", "鄰長", "房東"))
    d.name()
    d.t(d.c("在現場說：「", "轉述：「", "表示：「"))
    d.t(d.c("三樓那戶", "後面那間", "二樓"))
    d.name()
    d.t(d.c("阿嬤一個人住，她孫子", "阿公平常自己住，他女兒", "先生跟太太住，他們的兒子"))
    d.name()
    d.t(d.c("的手機是", "電話是"))
    d.mobile()
    d.t(d.c("，你們要聯絡就打這支。」", "，有事找他就好。」", "。」"))


def _fire_form(d: _Doc) -> None:
    colon = d.c("：", ":", "： ")
    d.t(d.c("【災害救助金申請表】\n", "災害救助申請書\n", ""))
    d.t("申請人姓名", colon)
    d.name()
    d.t("\n出生日期", colon)
    d.birth()
    d.t("\n身分證字號", colon)
    d.twid()
    d.t("\n災害地址", colon)
    d.addr()
    if d.r.random() < 0.5:
        d.t("\n現居地址", colon, "同上")
    d.t("\n聯絡電話", colon)
    d.phone()
    if d.r.random() < 0.5:
        d.t("\n電子信箱", colon)
        d.email()
    d.t("\n申請項目", colon, d.c("安遷救助", "住屋毀損救助", "死亡救助"))


def _fire_oneliner(d: _Doc) -> None:
    d.t(d.c("救助金已核撥，通知", "已電話告知", "已通知"))
    d.name()
    d.t(d.c("（", "，"))
    d.phone()
    d.t(d.c("）於", "，請於"), _roc_date(d.r), d.c("前領取慰問品。", "至區公所簽收。"))


# 留學貸款


def _loan_form(d: _Doc) -> None:
    colon = d.c("：", ":", "　")
    d.t(d.c("教育部留學貸款申請資料\n", "留學貸款申請表（續）\n", ""))
    d.t("申請人", colon)
    d.name()
    d.t("\n出生年月日", colon)
    d.birth()
    d.t("\n身分證字號", colon)
    d.twid()
    if d.r.random() < 0.5:
        d.t("\n護照號碼", colon)
        d.passport("TW")
    d.t("\n通訊地址", colon)
    d.addr()
    d.t("\n手機", colon)
    d.mobile()
    d.t("\nE-mail", colon)
    d.email()
    d.t("\n留學學校", colon, d.r.choice(_SCHOOLS), "（", d.c("碩士", "博士"), "）")
    d.t("\n連帶保證人", colon)
    d.name()
    d.t("（", d.r.choice(_ROLE_RELATIVES[:4]), "）")
    if d.r.random() < 0.7:
        d.t(" 身分證字號", colon)
        d.twid()
    d.t(" 電話", colon)
    d.phone()


def _loan_letter(d: _Doc) -> None:
    r = d.r
    d.t(d.c("茲有本校畢業生", "本行受理", "茲證明"))
    d.name()
    d.t(d.c("君", "同學", ""), "（")
    d.twid()
    d.t(d.c("）申請教育部留學貸款，", "）申辦留學貸款，"))
    d.t("赴", r.choice(_SCHOOLS), "攻讀", d.c("碩士", "博士"), "學位，")
    d.t("由其", r.choice(_ROLE_RELATIVES[:3]))
    d.name()
    d.t(d.c("擔任連帶保證人", "為保證人"), d.c("，", "（"))
    if r.random() < 0.5:
        d.t("住")
        d.addr()
    else:
        d.t("出生日期")
        d.birth()
    d.t(d.c("）。", "。"), "貸款額度", _amount(r), "。\n此致\n", r.choice(_BANKS))
    d.t("\n", d.c("承辦人", "經辦"), " ")
    d.name()


def _loan_email(d: _Doc) -> None:
    d.t(d.c("Hi ", "", "您好："))
    d.name()
    d.t(d.c("同學您好，", "，", "您好，"))
    d.t("您的留學貸款資料已收到，還缺保證人")
    d.name()
    d.t(d.c("的財力證明與印鑑證明", "的在職證明", "的身分證影本"))
    d.t(d.c("，我們會回信到您留的 ", "，補件通知將寄到 ", "，請留意信箱 "))
    d.email()
    d.t(d.c("。", " 。", "，謝謝。"))
    if d.r.random() < 0.5:
        d.t("\n若有問題可打您登記的手機")
        d.mobile()
        d.t("聯絡。")


def _loan_log(d: _Doc) -> None:
    r = d.r
    for _ in range(r.randint(1, 4)):
        d.t(_roc_date(r), " 受理 ")
        d.name()
        d.t("（")
        d.birth()
        d.t("生）", d.c("留學貸款", "留貸"), "，", r.choice(_SCHOOLS), "，")
        d.t(d.c("保證人：", "保人 "))
        d.name()
        if r.random() < 0.5:
            d.t(" ")
            d.phone()
        d.t(d.c("，資料齊全\n", "，待補件\n", "\n"))


def _loan_interview(d: _Doc) -> None:
    d.t("面談紀錄：\n問：保證人跟你的關係？\n答：「是我舅舅")
    d.name()
    d.t(d.c("，他住在", "，住"))
    d.addr()
    d.t("。」\n問：聯絡方式？\n答：「他的手機", d.c("是", ""))
    d.mobile()
    d.t("，email是")
    d.email()
    d.t("。」\n", d.c("面談人：", "紀錄："))
    d.name()


# 檢驗報告


def _lab_log(d: _Doc) -> None:
    r = d.r
    d.t(d.c("檢驗報告領取登記\n", "報告發放紀錄 ", ""), _roc_date(r), "\n")
    for _ in range(r.randint(1, 4)):
        d.t(d.c("09:", "10:", "14:", "16:"), f"{r.randint(0, 59):02d} ")
        d.name()
        d.t(" ", r.choice(_LAB_ITEMS), "、", r.choice(_LAB_ITEMS), " ")
        if r.random() < 0.6:
            d.t(d.c("本人領取，核對健保卡", "本人，健保卡號", "本人 健保卡 "))
            d.nhi()
        else:
            d.t(d.c("由", "代領："))
            d.name()
            d.t("（", d.c("女兒", "兒子", "配偶", "外籍看護"), "）代領")
        d.t("\n")


def _lab_proxy(d: _Doc) -> None:
    d.t(d.c("代領報告：", "【代領】", "代領紀錄 "))
    d.name()
    d.t(d.c("代", "替"))
    d.t(d.c("母親", "父親", "祖母", "配偶"))
    d.name()
    d.t("領取", d.r.choice(_LAB_ITEMS), "報告。代領人身分證")
    if d.r.random() < 0.2:
        d.arc()
    else:
        d.twid()
    d.t("，電話")
    d.phone()
    d.t(d.c("，已附委託書。", "。", "，委託書正本存檔。"))


def _lab_notify(d: _Doc) -> None:
    d.t(d.c("護理師", "醫檢師", "個管師"))
    d.name()
    d.t("於", _roc_date(d.r), "以電話")
    d.phone()
    d.t("通知")
    d.name()
    d.t(d.c("女士", "先生", "", "阿伯"))
    d.t(d.c("報告異常（", "檢驗值偏高（"), d.r.choice(_LAB_ITEMS), "），請儘速回診。")


def _lab_pdf(d: _Doc) -> None:
    d.t(d.c("報告PDF已寄至 ", "電子報告寄送："))
    d.email()
    d.t("（")
    d.name()
    d.t(d.c("本人要求", "本人來電要求", "本人簽名同意"))
    d.t(d.c("），開檔密碼為出生年月日 ", "），密碼是生日"))
    d.birth(western=False)
    d.t("。")


def _lab_table(d: _Doc) -> None:
    sep = d.c(" | ", "｜", " / ")
    d.t(sep.join(["日期", "病人", "出生日期", "項目", "聯絡電話"]), "\n")
    for _ in range(d.r.randint(2, 4)):
        d.t(_roc_date(d.r), sep)
        d.name()
        d.t(sep)
        d.birth()
        d.t(sep, d.r.choice(_LAB_ITEMS), sep)
        d.phone()
        d.t("\n")


# 進香團


def _pilgrim_roster(d: _Doc) -> None:
    r = d.r
    sep = d.c(" | ", "｜", "  ", "，")
    d.t(r.choice(_TEMPLES), "進香團 第", str(r.randint(1, 12)), "車\n")
    d.t(sep.join(["座位", "姓名", "出生年月日", "身分證字號", "手機"]), "\n")
    for i in range(r.randint(2, 6)):
        d.t(str(i + 1), sep)
        d.name()
        d.t(sep)
        d.birth()
        d.t(sep)
        d.twid()
        d.t(sep)
        if r.random() < 0.8:
            d.mobile()
        else:
            d.t("無")
        d.t("\n")
    d.t(d.c("領隊：", "車長 ", "隨車人員："))
    d.name()
    d.t(" ")
    d.mobile()


def _pilgrim_list(d: _Doc) -> None:
    r = d.r
    d.t("第", str(r.randint(1, 9)), "車 ", d.c("領隊：", "車長："))
    d.name()
    d.t(" ")
    d.mobile()
    d.t("\n")
    for i in range(r.randint(2, 6)):
        d.t(f"{i + 1}. ")
        d.name()
        if r.random() < 0.6:
            d.t(" ")
            d.birth()
        if r.random() < 0.3:
            d.t(d.c("（素食）", "（輪椅）", "（與配偶同座）"))
        d.t("\n")
    d.t(d.c("司機：", "駕駛 "))
    d.name()


def _pilgrim_insurance(d: _Doc) -> None:
    r = d.r
    d.t(d.c("旅平險投保名單：", "團體保險名冊（", "意外險加保："))
    for i in range(r.randint(2, 4)):
        if i:
            d.t(d.c("；", "、", "\n"))
        d.name()
        d.t(d.c(" ", "，"))
        d.twid()
        d.t(d.c("，", " / ", "，生日"))
        d.birth()
    d.t(d.c("。", "）", ""))


def _pilgrim_overseas(d: _Doc) -> None:
    d.t("湄洲進香團出國名單：")
    for i in range(d.r.randint(1, 3)):
        if i:
            d.t("；")
        d.name()
        d.t(d.c("，護照號碼", "（護照 ", " 護照"))
        d.passport("TW")
        d.t(d.c("", "）"))
        if d.r.random() < 0.4:
            d.t("，團費刷卡 ")
            d.card()
    d.t("。")


def _pilgrim_emergency(d: _Doc) -> None:
    d.t(d.c("團員", "香客", ""))
    d.name()
    d.t("（", str(d.r.randint(55, 92)), "歲）", d.c("緊急聯絡人：", "緊急聯絡 "))
    d.name()
    d.t("（", d.c("子", "女", "媳", "孫"), "），")
    d.phone()
    if d.r.random() < 0.4:
        d.t("；住址 ")
        d.addr()


# 巡迴醫療


def _mobile_clinic_log(d: _Doc) -> None:
    r = d.r
    d.t(_roc_date(r), " ", r.choice(_VILLAGES), d.c("巡迴醫療紀錄：\n", "巡迴醫療\n"))
    for _ in range(r.randint(1, 4)):
        d.t(d.c("- ", "・", "＊"))
        d.name()
        d.t("，", str(r.randint(40, 95)), "歲，")
        d.t(d.c("血壓", "BP "), f"{r.randint(110, 180)}/{r.randint(60, 100)}")
        if r.random() < 0.5:
            d.t("，健保卡號")
            d.nhi()
        d.t(d.c("，慢箋續開\n", "，衛教戒檳\n", "\n"))
    d.t(d.c("醫師 ", "看診醫師：", "護理："))
    d.name()


def _mobile_clinic_carer(d: _Doc) -> None:
    nat = d.r.choice(["ID", "VN", "PH", "TH"])
    label = {"ID": "印尼籍", "VN": "越南籍", "PH": "菲律賓籍", "TH": "泰國籍"}[nat]
    d.t(d.c("看護", "外籍看護工", "照顧者"))
    d.name(nation=nat)
    d.t("（", label, d.c("，居留證號", "，統一證號 ", "，居留證 "))
    d.arc()
    if d.r.random() < 0.4:
        d.t("，護照")
        d.passport(nat)
    d.t(d.c("）陪同", "）帶"))
    d.name()
    d.t(d.c("阿公", "阿嬤", "伯伯", ""), d.c("看診，", "到衛生室，"))
    d.t(d.c("看護手機", "聯絡電話"))
    d.mobile()
    d.t("。")


def _mobile_clinic_home(d: _Doc) -> None:
    d.t(d.c("家訪 ", "居家訪視：", "訪視地點："))
    d.addr()
    d.t(d.c("，個案", "。個案"))
    d.name()
    d.t(d.c("獨居，", "與配偶同住，", "行動不便，"))
    d.t(d.c("女兒", "兒子", "姪子"))
    d.name()
    d.t(d.c("在台北工作，電話", "在外地，手機"))
    d.phone()
    d.t("。")


def _mobile_clinic_form(d: _Doc) -> None:
    sp = d.c("　", "  ", "\n")
    d.t("姓名：")
    d.name()
    d.t(sp, "出生：")
    d.birth()
    d.t(sp, "地址：")
    d.addr()
    d.t(sp, "電話：")
    d.phone()
    if d.r.random() < 0.5:
        d.t(sp, "健保卡：")
        d.nhi()


def _mobile_clinic_short(d: _Doc) -> None:
    d.name()
    d.t(d.c("阿嬤 血糖", "阿公 血糖", " 飯前血糖"), str(d.r.randint(90, 260)))
    d.t(d.c("，下次", "，"), _roc_date(d.r), d.c("回診", "再訪"))


# 消費者債務清理


def _debt_petition(d: _Doc) -> None:
    r = d.r
    d.t("民事", d.c("聲請更生狀", "聲請清算狀", "更生聲請狀"), "\n聲請人（即債務人）：")
    debtor = d.name()
    d.t("\n身分證統一編號：")
    d.twid()
    d.t("\n住：")
    d.addr()
    d.t("\n電話：")
    d.phone()
    d.t("\n債權人清冊：\n")
    for i in range(r.randint(1, 3)):
        d.t(f"{i + 1}. ", r.choice(_BANKS), d.c(" 信用卡 ", "，卡號"))
        d.card()
        d.t("，", _amount(r), "\n")
    d.t("此致\n", _court_case(r)[:8], "民事庭\n具狀人：")
    d.name(debtor)


def _debt_table(d: _Doc) -> None:
    r = d.r
    sep = d.c(" | ", "｜", "  ")
    d.t("債務人")
    d.name()
    d.t(d.c("之債權人一覽表\n", " 債權人清冊\n"))
    d.t(sep.join(["編號", "債權人", "種類", "卡號", "金額"]), "\n")
    for i in range(r.randint(2, 4)):
        d.t(str(i + 1), sep, r.choice(_BANKS), sep, "信用卡", sep)
        d.card()
        d.t(sep, _amount(r), "\n")


def _debt_court(d: _Doc) -> None:
    case = _court_case(d.r)
    d.t(d.c("本院" + case[8:], case), d.c("債務人", "聲請人"))
    d.name()
    d.t("（")
    d.birth()
    d.t(d.c("生）", "出生）"), d.c("聲請更生事件，", "聲請清算事件，"))
    d.t(d.c("代理人", "程序代理人"))
    d.name()
    d.t(d.c("律師", "律師到庭"), "。", d.c("書記官 ", "法官 "))
    d.name()


def _debt_mediation(d: _Doc) -> None:
    d.t("調解筆錄\n聲請人")
    d.name()
    d.t(d.c("到場。", "準時到場。"), "\n最大債權金融機構", d.r.choice(_BANKS), "代理人")
    d.name()
    d.t("到場。\n聲請人稱：「我目前在", d.c("工地", "餐廳", "物流公司"))
    d.t("上班，月薪", _amount(d.r), "，", d.c("太太", "先生"))
    d.name()
    d.t("沒有收入，", d.c("可以聯絡我手機", "手機是"))
    d.mobile()
    d.t("。」")


def _debt_foreign(d: _Doc) -> None:
    nat = d.r.choice(["VN", "ID", "PH", "TH"])
    label = {"ID": "印尼籍", "VN": "越南籍", "PH": "菲律賓籍", "TH": "泰國籍"}[nat]
    d.t("聲請人")
    d.name(nation=nat)
    d.t("（", label, "，居留證號 ")
    d.arc()
    d.t("，護照號碼 ")
    d.passport(nat)
    d.t("），住")
    d.addr()
    d.t(d.c("，聲請清算。", "，積欠", "，積欠信用卡債務"))
    d.t(_amount(d.r), "。")


_POSITIVE = [
    _fire_letter, _fire_log, _fire_table, _fire_speech, _fire_form, _fire_oneliner,
    _loan_form, _loan_letter, _loan_email, _loan_log, _loan_interview,
    _lab_log, _lab_proxy, _lab_notify, _lab_pdf, _lab_table,
    _pilgrim_roster, _pilgrim_list, _pilgrim_insurance, _pilgrim_overseas, _pilgrim_emergency,
    _mobile_clinic_log, _mobile_clinic_carer, _mobile_clinic_home, _mobile_clinic_form,
    _mobile_clinic_short,
    _debt_petition, _debt_table, _debt_court, _debt_mediation, _debt_foreign,
]  # fmt: skip


# --------------------------------------------------------------------------------------------
# Hard negatives (no private person; only public or non-personal look-alikes)

_FIRE_PHRASES = [
    "黃昏時段用火尤須注意", "周邊道路請勿違停", "許多住戶仍未安裝", "連續假期前完成檢查",
    "曾經發生火警之大樓列為優先", "何時檢查請洽區公所", "簡單的滅火器操作請參考影片",
]  # fmt: skip
_LAB_PHRASES = [
    "黃昏以後改送急件", "高溫時段檢體請冷藏", "簡單採血免預約", "周邊停車場施工中",
    "游泳池旁側門不開放", "石頭步道雨天濕滑", "葉片狀結晶屬正常",
]  # fmt: skip
_PRODUCTS = ["普拿疼", "克流感", "血糖試紙", "酒精乾洗手", "N95口罩", "滅火器", "住警器"]
_ORGS = [
    "財團法人法律扶助基金會", "中華民國紅十字會", "臺灣銀行", "中華郵政", "全聯福利中心",
    "大同電器行", "統一超商", "世界展望會", "家扶基金會", "鎮瀾宮董事會",
]  # fmt: skip
_STATUTES = [
    "社會救助法第26條", "消費者債務清理條例第151條", "消費者債務清理條例第42條",
    "醫療法第72條", "個人資料保護法第6條", "災害防救法第48條", "醫事檢驗師法第23條",
]  # fmt: skip


def _receipt(r: random.Random) -> str:
    return _safe_number(r, lambda g: "1" + _digits(g, g.choice([10, 11, 12])))


def _invoice(r: random.Random) -> str:
    def make(g: random.Random) -> str:
        return (
            g.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
            + g.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
            + (g.choice(["-", ""]) + _digits(g, 8))
        )

    return _safe_number(r, make)


def _neg_fire(d: _Doc) -> None:
    r = d.r
    d.t(
        _roc_date(r),
        d.c("凌晨", "下午", "晚間"),
        "本市",
        d.c("北區中華路一段", "三重區重新路", "東區"),
    )
    d.t("發生住宅火災，經消防局認定為", d.c("電線走火", "神明燈引燃", "充電器過熱"), "，")
    d.t(
        "本府依據",
        r.choice(_STATUTES[:1] + _STATUTES[5:6]),
        "核發災害救助金（",
        _doc_number(r),
        "）。",
    )
    d.t(
        "受災戶共", str(r.randint(2, 9)), "戶，每戶慰助金", _amount(r), "，請區公所於", _roc_date(r)
    )
    d.t(d.c("前造冊。", "前完成", "前函報。"))
    if r.random() < 0.5:
        d.t("另請加強宣導", r.choice(_PRODUCTS[5:]), "安裝，", r.choice(_FIRE_PHRASES), "。")


def _neg_fire_stats(d: _Doc) -> None:
    r = d.r
    d.t(d.c("火災救助統計", "本月救助統計"), "：收件編號", _receipt(r), "至", _receipt(r), "，")
    d.t("共", str(r.randint(10, 80)), "件，核發總金額", _amount(r))
    d.t("。物資由", r.choice(_ORGS), "（統一編號", _ban_value(r), "）提供。")


def _neg_loan(d: _Doc) -> None:
    r = d.r
    d.t("教育部留學貸款申請期間為每年", d.c("5月1日至6月30日", "3月1日至4月30日"))
    d.t("，貸款額度碩士最高", d.c("新臺幣100萬元", "100萬元", "新臺幣1,000,000元"))
    d.t("，博士最高", d.c("新臺幣200萬元", "200萬元", "新臺幣2,000,000元"), "，承辦銀行為")
    d.t(r.choice(_BANKS), "、", r.choice(_BANKS), "。")
    d.t(
        "詳見",
        _doc_number(r),
        "函，",
        d.c("許多常見問題請參閱問答集。", "為方便民眾查詢，問答集已上網。"),
    )


def _neg_loan_notice(d: _Doc) -> None:
    r = d.r
    d.t(d.c("公告：", "說明："), "本年度留學貸款", d.c("利率", "利息補貼"), "依")
    d.t(d.c("教育部留學貸款實施要點第4點", "留學貸款作業須知第7點", "就學貸款辦法第5條"))
    d.t("調整，案號", _safe_number(r, lambda g: "LN" + _digits(g, 7)), "審查會訂於", _roc_date(r))
    d.t(
        d.c("召開", "舉行"),
        "，地點為臺北市",
        d.c("大安區", "中正區"),
        d.r.choice(_ORGS[2:4]),
        "會議室。",
    )


def _neg_lab(d: _Doc) -> None:
    r = d.r
    d.t("本所檢驗報告領取須本人攜帶健保卡及身分證正本，代領者另附委託書；")
    d.t("報告單號", f"{r.randint(11, 14)}{r.randint(1, 12):02d}-{r.randint(1, 99):04d}")
    d.t("至", f"{r.randint(11, 14)}{r.randint(1, 12):02d}-{r.randint(100, 999):04d}")
    d.t("已於", _roc_date(r), "上傳系統，共", str(r.randint(10, 90)), "件。")
    d.t("依", r.choice(_STATUTES[3:7]), "辦理。")


def _neg_lab_items(d: _Doc) -> None:
    r = d.r
    items = r.sample(_LAB_ITEMS, 2)
    d.t(
        "檢驗項目收費：",
        items[0],
        " ",
        _fee(r),
        "；",
        items[1],
        " ",
        _fee(r),
        "。檢體編號 L",
        _digits(r, 6),
        " 起",
        d.c("連續", "陸續"),
        "編碼，",
    )
    d.t(d.c("白天", "上午"), "收件，", r.choice(_LAB_PHRASES), "。")


def _neg_pilgrim(d: _Doc) -> None:
    r = d.r
    d.t(
        r.choice(_TEMPLES),
        "進香團第",
        str(r.randint(1, 9)),
        "梯次，遊覽車共",
        str(r.randint(3, 40)),
    )
    d.t(
        "輛，由",
        d.c("大統", "金龍", "順益"),
        "通運股份有限公司（統一編號：",
        _ban_value(r),
        "）承攬，",
    )
    d.t(_roc_date(r), "清晨", str(r.randint(3, 6)), "時於宮前廣場集合。團號")
    d.t(_safe_number(r, lambda g: "DJ" + _digits(g, 7)), "-", f"{r.randint(1, 20):02d}", "。")
    d.t(d.c("車上禁止張貼廣告。", "沿途江邊堤防禁止停車。", "黎明時分出發，周邊道路管制。"))


def _neg_pilgrim_invoice(d: _Doc) -> None:
    r = d.r
    d.t("香油錢收據：統一發票", _invoice(r), "，", _amount(r), "；")
    d.t(
        "平安符",
        str(r.randint(100, 900)),
        "份、",
        d.c("林業試驗所監製木製", "黃金"),
        "紀念品",
        str(r.randint(10, 90)),
    )
    d.t("份，", r.choice(_ORGS[-1:]), "核銷文號", _doc_number(r), "。")


def _neg_clinic(d: _Doc) -> None:
    r = d.r
    d.t(d.c("本月", "下週", "第二季"), "巡迴醫療排程：")
    villages = r.sample(_VILLAGES, 2)
    d.t(villages[0], "衛生室（週二上午）、", villages[1], "活動中心（週四下午）")
    d.t("，藥品由衛生所統一請領，共計看診", str(r.randint(20, 200)), "人次，")
    d.t(
        d.c("道路", "馬路"),
        "因",
        d.c("洪水", "施工"),
        "改道，",
        r.choice(_PRODUCTS[:4]),
        "庫存充足。",
    )


def _neg_clinic_stats(d: _Doc) -> None:
    r = d.r
    d.t("巡迴醫療成果：", r.choice(_VILLAGES), "血壓異常", str(r.randint(1, 20)), "人、")
    d.t("糖尿病追蹤", str(r.randint(1, 30)), "人；補助經費", _amount(r), "，依", _doc_number(r))
    d.t("核定。", d.c("溫度", "海拔高度"), "變化大，", d.c("黎明", "黃昏"), "時段請勿出診山區。")


def _neg_debt(d: _Doc) -> None:
    r = d.r
    d.t(_court_case(r), "，債務人聲請更生，債權人", r.choice(_BANKS), "、", r.choice(_BANKS))
    d.t(
        "（統一編號",
        _ban_value(r),
        "）等",
        str(r.randint(2, 9)),
        "家，依",
        r.choice(_STATUTES[1:3]),
    )
    d.t("裁定開始更生程序，債權申報期限至", _roc_date(r), "止，總額", _amount(r), "。")


def _neg_debt_notice(d: _Doc) -> None:
    r = d.r
    d.t("公告：", _court_case(r), "債權人會議訂於", _roc_date(r), "上午", str(r.randint(9, 11)))
    d.t("時召開，", d.c("陳情事項請書面提出。", "為方便債權人出席，請提早報到。"))
    d.t(_ORGS[0], "協助案件收件號")
    d.t(_receipt(r), "。")


def _neg_debt_table(d: _Doc) -> None:
    r = d.r
    sep = d.c(" | ", "｜", "  ")
    d.t("債權人一覽表（", _court_case(r), "）\n")
    d.t(sep.join(["編號", "債權人", "統一編號", "債權金額"]), "\n")
    for i, bank in enumerate(r.sample(_BANKS, r.randint(2, 5))):
        d.t(str(i + 1), sep, bank, sep, _ban_value(r), sep, _amount(r), "\n")
    d.t("以上債權總額依", r.choice(_STATUTES[1:3]), "計算。")


def _neg_fire_inspect(d: _Doc) -> None:
    r = d.r
    d.t("消防安全檢查：", d.c("中山路", "民族路", "復興路"), d.c("某集合住宅", "一帶老舊公寓"))
    d.t("（管理委員會統一編號", _ban_value(r), "），檢查日期", _roc_date(r), "，缺失")
    d.t(str(r.randint(1, 6)), "項：", r.choice(_PRODUCTS[5:]), "過期、逃生梯堆放雜物，")
    d.t("限", _roc_date(r), "前改善，依消防法第6條、第37條辦理（", _doc_number(r), "）。")


def _neg_clinic_drugs(d: _Doc) -> None:
    r = d.r
    d.t("巡迴車藥品清點（", _roc_date(r), "）：\n")
    for product in r.sample([*_PRODUCTS[:4], "胃乳片", "降血壓藥", "優碘"], r.randint(2, 4)):
        lot = _safe_number(r, lambda g: g.choice("ABKM") + _digits(g, 2) + "K" + _digits(g, 4))
        d.t(product, " ", str(r.randint(10, 300)), d.c("顆", "盒", "包"), "，批號 ", lot)
        d.t("，效期", f"{r.randint(2025, 2028)}/{r.randint(1, 12):02d}", "\n")
    d.t(d.c("清點人：衛生所藥局", "由衛生所藥局覆核"))


def _neg_lab_calib(d: _Doc) -> None:
    r = d.r
    serial = _safe_number(r, lambda g: "SN-" + _digits(g, 8))
    d.t(d.c("生化分析儀", "血液分析儀", "尿液分析儀"), " 序號 ", serial, " 於", _roc_date(r))
    d.t("完成校正，下次校正", _roc_date(r), "；品管批號 QC", _digits(r, 5), "，")
    d.t(
        d.c("溫度", "濕度"), "紀錄正常，依", d.c("醫事檢驗所品質管理規範", "醫療法第72條"), "保存。"
    )


def _neg_pilgrim_schedule(d: _Doc) -> None:
    r = d.r
    temple = r.choice(_TEMPLES[:-1])
    d.t("進香行程：\n05:00 大甲區順天路", "宮前廣場集合\n")
    d.t(
        f"0{r.randint(7, 9)}:30 ", temple, "參香\n12:00 午餐（", d.c("素食餐廳", "廟口小吃"), "）\n"
    )
    d.t("17:00 回鑾\n遊覽車：", d.c("大統", "金龍", "順益"), "通運（統一編號", _ban_value(r), "）")
    d.t(str(r.randint(2, 8)), "輛，費用每人", _fee(r), "。")


def _neg_short(d: _Doc) -> None:
    r = d.r
    d.t(
        r.choice(
            [
                "檢送" + _doc_number(r) + "函影本1份，請查照。",
                "本案依" + r.choice(_STATUTES) + "辦理，收件編號" + _receipt(r) + "。",
                _court_case(r) + "，債權申報期間延長至" + _roc_date(r) + "。",
                "留學貸款利息補貼收件編號" + _receipt(r) + "，已移" + r.choice(_BANKS) + "審核。",
                "巡迴醫療" + r.choice(_VILLAGES) + "場次因颱風順延至" + _roc_date(r) + "。",
            ]
        )
    )


_NEGATIVE = [
    _neg_debt_table, _neg_fire_inspect, _neg_clinic_drugs, _neg_lab_calib,
    _neg_pilgrim_schedule, _neg_short,
    _neg_fire, _neg_fire_stats, _neg_loan, _neg_loan_notice, _neg_lab, _neg_lab_items,
    _neg_pilgrim, _neg_pilgrim_invoice, _neg_clinic, _neg_clinic_stats, _neg_debt,
    _neg_debt_notice,
]  # fmt: skip


# --------------------------------------------------------------------------------------------


def _known_names(r: random.Random, n: int) -> tuple[dict[str, list[str]], list[str]]:
    """(names used for known mentions by kind, names in the list never mentioned)."""
    size = max(40, n // 3)
    extra = max(10, n // 12)
    pool: dict[str, list[str]] = {"ALL": [], **{nation: [] for nation in _NATIONS}}
    have: set[str] = set()
    for nation in _NATIONS:  # every nation has a few applicants
        while len(pool[nation]) < 4:
            name = _foreign_name(r, nation)
            if name not in have:
                have.add(name)
                pool[nation].append(name)
                pool["ALL"].append(name)
    while len(pool["ALL"]) < size:
        name, kind = _make_name(r)
        if name not in have:
            have.add(name)
            pool["ALL"].append(name)
            if kind != "TW":
                pool[kind].append(name)
    never: list[str] = []
    while len(never) < extra:
        name = _make_name(r)[0]
        if name not in have:
            have.add(name)
            never.append(name)
    return pool, never


def generate_heldout54(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples and the known-names list, deterministic for ``seed``."""
    r = random.Random(seed)
    pool, never = _known_names(r, n)
    known = pool["ALL"] + never
    r.shuffle(known)
    known_set = set(known)
    samples: list[Sample] = []
    for _ in range(n):
        d = _Doc(r, pool, known_set)
        negative = r.random() < _NEGATIVE_RATE
        r.choice(_NEGATIVE if negative else _POSITIVE)(d)
        text = d.text()
        spans = d.spans
        assert negative == (not spans)
        flags = [text[s:e] in known_set for s, e, label in spans if label == "PERSON"]
        samples.append(Sample(text, spans, negative, flags))
    return samples, known
