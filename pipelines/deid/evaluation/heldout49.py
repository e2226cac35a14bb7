"""Held-out set 49: synthetic agency free text with gold personal-data spans.

Written without looking at the scanner. Six genres of Traditional Chinese casework text
(bank / post-office warning accounts and fraud refunds, hospital birth-registration counter
logs, motor-vehicle-office ticket appeals and licence points, school guidance-office records,
social-housing repair work orders, foreign-worker broker complaints and runaway-worker
reports), in several registers, plus hard negatives that hold only public or non-personal
look-alikes. Everything is drawn from ``random.Random(seed)``; every value is synthetic.
"""

from __future__ import annotations

import datetime as _dt
import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

# --------------------------------------------------------------------------- names

_SURNAMES = tuple(
    dict.fromkeys(
        "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余"
        "盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀姚連馮歐程湯田康姜白"
        "汪鄒尤巫鐘黎涂龔嚴韓袁金童陸夏柳凃邵錢伍倪溫于譚駱熊任甘秦顧毛章史官萬俞雷饒闕凌"
        "崔尹孔辛武辜陶易段龍韋池葛褚孟麥殷莫文賀賈管關包向丘梅華利裴樊房全左花鮑查喬練"
    )
)
_RARE_SURNAMES = tuple(
    dict.fromkeys("粘佘鄞湛冉蒲嵇靳麻屠卜晏郁桂仇欒幸酆艾岳舒戚衛滕臧邢霍籃巴姬況承蓋仉")
)
_COMPOUND_SURNAMES = (
    "歐陽", "張簡", "司徒", "范姜", "諸葛", "上官", "司馬", "皇甫", "端木", "夏侯",
    "東方", "公孫", "慕容", "令狐", "長孫", "宇文", "尉遲", "鍾離", "西門", "南宮",
    "張廖", "周黃",
)  # fmt: skip
_GIVEN_CHARS_M = (
    "志建俊明文國家宏傑冠宇承信哲偉豪凱翔勝榮智仁德正昌興銘輝彥廷霖緯育柏睿恩誠安泓皓崇耀晉鈞勳毅鴻"
)
_GIVEN_CHARS_F = (
    "美淑惠玲芳雅婷怡君佳慧珊秀麗琪靜欣瑜萍娟儀蓉婉筱雯薇涵萱綺妤芸琳瑩潔嘉詩宜婕蓁甄瑄昕彤晴璇茹"
)
_GIVEN_M = (
    "志明", "家豪", "冠廷", "俊傑", "建宏", "承恩", "宥辰", "柏翰", "彥廷", "士銘",
    "文雄", "國華", "金龍", "阿土", "添丁", "清水", "永福", "正雄", "明德", "信宏",
    "宗翰", "品睿", "子軒", "宇恩", "振興", "昆霖", "耀宗", "啟明", "禹丞", "韋辰",
    "哲瑋", "奕翔", "秉諺", "浩然", "智凱", "世豪", "立群", "天佑", "維倫", "崇德",
    "福來", "進財", "坤山", "木村", "煌輝", "旺來", "春生", "阿福", "錦堂", "鎮宇",
)  # fmt: skip
_GIVEN_F = (
    "淑芬", "美玲", "雅婷", "怡君", "宜蓁", "佩珊", "欣怡", "詩涵", "宥蓁", "筱晴",
    "秀英", "麗華", "玉蘭", "素珍", "月娥", "阿嬌", "春梅", "碧霞", "金枝", "秋香",
    "家瑜", "佳穎", "芷若", "語彤", "思妤", "品妍", "子晴", "恩綺", "雨萱", "以晴",
    "惠如", "靜宜", "美惠", "婉婷", "雅雯", "珮瑜", "郁雯", "慧君", "幸如", "玟伶",
    "翠玉", "寶珠", "罔市", "招弟", "瑞琴", "珮甄", "芮安", "沛晴", "苡安", "宸瑜",
)  # fmt: skip
_SINGLE_M = "明華強勇傑偉豪斌峰誠翔鑫"
_SINGLE_F = "芳玲娟靜婷萍華琳瑩雯潔薇"

_INDIG_GIVEN = (
    "瓦歷斯", "巴奈", "尤幹", "比令", "瓦旦", "哈勇", "撒韻", "達利", "馬躍", "伊凡",
    "阿浪", "拉娃", "吉娃斯", "優席夫", "莎韻", "伊萬", "蘇拉", "馬紹", "芭翁", "娃利",
)  # fmt: skip
_INDIG_FAMILY = (
    "諾幹", "母路", "尤命", "巴萬", "比浩", "達印", "哈鳳", "吉拉", "拉罕", "阿給",
    "督喜", "基浪", "卡造", "尤道", "蘇密", "撒古流", "瓦濤", "馬耀", "依斯坦達",
)  # fmt: skip
_INDIG_GIVEN_LATIN = (
    "Walis", "Panay", "Yukan", "Piling", "Watan", "Hayung", "Sayun", "Tali", "Mayaw",
    "Ipan", "Lahuy", "Ciwas", "Yosifu", "Kolas", "Ulay", "Dongi", "Kacaw", "Sifo", "Buya",
    "Temu", "Siliq", "Afas", "Nikar", "Umav",
)  # fmt: skip
_INDIG_FAMILY_LATIN = (
    "Nokan", "Mulu", "Nawi", "Batu", "Pisaw", "Tanah", "Yupas", "Kumu", "Utaw", "Tasi",
    "Lalin", "Foting", "Kalitan", "Istanda", "Pawan",
)  # fmt: skip

# Vietnamese Han-Viet names with their Latin spelling (and the diacritic spelling).
_VN_SUR = {
    "阮": ("Nguyen", "Nguyễn"), "陳": ("Tran", "Trần"), "黎": ("Le", "Lê"),
    "范": ("Pham", "Phạm"), "黃": ("Hoang", "Hoàng"), "武": ("Vu", "Vũ"),
    "裴": ("Bui", "Bùi"), "鄧": ("Dang", "Đặng"), "杜": ("Do", "Đỗ"),
    "潘": ("Phan", "Phan"), "吳": ("Ngo", "Ngô"), "楊": ("Duong", "Dương"),
}  # fmt: skip
_VN_MID_F = {"氏": ("Thi", "Thị"), "玉": ("Ngoc", "Ngọc")}
_VN_MID_M = {"文": ("Van", "Văn"), "德": ("Duc", "Đức"), "明": ("Minh", "Minh")}
_VN_GIVEN_F = {
    "蘭": ("Lan", "Lan"), "花": ("Hoa", "Hoa"), "梅": ("Mai", "Mai"), "香": ("Huong", "Hương"),
    "秋": ("Thu", "Thu"), "芳": ("Phuong", "Phương"), "玉": ("Ngoc", "Ngọc"),
    "春": ("Xuan", "Xuân"), "英": ("Anh", "Anh"), "草": ("Thao", "Thảo"),
}  # fmt: skip
_VN_GIVEN_M = {
    "雄": ("Hung", "Hùng"), "南": ("Nam", "Nam"), "勇": ("Dung", "Dũng"), "海": ("Hai", "Hải"),
    "明": ("Minh", "Minh"), "清": ("Thanh", "Thanh"), "強": ("Cuong", "Cường"),
    "俊": ("Tuan", "Tuấn"), "龍": ("Long", "Long"), "山": ("Son", "Sơn"),
}  # fmt: skip
_ID_FIRST_F = ("Siti", "Dewi", "Sri", "Nur", "Ani", "Rina", "Wulan", "Yuli", "Fitri", "Eka",
               "Lestari", "Suparmi", "Sutini", "Indah", "Ratna", "Mega", "Wahyu")  # fmt: skip
_ID_FIRST_M = ("Eko", "Budi", "Agus", "Joko", "Bambang", "Rudi", "Dedi", "Hendra", "Slamet",
               "Ahmad", "Rizky", "Andi")  # fmt: skip
