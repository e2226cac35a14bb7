"""Seventh labelled held-out set, written without reading the scanner or the earlier sets.

The texts imitate free-text fields of Taiwanese agencies in genres no earlier set used:
tourism-complaint replies, school-lunch allergy notes, elections-office polling-staff
assignments, e-ticket (悠遊卡/一卡通) lost-card refunds, wedding-registration appointments,
bicycle-theft reports, museum volunteer shift notes, public-toilet inspections naming cleaners,
vaccination outreach logs, building-management disputes forwarded to the city and bus-driver
commendations. Names appear with and without cues, in lists, parentheses, CSV/TSV/pipe tables,
after verbs and at line starts; dates, phones and addresses come in the forms people type,
including full-width digits. About a quarter of the samples are hard negatives that carry only
look-alikes: 公文 and case numbers, valid BANs (統一編號), statute articles, amounts, event
dates, place and organisation names, job titles without names, product and lot codes,
statistics tables and words that begin with a surname character.

Agency contact details (service lines, official e-mail addresses) are kept out of every text,
so a found phone or e-mail is always a private one. The set was written without running the
scanner on it: its first measurement is the held-out figure.
"""

from __future__ import annotations

import random
import string

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit
from pipelines.deid.identifiers.creditcard import luhn_ok

# --- names -------------------------------------------------------------------------------

# Surnames with rough weights from the household-registration frequency table (陳 ~11 %,
# 林 ~8 %, ...), then a tail of rarer ones so the scanner meets surnames outside a top-100 list.
_SURNAMES: list[tuple[str, float]] = [
    ("陳", 11.1), ("林", 8.3), ("黃", 6.0), ("張", 5.3), ("李", 5.1), ("王", 4.1), ("吳", 4.0),
    ("劉", 3.2), ("蔡", 2.9), ("楊", 2.7), ("許", 2.3), ("鄭", 1.9), ("謝", 1.8), ("洪", 1.5),
    ("郭", 1.7), ("邱", 1.4), ("曾", 1.4), ("廖", 1.3), ("賴", 1.3), ("徐", 1.2), ("周", 1.2),
    ("葉", 1.1), ("蘇", 1.1), ("莊", 0.9), ("呂", 0.9), ("江", 0.9), ("何", 0.8), ("蕭", 0.8),
    ("羅", 0.8), ("高", 0.8), ("潘", 0.6), ("簡", 0.6), ("朱", 0.6), ("鍾", 0.6), ("游", 0.5),
    ("彭", 0.5), ("詹", 0.5), ("胡", 0.5), ("施", 0.5), ("沈", 0.5), ("余", 0.5), ("盧", 0.4),
    ("梁", 0.4), ("趙", 0.4), ("顏", 0.4), ("柯", 0.4), ("翁", 0.4), ("魏", 0.4), ("孫", 0.3),
    ("戴", 0.3), ("范", 0.3), ("方", 0.3), ("宋", 0.3), ("鄧", 0.3), ("杜", 0.2), ("傅", 0.2),
    ("侯", 0.2), ("曹", 0.2), ("薛", 0.2), ("丁", 0.2), ("卓", 0.2), ("阮", 0.2), ("馬", 0.2),
    ("董", 0.2), ("温", 0.2), ("唐", 0.2), ("藍", 0.2), ("石", 0.2), ("蔣", 0.2), ("古", 0.2),
    ("紀", 0.2), ("姚", 0.2), ("連", 0.2), ("馮", 0.15), ("歐", 0.15), ("程", 0.15),
    ("湯", 0.15), ("田", 0.15), ("康", 0.15), ("姜", 0.15), ("白", 0.1), ("汪", 0.1),
    ("尤", 0.1), ("巫", 0.1), ("涂", 0.1), ("黎", 0.1), ("鄒", 0.1), ("龔", 0.08),
    ("嚴", 0.08), ("韓", 0.08), ("袁", 0.08), ("金", 0.08), ("童", 0.08), ("凃", 0.06),
    ("邵", 0.06), ("錢", 0.05), ("倪", 0.05), ("溫", 0.05), ("駱", 0.05), ("粘", 0.05),
    ("甘", 0.04), ("秦", 0.04), ("饒", 0.04), ("闕", 0.03), ("辜", 0.03), ("麥", 0.03),
    ("褚", 0.02), ("戚", 0.02), ("佘", 0.02), ("冉", 0.02), ("繆", 0.02), ("仉", 0.01),
    ("亓", 0.01), ("笪", 0.01), ("斐", 0.01), ("練", 0.02), ("官", 0.03), ("雷", 0.04),
    ("張簡", 0.05), ("歐陽", 0.04), ("范姜", 0.03), ("司馬", 0.01), ("諸葛", 0.01),
]  # fmt: skip

_GIVEN_1 = "淑美雅惠玉秀麗芳婷怡佩君宜筱慧靜欣家志建明俊偉文宏冠宇承翰柏彥信豪哲嘉昱睿品妤"
_GIVEN_2 = "芬華珍玲娟萍貞蓉瑜婷涵萱庭安恩寧彤瑄妍樺豪傑宏銘輝雄仁峰誠翔翰廷宇軒霖叡勳澤"
_GIVEN_OLD = ["阿妹", "罔市", "金枝", "秀英", "春嬌", "阿土", "水木", "添丁", "進財", "清水"]
_GIVEN_SINGLE = "瑋璇潔薇蓁昕睿鈞豪偉強勇敏娟霞英"

# Romanised Taiwanese surnames: Wade-Giles, Hokkien and pinyin spellings as passports show.
_ROMAN_SURNAME = {
    "陳": ["Chen", "Tan", "Chan"], "林": ["Lin", "Lim"], "黃": ["Huang", "Hwang", "Ng"],
    "張": ["Chang", "Zhang", "Cheung"], "李": ["Lee", "Li"], "王": ["Wang", "Ong"],
    "吳": ["Wu", "Goh"], "劉": ["Liu", "Lau"], "蔡": ["Tsai", "Cai", "Chua"], "楊": ["Yang"],
    "許": ["Hsu", "Xu", "Koh"], "鄭": ["Cheng", "Zheng"], "謝": ["Hsieh", "Xie"],
    "郭": ["Kuo", "Guo"], "洪": ["Hung", "Hong"], "曾": ["Tseng", "Zeng"], "邱": ["Chiu", "Qiu"],
    "廖": ["Liao"], "賴": ["Lai"], "周": ["Chou", "Zhou"], "葉": ["Yeh", "Ye"], "蘇": ["Su"],
    "莊": ["Chuang"], "江": ["Chiang"], "何": ["Ho"], "蕭": ["Hsiao"], "羅": ["Lo", "Luo"],
    "高": ["Kao", "Gao"], "簡": ["Chien"], "鍾": ["Chung"], "游": ["Yu"], "彭": ["Peng"],
}  # fmt: skip
_ROMAN_SYLLABLES = [
    "Mei",
    "Ling",
    "Chih",
    "Hao",
    "Ya",
    "Ting",
    "Yu",
    "Hsuan",
    "Chun",
    "Wei",
    "Chia",
    "Hui",
    "Shu",
    "Fen",
    "Kuan",
    "Tzu",
    "Han",
    "Pei",
    "Jung",
    "Cheng",
    "Hsin",
    "Yi",
    "Wen",
    "Hsiang",
    "Po",
    "Jen",
    "Chieh",
    "Yen",
    "An",
    "Ning",
    "Hung",
    "Ming",
    "Kai",
    "Yun",
    "Hsiu",
    "Lan",
    "Chien",
    "Tsung",
    "Fang",
]

