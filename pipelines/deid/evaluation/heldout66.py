"""Held-out evaluation set 66 for the Traditional-Chinese personal-data scanner.

Written without looking at the scanner: only the ``Sample`` dataclass and the identifier
checksum helpers (pipelines/deid/identifiers) were read. Six genres of free text as agency
staff write it:

- 結婚、離婚登記: marriage and divorce registrations at household registration offices;
- 欠稅分期: tax arrears enforcement and installment plans;
- 復康巴士駕駛異常紀錄: rehabilitation-bus driver incident logs;
- 課後照顧補助: after-school tutoring subsidy rosters;
- 漁民意外保險: fishermen's accident insurance claims;
- 防災演練簽到: community disaster-drill sign-in sheets.

Registers: 公文 sentences, terse case-log notes, transcribed phone calls, LINE chat lines, pasted
e-mails, pasted forms with labels, tables (tab, CSV, pipe, aligned spaces), numbered rosters and
English mixed into Chinese. About a quarter of the samples are hard negatives: no personal data,
but document numbers, 統一編號 with valid checksums, case numbers, statute articles, amounts,
ordinary dates, place and organisation names, products, blank forms and words that start with
surname characters. Only dates of birth of people are BIRTH_DATE; other dates stay unlabelled.
"""

import datetime
import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import TypeVar

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

P = "PERSON"
NID = "TW_NATIONAL_ID"
ARC = "TW_RESIDENT_CERT"
TEL = "PHONE"
MAIL = "EMAIL"
ADDR = "ADDRESS"
NHI = "TW_NHI_CARD"
PP = "PASSPORT"
CC = "CREDIT_CARD"
BD = "BIRTH_DATE"

_WIDE_SHARE = 0.13  # share of non-person values written in full-width forms
_NEG_SHARE = 0.25
_KNOWN_SHARE = 0.5

Span = tuple[str, str]  # (value, label)
T = TypeVar("T")

# ---------------------------------------------------------------------------- name pools


def _words(s: str) -> list[str]:
    return s.split()


_SURNAMES = list(
    "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙"
    "顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董唐藍蔣石古紀姚連馮歐程湯田康姜白汪鄒尤巫黎涂龔嚴"
    "韓袁金童陸夏柳邵錢伍倪溫"
)
_COMPOUND = ["歐陽", "司徒", "張簡", "范姜", "諸葛", "上官", "司馬", "東方"]
_MALE = _words(
    "志明 俊宏 建宏 家豪 冠宇 承翰 宗翰 柏翰 彥廷 國華 文雄 金龍 清水 榮輝 明德 天賜 正雄 永福 "
    "勝雄 坤山 世傑 俊傑 信宏 建志 哲瑋 育誠 宏銘 啟文 進財 水木 火旺 添丁 萬來 德旺 耀宗 英傑 "
    "銘輝 智偉 嘉宏 順發 金城 阿土 春生 文彬 振豪 士賢 子豪 昆霖"
)
_FEMALE = _words(
    "淑芬 美玲 雅婷 怡君 佩珊 惠美 秀英 麗華 玉蘭 淑惠 欣怡 詩涵 宜蓁 靜宜 月娥 秀琴 阿珠 素貞 "
    "美雲 碧霞 春嬌 寶珠 金葉 麗卿 婉婷 雅雯 思穎 郁婷 筱涵 佳蓉 秋月 玉梅 麗珠 雪芬 慧玲 美惠"
)
_SINGLE = list("強靜勇萍傑慧娟豪琳偉")
_KID = _words(
    "宥廷 品睿 語彤 芯妤 宸恩 沐晴 禹安 柏宇 子晴 品妍 宇恩 睿宸 恩綺 若瑜 承恩 昱辰 詠晴 璟睿 "
    "以晴 苡安 翊軒 宥蓁 芊語 柏諺 宸睿 妍希 品希 允樂 書瑀 亦凡"
)
_IND_HAN_GIVEN = _words(
    "瓦旦 比令 尤幹 巴奈 拉娃 馬耀 吉娃斯 達卡 莎韻 烏杜 伊萬 巴杜 哈勇 蘇密 達吉斯"
)
_IND_HAN_FAMILY = _words("達利 諾幹 巴萬 谷木 拉罕 尤命 吉拉 卡造 哈用 塔瑪 撒韻 馬紹 阿浪 瓦歷斯")
_IND_LAT_GIVEN = _words(
    "Watan Pilin Yukan Panay Lawa Mayaw Ciwas Sayun Utu Iwan Batu Hayung Sumi Dakis Lahuy Ipay "
    "Kacaw Tuyaw Sakinu Afas"
)
_IND_LAT_FAMILY = _words(
    "Tanga Nokan Pawan Kumu Lahan Yumin Kila Hayung Tama Icyeh Temu Sili Watan Pasang Lituk Sawmah"
)
_VN_SUR_HAN = list("阮陳黎范武黃潘吳鄧裴")
_VN_F_HAN = _words("秋香 玉蘭 美幸 垂蓉 青心 紅絨 翠玉 春梅 秋恆 金鳳 碧桃 碧珠")
_VN_M_HAN = _words("雄 勇 強 南 明俊 德仁 光輝 文海")
_VN_SUR_LAT = _words("Nguyen Tran Le Pham Vo Hoang Phan Ngo Dang Bui")
_VN_F_LAT = ["Thu Huong", "Ngoc Anh", "Lan", "Hoa", "My Hanh", "Thanh Tam", "Kim Phuong", "Thuy"]
_VN_M_LAT = ["Hung", "Dung", "Minh Tuan", "Duc Nhan", "Nam", "Quoc Bao"]
_IDN_FIRST = _words(
    "Siti Sri Dewi Rina Yuli Nur Budi Eko Wahyu Dedi Ani Fitri Indah Putri Joko Slamet Tri Lilis"
)
_IDN_LAST = _words(
    "Aminah Wahyuni Lestari Marlina Astuti Hidayah Santoso Prasetyo Setiawan Kurniawan Rahayu "
    "Susanti Hartati Saputra Nugroho Maulana Rohmah Fauziah"
)
_IDN_MONO = _words("Suyatmi Sumarni Tukinem Paijo Wartini Karsinah")
_IDN_HAN_FIRST = _words("絲莉 蒂薇 莉娜 尤莉 努兒 布迪 艾可 阿古斯 瓦尤 菲特莉 茵妲 普翠")
_IDN_HAN_LAST = _words("阿米娜 瓦尤妮 蕾絲塔莉 瑪琳娜 阿絲圖蒂 山多索 普拉瑟約 塞蒂亞萬 拉哈尤")
_PH_FIRST = [
    "Maria", "Mary Grace", "Ana Marie", "Jonathan", "Rodel", "Jennifer", "Marilou", "Rowena",
    "Ricardo", "Jocelyn", "Arnel", "Cristina", "Lovely", "Jhun",
]  # fmt: skip
_PH_LAST = [
    "Santos", "Reyes", "Dela Cruz", "Bautista", "Villanueva", "Garcia", "Mendoza", "Ramos",
    "Aquino", "Castillo", "Flores", "Navarro", "Manalo", "Pascual",
]  # fmt: skip
_PH_HAN_FIRST = _words("瑪莉亞 羅德爾 珍妮佛 瑪莉露 羅溫娜 喬瑟琳 阿內爾 克莉絲汀")
_PH_HAN_LAST = _words("桑托斯 雷耶斯 包蒂斯塔 維拉紐瓦 加西亞 門多薩 拉莫斯 馬納洛")
_TH_FIRST = _words("Somchai Wanida Anan Somsak Malai Kanya Prasert Sunee Chaiwat Nattaya Boonsong")
_TH_LAST = _words("Saetang Srisuk Boonmee Chaiyasit Wongsawat Phromma Kaewkham Thongdee Inthara")
_TH_HAN_FIRST = _words("頌猜 婉妮達 阿南 頌薩 瑪萊 甘雅 巴色 蘇妮")
_TH_HAN_LAST = _words("沙當 詩素 汶美 通迪 翁沙瓦 蓬瑪")

_PERSON_RE = re.compile(r"[\u4e00-\u9fff‧·]{2,8}|[A-Za-z]+(?: [A-Za-z]+){0,3}")

# Shares of each kind of name in the known list (a dataset's own name column).
_KIND_WEIGHTS = {
    "m": 22,
    "f": 20,
    "fm": 8,
    "kid": 14,
    "ind": 9,
    "vn": 10,
    "idn": 8,
    "ph": 5,
    "th": 4,
}


def _make_name(r: random.Random, kind: str) -> str:
    """One name of the given kind (Han, married, child, Indigenous or foreign resident)."""
    if kind in ("m", "f", "kid"):
        pool = {"m": _MALE, "f": _FEMALE, "kid": _KID}[kind]
        sur = r.choice(_COMPOUND) if r.random() < 0.07 else r.choice(_SURNAMES)
        given = r.choice(_SINGLE) if kind != "kid" and r.random() < 0.07 else r.choice(pool)
        return sur + given
    if kind == "fm":  # married name: husband's surname before her own
        a, b = r.sample(_SURNAMES, 2)
        return a + b + r.choice(_FEMALE)
    if kind == "ind":
        if r.random() < 0.5:
            dot = "‧" if r.random() < 0.7 else "·"
            return r.choice(_IND_HAN_GIVEN) + dot + r.choice(_IND_HAN_FAMILY)
        return r.choice(_IND_LAT_GIVEN) + " " + r.choice(_IND_LAT_FAMILY)
    if kind == "vn":
        female = r.random() < 0.75
        if r.random() < 0.55:
            mid, given = ("氏", r.choice(_VN_F_HAN)) if female else ("文", r.choice(_VN_M_HAN))
            return r.choice(_VN_SUR_HAN) + mid + given
        mid, given = ("Thi", r.choice(_VN_F_LAT)) if female else ("Van", r.choice(_VN_M_LAT))
        name = f"{r.choice(_VN_SUR_LAT)} {mid} {given}"
        return name.upper() if r.random() < 0.25 else name
    if kind == "idn":
        x = r.random()
        if x < 0.12:
            return r.choice(_IDN_MONO)
        if x < 0.4:
            return r.choice(_IDN_HAN_FIRST) + "·" + r.choice(_IDN_HAN_LAST)
        name = r.choice(_IDN_FIRST) + " " + r.choice(_IDN_LAST)
        return name.upper() if r.random() < 0.2 else name
    if kind == "ph":
        if r.random() < 0.25:
            return r.choice(_PH_HAN_FIRST) + "·" + r.choice(_PH_HAN_LAST)
        name = r.choice(_PH_FIRST) + " " + r.choice(_PH_LAST)
        return name.upper() if r.random() < 0.2 else name
    if kind == "th":
        if r.random() < 0.4:
            return r.choice(_TH_HAN_FIRST) + "·" + r.choice(_TH_HAN_LAST)
        return r.choice(_TH_FIRST) + " " + r.choice(_TH_LAST)
    raise ValueError(kind)


