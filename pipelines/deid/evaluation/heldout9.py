"""Held-out set 9: independently written agency texts for measuring the PII scanner.

Why a ninth set: every earlier set has, over time, influenced the recognizers it measures, so
its scores drift upwards without the scanner getting better on unseen text. This set was
written without looking at the recognizers, their word lists or the earlier generators; its
first measurement is therefore an honest held-out figure. Once the scanner has been tuned
against it, it stops being held-out and a new one is needed.

The texts are things people write *to and inside* Taiwanese agencies (exam appeals, veterans'
pension letters, land-right hearings, typhoon damage surveys, traffic-ticket appeals, volunteer
rosters, library sign-ups, immigration interviews, union petitions, mediation summaries,
day-centre logs, scholarship letters, council transcripts). Hard negatives carry only
look-alikes: case numbers, company BANs, statutes, amounts, dates, place, brand and street
names, job titles without names.

Every identifier is generated with its own checksum code here (not the project's helpers), so
the tests, which check values with :mod:`pipelines.deid.identifiers`, cross-check both.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from pipelines.deid.evaluation.generator import Sample

__all__ = ["generate_heldout9"]

# --------------------------------------------------------------------------- identifiers

# Letter codes of the national ID (A=10 ... Z=33, not alphabetical: I, O, W ... moved).
_CODES = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True))
_ID_W = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1]
_FULLWIDTH = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})


def _id_sum(letter: str, nine: str) -> int:
    """Weighted sum behind the national-ID / resident-certificate check digit."""
    code = _CODES[letter]
    digits = [code // 10, code % 10, *(int(c) for c in nine)]
    return sum(w * d for w, d in zip(_ID_W, digits, strict=True))


def _id_ok(value: str) -> bool:
    """Whether a 10-character value passes the ID checksum in either ID or ARC form.

    Used to keep look-alike document numbers in hard negatives *invalid*.
    """
    if len(value) != 10 or value[0] not in _CODES or not value[2:].isdigit():
        return False
    second = value[1]
    if second.isdigit():
        nine = value[1:]
    elif second in "ABCD":
        nine = str(_CODES[second] % 10) + value[2:]
    else:
        return False
    return _id_sum(value[0], nine) % 10 == 0


def _luhn_ok(digits: str) -> bool:
    """The Luhn check (mod 10) over a digit string."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _ban_ok(digits: str) -> bool:
    """The BAN (統一編號) rule: weighted digit sums divisible by 5 (7th-digit-7 exception)."""
    total = 0
    for w, ch in zip([1, 2, 1, 2, 1, 2, 4, 1], digits, strict=True):
        p = w * int(ch)
        total += p // 10 + p % 10
    return total % 5 == 0 or (digits[6] == "7" and (total + 1) % 5 == 0)


# --------------------------------------------------------------------------- name material

_SURNAMES = list(
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏"
    "柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮董唐藍蔣古紀姚連馮程湯黎田康姜汪白鄒尤巫鐘涂龔嚴韓袁童陸"
    "夏邵伍倪溫譚駱熊甘秦顧毛章官俞雷粘饒"
)
_COMPOUND = ["張簡", "歐陽", "范姜", "周黃", "司馬", "上官", "諸葛", "司徒", "徐辜", "張廖"]
_G1 = list(
    "志俊家建冠宗承柏宇彥明文信嘉怡雅淑美佳欣婷惠麗玉秀靜宜筱詩芷子品昱睿宥翊沛秉育致書郁孟凱哲瑋世國正春金素月碧"
)
_G2 = list(
    "豪宏偉銘霖翰廷傑安恩晴涵萱琪瑜芬珍華蓉君如穎儒修軒成輝雄德忠良卿蘭雲鳳嬌慧真妤庭甫彬達賢勳"
)
_G_SINGLE = list("勇誠靖薇潔琳瑩鈞昇寧凡蓁崴翔娟慈")

_INDIG_HAN_GIVEN = [
    "瓦旦",
    "比令",
    "尤幹",
    "馬紹",
    "巴奈",
    "拉娃",
    "吉娃斯",
    "伊婉",
    "撒韻",
    "烏杜",
    "阿洛",
    "達卡",
    "哈勇",
    "基馬",
    "嘎力",
    "莎韻",
    "拉瓦",
    "阿布",
]
_INDIG_HAN_FAMILY = [
    "達利",
    "谷木",
    "巴萬",
    "都耀",
    "吉洛",
    "諾幹",
    "卡造",
    "尤命",
    "瑪紹",
    "羅法思",
    "巴勒",
    "雅外",
    "比浪",
    "拉罕",
]
_INDIG_ROM_GIVEN = [
    "Watan",
    "Pilin",
    "Yukan",
    "Panay",
    "Lawa",
    "Ciwas",
    "Iwan",
    "Sayun",
    "Batu",
    "Haruy",
    "Kimat",
    "Umav",
    "Dakiu",
    "Namoh",
    "Afas",
    "Kaleb",
]
_INDIG_ROM_FAMILY = [
    "Tanga",
    "Nomin",
    "Yapit",
    "Lahuy",
    "Piho",
    "Kacaw",
    "Sulu",
    "Temu",
    "Ragus",
    "Hayung",
    "Tali",
    "Sawmah",
    "Lisin",
    "Kadaw",
]

