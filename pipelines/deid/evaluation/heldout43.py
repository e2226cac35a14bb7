"""Held-out evaluation set 43: synthetic Taiwanese agency free text with gold spans.

Written independently of the scanner (its code was never read). Genres: 1999 citizen-hotline
tickets, illegal-construction (違章建築) reports and demolition notices, dementia wandering and
missing-person (走失協尋, 愛心手鍊) reports, disability parking permit (身障專用停車證)
applications, temple (寺廟登記) registrations and board changes, and hospital discharge-planning
referrals to social workers, including foreign caregivers. Every person, number and address is
invented; checksummed values are made valid with :mod:`pipelines.deid.identifiers`.

About a quarter of the samples are hard negatives holding only public or non-personal
look-alikes (document, case and receipt numbers, companies' 統一編號, statutes, amounts,
ordinary dates, road junctions, shop, temple and deity names, words starting with a surname
character). About an eighth of the structured values are written in full-width forms.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

__all__ = ["generate_heldout43"]

_T = TypeVar("_T")

_NEGATIVE_SHARE = 0.25
_FULLWIDTH_SHARE = 0.13

_FW = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
_FW[" "] = "\u3000"


def _fw(s: str) -> str:
    """Full-width form of the ASCII characters of ``s``."""
    return "".join(_FW.get(c, c) for c in s)


def _fw_digits(s: str) -> str:
    """Full-width digits only (addresses and dates keep their Han characters)."""
    return "".join(_FW[c] if c.isascii() and c.isdigit() else c for c in s)


# ---------------------------------------------------------------------------------------------
# Names (lists built for this set; spread over common, rare and compound surnames)
# ---------------------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    """The space-separated words of ``text``."""
    return text.split()


_SURNAMES_TEXT = (
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高"
    "潘簡朱鍾游彭詹施胡沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董"
    "温唐藍石蔣古紀姚連馮歐程湯田康姜白汪鄒尤巫鐘黎涂龔嚴韓袁金童陸夏柳凃邵錢伍倪溫"
    "于譚駱熊任甘秦顧毛章史官萬俞雷粘饒闕凌崔尹孔辛武辜陶易段龍韋池葛褚孟麥殷莫文"
    "賀賈管關包向丘梅華利裴樊房全佘左花安鮑穆郝喬岳蒲齊聶單符時苗滕鄞練留查麻艾諸"
    "戚舒柴廉牛谷翟冷卜衛鄔"
)
_SURNAMES: list[str] = list(dict.fromkeys(_SURNAMES_TEXT))
_COMPOUND_SURNAMES = [
    "歐陽", "張簡", "司徒", "范姜", "諸葛", "上官", "司馬", "東方", "夏侯", "皇甫",
    "端木", "張廖", "公孫", "長孫", "慕容",
]  # fmt: skip
_SURNAME_POOL = _SURNAMES + _COMPOUND_SURNAMES
_SURNAME_WEIGHTS = (
    [12] * 30 + [4] * 50 + [1] * (len(_SURNAMES) - 80) + [1] * len(_COMPOUND_SURNAMES)
)
_SURNAME_CUM: list[int] = []
for _w in _SURNAME_WEIGHTS:
    _SURNAME_CUM.append((_SURNAME_CUM[-1] if _SURNAME_CUM else 0) + _w)

_GIVEN_M_MODERN = _words(
    "志明 俊傑 建宏 家豪 宗翰 冠宇 承翰 柏翰 彥廷 冠廷 家瑋 志豪 建志 俊宏 明輝 世豪 偉倫 政宏 "
    "信宏 宏偉 子軒 宇翔 品睿 承恩 睿哲 宥廷 柏宇 浩然 昱辰 博文 哲瑋 宗霖 冠霖 皓宇 鈞凱 俊廷 "
    "宇恩 晉豪 凱翔 育成 文傑 嘉宏 家銘 永祥 志偉 俊賢 柏均 彥宏 建良 士傑 文彬 立群 國棟 建成 "
    "智凱 明哲 韋廷 少華 耀德 崇文 瑞麟 子豪 奕辰 恩碩 宸佑 聿凡 以恆 冠丞 侑霖 承諺 亦翔 紹齊 "
    "振宇 政達 啟銘 信良 翊維 俊男 崑煌 文龍 健民 仁傑 勝雄 家興 哲安 柏霖 宏銘 弘毅 致遠"
)
_GIVEN_F_MODERN = _words(
    "淑芬 美玲 雅婷 怡君 佳穎 淑惠 雅琪 欣怡 詩涵 宜蓁 筱涵 思妤 子涵 語彤 芷晴 品妍 佩珊 惠如 "
    "靜宜 婉婷 郁婷 家綺 宜君 曉薇 心怡 佳蓉 珮瑜 怡萱 雅雯 依婷 琬婷 詩婷 玉婷 佳慧 秀娟 麗君 "
    "淑娟 美琪 瑞敏 宛真 芳瑜 育萱 子晴 苡安 羽彤 亭妤 沛涵 采潔 姵穎 若瑜 馨儀 昀蓁 詠晴 映彤 "
    "舒涵 詩穎 惠婷 佩君 雅惠 秋萍 慧玲 靜怡 美慧 文琪 幸宜 湘雲 鈺婷 巧玲 蕙君 瀞文 韻如 筠庭"
)
_GIVEN_M_ELDER = _words(
    "文雄 國華 正雄 金龍 進財 清水 萬福 春生 添丁 火旺 榮發 秋雄 永福 阿土 水木 金水 天賜 炳煌 "
    "坤山 朝宗 振興 德旺 錦堂 義雄 文貴 明德 俊雄 吉雄 福來 旺財 昆明 松柏 榮華 天來 進興 茂雄 "
    "有福 清吉 建國 國雄 金城 阿水 再興 順發 火土 阿財 石頭 銘輝 錦章 土城"
)
_GIVEN_F_ELDER = _words(
    "秀英 玉蘭 美惠 秀琴 素貞 月娥 碧霞 寶珠 金鳳 麗珠 秀鳳 春美 玉梅 阿妹 素月 月桂 秀蓮 美雲 "
    "玉枝 金枝 阿嬌 寶玉 麗卿 罔市 罔腰 招弟 素娥 秀珠 玉英 美珠 阿桃 春嬌 玉霞 月霞 麗雲 秀雲 "
    "雪芬 翠娥 金蓮 碧珠 素琴 淑貞 秀枝 阿蕊 滿妹 錦雲 彩鳳 玉燕"
)
_GIVEN1_M = list("強偉勇傑明華豪剛輝鵬斌峰彬翔凱平誠毅廷浩")
_GIVEN1_F = list("芳玲娟敏靜萍慧潔珊瑜婷琪雯蓉薇欣真琳嵐瑩")

# Indigenous names: (romanised, Han transliteration); a person is "given + father's name".
_INDIGENOUS = [
    ("Walis", "瓦歷斯"), ("Yukan", "尤幹"), ("Pasang", "巴尚"), ("Yabu", "亞布"),
    ("Panay", "巴奈"), ("Kacaw", "卡造"), ("Ofad", "烏法"), ("Calaw", "查勞"),
    ("Sayun", "莎韻"), ("Ipay", "伊拜"), ("Tanah", "達那"), ("Umav", "烏瑪芙"),
    ("Tama", "達瑪"), ("Biung", "比勇"), ("Lahok", "拉荷"), ("Sumi", "蘇米"),
    ("Dakis", "達給斯"), ("Hayung", "哈勇"), ("Pisuy", "比穗"), ("Temu", "鐵木"),
    ("Labay", "拉拜"), ("Sakinu", "沙基努"), ("Muni", "慕妮"), ("Lavakaw", "拉法高"),
    ("Kui", "古伊"), ("Tali", "達利"), ("Yapit", "亞比"), ("Lisin", "莉莘"),
    ("Istanda", "伊斯坦大"), ("Aping", "阿品"), ("Sapud", "沙布"), ("Ingay", "伊凱"),
]  # fmt: skip
_INTERPUNCTS = ["‧", "‧", "·"]

# Vietnamese: (Latin surname, Han surname)
_VN_SURNAMES = [
    ("Nguyen", "阮"), ("Tran", "陳"), ("Le", "黎"), ("Pham", "范"), ("Hoang", "黃"),
    ("Phan", "潘"), ("Vu", "武"), ("Dang", "鄧"), ("Bui", "裴"), ("Do", "杜"), ("Ngo", "吳"),
    ("Huynh", "黃"), ("Duong", "楊"), ("Ly", "李"),
]  # fmt: skip
_VN_GIVEN_F = [
    ("Ngoc Lan", "玉蘭"), ("Thu Huong", "秋香"), ("Thanh Ha", "青河"), ("Thuy", "翠"),
    ("Phuong", "芳"), ("Hong Nhung", "紅絨"), ("Mai", "梅"), ("Kim Oanh", "金鶯"),
    ("Hoa", "花"), ("Thu Trang", "秋莊"), ("My Linh", "美玲"), ("Hanh", "幸"),
]  # fmt: skip
_VN_GIVEN_M = [
    ("Hung", "雄"), ("Minh Tuan", "明俊"), ("Quang", "光"), ("Duc Anh", "德英"),
    ("Van Long", "文龍"), ("Thanh", "成"),
]  # fmt: skip
_ID_FIRST = [
    "Siti", "Sri", "Dewi", "Nur", "Rina", "Yuli", "Ani", "Eka", "Ratna", "Indah", "Fitri",
    "Tri", "Wulan", "Lilis", "Yanti", "Eni",
]  # fmt: skip
_ID_LAST = [
    "Aminah", "Wahyuni", "Lestari", "Rahmawati", "Handayani", "Susanti", "Kurniasih", "Astuti",
    "Purwanti", "Maryati", "Fatimah", "Nurhayati", "Sulastri", "Rohani",
]  # fmt: skip
_ID_SINGLE = ["Suparmi", "Sumiati", "Karsih", "Warsini", "Tumini", "Sukarti", "Rusmini"]
_ID_HAN = ["西蒂", "詩莉", "黛薇", "努兒", "麗娜", "尤莉", "阿妮", "印達", "蘇帕米", "蘇米雅蒂"]
_PH_FIRST = [
    "Maria", "Jocelyn", "Rowena", "Marites", "Lorna", "Analyn", "Jennifer", "Rosalie",
    "Mary Joy", "Cristina", "Liza", "Gemma", "Joel", "Ronaldo", "Arlene", "Maricel",
]  # fmt: skip
_PH_LAST = [
    "Santos", "Reyes", "Cruz", "Bautista", "Dela Cruz", "Garcia", "Mendoza", "Villanueva",
    "Ramos", "Aquino", "Castillo", "De Leon", "Manalo", "Pascual",
]  # fmt: skip
_TH_FIRST = ["Somchai", "Somsak", "Malee", "Suda", "Prasert", "Wichai", "Kanya", "Siriporn"]
_TH_LAST = ["Srisuk", "Saelee", "Boonmee", "Kongkaew", "Thongdee", "Sukjai", "Wongsa"]
_TH_HAN = ["宋猜", "頌薩", "瑪莉", "蘇達", "巴瑟", "威猜", "甘雅", "詩莉蓬"]

# ---------------------------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------------------------

# city: (districts with postcodes, roads, landline (area code, local length, first digits))
_CITIES: dict[str, tuple[list[tuple[str, str]], list[str], tuple[str, int, str]]] = {
    "臺北市": (
        [("中正區", "100"), ("大安區", "106"), ("信義區", "110"), ("士林區", "111"),
         ("北投區", "112"), ("內湖區", "114"), ("文山區", "116"), ("萬華區", "108"),
         ("松山區", "105"), ("中山區", "104")],
        ["和平東路", "信義路", "忠孝東路", "羅斯福路", "復興南路", "基隆路", "民生東路",
         "承德路", "中山北路", "木柵路", "內湖路", "石牌路", "西園路", "吳興街", "永吉路",
         "康寧路", "興隆路", "延平北路"],
        ("02", 8, "2357"),
    ),
    "新北市": (
        [("板橋區", "220"), ("三重區", "241"), ("中和區", "235"), ("永和區", "234"),
         ("新莊區", "242"), ("新店區", "231"), ("土城區", "236"), ("蘆洲區", "247"),
         ("汐止區", "221"), ("淡水區", "251"), ("三峽區", "237"), ("樹林區", "238")],
        ["中山路", "文化路", "民生路", "中正路", "重新路", "中和路", "永和路", "思源路",
         "北新路", "金城路", "長榮路", "大同路", "中華路", "英專路", "中央路"],
        ("02", 8, "22228"),
    ),
    "桃園市": (
        [("桃園區", "330"), ("中壢區", "320"), ("八德區", "334"), ("平鎮區", "324"),
         ("龜山區", "333"), ("楊梅區", "326"), ("大溪區", "335")],
        ["中正路", "復興路", "中山東路", "延平路", "介壽路", "環中東路", "萬壽路", "楊新路"],
        ("03", 7, "34"),
    ),
    "臺中市": (
        [("西屯區", "407"), ("北屯區", "406"), ("南屯區", "408"), ("豐原區", "420"),
         ("大里區", "412"), ("太平區", "411"), ("沙鹿區", "433"), ("霧峰區", "413")],
        ["臺灣大道", "文心路", "崇德路", "五權西路", "向上路", "中清路", "大雅路", "中興路",
         "樹孝路", "成功路"],
        ("04", 8, "2"),
    ),
    "臺南市": (
        [("東區", "701"), ("北區", "704"), ("安平區", "708"), ("永康區", "710"),
         ("新營區", "730"), ("仁德區", "717"), ("歸仁區", "711")],
        ["中華東路", "府前路", "北門路", "小東路", "中正南路", "永華路", "公園路", "健康路"],
        ("06", 7, "23"),
    ),
    "高雄市": (
        [("三民區", "807"), ("苓雅區", "802"), ("左營區", "813"), ("鳳山區", "830"),
         ("前鎮區", "806"), ("楠梓區", "811"), ("鼓山區", "804"), ("小港區", "812"),
         ("岡山區", "820")],
        ["建國二路", "中華一路", "九如一路", "自由路", "博愛二路", "五甲路", "青年一路",
         "民族一路", "中山四路", "大順三路"],
        ("07", 7, "35678"),
    ),
    "基隆市": (
        [("仁愛區", "200"), ("信義區", "201"), ("中正區", "202"), ("七堵區", "206")],
        ["愛三路", "信一路", "義一路", "中正路", "明德一路"],
        ("02", 8, "24"),
    ),
    "新竹市": (
        [("東區", "300"), ("北區", "300"), ("香山區", "300")],
        ["光復路", "民族路", "經國路", "中華路", "東大路"],
        ("03", 7, "5"),
    ),
    "新竹縣": (
        [("竹北市", "302"), ("竹東鎮", "310"), ("湖口鄉", "303")],
        ["光明六路", "縣政九路", "東林路", "中興路"],
        ("03", 7, "5"),
    ),
    "苗栗縣": (
        [("苗栗市", "360"), ("頭份市", "351"), ("竹南鎮", "350"), ("苑裡鎮", "358")],
        ["中正路", "為公路", "中華路", "尚順路"],
        ("037", 6, "23456"),
    ),
    "彰化縣": (
        [("彰化市", "500"), ("員林市", "510"), ("鹿港鎮", "505"), ("和美鎮", "508")],
        ["中山路", "中正路", "民族路", "彰鹿路"],
        ("04", 7, "78"),
    ),
    "南投縣": (
        [("南投市", "540"), ("埔里鎮", "545"), ("草屯鎮", "542"), ("竹山鎮", "557")],
        ["中興路", "中山路", "民生路", "祖師街"],
        ("049", 7, "2"),
    ),
    "雲林縣": (
        [("斗六市", "640"), ("虎尾鎮", "632"), ("西螺鎮", "648"), ("北港鎮", "651")],
        ["雲林路", "大學路", "中山路", "林森路"],
        ("05", 7, "56"),
    ),
    "嘉義市": (
        [("東區", "600"), ("西區", "600")],
        ["中山路", "垂楊路", "民族路", "友愛路"],
        ("05", 7, "2"),
    ),
    "嘉義縣": (
        [("太保市", "612"), ("民雄鄉", "621"), ("朴子市", "613")],
        ["祥和一路", "建國路", "中正路"],
        ("05", 7, "23"),
    ),
    "屏東縣": (
        [("屏東市", "900"), ("潮州鎮", "920"), ("東港鎮", "928"), ("恆春鎮", "946")],
        ["自由路", "民族路", "中山路", "光復路"],
        ("08", 7, "78"),
    ),
    "宜蘭縣": (
        [("宜蘭市", "260"), ("羅東鎮", "265"), ("蘇澳鎮", "270"), ("礁溪鄉", "262")],
        ["中山路", "公正路", "興東路", "中正路"],
        ("03", 7, "9"),
    ),
    "花蓮縣": (
        [("花蓮市", "970"), ("吉安鄉", "973"), ("玉里鎮", "981")],
        ["中正路", "中華路", "中山路", "建國路"],
        ("03", 7, "8"),
    ),
    "臺東縣": (
        [("臺東市", "950"), ("成功鎮", "961"), ("關山鎮", "956")],
        ["中華路", "更生路", "新生路", "中興路"],
        ("089", 6, "3"),
    ),
    "澎湖縣": ([("馬公市", "880")], ["中正路", "光復路", "三多路"], ("06", 7, "9")),
    "金門縣": (
        [("金城鎮", "893"), ("金湖鎮", "891")],
        ["民生路", "中興路", "環島北路"],
        ("082", 6, "3"),
    ),
}  # fmt: skip
_CITY_NAMES = list(_CITIES)
_CITY_WEIGHTS = [9, 10, 6, 8, 5, 8, 2, 2, 2, 2, 3, 2, 2, 1, 2, 2, 2, 2, 1, 1, 1]

# Rural and Indigenous townships: (county, township, postcode, villages, area code spec)
_RURAL = [
    ("花蓮縣", "秀林鄉", "972", ["秀林村", "富世村", "崇德村"], ("03", 7, "8")),
    ("屏東縣", "三地門鄉", "901", ["三地村", "達來村", "口社村"], ("08", 7, "7")),
    ("臺東縣", "卑南鄉", "954", ["初鹿村", "溫泉村", "東興村"], ("089", 6, "3")),
    ("南投縣", "仁愛鄉", "546", ["精英村", "親愛村", "法治村"], ("049", 7, "2")),
    ("新竹縣", "尖石鄉", "313", ["嘉樂村", "新樂村", "錦屏村"], ("03", 7, "5")),
    ("雲林縣", "口湖鄉", "653", ["下崙村", "湖口村"], ("05", 7, "7")),
    ("嘉義縣", "東石鄉", "614", ["東石村", "猿樹村"], ("05", 7, "3")),
]  # fmt: skip
_ZH_NUM = "一二三四五六七八九十"
_SECTIONS = ["一段", "二段", "三段", "四段", "五段"]

_MOBILE_PREFIXES = [
    "0910", "0911", "0912", "0913", "0918", "0920", "0921", "0922", "0928", "0930", "0932",
    "0933", "0935", "0937", "0939", "0952", "0953", "0955", "0958", "0960", "0963", "0966",
    "0968", "0970", "0972", "0975", "0978", "0980", "0983", "0986", "0988", "0989",
]  # fmt: skip

_EMAIL_DOMAINS = [
    "gmail.com", "gmail.com", "gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com",
    "ms1.hinet.net", "msa.hinet.net", "icloud.com", "livemail.tw", "seed.net.tw",
]  # fmt: skip
_STAFF_DOMAINS = [
    "mail.taipei.gov.tw", "ntpc.gov.tw", "taichung.gov.tw", "mail.tainan.gov.tw",
    "kcg.gov.tw", "mail.tycg.gov.tw", "hosp.example.org.tw", "ms.vghtpe.example.tw",
]  # fmt: skip
_PINYIN_SUR = _words(
    "chen lin huang chang lee wang wu liu tsai yang hsu cheng hsieh kuo hung tseng chiu liao "
    "lai chou yeh chuang lu chiang ho hsiao lo kao pan chien chu chung yu peng chan shih hu"
)
_PINYIN_GIVEN = _words(
    "mei ling hui chun ming wei hao jie yi ting ya shu fen chih kai yu han hsin pei chia an "
    "jun tzu hsuan yen wen"
)

# ---------------------------------------------------------------------------------------------
# Public, non-personal vocabulary for look-alikes
# ---------------------------------------------------------------------------------------------

_DOC_PREFIXES = [
    "府授工", "北市都建", "北市工建", "中市都違", "新北工建", "高市工務建", "南市工使", "桃市建",
    "北市社障", "新北社障", "中市社障", "衛部照", "內授中民", "北市民宗", "中市民宗", "高市民宗",
    "府民宗", "府社福", "北市衛心", "新北衛醫", "北市警刑", "新北警婦", "府勞外",
]  # fmt: skip
_STATUTES = [
    "建築法第25條", "建築法第86條", "違章建築處理辦法第5條", "違章建築處理辦法第6條",
    "身心障礙者權益保障法第56條", "身心障礙者權益保障法第57條", "寺廟登記規則第8條",
    "監督寺廟條例第6條", "老人福利法第16條", "個人資料保護法第6條第1項第2款",
    "長期照顧服務法第9條", "道路交通管理處罰條例第56條第1項第10款", "就業服務法第46條",
    "噪音管制法第9條", "市區道路條例第9條", "失蹤人口查尋作業要點第4點",
]  # fmt: skip
_LAW_BUILD = [*_STATUTES[:4], "市區道路條例第9條"]
_LAW_PARK = [_STATUTES[4], _STATUTES[5], _STATUTES[11]]
_LAW_TEMPLE = [_STATUTES[6], _STATUTES[7]]
_LAW_MISSING = [_STATUTES[8], _STATUTES[15], _STATUTES[9]]
_LAW_ROAD = [_STATUTES[13], _STATUTES[14], _STATUTES[1]]
_TEMPLE_NAMES = [
    "福安宮", "慈雲寺", "鎮安宮", "天后宮", "玄天宮", "保安宮", "龍山寺", "清水巖", "紫雲宮",
    "受天宮", "德興宮", "順天宮", "代天府", "南天宮", "法華寺", "朝天宮", "聖德宮", "鳳山寺",
    "福德祠", "永興宮",
]  # fmt: skip
_DEITIES = [
    "天上聖母", "玄天上帝", "福德正神", "保生大帝", "關聖帝君", "觀世音菩薩", "池府王爺",
    "李府千歲", "朱府千歲", "清水祖師", "釋迦牟尼佛", "中壇元帥", "註生娘娘", "五府千歲",
    "城隍尊神", "邢府王爺",
]  # fmt: skip
_CO_A = list("宏建永大新金台順長誠佳鼎聯昇祥茂冠欣")
_CO_B = list("達興豐成亞隆欣利安泰和新益群發陽")
_CO_TYPES = [
    "工程有限公司", "營造股份有限公司", "電機工程行", "科技股份有限公司", "環保工程有限公司",
    "印刷有限公司", "醫療器材有限公司", "長照服務有限公司", "保全股份有限公司",
]  # fmt: skip
_SHOPS = [
    "王品牛排", "陳記豆花", "林家肉圓", "老張牛肉麵", "全聯福利中心", "統一超商", "85度C",
    "麥當勞", "黃金海岸KTV", "高家豆漿店", "周記快炒", "吳郭魚專賣", "葉子咖啡", "石二鍋",
    "江南小館", "何家燒臘", "許願池飲料店", "楊桃冰店", "金門高粱專賣店",
]  # fmt: skip
_PRODUCTS = [
    "LED路燈燈具（型號LM-120W）", "隔音氣密窗", "電動輪椅", "氣墊床", "移位機",
    "iPhone 15", "Panasonic除濕機", "Gogoro電動機車", "鋼構鐵皮", "大同電鍋",
]  # fmt: skip
_SURNAME_WORDS = [
    "陳情", "林務局", "黃昏市場", "王爺廟", "高架橋", "周邊", "許可證", "何時", "方向", "石牌",
    "白天", "金額", "田埂", "馬路", "文件", "葉片", "游泳池", "杜絕", "洪水", "溫度", "康復",
    "簡易", "曾經", "施工", "程序", "鄭重", "連續", "夏季", "紀錄", "包括", "安全", "車道",
    "古蹟", "章程", "雷雨", "楊梅", "常態", "孔洞", "雲端", "管線", "尤其", "萬一", "丁字路口",
    "凌晨", "童軍", "齊全", "易燃", "龍眼", "柯南", "江湖", "朱紅", "蘇打",
]  # fmt: skip
_UNITS_1999 = [
    "工務局公園路燈工程管理處", "工務局新建工程處", "工務局水利處", "環境保護局",
    "都市發展局", "區公所", "交通局", "警察局交通大隊", "建設局道路養護科",
]  # fmt: skip
_DX = [
    "腦中風", "右側髖關節骨折術後", "失智症合併肺炎", "糖尿病足截肢術後", "慢性阻塞性肺病",
    "帕金森氏症", "心臟衰竭", "大腸癌術後", "泌尿道感染", "脊髓損傷",
]  # fmt: skip
_CLOTHES = [
    "藍色夾克、灰色長褲", "白色短袖上衣、黑色運動褲", "紅色外套、拖鞋", "格子襯衫、卡其褲",
    "深綠色毛衣、藍白拖", "花色上衣、黑色長裙", "米色背心、戴棒球帽",
]  # fmt: skip


@dataclass(frozen=True)
class _V:
    """A gold value: its text, its label and (for PERSON) whether it is a known name."""

    text: str
    label: str
    known: bool = False


class _Doc:
    """Accumulates text pieces and the spans of the values among them."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []

    def add(self, *items: str | int | _V) -> _Doc:
        for item in items:
            if isinstance(item, _V):
                s = item.text
                self.spans.append((self.pos, self.pos + len(s), item.label))
                if item.label == "PERSON":
                    self.known.append(item.known)
            else:
                s = str(item)
            self.parts.append(s)
            self.pos += len(s)
        return self

    def line(self, *items: str | int | _V) -> _Doc:
        return self.add(*items, "\n")

    def text(self) -> str:
        return "".join(self.parts).rstrip("\n")


