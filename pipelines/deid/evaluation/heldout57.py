"""Held-out evaluation set 57: synthetic Traditional-Chinese agency free text with gold spans.

Written without looking at the scanner (only the ``Sample`` dataclass and the checksum helpers
in ``pipelines/deid/identifiers`` were read), so the templates, name pools and phrasing are
independent of whatever the scanner was tuned on.

Genres (six), each in several registers (公文 sentences, terse case-log notes, transcribed
phone calls, LINE chat lines, pasted e-mails, labelled forms, tab / CSV / aligned tables,
numbered rosters, English mixed into Chinese):

- 監所接見登記: prison and detention-centre visit registrations;
- 漁船船員名冊: fishing-vessel crew rosters with foreign crew;
- 社區關懷據點: community care-station attendance and meal logs;
- 身心障礙鑑定: disability assessment and certificate renewals;
- 校園霸凌調查: school bullying investigation records;
- 公墓遷葬: grave-relocation and public-cemetery notices.

About a quarter of the samples are hard negatives: no personal data at all, but government
prose, document and case numbers, company 統一編號 with valid checksums, statute articles,
amounts, ordinary dates, place, organisation and product names, and words that start with
surname characters.

``generate_heldout57(n, seed)`` returns the samples and a list of "known names" (what a
dataset's own name column would hold): about half of the PERSON spans are names in that list,
the rest are in no list, and the list also holds names that are never mentioned.
"""

import calendar
import random
import re

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import ban, creditcard
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

_WIDE_SHARE = 0.12
_NEGATIVE_SHARE = 0.25
_KNOWN_SHARE = 0.5

_TOKEN = re.compile(r"\{([^{}]*)\}")
_CHOICE = re.compile(r"\[\[([^\[\]]*)\]\]")
_LETTERS = sorted(LETTER_CODES)
_DIGITS = "0123456789"

# --------------------------------------------------------------------------- name pools


def _split(words: str) -> list[str]:
    return words.split()


_SURNAMES = list(
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙"
    "顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓馬董唐藍石蔣古紀姚連馮程湯田康姜汪白鄒尤巫黎涂龔嚴韓袁"
    "金童陸夏柳邵錢倪溫譚熊任甘秦顧毛俞雷粘饒凌崔尹辛"
)
_COMPOUND = ["歐陽", "張簡", "范姜", "司徒", "上官", "諸葛", "夏侯", "東方"]
_GM_MODERN = _split(
    "宥廷 品睿 柏翰 子軒 宇翔 承恩 冠宇 彥廷 宸瑋 睿恩 奕翔 子睿 柏宇 承翰 晨皓 "
    "恩碩 宥辰 品叡 昱廷 家睿"
)
_GF_MODERN = _split(
    "子晴 芷晴 語彤 宜蓁 詩涵 欣妤 品妍 沛晴 映彤 宥蓁 思妤 筱涵 芯瑜 苡安 昕妤 "
    "亮妤 羽彤 以晴 可昕 禹彤"
)
_GM_MID = _split(
    "志明 俊傑 建宏 家豪 文雄 國華 明輝 信宏 哲維 冠霖 博文 志偉 俊宏 建志 政達 "
    "家銘 志豪 宗翰 偉倫 明哲"
)
_GF_MID = _split(
    "秀琴 美玲 淑芬 雅婷 怡君 佩珊 欣怡 美惠 淑惠 靜宜 麗華 素貞 惠雯 雅雯 佳蓉 "
    "婉婷 郁雯 玉婷 怡萱 嘉玲"
)
_GM_OLD = _split(
    "正雄 金龍 添丁 振興 世昌 榮華 崇德 春生 清水 阿土 錦堂 耀東 水木 火旺 金水 "
    "阿財 福來 進財 天賜 萬福"
)
_GF_OLD = _split(
    "秀英 玉蘭 月娥 金枝 阿滿 罔市 春嬌 玉梅 碧霞 寶珠 阿桃 招弟 秀鳳 阿珠 美月 "
    "玉葉 罔腰 素梅 阿嬌 金鳳"
)
_G_SINGLE = {"M": list("翔豪偉傑昇峰"), "F": list("瑩蓉婷琪萱嵐")}

# Indigenous given names (Han transliteration, romanisation, sex) and family / father names.
_INDIG_FIRST = [
    ("瓦歷斯", "Walis", "M"), ("尤幹", "Yukan", "M"), ("比令", "Piling", "M"),
    ("馬耀", "Mayaw", "M"), ("撒可努", "Sakinu", "M"), ("巴尚", "Pasang", "M"),
    ("拉互依", "Lahuy", "M"), ("卡造", "Kacaw", "M"), ("吉拉", "Kila", "M"),
    ("烏杜", "Utu", "M"), ("巴奈", "Panay", "F"), ("拉娃", "Lawa", "F"),
    ("伊苞", "Ipay", "F"), ("莎韻", "Sayun", "F"), ("吉娃斯", "Giwas", "F"),
    ("蘇美", "Sumi", "F"), ("烏瑪", "Uma", "F"), ("阿菲", "Afi", "F"),
]  # fmt: skip
_INDIG_SECOND = [
    ("諾幹", "Nokan"), ("達利", "Tali"), ("亞布", "Yapu"), ("谷幸", "Kusin"), ("基朗", "Kilang"),
    ("巴萬", "Pawan"), ("瓦旦", "Watan"), ("尤道", "Yudaw"), ("拉罕", "Lahan"), ("馬賴", "Malay"),
    ("比浩", "Pihaw"), ("沙力", "Sali"), ("法拉", "Fala"), ("巴顏", "Payan"),
    ("伊斯坦大", "Istanda"), ("卡比", "Kapi"), ("索克魯曼", "Sokluman"), ("哈勇", "Hayung"),
]  # fmt: skip

_VN_SUR_HAN = list("阮黎陳范武裴鄧吳胡杜丁黃潘")
_VN_MID_HAN = {"M": list("文德有國明"), "F": list("氏玉金清")}
_VN_GIVEN_HAN = {"M": list("雄明強勇海俊忠龍安平山雲"), "F": list("香蓉秋花梅英翠心鳳蘭雪桃玲")}
_VN_SUR = _split("Nguyen Tran Le Pham Vu Bui Dang Do Ho Ngo Duong Phan Hoang")
_VN_MID = {
    "M": ["Van", "Duc", "Huu", "Quoc", "Minh", "Thanh"],
    "F": ["Thi", "Ngoc", "Kim", "Thanh"],
}
_VN_GIVEN = {
    "M": _split("Hung Minh Cuong Tuan Long Nam Hai Dung Khanh Son Phuc Quang"),
    "F": _split("Huong Lan Mai Hoa Thu Trang Phuong Linh Nga Tuyet Yen Hanh"),
}
_ID_FIRST = {
    "M": _split(
        "Agus Budi Eko Wahyu Rizki Andi Yusuf Slamet Ahmad Muhammad Dedi Joko Bambang Imam"
    ),
    "F": ["Siti", "Dewi", "Sri", "Putri", "Nur", "Ani", "Rina", "Yuli", "Wati", "Fitri"],
}
_ID_LAST = _split(
    "Santoso Rahayu Lestari Hidayat Setiawan Wulandari Saputra Kurniawan Susanti "
    "Prasetyo Hartono Nurhaliza Sulistyo Purnomo"
)
_ID_MONO = {
    "M": ["Sugianto", "Darmaji", "Sutrisno", "Mulyono", "Suyanto"],
    "F": ["Suwarni", "Suparmi", "Sumiati", "Karsini"],
}
_ID_FIRST_HAN = {
    "M": _split("阿古斯 布迪 艾可 瓦玉 安迪 尤素夫 斯拉默 蘇帕曼 阿赫瑪德 德迪"),
    "F": ["斯莉", "德維", "普特麗", "努兒", "安妮", "莉娜", "尤莉", "瓦蒂", "菲特莉"],
}
_ID_LAST_HAN = _split("桑托索 拉哈尤 列斯塔里 希達亞 塞蒂亞萬 蘇珊蒂 哈托諾 沙普特拉")
_PH_FIRST = {
    "M": _split("Jose Juan Mark John Ramon Rodel Jonel Arnel Jerome Ricardo Romeo Edwin"),
    "F": _split("Maria Christine Jennifer Rowena Marites Joy Angelica Lorna Analyn Jocelyn"),
}
_PH_LAST = [
    *_split(
        "Santos Reyes Cruz Bautista Garcia Mendoza Villanueva Ramos Aquino Castillo "
        "Navarro Flores Dizon"
    ),
    "Dela Cruz",
    "De Guzman",
]
_PH_FIRST_HAN = {
    "M": ["荷西", "胡安", "馬克", "約翰", "拉蒙", "羅德爾"],
    "F": ["瑪莉亞", "克莉絲汀", "珍妮佛", "羅溫娜", "喬伊", "安潔莉卡"],
}
_PH_LAST_HAN = ["桑托斯", "雷耶斯", "克魯茲", "包蒂斯塔", "賈西亞", "門多薩", "拉莫斯"]
_TH_FIRST = {
    "M": _split("Somchai Somsak Sompong Nattapong Prasert Wichai Anan Boonmee Chaiya Surachai"),
    "F": ["Malee", "Kanya", "Suda", "Ratana", "Siriporn", "Pranee", "Wanida"],
}
_TH_LAST = _split(
    "Kaewsai Srisuk Boonsri Chaiyaporn Thongdee Saelim Phromma Wongsawat Jaidee Sukjai"
)
_TH_FIRST_HAN = {
    "M": ["頌猜", "頌薩", "納塔蓬", "巴瑟", "威猜", "阿南", "汶美"],
    "F": ["瑪莉", "甘雅", "蘇達", "拉塔娜", "西麗蓬"],
}
_TH_LAST_HAN = ["甘賽", "西素", "汶希", "通迪", "賽林", "彭瑪"]
_TW_LATIN_GIVEN = {
    "M": ["Kevin", "Eric", "Jason", "Tony", "Peter", "Jerry", "Allen", "David", "Leo", "Vincent"],
    "F": _split("Amy Jessica Vivian Cindy Grace Annie Wendy Sandy Irene Joanne"),
}
_TW_LATIN_SUR = _split("Lin Chen Huang Chang Lee Wang Wu Liu Tsai Yang Hsu Cheng Hsieh Kuo Lai")
_TW_SYLLABLES = _split("Chih Ming Wei Hsin Yu Ting Chun Hui Mei Kuo Hua Chia Hao Ling Feng")


