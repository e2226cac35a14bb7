"""Held-out evaluation set 60: synthetic Traditional-Chinese free text with gold spans.

Written without looking at the scanner (its recognizers, patterns, word lists or earlier
evaluation sets): only the ``Sample`` dataclass and the checksum helpers in
``pipelines.deid.identifiers`` were read. Every value is invented; IDs and card numbers are
made to pass the checksums.

Genres (six), each in many registers (公文 sentences, terse case-log notes, transcribed phone
calls, LINE chat lines, pasted e-mails, labelled forms, tab / CSV / space-aligned tables,
numbered rosters, English mixed into Chinese):

1. 家暴庇護安置: emergency-shelter placements after domestic violence;
2. 新住民子女獎學金面談: scholarship interviews of Indigenous and new-immigrant children;
3. 駕照體檢、吊扣: driving-licence medical checks and suspensions;
4. 退稅、溢繳退費: tax refunds and returns of wrong payments;
5. 館際借書、遺失賠償: public-library interlibrary loans and lost-item compensation;
6. 工廠職災檢查: workplace-injury inspections at factories with migrant workers.

About a quarter of the samples are hard negatives: no personal data at all, but document
numbers, company 統一編號 with valid checksums, case numbers, statute articles, amounts,
ordinary dates, hotlines, place and organisation names and words starting with surname
characters. ``generate_heldout60`` also returns a "known names" list (as a dataset's own name
column would hold): about half of the PERSON spans are in it, and it holds names never used.
"""

import random
import re
import string
import unicodedata
from typing import NamedTuple

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, nhi, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

# ---------------------------------------------------------------------------------------------
# Text assembly: a sample is a list of parts, plain strings or labelled values.


class _V(NamedTuple):
    """A labelled value placed in the text."""

    text: str
    label: str
    known: bool = False


_Part = str | _V
_FMT = string.Formatter()


def fill(template: str, **values: str | _V) -> list[_Part]:
    """Split ``template`` at ``{name}`` fields; a field's value is plain text or a span."""
    parts: list[_Part] = []
    for literal, field, _spec, _conv in _FMT.parse(template):
        if literal:
            parts.append(literal)
        if field is not None:
            parts.append(values[field])
    return parts


def render(parts: list[_Part], negative: bool) -> Sample:
    text: list[str] = []
    spans: list[tuple[int, int, str]] = []
    known: list[bool] = []
    pos = 0
    for p in parts:
        if isinstance(p, _V):
            spans.append((pos, pos + len(p.text), p.label))
            if p.label == "PERSON":
                known.append(p.known)
            text.append(p.text)
            pos += len(p.text)
        else:
            text.append(p)
            pos += len(p)
    return Sample(text="".join(text), spans=spans, hard_negative=negative, known_person=known)


# ---------------------------------------------------------------------------------------------
# Self-check: no checksum-valid identifier, card, e-mail or mobile outside the gold spans.

_ID_RE = re.compile(r"(?=([A-Z][A-Z0-9]\d{8}))")
_CC_RE = re.compile(r"(?<!\d)\d(?:[ \-]?\d){12,18}(?!\d)")
_MAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_MOB_RE = re.compile(r"(?<!\d)(?:\+886[\s\-]?|0)9\d{2}[\s\-]?\d{3}[\s\-]?\d{3}(?!\d)")


def _norm(text: str) -> str:
    out = []
    for ch in text:
        n = unicodedata.normalize("NFKC", ch).upper()
        out.append(n if len(n) == 1 else ch)
    return "".join(out)


def is_clean(sample: Sample) -> bool:
    """Whether nothing that looks like a personal value lies outside the spans."""
    norm = _norm(sample.text)

    def outside(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b, _ in sample.spans)

    for m in _ID_RE.finditer(norm):
        v, s = m.group(1), m.start()
        if (twid.is_valid(v) or arc.is_valid(v)) and outside(s, s + 10):
            return False
    for m in _CC_RE.finditer(norm):
        if creditcard.is_valid(m.group()) and outside(m.start(), m.end()):
            return False
    for m in _MAIL_RE.finditer(norm):
        if outside(m.start(), m.end()):
            return False
    for m in _MOB_RE.finditer(norm):
        if phone.is_mobile(m.group()) and outside(m.start(), m.end()):
            return False
    return True


def _words(text: str, sep: str | None = None) -> list[str]:
    """A word list written as one string (keeps long pools compact)."""
    return text.split(sep)


# ---------------------------------------------------------------------------------------------
# Name pools (invented combinations; no real person is meant).

_SURNAMES = list(
    "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀姚連馮歐程湯黃田康姜白汪鄒尤巫鐘龔嚴韓袁金童陸夏柳邵錢"
)
_COMPOUND = ["歐陽", "張簡", "范姜", "張廖", "司徒", "上官", "諸葛", "端木", "夏侯", "東方"]
_GIVEN1 = list(
    "淑美雅怡佩詩宜家欣筱靜秀麗玉月素惠志建俊承冠宗文國明柏子宇品炳金正育昱嘉韋彥信孟芷語沛"
)
_GIVEN2 = list("芬玲婷君珊涵蓁瑜怡宜英華惠蘭娥珍明宏傑翰宇豪雄榮德均軒辰睿坤水廷恩妤萱庭潔卉霖杰翔")
_SINGLE_GIVEN = list("強蔚薇勇蓉傑寧瑋翔敏慧琪")

_INDIG_A = _words(
    "瓦旦 比令 尤命 馬耀 巴奈 拉娃 伊娜 烏杜 嘎照 達努巴克 阿道 撒韻 哈尤 伊萬 莎韻 "
    "優席夫 吉娃斯 古阿莎 拉罕 沙力浪 谷拉斯 葛斯 芭翁 阿洛 法拉 吉拉"
)
_INDIG_B = _words(
    "吉洛 巴萬 達利 谷幸 索伊 拉拜 帖木 哈勇 基朗 卡造 瓦歷斯 魯道 阿布 那都 多奧 "
    "尤幹 撒都 馬紹 伊斯坦大 卡夫特 阿將 羅法思 巴尚"
)
_INDIG_RA = _words(
    "Walis Pisuy Yukan Temu Batu Lawa Sayun Iwan Payan Hana Ciwas Apay Kacaw Panay "
    "Mayaw Ngahuy Tanivu Lavakaw Umav Dagu Afas Sra Muni Langus"
)
_INDIG_RB = _words(
    "Basaw Watan Tali Nomin Piho Kumud Hayung Pawan Kalitang Istanda Sawmah Ljaljeng "
    "Lupe Tokong Sumi Ispalakan Takisvilainan Dongi Buya Ukah"
)

_VN_SUR = ["阮", "陳", "黎", "范", "武", "黃", "鄧", "裴", "吳", "胡", "杜", "潘"]
_VN_GIVEN = _words(
    "秋香 梅 蓮 玉蘭 清水 紅 芳 春 翠 金鳳 雄 勇 德 明 氏草 垂容 海燕 美幸 碧玄 文松 玉瓊 青竹"
)
_VN_LSUR = _words("Nguyen Tran Le Pham Hoang Vu Dang Bui Do Ngo Duong Ly Trinh")
_VN_LGIVEN = _words(
    "Lan,Hoa,Mai,Thu Ha,Huong,Trang,Tuan,Hung,Linh,Phuong,Nga,Yen,Thanh Tam,Kim Oanh,"
    "Bich Ngoc,Van Nam,Duc Anh,Thao",
    ",",
)
_ID_FIRST = _words(
    "Siti Sri Dewi Nur Eka Rina Yuli Wulan Ani Budi Agus Joko Rudi Indah Fitri Ratna "
    "Suparmi Tuti Endang Lilis"
)
_ID_LAST = _words(
    "Aminah Rahayu Lestari Wahyuni Hasanah Susanti Setiawan Santoso Kurniawan "
    "Purnamasari Handayani Maulida Sulastri Wijayanti Nurjanah"
)
_ID_HAN_A = _words("絲蒂 詩莉 德薇 努兒 伊卡 莉娜 尤莉 烏蘭 阿妮 布迪 阿古斯 印達 菲特莉 拉娜 蒂蒂")
_ID_HAN_B = _words("阿米娜 拉哈尤 萊斯塔莉 瓦尤妮 哈莎娜 蘇珊蒂 塞蒂亞萬 桑托索 漢達亞妮 蘇拉絲蒂")
_PH_FIRST = _words(
    "Maria,Jocelyn,Rowena,Mary Grace,Marites,Jerome,Mark Anthony,Rodel,Analyn,Cherry,"
    "Joy,Rhea,Jonalyn,Ronnie,Arnel,Liza",
    ",",
)
_PH_LAST = _words(
    "Dela Cruz,Santos,Reyes,Bautista,Garcia,Mendoza,Villanueva,Aquino,Ramos,Pascual,"
    "Manalo,Dizon,Castillo,Tolentino",
    ",",
)
_PH_HAN_A = ["瑪莉亞", "喬瑟琳", "蘿薇娜", "瑪莉絲", "傑羅姆", "安娜琳", "雪莉", "蕾雅", "麗莎"]
_PH_HAN_B = ["桑托斯", "雷耶斯", "包蒂斯塔", "賈西亞", "曼多薩", "拉莫斯", "帕斯瓜", "狄松"]
_TH_FIRST = _words(
    "Somchai Somsak Suda Nattaya Kittipong Wanida Prasert Malee Anong Boonmee Sombat "
    "Chaiwat Pranee Thongchai Jintana"
)
_TH_LAST = _words(
    "Srisuk Wongsawat Chaiyaporn Saelim Phromma Kaewmanee Thongdee Intarasuk "
    "Boonyarit Sangthong Rattanakul"
)
_TH_HAN_A = ["頌猜", "宋薩", "蘇達", "納塔雅", "吉迪蓬", "萬妮達", "巴色", "瑪莉", "阿儂", "汶米"]
_TH_HAN_B = ["西素", "翁薩瓦", "蔡雅蓬", "賽林", "蓬瑪", "通迪", "英塔拉素"]

_DOTS = ("‧", "·")

# kind -> weight for an unspecified person
_KINDS = {
    "han": 50,
    "compound": 4,
    "married": 6,
    "indig": 7,
    "indig_rom": 4,
    "vn_han": 5,
    "vn_lat": 5,
    "id_lat": 4,
    "id_han": 3,
    "ph_lat": 3,
    "ph_han": 2,
    "th_lat": 3,
    "th_han": 2,
}
_GROUPS = {
    "tw": ["han", "han", "han", "han", "compound", "married"],
    "adult_tw": ["han", "han", "han", "compound", "married", "married"],
    "indig": ["indig", "indig", "indig_rom"],
    "migrant": ["vn_han", "vn_lat", "id_lat", "id_han", "ph_lat", "ph_han", "th_lat", "th_han"],
    "spouse": ["vn_han", "vn_han", "vn_lat", "id_lat", "id_han", "ph_lat", "th_han"],
    "latin": ["vn_lat", "id_lat", "ph_lat", "th_lat", "indig_rom"],
    "foreign_latin": ["vn_lat", "id_lat", "ph_lat", "th_lat"],
}


