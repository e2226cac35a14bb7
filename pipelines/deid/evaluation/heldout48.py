"""Held-out set 48: synthetic agency free text with labelled personal data.

Genres: tax-office counter and phone logs (所得稅、使用牌照稅), public-health-centre home
visits (newborns, elderly), bus / MRT complaints and lost-and-found, volunteer-firefighter
and disaster-volunteer rosters, notary and court-interpreter appointments, and township
agricultural subsidy applications (farmers and migrant farm workers).

Every value is synthetic: IDs and cards are built to pass their checksums, names are drawn
from generated pools. About a quarter of the samples are hard negatives that hold only
public or non-personal look-alikes (document numbers, BANs, statute articles, dates...).
"""

import random
import re

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

# ---------------------------------------------------------------------------------------
# Name pools (written for this set)
# ---------------------------------------------------------------------------------------

_COMMON_SURNAMES = list("陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高")
_OTHER_SURNAMES = list(
    "潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀"
    "姚連馮歐程湯田康姜白汪鄒尤巫鐘黎涂龔嚴韓袁金童陸夏柳凃邵錢伍倪溫于譚駱熊任甘秦顧毛"
    "章史官萬俞雷粘饒闕凌崔尹孔辛武辜陶段龍韋葛池孟褚殷麥賀賈莫文管關向包丘梅利華裴樊房"
    "全佘左花鮑塗巴穆蘭艾易喬岳成祝郝卜車冉柴單仉酈亢冷練隋鄺談苗甯符查器危黨"
)
_COMPOUND_SURNAMES = [
    "歐陽", "張簡", "范姜", "司徒", "諸葛", "上官", "司馬", "東方", "皇甫", "端木",
    "公孫", "夏侯", "張廖", "周黃", "慕容", "令狐",
]  # fmt: skip
_GIVEN_FIRST = list(
    "淑美雅怡佳家志建俊宗明文承冠宇柏子欣詩思婉靜麗秀玉月春秋惠慧芳金國正世永信德嘉品亭"
    "彥育哲昱宜立振坤素碧瑞錦銘耀啟博凱芷語沛庭筱心雨書孟奕韋妍琬若"
)
_GIVEN_SECOND = list(
    "華玲君珍芬萍如婷涵瑜琪豪宏偉傑翔安成雄民輝龍賢霖蓉娟琳儀穎萱柔恩晴翰鈞廷睿綸彬義忠"
    "勇財發枝妹嬌雲霞貞珠蘭鳳英達源仁誠峰昌旭慈璇瑤蓁"
)
_GIVEN_SINGLE = list("強偉靜敏潔剛芸薇翔蕙勳瑋琦珮浩崴")

_INDIGENOUS_GIVEN_HAN = [
    "瓦旦", "比令", "尤幹", "哈勇", "巴奈", "莎韻", "伊婉", "馬耀", "拉娃", "吉娃斯", "達利",
    "撒韻", "烏杜", "阿洛", "比黛", "娃利斯", "杜夫", "拉罕", "帕蘇拉", "古拉斯", "蘇米",
    "以撒克", "達給", "嘎照", "優席夫", "芭翁",
]  # fmt: skip
_INDIGENOUS_FAMILY_HAN = [
    "諾幹", "達道", "巴萬", "谷木", "尤命", "伊將", "比浩", "拉瓦", "喇外", "馬賴", "羅法思",
    "阿給", "多奧", "卡造", "吉拉", "卜袞", "阿布", "帖木", "拉互依", "法拉那", "巴力", "旮日羿",
]  # fmt: skip
_INDIGENOUS_GIVEN_ROM = [
    "Walis", "Pisuy", "Yuraw", "Watan", "Ipay", "Panay", "Kolas", "Mayaw", "Sumi", "Lahuy",
    "Ciwang", "Nikar", "Biung", "Dakis", "Umav", "Savi", "Lavakaw", "Tjuku", "Buya", "Iwan",
    "Yaway", "Dongi", "Siyang", "Kacaw", "Fotol", "Sawmah", "Ngaday",
]  # fmt: skip
_INDIGENOUS_FAMILY_ROM = [
    "Nokan", "Tali", "Yukan", "Pawan", "Takun", "Istanda", "Tahas", "Batu", "Nawmi", "Kumu",
    "Haisul", "Pasang", "Lupi", "Yapit", "Tanapima", "Kaliting", "Sayion", "Ising", "Toyaw",
]  # fmt: skip

_VN_FAMILY = {
    "Nguyen": "阮", "Tran": "陳", "Le": "黎", "Pham": "范", "Hoang": "黃", "Huynh": "黃",
    "Phan": "潘", "Vu": "武", "Vo": "武", "Dang": "鄧", "Bui": "裴", "Do": "杜", "Ho": "胡",
    "Ngo": "吳", "Duong": "楊", "Ly": "李",
}  # fmt: skip
_VN_MIDDLE = {"Thi": "氏", "Van": "文", "Thi Thu": "氏秋", "Thi Ngoc": "氏玉", "Duc": "德",
              "Thanh": "清", "Quoc": "國", "Thi Kim": "氏金", "Thi Hong": "氏紅"}  # fmt: skip