def _sex(r: random.Random) -> str:
    return r.choice("MF")


def _han(r: random.Random, given: list[str], sex: str, single: bool = True) -> tuple[str, str]:
    sur = r.choice(_COMPOUND) if r.random() < 0.07 else r.choice(_SURNAMES)
    if single and r.random() < 0.07:
        return sur + r.choice(_G_SINGLE[sex]), sex
    return sur + r.choice(given), sex


def _mk_hanm(r):
    return _han(r, _GM_MID * 2 + _GM_MODERN + _GM_OLD, "M")


def _mk_hanf(r):
    return _han(r, _GF_MID * 2 + _GF_MODERN + _GF_OLD, "F")


def _mk_kidm(r):
    return _han(r, _GM_MODERN, "M", single=False)


def _mk_kidf(r):
    return _han(r, _GF_MODERN, "F", single=False)


def _mk_oldm(r):
    return _han(r, _GM_OLD, "M", single=False)


def _mk_oldf(r):
    return _han(r, _GF_OLD, "F", single=False)


def _mk_married(r):
    a, b = r.sample(_SURNAMES, 2)
    return a + b + r.choice(_GF_OLD + _GF_MID), "F"


def _indig_parts(r, sex):
    first = r.choice([f for f in _INDIG_FIRST if f[2] == sex])
    second = r.choice(_INDIG_SECOND)
    return first, second


def _mk_indig(sex):
    def make(r):
        first, second = _indig_parts(r, sex)
        return first[0] + r.choice("‧‧·") + second[0], sex

    return make


def _mk_indigl(r):
    sex = _sex(r)
    first, second = _indig_parts(r, sex)
    return f"{first[1]} {second[1]}", sex


def _mk_viet(r):
    sex = _sex(r)
    given = r.choice(_VN_GIVEN_HAN[sex])
    if sex == "F" and r.random() < 0.2:
        given = r.choice(_VN_GIVEN_HAN["F"]) + given
    return r.choice(_VN_SUR_HAN) + r.choice(_VN_MID_HAN[sex]) + given, sex


def _mk_vietl(r):
    sex = _sex(r)
    words = [r.choice(_VN_SUR), r.choice(_VN_MID[sex]), r.choice(_VN_GIVEN[sex])]
    if r.random() < 0.2:
        words.insert(2, r.choice(_VN_GIVEN[sex]))
    return " ".join(words), sex


def _mk_indo(r):
    sex = _sex(r)
    first = r.choice(_ID_FIRST_HAN[sex])
    if r.random() < 0.25:
        return first, sex
    return first + r.choice(["‧", "·", ""]) + r.choice(_ID_LAST_HAN), sex


def _mk_indol(r):
    sex = _sex(r)
    if r.random() < 0.2:
        return r.choice(_ID_MONO[sex]), sex
    return f"{r.choice(_ID_FIRST[sex])} {r.choice(_ID_LAST)}", sex


def _mk_phil(r):
    sex = _sex(r)
    return r.choice(_PH_FIRST_HAN[sex]) + r.choice("‧·") + r.choice(_PH_LAST_HAN), sex


def _mk_phill(r):
    sex = _sex(r)
    first = r.choice(_PH_FIRST[sex])
    if r.random() < 0.25:
        first += " " + r.choice(_PH_FIRST[sex])
    return f"{first} {r.choice(_PH_LAST)}", sex


def _mk_thai(r):
    sex = _sex(r)
    return r.choice(_TH_FIRST_HAN[sex]) + r.choice(["‧", ""]) + r.choice(_TH_LAST_HAN), sex


def _mk_thail(r):
    sex = _sex(r)
    return f"{r.choice(_TH_FIRST[sex])} {r.choice(_TH_LAST)}", sex


def _mk_twl(r):
    sex = _sex(r)
    sur = r.choice(_TW_LATIN_SUR)
    a, b = r.sample(_TW_SYLLABLES, 2)
    form = r.random()
    if form < 0.5:
        return f"{r.choice(_TW_LATIN_GIVEN[sex])} {sur}", sex
    if form < 0.8:
        return f"{sur} {a} {b}", sex
    return f"{a} {b} {sur}", sex


# (base kind, maker, target pool size)
_KINDS = [
    ("hanm", _mk_hanm, 220), ("hanf", _mk_hanf, 220), ("kidm", _mk_kidm, 120),
    ("kidf", _mk_kidf, 120), ("oldm", _mk_oldm, 110), ("oldf", _mk_oldf, 120),
    ("married", _mk_married, 100), ("indigm", _mk_indig("M"), 70),
    ("indigf", _mk_indig("F"), 60), ("indigl", _mk_indigl, 80), ("viet", _mk_viet, 100),
    ("vietl", _mk_vietl, 120), ("indo", _mk_indo, 60), ("indol", _mk_indol, 100),
    ("phil", _mk_phil, 40), ("phill", _mk_phill, 100), ("thai", _mk_thai, 40),
    ("thail", _mk_thail, 70), ("twl", _mk_twl, 80),
]  # fmt: skip

_COMPOSITE: dict[str, list[tuple[str, int]]] = {
    "adult": [
        ("hanm", 28), ("hanf", 28), ("married", 4), ("indigm", 3), ("indigf", 3),
        ("indigl", 2), ("viet", 3), ("vietl", 2), ("indo", 2), ("indol", 1), ("phil", 1),
        ("phill", 1), ("thai", 1), ("thail", 1),
    ],
    "adultm": [("hanm", 10), ("indigm", 1)],
    "adultf": [("hanf", 10), ("married", 1), ("indigf", 1)],
    "old": [("oldm", 4), ("oldf", 4), ("married", 3), ("indigm", 1), ("indigf", 1)],
    "oldm": [("oldm", 6), ("indigm", 1)],
    "oldf": [("oldf", 4), ("married", 3), ("indigf", 1)],
    "kid": [("kidm", 5), ("kidf", 5)],
    "indig": [("indigm", 1), ("indigf", 1)],
    "fh": [("viet", 4), ("indo", 2), ("phil", 1), ("thai", 1)],
    "fl": [("vietl", 4), ("indol", 3), ("phill", 2), ("thail", 2)],
}  # fmt: skip

# nationality code: (Chinese, English, Han-form kind, Latin kind, two-letter code, weight)
_NATS = {
    "vn": ("越南", "Vietnam", "viet", "vietl", "VN", 4),
    "id": ("印尼", "Indonesia", "indo", "indol", "ID", 4),
    "ph": ("菲律賓", "Philippines", "phil", "phill", "PH", 3),
    "th": ("泰國", "Thailand", "thai", "thail", "TH", 2),
}


class _Names:
    """Per-seed name pools split into known (listed), known-never-mentioned and unknown."""

    def __init__(self, r: random.Random) -> None:
        self.pools: dict[str, tuple[list[str], list[str]]] = {}
        self.sex: dict[str, str] = {}
        self.latin: dict[str, str] = {}
        listed: list[str] = []
        seen: set[str] = set()
        for kind, maker, target in _KINDS:
            names: list[str] = []
            tries = 0
            while len(names) < target and tries < target * 40:
                tries += 1
                name, sex = maker(r)
                if name in seen or (not 2 <= len(name) <= 8 and not name.isascii()):
                    continue
                seen.add(name)
                names.append(name)
                self.sex[name] = sex
            r.shuffle(names)
            mentioned, never = int(len(names) * 0.35), int(len(names) * 0.45)
            self.pools[kind] = (names[:mentioned], names[never:])
            listed += names[:never]
        for first in _INDIG_FIRST:
            for second in _INDIG_SECOND:
                for dot in "‧·":
                    self.latin[first[0] + dot + second[0]] = f"{first[1]} {second[1]}"
        r.shuffle(listed)
        self.listed = listed
        self.known = set(listed)

    def pick(self, r: random.Random, kind: str) -> str:
        if kind in _COMPOSITE:
            options = _COMPOSITE[kind]
            kind = r.choices([k for k, _ in options], [w for _, w in options])[0]
        known, unknown = self.pools[kind]
        return r.choice(known if r.random() < _KNOWN_SHARE else unknown)


# --------------------------------------------------------------------------- value makers


def _wide(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def _digits(r: random.Random, k: int) -> str:
    return "".join(r.choice(_DIGITS) for _ in range(k))


def _twid(r):
    letter = r.choice(_LETTERS)
    d8 = r.choice("12") + _digits(r, 7)
    value = letter + d8 + id_check_digit(letter, d8)
    return value.lower() if r.random() < 0.04 else value


def _arc(r):
    letter = r.choice(_LETTERS)
    if r.random() < 0.7:
        d8 = r.choice("89") + _digits(r, 7)
        return letter + d8 + id_check_digit(letter, d8)
    second = r.choice("ABCD")
    tail7 = _digits(r, 7)
    return letter + second + tail7 + id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail7)


def _mobile(r):
    a, b, c = "9" + _digits(r, 2), _digits(r, 3), _digits(r, 3)
    return r.choice(
        [
            f"0{a}-{b}-{c}", f"0{a}{b}{c}", f"0{a}-{b}-{c}", f"0{a} {b} {c}", f"0{a}-{b}{c}",
            f"+886-{a}-{b}-{c}", f"+886 {a} {b} {c}", f"+886{a}{b}{c}", f"(0{a}){b}-{c}",
        ]
    )  # fmt: skip


_AREAS = [("02", 8), ("03", 7), ("037", 6), ("04", 8), ("049", 7), ("05", 7), ("06", 7),
          ("07", 7), ("08", 7), ("089", 6), ("082", 6)]  # fmt: skip