_VN_FAMILY = [
    "Nguyen",
    "Tran",
    "Le",
    "Pham",
    "Hoang",
    "Huynh",
    "Phan",
    "Vu",
    "Vo",
    "Dang",
    "Bui",
    "Do",
    "Ngo",
    "Duong",
]
_VN_MIDDLE = ["Thi", "Thi", "Van", "Ngoc", "Thanh", "Minh", "Kim"]
_VN_GIVEN = [
    "Lan",
    "Hoa",
    "Trang",
    "Huong",
    "Mai",
    "Linh",
    "Thao",
    "Nhung",
    "Hanh",
    "Tuyet",
    "Dung",
    "Hung",
    "Tuan",
    "Nam",
    "Phuong",
    "Yen",
    "Loan",
    "Diem",
]
_VN_DIACRITIC = {
    "Nguyen": "Nguyễn",
    "Tran": "Trần",
    "Le": "Lê",
    "Pham": "Phạm",
    "Thi": "Thị",
    "Vo": "Võ",
    "Huong": "Hương",
    "Phuong": "Phương",
    "Tuyet": "Tuyết",
    "Hanh": "Hạnh",
    "Thao": "Thảo",
    "Diem": "Diễm",
}
_VN_HAN_FAMILY = ["阮", "陳", "黎", "范", "武", "黃", "裴", "鄧", "吳"]
_VN_HAN_GIVEN = [
    "秋莊",
    "玉蘭",
    "春花",
    "清香",
    "金鳳",
    "美玲",
    "紅絨",
    "秋霞",
    "翠雲",
    "氏恆",
    "碧玄",
    "垂蓉",
]
_ID_GIVEN = [
    "Siti",
    "Dewi",
    "Sri",
    "Nur",
    "Rina",
    "Ani",
    "Wulan",
    "Yuli",
    "Eka",
    "Indah",
    "Putri",
    "Ayu",
    "Tuti",
    "Ratna",
]
_ID_FAMILY = [
    "Rahayu",
    "Lestari",
    "Wahyuni",
    "Handayani",
    "Susanti",
    "Purwanti",
    "Kurniasih",
    "Setiawati",
    "Maryati",
    "Aminah",
    "Fitriani",
    "Nuraini",
]
_ID_MONONYM = [
    "Sulastri",
    "Marni",
    "Sunarti",
    "Wartini",
    "Suyatmi",
    "Karsinah",
    "Juminten",
    "Tarmini",
]
_ID_HAN_GIVEN = ["絲莉", "德維", "妮娜", "阿妮", "茵達", "普翠", "瑞娜", "尤莉"]
_ID_HAN_FAMILY = ["拉哈尤", "莉絲塔莉", "瓦育妮", "漢達雅妮", "蘇桑蒂", "阿米娜", "菲特莉雅妮"]
_TH_GIVEN = [
    "Somchai",
    "Somsak",
    "Anan",
    "Prasit",
    "Wichai",
    "Kittisak",
    "Nattapong",
    "Suda",
    "Malee",
    "Pornthip",
    "Siriporn",
    "Boonchu",
]
_TH_FAMILY = [
    "Srisuk",
    "Boonmee",
    "Chaiyaporn",
    "Saelim",
    "Thongdee",
    "Wongsa",
    "Kaewkla",
    "Sombat",
    "Rattanakul",
    "Phromma",
]
_TH_HAN = ["頌猜", "阿南", "巴實", "威猜", "蘇達", "瑪莉", "汶初"]
_TH_HAN_FAMILY = ["汶米", "詩素", "賽林", "通迪", "翁沙", "甘拉"]
_PH_GIVEN = [
    "Maria Cristina",
    "Jose",
    "Mark Anthony",
    "Rowena",
    "Marilou",
    "Jennifer",
    "Analyn",
    "Rodel",
    "Jomar",
    "Lorna",
    "Marites",
    "Ernesto",
]
_PH_FAMILY = [
    "Santos",
    "Reyes",
    "Cruz",
    "Bautista",
    "Dela Cruz",
    "Garcia",
    "Mendoza",
    "Villanueva",
    "Ramos",
    "Tolentino",
    "Pascual",
    "Manalo",
]
_PH_HAN_GIVEN = ["瑪莉亞", "羅維娜", "安娜琳", "荷西", "瑪莉露", "珍妮佛"]
_PH_HAN_FAMILY = ["桑托斯", "雷耶斯", "克魯茲", "加西亞", "拉莫斯", "門多薩"]
_TW_ROM_FAMILY = [
    "Chen",
    "Lin",
    "Huang",
    "Chang",
    "Lee",
    "Wang",
    "Wu",
    "Liu",
    "Tsai",
    "Yang",
    "Hsu",
    "Cheng",
    "Hsieh",
    "Kuo",
    "Hung",
    "Tseng",
    "Chiu",
    "Liao",
    "Lai",
    "Chou",
]
_TW_ROM_SYL = [
    "Chih",
    "Hao",
    "Mei",
    "Ling",
    "Shu",
    "Fen",
    "Chia",
    "Hui",
    "Wei",
    "Ting",
    "Yu",
    "Hsuan",
    "Chun",
    "Kai",
    "Tzu",
    "Yi",
    "Pei",
    "Ying",
    "Hsin",
    "Jung",
    "Ming",
    "Wen",
]

# Styles with sampling weights; the known list is drawn across the same mix.
_STYLES = [
    ("han", 50),
    ("compound", 5),
    ("single", 6),
    ("married", 7),
    ("indig_han", 5),
    ("indig_rom", 3),
    ("vn_lat", 5),
    ("vn_han", 4),
    ("id_lat", 4),
    ("id_han", 2),
    ("th_lat", 2),
    ("th_han", 1),
    ("ph_lat", 3),
    ("ph_han", 1),
    ("tw_rom", 4),
]
_FOREIGN = ["vn_lat", "vn_han", "id_lat", "id_han", "th_lat", "th_han", "ph_lat", "ph_han"]
_INDIG = ["indig_han", "indig_rom"]

# --------------------------------------------------------------------------- place material

_PLACES: list[tuple[str, str, list[str]]] = [
    ("臺北市", "大安區", ["和平東路", "復興南路", "信義路", "溫州街"]),
    ("臺北市", "萬華區", ["西園路", "康定路", "環河南路"]),
    ("臺北市", "北投區", ["石牌路", "大業路", "中和街"]),
    ("新北市", "板橋區", ["文化路", "民生路", "四川路"]),
    ("新北市", "三重區", ["重新路", "正義北路", "三和路"]),
    ("新北市", "新店區", ["北新路", "中興路", "安康路"]),
    ("桃園市", "中壢區", ["中央西路", "環北路", "元化路"]),
    ("桃園市", "龜山區", ["萬壽路", "文化一路"]),
    ("臺中市", "北屯區", ["崇德路", "文心路", "東山路"]),
    ("臺中市", "豐原區", ["中正路", "圓環東路"]),
    ("臺南市", "永康區", ["中華路", "大灣路"]),
    ("臺南市", "新營區", ["三民路", "民治路"]),
    ("高雄市", "三民區", ["建工路", "九如二路", "大昌一路"]),
    ("高雄市", "鳳山區", ["青年路", "五甲二路"]),
    ("高雄市", "旗山區", ["延平一路", "中華路"]),
    ("基隆市", "七堵區", ["明德一路", "福五街"]),
    ("新竹縣", "竹北市", ["光明六路", "縣政九路"]),
    ("苗栗縣", "頭份市", ["中正路", "建國路"]),
    ("彰化縣", "員林市", ["員東路", "中山路"]),
    ("南投縣", "埔里鎮", ["中山路", "西安路"]),
    ("雲林縣", "虎尾鎮", ["林森路", "光復路"]),
    ("嘉義縣", "民雄鄉", ["建國路", "中樂路"]),
    ("屏東縣", "屏東市", ["自由路", "勝利路"]),
    ("宜蘭縣", "羅東鎮", ["公正路", "純精路"]),
    ("花蓮縣", "吉安鄉", ["中華路", "南昌路"]),
    ("臺東縣", "臺東市", ["中興路", "更生路"]),
    ("澎湖縣", "馬公市", ["光復路", "三多路"]),
]
_VILLAGES: list[tuple[str, str, str]] = [
    ("南投縣", "仁愛鄉", "精英村"),
    ("新竹縣", "尖石鄉", "秀巒村"),
    ("屏東縣", "三地門鄉", "口社村"),
    ("花蓮縣", "秀林鄉", "崇德村"),
    ("臺東縣", "卑南鄉", "初鹿村"),
    ("宜蘭縣", "大同鄉", "崙埤村"),
]
_ZIP = {
    "臺北市": "10",
    "新北市": "22",
    "桃園市": "32",
    "臺中市": "40",
    "臺南市": "71",
    "高雄市": "80",
}
_NUM_END = tuple("一二三四五六七八九十0123456789０１２３４５６７８９")
_CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

