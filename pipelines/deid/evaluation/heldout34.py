"""Held-out set 34: synthetic agency free text in Traditional Chinese with gold personal-data spans.

Written without sight of the scanner, so a first run on it is an honest held-out figure. Six
genres: building-management committee (管委會) minutes, irrigation (農田水利) water-allocation
complaints, driving-test (路考) registrations, community-care-station (社區關懷據點) sheets,
public-library reader-card applications with guardians and customs-broker (報關) declarations
of parcels sent by foreign workers. About a quarter of the samples are hard negatives that hold
only public or non-personal look-alikes (document and case numbers, companies' 統一編號,
statute articles, amounts, ordinary dates, place, shop and product names, surname-led words).

Gold conventions: a PERSON span is the name alone (no honorific or role word); PHONE includes
its country code, brackets and extension; ADDRESS is the whole postal address (with an attached
postcode); BIRTH_DATE is the date itself (with a leading 民國). Every name, number and address
is invented; checksums are computed so that the identifiers are valid.
"""

from __future__ import annotations

import datetime
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

__all__ = ["generate_heldout34"]

# ---------------------------------------------------------------------------------------------
# Small helpers


def _w(text: str) -> list[str]:
    """Split a whitespace-separated word list (keeps the data tables compact)."""
    return text.split()


_FW_TABLE = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklm"}
_FW_TABLE.update({c: chr(ord(c) + 0xFEE0) for c in "nopqrstuvwxyz-@.()+#/_:"})
_FW = str.maketrans(_FW_TABLE)


def _fullwidth(text: str) -> str:
    """ASCII letters, digits and the usual symbols to their full-width forms."""
    return text.translate(_FW)


def _digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


# ---------------------------------------------------------------------------------------------
# Names (own lists; all combinations are synthetic)

_SURNAMES_TOP = _w(
    "陳 林 黃 張 李 王 吳 劉 蔡 楊 許 鄭 謝 郭 洪 曾 邱 廖 賴 周 徐 蘇 葉 莊 呂 江 何 蕭 羅 高"
)
_SURNAMES_MORE = _w(
    """
    潘 簡 朱 鍾 游 彭 詹 胡 施 沈 余 盧 梁 趙 顏 柯 翁 魏 孫 戴 范 方 宋 鄧 杜 傅 侯 曹 薛 丁
    卓 阮 馬 董 温 唐 藍 石 蔣 古 紀 姚 連 馮 歐 程 湯 黎 田 康 姜 白 汪 鄒 尤 巫 鐘 涂 龔 嚴
    韓 袁 金 童 陸 夏 柳 凃 邵 錢 伍 倪 溫 于 譚 駱 熊 任 甘 秦 顧 毛 章 史 官 萬 俞 雷 粘 饒
    闕 凌 崔 尹 孔 辛 武 辜 陶 易 段 龍 韋 葛 池 孟 褚 殷 麥 賀 賈 莫 文 管 關 向 包 丘 梅 利
    華 裴 樊 房 全 佘 左 花 晏 籃 應 冉 卜 喬 符 單 艾 苗 岳 邢 練 勞 覃 畢 竇 鄔 冼 滕 敖 郁
    隋 閻 繆 靳 湛 談 喻 鮑 計 祝 聶 荊 仇 閔 諶 商 戚 郝 蒲 衛 鄞 危 龐 麻 車 鄂 樂 時 沙
    """
)
_SURNAMES_COMPOUND = _w(
    "歐陽 張簡 司徒 范姜 諸葛 上官 司馬 東方 皇甫 夏侯 公孫 端木 令狐 張廖 慕容"
)

_GIVEN_F = _w(
    """
    淑芬 淑惠 淑娟 淑貞 淑華 淑玲 美玲 美惠 美華 美珠 美雲 麗華 麗娟 麗美 麗卿 秀英 秀琴
    秀蘭 秀鳳 秀玉 玉蘭 玉梅 玉珍 玉英 月娥 月霞 春嬌 春美 金鳳 金蓮 碧霞 碧珠 素珠 素娥
    素卿 寶珠 彩雲 秋月 秋香 惠美 惠珍 惠玲 雅婷 雅雯 雅琪 雅惠 怡君 怡婷 怡萱 欣怡 欣妤
    佳穎 佳蓉 佳慧 宜蓁 宜庭 詩涵 詩婷 家瑜 筱涵 子涵 品妍 語彤 芷若 宥蓁 以恩 沛晴 姿穎
    思妤 婉婷 靜宜 佩君 慧玲 珮瑜 郁婷 曉雯 芳儀 心怡 意涵 巧玲 曉萍 靜怡 雅芳 瑞珠 蕙蘭
    玉霞 翠玲 琇琴 孟蓉 亭妤 羽彤 昕妍 可昕 芯瑜 苡安 凱婷 玟君 錦雲 阿蜜 罔市 菊英 桂香
    碧雲 麗雪 綉鳳 瑞蓮 美櫻 惠娟 慧君 淑卿 宛蓉 湘婷 紫涵 禹彤 若瑄 韻如 嘉玲 雨萱 妍希
    """
)
_GIVEN_M = _w(
    """
    志明 建宏 俊傑 家豪 冠宇 承恩 柏翰 宇軒 子睿 品睿 宥廷 彥廷 文雄 明德 金發 進財 添丁
    國華 建國 志偉 志豪 俊宏 信宏 哲瑋 冠廷 宗翰 聖傑 育誠 政勳 振宇 耀文 榮華 清標 火旺
    水木 天來 福來 正雄 東昇 世昌 英傑 立群 昱辰 恩碩 睿恩 晨皓 坤山 明輝 永福 金龍 文彬
    志遠 家銘 俊賢 建志 國榮 順發 德明 明哲 嘉宏 鴻文 柏宇 宇翔 承翰 品翰 彥宏 士傑 哲宇
    信良 啟明 旭東 景福 煥章 博文 紹華 景翔 冠霖 奕辰 秉宸 睿哲 定遠 俊男 萬得 有財 春生
    清河 勝雄 榮輝 錦堂 朝宗 瑞祥 耀宗 阿火 金水 土城 炳坤 朝陽 武雄 欽明 振豐 祐嘉 沐宸
    """
)
_GIVEN_ONE = _w(
    "敏 傑 豪 婷 芳 勇 靜 誠 翔 薇 瑜 慧 強 琳 鈞 萱 欣 宏 穎 彬 玲 婕 瑋 昊 蓉 偉 剛 潔 珊 霖"
)
_GIVEN_HEAD = _w(
    "志 建 俊 家 冠 承 柏 宇 品 宥 彥 文 明 信 哲 宗 育 政 耀 榮 東 世 立 昱 睿 晨 "
    "淑 美 麗 秀 玉 月 雅 怡 欣 佳 宜 詩 筱 語 芷 沛 思 婉 靜 佩 慧 郁 曉 芳 心 巧 惠"
)
_GIVEN_TAIL = _w(
    "明 宏 傑 豪 恩 翰 軒 廷 雄 德 華 偉 瑋 誠 勳 輝 芬 娟 貞 玲 珠 蘭 琴 鳳 梅 珍 婷 "
    "雯 君 萱 穎 蓉 涵 妍 彤 蓁 晴 妤 儀 萍 安 辰 凱 鈞 綺 瑄"
)

_INDIG_HAN_GIVEN = _w(
    "瓦歷斯 巴奈 伊萬 比令 尤幹 達利 吉娃斯 拉娃 馬躍 阿道 撒古流 哈尤 娃旦 沙力浪 莎韻 馬紹 "
    "畢浩 優席夫 伊苞 巴萬 烏杜 蘇飛 帕蘇 阿洛 撒韻 希婻 瑪拉 拉黑子 尤道 嘎造 伊娜 雅柏甦詠"
)
_INDIG_HAN_FAMILY = _w(
    "諾幹 庫穗 尤命 瓦旦 達道 吉拉斯 卡造 谷幸 巴勒克 阿給 都奧 撒可努 那莫 拉瓦 馬亨亨 "
    "拉罕 比浩 索克 伊斯坦大 達給斯 巴勒斯 瑪法琉 卡力 布杜 打亥 伊替"
)
_INDIG_LAT_GIVEN = _w(
    "Walis Panay Iwan Pilin Yukan Lawa Mayaw Sakinu Hayu Kolas Sra Ciwang Yapit Afo Nakaw "
    "Tuyaw Ibu Umav Dagu Savi Kaliting Sawmah Tipus Nikar Buya Ising Haisum Calaw Lisin"
)
_INDIG_LAT_FAMILY = _w(
    "Nokan Kusui Nawi Yapu Tali Kusing Biho Tepiq Yudaw Yotaka Kacaw Iteyan Putun Payan "
    "Tanapima Istanda Pasuya Tasing Nomin Lupi Takisvilainan Mavaliw Sayum Watan Ukah"
)
_VN_FAMILY = _w("NGUYEN TRAN LE PHAM HOANG HUYNH VU VO DANG BUI DO HO NGO DUONG LY DINH")
_VN_GIVEN_F = _w("HUONG LAN HOA MAI THU TRANG LINH NGA HANH THAO PHUONG NHUNG YEN TUYET DIEP")
_VN_GIVEN_M = _w("NAM HUNG DUNG TUAN MINH HAI LONG QUANG SON CUONG THANG KHANH TRUNG PHONG")
_VN_MIDDLE = _w("DUC MINH NGOC THANH HUU XUAN KIM BICH")
_VN_HAN_FAMILY = _w("阮 陳 黎 范 黃 武 吳 裴 鄧 杜 胡 吳 楊 丁")
_VN_HAN_GIVEN_F = _w("芳 蘭 花 梅 秋 香 玲 鳳 草 翠 清水 金英 秋賢 碧玉 玉環 青雲")
_VN_HAN_GIVEN_M = _w("雄 南 勇 俊 明 海 龍 光 山 強 德仁 文興 春秋 國寶 明進")
_ID_NAMES = _w(
    "SITI SRI DEWI NUR AGUS BUDI WAHYU RINA ENDANG YANTI EKA DWI TRI ANI LESTARI RAHAYU WATI "
    "AMINAH NURHAYATI SUPRIYANTI SETIAWAN SANTOSO KURNIASIH HIDAYAT PUJI WULANDARI SUGIARTI "
    "MULYANI SUTRISNO HARTONO RATNA INDAH FITRIANI SUMARNI"
)
_ID_HAN = _w(
    "西蒂 斯莉 黛薇 阿古斯 布迪 莉娜 安妮 努爾 艾卡 拉哈尤 雅蒂 伊達 溫達 莉絲 瑪雅 "
    "蘇普莉揚蒂 努爾哈雅蒂 塞蒂亞萬 阿米娜 蕾絲塔莉 普吉 英達 法特瑪 蘇瑪妮"
)
_PH_GIVEN = _w(
    "MARIA JOSE ROWENA MARICEL JOCELYN ANALYN MARY_JANE JOHN_PAUL MARK_ANTHONY RICARDO "
    "CRISTINA ROSALIE JENNIFER ARNEL ROMEO LIEZEL JOY MELODY REYNALDO CHERRY LORNA GERALDINE"
)
_PH_FAMILY = _w(
    "SANTOS REYES CRUZ BAUTISTA OCAMPO GARCIA MENDOZA DELA_CRUZ DE_GUZMAN VILLANUEVA AQUINO "
    "RAMOS CASTILLO FLORES TORRES NAVARRO PASCUAL MANALO SORIANO MAGBANUA DIMAANO"
)
_PH_HAN = _w("羅薇娜 瑪莉塞 喬瑟琳 安娜琳 瑪麗亞 莉賽兒 珍妮佛 羅密歐 雪莉 瑪莉珍 潔拉汀")
_TH_GIVEN = _w(
    "SOMCHAI SOMSAK SIRIPORN WANNA PRASERT SUPHAT NARONG CHAIYA KANYA MALEE ANAN WICHAI "
    "THONGCHAI SUNEE BOONMEE PORNTIP KITTISAK ARUNEE"
)
_TH_FAMILY = _w(
    "SRISUK BOONMA CHAIYAPORN SAENGTHONG KAEWMANEE PHROMMA SUKSAWAT INTHARA WONGSAWAT "
    "CHANTHAWONG THONGDEE SIRIWAT PHANTHONG RATTANA"
)
_TH_HAN = _w("宋猜 頌薩 詩麗蓬 萬娜 巴瑟 納隆 猜耶 甘雅 瑪莉 威猜 通猜 蘇妮 彭蒂 吉滴薩")

