"""Held-out synthetic test set 56 for the free-text personal-data scanner.

Written without looking at the scanner. Genres: parole and probation reports (假釋、保護管束),
pharmacy controlled-drug dispensing logs (管制藥品), taxi-driver registrations (計程車執業登記),
foster-family placements (寄養家庭), estate and deceased-depositor inquiries (遺產查詢) and
marine-park / fishing-competition permits (海洋公園、釣魚比賽).

Every value is synthetic: names are assembled from character pools, identifiers are random
numbers with valid checksums. ``generate_heldout56(n, seed)`` is deterministic for a seed.
"""

import random
import re
import unicodedata

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

# ---------------------------------------------------------------------------------------------
# Name material (own lists).

_SURNAMES = list(
    dict.fromkeys(
        "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余"
        "盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀姚連馮歐程湯田康姜白汪"
        "鄒尤巫鐘黎涂龔嚴韓袁金童陸夏柳凃邵錢伍倪溫于譚駱熊任甘秦顧毛章史官萬俞雷粘饒闕凌崔"
        "尹孔辛武辜陶段龍韋葛池孟褚殷麥賀賈莫文管關向包丘梅華利裴樊房全佘左花秋符季盛聶牛蘭"
        "冉喬商卜應苗易留巴卲"
    )
)
_COMPOUND = ["歐陽", "張簡", "司徒", "范姜", "諸葛", "上官", "東方", "司馬", "夏侯", "端木"]
_COMPOUND += ["長孫", "皇甫", "公孫", "周黃", "張廖", "陳黃"]
_MALE = "志明建國文俊宏家偉豪傑柏翰宗祐承恩冠廷哲維彥凱信仁正忠嘉昇振榮福德"
_MALE += "勝煌輝清水金聰坤成育宇軒睿翔霖達彬智鴻耀銘"
_FEMALE = "淑芬美玲雅婷怡君佩珊惠如秀琴麗華慧敏靜芳瑜欣宜筱瑩萱涵琪蓁妤嫻"
_FEMALE += "薇珮玉蘭春月秋香鳳娟貞菁琳詩穎柔甄霈晴"
_INDIG_GIVEN = ["巴奈", "瓦歷斯", "比令", "尤幹", "馬耀", "伊萬", "拉娃", "吉娃斯", "撒韻", "達卡"]
_INDIG_GIVEN += ["哈勇", "烏杜", "莎韻", "以撒", "阿道", "古拿", "娃旦", "優蜜", "瑪雅", "希瑪"]
_INDIG_FAMILY = ["諾幹", "庫穗", "巴萬", "谷木", "尤道", "拉夫琅斯", "達利", "瓦旦", "多奧"]
_INDIG_FAMILY += ["阿布斯", "卡造", "畢里", "索尼", "吉拉", "蘇路", "馬賴", "伊斯坦大"]
_INDIG_LATIN_G = ["Pasang", "Yapit", "Kolas", "Iwan", "Tanah", "Suming", "Piya", "Lahok", "Umav"]
_INDIG_LATIN_G += ["Savi", "Sakinu", "Lavakaw", "Panay", "Dakis", "Ukah"]
_INDIG_LATIN_F = ["Tali", "Nawi", "Batu", "Lukah", "Temu", "Kuliw", "Ciwas", "Akiw", "Kacaw"]
_INDIG_LATIN_F += ["Tanapima", "Mayaw", "Istanda", "Lalaulan"]
_VN_SUR = "阮陳黎范黃潘武鄧裴杜胡吳"
_VN_GIVEN = ["秋香", "玉蘭", "金鳳", "氏草", "清水", "明俊", "文雄", "翠蓮", "碧玉", "紅絨", "英俊"]
_VN_LATIN_S = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do"]
_VN_LATIN_G = ["Lan", "Huong", "Hoa", "Thu Trang", "Minh Tuan", "Van Hung", "Ngoc Anh", "Duc"]
_VN_LATIN_G += ["Thanh Tam", "Bich Ngoc", "Quang Huy", "My Linh"]
_ID_LATIN_G = ["Siti", "Sri", "Dewi", "Nur", "Ani", "Rina", "Agus", "Budi", "Eko", "Wahyu", "Yuli"]
_ID_LATIN_F = ["Rahayu", "Wahyuni", "Lestari", "Aminah", "Susanti", "Setiawan", "Hidayat"]
_ID_LATIN_F += ["Purnamasari", "Handayani", "Kurniawati", "Saputra", "Nurhayati"]
_TRANSLIT = "蒂娜莉安妮雅瑪絲亞麗蘇西阿努爾哈妲卡拉莎米菲塔芭德娃堤"
_PH_G = ["Maria", "Jocelyn", "Mark Anthony", "Rowena", "Analyn", "Jerome", "Marites", "Ronaldo"]
_PH_G += ["Cristina", "Jhun", "Lovely", "Rhea Mae", "Joel"]
_PH_F = ["Santos", "Reyes", "Bautista", "Garcia", "Dela Cruz", "Mendoza", "Villanueva", "Aquino"]
_PH_F += ["Ramos", "Castillo", "Manalo", "Pangilinan"]
_TH_G = ["Somchai", "Niran", "Kanya", "Sompong", "Wichai", "Malee", "Anong", "Prasert", "Supaporn"]
_TH_G += ["Thongchai", "Boonsri"]
_TH_F = ["Srisuk", "Boonmee", "Wongsawat", "Chaiyaporn", "Saetang", "Kaewkla", "Phromma"]
_TH_F += ["Thongdee", "Jaidee"]
_TH_HAN = ["頌猜", "宋猜", "素帕蓬", "阿儂", "尼蘭", "瑪莉", "頌蓬", "維猜", "普拉瑟", "甘雅"]


