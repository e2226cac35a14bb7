"""Held-out set 25: synthetic free text from six Taiwanese agency genres, with gold spans.

Genres: tour-guide licence records, hospital volunteer schedules, coast-guard boarding
inspection logs, funeral permit applications, shared-bicycle accident complaints and
social-housing waiting-list interviews. Every value is synthetic; identifiers carry valid
checksums so that they look real to a scanner. About a quarter of the samples are hard
negatives: public or non-personal look-alikes only (document numbers, BANs, statutes, amounts,
ordinary dates, places, organisations, words that begin with a surname character).
"""

import random
import re

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

__all__ = ["generate_heldout25"]

# --------------------------------------------------------------------------- names

_SURNAMES_COMMON = list(
    "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁"
    "趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀姚連馮歐程湯黃田康姜白汪鄒尤"
    "巫鐘黎涂龔嚴韓袁金童陸夏柳凃邵錢伍倪溫于譚駱熊任甘秦顧毛章史官萬俞雷粘饒張"
)
_SURNAMES_RARE = list("闕龎殷麥覃褚蒲鄞滕鄔仇諶冉練卜辜竇酆巴佘郁寇勞苗邢池紹幸麻戚杭")
_SURNAMES_COMPOUND = [
    "歐陽",
    "張簡",
    "司徒",
    "范姜",
    "諸葛",
    "上官",
    "司馬",
    "皇甫",
    "東方",
    "夏侯",
]
_SURNAMES_COMPOUND += ["長孫", "慕容", "令狐", "澹臺", "公孫", "張廖", "鮮于", "呼延"]

_GIVEN_2 = """
志明 淑芬 雅婷 家豪 怡君 冠宇 佩珊 建宏 美玲 俊傑 宜蓁 承翰 詩涵 宗翰 欣怡 柏翰 靜宜 志豪
淑惠 佳穎 冠廷 美惠 明哲 雅雯 思妤 彥廷 秀英 玉蘭 金龍 阿水 春美 麗華 國華 文雄 振興 月娥
秀琴 碧霞 素貞 進財 添丁 火旺 罔市 玉枝 錦雲 寶珠 再興 德福 正義 偉誠 子軒 品妍 宥辰 沛晴
若瑜 昱廷 芷萱 詠晴 博宇 鈺婷 語彤 郁婷 凱翔 家瑜 婉婷 孟哲 書豪 嘉玲 政達 韻如 立群 慧敏
志偉 佩君 信宏 筱涵 奕辰 少華 建國 秋月 淑娟 瑞芳 朝陽 海濤 惠美 銘傳 勝利 金水 阿梅 素梅
清泉 文彬 瓊瑤 曉薇 蕙蘭 淑貞 榮輝 耀宗 慶豐 昭雄 憲章 綉琴 鳳嬌 麗珠 宏達 俊賢 逸凡 宇恩
恩琪 亭妤 柏均 敏華 子晴 承恩 珮瑜 嘉宏 琬婷 彥均 翊安 芸菲 芳瑜 玟伶 瀚文 韋辰 孟儒 姿穎
乃文 湘雲 維哲 致遠 明德 淑華 麗卿 寶蓮 振宗 阿嬌 燕玲 秀鳳 錦堂 天佑 士賢 昆霖 俐伶 巧玲
"""
_GIVEN_1 = list("偉明芳敏傑婷勇強娟霞華軍平剛桂英玲萍斌鵬宇浩凱琪瑋蓉琳睿琦翔鈞")
_GIVEN_C1 = list("志家冠建俊承宗柏彥明子品宥昱博凱孟書政立信奕少文正國振德士昆")
_GIVEN_C2 = list("豪宇宏傑翰廷哲凱文翔維德銘賢恩均安辰霖嘉婷玲涵萱瑜妤雯婕君琪")

_INDIGENOUS_HAN_1 = ["瓦歷斯", "巴奈", "拉荷", "尤幹", "比令", "伊萬", "達利", "馬躍", "阿美"]
_INDIGENOUS_HAN_1 += ["撒韵", "娃利", "吉娃斯", "拉娃", "莎韻", "沙力浪", "哈尼", "古拉斯"]
_INDIGENOUS_HAN_2 = ["諾幹", "母路", "阿棋", "達道", "巴萬", "那威", "比吼", "尤命", "卡造"]
_INDIGENOUS_HAN_2 += ["拉夫琅斯", "吉拉", "瓦旦", "阿浪", "蘇拉", "勒格", "撒可努"]
_INDIGENOUS_LAT_1 = ["Walis", "Panay", "Lahok", "Yukan", "Pilin", "Iwan", "Tali", "Mayaw"]
_INDIGENOUS_LAT_1 += ["Sayun", "Watan", "Kulas", "Kacaw", "Ipay", "Sakinu", "Dremedreman"]
_INDIGENOUS_LAT_2 = ["Nokan", "Mulu", "Aki", "Tadaw", "Pawan", "Nawi", "Piho", "Yumin"]
_INDIGENOUS_LAT_2 += ["Kacaw", "Kilang", "Watan", "Alang", "Sula", "Lekal", "Tamapima"]

