"""Held-out set 45: synthetic Taiwanese agency free text with gold personal-data spans.

Written without looking at the scanner, so that the first measurement on it is a held-out
figure. Genres: food-safety inspections and food-poisoning investigations, outdoor-signboard
permits and removal notices, water-supply transfers, arrears and disconnections, school
enrolment and transfer records, traffic-accident mediation records and adult-guardianship
social-worker reports. Registers vary: 公文, case-log notes, transcribed speech, pasted forms
and tables, lists and one-liners.

Templates use a small notation: ``<a|b|c>`` picks one alternative, ``[x]`` keeps ``x`` half of
the time and ``{KEY}`` / ``{KEY#n}`` inserts a value (``#n`` repeats the same value). Keys that
produce personal data add a gold span; the others fill in public look-alikes. A quarter of the
samples are hard negatives that hold only such look-alikes.

Every value is made valid with the checksum helpers of ``pipelines.deid.identifiers``, and each
sample is redrawn until no valid ID, resident certificate, card number, e-mail or telephone
number stands outside its gold spans.
"""

from __future__ import annotations

import datetime
import random
import re
from collections.abc import Callable
from typing import NamedTuple

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit


def _words(text: str) -> list[str]:
    """A word list written as one space-separated string."""
    return text.split()


# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------

_SURNAMES_TOP = _words(
    "陳 林 黃 張 李 王 吳 劉 蔡 楊 許 鄭 謝 郭 洪 曾 邱 廖 賴 周 徐 蘇 葉 莊 呂 江 何 蕭 羅 高"
)
_SURNAMES_MORE = list(
    dict.fromkeys(
        _words("""
簡 朱 鍾 施 游 詹 沈 彭 胡 余 盧 潘 顏 梁 趙 柯 翁 魏 方 孫 戴 范 宋 鄧 杜 侯 曹 薛
傅 丁 溫 紀 蔣 歐 藍 連 唐 馬 董 石 卓 程 姚 康 馮 古 姜 湯 汪 白 田 涂 鄒 巫 尤 鐘
龔 嚴 韓 黎 袁 童 陸 金 錢 駱 夏 柳 辛 俞 甘 賀 雷 阮 倪 葛 孔 段 邵 孟 易 龍 喬 左
崔 凃 符 池 萬 向 毛 季 管 官 饒 伍 殷 麥 單 熊 秦 史 穆 常 文 花 粘 莫 譚 包 席 利
諶 竇 蒲 戚 全 冉 仲 褚 邢 郝 祝 岳 聶 滕 荊 卜 樊 危 楚 闕 練 商 冷 談 曲 覃 晏 柴
閻 耿 廉 艾 查 井 寇 婁 衛 牛 鮑 邴 鄔 烏 申""")
    )
)
_SURNAMES_COMPOUND = _words(
    "歐陽 張簡 張廖 范姜 司徒 上官 諸葛 司馬 夏侯 皇甫 公孫 東方 慕容 長孫 鍾離 周黃 尉遲"
)

_GIVEN_M = _words("""
志明 建宏 俊傑 家豪 冠宇 承恩 宗翰 柏翰 彥廷 子豪 宇軒 品睿 哲瑋 明哲 文雄 國華 志偉
振宇 冠廷 凱文 信宏 俊宏 耀中 崇德 正雄 榮發 金龍 清水 永福 天賜 啟明 嘉偉 世昌 育誠
宏仁 俊男 瑞麟 文彬 冠霖 政勳 立群 晉豪 柏宇 睿恩 宥廷 昱辰 宸睿 翊安 紹安 博文 家銘
勝雄 慶豐 順益 財旺 萬得 聰明 坤山 炳煌 福來 進財 宗憲 國棟 俊毅 泓文 承翰 奕辰 宇恩
定遠 少華 建志 振興 德昌 光輝 煥章 仁傑 錦堂 耀宗 秉諺 冠中 書豪 彥均 聖傑 維倫 育賢
鴻文 士傑 祐銘 浩然 敬堯 弘毅 志豪 偉倫 政宏 士凱 明宏 家瑋 皓宇 哲宇 致遠 逸群 尚恩
孟儒 天佑 泰安 鈞凱 廣源 茂盛 金生 火旺 添丁 水木 榮華 朝宗 明德 國輝 志成 文龍 建良
宏銘 家宏 俊賢 冠良 正宗 永信 有財 春生 秋雄 清輝 文正 俊德 景文 孟哲 睿哲 承佑 柏諺
品翰 宇翔 宏宇 子翔 建廷 昌霖 振豪 柏均 冠豪 威廷 敏雄 景輝 漢文 忠義 德勝 嘉宏 勇志
士豪""")
_GIVEN_F = _words("""
淑芬 美玲 雅婷 怡君 佳穎 欣怡 詩涵 宜蓁 郁婷 惠美 秀英 麗華 美惠 淑惠 玉蘭 素珍 月娥
秀蘭 碧霞 春嬌 金蓮 寶珠 雅惠 佩君 靜怡 婉婷 筱涵 心怡 思妤 子晴 品妍 芷涵 語彤 昀蓁
沛晴 宥蓁 羽彤 亭妤 以晴 宜庭 詠晴 芯瑜 可馨 若瑄 采潔 芸熙 曉雯 慧玲 秋月 麗卿 美珠
玉梅 秀鳳 瑞雲 桂香 雪花 碧蓮 鳳嬌 素琴 貞惠 嘉玲 淑貞 珮瑜 宛如 韻如 明珠 燕玲 家綺
雅雯 慧君 曉萍 惠珍 淑娟 麗娟 美雲 純如 嘉慧 佳蓉 若涵 品萱 瑀彤 苡安 歆妍 禹彤 心妍
妤安 秀琴 玉珍 美玉 金枝 罔市 罔腰 招弟 素娥 春梅 月霞 麗美 雅琪 雅芳 怡萱 佳慧 欣妤
郁雯 宜君 佩珊 婷婷 姿吟 思穎 于庭 書瑜 語晨 芊妤 凱婷 玟君 怡伶 淑玲 美君 雅萍 惠君
靜宜 曉玲 秀玉 玉霞 淑華 麗玉 素卿 巧玲 美娟 碧珠 惠如 佳琪 雅筑 宜臻 郁珊 姵君 筠婷
詩婷 欣穎 佳怡 宛婷 芳儀 靜雯""")
_GIVEN_NEUTRAL = _words("品安 以恩 宇晨 子安 佳恩 思齊 承安 語安 家齊 沛恩 宥安 昕恩")
_GIVEN_1_M = _words("強 偉 傑 豪 勇 斌 鋒 昇 誠 翔 毅 凱 哲 瑋 銘 彬 達 剛 堯 霖 綸 輝 鈞 翰 宏")
_GIVEN_1_F = _words("芳 玲 婷 萍 君 瑜 涵 琳 慧 瑩 雯 珊 蓉 菁 妍 瑄 琪 綺 潔 晴 嫻 如 薇 華 真")

# Indigenous names: (Han transliteration, romanisation).
_INDIG_M = [
    ("瓦歷斯", "Walis"),
    ("尤幹", "Yukan"),
    ("比令", "Pilin"),
    ("馬耀", "Mayaw"),
    ("哈勇", "Hayung"),
    ("阿洛", "Aro"),
    ("蘇外", "Suwai"),
    ("尤命", "Yumin"),
    ("巴萬", "Pawan"),
    ("阿飛", "Afi"),
    ("吉拉", "Kila"),
    ("拉罕", "Lahan"),
    ("達道", "Tadaw"),
]
_INDIG_F = [
    ("巴奈", "Panay"),
    ("伊苹", "Ipin"),
    ("拉娃", "Lawa"),
    ("吉娃斯", "Ciwas"),
    ("伊婉", "Iwan"),
    ("莎韻", "Sayun"),
    ("瑪亞", "Maya"),
    ("娃旦", "Watan"),
    ("瑪莎", "Masa"),
    ("烏芭", "Upa"),
    ("依布", "Ibu"),
    ("芭翁", "Pawong"),
]
_INDIG_FAMILY = [
    ("諾幹", "Nokan"),
    ("達利", "Tali"),
    ("巴尚", "Basang"),
    ("谷木", "Kumu"),
    ("馬賴", "Mara"),
    ("吉洛", "Kilo"),
    ("哈古", "Haku"),
    ("瓦旦", "Watan"),
    ("比浩", "Piho"),
    ("撒萬", "Sawan"),
    ("拉法", "Lafa"),
    ("莫那", "Mona"),
    ("巴燕", "Payan"),
    ("蘇樣", "Suyang"),
    ("亞布", "Yapu"),
    ("卡造", "Kacaw"),
    ("娃利", "Wali"),
    ("尤瑪", "Yuma"),
    ("多明", "Tomi"),
]