def _given(rng: random.Random, female: bool) -> str:
    pool = _FEMALE if female else _MALE
    if rng.random() < 0.1:
        return rng.choice(pool)
    a, b = rng.choice(pool), rng.choice(pool)
    if a == b and rng.random() < 0.7:
        b = rng.choice(pool)
    return a + b


def _han_name(rng: random.Random) -> str:
    female = rng.random() < 0.5
    sur = rng.choice(_COMPOUND) if rng.random() < 0.06 else rng.choice(_SURNAMES)
    if female and rng.random() < 0.08:  # 冠夫姓
        return rng.choice(_SURNAMES) + sur + _given(rng, True)
    return sur + _given(rng, female)


def _indigenous_name(rng: random.Random) -> str:
    if rng.random() < 0.35:
        return f"{rng.choice(_INDIG_LATIN_G)} {rng.choice(_INDIG_LATIN_F)}"
    sep = rng.choice("‧·")
    return rng.choice(_INDIG_GIVEN) + sep + rng.choice(_INDIG_FAMILY)


def _foreign_name(rng: random.Random) -> str:
    kind = rng.randrange(8)
    if kind == 0:
        return rng.choice(_VN_SUR) + rng.choice("氏文") + rng.choice(_VN_GIVEN)
    if kind == 1:
        mid = rng.choice(["Thi ", "Van ", ""])
        return f"{rng.choice(_VN_LATIN_S)} {mid}{rng.choice(_VN_LATIN_G)}"
    if kind == 2:
        if rng.random() < 0.3:
            return rng.choice(_ID_LATIN_G) + rng.choice(["ni", "yati", "ningsih"])
        return f"{rng.choice(_ID_LATIN_G)} {rng.choice(_ID_LATIN_F)}"
    if kind == 3:
        return "".join(rng.choice(_TRANSLIT) for _ in range(rng.randint(3, 4)))
    if kind == 4:
        return f"{rng.choice(_PH_G)} {rng.choice(_PH_F)}"
    if kind == 5:
        return f"{rng.choice(_TH_G)} {rng.choice(_TH_F)}"
    if kind == 6:
        return rng.choice(_TH_HAN) + "‧" + "".join(rng.choice(_TRANSLIT) for _ in range(2))
    return rng.choice(_VN_SUR) + rng.choice(_VN_GIVEN)


def _any_name(rng: random.Random, kind: str) -> str:
    if kind == "PI":
        return _indigenous_name(rng)
    if kind == "PF":
        return _foreign_name(rng)
    r = rng.random()
    if r < 0.06:
        return _indigenous_name(rng)
    if r < 0.13:
        return _foreign_name(rng)
    return _han_name(rng)


# ---------------------------------------------------------------------------------------------
# Structured values.

_FW = {c: chr(ord(c) + 0xFEE0) for c in map(chr, range(0x21, 0x7F))}


def _fullwidth(s: str) -> str:
    return "".join(_FW.get(c, c) for c in s)


def _digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


def _national_id(rng: random.Random) -> str:
    letter = rng.choice(list(LETTER_CODES))
    body = rng.choice("12") + _digits(rng, 7)
    return letter + body + id_check_digit(letter, body)


def _resident_cert(rng: random.Random) -> str:
    letter = rng.choice(list(LETTER_CODES))
    if rng.random() < 0.6:
        body = rng.choice("89") + _digits(rng, 7)
        return letter + body + id_check_digit(letter, body)
    second = rng.choice("ABCD")
    tail = _digits(rng, 7)
    return letter + second + tail + id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)


_MOBILE_PREFIX = ["0910", "0912", "0918", "0921", "0922", "0928", "0930", "0933", "0936", "0937"]
_MOBILE_PREFIX += ["0952", "0955", "0958", "0963", "0966", "0972", "0975", "0988", "0905", "0920"]


def _mobile(rng: random.Random) -> str:
    while True:
        p, a, b = rng.choice(_MOBILE_PREFIX), _digits(rng, 3), _digits(rng, 3)
        if phone.is_valid(p + a + b):
            break
    forms = [
        f"{p}{a}{b}",
        f"{p}-{a}-{b}",
        f"{p}-{a}{b}",
        f"{p} {a} {b}",
        f"{p}-{a}{b}",
        f"+886-{p[1:]}-{a}-{b}",
        f"+886 {p[1:]} {a} {b}",
        f"+886{p[1:]}{a}{b}",
        f"({p}){a}-{b}",
        f"{p}.{a}.{b}",
    ]
    return rng.choice(forms)


_AREAS = [("02", 8), ("03", 7), ("037", 6), ("04", 7), ("04", 8), ("049", 7), ("05", 7)]
_AREAS += [("06", 7), ("07", 7), ("08", 7), ("089", 6), ("082", 6), ("02", 8), ("07", 7)]