class _Gen:
    """Random building blocks; all randomness comes from one ``random.Random``."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self.r = rng
        self.sex: dict[str, str] = {}
        self.nation: dict[str, str] = {}
        self.known_list: list[str] = []
        self.known_set: set[str] = set()
        self.pools: dict[str, list[str]] = {}
        self._build_known(n)

    # -- generic helpers ------------------------------------------------------------------
    def pick(self, seq: Sequence[_T]) -> _T:
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, k: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(k))

    def wide(self, s: str) -> str:
        """Full-width form for about an eighth of the values."""
        return _fw(s) if self.chance(_FULLWIDTH_SHARE) else s

    # -- names ----------------------------------------------------------------------------
    def surname(self) -> str:
        return self.r.choices(_SURNAME_POOL, cum_weights=_SURNAME_CUM)[0]

    def _han(self, elder: bool) -> tuple[str, str]:
        sex = self.pick("MF")
        x = self.r.random()
        if elder and sex == "F" and x < 0.22:  # 冠夫姓: husband's surname + own full name
            own = self.surname()
            return self.surname() + own + self.pick(_GIVEN_F_ELDER), sex
        if x < 0.08:
            given = self.pick(_GIVEN1_M if sex == "M" else _GIVEN1_F)
        elif elder:
            given = self.pick(_GIVEN_M_ELDER if sex == "M" else _GIVEN_F_ELDER)
        else:
            given = self.pick(_GIVEN_M_MODERN if sex == "M" else _GIVEN_F_MODERN)
        return self.surname() + given, sex

    def _indigenous(self) -> tuple[str, str]:
        a, b = self.r.sample(_INDIGENOUS, 2)
        style = self.r.random()
        if style < 0.55:
            return a[1] + self.pick(_INTERPUNCTS) + b[1], "?"
        if style < 0.85:
            return f"{a[0]} {b[0]}", "?"
        return a[0] + self.pick(_INTERPUNCTS) + b[0], "?"

    def _foreign(self) -> tuple[str, str]:
        r = self.r
        nation = r.choices(["VN", "ID", "PH", "TH"], weights=[4, 4, 2, 1])[0]
        caps = r.random() < 0.3
        if nation == "VN":
            sur = self.pick(_VN_SURNAMES)
            if r.random() < 0.8:
                given, mid, sex = self.pick(_VN_GIVEN_F), ("Thi", "氏"), "F"
            else:
                given, mid, sex = self.pick(_VN_GIVEN_M), ("Van", "文"), "M"
            if r.random() < 0.45:
                caps = False
                name = sur[1] + mid[1] + given[1]
            else:
                name = f"{sur[0]} {mid[0]} {given[0]}"
        elif nation == "ID":
            x = r.random()
            sex = "F"
            if x < 0.2:
                caps = False
                name = self.pick(_ID_HAN)
                if r.random() < 0.5:
                    name += self.pick(_INTERPUNCTS) + self.pick(["阿米娜", "瓦尤尼", "萊絲塔莉"])
            elif x < 0.4:
                name = self.pick(_ID_SINGLE)
            else:
                name = f"{self.pick(_ID_FIRST)} {self.pick(_ID_LAST)}"
        elif nation == "PH":
            name, sex = f"{self.pick(_PH_FIRST)} {self.pick(_PH_LAST)}", "F"
        else:
            sex = "?"
            if r.random() < 0.35:
                caps = False
                name = self.pick(_TH_HAN)
            else:
                name = f"{self.pick(_TH_FIRST)} {self.pick(_TH_LAST)}"
        name = name.upper() if caps else name
        self.nation[name] = nation
        return name, sex

    def _make_name(self, kind: str) -> tuple[str, str]:
        if kind == "han":
            return self._han(elder=False)
        if kind == "elder":
            return self._han(elder=True)
        if kind == "indig":
            return self._indigenous()
        return self._foreign()

    def _fresh(self, kind: str, want: str | None = None) -> str:
        """A name that is not in (and does not overlap) the known-names list."""
        while True:
            name, sex = self._make_name(kind)
            if want and kind in ("han", "elder") and sex != want:
                continue
            if (
                name not in self.known_set
                and name[1:] not in self.known_set
                and name[2:] not in self.known_set
                and name not in self._known_tails
            ):
                self.sex.setdefault(name, sex)
                return name

    def _build_known(self, n: int) -> None:
        size = max(60, n * 3 // 5)
        kinds = [("han", 0.52), ("elder", 0.28), ("indig", 0.07), ("foreign", 0.13)]
        kind_of: dict[str, str] = {}
        self._known_tails: set[str] = set()
        for kind, share in kinds:
            for _ in range(max(8, round(size * share))):
                while True:
                    name, sex = self._make_name(kind)
                    if name not in kind_of:
                        break
                kind_of[name] = kind
                self.sex[name] = sex
        names = list(kind_of)
        self.r.shuffle(names)
        self.known_list = names
        self.known_set = set(names)
        self._known_tails = {name[1:] for name in names} | {name[2:] for name in names}
        cut = len(names) * 3 // 4  # the last quarter is never mentioned in any text
        self.pools = {kind: [] for kind, _ in kinds}
        self.pools_sex: dict[tuple[str, str], list[str]] = {}
        for name in names[:cut]:
            self.pools[kind_of[name]].append(name)
            self.pools_sex.setdefault((kind_of[name], self.sex[name]), []).append(name)
        for kind, pool in self.pools.items():
            if not pool:
                pool.append(next(x for x in names if kind_of[x] == kind))

    def person(self, kind: str = "any", sex: str | None = None) -> _V:
        """A PERSON value: a known name about half of the time, else a name in no list."""
        if kind == "any":
            kind = self.r.choices(["han", "elder", "indig", "foreign"], [60, 20, 7, 13])[0]
        elif kind == "elderly":
            kind = self.r.choices(["elder", "indig"], [9, 1])[0]
        if self.chance(0.5):
            pool = self.pools_sex.get((kind, sex)) if sex else None
            return _V(self.pick(pool or self.pools[kind]), "PERSON", True)
        return _V(self._fresh(kind, sex), "PERSON", False)

    def nation_of(self, p: _V) -> str:
        """VN, ID, PH or TH for a foreign resident's name (VN when the name does not say)."""
        return self.nation.get(p.text, "VN")

    def nation_zh(self, p: _V) -> str:
        return {"VN": "越南", "ID": "印尼", "PH": "菲律賓", "TH": "泰國"}[self.nation_of(p)]

    def id_for(self, p: _V) -> _V:
        """The person's ID: a resident certificate for foreign residents, else a national ID."""
        if p.text in self.nation:
            return self.resident_cert()
        sex = self.sex.get(p.text, "?")
        return self.national_id("1" if sex == "M" else "2" if sex == "F" else None)

    def sex_of(self, p: _V) -> str:
        """男 or 女 for a form's 性別 field (a guess for names that do not show it)."""
        sex = self.sex.get(p.text, "?")
        return "男" if sex == "M" else "女" if sex == "F" else self.pick(["男", "女"])

    def relative(self) -> tuple[_V, str]:
        """A family member and the kinship word that fits their sex."""
        sex = self.pick("MF")
        fam = self.person(self.r.choices(["han", "elder", "indig"], [70, 22, 8])[0], sex)
        if self.sex.get(fam.text) == "F" or (sex == "F" and self.sex.get(fam.text) != "M"):
            return fam, self.pick(["女兒", "媳婦", "孫女", "配偶", "姪女", "長女"])
        return fam, self.pick(["兒子", "孫子", "配偶", "姪子", "女婿", "長子"])

    def hon(self, p: _V, formal: bool = False) -> str:
        """An honorific or nothing, matching the person's sex when known."""
        sex = self.sex.get(p.text, "?")
        if p.text.endswith("君"):
            return self.pick(["", "先生" if sex == "M" else "女士" if sex == "F" else ""])
        if formal:
            return self.pick(["君", "君", "先生" if sex == "M" else "女士" if sex == "F" else "君"])
        if sex == "M":
            return self.pick(["先生", "先生", "", "君", "阿伯", "大哥"])
        if sex == "F":
            return self.pick(["小姐", "女士", "", "女士", "阿姨"])
        return self.pick(["", "", "君"])

    # -- identifiers ----------------------------------------------------------------------
    def _letter(self) -> str:
        return self.pick("AAAABBCDEFFFGHHIJKLMNOPQRSTTUVWXZ")

    def national_id(self, sex: str | None = None) -> _V:
        letter = self._letter()
        body = (sex or self.pick("12")) + self.digits(7)
        value = letter + body + id_check_digit(letter, body)
        return _V(self.wide(value), "TW_NATIONAL_ID")

    def resident_cert(self) -> _V:
        letter = self._letter()
        if self.chance(0.6):
            body = self.pick("89") + self.digits(7)
            value = letter + body + id_check_digit(letter, body)
        else:
            second = self.pick("ABCD")
            tail = self.digits(7)
            value = (
                letter
                + second
                + tail
                + id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
            )
        return _V(self.wide(value), "TW_RESIDENT_CERT")

    def nhi(self) -> _V:
        number = ("0000" if self.chance(0.8) else "0001") + self.digits(8)
        style = self.r.random()
        if style < 0.5:
            text = number
        elif style < 0.8:
            text = f"{number[:4]} {number[4:8]} {number[8:]}"
        else:
            text = f"{number[:4]}-{number[4:8]}-{number[8:]}"
        return _V(self.wide(text), "TW_NHI_CARD")

    def passport(self, nation: str = "TW") -> _V:
        if nation == "TW":
            text = self.pick("3") + self.pick("0123") + self.digits(7)
        elif nation == "VN":
            text = self.pick("CCCB") + self.digits(7)
        elif nation == "ID":
            text = self.pick("ABCX") + self.digits(7)
        elif nation == "PH":
            text = (
                "P" + self.digits(7) + self.pick("ABC")
                if self.chance(0.7)
                else "EC" + self.digits(7)
            )
        else:
            text = self.pick(["AA", "AB", "AC"]) + self.digits(7)
        return _V(self.wide(text), "PASSPORT")

    def card(self) -> _V:
        kind = self.r.choices(["visa", "master", "jcb", "amex", "unionpay"], [5, 4, 3, 1, 1])[0]
        if kind == "visa":
            head, length = "4", 16
        elif kind == "master":
            head, length = "5" + self.pick("12345"), 16
        elif kind == "jcb":
            head, length = "35" + str(self.r.randint(28, 89)), 16
        elif kind == "amex":
            head, length = self.pick(["34", "37"]), 15
        else:
            head, length = "62", 16
        body = head + self.digits(length - len(head) - 1)
        number = next(body + d for d in "0123456789" if creditcard.luhn_ok(body + d))
        sep = self.pick([" ", " ", "-", "", " - "])
        if length == 15:
            groups = [number[:4], number[4:10], number[10:]]
        else:
            groups = [number[i : i + 4] for i in range(0, 16, 4)]
        return _V(self.wide(sep.join(groups)), "CREDIT_CARD")

    def phone(self, kind: str | None = None, spec: tuple[str, int, str] | None = None) -> _V:
        r = self.r
        if kind is None:
            kind = "mobile" if r.random() < 0.6 else "land"
        if kind == "mobile":
            number = self.pick(_MOBILE_PREFIXES) + self.digits(6)
            a, b, c = number[:4], number[4:7], number[7:]
            text = self.pick(
                [
                    f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a}{b}{c}", f"{a}{b}{c}", f"{a} {b} {c}",
                    f"{a}-{b}{c}", f"{a}.{b}.{c}", f"+886-{a[1:]}-{b}-{c}",
                    f"+886 {a[1:]} {b} {c}", f"+886{a[1:]}{b}{c}", f"(+886) {a[1:]}-{b}-{c}",
                    f"886-{a[1:]}-{b}{c}",
                ]
            )  # fmt: skip
        else:
            if spec is None:
                spec = _CITIES[self.pick(_CITY_NAMES)][2]
            area, length, firsts = spec
            local = self.pick(firsts) + self.digits(length - 1)
            if length == 8:
                x, y = local[:4], local[4:]
            elif length == 7:
                x, y = local[:3], local[3:]
            else:
                x, y = local[:2], local[2:]
            text = self.pick(
                [
                    f"({area}){x}-{y}", f"({area}){x}-{y}", f"{area}-{x}-{y}", f"{area}-{local}",
                    f"({area}) {local}", f"{area} {x} {y}", f"+886-{area[1:]}-{x}-{y}",
                    f"+886 {area[1:]} {local}", f"{area}{local}",
                ]
            )  # fmt: skip
            if r.random() < 0.3:
                ext = str(r.randint(10, 9999))
                text += self.pick(
                    [
                        f"#{ext}",
                        f" #{ext}",
                        f"分機{ext}",
                        f" 分機 {ext}",
                        f"轉{ext}",
                        f" ext. {ext}",
                    ]
                )
        return _V(self.wide(text), "PHONE")

    def email(self) -> _V:
        r = self.r
        sur, given = self.pick(_PINYIN_SUR), self.pick(_PINYIN_GIVEN)
        given2 = self.pick(_PINYIN_GIVEN)
        local = self.pick(
            [
                f"{given}{given2}{r.randint(1, 99)}", f"{sur}.{given}{given2}", f"{sur}_{given}",
                f"{given}{given2}.{sur}", f"{sur}{given[0]}{given2[0]}{r.randint(1950, 2010)}",
                f"{given}{r.randint(100, 9999)}", f"{sur}{given}{given2}",
                f"{given[0]}{given2[0]}{sur}",
            ]
        )  # fmt: skip
        text = f"{local}@{self.pick(_EMAIL_DOMAINS)}"
        return _V(_fw(text) if self.chance(0.04) else text, "EMAIL")

    def staff_email(self) -> _V:
        local = self.pick(_PINYIN_SUR) + self.pick(["", ".", "_"]) + self.pick(_PINYIN_GIVEN)
        if self.chance(0.5):
            local = self.pick("abcdefghijkmnpqrstwxyz") + self.digits(self.r.randint(3, 5))
        return _V(f"{local}@{self.pick(_STAFF_DOMAINS)}", "EMAIL")

    def birth(self, lo: int, hi: int, western: bool = False) -> _V:
        r = self.r
        y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
        if not western and y > 1911 and r.random() < 0.6:
            roc = y - 1911
            text = self.pick(
                [
                    f"民國{roc}年{m}月{d}日", f"{roc}年{m}月{d}日", f"{roc}年{m:02d}月{d:02d}日",
                    f"{roc:03d}.{m:02d}.{d:02d}", f"{roc}/{m}/{d}", f"{roc:03d}/{m:02d}/{d:02d}",
                    f"{roc}.{m}.{d}", f"{roc}-{m:02d}-{d:02d}",
                ]
            )  # fmt: skip
        else:
            mon = _words("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC")[m - 1]
            text = self.pick(
                [
                    f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{y}/{m}/{d}",
                    f"{y}年{m}月{d}日", f"{y}.{m:02d}.{d:02d}", f"{d:02d} {mon} {y}",
                ]
            )  # fmt: skip
        if self.chance(0.04):
            text = _fw_digits(text)
        return _V(self.wide(text), "BIRTH_DATE")

    # -- addresses ------------------------------------------------------------------------
    def city(self) -> str:
        return self.r.choices(_CITY_NAMES, _CITY_WEIGHTS)[0]

    def road(self, city: str) -> str:
        return self.pick(_CITIES[city][1])

    def address(self, city: str | None = None, zip_ok: bool = True) -> _V:
        r = self.r
        if city is None and r.random() < 0.12:
            return self._rural_address(zip_ok)
        city = city or self.city()
        districts, roads, _ = _CITIES[city]
        district, postcode = self.pick(districts)
        parts = []
        if zip_ok and r.random() < 0.2:
            parts.append(postcode + ("" if r.random() < 0.6 else self.digits(2)))
        city_text = city.replace("臺", "台") if r.random() < 0.3 else city
        parts += [city_text, district]
        if r.random() < 0.15:
            parts.append(self.pick(["中興", "福德", "仁愛", "光明", "長安", "民生"]) + "里")
            parts.append(f"{r.randint(1, 30)}鄰")
        road = self.pick(roads)
        parts.append(road)
        if not any(c in road for c in _ZH_NUM) and road.endswith("路") and r.random() < 0.4:
            parts.append(self.pick(_SECTIONS))
        if r.random() < 0.55:
            parts.append(f"{r.randint(1, 420)}巷")
            if r.random() < 0.3:
                parts.append(f"{r.randint(1, 30)}弄")
        house = str(r.randint(1, 360))
        parts.append(f"{house}之{r.randint(1, 6)}號" if r.random() < 0.15 else f"{house}號")
        if r.random() < 0.5:
            floor = r.randint(1, 15)
            parts.append(
                (_ZH_NUM[floor - 1] if floor <= 10 and r.random() < 0.3 else str(floor)) + "樓"
            )
            if r.random() < 0.2:
                parts.append(f"之{r.randint(1, 5)}")
        text = "".join(parts)
        return _V(_fw_digits(text) if self.chance(_FULLWIDTH_SHARE + 0.05) else text, "ADDRESS")

    def _rural_address(self, zip_ok: bool) -> _V:
        r = self.r
        county, town, postcode, villages, _ = self.pick(_RURAL)
        parts = [postcode] if zip_ok and r.random() < 0.2 else []
        parts += [county.replace("臺", "台") if r.random() < 0.3 else county, town]
        parts.append(self.pick(villages))
        parts.append(f"{r.randint(1, 25)}鄰")
        if r.random() < 0.5:
            parts.append(self.pick(["中正路", "部落", "山下", "中山路", "忠孝路"]))
        parts.append(f"{r.randint(1, 220)}號")
        text = "".join(parts)
        return _V(_fw_digits(text) if self.chance(_FULLWIDTH_SHARE) else text, "ADDRESS")

    def short_address(self, city: str | None = None) -> _V:
        """District-level start, as 1999 tickets write locations (still house-number level)."""
        city = city or self.city()
        districts, roads, _ = _CITIES[city]
        district, _ = self.pick(districts)
        road = self.pick(roads)
        text = district + road
        if self.chance(0.4):
            text += f"{self.r.randint(1, 300)}巷"
        text += f"{self.r.randint(1, 360)}號"
        return _V(_fw_digits(text) if self.chance(_FULLWIDTH_SHARE) else text, "ADDRESS")

    # -- public look-alikes (never spans) -------------------------------------------------
    def roc_year(self) -> int:
        return self.r.randint(112, 114)

    def date(self) -> str:
        r = self.r
        y, m, d = self.roc_year(), r.randint(1, 12), r.randint(1, 28)
        text = self.pick(
            [
                f"{y}年{m}月{d}日", f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}",
                f"{y}.{m:02d}.{d:02d}", f"民國{y}年{m}月{d}日", f"{y + 1911}/{m:02d}/{d:02d}",
                f"{y + 1911}-{m:02d}-{d:02d}", f"{m}月{d}日",
            ]
        )  # fmt: skip
        return _fw_digits(text) if self.chance(0.1) else text

    def time(self) -> str:
        r = self.r
        h, mi = r.randint(7, 22), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
        return self.pick(
            [
                f"{h:02d}:{mi:02d}", f"{h}:{mi:02d}",
                f"{'上午' if h < 12 else '下午'}{h if h <= 12 else h - 12}時{mi}分" if mi
                else f"{'上午' if h < 12 else '下午'}{h if h <= 12 else h - 12}時",
            ]
        )  # fmt: skip

    def docno(self) -> str:
        return f"{self.pick(_DOC_PREFIXES)}字第{self.roc_year()}{self.digits(7)}號"

    def caseno(self) -> str:
        y, m, d = self.roc_year(), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.pick(
            [
                f"{y}{m:02d}{d:02d}{self.digits(4)}", f"{y}-{m:02d}{d:02d}-{self.digits(5)}",
                f"{y}{m:02d}{d:02d}-{self.digits(3)}", f"{y}違{self.digits(5)}號",
                f"{y}年度查字第{self.r.randint(1, 9999)}號",
            ]
        )  # fmt: skip

    def receipt(self) -> str:
        while True:
            r = self.r.random()
            if r < 0.35:  # 統一發票 numbers: two letters and eight digits
                text = self.pick("ABCDEFGHKLMNPQRSTUVWXYZ") + self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ")
                text += self.pick(["-", "", " "]) + self.digits(8)
            elif r < 0.7:
                text = self.pick("RSNH") + str(self.roc_year()) + self.digits(6)
            else:
                text = f"{self.roc_year()}{self.digits(3)}-{self.digits(4)}"
            if not (twid.is_valid(text) or arc.is_valid(text)):
                return text

    def ban_no(self) -> str:
        while True:
            body = self.pick("123456789") + self.digits(6)
            for d in "0123456789":
                if ban.is_valid(body + d):
                    return body + d

    def company(self) -> str:
        return self.pick(_CO_A) + self.pick(_CO_B) + self.pick(_CO_TYPES)

    def amount(self) -> str:
        r = self.r
        return self.pick(
            [
                f"新臺幣{r.randint(1, 30)}萬元", f"新臺幣{r.randint(1, 99)}萬{r.randint(1, 9)}千元",
                f"NT${r.randint(1, 999):,}{r.choice(['000', '500', '200'])}",
                f"{r.randint(1, 99) * 100:,}元", f"新台幣{r.randint(6, 300) * 1000:,}元整",
            ]
        )  # fmt: skip

    def junction(self, city: str | None = None) -> str:
        roads = _CITIES[city or self.city()][1]
        a, b = self.r.sample(roads, 2)
        return self.pick([f"{a}與{b}路口", f"{a}、{b}交岔路口", f"{a}{b}口", f"{a}近{b}"])

    def temple(self) -> str:
        district, _ = self.pick(_CITIES[self.city()][0])
        return self.pick(
            ["", district[:2], self.pick(["北", "南", "新", "港", "頂", "下"])]
        ) + self.pick(_TEMPLE_NAMES)

    def plate(self) -> str:
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        if self.chance(0.6):
            return "".join(self.pick(letters) for _ in range(3)) + "-" + self.digits(4)
        return self.digits(4) + "-" + self.pick(letters) + self.pick(letters)

    def lamp(self) -> str:
        return (
            self.pick(["", "路燈", "燈號"])
            + self.pick(["信義", "大安", "中山", "北屯", "三民"])
            + (self.pick(["-", ""]) + str(self.r.randint(1, 99)) + "-" + self.digits(3))
        )