# Foreign residents' names: (Latin, Han transliteration).
_VN_FAMILY = [
    ("NGUYEN", "阮"),
    ("TRAN", "陳"),
    ("LE", "黎"),
    ("PHAM", "范"),
    ("HOANG", "黃"),
    ("VU", "武"),
    ("DANG", "鄧"),
    ("BUI", "裴"),
    ("DO", "杜"),
    ("HO", "胡"),
    ("NGO", "吳"),
    ("DUONG", "楊"),
    ("LY", "李"),
    ("TRINH", "鄭"),
    ("DINH", "丁"),
]
_VN_MIDDLE_F = [("THI", "氏"), ("NGOC", "玉"), ("KIM", "金"), ("THANH", "清")]
_VN_MIDDLE_M = [("VAN", "文"), ("DUC", "德"), ("MINH", "明"), ("HUU", "友"), ("THANH", "清")]
_VN_GIVEN_F = [
    ("HOA", "花"),
    ("LAN", "蘭"),
    ("MAI", "梅"),
    ("HUONG", "香"),
    ("THUY", "翠"),
    ("TRANG", "莊"),
    ("LINH", "玲"),
    ("NGA", "娥"),
    ("HANH", "幸"),
    ("PHUONG", "芳"),
    ("YEN", "燕"),
    ("NHUNG", "絨"),
    ("DIEP", "蝶"),
    ("THAO", "草"),
    ("HIEN", "賢"),
]
_VN_GIVEN_M = [
    ("HUNG", "雄"),
    ("DUNG", "勇"),
    ("TUAN", "俊"),
    ("NAM", "南"),
    ("HAI", "海"),
    ("LONG", "龍"),
    ("QUANG", "光"),
    ("SON", "山"),
    ("CUONG", "強"),
    ("PHONG", "豐"),
    ("TRUNG", "忠"),
    ("HIEU", "孝"),
    ("KHANH", "慶"),
]
_ID_GIVEN_F = [
    ("SITI", "西蒂"),
    ("SRI", "絲莉"),
    ("DEWI", "德維"),
    ("ANI", "阿妮"),
    ("RINA", "麗娜"),
    ("YULI", "尤莉"),
    ("NUR", "努兒"),
    ("EKA", "艾卡"),
    ("ENDANG", "恩當"),
    ("LILIS", "莉莉絲"),
    ("WULAN", "烏蘭"),
    ("RATNA", "拉娜"),
]
_ID_SECOND_F = [
    ("AMINAH", "阿米娜"),
    ("WAHYUNI", "瓦育妮"),
    ("LESTARI", "勒斯塔莉"),
    ("SUSANTI", "蘇珊蒂"),
    ("HANDAYANI", "韓達雅妮"),
    ("ASTUTI", "阿斯杜蒂"),
    ("RAHAYU", "拉哈尤"),
    ("SURYANI", "蘇莉亞妮"),
    ("MARYATI", "瑪莉亞蒂"),
    ("PURWANTI", "普萬蒂"),
]
_ID_SINGLE_F = [
    ("SUMIATI", "蘇米亞蒂"),
    ("WARSINI", "瓦西妮"),
    ("KASMINAH", "卡斯米娜"),
    ("TUMINAH", "圖米娜"),
    ("SUPARMI", "蘇帕米"),
    ("SULASTRI", "蘇拉絲蒂"),
    ("KARSIH", "卡西"),
    ("PAINEM", "拜內姆"),
]
_ID_GIVEN_M = [
    ("BUDI", "布迪"),
    ("AGUS", "阿古斯"),
    ("JOKO", "佐科"),
    ("EKO", "艾可"),
    ("HENDRA", "亨德拉"),
    ("RUDI", "魯迪"),
    ("ANDI", "安迪"),
    ("DEDI", "德迪"),
    ("SLAMET", "斯拉梅"),
    ("AHMAD", "阿瑪德"),
]
_ID_SECOND_M = [
    ("SANTOSO", "桑托索"),
    ("SETIAWAN", "塞蒂亞萬"),
    ("SUSILO", "蘇西洛"),
    ("PRASETYO", "普拉塞提約"),
    ("WIJAYA", "維嘉亞"),
    ("HIDAYAT", "希達亞特"),
    ("SAPUTRA", "薩普特拉"),
    ("KURNIAWAN", "庫尼亞萬"),
]
_PH_GIVEN_F = [
    ("Maria", "瑪莉亞"),
    ("Ana", "安娜"),
    ("Rosalie", "羅莎莉"),
    ("Jocelyn", "喬瑟琳"),
    ("Marites", "瑪莉特絲"),
    ("Jennifer", "珍妮佛"),
    ("Lorna", "羅娜"),
    ("Rowena", "羅薇娜"),
    ("Maricel", "瑪莉賽兒"),
    ("Cristina", "克莉絲汀娜"),
]
_PH_GIVEN_M = [
    ("Mark", "馬克"),
    ("Jerome", "傑洛姆"),
    ("Ramon", "拉蒙"),
    ("Joel", "喬爾"),
    ("Arnel", "阿內爾"),
    ("Rodel", "羅德爾"),
    ("Jayson", "傑森"),
    ("Romeo", "羅密歐"),
]
_PH_FAMILY = [
    ("Santos", "桑托斯"),
    ("Reyes", "雷耶斯"),
    ("Cruz", "克魯茲"),
    ("Bautista", "包蒂斯塔"),
    ("Garcia", "加西亞"),
    ("Mendoza", "門多薩"),
    ("Dela Cruz", "德拉克魯茲"),
    ("Villanueva", "維拉紐瓦"),
    ("Ramos", "拉莫斯"),
    ("Castillo", "卡斯蒂略"),
    ("Navarro", "納瓦羅"),
    ("Manalo", "馬納洛"),
    ("Pascual", "帕斯夸爾"),
    ("Soriano", "索里亞諾"),
]
_TH_GIVEN_M = [
    ("Somchai", "宋猜"),
    ("Somsak", "宋薩"),
    ("Sompong", "頌蓬"),
    ("Prasert", "帕塞"),
    ("Wichai", "威猜"),
    ("Anan", "阿南"),
    ("Suchart", "素察"),
    ("Chaiwat", "猜瓦"),
]
_TH_GIVEN_F = [
    ("Suda", "素達"),
    ("Malee", "瑪莉"),
    ("Siriporn", "詩莉蓬"),
    ("Kanya", "甘雅"),
    ("Pranee", "帕妮"),
    ("Wanida", "萬妮達"),
    ("Sunisa", "蘇妮莎"),
    ("Ratana", "拉達娜"),
]
_TH_FAMILY = [
    ("Saetang", "塞當"),
    ("Kaewkla", "凱克拉"),
    ("Srisuk", "西素"),
    ("Boonmee", "汶米"),
    ("Chaiyaporn", "猜亞蓬"),
    ("Wongsa", "翁沙"),
    ("Thongdee", "通迪"),
    ("Sukjai", "蘇凱"),
    ("Phromma", "蓬瑪"),
    ("Inthawong", "因塔翁"),
]

_NATIONALITIES = ("越南", "印尼", "菲律賓", "泰國")


class _Name(NamedTuple):
    name: str
    gender: str  # "M" or "F"
    cat: str  # "han", "married", "indig", "foreign"
    nat: str  # nationality for foreign residents, else ""


def _han_name(rng: random.Random, gender: str) -> str:
    r = rng.random()
    if r < 0.06:
        surname = rng.choice(_SURNAMES_COMPOUND)
    elif r < 0.62:
        surname = rng.choice(_SURNAMES_TOP)
    else:
        surname = rng.choice(_SURNAMES_MORE)
    r = rng.random()
    if r < 0.08:
        given = rng.choice(_GIVEN_1_M if gender == "M" else _GIVEN_1_F)
    elif r < 0.15:
        given = rng.choice(_GIVEN_NEUTRAL)
    else:
        given = rng.choice(_GIVEN_M if gender == "M" else _GIVEN_F)
    return surname + given


def _married_name(rng: random.Random) -> str:
    """冠夫姓: husband's surname, then her own surname and given name."""
    husband = rng.choice(_SURNAMES_TOP + _SURNAMES_MORE[:40])
    own = rng.choice(_SURNAMES_TOP + _SURNAMES_MORE[:40])
    while own == husband:
        own = rng.choice(_SURNAMES_TOP)
    return husband + own + rng.choice(_GIVEN_F[:90])


def _indigenous_name(rng: random.Random, gender: str) -> str:
    han, rom = rng.choice(_INDIG_M if gender == "M" else _INDIG_F)
    fam_han, fam_rom = rng.choice(_INDIG_FAMILY)
    if rng.random() < 0.35:
        return f"{rom} {fam_rom}"
    return han + rng.choice("‧‧·") + fam_han


def _foreign_name(rng: random.Random, gender: str) -> tuple[str, str]:
    nat = rng.choice(_NATIONALITIES)
    style = rng.random()  # < 0.4 Han transliteration, < 0.7 upper-case Latin, else title case
    female = gender == "F"
    if nat == "越南":
        fam = rng.choice(_VN_FAMILY)
        mid = rng.choice(_VN_MIDDLE_F if female else _VN_MIDDLE_M)
        given = rng.choice(_VN_GIVEN_F if female else _VN_GIVEN_M)
        if style < 0.4:
            return fam[1] + mid[1] + given[1], nat
        latin = f"{fam[0]} {mid[0]} {given[0]}"
    elif nat == "印尼":
        if female and rng.random() < 0.35:
            parts = [rng.choice(_ID_SINGLE_F)]
        elif female:
            parts = [rng.choice(_ID_GIVEN_F), rng.choice(_ID_SECOND_F)]
        else:
            parts = [rng.choice(_ID_GIVEN_M), rng.choice(_ID_SECOND_M)]
        if style < 0.4:
            return rng.choice("··‧").join(p[1] for p in parts), nat
        latin = " ".join(p[0] for p in parts)
    elif nat == "菲律賓":
        given = rng.choice(_PH_GIVEN_F if female else _PH_GIVEN_M)
        fam = rng.choice(_PH_FAMILY)
        if style < 0.4:
            return f"{given[1]}·{fam[1]}", nat
        if rng.random() < 0.3:
            latin = f"{fam[0]}, {given[0]}".upper()
        elif rng.random() < 0.4:
            latin = f"{given[0]} {rng.choice('ABCDGLMRSV')}. {fam[0]}"
        else:
            latin = f"{given[0]} {fam[0]}"
        return (latin.upper() if style < 0.7 else latin), nat
    else:
        given = rng.choice(_TH_GIVEN_F if female else _TH_GIVEN_M)
        fam = rng.choice(_TH_FAMILY)
        if style < 0.4:
            return f"{given[1]}·{fam[1]}", nat
        latin = f"{given[0]} {fam[0]}"
    return (latin.upper() if style < 0.7 else latin.title()), nat


def _make_name(rng: random.Random, cat: str, gender: str) -> _Name:
    if cat == "han":
        return _Name(_han_name(rng, gender), gender, cat, "")
    if cat == "married":
        return _Name(_married_name(rng), "F", cat, "")
    if cat == "indig":
        return _Name(_indigenous_name(rng, gender), gender, cat, "")
    name, nat = _foreign_name(rng, gender)
    return _Name(name, gender, "foreign", nat)


# --------------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------------