def _landline(r):
    area, k = r.choice(_AREAS)
    local = r.choice("23456789") + _digits(r, k - 1)
    if area in ("02", "04") and k == 8:
        local = r.choice("2345678" if area == "02" else "2") + _digits(r, 7)
    split = len(local) - 4
    forms = [f"({area}){local}", f"{area}-{local}"]
    if k >= 7:
        forms += [
            f"({area}){local[:split]}-{local[split:]}",
            f"{area}-{local[:split]}-{local[split:]}",
        ]
    value = r.choice(forms)
    if r.random() < 0.12:
        value += r.choice(["#", " 分機", "分機", " 轉", " ext."]) + str(r.randint(10, 899))
    return value


def _email(r, latin: str | None):
    if latin and r.random() < 0.75:
        parts = [p.lower() for p in latin.split()]
        local = r.choice(
            [".".join(parts[:2]), parts[0] + parts[-1], parts[-1] + "." + parts[0],
             parts[0] + str(r.randint(1, 99)), parts[-1] + "_" + str(r.randint(1970, 2005))]
        )  # fmt: skip
    else:
        syl = _split(
            "chen lin huang chang lee wang wu liu tsai yang hsu kuo hung ming hui ling wei "
            "yu ting hao mei"
        )
        local = r.choice(syl) + r.choice(["", ".", "_"]) + r.choice(syl)
        local += r.choice(["", str(r.randint(1, 99)), str(r.randint(1960, 2012))])
    domain = r.choice(
        _split(
            "gmail.com gmail.com yahoo.com.tw hotmail.com outlook.com ms35.hinet.net "
            "pchome.com.tw icloud.com yahoo.com gmail.com"
        )
    )  # fmt: skip
    return f"{local}@{domain}"


_PLACES = [
    ("臺北市", [("中正區", "100"), ("大同區", "103"), ("萬華區", "108"), ("文山區", "116"),
              ("北投區", "112")]),
    ("新北市", [("板橋區", "220"), ("三重區", "241"), ("林口區", "244"), ("新店區", "231"),
              ("瑞芳區", "224")]),
    ("桃園市", [("中壢區", "320"), ("桃園區", "330"), ("大溪區", "335"), ("觀音區", "328")]),
    ("臺中市", [("北屯區", "406"), ("豐原區", "420"), ("大甲區", "437"), ("梧棲區", "435")]),
    ("臺南市", [("安南區", "709"), ("新營區", "730"), ("將軍區", "725"), ("安平區", "708")]),
    ("高雄市", [("前鎮區", "806"), ("鳳山區", "830"), ("旗津區", "805"), ("林園區", "832"),
              ("茄萣區", "852")]),
    ("基隆市", [("中正區", "202"), ("安樂區", "204")]),
    ("宜蘭縣", [("蘇澳鎮", "270"), ("頭城鎮", "261"), ("羅東鎮", "265")]),
    ("花蓮縣", [("花蓮市", "970"), ("吉安鄉", "973"), ("秀林鄉", "972")]),
    ("臺東縣", [("臺東市", "950"), ("成功鎮", "961"), ("卑南鄉", "954")]),
    ("屏東縣", [("東港鎮", "928"), ("琉球鄉", "929"), ("屏東市", "900"), ("恆春鎮", "946")]),
    ("南投縣", [("埔里鎮", "545"), ("仁愛鄉", "546"), ("信義鄉", "556")]),
    ("澎湖縣", [("馬公市", "880"), ("湖西鄉", "885")]),
    ("新竹縣", [("竹北市", "302"), ("尖石鄉", "313")]),
    ("苗栗縣", [("頭份市", "351"), ("後龍鎮", "356")]),
    ("雲林縣", [("虎尾鎮", "632"), ("麥寮鄉", "638")]),
    ("嘉義縣", [("布袋鎮", "625"), ("民雄鄉", "621")]),
    ("彰化縣", [("員林市", "510"), ("鹿港鎮", "505")]),
]  # fmt: skip
_ROADS = _split(
    "中山路 中正路 民生路 民族路 復興路 建國路 光復路 和平東路 忠孝西路 成功路 "
    "漁港路 新生路 自強街 信義街 仁愛路 文化路 博愛街 中華路 三民路 公園路 永安街 "
    "海濱路 大同路 自由路 福德街 勝利路 中興路 港口路 育英街 延平路"
)
_VILLAGES = _split("大林 東興 新安 中福 南寮 和平 興仁 頂寮 港口 福安 復興 永樂")


def _address(r):
    city, districts = r.choice(_PLACES)
    district, code = r.choice(districts)
    if r.random() < 0.3:
        city = city.replace("臺", "台")
    out = ""
    if r.random() < 0.35:
        out = code + (r.choice(_DIGITS) + r.choice(_DIGITS) if r.random() < 0.2 else "")
        out += r.choice(["", " "])
    out += city + district
    if r.random() < 0.3:
        out += r.choice(_VILLAGES) + r.choice("里村")
        if r.random() < 0.5:
            out += f"{r.randint(1, 30)}鄰"
    out += r.choice(_ROADS)
    if r.random() < 0.3:
        out += r.choice("一二三四五") + "段"
    if r.random() < 0.35:
        out += f"{r.randint(1, 400)}巷"
        if r.random() < 0.3:
            out += f"{r.randint(1, 40)}弄"
    out += str(r.randint(1, 350))
    if r.random() < 0.15:
        out += f"之{r.randint(1, 9)}"
    out += "號"
    floor = r.random()
    if floor < 0.25:
        out += f"{r.randint(2, 15)}樓"
    elif floor < 0.3:
        out += f"{r.randint(2, 12)}樓之{r.randint(1, 8)}"
    elif floor < 0.35:
        out += f"{r.randint(2, 12)}F"
    return out


def _nhi(r):
    digits = ("0000" + _digits(r, 8)) if r.random() < 0.6 else ("00" + _digits(r, 10))
    form = r.random()
    if form < 0.5:
        return digits
    sep = " " if form < 0.8 else "-"
    return sep.join((digits[:4], digits[4:8], digits[8:]))


def _passport(r, nat: str):
    if nat == "tw":
        return "3" + _digits(r, 8)
    if nat == "vn":
        return r.choice("CCCBN") + _digits(r, 7)
    if nat == "id":
        return r.choice("XXBCE") + _digits(r, 7)
    if nat == "ph":
        if r.random() < 0.6:
            return "P" + _digits(r, 7) + r.choice("ABC")
        return r.choice(["EC", "EB"]) + _digits(r, 7)
    return r.choice(["AA", "AB", "AC", "AD"]) + _digits(r, 7)


def _card(r):
    kind = r.choice(["visa", "visa", "mc", "jcb", "amex", "cup"])
    if kind == "visa":
        prefix, length = "4", 16
    elif kind == "mc":
        prefix, length = "5" + r.choice("12345"), 16
    elif kind == "jcb":
        prefix, length = "35" + str(r.randint(28, 89)), 16
    elif kind == "amex":
        prefix, length = r.choice(["34", "37"]), 15
    else:
        prefix, length = "62", 16
    body = prefix + _digits(r, length - len(prefix) - 1)
    number = next(body + d for d in _DIGITS if creditcard.luhn_ok(body + d))
    form = r.random()
    if form < 0.3:
        return number
    sep = " " if form < 0.7 else "-"
    if length == 15:
        return sep.join((number[:4], number[4:10], number[10:]))
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


def _date_parts(r, y0: int, y1: int) -> tuple[int, int, int]:
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    return y, m, r.randint(1, calendar.monthrange(y, m)[1])


def _birth(r, y0: int, y1: int, style: str | None = None) -> str:
    y, m, d = _date_parts(r, y0, y1)
    roc = y - 1911
    if style is None:
        style = "roc" if r.random() < 0.55 else "ad"
    if roc < 10:
        style = "ad"
    if style == "roc":
        return r.choice(
            [f"民國{roc}年{m}月{d}日", f"{roc}年{m}月{d}日", f"{roc}.{m:02}.{d:02}",
             f"{roc}/{m:02}/{d:02}", f"{roc:03}/{m:02}/{d:02}", f"民{roc}.{m}.{d}",
             f"{roc}/{m}/{d}"]
        )  # fmt: skip
    return r.choice(
        [f"{y}-{m:02}-{d:02}", f"{y}/{m:02}/{d:02}", f"{y}.{m}.{d}", f"{y}年{m}月{d}日",
         f"{y}/{m}/{d}"]
    )  # fmt: skip


def _ordinary_date(r, y0: int = 2023, y1: int = 2025) -> str:
    """A date that is not anyone's birth date (visit, meeting, death, deadline...)."""
    y, m, d = _date_parts(r, y0, y1)
    roc = y - 1911
    return r.choice(
        [f"{roc}年{m}月{d}日", f"{roc}.{m:02}.{d:02}", f"{roc}/{m}/{d}", f"{y}/{m:02}/{d:02}",
         f"{roc}年{m}月{d}日", f"民國{roc}年{m}月{d}日"]
    )  # fmt: skip


def _ban(r):
    head = _digits(r, 7)
    return next(head + d for d in _DIGITS if ban.is_valid(head + d))


def _dw(s: str) -> int:
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


# Kinship words by the sex of the person they describe.
_KIN = {
    "REL": {
        "M": ["父", "兄", "弟", "配偶", "子", "友人", "舅舅"],
        "F": ["母", "姊", "妹", "配偶", "女", "友人", "岳母"],
    },
    "KIN": {"M": ["子", "長子", "孫", "姪", "次子"], "F": ["女", "長女", "孫女", "媳", "姪女"]},
    "PAR": {"M": ["父", "祖父"], "F": ["母", "祖母"]},
}

_HOSPITALS = _split(
    "臺北榮總 林口長庚 馬偕醫院 成大醫院 高雄長庚 花蓮慈濟 中國醫藥大學附設醫院 "
    "部立臺東醫院 埔里基督教醫院 羅東博愛醫院"
)

# --------------------------------------------------------------------------- document builder

Piece = tuple[str, str | None]