_ID_LAST = ("Aminah", "Wahyuni", "Hidayah", "Susanti", "Marlina", "Prasetyo", "Santoso",
            "Handayani", "Astuti", "Rahayu", "Setiawan", "Kurniawati", "Saputra", "Lestari",
            "Purnamasari", "Nurhaliza", "Maryati", "Sulastri")  # fmt: skip
_PH_FIRST_F = ("Maria", "Rowena", "Marites", "Jennifer", "Cristina", "Jocelyn", "Lorna",
               "Rhea", "Joy", "Analyn", "Mary Grace", "Liezl")  # fmt: skip
_PH_FIRST_M = ("Jose", "Mark", "Ramon", "Rodel", "Arnel", "Jerome", "Noel", "Reynaldo")
_PH_LAST = ("Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Dela Cruz", "Mendoza",
            "Villanueva", "Aquino", "Ramos", "Castillo", "Fernandez", "Flores", "Pascual",
            "Manalo", "Dimaculangan")  # fmt: skip
_TH_FIRST_F = ("Suda", "Malee", "Kanya", "Sunisa", "Anong", "Pranee", "Wilai", "Nittaya")
_TH_FIRST_M = ("Somchai", "Somsak", "Prasert", "Nattapong", "Wichai", "Sombat", "Anan")
_TH_LAST = ("Srisuk", "Saelee", "Chaiyaporn", "Boonmee", "Wongsawat", "Thongdee",
            "Kaewmanee", "Sukjai", "Phromma", "Inthasorn")  # fmt: skip
_TH_HAN = ("頌猜", "宋沙", "蘇達", "瑪莉", "巴頌", "納塔蓬", "威猜", "安儂", "妮塔雅")
_TH_HAN_LAST = ("汶密", "通迪", "西蘇", "賽李", "翁沙瓦")

# --------------------------------------------------------------------------- places, orgs

# (city, district, postal code, roads)
_ADDR = (
    ("臺北市", "中正區", "100", ("重慶南路一段", "羅斯福路二段", "忠孝西路一段", "汀州路三段")),
    ("臺北市", "大安區", "106", ("復興南路一段", "和平東路二段", "信義路四段", "敦化南路二段")),
    ("臺北市", "信義區", "110", ("松仁路", "基隆路一段", "忠孝東路五段", "吳興街")),
    ("臺北市", "士林區", "111", ("中正路", "文林路", "承德路四段", "大南路")),
    ("臺北市", "萬華區", "108", ("西園路二段", "萬大路", "康定路", "環河南路二段")),
    ("新北市", "板橋區", "220", ("文化路二段", "中山路一段", "四川路二段", "民族路")),
    ("新北市", "三重區", "241", ("重新路四段", "正義北路", "三和路三段")),
    ("新北市", "新莊區", "242", ("中正路", "思源路", "幸福路")),
    ("新北市", "中和區", "235", ("中和路", "景平路", "興南路一段")),
    ("新北市", "淡水區", "251", ("中正路", "學府路", "英專路")),
    ("桃園市", "桃園區", "330", ("中正路", "復興路", "三民路二段", "大興西路二段")),
    ("桃園市", "中壢區", "320", ("中央西路二段", "環中東路", "中華路一段")),
    ("桃園市", "平鎮區", "324", ("環南路", "延平路二段")),
    ("臺中市", "西屯區", "407", ("臺灣大道三段", "河南路二段", "福星路")),
    ("臺中市", "北區", "404", ("三民路三段", "學士路", "進化路")),
    ("臺中市", "豐原區", "420", ("中正路", "圓環東路")),
    ("臺中市", "大里區", "412", ("中興路二段", "東榮路")),
    ("臺南市", "東區", "701", ("中華東路三段", "林森路一段", "裕農路")),
    ("臺南市", "永康區", "710", ("中華路", "中正南路", "大灣路")),
    ("臺南市", "新營區", "730", ("三民路", "民治路")),
    ("高雄市", "苓雅區", "802", ("四維三路", "中正一路", "光華一路")),
    ("高雄市", "三民區", "807", ("建工路", "九如二路", "大昌二路")),
    ("高雄市", "鳳山區", "830", ("光復路二段", "中山東路", "五甲二路")),
    ("高雄市", "前鎮區", "806", ("一心二路", "瑞隆路")),
    ("彰化縣", "彰化市", "500", ("中山路二段", "民族路", "中華西路")),
    ("彰化縣", "員林市", "510", ("中山路一段", "大同路二段")),
    ("彰化縣", "鹿港鎮", "505", ("中山路", "彰鹿路八段")),
    ("南投縣", "南投市", "540", ("中興路", "復興路")),
    ("南投縣", "埔里鎮", "545", ("中山路三段", "南昌街")),
    ("雲林縣", "斗六市", "640", ("雲林路二段", "大學路三段")),
    ("雲林縣", "虎尾鎮", "632", ("林森路一段", "光復路")),
    ("屏東縣", "屏東市", "900", ("自由路", "中正路", "廣東路")),
    ("屏東縣", "潮州鎮", "920", ("新生路", "延平路")),
    ("宜蘭縣", "宜蘭市", "260", ("中山路三段", "神農路二段")),
    ("宜蘭縣", "羅東鎮", "265", ("公正路", "純精路二段")),
    ("宜蘭縣", "礁溪鄉", "262", ("中山路二段", "礁溪路五段")),
    ("花蓮縣", "花蓮市", "970", ("中正路", "中山路", "林森路")),
    ("花蓮縣", "吉安鄉", "973", ("中山路三段", "南濱路一段")),
    ("臺東縣", "臺東市", "950", ("中華路一段", "更生路", "四維路三段")),
    ("新竹市", "東區", "300", ("光復路二段", "食品路", "東大路一段")),
    ("新竹縣", "竹北市", "302", ("光明六路", "縣政二路", "博愛街")),
    ("基隆市", "仁愛區", "200", ("愛三路", "仁二路")),
    ("苗栗縣", "頭份市", "351", ("中華路", "自強路")),
    ("嘉義市", "西區", "600", ("中山路", "友愛路")),
    ("嘉義縣", "民雄鄉", "621", ("中樂路", "建國路二段")),
)
_VILLAGES = ("忠孝", "仁愛", "和平", "光明", "中興", "福德", "新生", "民生", "永安", "復興")
_BANKS = ("臺灣銀行", "合作金庫銀行", "第一銀行", "華南銀行", "彰化銀行", "土地銀行",
          "國泰世華銀行", "玉山銀行", "台新銀行", "中華郵政")  # fmt: skip
_BRANCHES = ("城中", "板橋", "中壢", "豐原", "鳳山", "員林", "羅東", "新營", "竹北", "花蓮")
_POLICE = ("內政部警政署刑事警察局", "臺北市政府警察局大安分局", "新北市政府警察局板橋分局",
           "桃園市政府警察局中壢分局", "臺中市政府警察局第六分局",
           "高雄市政府警察局鳳山分局")  # fmt: skip
_HOSPITALS = ("馬偕紀念醫院", "亞東紀念醫院", "彰化基督教醫院", "奇美醫院", "花蓮慈濟醫院",
              "國泰綜合醫院", "長庚紀念醫院", "臺大醫院新竹分院")  # fmt: skip
_MVO = ("臺北區監理所", "新竹區監理所中壢監理站", "臺中區監理所豐原監理站",
        "嘉義區監理所新營監理站", "高雄區監理所旗山監理站", "臺北市區監理所士林監理站")  # fmt: skip
_SCHOOLS = ("江翠國中", "建國中學", "中山女高", "新莊國小", "鳳山高中", "竹北國中",
            "員林國中", "花蓮高商", "大里高中", "羅東國小")  # fmt: skip
_ESTATES = ("興隆公共住宅", "青年一期社會住宅", "明倫社會住宅", "東明公共住宅",
            "健康公宅", "永和秀朗社宅", "中路二號社宅", "鳳山共合宅")  # fmt: skip
_COMPANIES = ("宏昌實業有限公司", "立德人力資源管理顧問有限公司", "大洋國際人力仲介有限公司",
              "永信水電工程行", "聯邦機電有限公司", "葉記五金行", "莊記水電行",
              "福氣人力仲介股份有限公司", "鴻興紡織股份有限公司", "金源精密工業有限公司",
              "林園塑膠股份有限公司", "丁丁連鎖藥局")  # fmt: skip