_VN_GIVEN = {
    "Lan": "蘭", "Hoa": "花", "Huong": "香", "Mai": "梅", "Linh": "玲", "Trang": "妝",
    "Thao": "草", "Nga": "娥", "Hung": "雄", "Tuan": "俊", "Dung": "勇", "Nam": "南",
    "Hai": "海", "Son": "山", "Phuong": "芳", "Hanh": "幸", "Yen": "燕", "Thuy": "水",
    "Anh": "英", "Long": "龍", "Khanh": "慶", "Duy": "維", "Nhung": "絨", "Loan": "鸞",
}  # fmt: skip
_ID_FIRST = [
    "Siti", "Dewi", "Sri", "Wulan", "Rina", "Agus", "Budi", "Eko", "Nur", "Yuli", "Ani",
    "Putri", "Rahmat", "Dian", "Fitri", "Indah", "Ratna", "Joko", "Slamet", "Wahyu",
    "Kartini", "Suparmi", "Sumiati", "Novi", "Ayu",
]  # fmt: skip
_ID_LAST = [
    "Rahayu", "Lestari", "Wahyuni", "Susanti", "Setiawan", "Pratama", "Hidayat", "Saputra",
    "Kurniawati", "Handayani", "Wati", "Aminah", "Maryani", "Nurhayati", "Purnamasari",
]  # fmt: skip
_PH_FIRST = [
    "Maria", "Jocelyn", "Rowena", "Mark Anthony", "Jonel", "Ricardo", "Marites", "Rodel",
    "Jennifer", "Arnel", "Lorna", "Rosalie", "Analyn", "Jerome", "Mary Grace", "Jayson",
]  # fmt: skip
_PH_LAST = [
    "Santos", "Reyes", "Dela Cruz", "Bautista", "Garcia", "Mendoza", "Villanueva", "Ramos",
    "Aquino", "Castillo", "Flores", "Gonzales", "Manalo", "Navarro", "Pascual", "Tolentino",
]  # fmt: skip
_TH_FIRST = [
    "Somchai", "Nattaya", "Suda", "Prasit", "Somsak", "Kanya", "Wichai", "Arunee",
    "Chaiyaporn", "Malee", "Supaporn", "Thawatchai", "Pornthip", "Anan", "Sombat", "Niran",
]  # fmt: skip
_TH_LAST = [
    "Srisuk", "Wongsa", "Saelim", "Chaiyasit", "Boonmee", "Kaewkla", "Thongdee",
    "Phommachan", "Sukprasert", "Rattanakorn", "Inthasorn", "Suwannarat",
]  # fmt: skip
_TRANSLIT = list("蒂娜莉絲雅妮安阿古斯布迪麗尤莎瑪溫達芙亞普特卡蘇菲拉宋猜蓬納塔帕瓦頌")

# ---------------------------------------------------------------------------------------
# Places and fillers
# ---------------------------------------------------------------------------------------

_PLACES = {
    "臺北市": [("大安區", "106"), ("中山區", "104"), ("士林區", "111"), ("文山區", "116")],
    "新北市": [("板橋區", "220"), ("三重區", "241"), ("中和區", "235"), ("新莊區", "242"),
               ("淡水區", "251")],
    "桃園市": [("中壢區", "320"), ("平鎮區", "324"), ("龜山區", "333")],
    "臺中市": [("北屯區", "406"), ("西屯區", "407"), ("大里區", "412"), ("豐原區", "420")],
    "臺南市": [("永康區", "710"), ("安南區", "709"), ("新營區", "730"), ("麻豆區", "721")],
    "高雄市": [("三民區", "807"), ("鳳山區", "830"), ("左營區", "813"), ("旗山區", "842")],
    "基隆市": [("七堵區", "206")],
    "新竹縣": [("竹北市", "302"), ("湖口鄉", "303")],
    "苗栗縣": [("頭份市", "351"), ("苑裡鎮", "358")],
    "彰化縣": [("員林市", "510"), ("溪湖鎮", "514"), ("二林鎮", "526")],
    "南投縣": [("埔里鎮", "545"), ("竹山鎮", "557"), ("信義鄉", "556")],
    "雲林縣": [("虎尾鎮", "632"), ("西螺鎮", "648"), ("麥寮鄉", "638")],
    "嘉義縣": [("民雄鄉", "621"), ("朴子市", "613")],
    "屏東縣": [("潮州鎮", "920"), ("萬丹鄉", "913"), ("東港鎮", "928")],
    "宜蘭縣": [("羅東鎮", "265"), ("三星鄉", "266")],
    "花蓮縣": [("吉安鄉", "973"), ("玉里鎮", "981")],
    "臺東縣": [("關山鎮", "956"), ("卑南鄉", "954")],
    "澎湖縣": [("馬公市", "880")],
    "金門縣": [("金城鎮", "893")],
    "連江縣": [("南竿鄉", "209")],
}  # fmt: skip
CITIES = tuple(_PLACES) + tuple(c.replace("臺", "台") for c in _PLACES if "臺" in c)
_TOWNS = [d for ds in _PLACES.values() for d, _ in ds]
_ROADS = [
    "中正路", "中山路", "民生路", "和平東路二段", "復興路", "光復路", "文化路", "建國路",
    "成功路", "自由路一段", "民族路", "忠孝東路四段", "三民路", "永康街", "仁愛路三段",
    "中華路一段", "博愛路", "信義路五段", "福德街", "公園路", "大同路二段", "延平路",
]  # fmt: skip
_VILLAGES = ["中興", "福德", "新興", "仁和", "東勢", "頂寮", "後湖", "三興", "大埔", "永安",
             "南興", "北勢", "竹圍", "溪洲", "崙背", "新庄"]  # fmt: skip
_CN_NUM = "一二三四五六七八九十"
_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