# ---------------------------------------------------------------------------------------------
# Genre 1: 1999 citizen-hotline tickets
# ---------------------------------------------------------------------------------------------

_ISSUES = [
    ("路燈", "路燈不亮已一週，晚上整條巷子很暗，行人差點跌倒，請儘速派員查修。"),
    ("路燈", "路燈一直閃爍，時亮時暗，請派員更換燈具。"),
    ("坑洞", "路面有一處坑洞約50公分寬，下雨積水看不到，機車騎士容易摔車。"),
    ("坑洞", "人孔蓋周邊下陷，車輛經過時發出很大聲響，請派員修補。"),
    ("噪音", "隔壁工地清晨6點就開始施工，敲打聲很大，影響住戶休息。"),
    ("噪音", "樓下店家冷氣室外機噪音很大，夜間仍持續運轉，請環保局派員稽查。"),
    ("纜線", "電線桿上有廢棄纜線垂落至人行道，高度約一公尺，恐絆倒行人。"),
    ("纜線", "巷口有一捆電信纜線掉在地上好幾天，無人處理，請通知業者回收。"),
    ("樹木", "行道樹枝葉遮住路燈及號誌，請派員修剪。"),
]


def _g1999_pos(g: _Gen, d: _Doc) -> None:
    city = g.city()
    kind, issue = g.pick(_ISSUES)
    p = g.person("any")
    v = g.r.randrange(7)
    if v == 0:
        d.line(
            g.pick(["【市民當家熱線】", "熱線派工單 ", "市民熱線案件 "]), "案件編號：", g.caseno()
        )
        d.line("反映時間：", g.date(), " ", g.time())
        d.line("反映人：", p, g.hon(p), "　聯絡電話：", g.phone())
        if g.chance(0.4):
            d.line("回覆方式：E-mail ", g.email())
        else:
            d.line("回覆方式：", g.pick(["電話回覆", "免回覆", "簡訊"]))
        d.line("反映地點：", g.short_address(city) if g.chance(0.6) else g.address(city), "前")
        d.line("反映內容：", issue)
        d.line("承辦單位：", g.pick(_UNITS_1999))
    elif v == 1:
        d.add(g.date(), " 民眾", p, g.hon(p), "來電反映", g.short_address(city), "旁", issue)
        d.add("聯絡電話", g.phone(), "。")
    elif v == 2:
        d.line("來電紀錄（逐字）：")
        d.add("「喂，我是住", g.address(city, zip_ok=False), "的", p, "啦，")
        d.add(g.pick(["我們這邊", "我家門口", "巷子裡面"]), issue.rstrip("。"), "，")
        d.add("你們處理好可以打", g.phone("mobile"), "跟我說一下。」")
    elif v == 3:
        road = g.road(city)
        d.line("主旨：有關臺端反映本市", road, kind, "乙案，復如說明，請查照。")
        d.line("說明：")
        d.line("一、復臺端", g.date(), "市民當家熱線陳情案件（案號：", g.caseno(), "）。")
        d.line("二、本處已於", g.date(), "派員完成改善，後續將持續巡查。")
        d.line("正本：", p, g.hon(p, formal=True), "（", g.address(city), "）")
        d.line("副本：", g.pick(_UNITS_1999))
    elif v == 4:
        d.line("派工清單 ", g.date())
        rows = g.r.randint(2, 4)
        hit = g.r.randrange(rows)
        for i in range(rows):
            k2 = g.pick(_ISSUES)[0]
            if i == hit:
                d.line(
                    f"{i + 1}. ",
                    g.caseno(),
                    f" {k2} ",
                    g.short_address(city),
                    " 聯絡人 ",
                    p,
                    " ",
                    g.phone(),
                )
            else:
                d.line(f"{i + 1}. ", g.caseno(), f" {k2} ", g.junction(city), " 匿名")
    elif v == 5:
        d.add("陳情人", p, "（E-mail：", g.email(), "）表示：", issue)
        if g.chance(0.5):
            d.add("另留手機", g.phone("mobile"), "，希望處理後回電。")
    else:
        p2 = g.person("han")
        d.line("案件摘要：", kind, "｜地點：", g.junction(city))
        d.line("反映人 ", p, "／", g.phone())
        d.line("現場會勘：", p2, "（", g.pick(_UNITS_1999), "技士）")
        d.line("處理情形：已排定", g.date(), "施工，", g.pick(_SURNAME_WORDS), "部分另案辦理。")


