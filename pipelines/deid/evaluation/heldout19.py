"""Held-out set 19: synthetic free text from six kinds of Taiwanese agency paperwork.

Genres: election-office (選務) staffing rosters, consumer-protection (消保官) complaint files,
environmental-inspection (環保局稽查) records, youth-employment counselling notes,
disaster-shelter (避難收容) registers and scholarship award letters. About a quarter of the
samples are hard negatives holding only public or non-personal look-alikes (document numbers,
case and receipt numbers, companies' 統一編號, statute articles, amounts, ordinary dates,
place, organisation, shop and product names, words that begin with a surname character).

Written independently of the scanner: the names, addresses and templates here are this
module's own. Every value is synthetic; checksummed values are made valid on purpose.
"""

from __future__ import annotations

import calendar
import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

PERSON = "PERSON"
NID = "TW_NATIONAL_ID"
ARC = "TW_RESIDENT_CERT"
PHONE = "PHONE"
EMAIL = "EMAIL"
ADDR = "ADDRESS"
NHI = "TW_NHI_CARD"
PASSPORT = "PASSPORT"
CARD = "CREDIT_CARD"
BIRTH = "BIRTH_DATE"

LABELS = (PERSON, NID, ARC, PHONE, EMAIL, ADDR, NHI, PASSPORT, CARD, BIRTH)

NEGATIVE_SHARE = 0.25
FULLWIDTH_SHARE = 0.17
KNOWN_SHARE = 0.5

# ---------------------------------------------------------------------------------------------
# Name material (this module's own lists).

_SURNAMES_COMMON = list("陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高")
_SURNAMES = list(
    dict.fromkeys(
        "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高簡朱鍾施游詹沈彭胡余盧潘"
        "顏梁趙柯翁魏方孫戴范宋鄧杜侯傅曹薛丁卓阮馬董唐藍石蔣古紀姚連馮歐程湯黎田康姜白汪鄒"
        "尤巫鐘涂龔嚴韓袁金童陸夏柳凃邵錢伍倪溫于譚駱熊任甘秦顧毛章史官萬俞雷粘饒闕凌崔尹孔"
        "辛武辜陶段龍韋葛池孟褚殷麥賀賈莫管關向包丘梅利裴樊房佘左舒祝岳鮑喻齊商苗滕應冉郝戚"
        "邢聶蒲牛桂勞練柴卜符穆蘭湛鄺聞查盛車溥"
    )
)
_COMPOUND_SURNAMES = [
    "歐陽", "張簡", "司徒", "上官", "諸葛", "范姜", "東方", "皇甫", "司馬", "夏侯", "公孫",
    "端木", "慕容", "尉遲",
]  # fmt: skip

_GIVEN_F = """
雅婷 怡君 欣怡 佳穎 宜蓁 詩涵 家瑜 郁婷 佩珊 思妤 婉婷 筱涵 雅雯 靜怡 淑芬 美玲 麗華 秀英 淑惠
玉蘭 秀琴 美惠 麗娟 淑貞 惠美 月娥 素珍 碧霞 玉珠 寶珠 秋月 春美 玉梅 翠玲 雅惠 怡伶 珮瑜 宛蓉
品妍 子晴 語彤 芷若 宥蓁 昀蓁 苡安 沛晴 芊妤 若瑜 羽彤 詠晴 以晴 宣妤 琬婷 韻如 郁雯 心怡 依婷
嘉玲 慧君 曉雯 美君 惠如 秋萍 麗雲 淑娟 雅琪 怡萱 欣妤 佳蓉 雅芳 靜宜 淑華 玉如 美雲 素娥 秀鳳
金枝 雅慧 珮君 家綺 姿穎 筱婷 曉萍 若曦 亭妤 湘婷 婕妤 宜庭 雨萱 采潔 芸熙 紫涵 珈瑜 安琪 凱婷
佳慧 明珠 素貞 瓊慧 麗卿 秀蘭 美華 桂英 鳳嬌 玉霞 雪芬 幸如 怡如 舒涵 語晨 品萱 宇涵 馨儀 書瑜
純如 千惠 鈺婷 怡蓉 詩婷 雅筑 婉瑜 慧玲 韋伶 秀玲 佩蓉 怡靜 育菁 玟君 孟潔 盈秀 珊珊 芳儀 品蓁
沛瑜 妍希 恩綺 采妮 芯瑜 玥彤 凱晴 詠歆 晏慈 禹彤 巧玲 麗美 阿好 金蓮 罔市 秀枝 春嬌 蕙蘭 月霞
"""
_GIVEN_M = """
家豪 志明 俊傑 建宏 冠宇 承恩 宥廷 柏翰 彥廷 承翰 冠廷 宇軒 品睿 子翔 睿恩 家銘 志偉 俊宏 建志
文雄 國華 志強 金龍 明德 正雄 榮輝 清泉 進財 萬得 添丁 水木 火旺 振興 明輝 俊男 志豪 信宏 宗翰
柏宇 冠霖 彥宇 昱廷 家瑋 建廷 哲瑋 致遠 偉倫 凱文 士傑 政宏 世昌 國榮 耀宗 啟明 育誠 裕民 勝雄
春生 坤山 崇德 嘉宏 聖傑 振宇 承佑 宥辰 睿宸 恩碩 博文 品丞 竑宇 禹安 奕辰 晨軒 柏均 俊賢 家齊
志遠 守仁 德明 文傑 仁傑 明哲 昌宏 國棟 永福 忠義 旺財 金水 天賜 有福 阿明 文彬 建良 志成 俊毅
子豪 冠志 宏銘 啟文 立群 孟哲 培倫 泓毅 翊帆 昱辰 柏諺 宸睿 耀庭 紹安 瑞祥 清標 福助 火土 金生
煥章 永昌 榮華 明正 文賢 國興 正忠 勝利 俊良 泰安 俊宇 庭瑋 軒宇 哲宇 承翰 立翔 彥均 景翔 晉嘉
"""
_GIVEN_ONE = list("翔瑜萱豪傑婷薇寧琪凱瑋勳彤妤蓁皓昀晴潔宏芳玲輝鈞霖葳倩穎恩璇銘瀚嫣蕙蓉琳杰")
_GIVEN_ONE_F = set("瑜萱婷薇寧琪彤妤蓁昀晴潔芳玲葳倩穎璇嫣蕙蓉琳")

_GIVEN_F_LIST = list(dict.fromkeys(_GIVEN_F.split()))
_GIVEN_M_LIST = list(dict.fromkeys(_GIVEN_M.split()))

_INDIG_HAN_A = [
    "瓦旦", "尤命", "比令", "哈勇", "馬耀", "伊萬", "巴干", "撒韻", "拉娃", "烏嘎", "阿布",
    "吉娃斯", "尤瑪", "瑪雅", "雅外", "拉葳", "巴奈", "阿洛", "蘇美", "哈露", "基瓦", "烏巴克",
    "撒可", "拉法", "芙伊", "阿道", "吉拿", "伊布", "莎韻", "達給", "蘇伊",
]  # fmt: skip
_INDIG_HAN_B = [
    "達利", "那威", "尤幹", "巴萬", "瓦歷斯", "拉罕", "馬紹", "哈尤", "吉拉", "撒布", "卡造",
    "巴紹", "都法", "法拉", "伊斯", "巴燕", "多奧", "比浩", "拉法格", "阿洛克", "帖木", "西給",
]  # fmt: skip
_INDIG_ROM_A = [
    "Watan", "Yuming", "Piling", "Hayung", "Mayaw", "Iwan", "Pakan", "Sayun", "Lawa", "Ukah",
    "Abu", "Giwas", "Yuma", "Maya", "Yawi", "Rawi", "Panay", "Alo", "Sumi", "Halu", "Kiwa",
    "Ubak", "Sako", "Lafa", "Foyi", "Adaw", "Kina", "Dakis", "Tanah",
]  # fmt: skip
_INDIG_ROM_B = [
    "Tali", "Nawi", "Yukan", "Pawan", "Walis", "Rahan", "Masao", "Hayu", "Kila", "Sapu",
    "Kacaw", "Pasaw", "Dofa", "Fala", "Temu", "Behuy", "Losing", "Siki", "Ciwas", "Mona",
]  # fmt: skip

# Foreign residents: (Latin family/first parts, Han transliteration parts).
_VN_FAMILY = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang",
              "Bui", "Do", "Ho", "Ngo", "Duong", "Ly"]  # fmt: skip
_VN_FAMILY_DIA = {"Nguyen": "Nguyễn", "Tran": "Trần", "Le": "Lê", "Pham": "Phạm",
                  "Hoang": "Hoàng", "Huynh": "Huỳnh", "Vo": "Võ", "Dang": "Đặng", "Bui": "Bùi",
                  "Do": "Đỗ", "Duong": "Dương"}  # fmt: skip
_VN_GIVEN_F = ["Huong", "Lan", "Mai", "Hoa", "Linh", "Trang", "Thao", "Phuong", "Ha", "Yen",
               "Nhung", "Ngan", "Diem", "Thuy", "Hanh"]  # fmt: skip
_VN_GIVEN_M = ["Nam", "Hung", "Dung", "Tuan", "Long", "Hai", "Son", "Cuong", "Minh", "Quang",
               "Thanh", "Duc", "Khanh", "Phuc"]  # fmt: skip
_VN_MIDDLE_M = ["Van", "Duc", "Quoc", "Huu", "Minh", "Thanh"]
_VN_MIDDLE_F = ["Thi", "Thi", "Ngoc", "Thu", "Kim"]
_VN_HAN_FAMILY = list("阮陳黎范黃潘武吳鄧裴")
_VN_HAN_GIVEN_F = list("香蘭梅花玲莊草英芳河燕絨銀水秋")
_VN_HAN_GIVEN_M = list("南雄勇俊龍海山強明光德福")

_ID_FIRST_F = ["Siti", "Sri", "Dewi", "Nur", "Ani", "Wati", "Rina", "Yanti", "Eka", "Dwi",
               "Putri", "Indah", "Ratna", "Yuli", "Tri", "Sumarni", "Kartini"]  # fmt: skip
_ID_FIRST_M = ["Budi", "Agus", "Joko", "Rudi", "Ahmad", "Slamet", "Eko", "Bambang", "Dedi",
               "Hendra", "Wahyu", "Rizky"]  # fmt: skip
_ID_LAST = ["Aminah", "Wahyuni", "Rahayu", "Lestari", "Handayani", "Susanti", "Suryani",
            "Fitriani", "Santoso", "Setiawan", "Hidayat", "Saputra", "Kurniawan", "Wulandari",
            "Ningsih", "Rohmah", "Utami", "Prasetyo"]  # fmt: skip
_ID_SINGLE = ["SUPARMI", "WARSINI", "SUMIATI", "KASMINI", "SUGIYANTO", "PONIRAH", "TUMINAH"]
_ID_HAN = ["蘇帕米", "瓦希尼", "絲蒂‧阿米娜", "妮露菲", "拉赫瑪", "蒂雅‧拉哈尤", "蘇米亞蒂",
           "布迪‧桑多索", "阿古斯", "伊卡‧萊絲塔莉", "卡蒂妮", "莉娜‧蘇珊蒂"]  # fmt: skip

_PH_FIRST_F = ["Maria", "Mary Grace", "Jennifer", "Rowena", "Marites", "Jocelyn", "Analyn",
               "Rosalie", "Mae", "Liza", "Cristina", "Lorna"]  # fmt: skip
_PH_FIRST_M = ["Jose", "Mark", "John Paul", "Rodel", "Ariel", "Joel", "Ramil", "Jayson",
               "Ronaldo", "Edwin", "Noel"]  # fmt: skip
_PH_LAST = ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Dela Cruz",
            "Villanueva", "Ramos", "Castillo", "Flores", "Gonzales", "Pascual", "Manalo",
            "Soriano"]  # fmt: skip
_PH_HAN = ["瑪莉亞‧桑托斯", "羅威娜", "喬瑟琳‧雷耶斯", "馬克‧克魯茲", "安娜琳", "羅德爾",
           "瑪莉特斯‧拉莫斯", "艾瑞爾"]  # fmt: skip