_NAME_CATEGORIES = ("han", "compound", "married", "indigenous", "foreign")


def _surname(rng: random.Random) -> str:
    if rng.random() < 0.55:
        return rng.choice(_SURNAMES_TOP)
    return rng.choice(_SURNAMES_MORE)


def _given(rng: random.Random, female: bool | None = None) -> str:
    if female is None:
        female = rng.random() < 0.5
    r = rng.random()
    if r < 0.1:
        return rng.choice(_GIVEN_ONE)
    if r < 0.3:
        head = rng.choice(_GIVEN_HEAD)
        tail = rng.choice(_GIVEN_TAIL)
        if head != tail:
            return head + tail
    return rng.choice(_GIVEN_F if female else _GIVEN_M)


def _title(word: str) -> str:
    return " ".join(part.capitalize() for part in word.split(" "))


def _foreign_name(rng: random.Random, latin: bool | None = None) -> str:
    nat = rng.choice(("VN", "VN", "ID", "ID", "PH", "TH"))
    if latin is None:
        latin = rng.random() < 0.6
    upper = rng.random() < 0.65
    if nat == "VN":
        female = rng.random() < 0.6
        if latin:
            fam = rng.choice(_VN_FAMILY)
            mid = "THI" if female else "VAN"
            if rng.random() < 0.3:
                mid += " " + rng.choice(_VN_MIDDLE)
            name = f"{fam} {mid} {rng.choice(_VN_GIVEN_F if female else _VN_GIVEN_M)}"
        else:
            mid = "氏" if female else "文"
            given = rng.choice(_VN_HAN_GIVEN_F if female else _VN_HAN_GIVEN_M)
            return rng.choice(_VN_HAN_FAMILY) + mid + given
    elif nat == "ID":
        if latin:
            k = rng.choice((1, 2, 2, 3))
            parts: list[str] = []
            while len(parts) < k:
                p = rng.choice(_ID_NAMES)
                if p not in parts:
                    parts.append(p)
            name = " ".join(parts)
        else:
            a, b = rng.choice(_ID_HAN), rng.choice(_ID_HAN)
            if a == b or rng.random() < 0.3:
                return a
            return f"{a}{rng.choice('‧·')}{b}"
    elif nat == "PH":
        if latin:
            given = rng.choice(_PH_GIVEN).replace("_", " ")
            fam = rng.choice(_PH_FAMILY).replace("_", " ")
            if rng.random() < 0.3:
                return f"{fam}, {given}" if upper else f"{_title(fam)}, {_title(given)}"
            name = f"{given} {fam}"
        else:
            return rng.choice(_PH_HAN) + rng.choice(("", "‧桑托斯", "‧雷耶斯", "·克魯茲"))
    else:
        if latin:
            name = f"{rng.choice(_TH_GIVEN)} {rng.choice(_TH_FAMILY)}"
        else:
            return rng.choice(_TH_HAN) + rng.choice(("", "‧西蘇", "‧汶瑪", "·塞通"))
    return name if upper else _title(name)


def _make_name(rng: random.Random, category: str, latin: bool | None = None) -> str:
    if category == "compound":
        return rng.choice(_SURNAMES_COMPOUND) + _given(rng)
    if category == "married":
        husband, own = _surname(rng), _surname(rng)
        if husband == own:
            own = rng.choice(_SURNAMES_MORE)
        return husband + own + _given(rng, female=True)
    if category == "indigenous":
        if rng.random() < 0.7:
            g, f = rng.choice(_INDIG_HAN_GIVEN), rng.choice(_INDIG_HAN_FAMILY)
            return f"{g}{rng.choice('‧‧·')}{f}"
        return f"{rng.choice(_INDIG_LAT_GIVEN)} {rng.choice(_INDIG_LAT_FAMILY)}"
    if category == "foreign":
        return _foreign_name(rng, latin)
    return _surname(rng) + _given(rng)


# Category weights of a person mention, per genre (han, compound, married, indigenous, foreign).
_PERSON_WEIGHTS: dict[str, tuple[float, ...]] = {
    "building": (78, 5, 7, 4, 6),
    "water": (75, 4, 10, 8, 3),
    "driving": (70, 5, 2, 8, 15),
    "care": (62, 4, 18, 10, 6),
    "library": (72, 6, 4, 8, 10),
    "customs": (80, 4, 6, 3, 7),
    "elder": (66, 4, 20, 10, 0),
    "child": (85, 7, 0, 8, 0),
}


@dataclass
class _NamePool:
    """The dataset's applicant-name column: names mentioned in texts and never-mentioned ones."""

    known: list[str]
    known_set: set[str]
    mentionable: dict[str, list[str]]

    @classmethod
    def build(cls, rng: random.Random, size: int) -> _NamePool:
        known: list[str] = []
        seen: set[str] = set()
        mentionable: dict[str, list[str]] = {c: [] for c in _NAME_CATEGORIES}
        weights = (70, 4, 8, 7, 11)
        while len(known) < size:
            category = rng.choices(_NAME_CATEGORIES, weights)[0]
            name = _make_name(rng, category)
            if name in seen:
                continue
            seen.add(name)
            known.append(name)
            if rng.random() < 0.8:  # the rest are applicants never mentioned in any text
                mentionable[category].append(name)
        return cls(known, seen, mentionable)


# ---------------------------------------------------------------------------------------------
# Places and addresses. city|area code|local digits|district:postcode:roads;...
# A road list entry starting with "~" is a village (村/里) for rural addresses without a road.

_CITY_DATA = """
臺北市|02|8|大安區:106:和平東路二段,復興南路一段,信義路四段,新生南路三段;\
中山區:104:民生東路二段,長安東路一段,林森北路,松江路;萬華區:108:西園路一段,康定路;\
北投區:112:石牌路二段,中央北路一段;文山區:116:木柵路三段,興隆路二段;內湖區:114:成功路四段,內湖路一段
新北市|02|8|板橋區:220:文化路一段,中山路二段,四川路二段;三重區:241:重新路三段,正義北路;\
新莊區:242:中正路,思源路;中和區:235:景平路,中和路;永和區:234:永和路二段;新店區:231:北新路三段;\
土城區:236:金城路二段;汐止區:221:大同路二段;淡水區:251:中山北路二段;樹林區:238:保安街一段
桃園市|03|7|桃園區:330:中正路,復興路;中壢區:320:中央西路二段,環北路;平鎮區:324:環南路;\
八德區:334:介壽路一段;龜山區:333:萬壽路二段;大溪區:335:員林路一段
臺中市|04|8|北屯區:406:崇德路二段,文心路四段;西屯區:407:河南路三段,西屯路二段;\
南屯區:408:公益路二段;大里區:412:中興路二段;豐原區:420:中正路;太平區:411:中山路一段;霧峰區:413:中正路
臺南市|06|7|東區:701:東門路二段,裕農路;永康區:710:中華路,中正南路;安南區:709:安中路三段;\
新營區:730:三民路;麻豆區:721:興中路;善化區:741:中山路
高雄市|07|7|三民區:807:建工路,九如一路;苓雅區:802:四維三路,三多一路;鳳山區:830:光復路二段,五甲二路;\
左營區:813:博愛二路;楠梓區:811:德賢路;岡山區:820:岡山路;旗山區:842:中山路
基隆市|02|8|仁愛區:200:愛三路;七堵區:206:明德一路
新竹市|03|7|東區:300:光復路二段,東大路一段;北區:300:中正路
嘉義市|05|7|西區:600:友愛路;東區:600:民族路
新竹縣|03|7|竹北市:302:光明六路,縣政九路;竹東鎮:310:長春路三段;湖口鄉:303:中正路一段
苗栗縣|037|6|苗栗市:360:中正路;頭份市:351:中華路;苑裡鎮:358:為公路
彰化縣|04|7|彰化市:500:中山路二段;員林市:510:大同路一段;鹿港鎮:505:中山路;溪湖鎮:514:彰水路二段;\
二林鎮:526:斗苑路;埔鹽鄉:516:~新水村,~南港村
南投縣|049|7|南投市:540:中興路;埔里鎮:545:中山路二段;草屯鎮:542:太平路一段;竹山鎮:557:集山路三段
雲林縣|05|7|斗六市:640:大學路一段;虎尾鎮:632:林森路一段;西螺鎮:648:延平路;北港鎮:651:文化路;\
莿桐鄉:647:~埔尾村,~饒平村;二崙鄉:649:~港後村,~大庄村
嘉義縣|05|7|太保市:612:祥和一路東段;民雄鄉:621:中樂路;朴子市:613:山通路;六腳鄉:615:~蒜頭村,~港尾村
屏東縣|08|7|屏東市:900:自由路;潮州鎮:920:新生路;東港鎮:928:中正路;內埔鄉:912:廣濟路,~豐田村
宜蘭縣|03|7|宜蘭市:260:中山路三段;羅東鎮:265:興東路;礁溪鄉:262:礁溪路五段,~玉田村
花蓮縣|03|7|花蓮市:970:中山路;吉安鄉:973:中央路三段;玉里鎮:981:中山路二段;秀林鄉:972:~崇德村,~富世村
臺東縣|089|6|臺東市:950:中華路一段;成功鎮:961:中山東路;卑南鄉:954:~初鹿村,~太平村;池上鄉:958:中山路
澎湖縣|06|7|馬公市:880:中正路,三民路
金門縣|082|6|金城鎮:893:民生路
連江縣|0836|5|南竿鄉:209:~介壽村,~復興村
"""