_VN_FAMILY = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do", "Ngo"]
_VN_MID = ["Thi", "Van", "Thi Thu", "Huu", "Duc", "Thi Ngoc", "Minh"]
_VN_GIVEN = ["Huong", "Lan", "Hung", "Nam", "Mai", "Linh", "Tuan", "Hoa", "Thao", "Dung", "Trang"]
_VN_HAN_FAMILY = ["阮", "陳", "黎", "范", "黃", "潘", "武", "鄧", "裴", "杜", "吳"]
_VN_HAN_GIVEN = ["氏秋香", "文雄", "氏蘭", "氏梅", "文南", "氏玲", "德俊", "氏花", "明孝", "氏草"]
_ID_LAT = ["Siti Aminah", "Sri Wahyuni", "Dewi Lestari", "Nur Aisyah", "Rina Susanti"]
_ID_LAT += ["Eko Prasetyo", "Budi Santoso", "Agus Setiawan", "Wulan Sari", "Yuli Astuti"]
_ID_LAT += ["Fitri Handayani", "Ahmad Fauzi", "Suparmi", "Sutrisno", "Kartini Rahayu"]
_PH_LAT = ["Maria Cristina Santos", "Jose Reyes", "Maricel Dela Cruz", "Rowena Bautista"]
_PH_LAT += ["Jonathan Villanueva", "Analyn Garcia", "Rodel Mendoza", "Jocelyn Ramos"]
_TH_LAT = ["Somchai Saetang", "Nipaporn Chaiyaphum", "Supachai Wongsa", "Kanya Srisuk"]
_TH_LAT += ["Anucha Boonmee", "Pranee Thongdee", "Wichai Kaewmanee"]
_SEA_HAN = ["西蒂·阿米娜", "史麗·瓦尤妮", "黛薇·萊斯塔莉", "艾可·普拉塞堤歐", "布迪·桑托索"]
_SEA_HAN += ["瑪莉亞·桑托斯", "荷西·雷耶斯", "羅薇娜·包蒂斯塔", "頌猜·沙登", "妮帕蓬·猜耶"]
_SEA_HAN += ["蘇帕猜·旺薩", "阿努查·汶米", "努爾·艾莎", "麗娜·蘇珊蒂", "安娜琳·賈西亞"]

# Generated Han names that happen to be ordinary words or places are never used as names.
_NOT_NAMES = {"高雄", "金門", "江山", "方向", "白天", "田園", "馬路", "石門", "高明", "林園"}


def _han_name(rng: random.Random, kind: str) -> str:
    if kind == "compound":
        surname = rng.choice(_SURNAMES_COMPOUND)
    elif kind == "rare":
        surname = rng.choice(_SURNAMES_RARE)
    else:
        surname = rng.choice(_SURNAMES_COMMON)
    if kind == "single":
        return surname + rng.choice(_GIVEN_1)
    given = rng.choice(_GIVEN_2.split()) if rng.random() < 0.6 else ""
    if not given:
        given = rng.choice(_GIVEN_C1) + rng.choice(_GIVEN_C2)
    if kind == "married":
        husband = rng.choice(_SURNAMES_COMMON)
        return husband + surname + given
    return surname + given


def _make_name(rng: random.Random, foreign: bool = False) -> str:
    r = rng.random()
    if foreign or r > 0.9:
        k = rng.randrange(6)
        if k == 0:
            mid = rng.choice(_VN_MID)
            name = f"{rng.choice(_VN_FAMILY)} {mid} {rng.choice(_VN_GIVEN)}"
            return name.upper() if rng.random() < 0.5 else name
        if k == 1:
            return rng.choice(_VN_HAN_FAMILY) + rng.choice(_VN_HAN_GIVEN)
        if k == 2:
            return rng.choice(_ID_LAT)
        if k == 3:
            return rng.choice(_PH_LAT)
        if k == 4:
            return rng.choice(_TH_LAT)
        return rng.choice(_SEA_HAN)
    if r > 0.84:
        if rng.random() < 0.55:
            dot = rng.choice("‧·")
            return rng.choice(_INDIGENOUS_HAN_1) + dot + rng.choice(_INDIGENOUS_HAN_2)
        return f"{rng.choice(_INDIGENOUS_LAT_1)} {rng.choice(_INDIGENOUS_LAT_2)}"
    kind = "common"
    if r > 0.76:
        kind = "married"
    elif r > 0.70:
        kind = "compound"
    elif r > 0.62:
        kind = "rare"
    elif r > 0.54:
        kind = "single"
    while True:
        name = _han_name(rng, kind)
        if name not in _NOT_NAMES:
            return name


# --------------------------------------------------------------------------- values

_FW = {c: chr(ord(c) + 0xFEE0) for c in map(chr, range(0x21, 0x7F))}


def _fullwidth(value: str) -> str:
    return "".join(_FW.get(c, c) for c in value)


_MOBILE_PREFIXES = [f"09{i:02d}" for i in (*range(10, 40), 52, 53, 55, 56, 58, 60, 61, 63)]
_MOBILE_PREFIXES += [f"09{i:02d}" for i in range(65, 90)]


def _mobile(rng: random.Random) -> str:
    while True:
        digits = rng.choice(_MOBILE_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(6))
        if phone.is_valid(digits):
            break
    a, b, c = digits[:4], digits[4:7], digits[7:]
    intl = digits[1:]
    forms = [
        f"{a}-{b}-{c}",
        digits,
        f"{a} {b} {c}",
        f"{a}-{b}{c}",
        f"({a}){b}-{c}",
        f"+886-{intl[:3]}-{intl[3:6]}-{intl[6:]}",
        f"+886 {intl[:3]} {intl[3:6]} {intl[6:]}",
        f"+886{intl}",
        f"886-{intl}",
        f"{a}.{b}.{c}",
    ]
    weights = [6, 5, 3, 2, 1, 2, 2, 1, 1, 1]
    return rng.choices(forms, weights)[0]


_AREAS = [
    ("02", 8, 8),
    ("03", 7, 3),
    ("037", 6, 1),
    ("04", 8, 3),
    ("04", 7, 1),
    ("049", 7, 1),
    ("05", 7, 2),
    ("06", 7, 2),
    ("07", 7, 3),
    ("08", 7, 1),
    ("089", 6, 1),
    ("082", 6, 1),
    ("0836", 5, 1),
]


