"""Held-out evaluation set 67: synthetic Traditional-Chinese free text with gold spans.

Written without looking at the scanner (its recognizers, patterns, word lists and earlier
evaluation sets were not opened); only the ``Sample`` dataclass and the identifier checksum
helpers were used. The texts imitate what staff of Taiwanese agencies type into free-text
fields, in many registers (公文, terse case logs, transcribed calls, LINE chats, pasted
e-mails, labelled forms, tab / CSV / space-aligned tables, numbered rosters, English mixed
into Chinese). Genres:

- 器官捐贈、大體捐贈登記 (organ and body donation registrations)
- 噪音陳情 (noise and neighbour complaints handled by police)
- 漁工港口健檢 (migrant fishermen's port health checks)
- 身障停車證、計程車乘車券申請 (disability parking and taxi-voucher applications)
- 自傷通報、輔導轉介 (campus counselling referrals after self-harm)
- 圖書館志工時數 (public-library volunteer timesheets)

About a quarter of the samples are hard negatives: no personal data, but government prose,
document and case numbers, company 統一編號 with valid checksums, statute articles, amounts,
ordinary dates, places, organisations, products and words that start with surname characters.
All people, numbers and places are invented.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

_WIDE_RATE = 0.13
_WIDE = {
    ord(c): chr(ord(c) + 0xFEE0)
    for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-@.()/+#:_"
}
_PERSON_OK = re.compile(r"[\u4e00-\u9fff‧·]{2,8}|[A-Za-z]+(?: [A-Za-z]+){0,3}")
_TOKEN = re.compile(r"«([^»]+)»")

# ---------------------------------------------------------------------------------------------
# Name pools (invented combinations)
# ---------------------------------------------------------------------------------------------

_SURNAMES = (
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余"
    "盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓馬董唐藍石蔣古紀姚連馮歐程湯田康姜白汪鄒尤"
    "巫涂龔嚴韓袁金童陸夏柳邵錢伍倪溫于譚駱熊任甘秦顧毛章史官萬俞雷粘"
)
_GIVEN1 = (
    "志建俊家承冠宗柏彥政文國明淑美雅怡佳欣詩宜婉秀麗玉惠"
    "嘉子品宥芷亭昱育思哲書若語凱信耀世永啟振秋春月碧金"
)
_GIVEN2 = (
    "明宏傑豪恩宇翰廷勳雄榮龍芬玲婷君如萱涵慧華珍蓮安瑜妤庭晴彤妍辰軒宸睿達輝成仁德誠祥銘鳳嬌枝琴"
)
_COMPOUND = ("歐陽", "司馬", "諸葛", "張簡", "范姜", "上官", "司徒", "皇甫", "公孫", "東方", "夏侯")

_IND_GIVEN = (
    ("瓦旦", "Watan"), ("尤道", "Yudaw"), ("比浩", "Pihaw"), ("拉互依", "Lahuy"),
    ("撒韻", "Sayun"), ("伊萬", "Iwan"), ("巴奈", "Panay"), ("馬耀", "Mayaw"),
    ("古拉斯", "Kolas"), ("達利", "Tali"), ("阿洛", "Alo"), ("吉娃斯", "Ciwas"),
    ("巴蘇亞", "Pasuya"), ("比令", "Biling"), ("哈尤", "Hayu"), ("阿布", "Abu"),
    ("蘇米", "Sumi"), ("尤瑪", "Yuma"), ("伊苞", "Ipaw"), ("嘎照", "Kacaw"),
    ("雅柏", "Yapit"), ("烏霸", "Ubay"), ("哈魯", "Haru"), ("達努", "Danu"),
)  # fmt: skip
_IND_FAMILY = (
    ("諾幹", "Nokan"), ("尤命", "Yumin"), ("巴萬", "Pawan"), ("谷木", "Kumu"),
    ("哈勇", "Hayung"), ("基浪", "Kilang"), ("吉拉", "Kila"), ("法拉", "Fala"),
    ("拉罕", "Lahan"), ("瓦歷", "Walis"), ("馬賴", "Malay"), ("帖木", "Temu"),
    ("沙力", "Sali"), ("拉娃", "Lawa"), ("瑪紹", "Masao"), ("伊斯坦大", "Istanda"),
    ("蘇巴", "Supa"), ("那莫", "Namo"), ("阿凱", "Akay"), ("達給", "Takay"),
    ("尤幹", "Yukan"), ("洛信", "Losin"),
)  # fmt: skip

_VN_SUR = (
    ("阮", "Nguyen"), ("陳", "Tran"), ("黎", "Le"), ("范", "Pham"), ("黃", "Hoang"),
    ("武", "Vu"), ("鄧", "Dang"), ("裴", "Bui"), ("杜", "Do"), ("胡", "Ho"), ("吳", "Ngo"),
    ("楊", "Duong"),
)  # fmt: skip
_VN_MID = (
    ("文", "Van"),
    ("氏", "Thi"),
    ("德", "Duc"),
    ("明", "Minh"),
    ("玉", "Ngoc"),
    ("國", "Quoc"),
)
_VN_GIV = (
    ("雄", "Hung"), ("蘭", "Lan"), ("俊", "Tuan"), ("香", "Huong"), ("勇", "Dung"),
    ("清", "Thanh"), ("芳", "Phuong"), ("光", "Quang"), ("海", "Hai"), ("玲", "Linh"),
    ("南", "Nam"), ("龍", "Long"), ("莊", "Trang"), ("山", "Son"), ("平", "Binh"),
    ("慶", "Khanh"), ("秋", "Thu"), ("強", "Cuong"), ("心", "Tam"), ("榮", "Vinh"),
)  # fmt: skip
_ID_FIRST = (
    ("布迪", "Budi"), ("阿古斯", "Agus"), ("德薇", "Dewi"), ("埃科", "Eko"), ("斯里", "Sri"),
    ("喬科", "Joko"), ("努兒", "Nur"), ("阿瑪德", "Ahmad"), ("麗娜", "Rina"), ("瓦尤", "Wahyu"),
    ("西蒂", "Siti"), ("伊萬", "Iwan"), ("尤莉", "Yuli"), ("德迪", "Dedi"), ("魯迪", "Rudi"),
    ("斯拉麥", "Slamet"),
)  # fmt: skip
_ID_LAST = (
    ("桑托索", "Santoso"), ("維波沃", "Wibowo"), ("希達亞", "Hidayat"), ("塞提亞萬", "Setiawan"),
    ("拉哈尤", "Rahayu"), ("古尼亞萬", "Kurniawan"), ("沙普特拉", "Saputra"), ("毛拉納", "Maulana"),
    ("蘇珊蒂", "Susanti"), ("普拉塞約", "Prasetyo"), ("哈托諾", "Hartono"), ("普諾莫", "Purnomo"),
    ("努格羅荷", "Nugroho"),
)  # fmt: skip
_ID_MONO = (
    ("蘇特里斯諾", "Sutrisno"), ("蘇普里亞迪", "Supriyadi"), ("穆里亞迪", "Mulyadi"),
    ("蘇帕曼", "Suparman"), ("卡約諾", "Karyono"), ("瓦吉曼", "Wagiman"), ("塔米迪", "Tarmidi"),
)  # fmt: skip
_PH_FIRST = (
    ("瑪莉亞", "Maria"), ("荷西", "Jose"), ("羅維娜", "Rowena"), ("喬瑟琳", "Jocelyn"),
    ("拉蒙", "Ramon"), ("安潔莉卡", "Angelica"), ("傑羅姆", "Jerome"), ("莉莎", "Liza"),
    ("羅德", "Rodel"), ("瑪麗特", "Marites"), ("羅納多", "Ronaldo"), ("安娜琳", "Analyn"),
    ("潔莎", "Jessa"), ("馬克安東尼", "Mark Anthony"), ("約翰保羅", "John Paul"),
)  # fmt: skip
_PH_LAST = (
    ("桑托斯", "Santos"), ("雷耶斯", "Reyes"), ("克魯茲", "Cruz"), ("包蒂斯塔", "Bautista"),
    ("加西亞", "Garcia"), ("門多薩", "Mendoza"), ("維拉紐瓦", "Villanueva"),
    ("德拉克魯茲", "Dela Cruz"), ("阿基諾", "Aquino"), ("拉莫斯", "Ramos"),
    ("費南德茲", "Fernandez"), ("卡斯蒂略", "Castillo"), ("納瓦羅", "Navarro"),
)  # fmt: skip
_TH_FIRST = (
    ("宋猜", "Somchai"), ("蘇妲", "Suda"), ("尼蘭", "Niran"), ("瑪莉", "Malee"), ("巴實", "Prasit"),
    ("宛妮達", "Wanida"), ("阿南", "Anan"), ("甘雅", "Kanya"), ("頌沙", "Somsak"),
    ("朋蒂", "Pornthip"), ("頌巴", "Sombat"), ("猜瓦", "Chaiwat"),
)  # fmt: skip
_TH_LAST = (
    ("汶瑪", "Boonma"), ("西素", "Srisuk"), ("猜雅蓬", "Chaiyaporn"), ("翁沙", "Wongsa"),
    ("乾卡", "Kaewkla"), ("通迪", "Thongdee"), ("賽林", "Saelim"), ("因通", "Inthong"),
    ("蓬瑪", "Phromma"), ("素柴", "Sukjai"),
)  # fmt: skip

_NATION = {"vn": "越南", "id": "印尼", "ph": "菲律賓", "th": "泰國"}

# Weights of the name categories in the known list (local and foreign, Han and Latin script).
_CAT_WEIGHTS = {
    "han": 0.46, "cmp": 0.04, "mar": 0.05, "ind": 0.06, "indr": 0.04,
    "vn": 0.07, "vnl": 0.07, "id": 0.05, "idl": 0.06, "ph": 0.03, "phl": 0.04,
    "th": 0.015, "thl": 0.015,
}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Places, organisations and other plain (non-personal) vocabulary
# ---------------------------------------------------------------------------------------------

_PLACES = (
    ("106", "臺北市", "大安區"), ("104", "臺北市", "中山區"), ("116", "臺北市", "文山區"),
    ("220", "新北市", "板橋區"), ("241", "新北市", "三重區"), ("235", "新北市", "中和區"),
    ("330", "桃園市", "桃園區"), ("320", "桃園市", "中壢區"), ("300", "新竹市", "東區"),
    ("302", "新竹縣", "竹北市"), ("403", "臺中市", "西區"), ("435", "臺中市", "梧棲區"),
    ("500", "彰化縣", "彰化市"), ("510", "彰化縣", "員林市"), ("545", "南投縣", "埔里鎮"),
    ("640", "雲林縣", "斗六市"), ("600", "嘉義市", "西區"), ("700", "臺南市", "中西區"),
    ("708", "臺南市", "安平區"), ("800", "高雄市", "新興區"), ("806", "高雄市", "前鎮區"),
    ("812", "高雄市", "小港區"), ("900", "屏東縣", "屏東市"), ("928", "屏東縣", "東港鎮"),
    ("260", "宜蘭縣", "宜蘭市"), ("270", "宜蘭縣", "蘇澳鎮"), ("970", "花蓮縣", "花蓮市"),
    ("973", "花蓮縣", "吉安鄉"), ("950", "臺東縣", "臺東市"), ("961", "臺東縣", "成功鎮"),
    ("880", "澎湖縣", "馬公市"), ("202", "基隆市", "中正區"), ("890", "金門縣", "金沙鎮"),
)  # fmt: skip
_PORT_PLACES = (
    ("806", "高雄市", "前鎮區"), ("812", "高雄市", "小港區"), ("928", "屏東縣", "東港鎮"),
    ("929", "屏東縣", "琉球鄉"), ("270", "宜蘭縣", "蘇澳鎮"), ("202", "基隆市", "中正區"),
    ("435", "臺中市", "梧棲區"), ("961", "臺東縣", "成功鎮"), ("880", "澎湖縣", "馬公市"),
)  # fmt: skip
_ROADS = (
    "中山路", "中正路", "民生東路", "復興南路", "和平東路", "建國北路", "漁港路", "成功路",
    "光復路", "自由路", "三民路", "中華路", "文化路", "信義街", "民族街", "大同街", "新生路",
    "育英街", "海港路", "朝陽街", "福德街", "忠孝東路", "博愛路", "公園路", "中興街", "仁愛路",
    "環河南路", "長春路", "府前路", "民權西路", "漁市街", "港埠路", "鎮海路", "興達街",
)  # fmt: skip
_VILLAGES = ("光明", "復興", "中興", "忠孝", "和平", "仁愛", "新興", "大同", "長安", "東興", "漁港")
_MAIL_BITS = (
    "chen", "lin", "huang", "wang", "amy", "kevin", "ming", "yuting", "hsu", "tsai", "mei",
    "jason", "apple", "mimi", "sunny", "ahua", "peggy", "tony", "vivi", "cathy", "hank",
    "yiling", "weiting", "kuo", "chiang", "lulu", "bear", "happy", "momo", "jerry", "a.bao",
    "xiaoyu", "dodo", "grace", "sea", "fish", "lee", "tw",
)  # fmt: skip
_MAIL_DOMAINS = (
    "gmail.com", "gmail.com", "gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com",
    "msa.hinet.net", "icloud.com", "ms45.hinet.net", "yahoo.com",
)  # fmt: skip
_SCHOOL_DOMAINS = (
    "stu.hlhs.hlc.edu.tw",
    "st.tyjh.tyc.edu.tw",
    "mail.ksvs.kh.edu.tw",
    "stu.dfsh.ntpc.edu.tw",
)

_HOSPITALS = (
    "慈濟醫學中心", "高雄榮民總醫院", "臺大醫院", "馬偕紀念醫院", "彰化基督教醫院", "成大醫院",
    "林口長庚醫院", "中國醫藥大學附設醫院", "花蓮門諾醫院", "臺東馬偕醫院", "小港醫院",
)  # fmt: skip
_UNIVS = ("慈濟大學", "國防醫學院", "高雄醫學大學", "中山醫學大學", "國立陽明交通大學", "輔仁大學")
_SCHOOLS = (
    "市立青山國中", "縣立海岸高中", "私立明德高中", "市立東興國中", "國立南港高工",
    "市立松濤國中", "縣立富里國中", "私立聖恩高中", "國立臺東高商", "市立三民家商",
)  # fmt: skip
_LIBRARIES = (
    "市立圖書館總館", "大同分館", "南港分館", "兒童閱覽室", "員林分館", "前鎮分館", "蘇澳分館",
    "竹北館", "新興分館", "行動書車",
)  # fmt: skip
_STATIONS = (
    "中興派出所",
    "海濱派出所",
    "建國派出所",
    "前鎮分局草衙派出所",
    "三民一分局",
    "大安分局",
)
_PORTS = (
    "前鎮漁港",
    "東港鹽埔漁港",
    "南方澳漁港",
    "八斗子漁港",
    "梧棲漁港",
    "新港漁港",
    "小琉球漁港",
)
_VESSELS = (
    "新昇豐12號",
    "金滿福168號",
    "順發66號",
    "海鴻興8號",
    "東穎36號",
    "永億勝1號",
    "合富26號",
)
_COMPANIES = (
    "宏昇印刷有限公司", "全誠衛星車隊股份有限公司", "佳盛人力仲介有限公司", "元泰營造股份有限公司",
    "德利漁業股份有限公司", "安心諮商顧問有限公司", "書香資訊股份有限公司", "永健醫事檢驗所",
    "群青文創有限公司", "海翔船舶服務有限公司", "康群復康巴士有限公司",
)  # fmt: skip
_DOC_PREFIX = (
    "府授社障", "府衛醫", "北市警信分防", "高市警前分刑", "衛部醫", "臺教學(三)", "屏府農漁",
    "新北文圖", "中市社障", "宜府衛疾", "高市海漁", "北市教學",
)  # fmt: skip

_RELATIONS = ("配偶", "長子", "長女", "次子", "次女", "胞弟", "胞妹", "母親", "父親", "孫女")
_TITLES = ("先生", "小姐", "女士")

# ---------------------------------------------------------------------------------------------
# The generator state: names (known list, fresh names) and value makers
# ---------------------------------------------------------------------------------------------


class _G:
    """Random state, name pools and makers of values (all deterministic per seed)."""

    def __init__(self, seed: int, n: int) -> None:
        self.r = random.Random(f"heldout67:{seed}")
        self.used: set[str] = set()
        self.partner: dict[str, str] = {}
        self.known_by: dict[str, list[str]] = {}
        total = max(48, n // 4)
        for cat, weight in _CAT_WEIGHTS.items():
            self.known_by[cat] = [self._fresh(cat) for _ in range(max(4, round(total * weight)))]
        cats = list(_CAT_WEIGHTS)
        never = [self._fresh(self.r.choice(cats)) for _ in range(max(8, total // 8))]
        known = [name for names in self.known_by.values() for name in names] + never
        self.r.shuffle(known)
        self.known = known
        self.known_set = set(known)

    # -- names -----------------------------------------------------------------------------

    def _han(self) -> str:
        r = self.r
        given = r.choice(_GIVEN1) + r.choice(_GIVEN2) if r.random() < 0.88 else r.choice(_GIVEN2)
        return r.choice(_SURNAMES) + given

    def _pair(self, nat: str) -> tuple[str, str]:
        """A foreign or Indigenous name in Han transliteration and in Latin letters."""
        r = self.r
        dot = r.choice("‧‧·")
        if nat == "vn":
            parts = (r.choice(_VN_SUR), r.choice(_VN_MID), r.choice(_VN_GIV))
            return "".join(p[0] for p in parts), " ".join(p[1] for p in parts)
        if nat == "ind":
            a, b = r.choice(_IND_GIVEN), r.choice(_IND_FAMILY)
        elif nat == "id":
            if r.random() < 0.2:
                return r.choice(_ID_MONO)
            a, b = r.choice(_ID_FIRST), r.choice(_ID_LAST)
        elif nat == "ph":
            a, b = r.choice(_PH_FIRST), r.choice(_PH_LAST)
        else:
            a, b = r.choice(_TH_FIRST), r.choice(_TH_LAST)
        return a[0] + dot + b[0], a[1] + " " + b[1]

    def _make(self, cat: str) -> tuple[str, str | None]:
        r = self.r
        if cat == "han":
            return self._han(), None
        if cat == "cmp":
            return r.choice(_COMPOUND) + self._han()[1:], None
        if cat == "mar":
            return r.choice(_SURNAMES) + self._han(), None
        latin = cat.endswith(("l", "r"))
        nat = cat.rstrip("lr") if cat != "indr" else "ind"
        han, lat = self._pair(nat)
        if latin and r.random() < 0.3:
            lat = lat.upper()
        return (lat, han) if latin else (han, lat)

    def _fresh(self, cat: str) -> str:
        for _ in range(80):
            name, other = self._make(cat)
            if name not in self.used and _PERSON_OK.fullmatch(name):
                self.used.add(name)
                if other and _PERSON_OK.fullmatch(other):
                    self.partner[name] = other
                return name
        return self._fresh("han" if cat in ("cmp", "mar", "ind") else "vnl")

    def name(self, cat: str) -> str:
        """A PERSON surface: half from the known list, half fresh (in no list)."""
        if self.r.random() < 0.5:
            return self.r.choice(self.known_by[cat])
        return self._fresh(cat)

    def other_form(self, name: str) -> str:
        """The same person's name in the other script (or the name itself)."""
        return self.partner.get(name, name)

    def local(self) -> str:
        cats = ("han", "cmp", "mar", "ind", "indr")
        return self.name(self.r.choices(cats, weights=(74, 6, 8, 7, 5))[0])

    def han(self) -> str:
        return self.name("han")

    def foreign(self, nats: str = "vn id ph th") -> tuple[str, str]:
        """A foreign resident's name and the nationality code (vn, id, ph, th)."""
        r = self.r
        nat = r.choice(nats.split())
        cat = nat + ("l" if r.random() < 0.55 else "")
        return self.name(cat), nat

    def anyone(self) -> str:
        return self.foreign()[0] if self.r.random() < 0.15 else self.local()

    # -- plain vocabulary ------------------------------------------------------------------

    def pick(self, seq: tuple[str, ...]) -> str:
        return self.r.choice(seq)

    def digits(self, k: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(k))

    def recent(self) -> str:
        """An ordinary recent date (never a birth date)."""
        r = self.r
        y, m, d = r.randint(111, 114), r.randint(1, 12), r.randint(1, 28)
        forms = (
            f"{y}年{m}月{d}日",
            f"{y}/{m:02d}/{d:02d}",
            f"{y}.{m}.{d}",
            f"{y + 1911}/{m}/{d}",
            f"{m}月{d}日",
            f"{m}/{d}",
        )
        return r.choice(forms)

    def clock(self) -> str:
        r = self.r
        h, mi = r.randint(0, 23), r.randint(0, 59)
        return r.choice((f"{h:02d}:{mi:02d}", f"{h}時{mi}分", f"{h:02d}{mi:02d}"))

    def doc_no(self) -> str:
        return f"{self.pick(_DOC_PREFIX)}字第{self.r.randint(111, 114)}{self.digits(7)}號"

    def case_no(self) -> str:
        r = self.r
        forms = (
            f"{r.randint(111, 114)}年度偵字第{r.randint(1000, 39999)}號",
            f"{r.randint(111, 114)}年度交字第{r.randint(100, 9999)}號",
            f"1999陳情案號{r.randint(111, 114)}{self.digits(6)}",
            f"受理編號{r.randint(111, 114)}-{self.digits(5)}",
        )
        return r.choice(forms)

    def ban_no(self) -> str:
        while True:
            head = self.digits(7)
            ok = [d for d in "0123456789" if ban.is_valid(head + d)]
            if ok:
                return head + self.r.choice(ok)

    def amount(self) -> str:
        r = self.r
        v = r.choice((85, 500, 1200, 3000, 6000, 18000, 30000, 48600, 125000, 2_400_000))
        v = v * r.randint(1, 3)
        return r.choice((f"新臺幣{v:,}元", f"{v:,}元", f"NT${v:,}", f"新台幣{v}元整"))

    # -- labelled values -------------------------------------------------------------------

    def value(self, key: str, arg: str) -> tuple[str, str]:
        if key == "ID":
            return "TW_NATIONAL_ID", self.twid(arg)
        if key == "ARC":
            return "TW_RESIDENT_CERT", self.arc()
        if key == "MOB":
            return "PHONE", self.mobile()
        if key == "TEL":
            return "PHONE", self.landline()
        if key == "PH":
            return "PHONE", self.mobile() if self.r.random() < 0.7 else self.landline()
        if key == "MAIL":
            return "EMAIL", self.email(arg)
        if key == "ADDR":
            return "ADDRESS", self.address(arg)
        if key == "NHI":
            return "TW_NHI_CARD", self.nhi()
        if key == "PP":
            return "PASSPORT", self.passport(arg)
        if key == "CC":
            return "CREDIT_CARD", self.card()
        if key == "BD":
            return "BIRTH_DATE", self.birth(arg)
        raise KeyError(key)

    def twid(self, sex: str = "") -> str:
        r = self.r
        letter = r.choice(list(LETTER_CODES))
        body = (sex if sex in ("1", "2") else r.choice("12")) + self.digits(7)
        value = letter + body + id_check_digit(letter, body)
        assert twid.is_valid(value)
        return value.lower() if r.random() < 0.03 else value

    def arc(self) -> str:
        r = self.r
        letter = r.choice(list(LETTER_CODES))
        if r.random() < 0.7:
            body = r.choice("89") + self.digits(7)
            value = letter + body + id_check_digit(letter, body)
        else:
            second = r.choice("ABCD")
            tail = self.digits(7)
            value = (
                letter
                + second
                + tail
                + id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
            )
        assert arc.is_valid(value)
        return value

    def mobile(self) -> str:
        r = self.r
        d = "09" + r.choice("012345678") + self.digits(7)
        forms = (
            f"{d[:4]}-{d[4:7]}-{d[7:]}",
            d,
            f"{d[:4]} {d[4:7]} {d[7:]}",
            f"{d[:4]}-{d[4:]}",
            f"+886 {d[1:4]} {d[4:7]} {d[7:]}",
            f"+886-{d[1:]}",
            f"{d[:4]}.{d[4:7]}.{d[7:]}",
        )
        return r.choices(forms, weights=(30, 25, 10, 15, 6, 4, 3))[0]

    def landline(self) -> str:
        r = self.r
        area, k, first = r.choice(
            (("02", 8, "2345678"), ("03", 7, "23459"), ("04", 8, "2"), ("049", 7, "2"),
             ("05", 7, "2357"), ("06", 7, "235"), ("07", 7, "235678"), ("08", 7, "7"),
             ("089", 6, "3"), ("037", 6, "3"), ("082", 6, "3"))
        )  # fmt: skip
        local = r.choice(first) + self.digits(k - 1)
        forms = [f"{area}-{local}", f"({area}){local}", f"{area}{local}"]
        if k == 8:
            forms += [f"{area}-{local[:4]}-{local[4:]}", f"({area}){local[:4]}-{local[4:]}"]
        if k == 7:
            forms += [f"({area}){local[:3]}-{local[3:]}"]
        value = r.choice(forms)
        assert phone.is_plausible(value)
        return value

    def email(self, kind: str = "") -> str:
        r = self.r
        if kind == "stu":
            return f"s{r.randint(110, 113)}{self.digits(4)}@{r.choice(_SCHOOL_DOMAINS)}"
        local = r.choice(_MAIL_BITS)
        if r.random() < 0.5:
            local += r.choice(("", ".", "_")) + r.choice(_MAIL_BITS)
        if r.random() < 0.7:
            local += str(r.randint(1, 9999))
        if r.random() < 0.08:
            local = local.capitalize()
        return f"{local}@{r.choice(_MAIL_DOMAINS)}"

    def address(self, kind: str = "") -> str:
        r = self.r
        zip3, city, dist = r.choice(_PORT_PLACES if kind == "port" else _PLACES)
        if city.startswith("臺") and r.random() < 0.3:
            city = "台" + city[1:]
        out = ""
        if r.random() < 0.35:
            out = zip3 + (self.digits(2) if r.random() < 0.3 else "") + r.choice(("", " "))
        out += city + dist
        if r.random() < 0.15:
            out += f"{r.choice(_VILLAGES)}里{r.randint(1, 30)}鄰"
        out += r.choice(_ROADS)
        if r.random() < 0.25:
            out += r.choice("一二三四五") + "段"
        if r.random() < 0.35:
            out += f"{r.randint(1, 320)}巷"
            if r.random() < 0.3:
                out += f"{r.randint(1, 40)}弄"
        out += str(r.randint(1, 420))
        if r.random() < 0.12:
            out += f"之{r.randint(1, 5)}"
        out += "號"
        roll = r.random()
        if roll < 0.45:
            out += f"{r.randint(1, 15)}樓"
            if r.random() < 0.15:
                out += f"之{r.randint(1, 3)}"
        elif roll < 0.55:
            out += f"{r.randint(1, 15)}F"
        return out

    def nhi(self) -> str:
        r = self.r
        d = ("0000" + self.digits(8)) if r.random() < 0.7 else self.digits(12)
        return r.choice((d, f"{d[:4]}-{d[4:8]}-{d[8:]}", f"{d[:4]} {d[4:8]} {d[8:]}"))

    def passport(self, nat: str = "") -> str:
        r = self.r
        nat = nat or r.choice(("tw", "vn", "id", "ph", "th"))
        if nat == "tw":
            return r.choice("35") + self.digits(8)
        if nat == "vn":
            return r.choice("BCN") + self.digits(7)
        if nat == "id":
            return r.choice(("A", "B", "C", "X", "E")) + self.digits(7)
        if nat == "ph":
            return r.choice(("P" + self.digits(7) + r.choice("ABC"), "EC" + self.digits(7)))
        return r.choice(("AA", "AB", "AC")) + self.digits(7)

    def card(self) -> str:
        r = self.r
        prefix, length = r.choice(
            (("4", 16), ("4", 16), ("5" + r.choice("12345"), 16),
             ("35" + str(r.randint(28, 89)), 16), ("37", 15), ("62", 16))
        )  # fmt: skip
        body = prefix + self.digits(length - len(prefix) - 1)
        value = next(body + d for d in "0123456789" if creditcard.luhn_ok(body + d))
        assert creditcard.is_valid(value)
        if length == 15:
            groups = [value[:4], value[4:10], value[10:]]
        else:
            groups = [value[i : i + 4] for i in range(0, 16, 4)]
        return r.choice((" ".join(groups), "-".join(groups), value))

    def birth(self, arg: str = "") -> str:
        """A date of birth; ``arg`` is an age class (old, adult, work, kid) and/or ad / roc."""
        r = self.r
        span = {"old": (1932, 1968), "work": (1972, 2004), "kid": (2006, 2013)}
        lo, hi = next((v for k, v in span.items() if k in arg), (1950, 2004))
        y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
        ad = "ad" in arg or ("roc" not in arg and r.random() < 0.35)
        if ad:
            forms = (
                f"{y}-{m:02d}-{d:02d}",
                f"{y}/{m}/{d}",
                f"{y}年{m}月{d}日",
                f"{y}.{m:02d}.{d:02d}",
            )
            return r.choice(forms)
        ry = y - 1911
        forms = (
            f"民國{ry}年{m}月{d}日",
            f"{ry}年{m}月{d}日",
            f"{ry:03d}.{m:02d}.{d:02d}",
            f"{ry}/{m:02d}/{d:02d}",
            f"民{ry}.{m}.{d}",
            f"{ry:03d}/{m:02d}/{d:02d}",
        )
        return r.choice(forms)


