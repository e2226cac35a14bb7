"""Held-out set 38: synthetic free text from six kinds of Taiwanese agency records.

Genres: household-waste and recycling violation tickets, agricultural-land complaints,
night-shelter intake logs, driving-school and motorcycle-test registrations, elderly
bus-pass (敬老卡) applications and typhoon-evacuation rosters. Registers range from formal
公文 and pasted forms or tables to quick case-log notes and transcribed speech.

Every name and value is synthetic. Written without looking at the scanner, so a first
measurement on this set is a held-out figure. ``generate_heldout38(n, seed)`` returns the
samples and the "known names" list (an applicant-name column: about half of the PERSON
mentions come from it, and it also holds names that are never mentioned).
"""

from __future__ import annotations

import datetime as _dt
import random
import re
from collections.abc import Sequence
from typing import NamedTuple, TypeVar

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, creditcard, phone, twid
from pipelines.deid.identifiers import ban as ban_id
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

_T = TypeVar("_T")


def _words(text: str, sep: str | None = None) -> list[str]:
    """A word list written as one string (easier to read than a long list literal)."""
    return text.split(sep)


PERSON = "PERSON"
TW_NATIONAL_ID = "TW_NATIONAL_ID"
TW_RESIDENT_CERT = "TW_RESIDENT_CERT"
PHONE = "PHONE"
EMAIL = "EMAIL"
ADDRESS = "ADDRESS"
TW_NHI_CARD = "TW_NHI_CARD"
PASSPORT = "PASSPORT"
CREDIT_CARD = "CREDIT_CARD"
BIRTH_DATE = "BIRTH_DATE"

LABELS = (
    PERSON,
    TW_NATIONAL_ID,
    TW_RESIDENT_CERT,
    PHONE,
    EMAIL,
    ADDRESS,
    TW_NHI_CARD,
    PASSPORT,
    CREDIT_CARD,
    BIRTH_DATE,
)

_FW_SHARE = 0.125
_NEGATIVE_SHARE = 0.25
_KNOWN_SHARE = 0.5
_TODAY = _dt.date(2024, 7, 1)

# ---------------------------------------------------------------------------------------
# Name material (own lists).

_SURNAMES = _words(
    "陳 林 黃 張 李 王 吳 劉 蔡 楊 許 鄭 謝 郭 洪 邱 曾 廖 賴 徐 周 葉 蘇 莊 江 呂 何 蕭 羅 高 "
    "潘 簡 朱 鍾 游 彭 詹 胡 施 沈 余 盧 梁 趙 顏 柯 翁 魏 孫 戴 范 方 宋 鄧 杜 傅 侯 曹 薛 丁 "
    "卓 阮 馬 董 温 唐 藍 石 蔣 古 紀 姚 連 馮 歐 程 湯 田 康 姜 白 汪 鄒 尤 巫 鐘 黎 涂 龔 嚴 "
    "韓 袁 金 童 陸 夏 柳 凃 邵 錢 伍 倪 溫 于 譚 駱 熊 任 甘 秦 顧 毛 章 史 官 萬 俞 雷 粘 饒 "
    "闕 凌 崔 尹 孔 辛 武 辜 陶 段 龍 韋 葛 池 孟 褚 殷 麥 賀 賈 莫 文 管 關 向 包 丘 梅 華 利 "
    "裴 樊 房 全 佘 左 花 樂 鄞 單 郝 塗 穆 費 邢 蒲 卜 成 艾 岳 冉 鄔 商 言 練 晏 覃 喬 符 尚 "
    "巴 滕 宮 牛 酆 仉 禚 貢 寇 戚 鞠 竺 麻 苗 邰 蓋 仝 易 喻 郁 屈 常 祁 楚 解 湛 闞"
)
# Frequent surnames are drawn more often, as in real registers.
_COMMON_SURNAMES = _words("陳 林 黃 張 李 王 吳 劉 蔡 楊 許 鄭 謝 郭 洪 邱 曾 廖 賴 徐")
_COMPOUND_SURNAMES = _words(
    "歐陽 張簡 司徒 諸葛 上官 司馬 夏侯 皇甫 范姜 東方 張廖 公孫 端木 令狐 慕容 長孫 鍾離 呼延"
)

_GIVEN_MALE = _words(
    "志明 俊宏 建宏 家豪 志豪 冠宇 承翰 柏翰 宗翰 彥廷 冠廷 宇軒 品睿 承恩 哲瑋 柏宇 育誠 建志 "
    "文雄 正雄 明輝 國華 國強 建國 志偉 文傑 俊傑 信宏 家銘 宗憲 振宇 博文 昱廷 子睿 宥翔 晉瑋 "
    "秉宏 嘉宏 士傑 明哲 冠霖 立德 耀宗 榮輝 金水 清泉 進財 萬福 添丁 火旺 坤山 福來 文彬 永福 "
    "俊明 天佑 仁傑 政宏 啟明 銘德 勝雄 樹林 明德 振興 世昌 政勳 偉倫 志成 昆霖 孟儒 宏銘 浩然 "
    "品辰 禹辰 睿恩 子恆 以恩 宸睿 紹宇 彥霖 裕民 德昌 俊德 景福 光耀 耀文 錦松 金龍 春生 登科 "
    "朝宗 茂盛 有財 正義 家興 俊賢 健民 志遠 鴻文 國棟 榮華 振邦 明宏 建良 俊男 一帆 文賢 信義 "
    "泰山 龍騰 逸群 承諺 宇辰 柏諺 奕辰 睿哲 士豪 峻豪 冠勳 英傑 昌明 阿土 水木 石頭 清雲 進興"
)
_GIVEN_FEMALE = _words(
    "美玲 淑芬 雅婷 怡君 淑惠 美惠 麗華 秀英 玉蘭 月娥 金蓮 寶珠 麗卿 春美 素珍 秀琴 玉霞 阿嬌 "
    "罔市 欣怡 佳穎 詩涵 宜蓁 思妤 品妍 子晴 語彤 心怡 雅雯 佩君 惠如 靜宜 婉婷 怡婷 雅琪 宜君 "
    "佩珊 雅芳 淑貞 秀鳳 秀蘭 麗美 美珠 玉珍 碧霞 素娥 秀枝 金枝 阿桃 阿梅 秋月 惠美 淑娟 文君 "
    "曉雯 筱涵 詠晴 芷若 亭妤 郁婷 宛蓉 家瑜 婕妤 琬婷 馨儀 苡萱 芊妤 沛珊 瑞芳 美雲 碧珠 桂香 "
    "秀珠 鳳嬌 麗娟 玉梅 滿妹 招弟 罔腰 錦雲 雪卿 月霞 惠珍 美華 美月 玉鳳 素卿 麗珍 淑華 秀玉 "
    "珮瑜 宜庭 湘婷 雨萱 巧妮 舒涵 芸熙 沐晴 若瑜 姿穎 宜珊 玟君 韻如 靜怡 佳蓉 怡萱 雅惠 "
    "秋香 春嬌 阿玉 玉枝 彩雲 碧雲 美娟 翠玉 瓊瑤 素梅 千惠 幸子 明珠 愛玉 嬿婷 靖雯 舒婷 采潔"
)
_GIVEN_NEUTRAL = _words(
    "家瑋 宜臻 承儒 子芸 柏均 彥均 思齊 品瑄 宇恩 子瑜 以晴 苡安 心妍 羽彤 安妮 語晨 睿彤 "
    "孟軒 承佑 詠心 亮亮 小萍 小鳳 小龍 佳佳 安安 怡安 思源 秉承 永和 子揚 雅各 約翰 瑪莉 "
    "耀明 祐嘉 品潔 昀芯 芃羽 晏如 楷翔 梓晴 恩熙 芯瑜 宥蓁 岱融 辰希 澄恩 鈺涵 筠婷 軒宇"
)
_GIVEN_ONE = _words(
    "琳 強 恆 傑 瑜 萍 華 勇 雯 婷 明 倩 偉 芬 豪 靜 輝 蓉 剛 慧 鈞 瑋 昕 涵 嵐 凱 穎 霖 翔 妍 甯"
    " 彬 宏 娟 珊 哲 琪 茵 晴 蕙"
)

_INDIG_GIVEN_HAN = _words(
    "瓦歷斯 巴奈 尤幹 比令 達利 哈勇 拉娃 伊萬 吉娃斯 莎韻 馬躍 阿洛 瑪莎 巴杜 蘇拉 尤命 帕蘇亞 "
    "撒韻 吉洛 烏杜 拉罕 伊婉 嘎照 阿布 芭翁 蕾撒 沙布 谷木 烏嘎 依斯坦達 莫那 古拉斯"
)
_INDIG_FAMILY_HAN = _words(
    "諾幹 母路 比吼 谷幸 瓦旦 尤道 達卡 馬賴 卡造 巴萬 拉互依 伊斯坦大 法拉 塔法隆 博伊哲努 "
    "伊斯理鍛 阿給 瑪紹 希巨 撒萬 魯瓦 都米 拉瓦 勒格艾"
)
_INDIG_GIVEN_ROM = _words(
    "Walis Panay Yukan Pilin Tali Hayung Lawa Iwan Kiwas Sayun Mayaw Alo Masa Badu Sula Yumin "
    "Kulas Ofad Sawmah Dongi Umav Langus Pasuya Biung Afong Lahok Vagi Savi Tanivu Sakinu"
)
_INDIG_FAMILY_ROM = _words(
    "Nokan Mulu Pihaw Kusing Watan Yudaw Taka Malay Katsaw Pawan Lahuy Istanda Tanapima Poiconu "
    "Kacaw Falah Tafalong Ispalidav Takisvilainan Sumaylung Tahesh Basiyang"
)

