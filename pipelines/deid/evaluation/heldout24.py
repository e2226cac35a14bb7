"""Held-out set 24: synthetic free text of six kinds of Taiwanese agency records.

Written without looking at the scanner. Genres: fire-department ambulance run sheets,
elderly day-care attendance notes, wildlife-rescue reports, motor-vehicle office counter
notes, cram-school inspection notes and public-toilet cleanliness complaints. About a
quarter of the samples are hard negatives holding only public or non-personal look-alikes.
All names and numbers are generated; any match with a real person is accidental.
"""

import random
import re

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

PERSON = "PERSON"
TW_ID = "TW_NATIONAL_ID"
ARC = "TW_RESIDENT_CERT"
PHONE = "PHONE"
EMAIL = "EMAIL"
ADDRESS = "ADDRESS"
NHI = "TW_NHI_CARD"
PASSPORT = "PASSPORT"
CARD = "CREDIT_CARD"
BIRTH = "BIRTH_DATE"

# --- name material (written for this set) -------------------------------------------------

_SURNAMES = list(
    dict.fromkeys(
        "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余"
        "盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀姚連馮歐程湯田康姜白"
        "汪鄒尤巫鐘黎涂龔嚴韓袁金童陸夏柳凃邵錢伍倪溫于譚駱熊任甘秦顧毛章史官萬俞雷粘饒凌"
        "崔尹孔辛武辜陶段龍韋葛池孟褚殷麥賀賈莫文管關向包丘梅華利裴樊房全佘左花鮑塗季鄞麻"
        "滕邢符衛查宮焦車廣岳商喬穆蒲冉艾練鄔桂龐易閻聶應鐵"
    )
)
_RARE_SURNAMES = list("亢仉諶郜厙咸蓋眭酆昝佟扈")
_COMPOUND_SURNAMES = [
    "歐陽",
    "張簡",
    "司徒",
    "范姜",
    "諸葛",
    "上官",
    "司馬",
    "端木",
    "東方",
    "夏侯",
    "皇甫",
    "公孫",
    "長孫",
    "慕容",
    "鍾離",
]
_GIVEN = [
    "怡君",
    "淑芬",
    "美玲",
    "雅婷",
    "志明",
    "俊傑",
    "家豪",
    "建宏",
    "宗翰",
    "冠宇",
    "承恩",
    "柏翰",
    "詩涵",
    "欣怡",
    "佳穎",
    "宜蓁",
    "淑惠",
    "秀英",
    "麗華",
    "玉蘭",
    "金枝",
    "阿滿",
    "春嬌",
    "秋月",
    "美雲",
    "素珍",
    "碧霞",
    "月娥",
    "銀河",
    "添丁",
    "火土",
    "水木",
    "文雄",
    "正義",
    "明德",
    "國華",
    "志強",
    "信宏",
    "振興",
    "清水",
    "榮華",
    "進財",
    "坤山",
    "萬福",
    "天賜",
    "英俊",
    "昭明",
    "瑞祥",
    "子軒",
    "品妍",
    "宥廷",
    "語彤",
    "芷晴",
    "禹辰",
    "睿恩",
    "恩綺",
    "沛珊",
    "筱涵",
    "郁雯",
    "婉婷",
    "靜宜",
    "思妤",
    "芳瑜",
    "亭妤",
    "嘉玲",
    "佩君",
    "慧敏",
    "曉薇",
    "惠如",
    "玉珠",
    "月霞",
    "寶珠",
    "美惠",
    "阿蘭",
    "秀琴",
    "麗珠",
    "淑貞",
    "桂英",
    "素卿",
    "鳳嬌",
    "凱文",
    "育誠",
    "偉倫",
    "耀輝",
    "俊宏",
    "政勳",
    "紹平",
    "啟文",
    "泰源",
    "明輝",
    "建志",
    "宏昌",
    "世傑",
    "銘鴻",
    "哲維",
    "彥廷",
    "昀臻",
    "采潔",
    "翊帆",
    "歆予",
    "苡安",
    "沐晨",
    "稟宸",
    "晏綾",
    "芮綺",
    "瑀彤",
    "甯心",
    "靚雯",
    "珮瑄",
    "璿安",
    "翾羽",
    "詠晞",
    "朝宗",
    "順發",
    "阿水",
    "旺來",
    "金龍",
    "錦堂",
    "炳坤",
    "福壽",
    "來福",
    "長庚",
    "永順",
    "德勝",
    "茂盛",
    "景山",
    "光輝",
    "耀宗",
    "秀鳳",
    "玉梅",
    "春蘭",
    "金鳳",
    "阿桃",
    "美珠",
    "秋香",
    "玉燕",
    "麗雲",
    "碧雲",
    "素娥",
    "寶蓮",
    "瑞蓮",
    "麗卿",
    "淑卿",
    "玉雪",
]
_G1 = list("志俊家建宗冠承柏詩欣佳宜淑美雅怡思郁婉靜嘉佩慧曉惠育偉耀政紹啟泰明世銘哲彥昀采")
_G2 = list("明傑豪宏翰宇恩涵怡穎蓁惠英華蘭玲婷君芬珍霞雯瑜妤琪萱妍晴辰軒廷綺珊誠倫輝勳平文源")
_SINGLE = list("勇強傑萍玲芳娟敏雄偉誠剛華英蘭軍斌琳瑩璋翔豪鈞")
_INDIG_A = [
    "瓦旦",
    "尤幹",
    "比令",
    "巴奈",
    "拉娃",
    "烏杜夫",
    "伊凡",
    "撒韵",
    "達利",
    "馬躍",
    "吉娃斯",
    "瑪莎",
    "哈勇",
    "拉互依",
    "優席夫",
    "巴勇",
    "希婻",
    "阿洛",
    "蘇飛",
    "阿莫",
    "沙力浪",
    "伊誕",
    "谷縵",
    "卡照",
    "莎韻",
]
_INDIG_B = [
    "達道",
    "諾幹",
    "巴萬",
    "尤命",
    "哈露斯",
    "瓦歷斯",
    "拉荷",
    "阿給",
    "勒外",
    "卡造",
    "馬紹",
    "帕吉",
    "烏茂",
    "布典",
    "巴瓦瓦隆",
    "巴燕",
    "撒萬",
    "達袞",
    "吉拉斯",
    "馬耀",
    "瓦濤",
    "比浩",
]
_INDIG_ROM_A = [
    "Watan",
    "Yapit",
    "Pasang",
    "Walis",
    "Bunun",
    "Siyat",
    "Yukan",
    "Lahuy",
    "Sakinu",
    "Piling",
    "Laway",
    "Ising",
]
_INDIG_ROM_B = [
    "Tanga",
    "Tali",
    "Temu",
    "Nokan",
    "Istanda",
    "Masaw",
    "Bawan",
    "Kacaw",
    "Losin",
    "Payan",
    "Ciwas",
    "Pitay",
]
_VN_FAM = ["阮", "陳", "黎", "范", "黃", "武", "潘", "鄧", "裴", "杜"]
_VN_GIVEN = [
    "氏香",
    "氏蘭",
    "氏梅",
    "文雄",
    "文勇",
    "氏玄",
    "氏秋",
    "德明",
    "氏鳳",
    "文清",
    "氏玉",
    "氏草",
    "文強",
]
_VN_LAT_FAM = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Phan", "Dang", "Bui", "Do"]
_VN_LAT_MID = ["Thi", "Van", "Duc", "Thi", "Huu", "Thi"]
_VN_LAT_GIVEN = [
    "Lan",
    "Hung",
    "Mai",
    "Huong",
    "Tuan",
    "Thu",
    "Linh",
    "Dung",
    "Hanh",
    "Nga",
    "Quang",
    "Phuong",
]
_ID_LAT = [
    "Siti Aminah",
    "Dewi Lestari",
    "Sri Wahyuni",
    "Rina Susanti",
    "Nur Hidayah",
    "Eka Putri",
    "Yuliani",
    "Suparmi",
    "Wulan Sari",
    "Agus Santoso",
    "Budi Hartono",
    "Ratna Dewi",
    "Fitri Handayani",
]
_ID_HAN = ["絲蒂", "莉娜", "蒂蒂", "芮娜", "阿米娜", "絲莉", "優麗安妮", "妮塔", "達薇"]
_PH_LAT = [
    "Maria Cristina Santos",
    "Jose Reyes",
    "Rowena Dela Cruz",
    "Jennifer Bautista",
    "Marites Villanueva",
    "Ana Mae Garcia",
    "Rodel Mendoza",
    "Joy Ann Ramos",
    "Liza Aquino",
]
_PH_HAN = ["瑪麗亞", "羅薇娜", "珍妮佛", "瑪莉泰", "安娜美"]
_TH_LAT = [
    "Somchai Boonmee",
    "Malee Srisuk",
    "Niran Chaiyaporn",
    "Suda Thongdee",
    "Prasert Wongsa",
    "Kanya Ruangsri",
    "Anan Sukjai",
]
_TH_HAN = ["宋猜", "瑪莉", "妮蘭", "蘇達", "帕塞", "甘雅"]