@dataclass
class _City:
    name: str
    area: str
    local_len: int
    districts: list[tuple[str, str, list[str]]] = field(default_factory=list)


def _parse_cities() -> list[_City]:
    cities = []
    for line in _CITY_DATA.strip().splitlines():
        name, area, local_len, rest = line.split("|")
        city = _City(name, area, int(local_len))
        for part in rest.split(";"):
            district, postcode, roads = part.split(":")
            city.districts.append((district, postcode, roads.split(",")))
        cities.append(city)
    return cities


_CITIES = _parse_cities()
_CITY_WEIGHTS = [
    {"臺北市": 10, "新北市": 14, "桃園市": 9, "臺中市": 10, "臺南市": 7, "高雄市": 10}.get(
        c.name, 2
    )
    for c in _CITIES
]
_LI_NAMES = _w("中正 福德 仁愛 和平 光明 新興 民生 忠孝 大同 復興 永安 興南 文昌 長春 三民 建國")
_CN_NUM = "零一二三四五六七八九十"


def _address(rng: random.Random, city: _City) -> str:
    district, postcode, roads = rng.choice(city.districts)
    road = rng.choice(roads)
    name = city.name
    if name.startswith("臺") and rng.random() < 0.4:
        name = "台" + name[1:]
    parts: list[str] = []
    if rng.random() < 0.18:
        parts.append(postcode + (_digits(rng, 3) if rng.random() < 0.3 else ""))
    if rng.random() < 0.9 or road.startswith("~"):
        parts.append(name)
    parts.append(district)
    if road.startswith("~"):
        parts.append(road[1:])
        parts.append(f"{rng.randint(1, 18)}鄰")
        if rng.random() < 0.4:
            parts.append(rng.choice(("中山路", "中正路", "文化路", "民族路", "和平路")))
        parts.append(f"{rng.randint(1, 260)}號")
        text = "".join(parts)
        return _fullwidth(text) if rng.random() < 0.125 else text
    if rng.random() < 0.2:
        parts.append(f"{rng.choice(_LI_NAMES)}里{rng.randint(1, 30)}鄰")
    parts.append(road)
    if rng.random() < 0.45:
        parts.append(f"{rng.randint(1, 420)}巷")
        if rng.random() < 0.35:
            parts.append(f"{rng.randint(1, 40)}弄")
    number = str(rng.randint(1, 380))
    r = rng.random()
    if r < 0.12:
        number += f"之{rng.randint(1, 9)}"
    elif r < 0.2:
        number += f"-{rng.randint(1, 9)}"
    parts.append(number + "號")
    r = rng.random()
    floor = rng.randint(2, 15)
    if r < 0.3:
        parts.append(f"{floor}樓")
    elif r < 0.42:
        parts.append(f"{floor}樓之{rng.randint(1, 6)}")
    elif r < 0.5:
        parts.append(f"{floor}F")
    elif r < 0.58 and floor < 10:
        parts.append(f"{_CN_NUM[floor]}樓")
    elif r < 0.62:
        parts.append(f"{rng.randint(2, 12)}樓{rng.randint(1, 9)}室")
    text = "".join(parts)
    return _fullwidth(text) if rng.random() < 0.125 else text


# ---------------------------------------------------------------------------------------------
# Structured identifiers


def _maybe_fw(rng: random.Random, text: str) -> str:
    return _fullwidth(text) if rng.random() < 0.125 else text


def _national_id(rng: random.Random) -> str:
    letter = rng.choice(list(LETTER_CODES))
    body = rng.choice("12") + _digits(rng, 7)
    value = letter + body + id_check_digit(letter, body)
    if rng.random() < 0.04:
        value = value.lower()
    return _maybe_fw(rng, value)


def _resident_cert(rng: random.Random) -> str:
    letter = rng.choice(list(LETTER_CODES))
    if rng.random() < 0.6:  # new form (2021-)
        body = rng.choice("89") + _digits(rng, 7)
        value = letter + body + id_check_digit(letter, body)
    else:  # old form: second letter A-D counts as the units digit of its code
        second = rng.choice("ABCD")
        tail = _digits(rng, 7)
        check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
        value = letter + second + tail + check
    return _maybe_fw(rng, value)


def _mobile_digits(rng: random.Random) -> str:
    while True:
        number = "09" + rng.choice("0123456789") + _digits(rng, 7)
        if phone.is_valid(number):
            return number


def _mobile(rng: random.Random) -> str:
    d = _mobile_digits(rng)
    r = rng.random()
    if r < 0.3:
        text = d
    elif r < 0.55:
        text = f"{d[:4]}-{d[4:7]}-{d[7:]}"
    elif r < 0.67:
        text = f"{d[:4]}-{d[4:]}"
    elif r < 0.77:
        text = f"{d[:4]} {d[4:7]} {d[7:]}"
    elif r < 0.81:
        text = f"{d[:4]}.{d[4:7]}.{d[7:]}"
    elif r < 0.88:
        text = f"+886-{d[1:4]}-{d[4:7]}-{d[7:]}"
    elif r < 0.94:
        text = f"+886 {d[1:4]} {d[4:7]} {d[7:]}"
    elif r < 0.97:
        text = f"+886{d[1:]}"
    else:
        text = f"({d[:4]}){d[4:7]}-{d[7:]}"
    return _maybe_fw(rng, text)


def _landline(rng: random.Random, city: _City, extension: bool) -> str:
    area, n = city.area, city.local_len
    while True:
        if city.area == "02":
            local = rng.choice("2287") + _digits(rng, n - 1)
        elif city.name == "臺中市":
            local = "2" + _digits(rng, n - 1)
        elif city.name == "彰化縣":
            local = rng.choice("78") + _digits(rng, n - 1)
        elif city.name == "澎湖縣":
            local = "9" + _digits(rng, n - 1)
        else:
            local = rng.choice("2345678") + _digits(rng, n - 1)
        if phone.is_plausible(area + local):
            break
    half = 4 if n == 8 else 3
    grouped = f"{local[:half]}-{local[half:]}"
    r = rng.random()
    if r < 0.3:
        text = f"{area}-{grouped}"
    elif r < 0.5:
        text = f"({area}){grouped}"
    elif r < 0.6:
        text = f"({area}) {local}"
    elif r < 0.72:
        text = f"{area}-{local}"
    elif r < 0.8:
        text = f"{area}{local}"
    elif r < 0.87:
        text = f"{area} {local[:half]} {local[half:]}"
    elif r < 0.94:
        text = f"+886-{area[1:]}-{grouped}"
    else:
        text = f"+886 {area[1:]} {local}"
    if extension:
        ext = str(rng.randint(1, 9999 if rng.random() < 0.5 else 399))
        text += rng.choice(("#", "#", " #", "分機", " 分機 ", " ext. ", "轉", " 轉")) + ext
    return _maybe_fw(rng, text)


_EMAIL_SURNAMES = _w(
    "chen lin huang chang lee wang wu liu tsai yang hsu cheng hsieh kuo hung tseng chiu liao "
    "lai chou su yeh chuang lu chiang ho hsiao lo kao pan chien"
)
_EMAIL_GIVEN = _w(
    "shufen meiling yating chiming chienhung chunchieh chiahao kuanyu yichun hsinyi peijun "
    "yuhsuan tzuhan wenhsiung minte kuohua chihwei hueimei lihua chingyi"
)
_EMAIL_NICK = _w(
    "amy kevin jessica vivian tony peggy jack annie ruby eric momo candy leo sandy jimmy "
    "grace allen ivy wendy alex kiki nana lulu"
)
_EMAIL_DOMAINS = _w(
    "gmail.com gmail.com gmail.com yahoo.com.tw yahoo.com.tw hotmail.com outlook.com "
    "ms12.hinet.net ms45.hinet.net icloud.com seed.net.tw livemail.tw pchome.com.tw"
)
_EMAIL_FOREIGN = _w("nguyen tran siti dewi maria joy somchai budi huong linh rina agus")