def _g1999_neg(g: _Gen, d: _Doc) -> None:
    city = g.city()
    v = g.r.randrange(6)
    if v == 5:
        d.add(g.pick(_SHOPS), g.pick(["夜間冷氣室外機", "排油煙機", "戶外音響"]), "噪音經陳情，")
        d.add("環保局於", g.date(), " ", g.time(), "稽查，測得", f"{g.r.randint(55, 78)}分貝，")
        d.add(
            "依",
            _STATUTES[13],
            "限期於",
            g.date(),
            "前改善，",
            g.pick(["白天", "凌晨"]),
            "時段另行複查。",
        )
    elif v == 0:
        d.line("市民當家熱線派工彙整（", g.date(), "）")
        for kind in ("路燈不亮", "路面坑洞", "噪音", "廢棄纜線"):
            total = g.r.randint(3, 80)
            d.line(f"{kind}：{total}件，已完成{g.r.randint(0, total)}件")
        d.line("備註：", g.pick(["尤其", "包括"]), "夏季雷雨期間坑洞案件增加，請各工務段加強巡查。")
    elif v == 1:
        d.add("本處於", g.date(), "接獲陳情，反映", g.junction(city), "號誌故障，")
        d.add(
            "已通知",
            g.pick(_UNITS_1999),
            "於",
            g.date(),
            "前完成改善。案件編號：",
            g.caseno(),
            "。",
        )
    elif v == 2:
        d.line("工務局函 ", g.docno())
        d.line("主旨：辦理", g.road(city), "路面刨鋪工程，施工期間", g.date(), "至", g.date(), "，")
        d.line("每日上午9時至下午4時，請用路人改道行駛", g.pick(["周邊", "鄰近"]), "道路。")
        d.line("依據：", g.pick(_LAW_ROAD), "。")
    elif v == 3:
        d.add(g.lamp(), "燈具更換為", _PRODUCTS[0], "，經費", g.amount(), "，由", g.company())
        d.add("（統一編號", g.ban_no(), "）承攬，預計", g.date(), "完工。")
    else:
        d.line("【路燈巡查紀錄】", g.date())
        for _ in range(g.r.randint(2, 5)):
            d.line(
                g.lamp(), " ", g.junction(city), " ", g.pick(["不亮", "閃爍", "燈罩破損", "正常"])
            )
        d.line("黃昏時段復查，", g.pick(["曾經", "連續"]), "故障者列入優先更換。")