_ROUTES = [
    "307路",
    "紅25",
    "藍15",
    "綠13",
    "棕3",
    "1815國光客運",
    "捷運板南線",
    "淡水信義線",
    "中和新蘆線",
    "環狀線",
    "台中捷運綠線",
    "高雄捷運紅線",
    "幹線公車",
    "299路",
    "橘12",
]
_STOPS = [
    "市政府站",
    "台北車站",
    "西門站",
    "板橋站",
    "大坪林站",
    "美麗島站",
    "中正紀念堂站",
    "忠孝復興站",
    "頭前庄站",
    "府中站",
    "文心森林公園站",
    "左營站",
    "七賢國中站",
]
_ITEMS = ["錢包", "後背包", "手機", "雨傘", "筆電", "皮夾", "鑰匙", "眼鏡", "手提袋", "證件夾"]
_CROPS = ["水稻", "香蕉", "文旦", "高麗菜", "芒果", "鳳梨", "茶葉", "蓮霧", "落花生", "番石榴"]
_COURTS = [
    "臺灣臺北地方法院",
    "臺灣新北地方法院",
    "臺灣彰化地方法院",
    "臺灣高雄地方法院",
    "臺灣屏東地方法院",
    "臺灣桃園地方法院",
    "臺灣雲林地方法院",
]
_LAWS = {
    "taxlaw": ["所得稅法第71條", "使用牌照稅法第7條第1項第8款", "遺產及贈與稅法第23條",
               "稅捐稽徵法第48條之1", "房屋稅條例第12條"],
    "healthlaw": ["傳染病防治法第27條", "老人福利法第21條", "優生保健法第4條"],
    "translaw": ["大眾捷運法第50條", "公路法第77條", "汽車運輸業管理規則第19條"],
    "firelaw": ["災害防救法第29條", "消防法第28條", "義勇消防組織編組訓練演習服勤辦法第6條"],
    "notarylaw": ["公證法第109條", "公證法第110條", "公證法第126條"],
    "agrilaw": ["農業天然災害救助辦法第5條", "農業發展條例第3條", "老年農民福利津貼暫行條例第3條"],
}  # fmt: skip
_DOC_PREFIX = [
    "府授工",
    "北市稅服",
    "中區國稅服",
    "衛部保",
    "農授糧",
    "南市農",
    "高市交運",
    "府授財",
    "彰府農務",
    "北院公",
    "新北消",
    "雲府農",
]
_COMPANY_HEAD = [
    "永豐",
    "宏達",
    "大成",
    "長興",
    "信義",
    "泰山",
    "三好",
    "金禾",
    "綠野",
    "正新",
    "聯華",
    "興農",
    "嘉禾",
    "福壽",
    "豐年",
    "林園",
    "高峰",
    "黃金海岸",
    "王牌",
]
_COMPANY_TAIL = [
    "股份有限公司",
    "有限公司",
    "企業社",
    "農產行",
    "農機行",
    "客運股份有限公司",
    "商行",
    "食品股份有限公司",
]
_SHOPS = [
    "陳記豆花",
    "林家肉圓",
    "王記水煎包",
    "黃家碗粿",
    "李家雜貨店",
    "老張牛肉麵",
    "吳家古早味冰店",
    "許記鹹粥",
]
_PRODUCTS = [
    "有機肥料",
    "割草機",
    "噴霧機",
    "文旦禮盒",
    "電動機車",
    "曳引機",
    "白米禮盒",
    "高麗菜苗",
    "防災包",
    "滅火器",
]
_SECTIONS = ["萬興段", "竹圍段", "新庄段", "頂厝段", "後寮段", "大埔段"]

_PINYIN_SUR = [
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
    "hung",
    "kuo",
    "chiu",
    "tseng",
    "liao",
    "lai",
    "chou",
]
_PINYIN_GIV = [
    "mei",
    "yuting",
    "chiahao",
    "wei",
    "hsin",
    "yi",
    "jun",
    "ting",
    "hao",
    "ling",
    "an",
    "pei",
    "shu",
    "kai",
    "yu",
    "fang",
    "nguyen",
    "siti",
    "maria",
    "tali",
]
_DOMAINS = [
    "gmail.com",
    "yahoo.com.tw",
    "hotmail.com",
    "outlook.com",
    "icloud.com",
    "pchome.com.tw",
    "seed.net.tw",
    "livemail.tw",
]

_MOBILE_PREFIX = [f"{i:02d}" for i in range(10, 40)] + [f"{i}" for i in range(52, 90)]
# (area code, local length, possible first local digits)
_LANDLINE = [("02", 8, "23456789"), ("03", 7, "34589"), ("037", 6, "23456"), ("04", 8, "2"),
             ("04", 7, "78"), ("049", 7, "2"), ("05", 7, "235678"), ("06", 7, "256789"),
             ("07", 7, "2345678"), ("08", 7, "78"), ("089", 6, "23"), ("082", 6, "3"),
             ("0836", 5, "2")]  # fmt: skip