_PRODUCTS = ("王子麵", "張君雅小妹妹點心麵", "黑松沙士", "林鳳營鮮乳", "金門高粱",
             "乖乖", "義美小泡芙", "維力炸醬麵")  # fmt: skip
_COUNTRIES = ("越南", "印尼", "菲律賓", "泰國")
_NATION = {"vn": "越南", "id": "印尼", "ph": "菲律賓", "th": "泰國"}
_AGENCIES = ("立德人力資源管理顧問有限公司", "大洋國際人力仲介有限公司",
             "福氣人力仲介股份有限公司", "寶島國際開發有限公司",
             "金順利人力仲介有限公司")  # fmt: skip
_FILLERS = (
    "林務局人員已於現場會勘。", "王功漁港周邊道路施工中。", "黃昏市場旁人行道已改善完成。",
    "請將公告張貼於各樓層公布欄。", "石門水庫放水期間請勿靠近河道。", "高鐵站接駁車每20分鐘一班。",
    "方案內容詳如附件。", "何厝里活動中心已借妥場地。", "陳列室開放時間為上午9時至下午5時。",
    "金額以新臺幣計算。", "施工期間造成不便，敬請見諒。", "雷雨特報期間暫停高空作業。",
    "曾文水庫蓄水率已達八成。", "游泳池整修至月底。", "周休二日不受理臨櫃申請。",
    "許可文件影本請加蓋公司大小章。", "洪水警戒期間地下室請勿停車。", "黃金週連假期間暫停受理。",
    "吳郭魚養殖區旁道路坑洞已填補。", "江子翠捷運站出口改道。", "康樂室冷氣已送修。",
    "高雄港區貨櫃車流量增加。", "林口長庚周邊停車位不足。", "施打疫苗請攜帶健保卡。",
)  # fmt: skip

_FW_SOURCE = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-@.()+#/:_"
_FW = {c: chr(ord(c) + 0xFEE0) for c in _FW_SOURCE}
_FW[" "] = "\u3000"
_DIGITS = "0123456789"
_MOBILE_2 = tuple(f"{i:02d}" for i in (*range(10, 40), *range(52, 90)))
# (area code, local length, allowed first local digits)
_LANDLINE = (
    ("02", 8, "2345678"), ("03", 7, "3458"), ("03", 7, "59"), ("037", 6, "2345"),
    ("04", 8, "2"), ("04", 7, "78"), ("049", 7, "2"), ("05", 7, "23567"), ("06", 7, "2567"),
    ("07", 7, "35678"), ("08", 7, "78"), ("089", 6, "3"), ("082", 6, "3"), ("0836", 5, "2"),
)  # fmt: skip
_MAIL_HANDLES = ("chen", "lin", "huang", "chang", "lee", "wang", "wu", "liu", "tsai", "yang",
                 "hsu", "cheng", "hsieh", "kuo", "hung", "tseng", "chiu", "liao", "lai", "chou",
                 "nguyen", "siti", "maria", "somchai", "dewi", "tran", "santos")  # fmt: skip
_MAIL_DOMAINS = ("gmail.com", "yahoo.com.tw", "hotmail.com", "ms45.hinet.net", "outlook.com",
                 "icloud.com", "mail.edu.tw", "ymail.com", "pchome.com.tw")  # fmt: skip


@dataclass(frozen=True)
class _Person:
    name: str
    sex: str  # "M" or "F"
    kind: str  # han, indig, vn, id, ph, th
    alt: str = ""  # the other script of the same name, when one exists


class _Doc:
    """Text under construction with its gold spans."""

    def __init__(self, known: set[str]) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.flags: list[bool] = []
        self.pos = 0
        self.known = known

    def add(self, *pieces: str | _Person | tuple[str, str]) -> _Doc:
        for piece in pieces:
            if isinstance(piece, _Person):
                self._span("PERSON", piece.name)
            elif isinstance(piece, tuple):
                self._span(*piece)
            else:
                self.parts.append(piece)
                self.pos += len(piece)
        return self

    def _span(self, label: str, value: str) -> None:
        self.spans.append((self.pos, self.pos + len(value), label))
        if label == "PERSON":
            self.flags.append(value in self.known)
        self.parts.append(value)
        self.pos += len(value)

    @property
    def text(self) -> str:
        return "".join(self.parts)


