"""Held-out set 33: independent synthetic agency free text with gold personal-data spans.

Written without looking at the scanner. Six genres of Taiwanese agency writing (牌照稅免稅
applications, 轉學 records, 小額訴訟 mediation notes, 衛生局 food-poisoning investigations,
遊民收容 intake logs, 結婚登記 counter notes with foreign spouses) in many registers: 公文,
case-log lines, transcribed speech, pasted forms, pasted tables and lists.

Gold conventions: a PERSON span is the name only (no honorific or role word); a PHONE span
includes a written extension; an ADDRESS span is the whole postal address (with a postcode
when one is written in front of it); a BIRTH_DATE span is the date as written (民國 included).
About a quarter of the samples are hard negatives holding only public or non-personal
look-alikes. All values are synthetic; checksummed ones are valid.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

NEGATIVE_SHARE = 0.25
FULLWIDTH_SHARE = 0.125
KNOWN_SHARE = 0.5

_FW = str.maketrans(
    {
        c: chr(ord(c) + 0xFEE0)
        for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    }
    | {"-": "－", "@": "＠", ".": "．", "(": "（", ")": "）", "+": "＋", "#": "＃", "/": "／"}
)
_FW_DIGITS = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "0123456789"})
_CN_DIGITS = "零一二三四五六七八九"


def _w(words: str) -> list[str]:
    """A list from a space-separated literal."""
    return words.split()


def _pairs(text: str) -> list[tuple[str, str]]:
    """Pairs of spellings from an ``a=b|a=b`` literal."""
    return [(a, b) for a, b in (item.split("=") for item in text.split("|"))]


# ---------------------------------------------------------------------------------------------
# Name material (own lists)
# ---------------------------------------------------------------------------------------------

_COMMON_SURNAMES = (
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余盧梁"
)
_OTHER_SURNAMES = (
    "趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董溫唐藍石蔣古紀姚連馮歐程湯田康姜白汪鄒尤巫"
    "鐘黎涂龔嚴韓袁金童陸夏柳凃邵錢伍倪于譚駱熊任甘秦顧毛章史官萬俞雷粘饒闕凌崔尹孔辛武辜"
    "陶易段龍韋葛池孟褚殷麥賀賈莫文管關向包丘梅利華裴樊房全佘左花牛符閻查鄞練雲喬岳封宮穆"
    "蒲仲郝季鄔時冉晏鮑瞿苗商車屈祝靳盛項談欒滕魯"
)
_SURNAMES_COMMON = list(dict.fromkeys(_COMMON_SURNAMES))
_SURNAMES_OTHER = [s for s in dict.fromkeys(_OTHER_SURNAMES) if s not in _SURNAMES_COMMON]
_COMPOUND_SURNAMES = _w(
    "歐陽 張簡 司徒 諸葛 上官 范姜 夏侯 司馬 皇甫 東方 公孫 端木 令狐 長孫 慕容 張廖 周黃"
)

_GIVEN_F = (
    "美玉 淑芬 淑惠 美惠 麗華 秀英 秀琴 玉蘭 月娥 素珍 麗珠 春美 寶珠 碧霞 秀鳳 美珠 淑貞 麗娟 "
    "雅婷 怡君 雅雯 欣怡 佳穎 詩涵 宜蓁 思妤 品妍 子晴 語彤 芷晴 筱涵 佩珊 惠雯 靜宜 婉婷 曉雯 "
    "家瑜 郁婷 雅芳 佳蓉 佩君 文婷 慧君 玉婷 宛儒 欣妤 亭妤 禹彤 苡安 沛芸 瑋婷 依蓉 采潔 湘婷 "
    "雨萱 羽彤 芯瑜 予晴 以柔 又甄 心妍 芊妤 秀蘭 麗雪 惠美 美雲 碧雲 美華 玉梅 金蓮 素娥 瓊瑤 "
    "淑娟 麗卿 美鈴 秋菊 桂英 素貞 玉琴 惠珍 麗玲 雅惠 淑玲 宜芳 佩玲 怡伶 珮瑜 筱婷 詩婷 雅琪 "
    "思穎 芳瑜 婕妤 韻如 家綺 品萱 語婕 安琪 紫涵 宥蓁 昕妤 珈綺 芸萱 恩綺 瑀彤 書瑜 姵君 旻蓁"
)
_GIVEN_M = (
    "志明 家豪 建宏 俊傑 冠宇 宗翰 承恩 柏翰 宇軒 品睿 子翔 威廷 彥廷 冠廷 哲瑋 信宏 文雄 金龍 "
    "國華 正雄 明德 進財 清輝 榮輝 俊雄 志偉 家銘 政宏 建志 世昌 振興 火旺 來福 天賜 耀宗 永福 "
    "永昌 啟明 明哲 育誠 柏宇 睿恩 宥辰 晨睿 昊恩 俊宏 志豪 建良 文彬 國輝 振宇 重光 萬得 坤山 "
    "阿水 順發 金木 文進 德昌 昆霖 彥均 宏達 冠霖 承翰 博文 聖傑 亮宇 立恆 浩然 家瑋 崇文 育賢 "
    "泓毅 宸佑 峻豪 翊安 秉宸 子軒 品叡 士傑 明輝 志成 建華 永和 春生 添財 清泉 水木 旺來 勝雄 "
    "耀東 嘉宏 孟儒 韋翔 宣佑 奕辰 亦凡 承祐 景弘 致遠 瀚文 紹華 智凱 鴻銘 煌仁 銘峰 東昇 宗憲"
)
_GIVEN_OLD_F = _w("罔市 罔腰 招弟 來好 秀鑾 綢 甚 滿 查某 玉葉 金枝 阿嬌 阿雪 月裡 對 錦")
_GIVEN_SINGLE_F = list("琳瑜萍婷雯芳華安寧蓉昀彤瑄綺琪蘭")
_GIVEN_SINGLE_M = list("偉傑誠翔豪強明華安恩睿凱豐榮勳鈞彬毅")

_GIVEN_FIRST_F = list("宥品家思宜子語佳雅怡欣詩")
_GIVEN_FIRST_M = list("承宥品柏冠家彥俊建志宗明文子")
_GIVEN_SECOND_F = list("婷涵萱妤彤蓁瑄穎君如琪瑜芸蓉晴潔")
_GIVEN_SECOND_M = list("翰宇恩睿廷軒辰豪傑宏誠哲安佑霖凱")

_INDIG_GIVEN = _pairs(
    "瓦旦=Watan|尤幹=Yukan|比令=Piling|巴奈=Panay|伊萬=Iwan|拉娃=Lawa|馬躍=Mayaw|"
    "吉娃斯=Ciwas|撒韻=Sayun|達利=Tali|優明=Yuming|阿布=Apu|哈勇=Hayung|瓦歷斯=Walis|"
    "畢瑪=Pima|拉互伊=Lahuy|蘇米=Sumi|卡造=Kacaw|巴萬=Pawan|古伊=Kui|莎妮=Sani|烏嫚=Uman|"
    "法拉=Falah|阿洛=Alo|伊拜=Ipay"
)
_INDIG_FAMILY = _pairs(
    "諾幹=Nokan|伊斯坦大=Istanda|巴高揚=Pakawyan|達給魯頓=Takiludun|馬紹=Masaw|拉號=Lahaw|"
    "撒沙勒=Sasala|吉拉=Kila|卡照=Kacaw|勒巴克=Lepak|拿莫=Namoh|亞布=Yapu|烏瑪芙=Umav|"
    "達卡諾=Dakanow|瓦濤=Watow|尤命=Yumin|帖木=Temu"
)

_VN_FAMILY = _pairs(
    "Nguyen=阮|Tran=陳|Le=黎|Pham=范|Hoang=黃|Huynh=黃|Phan=潘|Vu=武|Vo=武|Dang=鄧|Bui=裴|"
    "Do=杜|Ho=胡|Ngo=吳|Duong=楊|Ly=李"
)
_VN_MIDDLE = _pairs("Ngoc=玉|Thanh=清|Minh=明|Kim=金|Hong=紅")
_VN_GIVEN_F = _pairs(
    "Hoa=花|Lan=蘭|Mai=梅|Huong=香|Trang=妝|Thu=秋|Hanh=幸|Linh=玲|Nga=娥|Thao=草|Yen=燕|"
    "Nhung=絨|Phuong=芳|Dung=蓉|Tuyet=雪|Diem=艷"
)
_VN_GIVEN_M = _pairs(
    "Tuan=俊|Hung=雄|Nam=南|Long=龍|Hai=海|Son=山|Quang=光|Dung=勇|Phuc=福|Thang=勝"
)
_ID_FIRST = _pairs(
    "Sri=詩麗|Siti=西蒂|Dewi=黛薇|Nur=努兒|Ayu=阿尤|Rina=莉娜|Eka=艾卡|Wulan=烏蘭|"
    "Putri=普特麗|Indah=英妲|Yuli=尤莉|Dian=迪安|Ratna=拉娜|Fitri=菲特莉|Agus=阿古斯|"
    "Budi=布迪|Joko=佐科|Rudi=魯迪|Hendra=亨德拉"
)
_ID_SECOND = _pairs(
    "Wahyuni=瓦尤妮|Aminah=阿米娜|Susanti=蘇珊蒂|Aisyah=艾莎|Lestari=蕾斯塔莉|"
    "Handayani=韓達亞妮|Rahayu=拉哈尤|Wulandari=烏蘭達莉|Setiawan=塞蒂亞萬|Santoso=桑托索|"
    "Pratama=普拉塔馬|Saputra=薩普特拉|Kurniawati=庫妮亞瓦蒂|Hidayat=希達亞|"
    "Maryati=瑪莉亞蒂|Suryani=蘇莉亞妮"
)
_ID_MONONYM = _pairs(
    "Sumiyati=蘇米亞蒂|Suparmi=蘇帕米|Rusmini=魯斯米妮|Sulastri=蘇拉絲蒂|Karsini=卡西妮|"
    "Warsini=瓦西妮|Suparman=蘇帕曼|Sugiarto=蘇吉亞托"
)
# Given names used for men only (the others are women's or either); matched on the Latin or
# Han spelling, whichever the pair list holds first.
_MALE_GIVEN = set(
    _w(
        "Agus Budi Joko Rudi Hendra Suparman Sugiarto Jose Rodel Arnel Rommel Joel Somchai "
        "Somsak Prasert Kittisak Wichai 瓦旦 尤幹 比令 馬躍 達利 優明 哈勇 瓦歷斯 卡造 巴萬"
    )
)
_FEMALE_GIVEN = set(
    _w(
        "Sri Siti Dewi Nur Ayu Rina Eka Wulan Putri Indah Yuli Dian Ratna Fitri Sumiyati Suparmi "
        "Rusmini Sulastri Karsini Warsini Maria Jocelyn Rowena Marites Jennifer Analyn Rosalie "
        "Lorna Girlie Cristina Nattaya Siriporn Wanida Kanya Suda Malee Anong Supaporn Pornthip "
        "Jintana 巴奈 拉娃 吉娃斯 撒韻 蘇米 莎妮 烏嫚 畢瑪"
    )
) | {"Mary Ann"}


def _gendered(pairs: list[tuple[str, str]], female: bool) -> list[tuple[str, str]]:
    """The given names of a pair list that fit the sex (names used for both always fit)."""
    avoid = _MALE_GIVEN if female else _FEMALE_GIVEN
    return [p for p in pairs if p[0] not in avoid]


_PH_GIVEN = _pairs(
    "Maria=瑪麗亞|Mary Ann=瑪莉安|Jocelyn=喬瑟琳|Rowena=蘿維娜|Marites=瑪麗特斯|"
    "Jennifer=珍妮佛|Analyn=安娜琳|Rosalie=蘿莎莉|Lorna=洛娜|Girlie=葛莉|Jose=荷西|"
    "Rodel=羅德|Arnel=阿內爾|Rommel=隆梅爾|Joel=喬爾|Cristina=克莉絲汀娜"
)
_PH_FAMILY = _pairs(
    "Dela Cruz=德拉克魯茲|Santos=桑托斯|Reyes=雷耶斯|Garcia=加西亞|Mendoza=門多薩|"
    "Bautista=包蒂斯塔|Villanueva=維拉紐瓦|Ramos=拉莫斯|Castillo=卡斯蒂略|Flores=佛洛雷斯|"
    "Navarro=納瓦羅|Pascual=帕斯夸爾|Soriano=索里亞諾|Manalo=馬納洛|Cabrera=卡布雷拉"
)
_TH_GIVEN = _pairs(
    "Somchai=宋猜|Somsak=頌薩|Nattaya=娜塔雅|Siriporn=詩麗蓬|Wanida=萬妮達|Kanya=甘雅|"
    "Prasert=巴實|Suda=蘇達|Malee=瑪莉|Anong=阿儂|Supaporn=蘇帕蓬|Kittisak=吉帝薩|"
    "Pornthip=蓬蒂|Wichai=威猜|Jintana=金塔娜"
)
_TH_FAMILY = _pairs(
    "Srisuk=詩素|Wongsawat=旺薩瓦|Boonmee=汶美|Saetang=謝騰|Kaewkla=蓋卡|Thongdee=通迪|"
    "Phromma=普瑪|Rattanakorn=拉達納功|Chaiyasit=猜亞實|Sukjai=速宅|Intharat=英塔拉|"
    "Panyasri=班亞詩"
)

_NATION = {"vn": "越南", "id": "印尼", "ph": "菲律賓", "th": "泰國"}

# ---------------------------------------------------------------------------------------------
# Place and organisation material
# ---------------------------------------------------------------------------------------------

# (city, districts, roads; a trailing * marks roads with 段)
_CITIES = [
    (
        "臺北市",
        "中正區 大同區 中山區 松山區 大安區 萬華區 信義區 士林區 北投區 內湖區 南港區 文山區",
        "忠孝東路* 信義路* 和平東路* 羅斯福路* 復興南路* 民生東路* 南京東路* 中山北路* 承德路* "
        "基隆路* 木柵路* 內湖路* 石牌路* 興隆路* 西園路* 八德路*",
    ),
    (
        "新北市",
        "板橋區 三重區 中和區 永和區 新莊區 新店區 土城區 蘆洲區 汐止區 樹林區 淡水區 "
        "三峽區 鶯歌區 五股區 泰山區 林口區 瑞芳區 烏來區",
        "文化路* 中山路* 民生路* 中正路 重新路* 中和路 永和路* 中華路* 思源路 北新路* 金城路* "
        "長榮路 新興街 中正東路*",
    ),
    (
        "桃園市",
        "桃園區 中壢區 平鎮區 八德區 楊梅區 蘆竹區 龜山區 龍潭區 大溪區 大園區 觀音區 "
        "新屋區 復興區",
        "中正路 中山路 復興路 環中東路 延平路 中華路* 民族路* 大興西路* 介壽路 健行路 龍岡路*",
    ),
    (
        "臺中市",
        "中區 東區 南區 西區 北區 西屯區 南屯區 北屯區 豐原區 大里區 太平區 清水區 "
        "沙鹿區 霧峰區 烏日區 大甲區 和平區",
        "臺灣大道* 文心路* 崇德路* 五權路 中清路* 三民路* 大雅路 西屯路* 向上路* 黎明路* 中山路",
    ),
    (
        "臺南市",
        "中西區 東區 南區 北區 安平區 安南區 永康區 歸仁區 新營區 麻豆區 佳里區 善化區 "
        "新化區 玉井區",
        "東門路* 中華東路* 民族路* 府前路* 健康路* 永華路* 成功路 中正路 開元路 北門路*",
    ),
    (
        "高雄市",
        "新興區 前金區 苓雅區 鹽埕區 鼓山區 旗津區 前鎮區 三民區 左營區 楠梓區 小港區 "
        "鳳山區 岡山區 旗山區 美濃區 茂林區 桃源區 那瑪夏區",
        "中正四路 四維三路 民族一路 九如二路 建國三路 自由一路 博愛二路 五福三路 青年一路 "
        "中華五路 光華二路 大順三路 光遠路 中山東路",
    ),
    (
        "基隆市",
        "仁愛區 信義區 中正區 中山區 安樂區 暖暖區 七堵區",
        "愛一路 孝二路 仁一路 信二路 中正路 基金一路 安樂路*",
    ),
    ("新竹市", "東區 北區 香山區", "光復路* 東大路* 中華路* 經國路* 民族路 食品路"),
    (
        "新竹縣",
        "竹北市 竹東鎮 新埔鎮 關西鎮 湖口鄉 新豐鄉 芎林鄉 寶山鄉 北埔鄉 尖石鄉 五峰鄉",
        "光明六路 縣政九路 中正路 中山路 長安路",
    ),
    (
        "苗栗縣",
        "苗栗市 頭份市 竹南鎮 後龍鎮 通霄鎮 苑裡鎮 卓蘭鎮 公館鄉 銅鑼鄉 三義鄉 南庄鄉 泰安鄉",
        "中正路 為公路 中山路 自強路",
    ),
    (
        "彰化縣",
        "彰化市 員林市 和美鎮 鹿港鎮 溪湖鎮 二林鎮 北斗鎮 田中鎮 芬園鄉 花壇鄉 社頭鄉 芳苑鄉",
        "中山路* 中正路* 民族路 光復路 彰南路* 員林大道*",
    ),
    (
        "南投縣",
        "南投市 埔里鎮 草屯鎮 竹山鎮 集集鎮 名間鄉 鹿谷鄉 魚池鄉 國姓鄉 水里鄉 信義鄉 仁愛鄉",
        "中興路 民族路 中正路 中山路*",
    ),
    (
        "雲林縣",
        "斗六市 斗南鎮 虎尾鎮 西螺鎮 土庫鎮 北港鎮 麥寮鄉 崙背鄉 台西鄉 口湖鄉",
        "大學路* 雲林路* 中山路 民生路 文化路",
    ),
    ("嘉義市", "東區 西區", "中山路 垂楊路 民族路 友愛路 吳鳳北路"),
    (
        "嘉義縣",
        "太保市 朴子市 布袋鎮 大林鎮 民雄鄉 溪口鄉 新港鄉 水上鄉 中埔鄉 竹崎鄉 梅山鄉 番路鄉 "
        "阿里山鄉",
        "祥和一路 中山路 中正路 民族路",
    ),
    (
        "屏東縣",
        "屏東市 潮州鎮 東港鎮 恆春鎮 萬丹鄉 長治鄉 內埔鄉 枋寮鄉 車城鄉 三地門鄉 霧臺鄉 "
        "瑪家鄉 來義鄉 牡丹鄉",
        "自由路 中正路 民生路 廣東路 中山路",
    ),
    (
        "宜蘭縣",
        "宜蘭市 羅東鎮 蘇澳鎮 頭城鎮 礁溪鄉 壯圍鄉 員山鄉 冬山鄉 五結鄉 三星鄉 大同鄉 南澳鄉",
        "中山路* 民權路 復興路* 神農路* 公正路",
    ),
    (
        "花蓮縣",
        "花蓮市 鳳林鎮 玉里鎮 新城鄉 吉安鄉 壽豐鄉 光復鄉 豐濱鄉 瑞穗鄉 富里鄉 秀林鄉 "
        "萬榮鄉 卓溪鄉",
        "中正路 中山路 中華路 建國路* 明義街",
    ),
    (
        "臺東縣",
        "臺東市 成功鎮 關山鎮 卑南鄉 鹿野鄉 池上鄉 東河鄉 長濱鄉 太麻里鄉 大武鄉 綠島鄉 "
        "海端鄉 延平鄉 金峰鄉 達仁鄉 蘭嶼鄉",
        "中華路* 更生路 中興路* 傳廣路",
    ),
    ("澎湖縣", "馬公市 湖西鄉 白沙鄉 西嶼鄉 望安鄉 七美鄉", "中正路 三民路 民族路 光復路"),
    ("金門縣", "金城鎮 金湖鎮 金沙鎮 金寧鄉 烈嶼鄉", "民生路 中興路 環島北路*"),
]
_POSTCODES = {
    "臺北市": (100, 116),
    "新北市": (207, 253),
    "桃園市": (320, 338),
    "臺中市": (400, 439),
    "臺南市": (700, 745),
    "高雄市": (800, 852),
    "基隆市": (200, 206),
    "新竹市": (300, 300),
    "新竹縣": (302, 315),
    "苗栗縣": (350, 369),
    "彰化縣": (500, 530),
    "南投縣": (540, 558),
    "雲林縣": (630, 655),
    "嘉義市": (600, 600),
    "嘉義縣": (602, 625),
    "屏東縣": (900, 947),
    "宜蘭縣": (260, 272),
    "花蓮縣": (970, 983),
    "臺東縣": (950, 966),
    "澎湖縣": (880, 885),
    "金門縣": (890, 896),
}
_CITY_TABLE = [(c, _w(d), _w(r)) for c, d, r in _CITIES]
_STREETS = _w("和平街 成功街 自強街 光明街 民權街 忠孝街 仁愛街 新生街 復興街 中興街 公園路 建國路")
_VILLAGES = _w("中正 民生 忠孝 仁愛 和平 復興 光明 福德 新興 大安 興仁 長安 龍興 永安 東勢 南興")

_SCHOOL_PLACES = _w(
    "中山 民生 仁愛 大同 新興 福德 光復 建國 永和 忠孝 東園 西門 南門 明德 育英 崇德 信義 "
    "和平 文昌 東光"
)
_HOSPITALS = _w(
    "衛生福利部桃園醫院 衛生福利部臺南醫院 臺北市立聯合醫院仁愛院區 馬偕紀念醫院 "
    "林口長庚紀念醫院 中山醫學大學附設醫院 奇美醫院 彰化基督教醫院 花蓮慈濟醫院 "
    "高雄榮民總醫院 臺大醫院急診 國泰綜合醫院 亞東紀念醫院 光田綜合醫院"
)
_SHOPS = _w(
    "陳記滷味 黃家牛肉麵 王記水餃 林園自助餐 佳味便當 鑫福便當店 田園小館 好運來快餐 "
    "福記燒臘 大吉海產 和風壽司 金龍鵝肉 小林早餐店 吳家肉圓 張家涼麵 阿里山便當 "
    "許記魯肉飯 美而美早餐 周氏蝦捲 高家油飯"
)
_COMPANIES = _w(
    "宏泰資融股份有限公司 全成電信股份有限公司 大展租賃股份有限公司 和信國際物流有限公司 "
    "永豐順企業社 新光明保全股份有限公司 長興通訊行 佳美家具有限公司 林業機械股份有限公司 "
    "金鼎建設股份有限公司 高昇資訊股份有限公司 萬通汽車股份有限公司 立群餐飲有限公司 "
    "東方寢具行 福泰食品股份有限公司"
)
_SHELTERS = _w("平安居 遊民收容中心 中途之家 街友關懷中心 遊民輔導中心 夜宿安置所")
_COURTS = [
    ("臺北", "北"),
    ("士林", "士"),
    ("新北", "板"),
    ("桃園", "桃"),
    ("新竹", "竹"),
    ("臺中", "中"),
    ("彰化", "彰"),
    ("臺南", "南"),
    ("高雄", "雄"),
    ("屏東", "屏"),
    ("花蓮", "花"),
    ("臺東", "東"),
    ("宜蘭", "宜"),
    ("基隆", "基"),
    ("南投", "投"),
]
_DOC_PREFIXES = _w(
    "府授財 府授工 府授社 北市稽法 新北稅 中市稅 南市衛食 高市衛食 桃教國 北市教中 府戶登 "
    "北市民 竹縣稅 彰縣衛 府社救"
)
_MON = _w("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC")
_MAIL_WORDS = _w(
    "chen lin huang chang lee wang wu liu tsai yang hsu cheng hsieh kuo hung tseng chiu "
    "liao lai chou mei ling yu ting wei hao jie hsuan yi chun hua ming chih kai an nguyen "
    "tran hoa siti dewi maria somchai amy kevin jenny vicky tony peggy eric judy annie "
    "ivy cindy jason"
)
_MAIL_DOMAINS = _w(
    "gmail.com gmail.com gmail.com yahoo.com.tw hotmail.com outlook.com msa.hinet.net "
    "icloud.com pchome.com.tw livemail.tw seed.net.tw kimo.com"
)


# ---------------------------------------------------------------------------------------------
# Text assembly
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _V:
    """A gold value inside a text."""

    text: str
    label: str
    known: bool = False


@dataclass
class _Person:
    han: str
    latin: str | None
    female: bool
    kind: str


def F(tpl: str, *vals: object) -> list[object]:
    """Interleave ``{}`` placeholders of ``tpl`` with values (strings or gold values)."""
    parts = tpl.split("{}")
    if len(parts) != len(vals) + 1:
        raise ValueError("placeholder count mismatch")
    out: list[object] = [parts[0]]
    for v, p in zip(vals, parts[1:], strict=True):
        out += [v, p]
    return out


def L(*lines: object) -> list[object]:
    """Join lines (None lines are dropped) with newlines."""
    out: list[object] = []
    for ln in lines:
        if ln is None:
            continue
        if out:
            out.append("\n")
        out.append(ln)
    return out


def _flatten(pieces: object, out: list[object]) -> None:
    if pieces is None:
        return
    if isinstance(pieces, list | tuple):
        for p in pieces:
            _flatten(p, out)
    else:
        out.append(pieces)


def _assemble(pieces: object) -> tuple[str, list[tuple[int, int, str]], list[bool]]:
    flat: list[object] = []
    _flatten(pieces, flat)
    text: list[str] = []
    spans: list[tuple[int, int, str]] = []
    known: list[bool] = []
    pos = 0
    for p in flat:
        if isinstance(p, _V):
            spans.append((pos, pos + len(p.text), p.label))
            if p.label == "PERSON":
                known.append(p.known)
            s = p.text
        else:
            s = str(p)
        text.append(s)
        pos += len(s)
    return "".join(text), spans, known


# Self-check used to reject a draft text whose non-gold part holds a personal identifier.
_ID_CAND = re.compile(r"(?=([A-Z][\s-]?[A-Z0-9][\s-]?(?:\d[\s-]?){7}\d))")
_DIGIT_RUN = re.compile(r"\d(?:[ -]?\d)+")
_EMAILISH = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+")
_MOBILE_RUN = re.compile(r"[+\d][\d\s().-]{8,}\d")


def _leaks(text: str, spans: list[tuple[int, int, str]], negative: bool) -> bool:
    chars = list(text)
    for s, e, _ in spans:
        chars[s:e] = ["■"] * (e - s)
    masked = unicodedata.normalize("NFKC", "".join(chars)).upper()
    for m in _ID_CAND.finditer(masked):
        if twid.is_valid(m.group(1)) or arc.is_valid(m.group(1)):
            return True
    for m in _DIGIT_RUN.finditer(masked):
        digits = re.sub(r"\D", "", m.group())
        for size in range(13, 20):
            for i in range(len(digits) - size + 1):
                if creditcard.is_valid(digits[i : i + size]):
                    return True
    if "@" in masked or _EMAILISH.search(masked):
        return True
    if negative:
        for m in _MOBILE_RUN.finditer(masked):
            digits = re.sub(r"\D", "", m.group())
            if phone.is_valid(m.group()) or any(
                phone.is_mobile(digits[i : i + 10]) for i in range(len(digits) - 9)
            ):
                return True
    return False


# ---------------------------------------------------------------------------------------------
# Value generators
# ---------------------------------------------------------------------------------------------

_LANDLINE_AREAS = [
    ("02", 8, "2345678", 6),
    ("03", 7, "34569", 3),
    ("03", 7, "8", 1),
    ("037", 6, "2346", 1),
    ("04", 8, "2", 4),
    ("04", 7, "78", 1),
    ("049", 7, "2", 1),
    ("05", 7, "2356", 2),
    ("06", 7, "2356", 3),
    ("07", 7, "235678", 4),
    ("08", 7, "78", 1),
    ("089", 6, "3", 1),
    ("082", 6, "3", 1),
    ("0836", 5, "2", 1),
    ("06", 7, "9", 1),
]


def _cn_number(n: int) -> str:
    """Chinese numeral for 1..199 (as in 民國七十八年三月五日)."""
    if n >= 100:
        rest = n - 100
        if rest == 0:
            return "一百"
        if rest < 10:
            return "一百零" + _CN_DIGITS[rest]
        return "一百" + ("一" if rest < 20 else "") + _cn_number(rest)
    if n < 10:
        return _CN_DIGITS[n]
    tens, units = divmod(n, 10)
    head = "十" if tens == 1 else _CN_DIGITS[tens] + "十"
    return head + (_CN_DIGITS[units] if units else "")


class _Gen:
    """Random material for one generated set (one ``random.Random`` for everything)."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self.r = rng
        self.known_set: set[str] = set()
        self.known_list: list[str] = []
        self.known_people: dict[tuple[str, bool], list[_Person]] = {}
        self.used: set[str] = set()  # people already in the current sample
        self._build_known(n)

    # -- basics ------------------------------------------------------------------------------
    def c(self, seq):
        return self.r.choice(seq)

    def p(self, prob: float) -> bool:
        return self.r.random() < prob

    def digits(self, k: int) -> str:
        return "".join(self.c("0123456789") for _ in range(k))

    def fw(self, s: str, share: float = FULLWIDTH_SHARE) -> str:
        return s.translate(_FW) if self.p(share) else s

    def sep(self) -> str:
        return self.c(["：", "：", "：", ":", "　", "： "])

    # -- names -------------------------------------------------------------------------------
    def _han_name(self, female: bool) -> str:
        r = self.r
        x = r.random()
        if x < 0.05:
            sur = self.c(_COMPOUND_SURNAMES)
        elif x < 0.70:
            sur = self.c(_SURNAMES_COMMON)
        else:
            sur = self.c(_SURNAMES_OTHER)
        y = r.random()
        if y < 0.08:
            given = self.c(_GIVEN_SINGLE_F if female else _GIVEN_SINGLE_M)
        elif female and y < 0.16:
            given = self.c(_GIVEN_OLD_F)
        elif y < 0.45:
            if female:
                given = self.c(_GIVEN_FIRST_F) + self.c(_GIVEN_SECOND_F)
            else:
                given = self.c(_GIVEN_FIRST_M) + self.c(_GIVEN_SECOND_M)
        else:
            given = self.c((_GIVEN_F if female else _GIVEN_M).split())
        if female and len(sur) == 1 and self.p(0.08):  # 冠夫姓
            husband = self.c(_SURNAMES_COMMON)
            if husband != sur:
                return husband + sur + given
        return sur + given

    def _new_person(self, kind: str, female: bool) -> _Person:
        c = self.c
        if kind == "tw":
            return _Person(self._han_name(female), None, female, kind)
        if kind == "indig":
            (gh, gl), (fh, fl) = c(_gendered(_INDIG_GIVEN, female)), c(_INDIG_FAMILY)
            dot = c(["‧", "‧", "‧", "·", "·", "．"])
            return _Person(gh + dot + fh, gl + " " + fl, female, kind)
        if kind == "vn":
            fam = c(_VN_FAMILY)
            mid = ("Thi", "氏") if female else ("Van", "文")
            parts = [fam, mid]
            if self.p(0.3):
                parts.append(c(_VN_MIDDLE))
            parts.append(c(_VN_GIVEN_F if female else _VN_GIVEN_M))
            latin = " ".join(p[0] for p in parts)
            han = "".join(p[1] for p in parts)
        elif kind == "id":
            if self.p(0.25):
                latin, han = c(_gendered(_ID_MONONYM, female))
            else:
                a, b = c(_gendered(_ID_FIRST, female)), c(_ID_SECOND)
                latin = a[0] + " " + b[0]
                han = a[1] + c(["‧", "", "·"]) + b[1]
        elif kind == "ph":
            a, b = c(_gendered(_PH_GIVEN, female)), c(_PH_FAMILY)
            mid = (" " + c("ABCDLMRS") + ".") if self.p(0.3) else ""
            latin = a[0] + mid + " " + b[0]
            han = a[1] + "‧" + b[1]
        else:  # th
            a, b = c(_gendered(_TH_GIVEN, female)), c(_TH_FAMILY)
            latin = a[0] + " " + b[0]
            han = a[1] + c(["‧", "·"]) + b[1]
        if self.p(0.5):
            latin = latin.upper()
        return _Person(han, latin, female, kind)

    def _build_known(self, n: int) -> None:
        kinds = [("tw", 74), ("indig", 6), ("vn", 8), ("id", 5), ("ph", 4), ("th", 3)]
        pool = [k for k, w in kinds for _ in range(w)]
        size = max(24, n // 2)
        while len(self.known_list) < size:
            kind = self.c(pool)
            female = True if kind in ("vn", "id", "ph", "th") and self.p(0.85) else self.p(0.5)
            person = self._new_person(kind, female)
            forms = [person.han] if person.latin is None else []
            if person.latin is not None:
                x = self.r.random()
                forms = (
                    [person.han]
                    if x < 0.35
                    else [person.latin]
                    if x < 0.7
                    else [
                        person.han,
                        person.latin,
                    ]
                )
            if any(f in self.known_set for f in forms):
                continue
            for f in forms:
                self.known_set.add(f)
                self.known_list.append(f)
            self.known_people.setdefault((kind, female), []).append(person)

    def person(self, kind: str = "tw", female: bool | None = None) -> _Person:
        if kind == "twx":  # a Taiwanese citizen, sometimes Indigenous
            kind = "indig" if self.p(0.12) else "tw"
        if female is None:
            female = self.p(0.5)
        pool = self.known_people.get((kind, female), [])
        if pool and self.p(KNOWN_SHARE):
            for _ in range(20):
                person = self.c(pool)
                if person.han not in self.used:
                    self.used.add(person.han)
                    return person
        while True:
            person = self._new_person(kind, female)
            if person.han in self.used:
                continue
            if person.han not in self.known_set and person.latin not in self.known_set:
                self.used.add(person.han)
                return person

    def m(self, person: _Person, form: str | None = None) -> _V:
        """A mention of a person (one PERSON span)."""
        if form is None:
            only_han = person.han in self.known_set and person.latin not in self.known_set
            if person.latin is None or only_han:
                form = "han"
            elif person.latin in self.known_set and person.han not in self.known_set:
                form = "latin"
            else:
                form = "han" if self.p(0.6) else "latin"
        text = person.latin if form == "latin" and person.latin else person.han
        return _V(text, "PERSON", text in self.known_set)

    # -- identifiers -------------------------------------------------------------------------
    def nid(self, female: bool | None = None) -> _V:
        letter = self.c(sorted(LETTER_CODES))
        sex = ("2" if female else "1") if female is not None else self.c("12")
        body = sex + self.digits(7)
        return _V(self.fw(letter + body + id_check_digit(letter, body)), "TW_NATIONAL_ID")

    def arc(self, female: bool | None = None) -> _V:
        letter = self.c(sorted(LETTER_CODES))
        if female is None:
            female = self.p(0.5)
        if self.p(0.65):
            second = "9" if female else "8"
            body = second + self.digits(7)
            value = letter + body + id_check_digit(letter, body)
        else:
            second = self.c("BD" if female else "AC")
            tail = self.digits(7)
            check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
            value = letter + second + tail + check
        if not arc.is_valid(value):
            raise AssertionError("resident certificate generator bug")
        return _V(self.fw(value), "TW_RESIDENT_CERT")

    def _mobile_compact(self) -> str:
        for _ in range(100):
            num = "09" + self.c("12345678") + self.digits(7)
            if phone.is_valid(num):
                return num
        return "0912" + self.digits(6)

    def _landline(self) -> tuple[str, str]:
        areas = [a for a in _LANDLINE_AREAS for _ in range(a[3])]
        area, size, first, _ = self.c(areas)
        local = ""
        for _ in range(60):
            local = self.c(first) + self.digits(size - 1)
            if phone.is_valid(area + local):
                break
        return area, local

    def phone(self, kind: str = "any", ext: bool | None = None) -> _V:
        if kind == "any":
            kind = "mobile" if self.p(0.6) else "land"
        c = self.c
        if kind == "mobile":
            m = self._mobile_compact()
            a, b, d = m[:4], m[4:7], m[7:]
            text = c(
                [
                    f"{a}-{b}-{d}",
                    f"{a}-{b}-{d}",
                    m,
                    m,
                    f"{a} {b} {d}",
                    f"{a}-{b}{d}",
                    f"+886-{a[1:]}-{b}-{d}",
                    f"+886 {a[1:]} {b} {d}",
                    f"+886{m[1:]}",
                    f"({a}){b}-{d}",
                    f"{a}.{b}.{d}",
                    f"886-{m[1:]}",
                    f"+886-{m[1:]}",
                ]
            )
        else:
            area, local = self._landline()
            if len(local) == 8:
                loc = c([f"{local[:4]}-{local[4:]}", local, f"{local[:4]} {local[4:]}"])
            elif len(local) == 7:
                loc = c([f"{local[:3]}-{local[3:]}", local, local])
            else:
                loc = c([local, f"{local[:3]}-{local[3:]}"]) if len(local) == 6 else local
            text = c(
                [
                    f"{area}-{loc}",
                    f"{area}-{loc}",
                    f"({area}){loc}",
                    f"({area}) {loc}",
                    area + local,
                    f"+886-{area[1:]}-{loc}",
                    f"{area} {loc}",
                    f"（{area}）{loc}",
                ]
            )
            if ext or (ext is None and self.p(0.22)):
                n = str(self.r.randint(1, 9999)) if self.p(0.8) else str(self.r.randint(10, 99))
                text += c([f"分機{n}", f" 分機{n}", f"#{n}", f" 轉{n}", f" ext. {n}", f"轉{n}"])
        text = self.fw(text)
        if not phone.is_plausible(text):
            raise AssertionError("phone generator bug")
        return _V(text, "PHONE")

    def email(self, person: _Person | None = None) -> _V:
        c, r = self.c, self.r
        a, b = c(_MAIL_WORDS), c(_MAIL_WORDS)
        if person is not None and person.latin and self.p(0.5):
            a = re.sub(r"[^a-z]", "", person.latin.split()[0].lower()) or a
        local = c(
            [
                a + b,
                f"{a}.{b}",
                f"{a}{r.randint(1, 9999)}",
                f"{a}_{b}{r.randint(60, 99)}",
                f"{a}{b}{r.randint(1960, 2012)}",
                f"{a[0]}{b}{r.randint(10, 999)}",
                f"{a}-{b}",
            ]
        )
        dom = c(_MAIL_DOMAINS)
        if self.p(0.06):
            dom = f"ms{r.randint(1, 79)}.hinet.net"
        text = local + "@" + dom
        if self.p(0.15):
            text = text[0].upper() + text[1:]
        return _V(self.fw(text, FULLWIDTH_SHARE / 2), "EMAIL")

    def address(self) -> _V:
        c, r = self.c, self.r
        city, districts, roads = c(_CITY_TABLE)
        district = c(districts)
        parts: list[str] = []
        if self.p(0.2):
            lo, hi = _POSTCODES[city]
            parts.append(str(r.randint(lo, hi)) + (self.digits(2) if self.p(0.3) else ""))
            if self.p(0.3):
                parts.append(" ")
        if self.p(0.92):
            parts.append(city.replace("臺", "台") if self.p(0.3) else city)
        parts.append(district)
        rural = district.endswith("鄉") and self.p(0.45)
        if rural:
            parts.append(c(_VILLAGES) + "村" + f"{r.randint(1, 25)}鄰")
            if self.p(0.5):
                parts.append(c(_STREETS))
        else:
            if self.p(0.18):
                unit = "村" if district.endswith("鄉") else "里"
                parts.append(c(_VILLAGES) + unit + f"{r.randint(1, 30)}鄰")
            road = c(roads + _STREETS[:4])
            if road.endswith("*"):
                road = road[:-1] + (c("一二三四五") + "段" if self.p(0.8) else "")
            parts.append(road)
            if self.p(0.35):
                parts.append(f"{r.randint(1, 350)}巷")
                if self.p(0.3):
                    parts.append(f"{r.randint(1, 40)}弄")
        num = str(r.randint(1, 420))
        x = r.random()
        if x < 0.12:
            num += f"之{r.randint(1, 9)}號"
        elif x < 0.17:
            num += f"-{r.randint(1, 9)}號"
        else:
            num += "號"
        parts.append(num)
        if not rural and self.p(0.5):
            f = r.randint(2, 16)
            parts.append(
                c(
                    [
                        f"{f}樓",
                        f"{f}樓",
                        (_cn_number(f) if f < 11 else str(f)) + "樓",
                        f"{f}F",
                        f"{f}樓之{r.randint(1, 12)}",
                        f"{f}樓{r.randint(1, 12)}室",
                    ]
                )
            )
        text = "".join(parts)
        if self.p(FULLWIDTH_SHARE):
            text = text.translate(_FW_DIGITS).replace("-", "－")
        return _V(text, "ADDRESS")

    def nhi(self) -> _V:
        num = "0000" + self.digits(8) if self.p(0.7) else "0" + self.digits(11)
        text = self.c(
            [num, num, f"{num[:4]} {num[4:8]} {num[8:]}", f"{num[:4]}-{num[4:8]}-{num[8:]}"]
        )
        return _V(self.fw(text), "TW_NHI_CARD")

    def passport(self, nat: str = "tw") -> _V:
        c, d = self.c, self.digits
        if nat == "tw":
            text = "3" + d(8)
        elif nat == "vn":
            text = c("CBN") + d(7)
        elif nat == "id":
            text = c("ABCEX") + d(7)
        elif nat == "ph":
            text = "P" + d(7) + c("ABC") if self.p(0.7) else "EC" + d(7)
        else:
            text = c(["AA", "AB", "AC", "AD"]) + d(7)
        return _V(self.fw(text), "PASSPORT")

    def card(self) -> _V:
        c = self.c
        prefix, size = c(
            [
                ("4", 16),
                ("4", 16),
                ("51", 16),
                ("52", 16),
                ("54", 16),
                ("55", 16),
                ("35", 16),
                ("62", 16),
                ("37", 15),
                ("34", 15),
            ]
        )
        body = prefix + self.digits(size - len(prefix) - 1)
        for check in "0123456789":
            if creditcard.luhn_ok(body + check):
                break
        num = body + check
        if size == 15:
            text = c(
                [num, f"{num[:4]} {num[4:10]} {num[10:]}", f"{num[:4]}-{num[4:10]}-{num[10:]}"]
            )
        else:
            g = [num[i : i + 4] for i in range(0, 16, 4)]
            text = c([" ".join(g), "-".join(g), num, " ".join(g)])
        if not creditcard.is_valid(text):
            raise AssertionError("card generator bug")
        return _V(self.fw(text), "CREDIT_CARD")

    def bdate(self, y0: int, y1: int, foreign: bool = False) -> _V:
        r = self.r
        y, m = r.randint(y0, y1), r.randint(1, 12)
        d = r.randint(1, 30 if m in (4, 6, 9, 11) else 28 if m == 2 else 31)
        roc = y - 1911
        styles = [
            f"民國{roc}年{m}月{d}日",
            f"{roc}年{m}月{d}日",
            f"{roc}年{m:02d}月{d:02d}日",
            f"{roc}.{m:02d}.{d:02d}",
            f"{roc:03d}/{m:02d}/{d:02d}",
            f"{roc}/{m}/{d}",
            f"{roc:03d}{m:02d}{d:02d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{y}/{m}/{d}",
            f"{y}年{m}月{d}日",
            f"{y}.{m:02d}.{d:02d}",
            f"民{roc}.{m}.{d}",
            f"民國{_cn_number(roc)}年{_cn_number(m)}月{_cn_number(d)}日",
        ]
        if foreign:
            styles += [
                f"{d:02d}/{m:02d}/{y}",
                f"{d:02d} {_MON[m - 1]} {y}",
                f"{y}-{m:02d}-{d:02d}",
            ] * 2
        return _V(self.fw(self.c(styles)), "BIRTH_DATE")

    # -- plain (non-personal) material -------------------------------------------------------
    def roc_date(self, y0: int = 112, y1: int = 114, formal: bool = False) -> str:
        r = self.r
        y, m, d = r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)
        return self._roc(y, m, d, formal)

    def _roc(self, y: int, m: int, d: int, formal: bool = False) -> str:
        styles = [f"{y}年{m}月{d}日"] * 2
        if not formal:
            styles += [f"{y}/{m:02d}/{d:02d}", f"{y}.{m}.{d}"]
        return self.fw(self.c(styles))

    def date_pair(self) -> tuple[str, str]:
        """Two ordinary dates of the same year, in order (a period: from ... to ...)."""
        r = self.r
        y, m = r.randint(112, 114), r.randint(1, 11)
        return self._roc(y, m, r.randint(1, 28)), self._roc(y, m + 1, r.randint(1, 28))

    def short_date(self) -> str:
        return f"{self.r.randint(1, 12)}/{self.r.randint(1, 28)}"

    def clock(self, lo: int = 7, hi: int = 22) -> str:
        return f"{self.r.randint(lo, hi):02d}:{self.c(['00', '10', '15', '20', '30', '45', '50'])}"

    def docno(self) -> str:
        s = f"{self.c(_DOC_PREFIXES)}字第{self.r.randint(112, 114)}{self.digits(7)}號"
        return s.translate(_FW_DIGITS) if self.p(FULLWIDTH_SHARE) else s

    def caseno(self, kind: str | None = None, abbr: str | None = None) -> str:
        abbr = abbr or self.c(_COURTS)[1]
        kind = kind or self.c(["小", "小調", "司小調", "簡", "移調"])
        return f"{self.r.randint(111, 114)}年度{abbr}{kind}字第{self.r.randint(1, 4999)}號"

    def amount(self, lo: int = 500, hi: int = 99000) -> str:
        n = self.r.randint(lo // 100, hi // 100) * 100
        return self.c([f"新臺幣{n:,}元", f"{n:,}元", f"{n}元", f"NT${n:,}", f"新臺幣{n}元整"])

    def ban(self) -> str:
        while True:
            num = self.c("12345678") + self.digits(7)
            if ban.is_valid(num):
                return self.fw(num)

    def school(self) -> str:
        city, districts, _ = self.c(_CITY_TABLE)
        place = self.c(_SCHOOL_PLACES)
        level = self.c(["國民小學", "國民中學", "國小", "國中"])
        if level.startswith("國民") and self.p(0.6):
            return f"{city}{'立' if city.endswith('市') else ''}{place}{level}"
        return f"{self.c(districts)[:-1]}{place}{level}" if self.p(0.4) else place + level

    def district(self) -> str:
        city, districts, _ = self.c(_CITY_TABLE)
        return city + self.c(districts) if self.p(0.5) else self.c(districts)

    def road_area(self) -> str:
        _, districts, roads = self.c(_CITY_TABLE)
        return self.c(districts) + self.c(roads).rstrip("*")


# ---------------------------------------------------------------------------------------------
# Genre 1: 身心障礙者使用牌照稅免稅
# ---------------------------------------------------------------------------------------------

_RELATIONS_F = ["配偶", "女", "母", "姊", "妹"]
_RELATIONS_M = ["配偶", "子", "父", "兄", "弟"]


def _rel(person: _Person, female: list[str], male: list[str], g: _Gen) -> str:
    """A kinship word that fits the person's sex."""
    return g.c(female if person.female else male)


def _tax_form(g: _Gen) -> list[object]:
    owner = g.person("twx")
    same = g.p(0.45)
    dis = owner if same else g.person("twx")
    s = g.sep
    return L(
        g.c(["使用牌照稅免稅申請書", "身心障礙者使用牌照稅免稅申請", "【牌照稅免稅申請】", None]),
        F("申請人（車主）{}{}", s(), g.m(owner))
        if g.p(0.6)
        else F("車主姓名{}{}", s(), g.m(owner)),
        F("身分證統一編號{}{}", s(), g.nid(owner.female)),
        F("出生日期{}{}", s(), g.bdate(1940, 2000)) if g.p(0.6) else None,
        F("戶籍地址{}{}", s(), g.address()),
        g.c([F("通訊地址{}同戶籍", s()), F("通訊地址{}{}", s(), g.address()), None]),
        g.c(
            [
                F("聯絡電話{}{}　行動電話{}{}", s(), g.phone("land"), s(), g.phone("mobile")),
                F("聯絡電話{}{}", s(), g.phone()),
                F("手機{}{}", s(), g.phone("mobile")),
            ]
        ),
        None
        if same
        else F(
            "身心障礙者姓名{}{}（與車主關係：{}）",
            s(),
            g.m(dis),
            _rel(dis, _RELATIONS_F, _RELATIONS_M, g),
        ),
        None if same or g.p(0.5) else F("身障者身分證號{}{}", s(), g.nid(dis.female)),
        F(
            "車輛種類{}自用小客車　排氣量{}{}cc",
            s(),
            s(),
            g.c(["1598", "1798", "1987", "2359", "1496"]),
        ),
        F("申請日期{}{}", s(), g.roc_date()),
    )


def _tax_official(g: _Gen) -> list[object]:
    app = g.person("twx")
    dis = app if g.p(0.4) else g.person("twx")
    staff = g.person("tw")
    office = g.c(["本處", "本局", "本分局"])
    return L(
        F("受文者：{}君", g.m(app)) if g.p(0.7) else F("受文者：{}先生", g.m(app)),
        F("發文日期：中華民國{}", g.roc_date(formal=True)),
        F("發文字號：{}", g.docno()),
        F("主旨：臺端申請身心障礙者使用牌照稅免稅一案，業經{}核准，請查照。", office),
        "說明：",
        F("一、依據臺端{}申請書及使用牌照稅法第7條第1項第8款規定辦理。", g.roc_date()),
        F(
            "二、身心障礙者{}（身分證統一編號{}）所有{}，免稅期間自{}起。",
            g.m(dis),
            g.nid(dis.female),
            g.c(["自用小客車乙輛", "機車乙輛", "自用小貨車乙輛"]),
            g.roc_date(),
        ),
        F("三、如有疑義，請洽{}承辦人{}。", office, g.m(staff)) if g.p(0.7) else None,
        F("正本：{}君（{}）", g.m(app), g.address()),
        "副本：本處稽徵科" if g.p(0.5) else None,
    )


def _tax_log(g: _Gen) -> list[object]:
    a = g.person("twx")
    b = g.person("twx")
    t = g.c(
        [
            F(
                "{} {}來電（{}）詢問牌照稅免稅，已說明須檢附身障證明影本，申請書寄{}。",
                g.roc_date(),
                g.m(a),
                g.phone(),
                g.address(),
            ),
            F(
                "{} 民眾{}臨櫃，代其{}{}申請免稅，身分證{}，留電{}。",
                g.clock(),
                g.m(a),
                _rel(b, ["母", "配偶", "女兒"], ["父", "配偶", "兒子"], g),
                g.m(b),
                g.nid(b.female),
                g.phone("mobile"),
            ),
            F("{}君免稅案補件：身障證明已補，戶籍地{}，車主即本人。", g.m(a), g.address()),
            F("回電{}女士 {}，告知核准公文已寄出。", g.m(a), g.phone()),
            F(
                "{} {} 車主{}改申請另一輛車免稅，原核准車輛（{}名下）應先註銷。",
                g.roc_date(),
                g.clock(),
                g.m(a),
                g.m(b),
            ),
            F("待補：{}（生日{}）之身障鑑定有效期限影本。", g.m(a), g.bdate(1935, 2005)),
        ]
    )
    return [t]


def _tax_speech(g: _Gen) -> list[object]:
    caller = g.person("twx")
    parent = g.person("twx", female=g.p(0.5))
    who = "媽媽" if parent.female else "爸爸"
    return L(
        g.c(["（電話錄音轉文字）", "電話紀錄：", "【來電逐字稿】"]),
        F(
            "民眾：喂，你好，我是{}啦，我要問我{}{}的車子牌照稅，{}去年拿到身障證明……",
            g.m(caller),
            who,
            g.m(parent),
            "她" if parent.female else "他",
        ),
        f"承辦：好的，請問您{who}的身分證字號？",
        F("民眾：{}。", g.nid(parent.female)),
        "承辦：出生年月日？",
        F("民眾：{}。", g.bdate(1932, 1965)),
        "承辦：申請書要寄到哪裡？",
        F("民眾：寄到{}，收件人寫我就好。", g.address()),
        F("民眾：有問題打我手機{}。", g.phone("mobile")) if g.p(0.6) else None,
    )


def _tax_table(g: _Gen) -> list[object]:
    sep = g.c(["｜", " | ", "\t", "，", "  "])
    head = ["序號", "車主", "身分證統一編號", "身障者", "關係", "聯絡電話"]
    rows: list[object] = [sep.join(head)]
    for i in range(g.r.randint(2, 4)):
        o = g.person("twx")
        same = g.p(0.5)
        d = o if same else g.person("twx")
        rows.append(
            [
                str(i + 1),
                sep,
                g.m(o),
                sep,
                g.nid(o.female),
                sep,
                g.m(d),
                sep,
                "本人" if same else _rel(d, _RELATIONS_F, _RELATIONS_M, g),
                sep,
                g.phone(),
            ]
        )
    return L(g.c([F("{}牌照稅免稅新申請清冊", g.roc_date()), "免稅核定名冊（本週）", None]), *rows)


def _tax_mail(g: _Gen) -> list[object]:
    a = g.person("twx")
    b = g.person("twx", female=g.p(0.6))
    return L(
        F("寄件者：{}", g.email(a)),
        "主旨：牌照稅免稅申請補件",
        F(
            "您好，我是{}，上週送件申請我{}{}那台車的免稅，",
            g.m(a),
            _rel(b, ["太太", "母親", "女兒"], ["先生", "父親", "兒子"], g),
            g.m(b),
        ),
        F("補寄身障證明掃描檔，如有問題請打{}，謝謝。", g.phone()),
        F("{} 敬上", g.m(a)) if g.p(0.6) else None,
    )


# ---------------------------------------------------------------------------------------------
# Genre 2: 轉學
# ---------------------------------------------------------------------------------------------


def _school_record(g: _Gen) -> list[object]:
    st = g.person("twx")
    par = g.person("twx", female=g.p(0.6))
    grade = g.r.randint(2, 6)
    return [
        F(
            "學生{}（{}生，身分證統一編號{}）原就讀{}{}年級，因家長工作異動，全家遷至{}，於{}申請轉入本校{}年{}班。",
            g.m(st),
            g.bdate(2009, 2018),
            g.nid(st.female),
            g.school(),
            grade,
            g.address(),
            g.roc_date(),
            grade,
            g.r.randint(1, 12),
        ),
        F("法定代理人：{}，聯絡電話{}。", g.m(par), g.phone())
        if g.p(0.8)
        else F("監護人{}表示學籍資料已申請轉出。", g.m(par)),
    ]


def _school_form(g: _Gen) -> list[object]:
    st = g.person("twx")
    foreign_kid = g.p(0.15)
    par = g.person("twx", female=True) if g.p(0.6) else g.person("twx", female=False)
    s = g.sep
    return L(
        g.c(["轉學（出）申請表", "轉入學生資料", "【轉學申請】"]),
        F("學生姓名{}{}　性別{}{}", s(), g.m(st), s(), "女" if st.female else "男"),
        F("出生日期{}{}", s(), g.bdate(2008, 2018)),
        F("居留證號{}{}", s(), g.arc(st.female))
        if foreign_kid
        else F("身分證字號{}{}", s(), g.nid(st.female)),
        F("原就讀學校{}{}　{}年級", s(), g.school(), g.r.randint(1, 6)),
        F("轉入學校{}{}", s(), g.school()) if g.p(0.5) else None,
        F("新戶籍地址{}{}", s(), g.address()),
        F("家長／監護人{}{}（{}）", s(), g.m(par), "母" if par.female else "父"),
        F("聯絡電話{}{}", s(), g.phone()),
        F("E-mail{}{}", s(), g.email(par)) if g.p(0.4) else None,
    )


def _school_list(g: _Gen) -> list[object]:
    lines: list[object] = [g.c(["本週轉出名單：", "轉出學生（教務處彙整）", "轉學生一覽"])]
    for i in range(g.r.randint(2, 4)):
        st = g.person("twx")
        cls = f"{g.r.randint(1, 6)}年{g.r.randint(1, 10)}班"
        lines.append(
            g.c(
                [
                    F("{}. {}（{}）→ {}", i + 1, g.m(st), cls, g.school()),
                    F(
                        "{}、{} {} 轉至{}，生日{}",
                        i + 1,
                        cls,
                        g.m(st),
                        g.school(),
                        g.bdate(2008, 2018),
                    ),
                    F("{}. {}同學（{}）轉學證明書已核發", i + 1, g.m(st), cls),
                ]
            )
        )
    return L(*lines)


def _school_note(g: _Gen) -> list[object]:
    st = g.person("twx")
    par = g.person("twx", female=True)
    return [
        g.c(["導師紀錄：", "輔導紀錄 ", ""]),
        F("{}今天最後一天到校，媽媽{}說下週起轉到{}，課本已歸還，", g.m(st), g.m(par), g.school()),
        g.c(
            [
                F("家長手機{}。", g.phone("mobile")),
                "成績單已交教務處。",
                F("新住址{}。", g.address()),
            ]
        ),
    ]


def _school_mail(g: _Gen) -> list[object]:
    st = g.person("twx")
    par = g.person("twx", female=g.p(0.6))
    teacher = g.person("tw")
    return L(
        F("From: {}", g.email(par)) if g.p(0.6) else F("寄件者：{}", g.email(par)),
        F("{}老師您好：", g.m(teacher)),
        F(
            "我是{}的{}{}，因為搬家到{}，想請問轉學需要準備哪些文件？",
            g.m(st),
            "媽媽" if par.female else "爸爸",
            g.m(par),
            g.district(),
        ),
        F("我的電話是{}，白天都可以打，謝謝！", g.phone()),
        F("{} 敬上", g.m(par)) if g.p(0.5) else None,
    )


def _school_immigrant(g: _Gen) -> list[object]:
    st = g.person("tw")
    nat = g.c(["vn", "id", "ph", "th"])
    mom = g.person(nat, female=True)
    dad = g.person("tw", female=False)
    return [
        F(
            "{}母親為{}籍{}，不諳中文，由父親{}代為辦理轉學，聯絡電話{}。",
            g.m(st),
            _NATION[nat],
            g.m(mom),
            g.m(dad),
            g.phone(),
        ),
        F("母親居留證號{}，已附通譯需求單。", g.arc(True)) if g.p(0.4) else "",
    ]


# ---------------------------------------------------------------------------------------------
# Genre 3: 小額訴訟調解
# ---------------------------------------------------------------------------------------------


def _claim_record(g: _Gen) -> list[object]:
    a = g.person("twx")
    b = g.person("twx")
    med = g.person("tw")
    court = g.c(_COURTS)
    return L(
        F("臺灣{}地方法院小額訴訟調解筆錄", court[0]),
        g.caseno(g.c(["小調", "司小調", "小"]), court[1]),
        F("聲請人（原告）{}　住{}", g.m(a), g.address()),
        F("相對人（被告）{}　身分證統一編號{}　住{}", g.m(b), g.nid(b.female), g.address()),
        F("調解委員　{}", g.m(med)),
        "調解成立內容：",
        F("一、相對人願給付聲請人{}，於{}前匯入聲請人指定帳戶。", g.amount(), g.roc_date()),
        "二、聲請人其餘請求拋棄。",
        "三、調解程序費用各自負擔。",
    )


def _claim_card(g: _Gen) -> list[object]:
    a = g.person("twx")
    b = g.person("twx")
    return [
        "雙方到場。" if g.p(0.6) else "",
        F(
            "原告{}主張被告{}於{}以原告之信用卡（卡號{}）刷卡購買手機一支，金額{}，迄未返還。",
            g.m(a),
            g.m(b),
            g.roc_date(),
            g.card(),
            g.amount(8000, 45000),
        ),
        g.c(
            [
                "被告稱係原告同意借用，雙方各執一詞。",
                "被告不否認，願分期清償。",
                F("被告另稱其已匯款，請求傳訊證人{}。", g.m(g.person("twx"))),
            ]
        ),
    ]


def _claim_speech(g: _Gen) -> list[object]:
    a = g.person("twx")
    b = g.person("twx")
    amt = g.amount(3000, 90000)
    return L(
        "（調解過程紀錄）",
        F(
            "原告：「我{}年借他{}，他說下個月就還，結果到現在都不接電話。」",
            g.r.randint(110, 113),
            amt,
        ),
        F("被告{}：「我有還一部分啦，{}那時候在場可以作證。」", g.m(b), g.m(g.person("twx"))),
        F("原告{}：「你還的是另外一筆。」", g.m(a)),
        F("委員：請被告提供匯款紀錄。被告聯絡電話{}。", g.phone()) if g.p(0.6) else None,
    )


def _claim_contacts(g: _Gen) -> list[object]:
    a = g.person("twx")
    b = g.person("twx")
    sep = g.c(["　", " ", "｜", "\t"])
    return L(
        "當事人聯絡資料",
        F("原告{}{}{}{}{}", sep, g.m(a), sep, g.phone(), ""),
        F("　電子郵件：{}", g.email(a)) if g.p(0.6) else None,
        F("被告{}{}{}{}", sep, g.m(b), sep, g.phone()),
        F("被告送達地址：{}", g.address()),
        F("被告出生日期：{}", g.bdate(1950, 2003)) if g.p(0.4) else None,
    )


def _claim_company(g: _Gen) -> list[object]:
    rep = g.person("tw")
    d = g.person("twx")
    return L(
        F("原告　{}（統一編號{}）", g.c(_COMPANIES), g.ban()),
        F("法定代理人　{}", g.m(rep)),
        F("被告　{}（{}生，身分證統一編號{}）", g.m(d), g.bdate(1955, 2003), g.nid(d.female)),
        F("住　{}", g.address()),
        F(
            "訴之聲明：被告應給付原告{}，及自起訴狀繕本送達翌日起至清償日止，按週年利率5%計算之利息。",
            g.amount(10000, 99000),
        ),
    )


def _claim_mediator(g: _Gen) -> list[object]:
    med = g.person("tw")
    a, b = g.person("twx"), g.person("twx")
    return [
        F(
            "調解委員{}於{}主持調解，聲請人{}與相對人{}均到場。",
            g.m(med),
            g.roc_date(),
            g.m(a),
            g.m(b),
        ),
        F(
            "相對人同意於{}前給付{}，並以{}為聯絡方式。",
            g.roc_date(),
            g.amount(),
            g.c([g.phone("mobile"), g.email(b)]),
        ),
    ]


# ---------------------------------------------------------------------------------------------
# Genre 4: 衛生局食物中毒調查
# ---------------------------------------------------------------------------------------------

_SYMPTOMS = ["腹瀉", "嘔吐", "腹痛", "發燒", "噁心", "頭暈"]
_FOODS = ["雞腿飯", "排骨便當", "滷肉飯", "海鮮粥", "壽司", "涼麵", "燒臘飯", "蛋餅", "肉圓"]


def _food_case(g: _Gen) -> list[object]:
    p = g.person("twx")
    sym = "、".join(g.r.sample(_SYMPTOMS, g.r.randint(1, 3)))
    return [
        F("{}接獲{}通報，", g.roc_date(), g.c(_HOSPITALS)),
        F(
            "{}（{}，{}歲）於{}中午食用{}外帶之{}後出現{}等症狀。",
            g.m(p),
            "女" if p.female else "男",
            g.r.randint(6, 88),
            g.short_date(),
            g.c(_SHOPS),
            g.c(_FOODS),
            sym,
        ),
        g.c(
            [
                F("聯絡電話{}，健保卡號{}。", g.phone(), g.nhi()),
                F("聯絡電話{}。", g.phone()),
                F("健保卡號{}，已採檢。", g.nhi()),
            ]
        ),
    ]


def _food_table(g: _Gen) -> list[object]:
    sep = g.c(["｜", "\t", " | ", "，"])
    rows: list[object] = [
        sep.join(["編號", "姓名", "性別", "出生日期", "症狀", "就醫院所", "電話"])
    ]
    for i in range(g.r.randint(2, 5)):
        p = g.person("twx")
        rows.append(
            [
                f"{i + 1:02d}",
                sep,
                g.m(p),
                sep,
                "女" if p.female else "男",
                sep,
                g.bdate(1945, 2016),
                sep,
                g.c(_SYMPTOMS),
                sep,
                g.c(_HOSPITALS),
                sep,
                g.phone() if g.p(0.85) else "—",
            ]
        )
    return L(F("{}疑似食品中毒個案一覽", g.c(_SHOPS)) if g.p(0.6) else None, *rows)


def _food_speech(g: _Gen) -> list[object]:
    p = g.person("twx")
    q = g.person("twx")
    return L(
        F("電訪紀錄（{}）", g.roc_date()),
        F(
            "個案{}自述：「中午在{}吃了{}，下午三點開始拉肚子，晚上去掛急診。」",
            g.m(p),
            g.c(_SHOPS),
            g.c(_FOODS),
        ),
        F("同餐者{}亦有{}症狀，未就醫。", g.m(q), g.c(_SYMPTOMS)),
        F("個案出生{}，電話{}。", g.bdate(1950, 2010), g.phone()) if g.p(0.6) else None,
    )


def _food_samples(g: _Gen) -> list[object]:
    lines: list[object] = [g.c(["送驗名單：", "人體檢體採檢清冊", "採檢對象"])]
    for i in range(g.r.randint(2, 4)):
        p = g.person("twx")
        lines.append(
            g.c(
                [
                    F("{}. {} 健保卡號 {} 檢體：糞便", i + 1, g.m(p), g.nhi()),
                    F(
                        "{}. {}（{}）健保卡{}　肛門拭子",
                        i + 1,
                        g.m(p),
                        g.bdate(1950, 2015),
                        g.nhi(),
                    ),
                    F("{}) {}，{}，嘔吐物", i + 1, g.m(p), g.nhi()),
                ]
            )
        )
    return L(*lines)


def _food_report(g: _Gen) -> list[object]:
    staff = g.person("tw")
    p = g.person("twx")
    return L(
        "主旨：疑似食品中毒案件調查報告",
        F(
            "一、本局稽查員{}於{}前往{}稽查，並訪視個案{}。",
            g.m(staff),
            g.roc_date(),
            g.c(_SHOPS),
            g.m(p),
        ),
        F("二、個案戶籍{}，{}。", g.address(), g.c([F("聯絡電話{}", g.phone()), "電話未接通"])),
        "三、已採集剩餘食品及環境檢體送驗，結果待報。",
        F("填報人：{}", g.m(g.person("tw"))) if g.p(0.5) else None,
    )


# ---------------------------------------------------------------------------------------------
# Genre 5: 遊民收容
# ---------------------------------------------------------------------------------------------


def _shelter_form(g: _Gen) -> list[object]:
    p = g.person("twx", female=g.p(0.2))
    k = g.person("twx")
    s = g.sep
    return L(
        F("收容日期{}{}", s(), g.roc_date()),
        F("姓名{}{}", s(), g.m(p)),
        g.c([F("身分證字號{}{}", s(), g.nid(p.female)), F("身分證字號{}未攜帶（自述遺失）", s())]),
        F("出生{}{}", s(), g.bdate(1940, 1995)),
        F("原戶籍{}{}", s(), g.address()) if g.p(0.7) else F("原戶籍{}不詳", s()),
        F(
            "緊急聯絡人{}{}（{}）{}",
            s(),
            g.m(k),
            _rel(k, ["妹", "女兒", "前妻", "姪女"], ["弟", "兒子", "姪子", "哥哥"], g),
            g.phone(),
        )
        if g.p(0.7)
        else None,
        g.c([F("健保卡號{}{}", s(), g.nhi()), F("健保{}欠費停卡", s())]),
    )


def _shelter_outreach(g: _Gen) -> list[object]:
    p = g.person("twx", female=g.p(0.2))
    place = g.c(
        [
            "臺北車站東三門",
            "艋舺公園",
            "高雄車站前",
            "新莊運動公園",
            "臺中公園涼亭",
            "中正紀念堂側門",
        ]
    )
    return [
        F("{} {} 外展於{}發現{}（自稱），", g.roc_date(), g.clock(), place, g.m(p)),
        g.c([F("{}生，", g.bdate(1945, 1990)), F("身分證{}，", g.nid(p.female)), ""]),
        F("衣著單薄、意識清楚，同意隨車安置入{}。", g.c(_SHELTERS)),
        F("其手機{}已欠費。", g.phone("mobile")) if g.p(0.3) else "",
    ]


def _shelter_note(g: _Gen) -> list[object]:
    p = g.person("twx", female=g.p(0.25))
    sib = g.person("twx")
    sw = g.person("tw")
    return L(
        F(
            "案主{}表示其{}{}住{}，但已多年未聯繫，不希望社工主動聯絡。",
            g.m(p),
            _rel(sib, ["姊姊", "妹妹"], ["弟弟", "哥哥"], g),
            g.m(sib),
            g.address(),
        ),
        F("經查案主領有中低收入老人津貼，健保卡號{}。", g.nhi()) if g.p(0.5) else None,
        F("社工：{}", g.m(sw)) if g.p(0.7) else None,
    )


def _shelter_indig(g: _Gen) -> list[object]:
    p = g.person("indig", female=g.p(0.3))
    han = g.person("tw", female=p.female)
    return [
        F("{}（漢名{}）", g.m(p), g.m(han)) if g.p(0.6) else F("{}", g.m(p, "latin")),
        F("，{}生，", g.bdate(1950, 1992)),
        F(
            "自{}北上打零工，工地結束後露宿{}，",
            g.c(["花蓮", "臺東", "屏東三地門", "南投仁愛"]),
            g.c(["橋下", "公園", "車站"]),
        ),
        g.c([F("身分證號{}，今日入住。", g.nid(p.female)), "今日入住，證件待補辦。"]),
    ]


def _shelter_table(g: _Gen) -> list[object]:
    sep = g.c(["｜", "\t", " | "])
    rows: list[object] = [sep.join(["床號", "姓名", "出生", "入住日", "備註"])]
    for _ in range(g.r.randint(2, 5)):
        p = g.person("twx", female=g.p(0.2))
        rows.append(
            [
                f"{g.c('ABC')}{g.r.randint(1, 30):02d}",
                sep,
                g.m(p),
                sep,
                g.bdate(1940, 1995),
                sep,
                g.short_date(),
                sep,
                g.c(["血壓高", "需換藥", "就業媒合中", "", "戒酒門診"]),
            ]
        )
    return L(F("{}入住名冊", g.c(_SHELTERS)), *rows)


def _shelter_migrant(g: _Gen) -> list[object]:
    nat = g.c(["vn", "id", "ph", "th"])
    p = g.person(nat, female=g.p(0.4))
    return [
        F("{}籍{}，", _NATION[nat], g.m(p)),
        F("居留證號{}，", g.arc(p.female)),
        g.c([F("護照號碼{}，", g.passport(nat)), ""]),
        "原雇主已通報失聯，暫時安置並通知移民署專勤隊。",
    ]


# ---------------------------------------------------------------------------------------------
# Genre 6: 結婚登記（外籍配偶）
# ---------------------------------------------------------------------------------------------


def _marry_counter(g: _Gen) -> list[object]:
    nat = g.c(["vn", "vn", "id", "ph", "th"])
    tw = g.person("twx", female=False)
    sp = g.person(nat, female=True)
    office = {
        "vn": "駐胡志明市辦事處",
        "id": "駐印尼代表處",
        "ph": "駐菲律賓代表處",
        "th": "駐泰國代表處",
    }
    return [
        F("{} {}（{}）與{}籍{}", g.roc_date(), g.m(tw), g.nid(False), _NATION[nat], g.m(sp)),
        F("（護照號碼{}，{}生）", g.passport(nat), g.bdate(1985, 2004, foreign=True)),
        F("辦理結婚登記，檢附經{}驗證之結婚證書及中文譯本。", office[nat]),
        F("聯絡電話{}。", g.phone()) if g.p(0.5) else "",
    ]


def _marry_form(g: _Gen) -> list[object]:
    nat = g.c(["vn", "id", "ph", "th"])
    man = g.person("twx", female=False)
    wife = g.person(nat, female=True)
    s = g.sep
    w1, w2 = g.person("tw"), g.person("tw")
    return L(
        "結婚登記申請書",
        F("男方{}{}　身分證統一編號{}{}", s(), g.m(man), s(), g.nid(False)),
        F("出生日期{}{}", s(), g.bdate(1960, 2000)) if g.p(0.5) else None,
        F("女方{}{}（{}）", s(), g.m(wife, "latin"), g.m(wife, "han"))
        if g.p(0.6)
        else F("女方{}{}", s(), g.m(wife)),
        F("國籍{}{}　護照號碼{}{}", s(), _NATION[nat], s(), g.passport(nat)),
        F("居留證號{}{}", s(), g.arc(True)) if g.p(0.5) else None,
        F("出生日期{}{}", s(), g.bdate(1985, 2004, foreign=True)),
        F("證人{}{}、{}", s(), g.m(w1), g.m(w2)),
        F("住址{}{}", s(), g.address()),
        F("聯絡電話{}{}", s(), g.phone()),
    )


def _marry_quick(g: _Gen) -> list[object]:
    nat = g.c(["vn", "id", "ph", "th"])
    sp = g.person(nat, female=g.p(0.9))
    hus = g.person("twx", female=not sp.female)
    return [
        g.c(
            [
                F(
                    "{}籍 {} 補件：居留證 {}、單身證明。聯絡人夫 {} {}",
                    _NATION[nat],
                    g.m(sp),
                    g.arc(sp.female),
                    g.m(hus),
                    g.phone("mobile"),
                ),
                F(
                    "{} {}：護照{}效期不足六個月，請先換發。",
                    g.short_date(),
                    g.m(sp),
                    g.passport(nat),
                ),
                F("{}與{}結婚登記完成，配偶欄已登載，戶籍地{}。", g.m(hus), g.m(sp), g.address()),
                F("來電 {} 詢問{}的面談日期，請等移民署通知。", g.phone(), g.m(sp)),
            ]
        )
    ]


def _marry_speech(g: _Gen) -> list[object]:
    nat = g.c(["vn", "id", "ph", "th"])
    sp = g.person(nat, female=True)
    hus = g.person("twx", female=False)
    return L(
        F(
            "{}先生表示：「她叫{}，英文名字是{}，護照號碼我念給你聽，{}。」",
            g.m(hus),
            g.m(sp, "han"),
            g.m(sp, "latin"),
            g.passport(nat),
        ),
        F("「她生日是{}，我們住在{}。」", g.bdate(1985, 2004, foreign=True), g.address()),
        "經核對譯本無誤，收件。" if g.p(0.6) else None,
    )


def _marry_table(g: _Gen) -> list[object]:
    sep = g.c(["｜", "\t", " | ", "，"])
    rows: list[object] = [sep.join(["時段", "本國籍", "外籍配偶", "國籍", "證件"])]
    for _ in range(g.r.randint(2, 4)):
        nat = g.c(["vn", "id", "ph", "th"])
        sp = g.person(nat, female=g.p(0.85))
        tw = g.person("twx", female=not sp.female)
        rows.append(
            [
                g.clock(9, 16),
                sep,
                g.m(tw),
                sep,
                g.m(sp),
                sep,
                _NATION[nat],
                sep,
                g.arc(sp.female) if g.p(0.5) else g.passport(nat),
            ]
        )
    return L(F("{} 結婚登記預約", g.roc_date()), *rows)


def _marry_witness(g: _Gen) -> list[object]:
    a, b = g.person("tw"), g.person("tw")
    hus = g.person("twx", female=False)
    return [
        F("證人{}（{}）、{}到場簽名，", g.m(a), g.nid(a.female), g.m(b)),
        F("新人{}與配偶{}", g.m(hus), g.m(g.person(g.c(["vn", "id", "ph", "th"]), female=True))),
        g.c(["於本所完成登記。", F("於{}完成登記，同時申請戶籍謄本二份。", g.roc_date())]),
    ]


POSITIVE_GENRES = {
    "tax": [_tax_form, _tax_official, _tax_log, _tax_speech, _tax_table, _tax_mail],
    "school": [
        _school_record,
        _school_form,
        _school_list,
        _school_note,
        _school_mail,
        _school_immigrant,
    ],
    "claim": [
        _claim_record,
        _claim_card,
        _claim_speech,
        _claim_contacts,
        _claim_company,
        _claim_mediator,
    ],
    "food": [_food_case, _food_table, _food_speech, _food_samples, _food_report],
    "shelter": [
        _shelter_form,
        _shelter_outreach,
        _shelter_note,
        _shelter_indig,
        _shelter_table,
        _shelter_migrant,
    ],
    "marriage": [
        _marry_counter,
        _marry_form,
        _marry_quick,
        _marry_speech,
        _marry_table,
        _marry_witness,
    ],
}


# ---------------------------------------------------------------------------------------------
# Hard negatives (public or non-personal look-alikes only)
# ---------------------------------------------------------------------------------------------


def _invoice(g: _Gen) -> str:
    while True:
        s = g.c("ABCDEFGHJKLMNPQRSTUVWXYZ") + g.c("ABCDEFGHJKLMNPQRSTUVWXYZ") + g.digits(8)
        if not arc.is_valid(s):
            return g.fw(s[:2] + g.c(["-", "", ""]) + s[2:])


def _neg_tax(g: _Gen) -> list[object]:
    r = g.r
    return [
        g.c(
            [
                L(
                    "【公告】身心障礙者使用牌照稅免稅",
                    "一、每人以一輛為限，排氣量2400cc以下全額免徵。",
                    F("二、自{}起可線上申辦，依使用牌照稅法第7條第1項第8款辦理。", g.roc_date()),
                    F("發文字號：{}", g.docno()),
                    "請各分處周知並張貼公告。",
                ),
                F(
                    "本處{}年{}月受理牌照稅免稅申請{}件，核准{}件，退件{}件（文件不齊{}件），免稅金額合計{}。",
                    r.randint(112, 114),
                    r.randint(1, 12),
                    r.randint(180, 400),
                    r.randint(150, 179),
                    r.randint(5, 20),
                    r.randint(1, 5),
                    g.amount(100000, 9000000),
                ),
                L(
                    F("請各分處於{}前將免稅清冊送稅務科彙整，案號{}。", g.roc_date(), g.docno()),
                    "黃金週連假期間臨櫃照常受理，民眾陳情案件請於3日內回覆。",
                ),
                F(
                    "本案委託{}（統一編號{}）辦理免稅系統維護，契約金額{}，履約期限至{}。",
                    g.c(_COMPANIES),
                    g.ban(),
                    g.amount(100000, 990000),
                    g.roc_date(),
                ),
                F(
                    "施工期間{}一帶交通管制，本處{}服務站暫停受理牌照稅業務至{}。",
                    g.road_area(),
                    g.c(["林口", "楊梅", "高鐵", "石門"]),
                    g.roc_date(),
                ),
            ]
        )
    ]


def _neg_school(g: _Gen) -> list[object]:
    r = g.r
    return [
        g.c(
            [
                L(
                    F(
                        "{}{}學年度第{}學期轉學生招生簡章",
                        g.school(),
                        r.randint(112, 114),
                        r.randint(1, 2),
                    ),
                    F("報名日期：{}至{}，上午9時至下午4時。", *g.date_pair()),
                    F("報名費{}，請於{}前繳交。", g.amount(100, 500), g.roc_date()),
                ),
                F(
                    "本學期轉入{}人、轉出{}人，其中跨縣市轉學{}人。依強迫入學條例第9條，中輟逾3日應通報。",
                    r.randint(5, 60),
                    r.randint(3, 50),
                    r.randint(1, 20),
                ),
                L(
                    F("{}學年度第{}次校務會議紀錄", r.randint(112, 114), r.randint(1, 6)),
                    F("時間：{}下午3時", g.roc_date()),
                    "地點：本校視聽教室",
                    "主席：校長",
                    "案由一：轉學生編班原則。決議：照案通過，張貼於公布欄。",
                ),
                F(
                    "本校{}採購案，得標廠商{}（統一編號{}），決標金額{}，驗收日期{}。",
                    g.c(["游泳池整修", "田徑場跑道", "課桌椅", "黃色校車租賃"]),
                    g.c(_COMPANIES),
                    g.ban(),
                    g.amount(50000, 900000),
                    g.roc_date(),
                ),
                F(
                    "{}轉學考試第{}考場：{}，請考生攜帶准考證及文具，曾經報名者免再繳費。",
                    g.roc_date(),
                    r.randint(1, 9),
                    g.school(),
                ),
            ]
        )
    ]


def _neg_claim(g: _Gen) -> list[object]:
    r = g.r
    a, b = g.r.sample(_COMPANIES, 2)
    return [
        g.c(
            [
                F(
                    "{} {}與{}間給付貨款事件，定於{}上午10時在第{}法庭言詞辯論。",
                    g.caseno("簡"),
                    a,
                    b,
                    g.roc_date(),
                    r.randint(1, 30),
                ),
                L(
                    "依民事訴訟法第436條之8，請求給付金錢在新臺幣10萬元以下者，適用小額訴訟程序。",
                    F("裁判費{}，於簡易庭繳納。", g.amount(1000, 3000)),
                ),
                F(
                    "本院{}年度小額事件終結{}件，調解成立率{}%，平均審理天數{}日。",
                    r.randint(111, 113),
                    r.randint(3000, 9000),
                    r.randint(20, 60),
                    r.randint(30, 90),
                ),
                L(
                    F("收據編號：{}{}", r.randint(112, 114), g.digits(6)),
                    "繳費項目：裁判費",
                    F("金額：{}", g.amount(1000, 5000)),
                    F("繳費日期：{}", g.roc_date()),
                    F("統一發票號碼：{}", _invoice(g)),
                ),
                F(
                    "{}（統一編號{}）對{}（統一編號{}）請求租金{}，業經{}調解成立。",
                    a,
                    g.ban(),
                    b,
                    g.ban(),
                    g.amount(10000, 99000),
                    g.caseno("移調"),
                ),
            ]
        )
    ]


def _neg_food(g: _Gen) -> list[object]:
    r = g.r
    shop = g.c(_SHOPS)
    return [
        g.c(
            [
                L(
                    F("{}{}學童{}人疑似食物中毒，", g.roc_date(), g.school(), r.randint(5, 60)),
                    F("午餐供應商{}（統一編號{}）檢出仙人掌桿菌，", g.c(_COMPANIES), g.ban()),
                    F(
                        "依食品安全衛生管理法第44條處{}罰鍰，文號{}。",
                        g.amount(60000, 2000000),
                        g.docno(),
                    ),
                ),
                L(
                    F("檢體編號F{}-{}：雞腿便當，沙門氏菌陰性。", r.randint(112, 114), g.digits(4)),
                    F(
                        "檢體編號F{}-{}：湯品，金黃色葡萄球菌陽性。",
                        r.randint(112, 114),
                        g.digits(4),
                    ),
                ),
                "夏季溫度高，衛生局提醒民眾生熟食分開、葉菜類徹底洗淨，外出用餐請選擇有登錄之業者。",
                F(
                    "稽查{}（{}一帶）廚房，發現冷藏溫度{}°C，限期{}前改善。",
                    shop,
                    g.road_area(),
                    r.randint(8, 15),
                    g.roc_date(),
                ),
                F(
                    "{}年累計食品中毒案件{}件、患者{}人，以諾羅病毒為最多。",
                    r.randint(111, 113),
                    r.randint(20, 120),
                    r.randint(200, 1500),
                ),
            ]
        )
    ]


def _neg_shelter(g: _Gen) -> list[object]:
    r = g.r
    return [
        g.c(
            [
                F(
                    "本月床位使用率{}%，新收{}人、結案{}人，其中轉介就業{}人。",
                    r.randint(60, 99),
                    r.randint(5, 40),
                    r.randint(3, 30),
                    r.randint(0, 10),
                ),
                F(
                    "感謝{}捐贈睡袋{}個、{}捐贈便當{}份（統一編號{}）。",
                    g.c(_COMPANIES),
                    r.randint(20, 300),
                    g.c(_SHOPS),
                    r.randint(50, 500),
                    g.ban(),
                ),
                L(
                    "寒流應變：氣溫低於10度時，開設臨時避寒處所。",
                    F("開放時間晚上8時至翌日上午8時，地點{}活動中心。", g.c(_VILLAGES) + "里"),
                    F("依{}號函辦理。", g.docno()[:-1]),
                ),
                F("收容規則第{}條：入住者應遵守作息，晚上10時熄燈，禁止飲酒。", r.randint(1, 20)),
                F(
                    "{}年度遊民輔導經費{}，已執行{}%。",
                    r.randint(112, 114),
                    g.amount(1000000, 9000000),
                    r.randint(30, 95),
                ),
            ]
        )
    ]


def _neg_marriage(g: _Gen) -> list[object]:
    r = g.r
    return [
        g.c(
            [
                L(
                    "外籍人士與國人結婚，應先取得經我國駐外館處驗證之結婚證書，",
                    "並經外交部領事事務局複驗後，向戶政事務所辦理結婚登記。",
                ),
                F(
                    "本所{}年結婚登記{}對，其中外籍配偶{}對（越南{}、印尼{}、菲律賓{}）。",
                    r.randint(111, 113),
                    r.randint(300, 1200),
                    r.randint(20, 80),
                    r.randint(5, 30),
                    r.randint(2, 20),
                    r.randint(1, 10),
                ),
                L("戶籍謄本每張新臺幣15元。", "夜間延長服務至晚上8時（每週三），國定假日不受理。"),
                F(
                    "新住民家庭成長班於{}在{}開課，課程含中文識字、{}，報名至{}止。",
                    g.roc_date(),
                    g.school(),
                    g.c(["烹飪", "電腦", "親職"]),
                    g.roc_date(),
                ),
                F(
                    "依戶籍法第48條規定，結婚登記應於結婚後30日內為之，逾期依第79條處{}罰鍰。",
                    g.c(["新臺幣300元", "新臺幣300元以上900元以下", "300元"]),
                ),
            ]
        )
    ]


_PRODUCTS = [
    ("iPhone 15 Pro", "A3102"),
    ("Galaxy S24", "SM-S9210"),
    ("國際牌洗衣機", "NA-V190MTS"),
    ("大同電鍋", "TAC-11KN"),
    ("捷安特自行車", "ESCAPE R3"),
    ("華碩筆電", "X1605VA"),
]


def _neg_misc(g: _Gen) -> list[object]:
    r = g.r
    product, model = g.c(_PRODUCTS)
    return [
        g.c(
            [
                F(
                    "被告公司販售之{}（型號{}）螢幕瑕疵，經{}鑑定屬製造問題，判決退還價金{}。",
                    product,
                    model,
                    g.c(_COMPANIES),
                    g.amount(5000, 60000),
                ),
                F(
                    "申請人所有車輛廠牌{}，排氣量{}cc，出廠年月{}年{}月，符合免稅要件。",
                    g.c(["TOYOTA", "NISSAN", "HONDA", "MAZDA", "FORD"]),
                    g.c(["1496", "1798", "1987"]),
                    r.randint(100, 113),
                    r.randint(1, 12),
                ),
                F(
                    "{}號函：{}學年度轉學生學籍異動，請於{}前上傳系統。",
                    g.docno()[:-1],
                    r.randint(112, 114),
                    g.roc_date(),
                ),
                F(
                    "{}（{}）午餐團膳{}份，檢體編號{}-{}，檢出結果為陰性。",
                    g.c(_SHOPS),
                    g.road_area(),
                    r.randint(30, 400),
                    g.c(["FP", "FD", "HB"]),
                    g.digits(6),
                ),
                F(
                    "王牌服務專案：{}遊民收容床位擴增{}床，預算{}。",
                    g.c(["臺北市", "新北市", "高雄市"]),
                    r.randint(10, 80),
                    g.amount(500000, 5000000),
                ),
                F(
                    "{}戶政事務所{}起夜間服務，辦理結婚登記請攜帶身分證正本及印章，外籍配偶請攜帶護照及居留證。",
                    g.district(),
                    g.roc_date(),
                ),
            ]
        )
    ]


NEGATIVES = [
    _neg_tax,
    _neg_school,
    _neg_claim,
    _neg_food,
    _neg_shelter,
    _neg_marriage,
    _neg_misc,
]


# ---------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------


def generate_heldout33(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (deterministic for ``seed``) and the known-names list."""
    rng = random.Random(seed)
    g = _Gen(rng, n)
    genres = sorted(POSITIVE_GENRES)
    samples: list[Sample] = []
    for _ in range(n):
        negative = rng.random() < NEGATIVE_SHARE
        for _attempt in range(100):
            g.used = set()
            if negative:
                text, spans, known = _assemble(rng.choice(NEGATIVES)(g))
            else:
                text, spans, known = _assemble(rng.choice(POSITIVE_GENRES[rng.choice(genres)])(g))
            if (negative or spans) and not _leaks(text, spans, negative):
                break
        else:  # pragma: no cover - practically unreachable
            raise RuntimeError("could not draw a clean sample")
        samples.append(Sample(text, spans, negative, known))
    known_list = list(g.known_list)
    rng.shuffle(known_list)
    return samples, known_list
