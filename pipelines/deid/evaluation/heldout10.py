"""Held-out evaluation set 10: agency free text written independently of the scanner.

Why a separate module: the scanner's rules were tuned on the earlier synthetic sets, so their
scores flatter it. This set was written without looking at the scanner, its recognizers or the
other sets, in genres those sets do not use (ambulance run sheets, customs seizure notes,
water-meter disputes, cram-school inspections, funeral subsidies, night-market stall renewals,
disability-card reviews, fishing-port logs, wildlife-rescue intakes, youth-employment
interviews, polling-station incident logs, boundary surveys, online public comments). Its first
measurement is therefore an honest held-out figure; once the scanner is tuned against it, it no
longer is.

Every text is built by :class:`_Doc`, which records gold spans while appending pieces, so the
offsets are exact by construction. A text that by chance contains a valid identifier outside
its gold spans (a case number that happens to be a plausible phone number, say) is redrawn, so
every "false positive" a scanner reports on this set is a real one.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from typing import NamedTuple

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

PERSON = "PERSON"
NATIONAL_ID = "TW_NATIONAL_ID"
RESIDENT_CERT = "TW_RESIDENT_CERT"
PHONE = "PHONE"
EMAIL = "EMAIL"
ADDRESS = "ADDRESS"
NHI = "TW_NHI_CARD"
PASSPORT = "PASSPORT"
CREDIT_CARD = "CREDIT_CARD"
BIRTH_DATE = "BIRTH_DATE"

ENTITIES = [
    PERSON,
    NATIONAL_ID,
    RESIDENT_CERT,
    PHONE,
    EMAIL,
    ADDRESS,
    NHI,
    PASSPORT,
    CREDIT_CARD,
    BIRTH_DATE,
]

# ---------------------------------------------------------------------------------------------
# Name material (written for this set; deliberately broad so that name lists cannot cover it).
# ---------------------------------------------------------------------------------------------
_SURNAMES = list(
    "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙"
    "顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀姚連馮歐程湯黎田康姜白汪鄒尤巫鐘"
)
_COMPOUND = ["歐陽", "張簡", "范姜", "司徒", "上官", "夏侯", "諸葛", "張廖"]
_GIVEN_M = list("志明俊傑建宏家豪冠宇承翰柏霖宗憲文雄榮輝國強信德聖凱哲瑋彥廷昱誠仁偉銘峰祐勳")
_GIVEN_F = list("美玲淑芬雅婷怡君佩珊欣惠如秀英麗華靜宜筱涵詩穎芳瑜蓉珮嘉琪依萱曉薇玉蘭月娥春梅")

_IND_HAN_GIVEN = ["瓦旦", "尤幹", "巴燕", "比令", "馬躍", "伊萬", "拉娃", "畢馬", "撒韻", "達努"]
_IND_HAN_GIVEN += ["吉娃斯", "哈勇", "馬紹", "沙力浪", "嘎鬧", "烏瑪芙", "巴奈", "達基斯"]
_IND_HAN_FAMILY = ["達道", "那威", "諾幹", "阿給", "吉拉", "巴萬", "尤道", "伊斯坦大", "卡照"]
_IND_HAN_FAMILY += ["吉旺", "尤命", "達袞", "瑪法琉", "谷木"]
_IND_ROM_GIVEN = ["Watan", "Yukan", "Payan", "Piling", "Mayaw", "Iwan", "Lawa", "Pima", "Sayun"]
_IND_ROM_GIVEN += ["Tanu", "Ciwas", "Hayung", "Masao", "Salizan", "Kanaw", "Umav", "Panay", "Dakis"]
_IND_ROM_FAMILY = ["Tanga", "Nawi", "Nokan", "Akey", "Kila", "Pawan", "Yudaw", "Istanda", "Kacaw"]
_IND_ROM_FAMILY += ["Ciwang", "Yumin", "Tapas", "Mafaliw", "Kumu"]
_INTERPUNCTS = ["·", "‧", "・"]

_ID_GIVEN = ["Siti", "Dewi", "Sri", "Nur", "Rina", "Wati", "Ayu", "Eka", "Yuli", "Indah", "Agus"]
_ID_GIVEN += ["Budi", "Eko", "Joko", "Ahmad", "Dedi", "Rudi", "Fitri"]
_ID_FAMILY = ["Aminah", "Lestari", "Rahayu", "Handayani", "Suryani", "Wulandari", "Kurniawati"]
_ID_FAMILY += ["Susanti", "Santoso", "Setiawan", "Prasetyo", "Hidayat", "Saputra", "Nugroho"]
_VN_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Nguyen", "Tran"]
_VN_GIVEN_F = ["Lan", "Hoa", "Hương", "Mai", "Thảo", "Ngọc", "Trang", "Hằng", "Thu"]
_VN_GIVEN_M = ["Hùng", "Minh", "Tuấn", "Dũng", "Nam", "Quang", "Long", "Thanh"]
_PH_GIVEN = ["Maria", "Jocelyn", "Marites", "Rowena", "Jonalyn", "Rodel", "Jerome", "Arnel"]
_PH_GIVEN += ["Mary Grace", "Lorna", "Analyn"]
_PH_FAMILY = ["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Villanueva"]
_PH_FAMILY += ["Dela Cruz", "Aquino", "Manalo", "Pascual"]
_TH_GIVEN = ["Somchai", "Somsak", "Anan", "Malee", "Siriporn", "Kanya", "Prasert", "Wichai"]
_TH_FAMILY = ["Srisuk", "Boonmee", "Saelim", "Chaiyaphum", "Wongsa", "Phrommin", "Kaewmanee"]
_MIG_HAN_SUR = ["阮", "陳", "黎", "范", "黃", "武", "鄧", "裴"]
_MIG_HAN_GIVEN = ["蘭", "花", "香", "梅", "玉", "秋", "鳳", "燕", "紅", "翠"]
_MIG_PHON_GIVEN = ["西蒂", "黛薇", "麗娜", "阿古斯", "布迪", "瑪麗亞", "喬絲琳", "宋猜", "瑪莉"]
_MIG_PHON_FAMILY = ["阿米娜", "拉哈尤", "桑托索", "桑托斯", "雷耶斯", "蘇莉雅妮", "文米", "克魯茲"]

_ROM_SUR = ["Chen", "Lin", "Huang", "Chang", "Lee", "Wang", "Wu", "Liu", "Tsai", "Yang", "Hsu"]
_ROM_SUR += ["Cheng", "Hsieh", "Hung", "Kuo", "Chiu", "Tseng", "Liao", "Lai", "Chou", "Yeh"]
_ROM_SYL = ["Wei", "Ting", "Mei", "Hua", "Chih", "Hao", "Yu", "Hsin", "Yi", "Chia", "Shu", "Fen"]
_ROM_SYL += ["Chun", "Ming", "Tzu", "Han", "Jui", "Pei", "Kuan", "Po", "Yen", "Ling", "Hsuan"]

# ---------------------------------------------------------------------------------------------
# Places (addresses are assembled from parts, so almost every address is unique).
# ---------------------------------------------------------------------------------------------
_DISTRICTS: dict[str, list[str]] = {
    "臺北市": ["大安區", "信義區", "士林區", "文山區", "萬華區", "內湖區"],
    "台北市": ["中山區", "北投區", "松山區"],
    "新北市": ["板橋區", "三重區", "新莊區", "中和區", "淡水區", "汐止區", "樹林區"],
    "桃園市": ["中壢區", "龜山區", "八德區", "平鎮區", "大溪區"],
    "臺中市": ["北屯區", "西屯區", "豐原區", "大里區", "沙鹿區", "梧棲區"],
    "台中市": ["南屯區", "太平區"],
    "臺南市": ["東區", "永康區", "安南區", "新營區", "麻豆區", "佳里區"],
    "高雄市": ["三民區", "鳳山區", "左營區", "岡山區", "旗津區", "前鎮區"],
    "基隆市": ["仁愛區", "七堵區", "中正區"],
    "新竹縣": ["竹北市", "竹東鎮", "湖口鄉"],
    "苗栗縣": ["頭份市", "苑裡鎮", "通霄鎮"],
    "彰化縣": ["員林市", "鹿港鎮", "和美鎮"],
    "南投縣": ["埔里鎮", "草屯鎮", "竹山鎮"],
    "雲林縣": ["斗六市", "虎尾鎮", "北港鎮"],
    "嘉義縣": ["民雄鄉", "朴子市", "布袋鎮"],
    "屏東縣": ["屏東市", "潮州鎮", "東港鎮", "恆春鎮"],
    "宜蘭縣": ["羅東鎮", "蘇澳鎮", "頭城鎮"],
    "花蓮縣": ["花蓮市", "吉安鄉", "玉里鎮"],
    "臺東縣": ["臺東市", "成功鎮", "關山鎮"],
    "澎湖縣": ["馬公市", "湖西鄉"],
}
_ROADS = ["中正路", "民生路", "復興路", "建國路", "和平東路", "忠孝路", "光復路", "自由路"]
_ROADS += ["文化路", "中山北路", "成功路", "大同路", "民族路", "博愛街", "仁愛路", "公園路"]
_ROADS += ["新生路", "長春路", "永和街", "三民路", "漁港路", "海濱路", "中華路", "富農街"]
_VILLAGES = ["忠孝里", "新興里", "光明里", "大埔里", "港口里", "福德里", "東興村", "南寮村"]
_CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

_EMAIL_DOMAINS = ["gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com", "msa.hinet.net"]
_EMAIL_DOMAINS += ["icloud.com", "pchome.com.tw", "livemail.tw", "seed.net.tw"]
_EMAIL_WORDS = ["sunny", "apple", "kevin", "jenny", "annie", "ocean", "mango", "tiger", "lulu"]
_EMAIL_WORDS += ["happy", "bluesky", "cat", "river", "momo", "dodo", "star"]

_FULLWIDTH = str.maketrans(
    {
        c: chr(ord(c) + 0xFEE0)
        for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-/()+.@"
    }
)


class _Person(NamedTuple):
    """A name as written in one text, and whether the dataset's name list holds it."""

    text: str
    known: bool