def _landline(rng: random.Random) -> str:
    while True:
        area, n, _ = rng.choices(_AREAS, [w for _, _, w in _AREAS])[0]
        first = "7" if (area == "04" and n == 7) else rng.choice("2345678")
        local = first + "".join(rng.choice("0123456789") for _ in range(n - 1))
        if phone.is_plausible(area + local):
            break
    if n == 8:
        loc = f"{local[:4]}-{local[4:]}"
        loc_sp = f"{local[:4]} {local[4:]}"
    elif n == 7:
        loc = f"{local[:3]}-{local[3:]}"
        loc_sp = f"{local[:3]} {local[3:]}"
    else:
        loc = loc_sp = local
    forms = [
        f"({area}){loc}",
        f"{area}-{loc}",
        f"{area}-{local}",
        f"{area} {loc_sp}",
        f"({area}) {local}",
        f"+886-{area[1:]}-{loc}",
        f"{area}{local}",
    ]
    value = rng.choices(forms, [5, 5, 3, 2, 1, 1, 1])[0]
    if rng.random() < 0.25:
        ext = "".join(rng.choice("0123456789") for _ in range(rng.choice((2, 3, 4))))
        ext = ext.lstrip("0") or "1"
        value += rng.choice([f" 分機{ext}", f"#{ext}", f" ext. {ext}", f"轉{ext}", f" 分機 {ext}"])
    return value


def _twid(rng: random.Random) -> str:
    letter = rng.choice(list(LETTER_CODES))
    digits8 = rng.choice("12") + "".join(rng.choice("0123456789") for _ in range(7))
    return letter + digits8 + id_check_digit(letter, digits8)


def _arc(rng: random.Random) -> str:
    letter = rng.choice(list(LETTER_CODES))
    tail7 = "".join(rng.choice("0123456789") for _ in range(7))
    if rng.random() < 0.65:
        sex = rng.choice("89")
        return letter + sex + tail7 + id_check_digit(letter, sex + tail7)
    second = rng.choice("ABCD")
    code_digit = str(LETTER_CODES[second] % 10)
    return letter + second + tail7 + id_check_digit(letter, code_digit + tail7)


def _luhn_digit(partial: str) -> str:
    for d in "0123456789":
        if creditcard.luhn_ok(partial + d):
            return d
    raise AssertionError("unreachable")


def _card(rng: random.Random) -> str:
    prefix, length = rng.choice(
        [("4", 16), ("4", 16), ("5", 16), ("35", 16), ("62", 16), ("37", 15), ("2", 16)]
    )
    if prefix == "5":
        prefix = rng.choice(["51", "52", "53", "54", "55"])
    if prefix == "2":
        prefix = rng.choice(["2221", "2300", "2720"])
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    number = body + _luhn_digit(body)
    sep = rng.choice([" ", "-", "", " "])
    if length == 15:
        return sep.join((number[:4], number[4:10], number[10:]))
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


def _nhi(rng: random.Random) -> str:
    if rng.random() < 0.6:
        number = "0000" + "".join(rng.choice("0123456789") for _ in range(8))
    else:
        number = "".join(rng.choice("0123456789") for _ in range(12))
    sep = rng.choice(["", "", "-", " "])
    return sep.join((number[:4], number[4:8], number[8:]))


def _passport(rng: random.Random, foreign: bool) -> str:
    d = "".join(rng.choice("0123456789") for _ in range(8))
    if not foreign:
        return "3" + d
    k = rng.randrange(5)
    if k == 0:
        return rng.choice("BCN") + d[:7]
    if k == 1:
        return rng.choice("ABCX") + d[:7]
    if k == 2:
        return "P" + d[:7] + rng.choice("ABC")
    if k == 3:
        return rng.choice(["AA", "AB", "AC"]) + d[:7]
    return "E" + d


_MAIL_PARTS = ["mei", "ling", "chen", "wang", "lin", "hsu", "yuting", "chihhao", "kevin", "amy"]
_MAIL_PARTS += ["jessica", "tsai", "huang", "wu", "yang", "chang", "peggy", "sunny", "ahui"]
_MAIL_PARTS += ["nguyen.huong", "siti", "walis", "panay", "jyun", "tingting", "cathy", "ray"]
_MAIL_DOMAINS = ["gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com", "msa.hinet.net"]
_MAIL_DOMAINS += ["ms35.hinet.net", "icloud.com", "livemail.tw", "pchome.com.tw", "seed.net.tw"]


def _email(rng: random.Random) -> str:
    local = rng.choice(_MAIL_PARTS)
    if rng.random() < 0.5:
        local += rng.choice([".", "_", ""]) + rng.choice(_MAIL_PARTS).split(".")[0]
    if rng.random() < 0.6:
        local += str(rng.choice([rng.randrange(1, 100), rng.randrange(1950, 2006)]))
    return f"{local}@{rng.choice(_MAIL_DOMAINS)}"