_HON = ["先生", "小姐", "女士", "阿嬤", "阿公", "阿伯", "阿姨", "君", "老師", ""]

# --- places -------------------------------------------------------------------------------

_CITIES = {
    "臺北市": ("100", ["中正區", "大安區", "信義區", "士林區", "北投區", "文山區", "萬華區"]),
    "台北市": ("104", ["中山區", "松山區", "內湖區", "南港區", "大同區"]),
    "新北市": ("220", ["板橋區", "三重區", "中和區", "新莊區", "林口區", "汐止區", "淡水區"]),
    "桃園市": ("330", ["桃園區", "中壢區", "龜山區", "八德區", "楊梅區", "龍潭區"]),
    "臺中市": ("403", ["西區", "北屯區", "南屯區", "豐原區", "大里區", "太平區", "沙鹿區"]),
    "台中市": ("407", ["西屯區", "北區", "潭子區", "烏日區"]),
    "臺南市": ("700", ["中西區", "東區", "永康區", "安南區", "新營區", "仁德區"]),
    "高雄市": ("802", ["苓雅區", "三民區", "鳳山區", "左營區", "楠梓區", "前鎮區", "岡山區"]),
    "基隆市": ("200", ["仁愛區", "信義區", "七堵區"]),
    "新竹市": ("300", ["東區", "北區", "香山區"]),
    "新竹縣": ("302", ["竹北市", "竹東鎮", "湖口鄉", "尖石鄉"]),
    "苗栗縣": ("360", ["苗栗市", "頭份市", "竹南鎮", "公館鄉"]),
    "彰化縣": ("500", ["彰化市", "員林市", "鹿港鎮", "和美鎮", "溪湖鎮"]),
    "南投縣": ("540", ["南投市", "埔里鎮", "草屯鎮", "竹山鎮", "仁愛鄉"]),
    "雲林縣": ("640", ["斗六市", "虎尾鎮", "北港鎮", "西螺鎮"]),
    "嘉義市": ("600", ["東區", "西區"]),
    "嘉義縣": ("612", ["太保市", "朴子市", "民雄鄉", "水上鄉"]),
    "屏東縣": ("900", ["屏東市", "潮州鎮", "東港鎮", "恆春鎮", "內埔鄉"]),
    "宜蘭縣": ("260", ["宜蘭市", "羅東鎮", "蘇澳鎮", "礁溪鄉"]),
    "花蓮縣": ("970", ["花蓮市", "吉安鄉", "玉里鎮", "秀林鄉"]),
    "臺東縣": ("950", ["臺東市", "成功鎮", "卑南鄉", "關山鎮"]),
    "澎湖縣": ("880", ["馬公市", "湖西鄉"]),
    "金門縣": ("893", ["金城鎮", "金湖鎮"]),
}
_ROADS = [
    "中山路",
    "中正路",
    "民生路",
    "民族路",
    "民權路",
    "復興路",
    "建國路",
    "光復路",
    "自由路",
    "和平東路",
    "信義路",
    "忠孝東路",
    "仁愛路",
    "成功路",
    "博愛路",
    "文化路",
    "中華路",
    "公園路",
    "大同路",
    "永福街",
    "福德街",
    "新生南路",
    "中興路",
    "三民路",
    "五福路",
    "四維路",
    "長春路",
    "健康路",
    "育英街",
    "青年路",
]
_SECTIONS = ["一段", "二段", "三段", "四段", ""]
_VILLAGES = [
    "福德里",
    "中興里",
    "光明里",
    "仁愛里",
    "新興里",
    "永安里",
    "和平村",
    "東興村",
    "大同里",
]