# city -> [(district, zip code, village word, roads)]
_CITIES: dict[str, list[tuple[str, str, list[str]]]] = {
    "臺北市": [
        (
            "大安區",
            "106",
            ["和平東路二段", "復興南路一段", "信義路四段", "敦化南路二段", "新生南路三段"],
        ),
        ("中正區", "100", ["重慶南路一段", "羅斯福路一段", "南昌路二段", "汀州路三段", "延平南路"]),
        ("信義區", "110", ["松仁路", "永吉路", "虎林街", "基隆路一段", "忠孝東路五段"]),
        ("士林區", "111", ["中正路", "文林路", "承德路四段", "士東路"]),
        ("內湖區", "114", ["成功路四段", "內湖路一段", "康寧路三段", "瑞光路"]),
        ("萬華區", "108", ["西園路二段", "萬大路", "康定路", "長沙街二段"]),
    ],
    "新北市": [
        ("板橋區", "220", ["文化路一段", "中山路二段", "民生路三段", "四川路二段", "漢生東路"]),
        ("新莊區", "242", ["中正路", "思源路", "幸福路", "中華路二段"]),
        ("中和區", "235", ["中和路", "景平路", "連城路", "員山路"]),
        ("三重區", "241", ["重新路四段", "正義北路", "三和路三段"]),
        ("新店區", "231", ["北新路二段", "中正路", "民權路"]),
        ("淡水區", "251", ["中山北路二段", "民權路", "英專路"]),
    ],
    "桃園市": [
        ("桃園區", "330", ["中正路", "復興路", "大興西路二段", "民生路"]),
        ("中壢區", "320", ["中華路一段", "元化路", "環北路", "中央西路二段"]),
        ("平鎮區", "324", ["環南路", "延平路二段", "南東路"]),
        ("龜山區", "333", ["文化一路", "萬壽路二段", "自強東路"]),
    ],
    "臺中市": [
        ("西屯區", "407", ["臺灣大道三段", "文心路三段", "西屯路二段", "福星路", "河南路二段"]),
        ("北屯區", "406", ["崇德路二段", "昌平路一段", "文心路四段", "北屯路"]),
        ("南區", "402", ["復興路二段", "忠明南路", "建國南路一段"]),
        ("豐原區", "420", ["中正路", "向陽路", "成功路"]),
        ("大里區", "412", ["中興路二段", "德芳南路", "東榮路"]),
    ],
    "臺南市": [
        ("東區", "701", ["東寧路", "長榮路二段", "中華東路三段", "林森路一段"]),
        ("中西區", "700", ["民族路二段", "中正路", "海安路二段", "府前路一段"]),
        ("永康區", "710", ["中華路", "中山南路", "大灣路"]),
        ("安南區", "709", ["安和路三段", "海佃路二段", "安中路四段"]),
    ],
    "高雄市": [
        ("苓雅區", "802", ["四維三路", "中正一路", "光華一路", "三多二路"]),
        ("三民區", "807", ["建工路", "九如一路", "大順二路", "民族一路"]),
        ("鳳山區", "830", ["光遠路", "五甲二路", "中山西路", "青年路二段"]),
        ("左營區", "813", ["博愛二路", "自由二路", "翠華路"]),
        ("前鎮區", "806", ["中華五路", "一心二路", "瑞隆路"]),
    ],
    "基隆市": [
        ("仁愛區", "200", ["愛一路", "仁二路", "南榮路"]),
        ("七堵區", "206", ["明德一路", "福五街"]),
    ],
    "新竹市": [
        ("東區", "300", ["光復路二段", "食品路", "建功一路"]),
        ("北區", "300", ["中正路", "北大路", "西大路"]),
    ],
    "新竹縣": [
        ("竹北市", "302", ["光明六路", "縣政九路", "博愛街"]),
        ("竹東鎮", "310", ["長春路三段", "東林路"]),
    ],
    "苗栗縣": [
        ("苗栗市", "360", ["中正路", "為公路", "府前路"]),
        ("頭份市", "351", ["中華路", "信義路"]),
    ],
    "彰化縣": [
        ("彰化市", "500", ["中山路二段", "民族路", "中華西路"]),
        ("員林市", "510", ["中山路二段", "員東路二段", "大同路一段"]),
        ("鹿港鎮", "505", ["中山路", "民族路", "彰鹿路八段"]),
    ],
    "南投縣": [
        ("南投市", "540", ["中興路", "民族路", "三和一路"]),
        ("埔里鎮", "545", ["中山路二段", "西安路一段"]),
    ],
    "雲林縣": [
        ("斗六市", "640", ["大學路三段", "雲林路二段", "中山路"]),
        ("虎尾鎮", "632", ["林森路一段", "光復路"]),
    ],
    "嘉義市": [
        ("東區", "600", ["中山路", "民族路", "垂楊路"]),
        ("西區", "600", ["友愛路", "北港路", "興業西路"]),
    ],
    "嘉義縣": [
        ("民雄鄉", "621", ["建國路二段", "中樂路"]),
        ("太保市", "612", ["祥和二路東段", "北港路二段"]),
    ],
    "屏東縣": [
        ("屏東市", "900", ["自由路", "民生路", "廣東路"]),
        ("潮州鎮", "920", ["新生路", "中山路"]),
    ],
    "宜蘭縣": [
        ("宜蘭市", "260", ["中山路三段", "神農路二段", "復興路二段"]),
        ("羅東鎮", "265", ["公正路", "中正北路", "純精路二段"]),
    ],
    "花蓮縣": [
        ("花蓮市", "970", ["中山路", "中正路", "林森路", "府前路"]),
        ("吉安鄉", "973", ["中山路三段", "吉安路二段", "中央路二段"]),
        ("光復鄉", "976", ["中正路二段", "中山路三段"]),
    ],
    "臺東縣": [
        ("臺東市", "950", ["中華路一段", "更生路", "開封街", "四維路二段"]),
        ("卑南鄉", "954", ["和平路", "太平路"]),
    ],
    "澎湖縣": [("馬公市", "880", ["中正路", "三民路", "光復路"])],
    "金門縣": [("金城鎮", "893", ["民生路", "民權路"])],
}
_VILLAGES = _words("中正 仁愛 民生 福德 新興 光明 和平 長安 永樂 忠孝 復興 福興 太平 大同")

# --------------------------------------------------------------------------------------------
# Look-alikes and context fillers (public or not personal)
# --------------------------------------------------------------------------------------------

_FOOD_AGENCIES = [
    "臺北市政府衛生局",
    "新北市政府衛生局",
    "桃園市政府衛生局",
    "臺中市食品藥物安全處",
    "臺南市政府衛生局",
    "高雄市政府衛生局",
    "彰化縣衛生局",
    "花蓮縣衛生局",
    "宜蘭縣政府衛生局",
]
_JOINT_AGENCIES = ["環保局", "消防局", "經濟發展局", "農業局", "警察局", "區公所"]
_SOCIAL_AGENCIES = [
    "臺北市政府社會局",
    "新北市政府社會局",
    "臺中市政府社會局",
    "高雄市政府社會局",
    "臺南市政府社會局",
    "桃園市政府社會局",
]
_COURTS = [
    "臺灣臺北地方法院",
    "臺灣新北地方法院",
    "臺灣臺中地方法院",
    "臺灣高雄少年及家事法院",
    "臺灣桃園地方法院",
    "臺灣花蓮地方法院",
]
_INSTITUTIONS = [
    "松柏長期照顧中心",
    "福安護理之家",
    "慈祐養護中心",
    "康寧老人長期照顧中心",
    "祥和護理之家",
    "永福老人養護中心",
]
_HOSPITALS = [
    "臺北榮民總醫院",
    "衛生福利部臺北醫院",
    "中國醫藥大學附設醫院",
    "成大醫院",
    "彰化基督教醫院",
    "亞東紀念醫院",
    "臺北市立聯合醫院仁愛院區",
    "高雄醫學大學附設中和紀念醫院",
    "花蓮慈濟醫院",
    "衛生福利部桃園醫院",
    "臺中榮民總醫院",
]
_SCHOOL_PLACES = _words(
    "中正 仁愛 信義 民生 建國 光復 大同 忠孝 復興 林口 福和 永和 文山 東門 西門 南門 北投 大直 "
    "新興 長安 光明 石牌 金華 華興 三民 五福"
)
_SHOP_BRANDS = _words(
    "林記 老王 阿美 陳家 黃媽媽 好味道 福來 鼎豐 金龍 大埔 順益 一品 小林 老張 阿財 福記 鴻福 吳"
    "家 周記 品香 永和 大碗公"
)
_SHOP_TYPES = _words(
    "牛肉麵 小吃店 便當 早餐店 滷味 熱炒 火鍋店 自助餐 餐廳 麵店 飲料店 烘焙坊 鹽酥雞 快餐店 羊"
    "肉爐 臭豆腐"
)
_CO_WORDS = _words(
    "宏昌 立峰 恆信 嘉禾 鴻鼎 耀昇 佳新 源泰 富鼎 仁和 德興 冠群 協成 永隆 振昌 金鼎 林園 高峰"
)
_CO_TRADES = _words("廣告 工程 營造 水電 團膳 食品 保全 資訊 招牌 交通 環保")
_CO_FORMS = ["有限公司", "股份有限公司", "企業社", "工程行"]
_PRODUCTS = _words(
    "豆干 肉鬆 月餅 冷凍水餃 鮮奶油 麻辣鍋底 生食級鮭魚 沙拉 布丁 花生醬 米苔目 粽子 蛋餅皮 滷味"
    "包 冷凍蝦仁"
)
_DISHES = _words(
    "便當 雞肉飯 生魚片 蛋沙拉三明治 滷肉飯 涼麵 炒飯 海鮮粥 壽司 烤鴨 炸雞排 蚵仔煎 牛肉麵 自助餐"
)
_PATHOGENS = ["腸炎弧菌", "沙門氏菌", "諾羅病毒", "金黃色葡萄球菌", "仙人掌桿菌", "產氣莢膜梭菌"]
_GRADES = [
    "一年級",
    "二年級",
    "三年級",
    "四年級",
    "五年級",
    "六年級",
    "七年級",
    "八年級",
    "九年級",
    "國小三年級",
    "國中一年級",
]
_LAWS = {
    "food": [
        "食品安全衛生管理法第8條第1項",
        "食品安全衛生管理法第44條第1項第2款",
        "食品良好衛生規範準則第4條",
        "食品安全衛生管理法第48條第2款",
        "食品安全衛生管理法第15條第1項",
    ],
    "sign": [
        "招牌廣告及樹立廣告管理辦法第4條",
        "建築法第97條之3",
        "廣告物管理自治條例第10條",
        "招牌廣告及樹立廣告管理辦法第9條第1項",
    ],
    "water": ["自來水法第61條", "自來水法第98條", "營業章程第52條", "自來水用戶用水設備標準第3條"],
    "school": ["國民教育法第4條", "強迫入學條例第9條", "國民小學及國民中學學生學籍管理辦法第6條"],
    "traffic": [
        "道路交通管理處罰條例第53條第1項",
        "鄉鎮市調解條例第26條",
        "強制汽車責任保險法第27條",
        "道路交通安全規則第102條",
    ],
    "guard": [
        "民法第14條第1項",
        "家事事件法第164條",
        "民法第1111條之1",
        "民法第1113條準用第1099條",
    ],
}
_DOC_PREFIXES = {
    "food": ["北市衛食藥", "新北衛食", "桃衛食管", "中市食安", "南市衛食", "高市衛食", "彰衛食"],
    "sign": ["北市都建", "新北工建", "府授工", "中市都建", "高市工建", "南市工管"],
    "water": ["台水二業", "台水七營", "北水業", "台水四服"],
    "school": ["北市教國", "新北教中", "中市教小", "高市教國", "府教學"],
    "traffic": ["北市交裁", "新北交裁", "府交安", "高市交運"],
    "guard": ["北市社障", "新北社老", "中市社工", "高市社障", "府社助"],
}
_ROMAN_SURNAMES = _words(
    "chen lin huang chang lee wang wu liu tsai yang hsu cheng hsieh kuo hung tseng chiu liao lai"
    " chou yeh su chuang lu chiang ho hsiao lo kao chien"
)
_ROMAN_GIVEN = _words(
    "mei ling yi chun hui wei ming chieh hao yu ting ya shu fen chih hsin kai jen an po yen hua "
    "tzu che"
)
_EN_NAMES = _words(
    "amy kevin jessica vivian tony jason peggy eric grace ivy sandy tina allen judy leo ray emma"
    " alice"
)
_EMAIL_DOMAINS = ["gmail.com"] * 4 + [
    "yahoo.com.tw",
    "hotmail.com",
    "outlook.com",
    "icloud.com",
    "pchome.com.tw",
    "yahoo.com",
]
_MONTHS = _words("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC")