def _landline(rng: random.Random) -> str:
    while True:
        area, k = rng.choice(_AREAS)
        local = rng.choice("2345678") + _digits(rng, k - 1)
        if phone.is_plausible(area + local):
            break
    h = len(local) // 2 if k == 8 else len(local) - 4
    x, y = local[:h], local[h:]
    forms = [
        f"({area}){x}-{y}",
        f"{area}-{x}-{y}",
        f"{area}-{local}",
        f"({area}){local}",
        f"{area} {x} {y}",
        f"+886-{area[1:]}-{x}-{y}",
        f"{area}{local}",
    ]
    s = rng.choice(forms)
    if rng.random() < 0.22:
        ext = _digits(rng, rng.choice([2, 3, 4])).lstrip("0") or "21"
        s += rng.choice([f"#{ext}", f" 分機{ext}", f"分機 {ext}", f"轉{ext}", f" ext. {ext}"])
    return s


_MAIL_SUR = ["chen", "lin", "huang", "chang", "lee", "wang", "wu", "liu", "tsai", "yang", "hsu"]
_MAIL_SUR += ["cheng", "hsieh", "kuo", "chiu", "tseng", "liao", "lai", "chou", "yeh", "su", "lu"]
_MAIL_GIV = ["yi", "chun", "hui", "ming", "wei", "ting", "jun", "hao", "mei", "ling", "chia"]
_MAIL_GIV += ["yu", "hsin", "an", "po", "fang", "jie", "han", "siti", "linh", "mary"]
_MAIL_DOM = ["gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com", "ms15.hinet.net"]
_MAIL_DOM += ["pchome.com.tw", "icloud.com", "seed.net.tw", "livemail.tw", "gmail.com"]


def _email(rng: random.Random) -> str:
    g = rng.choice(_MAIL_GIV) + rng.choice(_MAIL_GIV)
    s = rng.choice(_MAIL_SUR)
    local = rng.choice([f"{g}.{s}", f"{s}{g}", f"{s}_{g}", f"{g}{rng.randint(60, 99)}", f"{s}{g}"])
    if rng.random() < 0.4:
        local += _digits(rng, rng.choice([2, 3, 4]))
    return f"{local}@{rng.choice(_MAIL_DOM)}"


_PLACES: dict[str, list[tuple[str, str]]] = {
    "臺北市": [("大安區", "106"), ("中山區", "104"), ("萬華區", "108"), ("士林區", "111")],
    "台北市": [("信義區", "110"), ("北投區", "112"), ("文山區", "116")],
    "新北市": [("板橋區", "220"), ("三重區", "241"), ("新店區", "231"), ("瑞芳區", "224")],
    "桃園市": [("中壢區", "320"), ("桃園區", "330"), ("龜山區", "333")],
    "臺中市": [("西屯區", "407"), ("北區", "404"), ("豐原區", "420"), ("梧棲區", "435")],
    "台中市": [("南屯區", "408"), ("大里區", "412")],
    "臺南市": [("安平區", "708"), ("東區", "701"), ("新營區", "730")],
    "高雄市": [("苓雅區", "802"), ("鼓山區", "804"), ("鳳山區", "830"), ("旗津區", "805")],
    "基隆市": [("中正區", "202"), ("仁愛區", "200")],
    "新竹縣": [("竹北市", "302"), ("湖口鄉", "303")],
    "彰化縣": [("員林市", "510"), ("鹿港鎮", "505")],
    "屏東縣": [("恆春鎮", "946"), ("東港鎮", "928"), ("琉球鄉", "929")],
    "花蓮縣": [("吉安鄉", "973"), ("花蓮市", "970"), ("秀林鄉", "972")],
    "臺東縣": [("臺東市", "950"), ("成功鎮", "961"), ("綠島鄉", "951")],
    "宜蘭縣": [("頭城鎮", "261"), ("蘇澳鎮", "270")],
    "澎湖縣": [("馬公市", "880")],
    "南投縣": [("埔里鎮", "545")],
}
_ROADS = ["中正路", "中山路", "民生路", "民族路", "建國路", "復興路", "光復路", "自由路", "成功路"]
_ROADS += ["和平東路", "忠孝東路", "仁愛路", "信義路", "大同路", "文化路", "中華路", "博愛路"]
_ROADS += ["永福街", "福德街", "新生街", "三民路", "五福三路", "海岸路", "漁港路", "環港北路"]
_ROADS += ["公館街", "台灣大道", "四維三路", "延平北路", "大仁街", "港埔路"]
_VILLAGES = ["福德里", "中興里", "仁和村", "東興村", "南寮里", "新港里", "大鵬村", "和平里"]
_SECTIONS = ["一段", "二段", "三段", "四段", "五段"]


def _address(rng: random.Random) -> str:
    city = rng.choice(list(_PLACES))
    dist, zipc = rng.choice(_PLACES[city])
    parts = []
    if rng.random() < 0.3:
        parts.append(zipc + (_digits(rng, 2) if rng.random() < 0.4 else "") + rng.choice(["", " "]))
    parts += [city, dist]
    if rng.random() < 0.25:
        parts.append(rng.choice(_VILLAGES))
        if rng.random() < 0.5:
            parts.append(f"{rng.randint(1, 30)}鄰")
    road = rng.choice(_ROADS)
    parts.append(road)
    if rng.random() < 0.35 and road.endswith("路"):
        parts.append(rng.choice(_SECTIONS))
    if rng.random() < 0.35:
        parts.append(f"{rng.randint(1, 400)}巷")
        if rng.random() < 0.4:
            parts.append(f"{rng.randint(1, 40)}弄")
    parts.append(f"{rng.randint(1, 600)}號")
    r = rng.random()
    if r < 0.15:
        parts[-1] = f"{rng.randint(1, 300)}之{rng.randint(1, 9)}號"
    if 0.15 <= r < 0.55:
        floor = rng.randint(2, 18)
        parts.append(rng.choice([f"{floor}樓", f"{floor}樓之{rng.randint(1, 12)}", f"{floor}F"]))
    return "".join(parts)