class _Doc:
    """Append-only text builder that records gold spans as pieces are appended.

    Offsets come from the builder's own running length, so they cannot drift from the text
    the way hand-computed offsets do.
    """

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []

    def add(self, text: str) -> _Doc:
        """Append plain (non-personal) text."""
        self.parts.append(text)
        self.pos += len(text)
        return self

    def ent(self, value: str, label: str) -> _Doc:
        """Append a personal value and record it as a gold span."""
        assert value == value.strip() and value, "span must be non-empty and trimmed"
        self.spans.append((self.pos, self.pos + len(value), label))
        return self.add(value)

    def person(self, p: _Person) -> _Doc:
        """Append a name mention; its known flag follows span order."""
        self.ent(p.text, PERSON)
        self.known.append(p.known)
        return self

    def persons(self, people: list[_Person], joiners: list[str]) -> _Doc:
        """Append a list of names joined by ``joiners[i]`` between item i and i+1."""
        for i, p in enumerate(people):
            if i:
                self.add(joiners[min(i - 1, len(joiners) - 1)])
            self.person(p)
        return self

    def text(self) -> str:
        """The text so far."""
        return "".join(self.parts)


# Candidate finders for the redraw check (kept strict: a scanner may join digit groups).
_ID_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{1,2}[0-9]{8,9}(?![0-9])")
_NUM_RE = re.compile(r"\+?[0-9(][0-9\- \t()./]{5,}[0-9]")
_DIGITS_RE = re.compile(r"[0-9]+")
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def _nfkc_same_length(text: str) -> str:
    """NFKC per character, keeping offsets (characters whose form changes length are kept)."""
    out = []
    for ch in text:
        n = unicodedata.normalize("NFKC", ch)
        out.append(n if len(n) == 1 else ch)
    return "".join(out)


def _stray(text: str, spans: list[tuple[int, int, str]], known3: set[str]) -> bool:
    """Whether ``text`` holds an identifier, e-mail or known name outside the gold spans."""
    norm = _nfkc_same_length(text)

    def outside(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b, _ in spans)

    for m in _ID_RE.finditer(norm):
        if outside(*m.span()) and (twid.is_valid(m.group()) or arc.is_valid(m.group())):
            return True
    for m in _EMAIL_RE.finditer(norm):
        if outside(*m.span()):
            return True
    for rx in (_NUM_RE, _DIGITS_RE):
        for m in rx.finditer(norm):
            if not outside(*m.span()):
                continue
            value = m.group()
            if phone.is_plausible(value) or creditcard.is_valid(value):
                return True
    for name in known3:
        start = norm.find(name)
        while start != -1:
            if outside(start, start + len(name)):
                return True
            start = norm.find(name, start + 1)
    return False