# Full-width forms of printable ASCII (and the ideographic space).
_FULLWIDTH = {c: chr(c + 0xFEE0) for c in range(0x21, 0x7F)} | {0x20: "\u3000"}
_FW_RATE = 0.3

# --------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------

_POSITIVE: dict[str, list[str]] = {
    "food": [
        "{FOODAG}食品衛生稽查紀錄\n稽查日期：{DATE}\n業者名稱：{SHOP}[（統一編號：{BAN}）]\n"
        "負責人：{P#1}\n營業地址：{ADDR}\n聯絡電話：{PHONE}\n稽查結果：<廚房排水溝未加蓋，作業人"
        "員未戴口罩|"
        "冷藏庫溫度{N}°C，未達7°C以下|查獲逾有效日期之{PRODUCT}{N}包|病媒防治紀錄未落實>，依{LAW}"
        "限期於{DATE}前改善。\n<現場簽收|會同稽查>人：{P#2}[（<店長|員工|廚師>）]",
        "{DATE} 接獲{HOSP}通報疑似食品中毒，<患者|個案><{PM#1}（男|{PF#1}（女>，{AGE}歲）於{DATE}"
        "<中午|晚間>在{SHOP}食用{DISH}後出現<腹瀉、嘔吐|腹痛、發燒>症狀。\n個案電話：{MOB}<；|，>"
        "健保卡號：{NHI}\n已採集<肛門拭子|嘔吐物>檢體，<初判|疑似>病因物質為{PATHOGEN}，<持續追"
        "蹤|續行調查>中。",
        "民眾{QF#1}來電<陳情|反映>：「我<昨天|上週六>在{SHOP}買{DISH}，<吃完全家都在拉肚子|回家"
        "吃到一半發現有蟲>，"
        "我先生{PM#2}<還去掛急診|到現在還不舒服>，<你們|衛生局>一定要去查。」\n回電號碼：{PHONE}",
        "食品中毒個案名冊（{SHOP}）\n編號\t姓名\t性別\t出生日期\t聯絡電話\n1\t<{QM}\t男|{QF}\t女"
        ">\t{BD}\t{MOB}\n"
        "2\t<{QM}\t男|{QF}\t女>\t{BD}\t{PHONE}[\n3\t<{PM}\t男|{PF}\t女>\t{BD}\t{MOB}]"
        "[\n4\t<{CM}\t男|{CF}\t女>\t{BDC}\t{TEL}]",
        "<{P}|負責人{P}|{P}（負責人）>已於{DATE}完成改善，複查合格。",
        "檢舉人：{Q}\nE-mail：{EMAIL}\n<檢舉|陳情>內容：{SHOP}<廚房|外場>有蟑螂<出沒|爬行>，<請|"
        "希望>衛生局派員"
        "<稽查|去看一下>。[\n是否需回覆：是]",
        "經查{SHOP}從業人員{P}、{P}[、{FW}]未依規定<辦理|完成>年度健康檢查，請負責人{P}於{DATE}"
        "前<補正|補件>，"
        "逾期依{LAW}<處辦|處分>。",
        "廚房<助手|幫廚>{FW}（{NAT}籍，<居留證號|統一證號>{RC}）<未持有|尚未取得>衛生講習證明，<"
        "已|另>請雇主{P}"
        "安排於{DATE}<參加|補上>課程。",
        "消費爭議案件\n申訴人：{QF}（{PHONE}）\n申訴人於{DATE}以信用卡（卡號{CC}）<在|於>{SHOP}<"
        "網路訂購|購買>"
        "{PRODUCT}，<收貨後發現已發霉|食用後身體不適>，<要求退款|請求刷退>遭拒，<請|建請>協助處"
        "理。",
        "主旨：有關{SHOP}<販售|製售>之{PRODUCT}經抽驗不合格一案，<請|惠請>於文到{N}日內提出<說明"
        "|改善計畫>。\n"
        "承辦人：{P}\n電話：{TELX}[\n電子信箱：{EMAIL}]",
        "食品業者登錄：{SHOP}，負責人{P}，身分證字號{ID}，戶籍地{ADDR}，{DATE}<核准|完成>登錄。",
        "外籍旅客{FW}（護照號碼{PPF}）於{SHOP}用餐後<腹瀉|嘔吐>，由導遊{P}陪同至{HOSP}就醫，導遊"
        "電話{MOB}。",
        "{DATE} {TIME} 複查{SHOP}，<店長|負責人>{P}在場，<冷凍庫已除霜|排水溝已加蓋>。[另<老闆娘"
        "|店員>{PF}"
        "表示：「<下禮拜|月底前>會把紀錄補齊。」]",
    ],
    "sign": [
        "受文者：<{PM#1}先生|{PF#1}女士|{P#1}君>\n發文日期：{DATE}\n發文字號：{DOCNO}\n主旨：台"
        "端設置於{ADDR}之"
        "<正面式|側懸式|屋頂>招牌未依規定申請<許可|審查>，請於文到{N}日內自行拆除，逾期依{LAW}<"
        "強制拆除|處罰>。\n"
        "說明：依本<府|處>{DATE}現場會勘紀錄辦理。",
        "廣告物設置許可申請書\n申請人：{P}\t身分證統一編號：{ID}\n通訊地址：{ADDR}\n電話：{TEL}"
        "\t行動電話：{MOB}\n"
        "設置地點：{ADDR}\n招牌型式：<正面式|側懸式>，寬{N}公尺、高{N}公尺\n設計單位：{CO}",
        "{DATE} 巡查發現{ROAD}<騎樓|人行道>上方招牌<鏽蝕|鬆脫|傾斜>，<現場|電話>聯繫屋主{P}（"
        "{MOB}），"
        "<其表示|據稱><下週會找廠商處理|招牌是前一任租客留下的>。",
        "屋主{PM#1}說：「招牌是我兒子{PM#2}開<店|咖啡店>時裝的，現在店收了沒人管。」已請{PM#1}於"
        "{DATE}前拆除，"
        "<另|並>告知可洽{CO}協助。",
        "違規招牌清冊\n序號｜設置地址｜所有人｜聯絡電話\n1｜{ADDR}｜{P}｜{PHONE}\n2｜{ADDR}｜"
        "{CO}｜—\n"
        "3｜{ADDR}｜{Q}｜{MOB}",
        "申請人{P}<來信|以電子郵件>（{EMAIL}）詢問<招牌|廣告物>許可<進度|應備文件>，已回覆須檢附"
        "結構安全證明"
        "及建物所有權人同意書。",
        "陳情人{Q}表示隔壁{SHOP}招牌<擋住|遮蔽>其住家{ADDR}<窗戶|採光>，請求<拆除|處理>。陳情人"
        "電話：{PHONE}",
        "有關貴<公司|店><申請|設置>招牌案，請<補正|檢附><建築師|技師>簽證資料，如有疑義請洽承辦"
        "人{P}，電話{TELX}。",
        "屋主{P}，{BD}生，<獨居|行動不便>，無力自行拆除<招牌|鐵架>，<已轉介|擬轉介>社會局協助。",
        "一、{ADDR}：所有人{P}，<已拆除|限期改善>。\n二、{ADDR}：所有人{P}，<未回應|已陳述意見>。"
        "[\n三、{ADDR}：所有人{P}，<已申請許可|拆除中>。]",
    ],
    "water": [
        "用戶過戶申請書\n水號：{WATERNO}\n原用戶：{P#1}\n新用戶：{P#2}\t身分證統一編號：{ID}\n用"
        "水地址：{ADDR}\n"
        "聯絡電話：{PHONE}\n代繳方式：<信用卡 {CC}|郵局存簿|臨櫃繳納>",
        "<{PM}先生|{PF}女士>您好：\n您位於{ADDR}之用水（水號{WATERNO}）已欠繳{N}期水費，計新臺幣"
        "{AMT}元，"
        "請於{DATE}前繳納，逾期將依{LAW}<停止供水|辦理停水>。",
        "{DATE} {TIME} 停水作業：{ADDR}，用戶{P}不在，已張貼通知。<鄰居|大樓管理員>表示用戶<出國"
        "|住院>中，"
        "<留下|提供>電話{MOB}。",
        "用戶{PF#1}來電：「我媽媽{PF#2}一個人住，八十幾歲了，水費單可以寄到我家嗎？我家地址是"
        "{ADDR}。」"
        "已協助變更帳單寄送地址。",
        "低收入戶水費減免申請\n申請人：{P}\n出生日期：{BD}\n身分證字號：{ID}\n戶籍地址：{ADDR}\n"
        "<手機|聯絡電話>：{PHONE}",
        "房客{FW}（<護照號碼|護照>{PPF}）申請<獨立水表|水費代繳>，房東{P}<同意|已簽具同意書>，房"
        "東電話{PHONE}。",
        "電子帳單申請：{Q}，{EMAIL}，水號{WATERNO}。",
        "<漏水|水表異常>通報：{DATE}用戶{P}反映{ADDR}<水表|地下管線><漏水|數字一直跑>，已派{CO}"
        "到場檢修。"
        "\n聯絡人：{P}，{TEL}",
        "阿伯{PM}說：「我一個月才用幾度水，怎麼會要繳{AMT}元？」查{DATE}抄表度數{N2}度，疑有屋內"
        "漏水，"
        "建議<請水電行檢查|申請複查>。",
        "信用卡代繳<申請|異動>\n持卡人：{P}\n卡號：{CC}\n有效月年：{EXP}\n水號：{WATERNO}",
        "外籍看護{FW}（居留證號{RC}）代雇主{P}繳納水費，雇主地址{ADDR}。",
    ],
    "school": [
        "轉學生資料\n學生姓名：<{CM#1}\t性別：男|{CF#1}\t性別：女>\n出生日期：{BDC}\n身分證統一"
        "編號：{ID}\n"
        "原就讀學校：{SCHOOL}\n轉入年級：{GRADE}\n監護人：<{PM#2}（父）|{PF#2}（母）|{PF#2}（祖"
        "母）|{PM#2}（祖父）>\n"
        "聯絡電話：{MOB}\n戶籍地址：{ADDR}",
        "{DATE} 家長{PF}到校辦理<{C}|孩子{C}>轉出，表示因<工作調動|搬家>將遷至{CITY}，新址{ADDR}，"
        "學籍資料<已寄送|將函送>新學校。",
        "新住民子女{C}，母親{FWF}（{NAT}籍，居留證{RC}），父親{PM}。學生<國語|中文><程度尚可|需"
        "加強>，"
        "建議參加<華語補救教學|課後照顧班>。",
        "外籍學生{FW}（護照號碼{PPF}，出生日期{BDF}）申請入學{GRADE}，家長電子郵件：{EMAIL}[，電"
        "話{PHONE}]。",
        "{YEAR}學年度一年級新生名冊\n座號\t學生\t家長\t聯絡電話\n1\t{C}\t{P}\t{PHONE}\n2\t{C}\t"
        "{Q}\t{MOB}\n"
        "3\t{C}\t{P}\t{MOB}[\n4\t{C}\t{P}\t{TEL}]",
        "阿嬤{PF#1}說：「孫子{CM#2}的爸爸媽媽都在外地工作，學校有事打給我就好，我的手機是{MOB}。」",
        "學生{C}健保卡號{NHI}，<過敏史|病史>：<花生過敏|氣喘|蠶豆症>，緊急聯絡人{P}（{MOB}）。",
        "經查{C}與<父親|母親>{P}設籍於{ADDR}已滿{N}個月，符合本校學區入學資格。",
        "<導師|輔導老師>{P}：{C}<本週|連續>{N}天未到校，家訪<未遇|遇到祖父>，<已|並>通報強迫入學"
        "委員會。",
        "寄件者：{Q}（{EMAIL}）\n主旨：{C#1}轉學證明\n老師您好，我是{C#1}的<媽媽|爸爸>，<請問|想"
        "詢問>轉學證明"
        "何時可以<領取|寄出>？<謝謝|麻煩您了>。",
        "學生{C}自海外返國，<護照號碼|中華民國護照>{PPTW}，返國日期{DATE}，申請<轉入|插班>"
        "{GRADE}。",
        "新生入學<資料卡|報到單>\n學生：{C}\n生日：{BDC}\n家長：{P}\n手機：{MOB}\n住址：{ADDR}",
    ],
    "traffic": [
        "{DIST}調解委員會調解筆錄\n案號：{CASE}\n聲請人：{P#1}\t出生日期：{BD}\n身分證統一編號："
        "{ID}\n住址：{ADDR}\n"
        "電話：{PHONE}\n對造人：{P#2}\t身分證統一編號：{ID}\n住址：{ADDR}\n調解事由：{DATE}於"
        "{ROAD}與{ROAD}"
        "<口|交岔路口>發生交通事故（車號{PLATE}）\n調解結果：對造人<同意|願意>賠償聲請人新臺幣"
        "{AMT}元，"
        "<一次給付|分{N}期給付>。",
        "{DATE} <機車|自小客車>駕駛{P}與行人{Q}於{ROAD}<擦撞|碰撞>，行人<右手|左腳><擦傷|骨折>送"
        "{HOSP}。",
        "對造人{PM#1}表示：「那天是她{PF#2}先闖紅燈，我只願意<出醫藥費|賠一半>。」聲請人{PF#2}"
        "<不同意|表示要再考慮>，本次調解不成立。",
        "聲請人{FW}（{NAT}籍，<護照號碼{PPF}|居留證號{RC}>）由通譯{P}協助<翻譯|傳譯>，<雇主|仲介"
        ">{P}<陪同|到場>。",
        "強制險<理賠|請求>：被害人{Q}，健保卡號{NHI}，<就診|住院>於{HOSP}，理賠聯絡人{P}（{TELX}"
        "）。",
        "調解委員：{P}、{P}[、{P}]\n<書記|秘書>：{P}\n中華民國{DATEL}",
        "對造人{Q}<提供|留下>之電子郵件為{EMAIL}，<後續|調解>通知將以電子郵件送達[；手機{MOB}]。",
        "目擊證人：\n1. {P}，{MOB}\n2. {Q}，{PHONE}[\n3. {P}，住{ADDR}]",
        "聲請人{P#1}陳述：「我騎車載我<女兒|兒子>{C#2}去上學，被對方從後面撞上，{C#2}<頭部|手臂>"
        "受傷"
        "<縫了{N}針|住院{N}天>。」",
        "<已|另>通知{P}於{DATE} {TIME}到場<調解|說明>。",
        "當事人資料\n<甲方|A車>：{Q}，{BD}生，{PHONE}\n<乙方|B車>：{P}，{BD}生，{PHONE}",
    ],
    "guard": [
        "社工訪視報告\n案號：{COURTCASE}\n<受監護宣告人|本人>：{P#1}，{BDE}生\n身分證統一編號："
        "{ID}\n"
        "聲請人：{P#2}（<長子|長女|配偶|次子>）\n訪視日期：{DATE}\n訪視地點：{ADDR}\n評估：本人<"
        "因失智|中風後>"
        "無法為意思表示，<日常生活|生活起居>由外籍看護{FW}（{NAT}籍）照顧。聲請人與其餘子女{P}、{P}"
        "<對監護人人選無異議|對財產管理意見分歧>。\n社工員：{P}",
        "{DATE} 電訪<聲請人|關係人>{P}（{MOB}），表示<父親{PM}|母親{PF}>目前住在{INST}，<健保卡|"
        "證件>由其保管，"
        "健保卡號{NHI}。",
        "<長女|次女>{PF#1}稱：「媽媽{PF#2}以前都是我在照顧，<弟弟|哥哥>{PM#3}很少回來，現在<要賣"
        "房子|要當監護人>"
        "我不同意。」",
        "財產清冊\n1. 不動產：{ADDR}（<所有權全部|持分二分之一>）\n2. 存款：<郵局|農會>約新臺幣"
        "{AMT}元\n"
        "3. 信用卡：{CC}（<已|建議>停卡）\n開具人：{P}",
        "受監護宣告人{IN}，居住於{ADDR}，其<姪子|女兒>{IN}願擔任監護人，聯絡電話{PHONE}。",
        "關係人{FWF}為受監護宣告人{PM}之配偶（{NAT}籍，居留證號{RC}[，護照號碼{PPF}]），"
        "<中文表達能力有限|需通譯協助>。",
        "受文者：{P}律師\n主旨：檢送{COURTCASE}監護宣告事件社工訪視<調查|評估>報告1份，請查照。\n"
        "<承辦人|社工>：{P}\n電話：{TELX}\n電子郵件：{EMAIL}",
        "{DATE} 家訪，{PM#1}<臥床|坐輪椅>，<對話答非所問|意識不清>。\n{DATE} <案妻|案女>{PF#2}來"
        "電（{MOB}），"
        "詢問<開庭|鑑定>時間。\n{DATE} <陪同|協助>{PF#2}至法院閱卷。",
        "<鑑定|精神鑑定>人：{P}<醫師|>\n受鑑定人：{P}\n出生年月日：{BDE}\n身分證字號：{ID}\n鑑定"
        "日期：{DATE}\n"
        "鑑定結果：<因失智症|因思覺失調症>致不能為意思表示",
        "受監護宣告人{P}<護照號碼|中華民國護照號碼>{PPTW}<已過期|尚在效期內>，<由|暫由>聲請人{P}"
        "保管。",
        "案主{PF}（{BDE}生）<獨居|與次子同住>，<長子|姪女>{P}每週探視一次，<住處|戶籍>在{ADDR}。",
    ],
}