# ---------------------------------------------------------------------------------------------
# Genre 2: 違章建築 reports and demolition notices
# ---------------------------------------------------------------------------------------------


def _gillegal_pos(g: _Gen, d: _Doc) -> None:
    city = g.city()
    p = g.person(g.pick(["han", "elder", "any"]))
    v = g.r.randrange(6)
    what = g.pick(["頂樓加蓋鐵皮屋約30平方公尺", "一樓後院增建磚造房間", "陽台外推並加裝鐵窗",
                   "騎樓搭建鐵皮棚架", "屋頂增設鋼構廣告架"])  # fmt: skip
    if v == 0:
        d.line("檢舉人：", p, "（身分請保密）")
        d.line("電話：", g.phone())
        if g.chance(0.4):
            d.line("Email：", g.email())
        d.line("檢舉地址：", g.address(city))
        d.line("違建情形：", what, "，施工中，", g.pick(["白天", "凌晨"]), "仍有工人進出。")
    elif v == 1:
        d.line("受文者：", p, g.hon(p, formal=True))
        d.line("地址：", g.address(city))
        d.line("發文日期：", g.date(), "　發文字號：", g.docno())
        d.line("主旨：臺端所有坐落本市之建物，經本局", g.date(), "現場勘查，", what, "，")
        d.line("屬新違建，依", g.pick(_LAW_BUILD), "規定應予拆除，請查照。")
        if g.chance(0.5):
            d.line("說明：如有不服，請於文到次日起30日內提起訴願。")
    elif v == 2:
        d.line("案號\t違建人\t身分證字號\t違建地址\t勘查日期")
        for _ in range(g.r.randint(1, 3)):
            q = g.person("any")
            d.line(
                g.caseno(),
                "\t",
                q,
                "\t",
                g.id_for(q),
                "\t",
                g.address(city, zip_ok=False),
                "\t",
                g.date(),
            )
    elif v == 3:
        p2 = g.person("elder", "M")
        d.add("屋主", p, "到場表示：「這是我爸爸", p2, "以前蓋的，我真的不知道是違建啦，")
        d.add("可不可以讓我們自己拆？」並留聯絡電話", g.phone("mobile"), "。")
    elif v == 4:
        d.line(g.date(), " 會勘紀錄")
        d.line("地點：", g.address(city))
        d.line("出席：建管處技士", g.person("han"), "、里長", g.person("elder"), "、所有權人", p)
        d.line(
            "結論：",
            what,
            "，列入",
            str(g.roc_year()),
            "年度第",
            str(g.r.randint(1, 4)),
            "季拆除。",
        )
    else:
        d.add("拆除通知：", p, g.hon(p, formal=True), "（身分證統一編號", g.id_for(p), "）於")
        d.add(g.address(city), "之", what, "，本大隊訂於", g.date(), "執行拆除，")
        d.add(
            "請於期限前自行拆除，如有疑義請洽承辦人",
            g.person("han"),
            "，電話",
            g.phone("land", _CITIES[city][2]),
            "。",
        )