# Look-alike vocabulary for hard negatives (and as filler in positives).
_SURNAME_WORDS = [
    "林務局",
    "陳情書",
    "黃昏市場",
    "高速公路",
    "周邊道路",
    "許可證",
    "曾文水庫",
    "王功漁港",
    "江翠國中",
    "石門水庫",
    "方案",
    "范圍說明",
    "馬路中央",
    "田埂",
    "白天",
    "洪水",
    "何時",
    "吳郭魚",
    "林鳳營鮮乳",
    "金門高粱",
]
_STREETS = [
    "林森北路",
    "中正路",
    "羅斯福路",
    "秀朗路",
    "志成街",
    "建國路",
    "文心路",
    "福德街",
    "民權東路",
    "美村路",
    "惠中路",
]
_TITLES = [
    "村長",
    "里幹事",
    "承辦人",
    "志工隊長",
    "社工督導",
    "科長",
    "調解委員",
    "議員助理",
    "考選部專員",
    "輔導員",
    "館員",
    "護理長",
]
_ORGS = [
    "臺灣糖業公司",
    "中華郵政",
    "國軍退除役官兵輔導委員會",
    "原住民族委員會",
    "內政部移民署",
    "勞動部",
    "考選部",
    "臺灣高等法院",
    "縣立圖書館",
    "社區發展協會",
    "農會",
    "漁會",
]
_STATUTES = [
    "典試法第二十六條",
    "道路交通管理處罰條例第56條",
    "原住民保留地開發管理辦法第17條",
    "鄉鎮市調解條例第27條",
    "國軍退除役官兵輔導條例第16條",
    "入出國及移民法第9條",
    "工會法第35條",
    "災害防救法第48條",
    "身心障礙者權益保障法第50條",
    "個人資料保護法第6條",
]
_CARE_STAFF = ["社工督導", "照服員", "護理師"]
_SNACKS = ["義美小泡芙", "黑松沙士", "王子麵", "乖乖", "綠豆湯"]
_PRODUCTS = [
    "義美小泡芙",
    "黑松沙士",
    "王子麵",
    "乖乖",
    "大同電鍋",
    "捷安特自行車",
    "光陽機車",
    "三陽機車",
]


_COMPANIES = ["宏景工程有限公司", "順發營造股份有限公司", "大元印刷行"]
_DISRUPTIONS = ["交通管制", "淹水", "停電", "施工"]


class _Doc:
    """Appends text pieces and records gold spans as it goes.

    Why a builder: offsets computed after the fact (by searching for the value) go wrong when a
    value repeats or is a substring of other text; recording them while appending cannot.
    """

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[tuple[int, int, str]] = []

    def t(self, text: str) -> _Doc:
        """Append plain text (no entity)."""
        self.parts.append(text)
        self.pos += len(text)
        return self

    def e(self, value: str, label: str) -> _Doc:
        """Append an entity value and record its span."""
        if not value or value != value.strip():
            raise ValueError("entity values must be non-empty and unpadded")
        start = self.pos
        self.t(value)
        self.spans.append((start, self.pos, label))
        return self

    @property
    def text(self) -> str:
        """The text built so far."""
        return "".join(self.parts)