_FOREIGN = {
    "id": (["Siti", "Dewi", "Sri", "Nur", "Rina", "Eka", "Ani", "Wahyu", "Agus", "Yuli"],
           ["Aminah", "Lestari", "Wahyuni", "Hidayah", "Marlina", "Putri", "Susanti", "Santoso",
            "Rahmawati", "Setiawan"]),
    "vn": (["Nguyen Thi", "Tran Van", "Le Thi", "Pham Minh", "Hoang Thi", "Vu Van", "Do Thi"],
           ["Lan", "Hung", "Thu", "Duc", "Hoa", "Tuan", "Huong", "Mai"]),
    "ph": (["Maria Cristina", "Jose", "Ana", "Mark Anthony", "Rowena", "Jericho", "Liza"],
           ["Santos", "Reyes", "Dela Cruz", "Bautista", "Villanueva", "Mendoza", "Garcia"]),
    "th": (["Somchai", "Siriporn", "Anong", "Prasert", "Kanya", "Wichai"],
           ["Boonmee", "Kaewkham", "Srisuk", "Chaiyaporn", "Thongdee"]),
    "en": (["Michael", "Emily", "David", "Sarah", "Jean-Luc", "Anna", "Thomas", "Laura"],
           ["Brown", "Carter", "Müller", "Martin", "O'Connor", "Schmidt", "Dubois", "Walker"]),
}  # fmt: skip
_FOREIGN_HAN = [
    "阮氏秋",
    "阮氏香",
    "黎文勇",
    "陳氏玉蘭",
    "范氏鳳",
    "佐藤健一",
    "鈴木美穗",
    "高橋由美",
]


def _han_name(rng: random.Random) -> str:
    surnames, weights = zip(*_SURNAMES, strict=True)
    surname = rng.choices(surnames, weights)[0]
    r = rng.random()
    if r < 0.1:
        given = rng.choice(_GIVEN_SINGLE)
    elif r < 0.15:
        given = rng.choice(_GIVEN_OLD)
    else:
        given = rng.choice(_GIVEN_1) + rng.choice(_GIVEN_2)
    return surname + given


def _roman_name(rng: random.Random) -> str:
    surname = rng.choice(list(_ROMAN_SURNAME.values()))[0 if rng.random() < 0.6 else -1]
    a, b = rng.sample(_ROMAN_SYLLABLES, 2)
    style = rng.randrange(6)
    if style == 0:
        return f"{surname} {a}-{b.lower()}"
    if style == 1:
        return f"{surname.upper()} {a.upper()}-{b.upper()}"
    if style == 2:
        return f"{a}-{b.lower()} {surname}"
    if style == 3:
        return f"{surname.upper()}, {a.upper()} {b.upper()}"
    if style == 4:
        return f"{surname} {a}{b.lower()}"
    return f"{surname} {a} {b}"