def _email(rng: random.Random, foreign: bool = False) -> str:
    if foreign:
        local = rng.choice(_EMAIL_FOREIGN) + rng.choice(("", ".", "_")) + _digits(rng, 2)
        domain = rng.choice(("gmail.com", "gmail.com", "yahoo.com", "yahoo.co.id", "yahoo.com.vn"))
    else:
        r = rng.random()
        if r < 0.4:
            sep = rng.choice((".", "_", ""))
            local = rng.choice(_EMAIL_SURNAMES) + sep + rng.choice(_EMAIL_GIVEN)
        elif r < 0.7:
            local = rng.choice(_EMAIL_NICK) + rng.choice(_EMAIL_SURNAMES)
        else:
            local = rng.choice(_EMAIL_NICK) + rng.choice(("", "_", "."))
            local += rng.choice(("", "tw", "cat", "home"))
        if rng.random() < 0.6:
            local += str(rng.randint(1955, 2015)) if rng.random() < 0.5 else _digits(rng, 3)
        domain = rng.choice(_EMAIL_DOMAINS)
    if rng.random() < 0.05:
        local = local.capitalize()
    return _maybe_fw(rng, f"{local}@{domain}")


def _nhi(rng: random.Random) -> str:
    d = "0000" + _digits(rng, 8) if rng.random() < 0.6 else "00" + _digits(rng, 10)
    r = rng.random()
    if r < 0.4:
        text = d
    elif r < 0.7:
        text = f"{d[:4]}-{d[4:8]}-{d[8:]}"
    else:
        text = f"{d[:4]} {d[4:8]} {d[8:]}"
    return _maybe_fw(rng, text)


def _passport(rng: random.Random, foreign: bool) -> str:
    if not foreign:
        return _maybe_fw(rng, rng.choice("33331") + _digits(rng, 8))
    nat = rng.choice(("VN", "VN", "ID", "ID", "PH", "TH"))
    if nat == "VN":
        text = rng.choice("CCBN") + _digits(rng, 7)
    elif nat == "ID":
        text = rng.choice("XBCAE") + _digits(rng, 7)
    elif nat == "PH":
        if rng.random() < 0.6:
            text = "P" + _digits(rng, 7) + rng.choice("ABC")
        else:
            text = rng.choice(("EB", "EC")) + _digits(rng, 7)
    else:
        text = rng.choice(("AA", "AB", "AC")) + _digits(rng, 7)
    return _maybe_fw(rng, text)


def _luhn_complete(partial: str) -> str:
    for d in "0123456789":
        if creditcard.luhn_ok(partial + d):
            return partial + d
    raise AssertionError("unreachable")


def _credit_card(rng: random.Random) -> str:
    kind = rng.choice(("visa", "visa", "visa", "mc", "mc", "jcb", "amex", "up"))
    if kind == "visa":
        number = _luhn_complete("4" + _digits(rng, 14))
    elif kind == "mc":
        number = _luhn_complete("5" + rng.choice("12345") + _digits(rng, 13))
    elif kind == "jcb":
        number = _luhn_complete("35" + str(rng.randint(28, 89)) + _digits(rng, 11))
    elif kind == "up":
        number = _luhn_complete("62" + _digits(rng, 13))
    else:
        number = _luhn_complete(rng.choice(("34", "37")) + _digits(rng, 12))
    r = rng.random()
    if len(number) == 15:
        text = f"{number[:4]} {number[4:10]} {number[10:]}" if r < 0.6 else number
    elif r < 0.45:
        text = " ".join(number[i : i + 4] for i in range(0, 16, 4))
    elif r < 0.75:
        text = "-".join(number[i : i + 4] for i in range(0, 16, 4))
    else:
        text = number
    return _maybe_fw(rng, text)


_MONTHS = _w("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC")


def _birth_date(rng: random.Random, first: int, last: int, foreign: bool = False) -> str:
    y = rng.randint(first, last)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28 if m == 2 else 30)
    roc = y - 1911
    r = rng.random()
    if foreign and r < 0.5:
        text = rng.choice(
            (
                f"{d:02d} {_MONTHS[m - 1]} {y}",
                f"{d:02d}/{m:02d}/{y}",
                f"{y}/{m:02d}/{d:02d}",
                f"{d:02d}-{_MONTHS[m - 1]}-{y}",
            )
        )
    elif r < 0.6:
        text = rng.choice(
            (
                f"民國{roc}年{m}月{d}日",
                f"{roc}年{m}月{d}日",
                f"{roc}年{m:02d}月{d:02d}日",
                f"{roc:03d}/{m:02d}/{d:02d}",
                f"{roc}/{m}/{d}",
                f"{roc}.{m:02d}.{d:02d}",
                f"{roc:03d}{m:02d}{d:02d}",
                f"民國{roc}.{m}.{d}",
            )
        )
    else:
        text = rng.choice(
            (
                f"{y}/{m:02d}/{d:02d}",
                f"{y}-{m:02d}-{d:02d}",
                f"{y}年{m}月{d}日",
                f"{y}.{m}.{d}",
            )
        )
    return _maybe_fw(rng, text)


# ---------------------------------------------------------------------------------------------
# Look-alikes (public or non-personal values)

_DOC_PREFIX: dict[str, list[str]] = {
    "building": _w("北市都建 新北工使 府授工 彰府建管 府建使 北市建 中市都管 高市工建"),
    "water": _w("農水嘉南 農水雲林 農水彰化 農水管 雲水管 農水屏東 農水石門"),
    "driving": _w("交路 嘉監駕 中監理 北監管 高監理 竹監駕 交路（一）"),
    "care": _w("新北府社老 中市社老 高市社老 竹市社福 衛部顧 南市社老 府社長"),
    "library": _w("北市圖閱 南市教社 中市圖推 高市圖推 臺教社（四） 新北圖閱"),
    "customs": _w("北關業 基關快 高關業 財關 中關業 北關快"),
}
_BOOKS = _w(
    "小王子 好餓的毛毛蟲 神奇樹屋 屁屁偵探 嚕嚕米 晴天有時下豬 我的名字叫紅 小婦人 "
    "西遊記 老人與海 海底兩萬里 湯姆歷險記 黃金羅盤 林家花園導覽 臺灣鳥類圖鑑 石虎的家"
)
_ORGS: dict[str, list[str]] = {
    "building": _w(
        "全勝保全股份有限公司 萬國物業管理顧問公司 安心水電行 信義五金行 永興電梯股份有限公司 "
        "順發冷氣工程行 光華消防工程有限公司 台灣電力公司 台灣自來水公司"
    ),
    "water": _w("農會供銷部 大進土木包工業 合興營造有限公司 台灣自來水公司 鄉公所清潔隊"),
    "driving": _w("大明汽車駕駛訓練班 全民駕訓班 平安交通器材行 光華工程有限公司 安泰醫院"),
    "care": _w("晨曦社會福利基金會 福德宮管理委員會 長青協會 統一超商 全聯福利中心 農會家政班"),
    "library": _w("誠品書店 金石堂書店 晨曦社會福利基金會 扶輪社 家長會 國語日報社"),
    "customs": _w("鴻運報關行有限公司 福星國際物流 南方快遞股份有限公司 中華郵政 長勝報關行"),
}
_COMMUNITIES = _w(
    "松濤大廈 翠堤華廈 青山綠水社區 陽明新城 富貴天下社區 御花園大廈 晴光花園 麗水山莊 "
    "鴻福大樓 文心首府 林園新村 高第名邸 金華苑 湖畔雅築"
)
_CANALS = _w(
    "濁幹線 八堵圳 后里圳 猫羅圳 二八水圳 嘉南大圳北幹線 曹公圳 瑠公圳 石門大圳 "
    "新虎尾溪支線 莿仔埤圳 鹿寮分線 龍目井給水路 十股小給"
)
_STATIONS_W = _w("虎尾 西螺 麻豆 學甲 溪州 二林 田尾 竹塘 土庫 大林 新營 官田 萬丹 冬山")
_STATIONS_D = _w("士林 板橋 新竹 臺中 豐原 彰化 嘉義 新營 麻豆 旗山 屏東 宜蘭 花蓮 臺東 苗栗")
_MGMT = _w("雲林 嘉南 彰化 臺中 桃園 石門 宜蘭 屏東 高雄 苗栗 南投 花蓮 臺東 新竹 七星 瑠公")
_RESERVOIRS = _w("曾文水庫 石門水庫 日月潭 鯉魚潭水庫 湖山水庫 烏山頭水庫 寶山第二水庫 白河水庫")
_BRANCHES = _w("總館 北屯分館 西區分館 民生分館 大里分館 永和分館 三民分館 鳳山分館 文化分館")
_CITY_NAMES = _w("臺北市 新北市 桃園市 臺中市 臺南市 高雄市 新竹市 嘉義市 基隆市")
_HOSPS = _w("仁愛醫院 慈濟醫院 馬偕紀念醫院 大千綜合醫院 中港醫院 安泰醫院 聖功醫院")
_PRODUCTS = _w(
    "奶粉 鳳梨酥 王子麵 黑松沙士 乾香菇 牛軋糖 維力炸醬麵 保健食品 孩童玩具 舊手機 "
    "電子鍋 楊桃乾 金蘭醬油 孔雀餅乾 茶葉 保溫瓶 運動鞋 龍鳳水餃"
)
_CLASSNAMES = _w("健康操 桌遊 懷舊歌謠 手作香包 防詐騙講座 黃金歲月歌唱班 書法 藥師講座 元極舞")
_DISHES = _w("白菜滷 吳郭魚 高麗菜 菜脯蛋 麻薏湯 黃豆芽 絲瓜麵線 楊桃汁")
_SHIPCOS = _w("黑貓宅急便 新竹物流 中華郵政 蝦皮店到店 宅配通 嘉里大榮")
_COUNTRIES = _w("越南 印尼 菲律賓 泰國")
_FCITIES = _w(
    "Hanoi Nghe_An Thai_Binh Jakarta Surabaya Indramayu Cebu Pampanga Udon_Thani Khon_Kaen"
)
_RELS = _w("父 母 祖父 祖母 外婆 外公 叔叔 姑姑 監護人 舅舅")
_CLASSES = _w("普通小型車 普通重型機車 普通輕型機車 職業小型車 職業大貨車 普通大型重型機車")
_FLOORS = _w("A棟 B棟 C棟 D棟")
_VILLAGES = _w("港後 頂庄 下崙 埔尾 溪底 新厝 海口 竹圍仔 三塊厝")
_LAWS: dict[str, list[str]] = {
    "building": ["公寓大廈管理條例第21條", "個人資料保護法第6條", "公寓大廈管理條例施行細則第5條"],
    "water": ["農田水利法第23條", "農田水利法第15條", "行政程序法第48條"],
    "driving": ["道路交通安全規則第60條", "道路交通管理處罰條例第21條", "行政程序法第48條"],
    "care": ["老人福利法第18條", "長期照顧服務法第8條", "個人資料保護法第6條"],
    "library": ["圖書館法第8條", "個人資料保護法第6條", "著作權法第48條"],
    "customs": ["關稅法第17條", "海關緝私條例第37條", "個人資料保護法第6條"],
}
_ACTS = _w("夏日閱讀冒險 小小說書人 親子共讀月 閱讀護照集點 書香滿城")
_GATES = _w("第1號水門 第3號水門 北分水門 斗門 分水工 節制門 進水口")
_WEEKDAYS = "一二三四五六日"