_FW_RATE = 0.125
_FULLWIDTH = {c: chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
_HALFWIDTH = {c + 0xFEE0: c for c in range(0x21, 0x7F)}


def to_fullwidth(value: str) -> str:
    """Full-width forms of the printable ASCII characters (spaces stay)."""
    return value.translate(_FULLWIDTH)


def to_halfwidth(value: str) -> str:
    """Inverse of :func:`to_fullwidth` (keeps the length)."""
    return value.translate(_HALFWIDTH)


# ---------------------------------------------------------------------------------------
# Value makers
# ---------------------------------------------------------------------------------------


def _digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


def _han_name(rng: random.Random) -> str:
    r = rng.random()
    given = (
        rng.choice(_GIVEN_SINGLE)
        if rng.random() < 0.12
        else rng.choice(_GIVEN_FIRST) + rng.choice(_GIVEN_SECOND)
    )
    if r < 0.55:
        return rng.choice(_COMMON_SURNAMES) + given
    if r < 0.78:
        return rng.choice(_OTHER_SURNAMES) + given
    if r < 0.85:
        return rng.choice(_COMPOUND_SURNAMES) + given
    if r < 0.91:  # 冠夫姓
        husband, own = rng.sample(_COMMON_SURNAMES + _OTHER_SURNAMES[:20], 2)
        return husband + own + rng.choice(_GIVEN_FIRST) + rng.choice(_GIVEN_SECOND)
    if rng.random() < 0.6:
        sep = rng.choice("‧‧·")
        return rng.choice(_INDIGENOUS_GIVEN_HAN) + sep + rng.choice(_INDIGENOUS_FAMILY_HAN)
    sep = rng.choice([" ", "·"])
    return rng.choice(_INDIGENOUS_GIVEN_ROM) + sep + rng.choice(_INDIGENOUS_FAMILY_ROM)


def _translit(rng: random.Random) -> str:
    first = "".join(rng.choice(_TRANSLIT) for _ in range(rng.randint(2, 3)))
    if rng.random() < 0.5:
        return first
    return first + "‧" + "".join(rng.choice(_TRANSLIT) for _ in range(rng.randint(2, 3)))


def _foreign_name(rng: random.Random) -> str:
    nat = rng.choices(["VN", "ID", "PH", "TH"], weights=[35, 30, 20, 15])[0]
    if nat == "VN":
        fam, mid, giv = (rng.choice(list(d)) for d in (_VN_FAMILY, _VN_MIDDLE, _VN_GIVEN))
        if rng.random() < 0.45:
            return _VN_FAMILY[fam] + _VN_MIDDLE[mid] + _VN_GIVEN[giv]
        name = f"{fam} {mid} {giv}"
    elif rng.random() < 0.35:
        return _translit(rng)
    elif nat == "ID":
        name = rng.choice(_ID_FIRST)
        if rng.random() < 0.7:
            name += " " + rng.choice(_ID_LAST)
    elif nat == "PH":
        first, last = rng.choice(_PH_FIRST), rng.choice(_PH_LAST)
        r = rng.random()
        if r < 0.3:
            name = f"{first} {rng.choice('ABCDLMRS')}. {last}"
        elif r < 0.45:
            name = f"{last.upper()}, {first.upper()}"
        else:
            name = f"{first} {last}"
    else:
        name = f"{rng.choice(_TH_FIRST)} {rng.choice(_TH_LAST)}"
    return name.upper() if rng.random() < 0.2 else name


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
    body = str(LETTER_CODES[second] % 10) + _digits(rng, 7)
    return letter + second + body[1:] + id_check_digit(letter, body)


def _id_spelling(rng: random.Random, value: str) -> str:
    r = rng.random()
    if r < _FW_RATE:
        return to_fullwidth(value)
    if r < _FW_RATE + 0.04:
        return value.lower()
    return value


def _mobile(rng: random.Random) -> str:
    while True:
        m = "09" + rng.choice(_MOBILE_PREFIX)[-2:] + _digits(rng, 6)
        if phone.is_valid(m):
            break
    forms = [
        f"{m[:4]}-{m[4:7]}-{m[7:]}", m, f"{m[:4]} {m[4:7]} {m[7:]}", f"{m[:4]}-{m[4:]}",
        f"{m[:4]}.{m[4:7]}.{m[7:]}", f"+886-{m[1:4]}-{m[4:7]}-{m[7:]}",
        f"+886 {m[1:4]} {m[4:7]} {m[7:]}", f"+886{m[1:]}", f"({m[:4]}){m[4:7]}-{m[7:]}",
        f"{m[:4]} {m[4:]}", f"+886-{m[1:]}",
    ]  # fmt: skip
    value = rng.choices(forms, weights=[6, 5, 3, 2, 1, 1, 1, 1, 1, 1, 1])[0]
    return to_fullwidth(value) if rng.random() < _FW_RATE else value


def _landline(rng: random.Random) -> str:
    area, n, first = rng.choice(_LANDLINE)
    local = rng.choice(first) + _digits(rng, n - 1)
    cut = 4 if n == 8 else 3 if n in (6, 7) else 2
    l1, l2 = local[:cut], local[cut:]
    forms = [
        f"({area}){l1}-{l2}", f"{area}-{l1}-{l2}", f"{area}-{local}", f"{area} {l1} {l2}",
        f"({area}){local}", f"{area}{local}", f"+886-{area[1:]}-{l1}-{l2}",
        f"+886 {area[1:]} {local}",
    ]  # fmt: skip
    value = rng.choices(forms, weights=[5, 4, 4, 1, 2, 1, 1, 1])[0]
    if rng.random() < 0.22:
        ext = _digits(rng, rng.randint(2, 4)).lstrip("0") or "12"
        value += rng.choice([f" 分機{ext}", f"#{ext}", f"轉{ext}", f" ext. {ext}", f"分機 {ext}"])
    value = to_fullwidth(value) if rng.random() < _FW_RATE else value
    assert phone.is_plausible(value)
    return value


def _email(rng: random.Random) -> str:
    sur, giv = rng.choice(_PINYIN_SUR), rng.choice(_PINYIN_GIV)
    sep = rng.choice(["", ".", "_", ""])
    tail = rng.choice(["", "", str(rng.randint(1, 99)), str(rng.randint(1950, 2010))])
    local = rng.choice([f"{giv}{sep}{sur}", f"{sur}{sep}{giv}", f"{giv[0]}{sur}"]) + tail
    domain = rng.choice(_DOMAINS)
    if rng.random() < 0.1:
        domain = f"ms{rng.randint(1, 79)}.hinet.net"
    value = f"{local}@{domain}"
    if rng.random() < 0.15:
        value = value[0].upper() + value[1:]
    return to_fullwidth(value) if rng.random() < _FW_RATE else value


def _address(rng: random.Random) -> str:
    city = rng.choice(list(_PLACES))
    town, zipcode = rng.choice(_PLACES[city])
    if rng.random() < 0.35:
        city = city.replace("臺", "台")
    parts = [city, town]
    rural = town[-1] in "鄉鎮"
    if rural or rng.random() < 0.3:
        parts.append(rng.choice(_VILLAGES) + ("村" if town[-1] == "鄉" else "里"))
        if rng.random() < 0.6:
            parts.append(f"{rng.randint(1, 30)}鄰")
    if rural and rng.random() < 0.35:
        parts.append(f"{rng.choice(_VILLAGES)}{rng.randint(1, 300)}號")
    else:
        parts.append(rng.choice(_ROADS))
        if rng.random() < 0.45:
            parts.append(f"{rng.randint(1, 400)}巷")
            if rng.random() < 0.35:
                parts.append(f"{rng.randint(1, 40)}弄")
        num = f"{rng.randint(1, 350)}"
        if rng.random() < 0.15:
            num += f"之{rng.randint(1, 9)}"
        parts.append(num + "號")
        if rng.random() < 0.5:
            fl = rng.randint(2, 15)
            parts.append(
                rng.choice([f"{fl}樓", f"{_CN_NUM[fl - 1] if fl <= 10 else fl}樓", f"{fl}F"])
            )
            if rng.random() < 0.2:
                parts.append(f"之{rng.randint(1, 6)}")
    value = "".join(parts)
    if rng.random() < 0.15:
        value = zipcode + value
    return to_fullwidth(value) if rng.random() < _FW_RATE else value


def _nhi(rng: random.Random) -> str:
    v = ("0000" if rng.random() < 0.5 else _digits(rng, 4)) + _digits(rng, 8)
    value = rng.choice([v, f"{v[:4]} {v[4:8]} {v[8:]}", f"{v[:4]}-{v[4:8]}-{v[8:]}", v])
    return to_fullwidth(value) if rng.random() < _FW_RATE else value


def _passport(rng: random.Random, taiwan: bool) -> str:
    if taiwan:
        value = rng.choice("3") + _digits(rng, 8)
    else:
        kind = rng.choice(["VN", "ID", "PH", "TH"])
        if kind == "VN":
            value = rng.choice("BCN") + _digits(rng, 7)
        elif kind == "ID":
            value = rng.choice("ABCEX") + _digits(rng, 7)
        elif kind == "PH":
            value = "P" + _digits(rng, 7) + rng.choice("ABC")
        else:
            value = rng.choice(["AA", "AB", "AC", "AD", "AE"]) + _digits(rng, 7)
    return to_fullwidth(value) if rng.random() < _FW_RATE else value


def _credit_card(rng: random.Random) -> str:
    prefix = rng.choice(["4", "4", "4", "51", "52", "55", "35", "62", "34", "37"])
    length = 15 if prefix in ("34", "37") else 16
    while True:
        body = prefix + _digits(rng, length - len(prefix) - 1)
        for d in "0123456789":
            if creditcard.luhn_ok(body + d):
                v = body + d
                break
        if creditcard.is_valid(v):
            break
    if length == 15:
        forms = [v, f"{v[:4]} {v[4:10]} {v[10:]}", f"{v[:4]}-{v[4:10]}-{v[10:]}"]
    else:
        g = [v[i : i + 4] for i in range(0, 16, 4)]
        forms = [v, " ".join(g), "-".join(g), " ".join(g)]
    value = rng.choice(forms)
    return to_fullwidth(value) if rng.random() < _FW_RATE else value


def _birth_date(rng: random.Random, style: str = "any", newborn: bool = False) -> str:
    y = rng.randint(2023, 2025) if newborn else rng.randint(1932, 2015)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    r = y - 1911
    roc = [
        f"民國{r}年{m}月{d}日", f"{r}年{m}月{d}日", f"{r:03d}/{m:02d}/{d:02d}",
        f"{r}.{m:02d}.{d:02d}", f"{r}/{m}/{d}", f"民國{r}年{m:02d}月{d:02d}日",
    ]  # fmt: skip
    west = [
        f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日", f"{y}.{m}.{d}",
        f"{d:02d}/{m:02d}/{y}", f"{d:02d} {_MONTHS[m - 1]} {y}",
    ]  # fmt: skip
    pool = roc if style == "roc" else west if style == "west" else roc + west[:4]
    value = rng.choice(pool)
    return to_fullwidth(value) if rng.random() < _FW_RATE else value


# ---------------------------------------------------------------------------------------
# Non-personal fillers (also the material of the hard negatives)
# ---------------------------------------------------------------------------------------


def _ordinary_date(rng: random.Random) -> str:
    y, m, d = rng.randint(110, 114), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        [f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{m}月{d}日", f"{y + 1911}-{m:02d}-{d:02d}",
         f"{y}.{m}.{d}", f"{m}/{d}"]
    )  # fmt: skip


