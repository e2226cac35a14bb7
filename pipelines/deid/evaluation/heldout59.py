"""Held-out evaluation set 59 for the Traditional-Chinese personal-data scanner.

Written without looking at the scanner: none of its recognizers, patterns, context words,
tests or other evaluation sets were opened. Only the ``Sample`` dataclass and the checksum
helpers in ``pipelines.deid.identifiers`` were read; templates, name pools and phrasing are
new. The texts imitate what staff of Taiwanese agencies type into free-text fields, in many
registers: 公文 sentences, terse case-log notes, transcribed phone calls, LINE chat exports,
pasted e-mails, pasted forms with labels, pasted tables (tab, CSV, space-aligned), numbered
rosters and lists, with English mixed into Chinese.

Genres (six):

1. 自來水／污水下水道用戶接管陳情, with plumbers' visits;
2. 公立幼兒園招生抽籤與備取名單 (公幼抽籤);
3. 廟會志工名冊與添油香芳名錄;
4. 離島交通船與長途客運旅客名單;
5. 醫院社工出院準備服務紀錄;
6. 建照施工鄰損陳情.

About a quarter of the samples are hard negatives: no personal data at all, but government
prose, document and case numbers, 統一編號 with valid checksums, statute articles, amounts,
ordinary and founding dates, place and organisation names, products, deity names and words
that start with surname characters. BIRTH_DATE spans are only people's dates of birth.

``generate_heldout59(n, seed)`` returns the samples and a list of "known names" (what a
dataset's own name column would hold): about half of the PERSON spans are names in that list,
the rest are names in no list, and the list also holds names never mentioned.
"""

import random
import re
import unicodedata
from collections.abc import Callable

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