def _format_date(day: datetime.date, style: int) -> str:
    roc = day.year - 1911
    return (
        f"{roc}年{day.month}月{day.day}日",
        f"{roc}年{day.month}月{day.day}日",
        f"{roc}.{day.month:02d}.{day.day:02d}",
        f"{roc}/{day.month}/{day.day}",
        f"{day.year}/{day.month:02d}/{day.day:02d}",
        f"{day.year}年{day.month}月{day.day}日",
        f"{day.year}-{day.month:02d}-{day.day:02d}",
    )[style]


def _amount(rng: random.Random) -> str:
    x = rng.choice((rng.randint(5, 500) * 100, rng.randint(1, 90) * 1000, rng.randint(1, 99999)))
    return rng.choice(
        (
            f"新臺幣{x:,}元",
            f"{x:,}元",
            f"NT${x:,}",
            f"新台幣{x}元",
            f"{x:,} 元",
            f"新臺幣 {x:,} 元整",
        )
    )


def _doc_no(rng: random.Random, genre: str) -> str:
    roc = rng.randint(111, 114)
    text = f"{rng.choice(_DOC_PREFIX[genre])}字第{roc}{_digits(rng, rng.choice((6, 7, 7, 8)))}號"
    return _maybe_fw(rng, text) if rng.random() < 0.5 else text


def _case_no(rng: random.Random) -> str:
    roc = rng.randint(111, 114)
    return rng.choice(
        (
            f"{roc}-水-{_digits(rng, 4)}",
            f"{rng.choice('ABCDEFGHKMNPRST')}{roc}{_digits(rng, 6)}",
            f"{roc}{_digits(rng, 7)}",
            f"CS{2022 + rng.randint(0, 3)}{_digits(rng, 8)}",
            f"{roc}年度陳字第{rng.randint(1, 999)}號",
            f"W{roc}-{_digits(rng, 5)}",
        )
    )


def _receipt(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return rng.choice(
        (
            f"No.{_digits(rng, 7)}",
            f"{rng.choice(letters)}{rng.choice(letters)}-{_digits(rng, 8)}",
            f"{rng.choice(letters)}{rng.choice(letters)}{_digits(rng, 8)}",
            f"{rng.randint(111, 114)}{_digits(rng, 6)}",
            f"R{rng.randint(111, 114)}{_digits(rng, 6)}",
        )
    )


def _ban(rng: random.Random) -> str:
    while True:
        value = _digits(rng, 8)
        if ban.is_valid(value):
            return value


def _isbn(rng: random.Random) -> str:
    body = "978957" + _digits(rng, 6)
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    check = str((10 - total % 10) % 10)
    full = body + check
    if rng.random() < 0.5:
        return f"{full[:3]}-{full[3:6]}-{full[6:8]}-{full[8:12]}-{full[12]}"
    return full


def _call_no(rng: random.Random) -> str:
    cls = rng.choice(("863.57", "857.7", "859.6", "733.9", "388.8", "528.9", "874.57", "308.8"))
    return f"{cls} {_digits(rng, 4)} {rng.randint(2005, 2024)}"


def _tracking(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.choice(('EE', 'RR', 'CP', 'LX'))}{_digits(rng, 9)}TW",
            f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
            _digits(rng, 12),
            f"SF{_digits(rng, 12)}",
        )
    )


def _hs_code(rng: random.Random) -> str:
    head = rng.choice(("0402.21", "6109.10", "1905.90", "2106.90", "8517.13", "6403.99", "0902.30"))
    return f"{head}.{_digits(rng, 2)}.{_digits(rng, 2)}-{rng.randint(0, 9)}"


def _declaration(rng: random.Random) -> str:
    kind = rng.choice(("BC", "AA", "DC"))
    return f"CX/{kind}/{rng.randint(11, 14)}/{_digits(rng, 3)}/{_digits(rng, 5)}"


# ---------------------------------------------------------------------------------------------
# Rendering


@dataclass
class _Ctx:
    rng: random.Random
    pool: _NamePool
    genre: str
    city: _City
    cache: dict[str, tuple[str, str | None, bool | None]] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)
    seen: set[str] = field(default_factory=set)
    day: datetime.date = datetime.date(2022, 1, 1)
    date_style: int = 0

    def next_date(self, weekday: bool = False) -> str:
        """An ordinary (non-birth) date; successive dates of a text move forward in time."""
        rng = self.rng
        if self.date_style < 0:
            self.day += datetime.timedelta(days=rng.randint(0, 1400))
            self.date_style = rng.randrange(7)
        else:
            self.day += datetime.timedelta(days=rng.randint(1, 45))
        style = self.date_style if rng.random() < 0.95 else rng.randrange(7)
        text = _format_date(self.day, style)
        if weekday:
            text += f"（星期{_WEEKDAYS[self.day.weekday()]}）"
        return _maybe_fw(rng, text)

    def person(self, style: str) -> tuple[str, bool]:
        rng = self.rng
        if style == "PF":
            category, latin = "foreign", None
        elif style == "PFL":
            category, latin = "foreign", True
        else:
            key = {"PE": "elder", "PK": "child"}.get(style, self.genre)
            category = rng.choices(_NAME_CATEGORIES, _PERSON_WEIGHTS[key])[0]
            latin = None
        candidates = self.pool.mentionable[category]
        if latin:
            candidates = [c for c in candidates if c.isascii()]
        for _ in range(30):
            if candidates and rng.random() < 0.5:
                name = rng.choice(candidates)
                known = True
            else:
                name = _make_name(rng, category, latin)
                known = False
                if name in self.pool.known_set:
                    continue
            if name not in self.used:
                self.used.add(name)
                return name, known
        raise AssertionError("could not draw a fresh name")


def _slot(ctx: _Ctx, kind: str) -> tuple[str, str | None, bool | None]:
    """The value of one template slot: (text, label or None, known flag for PERSON)."""
    rng = ctx.rng
    if kind in ("P", "PF", "PFL", "PE", "PK"):
        name, known = ctx.person(kind)
        return name, "PERSON", known
    labelled: dict[str, Callable[[], tuple[str, str]]] = {
        "ID": lambda: (_national_id(rng), "TW_NATIONAL_ID"),
        "ARC": lambda: (_resident_cert(rng), "TW_RESIDENT_CERT"),
        "MOB": lambda: (_mobile(rng), "PHONE"),
        "TEL": lambda: (_landline(rng, ctx.city, False), "PHONE"),
        "TELX": lambda: (_landline(rng, ctx.city, rng.random() < 0.7), "PHONE"),
        "PHONE": lambda: (
            (_mobile(rng) if rng.random() < 0.65 else _landline(rng, ctx.city, False)),
            "PHONE",
        ),
        "EMAIL": lambda: (_email(rng), "EMAIL"),
        "EMAILF": lambda: (_email(rng, foreign=True), "EMAIL"),
        "ADDR": lambda: (_address(rng, ctx.city), "ADDRESS"),
        "NHI": lambda: (_nhi(rng), "TW_NHI_CARD"),
        "PASST": lambda: (_passport(rng, False), "PASSPORT"),
        "PASSF": lambda: (_passport(rng, True), "PASSPORT"),
        "CC": lambda: (_credit_card(rng), "CREDIT_CARD"),
        "BD": lambda: (_birth_date(rng, 1948, 2006), "BIRTH_DATE"),
        "BDE": lambda: (_birth_date(rng, 1928, 1958), "BIRTH_DATE"),
        "BDK": lambda: (_birth_date(rng, 2012, 2022), "BIRTH_DATE"),
        "BDF": lambda: (_birth_date(rng, 1976, 2004, foreign=True), "BIRTH_DATE"),
    }
    if kind in labelled:
        value, label = labelled[kind]()
        return value, label, None
    plain: dict[str, Callable[[], str]] = {
        "DATE": lambda: ctx.next_date(),
        "DATEWD": lambda: ctx.next_date(weekday=True),
        "MD": lambda: rng.choice(
            (
                f"{rng.randint(1, 12)}/{rng.randint(1, 28)}",
                f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
            )
        ),
        "TIME": lambda: rng.choice(
            (
                f"{rng.randint(8, 21)}:{rng.randint(0, 59):02d}",
                f"下午{rng.randint(1, 5)}時{rng.randint(0, 5)}0分",
            )
        ),
        "ROCY": lambda: str(rng.randint(111, 114)),
        "N": lambda: str(rng.randint(1, 12)),
        "N2": lambda: str(rng.randint(10, 99)),
        "AGE": lambda: str(rng.randint(66, 96)),
        "ART": lambda: str(rng.randint(2, 60)) + ("之1" if rng.random() < 0.1 else ""),
        "AMT": lambda: _amount(rng),
        "SAMT": lambda: str(rng.choice((150, 200, 250, 300, 450, 500, 600, 800, 1200, 1500))),
        "SAMT2": lambda: str(rng.randint(1, 10)),
        "PCT": lambda: f"{rng.randint(20, 98)}.{rng.randint(0, 9)}",
        "WEIGHT": lambda: f"{rng.randint(3, 30)}.{rng.randint(0, 9)}",
        "DOCNO": lambda: _doc_no(rng, ctx.genre),
        "CASENO": lambda: _case_no(rng),
        "RECEIPT": lambda: _receipt(rng),
        "QUOTE": lambda: f"Q{rng.randint(2022, 2025)}-{_digits(rng, 4)}",
        "SEQ": lambda: f"{rng.randint(111, 114)}{_digits(rng, 6)}",
        "SESSION": lambda: f"{rng.choice('ABCD')}{rng.randint(1, 12):02d}",
        "BARCODE": lambda: "3111" + _digits(rng, 10),
        "BAN": lambda: _maybe_fw(rng, _ban(rng)),
        "ISBN": lambda: _isbn(rng),
        "CALLNO": lambda: _call_no(rng),
        "BOOK": lambda: rng.choice(_BOOKS),
        "TRACK": lambda: _tracking(rng),
        "HS": lambda: _hs_code(rng),
        "DECL": lambda: _declaration(rng),
        "LAW": lambda: rng.choice(_LAWS[ctx.genre]),
        "ORG": lambda: rng.choice(_ORGS[ctx.genre]),
        "COMMUNITY": lambda: rng.choice(_COMMUNITIES),
        "FLOOR": lambda: (
            f"{rng.choice(_FLOORS)}{rng.randint(2, 15)}樓"
            + rng.choice(("", "", f"之{rng.randint(1, 4)}"))
        ),
        "CANAL": lambda: rng.choice(_CANALS),
        "GATE": lambda: rng.choice(_GATES),
        "STATIONW": lambda: rng.choice(_STATIONS_W),
        "STATIOND": lambda: rng.choice(_STATIONS_D),
        "MGMT": lambda: rng.choice(_MGMT),
        "RESERVOIR": lambda: rng.choice(_RESERVOIRS),
        "LANDNO": lambda: (
            f"{rng.choice(_VILLAGES)}段{rng.randint(1, 999)}-{rng.randint(1, 20)}地號"
        ),
        "VILLAGE": lambda: rng.choice(_VILLAGES),
        "LI": lambda: rng.choice(_LI_NAMES),
        "BRANCH": lambda: rng.choice(_BRANCHES),
        "CITYNAME": lambda: rng.choice(_CITY_NAMES),
        "HOSP": lambda: rng.choice(_HOSPS),
        "PROD": lambda: rng.choice(_PRODUCTS),
        "CLASSNAME": lambda: rng.choice(_CLASSNAMES),
        "DISH": lambda: rng.choice(_DISHES),
        "SHIPCO": lambda: rng.choice(_SHIPCOS),
        "COUNTRY": lambda: rng.choice(_COUNTRIES),
        "FCITY": lambda: rng.choice(_FCITIES).replace("_", " "),
        "REL": lambda: rng.choice(_RELS),
        "CLASS": lambda: rng.choice(_CLASSES),
        "ACT": lambda: rng.choice(_ACTS),
        "EXP": lambda: f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}",
    }
    value = plain[kind]()
    if kind in _NO_REPEAT:  # a list in one text does not name the same book or canal twice
        for _ in range(8):
            if value not in ctx.seen:
                break
            value = plain[kind]()
        ctx.seen.add(value)
    return value, None, None