class _Doc:
    """Accumulates one sample's text and gold spans from templates.

    Templates: ``[[a|b|c]]`` picks one option; ``{...}`` tokens emit values (see ``token``).
    """

    def __init__(self, r: random.Random, names: _Names) -> None:
        self.r = r
        self.names = names
        self.buf: list[str] = []
        self.pos = 0
        self.spans: list[tuple[int, int, str]] = []
        self.flags: list[bool] = []
        self.vars: dict[str, str] = {}
        self.last: str | None = None
        self.latin: str | None = None
        self.sep = r.choice(["：", "：", "：", ":", ": ", "\t", " "])
        self.nat = "vn"
        self.new_nat()

    # -- output
    def t(self, s: str) -> None:
        self.buf.append(s)
        self.pos += len(s)

    def put(self, pieces: list[Piece]) -> None:
        for text, label in pieces:
            if label:
                self.spans.append((self.pos, self.pos + len(text), label))
                if label == "PERSON":
                    self.flags.append(text in self.names.known)
            self.t(text)

    def f(self, template: str) -> None:
        self.put(self.render(template))

    def lines(self, items: list[str], keep: float = 0.75, joiner: str | None = None) -> None:
        r = self.r
        chosen = [x.lstrip("?") for x in items if not x.startswith("?") or r.random() < keep]
        if joiner is None:
            joiner = r.choices(["\n", "；", "　", "，", " / "], [8, 1, 1, 1, 1])[0]
        for i, x in enumerate(chosen):
            if i:
                self.t(joiner)
            self.f(x)

    def row(self, cells: list[str]) -> list[list[Piece]]:
        return [self.render(c) for c in cells]

    def table(self, header: list[str], rows: list[list[list[Piece]]], style: str | None = None):
        style = style or self.r.choice(["tab", "tab", "csv", "aligned", "pipe"])
        every = [[[(h, None)] for h in header], *rows]
        widths = [
            max(_dw("".join(p[0] for p in row[j])) for row in every) for j in range(len(header))
        ]
        for row in every:
            for j, cell in enumerate(row):
                self.put(cell)
                if j == len(row) - 1:
                    continue
                if style == "tab":
                    self.t("\t")
                elif style == "csv":
                    self.t(",")
                elif style == "pipe":
                    self.t(" | ")
                else:
                    self.t(" " * (widths[j] - _dw("".join(p[0] for p in cell)) + 2))
            self.t("\n")

    def new_nat(self) -> None:
        codes = list(_NATS)
        self.nat = self.r.choices(codes, [_NATS[c][5] for c in codes])[0]

    # -- rendering
    def render(self, template: str) -> list[Piece]:
        r = self.r
        while True:
            expanded = _CHOICE.sub(lambda m: r.choice(m.group(1).split("|")), template)
            if expanded == template:
                break
            template = expanded
        out: list[Piece] = []
        pos = 0
        for m in _TOKEN.finditer(template):
            if m.start() > pos:
                out.append((template[pos : m.start()], None))
            out.extend(self.token(m.group(1)))
            pos = m.end()
        if pos < len(template):
            out.append((template[pos:], None))
        return [p for p in out if p[0]]

    def person(self, name: str) -> list[Piece]:
        self.last = name
        if name.isascii():
            self.latin = name
        return [(name, "PERSON")]

    def value(self, text: str, label: str) -> list[Piece]:
        if self.r.random() < _WIDE_SHARE:
            text = _wide(text)
        return [(text, label)]

    def token(self, k: str) -> list[Piece]:
        r = self.r
        if k == ":":
            return [(self.sep, None)]
        head, _, arg = k.partition(":")
        base, _, var = head.partition("@")
        who = self.vars.get(var) if var else self.last
        if base == "P":
            kind, _, store = arg.partition(">")
            nat = _NATS[self.nat]
            if kind == "natl":
                kind = nat[3]
            elif kind == "nath":
                kind = nat[2]
            elif kind == "natx":
                kind = nat[3] if r.random() < 0.7 else nat[2]
            name = self.names.pick(r, kind or "adult")
            if store:
                self.vars[store] = name
            return self.person(name)
        if base == "" and var:
            return self.person(self.vars[var])
        if base == "PI":
            name = self.names.pick(r, "indig")
            if arg:
                self.vars[arg] = name
            latin = self.names.latin[name]
            out = [*self.person(name), (r.choice(["（", "（", " / ", "，"]), None)]
            out += self.person(latin)
            self.last = name
            return out + ([("）", None)] if out[1][0] == "（" else [])
        sex = self.names.sex.get(who or "", "")
        if base == "T":
            return [({"M": "先生", "F": r.choice(["女士", "小姐"])}.get(sex, "君"), None)]
        if base == "TE":
            options = {"M": ["阿公", "伯伯", "爺爺"], "F": ["阿嬤", "奶奶", "阿姨", "婆婆"]}
            return [(r.choice(options.get(sex, ["長輩"])), None)]
        if base == "TA":
            return [("她" if sex == "F" else "他", None)]
        if base in _KIN:
            return [(r.choice(_KIN[base]["F" if sex == "F" else "M"]), None)]
        if base == "NEWNAT":
            self.new_nat()
            return []
        if base == "NAT":
            return [(_NATS[self.nat][0], None)]
        if base == "NATEN":
            return [(r.choice([_NATS[self.nat][1], _NATS[self.nat][4]]), None)]
        if base == "ID":
            return self.value(_twid(r), "TW_NATIONAL_ID")
        if base == "ARC":
            return self.value(_arc(r), "TW_RESIDENT_CERT")
        if base == "MOB":
            return self.value(_mobile(r), "PHONE")
        if base == "TEL":
            return self.value(_landline(r), "PHONE")
        if base == "PH":
            return self.value(_mobile(r) if r.random() < 0.65 else _landline(r), "PHONE")
        if base == "EM":
            return self.value(_email(r, self.latin), "EMAIL")
        if base == "AD":
            return self.value(_address(r), "ADDRESS")
        if base == "NHI":
            return self.value(_nhi(r), "TW_NHI_CARD")
        if base == "PP":
            nat = self.nat if arg == "nat" else (arg or r.choice(list(_NATS)))
            return self.value(_passport(r, nat), "PASSPORT")
        if base == "CC":
            return self.value(_card(r), "CREDIT_CARD")
        if base in ("BD", "BDR", "BDA"):
            y0, y1 = (int(x) for x in arg.split(":"))
            style = {"BD": None, "BDR": "roc", "BDA": "ad"}[base]
            return self.value(_birth(r, y0, y1, style), "BIRTH_DATE")
        return [(self.plain(base, arg), None)]

    def plain(self, base: str, arg: str) -> str:
        r = self.r
        if base == "N":
            a, b = (int(x) for x in arg.split(":"))
            return str(r.randint(a, b))
        if base == "DT":
            return _ordinary_date(r)
        if base == "DD":
            return _ordinary_date(r, 1975, 2019)
        if base == "DTR":
            y, m, d = _date_parts(r, 2023, 2025)
            return f"{y - 1911}年{m}月{d}日"
        if base == "DTA":
            y, m, d = _date_parts(r, 2023, 2025)
            return f"{y}-{m:02}-{d:02}"
        if base == "MD":
            return f"{r.randint(1, 12)}/{r.randint(1, 28)}"
        if base == "HM":
            return f"{r.randint(7, 21):02}:{r.choice(range(0, 60, 5)):02}"
        if base == "DOCNO":
            return r.choice(["112", "113", "114"]) + _digits(r, 7)
        if base == "BAN":
            return _ban(r)
        if base == "VESSEL":
            return (
                r.choice("新金順福豐合永")
                + r.choice(
                    ["福順", "滿春", "漁興", "昇豐", "隆發", "瑞益", "利成", "勝輝", "慶豐", "海昌"]
                )
                + f"{r.randint(1, 368)}號"
            )
        if base == "HOSP":
            return r.choice(_HOSPITALS)
        raise ValueError(f"unknown template token {base!r}")


# --------------------------------------------------------------------------- 監所接見登記


def _pr_form(d: _Doc) -> None:
    d.f("[[接見登記表|一般接見申請登記|【接見登記】|視訊接見預約登記|接見登記（家屬填寫）]]\n")
    d.lines(
        [
            "收容人[[姓名|]]{:}{P:adultm}[[（編號{N:1000:9999}）|　{N:1:12}工場|]]",
            "申請人{:}{P:adult}",
            "?[[關係|與收容人關係]]{:}{REL}",
            "?身分證[[統一編號|字號|號]]{:}{ID}",
            "?出生[[日期|年月日]]{:}{BD:1950:2004}",
            "?[[聯絡電話|手機|電話|行動電話]]{:}{PH}",
            "?[[戶籍地址|通訊地址|住址]]{:}{AD}",
            "?接見日期{:}{DT}[[ 上午第{N:1:4}場| 下午第{N:1:3}場|]]",
        ]
    )


def _pr_log(d: _Doc) -> None:
    heads = [
        "{MD} {HM} {P:adult}（{REL}）接見{P:adultm}，",
        "{HM}　{P:adultm}　家屬{P:adult}({REL})　",
        "[[{MD}|]] 收容人{P:adultm}，接見人{P:adult}，",
    ]
    events = _split(
        "[[未帶身分證|身分證遺失|證件過期]]，以健保卡核對（[[卡號|]]{NHI}）。 "
        "寄入保管金{N:1:5},000元[[，收據已交|，已簽收|]]。 "
        "[[留電|電]]{MOB}，改約{MD}[[視訊|接見]]。 "
        "攜[[未成年子女|孫子]]{P:kid}[[一同|同行]]接見。 "
        "[[證件核對無誤|准]]，身分證{ID}。 申請人住{AD}，[[稱|表示]]下次改視訊。"
    )
    head = d.r.choice(heads)
    for _ in range(d.r.randint(2, 4)):
        d.f(head + d.r.choice(events) + "\n")
    if d.r.random() < 0.3:
        d.f("[[律見|律師接見]]：{P:adult}律師（{TEL}）接見{P:adultm}。\n")