class _Gen:
    """All random choices of one generation run."""

    def __init__(self, seed: int, n: int) -> None:
        self.r = random.Random(seed)
        self.known_people: dict[str, list[_Person]] = {"local": [], "foreign": []}
        seen: set[str] = set()
        target = max(40, n // 2)
        while len(seen) < target:
            p = self._fresh("foreign" if self.r.random() < 0.22 else "local")
            if p.name in seen or (p.alt and p.alt in seen):
                continue
            seen.add(p.name)
            group = "local" if p.kind in ("han", "indig") else "foreign"
            self.known_people[group].append(p)
        self.known_list = [p.name for g in ("local", "foreign") for p in self.known_people[g]]
        self.r.shuffle(self.known_list)
        self.known = set(self.known_list)

    # ---- basic helpers
    def pick(self, seq):
        return self.r.choice(seq)

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, k: int) -> str:
        return "".join(self.r.choice(_DIGITS) for _ in range(k))

    def fw(self, s: str, p: float = 0.14) -> str:
        return "".join(_FW.get(c, c) for c in s) if self.chance(p) else s

    # ---- people
    def _han(self, sex: str) -> _Person:
        roll = self.r.random()
        if roll < 0.08:
            sur = self.pick(_COMPOUND_SURNAMES)
        elif roll < 0.2:
            sur = self.pick(_RARE_SURNAMES)
        else:
            sur = self.pick(_SURNAMES)
        chars = _GIVEN_CHARS_M if sex == "M" else _GIVEN_CHARS_F
        roll = self.r.random()
        if roll < 0.09:
            given = self.pick(_SINGLE_M if sex == "M" else _SINGLE_F)
        elif roll < 0.45:
            given = self.pick(_GIVEN_M if sex == "M" else _GIVEN_F)
        else:
            given = self.pick(chars) + self.pick(chars)
        if sex == "F" and len(sur) == 1 and self.chance(0.08):
            sur = self.pick(_SURNAMES) + sur  # 冠夫姓
        return _Person(sur + given, sex, "han")

    def _fresh(self, group: str) -> _Person:
        sex = self.pick("MF")
        if group == "local":
            if self.chance(0.9):
                return self._han(sex)
            if self.chance(0.7):
                dot = self.pick(("‧", "·"))
                return _Person(
                    self.pick(_INDIG_GIVEN) + dot + self.pick(_INDIG_FAMILY), sex, "indig"
                )
            name = self.pick(_INDIG_GIVEN_LATIN) + " " + self.pick(_INDIG_FAMILY_LATIN)
            return _Person(name, sex, "indig")
        kind = self.pick(("vn", "vn", "id", "id", "ph", "th"))
        if kind == "vn":
            sur = self.pick(tuple(_VN_SUR))
            mids = _VN_MID_F if sex == "F" else _VN_MID_M
            mid = self.pick(tuple(mids))
            gvs = _VN_GIVEN_F if sex == "F" else _VN_GIVEN_M
            gv = self.pick(tuple(gvs))
            k = 1 if self.chance(0.3) else 0
            latin = " ".join((_VN_SUR[sur][k], mids[mid][k], gvs[gv][k]))
            if self.chance(0.5):
                latin = latin.upper()
            han = sur + mid + gv
            return (
                _Person(han, sex, kind, latin)
                if self.chance(0.5)
                else _Person(latin, sex, kind, han)
            )
        if kind == "id":
            first = self.pick(_ID_FIRST_F if sex == "F" else _ID_FIRST_M)
            name = first if self.chance(0.2) else first + " " + self.pick(_ID_LAST)
        elif kind == "ph":
            first = self.pick(_PH_FIRST_F if sex == "F" else _PH_FIRST_M)
            name = first + " " + self.pick(_PH_LAST)
        else:
            if self.chance(0.3):
                return _Person(
                    self.pick(_TH_HAN) + self.pick(("‧", "")) + self.pick(_TH_HAN_LAST), sex, kind
                )
            name = self.pick(_TH_FIRST_F if sex == "F" else _TH_FIRST_M) + " " + self.pick(_TH_LAST)
        return _Person(name.upper() if self.chance(0.5) else name, sex, kind)

    def person(self, group: str = "local", sex: str | None = None) -> _Person:
        """About half the mentions come from the known list, the rest are unlisted."""
        if self.chance(0.5):
            pool = [p for p in self.known_people[group] if sex is None or p.sex == sex]
            if pool:
                return self.pick(pool)
        while True:
            p = self._fresh(group)
            if (
                (sex is None or p.sex == sex)
                and p.name not in self.known
                and p.alt not in self.known
            ):
                return p

    def hon(self, p: _Person) -> str:
        if p.sex == "M":
            return self.pick(("先生", "先生", "君", ""))
        return self.pick(("小姐", "女士", "君", ""))

    # ---- identifiers
    def _fmt_id(self, v: str) -> str:
        if self.chance(0.05):
            v = f"{v[0]}{v[1:4]} {v[4:7]} {v[7:]}"
        return self.fw(v)

    def twid(self, sex: str) -> str:
        letter = self.pick(tuple(LETTER_CODES))
        body = ("1" if sex == "M" else "2") + self.digits(7)
        return self._fmt_id(letter + body + id_check_digit(letter, body))

    def arc(self, sex: str) -> str:
        letter = self.pick(tuple(LETTER_CODES))
        if self.chance(0.7):
            body = ("8" if sex == "M" else "9") + self.digits(7)
            v = letter + body + id_check_digit(letter, body)
        else:
            second = self.pick("ABCD")
            tail = self.digits(7)
            v = (
                letter
                + second
                + tail
                + id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
            )
        return self._fmt_id(v)

    def mobile(self) -> str:
        while True:
            d = "09" + self.pick(_MOBILE_2)[0:2] + self.digits(6)
            if phone.is_valid(d):
                break
        a, b, c = d[:4], d[4:7], d[7:]
        form = self.pick((
            f"{a}-{b}-{c}", d, d, f"{a} {b} {c}", f"{a}-{b}{c}", f"({a}){b}-{c}",
            f"+886-{a[1:]}-{b}-{c}", f"+886 {a[1:]} {b} {c}", f"+886{d[1:]}", f"886-{a[1:]}-{b}{c}",
            f"{a}.{b}.{c}", f"{a}-{b}-{c}",
        ))  # fmt: skip
        return self.fw(form)

    def landline(self, ext: float = 0.3) -> str:
        for attempt in range(40):
            area, size, first = self.pick(_LANDLINE)
            local = self.pick(first) + self.digits(size - 1)
            if phone.is_valid(area + local) or (attempt > 20 and phone.is_plausible(area + local)):
                break
        cut = {8: 4, 7: 3, 6: self.pick((2, 3)), 5: 1}[size]
        la, lb = local[:cut], local[cut:]
        form = self.pick((
            f"({area}){la}-{lb}", f"{area}-{local}", f"{area}-{la}-{lb}", f"{area} {la} {lb}",
            f"+886-{area[1:]}-{la}-{lb}", f"{area}{local}", f"({area}) {local}",
            f"({area}){la}-{lb}",
        ))  # fmt: skip
        if self.chance(ext):
            x = self.digits(self.pick((2, 3, 4)))
            x = str(self.r.randint(1, 9)) + x[1:]
            form += self.pick(
                (f" 分機{x}", f"#{x}", f" ext. {x}", f"轉{x}", f" 分機 {x}", f" x{x}")
            )
        return self.fw(form)

    def phone(self) -> str:
        return self.mobile() if self.chance(0.65) else self.landline()

    def email(self) -> str:
        h = self.pick(_MAIL_HANDLES)
        local = self.pick((
            f"{h}.{self.pick('abcdefghjklmnpstwy')}{self.pick('cehlmstwy')}",
            f"{h}{self.digits(self.pick((2, 4)))}", f"{self.pick('acdjkmsty')}{h}_{self.digits(2)}",
            f"{h}-{self.pick(('home', 'mama', 'work', 'tw', 'jay'))}{self.digits(1)}",
        ))  # fmt: skip
        return self.fw(f"{local}@{self.pick(_MAIL_DOMAINS)}", 0.06)

    def nhi(self) -> str:
        v = self.pick(("0000", "0000", "0001", "0002")) + self.digits(8)
        form = self.pick((v, f"{v[:4]} {v[4:8]} {v[8:]}", f"{v[:4]}-{v[4:8]}-{v[8:]}"))
        return self.fw(form)

    def passport(self, kind: str) -> str:
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if kind in ("han", "indig"):
            v = "3" + self.digits(8)
        elif kind == "vn":
            v = self.pick("CBN") + self.digits(7)
        elif kind == "id":
            v = self.pick(("C", "E", "X")) + self.digits(7)
        elif kind == "ph":
            v = "P" + self.digits(7) + self.pick(L)
        else:
            v = self.pick(("AA", "AB", "AC", "AD")) + self.digits(7)
        return self.fw(v)

    def card(self) -> str:
        kind = self.pick(("visa", "visa", "master", "jcb", "amex", "cup"))
        prefix, size = {
            "visa": ("4", 16),
            "master": ("5" + self.pick("12345"), 16),
            "jcb": ("35" + str(self.r.randint(28, 89)), 16),
            "amex": (self.pick(("34", "37")), 15),
            "cup": ("62", 16),
        }[kind]
        body = prefix + self.digits(size - len(prefix) - 1)
        check = next(d for d in _DIGITS if creditcard.luhn_ok(body + d))
        v = body + check
        sep = self.pick((" ", "-", "", " "))
        if size == 15:
            form = sep.join((v[:4], v[4:10], v[10:]))
        else:
            form = sep.join(v[i : i + 4] for i in range(0, 16, 4))
        return self.fw(form)

    def birth(self, lo: int, hi: int) -> str:
        y = self.r.randint(lo, hi)
        day = _dt.date(y, 1, 1) + _dt.timedelta(days=self.r.randint(0, 364))
        m, d = day.month, day.day
        roc = y - 1911
        forms = [
            f"民國{roc}年{m}月{d}日", f"{roc}年{m}月{d}日", f"{roc}/{m:02d}/{d:02d}",
            f"{roc:03d}.{m:02d}.{d:02d}", f"{roc:03d}{m:02d}{d:02d}", f"{roc}.{m}.{d}",
            f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{y}年{m}月{d}日", f"{y}.{m:02d}.{d:02d}",
            f"{y}年{m:02d}月{d:02d}日",
        ]  # fmt: skip
        return self.fw(self.pick(forms))

    def birth_foreign(self) -> str:
        y = self.r.randint(1972, 2004)
        day = _dt.date(y, 1, 1) + _dt.timedelta(days=self.r.randint(0, 364))
        form = self.pick((
            f"{day.day:02d}/{day.month:02d}/{y}", f"{y}-{day.month:02d}-{day.day:02d}",
            f"{y}/{day.month}/{day.day}", f"{y - 1911}年{day.month}月{day.day}日",
        ))  # fmt: skip
        return self.fw(form)

    def address(self) -> str:
        city, dist, zipc, roads = self.pick(_ADDR)
        if self.chance(0.35):
            city = city.replace("臺", "台")
        out = ""
        if self.chance(0.3):
            out = zipc + (self.digits(2) if self.chance(0.4) else "")
        out += city + dist
        if self.chance(0.2):
            out += (
                self.pick(_VILLAGES)
                + "里"
                + (f"{self.r.randint(1, 30)}鄰" if self.chance(0.6) else "")
            )
        out += self.pick(roads)
        if self.chance(0.35):
            out += f"{self.r.randint(1, 600)}巷"
            if self.chance(0.4):
                out += f"{self.r.randint(1, 40)}弄"
        out += f"{self.r.randint(1, 450)}號"
        roll = self.r.random()
        if roll < 0.3:
            out += f"{self.r.randint(2, 15)}樓"
        elif roll < 0.45:
            out += f"{self.r.randint(2, 15)}樓之{self.r.randint(1, 12)}"
        elif roll < 0.5:
            out += self.pick(("三樓", "五樓", "二樓"))
        elif roll < 0.55:
            out += f"{self.r.randint(2, 15)}樓{self.r.randint(1, 30)}室"
        if self.chance(0.125):
            out = "".join(_FW.get(c, c) if c.isdigit() else c for c in out)
        return out

    # ---- non-personal look-alikes
    def odate(self) -> str:
        y = self.r.randint(112, 114)
        m, d = self.r.randint(1, 12), self.r.randint(1, 28)
        return self.pick((
            f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{m}月{d}日",
            f"{y + 1911}-{m:02d}-{d:02d}",
            f"{y}.{m}.{d}", f"{y}年{m:02d}月{d:02d}日",
        ))  # fmt: skip

    def docno(self, *words: str) -> str:
        word = self.pick(words or ("府授工字", "中監豐字", "新北教特字", "桃住發字"))
        return f"{word}第{self.r.randint(112, 114)}{self.digits(self.pick((7, 8)))}號"

    def caseno(self, kind: str = "case") -> str:
        y = self.r.randint(112, 114)
        forms = {
            "police": (f"{y}年度警字第{self.digits(4)}號", f"{y}{self.digits(4)}{self.digits(4)}"),
            "receipt": (f"R{y}-{self.digits(6)}", f"{y}{self.digits(4)}-{self.digits(5)}"),
            "repair": (f"WO-{y}{self.digits(4)}-{self.digits(3)}", f"{y}-{self.digits(4)}"),
            "school": (f"{y}輔字第{self.digits(3)}號", f"{y}-G{self.digits(3)}"),
            "case": (f"{y}-{self.digits(4)}", f"{y}{self.digits(4)}-{self.digits(4)}"),
        }
        return self.pick(forms[kind])

    def ticket(self) -> str:
        return self.pick("ABGJKQZ") + self.pick("0123456789") + self.digits(7)

    def amount(self) -> str:
        v = self.r.randint(3, 900) * self.pick((100, 1000, 10))
        return self.pick((f"新臺幣{v:,}元", f"NT${v:,}", f"{v:,}元", f"新台幣{v}元整"))

    def ban(self) -> str:
        while True:
            v = self.digits(8)
            if not v.startswith("09") and _ban_ok(v):
                return v

    def plate(self) -> str:
        L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        return self.pick((
            f"{self.pick(L)}{self.pick(L)}{self.pick(L)}-{self.digits(4)}",
            f"{self.digits(3)}-{self.pick(L)}{self.pick(L)}{self.pick(L)}",
        ))  # fmt: skip

    def filler(self) -> str:
        return self.pick(_FILLERS)