_NO_REPEAT = frozenset(
    _w("BOOK CANAL GATE PROD DISH CLASSNAME ORG BRANCH STATIONW STATIOND RESERVOIR LANDNO")
)


_TOKEN = re.compile(r"\{([A-Z][A-Z0-9]*)(?::([a-z0-9]+))?\}")


def _render(ctx: _Ctx, template: str) -> tuple[str, list[tuple[int, int, str]], list[bool]]:
    out: list[str] = []
    length = 0
    spans: list[tuple[int, int, str]] = []
    known: list[bool] = []
    pos = 0
    for m in _TOKEN.finditer(template):
        literal = template[pos : m.start()]
        out.append(literal)
        length += len(literal)
        pos = m.end()
        kind, key = m.group(1), m.group(2)
        if key is not None and f"{kind}:{key}" in ctx.cache:
            value, label, flag = ctx.cache[f"{kind}:{key}"]
        else:
            value, label, flag = _slot(ctx, kind)
            if key is not None:
                ctx.cache[f"{kind}:{key}"] = (value, label, flag)
        out.append(value)
        if label is not None:
            spans.append((length, length + len(value), label))
            if label == "PERSON":
                known.append(bool(flag))
        length += len(value)
    out.append(template[pos:])
    return "".join(out), spans, known


# ---------------------------------------------------------------------------------------------
# Templates. A backslash at a line end joins the lines (keeps the source lines short).

_Template = str | Callable[[random.Random], str]

_BUILDING: list[_Template] = [
    """\
{COMMUNITY}管理委員會第{N}屆第{N}次例會會議紀錄
時間：{DATEWD}晚上7時30分
地點：社區B1交誼廳
主席：{P}主任委員　　記錄：{P}
出席委員：{P}、{P}、{P}
一、住戶{P}（{FLOOR}）反映地下室漏水，請物業公司於兩週內會同水電廠商查修，\
住戶聯絡電話{MOB}。
二、{ROCY}年{N}月管理費收入{AMT}，支出{AMT}，詳如附件。""",
    "{MD} 晚上{P}來電（{MOB}），說樓上{FLOOR}冷氣滴水，已請總幹事明早去看。",
    """\
主旨：催繳{ROCY}年度管理費，請查照。
說明：
一、區分所有權人{P}君（門牌：{ADDR}）迄今尚欠繳管理費{AMT}。
二、依公寓大廈管理條例第21條，逾二期經定相當期間催告仍不給付者，得訴請法院命其給付。
三、如有疑問請洽總幹事{P}，電話{TELX}。""",
    """\
委　託　書
本人{P:a}（身分證字號：{ID}）為本社區{FLOOR}區分所有權人，因故無法出席\
{DATE}區分所有權人會議，茲委託{P:b}代理出席並行使表決權。
委託人：{P:a}　電話：{MOB}
受託人：{P:b}　電話：{PHONE}""",
    "戶別|姓名|聯絡電話|E-mail|備註\n{FLOOR}|{P}|{MOB}|{EMAIL}|新住戶\n{FLOOR}|{P}|{PHONE}|{EMAIL}|車位B2",
    "「我是{FLOOR}的{P}啦，那個垃圾車的時間可不可以改？我電話{MOB}，你們再打給我。」",
    """\
管理費信用卡定期扣款授權書
持卡人：{P}
卡號：{CC}
有效期限：{EXP}
聯絡電話：{MOB}
住址：{ADDR}""",
    "{P}委員因工作調動請辭，由候補委員{P}遞補，任期至本屆屆滿。",
    "{MD} {TIME} 代收{P}包裹一件（{SHIPCO}），已簡訊通知{MOB}。",
    """\
區分所有權人名冊（僅供會議查核，請勿外流）
1. {P}　{ADDR}　{ID}
2. {P}　{ADDR}　{ID}
3. {P}　{ADDR}""",
    """\
本社區中庭花台改善工程已於{DATE}完工驗收，特此公告。
主任委員　{P}
{DATE}""",
    "本案經{LI}里{P}里長協調，隔壁棟住戶{P}同意分攤共用牆面修繕費用。",
    "住戶{P}來信（{EMAIL}）詢問停車位抽籤結果，已回覆並副知{P}委員。",
    "新任總幹事：{P}，手機 {MOB}，辦公室 {TELX}，e-mail：{EMAIL}",
    "裝潢施工申請：{FLOOR}屋主{P}，施工期間{DATE}至{DATE}，保證金{AMT}，\n聯絡人{P} {MOB}",
]

_WATER: list[_Template] = [
    """\
陳情書
陳情人：{P:a}　身分證統一編號：{ID}
住址：{ADDR}　電話：{PHONE}
陳情事由：本人耕作之{LANDNO}位於{CANAL}灌區，本期輪灌時段遭上游{P}私設抽水機截流，\
秧苗已缺水{N}日，懇請貴處派員查處。
陳情人：{P:a}（簽章）
{DATE}""",
    "{MD} {P}（{MOB}）來電，說{CANAL}{GATE}沒開，田都乾了。已轉{STATIONW}工作站掌水工{P}處理。",
    """\
農田水利署{MGMT}管理處　函
受文者：{P}君
地址：{ADDR}
主旨：台端陳情{CANAL}配水不均一案，復如說明，請查照。
說明：
一、復台端{DATE}陳情書。
二、經本處{STATIONW}工作站會同{LI}里長於{DATE}現場會勘，{GATE}開度已調整。""",
    "「阮是{VILLAGE}的{P}啦，水攏予頂面{P}截去，你共恁主任講，我電話{MOB}。」",
    """\
{STATIONW}水利小組會議
出席：小組長{P}、掌水工{P}、會員{P}、{P}
決議：第二期作輪灌自{DATE}開始，每區{N}日。""",
    """\
申請人|{P}
出生年月日|{BD}
身分證字號|{ID}
通訊地址|{ADDR}
聯絡電話|{TEL} / {MOB}
申請事項|{LANDNO}申請休耕停灌""",
    "請{P}於{DATE}前補附{LANDNO}之土地登記謄本，逾期視同撤回。",
    "農友{P}以電子郵件（{EMAIL}）反映：{CANAL}旁{LANDNO}田埂崩塌，照片如附。",
    "{P}（{BD}生，住{ADDR}）委託家屬{P}代為申請灌溉用水，委託書已附。",
    "巡水紀錄 {MD}\n- {CANAL}：正常\n- {GATE}：會員{P}反映漏水，已拍照\n- 回報：掌水工{P} {MOB}",
    "陳情人{P}，電話{TEL}，地址{ADDR}。案由：{CANAL}排水不良。",
]