def _make_name(rng: random.Random, kind: str) -> str:
    c = rng.choice
    if kind == "han":
        if rng.random() < 0.1:
            return c(_SURNAMES) + c(_SINGLE_GIVEN)
        return c(_SURNAMES) + c(_GIVEN1) + c(_GIVEN2)
    if kind == "compound":
        return c(_COMPOUND) + c(_GIVEN1) + c(_GIVEN2)
    if kind == "married":
        return c(_SURNAMES) + c(_SURNAMES) + c(_GIVEN1) + c(_GIVEN2)
    if kind == "indig":
        return c(_INDIG_A) + c(_DOTS) + c(_INDIG_B)
    if kind == "indig_rom":
        return c(_INDIG_RA) + " " + c(_INDIG_RB)
    if kind == "vn_han":
        return c(_VN_SUR) + c(["氏", "氏", "文", "玉"]) + c(_VN_GIVEN).removeprefix("氏")
    if kind == "vn_lat":
        name = f"{c(_VN_LSUR)} {c(['Thi', 'Thi', 'Van', 'Ngoc'])} {c(_VN_LGIVEN)}"
        return name.upper() if rng.random() < 0.3 else name
    if kind == "id_lat":
        if rng.random() < 0.2:
            return c(_ID_FIRST) + c(["yah", "nah", "mi", "ati"])
        return f"{c(_ID_FIRST)} {c(_ID_LAST)}"
    if kind == "id_han":
        return c(_ID_HAN_A) + c(_DOTS) + c(_ID_HAN_B)
    if kind == "ph_lat":
        name = f"{c(_PH_FIRST)} {c(_PH_LAST)}"
        return name.upper() if rng.random() < 0.2 else name
    if kind == "ph_han":
        return c(_PH_HAN_A) + c(_DOTS) + c(_PH_HAN_B)
    if kind == "th_lat":
        return f"{c(_TH_FIRST)} {c(_TH_LAST)}"
    if kind == "th_han":
        return c(_TH_HAN_A) + (c(_DOTS) + c(_TH_HAN_B) if rng.random() < 0.6 else "")
    raise ValueError(kind)


# ---------------------------------------------------------------------------------------------
# Value generators.

_WIDE = {ord(ch): chr(ord(ch) + 0xFEE0) for ch in string.digits + string.ascii_letters + "-@.()+#/"}
_WIDE_DIGITS = {ord(ch): chr(ord(ch) + 0xFEE0) for ch in string.digits + "F"}
_ID_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYZWIO"
_ID_LETTER_WEIGHTS = [9] * 23 + [1, 1, 1]

_CITIES = {
    "臺北市": ["中正區", "大同區", "萬華區", "文山區", "北投區", "內湖區", "士林區"],
    "新北市": ["板橋區", "三重區", "中和區", "新莊區", "樹林區", "汐止區", "土城區", "烏來區"],
    "桃園市": ["中壢區", "平鎮區", "八德區", "龜山區", "觀音區", "復興區", "大園區"],
    "臺中市": ["大甲區", "豐原區", "太平區", "西屯區", "南屯區", "和平區", "大里區"],
    "臺南市": ["永康區", "安南區", "新營區", "佳里區", "仁德區"],
    "高雄市": ["鳳山區", "前鎮區", "小港區", "岡山區", "那瑪夏區", "三民區", "大寮區"],
    "基隆市": ["七堵區", "仁愛區", "安樂區"],
    "新竹縣": ["竹北市", "湖口鄉", "尖石鄉", "新豐鄉"],
    "苗栗縣": ["頭份市", "竹南鎮", "泰安鄉", "苑裡鎮"],
    "彰化縣": ["彰化市", "鹿港鎮", "和美鎮", "員林市", "芬園鄉"],
    "南投縣": ["埔里鎮", "仁愛鄉", "信義鄉", "草屯鎮"],
    "雲林縣": ["斗六市", "虎尾鎮", "麥寮鄉", "西螺鎮"],
    "嘉義縣": ["民雄鄉", "阿里山鄉", "水上鄉"],
    "嘉義市": ["東區", "西區"],
    "屏東縣": ["屏東市", "潮州鎮", "來義鄉", "三地門鄉", "東港鎮", "牡丹鄉"],
    "宜蘭縣": ["羅東鎮", "南澳鄉", "蘇澳鎮", "大同鄉"],
    "花蓮縣": ["花蓮市", "吉安鄉", "秀林鄉", "萬榮鄉", "玉里鎮", "光復鄉"],
    "臺東縣": ["臺東市", "卑南鄉", "延平鄉", "達仁鄉", "成功鎮", "金峰鄉"],
}
_ROADS = _words(
    "中山路 中正路 民生路 復興路 光復路 建國路 和平東路 忠孝街 信義街 自強街 成功路 "
    "文化路 仁愛路 民族路 大同街 環河街 博愛路 三民路 公館路 員林大道 中華路 永安街 "
    "福德街 興南街 育英路 工業一路 頂埔街 新興路 明德街 崇德路"
)
_VILLAGES = [
    "桃源村",
    "美和村",
    "秀林村",
    "復興里",
    "中興里",
    "東榮里",
    "大安村",
    "平和村",
    "新生里",
]
_CN_NUM = "一二三四五"