def _ban_ok(v: str) -> bool:
    total = 0
    for w, d in zip((1, 2, 1, 2, 1, 2, 4, 1), v, strict=True):
        p = w * int(d)
        total += p // 10 + p % 10
    return total % 5 == 0 or (v[6] == "7" and (total + 1) % 5 == 0)


# --------------------------------------------------------------------------- templates
_T = Callable[[_Gen, _Doc], None]


def _bank_letter(g: _Gen, d: _Doc) -> None:
    p, staff = g.person(), g.person()
    d.add(
        "主旨：有關", p, g.hon(p), "（身分證統一編號：", ("TW_NATIONAL_ID", g.twid(p.sex)),
        f"）於本行{g.pick(_BRANCHES)}分行開立之存款帳戶，經{g.pick(_POLICE)}通報列為警示帳戶一案，復請查照。\n",
        f"說明：\n一、依據貴局{g.odate()}{g.docno('北市警刑字', '刑偵字')}函辦理。\n",
        f"二、旨揭帳戶自{g.odate()}起暫停全部交易功能，圈存餘額{g.amount()}。\n",
    )  # fmt: skip
    if g.chance(0.7):
        d.add(
            "三、存戶留存聯絡電話",
            ("PHONE", g.phone()),
            "，通訊地址",
            ("ADDRESS", g.address()),
            "。\n",
        )
    d.add(f"{g.pick(_BANKS)}　承辦人：", staff, "　", ("PHONE", g.landline(0.8)))


def _bank_refund_log(g: _Gen, d: _Doc) -> None:
    p, clerk = g.person(), g.person()
    d.add(
        f"{g.odate()} {g.r.randint(9, 15)}:{g.r.randint(0, 59):02d} 被害人", p,
        "（",
        ("BIRTH_DATE", g.birth(1945, 2004)),
        "生）臨櫃申請返還被騙款項，",
        f"提示報案三聯單{g.caseno('police')}，匯入本行警示帳戶計{g.amount()}。",
        "已請其留手機", ("PHONE", g.mobile()), "，待清查後通知。",
    )  # fmt: skip
    if g.chance(0.5):
        d.add(g.pick(("經辦：", "\n經辦 ", "  /")), clerk)


def _bank_table(g: _Gen, d: _Doc) -> None:
    sep = g.pick(("\t", "｜", " | ", "，"))
    d.add(sep.join(("序號", "被害人", "身分證字號", "聯絡電話", "匯款金額")) + "\n")
    for i in range(1, g.r.randint(2, 5)):
        p = g.person()
        d.add(f"{i}{sep}", p, sep, ("TW_NATIONAL_ID", g.twid(p.sex)), sep, ("PHONE", g.phone()))
        d.add(f"{sep}{g.r.randint(2, 300) * 1000:,}\n")
    d.add(f"合計：{g.amount()}（{g.odate()}彙整）")


def _bank_speech(g: _Gen, d: _Doc) -> None:
    p = g.person()
    d.add("客戶", p, "來電：「我是", p, "，信用卡號", ("CREDIT_CARD", g.card()))
    d.add(g.pick(("，剛剛有人冒充網購客服說我設定錯誤，要我去ATM解除分期……」",
                  "，對方說是銀行專員，叫我唸卡片背面的三碼，我已經唸了。」")))  # fmt: skip
    d.add(g.pick(("已協助掛失停卡，並建議向警察機關報案。", "已停卡，另請客戶留存通話紀錄。")))
    if g.chance(0.5):
        d.add("回撥電話：", ("PHONE", g.phone()))


def _bank_form(g: _Gen, d: _Doc) -> None:
    p = g.person()
    sep = g.pick(("｜", "\n", "；"))
    d.add("警示帳戶剩餘款項返還申請", sep, "姓名：", p, sep, "E-mail：", ("EMAIL", g.email()))
    d.add(sep, "電話：", ("PHONE", g.phone()), sep, f"匯款帳號末五碼：{g.digits(5)}", sep)
    d.add(f"匯款金額：{g.amount()}", sep, "通訊地址：", ("ADDRESS", g.address()))


def _bank_chargeback(g: _Gen, d: _Doc) -> None:
    p = g.person()
    d.add(f"{g.odate()} 信用卡盜刷爭議款退還\n持卡人：", p, "\n卡號：", ("CREDIT_CARD", g.card()))
    d.add(f"\n爭議金額：{g.amount()}（詐騙集團假冒電商客服）\n")
    if g.chance(0.5):
        d.add("聯絡信箱：", ("EMAIL", g.email()), "\n")
    d.add(g.pick(("已退還並補發新卡。", "待收單行回覆。", "已轉風控部門。")))


def _post_foreign(g: _Gen, d: _Doc) -> None:
    f = g.person("foreign")
    d.add(f"{g.odate()} {g.pick(_BRANCHES)}郵局：外籍儲戶", f)
    if f.alt:
        d.add("（", ("PERSON", f.alt), "）")
    d.add(
        "，居留證號",
        ("TW_RESIDENT_CERT", g.arc(f.sex)),
        "，護照號碼",
        ("PASSPORT", g.passport(f.kind)),
    )
    d.add(f"，其郵政存簿儲金帳戶經{g.pick(_POLICE)}通報為警示帳戶，已凍結餘額{g.amount()}。")
    if g.chance(0.5):
        boss = g.person()
        d.add("雇主", boss, g.hon(boss), "陪同到局說明，聯絡電話", ("PHONE", g.phone()), "。")