def _gillegal_neg(g: _Gen, d: _Doc) -> None:
    city = g.city()
    v = g.r.randrange(4)
    if v == 0:
        d.line("主旨：公告本市", g.junction(city), "一帶既存違章建築專案拆除期程。")
        d.line("依據：", _STATUTES[0], "、", g.pick(_LAW_BUILD[1:]), "。")
        d.line("公告事項：")
        d.line("一、拆除日期自", g.date(), "起至", g.date(), "止。")
        d.line(
            "二、", g.pick(["施工", "拆除"]), "期間請民眾注意", g.pick(["安全", "周邊交通"]), "。"
        )
        d.line("發文字號：", g.docno())
    elif v == 1:
        y = g.roc_year()
        d.add(f"{y}年度新違建查報{g.r.randint(100, 900)}件、拆除{g.r.randint(50, 400)}件，")
        d.add(
            "罰鍰總計",
            g.amount(),
            "，較去年同期",
            g.pick(["增加", "減少"]),
            f"{g.r.randint(1, 30)}%。",
        )
    elif v == 2:
        d.line("拆除工程委由", g.company(), "（統一編號", g.ban_no(), "）辦理，")
        d.line("契約編號", g.caseno(), "，決標金額", g.amount(), "，履約期限", g.date(), "。")
        d.line("收據編號：", g.receipt())
    else:
        d.add("鐵皮屋頂", g.pick(["易燃", "常態漏水"]), "，屬既存違建者依", g.pick(_LAW_BUILD))
        d.add(
            "列管，",
            g.pick(["颱風", "雷雨"]),
            "季節前應加強固定，",
            g.pick(["杜絕", "避免"]),
            "掉落傷人。",
        )


# ---------------------------------------------------------------------------------------------
# Genre 3: dementia wandering and missing-person reports
# ---------------------------------------------------------------------------------------------


