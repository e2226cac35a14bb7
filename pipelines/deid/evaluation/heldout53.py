"""Held-out set 53: synthetic, labelled free text for the personal-data scanner.

Written without looking at the scanner, so the first measurement on it is a held-out figure.
Genres: YouBike accident claims and membership disputes, zoo and museum visitor incidents,
farm injuries and pesticide poisoning, motorcycle-emission inspection notices, elder-abuse
reports and infant daycare-centre incident records. Registers vary from 公文 to case-log notes,
transcribed speech, forms, tables and lists. About a quarter of the samples are hard
negatives that hold only public or non-personal look-alikes.

Gold conventions: a PERSON span holds the name only (no honorific or role word); a PHONE span
includes its extension; an ADDRESS span includes its postal code; a BIRTH_DATE span includes a
民國/西元 prefix when one is written.

Every value is synthetic; any resemblance to a real person is chance.
"""

import datetime as _dt
import random
import re
from dataclasses import dataclass

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

_FW_RATE = 1 / 8
_NEGATIVE_RATE = 0.25
_KNOWN_RATE = 0.5


def _words(block: str) -> list[str]:
    return block.split()


# ---------------------------------------------------------------- names
_SURNAMES_COMMON = _words("陳 林 黃 張 李 王 吳 劉 蔡 楊 許 鄭 謝 洪 郭 邱 曾 廖 賴 徐")
_SURNAMES_MID = _words(
    """周 葉 蘇 莊 呂 江 何 蕭 羅 高 潘 簡 朱 鍾 游 彭 詹 胡 施 沈 余 盧 梁 趙 顏 柯 翁 魏
    孫 戴 范 方 宋 鄧 杜 傅 侯 曹 薛 丁 卓 阮 馬 董 溫 唐 藍 蔣 石 古 紀 姚 連 馮 歐 程 湯
    田 康 姜 白 汪 鄒 尤 巫 鐘 黎 涂 龔 嚴 韓 袁 金 童 陸 夏 柳 邵 錢 伍 倪 于 譚 駱 熊"""
)
_SURNAMES_RARE = _words(
    """任 甘 秦 顧 毛 章 史 官 萬 俞 雷 粘 饒 闕 鄞 佘 仉 麻 褚 亢 戚 酈 龍 蒲 符 商 岳 查
    喬 房 滕 辜 邢 殷 易 麥 靳 花 尹 籃 練 鄔 冉 艾 冷 言 車 郝 樊 寇 晏 桂 穆 柴 藺 鮑 左
    牛 卜 談 聶 甯 宮 平 鄢 奚 閻 沙 塗 池 向 賀 全 祝 包 單 孔 凃 利 綦 邰 覃 蘭 居 盛"""
)
_SURNAMES_COMPOUND = _words(
    "歐陽 張簡 司徒 諸葛 上官 范姜 司馬 皇甫 東方 夏侯 公孫 端木 令狐 慕容 張廖 長孫 鍾離"
)
_GIVEN_M = _words(
    """志明 俊傑 建宏 家豪 志豪 冠宇 承恩 宗翰 柏翰 彥廷 冠廷 建志 文雄 志偉 明哲 國華
    永福 金龍 進財 添丁 正雄 清水 文彬 俊宏 建良 志成 家銘 宏達 信宏 振宇 子軒 宇翔
    品睿 柏宇 哲瑋 承翰 嘉偉 宏仁 昱廷 俊賢 思翰 建廷 立偉 維哲 耀宗 文龍 振華 勝雄
    榮輝 坤山 水木 金生 德福 天賜 國棟 世昌 福來 阿標 炳坤 錦堂 明輝 朝宗 清河 春生
    俊男 政憲 益民 建華 宗憲 士傑 志遠 冠霖 育誠 致遠 敬堯 威廷 鴻文 聖傑 凱翔 俊緯
    家瑋 韋成 以恆 孟哲 偉倫 崇德 耀明 德輝 景福 永昌 秋雄 萬得 金水 登科 炎輝 新發
    哲宇 彥均 宇軒 秉諺 浩瑋 睿恩 柏均 家齊 晉豪 昭宏 仁傑 紹文 宏明 俊輝 忠義 正德"""
)
_GIVEN_F = _words(
    """淑芬 美玲 雅婷 怡君 淑惠 美惠 麗華 秀英 玉蘭 淑貞 佩珊 雅雯 怡婷 欣怡 家瑜 詩涵
    宜蓁 思妤 佳穎 筱涵 雅琪 惠美 秀鳳 美珠 金蓮 月娥 素貞 碧霞 秀琴 麗娟 玉梅 春花
    寶珠 淑娟 美雲 慧君 秀蘭 阿滿 罔市 玉英 麗卿 秋香 碧玉 美華 淑華 靜宜 佩君 怡如
    婉婷 郁雯 心怡 曉玲 嘉玲 珮瑜 雅惠 惠玲 美芳 素娥 玉珍 月英 秀玉 碧雲 彩雲 金鳳
    麗美 寶玉 阿春 秀梅 瑞琴 慧玲 鈺婷 品妤 芷瑄 宜庭 郁婷 詠晴 亭妤 雨萱 芳瑜 靖雯
    欣妤 冠妤 育菁 佳蓉 怡萱 瑋琪 姿穎 若瑜 湘婷 于婷 紫涵 盈君 筱婷 詩婷 佩蓉 奕萱
    美秀 月嬌 金枝 招治 玉燕 錦雲 桂英 淑美 瓊華 麗雪 阿娥 梅英 素珠 麗玲 美鳳 貴美"""
)
_GIVEN_KID_M = _words(
    """宥辰 承睿 宸睿 沐恩 禹安 宥翔 睿澤 子宸 以樂 恩宇 品澔 宥霖 柏諺 昊恩 書睿 奕辰
    晨翔 允謙 宇恩 亦凡 侑廷 楷睿 宥均 彥霖 以恩 承澤 森森 叡騏 芃睿 栩恩"""
)
_GIVEN_KID_F = _words(
    """語彤 芯妤 品妍 子晴 恩熙 以晴 昕妤 宥蓁 語恩 芮安 禹彤 沛晴 安妮 樂希 苡安 詩芸
    可昕 予希 玥彤 歆妍 伊蕎 芊語 宸曦 沐妍 書妍 芷琳 若希 采晴 恩綺 語晞"""
)
_GIVEN_ONE_M = _words("豪 傑 強 勇 偉 明 華 平 安 翔 斌 誠 剛 峰 俊 超 輝 聰 毅 彬")
_GIVEN_ONE_F = _words("芬 玲 慧 娟 萍 君 美 琪 雯 珍 蓉 瑩 婷 嫻 琳 霞 薇 菁 真 雪")

_INDIG_HAN_M = _words("瓦旦 哈勇 比令 馬耀 拉飛 伊斯坦大 比勇 阿洛 達利 尤幹 巴尚 吉拉 卡造 撒古流")
_INDIG_HAN_F = _words("尤瑪 莎韻 巴奈 拉娃 比厚 依布 吉娃斯 蘇米 伊萬 芭翁 阿布娪 烏杜")
_INDIG_HAN_2 = _words(
    "達陸 塔那 嘎造 沙布 拉荷 谷木 基浪 巴萬 尤道 巴度 犮木 勒哈克 阿浪 拉罕 馬紹 帖木 漢齊"
)
_INDIG_LAT_M = _words("Watan Hayung Piling Mayaw Lafay Istanda Biung Alo Tali Yukan Pasang Kacaw")
_INDIG_LAT_F = _words("Yuma Sayun Panay Lawa Pihu Ibu Ciwas Sumi Iwan Apang Dongi Afok")
_INDIG_LAT_2 = _words(
    "Taru Nokan Tanga Sawmah Lahok Temu Kilang Pawan Yudaw Batu Tanapima Istasipal Ipay Masaw"
)