class _Gen:
    """Random draws for one set; all randomness flows from one seeded ``random.Random``."""

    def __init__(self, n: int, seed: int) -> None:
        self.r = random.Random(seed)
        self.known: dict[str, str] = {}  # canonical name -> kind
        self.known_by_kind: dict[str, list[str]] = {}
        pool_size = max(60, n // 2 + 80)
        while len(self.known) < pool_size:
            kind = self._kind()
            name = self._name(kind)
            if name not in self.known:
                self.known[name] = kind
                self.known_by_kind.setdefault(kind, []).append(name)
        # Names only on the list: a name column holds people the free text never mentions.
        self.list_only: list[str] = []
        while len(self.list_only) < max(10, n // 20):
            kind = self._kind()
            name = self._name(kind)
            if name not in self.known and name not in self.list_only:
                self.list_only.append(name)
        self.all_known = set(self.known) | set(self.list_only)
        self.known3 = {k for k in self.all_known if len(k) >= 3}

    # -- names ---------------------------------------------------------------------------
    def _kind(self) -> str:
        x = self.r.random()
        if x < 0.62:
            return "han"
        if x < 0.72:
            return "ind"
        if x < 0.88:
            return "mig"
        return "rom"

    def _name(self, kind: str) -> str:
        r = self.r
        if kind == "han":
            female = r.random() < 0.5
            pool = _GIVEN_F if female else _GIVEN_M
            if r.random() < 0.06:
                return r.choice(_COMPOUND) + "".join(r.sample(pool, 2))
            sur = r.choice(_SURNAMES)
            if female and r.random() < 0.14:  # married name: husband's surname first
                husband = r.choice([s for s in _SURNAMES if s != sur])
                return husband + sur + "".join(r.sample(pool, 2))
            if r.random() < 0.15:
                return sur + r.choice(pool)
            return sur + "".join(r.sample(pool, 2))
        if kind == "ind":
            if r.random() < 0.55:
                dot = r.choice(_INTERPUNCTS)
                return r.choice(_IND_HAN_GIVEN) + dot + r.choice(_IND_HAN_FAMILY)
            return f"{r.choice(_IND_ROM_GIVEN)} {r.choice(_IND_ROM_FAMILY)}"
        if kind == "mig":
            x = r.random()
            if x < 0.2:
                return f"{r.choice(_ID_GIVEN)} {r.choice(_ID_FAMILY)}"
            if x < 0.38:
                fam = r.choice(_VN_FAMILY)
                if r.random() < 0.5:
                    return f"{fam} Thị {r.choice(_VN_GIVEN_F)}"
                return f"{fam} Văn {r.choice(_VN_GIVEN_M)}"
            if x < 0.52:
                return f"{r.choice(_PH_GIVEN)} {r.choice(_PH_FAMILY)}"
            if x < 0.62:
                name = f"{r.choice(_TH_GIVEN)} {r.choice(_TH_FAMILY)}"
                return name.upper() if r.random() < 0.3 else name
            if x < 0.82:
                return r.choice(_MIG_HAN_SUR) + "氏" + r.choice(_MIG_HAN_GIVEN)
            return r.choice(_MIG_PHON_GIVEN) + "·" + r.choice(_MIG_PHON_FAMILY)
        sur = r.choice(_ROM_SUR)
        first, second = r.sample(_ROM_SYL, 2)
        given = f"{first}-{second.lower()}"
        style = r.random()
        if style < 0.5:
            return f"{sur} {given}"
        if style < 0.75:
            return f"{given} {sur}"
        return f"{sur} {given}".upper()

    def _clashes(self, name: str) -> bool:
        """Whether an unknown name equals, contains or sits inside a listed name."""
        flat = name.replace(" ", "")
        if name in self.all_known or flat in self.all_known:
            return True
        if all(ord(c) > 0x2E80 for c in flat):
            for i in range(len(flat)):
                for j in range(i + 2, len(flat) + 1):
                    if flat[i:j] in self.all_known:
                        return True
        return any(len(k) >= 3 and k in flat for k in self.known3)

    def person(self, kind: str | None = None, known: bool | None = None) -> _Person:
        """A fresh mention: half from the name list, half names that are on no list."""
        r = self.r
        kind = kind or self._kind()
        if known is None:
            known = r.random() < 0.5
        if known and self.known_by_kind.get(kind):
            name = r.choice(self.known_by_kind[kind])
        else:
            known = False
            name = self._name(kind)
            while self._clashes(name):
                name = self._name(kind)
        if kind == "han" and 2 <= len(name) <= 3 and r.random() < 0.07:
            # Typed with spaces inside (王 小明 / 王 小 明); the list holds the unspaced form.
            name = name[0] + " " + name[1:] if r.random() < 0.5 else " ".join(name)
        return _Person(name, known)

    # -- values --------------------------------------------------------------------------
    def fw(self, value: str, p: float = 0.13) -> str:
        """Full-width digits/letters for some values (agency files often carry them)."""
        return value.translate(_FULLWIDTH) if self.r.random() < p else value

    def digits(self, k: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(k))

    def national_id(self) -> str:
        letter = self.r.choice(list(LETTER_CODES))
        body = self.r.choice("12") + self.digits(7)
        return self.fw(letter + body + id_check_digit(letter, body))

    def resident_cert(self) -> str:
        letter = self.r.choice(list(LETTER_CODES))
        if self.r.random() < 0.6:
            body = self.r.choice("89") + self.digits(7)
            return self.fw(letter + body + id_check_digit(letter, body))
        second = self.r.choice("ABCD")
        tail = self.digits(7)
        check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
        return self.fw(letter + second + tail + check)

    def mobile(self) -> str:
        r = self.r
        while True:
            num = "09" + self.digits(8)
            if phone.is_valid(num):
                break
        a, b, c = num[:4], num[4:7], num[7:]
        x = r.random()
        if x < 0.35:
            s = f"{a}-{b}-{c}"
        elif x < 0.6:
            s = num
        elif x < 0.72:
            s = f"{a} {b} {c}"
        elif x < 0.8:
            s = f"{a}-{b}{c}"
        elif x < 0.9:
            s = f"+886 {a[1:]} {b} {c}"
        else:
            s = f"+886-{a[1:]}-{b}-{c}"
        return self.fw(s)

    def landline(self) -> str:
        r = self.r
        areas = [("02", 8), ("03", 7), ("037", 6), ("04", 8), ("049", 7), ("05", 7), ("06", 7)]
        areas += [("07", 7), ("08", 7), ("089", 6), ("082", 6)]
        for _ in range(50):
            area, k = r.choice(areas)
            local = r.choice("2345678") + self.digits(k - 1)
            if phone.is_valid(area + local):
                break
        if k == 8:
            local_f = f"{local[:4]}-{local[4:]}" if r.random() < 0.6 else local
        elif r.random() < 0.4:
            local_f = f"{local[:3]}-{local[3:]}"
        else:
            local_f = local
        x = r.random()
        if x < 0.4:
            s = f"{area}-{local_f}"
        elif x < 0.75:
            s = f"({area}){local_f}"
        else:
            s = f"{area} {local_f}"
        return self.fw(s)

    def phone(self) -> str:
        return self.mobile() if self.r.random() < 0.65 else self.landline()

    def email(self, p: _Person | None = None) -> str:
        r = self.r
        words = [r.choice(_EMAIL_WORDS), r.choice(_ROM_SUR).lower(), r.choice(_ROM_SYL).lower()]
        r.shuffle(words)
        local = r.choice([".", "_", ""]).join(words[: r.choice([1, 2, 2, 3])])
        if r.random() < 0.6:
            local += str(r.randint(1, 2005))
        return self.fw(f"{local}@{r.choice(_EMAIL_DOMAINS)}", 0.04)

    def address(self) -> str:
        r = self.r
        city = r.choice(list(_DISTRICTS))
        parts = [city, r.choice(_DISTRICTS[city])]
        if r.random() < 0.3:
            parts.append(r.choice(_VILLAGES))
            if r.random() < 0.5:
                parts.append(f"{r.randint(1, 30)}鄰")
        parts.append(r.choice(_ROADS))
        if r.random() < 0.4:
            parts.append(f"{r.choice(_CN_NUM[:5])}段")
        if r.random() < 0.45:
            parts.append(f"{r.randint(1, 400)}巷")
            if r.random() < 0.35:
                parts.append(f"{r.randint(1, 60)}弄")
        parts.append(f"{r.randint(1, 350)}號")
        x = r.random()
        if x < 0.3:
            parts.append(f"{r.randint(2, 18)}樓")
        elif x < 0.4:
            parts.append(f"{r.choice(_CN_NUM[1:])}樓")
        if r.random() < 0.15:
            parts.append(f"之{r.randint(1, 9)}")
        return self.fw("".join(parts))

    def nhi(self) -> str:
        num = ("0000" + self.digits(8)) if self.r.random() < 0.6 else self.digits(12)
        x = self.r.random()
        if x < 0.5:
            s = num
        elif x < 0.8:
            s = f"{num[:4]}-{num[4:8]}-{num[8:]}"
        else:
            s = f"{num[:4]} {num[4:8]} {num[8:]}"
        return self.fw(s)

    def passport(self, foreign: bool) -> str:
        r = self.r
        if not foreign:
            while True:
                num = "3" + self.digits(8)
                if not phone.is_plausible(num):
                    return self.fw(num)
        x = r.random()
        if x < 0.35:
            s = r.choice("CBX") + self.digits(7)
        elif x < 0.55:
            s = "P" + self.digits(7) + r.choice("ABC")
        elif x < 0.75:
            s = r.choice("CN") + self.digits(7)
        else:
            s = r.choice(["AA", "AB", "AC"]) + self.digits(7)
        return self.fw(s)

    def card(self) -> str:
        r = self.r
        while True:
            kind = r.random()
            if kind < 0.45:
                prefix, length = "4", 16
            elif kind < 0.7:
                prefix, length = str(r.randint(51, 55)), 16
            elif kind < 0.85:
                prefix, length = "35" + str(r.randint(28, 89)), 16
            elif kind < 0.93:
                prefix, length = r.choice(["34", "37"]), 15
            else:
                prefix, length = "62", 16
            body = prefix + self.digits(length - len(prefix) - 1)
            for d in "0123456789":
                if creditcard.luhn_ok(body + d):
                    num = body + d
                    break
            if creditcard.is_valid(num):
                break
        sep = r.choice([" ", " ", "-", ""])
        if length == 15:
            s = sep.join([num[:4], num[4:10], num[10:]])
        else:
            s = sep.join(num[i : i + 4] for i in range(0, 16, 4))
        return self.fw(s)

    def birth(self) -> str:
        r = self.r
        year = r.randint(1938, 2009)
        month, day = r.randint(1, 12), r.randint(1, 28)
        roc = year - 1911
        x = r.random()
        if x < 0.2:
            s = f"民國{roc}年{month}月{day}日"
        elif x < 0.35:
            s = f"{roc:03d}/{month:02d}/{day:02d}"
        elif x < 0.45:
            s = f"{roc}.{month}.{day}"
        elif x < 0.53:
            s = f"{roc:03d}{month:02d}{day:02d}"
        elif x < 0.62:
            s = f"{roc}年{month}月{day}日"
        elif x < 0.75:
            s = f"{year}-{month:02d}-{day:02d}"
        elif x < 0.85:
            s = f"{year}/{month}/{day}"
        elif x < 0.95:
            s = f"{year}年{month}月{day}日"
        else:
            s = f"民國{_cn_number(roc)}年{_cn_number(month)}月{_cn_number(day)}日"
        return self.fw(s)

    def ident(self, p: _Person) -> tuple[str, str]:
        """National ID for Taiwanese names, resident certificate for foreign ones."""
        if _is_foreign(p) and self.r.random() < 0.85:
            return self.resident_cert(), RESIDENT_CERT
        return self.national_id(), NATIONAL_ID

    # -- non-personal filler (checked by the redraw step) --------------------------------
    def roc_date(self) -> str:
        return f"{self.r.randint(110, 114)}年{self.r.randint(1, 12)}月{self.r.randint(1, 28)}日"

    def doc_no(self, word: str) -> str:
        return f"{word}字第{self.r.randint(110, 114)}{self.r.randint(0, 9999999):07d}號"

    def amount(self) -> str:
        return f"新臺幣{self.r.randint(2, 3000) * 100:,}元"

    def company_ban(self) -> str:
        while True:
            num = self.r.choice("0129") + self.digits(7)
            if ban.is_valid(num) and not phone.is_plausible(num):
                return num

    def time(self) -> str:
        return f"{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}"

    def honor(self, p: _Person) -> str:
        """An honorific that fits the given name's usual gender (none for foreign names)."""
        if _is_foreign(p) or p.text[-1:] not in _GIVEN_F + _GIVEN_M:
            return ""
        if p.text[-1] in _GIVEN_F:
            return self.r.choice(["女士", "小姐", ""])
        return self.r.choice(["先生", ""])

    def times(self, k: int) -> list[str]:
        """``k`` clock times in order (log entries run forward)."""
        minutes = sorted(self.r.sample(range(6 * 60, 22 * 60), k))
        return [f"{m // 60:02d}:{m % 60:02d}" for m in minutes]


def _is_foreign(p: _Person) -> bool:
    """Migrant-worker / foreign-spouse names (Latin script that is not Taiwanese or 氏/phonetic)."""
    t = p.text
    if "氏" in t or any(g in t for g in _MIG_PHON_GIVEN):
        return True
    head = t.split(" ")[0].capitalize()
    return any(
        head == w.split(" ")[0].capitalize() for w in _ID_GIVEN + _PH_GIVEN + _TH_GIVEN + _VN_FAMILY
    )


def _nationality(p: _Person) -> str:
    """The nationality a crew list would show for a migrant name."""
    head = p.text.split(" ")[0].capitalize()
    if "氏" in p.text or head in _VN_FAMILY:
        return "越南"
    if head in [w.split(" ")[0] for w in _PH_GIVEN] or p.text.startswith(("瑪麗亞", "喬絲琳")):
        return "菲律賓"
    if head in _TH_GIVEN or p.text.startswith(("宋猜", "瑪莉")):
        return "泰國"
    return "印尼"


def _cn_number(k: int) -> str:
    """Chinese numerals as written in dates (七十八, 十二, 五)."""
    digits = "〇一二三四五六七八九"
    if k < 10:
        return digits[k]
    if k < 20:
        return "十" + (digits[k % 10] if k % 10 else "")
    if k < 100:
        return digits[k // 10] + "十" + (digits[k % 10] if k % 10 else "")
    return "".join(digits[int(c)] for c in str(k))


# ---------------------------------------------------------------------------------------------
# Genres: positive texts
# ---------------------------------------------------------------------------------------------
_Builder = Callable[[_Gen, _Doc], None]


def _ambulance(g: _Gen, d: _Doc) -> None:
    r = g.r
    patient = g.person()
    d.add(f"緊急救護紀錄表　出勤單位：{r.choice(['中興', '港埔', '大林', '東勢'])}分隊\n")
    t_call, t_arrive = g.times(2)
    d.add(f"派遣時間 {t_call}　到達現場 {t_arrive}\n")
    if r.random() < 0.5:
        sex = "女" if patient.text[-1:] in _GIVEN_F else r.choice(["男", "女"])
        d.add("傷病患：").person(patient).add(f"（{sex}）")
    else:
        d.add("患者").person(patient).add("自述胸悶、頭暈")
    if r.random() < 0.6:
        d.add("，出生日期 ").ent(g.birth(), BIRTH_DATE)
    if r.random() < 0.5:
        value, label = g.ident(patient)
        d.add("\n證號：").ent(value, label)
    d.add("\n事故地點：").ent(g.address(), ADDRESS)
    if r.random() < 0.4:
        d.add("前騎樓")
    d.add(f"\n生命徵象：血壓 {r.randint(90, 170)}/{r.randint(50, 100)}，")
    d.add(f"脈搏 {r.randint(55, 130)}，血氧 {r.randint(88, 99)}%\n")
    family = g.person()
    rel = r.choice(["其子", "其妻", "鄰居", "其女", "雇主"])
    d.add(f"{rel}").person(family).add("陪同，聯絡電話 ").ent(g.phone(), PHONE).add("\n")
    if r.random() < 0.35:
        d.add("健保卡號：").ent(g.nhi(), NHI).add("（現場由家屬提供）\n")
    d.add(f"送往{r.choice(['署立', '市立', '慈濟', '長庚'])}醫院急診，交由檢傷護理師")
    if r.random() < 0.5:
        d.person(g.person("han"))
    d.add("簽收。\n救護人員：")
    d.persons([g.person("han"), g.person("han")], [r.choice(["、", "，", " "])])


def _customs(g: _Gen, d: _Doc) -> None:
    r = g.r
    pax = g.person(r.choice(["mig", "mig", "han", "rom"]))
    item = r.choice(["未申報肉鬆12包", "活體鳥類2隻", "菸品3條", "未申報外幣", "香腸乾貨一批"])
    d.add(f"旅客入境查驗紀錄　{g.doc_no('北機旅')}\n")
    d.add("旅客 ").person(pax).add(
        f" 搭乘 {r.choice(['BR', 'CI', 'VN', 'PR'])}{r.randint(100, 899)} "
    )
    d.add(f"班機入境，經X光儀檢出{item}，依海關緝私條例辦理。\n")
    d.add("護照號碼：").ent(g.passport(_is_foreign(pax)), PASSPORT).add("\n")
    if r.random() < 0.5:
        value, label = g.ident(pax)
        d.add(f"{'居留證號' if label == RESIDENT_CERT else '身分證字號'}：").ent(value, label)
        d.add("\n")
    if r.random() < 0.5:
        d.add("旅客留存之在臺聯絡方式：").ent(g.phone(), PHONE)
        if r.random() < 0.5:
            d.add(" / ").ent(g.email(), EMAIL)
        d.add("\n")
    if r.random() < 0.35:
        d.add(f"罰鍰{g.amount()}當場以信用卡繳納，卡號 ").ent(g.card(), CREDIT_CARD).add("。\n")
    if r.random() < 0.4:
        d.add("在臺住址：").ent(g.address(), ADDRESS).add("\n")
    d.add("查驗關員：").person(g.person("han"))
    d.add("；會同檢疫人員 ").person(g.person("han")).add(" 確認。")


def _water(g: _Gen, d: _Doc) -> None:
    r = g.r
    p = g.person()
    water_no = f"{r.randint(10, 99)}-{r.choice(['KH', 'TN', 'TC', 'HL'])}-{r.randint(10000, 99999)}"
    d.add(f"水表計量爭議處理單　水號 {water_no}\n")
    d.add("用戶地址：").ent(g.address(), ADDRESS).add("\n")
    x = r.random()
    if x < 0.4:
        d.add("用戶").person(p).add(g.honor(p)).add("反映本期度數較上期暴增，懷疑水表故障。")
    elif x < 0.7:
        d.add("本件由").person(p).add("來電申訴：帳單用水量異常，要求到府校驗。")
    else:
        d.add("申請人（").person(p).add("）表示屋內無漏水，要求退還溢收水費。")
    d.add("\n聯絡電話：").ent(g.phone(), PHONE)
    if r.random() < 0.5:
        d.add("；電子郵件：").ent(g.email(), EMAIL)
    d.add(f"\n現場檢查：表號 {r.choice('ABCK')}{r.randint(10, 99)}-{r.randint(1000, 9999)}，")
    d.add(f"讀數 {r.randint(100, 9999)} 度，靜止測試指針{r.choice(['仍轉動', '未轉動'])}。\n")
    if r.random() < 0.3:
        d.add("用戶另申請代繳，信用卡 ").ent(g.card(), CREDIT_CARD).add(" 已轉交帳務課。\n")
    d.add(f"處理結果：{r.choice(['更換新表並送驗', '屬用戶端管線漏水', '依規定減收半數'])}。")
    d.add("\n檢查員 ").person(g.person("han")).add(f"　{g.roc_date()}")


def _cram(g: _Gen, d: _Doc) -> None:
    r = g.r
    d.add(f"短期補習班稽查紀錄　{r.choice(['美語', '數理', '音樂', '升學'])}類\n")
    owner = g.person("han")
    d.add("班址：").ent(g.address(), ADDRESS).add("\n負責人：").person(owner)
    d.add("　電話：").ent(g.phone(), PHONE).add("\n")
    d.add("現場教職員名冊：\n")
    fmt = r.choice(["tsv", "pipe", "space"])
    head = ["姓名", "職稱", "身分證/居留證號", "出生日期"]
    if fmt == "tsv":
        d.add("\t".join(head) + "\n")
    elif fmt == "pipe":
        d.add("| " + " | ".join(head) + " |\n|---|---|---|---|\n")
    else:
        d.add("姓名        職稱      證號          出生日期\n")
    for _ in range(r.randint(2, 4)):
        p = g.person(r.choice(["han", "han", "rom", "mig"]))
        title = r.choice(["教師", "外籍教師", "行政", "助教"])
        value, label = g.ident(p)
        sep = {"tsv": "\t", "pipe": " | ", "space": "   "}[fmt]
        if fmt == "pipe":
            d.add("| ")
        d.person(p).add(sep + title + sep).ent(value, label).add(sep).ent(g.birth(), BIRTH_DATE)
        d.add(" |\n" if fmt == "pipe" else "\n")
    d.add(f"稽查結果：{r.choice(['教室面積符合規定', '未依規定公告收費', '消防設備待改善'])}。")
    d.add("稽查員：").person(g.person("han")).add("、").person(g.person("han"))


def _funeral(g: _Gen, d: _Doc) -> None:
    r = g.r
    dead = g.person(r.choice(["han", "han", "ind"]))
    app = g.person(r.choice(["han", "han", "ind", "mig"]))
    d.add("低收入戶喪葬補助申請書\n")
    d.add("亡者姓名：").person(dead).add("　身分證統一編號：").ent(g.national_id(), NATIONAL_ID)
    d.add("\n亡者出生：").ent(g.birth(), BIRTH_DATE).add(f"，死亡日期：{g.roc_date()}\n")
    d.add("戶籍地址：").ent(g.address(), ADDRESS).add("\n")
    rel = r.choice(["子", "女", "配偶", "孫"])
    d.add("申請人：").person(app).add(f"（與亡者關係：{rel}）")
    value, label = g.ident(app)
    d.add("　證號 ").ent(value, label).add("\n")
    d.add("聯絡電話：").ent(g.phone(), PHONE).add("\n")
    d.add(f"申請金額：{g.amount()}，檢附死亡證明書及殯葬費用收據。\n")
    if r.random() < 0.4:
        d.add(f"本補助依{r.choice(_NEG_LAWS[:3])}辦理，自{g.roc_date()}起生效之新制適用。\n")
    if r.random() < 0.5:
        d.add("備註：亡者之兄").person(g.person("han")).add("亦出具同意書。\n")
    d.add("申請人簽章：").person(app)


def _night_market(g: _Gen, d: _Doc) -> None:
    r = g.r
    market = r.choice(["瑞豐", "花園", "逢甲", "羅東", "六合", "寧夏"])
    d.add(f"{market}夜市攤位許可展延名冊（{g.roc_date()}）\n")
    csv = r.random() < 0.6
    d.add("攤號,負責人,證號,電話,戶籍地址\n" if csv else "攤號｜負責人｜證號｜電話\n")
    sep = "," if csv else "｜"
    for _ in range(r.randint(2, 4)):
        p = g.person(r.choice(["han", "han", "mig", "ind"]))
        value, label = g.ident(p)
        d.add(f"{r.choice('ABCDE')}-{r.randint(1, 180):03d}{sep}").person(p).add(sep)
        d.ent(value, label).add(sep).ent(g.phone(), PHONE)
        if csv:
            d.add(sep).ent(g.address(), ADDRESS)
        d.add("\n")
    d.add(f"以上攤商均已繳清{r.choice(['清潔費', '場地使用費'])}，")
    if r.random() < 0.5:
        d.add(f"清潔委外廠商統一編號 {g.company_ban()}，")
    d.add("經市場管理員 ").person(g.person("han")).add(" 確認。")


def _disability(g: _Gen, d: _Doc) -> None:
    r = g.r
    p = g.person(r.choice(["han", "han", "ind"]))
    d.add("身心障礙證明重新鑑定／需求評估紀錄\n")
    d.add("個案：").person(p)
    d.add(r.choice(["，出生日期 ", "，生日："])).ent(g.birth(), BIRTH_DATE).add("\n")
    if r.random() < 0.6:
        d.add("身分證號 ").ent(g.national_id(), NATIONAL_ID).add("；")
    d.add("健保卡 ").ent(g.nhi(), NHI).add("\n")
    d.add(f"障礙類別：第{r.choice(_CN_NUM[:8])}類，等級{r.choice(['輕度', '中度', '重度'])}。\n")
    guard = g.person()
    x = r.random()
    if x < 0.5:
        d.add("陪同評估者為其母 ").person(guard).add("，電話 ").ent(g.phone(), PHONE).add("。\n")
    else:
        d.add("法定代理人：").person(guard).add("（").ent(g.phone(), PHONE).add("）\n")
    d.add("居住地：").ent(g.address(), ADDRESS).add("\n")
    d.add("評估人員 ").person(g.person("han")).add(" 建議")
    d.add(r.choice(["核發輔具補助", "轉介長照服務", "維持原等級"]) + "。")


def _fishing(g: _Gen, d: _Doc) -> None:
    r = g.r
    port = r.choice(["南方澳", "前鎮", "八斗子", "東港", "新港", "梧棲"])
    d.add(f"{port}漁港進出港檢查紀錄\n")
    boat = f"{r.choice(['順', '福', '金', '滿'])}{r.choice(['發', '興', '豐'])}{r.randint(1, 99)}號"
    d.add(f"漁船 {boat}（CT{r.randint(1, 7)}-{r.randint(1000, 9999)}）{g.time()} 出港\n")
    cap = g.person(r.choice(["han", "han", "ind"]))
    d.add("船長 ").person(cap).add(" 行動電話 ").ent(g.mobile(), PHONE).add("\n")
    d.add("船員名單：\n| 姓名 | 國籍 | 證件號碼 |\n")
    for _ in range(r.randint(2, 4)):
        m = g.person("mig")
        nat = _nationality(m)
        d.add("| ").person(m).add(f" | {nat} | ")
        if r.random() < 0.5:
            d.ent(g.passport(True), PASSPORT)
        else:
            d.ent(g.resident_cert(), RESIDENT_CERT)
        d.add(" |\n")
    d.add(f"檢查結果：人數相符，救生衣{r.randint(6, 20)}件。值勤員 ").person(g.person("han"))


def _wildlife(g: _Gen, d: _Doc) -> None:
    r = g.r
    animal = r.choice(["領角鴞", "穿山甲", "食蟹獴", "鳳頭蒼鷹", "赤腹松鼠", "綠蠵龜"])
    d.add(f"野生動物救傷收容單　物種：{animal}\n")
    finder = g.person()
    x = r.random()
    if x < 0.4:
        d.add("拾獲民眾：").person(finder).add("\n")
    else:
        d.add("本案由民眾").person(finder).add("於住家附近發現，自行送至本站。\n")
    d.add("拾獲地點：").ent(g.address(), ADDRESS).add(r.choice(["旁水溝", "後方空地", "門口"]))
    d.add("\n聯絡方式：").ent(g.phone(), PHONE)
    if r.random() < 0.6:
        d.add("，").ent(g.email(), EMAIL)
    d.add(f"\n傷況：{r.choice(['左翼骨折', '脫水', '疑遭犬隻攻擊', '誤入黏鼠板'])}，")
    d.add(f"體重 {r.randint(80, 4000)} 公克。\n獸醫師 ").person(g.person("han"))
    d.add(" 處置後留站觀察；後續請志工")
    d.persons([g.person(), g.person()], [r.choice(["及", "和", "、"])]).add("輪班照護。")


def _youth(g: _Gen, d: _Doc) -> None:
    r = g.r
    p = g.person(r.choice(["han", "han", "ind", "rom"]))
    d.add("青年就業旗艦計畫　職涯諮詢晤談紀錄\n")
    d.add("受訪青年：").person(p).add(r.choice(["", "（應屆畢業）", "（待業中）"]))
    d.add("\n出生年月日：").ent(g.birth(), BIRTH_DATE).add("\n")
    d.add("E-mail：").ent(g.email(), EMAIL).add("　手機：").ent(g.mobile(), PHONE).add("\n")
    if r.random() < 0.4:
        d.add("身分證字號：").ent(g.national_id(), NATIONAL_ID).add("\n")
    d.add("晤談摘要：").person(p)
    d.add(f"希望從事{r.choice(['行銷企劃', '軟體測試', '餐飲服務', '物流管理'])}，")
    d.add("曾於實習期間受主管")
    d.person(g.person()).add(r.choice(["指導", "推薦", "肯定"]) + "。建議參加職訓課程。\n")
    if r.random() < 0.3:
        d.add("報名費以信用卡（").ent(g.card(), CREDIT_CARD).add("）支付。\n")
    d.add("就業服務員 ").person(g.person("han"))


def _polling(g: _Gen, d: _Doc) -> None:
    r = g.r
    d.add(f"第{r.randint(1, 3000):04d}投開票所　事件紀錄\n")
    d.add("時間    事件\n")
    voter = g.person()
    t1, t2, t3 = g.times(3)
    d.add(f"{t1}   選舉人 ").person(voter).add(" 持身分證（").ent(g.national_id(), NATIONAL_ID)
    d.add("）領票時發現選舉人名冊已蓋章，經主任管理員核對後")
    d.add(r.choice(["補發選票", "請其至選務中心說明", "確認為他人誤蓋"]) + "。\n")
    staff = [g.person("han") for _ in range(r.randint(2, 3))]
    d.add(f"{t2}   管理員 ")
    d.persons(staff, ["、", "及"]).add(" 協助行動不便選舉人投票。\n")
    if r.random() < 0.5:
        d.add(f"{t3}   監察員").person(g.person()).add("表示開票唱票聲量過小，已改善。\n")
    d.add("主任管理員簽名：").person(g.person("han"))
    if r.random() < 0.5:
        d.add("　聯絡電話 ").ent(g.mobile(), PHONE)


def _boundary(g: _Gen, d: _Doc) -> None:
    r = g.r
    sec = r.choice(["新興段", "大埔段", "頂寮段", "中崙段"])
    d.add(f"土地複丈（鑑界）成果紀錄　{sec}{r.randint(1, 999)}-{r.randint(0, 20)}地號\n")
    owners = [g.person(r.choice(["han", "han", "ind"])) for _ in range(r.randint(1, 3))]
    d.add("申請人：").persons(owners, ["、", "及"]).add("\n")
    d.add("通訊地址：").ent(g.address(), ADDRESS).add("\n")
    d.add("身分證統一編號：").ent(g.national_id(), NATIONAL_ID)
    d.add("　電話：").ent(g.landline() if r.random() < 0.5 else g.mobile(), PHONE).add("\n")
    nb = g.person()
    d.add("鄰地所有權人").person(nb).add(r.choice(["到場指界", "未到場", "委託代理人到場"]))
    d.add(f"，現場埋設界標{r.randint(2, 8)}支。\n測量員：").person(g.person("han"))


def _comment(g: _Gen, d: _Doc) -> None:
    r = g.r
    p = g.person()
    topic = r.choice(["公園兒童遊具更新", "夜間路燈", "垃圾車收運時間", "社區巴士路線"])
    d.add(f"公共政策網路參與平臺　意見編號 {r.randint(10000, 99999)}\n")
    d.add(r.choice(["市長您好：\n", "承辦人員您好，\n", "您好：\n"]))
    d.add(f"我住在附近，針對{topic}提出建議。")
    if r.random() < 0.5:
        d.add("鄰居").person(g.person()).add("也有同樣困擾。")
    d.add("希望儘速改善。\n")
    sign = r.random()
    if sign < 0.4:
        d.add("\n").person(p).add(" 敬上\n")
    elif sign < 0.7:
        d.add("\n—— ").person(p).add("\n")
    else:
        d.add("\n陳情人：").person(p).add("\n")
    d.add("聯絡信箱：").ent(g.email(), EMAIL)
    if r.random() < 0.5:
        d.add("\n電話：").ent(g.phone(), PHONE)
    if r.random() < 0.3:
        d.add("\n住址：").ent(g.address(), ADDRESS)


def _greeting_letter(g: _Gen, d: _Doc) -> None:
    """A reply letter: names in greetings and as objects, a birth date in running text."""
    r = g.r
    p = g.person()
    d.person(p).add(f"{g.honor(p)}您好：\n")
    d.add("有關您申請之案件，經查您（")
    d.ent(g.birth(), BIRTH_DATE).add(r.choice(["生", "出生"]) + "）符合資格，")
    d.add("本所已通知").person(g.person()).add("於三日內與您聯繫。")
    if r.random() < 0.5:
        d.add("如有疑問，可洽原經辦人").person(g.person("han")).add("。")
    d.add("\n收件地址：").ent(g.address(), ADDRESS)
    if r.random() < 0.3:
        d.add("\n健保卡號 ").ent(g.nhi(), NHI)


_GENRES: list[_Builder] = [
    _ambulance,
    _customs,
    _water,
    _cram,
    _funeral,
    _night_market,
    _disability,
    _fishing,
    _wildlife,
    _youth,
    _polling,
    _boundary,
    _comment,
    _greeting_letter,
]

# ---------------------------------------------------------------------------------------------
# Hard negatives: only look-alikes (numbers, brands, streets, titles, surname-initial words).
# ---------------------------------------------------------------------------------------------
_NEG_OPENERS = [
    "緊急救護出勤統計",
    "旅客入境查驗月報",
    "水表校驗作業說明",
    "補習班稽查彙整",
    "喪葬補助核銷說明",
    "夜市攤位展延公告",
    "身心障礙證明換證作業",
    "漁港進出港管制公告",
    "野生動物救傷月報",
    "青年就業計畫說明會紀要",
    "投開票所設置公告",
    "土地鑑界作業須知",
    "公共政策網路參與回應",
]
_NEG_BRANDS = ["張君雅小妹妹點心麵", "林鳳營鮮乳", "郭元益喜餅", "黑松汽水", "義美小泡芙"]
_NEG_BRANDS += ["大同電鍋", "王品牛排餐券", "李製餅家鳳梨酥", "吳記餅店綠豆椪"]
_NEG_PLACES = ["林口長庚醫院", "高雄榮總", "王功漁港", "林邊鄉", "石門水庫", "曾文水庫"]
_NEG_PLACES += ["高美濕地", "黃金海岸", "古坑鄉", "馬公港", "白沙灣", "陳德星堂", "黃氏宗親會會館"]
_NEG_STREETS = ["林森北路", "中山路", "羅斯福路", "民權路", "逸仙路", "建國北路", "中正路"]
_NEG_STREETS += ["光復南路", "信義路", "成功路"]
_NEG_TITLES = ["值班消防員", "關務員", "稽查員", "里長", "里幹事", "社工員", "獸醫師", "船長"]
_NEG_TITLES += ["主任管理員", "監察員", "測量員", "檢傷護理師", "市場管理員", "就業服務員"]
_NEG_WORDS = ["陳列室", "黃昏市場", "周邊道路", "游泳池", "江邊步道", "洪水", "石虎", "藍鵲"]
_NEG_WORDS += ["楊桃園", "方便門", "曾經", "連續假期", "程序", "田埂", "葉片", "許可證", "張貼"]
_NEG_SURNAME_ONLY = ["王姓男子", "林姓婦人", "陳姓船員", "黃姓攤商", "張姓里民", "李姓家屬"]
_NEG_FIRMS = [
    "順發水電行",
    "大林漁具行",
    "金豐資訊有限公司",
    "福興營造股份有限公司",
    "永安殯葬禮儀社",
]
_NEG_LAWS = ["個人資料保護法第6條", "消防法第21條之1", "漁業法第10條", "補習及進修教育法第9條"]
_NEG_LAWS += ["身心障礙者權益保障法第6條", "野生動物保育法第18條", "公職人員選舉罷免法第57條"]


def _neg_pick(g: _Gen, items: list[str], k: int = 2) -> list[str]:
    return g.r.sample(items, k)


_NEG_SENTENCES: list[Callable[[_Gen], str]] = [
    lambda g: f"依{g.doc_no(g.r.choice(['府授消', '北機旅', '水營', '教終', '社助']))}函辦理。",
    lambda g: f"案件編號 {g.r.randint(110, 114)}-{g.r.randint(1, 99999):05d}，已結案。",
    lambda g: f"承攬廠商{g.r.choice(_NEG_FIRMS)}（統一編號 {g.company_ban()}）已完成驗收。",
    lambda g: f"營業人{g.r.choice(_NEG_FIRMS)}，統編{g.company_ban()}，依約請款。",
    lambda g: f"依{g.r.choice(_NEG_LAWS)}規定辦理。",
    lambda g: f"本月補助金額合計{g.amount()}，較上月增加{g.r.randint(2, 40)}%。",
    lambda g: (
        f"會議訂於{g.roc_date()}下午{g.r.randint(1, 5)}時"
        f"於{g.r.choice(['三樓會議室', '大禮堂', '第二會議室'])}召開。"
    ),
    lambda g: "現場位於{}與{}口，請勿臨時停車。".format(*_neg_pick(g, _NEG_STREETS)),
    lambda g: "攤商販售{}及{}者，須張貼價格標示。".format(*_neg_pick(g, _NEG_BRANDS)),
    lambda g: "{}與{}均表示不願提供個人資料，由{}代為說明。".format(
        *_neg_pick(g, _NEG_SURNAME_ONLY), g.r.choice(_NEG_TITLES)
    ),
    lambda g: "{}、{}及{}皆應配戴識別證。".format(*_neg_pick(g, _NEG_TITLES, 3)),
    lambda g: "{}與{}周邊同步管制。".format(*_neg_pick(g, _NEG_WORDS)),
    lambda g: f"{g.r.choice(['石虎', '黃鼠狼', '藍鵲', '穿山甲'])}救傷案件，請通報林業保育署。",
    lambda g: f"許可證有效期限至{g.roc_date()}，逾期須重新申請。",
    lambda g: f"本辦法自{g.roc_date()}起生效。",
    lambda g: (
        f"事故發生日期：{g.r.randint(110, 114)}/{g.r.randint(1, 12):02d}/{g.r.randint(1, 28):02d}。"
    ),
    lambda g: f"本次共受理{g.r.randint(3, 300)}件，其中{g.r.randint(1, 3)}件退件補正。",
    lambda g: f"漁船編號 CT{g.r.randint(1, 7)}-{g.r.randint(1000, 9999)} 已完成檢查。",
    lambda g: (
        f"測量員依地籍圖於{g.r.choice(['新興段', '大埔段', '頂寮段'])}"
        f"{g.r.randint(1, 999)}-{g.r.randint(1, 20)}地號埋設界標。"
    ),
    lambda g: "{}、{}之活動，請參閱觀光局網站。".format(*_neg_pick(g, _NEG_PLACES)),
    lambda g: f"傷患送往{g.r.choice(_NEG_PLACES[:2])}，由{g.r.choice(_NEG_TITLES)}交接。",
    lambda g: f"表號 K{g.r.randint(10, 99)}-{g.r.randint(1000, 9999)} 之水表送驗結果合格。",
    lambda g: f"申請人應檢附戶籍謄本及{g.r.choice(['診斷證明書', '死亡證明書', '切結書'])}正本。",
    lambda g: "曾經反映之洪水問題，已由工務段一併改善。",
    lambda g: (
        f"車號 {g.r.choice(['ABC', 'KLM', 'RAB'])}-{g.r.randint(1000, 9999)} 違規停車已舉發。"
    ),
    lambda g: (
        f"班機 {g.r.choice(['BR', 'CI', 'JX'])}{g.r.randint(100, 899)} "
        f"旅客共{g.r.randint(90, 300)}人。"
    ),
    lambda g: f"第{g.r.randint(1, 3000):04d}投開票所設於{g.r.choice(_NEG_STREETS)}活動中心。",
    lambda g: (
        f"體重 {g.r.randint(80, 4000)} 公克，體溫 {g.r.randint(35, 40)}.{g.r.randint(0, 9)} 度。"
    ),
]


def _hard_negative(g: _Gen, d: _Doc) -> None:
    r = g.r
    d.add(r.choice(_NEG_OPENERS) + f"（{g.roc_date()}）\n")
    picks = r.sample(_NEG_SENTENCES, r.randint(3, 6))
    for i, make in enumerate(picks):
        d.add(f"{_CN_NUM[i]}、" if r.random() < 0.5 else "")
        d.add(make(g) + "\n")
    if r.random() < 0.4:
        d.add(f"承辦單位：{r.choice(['救護科', '旅檢組', '營業課', '社會救助科', '地政課'])}")


def generate_heldout10(n: int = 2000, seed: int = 113) -> tuple[list[Sample], list[str]]:
    """Return ``n`` labelled samples and the "known names" list a dataset's name column holds.

    About a quarter of the samples are hard negatives (look-alikes only, no spans). Half of
    the PERSON mentions are drawn from the known list; the others appear in no list, and the
    list also holds names that no text mentions, as a real name column would.
    """
    g = _Gen(n, seed)
    samples: list[Sample] = []
    # An exact quarter of hard negatives (shuffled), so the share does not drift with the seed.
    n_negative = round(n * 0.25)
    mask = [True] * n_negative + [False] * (n - n_negative)
    g.r.shuffle(mask)
    for negative in mask:
        for _attempt in range(200):
            d = _Doc()
            if negative:
                _hard_negative(g, d)
            else:
                g.r.choice(_GENRES)(g, d)
            text = d.text()
            if not _stray(text, d.spans, g.known3):
                break
        else:  # pragma: no cover - the builders are written so this does not happen
            raise RuntimeError("could not draw a text without stray identifiers")
        samples.append(Sample(text, d.spans, negative, d.known))
    names = sorted(g.all_known)
    g.r.shuffle(names)
    return samples, names