def _gmissing_pos(g: _Gen, d: _Doc) -> None:
    city = g.city()
    p = g.person("elderly")
    fam, rel = g.relative()
    v = g.r.randrange(6)
    if v == 0:
        d.line("【協尋】")
        d.line("姓名：", p)
        d.line("性別：", g.sex_of(p), "　年齡：", str(g.r.randint(68, 92)), "歲")
        if g.chance(0.7):
            d.line("出生日期：", g.birth(1928, 1958))
        if g.chance(0.5):
            d.line("身分證字號：", g.id_for(p))
        d.line("身高約", str(g.r.randint(148, 176)), "公分，穿", g.pick(_CLOTHES))
        d.line("走失地點：", g.junction(city), "附近，", g.date(), " ", g.time())
        d.line("家屬：", fam, "（", rel, "）", g.phone("mobile"))
    elif v == 1:
        elder_rel = "父親" if g.sex_of(p) == "男" else "母親"
        d.add(g.time(), " 接獲", fam, "報案，稱其", elder_rel, p)
        d.add("（", g.id_for(p), "）患失智症，今晨自", g.address(city), "住處出門未歸，")
        d.add(g.pick(["有配戴愛心手鍊。", "未攜帶手機。", "身上無證件。"]))
    elif v == 2:
        if g.sex_of(p) == "男":
            who, pron = g.pick([("爸爸", "他"), ("阿公", "他")])
        else:
            who, pron = g.pick([("媽媽", "她"), ("阿嬤", "她")])
        d.line("報案人陳述：")
        d.add("「我", who, "叫", p, "，", g.birth(1930, 1955), "生的，")
        d.add(
            pron, "有失智，早上說要去", g.pick(["菜市場", "廟口", "公園"]), "，到現在都還沒回來……"
        )
        d.add("我的電話是", g.phone("mobile"), "，拜託你們幫忙找。」")
    elif v == 3:
        d.line("愛心手鍊申請表")
        d.line("配戴者姓名：", p, "　出生日期：", g.birth(1925, 1960))
        d.line("身分證統一編號：", g.id_for(p))
        if g.chance(0.6):
            d.line("健保卡號：", g.nhi())
        d.line("戶籍地址：", g.address(city))
        d.line("緊急聯絡人1：", fam, "（", rel, "）電話：", g.phone())
        if g.chance(0.6):
            d.line("緊急聯絡人2：", g.person("any"), " 手機：", g.phone("mobile"))
    elif v == 4:
        d.add(g.date(), "於", g.junction(city), "尋獲", p, "，經比對愛心手鍊資料，已通知其", rel)
        d.add(fam, "到", g.pick(["派出所", "分局"]), "帶回，家屬聯絡電話", g.phone(), "。")
    else:
        d.line("走失協尋通報單")
        d.line("| 項目 | 內容 |")
        d.line("| 姓名 | ", p, " |")
        d.line("| 生日 | ", g.birth(1930, 1960), " |")
        d.line("| 特徵 | ", g.pick(_CLOTHES), " |")
        d.line("| 聯絡人 | ", fam, " ", g.phone(), " |")
        if g.chance(0.4):
            d.line("| 外籍看護 | ", g.person("foreign"), " ", g.phone("mobile"), " |")


def _gmissing_neg(g: _Gen, d: _Doc) -> None:
    v = g.r.randrange(4)
    if v == 0:
        d.line("失智者走失預防宣導：")
        d.line("家屬可向各區衛生所申請愛心手鍊，需備身分證明文件影本、診斷證明書。")
        y = g.roc_year()
        d.line(f"本市{y}年度協尋案件{g.r.randint(80, 400)}件，尋獲率{g.r.randint(85, 99)}%。")
    elif v == 1:
        d.add(
            "指紋捺印建檔活動：",
            g.date(),
            "上午9時至12時於",
            g.pick(["區公所禮堂", "社區活動中心", "派出所"]),
        )
        d.add(
            "辦理，歡迎65歲以上長者參加，", g.pick(["現場備有", "包括"]), "血壓量測及失智症篩檢。"
        )
    elif v == 2:
        d.line("協尋通報流程")
        d.line("一、家屬向派出所報案，受理後即時通報。")
        d.line("二、依", g.pick(_LAW_MISSING), "，失蹤人口資料輸入系統。")
        d.line("三、協尋", g.pick(["紀錄", "文件"]), "保存期限至", g.date(), "。")
    else:
        d.add(g.company(), "（統一編號", g.ban_no(), "）承辦", g.roc_year(), "年度失智共照中心，")
        d.add("契約金額", g.amount(), "，服務時間週一至週五上午8時30分至下午5時30分。")


# ---------------------------------------------------------------------------------------------
# Genre 4: disability parking permits
# ---------------------------------------------------------------------------------------------


def _gparking_pos(g: _Gen, d: _Doc) -> None:
    city = g.city()
    p = g.person(g.pick(["han", "elder", "any"]))
    v = g.r.randrange(6)
    if v == 0:
        d.line("身心障礙者專用停車位識別證申請書")
        d.line("申請類別：", g.pick(["■新申請 □換證", "□新申請 ■換證", "□新申請 □換證 ■補發"]))
        d.line("身障者姓名：", p)
        d.line("身分證統一編號：", g.id_for(p))
        d.line("出生日期：", g.birth(1940, 2005))
        d.line("戶籍地址：", g.address(city))
        d.line("聯絡電話：", g.phone())
        if g.chance(0.5):
            d.line("電子信箱：", g.email())
        d.line("車號：", g.plate())
        if g.chance(0.25):
            d.line("健保卡號：", g.nhi(), "（核對身分用）")
        if g.chance(0.6):
            owner = g.person("any")
            d.line(
                "車主姓名：",
                owner,
                "（與身障者關係：",
                g.pick(["配偶", "子女", "父母", "本人以外親屬"]),
                "）",
            )
    elif v == 1:
        d.add(p, g.hon(p), "停車證將於", g.date(), "到期，已電話（", g.phone(), "）通知換證，")
        d.add(
            g.pick(["本人表示下週親至區公所辦理。", "家屬表示將以郵寄方式申請。", "未接，留言。"])
        )
    elif v == 2:
        d.line("序號\t姓名\t身分證號\t車號\t有效期限")
        for i in range(g.r.randint(2, 4)):
            q = g.person("any")
            d.line(f"{i + 1}\t", q, "\t", g.id_for(q), "\t", g.plate(), "\t", g.date())
    elif v == 3:
        d.line("主旨：核發", p, g.hon(p, formal=True), "身心障礙者專用停車位識別證乙張，請查照。")
        d.line("說明：")
        d.line("一、依", g.pick(_LAW_PARK), "辦理。")
        d.line("二、識別證有效期限至", g.date(), "止。")
        d.line("正本：", p, g.hon(p, formal=True), "（", g.address(city), "）")
        d.line("發文字號：", g.docno())
    elif v == 4:
        fp = g.person("foreign")
        d.add(
            "申請人",
            fp,
            "（居留證號",
            g.resident_cert(),
            "，護照號碼",
            g.passport(g.nation_of(fp)),
        )
        d.add("）為身障者", p, "之配偶，代為申請停車證，聯絡手機", g.phone("mobile"), "。")
        if g.chance(0.5):
            d.add("身障者出生日期", g.birth(1945, 1990), "，健保卡號", g.nhi(), "。")
    else:
        d.line("— 換證案件備註 —")
        d.line(g.date(), " ", p, " 來電詢問換證，", g.pick(["E-mail", "信箱"]), "：", g.email())
        d.line("承辦：", g.person("han"), " ", g.phone("land", _CITIES[city][2]))


def _gparking_neg(g: _Gen, d: _Doc) -> None:
    city = g.city()
    v = g.r.randrange(4)
    if v == 0:
        d.line("身障專用停車證換證公告")
        d.line(
            "依", _STATUTES[4], "，本市停車證自", g.date(), "起換發新式，舊證有效至", g.date(), "。"
        )
        d.line("應備文件：身心障礙證明、行車執照、", g.pick(["申請書", "切結書"]), "。")
        d.line("受理窗口：各區公所社會課（", g.pick(["何時", "週一至週五"]), "皆可辦理）。")
    elif v == 1:
        district, _ = g.pick(_CITIES[city][0])
        d.add(
            f"{district}身障車格{g.r.randint(40, 600)}格，",
            f"{g.roc_year()}年違規佔用檢舉{g.r.randint(10, 900)}件，",
        )
        d.add("依", _STATUTES[11], "處罰鍰新臺幣600元至1,200元。")
    elif v == 2:
        d.add("停車證製卡由", g.company(), "（統一編號", g.ban_no(), "）承印，")
        d.add(
            f"印製{g.r.randint(1, 9) * 1000}張，單價{g.r.randint(8, 35)}元，發票號碼",
            g.receipt(),
            "。",
        )
    else:
        d.line("常見問題：")
        d.line("Q：停車證可以給其他人使用嗎？")
        d.line("A：不可以，限載運身障者時使用，違者依", g.pick(_LAW_PARK), "處理。")
        d.line("Q：", g.pick(["何時", "多久"]), "要換證？")
        d.line("A：身心障礙證明重新鑑定後，", g.pick(["連續", "常態"]), "效期以新證明為準。")


# ---------------------------------------------------------------------------------------------
# Genre 5: temple registrations and board changes
# ---------------------------------------------------------------------------------------------


def _gtemple_pos(g: _Gen, d: _Doc) -> None:
    city = g.city()
    temple = g.temple()
    p = g.person(g.pick(["elder", "han", "elder"]))
    v = g.r.randrange(7)
    if v == 0:
        d.line("寺廟登記表")
        d.line("寺廟名稱：", temple, "　主祀神明：", g.pick(_DEITIES))
        d.line("所在地：", g.address(city, zip_ok=False))
        d.line("負責人：", p, "（", g.pick(["管理人", "主任委員", "住持"]), "）")
        d.line("身分證統一編號：", g.id_for(p))
        d.line("出生日期：", g.birth(1935, 1975))
        d.line("住址：", g.address(city))
        d.line("電話：", g.phone())
    elif v == 1:
        p2 = g.person("han")
        d.line("主旨：", temple, "管理委員會主任委員由", p, "變更為", p2, "，准予備查。")
        d.line("說明：")
        d.line("一、復貴廟", g.date(), "函。")
        d.line("二、依", g.pick(_LAW_TEMPLE), "辦理，新任主任委員任期至", g.date(), "止。")
        d.line("發文字號：", g.docno())
    elif v == 2:
        d.line("第", g.pick(_ZH_NUM[:9]), "屆管理委員名冊")
        d.line("職稱　姓名　出生年月日　身分證字號　電話")
        for title in ("主任委員", "副主任委員", "委員", "監察委員")[: g.r.randint(2, 4)]:
            q = p if title == "主任委員" else g.person(g.pick(["elder", "han"]))
            d.line(title, "　", q, "　", g.birth(1940, 1985), "　", g.id_for(q), "　", g.phone())
    elif v == 3:
        d.line(temple, "光明燈信用卡捐款授權書")
        d.line("持卡人：", p)
        d.line("卡號：", g.card())
        d.line("有效期限：", f"{g.r.randint(1, 12):02d}/{g.r.randint(26, 31)}")
        lit = [g.person("any") for _ in range(g.r.randint(1, 3))]
        d.add("點燈者：")
        for i, q in enumerate(lit):
            d.add("、" if i else "", q)
        d.line()
        d.line("聯絡電話：", g.phone())
        if g.chance(0.5):
            d.line("E-mail：", g.email())
    elif v == 4:
        a, b, c, e = g.person("elder"), g.person("han"), g.person("any"), g.person("han")
        d.line(temple, "信徒大會會議紀錄")
        d.line("時間：", g.date(), " ", g.time())
        d.line("主席：", p, "　記錄：", e)
        d.line("出席：", p, "、", a, "、", b, "、", c, "（", g.pick(["請假", "遲到"]), "）")
        d.line(
            "決議：",
            g.pick(["中元普渡照往例辦理。", "修繕廟頂經費以樂捐支應。", "通過章程修正案。"]),
        )
    elif v == 5:
        d.add("民眾", p, "來電表示", temple, "管理人", g.person("elder"), "已過世多年，")
        d.add("詢問變更負責人需備哪些文件，已告知並請其以電子郵件", g.email(), "寄送申請書。")
    else:
        d.line(temple, g.pick(["線上安太歲訂單", "光明燈網路登記", "點燈訂單明細"]))
        d.line("訂單編號：", g.caseno())
        d.line("訂購人：", p, "　手機：", g.phone("mobile"))
        d.line("付款方式：信用卡 ", g.card())
        d.line("點燈名單：")
        for _ in range(g.r.randint(1, 3)):
            d.line("- ", g.person("any"), "　生辰：", g.birth(1940, 2015))