_CITIES = {
    "臺北市": (["中正區", "大同區", "中山區", "松山區", "大安區", "萬華區", "信義區", "士林區",
             "北投區", "內湖區", "南港區", "文山區"], 100),
    "新北市": (["板橋區", "三重區", "中和區", "永和區", "新莊區", "新店區", "土城區", "蘆洲區",
             "汐止區", "樹林區", "淡水區", "瑞芳區", "三峽區"], 220),
    "桃園市": (["桃園區", "中壢區", "平鎮區", "八德區", "楊梅區", "龜山區",
             "龍潭區", "大溪區"], 320),
    "臺中市": (["西屯區", "北屯區", "南屯區", "豐原區", "大里區", "太平區",
             "沙鹿區", "東勢區"], 400),
    "臺南市": (["東區", "中西區", "安平區", "永康區", "新營區", "善化區",
             "佳里區", "麻豆區"], 700),
    "高雄市": (["苓雅區", "三民區", "鳳山區", "左營區", "前鎮區", "楠梓區",
             "旗山區", "岡山區"], 800),
    "基隆市": (["仁愛區", "信義區", "中正區", "安樂區", "暖暖區", "七堵區"], 200),
    "新竹市": (["東區", "北區", "香山區"], 300),
    "新竹縣": (["竹北市", "竹東鎮", "湖口鄉", "新豐鄉", "關西鎮"], 302),
    "苗栗縣": (["苗栗市", "頭份市", "竹南鎮", "通霄鎮", "公館鄉"], 350),
    "彰化縣": (["彰化市", "員林市", "鹿港鎮", "和美鎮", "溪湖鎮"], 500),
    "南投縣": (["南投市", "埔里鎮", "草屯鎮", "竹山鎮", "信義鄉"], 540),
    "雲林縣": (["斗六市", "虎尾鎮", "北港鎮", "西螺鎮", "麥寮鄉"], 630),
    "嘉義縣": (["太保市", "朴子市", "民雄鄉", "水上鄉", "竹崎鄉"], 600),
    "嘉義市": (["東區", "西區"], 600),
    "屏東縣": (["屏東市", "潮州鎮", "東港鎮", "恆春鎮", "琉球鄉", "內埔鄉"], 900),
    "宜蘭縣": (["宜蘭市", "羅東鎮", "蘇澳鎮", "頭城鎮", "礁溪鄉"], 260),
    "花蓮縣": (["花蓮市", "吉安鄉", "新城鄉", "玉里鎮", "壽豐鄉"], 970),
    "臺東縣": (["臺東市", "成功鎮", "關山鎮", "卑南鄉", "蘭嶼鄉"], 950),
    "澎湖縣": (["馬公市", "湖西鄉", "白沙鄉", "西嶼鄉"], 880),
    "金門縣": (["金城鎮", "金湖鎮", "金沙鎮", "烈嶼鄉"], 890),
    "連江縣": (["南竿鄉", "北竿鄉", "莒光鄉"], 209),
}  # fmt: skip
_ROADS = ["中山路", "中正路", "民生路", "建國路", "復興路", "和平東路", "忠孝東路", "成功路"]
_ROADS += ["自由路", "光復路", "民族路", "文化路", "三民路", "博愛路", "中華路", "仁愛路"]
_ROADS += ["信義路", "興隆路", "永福街", "福德街", "大同路", "長春路", "新生南路", "林森北路"]
_ROADS += ["中港路", "四維路", "五福一路", "民權路", "和平路", "公園路", "海岸路", "漁港路"]
_ROADS += ["環河南路", "大仁街", "新興街", "育英街", "站前路", "太平路", "水源路", "龍江路"]
_VILLAGES = ["中正里", "福德里", "大城里", "仁愛里", "新興里", "東興村", "南埔村", "港口村"]
_CN_NUM = "一二三四五六七八九"


def _address(rng: random.Random) -> str:
    city = rng.choice(list(_CITIES))
    districts, zip_base = _CITIES[city]
    district = rng.choice(districts)
    if rng.random() < 0.4:
        city = city.replace("臺", "台", 1)
    parts = []
    if rng.random() < 0.3:
        z = str(zip_base + rng.randrange(0, 12))
        if rng.random() < 0.4:
            z += f"{rng.randrange(0, 100):02d}"
        parts.append(z)
    parts.append(city)
    parts.append(district)
    if rng.random() < 0.2:
        villages = [v for v in _VILLAGES if (v[-1] == "里") == district.endswith("區")]
        parts.append(rng.choice(villages) + f"{rng.randrange(1, 30)}鄰")
    parts.append(rng.choice(_ROADS))
    if rng.random() < 0.35:
        parts.append(rng.choice(_CN_NUM[:5]) + "段")
    if rng.random() < 0.4:
        parts.append(f"{rng.randrange(1, 400)}巷")
        if rng.random() < 0.3:
            parts.append(f"{rng.randrange(1, 30)}弄")
    num = str(rng.randrange(1, 350))
    if rng.random() < 0.15:
        num += f"之{rng.randrange(1, 6)}"
    parts.append(num + "號")
    r = rng.random()
    if r < 0.3:
        parts.append(f"{rng.randrange(2, 25)}樓")
    elif r < 0.4:
        parts.append(f"{rng.choice(_CN_NUM)}樓")
    elif r < 0.5:
        parts.append(f"{rng.randrange(2, 15)}樓之{rng.randrange(1, 9)}")
    sep = " " if (parts[0].isdigit() and rng.random() < 0.5) else ""
    if sep:
        return parts[0] + sep + "".join(parts[1:])
    return "".join(parts)


def _birth(rng: random.Random) -> str:
    y = rng.randrange(1935, 2006)
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    roc = y - 1911
    forms = [
        f"民國{roc}年{m}月{d}日",
        f"{roc}年{m}月{d}日",
        f"{roc}.{m:02d}.{d:02d}",
        f"{roc:03d}/{m:02d}/{d:02d}",
        f"{roc:03d}{m:02d}{d:02d}",
        f"{y}/{m}/{d}",
        f"{y}-{m:02d}-{d:02d}",
        f"{y}年{m}月{d}日",
        f"{y}.{m:02d}.{d:02d}",
        f"民國{roc}年{m:02d}月{d:02d}日",
    ]
    return rng.choice(forms)


# --------------------------------------------------------------------------- look-alikes


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _doc(rng: random.Random) -> str:
    word = rng.choice(
        ["府授工", "交觀業", "署巡檢", "北市社", "府民殯", "衛部醫", "觀業", "中市都", "府社助"]
    )
    return f"{word}字第{rng.choice(['112', '113', '114'])}{_digits(rng, 7)}號"


def _case(rng: random.Random) -> str:
    k = rng.randrange(5)
    y = rng.choice(["112", "113", "114"])
    if k == 0:
        return f"{y}-{_digits(rng, 4)}-{_digits(rng, 4)}"
    if k == 1:
        return f"{rng.choice(['CB', 'YB', 'SH', 'CG', 'FN'])}{y}{_digits(rng, 6)}"
    if k == 2:
        return f"{y}{rng.choice(['社宅', '殯', '導', '志'])}字{_digits(rng, 5)}"
    if k == 3:
        return f"No.{_digits(rng, 7)}"
    return f"{rng.choice('ABCDEFGHJK')}{y}{_digits(rng, 5)}"


def _receipt(rng: random.Random) -> str:
    while True:
        letters = rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
        value = letters + _digits(rng, 8)
        if not arc.is_valid(value) and not twid.is_valid(value):
            return rng.choice([value, f"{letters}-{value[2:]}"])


def _ban(rng: random.Random) -> str:
    while True:
        value = _digits(rng, 8)
        if ban.is_valid(value):
            return value