_NEGATIVE: dict[str, list[str]] = {
    "food": [
        "{FOODAG}於{DATE}<會同|偕同>{JOINT}稽查轄內{N}家<餐飲業者|早餐店|團膳業者|夜市攤商>，其"
        "中{N}家"
        "<不合格|未符規定>，已<依{LAW}限期改善|移請權責單位處理>。\n發文字號：{DOCNO}",
        "{SHOP}（統一編號{BAN}）<販售|陳列>之{PRODUCT}經檢驗<檢出|含>{PATHOGEN}，不符{LAW}規定，"
        "處新臺幣{AMT}元"
        "罰鍰。\n案號：{CASE}",
        "冷藏庫溫度計顯示{N}°C，陳列架上之<葉菜類|石斑魚|金針菇|白木耳>及<豆干|鮮奶油|肉鬆>已<當"
        "場|全數>下架銷毀，"
        "<業者|現場人員>同意<於{DATE}前|限期>改善。",
        "{YEAR}年1至{MONTH}月本市食品中毒案件共{N}件，患者{N2}人，病因物質以{PATHOGEN}<為主|最多>；<"
        "黃金週|端午|中秋>"
        "連假前將加強抽驗{PRODUCT}、{PRODUCT}等<應景食品|產品>。",
        "訂於{DATE}（星期{WEEKDAY}）{TIME}假本局<第一|第二>會議室召開「<食品業者登錄|餐飲衛生分"
        "級評核|"
        "校園午餐食材>說明會」，請<各業者|貴公司>派員<參加|與會>。[\n附件：議程{N}份]",
        "收據號碼{RECEIPT}：{SHOP}繳納罰鍰新臺幣{AMT}元，<業已|已於{DATE}>入帳，統一發票號碼"
        "{INVOICE}。",
    ],
    "sign": [
        "本府將自{DATE}起<執行|辦理>{ROAD}沿線違規招牌<清查|拆除>作業，預計拆除{N}面，所需經費新"
        "臺幣{AMT}元"
        "由<年度預算|第二預備金>支應。",
        "依{LAW}，招牌廣告<縱長|高度>超過{N}公尺<或|且>面積超過{N}平方公尺者，應申請雜項執照。"
        "\n發文字號：{DOCNO}",
        "{CO}（統一編號{BAN}）申請於{ROAD}設置<LED|燈箱|帆布>招牌，<經審查符合規定|請補正結構安"
        "全證明>。\n案號：{CASE}",
        "颱風<警報|來襲>前，請<各區公所|里辦公處>加強巡查轄內<老舊|大型>招牌，發現有掉落之虞者<"
        "通報|拍照回報>本處；"
        "強風期間請民眾避免行經<騎樓|周邊>招牌下方。",
        "民眾陳情{ROAD}商家張貼<廣告|海報>影響市容，經查<已|尚未>取得許可，<已|將>通知{SHOP}<改"
        "善|限期移除>。",
        "招牌廣告<安全檢查|審查>會議紀錄\n時間：{DATE} {TIME}\n地點：本處{N}樓會議室\n決議：\n"
        "一、{CO}等{N}件<准予核備|同意備查>。\n二、{SHOP}<側懸式|屋頂>招牌<請補正|退回>。",
    ],
    "water": [
        "因{ROAD}<汰換管線|管線搶修>工程，{DATE} {TIME}至{TIME}，{DIST}部分地區停水，請用戶<預先"
        "儲水|做好儲水準備>。",
        "依{LAW}，用戶欠繳水費經催告<逾期|屆期>仍未繳納者得停止供水。本季<欠費|停水>戶數計{N2}戶"
        "，金額新臺幣{AMT}元。",
        "{CO}（統一編號{BAN}）承攬{DIST}<配水管|用戶水表>汰換工程，契約金額新臺幣{AMT}元，工期"
        "{N2}日曆天，"
        "預定{DATE}開工。",
        "曾文水庫蓄水率{PCT}%、石門水庫{PCT}%，<本區|北部地區>供水<正常|吃緊>，<自|將於>{DATE}起"
        "<實施|研議>夜間減壓供水。",
        "水價<調整|說明>會訂於{DATE}舉行，<會中將說明|說明內容包括>每月{N}度以下<基本|累進>費率"
        "。\n發文字號：{DOCNO}",
        "收據編號{RECEIPT}，繳費金額新臺幣{AMT}元，代收機構：<超商|郵局|{CO}>。",
    ],
    "school": [
        "{SCHOOL}{YEAR}學年度新生入學登記自{DFROM}起至{DTO}止，請備妥戶口名簿正本及預防接種紀錄"
        "卡，預計招收{N}班。",
        "依{LAW}，學生轉學應檢具轉學證明書<辦理|向新校報到>。本學期轉入{N}人、轉出{N}人。\n文號"
        "：{DOCNO}",
        "{SCHOOL}與{SCHOOL}學區調整案，經{DATE}學區劃分委員會決議<通過|暫緩>，<自|將於>{YEAR}學"
        "年度起實施。",
        "{SCHOOL}營養午餐由{CO}（統一編號{BAN}）承攬，每餐新臺幣<45|50|55|60|65|68|70>元，契約期間{DFROM}至{DTO}。",
        "免試入學<報名|志願選填>期間為{DFROM}至{DTO}，簡章請至教育局網站下載；林口、黃厝及王田地"
        "區另設服務站於{SCHOOL}。",
        "本校{YEAR}學年度<轉入|新生>學生統計：一年級{N}人、二年級{N}人、三年級{N}人，合計{N2}人。",
    ],
    "traffic": [
        "{YEAR}年{MONTH}月{DIST}A1類交通事故{N}件、A2類{N2}件，<肇事|事故>熱點為{ROAD}與{ROAD}交岔"
        "路口，"
        "<已|將>建請<增設|調整>號誌。",
        "本會<本月|{YEAR}年>受理交通事故調解案件{N2}件，成立{N}件，成立率{PCT}%。調解地點："
        "{DIST}公所{N}樓。",
        "依{LAW}，<闖紅燈|未依規定讓車|酒後駕車>者處新臺幣{AMT}元罰鍰。\n案號：{CASE}",
        "{ROAD}<號誌|標線>改善工程由{CO}（統一編號{BAN}）承作，預定{DATE}完工，施工期間實施交通"
        "管制。",
        "車輛行車事故鑑定會議訂於{DATE} {TIME}召開，審議{N}案。\n發文字號：{DOCNO}",
        "連續假期<高速公路|省道>車流量大，{ROAD}一帶易<回堵|壅塞>，請用路人<提早|改道>出門並注意"
        "行車安全。",
    ],
    "guard": [
        "依{LAW}，對於因精神障礙或其他心智缺陷，致不能為意思表示或受意思表示者，法院得因<本人、"
        "配偶、四親等內之親屬|"
        "檢察官或主管機關>之聲請，為監護之宣告。",
        "{COURT}{YEAR}年度受理監護宣告事件{N2}件，其中輔助宣告{N}件；社工訪視<平均|約>需{N}個工"
        "作天。",
        "本局訂於{DATE}辦理「成年監護<制度|實務>研習」，地點：{SOCAG}{N}樓<大禮堂|會議室>，報名"
        "至{DATE}止。",
        "{COURTCASE}事件，<請|函請>貴局於{DATE}前提出訪視報告。\n發文字號：{DOCNO}",
        "<安置|照顧>機構{INST}（統一編號{BAN}）評鑑結果為<甲等|優等>，核定補助新臺幣{AMT}元。",
        "簡易程序<適用|說明>：監護宣告事件之程序費用<新臺幣{AMT}元|依家事事件法計算>，<由|暫由>"
        "聲請人預納。",
    ],
}