class _Gen:
    """Holds the random state, the name pools and the genre writers."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.known_by_style: dict[str, list[str]] = {}
        self.known_keys: set[str] = set()
        self.decoys: list[str] = []
        self._build_known()

    # ------------------------------------------------------------------ small helpers
    def p(self, prob: float) -> bool:
        """True with probability ``prob``."""
        return self.r.random() < prob

    def ch(self, seq: list[str]) -> str:
        """A random element."""
        return self.r.choice(seq)

    def digits(self, k: int) -> str:
        """``k`` random digits."""
        return "".join(self.r.choice("0123456789") for _ in range(k))

    def fw(self, value: str, prob: float = 0.13) -> str:
        """Full-width with probability ``prob``: agency forms often carry Ｆ０９１２-style text."""
        return value.translate(_FULLWIDTH) if self.p(prob) else value

    # ------------------------------------------------------------------ names
    def _raw_name(self, style: str) -> str:
        """A fresh name in one writing style."""
        r, ch = self.r, self.ch
        if style == "han":
            return ch(_SURNAMES) + ch(_G1) + ch(_G2)
        if style == "compound":
            return ch(_COMPOUND) + ch(_G1) + (ch(_G2) if self.p(0.8) else "")
        if style == "single":
            return ch(_SURNAMES) + ch(_G_SINGLE)
        if style == "married":
            return ch(_SURNAMES) + ch(_SURNAMES) + ch(_G1) + ch(_G2)
        if style == "indig_han":
            return ch(_INDIG_HAN_GIVEN) + "·" + ch(_INDIG_HAN_FAMILY)
        if style == "indig_rom":
            return ch(_INDIG_ROM_GIVEN) + " " + ch(_INDIG_ROM_FAMILY)
        if style == "vn_lat":
            parts = [ch(_VN_FAMILY), ch(_VN_MIDDLE), ch(_VN_GIVEN)]
            if self.p(0.25):
                parts = [_VN_DIACRITIC.get(x, x) for x in parts]
            return " ".join(parts)
        if style == "vn_han":
            return ch(_VN_HAN_FAMILY) + ("氏" if self.p(0.7) else "文") + ch(_VN_HAN_GIVEN)
        if style == "id_lat":
            return ch(_ID_MONONYM) if self.p(0.3) else ch(_ID_GIVEN) + " " + ch(_ID_FAMILY)
        if style == "id_han":
            return ch(_ID_HAN_GIVEN) + "·" + ch(_ID_HAN_FAMILY)
        if style == "th_lat":
            return ch(_TH_GIVEN) + " " + ch(_TH_FAMILY)
        if style == "th_han":
            return ch(_TH_HAN) + "·" + ch(_TH_HAN_FAMILY)
        if style == "ph_lat":
            return ch(_PH_GIVEN) + " " + ch(_PH_FAMILY)
        if style == "ph_han":
            return ch(_PH_HAN_GIVEN) + "·" + ch(_PH_HAN_FAMILY)
        # tw_rom: passport-style romanisation, in the orders people actually use.
        fam = ch(_TW_ROM_FAMILY)
        a, b = r.sample(_TW_ROM_SYL, 2)
        given = f"{a}-{b.lower()}"
        form = r.randrange(3)
        if form == 0:
            return f"{fam} {given}"
        if form == 1:
            return f"{given} {fam}"
        return f"{fam.upper()} {given.upper()}"

    @staticmethod
    def _key(name: str) -> str:
        return name.replace(" ", "")

    def _build_known(self) -> None:
        """The dataset's name column: names used in texts plus names that never appear."""
        for style, weight in _STYLES:
            pool: list[str] = []
            target = max(3, weight * 5)
            tries = 0
            while len(pool) < target and tries < target * 20:
                tries += 1
                name = self._raw_name(style)
                if self._key(name) not in self.known_keys:
                    self.known_keys.add(self._key(name))
                    pool.append(name)
            keep = max(2, int(len(pool) * 0.75))
            self.known_by_style[style] = pool[:keep]
            self.decoys.extend(pool[keep:])

    def style(self) -> str:
        """A writing style drawn with the set's mix."""
        styles = [s for s, _ in _STYLES]
        return self.r.choices(styles, weights=[w for _, w in _STYLES])[0]

    def name(self, style: str | None = None, known: bool | None = None) -> str:
        """A person's name as it is written in this mention (maybe with spaces inside)."""
        style = style or self.style()
        if known is None:
            known = self.p(0.5)
        if known and self.known_by_style.get(style):
            value = self.ch(self.known_by_style[style])
        else:
            for attempt in range(200):
                # Small styles can run out of unlisted combinations: fall back to Han names.
                value = self._raw_name(style if attempt < 100 else "han")
                if self._key(value) not in self.known_keys:
                    break
        if style in ("han", "married", "compound") and self.p(0.07):
            # Forms filled in by hand: 王 小明 / 王 小 明.
            value = " ".join(value) if self.p(0.5) else value[0] + " " + value[1:]
        return value

    def han_name(self) -> str:
        """A Han-character name (most genres' default people)."""
        return self.name(self.ch(["han"] * 8 + ["compound", "single", "married", "married"]))

    # ------------------------------------------------------------------ identifiers
    def twid(self) -> str:
        """A valid national ID (own checksum code, cross-checked by the tests)."""
        letter = self.ch(list(_CODES))
        body = self.ch(["1", "2"]) + self.digits(7)
        for d in "0123456789":
            if _id_sum(letter, body + d) % 10 == 0:
                value = letter + body + d
                break
        return self.fw(value if self.p(0.95) else value[0].lower() + value[1:])

    def arc(self) -> str:
        """A valid resident certificate number, new (2021+) or old two-letter form."""
        letter = self.ch(list(_CODES))
        if self.p(0.6):
            head = self.ch(["8", "9"])
            nine_head = head
        else:
            head = self.ch(["A", "B", "C", "D"])
            nine_head = str(_CODES[head] % 10)
        body = self.digits(7)
        for d in "0123456789":
            if _id_sum(letter, nine_head + body + d) % 10 == 0:
                return self.fw(letter + head + body + d)
        raise AssertionError("unreachable: one check digit always fits")

    def phone(self) -> str:
        """A Taiwanese mobile or landline written the way people type it."""
        r = self.r
        if self.p(0.6):
            rest = self.digits(8)
            form = r.randrange(6)
            if form == 0:
                value = f"09{rest}"
            elif form == 1:
                value = f"09{rest[:2]}-{rest[2:5]}-{rest[5:]}"
            elif form == 2:
                value = f"09{rest[:2]} {rest[2:5]} {rest[5:]}"
            elif form == 3:
                value = f"09{rest[:2]}-{rest[2:]}"
            elif form == 4:
                value = f"+886-9{rest[:2]}-{rest[2:5]}-{rest[5:]}"
            else:
                value = f"+886 9{rest[:2]} {rest[2:5]} {rest[5:]}"
        else:
            area, local_len = self.r.choice(
                [
                    ("02", 8),
                    ("03", 7),
                    ("037", 6),
                    ("04", 7),
                    ("04", 8),
                    ("049", 7),
                    ("05", 7),
                    ("06", 7),
                    ("07", 7),
                    ("08", 7),
                    ("089", 6),
                    ("082", 6),
                    ("0826", 5),
                    ("0836", 5),
                ]
            )
            local = str(r.randint(2, 8)) + self.digits(local_len - 1)
            split = local_len - 4
            form = r.randrange(4)
            if form == 0:
                value = f"({area}){local[:split]}-{local[split:]}"
            elif form == 1:
                value = f"{area}-{local}"
            elif form == 2:
                value = f"{area}{local}"
            else:
                value = f"{area}-{local[:split]}-{local[split:]}"
        return self.fw(value)

    def email(self) -> str:
        """A personal e-mail address at common consumer providers (never an agency domain)."""
        fam = self.ch(_TW_ROM_FAMILY).lower()
        syl = self.ch(_TW_ROM_SYL).lower()
        local = self.ch(
            [
                f"{syl}{fam}",
                f"{fam}.{syl}",
                f"{fam}_{syl}{self.digits(2)}",
                f"{syl}{self.digits(4)}",
                f"{fam}{self.r.randint(60, 99)}",
                f"a{self.digits(6)}",
            ]
        )
        domain = self.ch(
            [
                "gmail.com",
                "yahoo.com.tw",
                "hotmail.com",
                "outlook.com",
                f"ms{self.r.randint(1, 79)}.hinet.net",
                "pchome.com.tw",
                "icloud.com",
            ]
        )
        return self.fw(f"{local}@{domain}", 0.04)

    def num(self, n: int) -> str:
        """A house/floor number in Arabic (maybe full-width) or Chinese numerals."""
        if n <= 10 and self.p(0.3):
            return _CN_NUM[n - 1]
        return self.fw(str(n), 0.3)

    def address(self) -> str:
        """A Taiwanese postal address down to 號, optionally 樓/之."""
        r = self.r
        if self.p(0.15):
            city, dist, village = self.r.choice(_VILLAGES)
            body = f"{city}{dist}{village}{self.num(r.randint(1, 18))}鄰"
            road = self.ch(["中正路", "部落路", "中山路", "和平巷"])
        else:
            city, dist, roads = self.r.choice(_PLACES)
            body = city + dist
            road = self.ch(roads)
            if self.p(0.15):
                body += (
                    self.ch(["中興里", "福德里", "仁愛里", "光明里"])
                    + self.num(r.randint(1, 30))
                    + "鄰"
                )
        if self.p(0.3) and city in _ZIP:
            zip3 = _ZIP[city] + str(r.randint(0, 9))
            body = (
                (zip3 + (self.digits(2) if self.p(0.5) else ""))
                + ("" if self.p(0.6) else " ")
                + body
            )
        body += road
        if self.p(0.3) and not road.endswith(("巷", "街")):
            body += self.ch(_CN_NUM[:5]) + "段"
        if self.p(0.4):
            body += self.num(r.randint(1, 400)) + "巷"
            if self.p(0.35):
                body += self.num(r.randint(1, 30)) + "弄"
        body += self.num(r.randint(1, 300)) + "號"
        if self.p(0.15):
            body += "之" + self.num(r.randint(1, 9))
        if self.p(0.4) and not body.endswith(_NUM_END):
            body += self.num(r.randint(1, 24)) + "樓"
            if self.p(0.3):
                body += "之" + self.num(r.randint(1, 9))
        if self.p(0.25):
            body = body.replace("臺", "台")
        return body

    def nhi(self) -> str:
        """A 12-digit NHI card number in the groupings people copy from the card."""
        value = "0000" + self.digits(8) if self.p(0.7) else "0001" + self.digits(8)
        form = self.r.randrange(3)
        if form == 1:
            value = f"{value[:4]} {value[4:8]} {value[8:]}"
        elif form == 2:
            value = f"{value[:4]}-{value[4:8]}-{value[8:]}"
        return self.fw(value)

    def passport(self, nationality: str = "tw") -> str:
        """A passport number in the shape of the holder's country."""
        if nationality == "vn":
            value = self.ch(["C", "B", "N"]) + self.digits(7)
        elif nationality == "id":
            value = self.ch(["X", "B", "C", "E"]) + self.digits(7)
        elif nationality == "th":
            value = self.ch(["AA", "AB", "AC"]) + self.digits(7)
        elif nationality == "ph":
            value = "P" + self.digits(7) + self.ch(["A", "B"])
        else:
            value = "3" + self.digits(8)
        return self.fw(value)

    def card(self) -> str:
        """A Luhn-valid payment card number (Visa, Mastercard, JCB or Amex)."""
        r = self.r
        brand = r.randrange(4)
        prefix, length = [("4", 16), ("5" + str(r.randint(1, 5)), 16), ("35", 16), ("37", 15)][
            brand
        ]
        body = prefix + self.digits(length - len(prefix) - 1)
        for d in "0123456789":
            if _luhn_ok(body + d):
                body += d
                break
        form = r.randrange(3)
        if length == 15 and form:
            value = f"{body[:4]} {body[4:10]} {body[10:]}"
        elif form == 1:
            value = " ".join(body[i : i + 4] for i in range(0, 16, 4))
        elif form == 2:
            value = "-".join(body[i : i + 4] for i in range(0, 16, 4))
        else:
            value = body
        return self.fw(value)

    def birth(self, d: _Doc, lo: int = 1940, hi: int = 2008, labelled: bool = False) -> None:
        """A birth date with its cue (生日/出生/生), in ROC or Western form."""
        r = self.r
        y = r.randint(lo, hi)
        m, day = r.randint(1, 12), r.randint(1, 28)
        roc = y - 1911
        form = r.randrange(9)
        if form == 0:
            value = f"{roc}年{m}月{day}日"
        elif form == 1:
            value = f"民國{roc}年{m}月{day}日"
        elif form == 2:
            value = f"{roc:03d}/{m:02d}/{day:02d}"
        elif form == 3:
            value = f"{roc}.{m}.{day}"
        elif form == 4:
            value = f"{roc:03d}{m:02d}{day:02d}"
        elif form == 5:
            value = f"{y}年{m}月{day}日"
        elif form == 6:
            value = f"{y}-{m:02d}-{day:02d}"
        elif form == 7:
            value = f"{y}/{m}/{day}"
        else:
            value = f"{day:02d}/{m:02d}/{y}"
        value = self.fw(value, 0.12)
        # At a line start only a labelled cue reads naturally (生日：…), not a trailing 生.
        cue = r.randrange(2) if labelled else r.randrange(5)
        if cue == 0:
            d.t(self.ch(["生日：", "生日 ", "生日:"])).e(value, "BIRTH_DATE")
        elif cue == 1:
            d.t(self.ch(["出生日期：", "出生年月日 ", "出生："])).e(value, "BIRTH_DATE")
        elif cue == 2:
            d.t(self.ch(["，", " "])).e(value, "BIRTH_DATE").t("生")
        elif cue == 3:
            d.t(self.ch(["，係於", "，於", "，"])).e(value, "BIRTH_DATE").t("出生")
        else:
            d.t("（生：").e(value, "BIRTH_DATE").t("）")

    # ------------------------------------------------------------------ look-alikes
    def case_no(self) -> str:
        """An agency document number: reads like an identifier, is none."""
        r = self.r
        roc = r.randint(108, 114)
        form = r.randrange(5)
        if form == 0:
            word = self.ch(["府授社", "退輔就", "選特", "移署", "北市交裁"])
            return f"{word}字第{roc}{self.digits(7)}號"
        if form == 1:
            return f"{roc}年度{self.ch(['調', '民調', '司促', '交'])}字第{r.randint(1, 2999)}號"
        if form == 2:
            while True:
                v = self.ch(list("ABCDEFGHKMPRTUVXY")) + self.ch(list("34567")) + self.digits(8)
                if not _id_ok(v):
                    return v
        if form == 3:
            return f"{self.ch(['TK', 'RA', 'LB'])}-{roc}-{self.digits(5)}"
        return f"第{roc}{self.digits(4)}號"

    def ban(self) -> str:
        """A valid company BAN (統一編號): an 8-digit number that is not personal."""
        while True:
            v = str(self.r.randint(1, 9)) + self.digits(7)
            if _ban_ok(v):
                return v

    def amount(self) -> str:
        """A money amount the way letters write it."""
        n = self.r.randint(3, 900) * self.ch([10, 100, 1000])
        return self.ch([f"新臺幣{n:,}元", f"{n:,}元", f"NT${n:,}", f"{n}元整"])

    def date(self) -> str:
        """A date that is *not* a birth date (meeting, filing, disaster)."""
        roc = self.r.randint(110, 114)
        m, d = self.r.randint(1, 12), self.r.randint(1, 28)
        return self.ch(
            [f"{roc}年{m}月{d}日", f"{roc}/{m:02d}/{d:02d}", f"{roc + 1911}-{m:02d}-{d:02d}"]
        )

    def tracking(self) -> str:
        """A 16-digit receipt/tracking number that fails the Luhn check."""
        while True:
            v = self.ch(["4", "5", "3"]) + self.digits(15)
            if not _luhn_ok(v):
                return v

    def account(self) -> str:
        """A 14-digit post-office account (局號-帳號) number: a number, not a phone."""
        while True:
            head, tail = f"{self.r.randint(1, 9)}{self.digits(6)}", self.digits(7)
            if not _luhn_ok(head + tail):
                return f"{head}-{tail}"

    def filler(self) -> str:
        """A look-alike sentence usable in any genre."""
        r = self.r
        opts: list[Callable[[], str]] = [
            lambda: f"依{self.ch(_STATUTES)}規定辦理。",
            lambda: f"本案文號{self.case_no()}，請查照。",
            lambda: f"委託廠商{self.ch(_COMPANIES)}（統一編號{self.ban()}）承辦。",
            lambda: f"補助金額{self.amount()}，已於{self.date()}撥付。",
            lambda: (
                f"會議地點：{self.ch(_STREETS)}{self.ch(['活動中心', '里民會館', '區公所三樓'])}。"
            ),
            lambda: f"{self.ch(_SURNAME_WORDS)}一帶{self.ch(_DISRUPTIONS)}至{r.randint(2, 9)}時。",
            lambda: f"請{self.ch(_TITLES)}於{self.date()}前回覆。",
            lambda: f"茶點由{self.ch(_PRODUCTS)}贊助。",
        ]
        return self.ch(opts)()

    # ------------------------------------------------------------------ genres (positive)
    def g_exam(self, d: _Doc) -> None:
        """國家考試成績複查申請書 written by a candidate."""
        n = self.han_name()
        d.t(
            self.ch(["主旨：申請", "申請"])
            + f"{self.r.randint(110, 114)}年公務人員普通考試成績複查\n"
        )
        d.t("應考人：").e(n, "PERSON").t("　入場證號碼：" + self.digits(8) + "\n")
        d.t("身分證統一編號：").e(self.twid(), "TW_NATIONAL_ID").t("\n")
        if self.p(0.5):
            self.birth(d, 1965, 2003, labelled=True)
            d.t("\n")
        d.t("聯絡電話：").e(self.phone(), "PHONE")
        if self.p(0.5):
            d.t("　E-mail：").e(self.email(), "EMAIL")
        d.t("\n通訊地址：").e(self.address(), "ADDRESS").t("\n")
        d.t(self.ch(["本人對行政法", "本人對國文（作文）", "本人對會計學"]) + "科目成績有疑義，")
        d.t(f"依{self.ch(_STATUTES[:1])}申請複查。")
        if self.p(0.4):
            d.t("複查費請自信用卡扣款，卡號").e(self.card(), "CREDIT_CARD").t("。")
        d.t("\n此致 考選部\n申請人 ").e(n.replace(" ", ""), "PERSON").t(" 敬上")

    def g_veteran(self, d: _Doc) -> None:
        """A letter from a veteran's family about a pension (就養給付)."""
        vet = self.name(self.ch(["han", "han", "single", "compound"]))
        writer = self.han_name()
        d.t(self.ch(["敬啟者：", "輔導會長官鈞鑒：", "您好："]) + "\n")
        d.t("家父").e(vet, "PERSON")
        self.birth(d, 1926, 1950)
        d.t(f"，民國{self.r.randint(40, 70)}年退伍，現居")
        d.t(self.ch(["榮家", "自宅"]) + "，地址").e(self.address(), "ADDRESS").t("。")
        d.t("因就養給付停發，" + self.ch(["特此陳情", "懇請查明"]) + "。")
        d.t("其身分證字號").e(self.twid(), "TW_NATIONAL_ID").t("，健保卡號").e(
            self.nhi(), "TW_NHI_CARD"
        )
        d.t("。\n" + self.filler() + "\n")
        d.t("聯絡人：").e(writer, "PERSON").t(
            "（" + self.ch(["長子", "次女", "媳婦", "外孫"]) + "）"
        )
        d.t(" 手機 ").e(self.phone(), "PHONE")
        if self.p(0.4):
            d.t("\n另請回覆至 ").e(self.email(), "EMAIL")
        d.t("\n" + self.ch(["敬祝 平安", "順頌 時祺"]))

    def g_land(self, d: _Doc) -> None:
        """原住民保留地 land-right hearing record (聽證紀錄)."""
        a = self.name(self.ch([*_INDIG, "han"]))
        b = self.name(self.ch(_INDIG))
        c = self.han_name()
        d.t(f"{self.date()} 原住民保留地增劃編聽證紀錄\n")
        d.t("出席：").e(a, "PERSON").t("、").e(b, "PERSON").t("、" + self.ch(_TITLES[:3]) + " ")
        d.e(c, "PERSON").t("\n")
        d.e(b, "PERSON").t(self.ch(["陳述：", "發言：", "表示，"]))
        d.t(f"該筆土地自祖父時代即由家族耕作，{self.ch(_SURNAME_WORDS)}附近的地界由")
        d.e(a, "PERSON").t("親自指認。")
        if self.p(0.6):
            d.t("陳述人戶籍：").e(self.address(), "ADDRESS").t("，")
            d.t("身分證：").e(self.twid(), "TW_NATIONAL_ID").t("。")
        if self.p(0.4):
            d.t("\n").e(b, "PERSON")
            self.birth(d, 1932, 1968)
            d.t("，為部落耆老之一。")
        d.t("\n" + self.filler())

    def g_typhoon(self, d: _Doc) -> None:
        """Post-typhoon damage survey submitted by a village chief, often as a table."""
        sep = self.ch(["\t", ",", " | ", "  "])
        d.t(f"颱風災損調查表（{self.ch(['精英村', '福德里', '中興里', '口社村'])}）\n")
        d.t(sep.join(["戶長", "地址", "電話", "損失"]) + "\n")
        for _ in range(self.r.randint(2, 4)):
            d.e(self.name(), "PERSON").t(sep).e(self.address(), "ADDRESS").t(sep)
            d.e(self.phone(), "PHONE").t(sep)
            d.t(self.ch(["屋頂掀翻", "農作物全毀", "車輛泡水", "圍牆倒塌"]) + "\n")
        d.t("村長 ").e(self.han_name(), "PERSON").t(" 填報")
        if self.p(0.5):
            d.t("，" + self.filler())

    def g_ticket(self, d: _Doc) -> None:
        """A citizen's appeal against a traffic ticket (交通違規申訴)."""
        n = self.han_name()
        d.t(self.ch(["您好，", "承辦人員您好：", ""]) + "我是")
        d.e(n, "PERSON").t(f"，對舉發單{self.case_no()}有異議。")
        d.t(f"當天我騎{self.ch(_PRODUCTS[-2:])}經過{self.ch(_STREETS)}，")
        d.t("號誌" + self.ch(["故障", "被樹枝遮住", "是綠燈"]) + "。")
        if self.p(0.5):
            d.t("同車的").e(self.name(), "PERSON").t("可以作證。")
        d.t("\n身分證字號 ").e(self.twid(), "TW_NATIONAL_ID")
        d.t("\n電話 ").e(self.phone(), "PHONE")
        d.t("\n地址 ").e(self.address(), "ADDRESS")
        if self.p(0.35):
            d.t("\n若需繳納，請以卡號 ").e(self.card(), "CREDIT_CARD").t(" 扣款")
        if self.p(0.4):
            d.t("\n回覆請寄 ").e(self.email(), "EMAIL")

    def g_volunteer(self, d: _Doc) -> None:
        """A hospital volunteer roster (pipe or space-aligned table)."""
        pipe = self.p(0.5)
        d.t(f"{self.ch(['門診引導', '病房關懷', '掛號協助'])}志工排班（{self.date()}起）\n")
        d.t("| 姓名 | 時段 | 手機 |\n" if pipe else "姓名        時段    手機\n")
        for _ in range(self.r.randint(3, 5)):
            n = self.name()
            slot = self.ch(["上午", "下午", "夜間"])
            if pipe:
                d.t("| ").e(n, "PERSON").t(f" | {slot} | ").e(self.phone(), "PHONE").t(" |\n")
            else:
                d.e(n, "PERSON").t(" " * max(2, 12 - len(n)) + slot + "    ")
                d.e(self.phone(), "PHONE").t("\n")
        d.t(self.ch(_TITLES[3:4] + _TITLES[11:]) + "：").e(self.han_name(), "PERSON")
        if self.p(0.3):
            d.t("\n\n").e(self.name(), "PERSON").t(
                " 您好：下週起請改到" + self.ch(["二樓", "急診"]) + "報到。"
            )
        if self.p(0.4):
            d.t("\n新進志工").e(self.name(), "PERSON").t("健保卡號").e(self.nhi(), "TW_NHI_CARD")
            d.t("，保險已投保。")

    def g_library(self, d: _Doc) -> None:
        """Library programme sign-ups exported as CSV."""
        d.t(f"# {self.ch(['親子共讀', '銀髮族數位課', '暑期閱讀營', '繪本工作坊'])}報名\n")
        d.t("序號,姓名,電話,Email,備註\n")
        for i in range(1, self.r.randint(3, 5)):
            d.t(f"{i},").e(self.name(), "PERSON").t(",").e(self.phone(), "PHONE").t(",")
            if self.p(0.7):
                d.e(self.email(), "EMAIL")
            d.t("," + self.ch(["", "攜兩名孩童", "需輪椅", "素食"]) + "\n")
        if self.p(0.4):
            d.t("材料費刷卡：").e(self.card(), "CREDIT_CARD").t(f"（{self.amount()}）")

    def g_immigration(self, d: _Doc) -> None:
        """Immigration-office interview notes for a foreign spouse."""
        nat, style = self.r.choice(
            [
                ("vn", "vn_lat"),
                ("vn", "vn_han"),
                ("id", "id_lat"),
                ("th", "th_lat"),
                ("ph", "ph_lat"),
                ("id", "id_han"),
            ]
        )
        spouse = self.name(style)
        husband = self.han_name()
        d.t("面談紀錄\n受訪人：").e(spouse, "PERSON")
        d.t("\n護照號碼：").e(self.passport(nat), "PASSPORT")
        if self.p(0.6):
            d.t("\n居留證號：").e(self.arc(), "TW_RESIDENT_CERT")
        d.t("\n")
        self.birth(d, 1975, 2003, labelled=True)
        d.t("\n配偶：").e(husband, "PERSON").t("，身分證").e(self.twid(), "TW_NATIONAL_ID")
        d.t(
            "\n受訪人稱於"
            + {"vn": "胡志明市", "id": "泗水", "th": "清邁", "ph": "宿霧"}[nat]
            + "經友人介紹認識"
        )
        d.e(husband, "PERSON").t(self.ch(["，婚後同住於", "，目前與公婆同住於"]))
        d.e(self.address(), "ADDRESS").t("。")
        d.t(self.ch(["其婆婆", "其小姑", "鄰居"])).e(self.name(), "PERSON").t("在場陪同。")
        if self.p(0.5):
            d.t("\n聯絡手機：").e(self.phone(), "PHONE")

    def g_union(self, d: _Doc) -> None:
        """Labour-union petition with a signatory list."""
        d.t(f"陳情書\n主旨：{self.ch(['反對調降夜班津貼', '要求補發加班費', '申請勞資調解'])}。\n")
        d.t(f"說明：{self.filler()}\n連署人：")
        k = self.r.randint(3, 6)
        seps = ["、"] * (k - 2) + [self.ch(["及", "和", "、"])]
        for i in range(k):
            d.e(self.name(), "PERSON")
            if i < k - 1:
                d.t(seps[i])
        d.t("\n代表人：").e(self.han_name(), "PERSON")
        d.t("（" + self.ch(["手機", "電話"]) + "：").e(self.phone(), "PHONE").t("）")
        if self.p(0.5):
            d.t("\n移工代表").e(self.name(self.ch(_FOREIGN)), "PERSON").t("，居留證")
            d.e(self.arc(), "TW_RESIDENT_CERT")

    def g_mediation(self, d: _Doc) -> None:
        """Judicial mediation summary (調解筆錄摘要)."""
        a, b = self.han_name(), self.name()
        d.t(f"{self.case_no()}調解筆錄摘要\n聲請人 ").e(a, "PERSON")
        d.t("，住").e(self.address(), "ADDRESS")
        d.t("\n相對人 ").e(b, "PERSON").t("，身分證").e(self.twid(), "TW_NATIONAL_ID")
        d.t(f"\n雙方同意由相對人給付{self.amount()}，")
        d.t("分三期匯入聲請人帳戶。" + self.filler())
        if self.p(0.5):
            d.t("\n見證人：").e(self.name(), "PERSON").t("（").e(self.phone(), "PHONE").t("）")

    def g_daycare(self, d: _Doc) -> None:
        """Elderly day-care centre daily log."""
        elder = self.name(self.ch(["han", "han", "married", "single", "indig_han"]))
        carer = self.name(self.ch([*_FOREIGN, "han"]))
        d.t(f"{self.date()} 日照中心日誌\n")
        d.e(elder, "PERSON").t(self.ch(["阿嬤", "阿公", "爺爺", "奶奶", ""]))
        d.t(self.ch(["今日血壓偏高，", "午餐進食正常，", "上午參加懷舊活動，"]))
        d.t("由外籍看護").e(carer, "PERSON").t(self.ch(["接回。", "陪同復健。"]))
        if self.p(0.5):
            d.t("健保卡").e(self.nhi(), "TW_NHI_CARD").t("已影印存檔。")
        if self.p(0.5):
            d.t("\n家屬").e(self.han_name(), "PERSON").t("來電（").e(self.phone(), "PHONE").t("）")
            d.t("詢問交通車時間。")
        if self.p(0.3):
            d.t("\n個案資料：").e(elder.replace(" ", ""), "PERSON")
            self.birth(d, 1928, 1952)
        d.t("\n紀錄：" + self.ch(_CARE_STAFF))

    def g_scholarship(self, d: _Doc) -> None:
        """A scholarship thank-you letter written by a student."""
        student = self.name(self.ch(["han", "han", "single", "indig_han", "indig_rom", "vn_han"]))
        d.t(f"親愛的{self.ch(['基金會', '鄉公所'])}各位長官：\n")
        d.t("我是" + self.ch(["國中三年級的", "高職二年級的", "大學一年級的", ""]))
        d.e(student, "PERSON").t("，謝謝您們的獎學金。")
        d.t("導師").e(self.han_name(), "PERSON").t("老師一直鼓勵我，")
        d.t("媽媽").e(self.name(), "PERSON").t(self.ch(["在工廠上班", "每天清晨去市場"]) + "。")
        if self.p(0.5):
            d.t("獎學金請匯至本人帳戶，身分證字號").e(self.twid(), "TW_NATIONAL_ID").t("。")
        if self.p(0.4):
            d.t("我的信箱是").e(self.email(), "EMAIL").t("。")
        d.t("\n學生 ").e(student, "PERSON").t(self.ch([" 敬上", " 謹上", ""]))
        if self.p(0.3):
            d.t("\n").e(self.address(), "ADDRESS")

    def g_council(self, d: _Doc) -> None:
        """City-council question transcript mentioning constituents."""
        mp = self.han_name()
        d.t("議員").e(mp, "PERSON").t("：")
        if self.p(0.3):
            d.t("（陳情人：").e(self.name(), "PERSON").t("）")
        d.t(f"主席、局長，我選區{self.ch(_STREETS)}的")
        d.e(self.name(), "PERSON").t(self.ch(["先生", "女士", "阿伯", "小姐"]))
        d.t("上個月申請" + self.ch(["低收入戶", "身障補助", "房屋修繕"]) + "被退件，")
        d.t("他住在").e(self.address(), "ADDRESS").t("，")
        d.t("連" + self.ch(_TITLES[:2]) + "都去看過。")
        if self.p(0.5):
            d.t("還有").e(self.name(), "PERSON").t("和").e(self.name(), "PERSON").t(
                "也是同樣狀況。"
            )
        d.t("\n局長：" + self.ch(["會後立即了解。", "我們會派社工訪視。"]))
        if self.p(0.3):
            d.t("\n（議員提供聯絡電話 ").e(self.phone(), "PHONE").t("）")

    # ------------------------------------------------------------------ hard negatives
    def hard_negative(self) -> str:
        """A text with only look-alikes: numbers, titles, places, brands, statute articles."""
        r, ch = self.r, self.ch
        kind = r.randrange(8)
        if kind == 0:
            return (
                f"主旨：{r.randint(110, 114)}年公務人員考試成績複查結果\n說明：一、{self.filler()}"
                f"\n二、複查結果分數無誤，依{_STATUTES[0]}辦理。文號{self.case_no()}。"
            )
        if kind == 1:
            return (
                f"{self.date()} {ch(['颱風', '豪雨'])}災損統計\n"
                + "\n".join(
                    f"{ch(_STREETS)}\t{ch(['道路坍方', '路樹倒塌', '積水'])}\t{r.randint(1, 40)}處"
                    for _ in range(r.randint(2, 4))
                )
                + f"\n{ch(_TITLES[:2])}填報，{self.filler()}"
            )
        if kind == 2:
            return (
                f"交通違規申訴處理結果：舉發單號{self.case_no()}，"
                f"違規地點{ch(_STREETS)}與{ch(_STREETS)}口，依{_STATUTES[1]}，"
                f"罰鍰{self.amount()}。電子發票號碼{ch(['ZX', 'QK', 'MN'])}{self.digits(8)}，"
                f"交易序號{self.tracking()}。"
            )
        if kind == 3:
            return (
                "姓名 | 時段 | 手機\n| （待補） | 上午 | （待補） |\n"
                f"{ch(_TITLES[3:4] + _TITLES[11:])}提醒：{ch(_SURNAME_WORDS)}活動當天請"
                f"穿背心。{self.filler()}"
            )
        if kind == 4:
            return (
                f"{ch(_ORGS)}公告：{ch(['親子共讀', '銀髮族數位課'])}名額{r.randint(20, 60)}人，"
                f"報名費{self.amount()}，劃撥帳號{self.account()}，戶名{ch(_ORGS)}。"
                f"{self.filler()}"
            )
        if kind == 5:
            return (
                f"{self.case_no()}\n本件調解成立，給付{self.amount()}，"
                f"依{_STATUTES[3]}送{ch(['臺灣臺北地方法院', '臺灣高雄地方法院'])}核定。"
                f"聲請費{self.amount()}。{self.filler()}"
            )
        if kind == 6:
            return (
                f"{self.date()} 日照中心日誌：上午{ch(['懷舊歌曲', '手工藝', '健康操'])}，"
                f"下午由{ch(_CARE_STAFF)}帶領到{ch(_SURNAME_WORDS)}散步，點心為{ch(_SNACKS)}。"
                f"出席{r.randint(10, 30)}人。{self.filler()}"
            )
        return (
            f"議員質詢：{ch(_STREETS)}拓寬工程由{ch(['宏景工程有限公司', '順發營造股份有限公司'])}"
            f"（統一編號{self.ban()}）得標，金額{self.amount()}，"
            f"{ch(_SURNAME_WORDS)}段工期延宕。局長答：{self.filler()}"
        )

    # ------------------------------------------------------------------ assembly
    def genres(self) -> list[Callable[[_Doc], None]]:
        """All positive genre writers."""
        return [
            self.g_exam,
            self.g_veteran,
            self.g_land,
            self.g_typhoon,
            self.g_ticket,
            self.g_volunteer,
            self.g_library,
            self.g_immigration,
            self.g_union,
            self.g_mediation,
            self.g_daycare,
            self.g_scholarship,
            self.g_council,
        ]

    def known_flags(self, text: str, spans: list[tuple[int, int, str]]) -> list[bool]:
        """One flag per PERSON span: is the name (or it without spaces) in the known list."""
        flags = []
        for s, e, label in spans:
            if label == "PERSON":
                value = text[s:e]
                flags.append(value in self.known_keys or self._key(value) in self.known_keys)
        return flags

    def known_list(self) -> list[str]:
        """The known-names list (used names and decoys), shuffled."""
        names = [n for pool in self.known_by_style.values() for n in pool] + self.decoys
        self.r.shuffle(names)
        return names