_TH_FIRST_F = ["Malee", "Siriporn", "Kanya", "Suda", "Ratana", "Pornthip", "Nittaya", "Wanida"]
_TH_FIRST_M = ["Somchai", "Somsak", "Wichai", "Anan", "Nattapong", "Prasert", "Surachai",
               "Kittisak", "Boonchu"]  # fmt: skip
_TH_LAST = ["Saengthong", "Srisuk", "Boonmee", "Chaiyaporn", "Wongsawat", "Kaewmanee",
            "Thongdee", "Sukjai", "Phromma", "Intharasuk", "Jaidee"]  # fmt: skip
_TH_HAN = ["頌猜", "宋薩", "瑪莉‧汶米", "威猜", "素達", "阿南‧通迪", "妮塔雅", "普拉色"]

_NATION_NAME = {"VN": "越南", "ID": "印尼", "PH": "菲律賓", "TH": "泰國"}


@dataclass
class _Person:
    name: str
    nat: str  # TW, VN, ID, PH, TH
    female: bool
    known: bool = False


def _han_name(r: random.Random) -> tuple[str, bool]:
    female = r.random() < 0.55
    roll = r.random()
    if roll < 0.05:
        surname = r.choice(_COMPOUND_SURNAMES)
    elif roll < 0.6:
        surname = r.choice(_SURNAMES_COMMON)
    else:
        surname = r.choice(_SURNAMES)
    if r.random() < 0.1:
        given = r.choice(_GIVEN_ONE)
        female = given in _GIVEN_ONE_F
    else:
        given = r.choice(_GIVEN_F_LIST if female else _GIVEN_M_LIST)
    if female and len(surname) == 1 and len(given) == 2 and r.random() < 0.08:
        # 冠夫姓: the husband's surname before her own.
        husband = r.choice(_SURNAMES_COMMON)
        if husband != surname:
            surname = husband + surname
    return surname + given, female


def _indigenous_name(r: random.Random) -> tuple[str, bool]:
    female = r.random() < 0.5
    if r.random() < 0.65:
        return r.choice(_INDIG_HAN_A) + r.choice("‧‧·") + r.choice(_INDIG_HAN_B), female
    return f"{r.choice(_INDIG_ROM_A)} {r.choice(_INDIG_ROM_B)}", female


def _foreign_name(r: random.Random, nat: str) -> tuple[str, bool]:
    female = r.random() < 0.65
    han = r.random() < 0.35
    if nat == "VN":
        if han:
            mid = "氏" if female else r.choice("文德")
            given = r.choice(_VN_HAN_GIVEN_F if female else _VN_HAN_GIVEN_M)
            return r.choice(_VN_HAN_FAMILY) + mid + given, female
        fam = r.choice(_VN_FAMILY)
        mid = r.choice(_VN_MIDDLE_F if female else _VN_MIDDLE_M)
        given = r.choice(_VN_GIVEN_F if female else _VN_GIVEN_M)
        if r.random() < 0.2 and fam in _VN_FAMILY_DIA:
            fam = _VN_FAMILY_DIA[fam]
            mid = mid.replace("Thi", "Thị").replace("Van", "Văn")
        name = f"{fam} {mid} {given}"
    elif nat == "ID":
        if han:
            return r.choice(_ID_HAN), female
        if r.random() < 0.2:
            return r.choice(_ID_SINGLE), female
        first = r.choice(_ID_FIRST_F if female else _ID_FIRST_M)
        name = f"{first} {r.choice(_ID_LAST)}"
    elif nat == "PH":
        if han:
            return r.choice(_PH_HAN), female
        first = r.choice(_PH_FIRST_F if female else _PH_FIRST_M)
        last = r.choice(_PH_LAST)
        if r.random() < 0.3:
            name = f"{first} {r.choice('ABCDEGLMPRST')}. {last}"
        else:
            name = f"{first} {last}"
    else:
        if han:
            return r.choice(_TH_HAN), female
        first = r.choice(_TH_FIRST_F if female else _TH_FIRST_M)
        name = f"{first} {r.choice(_TH_LAST)}"
    if r.random() < 0.5:
        name = name.upper()
    return name, female


def _fresh(r: random.Random, foreign: bool) -> _Person:
    if foreign:
        nat = r.choice(["VN", "VN", "ID", "ID", "PH", "TH"])
        name, female = _foreign_name(r, nat)
        return _Person(name, nat, female)
    if r.random() < 0.07:
        name, female = _indigenous_name(r)
    else:
        name, female = _han_name(r)
    return _Person(name, "TW", female)


# ---------------------------------------------------------------------------------------------
# Places.

_CITIES: dict[str, tuple[tuple[int, int], list[str]]] = {
    "臺北市": ((100, 116), ["中正區", "大同區", "中山區", "松山區", "大安區", "萬華區", "信義區",
                          "士林區", "北投區", "內湖區", "南港區", "文山區"]),
    "新北市": ((207, 253), ["板橋區", "三重區", "中和區", "永和區", "新莊區", "新店區", "土城區",
                          "蘆洲區", "汐止區", "樹林區", "淡水區", "三峽區", "林口區", "鶯歌區"]),
    "桃園市": ((320, 338), ["桃園區", "中壢區", "平鎮區", "八德區", "楊梅區", "蘆竹區", "龜山區",
                          "龍潭區", "大園區"]),
    "臺中市": ((400, 439), ["西屯區", "北屯區", "南屯區", "西區", "北區", "豐原區", "大里區",
                          "太平區", "沙鹿區", "清水區", "烏日區"]),
    "臺南市": ((700, 745), ["東區", "中西區", "安平區", "永康區", "新營區", "麻豆區", "善化區",
                          "仁德區", "歸仁區"]),
    "高雄市": ((800, 852), ["苓雅區", "三民區", "左營區", "鼓山區", "鳳山區", "前鎮區", "小港區",
                          "楠梓區", "岡山區", "旗山區"]),
    "基隆市": ((200, 206), ["仁愛區", "信義區", "中正區", "七堵區", "安樂區"]),
    "新竹市": ((300, 300), ["東區", "北區", "香山區"]),
    "嘉義市": ((600, 600), ["東區", "西區"]),
    "新竹縣": ((302, 315), ["竹北市", "竹東鎮", "湖口鄉", "新豐鄉", "關西鎮", "尖石鄉"]),
    "苗栗縣": ((350, 369), ["苗栗市", "頭份市", "竹南鎮", "苑裡鎮", "通霄鎮", "公館鄉"]),
    "彰化縣": ((500, 530), ["彰化市", "員林市", "鹿港鎮", "和美鎮", "溪湖鎮", "埔鹽鄉", "二林鎮"]),
    "南投縣": ((540, 558), ["南投市", "埔里鎮", "草屯鎮", "竹山鎮", "仁愛鄉", "信義鄉", "魚池鄉"]),
    "雲林縣": ((630, 655), ["斗六市", "虎尾鎮", "西螺鎮", "北港鎮", "麥寮鄉", "土庫鎮"]),
    "嘉義縣": ((602, 625), ["太保市", "朴子市", "民雄鄉", "水上鄉", "竹崎鄉", "阿里山鄉"]),
    "屏東縣": ((900, 947), ["屏東市", "潮州鎮", "東港鎮", "恆春鎮", "萬巒鄉", "內埔鄉", "三地門鄉",
                          "來義鄉"]),
    "宜蘭縣": ((260, 272), ["宜蘭市", "羅東鎮", "蘇澳鎮", "頭城鎮", "冬山鄉", "五結鄉", "南澳鄉"]),
    "花蓮縣": ((970, 983), ["花蓮市", "吉安鄉", "壽豐鄉", "玉里鎮", "鳳林鎮", "秀林鄉", "萬榮鄉",
                          "光復鄉"]),
    "臺東縣": ((950, 966), ["臺東市", "成功鎮", "關山鎮", "卑南鄉", "太麻里鄉", "大武鄉", "蘭嶼鄉",
                          "延平鄉"]),
    "澎湖縣": ((880, 885), ["馬公市", "湖西鄉", "白沙鄉", "西嶼鄉"]),
    "金門縣": ((890, 896), ["金城鎮", "金湖鎮", "金沙鎮", "金寧鄉"]),
    "連江縣": ((209, 212), ["南竿鄉", "北竿鄉"]),
}  # fmt: skip
_CITY_NAMES = list(_CITIES)
_ROADS = [
    "中正路", "中山路", "民生路", "民權路", "民族路", "和平東路", "信義路", "仁愛路", "忠孝東路",
    "復興南路", "建國路", "光復路", "成功路", "自由路", "大同路", "文化路", "中華路", "公園路",
    "博愛路", "四維路", "五福路", "七賢路", "府前路", "永福路", "林森路", "重慶南路", "長春路",
    "南京東路", "環河路", "新生路", "勝利路", "育英街", "福德街", "興隆路", "三民路", "莒光路",
    "中興路", "復興路", "和平路", "忠孝路", "正義路", "青年路", "自強街", "仁德街", "明德路",
    "太原路", "崇德路", "永春街", "忠誠路", "延平路", "福興路", "站前路", "明倫街", "朝陽街",
]  # fmt: skip
_VILLAGES = ["中興", "福興", "大同", "仁愛", "富世", "和平", "光榮", "忠孝", "新興", "永安",
             "崙背", "好修", "南勢", "北勢", "頂寮", "下厝", "東興", "西湖", "福德", "長安",
             "復興", "新生", "文化", "中正"]  # fmt: skip
_SECTIONS = "一二三四五六七"
_FLOORS_CN = "二三四五六七八九十"

_SCHOOLS = ["國立臺灣大學", "國立政治大學", "國立成功大學", "國立中興大學", "國立清華大學",
            "國立陽明交通大學", "國立臺灣師範大學", "國立中正大學", "國立東華大學",
            "國立臺東大學", "國立高雄科技大學", "國立臺北科技大學", "國立屏東大學",
            "輔仁大學", "東海大學", "逢甲大學", "文藻外語大學", "長庚大學", "淡江大學",
            "中原大學", "靜宜大學", "義守大學", "慈濟大學"]  # fmt: skip
_DEPTS = ["社會工作學系", "資訊工程學系", "企業管理學系", "護理學系", "土木工程學系",
          "應用外語系", "幼兒教育學系", "機械工程系", "財務金融學系", "觀光餐旅系",
          "電機工程學系", "中國文學系", "化學系", "法律學系", "原住民族發展學系"]  # fmt: skip
_CO_WORDS = ["遠揚", "晨曦", "大樹", "永信", "金鼎", "長青", "旭日", "藍海", "綠野", "宏遠",
             "新峰", "昇陽", "恆星", "瑞祥", "嘉禾", "和順", "立德", "冠群", "鴻運", "寶島",
             "福星", "興隆", "四季", "日光", "青山", "星河", "海洋", "百合", "松柏", "高峰",
             "林園", "黃金海岸", "陳記", "金鑽", "萬象", "方圓", "白鷺", "江南",
             "許願樹"]  # fmt: skip
_CO_KIND = {
    "consumer": ["電信", "旅行社", "健身", "購物網", "補習班", "美容", "家具", "汽車", "婚紗",
                 "瘦身", "預售屋建設", "語言中心", "數位科技"],
    "env": ["工業", "化工", "實業", "金屬", "營造", "食品", "紙業", "塑膠", "資源回收"],
    "job": ["科技", "物流", "餐飲", "貿易", "國際", "電子", "行銷", "設計", "生技"],
}  # fmt: skip


def _fw(text: str) -> str:
    """Full-width forms of ASCII letters, digits and common punctuation."""
    out = []
    for ch in text:
        if "!" <= ch <= "~" and (ch.isalnum() or ch in "-@.()+#/:"):
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def _cn_num(n: int) -> str:
    """Chinese numerals as written in 公文 dates (1-199)."""
    digits = "〇一二三四五六七八九"
    if n >= 100:
        rest = n - 100
        if rest == 0:
            return "一百"
        if rest < 10:
            return "一百零" + digits[rest]
        t, u = divmod(rest, 10)
        return "一百" + digits[t] + "十" + (digits[u] if u else "")
    if n < 10:
        return digits[n]
    t, u = divmod(n, 10)
    return ("十" if t == 1 else digits[t] + "十") + (digits[u] if u else "")