# ---------------------------------------------------------------------------- places

# (postal code, county/city + township/district, villages)
_PLACES = [
    ("928", "屏東縣東港鎮", ["興東里", "新勝里", "下廍里", "大鵬里"]),
    ("929", "屏東縣琉球鄉", ["本福村", "漁福村", "天福村"]),
    ("270", "宜蘭縣蘇澳鎮", ["南建里", "南正里", "永春里"]),
    ("806", "高雄市前鎮區", ["草衙里", "興東里", "明正里"]),
    ("805", "高雄市旗津區", ["中洲里", "實踐里", "上竹里"]),
    ("852", "高雄市茄萣區", ["白砂里", "嘉定里"]),
    ("202", "基隆市中正區", ["正濱里", "八斗里", "社寮里"]),
    ("880", "澎湖縣馬公市", ["重慶里", "西衛里", "光明里"]),
    ("961", "臺東縣成功鎮", ["三仙里", "和平里"]),
    ("950", "臺東縣臺東市", ["豐谷里", "新生里"]),
    ("973", "花蓮縣吉安鄉", ["仁里村", "福興村", "南華村"]),
    ("220", "新北市板橋區", ["留侯里", "港嘴里"]),
    ("228", "新北市貢寮區", ["和美里", "福隆里"]),
    ("406", "臺中市北屯區", ["仁和里", "平田里"]),
    ("709", "臺南市安南區", ["顯宮里", "溪心里", "海南里"]),
    ("320", "桃園市中壢區", ["中堅里", "興南里"]),
    ("302", "新竹縣竹北市", ["十興里", "東平里"]),
    ("505", "彰化縣鹿港鎮", ["洛津里", "海埔里"]),
    ("638", "雲林縣麥寮鄉", ["海豐村", "後安村"]),
    ("614", "嘉義縣東石鄉", ["塭港村", "網寮村"]),
    ("600", "嘉義市西區", ["北新里", "福民里"]),
    ("106", "臺北市大安區", ["龍坡里", "古莊里"]),
    ("545", "南投縣埔里鎮", ["清新里", "杷城里"]),
    ("350", "苗栗縣竹南鎮", ["龍鳳里", "海口里"]),
]
_ROADS = _words(
    "中正路 中山路 民生路 民族路 光復路 復興路 自強街 和平街 建國路 文化路 成功路 信義路 仁愛路 "
    "漁港路 海濱路 中華路 民權路 大同路 新生路 朝陽街 新興街 延平路 公園路 三民路 福德街 海埔路"
)
_SECTIONS = "一二三四"

_PRINTABLE = re.compile(r"[!-~]")


def _fw(s: str) -> str:
    """Full-width forms of the ASCII characters (Ａ１２３…); spaces stay."""
    return _PRINTABLE.sub(lambda m: chr(ord(m.group()) + 0xFEE0), s)


# ---------------------------------------------------------------------------- value makers


def _digits(r: random.Random, k: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(k))


def _luhn_complete(body: str) -> str:
    """``body`` plus the Luhn check digit."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def _national_id(r: random.Random, sex: str | None = None) -> str:
    letter = r.choice(sorted(LETTER_CODES))
    digits8 = (sex or r.choice("12")) + _digits(r, 7)
    value = letter + digits8 + id_check_digit(letter, digits8)
    assert twid.is_valid(value)
    return value


def _resident_cert(r: random.Random) -> str:
    letter = r.choice(sorted(LETTER_CODES))
    if r.random() < 0.7:  # new form, letter + 8/9 + digits
        digits8 = r.choice("89") + _digits(r, 7)
        value = letter + digits8 + id_check_digit(letter, digits8)
    else:  # old form, two letters
        second = r.choice("ABCD")
        tail7 = _digits(r, 7)
        check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail7)
        value = letter + second + tail7 + check
    assert arc.is_valid(value) and not twid.is_valid(value)
    return value


def _passport(r: random.Random, nat: str) -> str:
    if nat == "tw":
        return "3" + _digits(r, 8)
    if nat == "vn":
        return r.choice("CBN") + _digits(r, 7)
    if nat == "idn":
        return r.choice("ABCXE") + _digits(r, 7)
    if nat == "ph":
        return "P" + _digits(r, 7) + r.choice("ABCDEFGH")
    return r.choice(["AA", "AB", "AC", "AD", "AF"]) + _digits(r, 7)


_MOBILE_PREFIX = _words(
    "10 12 13 18 19 20 21 22 28 30 32 33 37 38 52 55 58 63 66 70 72 75 78 80 81 86 88 89 91 "
    "96 97 98"
)


def _mobile(r: random.Random) -> str:
    d = "09" + r.choice(_MOBILE_PREFIX) + _digits(r, 6)
    style = r.randrange(7)
    if style == 0:
        return d
    if style == 1:
        return f"{d[:4]} {d[4:7]} {d[7:]}"
    if style == 2:
        return f"{d[:4]}-{d[4:]}"
    if style == 3:
        return f"+886-{d[1:4]}-{d[4:7]}-{d[7:]}"
    if style == 4:
        return f"+886 {d[1:4]} {d[4:7]} {d[7:]}"
    return f"{d[:4]}-{d[4:7]}-{d[7:]}"


# (area code, local digits); 02/04 numbers have eight local digits, most others seven
_AREAS = [
    ("02", 8), ("03", 7), ("04", 8), ("049", 7), ("05", 7), ("06", 7), ("07", 7), ("08", 7),
    ("089", 6), ("037", 6), ("06", 7), ("07", 7),
]  # fmt: skip
# (issuer prefix, length): Visa, Mastercard, JCB, Amex, UnionPay
_CARD_KINDS = [
    ("4", 16), ("4", 16), ("51", 16), ("52", 16), ("55", 16), ("35", 16), ("37", 15),
    ("62", 16), ("2221", 16),
]  # fmt: skip


def _landline(r: random.Random) -> str:
    area, k = r.choice(_AREAS)
    local = r.choice("2345678") + _digits(r, k - 1)
    split = 4 if k == 8 else 3
    style = r.randrange(4)
    if style == 0:
        return f"({area}){local[:split]}-{local[split:]}"
    if style == 1:
        return f"{area}-{local}"
    if style == 2:
        return f"{area}-{local[:split]}-{local[split:]}"
    return f"({area}) {local}"


def _card(r: random.Random) -> str:
    prefix, length = r.choice(_CARD_KINDS)
    number = _luhn_complete(prefix + _digits(r, length - len(prefix) - 1))
    style = r.randrange(4)
    if length == 15:
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i : i + 4] for i in range(0, 16, 4)]
    value = number if style == 0 else ("-" if style == 1 else " ").join(groups)
    assert creditcard.is_valid(value)
    return value


def _nhi(r: random.Random) -> str:
    number = ("0000" if r.random() < 0.8 else "000" + r.choice("12")) + _digits(r, 8)
    style = r.randrange(3)
    if style == 0:
        return number
    sep = "-" if style == 1 else " "
    return sep.join((number[:4], number[4:8], number[8:]))


_MAIL_WORDS = _words(
    "lin chen wang huang ming mei jay amy vicky kevin tina jack fish sea happy rainbow ocean star "
    "mama baby lucky sunny peggy annie wei hsu yu tsai boat apple"
)
_MAIL_DOMAINS = [
    "gmail.com", "gmail.com", "yahoo.com.tw", "hotmail.com", "ms45.hinet.net", "outlook.com",
    "msa.hinet.net", "icloud.com", "yahoo.com",
]  # fmt: skip
_STAFF_DOMAINS = ["mail.pthg.gov.tw", "tax.gov.tw", "ris.gov.tw", "mail.kcg.gov.tw", "fa.gov.tw"]


def _email(r: random.Random, staff: bool = False) -> str:
    a = r.choice(_MAIL_WORDS)
    b = r.choice([*_MAIL_WORDS, "", ""])
    sep = r.choice([".", "_", "", ""])
    tail = r.choice(["", _digits(r, 2), _digits(r, 4), str(r.randint(1955, 2005))])
    local = a + (sep + b if b else "") + tail
    domain = r.choice(_STAFF_DOMAINS if staff else _MAIL_DOMAINS)
    return local + "@" + domain


def _address(r: random.Random) -> str:
    code, area, villages = r.choice(_PLACES)
    out = ""
    x = r.random()
    if x < 0.3:
        out += code + r.choice(["", " "])
    elif x < 0.4:
        out += code + _digits(r, 2)
    out += area
    if r.random() < 0.3:
        out += r.choice(villages)
        if r.random() < 0.6:
            out += f"{r.randint(1, 24)}鄰"
    road = r.choice(_ROADS)
    out += road
    if road.endswith("路") and r.random() < 0.25:
        out += r.choice(_SECTIONS) + "段"
    if r.random() < 0.35:
        out += f"{r.randint(1, 320)}巷"
        if r.random() < 0.25:
            out += f"{r.randint(1, 30)}弄"
    out += str(r.randint(1, 399))
    if r.random() < 0.1:
        out += f"之{r.randint(1, 6)}"
    out += "號"
    y = r.random()
    if y < 0.25:
        out += f"{r.randint(2, 12)}樓"
        if r.random() < 0.3:
            out += f"之{r.randint(1, 5)}"
    elif y < 0.32:
        out += f"{r.randint(2, 9)}F"
    if area[0] == "臺" and r.random() < 0.25:
        out = out.replace("臺", "台", 1)
    return out


def _random_date(r: random.Random, y0: int, y1: int) -> datetime.date:
    start = datetime.date(y0, 1, 1)
    return start + datetime.timedelta(days=r.randrange((datetime.date(y1, 12, 31) - start).days))


def _birth_date(r: random.Random, y0: int, y1: int, roc_only: bool = False) -> str:
    d = _random_date(r, y0, y1)
    y, m, dd, roc = d.year, d.month, d.day, d.year - 1911
    forms = [
        f"民國{roc}年{m}月{dd}日",
        f"{roc}年{m}月{dd}日",
        f"{roc:03d}.{m:02d}.{dd:02d}",
        f"{roc}/{m:02d}/{dd:02d}",
        f"{roc}.{m}.{dd}",
        f"民{roc}年{m:02d}月{dd:02d}日",
    ]
    if not roc_only:
        forms += [
            f"{y}-{m:02d}-{dd:02d}",
            f"{y}/{m}/{dd}",
            f"{y}年{m}月{dd}日",
            f"{y}.{m:02d}.{dd:02d}",
        ]
    return r.choice(forms)


def _valid_ban(r: random.Random) -> str:
    while True:
        value = _digits(r, 8)
        if ban.is_valid(value) and value[0] != "0":
            return value


# ---------------------------------------------------------------------------- text builder


class _B:
    """Text built piece by piece; values given as (value, label) become gold spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[tuple[int, int, str]] = []

    def t(self, s: str) -> "_B":
        self.parts.append(s)
        self.size += len(s)
        return self

    def add(self, x: str | Span | int) -> "_B":
        if isinstance(x, tuple):
            value, label = x
            start = self.size
            self.t(value)
            self.spans.append((start, self.size, label))
            return self
        return self.t(str(x))

    def f(self, template: str, *args: str | Span | int) -> "_B":
        """Fill ``{}`` holes of ``template`` in order; tuples become spans."""
        pieces = template.split("{}")
        assert len(pieces) == len(args) + 1, template
        for piece, arg in zip(pieces, args, strict=False):
            self.t(piece).add(arg)
        return self.t(pieces[-1])

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------------------- generator state