def generate_heldout9(n: int = 2000, seed: int = 101) -> tuple[list[Sample], list[str]]:
    """Generate ``n`` labelled samples (about a quarter hard negatives) and the known names.

    The known list stands in for a dataset's name column: roughly half of the PERSON mentions
    use a name from it, the rest appear in no list, and some listed names never appear, so a
    scorer can measure recall on unlisted names separately from list look-ups.
    """
    g = _Gen(seed)
    known = g.known_list()
    known_long = [k for k in known if len(k.replace(" ", "")) >= 2]
    genres = g.genres()
    # A fixed quarter of hard negatives at shuffled positions: a coin per sample would let the
    # share wander by several points between seeds and small n.
    schedule = [i < round(n * 0.25) for i in range(n)]
    g.r.shuffle(schedule)
    samples: list[Sample] = []
    for negative in schedule:
        while negative:
            text = g.hard_negative()
            if not any(k in text or k.replace(" ", "") in text for k in known_long):
                break  # else a listed name slipped in via a place or brand word: try again
        if negative:
            samples.append(Sample(text=text, spans=[], hard_negative=True, known_person=[]))
            continue
        d = _Doc()
        g.r.choice(genres)(d)
        text = d.text
        samples.append(
            Sample(
                text=text,
                spans=list(d.spans),
                hard_negative=False,
                known_person=g.known_flags(text, d.spans),
            )
        )
    return samples, known
