"""Held-out set 30: synthetic, labelled free text from Taiwanese local-agency records.

Genres: fire-department ambulance run sheets and fire-safety inspection notes, kindergarten
enrolment and pick-up authorisation forms, public-cemetery plot applications, night-market
vendor licence records, child-protection hotline intake notes and sports-centre membership
complaints. Every value is synthetic (valid checksums, made-up people). About a quarter of the
samples are hard negatives that hold only public or non-personal look-alikes.

``generate_heldout30(n, seed)`` returns the samples and the "known names" list (an
applicant-name column of a dataset): about half of the PERSON mentions use a name from it.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import ban, creditcard, phone
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

__all__ = ["generate_heldout30"]

_DIG = "0123456789"
_LETTERS = sorted(LETTER_CODES)
_FW_RATE = 0.13
_NEG_RATE = 0.25

# --------------------------------------------------------------------------- name material

_SURNAMES = list(
    dict.fromkeys(
        "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾游彭詹施胡沈余"
        "盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董溫唐藍石蔣古紀姚連馮歐程湯田康姜白汪"
        "鄒尤巫鐘黎涂龔嚴韓袁金童陸夏柳凃邵錢伍倪于譚駱熊任甘秦顧毛章史官萬俞雷粘饒闕凌崔尹"
        "孔辛武辜陶易段龍韋池葛褚孟麥殷莫文賀賈管關包向丘梅華利裴樊房全佘左花魯安鮑郝穆塗邢"
        "蒲成谷常閻練盛鄞耿聶符申祝繆解岳齊籃應單舒畢喬龐翟鄔留季覃卜項湛封冼滕查邰宮仇"
    )
)
_RARE_SURNAMES = list("禤昝佴隗猶晏樂竇戚酆")
_COMPOUND = ["歐陽", "張簡", "司徒", "范姜", "諸葛", "上官", "東方", "皇甫", "夏侯", "慕容"]
_COMPOUND += ["端木", "公孫", "司馬", "長孫", "令狐", "周黃", "張廖", "陳黃"]

_M1 = "志建俊明家冠承宗文國信哲彥柏宇子振峻偉勝正榮和育嘉翰祐聖凱士耀啟世永政"
_M2 = "明宏豪傑偉華文賢成翔廷宇安銘軒昌忠雄輝誠緯霖鈞凱恩勳諺淵澤睿鴻德"
_F1 = "淑美雅怡佳靜欣宜詩婉秀麗惠玉筱心芷子品語思映慧瑞采亭書若珮郁曉韻"
_F2 = "芬玲婷君慧萍華珍蓉琪如涵瑜萱菁雯潔穎庭妤彤媛倩綺嫻恩甄葳淳蓁薇"
_ELDER_M = ["添丁", "火旺", "金水", "清標", "進財", "萬得", "阿土", "來福", "天賜", "坤山"]
_ELDER_M += ["水木", "炎輝", "順發", "金龍", "石松", "朝宗", "聰敏", "再興", "讚", "樹"]
_ELDER_F = ["罔市", "金葉", "秀英", "月娥", "春嬌", "玉蘭", "麗珠", "碧霞", "素貞", "阿金"]
_ELDER_F += ["寶珠", "阿粉", "錦雲", "秀鳳", "玉枝", "月桂", "招治", "阿滿", "彩雲", "梅"]
_SINGLE_M = list("強傑偉宏誠翔昊剛毅峰軍豪浩斌")
_SINGLE_F = list("芳敏靜瑩涵彤琳婕萱蓉潔蕾瑄")

_INDIG_GIVEN = ["瓦歷斯", "尤幹", "比令", "娃旦", "哈勇", "巴奈", "拉娃", "馬耀", "達衛"]
_INDIG_GIVEN += ["撒韻", "吉娃斯", "伊凡", "阿道", "谷暮", "夏曼", "希婻", "烏吉", "芭翁"]
_INDIG_GIVEN += ["莎韻", "那布", "尤命", "巴顏", "雅外", "蘇美", "拉夫琅", "沙力浪", "嘎照"]
_INDIG_FAMILY = ["諾幹", "巴萬", "達利", "尤道", "瓦旦", "比勇", "谷阿莫", "卡造", "撒萬"]
_INDIG_FAMILY += ["伊斯坦大", "拉法", "阿布斯", "都逢", "巴勒", "吉拉", "瑪紹", "蘇拉"]
_INDIG_ROM_GIVEN = ["Kolas", "Panay", "Ofad", "Sawmah", "Lisin", "Mayaw", "Calaw", "Dongi"]
_INDIG_ROM_GIVEN += ["Kacaw", "Yuraw", "Watan", "Pisuy", "Yayut", "Temu", "Hayung", "Batu"]
_INDIG_ROM_GIVEN += ["Walis", "Yukan", "Losin", "Sayun", "Umav", "Ipay", "Biung", "Apay"]
_INDIG_ROM_FAMILY = ["Nokan", "Pawan", "Tali", "Yudaw", "Sili", "Kumu", "Istanda", "Lalin"]
_INDIG_ROM_FAMILY += ["Mulu", "Piho", "Tanapima", "Namoh", "Ciwidian", "Falah", "Suraw"]

_VN_SUR = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do", "Ngo"]
_VN_MID_F = ["Thi", "Thi Thu", "Thi Ngoc", "Thi Kim", "Ngoc", "Thi Thanh"]
_VN_MID_M = ["Van", "Minh", "Duc", "Quoc", "Thanh", "Huu"]
_VN_GIV_F = ["Hoa", "Lan", "Mai", "Huong", "Thuy", "Linh", "Trang", "Nga", "Hanh", "Phuong"]
_VN_GIV_M = ["Tuan", "Hung", "Dung", "Nam", "Long", "Khoa", "Son", "Hai", "Binh", "Quang"]
_VN_HAN_SUR = ["阮", "陳", "黎", "范", "黃", "潘", "武", "鄧", "裴", "杜", "吳"]
_VN_HAN_GIV_F = ["氏花", "氏蘭", "氏梅", "氏秋香", "氏玉蓮", "氏垂", "氏鳳", "氏清河", "氏金鸞"]
_VN_HAN_GIV_M = ["文雄", "文勇", "明俊", "德海", "國平", "文南", "清山"]
_ID_FIRST = ["Siti", "Sri", "Dewi", "Ani", "Nur", "Rina", "Yuli", "Eka", "Putri", "Wati"]
_ID_FIRST += ["Agus", "Budi", "Rini", "Tri", "Endang", "Yanti"]
_ID_LAST = ["Rahayu", "Wulandari", "Susanti", "Lestari", "Handayani", "Setiawati", "Maryati"]
_ID_LAST += ["Kurniasih", "Purwanti", "Hidayat", "Santoso", "Nurhayati", "Fitriani"]
_ID_MONO = ["Sumiati", "Karsini", "Tukinah", "Suwarni", "Mulyani", "Partini", "Sulastri"]
_ID_HAN_1 = ["西蒂", "絲莉", "黛薇", "安妮", "努兒", "莉娜", "尤莉", "艾卡", "普特麗"]
_ID_HAN_2 = ["拉哈尤", "烏蘭達莉", "蘇珊蒂", "萊絲塔莉", "漢達雅妮", "瑪莉雅蒂", "普旺蒂"]
_PH_FIRST = ["Maria Cristina", "Jocelyn", "Mary Joy", "Rowena", "Marites", "Analyn", "Jonalyn"]
_PH_FIRST += ["Angelica", "Mark Anthony", "John Paul", "Rosalie", "Lorna", "Gemma", "Ruel"]
_PH_LAST = ["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Dela Cruz", "Ramos"]
_PH_LAST += ["Villanueva", "Aquino", "Castillo", "Manalo", "Dizon", "Pascual"]
_PH_HAN = ["瑪莉亞‧桑托斯", "喬瑟琳‧雷耶斯", "羅薇娜‧克魯茲", "安潔莉卡‧加西亞", "蘿莎莉‧拉莫斯"]
_TH_FIRST = ["Somchai", "Somsak", "Malee", "Supaporn", "Siriporn", "Nattapong", "Wichai"]
_TH_FIRST += ["Kanya", "Pornthip", "Araya", "Boonmee", "Sunee", "Prasert", "Anong"]
_TH_LAST = ["Srisuk", "Saetang", "Wongsa", "Chaiyaporn", "Thongdee", "Kaewkanya", "Phromma"]
_TH_LAST += ["Sukjai", "Intharat", "Boonyarit", "Rattanakorn"]
_TH_HAN_1 = ["頌猜", "宋薩", "瑪麗", "蘇帕蓬", "詩麗蓬", "納塔蓬", "維猜", "阿儂"]
_TH_HAN_2 = ["西蘇", "賽當", "旺薩", "通迪", "乃坎雅", "本雅立"]


@dataclass(frozen=True)
class _Name:
    text: str
    male: bool
    foreign: str  # "" for Taiwanese nationals, else a nationality word


def _han_given(r: random.Random, male: bool, elder: bool) -> str:
    if elder and r.random() < 0.5:
        return r.choice(_ELDER_M if male else _ELDER_F)
    if r.random() < 0.12:
        return r.choice(_SINGLE_M if male else _SINGLE_F)
    a, b = (_M1, _M2) if male else (_F1, _F2)
    return r.choice(a) + r.choice(b)


def _surname(r: random.Random) -> str:
    x = r.random()
    if x < 0.06:
        return r.choice(_COMPOUND)
    if x < 0.09:
        return r.choice(_RARE_SURNAMES)
    return r.choice(_SURNAMES)


def _make_name(r: random.Random, kind: str | None = None) -> _Name:
    male = r.random() < 0.5
    if kind is None:
        x = r.random()
        kind = "han" if x < 0.74 else "indig" if x < 0.82 else "foreign"
    if kind == "han":
        elder = r.random() < 0.25
        if not male and r.random() < (0.35 if elder else 0.06):  # 冠夫姓 married name
            return _Name(_surname(r) + _surname(r) + _han_given(r, male, elder), male, "")
        return _Name(_surname(r) + _han_given(r, male, elder), male, "")
    if kind == "indig":
        if r.random() < 0.65:
            dot = r.choice(["‧", "‧", "·"])
            return _Name(r.choice(_INDIG_GIVEN) + dot + r.choice(_INDIG_FAMILY), male, "")
        return _Name(r.choice(_INDIG_ROM_GIVEN) + " " + r.choice(_INDIG_ROM_FAMILY), male, "")
    nat = r.choice(["越南籍", "越南籍", "印尼籍", "印尼籍", "菲律賓籍", "泰國籍"])
    latin = r.random() < 0.6
    if nat == "越南籍":
        if latin:
            mid = r.choice(_VN_MID_M if male else _VN_MID_F)
            giv = r.choice(_VN_GIV_M if male else _VN_GIV_F)
            text = f"{r.choice(_VN_SUR)} {mid} {giv}"
            text = text.upper() if r.random() < 0.3 else text
        else:
            text = r.choice(_VN_HAN_SUR) + r.choice(_VN_HAN_GIV_M if male else _VN_HAN_GIV_F)
    elif nat == "印尼籍":
        if latin:
            x = r.random()
            text = r.choice(_ID_MONO) if x < 0.3 else f"{r.choice(_ID_FIRST)} {r.choice(_ID_LAST)}"
        else:
            text = r.choice(_ID_HAN_1) + r.choice("‧·") + r.choice(_ID_HAN_2)
    elif nat == "菲律賓籍":
        if latin or r.random() < 0.5:
            first = r.choice(_PH_FIRST)
            mid = f" {r.choice('ABCDGMRS')}." if r.random() < 0.4 else ""
            text = f"{first}{mid} {r.choice(_PH_LAST)}"
        else:
            text = r.choice(_PH_HAN)
    else:
        if latin:
            text = f"{r.choice(_TH_FIRST)} {r.choice(_TH_LAST)}"
        else:
            text = r.choice(_TH_HAN_1) + "‧" + r.choice(_TH_HAN_2)
    return _Name(text, male, nat)


# --------------------------------------------------------------------------- values


def _fw(s: str) -> str:
    """Full-width form of the printable ASCII characters."""
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in s)


def _digits(r: random.Random, k: int) -> str:
    return "".join(r.choice(_DIG) for _ in range(k))


def _ban_value(r: random.Random) -> str:
    while True:
        v = r.choice("123456789") + _digits(r, 7)
        if ban.is_valid(v):
            return v


@dataclass(frozen=True)
class _V:
    value: str
    label: str
    known: bool = False


class _Doc:
    """Accumulates text and gold spans."""

    _SLOT = re.compile(r"\{(\w+)\}")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []
        self.pos = 0

    def t(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def v(self, val: _V | str) -> None:
        if isinstance(val, str):
            self.t(val)
            return
        start = self.pos
        self.t(val.value)
        self.spans.append((start, self.pos, val.label))
        if val.label == "PERSON":
            self.known.append(val.known)

    def f(self, tmpl: str, **kw: _V | str) -> None:
        """Write ``tmpl``, filling ``{key}`` slots from ``kw``."""
        pieces = self._SLOT.split(tmpl)
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                self.t(piece)
            else:
                self.v(kw[piece])

    def sample(self) -> Sample:
        return Sample("".join(self.parts), list(self.spans), False, list(self.known))


_CITIES: dict[str, list[tuple[str, str]]] = {
    "臺北市": [
        ("大安區", "106"),
        ("信義區", "110"),
        ("中山區", "104"),
        ("士林區", "111"),
        ("文山區", "116"),
        ("萬華區", "108"),
        ("內湖區", "114"),
        ("北投區", "112"),
    ],
    "新北市": [
        ("板橋區", "220"),
        ("三重區", "241"),
        ("中和區", "235"),
        ("新莊區", "242"),
        ("新店區", "231"),
        ("淡水區", "251"),
        ("土城區", "236"),
        ("蘆洲區", "247"),
    ],
    "桃園市": [("桃園區", "330"), ("中壢區", "320"), ("八德區", "334"), ("平鎮區", "324")],
    "臺中市": [
        ("西屯區", "407"),
        ("北屯區", "406"),
        ("南屯區", "408"),
        ("豐原區", "420"),
        ("大里區", "412"),
        ("太平區", "411"),
    ],
    "臺南市": [("東區", "701"), ("永康區", "710"), ("安平區", "708"), ("新營區", "730")],
    "高雄市": [
        ("三民區", "807"),
        ("鳳山區", "830"),
        ("左營區", "813"),
        ("苓雅區", "802"),
        ("前鎮區", "806"),
        ("楠梓區", "811"),
    ],
    "基隆市": [("仁愛區", "200"), ("七堵區", "206")],
    "新竹市": [("東區", "300"), ("北區", "300")],
    "新竹縣": [("竹北市", "302"), ("竹東鎮", "310")],
    "苗栗縣": [("頭份市", "351"), ("苗栗市", "360")],
    "彰化縣": [("彰化市", "500"), ("員林市", "510"), ("鹿港鎮", "505")],
    "南投縣": [("埔里鎮", "545"), ("草屯鎮", "542")],
    "雲林縣": [("斗六市", "640"), ("虎尾鎮", "632")],
    "嘉義市": [("東區", "600"), ("西區", "600")],
    "嘉義縣": [("民雄鄉", "621"), ("太保市", "612")],
    "屏東縣": [("屏東市", "900"), ("潮州鎮", "920"), ("東港鎮", "928")],
    "宜蘭縣": [("羅東鎮", "265"), ("宜蘭市", "260")],
    "花蓮縣": [("花蓮市", "970"), ("吉安鄉", "973"), ("秀林鄉", "972")],
    "臺東縣": [("臺東市", "950"), ("卑南鄉", "954")],
    "澎湖縣": [("馬公市", "880")],
    "金門縣": [("金城鎮", "893")],
}
_ROADS = ["中正", "中山", "民生", "民權", "民族", "復興", "建國", "光復", "和平", "成功", "自強"]
_ROADS += ["忠孝", "仁愛", "信義", "文化", "中華", "大同", "三民", "博愛", "林森", "府前", "公園"]
_ROADS += ["長春", "四維", "五福", "青年", "勝利", "育英", "新生", "永福", "福德", "大仁", "興隆"]
_VILLAGE = ["福德", "永安", "新興", "平和", "中興", "富世", "東興", "仁和", "大同", "崙頂"]
_CN_NUM = "一二三四五六七八九十"


def _cn(k: int) -> str:
    return _CN_NUM[k - 1] if k <= 10 else "十" + _CN_NUM[k - 11]


def _cn99(k: int) -> str:
    """Chinese numerals for 1..99 (七十五, 二十, 十二)."""
    if k <= 10:
        return _CN_NUM[k - 1]
    tens, units = divmod(k, 10)
    head = "" if tens == 1 else _CN_NUM[tens - 1]
    return head + "十" + (_CN_NUM[units - 1] if units else "")


class _Ctx:
    def __init__(self, r: random.Random, known: list[_Name], known_set: set[str]) -> None:
        self.r = r
        self.known = known
        self.known_set = known_set
        self.by_kind: dict[str, list[_Name]] = {}
        for nm in known:
            self.by_kind.setdefault(_kind(nm), []).append(nm)

    def fwm(self, s: str) -> str:
        return _fw(s) if self.r.random() < _FW_RATE else s

    # people ---------------------------------------------------------------
    def P(self, kind: str | None = None, name: _Name | None = None) -> _V:
        """A PERSON value (about half from the known list)."""
        r = self.r
        if name is not None:
            return _V(name.text, "PERSON", name.text in self.known_set)
        if r.random() < 0.5:
            pool = self.known if kind is None else self.by_kind.get(kind, [])
            if pool:
                nm = r.choice(pool)
                return _V(nm.text, "PERSON", True)
        while True:
            nm = _make_name(r, kind)
            if nm.text not in self.known_set:
                return _V(nm.text, "PERSON", False)

    def N(self, kind: str | None = None) -> _Name:
        """A person to mention more than once."""
        v = self.P(kind)
        return _Name(v.value, self.r.random() < 0.5, "")

    def hon(self) -> str:
        return self.r.choice(["先生", "小姐", "女士", "君", ""])

    # identifiers ------------------------------------------------------------
    def ID(self) -> _V:
        r = self.r
        letter = r.choice(_LETTERS)
        d8 = r.choice("12") + _digits(r, 7)
        v = letter + d8 + id_check_digit(letter, d8)
        if r.random() < 0.04:
            v = v.lower()
        return _V(self.fwm(v), "TW_NATIONAL_ID")

    def ARC(self) -> _V:
        r = self.r
        letter = r.choice(_LETTERS)
        if r.random() < 0.6:
            d8 = r.choice("89") + _digits(r, 7)
            v = letter + d8 + id_check_digit(letter, d8)
        else:
            second = r.choice("ABCD")
            tail = _digits(r, 7)
            d8 = str(LETTER_CODES[second] % 10) + tail
            v = letter + second + tail + id_check_digit(letter, d8)
        return _V(self.fwm(v), "TW_RESIDENT_CERT")

    def NHI(self) -> _V:
        r = self.r
        v = ("0000" if r.random() < 0.6 else "00" + _digits(r, 2)) + _digits(r, 8)
        sep = r.choice(["", "", " ", "-"])
        v = sep.join((v[:4], v[4:8], v[8:]))
        return _V(self.fwm(v), "TW_NHI_CARD")

    def PP(self, nat: str = "") -> _V:
        r = self.r
        nat = nat or r.choice(["中華民國", "越南籍", "印尼籍", "菲律賓籍", "泰國籍"])
        if nat == "越南籍":
            v = r.choice("CBN") + _digits(r, 7)
        elif nat == "印尼籍":
            v = r.choice("ABCX") + _digits(r, 7)
        elif nat == "菲律賓籍":
            v = "P" + _digits(r, 7) + r.choice("ABC")
        elif nat == "泰國籍":
            v = r.choice(["AA", "AB", "AC", "AE"]) + _digits(r, 7)
        else:
            v = r.choice("3") + _digits(r, 8)
        return _V(self.fwm(v), "PASSPORT")

    def CC(self) -> _V:
        r = self.r
        kind = r.choice(["visa", "visa", "mc", "jcb", "amex"])
        prefix, length = {
            "visa": ("4" + _digits(r, 1), 16),
            "mc": ("5" + r.choice("12345"), 16),
            "jcb": ("35" + r.choice("2345678"), 16),
            "amex": ("3" + r.choice("47"), 15),
        }[kind]
        body = prefix + _digits(r, length - len(prefix) - 1)
        v = next(body + d for d in _DIG if creditcard.luhn_ok(body + d))
        sep = r.choice(["", " ", " ", "-"])
        if length == 15:
            v = sep.join((v[:4], v[4:10], v[10:]))
        else:
            v = sep.join(v[i : i + 4] for i in range(0, 16, 4))
        return _V(self.fwm(v), "CREDIT_CARD")

    def EM(self) -> _V:
        r = self.r
        words = ["chen", "lin", "wang", "mei", "ling", "hsu", "yuting", "jack", "amy", "tsai"]
        words += ["kevin", "wen", "hui", "chun", "yang", "peggy", "cheng", "hao", "sunny", "liu"]
        sep = r.choice(["", ".", "_", ""])
        local = r.choice(words) + sep + r.choice(words)
        if r.random() < 0.6:
            local += _digits(r, r.choice([2, 3, 4]))
        dom = r.choice(
            [
                "gmail.com",
                "gmail.com",
                "yahoo.com.tw",
                "hotmail.com",
                "outlook.com",
                f"ms{r.randint(1, 79)}.hinet.net",
                "icloud.com",
                "pchome.com.tw",
            ]
        )
        v = f"{local}@{dom}"
        if r.random() < 0.1:
            v = v.capitalize()
        return _V(self.fwm(v), "EMAIL")

    def PH(self, mobile: bool | None = None) -> _V:
        r = self.r
        if mobile is None:
            mobile = r.random() < 0.6
        while True:
            v = _mobile(r) if mobile else _landline(r)
            ok = phone.is_valid(v) if mobile else phone.is_plausible(v)
            if ok:
                return _V(self.fwm(v), "PHONE")

    def AD(self) -> _V:
        r = self.r
        city = r.choice(list(_CITIES))
        dist, zipc = r.choice(_CITIES[city])
        if r.random() < 0.3 and city.startswith("臺"):
            city = "台" + city[1:]
        fwd = r.random() < _FW_RATE
        num = _fw if fwd else str

        def n(k: int) -> str:
            return num(str(k))

        head = (zipc if r.random() < 0.25 else "") + city + dist
        if r.random() < 0.2:
            vil = r.choice(_VILLAGE) + ("村" if dist.endswith(("鄉", "鎮")) else "里")
            head += vil + (f"{n(r.randint(1, 30))}鄰" if r.random() < 0.7 else "")
            if r.random() < 0.3:
                return _V(f"{head}{n(r.randint(1, 300))}號", "ADDRESS")
        road = r.choice(_ROADS) + r.choice(["路", "路", "街", "東路", "西路", "南路", "北路"])
        if road.endswith("路") and r.random() < 0.4:
            road += _cn(r.randint(1, 5)) + "段"
        tail = ""
        x = r.random()
        if x < 0.35:
            tail += f"{n(r.randint(1, 400))}巷"
            if r.random() < 0.4:
                tail += f"{n(r.randint(1, 40))}弄"
        tail += f"{n(r.randint(1, 350))}"
        if r.random() < 0.15:
            tail += f"之{n(r.randint(1, 9))}"
        tail += "號"
        y = r.random()
        if y < 0.3:
            tail += f"{n(r.randint(2, 15))}樓"
        elif y < 0.45:
            tail += f"{_cn(r.randint(2, 12))}樓"
        if y < 0.45 and r.random() < 0.3:
            tail += f"之{n(r.randint(1, 6))}"
        return _V(head + road + tail, "ADDRESS")

    def BD(self, child: bool = False) -> _V:
        r = self.r
        roc = r.randint(108, 112) if child else r.randint(20, 92)
        y, m, d = roc + 1911, r.randint(1, 12), r.randint(1, 28)
        forms = [
            f"民國{roc}年{m}月{d}日",
            f"{roc}年{m}月{d}日",
            f"{roc}.{m:02d}.{d:02d}",
            f"{roc:03d}/{m:02d}/{d:02d}",
            f"{roc}/{m}/{d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{y}/{m:02d}/{d:02d}",
            f"{y}年{m}月{d}日",
            f"{y}.{m}.{d}",
            f"民{roc}.{m}.{d}",
            f"{roc:03d}{m:02d}{d:02d}",
        ]
        v = r.choice(forms)
        if r.random() < 0.05 and roc < 100:
            v = f"民國{_cn99(roc)}年{_cn99(m)}月{_cn99(d)}日"
        return _V(self.fwm(v), "BIRTH_DATE")

    # plain context -----------------------------------------------------------
    def date(self) -> str:
        r = self.r
        roc, m, d = r.randint(112, 114), r.randint(1, 12), r.randint(1, 28)
        return r.choice([f"{roc}年{m}月{d}日", f"{roc}/{m:02d}/{d:02d}", f"{m}/{d}", f"{m}月{d}日"])

    def time(self) -> str:
        return f"{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}"

    def age(self, child: bool = False) -> str:
        return str(self.r.randint(1, 16) if child else self.r.randint(19, 93))

    def colon(self) -> str:
        return self.r.choice(["：", "：", ":", "　", "： "])


def _kind(nm: _Name) -> str:
    t = nm.text
    if "‧" in t or "·" in t:
        return "foreign" if nm.foreign else "indig"
    return "foreign" if nm.foreign else ("han" if not t.isascii() else "indig")


def _mobile(r: random.Random) -> str:
    pre = "09" + r.choice(["1", "2", "3", "5", "6", "7", "8"]) + r.choice(_DIG)
    rest = _digits(r, 6)
    a, b = rest[:3], rest[3:]
    return r.choice(
        [
            f"{pre}-{a}-{b}",
            f"{pre}{rest}",
            f"{pre}{rest}",
            f"{pre} {a} {b}",
            f"{pre}-{rest}",
            f"+886-{pre[1:]}-{a}-{b}",
            f"+886 {pre[1:]} {a} {b}",
            f"+886{pre[1:]}{rest}",
            f"({pre}){rest}",
        ]
    )


_AREAS = [
    ("02", 8, "235678"),
    ("03", 7, "345689"),
    ("037", 6, "2345"),
    ("04", 8, "2"),
    ("04", 7, "78"),
    ("049", 7, "2"),
    ("05", 7, "2357"),
    ("06", 7, "2359"),
    ("07", 7, "35678"),
    ("08", 7, "7"),
    ("089", 6, "3"),
    ("082", 6, "3"),
]


def _landline(r: random.Random) -> str:
    area, k, first = r.choice(_AREAS)
    local = r.choice(first) + _digits(r, k - 1)
    cut = 4 if k == 8 else 3 if k == 7 else 2
    a, b = local[:cut], local[cut:]
    v = r.choice(
        [
            f"({area}){a}-{b}",
            f"({area}){a}-{b}",
            f"{area}-{a}-{b}",
            f"{area}-{local}",
            f"({area}) {a} {b}",
            f"{area} {local}",
            f"+886-{area[1:]}-{a}-{b}",
            f"+886 {area[1:]} {local}",
        ]
    )
    if r.random() < 0.25:
        ext = _digits(r, r.choice([2, 3, 4])).lstrip("0") or "12"
        v += r.choice([f" 分機{ext}", f"分機{ext}", f"#{ext}", f" 轉{ext}", f" ext.{ext}"])
    return v


# --------------------------------------------------------------------------- positive texts

_HOSPITALS = [
    "衛福部桃園醫院",
    "亞東醫院",
    "中國醫藥大學附設醫院",
    "成大醫院",
    "高雄榮總",
    "門諾醫院",
]
_HOSPITALS += ["馬偕紀念醫院", "彰化基督教醫院", "部立臺東醫院", "慈濟醫院", "聯合醫院仁愛院區"]
_REL = ["配偶", "兒子", "女兒", "母親", "父親", "鄰居", "外籍看護", "孫子", "媳婦", "朋友"]
_COMPLAINTS = [
    "胸悶、冒冷汗",
    "呼吸喘",
    "意識不清",
    "跌倒頭部撕裂傷",
    "腹痛嘔吐",
    "疑似中風，右側無力",
]
_COMPLAINTS += ["癲癇發作", "車禍左腿變形", "低血糖", "燙傷約9%", "酒醉倒臥"]


def _ems_sheet(c: _Ctx, d: _Doc) -> None:
    r = c.r
    d.f(
        "【緊急救護紀錄表】案件編號{col}{no}　派遣時間{col}{dt} {tm}\n",
        col=c.colon(),
        no=f"{r.randint(112, 114)}{r.randint(1, 12):02d}-{r.randint(1, 999):03d}",
        dt=c.date(),
        tm=c.time(),
    )
    d.f("患者姓名{col}{p}　性別：{g}　", col=c.colon(), p=c.P(), g=r.choice("男女"))
    if r.random() < 0.7:
        d.f("出生日期{col}{bd}", col=c.colon(), bd=c.BD())
    else:
        d.f("年齡：{a}歲", a=c.age())
    d.t("\n")
    if r.random() < 0.6:
        d.f("身分證字號{col}{id}\n", col=c.colon(), id=c.ID() if r.random() < 0.85 else c.ARC())
    if r.random() < 0.65:
        d.f("健保卡號{col}{n}\n", col=c.colon(), n=c.NHI())
    if r.random() < 0.7:
        d.f("發生地點{col}{ad}\n", col=c.colon(), ad=c.AD())
    if r.random() < 0.7:
        d.f(
            "聯絡人{col}{p}（{rel}）{tel}",
            col=c.colon(),
            p=c.P(),
            rel=r.choice(_REL),
            tel=r.choice(["電話 ", "手機:", "Tel ", "，"]),
        )
        d.v(c.PH())
        d.t("\n")
    d.f(
        "主訴：{cc}，GCS {g}，BP {s}/{dia}，HR {hr}，送{h}。",
        cc=r.choice(_COMPLAINTS),
        g=str(r.randint(8, 15)),
        s=str(r.randint(90, 190)),
        dia=str(r.randint(50, 110)),
        hr=str(r.randint(50, 140)),
        h=r.choice(_HOSPITALS),
    )
    if r.random() < 0.5:
        d.f("\n救護技術員：{a}、{b}", a=c.P("han"), b=c.P("han"))


def _ems_log(c: _Ctx, d: _Doc) -> None:
    r = c.r
    x = r.random()
    if x < 0.35:
        d.f(
            "{t} {ad} {p}（{a}歲）{cc}，家屬{q}陪同送{h}，回撥{ph}。",
            t=c.time(),
            ad=c.AD(),
            p=c.P(),
            a=c.age(),
            cc=r.choice(_COMPLAINTS),
            q=c.P(),
            h=r.choice(_HOSPITALS),
            ph=c.PH(),
        )
    elif x < 0.7:
        d.f(
            "報案人{p}來電稱其{rel}在家中{cc}，地址{ad}，",
            p=c.P(),
            rel=r.choice(["父親", "母親", "先生", "太太", "阿嬤", "阿公"]),
            cc=r.choice(_COMPLAINTS),
            ad=c.AD(),
        )
        d.f(
            "報案電話{ph}。派遣{u}分隊出勤，{tm}到達。",
            ph=c.PH(),
            u=r.choice(["中正", "東區", "林口", "大林"]),
            tm=c.time(),
        )
    else:
        nm = c.N()
        d.f(
            "患者{p}拒絕送醫，經說明風險後仍堅持不就醫，已請{p2}簽具拒絕送醫切結書。\n",
            p=c.P(name=nm),
            p2=c.P(name=nm),
        )
        d.f("切結人：{p}　身分證：{id}　電話：{ph}", p=c.P(name=nm), id=c.ID(), ph=c.PH(True))


def _ems_speech(c: _Ctx, d: _Doc) -> None:
    r = c.r
    d.f(
        "（錄音轉譯）「喂，119嗎？我叫{p}，我{rel}{q}在浴室跌倒起不來，",
        p=c.P(),
        rel=r.choice(["爸爸", "媽媽", "阿嬤", "先生", "婆婆"]),
        q=c.P(),
    )
    d.f("我們家在{ad}，", ad=c.AD())
    d.f("你們到了打{ph}給我，", ph=c.PH(True))
    d.t(r.choice(["拜託快一點。」", "門我先開著。」", "他有糖尿病。」"]))


def _fire_inspect(c: _Ctx, d: _Doc) -> None:
    r = c.r
    if r.random() < 0.5:
        nm = c.N()
        d.f(
            "{dt}會同建管單位至{ad}（{p}住宅）辦理住宅用火災警報器宣導，",
            dt=c.date(),
            ad=c.AD(),
            p=c.P(name=nm),
        )
        d.f(
            "屋主{p}{h}表示已自行購置{k}具，惟未安裝於廚房。聯絡電話{ph}。",
            p=c.P(name=nm),
            h=c.hon(),
            k=str(r.randint(1, 4)),
            ph=c.PH(),
        )
    else:
        d.f(
            "檢查場所：{shop}\n負責人{col}{p}（身分證統一編號{id}）\n",
            shop=r.choice(["民宿", "小吃店", "KTV包廂", "出租套房", "神壇"]) + "（未辦商業登記）",
            col=c.colon(),
            p=c.P(),
            id=c.ID(),
        )
        d.f("地址{col}{ad}\n", col=c.colon(), ad=c.AD())
        d.f(
            "缺失：{x}，限{dt}前改善。現場簽收人：{p}",
            x=r.choice(["滅火器逾期", "緩降機故障", "出口標示燈不亮", "防火門以木楔固定"]),
            dt=c.date(),
            p=c.P(),
        )


def _kg_enrol(c: _Ctx, d: _Doc) -> None:
    r = c.r
    lines: list[tuple[str, _V | str]] = [
        ("幼生姓名", c.P("han")),
        ("出生日期", c.BD(child=True)),
    ]
    if r.random() < 0.7:
        lines.append(("身分證統一編號", c.ID()))
    fa, mo = c.P(), c.P()
    lines.append(("父親姓名", fa))
    if r.random() < 0.7:
        lines.append(("父親手機", c.PH(True)))
    lines.append(("母親姓名", mo))
    if r.random() < 0.3:
        lines.append(("母親居留證號", c.ARC()))
    if r.random() < 0.7:
        lines.append(("母親手機", c.PH(True)))
    if r.random() < 0.6:
        lines.append(("戶籍地址", c.AD()))
    if r.random() < 0.5:
        lines.append(("電子信箱", c.EM()))
    if r.random() < 0.45:
        lines.append(("幼生健保卡號", c.NHI()))
    lines.append(("班別", r.choice(["小班", "中班", "大班", "幼幼班"])))
    sep = r.choice(["\n", "\n", "　", "；"])
    d.t(r.choice(["114學年度新生報名表\n", "【新生入園資料】\n", ""]))
    for i, (k, v) in enumerate(lines):
        if i:
            d.t(sep)
        d.t(k + c.colon())
        d.v(v)


def _kg_pickup(c: _Ctx, d: _Doc) -> None:
    r = c.r
    par = c.N()
    d.f(
        "代理接送授權書\n本人{p}為{cls}班幼生{kid}之家長，因工作因素，茲授權{q}（關係：{rel}，",
        p=c.P(name=par),
        cls=r.choice(["向日葵", "小熊", "蘋果", "海豚", "星星"]),
        kid=c.P("han"),
        q=c.P(),
        rel=r.choice(["外婆", "阿公", "姑姑", "舅舅", "保母", "阿姨"]),
    )
    if r.random() < 0.6:
        d.f("身分證字號{id}，", id=c.ID())
    d.f(
        "電話{ph}）於每日{tm}代為接送。\n立書人：{p}　{dt}",
        ph=c.PH(),
        tm=r.choice(["16:00", "16:30", "17:10"]),
        p=c.P(name=par),
        dt=c.date(),
    )


def _kg_table(c: _Ctx, d: _Doc) -> None:
    r = c.r
    d.f(
        "{cls}班 接送人名冊\n序號\t接送人\t關係\t聯絡電話\n",
        cls=r.choice(["大象", "長頸鹿", "企鵝"]),
    )
    for i in range(r.randint(2, 4)):
        d.f(
            "{i}\t{p}\t{rel}\t{ph}\n",
            i=str(i + 1),
            p=c.P(),
            rel=r.choice(["父", "母", "祖母", "外公", "姑姑", "褓母"]),
            ph=c.PH(),
        )
    d.t(r.choice(["※未列名者不得接送。", "備註：臨時更換接送人請先電話告知。", ""]))


def _kg_foreign(c: _Ctx, d: _Doc) -> None:
    r = c.r
    nm = _make_name(r, "foreign")
    pv = c.P(name=nm)
    d.f(
        "新住民家長{p}（{nat}，護照號碼{pp}，居留證號{arc}）申請幼生{kid}就讀{cls}，",
        p=pv,
        nat=nm.foreign,
        pp=c.PP(nm.foreign),
        arc=c.ARC(),
        kid=c.P("han"),
        cls=r.choice(["中班", "大班"]),
    )
    d.f("另提供聯絡信箱{em}，家中電話{ph}。", em=c.EM(), ph=c.PH(False))


def _cem_formal(c: _Ctx, d: _Doc) -> None:
    r = c.r
    d.f(
        "申請人{p}（身分證統一編號：{id}，住{ad}，電話：{ph}）",
        p=c.P(),
        id=c.ID(),
        ad=c.AD(),
        ph=c.PH(),
    )
    d.f(
        "為亡{rel}{q}（{bd}生，{dd}歿）申請使用{cem}第{z}區第{k}號墓基，檢附死亡證明書及戶籍謄本各1份。",
        rel=r.choice(["父", "母", "夫", "妻", "兄"]),
        q=c.P(),
        bd=c.BD(),
        dd=c.date(),
        cem=r.choice(["第一公墓", "第六公墓", "福德公墓", "示範公墓", "山仔腳公墓"]),
        z=r.choice("ABCDE"),
        k=str(r.randint(1, 300)),
    )


def _cem_log(c: _Ctx, d: _Doc) -> None:
    r = c.r
    d.f(
        "{z}區{k}號 起掘申請 {p} {ph}",
        z=r.choice("甲乙丙丁"),
        k=str(r.randint(1, 99)),
        p=c.P(),
        ph=c.PH(),
    )
    if r.random() < 0.6:
        d.f("，代理人{q}", q=c.P())
    d.f(
        "，已繳規費{amt}元（收據第{rc}號）。",
        amt=f"{r.randint(1, 9)},{r.randint(0, 9)}00",
        rc=_digits(r, 6),
    )


def _cem_foreign(c: _Ctx, d: _Doc) -> None:
    r = c.r
    nm = _make_name(r, "foreign")
    pv = c.P(name=nm)
    d.f(
        "申請人{p}（{nat}，外來人口統一證號{arc}）為其配偶{q}辦理納骨塔位申請，",
        p=pv,
        nat=nm.foreign,
        arc=c.ARC(),
        q=c.P("han"),
    )
    if r.random() < 0.5:
        d.f("護照號碼{pp}，", pp=c.PP(nm.foreign))
    d.f("通訊地址{ad}。", ad=c.AD())


_STALLS = ["大腸包小腸", "蚵仔煎", "臭豆腐", "雞排", "珍珠奶茶", "射氣球", "烤玉米", "地瓜球"]


def _nm_record(c: _Ctx, d: _Doc) -> None:
    r = c.r
    fields: list[tuple[str, _V | str]] = [
        ("攤位編號", f"{r.choice('ABCDE')}-{r.randint(1, 60):02d}"),
        ("攤商", c.P()),
    ]
    if r.random() < 0.7:
        fields.append(("身分證", c.ID() if r.random() < 0.8 else c.ARC()))
    if r.random() < 0.4:
        fields.append(("出生年月日", c.BD()))
    fields.append(("電話", c.PH()))
    if r.random() < 0.6:
        fields.append(("地址", c.AD()))
    fields.append(("營業項目", r.choice(_STALLS)))
    if r.random() < 0.3:
        fields.append(("代理人", c.P()))
    sep = r.choice(["\n", " | ", "，"])
    for i, (k, v) in enumerate(fields):
        if i:
            d.t(sep)
        d.t(k + c.colon())
        d.v(v)


def _nm_note(c: _Ctx, d: _Doc) -> None:
    r = c.r
    a, b = c.N(), c.N()
    d.f(
        "{p}（攤號{n}）反映隔壁攤位占用走道，已請自治會協調；{q}表示不同意，",
        p=c.P(name=a),
        n=f"{r.choice('CDF')}-{r.randint(1, 40):02d}",
        q=c.P(name=b),
    )
    d.f("稱「{p}自己也擺到騎樓」。下週{dt}再約雙方會談。", p=c.P(name=a), dt=c.date())


def _nm_list(c: _Ctx, d: _Doc) -> None:
    r = c.r
    d.t(r.choice(["本期遞補名單：\n", "候補攤商（依抽籤順序）\n"]))
    for i in range(r.randint(2, 5)):
        d.f("{i}. {p}", i=str(i + 1), p=c.P())
        if r.random() < 0.6:
            d.f("（{ph}）", ph=c.PH(True))
        d.t("\n")
    d.t("請於7日內至管理處辦理進駐。")


def _nm_mail(c: _Ctx, d: _Doc) -> None:
    r = c.r
    d.f(
        "{p}來信（{em}）詢問{x}攤位轉讓事宜，已回覆依規定不得私下頂讓，",
        p=c.P(),
        em=c.EM(),
        x=r.choice(_STALLS),
    )
    d.f("並請其洽承辦人{q}，電話{ph}。", q=c.P("han"), ph=c.PH(False))


def _cp_intake(c: _Ctx, d: _Doc) -> None:
    r = c.r
    kid = c.N("han")
    d.f(
        "113保護專線轉介（{dt} {tm}）\n通報人：{p}（{role}），電話{ph}\n",
        dt=c.date(),
        tm=c.time(),
        p=c.P(),
        role=r.choice(["導師", "鄰居", "社區保母", "醫院社工", "親屬"]),
        ph=c.PH(),
    )
    d.f("案主：{k}（{a}歲）", k=c.P(name=kid), a=c.age(True))
    if r.random() < 0.5:
        d.f("，生日{bd}", bd=c.BD(child=True))
    if r.random() < 0.35:
        d.f("，健保卡{n}", n=c.NHI())
    d.t("\n")
    d.f(
        "相對人：{q}（案{rel}",
        q=c.P(),
        rel=r.choice(["父", "母", "母同居人", "祖父"]),
    )
    if r.random() < 0.6:
        d.f("，{id}", id=c.ID())
    if r.random() < 0.3:
        d.f("，{bd}生", bd=c.BD())
    d.t("）\n")
    d.f("現住地址：{ad}\n", ad=c.AD())
    d.f(
        "摘要：{k}到校時{x}，自述「{q}昨天晚上打我」。",
        k=c.P(name=kid),
        x=r.choice(["左臉有瘀青", "手臂多處紅腫", "連續兩天未進食", "衣著單薄"]),
        q=r.choice(["爸爸", "媽媽", "叔叔"]),
    )


def _cp_speech(c: _Ctx, d: _Doc) -> None:
    r = c.r
    d.f(
        "來電者不願具名，口述：「他們家小孩叫{k}，常常半夜在哭，媽媽好像叫{m}，",
        k=c.P("han"),
        m=c.P(),
    )
    d.f("住在{ad}，", ad=c.AD())
    d.t(r.choice(["我聽到有摔東西的聲音。」", "門口都是垃圾。」", "爸爸常喝酒。」"]))
    if r.random() < 0.5:
        d.f("\n回撥號碼：{ph}", ph=c.PH(True))


def _cp_foreign(c: _Ctx, d: _Doc) -> None:
    r = c.r
    nm = _make_name(r, "foreign")
    d.f(
        "案母{p}（{nat}，居留證{arc}）表示與案父{q}分居中，",
        p=c.P(name=nm),
        nat=nm.foreign,
        arc=c.ARC(),
        q=c.P("han"),
    )
    d.f(
        "{k}目前由{g}照顧，案母手機{ph}，已轉介{org}。",
        k=c.P("han"),
        g=r.choice(["外婆", "案姑", "寄養家庭"]),
        ph=c.PH(True),
        org=r.choice(["新住民家庭服務中心", "家防中心", "社福中心"]),
    )


def _sc_complaint(c: _Ctx, d: _Doc) -> None:
    r = c.r
    d.f(
        "會員{p}（會員卡號M{no}）來信{em}反映{x}，",
        p=c.P(),
        no=_digits(r, 6),
        em=c.EM(),
        x=r.choice(["游泳池水溫過低", "重訓區器材故障未修", "置物櫃遭破壞", "教練態度不佳"]),
    )
    d.f("要求退費，回電{ph}。", ph=c.PH())


def _sc_card(c: _Ctx, d: _Doc) -> None:
    r = c.r
    nm = c.N()
    d.f(
        "{p}{h}表示其信用卡{cc}於{dt}遭重複扣款月費{amt}元，",
        p=c.P(name=nm),
        h=c.hon(),
        cc=c.CC(),
        dt=c.date(),
        amt=r.choice(["1,288", "999", "1,680", "2,400"]),
    )
    d.f("已請財務組查核後退還。聯絡：{ph}", ph=c.PH())
    if r.random() < 0.5:
        d.f("；出生日期{bd}", bd=c.BD())


def _sc_reply(c: _Ctx, d: _Doc) -> None:
    r = c.r
    d.f(
        "{p}君您好：\n有關您{dt}反映{x}一事，本中心已{y}。\n",
        p=c.P(),
        dt=c.date(),
        x=r.choice(["淋浴間熱水不足", "羽球場地預約系統異常", "停車場收費"]),
        y=r.choice(["完成檢修", "調整作業流程", "加強人員訓練"]),
    )
    d.f("敬祝 健康\n承辦人：{q}　電話：{ph}", q=c.P("han"), ph=c.PH(False))
    if r.random() < 0.4:
        d.f("\nE-mail：{em}", em=c.EM())


def _sc_foreign(c: _Ctx, d: _Doc) -> None:
    r = c.r
    nm = _make_name(r, "foreign")
    d.f(
        "外籍會員申辦：{p}（{nat}）\n護照：{pp}\n居留證：{arc}\n",
        p=c.P(name=nm),
        nat=nm.foreign,
        pp=c.PP(nm.foreign),
        arc=c.ARC(),
    )
    d.f("扣款卡號：{cc}\n手機：{ph}", cc=c.CC(), ph=c.PH(True))
    if r.random() < 0.5:
        d.f("\n雇主：{q}", q=c.P("han"))


_POSITIVE = [
    _ems_sheet, _ems_log, _ems_speech, _fire_inspect,
    _kg_enrol, _kg_pickup, _kg_table, _kg_foreign,
    _cem_formal, _cem_log, _cem_foreign,
    _nm_record, _nm_note, _nm_list, _nm_mail,
    _cp_intake, _cp_speech, _cp_foreign,
    _sc_complaint, _sc_card, _sc_reply, _sc_foreign,
]  # fmt: skip

# --------------------------------------------------------------------------- hard negatives

_CO_A = ["順發", "金福", "永興", "大昌", "宏遠", "協和", "東昇", "萬泰", "聯豐", "新光明", "林園"]
_CO_B = ["消防器材", "機電工程", "餐飲", "企業社", "實業", "保全", "營造", "小吃"]
_CO_C = ["有限公司", "股份有限公司", "行", "社"]
_SHOPS = ["林家蚵仔煎", "陳記臭豆腐", "老王牛肉麵", "黃媽媽滷味", "張家豆花", "高記生煎包"]
_SHOPS += ["李子冰棒", "周氏蝦捲", "阿宗粉圓", "吳記烤玉米", "江家麻辣鍋"]
_MARKETS = [
    "饒河街觀光夜市",
    "瑞豐夜市",
    "花園夜市",
    "逢甲夜市",
    "羅東夜市",
    "六合夜市",
    "士林夜市",
]
_PLACES = [
    "林口",
    "高雄",
    "江翠",
    "石門",
    "金山",
    "黃金博物館",
    "白沙灣",
    "馬公",
    "方城市場",
    "何厝",
]
_WORDS = ["高溫", "周邊", "黃色警戒", "白天", "方向", "馬路", "林道", "陳列區", "張貼", "許可證"]
_WORDS += ["金額", "江面", "王子麵", "何時", "余額"]
_LAWS = [
    "消防法第6條",
    "消防法第37條第1項",
    "殯葬管理條例第41條",
    "兒童及少年福利與權益保障法第53條",
]
_LAWS += [
    "幼兒教育及照顧法第43條",
    "攤販管理自治條例第8條",
    "國民體育法第21條",
    "行政程序法第102條",
]
_PRODUCTS = ["ABC乾粉滅火器", "住宅用火災警報器", "AED自動體外心臟電擊去顫器", "緩降機"]
_PRODUCTS += ["跑步機", "飛輪車", "兒童安全座椅", "鋁製骨灰罐"]


def _doc_no(r: random.Random) -> str:
    org = r.choice(["府授工", "北市消預", "高市消防指", "中市社保", "府民殯", "新北教幼", "體處營"])
    return f"{org}字第{r.randint(112, 114)}{_digits(r, 7)}號"


def _amt(r: random.Random) -> str:
    return r.choice(
        [
            f"新臺幣{r.randint(1, 30)},000元",
            f"{r.randint(1, 9)}萬{r.randint(1, 9)},000元",
            f"NT${r.randint(100, 9999)}",
        ]
    )


def _company(r: random.Random) -> str:
    return r.choice(_CO_A) + r.choice(_CO_B) + r.choice(_CO_C)


def _neg(c: _Ctx) -> str:
    r = c.r
    k = r.randrange(10)
    if k == 0:
        return (
            f"{_company(r)}（統一編號{_ban_value(r)}）位於{r.choice(_PLACES)}，經本局{c.date()}檢查，"
            f"{r.choice(['避難器具未定期保養', '滅火器逾期未換藥', '出口標示燈故障'])}，"
            f"依{r.choice(_LAWS[:2])}"
            f"處{_amt(r)}罰鍰，限{c.date()}前改善。\n發文字號：{_doc_no(r)}"
        )
    if k == 1:
        return (
            f"{c.date()}救護出勤統計：總件數{r.randint(80, 900)}件，OHCA {r.randint(1, 30)}件，"
            f"到院前恢復心跳{r.randint(0, 9)}件；{r.choice(_PLACES)}分隊出勤最多。"
            f"因{r.choice(_WORDS)}影響，熱傷害案件增加{r.randint(2, 40)}%。"
        )
    if k == 2:
        return (
            f"本園{r.choice(['114', '115'])}學年度新生招生自{c.date()}起受理，月費{_amt(r)}，"
            f"依{_LAWS[4]}公告收費項目。{r.choice(_WORDS)}請家長留意，"
            f"報名表請至園務辦公室領取。"
        )
    if k == 3:
        return (
            f"公告：{r.choice(_PLACES)}第{r.randint(1, 12)}公墓遷葬，依{_LAWS[2]}辦理，"
            f"公告期間自{c.date()}至{c.date()}止，逾期未自行遷葬者由本所代為處理。"
            f"\n{_doc_no(r)}"
        )
    if k == 4:
        return (
            f"{r.choice(_MARKETS)}攤位抽籤結果將於{c.date()}公告，攤位費每月{_amt(r)}，"
            f"收據字號{r.choice(['夜', '市', '攤'])}字第{_digits(r, 6)}號。"
            f"{r.choice(_SHOPS)}、{r.choice(_SHOPS)}等{r.randint(3, 20)}攤續約。"
        )
    if k == 5:
        return (
            f"{r.randint(112, 114)}年第{r.randint(1, 4)}季兒少保護通報{r.randint(100, 3000)}件，"
            f"較去年同期增加{r.randint(1, 20)}.{r.randint(0, 9)}%；依{_LAWS[3]}"
            "責任通報人員應於24小時內通報。"
            f"案號{r.randint(112, 114)}保字第{_digits(r, 5)}號已結案。"
        )
    if k == 6:
        return (
            f"游泳池於{r.randint(7, 9)}月{r.randint(1, 9)}日至{r.randint(10, 20)}日歲修暫停開放，"
            "會員卡效期順延，"
            f"月票{_amt(r)}，{r.choice(['高溫', '白天', '周末'])}時段恢復開放。"
        )
    if k == 7:
        return (
            f"採購{r.choice(_PRODUCTS)}（型號{r.choice(['KX', 'TS', 'FD'])}-{r.randint(100, 999)}）"
            f"{r.randint(2, 80)}具，決標金額{_amt(r)}，得標廠商{_company(r)}"
            f"（統編{_ban_value(r)}）。標案案號：{r.randint(112, 114)}A{_digits(r, 3)}。"
        )
    if k == 8:
        inv = r.choice("QRSTUVWXYZ") + r.choice("EFGHJKLMNP")
        return (
            f"統一發票{inv}-{_digits(r, 8)}，金額{_amt(r)}，{r.choice(_SHOPS)}開立，"
            f"{c.date()}報帳，{r.choice(_WORDS)}欄位請補填。"
        )
    return (
        f"{r.choice(_PLACES)}、{r.choice(_PLACES)}一帶{r.choice(_WORDS)}加強巡查，"
        f"{r.choice(_SHOPS)}門口{r.choice(['張貼', '陳列'])}之{r.choice(_PRODUCTS)}"
        f"已依{r.choice(_LAWS[5:])}移置。會議紀錄：{c.date()}（{_doc_no(r)}）。"
    )


# --------------------------------------------------------------------------- entry point


def _known_names(r: random.Random, n: int) -> tuple[list[_Name], list[str]]:
    size = max(60, n // 2)
    names: dict[str, _Name] = {}
    while len(names) < size:
        nm = _make_name(r)
        names.setdefault(nm.text, nm)
    ordered = list(names.values())
    mentionable = ordered[: int(size * 0.7)]  # the rest are never mentioned
    column = [nm.text for nm in ordered]
    r.shuffle(column)
    return mentionable, column


def generate_heldout30(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (deterministic for ``seed``) and the known-names list."""
    r = random.Random(seed)
    mentionable, column = _known_names(r, n)
    ctx = _Ctx(r, mentionable, set(column))
    samples: list[Sample] = []
    for _ in range(n):
        if r.random() < _NEG_RATE:
            samples.append(Sample(_neg(ctx), [], True, []))
            continue
        d = _Doc()
        r.choice(_POSITIVE)(ctx, d)
        samples.append(d.sample())
    return samples, column