def _ban(rng: random.Random) -> str:
    while True:
        head = _digits(rng, 7)
        for d in "0123456789":
            if ban.is_valid(head + d):
                return head + d


def _docno(rng: random.Random) -> str:
    return f"{rng.choice(_DOC_PREFIX)}字第{rng.randint(110, 114)}{_digits(rng, 7)}號"


def _caseno(rng: random.Random) -> str:
    y = rng.randint(110, 114)
    return rng.choice(
        [f"{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{_digits(rng, 4)}",
         f"第{y}-{_digits(rng, 4)}號", f"{rng.choice('ABCRST')}{y}{_digits(rng, 6)}",
         f"R-{y}-{_digits(rng, 6)}", f"{y}年度公字第{rng.randint(1, 3000)}號"]
    )  # fmt: skip


def _invoice(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2))
    return f"{letters}-{_digits(rng, 8)}"


def _payno(rng: random.Random) -> str:
    return rng.choice("1789") + _digits(rng, 15)


def _amount(rng: random.Random) -> str:
    v = rng.choice([rng.randint(1, 99) * 100, rng.randint(1, 500) * 1000, rng.randint(100, 99999)])
    return rng.choice([f"{v:,}", str(v), f"新臺幣{v:,}"])


_SURNAME_SENTENCES = [
    "黃昏時段{stop}周邊道路車流量大，請改搭大眾運輸。",
    "林業及自然保育署補助{crop}產銷班購置{prod}。",
    "請勿於車廂內張貼廣告或陳列商品。",
    "許可證有效期限至{date}止。",
    "高速公路客運{route}自{date}起停駛。",
    "為方便民眾申辦，{town}公所延長服務時間至晚間7時。",
    "騎乘機車請戴安全帽，並注意連續假期交通安全。",
    "洪水警戒期間，江邊及石門水庫周邊步道封閉。",
    "白米及葉菜類價格上漲，請參考農糧署公布金額。",
    "簡易公證案件費用另計，請鄭重確認文件內容。",
    "游泳池整修期間暫停開放，何時恢復另行公告。",
    "曾經申請過本項補助者，本年度仍可提出申請。",
    "關懷據點本週課程：溫度計使用與康復運動。",
    "凌晨時段雷雨機率高，請農友注意施肥時間。",
    "龍眼、文旦產季將至，華語及越南語宣導簡訊將同步發送。",
    "包裹遺失請於期限內至服務台辦理，全部車資依規定退還。",
    "童玩節期間{route}加開班次，馬路兩側禁止停車。",
    "夏季用電高峰，常見電線走火案例請參考消防局宣導。",
]