_PUBLIC_SPOTS = [
    "大安森林公園",
    "河濱公園自行車道旁",
    "轉運站二樓",
    "夜市入口",
    "觀光漁港",
    "國道服務區",
    "海水浴場",
    "運動公園",
    "市立圖書館",
    "火車站前站",
    "老街廣場",
    "登山步道入口",
]
_HOSPITALS = [
    "林口長庚醫院",
    "臺大醫院",
    "榮總",
    "馬偕醫院",
    "慈濟醫院",
    "彰化基督教醫院",
    "奇美醫院",
    "高醫",
    "部立醫院",
    "亞東醫院",
]

_DOMAINS = [
    "gmail.com",
    "yahoo.com.tw",
    "hotmail.com",
    "ms12.hinet.net",
    "msa.hinet.net",
    "outlook.com",
    "icloud.com",
    "kimo.com",
]
_ROM_SUR = [
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
    "kuo",
    "hung",
    "tseng",
]
_ROM_GIV = [
    "mei",
    "ling",
    "hui",
    "wei",
    "jun",
    "yu",
    "ting",
    "chia",
    "hao",
    "tzu",
    "yi",
    "wen",
    "shu",
    "ming",
    "kai",
    "pei",
    "an",
]

_FW = {
    c: chr(ord(c) + 0xFEE0)
    for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-@.()+#/"
}


def fullwidth(s: str) -> str:
    """Full-width forms of ASCII letters, digits and common punctuation (spaces kept)."""
    return "".join(_FW.get(c, c) for c in s)


def to_ascii(s: str) -> str:
    """Full-width ASCII and the ideographic space back to ASCII, one char for one char."""
    out = []
    for c in s:
        o = ord(c)
        if 0xFF01 <= o <= 0xFF5E:
            out.append(chr(o - 0xFEE0))
        elif c == "\u3000":
            out.append(" ")
        else:
            out.append(c)
    return "".join(out)


# --- stray look-alike checks (also used by the tests' own copy of the rules) -------------

_ID_LIKE = re.compile(r"(?=([A-Za-z][A-Za-z0-9][0-9]{8}))")
_DIGIT_RUN = re.compile(r"[0-9](?:[ \-.]?[0-9])*")


def _stray(text: str, mobile_too: bool) -> bool:
    """Whether text holds a valid ID, resident cert, card, e-mail (or mobile) anywhere."""
    t = to_ascii(text)
    if "@" in t:
        return True
    for m in _ID_LIKE.finditer(t):
        v = m.group(1).upper()
        if twid.is_valid(v) or arc.is_valid(v):
            return True
    for m in _DIGIT_RUN.finditer(t):
        digits = re.sub(r"\D", "", m.group(0))
        if 13 <= len(digits) <= 19 and creditcard.is_valid(digits):
            return True
        if mobile_too and (re.search(r"09\d{8}", digits) or re.search(r"8869\d{8}", digits)):
            return True
    return False


# --- builder --------------------------------------------------------------------------------


class _B:
    """Accumulates text and gold spans."""

    def __init__(self, gen: "_Gen") -> None:
        self.g = gen
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []

    def t(self, *texts: str) -> "_B":
        for x in texts:
            self.parts.append(x)
            self.n += len(x)
        return self

    def v(self, label: str, value: str) -> str:
        start = self.n
        self.t(value)
        self.spans.append((start, self.n, label))
        return value

    def p(self, name: str | None = None) -> str:
        """A person mention (a new name unless ``name`` repeats one)."""
        if name is None:
            name = self.g.person()
        self.v(PERSON, name)
        self.known.append(name in self.g.known_set)
        return name

    def sample(self) -> Sample:
        return Sample("".join(self.parts), list(self.spans), False, list(self.known))