_DIGITS = "0123456789"
_TO_WIDE = str.maketrans(
    {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-/.()+"}
)
_WIDE_SHARE = 0.14
_NEGATIVE_SHARE = 0.25
_KNOWN_SHARE = 0.5

# ---------------------------------------------------------------------------------------------
# Name pools
# ---------------------------------------------------------------------------------------------

_SUR = tuple(
    "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙"
    "顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓馬董溫唐藍蔣石古紀姚連馮程湯田康姜白汪鄒尤巫涂龔"
)
_SUR2 = ("歐陽", "司馬", "上官", "諸葛", "張簡", "范姜", "張廖", "東方")
_GIVEN = (
    "志明", "淑芬", "美玲", "家豪", "怡君", "雅婷", "俊傑", "建宏", "宗翰", "冠宇", "宜蓁",
    "欣怡", "佳穎", "柏翰", "惠美", "麗華", "文雄", "明德", "國榮", "秀鳳", "素珍", "信宏",
    "耀文", "淑惠", "佩珊", "靜宜", "政勳", "世昌", "麗娟", "慧玲", "志偉", "振興", "嘉玲",
    "瑞麟", "俊宏", "玉婷", "宏銘", "宛蓉", "舒涵", "哲瑋", "昱廷", "郁雯", "品妤", "承翰",
    "韻如", "啟源", "碧玉", "美惠", "再添", "金龍", "秋萍", "凱文", "筱涵", "家瑜", "茂盛",
)  # fmt: skip
_GIVEN_F = (
    "淑芬", "美玲", "怡君", "雅婷", "宜蓁", "欣怡", "惠美", "麗華", "秀鳳", "素珍", "淑惠",
    "佩珊", "麗娟", "慧玲", "玉婷", "宛蓉", "秋萍", "碧玉", "美惠", "月琴", "素卿", "寶珠",
)  # fmt: skip
_GIVEN_1 = ("靜", "強", "敏", "勇", "慧", "傑", "蘭", "瑩", "豪", "萍", "誠", "薇")
_GIVEN_OLD = (
    "罔腰", "阿桃", "秀琴", "金枝", "春嬌", "月娥", "清水", "萬福", "天賜", "添丁", "炳煌",
    "阿綢", "金土", "玉葉", "碧霞", "水源", "阿滿", "招治", "錦雲", "進財", "罔市", "火旺",
    "阿梅", "銀河", "木村", "查某", "阿月", "坤山", "順發", "春枝",
)  # fmt: skip
_GIVEN_KID = (
    "沐宸", "芯妤", "宥辰", "語彤", "品睿", "子晴", "睿恩", "梓晴", "承睿", "禹澤", "以安",
    "允樂", "芊妤", "宸希", "昀熙", "恩綺", "亮言", "宥翔", "苡菲", "楷詠", "悅心", "晏安",
    "詠晴", "奕辰", "可昕", "書亞", "紘宇", "樂樂", "禾穗", "予恩",
)  # fmt: skip
_INDIG_A = (
    "瓦歷斯", "比令", "尤幹", "巴奈", "馬耀", "伊斯坦大", "撒韻", "達德", "拉娃", "谷慕",
    "烏杜夫", "阿芒", "莎瓦", "希巫", "伊凡", "吉娃", "巴干", "拉瓦克", "蘇飛", "麗依京",
)  # fmt: skip
_INDIG_B = (
    "諾幹", "尤命", "巴萬", "馬賴", "卡造", "拉罕", "達利", "瓦旦", "比湘", "吉拉", "撒可",
    "烏卡", "哈勇", "阿布", "卡比", "嘎照",
)  # fmt: skip
_INDIG_LA = (
    "Walis", "Pilin", "Yukan", "Panay", "Mayaw", "Istanda", "Sayun", "Lawa", "Kumu", "Umav",
    "Afang", "Savi", "Tanap", "Ciwas", "Sudipu", "Lavakaw", "Dagu", "Biung",
)  # fmt: skip
_INDIG_LB = (
    "Nokan", "Yumin", "Pawan", "Malay", "Kacaw", "Tali", "Lahan", "Takun", "Kaciw", "Watan",
    "Tanapima", "Haruq", "Sawmah", "Ispalidav", "Tjuleng",
)  # fmt: skip
_VN_SUR = ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo", "Duong")
_VN_MID_F = ("Thi",)
_VN_MID_M = ("Van", "Duc", "Minh", "Quang")
_VN_GIVEN_F = ("Lan", "Hoa", "Mai", "Thuy", "Huong", "Ngoc Anh", "Thu Trang", "Hanh", "Phuong")
_VN_GIVEN_M = ("Hung", "Tuan", "Nam", "Dung", "Long", "Thanh", "Khoa", "Hai")
_VN_HAN_SUR = ("阮", "陳", "黎", "范", "黃", "武", "鄧", "裴", "吳")
_VN_HAN_GIVEN_F = ("梅", "蘭", "秋香", "紅絨", "芳", "翠", "花", "青竹", "玉詩", "清水")
_VN_HAN_GIVEN_M = ("雄", "勇", "俊", "明", "海", "龍")
_ID_FIRST = ("Siti", "Sri", "Nur", "Dewi", "Endang", "Yuli", "Rina", "Agus", "Budi", "Eko",
             "Wahyu", "Indah", "Tri", "Ani", "Lilis")  # fmt: skip
_ID_LAST = ("Aminah", "Wahyuni", "Lestari", "Susanti", "Astuti", "Setiawan", "Santoso",
            "Prasetyo", "Marlina", "Rohmah", "Handayani", "Kurniasih", "Nurhayati")  # fmt: skip
_ID_MONO = ("Suwarni", "Sumiati", "Karsih", "Tarmini", "Juminah", "Sulastri", "Warsini")
_PH_FIRST = ("Maria", "Jocelyn", "Rowena", "Mary Ann", "Lovely", "Jerome", "Mark Anthony",
             "Cristina", "Analyn", "Jennylyn", "Marites", "Rodel", "Gemma", "Liezl")  # fmt: skip
_PH_LAST = ("Santos", "Reyes", "Bautista", "Dela Cruz", "Garcia", "Mendoza", "Villanueva",
            "Ramos", "Aquino", "Castillo", "Manalo", "Pascual", "Del Rosario")  # fmt: skip
_TH_FIRST = ("Somchai", "Nattaya", "Kanya", "Prasert", "Supaporn", "Wichai", "Malee",
             "Somsak", "Arunee", "Chaiwat")  # fmt: skip
_TH_LAST = ("Boonmee", "Srisuk", "Thongdee", "Wongsa", "Kaewmanee", "Saengthong",
            "Phromma", "Chaiyasit", "Inthasan")  # fmt: skip
# Han transliterations of foreign residents' names: given part, optional family part.
_HAN_FOREIGN = {
    "id": (("西蒂", "詩麗", "努兒", "黛薇", "恩丹", "尤莉", "莉娜", "阿古斯", "布迪", "艾柯",
            "蘇瓦妮", "蘇米雅"),
           ("阿米娜", "瓦尤妮", "莉絲塔", "蘇桑蒂", "阿絲圖", "山托索", "羅瑪", "韓達雅")),
    "ph": (("瑪莉亞", "喬瑟琳", "羅薇娜", "瑪莉安", "洛芙莉", "潔瑪", "克莉絲", "安娜琳",
            "羅德爾", "瑪麗黛"),
           ("桑托斯", "雷耶斯", "包蒂斯塔", "加西亞", "門多薩", "拉莫斯", "阿奎諾", "帕斯瓜")),
    "th": (("頌猜", "娜塔雅", "甘雅", "巴頌", "蘇帕彭", "威猜", "瑪莉", "頌薩", "阿魯妮",
            "差瓦"),
           ("汶米", "西蘇", "通迪", "翁薩", "盛通", "彭瑪", "猜亞", "英塔")),
}  # fmt: skip
_NATS = ("vn", "id", "ph", "th")
_NAT_NAMES = {"vn": "越南", "id": "印尼", "ph": "菲律賓", "th": "泰國"}
_KINDS = (
    "tw",
    "elder",
    "child",
    "indig",
    *(f"{nat}:{script}" for nat in _NATS for script in ("lat", "han")),
)

# ---------------------------------------------------------------------------------------------
# Places, organisations, words
# ---------------------------------------------------------------------------------------------

# (county or city, area code, local digits, ((district, postal code, roads), ...))
_REGIONS: tuple[tuple[str, str, int, tuple[tuple[str, str, tuple[str, ...]], ...]], ...] = (
    ("臺北市", "02", 8, (("大安區", "106", ("復興南路一段", "和平東路二段", "安和路")),
                         ("萬華區", "108", ("西園路二段", "萬大路", "康定路")),
                         ("士林區", "111", ("文林路", "承德路四段", "中正路")))),
    ("新北市", "02", 8, (("板橋區", "220", ("文化路一段", "四川路二段", "民生路")),
                         ("三重區", "241", ("重新路三段", "正義北路")),
                         ("新店區", "231", ("北新路二段", "中正路")))),
    ("基隆市", "02", 8, (("仁愛區", "200", ("愛三路", "仁二路")),
                         ("七堵區", "206", ("明德一路", "東新街")))),
    ("桃園市", "03", 7, (("中壢區", "320", ("中華路二段", "環北路", "新生路")),
                         ("龜山區", "333", ("文化一路", "萬壽路二段")))),
    ("新竹縣", "03", 7, (("竹北市", "302", ("光明六路", "縣政二路")),)),
    ("苗栗縣", "037", 6, (("頭份市", "351", ("中正路", "建國路")),
                          ("苗栗市", "360", ("為公路", "中山路")))),
    ("臺中市", "04", 8, (("北屯區", "406", ("崇德路三段", "文心路四段", "東山路一段")),
                         ("豐原區", "420", ("三豐路一段", "中正路")),
                         ("大里區", "412", ("德芳南路", "中興路二段")))),
    ("彰化縣", "04", 7, (("員林市", "510", ("中山路二段", "大同路一段")),
                         ("鹿港鎮", "505", ("民族路", "中山路")))),
    ("南投縣", "049", 7, (("埔里鎮", "545", ("中山路三段", "南昌街")),
                          ("草屯鎮", "542", ("太平路一段", "中正路")))),
    ("雲林縣", "05", 7, (("斗六市", "640", ("雲林路二段", "大學路三段")),)),
    ("嘉義市", "05", 7, (("西區", "600", ("友愛路", "民族路")),
                         ("東區", "600", ("公明路", "忠孝路")))),
    ("臺南市", "06", 7, (("東區", "701", ("東門路二段", "林森路一段", "崇學路")),
                         ("安南區", "709", ("安中路三段", "海佃路一段")),
                         ("新營區", "730", ("三民路", "中山路")))),
    ("高雄市", "07", 7, (("三民區", "807", ("建工路", "九如二路", "大昌一路")),
                         ("鳳山區", "830", ("光遠路", "五甲二路")),
                         ("旗津區", "805", ("中洲三路", "旗津三路")))),
    ("屏東縣", "08", 7, (("屏東市", "900", ("自由路", "廣東路")),
                         ("琉球鄉", "929", ("中山路", "三民路")),
                         ("恆春鎮", "946", ("恆南路", "中正路")))),
    ("宜蘭縣", "03", 7, (("羅東鎮", "265", ("公正路", "興東路")),
                         ("頭城鎮", "261", ("青雲路三段", "開蘭路")))),
    ("花蓮縣", "03", 7, (("花蓮市", "970", ("林森路", "國聯一路", "中山路")),
                         ("吉安鄉", "973", ("中央路三段", "南濱路一段")))),
    ("臺東縣", "089", 6, (("臺東市", "950", ("中華路一段", "更生路", "傳廣路")),
                          ("成功鎮", "961", ("中山東路", "大同路")))),
    ("澎湖縣", "06", 7, (("馬公市", "880", ("中正路", "光復路", "新生路")),)),
    ("金門縣", "082", 6, (("金城鎮", "893", ("民生路", "莒光路一段")),
                          ("金湖鎮", "891", ("中正路", "漁村街")))),
)  # fmt: skip
_VILLAGES = ("中正里", "福德里", "仁愛里", "東興里", "新生里", "大同里", "永安里", "德和里")
_MOBILE_HEADS = ("0910", "0912", "0919", "0921", "0928", "0933", "0937", "0952", "0958",
                 "0963", "0970", "0975", "0978", "0982", "0988", "0905", "0918",
                 "0939")  # fmt: skip
_ROMAN_GIVEN = ("chihming", "shufen", "meiling", "chiahao", "yichun", "yating", "chunchieh",
                "chienhung", "tsunghan", "kuanyu", "hsinyi", "chiaying", "pohan", "huimei",
                "lihua", "yuting", "peishan", "chingyi", "weiting", "mayaw", "walis", "panay",
                "lan.nguyen", "thuhuong", "siti", "rowena", "nattaya", "jocelyn")  # fmt: skip
_ROMAN_SUR = ("chen", "lin", "huang", "chang", "lee", "wang", "wu", "liu", "tsai", "yang",
              "hsu", "cheng", "hsieh", "kuo", "tseng", "chiu", "lai")  # fmt: skip
_MAIL_HOSTS = ("gmail.com", "yahoo.com.tw", "outlook.com", "icloud.com", "msa.hinet.net",
               "livemail.tw", "pchome.com.tw", "kimo.com", "seed.net.tw")  # fmt: skip

_WATER_FIRMS = ("大興水電工程行", "永順水電行", "建隆土木包工業", "宏泰管線工程有限公司",
                "三和衛生下水道工程股份有限公司", "新昌水電行", "德勝環境工程有限公司")  # fmt: skip
_BUILD_FIRMS = ("鼎鑫建設股份有限公司", "聯揚營造有限公司", "晴川開發建設股份有限公司",
                "松柏營造股份有限公司", "冠群建設有限公司", "長宇營造股份有限公司")  # fmt: skip
_SCHOOLS = ("中正國小", "文化國小", "仁愛國小", "光復國小", "新興國小", "忠孝國小", "建功國小",
            "大同國小", "東門國小", "海埔國小")  # fmt: skip
_TEMPLES = ("福安宮", "慈德宮", "順天宮", "鳳山寺", "保安宮", "龍德宮", "代天府", "受天宮",
            "福德祠", "清水巖", "天后宮", "朝陽宮")  # fmt: skip
_DEITIES = ("媽祖", "池府千歲", "保生大帝", "關聖帝君", "清水祖師", "福德正神", "玄天上帝",
            "三山國王", "溫府千歲", "註生娘娘")  # fmt: skip
_SHIPS = ("臺馬之星", "東琉之星", "綠島之星", "澎湖之星", "海晏號", "金廈快輪", "新臺馬輪",
          "藍鯨號")  # fmt: skip
_ROUTES = ("基隆→南竿", "南竿→東引", "東港→小琉球", "富岡→綠島", "富岡→蘭嶼", "高雄→馬公",
           "布袋→馬公", "水頭→九宮", "後壁湖→蘭嶼", "南竿→北竿")  # fmt: skip
_BUSES = ("國道客運1619路", "國道客運9018路", "1819路機場線", "台北→台東夜班車",
          "高雄→墾丁快線", "台中→埔里9833路")  # fmt: skip
_WARDS = ("骨科病房", "7B病房", "神經內科病房", "一般外科病房", "胸腔內科病房", "復健病房")
_DX = ("右側股骨頸骨折", "腦中風合併左側偏癱", "吸入性肺炎", "糖尿病足截肢術後",
       "慢性腎衰竭開始血液透析", "左側人工髖關節置換術後", "跌倒致腰椎壓迫性骨折")  # fmt: skip
_DX_EN = ("s/p ORIF R't femur", "CVA with L't hemiparesis", "aspiration pneumonia",
          "s/p BKA", "ESRD on H/D", "s/p THR", "L1 compression fx")  # fmt: skip
_CARE_UNITS = ("長照A單位", "居家護理所", "社區復健中心", "長期照顧管理中心", "日照中心")

_SURNAME_WORDS = ("林務局", "黃昏市場", "高鐵站", "陳列館", "江翠", "宋江陣", "周邊道路",
                  "曾文水庫", "石門水庫", "馬公港", "金城鎮", "白沙鄉", "方便", "許可",
                  "何時", "吳郭魚", "王船", "李仔糖", "鄭重", "游泳池", "洪水", "柯子林",
                  "朱雀", "潘朵拉")  # fmt: skip

_ID_WINDOW = re.compile(r"(?=([A-Z][A-Z0-9]\d{8}))")
_CARD_RUN = re.compile(r"(?<!\d)\d(?:[ \-]?\d){12,18}(?!\d)")
_MOBILE_RUN = re.compile(r"(?<!\d)(?:\+886[\s\-]?|0)9\d{2}[\s\-]?\d{3}[\s\-]?\d{3}(?!\d)")


def _display_width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _norm_chars(text: str) -> str:
    out = []
    for c in text:
        n = unicodedata.normalize("NFKC", c).upper()
        out.append(n if len(n) == 1 else c)
    return "".join(out)


Cell = str | tuple[str, str]


class _Doc:
    """Text under construction with its gold spans."""

    def __init__(self, known: set[str]) -> None:
        self._known = known
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.flags: list[bool] = []
        self.pos = 0

    def t(self, *texts: str) -> None:
        for s in texts:
            self.parts.append(s)
            self.pos += len(s)

    def v(self, value: str, label: str) -> str:
        start = self.pos
        self.t(value)
        self.spans.append((start, self.pos, label))
        if label == "PERSON":
            self.flags.append(value in self._known)
        return value

    def cell(self, c: Cell) -> str:
        if isinstance(c, tuple):
            return self.v(c[0], c[1])
        self.t(c)
        return c

    def row(self, cells: list[Cell], sep: str) -> None:
        for i, c in enumerate(cells):
            if i:
                self.t(sep)
            self.cell(c)
        self.t("\n")

    def aligned(self, cells: list[Cell], widths: list[int]) -> None:
        for i, c in enumerate(cells):
            s = self.cell(c)
            if i < len(cells) - 1:
                self.t(" " * max(2, widths[i] - _display_width(s)))
        self.t("\n")

    def text(self) -> str:
        return "".join(self.parts)


class _Gen59:
    def __init__(self, n: int, seed: int) -> None:
        self.r = random.Random(seed * 7919 + 59)
        self.known: set[str] = set()
        self.pools: dict[str, list[str]] = {k: [] for k in _KINDS}
        sizes = {
            "tw": max(12, n // 5),
            "elder": max(6, n // 16),
            "child": max(6, n // 14),
            "indig": max(4, n // 40),
        }
        for nat in _NATS:
            sizes[f"{nat}:lat"] = max(3, n // 50)
            sizes[f"{nat}:han"] = max(2, n // 90)
        for kind, size in sizes.items():
            while len(self.pools[kind]) < size:
                name = self._make(kind)
                if name not in self.known:
                    self.known.add(name)
                    self.pools[kind].append(name)
        self.reserved: list[str] = []
        while len(self.reserved) < max(5, n // 25):
            name = self._make(self.r.choice(_KINDS))
            if name not in self.known:
                self.known.add(name)
                self.reserved.append(name)
        self.region = _REGIONS[0]
        self.clock = 480

    # ----------------------------------------------------------------------------- names

    def _indig(self) -> str:
        r = self.r
        if r.random() < 0.7:
            return r.choice(_INDIG_A) + r.choice("‧‧‧·") + r.choice(_INDIG_B)
        return r.choice(_INDIG_LA) + " " + r.choice(_INDIG_LB)

    def _latin(self, nat: str) -> str:
        r = self.r
        if nat == "vn":
            if r.random() < 0.7:
                parts = (r.choice(_VN_SUR), "Thi", r.choice(_VN_GIVEN_F))
            else:
                parts = (r.choice(_VN_SUR), r.choice(_VN_MID_M), r.choice(_VN_GIVEN_M))
            name = " ".join(parts)
        elif nat == "id":
            if r.random() < 0.25:
                name = r.choice(_ID_MONO)
            else:
                name = r.choice(_ID_FIRST) + " " + r.choice(_ID_LAST)
        elif nat == "ph":
            name = r.choice(_PH_FIRST) + " " + r.choice(_PH_LAST)
        else:
            name = r.choice(_TH_FIRST) + " " + r.choice(_TH_LAST)
        return name.upper() if r.random() < 0.3 else name

    def _fhan(self, nat: str) -> str:
        r = self.r
        if nat == "vn":
            if r.random() < 0.7:
                return r.choice(_VN_HAN_SUR) + "氏" + r.choice(_VN_HAN_GIVEN_F)
            return r.choice(_VN_HAN_SUR) + "文" + r.choice(_VN_HAN_GIVEN_M)
        given, family = _HAN_FOREIGN[nat]
        while True:
            name = r.choice(given)
            if r.random() < 0.7:
                name += r.choice("‧‧·") + r.choice(family)
            if len(name) <= 8:
                return name

    def _two_surnames(self) -> str:
        a = self.r.choice(_SUR)
        b = self.r.choice(_SUR)
        while b == a:
            b = self.r.choice(_SUR)
        return a + b

    def _make(self, kind: str, sur: str | None = None) -> str:
        r = self.r
        if kind == "tw":
            x = r.random()
            if x < 0.06:
                return (sur or r.choice(_SUR)) + r.choice(_GIVEN_1)
            if x < 0.72:
                return (sur or r.choice(_SUR)) + r.choice(_GIVEN)
            if x < 0.8:
                return r.choice(_SUR2) + r.choice(_GIVEN)
            if x < 0.88:
                return self._two_surnames() + r.choice(_GIVEN_F)
            return self._indig()
        if kind == "elder":
            x = r.random()
            if x < 0.62:
                return r.choice(_SUR) + r.choice(_GIVEN_OLD)
            if x < 0.9:
                return self._two_surnames() + r.choice(_GIVEN_OLD)
            return self._indig()
        if kind == "child":
            return (sur or r.choice(_SUR)) + r.choice(_GIVEN_KID)
        if kind.endswith(":lat"):
            return self._latin(kind[:2])
        if kind.endswith(":han"):
            return self._fhan(kind[:2])
        return self._indig()

    def name(self, kind: str = "tw", sur: str | None = None) -> str:
        r = self.r
        if kind == "foreign":
            kind = r.choice(_NATS)
        elif kind == "latin":
            kind = r.choice(_NATS) + ":lat"
        if kind in _NATS:
            kind += ":lat" if r.random() < 0.6 else ":han"
        if r.random() < _KNOWN_SHARE:
            return r.choice(self.pools[kind])
        for _ in range(200):
            name = self._make(kind, sur if r.random() < 0.8 else None)
            if name not in self.known:
                return name
        raise AssertionError("name pools exhausted")

    def P(self, d: _Doc, kind: str = "tw", sur: str | None = None) -> str:
        return d.v(self.name(kind, sur), "PERSON")

    # ----------------------------------------------------------------------------- values

    def wide(self, s: str) -> str:
        return s.translate(_TO_WIDE) if self.r.random() < _WIDE_SHARE else s

    def nid(self, sex: str | None = None, casual: bool = False) -> str:
        r = self.r
        letter = r.choice(sorted(LETTER_CODES))
        body = (sex or r.choice("12")) + "".join(r.choice(_DIGITS) for _ in range(7))
        value = letter + body + id_check_digit(letter, body)
        assert twid.is_valid(value)
        if casual and r.random() < 0.3:
            return value.lower()
        return self.wide(value)

    def arcn(self) -> str:
        r = self.r
        letter = r.choice(sorted(LETTER_CODES))
        if r.random() < 0.7:
            body = r.choice("89") + "".join(r.choice(_DIGITS) for _ in range(7))
            value = letter + body + id_check_digit(letter, body)
        else:
            second = r.choice("ABCD")
            tail = "".join(r.choice(_DIGITS) for _ in range(7))
            body = str(LETTER_CODES[second] % 10) + tail
            value = letter + second + tail + id_check_digit(letter, body)
        assert arc.is_valid(value) and not twid.is_valid(value)
        return self.wide(value)

    def mob(self) -> str:
        r = self.r
        head = r.choice(_MOBILE_HEADS)
        rest = "".join(r.choice(_DIGITS) for _ in range(6))
        style = r.randrange(7)
        if style == 0:
            value = f"{head}{rest}"
        elif style == 1:
            value = f"{head} {rest[:3]} {rest[3:]}"
        elif style == 2:
            value = f"+886-{head[1:]}-{rest[:3]}-{rest[3:]}"
        elif style == 3:
            value = f"+886 {head[1:]}{rest}"
        elif style == 4:
            value = f"{head}-{rest}"
        else:
            value = f"{head}-{rest[:3]}-{rest[3:]}"
        assert phone.is_valid(value) or phone.is_plausible(value)
        return self.wide(value)

    def tel(self) -> str:
        r = self.r
        _, area, size, _ = self.region
        local = r.choice("2345678") + "".join(r.choice(_DIGITS) for _ in range(size - 1))
        cut = 4 if size == 8 else 3
        style = r.randrange(4)
        if style == 0:
            value = f"({area}){local[:cut]}-{local[cut:]}"
        elif style == 1:
            value = f"{area}-{local[:cut]}-{local[cut:]}"
        elif style == 2:
            value = f"{area}-{local}"
        else:
            value = f"{area}{local}"
        assert phone.is_valid(value) or phone.is_plausible(value)
        return self.wide(value)

    def phone_any(self) -> str:
        return self.mob() if self.r.random() < 0.72 else self.tel()

    def mail(self) -> str:
        r = self.r
        g, s = r.choice(_ROMAN_GIVEN), r.choice(_ROMAN_SUR)
        yy = str(r.randint(60, 99)) if r.random() < 0.5 else f"{r.randint(0, 9)}{r.randint(0, 9)}"
        style = r.randrange(6)
        user = (
            f"{g}.{s}",
            f"{s}{g}{yy}",
            f"{g}_{s}{r.randint(1, 999)}",
            f"{s}.{g}",
            f"{g}{yy}",
            f"{s[0]}{g}{r.randint(1000, 9999)}",
        )[style]
        return user.replace("..", ".") + "@" + r.choice(_MAIL_HOSTS)

    def address(self) -> str:
        r = self.r
        city, _, _, districts = self.region
        district, postal, roads = r.choice(districts)
        if city.startswith("臺") and r.random() < 0.4:
            city = "台" + city[1:]
        parts = []
        if r.random() < 0.3:
            parts.append(postal + (r.choice(("", " ")) if r.random() < 0.5 else ""))
        parts.append(city + district)
        if r.random() < 0.18:
            parts.append(r.choice(_VILLAGES) + f"{r.randint(1, 30)}鄰")
        parts.append(r.choice(roads))
        if r.random() < 0.35:
            parts.append(f"{r.randint(2, 400)}巷")
            if r.random() < 0.3:
                parts.append(f"{r.randint(1, 30)}弄")
        parts.append(str(r.randint(1, 320)))
        if r.random() < 0.12:
            parts.append(f"之{r.randint(1, 6)}")
        parts.append("號")
        x = r.random()
        if x < 0.25:
            parts.append(f"{r.randint(2, 15)}樓")
        elif x < 0.33:
            parts.append(f"{r.randint(2, 12)}F")
        elif x < 0.4:
            parts.append(f"{r.randint(2, 12)}樓之{r.randint(1, 8)}")
        value = "".join(parts)
        return self.wide(value)

    def nhi(self) -> str:
        r = self.r
        head = "0000" if r.random() < 0.8 else "0" + "".join(r.choice(_DIGITS) for _ in range(3))
        value = head + "".join(r.choice(_DIGITS) for _ in range(8))
        style = r.randrange(3)
        if style == 1:
            value = f"{value[:4]}-{value[4:8]}-{value[8:]}"
        elif style == 2:
            value = f"{value[:4]} {value[4:8]} {value[8:]}"
        return self.wide(value)

    def passport(self, nat: str) -> str:
        r = self.r

        def digits(k: int) -> str:
            return "".join(r.choice(_DIGITS) for _ in range(k))

        if nat == "tw":
            value = r.choice("3") + digits(8)
        elif nat == "vn":
            value = r.choice("CBN") + digits(7)
        elif nat == "id":
            value = r.choice("BCX") + digits(7)
        elif nat == "ph":
            value = "P" + digits(7) + r.choice("ABC")
        else:
            value = r.choice(("AA", "AB", "AC")) + digits(7)
        assert not twid.is_valid(value) and not arc.is_valid(value)
        return self.wide(value)

    def card(self) -> str:
        r = self.r
        prefix, size = r.choice(
            (("4", 16), ("4", 16), ("5", 16), ("35", 16), ("62", 16), ("37", 15))
        )
        if prefix == "5":
            prefix += r.choice("12345")
        body = prefix + "".join(r.choice(_DIGITS) for _ in range(size - len(prefix) - 1))
        value = next(body + c for c in _DIGITS if creditcard.luhn_ok(body + c))
        style = r.randrange(3)
        if size == 15 and style:
            sep = " " if style == 1 else "-"
            value = sep.join((value[:4], value[4:10], value[10:]))
        elif style:
            sep = " " if style == 1 else "-"
            value = sep.join(value[i : i + 4] for i in range(0, 16, 4))
        assert creditcard.is_valid(value)
        return self.wide(value)

    def _ymd(self, lo: int, hi: int) -> tuple[int, int, int]:
        r = self.r
        y, m = r.randint(lo, hi), r.randint(1, 12)
        days = 30 if m in (4, 6, 9, 11) else 31
        if m == 2:
            days = 29 if y % 4 == 0 and y % 100 != 0 else 28
        return y, m, r.randint(1, days)

    def _date_text(self, y: int, m: int, dd: int, style: str) -> str:
        r = self.r
        roc = y - 1911
        if style == "roc":
            s = r.randrange(6)
            if s == 0:
                return f"民國{roc}年{m}月{dd}日"
            if s == 1:
                return f"{roc}年{m}月{dd}日"
            if s == 2:
                return f"{roc}年{m:02d}月{dd:02d}日"
            if s == 3:
                return f"{roc}.{m:02d}.{dd:02d}"
            if s == 4:
                return f"{roc:03d}/{m:02d}/{dd:02d}"
            return f"{roc}/{m}/{dd}"
        s = r.randrange(5)
        if s == 0:
            return f"{y}-{m:02d}-{dd:02d}"
        if s == 1:
            return f"{y}/{m:02d}/{dd:02d}"
        if s == 2:
            return f"{y}/{m}/{dd}"
        if s == 3:
            return f"{y}年{m}月{dd}日"
        return f"{y}.{m:02d}.{dd:02d}"

    def birth(self, kind: str = "tw", style: str | None = None) -> str:
        lo, hi = {"elder": (1930, 1956), "child": (2019, 2022), "young": (1984, 2003)}.get(
            kind, (1956, 2001)
        )
        y, m, dd = self._ymd(lo, hi)
        style = style or ("roc" if self.r.random() < 0.6 else "ad")
        return self.wide(self._date_text(y, m, dd, style))

    def odate(self, style: str | None = None) -> str:
        """An ordinary (non-birth) date in 2023-2025."""
        y, m, dd = self._ymd(2023, 2025)
        style = style or ("roc" if self.r.random() < 0.7 else "ad")
        return self._date_text(y, m, dd, style)

    def mmdd(self) -> str:
        return f"{self.r.randint(1, 12)}/{self.r.randint(1, 28)}"

    def hhmm(self) -> str:
        return (
            f"{self.r.randint(7, 21):02d}:{self.r.choice((0, 5, 10, 15, 20, 30, 40, 45, 50)):02d}"
        )

    def tick(self) -> str:
        """The next timestamp of a chat (times increase within a sample)."""
        self.clock += self.r.randint(1, 55)
        return f"{min(self.clock // 60, 23):02d}:{self.clock % 60:02d}"

    def colon(self) -> str:
        return self.r.choice(("：", "：", "：", ":", ": "))

    def ban_no(self) -> str:
        while True:
            value = "".join(self.r.choice(_DIGITS) for _ in range(8))
            if ban.is_valid(value) and value[0] != "0":
                return value

    def roc_year(self) -> int:
        return self.r.randint(112, 114)

    def doc_no(self, heads: tuple[str, ...]) -> str:
        r = self.r
        return f"{r.choice(heads)}第{self.roc_year()}{r.randint(1000000, 9999999)}號"

    def amount(self) -> str:
        r = self.r
        v = r.choice((r.randint(3, 99) * 100, r.randint(1, 900) * 1000, r.randint(10, 999) * 10000))
        s = f"{v:,}"
        return r.choice((f"新臺幣{s}元", f"NT${s}", f"{s}元", f"新台幣{s}元整"))

    # ----------------------------------------------------------------------------- helpers

    def E(self, d: _Doc, label: str, value: str) -> str:
        return d.v(value, label)

    def A(self, d: _Doc) -> str:
        return d.v(self.address(), "ADDRESS")

    def M(self, d: _Doc) -> str:
        return d.v(self.mob(), "PHONE")

    def PH(self, d: _Doc) -> str:
        return d.v(self.phone_any(), "PHONE")

    def ID(self, d: _Doc, sex: str | None = None, casual: bool = False) -> str:
        return d.v(self.nid(sex, casual), "TW_NATIONAL_ID")

    def RC(self, d: _Doc) -> str:
        return d.v(self.arcn(), "TW_RESIDENT_CERT")

    def EM(self, d: _Doc) -> str:
        return d.v(self.mail(), "EMAIL")

    def BD(self, d: _Doc, kind: str = "tw", style: str | None = None) -> str:
        return d.v(self.birth(kind, style), "BIRTH_DATE")

    def nat(self) -> tuple[str, str]:
        code = self.r.choice(_NATS)
        return code, _NAT_NAMES[code]

    # ============================================================ genre 1: water and sewer

    def water_gongwen(self, d: _Doc) -> None:
        r = self.r
        firm = r.choice(_WATER_FIRMS)
        d.t("主旨：有關臺端陳情污水下水道用戶接管工程施工後路面回填不實一案，復如說明，請查照。\n")
        d.t(f"說明：\n一、復臺端{self.odate('roc')}陳情書。\n二、本局已於{self.odate('roc')}會同")
        d.t(f"承攬廠商{firm}工地負責人")
        self.P(d)
        d.t("及陳情人")
        self.P(d)
        d.t(r.choice(("君", "先生", "女士", "")) + "至")
        self.A(d)
        d.t(f"前會勘，確認人孔周邊沉陷約{r.randint(2, 7)}公分，已請廠商於7日內完成刨鋪改善。\n")
        d.t("三、副本抄送里辦公處；本案承辦人")
        self.P(d)
        d.t(r.choice(("，如有疑問請洽本局污水工程科。", "。", "（污水工程科）。")))

    def water_log(self, d: _Doc) -> None:
        r = self.r
        d.t(f"{self.mmdd()} {self.hhmm()} 民眾")
        self.P(d, r.choice(("tw", "tw", "elder")))
        d.t(r.choice(("來電(", "來電（", " 電話 ")))
        self.M(d)
        d.t(r.choice((") ", "） ", " ")))
        d.t("反映")
        self.A(d)
        issues = (
            " 後巷接管完成後化糞池未廢除確實 有臭味\n",
            " 門口柏油補得凹凸不平 機車會滑\n",
            " 接管後廚房排水慢 疑似管線反坡\n",
        )
        d.t(r.choice(issues))
        d.t(f"→ 轉{r.choice(_WATER_FIRMS)}，")
        self.P(d)
        d.t(f"師傅約{self.mmdd()}下午到場\n")
        outcomes = (
            "師傅回報已灌漿封填，民眾拍照確認OK 結案",
            "現場查無異常，已向民眾說明，待觀察",
            "需再開挖，另案排程 (pending)",
        )
        d.t(r.choice(outcomes))

    def water_call(self, d: _Doc) -> None:
        r = self.r
        d.t(f"【來電紀錄】{self.odate()} {self.hhmm()}\n來電者{self.colon()}")
        self.P(d, r.choice(("tw", "elder")))
        d.t(r.choice(("（自稱里長介紹）", "（屋主）", "（房客，房東不在國內）", "")) + "\n")
        d.t(f"回撥電話{self.colon()}")
        self.PH(d)
        d.t("\n內容摘要：「喂？我是住在")
        self.A(d)
        d.t("啦，你們那個接管的工人")
        who = self.P(d)
        d.t(r.choice(("喔，挖了就跑，三天了都沒回來補，", "說今天會來，結果等到五點都沒人，")))
        d.t(r.choice(("我媽出入都差點跌倒……」\n", "你們到底有沒有在管啊。」\n")))
        d.t("處理：已致電廠商，")
        d.v(who, "PERSON")
        d.t(f"表示明早補做，並提供1999案號{r.randint(2023, 2025)}{r.randint(10000000, 99999999)}。")

    def water_form(self, d: _Doc) -> None:
        r = self.r
        c = self.colon
        foreign = r.random() < 0.25
        d.t("污水下水道用戶接管同意書\n立同意書人" + c())
        if foreign:
            self.P(d, "foreign")
            d.t("\n居留證統一證號" + c())
            self.RC(d)
        else:
            self.P(d)
            d.t("\n身分證統一編號" + c())
            self.ID(d)
        d.t("\n聯絡電話" + c())
        self.PH(d)
        d.t("\n建物門牌" + c())
        self.A(d)
        if r.random() < 0.6:
            d.t("\nE-mail" + c())
            self.EM(d)
        d.t("\n本人同意貴局施作用戶接管工程，並配合拆除後巷違建。\n")
        d.t(f"中華民國{self.roc_year()}年{r.randint(1, 12)}月{r.randint(1, 28)}日")

    def water_line(self, d: _Doc) -> None:
        r = self.r
        a = self.name()
        b = self.name()
        d.t(f"[LINE] 污水接管第{r.randint(1, 9)}標\n{self.odate('ad')}\n{self.tick()}\t")
        d.v(a, "PERSON")
        d.t("\t剛剛")
        self.P(d, r.choice(("elder", "tw")))
        d.t(r.choice(("阿姨", "阿伯", "先生", "小姐")) + "又打來 說廚房排水倒灌\n")
        d.t(f"{self.tick()}\t")
        d.v(b, "PERSON")
        d.t("\t是")
        self.A(d)
        d.t("那戶嗎\n" + f"{self.tick()}\t")
        d.v(a, "PERSON")
        d.t("\t對 她手機 ")
        self.M(d)
        d.t(f"\n{self.tick()}\t")
        d.v(b, "PERSON")
        d.t("\t我請")
        self.P(d)
        d.t(r.choice(("師傅明天先過去看", "明天一早過去 順便拍竣工照", " ETA 10點")))

    def water_email(self, d: _Doc) -> None:
        r = self.r
        me = self.name(r.choice(("tw", "tw", "foreign")))
        d.t("寄件者: ")
        d.v(me, "PERSON")
        d.t(" <")
        self.EM(d)
        d.t(">\n主旨: Re: 用戶接管施工通知 — 請求改期\n\n承辦人您好：\n")
        d.t("收到貴局貼在門口的施工通知單，我們家")
        self.A(d)
        d.t(f"那天（{self.odate()}）剛好沒人在家，能否改到週六？\n")
        d.t("我的手機是")
        self.M(d)
        d.t("，或是聯絡我" + r.choice(("先生", "太太", "兒子", "房東")))
        self.P(d)
        d.t("也可以。\n\nBest regards,\n")
        d.v(me, "PERSON")
        d.t(r.choice(("", "\nSent from my iPhone")))

    def water_csv(self, d: _Doc) -> None:
        r = self.r
        d.row(["案號", "陳情日期", "陳情人", "聯絡電話", "門牌", "派工師傅", "狀態"], ",")
        for _ in range(r.randint(2, 4)):
            y = self.roc_year()
            d.row(
                [
                    f"W{y}-{r.randint(100, 999)}",
                    f"{y}/{r.randint(1, 12):02d}/{r.randint(1, 28):02d}",
                    (self.name(r.choice(("tw", "elder", "foreign"))), "PERSON"),
                    (self.phone_any(), "PHONE"),
                    (self.address(), "ADDRESS"),
                    (self.name(), "PERSON"),
                    r.choice(("已完工", "待料", "改善中", "結案", "需再會勘")),
                ],
                ",",
            )

    def water_proxy(self, d: _Doc) -> None:
        r = self.r
        code, natname = self.nat()
        d.t("本案陳情人")
        self.P(d, code)
        d.t(f"（{natname}籍，居留證")
        self.RC(d)
        d.t("）代其配偶")
        self.P(d, r.choice(("tw", "elder")))
        d.t("陳情，因中文書寫不便，由通譯")
        self.P(d, r.choice(("tw", "vn:han")))
        d.t("協助說明：其住處")
        self.A(d)
        d.t("自接管後屋內地板滲水，請求派員檢視。聯絡電話")
        self.M(d)
        d.t(r.choice(("。", "（可用越南語或國語）。", "，white house w/ blue door。")))

    # ============================================================ genre 2: kindergarten

    def kg_roster(self, d: _Doc) -> None:
        r = self.r
        school = r.choice(_SCHOOLS)
        d.t(f"{school}附設幼兒園 114學年度 {r.choice(('3', '4', '5', '2'))}歲班 備取名單\n")
        for i in range(1, r.randint(3, 5)):
            d.t(f"{i}. ")
            sur = r.choice(_SUR)
            self.P(d, "child", sur)
            paren = r.random() < 0.4
            d.t("（" if paren else r.choice(("　", " ")))
            self.BD(d, "child")
            d.t(("）" if paren else "") + "　家長 ")
            self.P(d, r.choice(("tw", "tw", "foreign")), sur)
            d.t(" ")
            self.M(d)
            d.t("\n")
        d.t(f"※ 備取遞補依序以電話通知，{self.odate('roc')}前未回覆視同放棄。")

    def kg_tab(self, d: _Doc) -> None:
        r = self.r
        head = [
            "序號",
            "幼兒姓名",
            "性別",
            "出生年月日",
            "身分證統一編號",
            "優先身分",
            "家長",
            "聯絡電話",
        ]
        d.row(head, "\t")
        for i in range(1, r.randint(2, 5)):
            sex = r.choice("12")
            sur = r.choice(_SUR)
            d.row(
                [
                    str(i),
                    (self.name("child", sur), "PERSON"),
                    "男" if sex == "1" else "女",
                    (self.birth("child"), "BIRTH_DATE"),
                    (self.nid(sex), "TW_NATIONAL_ID"),
                    r.choice(
                        ("一般生", "原住民", "低收入戶", "身心障礙", "新住民子女", "中低收入戶")
                    ),
                    (self.name(r.choice(("tw", "foreign")), sur), "PERSON"),
                    (self.mob(), "PHONE"),
                ],
                "\t",
            )

    def kg_call(self, d: _Doc) -> None:
        r = self.r
        sur = r.choice(_SUR)
        d.t("家長")
        self.P(d, "tw", sur)
        d.t(r.choice(("（幼兒", "（")))
        kid = self.P(d, "child", sur)
        d.t(r.choice(("之家長）", "的家長）", "之監護人）")) + "來電，表示")
        d.v(kid, "PERSON")
        d.t(f"抽中{r.choice(_SCHOOLS)}附幼但想改報第二志願，")
        d.t(f"經說明第二階段登記時間為{self.odate('roc')}至當週五，家長表示了解。")
        d.t(r.choice(("回電：", "請回撥 ", "手機")))
        self.M(d)
        d.t(r.choice(("。", "（白天不方便接，請傳簡訊）", "")))

    def kg_line(self, d: _Doc) -> None:
        r = self.r
        sur = r.choice(_SUR)
        parent = self.name(r.choice(("tw", "foreign")))
        teacher = self.name()
        kid = self.name("child", sur)
        d.t(f"{self.odate('ad')}\n{self.tick()}\t")
        d.v(parent, "PERSON")
        d.t("\t老師好～我是小班")
        d.v(kid, "PERSON")
        d.t("的媽媽\n" + f"{self.tick()}\t")
        d.v(parent, "PERSON")
        d.t(f"\t想問備取第{r.randint(2, 9)}號還有機會嗎\n{self.tick()}\t")
        d.v(teacher, "PERSON")
        d.t("\t")
        d.v(kid, "PERSON")
        d.t(f"媽媽您好 目前遞補到第{r.randint(1, 3)}號喔\n{self.tick()}\t")
        d.v(parent, "PERSON")
        d.t("\t好的 有消息麻煩打")
        self.M(d)
        d.t(" 謝謝🙏")

    def kg_email(self, d: _Doc) -> None:
        code, _ = self.nat()
        mom = self.name(code + ":lat")
        d.t("Subject: Kindergarten lottery 抽籤 – question\n\nHello teacher,\nI am ")
        d.v(mom, "PERSON")
        d.t(", mother of ")
        self.P(d, "child")
        d.t(" (出生 ")
        self.BD(d, "child", "ad")
        d.t("). My ARC no. is ")
        self.RC(d)
        d.t(". Can I still register for the 4 year old class? 我中文不好 sorry.\n")
        d.t("My phone: ")
        self.M(d)
        d.t("\nEmail: ")
        self.EM(d)
        d.t("\nThank you" + (" po!" if code == "ph" else "!") + "\n")
        d.v(mom, "PERSON")

    def kg_form(self, d: _Doc) -> None:
        r = self.r
        c = self.colon
        sex = r.choice("12")
        sur = r.choice(_SUR)
        d.t("【幼兒基本資料】\n幼兒姓名" + c())
        self.P(d, "child", sur)
        d.t("　　性別" + c() + ("男" if sex == "1" else "女"))
        d.t("\n出生日期" + c())
        self.BD(d, "child")
        d.t("　　身分證字號" + c())
        self.ID(d, sex)
        d.t("\n父親姓名" + c())
        self.P(d, "tw", sur)
        d.t("　　母親姓名" + c())
        code, natname = self.nat()
        if r.random() < 0.4:
            self.P(d, code)
            d.t(f"（{natname}籍，居留證號")
            self.RC(d)
            d.t("）")
        else:
            self.P(d)
        d.t("\n戶籍地址" + c())
        self.A(d)
        d.t("\n緊急聯絡人" + c())
        self.P(d, "elder")
        d.t(r.choice(("（祖母）", "（外婆）", "（阿公）")) + "　電話" + c())
        self.PH(d)

    def kg_gongwen(self, d: _Doc) -> None:
        r = self.r
        d.t("主旨：有關")
        self.P(d, "child")
        d.t("幼兒（")
        self.BD(d, "child", "roc")
        d.t("生）申請本園114學年度特殊需求幼兒優先入園一案，復如說明，請查照。\n")
        d.t(f"說明：一、依據臺端{self.odate('roc')}申請書辦理。")
        d.t("二、經本市特殊教育學生鑑定及就學輔導會審議通過，請法定代理人")
        self.P(d)
        d.t(f"君於{self.odate('roc')}前攜帶戶口名簿至{r.choice(_SCHOOLS)}附設幼兒園完成報到。")

    # ============================================================ genre 3: temple

    def temple_donors(self, d: _Doc) -> None:
        r = self.r
        d.t(
            f"{r.choice(_TEMPLES)} 甲辰年"
            f"{r.choice(('中元普渡', '王船祭', '遶境', '建醮'))} 添油香芳名錄\n"
        )
        for _ in range(r.randint(3, 6)):
            x = r.random()
            if x < 0.45:
                self.P(d, r.choice(("tw", "elder")))
                d.t(f"　{self.amount()}\n")
            elif x < 0.65:
                self.P(d, r.choice(("tw", "elder")))
                d.t(f"闔家　{self.amount()}\n")
            elif x < 0.85:
                self.P(d)
                d.t("、")
                self.P(d, "elder")
                d.t(f"　各{r.randint(2, 20) * 100}元\n")
            else:
                d.t(f"無名氏　{self.amount()}\n")
        d.t("（以上芳名依收件先後排列，如有誤植請洽廟方）")

    def temple_lamp(self, d: _Doc) -> None:
        r = self.r
        c = self.colon
        d.t(f"{r.choice(_TEMPLES)} {self.roc_year() + 1}年 光明燈登記表\n姓名" + c())
        kind = r.choice(("tw", "elder", "child"))
        self.P(d, kind)
        d.t("　生辰" + c() + r.choice(("農曆", "國曆", "")))
        self.BD(d, kind, "roc")
        d.t(f"　{r.choice('子丑寅卯辰巳午未申酉戌亥')}時\n住址" + c())
        self.A(d)
        d.t("\n電話" + c())
        self.PH(d)
        d.t("\n燈別：" + r.choice(("☑光明燈 □太歲燈", "□光明燈 ☑太歲燈", "☑文昌燈")))
        d.t(f"　功德金{r.choice((500, 600, 800, 1200))}元")

    def temple_roster(self, d: _Doc) -> None:
        r = self.r
        widths = [10, 18, 18, 14]
        d.aligned(["組別", "姓名", "手機", "備註"], widths)
        for _ in range(r.randint(2, 5)):
            d.aligned(
                [
                    r.choice(("交管組", "香擔組", "總務組", "膳食組", "陣頭組", "醫護組")),
                    (self.name(r.choice(("tw", "tw", "elder", "foreign", "indig"))), "PERSON"),
                    (self.mob(), "PHONE"),
                    r.choice(("5:30廟口", "自備機車", "素食", "宋江陣", "—", "兩天都可")),
                ],
                widths,
            )

    def temple_line(self, d: _Doc) -> None:
        r = self.r
        a, b, c3 = self.name(), self.name(), self.name("tw")
        d.t(f"{self.odate('ad')}（六）\n{self.tick()}\t")
        d.v(a, "PERSON")
        d.t(f"\t各位志工 {self.mmdd()}遶境 早上5:30廟口集合 記得穿背心\n{self.tick()}\t")
        d.v(b, "PERSON")
        d.t("\t收到 我帶")
        self.P(d)
        d.t("跟")
        self.P(d, "foreign")
        d.t(f"一起\n{self.tick()}\t")
        d.v(c3, "PERSON")
        d.t("\t香擔組還缺人嗎？我阿嬤")
        self.P(d, "elder")
        d.t("也想來 她電話")
        self.PH(d)
        d.t(f"\n{self.tick()}\t")
        d.v(a, "PERSON")
        d.t("\t" + r.choice(("好 我登記", "OK 幫我跟她說6點到", "👍")))

    def temple_card(self, d: _Doc) -> None:
        r = self.r
        c = self.colon
        d.t(f"{r.choice(_TEMPLES)}信用卡定期捐款授權書\n持卡人姓名" + c())
        self.P(d)
        d.t("\n身分證字號" + c())
        self.ID(d)
        d.t("\n信用卡號" + c())
        d.v(self.card(), "CREDIT_CARD")
        d.t(f"\n有效期限{c()}{r.randint(1, 12):02d}/{r.randint(26, 30)}（月/年）")
        d.t(f"\n每月捐款{c()}{self.amount()}\n收據寄送地址{c()}")
        self.A(d)
        if r.random() < 0.5:
            d.t("\n電子收據Email" + c())
            self.EM(d)

    def temple_thanks(self, d: _Doc) -> None:
        r = self.r
        d.t(f"本宮管理委員會謹訂{self.odate('roc')}舉行{r.choice(_DEITIES)}聖誕祝壽大典，")
        d.t("感謝信士")
        self.P(d)
        d.t("、信女")
        self.P(d, r.choice(("tw", "elder")))
        code, natname = self.nat()
        d.t(f"捐贈大殿龍柱一對，另由{natname}籍看護")
        self.P(d, code)
        d.t("陪同長者")
        self.P(d, "elder")
        d.t("登記點燈，聯絡電話")
        self.PH(d)
        d.t("，特此誌謝。")

    def temple_csv(self, d: _Doc) -> None:
        r = self.r
        d.row(["收據編號", "捐款人", "身分證字號", "金額", "地址"], ",")
        for _ in range(r.randint(2, 4)):
            d.row(
                [
                    f"R{self.roc_year()}{r.randint(1000, 9999)}",
                    (self.name(r.choice(("tw", "elder"))), "PERSON"),
                    (self.nid(), "TW_NATIONAL_ID"),
                    str(r.randint(1, 60) * 100),
                    (self.address(), "ADDRESS"),
                ],
                ",",
            )
        d.t("# 供年度所得稅捐贈扣除額申報上傳用")

    # ============================================================ genre 4: ferry and bus

    def ferry_csv(self, d: _Doc) -> None:
        r = self.r
        d.t(f"船名：{r.choice(_SHIPS)}  航次：{self.odate()} {self.hhmm()}  {r.choice(_ROUTES)}\n")
        d.row(["序", "姓名", "性別", "出生年月日", "身分證/護照號碼", "電話", "緊急聯絡人"], ",")
        for i in range(1, r.randint(3, 6)):
            sex = r.choice("12")
            if r.random() < 0.3:
                code, _ = self.nat()
                doc = (self.passport(code), "PASSPORT")
                who = (self.name(code + ":lat"), "PERSON")
            else:
                doc = (self.nid(sex), "TW_NATIONAL_ID")
                who = (self.name(r.choice(("tw", "elder", "indig"))), "PERSON")
            contact: Cell = (self.name(), "PERSON") if r.random() < 0.6 else ""
            d.row(
                [
                    str(i),
                    who,
                    "M" if sex == "1" else "F",
                    (self.birth(r.choice(("tw", "elder", "young"))), "BIRTH_DATE"),
                    doc,
                    (self.mob(), "PHONE"),
                    contact,
                ],
                ",",
            )

    def ferry_aligned(self, d: _Doc) -> None:
        r = self.r
        widths = [4, 24, 14, 14, 18]
        d.t(f"PASSENGER LIST  {r.choice(_SHIPS)}  {r.choice(_ROUTES)}  {self.odate('ad')}\n")
        d.aligned(["NO", "NAME", "DOB", "ID/PP NO.", "TEL"], widths)
        for i in range(1, r.randint(3, 5)):
            if r.random() < 0.45:
                code, _ = self.nat()
                who = (self.name(code + ":lat"), "PERSON")
                doc = (self.passport(code), "PASSPORT")
            else:
                who = (self.name(r.choice(("tw", "elder"))), "PERSON")
                doc = (self.nid(), "TW_NATIONAL_ID")
            d.aligned(
                [
                    f"{i:02d}",
                    who,
                    (self.birth(r.choice(("tw", "young")), "ad"), "BIRTH_DATE"),
                    doc,
                    (self.mob(), "PHONE"),
                ],
                widths,
            )

    def ferry_log(self, d: _Doc) -> None:
        r = self.r
        d.t(f"{self.hhmm()} 候補{r.randint(1, 30)}號 ")
        self.P(d)
        d.t("（")
        self.ID(d)
        d.t(f"）{r.choice(('設籍連江縣', '軍人眷屬', '洽公'))} 補位成功\n{self.hhmm()} ")
        self.P(d, "elder")
        d.t(r.choice(("持愛心卡，陪同者", "持敬老卡，由其子", "輪椅旅客，家屬")))
        self.P(d)
        d.t("同行，需協助登船\n")
        d.t(f"{self.hhmm()} 船班因浪高{r.randint(2, 4)}.{r.randint(0, 9)}m延至{self.hhmm()}開航")

    def ferry_call(self, d: _Doc) -> None:
        r = self.r
        d.t("旅客")
        self.P(d, r.choice(("elder", "tw")))
        d.t(f"來電：原訂{self.odate('roc')}{r.choice(_ROUTES)}船班因東北季風停航，")
        d.t(f"要求改搭隔日{self.hhmm()}班次。旅客出生")
        self.BD(d, "elder")
        d.t("（適用敬老票），身分證")
        self.ID(d)
        d.t("，回電")
        self.PH(d)
        d.t(r.choice(("。", "，請於下午五點前回覆。", "，已留言。")))

    def ferry_email(self, d: _Doc) -> None:
        r = self.r
        code, _ = self.nat()
        d.t(f"Subject: booking for {self.odate('ad')} {r.choice(_ROUTES)}\n\n")
        d.t("Hi, I want to book 2 seats. 兩位大人.\n1) ")
        self.P(d, code + ":lat")
        d.t("  passport ")
        d.v(self.passport(code), "PASSPORT")
        d.t("  DOB ")
        self.BD(d, "young", "ad")
        d.t("\n2) ")
        self.P(d, "latin")
        d.t("  ARC ")
        self.RC(d)
        d.t("\ncontact: ")
        self.EM(d)
        d.t(" / ")
        self.M(d)
        d.t("\nThanks, will pay at 售票口.")

    def bus_lost(self, d: _Doc) -> None:
        r = self.r
        d.t(f"{self.odate()} {r.choice(_BUSES)} 乘客")
        self.P(d, r.choice(("tw", "foreign")))
        d.t("遺失黑色皮夾，內有")
        x = r.random()
        if x < 0.4:
            d.t("健保卡（卡號")
            d.v(self.nhi(), "TW_NHI_CARD")
            d.t("）及信用卡一張（")
            d.v(self.card(), "CREDIT_CARD")
            d.t("）")
        elif x < 0.7:
            d.t("身分證（")
            self.ID(d)
            d.t("）、健保卡（")
            d.v(self.nhi(), "TW_NHI_CARD")
            d.t("）")
        else:
            d.t("居留證（")
            self.RC(d)
            d.t("）及護照")
        d.t(f"，已由{r.choice(('站務員', '司機', '值班人員'))}")
        self.P(d)
        d.t("通知失主至轉運站領回，失主手機")
        self.M(d)
        d.t("。")

    # ============================================================ genre 5: discharge planning

    def dc_note(self, d: _Doc) -> None:
        r = self.r
        code, natname = self.nat()
        y = r.randint(1932, 1958)
        d.t("出院準備服務評估：\n個案")
        self.P(d, "elder")
        d.t(f"，{2025 - y}歲{r.choice('男女')}性，")
        bd = self._date_text(y, r.randint(1, 12), r.randint(1, 28), r.choice(("roc", "ad")))
        d.v(self.wide(bd), "BIRTH_DATE")
        d.t(f"生，因{r.choice(_DX)}於{self.odate('roc')}入住{r.choice(_WARDS)}。\n")
        d.t(f"主要照顧者：{r.choice(('案女', '案子', '案妻', '案媳', '案孫'))}")
        self.P(d)
        d.t("（")
        self.M(d)
        d.t(f"），另有{natname}籍看護")
        self.P(d, code)
        d.t("（居留證號")
        self.RC(d)
        d.t("）。\n居住地：")
        self.A(d)
        d.t(
            f"，{r.randint(2, 5)}樓無電梯。\n"
            f"計畫：轉介{r.choice(_CARE_UNITS)}，預計{self.mmdd()}出院。"
        )

    def dc_form(self, d: _Doc) -> None:
        r = self.r
        c = self.colon
        d.t("出院準備服務轉介單\n病人姓名" + c())
        self.P(d, r.choice(("elder", "tw", "indig")))
        d.t(f"    病歷號{c()}{r.randint(1000000, 9999999)}\n健保卡號{c()}")
        d.v(self.nhi(), "TW_NHI_CARD")
        d.t("\n身分證號" + c())
        self.ID(d)
        d.t("\n出生日期" + c())
        self.BD(d, "elder")
        d.t("\n聯絡人" + c())
        self.P(d)
        d.t(f"（{r.choice(('女兒', '兒子', '配偶', '姪子', '鄰居'))}）　電話{c()}")
        self.PH(d)
        d.t(f"\n轉介單位{c()}{r.choice(_CARE_UNITS)}")

    def dc_english(self, d: _Doc) -> None:
        r = self.r
        d.t("Pt ")
        self.P(d, r.choice(("elder", "tw", "latin")))
        y = r.randint(1932, 1967)
        d.t(f", {2025 - y} y/o {r.choice('FM')}, DOB ")
        bd = self._date_text(y, r.randint(1, 12), r.randint(1, 28), "ad")
        d.v(self.wide(bd), "BIRTH_DATE")
        d.t(
            f", {r.choice(_DX_EN)} on {self.mmdd()}. D/C plan discussed w/ "
            f"{r.choice(('daughter', 'son', 'wife'))} "
        )
        self.P(d)
        d.t(" (")
        self.M(d)
        d.t(r.choice(("). Family prefers 返家 + 申請外籍看護; ", "). 家屬傾向入住機構, ")))
        d.t("HHC referral sent. F/U OPD 2wks. 社工 ")
        self.P(d)

    def dc_line(self, d: _Doc) -> None:
        r = self.r
        cm, sw = self.name(), self.name()
        pt = self.name(r.choice(("elder", "indig")))
        d.t(f"{self.odate('ad')}\n{self.tick()}\t")
        d.v(cm, "PERSON")
        d.t("\t")
        d.v(pt, "PERSON")
        d.t(r.choice(("阿公", "阿嬤", "")) + "明天出院 輔具有借到嗎\n" + f"{self.tick()}\t")
        d.v(sw, "PERSON")
        d.t("\t輪椅跟便盆椅都借好了 家屬")
        self.P(d)
        d.t("會來載 他手機")
        self.M(d)
        d.t(f"\n{self.tick()}\t")
        d.v(cm, "PERSON")
        d.t("\t" + r.choice(("OK 我週四家訪", "收到 我先約照專評估", "👌")))

    def dc_email(self, d: _Doc) -> None:
        r = self.r
        pt = self.name(r.choice(("elder", "tw")))
        d.t("Subject: 出院準備轉介 - ")
        d.v(pt, "PERSON")
        d.t(f"\n\n致 {r.choice(_CARE_UNITS)} 照管專員您好：\n本院病人")
        d.v(pt, "PERSON")
        d.t("（")
        self.ID(d)
        d.t("，")
        self.BD(d, "elder")
        d.t(f"生）預計於{self.odate('roc')}出院，需申請長照需要等級評估。\n家屬聯絡：")
        self.P(d)
        d.t("，")
        self.M(d)
        d.t("，")
        self.EM(d)
        d.t("\n\n社工師 ")
        self.P(d)
        d.t(" 敬上")

    def dc_indig(self, d: _Doc) -> None:
        r = self.r
        d.t("案主")
        self.P(d, "indig")
        d.t("（戶籍登記姓名")
        self.P(d, "tw")
        d.t(f"），{r.randint(55, 88)}歲，居住")
        self.A(d)
        d.t("，部落距本院車程約2小時，返診不便。家屬")
        self.P(d, r.choice(("indig", "tw")))
        d.t("願意接回照顧，電話")
        self.PH(d)
        d.t("；已連結部落文化健康站。")

    def dc_migrant(self, d: _Doc) -> None:
        r = self.r
        code, natname = self.nat()
        d.t(f"病人為{natname}籍移工")
        self.P(d, code + ":lat")
        d.t("，護照")
        d.v(self.passport(code), "PASSPORT")
        d.t("，居留證")
        self.RC(d)
        d.t("，雇主")
        self.P(d)
        d.t(
            "表示出院後可提供宿舍休養。已聯繫仲介公司，並由通譯協助說明"
            f"{r.choice(('自費', '健保', '勞保職災'))}給付。"
        )

    # ============================================================ genre 6: building permit

    def bld_gongwen(self, d: _Doc) -> None:
        r = self.r
        d.t("主旨：有關陳情人")
        self.P(d)
        d.t(f"等{r.randint(5, 40)}人陳情本{self.region[0][-1]}{r.choice(self.region[3])[0]}")
        d.t(
            f"新建工程（{self.roc_year()}建字第{r.randint(100, 999)}號建造執照）"
            "施工致鄰房損壞一案。\n"
        )
        d.t("說明：一、陳情代表人")
        self.P(d)
        d.t("，電話")
        self.PH(d)
        d.t("，住")
        self.A(d)
        d.t(f"。二、起造人{r.choice(_BUILD_FIRMS)}、監造建築師")
        self.P(d)
        d.t("應依建築法第58條規定，於文到10日內辦理鄰房現況鑑定。")

    def bld_signatures(self, d: _Doc) -> None:
        r = self.r
        d.t("連署書（反對" + r.choice(_BUILD_FIRMS) + "開挖作業時間延長）\n")
        d.t("編號 姓名 地址 電話 簽名\n")
        for i in range(1, r.randint(3, 6)):
            d.t(f"{i} ")
            self.P(d, r.choice(("tw", "elder", "foreign")))
            d.t(" ")
            self.A(d)
            d.t(" ")
            self.PH(d)
            d.t(" (簽名)\n")

    def bld_damage(self, d: _Doc) -> None:
        r = self.r
        c = self.colon
        d.t("鄰房現況鑑定受損戶資料\n受損戶" + c())
        self.P(d, r.choice(("tw", "elder")))
        d.t("　身分證字號" + c())
        self.ID(d)
        d.t("\n門牌" + c())
        self.A(d)
        d.t("\n聯絡電話" + c())
        self.PH(d)
        d.t(
            f"\n鑑定單位：土木技師公會（{self.roc_year()}）"
            f"省土技字第{r.randint(10000, 99999)}號　技師"
        )
        self.P(d)
        d.t(
            "\n損壞情形："
            + r.choice(("客廳牆面斜向裂縫3處", "浴室磁磚剝落、地坪下陷", "頂樓女兒牆龜裂"))
        )

    def bld_line(self, d: _Doc) -> None:
        a, b, c3 = self.name(), self.name("elder"), self.name()
        d.t(f"[社區自救會]\n{self.tick()}\t")
        d.v(a, "PERSON")
        d.t("\t今天又在打樁 整棟都在震 我家牆壁裂了\n" + f"{self.tick()}\t")
        d.v(b, "PERSON")
        d.t("\t拍照存證 寄給")
        self.P(d)
        d.t("律師\n" + f"{self.tick()}\t")
        d.v(c3, "PERSON")
        d.t(f"\t我打1999了 協調會是{self.odate('roc')}晚上7點 在活動中心\n{self.tick()}\t")
        d.v(a, "PERSON")
        d.t("\t里長說代表就填我 地址")
        self.A(d)
        d.t(" 手機")
        self.M(d)

    def bld_meeting(self, d: _Doc) -> None:
        r = self.r
        d.t(f"協調會紀錄\n時間：{self.odate('roc')} 19:00\n出席：起造人代表")
        self.P(d)
        d.t("、監造建築師")
        self.P(d)
        d.t("、營造廠工地主任")
        self.P(d)
        d.t("、陳情人")
        self.P(d, r.choice(("tw", "elder")))
        d.t("、")
        self.P(d, r.choice(("tw", "foreign")))
        d.t("、里長")
        self.P(d)
        d.t("\n決議：一、施工時間限平日8:00至17:00。二、")
        self.P(d)
        d.t(f"君家損壞部分由廠商先行修繕，費用{self.amount()}以內由廠商負擔。")

    def bld_email(self, d: _Doc) -> None:
        r = self.r
        code = r.choice(_NATS)
        foreign = r.random() < 0.35
        me = self.name(code + ":lat" if foreign else "tw")
        d.t("寄件者：")
        self.EM(d)
        d.t("\n主旨：隔壁工地噪音與震動 complaint\n\n您好，我是")
        self.A(d)
        d.t("的住戶")
        d.v(me, "PERSON")
        d.t(f"，隔壁{r.choice(_BUILD_FIRMS)}的工地從早上六點就開始施工，")
        d.t("我家天花板已經掉漆。請派員來看，電話")
        self.PH(d)
        if foreign:
            d.t(f"。我是{_NAT_NAMES[code]}籍屋主，護照號碼")
            d.v(self.passport(code), "PASSPORT")
            d.t("（居留證辦理中）")
        d.t("。\n")
        d.v(me, "PERSON")

    # ============================================================ hard negatives

    def _neg_common(self) -> list[Callable[[], str]]:
        r = self.r
        return [
            lambda: f"依個人資料保護法第{r.choice((6, 15, 19, 20))}條規定，本案資料僅供業務使用。",
            lambda: f"相關經費{self.amount()}已於{self.odate('roc')}核撥。",
            lambda: (
                "請逕洽1999市民當家熱線或撥打服務專線"
                f"0800-{r.randint(100, 999)}-{r.randint(100, 999)}。"
            ),
            lambda: f"附件：{r.choice(_SURNAME_WORDS)}周邊位置圖1份、照片{r.randint(2, 12)}張。",
            lambda: f"本案已列管，管制編號{self.roc_year()}{r.randint(10000000, 99999999)}。",
        ]

    def neg_water(self) -> str:
        r = self.r
        firm = r.choice(_WATER_FIRMS)
        pool = [
            lambda: (
                f"主旨：{r.choice(_REGIONS)[3][0][0]}污水下水道用戶接管第{r.randint(1, 9)}標工程，"
                f"訂於{self.odate('roc')}起施工，請查照。"
            ),
            lambda: (
                f"承攬廠商{firm}（統一編號{self.ban_no()}）"
                f"應依下水道法第{r.choice((19, 21, 27))}條辦理。"
            ),
            lambda: (
                "本處發文字號："
                f"{self.doc_no(('府授水字', '北市工衛字', '台水七工字', '高市水工字'))}。"
            ),
            lambda: (
                f"停水範圍：{r.choice(_SURNAME_WORDS)}以東、中山路二段{r.randint(10, 90)}巷口至"
                f"{r.randint(100, 300)}巷口，預計停水{r.randint(4, 12)}小時。"
            ),
            lambda: (
                f"管材採用HDPE管{r.choice(('4吋', '6吋', '8吋'))}，單價{self.amount()}，"
                f"合計{r.randint(120, 980)}公尺。"
            ),
            lambda: (
                f"{self.odate()} 巡查：{r.choice(('人孔蓋高差', '路面龜裂', '標線未復原'))}，"
                f"已通知{firm}改善，不另收費。"
            ),
            lambda: (
                f"自來水法第{r.choice((61, 62, 97))}條規定之用戶外線由本公司負擔，"
                f"年度預算{self.amount()}。"
            ),
        ]
        return self._compose(pool + self._neg_common())

    def neg_kg(self) -> str:
        r = self.r
        school = r.choice(_SCHOOLS)
        if r.random() < 0.35:
            lines = ["園名\t招生班別\t核定名額\t登記人數\t抽籤日期"]
            for s in r.sample(_SCHOOLS, r.randint(2, 5)):
                n = r.randint(8, 30)
                lines.append(
                    f"{s}附幼\t{r.choice(('3歲班', '4歲班', '5歲班', '2歲專班'))}\t{n}\t"
                    f"{n + r.randint(-5, 40)}\t{self.odate('roc')}"
                )
            return "\n".join(lines)
        pool = [
            lambda: (
                f"本市114學年度公立幼兒園第一階段抽籤訂於{self.odate('roc')}上午9時在{school}"
                "禮堂公開辦理。"
            ),
            lambda: "依幼兒教育及照顧法第7條，優先入園對象為原住民、低收入戶及身心障礙幼兒。",
            lambda: f"{school}附設幼兒園核定招收{r.randint(1, 4)}班、共{r.randint(15, 90)}名。",
            lambda: (
                f"本園創立於民國{r.randint(60, 99)}年{r.randint(1, 12)}月{r.randint(1, 28)}日，"
                f"教保服務人員{r.randint(4, 20)}人。"
            ),
            lambda: f"發文字號：{self.doc_no(('府教幼字', '北市教前字', '中市教幼字'))}。",
            lambda: f"抽籤結果公告於{self.odate()}，備取遞補自第1號起依序通知。",
            lambda: (
                f"代收代辦費每學期{self.amount()}，含餐點費及{r.choice(('保險費', '活動費'))}。"
            ),
            lambda: (
                f"合作廠商：{r.choice(('童趣教具有限公司', '小太陽午餐供應商行'))}，"
                f"統一編號{self.ban_no()}。"
            ),
        ]
        return self._compose(pool + self._neg_common())

    def neg_temple(self) -> str:
        r = self.r
        temple = r.choice(_TEMPLES)
        pool = [
            lambda: (
                f"{temple}恭迎{r.choice(_DEITIES)}遶境，{self.odate('roc')}起駕，"
                f"沿途經{r.choice(_SURNAME_WORDS)}、{r.choice(_SURNAME_WORDS)}。"
            ),
            lambda: (
                f"本宮於民國{r.randint(40, 99)}年{r.randint(1, 12)}月{r.randint(1, 28)}日入火安座，"
                f"今年適逢{r.choice(('六十週年', '五十週年', '建醮'))}。"
            ),
            lambda: (
                f"甲辰年添油香總計{self.amount()}，普渡物資{r.randint(200, 900)}箱轉贈社福單位。"
            ),
            lambda: f"{temple}管理委員會扣繳單位統一編號{self.ban_no()}，捐款收據可列舉扣除。",
            lambda: (
                f"依監督寺廟條例第{r.choice((6, 8, 10))}條，財產變更須經主管機關核准"
                f"（{self.doc_no(('府民宗字', '府民禮字'))}）。"
            ),
            lambda: (
                f"宋江陣、{r.choice(('八家將', '官將首', '舞龍'))}於{self.hhmm()}廟埕集合，"
                f"{r.choice(('王船', '神轎'))}{r.randint(1, 3)}頂。"
            ),
            lambda: (
                f"光明燈每盞{r.choice((600, 800, 1200))}元，太歲燈每盞{r.choice((500, 1000))}元，"
                f"{self.odate('roc')}截止登記。"
            ),
        ]
        return self._compose(pool + self._neg_common())

    def neg_ferry(self) -> str:
        r = self.r
        if r.random() < 0.35:
            widths = [12, 14, 8, 8, 10]
            lines = []
            head = ["船名", "航線", "開航", "抵達", "全票"]
            rows = [head]
            for _ in range(r.randint(2, 5)):
                rows.append(
                    [
                        r.choice(_SHIPS),
                        r.choice(_ROUTES),
                        self.hhmm(),
                        self.hhmm(),
                        f"{r.randint(2, 30) * 50}元",
                    ]
                )
            for row in rows:
                cells = [
                    c + " " * max(2, w - _display_width(c))
                    for c, w in zip(row[:-1], widths, strict=False)
                ]
                lines.append("".join(cells) + row[-1])
            return "\n".join(lines)
        pool = [
            lambda: (
                f"{r.choice(_SHIPS)} {self.odate()} {r.choice(_ROUTES)} {self.hhmm()}班次因"
                f"東北季風浪高{r.randint(2, 4)}.{r.randint(0, 9)}公尺停航。"
            ),
            lambda: (
                f"交通部航港局函（{self.doc_no(('航北字', '航南字', '航中字'))}），"
                "請業者依航業法第32條辦理旅客名單報備。"
            ),
            lambda: (
                f"{r.choice(('藍海航運股份有限公司', '泰富海運有限公司', '東琉交通船合作社'))}"
                f"（統一編號{self.ban_no()}）"
                f"今年度載客{r.randint(10, 90)},{r.randint(100, 999)}人次。"
            ),
            lambda: (
                f"{r.choice(_BUSES)}自{self.odate('roc')}起調整票價為"
                f"{r.randint(3, 9)}{r.randint(0, 9)}0元。"
            ),
            lambda: (
                f"離島居民購票優惠依離島建設條例第{r.choice((15, 16))}條辦理，"
                f"設籍{r.choice(('連江縣', '金門縣', '澎湖縣', '琉球鄉', '蘭嶼鄉'))}者享半價。"
            ),
            lambda: (
                f"馬公港{r.randint(1, 6)}號碼頭整修，{self.odate('roc')}至月底改由"
                f"{r.choice(('白沙鄉', '赤崁港'))}靠泊。"
            ),
            lambda: (
                "遺失物招領：黑色後背包、"
                f"{r.choice(('ASUS平板', 'iPhone 15', '保溫瓶', '釣竿'))}各一，請至售票口洽詢。"
            ),
        ]
        return self._compose(pool + self._neg_common())

    def neg_dc(self) -> str:
        r = self.r
        pool = [
            lambda: (
                f"本院{self.roc_year()}年第{r.randint(1, 4)}季"
                f"出院準備服務個案數{r.randint(80, 400)}件，"
                f"平均住院日數{r.randint(5, 12)}.{r.randint(0, 9)}日。"
            ),
            lambda: f"依長期照顧服務法第{r.choice((8, 9, 14))}條，出院前即可申請長照需要等級評估。",
            lambda: f"{r.choice(_CARE_UNITS)}聯絡窗口：長照專線1966，服務時間週一至週五。",
            lambda: (
                f"輔具補助：輪椅{r.choice(('A款', 'B款'))}最高{self.amount()}，"
                f"{r.choice(('三年', '五年'))}一次。"
            ),
            lambda: (
                f"衛福部函（{self.doc_no(('衛授家字', '衛部照字', '院社字'))}）"
                "修正出院準備服務指引。"
            ),
            lambda: (
                f"{r.choice(_WARDS)}於{self.odate('roc')}舉辦家屬照顧技巧衛教，"
                f"主題：{r.choice(('移位技巧', '管灌餵食', '壓傷預防'))}。"
            ),
            lambda: (
                f"合作居家護理所：{r.choice(('康寧居家護理所', '安心居家護理所'))}，"
                f"統一編號{self.ban_no()}。"
            ),
            lambda: (
                f"Discharge planning KPI: 14日內再入院率{r.randint(2, 9)}.{r.randint(0, 9)}%, "
                f"referral rate {r.randint(40, 90)}%."
            ),
        ]
        return self._compose(pool + self._neg_common())

    def neg_bld(self) -> str:
        r = self.r
        firm = r.choice(_BUILD_FIRMS)
        if r.random() < 0.3:
            rows = ["建照號碼,起造人,基地地號,樓層,核發日期"]
            for _ in range(r.randint(2, 4)):
                rows.append(
                    f"({self.roc_year()})府都建字第{r.randint(100, 999):05d}號,"
                    f"{r.choice(_BUILD_FIRMS)},"
                    f"{r.choice(('北屯區軍功段', '東區崇學段', '三民區寶珠段'))}"
                    f"{r.randint(100, 999)}-{r.randint(1, 9)}地號,"
                    f"地上{r.randint(5, 28)}層地下{r.randint(1, 5)}層,{self.odate()}"
                )
            return "\n".join(rows)
        pool = [
            lambda: (
                f"{firm}（統一編號{self.ban_no()}）申請之新建工程，基地位於"
                f"{r.choice(('北屯區軍功段', '東區崇學段', '三民區寶珠段'))}"
                f"{r.randint(100, 999)}地號。"
            ),
            lambda: (
                f"依建築法第{r.choice((58, 63, 69))}條，施工時應防止鄰房損壞；"
                f"違者處{self.amount()}以上罰鍰。"
            ),
            lambda: (
                f"本府{self.doc_no(('府都建字', '中市都建字', '南市工管字'))}函，"
                "請起造人於文到10日內提送鄰房現況鑑定報告。"
            ),
            lambda: (
                f"鑑定報告編號（{self.roc_year()}）省土技字第{r.randint(10000, 99999)}號，"
                f"共{r.randint(12, 80)}戶。"
            ),
            lambda: (
                f"臺中地院{self.roc_year()}年度建字第{r.randint(10, 999)}號損害賠償事件，"
                f"{self.odate('roc')}言詞辯論。"
            ),
            lambda: (
                f"施工時間：平日8:00至17:00，{r.choice(('三菱', '日立', '永大'))}電梯預計"
                f"{self.odate('roc')}進場。"
            ),
            lambda: (
                f"協調會於{self.odate('roc')}在{r.choice(_SURNAME_WORDS)}活動中心舉行，"
                f"由{r.choice(('都發局', '工務局', '區公所'))}主持。"
            ),
        ]
        return self._compose(pool + self._neg_common())

    def _compose(self, pool: list[Callable[[], str]]) -> str:
        r = self.r
        picks = r.sample(pool, r.randint(2, 4))
        sep = r.choice(("", "\n", "\n", " "))
        return sep.join(p() for p in picks)

    # ============================================================ assembly

    def positives(self) -> list[Callable[[_Doc], None]]:
        return [
            self.water_gongwen, self.water_log, self.water_call, self.water_form,
            self.water_line, self.water_email, self.water_csv, self.water_proxy,
            self.kg_roster, self.kg_tab, self.kg_call, self.kg_line, self.kg_email,
            self.kg_form, self.kg_gongwen,
            self.temple_donors, self.temple_lamp, self.temple_roster, self.temple_line,
            self.temple_card, self.temple_thanks, self.temple_csv,
            self.ferry_csv, self.ferry_aligned, self.ferry_log, self.ferry_call,
            self.ferry_email, self.bus_lost,
            self.dc_note, self.dc_form, self.dc_english, self.dc_line, self.dc_email,
            self.dc_indig, self.dc_migrant,
            self.bld_gongwen, self.bld_signatures, self.bld_damage, self.bld_line,
            self.bld_meeting, self.bld_email,
        ]  # fmt: skip

    def negatives(self) -> list[Callable[[], str]]:
        return [self.neg_water, self.neg_kg, self.neg_temple, self.neg_ferry, self.neg_dc,
                self.neg_bld]  # fmt: skip

    def sample(self) -> Sample:
        r = self.r
        while True:
            self.region = r.choice(_REGIONS)
            self.clock = r.randint(6 * 60, 20 * 60)
            if r.random() < _NEGATIVE_SHARE:
                text = r.choice(self.negatives())()
                if _consistent(text, []):
                    return Sample(text=text, spans=[], hard_negative=True, known_person=[])
                continue
            d = _Doc(self.known)
            r.choice(self.positives())(d)
            text = d.text()
            if _consistent(text, d.spans):
                return Sample(text=text, spans=d.spans, hard_negative=False, known_person=d.flags)

    def known_list(self) -> list[str]:
        names = [name for kind in _KINDS for name in self.pools[kind]] + self.reserved
        self.r.shuffle(names)
        return names


def _consistent(text: str, spans: list[tuple[int, int, str]]) -> bool:
    """No checksum-valid value outside the gold spans (values that arose by juxtaposition)."""
    norm = _norm_chars(text)

    def inside(s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b, _ in spans)

    for m in _ID_WINDOW.finditer(norm):
        s = m.start()
        v = m.group(1)
        if (twid.is_valid(v) or arc.is_valid(v)) and not inside(s, s + 10):
            return False
    for m in _CARD_RUN.finditer(norm):
        if creditcard.is_valid(m.group()) and (m.start(), m.end(), "CREDIT_CARD") not in spans:
            return False
    for m in _MOBILE_RUN.finditer(norm):
        if phone.is_mobile(m.group()) and not inside(m.start(), m.end()):
            return False
    return all(c != "@" or inside(i, i + 1) for i, c in enumerate(norm))


def generate_heldout59(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the known-names list."""
    gen = _Gen59(n, seed)
    samples = [gen.sample() for _ in range(n)]
    return samples, gen.known_list()