_LAWS = ["殯葬管理條例第44條", "發展觀光條例第32條第1項", "海岸巡防法第4條", "住宅法第25條"]
_LAWS += ["道路交通管理處罰條例第73條第1項第3款", "導遊人員管理規則第9條", "志願服務法第12條"]
_LAWS += ["行政程序法第102條", "個人資料保護法第6條", "國家賠償法第3條", "社會住宅出租辦法第5條"]
_ORGS = ["交通部觀光署", "海洋委員會海巡署", "臺北市殯葬管理處", "新北市政府社會局", "衛生福利部"]
_ORGS += ["國家住宅及都市更新中心", "臺中市政府交通局", "微笑單車股份有限公司", "高雄市立凱旋醫院"]
_ORGS += [
    "中華民國觀光導遊協會",
    "第九岸巡隊",
    "臺大醫院志工室",
    "臺灣銀行",
    "財團法人法律扶助基金會",
]
_GENRE_ORGS = {
    "guide": ["交通部觀光署", "中華民國觀光導遊協會", "臺北市觀光傳播局", "山海觀光旅行社"],
    "volunteer": ["臺大醫院志工室", "高雄市立凱旋醫院", "衛生福利部", "馬偕紀念醫院社工室"],
    "coast": ["海洋委員會海巡署", "第九岸巡隊", "漁業署", "東部分署第十二岸巡隊"],
    "funeral": ["臺北市殯葬管理處", "新北市政府民政局", "福田禮儀社", "高雄市殯葬管理處"],
    "bike": ["微笑單車股份有限公司", "臺中市政府交通局", "臺北市政府交通局", "新光產物保險"],
    "housing": [
        "國家住宅及都市更新中心",
        "新北市政府社會局",
        "臺北市都市發展局",
        "內政部國土管理署",
    ],
}
_GENRE_PLACES = {
    "guide": ["九份老街", "日月潭向山遊客中心", "太魯閣燕子口", "阿里山森林遊樂區", "安平古堡"],
    "volunteer": ["門診大樓一樓大廳", "第二醫療大樓B1", "復健科候診區", "急診室入口"],
    "coast": ["八斗子漁港", "東港漁港", "蘭嶼開元港", "高雄港十號碼頭", "淡水漁人碼頭"],
    "funeral": ["第二殯儀館", "富德公墓", "新北市立板橋殯儀館", "金寶山"],
    "bike": ["捷運市政府站", "板橋火車站", "信義區松仁路口", "中正紀念堂", "臺中公園"],
    "housing": ["青年社會住宅", "板橋江翠北側社宅", "南港區公所禮堂", "興隆公共住宅"],
}
_PLACES = ["淡水漁人碼頭", "墾丁大街", "日月潭向山遊客中心", "太魯閣燕子口", "捷運市政府站"]
_PLACES += [
    "八斗子漁港",
    "安平古堡",
    "第二殯儀館",
    "富德公墓",
    "板橋火車站",
    "東港漁港",
    "九份老街",
]
_PLACES += ["阿里山森林遊樂區", "信義區松仁路口", "中正紀念堂", "蘭嶼開元港", "高雄港十號碼頭"]
_SHOPS = [
    "全家便利商店",
    "7-ELEVEN 鼎泰門市",
    "福田禮儀社",
    "山海觀光旅行社",
    "幸福藥局",
    "大吉漁具行",
]
_PRODUCTS = [
    "YouBike 2.0E",
    "悠遊卡",
    "一卡通",
    "海巡CP-1001巡防艇",
    "環保骨灰罐",
    "電動輔助自行車",
]
_WORDS = ["請勿於公告欄張貼廣告", "林業及自然保育署協辦", "黃昏後暫停登船作業", "陳列區暫停開放"]
_WORDS += ["高鐵站接駁車改道", "周邊道路施工中", "曾經申請者免附證明", "金額以收據為準"]
_WORDS += [
    "江面風浪較大請注意安全",
    "採方案二辦理",
    "白天時段人潮較多",
    "洪水警戒期間暫停",
    "方向指標更新",
]
_WORDS += ["游泳池整修期間改道", "温度偏低請加強保暖", "石階濕滑請小心", "程序依說明辦理"]
_WORDS += [
    "古蹟周邊禁止停車",
    "胡椒餅攤位遷移",
    "童玩節期間加開班次",
    "陸續通知各單位",
    "葉片掉落請清掃",
]
_WORDS += [
    "羅盤校正完成",
    "何時開放另行公告",
    "馬路拓寬工程",
    "施工圍籬已架設",
    "王功漁港停泊區整修",
]


def _amount(rng: random.Random) -> str:
    v = rng.randrange(3, 600) * 100
    return rng.choice([f"新臺幣{v:,}元", f"NT${v:,}", f"{v}元", f"新台幣{v // 1000}千元整"])


def _date(rng: random.Random) -> str:
    y = rng.choice([112, 113, 114])
    m, d = rng.randrange(1, 13), rng.randrange(1, 29)
    return rng.choice(
        [f"{y}年{m}月{d}日", f"{y}.{m:02d}.{d:02d}", f"{y + 1911}/{m}/{d}", f"{y}/{m:02d}/{d:02d}"]
    )


def _time(rng: random.Random) -> str:
    return f"{rng.randrange(6, 23):02d}:{rng.choice(['00', '15', '30', '45', '10', '50'])}"


_FILLERS = {
    "DOC": _doc,
    "CASE": _case,
    "RCPT": _receipt,
    "BAN": _ban,
    "LAW": lambda r: r.choice(_LAWS),
    "ORG": lambda r: r.choice(_ORGS),
    "PLACE": lambda r: r.choice(_PLACES),
    "SHOP": lambda r: r.choice(_SHOPS),
    "PROD": lambda r: r.choice(_PRODUCTS),
    "WORD": lambda r: r.choice(_WORDS),
    "AMT": _amount,
    "DATE": _date,
    "TIME": _time,
    "N": lambda r: str(r.randrange(1, 40)),
}