def _pr_call(d: _Doc) -> None:
    if d.r.random() < 0.5:
        d.f(
            "[[電話紀錄|來電紀錄|電洽紀錄]] {DT} {HM}\n"
            "來電者{:}{P:adult>a}（自稱收容人{P:adultm}之{REL@a}）\n"
            "[[摘要|內容]]{:}詢問[[網路視訊接見|遠距接見|送菜|寄入保管金|懇親會]]。"
            "[[來電者|渠]]稱身分證[[號|字號]]{ID}，[[回電|聯絡電話]]{PH}。"
            "已告知[[須於三日前上網預約|當日需攜帶證件正本]]。\n"
            "受理人{:}{P:adult}"
        )
    else:
        d.f(
            "[[來電錄音摘錄|通話逐字稿]]（{DT}）\n"
            "民眾：喂？我{P:adultf}啦，[[我兒子|阮囝|我老公]]{P:adultm}關在[[你們那邊|恁遐]]……"
            "我要問禮拜[[六|三]]可不可以去看[[他|伊]]？\n"
            "值班：好，請問您身分證字號？\n"
            "民眾：{ID}。\n"
            "值班：電話留一下。\n"
            "民眾：{MOB}，[[晚上打比較有人接|白天我在工廠]]。"
        )


def _pr_foreign(d: _Doc) -> None:
    d.f(
        "[[外籍人士|外籍配偶|外籍訪客]]{P:natx}（{NAT}籍）持[[居留證|外僑居留證]]"
        "（[[統一證號|居留證號]]{ARC}）申請接見其[[夫|同居人|兄|胞弟]]{P:adultm}，"
        "[[另出示|並附]]護照[[影本|]]（{PP:nat}）[[，出生日期{BDA:1975:2003}|]]，"
        "經[[核對|比對]][[相符|無誤]][[，准予接見。|，安排通譯。|。]]"
    )


def _pr_line(d: _Doc) -> None:
    d.f(
        "[[LINE 戒護科|LINE群組「接見室」|LINE]] {DT}\n"
        "{HM} 值班台：明天[[上午|下午]]第{N:1:3}場 {P:adultm} 的家屬要來，"
        "[[他媽媽|他太太|他姊姊]]叫{P:adultf}\n"
        "{HM} 接見室：收到 身分證？\n"
        "{HM} 值班台：{ID}\n"
        "[[{HM} 值班台：她手機 {MOB}\n|]]"
        "{HM} 接見室：[[OK|👌|好]]"
    )


def _pr_table(d: _Doc) -> None:
    r = d.r
    d.f("[[{DT} 接見登記|本日接見名冊|接見紀錄匯出]]\n")
    with_bd = r.random() < 0.4
    header = ["序號", "收容人", "接見人", "關係", "身分證號", "聯絡電話"] + (
        ["出生日期"] if with_bd else []
    )
    rows = []
    for i in range(r.randint(2, 5)):
        cells = [str(i + 1), "{P:adultm}", "{P:adult}", "[[母|妻|兄|姊|友|子]]", "{ID}", "{PH}"]
        rows.append(d.row(cells + (["{BD:1950:2004}"] if with_bd else [])))
    d.table(header, rows)


def _pr_letter(d: _Doc) -> None:
    d.f(
        "主旨：有關本[[所|監|分監]]收容人{P:adultm}[[（{BD:1960:2003}生）|]]之"
        "[[配偶{P:adultf>b}|母親{P:oldf>b}|胞兄{P:adultm>b}]]申請[[特別接見|延長接見時間|電話接見"
        "]]乙案，復如說明，請查照。\n"
        "說明：\n一、復{DT}[[申請書|陳情書]]。\n"
        "二、[[申請人|台端]]{@b}[[（身分證統一編號{ID}）|]]，[[住|戶籍地]]{AD}，"
        "經核符合監獄行刑法第{N:67:75}條規定，准予[[延長接見三十分鐘|於{DT}辦理]]。"
        "[[\n三、聯絡電話：{PH}。|]]"
    )


def _pr_english(d: _Doc) -> None:
    d.f(
        "Visitor Log {DTA}\n"
        "Visitor: {P:natl} ({NATEN})   Passport No.: {PP:nat}   DOB: {BDA:1970:2004}\n"
        "Inmate: {P:adultm}   Relation: [[wife|sister|girlfriend|cousin]]\n"
        "[[Tel|Mobile|Contact]]: {PH}\n"
        "Remark: [[interpreter needed|持居留證 {ARC}|無]]"
    )


def _pr_neg_rules(d: _Doc) -> None:
    d.f(
        "[[接見須知|家屬接見注意事項|本所接見規定]]\n"
        "一、[[接見時間|開放時間]]：週[[一至週五|二至週六]]上午{N:8:9}時至11時30分，下午1時30分至"
        "4時"
        "[[（國定假日暫停）|]]。\n"
        "二、依監獄行刑法第{N:67:79}條[[及同法施行細則第{N:20:60}條|]]，接見人應出示身分證明文件"
        "[[正本|]]，每次[[以{N:2:3}人為限|至多三人]]。\n"
        "三、寄入物品以{N:2:5}公斤為限，[[保管金|寄入金額]]每次不得逾新臺幣{N:1:5},000元。\n"
        "四、[[網路視訊接見|遠距接見]]請於[[三日前|接見日前]]至法務部矯正署網站預約；"
        "[[林口|桃園|臺中|高雄]][[監獄|看守所]]服務台[[週末|國定假日]]不受理，諮詢請撥1999。"
    )


def _pr_neg_letter(d: _Doc) -> None:
    office, short, unit = d.r.choice(
        [("臺灣臺北看守所", "北所", "所"), ("法務部矯正署高雄監獄", "高監", "監"),
         ("法務部矯正署臺中女子監獄", "中女監", "監"), ("法務部矯正署宜蘭監獄", "宜監", "監")]
    )  # fmt: skip
    d.f(
        office + " 函\n發文日期：中華民國{DTR}\n發文字號：" + short + "[[戒|總|教]]字第{DOCNO}號\n"
        "主旨：函轉法務部矯正署{DT}法矯署[[綜|戒|教]]字第{DOCNO}號函，有關[[春節懇親|母親節懇親|"
        "端午節加菜]]活動辦理事宜，請查照。\n"
        "說明：一、旨揭活動訂於{DT}於本"
        + unit
        + "[[中山堂|禮堂|懇親會場]]舉行，名額以{N:30:150}組為限。"
        "二、[[承攬餐點廠商|合作廠商]][[黃金|王品|林家]][[餐飲|食品]]有限公司（統一編號{BAN}）"
        "[[另行|將]]提供{N:200:600}份[[素食|葷素]]餐盒。"
    )


def _pr_neg_stats(d: _Doc) -> None:
    d.f(
        "{DTA} 接見統計：一般接見{N:40:300}人次、視訊接見{N:10:90}人次、律師接見{N:2:30}人次，"
        "[[退件|未准]]{N:0:9}件（未攜證件{N:0:5}件、[[逾時|非開放時段]]{N:0:4}件）。\n"
        "附記：臺灣[[臺北|新北|桃園|高雄]]地方檢察署{N:111:113}年度執字第{N:1000:9999}號"
        "[[執行案|案件]]移送{N:1:6}名，[[依刑事訴訟法第{N:100:120}條|依羈押法第{N:5:30}條]][[禁止"
        "接見|限制接見]]。"
    )


# --------------------------------------------------------------------------- 漁船船員名冊

_RANKS_ZH = ["甲板員", "船員", "輪機員", "廚師", "水手長", "漁撈員"]
_RANKS_EN = ["Deckhand", "Fisherman", "Oiler", "Cook", "Bosun", "AB"]


def _fi_roster(d: _Doc) -> None:
    r = d.r
    d.f(
        "[[漁船船員名冊|船員名冊 Crew List|CREW LIST]]\n漁船名稱{:}{VESSEL}　"
        "[[漁船統一編號|CT No.]]{:}CT{N:2:7}-{N:1000:9999}\n"
    )
    if r.random() < 0.7:
        d.f("船長{:}{P:hanm}　[[身分證字號|身分證]]{:}{ID}[[　手機{:}{MOB}|]]\n")
    eng = r.random() < 0.5
    arc = r.random() < 0.3
    if eng:
        header = ["No.", "Name", "Nationality", "Passport No.", "Date of Birth", "Rank"]
    else:
        header = ["序號", "姓名", "國籍", "護照號碼", "出生日期", "職稱"]
    if arc:
        header.append("ARC No." if eng else "居留證號")
    rows = []
    for i in range(r.randint(2, 6)):
        d.new_nat()
        cells = [
            str(i + 1),
            "{P:natl}" if r.random() < 0.75 else "{P:nath}",
            "{NATEN}" if eng else "{NAT}",
            "{PP:nat}",
            "{BDA:1968:2005}",
            r.choice(_RANKS_EN if eng else _RANKS_ZH),
        ]
        rows.append(d.row(cells + (["{ARC}"] if arc else [])))
    d.table(header, rows)


def _fi_letter(d: _Doc) -> None:
    r = d.r
    d.f(
        "主旨：[[檢送|陳報]]本[[會|公司]]所屬漁船「{VESSEL}」[[境外僱用|境內僱用]]外籍船員"
        "[[異動|變更]]資料乙份，請[[鑒核|查照]]。\n說明：\n"
        "一、依境外僱用非我國籍船員許可及管理辦法第{N:10:40}條辦理。\n"
        "二、船員{P:natx}（{NAT}籍，護照號碼{PP:nat}，出生日期{BDA:1970:2004}）於{DT}"
        "[[離船返國|下船就醫|轉換船舶]]。\n"
    )
    n = 3
    if r.random() < 0.6:
        d.f(
            "三、遞補船員{NEWNAT}{P:natx}（[[居留證號|統一證號]]{ARC}）已於{DT}上船"
            "[[，出生日期{BD:1975:2004}|]]。\n"
        )
        n = 4
    d.f("四、" if n == 4 else "三、")
    d.f("[[聯絡人|船主]]：{P:hanm}，電話{PH}。")