# Vietnamese: (latin, diacritic latin, han)
_VN_SURNAME = [
    ("Nguyen", "Nguyễn", "阮"),
    ("Tran", "Trần", "陳"),
    ("Le", "Lê", "黎"),
    ("Pham", "Phạm", "范"),
    ("Hoang", "Hoàng", "黃"),
    ("Phan", "Phan", "潘"),
    ("Vu", "Vũ", "武"),
    ("Dang", "Đặng", "鄧"),
    ("Bui", "Bùi", "裴"),
    ("Do", "Đỗ", "杜"),
    ("Ho", "Hồ", "胡"),
    ("Ngo", "Ngô", "吳"),
    ("Duong", "Dương", "楊"),
]
_VN_MIDDLE_F = [("Thi", "Thị", "氏"), ("Ngoc", "Ngọc", "玉")]
_VN_MIDDLE_M = [("Van", "Văn", "文"), ("Minh", "Minh", "明"), ("Duc", "Đức", "德")]
_VN_GIVEN = [
    ("Lan", "Lan", "蘭"),
    ("Huong", "Hương", "香"),
    ("Hoa", "Hoa", "花"),
    ("Mai", "Mai", "梅"),
    ("Tuyet", "Tuyết", "雪"),
    ("Thu", "Thu", "秋"),
    ("Hanh", "Hạnh", "幸"),
    ("Hung", "Hùng", "雄"),
    ("Dung", "Dũng", "勇"),
    ("Tuan", "Tuấn", "俊"),
    ("Long", "Long", "龍"),
    ("Hai", "Hải", "海"),
    ("Nam", "Nam", "南"),
    ("Anh", "Anh", "英"),
    ("Phuong", "Phương", "芳"),
    ("Trang", "Trang", "妝"),
    ("Linh", "Linh", "玲"),
    ("Quang", "Quang", "光"),
    ("Son", "Sơn", "山"),
    ("Binh", "Bình", "平"),
    ("Thuy", "Thủy", "水"),
]
_ID_GIVEN = _words(
    "Siti Sri Dewi Nur Eko Agus Rina Yuli Wahyu Budi Indah Ratna Fitri Ani Tri Dwi Puji Endang "
    "Kartini Lilis Yanti Suwarni Aminah Rohmah"
)
_ID_FAMILY = _words(
    "Aminah Wahyuni Lestari Hidayah Prasetyo Santoso Marlina Rahayu Susanti Purnomo Setiawan "
    "Handayani Kusuma Wulandari Saputra Maryati Rahmawati Nurhayati Kurniawan"
)
_ID_SINGLE = _words("Sumarni Suparti Sumiyati Karsih Tumini Sulastri Juminah Paini Warsini")
_ID_HAN_GIVEN = _words("西蒂 斯莉 黛薇 努兒 艾可 阿古斯 莉娜 尤莉 印達 菲特莉 安妮 蘇瓦妮")
_ID_HAN_FAMILY = _words("阿米娜 瓦尤妮 萊絲塔莉 希達雅 普拉塞提歐 桑托索 瑪琳娜 拉哈尤 蘇珊蒂")
_ID_HAN_SINGLE = _words("蘇瑪妮 蘇帕蒂 蘇米雅蒂 卡西 圖米妮 蘇拉斯蒂")
_PH_GIVEN = _words(
    "Maria Cristina|Jocelyn|Mark Anthony|Rowena|Marites|Jonathan|Lorna|Rhea|Jerome|Analyn|"
    "Michelle|Ramil|Joel|Liza|Arnel|Grace|Mary Jane|Rodel|Cherry|Jun|Lovely|Rosalie|Jenelyn",
    "|",
)
_PH_FAMILY = _words(
    "Santos|Dela Cruz|Reyes|Bautista|Garcia|Villanueva|Mendoza|Ramos|Aquino|Castillo|Flores|"
    "Torres|Navarro|De Guzman|Soriano|Pascual|Manalo|Dizon|Macaraeg",
    "|",
)
_PH_HAN_GIVEN = _words("瑪莉亞 喬瑟琳 羅維娜 瑪麗特斯 蘿娜 麗亞 傑若米 安娜琳 蜜雪兒 格蕾絲")
_PH_HAN_FAMILY = _words("桑托斯 雷耶斯 包蒂斯塔 加西亞 門多薩 拉莫斯 艾奎諾 弗洛雷斯 托雷斯")
_TH_GIVEN = _words(
    "Somchai Sompong Nattapong Kannika Wichai Malee Prasert Suda Anong Chaiwat Siriporn "
    "Thanawat Pornthip Somsak Wanida Kittisak Rattana Boonsong Jintana"
)
_TH_FAMILY = _words(
    "Srisuk Chaiyaphum Saelim Boonmee Thongdee Suksan Kaewmanee Wongsa Phromma Inthasorn "
    "Sriwong Jaidee Rattanakorn Khamphan Sukprasert"
)
_TH_HAN_GIVEN = _words("宋猜 頌猜 瑪莉 巴頌 沙旺 宋薩 蘇達 阿儂 猜瓦 詩莉蓬 汶頌")
_TH_HAN_FAMILY = _words("西蘇 汶米 通迪 蘇珊 乍迪 翁沙 坎潘 西旺")

_NATIONALITY = {"VN": "越南", "ID": "印尼", "PH": "菲律賓", "TH": "泰國"}
_LANG = {"VN": "越南文", "ID": "印尼文", "PH": "英文", "TH": "泰文"}

# ---------------------------------------------------------------------------------------
# Places (for addresses, spots and negatives).

_CITIES: dict[str, dict[str, int]] = {
    "臺北市": {"中正區": 100, "大同區": 103, "中山區": 104, "松山區": 105, "大安區": 106,
              "萬華區": 108, "信義區": 110, "士林區": 111, "北投區": 112, "內湖區": 114,
              "南港區": 115, "文山區": 116},
    "新北市": {"板橋區": 220, "三重區": 241, "中和區": 235, "永和區": 234, "新莊區": 242,
              "新店區": 231, "土城區": 236, "蘆洲區": 247, "汐止區": 221, "樹林區": 238,
              "淡水區": 251, "三峽區": 237, "林口區": 244},
    "桃園市": {"桃園區": 330, "中壢區": 320, "平鎮區": 324, "八德區": 334, "楊梅區": 326,
              "龜山區": 333, "大園區": 337, "觀音區": 328},
    "臺中市": {"西屯區": 407, "北屯區": 406, "南屯區": 408, "豐原區": 420, "大里區": 412,
              "太平區": 411, "沙鹿區": 433, "霧峰區": 413, "大甲區": 437},
    "臺南市": {"東區": 701, "北區": 704, "安南區": 709, "永康區": 710, "新營區": 730,
              "善化區": 741, "麻豆區": 721},
    "高雄市": {"三民區": 807, "苓雅區": 802, "鳳山區": 830, "左營區": 813, "前鎮區": 806,
              "楠梓區": 811, "岡山區": 820, "旗山區": 842, "美濃區": 843},
    "基隆市": {"仁愛區": 200, "七堵區": 206, "安樂區": 204},
    "新竹市": {"東區": 300, "北區": 300},
    "新竹縣": {"竹北市": 302, "竹東鎮": 310, "湖口鄉": 303, "新埔鎮": 305},
    "苗栗縣": {"苗栗市": 360, "頭份市": 351, "竹南鎮": 350, "公館鄉": 363},
    "彰化縣": {"彰化市": 500, "員林市": 510, "鹿港鎮": 505, "和美鎮": 508, "溪湖鎮": 514},
    "南投縣": {"南投市": 540, "埔里鎮": 545, "草屯鎮": 542, "仁愛鄉": 546, "信義鄉": 556},
    "雲林縣": {"斗六市": 640, "虎尾鎮": 632, "西螺鎮": 648, "北港鎮": 651},
    "嘉義縣": {"民雄鄉": 621, "太保市": 612, "朴子市": 613, "阿里山鄉": 605},
    "嘉義市": {"東區": 600, "西區": 600},
    "屏東縣": {"屏東市": 900, "潮州鎮": 920, "東港鎮": 928, "恆春鎮": 946, "內埔鄉": 912},
    "宜蘭縣": {"宜蘭市": 260, "羅東鎮": 265, "蘇澳鎮": 270, "礁溪鄉": 262},
    "花蓮縣": {"花蓮市": 970, "吉安鄉": 973, "玉里鎮": 981, "秀林鄉": 972},
    "臺東縣": {"臺東市": 950, "成功鎮": 961, "關山鎮": 956, "卑南鄉": 954},
    "澎湖縣": {"馬公市": 880},
    "金門縣": {"金城鎮": 893, "金湖鎮": 891},
}  # fmt: skip
_ROADS = _words(
    "中山路 中正路 民生路 民族路 民權路 復興路 建國路 和平路 光復路 成功路 中華路 自由路 忠孝路 "
    "仁愛路 信義路 文化路 公園路 大同路 新生路 三民路 博愛路 勝利路 長春路 育英街 永安街 福德街 "
    "仁德街 中興街 延平路 林森路 重慶南路 羅斯福路 經國路 環河路 四維路 五福路 七賢路 崇德路 "
    "南京東路 青海路 府前路 站前路 神農路 東寧路 金華路 健康路 興隆路 自強街 太原路 華興街"
)
_SECTIONED = set(
    _words("中山路 中正路 民生路 復興路 建國路 和平路 光復路 中華路 忠孝路 仁愛路 信義路")
)
_SECTIONED |= set(_words("文化路 重慶南路 羅斯福路 南京東路 環河路 興隆路"))
_VILLAGES = _words(
    "中興 和平 福興 仁和 新興 永安 東勢 頂埔 大林 下寮 番社 溪洲 崙背 南興 富世 發祥"
)
_SECTIONS = _words("一段 二段 三段 四段 五段")
_CN_NUM = _words("零 一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五")

_TYPHOONS = _words(
    "凱米 山陀兒 康芮 杜蘇芮 海葵 小犬 卡努 潭美 蘇拉 梅姬 利奇馬 白鹿 米塔 軒嵐諾 尼伯特"
)
_SHELTERS = (
    "活動中心",
    "國小禮堂",
    "國中體育館",
    "社區關懷據點",
    "教會",
    "長老教會",
    "廟宇香客大樓",
)
_SCHOOLS = _words("中興國小 和平國中 仁愛國中 福興國小 光復國小 信義國小 南投國中 大同國小")

# Phrases that begin with a surname character but name nobody.
_FARM_LOOKS = ("林地遭整地", "田埂遭鋪設柏油", "甘蔗田改作停車場", "麥田堆置石塊", "江邊草地遭填土")
_SUPPLY_LOOKS = (
    "柳丁 30 箱",
    "花生湯罐頭 40 箱",
    "黃色雨衣 200 件",
    "藍色帆布 50 張",
    "石塊清運機具 3 台",
)


class _E(NamedTuple):
    """An entity occurrence to place in the text."""

    value: str
    label: str
    known: bool = False