class _Ctx:
    """Random source, name pools and value generators of one generated set."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self.rng = rng
        self.pools: dict[str, list[str]] = {}
        self.kind_of: dict[str, str] = {}
        reserved: list[str] = []
        taken: set[str] = set()
        for kind, weight in _KINDS.items():
            size = max(3, round(n * weight / 100 * 0.3))
            pool = self._fresh_names(kind, size, taken)
            self.pools[kind] = pool
            reserved += self._fresh_names(kind, max(1, size // 6), taken)
        self.known = [x for pool in self.pools.values() for x in pool] + reserved
        rng.shuffle(self.known)
        self.known_set = set(self.known)

    def _fresh_names(self, kind: str, size: int, taken: set[str]) -> list[str]:
        out: list[str] = []
        for _ in range(size * 50):
            if len(out) == size:
                break
            name = _make_name(self.rng, kind)
            if name not in taken:
                taken.add(name)
                out.append(name)
                self.kind_of[name] = kind
        return out

    # -- helpers ------------------------------------------------------------------------------
    def pick(self, seq):  # any sequence
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, k: int, first: str = string.digits) -> str:
        return self.rng.choice(first) + "".join(
            self.rng.choice(string.digits) for _ in range(k - 1)
        )

    def wide(self, value: str, p: float = 0.13, digits_only: bool = False) -> str:
        if self.rng.random() >= p:
            return value
        return value.translate(_WIDE_DIGITS if digits_only else _WIDE)

    # -- persons ------------------------------------------------------------------------------
    def person(self, group: str | None = None) -> _V:
        if group is None:
            kind = self.rng.choices(list(_KINDS), weights=list(_KINDS.values()))[0]
        elif group in _KINDS:
            kind = group
        else:
            kind = self.pick(_GROUPS[group])
        if self.chance(0.5) and self.pools[kind]:
            return _V(self.pick(self.pools[kind]), "PERSON", True)
        for _ in range(200):
            name = _make_name(self.rng, kind)
            if name not in self.known_set:
                self.kind_of.setdefault(name, kind)
                return _V(name, "PERSON", False)
        return _V(self.pick(self.pools[kind]), "PERSON", True)

    def people(self, k: int, group: str | None = None) -> list[_V]:
        out: list[_V] = []
        while len(out) < k:
            p = self.person(group)
            if all(p.text != q.text for q in out):
                out.append(p)
        return out

    # -- identifiers --------------------------------------------------------------------------
    def id_raw(self) -> str:
        letter = self.rng.choices(_ID_LETTERS, weights=_ID_LETTER_WEIGHTS)[0]
        d8 = self.pick("12") + self.digits(7)
        value = letter + d8 + id_check_digit(letter, d8)
        assert twid.is_valid(value)
        return value

    def twid(self) -> _V:
        value = self.id_raw()
        if self.chance(0.04):
            value = value.lower()
        return _V(self.wide(value), "TW_NATIONAL_ID")

    def id_for(self, person: _V) -> _V:
        """The ID a person would hold: a resident certificate for foreign nationals."""
        return self.arc() if self.kind_of.get(person.text, "han") in _NAT else self.twid()

    def arc(self) -> _V:
        letter = self.rng.choices(_ID_LETTERS, weights=_ID_LETTER_WEIGHTS)[0]
        if self.chance(0.6):
            d8 = self.pick("89") + self.digits(7)
            value = letter + d8 + id_check_digit(letter, d8)
        else:
            second = self.pick("ABCD")
            tail7 = self.digits(7)
            check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail7)
            value = letter + second + tail7 + check
        assert arc.is_valid(value)
        return _V(self.wide(value), "TW_RESIDENT_CERT")

    def mobile_raw(self) -> str:
        while True:
            raw = "09" + self.digits(8)
            if phone.is_mobile(raw):
                return raw

    def phone(self, mobile: float = 0.7) -> _V:
        if self.chance(mobile):
            m = self.mobile_raw()
            forms = [
                m,
                f"{m[:4]}-{m[4:7]}-{m[7:]}",
                f"{m[:4]}-{m[4:]}",
                f"{m[:4]} {m[4:7]} {m[7:]}",
                f"+886-{m[1:4]}-{m[4:7]}-{m[7:]}",
                f"+886 {m[1:]}",
                f"({m[:4]}){m[4:]}",
            ]
            value = self.rng.choices(forms, weights=[10, 12, 4, 6, 2, 2, 1])[0]
        else:
            area, local = self.pick(
                [
                    ("02", 8),
                    ("03", 7),
                    ("037", 6),
                    ("04", 8),
                    ("049", 7),
                    ("05", 7),
                    ("06", 7),
                    ("07", 7),
                    ("08", 7),
                    ("089", 6),
                    ("038", 6),
                ]
            )
            num = self.digits(local, "23456789")
            cut = 4 if local == 8 else 3
            forms = [
                f"({area}){num[:cut]}-{num[cut:]}",
                f"{area}-{num}",
                f"{area}-{num[:cut]}-{num[cut:]}",
                f"({area}) {num}",
                area + num,
            ]
            value = self.pick(forms)
            if self.chance(0.15):
                value += f"#{self.digits(self.pick([2, 3]), '123456789')}"
        assert phone.is_valid(value) or phone.is_plausible(value)
        return _V(self.wide(value), "PHONE")

    def email(self, hint: str = "") -> _V:
        base = re.sub(r"[^a-z]", "", hint.lower())[:10]
        if not base:
            base = self.pick(
                [
                    "amy",
                    "jenny",
                    "kevin",
                    "ahua",
                    "meimei",
                    "xiaoyu",
                    "lan",
                    "tina",
                    "hsu",
                    "yuki",
                    "happy",
                    "sunny",
                    "lily",
                    "peggy",
                    "lulu",
                    "jasper",
                    "ching",
                ]
            )
        sep = self.pick(["", ".", "_", ""])
        tail = self.pick([self.digits(2), self.digits(4, "12"), self.digits(3), "tw", ""])
        local = base + (sep + tail if tail else "")
        domain = self.pick(
            [
                "gmail.com",
                "gmail.com",
                "yahoo.com.tw",
                "hotmail.com",
                "outlook.com",
                "msa.hinet.net",
                "ms45.hinet.net",
                "icloud.com",
                "yahoo.com",
                "pchome.com.tw",
            ]
        )
        return _V(self.wide(f"{local}@{domain}", p=0.08), "EMAIL")

    def address(self) -> _V:
        city = self.pick(list(_CITIES))
        district = self.pick(_CITIES[city])
        if city.startswith("臺") and self.chance(0.4):
            city = "台" + city[1:]
        value = city + district
        if self.chance(0.25):
            value += self.pick(_VILLAGES)[:-1] + ("村" if district.endswith("鄉") else "里")
            if self.chance(0.6):
                value += f"{self.rng.randint(1, 24)}鄰"
        value += self.pick(_ROADS)
        if value.endswith("路") and self.chance(0.3):
            value += self.pick(_CN_NUM) + "段"
        if self.chance(0.4):
            value += f"{self.rng.randint(1, 420)}巷"
            if self.chance(0.3):
                value += f"{self.rng.randint(1, 30)}弄"
        value += str(self.rng.randint(1, 300))
        if self.chance(0.15):
            value += f"之{self.rng.randint(1, 9)}"
        value += "號"
        if self.chance(0.45):
            fl = self.rng.randint(2, 15)
            value += self.pick([f"{fl}樓", f"{fl}F", f"{fl}樓之{self.rng.randint(1, 6)}"])
        if self.chance(0.2):
            value = self.digits(3, "1234789") + self.pick(["", " "]) + value
        return _V(self.wide(value, digits_only=True), "ADDRESS")

    def nhi(self) -> _V:
        raw = self.pick(["0000", "0000", "0001"]) + self.digits(8)
        value = self.pick(
            [raw, f"{raw[:4]}-{raw[4:8]}-{raw[8:]}", f"{raw[:4]} {raw[4:8]} {raw[8:]}"]
        )
        assert nhi.is_valid(value)
        return _V(self.wide(value), "TW_NHI_CARD")

    def passport(self, nationality: str = "") -> _V:
        nationality = nationality or self.pick(["TW", "VN", "ID", "PH", "TH"])
        while True:
            if nationality == "TW":
                value = self.digits(9, "3")
            elif nationality == "VN":
                value = self.pick("CBN") + self.digits(7)
            elif nationality == "ID":
                value = self.pick(["A", "B", "C", "X", "E"]) + self.digits(7)
            elif nationality == "PH":
                value = self.pick(["P" + self.digits(7) + self.pick("ABC"), "EC" + self.digits(7)])
            else:
                value = self.pick(["AA", "AB", "A"]) + self.digits(7)
            if not twid.is_valid(value) and not arc.is_valid(value):
                return _V(self.wide(value), "PASSPORT")

    def card(self) -> _V:
        kind = self.pick(["visa", "visa", "master", "jcb", "amex", "union"])
        if kind == "visa":
            body, length = "4" + self.digits(5), 16
        elif kind == "master":
            body, length = "5" + self.pick("12345") + self.digits(4), 16
        elif kind == "jcb":
            body, length = "35" + self.digits(4), 16
        elif kind == "amex":
            body, length = "3" + self.pick("47") + self.digits(4), 15
        else:
            body, length = "62" + self.digits(4), 16
        body += self.digits(length - 1 - len(body))
        for d in string.digits:
            if creditcard.luhn_ok(body + d):
                raw = body + d
                break
        if length == 15:
            grouped = f"{raw[:4]} {raw[4:10]} {raw[10:]}"
        else:
            grouped = " ".join(raw[i : i + 4] for i in range(0, 16, 4))
        value = self.pick([raw, grouped, grouped.replace(" ", "-")])
        assert creditcard.is_valid(value)
        return _V(self.wide(value), "CREDIT_CARD")

    def dob(self, lo: int = 1950, hi: int = 2004) -> _V:
        y = self.rng.randint(lo, hi)
        m = self.rng.randint(1, 12)
        d = self.rng.randint(1, 28)
        r = y - 1911
        forms = [
            f"民國{r}年{m}月{d}日",
            f"{r}年{m}月{d}日",
            f"{r}.{m:02d}.{d:02d}",
            f"{r:03d}/{m:02d}/{d:02d}",
            f"民{r}.{m}.{d}",
            f"{y}年{m}月{d}日",
            f"{y}/{m:02d}/{d:02d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{y}.{m}.{d}",
        ]
        return _V(self.wide(self.pick(forms), digits_only=True), "BIRTH_DATE")

    def kid_dob(self) -> _V:
        return self.dob(2007, 2017)

    # -- non-personal filler ------------------------------------------------------------------
    def date(self, roc: float = 0.7) -> str:
        y = self.rng.randint(2022, 2025)
        m, d = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if self.chance(roc):
            return self.pick(
                [f"{y - 1911}年{m}月{d}日", f"{y - 1911}/{m:02d}/{d:02d}", f"{y - 1911}.{m}.{d}"]
            )
        return self.pick([f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{m}/{d}"])

    def time(self) -> str:
        h, mi = self.rng.randint(7, 23), self.rng.randint(0, 59)
        return self.pick([f"{h:02d}:{mi:02d}", f"{h}:{mi:02d}", f"{h}時{mi}分"])

    def year(self) -> int:
        return self.rng.randint(111, 114)

    def amount(self, lo: int = 200, hi: int = 90000) -> str:
        v = self.rng.randint(lo, hi)
        return self.pick([f"新臺幣{v:,}元", f"{v:,}元", f"NT${v:,}", f"{v}元", f"新台幣{v:,}元整"])

    def ban(self) -> str:
        while True:
            value = self.digits(8, "123456789")
            if ban.is_valid(value):
                return value

    def docno(self, genre: int | None = None) -> str:
        heads = [
            ["府社家字", "府授社字", "北市社助字", "高市社家防字"],
            ["高市教學字", "原民教字", "移署移字", "府教特字"],
            ["交路字", "北監駕字", "中監嘉字", "高市監裁字"],
            ["北區國稅審字", "財北國稅綜所字", "中區國稅大智字", "府稅法字"],
            ["北市圖閱字", "高市圖典字", "府文圖字"],
            ["中市勞檢字", "勞職授字", "府勞安字", "南市勞檢字"],
        ]
        pool = heads[genre] if genre is not None else [h for hs in heads for h in hs]
        return f"{self.pick(pool)}第{self.year()}{self.digits(7)}號"

    def caseno(self, genre: int) -> str:
        y, r = self.year(), self.rng.randint
        forms = [
            [
                f"{y}年度家護字第{r(10, 3999)}號",
                f"案號{y}-{self.digits(5)}",
                f"陳{y}{self.digits(5)}",
            ],
            [f"申請編號{y}{self.digits(4)}", f"案號{y}-{self.digits(5)}"],
            [f"{y}年度交字第{r(10, 999)}號", f"裁決字號{self.pick('ABCDEFGHJ')}{self.digits(7)}"],
            [
                f"稅單編號{self.digits(10)}",
                f"No.{y}{self.digits(6)}",
                f"{y}年度訴字第{r(10, 999)}號",
            ],
            [f"館合編號ILL{y}{self.digits(5)}", f"No.{y}{self.digits(6)}"],
            [f"{y}勞檢{self.digits(4)}", f"職災{y}-{self.digits(4)}"],
        ]
        return self.pick(forms[genre])

    def org_phone(self) -> str:
        return self.pick(
            [
                "113",
                "1955",
                "0800-211-459",
                "0800-000-321",
                "1999",
                "(02)2720-8889",
                "0800-088-885",
                "(07)337-3000",
                "02-2396-3000",
                "0800-024-111",
            ]
        )


# ---------------------------------------------------------------------------------------------
# Layout helpers.


def table(c: _Ctx, header: list[str], rows: list[list[_Part]], style: str = "") -> list[_Part]:
    """Rows pasted from a spreadsheet: tab, CSV, space-aligned or pipe layout."""
    style = style or c.pick(["tab", "tab", "csv", "space", "pipe"])
    lines = [list(header), *rows]
    widths = [
        max(len(str(r[i])) if not isinstance(r[i], _V) else len(r[i].text) for r in lines)
        for i in range(len(header))
    ]
    out: list[_Part] = []
    for row in lines:
        if style == "pipe":
            out.append("| ")
        for i, cell in enumerate(row):
            out.append(cell)
            if i == len(row) - 1:
                break
            if style == "tab":
                out.append("\t")
            elif style == "csv":
                out.append(",")
            elif style == "pipe":
                out.append(" | ")
            else:
                size = len(cell.text) if isinstance(cell, _V) else len(cell)
                out.append(" " * (widths[i] - size + 2))
        out.append(" |\n" if style == "pipe" else "\n")
    return out


def lines(*rows: list[_Part] | str) -> list[_Part]:
    """Join rows (part lists or strings) with newlines."""
    out: list[_Part] = []
    for i, row in enumerate(rows):
        if i:
            out.append("\n")
        out.extend([row] if isinstance(row, str) else row)
    return out


def form(c: _Ctx, title: str, fields: list[tuple[str, _Part]], keep: float = 0.85) -> list[_Part]:
    """A pasted form with labels; optional fields drop out at random (the first never)."""
    colon = c.pick(["：", "：", ":", "： ", "】"])
    out: list[_Part] = [title + "\n"] if title else []
    for i, (label, value) in enumerate(fields):
        if i and not c.chance(keep):
            continue
        lab = f"【{label}" if colon == "】" else label
        out += [lab, colon, value, "\n"]
    return out


_UNITS = _words(
    "○○派出所 醫院社工室 學校輔導室 113保護專線 里長 家防中心夜間值班 急診室護理站 社會安全網中心"
)
_NGOS = _words(
    "財團法人勵馨社會福利事業基金會 財團法人善牧社會福利基金會 社團法人台灣防暴聯盟 "
    "財團法人天主教福利會 財團法人現代婦女教育基金會"
)
_NAT = {
    "vn_han": "越南",
    "vn_lat": "越南",
    "id_lat": "印尼",
    "id_han": "印尼",
    "ph_lat": "菲律賓",
    "ph_han": "菲律賓",
    "th_lat": "泰國",
    "th_han": "泰國",
}
_NAT_CODE = {"越南": "VN", "印尼": "ID", "菲律賓": "PH", "泰國": "TH"}


def foreigner(c: _Ctx, group: str = "migrant") -> tuple[_V, str]:
    """A foreign resident's name and nationality (姓名, 越南)."""
    kind = c.pick(_GROUPS[group])
    return c.person(kind), _NAT[kind]


# ---------------------------------------------------------------------------------------------
# Genre 1: 家暴庇護安置 (emergency shelter placement after domestic violence).


def g1_gongwen(c: _Ctx) -> list[_Part]:
    v, perp, kid = c.person("adult_tw"), c.person("tw"), c.person("tw")
    art = c.pick(["第50條", "第11條", "第16條", "第58條"])
    out = fill(
        "主旨：有關本市家庭暴力被害人{v}及其未成年子女緊急安置一案，請查照。\n說明：\n"
        "一、依據家庭暴力防治法" + art + "及{doc}函辦理。\n"
        "二、被害人{v}（{dob}生，身分證統一編號：{id}）原居{addr}，於{date}遭相對人{perp}"
        "持械傷害，經" + c.pick(_UNITS) + "通報本局。\n",
        v=v,
        dob=c.dob(1960, 2002),
        id=c.twid(),
        addr=c.address(),
        date=c.date(1.0),
        perp=perp,
        doc=c.docno(0),
    )
    if c.chance(0.7):
        out += fill(
            "三、被害人攜子{kid}（{kdob}生）於同日{t}入住本府委託之緊急庇護處所，處所地址依法不予揭露。",
            kid=kid,
            kdob=c.kid_dob(),
            t=c.time(),
        )
    else:
        out += ["三、被害人已於當日入住庇護處所，子女由外祖母暫為照顧。"]
    return out


def g1_caselog(c: _Ctx) -> list[_Part]:
    v, sis = c.person(), c.person("tw")
    rel = c.pick(["胞姊", "表妹", "同事", "前夫", "鄰居", "母親"])
    return fill(
        "{date} {t} 接" + c.pick(_UNITS) + "通報｜案主{v}，{id}，手機{ph}（已被相對人沒收，勿撥）\n"
        "改聯繫案主" + rel + "{sis}，{ph2}。\n"
        "評估：TIPVDA " + str(c.rng.randint(8, 15)) + "分，高危機，今晚入一階庇護，明早陪同驗傷。",
        date=c.date(),
        t=c.time(),
        v=v,
        id=c.id_for(v),
        ph=c.phone(0.95),
        sis=sis,
        ph2=c.phone(),
    )