# Vietnamese: (Latin family, Han family) and given names (Latin, Han) by sex.
_VN_FAMILY = [
    ("Nguyen", "阮"), ("Tran", "陳"), ("Le", "黎"), ("Pham", "范"), ("Hoang", "黃"),
    ("Vu", "武"), ("Dang", "鄧"), ("Bui", "裴"), ("Do", "杜"), ("Ngo", "吳"),
    ("Duong", "楊"), ("Phan", "潘"), ("Truong", "張"), ("Dinh", "丁"), ("Ly", "李"),
]  # fmt: skip
_VN_GIVEN_F = [
    ("Lan", "蘭"), ("Huong", "香"), ("Mai", "梅"), ("Hoa", "花"), ("Thu", "秋"),
    ("Ngoc Anh", "玉英"), ("Thanh Tam", "清心"), ("Linh", "玲"), ("Yen", "燕"),
    ("Thuy", "翠"), ("Hong Nhung", "紅絨"), ("Kim Oanh", "金鶯"), ("Diem", "艷"),
]  # fmt: skip
_VN_GIVEN_M = [
    ("Hung", "雄"), ("Dung", "勇"), ("Tuan", "俊"), ("Minh", "明"), ("Nam", "南"),
    ("Quang", "光"), ("Hai", "海"), ("Long", "龍"), ("Duc", "德"), ("Tai", "才"),
    ("Van Thanh", "文成"), ("Quoc Bao", "國寶"),
]  # fmt: skip
_ID_LAT_F1 = _words("Siti Sri Nur Rina Dewi Yuli Endang Ani Tri Lilis Eka Wiwik")
_ID_LAT_F2 = _words(
    "Aminah Rahayu Aini Wulandari Susanti Astuti Lestari Rohani Wahyuni Handayani Fitriani"
)
_ID_LAT_M1 = _words("Agus Budi Eko Joko Dedi Rudi Hendra Slamet Bambang Wahyu")
_ID_LAT_M2 = _words("Santoso Prasetyo Setiawan Hidayat Saputra Kurniawan Nugroho Wibowo Gunawan")
_ID_HAN_F1 = _words("思蒂 絲莉 努兒 莉娜 黛維 尤莉 恩當 安妮 特莉 莉莉絲 艾卡 薇薇")
_ID_HAN_F2 = _words("阿米娜 拉哈尤 艾妮 武蘭達莉 蘇珊蒂 阿絲圖蒂 列斯塔莉 羅哈妮 瓦尤妮 漢達雅妮")
_ID_HAN_M1 = _words("阿古斯 布迪 艾可 佐科 德迪 魯迪 亨德拉 斯拉梅特 班邦 瓦尤")
_ID_HAN_M2 = _words("山托索 普拉瑟提約 塞蒂亞萬 希達雅 沙普特拉 庫尼亞萬 努格羅霍 威波沃 古納萬")
_PH_LAT_F1 = [
    "Maria Luisa", "Mary Grace", "Jocelyn", "Rowena", "Analyn", "Marites", "Rosalie",
    "Lorna", "Jenny Rose", "Cherry",
]  # fmt: skip
_PH_LAT_M1 = ["Jose", "Ronaldo", "Mark Anthony", "Jerome", "Rodel", "Arnel", "Reynaldo"]
_PH_LAT_2 = [
    "Reyes", "Santos", "Bautista", "Dela Cruz", "Garcia", "Mendoza", "Villanueva",
    "Ramos", "Castillo", "Flores", "Navarro", "Manalo",
]  # fmt: skip
_PH_HAN_F1 = _words("瑪麗亞 瑪莉葛蕾絲 喬瑟琳 羅薇娜 安娜琳 瑪莉黛絲 蘿莎莉 洛娜 珍妮蘿絲 雪莉")
_PH_HAN_M1 = _words("荷西 羅納多 馬克安東尼 傑羅姆 羅德 阿內爾 雷納多")
_PH_HAN_2 = _words(
    "雷耶斯 山多士 包蒂斯塔 德拉克魯茲 賈西亞 門多薩 維拉紐瓦 拉莫斯 卡斯蒂略 納瓦洛"
)
_TH_LAT_F1 = _words("Nattaya Kanya Siriporn Malee Pranee Wanida Supaporn Ratana")
_TH_LAT_M1 = _words("Somchai Wichai Somsak Prasert Anan Sombat Chaiwat Thanakorn")
_TH_LAT_2 = _words("Srisuk Thongdee Boonmee Saetang Kaewmanee Wongsa Sukjai Phromma Jaidee")
_TH_HAN_F1 = _words("娜塔雅 甘雅 詩麗蓬 瑪麗 帕妮 婉妮達 蘇帕蓬 拉塔娜")
_TH_HAN_M1 = _words("宋猜 威猜 宋薩 巴瑟 阿南 頌巴 猜瓦 他納功")
_TH_HAN_2 = _words("西蘇 通迪 汶米 賽登 蓋瑪妮 旺薩 蘇齋 彭瑪 齋迪")
_NATIONS = {"VN": "越南", "ID": "印尼", "PH": "菲律賓", "TH": "泰國"}


@dataclass
class _Person:
    name: str
    sex: str  # "M" or "F"
    group: str  # "adult", "foreign" or "kid"
    nation: str = "TW"
    known: bool = False