# ---------------------------------------------------------------------------------------------
# Text builder: «KEY:arg» places a labelled value, «name» a PERSON given as keyword
# ---------------------------------------------------------------------------------------------


class _B:
    def __init__(self, g: _G) -> None:
        self.g = g
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[tuple[int, int, str]] = []

    def t(self, text: str) -> _B:
        self.parts.append(text)
        self.n += len(text)
        return self

    def _span(self, value: str, label: str) -> None:
        self.spans.append((self.n, self.n + len(value), label))
        self.t(value)

    def f(self, template: str, **names: str) -> _B:
        for i, piece in enumerate(_TOKEN.split(template)):
            if i % 2 == 0:
                self.t(piece)
                continue
            key, _, arg = piece.partition(":")
            if key in names:
                self._span(names[key], "PERSON")
                continue
            label, value = self.g.value(key, arg)
            if self.g.r.random() < _WIDE_RATE:
                value = value.translate(_WIDE)
            self._span(value, label)
        return self

    def cell(self, key: str, arg: str = "") -> tuple[str, str]:
        """A labelled value for a table cell (placed later by :meth:`aligned`)."""
        label, value = self.g.value(key, arg)
        if self.g.r.random() < _WIDE_RATE:
            value = value.translate(_WIDE)
        return value, label

    def aligned(self, rows: list[list[tuple[str, str | None]]]) -> _B:
        """A table padded with spaces to display width (CJK counts double)."""
        widths = [
            max(_width(row[c][0]) for row in rows if c < len(row)) for c in range(len(rows[0]))
        ]
        for row in rows:
            for c, (value, label) in enumerate(row):
                if label:
                    self._span(value, label)
                else:
                    self.t(value)
                if c < len(row) - 1:
                    self.t(" " * (widths[c] - _width(value) + 2))
            self.t("\n")
        return self

    def text(self) -> str:
        return "".join(self.parts).rstrip("\n")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