def _birth_counter(g: _Gen, d: _Doc) -> None:
    mom, dad = g.person(sex="F"), g.person(sex="M")
    d.add(
        f"出生證明書補發申請 {g.odate()}\n產婦", mom, "，身分證", ("TW_NATIONAL_ID", g.twid("F")),
        "，新生兒性別", g.pick(("男", "女")), "，出生日期", ("BIRTH_DATE", g.birth(2023, 2025)),
        g.pick(("，上午10時32分", "，下午3時05分", "", "（剖腹產）")),
    )  # fmt: skip
    if g.chance(0.6):
        d.add("，健保卡號", ("TW_NHI_CARD", g.nhi()))
    d.add("，由配偶", dad, "代為申請，聯絡電話", ("PHONE", g.phone()), "。")


def _birth_form(g: _Gen, d: _Doc) -> None:
    mom = g.person("foreign", sex="F")
    nurse = g.person(sex="F")
    d.add("【出生通報】\n母親姓名：", mom)
    if mom.alt:
        d.add("（", ("PERSON", mom.alt), "）")
    d.add(f"\n母親國籍：{_NATION[mom.kind]}\n居留證號：", ("TW_RESIDENT_CERT", g.arc("F")))
    if g.chance(0.6):
        d.add("\n護照號碼：", ("PASSPORT", g.passport(mom.kind)))
    d.add("\n母親出生日期：", ("BIRTH_DATE", g.birth_foreign()))
    d.add("\n新生兒出生日期：", ("BIRTH_DATE", g.birth(2023, 2025)))
    d.add(
        "\n住址：",
        ("ADDRESS", g.address()),
        "\n通報人員：",
        nurse,
        g.pick((" 護理師", "", "（產房）")),
    )


def _birth_nhi(g: _Gen, d: _Doc) -> None:
    mom, baby = g.person(sex="F"), g.person()
    d.add("新生兒依附投保：母親", mom, "（健保卡號", ("TW_NHI_CARD", g.nhi()), "，身分證")
    d.add(("TW_NATIONAL_ID", g.twid("F")), f"）於{g.odate()}為新生兒", baby, "辦理依附投保，")
    d.add("新生兒出生日期", ("BIRTH_DATE", g.birth(2023, 2025)), "。")


def _birth_line(g: _Gen, d: _Doc) -> None:
    a, b = g.person(), g.person()
    d.add(f"櫃台紀錄｜{g.odate()}｜", a, g.hon(a), "持", b, "之出生證明正本申請英文版")
    d.add(f"，已收費200元，收據編號{g.caseno('receipt')}。")
    if g.chance(0.4):
        d.add("寄送地址：", ("ADDRESS", g.address()), "；信箱 ", ("EMAIL", g.email()))


def _birth_note(g: _Gen, d: _Doc) -> None:
    mom, baby = g.person(sex="F"), g.person()
    d.add("產婦", mom, f"（{g.r.randint(19, 44)}歲，", ("BIRTH_DATE", g.birth(1980, 2005)))
    d.add("生）")
    d.add(f"於本院{g.pick(('婦產科', '產房', '生產中心'))}自然產，新生兒已命名為「", baby, "」，")
    d.add("家屬要求出生證明寄至", ("ADDRESS", g.address()))
    if g.chance(0.5):
        d.add("，電子信箱", ("EMAIL", g.email()))
    d.add("。" + (g.filler() if g.chance(0.3) else ""))


def _mvo_appeal(g: _Gen, d: _Doc) -> None:
    p = g.person()
    d.add("陳述人", p, "，身分證統一編號", ("TW_NATIONAL_ID", g.twid(p.sex)))
    d.add(f"，就舉發違反道路交通管理事件通知單{g.ticket()}（車號{g.plate()}）陳述不服，")
    d.add(
        g.pick(
            (
                "稱當時係為閃避救護車始暫停路肩，",
                "稱號誌故障致未能及時停車，",
                "稱車輛已於事發前出售，",
            )
        )
    )
    d.add("請求撤銷。\n聯絡電話：", ("PHONE", g.phone()), "\n地址：", ("ADDRESS", g.address()))


def _mvo_points(g: _Gen, d: _Doc) -> None:
    p = g.person()
    sep = g.pick(("／", " / ", "，", "\t"))
    d.add(
        "違規記點查詢：",
        p,
        sep,
        ("TW_NATIONAL_ID", g.twid(p.sex)),
        sep,
        "出生",
        ("BIRTH_DATE", g.birth(1950, 2005)),
    )
    d.add(f"{sep}目前累計{g.r.randint(1, 5)}點，{g.odate()}前未再違規即註銷。")


def _mvo_speech(g: _Gen, d: _Doc) -> None:
    p, q = g.person(), g.person()
    d.add(
        "民眾",
        p,
        "至站申訴：「我那天根本不在",
        g.pick(("臺中", "高雄", "花蓮", "台南")),
        "，車子是借給",
    )
    d.add(
        g.pick(("我弟弟", "我同事", "我表哥", "朋友")),
        q,
        "開的，你們打",
        ("PHONE", g.mobile()),
        "問他就知道。」",
    )
    d.add(g.pick(("已告知可提出歸責駕駛人申請。", "已受理並列冊追蹤。", "")))


def _mvo_foreign(g: _Gen, d: _Doc) -> None:
    f, clerk = g.person("foreign"), g.person()
    d.add(
        "外籍人士",
        f,
        "（居留證號",
        ("TW_RESIDENT_CERT", g.arc(f.sex)),
        "、護照",
        ("PASSPORT", g.passport(f.kind)),
    )
    d.add(
        f"）申請國際駕照換發普通重型機車駕照，筆試{g.r.randint(70, 100)}分及格，路考{g.odate()}。"
    )
    d.add("\n承辦：", clerk, " ", ("PHONE", g.landline(0.9)))


def _mvo_email(g: _Gen, d: _Doc) -> None:
    p = g.person()
    d.add("寄件者：", p, " <", ("EMAIL", g.email()), f">\n主旨：罰單{g.ticket()}申訴\n")
    d.add(f"您好，本人於{g.odate()}收到罰單，惟當日車輛停放於自家車庫，附上行車紀錄器影像，")
    d.add("懇請查明。\n", p, g.pick(("敬上", " 敬上", "\n手機 ")))
    if d.parts[-1].endswith("手機 "):
        d.add(("PHONE", g.mobile()))


def _school_record(g: _Gen, d: _Doc) -> None:
    role, sex = g.pick(
        (("母親", "F"), ("父親", "M"), ("阿嬤", "F"), ("阿公", "M"), ("監護人", None))
    )
    s, peer, parent, teacher = g.person(), g.person(), g.person(sex=sex), g.person()
    d.add("個案：", s, f"（{g.r.randint(7, 12)}年{g.r.randint(1, 20)}班）\n晤談日期：{g.odate()}\n")
    d.add(
        "主述：與同學",
        peer,
        g.pick(("發生衝突，情緒低落，夜間難以入睡。", "在LINE群組互相辱罵，拒絕到校。")),
    )
    d.add(
        "\n處遇：聯繫",
        role,
        parent,
        "（",
        ("PHONE", g.phone()),
    )
    d.add(
        f"），{g.pick(('建議轉介心理師', '約定下週家訪', '通報學校社工'))}。\n輔導教師：", teacher
    )


def _school_list(g: _Gen, d: _Doc) -> None:
    d.add(g.pick(("高關懷學生名單（本學期）\n", "追蹤名單：\n")))
    for i in range(1, g.r.randint(3, 6)):
        p = g.person()
        d.add(
            f"{i}. ", p, "　", g.pick(("家暴目睹", "中輟之虞", "自傷風險", "經濟弱勢", "隔代教養"))
        )
        if g.chance(0.3):
            d.add("　生日 ", ("BIRTH_DATE", g.birth(2007, 2017)))
        d.add("\n")