def _surname(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.05:
        return rng.choice(_SURNAMES_COMPOUND)
    if r < 0.55:
        return rng.choice(_SURNAMES_COMMON)
    if r < 0.88:
        return rng.choice(_SURNAMES_MID)
    return rng.choice(_SURNAMES_RARE)


def _han_name(rng: random.Random, sex: str, kid: bool) -> str:
    if kid:
        given = rng.choice(_GIVEN_KID_M if sex == "M" else _GIVEN_KID_F)
        return _surname(rng) + given
    if rng.random() < 0.08:
        given = rng.choice(_GIVEN_ONE_M if sex == "M" else _GIVEN_ONE_F)
    else:
        given = rng.choice(_GIVEN_M if sex == "M" else _GIVEN_F)
    surname = _surname(rng)
    if sex == "F" and len(surname) == 1 and rng.random() < 0.12:  # 冠夫姓
        husband = rng.choice(_SURNAMES_COMMON + _SURNAMES_MID)
        if husband != surname:
            return husband + surname + given
    return surname + given


def _indigenous_name(rng: random.Random, sex: str) -> str:
    if rng.random() < 0.6:
        first = rng.choice(_INDIG_HAN_M if sex == "M" else _INDIG_HAN_F)
        return first + rng.choice("‧‧·") + rng.choice(_INDIG_HAN_2)
    first = rng.choice(_INDIG_LAT_M if sex == "M" else _INDIG_LAT_F)
    return f"{first} {rng.choice(_INDIG_LAT_2)}"


def _foreign_name(rng: random.Random, sex: str) -> tuple[str, str]:
    nation = rng.choice(["VN", "VN", "ID", "ID", "PH", "TH"])
    han = rng.random() < 0.45
    f = sex == "F"
    if nation == "VN":
        lat_fam, han_fam = rng.choice(_VN_FAMILY)
        lat_giv, han_giv = rng.choice(_VN_GIVEN_F if f else _VN_GIVEN_M)
        if han:
            return han_fam + ("氏" if f else "文") + han_giv, nation
        name = f"{lat_fam} {'Thi' if f else 'Van'} {lat_giv}"
        return (name.upper() if rng.random() < 0.4 else name), nation
    if nation == "ID":
        if han:
            a = rng.choice(_ID_HAN_F1 if f else _ID_HAN_M1)
            return a + rng.choice("‧·") + rng.choice(_ID_HAN_F2 if f else _ID_HAN_M2), nation
        a = rng.choice(_ID_LAT_F1 if f else _ID_LAT_M1)
        name = f"{a} {rng.choice(_ID_LAT_F2 if f else _ID_LAT_M2)}"
        return (name.upper() if rng.random() < 0.3 else name), nation
    if nation == "PH":
        if han:
            a = rng.choice(_PH_HAN_F1 if f else _PH_HAN_M1)
            return a + rng.choice("‧·") + rng.choice(_PH_HAN_2), nation
        name = f"{rng.choice(_PH_LAT_F1 if f else _PH_LAT_M1)} {rng.choice(_PH_LAT_2)}"
        return (name.upper() if rng.random() < 0.3 else name), nation
    if han:
        a = rng.choice(_TH_HAN_F1 if f else _TH_HAN_M1)
        return a + rng.choice("‧·") + rng.choice(_TH_HAN_2), nation
    name = f"{rng.choice(_TH_LAT_F1 if f else _TH_LAT_M1)} {rng.choice(_TH_LAT_2)}"
    return (name.upper() if rng.random() < 0.3 else name), nation


def _new_person(rng: random.Random, group: str, sex: str) -> _Person:
    if group == "kid":
        return _Person(_han_name(rng, sex, kid=True), sex, "kid")
    if group == "foreign":
        name, nation = _foreign_name(rng, sex)
        return _Person(name, sex, "foreign", nation)
    r = rng.random()
    if r < 0.10:
        name, nation = _foreign_name(rng, sex)
        return _Person(name, sex, "foreign", nation)
    if r < 0.18:
        return _Person(_indigenous_name(rng, sex), sex, "adult")
    return _Person(_han_name(rng, sex, kid=False), sex, "adult")


# ---------------------------------------------------------------- places and things
# city: [(district, postal code)], landline area codes
_CITIES: dict[str, tuple[list[tuple[str, str]], list[str]]] = {
    "臺北市": ([("大安區", "106"), ("信義區", "110"), ("中山區", "104"), ("文山區", "116"),
               ("士林區", "111"), ("北投區", "112"), ("內湖區", "114"), ("萬華區", "108")], ["02"]),
    "新北市": ([("板橋區", "220"), ("三重區", "241"), ("中和區", "235"), ("新店區", "231"),
               ("新莊區", "242"), ("淡水區", "251"), ("汐止區", "221"), ("樹林區", "238")], ["02"]),
    "桃園市": ([("桃園區", "330"), ("中壢區", "320"), ("平鎮區", "324"), ("龜山區", "333"),
               ("八德區", "334"), ("復興區", "336")], ["03"]),
    "臺中市": ([("西屯區", "407"), ("北屯區", "406"), ("南屯區", "408"), ("豐原區", "420"),
               ("大里區", "412"), ("太平區", "411"), ("霧峰區", "413")], ["04"]),
    "臺南市": ([("東區", "701"), ("永康區", "710"), ("安南區", "709"), ("新營區", "730"),
               ("麻豆區", "721"), ("善化區", "741")], ["06"]),
    "高雄市": ([("三民區", "807"), ("苓雅區", "802"), ("鳳山區", "830"), ("左營區", "813"),
               ("旗山區", "842"), ("美濃區", "843"), ("岡山區", "820")], ["07"]),
    "基隆市": ([("仁愛區", "200"), ("七堵區", "206")], ["02"]),
    "新竹市": ([("東區", "300"), ("北區", "300")], ["03"]),
    "新竹縣": ([("竹北市", "302"), ("竹東鎮", "310"), ("尖石鄉", "313")], ["03"]),
    "苗栗縣": ([("苗栗市", "360"), ("頭份市", "351"), ("苑裡鎮", "358")], ["037"]),
    "彰化縣": ([("彰化市", "500"), ("員林市", "510"), ("二林鎮", "526"), ("溪湖鎮", "514"),
               ("田尾鄉", "522")], ["04"]),
    "南投縣": ([("南投市", "540"), ("埔里鎮", "545"), ("信義鄉", "556"), ("仁愛鄉", "546")],
              ["049"]),
    "雲林縣": ([("斗六市", "640"), ("虎尾鎮", "632"), ("西螺鎮", "648"), ("二崙鄉", "649"),
               ("北港鎮", "651")], ["05"]),
    "嘉義縣": ([("太保市", "612"), ("民雄鄉", "621"), ("朴子市", "613"), ("阿里山鄉", "605")],
              ["05"]),
    "嘉義市": ([("東區", "600"), ("西區", "600")], ["05"]),
    "屏東縣": ([("屏東市", "900"), ("潮州鎮", "920"), ("萬丹鄉", "913"), ("東港鎮", "928"),
               ("來義鄉", "922")], ["08"]),
    "宜蘭縣": ([("宜蘭市", "260"), ("羅東鎮", "265"), ("三星鄉", "266"), ("南澳鄉", "272")],
              ["03"]),
    "花蓮縣": ([("花蓮市", "970"), ("吉安鄉", "973"), ("秀林鄉", "972"), ("玉里鎮", "981")],
              ["03"]),
    "臺東縣": ([("臺東市", "950"), ("卑南鄉", "954"), ("池上鄉", "958"), ("達仁鄉", "966")],
              ["089"]),
    "澎湖縣": ([("馬公市", "880")], ["06"]),
    "金門縣": ([("金城鎮", "893")], ["082"]),
    "連江縣": ([("南竿鄉", "209")], ["0836"]),
}  # fmt: skip
_CITY_NAMES = list(_CITIES)
_ROADS = _words(
    """中山路 中正路 民生路 民族路 民權路 復興路 和平路 建國路 光復路 忠孝路 仁愛路 信義路
    自由路 成功路 文化路 中華路 大同路 新生路 公園路 博愛路 三民路 五福路 福德街 永安街
    勝利街 長春路 青年路 育英街 林森路 興隆路 文心路 環河路 站前路 府前路 光明街 新興路
    大學路 保安街 龍泉街 太平路 復興南路 中山北路 忠孝東路 重慶南路 四維路 德安街 富農路"""
)
_VILLAGES = _words("中興 福興 永和 東勢 新庄 頂厝 後寮 崁頂 大埔 舊社 三塊 下寮 田中 港后 山腳")
_CN_NUM = "一二三四五六七八九"
_ROADX = [
    "中正路與和平路口", "忠孝東路四段人行道", "民生路自行車道", "河濱自行車道",
    "復興南路與信義路口", "公園路騎樓", "文心路與市政路口", "中華路地下道出口",
]  # fmt: skip
_STATIONS = [
    "捷運科技大樓站", "臺大公館校區", "市民廣場", "松山車站(1號出口)", "中山國中",
    "新莊運動公園", "文心森林公園", "高雄車站(建國路)", "臺南火車站(前站)", "桃園區公所",
    "捷運市政府站(3號出口)", "新竹火車站(前站)", "台中車站(台灣大道)", "國父紀念館",
]  # fmt: skip
_HOSPITALS = [
    "臺大醫院", "彰化基督教醫院", "成大醫院", "嘉義長庚醫院", "花蓮慈濟醫院", "臺中榮總",
    "高雄長庚醫院", "衛福部豐原醫院", "馬偕紀念醫院", "奇美醫院", "亞東醫院", "埔里基督教醫院",
]  # fmt: skip
_ZOO = [
    "臺灣動物區", "非洲動物區", "無尾熊館", "企鵝館", "大貓熊館", "兒童動物區",
    "兩棲爬蟲動物館", "沙漠動物區", "溫帶動物區", "鳥園", "昆蟲館",
]  # fmt: skip
_MUSEUM = [
    "恐龍廳", "第一展覽室", "兒童探索區", "B1特展室", "生命科學廳", "常設展二樓",
    "地球環境廳", "南島文化廳", "戶外植物園",
]  # fmt: skip
_MUSEUMS = [
    "國立自然科學博物館", "國立臺灣博物館", "國立臺灣史前文化博物館", "國立海洋科技博物館",
    "國立故宮博物院南部院區", "高雄市立歷史博物館",
]  # fmt: skip
_CROPS = _words("高麗菜田 茶園 芒果園 稻田 蓮霧園 鳳梨田 香蕉園 文旦園 葡萄園 檳榔園 番茄溫室")
_PESTS = _words("巴拉刈 陶斯松 嘉磷塞 加保扶 納乃得 益達胺 賽滅寧 大滅松 芬普尼 丁基加保扶")
_SHOPS = _words("永興機車行 大發車業 順發機車行 宏昌機車 金勝機車行 林口車業 新光機車行 合興車業")
_BIKES = [
    "光陽 Many 110", "三陽 JET SL", "山葉 勁戰六代", "光陽 雷霆S 150", "三陽 迪爵125",
    "山葉 BWS 125", "PGO Ur1", "光陽 GP 125",
]  # fmt: skip
_DAYCARES = _words(
    "小太陽托嬰中心 快樂寶貝托嬰中心 向日葵公設民營托嬰中心 小星星托嬰中心 彩虹森林托嬰中心"
    " 大樹下托嬰中心 小熊維尼托嬰中心"
)
_COMPANIES = _words(
    "微笑單車股份有限公司 綠色交通股份有限公司 大台北單車營運股份有限公司 "
    "永豐機電工程有限公司 長青照護服務有限公司 安心保全股份有限公司"
)
_EXHIBITS = _words("島嶼的動物 南島語族的航行 恐龍時代 臺灣蝴蝶 山林之歌 鯨豚的祕密")
_LAWS = [
    "老人福利法第43條", "空氣污染防制法第44條", "空氣污染防制法第80條", "農藥管理法第50條",
    "兒童及少年福利與權益保障法第53條", "家庭暴力防治法第50條", "博物館法第9條",
    "野生動物保育法第18條", "職業安全衛生法第37條", "道路交通管理處罰條例第69條",
]  # fmt: skip
_DOC_PREFIXES = _words(
    "府授工 北市交運 環空 社老 農防 北市動 府社兒 環稽 衛疾 交管 府授社 高市環空 中市農植 南市社老"
)
_INJURIES = _words("右膝擦傷 左手腕骨折 臉部挫傷 左小腿撕裂傷 肋骨挫傷 右肩脫臼 下巴縫合三針")
_WORD_SENTENCES = [
    "陳列室內溫度過高，已請廠商檢修空調。", "林間步道因落石暫時封閉。",
    "黃昏後園區照明不足，建議增設路燈。", "張貼公告於各入口處。",
    "周邊停車位有限，請多利用大眾運輸。",
    "高溫時段請避免於田間作業。", "金額以實際核定為準。", "施工期間請改道通行。",
    "葉面噴灑後應間隔七日始得採收。", "石虎出沒路段請減速慢行。", "孔雀放養區禁止餵食。",
    "簡訊通知功能已恢復正常。", "馬路積水處請小心騎乘。", "洪水期間河濱車道不開放。",
    "戴口罩與手套可降低農藥暴露風險。", "紀錄表請於每月五日前彙送。",
    "龍眼採收季節請注意梯具安全。",
    "關閉園區前三十分鐘停止入園。", "游泳池暫停開放。", "程序上須先經審查會議通過。",
]  # fmt: skip

_FW_TABLE = {c: c + 0xFEE0 for c in range(0x21, 0x7F)} | {0x20: 0x3000}


def _fw(s: str) -> str:
    """Full-width form of the ASCII characters (digits, letters, punctuation, space)."""
    return s.translate(_FW_TABLE)


# ---------------------------------------------------------------- templates
# A block per template: "@genre" (or "@genre!" for a hard negative), then its lines, which
# are joined without separator; "\n" and "\t" stand for a newline and a tab. [a|b] picks one
# option; {KEY} or {KEY.tag} is a value (same tag, same value) or a filler.
_TEMPLATES = r"""
@yb
主旨：有關{P.a}{HON.a}於{DATE}{TIME}在「{STATION}」租借站租用YouBike
[ 2.0| 2.0E|]發生[擦撞|自摔|碰撞]事故申請保險理賠乙案，[請查照|復請查照]。\n
說明：\n一、依據[微笑單車股份有限公司|貴公司]{DATE}[來函|電子郵件]辦理。\n
二、申請人{P.a}（身分證統一編號：{ID.a}，出生日期：{BD}）主張車輛
[煞車失靈|鏈條脫落|座墊鬆脫]致{INJ}，已檢附{HOSP}診斷證明書。\n
三、聯絡電話：{PH}；通訊地址：{AD}。

@yb
{DATE} {TIME} 客服紀錄：會員{P.a}來電（{MOB}）反映[悠遊卡|一卡通|信用卡]重複扣款{AMT}，
[已請財務組查核|已開立退款單|請其提供交易明細]。會員綁定卡號{CC}[，末四碼核對無誤|]。
[承辦：|處理人員 ]{P.s}

@yb
（電話錄音逐字稿）\n客服：您好，YouBike客服中心，請問怎麼稱呼？\n
民眾：我叫{P.a}[啦|]，我[昨天|前天|剛剛]在{STATION}那邊騎車被[機車|公車|計程車]擦到，
[車子的前輪|籃子]整個歪掉。\n客服：好的，請問您的會員手機號碼是？\n民眾：{MOB}。\n
客服：跟您確認身分證字號？\n民眾：{ID.a}。\n客服：{P.a}{HON.a}您好，我們會請保險專員跟您聯絡。

@yb
YouBike [2.0|2.0E] 事故理賠申請表\n申請人姓名：{P.a}\n身分證字號：{ID.a}\n
出生日期：{BD}\n行動電話：{MOB}\n電子信箱：{EM}\n通訊地址：{AD}\n事故日期：{DATE}\n
事故地點：{ROADX}\n受傷情形：{INJ}[\n匯款帳戶：另附存摺影本|]

@yb
會員申訴處理清單（{DATE}）\n編號｜會員｜聯絡方式｜申訴內容｜處理結果\n
1｜{P.a}｜{MOB}｜[還車未成功仍持續計費|押金未退還|帳號遭盜用]｜[已退費|處理中|已結案]\n
2｜{P.b}｜{EM}｜[騎乘時間計算錯誤|單次扣款異常|電輔車電量不足]｜[已退費|處理中|已結案]
[\n3｜{P.c}｜{PH}｜[站點無車可借|租借卡片遺失]｜[已回覆|已結案]|]

@yb
外籍會員{FP.a}（居留證號{ARC.a}[，護照號碼{PP.a}|]）因[居留證換發|手機門號變更]無法登入，
[今日|{DATE}]臨櫃辦理[帳號轉移|重新綁定]。新手機號碼：{MOB}。

@yb
[事故|理賠]案{CASE}：{P.a}（{AGE}）於{ROADX}[騎乘|牽行]公共自行車時與{P.b}之機車碰撞，
雙方均[輕傷|送醫]。{P.b}稱其[未注意|視線被遮]，已[報警處理|自行和解]。{P.a}電話{PH}，
{P.b}電話{MOB}。

@yb
To: {EM}\n{P.a}{HON.a}您好：\n您於{DATE}申請之YouBike事故理賠，因[診斷證明書日期不符|
未附醫療收據正本]，請於{DATE}前補件至{AD}[，或洽{TEL}|]。\n微笑單車客服中心

@zoo
臺北市立動物園遊客事件報告\n發生時間：{DATE}{TIME}\n地點：{ZOO}\n
當事人：{P.a}（{SEX.a}，{AGE}）\n聯絡電話：{PH}\n經過：當事人[於步道階梯處跌倒|
遭猴子搶奪食物抓傷手背|在遊園列車候車區與其他遊客發生口角]，本園[保全|救護站護理師]到場處理
[，經送{HOSP}|，現場包紮後自行離去]。\n通報人：{P.s}

@zoo
{TIME}兒童動物區廣播尋人：{KID.a}小朋友，[身穿黃色上衣|約五歲|戴藍色帽子]，
請家長至服務中心。[家長{P.b}聯絡電話{MOB}。|]{TIME}已尋獲，由家長{P.b}領回[並簽名|]。

@zoo
{MUSEUMS}\n展場事件紀錄\n{DATE}{TIME}，觀眾{P.a}（護照號碼：{PP.a}）
[於{MUSEUM}拍照時倚靠展櫃，致玻璃破裂|攜帶之孩童觸碰展品|在{MUSEUM}暈眩倒地]。
[館方已請其留下聯絡資料：{EM}、{PH}。|經志工{P.b}協助通報119後送醫。]

@zoo
年票糾紛處理：\n- {P.a}：年票遭他人冒用，身分證{ID.a}，已補發。\n
- {P.b}：[要求退費|信用卡{CC}扣款兩次]，[已退款|待財務確認]。\n
- {P.c}（{PH}）：博愛票資格爭議，出生日期{BDO}，[已補差額|已說明]。

@zoo
志工報名：{P.a}／{EM}／{MOB}／生日{BD}[／住址{AD}|]

@zoo
{P.a}（信用卡號{CC}）購買[特展|夜間導覽|動物園夜宿]門票[2|3|4|5]張重複刷卡，
已於{DATE}刷退{AMT}。[經辦：{P.s}|]

@zoo
[無尾熊|小貓熊|臺灣黑熊|國王企鵝]認養人：{P.a}，認養期間{DATE}至{DATE}，
收據寄送地址{AD}[，聯絡電話{TEL}|]。

@zoo
保育員{P.a}[表示|回報]：{TIME}有遊客[翻越欄杆|向河馬池丟擲物品|以閃光燈拍攝夜行動物]，
經勸導後登記其資料：{P.b}，{PH}[，身分證{ID.b}|]。

@farm
農藥中毒個案通報\n個案姓名：{P.a}　性別：{SEX.a}　出生：{BDO}\n身分證號：{ID.a}\n
健保卡號：{NHI}\n住址：{AD}\n暴露經過：個案於{DATE}在自家{CROP}噴灑{PEST}，
未[配戴口罩|穿著防護衣]，[返家後出現噁心、嘔吐、瞳孔縮小|約兩小時後意識不清]，
由[家屬|鄰居]{P.b}送至{HOSP}急診。\n通報醫師：{P.c}　電話：{TEL}

@farm
{DATE} 農傷：{P.a}，{AGE}，[操作中耕機時左手遭捲入|從芒果樹上跌落|
遭割草機刀片割傷小腿|搬運肥料時閃到腰]。聯絡人[女兒|兒子|配偶]{P.b} {MOB}。
已[轉介農保給付|協助申請農民職業災害保險]。

@farm
移工{FP.a}（{NAT.a}籍，居留證{ARC.a}，護照{PP.a}）於{DATE}在{TOWN}{CROP}
[搬運農藥桶|調配{PEST}]時[液體噴濺入眼|皮膚接觸]，雇主{P.b}[表示|稱]已立即以清水沖洗。
[仲介公司|雇主]聯絡電話：{PH}。

@farm
「我[阿爸|老爸|爸爸]{PM.a}早上去噴藥，回來就一直吐……」（家屬陳述，{DATE}記錄）。
[個案|病患]身分證{ID.a}，住{AD}，家屬電話{MOB}。

@farm
農民職災保險給付名冊\n姓名\t出生日期\t身分證字號\t給付金額\n
{P.a}\t{BDO}\t{ID.a}\t{AMT}\n{P.b}\t{BD}\t{ID.b}\t{AMT}[\n{P.c}\t{BDO}\t{ID.c}\t{AMT}|]

@farm
[毒藥物諮詢中心|急診]紀錄 {TIME}：{P.a}[疑似|自述]誤飲裝在寶特瓶內之{PEST}，
意識[清楚|模糊]。健保卡{NHI}，緊急聯絡人{P.b}（{PH}）。[已轉加護病房。|]

@farm
農業部[災害救助|農保]案件：申請人{P.a}，{ID.a}，帳戶已核對；傷者{P.b}
[於{DATE}|上週]在{CROP}[被蜂螫|遭毒蛇咬傷|中暑昏倒]。[回電：{TEL}|手機：{MOB}]

@moto
[{AD}\n|]{P.a} {HON.a} 台啟\n主旨：臺端所有之機車[逾期未實施排氣定期檢驗|排氣檢驗不合格]，
請於{DATE}前至本市機車排氣定檢站完成檢驗，逾期依空氣污染防制法第80條處新臺幣500元罰鍰。
\n說明：如有疑義請洽本局承辦人{P.s}，電話{TEL}。

@moto
定檢站每日紀錄 {DATE}\n車主：{P.a}｜電話：{MOB}｜車型：{BIKE}｜CO：{CO}%｜HC：{HC}ppm
｜結果：[合格|不合格]\n車主：{P.b}｜電話：{PH}｜車型：{BIKE}｜CO：{CO}%｜HC：{HC}ppm
｜結果：[合格|不合格]

@moto
寄件者：{EM}\n主旨：定檢通知寄錯人\n您好，我是{P.a}，今天收到貴局寄來的
[排氣定檢通知|限期改善通知]，但車子早在{DATE}已經[報廢了|過戶給{P.b}了]，請更正。
我的電話是{PH}，地址{AD}。\n{P.a} 敬上

@moto
汰舊換新補助申請\n申請人：{P.a}\n出生年月日：{BD}\n身分證統一編號：{ID.a}\n
聯絡電話：{TEL}／{MOB}\n撥款帳戶：[郵局|土地銀行|臺灣銀行]\n
新車[經銷商|車行]：{SHOP}（統一編號{BAN}）

@moto
{SHOP}回報：{DATE}車主{P.a}[拒絕|未完成]檢驗即騎離，[留下的|登記之]電話為{MOB}。
另{FP.b}（[居留證|ARC]{ARC.b}）之[電動機車|機車]亦已完成登記。

@moto
機車排氣異常檢舉處理\n檢舉人：{P.a}（[匿名保護|同意公開]）\n
檢舉人電話：{PH}\n被檢舉車輛車主：{P.b}，{AD}\n處理情形：通知到檢，{DATE}複驗[合格|不合格]。

@elder
老人保護個案通報表\n被害人：{P.a}（{SEX.a}，出生日期{BDO}）\n身分證統一編號：{ID.a}\n
居住地址：{AD}\n相對人：{P.b}，與被害人關係：[兒子|媳婦|孫子|女婿|外籍看護]\n
相對人電話：{MOB}\n通報事由：[鄰居發現被害人身上多處瘀傷|被害人遭限制外出且未獲適當照顧|
相對人長期取走被害人老人年金]。\n通報人：{P.c}（[里長|居服員|醫院社工]）{PH}

@elder
{DATE} 家訪。案主{P.a}[獨居|與次子同住]，[表示|稱]兒子{PM.b}[常酒後辱罵|拿走存摺|不讓其就醫]。
案主健保卡號{NHI}，已協助[就醫|申請緊急安置]。案主女兒{PF.c}（{MOB}）同意[陪同|協助照顧]。

@elder
外籍看護{FPF.a}（{NAT.a}籍，居留證號：{ARC.a}）[主動求助|向仲介反映]，
[表示|稱]雇主之子{PM.b}[多次推打案主|要求其不得讓案主外出]。
仲介聯絡人{P.c}，電話{TEL}。

@elder
「我不要回去，{PM.a}會打我。」案主{P.b}（{BDO}生）於{HOSP}急診室向社工表示。
[社工{P.c}已啟動緊急保護。|]

@elder
序號\t姓名\t出生年月日\t電話\t地址\n1\t{P.a}\t{BDO}\t{PH}\t{AD}\n
2\t{P.b}\t{BDO}\t{PH}\t{AD}

@elder
[社工員|個管師]{P.s}摘記：[{PF.a}阿嬤|{PM.a}阿公]，{AGE}，獨居於{AD}，
[近三個月|長期]遭孫子{PM.b}索討金錢。已協請{BANK}凍結帳戶，[健保卡{NHI}由社工保管。|]

@elder
受理單位回覆：\n1. 案主{P.a}（身分證{ID.a}）已於{DATE}安置於[長青|松柏]護理之家。\n
2. 家屬{P.b}[拒絕|同意]簽署同意書，聯絡方式{MOB}／{EM}。\n3. 下次訪視{DATE}。

@baby
托嬰中心意外事件紀錄表\n中心名稱：{DAYCARE}\n幼兒姓名：{KID.a}　出生日期：{BDB}\n
事件時間：{DATE}{TIME}\n事件經過：[幼兒於午睡起床時自床欄跌落，額頭腫脹|
用餐時被同學咬傷手臂|戶外活動時跌倒擦傷膝蓋]。\n處理方式：[冰敷後通知家長|送{HOSP}就醫]。\n
托育人員：{P.b}\n家長：{P.c}（{MOB}）[已簽名確認|於{TIME}到園接回]

@baby
家長{P.a}來電（{MOB}）：「我[女兒|兒子]{KID.b}今天回家[手臂有瘀青|嘴唇破皮]，
老師{PF.c}都沒跟我講！」已告知將調閱監視器。

@baby
托育補助申請\n幼兒：{KID.a}（{BDB}）\n身分證字號：{ID.a}\n父：{PM.b}　身分證字號：{ID.b}\n
母：{PF.c}　電話：{MOB}\n戶籍地址：{AD}\n電子郵件：{EM}

@baby
{DAYCARE}{DATE}無預警稽查結果：\n1. 托育人員{P.a}、{P.b}未完成[年度在職訓練|CPR複訓]。\n
2. [幼兒{KID.c}|一名幼兒]午睡時[趴睡未即時翻正|口鼻遭棉被覆蓋]，已要求改善。\n
3. 負責人{P.d}已簽收，聯絡電話{TEL}。

@baby
{KID.a}[（{BDB}生）|]今日[發燒38.5度|嘔吐兩次]，已電話通知[母親{PF.b}|父親{PM.b}]（{PH}）
於{TIME}接回。[外籍照顧者{FP.c}陪同。|]

@baby
幼兒健康資料\n姓名：{KID.a}\n生日：{BDB}\n健保卡號：{NHI}\n過敏：[無|花生|蛋白]\n
緊急聯絡人：{P.b}　{MOB}\n第二聯絡人：{P.c}　{TEL}

@baby
收費爭議：家長{P.a}以信用卡{CC}繳納[月費|註冊費]，[遭重複請款|退托後未退費]，
要求退還{AMT}；{P.a}稱「[我已經|上個月就]跟{P.b}老師說過了」。

@misc
請回電給{P.a}{HON.a}，{PH}。

@misc
[聯絡人|申請人]：{P.a}，手機{MOB}[，Email：{EM}|]

@misc
{P.a}、{P.b}、{P.c}三人[於{DATE}|今日]到場[說明|陳述意見]，[{P.a}另留電話{PH}。|]

@misc
寄件地址：{AD}\n收件人：{P.a}

@yb!
微笑單車公告：配合{DATE}[路跑活動|道路施工|馬拉松賽事]，{STATION}站暫停租借，
請會員改至鄰近站點[借還車|]。[依{AGENCY}{DOC}函辦理。|]{WORD}

@yb!
公共自行車租賃系統第{N}期營運案，得標廠商{COMPANY}（統一編號{BAN}），
決標金額{AMTL}，契約期間自{DATE}起{N}年。案號：{CASE}。

@yb!
站點名稱\t車柱數\t可借車輛\n{STATION}\t{N}\t{N}\n{STATION}\t{N}\t{N}\n
{STATION}\t{N}\t{N}\n資料時間：{DATE} {TIME}

@yb!
{AGENCY}統計：{DATE}至{DATE}公共自行車事故理賠申請{NN}件，核准{N}件，
理賠總額{AMTL}。[依{LAW}辦理。|]主要地點為{ROADX}。

@zoo!
臺北市立動物園公告：{DATE}起[大貓熊館|企鵝館|無尾熊館]整修，暫停開放[至{DATE}|約兩週]。
[大象林旺標本仍於教育中心展示。|]{WORD}

@zoo!
{MUSEUMS}{DATE}舉辦「{EXHIBIT}」特展，展品編號{ITEM}等{N}件，[門票{AMT}|免費入場]。
[展場位於{MUSEUM}。|]

@zoo!
{DATE}{TIME}，{ZOO}一隻[狐獴|水豚|石虎|馬來貘]脫出展區，經保育員於{N}分鐘內捕回，
無人員受傷。事件編號{CASE}。{WORD}

@zoo!
本館{DATE}遊客事件統計：[跌倒|中暑|走失]{N}件、[失物|設施損壞]{N}件。
[林家花園|王功漁港|曾文水庫]參訪團{N}人次。[發文字號{DOC}。|]

@farm!
[農業部|防檢署]提醒：{PEST}為[高毒性|限制使用]農藥，施用時應穿戴防護裝備；
違反{LAW}者，處{AMT}罰鍰。[本季共受理農藥中毒通報{N}件。|]{WORD}

@farm!
{CITY}{DATE}農業職災統計\n鄉鎮\t件數\n{TOWN}\t{N}\n{TOWN}\t{N}\n{TOWN}\t{N}\n
[資料來源：{AGENCY}|備註：含{PEST}中毒{N}件]

@farm!
[陳記|王記|黃家]農藥行（統一編號{BAN}）販售{PEST}未登記，依{LAW}裁處{AMT}，
處分書{DOC}。

@moto!
環保局公告：出廠滿5年之機車，應於行照原發照月份前後1個月內完成排氣定檢。
本市共有{N}家定檢站，如{SHOP}、{SHOP}。依空氣污染防制法第44條辦理。{WORD}

@moto!
發文字號：{DOC}\n主旨：公告{DATE}機車排氣定檢站評鑑結果。\n
說明：{SHOP}（統一編號{BAN}）評鑑[優等|甲等]，{SHOP}評鑑[乙等|甲等]。

@moto!
統一發票號碼{INV}\n{SHOP}\n品名：機車排氣定檢[、機油更換|]\n金額：{AMT}\n
開立日期：{DATE}

@elder!
{CITY}老人保護網絡聯繫會議紀錄\n時間：{DATE}{TIME}\n地點：本府[第一會議室|社會局大禮堂]\n
主席：[社會局局長|副局長]\n討論事項：本季受理通報{NN}件，較上季[增加|減少]{N}%；
依{LAW}，責任通報人員應於24小時內通報。

@elder!
{AGENCY}函（{DOC}）：[長青|松柏]護理之家（統一編號{BAN}）[評鑑合格|限期改善]，
補助款{AMTL}於{DATE}前撥付。{WORD}

@baby!
{DATE}托嬰中心評鑑結果：{DAYCARE}（[甲等|優等]）、{DAYCARE}（[乙等|甲等]）。
補助款{AMTL}將於{DATE}前撥付。文號{DOC}。

@baby!
依{LAW}，托嬰中心應[每學期辦理消防演練|於幼兒午睡時全程看視]；{DAYCARE}已於{DATE}完成改善，
收托人數{N}人。{WORD}

@baby!
採購案{CASE}：{DAYCARE}嬰兒床{N}組，供應商{COMPANY}（統一編號{BAN}），金額{AMTL}。
"""


def _parse_templates() -> dict[tuple[str, bool], list[str]]:
    out: dict[tuple[str, bool], list[str]] = {}
    for block in _TEMPLATES.strip().split("\n\n"):
        lines = [ln.strip() for ln in block.strip().splitlines()]
        head, body = lines[0], "".join(lines[1:])
        negative = head.endswith("!")
        genre = head[1:].rstrip("!")
        body = body.replace("\\n", "\n").replace("\\t", "\t")
        out.setdefault((genre, negative), []).append(body)
    return out


_PARSED = _parse_templates()
_GENRES = sorted({g for g, _ in _PARSED})
_NEG_GENRES = sorted({g for g, neg in _PARSED if neg})
_ALT = re.compile(r"\[([^\[\]]*)\]")
_SLOT = re.compile(r"\{([A-Z]+)(?:\.(\w+))?\}")

_PERSON_KEYS = {
    "P": ("adult", None), "PM": ("adult", "M"), "PF": ("adult", "F"),
    "FP": ("foreign", None), "FPM": ("foreign", "M"), "FPF": ("foreign", "F"),
    "KID": ("kid", None),
}  # fmt: skip
_LABELS = {
    "ID": "TW_NATIONAL_ID", "ARC": "TW_RESIDENT_CERT", "MOB": "PHONE", "TEL": "PHONE",
    "PH": "PHONE", "EM": "EMAIL", "AD": "ADDRESS", "NHI": "TW_NHI_CARD", "PP": "PASSPORT",
    "CC": "CREDIT_CARD", "BD": "BIRTH_DATE", "BDO": "BIRTH_DATE", "BDB": "BIRTH_DATE",
}  # fmt: skip


# ---------------------------------------------------------------- the generator
class _Gen:
    def __init__(self, rng: random.Random, known: list[_Person], known_names: set[str]):
        self.rng = rng
        self.known_names = known_names
        self.pools: dict[tuple[str, str], list[_Person]] = {}
        for p in known:
            self.pools.setdefault((p.group, p.sex), []).append(p)
            if p.group == "foreign":
                self.pools.setdefault(("adult", p.sex), []).append(p)
        self.mentioned: set[str] = set()
        self.people: dict[str, _Person] = {}
        self.cache: dict[tuple[str, str], str] = {}
        self.day: _dt.date | None = None
        self.date_style = 0
        self.city: str | None = None

    # ---- people
    def person(self, tag: str, group: str = "adult", sex: str | None = None) -> _Person:
        if tag in self.people:
            return self.people[tag]
        rng = self.rng
        sex = sex or rng.choice("MF")
        pool = self.pools.get((group, sex), [])
        if pool and rng.random() < _KNOWN_RATE:
            p = rng.choice(pool)
            p = _Person(p.name, p.sex, p.group, p.nation, known=True)
        else:
            while True:
                p = _new_person(rng, group, sex)
                if p.name not in self.known_names:
                    break
        taken = {q.name for q in self.people.values()}
        if p.name in taken:  # two different people of a text never share a name
            return self.person(tag, group, sex)
        self.people[tag] = p
        self.mentioned.add(p.name)
        return p

    # ---- structured values
    def fw(self, s: str) -> str:
        return _fw(s) if self.rng.random() < _FW_RATE else s

    def digits(self, k: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(k))

    def national_id(self, sex: str | None) -> str:
        rng = self.rng
        letter = rng.choice(list(LETTER_CODES))
        body = ("1" if sex == "M" else "2" if sex == "F" else rng.choice("12")) + self.digits(7)
        value = letter + body + id_check_digit(letter, body)
        assert twid.is_valid(value)
        if rng.random() < 0.04:
            value = value[0].lower() + value[1:]
        return self.fw(value)

    def resident_cert(self, sex: str | None) -> str:
        rng = self.rng
        letter = rng.choice(list(LETTER_CODES))
        if rng.random() < 0.7:  # new form
            second = "8" if sex == "M" else "9" if sex == "F" else rng.choice("89")
            body = second + self.digits(7)
            value = letter + body + id_check_digit(letter, body)
        else:
            second = rng.choice("ABCD")
            tail7 = self.digits(7)
            check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail7)
            value = letter + second + tail7 + check
        assert arc.is_valid(value)
        return self.fw(value)

    def mobile(self) -> str:
        rng = self.rng
        while True:
            num = "09" + rng.choice("0123456789") + self.digits(7)
            if phone.is_valid(num):
                break
        a, b, c = num[:4], num[4:7], num[7:]
        forms = [
            f"{a}-{b}-{c}", f"{num}", f"{a} {b} {c}", f"{a}-{b}{c}", f"{a}.{b}.{c}",
            f"+886-{a[1:]}-{b}-{c}", f"+886 {a[1:]} {b} {c}", f"+886{num[1:]}",
            f"({a}){b}-{c}", f"886-{a[1:]}-{b}{c}",
        ]  # fmt: skip
        weights = [30, 20, 10, 8, 3, 6, 5, 4, 3, 2]
        return self.fw(rng.choices(forms, weights)[0])

    def landline(self, area: str | None = None) -> str:
        rng = self.rng
        plans = {
            "02": ("2345678", 8), "03": ("34589", 7), "037": ("2345", 6), "04": ("2", 8),
            "047": ("0", 0), "049": ("2", 7), "05": ("2356", 7), "06": ("25679", 7),
            "07": ("3567", 7), "08": ("78", 7), "089": ("3", 6), "082": ("3", 6),
            "0836": ("2", 5),
        }  # fmt: skip
        for _ in range(50):
            code = area or rng.choice(list(plans))
            if code == "047":
                code, local = "04", rng.choice("78") + self.digits(6)
            else:
                first, size = plans[code]
                local = rng.choice(first) + self.digits(size - 1)
            if code == "04" and len(local) == 8:
                local = "2" + rng.choice("2345") + local[2:]
            if phone.is_valid(code + local):
                break
            area = None
        assert phone.is_plausible(code + local)
        if len(local) == 8:
            l1, l2 = local[:4], local[4:]
        elif len(local) == 7:
            l1, l2 = local[:3], local[3:]
        elif len(local) == 6:
            l1, l2 = local[:2], local[2:]
        else:
            l1, l2 = "", local
        sep = f"{l1}-{l2}" if l1 else l2
        forms = [
            f"({code}){sep}", f"{code}-{sep}", f"{code}-{local}",
            f"{code} {l1} {l2}".replace("  ", " "),
            f"({code}) {local}", f"+886-{code[1:]}-{sep}", f"+886 {code[1:]} {local}",
            f"{code}{local}",
        ]  # fmt: skip
        value = rng.choices(forms, [25, 25, 15, 8, 6, 6, 4, 6])[0]
        if rng.random() < 0.2:
            ext = self.digits(rng.choice([2, 3, 4])).lstrip("0") or "12"
            value += (
                rng.choice(["#", " 分機", "分機", " 分機 ", "轉", " ext. ", " ext.", " #"]) + ext
            )
        return self.fw(value)

    def email(self) -> str:
        rng = self.rng
        toks = _words(
            """mei yu chen lin hsu wang chang huang ting jia hao wei shu fen kevin amy jason
            vivian peggy tony iris sunny hsieh tsai kuo yang liu nguyen siti maria yuma
            panay apple lulu happy ken ivy cindy eric jerry ming hui chun tw"""
        )
        local = rng.choice(toks)
        if rng.random() < 0.7:
            local += rng.choice([".", "_", "", "-"]) + rng.choice(toks)
        if rng.random() < 0.6:
            local += rng.choice([str(rng.randint(1950, 2010)), self.digits(rng.choice([2, 3, 4]))])
        domain = rng.choice(
            _words(
                """gmail.com gmail.com yahoo.com.tw hotmail.com outlook.com ms1.hinet.net
                msa.hinet.net pchome.com.tw icloud.com seed.net.tw livemail.tw"""
            )
        )
        return self.fw(f"{local}@{domain}")

    def address(self) -> str:
        rng = self.rng
        city = rng.choice(_CITY_NAMES)
        district, zipc = rng.choice(_CITIES[city][0])
        parts = []
        if rng.random() < 0.35:
            z = zipc + (self.digits(3) if rng.random() < 0.4 else "")
            parts.append(z + rng.choice(["", " "]))
        parts.append(city.replace("臺", "台") if rng.random() < 0.3 else city)
        parts.append(district)
        if rng.random() < 0.25:
            parts.append(rng.choice(_VILLAGES) + ("村" if district.endswith("鄉") else "里"))
            if rng.random() < 0.6:
                parts.append(f"{rng.randint(1, 30)}鄰")
        parts.append(rng.choice(_ROADS))
        if rng.random() < 0.4:
            parts.append(rng.choice(_CN_NUM[:5]) + "段")
        if rng.random() < 0.4:
            parts.append(f"{rng.randint(1, 420)}巷")
            if rng.random() < 0.35:
                parts.append(f"{rng.randint(1, 40)}弄")
        num = str(rng.randint(1, 899))
        r = rng.random()
        if r < 0.1:
            parts.append(f"{num}之{rng.randint(1, 9)}號")
        elif r < 0.2:
            parts.append(f"{num}號之{rng.randint(1, 9)}")
        else:
            parts.append(f"{num}號")
        if rng.random() < 0.45 and not parts[-1].startswith(num + "號之"):
            floor = rng.randint(2, 23)
            parts.append(f"{floor}樓" + (f"之{rng.randint(1, 12)}" if rng.random() < 0.3 else ""))
        return self.fw("".join(parts))

    def nhi(self) -> str:
        rng = self.rng
        num = ("0000" if rng.random() < 0.7 else "0" + self.digits(3)) + self.digits(8)
        form = rng.choice(
            [num, num, f"{num[:4]} {num[4:8]} {num[8:]}", f"{num[:4]}-{num[4:8]}-{num[8:]}"]
        )
        return self.fw(form)

    def passport(self, nation: str) -> str:
        rng = self.rng
        if nation == "VN":
            v = rng.choice("CNB") + self.digits(7)
        elif nation == "ID":
            v = rng.choice("CEXB") + self.digits(7)
        elif nation == "PH":
            v = (
                "P" + self.digits(7) + rng.choice("ABC")
                if rng.random() < 0.7
                else "EC" + self.digits(7)
            )
        elif nation == "TH":
            v = rng.choice(["AA", "AB", "AC"]) + self.digits(7)
        else:
            v = rng.choice("3333312") + self.digits(8)
        return self.fw(v)

    def credit_card(self) -> str:
        rng = self.rng
        while True:
            kind = rng.choices(["visa", "mc", "jcb", "amex"], [50, 25, 15, 10])[0]
            if kind == "visa":
                prefix, length = "4", 16
            elif kind == "mc":
                prefix, length = "5" + rng.choice("12345"), 16
            elif kind == "jcb":
                prefix, length = "35" + str(rng.randint(28, 89)), 16
            else:
                prefix, length = "3" + rng.choice("47"), 15
            body = prefix + self.digits(length - len(prefix) - 1)
            for d in "0123456789":
                if creditcard.luhn_ok(body + d):
                    num = body + d
                    break
            if creditcard.is_valid(num):
                break
        if length == 15:
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i : i + 4] for i in range(0, 16, 4)]
        sep = rng.choices([" ", "-", ""], [45, 35, 20])[0]
        return self.fw(sep.join(groups))

    def birth_date(self, lo: int, hi: int) -> str:
        rng = self.rng
        y = rng.randint(lo, hi)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28 if m == 2 else 30)
        roc = y - 1911
        if rng.random() < 0.55:
            forms = [
                f"民國{roc}年{m}月{d}日", f"{roc}年{m}月{d}日", f"{roc}.{m:02d}.{d:02d}",
                f"{roc:03d}/{m:02d}/{d:02d}", f"{roc:03d}{m:02d}{d:02d}", f"{roc}/{m}/{d}",
                f"民國{roc}年{m:02d}月{d:02d}日",
            ]  # fmt: skip
        else:
            forms = [
                f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日",
                f"{y}.{m}.{d}", f"西元{y}年{m}月{d}日", f"{y}/{m}/{d}",
            ]  # fmt: skip
        return self.fw(rng.choice(forms))

    def value(self, key: str, tag: str | None) -> str:
        person = self.people.get(tag) if tag else None
        sex = person.sex if person else None
        if key == "ID":
            return self.national_id(sex)
        if key == "ARC":
            return self.resident_cert(sex)
        if key == "MOB":
            return self.mobile()
        if key == "TEL":
            return self.landline()
        if key == "PH":
            return self.mobile() if self.rng.random() < 0.6 else self.landline()
        if key == "EM":
            return self.email()
        if key == "AD":
            return self.address()
        if key == "NHI":
            return self.nhi()
        if key == "PP":
            return self.passport(person.nation if person else "TW")
        if key == "CC":
            return self.credit_card()
        if key == "BD":
            return self.birth_date(1952, 2004)
        if key == "BDO":
            return self.birth_date(1928, 1958)
        return self.birth_date(2022, 2024)  # BDB

    # ---- fillers (never personal data)
    def date(self) -> str:
        rng = self.rng
        if self.day is None:
            self.day = _dt.date(2024, 1, 1) + _dt.timedelta(days=rng.randint(0, 640))
            self.date_style = rng.randrange(6)
        else:
            self.day += _dt.timedelta(days=rng.randint(1, 40))
        y, m, d = self.day.year, self.day.month, self.day.day
        forms = [
            f"{y - 1911}年{m}月{d}日", f"{m}月{d}日", f"{y - 1911}/{m:02d}/{d:02d}",
            f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{y - 1911}.{m:02d}.{d:02d}",
        ]  # fmt: skip
        return self.fw(forms[self.date_style])

    def time(self) -> str:
        rng = self.rng
        h, mi = rng.randint(8, 20), rng.randint(0, 59)
        forms = [
            f"{'上午' if h < 12 else '下午'}{h % 12 or 12}時{mi}分",
            f"{'上午' if h < 12 else '下午'}{h % 12 or 12}時許", f"{h:02d}:{mi:02d}",
            f"晚間{rng.randint(6, 10)}點多", "中午", f"{h}時{mi:02d}分",
        ]  # fmt: skip
        return rng.choice(forms)

    def doc_number(self) -> str:
        rng = self.rng
        num = f"11{rng.randint(3, 4)}{self.digits(7)}"
        return self.fw(f"{rng.choice(_DOC_PREFIXES)}字第{num}號")

    def case_number(self) -> str:
        rng = self.rng
        roc = rng.choice([113, 114])
        n = rng.randint(1, 9999)
        forms = [
            f"{roc}-YB-{n:05d}", f"{roc}年度老保字第{n:04d}號", f"CRM{roc + 1911}{n:06d}",
            f"ZOO-{roc + 1911}-{n:04d}", f"農傷{roc}-{n:03d}", f"TS-{roc}-{n:04d}",
            f"{roc}A{n:04d}",
        ]  # fmt: skip
        return rng.choice(forms)

    def amount(self, large: bool = False) -> str:
        rng = self.rng
        if large:
            n = rng.randint(20, 9000) * 1000
        else:
            n = rng.choice(
                [rng.randint(1, 99) * 10, rng.randint(1, 300) * 100, rng.randint(5, 60) * 500]
            )
        forms = [f"新臺幣{n:,}元", f"{n:,}元", f"NT${n:,}", f"{n}元", f"新台幣{n}元整"]
        return rng.choice(forms)

    def business_number(self) -> str:
        while True:
            v = self.digits(8)
            if ban.is_valid(v):
                return self.fw(v) if self.rng.random() < 0.1 else v

    def invoice(self) -> str:
        rng = self.rng
        while True:
            letters = rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + rng.choice(
                "ABCDEFGHJKLMNPQRSTUVWXYZ"
            )
            digits = self.digits(8)
            if not arc.is_valid(letters + digits):
                return f"{letters}-{digits}"

    def filler(self, key: str, tag: str | None) -> str:
        rng = self.rng
        if key == "HON":
            sex = self.person(tag or "_").sex
            return rng.choice(["先生", "先生", "君"] if sex == "M" else ["女士", "小姐", "女士"])
        if key == "SEX":
            return "男" if self.person(tag or "_").sex == "M" else "女"
        if key == "NAT":
            return _NATIONS.get(self.person(tag or "_", "foreign").nation, "越南")
        simple = {
            "DATE": self.date, "TIME": self.time, "DOC": self.doc_number, "CASE": self.case_number,
            "AMT": self.amount, "AMTL": lambda: self.amount(large=True),
            "BAN": self.business_number, "INV": self.invoice,
        }  # fmt: skip
        if key in simple:
            return simple[key]()
        choices = {
            "STATION": _STATIONS, "HOSP": _HOSPITALS, "ZOO": _ZOO, "MUSEUM": _MUSEUM,
            "MUSEUMS": _MUSEUMS, "CROP": _CROPS, "PEST": _PESTS, "SHOP": _SHOPS, "BIKE": _BIKES,
            "DAYCARE": _DAYCARES, "COMPANY": _COMPANIES, "EXHIBIT": _EXHIBITS, "LAW": _LAWS,
            "INJ": _INJURIES, "ROADX": _ROADX, "WORD": _WORD_SENTENCES,
            "BANK": ["郵局", "土地銀行", "農會信用部", "合作金庫"],
            "AGENCY": ["交通局", "公共運輸處", "環保局", "社會局", "農業局", "衛生局", "教育局"],
        }  # fmt: skip
        if key in choices:
            return rng.choice(choices[key])
        if key == "CITY":
            self.city = rng.choice(_CITY_NAMES)
            return self.city
        if key == "TOWN":
            return rng.choice(_CITIES[self.city or rng.choice(_CITY_NAMES)][0])[0]
        if key == "N":
            return str(rng.randint(2, 60))
        if key == "NN":
            return str(rng.randint(60, 900))
        if key == "AGE":
            return f"{rng.randint(19, 88)}歲"
        if key == "CO":
            return f"{rng.uniform(0.1, 4.5):.2f}"
        if key == "HC":
            return str(rng.randint(80, 2400))
        if key == "ITEM":
            year, num = rng.randint(1990, 2023), rng.randint(1, 999)
            return f"{rng.choice(['MH', 'NMNS', 'NTM'])}-{year}-{num:04d}"
        raise KeyError(key)

    # ---- one sample
    def render(self, template: str, negative: bool) -> Sample:
        rng = self.rng
        self.people, self.cache = {}, {}
        self.day, self.city = None, None
        while m := _ALT.search(template):
            template = (
                template[: m.start()] + rng.choice(m.group(1).split("|")) + template[m.end() :]
            )
        out: list[str] = []
        spans: list[tuple[int, int, str]] = []
        known: list[bool] = []
        length, last = 0, 0
        for m in _SLOT.finditer(template):
            out.append(template[last : m.start()])
            length += m.start() - last
            last = m.end()
            key, tag = m.group(1), m.group(2)
            if key in _PERSON_KEYS:
                group, sex = _PERSON_KEYS[key]
                p = self.person(tag or f"_{len(spans)}", group, sex)
                text, label = p.name, "PERSON"
                known.append(p.known)
            elif key in _LABELS:
                ck = (key, tag) if tag else None
                if ck and ck in self.cache:
                    text = self.cache[ck]
                else:
                    text = self.value(key, tag)
                    if ck:
                        self.cache[ck] = text
                label = _LABELS[key]
            else:
                text, label = self.filler(key, tag), None
            if label:
                assert not negative, "hard negatives take no values"
                spans.append((length, length + len(text), label))
            out.append(text)
            length += len(text)
        out.append(template[last:])
        return Sample("".join(out), spans, hard_negative=negative, known_person=known)