# ---------------------------------------------------------------------------------------
# Templates. [a|b] is a choice, {X} a value. Upper-case tokens are labelled values.
# ---------------------------------------------------------------------------------------

_POSITIVE = {
    "tax": [
        "{date} {time} 臨櫃：{P1}[先生|小姐|女士|]（身分證統一編號{ID}）詢問{yr}年度綜合所得稅"
        "[退稅進度|結算申報|扣繳憑單補發]，已告知[約兩週後入帳|需補附薪資扣繳憑單|可於線上查詢]。"
        "聯絡電話{PHONE}。[\n承辦人：{P2}|（{P2}）|]",
        "電話詢問紀錄\n來電者：{P1}\n電話：{PHONE}\n內容：「我是{P1}，我[媽媽|爸爸|先生|太太]"
        "{P2}去年過世，遺產稅要怎麼報？」\n處理：已說明遺產稅應於死亡之日起6個月內申報，"
        "並寄送申報書至{ADDR}。\n紀錄人：{P3}",
        "{P1}君（{ID}，住{ADDR}）所有車號{plate}自用小客車，{yr}年使用牌照稅"
        "[逾期未繳|申請退稅|申請身障免稅]，[經查屬實|請補正文件]。",
        "納稅義務人{P1}以信用卡{CC}繳納{yr}年度綜所稅{amt}元，因重複扣款申請退還，"
        "退款通知寄送電子郵件{EMAIL}。",
        "【綜所稅退稅申請】\n姓名：{P1}\n身分證字號：{ID}\n出生日期：{BD}\n戶籍地址：{ADDR}\n"
        "手機：{MOB}\nE-mail：{EMAIL}",
        "序號｜姓名｜身分證字號｜電話\n1｜{P1}｜{ID}｜{PHONE}\n2｜{P2}｜{ID}｜{PHONE}",
        "外籍人士{F1}（居留證號{ARC}，護照號碼{PASS}）臨櫃辦理[離境前結算申報|扣繳憑單查詢]，"
        "由雇主{P1}陪同，聯絡電話{MOB}。",
        "地方稅務局{town}分局 來電：{P1}反映房屋稅單寄錯地址，正確地址為{ADDR}，"
        "已更正。[回覆手機|聯絡]{MOB}",
        "{P1} 查詢{yr}年度所得清單 已寄 {EMAIL}",
    ],
    "health": [
        "{date}家訪：新生兒母親{P1}（{BDR}生，健保卡號{NHI}），住{ADDR}，產後第{num}週，"
        "哺餵母乳順利。[新生兒{P2}，出生日期{BDN}。|]聯絡電話{MOB}。訪視人員：{P3}護理師",
        "獨居長者{P1}[阿嬤|阿公|奶奶|伯伯|]，{BD}出生，{age}歲，血壓{bp}，"
        "[緊急聯絡人為兒子{P2}|女兒{P2}同住，]電話{PHONE}。",
        "長者流感疫苗接種名冊\n姓名\t出生日期\t身分證號\t電話\n{P1}\t{BD}\t{ID}\t{TEL}\n"
        "{P2}\t{BD}\t{ID}\t{TEL}[\n{P3}\t{BD}\t{ID}\t{MOB}|]",
        "外籍看護{F1}（{ARC}）陪同雇主{P1}至衛生所施打疫苗，雇主健保卡號{NHI}。",
        "追蹤 {P1} {MOB} 血糖偏高 下週再訪",
        "案家屬{P1}電話表示：「我阿母{P2}最近都吃不下，可不可以派人來看？」"
        "已排定{date}訪視，地址{ADDR}。",
        "{town}衛生所 新生兒訪視\n母：{F1}（居留證{ARC}）\n父：{P1}（{ID}）\n"
        "嬰兒：{P2}，{BDN}出生\n電話：{PHONE}",
        "個案{P1}，健保卡{NHI}，{BDW}生，今日至{town}衛生所[複診|打疫苗|量血壓]。",
    ],
    "transit": [
        "旅客{P1}[先生|小姐|]於{date}{time}搭乘{route}，反映司機[未停靠|急煞|態度不佳]，"
        "請求回覆，聯絡電話{PHONE}，電子信箱{EMAIL}。",
        "遺失物登記：{item}一個，內有身分證（{P1}，{ID}）及信用卡一張（卡號{CC}），"
        "於{stop}拾獲，已通知失主領回。",
        "寄件者：{P1} <{EMAIL}>\n主旨：{route}司機服務態度\n內容：本人於{date}搭乘{route}，"
        "司機[未等乘客坐穩即開車|過站不停]，請回電{MOB}。\n{P1} 敬上",
        "乘客來電：「我叫{P1}，昨天在{stop}掉了一個{item}，裡面有我的護照，號碼是{TPASS}，"
        "拜託幫我找。」回撥{MOB}。",
        "{stop}站務：{P1}遺失悠遊卡，已協助掛失。聯絡{PHONE}。",
        "外籍旅客{F1}（Passport No. {PASS}）於{stop}遺失手機，聯絡人{P1}，電話{MOB}。",
        "客訴案{caseno}｜陳情人：{P1}｜電話：{PHONE}｜路線：{route}｜處理：已向駕駛長{P2}查證",
    ],
    "volunteer": [
        "{town}義消分隊 名冊\n1. {P1} 隊員 {MOB}\n2. {P2} 小隊長 {MOB}\n3. {P3} 隊員 {MOB}",
        "{yr}年度防災志工訓練：{P1}（{BD}生，身分證{ID}）完成基礎訓練{num}小時，"
        "保險受益人為配偶{P2}。",
        "志工保險加保名單：姓名{P1}、身分證字號{ID}、出生年月日{BD}、通訊地址{ADDR}、"
        "緊急聯絡人{P2}（{PHONE}）。",
        "請{P1}、{P2}與{P3}三位於{date}前回覆出勤意願，回信至{EMAIL}。",
        "{town}防災志工{P1}，聯絡手機{MOB}，住址{ADDR}。",
        "義消{P1}於{date}[救災|演練]時受傷，送醫治療，健保卡號{NHI}，家屬{P2}已到院。",
        "分隊長{P1}：本週值班 {P2}、{P3}，有事打{MOB}",
    ],
    "notary": [
        "公證預約：{date} {time}，請求人{P1}（{ID}）與{P2}（{ID}）辦理"
        "[租賃契約|買賣契約|授權書]公證，聯絡電話{PHONE}。",
        "通譯{P1}（越南語，{MOB}）於{date}至{court}擔任通譯，當事人{F1}，居留證號{ARC}。",
        "外籍配偶{F1}（護照號碼{PASS}，出生日期{BDW}）委託{P1}辦理認證，住所{ADDR}。",
        "以上內容經通譯翻譯無誤。\n通譯：{P1}\n聯絡方式：{EMAIL}／{MOB}",
        "預約人\t證件號碼\t電話\n{P1}\t{ID}\t{PHONE}\n{F1}\t{ARC}\t{MOB}",
        "{court}公證處 {date}\n請求人 {P1}，出生日期{BDR}，住{ADDR}\n代理人 {P2}",
        "通譯名冊（印尼語）：{F1}，居留證{ARC}，電話{MOB}，E-mail {EMAIL}",
    ],
    "agri": [
        "{town}公所受理{yr}年度[水稻|雜糧|果樹]天然災害救助申請：申請人{P1}，身分證{ID}，"
        "農地坐落{land}，戶籍地址{ADDR}，電話{PHONE}。",
        "農業移工{F1}（{ARC}）、{F2}（{ARC}）於{P1}[的農場|家果園]從事採收工作，雇主電話{MOB}。",
        "{P1}阿伯說：「我的{crop}去年被颱風打壞了，補助什麼時候會撥？」已告知撥款時程，"
        "請{P1}留電話{MOB}。",
        "補助核定名單（節錄）\n{P1}　{amt}元\n{P2}　{amt}元\n{P3}　{amt}元",
        "{P1} {ID} 老農津貼 已轉介 {TEL}",
        "[{crop}|農機]補助申請表\n申請人：{P1}\n出生：{BD}\n身分證：{ID}\n地址：{ADDR}\n"
        "手機：{MOB}\n移工：{F1}（護照{PASS}）",
    ],
}