class _G:
    """Random source plus makers of labelled values and of risky unlabelled fillers."""

    def __init__(self, r: random.Random, known: dict[str, list[str]], known_set: set[str]):
        self.r = r
        self.known = known  # per kind: the names that may be mentioned
        self.known_set = known_set

    # -- helpers
    def c(self, seq: Sequence[T]) -> T:
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def w(self, value: str) -> str:
        return _fw(value) if self.r.random() < _WIDE_SHARE else value

    # -- labelled values
    def name(self, kind: str) -> Span:
        if self.r.random() < _KNOWN_SHARE and self.known.get(kind):
            return self.c(self.known[kind]), P
        while True:
            value = _make_name(self.r, kind)
            if value not in self.known_set and _PERSON_RE.fullmatch(value):
                return value, P

    def han(self) -> Span:
        return self.name(self.c(["m", "m", "f", "f", "fm"]))

    def adult(self) -> Span:
        return self.name(self.c(["m", "m", "f", "f", "fm", "ind"]))

    def foreign(self) -> tuple[Span, str]:
        nat = self.c(["vn", "vn", "vn", "idn", "idn", "ph", "th"])
        return self.name(nat), nat

    def vn_woman(self) -> Span:
        """A Vietnamese woman's name (氏 / Thi marks the women's names)."""
        while True:
            span = self.name("vn")
            if "氏" in span[0] or " THI " in span[0].upper():
                return span

    def nid(self, sex: str | None = None) -> Span:
        return self.w(_national_id(self.r, sex)), NID

    def arc(self) -> Span:
        return self.w(_resident_cert(self.r)), ARC

    def pp(self, nat: str) -> Span:
        return self.w(_passport(self.r, nat)), PP

    def mobile(self) -> Span:
        return self.w(_mobile(self.r)), TEL

    def tel(self) -> Span:
        return self.w(_mobile(self.r) if self.chance(0.75) else _landline(self.r)), TEL

    def landline(self) -> Span:
        return self.w(_landline(self.r)), TEL

    def mail(self, staff: bool = False) -> Span:
        return self.w(_email(self.r, staff)), MAIL

    def addr(self) -> Span:
        return self.w(_address(self.r)), ADDR

    def nhi(self) -> Span:
        return self.w(_nhi(self.r)), NHI

    def card(self) -> Span:
        return self.w(_card(self.r)), CC

    def bd(self, y0: int = 1938, y1: int = 2002, roc_only: bool = False) -> Span:
        return self.w(_birth_date(self.r, y0, y1, roc_only)), BD

    def kid_bd(self) -> Span:
        return self.bd(2012, 2019)

    # -- unlabelled fillers
    def roc_day(self, year: int | None = None) -> str:
        y = year or self.r.randint(111, 114)
        m, d = self.r.randint(1, 12), self.r.randint(1, 28)
        return self.c(
            [
                f"{y}年{m}月{d}日",
                f"{y}/{m:02d}/{d:02d}",
                f"{y}.{m:02d}.{d:02d}",
                f"{m}/{d}",
                f"{y + 1911}-{m:02d}-{d:02d}",
                f"{m}月{d}日",
            ]
        )

    def roc_long(self, year: int | None = None) -> str:
        y = year or self.r.randint(111, 114)
        return f"{y}年{self.r.randint(1, 12)}月{self.r.randint(1, 28)}日"

    def clock(self, k: int) -> list[str]:
        """``k`` increasing times of one morning or afternoon (chat lines)."""
        start = self.r.randint(7 * 60, 16 * 60)
        marks = sorted(self.r.sample(range(start, start + 90), k))
        return [f"{m // 60:02d}:{m % 60:02d}" for m in marks]

    def mmdd(self) -> str:
        return f"{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"

    def hhmm(self) -> str:
        return f"{self.r.randint(7, 21):02d}:{self.r.randint(0, 59):02d}"

    def amount(self, lo: int = 800, hi: int = 380000) -> str:
        return f"{self.r.randint(lo, hi):,}"

    def docno(self) -> str:
        org = self.c(["府授", "屏府社助", "高市稅法", "北市財稅", "臺教國署國", "漁二", "府消救"])
        return f"{org}字第{self.r.randint(111, 114)}{_digits(self.r, 7)}號"

    def caseno(self) -> str:
        kind = self.c(["執", "營稅執", "地稅執", "綜所稅執", "促", "司執", "救"])
        return f"{self.r.randint(110, 114)}年度{kind}字第{self.r.randint(100, 99999):05d}號"

    def ban(self) -> str:
        return _valid_ban(self.r)

    def plate(self) -> str:
        return f"{self.c(['KAA', 'KAB', 'RAA', 'RAB', 'KEA'])}-{_digits(self.r, 4)}"

    def boat(self) -> str:
        a = self.c(["新", "金", "大", "順", "永"])
        b = self.c(["滿福", "豐漁", "興發", "勝利", "合益", "長春", "慶豐", "東昇"])
        return f"{a}{b}{self.r.randint(1, 368)}號"

    def ct(self) -> str:
        return f"CT{self.r.randint(2, 7)}-{_digits(self.r, 4)}"

    def village(self) -> str:
        return self.c(_PLACES)[2][0]

    def town(self) -> str:
        return self.c(_PLACES)[1]


# ---------------------------------------------------------------------------- 1 結婚、離婚登記

_NAT_ZH = {"vn": "越南", "idn": "印尼", "ph": "菲律賓", "th": "泰國"}
_OFFICES = ["東港", "蘇澳", "前鎮", "旗津", "馬公", "安南", "麥寮", "竹南", "板橋", "北屯", "中壢"]


def _mar_gongwen(g: _G) -> _B:
    b = _B()
    local = g.name(g.c(["m", "m", "f", "ind"]))
    spouse, nat = g.foreign()
    zh = _NAT_ZH[nat]
    b.f("{}戶政事務所　函\n發文日期：中華民國{}\n", g.c(_OFFICES), g.roc_long())
    b.f("發文字號：{}\n", g.docno())
    b.f(
        "主旨：本所受理轄內居民{}與{}籍配偶{}申辦結婚登記乙案，檢送相關資料，請查照。\n",
        local,
        zh,
        spouse,
    )
    b.t("說明：\n")
    b.f("一、本國籍當事人國民身分證統一編號{}，", g.nid())
    b.f("{}生，戶籍地址：{}。\n", g.bd(1960, 2000), g.addr())
    b.f("二、{}籍當事人持憑護照（號碼{}），", zh, g.pp(nat))
    if g.chance(0.6):
        b.f("外僑居留證統一證號{}，", g.arc())
    b.f("出生日期{}。\n", g.bd(1975, 2003))
    b.f("三、結婚證書業經我國駐外館處驗證，結婚日期為{}。\n", g.roc_long())
    b.t("正本：內政部移民署服務站　副本：本所戶籍課")
    return b