def _cn_award(n: int) -> str:
    """Amounts written in 公文 style: 20000 → 貳萬, 15000 → 壹萬伍仟."""
    big = "零壹貳參肆伍陸柒捌玖"
    wan, rest = divmod(n, 10000)
    qian = rest // 1000
    return (big[wan] + "萬" if wan else "") + (big[qian] + "仟" if qian else "")


# ---------------------------------------------------------------------------------------------
# Document builder and value makers.


class _Doc:
    """Append-only text with gold spans recorded as values are written."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []

    def t(self, *texts: str) -> _Doc:
        for s in texts:
            self.parts.append(s)
            self.pos += len(s)
        return self

    def v(self, label: str, value: str, known: bool = False) -> _Doc:
        self.spans.append((self.pos, self.pos + len(value), label))
        if label == PERSON:
            self.known.append(known)
        return self.t(value)

    def n(self, p: _Person) -> _Doc:
        return self.v(PERSON, p.name, p.known)

    def text(self) -> str:
        return "".join(self.parts)


_MOBILE_PREFIXES = [f"09{i:02d}" for i in range(10, 40)] + [
    f"09{i:02d}" for i in (52, 53, 55, 56, 58, 60, 61, 63, 65, 66, 68, 70, 71, 72, 73, 75, 76,
                           77, 78, 79, 80, 81, 82, 83, 85, 86, 87, 88, 89)
]  # fmt: skip
# (area code, local length, allowed first local digits)
_LANDLINE_AREAS = [
    ("02", 8, "235678"), ("02", 8, "2"), ("03", 7, "345"), ("03", 7, "8"), ("037", 6, "2345"),
    ("04", 8, "2"), ("04", 7, "78"), ("049", 7, "2"), ("05", 7, "2"), ("05", 7, "56"),
    ("06", 7, "2"), ("06", 7, "56"), ("07", 7, "3578"), ("08", 7, "7"), ("089", 6, "3"),
    ("082", 6, "3"),
]  # fmt: skip


_DOC_ORGS = {
    "election": ["中市選一", "北市選", "選總", "新北選二", "高市選"],
    "consumer": ["新北消保", "府消", "北市法消", "中市法消"],
    "environment": ["北市環稽", "桃環稽", "南市環空", "環署廢", "中市環水"],
    "youth": ["勞動發就", "中市勞就", "北市勞職", "高市勞就"],
    "shelter": ["花府社救", "府授社救", "基府民", "投府社"],
    "scholarship": ["高市教社", "教育部學特", "府教學", "北市教終"],
}


class _Gen:
    def __init__(self, r: random.Random, known_tw: list[_Person], known_fx: list[_Person]):
        self.r = r
        self.known_tw = known_tw
        self.known_fx = known_fx
        self.known_names = {p.name for p in known_tw + known_fx}
        self.genre = ""

    # -- small helpers
    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def pick(self, seq):
        return self.r.choice(seq)

    def digits(self, k: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(k))

    def maybe_fw(self, s: str) -> str:
        return _fw(s) if self.chance(FULLWIDTH_SHARE) else s

    def col(self) -> str:
        return self.pick(["：", "：", "：", ":", "： ", " "])

    # -- people
    def person(self, foreign: bool | None = None) -> _Person:
        if foreign is None:
            foreign = self.chance(0.08)
        pool = self.known_fx if foreign else self.known_tw
        if pool and self.chance(KNOWN_SHARE):
            p = self.pick(pool)
            return _Person(p.name, p.nat, p.female, True)
        while True:
            p = _fresh(self.r, foreign)
            if p.name not in self.known_names:
                return p

    def people(self, k: int, foreign: bool | None = None) -> list[_Person]:
        out: list[_Person] = []
        while len(out) < k:
            p = self.person(foreign)
            if all(p.name != q.name for q in out):
                out.append(p)
        return out

    # -- identifiers
    def nid(self, p: _Person | None = None) -> str:
        letter = self.pick(list(LETTER_CODES))
        female = p.female if p is not None else self.chance(0.5)
        d8 = ("2" if female else "1") + self.digits(7)
        value = letter + d8 + id_check_digit(letter, d8)
        if self.chance(0.03):
            value = value.lower()
        return self.maybe_fw(value)

    def arc_no(self, p: _Person | None = None) -> str:
        letter = self.pick(list(LETTER_CODES))
        female = p.female if p is not None else self.chance(0.5)
        if self.chance(0.6):
            d8 = ("9" if female else "8") + self.digits(7)
            value = letter + d8 + id_check_digit(letter, d8)
        else:
            second = self.pick("ABCD")
            t7 = self.digits(7)
            value = (
                letter + second + t7 + id_check_digit(letter, str(LETTER_CODES[second] % 10) + t7)
            )
        return self.maybe_fw(value)

    def id_of(self, p: _Person) -> tuple[str, str]:
        if p.nat == "TW":
            return NID, self.nid(p)
        return ARC, self.arc_no(p)

    def nhi(self) -> str:
        d = "0000" + self.digits(8) if self.chance(0.8) else "0" + self.digits(11)
        style = self.r.random()
        if style < 0.5:
            value = d
        elif style < 0.75:
            value = f"{d[:4]} {d[4:8]} {d[8:]}"
        else:
            value = f"{d[:4]}-{d[4:8]}-{d[8:]}"
        return self.maybe_fw(value)

    def passport(self, p: _Person | None = None) -> str:
        nat = p.nat if p is not None else "TW"
        if nat == "TW":
            value = "3" + self.digits(8)
        elif nat == "VN":
            value = self.pick("CBN") + self.digits(7)
        elif nat == "ID":
            value = self.pick("BXCE") + self.digits(7)
        elif nat == "PH":
            if self.chance(0.6):
                value = "P" + self.digits(7) + self.pick("ABCDEF")
            else:
                value = self.pick(["EB", "EC", "ED"]) + self.digits(7)
        else:
            value = self.pick(["AA", "AB", "AC"]) + self.digits(7)
        return self.maybe_fw(value)

    def card(self) -> str:
        roll = self.r.random()
        if roll < 0.45:
            prefix, length = "4", 16
        elif roll < 0.75:
            prefix, length = self.pick(["51", "52", "53", "54", "55", "2221", "2720"]), 16
        elif roll < 0.9:
            prefix, length = self.pick(["3528", "3530", "3566", "3589"]), 16
        elif roll < 0.95:
            prefix, length = self.pick(["34", "37"]), 15
        else:
            prefix, length = "62", 16
        body = prefix + self.digits(length - len(prefix) - 1)
        for check in "0123456789":
            if creditcard.luhn_ok(body + check):
                number = body + check
                break
        if length == 15:
            groups = [number[:4], number[4:10], number[10:]]
        else:
            groups = [number[i : i + 4] for i in range(0, 16, 4)]
        style = self.r.random()
        if style < 0.45:
            value = " ".join(groups)
        elif style < 0.75:
            value = "-".join(groups)
        else:
            value = number
        return self.maybe_fw(value)

    def email(self, student: bool = False) -> str:
        syl = ["ya", "yi", "chun", "ting", "hsin", "wei", "chen", "lin", "huang", "chang",
               "wang", "li", "yu", "mei", "hui", "chia", "hao", "jie", "kai", "min", "pei",
               "shan", "tzu", "han", "hsuan", "yun", "ling", "fang", "chieh", "tsai", "kuo",
               "hsieh", "amy", "kevin", "vicky", "jason", "annie", "peggy", "tina",
               "eric"]  # fmt: skip
        if student:
            local = self.pick("abmsdu") + self.digits(self.r.randint(7, 9))
            domain = self.pick(["ntu.edu.tw", "mail.nccu.edu.tw", "gs.ncku.edu.tw",
                                "mail.ntust.edu.tw", "o365.fcu.edu.tw",
                                "gms.ndhu.edu.tw"])  # fmt: skip
            return f"{local}@{domain}"
        a, b = self.pick(syl), self.pick(syl)
        style = self.r.random()
        if style < 0.3:
            local = f"{a}{b}{self.digits(self.r.randint(2, 4))}"
        elif style < 0.55:
            local = f"{a}.{b}"
        elif style < 0.75:
            local = f"{a}_{b}{self.r.randint(70, 99)}"
        else:
            local = f"{a}{b}{self.pick(['', '0', '1', '22', '777'])}"
        domain = self.pick(["gmail.com", "gmail.com", "yahoo.com.tw", "hotmail.com",
                            "outlook.com", f"ms{self.r.randint(1, 79)}.hinet.net", "icloud.com",
                            "seed.net.tw", "pchome.com.tw"])  # fmt: skip
        value = f"{local}@{domain}"
        if self.chance(0.05):
            value = value.capitalize()
        return value

    def mobile(self) -> str:
        while True:
            n = self.pick(_MOBILE_PREFIXES) + self.digits(6)
            if phone.is_valid(n):
                break
        a, b, c = n[:4], n[4:7], n[7:]
        style = self.r.random()
        if style < 0.4:
            value = f"{a}-{b}-{c}"
        elif style < 0.6:
            value = n
        elif style < 0.7:
            value = f"{a} {b} {c}"
        elif style < 0.78:
            value = f"{a}-{b}{c}"
        elif style < 0.82:
            value = f"{a}.{b}.{c}"
        elif style < 0.9:
            value = f"+886-{a[1:]}-{b}-{c}"
        elif style < 0.96:
            value = f"+886 {a[1:]} {b} {c}"
        else:
            value = f"+886{n[1:]}"
        return self.maybe_fw(value)

    def landline(self, ext: float = 0.0) -> str:
        area, length, first = self.pick(_LANDLINE_AREAS)
        for _ in range(40):
            local = self.pick(first) + self.digits(length - 1)
            if phone.is_valid(area + local):
                break
        else:
            while not phone.is_plausible(area + local):
                local = self.pick(first) + self.digits(length - 1)
        split = {8: 4, 7: 3, 6: 3}[length]
        x, y = local[:split], local[split:]
        style = self.r.random()
        if style < 0.3:
            value = f"({area}){x}-{y}"
        elif style < 0.55:
            value = f"{area}-{x}-{y}"
        elif style < 0.7:
            value = f"{area}-{local}"
        elif style < 0.78:
            value = f"({area}) {x} {y}"
        elif style < 0.84:
            value = f"({area}){local}"
        elif style < 0.9:
            value = f"+886-{area[1:]}-{x}-{y}"
        else:
            value = f"{area}{local}"
        if self.chance(ext):
            e = str(self.r.randint(1, 9)) + self.digits(self.r.randint(1, 3))
            value += self.pick([f"#{e}", f" 分機{e}", f"分機{e}", f" 轉{e}", f" ext.{e}",
                                f" ext. {e}", f"#{e}", f" 分機 {e}"])  # fmt: skip
        return self.maybe_fw(value)

    def phone_any(self, mobile_share: float = 0.7, ext: float = 0.0) -> str:
        return self.mobile() if self.chance(mobile_share) else self.landline(ext)

    def birth(self, lo: int, hi: int) -> str:
        y = self.r.randint(lo, hi)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, calendar.monthrange(y, m)[1])
        roc = y - 1911
        forms = [
            (f"民國{roc}年{m}月{d}日", 3), (f"{roc}年{m}月{d}日", 3),
            (f"{roc}年{m:02d}月{d:02d}日", 2), (f"{roc}.{m:02d}.{d:02d}", 2),
            (f"{roc:03d}/{m:02d}/{d:02d}", 2), (f"{roc}/{m}/{d}", 2),
            (f"{roc:03d}{m:02d}{d:02d}", 1), (f"{y}/{m:02d}/{d:02d}", 2),
            (f"{y}-{m:02d}-{d:02d}", 2), (f"{y}年{m}月{d}日", 2), (f"西元{y}年{m}月{d}日", 1),
            (f"{y}.{m}.{d}", 1), (f"民國{_cn_num(roc)}年{_cn_num(m)}月{_cn_num(d)}日", 1),
        ]  # fmt: skip
        value = self.r.choices([f for f, _ in forms], weights=[w for _, w in forms])[0]
        return self.maybe_fw(value)

    def addr(self, city: str | None = None) -> str:
        city = city or self.pick(_CITY_NAMES)
        (zlo, zhi), towns = _CITIES[city]
        town = self.pick(towns)
        fw = self.chance(FULLWIDTH_SHARE)
        parts: list[str] = []
        if self.chance(0.25):
            parts.append(str(self.r.randint(zlo, zhi)) + self.pick(["", "", " "]))
        shown_city = city.replace("臺", "台", 1) if self.chance(0.3) else city
        parts.append(shown_city + town)
        rural = town[-1] in "鄉鎮" or (town[-1] == "市" and self.chance(0.3))
        if rural and self.chance(0.6):
            parts.append(self.pick(_VILLAGES) + ("村" if town[-1] in "鄉" else "里"))
            if self.chance(0.6):
                parts.append(f"{self.r.randint(1, 24)}鄰")
            if self.chance(0.35):
                parts.append(f"{self.r.randint(1, 300)}號")
                return self._addr_finish(parts, fw)
        elif self.chance(0.15):
            parts.append(self.pick(_VILLAGES) + "里" + f"{self.r.randint(1, 30)}鄰")
        road = self.pick(_ROADS)
        parts.append(road)
        if not road.endswith("街") and self.chance(0.35):
            parts.append(self.pick(_SECTIONS) + "段")
        if self.chance(0.4):
            parts.append(f"{self.r.randint(1, 320)}巷")
            if self.chance(0.3):
                parts.append(f"{self.r.randint(1, 40)}弄")
        no = str(self.r.randint(1, 400))
        if self.chance(0.12):
            parts.append(f"{no}之{self.r.randint(1, 9)}號")
        else:
            parts.append(f"{no}號")
        if self.chance(0.5):
            fl = self.r.randint(2, 10)
            style = self.r.random()
            if style < 0.55:
                parts.append(f"{fl}樓")
            elif style < 0.85:
                parts.append(f"{_FLOORS_CN[fl - 2]}樓")
            else:
                parts.append(f"{fl}F")
            if self.chance(0.2):
                parts.append(f"之{self.r.randint(1, 8)}")
        return self._addr_finish(parts, fw)

    @staticmethod
    def _addr_finish(parts: list[str], fw: bool) -> str:
        value = "".join(parts)
        if fw:
            value = "".join(
                chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in value
            )
        return value

    # -- non-personal material
    def ban_no(self) -> str:
        while True:
            n = self.digits(8)
            if ban.is_valid(n):
                return self.maybe_fw(n)

    def doc_no(self) -> str:
        org = self.pick([*_DOC_ORGS.get(self.genre, []), "府授工"])
        return f"{org}字第{self.r.randint(110, 114)}{self.digits(7)}號"

    def award(self) -> str:
        n = self.pick([3000, 5000, 6000, 8000, 10000, 12000, 15000, 20000, 30000, 50000])
        return f"新臺幣{n:,}元" if self.chance(0.8) else f"新臺幣{_cn_award(n)}元"

    def salary(self) -> str:
        return f"{self.pick([27470, 28000, 29500, 30000, 32000, 35000, 38000, 42000]):,}元"

    def roc_date(self) -> str:
        y, m, d = self.r.randint(110, 114), self.r.randint(1, 12), self.r.randint(1, 28)
        style = self.r.random()
        if style < 0.5:
            return f"{y}年{m}月{d}日"
        if style < 0.75:
            return f"{y}/{m:02d}/{d:02d}"
        if style < 0.9:
            return f"{y}.{m:02d}.{d:02d}"
        return f"{y + 1911}-{m:02d}-{d:02d}"

    def short_date(self) -> str:
        return f"{self.r.randint(1, 12)}/{self.r.randint(1, 28)}"

    def clock(self) -> str:
        minute = self.pick(["00", "10", "15", "20", "30", "40", "45", "50"])
        return f"{self.r.randint(7, 22):02d}:{minute}"

    def amount(self) -> str:
        n = self.r.choice(
            [
                self.r.randint(3, 99) * 100,
                self.r.randint(1, 60) * 1000,
                self.r.randint(100, 9999) * 10,
            ]
        )
        style = self.r.random()
        if style < 0.6:
            return f"新臺幣{n:,}元"
        if style < 0.8:
            return f"NT${n:,}"
        return f"{n}元"

    def company(self, kind: str) -> str:
        return (
            self.pick(_CO_WORDS)
            + self.pick(_CO_KIND[kind])
            + self.pick(["股份有限公司", "有限公司", "企業社", "股份有限公司"])
        )

    def district(self) -> str:
        city = self.pick(_CITY_NAMES)
        return city + self.pick(_CITIES[city][1])

    def election(self) -> str:
        return self.pick(["第16任總統副總統及第11屆立法委員選舉", "111年地方公職人員選舉",
                          "114年全國性公民投票", "第11屆立法委員罷免案投票",
                          "113年村里長補選"])  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Genre 1: election office (選務) staffing rosters.


def _el_roster(g: _Gen) -> _Doc:
    b = _Doc()
    dist = g.district()
    station = f"{g.r.randint(1, 1800):04d}"
    b.t(g.pick([f"{dist}第{station}號投開票所工作人員名冊\n",
                f"【{g.election()}】{dist}投開票所工作人員名冊（第{station}所）\n",
                f"第{station}投開票所 人員編組表\n"]))  # fmt: skip
    cols = ["職別", "姓名"] + [
        c for c in ("身分證統一編號", "出生日期", "行動電話", "戶籍地址") if g.chance(0.55)
    ]
    sep = g.pick(["\t", "｜", "  ", " | ", "\t"])
    b.t(sep.join(cols) + "\n")
    roles = (
        ["主任管理員", "主任監察員"]
        + ["管理員"] * g.r.randint(1, 3)
        + ["監察員"] * g.r.randint(0, 2)
    )
    for role, p in zip(roles, g.people(len(roles), False), strict=True):
        b.t(role + sep).n(p)
        for c in cols[2:]:
            b.t(sep)
            if c == "身分證統一編號":
                b.v(NID, g.nid(p))
            elif c == "出生日期":
                b.v(BIRTH, g.birth(1952, 2004))
            elif c == "行動電話":
                b.v(PHONE, g.mobile())
            else:
                b.v(ADDR, g.addr())
        b.t("\n")
    if g.chance(0.5):
        b.t(g.pick(["製表人：", "承辦人：", "製表："])).n(g.person(False))
        b.t(g.pick(["", f"　{g.roc_date()}"]))
        if g.chance(0.4):
            b.t(" 電話 ").v(PHONE, g.landline(0.9))
    return b


def _el_reassign(g: _Gen) -> _Doc:
    b = _Doc()
    old, new = g.people(2, False)
    station = f"{g.r.randint(1, 1800):04d}"
    role = g.pick(["主任管理員", "管理員", "主任監察員", "監察員"])
    b.t(f"發文字號：{g.doc_no()}\n" if g.chance(0.5) else "")
    b.t(f"主旨：函送本區第{station}號投開票所{role}改派名單，請查照。\n說明：\n")
    b.t(g.pick(["一、依公職人員選舉罷免法第57條及投開票所工作人員遴派要點辦理。\n",
                "一、復貴所113年11月2日函。\n", "一、依本所選務工作會議決議辦理。\n"]))  # fmt: skip
    b.t(f"二、原派{role}").n(old).t(g.pick(["因工作調動", "因家中有事", "因身體不適", "因出國",
                                           "因另有公務"]))  # fmt: skip
    b.t("請辭，改派").n(new).t("（")
    bits = []
    if g.chance(0.8):
        bits.append(("身分證統一編號", NID, g.nid(new)))
    if g.chance(0.6):
        bits.append(("出生日期", BIRTH, g.birth(1955, 2003)))
    if g.chance(0.4):
        bits.append(("住址", ADDR, g.addr()))
    for i, (lab, label, value) in enumerate(bits):
        b.t("，" if i else "", lab).v(label, value)
    b.t("）擔任，聯絡電話" + g.pick(["：", "", " "])).v(PHONE, g.phone_any(0.8)).t("。\n")
    b.t(g.pick(["三、副本抄送改派人員，並請轉知出席113年12月5日講習。\n",
                "三、請於選舉日前一日下午4時前完成投開票所佈置。\n", ""]))  # fmt: skip
    return b


def _el_calllog(g: _Gen) -> _Doc:
    b = _Doc()
    b.t(g.pick(["講習出席確認（電聯紀錄）\n", "電聯紀錄：\n", "", "監察員聯繫表\n"]))
    for p in g.people(g.r.randint(2, 5), False):
        b.t(f"{g.short_date()} {g.clock()} " if g.chance(0.7) else "- ")
        style = g.r.random()
        if style < 0.35:
            outcome = g.pick(["確認出席，OK", "未接，已留言", "表示當天可能晚到"])
            b.t("電聯").n(p).t("（").v(PHONE, g.mobile()).t("）" + outcome)
        elif style < 0.6:
            b.n(p).t(" ").v(PHONE, g.phone_any()).t(
                g.pick([" 可", " 不克出席，請改派", " 改上午場"])
            )
        elif style < 0.8:
            b.n(p).t(g.pick(["地址更正為", "通訊地址改為", "：新地址 "])).v(ADDR, g.addr())
        else:
            b.n(p).t(g.pick(["換手機了，新號碼", "手機改為", "新手機："])).v(PHONE, g.mobile())
        b.t("\n")
    return b


def _el_affidavit(g: _Gen) -> _Doc:
    b = _Doc()
    p = g.person(False)
    role = g.pick(["主任管理員", "管理員", "主任監察員", "監察員"])
    b.t("切結書\n立切結書人").n(p).t(
        f"擔任{g.election()}第{g.r.randint(1, 1800):04d}號投開票所{role}，"
    )
    b.t("茲保證本人非候選人，亦非候選人之配偶或三親等以內血親、姻親，如有不實，願負法律責任。\n")
    b.t(g.pick(["此致\n", "此　致\n"]) + g.district() + "公所\n")
    b.t("立切結書人" + g.col()).n(p).t(g.pick(["（簽章）\n", "\n", "  (簽名)\n"]))
    b.t("身分證統一編號" + g.col()).v(NID, g.nid(p)).t("\n")
    if g.chance(0.7):
        b.t(g.pick(["出生年月日", "出生日期"]) + g.col()).v(BIRTH, g.birth(1950, 2004)).t("\n")
    b.t(g.pick(["通訊地址", "戶籍地址", "住址"]) + g.col()).v(ADDR, g.addr()).t("\n")
    b.t(g.pick(["聯絡電話", "電話", "手機"]) + g.col()).v(PHONE, g.phone_any(0.75)).t("\n")
    b.t(f"中華民國{g.r.randint(110, 114)}年{g.r.randint(1, 12)}月{g.r.randint(1, 28)}日")
    return b


def _el_speech(g: _Gen) -> _Doc:
    b = _Doc()
    p, q = g.people(2, False)
    who = g.pick(["村幹事回報", "里幹事來電", "民政課轉述", "鄰長說"])
    pron = "她" if p.female else "他"
    b.t(f"{who}：「").n(p).t(g.pick([f"說{pron}那天要上班，不能當監察員，", f"說{pron}要出國，",
                                      "身體不舒服，"]))  # fmt: skip
    b.t(g.pick(["改推薦", "想換", "問可不可以換"])).n(q).t("，")
    b.t(g.pick(["電話", "手機是", "電話是"])).v(PHONE, g.phone_any(0.8)).t("。」")
    if g.chance(0.5):
        b.t("\n→ 已請").n(q).t(g.pick(["補身分證影本", "填寫工作人員資料表", "於週五前回傳切結書"]))
        if g.chance(0.5):
            b.t("，身分證字號").v(NID, g.nid(q))
        b.t("。")
    return b


def _el_mail(g: _Gen) -> _Doc:
    b = _Doc()
    b.t(g.pick(["講習通知寄送名單：\n", "收件者：", "以下人員請寄電子講義：\n"]))
    inline = b.parts[-1] == "收件者："
    for i, p in enumerate(g.people(g.r.randint(2, 5), False)):
        if inline:
            b.t("；" if i else "").n(p).t(" <").v(EMAIL, g.email()).t(">")
        else:
            b.t(f"{i + 1}. ").n(p).t(g.pick(["  ", "\t", "／", " "])).v(EMAIL, g.email()).t("\n")
    return b


# ---- election negatives


def _el_neg_notice(g: _Gen) -> _Doc:
    b = _Doc()
    b.t(f"發文字號：{g.doc_no()}\n" if g.chance(0.6) else "")
    b.t(
        f"主旨：訂於{g.roc_date()}上午9時30分假本所"
        f"{g.pick(['5樓禮堂', '第二會議室', '區民活動中心'])}"
    )
    b.t(f"辦理{g.election()}投開票所工作人員講習，請各主任管理員準時出席。\n")
    b.t("說明：\n一、依公職人員選舉罷免法第57條及中央選舉委員會函辦理。\n")
    b.t(
        f"二、講習當日請攜帶印章，並請勿{g.pick(['張貼', '散發'])}任何競選文宣；"
        f"出席費{g.r.randint(5, 15) * 100}元。\n"
    )
    if g.chance(0.5):
        b.t(
            f"三、投開票所設置地點異動：第{g.r.randint(1, 1800):04d}號由"
            f"{g.pick(['民生國小', '林口國中', '黃厝社區活動中心', '高家里集會所', '王功福海宮'])}"
            f"改設於{g.pick(['中正國小風雨操場', '區公所一樓大廳', '陳厝活動中心'])}。\n"
        )
    return b


def _el_neg_stats(g: _Gen) -> _Doc:
    b = _Doc()
    n = g.r.randint(40, 400)
    b.t(f"{g.district()}共設{n}所投開票所，遴派工作人員{n * g.r.randint(6, 9)}人，")
    b.t(f"預算{g.amount()}，已於{g.roc_date()}前完成遴派。")
    if g.chance(0.6):
        b.t(
            f"\n本次選舉人數{g.r.randint(20000, 300000):,}人，"
            f"投票率{g.r.randint(55, 78)}.{g.r.randint(0, 9)}%，"
        )
        b.t(g.pick(["高於上屆", "與上屆相近", "較上屆方便民眾就近投票"]) + "。")
    if g.chance(0.5):
        b.t(f"\n選務經費動支文號：{g.doc_no()}；核銷期限{g.roc_date()}。")
    return b


def _el_neg_blank(g: _Gen) -> _Doc:
    b = _Doc()
    b.t("投開票所工作人員資料表（請以正楷填寫）\n")
    blank = g.pick(["＿＿＿＿＿＿", "__________", "□□□□□□□□□□", "（　　　　）"])
    b.t(f"姓名：{blank}\n身分證統一編號：{blank}\n出生日期：＿＿年＿＿月＿＿日\n")
    b.t(f"聯絡電話：{blank}\n戶籍地址：＿＿市／縣＿＿區＿＿路＿＿號\n")
    b.t(f"※ 表格請於{g.roc_date()}前送回{g.pick(['民政課', '選務組', '區公所一樓服務台'])}。")
    return b


# ---------------------------------------------------------------------------------------------
# Genre 2: consumer protection (消保官) complaint files.

_COMPLAINTS = [
    "業者遲未出貨，多次聯繫客服均未回覆",
    "健身房會員契約未依約提供課程，要求解約遭拒",
    "網購商品瑕疵，業者拒絕退貨",
    "電信門號續約時遭加收不明費用",
    "預付型課程補習班無預警停業",
    "婚紗照拍攝後業者拒交底片檔案",
    "遭業者重複扣款兩次",
    "七日內解約但業者拒絕退費",
]


def _co_form(g: _Gen) -> _Doc:
    b = _Doc()
    p = g.person(None)
    b.t(g.pick(["消費爭議申訴書（第一次申訴）\n", "申訴案件基本資料\n", "【線上申訴】\n"]))
    b.t("申訴人姓名" + g.col()).n(p)
    b.t(f"　性別：{'女' if p.female else '男'}\n" if g.chance(0.6) else "\n")
    if g.chance(0.6):
        b.t(g.pick(["出生年月日", "出生日期"]) + g.col()).v(BIRTH, g.birth(1945, 2005)).t("\n")
    if g.chance(0.7):
        label, value = g.id_of(p)
        b.t(g.pick(["身分證字號", "身分證/居留證號"]) if label == NID else "居留證號").t(g.col())
        b.v(label, value).t("\n")
    b.t(g.pick(["聯絡電話", "電話", "行動電話"]) + g.col()).v(PHONE, g.phone_any(0.7)).t("\n")
    if g.chance(0.6):
        b.t(g.pick(["電子郵件", "E-mail", "Email"]) + g.col()).v(EMAIL, g.email()).t("\n")
    if g.chance(0.7):
        b.t(g.pick(["通訊地址", "地址"]) + g.col()).v(ADDR, g.addr()).t("\n")
    b.t(f"被申訴企業：{g.company('consumer')}")
    b.t(f"（統一編號：{g.ban_no()}）\n" if g.chance(0.6) else "\n")
    b.t(f"消費金額：{g.amount()}\n申訴內容：{g.roc_date()}")
    if g.chance(0.55):
        b.t("以信用卡（卡號").v(CARD, g.card()).t("）")
    b.t(f"消費，{g.pick(_COMPLAINTS)}，請求協助退款。")
    return b


def _co_log(g: _Gen) -> _Doc:
    b = _Doc()
    p = g.person(None)
    b.t(f"案號：{g.r.randint(110, 114)}-{g.digits(5)}\n" if g.chance(0.5) else "")
    lines = g.r.randint(2, 4)
    for i in range(lines):
        b.t(f"{g.roc_date()} ")
        k = g.r.random()
        if i == 0 or k < 0.3:
            said = g.pick(["）詢問處理進度。", "）表示業者仍未回覆。"])
            b.t("申訴人").n(p).t("來電（").v(PHONE, g.phone_any()).t(said)
        elif k < 0.6:
            b.t("消保官").n(g.person(False)).t(f"函請{g.company('consumer')}於15日內妥處。")
        elif k < 0.8:
            b.t("電洽").n(p).t(f"，告知業者同意退還{g.amount()}，申訴人表示接受，本案結案。")
        else:
            b.t("依申訴人要求，處理結果改寄").v(EMAIL, g.email()).t("。")
        b.t("\n")
    return b


def _co_speech(g: _Gen) -> _Doc:
    b = _Doc()
    p = g.person(None)
    b.t(f"來電紀錄（{g.clock()}）\n民眾自稱").n(p).t("，口述：「")
    b.t(g.pick(["我上個月在網站訂機票，", "我在那家旅行社報名日本團，", "我朋友介紹我去那家店，"]))
    if g.chance(0.5):
        b.t("護照號碼").v(PASSPORT, g.passport(p)).t("都填了，")
    b.t("結果業者說要取消，")
    if g.chance(0.7):
        b.t(g.pick(["我是刷卡的，卡號", "信用卡是"])).v(CARD, g.card()).t("，")
    b.t(g.pick(["到現在都還沒退款。」", "錢一直沒退，我要申訴。」"]))
    b.t("\n" + g.pick(["回電電話", "聯絡電話", "回撥號碼"]) + g.col()).v(PHONE, g.phone_any())
    return b


def _co_travel(g: _Gen) -> _Doc:
    b = _Doc()
    p, q = g.people(2, False)
    tour = g.pick(
        ["北海道雪祭五日遊", "京阪神自由行", "越南峴港四日", "韓國首爾賞楓團", "花東縱谷三日遊"]
    )
    b.t("申訴人").n(p).t(g.pick(["與其配偶", "偕同母親", "與友人"])).n(q)
    agency = g.pick(_CO_WORDS) + g.pick(["旅行社股份有限公司", "旅行社有限公司", "國際旅行社"])
    b.t(f"參加{agency}所辦「{tour}」團體旅遊，團費新臺幣{g.r.randint(18, 90) * 1000:,}元，")
    b.t(f"出發前{g.r.randint(2, 9)}日業者通知取消，僅願退還半數。\n")
    b.t("旅客資料：").n(p).t("，護照號碼" + g.col()).v(PASSPORT, g.passport(p)).t("；")
    b.n(q).t("，護照號碼" + g.col()).v(PASSPORT, g.passport(q)).t("。")
    if g.chance(0.5):
        b.t("\n聯絡方式：").v(PHONE, g.mobile())
    return b


def _co_email(g: _Gen) -> _Doc:
    b = _Doc()
    p = g.person(None)
    mail = g.email()
    b.t("寄件者：").n(p).t(" <").v(EMAIL, mail).t(">\n收件者：消保官信箱\n")
    b.t(f"主旨：申訴{g.company('consumer')}不當收費\n\n")
    b.t(g.pick(["您好，我是", "消保官您好，我叫", "承辦人您好：本人"])).n(p).t("，")
    b.t(f"{g.pick(_COMPLAINTS)}，金額{g.amount()}。")
    if g.chance(0.5):
        b.t("附上統一發票影本，發票號碼" + _invoice(g) + "。")
    b.t("\n聯絡電話：").v(PHONE, g.phone_any()).t("\n")
    if g.chance(0.5):
        b.t("地址：").v(ADDR, g.addr()).t("\n")
    b.n(p).t(g.pick([" 敬上", "", " 謝謝"]))
    return b


def _co_meeting(g: _Gen) -> _Doc:
    b = _Doc()
    cons, rep, officer = g.people(3, False)
    co = g.company("consumer")
    b.t(f"消費爭議協商會議紀錄\n時間：{g.roc_date()} 下午2時\n出席人員：申訴人").n(cons)
    b.t("、企業代表").n(rep).t(f"（{co}{g.pick(['客服主任', '法務專員', '店長'])}）")
    b.t("、消保官").n(officer).t("\n")
    b.t(f"協商結果：企業同意退還{g.amount()}，於{g.roc_date()}前匯入申訴人帳戶。\n")
    if g.chance(0.5):
        b.t("申訴人聯絡電話：").v(PHONE, g.phone_any()).t("\n")
    b.t("紀錄：").n(g.person(False))
    return b


def _invoice(g: _Gen) -> str:
    while True:
        letters = g.pick("ABCDEFGHJKLMNPQRSTUVWXYZ") + g.pick("ABCDEFGHJKLMNPQRSTUVWXYZ")
        value = letters + g.pick(["-", "", ""]) + g.digits(8)
        compact = value.replace("-", "")
        if not (arc.is_valid(compact) or twid.is_valid(compact)):
            return value


def _co_neg_stats(g: _Gen) -> _Doc:
    b = _Doc()
    b.t(
        f"本府{g.r.randint(110, 114)}年第{g.r.randint(1, 4)}季受理消費申訴案件"
        f"共{g.r.randint(300, 3000):,}件，"
    )
    b.t(f"其中以{g.pick(['網路購物', '電信服務', '定型化契約', '旅遊', '健身中心'])}類最多，")
    b.t(f"協商成立率{g.r.randint(50, 90)}%。")
    b.t("依消費者保護法第43條規定，企業經營者應於申訴之日起15日內妥適處理。")
    if g.chance(0.5):
        b.t(
            f"\n另提醒民眾，網購享有七日猶豫期（消保法第19條），"
            f"{g.pick(['方便', '許多', '周邊'])}商品亦適用。"
        )
    return b


def _co_neg_penalty(g: _Gen) -> _Doc:
    b = _Doc()
    b.t(f"{g.company('consumer')}（統一編號{g.ban_no()}）")
    b.t(f"違反消費者保護法第{g.pick(['17', '22', '24', '56-1'])}條規定，經限期改正未果，")
    b.t(f"依同法第{g.pick(['56-1', '57', '58'])}條處{g.amount()}罰鍰。\n處分書字號：{g.doc_no()}\n")
    b.t(f"繳款期限：{g.roc_date()}；逾期移送行政執行。")
    if g.chance(0.5):
        b.t(f"\n同案併辦：{g.company('consumer')}（統一編號{g.ban_no()}）。")
    return b


def _co_neg_anon(g: _Gen) -> _Doc:
    b = _Doc()
    b.t(f"案件編號{g.r.randint(110, 114)}{g.digits(6)}（本件為匿名檢舉）\n")
    b.t(
        f"檢舉{g.pick(['陳記', '林園', '黃金海岸', '金鑽', '高峰'])}"
        f"{g.pick(['小吃店', '餐廳', '生鮮超市', '藥妝店'])}"
    )
    b.t(f"販售逾期商品，附件：統一發票{_invoice(g)}、收據編號No.{g.digits(7)}，")
    b.t(f"消費金額{g.amount()}。已函請衛生局於{g.roc_date()}會同稽查。")
    return b


def _co_neg_recall(g: _Gen) -> _Doc:
    b = _Doc()
    brand = g.pick(["金鑽", "白鷺", "江南", "四季", "日光"])
    product = g.pick(["電暖器", "兒童安全座椅", "行動電源", "除濕機", "電熱水瓶"])
    b.t(
        f"商品回收公告：{brand}牌{product}（型號{g.pick('ABCDEHKM')}{g.pick('ABCDEHKM')}-{g.digits(3)}，"
    )
    b.t(
        f"批號{g.r.randint(2022, 2025)}{g.digits(4)}）"
        f"因{g.pick(['溫度控制異常', '電池過熱', '扣具斷裂'])}，"
    )
    b.t(f"自{g.roc_date()}起辦理免費更換。依商品標示法及消費者保護法第10條辦理，")
    b.t(f"已售出約{g.r.randint(500, 20000):,}台，{g.pick(['黃金', '高鐵', '林口'])}門市同步受理。")
    return b


# ---------------------------------------------------------------------------------------------
# Genre 3: environmental inspection (環保局稽查) records.

_FACTS = [
    "隨地丟棄菸蒂",
    "隨地吐檳榔汁",
    "任意棄置垃圾包",
    "遛狗未清除狗便",
    "於騎樓堆置廢棄家具",
    "露天燃燒稻草",
    "車輛排放黑煙",
    "張貼小廣告於電線桿",
]


def _ev_ticket(g: _Gen) -> _Doc:
    b = _Doc()
    p = g.person(None)
    road1, road2 = g.pick(_ROADS), g.pick(_ROADS)
    b.t(f"稽查日期：{g.roc_date()} {g.clock()}\n稽查地點：{g.district()}{road1}與{road2}口\n")
    b.t(f"違規事實：{g.pick(_FACTS)}\n行為人" + g.col()).n(p).t("\n")
    label, value = g.id_of(p)
    b.t("身分證字號" if label == NID else "居留證號").t(g.col()).v(label, value).t("\n")
    if g.chance(0.6):
        b.t("出生日期" + g.col()).v(BIRTH, g.birth(1940, 2006)).t("\n")
    b.t(g.pick(["戶籍地址", "住址", "通訊地址"]) + g.col()).v(ADDR, g.addr()).t("\n")
    if g.chance(0.7):
        b.t("聯絡電話" + g.col()).v(PHONE, g.phone_any()).t("\n")
    b.t(f"處分依據：廢棄物清理法第27條第{g.r.randint(1, 11)}款、第50條\n")
    b.t("稽查人員：").n(g.person(False))
    if g.chance(0.6):
        b.t("、").n(g.person(False))
    return b


def _ev_noise(g: _Gen) -> _Doc:
    b = _Doc()
    p = g.person(False)
    b.t("陳情人").n(p).t("（" + g.pick(["電話", "手機", ""])).v(PHONE, g.phone_any()).t("）")
    b.t(g.pick(["反映其住家", "陳情住處", "表示"])).v(ADDR, g.addr())
    b.t(f"附近{g.pick(['工地夜間施工', '卡拉OK', '冷卻水塔', '餐廳排油煙'])}擾鄰，")
    b.t(
        f"本局於{g.roc_date()} {g.clock()}派員前往量測，"
        f"Leq {g.r.randint(48, 78)}.{g.r.randint(0, 9)} dB(A)，"
    )
    b.t(g.pick(["未超過管制標準，已將結果電話告知陳情人。", "超過第二類管制區標準，已告發。"]))
    return b


def _ev_factory(g: _Gen) -> _Doc:
    b = _Doc()
    p = g.person(False)
    co = g.company("env")
    b.t(
        f"{co}（管制編號{g.pick('ABCDEFHLNP')}{g.digits(2)}{g.pick('ABCDEF')}{g.digits(4)}）稽查紀錄\n"
    )
    b.t(g.pick(["現場由廠長", "現場由環保專責人員", "陪同人員："])).n(p)
    b.t(g.pick(["陪同，", "，"]) + "聯絡電話" + g.col()).v(PHONE, g.landline(0.6)).t("\n")
    if g.chance(0.4):
        b.t("手機" + g.col()).v(PHONE, g.mobile()).t("\n")
    b.t(f"放流水採樣：COD {g.r.randint(20, 180)} mg/L、SS {g.r.randint(5, 60)} mg/L，")
    b.t(f"依水污染防治法第7條規定{g.pick(['限期改善', '處以罰鍰' + g.amount()])}。\n")
    if g.chance(0.5):
        b.t("改善完成後請以電子郵件回覆：").v(EMAIL, g.email()).t("（").n(p).t("）")
    return b


def _ev_worker(g: _Gen) -> _Doc:
    b = _Doc()
    w = g.person(True)
    boss = g.person(False)
    b.t(f"{g.roc_date()} 稽查發現{g.pick(_FACTS)}，行為人為{_NATION_NAME[w.nat]}籍移工 ").n(w)
    b.t("（居留證號").v(ARC, g.arc_no(w)).t("），")
    b.t("由其雇主").n(boss).t("到場協助翻譯，雇主電話").v(PHONE, g.phone_any()).t("。")
    if g.chance(0.5):
        b.t("\n送達地址：").v(ADDR, g.addr())
    return b


def _ev_table(g: _Gen) -> _Doc:
    b = _Doc()
    sep = g.pick([" | ", "\t", "，"])
    b.t(f"{g.r.randint(110, 114)}年度累犯名單（{g.pick(['亂丟菸蒂', '狗便未清', '棄置垃圾'])}）\n")
    b.t(sep.join(["姓名", "身分證字號", "違規次數", "地址"]) + "\n")
    for p in g.people(g.r.randint(2, 5), False):
        b.n(p).t(sep).v(NID, g.nid(p)).t(sep + str(g.r.randint(2, 6)) + sep).v(ADDR, g.addr()).t(
            "\n"
        )
    return b


def _ev_note(g: _Gen) -> _Doc:
    b = _Doc()
    p = g.person(None)
    b.t(f"{g.r.randint(1, 12):02d}{g.r.randint(1, 28):02d} 巡查{g.pick(_ROADS)}，發現非法棄置")
    b.t(g.pick(["沙發", "床墊", "裝潢廢棄物", "廢輪胎"]) + "，經追查為")
    b.v(ADDR, g.addr()).t("住戶").n(p).t("所棄，")
    before, after = g.pick([("已電話通知（", "）限期清除。"),
                            ("電話（", "）請其三日內自行清除"),
                            ("已聯繫 ", " 明天會處理"),
                            ("電聯", "，本人稱明天會處理")])  # fmt: skip
    b.t(before).v(PHONE, g.phone_any()).t(after)
    return b


# ---- environmental negatives


def _ev_neg_factory(g: _Gen) -> _Doc:
    b = _Doc()
    co = g.company("env")
    b.t(
        f"受稽查對象：{co}（統一編號{g.ban_no()}，管制編號{g.pick('ABCDEFHLNP')}{g.digits(2)}{g.pick('ABCDEF')}{g.digits(4)}）\n"
    )
    b.t(f"稽查日期：{g.roc_date()}\n檢測結果：粒狀污染物{g.r.randint(5, 90)} mg/Nm³，")
    b.t(f"{g.pick(['符合', '超過'])}固定污染源空氣污染物排放標準。\n")
    b.t(
        f"依空氣污染防治法第{g.pick(['20', '24', '32'])}條、"
        f"第{g.pick(['56', '62', '67'])}條處{g.amount()}，"
    )
    b.t(f"發文字號{g.doc_no()}。")
    return b


def _ev_neg_river(g: _Gen) -> _Doc:
    b = _Doc()
    river = g.pick(["淡水河", "大甲溪", "二仁溪", "高屏溪", "蘭陽溪", "頭前溪", "濁水溪"])
    b.t(f"{g.roc_date()} {river}巡查紀錄\n")
    for _ in range(g.r.randint(2, 4)):
        b.t(
            f"・{g.pick(['林園', '石門', '黃厝', '江口', '高灘地', '何厝'])}段："
            f"水色{g.pick(['正常', '略混濁', '偏黃'])}，"
        )
        b.t(f"溶氧{g.r.randint(2, 9)}.{g.r.randint(0, 9)} mg/L，溫度{g.r.randint(16, 31)}℃\n")
    b.t(f"洪水期間暫停採樣，{g.pick(['白天', '周末'])}改由無人機巡查。")
    return b


def _ev_neg_notice(g: _Gen) -> _Doc:
    b = _Doc()
    b.t(
        f"本局自{g.roc_date()}起於{g.district()}實施"
        f"{g.pick(['垃圾不落地', '資源回收加強稽查', '露天燃燒專案'])}，"
    )
    b.t("違者依廢棄物清理法第50條處新臺幣1,200元以上6,000元以下罰鍰。")
    b.t(f"民眾可至各區清潔隊領取{g.pick(['專用垃圾袋', '回收桶', '廚餘桶'])}，")
    b.t(g.pick(["路面施工期間請改至臨時點位交付。", "公告已張貼於各里辦公處。",
                "回收物請勿陳列於騎樓。"]))  # fmt: skip
    b.t(f"公告文號：{g.doc_no()}")
    return b


# ---------------------------------------------------------------------------------------------
# Genre 4: youth employment counselling notes.


def _yo_intake(g: _Gen) -> _Doc:
    b = _Doc()
    p = g.person(False)
    b.t(f"個案編號：Y{g.r.randint(110, 114)}-{g.digits(4)}\n" if g.chance(0.7) else "")
    b.t("姓名" + g.col()).n(p).t(f"\n性別：{'女' if p.female else '男'}\n")
    b.t(g.pick(["出生日期", "生日", "出生年月日"]) + g.col()).v(BIRTH, g.birth(1994, 2008)).t("\n")
    if g.chance(0.6):
        b.t("身分證字號" + g.col()).v(NID, g.nid(p)).t("\n")
    b.t(g.pick(["手機", "行動電話", "聯絡電話"]) + g.col()).v(PHONE, g.mobile()).t("\n")
    if g.chance(0.7):
        b.t(g.pick(["E-mail", "Email", "電子信箱"]) + g.col()).v(EMAIL, g.email(g.chance(0.3))).t(
            "\n"
        )
    if g.chance(0.5):
        b.t("通訊地址" + g.col()).v(ADDR, g.addr()).t("\n")
    b.t(f"最高學歷：{g.pick(_SCHOOLS)}{g.pick(_DEPTS)}{g.pick(['畢業', '肄業', '四年級'])}\n")
    b.t(
        "求職意向："
        + g.pick(["行政助理", "軟體工程師", "餐飲服務", "社工員", "門市人員", "尚未確定"])
    )
    return b


def _yo_session(g: _Gen) -> _Doc:
    b = _Doc()
    p, coach = g.people(2, False)
    b.t(f"第{g.r.randint(1, 8)}次晤談（{g.roc_date()}）\n")
    b.n(p).t(g.pick(["今日準時到場，", "今天遲到十分鐘，", "本次以視訊進行，"]))
    b.t(f"自述上週至{g.company('job')}面試，")
    b.t(g.pick(["「我覺得自己還沒準備好」", "「他們問我為什麼空窗一年，我不知道怎麼回答」",
                "「家裡希望我去考公職」"]))  # fmt: skip
    b.t("。輔導員與個案討論履歷修改方向，")
    b.t(f"下次晤談約{g.roc_date()}。\n")
    if g.chance(0.4):
        b.t("個案新手機：").v(PHONE, g.mobile()).t("\n")
    b.t(g.pick(["職涯輔導員：", "紀錄：", "輔導員 "])).n(coach)
    return b


def _yo_referral(g: _Gen) -> _Doc:
    b = _Doc()
    p, hr = g.people(2, False)
    co = g.company("job")
    b.t("推介轉介單\n求職者" + g.col()).n(p)
    if g.chance(0.7):
        b.t("（").v(BIRTH, g.birth(1995, 2007)).t("生）")
    b.t("\n聯絡電話" + g.col()).v(PHONE, g.mobile()).t("\n")
    b.t(f"推介單位：{co}人資部，聯絡人").n(hr).t("，電話").v(PHONE, g.landline(0.8))
    if g.chance(0.6):
        b.t("，Email：").v(EMAIL, g.email())
    b.t(f"\n職缺：{g.pick(['儲備幹部', '倉管', '客服專員', '助理工程師'])}，月薪{g.salary()}起")
    return b


def _yo_workshop(g: _Gen) -> _Doc:
    b = _Doc()
    b.t(f"{g.r.randint(110, 114)}年{g.r.randint(1, 12)}月青年職涯探索工作坊報名名單：\n")
    sep = g.pick(["／", " / ", "\t", "，"])
    for i, p in enumerate(g.people(g.r.randint(2, 6), None)):
        b.t(f"{i + 1}. ").n(p).t(sep + g.pick(_SCHOOLS) + sep)
        if g.chance(0.5):
            b.v(EMAIL, g.email(g.chance(0.5)))
        else:
            b.v(PHONE, g.mobile())
        b.t("\n")
    return b


def _yo_family(g: _Gen) -> _Doc:
    b = _Doc()
    p = g.person(False)
    mom = g.person(True)
    b.t("個案").n(p).t(f"，{g.r.randint(18, 29)}歲，母親為{_NATION_NAME[mom.nat]}籍").n(mom)
    b.t("（居留證號").v(ARC, g.arc_no(mom)).t("），")
    b.t(
        g.pick(
            ["家中經濟主要由母親打零工支撐。", "個案希望學習母語擔任通譯。", "母親中文溝通尚可。"]
        )
    )
    if g.chance(0.6):
        b.t("\n家訪地址：").v(ADDR, g.addr())
    if g.chance(0.5):
        b.t("\n母親手機 ").v(PHONE, g.mobile())
    return b


def _yo_quick(g: _Gen) -> _Doc:
    b = _Doc()
    p = g.person(None)
    b.t(f"{g.short_date()} ")
    b.t(g.pick(["個案 ", "", "青年 "])).n(p).t(" ").v(PHONE, g.mobile()).t(" ")
    b.t(
        g.pick(["來電改約，改至週四下午", "已錄取，結案", "需要開立參訓證明", "想申請職訓生活津貼"])
    )
    return b


# ---- youth negatives


def _yo_neg_program(g: _Gen) -> _Doc:
    b = _Doc()
    b.t(f"{g.r.randint(110, 114)}年度青年就業旗艦計畫說明\n")
    b.t(f"一、補助對象：15至29歲青年，受僱於{g.pick(['符合資格', '經核定'])}之事業單位。\n")
    b.t(f"二、補助金額：每人每月{g.amount()}，最長12個月。\n")
    b.t(f"三、申請期限：即日起至{g.roc_date()}止。\n")
    b.t(
        f"四、依據：就業服務法第{g.pick(['23', '24', '25'])}條及"
        f"{g.pick(['勞動部', '本府'])}函（{g.doc_no()}）。"
    )
    return b


def _yo_neg_stats(g: _Gen) -> _Doc:
    b = _Doc()
    n = g.r.randint(120, 2400)
    b.t(f"本季服務青年{n:,}人次，推介就業{n // g.r.randint(3, 6):,}人，")
    b.t(f"就業率{g.r.randint(40, 80)}.{g.r.randint(0, 9)}%，")
    b.t(f"辦理{g.pick(['職涯探索', '模擬面試', '履歷健檢'])}工作坊{g.r.randint(3, 20)}場。")
    b.t(f"\n經費執行{g.amount()}，執行率{g.r.randint(60, 99)}%。")
    return b


def _yo_neg_vacancy(g: _Gen) -> _Doc:
    b = _Doc()
    b.t("本週職缺快訊\n")
    for _ in range(g.r.randint(2, 4)):
        b.t(
            f"・{g.company('job')}（統編{g.ban_no()}）"
            f"徵{g.pick(['行政助理', '理貨員', '程式設計師', '門市人員', '司機'])}，"
        )
        b.t(f"月薪{g.salary()}起，工作地點{g.district()}\n")
    b.t(f"應徵截止：{g.roc_date()}")
    return b


# ---------------------------------------------------------------------------------------------
# Genre 5: disaster shelter (避難收容) registers.


def _sh_table(g: _Gen) -> _Doc:
    b = _Doc()
    shelter = g.pick(
        ["富世國小活動中心", "光復鄉公所禮堂", "仁愛國中體育館", "社區活動中心", "長青會館"]
    )
    b.t(f"{shelter}收容人員登記表（{g.roc_date()}）\n")
    cols = ["編號", "姓名"] + [
        c for c in ("出生年月日", "證號", "健保卡號", "原住址", "聯絡電話") if g.chance(0.55)
    ]
    sep = g.pick(["\t", " | ", "  "])
    b.t(sep.join(cols) + "\n")
    for i, p in enumerate(g.people(g.r.randint(2, 6), None)):
        b.t(str(i + 1) + sep).n(p)
        for c in cols[2:]:
            b.t(sep)
            if c == "出生年月日":
                b.v(BIRTH, g.birth(1930, 2020))
            elif c == "證號":
                label, value = g.id_of(p)
                b.v(label, value)
            elif c == "健保卡號":
                b.v(NHI, g.nhi())
            elif c == "原住址":
                b.v(ADDR, g.addr())
            else:
                b.v(PHONE, g.phone_any())
        b.t("\n")
    return b


def _sh_log(g: _Gen) -> _Doc:
    b = _Doc()
    p, kin = g.people(2, None)
    b.t(f"{g.clock()} 新增收容：").n(p)
    b.t(f"（{'女' if p.female else '男'}，{g.r.randint(3, 95)}歲）")
    if g.chance(0.7):
        b.t("，原住址").v(ADDR, g.addr())
    if g.chance(0.6):
        b.t("，健保卡號").v(NHI, g.nhi())
    b.t(f"，由其{g.pick(['女兒', '兒子', '孫女', '鄰居', '看護'])}").n(kin).t("陪同")
    b.t("，聯絡電話").v(PHONE, g.phone_any()).t("。")
    if g.chance(0.4):
        b.t(g.pick(["需每日服用降血壓藥物。", "行動不便，安排一樓床位。", "已通知衛生所。"]))
    return b


def _sh_workers(g: _Gen) -> _Doc:
    b = _Doc()
    k = g.r.randint(1, 3)
    b.t(f"{g.company('env')}宿舍移工共{k}名撤離至本所：")
    for i, w in enumerate(g.people(k, True)):
        b.t("、" if i else "").n(w).t(f"（{_NATION_NAME[w.nat]}籍，")
        if g.chance(0.5):
            b.t("護照號碼").v(PASSPORT, g.passport(w))
        else:
            b.t("居留證號").v(ARC, g.arc_no(w))
        b.t("）")
    b.t("。\n仲介聯絡人：").n(g.person(False)).t(" ").v(PHONE, g.phone_any())
    return b


def _sh_leave(g: _Gen) -> _Doc:
    b = _Doc()
    p, kin = g.people(2, False)
    b.t(f"{g.roc_date()} {g.clock()} ").n(p).t("由家屬").n(kin).t("（").v(PHONE, g.phone_any()).t(
        "）"
    )
    b.t(g.pick(["接回，返回", "接回，暫住", "接離，去向："])).v(ADDR, g.addr()).t("。")
    return b


def _sh_elder(g: _Gen) -> _Doc:
    b = _Doc()
    while True:
        p = g.person(False)
        if any(c in p.name for c in "‧· ") or g.chance(0.3):
            break
    b.t(f"{g.pick(_VILLAGES)}部落長者").n(p).t("（").v(BIRTH, g.birth(1932, 1960)).t("生）")
    b.t("因行動不便，由鄉公所協助撤離至活動中心，")
    if g.chance(0.6):
        b.t("身分證統一編號").v(NID, g.nid(p)).t("，")
    b.t("緊急聯絡人為其").t(g.pick(["孫子", "女兒", "兒子"])).n(g.person(False))
    b.t("，手機").v(PHONE, g.mobile()).t("。")
    return b


# ---- shelter negatives


def _sh_neg_open(g: _Gen) -> _Doc:
    b = _Doc()
    typhoon = g.pick(["凱米", "山陀兒", "康芮", "海葵", "小犬", "杜蘇芮", "丹娜絲"])
    n = g.r.randint(5, 180)
    a = g.r.randint(0, n)
    b.t(f"{typhoon}颱風{g.district()}{g.pick(['富世國小', '中興活動中心', '長青會館'])}收容所")
    b.t(f"於{g.roc_date()} {g.clock()}開設，收容{n}人（男{a}人、女{n - a}人）。\n")
    b.t(
        f"物資：礦泉水{g.r.randint(20, 300)}箱、睡袋{g.r.randint(10, 200)}個、"
        f"王子麵{g.r.randint(5, 60)}箱、"
    )
    b.t(f"黑松汽水{g.r.randint(5, 40)}箱。\n")
    b.t(f"依災害防救法第{g.pick(['22', '27', '30'])}條辦理，開設文號{g.doc_no()}。")
    return b


def _sh_neg_close(g: _Gen) -> _Doc:
    b = _Doc()
    b.t(f"收容所於{g.roc_date()} {g.clock()}撤除，累計收容{g.r.randint(10, 900)}人次，")
    b.t(f"支出{g.amount()}，由災害準備金支應。")
    b.t(
        f"{g.pick(['高鐵', '台鐵'])}恢復通車，"
        f"{g.pick(['林道', '石門水庫', '金山地區'])}仍預防性管制。"
    )
    return b


def _sh_neg_supplies(g: _Gen) -> _Doc:
    b = _Doc()
    b.t(f"物資清冊（{g.roc_date()}）\n")
    items = ["王子麵", "金蘭醬油", "黑松沙士", "林鳳營鮮乳", "白米", "黃金泡菜", "科學麵",
             "江記豆腐乳", "毛巾", "方便麵", "溫度計", "安全帽"]  # fmt: skip
    g.r.shuffle(items)
    for it in items[: g.r.randint(3, 7)]:
        b.t(f"{it}\t{g.r.randint(2, 300)}{g.pick(['箱', '包', '個', '瓶'])}\n")
    b.t(f"捐贈單位：{g.company('job')}（統一編號{g.ban_no()}）")
    return b


# ---------------------------------------------------------------------------------------------
# Genre 6: scholarship award letters.

_FOUNDATIONS = ["財團法人晨曦教育基金會", "財團法人松柏文教基金會",
                "財團法人寶島清寒學生獎助基金會", "本縣教育處",
                "財團法人海洋社會福利基金會",
                "財團法人立德原住民族教育基金會"]  # fmt: skip
_SCHOLARSHIPS = ["清寒獎學金", "原住民族學生獎學金", "新住民子女獎助學金", "優秀學生獎學金",
                 "弱勢學生助學金"]  # fmt: skip


def _sc_letter(g: _Gen) -> _Doc:
    b = _Doc()
    p, staff = g.people(2, False)
    fnd = g.pick(_FOUNDATIONS)
    b.t(f"{fnd} 函\n受文者" + g.col()).n(p).t(g.pick(["同學", "君", "", " 同學"]) + "\n")
    if g.chance(0.5):
        b.t("送達地址：").v(ADDR, g.addr()).t("\n")
    b.t(
        f"發文日期：中華民國{g.r.randint(110, 114)}年{g.r.randint(1, 12)}月{g.r.randint(1, 28)}日\n"
    )
    b.t(f"發文字號：{g.doc_no()}\n")
    b.t(
        f"主旨：核定臺端獲本會{g.r.randint(110, 114)}學年度{g.pick(_SCHOLARSHIPS)}"
        f"{g.award()}整，請查照。\n"
    )
    b.t(f"說明：請於{g.roc_date()}前將領據及本人郵局存摺封面影本寄回本會。\n")
    b.t("承辦人" + g.col()).n(staff).t("　電話" + g.col()).v(PHONE, g.landline(0.8))
    if g.chance(0.5):
        b.t("　電子信箱" + g.col()).v(EMAIL, g.email())
    return b


def _sc_list(g: _Gen) -> _Doc:
    b = _Doc()
    b.t(
        f"本會{g.r.randint(110, 114)}學年度{g.pick(_SCHOLARSHIPS)}"
        "獲獎名單如下（依姓氏筆畫排序）：\n"
    )
    people = g.people(g.r.randint(3, 8), None)
    inline = g.chance(0.4)
    for i, p in enumerate(people):
        if inline:
            b.t("、" if i else "").n(p).t(f"（{g.pick(_SCHOOLS)}）")
        else:
            b.t(f"{i + 1:>2} ").n(p).t(f"\t{g.pick(_SCHOOLS)}{g.pick(_DEPTS)}\n")
    if inline:
        b.t("。")
    return b


def _sc_receipt(g: _Gen) -> _Doc:
    b = _Doc()
    p = g.person(False)
    b.t("領　據\n" if g.chance(0.5) else "領據\n")
    b.t(
        f"茲收到{g.pick(_FOUNDATIONS)}核發{g.r.randint(110, 114)}學年度"
        f"{g.pick(_SCHOLARSHIPS)}{g.award()}整。\n"
    )
    b.t("具領人" + g.col()).n(p).t(g.pick(["（簽章）\n", "\n"]))
    b.t("身分證字號" + g.col()).v(NID, g.nid(p)).t("\n")
    if g.chance(0.6):
        b.t("出生日期" + g.col()).v(BIRTH, g.birth(1998, 2012)).t("\n")
    b.t("戶籍地址" + g.col()).v(ADDR, g.addr()).t("\n")
    b.t("聯絡電話" + g.col()).v(PHONE, g.phone_any()).t("\n")
    b.t(f"中華民國{g.r.randint(110, 114)}年{g.r.randint(1, 12)}月{g.r.randint(1, 28)}日")
    return b


def _sc_email(g: _Gen) -> _Doc:
    b = _Doc()
    p, staff = g.people(2, False)
    b.n(p).t(g.pick(["同學您好：\n", " 同學，您好\n", "您好：\n"]))
    b.t(
        f"恭喜您獲得{g.pick(_SCHOLARSHIPS)}。請於{g.roc_date()}前回覆確認，並提供身分證正反面影本。\n"
    )
    b.t("如有疑問請回信至本信箱或來電洽詢。\n\n")
    b.t(g.pick(_FOUNDATIONS) + " ").n(staff).t(" 敬上\n")
    b.t(g.pick(["Tel: ", "電話：", "TEL "])).v(PHONE, g.landline(0.7))
    if g.chance(0.5):
        b.t("\nE-mail: ").v(EMAIL, g.email())
    return b


def _sc_newresident(g: _Gen) -> _Doc:
    b = _Doc()
    p = g.person(False)
    parent = g.person(True)
    b.t("申請人").n(p).t(f"（{g.pick(_SCHOOLS)}）").t("，家長").n(parent)
    b.t(f"為{_NATION_NAME[parent.nat]}籍，居留證號").v(ARC, g.arc_no(parent))
    b.t(g.pick(["，符合新住民子女獎助學金申請資格。", "，所附文件齊全，擬予核定。"]))
    if g.chance(0.6):
        b.t("\n通訊地址：").v(ADDR, g.addr())
    return b


def _sc_guardian(g: _Gen) -> _Doc:
    b = _Doc()
    p, guardian = g.people(2, False)
    b.t("申請人" + g.col()).n(p)
    if g.chance(0.6):
        b.t("（").v(BIRTH, g.birth(2005, 2014)).t("生）")
    kin = g.pick(["祖母", "母", "姑姑"] if guardian.female else ["祖父", "父", "叔叔"])
    b.t("\n監護人" + g.col()).n(guardian).t(f"（{kin}）")
    b.t("\n監護人身分證字號" + g.col()).v(NID, g.nid(guardian))
    b.t("\n" + g.pick(["聯絡電話", "手機"]) + g.col()).v(PHONE, g.phone_any())
    if g.chance(0.4):
        b.t("\n健保卡號" + g.col()).v(NHI, g.nhi())
    return b


# ---- scholarship negatives


def _sc_neg_brochure(g: _Gen) -> _Doc:
    b = _Doc()
    b.t(f"{g.pick(_FOUNDATIONS)}{g.r.randint(110, 114)}學年度{g.pick(_SCHOLARSHIPS)}申請簡章\n")
    b.t(f"一、申請資格：學業成績平均{g.r.randint(70, 85)}分以上，操行甲等。\n")
    b.t(f"二、名額及金額：大學組{g.r.randint(5, 60)}名，每名{g.award()}。\n")
    y, m = g.r.randint(110, 114), g.r.randint(2, 10)
    b.t(f"三、申請期間：{y}年{m}月1日至{y}年{m + 1}月{g.pick([15, 20, 30])}日止（以郵戳為憑）。\n")
    b.t(
        g.pick(
            [
                "四、應備文件：申請表、成績單、低收入戶證明。",
                "四、資料不全者恕不受理，所附文件概不退還。",
            ]
        )
    )
    return b


def _sc_neg_minutes(g: _Gen) -> _Doc:
    b = _Doc()
    b.t(f"評審會議紀錄\n時間：{g.roc_date()} 上午10時\n地點：本會第二會議室\n")
    b.t(f"主席：董事長　出席：評審委員{g.r.randint(3, 9)}人\n")
    n = g.r.randint(10, 80)
    b.t(f"決議：核定{n}名，總金額{g.amount()}，{g.pick(['簡訊', '公告'])}通知獲獎學生。")
    return b


def _sc_neg_account(g: _Gen) -> _Doc:
    b = _Doc()
    b.t(f"本案經費{g.amount()}，由{g.pick(['獎助學金', '業務費', '補助及捐助'])}科目支應，")
    b.t(f"會計憑證號碼{g.r.randint(110, 114)}{g.digits(5)}，")
    b.t(f"{g.pick(['黃金', '林業', '王牌'])}專案另案簽辦。簽核文號：{g.doc_no()}")
    return b


Template = Callable[[_Gen], _Doc]

_POSITIVE: dict[str, list[Template]] = {
    "election": [_el_roster, _el_reassign, _el_calllog, _el_affidavit, _el_speech, _el_mail],
    "consumer": [_co_form, _co_log, _co_speech, _co_travel, _co_email, _co_meeting],
    "environment": [_ev_ticket, _ev_noise, _ev_factory, _ev_worker, _ev_table, _ev_note],
    "youth": [_yo_intake, _yo_session, _yo_referral, _yo_workshop, _yo_family, _yo_quick],
    "shelter": [_sh_table, _sh_log, _sh_workers, _sh_leave, _sh_elder],
    "scholarship": [_sc_letter, _sc_list, _sc_receipt, _sc_email, _sc_newresident, _sc_guardian],
}
_NEGATIVE: dict[str, list[Template]] = {
    "election": [_el_neg_notice, _el_neg_stats, _el_neg_blank],
    "consumer": [_co_neg_stats, _co_neg_penalty, _co_neg_anon, _co_neg_recall],
    "environment": [_ev_neg_factory, _ev_neg_river, _ev_neg_notice],
    "youth": [_yo_neg_program, _yo_neg_stats, _yo_neg_vacancy],
    "shelter": [_sh_neg_open, _sh_neg_close, _sh_neg_supplies],
    "scholarship": [_sc_neg_brochure, _sc_neg_minutes, _sc_neg_account],
}
GENRES = tuple(_POSITIVE)


# ---------------------------------------------------------------------------------------------
# Safety net: reject a draft whose text holds a valid ID, certificate, card or e-mail outside
# its spans (or, in a negative, a mobile number). Drafts are rare to fail; the rng moves on.

_ID_WINDOW = re.compile(r"(?=([A-Z][A-Z0-9]\d{8}))")
_EMAIL_SHAPE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_DIGIT_RUN = re.compile(r"\d+(?:[ \-]\d+)*")


def _same_length_nfkc(text: str) -> str:
    out = []
    for ch in text:
        n = unicodedata.normalize("NFKC", ch)
        out.append(n if len(n) == 1 else ch)
    return "".join(out)


def _leaks(text: str, spans: list[tuple[int, int, str]], negative: bool) -> bool:
    t = _same_length_nfkc(text).upper()

    def inside(s: int, e: int) -> bool:
        return any(a <= s and e <= z for a, z, _ in spans)

    for m in _ID_WINDOW.finditer(t):
        w = m.group(1)
        if (twid.is_valid(w) or arc.is_valid(w)) and not inside(m.start(1), m.start(1) + 10):
            return True
    if any(not inside(m.start(), m.end()) for m in _EMAIL_SHAPE.finditer(t)):
        return True
    for m in _DIGIT_RUN.finditer(t):
        groups = [
            (x.start() + m.start(), x.end() + m.start()) for x in re.finditer(r"\d+", m.group())
        ]
        for i in range(len(groups)):
            for j in range(i, len(groups)):
                s, e = groups[i][0], groups[j][1]
                digits = re.sub(r"\D", "", t[s:e])
                if len(digits) > 19:
                    break
                if inside(s, e):
                    continue
                if len(digits) >= 13 and creditcard.is_valid(digits):
                    return True
                if (
                    negative
                    and (
                        (len(digits) == 10 and digits.startswith("09"))
                        or (len(digits) == 12 and digits.startswith("8869"))
                    )
                    and phone.is_mobile(digits)
                ):
                    return True
    return False


def _known_list(r: random.Random, n: int) -> tuple[list[_Person], list[_Person]]:
    size = max(40, n // 2 + 20)
    seen: set[str] = set()
    tw: list[_Person] = []
    fx: list[_Person] = []
    while len(tw) + len(fx) < size:
        foreign = r.random() < 0.14
        p = _fresh(r, foreign)
        if p.name in seen:
            continue
        seen.add(p.name)
        (fx if foreign else tw).append(p)
    return tw, fx


def generate_heldout19(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples and the known-names list, deterministic for ``seed``."""
    r = random.Random(seed)
    known_tw, known_fx = _known_list(r, n)
    g = _Gen(r, known_tw, known_fx)
    samples: list[Sample] = []
    for _ in range(n):
        negative = r.random() < NEGATIVE_SHARE
        genre = r.choice(GENRES)
        g.genre = genre
        templates = _NEGATIVE[genre] if negative else _POSITIVE[genre]
        for _attempt in range(100):
            doc = r.choice(templates)(g)
            text = doc.text()
            if not _leaks(text, doc.spans, negative):
                break
        else:  # pragma: no cover - the safety net practically never exhausts
            raise RuntimeError("could not build a clean sample")
        samples.append(
            Sample(
                text=text,
                spans=list(doc.spans),
                hard_negative=negative,
                known_person=list(doc.known),
            )
        )
    names = [p.name for p in known_tw + known_fx]
    r.shuffle(names)
    return samples, names