# --------------------------------------------------------------------------- templates
# {P} {Q} {R}: persons (repeated placeholder = same person); {F} {G}: foreign or Indigenous
# residents; {ID} {ARC} {MOB} {TEL} {EMAIL} {ADDR} {NHI} {PASS} {TWPASS} {CARD} {BIRTH}:
# labelled values; the other {X} are unlabelled fillers; [a|b|] picks one alternative.

_POS = {
    "guide": [
        "導遊執照核發紀錄\n姓名：{P}\n身分證字號：{ID}\n出生日期：{BIRTH}\n執照字號：{CASE}\n"
        "語別：[日語|英語|韓語|泰語|越南語]\n聯絡電話：{MOB}\n通訊地址：{ADDR}",
        "{DATE} 受理{P}[君|先生|女士|]換發導遊執業證，原證遺失，[已查驗|已核對]身分證{ID}，"
        "[新證寄送|郵寄至]{ADDR}。",
        "[備註|註]：{P}[導遊|領隊]於{PLACE}帶團時遭旅客投訴，依{LAW}通知旅行社說明；"
        "該導遊手機{MOB}，E-mail {EMAIL}。",
        "外語導遊甄試錄取名冊（節錄）\n｜編號｜姓名｜身分證/居留證號｜電話｜\n"
        "｜{N}｜{P}｜{ID}｜{MOB}｜\n｜{N}｜{F}｜{ARC}｜{MOB}｜",
        "[報名|申請]人{F}，[外籍|新住民]，居留證號{ARC}，護照號碼{PASS}，"
        "欲報考[越南語|印尼語|泰語]導遊，聯絡方式 {MOB} / {EMAIL}。",
        "「我是{P}，導遊證號{CASE}，電話{TEL}，上次說要補件的是我。」（電話紀錄，{DATE}）",
        "{P}、{Q}、{R}三人參加{DATE}職前訓練，{Q}缺課{N}小時，須補訓。",
        "領隊{P}帶團出國前登錄護照{TWPASS}，公司聯絡窗口{Q}（{TEL}）。",
    ],
    "volunteer": [
        "{DATE}（[一|二|三|四|五|六]）志工排班\n上午：{P}、{Q}\n下午：{R}\n緊急聯絡：{P} {MOB}",
        "志工{P}[阿姨|伯伯|大哥|姐|]本週請假，代班：{Q}，請{Q}[記得|務必]{TIME}前到服務台報到。",
        "新進志工基本資料\n姓名：{P}\n生日：{BIRTH}\n身分證：{ID}\n住址：{ADDR}\n"
        "電話：{TEL}／手機：{MOB}\n電子信箱：{EMAIL}",
        "志工{P}於掛號櫃台協助時扭傷，已協助掛急診，健保卡號{NHI}，家屬{Q}（{MOB}）已通知。",
        "陪伴志工{F}（外籍配偶，居留證{ARC}），生日{BIRTH}，可支援越語翻譯。",
        "志工保險加保名單：{P}/{ID}/{BIRTH}；{Q}/{ID}/{BIRTH}",
        "[謝謝|感謝]{P}[師姊|師兄|志工|]今天幫忙推輪椅！\n——{Q} 敬上",
        "轉帳退還制服費{AMT}，志工{P}提供信用卡{CARD}，已請{ORG}[處理|辦理]。",
    ],
    "coast": [
        "登檢紀錄 {DATE} {TIME}\n漁船船長：{P}（{ID}），船員{F}（護照{PASS}）、{G}（居留證{ARC}）。"
        "\n結果：[證件齊全|查無違規|漁獲量與申報相符]。",
        "{TIME} 於{PLACE}外海登檢，船長{P}出示身分證{ID}，稱船員{F}上岸就醫。",
        "船員名冊\n1. {F}　{PASS}\n2. {G}　{ARC}\n3. {P}　{ID}　{MOB}",
        "[據|依]船長{P}稱：「{F}是[上個月|前天]才上船的，他的居留證號是{ARC}。」",
        "查獲走私案，嫌疑人{P}（{BIRTH}生，住{ADDR}）當場坦承，依{LAW}移送。",
        "聯繫船東{P}，電話{TEL}，信箱{EMAIL}，請其於{DATE}前補正船員資料。",
        "登檢人員：{Q}、{R}。受檢人{P}，連絡電話{MOB}。",
        "漁工{F}要求聯繫仲介{Q}（{MOB}），並表示護照號{PASS}被雇主扣留。",
    ],
    "funeral": [
        "火化許可申請書\n亡者姓名：{P}\n亡者身分證：{ID}\n出生日期：{BIRTH}\n"
        "申請人：{Q}（關係：[子|女|配偶|孫]）\n申請人電話：{TEL}\n戶籍地址：{ADDR}",
        "[茲|今]有{Q}為其[父|母|配偶]{P}申請{PLACE}塔位，規費{AMT}以信用卡{CARD}繳納。",
        "亡者{F}（外籍，居留證號{ARC}），由雇主代表{Q}代為申請火化，聯絡{MOB}。",
        "{P}之喪葬補助申請，[申請人|家屬]{Q}提供身分證{ID}及健保卡{NHI}影本。",
        "殯葬案件聯繫：家屬{Q}表示亡者{P}生前住{ADDR}，出生於{BIRTH}。",
        "申請人 {Q}　身分證統一編號 {ID}　電話 {MOB}　E-mail：{EMAIL}",
        "公告：{P}（{BIRTH}生）之遺體於{DATE}火化，承辦：{R}",
    ],
    "bike": [
        "申訴人{P}[表示|稱]，{DATE}於{PLACE}租借{PROD}時煞車失靈摔倒，要求賠償醫藥費{AMT}。"
        "聯絡電話：{MOB}。",
        "事故申訴單\n申訴人：{P}\n電話：{MOB}\nEmail：{EMAIL}\n會員卡扣款信用卡：{CARD}\n"
        "事故地點：{PLACE}\n案號：{CASE}",
        "民眾{P}來電（{TEL}）反映被{Q}騎乘之公共自行車撞傷，已請其提供就醫證明。",
        "「我叫{P}，我的身分證是{ID}，我[昨天|剛剛]騎車被車撞，你們的車子根本有問題。」",
        "[被害人|傷者]{P}（{BIRTH}生）住{ADDR}，健保卡號{NHI}，已轉請保險公司處理。",
        "外籍人士{F}，護照{PASS}，居留證{ARC}，租車後於{PLACE}與機車擦撞，聯絡{MOB}。",
        "{P} 已於{DATE}撤回申訴；回覆信件寄至 {EMAIL}。",
    ],
    "housing": [
        "社宅候補訪談紀錄\n受訪者：{P}\n身分證：{ID}\n生日：{BIRTH}\n現住：{ADDR}\n"
        "電話：{MOB}\n同住：[配偶|兒子|女兒]{Q}\n候補序號：{N}",
        "訪談員：{R}\n{P}[說|表示]：「我現在住{ADDR}，房東要賣房子，我們[下個月|月底]就要搬。」",
        "申請人{P}為[中低收入戶|身障者|單親家庭]，配偶{F}（居留證號{ARC}），家戶月收入約{AMT}。",
        "{P}（{ID}）、{Q}（{ID}）兩戶候補序位相同，請{R}於{DATE}前電話確認（{MOB}、{TEL}）。",
        "[補件通知|通知]：{P}[女士|先生|]您好，請於{DATE}前補送戶籍謄本，如有疑問請回信至"
        "{EMAIL}或撥{MOB}與{Q}聯繫。",
        "家訪摘要：{P}，{BIRTH}出生，獨居於{ADDR}，健保卡{NHI}，目前由{Q}照顧。",
        "受訪者 {P}｜電話 {TEL}｜緊急聯絡人 {Q} {MOB}",
    ],
}