def _fi_call(d: _Doc) -> None:
    d.f(
        "{DT} {HM} [[蘇澳區漁會|東港區漁會|前鎮漁港管理處|小琉球區漁會|新港區漁會]]來電\n"
        "船東{P:hanm}[[表示|稱]]{NAT}籍船員{P:natx}[[作業時右手遭捲揚機夾傷|於港內落海已救起|高燒"
        "不退]]，"
        "[[已送|現在]][[蘇澳榮民醫院|東港安泰醫院|高雄長庚|澎湖醫院]]，[[該員|船員]]居留證{ARC}"
        "[[，健保卡{NHI}|]]。船東[[手機|電話]]{MOB}[[，請通譯協助|，要問保險理賠|]]。"
    )


def _fi_list(d: _Doc) -> None:
    r = d.r
    d.f("[[{VESSEL} 出港船員名單|本航次船員|{VESSEL}船員（{DT}出港）]]\n")
    d.f("1. 船長 {P:hanm}  {ID}\n")
    k = 2
    if r.random() < 0.5:
        d.f("2. 輪機長 {P:hanm}  {BD:1955:1988}\n")
        k = 3
    for i in range(k, k + r.randint(2, 5)):
        d.new_nat()
        d.f(f"{i}. " + "{P:natx}（{NAT}）護照{PP:nat}[[ 生日{BDA:1970:2004}|]]\n")


def _fi_email(d: _Doc) -> None:
    r = d.r
    d.f(
        "寄件者：{P:natl>a} <{EM}>\n收件者：[[漁業署遠洋漁業組|區漁會|船務代理]]\n"
        "主旨：Crew list update／船員名冊更新\n\nDear Sir,\n"
        "Please find below the new crew for {VESSEL}:\n"
    )
    for _ in range(r.randint(1, 4)):
        d.new_nat()
        d.f("- {P:natl}, passport {PP:nat}, DOB {BDA:1975:2004}\n")
    d.f("Best regards,\n{@a}")


def _fi_line(d: _Doc) -> None:
    d.f(
        "[{HM}] 仲介{P:adult}：老闆 {P:natx}的護照號碼 {PP:nat}\n"
        "[{HM}] 仲介：生日 {BDA:1980:2004}\n"
        "[{HM}] 船東：居留證[[號碼|]]呢\n"
        "[{HM}] 仲介：{ARC}\n"
        "[{HM}] 船東：[[OK 謝謝|收到]]"
    )


def _fi_neg_notice(d: _Doc) -> None:
    d.f(
        "依遠洋漁業條例第{N:10:30}條及[[境外僱用非我國籍船員許可及管理辦法|漁船船員管理規則]]第{N"
        ":5:40}條，"
        "[[仲介機構|經營者]]應於船員[[上船|出境]]前{N:3:10}日內申報。[[漁業署|本署]]{DT}漁[[二|三"
        "]]字第"
        "{DOCNO}號公告。[[海洋|鴻運|金福|高昇]][[人力|人力資源]]仲介有限公司（統一編號{BAN}）"
        "[[經評鑑為A級|本年度評鑑B級]]，[[林園|蘇澳|東港]]區漁會代辦。"
    )


def _fi_neg_vessel(d: _Doc) -> None:
    d.f(
        "漁船「{VESSEL}」（CT{N:2:7}-{N:1000:9999}，{N:20:700}噸，IMO {N:8000000:9999999}）於{DT}"
        "自[[前鎮漁港|東港鹽埔漁港|南方澳漁港|八斗子漁港]]出港，作業海域[[印度洋|中西太平洋|大西"
        "洋]]，"
        "船員{N:10:30}人（本國籍{N:1:4}人、外籍{N:8:25}人），所屬[[漁業|海洋]]股份有限公司統一編"
        "號{BAN}。"
        "[[黃鰭鮪|大目鮪|魷魚]]漁獲{N:20:400}公噸。"
    )


def _fi_neg_catch(d: _Doc) -> None:
    d.f(
        "[[鮪延繩釣|魷釣|秋刀魚棒受網]]漁船{N:3:60}艘、總漁獲{N:1:90},{N:100:999}公噸，"
        "燃油補貼新臺幣{N:1:900},{N:100:999}元，依漁業動力用油優惠油價標準第{N:3:9}條核發。\n"
        "[[高雄市|屏東縣|宜蘭縣]][[林園|東港|蘇澳]]區漁會 {DT} [[理監事會|會員代表大會]]決議，"
        "[[黃金週|連續假期]]期間[[魚市場|拍賣市場]]休市。"
    )


# --------------------------------------------------------------------------- 社區關懷據點


def _ca_signin(d: _Doc) -> None:
    r = d.r
    d.f("{DT}（[[一|二|三|四|五]]）[[共餐|午餐|健康促進活動|共餐暨量血壓]]簽到[[：|:|\n]]")
    joiner = r.choice(["、", "，", " ", "\n"])
    for i in range(r.randint(3, 8)):
        if i:
            d.t(joiner)
        d.f("{P:old}" + r.choice(["", "", "", "（素）", "（請假）", "（代領）", "（家屬陪同）"]))
    d.f("[[　共{N:15:40}人|]][[\n志工：{P:adult}、{P:adult}|]]")


def _ca_table(d: _Doc) -> None:
    r = d.r
    d.f("[[{N:112:113}年度[[大林里|東興|新安|頂寮]]關懷據點長者名冊|長者基本資料]]\n")
    addr = r.random() < 0.4
    header = ["姓名", "性別", "出生年月日", "電話", "緊急聯絡人", "聯絡人電話"] + (
        ["地址"] if addr else []
    )
    rows = []
    for _ in range(r.randint(2, 5)):
        name = d.render("{P:old}")
        sex = {"M": "男", "F": "女"}.get(d.names.sex.get(d.last or "", ""), "")
        cells = [
            name,
            [(sex, None)] if sex else [],
            d.render("{BD:1928:1958}"),
            d.render("{TEL}" if r.random() < 0.6 else "{MOB}"),
            d.render("{P:adult}[[（{KIN}）|]]"),
            d.render("{MOB}"),
        ]
        rows.append(cells + ([d.render("{AD}")] if addr else []))
    d.table(header, rows)


def _ca_log(d: _Doc) -> None:
    if d.r.random() < 0.6:
        d.f(
            "{MD} {P:old>a}{TE@a}今日未到，撥{TEL}無人接，改撥[[女兒{P:adultf}|兒子{P:adultm}|媳"
            "婦{P:adultf}|孫女{P:kidf}]]手機{MOB}，"
            "[[稱|表示]]{TA@a}[[住院中|回診|去女兒家住幾天|跌倒在家休養]]。[[已通報里長。|下週再"
            "電訪。|已請志工探視。|]]"
        )
    else:
        d.f(
            "{MD} 家訪{P:old>a}[[（{BD:1930:1955}）|]]，[[獨居|與兒同住|與外籍看護同住]]，"
            "{TA@a}健保卡[[放在抽屜找不到|遺失]]，協助[[申請補發|影印]]（{NHI}）。[[下次帶{TA@a}"
            "量血壓。|]]"
        )


def _ca_route(d: _Doc) -> None:
    r = d.r
    d.f("送餐路線（[[週一|週三|週五|本週]]）\n")
    for i in range(r.randint(2, 5)):
        d.f(f"{i + 1}. " + "{P:old}　{AD}　{TEL}[[　（糖尿病餐）|　（剁碎）|　（不吃牛）|]]\n")


def _ca_line(d: _Doc) -> None:
    d.f(
        "[[志工群組|據點小幫手]] LINE\n"
        "{HM} [[隊長|據點督導|社工]]：下週[[三|五]]是{P:old>a}{TE@a}[[的生日|生日]]（{BD:1928:195"
        "6}），"
        "要[[幫{TA@a}慶生嗎|準備蛋糕嗎]]？\n"
        "{HM} 志工：好呀！\n"
        "[[{HM} 志工：{TA@a}住{AD}對嗎？我順路[[載|接]]{TA@a}|{HM} 志工：我來訂蛋糕]]"
    )


def _ca_card(d: _Doc) -> None:
    d.f("[[信用卡定期定額捐款授權書|愛心捐款授權書（據點共餐）]]\n")
    d.lines(
        _split(
            "持卡人{:}{P:adult} 卡號{:}{CC} ?有效期限{:}[[0{N:1:9}|1{N:0:2}]]/{N:26:30} "
            "?[[出生日期|生日]]{:}{BD:1950:1998} ?[[聯絡電話|電話]]{:}{PH} "
            "?[[收據寄送地址|地址]]{:}{AD} ?[[E-mail|電子信箱]]{:}{EM} "
            "每月捐款金額{:}新臺幣{N:3:20}00元"
        ),
        joiner="\n",
    )


def _ca_tribe(d: _Doc) -> None:
    r = d.r
    d.f("[[部落長者名冊（關懷據點）|據點族人長輩名單]]\n")
    for _ in range(r.randint(2, 4)):
        d.f(
            r.choice(
                [
                    "{PI}　{BDR:1930:1958}　{TEL}\n",
                    "{P:indig}　{MOB}\n",
                    "{P:indigl}　{BD:1935:1960}\n",
                ]
            )
        )


def _ca_neg_menu(d: _Doc) -> None:
    d.f(
        "本週菜單：週一 [[滷肉飯、燙青菜、味噌湯|鮭魚炒飯、高麗菜、蘿蔔湯]]；週三 [[王子麵炒蛋|白"
        "菜滷|"
        "瓜仔肉]]、[[林鳳營鮮乳|義美豆漿]]；週五 [[吳郭魚|虱目魚]]、[[黃金泡菜|涼拌小黃瓜]]。"
        "共餐費每人每餐{N:20:60}元，[[低收入戶|中低收入戶]]長者免費。[[點心：張君雅小妹妹點心麵。"
        "|]]"
    )


def _ca_neg_grant(d: _Doc) -> None:
    d.f(
        "衛生福利部社會及家庭署{DT}社家[[老|綜]]字第{DOCNO}號函核定[[本據點|大林里社區關懷據點|"
        "頂寮社區發展協會]]{N:112:114}年度補助款新臺幣{N:5:30}萬{N:1:9},000元，[[依老人福利法第{N"
        ":10:20}條|"
        "依推展社會福利補助作業要點]]辦理；[[協會|受補助單位]]統一編號{BAN}，核銷期限{DT}。"
    )