_GENRES = tuple(_POSITIVE)

_CHOICE = re.compile(r"<([^<>]*)>")
_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")
_TOKEN = re.compile(r"\{([A-Z][A-Z0-9]*)(?:#(\d+))?\}")

# --------------------------------------------------------------------------------------------
# Leak check: no identifier may stand outside the gold spans
# --------------------------------------------------------------------------------------------

_HALFWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_ID_LIKE = re.compile(r"(?=([A-Za-z][A-Za-z0-9][0-9]{8}))")  # every window, overlapping
_DIGIT_RUN = re.compile(r"[0-9](?:[ -]?[0-9])*")
_EMAIL_LIKE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_PHONE_LIKE = re.compile(
    r"(?<![0-9])(?:\+886|00886|\(0[0-9]{1,3}\)|0[0-9]{1,3})(?:[ -]?[0-9]{1,4}){1,4}(?![0-9])"
)


def _uncovered(covered: list[bool], start: int, end: int) -> bool:
    return not all(covered[start:end])


def _leaks(text: str, spans: list[tuple[int, int, str]]) -> bool:
    """Whether a valid identifier, card, e-mail or phone number stands outside the spans."""
    norm = text.translate(_HALFWIDTH)
    covered = [False] * len(norm)
    for start, end, _ in spans:
        covered[start:end] = [True] * (end - start)
    for m in _ID_LIKE.finditer(norm):
        value = m.group(1)
        if (twid.is_valid(value) or arc.is_valid(value)) and _uncovered(
            covered, m.start(), m.start() + 10
        ):
            return True
    for m in _EMAIL_LIKE.finditer(norm):
        if _uncovered(covered, *m.span()):
            return True
    for m in _PHONE_LIKE.finditer(norm):
        if _uncovered(covered, *m.span()) and phone.is_valid(m.group()):
            return True
    for m in _DIGIT_RUN.finditer(norm):
        positions = [m.start() + i for i, ch in enumerate(m.group()) if ch.isdigit()]
        digits = "".join(norm[p] for p in positions)
        for i in range(len(digits)):
            for j in range(i + 13, min(len(digits), i + 19) + 1):
                if creditcard.is_valid(digits[i:j]) and _uncovered(
                    covered, positions[i], positions[j - 1] + 1
                ):
                    return True
    return False


# --------------------------------------------------------------------------------------------
# Value makers
# --------------------------------------------------------------------------------------------


def _digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


def _national_id(rng: random.Random, gender: str) -> str:
    letter = rng.choice(sorted(LETTER_CODES))
    body = {"M": "1", "F": "2"}.get(gender, rng.choice("12")) + _digits(rng, 7)
    value = letter + body + id_check_digit(letter, body)
    assert twid.is_valid(value)
    return value.lower() if rng.random() < 0.03 else value


def _resident_cert(rng: random.Random, gender: str) -> str:
    letter = rng.choice(sorted(LETTER_CODES))
    if rng.random() < 0.6:  # new form (since 2021)
        body = {"M": "8", "F": "9"}.get(gender, rng.choice("89")) + _digits(rng, 7)
        value = letter + body + id_check_digit(letter, body)
    else:  # old form: the second letter stands for the units digit of its code
        second = rng.choice("ABCD")
        body = _digits(rng, 7)
        check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + body)
        value = letter + second + body + check
    assert arc.is_valid(value)
    return value


def _mobile_digits(rng: random.Random) -> str:
    while True:
        number = "09" + rng.choice("1235678") + _digits(rng, 7)
        if phone.is_valid(number):
            return number


def _format_mobile(rng: random.Random, m: str) -> str:
    a, b, c = m[:4], m[4:7], m[7:]
    forms = [
        m,
        m,
        f"{a}-{b}-{c}",
        f"{a}-{b}-{c}",
        f"{a}-{b}{c}",
        f"{a} {b} {c}",
        f"{a}.{b}.{c}",
        f"+886-{m[1:4]}-{b}-{c}",
        f"+886 {m[1:4]} {b} {c}",
        f"+886{m[1:]}",
        f"({a}){b}-{c}",
    ]
    return rng.choice(forms)


_AREAS = [
    ("02", 8, "2345678"),
    ("02", 8, "2"),
    ("03", 7, "345689"),
    ("037", 6, "2345"),
    ("04", 8, "2"),
    ("04", 7, "78"),
    ("049", 7, "2"),
    ("05", 7, "23567"),
    ("06", 7, "2569"),
    ("07", 7, "2345678"),
    ("08", 7, "78"),
    ("089", 6, "3"),
    ("082", 6, "3"),
    ("0836", 5, "2"),
]


def _landline_parts(rng: random.Random) -> tuple[str, str]:
    for attempt in range(60):
        code, size, first = rng.choice(_AREAS)
        local = rng.choice(first) + _digits(rng, size - 1)
        if phone.is_valid(code + local) or (attempt > 30 and phone.is_plausible(code + local)):
            return code, local
    raise AssertionError("no landline found")


def _format_landline(rng: random.Random, code: str, local: str) -> str:
    forms = [f"{code}-{local}", f"({code}){local}", f"({code}) {local}", f"{code}{local}"]
    if len(local) >= 7:
        head, tail = local[:-4], local[-4:]
        forms += [
            f"{code}-{head}-{tail}",
            f"{code}-{head}-{tail}",
            f"({code}){head}-{tail}",
            f"({code}) {head} {tail}",
            f"{code} {head} {tail}",
            f"+886-{code[1:]}-{head}-{tail}",
        ]
    return rng.choice(forms)


def _extension(rng: random.Random) -> str:
    ext = str(rng.randint(10, 99999) if rng.random() < 0.8 else rng.randint(100, 999))
    return rng.choice(["分機", "分機", " 分機", "#", " #", "轉", " ext.", " ext. ", " x"]) + ext


def _landline(rng: random.Random, extension: bool) -> str:
    value = _format_landline(rng, *_landline_parts(rng))
    if extension:
        value += _extension(rng)
    return value


def _email(rng: random.Random) -> str:
    sur, g1, g2 = rng.choice(_ROMAN_SURNAMES), rng.choice(_ROMAN_GIVEN), rng.choice(_ROMAN_GIVEN)
    year = str(rng.randint(1960, 2010))
    forms = [
        rng.choice(_EN_NAMES) + rng.choice([".", "_", ""]) + sur + rng.choice([year, year[2:], ""]),
        f"{g1}{g2}.{sur}",
        f"{sur}{g1}{g2}{rng.randint(1, 9999)}",
        f"{sur[0]}{g1[0]}{g2[0]}{_digits(rng, 4)}",
        f"{sur}.{g1}{g2}",
        f"{g1}_{g2}{year[2:]}",
    ]
    domain = rng.choice(_EMAIL_DOMAINS)
    if rng.random() < 0.12:
        domain = f"ms{rng.randint(1, 79)}.hinet.net"
    return f"{rng.choice(forms)}@{domain}"