def _foreign_name(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return rng.choice(_FOREIGN_HAN)
    first, last = _FOREIGN[rng.choice(list(_FOREIGN))]
    return f"{rng.choice(first)} {rng.choice(last)}"


def _any_name(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.8:
        return _han_name(rng)
    if r < 0.9:
        return _roman_name(rng)
    return _foreign_name(rng)


# --- places ------------------------------------------------------------------------------

_PLACES: dict[str, dict[str, list[str]]] = {
    "臺北市": {"大安區": ["復興南路一段", "和平東路二段", "信義路四段", "敦化南路二段"],
              "中山區": ["南京東路三段", "林森北路", "民生東路二段"],
              "士林區": ["中正路", "文林路", "承德路四段"], "文山區": ["木柵路三段", "興隆路二段"],
              "內湖區": ["成功路四段", "內湖路一段", "康寧路三段"]},
    "新北市": {"板橋區": ["文化路一段", "四川路二段", "民生路三段"],
              "三重區": ["重新路四段", "正義北路"],
              "新莊區": ["思源路", "中平路"], "中和區": ["景平路", "中和路", "員山路"],
              "淡水區": ["英專路", "學府路"], "汐止區": ["大同路二段", "福德一路"]},
    "桃園市": {"中壢區": ["中大路", "環北路", "元化路"], "桃園區": ["復興路", "大興西路二段"],
              "龜山區": ["文化一路", "萬壽路二段"], "楊梅區": ["大成路", "梅獅路二段"]},
    "臺中市": {"西屯區": ["臺灣大道三段", "青海路二段", "福星路"],
              "北屯區": ["崇德路三段", "文心路四段"],
              "豐原區": ["圓環東路", "三豐路一段"], "大里區": ["國光路二段", "德芳南路"]},
    "臺南市": {"東區": ["東門路二段", "長榮路一段", "崇學路"], "永康區": ["中華路", "大灣路"],
              "安平區": ["安平路", "慶平路"], "新營區": ["三民路", "復興路"]},
    "高雄市": {"三民區": ["建工路", "九如二路", "大昌二路"], "鳳山區": ["光復路二段", "青年路二段"],
              "左營區": ["自由三路", "裕誠路"], "楠梓區": ["德賢路", "藍田路"]},
    "新竹市": {"東區": ["光復路二段", "食品路"], "北區": ["西大路", "中正路"]},
    "新竹縣": {"竹北市": ["光明六路", "自強南路", "嘉豐南路一段"]},
    "基隆市": {"仁愛區": ["愛三路", "南榮路"], "七堵區": ["明德一路"]},
    "苗栗縣": {"頭份市": ["中華路", "建國路"], "苗栗市": ["為公路", "中正路"]},
    "彰化縣": {"彰化市": ["中山路二段", "華山路"], "員林市": ["員東路二段"], "鹿港鎮": ["中山路"]},
    "南投縣": {"埔里鎮": ["中山路三段", "南昌街"], "草屯鎮": ["中正路", "太平路一段"]},
    "雲林縣": {"斗六市": ["雲林路二段", "大學路三段"], "虎尾鎮": ["林森路一段"]},
    "嘉義市": {"西區": ["友愛路", "垂楊路"], "東區": ["民族路", "忠孝路"]},
    "嘉義縣": {"民雄鄉": ["建國路二段"], "太保市": ["祥和一路東段"]},
    "屏東縣": {"屏東市": ["自由路", "廣東路"], "潮州鎮": ["新生路"]},
    "宜蘭縣": {"羅東鎮": ["中正北路", "公正路"], "宜蘭市": ["中山路三段", "神農路二段"]},
    "花蓮縣": {"花蓮市": ["中華路", "林森路"], "吉安鄉": ["中央路三段"]},
    "臺東縣": {"臺東市": ["中華路一段", "更生路"]},
    "澎湖縣": {"馬公市": ["光復路", "三民路"]},
    "金門縣": {"金城鎮": ["民生路", "民權路"]},
}  # fmt: skip
_SCHOOLS = ["林口國小", "楊梅國中", "高美里活動中心", "石牌國小", "王田社區活動中心"]
_VILLAGES = ["中山里", "福德里", "大城里", "仁愛里", "新興里", "東門里", "和平里", "光明里"]

# Public places people name in these texts; not addresses of persons, never labelled.
_PUBLIC_PLACES = [
    "捷運市政府站2號出口", "臺北車站東三門", "高雄車站前站", "林口長庚醫院停車場", "中正紀念堂",
    "黃金博物館", "高美濕地", "安平古堡", "七星潭", "石門水庫", "白沙灣", "駁二藝術特區",
    "清境農場", "國立臺灣美術館", "林家花園", "陳澄波故居", "王功漁港", "楊梅高中",
    "曾文水庫", "周氏蝦捲總店前", "馬祖南竿福澳港", "金門水頭碼頭",
]  # fmt: skip

_FW = str.maketrans(
    string.digits + string.ascii_letters + "-/.()@+#,",
    "".join(chr(ord(c) + 0xFEE0) for c in string.digits + string.ascii_letters + "-/.()@+#,"),
)


def _fullwidth(s: str) -> str:
    return s.translate(_FW)


_CN_DIGITS = "〇一二三四五六七八九"


def _cn_number(n: int) -> str:
    """Chinese numerals as written in dates (七十五, 一百零二, 十八)."""
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    rest = n % 100
    head = _CN_DIGITS[n // 100] + "百"
    if rest == 0:
        return head
    if rest < 10:
        return head + "零" + _CN_DIGITS[rest]
    return head + ("一" + _cn_number(rest) if rest < 20 else _cn_number(rest))


# --- the document builder ----------------------------------------------------------------


class _Doc:
    """Appends text pieces and records gold spans as it goes, so offsets are always exact."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []

    def t(self, *pieces: str) -> _Doc:
        for p in pieces:
            self.parts.append(p)
            self.pos += len(p)
        return self

    def e(self, value: str, entity: str, known: bool = False) -> _Doc:
        start = self.pos
        self.t(value)
        self.spans.append((start, self.pos, entity))
        if entity == "PERSON":
            self.known.append(known)
        return self

    def sample(self) -> Sample:
        return Sample("".join(self.parts), list(self.spans), False, list(self.known))


class _Gen:
    """Random values for one generated set: names (with the known list), identifiers, places."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self.rng = rng
        pool: set[str] = set()
        while len(pool) < max(40, n // 3):
            pool.add(_any_name(rng))
        self.known_pool = sorted(pool)
        rng.shuffle(self.known_pool)
        # Migrant workers on a vaccination list: a share of them is on the known list too.
        foreign: set[str] = set()
        while len(foreign) < 40:
            foreign.add(self.migrant_name())
        self.foreign_known = sorted(foreign - pool)
        self.known_pool += self.foreign_known
        self.known_set = set(self.known_pool)

    def migrant_name(self) -> str:
        first, last = _FOREIGN[self.rng.choice(["id", "vn", "ph", "th"])]
        return f"{self.rng.choice(first)} {self.rng.choice(last)}"

    # names
    def name(self) -> tuple[str, bool]:
        """A name as written in the text and whether the name column holds it."""
        rng = self.rng
        if rng.random() < 0.5:
            canonical, known = rng.choice(self.known_pool), True
        else:
            canonical = _any_name(rng)
            while canonical in self.known_set:
                canonical = _any_name(rng)
            known = False
        written = canonical
        is_han = all("\u4e00" <= c <= "\u9fff" for c in canonical)
        if is_han and len(canonical) == 3 and rng.random() < 0.08:
            written = canonical[0] + " " + canonical[1:]  # typed with a space after the surname
        elif is_han and len(canonical) == 3 and rng.random() < 0.03:
            written = " ".join(canonical)
        return written, known

    def han_name(self) -> tuple[str, bool]:
        """A Han-character name (for fields where romanised names would be odd)."""
        for _ in range(50):
            written, known = self.name()
            if all("\u4e00" <= c <= "\u9fff" or c == " " for c in written):
                return written, known
        return _han_name(self.rng), False

    def person(self, d: _Doc, han: bool = False) -> str:
        written, known = self.han_name() if han else self.name()
        d.e(written, "PERSON", known)
        return written

    # identifiers
    def twid(self, sex: str | None = None) -> str:
        rng = self.rng
        letter = rng.choice(list(LETTER_CODES))
        body = (sex or rng.choice("12")) + "".join(rng.choices(string.digits, k=7))
        return letter + body + id_check_digit(letter, body)

    def arc(self) -> str:
        rng = self.rng
        letter = rng.choice("ABCDEFGHJKLMNPQRSTUVXYZ")
        if rng.random() < 0.7:
            body = rng.choice("89") + "".join(rng.choices(string.digits, k=7))
            return letter + body + id_check_digit(letter, body)
        second = rng.choice("ABCD")
        tail = "".join(rng.choices(string.digits, k=7))
        check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
        return letter + second + tail + check

    def id_text(self, value: str) -> str:
        r = self.rng.random()
        if r < 0.1:
            return _fullwidth(value)
        if r < 0.17:
            return value.lower()
        if r < 0.22:
            return value[:1] + " " + value[1:]
        return value

    def phone(self) -> str:
        rng = self.rng
        if rng.random() < 0.6:
            third = rng.choice("0123456789")
            digits = "09" + third + "".join(rng.choices(string.digits, k=7))
            s = rng.randrange(9)
            if s == 0:
                out = digits
            elif s == 1:
                out = f"{digits[:4]}-{digits[4:7]}-{digits[7:]}"
            elif s == 2:
                out = f"{digits[:4]}-{digits[4:]}"
            elif s == 3:
                out = f"{digits[:4]} {digits[4:7]} {digits[7:]}"
            elif s == 4:
                out = f"+886-{digits[1:4]}-{digits[4:7]}-{digits[7:]}"
            elif s == 5:
                out = f"+886 {digits[1:4]} {digits[4:7]} {digits[7:]}"
            elif s == 6:
                out = f"886-{digits[1:]}"
            elif s == 7:
                out = f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"
            else:
                out = _fullwidth(f"{digits[:4]}-{digits[4:7]}-{digits[7:]}")
            return out
        area, local_len, first = rng.choice(
            [("02", 8, "235678"), ("03", 7, "345689"), ("037", 6, "2345"), ("04", 8, "2"),
             ("04", 7, "78"), ("049", 7, "23"), ("05", 7, "2357"), ("06", 7, "25"),
             ("07", 7, "35678"), ("08", 7, "7"), ("089", 6, "3"), ("082", 6, "3"),
             ("0836", 5, "2"), ("0826", 5, "7")]
        )  # fmt: skip
        local = rng.choice(first) + "".join(rng.choices(string.digits, k=local_len - 1))
        cut = 4 if local_len == 8 else 3
        s = rng.randrange(8)
        if s == 0:
            out = f"({area}){local[:cut]}-{local[cut:]}"
        elif s == 1:
            out = f"{area}-{local}"
        elif s == 2:
            out = f"{area}-{local[:cut]}-{local[cut:]}"
        elif s == 3:
            out = f"{area}{local}"
        elif s == 4:
            out = f"+886-{area[1:]}-{local}"
        elif s == 5:
            out = f"({area}) {local[:cut]} {local[cut:]}"
        elif s == 6:
            ext = rng.choice(["#", " 分機", " 轉", " ext."]) + str(rng.randint(10, 899))
            out = f"{area}-{local[:cut]}-{local[cut:]}{ext}"
        else:
            out = _fullwidth(f"({area}){local[:cut]}-{local[cut:]}")
        return out

    def email(self, name: str | None = None) -> str:
        rng = self.rng
        base = "".join(c for c in (name or "").lower() if c in string.ascii_lowercase)
        if not base:
            base = rng.choice(
                ["meiling", "chihhao", "yating", "ahwei", "sunnyday", "kiki", "tina.wu", "jerry",
                 "lovecat", "hsuanyu", "peggy", "bear", "amy.tsai", "kevin", "ck.lin", "momo"]
            )  # fmt: skip
        sep = rng.choice(["", ".", "_", ""])
        local = (
            base[:12]
            + sep
            + rng.choice(["", str(rng.randint(1, 99)), str(rng.randint(1960, 2012))])
        )
        domain = rng.choice(
            ["gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com", "ms45.hinet.net",
             "msa.hinet.net", "seed.net.tw", "pchome.com.tw", "icloud.com", "livemail.tw",
             "mail.ncku.edu.tw", "g.ntu.edu.tw", "nycu.edu.tw"]
        )  # fmt: skip
        out = f"{local.strip('._')}@{domain}"
        if rng.random() < 0.05:
            out = out.upper() if rng.random() < 0.5 else _fullwidth(out)
        return out

    def nhi(self) -> str:
        rng = self.rng
        digits = (
            "0000"
            if rng.random() < 0.6
            else "0" + rng.choice("0123") + "".join(rng.choices(string.digits, k=2))
        ) + "".join(rng.choices(string.digits, k=8))
        s = rng.randrange(4)
        if s == 0:
            return digits
        if s == 1:
            return f"{digits[:4]} {digits[4:8]} {digits[8:]}"
        if s == 2:
            return f"{digits[:4]}-{digits[4:8]}-{digits[8:]}"
        return _fullwidth(digits)

    def passport(self, nationality: str = "tw") -> str:
        rng = self.rng
        digits = string.digits
        if nationality == "tw":
            return rng.choice("3") + "".join(rng.choices(digits, k=8))
        if nationality in ("id", "vn"):
            return rng.choice("BCX") + "".join(rng.choices(digits, k=7))
        if nationality == "ph":
            return "P" + "".join(rng.choices(digits, k=7)) + rng.choice("ABC")
        if nationality == "th":
            return rng.choice(["AA", "AB", "AC"]) + "".join(rng.choices(digits, k=7))
        if nationality == "jp":
            return rng.choice(["TK", "TR", "MZ"]) + "".join(rng.choices(digits, k=7))
        return "".join(rng.choices(digits, k=9))  # US and UK passports are nine digits

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice(
            [("4", 16), ("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("3528", 16),
             ("37", 15), ("34", 15), ("62", 16)]
        )  # fmt: skip
        body = prefix + "".join(rng.choices(string.digits, k=length - len(prefix) - 1))
        number = next(body + d for d in string.digits if luhn_ok(body + d))
        s = rng.randrange(5)
        if length == 15:
            groups = [number[:4], number[4:10], number[10:]]
        else:
            groups = [number[i : i + 4] for i in range(0, 16, 4)]
        if s == 0:
            return number
        if s == 1:
            return " ".join(groups)
        if s == 2:
            return "-".join(groups)
        if s == 3:
            return _fullwidth("-".join(groups))
        return " ".join(groups)

    def birth(self, min_age: int = 18, max_age: int = 85) -> str:
        """A birth date in one of the forms agencies type (ROC and Gregorian)."""
        rng = self.rng
        year = 113 - rng.randint(min_age, max_age)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        return self.date(year, m, d)

    def date(self, y: int, m: int, d: int) -> str:
        rng = self.rng
        s = rng.randrange(13)
        if s == 0:
            return f"民國{y}年{m}月{d}日"
        if s == 1:
            return f"{y}年{m}月{d}日"
        if s == 2:
            return f"{y:03d}/{m:02d}/{d:02d}"
        if s == 3:
            return f"{y}/{m}/{d}"
        if s == 4:
            return f"{y}.{m:02d}.{d:02d}"
        if s == 5:
            return f"{y:03d}{m:02d}{d:02d}"
        if s == 6:
            return f"{y}-{m:02d}-{d:02d}"
        if s == 7:
            return f"{y + 1911}-{m:02d}-{d:02d}"
        if s == 8:
            return f"{y + 1911}/{m}/{d}"
        if s == 9:
            return f"民國{_cn_number(y)}年{_cn_number(m)}月{_cn_number(d)}日"
        if s == 10:
            return _fullwidth(f"{y:03d}/{m:02d}/{d:02d}")
        if s == 11:
            return f"民國{_fullwidth(str(y))}年{_fullwidth(str(m))}月{_fullwidth(str(d))}日"
        return f"{y + 1911}年{m}月{d}日"

    def event_date(self) -> str:
        """A date of an event (visit, incident, appointment): never labelled."""
        rng = self.rng
        y, m, d = rng.randint(112, 114), rng.randint(1, 12), rng.randint(1, 28)
        return rng.choice([f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{m}月{d}日",
                           f"{y + 1911}-{m:02d}-{d:02d}"])  # fmt: skip

    def address(self) -> str:
        rng = self.rng
        county = rng.choice(list(_PLACES))
        district = rng.choice(list(_PLACES[county]))
        road = rng.choice(_PLACES[county][district])
        num = str(rng.randint(1, 420))
        parts = []
        if rng.random() < 0.15:
            parts.append(str(rng.randint(100, 983)))
        if rng.random() < 0.7:
            parts.append(county.replace("臺", "台") if rng.random() < 0.3 else county)
        parts.append(district)
        if rng.random() < 0.2:
            parts.append(f"{rng.choice(_VILLAGES)}{rng.randint(1, 30)}鄰")
        parts.append(road)
        if rng.random() < 0.4:
            parts.append(f"{rng.randint(1, 300)}巷")
            if rng.random() < 0.3:
                parts.append(f"{rng.randint(1, 30)}弄")
        parts.append(f"{num}號")
        if rng.random() < 0.15:
            parts.append(f"之{rng.randint(1, 9)}")
        if rng.random() < 0.5:
            floor = rng.randint(2, 22)
            parts.append(rng.choice([f"{floor}樓", f"{floor}F", f"{_cn_number(floor)}樓",
                                     f"{floor}樓之{rng.randint(1, 8)}"]))  # fmt: skip
        out = "".join(parts)
        if rng.random() < 0.1:
            out = _fullwidth(out)
        return out

    # look-alikes that are never labelled
    def doc_no(self) -> str:
        rng = self.rng
        org = rng.choice(["府觀管", "北市教體", "中選一", "交運管", "府民戶", "桃衛疾", "高市工建",
                          "新北警交", "文博展", "府環清"])  # fmt: skip
        return f"{org}字第{rng.randint(110, 114)}{rng.randint(1000000, 9999999)}號"

    def case_no(self) -> str:
        rng = self.rng
        return rng.choice([
            f"{rng.choice('ABCT')}{rng.randint(112, 114)}{rng.randint(10000, 99999)}",
            f"案號{rng.randint(112, 114)}-{rng.randint(1000, 9999)}",
            f"TC-{rng.randint(2023, 2025)}-{rng.randint(100, 9999):04d}",
        ])  # fmt: skip

    def ban(self) -> str:
        from pipelines.deid.identifiers.ban import is_valid

        while True:
            v = str(self.rng.randint(10000000, 99999999))
            if is_valid(v):
                return v

    def amount(self) -> str:
        rng = self.rng
        v = rng.choice(
            [rng.randint(1, 99) * 10, rng.randint(1, 300) * 100, rng.randint(1, 90) * 1000]
        )
        return rng.choice([f"新臺幣{v:,}元", f"{v}元", f"NT${v:,}", f"新台幣{v}元整"])

    def statute(self) -> str:
        return self.rng.choice([
            "個人資料保護法第20條", "發展觀光條例第42條", "公寓大廈管理條例第10條第2項",
            "公寓大廈管理條例第25條", "學校衛生法第22條", "公職人員選舉罷免法第57條",
            "傳染病防治法第27條", "消費者保護法第19條", "旅行業管理規則第53條", "民法第982條",
            "電子票證發行管理條例第19條", "刑法第320條", "公共廁所管理維護辦法第4條",
        ])  # fmt: skip


# --- genres with personal data -----------------------------------------------------------


def _tourism_reply(g: _Gen, d: _Doc) -> None:
    rng = g.rng
    d.t("主旨：有關臺端陳述", rng.choice(_PUBLIC_PLACES), "周邊旅遊消費爭議一案，復請查照。\n")
    d.t("說明：一、復臺端", g.event_date(), "電子郵件。\n")
    d.t("二、旅客")
    g.person(d)
    d.t(
        rng.choice(["君", "先生", "女士", ""]),
        "反映於",
        rng.choice(["日月潭", "墾丁大街", "九份老街", "太魯閣"]),
    )
    d.t("參加一日遊行程，導遊")
    g.person(d)
    d.t(
        rng.choice(["未依約安排景點", "強迫購物", "延誤集合時間逾一小時"]),
        "，經本局函請旅行社說明。\n",
    )
    if rng.random() < 0.5:
        d.t("三、該旅行社（統一編號", g.ban(), "）同意退還", g.amount(), "，將刷退至原信用卡")
        d.e(g.card(), "CREDIT_CARD")
        d.t("。\n")
    if rng.random() < 0.6:
        d.t("四、後續聯繫：", rng.choice(["手機", "電話", "連絡電話"]), " ")
        d.e(g.phone(), "PHONE")
        if rng.random() < 0.5:
            d.t("，Email：")
            d.e(g.email(), "EMAIL")
        d.t("。依", g.statute(), "規定辦理。")
    else:
        d.t("副本：")
        g.person(d)
        d.t("（申訴人）、", rng.choice(["雄獅旅遊", "可樂旅遊", "KKday", "Klook"]), "。")


def _lunch_allergy(g: _Gen, d: _Doc) -> None:
    rng = g.rng
    allergens = ["花生", "蝦蟹", "蛋", "牛奶", "奇異果", "芒果", "麩質", "堅果", "魚類", "芝麻"]
    style = rng.randrange(3)
    if style == 0:
        sep = rng.choice([",", "\t"])
        head = ["班級", "座號", "學生姓名", "出生日期", "過敏原", "家長", "家長電話"]
        d.t(sep.join(head), "\n")
        for _ in range(rng.randint(2, 4)):
            d.t(f"{rng.randint(1, 6)}年{rng.randint(1, 9)}班", sep, str(rng.randint(1, 30)), sep)
            g.person(d, han=True)
            d.t(sep)
            d.e(g.birth(6, 12), "BIRTH_DATE")
            d.t(sep, rng.choice(allergens), sep)
            g.person(d, han=True)
            d.t(sep)
            d.e(g.phone(), "PHONE")
            d.t("\n")
    elif style == 1:
        d.t(f"{rng.randint(1, 6)}年{rng.randint(1, 9)}班")
        g.person(d, han=True)
        d.t(rng.choice(["（座號", "(座號"]), str(rng.randint(1, 30)), "）對", rng.choice(allergens))
        d.t("嚴重過敏，曾於", g.event_date(), "誤食送醫。午餐改由家長自備，請營養師")
        g.person(d, han=True)
        d.t("確認菜單代碼", f"L{rng.randint(100, 999)}-{rng.choice('ABC')}", "之替代品項。")
        if rng.random() < 0.6:
            d.t("母親")
            g.person(d, han=True)
            d.t("聯絡手機")
            d.e(g.phone(), "PHONE")
            d.t("。")
        if rng.random() < 0.3:
            d.t("健保卡號")
            d.e(g.nhi(), "TW_NHI_CARD")
            d.t("（急救用）。")
    else:
        d.t("過敏註記更新：\n")
        g.person(d, han=True)
        d.t(" 生日 ")
        d.e(g.birth(6, 12), "BIRTH_DATE")
        d.t("，過敏原：", "、".join(rng.sample(allergens, 2)), "；身分證字號 ")
        d.e(g.id_text(g.twid()), "TW_NATIONAL_ID")
        d.t("\n導師：")
        g.person(d, han=True)
        d.t("　護理師：")
        g.person(d, han=True)


def _polling_staff(g: _Gen, d: _Doc) -> None:
    rng = g.rng
    station = f"第{rng.randint(1, 450):04d}投開票所"
    if rng.random() < 0.6:
        d.t("| 投開票所 | 職務 | 姓名 | 身分證字號 | 手機 |\n|---|---|---|---|---|\n")
        for job in rng.sample(
            ["主任管理員", "主任監察員", "管理員", "監察員", "管理員"], rng.randint(2, 4)
        ):
            d.t("| ", station, " | ", job, " | ")
            g.person(d)
            d.t(" | ")
            d.e(g.id_text(g.twid()), "TW_NATIONAL_ID")
            d.t(" | ")
            d.e(g.phone(), "PHONE")
            d.t(" |\n")
    else:
        d.t(
            station,
            "（",
            rng.choice(["林口國小", "楊梅國中", "高美里活動中心", "石牌國小", "王田社區活動中心"]),
            "）",
        )
        d.t("主任管理員由")
        g.person(d)
        d.t("擔任，管理員")
        g.person(d)
        d.t("、")
        g.person(d)
        d.t("，監察員由候選人推薦之")
        g.person(d)
        d.t("出任。", g.event_date(), "講習缺席者：")
        g.person(d)
        d.t("（出生")
        d.e(g.birth(20, 70), "BIRTH_DATE")
        d.t("），依", g.statute(), "通知補訓。")


def _card_refund(g: _Gen, d: _Doc) -> None:
    rng = g.rng
    d.t("票卡掛失退費申請｜", rng.choice(["悠遊卡", "一卡通", "icash 2.0", "學生悠遊卡"]), "\n")
    d.t("申請人：")
    name = g.person(d)
    d.t("\n身分證字號：")
    if rng.random() < 0.8:
        d.e(g.id_text(g.twid()), "TW_NATIONAL_ID")
    else:
        d.t("（外籍）居留證號 ")
        d.e(g.id_text(g.arc()), "TW_RESIDENT_CERT")
    d.t(
        "\n餘額 ",
        g.amount(),
        "，扣除手續費後",
        rng.choice(["退至聯名信用卡 ", "退回原自動加值卡號 "]),
    )
    d.e(g.card(), "CREDIT_CARD")
    d.t("\n")
    if rng.random() < 0.6:
        d.t("退卡地址：")
        d.e(g.address(), "ADDRESS")
        d.t("\n")
    d.t("聯絡方式 ")
    if rng.random() < 0.5:
        d.e(g.email(name if name.isascii() else None), "EMAIL")
    else:
        d.e(g.phone(), "PHONE")
    d.t("\n受理單號 ", g.case_no())


def _wedding_appt(g: _Gen, d: _Doc) -> None:
    rng = g.rng
    d.t("結婚登記預約（", g.event_date(), " 上午", str(rng.randint(9, 11)), "時）\n")
    for role in ("一方", "他方"):
        d.t(role, "：")
        g.person(d)
        d.t("，出生日期 ")
        d.e(g.birth(22, 50), "BIRTH_DATE")
        if role == "他方" and rng.random() < 0.35:
            nat = rng.choice(["vn", "id", "ph", "jp", "us"])
            d.t("，外籍，護照號碼 ")
            d.e(g.passport(nat), "PASSPORT")
            if rng.random() < 0.5:
                d.t("，居留證 ")
                d.e(g.id_text(g.arc()), "TW_RESIDENT_CERT")
        else:
            d.t("，身分證 ")
            d.e(g.id_text(g.twid()), "TW_NATIONAL_ID")
        d.t("\n")
    d.t("證人：")
    g.person(d)
    d.t("、")
    g.person(d)
    d.t("\n預約人手機 ")
    d.e(g.phone(), "PHONE")
    if rng.random() < 0.4:
        d.t("；確認信寄至 ")
        d.e(g.email(), "EMAIL")
    d.t("\n備註：依", rng.choice(["民法第982條", "戶籍法第9條"]), "，雙方須親自到場。")


def _bike_theft(g: _Gen, d: _Doc) -> None:
    rng = g.rng
    d.t("報案人")
    g.person(d)
    d.t(rng.choice(["（", "("]), rng.choice(["男", "女"]), "，")
    d.e(g.birth(15, 75), "BIRTH_DATE")
    d.t(rng.choice(["生）", "生)"]), "稱其", rng.choice(["捷安特", "美利達", "Brompton", "Gogoro"]))
    d.t(
        "自行車（車架號碼",
        f"{rng.choice(['GT', 'MR', 'WB'])}{rng.randint(21, 24)}K{rng.randint(100000, 999999)}",
    )
    d.t("）於", g.event_date(), "停放")
    if rng.random() < 0.5:
        d.t("住處")
        d.e(g.address(), "ADDRESS")
        d.t("樓下")
    else:
        d.t(rng.choice(_PUBLIC_PLACES), "旁")
    d.t("遭竊。")
    if rng.random() < 0.5:
        d.t("目擊者")
        g.person(d)
        d.t("表示見一男子剪斷車鎖。")
    d.t("聯絡電話")
    d.e(g.phone(), "PHONE")
    d.t("，身分證號")
    d.e(g.id_text(g.twid()), "TW_NATIONAL_ID")
    d.t("。受理員警：", rng.choice(["警員", "巡佐", "副所長"]))
    g.person(d, han=True)
    d.t("，", g.case_no(), "。")


def _museum_shift(g: _Gen, d: _Doc) -> None:
    rng = g.rng
    d.t(
        rng.choice(["國立臺灣博物館", "高雄市立美術館", "黃金博物館", "十三行博物館"]),
        "志工排班備忘\n",
    )
    for slot in rng.sample(["週六上午導覽", "週六下午服務台", "週日上午兒童廳", "週日下午特展"], 2):
        d.t(slot, "：")
        for i in range(rng.randint(1, 3)):
            if i:
                d.t(rng.choice(["、", "、", "，"]))
            g.person(d)
        d.t("\n")
    d.t("請假：")
    g.person(d)
    d.t("（改由")
    g.person(d)
    d.t("代班）\n")
    if rng.random() < 0.5:
        d.t("新進志工")
        g.person(d)
        d.t("資料：")
        d.e(g.birth(18, 75), "BIRTH_DATE")
        d.t("生，")
        d.e(g.email(), "EMAIL")
        d.t("，保險需身分證")
        d.e(g.id_text(g.twid()), "TW_NATIONAL_ID")
        d.t("。")
    else:
        d.t("服務時數已登錄至志願服務資訊整合系統，請督導")
        g.person(d)
        d.t("核章。")


def _toilet_inspection(g: _Gen, d: _Doc) -> None:
    rng = g.rng
    sep = rng.choice(["\t", ",", " | "])
    d.t(sep.join(["公廁名稱", "等級", "清潔人員", "手機", "巡檢日期"]), "\n")
    for _ in range(rng.randint(2, 4)):
        d.t(rng.choice(["七星潭遊客中心公廁", "中山公園公廁", "王功漁港公廁", "白沙灣北側公廁",
                         "林森公園公廁", "高美濕地停車場公廁"]), sep)  # fmt: skip
        d.t(rng.choice(["特優級", "優等級", "普通級", "加強級"]), sep)
        g.person(d)
        d.t(sep)
        d.e(g.phone(), "PHONE")
        d.t(sep, g.event_date(), "\n")
    d.t("備註：加強級者由", rng.choice(["清潔班長", "承攬廠商"]), "於三日內改善，複查人員")
    g.person(d, han=True)
    d.t("。")


def _vaccine_outreach(g: _Gen, d: _Doc) -> None:
    rng = g.rng
    d.t(
        g.event_date(),
        " 外展接種（",
        rng.choice(["漁港移工宿舍", "長青食堂", "工業區廠區", "部落活動中心"]),
        "）\n",
    )
    for _ in range(rng.randint(1, 3)):
        if rng.random() < 0.4:
            nat = rng.choice(["id", "vn", "ph", "th"])
            known = rng.random() < 0.5
            if known:
                name = rng.choice(g.foreign_known)
            else:
                name = g.migrant_name()
                while name in g.known_set:
                    name = g.migrant_name()
            d.e(name, "PERSON", known)
            d.t("，居留證 ")
            d.e(g.id_text(g.arc()), "TW_RESIDENT_CERT")
            if rng.random() < 0.5:
                d.t("，護照 ")
                d.e(g.passport(nat), "PASSPORT")
        else:
            g.person(d, han=True)
            d.t("，", rng.choice(["身分證", "ID"]), " ")
            d.e(g.id_text(g.twid()), "TW_NATIONAL_ID")
            d.t("，健保卡 ")
            d.e(g.nhi(), "TW_NHI_CARD")
        d.t("，生日 ")
        d.e(g.birth(20, 90), "BIRTH_DATE")
        d.t("，", rng.choice(["Moderna XBB", "Novavax", "流感四價", "肺炎鏈球菌"]), " 批號 ")
        d.t(f"{rng.choice(['3', 'TA', 'FK'])}{rng.randint(10000, 99999)}", "\n")
    d.t("接種醫師：")
    g.person(d, han=True)
    d.t("；紀錄：", rng.choice(["護理師", "個管師"]))
    g.person(d, han=True)


def _building_dispute(g: _Gen, d: _Doc) -> None:
    rng = g.rng
    d.t(
        "案由：",
        rng.choice(["頂樓違建", "管理費欠繳", "停車位分配", "漏水修繕", "寵物噪音"]),
        "爭議\n",
    )
    d.t("陳述人：")
    g.person(d)
    d.t("，住")
    d.e(g.address(), "ADDRESS")
    d.t("，電話")
    d.e(g.phone(), "PHONE")
    d.t("\n陳述人表示主任委員")
    g.person(d)
    d.t("未依", g.statute(), "召開區分所有權人會議，並拒絕提供財務報表；另指")
    g.person(d)
    d.t(rng.choice(["擅自", "長期"]), "占用公共梯間。")
    if rng.random() < 0.5:
        d.t("管理公司", rng.choice(["Sinyi 物業", "中保物業", "Jones Lang LaSalle"]), "（統編")
        d.t(g.ban(), "）總幹事")
        g.person(d)
        d.t("回覆：欠繳", g.amount(), "。")
    if rng.random() < 0.4:
        d.t("\n陳述人電子信箱：")
        d.e(g.email(), "EMAIL")


def _driver_commendation(g: _Gen, d: _Doc) -> None:
    rng = g.rng
    route = rng.choice(["307", "紅30", "綠1", "9018", "桃園客運5005", "高雄60"])
    d.t("乘客")
    g.person(d)
    d.t(rng.choice(["來信", "投書"]), "表揚", route, "路公車駕駛")
    g.person(d)
    d.t(f"（車號KKA-{rng.randint(1000, 9999)}）於", g.event_date(), "協助長者下車並代為撥打")
    d.t("家屬電話。\n")
    if rng.random() < 0.5:
        d.t("經查該長者為")
        g.person(d)
        d.t("，", rng.choice(["八十餘歲", "行動不便"]), "，家屬")
        g.person(d)
        d.t("（")
        d.e(g.phone(), "PHONE")
        d.t("）表達感謝。")
    else:
        d.t("乘客希望回覆至")
        d.e(g.email(), "EMAIL")
        d.t("。")
    d.t("已轉", rng.choice(["首都客運", "大都會客運", "統聯客運"]), "辦理獎勵")
    d.t(g.amount(), "。")


_GENRES = (
    _tourism_reply, _lunch_allergy, _polling_staff, _card_refund, _wedding_appt, _bike_theft,
    _museum_shift, _toilet_inspection, _vaccine_outreach, _building_dispute, _driver_commendation,
)  # fmt: skip


# --- hard negatives ----------------------------------------------------------------------


def _neg_tourism_stats(g: _Gen) -> str:
    rng = g.rng
    rows = ["景點\t1月\t2月\t3月\t合計"]
    for place in rng.sample(
        ["七星潭", "高美濕地", "安平古堡", "黃金博物館", "白沙灣", "清境農場"], 4
    ):
        counts = [rng.randint(1200, 98000) for _ in range(3)]
        rows.append("\t".join([place, *map(str, counts), str(sum(counts))]))
    return "\n".join(rows) + f"\n資料來源：觀光署，{g.event_date()}更新。"


def _neg_doc(g: _Gen) -> str:
    rng = g.rng
    topic = rng.choice(["旅遊消費爭議", "學校午餐食材", "投開票所設置", "票證退費作業",
                        "公寓大廈管理組織報備", "公廁評比"])  # fmt: skip
    return (
        f"發文字號：{g.doc_no()}\n主旨：有關{topic}一案，請依{g.statute()}辦理。\n"
        f"說明：一、依據{g.event_date()}會商結論。二、所需經費{g.amount()}由本年度預算支應。"
        f"三、請承辦人於{g.event_date()}前回報。"
    )


def _neg_menu(g: _Gen) -> str:
    rng = g.rng
    dishes = [
        "黃金炒飯",
        "林檔滷肉",
        "白菜滷",
        "洪福麻婆豆腐",
        "高麗菜",
        "葉菜湯",
        "楊桃汁",
        "石斑魚片",
    ]
    lines = ["日期,主食,主菜,副菜,過敏原代碼"]
    for _ in range(3):
        a, b, c = rng.sample(dishes, 3)
        lines.append(f"{g.event_date()},{a},{b},{c},A{rng.randint(1, 14):02d}/B{rng.randint(1, 9)}")
    return (
        "\n".join(lines)
        + "\n供應商："
        + rng.choice(["義美食品", "Sodexo", "統一速達"])
        + "（統一編號"
        + g.ban()
        + "）"
    )


def _neg_polling(g: _Gen) -> str:
    rng = g.rng
    out = []
    for _ in range(rng.randint(2, 4)):
        out.append(
            f"第{rng.randint(1, 450):04d}投開票所｜{rng.choice(_SCHOOLS)}"
            f"｜選舉人數 {rng.randint(600, 2900)}｜工作人員 {rng.randint(6, 12)} 名"
            "（主任管理員 1 名）"
        )
    return "\n".join(out) + f"\n依{g.statute()}，講習訂於{g.event_date()}舉行。"


def _neg_card_stats(g: _Gen) -> str:
    rng = g.rng
    return (
        f"{g.event_date()}票卡掛失退費統計：受理 {rng.randint(40, 900)} 件，退款總額{g.amount()}，"
        f"平均處理 {rng.randint(3, 14)} 日。退費依{g.statute()}辦理，"
        f"卡片型號 EZ-{rng.randint(100, 999)}、"
        f"iPASS {rng.choice(['Mini', 'Kitty', 'Classic'])} 不受影響。"
    )


def _neg_wedding_slots(g: _Gen) -> str:
    rng = g.rng
    slots = "、".join(
        f"{h}:{m}"
        for h, m in sorted((rng.randint(9, 16), rng.choice(["00", "30"])) for _ in range(4))
    )
    return (
        f"{g.event_date()}（七夕）結婚登記加開時段：{slots}，每時段限 {rng.randint(6, 20)} 對。"
        f"證人須年滿十八歲，外籍人士請攜帶護照及經驗證之單身證明。費用 0 元。"
    )


def _neg_bike_stats(g: _Gen) -> str:
    rng = g.rng
    rows = ["行政區|自行車竊盜|破獲|YouBike 2.0 失竊"]
    for dist in rng.sample(["大安區", "中山區", "板橋區", "西屯區", "東區", "三民區", "楊梅區"], 3):
        rows.append(f"{dist}|{rng.randint(10, 300)}|{rng.randint(1, 100)}|{rng.randint(0, 40)}")
    return "\n".join(rows) + f"\n依{g.statute()}移送件數另列。案號{g.case_no()}。"


def _neg_museum(g: _Gen) -> str:
    rng = g.rng
    return (
        f"特展「{rng.choice(['黃金山城', '林業百年', '陳列室的秘密', '石器時代'])}」"
        f"展期自{g.event_date()}起，"
        f"展品編號 TM-{rng.randint(1000, 9999)} 至 TM-{rng.randint(1000, 9999)}。志工每班 "
        f"{rng.randint(2, 6)} 人，導覽組長負責點名，服務時數以 {rng.randint(2, 4)} 小時計。"
    )


def _neg_toilet(g: _Gen) -> str:
    rng = g.rng
    return (
        f"{g.event_date()}公廁抽查 {rng.randint(20, 120)} 座：特優 {rng.randint(5, 40)} 座、"
        f"加強級 {rng.randint(0, 9)} 座。清潔人員已於現場改善，承攬廠商 "
        f"{rng.choice(['ISS Facility', 'Dust-Free 清潔', '高峰環保'])}"
        f" 遭扣款{g.amount()}（依{g.statute()}）。"
    )


def _neg_vaccine(g: _Gen) -> str:
    rng = g.rng
    return (
        f"外展站 {rng.randint(3, 18)} 處，接種 {rng.randint(100, 2000)} 人次；"
        f"Moderna 批號 {rng.randint(3000000, 3999999)}、"
        f"Novavax 批號 {rng.choice(['4302', 'FK'])}{rng.randint(100, 999)}。"
        f"醫師、護理師各 {rng.randint(2, 9)} 名，依{g.statute()}通報。{g.doc_no()}"
    )


def _neg_building(g: _Gen) -> str:
    rng = g.rng
    return (
        f"{rng.choice(['林園大廈', '黃金海岸社區', '高第花園', '陳家莊華廈', '王府御苑'])}"
        "管理委員會報備："
        f"區分所有權人 {rng.randint(40, 400)} 戶，出席 {rng.randint(20, 200)} 戶，"
        f"管理費每坪 {rng.randint(40, 120)} 元，"
        f"主任委員任期一年（{g.statute()}）。報備字號{g.doc_no()}。"
    )


_NEGATIVES = (
    _neg_tourism_stats, _neg_doc, _neg_menu, _neg_polling, _neg_card_stats, _neg_wedding_slots,
    _neg_bike_stats, _neg_museum, _neg_toilet, _neg_vaccine, _neg_building,
)  # fmt: skip


def generate_heldout6(n: int = 2000, seed: int = 67) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the known-names list.

    About half the PERSON mentions use names from the known list (what a dataset's name column
    would hold); the list also holds names that never appear in the texts.
    """
    rng = random.Random(seed)
    g = _Gen(rng, n)
    samples: list[Sample] = []
    for _ in range(n):
        if rng.random() < 0.25:
            samples.append(Sample(rng.choice(_NEGATIVES)(g), [], True, []))
            continue
        d = _Doc()
        rng.choice(_GENRES)(g, d)
        samples.append(d.sample())
    return samples, list(g.known_pool)