def _ca_neg_stats(d: _Doc) -> None:
    d.f(
        "{DT} [[健康促進|懷舊歌曲|手作]]活動 出席長者{N:12:45}人、志工{N:3:12}人；"
        "[[電話問安|關懷訪視]]{N:5:60}通，[[血壓量測|體適能檢測]]異常{N:0:6}人已轉介[[衛生所|社區"
        "藥局]]。"
        "長照專線1966、福利諮詢專線1957。[[周知|張貼]]於[[林口|高雄|江翠|何厝]]里辦公處公布欄。"
    )


# --------------------------------------------------------------------------- 身心障礙鑑定


def _di_form(d: _Doc) -> None:
    d.f("[[身心障礙證明申請表|身心障礙鑑定申請書|身障證明重新鑑定申請]]\n")
    d.lines(
        _split(
            "申請人姓名{:}{P:adult} ?[[身分證統一編號|身分證字號]]{:}{ID} "
            "?出生日期{:}{BD:1940:2015} ?[[戶籍地址|戶籍地]]{:}{AD} "
            "?通訊地址{:}[[同戶籍|{AD}]] ?聯絡電話{:}{PH} "
            "?[[法定代理人|聯絡人]]{:}{P:adult}（{REL}） ?健保卡號{:}{NHI} "
            "?鑑定醫院{:}{HOSP}"
        )
    )


def _di_letter(d: _Doc) -> None:
    d.f(
        "主旨：[[台端|貴家屬]]{P:adult}{T}之身心障礙證明[[將於|已於]]{DT}[[屆期|到期]]，"
        "請於期限內辦理重新鑑定，請查照。\n說明：\n"
        "一、依身心障礙者權益保障法第[[6|7|14]]條規定辦理。\n"
        "二、[[旨揭|前揭]]當事人身分證統一編號{ID}，出生日期{BD:1945:2012}，[[戶籍地|地址]]{AD}。\n"
        "三、如有疑義，請洽本所承辦人{P:adult}，電話{TEL}。"
    )


def _di_log(d: _Doc) -> None:
    d.f(
        "{MD} 家訪{P:adult>a}[[（{BD:1960:2012}）|]]，[[案主|個案]][[自閉症|腦性麻痺|思覺失調|脊"
        "髓損傷]]，"
        "[[案母|案妻|案姊]]{P:adultf}表示鑑定[[已排|約在]]{HOSP}{MD}，需補健保卡影本（[[卡號|]]{N"
        "HI}）"
        "[[，另留電{MOB}|]]。"
    )


def _di_proxy(d: _Doc) -> None:
    d.f(
        "申請人{P:adult}[[因行動不便|因臥床|]]委託其[[配偶|媳婦|外籍看護]]{P:natx}（{NAT}籍，"
        "居留證號{ARC}[[，護照{PP:nat}|]]）代為送件，[[受託人|代理人]]電話{MOB}。"
    )


def _di_email(d: _Doc) -> None:
    d.f(
        "From: {EM}\nTo: [[社會處身障科|公所社會課]]\nSubject: Re: 重新鑑定 appointment\n\n"
        "Hi，我是{P:adultf}，幫我[[爸爸{P:oldm}|媽媽{P:oldf}|阿公{P:oldm}]]詢問 re-assessment 的"
        "時間，"
        "{TA} ID {ID}，DOB {BDA:1935:1960}，目前住 {AD}。Thanks!"
    )


def _di_csv(d: _Doc) -> None:
    r = d.r
    d.f("[[{N:113:114}年{N:1:12}月證明到期名單|重新鑑定通知名冊]]\n")
    header = ["編號", "姓名", "身分證字號", "出生日期", "障礙類別", "證明到期日", "聯絡電話"]
    rows = []
    for i in range(r.randint(2, 5)):
        cells = [str(i + 1), "{P:adult}", "{ID}", "{BD:1940:2015}", "第{N:1:8}類", "{DT}", "{PH}"]
        rows.append(d.row(cells))
    d.table(header, rows, style=r.choice(["csv", "tab"]))


def _di_tribe(d: _Doc) -> None:
    d.f(
        "{PI}（[[泰雅族|太魯閣族|布農族|阿美族|排灣族]]），{BD:1945:2000}生，住{AD}，"
        "[[重新鑑定|輔具評估]]通知已寄出，電話{PH}。"
    )


def _di_neg_law(d: _Doc) -> None:
    d.f(
        "依身心障礙者權益保障法第{N:5:7}條及身心障礙者鑑定作業辦法第{N:3:15}條，鑑定人員依ICF"
        "[[編碼|分類]]（b{N:110:199}、s{N:110:199}、d{N:110:999}）評估，[[第{N:1:8}類|各類別]]證明"
        "[[有效期限最長五年|效期屆滿前九十日內]]應重新鑑定。[[許可|簡易]]換證案件[[免|得免]]重新"
        "鑑定，"
        "詳見衛生福利部{DT}衛部[[護|照]]字第{DOCNO}號函。"
    )


def _di_neg_clinic(d: _Doc) -> None:
    d.f(
        "[[臺北榮民總醫院|林口長庚紀念醫院|高雄醫學大學附設中和紀念醫院|花蓮慈濟醫院]]身心障礙鑑"
        "定門診："
        "每週[[二、四|一、三|五]]下午，鑑定費由[[公所|縣市政府]]補助，[[本院|醫院]]統一編號{BAN}。"
        "[[輔具|交通]]補助上限新臺幣{N:1:4}萬元；[[游泳池|石門水庫]]、[[黃金博物館|高雄市立美術館]]"
        "憑證明免費入場。"
    )


def _di_neg_stats(d: _Doc) -> None:
    r = d.r
    d.f("[[{N:112:113}年第{N:1:4}季|本月]]身心障礙證明核發統計（{DT}製表）\n")
    rows = [
        [[(f"第{k}類", None)], [(str(r.randint(3, 400)), None)]] for k in range(1, r.randint(4, 9))
    ]
    d.table(["障礙類別", "核發件數"], rows)


# --------------------------------------------------------------------------- 校園霸凌調查


def _bu_interview(d: _Doc) -> None:
    d.f("[[校園霸凌事件調查訪談紀錄|訪談紀錄（不公開）]]\n")
    d.lines(
        [
            "[[時間|訪談時間]]{:}{DT} {HM}",
            "?[[地點|訪談地點]]{:}[[輔導室|學務處會議室|諮商室]]",
            "受訪者{:}{P:kid>a}（[[七|八|九]]年[[{N:1:20}|忠|孝]]班）",
            "?[[出生日期|生日]]{:}{BD:2008:2013}",
            "?法定代理人{:}{P:adult}（{PAR}）",
            "?調查委員{:}{P:adult}、{P:adult}",
            "陳述摘要{:}{@a}表示自{MD}起，在班級LINE群組遭{P:kid}、{P:kid}等人"
            "[[以綽號嘲笑|傳送不雅貼圖|排擠]]，[[下課時也被推擠|曾被拿走午餐費]]。",
        ],
        joiner="\n",
    )


def _bu_call(d: _Doc) -> None:
    d.f(
        "{DT} {HM} 家長{P:adult}來電（{MOB}）：「[[我女兒{P:kidf}|我兒子{P:kidm}|我們家{P:kid}]]"
        "這禮拜"
        "[[又被|一直被]]{P:kid}他們[[推|拿東西丟|在IG限動罵]]，老師都不管……」"
        "已轉知生教組，[[允|並約]]{MD}到校。"
    )


def _bu_table(d: _Doc) -> None:
    r = d.r
    d.f("[[{N:8:9}年{N:1:12}班 相關學生資料|涉案學生一覽]]\n")
    header = ["座號", "姓名", "生日", "家長姓名", "聯絡電話"] + (
        ["地址"] if r.random() < 0.4 else []
    )
    rows = []
    for _ in range(r.randint(2, 4)):
        cells = ["{N:1:30}", "{P:kid}", "{BD:2008:2013}", "{P:adult}", "{PH}"]
        rows.append(d.row(cells + (["{AD}"] if len(header) == 6 else [])))
    d.table(header, rows)


def _bu_email(d: _Doc) -> None:
    d.f(
        "寄件者: {P:adultf>a} <{EM}>\n日期: {DT}\n主旨: 關於{P:kid>k}在校被欺負的事\n\n"
        "老師您好，\n我是{@k}的媽媽{@a}……[[對方|那位同學]]{P:kid}[[已經不是第一次了|還威脅{TA@k}"
        "不能說]]。"
        "我的電話是{MOB}，[[晚上比較方便|白天上班不方便接]]。"
    )


def _bu_letter(d: _Doc) -> None:
    d.f(
        "主旨：檢陳本校{DT}受理[[疑似校園霸凌事件|霸凌申請調查案]]（案號{N:112:113}-{N:1:99}）"
        "調查報告乙份，請鑒核。\n說明：\n一、依校園霸凌防制準則第[[20|26|30]]條辦理。\n"
        "二、被霸凌人{P:kid}（[[{BDR:2008:2013}生|{BDR:2008:2013}出生]]，身分證統一編號{ID}），"
        "行為人{P:kid}、{P:kid}[[，其母親為{NAT}籍{P:natx}|]]。"
    )


def _bu_line(d: _Doc) -> None:
    d.f(
        "[{HM}] 導師：{P:kid}今天又沒來，媽媽{P:adultf}電話打不通 {MOB}\n"
        "[{HM}] 生教組：要不要家訪？地址是{AD}對吧\n"
        "[{HM}] 導師：對，[[爸爸{P:adultm}|阿嬤{P:oldf}]][[晚上才在家|白天在]]"
    )


def _bu_english(d: _Doc) -> None:
    d.f(
        "Counselor note {DTA}: student {P:kid} (G[[7|8|9]]) reported [[cyberbullying|exclusion]] "
        "by "
        "{P:kid} on [[IG|LINE|Discord]]; mother {P:adultf} contact {PH} / {EM}. Follow-up {MD}."
    )


