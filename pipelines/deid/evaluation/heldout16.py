"""Held-out set 16: synthetic Taiwanese agency free text with gold personal-data spans.

Written without looking at the scanner. Genres: police station incident logs (派出所受理報案紀錄),
social workers' home-visit notes (社工訪視紀錄), 1999 citizen-hotline tickets, township mediation
committee minutes (調解委員會), traffic accident reports and library volunteer rosters. About a
quarter of the samples are hard negatives holding only public or non-personal look-alikes.

Everything is drawn from one ``random.Random(seed)``; every value is synthetic.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

__all__ = ["generate_heldout16"]

NEGATIVE_SHARE = 0.25
FULLWIDTH_SHARE = 0.125
KNOWN_SHARE = 0.5

# --------------------------------------------------------------------------------------------
# Name material (written for this set)
# --------------------------------------------------------------------------------------------

_SURNAMES_COMMON = "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高"
_SURNAMES_MORE = (
    "潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀姚"
    "連馮歐程湯黎田康姜白汪鄒尤巫鐘涂龔嚴韓袁金童陸夏柳凃邵錢伍倪溫于譚駱熊任甘秦顧毛章史"
    "官萬俞雷粘饒闕凌崔尹孔辛武辜陶段龍韋葛池孟褚殷麥賀賈莫管關向包丘梅利裴樊房全佘左花卜"
    "鮑寧滕喬尚查練車項郝商應牛鈕冉佟繆藺塗貝仇竇祝符易衛烏"
)
_SURNAMES = list(dict.fromkeys(_SURNAMES_COMMON + _SURNAMES_MORE))


def _words(s: str) -> list[str]:
    return s.split()


_COMPOUND = _words(
    "歐陽 司馬 諸葛 張簡 范姜 司徒 上官 東方 皇甫 夏侯 端木 公孫 令狐 慕容 張廖 長孫 鍾離 呼延"
)

_GIVEN_F = _words(
    "淑芬 美玲 雅婷 怡君 淑惠 美惠 麗華 秀英 秀蘭 玉蘭 麗娟 淑貞 佩君 怡婷 雅雯 欣怡 佳蓉 佳穎 "
    "宜蓁 思妤 詩涵 品妍 子涵 語彤 宥蓁 芷晴 若瑜 佩珊 婉婷 靜宜 惠雯 筱涵 家瑜 心怡 郁婷 曉萍 "
    "秋月 月娥 春嬌 玉梅 金枝 秀琴 寶珠 碧霞 素珍 麗卿 美雲 惠美 玉珍 秀鳳 翠華 綺雯 曉雯 馨儀 "
    "亭妤 乃文 夢潔 雨萱 沛菁 筠婷 慧君 美華 素娥 月霞 秀玉 玉霞 淑娟 麗雪 玉琴 明珠 美珠 錦雲 "
    "彩霞 鳳嬌 美慧 慧玲 嘉玲 宜庭 姿穎 于庭 涵之 以安 禹彤 芊妤 芯瑜 妍希 苡晴 昕妤 歆恩 語安 "
    "恩綺 紫晴 佳琪 韻如 惠如 秀如 麗如 雅琪 雅惠 淑玲 靜怡 怡萱 依婷 郁雯 嘉慧 俞君 敏華 玉芬 "
    "秀珠 珮瑜 瑋婷 芳瑜 姵岑 旻蓁 霈妤 湘芸 琬婷 采蓉 詠晴 羽彤 阿嬌 罔市 招弟 碧雲 幸枝 "
    "菊妹 桂英 麗美 宛蓉 筱婷 凱琳 雅筑 書瑜 沛慈 貞儀 家綺 巧玲"
)
_GIVEN_M = _words(
    "志明 建宏 俊傑 家豪 冠宇 承恩 宥廷 柏翰 彥廷 冠廷 宗翰 志豪 俊宏 明哲 文雄 國華 建國 志強 "
    "金龍 進財 永福 榮輝 振興 錦松 天賜 正雄 文彬 文正 俊賢 信宏 家銘 世豪 育成 哲瑋 柏宇 子睿 "
    "宇翔 品睿 承翰 宥辰 睿恩 立群 昱霖 凱文 政勳 世昌 耀宗 茂林 添丁 水木 清標 德福 火旺 坤山 "
    "金水 萬來 春生 明德 國榮 建志 志偉 俊男 家瑋 政達 冠霖 宏仁 聖傑 偉倫 仲凱 浩然 啟明 智凱 "
    "柏均 紹文 彥均 廷宇 祐誠 書豪 嘉豪 瑞祥 裕民 建良 政宏 宗憲 士賢 國棟 家興 允中 崇德 秉宏 "
    "致遠 正宏 耀明 展榮 昆霖 振宇 彥霖 俊毅 承諺 宇恩 沛辰 翊凱 奕辰 睿哲 品安 阿財 "
    "朝宗 順發 金城 文龍 銘傳 旭東 勝雄 英傑 清水 有福 東昇 建成 俊良 泓毅 子軒"
)
_GIVEN1_F = list("瑜婷萍芳娟玲慧涵雯琪茵嵐薇蓉妤")
_GIVEN1_M = list("偉傑豪翔誠斌勇強剛明輝峰宏凱霖")

# Indigenous names: (romanised, Han transliteration, sex) and family/father names.
_IND_GIVEN = [
    ("Walis", "瓦歷斯", "M"), ("Yuma", "尤瑪", "F"), ("Pasang", "巴尚", "M"),
    ("Sayun", "莎韻", "F"), ("Panay", "巴奈", "F"), ("Kolas", "谷拉斯", "M"),
    ("Dakis", "達基斯", "M"), ("Ibay", "伊拜", "F"), ("Ciwang", "姬望", "F"),
    ("Umav", "烏瑪芙", "F"), ("Biung", "比令", "M"), ("Mayaw", "馬耀", "M"),
    ("Kacaw", "卡照", "M"), ("Dahu", "達虎", "M"), ("Temu", "鐵木", "M"),
    ("Afas", "阿法絲", "F"), ("Ising", "依絆", "F"), ("Haisul", "海樹兒", "M"),
    ("Namoh", "那莫", "M"), ("Pilay", "碧菈", "F"), ("Ofad", "烏法", "M"),
    ("Sawmah", "紹瑪", "F"), ("Nakaw", "那高", "M"), ("Payen", "巴音", "M"),
    ("Tali", "達利", "M"), ("Abu", "阿布", "F"), ("Kumu", "古木", "F"),
    ("Lahok", "拉赫", "M"), ("Ubay", "烏拜", "F"), ("Tanah", "達娜", "F"),
]  # fmt: skip
_IND_FAMILY = [
    ("Nokan", "諾幹"), ("Taru", "達陸"), ("Takun", "達袞"), ("Watan", "瓦旦"), ("Losin", "洛信"),
    ("Yapit", "亞比"), ("Istanda", "伊斯坦大"), ("Tanapima", "達那比馬"), ("Lupe", "魯碧"),
    ("Kawlo", "高露"), ("Mulu", "母路"), ("Tahai", "達海"), ("Sapud", "撒布"), ("Buya", "布亞"),
    ("Nawi", "那威"), ("Batu", "巴杜"), ("Kaciw", "卡久"), ("Sinlok", "辛洛"),
    ("Palalavi", "巴拉拉菲"), ("Pusu", "布蘇"), ("Lifok", "力伏"), ("Hayung", "哈勇"),
]  # fmt: skip
_IND_TRIBES = ["阿美", "泰雅", "排灣", "布農", "太魯閣", "卑南", "魯凱", "賽德克", "達悟", "鄒"]

# Foreign residents: Vietnamese (with Han readings), Indonesian, Filipino, Thai.
_VN_SURNAMES = [
    ("Nguyen", "Nguyễn", "阮"), ("Tran", "Trần", "陳"), ("Le", "Lê", "黎"), ("Pham", "Phạm", "范"),
    ("Hoang", "Hoàng", "黃"), ("Vu", "Vũ", "武"), ("Dang", "Đặng", "鄧"), ("Bui", "Bùi", "裴"),
    ("Do", "Đỗ", "杜"), ("Ho", "Hồ", "胡"), ("Ngo", "Ngô", "吳"), ("Duong", "Dương", "楊"),
]  # fmt: skip
_VN_GIVEN_F = [
    ("Phuong", "Phương", "芳"), ("Hoa", "Hoa", "花"), ("Lan", "Lan", "蘭"), ("Mai", "Mai", "梅"),
    ("Thu", "Thu", "秋"), ("Hang", "Hằng", "姮"), ("Huong", "Hương", "香"), ("Linh", "Linh", "玲"),
    ("Trang", "Trang", "妝"), ("Ngoc", "Ngọc", "玉"), ("Nhung", "Nhung", "絨"),
    ("Yen", "Yến", "燕"),
]  # fmt: skip
_VN_GIVEN_M = [
    ("Hung", "Hùng", "雄"), ("Nam", "Nam", "南"), ("Tuan", "Tuấn", "俊"), ("Dung", "Dũng", "勇"),
    ("Minh", "Minh", "明"), ("Long", "Long", "龍"), ("Son", "Sơn", "山"), ("Hai", "Hải", "海"),
    ("Thanh", "Thanh", "清"), ("Binh", "Bình", "平"), ("Quang", "Quang", "光"),
]  # fmt: skip
_ID_GIVEN_F = [
    ("Siti", "西蒂"), ("Sri", "詩麗"), ("Dewi", "黛薇"), ("Nur", "努兒"), ("Rina", "麗娜"),
    ("Yuli", "尤莉"), ("Indah", "茵達"), ("Fitri", "菲特莉"), ("Eka", "艾卡"),
]  # fmt: skip
_ID_FAMILY_F = [
    ("Aminah", "阿米娜"), ("Wahyuni", "瓦尤妮"), ("Lestari", "蕾斯塔莉"), ("Rahayu", "拉哈尤"),
    ("Susanti", "蘇珊蒂"), ("Handayani", "韓達雅妮"), ("Kurniasih", "庫妮亞西"),
    ("Hidayah", "希達雅"),
]  # fmt: skip
_ID_GIVEN_M = [
    ("Agus", "阿古斯"),
    ("Budi", "布迪"),
    ("Eko", "艾科"),
    ("Joko", "佐科"),
    ("Slamet", "史拉梅"),
    ("Rudi", "魯迪"),
    ("Dedi", "德迪"),
]
_ID_FAMILY_M = [
    ("Santoso", "山多索"),
    ("Prasetyo", "普拉塞托"),
    ("Setiawan", "塞蒂亞萬"),
    ("Hidayat", "希達雅特"),
    ("Saputra", "薩普特拉"),
    ("Kurniawan", "庫尼亞萬"),
]
_ID_SINGLE = ["Suwarni", "Sumiati", "Karsini", "Tarmi", "Sulastri", "Painem", "Warsini"]
_PH_GIVEN_F = [
    "Maria",
    "Jennifer",
    "Rowena",
    "Marites",
    "Jocelyn",
    "Analyn",
    "Lorna",
    "Grace",
    "Rosalie",
    "Cristina",
    "Mary Joy",
    "Ma. Theresa",
]
_PH_GIVEN_M = ["Mark Anthony", "John Paul", "Jose", "Ramon", "Rodel", "Jerome", "Arnel", "Ricky"]
_PH_FAMILY = [
    "Santos",
    "Reyes",
    "Cruz",
    "Dela Cruz",
    "Bautista",
    "Garcia",
    "Mendoza",
    "Villanueva",
    "Ramos",
    "Aquino",
    "Castillo",
    "Flores",
    "Manalo",
]
_TH_GIVEN_M = [
    ("Somchai", "頌猜"),
    ("Sompong", "宋蓬"),
    ("Niran", "尼蘭"),
    ("Prasert", "巴錫"),
    ("Anan", "阿南"),
    ("Wichai", "威猜"),
]
_TH_GIVEN_F = [
    ("Malee", "瑪莉"),
    ("Siriporn", "詩麗蓬"),
    ("Nanthana", "南塔娜"),
    ("Kanya", "甘雅"),
    ("Ratana", "拉塔娜"),
    ("Wanida", "婉妮達"),
]
_TH_FAMILY = [
    ("Srisuk", "西蘇"),
    ("Boonmee", "本米"),
    ("Kaewsai", "蓋賽"),
    ("Thongdee", "通迪"),
    ("Saelim", "賽林"),
    ("Phromma", "蓬瑪"),
    ("Suwannarat", "蘇萬納拉"),
]

_NATIONS = ["越南", "印尼", "菲律賓", "泰國"]

_STATUTES: dict[str, list[str]] = {
    "traffic": ["道路交通管理處罰條例第56條第1項", "道路交通安全規則第94條第3項",
                "道路交通管理處罰條例第35條", "道路交通管理處罰條例第48條"],
    "lost": ["遺失物拾得招領辦法第3條", "民法第803條"],
    "fraud": ["刑法第339條之4", "刑法第339條"],
    "theft": ["刑法第320條", "刑法第321條"],
    "noise": ["噪音管制法第9條", "噪音管制法第6條", "社會秩序維護法第72條"],
    "social": ["社會救助法第5條之3", "老人福利法第41條", "身心障礙者權益保障法第75條",
               "兒童及少年福利與權益保障法第53條", "社會救助法第21條"],
    "mediation": ["鄉鎮市調解條例第26條", "鄉鎮市調解條例第27條"],
    "civil": ["民法第184條第1項", "民法第191條之2", "民法第793條"],
    "public": ["廢棄物清理法第27條", "市區道路條例第9條", "公寓大廈管理條例第16條"],
}  # fmt: skip


@dataclass(frozen=True)
class _Person:
    name: str
    sex: str  # "M" / "F"
    kind: str  # "han" / "indigenous" / "foreign"
    nation: str = ""


def _han_surname(rng: random.Random) -> str:
    if rng.random() < 0.55:
        return rng.choice(_SURNAMES_COMMON)
    return rng.choice(_SURNAMES)


def _han_person(rng: random.Random, sex: str | None = None) -> _Person:
    sex = sex or rng.choice("MF")
    r = rng.random()
    surname = rng.choice(_COMPOUND) if r < 0.07 else _han_surname(rng)
    if rng.random() < 0.07:
        given = rng.choice(_GIVEN1_M if sex == "M" else _GIVEN1_F)
    else:
        given = rng.choice(_GIVEN_M if sex == "M" else _GIVEN_F)
    if sex == "F" and r > 0.9:  # 冠夫姓: husband's surname, own surname, given name
        husband = _han_surname(rng)
        own = _han_surname(rng)
        if husband != own:
            return _Person(husband + own + rng.choice(_GIVEN_F), "F", "han")
    return _Person(surname + given, sex, "han")


def _indigenous_person(rng: random.Random, sex: str | None = None) -> _Person:
    choices = [g for g in _IND_GIVEN if sex is None or g[2] == sex]
    rom, han, s = rng.choice(choices)
    frm, fhan = rng.choice(_IND_FAMILY)
    form = rng.random()
    if form < 0.35:
        name = f"{han}‧{fhan}"
    elif form < 0.5:
        name = f"{han}·{fhan}"
    elif form < 0.75:
        name = f"{rom}‧{frm}"
    elif form < 0.9:
        name = f"{rom} {frm}"
    else:
        name = f"{rom}·{frm}"
    return _Person(name, s, "indigenous")


def _foreign_person(rng: random.Random, sex: str | None = None, nation: str = "") -> _Person:
    sex = sex or rng.choice("MF")
    nation = nation or rng.choice(_NATIONS)
    form = rng.random()
    if nation == "越南":
        sur = rng.choice(_VN_SURNAMES)
        giv = rng.choice(_VN_GIVEN_F if sex == "F" else _VN_GIVEN_M)
        mid = (
            ("Thi", "Thị", "氏")
            if sex == "F"
            else rng.choice([("Van", "Văn", "文"), ("Duc", "Đức", "德")])
        )
        if form < 0.4:
            name = sur[2] + mid[2] + giv[2]
        elif form < 0.7:
            name = f"{sur[0]} {mid[0]} {giv[0]}".upper()
        elif form < 0.85:
            name = f"{sur[0]} {mid[0]} {giv[0]}"
        else:
            name = f"{sur[1]} {mid[1]} {giv[1]}"
    elif nation == "印尼":
        if form < 0.2:
            name = rng.choice(_ID_SINGLE) if sex == "F" else rng.choice(_ID_GIVEN_M)[0]
        else:
            g = rng.choice(_ID_GIVEN_F if sex == "F" else _ID_GIVEN_M)
            f = rng.choice(_ID_FAMILY_F if sex == "F" else _ID_FAMILY_M)
            if form < 0.45:
                name = f"{g[1]}·{f[1]}"
            elif form < 0.7:
                name = f"{g[0]} {f[0]}".upper()
            else:
                name = f"{g[0]} {f[0]}"
    elif nation == "菲律賓":
        g = rng.choice(_PH_GIVEN_F if sex == "F" else _PH_GIVEN_M)
        f = rng.choice(_PH_FAMILY)
        if form < 0.2:
            name = f"{f.upper()}, {g.upper()}"
        elif form < 0.45:
            name = f"{g} {f}".upper()
        else:
            name = f"{g} {f}"
    else:
        g = rng.choice(_TH_GIVEN_F if sex == "F" else _TH_GIVEN_M)
        f = rng.choice(_TH_FAMILY)
        if form < 0.35:
            name = f"{g[1]}·{f[1]}"
        elif form < 0.6:
            name = f"{g[0]} {f[0]}".upper()
        else:
            name = f"{g[0]} {f[0]}"
    return _Person(name, sex, "foreign", nation)


def _fresh_person(rng: random.Random, kind: str, sex: str | None = None, nation: str = ""):
    if kind == "indigenous":
        return _indigenous_person(rng, sex)
    if kind == "foreign":
        return _foreign_person(rng, sex, nation)
    return _han_person(rng, sex)


def _pick_kind(rng: random.Random) -> str:
    r = rng.random()
    return "han" if r < 0.86 else ("indigenous" if r < 0.93 else "foreign")


# --------------------------------------------------------------------------------------------
# Structured values
# --------------------------------------------------------------------------------------------


def _fullwidth(s: str) -> str:
    out = []
    for ch in s:
        if "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        elif ch == " ":
            out.append("\u3000")
        else:
            out.append(ch)
    return "".join(out)


def _digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


_CN_DIGITS = "〇一二三四五六七八九"


def _cn_number(k: int) -> str:
    """Chinese numerals for 1..99 (十, 二十三...)."""
    if k < 10:
        return _CN_DIGITS[k]
    tens, units = divmod(k, 10)
    head = "十" if tens == 1 else _CN_DIGITS[tens] + "十"
    return head + (_CN_DIGITS[units] if units else "")


_CITIES: dict[str, list[tuple[str, str]]] = {
    "臺北市": [("中正區", "100"), ("大同區", "103"), ("中山區", "104"), ("松山區", "105"),
              ("大安區", "106"), ("萬華區", "108"), ("信義區", "110"), ("士林區", "111"),
              ("北投區", "112"), ("內湖區", "114"), ("南港區", "115"), ("文山區", "116")],
    "新北市": [("板橋區", "220"), ("三重區", "241"), ("中和區", "235"), ("永和區", "234"),
              ("新莊區", "242"), ("新店區", "231"), ("土城區", "236"), ("蘆洲區", "247"),
              ("汐止區", "221"), ("樹林區", "238"), ("淡水區", "251"), ("三峽區", "237")],
    "桃園市": [("桃園區", "330"), ("中壢區", "320"), ("平鎮區", "324"), ("八德區", "334"),
              ("龜山區", "333"), ("楊梅區", "326")],
    "臺中市": [("西屯區", "407"), ("北屯區", "406"), ("南屯區", "408"), ("大里區", "412"),
              ("太平區", "411"), ("豐原區", "420"), ("沙鹿區", "433")],
    "臺南市": [("東區", "701"), ("永康區", "710"), ("安平區", "708"), ("新營區", "730"),
              ("北區", "704")],
    "高雄市": [("三民區", "807"), ("苓雅區", "802"), ("鳳山區", "830"), ("左營區", "813"),
              ("前鎮區", "806"), ("楠梓區", "811"), ("岡山區", "820")],
    "基隆市": [("仁愛區", "200"), ("七堵區", "206")],
    "新竹市": [("東區", "300"), ("北區", "300")],
    "新竹縣": [("竹北市", "302"), ("竹東鎮", "310"), ("湖口鄉", "303")],
    "苗栗縣": [("苗栗市", "360"), ("頭份市", "351"), ("竹南鎮", "350")],
    "彰化縣": [("彰化市", "500"), ("員林市", "510"), ("鹿港鎮", "505"), ("和美鎮", "508")],
    "南投縣": [("南投市", "540"), ("埔里鎮", "545"), ("草屯鎮", "542"), ("仁愛鄉", "546")],
    "雲林縣": [("斗六市", "640"), ("虎尾鎮", "632"), ("北港鎮", "651")],
    "嘉義縣": [("太保市", "612"), ("民雄鄉", "621"), ("朴子市", "613")],
    "屏東縣": [("屏東市", "900"), ("潮州鎮", "920"), ("東港鎮", "928"), ("三地門鄉", "901")],
    "宜蘭縣": [("宜蘭市", "260"), ("羅東鎮", "265"), ("礁溪鄉", "262")],
    "花蓮縣": [("花蓮市", "970"), ("吉安鄉", "973"), ("秀林鄉", "972")],
    "臺東縣": [("臺東市", "950"), ("卑南鄉", "954")],
    "澎湖縣": [("馬公市", "880")],
    "金門縣": [("金城鎮", "893")],
}  # fmt: skip
_VILLAGES = _words(
    "仁愛 福德 中興 忠孝 光明 新生 永安 和平 文化 長春 "
    "復興 大同 興隆 東興 西門 南興 北勢 新莊 頂埔 三和"
)
_ROADS = _words(
    "中正路 中山路 民生路 民權路 民族路 復興路 建國路 和平東路 忠孝東路 信義路 仁愛路 光復路 "
    "成功路 自由路 文化路 大同路 中華路 永福街 福德街 民有街 五福路 四維路 三民路 公園路 育英街 "
    "長春路 新生南路 重慶北路 環河南路 博愛路 大學路 自強街 興隆路 景美街 林森北路 崇德路 "
    "忠明南路 青海路 南京東路 延平北路"
)
_SECTION_ROADS = {
    "和平東路",
    "忠孝東路",
    "信義路",
    "仁愛路",
    "南京東路",
    "新生南路",
    "重慶北路",
    "延平北路",
    "環河南路",
    "林森北路",
    "忠明南路",
    "中山路",
    "中正路",
}

_EMAIL_SURNAMES = _words(
    "chen lin huang chang lee wang wu liu tsai yang hsu cheng hsieh hung kuo chiu tseng liao lai "
    "chou yeh su chuang lu chiang ho hsiao lo kao pan chien chu chung yu peng hu shih shen"
)
_EMAIL_GIVEN = _words(
    "meiling yating ichun shufen chihao chienhung chunchieh amy kevin jessica vivian eric jason "
    "tina peggy sandy jimmy wendy yuting weilun jiahao hsinyi peiyu allen cindy"
)
_EMAIL_DOMAINS = ["gmail.com"] * 5 + [
    "yahoo.com.tw", "yahoo.com.tw", "hotmail.com", "outlook.com", "msa.hinet.net",
    "ms15.hinet.net", "ms27.hinet.net", "icloud.com", "pchome.com.tw", "livemail.tw",
]  # fmt: skip
_EMAIL_FOREIGN_DOMAINS = [
    "gmail.com",
    "gmail.com",
    "yahoo.com",
    "yahoo.co.id",
    "yahoo.com.vn",
    "hotmail.com",
    "outlook.com",
]

_AREAS = [  # (area code, local length, allowed first local digits)
    ("02", 8, "235678"), ("03", 7, "34589"), ("037", 6, "2345678"), ("04", 8, "2"),
    ("04", 7, "78"), ("049", 7, "2"), ("05", 7, "235"), ("06", 7, "2569"), ("07", 7, "2345678"),
    ("08", 7, "78"), ("089", 6, "23"), ("082", 6, "3"), ("0836", 5, "2"),
]  # fmt: skip


# --------------------------------------------------------------------------------------------
# Generation context
# --------------------------------------------------------------------------------------------


class _Ctx:
    def __init__(self, rng: random.Random, pool: list[_Person], known: set[str]):
        self.r = rng
        self.pool = pool
        self.known = known
        self.by_kind: dict[tuple[str, str], list[_Person]] = {}
        for p in pool:
            self.by_kind.setdefault((p.kind, p.sex), []).append(p)
            self.by_kind.setdefault((p.kind, ""), []).append(p)
            if p.kind == "foreign":
                self.by_kind.setdefault((p.nation, ""), []).append(p)

    # ---- choices
    def ch(self, seq):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def colon(self) -> str:
        return self.ch(["：", "：", "：", ":", ": ", "　"])

    def w(self, s: str, p: float = FULLWIDTH_SHARE) -> str:
        """Maybe turn a structured value into full-width forms."""
        return _fullwidth(s) if self.r.random() < p else s

    # ---- persons
    def person(self, kind: str | None = None, sex: str | None = None, nation: str = "") -> _Person:
        kind = kind or _pick_kind(self.r)
        if self.r.random() < KNOWN_SHARE:
            key = (nation, "") if nation else (kind, sex or "")
            cands = self.by_kind.get(key, [])
            if cands:
                return self.ch(cands)
        for _ in range(100):
            p = _fresh_person(self.r, kind, sex, nation)
            if p.name not in self.known:
                return p
        raise AssertionError("could not draw an unknown name")

    def hon(self, p: _Person) -> str:
        if p.kind == "foreign":
            return self.ch(["", "", "女士" if p.sex == "F" else "先生"])
        if p.sex == "M":
            return self.ch(["先生", "先生", "君", ""])
        return self.ch(["小姐", "女士", "女士", ""])

    def sex_word(self, p: _Person) -> str:
        return "男" if p.sex == "M" else "女"

    # ---- identifiers
    def twid(self, p: _Person | None = None) -> str:
        letter = self.ch("ABCDEFGHJKMNPQTUVWXZ" if self.chance(0.95) else "IOY")
        sex = "1" if p is None or p.sex == "M" else "2"
        body = sex + _digits(self.r, 7)
        value = letter + body + id_check_digit(letter, body)
        assert twid.is_valid(value)
        r = self.r.random()
        if r < 0.05:
            value = value[0].lower() + value[1:]
        elif r < 0.09:
            value = value[0] + " " + value[1:]
        elif r < 0.11:
            value = f"{value[0]}-{value[1:4]}-{value[4:7]}-{value[7:]}"
        return self.w(value)

    def arc(self, p: _Person | None = None) -> str:
        letter = self.ch("ABCDEFGHJKMNPQTUVWXZ")
        if self.chance(0.6):
            second = "8" if p is None or p.sex == "M" else "9"
            body = second + _digits(self.r, 7)
            value = letter + body + id_check_digit(letter, body)
        else:
            second = (
                self.ch("ABCD")
                if p is None
                else ("AC" if p.sex == "M" else "BD")[self.r.randrange(2)]
            )
            body = str(LETTER_CODES[second] % 10) + _digits(self.r, 7)
            value = letter + second + body[1:] + id_check_digit(letter, body)
        assert arc.is_valid(value)
        return self.w(value)

    def nhi(self) -> str:
        digits = ("0000" if self.chance(0.7) else _digits(self.r, 4)) + _digits(self.r, 8)
        style = self.r.random()
        if style < 0.5:
            value = digits
        elif style < 0.8:
            value = f"{digits[:4]}-{digits[4:8]}-{digits[8:]}"
        else:
            value = f"{digits[:4]} {digits[4:8]} {digits[8:]}"
        return self.w(value)

    def passport(self, p: _Person | None) -> str:
        nation = p.nation if p is not None and p.kind == "foreign" else "臺灣"
        if nation == "越南":
            value = self.ch("CNB") + _digits(self.r, 7)
        elif nation == "印尼":
            value = self.ch("ABCX") + _digits(self.r, 7)
        elif nation == "菲律賓":
            value = "P" + _digits(self.r, 7) + self.ch("ABC")
        elif nation == "泰國":
            value = self.ch(["AA", "AB", "AC", "AD"]) + _digits(self.r, 7)
        else:
            value = "3" + _digits(self.r, 8)
        return self.w(value)

    def card(self) -> str:
        kind = self.r.random()
        if kind < 0.45:
            head, length = "4" + _digits(self.r, 5), 16
        elif kind < 0.7:
            head, length = "5" + self.ch("12345") + _digits(self.r, 4), 16
        elif kind < 0.85:
            head, length = "35" + str(self.r.randint(28, 89)) + _digits(self.r, 2), 16
        elif kind < 0.93:
            head, length = self.ch(["34", "37"]) + _digits(self.r, 4), 15
        else:
            head, length = "62" + _digits(self.r, 4), 16
        body = head + _digits(self.r, length - len(head) - 1)
        for d in "0123456789":
            if creditcard.luhn_ok(body + d):
                number = body + d
                break
        assert creditcard.is_valid(number)
        sep = self.ch([" ", " ", "-", "", "　"])
        if length == 15:
            groups = [number[:4], number[4:10], number[10:]]
        else:
            groups = [number[i : i + 4] for i in range(0, 16, 4)]
        value = sep.join(groups) if sep != "　" else " ".join(groups)
        return self.w(value)

    def _mobile_digits(self) -> str:
        for _ in range(200):
            d = "09" + _digits(self.r, 8)
            if phone.is_valid(d):
                return d
        raise AssertionError("no valid mobile drawn")

    def mobile(self) -> str:
        d = self._mobile_digits()
        a, b, c = d[:4], d[4:7], d[7:]
        styles = [
            (d, 6),
            (f"{a}-{b}-{c}", 8),
            (f"{a}-{b}{c}", 5),
            (f"{a} {b} {c}", 3),
            (f"{a}.{b}.{c}", 1),
            (f"({a}){b}-{c}", 1),
            (f"+886-{d[1:4]}-{b}-{c}", 2),
            (f"+886 {d[1:4]} {b} {c}", 2),
            (f"+886{d[1:]}", 1),
            (f"886-{d[1:4]}-{b}{c}", 1),
            (f"+886 (0){d[1:4]} {b} {c}", 1),
            (f"{a}-{b}-{c}", 2),
        ]
        value = self.r.choices([s for s, _ in styles], [w for _, w in styles])[0]
        assert phone.is_valid(value)
        return self.w(value)

    def landline(self, ext: float = 0.2) -> str:
        area, length, first = self.ch(_AREAS)
        local = ""
        for _ in range(60):
            local = self.ch(first) + _digits(self.r, length - 1)
            if phone.is_valid(area + local):
                break
        if length == 8:
            l1, l2 = local[:4], local[4:]
        elif length == 7:
            l1, l2 = local[:3], local[3:]
        elif length == 6:
            l1, l2 = (local[:2], local[2:]) if self.chance(0.5) else (local[:3], local[3:])
        else:
            l1, l2 = local[:1], local[1:]
        styles = [
            (f"({area}){l1}-{l2}", 6),
            (f"{area}-{local}", 6),
            (f"{area}-{l1}-{l2}", 4),
            (f"({area}) {l1} {l2}", 2),
            (f"{area} {l1} {l2}", 1),
            (f"({area}){local}", 2),
            (f"+886-{area[1:]}-{l1}-{l2}", 1),
            (f"+886 {area[1:]} {local}", 1),
            (area + local, 1),
        ]
        value = self.r.choices([s for s, _ in styles], [w for _, w in styles])[0]
        if self.chance(ext):
            e = str(self.r.randint(1, 9999)) if self.chance(0.8) else _digits(self.r, 2)
            value += (
                self.ch(["分機", " 分機 ", "#", " #", " ext. ", " ext.", "轉", " 轉", " x"]) + e
            )
        assert phone.is_valid(value) or phone.is_plausible(value)
        return self.w(value)

    def phone(self) -> str:
        return self.mobile() if self.chance(0.65) else self.landline()

    def email(self, p: _Person | None = None) -> str:
        if p is not None and p.kind == "foreign":
            base = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", p.name.lower()))
            base = base[: self.r.randint(5, 12)] or "user"
            local = base + self.ch(
                ["", str(self.r.randint(1, 99)), str(self.r.randint(1980, 2004))]
            )
            domain = self.ch(_EMAIL_FOREIGN_DOMAINS)
        else:
            s, g = self.ch(_EMAIL_SURNAMES), self.ch(_EMAIL_GIVEN)
            n = self.ch(
                [
                    "",
                    str(self.r.randint(1, 99)),
                    str(self.r.randint(1950, 2008)),
                    f"{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}",
                ]
            )
            local = self.ch(
                [
                    f"{g}.{s}{n}",
                    f"{s}{g}{n}",
                    f"{g}_{s}",
                    f"{s}.{g[0]}{n}",
                    f"{g}{n}",
                    f"{s}{n}{g[:2]}",
                ]
            )
            domain = self.ch(_EMAIL_DOMAINS)
        if not re.search(r"[a-z]", local):
            local = "tw" + local
        value = f"{local}@{domain}"
        if self.chance(0.05):
            value = value[0].upper() + value[1:]
        return self.w(value, FULLWIDTH_SHARE / 2)

    def address(self, city: str | None = None) -> str:
        city = city or self.ch(list(_CITIES))
        district, zipc = self.ch(_CITIES[city])
        parts = []
        if self.chance(0.25):
            parts.append(zipc + ("" if self.chance(0.6) else _digits(self.r, 2)))
        name_city = city.replace("臺", "台") if self.chance(0.25) else city
        parts += [name_city, district]
        rural = district.endswith("鄉")
        if self.chance(0.3) or rural:
            parts.append(self.ch(_VILLAGES) + ("村" if rural else "里"))
            if self.chance(0.6):
                parts.append(f"{self.r.randint(1, 30)}鄰")
        road = self.ch(_ROADS)
        parts.append(road)
        if road in _SECTION_ROADS and self.chance(0.6):
            parts.append(self.ch("一二三四五") + "段")
        if self.chance(0.55):
            parts.append(f"{self.r.randint(1, 400)}巷")
            if self.chance(0.35):
                parts.append(f"{self.r.randint(1, 40)}弄")
        num = str(self.r.randint(1, 300))
        r = self.r.random()
        if r < 0.12:
            parts.append(f"{num}之{self.r.randint(1, 9)}號")
        else:
            parts.append(f"{num}號")
        r = self.r.random()
        if r < 0.25:
            parts.append(f"{self.r.randint(2, 15)}樓")
        elif r < 0.35:
            parts.append(f"{_cn_number(self.r.randint(2, 12))}樓")
        elif r < 0.45:
            parts.append(f"{self.r.randint(2, 15)}樓之{self.r.randint(1, 9)}")
        elif r < 0.5:
            parts.append(f"之{self.r.randint(1, 9)}")
        elif r < 0.55:
            parts.append(f"{self.r.randint(2, 15)}樓{self.r.randint(1, 20)}室")
        return self.w("".join(parts))

    def birth(self, p: _Person | None = None) -> tuple[str, int]:
        y = self.r.randint(1938, 2006)
        m, d = self.r.randint(1, 12), self.r.randint(1, 28)
        roc = y - 1911
        foreign = p is not None and p.kind == "foreign"
        styles = [
            (f"民國{roc}年{m}月{d}日", 5),
            (f"{roc}年{m}月{d}日", 6),
            (f"{roc:03d}/{m:02d}/{d:02d}", 3),
            (f"{roc}/{m:02d}/{d:02d}", 3),
            (f"{roc}.{m}.{d}", 2),
            (f"{roc}.{m:02d}.{d:02d}", 2),
            (f"{roc:03d}{m:02d}{d:02d}", 2),
            (f"{y}/{m:02d}/{d:02d}", 4 + 6 * foreign),
            (f"{y}-{m:02d}-{d:02d}", 3 + 4 * foreign),
            (f"{y}年{m}月{d}日", 3),
            (f"{y}.{m:02d}.{d:02d}", 1),
            (f"民國{_cn_number(roc)}年{_cn_number(m)}月{_cn_number(d)}日", 1),
            (f"{d:02d}/{m:02d}/{y}", 8 * foreign),
            (f"{y}{m:02d}{d:02d}", 1),
        ]
        if roc >= 100:
            styles = [s for s in styles if not s[0].startswith("民國") or s[0][2].isdigit()]
        value = self.r.choices([s for s, _ in styles], [w for _, w in styles])[0]
        return self.w(value), y

    # ---- look-alikes (public or not personal)
    def ban(self) -> str:
        while True:
            v = self.ch("123456789") + _digits(self.r, 7)
            if ban.is_valid(v):
                return v

    def docno(self) -> str:
        prefix = self.ch(
            [
                "府授工",
                "北市警中正一分刑",
                "新北府社助",
                "高市府交停",
                "中市警六分偵",
                "院臺經",
                "桃市調",
                "府授社救",
                "北市民調",
                "竹縣府民",
                "新北警板刑",
                "北市社老",
                "府授交",
                "南市警永偵",
                "雲府社助",
                "花府警交",
            ]
        )
        roc = self.r.randint(110, 114)
        return f"{prefix}字第{roc}{_digits(self.r, 7)}號"

    def roc_date(self) -> str:
        roc, m, d = self.r.randint(110, 114), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.w(
            self.ch(
                [
                    f"{roc}年{m}月{d}日",
                    f"民國{roc}年{m}月{d}日",
                    f"{roc}/{m:02d}/{d:02d}",
                    f"{roc + 1911}/{m:02d}/{d:02d}",
                    f"{roc + 1911}-{m:02d}-{d:02d}",
                    f"{roc}.{m:02d}.{d:02d}",
                    f"{roc}年{m}月{d}日",
                ]
            )
        )

    def short_date(self) -> str:
        return f"{self.r.randint(1, 12)}月{self.r.randint(1, 28)}日"

    def time(self) -> str:
        h, mi = self.r.randint(0, 23), self.ch([0, 5, 10, 15, 20, 30, 40, 45, 50])
        return self.ch([f"{h:02d}:{mi:02d}", f"{h}時{mi}分", f"{h}時", f"{h:02d}{mi:02d}時"])

    def caseno(self) -> str:
        roc, m, d = self.r.randint(110, 114), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.ch(
            [
                f"{roc}{m:02d}{d:02d}{_digits(self.r, 5)}",
                f"{roc}-{m:02d}{d:02d}-{_digits(self.r, 3)}",
                f"AR{roc}{m:02d}{d:02d}{_digits(self.r, 4)}",
                f"{roc}{_digits(self.r, 9)}",
                f"ECM-{roc}-{m:02d}-{_digits(self.r, 5)}",
                f"{roc}-{_digits(self.r, 6)}",
                f"{self.ch('ABKQ')}{roc}{m:02d}{_digits(self.r, 4)}",
            ]
        )

    def invoice(self) -> str:
        letters = self.ch("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.ch("EFGHJKLMNPQRSTUVWXYZ")
        return letters + self.ch(["-", "", ""]) + _digits(self.r, 8)

    def amount(self) -> str:
        v = self.r.choice(
            [
                300,
                500,
                1200,
                1800,
                2500,
                3000,
                3600,
                6000,
                8500,
                12000,
                15000,
                20000,
                35000,
                48000,
                60000,
                120000,
                250000,
            ]
        )
        s = f"{v:,}"
        return self.ch(
            [
                f"新臺幣{s}元",
                f"{s}元",
                f"NT${s}",
                f"新台幣{v}元",
                f"{v // 10000}萬元" if v % 10000 == 0 else f"{s}元",
            ]
        )

    def statute(self, topic: str = "") -> str:
        return self.ch(_STATUTES.get(topic) or [x for v in _STATUTES.values() for x in v])

    def police_unit(self) -> str:
        return self.ch(
            [
                "臺北市政府警察局大安分局和平東路派出所",
                "新北市政府警察局板橋分局後埔派出所",
                "高雄市政府警察局三民第一分局鼎山派出所",
                "臺中市政府警察局第六分局西屯派出所",
                "桃園市政府警察局中壢分局中壢派出所",
                "臺南市政府警察局永康分局大灣派出所",
                "彰化縣警察局員林分局員林派出所",
                "花蓮縣警察局吉安分局南埔派出所",
                "新北市政府警察局三重分局光明派出所",
                "臺北市政府警察局信義分局三張犁派出所",
            ]
        )

    def agency(self) -> str:
        return self.ch(
            [
                "環保局",
                "工務局",
                "交通局",
                "社會局",
                "衛生局",
                "建設處",
                "養護工程處",
                "公園路燈工程管理處",
                "區公所",
                "消保官",
                "動物保護處",
                "勞動局",
            ]
        )

    def place(self) -> str:
        return self.ch(
            [
                "大安森林公園",
                "中正紀念堂",
                "林口長庚醫院前",
                "高雄捷運美麗島站",
                "信義路與松仁路口",
                "中山路與民權路口",
                "板橋車站",
                "石門水庫",
                "黃昏市場",
                "蘇花公路",
                "江子翠站",
                "曾文水庫",
                "王功漁港",
                "洪雅書房",
                "何嘉仁書店",
                "周家村社區",
                "林務局羅東林區管理處",
                "高速公路五股交流道",
                "中華路一段與成都路口",
                "三民公園",
                "文化中心",
                "陳家祠",
                "葉石濤文學紀念館",
                "張家古厝",
            ]
        )

    def shop(self) -> str:
        return self.ch(
            [
                "全聯福利中心",
                "7-ELEVEN",
                "全家便利商店",
                "王品牛排",
                "陳記豆花",
                "林家麵館",
                "黃家滷味",
                "老王牛肉麵店",
                "李記燒臘",
                "吳家豆漿",
                "鼎泰豐",
                "屈臣氏",
                "康是美",
                "燦坤3C",
                "寶雅",
                "家樂福",
                "好市多",
                "張家早餐店",
                "阿宗麵線",
                "林東芳牛肉麵",
            ]
        )

    def company(self) -> str:
        return self.ch(
            [
                "宏大人力仲介有限公司",
                "福安國際人力資源管理顧問有限公司",
                "全勝保全股份有限公司",
                "大成清潔工程行",
                "永豐營造股份有限公司",
                "林記水電行",
                "新光保全股份有限公司",
                "陳氏企業社",
                "黃金交通有限公司",
                "大同電信工程股份有限公司",
            ]
        )

    def product(self) -> str:
        return self.ch(
            [
                "王子麵",
                "黃金葛盆栽",
                "白蘭氏雞精",
                "李錦記蠔油",
                "義美小泡芙",
                "張君雅小妹妹點心麵",
                "大同電鍋",
                "林鳳營鮮乳",
                "孔雀餅乾",
                "乖乖",
                "曾拌麵",
                "阿Q桶麵",
            ]
        )

    def library(self) -> str:
        return self.ch(
            [
                "臺北市立圖書館永春分館",
                "新北市立圖書館板橋四維分館",
                "臺中市立圖書館西屯分館",
                "高雄市立圖書館三民分館",
                "桃園市立圖書館中壢分館",
                "國立臺灣圖書館",
                "臺南市立圖書館永康分館",
                "花蓮縣文化局圖書館",
            ]
        )

    def township(self) -> str:
        return self.ch(
            [
                "臺北市大安區",
                "新北市中和區",
                "桃園市八德區",
                "臺中市大里區",
                "彰化縣員林市",
                "南投縣埔里鎮",
                "屏東縣潮州鎮",
                "宜蘭縣羅東鎮",
                "臺南市永康區",
                "高雄市鳳山區",
                "花蓮縣吉安鄉",
            ]
        )

    def hospital(self) -> str:
        return self.ch(
            [
                "臺大醫院",
                "林口長庚醫院",
                "馬偕紀念醫院",
                "亞東醫院",
                "中國醫藥大學附設醫院",
                "高雄榮民總醫院",
                "奇美醫院",
                "彰化基督教醫院",
                "衛生福利部桃園醫院",
            ]
        )

    def officer_title(self) -> str:
        return self.ch(["警員", "警員", "巡佐", "副所長", "警務佐"])

    def bank(self) -> str:
        return self.ch(["國泰世華", "中國信託", "台新", "玉山", "第一銀行", "台北富邦", "聯邦"])


# --------------------------------------------------------------------------------------------
# Text builder
# --------------------------------------------------------------------------------------------


@dataclass
class _B:
    parts: list[str] = field(default_factory=list)
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    n: int = 0

    def t(self, s: str) -> _B:
        self.parts.append(s)
        self.n += len(s)
        return self

    def v(self, label: str, s: str) -> _B:
        start = self.n
        self.t(s)
        self.spans.append((start, self.n, label))
        return self

    def p(self, person: _Person) -> _B:
        return self.v("PERSON", person.name)

    def text(self) -> str:
        return "".join(self.parts)


def _ident(c: _Ctx, b: _B, p: _Person, label_words: bool = True) -> None:
    """Write the right identifier for a person (ID for citizens, ARC/passport for foreigners)."""
    if p.kind == "foreign":
        if c.chance(0.75):
            b.t(c.ch(["居留證號", "統一證號", "居留證統一證號", "外僑居留證號"]) + c.colon())
            b.v("TW_RESIDENT_CERT", c.arc(p))
        else:
            b.t(c.ch(["護照號碼", "護照號", "Passport No."]) + c.colon())
            b.v("PASSPORT", c.passport(p))
    else:
        b.t(
            c.ch(["身分證統一編號", "身分證字號", "身分證號", "國民身分證統一編號", "ID"])
            + c.colon()
        )
        b.v("TW_NATIONAL_ID", c.twid(p))


# --------------------------------------------------------------------------------------------
# Positive templates
# --------------------------------------------------------------------------------------------

_POLICE_CASES = ["遺失物品", "詐欺", "竊盜", "住宅竊盜", "機車失竊", "家庭糾紛", "妨害安寧", "侵占"]


def _police_summary(c: _Ctx, case: str) -> str:
    if case == "遺失物品":
        return (
            f"報案人稱於{c.place()}附近遺失黑色皮夾一只，內有現金約{c.amount()}及證件數張，"
            "已協助填寫遺失物報案單。"
        )
    if case == "詐欺":
        return (
            f"報案人接獲自稱{c.shop()}客服之電話，稱其誤設分期付款，依指示操作網路銀行轉帳"
            f"{c.amount()}，事後察覺有異到所報案。依{c.statute('fraud')}偵辦。"
        )
    if case in ("竊盜", "住宅竊盜"):
        return (
            f"報案人稱{c.short_date()}{c.time()}返家時發現門鎖遭破壞，失竊金飾及{c.product()}一批，"
            "已通知鑑識小組到場採證。"
        )
    if case == "機車失竊":
        return f"報案人之機車停放於{c.place()}旁遭竊，已輸入失竊車輛系統，案號{c.caseno()}。"
    if case == "家庭糾紛":
        return "雙方因家務細故發生口角，經員警到場勸導後情緒平復，已告知家庭暴力防治相關資源。"
    if case == "妨害安寧":
        return f"報案人反映樓上住戶深夜施工敲打，依{c.statute('noise')}勸導改善。"
    return f"報案人稱交付他人保管之物品遭侵占，價值約{c.amount()}，已製作筆錄。"


def _t_police_form(c: _Ctx) -> _B:
    b = _B()
    p = c.person()
    off = c.person(kind="han")
    case = c.ch(_POLICE_CASES)
    sep = c.colon()
    b.t(f"{c.police_unit()}受理各類案件紀錄表\n")
    b.t(f"受理時間{sep}{c.roc_date()} {c.time()}\n案類{sep}{case}\n")
    b.t(f"報案人{sep}").p(p)
    if c.chance(0.6):
        b.t(f"　性別{sep}{c.sex_word(p)}")
    b.t("\n")
    if c.chance(0.75):
        bd, _ = c.birth(p)
        b.t(c.ch(["出生日期", "出生年月日", "生日"]) + sep).v("BIRTH_DATE", bd).t("\n")
    if c.chance(0.85):
        _ident(c, b, p)
        b.t("\n")
    if c.chance(0.7):
        b.t(c.ch(["住址", "戶籍地址", "現住地址", "住居所"]) + sep).v("ADDRESS", c.address()).t(
            "\n"
        )
    if c.chance(0.85):
        if c.chance(0.5):
            b.t(c.ch(["行動電話", "手機"]) + sep).v("PHONE", c.mobile()).t("\n")
        else:
            b.t(c.ch(["聯絡電話", "電話"]) + sep).v("PHONE", c.phone()).t("\n")
    if case in ("遺失物品", "詐欺") and c.chance(0.5):
        b.t(f"遺失／被盜刷信用卡{sep}{c.bank()} ").v("CREDIT_CARD", c.card()).t("\n")
    if c.chance(0.2):
        b.t(f"健保卡號{sep}").v("TW_NHI_CARD", c.nhi()).t("\n")
    b.t(f"案情摘要{sep}{_police_summary(c, case)}\n")
    r = c.r.random()
    if r < 0.4:
        b.t(f"受理員警{sep}").p(off)
    elif r < 0.7:
        b.t(f"受理人　{c.officer_title()}　").p(off)
    else:
        b.t("值班：").p(off).t(c.officer_title())
    return b


def _t_police_lost(c: _Ctx) -> _B:
    b = _B()
    p = c.person(kind=c.ch(["han", "han", "han", "indigenous"]))
    off = c.person(kind="han")
    age = c.r.randint(19, 80)
    b.t(f"{c.roc_date()} {c.time()}，民眾").p(p)
    b.t(f"（{c.sex_word(p)}，{age}歲，")
    _ident(c, b, p)
    b.t(f"）至所報案稱：於{c.place()}遺失皮夾一只，內有身分證、健保卡")
    if c.chance(0.6):
        b.t("（卡號").v("TW_NHI_CARD", c.nhi()).t("）")
    b.t(f"及{c.bank()}信用卡")
    if c.chance(0.7):
        b.t("（卡號").v("CREDIT_CARD", c.card()).t("）")
    b.t("等物，已協助辦理掛失，並請其留下")
    b.t(c.ch(["手機", "行動電話", "聯絡電話"])).v("PHONE", c.mobile()).t("以利聯繫。")
    b.t(c.ch(["值班員警", "受理員警", "值班"])).p(off).t(f"受理，案號{c.caseno()}。")
    return b


def _t_police_fraud_notes(c: _Ctx) -> _B:
    b = _B()
    p = c.person()
    off = c.person(kind="han")
    bd, _ = c.birth(p)
    b.t(
        c.ch(["詐欺案 – 被害人 ", "【詐欺】被害人：", "＊詐騙案件＊ 被害人", "詐欺案件　被害人　"])
    ).p(p)
    b.t("，").v("BIRTH_DATE", bd).t(c.ch(["生", "出生", "生"]))
    b.t("，電話 ").v("PHONE", c.phone()).t("。\n")
    b.t(
        f"自稱接獲假冒{c.ch(['健保署', '地檢署', '銀行', '電商平台', '戶政事務所'])}人員來電，"
        f"依指示操作ATM轉帳{c.amount()}"
    )
    if c.chance(0.6):
        b.t("，並於對方提供之假網站輸入信用卡號 ").v("CREDIT_CARD", c.card())
    b.t("。\n")
    if c.chance(0.5):
        b.t("被害人電子郵件：").v("EMAIL", c.email(p)).t("（供後續通知）\n")
    b.t(f"已開立受理案件證明單（編號{c.caseno()}），告知165反詐騙諮詢專線。\n")
    b.t(c.ch(["承辦：", "承辦人 ", "受理："])).p(off)
    return b


def _t_police_foreign(c: _Ctx) -> _B:
    b = _B()
    nation = c.ch(_NATIONS)
    w = c.person(kind="foreign", nation=nation)
    boss = c.person(kind="han")
    b.t(f"{c.time()}，{nation}籍移工").p(w).t("（")
    b.t(c.ch(["居留證號", "統一證號"]) + c.colon()).v("TW_RESIDENT_CERT", c.arc(w))
    if c.chance(0.6):
        b.t("，護照號碼" + c.colon()).v("PASSPORT", c.passport(w))
    b.t("）由雇主").p(boss).t(c.ch(["先生", "", "女士"]) if boss.sex == "F" else c.ch(["先生", ""]))
    b.t(f"陪同到所，稱其放置於宿舍之手機及現金{c.amount()}遭竊。")
    b.t("雇主聯絡電話").v("PHONE", c.phone())
    if c.chance(0.7):
        b.t("，移工本人手機").v("PHONE", c.mobile())
    b.t("。")
    if c.chance(0.6):
        b.t(f"仲介公司為{c.company()}（統一編號{c.ban()}），已通知其派通譯協助。")
    if c.chance(0.4):
        bd, _ = c.birth(w)
        b.t("移工出生日期").v("BIRTH_DATE", bd).t("。")
    return b


def _t_police_table(c: _Ctx) -> _B:
    b = _B()
    sep = c.ch(["|", "｜", "\t", "  "])
    b.t(f"{c.police_unit()} 關係人一覽\n")
    b.t(sep.join(["編號", "姓名", "證號", "電話", "備註"]) + "\n")
    roles = ["報案人", "關係人", "目擊者", "被害人", "嫌疑人"]
    for i in range(c.r.randint(2, 4)):
        p = c.person()
        b.t(f"{i + 1}{sep}").p(p).t(sep)
        if p.kind == "foreign":
            b.v("TW_RESIDENT_CERT", c.arc(p))
        else:
            b.v("TW_NATIONAL_ID", c.twid(p))
        b.t(sep)
        if c.chance(0.85):
            b.v("PHONE", c.phone())
        else:
            b.t("不詳")
        b.t(f"{sep}{c.ch(roles)}\n")
    b.t(f"製表：{c.roc_date()}")
    return b


def _t_police_statement(c: _Ctx) -> _B:
    b = _B()
    p = c.person(kind="han")
    other = c.person()
    bd, _ = c.birth(p)
    b.t("問：你的姓名、出生年月日、身分證字號、住址？\n答：我叫").p(p)
    b.t("，").v("BIRTH_DATE", bd).t("出生，身分證").v("TW_NATIONAL_ID", c.twid(p))
    b.t("，住").v("ADDRESS", c.address()).t("。\n")
    b.t("問：你今日為何到所？\n答：我要告").p(other)
    b.t(f"，他去年跟我借{c.amount()}到現在都不還，還一直打我")
    b.t(c.ch(["手機", "電話"])).v("PHONE", c.mobile()).t("罵人，我受不了。\n")
    b.t("問：你有無證據？\n答：有，我手機裡有他傳的訊息")
    if c.chance(0.5):
        b.t("，他用的信箱是").v("EMAIL", c.email(other))
    b.t("。\n問：以上所述是否實在？\n答：實在。")
    return b


def _t_social_form(c: _Ctx) -> _B:
    b = _B()
    sep = c.colon()
    p = c.person(kind=c.ch(["han", "han", "han", "indigenous"]))
    carer = c.person()
    sw = c.person(kind="han")
    sup = c.person(kind="han")
    b.t(f"訪視日期{sep}{c.roc_date()}　訪視方式{sep}{c.ch(['家訪', '電訪', '家訪（複評）'])}\n")
    bd, y = c.birth(p)
    b.t(f"案主{sep}").p(p).t(f"（{c.sex_word(p)}，").v("BIRTH_DATE", bd).t("生）\n")
    if c.chance(0.8):
        b.t(c.ch(["身分證字號", "身分證號", "身分證統一編號"]) + sep)
        b.v("TW_NATIONAL_ID", c.twid(p)).t("\n")
    if c.chance(0.6):
        b.t(f"健保卡號{sep}").v("TW_NHI_CARD", c.nhi()).t("\n")
    addr = c.address()
    b.t(f"戶籍地址{sep}").v("ADDRESS", addr).t("\n")
    if c.chance(0.5):
        b.t(f"居住地址{sep}同戶籍地\n")
    else:
        b.t(f"居住地址{sep}").v("ADDRESS", c.address()).t("\n")
    if carer.sex == "M":
        rel = c.ch(["案子", "案孫", "鄰居", "案姪"] + (["案夫"] if p.sex == "F" else []))
    else:
        rel = c.ch(["案女", "案媳", "案孫女", "鄰居"] + (["案妻"] if p.sex == "M" else []))
    b.t(f"主要照顧者{sep}").p(carer).t(f"（{rel}），")
    b.t(c.ch(["手機", "電話", "聯絡電話"])).v("PHONE", c.phone()).t("\n")
    b.t(
        f"訪視摘要{sep}案主{2024 - y}歲，{c.ch(['獨居', '與案子同住', '與配偶同住'])}，"
        f"{c.ch(['行動需助行器', '患有糖尿病及高血壓', '領有身心障礙證明', '近期跌倒過一次'])}，"
        f"目前領取中低收入老人生活津貼每月{c.amount()}。今日到訪時案主精神尚可，"
        f"表示希望申請居家服務，社工將依{c.statute('social')}轉介長照中心評估。\n"
    )
    b.t(f"社工員{sep}").p(sw).t(f"　督導{sep}").p(sup)
    return b


def _t_social_narrative(c: _Ctx) -> _B:
    b = _B()
    sw = c.person(kind="han")
    p = c.person(kind=c.ch(["han", "han", "indigenous"]))
    kid = c.person(kind="han")
    b.t("本次由社工").p(sw).t("前往案家（").v("ADDRESS", c.address()).t("）訪視。")
    b.t("案主").p(p).t(c.ch(["", "女士" if p.sex == "F" else "先生"]))
    if p.kind == "indigenous":
        b.t(f"為{c.ch(_IND_TRIBES)}族，")
    b.t(f"{c.ch(['獨居於老舊平房', '與孫子同住', '獨居'])}，家中堆放大量回收物，環境衛生不佳。")
    b.t(c.ch(["案女", "案長子", "案次子", "案姪"])).p(kid)
    b.t(f"住{c.ch(list(_CITIES))}，聯絡電話").v("PHONE", c.phone())
    b.t("，表示每月會回來探視一次，但無力負擔看護費用。")
    if c.chance(0.5):
        b.t("案主提及健保卡遺失，經查卡號").v("TW_NHI_CARD", c.nhi()).t("，已協助至健保署補發。")
    if c.chance(0.4):
        b.t("案主身分證號").v("TW_NATIONAL_ID", c.twid(p)).t("，")
        b.t("生日").v("BIRTH_DATE", c.birth(p)[0]).t("。")
    b.t(
        f"後續將協助申請{c.ch(['急難救助', '中低收入戶資格', '居家服務', '送餐服務'])}，並轉介"
        f"{c.ch(['長照管理中心', '區公所', '衛生所', '社區關懷據點'])}。"
    )
    if c.chance(0.5):
        b.t("（紀錄：").p(sw).t(f" {c.roc_date()}）")
    return b


def _t_social_newimmigrant(c: _Ctx) -> _B:
    b = _B()
    nation = c.ch(["越南", "越南", "印尼", "菲律賓", "泰國"])
    mom = c.person(kind="foreign", sex="F", nation=nation)
    dad = c.person(kind="han", sex="M")
    child = c.person(kind="han")
    b.t("新住民家庭關懷訪視紀錄\n")
    b.t("案母：").p(mom).t(f"（{nation}籍，")
    if c.chance(0.7):
        b.t("居留證號 ").v("TW_RESIDENT_CERT", c.arc(mom))
    else:
        b.t("護照號碼 ").v("PASSPORT", c.passport(mom))
    b.t("）\n案父：").p(dad)
    if c.chance(0.6):
        b.t("（").v("TW_NATIONAL_ID", c.twid(dad)).t("）")
    b.t("\n")
    b.t("案童：").p(child).t("，").v("BIRTH_DATE", c.birth(child)[0]).t("生，就讀國小二年級\n")
    b.t("聯絡方式：案母手機 ").v("PHONE", c.mobile())
    if c.chance(0.6):
        b.t("；電子信箱 ").v("EMAIL", c.email(mom))
    b.t("\n")
    b.t(
        f"摘要：案母表示來臺{c.r.randint(3, 15)}年，中文聽說尚可、讀寫困難，案父從事臨時工，"
        f"收入不穩。本次協助案母報名{c.ch(['新住民識字班', '職業訓練', '親職講座'])}，並提供"
        f"{c.ch(['1955勞工諮詢', '新住民諮詢服務'])}資訊。"
    )
    return b


def _t_social_conference(c: _Ctx) -> _B:
    b = _B()
    members = [c.person(kind="han") for _ in range(c.r.randint(2, 4))]
    p = c.person()
    roles = ["社工督導", "社工員", "個管師", "護理師", "心理師", "里長", "村長"]
    b.t(f"個案研討會議紀錄（{c.roc_date()}）\n出席人員：")
    for i, m in enumerate(members):
        if i:
            b.t(c.ch(["、", "、", "，"]))
        if c.chance(0.5):
            b.t(c.ch(roles)).p(m)
        else:
            b.p(m).t(c.ch(roles))
    b.t("\n案號：" + c.caseno() + "　案主：").p(p).t("\n")
    b.t("討論：一、案主近期經濟狀況惡化，")
    if c.chance(0.6):
        b.t("積欠房租，房東要求於月底前搬離（現址").v("ADDRESS", c.address()).t("）。")
    else:
        b.t("積欠水電費數月。")
    b.t("二、擬協助申請急難救助，預估補助")
    b.t(f"{c.amount()}。三、請").p(members[0]).t("持續追蹤，必要時聯繫案主手機")
    b.t("").v("PHONE", c.mobile()).t("。")
    return b


def _t_hotline_ticket(c: _Ctx) -> _B:
    b = _B()
    sep = c.colon()
    p = c.person()
    b.t(f"案件編號{sep}{c.caseno()}\n反映日期{sep}{c.roc_date()} {c.time()}\n")
    b.t(f"反映人{sep}").p(p)
    if c.chance(0.5):
        b.t(
            f"（{c.ch(['先生', '小姐']) if p.sex == 'M' else c.ch(['小姐', '女士'])}）"
            if p.kind != "foreign"
            else ""
        )
    b.t("\n")
    b.t(f"聯絡電話{sep}").v("PHONE", c.phone()).t("\n")
    if c.chance(0.6):
        b.t(f"電子信箱{sep}").v("EMAIL", c.email(p)).t("\n")
    topic = c.r.random()
    if topic < 0.4:
        b.t(f"反映地點{sep}{c.place()}\n")
        b.t(
            f"反映內容{sep}"
            f"{c.ch(['路燈不亮已一週', '人行道地磚破損', '溜滑梯斷裂', '水溝堵塞發臭'])}，"
            f"請{c.agency()}儘速派員處理。\n"
        )
    else:
        b.t(f"反映地點{sep}住家（").v("ADDRESS", c.address()).t("）對面工地\n")
        b.t(f"反映內容{sep}工地每日清晨六點即開始施工，噪音擾人，請依{c.statute('noise')}稽查。\n")
    b.t(f"派案單位{sep}{c.agency()}　處理期限{sep}{c.short_date()}")
    return b


def _t_hotline_transcript(c: _Ctx) -> _B:
    b = _B()
    p = c.person()
    b.t("民眾").p(p).t(c.hon(p) + "來電表示：「我住在").v("ADDRESS", c.address())
    b.t(
        f"，隔壁{c.shop()}每天晚上十一點還在用抽風機，吵到我們都睡不著，"
        f"已經打過好幾次了都沒改善。你們要處理的話可以打"
    )
    b.v("PHONE", c.phone()).t("找我")
    if c.chance(0.4):
        b.t("，或寄信到").v("EMAIL", c.email(p))
    b.t("。」\n")
    b.t(f"處理情形：已派案{c.agency()}於{c.short_date()}前派員稽查，並請承辦人回電民眾。")
    return b


def _t_hotline_short(c: _Ctx) -> _B:
    b = _B()
    p = c.person()
    b.t(c.ch(["陳情人 ", "來電者：", "民眾 "])).p(p)
    b.t(c.ch(["／", " / ", "，"])).v("PHONE", c.phone())
    if c.chance(0.5):
        b.t(c.ch(["／", " / ", "，"])).v("EMAIL", c.email(p))
    b.t(c.ch(["：", "。", " "]))
    b.t(c.ch([
        f"反映{c.place()}附近違規停車嚴重，請加強取締。",
        f"反映{c.shop()}騎樓堆放雜物，影響通行。",
        f"詢問{c.ch(['敬老卡', '育兒津貼', '垃圾清運時間'])}申請方式，已說明。",
        f"反映{c.place()}路燈閃爍，請派員檢修。",
    ]))  # fmt: skip
    if c.chance(0.4):
        b.t(f"（案號{c.caseno()}）")
    return b


def _t_hotline_card(c: _Ctx) -> _B:
    b = _B()
    p = c.person()
    b.t("民眾").p(p).t(c.hon(p))
    b.t(f"反映於{c.shop()}網路商店購物，{c.bank()}信用卡")
    b.t(c.ch(["（", "卡號", "（卡號："])).v("CREDIT_CARD", c.card())
    b.t(
        c.ch(["）", "", "）"])
        + f"於{c.short_date()}遭重複扣款{c.amount()}，商家拒絕退款，請消保官協助。"
    )
    b.t("民眾聯絡電話").v("PHONE", c.phone()).t("，")
    if c.chance(0.5):
        b.t("出生日期").v("BIRTH_DATE", c.birth(p)[0]).t("（身分核對用）。")
    else:
        b.t("請於三日內回電。")
    return b


def _t_mediation_record(c: _Ctx) -> _B:
    b = _B()
    a = c.person(kind="han")
    d = c.person()
    m1, m2 = c.person(kind="han"), c.person(kind="han")
    b.t(f"{c.township()}調解委員會調解筆錄\n")
    b.t(f"調解案號：{c.caseno()}\n")
    for role, p in (("聲請人", a), ("對造人", d)):
        b.t(f"{role}：").p(p).t("，")
        bd, _ = c.birth(p)
        b.v("BIRTH_DATE", bd).t("生，")
        _ident(c, b, p)
        if c.chance(0.8):
            b.t("，住").v("ADDRESS", c.address())
        if c.chance(0.7):
            b.t("，電話：").v("PHONE", c.phone())
        b.t("\n")
    b.t(f"調解事由：{c.ch(['車禍損害賠償', '鄰地界址糾紛', '租賃押金返還', '漏水修繕費用分擔'])}\n")
    b.t("調解委員：").p(m1).t(c.ch(["、", "，"])).p(m2).t("\n")
    b.t(
        f"調解結果：雙方同意由對造人賠償聲請人{c.amount()}，於{c.roc_date()}前匯入聲請人指定帳戶，"
        f"聲請人其餘請求拋棄。本調解書依{c.statute('mediation')}送請法院核定。"
    )
    return b


def _t_mediation_minutes(c: _Ctx) -> _B:
    b = _B()
    chair = c.person(kind="han")
    a, d = c.person(), c.person()
    m = c.person(kind="han")
    b.t("主席：").p(chair)
    if c.chance(0.5):
        b.t("　記錄：").p(c.person(kind="han"))
    b.t("\n")
    b.t(f"時間：{c.roc_date()}下午2時\n地點：{c.township()}公所三樓調解室\n")
    b.t("一、").p(a).t("與").p(d)
    b.t("車禍損害賠償事件，經委員").p(m).t("說明道路交通事故鑑定程序後，")
    b.p(d).t(f"表示：「我願意負擔醫藥費，但精神慰撫金{c.amount()}太高。」")
    b.p(a).t("則表示：「至少要包含我請假的薪水。」\n")
    b.t("二、雙方同意下次期日再議，請雙方攜帶")
    b.t(c.ch(["醫療收據", "診斷證明書", "修車估價單"]) + "到場。\n")
    if c.chance(0.6):
        b.t("聯絡人：").p(a).t(" ").v("PHONE", c.phone()).t("；").p(d).t(" ").v("PHONE", c.phone())
    return b


def _t_mediation_neighbor(c: _Ctx) -> _B:
    b = _B()
    a, d = c.person(), c.person()
    b.t("調解聲請書（摘錄）\n聲請人 ").p(a).t("\n")
    b.t("住所 ").v("ADDRESS", c.address()).t("\n")
    b.t("連絡電話 ").v("PHONE", c.phone()).t("\n")
    if c.chance(0.5):
        b.t("電子郵件 ").v("EMAIL", c.email(a)).t("\n")
    b.t("相對人 ").p(d).t("\n")
    b.t("住所 ").v("ADDRESS", c.address()).t("\n")
    b.t("請求事項：相對人應修繕其浴室防水層，並賠償聲請人天花板修繕費用")
    b.t(
        f"{c.amount()}。\n事實及理由：自{c.roc_date()}起聲請人住處天花板持續滲水，多次請求相對人處理未果。"
    )
    return b


def _t_traffic_form(c: _Ctx) -> _B:
    b = _B()
    b.t("道路交通事故調查報告表（初判）\n")
    b.t(f"發生時間：{c.roc_date()} {c.time()}\n發生地點：{c.place()}\n")
    vehicles = ["普通重型機車", "自用小客車", "營業小客車", "腳踏自行車", "自用小貨車", "行人"]
    for i in range(c.r.randint(1, 3)):
        p = c.person()
        b.t(f"當事人{_cn_number(i + 1)}：").p(p).t("，")
        bd, _ = c.birth(p)
        b.t(c.ch(["", "", "出生日期", "生日"])).v("BIRTH_DATE", bd).t("，")
        _ident(c, b, p)
        b.t(f"，{c.ch(vehicles)}")
        if c.chance(0.7):
            b.t("，電話").v("PHONE", c.phone())
        b.t("\n")
    b.t(f"傷亡情形：{c.ch(['一人輕傷', '無人受傷', '二人輕傷，送醫救治'])}\n")
    off = c.person(kind="han")
    b.t("處理員警：").p(off).t(f"（{c.ch(['交通分隊', '派出所'])}）")
    return b


def _t_traffic_narrative(c: _Ctx) -> _B:
    b = _B()
    a, d = c.person(), c.person(kind="han")
    b.t(f"{c.time()}許，").p(a).t(f"騎乘普通重型機車沿{c.ch(_ROADS)}往{c.ch('東西南北')}方向行駛，")
    b.t(f"行經{c.place()}時，與").p(d).t("駕駛之自用小客車發生碰撞，")
    b.p(a).t(f"左腳擦傷，經救護車送{c.hospital()}救治")
    if c.chance(0.5):
        b.t("（健保卡號").v("TW_NHI_CARD", c.nhi()).t("）")
    b.t("。")
    b.p(d).t("酒測值0.00mg/L，")
    b.t(c.ch(["手機", "電話"])).v("PHONE", c.mobile()).t("。現場")
    b.t(c.ch(["已繪製現場圖並拍照", "已採集行車紀錄器影像"]) + f"，依{c.statute('traffic')}舉發。")
    return b


def _t_traffic_foreign(c: _Ctx) -> _B:
    b = _B()
    nation = c.ch(_NATIONS)
    w = c.person(kind="foreign", nation=nation)
    drv = c.person(kind="han")
    b.t(f"事故紀錄：{c.roc_date()}{c.time()}，{nation}籍行人").p(w)
    b.t("（護照號碼").v("PASSPORT", c.passport(w))
    if c.chance(0.6):
        b.t("，居留證號").v("TW_RESIDENT_CERT", c.arc(w))
    b.t(f"）穿越{c.ch(_ROADS)}時遭").p(drv).t("駕駛之營業小客車擦撞，右手骨折送")
    b.t(f"{c.hospital()}。駕駛人").p(drv).t("，").v("BIRTH_DATE", c.birth(drv)[0]).t("生，")
    b.t("住").v("ADDRESS", c.address()).t("，電話").v("PHONE", c.phone()).t("。")
    b.t("已通知通譯到場協助製作筆錄。")
    return b


def _t_library_roster(c: _Ctx) -> _B:
    b = _B()
    b.t(f"{c.library()}志工值班表（{c.r.randint(1, 12)}月）\n")
    sep = c.ch(["\t", "｜", "  ", " | "])
    days = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六"]
    for day in c.r.sample(days, c.r.randint(2, 4)):
        p = c.person()
        b.t(f"{day}{sep}{c.ch(['上午', '下午', '晚上'])}{sep}").p(p)
        if c.chance(0.7):
            b.t(sep).v("PHONE", c.phone())
        b.t("\n")
    lead = c.person(kind="han")
    b.t("如需調班請洽志工隊長").p(lead)
    if c.chance(0.7):
        b.t("（").v("PHONE", c.mobile()).t("）")
    return b


def _t_library_list(c: _Ctx) -> _B:
    b = _B()
    b.t(f"{c.library()}　說故事志工聯絡名單\n")
    for i in range(c.r.randint(2, 5)):
        p = c.person()
        b.t(f"{i + 1}. ").p(p).t("　")
        b.v("PHONE", c.mobile())
        if c.chance(0.6):
            b.t("　").v("EMAIL", c.email(p))
        b.t("\n")
    b.t(f"＊本名單僅供排班聯繫使用，請勿外流（{c.roc_date()}更新）")
    return b


def _t_library_signup(c: _Ctx) -> _B:
    b = _B()
    p = c.person()
    em = c.person(kind="han")
    sep = c.colon()
    b.t(f"{c.library()} 志工報名表\n姓名{sep}").p(p).t("\n")
    bd, _ = c.birth(p)
    b.t(f"出生年月日{sep}").v("BIRTH_DATE", bd).t("\n")
    _ident(c, b, p)
    b.t("\n")
    b.t(f"通訊地址{sep}").v("ADDRESS", c.address()).t("\n")
    b.t(f"手機{sep}").v("PHONE", c.mobile()).t("\n")
    if c.chance(0.5):
        b.t(f"市話{sep}").v("PHONE", c.landline(ext=0.0)).t("\n")
    b.t("E-mail" + sep).v("EMAIL", c.email(p)).t("\n")
    b.t(f"緊急聯絡人{sep}").p(em).t(f"（{c.ch(['配偶', '母', '父', '子', '女', '友人'])}）")
    b.v("PHONE", c.phone()).t("\n")
    b.t(f"可服務時段{sep}{c.ch(['週三上午', '週六下午', '平日晚上'])}")
    return b


def _t_library_notice(c: _Ctx) -> _B:
    b = _B()
    a, d, lead = c.person(), c.person(), c.person(kind="han")
    b.t(f"本週六說故事活動（{c.ch(['繪本共讀', '手作書籤', '英語故事'])}）由志工").p(a).t("、").p(d)
    b.t("負責，")
    b.t(f"當日請提前30分鐘至{c.library()}二樓兒童室佈置。如需調班請聯絡志工隊長").p(lead)
    b.t(c.ch(["（", "，電話", " "])).v("PHONE", c.phone()).t(c.ch(["）。", "。"]))
    return b


# --------------------------------------------------------------------------------------------
# Hard negative templates (public or not personal look-alikes only)
# --------------------------------------------------------------------------------------------


def _n_police(c: _Ctx) -> _B:
    b = _B()
    if c.chance(0.5):
        b.t(f"{c.police_unit()}工作紀錄簿（{c.roc_date()}）\n")
    r = c.r.random()
    if r < 0.35:
        b.t(
            f"{c.roc_date()} {c.time()}，{c.place()}路口號誌故障，已通報{c.agency()}派員修復，"
            f"並派員於現場指揮交通。案號{c.caseno()}。"
        )
    elif r < 0.7:
        b.t(
            f"拾得人於{c.shop()}拾獲無主手提袋一件，內有{c.product()}及現金{c.amount()}，"
            f"已依{c.statute('lost')}公告招領，公告文號{c.docno()}，招領期限至{c.roc_date()}。"
            "（拾得人不願具名）"
        )
    else:
        b.t(
            f"勤務宣導：近期假冒{c.ch(['健保署', '電商平台', '銀行'])}客服之詐騙手法增加，請同仁於"
            f"巡邏時向{c.shop()}等商家店員宣導，遇民眾大額提款應主動關懷。"
            f"依{c.statute('fraud')}，詐騙集團首謀最重可處7年有期徒刑。發文字號{c.docno()}。"
        )
    if c.chance(0.4):
        b.t(f"\n備註：受理報案三聯單編號{c.caseno()}，請攜帶身分證正本辦理。")
    return b


def _n_social(c: _Ctx) -> _B:
    b = _B()
    if c.chance(0.5):
        b.t(
            f"{c.r.randint(1, 12)}月家庭訪視統計：社工員共完成家訪{c.r.randint(40, 160)}案次、"
            f"電訪{c.r.randint(20, 90)}案次，其中獨居長者{c.r.randint(5, 40)}案，"
            f"高風險家庭{c.r.randint(2, 20)}案，均已依{c.statute('social')}列管追蹤。\n"
        )
    b.t(
        f"本中心訂於{c.roc_date()}於{c.ch(['文化中心', '三民公園', '區公所禮堂'])}辦理"
        f"{c.ch(['家庭照顧者支持團體', '高齡友善講座', '新住民親子共讀'])}，"
        f"參加對象為本區低收入戶及中低收入戶家庭，補助金額每月{c.amount()}，"
        f"依{c.statute('social')}辦理。"
    )
    if c.chance(0.6):
        b.t(
            f"\n承辦單位：{c.ch(['社會局老人福利科', '社會局社會救助科', '家庭福利服務中心'])}；"
            f"委託單位{c.company()}（統一編號{c.ban()}）。"
        )
    if c.chance(0.5):
        b.t(f"\n公文文號：{c.docno()}")
    if c.chance(0.4):
        b.t(
            f"\n會後提供{c.product()}及點心，並張貼公告於"
            f"{c.ch(['區公所', '里辦公處', '活動中心'])}。"
        )
    return b


def _n_hotline(c: _Ctx) -> _B:
    b = _B()
    sep = c.colon()
    b.t(f"案件編號{sep}{c.caseno()}\n受理日期{sep}{c.roc_date()}\n")
    b.t(f"反映地點{sep}{c.place()}\n")
    b.t(
        f"反映內容{sep}"
        f"{c.ch(['路燈不亮', '人行道破損', '公園涼亭漏水', '黃昏市場周邊攤販占用車道'])}，"
        f"已派工修復（工程單號{c.caseno()}），承攬廠商{c.company()}，統一編號{c.ban()}，"
        f"結案日期{c.roc_date()}。"
    )
    if c.chance(0.5):
        b.t(f"\n處理單位：{c.agency()}　依據：{c.statute('public')}")
    return b


def _n_mediation(c: _Ctx) -> _B:
    b = _B()
    b.t(
        f"{c.township()}調解委員會{c.roc_date()}召開第{c.r.randint(1, 12)}次委員會議，"
        f"審議調解案件{c.r.randint(41, 60)}件，成立{c.r.randint(5, 40)}件，"
        f"成立案件依{c.statute('mediation')}函送地方法院核定（{c.docno()}）。"
    )
    if c.chance(0.6):
        b.t(f"\n本年度調解業務經費{c.amount()}，支付調解委員出席費每次{c.amount()}。")
    if c.chance(0.4):
        b.t(f"\n會議地點：{c.township()}公所三樓調解室；下次會議：{c.short_date()}。")
    return b


def _n_traffic(c: _Ctx) -> _B:
    b = _B()
    b.t(
        f"{c.roc_date()} {c.time()}許，於{c.place()}發生"
        f"{c.ch(['自用小客車與機車擦撞', '機車自摔', '二車追撞', '大貨車轉彎擦撞路樹'])}事故，"
        f"{c.ch(['無人受傷', '駕駛人輕傷自行就醫', '雙方已自行和解'])}。"
    )
    b.t(f"事故編號{c.caseno()}，")
    b.t(f"依{c.statute('traffic')}舉發，罰鍰{c.amount()}。")
    if c.chance(0.5):
        b.t(
            f"\n現場{c.ch(['施工圍籬未設警示燈', '號誌時相過短', '路面坑洞'])}，"
            f"已函請{c.agency()}改善"
            f"（{c.docno()}）。"
        )
    return b


def _n_library(c: _Ctx) -> _B:
    b = _B()
    b.t(
        f"{c.library()}{c.r.randint(1, 12)}月志工排班說明：週一至週五上午班、下午班各需2人，"
        f"週六說故事時段需3人，請各組組長於{c.roc_date()}前回報。\n"
    )
    b.t(
        f"本月採購{c.product()}等活動用品，經費{c.amount()}，發票號碼{c.invoice()}，"
        f"廠商{c.company()}（統一編號{c.ban()}）。"
    )
    if c.chance(0.5):
        b.t(
            f"\n閉館日：{c.short_date()}（{c.ch(['館舍消毒', '系統更新', '電力檢修'])}），"
            f"還書請利用{c.place()}還書箱。"
        )
    return b


def _n_mixed(c: _Ctx) -> _B:
    b = _B()
    b.t(c.ch([
        f"林務局公告：{c.roc_date()}起石門水庫周邊步道施工，請遊客改道。",
        f"黃昏市場攤位抽籤於{c.roc_date()}舉行，攤位費每月{c.amount()}。",
        f"高速公路局提醒連假期間{c.ch(['國道一號', '國道三號'])}易壅塞，請多利用替代道路。",
        f"本週特價：{c.product()}、{c.product()}，{c.shop()}門市限定。",
        f"請各里辦公處張貼{c.ch(['登革熱防治', '防詐騙', '垃圾分類'])}宣導海報，文號{c.docno()}。",
        f"白天氣溫偏高，游泳池開放時間延長至晚上9時，門票{c.amount()}。",
        f"周邊道路施工期間，{c.ch(_ROADS)}單線通行，請用路人注意安全。",
        f"方便起見，申請表可至{c.ch(['區公所', '圖書館', '里辦公處'])}索取，截止日{c.roc_date()}。",
    ]))  # fmt: skip
    if c.chance(0.5):
        b.t(f"\n統一編號{c.ban()}；發票{c.invoice()}；依{c.statute()}辦理。")
    return b


_POSITIVE = [
    (_t_police_form, 3), (_t_police_lost, 2), (_t_police_fraud_notes, 2), (_t_police_foreign, 2),
    (_t_police_table, 2), (_t_police_statement, 2),
    (_t_social_form, 3), (_t_social_narrative, 3), (_t_social_newimmigrant, 2),
    (_t_social_conference, 2),
    (_t_hotline_ticket, 3), (_t_hotline_transcript, 2), (_t_hotline_short, 3), (_t_hotline_card, 2),
    (_t_mediation_record, 3), (_t_mediation_minutes, 2), (_t_mediation_neighbor, 2),
    (_t_traffic_form, 3), (_t_traffic_narrative, 2), (_t_traffic_foreign, 2),
    (_t_library_roster, 2), (_t_library_list, 2), (_t_library_signup, 2), (_t_library_notice, 2),
]  # fmt: skip
_NEGATIVE = [
    (_n_police, 3), (_n_social, 3), (_n_hotline, 3), (_n_mediation, 3), (_n_traffic, 3),
    (_n_library, 3), (_n_mixed, 3),
]  # fmt: skip


# --------------------------------------------------------------------------------------------
# Leak check: no valid identifier look-alike outside the gold spans
# --------------------------------------------------------------------------------------------

_RUN = re.compile(r"[A-Za-z0-9+][A-Za-z0-9]*(?:[ \-.()/]{0,2}[A-Za-z0-9]+)*")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")


def _ascii_view(text: str, spans) -> str:
    chars = [
        chr(ord(ch) - 0xFEE0) if "\uff01" <= ch <= "\uff5e" else (" " if ch == "\u3000" else ch)
        for ch in text
    ]
    for s, e, _ in spans:
        for i in range(s, e):
            chars[i] = "\u25a0"
    return "".join(chars)


def _leaks(text: str, spans) -> bool:
    view = _ascii_view(text, spans)
    if _EMAIL.search(view):
        return True
    for m in _RUN.finditer(view):
        compact = re.sub(r"[ \-.()/+]", "", m.group()).upper()
        for i in range(len(compact) - 9):
            w = compact[i : i + 10]
            if twid.is_valid(w) or arc.is_valid(w):
                return True
            if w.startswith("09") and phone.is_valid(w):
                return True
        digit_runs = re.findall(r"\d+", compact)
        for d in digit_runs:
            for i in range(len(d)):
                for k in range(13, min(19, len(d) - i) + 1):
                    if creditcard.is_valid(d[i : i + k]):
                        return True
        landline = compact.isdigit() and 9 <= len(compact) <= 10 and compact.startswith("0")
        if landline and phone.is_valid(compact):
            return True
        if m.group().startswith("+886") and phone.is_valid(m.group()):
            return True
    return False


# --------------------------------------------------------------------------------------------
# Public entry point
# --------------------------------------------------------------------------------------------


def _known_pool(rng: random.Random, n: int) -> tuple[list[_Person], list[str]]:
    size = max(40, n // 2 + 20)
    reserve = max(10, size // 4)
    pool: list[_Person] = []
    seen: set[str] = set()
    kinds = ["han"] * 80 + ["indigenous"] * 6 + ["foreign"] * 14
    forced = [("han", "M", ""), ("han", "F", ""), ("indigenous", "M", ""), ("indigenous", "F", "")]
    forced += [("foreign", s, nat) for nat in _NATIONS for s in "MF"]
    while len(pool) < size + reserve:
        if forced:
            kind, sex, nat = forced.pop(0)
            p = _fresh_person(rng, kind, sex, nat)
        else:
            p = _fresh_person(rng, rng.choice(kinds))
        if p.name in seen:
            continue
        seen.add(p.name)
        pool.append(p)
    mentioned = pool[:size]
    names = [p.name for p in pool]
    rng.shuffle(names)
    return mentioned, names


def generate_heldout16(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples and the known-names list, deterministic for ``seed``."""
    rng = random.Random(seed)
    mentioned, names = _known_pool(rng, n)
    ctx = _Ctx(rng, mentioned, set(names))
    samples: list[Sample] = []
    pos_t = [t for t, _ in _POSITIVE]
    pos_w = [w for _, w in _POSITIVE]
    neg_t = [t for t, _ in _NEGATIVE]
    neg_w = [w for _, w in _NEGATIVE]
    for _ in range(n):
        negative = rng.random() < NEGATIVE_SHARE
        for _attempt in range(200):
            template = rng.choices(neg_t if negative else pos_t, neg_w if negative else pos_w)[0]
            b = template(ctx)
            text = b.text()
            spans = [] if negative else list(b.spans)
            if negative and b.spans:
                raise AssertionError("negative template produced spans")
            if not _leaks(text, spans):
                break
        else:
            raise AssertionError("could not draw a clean sample")
        known = [text[s:e] in ctx.known for s, e, lab in spans if lab == "PERSON"]
        samples.append(Sample(text=text, spans=spans, hard_negative=negative, known_person=known))
    return samples, names