# Self-check: identifiers that pass a checksum must lie inside spans (mobiles too in negatives).
_ID_RE = re.compile(r"(?=([A-Z][A-Z0-9]\d{8}))")
_CC_RE = re.compile(r"(?<!\d)\d(?:[ \-]?\d){12,18}(?!\d)")
_MOB_RE = re.compile(r"(?<!\d)(?:\+886[\s\-]?|0)9\d{2}[\s\-]?\d{3}[\s\-]?\d{3}(?!\d)")
_MAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")


def _stray(text: str, spans: list[tuple[int, int, str]], mobiles: bool) -> bool:
    norm = "".join(
        n if len(n := unicodedata.normalize("NFKC", c).upper()) == 1 else c for c in text
    )

    def outside(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b, _ in spans)

    for m in _ID_RE.finditer(norm):
        v, s = m.group(1), m.start()
        if (twid.is_valid(v) or arc.is_valid(v)) and outside(s, s + 10):
            return True
    for m in _CC_RE.finditer(norm):
        if creditcard.is_valid(m.group()) and outside(m.start(), m.end()):
            return True
    if any(outside(m.start(), m.end()) for m in _MAIL_RE.finditer(norm)):
        return True
    if mobiles:
        for m in _MOB_RE.finditer(norm):
            if phone.is_mobile(m.group()) and outside(m.start(), m.end()):
                return True
    return False