_NEG = {
    "guide": [
        "依{LAW}，{ORG}以{DOC}函[通知|檢送]各旅行社，{DATE}起導遊執業證須於期限內換發。",
        "{DATE}導遊職前訓練於{PLACE}舉行，報名費{AMT}，收據編號{CASE}。",
        "{SHOP}（統一編號{BAN}）申請變更登記，案號{CASE}，[准予備查|請補正]。",
        "外語導遊人員甄試[簡章|公告]：報名期間{DATE}至{DATE}；備註：{WORD}。",
    ],
    "volunteer": [
        "{DATE}志工大會於{PLACE}舉行，[議程|流程]：{TIME}報到、{TIME}頒獎。",
        "志工服務時數統計：本月共{N}班，較上月增加{N}%。依{LAW}辦理志工保險。",
        "病房區[公告|通知]：{WORD}，請志工協助引導，文號{DOC}。",
        "採購志工背心{N}件，廠商{SHOP}（統編{BAN}），金額{AMT}，發票{RCPT}。",
    ],
    "coast": [
        "{DATE} {TIME} {PRODUCT_SHIP}於{PLACE}執行例行巡護，天候[晴|陰|小雨]，"
        "浪高{N}0公分，未發現異常。",
        "依{LAW}執行登檢，本日登檢漁船{N}艘，查獲違規{N}件，案號{CASE}。",
        "{ORG}以{DOC}函轉相關規定，請各岸巡隊配合辦理；另提醒：{WORD}。",
        "漁獲抽查：{N}箱，重量約{N}0公斤，估值{AMT}。",
    ],
    "funeral": [
        "{ORG}公告：{DATE}起{PLACE}火化爐[歲修|檢修]，暫停受理{N}日，依{LAW}辦理。",
        "{SHOP}（統一編號{BAN}）申請殯葬服務業經營許可，文號{DOC}。",
        "塔位使用規費{AMT}，收據{RCPT}，繳費期限{DATE}。",
        "環保自然葬說明會於{DATE}在{PLACE}舉辦，現場提供{PROD}展示。",
    ],
    "bike": [
        "{PLACE}租賃站[車柱|站體]故障，工單{CASE}，預計{DATE} {TIME}修復。",
        "{ORG}統計{DATE}至{DATE}共受理事故申訴{N}件，理賠總額{AMT}。",
        "依{LAW}，騎乘{PROD}應遵守號誌；本站[告示|標示]已更新：{WORD}。",
        "保險契約由{ORG}承保（統編{BAN}），保單號碼{CASE}。",
    ],
    "housing": [
        "{ORG}{DATE}公告{PLACE}周邊社會住宅招租，第{N}期共{N}0戶，租金{AMT}起。",
        "依{LAW}，候補期間為{N}個月，逾期未遞補者[案件註銷|需重新申請]，文號{DOC}。",
        "社宅施工進度：主體工程完成{N}%，{WORD}，承包商{SHOP}（統編{BAN}）。",
        "說明會紀錄：{DATE} {TIME}，地點{PLACE}，出席{N}人，議題：{WORD}、管理費{AMT}。",
    ],
}

_SHIPS = ["巡護九號", "新北艦", "宜蘭艦", "PP-10072巡防艇", "安平艦"]
_TOKEN = re.compile(r"\{(\w+)\}|\[([^\]]*)\]")
_PERSON_KEYS = {"P", "Q", "R", "F", "G"}


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[tuple[int, int, str]] = []

    def add(self, text: str, label: str | None = None) -> None:
        if label is not None:
            self.spans.append((self.length, self.length + len(text), label))
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


class _Persons:
    """Draws names: known ones from the list, unknown ones absent from every list."""

    def __init__(self, rng: random.Random, known: list[str]) -> None:
        self.rng = rng
        self.known = known
        self.known_set = set(known)

    def draw(self, foreign: bool, avoid: set[str]) -> str:
        rng = self.rng
        for _ in range(200):
            if rng.random() < 0.53:
                name = rng.choice(self.known)
                if foreign and not _looks_foreign(name):
                    continue
            else:
                name = _make_name(rng, foreign)
                if name in self.known_set:
                    continue
            if name not in avoid and not any(name in a or a in name for a in avoid):
                return name
        raise AssertionError("could not draw a name")