def g1_call(c: _Ctx) -> list[_Part]:
    sw, v = c.person("tw"), c.person()
    title = c.pick(["小姐", "女士", "", "姊"])
    return fill(
        "【電訪紀錄 {date}】\n社工{sw}：您好，請問是{v}" + title + "嗎？\n案主：是，我是。\n"
        "社工：上次您說要搬去{addr}，現在還住那邊嗎？\n案主：沒有，他找到那裡了，我先住朋友家。\n"
        "社工：了解，那我們今天就幫您安排床位。您的健保卡號是{nhi}，對嗎？\n"
        "案主：對，卡在我身上，身分證也有帶。",
        date=c.date(),
        sw=sw,
        v=v,
        addr=c.address(),
        nhi=c.nhi(),
    )


def g1_line(c: _Ctx) -> list[_Part]:
    sw, sup = c.person("tw"), c.person("tw")
    v, nat = foreigner(c, "spouse")
    k1, k2 = c.people(2, "tw")
    return fill(
        "{date}\n22:41 {sw}: 督導，{v}剛到派出所了\n22:43 {sup}: 收到 先確認小孩有沒有跟著\n"
        "22:44 {sw}: 有 兩個都在 老大{k1} 老二{k2}\n"
        "22:47 {sw}: 她只帶了居留證 號碼{arc} 護照被先生扣著\n"
        "22:48 {sup}: OK 今晚送B處所，明天找" + nat + "語通譯，保護令一起聲請",
        date=c.date(0.2),
        sw=sw,
        sup=sup,
        v=v,
        k1=k1,
        k2=k2,
        arc=c.arc(),
    )


def g1_form(c: _Ctx) -> list[_Part]:
    v, kid, perp = c.person(), c.person("tw"), c.person("tw")
    fields: list[tuple[str, _Part]] = [
        ("姓　　名", v),
        ("出生日期", c.dob(1958, 2004)),
        ("身分證號", c.id_for(v)),
        ("聯絡電話", c.phone()),
        ("電子郵件", c.email()),
        ("戶籍地址", c.address()),
    ]
    out = form(c, c.pick(["緊急庇護安置申請表", "■ 庇護安置評估單", "個案基本資料"]), fields)
    if c.chance(0.6):
        out += fill("隨行子女：{k}（{kd}）\n", k=kid, kd=c.kid_dob())
    out += fill("相 對 人：{p}（" + c.pick(["配偶", "前同居人", "兒子", "女婿"]) + "）\n", p=perp)
    out += ["轉介單位：" + c.pick(_UNITS)]
    return out


def g1_table(c: _Ctx) -> list[_Part]:
    rows = []
    for i in range(c.rng.randint(2, 4)):
        if c.chance(0.5):
            p, nat, num = c.person("tw"), "本國", c.twid()
        else:
            p, nat = foreigner(c, "spouse")
            num = c.arc()
        rows.append(
            [
                f"{c.pick('ABC')}-{i + 1}",
                p,
                c.date(0.5),
                nat,
                num,
                c.pick(["一階", "二階", "待轉出", "子女同住", "—"]),
            ]
        )
    head = c.pick(["本週庇護所在住名單（請勿外流）\n", "", "床位表 " + c.date() + "\n"])
    return [head, *table(c, ["床位", "姓名", "入住日", "身分別", "證號", "備註"], rows)]


def g1_spouse(c: _Ctx) -> list[_Part]:
    v, nat = foreigner(c, "spouse")
    perp, interp = c.person("tw"), c.person(c.pick(["han", "vn_han", "id_han"]))
    return fill(
        "案主{v}為"
        + nat
        + "籍配偶，持居留證（統一證號{arc}），護照號碼{pp}目前由相對人{perp}保管。"
        "經通譯{interp}協助說明，案主同意入住庇護所，並於{date}向法院聲請保護令（{case}）。",
        v=v,
        arc=c.arc(),
        pp=c.passport(_NAT_CODE[nat]),
        perp=perp,
        interp=interp,
        date=c.date(),
        case=f"{c.year()}年度家護字第{c.rng.randint(10, 3999)}號",
    )


def g1_email(c: _Ctx) -> list[_Part]:
    sw, sw2, v = c.person("tw"), c.person("tw"), c.person()
    return fill(
        "寄件者: " + c.pick(_NGOS) + "\n主旨: RE: 個案轉介（請保密）\n\n{sw2}社工您好：\n"
        "轉介個案{v}，{dob}生，聯絡方式僅限Email {mail}，請勿以電話聯繫（相對人會查看手機）。\n"
        "案主目前暫住友人處：{addr}，預計下週二面談。\n\n謝謝\n{sw} 敬上",
        sw=sw,
        sw2=sw2,
        v=v,
        dob=c.dob(1965, 2003),
        mail=c.email(),
        addr=c.address(),
    )


def g1_english(c: _Ctx) -> list[_Part]:
    v, nat = foreigner(c, "foreign_latin")
    perp = c.person("tw")
    return fill(
        "Case note {date}: client {v} (ARC {arc}, passport {pp}) arrived at shelter w/ 1 kid. "
        "Husband {perp} 有前科, do NOT disclose location. Her phone {ph} 只能白天打.",
        date=c.date(0.0),
        v=v,
        arc=c.arc(),
        pp=c.passport(_NAT_CODE[nat]),
        perp=perp,
        ph=c.phone(0.9),
    )


def g1_roster(c: _Ctx) -> list[_Part]:
    out: list[_Part] = [c.pick(["本週新進安置名單：", "交班：新入住", "■ 待追蹤個案"]) + "\n"]
    stage = ["一階", "二階", "自立宿舍", "返家評估中", "轉長期安置"]
    for i in range(c.rng.randint(2, 4)):
        p = c.person()
        num = c.id_for(p)
        bullet = c.pick([f"{i + 1}. ", f"({i + 1}) ", "- ", f"{i + 1}、"])
        out += [bullet, p, c.pick(["／", " / ", "，", "　"]), num, "　" + c.pick(stage), "\n"]
    return out


def g1_order(c: _Ctx) -> list[_Part]:
    v, perp = c.person("adult_tw"), c.person("adult_tw")
    return fill(
        "聲請人{v}對相對人{perp}聲請通常保護令（{case}），相對人住所：{addr}，出生年月日：{dob}。"
        "本局已協助聲請人完成庇護安置，開庭通知請寄送本中心轉交。",
        v=v,
        perp=perp,
        case=f"{c.year()}年度家護字第{c.rng.randint(10, 3999)}號",
        addr=c.address(),
        dob=c.dob(1950, 2000),
    )


def g1_neg_gongwen(c: _Ctx) -> list[_Part]:
    return [
        f"主旨：檢送本市{c.year()}年度家庭暴力被害人緊急庇護安置服務委託案契約書乙份，請查照。\n說明：\n"
        f"一、依{c.docno(0)}函辦理。\n二、受託單位{c.pick(_NGOS)}（統一編號{c.ban()}），契約金額"
        f"{c.amount(500000, 4000000)}，履約期間自{c.date(1.0)}起至{c.date(1.0)}止。\n"
        "三、依家庭暴力防治法第58條規定，庇護處所地址不得公開，請各單位轉介時以代號稱之。"
    ]


def g1_neg_stats(c: _Ctx) -> list[_Part]:
    r = c.rng.randint
    return [
        f"{c.year()}年第{r(1, 4)}季本中心受理家暴通報{r(300, 2000)}件，緊急安置{r(20, 90)}人次，"
        f"其中外籍配偶{r(3, 15)}人、原住民族{r(2, 12)}人，平均安置{r(14, 60)}日；"
        f"庇護所床位使用率{r(60, 99)}%，較去年同期增加{r(1, 9)}.{r(0, 9)}個百分點。"
    ]


def g1_neg_notice(c: _Ctx) -> list[_Part]:
    return [
        "【夜間值班提醒】遇緊急個案請撥"
        + c.pick(["113保護專線", "110"])
        + "，勿以個人手機聯繫相對人。"
        "林口分局、王田派出所、高雄長庚醫院社工室已建立聯繫窗口，"
        f"值班電話{c.pick(['(02)2720-8889', '(07)733-5311', '03-332-2111'])}；"
        f"庇護所冷氣維修廠商黃金冷凍行（統編{c.ban()}）將於{c.date()}到場，當日請勿安排新個案入住。"
    ]


def g1_neg_table(c: _Ctx) -> list[_Part]:
    rows = [
        [item, str(c.rng.randint(1, 40) * 50), str(c.rng.randint(1, 30))]
        for item in c.rng.sample(
            [
                "住宿費",
                "膳食費",
                "交通費",
                "法律諮詢費",
                "心理諮商費",
                "生活用品",
                "子女托育",
                "通譯費",
            ],
            4,
        )
    ]
    return [
        f"{c.year()}年度庇護經費概算（{c.docno(0)}）\n",
        *table(c, ["項目", "單價", "人次"], rows),
        "合計依實支實付，單據請黏貼於黏存單。",
    ]


def g1_neg_minutes(c: _Ctx) -> list[_Part]:
    return [
        f"會議紀錄（{c.date(1.0)}）\n一、陳情案（{c.caseno(0)}）已於上週函復陳情人，結案。\n"
        "二、黃金72小時安全計畫表格修正第3版，自下月起使用。\n"
        "三、江翠國中、楊梅高中申請入校宣導，請各區社工排班。\n"
        f"四、連江縣政府來函請本局分享庇護所管理經驗，訂於{c.date(1.0)}視訊交流。"
    ]


# ---------------------------------------------------------------------------------------------
# Genre 2: 新住民子女獎學金面談 (scholarship interviews, Indigenous and new-immigrant children).

_SCHOOLS = _words(
    "秀林國中 三地門國小 復興高中 新莊國中 和美實驗學校 尖石國中 光復國小 鳳山高中 "
    "大園國際高中 埔里國中 南澳國小 延平國中"
)
_TRIBES = [
    "阿美族",
    "泰雅族",
    "排灣族",
    "布農族",
    "太魯閣族",
    "卑南族",
    "魯凱族",
    "賽德克族",
    "達悟族",
]


def _child(c: _Ctx) -> _V:
    return c.person(c.pick(["han", "han", "indig", "indig_rom", "compound"]))


def g2_record(c: _Ctx) -> list[_Part]:
    kid, dad, j1, j2 = _child(c), c.person("tw"), c.person("tw"), c.person("tw")
    mom, nat = foreigner(c, "spouse")
    mom_id = c.arc() if c.chance(0.6) else c.twid()
    fields: list[tuple[str, _Part]] = [
        ("申請人", kid),
        ("就讀學校", c.pick(_SCHOOLS) + c.pick(["三", "五", "七", "八"]) + "年級"),
        ("出生日期", c.kid_dob()),
        ("身分證字號", c.twid()),
        ("母親", mom),
        ("母親證號", mom_id),
        ("父親", dad),
        ("聯絡電話", c.phone()),
    ]
    out = form(c, c.pick(["新住民子女獎學金面談紀錄", "◎面談紀錄表", ""]), fields, keep=0.8)
    out += fill("母親原生國：" + nat + "\n面談委員：{j1}、{j2}\n", j1=j1, j2=j2)
    out += [
        c.pick(
            [
                "面談摘要：學生表達清楚，志願就讀護理科。",
                "摘要：課後協助照顧弟妹，成績穩定。",
                "備註：自傳由導師協助修改，家長未到場。",
            ]
        )
    ]
    return out