# ---------------------------------------------------------------------------------------------
# Genre 1: 器官捐贈、大體捐贈登記
# ---------------------------------------------------------------------------------------------

_ORGANS = (
    "心臟",
    "肺臟",
    "肝臟",
    "腎臟",
    "胰臟",
    "小腸",
    "眼角膜",
    "皮膚",
    "骨骼",
    "心瓣膜",
    "血管",
)


def _don_form(g: _G, b: _B) -> None:
    r = g.r
    organs = "、".join(r.sample(_ORGANS, r.randint(2, 6)))
    lines = [
        r.choice(
            (
                "【器官捐贈同意書　線上登錄資料】",
                "器捐意願書登錄（紙本轉登）",
                "=== 器官捐贈同意書 ===",
            )
        ),
        "姓名：«d»　　性別：" + r.choice("男女"),
        r.choice(("身分證統一編號：«ID»", "身分證字號：«ID»", "國民身分證：«ID»")),
        r.choice(("出生日期：«BD»", "出生年月日：«BD»", "生日：«BD»")),
    ]
    opt = [
        "聯絡電話：«PH»",
        r.choice(("通訊地址：«ADDR»", "戶籍地址：«ADDR»")),
        "健保卡號：«NHI»",
        "E-mail：«MAIL»",
    ]
    lines += r.sample(opt, r.randint(1, 4))
    lines += [
        f"同意捐贈項目：{organs}",
        f"見證人一：«w1»（{r.choice(_RELATIONS)}）",
        "見證人二：«w2»" + r.choice(("", "（社工）", "（友人）")),
        f"加註健保IC卡：{r.choice(('是', '是（已加註）', '否', '待家屬同意'))}",
        f"登錄日期：{g.recent()}",
    ]
    if r.random() < 0.4:
        lines.insert(2, "填表人：«w1»（代填）")
    b.f("\n".join(lines), d=g.anyone(), w1=g.local(), w2=g.local())


def _don_gongwen(g: _G, b: _B) -> None:
    r = g.r
    univ = r.choice(_UNIVS)
    text = (
        f"主旨：檢送{univ}醫學系大體捐贈志願書乙份（捐贈人：«d»），請惠予建檔，請查照。\n"
        "說明：\n"
        f"一、依據{univ}遺體捐贈作業要點及{g.doc_no()}函辦理。\n"
        "二、捐贈人«d»君，身分證統一編號«ID»，«BD:old»生，戶籍地址«ADDR»。\n"
        f"三、家屬代表：«k»（{r.choice(_RELATIONS)}），聯絡電話«PH»。\n"
        "四、志願書正本隨函附送，影本留存本"
        f"院{r.choice(('社會服務室', '解剖學科', '大體老師辦公室'))}。"
    )
    b.f(text, d=g.local(), k=g.local())


def _don_call(g: _G, b: _B) -> None:
    r = g.r
    rel = r.choice(("父親", "母親", "公公", "外婆", "先生"))
    text = (
        f"{g.recent()} {g.clock()} 來電紀錄（大體捐贈諮詢）\n"
        f"來電者：«c»{r.choice(_TITLES)}，為捐贈人之{r.choice(('女兒', '兒子', '媳婦', '孫子'))}\n"
        f"內容：{rel}«d»，«BD:old»出生，目前安置於«ADDR»的護理之家，"
        f"{r.randint(95, 112)}年簽過志願書，但卡片遺失，想確認是否還有效。\n"
        f"處理：查詢系統登記在案，已說明往生後{r.choice(('8', '12', '24'))}小時內需通知本院，"
        "並備妥死亡證明書。\n"
        "回電：«PH»（白天較方便）\n"
        "承辦：«s»"
    )
    b.f(text, c=g.local(), d=g.local(), s=g.han())


def _don_csv(g: _G, b: _B) -> None:
    r = g.r
    header = r.choice(
        (
            "序號,姓名,身分證字號,出生日期,聯絡電話,登錄日期,類別",
            "no,name,id,birthday,tel,reg_date,type",
        )
    )
    rows = [header]
    names = {}
    for i in range(1, r.randint(2, 6)):
        key = f"n{i}"
        names[key] = g.anyone()
        kind = r.choice(("器官", "大體", "器官+大體", "眼角膜"))
        rows.append(f"{i},«{key}»,«ID»,«BD»,«PH»,{g.recent()},{kind}")
    b.f("\n".join(rows), **names)


def _don_line(g: _G, b: _B) -> None:
    r = g.r
    s, v, d, dd = g.han(), g.local(), g.local(), g.local()
    hh, mm = r.randint(8, 20), r.randint(0, 20)
    stamps = []
    for _ in range(6):
        stamps.append(f"[{hh}:{mm:02d}]")
        mm += r.randint(0, 7)
    elder = r.choice(("阿嬤", "阿公", "伯伯"))
    lines = [
        f"{stamps[0]} 社工 «s»：{elder}«d»說想簽器捐卡，今天家屬都在",
        f"{stamps[1]} «s»：身分證 «ID» 生日 «BD:old»",
        f"{stamps[2]} 志工 «v»：收到～我回辦公室幫{elder}上網登錄",
        f"{stamps[3]} «v»：聯絡人要填誰？",
        f"{stamps[4]} «s»：填{r.choice(('女兒', '兒子', '孫女'))}«dd» «MOB»",
        f"{stamps[5]} «v»：👌",
    ]
    b.f("\n".join(lines), s=s, v=v, d=d, dd=dd)


def _don_en(g: _G, b: _B) -> None:
    r = g.r
    foreign = r.random() < 0.4
    if foreign:
        d, nat = g.foreign()
        idline = r.choice(("ARC No.: «ARC»", "居留證 ARC: «ARC»", f"Passport: «PP:{nat}»"))
    else:
        d = g.local()
        idline = r.choice(("ID No.: «ID»", "身分證 ID: «ID»"))
    text = "\n".join(
        [
            r.choice(("Donor registration (walk-in) / 大體捐贈", "Organ donor sign-up 器捐登錄")),
            "Name: «d»",
            "DOB: «BD:ad»",
            idline,
            r.choice(("E-mail: «MAIL»", "Email «MAIL»")),
            r.choice(("Mobile: «MOB»", "Tel «PH»")),
            f"備註：已說明 {r.choice(('body donation', 'organ donation'))} "
            "流程，consent form 已簽，"
            "copy 寄到 e-mail。",
        ]
    )
    b.f(text, d=d)


def _don_card(g: _G, b: _B) -> None:
    r = g.r
    mm, yy = r.randint(1, 12), r.randint(25, 30)
    purpose = r.choice(("大體老師感恩追思", "器官捐贈宣導", "解剖教學設備", "家屬關懷服務"))
    text = "\n".join(
        [
            "捐款授權書（信用卡定期定額）",
            "持卡人：«d»　　身分證字號：«ID»",
            f"卡號：«CC»　　有效期限：{mm:02d}/{yy}",
            f"每月捐款金額：{g.amount()}　用途：{purpose}",
            "收據寄送地址：«ADDR»",
            r.choice(("聯絡電話：«PH»", "手機：«MOB»")),
            f"經辦人：«s»　{g.recent()}",
        ]
    )
    b.f(text, d=g.local(), s=g.han())


def _don_foreign(g: _G, b: _B) -> None:
    r = g.r
    f, nat = g.foreign()
    text = (
        f"外籍配偶«f»（{_NATION[nat]}籍，居留證號«ARC»，護照號碼«PP:{nat}»）今日至本院"
        f"{r.choice(('社工室', '器捐協調師辦公室', '衛教中心'))}登記器官捐贈，"
        f"由{r.choice(('先生', '婆婆', '女兒'))}«h»陪同翻譯。"
        "聯絡電話«MOB»，住址«ADDR»。"
    )
    other = g.other_form(f)
    if other != f and r.random() < 0.5:
        text += "中文譯名«o»，已請本人確認拼寫。"
        b.f(text, f=f, h=g.han(), o=other)
        return
    b.f(text, f=f, h=g.han())


def _don_roster(g: _G, b: _B) -> None:
    r = g.r
    lines = [f"{r.choice(_HOSPITALS)}　{r.randint(1, 12)}月份新增大體捐贈志願者"]
    names = {}
    for i in range(1, r.randint(3, 6)):
        key = f"p{i}"
        names[key] = g.local()
        item = r.choice(
            (
                f"{i}. «{key}»（«BD:old»）　«ADDR»",
                f"{i}. «{key}»　{r.randint(58, 91)}歲　電話«PH»",
                f"({i}) «{key}»，«BD:old»生，身分證«ID»",
                f"{i}、«{key}»　{r.choice(('已寄感謝狀', '待補家屬同意書', '資料齊全'))}",
            )
        )
        lines.append(item)
    b.f("\n".join(lines), **names)


def _don_married(g: _G, b: _B) -> None:
    r = g.r
    d = g.name("mar")
    maiden = d[1:]
    text = (
        f"器捐卡補發申請：«d»女士（身分證«ID»）表示戶籍資料已於{r.randint(80, 110)}年"
        "冠夫姓，原名«m»，舊卡上為原名。出生«BD:adult»。新卡寄«ADDR»，"
        f"{r.choice(('請於', '預計'))}{g.recent()}前寄出。"
    )
    b.f(text, d=d, m=maiden)


def _don_indigenous(g: _G, b: _B) -> None:
    r = g.r
    d = g.name(r.choice(("ind", "indr")))
    other = g.other_form(d)
    village = r.choice(("部落", "教會", "衛生室"))
    text = (
        f"{r.choice(('巡迴宣導', '部落健康講座'))}現場登錄：«d»（族名／漢名對照：«o»），"
        f"«BD»生，由{village}幹事«s»協助填寫。身分證«ID»，手機«MOB»。"
    )
    b.f(text, d=d, o=other, s=g.local())


_DONATION: tuple[Callable[[_G, _B], None], ...] = (
    _don_form,
    _don_gongwen,
    _don_call,
    _don_csv,
    _don_line,
    _don_en,
    _don_card,
    _don_foreign,
    _don_roster,
    _don_married,
    _don_indigenous,
)


# ---------------------------------------------------------------------------------------------
# Genre 2: 噪音陳情 (police)
# ---------------------------------------------------------------------------------------------

_NOISES = (
    "深夜敲打地板", "麻將洗牌聲", "KTV歡唱至凌晨", "冷氣室外機低頻噪音", "狗吠不止", "裝潢電鑽聲",
    "頂樓加蓋鐵皮敲擊", "機車改裝排氣管", "宮廟鞭炮", "直播喊麥", "鋼琴練習到半夜", "彈珠台機台聲",
)  # fmt: skip


def _noi_log(g: _G, b: _B) -> None:
    r = g.r
    text = (
        f"{g.recent()} {g.clock()} 受理«c»（«ID»）報案，"
        f"稱{r.choice(('樓上', '隔壁', '對面', '樓下'))}"
        f"«ADDR»住戶{r.choice(_NOISES)}。派員到場勸導，屋主«o»表示會改善。"
        f"陳情人手機«MOB»。{r.choice(('結案。', '列管，持續追蹤。', '已通報環保局夜間稽查。'))}"
    )
    b.f(text, c=g.local(), o=g.anyone())