def _mar_caselog(g: _G) -> _B:
    b = _B()
    kind = g.c(["結婚登記", "結婚登記（補登）", "兩願離婚", "判決離婚"])
    b.f("{} 臨櫃 {}\n", g.mmdd(), kind)
    b.f("男 {} {}", g.name(g.c(["m", "m", "ind"])), g.nid("1"))
    b.f("  女 {} {}\n", g.name(g.c(["f", "f", "fm", "ind"])), g.nid("2"))
    if kind.startswith("判決"):
        b.f("附判決書＋確定證明 {}年度婚字第{}號\n", g.r.randint(110, 113), g.r.randint(10, 999))
    else:
        b.f("證人：{}、{}（均親簽）\n", g.han(), g.adult())
    b.t(
        g.c(
            [
                "女方不冠夫姓；子女從姓約定書已附\n",
                "雙方同戶所，免跨所通報\n",
                "男方戶籍在外縣市，已線上通報\n",
                "未成年子女監護：共同行使\n",
            ]
        )
    )
    b.f("承辦 {} 已鍵入，待課長核章", g.han())
    return b


def _mar_divorce_form(g: _G) -> _B:
    b = _B()
    a, c = g.name(g.c(["m", "m", "ind"])), g.name(g.c(["f", "fm", "f"]))
    sep = g.c(["：", ":", "　"])
    b.t(g.c(["【兩願離婚登記申請書】\n", "離婚登記申請書（影本轉貼）\n"]))
    b.f("申請人(一)姓名{}{}　出生日期{}{}　", sep, a, sep, g.bd(1955, 1998))
    b.f("身分證統一編號{}{}\n", sep, g.nid("1"))
    b.f("申請人(二)姓名{}{}　出生日期{}{}　", sep, c, sep, g.bd(1958, 2000))
    b.f("身分證統一編號{}{}\n", sep, g.nid("2"))
    b.f("戶籍地址{}{}\n", sep, g.addr())
    if g.chance(0.6):
        kid = g.name("kid")
        who = g.c([a, c])
        b.f("未成年子女{}（{}生）權利義務之行使或負擔由{}任之。\n", kid, g.kid_bd(), who)
    b.f("聯絡電話{}{}", sep, g.tel())
    if g.chance(0.4):
        b.f("\n證人：{}、{}", g.han(), g.han())
    return b


def _mar_call(g: _G) -> _B:
    b = _B()
    migrant = g.chance(0.25)
    caller = g.vn_woman() if migrant else g.name(g.c(["f", "fm"]))
    spouse = g.name(g.c(["m", "m", "ind"]))
    b.f("【電話紀錄】{} {}\n", g.roc_day(), g.hhmm())
    b.f("來電：{}，回撥號碼 {}\n", caller, g.mobile())
    b.f("問：「我跟我先生{}要協議離婚，", spouse)
    b.t(g.c(["他人在大陸工作回不來", "他現在在工地上班請不了假", "他不肯來戶政"]))
    b.t("，我一個人可以辦嗎？」\n")
    b.t("答：兩願離婚須雙方親自到場並偕同證人二人；對方在國外得出具經驗證之委託書。\n")
    if g.chance(0.6):
        own = ("居留證號", g.arc()) if migrant else ("身分證號", g.nid("2"))
        b.f("備註：來電者主動報{}{}要求查婚姻狀況，已婉拒電話查詢。", *own)
    else:
        b.f("備註：請其先寄資料至 {}，另約臨櫃時間。", g.mail())
    return b


def _mar_line(g: _G) -> _B:
    b = _B()
    s1, s2 = g.han(), g.han()
    spouse, nat = g.foreign()
    b.t(g.c(["[LINE] 戶籍課小組\n", "LINE 群組「戶所外配窗口」\n"]))
    t = g.clock(5)
    b.f("{} {}：早～昨天那對外配結婚登記補件來了\n", t[0], s1)
    b.f("{} {}：外配 {} ARC {}，", t[1], s1, spouse, g.arc())
    b.f("生日 {}\n", g.bd(1980, 2003))
    b.f("{} {}：本國籍那位{}的單身證明有附嗎", t[2], s2, g.han())
    b.f("\n{} {}：有了👍 手機 {} 我留在系統", t[3], s1, g.mobile())
    if g.chance(0.5):
        b.f("\n{} {}：{}護照號 {} 也要登，不然系統會擋", t[4], s2, _NAT_ZH[nat], g.pp(nat))
    return b


def _mar_csv(g: _G) -> _B:
    b = _B()
    b.t("收件編號,類別,當事人,統一編號/證號,出生日期,聯絡電話\n")
    day = f"{g.r.randint(112, 114)}{g.mmdd()}"
    for i in range(g.r.randint(2, 4)):
        cat = g.c(["結婚", "離婚", "結婚", "終止收養"])
        if g.chance(0.3):
            who, _ = g.foreign()
            ident = g.arc()
        else:
            who, ident = g.adult(), g.nid()
        row = (day, f"{i + 1:02d}", cat, who, ident, g.bd(1950, 2003), g.tel())
        b.f("{}-{},{},{},{},{},{}\n", *row)
    b.t("（匯出自戶役政系統，僅供本所核對）")
    return b


def _mar_email(g: _G) -> _B:
    b = _B()
    me = g.name(g.c(["m", "m", "ind"]))
    wife, nat = g.foreign()
    b.f("寄件者：{} <{}>\n", me, g.mail())
    b.t("主旨：Re: 結婚登記 documents check\n\n")
    b.f("Hi 承辦人您好，\nMy partner {} and I want to register our marriage next week. ", wife)
    b.f("對方的 passport no. 是 {}", g.pp(nat))
    if g.chance(0.6):
        b.f("，ARC {}", g.arc())
    b.f("。My ID is {}.\n", g.nid("1"))
    b.t("請問出生證明 birth certificate 需要中譯本嗎？ Thanks a lot!\n\n")
    b.f("{}\n{}", me, g.mobile())
    return b


# ---------------------------------------------------------------------------- 2 欠稅分期

_TAXES = [
    "綜合所得稅",
    "地價稅",
    "房屋稅",
    "使用牌照稅",
    "營業稅",
    "遺產稅",
    "贈與稅",
    "土地增值稅",
]
_BUREAUS = ["屏東縣政府財稅局", "高雄市稅捐稽徵處", "宜蘭縣政府財政稅務局", "財政部南區國稅局"]


def _tax_letter(g: _G) -> _B:
    b = _B()
    who = g.adult()
    k = g.c([6, 12, 18, 24, 36])
    b.f("{}　函\n", g.c(_BUREAUS))
    b.f("受文者：{}君\n地址：{}\n", who, g.addr())
    b.f("發文字號：{}\n", g.docno())
    b.f(
        "主旨：臺端申請{}年度{}欠稅新臺幣{}元分{}期繳納乙案，准予照辦，",
        g.r.randint(108, 113),
        g.c(_TAXES),
        g.amount(),
        k,
    )
    b.t("請依分期繳款書所載期限繳納；任一期逾期未繳，即就未繳清餘額移送強制執行。\n")
    b.f("說明：一、依據臺端{}申請書及稅捐稽徵法第26條辦理。\n", g.roc_long())
    b.f("二、納稅義務人國民身分證統一編號：{}。", g.nid())
    if g.chance(0.4):
        b.f("\n三、聯絡電話：{}（臺端留存）", g.tel())
    return b


def _tax_caselog(g: _G) -> _B:
    b = _B()
    who = g.adult()
    b.f("{} 電催 義務人{}（{}）\n", g.roc_day(), who, g.tel())
    reason = g.c(["失業中", "漁獲不好收入不穩", "中風復健中", "剛離婚要養兩個小孩", "被倒會"])
    b.f("→ 自述{}，請求分{}期，", reason, g.c([6, 10, 12, 24]))
    b.f("每期約{}元\n", g.amount(1000, 20000))
    b.f("→ 已請其攜身分證（{}）至分局臨櫃簽切結", g.nid())
    if g.chance(0.5):
        b.f("，出生{}，本人確認無誤", g.bd())
    if g.chance(0.3):
        b.f("\n→ 改以信用卡{}授權扣款，持卡人同本人", g.card())
    b.f("\n→ 下次追蹤 {}　案號{}", g.roc_day(), g.caseno())
    return b


def _tax_card_form(g: _G) -> _B:
    b = _B()
    who = g.adult()
    b.t("信用卡繳納欠稅分期付款授權書\n")
    b.f("持卡人姓名：{}\n", who)
    b.f("身分證字號：{}\n", g.nid())
    b.f("出生年月日：{}\n", g.bd())
    b.f("信用卡卡號：{}　有效期限：", g.card())
    b.t(f"{g.r.randint(1, 12):02d}/{g.r.randint(26, 30)}\n")
    b.f("聯絡電話：{}　E-mail：{}\n", g.tel(), g.mail())
    b.f("分期期數：{}期　授權金額：NT${}\n", g.c([3, 6, 12]), g.amount())
    b.t("持卡人簽名：（親簽）")
    return b


def _tax_transfer_table(g: _G) -> _B:
    b = _B()
    b.f("移送執行清冊（第{}批）\n", g.r.randint(2, 19))
    b.t("序號\t義務人\t身分證/統一編號\t稅目\t欠稅金額\t移送案號\n")
    for i in range(g.r.randint(3, 5)):
        b.f("{}\t", i + 1)
        if i and g.chance(0.3):
            co = g.c(["鴻昇水產行", "大展工程有限公司", "海豐冷凍股份有限公司", "新和興企業社"])
            b.f("{}\t{}\t營業稅", co, g.ban())
        else:
            b.f("{}\t{}\t{}", g.adult(), g.nid(), g.c(_TAXES[:4]))
        b.f("\t{}\t{}\n", g.amount(), g.caseno())
    b.t("承辦：欠稅科")
    return b