class _Doc:
    """Accumulates text and the offsets of the entities placed in it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []

    def add(self, piece: str | _E) -> None:
        if isinstance(piece, _E):
            start = self.pos
            self.parts.append(piece.value)
            self.pos += len(piece.value)
            self.spans.append((start, self.pos, piece.label))
            if piece.label == PERSON:
                self.known.append(piece.known)
        else:
            self.parts.append(piece)
            self.pos += len(piece)

    def fmt(self, template: str, **slots: str | _E) -> None:
        for i, piece in enumerate(re.split(r"\{(\w+)\}", template)):
            if i % 2:
                self.add(slots[piece])
            elif piece:
                self.add(piece)

    def text(self) -> str:
        return "".join(self.parts)


_FW_TABLE = {c: c + 0xFEE0 for c in range(0x21, 0x7F)}
_FOLD_TABLE = {c + 0xFEE0: c for c in range(0x21, 0x7F)}


def _fw(s: str) -> str:
    """Full-width form of the ASCII characters in ``s`` (spaces kept)."""
    return s.translate(_FW_TABLE)


def _fold(s: str) -> str:
    """Full-width ASCII back to ASCII, one character for one (offsets are kept)."""
    return s.translate(_FOLD_TABLE)


_ID_CANDIDATE = re.compile(r"(?=([A-Za-z][ -]?[A-Za-z0-9](?:[ -]?\d){8}))")
_DIGIT_RUN = re.compile(r"\+?\d(?:[ .\-()]?\d)*")


def _inside(start: int, end: int, spans: list[tuple[int, int, str]], labels: set[str]) -> bool:
    return any(s <= start and end <= e and lab in labels for s, e, lab in spans)


def _stray_values(text: str, spans: list[tuple[int, int, str]], negative: bool) -> bool:
    """Whether the text holds a valid ID/ARC/card/e-mail (or, in a negative, a mobile)
    outside the gold spans. Used to reject accidental values while generating."""
    folded = _fold(text)
    id_labels = {TW_NATIONAL_ID, TW_RESIDENT_CERT}
    for m in _ID_CANDIDATE.finditer(folded):
        cand = m.group(1)
        end = m.start(1) + len(cand)
        if (twid.is_valid(cand) or arc.is_valid(cand)) and not _inside(
            m.start(1), end, spans, id_labels
        ):
            return True
    for m in re.finditer("@", folded):
        if not _inside(m.start(), m.end(), spans, {EMAIL}):
            return True
    for m in _DIGIT_RUN.finditer(folded):
        idx = [m.start() + i for i, ch in enumerate(m.group()) if ch.isdigit()]
        digits = "".join(folded[i] for i in idx)
        for length in range(13, 20):
            for i in range(len(digits) - length + 1):
                end = idx[i + length - 1] + 1
                if creditcard.is_valid(digits[i : i + length]) and not _inside(
                    idx[i], end, spans, {CREDIT_CARD}
                ):
                    return True
        if negative:
            for i in range(len(digits) - 8):
                window = digits[i : i + 10] if digits[i] == "0" else "0" + digits[i : i + 9]
                if len(window) == 10 and window.startswith("09") and phone.is_mobile(window):
                    return True
            if "+886" in m.group():
                return True
    return False


class _Gen:
    """All random choices for one generated set (a single ``random.Random``)."""

    def __init__(self, n: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.nat: dict[str, str] = {}
        taken: set[str] = set()
        self.known_local = self._unique_names(max(60, n // 3), "local", taken)
        self.known_foreign = self._unique_names(max(30, n // 8), "foreign", taken)
        decoys = self._unique_names(max(40, n // 6), "any", taken)
        self.known_set = set(taken)
        names = self.known_local + self.known_foreign + decoys
        self.rng.shuffle(names)
        self.known_list = names

    # --- small helpers -----------------------------------------------------------------
    def c(self, seq: Sequence[_T]) -> _T:
        return self.rng.choice(seq)

    def p(self, prob: float) -> bool:
        return self.rng.random() < prob

    def maybe_fw(self, s: str) -> str:
        return _fw(s) if self.p(_FW_SHARE) else s

    def digits(self, k: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(k))

    # --- names ------------------------------------------------------------------------
    def _unique_names(self, k: int, kind: str, taken: set[str]) -> list[str]:
        out: list[str] = []
        while len(out) < k:
            name = self._name(kind)
            if name not in taken:
                taken.add(name)
                out.append(name)
        return out

    def _surname(self) -> str:
        return self.c(_COMMON_SURNAMES) if self.p(0.45) else self.c(_SURNAMES)

    def _given(self, female: bool | None = None) -> str:
        if self.p(0.1):
            return self.c(_GIVEN_ONE)
        if female is None:
            pool = self.c((_GIVEN_MALE, _GIVEN_FEMALE, _GIVEN_NEUTRAL))
        else:
            pool = _GIVEN_FEMALE if female else _GIVEN_MALE
        return self.c(pool)

    def _name(self, kind: str) -> str:
        if kind == "any":
            kind = "foreign" if self.p(0.2) else "local"
        if kind == "foreign":
            return self._foreign_name()
        x = self.rng.random()
        if x < 0.74:
            return self._surname() + self._given()
        if x < 0.80:
            return self.c(_COMPOUND_SURNAMES) + self._given()
        if x < 0.87:  # 冠夫姓: husband's surname, then her own
            husband, own = self._surname(), self._surname()
            while own == husband:
                own = self._surname()
            return husband + own + self.c(_GIVEN_FEMALE)
        if x < 0.95:
            sep = "‧" if self.p(0.65) else "·"
            name = self.c(_INDIG_GIVEN_HAN) + sep + self.c(_INDIG_FAMILY_HAN)
            if self.p(0.1):
                name += sep + self._surname()[0] + self.c(_GIVEN_ONE)
            return name
        given, family = self.c(_INDIG_GIVEN_ROM), self.c(_INDIG_FAMILY_ROM)
        return f"{given} {family}" if self.p(0.7) else f"{given}‧{family}"

    def _foreign_name(self) -> str:
        nat = self.c(("VN", "VN", "VN", "ID", "ID", "ID", "PH", "PH", "TH", "TH"))
        han = self.p(0.4)
        if nat == "VN":
            female = self.p(0.6)
            parts = [self.c(_VN_SURNAME), self.c(_VN_MIDDLE_F if female else _VN_MIDDLE_M)]
            parts += [self.c(_VN_GIVEN) for _ in range(self.c((1, 2, 2)))]
            if han:
                name = "".join(p[2] for p in parts)
            else:
                style = self.rng.random()
                if style < 0.4:
                    name = " ".join(p[0].upper() for p in parts)
                elif style < 0.8:
                    name = " ".join(p[0] for p in parts)
                else:
                    name = " ".join(p[1] for p in parts)
        elif nat == "ID":
            if han:
                if self.p(0.35):
                    name = self.c(_ID_HAN_SINGLE)
                else:
                    name = self.c(_ID_HAN_GIVEN) + self.c(("‧", "·", "")) + self.c(_ID_HAN_FAMILY)
            else:
                name = (
                    self.c(_ID_SINGLE)
                    if self.p(0.3)
                    else f"{self.c(_ID_GIVEN)} {self.c(_ID_FAMILY)}"
                )
                if self.p(0.35):
                    name = name.upper()
        elif nat == "PH":
            if han:
                name = self.c(_PH_HAN_GIVEN) + self.c(("‧", "·")) + self.c(_PH_HAN_FAMILY)
            else:
                given, family = self.c(_PH_GIVEN), self.c(_PH_FAMILY)
                style = self.rng.random()
                if style < 0.5:
                    name = f"{given} {family}"
                elif style < 0.8:
                    name = f"{family.upper()}, {given.upper()}"
                else:
                    name = f"{given} {self.c('ABCDGLMPRS')}. {family}"
        else:
            if han:
                name = self.c(_TH_HAN_GIVEN) + self.c(("‧", "·")) + self.c(_TH_HAN_FAMILY)
            else:
                name = f"{self.c(_TH_GIVEN)} {self.c(_TH_FAMILY)}"
                if self.p(0.4):
                    name = name.upper()
        self.nat.setdefault(name, nat)
        return name

    def person(self, kind: str = "local") -> _E:
        """A PERSON mention: about half from the known list, the rest from no list."""
        if self.p(_KNOWN_SHARE):
            pool = self.known_foreign if kind == "foreign" else self.known_local
            return _E(self.c(pool), PERSON, True)
        while True:
            name = self._name(kind)
            if name not in self.known_set:
                return _E(name, PERSON, False)

    def nationality(self, e: _E) -> str:
        return _NATIONALITY.get(self.nat.get(e.value, "VN"), "越南")

    # --- identifiers -----------------------------------------------------------------
    def twid(self, gender: str | None = None) -> _E:
        letter = self.c(sorted(LETTER_CODES))
        body = (gender or self.c("12")) + self.digits(7)
        value = letter + body + id_check_digit(letter, body)
        if self.p(0.03):
            value = value[0].lower() + value[1:]
        return _E(self.maybe_fw(value), TW_NATIONAL_ID)

    def arc(self) -> _E:
        letter = self.c(sorted(LETTER_CODES))
        if self.p(0.65):
            body = self.c("89") + self.digits(7)
            value = letter + body + id_check_digit(letter, body)
        else:
            second = self.c("ABCD")
            tail = self.digits(7)
            check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
            value = letter + second + tail + check
        return _E(self.maybe_fw(value), TW_RESIDENT_CERT)

    def nhi(self) -> _E:
        num = ("0000" if self.p(0.7) else "00" + self.digits(2)) + self.digits(8)
        style = self.rng.random()
        if style < 0.4:
            value = num
        elif style < 0.7:
            value = f"{num[:4]} {num[4:8]} {num[8:]}"
        else:
            value = f"{num[:4]}-{num[4:8]}-{num[8:]}"
        return _E(self.maybe_fw(value), TW_NHI_CARD)

    def passport(self, nat: str = "TW") -> _E:
        if nat == "TW":
            value = "3" + self.digits(8)
        elif nat == "VN":
            value = self.c("CBN") + self.digits(7)
        elif nat == "ID":
            value = self.c("ABCX") + self.digits(7)
        elif nat == "PH":
            value = (
                "P" + self.digits(7) + self.c("ABC")
                if self.p(0.6)
                else "E" + self.c("BC") + self.digits(7)
            )
        else:
            value = self.c(("AA", "AB", "AC")) + self.digits(7)
        return _E(self.maybe_fw(value), PASSPORT)

    def cc(self) -> _E:
        kind = self.c(("visa", "visa", "visa", "mc", "mc", "jcb", "cup", "amex"))
        if kind == "visa":
            body, length = "4" + self.digits(5), 16
        elif kind == "mc":
            body, length = "5" + self.c("12345") + self.digits(4), 16
        elif kind == "jcb":
            body, length = "35" + str(self.rng.randint(28, 89)) + self.digits(2), 16
        elif kind == "cup":
            body, length = "62" + self.digits(4), 16
        else:
            body, length = "3" + self.c("47") + self.digits(4), 15
        body += self.digits(length - 1 - len(body))
        for d in "0123456789":
            if creditcard.luhn_ok(body + d):
                num = body + d
                break
        style = self.rng.random()
        if length == 15:
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i : i + 4] for i in range(0, 16, 4)]
        if style < 0.45:
            value = " ".join(groups)
        elif style < 0.8:
            value = "-".join(groups)
        else:
            value = num
        return _E(self.maybe_fw(value), CREDIT_CARD)

    # --- phones ---------------------------------------------------------------------
    def _mobile_number(self) -> str:
        while True:
            num = "09" + self.digits(8)
            if phone.is_valid(num):
                return num

    def _landline_number(self) -> tuple[str, str]:
        areas = (
            ("02", 8), ("02", 8), ("02", 8), ("03", 7), ("037", 6), ("04", 8), ("04", 7),
            ("049", 7), ("05", 7), ("06", 7), ("07", 7), ("07", 7), ("08", 7), ("089", 6),
            ("082", 6), ("0836", 5),
        )  # fmt: skip
        area, k = self.c(areas)
        for attempt in range(40):
            local = self.c("2345678") + self.digits(k - 1)
            if phone.is_valid(area + local) or (attempt > 30 and phone.is_plausible(area + local)):
                return area, local
        return "02", "2" + self.digits(7)

    @staticmethod
    def _split_local(local: str) -> list[str]:
        if len(local) == 8:
            return [local[:4], local[4:]]
        if len(local) == 7:
            return [local[:3], local[3:]]
        if len(local) == 6:
            return [local[:3], local[3:]] if local[0] in "2345" else [local[:2], local[2:]]
        return [local]

    def mobile(self) -> _E:
        num = self._mobile_number()
        a, b, c = num[:4], num[4:7], num[7:]
        forms = (
            num, num, f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a}-{b}{c}", f"{a} {b} {c}",
            f"{a}.{b}.{c}", f"+886-{a[1:]}-{b}-{c}", f"+886 {a[1:]} {b} {c}",
            f"+886{num[1:]}", f"({a}){b}-{c}", f"+886(0){a[1:]}-{b}-{c}", f"886-{a[1:]}-{b}{c}",
            f"{a}-{num[4:6]}-{num[6:8]}-{num[8:]}", f"0{num[1:3]}-{num[3:6]}-{num[6:]}",
        )  # fmt: skip
        return _E(self.maybe_fw(self.c(forms)), PHONE)

    def landline(self, ext: float = 0.2) -> _E:
        area, local = self._landline_number()
        parts = self._split_local(local)
        dash, space = "-".join(parts), " ".join(parts)
        forms = (
            f"({area}){dash}", f"({area}){dash}", f"{area}-{dash}", f"{area}-{dash}",
            f"{area}{local}", f"({area}) {local}", f"{area}-{local}", f"{area} {space}",
            f"+886-{area[1:]}-{dash}", f"+886 {area[1:]} {space}", f"({area}){local}",
        )  # fmt: skip
        value = self.c(forms)
        if self.p(ext):
            x = str(self.rng.randint(1, 9999 if self.p(0.3) else 999))
            value += self.c(
                (
                    f" 分機{x}",
                    f"分機{x}",
                    f"#{x}",
                    f" #{x}",
                    f" 轉{x}",
                    f"轉{x}",
                    f" ext.{x}",
                    f" ext. {x}",
                    f" x{x}",
                )
            )
        return _E(self.maybe_fw(value), PHONE)

    def phone(self, mobile_share: float = 0.65) -> _E:
        return self.mobile() if self.p(mobile_share) else self.landline()

    # --- e-mail, address, dates -------------------------------------------------------
    def email(self) -> _E:
        nick = self.c(
            _words(
                "amy kevin jason vivian tina peggy eric jenny allen cindy sandy tony wendy alex i"
                "vy "
                "joyce mike grace sharon leo irene ben claire sam yuki momo ruby jack apple"
            )
        )
        sur = self.c(
            _words(
                "chen lin huang chang lee wang wu liu tsai yang hsu cheng hsieh kuo hung chiu tse"
                "ng "
                "liao lai chou yeh su chuang chiang lu ho hsiao lo kao pan chien chu chung yu"
            )
        )
        given = self.c(
            _words(
                "meiling shufen yating yijun chihming chunhung chiahao kuanyu pinyu hsinyi weilun "
                "tzuhan yuting chengen huong siti maria somchai"
            )
        )
        num = self.c(
            (
                "",
                "",
                str(self.rng.randint(1, 99)),
                str(self.rng.randint(1950, 2005)),
                self.digits(4),
            )
        )
        local = self.c(
            (
                f"{nick}.{sur}{num}",
                f"{sur}{given}{num}",
                f"{given}.{sur}",
                f"{nick}{num}",
                f"{sur}_{given}",
                f"{nick}_{sur}{num}",
                f"{given}{num}",
                f"{sur}-{nick}",
            )
        )
        domain = self.c(
            (
                "gmail.com",
                "gmail.com",
                "gmail.com",
                "yahoo.com.tw",
                "yahoo.com.tw",
                "hotmail.com",
                "outlook.com",
                f"ms{self.rng.randint(1, 79)}.hinet.net",
                "seed.net.tw",
                "pchome.com.tw",
                "icloud.com",
                "kimo.com",
                "mail.ntpc.gov.tw",
            )
        )
        value = f"{local}@{domain}"
        if self.p(0.15):
            value = value.capitalize()
        return _E(self.maybe_fw(value), EMAIL)

    def addr(self, city: str | None = None) -> _E:
        city = city or self.c(list(_CITIES))
        dist, zip3 = self.c(list(_CITIES[city].items()))
        road = self.c(_ROADS)
        out = city + dist
        if self.p(0.3):
            out += self.c(_VILLAGES) + ("村" if dist.endswith("鄉") else "里")
            if self.p(0.6):
                out += f"{self.rng.randint(1, 30)}鄰"
        out += road
        if road in _SECTIONED and self.p(0.6):
            out += self.c(_SECTIONS)
        if self.p(0.35):
            out += f"{self.rng.randint(1, 450)}巷"
            if self.p(0.35):
                out += f"{self.rng.randint(1, 40)}弄"
        num = str(self.rng.randint(1, 700))
        if self.p(0.12):
            num += f"之{self.rng.randint(1, 9)}"
        out += num + "號"
        if self.p(0.45):
            floor = self.rng.randint(2, 15)
            style = self.rng.random()
            if style < 0.5:
                out += f"{floor}樓"
            elif style < 0.7:
                out += f"{_CN_NUM[floor]}樓"
            elif style < 0.85:
                out += f"{floor}F"
            else:
                out += f"{floor}樓之{self.rng.randint(1, 12)}"
        if self.p(0.3):
            out = out.replace("臺", "台")
        if self.p(0.25):
            out = str(zip3) + self.c(("", "", " ")) + out
        if self.p(_FW_SHARE):
            out = out.translate({c: c + 0xFEE0 for c in range(0x30, 0x3A)})
        return _E(out, ADDRESS)

    def bd(self, min_age: int = 18, max_age: int = 80) -> _E:
        start = _dt.date(_TODAY.year - max_age - 1, _TODAY.month, _TODAY.day)
        span = (max_age - min_age + 1) * 365
        day = start + _dt.timedelta(days=self.rng.randint(1, span))
        y, m, d = day.year, day.month, day.day
        r = y - 1911
        forms = (
            f"民國{r}年{m}月{d}日", f"民國{r}年{m:02d}月{d:02d}日", f"{r}年{m}月{d}日",
            f"{r}.{m:02d}.{d:02d}", f"{r:03d}/{m:02d}/{d:02d}", f"{r}/{m}/{d}",
            f"{r:03d}{m:02d}{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}",
            f"{y}年{m}月{d}日", f"{y}.{m}.{d}", f"民{r}.{m}.{d}", f"{r}-{m:02d}-{d:02d}",
        )  # fmt: skip
        return _E(self.maybe_fw(self.c(forms)), BIRTH_DATE)

    def bd_foreign(self) -> _E:
        day = _dt.date(1965, 1, 1) + _dt.timedelta(days=self.rng.randint(0, 365 * 40))
        mon = _words("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC")[day.month - 1]
        forms = (
            f"{day.day:02d}/{day.month:02d}/{day.year}",
            f"{day.day:02d} {mon} {day.year}",
            f"{day.year}-{day.month:02d}-{day.day:02d}",
            f"{day.year}/{day.month}/{day.day}",
            f"{day.year}年{day.month}月{day.day}日",
        )
        return _E(self.maybe_fw(self.c(forms)), BIRTH_DATE)

    def date(self) -> str:
        """An ordinary (non-birth) date in 2023-2025."""
        day = _dt.date(2023, 1, 1) + _dt.timedelta(days=self.rng.randint(0, 1000))
        r = day.year - 1911
        forms = (
            f"{r}年{day.month}月{day.day}日", f"{r}年{day.month}月{day.day}日",
            f"{r}/{day.month:02d}/{day.day:02d}", f"{r}.{day.month}.{day.day}",
            f"{day.year}/{day.month}/{day.day}", f"{day.year}-{day.month:02d}-{day.day:02d}",
            f"{day.month}月{day.day}日", f"{day.month}/{day.day}",
        )  # fmt: skip
        return self.c(forms)

    def clock(self) -> str:
        h, m = self.rng.randint(0, 23), self.c((0, 5, 10, 15, 20, 30, 40, 45, 50))
        forms = (
            f"{h:02d}:{m:02d}",
            f"{h}時{m}分",
            f"{h:02d}{m:02d}",
            f"{h}點{m}分" if m else f"{h}點",
        )
        return self.c(forms)

    # --- public look-alikes ------------------------------------------------------------
    def docno(self) -> str:
        prefix = self.c(
            (
                "府授工",
                "環稽",
                "北市環清",
                "中市環衛",
                "南市環廢",
                "高市府環衛",
                "府農務",
                "農企",
                "府社助",
                "北市社救",
                "交路",
                "北監駕",
                "府消救",
                "投府消救",
                "府授民",
            )
        )
        roc = self.c(("112", "113", "113", "114"))
        return f"{prefix}字第{roc}{self.digits(self.c((7, 7, 8)))}號"

    def caseno(self) -> str:
        roc = self.c(("112", "113", "114"))
        forms = (
            f"{roc}-{self.c('環農社監災')}-{self.digits(6)}",
            f"{roc}{self.digits(4)}-{self.digits(5)}",
            f"第{self.digits(7)}號",
            f"{roc}環字第{self.digits(6)}號",
            f"R{roc}-{self.digits(5)}",
            f"{roc}陳字{self.digits(5)}號",
        )
        return self.c(forms)

    def ban(self) -> str:
        while True:
            num = self.c("12345678") + self.digits(7)
            if ban_id.is_valid(num):
                return self.maybe_fw(num)

    def invoice(self) -> str:
        while True:
            letters = self.c("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.c("ABCDEFGHJKLMNPQRSTUVWXYZ")
            num = self.digits(8)
            if not arc.is_valid(letters + num):
                return f"{letters}-{num}" if self.p(0.5) else letters + num

    def amount(self) -> str:
        v = self.c((600, 1200, 1500, 2400, 3000, 3600, 6000, 12000, 36000, 60000, 300, 480, 850))
        forms = (f"新臺幣{v:,}元", f"{v}元", f"NT${v:,}", f"新台幣{v}元整", f"{v:,}元")
        return self.c(forms)

    def spot(self) -> str:
        r1, r2 = self.c(_ROADS), self.c(_ROADS)
        forms = (
            f"{r1}與{r2}交叉路口",
            f"{r1}{self.c(_SECTIONS)}人行道旁",
            f"{self.c(_VILLAGES)}里資源回收站",
            f"{self.c(_VILLAGES)}公園旁空地",
            f"{r1}橋下",
            f"{self.c(_VILLAGES)}市場後方巷道",
            f"{r1}路燈桿旁",
        )
        return self.c(forms)

    def town(self) -> str:
        city = self.c(list(_CITIES))
        return city + self.c(list(_CITIES[city]))


# =======================================================================================
# Genre 1: household waste and recycling (資源回收) violation tickets.

_WASTE_FACTS = (
    "未依規定分類資源回收物，寶特瓶、鋁罐混入一般垃圾",
    "於非收運時段將垃圾包棄置路旁",
    "未使用專用垃圾袋",
    "將廢棄沙發、床墊等大型家具棄置於公有空地",
    "廚餘未分類即交付垃圾車",
    "於空地燃燒紙類及塑膠廢棄物",
    "隨地丟棄菸蒂",
    "將家戶垃圾丟入行人專用垃圾桶",
    "廢電池、廢燈管未交付資源回收車",
)
_WASTE_ACTS = ("第12條", "第27條第1款", "第27條第2款", "第11條")


def _waste_ticket(g: _Gen, d: _Doc) -> None:
    city = g.c(list(_CITIES)[:8])
    foreign = g.p(0.2)
    who = g.person("foreign" if foreign else "local")
    d.add(f"{city}政府環境保護局\n違反廢棄物清理法案件舉發通知書\n通知單號：{g.caseno()}\n")
    d.fmt(g.c(("受處分人：{p}\n", "受處分人姓名：{p}\n", "行為人　{p}\n")), p=who)
    if foreign:
        d.fmt(g.c(("統一證號：{x}\n", "居留證號：{x}\n", "外來人口統一證號：{x}\n")), x=g.arc())
    else:
        d.fmt(
            g.c(("身分證統一編號：{x}\n", "身分證字號：{x}\n", "國民身分證統一編號 {x}\n")),
            x=g.twid(),
        )
    if g.p(0.45):
        d.fmt(g.c(("出生年月日：{x}\n", "出生日期：{x}\n")), x=g.bd(20, 85))
    d.fmt(g.c(("住址：{x}\n", "戶籍地址：{x}\n", "通訊地址：{x}\n")), x=g.addr(city))
    if g.p(0.7):
        d.fmt("聯絡電話：{x}\n", x=g.phone())
    d.add(f"違規時間：{g.date()} {g.clock()}\n違規地點：{g.spot()}\n")
    d.add(f"違規事實：{g.c(_WASTE_FACTS)}\n違反法條：廢棄物清理法{g.c(_WASTE_ACTS)}\n")
    d.add(f"處罰金額：{g.amount()}\n")
    d.fmt(g.c(("稽查人員：{s}", "舉發人　{s}", "稽查員 {s}（簽章）")), s=g.person())


def _waste_note(g: _Gen, d: _Doc) -> None:
    who = g.person()
    d.add(f"{g.date()} {g.clock()} 巡查{g.spot()}，")
    d.fmt(
        g.c(
            (
                "發現{p}將{item}丟在{place}，",
                "民眾{p}將{item}放在{place}，",
                "{p}先生將{item}棄置於{place}，",
                "{p}女士把{item}擺在{place}，",
            )
        ),
        p=who,
        item=g.c(
            ("整包未分類垃圾", "三袋廚餘", "舊電視", "一批保麗龍", "廢輪胎兩條", "紙箱及寶特瓶")
        ),
        place=g.c(("電線桿下", "回收站外", "水溝蓋上", "公園垃圾桶旁", "鄰地圍牆邊")),
    )
    if g.p(0.5):
        d.fmt("經查證身分（{x}），", x=g.twid())
    d.add(g.c(("現場勸導後仍不改善，依法告發。", "當場開立勸導單。", "已拍照存證並告發。")))
    if g.p(0.6):
        d.fmt(
            g.c(("{p}表示：「{q}」", "當事人稱：「{q}」")),
            p=who,
            q=g.c(
                (
                    "我不知道今天垃圾車不來",
                    "我早上要上班來不及追垃圾車",
                    "那不是我丟的",
                    "我以為回收站可以放",
                )
            ),
        )
    if g.p(0.6):
        d.fmt("聯絡電話 {x}。", x=g.phone())
    if g.p(0.4):
        d.fmt("\n通知書寄送地址：{x}", x=g.addr())


def _waste_call(g: _Gen, d: _Doc) -> None:
    caller = g.person()
    d.add(g.c(("【民眾陳情紀錄】\n", "來電紀錄：", "市民熱線轉接陳情案件\n")))
    d.fmt(
        g.c(
            (
                "民眾{p}來電（{ph}）反映：「",
                "陳情人{p}（電話{ph}）表示：「",
                "{p}小姐來電，回電號碼{ph}，她說：「",
                "{p}先生打來說（{ph}）：「",
            )
        ),
        p=caller,
        ph=g.phone(0.8),
    )
    d.add(
        g.c(
            (
                "我們巷子口每天晚上都有人把垃圾丟在路燈下面，臭得要死，你們可不可以派人來看一下。",
                "回收車最近都沒有照時間來，寶特瓶堆在家裡已經兩個禮拜了。",
                "隔壁空地被人倒了一堆裝潢廢料，已經擋到我們出入。",
                "清潔隊員叫我把紙箱攤平，可是規定上沒有寫啊。",
            )
        )
        + "」"
    )
    if g.p(0.7):
        d.fmt(g.c(("\n陳情人住址：{a}", "（住{a}）", "\n地址：{a}")), a=g.addr())
    if g.p(0.3):
        d.fmt("\n回覆信箱：{e}", e=g.email())
    d.add(g.c(("\n已派清潔隊查處。", "\n希望不要公開身分。", "\n轉稽查科辦理。", "")))


def _waste_table(g: _Gen, d: _Doc) -> None:
    sep = g.c((" | ", "\t", "，", "  "))
    d.add(f"{g.c(('本月', '第二季', '本週'))}資源回收違規告發清冊（{g.town()}）\n")
    d.add(sep.join(("編號", "姓名", "身分證字號", "地址", "違規事實", "罰鍰")) + "\n")
    for i in range(1, g.rng.randint(2, 5)):
        d.add(f"{i}{sep}")
        d.add(g.person())
        d.add(sep)
        d.add(g.twid())
        d.add(sep)
        d.add(g.addr())
        fact = g.c(("未分類", "亂丟垃圾", "未用專用袋", "棄置大型家具"))
        d.add(f"{sep}{fact}{sep}{g.c(('1200', '1,200', '3600', '6000'))}\n")
    d.fmt("製表：{p}", p=g.person())


def _waste_payment(g: _Gen, d: _Doc) -> None:
    who = g.person()
    d.fmt(
        g.c(
            (
                "受處分人{p}已於{dt}以信用卡線上繳納罰鍰{amt}，卡號{cc}，授權碼{auth}。",
                "{p}先生臨櫃繳納罰鍰{amt}，刷卡（{cc}），收據號碼{rc}。",
                "罰鍰繳納紀錄：繳款人 {p}／信用卡 {cc}／金額 {amt}／日期 {dt}",
            )
        ),
        p=who,
        dt=g.date(),
        amt=g.amount(),
        cc=g.cc(),
        auth=g.digits(6),
        rc=g.caseno(),
    )
    if g.p(0.4):
        d.fmt("\n收據寄送：{e}", e=g.email())


# ---------------------------------------------------------------------------------------


def _waste_neg_notice(g: _Gen, d: _Doc) -> None:
    city = g.c(list(_CITIES))
    d.add(
        f"{city}環境保護局 公告\n發文日期：{g.date()}\n發文字號：{g.docno()}\n"
        f"主旨：自{g.date()}起，{g.c(_VILLAGES)}里資源回收車收運路線及時間調整，請民眾配合。\n"
        f"依據：廢棄物清理法{g.c(_WASTE_ACTS)}。\n"
        f"公告事項：一、{g.c(('週三', '週日'))}停收，其餘時段照常；廚餘請"
        f"以{g.c(('黃色', '藍色'))}桶分裝。"
        f"二、違者處{g.amount()}以上罰鍰。"
    )


def _waste_neg_log(g: _Gen, d: _Doc) -> None:
    d.add(
        f"{g.date()} 稽查紀錄：{g.spot()}發現廢棄家具{g.rng.randint(2, 9)}件及"
        f"{g.c(('林地', '河堤', '田埂'))}旁堆置{g.c(('寶特瓶', '保麗龍', '廢木材'))}"
        f"約{g.rng.randint(1, 5)}立方公尺，"
        f"現場未見行為人，已{g.c(('張貼', '張掛'))}告示並通報清潔隊清運，案號{g.caseno()}。"
    )
    if g.p(0.5):
        d.add(
            f"\n{g.c(('張貼告示後', '連日豪雨後', '周末夜間', '凌晨時段'))}情形持續，列入加強巡查。"
        )


def _waste_neg_vendor(g: _Gen, d: _Doc) -> None:
    d.add(
        f"委託清運廠商：{g.c(('宏達清潔', '永興環保', '綠源資源回收', '金美環境工程', '高峰清運'))}"
        f"{g.c(('有限公司', '股份有限公司', '企業社'))}（統一編號：{g.ban()}）\n"
        f"契約編號：{g.caseno()}\n本月回收量：紙類{g.rng.randint(20, 300)}公噸、寶特"
        f"瓶{g.rng.randint(5, 90)}公噸、"
        f"鐵鋁罐{g.rng.randint(1, 40)}公噸。\n發票號碼：{g.invoice()}，金額{g.amount()}。"
    )


def _waste_neg_stats(g: _Gen, d: _Doc) -> None:
    rows = [
        f"{g.town()}{sep}{g.rng.randint(0, 80)}{sep}{g.rng.randint(0, 30)}" for sep in ["\t"] * 3
    ]
    d.add("行政區\t告發件數\t勸導件數\n" + "\n".join(rows))
    d.add(
        f"\n備註：依{g.c(('廢棄物清理法', '環境教育法'))}第{g.rng.randint(5, 60)}條統計，資料截"
        f"至{g.date()}。"
    )


# =======================================================================================
# Genre 2: agricultural land (農地) use complaints.

_FARM_ISSUES = (
    "在農地上搭建鐵皮屋作為倉庫",
    "將農地填土作為停車場",
    "堆置營建廢棄物及廢土",
    "違規設置露營區並收費",
    "經營資源回收場",
    "興建農舍後改作民宿使用",
    "燃燒稻草造成煙霧",
    "噴灑農藥飄散到住家",
)


def _farm_letter(g: _Gen, d: _Doc) -> None:
    who = g.person()
    town = g.town()
    d.add(f"受文者：{g.c(('本府地政處', '本府農業處', '本所建設課'))}\n發文字號：{g.docno()}\n")
    d.fmt("主旨：有關{p}君陳情{t}一帶農地疑似違規使用乙案，請查處見復。\n", p=who, t=town)
    d.add("說明：\n")
    d.fmt("一、依據{p}君{dt}陳情書辦理。\n", p=who, dt=g.date())
    d.fmt("二、陳情人地址：{a}，電話：{ph}", a=g.addr(), ph=g.phone())
    if g.p(0.35):
        d.fmt("，電子信箱：{e}", e=g.email())
    d.add("。\n")
    d.add(f"三、陳情內容略以：鄰地{g.c(_FARM_ISSUES)}，違反區域計畫法第21條。\n")
    if g.p(0.5):
        d.fmt("四、該地使用人為{o}（{x}），", o=g.person(), x=g.twid())
        d.add("請依非都市土地使用管制規則查明。\n")
    d.fmt(g.c(("承辦人：{s}", "承辦 {s} 分機{ext}", "聯絡人：{s}")), s=g.person(), ext=g.digits(3))


def _farm_note(g: _Gen, d: _Doc) -> None:
    who, other = g.person(), g.person()
    d.fmt(
        g.c(
            (
                "陳情人{p} {ph} 反映鄰田{o}{issue}，",
                "{dt} 接獲{p}來電（{ph}），稱{o}{issue}，",
                "{p}阿伯（{ph}）說隔壁{o}家{issue}，",
            )
        ),
        p=who,
        ph=g.phone(0.85),
        o=other,
        issue=g.c(_FARM_ISSUES),
        dt=g.date(),
    )
    d.add(g.c(("約定下週會勘。", "已排定現場勘查。", "先行函請地主說明。", "轉農業處。")))
    if g.p(0.45):
        d.fmt("\n地主住址：{a}", a=g.addr())
    if g.p(0.3):
        d.fmt("，電話{ph}", ph=g.phone())


def _farm_form(g: _Gen, d: _Doc) -> None:
    who = g.person()
    d.add("農地違規使用檢舉表\n")
    d.fmt("檢舉人姓名：{p}\n", p=who)
    if g.p(0.6):
        d.fmt("身分證字號：{x}\n", x=g.twid())
    if g.p(0.5):
        d.fmt("出生日期：{x}\n", x=g.bd(25, 80))
    d.fmt("聯絡地址：{a}\n", a=g.addr())
    d.fmt(g.c(("聯絡電話：{ph}\n", "手機：{ph}\n")), ph=g.phone(0.8))
    if g.p(0.5):
        d.fmt("電子郵件：{e}\n", e=g.email())
    d.add(f"檢舉地點：{g.town()}{g.c(_VILLAGES)}{g.c(('段', '附近農地', '灌溉渠道旁'))}\n")
    d.add(f"檢舉事項：{g.c(_FARM_ISSUES)}\n是否同意公開身分：{g.c(('否', '否', '是'))}")


def _farm_worker(g: _Gen, d: _Doc) -> None:
    worker, boss = g.person("foreign"), g.person()
    d.fmt(
        g.c(
            (
                "會勘當日現場僅有{nat}籍移工{w}（居留證號{arc}）在整地，雇主{b}電話{ph}未接。",
                "現場作業人員：{w}，{nat}籍，統一證號{arc}；使用人{b}，聯絡電話{ph}。",
                "{dt}會勘，{b}表示工人{w}（{arc}）只是來幫忙採收，並非從事違規使用，電話{ph}。",
            )
        ),
        w=worker,
        nat=g.nationality(worker),
        arc=g.arc(),
        b=boss,
        ph=g.phone(),
        dt=g.date(),
    )
    if g.p(0.3):
        d.fmt("\n護照號碼：{x}", x=g.passport(g.nat.get(worker.value, "VN")))


def _farm_neg_stats(g: _Gen, d: _Doc) -> None:
    d.add(
        f"農地違規使用稽查統計（截至{g.date()}）\n本月受理陳情{g.rng.randint(5, 60)}件，"
        f"已查報{g.rng.randint(1, 40)}件，依區域計畫法第21條裁處{g.rng.randint(0, 12)}件，"
        f"罰鍰合計{g.amount()}。\n{g.c(('林地', '麥田', '甘蔗田', '田間'))}違規"
        f"{g.c(('堆置', '填土', '鋪設柏油'))}以{g.c(_VILLAGES)}、{g.c(_VILLAGES)}一帶最多。"
    )


def _farm_neg_notice(g: _Gen, d: _Doc) -> None:
    d.add(
        f"發文字號：{g.docno()}\n主旨：重申農業用地不"
        f"得{g.c(('堆置廢棄物', '作為停車場', '搭建鐵皮工廠'))}，"
        f"違者依農業發展條例第{g.c(('31', '32', '69'))}條辦理。\n說明：近日接獲陳情案件（案"
        f"號{g.caseno()}），"
        f"經查{g.town()}{g.c(_VILLAGES)}段農地有{g.c(_FARM_LOOKS)}等情形，請各區公所於{g.date()}前回報。"
    )


def _farm_neg_product(g: _Gen, d: _Doc) -> None:
    items = g.rng.sample(
        [
            "金煌芒果",
            "麻豆文旦",
            "關廟鳳梨",
            "東方美人茶",
            "高接梨",
            "楊桃",
            "龍眼",
            "花生",
            "柳丁",
            "金萱茶",
        ],
        3,
    )
    d.add(
        f"{g.town()}農會{g.date()}產銷會議紀錄\n一、{items[0]}、{items[1]}收購價每台"
        f"斤{g.rng.randint(15, 90)}元。\n"
        f"二、{items[2]}產區遭{g.c(_TYPHOONS)}颱風影響，損失約{g.rng.randint(2, 900)}萬元，申請現"
        "金救助依農業天然災害救助辦法辦理。\n"
        f"三、合作廠商{g.c(('林鳳營鮮乳', '義美食品', '統一企業', '黑松'))}（統一編號{g.ban()}）"
        "續約。"
    )


# =======================================================================================
# Genre 3: night-shelter (夜間庇護) intake logs.

_REFERRERS = (
    "警察局",
    "社會局",
    "芒草心協會",
    "人安基金會",
    "醫院社工室",
    "區公所",
    "街友外展社工",
)


def _shelter_log(g: _Gen, d: _Doc) -> None:
    who = g.person()
    d.add(f"{g.date()} {g.clock()} ")
    d.fmt(
        g.c(
            (
                "{p}（{sex}，{age}歲）由{ref}轉介入住，",
                "個案{p}，{sex}，{age}歲，{ref}陪同到所，",
                "收容：{p}／{sex}／{age}歲／{ref}轉介；",
            )
        ),
        p=who,
        sex=g.c("男女"),
        age=str(g.rng.randint(25, 78)),
        ref=g.c(_REFERRERS),
    )
    if g.p(0.5):
        d.fmt("出生{b}，", b=g.bd(25, 78))
    if g.p(0.6):
        d.fmt("身分證{x}，", x=g.twid())
    if g.p(0.5):
        d.fmt(g.c(("健保卡號{n}，", "健保卡 {n}，")), n=g.nhi())
    d.add(g.c(("無手機，", "手機已遺失，", "")))
    if g.p(0.7):
        d.fmt(
            g.c(("緊急聯絡人為其{rel}{c}（{ph}）。", "聯絡人：{rel} {c} {ph}。")),
            rel=g.c(("妹", "兄", "女兒", "前妻", "姪子")),
            c=g.person(),
            ph=g.phone(0.8),
        )
    else:
        d.add("無家屬可聯繫。")
    if g.p(0.4):
        d.fmt("\n值班：{s}", s=g.person())


def _shelter_form(g: _Gen, d: _Doc) -> None:
    d.add("夜間庇護所入住登記表\n")
    d.fmt("姓名：{p}\n", p=g.person())
    d.add(f"性別：{g.c('男女')}\n")
    d.fmt("出生年月日：{b}\n", b=g.bd(20, 80))
    d.fmt("身分證字號：{x}\n", x=g.twid())
    if g.p(0.7):
        d.fmt("健保卡號：{n}\n", n=g.nhi())
    d.fmt(g.c(("原住址：{a}\n", "最後居住地：{a}\n", "戶籍地：{a}\n")), a=g.addr())
    d.fmt("聯絡電話：{ph}\n", ph=g.phone(0.9))
    d.add(f"轉介單位：{g.c(_REFERRERS)}\n入住日期：{g.date()}\n")
    d.fmt("值班社工：{s}", s=g.person())


def _shelter_list(g: _Gen, d: _Doc) -> None:
    d.add(g.c(("今晚入住名單：\n", "【床位分配】\n", "夜間點名\n")))
    for i in range(1, g.rng.randint(3, 7)):
        d.add(f"{i}. ")
        d.add(g.person("foreign" if g.p(0.15) else "local"))
        d.add(
            g.c(
                (
                    f"（床位{g.c('ABC')}{g.rng.randint(1, 20)}）",
                    "（新入住）",
                    "（續住）",
                    "（晚歸）",
                    "",
                    "，已盥洗",
                )
            )
        )
        d.add("\n")
    d.add(g.c(("晚上11點熄燈。", "點名完畢，無異狀。", "兩床空床。")))


def _shelter_migrant(g: _Gen, d: _Doc) -> None:
    w = g.person("foreign")
    nat = g.nat.get(w.value, "VN")
    d.fmt(
        g.c(
            (
                "{w}，{n}籍，居留證{arc}，護照{pp}，因與雇主勞資糾紛離開工作地，暫住本所。",
                "個案 {w}（{n}，統一證號{arc}；護照{pp}）{dt}深夜由警方帶來。",
            )
        ),
        w=w,
        n=_NATIONALITY[nat],
        arc=g.arc(),
        pp=g.passport(nat),
        dt=g.date(),
    )
    if g.p(0.5):
        d.fmt("出生日期 {b}。", b=g.bd_foreign())
    d.fmt("勞工局承辦{s}聯繫仲介中", s=g.person())
    if g.p(0.6):
        d.fmt("（仲介電話{ph}）", ph=g.landline(0.4))
    d.add("。")


def _shelter_speech(g: _Gen, d: _Doc) -> None:
    who = g.person()
    d.fmt(
        g.c(
            (
                "個案自述：「我叫{p}，以前住在{a}，房子被收走以後就在車站睡。」",
                "訪談摘要：「{p}啦，我就是{p}，戶籍還在{a}，可是那邊早就沒人了。」",
                "個案說：「你們打給我弟{c}就好，他電話{ph}，我叫{p}。」",
            )
        ),
        p=who,
        a=g.addr(),
        c=g.person(),
        ph=g.phone(0.9),
    )
    if g.p(0.5):
        d.fmt("\n記錄：{s}", s=g.person())


def _shelter_neg_stats(g: _Gen, d: _Doc) -> None:
    d.add(
        f"本月夜間庇護中心統計（{g.date()}製表）\n入住{g.rng.randint(80, 400)}人次，床"
        f"位{g.rng.randint(20, 60)}床，"
        f"使用率{g.rng.randint(50, 99)}%。\n轉介來源"
        f"：{'、'.join(g.rng.sample(list(_REFERRERS), 3))}。\n"
        f"物資：{g.c(('白米', '龍眼乾', '花生湯', '楊桃汁'))}、毛毯{g.rng.randint(10, 90)}條"
        f"、{g.c(('乖乖', '義美小泡芙', '舒潔衛生紙', '統一肉燥麵'))}"
        f"{g.rng.randint(2, 30)}箱"
        f"（{g.c(('全聯福利中心', '家樂福', '康是美', '屈臣氏', '全家便利商店'))}捐贈）。"
    )


def _shelter_neg_notice(g: _Gen, d: _Doc) -> None:
    d.add(
        f"{g.c(('寒流', '低溫特報', '豪雨特報'))}應變：自{g.date()}起延長開放時間至上午8時。"
        f"依社會救助法第{g.rng.randint(14, 17)}條辦理，經費"
        f"由{g.c(('公益彩券回饋金', '本局年度預算'))}支應"
        f"（{g.docno()}）。{g.c(('王牌', '金牌', '白鐵'))}保溫桶及熱湯"
        f"由{g.c(('周大福珠寶', '王品集團', '石二鍋'))}認養提供。"
    )


# =======================================================================================
# Genre 4: driving-school and motorcycle-test (機車考照) registrations.

_TEST_CLASSES = ("普通重型機車", "輕型機車", "普通小型車", "職業小型車", "大型重型機車")
_STATIONS = (
    "臺北市區監理所",
    "士林監理站",
    "板橋監理站",
    "新竹區監理所",
    "臺中區監理所",
    "嘉義區監理所",
    "高雄市區監理所",
)


def _drive_form_foreign(g: _Gen, d: _Doc) -> None:
    w = g.person("foreign")
    nat = g.nat.get(w.value, "VN")
    d.add(g.c(("機車駕照考照報名表\n", "外籍人士報考駕照申請表\n", "報名資料（外國人）\n")))
    d.fmt("姓名：{p}\n", p=w)
    d.add(f"國籍：{_NATIONALITY[nat]}\n")
    d.fmt("居留證統一證號：{x}\n", x=g.arc())
    if g.p(0.6):
        d.fmt("護照號碼：{x}\n", x=g.passport(nat))
    d.fmt("出生日期：{b}\n", b=g.bd_foreign() if g.p(0.5) else g.bd(20, 55))
    d.fmt("手機：{ph}\n", ph=g.mobile())
    if g.p(0.4):
        d.fmt("E-mail：{e}\n", e=g.email())
    d.fmt("居留地址：{a}\n", a=g.addr())
    d.add(f"報考類別：{g.c(_TEST_CLASSES)}\n考試地點：{g.c(_STATIONS)}\n筆試語言：{_LANG[nat]}")


def _drive_table(g: _Gen, d: _Doc) -> None:
    sep = g.c(("\t", " | ", "　"))
    d.add(
        f"{g.c(('建國', '大眾', '安心', '中興', '第一'))}駕訓班 第{g.rng.randint(1, 40)}期學員名"
        "冊\n"
    )
    d.add(sep.join(("姓名", "出生日期", "身分證字號", "電話")) + "\n")
    for _ in range(g.rng.randint(2, 5)):
        d.add(g.person())
        d.add(sep)
        d.add(g.bd(18, 70))
        d.add(sep)
        d.add(g.twid())
        d.add(sep)
        d.add(g.mobile())
        d.add("\n")
    d.fmt("教練：{c}", c=g.person())


def _drive_note(g: _Gen, d: _Doc) -> None:
    who = g.person()
    d.fmt(
        g.c(
            (
                "學員{p}（{x}）筆試{sc}分未通過，約定{dt}重考，已簡訊通知{ph}。",
                "{p}同學路考第二次不合格（{x}），家長要求退費，回電{ph}。",
                "{dt} {p}報名{cls}，身分證{x}，聯絡{ph}。",
            )
        ),
        p=who,
        x=g.twid(),
        sc=str(g.rng.randint(60, 84)),
        dt=g.date(),
        ph=g.mobile(),
        cls=g.c(_TEST_CLASSES),
    )
    if g.p(0.35):
        d.fmt("家長：{c}", c=g.person())
        if g.p(0.5):
            d.fmt("（{e}）", e=g.email())


def _drive_payment(g: _Gen, d: _Doc) -> None:
    who = g.person()
    d.fmt(
        g.c(
            (
                "{p}報名{cls}班，學費{amt}以信用卡一次付清，卡號{cc}，發票開立{inv}。",
                "收費紀錄｜學員：{p}｜項目：{cls}｜刷卡：{cc}｜金額：{amt}",
                "{p}小姐分期付款，信用卡號碼{cc}，首期{amt}。",
            )
        ),
        p=who,
        cls=g.c(_TEST_CLASSES),
        amt=g.amount(),
        cc=g.cc(),
        inv=g.invoice(),
    )
    if g.p(0.4):
        d.fmt("\n通訊地址：{a}", a=g.addr())


def _drive_email(g: _Gen, d: _Doc) -> None:
    who = g.person("foreign" if g.p(0.3) else "local")
    mail = g.email()
    d.fmt("寄件者：{p} <{e}>\n", p=who, e=mail)
    d.add(f"主旨：{g.c(('詢問機車考照日期', '更改路考時段', '報名費收據'))}\n\n您好，")
    d.fmt(g.c(("我是{p}，", "我叫 {p}，", "")), p=who)
    d.add(g.c(("我想把路考改到下週六，", "請問筆試可以選英文嗎，", "收據上的名字打錯了，")))
    d.fmt("我的電話是{ph}。\n\n{p}", ph=g.mobile(), p=who)


def _drive_neg_notice(g: _Gen, d: _Doc) -> None:
    d.add(
        f"{g.c(_STATIONS)}公告（{g.docno()}）\n{g.date()}起機車考照場"
        f"地{g.c(('施工', '管線更新', '孔蓋修繕'))}，"
        f"考生改至{g.c(_STATIONS)}應考。依道路交通安全規則第{g.rng.randint(50, 70)}條，"
        f"報名費{g.amount()}，逾期未到考者不予退費"
        f"。\n{g.c(('簡訊通知', '費用退還', '車輛借用', '文件補件'))}"
        "等事項請洽現場服務台。"
    )


def _drive_neg_stats(g: _Gen, d: _Doc) -> None:
    d.add(
        f"{g.c(('建國', '大眾', '安心', '中興'))}汽車駕駛人訓練"
        f"班{g.c(('有限公司', '股份有限公司'))}"
        f"（統一編號：{g.ban()}）\n第{g.rng.randint(1, 40)}期結訓{g.rng.randint(10, 90)}人，"
        f"路考及格率{g.rng.randint(60, 99)}%，筆試平均{g.rng.randint(80, 98)}分。\n"
        f"下期開訓：{g.date()}，報名截止：{g.date()}。收據編號{g.caseno()}。"
    )


# =======================================================================================
# Genre 5: elderly bus-pass (敬老卡) applications.


def _elder_form(g: _Gen, d: _Doc) -> None:
    d.add(g.c(("敬老愛心卡申請書\n", "敬老卡（65歲以上）申辦資料\n", "敬老悠遊卡申請表\n")))
    d.fmt("申請人：{p}\n", p=g.person())
    d.fmt("身分證統一編號：{x}\n", x=g.twid())
    d.fmt("出生日期：{b}\n", b=g.bd(65, 95))
    d.fmt("戶籍地址：{a}\n", a=g.addr())
    d.fmt("聯絡電話：{ph}\n", ph=g.phone(0.4))
    if g.p(0.6):
        d.fmt(
            "代理人：{c}（關係：{rel}）電話：{ph}\n",
            c=g.person(),
            rel=g.c(("子", "女", "媳", "孫", "外籍看護")),
            ph=g.mobile(),
        )
    if g.p(0.25):
        d.fmt("自動加值綁定信用卡：{cc}\n", cc=g.cc())
    d.add(f"受理日期：{g.date()}")


def _elder_note(g: _Gen, d: _Doc) -> None:
    who = g.person()
    d.fmt(
        g.c(
            (
                "{p}阿嬤（{b}生）由女兒{c}陪同臨櫃辦理敬老卡，照片已拍，卡片寄送至{a}。",
                "{p}阿公{b}出生，今天來換發敬老卡，兒子{c}代簽，寄到{a}。",
                "{p}女士（出生日期{b}）申請補發敬老卡，家屬{c}，地址{a}。",
            )
        ),
        p=who,
        b=g.bd(65, 95),
        c=g.person(),
        a=g.addr(),
    )
    if g.p(0.5):
        d.fmt(" 聯絡{ph}", ph=g.phone(0.5))
    if g.p(0.3):
        d.fmt("，健保卡號{n}", n=g.nhi())


def _elder_email(g: _Gen, d: _Doc) -> None:
    child, parent = g.person(), g.person()
    mail = g.email()
    d.fmt(
        "您好，我是{c}，想幫{rel}{p}申請敬老卡，身分證字號{x}，",
        c=child,
        rel=g.c(("家人", "長輩", "家中長輩", "親戚")),
        p=parent,
        x=g.twid(),
    )
    d.fmt("出生{b}，", b=g.bd(65, 95))
    d.add("請問可以用郵寄的方式辦理嗎？謝謝。\n\n")
    d.fmt("{c}\n{ph}\n{e}", c=child, ph=g.mobile(), e=mail)


def _elder_list(g: _Gen, d: _Doc) -> None:
    d.add(f"{g.date()} 敬老卡到府服務名單\n")
    for i in range(1, g.rng.randint(3, 6)):
        d.add(f"（{_CN_NUM[i]}）")
        d.add(g.person())
        d.add("，")
        d.add(g.c(("出生", "生日 ", "")))
        d.add(g.bd(65, 98))
        d.add("，")
        d.add(g.addr())
        if g.p(0.5):
            d.add("，")
            d.add(g.phone(0.3))
        d.add("\n")
    d.fmt("訪員：{s}", s=g.person())


def _elder_neg(g: _Gen, d: _Doc) -> None:
    d.add(
        f"敬老卡每月補助{g.c(('480', '500', '1,000'))}點，可搭"
        f"乘{g.c(('公車', '捷運', '臺鐵', '客運'))}及"
        f"{g.c(('計程車', '公共自行車', '國民運動中心'))}。依老人福利法第{g.rng.randint(9, 25)}條，"
        f"自{g.date()}起{g.c(('高鐵接駁', '陸續新增', '林口', '高雄'))}路線納入適用，"
        f"公告字號{g.docno()}。"
        f"申請截止日：{g.date()}。"
    )


def _elder_neg_stats(g: _Gen, d: _Doc) -> None:
    sep = g.c(("\t", " | "))
    rows = "\n".join(
        sep.join((g.town(), str(g.rng.randint(100, 9000)), f"{g.rng.randint(40, 95)}%"))
        for _ in range(3)
    )
    d.add(f"區別{sep}發卡數{sep}使用率\n{rows}\n補助金額合計{g.amount()}；資料來源：{g.caseno()}。")


# =======================================================================================
# Genre 6: typhoon-evacuation (颱風撤離) rosters.


def _ty_table(g: _Gen, d: _Doc) -> None:
    sep = g.c(("\t", " | ", "，"))
    d.add(f"{g.c(_TYPHOONS)}颱風 預防性撤離名冊（{g.town()}{g.c(_VILLAGES)}村）\n")
    d.add(sep.join(("戶長", "人數", "地址", "電話", "備註")) + "\n")
    for _ in range(g.rng.randint(2, 6)):
        d.add(g.person())
        d.add(f"{sep}{g.rng.randint(1, 7)}{sep}")
        d.add(g.addr())
        d.add(sep)
        d.add(g.phone(0.5))
        d.add(f"{sep}{g.c(('行動不便', '獨居', '洗腎', '已撤離', '自行依親', '無'))}\n")
    d.fmt(g.c(("填表人：{s}", "村長 {s}", "村幹事：{s}")), s=g.person())


def _ty_list(g: _Gen, d: _Doc) -> None:
    people = [g.person() for _ in range(g.rng.randint(2, 4))]
    d.add(g.c(("撤離人員：", "已撤離：", "本戶撤離 ")))
    for i, p in enumerate(people):
        if i:
            d.add("、")
        d.add(p)
    if g.p(0.6):
        cg = g.person("foreign")
        d.fmt("（看護 {c}，居留證{x}）", c=cg, x=g.arc())
    d.add(f"\n安置地點：{g.c(_SCHOOLS)}{g.c(_SHELTERS)}")
    if g.p(0.4):
        d.fmt("\n聯絡電話：{ph}", ph=g.phone())


def _ty_log(g: _Gen, d: _Doc) -> None:
    chief, elder = g.person(), g.person()
    d.fmt(
        g.c(
            (
                "{dt} {t} 村長{c}回報，{a}獨居長者{e}（{b}生）拒絕撤離，已請警方協助勸離，家屬電"
                "話{ph}。",
                "{t} {c}里長來電：{e}（{b}）住{a}，屋旁土石鬆動，已用車載到{sh}，家屬{ph}。",
                "應變中心紀錄｜{dt} {t}｜{e}，{b}，{a}｜通報人：{c}｜回報電話：{ph}",
            )
        ),
        dt=g.date(),
        t=g.clock(),
        c=chief,
        a=g.addr(),
        e=elder,
        b=g.bd(60, 98),
        ph=g.phone(0.7),
        sh=g.c(_SCHOOLS) + g.c(_SHELTERS),
    )
    if g.p(0.25):
        d.fmt(" 健保卡號{n}（送醫用）", n=g.nhi())


def _ty_speech(g: _Gen, d: _Doc) -> None:
    who = g.person()
    d.fmt(
        g.c(
            (
                "電話錄音轉文字：「喂，我是{p}，我媽媽{m}還在山上，地址是{a}，她不肯下來，你們可以去載她嗎？」",
                "民眾{p}來電：「{m}跟我住一起，{a}，水已經淹到門口了。」回撥{ph}。",
            )
        ),
        p=who,
        m=g.person(),
        a=g.addr(),
        ph=g.phone(0.9),
    )


def _ty_neg_stats(g: _Gen, d: _Doc) -> None:
    ty = g.c(_TYPHOONS)
    d.add(
        f"{ty}颱風災情統計（{g.date()} {g.clock()}）\n"
        f"{g.town()}撤離{g.rng.randint(2, 90)}戶{g.rng.randint(5, 260)}人，安置"
        f"於{g.c(_SCHOOLS)}{g.c(_SHELTERS)}；"
        f"{g.c(('仁愛鄉', '信義鄉', '秀林鄉', '阿里山鄉'))}土石流紅色警戒{g.rng.randint(1, 20)}條"
        "。\n"
        f"依災害防救法第{g.c(('24', '31'))}條劃定警戒區域，違者處{g.amount()}。發文字"
        f"號{g.docno()}。"
    )


def _ty_neg_supplies(g: _Gen, d: _Doc) -> None:
    d.add(
        f"{g.c(_TYPHOONS)}颱風物資清點：\n- 礦泉水 {g.rng.randint(50, 900)} 箱\n-"
        f" {g.c(('統一肉燥麵', '乖乖', '義美蘇打餅'))} "
        f"{g.rng.randint(10, 200)} 箱\n- 毛毯 {g.rng.randint(20, 300)} 條\n- {g.c(_SUPPLY_LOOKS)}\n"
        f"供應商：{g.c(('全聯福利中心', '大潤發', '家樂福'))}（統一編號{g.ban()}），發"
        f"票{g.invoice()}。\n"
        f"{g.c(('司馬庫斯', '林口', '高雄', '江邊'))}地區道路{g.c(('預計', '已'))}於{g.date()}搶"
        "通。"
    )


_POSITIVE = {
    "waste": (_waste_ticket, _waste_note, _waste_call, _waste_table, _waste_payment),
    "farm": (_farm_letter, _farm_note, _farm_form, _farm_worker),
    "shelter": (_shelter_log, _shelter_form, _shelter_list, _shelter_migrant, _shelter_speech),
    "drive": (_drive_form_foreign, _drive_table, _drive_note, _drive_payment, _drive_email),
    "elder": (_elder_form, _elder_note, _elder_email, _elder_list),
    "typhoon": (_ty_table, _ty_list, _ty_log, _ty_speech),
}
_NEGATIVE = {
    "waste": (_waste_neg_notice, _waste_neg_log, _waste_neg_vendor, _waste_neg_stats),
    "farm": (_farm_neg_stats, _farm_neg_notice, _farm_neg_product),
    "shelter": (_shelter_neg_stats, _shelter_neg_notice),
    "drive": (_drive_neg_notice, _drive_neg_stats),
    "elder": (_elder_neg, _elder_neg_stats),
    "typhoon": (_ty_neg_stats, _ty_neg_supplies),
}
GENRES = tuple(_POSITIVE)


def _one(g: _Gen) -> Sample:
    negative = g.p(_NEGATIVE_SHARE)
    genre = g.c(GENRES)
    for _ in range(200):
        doc = _Doc()
        g.c(_NEGATIVE[genre] if negative else _POSITIVE[genre])(g, doc)
        text = doc.text()
        if not _stray_values(text, doc.spans, negative):
            return Sample(text, doc.spans, negative, doc.known)
    raise RuntimeError("could not build a clean sample")  # pragma: no cover


def generate_heldout38(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (deterministic for ``seed``) and the known-names list."""
    g = _Gen(n, seed)
    samples = [_one(g) for _ in range(n)]
    return samples, list(g.known_list)