class _Gen:
    def __init__(self, seed: int, n: int) -> None:
        self.r = random.Random(seed)
        size = max(80, n // 3 + 60)
        names: list[str] = []
        seen: set[str] = set()
        while len(names) < size:
            nm = self.new_name()
            if nm not in seen:
                seen.add(nm)
                names.append(nm)
        self.known = names
        self.known_set = seen

    # names
    def given(self) -> str:
        r = self.r
        if r.random() < 0.55:
            return r.choice(_GIVEN)
        return r.choice(_G1) + r.choice(_G2)

    def surname(self) -> str:
        r = self.r.random()
        if r < 0.05:
            return self.r.choice(_RARE_SURNAMES)
        if r < 0.4:
            return self.r.choice(_SURNAMES[:30])
        return self.r.choice(_SURNAMES)

    def new_name(self) -> str:
        r = self.r
        x = r.random()
        if x < 0.06:
            return r.choice(_COMPOUND_SURNAMES) + (
                r.choice(_SINGLE) if r.random() < 0.3 else self.given()
            )
        if x < 0.12:
            return self.surname() + self.surname() + self.given()  # 冠夫姓
        if x < 0.2:
            return self.surname() + r.choice(_SINGLE)
        if x < 0.25:
            return r.choice(_INDIG_A) + r.choice("‧·") + r.choice(_INDIG_B)
        if x < 0.27:
            return r.choice(_INDIG_ROM_A) + " " + r.choice(_INDIG_ROM_B)
        if x < 0.29:
            return r.choice(_VN_FAM) + r.choice(_VN_GIVEN)
        if x < 0.31:
            return f"{r.choice(_VN_LAT_FAM)} {r.choice(_VN_LAT_MID)} {r.choice(_VN_LAT_GIVEN)}"
        if x < 0.33:
            return r.choice(_ID_LAT + _ID_HAN)
        if x < 0.35:
            return r.choice(_PH_LAT + _PH_HAN)
        if x < 0.37:
            return r.choice(_TH_LAT + _TH_HAN)
        return self.surname() + self.given()

    def person(self) -> str:
        if self.r.random() < 0.5:
            return self.r.choice(self.known)
        while True:
            nm = self.new_name()
            if nm not in self.known_set:
                return nm

    def hon(self) -> str:
        return self.r.choice(_HON)

    # structured values
    def fw(self, s: str) -> str:
        return fullwidth(s) if self.r.random() < 0.125 else s

    def twid(self) -> str:
        r = self.r
        letter = r.choice("ABCDEFGHJKMNPQTUVXZ")
        body = r.choice("12") + "".join(r.choice("0123456789") for _ in range(7))
        v = letter + body + id_check_digit(letter, body)
        if r.random() < 0.05:
            v = v.lower()
        return self.fw(v)

    def arc(self) -> str:
        r = self.r
        letter = r.choice("ABCDEFGHJKMNPQTUVXZ")
        if r.random() < 0.6:
            body = r.choice("89") + "".join(r.choice("0123456789") for _ in range(7))
            v = letter + body + id_check_digit(letter, body)
        else:
            second = r.choice("ABCD")
            tail7 = "".join(r.choice("0123456789") for _ in range(7))
            check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail7)
            v = letter + second + tail7 + check
        assert arc.is_valid(v)
        return self.fw(v)

    def mobile(self) -> str:
        r = self.r
        while True:
            d = "09" + r.choice(
                [
                    "10",
                    "12",
                    "17",
                    "21",
                    "28",
                    "33",
                    "37",
                    "55",
                    "58",
                    "63",
                    "72",
                    "75",
                    "80",
                    "82",
                    "88",
                    "89",
                    "19",
                    "35",
                    "52",
                    "66",
                    "70",
                    "78",
                ]
            )
            d += "".join(r.choice("0123456789") for _ in range(6))
            if phone.is_valid(d):
                break
        a, b, c = d[:4], d[4:7], d[7:]
        forms = [
            f"{a}-{b}-{c}",
            d,
            f"{a} {b} {c}",
            f"{a}-{b}{c}",
            f"+886-{a[1:]}-{b}-{c}",
            f"+886 {a[1:]} {b} {c}",
            f"+886{d[1:]}",
            f"({a}){b}-{c}",
            f"{a}.{b}.{c}",
            f"886-{d[1:]}",
        ]
        return self.fw(r.choice(forms))

    def landline(self) -> str:
        r = self.r
        while True:
            area, local_len, first = r.choice(
                [
                    ("02", 8, "2345678"),
                    ("04", 8, "2"),
                    ("03", 7, "3456789"),
                    ("07", 7, "235678"),
                    ("06", 7, "2356"),
                    ("05", 7, "2"),
                    ("08", 7, "7"),
                    ("049", 7, "2"),
                    ("037", 6, "2345"),
                    ("089", 6, "3"),
                    ("082", 6, "3"),
                ]
            )
            local = r.choice(first) + "".join(r.choice("0123456789") for _ in range(local_len - 1))
            if phone.is_plausible(area + local):
                break
        h = len(local) // 2 if len(local) == 8 else 3
        forms = [
            f"({area}){local[:h]}-{local[h:]}",
            f"{area}-{local[:h]}-{local[h:]}",
            f"{area}-{local}",
            f"({area}){local}",
            f"{area} {local[:h]} {local[h:]}",
            f"+886-{area[1:]}-{local}",
        ]
        v = r.choice(forms)
        if r.random() < 0.25:
            ext = str(r.randint(1, 9999))
            v += r.choice([f" 分機{ext}", f"#{ext}", f" 轉{ext}", f" ext.{ext}", f"分機 {ext}"])
        return self.fw(v)

    def phone(self) -> str:
        return self.mobile() if self.r.random() < 0.6 else self.landline()

    def email(self) -> str:
        r = self.r
        local = r.choice(
            [
                f"{r.choice(_ROM_SUR)}.{r.choice(_ROM_GIV)}{r.choice(_ROM_GIV)}",
                f"{r.choice(_ROM_GIV)}{r.choice(_ROM_GIV)}{r.randint(60, 99)}",
                f"{r.choice(_ROM_SUR)}{r.randint(1950, 2010)}",
                f"{r.choice(_ROM_GIV)}_{r.choice(_ROM_SUR)}",
                f"a{r.randint(10000, 99999)}",
            ]
        )
        return self.fw(f"{local}@{r.choice(_DOMAINS)}")

    def address(self) -> str:
        r = self.r
        city = r.choice(list(_CITIES))
        zipc, districts = _CITIES[city]
        s = city + r.choice(districts)
        if r.random() < 0.25:
            s += r.choice(_VILLAGES) + (f"{r.randint(1, 30)}鄰" if r.random() < 0.7 else "")
        s += r.choice(_ROADS)
        if s.endswith("路"):
            s += r.choice(_SECTIONS)
        if r.random() < 0.35:
            s += f"{r.randint(1, 400)}巷"
            if r.random() < 0.3:
                s += f"{r.randint(1, 30)}弄"
        s += f"{r.randint(1, 350)}號"
        if r.random() < 0.2:
            s = s[:-1] + f"之{r.randint(1, 9)}號"
        if r.random() < 0.45:
            s += f"{r.randint(2, 18)}樓"
            if r.random() < 0.3:
                s += f"之{r.randint(1, 12)}"
        if r.random() < 0.15:
            s = zipc + s
        if r.random() < 0.125:
            s = fullwidth(s)
        return s

    def nhi(self) -> str:
        r = self.r
        d = "0000" + "".join(r.choice("0123456789") for _ in range(8))
        if r.random() < 0.3:
            d = "".join(r.choice("0123456789") for _ in range(12))
        forms = [d, f"{d[:4]}-{d[4:8]}-{d[8:]}", f"{d[:4]} {d[4:8]} {d[8:]}"]
        return self.fw(r.choice(forms))

    def passport(self) -> str:
        r = self.r
        dg = lambda k: "".join(r.choice("0123456789") for _ in range(k))  # noqa: E731
        forms = [
            r.choice("3") + dg(8),  # Taiwanese passport, nine digits
            "C" + dg(7),  # Vietnam
            r.choice("BCX") + dg(7),  # Indonesia
            "P" + dg(7) + r.choice("ABC"),  # Philippines
            r.choice(["AA", "AB", "AC"]) + dg(7),  # Thailand
        ]
        return self.fw(r.choice(forms))

    def card(self) -> str:
        r = self.r
        while True:
            kind = r.random()
            if kind < 0.15:
                head, length = r.choice(["34", "37"]), 15
            else:
                head, length = r.choice(["4", "51", "52", "53", "54", "55", "35", "62"]), 16
            body = head + "".join(r.choice("0123456789") for _ in range(length - len(head) - 1))
            for c in "0123456789":
                if creditcard.is_valid(body + c):
                    num = body + c
                    break
            else:
                continue
            break
        if length == 15:
            forms = [num, f"{num[:4]} {num[4:10]} {num[10:]}", f"{num[:4]}-{num[4:10]}-{num[10:]}"]
        else:
            g = [num[i : i + 4] for i in range(0, 16, 4)]
            forms = [num, " ".join(g), "-".join(g)]
        return self.fw(r.choice(forms))

    def birth(self) -> str:
        r = self.r
        y, m, d = r.randint(1928, 2016), r.randint(1, 12), r.randint(1, 28)
        roc = y - 1911
        forms = [
            f"民國{roc}年{m}月{d}日",
            f"{roc}年{m}月{d}日",
            f"{roc:03d}/{m:02d}/{d:02d}",
            f"{roc}.{m}.{d}",
            f"{y}/{m:02d}/{d:02d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{y}年{m}月{d}日",
            f"{roc:03d}{m:02d}{d:02d}",
            f"{y}.{m:02d}.{d:02d}",
        ]
        v = r.choice(forms)
        return self.fw(v) if not v.startswith("民國") else v

    # non-personal look-alikes
    def date(self) -> str:
        r = self.r
        y, m, d = r.randint(110, 114), r.randint(1, 12), r.randint(1, 28)
        return r.choice(
            [f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{y + 1911}-{m:02d}-{d:02d}", f"{m}/{d}"]
        )

    def time(self) -> str:
        return f"{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}"

    def doc_no(self) -> str:
        r = self.r
        pre = r.choice(
            ["府授工字第", "北市消指字第", "中市交監字第", "高市府環衛字第", "農林務字第",
             "教終字第", "府社老字第", "竹監字第", "新北府環字第", "嘉市消救字第"]
        )  # fmt: skip
        ymd = f"{r.randint(110, 114)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        return f"{pre}{ymd}{r.randint(0, 999):03d}號"

    def case_no(self) -> str:
        r = self.r
        y = r.randint(110, 114)
        return r.choice(
            [
                f"{y}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{r.randint(1, 999):04d}",
                f"{y}-{r.randint(1, 12):02d}-{r.randint(1, 9999):04d}",
                f"{r.choice('ABCDEFHKNRTW')}{y}{r.randint(100000, 999999)}",
                f"{y}救字第{r.randint(10000, 99999)}號",
            ]
        )

    def receipt(self) -> str:
        r = self.r
        two = r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
        return r.choice(
            [f"{two}-{r.randint(10000000, 99999999)}", f"No.{r.randint(1000, 99999):07d}"]
        )

    def ban_no(self) -> str:
        r = self.r
        while True:
            v = f"{r.randint(10000000, 99999999)}"
            if ban.is_valid(v):
                return self.fw(v) if r.random() < 0.1 else v

    def amount(self) -> str:
        r = self.r
        n = r.choice([300, 600, 1200, 1500, 3000, 3600, 6000, 12000, 30000, 60000, 150000])
        return r.choice([f"新臺幣{n:,}元", f"NT${n:,}", f"{n}元", f"新台幣{n:,}元整"])


# --- genres: positive templates ----------------------------------------------------------


def _sep(r: random.Random) -> str:
    return r.choice(["：", ":", "：", " ", "："])


def _ambulance(b: _B, r: random.Random) -> None:
    g = b.g
    k = r.randrange(4)
    if k == 0:
        b.t("【緊急救護紀錄表】\n出勤日期", _sep(r), g.date(), " ", g.time(), "\n")
        b.t("患者姓名", _sep(r))
        b.p()
        b.t("　性別：", r.choice("男女"), "\n")
        if r.random() < 0.7:
            b.t("出生日期", _sep(r))
            b.v(BIRTH, g.birth())
            b.t("\n")
        if r.random() < 0.5:
            b.t("身分證字號", _sep(r))
            b.v(TW_ID, g.twid())
            b.t("\n")
        b.t("發生地點", _sep(r))
        b.v(ADDRESS, g.address())
        b.t("\n聯絡人", _sep(r))
        b.p()
        b.t(
            "（",
            r.choice(["女兒", "兒子", "配偶", "鄰居", "房東"]),
            "）",
            r.choice(["電話", "手機", ""]),
        )
        b.v(PHONE, g.phone())
        b.t(
            "\n主訴：",
            r.choice(["胸悶、冒冷汗", "頭暈嘔吐", "跌倒後右髖疼痛", "呼吸喘", "意識改變"]),
        )
        b.t("\n後送：", r.choice(_HOSPITALS))
        if r.random() < 0.4:
            b.t("\n健保卡號", _sep(r))
            b.v(NHI, g.nhi())
    elif k == 1:
        b.t(g.time(), " 到場，")
        b.p()
        b.t(g.hon(), "自述在浴室滑倒，頭部撕裂傷約3公分，")
        b.t(r.choice(["家屬", "女兒", "外籍看護"]))
        b.p()
        b.t("陪同，聯絡 ")
        b.v(PHONE, g.phone())
        b.t("。")
        if r.random() < 0.5:
            b.t("患者健保卡號 ")
            b.v(NHI, g.nhi())
            b.t(" 已登錄。")
    elif k == 2:
        b.t("報案人：「喂，我是住在")
        b.v(ADDRESS, g.address())
        b.t("的")
        b.p()
        b.t("，我爸爸倒在客廳叫不醒，你們快來！」回撥電話")
        b.v(PHONE, g.phone())
        b.t("，患者")
        b.p()
        b.t(
            "，",
            r.choice(["82歲", "76歲", "90歲"]),
            "，",
            r.choice(["有高血壓病史", "洗腎中", "中風過"]),
            "。",
        )
    else:
        b.t("患者為外籍移工")
        b.p()
        b.t("（", r.choice(["越南籍", "印尼籍", "菲律賓籍", "泰國籍"]), "），居留證號")
        b.v(ARC, g.arc())
        if r.random() < 0.5:
            b.t("，護照號碼")
            b.v(PASSPORT, g.passport())
        b.t("，於工廠內手部遭機台夾傷，由雇主")
        b.p()
        b.t(
            "陪同送",
            r.choice(_HOSPITALS),
            "。\n填表人：",
            r.choice(["小隊長", "隊員", "EMT-P"]),
            " ",
        )
        b.p()


def _formal(b: _B, r: random.Random) -> None:
    g = b.g
    b.t("主旨：有關", r.choice(["本市", "本縣"]), "民眾")
    b.p()
    b.t("君陳情", r.choice(["公廁清潔", "補習班噪音", "救護收費", "日照接送"]), "一案，復如說明，")
    b.t("請查照。\n說明：\n一、依臺端", g.date(), "電子郵件（")
    b.v(EMAIL, g.email())
    b.t("）辦理。\n二、臺端所留通訊地址「")
    b.v(ADDRESS, g.address())
    b.t("」，", r.choice(["本府已另寄紙本。", "經查無誤。"]), "\n")
    b.t("正本：")
    b.p()
    b.t(r.choice(["君", "先生", "女士"]), "\n承辦人：")
    b.p()
    b.t(" 電話 ")
    b.v(PHONE, g.landline())


def _quoted(b: _B, r: random.Random) -> None:
    g = b.g
    b.t(r.choice(["據照服員轉述，", "救護員表示，", "志工回報："]), "「")
    b.p()
    b.t("說他", r.choice(["沒帶健保卡", "忘記手機號碼", "住址改了"]), "，卡號是")
    b.v(NHI, g.nhi())
    b.t("，新手機")
    b.v(PHONE, g.mobile())
    b.t("」。另")
    b.p()
    b.t("、")
    b.p()
    b.t(r.choice(["兩位", "二人"]), "亦在場。")


def _daycare(b: _B, r: random.Random) -> None:
    g = b.g
    k = r.randrange(4)
    if k == 0:
        b.t(g.date(), " 日照出席紀錄\n")
        for i in range(r.randint(2, 5)):
            b.t(f"{i + 1}. ")
            b.p()
            b.t(
                r.choice(["　到", "　請假（回診）", "　到（午後提早離開）", "　未到，電聯家屬"]),
                "\n",
            )
        b.t("記錄：照服員 ")
        b.p()
    elif k == 1:
        b.p()
        b.t(r.choice(["阿嬤", "阿公", "奶奶", "爺爺"]), "今天精神不錯，參加懷舊活動；家屬")
        b.p()
        b.t("來電（")
        b.v(PHONE, g.phone())
        b.t("）表示下週二要請假回診。")
    elif k == 2:
        b.t("個案基本資料\n姓名\t")
        b.p()
        b.t("\n生日\t")
        b.v(BIRTH, g.birth())
        b.t("\n身分證\t")
        b.v(TW_ID, g.twid())
        b.t("\n住址\t")
        b.v(ADDRESS, g.address())
        b.t("\n主要照顧者\t")
        b.p()
        b.t("\t")
        b.v(PHONE, g.phone())
        if r.random() < 0.5:
            b.t("\n自費項目扣款卡號\t")
            b.v(CARD, g.card())
        if r.random() < 0.5:
            b.t("\n健保卡\t")
            b.v(NHI, g.nhi())
    else:
        b.t("個案")
        b.p()
        b.t("由外籍看護")
        b.p()
        b.t("（居留證 ")
        b.v(ARC, g.arc())
        b.t("）接送，看護表示雇主")
        b.p()
        b.t(r.choice(["先生", "小姐", ""]), "近期出國，如有狀況請寄信至")
        b.v(EMAIL, g.email())
        b.t(" 或撥")
        b.v(PHONE, g.phone())
        b.t("。")


def _wildlife(b: _B, r: random.Random) -> None:
    g = b.g
    animal = r.choice(
        ["領角鴞", "鳳頭蒼鷹", "穿山甲", "食蟹獴", "赤腹松鼠", "夜鷺", "鼬獾", "白鼻心"]
    )
    k = r.randrange(3)
    if k == 0:
        b.t("通報人", _sep(r))
        b.p()
        b.t("\n聯絡電話", _sep(r))
        b.v(PHONE, g.phone())
        if r.random() < 0.6:
            b.t("\nE-mail", _sep(r))
            b.v(EMAIL, g.email())
        b.t("\n拾獲地點", _sep(r))
        b.v(ADDRESS, g.address())
        b.t(r.choice(["（自家後院）", "門口", "（騎樓）"]), "\n物種：", animal)
        b.t("\n狀況：", r.choice(["左翼下垂無法飛行", "疑似遭車撞", "誤入住家", "幼鳥落巢"]))
    elif k == 1:
        b.t("民眾")
        b.p()
        b.t("於", g.date(), "在", r.choice(_PUBLIC_SPOTS), "發現一隻", animal, "，")
        b.t("帶回家中暫置，救傷志工")
        b.p()
        b.t("前往其住處（")
        b.v(ADDRESS, g.address())
        b.t("）接回，民眾手機")
        b.v(PHONE, g.phone())
        b.t("。")
    else:
        b.t("收容編號 ", g.case_no(), "　", animal, "\n")
        b.t("送交者：")
        b.p()
        b.t(" 老師（", r.choice(["國小自然科", "社區大學", "鳥會"]), "）\n")
        b.t("回報結果請寄 ")
        b.v(EMAIL, g.email())
        b.t("\n處理人員 ")
        b.p()


def _dmv(b: _B, r: random.Random) -> None:
    g = b.g
    k = r.randrange(4)
    if k == 0:
        b.t("臨櫃紀錄 ", g.date(), "\n申請人：")
        b.p()
        b.t("，身分證 ")
        b.v(TW_ID, g.twid())
        b.t("，出生 ")
        b.v(BIRTH, g.birth())
        b.t("\n事由：", r.choice(["駕照換發", "行照遺失補發", "機車過戶", "地址變更"]), "\n")
        b.t("新通訊地址：")
        b.v(ADDRESS, g.address())
        b.t("\n連絡電話：")
        b.v(PHONE, g.phone())
    elif k == 1:
        b.t("外籍人士")
        b.p()
        b.t("持護照（")
        b.v(PASSPORT, g.passport())
        b.t("）及居留證（")
        b.v(ARC, g.arc())
        b.t("）辦理國際駕照換發，規費刷卡，卡號 ")
        b.v(CARD, g.card())
        b.t(" 已於收據影本上遮蔽。")
    elif k == 2:
        b.t("代辦人")
        b.p()
        b.t("代理")
        b.p()
        b.t(r.choice(["先生", "小姐", ""]), "辦理過戶，委託書已核對；")
        b.t("代辦人電話", _sep(r))
        b.v(PHONE, g.phone())
        b.t("，委託人身分證字號")
        b.v(TW_ID, g.twid())
        b.t("。")
    else:
        b.t("| 序 | 姓名 | 出生日期 | 電話 |\n|---|---|---|---|\n")
        for i in range(r.randint(2, 4)):
            b.t(f"| {i + 1} | ")
            b.p()
            b.t(" | ")
            b.v(BIRTH, g.birth())
            b.t(" | ")
            b.v(PHONE, g.phone())
            b.t(" |\n")
        b.t("以上為", g.date(), "路考預約名單")


def _cram(b: _B, r: random.Random) -> None:
    g = b.g
    k = r.randrange(3)
    if k == 0:
        b.t("稽查紀錄：", r.choice(["某文理補習班", "某美語短期補習班", "某數學補習班"]))
        b.t("，負責人")
        b.p()
        b.t("在場。外籍教師")
        b.p()
        b.t("，護照號碼")
        b.v(PASSPORT, g.passport())
        b.t("，居留證")
        b.v(ARC, g.arc())
        b.t("，未見工作許可，請補件。")
    elif k == 1:
        b.t("一、班主任：")
        b.p()
        b.t("（手機 ")
        b.v(PHONE, g.phone())
        b.t("）\n二、教師名冊：")
        for i in range(r.randint(2, 4)):
            if i:
                b.t("、")
            b.p()
        b.t("\n三、櫃台白板貼有學生家長信用卡號")
        b.v(CARD, g.card())
        b.t("，已請業者立即撤除。\n四、聯絡信箱：")
        b.v(EMAIL, g.email())
    else:
        b.t("教師")
        b.p()
        b.t("，", r.choice(["生日", "出生年月日"]), " ")
        b.v(BIRTH, g.birth())
        b.t("，身分證 ")
        b.v(TW_ID, g.twid())
        b.t("，現住")
        b.v(ADDRESS, g.address())
        b.t("，良民證已查驗。")


def _toilet(b: _B, r: random.Random) -> None:
    g = b.g
    spot = r.choice(_PUBLIC_SPOTS)
    k = r.randrange(3)
    if k == 0:
        b.t("陳情人：")
        b.p()
        b.t("\n電話：")
        b.v(PHONE, g.phone())
        b.t("\n信箱：")
        b.v(EMAIL, g.email())
        b.t(
            "\n內容：", spot, "公廁", r.choice(["臭味很重", "衛生紙常缺", "地板濕滑", "洗手台堵塞"])
        )
        b.t("，希望儘速改善。")
    elif k == 1:
        b.t("「我住在")
        b.v(ADDRESS, g.address())
        b.t("，每天經過", spot, "的廁所都很髒」——民眾")
        b.p()
        b.t("來電轉述，回電號碼")
        b.v(PHONE, g.phone())
    else:
        b.t("清潔班", g.time(), "於", spot, "男廁撿到皮夾，內有")
        b.p()
        b.t("之身分證（")
        b.v(TW_ID, g.twid())
        b.t("）及信用卡一張（")
        b.v(CARD, g.card())
        b.t("），已送派出所，由", r.choice(["班長", "清潔隊員"]))
        b.p()
        b.t("登記。")


_GENRES = [_ambulance, _daycare, _wildlife, _dmv, _cram, _toilet, _formal, _quoted]


# --- hard negatives -----------------------------------------------------------------------


def _neg(g: _Gen) -> str:
    r = g.r
    k = r.randrange(8)
    if k == 0:
        return (
            f"{g.date()} 救護出勤統計：非創傷{r.randint(5, 60)}件、創傷{r.randint(3, 30)}件，"
            f"依緊急醫療救護法第{r.randint(10, 40)}條辦理。\n"
            f"案件編號 {g.case_no()} 送{r.choice(_HOSPITALS)}，到院前OHCA 0件。"
        )
    if k == 1:
        return (
            f"日照中心{g.date()}活動：陳列手作作品、黃昏散步、唱老歌。\n"
            f"點心：{r.choice(['統一布丁', '黑松沙士', '綠豆湯', '芋圓'])}。"
            f"本月自費餐費{g.amount()}，收據號碼{g.receipt()}。"
        )
    if k == 2:
        return (
            f"{r.choice(_PUBLIC_SPOTS)}發現{r.choice(['領角鴞', '穿山甲', '夜鷺'])}一隻，"
            f"由{r.choice(['林務局', '保育志工隊', '動物醫院'])}接手，收容編號{g.case_no()}，"
            f"依野生動物保育法第{r.randint(18, 42)}條通報。"
        )
    if k == 3:
        return (
            f"公告：依{g.doc_no()}函，自{g.date()}起駕照換發規費{g.amount()}，"
            "請民眾攜帶身分證正本及照片臨櫃辦理，曾經逾期者另依道路交通管理處罰條例"
            f"第{r.randint(20, 70)}條處理。"
        )
    if k == 4:
        return (
            f"補習班立案查核：{r.choice(['文華', '建國', '志成', '全美'])}文理短期補習班"
            f"（統一編號{g.ban_no()}）\n"
            f"1. 教室面積符合規定\n2. 收費{g.amount()}已張貼\n"
            f"3. 依補習及進修教育法第{r.randint(9, 30)}條限期改善，文號{g.doc_no()}"
        )
    if k == 5:
        return (
            f"{r.choice(_PUBLIC_SPOTS)}公廁{g.date()}巡檢：地板乾淨，"
            f"{r.choice(['舒潔衛生紙', '白蘭洗手乳', '洗手乳'])}補足，"
            f"清潔廠商（統編{g.ban_no()}）已施工完畢，評等{r.choice(['特優', '優等', '普通'])}。"
        )
    if k == 6:
        return (
            f"陳情案{g.case_no()}：匿名民眾反映{r.choice(_PUBLIC_SPOTS)}廁所高溫悶熱、"
            f"張貼告示不清。已於{g.date()}函復（{g.doc_no()}）。"
        )
    return (
        f"採購：{r.choice(['全聯福利中心', '王品牛排', '85度C', '金蘭醬油', '石安牧場'])}"
        f"發票{g.receipt()}，金額{g.amount()}；"
        f"商品條碼{r.randint(4710000000000, 4719999999999)}；下次會議{g.date()} {g.time()}。"
    )


# --- entry point --------------------------------------------------------------------------


def generate_heldout24(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (a quarter hard negatives) and the known-names list."""
    g = _Gen(seed, n)
    r = g.r
    out: list[Sample] = []
    while len(out) < n:
        if r.random() < 0.25:
            text = _neg(g)
            if _stray(text, mobile_too=True):
                continue
            out.append(Sample(text, [], True, []))
            continue
        b = _B(g)
        r.choice(_GENRES)(b, r)
        s = b.sample()
        masked = list(s.text)
        for a, e, _ in s.spans:
            masked[a:e] = ["□"] * (e - a)
        if _stray("".join(masked), mobile_too=False):
            continue
        out.append(s)
    return out, list(g.known)