def _tax_call(g: _G) -> _B:
    b = _B()
    kid = g.name(g.c(["f", "m"]))
    old = g.name(g.c(["m", "fm", "ind"]))
    rel = g.c(["女兒", "兒子", "孫女", "媳婦"])
    b.f("來電紀錄 {}\n", g.hhmm())
    b.f("民眾：喂，我是{}的{}啦，我叫{}，", old, rel, kid)
    b.t("他房屋稅好像欠了好幾年……\n")
    b.t("承辦：請問義務人出生年月日和身分證號碼？\n")
    b.f("民眾：他是{}生的，身分證{}。\n", g.bd(1935, 1965, roc_only=True), g.nid())
    b.f("承辦：目前欠稅含滯納金共{}元，可申請分期，最長36期。\n", g.amount())
    b.f("民眾：那你寄資料到我這邊好了，{}，電話{}。", g.addr(), g.mobile())
    return b


def _tax_email(g: _G) -> _B:
    b = _B()
    staff = g.han()
    debtor = g.adult()
    b.f("From: {} <{}>\n", staff, g.mail(staff=True))
    b.t("To: 欠稅管理科\n")
    b.f("Subject: {} 分期履行情形\n\n", g.caseno())
    b.f("義務人 {}（{}）", debtor, g.nid())
    b.t(g.c(["第3期款項尚未入帳", "已連續兩期未繳", "申請展延一期"]))
    b.f("，其陳報之新址為 {}，", g.addr())
    b.t("請貴科協查戶籍後回復。FYI, the installment plan will be cancelled if no reply.\n")
    b.f("{}\n分機 {}", staff, g.r.randint(200, 899))
    return b


# ---------------------------------------------------------------------------- 3 復康巴士

_DISAB = ["輪椅", "電動輪椅", "視障", "洗腎", "腦麻", "拐杖", "失智症"]
_BUS_EVENTS = [
    "候車處未出現，等候10分鐘後離開，列爽約1次",
    "上車時輪椅固定帶斷裂，改用備品",
    "下車後表示頭暈，已陪同至大廳交給護理人員",
    "途中情緒激動拍打車窗，靠邊停車安撫",
    "預約地點錯誤，實際在對面巷口",
]


def _pad(value: str, width: int) -> str:
    """Spaces that align the next column (wide characters count twice), at least two."""
    used = sum(2 if ord(ch) > 0x2000 else 1 for ch in value)
    return " " * max(2, width - used)


def _bus_log(g: _G) -> _B:
    b = _B()
    b.f("{} {} 車號{} ", g.roc_day(), g.hhmm(), g.plate())
    b.f("駕駛{}\n", g.han())
    b.f("乘客{}（{}）於{}", g.adult(), g.c(_DISAB), g.addr())
    b.f("{}", g.c(_BUS_EVENTS))
    if g.chance(0.6):
        b.f("；撥{}", g.tel())
        b.t(g.c(["無人接聽", "家屬表示已自行就醫", "關機"]))
    b.t("。")
    return b


def _bus_report(g: _G) -> _B:
    b = _B()
    driver, pax = g.han(), g.adult()
    b.t("【復康巴士行車異常事件報告單】\n")
    b.f("事件時間：{} {}\n", g.roc_long(), g.hhmm())
    b.f("駕駛員：{}　車號：{}\n", driver, g.plate())
    b.f("乘客姓名：{}　出生日期：{}\n", pax, g.bd(1935, 1990))
    b.f("健保卡號：{}\n", g.nhi())
    b.f("事件經過：乘客下車時輪椅後輪卡在升降平台縫隙，{}立即停止操作並通報調度。\n", driver)
    if g.chance(0.7):
        cg, _ = g.foreign()
        b.f("陪同者：外籍看護{}（居留證{}）\n", cg, g.arc())
    b.f("家屬聯絡：{}　{}", g.han(), g.tel())
    return b


def _bus_line(g: _G) -> _B:
    b = _B()
    disp, driver, pax = g.han(), g.name("m"), g.adult()
    b.t("[復康派車 群組]\n")
    t = g.clock(4)
    b.f("{} 調度-{}：{}大哥 下一趟{}改到 {} 上車\n", t[0], disp, driver, pax, g.addr())
    near = g.c(["中山路", "交流道", "火車站"])
    b.f("{} {}：收到 但我現在卡在{}附近 大概晚15分\n", t[1], driver, near)
    b.f("{} 調度-{}：好 我先打給家屬 {}", t[2], disp, g.tel())
    if g.chance(0.4):
        b.f("\n{} {}：乘客說生日{}要補登資料 我先記下來", t[3], driver, g.bd(1940, 1985))
    return b


def _bus_complaint(g: _G) -> _B:
    b = _B()
    caller, pax, driver = g.han(), g.name(g.c(["f", "fm"])), g.han()
    b.t("客訴電話紀錄\n")
    b.f("時間：{} {}\n", g.roc_day(), g.hhmm())
    b.f("來電者：{}（乘客{}之{}）\n", caller, pax, g.c(["女兒", "兒子", "配偶", "姪女"]))
    b.f("來電號碼：{}\n", g.tel())
    b.f("內容摘要：「我媽{}今天洗腎回來，", pax)
    b.f("司機{}開太快，她在車上一直晃，回家就吐了……」\n", driver)
    b.t("處理：已調閱行車紀錄器，約談駕駛，")
    b.t(g.c(["並致電道歉。", "初判未超速，仍請加強提醒。", "記缺點1次。"]))
    return b


def _bus_aligned(g: _G) -> _B:
    b = _B()
    b.t("日期    班次  駕駛        乘客              異常\n")
    for _ in range(g.r.randint(2, 4)):
        d, p = g.han(), g.adult()
        day = f"{g.r.randint(1, 12):02d}/{g.r.randint(1, 28):02d}"
        b.f("{}    {}    ", day, f"{g.r.randint(1, 40):02d}")
        b.f("{}{}{}{}", d, _pad(d[0], 12), p, _pad(p[0], 18))
        b.t(g.c(["爽約", "延誤23分", "乘客跌倒", "輪椅固定異常", "家屬未到場"]) + "\n")
    b.t("（駕駛組週報附表）")
    return b


def _bus_english(g: _G) -> _B:
    b = _B()
    pax, driver = g.adult(), g.han()
    cg, _ = g.foreign()
    b.t("Incident note（給社會局週報）\n")
    b.f(
        "- {} AM: passenger {} (wheelchair, NHI card {}) fell when alighting; ",
        g.mmdd(),
        pax,
        g.nhi(),
    )
    b.f("driver {} applied first aid.\n", driver)
    b.f("- caregiver {} called family at {}.\n", cg, g.tel())
    b.f("- Pax DOB {}, home: {}", g.bd(1935, 1985), g.addr())
    return b


# ---------------------------------------------------------------------------- 4 課後照顧補助

_SCHOOLS = [
    "東隆國小",
    "海濱國小",
    "林園國小",
    "中洲國小",
    "南安國小",
    "竹南國小",
    "勝利國小",
    "成功國小",
]
_SUBSIDY = ["低收入戶", "中低收入戶", "身心障礙", "原住民", "特殊境遇家庭", "新住民子女"]
_GRADES = ["一年甲班", "二年乙班", "三年甲班", "四年丙班", "五年乙班", "六年甲班", "3-2", "5-1"]


def _tut_roster(g: _G) -> _B:
    b = _B()
    b.f("{}{}學年度第{}學期課後照顧班補助名冊", g.c(_SCHOOLS), g.r.randint(112, 114), g.c("12"))
    b.f("（{}）\n", g.c(_SUBSIDY))
    k = g.r.randint(2, 4)
    for i in range(k):
        b.f("{}. {}（{}）生日{}", i + 1, g.name("kid"), g.c(_GRADES), g.kid_bd())
        if g.chance(0.5):
            b.f(" 身分證{}", g.nid())
        b.f("／家長{} {}\n", g.name(g.c(["f", "m", "fm", "vn", "ind"])), g.tel())
    b.f("（以上{}名，經審核符合資格）", k)
    return b


def _tut_csv(g: _G) -> _B:
    b = _B()
    b.t("學號,學生姓名,性別,出生日期,身分證統一編號,監護人,聯絡電話,補助身分\n")
    for _ in range(g.r.randint(2, 5)):
        sid = f"{g.r.randint(108, 113)}{g.r.randint(1, 350):03d}"
        row = (sid, g.name("kid"), g.c("男女"), g.kid_bd(), g.nid(), g.adult(), g.tel())
        b.f("{},{},{},{},{},{},{},", *row)
        b.t(g.c(_SUBSIDY) + "\n")
    b.t(g.c(["（匯出檔，請勿外流）", "合計請見第2頁", ""]))
    return b


def _tut_gongwen(g: _G) -> _B:
    b = _B()
    k1, k2, k3 = g.name("kid"), g.name("kid"), g.name("kid")
    b.f("發文字號：{}\n", g.docno())
    b.f(
        "主旨：核定貴校{}等3名學生{}學年度課後照顧服務費補助，請查照。\n", k1, g.r.randint(112, 114)
    )
    b.t("說明：\n一、依據本府弱勢學生課後照顧服務補助要點辦理。\n")
    b.f("二、補助名單：{}（{}）、{}（{}）、{}。\n", k1, g.kid_bd(), k2, g.kid_bd(), k3)
    b.f("三、{}之家長{}（{}）未附清寒證明，", k2, g.adult(), g.tel())
    b.f("請轉知於{}前補送。", g.roc_long())
    return b