def g2_csv(c: _Ctx) -> list[_Part]:
    rows = []
    for i in range(c.rng.randint(2, 5)):
        rows.append([str(i + 1), _child(c), c.pick(_TRIBES), c.twid(), c.kid_dob(), c.phone(0.8)])
    return [
        c.pick([f"{c.year()}學年度原住民學生獎學金初審名冊\n", "面談名單（匯出）\n", ""]),
        *table(c, ["編號", "姓名", "族別", "身分證字號", "出生日期", "家長電話"], rows, "csv"),
    ]


def g2_line(c: _Ctx) -> list[_Part]:
    kid = c.person("tw")
    mom, _nat = foreigner(c, "spouse")
    if c.chance(0.5):
        return fill(
            "老師好 我是{kid}媽媽 {mom}\n星期六面試 孩子要比賽 可以改時間嗎?\n電話{ph} 謝謝老師🙏",
            kid=kid,
            mom=mom,
            ph=c.phone(0.95),
        )
    return fill(
        "[{t}] {mom}：老師您好，{kid}的獎學金資料我明天拿去學校，戶口名簿影本要正反面嗎？\n"
        "[{t2}] 承辦-{tch}：要喔，另外申請表上的手機好像少寫一碼？\n"
        "[{t3}] {mom}：對不起 正確是{ph2}",
        t=c.time(),
        t2=c.time(),
        t3=c.time(),
        mom=mom,
        kid=kid,
        tch=c.person("tw"),
        ph2=c.phone(1.0),
    )


def g2_english(c: _Ctx) -> list[_Part]:
    rom, han = c.person("indig_rom"), c.person("han")
    return fill(
        "Interview slot "
        + str(c.rng.randint(1, 12))
        + ": {rom}（{han}）— "
        + c.pick(["Atayal", "Amis", "Paiwan", "Bunun", "Truku"])
        + ", Gr."
        + str(c.rng.randint(7, 12))
        + ", guardian {g}, email {mail}, 成績單 ok, 自傳待補.",
        rom=rom,
        han=han,
        g=c.person(c.pick(["indig", "han"])),
        mail=c.email(rom.text.split(" ")[0]),
    )


def g2_award(c: _Ctx) -> list[_Part]:
    kid = _child(c)
    n = c.rng.randint(3, 40)
    return fill(
        "主旨：核定{y}學年度新住民子女獎學金獲獎名單，請轉知獲獎學生。\n說明：\n"
        "一、依{doc}函辦理。\n二、貴校學生{kid}（身分證統一編號{id}，{dob}生）等"
        + str(n)
        + "名獲獎，"
        "每名核發獎學金{amt}，款項撥入學生本人郵局帳戶。\n三、"
        + c.pick(["獲獎學生如已轉學，請於{date}前回報。", "請轉知{kid}同學於{date}出席頒獎典禮。"]),
        y=str(c.year()),
        doc=c.docno(1),
        kid=kid,
        id=c.twid(),
        dob=c.kid_dob(),
        amt=c.amount(3000, 10000),
        date=c.date(1.0),
    )


def g2_notes(c: _Ctx) -> list[_Part]:
    kid, dad, judge = _child(c), c.person("tw"), c.person("tw")
    mom, nat = foreigner(c, "spouse")
    job = c.pick(["在夜市賣河粉", "在電子廠輪大夜班", "在養雞場工作", "幫人做看護", "在美甲店上班"])
    return fill(
        "面談觀察：{kid}說媽媽{mom}"
        + job
        + "，爸爸{dad}"
        + c.pick(["在工地做板模", "開貨車", "已過世", "在外地工作"])
        + "，家裡講"
        + {"越南": "越南話", "印尼": "印尼話", "菲律賓": "英文", "泰國": "泰語"}[nat]
        + "跟台語。學生暑假到"
        + c.pick(["河內", "泗水", "宿霧", "清邁"])
        + "外婆家住了一個月。"
        "委員{j}建議列入優先名單。",
        kid=kid,
        mom=mom,
        dad=dad,
        j=judge,
    )


def g2_schedule(c: _Ctx) -> list[_Part]:
    rows = []
    h = c.rng.randint(8, 13)
    for i in range(c.rng.randint(3, 5)):
        rows.append(
            [f"{h + i // 2}:{'30' if i % 2 else '00'}", _child(c), c.pick(_SCHOOLS), c.phone(0.9)]
        )
    return [
        f"面談時段表 {c.date()}（地點：本局三樓會議室）\n",
        *table(c, ["時段", "學生", "學校", "家長手機"], rows, c.pick(["space", "tab", "pipe"])),
    ]


def g2_email(c: _Ctx) -> list[_Part]:
    kid = _child(c)
    mom, _nat = foreigner(c, "spouse")
    return fill(
        "寄件者：{mail}\n主旨：獎學金申請補件－{kid}\n\n承辦人您好，\n"
        "我是申請人{kid}的母親{mom}，我們上個月搬家，新地址是{addr}，"
        "補寄的戶籍謄本已經是新地址。我的居留證號碼是{arc}，有問題請打{ph}。\n謝謝您",
        mail=c.email(),
        kid=kid,
        mom=mom,
        addr=c.address(),
        arc=c.arc(),
        ph=c.phone(0.9),
    )


def g2_call(c: _Ctx) -> list[_Part]:
    kid, gm, staff = _child(c), c.person(c.pick(["indig", "han", "married"])), c.person("tw")
    return fill(
        "來電紀錄 {date}\n承辦{st}：請問是{kid}的家長嗎？\n對方：我是他阿嬤啦，{gm}，他媽媽回"
        + c.pick(["越南", "印尼", "部落"])
        + "了。\n承辦：面談要監護人陪同，阿嬤可以嗎？\n"
        "對方：可以，我有他的健保卡，號碼{nhi}，你要抄嗎？",
        date=c.date(),
        st=staff,
        kid=kid,
        gm=gm,
        nhi=c.nhi(),
    )


def g2_neg_rules(c: _Ctx) -> list[_Part]:
    return [
        f"{c.year()}學年度新住民子女獎學金申請須知\n一、申請資格：父或母一方為外籍、大陸或港澳配偶，"
        "且學業成績平均七十分以上者。\n"
        f"二、獎額：國小每名{c.amount(2000, 5000)}、國中每名{c.amount(5000, 8000)}、高中職每名"
        f"{c.amount(8000, 15000)}。\n三、收件期間：{c.date(1.0)}至{c.date(1.0)}，逾期不受理。\n"
        f"四、經費來源：內政部移民署新住民發展基金（{c.docno(1)}）。洽詢：1990外籍配偶諮詢專線。"
    ]


def g2_neg_stats(c: _Ctx) -> list[_Part]:
    rows = [
        [k, str(c.rng.randint(5, 300)), str(c.rng.randint(1, 60))]
        for k in c.rng.sample(
            ["越南", "印尼", "菲律賓", "泰國", "柬埔寨", "阿美族", "泰雅族", "排灣族", "布農族"], 5
        )
    ]
    return [
        f"獎學金申請統計（截至{c.date()}）\n",
        *table(c, ["原生國/族別", "申請件數", "核定件數"], rows),
        "資料來源：本局教育處",
    ]


def g2_neg_minutes(c: _Ctx) -> list[_Part]:
    return [
        f"面談工作會議（{c.date(1.0)}）\n1. 面談地點改至林口國中、王功國小兩處，交通車由"
        f"金龍遊覽公司（統一編號{c.ban()}）承攬，決標金額{c.amount(30000, 90000)}。\n"
        "2. 陳列室借用已經總務處同意，請於當日早上八點前布置完成。\n"
        "3. 評分表沿用去年格式，委員評語欄請勿填寫學生家庭經濟細節。"
    ]


def g2_neg_letter(c: _Ctx) -> list[_Part]:
    return [
        f"主旨：有關本會捐贈{c.year()}學年度原住民族學生清寒獎助學金新臺幣"
        f"{c.rng.randint(10, 80)}萬元一案，復如說明，請查照。\n說明：一、復貴府{c.date(1.0)}"
        f"{c.docno(1)}函。\n二、本會統一編號{c.ban()}，收據抬頭請開立「財團法人原住民族文化事業基金會」。"
        "\n三、依原住民族教育法第25條辦理。"
    ]


# ---------------------------------------------------------------------------------------------
# Genre 3: 駕照體檢、吊扣 (driving-licence medical checks and suspensions).

_STATIONS = _words(
    "臺北區監理所 士林監理站 板橋監理站 新竹區監理所 臺中區監理所 嘉義區監理所 "
    "高雄市區監理所 花蓮監理站 臺東監理站"
)
_ARTS = _words(
    "道路交通管理處罰條例第35條第1項 道路交通管理處罰條例第21條 "
    "道路交通安全規則第64條 道路交通管理處罰條例第61條 "
    "道路交通管理處罰條例第43條第1項第2款"
)


def g3_ruling(c: _Ctx) -> list[_Part]:
    v = c.person(c.pick(["han", "han", "married", "indig", "compound"]))
    fields: list[tuple[str, _Part]] = [
        ("受處分人", v),
        ("身分證統一編號", c.twid()),
        ("出生年月日", c.dob(1948, 2004)),
        ("住址", c.address()),
    ]
    out = [f"{c.pick(_STATIONS)}違反道路交通管理事件裁決書（{c.docno(2)}）\n"]
    out += form(c, "", fields, keep=0.9)
    months = c.pick(["6", "12", "24"])
    out += [
        f"違規事實：{c.date()}酒精濃度超過規定標準，依{c.pick(_ARTS)}裁處罰鍰"
        f"{c.amount(15000, 90000)}，吊扣駕駛執照{months}個月。"
    ]
    return out


def g3_medical(c: _Ctx) -> list[_Part]:
    v, doc = c.person(), c.person("tw")
    left, r = c.pick(["0.5", "0.8", "1.0", "0.3"]), c.pick(["0.6", "0.9", "1.2", "0.4"])
    return fill(
        "駕駛人體格檢查表\n姓名 {v}　出生 {dob}　身分證 {id}\n健保卡號 {nhi}\n"
        "視力：左"
        + left
        + " 右"
        + r
        + "　辨色力："
        + c.pick(["正常", "紅綠色弱"])
        + "　聽力：正常\n"
        "四肢："
        + c.pick(["右手掌截肢", "正常", "左膝人工關節"])
        + "\n檢查醫師：{doc}（"
        + c.pick(["家醫科", "眼科"])
        + "）　檢查日期：{date}",
        v=v,
        dob=c.dob(1940, 2005),
        id=c.id_for(v),
        nhi=c.nhi(),
        doc=doc,
        date=c.date(),
    )


def g3_call(c: _Ctx) -> list[_Part]:
    v, staff = c.person(), c.person("tw")
    return fill(
        "{date} {t} 民眾{v}來電，詢問吊扣期滿何時可領回駕照；查{cs}，吊扣迄日"
        + c.date()
        + "，已告知須攜身分證至"
        + c.pick(_STATIONS)
        + "辦理。民眾要求改以簡訊通知，留電{ph}。（承辦{st}）",
        date=c.date(),
        t=c.time(),
        v=v,
        cs=c.caseno(2),
        ph=c.phone(0.85),
        st=staff,
    )