def _known_people(rng: random.Random, k: int) -> list[_Person]:
    people: list[_Person] = []
    seen: set[str] = set()
    while len(people) < k:
        r = rng.random()
        group = "kid" if r < 0.12 else "foreign" if r < 0.25 else "adult"
        p = _new_person(rng, group, rng.choice("MF"))
        if p.name not in seen:
            seen.add(p.name)
            people.append(p)
    return people


def generate_heldout53(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples and the known-names list (an applicant-name column)."""
    rng = random.Random(seed)
    known = _known_people(rng, max(40, n // 3))
    known_names = {p.name for p in known}
    gen = _Gen(rng, known, known_names)
    samples: list[Sample] = []
    for _ in range(n):
        negative = rng.random() < _NEGATIVE_RATE
        genre = rng.choice(_NEG_GENRES if negative else _GENRES)
        template = rng.choice(_PARSED[(genre, negative)])
        samples.append(gen.render(template, negative))
    # names that are in the column but never mentioned in any text
    names = [p.name for p in known]
    extra = max(10, len(names) // 10)
    while extra:
        p = _new_person(rng, "adult", rng.choice("MF"))
        if p.name not in known_names and p.name not in gen.mentioned:
            known_names.add(p.name)
            names.append(p.name)
            extra -= 1
    rng.shuffle(names)
    return samples, names