def _noi_110(g: _G, b: _B) -> None:
    r = g.r
    lines = [
        "受理員：110您好，請問哪裡需要幫忙？",
        f"民眾：我住在«ADDR»，{r.choice(('隔壁那間', '樓上那戶', '巷口那家'))}"
        f"{r.choice(_NOISES)}，已經{r.choice(('一個禮拜', '好幾天', '三個月'))}了……",
        "受理員：好，請問您貴姓大名？",
        "民眾：我叫«c»，" + r.choice(("電話«PH»。", "手機是«MOB»。", "電話«TEL»，晚上才有人接。")),
        f"受理員：好的，會請{r.choice(_STATIONS)}派員過去。",
    ]
    if r.random() < 0.5:
        lines.insert(4, "民眾：那家好像姓«o»的，«o»先生，之前也吵過。")
        b.f("\n".join(lines), c=g.local(), o=g.han())
        return
    b.f("\n".join(lines), c=g.local())


def _noi_mail(g: _G, b: _B) -> None:
    r = g.r
    topic = r.choice(("社區頂樓冷氣室外機噪音", "樓下早餐店清晨五點備料", "隔壁宮廟夜間誦經擴音"))
    text = "\n".join(
        [
            "寄件者：«MAIL»",
            f"主旨：{topic}陳情（第{r.randint(2, 6)}次）",
            "",
            f"{r.choice(('警察先生您好', '承辦長官您好', '您好'))}：",
            f"我是住在«ADDR»的«c»，{topic}已嚴重影響睡眠，之前打1999案號{g.case_no()}"
            "到現在都沒改善。",
            r.choice(("麻煩派人來量測分貝，", "希望警方能夜間巡邏，")) + "有問題可以打«MOB»找我。",
            "",
            r.choice(("«c» 敬上", "住戶 «c»", "謝謝\n«c»")),
        ]
    )
    b.f(text, c=g.local())


def _noi_table(g: _G, b: _B) -> None:
    r = g.r
    sep = r.choice(("\t", ","))
    rows = [sep.join(("日期", "陳情人", "電話", "地點", "處理情形"))]
    names = {}
    for i in range(r.randint(2, 5)):
        key = f"c{i}"
        names[key] = g.anyone()
        result = r.choice(("勸導改善", "告發", "未發現噪音", "移環保局", "當事人不在"))
        rows.append(sep.join((g.recent(), f"«{key}»", "«PH»", "«ADDR»", result)))
    b.f("\n".join(rows), **names)


def _noi_gongwen(g: _G, b: _B) -> None:
    r = g.r
    station = r.choice(_STATIONS)
    text = (
        f"主旨：有關民眾«c»陳情«ADDR»營業場所噪音擾鄰乙案，復如說明，請查照。\n"
        "說明：\n"
        f"一、復貴局{g.recent()}{g.doc_no()}函。\n"
        f"二、經本分局{station}於{g.recent()}夜間派員前往，現場負責人«o»"
        f"（{r.choice(('身分證', '身分證統一編號'))}«ID»）稱係{r.choice(('包廂', '店內', '騎樓'))}"
        "音響未關，已當場勸導並製作紀錄。\n"
        "三、另依噪音管制法第9條規定，管制標準之量測屬環保機關權責，併請貴局派員稽查。"
    )
    b.f(text, c=g.local(), o=g.local())


def _noi_line(g: _G, b: _B) -> None:
    r = g.r
    lines = [
        f"里長 «l»：各位鄰居 {r.randint(2, 12)}樓那戶又在{r.choice(('裝潢', '唱歌', '拆牆'))}了",
        "«l»：已經跟管委會說 也打給派出所",
        f"住戶 «c»：我們這邊也聽得很清楚 {r.choice(('小孩都睡不著', '明天還要上班', '狗一直叫'))}",
        "«c»：有人有屋主電話嗎",
        "«l»：屋主«o» «MOB» 但他說房子租出去了",
        f"管委會 «m»：租約上的房客是«t»，我{r.choice(('明天', '晚點'))}貼公告",
    ]
    b.f("\n".join(lines), l=g.local(), c=g.local(), o=g.local(), m=g.local(), t=g.anyone())


def _noi_bd(g: _G, b: _B) -> None:
    r = g.r
    text = (
        f"案由：{r.choice(_NOISES)}糾紛（相對人持木棍出面理論，疑涉恐嚇）\n"
        "當事人一：«a»，«BD»生，身分證«ID»，住«ADDR»，電話«PH»\n"
        "當事人二：«c»，«BD»生，身分證«ID»，電話«PH»\n"
        f"處置：雙方帶回{r.choice(_STATIONS)}製作筆錄，當事人二表示不提告。"
    )
    b.f(text, a=g.local(), c=g.local())


def _noi_en(g: _G, b: _B) -> None:
    r = g.r
    c, nat = g.foreign(r.choice(("vn id ph", "ph th")))
    text = (
        f"Complainant: «c» ({_NATION[nat]}籍移工), ARC «ARC», tel «MOB». "
        "反映宿舍 «ADDR» 旁工廠 night shift "
        f"機台噪音 {r.choice(('until 3am', 'every night', '超過一個月'))}，"
        f"由雇主«e»陪同到所。已 explain 流程，移環保局 for 夜間量測。"
    )
    b.f(text, c=c, e=g.local())


def _noi_note(g: _G, b: _B) -> None:
    r = g.r
    text = (
        f"{g.recent()} «c»又來電(第{r.randint(3, 20)}次) 說樓上«o» "
        f"{r.choice(_NOISES)} 已轉告巡邏 {r.choice(('無異狀', '現場安靜', '有聽到但已停止'))} "
        "/ 陳情人要求匿名 / 回電«PH»"
    )
    b.f(text, c=g.local(), o=g.han())


_NOISE: tuple[Callable[[_G, _B], None], ...] = (
    _noi_log,
    _noi_110,
    _noi_mail,
    _noi_table,
    _noi_gongwen,
    _noi_line,
    _noi_bd,
    _noi_en,
    _noi_note,
)


# ---------------------------------------------------------------------------------------------
# Genre 3: 漁工港口健檢
# ---------------------------------------------------------------------------------------------

_RESULTS = (
    "正常", "胸部X光異常，轉介複檢", "血壓偏高", "B肝帶原", "寄生蟲陰性", "視力不良", "尿蛋白+",
    "梅毒血清陰性", "複檢合格", "缺檢，請補檢",
)  # fmt: skip


def _fish_aligned(g: _G, b: _B) -> None:
    r = g.r
    rows: list[list[tuple[str, str | None]]] = [
        [(h, None) for h in ("No", "姓名", "國籍", "護照號碼", "出生日期", "結果")]
    ]
    for i in range(1, r.randint(3, 7)):
        name, nat = g.foreign("vn id ph")
        rows.append(
            [
                (f"{i:02d}", None),
                (name, "PERSON"),
                (_NATION[nat], None),
                b.cell("PP", nat),
                b.cell("BD", "work.ad"),
                (r.choice(_RESULTS), None),
            ]
        )
    b.t(f"{r.choice(_VESSELS)} 船員健檢名冊（{r.choice(_PORTS)}，{g.recent()}）\n")
    b.aligned(rows)


def _fish_csv(g: _G, b: _B) -> None:
    r = g.r
    rows = [
        r.choice(("船名,漁工姓名,居留證號,生日,手機,健檢結果", "vessel,name,ARC,DOB,mobile,result"))
    ]
    names = {}
    for i in range(r.randint(2, 5)):
        key = f"f{i}"
        names[key], _nat = g.foreign("vn id ph th")
        rows.append(f"{r.choice(_VESSELS)},«{key}»,«ARC»,«BD:work»,«MOB»,{r.choice(_RESULTS)}")
    b.f("\n".join(rows), **names)


def _fish_note(g: _G, b: _B) -> None:
    r = g.r
    f, nat = g.foreign("id vn ph")
    text = (
        f"{r.choice(_PORTS)} 巡迴健檢 {g.recent()}：«f»（{_NATION[nat]}籍，«BD:work»生，"
        f"護照«PP:{nat}»）{r.choice(_RESULTS[1:4])}，已轉介{r.choice(_HOSPITALS)}。"
        f"仲介«a»聯絡電話«PH»，船長«c»{r.choice(('同意', '表示出海前', '答應'))}帶去複檢。"
    )
    b.f(text, f=f, a=g.local(), c=g.han())


def _fish_form(g: _G, b: _B) -> None:
    r = g.r
    f, nat = g.foreign("th vn id ph")
    other = g.other_form(f)
    lines = [
        "外籍船員健康檢查表",
        "受檢者姓名：«f»" + ("（«o»）" if other != f else ""),
        f"國籍：{_NATION[nat]}　性別：{r.choice('男女')}",
        f"護照號碼：«PP:{nat}»",
        "出生日期：«BD:work.ad»",
        r.choice(("居留證號：«ARC»", "統一證號：«ARC»", "居留證號：（境外僱用，無）")),
        f"所屬漁船：{r.choice(_VESSELS)}　船主：«o2»",
        "船主電話：«PH»",
        f"檢查日期：{g.recent()}　檢查醫院：{r.choice(_HOSPITALS)}",
    ]
    b.f("\n".join(lines), f=f, o=other, o2=g.local())


def _fish_line(g: _G, b: _B) -> None:
    r = g.r
    f1, _ = g.foreign("vn id")
    f2, _ = g.foreign("vn id ph")
    lines = [
        f"船長 «c»：明天早上{r.randint(7, 9)}點 {r.choice(_PORTS)} 漁會二樓健檢 大家帶護照",
        "«c»：«f1» 你上次沒驗到血 這次要空腹 ok?",
        f"«f1»：ok 船長 {r.choice(('terima kasih', 'cảm ơn', 'thank you'))}",
        f"仲介 «a»：«f2» 的居留證 «ARC» 過期了 我先帶他去{r.choice(('移民署', '服務站'))}",
        "«c»：好 有事打我 «MOB»",
    ]
    b.f("\n".join(lines), c=g.han(), f1=f1, f2=f2, a=g.local())


def _fish_gongwen(g: _G, b: _B) -> None:
    r = g.r
    f, nat = g.foreign("id vn ph")
    text = (
        f"主旨：檢送本縣{r.choice(_PORTS)}{r.randint(112, 114)}年度第{r.randint(1, 4)}次"
        "境外僱用外籍船員健康檢查異常名單，請協助追蹤，請查照。\n"
        f"說明：一、依{g.doc_no()}函辦理。二、受檢人«f»，{_NATION[nat]}籍，護照號碼«PP:{nat}»，"
        f"出生日期«BD:work»，{r.choice(_RESULTS[1:4])}，僱用漁船{r.choice(_VESSELS)}"
        "（船主«o»），請船主於二週內安排複檢。"
    )
    b.f(text, f=f, o=g.local())