def _bu_neg_rule(d: _Doc) -> None:
    d.f(
        "依校園霸凌防制準則第{N:10:30}條，學校應於[[受理申請|知悉]]後{N:3:7}日內召開防制校園霸凌"
        "因應小組"
        "會議，並於{N:20:30}日內完成調查，必要時得延長{N:1:2}次，每次不得逾{N:10:30}日。"
        "教育部反霸凌投訴專線0800-200-885，[[校安通報|通報]]時限{N:24:72}小時。"
    )


def _bu_neg_minutes(d: _Doc) -> None:
    d.f(
        "[[新北市立林口國民中學|臺中市立黃竹國民中學|高雄市立前鎮高級中學|桃園市立石門國民中學]]"
        "{N:112:113}學年度第{N:1:2}學期防制校園霸凌因應小組會議紀錄\n"
        "時間：{DT} {HM}　地點：[[第一會議室|圖書館3樓]]\n出席：校長、學務主任、輔導主任、"
        "[[生教組長|導師代表]]、家長會代表、學者專家\n案由：甲生與乙生[[衝突|言語糾紛]]案（案號"
        "{N:112:113}-{N:1:40}）是否成案。決議：[[不成案，轉輔導室追蹤|成案，續行調查]]。"
    )


def _bu_neg_stats(d: _Doc) -> None:
    d.f(
        "{N:111:113}學年度本[[市|縣]]校園霸凌確認案件{N:20:200}件，[[肢體|言語|網路]]霸凌占{N:10:"
        "60}%，"
        "[[高雄|臺南|彰化]]地區[[國中|高中]]最多；[[林務局|黃金]][[步道|週]]校外教學[[安全|防制]]"
        "宣導"
        "{N:2:9}場，[[簡易|連續]]通報系統上線。"
    )


# --------------------------------------------------------------------------- 公墓遷葬


def _gr_form(d: _Doc) -> None:
    d.f("[[公墓遷葬（起掘）申請書|遷葬許可申請|起掘申請表]]\n")
    d.lines(
        _split(
            "亡者姓名{:}{P:old} ?[[出生日期|生日]]{:}{BD:1905:1960} "
            "?[[死亡日期|歿日]]{:}{DD} ?墓址{:}第{N:1:9}公墓{N:1:30}區{N:1:300}號 "
            "申請人{:}{P:adult} ?與亡者關係{:}{KIN} ?身分證統一編號{:}{ID} "
            "?[[住址|通訊地址]]{:}{AD} ?電話{:}{PH}"
        )
    )


def _gr_notice(d: _Doc) -> None:
    r = d.r
    d.f("第{N:1:9}公墓遷葬[[已登記|申報]]墓主名冊[[（{DT}公告）|]]：\n")
    for i in range(r.randint(2, 5)):
        d.f(
            f"{i + 1}. "
            + "墓號[[A|B|C]]-{N:1:300}　墓主{P:old}　申報人{P:adult}[[　{PH}|]][[　（{BD:1910:196"
            "0}生）|]]\n"
        )


def _gr_log(d: _Doc) -> None:
    d.f(
        "{MD} {P:adult>a}（亡者{P:old}之{KIN@a}）到所辦理起掘許可，規費{N:1:9},{N:100:999}元"
        "刷卡（{CC}），[[收據|許可證]]寄{AD}。"
    )


def _gr_call(d: _Doc) -> None:
    d.f(
        "民眾{P:adult}來電詢問[[第五|第三|示範]]公墓遷葬補償費，其[[祖父{P:oldm}|曾祖母{P:oldf}|"
        "父親{P:oldm}]]之墓位於"
        "[[後寮段|王田段|陳厝寮段]]，因旅居[[美國|日本|加拿大]]，請將資料寄至{EM}，國內聯絡人{P:a"
        "dult}[[，電話|（手機）|: ]]{MOB}。"
    )


def _gr_table(d: _Doc) -> None:
    r = d.r
    header = ["墓號", "墓主", "生日", "申請人", "電話"]
    rows = []
    for _ in range(r.randint(2, 5)):
        cells = ["[[A|B]]-{N:1:300}", "{P:old}", "{BD:1905:1960}", "{P:adult}", "{PH}"]
        rows.append(d.row(cells))
    d.table(header, rows, style=r.choice(["aligned", "aligned", "tab"]))


def _gr_english(d: _Doc) -> None:
    d.f(
        "Dear Sir/Madam,\n\nI am writing about the relocation of the grave of my "
        "[[grandfather {P:oldm}|grandmother {P:oldf}|great-grandfather {P:oldm}]] (born {BDA:1905"
        ":1945}) in the "
        "[[No. 3|No. 5|public]] cemetery. I live in [[California|Vancouver|Tokyo|Sydney]] and can"
        "not "
        "come back before the deadline. My name is {P:twl>b}, ROC passport {PP:tw}; please reach "
        "me at "
        "{EM} or my [[brother|cousin]] {P:adultm} ({MOB}).\n\nThank you,\n{@b}"
    )


def _gr_tribe(d: _Doc) -> None:
    d.f(
        "[[卑南鄉|秀林鄉|仁愛鄉|海端鄉]]第{N:1:6}公墓遷葬登記：墓主{PI}，[[生於|]]{BDR:1925:1960}，"
        "[[卒於|歿於]]{DD}；遺族{P:indig}，電話{PH}。"
    )


def _gr_neg_notice(d: _Doc) -> None:
    r = d.r
    town, unit = r.choice([("苗栗縣後龍鎮", "鎮"), ("雲林縣麥寮鄉", "鄉"), ("屏東縣東港鎮", "鎮"),
                           ("彰化縣鹿港鎮", "鎮"), ("臺南市將軍區", "區")])  # fmt: skip
    y, m, _ = _date_parts(r, 2023, 2025)
    end_m = m + r.randint(2, 6)
    end_y, end_m = y + (end_m - 1) // 12, (end_m - 1) % 12 + 1
    last_day = calendar.monthrange(end_y, end_m)[1]
    span = f"{y - 1911}年{m}月1日起至{end_y - 1911}年{end_m}月{last_day}日止"
    d.f(
        town + "公所 公告\n"
        "發文日期：中華民國{DTR}\n發文字號：[[府授|" + unit + "民|" + unit + "建]]字第{DOCNO}號\n"
        "主旨：公告本"
        + unit
        + "第[[一|三|五]]公墓（[[後寮段|陳厝寮段|王田段]]{N:1:900}-{N:1:9}地號）"
        "辦理遷葬，請墓主家屬於" + span + "向本所申報。\n依據：殯葬管理條例第[[4|19|22]]條。\n"
        "公告事項：逾期未遷者視為無主墳墓，由本所代為起掘並安置於[[納骨堂|萬善祠]]。"
    )


def _gr_neg_fees(d: _Doc) -> None:
    r = d.r
    d.f("[[遷葬補償費查估基準|起掘補償金額表]]（{DT}起適用）\n")
    rows = []
    for kind in r.sample(
        ["土葬（8平方公尺以下）", "土葬（逾8平方公尺）", "骨甕", "墓碑", "水泥墓基", "石材墓基"], 3
    ):
        rows.append([[(kind, None)], [(f"{r.randint(1, 90)},{r.randint(100, 999)}元", None)]])
    d.table(["墓基類別", "補償金額"], rows, style=r.choice(["tab", "aligned"]))


def _gr_neg_log(d: _Doc) -> None:
    d.f(
        "{DT} 第{N:1:9}公墓起掘作業：完成{N:5:80}座，無人認領{N:0:20}座移置[[萬善祠|納骨塔]]；"
        "承包廠商[[吉祥|福德|高昇]]殯葬禮儀有限公司（統一編號{BAN}），契約金額新臺幣{N:1:9},{N:10"
        "0:999},000元，"
        "[[許可|施工]]期間至{DT}。[[石碑|墓碑]]{N:1:30}座暫存[[林邊|黃厝|陳厝寮]]段空地。"
    )


# --------------------------------------------------------------------------- assembly

_POSITIVE = {
    "prison": [
        _pr_form,
        _pr_log,
        _pr_call,
        _pr_foreign,
        _pr_line,
        _pr_table,
        _pr_letter,
        _pr_english,
    ],
    "fishing": [_fi_roster, _fi_roster, _fi_letter, _fi_call, _fi_list, _fi_email, _fi_line],
    "care": [_ca_signin, _ca_table, _ca_log, _ca_route, _ca_line, _ca_card, _ca_tribe],
    "disability": [_di_form, _di_letter, _di_log, _di_proxy, _di_email, _di_csv, _di_tribe],
    "bullying": [_bu_interview, _bu_call, _bu_table, _bu_email, _bu_letter, _bu_line, _bu_english],
    "cemetery": [_gr_form, _gr_notice, _gr_log, _gr_call, _gr_table, _gr_english, _gr_tribe],
}
_NEGATIVE = {
    "prison": [_pr_neg_rules, _pr_neg_letter, _pr_neg_stats],
    "fishing": [_fi_neg_notice, _fi_neg_vessel, _fi_neg_catch],
    "care": [_ca_neg_menu, _ca_neg_grant, _ca_neg_stats],
    "disability": [_di_neg_law, _di_neg_clinic, _di_neg_stats],
    "bullying": [_bu_neg_rule, _bu_neg_minutes, _bu_neg_stats],
    "cemetery": [_gr_neg_notice, _gr_neg_fees, _gr_neg_log],
}
_GENRES = list(_POSITIVE)


def generate_heldout57(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the known-names list."""
    r = random.Random(f"heldout57:{seed}")
    names = _Names(r)
    samples: list[Sample] = []
    for _ in range(n):
        genre = r.choice(_GENRES)
        negative = r.random() < _NEGATIVE_SHARE
        doc = _Doc(r, names)
        r.choice(_NEGATIVE[genre] if negative else _POSITIVE[genre])(doc)
        text = "".join(doc.buf)
        samples.append(
            Sample(text=text, spans=doc.spans, hard_negative=negative, known_person=doc.flags)
        )
    return samples, list(names.listed)