def g3_migrant(c: _Ctx) -> list[_Part]:
    v, nat = foreigner(c)
    return fill(
        nat + "籍移工{v}（居留證號{arc}，護照號碼{pp}）申請普通重型機車駕照考驗，"
        "體檢表由雇主代填，出生日期登載為{dob}，與護照不符，請本人持護照正本更正。仲介{b}電話{ph}。",
        v=v,
        arc=c.arc(),
        pp=c.passport(_NAT_CODE[nat]),
        dob=c.dob(1975, 2004),
        b=c.person("tw"),
        ph=c.phone(0.9),
    )


def g3_english(c: _Ctx) -> list[_Part]:
    v, _nat = foreigner(c, "foreign_latin")
    return fill(
        "Hi, my name is {v}, my ARC number is {arc}. My driving license was suspended on "
        + c.date(0.0)
        + ". When can I take it back? 我中文不好 sorry. My phone is {ph}, "
        "or email {mail}. Thank you!",
        v=v,
        arc=c.arc(),
        ph=c.phone(0.95),
        mail=c.email(v.text.split(" ")[0]),
    )


def g3_csv(c: _Ctx) -> list[_Part]:
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        p = c.person()
        rows.append(
            [
                p,
                c.id_for(p),
                c.dob(1950, 2004),
                c.date(1.0),
                c.date(1.0),
                c.pick(["酒駕", "拒測", "肇事逃逸", "點數記滿", "體檢不合格"]),
            ]
        )
    return [
        f"吊扣名冊_{c.year()}{c.digits(2, '01')}.csv\n",
        *table(c, ["姓名", "身分證號", "出生日期", "吊扣起日", "吊扣迄日", "原因"], rows, "csv"),
    ]


def g3_line(c: _Ctx) -> list[_Part]:
    s1, s2, v = c.person("tw"), c.person("tw"), c.person()
    return fill(
        "{s1}: 今天體檢那位{v}視力不過 要轉眼科\n{s2}: 好 他健保卡{nhi} 我先登記\n"
        "{s1}: 他說家住{addr} 眼科要近一點的\n{s2}: 收到👌",
        s1=s1,
        s2=s2,
        v=v,
        nhi=c.nhi(),
        addr=c.address(),
    )


def g3_epilepsy(c: _Ctx) -> list[_Part]:
    v = c.person(c.pick(["han", "indig", "married", "compound"]))
    return fill(
        "主旨：有關駕駛人{v}（{dob}生，身分證統一編號{id}）經醫師診斷罹患癲癇，依道路交通安全規則"
        "第64條規定註銷其駕駛執照一案，請查照。\n說明：依{doc}函辦理；當事人得於{date}前檢具"
        "專科醫師證明申請複驗。",
        v=v,
        dob=c.dob(1945, 2004),
        id=c.twid(),
        doc=c.docno(2),
        date=c.date(1.0),
    )


def g3_elder(c: _Ctx) -> list[_Part]:
    out: list[_Part] = ["高齡換照通知（75歲以上）寄送名冊：\n"]
    for i in range(c.rng.randint(2, 4)):
        out += [
            f"{i + 1}) ",
            c.person(c.pick(["han", "han", "indig", "married"])),
            " ",
            c.dob(1930, 1950),
            " ",
            c.address(),
            "\n",
        ]
    out += ["※ 退件者請改電話通知。"]
    return out


def g3_neg_rules(c: _Ctx) -> list[_Part]:
    return [
        "高齡駕駛人管理制度自107年7月1日起實施，年滿75歲者每三年應換領駕駛執照，"
        "並通過認知功能測驗及體格檢查。體檢費用約"
        + c.amount(200, 600)
        + "，規費另計。依"
        + c.pick(_ARTS)
        + "規定，吊扣期間駕駛者吊銷其駕駛執照。洽詢專線："
        + c.org_phone()
    ]


def g3_neg_stats(c: _Ctx) -> list[_Part]:
    r = c.rng.randint
    rows = [
        [st, str(r(100, 3000)), str(r(10, 400)), str(r(0, 50))] for st in c.rng.sample(_STATIONS, 4)
    ]
    return [
        f"{c.year()}年{r(1, 12)}月駕照吊扣統計（{c.docno(2)}）\n",
        *table(c, ["監理單位", "吊扣件數", "吊銷件數", "體檢不合格"], rows),
    ]


def g3_neg_notice(c: _Ctx) -> list[_Part]:
    return [
        f"{c.pick(_STATIONS)}公告：配合中山路與民生路口拓寬工程，{c.date(1.0)}起體檢室暫遷至二樓，"
        "週三下午暫停受理換照。林口長庚醫院、馬偕紀念醫院體檢報告均可採認。"
        f"另莊敬路停車場收費每小時{c.rng.randint(20, 60)}元，請民眾多利用大眾運輸。"
    ]


# ---------------------------------------------------------------------------------------------
# Genre 4: 退稅、溢繳退費 (tax refunds and returns of wrong payments).

_TAXES = ["綜合所得稅", "房屋稅", "地價稅", "使用牌照稅", "契稅", "燃料使用費"]
_COMPANIES = _words(
    "永豐塑膠工業股份有限公司 大成金屬有限公司 林記食品行 王品精密股份有限公司 "
    "宏聯紡織股份有限公司 黃氏五金企業社 台鋼沖壓工業股份有限公司 建興電子有限公司 "
    "陳家鐵工廠 裕隆螺絲股份有限公司"
)


def g4_notice(c: _Ctx) -> list[_Part]:
    v = c.person(c.pick(["han", "married", "compound", "indig"]))
    return fill(
        "納稅義務人{v}（{id}）" + str(c.year() - 1) + "年度" + c.pick(_TAXES) + "溢繳稅款{amt}，"
        "因原退稅帳戶已結清致退匯失敗，請於{date}前攜帶身分證正本至本局辦理，"
        "或將退稅支票改寄至通訊地址：{addr}。",
        v=v,
        id=c.twid(),
        amt=c.amount(300, 60000),
        date=c.date(1.0),
        addr=c.address(),
    )


def g4_call(c: _Ctx) -> list[_Part]:
    v, staff = c.person("adult_tw"), c.person("tw")
    return fill(
        "民眾：喂，我是{v}，身分證{id}，你們退稅支票寄到我舊家，我已經搬到{addr}了。\n"
        "承辦{st}：好的，"
        + c.pick(["", "{v}先生，", "{v}小姐，"])
        + "我幫您查一下…有，{amt}，支票還沒被領，我幫您重開寄新址。\n"
        "民眾：那順便幫我改電話，{ph}。",
        v=v,
        id=c.twid(),
        addr=c.address(),
        st=staff,
        amt=c.amount(500, 30000),
        ph=c.phone(0.9),
    )


def g4_card(c: _Ctx) -> list[_Part]:
    v = c.person()
    return fill(
        "使用牌照稅溢繳退費：納稅義務人{v}於{date}以信用卡{cc}重複繳納"
        + c.amount(1800, 11230)
        + "，經查屬溢繳，將刷退至原卡，作業約需{d}個工作天；持卡人聯絡電話{ph}。",
        v=v,
        date=c.date(),
        cc=c.card(),
        d=str(c.rng.randint(7, 20)),
        ph=c.phone(0.8),
    )


def g4_foreign(c: _Ctx) -> list[_Part]:
    v, nat = foreigner(c, c.pick(["migrant", "foreign_latin"]))
    return fill(
        "外僑{v}（" + nat + "籍，居留證號{arc}，Passport No. {pp}）於{date}申請離境前結算申報，"
        "應退稅額{amt}，因無本國帳戶，改以現金領取；代理人為雇主指定之仲介{b}。",
        v=v,
        arc=c.arc(),
        pp=c.passport(_NAT_CODE[nat]),
        date=c.date(),
        amt=c.amount(800, 25000),
        b=c.person("tw"),
    )


def g4_email(c: _Ctx) -> list[_Part]:
    v = c.person()
    return fill(
        "From: {mail}\nSubject: 房屋稅溢繳退費申請\n\n稅務局承辦人您好：\n本人{v}，出生日期{dob}，"
        "今年房屋稅因持分移轉重複繳納，已附上繳款書影本，請將溢繳款退至本人帳戶。"
        "如需補件請來信或致電{ph}。\n\n{v} 敬上",
        mail=c.email(),
        v=v,
        dob=c.dob(1950, 2000),
        ph=c.phone(0.7),
    )


def g4_table(c: _Ctx) -> list[_Part]:
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        p = c.person()
        rows.append(
            [
                p,
                c.id_for(p),
                f"{c.rng.randint(200, 50000)}",
                c.pick(["支票", "匯款", "刷退", "現金"]),
                c.pick(["退匯", "地址不詳", "已領", "待補件", "—"]),
            ]
        )
    return [
        c.pick(["退稅失敗清冊\n", f"{c.year()}年度溢繳退費明細（內部）\n", ""]),
        *table(c, ["姓名", "身分證字號", "退稅金額", "退稅方式", "備註"], rows),
    ]


def g4_terse(c: _Ctx) -> list[_Part]:
    out: list[_Part] = []
    for _ in range(c.rng.randint(2, 3)):
        out += fill(
            "{date} {v} 退稅支票逾期未兌領→重開 電{ph}\n",
            date=c.date(0.4),
            v=c.person(),
            ph=c.phone(),
        )
    return out


def g4_heirs(c: _Ctx) -> list[_Part]:
    dec, h1, h2 = c.person("adult_tw"), c.person("tw"), c.person("tw")
    return fill(
        "主旨：被繼承人{dec}（身分證統一編號{id}）溢繳" + c.pick(_TAXES) + "{amt}，請繼承人"
        "{h1}、{h2}會同領取，請查照。\n說明：一、依稅捐稽徵法第28條辦理。二、繼承人{h1}通訊處："
        "{addr}。",
        dec=dec,
        id=c.twid(),
        amt=c.amount(1000, 80000),
        h1=h1,
        h2=h2,
        addr=c.address(),
    )


def g4_english(c: _Ctx) -> list[_Part]:
    v = c.person(c.pick(["han", "foreign_latin", "married"]))
    return fill(
        "Refund for {v} (ID {id}): NT$" + f"{c.rng.randint(300, 40000):,}" + " — bank acct closed, "
        "退匯. 請改寄支票至 {addr}. Contact {ph} ("
        + c.pick(["after 6pm", "weekdays only", "LINE ok"])
        + ").",
        v=v,
        id=c.id_for(v),
        addr=c.address(),
        ph=c.phone(0.9),
    )


def g4_neg_company(c: _Ctx) -> list[_Part]:
    return [
        f"營利事業{c.pick(_COMPANIES)}（統一編號{c.ban()}）{c.year() - 1}年度營利事業所得稅"
        f"溢繳{c.amount(5000, 900000)}，經核定應予退還，退稅支票票號{c.pick('ABCDEFG')}"
        f"{c.digits(7)}業於{c.date(1.0)}寄出。依稅捐稽徵法第28條規定，自繳納之日起至填發收入退還書之日止，"
        "按日加計利息一併退還。"
    ]


def g4_neg_rules(c: _Ctx) -> list[_Part]:
    return [
        f"{c.year()}年度綜合所得稅退稅作業說明：一、直撥退稅預計於{c.date(1.0)}入帳。"
        f"二、退稅憑單逾期未兌領者，請洽各分局服務台。三、查詢電話0800-000-321，"
        f"或至財政部稅務入口網查詢（{c.docno(3)}）。四、所得稅法第71條、第100條參照。"
    ]


def g4_neg_table(c: _Ctx) -> list[_Part]:
    rows = [
        [t, str(c.rng.randint(100, 9000)), c.amount(10**5, 9 * 10**7)]
        for t in c.rng.sample(_TAXES, 4)
    ]
    return [
        f"溢繳退稅案件統計（{c.date()}止）\n",
        *table(c, ["稅目", "件數", "退稅金額"], rows),
        f"備註：黃昏市場攤商換證案另案處理（{c.caseno(3)}）。",
    ]