_NEGATIVE = {
    "tax": [
        "依{taxlaw}規定，{yr}年度綜合所得稅結算申報期間自{date}起至{date}止，逾期者依法處以滯報金。",
        "{org}（統一編號{ban}）申請營業稅退稅，案號{caseno}，核定退稅{amt}元。",
        "本局{date}{docno}函，說明使用牌照稅繳納期間為{date}至{date}，繳款書銷帳編號{payno}。",
        "案號\t日期\t金額\n{caseno}\t{date}\t{amt}\n{caseno}\t{date}\t{amt}",
    ],
    "health": [
        "{town}衛生所{date}舉辦成人健檢，地點{town}公所三樓會議室，名額{num}名，請攜帶健保卡。",
        "依{healthlaw}，{yr}年度流感疫苗自{date}起開打，{org}（統編{ban}）捐贈防疫物資{num}箱。",
    ],
    "transit": [
        "{route}自{date}起調整發車時刻，{stop}暫停靠，請旅客多加利用{route}。",
        "依{translaw}，{route}於{stop}違規未停靠，處業者罰鍰{amt}元，文號{docno}。",
        "{stop}拾獲{item}一件，案號{caseno}，請失主攜帶證件至服務台認領。",
        "發票號碼{invoice}，金額{amt}元，品名{prod}，開立單位{org}。",
    ],
    "volunteer": [
        "{town}防災志工{date}於{town}活動中心辦理防汛演練，共{num}人參加，經費{amt}元，依{firelaw}辦理。",
        "{docno}：{yr}年度義消訓練經費核撥{amt}元，收據號碼{caseno}。",
    ],
    "notary": [
        "公證費用依{notarylaw}計收：標的金額{amt}元以下者，收費{amt}元。",
        "{court}公證處{date}公告：{yr}年度公證案件編號{caseno}起適用新收費標準。",
    ],
    "agri": [
        "依{agrilaw}，{yr}年{crop}天然災害現金救助每公頃{amt}元，申請期限至{date}止，"
        "受理單位{town}公所。文號{docno}",
        "{town}農會與{org}（統一編號{ban}）合作推廣{prod}，{shop}提供試吃。",
        "{land}灌溉渠道改善工程，決標金額{amt}元，得標廠商{org}（統編{ban}）。",
    ],
}

_TOKEN = re.compile(r"\{(\w+)\}")
_CHOICE = re.compile(r"\[([^\[\]]*)\]")

_FILLERS = {
    "date": _ordinary_date,
    "time": lambda r: r.choice([f"{r.randint(8, 17)}:{r.choice(['00', '15', '30', '45'])}",
                                f"上午{r.randint(8, 11)}時", f"下午{r.randint(1, 5)}點"]),
    "yr": lambda r: str(r.randint(110, 114)),
    "amt": _amount,
    "num": lambda r: str(r.randint(2, 60)),
    "age": lambda r: str(r.randint(65, 98)),
    "bp": lambda r: f"{r.randint(110, 170)}/{r.randint(60, 100)}",
    "docno": _docno,
    "caseno": _caseno,
    "invoice": _invoice,
    "payno": _payno,
    "ban": _ban,
    **{k: (lambda r, v=v: r.choice(v)) for k, v in _LAWS.items()},
    "route": lambda r: r.choice(_ROUTES),
    "stop": lambda r: r.choice(_STOPS),
    "item": lambda r: r.choice(_ITEMS),
    "crop": lambda r: r.choice(_CROPS),
    "court": lambda r: r.choice(_COURTS),
    "town": lambda r: r.choice(_TOWNS),
    "org": lambda r: r.choice(_COMPANY_HEAD) + r.choice(_COMPANY_TAIL),
    "shop": lambda r: r.choice(_SHOPS),
    "prod": lambda r: r.choice(_PRODUCTS),
    "plate": lambda r: "".join(r.choice("ABKMNPRT") for _ in range(3)) + "-" + _digits(r, 4),
    "land": lambda r: f"{r.choice(_TOWNS)}{r.choice(_SECTIONS)}{r.randint(1, 999)}地號",
}  # fmt: skip