def _tut_parent_mail(g: _G) -> _B:
    b = _B()
    mom, kid = g.name(g.c(["f", "fm", "f"])), g.name("kid")
    b.f("寄件者：{}\n", g.mail())
    b.f("老師您好：\n我是{}{}的媽媽{}，", g.c(_GRADES), kid, mom)
    b.t("這學期想申請課後照顧的補助，附件是中低收入戶證明。")
    b.f("孩子的身分證字號是{}，生日{}。\n", g.nid(), g.kid_bd())
    b.f("我白天在工廠上班，有事請打我手機{}，或回信到這個信箱。謝謝！\n", g.mobile())
    b.f("{} 敬上", mom)
    return b


def _tut_line(g: _G) -> _B:
    b = _B()
    mom, nat = g.vn_woman(), "vn"
    teacher, kid = g.han(), g.name("kid")
    b.f("{}：老師好 我是{}媽媽 這個表我看不懂\n", mom, kid)
    b.f("導師{}：您好～表格我幫您填，需要您的居留證號碼跟電話喔\n", teacher)
    b.f("{}：{} 電話{}", mom, g.arc(), g.mobile())
    if g.chance(0.5):
        b.f("\n{}：護照是{} 要嗎", mom, g.pp(nat))
    b.f("\n導師{}：收到，謝謝😊", teacher)
    return b


def _tut_tab(g: _G) -> _B:
    b = _B()
    b.t("課後照顧班學生團體保險名單\n編號\t姓名\t出生年月日\t健保卡號\t緊急聯絡人\t電話\n")
    for i in range(g.r.randint(2, 4)):
        row = (i + 1, g.name("kid"), g.kid_bd(), g.nhi(), g.adult(), g.tel())
        b.f("{}\t{}\t{}\t{}\t{}\t{}\n", *row)
    b.f("保險期間：{}起一學期", g.roc_long())
    return b


# ---------------------------------------------------------------------------- 5 漁民意外保險

_SEAS = ["澎湖西南海域", "東沙島附近海域", "蘇澳外海約20浬", "小琉球南方海域", "巴士海峽"]
_INJURY = [
    "作業時左手遭絞機夾傷",
    "收網時遭鋼索彈傷右眼",
    "於甲板滑倒致腰椎壓迫性骨折",
    "搬運漁獲時右腳遭冰塊箱壓傷",
    "落海後經僚船救起，吸入性肺炎",
]
_FISH_ORGS = ["東港區漁會", "蘇澳區漁會", "澎湖區漁會", "小港區漁會", "新竹區漁會", "琉球區漁會"]


def _fish_form(g: _G) -> _B:
    b = _B()
    fisher = g.name(g.c(["m", "m", "ind"]))
    b.t("漁民海上作業意外保險　理賠申請書\n")
    b.f("被保險人：{}　身分證統一編號：{}　出生日期：{}\n", fisher, g.nid("1"), g.bd(1950, 1998))
    b.f("所屬漁船：{}（{}）　會員編號：{}\n", g.boat(), g.ct(), _digits(g.r, 5))
    b.f("事故日期：{}　事故地點：{}\n", g.roc_long(), g.c(_SEAS))
    b.f("事故經過：{}。\n", g.c(_INJURY))
    b.f("受益人：{}（{}）　聯絡電話：{}\n", g.han(), g.c(["配偶", "長子", "母"]), g.tel())
    b.f("通訊地址：{}", g.addr())
    return b


def _fish_log(g: _G) -> _B:
    b = _B()
    fisher = g.name(g.c(["m", "m", "ind"]))
    b.f("{}保險股\n", g.c(_FISH_ORGS))
    b.f("{} 受理 {}（{}船員）{}，", g.mmdd(), fisher, g.boat(), g.c(_INJURY))
    b.f("住院{}日，附診斷書、收據。健保卡號{}\n", g.r.randint(2, 21), g.nhi())
    b.f("{} 補件：存摺影本 → 家屬{}送來", g.mmdd(), g.han())
    if g.chance(0.5):
        b.f("（{}）", g.tel())
    return b


def _fish_crew(g: _G) -> _B:
    b = _B()
    crew, nat = g.foreign()
    b.t("外籍船員失蹤通報\n")
    b.f("船名：{}　船長：{}\n", g.boat(), g.name("m"))
    b.f("失蹤船員：{}（{}籍，", crew, _NAT_ZH[nat])
    b.f("護照號碼{}，居留證{}）", g.pp(nat), g.arc())
    b.f("出生：{}\n", g.bd(1978, 2003))
    b.f("事故：{}於{}作業時落海，僚船協尋中\n", g.roc_long(), g.c(_SEAS))
    b.f("仲介聯絡人：{} {}", g.han(), g.tel())
    return b


def _fish_call(g: _G) -> _B:
    b = _B()
    wife = g.vn_woman() if g.chance(0.3) else g.name(g.c(["f", "fm"]))
    fisher = g.name(g.c(["m", "ind"]))
    b.f("{} {}來電（{}）\n", g.hhmm(), wife, g.tel())
    b.f("「我先生{}上個月在船上跌倒，腰椎骨折，", fisher)
    b.f("現在還在{}住院，保險要怎麼請？」\n", g.c(["東港安泰醫院", "羅東博愛醫院", "澎湖醫院"]))
    b.f("→ 告知需附診斷書、醫療收據、被保險人身分證影本；被保人出生{}、", g.bd(1950, 1995))
    b.f("身分證{}已先登錄系統。", g.nid("1"))
    return b


def _fish_pipe(g: _G) -> _B:
    b = _B()
    b.t("| 序 | 被保險人 | 漁船 | 事故日 | 給付項目 | 金額 |\n|---|---|---|---|---|---|\n")
    for i in range(g.r.randint(2, 4)):
        who = g.name(g.c(["m", "m", "ind"])) if g.chance(0.7) else g.foreign()[0]
        item = g.c(["傷害醫療", "住院日額", "失能給付", "身故給付"])
        b.f(
            "| {} | {} | {} | {} | {} | {} |\n", i + 1, who, g.boat(), g.roc_day(), item, g.amount()
        )
    b.f("受益人聯絡：{}／{}", g.han(), g.tel())
    return b


def _fish_insurer(g: _G) -> _B:
    b = _B()
    fisher, staff, agent = g.name(g.c(["m", "ind"])), g.han(), g.han()
    b.f("Subject: Claim {}{} - {}\n", g.c(["FA", "MI"]), _digits(g.r, 7), fisher)
    b.f("Dear 漁會承辦 {}:\n", staff)
    b.f(
        "We received the claim documents for insured {} (ID {}, DOB {}). ",
        fisher,
        g.nid("1"),
        g.bd(1950, 1998),
    )
    b.f("Payment of NT$ {} will be transferred within 7 working days.\n", g.amount(5000, 300000))
    b.f("如有問題請洽 {} {} / {}", agent, g.tel(), g.mail())
    return b


# ---------------------------------------------------------------------------- 6 防災演練簽到

_DRILL_SITES = ["里活動中心", "中正國小操場", "社區公園", "漁會前廣場", "天后宮廟埕"]


def _drill_sheet(g: _G) -> _B:
    b = _B()
    b.f("{}{}年度防災演練簽到表　地點：{}\n", g.village(), g.r.randint(112, 114), g.c(_DRILL_SITES))
    b.t("編號  姓名        住址                                  電話            簽到\n")
    for i in range(g.r.randint(2, 4)):
        who, where, tel = g.adult(), g.addr(), g.tel()
        b.f("{}    {}{}{}{}", f"{i + 1:02d}", who, _pad(who[0], 12), where, _pad(where[0], 38))
        b.f("{}{}{}\n", tel, _pad(tel[0], 16), f"0{g.r.randint(7, 8)}:{g.r.randint(10, 59)}")
    b.t("（簽到表影本，正本存里辦公處）")
    return b


def _drill_form_csv(g: _G) -> _B:
    b = _B()
    b.t("時間戳記,姓名,電子郵件地址,手機號碼,出生年月日,居住地址,是否需協助撤離\n")
    for _ in range(g.r.randint(1, 3)):
        day = f"{g.r.randint(2023, 2025)}/9/{g.r.randint(1, 28)}"
        stamp = f"{day} 上午 8:{g.r.randint(10, 59)}:{g.r.randint(10, 59)}"
        row = (stamp, g.adult(), g.mail(), g.mobile(), g.bd(1940, 2005), g.addr())
        b.f("{},{},{},{},{},{},", *row)
        b.t(g.c(["否", "是（行動不便）", "是（獨居長者）", "否"]) + "\n")
    return b


def _drill_line(g: _G) -> _B:
    b = _B()
    chief, x, elder, vol = g.han(), g.han(), g.name(g.c(["fm", "f"])), g.han()
    b.f("{}鄰長群組\n", g.village())
    b.f("{}(里長)：明天9點防災演練 活動中心集合 請各鄰長通知\n", chief)
    b.f("{}：我那鄰的{}阿嬤行動不便 需要輪椅\n", x, elder)
    b.f("{}(里長)：好 我請志工{}去載 她電話幾號？\n", chief, vol)
    b.f("{}：{} 她住{}", x, g.tel(), g.addr())
    return b


def _drill_vulnerable(g: _G) -> _B:
    b = _B()
    b.t("需優先撤離名單（獨居／行動不便）\n")
    for _ in range(g.r.randint(1, 3)):
        elder = g.name(g.c(["fm", "m", "f", "ind"]))
        note = g.c(["獨居", "臥床", "輪椅", "獨居、失智", "洗腎"])
        b.f("- {}，{}，{}生，{}，", elder, note, g.bd(1930, 1956), g.addr())
        b.f("緊急聯絡人{} {}\n", g.han(), g.tel())
    if g.chance(0.6):
        cg, _ = g.foreign()
        b.f("- 外籍看護{}（居留證 {}）陪同", cg, g.arc())
    return b