# ---------------------------------------------------------------------------------------------
# Genre 5: 館際借書、遺失賠償 (public-library interlibrary loans, lost-item compensation).

_BOOKS = _words(
    "《臺灣植物圖鑑》,《日治時期的鐵道》,《越南語會話入門》,《排灣族的工藝》,"
    "《被討厭的勇氣》,《小王子》,《海洋之心》,《機械製圖》,《國民法官手冊》,"
    "《深夜食堂 第7集》,《兒童英語繪本套書》,《中級會計學（上）》",
    ",",
)
_BRANCHES = [
    "總館",
    "王功分館",
    "林口分館",
    "永康分館",
    "南澳分館",
    "復興分館",
    "三民分館",
    "江翠分館",
]


def g5_ill(c: _Ctx) -> list[_Part]:
    v = c.person()
    fields: list[tuple[str, _Part]] = [
        ("申請人", v),
        ("借書證號", c.id_for(v)),
        ("聯絡電話", c.phone()),
        ("E-mail", c.email()),
    ]
    out = form(
        c, c.pick(["館際合作借書申請單", "■館際借書(ILL)申請", "館合申請"]), fields, keep=0.9
    )
    out += [
        f"書名：{c.pick(_BOOKS)}\n出借館：{c.pick(['國家圖書館', '臺大圖書館', '高雄市立圖書館'])}"
        f"\n取書地點：{c.pick(_BRANCHES)}"
    ]
    return out


def g5_lost(c: _Ctx) -> list[_Part]:
    v = c.person()
    return fill(
        "讀者{v}（證號{id}）遺失" + c.pick(_BOOKS) + "，依本館資料遺失賠償規定賠償{amt}，"
        "已於{date}以信用卡{cc}繳清，收據請寄{addr}。",
        v=v,
        id=c.id_for(v),
        amt=c.amount(180, 2500),
        date=c.date(),
        cc=c.card(),
        addr=c.address(),
    )


def g5_line(c: _Ctx) -> list[_Part]:
    v, s = c.person(), c.person("tw")
    return fill(
        "【" + c.pick(_BRANCHES) + "】{v}您好，您申請的館際借書" + c.pick(_BOOKS) + "已到館，"
        "請於{date}前攜帶借書證取書，逾期將退回出借館。\n— 館員{s}\n"
        "（讀者回覆）好的謝謝～另外我電話換了，新號碼{ph}",
        v=v,
        date=c.date(),
        s=s,
        ph=c.phone(0.95),
    )


def g5_overdue(c: _Ctx) -> list[_Part]:
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        p = c.person()
        rows.append([p, c.id_for(p), str(c.rng.randint(1, 9)), c.phone()])
    return [
        f"逾期未還催告名單（{c.pick(_BRANCHES)}）\n",
        *table(c, ["讀者姓名", "借書證號", "逾期冊數", "聯絡電話"], rows),
    ]


def g5_english(c: _Ctx) -> list[_Part]:
    v, _nat = foreigner(c, "foreign_latin")
    return fill(
        "Dear librarian,\nI am {v}, my library card is my ARC {arc}. I lost the book "
        + c.pick(_BOOKS)
        + " on the bus 😢 How much should I pay? I can pay by credit card {cc}."
        "\nBest regards,\n{v}\n{mail}",
        v=v,
        arc=c.arc(),
        cc=c.card(),
        mail=c.email(v.text.split(" ")[-1]),
    )


def g5_terse(c: _Ctx) -> list[_Part]:
    return fill(
        "{date} {v} 來電：借的"
        + c.pick(_BOOKS)
        + c.pick(["被狗咬爛", "泡水", "搬家找不到", "小孩撕破"])
        + " →賠新書或賠{amt} 讀者選賠新書 聯絡{ph}",
        date=c.date(0.3),
        v=c.person(),
        amt=c.amount(200, 900),
        ph=c.phone(),
    )


def g5_child(c: _Ctx) -> list[_Part]:
    kid, parent = c.person("tw"), c.person(c.pick(["tw", "spouse", "indig"]))
    return fill(
        "兒童讀者{kid}（{kdob}生）由家長{p}代為辦證，家長身分證號{pid}，手機{ph}；"
        "同意借閱限制級以外之兒童館藏。",
        kid=kid,
        kdob=c.kid_dob(),
        p=parent,
        pid=c.id_for(parent),
        ph=c.phone(0.95),
    )


def g5_delivery(c: _Ctx) -> list[_Part]:
    out: list[_Part] = ["到宅借書服務名單（行動不便讀者）\n"]
    for i in range(c.rng.randint(2, 3)):
        out += [
            f"{i + 1}. ",
            c.person(c.pick(["han", "married", "indig"])),
            "｜",
            c.address(),
            "｜",
            c.phone(0.3),
            f"｜每月第{c.pick('一二三四')}週週{c.pick('一二三四五')}送書\n",
        ]
    return out


def g5_neg_rules(c: _Ctx) -> list[_Part]:
    return [
        "館際合作借書須知：每證每次限借5冊，借期30天，不得續借。資料遺失者應購買相同版本賠償，"
        f"絕版者依定價{c.rng.randint(1, 3)}倍賠償，另收處理費{c.amount(50, 150)}。"
        f"依{c.pick(['臺北市立圖書館閱覽規則第12條', '圖書館法第8條'])}辦理。"
        f"ISBN 978-957-{c.digits(2)}-{c.digits(4)}-{c.digits(1)}之版本已絕版，請改賠同類書籍。"
    ]


def g5_neg_list(c: _Ctx) -> list[_Part]:
    rows = [
        [
            b,
            f"{c.rng.randint(100, 999)}.{c.digits(2)} {c.digits(4)}",
            f"{c.rng.randint(180, 1200)}",
            c.pick(_BRANCHES),
        ]
        for b in c.rng.sample(_BOOKS, 4)
    ]
    return [
        f"本月遺失待補館藏（{c.docno(4)}）\n",
        *table(c, ["題名", "索書號", "定價", "館藏地"], rows),
    ]


def g5_neg_news(c: _Ctx) -> list[_Part]:
    return [
        f"{c.pick(_BRANCHES)}將於{c.date(1.0)}起閉館整修，館際借書改至林口分館取件。"
        "本館與國立臺灣美術館合辦「臺灣美術一百年」特展，展期至年底。"
        f"自助借書機由宏碁股份有限公司（統一編號{c.ban()}）維護，故障請撥分機"
        + str(c.rng.randint(100, 399))
        + "。"
    ]


# ---------------------------------------------------------------------------------------------
# Genre 6: 工廠職災檢查 (workplace-injury inspections at factories with migrant workers).

_INJURIES = _words(
    "右手食指遭沖床壓傷截斷 左手捲入滾輪致前臂骨折 自堆高機貨叉墜落頭部撞擊 "
    "遭高溫鋁液噴濺致二度灼傷 手臂遭裁切機切傷 被倒塌貨架壓住雙腿"
)
_HOSPITALS = [
    "彰化基督教醫院",
    "林口長庚醫院",
    "台中榮總",
    "高雄醫學大學附設醫院",
    "新光醫院",
    "部立桃園醫院",
]


def g6_report(c: _Ctx) -> list[_Part]:
    v, nat = foreigner(c)
    broker = c.person("tw")
    out = [
        f"職業災害檢查報告（{c.docno(5)}）\n事業單位：{c.pick(_COMPANIES)}（統一編號{c.ban()}）\n"
    ]
    fields: list[tuple[str, _Part]] = [
        ("罹災者", v),
        ("國籍", nat),
        ("居留證號", c.arc()),
        ("護照號碼", c.passport(_NAT_CODE[nat])),
        ("出生日期", c.dob(1970, 2004)),
        ("仲介", broker),
    ]
    out += form(c, "", fields, keep=0.85)
    out += [
        f"災害概況：{c.date()}上午於產線作業時{c.pick(_INJURIES)}，送{c.pick(_HOSPITALS)}救治。"
    ]
    return out


def g6_terse(c: _Ctx) -> list[_Part]:
    v, nat = foreigner(c)
    m = c.person("tw")
    return fill(
        "{date} {t} "
        + c.pick(_COMPANIES)
        + " "
        + c.pick(_INJURIES)
        + "｜罹災者{v}（"
        + nat
        + "，{arc}）送"
        + c.pick(_HOSPITALS)
        + "｜現場主管{m}，手機{ph}｜機台已停機、拍照",
        date=c.date(0.3),
        t=c.time(),
        v=v,
        arc=c.arc(),
        m=m,
        ph=c.phone(0.95),
    )


def g6_call(c: _Ctx) -> list[_Part]:
    v, nat = foreigner(c)
    b, ins = c.person("tw"), c.person("tw")
    return fill(
        "檢查員{ins}：請問是{b}"
        + c.pick(["先生", "小姐", "", "經理"])
        + "嗎？我是勞檢處。\n仲介：是，我是。\n"
        "檢查員：你們那位"
        + nat
        + "移工{v}現在在哪家醫院？\n仲介：在"
        + c.pick(_HOSPITALS)
        + "，已經開完刀了。他護照號碼{pp}，居留證號是{arc}，我傳給你。\n"
        "檢查員：好，明天上午我們會到廠，請廠長也在場。",
        ins=ins,
        b=b,
        v=v,
        pp=c.passport(_NAT_CODE[nat]),
        arc=c.arc(),
    )


def g6_line(c: _Ctx) -> list[_Part]:
    v, nat = foreigner(c)
    tr = c.person(c.pick(["vn_han", "id_han", "han"]))
    return (
        fill(
            "[LINE] 通譯{tr}：他說那天"
            + c.pick(["防護罩被拆掉", "沒有人教他怎麼停機", "連續上了12小時"])
            + "\n[LINE] 我：請他再說一次出生日期，體檢表寫的跟居留證不一樣\n"
            "[LINE] 通譯{tr}：他說是{dob}，居留證{arc}\n[LINE] 我：OK 收到 謝謝妳",
            tr=tr,
            dob=c.dob(1975, 2004),
            arc=c.arc(),
        )
        if c.chance(0.5)
        else fill(
            "通譯{tr}轉述：{v}"
            + c.pick(["左手還很痛", "想回" + nat + "治療", "擔心被遣返"])
            + "，他的手機{ph}白天都在宿舍，地址{addr}。",
            tr=tr,
            v=v,
            ph=c.phone(0.95),
            addr=c.address(),
        )
    )


def g6_roster(c: _Ctx) -> list[_Part]:
    rows = []
    for _ in range(c.rng.randint(3, 5)):
        v, nat = foreigner(c)
        rows.append([f"M{c.digits(3)}", v, nat, c.arc(), c.phone(0.95)])
    return [
        f"{c.pick(_COMPANIES)} 外籍勞工名冊（檢查當日提供）\n",
        *table(c, ["工號", "姓名", "國籍", "居留證號", "手機"], rows),
    ]


def g6_english(c: _Ctx) -> list[_Part]:
    v, nat = foreigner(c, "foreign_latin")
    s = c.person("tw")
    return fill(
        "Worker {v} (Passport {pp}) — left hand caught in roller around "
        + c.time()
        + ". Supervisor {s} said 機台防護罩上週被拆掉. Hospital: "
        + c.pick(_HOSPITALS)
        + ", DOB {dob}.",
        v=v,
        pp=c.passport(_NAT_CODE[nat]),
        s=s,
        dob=c.dob(1975, 2004),
    )