def _fish_mail(g: _G, b: _B) -> None:
    r = g.r
    f, nat = g.foreign("ph id")
    text = "\n".join(
        [
            "From: «MAIL»",
            f"Subject: {r.choice(_VESSELS)} crew list / 健檢補件",
            "",
            "承辦您好，",
            f"附件是更新的 crew list。其中 «f» 的 passport no. 已換新本，新號碼 «PP:{nat}»，"
            "DOB «BD:work.ad»，請更新系統。",
            f"{r.choice(('他', '她'))}上次 X-ray 要重照，預計{g.recent()}回港。",
            "",
            f"«a»（{r.choice(_COMPANIES[2:3] + _COMPANIES[9:10])}）",
            "Mobile «MOB»",
        ]
    )
    b.f(text, f=f, a=g.local())


def _fish_addr(g: _G, b: _B) -> None:
    r = g.r
    names = {}
    lines = [f"{r.choice(_PORTS)} 岸置所／宿舍住宿漁工（健檢通知送達）"]
    for i in range(1, r.randint(2, 5)):
        key = f"f{i}"
        names[key], _ = g.foreign()
        lines.append(f"{i}) «{key}»　宿舍：«ADDR:port»　手機：«MOB»")
    b.f("\n".join(lines), **names)


_FISHERMEN: tuple[Callable[[_G, _B], None], ...] = (
    _fish_aligned,
    _fish_csv,
    _fish_note,
    _fish_form,
    _fish_line,
    _fish_gongwen,
    _fish_mail,
    _fish_addr,
)


# ---------------------------------------------------------------------------------------------
# Genre 4: 身障停車證、計程車乘車券
# ---------------------------------------------------------------------------------------------

_DISAB = (
    "肢體障礙", "第七類（神經、肌肉、骨骼之移動相關構造及其功能）", "視覺障礙", "第一類",
    "多重障礙",
    "慢性精神病患者", "平衡機能障礙", "洗腎（第五類）",
)  # fmt: skip
_LEVEL = ("輕度", "中度", "重度", "極重度")


def _taxi_form(g: _G, b: _B) -> None:
    r = g.r
    lines = [
        r.choice(
            ("身心障礙者計程車乘車券申請表", "身障者專用停車位識別證申請書", "復康巴士／乘車券申請")
        ),
        "申請人：«a»",
        "身分證字號：«ID»",
        "出生年月日：«BD:old»",
        f"障別／等級：{r.choice(_DISAB)}／{r.choice(_LEVEL)}",
        r.choice(("戶籍地：«ADDR»", "居住地址：«ADDR»")),
        "聯絡電話：«PH»",
    ]
    if r.random() < 0.5:
        lines += [f"代辦人：«p»（{r.choice(_RELATIONS)}）", "代辦人電話：«MOB»"]
    if r.random() < 0.3:
        lines.append("健保卡號：«NHI»（查詢身障證明效期用）")
    lines.append(f"收件日期：{g.recent()}　承辦：«s»")
    b.f("\n".join(lines), a=g.local(), p=g.local(), s=g.han())


def _taxi_call(g: _G, b: _B) -> None:
    r = g.r
    rel = r.choice(("母親", "父親", "先生", "阿嬤", "哥哥"))
    text = (
        f"{g.recent()} 家屬«p»來電，詢問{rel}«a»的乘車券為何還沒收到。"
        f"查系統：{r.randint(112, 114)}年第{r.randint(1, 4)}季已於{g.recent()}掛號寄出，"
        f"地址«ADDR»，郵局查詢{r.choice(('招領逾期退回', '已妥投', '查無此人退件'))}。"
        "已請家屬確認地址，改寄«ADDR»。回電«PH»。"
    )
    b.f(text, p=g.local(), a=g.local())


def _taxi_tab(g: _G, b: _B) -> None:
    r = g.r
    rows = ["\t".join(("序號", "姓名", "身分證", "障別", "等級", "張數", "備註"))]
    names = {}
    for i in range(1, r.randint(3, 7)):
        key = f"a{i}"
        names[key] = g.local()
        note = r.choice(("", "輪椅", "新申請", "地址變更", "死亡註銷", "改綁卡扣款"))
        kind = r.choice(("肢障", "視障", "多障", "第七類", "第一類", "洗腎"))
        cols = (str(i), f"«{key}»", "«ID»", kind, r.choice(_LEVEL), str(r.choice((8, 12, 16))))
        rows.append("\t".join((*cols, note)))
    b.f("\n".join(rows), **names)


def _taxi_card(g: _G, b: _B) -> None:
    r = g.r
    text = (
        f"多元計程車自付額改以信用卡扣款：申請人«a»（«BD:old»），"
        f"綁定卡號«CC»，持卡人«c»（{r.choice(('本人', '女兒', '兒子', '配偶'))}）。"
        f"{r.choice(_COMPANIES[1:2] + _COMPANIES[10:11])}已完成設定，"
        f"自{g.recent()}起每趟自付{r.choice(('20', '30', '45'))}元由卡片扣款。"
    )
    b.f(text, a=g.local(), c=g.local())


def _taxi_gongwen(g: _G, b: _B) -> None:
    r = g.r
    text = (
        f"主旨：核定«a»君（«BD:old»生）{r.randint(112, 114)}年度身心障礙者計程車乘車券"
        f"每月{r.choice((8, 12, 16))}張，請查照。\n"
        f"說明：一、依{r.choice(('臺北市', '新北市', '高雄市', '臺中市'))}身"
        "心障礙者乘車補助辦法第4條辦理。"
        "二、乘車券將寄送至«ADDR»，如有疑義請洽本局承辦人«s»。"
    )
    b.f(text, a=g.local(), s=g.han())


def _taxi_mail(g: _G, b: _B) -> None:
    r = g.r
    text = "\n".join(
        [
            "寄件人：«MAIL»",
            f"主旨：個案«a»乘車券{r.choice(('加發', '展延', '補發'))}申請",
            "",
            f"社會局承辦您好，我是{r.choice(_HOSPITALS)}社工«s»。",
            f"個案«a»（身分證«ID»，«BD»生）因每週{r.randint(2, 3)}次洗腎，"
            f"往返交通費負擔大，想申請{r.choice(('加發', '展延'))}乘車券。",
            "個案住«ADDR»，主要照顧者«c»手機«MOB»。",
            "附件為診斷證明，再麻煩您。",
        ]
    )
    b.f(text, a=g.local(), s=g.han(), c=g.anyone())


def _taxi_en(g: _G, b: _B) -> None:
    r = g.r
    text = (
        "Applicant «a», DOB "
        f"«BD:ad», {r.choice(('wheelchair user', 'visually impaired', 'post-stroke'))}，"
        f"pick-up 地點 «ADDR»，常用 destination：{r.choice(_HOSPITALS)}。"
        f"Contact «c» «PH»（{r.choice(('daughter', 'son', 'caregiver'))}）。"
    )
    b.f(text, a=g.local(), c=g.anyone())


def _taxi_caregiver(g: _G, b: _B) -> None:
    r = g.r
    c, nat = g.foreign("id vn ph")
    text = (
        f"外籍看護«c»（{_NATION[nat]}籍，居留證«ARC»）代雇主«a»至區公所"
        f"{r.choice(('申請停車證', '領取乘車券', '辦理地址變更'))}，"
        "雇主身分證«ID»，雇主家屬«p»電話«PH»確認授權。"
    )
    b.f(text, c=c, a=g.local(), p=g.local())


def _taxi_list(g: _G, b: _B) -> None:
    r = g.r
    lines = [f"{g.recent()} 退件清單（{r.choice(('地址不詳', '逾期未領', '已遷出'))}）"]
    names = {}
    for i in range(r.randint(2, 5)):
        key = f"a{i}"
        names[key] = g.local()
        lines.append(r.choice((f"- «{key}» «ADDR»", f"- «{key}»／«TEL»", f"- «{key}»（«BD:old»）")))
    b.f("\n".join(lines), **names)


_TAXI: tuple[Callable[[_G, _B], None], ...] = (
    _taxi_form,
    _taxi_call,
    _taxi_tab,
    _taxi_card,
    _taxi_gongwen,
    _taxi_mail,
    _taxi_en,
    _taxi_caregiver,
    _taxi_list,
)


# ---------------------------------------------------------------------------------------------
# Genre 5: 自傷通報、輔導轉介 (campus)
# ---------------------------------------------------------------------------------------------

_GRADES = ("國二", "國三", "高一", "高二", "高三", "七年級", "八年級", "九年級", "高職二年級")
_CLASSES = ("忠班", "孝班", "仁班", "愛班", "3班", "12班", "甲班", "資訊科")


def _stu(g: _G) -> str:
    r = g.r
    cat = r.choices(("han", "cmp", "ind", "indr", "vn"), weights=(80, 4, 8, 4, 4))[0]
    return g.name(cat)


def _cs_report(g: _G, b: _B) -> None:
    r = g.r
    lines = [
        r.choice(("校安通報（學生自傷）", "【自傷事件通報單】", "通報類別：意外事件／學生自傷")),
        f"學生：«s»（{r.choice(_GRADES)}{r.choice(_CLASSES)}）",
        "出生日期：«BD:kid»",
        "身分證：«ID»",
        f"家長：«p»（{r.choice(('母', '父', '祖母', '監護人'))}）«PH»",
        "住址：«ADDR»",
        f"事件摘要：{g.recent()}午休時"
        f"間{r.choice(('於廁所以美工刀割腕', '服用過量成藥', '自述想跳樓'))}，"
        f"經導師«t»發現送{r.choice(('健康中心', '急診'))}，生命徵象穩定。",
        "處置：已通知家長"
        f"，{r.choice(('啟動三級輔導', '轉介學生輔導諮商中心', '安排心理師晤談'))}。",
    ]
    b.f("\n".join(lines), s=_stu(g), p=g.local(), t=g.han())


def _cs_log(g: _G, b: _B) -> None:
    r = g.r
    text = (
        f"{r.randint(1, 12)}/{r.randint(1, 28)} 第{r.randint(1, 8)}節 導師«t»發現«s»"
        f"{r.choice(('左手腕', '大腿', '手臂'))}有新的割痕，陪同至輔導室。"
        f"個案表示{r.choice(('跟家人吵架', '被同學排擠', '段考壓力', '分手'))}，"
        "否認有自殺計畫。已聯絡母親«m»（«MOB»），請今日放學親自接回。"
        f"輔導老師：«c»"
    )
    b.f(text, t=g.han(), s=_stu(g), m=g.anyone(), c=g.han())


def _cs_referral(g: _G, b: _B) -> None:
    r = g.r
    text = (
        f"敬啟者：\n本校學生«s»（學號{r.randint(110, 113)}{g.digits(4)}，生日«BD:kid»）"
        f"經評估有持續自傷風險（{r.choice(('BSRS-5 總分 16', '近一月自傷 3 次', '有具體計畫'))}），"
        f"擬轉介貴院{r.choice(('兒童青少年精神科', '身心科'))}評估。"
        "監護人«p»，電話«PH»，e-mail «MAIL»。\n"
        f"{r.choice(_SCHOOLS)}輔導室 «c» 敬上 {g.recent()}"
    )
    b.f(text, s=_stu(g), p=g.local(), c=g.han())