def _nhi(rng: random.Random) -> str:
    n = ("0000" if rng.random() < 0.7 else "000" + rng.choice("123456789")) + _digits(rng, 8)
    return rng.choice([n, f"{n[:4]}-{n[4:8]}-{n[8:]}", f"{n[:4]} {n[4:8]} {n[8:]}", n])


def _passport(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return "3" + _digits(rng, 8)
    if kind == 1:
        return rng.choice("BCN") + _digits(rng, 7)
    if kind == 2:
        return rng.choice("ABCX") + _digits(rng, 7)
    if kind == 3:
        return "P" + _digits(rng, 7) + rng.choice("ABC")
    return rng.choice(["AA", "AB", "AC"]) + _digits(rng, 7)


def _luhn_digit(body: str) -> str:
    for d in "0123456789":
        if creditcard.luhn_ok(body + d):
            return d
    raise AssertionError("unreachable")


def _credit_card(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        prefix, length = "4", 16
    elif kind == 1:
        prefix, length = "5" + rng.choice("12345"), 16
    elif kind == 2:
        prefix, length = "35" + str(rng.randint(28, 89)), 16
    elif kind == 3:
        prefix, length = rng.choice(["34", "37"]), 15
    elif kind == 4:
        prefix, length = "62", 16
    else:
        prefix, length = "4", 16
    body = prefix + _digits(rng, length - len(prefix) - 1)
    n = body + _luhn_digit(body)
    sep = rng.choice([" ", "-", "", " ", "-"])
    if length == 15:
        return sep.join((n[:4], n[4:10], n[10:]))
    return sep.join(n[i : i + 4] for i in range(0, 16, 4))


def _birth_date(rng: random.Random) -> str:
    y, m, d = rng.randint(1938, 2019), rng.randint(1, 12), rng.randint(1, 28)
    roc = y - 1911
    forms = [
        f"民國{roc}年{m}月{d}日",
        f"{roc}年{m:02d}月{d:02d}日",
        f"{roc}.{m:02d}.{d:02d}",
        f"{roc:03d}/{m:02d}/{d:02d}",
        f"{y}-{m:02d}-{d:02d}",
        f"{y}/{m}/{d}",
        f"{y}年{m}月{d}日",
        f"民{roc}.{m}.{d}",
        f"{roc}年{m}月{d}日",
    ]
    return rng.choice(forms)


# ---------------------------------------------------------------------------------------------
# Filler look-alikes (public or not personal).

_DOC_AGENCY = ["府授工", "北市衛食藥", "法保", "交路", "高市警刑", "海保", "中市社兒少", "金管銀法"]
_DOC_AGENCY += ["院臺法", "署授食", "花府觀", "屏府農漁", "北檢信護", "南市交運"]
_LAWS = ["個人資料保護法第6條第1項", "管制藥品管理條例第28條", "保安處分執行法第74條之2"]
_LAWS += ["刑法第93條", "兒童及少年福利與權益保障法第62條", "遺產及贈與稅法第8條第1項"]
_LAWS += ["計程車駕駛人執業登記管理辦法第6條", "漁業法第44條", "海洋保育法第18條", "民法第1148條"]
_ORGS = ["臺灣臺北地方檢察署", "衛生福利部食品藥物管理署", "財團法人台灣兒童暨家庭扶助基金會"]
_ORGS += ["交通部公路局臺北區監理所", "財政部北區國稅局", "海洋委員會海巡署", "中華郵政公司"]
_ORGS += ["臺灣銀行營業部", "國泰世華商業銀行", "大愛計程車運輸合作社", "墾丁國家公園管理處"]
_ORGS += ["社團法人台灣海釣協會", "法務部矯正署臺中監獄", "高雄市政府社會局", "長庚紀念醫院"]
_SHOPS = ["大樹藥局", "杏一醫療用品", "全家便利商店", "福利中心", "佳德糕餅", "阿宗麵線"]
_SHOPS += ["金石堂書店", "好市多", "長榮海事", "台灣中油股份有限公司", "萬能汽車修理廠"]
_PLACES_PUB = ["龍洞灣海洋公園", "東北角暨宜蘭海岸", "小琉球", "綠島朝日溫泉", "澎湖南方四島"]
_PLACES_PUB += ["八斗子潮境公園", "萬里野柳漁港", "旗津海岸公園", "墾丁後壁湖", "蘇澳南方澳"]
_PLACES_PUB += ["梧棲漁港", "安平港", "花蓮七星潭", "頭城烏石港", "嘉義東石漁港"]
_DRUGS = ["Zolpidem 10mg（使蒂諾斯）", "Morphine HCl 10mg/mL", "Fentanyl 25mcg/h 貼片"]
_DRUGS += ["Alprazolam 0.5mg", "Methylphenidate 10mg（利他能）", "Codeine phosphate 30mg"]
_DRUGS += ["Lorazepam 1mg（安定文）", "Tramadol 50mg", "Midazolam 5mg/mL", "Pethidine 50mg"]
_WORDS = ["王道", "林業", "黃金", "高麗菜", "石斑魚", "白帶魚", "金針花", "馬拉松", "方便"]
_WORDS += ["江面", "陳年老酒", "許可證", "周年慶", "曾經", "葉菜類", "夏季", "文蛤", "安全"]
_WORDS += ["連續假期", "童軍", "龍蝦", "黎明", "程序", "華語", "柯基犬", "田野調查", "洪水"]
_WORDS += ["蘇打餅", "吳郭魚", "蔡司鏡片", "鄭重聲明", "孫子兵法", "潘朵拉"]
_FISH = ["黑鯛", "石斑", "白帶魚", "黃雞魚", "紅甘", "臭肚魚", "花身雞魚"]


def _ban(rng: random.Random) -> str:
    while True:
        n = _digits(rng, 8)
        if ban.is_valid(n):
            return n


def _ordinary_date(rng: random.Random) -> str:
    y, m, d = rng.randint(111, 114), rng.randint(1, 12), rng.randint(1, 28)
    wk = "一二三四五六日"[rng.randrange(7)]
    forms = [
        f"{y}年{m}月{d}日",
        f"{y + 1911}/{m:02d}/{d:02d}",
        f"{y}.{m:02d}.{d:02d}",
        f"{m}月{d}日",
        f"{y}年{m}月{d}日（星期{wk}）",
        f"{m}/{d}",
    ]
    return rng.choice(forms)


def _filler(rng: random.Random, key: str) -> str:
    if key == "date":
        return _ordinary_date(rng)
    if key == "doc":
        return f"{rng.choice(_DOC_AGENCY)}字第{rng.randint(111, 114)}{_digits(rng, 7)}號"
    if key == "case":
        kind = rng.choice(["執護", "執更", "家護", "偵", "司繼", "執保"])
        return f"{rng.randint(108, 114)}年度{kind}字第{rng.randint(1, 9999)}號"
    if key == "rcpt":
        return rng.choice(
            [
                f"R{rng.randint(111, 114)}-{_digits(rng, 6)}",
                f"收字第{rng.randint(111, 114)}{_digits(rng, 7)}號",
                f"{rng.randint(111, 114)}{_digits(rng, 9)}",
                rng.choice(["AB", "KX", "QM", "TZ", "MN"]) + "-" + _digits(rng, 8),
            ]
        )
    if key == "ban":
        return _ban(rng)
    if key == "amt":
        return rng.choice(
            [
                f"新臺幣{rng.randint(1, 99)}萬{rng.randint(1, 9)},000元",
                f"NT${rng.randint(1, 90)},{rng.randint(100, 999)}",
                f"{rng.randint(1, 9)},{rng.randint(1, 9)}00元",
                f"新台幣{rng.choice('壹貳參肆伍')}萬元整",
                f"{rng.randint(100, 900)}元",
            ]
        )
    if key == "law":
        return rng.choice(_LAWS)
    if key == "org":
        return rng.choice(_ORGS)
    if key == "coop":
        return rng.choice(["大愛計程車運輸合作社", "台灣大車隊", "友好交通有限公司", "城市車隊"])
    if key == "shop":
        return rng.choice(_SHOPS)
    if key == "place":
        return rng.choice(_PLACES_PUB)
    if key == "drug":
        return rng.choice(_DRUGS)
    if key == "word":
        return rng.choice(_WORDS)
    if key == "fish":
        return rng.choice(_FISH)
    if key == "time":
        return rng.choice(
            [
                f"{rng.randint(8, 17)}:{rng.choice(['00', '15', '30', '45'])}",
                "上午10時",
                "下午2時半",
            ]
        )
    if key == "car":
        return rng.choice(
            [
                f"{rng.choice(['TDA', 'TDB', 'TDC', 'KAA', 'RAB'])}-{_digits(rng, 4)}",
                f"{_digits(rng, 3)}-{rng.choice(['UA', 'YB', 'TC'])}",
            ]
        )
    if key == "int":
        return str(rng.randint(2, 480))
    if key == "no":
        return rng.choice([_digits(rng, 7), f"{rng.choice('ABHKM')}{_digits(rng, 6)}"])
    if key == "cls":
        return rng.choice("一二三四")
    if key == "hon":
        return rng.choice(["先生", "女士", "小姐", "", "君", ""])
    if key == "kin":
        return rng.choice(["配偶", "長子", "長女", "次子", "母親", "胞弟", "孫女"])
    raise KeyError(key)


# ---------------------------------------------------------------------------------------------
# Templates. Upper-case keys are spans; lower-case keys are filler; a digit suffix names a value
# reused within one sample (P1 is the same person everywhere in the sample).

_LABEL_OF = {
    "P": "PERSON",
    "PF": "PERSON",
    "PI": "PERSON",
    "ID": "TW_NATIONAL_ID",
    "ARC": "TW_RESIDENT_CERT",
    "MOB": "PHONE",
    "TEL": "PHONE",
    "PH": "PHONE",
    "MAIL": "EMAIL",
    "ADDR": "ADDRESS",
    "NHI": "TW_NHI_CARD",
    "PASS": "PASSPORT",
    "CC": "CREDIT_CARD",
    "BD": "BIRTH_DATE",
}

_POS: dict[str, list[str]] = {
    "parole": [
        "受保護管束人{P1}（{BD1}生，身分證統一編號{ID1}）於{date}至本署報到，自述目前住{ADDR1}，"
        "在{shop}擔任送貨員，工作尚稱穩定。",
        "{date} 觀護人{P9}電訪{P1}，手機{MOB1}未接，改撥其母{P2}家中電話{TEL1}，稱個案已外出工作。",
        "假釋出獄人：{P1}\n出生日期：{BD1}\n身分證號：{ID1}\n居住地址：{ADDR1}\n聯絡電話：{PH1}\n"
        "保護管束期間：{date}至{date}",
        "個案{P1}表示「我每天都在{shop}上班，老闆{P2}{hon}可以作證」，經電話{TEL1}向雇主查證屬實。",
        "{case}受保護管束人{P1}違反應遵守事項，依{law}規定陳報，請核處。",
        "{time} {P1}到，驗尿陰性。下次報到{date}。",
        "檢察官交辦：請查明{P1}（{ID1}）與{P2}是否同住於{ADDR1}。",
        "姓名 | 身分證號 | 報到日期\n{P1} | {ID1} | {date}\n{P2} | {ID2} | {date}",
        "（陳述人：{P1}）我現在跟我太太{P2}住在一起，她的電話是{MOB1}，有事可以找她。",
        "以上陳報。\n觀護人 {P9}\n{date}",
        "社區處遇：{P1}至{org}從事義務勞務，聯絡窗口{P2}，電話{TEL1}。",
        "更生人{P1}近況：已搬至{ADDR1}，與同居人{PF1}（居留證號{ARC1}）同住。",
        "- {P1}：未到，已發函催告\n- {P2}：{date}到，正常\n- {PI1}：請假，持診斷證明",
        "備註：{P1}的姊姊{P2}來電（{MOB1}），說弟弟這週在{place}打零工。",
        "本案受保護管束人 {P1} 之 e-mail：{MAIL1}，同意以電子郵件通知報到。",
    ],
    "pharmacy": [
        "{date} 調劑第{cls}級管制藥品{drug} 28錠，病患{P1}，病歷號{no}，"
        "健保卡號{NHI1}，處方醫師{P2}。",
        "領藥人：{P1}（代領，與病患{P2}關係：{kin}）身分證字號：{ID1} 電話：{PH1}",
        "日期,病患姓名,出生日期,藥品,數量,調劑藥師\n{date},{P1},{BD1},{drug},14,{P2}\n"
        "{date},{P3},{BD2},{drug},7,{P2}",
        "病患{P1}出示處方箋，{drug}每日睡前1錠，健保卡{NHI1}，藥師{P9}覆核。",
        "外籍病患{PF1}，護照號碼{PASS1}，居留證號{ARC1}，自費領藥，以信用卡{CC1}付款。",
        "管制藥品收支結存簿 {date}\n支出：{drug} 10支\n領用人：{P1}\n調劑藥師簽章：{P9}",
        "請通知{P1}回診領取慢箋，手機{MOB1}，email：{MAIL1}。",
        "病人{P1}，生日{BD1}，身分證{ID1}，住{ADDR1}，本次領{drug}共30粒。",
        "藥師{P9}：剛剛{P1}{hon}打電話（{PH1}）說藥袋少一包，已請她明天帶健保卡{NHI1}來核對。",
        "【處方】姓名：{P1}　出生：{BD1}　卡號：{NHI1}\n醫師：{P2}　調劑：{P9}",
    ],
    "taxi": [
        "計程車駕駛人執業登記申請：申請人{P1}，身分證{ID1}，出生{BD1}，戶籍地{ADDR1}，行動電話{MOB1}。",
        "申請人{P1}靠行於{coop}（統一編號{ban}），車號{car}，緊急聯絡人{P2}，電話{PH1}。",
        "駕駛{P1}於{date}參加職前講習，測驗成績{int}分，准予登記。",
        "【執業登記資料】\n姓名：{P1}\n身分證統一編號：{ID1}\n住址：{ADDR1}\n電話：{TEL1}\n"
        "電子郵件：{MAIL1}",
        "外籍配偶{PF1}（居留證{ARC1}）詢問計程車執業登記資格，已告知須先取得身分證。",
        "{P1}、{P2}、{P3}三人執業登記證逾期未換發，依{law}通知限期辦理。",
        "乘客投訴：{date}{time}搭乘{car}，司機{P1}態度不佳。投訴人{P2}，聯絡電話{MOB1}。",
        "換證紀錄｜{P1}｜{ID1}｜{BD1}｜{date}",
        "{P1}先生來電（{PH1}）詢問辨認證補發，請承辦{P9}回電。",
        "原住民駕駛{PI1}，住{ADDR1}，申請執業區域變更。",
    ],
    "foster": [
        "兒少{P1}（{BD1}生）自{date}起安置於寄養家庭，寄養父母為{P2}、{P3}，住{ADDR1}。",
        "社工{P9}家訪紀錄：寄養母{P2}表示{P1}適應良好，已轉入學區國小就讀。",
        "生母{PF1}為越南籍，居留證號{ARC1}，目前聯絡電話{MOB1}，每月探視一次。",
        "兒少{PI1}，族籍阿美族，{BD1}生，健保卡號{NHI1}，由寄養家庭{P2}協助就醫。",
        "寄養家庭資料：\n戶長：{P2}\n身分證：{ID1}\n電話：{TEL1}\n地址：{ADDR1}\n信箱：{MAIL1}",
        "寄養父{P2}說：「{P1}最近很喜歡去{place}玩，週末都吵著要去。」",
        "個案{P1}之生父{P3}（{ID1}）目前服刑中，生母{P4}行方不明。",
        "{date} 與{P2}{hon}電話聯繫（{PH1}），討論{P1}返家評估事宜。",
        "安置名冊\n編號 姓名 出生日期\n1 {P1} {BD1}\n2 {P5} {BD2}",
        "外籍生父{PF2}，護照{PASS1}，已於{date}出境。",
    ],
    "estate": [
        "繼承人{P1}（身分證{ID1}）持{org}核發之查詢通知書，查詢被繼承人{P2}（{BD1}生）之存款。",
        "被繼承人：{P2}\n身分證統一編號：{ID2}\n死亡日期：{date}\n查詢人：{P1}\n關係：{kin}\n"
        "聯絡電話：{PH1}",
        "亡者{P2}名下信用卡{CC1}已辦理停卡，餘額{amt}。",
        "查詢結果通知書寄送地址：{ADDR1}，收件人{P1}。",
        "代理人{P3}律師，事務所電話{TEL1}，e-mail {MAIL1}。",
        "被繼承人之配偶{PF1}為外籍（護照{PASS1}，居留證{ARC1}），需另附翻譯本。",
        "臨櫃紀錄：{P1}小姐稱母親{P2}於{date}過世，欲查詢往來帳戶，已請其備妥除戶謄本。",
        "繼承人清冊：{P1}（{kin}）、{P3}（{kin}）、{P4}（{kin}）。",
        "{P1}：「我爸{P2}生前的卡號是{CC1}，請幫我確認還有沒有欠款。」",
        "查詢人 {P1}　手機 {MOB1}　通訊地址 {ADDR1}",
    ],
    "marine": [
        "報名編號{no}｜{P1}｜{BD1}｜{MOB1}｜{MAIL1}",
        "參賽者{P1}、{P2}、{P3}已完成報名，隊長{P1}手機{MOB1}。",
        "入園申請：{PF1}（護照號碼{PASS1}）預計於{date}進入{place}浮潛。",
        "保險資料：{P1} 身分證{ID1} 出生{BD1}",
        "緊急聯絡人{P2}，{PH1}。",
        "報名費{amt}以信用卡{CC1}支付，持卡人{P1}。",
        "領隊 {PI1}（{TEL1}），帶隊人數{int}人。",
        "姓名,身分證字號,出生年月日,聯絡電話\n{P1},{ID1},{BD1},{PH1}\n{P2},{ID2},{BD2},{PH2}",
        "潛水教練{P9}回報：學員{P1}於{place}出水後不適，已聯絡家屬{P2}（{MOB1}）。",
        "{P1} 申請{place}採集許可，住址{ADDR1}，居留證{ARC1}。",
    ],
}

_NEG: list[str] = [
    "{org}{date}{doc}函：有關{law}修正案，請各單位於{date}前回復。",
    "本署{date}召開假釋審查會議，計審議{int}件，核准過半。",
    "案號：{case}，本案已結，卷宗移送檔案室。",
    "收據編號{rcpt}，金額{amt}。",
    "{shop}（統一編號{ban}）申請管制藥品登記證，依{law}辦理。",
    "{drug}庫存盤點：期初{int}錠，期末{int}錠，差異0。",
    "計程車運價自{date}起調整，起跳{amt}，夜間加成20%。",
    "{place}海洋保護區自{date}起禁止採捕，違者依{law}處{amt}以下罰鍰。",
    "第{int}屆{place}盃海釣大賽訂於{date}舉行，報名截止日{date}，報名費{amt}。",
    "寄養家庭招募說明會：{date}{time}，地點{org}大禮堂。",
    "今年{word}產量增加，{word}價格持續下跌，{org}將辦理產銷說明。",
    "{coop}（統一編號{ban}）本月新增車輛{int}輛，車號{car}等。",
    "本次比賽冠軍釣獲{fish}，重{int}公克；第二名為{fish}。",
    "{drug}屬第{cls}級管制藥品，須憑醫師處方箋調劑。",
    "依{case}裁定，{org}應於{date}前完成函覆。",
    "發文字號：{doc}\n速別：普通件\n主旨：檢送{date}會議紀錄一份。",
    "{word}與{word}兩項議題，延至{date}再議。",
    "遺產稅免稅額調整為{amt}，{law}規定自{date}施行。",
    "統一發票{rcpt}，{shop}，{amt}。",
    "| 項目 | 金額 |\n| 報名費 | {amt} |\n| 保證金 | {amt} |",
    "{place}停車場{date}起施工，請改由{place}進出。",
    "{shop}販售之{word}禮盒，統一編號{ban}，發票已開立。",
    "{org}辦理{word}宣導，經費{amt}，核定文號{doc}。",
    "講習時間：{date} {time}\n講習地點：{org}\n備註：請攜帶執業登記證",
]


class _Builder:
    """One sample's text, spans and per-sample value cache."""

    def __init__(self, gen: "_Gen") -> None:
        self.gen = gen
        self.text = ""
        self.spans: list[tuple[int, int, str]] = []
        self.cache: dict[str, str] = {}

    def add(self, template: str) -> None:
        pos = 0
        for m in re.finditer(r"\{([A-Za-z]+)(\d*)\}", template):
            self.text += template[pos : m.start()]
            pos = m.end()
            key = m.group(1)
            ckey = key + m.group(2) if m.group(2) else None
            if ckey and ckey in self.cache:
                value = self.cache[ckey]
            else:
                value = self.gen.value(key, self.cache)
                if ckey:
                    self.cache[ckey] = value
            if key in _LABEL_OF:
                start = len(self.text)
                self.spans.append((start, start + len(value), _LABEL_OF[key]))
            self.text += value
        self.text += template[pos:]


class _Gen:
    def __init__(self, rng: random.Random, known: list[tuple[str, str]]) -> None:
        self.rng = rng
        self.known = known
        self.known_set = {name for name, _ in known}
        self.known_by_kind: dict[str, list[str]] = {"P": [], "PF": [], "PI": []}
        for name, kind in known:
            self.known_by_kind[kind].append(name)
        self.known_by_kind["P"] = [name for name, _ in known]

    def person(self, key: str, used: dict[str, str]) -> str:
        rng = self.rng
        taken = set(used.values())
        for _ in range(100):
            if rng.random() < 0.5 and self.known_by_kind[key]:
                name = rng.choice(self.known_by_kind[key])
            else:
                name = _any_name(rng, key)
                if name in self.known_set:
                    continue
            if name not in taken:
                return name
        raise AssertionError("could not draw a distinct name")

    def value(self, key: str, used: dict[str, str]) -> str:
        rng = self.rng
        if key in ("P", "PF", "PI"):
            return self.person(key, used)
        makers = {
            "ID": _national_id,
            "ARC": _resident_cert,
            "MOB": _mobile,
            "TEL": _landline,
            "PH": lambda r: _mobile(r) if r.random() < 0.55 else _landline(r),
            "MAIL": _email,
            "ADDR": _address,
            "NHI": _nhi,
            "PASS": _passport,
            "CC": _credit_card,
            "BD": _birth_date,
        }
        if key in makers:
            v = makers[key](rng)
            if key == "ID" and rng.random() < 0.03:
                v = v.lower()
            return _fullwidth(v) if rng.random() < 0.14 else v
        v = _filler(rng, key)
        if key in ("doc", "case", "rcpt", "ban", "date", "car") and rng.random() < 0.12:
            v = _fullwidth(v)
        return v


def _known_names(rng: random.Random, n: int) -> list[tuple[str, str]]:
    size = 40 + n // 4
    out: dict[str, str] = {}
    while len(out) < size:
        r = rng.random()
        kind = "PI" if r < 0.07 else "PF" if r < 0.2 else "P"
        name = _any_name(rng, kind)
        out.setdefault(name, kind)
    return list(out.items())


# ---------------------------------------------------------------------------------------------
# Stray-value check (a positive must hold its values only inside spans, a negative none at all).

_ID_RE = re.compile(r"(?=([A-Z][A-Z0-9]\d{8}))")
_CC_RE = re.compile(r"(?<!\d)\d(?:[ \-]?\d){12,18}(?!\d)")
_MAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_MOB_RE = re.compile(r"(?<!\d)(?:\+886[\s\-]?|0)9\d{2}[\s\-]?\d{3}[\s\-]?\d{3}(?!\d)")


def _normalise(text: str) -> str:
    """Per-character NFKC and upper-case, keeping offsets."""
    out = []
    for c in text:
        n = unicodedata.normalize("NFKC", c).upper()
        out.append(n if len(n) == 1 else c)
    return "".join(out)


def _strays(text: str, spans: list[tuple[int, int, str]], mobiles: bool) -> bool:
    norm = _normalise(text)

    def outside(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b, _ in spans)

    for m in _ID_RE.finditer(norm):
        v, s = m.group(1), m.start()
        if (twid.is_valid(v) or arc.is_valid(v)) and outside(s, s + 10):
            return True
    for m in _CC_RE.finditer(norm):
        if creditcard.is_valid(m.group()) and outside(m.start(), m.end()):
            return True
    for m in _MAIL_RE.finditer(norm):
        if outside(m.start(), m.end()):
            return True
    if mobiles:
        for m in _MOB_RE.finditer(norm):
            if phone.is_mobile(m.group()) and outside(m.start(), m.end()):
                return True
    return False


def generate_heldout56(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the known-names list."""
    rng = random.Random(seed)
    known = _known_names(rng, n)
    gen = _Gen(rng, known)
    genres = list(_POS)
    samples: list[Sample] = []
    while len(samples) < n:
        b = _Builder(gen)
        negative = rng.random() < 0.25
        if negative:
            for i in range(rng.choice([1, 1, 2, 2, 3, 4])):
                if i:
                    b.add(rng.choice(["\n", "", " "]))
                b.add(rng.choice(_NEG))
        else:
            pool = _POS[rng.choice(genres)]
            k = rng.choice([1, 1, 1, 2, 2, 3, 4])
            if rng.random() < 0.2:
                b.add(rng.choice(["【{date} 紀錄】\n", "{date}\n", "#{no} "]))
            for i, t in enumerate(rng.sample(pool, k)):
                if i:
                    b.add(rng.choice(["\n", "\n", ""]))
                b.add(t)
        if _strays(b.text, b.spans, mobiles=negative):
            continue
        known_flags = [b.text[s:e] in gen.known_set for s, e, lab in b.spans if lab == "PERSON"]
        samples.append(Sample(b.text, b.spans, negative, known_flags))
    return samples, [name for name, _ in known]