def _gtemple_neg(g: _Gen, d: _Doc) -> None:
    temple = g.temple()
    v = g.r.randrange(4)
    if v == 0:
        d.line(temple, "中元普渡法會")
        d.line(
            "農曆七月十五日（國曆", g.date(), "）上午8時起舉行，恭請", g.pick(_DEITIES), "聖駕。"
        )
        d.line("普渡桌每桌", g.amount(), "，", g.pick(["包括", "含"]), "金紙、香燭。")
    elif v == 1:
        d.add("本府", g.docno(), "函：", temple, "申請變更登記，依", g.pick(_LAW_TEMPLE))
        d.add("應補正章程及信徒名冊，補正期限", g.date(), "前。")
    elif v == 2:
        d.line("財團法人", temple, "（統一編號", g.ban_no(), "）", g.roc_year(), "年度收支決算")
        d.line("收入：", g.amount(), "；支出：", g.amount(), "；結餘撥入修繕基金。")
        d.line("收據編號：", g.receipt())
    else:
        d.add(temple, "主祀", g.pick(_DEITIES), "，配祀", g.pick(_DEITIES), "及", g.pick(_DEITIES))
        d.add(
            "，每年",
            g.pick(["王爺", "媽祖"]),
            "遶境自",
            g.date(),
            "起連續三日，周邊道路實施交通管制。",
        )


# ---------------------------------------------------------------------------------------------
# Genre 6: hospital discharge-planning referrals (with foreign caregivers)
# ---------------------------------------------------------------------------------------------


def _gdischarge_pos(g: _Gen, d: _Doc) -> None:
    city = g.city()
    p = g.person("elderly")
    fam, rel = g.relative()
    sw = g.person("han")
    hosp_phone = ("02", 8, "2") if city in ("臺北市", "新北市") else _CITIES[city][2]
    v = g.r.randrange(6)
    if v == 0:
        d.line("出院準備服務轉介單")
        d.line("個案姓名：", p, "　性別：", g.sex_of(p), "　出生日期：", g.birth(1928, 1965))
        d.line(
            "病歷號：",
            g.digits(8),
            "　床號：",
            g.pick(["7B", "8A", "12W", "5E"]),
            "-",
            str(g.r.randint(1, 40)),
        )
        if g.chance(0.7):
            d.line("健保卡號：", g.nhi())
        if g.chance(0.6):
            d.line("身分證字號：", g.id_for(p))
        d.line("診斷：", g.pick(_DX), "　預計出院日：", g.date())
        d.line("主要照顧者：", fam, "（", rel, "）電話：", g.phone())
        if g.chance(0.6):
            fc = g.person("foreign")
            d.line("外籍看護：", fc, "（", g.nation_zh(fc), "籍，居留證號", g.resident_cert(), "）")
        d.line("轉介社工：", sw, " ", g.phone("land", hosp_phone))
    elif v == 1:
        d.add("社工", sw, "於", g.date(), "訪視案主", p, "，案主", str(g.r.randint(65, 95)), "歲，")
        d.add(g.pick(_DX), "，", g.pick(["獨居", "與配偶同住", "與子同住"]), "，")
        d.add(rel, fam, "居住", g.city(), "，電話", g.phone(), "，表示出院後將申請居家服務。")
        if g.chance(0.3):
            d.add("案主健保卡號", g.nhi(), "，", g.pick(["卡片遺失需補辦。", "已確認有效。"]))
        if g.chance(0.3):
            d.add("家屬以信用卡", g.card(), "預繳住院保證金。")
    elif v == 2:
        d.line("寄件者：", sw, " <", g.staff_email(), ">")
        d.line("主旨：轉介 ", p, " 出院準備（", g.pick(_DX), "）")
        d.line("長照中心您好，")
        d.line("個案預計", g.date(), "出院，需居家照顧及輔具評估，")
        d.line("家屬", fam, "聯絡方式：", g.phone("mobile"), "，", g.email())
        d.line("謝謝。")
        d.line(sw)
        d.line(g.pick(["社會工作室", "出院準備服務小組"]), " ", g.phone("land", hosp_phone))
    elif v == 3:
        f1, f2 = g.person("foreign"), g.person("foreign")
        d.add("案主", p, "原看護", f1, "（居留證號", g.resident_cert(), "）契約期滿返國，")
        d.add(
            "雇主",
            fam,
            "已申請新看護",
            f2,
            "（",
            g.nation_zh(f2),
            "籍，護照號碼",
            g.passport(g.nation_of(f2)),
            "），",
        )
        d.add("預計", g.date(), "入境，空窗期需喘息服務。")
    elif v == 4:
        d.line("本週出院準備個案：")
        for i in range(g.r.randint(2, 4)):
            q = p if i == 0 else g.person("elderly")
            d.line(
                f"{i + 1}. ",
                q,
                f"，{g.r.randint(60, 96)}歲，",
                g.pick(_DX),
                "，家屬",
                g.person("any"),
                " ",
                g.phone(),
            )
        d.line("社工：", sw)
    else:
        fc = g.person("foreign")
        d.line("家庭會議紀錄 ", g.date())
        d.line("出席：案主", p, "、", rel, fam, "、看護", fc, "、社工", sw)
        d.line("看護", fc, "表示：「阿嬤晚上會一直起來，我一個人顧不來。」")
        d.line(
            "看護資料：",
            g.nation_zh(fc),
            "籍，出生日期",
            g.birth(1975, 2000, western=True),
            "，居留證號",
            g.resident_cert(),
        )
        if g.chance(0.5):
            d.line("案主健保卡號", g.nhi(), "，戶籍地", g.address(city))


def _gdischarge_neg(g: _Gen, d: _Doc) -> None:
    v = g.r.randrange(5)
    if v == 4:
        d.line("輔具補助項目（", g.roc_year(), "年度）")
        for item in g.r.sample(_PRODUCTS[1:5], 3):
            d.line("- ", item, "：補助上限", g.amount())
        d.line(
            "申請期限：出院後", g.r.randint(1, 6), "個月內，", g.pick(["文件", "章程"]), "須齊全。"
        )
    elif v == 0:
        d.line("出院準備服務作業流程")
        d.line("一、入院48小時內完成篩選。")
        d.line("二、高危險個案轉介長期照顧管理中心，依", _STATUTES[10], "辦理。")
        d.line(
            "三、出院前3日召開家庭會議，",
            g.pick(["康復", "復健"]),
            "計畫納入",
            g.pick(["紀錄", "文件"]),
            "。",
        )
    elif v == 1:
        d.line("長照2.0給付參考：")
        d.line("BA01 基本身體清潔 260元/次")
        d.line("BA07 協助沐浴及洗頭 325元/次")
        d.line("BA20 陪伴服務 175元/次")
        d.line("（", g.date(), "起適用，", g.pick(["偏遠地區", "原住民族地區"]), "另加計。）")
    elif v == 2:
        d.add(
            f"本月出院準備服務統計：篩選{g.r.randint(200, 900)}人、",
            f"轉介長照{g.r.randint(20, 200)}人、",
        )
        d.add(
            f"外籍看護申請{g.r.randint(1, 40)}件，",
            f"平均住院日{g.r.randint(5, 15)}.{g.r.randint(0, 9)}天。",
        )
    else:
        d.line("外籍看護工申請須知")
        d.line("一、雇主須檢附巴氏量表，依", _STATUTES[12], "及勞動部", g.docno(), "函辦理。")
        d.line("二、", g.company(), "（統一編號", g.ban_no(), "）為本院合作仲介評估單位。")
        d.line("三、申請規費", g.amount(), "，繳費期限", g.date(), "。")


_GENRES: list[tuple[Callable[[_Gen, _Doc], None], Callable[[_Gen, _Doc], None]]] = [
    (_g1999_pos, _g1999_neg),
    (_gillegal_pos, _gillegal_neg),
    (_gmissing_pos, _gmissing_neg),
    (_gparking_pos, _gparking_neg),
    (_gtemple_pos, _gtemple_neg),
    (_gdischarge_pos, _gdischarge_neg),
]


def generate_heldout43(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples and the known-names list, deterministic for ``seed``."""
    rng = random.Random(seed)
    gen = _Gen(rng, n)
    samples: list[Sample] = []
    for _ in range(n):
        positive, negative = gen.pick(_GENRES)
        doc = _Doc()
        if gen.chance(_NEGATIVE_SHARE):
            negative(gen, doc)
            samples.append(Sample(doc.text(), [], True, []))
        else:
            positive(gen, doc)
            samples.append(Sample(doc.text(), list(doc.spans), False, list(doc.known)))
    return samples, list(gen.known_list)