def g6_gongwen(c: _Ctx) -> list[_Part]:
    v, _nat = foreigner(c)
    return fill(
        "主旨：貴公司於{date}發生勞工{v}（統一證號{arc}）遭機械捲入致"
        + c.pick(["重傷", "死亡"])
        + "之職業災害，請於文到7日內提出改善計畫，請查照。\n說明：一、依職業安全衛生法第37條及"
        "{doc}函辦理。\n二、貴公司統一編號" + c.ban() + "，負責人{boss}。",
        date=c.date(1.0),
        v=v,
        arc=c.arc(),
        doc=c.docno(5),
        boss=c.person("adult_tw"),
    )


def g6_interview(c: _Ctx) -> list[_Part]:
    w, nat = foreigner(c)
    return fill(
        "訪談紀錄\n受訪者：{w}（" + nat + "籍，居留證{arc}，出生{dob}）\n問：事發時你在哪裡？\n"
        "答：我在隔壁機台，聽到他大叫，看到{v}的手在機器裡面。\n問：當天誰負責?\n答：組長{m}。",
        w=w,
        arc=c.arc(),
        dob=c.dob(1975, 2004),
        v=c.person("migrant"),
        m=c.person("tw"),
    )


def g6_neg_stats(c: _Ctx) -> list[_Part]:
    r = c.rng.randint
    return [
        f"{c.year()}年上半年本處實施職災檢查{r(200, 900)}場次，其中金屬製品製造業占{r(20, 45)}%，"
        f"移工罹災{r(10, 80)}人，以捲夾、被切割最多。依職業安全衛生法第43條處罰鍰{r(30, 300)}件，"
        f"合計{c.amount(10**6, 9 * 10**6)}。1955勞工諮詢申訴專線可提供多語服務。"
    ]


def g6_neg_order(c: _Ctx) -> list[_Part]:
    return [
        f"主旨：{c.pick(_COMPANIES)}（統一編號{c.ban()}）動力衝剪機械未設置安全裝置，違反機械設備器具"
        f"安全標準第{c.rng.randint(4, 12)}條，處罰鍰{c.amount(30000, 300000)}（{c.docno(5)}）。\n"
        f"說明：機台型號AIDA NC1-{c.pick(['80', '110', '150'])}，序號{c.digits(6)}，"
        f"應於{c.date(1.0)}前完成改善。"
    ]


def g6_neg_table(c: _Ctx) -> list[_Part]:
    rows = [
        [co, c.ban(), str(c.rng.randint(0, 5)), c.pick(["合格", "限期改善", "停工"])]
        for co in c.rng.sample(_COMPANIES, 4)
    ]
    return ["彰濱工業區複查名單\n", *table(c, ["事業單位", "統一編號", "缺失項數", "結果"], rows)]


# ---------------------------------------------------------------------------------------------
# More registers (added after a first read of the output).


def g1_handover(c: _Ctx) -> list[_Part]:
    v, v2, perp = c.person(), c.person(), c.person("tw")
    return fill(
        "【交接單】{date} 夜班→日班\n・A案（{v}{id}）凌晨{t}點入住，情緒穩定，已進食。\n"
        "・B案 {v2}：相對人{perp}昨晚在庇護所附近徘徊，已報案，日班勿讓案主單獨外出。\n"
        "・B案緊急聯絡人（案主胞姊）電話{ph}",
        date=c.date(0.6),
        v=v,
        id=c.id_for(v),
        t=str(c.rng.randint(1, 5)),
        v2=v2,
        perp=perp,
        ph=c.phone(),
    )


def g2_list(c: _Ctx) -> list[_Part]:
    out: list[_Part] = [c.pick(["錄取名單如下：\n", "獲獎學生（依年級排列）\n", "初審通過：\n"])]
    marks = "一二三四五六"
    for i in range(c.rng.randint(3, 5)):
        out += [
            c.pick([f"（{marks[i]}）", f"{i + 1}.", "◎"]),
            _child(c),
            "　",
            c.pick(_SCHOOLS),
            "\n",
        ]
    out += [f"以上共{len(out) // 5}名，名單請勿張貼於公開場所。"]
    return out


def g3_relative(c: _Ctx) -> list[_Part]:
    kind = c.pick(["han", "han", "indig", "married"])
    dad = c.person(kind)
    who = "我媽" if kind == "married" else c.pick(["我爸", "我媽", "我阿公", "家裡長輩"])
    return fill(
        "民眾來電：我幫"
        + who
        + "{dad}問的，{dob}生，今年要高齡換照，體檢可以在{addr}附近的診所做嗎？"
        "身分證號碼{id}，回電{ph}。",
        dad=dad,
        dob=c.dob(1935, 1950),
        addr=c.address(),
        id=c.twid(),
        ph=c.phone(),
    )


def g4_receipt(c: _Ctx) -> list[_Part]:
    v, st = c.person(c.pick(["han", "married", "indig"])), c.person("tw")
    return fill(
        "收　據\n茲收到{v}君繳回" + str(c.year() - 1) + "年度綜合所得稅溢退稅款{amt}，收訖無誤。\n"
        "繳款人身分證統一編號：{id}\n經手人：{st}　" + c.date(1.0),
        v=v,
        amt=c.amount(300, 20000),
        id=c.twid(),
        st=st,
    )


def g5_thread(c: _Ctx) -> list[_Part]:
    v, st = c.person(), c.person("tw")
    return fill(
        "From: {mail}\nSubject: Re: 館際借書 request (" + c.caseno(4) + ")\n\n"
        "Hi，我是{v}，可以把國圖那本" + c.pick(_BOOKS) + "直接寄到{addr}嗎？I'm working in 新竹 "
        "on weekdays. Thanks!\n\n"
        "> 您好，館際借書依規定須本人到館取書，恕無法郵寄，請見諒。\n> 館員{st}",
        mail=c.email(),
        v=v,
        addr=c.address(),
        st=st,
    )


def g6_notify(c: _Ctx) -> list[_Part]:
    v, nat = foreigner(c)
    rows: list[list[_Part]] = [
        ["罹災者", v],
        ["國籍", nat],
        ["統一證號", c.arc()],
        ["手機", c.phone(0.9)],
        ["事業單位", c.pick(_COMPANIES)],
        ["發生時間", c.date() + " " + c.time()],
    ]
    return [
        "職業災害通報單（事業單位填報）\n",
        *table(c, ["項目", "內容"], rows, c.pick(["space", "tab"])),
    ]


def g1_neg_line(c: _Ctx) -> list[_Part]:
    return [
        f"{c.time()} 督導：今晚A處所床位剩{c.rng.randint(1, 3)}床，B處所冷氣維修中\n"
        f"{c.time()} 社工：收到，明早把{c.caseno(0)}的資料送法院\n"
        f"{c.time()} 督導：記得保護令聲請狀要用新版（{c.date()}修正），舊版會被退"
    ]


def g2_neg_schedule(c: _Ctx) -> list[_Part]:
    rows = [
        [
            f"{8 + i}:00",
            sch,
            c.pick(["第一會議室", "視聽教室", "線上(Google Meet)"]),
            str(c.rng.randint(3, 18)),
        ]
        for i, sch in enumerate(c.rng.sample(_SCHOOLS, 4))
    ]
    return ["面談場次分配（各校人數）\n", *table(c, ["時段", "學校", "地點", "人數"], rows)]


def g3_neg_form(c: _Ctx) -> list[_Part]:
    return [
        "汽機車駕駛人體格檢查表（空白表格，請以正楷填寫）\n姓名：＿＿＿＿＿＿　性別：□男 □女\n"
        "身分證統一編號：□□□□□□□□□□\n出生日期：民國＿＿年＿＿月＿＿日\n"
        "住址：＿＿縣(市)＿＿鄉(鎮、市、區)＿＿路(街)＿＿號\n"
        f"※本表有效期限為一年（{c.docno(2)}）。"
    ]


def g4_neg_form(c: _Ctx) -> list[_Part]:
    return [
        "溢繳稅款退還申請書填寫說明：一、申請人欄請填寫納稅義務人姓名及身分證統一編號；"
        "二、退稅帳戶須為納稅義務人本人帳戶；三、委託他人辦理者，應附委任書及受託人身分證影本。"
        f"四、本申請書得以郵寄或傳真至(02)2311-3711辦理（{c.docno(3)}）。"
    ]


def g5_neg_line(c: _Ctx) -> list[_Part]:
    return [
        f"【{c.pick(_BRANCHES)}LINE官方帳號】親愛的讀者您好：{c.date()}起館際借書改為線上申請，"
        f"每次手續費{c.amount(50, 100)}，可使用悠遊卡或行動支付。"
        f"逾期罰款上限每冊{c.rng.randint(50, 200)}元。"
        "詳情請見官網公告。"
    ]


def g6_neg_line(c: _Ctx) -> list[_Part]:
    return [
        f"[群組] 明天{c.time()}彰濱工業區門口集合，帶噪音計和照度計\n"
        f"[群組] {c.pick(_COMPANIES)}上次的缺失（{c.caseno(5)}）要複查\n"
        "[群組] 記得請通譯同行，印尼語、越南語各一位，費用由局裡支出"
    ]


# ---------------------------------------------------------------------------------------------
# Assembly.

_POSITIVE = [
    [
        g1_gongwen,
        g1_caselog,
        g1_call,
        g1_line,
        g1_form,
        g1_table,
        g1_spouse,
        g1_email,
        g1_english,
        g1_roster,
        g1_order,
        g1_handover,
    ],
    [
        g2_record,
        g2_csv,
        g2_line,
        g2_english,
        g2_award,
        g2_notes,
        g2_schedule,
        g2_email,
        g2_call,
        g2_list,
    ],
    [
        g3_ruling,
        g3_medical,
        g3_call,
        g3_migrant,
        g3_english,
        g3_csv,
        g3_line,
        g3_epilepsy,
        g3_elder,
        g3_relative,
    ],
    [
        g4_notice,
        g4_call,
        g4_card,
        g4_foreign,
        g4_email,
        g4_table,
        g4_terse,
        g4_heirs,
        g4_english,
        g4_receipt,
    ],
    [g5_ill, g5_lost, g5_line, g5_overdue, g5_english, g5_terse, g5_child, g5_delivery, g5_thread],
    [
        g6_report,
        g6_terse,
        g6_call,
        g6_line,
        g6_roster,
        g6_english,
        g6_gongwen,
        g6_interview,
        g6_notify,
    ],
]
_NEGATIVE = [
    [g1_neg_gongwen, g1_neg_stats, g1_neg_notice, g1_neg_table, g1_neg_minutes, g1_neg_line],
    [g2_neg_rules, g2_neg_stats, g2_neg_minutes, g2_neg_letter, g2_neg_schedule],
    [g3_neg_rules, g3_neg_stats, g3_neg_notice, g3_neg_form],
    [g4_neg_company, g4_neg_rules, g4_neg_table, g4_neg_form],
    [g5_neg_rules, g5_neg_list, g5_neg_news, g5_neg_line],
    [g6_neg_stats, g6_neg_order, g6_neg_table, g6_neg_line],
]


def generate_heldout60(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the known-names list."""
    rng = random.Random(f"heldout60:{seed}")
    c = _Ctx(rng, n)
    samples: list[Sample] = []
    for _ in range(n):
        negative = rng.random() < 0.25
        genre = rng.randrange(len(_POSITIVE))
        pool = _NEGATIVE[genre] if negative else _POSITIVE[genre]
        while True:
            sample = render(rng.choice(pool)(c), negative)
            if is_clean(sample):
                break
        samples.append(sample)
    return samples, list(c.known)