def _drill_english(g: _G) -> _B:
    b = _B()
    b.t(
        "Drill sign-in 簽到 (移工 / migrant workers)\n"
        "No.  Name / 姓名                ID No. / 證號       Tel / 電話\n"
    )
    for i in range(g.r.randint(2, 4)):
        who, nat = g.foreign()
        ident = g.arc() if g.chance(0.6) else g.pp(nat)
        b.f(
            "{}    {}{}{}{}{}\n",
            i + 1,
            who,
            _pad(who[0], 27),
            ident,
            _pad(ident[0], 20),
            g.mobile(),
        )
    b.f("Interpreter: {}", g.han())
    return b


def _drill_gongwen(g: _G) -> _B:
    b = _B()
    who = g.adult()
    b.f("主旨：檢送本區{}防災演練參與人員名冊及意外保險資料，請查照。\n", g.roc_long())
    b.t("說明：\n一、本次演練參與民眾計")
    b.f("{}名，投保期間自演練當日上午8時至下午5時止。\n", g.r.randint(30, 180))
    b.f("二、被保險人{}（身分證{}，{}生）", who, g.nid(), g.bd(1940, 2000))
    b.t("因臨時住院未到，請保險公司退保。\n")
    b.f("三、聯絡人：{}，電話{}。", g.han(), g.tel())
    return b


# ---------------------------------------------------------------------------- hard negatives

_COMPANIES = [
    "海豐冷凍股份有限公司",
    "鴻昇水產行",
    "大展工程有限公司",
    "林記交通器材有限公司",
    "黃金海岸實業有限公司",
    "陳氏冷凍空調工程行",
    "新和興企業社",
    "王品交通股份有限公司",
]
_PRODUCTS = [
    "Panasonic 發電機 KX-5500",
    "三菱福祉車升降尾門 LF-800",
    "AED 自動體外心臟電擊去顫器",
    "救生衣（CNS 15167）",
    "鋁合金擔架",
    "高麗菜 1箱",
    "吳郭魚冷凍魚片",
]


def _neg_mar_stats(g: _G) -> _B:
    b = _B()
    b.f("{}戶政事務所　函\n發文字號：{}\n", g.c(_OFFICES), g.docno())
    q = g.r.randint(1, 4)
    b.f("主旨：檢送本所{}年第{}季結婚、離婚登記統計表，請查照。\n", g.r.randint(111, 113), q)
    b.f(
        "說明：一、本季受理結婚登記{}對（含外籍配偶{}對）、",
        g.r.randint(80, 900),
        g.r.randint(5, 90),
    )
    b.f(
        "離婚登記{}對，較上季{}{}%。\n",
        g.r.randint(20, 300),
        g.c(["增加", "減少"]),
        g.r.randint(1, 19),
    )
    b.f("二、林口、{}地區自{}起週六上午開放預約，", g.c(["王田", "周厝崙", "高樹"]), g.roc_long())
    b.f("預約專線0800-{}-{}。", _digits(g.r, 3), _digits(g.r, 3))
    return b


def _neg_mar_statute(g: _G) -> _B:
    b = _B()
    b.t(
        g.c(
            [
                "依民法第982條規定，結婚應以書面為之，有二人以上證人之簽名，",
                "依民法第1050條規定，兩願離婚應以書面為之，有二人以上證人之簽名，",
            ]
        )
    )
    b.t("並應向戶政機關為登記。戶籍法第34條另明定結婚、離婚登記以雙方當事人為申請人。\n")
    b.f("本所{}起實施跨機關通報，", g.roc_long())
    b.f("相關函釋詳內政部{}，", g.docno())
    b.t("規費：戶籍謄本每張新臺幣15元，陳情案件請逕洽服務台。")
    return b


def _neg_blank_form(g: _G) -> _B:
    b = _B()
    title = g.c(
        [
            "結婚登記申請書（空白範本）",
            "欠稅分期繳納申請書（空白）",
            "漁民海上作業保險理賠申請書（範例）",
            "課後照顧補助申請表（空白）",
            "防災演練簽到表（空白）",
        ]
    )
    b.t(title + "\n")
    b.t("姓名：＿＿＿＿＿＿　出生日期：民國＿＿年＿＿月＿＿日\n")
    b.t("國民身分證統一編號：□□□□□□□□□□\n")
    b.t("戶籍地址：＿＿縣（市）＿＿鄉（鎮、市、區）＿＿路（街）＿＿段＿＿巷＿＿號＿＿樓\n")
    b.t("聯絡電話：（　）＿＿＿＿＿＿　手機：09＿＿-＿＿＿-＿＿＿\n")
    b.f("※ 本表格式依{}訂定，", g.docno())
    b.f("{}起適用。", g.roc_long())
    return b


def _neg_tax_stats(g: _G) -> _B:
    b = _B()
    b.f("{}新聞稿　{}\n", g.c(_BUREAUS), g.roc_day())
    b.f("本局{}年度移送執行案件計{}件、", g.r.randint(111, 113), g.amount(300, 9000))
    b.f("金額新臺幣{}億元。", g.r.randint(1, 40))
    b.f("其中{}（統一編號{}）", g.c(_COMPANIES), g.ban())
    b.f("欠繳營業稅{}元，已於{}全數清償並撤回執行（{}）。\n", g.amount(), g.roc_long(), g.caseno())
    b.t("依稅捐稽徵法第27條之1規定，欠稅人得檢具事證申請分期，最長不得逾36期。")
    return b


def _neg_tax_rules(g: _G) -> _B:
    b = _B()
    b.t("欠稅分期繳納作業須知（摘要）\n")
    b.f("1. 欠稅金額達新臺幣{}元以上者，", g.c(["1萬", "3萬", "5,000"]))
    b.t("得於繳納期間屆滿前申請分期。\n")
    b.f("2. 每期金額不得低於{}元；信用卡分期限本人名義之卡片。\n", g.amount(500, 3000))
    b.f(
        "3. 逾期未繳，依行政執行法第{}條移送{}分署。\n",
        g.c([11, 13, 26]),
        g.c(["屏東", "高雄", "宜蘭"]),
    )
    b.f("4. 黃金週（{}至{}）暫停臨櫃收件，", g.roc_day(), g.roc_day())
    b.f("洽詢專線0800-{}-{}。", _digits(g.r, 3), _digits(g.r, 3))
    return b


def _neg_bus_week(g: _G) -> _B:
    b = _B()
    b.f("復康巴士週報（{}年第{}週）\n", g.r.randint(112, 114), g.r.randint(1, 52))
    b.f(
        "本週出勤{}趟，準點率{}.{}%，爽約{}趟。\n",
        g.amount(300, 2500),
        g.r.randint(88, 99),
        g.r.randint(0, 9),
        g.r.randint(3, 40),
    )
    b.f("車號{}冷氣故障送{}（統一編號{}）維修；", g.plate(), g.c(_COMPANIES), g.ban())
    b.f("車號{}更換{}，保固至{}。\n", g.plate(), g.c(_PRODUCTS[:3]), g.roc_long())
    b.t("張貼乘車須知於各車門內側；高雄港周邊施工，請改道。")
    return b


def _neg_bus_policy(g: _G) -> _B:
    b = _B()
    b.t("依身心障礙者權益保障法第53條及本市復康巴士服務實施要點，")
    b.f("自{}起調整計費：前{}公里{}元，", g.roc_long(), g.r.randint(3, 10), g.r.randint(40, 90))
    b.f("續程每公里{}元。", g.r.randint(5, 20))
    b.f("預約專線1999轉{}，或0800-{}-{}。", g.r.randint(1, 9), _digits(g.r, 3), _digits(g.r, 3))
    b.f("\n（{}）", g.docno())
    return b


def _neg_tut_notice(g: _G) -> _B:
    b = _B()
    b.f("{}學年度課後照顧班補助公告\n", g.r.randint(112, 114))
    b.f("一、補助標準：每生每月新臺幣{}元，", g.amount(1500, 4500))
    b.f("名額{}名，依{}辦理。\n", g.r.randint(40, 400), g.docno())
    b.f("二、請各校於{}前將名冊送教育處，", g.roc_long())
    b.f("逾期不予受理。\n三、{}、{}等偏鄉學校得優先核配。", g.c(_SCHOOLS), g.c(_SCHOOLS))
    return b


def _neg_tut_schedule(g: _G) -> _B:
    b = _B()
    b.f("{}課後照顧班　本週課表\n", g.c(_SCHOOLS))
    days = ["週一\t作業指導\t安親教室", "週二\t書法\t美勞教室", "週三\t黃金葛水耕栽培\t自然教室"]
    days += ["週四\t林間探索\t後山步道", "週五\t游泳（溫水池）\t縣立游泳池"]
    b.t("\n".join(days) + "\n")
    b.f("點心廠商：{}（統一編號{}）", g.c(_COMPANIES), g.ban())
    return b


def _neg_fish_stats(g: _G) -> _B:
    b = _B()
    b.f("{}年度漁民海上作業保險執行情形\n", g.r.randint(111, 113))
    b.f("投保人數{}人，保費補助每人新臺幣{}元；", g.amount(500, 9000), g.amount(200, 1200))
    b.f("{}受理理賠{}件，", g.c(_FISH_ORGS), g.r.randint(3, 90))
    b.f(
        "給付金額{}元。依漁業法第{}條及農業部漁業署{}辦理。",
        g.amount(),
        g.c([46, 58, 60]),
        g.docno(),
    )
    return b


def _neg_fish_notice(g: _G) -> _B:
    b = _B()
    b.f("【避風通知】{} {}\n", g.roc_day(), g.hhmm())
    b.f("海上颱風警報發布，{}、{}等{}艘漁船已返港。", g.boat(), g.boat(), g.r.randint(12, 260))
    b.f("\n{}魚市行情：白帶魚每公斤{}元、", g.c(["東港", "南方澳", "梧棲"]), g.r.randint(80, 420))
    b.f("吳郭魚{}元、石斑魚{}元。", g.r.randint(30, 90), g.r.randint(250, 600))
    b.f("\n船籍{}冷凍設備保固由{}（統一編號{}）負責。", g.ct(), g.c(_COMPANIES), g.ban())
    return b