def _school_call(g: _Gen, d: _Doc) -> None:
    parent, kid = g.person(), g.person()
    d.add("家長", parent, g.hon(parent), "來電（", ("PHONE", g.phone()), "）反映孩子", kid)
    d.add(
        g.pick(
            (
                "在班上被排擠，午餐都一個人吃。",
                "最近常說不想活了，請老師幫忙。",
                "手機被同學拿走散布照片。",
            )
        )
    )
    if g.chance(0.4):
        d.add(g.pick(("已告知導師。", "預約週三晤談。")))


def _school_intake(g: _Gen, d: _Doc) -> None:
    s = g.person()
    lines = [
        ("學生姓名：", s),
        ("出生日期：", ("BIRTH_DATE", g.birth(2006, 2016))),
        ("身分證字號：", ("TW_NATIONAL_ID", g.twid(s.sex))),
        ("戶籍地址：", ("ADDRESS", g.address())),
    ]
    if g.chance(0.5):
        lines.append(("健保卡號：", ("TW_NHI_CARD", g.nhi())))
    if g.chance(0.5):
        lines.append(("家長信箱：", ("EMAIL", g.email())))
    tail = lines[1:]
    g.r.shuffle(tail)
    lines = lines[:1] + tail
    d.add(f"{g.pick(_SCHOOLS)}輔導室 個案基本資料表\n")
    for label, val in lines:
        d.add(label, val, "\n")
    d.add(f"轉介來源：{g.pick(('導師', '學務處', '家長', '社政單位'))}")


def _house_order(g: _Gen, d: _Doc) -> None:
    p = g.person()
    d.add(
        f"報修單號：{g.caseno('repair')}\n社宅：{g.pick(_ESTATES)}\n住戶：",
        p,
        "\n電話：",
        ("PHONE", g.phone()),
    )
    d.add(
        f"\n報修項目：{g.pick(('浴室漏水', '冷氣不冷', '對講機故障', '紗窗破損', '熱水器無熱水'))}"
    )
    d.add(f"\n指派廠商：{g.pick(_COMPANIES)}\n預約時間：{g.odate()} {g.pick(('上午', '下午'))}")


def _house_log(g: _Gen, d: _Doc) -> None:
    p, w = g.person(), g.person(sex="M")
    d.add(f"{g.odate()} 住戶", p, "（", ("ADDRESS", g.address()), "）反映樓上滴水，已請水電師傅", w)
    d.add("到場查看，師傅手機", ("PHONE", g.mobile()), "。")
    if g.chance(0.3):
        d.add(g.filler())


def _house_table(g: _Gen, d: _Doc) -> None:
    sep = g.pick(("|", "\t", " , "))
    d.add(sep.join(("單號", "住戶", "聯絡方式", "項目")) + "\n")
    for _ in range(g.r.randint(1, 4)):
        p = g.person()
        contact = ("EMAIL", g.email()) if g.chance(0.25) else ("PHONE", g.phone())
        d.add(
            g.caseno("repair"),
            sep,
            p,
            sep,
            contact,
            sep,
            g.pick(("冷氣不冷", "門鎖卡住", "排水孔阻塞", "燈管閃爍")),
            "\n",
        )


def _house_mail(g: _Gen, d: _Doc) -> None:
    p, staff = g.person(), g.person()
    d.add(
        p,
        g.hon(p),
        "您好：\n您於",
        g.odate(),
        f"報修之{g.pick(('廚房排水', '陽台落水頭', '大門門弓器'))}已完工，",
    )
    d.add("如仍有問題請回信至", ("EMAIL", g.email()), "或來電", ("PHONE", g.landline(0.7)), "。\n")
    d.add(f"{g.pick(_ESTATES)}物業管理中心 ", staff)


def _fw_runaway(g: _Gen, d: _Doc) -> None:
    boss, f, clerk = g.person(), g.person("foreign"), g.person()
    d.add(
        "行蹤不明外國人通報\n雇主：",
        boss,
        "\n雇主地址：",
        ("ADDRESS", g.address()),
        "\n外國人姓名：",
        f,
    )
    if f.alt:
        d.add(" ", ("PERSON", f.alt))
    d.add(f"\n國籍：{_NATION[f.kind]}\n護照號碼：", ("PASSPORT", g.passport(f.kind)))
    d.add(
        "\n居留證號：",
        ("TW_RESIDENT_CERT", g.arc(f.sex)),
        "\n出生日期：",
        ("BIRTH_DATE", g.birth_foreign()),
    )
    d.add(
        f"\n連續曠職三日失去聯繫日期：{g.odate()}\n仲介公司：{g.pick(_AGENCIES)}\n承辦人：", clerk
    )
    d.add("\n電話：", ("PHONE", g.phone()))


def _fw_speech(g: _Gen, d: _Doc) -> None:
    f, broker = g.person("foreign"), g.person()
    said = (
        "扣我的護照，還說如果我去申訴就要送我回國。」",
        "每個月多收我三千塊服務費，不給收據。」",
    )
    d.add("移工", f, "透過通譯陳述：「仲介", broker, g.pick(said))
    d.add("經查其護照號碼為", ("PASSPORT", g.passport(f.kind)), "，現由庇護單位安置。")


def _fw_complaint(g: _Gen, d: _Doc) -> None:
    broker, boss = g.person(), g.person()
    d.add("仲介", broker, f"（{g.pick(_AGENCIES)}）申訴雇主", boss, "未給付加班費，")
    d.add("被申訴人電話", ("PHONE", g.phone()), "，工作地點", ("ADDRESS", g.address()), "。")
    if g.chance(0.4):
        d.add(f"依就業服務法第57條辦理，{g.odate()}前召開協調會。")


def _fw_lines(g: _Gen, d: _Doc) -> None:
    d.add(f"{g.odate()} 失聯移工清冊\n")
    for _ in range(g.r.randint(2, 4)):
        f = g.person("foreign")
        d.add(
            f,
            " / ",
            _NATION[f.kind],
            " / ",
            ("TW_RESIDENT_CERT", g.arc(f.sex)),
            f" / 失聯 {g.odate()}\n",
        )


def _fw_form_latin(g: _Gen, d: _Doc) -> None:
    f = g.person("foreign")
    d.add("Name：", f, "\nARC No.：", ("TW_RESIDENT_CERT", g.arc(f.sex)), "\nPassport No.：")
    d.add(("PASSPORT", g.passport(f.kind)), "\nDate of Birth：", ("BIRTH_DATE", g.birth_foreign()))
    d.add(
        "\nMobile：",
        ("PHONE", g.mobile()),
        "\n申訴事項：",
        g.pick(("宿舍無熱水", "薪資遭預扣", "被要求加班未給加班費")),
    )
    if g.chance(0.3):
        d.add("\n信用卡遭雇主保管，卡號", ("CREDIT_CARD", g.card()))


_POSITIVE: dict[str, tuple[_T, ...]] = {
    "bank": (
        _bank_letter,
        _bank_refund_log,
        _bank_table,
        _bank_speech,
        _bank_form,
        _bank_chargeback,
        _post_foreign,
    ),
    "birth": (_birth_counter, _birth_form, _birth_nhi, _birth_line, _birth_note),
    "mvo": (_mvo_appeal, _mvo_points, _mvo_speech, _mvo_foreign, _mvo_email),
    "school": (_school_record, _school_list, _school_call, _school_intake),
    "housing": (_house_order, _house_log, _house_table, _house_mail),
    "worker": (_fw_runaway, _fw_speech, _fw_complaint, _fw_lines, _fw_form_latin),
}


# --------------------------------------------------------------------------- hard negatives