_VALUES = {
    "ID": ("TW_NATIONAL_ID", lambda r: _id_spelling(r, _national_id(r))),
    "ARC": ("TW_RESIDENT_CERT", lambda r: _id_spelling(r, _resident_cert(r))),
    "MOB": ("PHONE", _mobile),
    "TEL": ("PHONE", _landline),
    "PHONE": ("PHONE", lambda r: _mobile(r) if r.random() < 0.6 else _landline(r)),
    "EMAIL": ("EMAIL", _email),
    "ADDR": ("ADDRESS", _address),
    "NHI": ("TW_NHI_CARD", _nhi),
    "PASS": ("PASSPORT", lambda r: _passport(r, taiwan=False)),
    "TPASS": ("PASSPORT", lambda r: _passport(r, taiwan=True)),
    "CC": ("CREDIT_CARD", _credit_card),
    "BD": ("BIRTH_DATE", lambda r: _birth_date(r)),
    "BDR": ("BIRTH_DATE", lambda r: _birth_date(r, "roc")),
    "BDW": ("BIRTH_DATE", lambda r: _birth_date(r, "west")),
    "BDN": ("BIRTH_DATE", lambda r: _birth_date(r, newborn=True)),
}


class _Names:
    """The known-names list and the draws of mentioned names."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self.rng = rng
        used = 40 + n // 5
        seen: set[str] = set()
        self.han: list[str] = []
        self.foreign: list[str] = []
        while len(self.han) + len(self.foreign) < used:
            foreign = rng.random() < 0.25
            name = _foreign_name(rng) if foreign else _han_name(rng)
            if name not in seen:
                seen.add(name)
                (self.foreign if foreign else self.han).append(name)
        never = []
        while len(never) < 10 + n // 40:
            name = _foreign_name(rng) if rng.random() < 0.25 else _han_name(rng)
            if name not in seen:
                seen.add(name)
                never.append(name)
        self.known = seen
        self.listing = self.han + self.foreign + never
        rng.shuffle(self.listing)

    def draw(self, foreign: bool) -> tuple[str, bool]:
        rng = self.rng
        if rng.random() < 0.5:
            return rng.choice(self.foreign if foreign else self.han), True
        while True:
            name = _foreign_name(rng) if foreign else _han_name(rng)
            if name not in self.known:
                return name, False


def _render(rng: random.Random, template: str, names: _Names) -> Sample:
    while m := _CHOICE.search(template):
        template = template[: m.start()] + rng.choice(m.group(1).split("|")) + template[m.end() :]
    text, spans, known = [], [], []
    pos = 0
    people: dict[str, tuple[str, bool]] = {}
    last = 0
    for m in _TOKEN.finditer(template):
        lit = template[last : m.start()]
        text.append(lit)
        pos += len(lit)
        last = m.end()
        key = m.group(1)
        if key[0] in "PF" and key[1:].isdigit():
            if key not in people:
                people[key] = names.draw(foreign=key[0] == "F")
            value, is_known = people[key]
            label = "PERSON"
            known.append(is_known)
        elif key in _VALUES:
            label, make = _VALUES[key]
            value = make(rng)
        else:
            text.append(_FILLERS[key](rng))
            pos += len(text[-1])
            continue
        text.append(value)
        spans.append((pos, pos + len(value), label))
        pos += len(value)
    text.append(template[last:])
    return Sample("".join(text), spans, not spans, known)


_ID_LIKE = re.compile(r"(?=([A-Za-z][\s\-]?[A-Za-z0-9](?:[\s\-]?\d){8}))")
_DIGIT_RUN = re.compile(r"\d(?:[\s\-]?\d)*")
_MOBILE_LIKE = re.compile(r"(?<!\d)(?:\+886[\s\-]?|0)9\d{2}[\s.\-]?\d{3}[\s.\-]?\d{3}(?!\d)")


def _has_stray_values(sample: Sample) -> bool:
    """Whether a valid ID / certificate / card / e-mail (or a mobile in a negative) is outside
    the gold spans; such samples are drawn again."""
    chars = list(to_halfwidth(sample.text))
    for s, e, _ in sample.spans:
        chars[s:e] = "■" * (e - s)
    masked = "".join(chars)
    if "@" in masked:
        return True
    for m in _ID_LIKE.finditer(masked):
        if twid.is_valid(m.group(1)) or arc.is_valid(m.group(1)):
            return True
    for m in _DIGIT_RUN.finditer(masked):
        d = re.sub(r"\D", "", m.group())
        for size in range(13, min(19, len(d)) + 1):
            if any(creditcard.is_valid(d[i : i + size]) for i in range(len(d) - size + 1)):
                return True
    if sample.hard_negative:
        return any(phone.is_mobile(m.group()) for m in _MOBILE_LIKE.finditer(masked))
    return False


def _negative_text(rng: random.Random) -> str:
    genre = rng.choice(list(_NEGATIVE))
    parts = [rng.choice(_NEGATIVE[genre])]
    if rng.random() < 0.5:
        parts.append(rng.choice(_SURNAME_SENTENCES))
    if rng.random() < 0.2:
        parts.insert(0, rng.choice(_SURNAME_SENTENCES))
    return rng.choice(["", "\n"]).join(parts)


def generate_heldout48(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the known-names list."""
    rng = random.Random(seed)
    names = _Names(rng, n)
    samples: list[Sample] = []
    while len(samples) < n:
        negative = rng.random() < 0.25
        if negative:
            template = _negative_text(rng)
        else:
            template = rng.choice(_POSITIVE[rng.choice(list(_POSITIVE))])
        sample = _render(rng, template, names)
        if sample.hard_negative != negative or _has_stray_values(sample):
            continue
        samples.append(sample)
    return samples, list(names.listing)