def _neg_drill_script(g: _G) -> _B:
    b = _B()
    b.f("{}防災演練腳本\n", g.village())
    b.f("09:00 地震發生（規模{}.{}）\n", g.r.randint(5, 7), g.r.randint(0, 9))
    b.f("09:05 疏散至{}\n", g.c(_DRILL_SITES))
    b.t("09:20 消防分隊示範滅火器操作、AED 使用\n")
    b.f("器材：{}2台、{}5副、{}\n", g.c(_PRODUCTS[:1]), g.c(["擔架", "安全帽"]), g.c(_PRODUCTS[3:]))
    b.f("經費：新臺幣{}元（{}）", g.amount(5000, 90000), g.docno())
    return b


def _neg_drill_gongwen(g: _G) -> _B:
    b = _B()
    b.f("發文字號：{}\n", g.docno())
    b.f("主旨：訂於{}辦理本區{}年度防災演練，", g.roc_long(), g.r.randint(112, 114))
    b.t("請各里辦公處轉知里民踴躍參加。\n")
    b.t("說明：依災害防救法第22條及本市災害防救計畫辦理。演練地點：")
    b.f("{}{}；簽到表請於演練後3日內送區公所。", g.town(), g.c(_DRILL_SITES))
    return b


def _neg_mar_group_wedding(g: _G) -> _B:
    b = _B()
    b.f("【公告】{}年度聯合婚禮報名開始\n", g.r.randint(112, 114))
    b.f("報名期間：即日起至{}止，名額{}對，", g.roc_long(), g.r.randint(30, 120))
    b.f("額滿為止。\n地點：{}{}\n", g.c(["東港", "馬公", "蘇澳"]), g.c(["天后宮廣場", "觀光漁市"]))
    b.f("贊助廠商：{}（統一編號{}），", g.c(_COMPANIES), g.ban())
    b.t("每對新人致贈黃金對戒及喜餅禮盒。完成結婚登記者請攜戶口名簿影本報到。")
    return b


def _neg_bus_call(g: _G) -> _B:
    b = _B()
    b.f("電話紀錄 {} {}\n", g.roc_day(), g.hhmm())
    b.t("民眾（未留姓名）詢問：復康巴士可不可以載到外縣市的醫院？\n")
    b.f("答：跨縣市限洗腎及復健就醫，需提前{}日預約，", g.r.randint(2, 14))
    b.f("車資依里程計算約{}元。", g.amount(150, 900))
    b.f("另告知預約專線0800-{}-{}，", _digits(g.r, 3), _digits(g.r, 3))
    b.t("民眾表示了解，未提供其他資料。")
    return b


def _neg_tut_line(g: _G) -> _B:
    b = _B()
    t = g.clock(3)
    b.f("[{}課照班 官方帳號]\n", g.c(_SCHOOLS))
    b.f("{} 各位家長好～因{}，", t[0], g.c(["颱風停課", "校內消毒", "停電檢修"]))
    b.f("{}課照班暫停一天，補助天數不受影響🙏\n", g.roc_day())
    b.f("{} 補助申請截止日延到{}，", t[1], g.roc_long())
    b.t("請把申請表交給導師，不要拍照傳到群組喔！\n")
    b.f("{} 點心本週由{}提供：黃金地瓜、李子汁", t[2], g.c(_COMPANIES))
    return b


def _neg_drill_inventory(g: _G) -> _B:
    b = _B()
    b.t("品項,數量,廠商,統一編號,保固到期\n")
    items = ["發電機", "擔架", "救生衣", "AED", "手提擴音器", "安全帽", "睡袋"]
    for item in g.r.sample(items, g.r.randint(3, 5)):
        row = (item, g.r.randint(1, 40), g.c(_COMPANIES), g.ban(), g.roc_day())
        b.f("{},{},{},{},{}\n", *row)
    b.t("（里辦公處防災倉庫盤點）")
    return b


def _neg_fish_premium(g: _G) -> _B:
    b = _B()
    b.t("| 船筏噸級 | 投保人數 | 每人保費 | 政府補助 |\n|---|---|---|---|\n")
    for tier in ["未滿5噸", "5-20噸", "20-50噸", "50-100噸"]:
        row = (tier, g.amount(20, 3000), g.r.randint(300, 900), g.r.randint(100, 600))
        b.f("| {} | {} | {} | {} |\n", *row)
    b.f("資料來源：{}，{}統計。", g.c(_FISH_ORGS), g.roc_long())
    return b


# ---------------------------------------------------------------------------- assembly

Template = Callable[[_G], _B]

_POSITIVE: dict[str, list[Template]] = {
    "marriage": [
        _mar_gongwen,
        _mar_caselog,
        _mar_divorce_form,
        _mar_call,
        _mar_line,
        _mar_csv,
        _mar_email,
    ],
    "tax": [_tax_letter, _tax_caselog, _tax_card_form, _tax_transfer_table, _tax_call, _tax_email],
    "bus": [_bus_log, _bus_report, _bus_line, _bus_complaint, _bus_aligned, _bus_english],
    "tutoring": [_tut_roster, _tut_csv, _tut_gongwen, _tut_parent_mail, _tut_line, _tut_tab],
    "fishing": [_fish_form, _fish_log, _fish_crew, _fish_call, _fish_pipe, _fish_insurer],
    "drill": [
        _drill_sheet,
        _drill_form_csv,
        _drill_line,
        _drill_vulnerable,
        _drill_english,
        _drill_gongwen,
    ],
}
_NEGATIVE: dict[str, list[Template]] = {
    "marriage": [_neg_mar_stats, _neg_mar_statute, _neg_mar_group_wedding, _neg_blank_form],
    "tax": [_neg_tax_stats, _neg_tax_rules, _neg_blank_form],
    "bus": [_neg_bus_week, _neg_bus_policy, _neg_bus_call],
    "tutoring": [_neg_tut_notice, _neg_tut_schedule, _neg_tut_line, _neg_blank_form],
    "fishing": [_neg_fish_stats, _neg_fish_notice, _neg_fish_premium],
    "drill": [_neg_drill_script, _neg_drill_gongwen, _neg_drill_inventory, _neg_blank_form],
}
_GENRES = list(_POSITIVE)

# Guard against values that slip in unlabelled (e.g. digits of neighbouring cells that join).
_ID_SHAPE = re.compile(r"(?=([A-Z][A-Z0-9]\d{8}))")
_CARD_SHAPE = re.compile(r"(?<!\d)\d(?:[ \-]?\d){12,18}(?!\d)")
_MAIL_SHAPE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_MOBILE_SHAPE = re.compile(r"(?<!\d)(?:\+886[\s\-]?|0)9\d{2}[\s\-]?\d{3}[\s\-]?\d{3}(?!\d)")


def _narrow(text: str) -> str:
    """Half-width upper-case text with unchanged offsets."""
    out = []
    for ch in text:
        n = unicodedata.normalize("NFKC", ch).upper()
        out.append(n if len(n) == 1 else ch)
    return "".join(out)


def _leaks(text: str, spans: list[tuple[int, int, str]], negative: bool) -> bool:
    """Whether a personal-looking value stands outside the gold spans."""
    norm = _narrow(text)

    def outside(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b, _ in spans)

    for m in _ID_SHAPE.finditer(norm):
        v, s = m.group(1), m.start()
        if (twid.is_valid(v) or arc.is_valid(v)) and outside(s, s + 10):
            return True
    for m in _CARD_SHAPE.finditer(norm):
        if creditcard.is_valid(m.group()) and outside(m.start(), m.end()):
            return True
    if any(outside(m.start(), m.end()) for m in _MAIL_SHAPE.finditer(norm)):
        return True
    if negative:
        return any(
            phone.is_mobile(m.group()) and outside(m.start(), m.end())
            for m in _MOBILE_SHAPE.finditer(norm)
        )
    return False


def _known_names(r: random.Random, n: int) -> tuple[dict[str, list[str]], list[str]]:
    """The known list (a name column) and, per kind, the part of it that may be mentioned."""
    size = 60 + n // 4
    total = sum(_KIND_WEIGHTS.values())
    seen: set[str] = set()
    known: list[str] = []
    mentionable: dict[str, list[str]] = {}
    for kind, weight in _KIND_WEIGHTS.items():
        count = max(5, round(size * weight / total))
        names: list[str] = []
        while len(names) < count:
            name = _make_name(r, kind)
            if name not in seen and _PERSON_RE.fullmatch(name):
                seen.add(name)
                names.append(name)
        reserve = max(1, count // 6)  # never mentioned in the texts
        mentionable[kind] = names[:-reserve]
        known.extend(names)
    r.shuffle(known)
    return mentionable, known


def generate_heldout66(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the known-names list."""
    r = random.Random(f"heldout66/{seed}")
    mentionable, known = _known_names(r, n)
    known_set = set(known)
    g = _G(r, mentionable, known_set)
    samples: list[Sample] = []
    for _ in range(n):
        negative = r.random() < _NEG_SHARE
        genre = r.choice(_GENRES)
        pool = _NEGATIVE[genre] if negative else _POSITIVE[genre]
        while True:
            b = r.choice(pool)(g)
            text = b.text()
            if (negative or b.spans) and not _leaks(text, b.spans, negative):
                break
        persons = [text[a:e] for a, e, label in b.spans if label == P]
        samples.append(
            Sample(
                text=text,
                spans=list(b.spans),
                hard_negative=negative,
                known_person=[name in known_set for name in persons],
            )
        )
    return samples, known