def _cs_line(g: _G, b: _B) -> None:
    r = g.r
    lines = [
        f"«a»：{r.choice(('報告組長', '組長'))} «s» 今天又沒來 家裡電話打不通",
        f"組長 «c»：媽媽手機試過嗎 {r.choice(('我這邊是', '資料上寫'))} «MOB»",
        "«a»：也沒接 要不要請學務處家訪",
        "«c»：好 地址是«ADDR» 我跟生教一起去",
        f"«a»：收到 {r.choice(('我先通報', '我先寫紀錄', '我先跟導師說'))}",
    ]
    b.f("\n".join(lines), a=g.han(), s=_stu(g), c=g.han())


def _cs_csv(g: _G, b: _B) -> None:
    r = g.r
    rows = [
        r.choice(
            ("姓名,班級,出生日期,個管老師,追蹤日期,狀態", "name,class,dob,counselor,date,status")
        )
    ]
    names = {}
    for i in range(r.randint(2, 5)):
        key, key2 = f"s{i}", f"c{i}"
        names[key], names[key2] = _stu(g), g.han()
        status = r.choice(("穩定", "持續晤談", "結案", "轉介醫療", "高關懷"))
        rows.append(f"«{key}»,{r.choice(_GRADES)},«BD:kid»,«{key2}»,{g.recent()},{status}")
    b.f("\n".join(rows), **names)


def _cs_en(g: _G, b: _B) -> None:
    r = g.r
    text = (
        f"case: «s», {r.choice(('G8', 'G10', 'G11'))}, DOB «BD:kid.ad», "
        f"self-harm ({r.choice(('cutting', 'overdose', 'ideation only'))}) on {g.recent()}, "
        f"referral to {r.choice(('CAP clinic', '社區心衛中心', 'school psychologist'))}。"
        "家長 consent 已簽（«p»），contact «MOB»。"
    )
    b.f(text, s=_stu(g), p=g.local())


def _cs_newimm(g: _G, b: _B) -> None:
    r = g.r
    m, nat = g.foreign("vn id")
    text = (
        f"個案«s»為新住民子女，母親«m»（{_NATION[nat]}籍，居留證«ARC»）中文溝通有限，"
        f"晤談時請{r.choice(('通譯', '舅舅', '同鄉姊妹'))}«i»協助。"
        f"父親«f»在{r.choice(('外地工作', '漁船上', '服刑中'))}，聯絡電話«PH»。"
        "學生健保卡號«NHI»，就醫轉介用。"
    )
    b.f(text, s=_stu(g), m=m, i=g.anyone(), f=g.han())


def _cs_gongwen(g: _G, b: _B) -> None:
    r = g.r
    text = (
        f"主旨：函轉本校{r.choice(_GRADES)}學生«s»（身分證統一編號«ID»）自傷事件處理情形，"
        "請貴中心協助後續追蹤輔導，請查照。\n"
        f"說明：一、該生於{g.recent()}在校發生自傷行為，已依校園安全及災害事件通報作業要點通報。"
        "二、該生戶籍地«ADDR»，監護人«p»。"
    )
    b.f(text, s=_stu(g), p=g.local())


_COUNSEL: tuple[Callable[[_G, _B], None], ...] = (
    _cs_report,
    _cs_log,
    _cs_referral,
    _cs_line,
    _cs_csv,
    _cs_en,
    _cs_newimm,
    _cs_gongwen,
)


# ---------------------------------------------------------------------------------------------
# Genre 6: 圖書館志工時數
# ---------------------------------------------------------------------------------------------

_SHIFTS = ("週一上午", "週三晚上", "週六下午", "週日上午", "寒假特別班", "書車", "說故事")
_DUTIES = (
    "上架整架",
    "流通櫃台",
    "說故事",
    "書籍修補",
    "兒童室",
    "期刊區",
    "借還書機引導",
    "行動書車",
)


def _hours() -> tuple[float, ...]:
    return (1.5, 2, 2.5, 3, 3.5, 4, 6, 8)


def _lib_tab(g: _G, b: _B) -> None:
    r = g.r
    sep = r.choice(("\t", ","))
    rows = [sep.join(("日期", "志工姓名", "班別", "工作內容", "時數"))]
    names = {}
    for i in range(r.randint(3, 7)):
        key = f"v{i}"
        names[key] = g.anyone()
        rows.append(
            sep.join(
                (
                    g.recent(),
                    f"«{key}»",
                    r.choice(_SHIFTS),
                    r.choice(_DUTIES),
                    str(r.choice(_hours())),
                )
            )
        )
    b.f("\n".join(rows), **names)


def _lib_aligned(g: _G, b: _B) -> None:
    r = g.r
    with_phone = r.random() < 0.6
    head = ["編號", "姓名", "本月時數", "累計時數"] + (["聯絡電話"] if with_phone else [])
    rows: list[list[tuple[str, str | None]]] = [[(h, None) for h in head]]
    for _ in range(1, r.randint(3, 7)):
        row: list[tuple[str, str | None]] = [
            (f"V{r.randint(100, 999)}", None),
            (g.anyone(), "PERSON"),
            (str(r.choice(_hours()) * r.randint(1, 4)), None),
            (f"{r.randint(20, 3200):,}", None),
        ]
        if with_phone:
            row.append(b.cell("PH"))
        rows.append(row)
    b.t(f"{r.choice(_LIBRARIES)} 志工服務時數統計（{r.randint(112, 114)}年{r.randint(1, 12)}月）\n")
    b.aligned(rows)


def _lib_roster(g: _G, b: _B) -> None:
    r = g.r
    lines = [f"{r.choice(_LIBRARIES)}　{r.choice(_SHIFTS)}班 簽到"]
    names = {}
    for i in range(1, r.randint(3, 8)):
        key = f"v{i}"
        names[key] = g.anyone()
        t_in = f"{r.randint(8, 18)}:{r.choice(('00', '30'))}"
        lines.append(
            r.choice(
                (
                    f"{i}. «{key}» {t_in} 簽到 {r.choice(_hours())}小時",
                    f"{i}.«{key}»（{r.choice(_DUTIES)}）{r.choice(_hours())}h",
                    f"{i}. «{key}»　請假",
                )
            )
        )
    b.f("\n".join(lines), **names)


def _lib_signup(g: _G, b: _B) -> None:
    r = g.r
    lines = [
        "志願服務人員報名表（志工保險用，請詳填）",
        "姓名：«v»",
        r.choice(("身分證字號：«ID»", "身分證／居留證號：«ID»")),
        "出生日期：«BD»",
        "通訊地址：«ADDR»",
        "手機：«MOB»",
        "E-mail：«MAIL»",
        f"可服務時段：{'、'.join(r.sample(_SHIFTS, 2))}",
        f"緊急聯絡人：«e»（{r.choice(_RELATIONS)}）«PH»",
    ]
    b.f("\n".join(lines), v=g.local(), e=g.local())


def _lib_line(g: _G, b: _B) -> None:
    r = g.r
    lines = [
        "館員 «s»：各位志工夥伴早安☀️ 本週六說故事由«a»和«c»負責，"
        f"書單放在{r.choice(_LIBRARIES)}櫃台",
        "«a»：收到～",
        f"«c»：不好意思我那天{r.choice(('要回診', '家裡有事', '出國'))}，可以換«d»嗎",
        "«s»：ok 我改一下排班表，時數也會幫你們登",
    ]
    b.f("\n".join(lines), s=g.han(), a=g.anyone(), c=g.anyone(), d=g.anyone())


def _lib_en(g: _G, b: _B) -> None:
    r = g.r
    v, _ = g.foreign("ph th id vn")
    text = (
        f"Volunteer «v»（外籍志工，English storytime）hours this month: {r.choice(_hours()) * 2}，"
        f"{r.choice(('ARC', '居留證'))} «ARC»，聯絡 email «MAIL»，"
        f"保險已由{r.choice(('館方', '志工隊'))}加保。帶班館員：«s»"
    )
    b.f(text, v=v, s=g.han())


def _lib_gongwen(g: _G, b: _B) -> None:
    r = g.r
    k = r.randint(2, 4)
    names = {f"v{i}": g.local() for i in range(k)}
    listing = "、".join(f"«v{i}»" for i in range(k))
    text = (
        f"主旨：檢送本館{r.randint(111, 113)}年度績優志工«v0»等{k}人名冊，"
        "請惠予核發志願服務績效證明書，請查照。\n"
        f"說明：一、依志願服務法第20條辦理。二、名冊：{listing}，服務時數均逾"
        f"{r.choice(('300', '1,000', '3,000'))}小時。三、«v0»出生日期«BD:old»，地址«ADDR»。"
    )
    b.f(text, **names)


def _lib_csv(g: _G, b: _B) -> None:
    r = g.r
    rows = ["volunteer_id,name,birthday,phone,hours_ytd"]
    names = {}
    for i in range(r.randint(2, 5)):
        key = f"v{i}"
        names[key] = g.anyone()
        rows.append(f"LV{g.digits(4)},«{key}»,«BD:ad»,«PH»,{r.randint(3, 400)}")
    b.f("\n".join(rows), **names)


def _lib_mail(g: _G, b: _B) -> None:
    r = g.r
    text = "\n".join(
        [
            f"寄件者：«MAIL»\n主旨：{r.choice(_SHIFTS)}志工請假",
            "",
            f"館員您好，我是{r.choice(_SHIFTS)}的志工«v»，"
            f"{r.choice(('下週要開刀', '小孩要考試', '要回南部'))}，{g.recent()}那班想請假。",
            f"另外我上個月的時數好像少登了{r.choice(_hours())}小時，再麻煩確認。",
            "有事可以打我手機«MOB»，謝謝！",
        ]
    )
    b.f(text, v=g.local())


_LIBRARY: tuple[Callable[[_G, _B], None], ...] = (
    _lib_tab,
    _lib_aligned,
    _lib_roster,
    _lib_signup,
    _lib_line,
    _lib_en,
    _lib_gongwen,
    _lib_csv,
    _lib_mail,
)


# ---------------------------------------------------------------------------------------------
# Hard negatives: sentences with no personal data that still look risky
# ---------------------------------------------------------------------------------------------


def _hotline(g: _G) -> str:
    return f"0800-{g.r.randint(0, 99):03d}-{g.digits(3)}"


def _neg_donation(g: _G) -> list[str]:
    r = g.r
    y = r.randint(111, 113)
    return [
        "依人體器官移植條例第6條及同條例施行細則"
        f"第{r.randint(2, 9)}條規定，捐贈意願得隨時以書面撤回。",
        f"本院{y}年度大體捐贈登記人數計{r.randint(800, 4000):,}人，實際捐贈{r.randint(20, 140)}具，"
        f"較{y - 1}年增加{r.randint(1, 30)}.{r.randint(0, 9)}%。",
        f"器官捐贈宣導品採購案，得標廠商{r.choice(_COMPANIES[:1] + _COMPANIES[8:9])}"
        f"（統一編號{g.ban_no()}），決標金額{g.amount()}。",
        f"{r.choice(_UNIVS)}訂於{g.recent()}上午{r.randint(8, 10)}時舉行大體老師啟用典禮，"
        f"請各班代表提前至{r.choice(('解剖學館', '第一講堂', '慈恩堂'))}集合。",
        "請各單位周知並張貼海報於陳列架，高雄榮總與林口長庚將同步辦理宣導。",
        f"器官捐贈諮詢專線{_hotline(g)}，週一至週五上班時間服務。",
        "林業及自然保育署與本院於植樹節合辦生命教育活動，紀念品為黃金葛盆栽。",
        f"依{g.doc_no()}函，器捐意願註記資料每日凌晨與健保卡系統同步一次。",
        f"感恩追思會場地：{r.choice(_HOSPITALS)}B1國際會議廳，預計{r.randint(150, 600)}人出席。",
    ]