def _address(rng: random.Random, city: str | None = None) -> str:
    city = city or rng.choice(sorted(_CITIES))
    district, zipcode, roads = rng.choice(_CITIES[city])
    parts = []
    if rng.random() < 0.3:
        parts.append(zipcode + (_digits(rng, 2) if rng.random() < 0.3 else ""))
    shown_city = city.replace("臺", "台") if rng.random() < 0.4 else city
    parts.append(shown_city + district)
    if rng.random() < 0.25:
        village = "村" if district.endswith("鄉") else "里"
        parts.append(f"{rng.choice(_VILLAGES)}{village}{rng.randint(1, 30)}鄰")
    parts.append(rng.choice(roads))
    if rng.random() < 0.3:
        parts.append(f"{rng.randint(1, 350)}巷")
        if rng.random() < 0.3:
            parts.append(f"{rng.randint(1, 25)}弄")
    number = str(rng.randint(1, 520))
    r = rng.random()
    floor_allowed = True
    if r < 0.07:
        parts.append(f"{number}之{rng.randint(1, 9)}號")
    elif r < 0.12:
        parts.append(f"{number}-{rng.randint(1, 9)}號")
    elif r < 0.16:
        parts.append(f"{number}號之{rng.randint(1, 9)}")
        floor_allowed = False
    else:
        parts.append(f"{number}號")
    if floor_allowed and rng.random() < 0.45:
        floor = rng.randint(2, 21)
        parts.append(rng.choice([f"{floor}樓", f"{floor}樓", f"{floor}F", "二樓", "三樓", "五樓"]))
        if rng.random() < 0.2:
            parts.append(f"之{rng.randint(1, 12)}")
    sep = " " if parts[0].isdigit() and rng.random() < 0.4 else ""
    value = parts[0] + sep + "".join(parts[1:])
    if rng.random() < _FW_RATE:
        value = value.translate({ord(d): chr(ord(d) + 0xFEE0) for d in "0123456789-"})
    return value


def _birth_date(rng: random.Random, first: int, last: int, style: str) -> str:
    year, month, day = rng.randint(first, last), rng.randint(1, 12), rng.randint(1, 28)
    roc = year - 1911
    if style == "foreign":
        forms = [
            f"{day:02d} {_MONTHS[month - 1]} {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day} {_MONTHS[month - 1]} {year}",
        ]
    else:
        forms = [
            f"民國{roc}年{month}月{day}日",
            f"{roc}年{month}月{day}日",
            f"{roc}年{month}月{day}日",
            f"{roc:03d}.{month:02d}.{day:02d}",
            f"{roc}.{month:02d}.{day:02d}",
            f"{roc}/{month:02d}/{day:02d}",
            f"{roc}/{month}/{day}",
            f"{roc:03d}{month:02d}{day:02d}",
            f"{year}-{month:02d}-{day:02d}",
            f"{year}/{month:02d}/{day:02d}",
            f"{year}/{month}/{day}",
            f"{year}年{month}月{day}日",
            f"{year}.{month:02d}.{day:02d}",
        ]
    return rng.choice(forms)


def _passport(rng: random.Random, nationality: str) -> str:
    """A passport number in the form of the holder's country ("" for Taiwan)."""
    if not nationality:
        return rng.choice("33332") + _digits(rng, 8)
    if nationality == "越南":
        return rng.choice("CCN") + _digits(rng, 7)
    if nationality == "印尼":
        return rng.choice("ABCX") + _digits(rng, 7)
    if nationality == "泰國":
        return rng.choice(["AA", "AB", "AC", "AD"]) + _digits(rng, 7)
    if rng.random() < 0.6:  # Philippines, new form
        return "P" + _digits(rng, 7) + rng.choice("ABC")
    return rng.choice(["EC", "EB"]) + _digits(rng, 7)  # Philippines, old form


def _card(rng: random.Random) -> str:
    while True:
        kind = rng.random()
        if kind < 0.4:
            prefix, size = "4", 16
        elif kind < 0.7:
            prefix, size = rng.choice(["51", "52", "53", "54", "55"]), 16
        elif kind < 0.85:
            prefix, size = rng.choice(["3528", "3540", "3566", "3589"]), 16
        elif kind < 0.93:
            prefix, size = rng.choice(["34", "37"]), 15
        else:
            prefix, size = "62", 16
        body = prefix + _digits(rng, size - len(prefix) - 1)
        for d in "0123456789":
            if creditcard.is_valid(body + d):
                number = body + d
                break
        else:
            continue
        if size == 15:
            groups = [number[:4], number[4:10], number[10:]]
        else:
            groups = [number[i : i + 4] for i in range(0, 16, 4)]
        return rng.choice([" ", " ", "-", ""]).join(groups)


def _nhi(rng: random.Random) -> str:
    number = rng.choice(["0000", "0000", "0000", "0001"]) + _digits(rng, 8)
    return rng.choice(
        [
            number,
            f"{number[:4]}-{number[4:8]}-{number[8:]}",
            f"{number[:4]} {number[4:8]} {number[8:]}",
        ]
    )


def _ban(rng: random.Random) -> str:
    while True:
        number = rng.choice("123456789") + _digits(rng, 7)
        if ban.is_valid(number):
            return number


def _roc_date(rng: random.Random, long: bool = False) -> str:
    y, m, d = rng.randint(111, 114), rng.randint(1, 12), rng.randint(1, 28)
    if long:
        return f"{y}年{m}月{d}日"
    return rng.choice(
        [
            f"{y}年{m}月{d}日", f"{y}年{m}月{d}日", f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}",
            f"{y}.{m}.{d}", f"{m}月{d}日", f"{y + 1911}-{m:02d}-{d:02d}", f"{y + 1911}年{m}月{d}日",
        ]
    )  # fmt: skip


def _amount(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:
        return f"{rng.randint(1, 999) * 100:,}"
    if r < 0.7:
        return f"{rng.randint(1, 60)}萬"
    if r < 0.85:
        return f"{rng.randint(1, 30)}萬{rng.randint(1, 9) * 1000:,}"
    return f"{rng.randint(100, 9999) * 1000:,}"


def _road(rng: random.Random) -> str:
    city = rng.choice(sorted(_CITIES))
    district, _, roads = rng.choice(_CITIES[city])
    return (district if rng.random() < 0.4 else "") + rng.choice(roads)


def _school(rng: random.Random) -> str:
    city = rng.choice(["", "", "臺北市立", "新北市立", "臺中市立", "高雄市立", "桃園市立"])
    return city + rng.choice(_SCHOOL_PLACES) + rng.choice(["國小", "國民小學", "國中", "國民中學"])


def _shop(rng: random.Random) -> str:
    name = rng.choice(_SHOP_BRANDS) + rng.choice(_SHOP_TYPES)
    if rng.random() < 0.2:
        name += f"（{rng.choice(_CITIES[rng.choice(sorted(_CITIES))])[0][:-1]}店）"
    return name


def _company(rng: random.Random) -> str:
    return rng.choice(_CO_WORDS) + rng.choice(_CO_TRADES) + rng.choice(_CO_FORMS)


_CASE_TAGS = {
    "food": "FS",
    "sign": "SG",
    "water": "WA",
    "school": "ED",
    "traffic": "TR",
    "guard": "GD",
}


def _case_number(rng: random.Random, genre: str) -> str:
    y = rng.randint(111, 114)
    forms = [
        f"{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(1, 9999):04d}",
        f"{y}-{rng.randint(1, 99999):05d}",
        f"{y}-{_CASE_TAGS[genre]}-{rng.randint(1, 9999):04d}",
        f"{y}年度第{rng.randint(1, 2000)}號",
    ]
    if genre == "traffic":
        forms.append(f"{y}調字第{rng.randint(1, 900)}號")
    return rng.choice(forms)


def _receipt(rng: random.Random) -> str:
    return rng.choice(
        [f"No.{rng.randint(1000000, 9999999)}", f"{rng.randint(111, 114)}{_digits(rng, 6)}"]
    )


def _invoice(rng: random.Random) -> str:
    letters = rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + rng.choice("EFGHJKLMNPQRSTUVWXYZ")
    return letters + rng.choice(["-", ""]) + _digits(rng, 8)


def _plate(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3))
    return rng.choice(
        [f"{letters}-{rng.randint(1000, 9999)}", f"{rng.randint(1000, 9999)}-{letters[:2]}",
         f"{letters}-{rng.randint(100, 999)}"]
    )  # fmt: skip


def _fullwidth(value: str) -> str:
    return value.translate(_FULLWIDTH)


# --------------------------------------------------------------------------------------------
# The generator
# --------------------------------------------------------------------------------------------

# Which name categories a person key draws from: (weights of han, married, indig, foreign).
_GROUPS: dict[str, tuple[float, float, float, float]] = {
    "P": (0.85, 0.06, 0.09, 0.0),
    "Q": (0.72, 0.05, 0.08, 0.15),
    "FW": (0.0, 0.0, 0.0, 1.0),
    "IN": (0.0, 0.0, 1.0, 0.0),
    "C": (0.93, 0.0, 0.07, 0.0),
}
_CATS = ("han", "married", "indig", "foreign")