_DRIVING: list[_Template] = [
    """\
汽車駕駛人考照報名登記表
姓　　名：{P}
身分證統一編號：{ID}
出生日期：{BD}
戶籍地址：{ADDR}
行動電話：{MOB}
電子信箱：{EMAIL}
報考類別：{CLASS}　考驗日期：{DATE}""",
    """\
外籍人士報名路考
姓名（護照英文）：{PFL}
居留證號：{ARC}
護照號碼：{PASSF}
生日：{BDF}
電話：{MOB}""",
    "{MD} {P}打來改期，原{DATE}場次改到下週三，手機{MOB}。",
    """\
受文者：{P}君
主旨：台端報考{CLASS}駕駛執照路考未通過，請於7日後重新報名。
說明：
一、考生身分證統一編號{ID}，考驗日期{DATE}。
二、重考規費{SAMT}元，請持本通知至{STATIOND}監理站辦理。""",
    "{DATE}上午路考名單：\n1. {P}\n2. {P}\n3. {P}（補考）\n4. {P}",
    "線上報名繳費紀錄：考生{P}，刷卡卡號{CC}，金額{SAMT}元，通知信寄至{EMAIL}。",
    """\
體格檢查表
姓名：{P}　出生：{BD}
健保卡號：{NHI}
視力：左0.8 右1.0　辨色力：正常
檢查醫院：{HOSP}""",
    "考生{P}在櫃台說：「我上次考到S型就壓線了，這次可以排早一點嗎？我電話是{MOB}。」",
    "由{ORG}代為報名，學員{P}、{P}、{P}，聯絡人{P}（{TELX}）。",
    "考生{P}（{ID}）筆試{N2}分，{DATE}參加路考。",
    "Applicant: {PFL}, ARC No. {ARC}, DOB {BDF}, Tel {MOB}, Email {EMAILF}",
    "換照申請：{P}，{BD}生，身分證{ID}，新址{ADDR}，聯絡{PHONE}。",
    "{P} 護照號碼 {PASST}，國外駕照換發國內駕照，生日{BD}，手機{MOB}",
]

_CARE: list[_Template] = [
    "志工{P}、{P}今日協助共餐，{PE}阿嬤血壓偏高（160/95），已電話通知其女兒{P}（{MOB}）。",
    """\
{MD} 電訪{PE}，獨居，住{ADDR}，近日膝蓋痛未出席。
外籍看護{PF}（居留證{ARC}）表示下週會陪同回據點。""",
    """\
姓名：{PE}
身分證字號：{ID}
健保卡號：{NHI}
出生：{BDE}
緊急聯絡人：{P}（{REL}）{MOB}""",
    "本週缺席：{PE}（住院）、{PE}（回診）、{PE}",
    "「我叫{PE}，今年{AGE}歲，{BDE}出世的，住在{ADDR}。」",
    """\
主旨：檢送本據點{ROCY}年{N}月份服務名冊，請鑒核。
說明：
一、新增個案{PE}（{ID}），由社工{P}轉介。
二、結案個案{PE}，因遷居{CITYNAME}。
據點負責人　{P}""",
    "{PE}奶奶今天生日（{BDE}），大家一起唱生日歌，{P}志工帶了蛋糕。",
    "送餐路線：{PE}（{ADDR}）→{PE}（{ADDR}），送餐志工{P} {MOB}",
    "長輩{PE}的家屬{P}打電話來（{TEL}），說媽媽這禮拜去{CITYNAME}住，共餐先停。",
    "健保卡號{NHI}，{PE}，{BDE}，血壓128/80，血糖110。",
    "{PE}伯伯由外籍看護{PF}推輪椅來參加{CLASSNAME}，看護手機{MOB}。",
]

_LIBRARY: list[_Template] = [
    """\
{CITYNAME}立圖書館 借閱證申請書（未滿十二歲）
申請人姓名：{PK}　出生日期：{BDK}
法定代理人：{P}　關係：{REL}
代理人身分證字號：{ID}
聯絡電話：{PHONE}
E-mail：{EMAIL}
通訊地址：{ADDR}""",
    "申請人{PK}，監護人{PF}（居留證號{ARC}），電話{MOB}。",
    "{MD} {P}媽媽來館替女兒{PK}辦證，忘了帶戶口名簿，請下次補。電話{MOB}。",
    """\
{P}您好：
您為{PK}申請的兒童借閱證已完成，請於{DATE}前持證件至{BRANCH:a}領取。
{CITYNAME}立圖書館{BRANCH:a}　敬上""",
    "「我是{PK}的阿公，叫做{P}，孫子的證不見了要補辦，我的電話是{TEL}。」",
    "姓名|生日|監護人|電話\n{PK}|{BDK}|{P}|{MOB}\n{PK}|{BDK}|{P}|{PHONE}",
    "申請人{PK}，監護人{PFL}（護照號碼 {PASSF}），聯絡信箱 {EMAILF}",
    "{PK}（{BDK}生）由母親{P}陪同辦證，母親證號{ID}。",
    "通知{P}家長，{PK}借的《{BOOK}》已逾期{N}天，請協助歸還。",
    "家長{P}來信（{EMAIL}）詢問{PK}的預約書到館沒，已回覆。",
    """\
成人借閱證申請
姓名：{P}
身分證／居留證號：{ARC}
出生年月日：{BD}
住址：{ADDR}
手機：{MOB}""",
]

_CUSTOMS: list[_Template] = [
    """\
快遞貨物簡易申報單
寄件人：{PF}
統一證號：{ARC}
護照號碼：{PASSF}
電話：{MOB}
地址：{ADDR}
收件人：{PF}（{COUNTRY}）
貨物：{PROD}、{PROD}　申報價值：{AMT}
提單號碼：{TRACK}""",
    "{MD} {PF}來店寄箱子回{COUNTRY}，裡面有{PROD}，運費{SAMT}元刷卡（{CC}）。",
    "Shipper: {PFL} / ARC: {ARC} / Tel: {PHONE} / Consignee: {PFL}, {FCITY}",
    """\
委任書
委任人{PF}（居留證號{ARC}，出生日期{BDF}）茲委任{ORG}（統一編號{BAN}）辦理報關事宜。
仲介聯絡人{P}，電話{TELX}，Email：{EMAIL}""",
    "移工{PF:a}說：「這是我要寄給媽媽的，我叫{PF:a}，電話{MOB}。」",
    """\
受文者：{PF}君
主旨：台端{DATE}寄運之貨物（提單號碼{TRACK}）內含{PROD}，請於{DATE}前補正輸入許可文件。
說明：依關稅法第{ART}條辦理。
雇主：{P}，聯絡電話{PHONE}""",
    "寄件人|證號|電話|件數\n{PF}|{ARC}|{MOB}|{N}\n{PF}|{ARC}|{MOB}|{N}",
    "雇主{P}（{ID}）代為寄送看護{PF}之個人物品，取件地址{ADDR}。",
    "寄件人 {PFL}，Passport {PASSF}，DOB {BDF}，收件人 {PFL}（{FCITY}）",
    "{PF}的仲介{P}打來問貨到了沒，請回電{TELX}。",
    "收件通知寄 {EMAILF}，寄件人{PF}，居留證 {ARC}，生日 {BDF}",
]

_MISC: list[_Template] = [
    "聯絡人：{P}　{MOB}",
    "{P} {PHONE}",
    "承辦人：{P}　電話：{TELX}",
    "請{P}回電{MOB}。",
    "{P}、{P}、{P}三位已完成報名。",
    "地址變更：{ADDR}（{P}）",
]

_GENRE_TEMPLATES: dict[str, list[_Template]] = {
    "building": _BUILDING,
    "water": _WATER,
    "driving": _DRIVING,
    "care": _CARE,
    "library": _LIBRARY,
    "customs": _CUSTOMS,
}


def _care_table(rng: random.Random) -> str:
    rows = ["{LI}里社區關懷據點 {MD} 簽到表", "編號\t姓名\t出生年月日\t電話\t備註"]
    notes = ("", "", "量血壓", "家屬{P}接送", "素食", "看護{PF}陪同", "請假")
    for i in range(1, rng.randint(2, 6) + 1):
        phone_slot = rng.choice(("{TEL}", "{MOB}", "{TEL}"))
        rows.append(f"{i}\t{{PE}}\t{{BDE}}\t{phone_slot}\t{rng.choice(notes)}")
    return "\n".join(rows)


def _csv_rows(rng: random.Random) -> str:
    rows = ["姓名,生日,健保卡號,電話"]
    for _ in range(rng.randint(1, 4)):
        rows.append("{PE},{BDE},{NHI},{TEL}")
    return "\n".join(rows)


def _exam_list(rng: random.Random) -> str:
    rows = ["{STATIOND}監理站 {DATE} 場次 {SESSION}", "序號 姓名 身分證號 類別"]
    for i in range(1, rng.randint(2, 5) + 1):
        ident = rng.choice(("{ID}", "{ID}", "{ARC}"))
        rows.append(f"{i:02d} {{P}} {ident} {{CLASS}}")
    return "\n".join(rows)


def _shipment_list(rng: random.Random) -> str:
    rows = ["{DATE} 收件清單（{ORG}）"]
    for i in range(1, rng.randint(2, 5) + 1):
        who = rng.choice(("{PF}", "{PFL}", "{PF}"))
        rows.append(f"{i}. {who}　{rng.choice(('{MOB}', '{ARC}', '{MOB}'))}　{{PROD}} {{N}} 箱")
    return "\n".join(rows)


_CARE.extend([_care_table, _csv_rows])
_DRIVING.append(_exam_list)
_CUSTOMS.append(_shipment_list)