def _neg_bank(g: _Gen) -> str:
    return g.pick((
        f"本行{g.ri(112, 114)}年第{g.ri(1, 4)}季警示帳戶統計：新增警示帳戶{g.ri(5, 90)}戶，"
        f"衍生管制帳戶{g.ri(2, 40)}戶，返還被害人款項合計{g.amount()}，"
        f"依存款帳戶及其疑似不法或顯屬異常交易管理辦法第{g.ri(4, 15)}條辦理。",
        f"主旨：轉知金融監督管理委員會{g.odate()}{g.docno('金管銀法字')}函，有關警示帳戶剩餘款項返還作業，請查照。\n"
        f"說明：請各分行於{g.odate()}前完成清查。{g.filler()}",
        f"{g.pick(_COMPANIES)}（統一編號{g.ban()}）帳戶經{g.pick(_POLICE)}通報為警示帳戶，"
        f"案號{g.caseno()}，圈存{g.amount()}。",
        f"{g.pick(_BANKS)}{g.pick(_BRANCHES)}分行{g.odate()}防詐宣導："
        f"臨櫃提領{g.pick(('5萬元', '10萬元', '3萬元'))}以上將關懷提問。",
    ))  # fmt: skip


def _neg_birth(g: _Gen) -> str:
    return g.pick((
        f"{g.pick(_HOSPITALS)}出生證明書中文版每份100元、英文版每份200元，申請時間週一至週五08:30-17:00，"
        f"請至一樓掛號櫃台辦理。{g.filler()}",
        f"{g.ri(112, 114)}年{g.ri(1, 12)}月本院出生通報共{g.ri(40, 300)}件，"
        f"其中剖腹產{g.ri(10, 90)}件，逾期通報0件，已依兒童及少年福利與權益保障法第14條辦理。",
        f"衛生福利部國民健康署{g.odate()}{g.docno('國健婦字')}函：出生通報系統將於{g.odate()}晚間進行維護。",
        f"櫃台收據{g.caseno('receipt')}作廢重開，金額{g.amount()}，原因：品項誤植為{g.pick(_PRODUCTS)}贈品。",
    ))  # fmt: skip


def _neg_mvo(g: _Gen) -> str:
    return g.pick((
        f"依道路交通管理處罰條例第{g.ri(12, 92)}條第{g.ri(1, 3)}項規定，"
        f"違規停車者處{g.amount()}罰鍰；{g.pick(_MVO)}自{g.odate()}起受理線上陳述。",
        f"舉發單號{g.ticket()}已移送{g.pick(_MVO)}裁決，應到案日期{g.odate()}，罰鍰{g.amount()}。",
        f"交通部公路局{g.odate()}{g.docno('路監字')}函釋：違規記點自{g.odate()}起以裁決確定日計算。{g.filler()}",
        f"{g.pick(_MVO)}{g.odate()}考照人數{g.ri(30, 200)}人，"
        f"路考合格率{g.ri(50, 95)}.{g.ri(0, 9)}%。",
    ))  # fmt: skip


def _neg_school(g: _Gen) -> str:
    return g.pick((
        f"{g.pick(_SCHOOLS)}{g.ri(112, 114)}學年度第{g.ri(1, 2)}學期輔導工作會議訂於{g.odate()}"
        f"下午3時召開，討論學生輔導法第{g.ri(6, 12)}條三級輔導分工。",
        f"輔導室公告：心理健康篩檢量表請於{g.odate()}前回收，"
        f"目前回收率{g.ri(60, 99)}.{g.ri(0, 9)}%。",
        f"{g.pick(_SCHOOLS)}生命教育週活動：{g.odate()}於活動中心播放影片，{g.filler()}",
        f"個案研討會紀錄編號{g.caseno('school')}，出席{g.ri(5, 15)}人，決議：高關懷名冊每月更新。",
    ))  # fmt: skip


def _neg_housing(g: _Gen) -> str:
    return g.pick((
        f"{g.pick(_ESTATES)}{g.ri(112, 114)}年{g.ri(1, 12)}月共受理報修{g.ri(101, 160)}件，"
        f"已完工{g.ri(60, 100)}件；廠商{g.pick(_COMPANIES)}（統一編號{g.ban()}）"
        f"契約金額{g.amount()}。",
        f"公告：{g.pick(_ESTATES)}B棟電梯定期保養時間為{g.odate()}上午9時至12時，請住戶改走A棟。{g.filler()}",
        f"報修單{g.caseno('repair')}：{g.pick(_ESTATES)}地下二樓公共照明故障，"
        f"已更換LED燈管{g.ri(2, 30)}支。",
        f"社區中秋活動發放{g.pick(_PRODUCTS)}及{g.pick(_PRODUCTS)}各{g.ri(50, 300)}份，"
        f"經費{g.amount()}。",
    ))  # fmt: skip


def _neg_worker(g: _Gen) -> str:
    return g.pick((
        "依就業服務法第56條，受聘僱外國人連續曠職三日失去聯繫者，雇主應於三日內以書面通知"
        f"當地主管機關、入出國管理機關及警察機關。{g.filler()}",
        f"{g.pick(_AGENCIES)}（統一編號{g.ban()}）{g.ri(112, 114)}年度"
        "私立就業服務機構評鑑成績A級，"
        f"許可證字號{g.docno('勞動發事字', '勞動發管字')}，有效期限至{g.odate()}。",
        f"本府勞動局{g.ri(112, 114)}年第{g.ri(1, 4)}季受理移工申訴{g.ri(50, 400)}件，"
        f"其中工資爭議{g.ri(10, 100)}件，裁處{g.amount()}。",
        f"{g.pick(_COUNTRIES)}籍移工宿舍旁{g.pick(('黃昏市場', '林森路口', '中正路一段'))}"
        f"設置{g.pick(_COUNTRIES)}語公告看板，案號{g.caseno()}。",
    ))  # fmt: skip


_NEGATIVE = {
    "bank": _neg_bank,
    "birth": _neg_birth,
    "mvo": _neg_mvo,
    "school": _neg_school,
    "housing": _neg_housing,
    "worker": _neg_worker,
}

# --------------------------------------------------------------------------- self-check

_RUN = re.compile(r"[0-9](?:[0-9 \-]*[0-9])?")
_ID_SHAPE = re.compile(r"(?=([A-Z][0-9A-D][0-9]{8}))")


def _norm(text: str) -> str:
    """Per-character NFKC (length-preserving) and upper-case."""
    out = []
    for c in text:
        n = unicodedata.normalize("NFKC", c)
        out.append(n if len(n) == 1 else c)
    return "".join(out).upper()


def _leaks(text: str, spans: list[tuple[int, int, str]], negative: bool) -> bool:
    """Whether an unlabelled valid ID / certificate / card / e-mail (/ mobile) slipped in."""
    covered = [False] * len(text)
    for s, e, _ in spans:
        covered[s:e] = [True] * (e - s)
    norm = _norm(text)

    def outside(s: int, e: int) -> bool:
        return not all(covered[s:e])

    for m in _ID_SHAPE.finditer(norm):
        v = m.group(1)
        if (twid.is_valid(v) or arc.is_valid(v)) and outside(m.start(1), m.start(1) + 10):
            return True
    if any(c == "@" and not covered[i] for i, c in enumerate(norm)):
        return True
    for m in _RUN.finditer(norm):
        if not outside(m.start(), m.end()):
            continue
        digits = re.sub(r"\D", "", m.group())
        for size in range(13, 20):
            for i in range(len(digits) - size + 1):
                if creditcard.is_valid(digits[i : i + size]):
                    return True
        if negative and re.search(r"09\d{8}", digits):
            return True
    return False


# --------------------------------------------------------------------------- entry point


def generate_heldout49(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` samples (about a quarter hard negatives) and the known-names list."""
    g = _Gen(seed, n)
    genres = tuple(_POSITIVE)
    samples: list[Sample] = []
    while len(samples) < n:
        genre = g.pick(genres)
        if g.chance(0.25):
            text = _NEGATIVE[genre](g)
            if not _leaks(text, [], True):
                samples.append(Sample(text, [], True, []))
            continue
        d = _Doc(g.known)
        g.pick(_POSITIVE[genre])(g, d)
        if not _leaks(d.text, d.spans, False):
            samples.append(Sample(d.text, list(d.spans), False, list(d.flags)))
    return samples, list(g.known_list)