def _neg_noise(g: _G) -> list[str]:
    r = g.r
    return [
        f"依噪音管制法第{r.choice((6, 9))}條及第24條，處新臺幣3,000元以上30,000元以下罰鍰，"
        "經限期改善而未改善者，按次處罰。",
        f"本分局{r.randint(111, 113)}年第{r.randint(1, 4)}季受理噪音陳情計{r.randint(80, 600)}件，"
        f"其中深夜施工占{r.randint(10, 50)}%，娛樂場所占{r.randint(5, 30)}%。",
        f"案號：{g.case_no()}，環保局於{g.recent()}夜間量測，"
        f"低頻噪音{r.randint(30, 48)}分貝"
        f"，{r.choice(('未超過管制標準', '超過管制標準', '待複測'))}。",
        f"{r.choice(_COMPANIES[3:4])}（統編{g.ban_no()}）承攬之捷運工程，"
        f"核准夜間施工期間為{g.recent()}至{g.recent()}。",
        "溫馨提醒：施工單位高分貝作業應避開夜間，曾發生之江翠、林口等案例均經協調改善。",
        f"1999市民當家熱線轉{r.choice(_STATIONS)}處理，"
        f"請於{r.choice(('3', '5', '7'))}日內回復處理情形。",
        "何時量測、由何單位量測，均依環境部公告之噪音管制標準辦理。",
        f"{r.choice(('大安森林公園', '中山堂', '高雄港', '駁二藝術特區'))}周邊"
        f"{g.recent()}晚間舉辦跨年晚會，已核准延長至凌晨0時30分。",
        f"警察機關處理噪音案件，依社會秩序維護法第72條第3款，處{g.amount()}以下罰鍰。",
    ]


def _neg_fish(g: _G) -> list[str]:
    r = g.r
    return [
        f"依遠洋漁業條例第26條及境外僱用非我國籍船員許可及管理辦法第{r.randint(5, 30)}條規定辦理。",
        f"本次健檢共計漁船{r.randint(5, 60)}艘、外籍船員{r.randint(40, 400)}人，"
        f"受檢率{r.randint(85, 99)}.{r.randint(0, 9)}%。",
        f"{r.choice(_VESSELS)}（CT{r.randint(3, 7)}-{g.digits(4)}）預定{g.recent()}進港，"
        f"停泊{r.choice(_PORTS)}第{r.randint(1, 30)}號碼頭。",
        f"{r.choice(_COMPANIES[2:3] + _COMPANIES[4:5])}（統一編號{g.ban_no()}）為本案仲介，"
        f"服務費每人每月{g.amount()}。",
        "漁業署與港務分公司協調於港區設置臨時健檢站，黃昏市場旁停車場當日暫停開放。",
        f"胸部X光巡迴車由{r.choice(('疾管署', '衛生局', '漁會'))}補助，每人次{g.amount()}。",
        f"{r.choice(_PORTS)}颱風期間漁船進港避風，健檢延至{g.recent()}。",
        "本梯次健檢項目：胸部X光、腸內寄生蟲糞便檢查、梅毒血清、麻疹及德國麻疹抗體。",
    ]


def _neg_taxi(g: _G) -> list[str]:
    r = g.r
    city = r.choice(("臺北市", "新北市", "高雄市", "臺中市", "宜蘭縣"))
    return [
        f"依身心障礙者權益保障法第56條及{city}身心障礙者乘車補助辦法第{r.randint(3, 9)}條辦理。",
        f"每張乘車券面額{g.amount()}，每月最多補助{r.choice((8, 12, 16))}張，"
        f"全年預算{r.randint(1000, 9000):,}萬元。",
        f"合約車隊：{r.choice(_COMPANIES[1:2] + _COMPANIES[10:11])}（統一編號{g.ban_no()}），"
        f"服務專線{_hotline(g)}。",
        f"第{r.randint(1, 4)}季乘車券訂於{g.recent()}起寄發，逾期未領者於{g.recent()}註銷。",
        "身障專用停車位識別證效期同身心障礙證明，換證時請攜帶舊證至區公所辦理。",
        "康復之友協會提醒：復康巴士預約請於三日前來電，週日及國定假日不受理。",
        f"{city}{r.randint(112, 113)}年核發停車位識別證{r.randint(3000, 40000):,}張，"
        f"違規占用告發{r.randint(100, 900)}件。",
        f"依{g.doc_no()}函，乘車券自{g.recent()}起改為電子票證，"
        f"可於{r.choice(('超商', '區公所'))}儲值。",
    ]


def _neg_counsel(g: _G) -> list[str]:
    r = g.r
    return [
        "依學生輔導法第6條及校園安全及災害事件通報作業要點第4點，應於知悉後24小時內通報。",
        "安心專線1925、生命線1995、張老師專線1980，均提供24小時服務。",
        f"{r.randint(111, 113)}學年度本校自傷通報計{r.randint(3, 30)}件，"
        f"較前一學年減少{r.randint(1, 9)}件。",
        f"教育部{g.doc_no()}函修正「各級學校學生自我傷害三級預防工作手冊」，請各校周知。",
        f"特約心理諮商所：{r.choice(_COMPANIES[5:6])}（統一編號{g.ban_no()}），"
        f"鐘點費每小時{r.choice((1600, 2000, 2400))}元。",
        "周會宣導主題：珍愛生命守門人；高一、高二於活動中心，高三於視聽教室。",
        f"{r.choice(_SCHOOLS)}於{g.recent()}辦理教師知能研習「辨識自傷警訊」，核予研習時數3小時。",
        "施測工具採簡式健康量表（BSRS-5），總分15分以上者列入高關懷名單。",
    ]


def _neg_library(g: _G) -> list[str]:
    r = g.r
    isbn = f"978-957-{r.randint(10, 99)}-{g.digits(4)}-{r.randint(0, 9)}"
    return [
        "依志願服務法第20條，志工服務滿3,000小時者得申請志願服務績效證明書。",
        f"本館{r.randint(111, 113)}年上半年志工服務總時數{r.randint(1000, 9000):,}.5小時，"
        f"參與人次{r.randint(300, 3000):,}。",
        "新書上架：《黃昏的海》、《高山上的小郵局》、"
        f"《何處是兒家》、《江邊的夏天》，ISBN {isbn}。",
        f"索書號 863.57 {g.digits(4)}，館藏地：{r.choice(_LIBRARIES)}，狀態：在架上。",
        f"{r.choice(_COMPANIES[6:7])}（統一編號{g.ban_no()}）得標館藏自動化系統維護案，"
        f"契約金額{g.amount()}。",
        f"志工大會訂於{g.recent()}下午2時於{r.choice(_LIBRARIES)}舉行，請穿著志工背心。",
        "暑假閱讀認證活動：讀滿20本可兌換林家花園門票，周末場次名額有限。",
        f"{r.choice(_LIBRARIES)}{g.recent()}起整修閉館，"
        f"還書請利用{r.choice(('還書箱', '其他分館'))}。",
        "志工排班表請至共用雲端資料夾下載，王牌說故事班另行通知。",
    ]


_ROLES = ("承辦", "值班台", "組長", "社工組", "館員", "里辦公處", "輔導室", "秘書室", "衛生所")


def _negative_text(g: _G, pieces: list[str]) -> str:
    r = g.r
    chosen = r.sample(pieces, min(len(pieces), r.randint(1, 3)))
    form = r.randrange(6)
    if form == 0:
        head, *rest = chosen
        nums = "一二三四"
        lines = [f"主旨：{head.rstrip('。')}，請查照。"]
        if rest:
            lines.append("說明：")
            lines += [f"{nums[i]}、{p}" for i, p in enumerate(rest)]
        return "\n".join(lines)
    if form == 1:
        return "\n".join(f"{g.recent()} {g.clock()} {p}" for p in chosen)
    if form == 2:
        hh = r.randint(7, 21)
        return "\n".join(
            f"[{hh}:{10 * i + r.randint(0, 9):02d}] {r.choice(_ROLES)}：{p}"
            for i, p in enumerate(chosen)
        )
    if form == 3:
        sep = r.choice(("\t", ","))
        rows = [sep.join(("月份", "件數", "結案", "結案率"))]
        for m in range(1, r.randint(3, 7)):
            total = r.randint(10, 300)
            done = r.randint(0, total)
            rows.append(sep.join((f"{m}月", str(total), str(done), f"{100 * done // total}%")))
        return chosen[0] + "\n" + "\n".join(rows)
    if form == 4:
        return f"FYI：{chosen[0]}（per {g.doc_no()}），please 周知。"
    return "".join(chosen)


# ---------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------

_GENRES: dict[str, tuple[tuple[Callable[[_G, _B], None], ...], Callable[[_G], list[str]]]] = {
    "donation": (_DONATION, _neg_donation),
    "noise": (_NOISE, _neg_noise),
    "fishermen": (_FISHERMEN, _neg_fish),
    "taxi": (_TAXI, _neg_taxi),
    "counselling": (_COUNSEL, _neg_counsel),
    "library": (_LIBRARY, _neg_library),
}


def _positive(g: _G, genre: str) -> Sample:
    templates, pieces = _GENRES[genre]
    r = g.r
    while True:
        b = _B(g)
        roll = r.random()
        if roll < 0.12:
            b.t(r.choice(pieces(g)) + "\n")
        r.choice(templates)(g, b)
        if 0.12 <= roll < 0.3:
            b.t("\n" + r.choice(pieces(g)))
        text = b.text()
        if b.spans and not _stray(text, b.spans, mobiles=False):
            break
    persons = [text[s:e] for s, e, label in b.spans if label == "PERSON"]
    return Sample(
        text=text,
        spans=list(b.spans),
        hard_negative=False,
        known_person=[p in g.known_set for p in persons],
    )


def _negative(g: _G, genre: str) -> Sample:
    pieces = _GENRES[genre][1]
    while True:
        text = _negative_text(g, pieces(g))
        if not _stray(text, [], mobiles=True):
            return Sample(text=text, spans=[], hard_negative=True, known_person=[])


def generate_heldout67(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` samples (about a quarter hard negatives) and the list of known names."""
    g = _G(seed, n)
    negatives = set(g.r.sample(range(n), round(n * 0.25)))
    genres = list(_GENRES)
    samples = []
    for i in range(n):
        genre = genres[g.r.randrange(len(genres))]
        samples.append(_negative(g, genre) if i in negatives else _positive(g, genre))
    return samples, list(g.known)