class _World:
    """The known-names list and name pools shared by all samples of one set."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self.rng = rng
        size = max(24, n // 4)
        extra = max(6, size // 8)
        names: dict[str, _Name] = {}
        while len(names) < size + extra:
            cat = rng.choices(_CATS, weights=(0.7, 0.06, 0.09, 0.15))[0]
            entry = _make_name(rng, cat, rng.choice("MF"))
            names.setdefault(entry.name, entry)
        entries = list(names.values())
        self.unmentioned = entries[size:]  # in the list, never used in a text
        self.buckets: dict[tuple[str, str], list[_Name]] = {}
        for entry in entries[:size]:
            self.buckets.setdefault((entry.cat, entry.gender), []).append(entry)
        self.known = set(names)

    def person(self, group: str, gender: str) -> tuple[_Name, bool]:
        rng = self.rng
        gender = gender or rng.choice("MF")
        cat = rng.choices(_CATS, weights=_GROUPS[group])[0]
        if cat == "married" and gender == "M":
            cat = "han"
        bucket = self.buckets.get((cat, gender), [])
        if bucket and rng.random() < 0.5:
            return rng.choice(bucket), True
        while True:
            entry = _make_name(rng, cat, gender)
            if entry.name not in self.known:
                return entry, False

    def known_list(self) -> list[str]:
        names = [e.name for bucket in self.buckets.values() for e in bucket]
        names += [e.name for e in self.unmentioned]
        names.sort()
        self.rng.shuffle(names)
        return names


class _Writer:
    """Renders one template into a text with gold spans."""

    def __init__(self, world: _World, genre: str) -> None:
        self.world = world
        self.rng = world.rng
        self.genre = genre
        self.refs: dict[str, tuple[str, str | None, bool]] = {}
        self.nationality = ""
        self.gender = ""  # of the person named last: IDs follow it
        self.range_start: datetime.date | None = None
        rng = self.rng
        self.values: dict[str, Callable[[], tuple[str, str | None]]] = {
            "ID": lambda: (self._fw(_national_id(rng, self.gender)), "TW_NATIONAL_ID"),
            "RC": lambda: (self._fw(_resident_cert(rng, self.gender)), "TW_RESIDENT_CERT"),
            "MOB": lambda: (self._fw(_format_mobile(rng, _mobile_digits(rng))), "PHONE"),
            "TEL": lambda: (self._fw(_landline(rng, rng.random() < 0.2)), "PHONE"),
            "TELX": lambda: (self._fw(_landline(rng, True)), "PHONE"),
            "PHONE": self._any_phone,
            "EMAIL": lambda: (_email(rng), "EMAIL"),
            "ADDR": lambda: (_address(rng), "ADDRESS"),
            "NHI": lambda: (self._fw(_nhi(rng)), "TW_NHI_CARD"),
            "PPF": lambda: (
                self._fw(_passport(rng, self.nationality or rng.choice(_NATIONALITIES))),
                "PASSPORT",
            ),
            "PPTW": lambda: (self._fw(_passport(rng, "")), "PASSPORT"),
            "CC": lambda: (self._fw(_card(rng)), "CREDIT_CARD"),
            "BD": lambda: (self._fw(_birth_date(rng, 1945, 2004, "tw")), "BIRTH_DATE"),
            "BDE": lambda: (self._fw(_birth_date(rng, 1926, 1955, "tw")), "BIRTH_DATE"),
            "BDC": lambda: (self._fw(_birth_date(rng, 2008, 2019, "tw")), "BIRTH_DATE"),
            "BDF": lambda: (self._fw(_birth_date(rng, 2008, 2019, "foreign")), "BIRTH_DATE"),
            # fillers: public or not personal
            "DATE": lambda: (_roc_date(rng), None),
            "DATEL": lambda: (_roc_date(rng, long=True), None),
            "DFROM": lambda: (self._range_date(0), None),
            "DTO": lambda: (self._range_date(rng.randint(7, 90)), None),
            "YEAR": lambda: (str(rng.randint(111, 114)), None),
            "MONTH": lambda: (str(rng.randint(1, 12)), None),
            "TIME": lambda: (self._time(), None),
            "WEEKDAY": lambda: (rng.choice("一二三四五"), None),
            "DOCNO": lambda: (self._docno(), None),
            "CASE": lambda: (_case_number(rng, self.genre), None),
            "COURTCASE": lambda: (self._court_case(), None),
            "RECEIPT": lambda: (_receipt(rng), None),
            "INVOICE": lambda: (_invoice(rng), None),
            "BAN": lambda: (_ban(rng), None),
            "SHOP": lambda: (_shop(rng), None),
            "CO": lambda: (_company(rng), None),
            "AMT": lambda: (_amount(rng), None),
            "N": lambda: (str(rng.randint(2, 30)), None),
            "N2": lambda: (str(rng.randint(31, 980)), None),
            "PCT": lambda: (str(rng.randint(12, 98)), None),
            "AGE": lambda: (str(rng.randint(18, 92)), None),
            "EXP": lambda: (f"{rng.randint(1, 12):02d}/{rng.randint(25, 31)}", None),
            "LAW": lambda: (rng.choice(_LAWS[self.genre]), None),
            "CITY": lambda: (rng.choice(sorted(_CITIES)), None),
            "DIST": lambda: (self._district(), None),
            "ROAD": lambda: (_road(rng), None),
            "SCHOOL": lambda: (_school(rng), None),
            "HOSP": lambda: (rng.choice(_HOSPITALS), None),
            "PLATE": lambda: (_plate(rng), None),
            "WATERNO": lambda: (
                f"{rng.randint(1, 9)}-{_digits(rng, 2)}-{_digits(rng, 6)}-{rng.randint(0, 9)}",
                None,
            ),
            "DISH": lambda: (rng.choice(_DISHES), None),
            "PRODUCT": lambda: (rng.choice(_PRODUCTS), None),
            "PATHOGEN": lambda: (rng.choice(_PATHOGENS), None),
            "GRADE": lambda: (rng.choice(_GRADES), None),
            "NAT": lambda: (self.nationality or rng.choice(_NATIONALITIES), None),
            "FOODAG": lambda: (rng.choice(_FOOD_AGENCIES), None),
            "JOINT": lambda: (rng.choice(_JOINT_AGENCIES), None),
            "SOCAG": lambda: (rng.choice(_SOCIAL_AGENCIES), None),
            "COURT": lambda: (rng.choice(_COURTS), None),
            "INST": lambda: (rng.choice(_INSTITUTIONS), None),
        }

    def _fw(self, value: str) -> str:
        return _fullwidth(value) if self.rng.random() < _FW_RATE else value

    def _any_phone(self) -> tuple[str, str]:
        if self.rng.random() < 0.55:
            return self._fw(_format_mobile(self.rng, _mobile_digits(self.rng))), "PHONE"
        return self._fw(_landline(self.rng, self.rng.random() < 0.15)), "PHONE"

    def _time(self) -> str:
        rng = self.rng
        h, m = rng.randint(8, 17), rng.choice([0, 0, 10, 30, 30, 45])
        return rng.choice(
            [f"{h}:{m:02d}", f"{'上午' if h < 12 else '下午'}{h if h <= 12 else h - 12}時"]
        )

    def _range_date(self, days_after: int) -> str:
        """The start (0) or end of a date range, in 民國 years."""
        if days_after == 0 or self.range_start is None:
            rng = self.rng
            self.range_start = datetime.date(rng.randint(2022, 2025), rng.randint(1, 12), 1)
            self.range_start += datetime.timedelta(days=rng.randint(0, 27))
        day = self.range_start + datetime.timedelta(days=days_after)
        return f"{day.year - 1911}年{day.month}月{day.day}日"

    def _docno(self) -> str:
        rng = self.rng
        prefix = rng.choice(_DOC_PREFIXES[self.genre])
        return f"{prefix}字第{rng.randint(111, 114)}{rng.randint(1000000, 9999999)}號"

    def _court_case(self) -> str:
        rng = self.rng
        kind = rng.choice(["監宣", "監宣", "輔宣"])
        return f"{rng.randint(111, 114)}年度{kind}字第{rng.randint(1, 1500)}號"

    def _district(self) -> str:
        city = self.rng.choice(sorted(_CITIES))
        return self.rng.choice(_CITIES[city])[0]

    def _person(self, key: str) -> tuple[str, str, bool]:
        gender = ""
        if key[-1] in "MF" and key not in ("P", "Q"):
            key, gender = key[:-1], key[-1]
        entry, known = self.world.person(key, gender)
        if entry.cat == "foreign":
            self.nationality = entry.nat
        self.gender = entry.gender
        return entry.name, "PERSON", known

    def _resolve(self, key: str, ref: str | None) -> tuple[str, str | None, bool]:
        if ref is not None and ref in self.refs:
            return self.refs[ref]
        if key in self.values:
            value, label = self.values[key]()
            result: tuple[str, str | None, bool] = (value, label, False)
        else:
            result = self._person(key)
        if ref is not None:
            self.refs[ref] = result
        return result

    def render(self, template: str) -> tuple[str, list[tuple[int, int, str]], list[bool]]:
        rng = self.rng
        while (m := _CHOICE.search(template)) is not None:
            template = (
                template[: m.start()] + rng.choice(m.group(1).split("|")) + template[m.end() :]
            )
        while (m := _OPTIONAL.search(template)) is not None:
            keep = m.group(1) if rng.random() < 0.5 else ""
            template = template[: m.start()] + keep + template[m.end() :]
        parts: list[str] = []
        spans: list[tuple[int, int, str]] = []
        known: list[bool] = []
        pos = last = 0
        for m in _TOKEN.finditer(template):
            literal = template[last : m.start()]
            parts.append(literal)
            pos += len(literal)
            value, label, is_known = self._resolve(m.group(1), m.group(2))
            if label is not None:
                spans.append((pos, pos + len(value), label))
                if label == "PERSON":
                    known.append(is_known)
            parts.append(value)
            pos += len(value)
            last = m.end()
        parts.append(template[last:])
        return "".join(parts), spans, known


def _check_keys() -> None:
    """Every template key must be known (a typo would silently become a person)."""
    writer_keys = {
        "ID",
        "RC",
        "MOB",
        "TEL",
        "TELX",
        "PHONE",
        "EMAIL",
        "ADDR",
        "NHI",
        "PPF",
        "PPTW",
        "CC",
        "BD",
        "BDE",
        "BDC",
        "BDF",
        "DATE",
        "DATEL",
        "YEAR",
        "MONTH",
        "TIME",
        "WEEKDAY",
        "DOCNO",
        "CASE",
        "COURTCASE",
        "RECEIPT",
        "INVOICE",
        "BAN",
        "SHOP",
        "CO",
        "AMT",
        "N",
        "N2",
        "PCT",
        "AGE",
        "EXP",
        "LAW",
        "DFROM",
        "DTO",
        "CITY",
        "DIST",
        "ROAD",
        "SCHOOL",
        "HOSP",
        "PLATE",
        "WATERNO",
        "DISH",
        "PRODUCT",
        "PATHOGEN",
        "GRADE",
        "NAT",
        "FOODAG",
        "JOINT",
        "SOCAG",
        "COURT",
        "INST",
    }
    person_keys = {g + s for g in _GROUPS for s in ("", "M", "F")}
    for table in (_POSITIVE, _NEGATIVE):
        for templates in table.values():
            for template in templates:
                for m in _TOKEN.finditer(template):
                    if m.group(1) not in writer_keys | person_keys:
                        raise KeyError(m.group(1))


_check_keys()


def generate_heldout45(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (a quarter hard negatives) and the known-names list."""
    rng = random.Random(seed)
    world = _World(rng, n)
    samples: list[Sample] = []
    for _ in range(n):
        negative = rng.random() < 0.25
        genre = rng.choice(_GENRES)
        templates = (_NEGATIVE if negative else _POSITIVE)[genre]
        for _attempt in range(200):
            writer = _Writer(world, genre)
            text, spans, known = writer.render(rng.choice(templates))
            if negative and spans:
                raise AssertionError("a negative template produced a span")
            if (negative or spans) and not _leaks(text, spans):
                break
        else:
            raise AssertionError("could not draw a clean sample")
        samples.append(Sample(text, spans, hard_negative=negative, known_person=known))
    return samples, world.known_list()