# Lines with look-alikes only (hard negatives, and filler around positive texts).
_NEG_LINES: dict[str, list[str]] = {
    "building": [
        "{COMMUNITY}管理委員會第{N}屆第{N}次例會",
        "時間：{DATEWD}晚上7時30分；地點：社區B1交誼廳。",
        "依公寓大廈管理條例第{ART}條規定，管理費自{DATE}起調整為每坪{SAMT2}0元。",
        "保全合約由{ORG}（統一編號{BAN}）續約一年，月費{AMT}（含稅）。",
        "區公所{DOCNO}函請各社區配合登革熱孳生源清除，通知已張貼於一樓公布欄。",
        "電梯汰換工程報價單號{QUOTE}，總價{AMT}，由{ORG}施作。",
        "{ROCY}年{N}月管理費收入{AMT}，支出{AMT}，結餘{AMT}。",
        "黃昏後頂樓平台不開放，陳列於梯廳的盆栽請於{DATE}前移除。",
        "消防安全設備檢修申報已於{DATE}送件，收件編號{CASENO}。",
        "林蔭步道路燈更換為LED燈具，共{N2}盞，經費{AMT}。",
        "決議：照案通過（贊成{N2}票、反對{N}票）。",
        "下次會議訂於{DATE}召開，簡報資料請於會前備妥。",
        "停車場車道鐵捲門故障，維修費{AMT}由公共基金支出，發票號碼{RECEIPT}。",
        "颱風來襲前請住戶收妥陽台物品，地下室擋水閘門由保全操作。",
        "依{LAW}辦理，監視器畫面保存{N2}日。",
    ],
    "water": [
        "農田水利署{MGMT}管理處{STATIONW}工作站公告",
        "本期作{CANAL}自{DATE}起實施輪灌，每輪{N}日，請會員配合。",
        "{DOCNO}：有關{CANAL}{GATE}閘門鏽蝕案，已列入{ROCY}年度維護工程，預算{AMT}。",
        "依農田水利法第{ART}條，於灌溉渠道私設抽水設備者，處新臺幣{SAMT2}萬元以上罰鍰。",
        "{CANAL}中段淤積，已協調林務局清除漂流木。",
        "{ROCY}年第{N}期作停灌補償每公頃{AMT}，受理期限至{DATE}止。",
        "今日雨量{N2}毫米，{RESERVOIR}蓄水率{PCT}%，汛期將至請注意洪水警戒。",
        "案號{CASENO}已結案，現場會勘照片{N}張存檔。",
        "{GATE}開度調整為{N2}公分，下游{CANAL}水位回升。",
        "巡水路線：{CANAL}→{CANAL}→{GATE}，田埂雜草請會員自行清除。",
        "{STATIONW}工作站{DATE}上午9時召開配水協調會，地點為站內會議室。",
        "本年度旱象嚴峻，{RESERVOIR}進入減量供水，一期稻作改種雜糧。",
    ],
    "driving": [
        "{STATIOND}監理站{DATE}路考場次{SESSION}，上午8時30分報到。",
        "依道路交通安全規則第{ART}條，筆試未通過者得於7日後重新報名。",
        "報名規費{SAMT}元，收據號碼{RECEIPT}。",
        "本站自{DATE}起實施新制路考，增加待轉、停讓行人等項目。",
        "場地考項目：直線加速、S型前進、曲巷進退、倒車入庫、路邊停車。",
        "{ROCY}年{N}月報考人數{N2}0人，及格率{PCT}%。",
        "考照大樓電梯於{DATE}至{DATE}停機保養，請走樓梯。",
        "體檢特約醫院：{HOSP}，費用{SAMT}元。",
        "交通部{DOCNO}函修正機車考照路線圖，高速公路相關題目一併更新。",
        "雨天備案：如遇豪雨特報，場次順延，另行公告，方便考生安排。",
        "{ORG}（統一編號{BAN}）承攬考場標線重劃工程，金額{AMT}。",
    ],
    "care": [
        "{LI}里社區關懷據點本週課程：週二健康操、週三共餐、週四{CLASSNAME}。",
        "今日出席{N2}人，量血壓{N2}人，共餐{N2}份。",
        "菜單：{DISH}、{DISH}、地瓜飯、味噌湯。",
        "{DOCNO}核定{ROCY}年度據點補助{AMT}，請於{DATE}前檢據核銷。",
        "{ORG}捐贈口罩{N2}盒、成人紙尿褲{N}包，謝謝善心。",
        "延緩失能課程「{CLASSNAME}」共{N}堂，自{DATE}開始。",
        "流感疫苗接種日{DATE}，地點{LI}里活動中心。",
        "志工時數登錄截止日為{DATE}，請至志願服務資訊管理系統登錄。",
        "依老人福利法第{ART}條辦理，經費{AMT}。",
        "許願樹活動：長輩寫下心願卡{N2}張，周邊商家提供小禮物。",
        "據點防疫：入口量體溫、酒精消毒，簽到本放置於櫃台。",
    ],
    "library": [
        "新書通報：《{BOOK}》索書號 {CALLNO}，ISBN {ISBN}，館藏地{BRANCH}兒童室。",
        "逾期滯還金每冊每日{SAMT2}元，單冊上限{SAMT}元。",
        "依{CITYNAME}立圖書館閱覽規則第{ART}條，兒童借閱證限借{N2}冊。",
        "{BRANCH}於{DATE}休館進行消防檢查。",
        "讀者證補發工本費{SAMT2}0元，收據編號{RECEIPT}。",
        "條碼號{BARCODE}之館藏已報遺失，賠償金額{AMT}。",
        "暑期閱讀活動「{ACT}」報名期間：{DATE}至{DATE}。",
        "{DOCNO}函轉教育部「{ACT}」計畫，補助{AMT}。",
        "故事時間：每週六上午10時，地點：{BRANCH}親子區。",
        "本月熱門借閱：《{BOOK}》、《{BOOK}》、《{BOOK}》。",
        "自助借書機{N}號機故障，已報修（工單{CASENO}）。",
    ],
    "customs": [
        "報單號碼{DECL}，提單號碼{TRACK}，申報價值{AMT}。",
        "貨品分類號列{HS}，稅率{PCT}%。",
        "{ORG}（統一編號{BAN}）代理報關，{DOCNO}核准。",
        "依關稅法第{ART}條及海關進口稅則，{PROD}每人限量{N}罐。",
        "本批貨物：{PROD}、{PROD}、衣物一批，總重{WEIGHT}公斤。",
        "快遞專區{DATE}起調整收件時間為上午9時至下午5時。",
        "託運單號{TRACK}已出貨，預計{DATE}送達。",
        "退運案號{CASENO}，運費{AMT}由寄件人負擔。",
        "裝箱規範：每箱不得超過30公斤，鋰電池需另行申報。",
        "{COUNTRY}線海運{DATE}結關，{DATE}開航。",
        "依{LAW}，申報資料保存五年。",
    ],
}

_NEG_FRAMES = (
    "主旨：{0}\n說明：\n一、{1}\n二、{2}",
    "{0}\n{1}",
    "{0}",
    "{0}\n{1}\n{2}",
    "一、{0}\n二、{1}\n三、{2}",
    "- {0}\n- {1}\n- {2}\n- {3}",
    "{0}{1}",
    "備註：{0}",
    "{0}\n{1}\n{2}\n{3}\n{4}",
)


# ---------------------------------------------------------------------------------------------
# Leak guard: no identifier may sit outside the gold spans (nor any phone in a negative).

_TO_ASCII = {chr(c + 0xFEE0): chr(c) for c in range(0x21, 0x7F)}
_ASCII = str.maketrans(_TO_ASCII)
_ID_WINDOW = re.compile(r"(?=([A-Z][A-Z0-9]\d{8}))")
_DIGIT_RUN = re.compile(r"[+(]?\d(?:[ ().\-]?\d)*\)?")


def _masked(text: str, spans: list[tuple[int, int, str]]) -> str:
    chars = list(text.translate(_ASCII).upper())
    for start, end, _ in spans:
        chars[start:end] = "■" * (end - start)
    return "".join(chars)


def _leaks(text: str, spans: list[tuple[int, int, str]], negative: bool) -> bool:
    masked = _masked(text, spans)
    if "@" in masked:
        return True
    for m in _ID_WINDOW.finditer(masked):
        if twid.is_valid(m.group(1)) or arc.is_valid(m.group(1)):
            return True
    for m in _DIGIT_RUN.finditer(masked):
        run = m.group(0)
        digits = re.sub(r"\D", "", run)
        for size in range(13, 20):
            for i in range(len(digits) - size + 1):
                if creditcard.is_valid(digits[i : i + size]):
                    return True
        if phone.is_mobile(run) or re.search(r"(?<!\d)09\d{8}(?!\d)", digits):
            return True
        if run.startswith(("0", "(0", "+886")) and phone.is_plausible(run):
            return True
        if negative and len(digits) in (9, 10) and phone.is_plausible(run):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# Sample builders

_GENRES = ("building", "water", "driving", "care", "library", "customs")


def _ctx(rng: random.Random, pool: _NamePool, genre: str) -> _Ctx:
    city = rng.choices(_CITIES, _CITY_WEIGHTS)[0]
    return _Ctx(rng, pool, genre, city, date_style=-1)


def _negative(rng: random.Random, pool: _NamePool, genre: str) -> Sample:
    frame = rng.choice(_NEG_FRAMES)
    count = frame.count("{")
    lines = rng.sample(_NEG_LINES[genre], count)
    text, spans, _ = _render(_ctx(rng, pool, genre), frame.format(*lines))
    assert not spans
    return Sample(text=text, spans=[], hard_negative=True, known_person=[])


def _positive(rng: random.Random, pool: _NamePool, genre: str) -> Sample:
    r = rng.random()
    templates = _MISC if r < 0.06 else _GENRE_TEMPLATES[genre]
    template = rng.choice(templates)
    if callable(template):
        template = template(rng)
    r = rng.random()
    if r < 0.15:
        template = rng.choice(_NEG_LINES[genre]) + "\n" + template
    elif r < 0.3:
        template = template + "\n" + rng.choice(_NEG_LINES[genre])
    elif r < 0.36 and "\n" not in template and template.endswith("。"):
        template = template + rng.choice(_NEG_LINES[genre])
    text, spans, known = _render(_ctx(rng, pool, genre), template)
    return Sample(text=text, spans=spans, hard_negative=False, known_person=known)


def generate_heldout34(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the known-names list."""
    rng = random.Random(seed)
    pool = _NamePool.build(rng, max(40, n // 2))
    samples: list[Sample] = []
    for _ in range(n):
        negative = rng.random() < 0.25
        genre = rng.choice(_GENRES)
        while True:
            sample = (_negative if negative else _positive)(rng, pool, genre)
            if not _leaks(sample.text, sample.spans, negative):
                break
        samples.append(sample)
    return samples, list(pool.known)