_FOREIGN_LAT = {x.upper() for x in _ID_LAT + _PH_LAT + _TH_LAT}


def _looks_foreign(name: str) -> bool:
    """Whether a drawn name belongs to the foreign-resident pools (not Indigenous)."""
    if name.isascii():
        return name.split()[0].capitalize() in _VN_FAMILY or name.upper() in _FOREIGN_LAT
    return name in _SEA_HAN or (name[:1] in _VN_HAN_FAMILY and name[1:] in _VN_HAN_GIVEN)


def _render(rng: random.Random, template: str, persons: _Persons | None, genre: str) -> _Builder:
    b = _Builder()
    names: dict[str, str] = {}
    fw = 0.125
    pos = 0
    for m in _TOKEN.finditer(template):
        b.add(template[pos : m.start()])
        pos = m.end()
        if m.group(2) is not None:
            b.add(rng.choice(m.group(2).split("|")))
            continue
        key = m.group(1)
        if key in _PERSON_KEYS:
            assert persons is not None
            if key not in names:
                names[key] = persons.draw(key in "FG", set(names.values()))
            b.add(names[key], "PERSON")
            continue
        if key == "ORG" and rng.random() < 0.8:
            b.add(rng.choice(_GENRE_ORGS[genre]))
            continue
        if key == "PLACE" and rng.random() < 0.8:
            b.add(rng.choice(_GENRE_PLACES[genre]))
            continue
        if key in _FILLERS:
            b.add(_FILLERS[key](rng))
            continue
        if key == "PRODUCT_SHIP":
            b.add(rng.choice(_SHIPS))
            continue
        value, label = _value(rng, key)
        if rng.random() < fw and label not in ("ADDRESS", "PERSON"):
            value = _fullwidth(value)
        elif label == "ADDRESS" and rng.random() < fw:
            value = value.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
        b.add(value, label)
    b.add(template[pos:])
    return b


def _value(rng: random.Random, key: str) -> tuple[str, str]:
    if key == "ID":
        return _twid(rng), "TW_NATIONAL_ID"
    if key == "ARC":
        return _arc(rng), "TW_RESIDENT_CERT"
    if key == "MOB":
        return _mobile(rng), "PHONE"
    if key == "TEL":
        return (_landline(rng) if rng.random() < 0.8 else _mobile(rng)), "PHONE"
    if key == "EMAIL":
        return _email(rng), "EMAIL"
    if key == "ADDR":
        return _address(rng), "ADDRESS"
    if key == "NHI":
        return _nhi(rng), "TW_NHI_CARD"
    if key == "PASS":
        return _passport(rng, foreign=True), "PASSPORT"
    if key == "TWPASS":
        return _passport(rng, foreign=False), "PASSPORT"
    if key == "CARD":
        return _card(rng), "CREDIT_CARD"
    if key == "BIRTH":
        return _birth(rng), "BIRTH_DATE"
    raise KeyError(key)


# --------------------------------------------------------------------------- leak check

_FW_TO_ASCII = {0xFF01 + i: 0x21 + i for i in range(94)} | {0x3000: 0x20}
_ID_WINDOW = re.compile(r"(?=([A-Z][A-Z0-9][0-9]{8}))")
_DIGIT_RUN = re.compile(r"\+?[0-9](?:[0-9 \-.()]*[0-9])?")


def _outside(spans: list[tuple[int, int, str]], start: int, end: int) -> bool:
    return all(end <= s or start >= e for s, e, _ in spans)


def _leaks(text: str, spans: list[tuple[int, int, str]], negative: bool) -> bool:
    """Whether ``text`` holds a valid ID/ARC/card/e-mail (or, in negatives, a mobile) outside
    the spans; used to reject an unlucky draw."""
    flat = text.translate(_FW_TO_ASCII).upper()
    for m in _ID_WINDOW.finditer(flat):
        s = m.start(1)
        if _outside(spans, s, s + 10) and (twid.is_valid(m.group(1)) or arc.is_valid(m.group(1))):
            return True
    for m in _DIGIT_RUN.finditer(flat):
        if not _outside(spans, m.start(), m.end()):
            continue
        digits = re.sub(r"\D", "", m.group())
        for n in range(13, 20):
            for i in range(len(digits) - n + 1):
                if creditcard.is_valid(digits[i : i + n]):
                    return True
        if negative and (phone.is_mobile(m.group()) or re.search(r"09\d{8}", digits)):
            return True
    return any(ch == "@" and _outside(spans, i, i + 1) for i, ch in enumerate(flat))


# --------------------------------------------------------------------------- entry point


def _known_list(rng: random.Random, n: int) -> list[str]:
    size = 250 + n // 5
    seen: set[str] = set()
    names: list[str] = []
    while len(names) < size:
        name = _make_name(rng, foreign=rng.random() < 0.12)
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def generate_heldout25(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples and the known-names list, deterministic for ``seed``."""
    rng = random.Random(seed)
    known = _known_list(rng, n)
    persons = _Persons(rng, known)
    genres = list(_POS)
    samples: list[Sample] = []
    while len(samples) < n:
        genre = rng.choice(genres)
        negative = rng.random() < 0.25
        if negative:
            b = _render(rng, rng.choice(_NEG[genre]), None, genre)
        else:
            b = _render(rng, rng.choice(_POS[genre]), persons, genre)
            if rng.random() < 0.3:  # a look-alike tail line, as case logs often have
                tail = _render(rng, rng.choice(_NEG[genre]), None, genre).text()
                ends = b.text()[-1:] in "。！」）"
                b.add((rng.choice(["\n", " "]) if ends else rng.choice(["\n", "。"])) + tail)
        text = b.text()
        if _leaks(text, b.spans, negative):
            continue
        kp = [text[s:e] in persons.known_set for s, e, lab in b.spans if lab == "PERSON"]
        samples.append(Sample(text, b.spans, negative, kp))
    return samples, known
