"""Held-out set 22: synthetic Taiwanese agency free text with gold personal-data spans.

Written from the label definitions only, without looking at the scanner. Six genres, each in
several registers: building-permit inspection notes (建管處), public-bus complaint tickets
(公車客訴), sports-centre membership and injury logs (運動中心), prison-visit registers
(監所接見), emergency-relief applications (急難救助) and rent-subsidy review notes (租金補貼).

Labelling conventions:

* PERSON covers the name only, never an honorific (先生, 小姐, 君) or a role word (申請人,
  受刑人, 房東, 承辦人); staff names in signatures are PERSON too. A person mentioned twice is
  two spans.
* PHONE covers the whole number as written, with ``+886``, brackets and an extension (分機,
  #, 轉, ext.) when one is written.
* ADDRESS covers the whole postal address from the postal code (when written) or the county or
  city down to the house number, floor and room.
* BIRTH_DATE covers the date itself (with 民國 when written), not 出生日期 or 生.
* Ordinary dates, amounts, document, case, receipt and permit numbers, companies' 統一編號,
  statutes, places, shops and products are never labelled; hard negatives hold only those.

About a quarter of the samples are hard negatives; about an eighth of the structured values
use full-width forms.
"""

from __future__ import annotations

import calendar
import random
import re
from dataclasses import dataclass

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit


def _words(text: str) -> list[str]:
    return text.split()


LABELS = (
    "PERSON",
    "TW_NATIONAL_ID",
    "TW_RESIDENT_CERT",
    "PHONE",
    "EMAIL",
    "ADDRESS",
    "TW_NHI_CARD",
    "PASSPORT",
    "CREDIT_CARD",
    "BIRTH_DATE",
)

GENRES = ("building", "bus", "sports", "prison", "relief", "rent")

NEGATIVE_RATE = 0.25
FULLWIDTH_RATE = 0.125

# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------

_COMMON_SURNAMES = list("陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高")
_OTHER_SURNAMES = [
    s
    for s in dict.fromkeys(
        "潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀"
        "姚連馮歐程湯田康姜白汪鄒尤巫鐘黎涂龔嚴韓袁金童陸夏柳凃邵錢伍倪溫于譚駱熊任甘秦顧毛"
        "章史官萬俞雷粘饒池崔孔辛易麥殷喬武莫龍段聶符褚郝尹包車練藺闕鄞塗覃冷卜葛滕靳邢宮祝"
        "利蒲柴花房管單姬戚衛鮑苗鳳湛寇閻鞠鄔竇麻賀賈霍齊岳商左谷仇樊昌蒙蘭邰屈艾牛豐時司封"
        "龐賽計滿敖鄺刁揭危巴酆"
    )
    if s not in _COMMON_SURNAMES
]
_COMPOUND_SURNAMES = _words(
    "歐陽 張簡 司徒 諸葛 范姜 上官 皇甫 端木 西門 夏侯 公孫 東方 慕容 令狐 長孫 宇文 鍾離 "
    "南宮 呼延 澹臺 張廖"
)

_GIVEN_2 = {
    "M": _words(
        "志明 俊傑 建宏 家豪 冠宇 承翰 宗翰 柏翰 彥廷 冠廷 宇軒 哲瑋 家銘 志豪 信宏 俊宏 志偉 "
        "建志 文雄 國華 明輝 振興 建國 永福 金龍 進財 清水 福來 榮輝 文彬 正雄 國榮 耀宗 昆霖 "
        "子豪 承恩 品睿 宥辰 宸睿 睿恩 柏宇 博宇 晉瑋 祐誠 維哲 政勳 世傑 振宇 俊賢 宏達 仁傑 "
        "韋辰 秉諺 浩宇 立群 啟明 德明 新發 坤山 萬得 添丁 水木 金生 天賜 炳坤 銘傳 崇德 鴻文 "
        "家瑋 冠霖 威廷 俊廷 宗憲 明哲 奕辰 書豪 嘉宏 育誠 凱翔 子軒 瑞麟 國棟 朝陽 昭明 清標 "
        "文正 武雄 榮華 永昌 有財 順德 松柏 春生 光輝 茂盛 錦堂 燦輝 正義 俊男 英傑 勝雄 信良 "
        "宏銘 家偉 志強 建良 世昌 冠志 孟儒 翊豪 承睿 彥均 柏翔 禹辰 丞佑 恩碩 亮宇 昱廷 紹華 "
        "峻豪 士銘 政宏 偉倫 文龍 敬堯 景翔 育民 俊毅 嘉銘 泓毅 宏恩 哲宇 煒翔 尚恩 廷宇 宇恆 "
        "子睿 軒睿 凱文 俊翰 宗霖 耀德 國輝 明宗 瑞祥 福財 金水 正宏 永森 添福 進興 坤龍 家齊 "
        "俊延 啟銘 子翔 阿福"
    ),
    "F": _words(
        "怡君 雅婷 淑芬 美玲 淑惠 雅雯 佩君 家榛 欣怡 思妤 詩涵 宜蓁 品妍 子晴 雨彤 語涵 佳穎 "
        "婉婷 郁婷 筱涵 心怡 惠玲 秀英 美惠 麗華 玉蘭 秀琴 淑貞 碧霞 月娥 素珍 寶珠 金蓮 玉枝 "
        "秀蓮 美雲 麗卿 雅惠 淑娟 靜宜 佩珊 怡萱 宛儒 芷若 采潔 羽彤 沛晴 亭妤 昕妤 芸熙 以晴 "
        "若瑜 韻如 曉雯 宜芳 惠珍 慧敏 美珠 春嬌 秋月 素卿 麗娟 嘉玲 雅琪 珮瑜 昀蓁 芳瑜 筱雯 "
        "靖雯 瑋婷 姿吟 詠晴 可欣 巧玟 家瑜 育萱 湘婷 怡伶 鈺婷 舒婷 玟琪 淑華 秀鳳 麗美 金鳳 "
        "玉霞 碧玉 素月 美華 雪芬 雅芳 慧君 怡如 佳蓉 思穎 郁涵 詩婷 珮甄 欣妤 羽柔 品萱 芊妤 "
        "巧涵 芯瑜 語彤 晏如 宜庭 俐君 宛臻 玉婷 靜怡 雅萍 美伶 秀娟 麗雪 春美 桂英 玉珍 月霞 "
        "金枝 素娥 彩雲 淑玲 惠美 美鈴 靜芬 佳慧 琬婷 瑞芬 韶芸 雅筑 宜臻 詩雅 語喬 苡安 沐晴 "
        "恩綺 芮綺 玥彤 姵岑 阿滿"
    ),
}
_GIVEN_1 = {
    "M": list("強偉傑豪明剛勇斌龍華宏翔誠凱鈞峰毅勳霖彬昇璋聖浩睿"),
    "F": list("玲芳萍婷涵瑜蓁琪雯琳慧靜潔瑩晴琦薇蕾妍萱蓉嵐穎"),
}

# Wade-Giles / Taiwanese passport spellings of common surnames, for e-mail local parts.
_ROMAN = dict(
    zip(
        _COMMON_SURNAMES,
        _words(
            "chen lin huang chang lee wang wu liu tsai yang hsu cheng hsieh kuo hung tseng chiu "
            "liao lai chou hsu su yeh chuang lu chiang ho hsiao lo kao"
        ),
        strict=True,
    )
)

# Indigenous personal names with a parent's or family name (Han transliteration, romanised).
_IND_FIRST = [
    ("瓦歷斯", "Walis", "M"), ("尤幹", "Yukan", "M"), ("比令", "Piling", "M"),
    ("哈勇", "Hayung", "M"), ("尤命", "Yumin", "M"), ("馬紹", "Masao", "M"),
    ("拉娃", "Lawa", "F"), ("雅外", "Yawai", "F"), ("巴奈", "Panay", "F"),
    ("阿道", "Adaw", "M"), ("吉娃斯", "Kiwas", "F"), ("馬耀", "Mayaw", "M"),
    ("烏瑪芙", "Umav", "F"), ("法拉", "Fala", "F"), ("瑪菲", "Mafi", "F"),
    ("撒古流", "Sakuliu", "M"), ("伊誕", "Etan", "M"), ("卡露斯", "Kalus", "F"),
    ("比雅日", "Biyaz", "M"), ("達瑪", "Dama", "M"), ("伊斯坦大", "Istanda", "M"),
    ("阿布斯", "Abus", "F"), ("夏曼", "Syaman", "M"), ("伊萬", "Iwan", "F"),
    ("古拉斯", "Kulas", "M"), ("姑目", "Kumu", "F"), ("蘇米", "Sumi", "F"),
    ("巴勒", "Pale", "M"), ("娃旦", "Wadan", "F"), ("拉罕", "Lahan", "M"),
]  # fmt: skip
_IND_SECOND = [
    ("諾幹", "Nokan"), ("巴萬", "Pawan"), ("達道", "Tadaw"), ("瓦旦", "Watan"),
    ("尤道", "Yudaw"), ("比厚", "Pihaw"), ("庫穗", "Kusui"), ("吉拉", "Kila"),
    ("卡造", "Kacaw"), ("司拉瑪", "Silama"), ("帕達斯", "Padas"), ("瑪拉歐斯", "Malaos"),
    ("達給斯", "Takis"), ("那都", "Nadu"), ("卡勒", "Kale"), ("蘇拉", "Sula"),
    ("阿浪", "Along"), ("拉拉", "Lala"), ("馬亨", "Mahen"), ("烏茂", "Umaw"),
]  # fmt: skip
_INTERPUNCTS = ("‧", "·")

# Foreign residents: (Han transliteration, Latin) building blocks per nationality.
_VN_SUR = [
    ("阮", "Nguyen"), ("陳", "Tran"), ("黎", "Le"), ("范", "Pham"), ("黃", "Hoang"),
    ("潘", "Phan"), ("武", "Vu"), ("鄧", "Dang"), ("裴", "Bui"), ("杜", "Do"),
    ("胡", "Ho"), ("吳", "Ngo"), ("楊", "Duong"), ("李", "Ly"),
]  # fmt: skip
_VN_GIVEN = {
    "F": [
        ("蘭", "Lan"), ("花", "Hoa"), ("香", "Huong"), ("梅", "Mai"), ("秋", "Thu"),
        ("娥", "Nga"), ("芳", "Phuong"), ("玲", "Linh"), ("妝", "Trang"), ("玉", "Ngoc"),
        ("清", "Thanh"), ("鸞", "Loan"), ("賢", "Hien"), ("雪", "Tuyet"),
    ],
    "M": [
        ("雄", "Hung"), ("南", "Nam"), ("勇", "Dung"), ("俊", "Tuan"), ("明", "Minh"),
        ("孝", "Hieu"), ("德", "Duc"), ("強", "Cuong"), ("光", "Quang"), ("海", "Hai"),
        ("龍", "Long"), ("山", "Son"), ("福", "Phuc"),
    ],
}  # fmt: skip
_ID_FIRST = {
    "F": [
        ("西蒂", "Siti"), ("黛薇", "Dewi"), ("絲麗", "Sri"), ("努兒", "Nur"), ("麗娜", "Rina"),
        ("尤妮", "Yuni"), ("安妮", "Ani"), ("艾卡", "Eka"), ("拉娜", "Ratna"),
        ("茵妲", "Indah"), ("菲特莉", "Fitri"),
    ],
    "M": [
        ("布迪", "Budi"), ("艾科", "Eko"), ("瓦尤", "Wahyu"), ("阿古斯", "Agus"),
        ("佐科", "Joko"), ("德迪", "Dedi"), ("魯迪", "Rudi"), ("漢德拉", "Hendra"),
    ],
}  # fmt: skip
_ID_LAST = [
    ("阿米娜", "Aminah"), ("拉哈尤", "Rahayu"), ("烏蘭達莉", "Wulandari"),
    ("萊絲塔莉", "Lestari"), ("希達亞", "Hidayat"), ("山多索", "Santoso"),
    ("普拉塞提歐", "Prasetyo"), ("庫尼亞灣", "Kurniawan"), ("蘇珊蒂", "Susanti"),
    ("漢達雅妮", "Handayani"), ("塞蒂亞萬", "Setiawan"), ("努哈雅蒂", "Nurhayati"),
]  # fmt: skip
_ID_MONONYM = _words(
    "Suparmi Warsinah Sumiati Karsih Tarmini Rohmah Sulastri Kasmini Wagiyem Sutini Darsih Misrah"
)
_PH_FIRST = {
    "F": [
        ("瑪麗亞", "Maria Cristina"), ("瑪莉葛瑞絲", "Mary Grace"), ("喬瑟琳", "Jocelyn"),
        ("羅薇娜", "Rowena"), ("瑪麗黛絲", "Marites"), ("安娜琳", "Analyn"),
        ("珍妮佛", "Jennifer"), ("羅莎莉", "Rosalie"),
    ],
    "M": [
        ("傑洛姆", "Jerome"), ("馬克安東尼", "Mark Anthony"), ("羅德爾", "Rodel"),
        ("羅尼", "Ronnie"), ("羅密歐", "Romeo"), ("阿內爾", "Arnel"),
    ],
}  # fmt: skip
_PH_LAST = [
    ("桑托斯", "Santos"), ("德拉克魯茲", "Dela Cruz"), ("雷耶斯", "Reyes"),
    ("包蒂斯塔", "Bautista"), ("維拉紐瓦", "Villanueva"), ("加西亞", "Garcia"),
    ("門多薩", "Mendoza"), ("拉莫斯", "Ramos"), ("卡斯蒂略", "Castillo"),
    ("弗洛雷斯", "Flores"), ("馬納洛", "Manalo"), ("帕斯瓜爾", "Pascual"),
]  # fmt: skip
_TH_FIRST = {
    "M": [
        ("頌猜", "Somchai"), ("尼蘭", "Niran"), ("巴瑟", "Prasert"), ("頌薩", "Somsak"),
        ("阿南", "Anan"), ("頌巴", "Sombat"),
    ],
    "F": [("素達", "Suda"), ("甘雅", "Kanya"), ("瑪莉", "Malee"), ("婉妮達", "Wanida")],
}  # fmt: skip
_TH_LAST = [
    ("沙林", "Saelim"), ("汶米", "Boonmee"), ("詩素", "Srisuk"), ("翁薩", "Wongsa"),
    ("猜也蓬", "Chaiyaphum"), ("通迪", "Thongdee"), ("桂坎", "Kaewkham"), ("蓬瑪", "Phromma"),
]  # fmt: skip
_NATIONALITY = {"vn": "越南", "id": "印尼", "ph": "菲律賓", "th": "泰國"}


@dataclass(frozen=True)
class _Name:
    text: str
    gender: str  # "M" or "F"
    kind: str  # "han", "ind" (Indigenous) or "for" (foreign resident)
    nat: str = "tw"  # "tw", "vn", "id", "ph", "th"
    roman: str = ""  # romanised family name for e-mail local parts


def _han_name(rng: random.Random) -> _Name:
    gender = rng.choice("MF")
    r = rng.random()
    if r < 0.07:
        surname = rng.choice(_COMPOUND_SURNAMES)
    elif r < 0.62:
        surname = rng.choice(_COMMON_SURNAMES)
    else:
        surname = rng.choice(_OTHER_SURNAMES)
    given = rng.choice(_GIVEN_1[gender] if rng.random() < 0.1 else _GIVEN_2[gender])
    text = surname + given
    if gender == "F" and len(surname) == 1 and rng.random() < 0.07:  # 冠夫姓
        husband = rng.choice([s for s in _COMMON_SURNAMES if s != surname])
        text = husband + text
        surname = husband
    return _Name(text, gender, "han", "tw", _ROMAN.get(surname, ""))


def _indigenous_name(rng: random.Random) -> _Name:
    han1, lat1, gender = rng.choice(_IND_FIRST)
    han2, lat2 = rng.choice(_IND_SECOND)
    sep = rng.choice(_INTERPUNCTS)
    text = f"{lat1} {lat2}" if rng.random() < 0.3 else f"{han1}{sep}{han2}"
    return _Name(text, gender, "ind", "tw", lat2.lower())


def _foreign_name(rng: random.Random) -> _Name:
    nat = rng.choices(("vn", "id", "ph", "th"), weights=(4, 3, 2, 1))[0]
    gender = "F" if rng.random() < 0.65 else "M"
    latin_form = rng.random() < 0.6
    upper = rng.random() < 0.5
    if nat == "vn":
        sur = rng.choice(_VN_SUR)
        mid = ("氏", "Thi") if gender == "F" else ("文", "Van")
        given = [rng.choice(_VN_GIVEN[gender])]
        if rng.random() < 0.3:
            given.insert(0, rng.choice(_VN_GIVEN[gender]))
        if latin_form:
            text = " ".join([sur[1], mid[1], *(g[1] for g in given)])
        else:
            text = sur[0] + mid[0] + "".join(g[0] for g in given)
        roman = sur[1].lower()
    elif nat == "id":
        if rng.random() < 0.2:
            text = rng.choice(_ID_MONONYM)
            latin_form = True
            roman = text.lower()
        else:
            first, last = rng.choice(_ID_FIRST[gender]), rng.choice(_ID_LAST)
            if latin_form:
                text = f"{first[1]} {last[1]}"
            else:
                text = f"{first[0]}{rng.choice(_INTERPUNCTS)}{last[0]}"
            roman = first[1].lower()
    elif nat == "ph":
        first, last = rng.choice(_PH_FIRST[gender]), rng.choice(_PH_LAST)
        text = f"{first[1]} {last[1]}" if latin_form else f"{first[0]}{'‧'}{last[0]}"
        roman = last[1].lower().replace(" ", "")
    else:
        first, last = rng.choice(_TH_FIRST[gender]), rng.choice(_TH_LAST)
        text = f"{first[1]} {last[1]}" if latin_form else f"{first[0]}{'‧'}{last[0]}"
        roman = first[1].lower()
    if latin_form and upper:
        text = text.upper()
    return _Name(text, gender, "for", nat, roman)


_MAKERS = {"han": _han_name, "ind": _indigenous_name, "for": _foreign_name}


def _kind(rng: random.Random) -> str:
    r = rng.random()
    return "han" if r < 0.74 else "ind" if r < 0.82 else "for"


class _People:
    """The known-names list (an applicant column) and the draw of mentioned names."""

    def __init__(self, rng: random.Random, n: int) -> None:
        used = max(40, n // 5)
        sizes = {"han": int(used * 0.74), "ind": max(4, used // 12), "for": max(8, used // 5)}
        self.pool: dict[str, list[_Name]] = {}
        seen: set[str] = set()
        for kind, size in sizes.items():
            names: list[_Name] = []
            while len(names) < size:
                name = _MAKERS[kind](rng)
                if name.text not in seen:
                    seen.add(name.text)
                    names.append(name)
            self.pool[kind] = names
        unused: list[str] = []  # in the list, never mentioned in any text
        while len(unused) < max(15, n // 10):
            name = _MAKERS[_kind(rng)](rng)
            if name.text not in seen:
                seen.add(name.text)
                unused.append(name.text)
        self.known = [x.text for names in self.pool.values() for x in names] + unused
        rng.shuffle(self.known)
        self.known_set = frozenset(self.known)

    def draw(self, rng: random.Random, kind: str) -> tuple[_Name, bool]:
        if rng.random() < 0.5:
            return rng.choice(self.pool[kind]), True
        while True:
            name = _MAKERS[kind](rng)
            if name.text not in self.known_set:
                return name, False


# --------------------------------------------------------------------------------------------
# Structured values
# --------------------------------------------------------------------------------------------

_FW = {c: chr(c + 0xFEE0) for c in range(0x21, 0x7F)}


def _fullwidth(s: str) -> str:
    return s.translate(_FW)


def _digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


def _national_id(rng: random.Random, gender: str) -> str:
    letter = rng.choice(sorted(LETTER_CODES))
    body = ("1" if gender == "M" else "2") + _digits(rng, 7)
    return letter + body + id_check_digit(letter, body)


def _resident_cert(rng: random.Random, gender: str) -> str:
    letter = rng.choice(sorted(LETTER_CODES))
    if rng.random() < 0.7:  # new form since 2021
        body = ("8" if gender == "M" else "9") + _digits(rng, 7)
        return letter + body + id_check_digit(letter, body)
    second = rng.choice("AC" if gender == "M" else "BD")
    tail = _digits(rng, 7)
    check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
    return letter + second + tail + check


def _mobile_number(rng: random.Random) -> str:
    while True:
        number = "09" + rng.choice("0123456789") + _digits(rng, 7)
        if phone.is_valid(number):
            return number


def _render_mobile(rng: random.Random, number: str) -> str:
    a, b, c = number[:4], number[4:7], number[7:]
    national = number[1:]
    forms = (
        number,
        f"{a}-{b}-{c}",
        f"{a}-{b}{c}",
        f"{a} {b} {c}",
        f"{a}.{b}.{c}",
        f"{a}-{b}-{c}",
        f"+886-{national[:3]}-{b}-{c}",
        f"+886 {national[:3]} {b} {c}",
        f"+886{national}",
        f"({a}){b}-{c}",
        f"{a} {b}{c}",
    )
    return rng.choice(forms)


# (area code, local digits, allowed first local digits)
_AREAS = (
    ("02", 8, "235678"),
    ("02", 8, "2"),
    ("03", 7, "34589"),
    ("037", 6, "2345"),
    ("04", 8, "2"),
    ("04", 7, "78"),
    ("049", 7, "2"),
    ("05", 7, "2356"),
    ("06", 7, "2567"),
    ("07", 7, "35678"),
    ("08", 7, "7"),
    ("089", 6, "3"),
    ("082", 6, "3"),
    ("0836", 5, "2"),
)


def _landline_number(rng: random.Random) -> tuple[str, str]:
    area, size, firsts = rng.choice(_AREAS)
    local = ""
    for _ in range(40):
        local = rng.choice(firsts) + _digits(rng, size - 1)
        if phone.is_valid(area + local):
            break
    return area, local


def _render_landline(rng: random.Random, area: str, local: str, ext: bool) -> str:
    forms = [
        f"{area}-{local}",
        f"({area}) {local}",
        f"({area}){local}",
        f"{area}{local}",
        f"+886 {area[1:]} {local}",
    ]
    if len(local) >= 7:
        cut = 4 if len(local) == 8 else 3
        l1, l2 = local[:cut], local[cut:]
        forms += [
            f"{area}-{l1}-{l2}",
            f"({area}){l1}-{l2}",
            f"{area} {l1} {l2}",
            f"+886-{area[1:]}-{l1}-{l2}",
            f"{area}-{l1}-{l2}",
        ]
    text = rng.choice(forms)
    if ext:
        number = _digits(rng, rng.choice((2, 3, 3, 4)))
        suffix = rng.choice(("分機", " 分機", "#", " #", " ext. ", " ext.", "轉", " 轉", "分機 "))
        text += suffix + number
    return text


_MAIL_DOMAINS = _words(
    "gmail.com gmail.com gmail.com yahoo.com.tw hotmail.com outlook.com ms1.hinet.net "
    "msa.hinet.net pchome.com.tw icloud.com yahoo.com"
)
_MAIL_WORDS = _words(
    "amy kevin jason vivian peggy tony eric judy sandy candy jimmy alice irene wendy jerry grace "
    "momo sunny happy lucky cindy ivy jack ben"
)


def _email(rng: random.Random, name: _Name | None) -> str:
    base = name.roman if name is not None and name.roman else rng.choice(_MAIL_WORDS)
    style = rng.randrange(6)
    if style == 0:
        local = f"{base}{rng.randint(1, 99)}"
    elif style == 1:
        local = f"{rng.choice(_MAIL_WORDS)}.{base}"
    elif style == 2:
        local = f"{base}{rng.randint(1950, 2010)}"
    elif style == 3:
        local = f"{base}_{rng.choice(_MAIL_WORDS)}"
    elif style == 4:
        local = f"{rng.choice('abcdefghjkmnpstwy')}{rng.choice('abcdefghjkmnpstwy')}{base}"
    else:
        local = f"{base}.{rng.choice(_MAIL_WORDS)}{rng.randint(1, 9)}"
    return f"{local}@{rng.choice(_MAIL_DOMAINS)}"


def _nhi(rng: random.Random) -> str:
    number = "0000" + _digits(rng, 8) if rng.random() < 0.65 else "00" + _digits(rng, 10)
    style = rng.randrange(3)
    if style == 0:
        return number
    sep = " " if style == 1 else "-"
    return sep.join((number[:4], number[4:8], number[8:]))


def _passport(rng: random.Random, name: _Name | None) -> str:
    nat = name.nat if name is not None else "tw"
    if nat == "vn":
        return rng.choice("BCN") + _digits(rng, 7)
    if nat == "id":
        return rng.choice("ABCEX") + _digits(rng, 7)
    if nat == "ph":
        return "P" + _digits(rng, 7) + rng.choice("ABC")
    if nat == "th":
        return rng.choice(("AA", "AB", "AC")) + _digits(rng, 7)
    return rng.choice("123") + _digits(rng, 8)


def _luhn_complete(body: str) -> str:
    for d in "0123456789":
        if creditcard.luhn_ok(body + d):
            return body + d
    raise AssertionError("unreachable")


def _credit_card(rng: random.Random) -> str:
    issuer = rng.choices(("visa", "mc", "jcb", "amex", "cup"), weights=(5, 4, 3, 1, 1))[0]
    if issuer == "amex":
        number = _luhn_complete(rng.choice(("34", "37")) + _digits(rng, 12))
        groups = (number[:4], number[4:10], number[10:])
    else:
        prefix = {
            "visa": "4",
            "mc": str(rng.randint(51, 55)),
            "jcb": str(rng.randint(3528, 3589)),
            "cup": "62",
        }[issuer]
        number = _luhn_complete(prefix + _digits(rng, 15 - len(prefix)))
        groups = (number[:4], number[4:8], number[8:12], number[12:])
    style = rng.randrange(4)
    if style == 0:
        return number
    return (" ", "-", " ")[style - 1].join(groups)


_CN_DIGITS = "〇一二三四五六七八九"


def _chinese_number(n: int) -> str:
    """1..199 in Chinese numerals (七十四, 十五, 一百零一)."""
    if n >= 100:
        rest = n - 100
        if rest == 0:
            return "一百"
        if rest < 10:
            return "一百零" + _CN_DIGITS[rest]
        tens, ones = divmod(rest, 10)
        return "一百" + _CN_DIGITS[tens] + "十" + (_CN_DIGITS[ones] if ones else "")
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else _CN_DIGITS[tens]
    return head + "十" + (_CN_DIGITS[ones] if ones else "")


_MONTHS = _words("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC")


def _random_day(rng: random.Random, y0: int, y1: int) -> tuple[int, int, int]:
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    return y, m, rng.randint(1, calendar.monthrange(y, m)[1])


def _birth_date(rng: random.Random, name: _Name | None) -> str:
    y, m, d = _random_day(rng, 1936, 2013)
    roc = y - 1911
    if name is not None and name.kind == "for":
        forms = (
            f"{y}/{m:02d}/{d:02d}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d:02d} {_MONTHS[m - 1]} {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{y}年{m}月{d}日",
        )
    else:
        forms = (
            f"{roc}年{m}月{d}日",
            f"民國{roc}年{m}月{d}日",
            f"民國{roc}年{m:02d}月{d:02d}日",
            f"{roc}.{m:02d}.{d:02d}",
            f"{roc}/{m:02d}/{d:02d}",
            f"{roc:03d}/{m:02d}/{d:02d}",
            f"民{roc}.{m}.{d}",
            f"{roc}.{m}.{d}",
            f"{y}/{m:02d}/{d:02d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{y}年{m}月{d}日",
            f"{y}.{m}.{d}",
            f"民國{_chinese_number(roc)}年{_chinese_number(m)}月{_chinese_number(d)}日",
        )
    return rng.choice(forms)


_ADDRESS_BOOK = {
    "臺北市": [
        ("大安區", "106", "復興南路一段 和平東路二段 信義路四段 敦化南路二段"),
        ("信義區", "110", "松仁路 基隆路一段 忠孝東路五段"),
        ("中山區", "104", "民生東路二段 林森北路 南京東路二段"),
        ("士林區", "111", "中正路 文林路 天母東路"),
        ("文山區", "116", "木柵路二段 興隆路三段 景興路"),
        ("萬華區", "108", "西園路二段 萬大路 康定路"),
        ("北投區", "112", "石牌路一段 中和街 裕民六路"),
    ],
    "新北市": [
        ("板橋區", "220", "文化路一段 中山路二段 四川路二段"),
        ("三重區", "241", "重新路四段 三和路三段 正義北路"),
        ("中和區", "235", "景平路 中正路 員山路"),
        ("新莊區", "242", "中正路 思源路 幸福路"),
        ("新店區", "231", "北新路二段 中興路三段 安康路"),
        ("淡水區", "251", "中山路 英專路 民族路"),
        ("林口區", "244", "文化三路一段 仁愛路二段"),
    ],
    "桃園市": [
        ("桃園區", "330", "中正路 復興路 大興西路二段"),
        ("中壢區", "320", "中央西路二段 環中東路 元化路"),
        ("平鎮區", "324", "延平路三段 環南路"),
        ("楊梅區", "326", "大成路 中山北路一段"),
    ],
    "臺中市": [
        ("西屯區", "407", "臺灣大道三段 逢甲路 福星路"),
        ("北區", "404", "三民路三段 進化路 健行路"),
        ("南屯區", "408", "五權西路二段 大墩路"),
        ("大里區", "412", "德芳南路 國光路二段"),
        ("豐原區", "420", "中正路 圓環東路"),
    ],
    "臺南市": [
        ("東區", "701", "東門路二段 裕農路 崇學路"),
        ("永康區", "710", "中華路 永大路二段"),
        ("安南區", "709", "安和路三段 海佃路一段"),
        ("新營區", "730", "民治路 中山路"),
    ],
    "高雄市": [
        ("三民區", "807", "建工路 九如二路 大昌二路"),
        ("苓雅區", "802", "四維三路 青年二路 光華一路"),
        ("鳳山區", "830", "光遠路 五甲二路 文化路"),
        ("左營區", "813", "博愛二路 裕誠路"),
        ("岡山區", "820", "岡山路 壽天路"),
    ],
    "基隆市": [("仁愛區", "200", "愛三路 仁二路"), ("七堵區", "206", "明德一路 福五街")],
    "新竹市": [("東區", "300", "光復路二段 東大路一段"), ("北區", "300", "經國路一段")],
    "嘉義市": [("西區", "600", "民族路 友愛路"), ("東區", "600", "垂楊路 忠孝路")],
    "新竹縣": [("竹北市", "302", "光明六路 縣政九路"), ("竹東鎮", "310", "長春路三段 東林路")],
    "苗栗縣": [("苗栗市", "360", "中正路 為公路"), ("頭份市", "351", "中華路 自強路")],
    "彰化縣": [("彰化市", "500", "中山路二段 民族路"), ("員林市", "510", "中山路一段 三民街")],
    "南投縣": [("埔里鎮", "545", "中山路三段 東榮路"), ("草屯鎮", "542", "中正路 太平路一段")],
    "雲林縣": [("斗六市", "640", "大學路三段 府前街"), ("虎尾鎮", "632", "林森路一段 光復路")],
    "嘉義縣": [("民雄鄉", "621", "中樂路 建國路二段"), ("太保市", "612", "祥和一路東段")],
    "屏東縣": [("屏東市", "900", "自由路 廣東路"), ("潮州鎮", "920", "新生路 延平路")],
    "宜蘭縣": [("宜蘭市", "260", "中山路三段 神農路二段"), ("羅東鎮", "265", "公正路 中正北路")],
    "花蓮縣": [("花蓮市", "970", "中山路 中正路"), ("吉安鄉", "973", "中央路二段 吉安路一段")],
    "臺東縣": [("臺東市", "950", "中華路一段 更生路"), ("卑南鄉", "954", "太平路")],
    "澎湖縣": [("馬公市", "880", "中正路 光復路")],
    "金門縣": [("金城鎮", "893", "民生路 中興路")],
    "連江縣": [("南竿鄉", "209", "介壽村 復興村")],
}
_VILLAGES = _words("仁里 中興 永安 福德 太平 光明 中正 忠孝 民生 新生 大同 和平")


def _address(rng: random.Random) -> str:
    city = rng.choice(sorted(_ADDRESS_BOOK))
    district, zipcode, roads = rng.choice(_ADDRESS_BOOK[city])
    road = rng.choice(roads.split())
    if city.startswith("臺") and rng.random() < 0.35:
        city = "台" + city[1:]
    parts = [city, district]
    if rng.random() < 0.15 and not road.endswith("村"):
        suffix = "村" if district[-1] in "鄉鎮" else "里"
        parts.append(f"{rng.choice(_VILLAGES)}{suffix}{rng.randint(1, 30)}鄰")
    parts.append(road)
    n = rng.randint(1, 420)
    shape = rng.randrange(10)
    if shape < 5:
        house = f"{n}號"
    elif shape < 7:
        house = f"{rng.randint(1, 300)}巷{n % 80 + 1}號"
    elif shape < 8:
        house = f"{rng.randint(1, 300)}巷{rng.randint(1, 30)}弄{n % 60 + 1}號"
    else:
        house = f"{n}之{rng.randint(1, 6)}號"
    floor = rng.randrange(9)
    f = rng.randint(2, 15)
    if floor == 1:
        house += f"{f}樓"
    elif floor == 2:
        house += f"{f}樓之{rng.randint(1, 8)}"
    elif floor == 3:
        house += f"{_chinese_number(f)}樓"
    elif floor == 4:
        house += f"{f}F"
    elif floor == 5:
        house += f"{f}樓{rng.randint(1, 20)}室"
    parts.append(house)
    sep = " " if rng.random() < 0.1 else ""
    text = sep.join(parts[:2]) + "".join(parts[2:]) if sep else "".join(parts)
    if rng.random() < 0.2:
        code = zipcode + (_digits(rng, 2) if rng.random() < 0.5 else "")
        text = code + rng.choice(("", " ")) + text
    return text


# --------------------------------------------------------------------------------------------
# Non-personal fillers (the look-alikes of hard negatives and the context of positives)
# --------------------------------------------------------------------------------------------


def _ordinary_date(rng: random.Random) -> str:
    y, m, d = _random_day(rng, 2023, 2025)
    roc = y - 1911
    forms = (
        f"{roc}年{m}月{d}日",
        f"{roc}年{m}月{d}日",
        f"{roc}/{m:02d}/{d:02d}",
        f"{y}-{m:02d}-{d:02d}",
        f"{y}/{m}/{d}",
        f"{m}月{d}日",
        f"{roc}.{m:02d}.{d:02d}",
        f"{y}年{m}月{d}日",
    )
    text = rng.choice(forms)
    if rng.random() < 0.15:
        text += f"（{'一二三四五六日'[calendar.weekday(y, m, d)]}）"
    return text


def _time(rng: random.Random) -> str:
    h, mi = rng.randint(7, 21), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
    return rng.choice(
        (
            f"{h:02d}:{mi:02d}",
            f"{h}:{mi:02d}",
            f"{'上午' if h < 12 else '下午'}{h if h <= 12 else h - 12}時",
            f"{'上午' if h < 12 else '下午'}{h if h <= 12 else h - 12}點{'半' if mi >= 30 else ''}",
        )
    )


def _docno(rng: random.Random) -> str:
    head = rng.choice(
        (
            "府授工字第",
            "北市都建字第",
            "北市社助字第",
            "新北工建字第",
            "中市都建字第",
            "高市工務建字第",
            "府社救字第",
            "法矯署安字第",
            "交路字第",
            "北市體管字第",
            "台內國字第",
        )
    )
    return f"{head}{rng.randint(112, 114)}{_digits(rng, 7)}號"


def _case_number(rng: random.Random) -> str:
    roc = rng.randint(112, 114)
    return rng.choice(
        (
            f"{roc}-{rng.randint(1, 9999):04d}",
            f"{roc}{rng.randint(1, 12):02d}{_digits(rng, 5)}",
            f"TP-{roc}-{rng.randint(1, 999):03d}",
            f"{roc}年度第{rng.randint(1, 999)}號",
        )
    )


def _ticket(rng: random.Random) -> str:
    roc, m, d = rng.randint(112, 114), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        (
            f"C{roc}{m:02d}{d:02d}-{rng.randint(1, 999):04d}",
            f"{roc}{m:02d}{d:02d}-{rng.randint(1, 99):03d}",
            f"BUS-{roc}-{_digits(rng, 5)}",
        )
    )


def _receipt(rng: random.Random) -> str:
    return rng.choice("RAN") + f"{rng.randint(112, 114)}" + _digits(rng, 7)


def _permit(rng: random.Random) -> str:
    roc = rng.randint(105, 114)
    kind = rng.choice(("建", "使", "拆", "雜"))
    return rng.choice(
        (
            f"({roc}){kind}字第{rng.randint(1, 999):04d}號",
            f"{roc}{kind}字第{rng.randint(1, 999):04d}號",
            f"({roc})北市都建字第{rng.randint(1, 999):05d}號",
        )
    )


def _rent_number(rng: random.Random) -> str:
    return f"{rng.randint(112, 114)}R{_digits(rng, 7)}"


def _form_number(rng: random.Random) -> str:
    """An ID-shaped internal form number (letter + 11x + 7 digits) whose checksum fails."""
    while True:
        text = rng.choice("ABFHT") + str(rng.randint(112, 114)) + _digits(rng, 6)
        if not twid.is_valid(text) and not arc.is_valid(text):
            return text


def _amount(rng: random.Random) -> str:
    k = rng.choice((1, 2, 3, 5, 6, 8, 10, 12, 15, 20, 30, 36))
    return rng.choice(
        (
            f"新臺幣{k}萬元",
            f"NT${k * 1000:,}",
            f"{k * 100:,}元",
            f"新台幣{'壹貳參伍陸捌'[k % 6]}萬元整",
            f"{k * 1000:,}元",
            f"{k}萬{rng.choice((2, 5))}千元",
        )
    )


def _ban(rng: random.Random) -> str:
    while True:
        number = _digits(rng, 8)
        if ban.is_valid(number):
            return number


def _virtual_account(rng: random.Random) -> str:
    """A payment-slip virtual account (issuer prefix 99 is no card issuer)."""
    number = "99" + _digits(rng, 12)
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def _plate(rng: random.Random) -> str:
    return rng.choice(("KKA", "KKB", "EAL", "EAA", "KAA", "FAB")) + f"-{rng.randint(1, 9999):04d}"


def _model(rng: random.Random) -> str:
    return rng.choice(("T5", "SR", "XC", "PRO", "RB")) + f"-{rng.randint(10, 990)}"


_ROUTES = _words("307 262 紅30 藍1 綠2 棕9 橘2 小6 敦化幹線 忠孝新幹線 9103 1815 299 652 5 18")
_STOPS = _words(
    "捷運公館站 臺大醫院 中山國中 松山車站 民權東路口 市政府站 板橋車站 中正紀念堂 逢甲大學"
)
_COMPANIES = _words(
    "大成營造股份有限公司 富宇建設股份有限公司 宏昇營造有限公司 鼎泰工程顧問有限公司 "
    "青田室內裝修有限公司 立方機電工程行 永信建設股份有限公司"
)
_BUS_COMPANIES = _words(
    "首都客運 大都會客運 三重客運 欣欣客運 國光客運 指南客運 臺中客運 高雄客運 統聯客運"
)
_TECH_COMPANIES = _words("華夏智慧交通股份有限公司 宇晨資訊有限公司 中華電信股份有限公司")
_GYM_COMPANIES = _words("遠東健身事業股份有限公司 中國青年救國團 元氣運動管理顧問有限公司")
_HOUSE_COMPANIES = _words(
    "永慶物業管理顧問股份有限公司 安欣社會住宅代管有限公司 台灣房屋租賃管理股份有限公司"
)
_GYMS = _words(
    "中正運動中心 大安運動中心 北投運動中心 板橋國民運動中心 桃園國民運動中心 鳳山運動園區"
)
_PRISONS = _words("臺北監獄 臺中監獄 高雄第二監獄 桃園女子監獄 臺北看守所 新竹監獄 花蓮監獄")
_HOSPITALS = _words(
    "臺大醫院 馬偕醫院 臺北榮總 亞東醫院 林口長庚 中國醫藥大學附設醫院 高雄醫學大學附設醫院"
)
_SHOPS = _words(
    "林記豆漿 陳家蚵仔煎 王記水煎包 黃媽媽便當 吳家鐵板燒 林鳳營鮮奶 張君雅小妹妹點心麵 "
    "王子麵 郭元益 黑松汽水 金門高粱 李鵠餅店 曾記麻糬 乖乖"
)
_KIN = {
    "M": _words("父親 兒子 胞兄 弟弟 配偶 朋友 同居人 祖父 外公 兒子"),
    "F": _words("母親 女兒 胞妹 姊姊 配偶 朋友 同居人 祖母 外婆 母親"),
}
_LAWS = {
    "B": "建築法第25條 建築法第86條 建築法第77條 違章建築處理辦法第5條 公寓大廈管理條例第8條",
    "T": "公路法第77條 汽車運輸業管理規則第19條 大眾運輸補貼辦法第12條 消費者保護法第19條",
    "P": "監獄行刑法第67條 監獄行刑法第72條 羈押法第56條 受刑人接見寄入物品辦法第3條",
    "R": "社會救助法第21條 社會救助法第5條之1 急難救助實施辦法第4條 社會救助法施行細則第8條",
    "H": "住宅法第9條 住宅法第10條 租賃住宅市場發展及管理條例第4條 住宅補貼辦法第5條",
}


# --------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------
# Blocks start with "## <genre> <pos|neg>". In a line, «a|b» picks one alternative and {X} is a
# placeholder; a line starting with "?" is optional, one starting with "*" is a repeated table or
# list row; a physical line ending with "~" continues on the next one.

_TEMPLATES = """
## building pos
主旨：有關{ADDR}建築物«違章增建|頂樓加蓋|擅自變更使用»案，~
復請查照。
說明：
一、復{P}{HON}«於|»{DATE}«之|»陳情書。
二、旨揭建物經本處於{DATE}派員«會勘|現場勘查»，確有~
«鐵皮增建|外推陽臺|增設夾層»情事，已依{LAWB}列管。
?三、所有權人{P}（身分證統一編號：{IDX}）應於文到«15|30»日內~
自行改善，逾期將依法«強制拆除|處以罰鍰»。
?四、如有疑義請洽本處承辦人{S}，電話{TELX}。
正本：{=1}{HON}

## building pos
{DATE} {TIME} 會勘 {ADDR}
在場：«起造人|所有權人»{P}、«建築師{P}|設計人{P}建築師»、本處{S}
?現場聯絡人：{P} {MOB}
現況：«外牆磁磚剝落約5平方公尺|頂加已自行拆除，僅餘基座|~
一樓騎樓堆放雜物，已口頭勸導|鐵門深鎖無法進入，已張貼通知單»
?後續：«兩週後複勘|移拆除大隊|函請管委會說明»

## building pos
建築物公共安全檢查申報 補正通知
申報人姓名：{P}
?出生日期：{BD}
身分證字號：{IDX}
通訊地址：{ADDR}
聯絡電話：{PHONE}
?電子信箱：{EMAIL}
補正事項：«缺少專業檢查人簽證|防火避難設施檢查表漏填|平面圖比例不符|使用執照影本不清»
?承辦：{S}

## building pos
民眾來電（{TIME}）：「喂，我«是|叫»{P}啦，住{ADDR}，隔壁~
«在打牆壁|在頂樓加蓋|把防火巷堵起來»«打了一個禮拜|好幾天了»，~
你們可不可以來看一下？我手機{MOB}。」
處理：已派{S}«前往勘查|排定{DATE}會勘»。

## building pos
«頂樓違建|騎樓占用|防火巷違建»列管名冊（{DATE}）
序號｜姓名｜證號｜聯絡電話｜建物地址
*{I}｜{P}｜{IDX}｜{PHONE}｜{ADDR}

## building pos
«回電|電洽»{P}{HON} {PHONE}«，未接|，約定{DATE}會勘|，表示已自行拆除»。

## building pos
«宏築|立方|青田»建築師事務所 來函：本所受{P}委託辦理{ADDR}~
«室內裝修審查|變更使用執照»，檢附圖說«3|5»份。
聯絡人：{P}
Tel：{TEL}
E-mail：{EMAIL}

## building pos
陳情人{P}«表示|稱»樓上住戶{P}«擅自|私自»打除«樑柱|樓板»，~
«管委會主委|總幹事»{P}«已到場|不願處理»。陳情人電話：{PHONE}。

## building neg
主旨：檢送本市{DIST}«都市更新|老舊建築耐震補強»說明會會議紀錄乙份，請查照。
說明：
一、依本府{DATE}{DOCNO}函辦理。
二、說明會訂於{DATE} {TIME}假{DIST}公所«3樓禮堂|第一會議室»舉行，~
«周邊|轄內»住戶均可參加。
?三、依{LAWB}規定，補助上限為{AMT}。
正本：«{DIST}公所|各里辦公處»

## building neg
{CO}（統一編號{BAN}）申請{DIST}{ROAD}«新建|增建|修建»工程，~
建造執照{PERMIT}，«放樣|基礎|1樓版»勘驗日期{DATE}，經查~
«梁柱|管線|樓梯間»配置與核准圖說相符，准予備查。

## building neg
違章建築查報統計（{MONTH}）
- 新查報：{N}件
- 已拆除：{N}件
- 罰鍰合計：{AMT}
?- 民眾陳情：{N}件（«高架橋下|黃昏市場周邊|林務局宿舍»）
備註：依{LAWB}«連續|按次»處罰。

## building neg
民眾陳情（匿名）：{ROAD}與{ROAD}口«工地|建案»«施工|打樁»噪音，«白天|黃昏»«連續|每天»施作，~
請派員稽查；已轉{CO}處理，案號{CASENO}。

## building neg
罰鍰繳款通知（收文編號{FORM}）
處分書字號：{DOCNO}
罰鍰金額：{AMT}
繳款帳號（虛擬帳號）：{VACCT}
繳款期限：{DATE}
依據：{LAWB}

## bus pos
客訴單號：{TICKET}
受理日期：{DATE} {TIME}
路線：{ROUTE}　車號：{PLATE}
陳情人：{P}{HON}
聯絡方式：«{MOB}|{EMAIL}|{MOB}／{EMAIL}|{PHONE}»
陳情內容：«司機過站不停|司機急煞導致乘客跌倒|車上冷氣不冷|司機態度不佳，口出惡言|~
未等乘客坐穩即起步|提早發車»
?駕駛：{P}
處理情形：«已約談駕駛並記點|已調閱行車紀錄器|已回電陳情人說明|轉{BUSCO}查處»。

## bus pos
乘客{P}«來電|臨櫃»表示：「我今天坐{ROUTE}，在{STOP}按鈴了司機都不停，~
«害我遲到|我坐過頭三站»，我要投訴！«你們打|回電打»{MOB}給我。」

## bus pos
寄件者：{P} <{EMAIL}>
主旨：{ROUTE}«路|»公車司機«態度問題|開車太快»
您好，我於{DATE} {TIME}搭乘{ROUTE}（車號{PLATE}），«司機一路講手機|~
在{STOP}站急煞，我母親差點跌倒|司機對長者很不客氣»，希望貴公司改善。
?我的電話是{PHONE}，請回覆。
{=1} 敬上

## bus pos
«行車事故|車內跌倒»處理紀錄
時間：{DATE} {TIME}，路線{ROUTE}，車號{PLATE}
傷者：{P}，出生«年月日|日期»{BD}
身分證：{IDX}
?健保卡號：{NHI}
傷勢：«右手腕擦傷|膝蓋瘀青|頭部撞擊，意識清楚»，送{HOSP}
家屬：{P}（{KIN}）{MOB}
?地址：{ADDR}

## bus pos
失物招領登記：{DATE}於{ROUTE}車上拾獲«皮夾|手提包»，內有«信用卡|金融卡與信用卡»~
（卡號{CC}）«及身分證|»，«失主|持卡人»{P}已«來電|到站»認領，電話{PHONE}。

## bus pos
目擊乘客：{P}、{P}«、{P}|»
«聯絡電話依序為|電話»{MOB}、{MOB}

## bus pos
駕駛{P}«陳述|說明»：「那位«小姐|先生»一上車就罵人，我«沒有|並沒有»回嘴。」~
«站務員|調度員»{S}«在場|可作證»。

## bus neg
{ROUTE}路線自{DATE}起配合{ROAD}«施工|道路改善工程»改道，«周邊|沿線»«3|4|5»站位暫停停靠，~
請各場站«張貼|公告»週知。

## bus neg
客訴統計（{MONTH}）：{ROUTE}路{N}件、{ROUTE}路{N}件；~
{BUSCO}依{LAWT}«扣減補貼|處罰鍰»{AMT}。

## bus neg
車號{PLATE}於{DATE} {TIME}在{ROAD}與{ROAD}口«擦撞路樹|後照鏡擦撞電桿»，無人受傷，~
案號{CASENO}，«保險|車損»金額{AMT}。

## bus neg
«公車動態系統|電子站牌»異常通報
通報單號：{TICKET}
站位：{STOP}（{ROUTE}）
狀況：«顯示「末班已駛離」但仍有班次|站牌LED不亮|到站時間誤差過大»
維修廠商：{TECHCO}（統編{BAN}）
預計完成：{DATE}

## sports pos
會員基本資料
姓名：{P}
性別：{SEX}
出生日期：{BD}
«身分證字號|證號»：{IDX}
手機：{MOB}
?E-mail：{EMAIL}
?通訊地址：{ADDR}
緊急聯絡人：{P}（{KIN}） {PHONE}

## sports pos
{DATE} {TIME} «游泳池|重訓室|羽球場|SPA區»：«救生員|值班教練»{S}發現會員{P}~
«滑倒|抽筋|自器材跌落»，«頭部撞擊地面|左膝擦傷流血|腳踝扭傷»，«已冰敷|已包紮»~
並通知家屬{P}（{MOB}），«119送{HOSP}|自行返家休養»。

## sports pos
退費申請：{P}{HON}申請«季卡|年卡|12堂課程»退費，退款刷退至原«信用卡|刷卡卡片»~
（{CC}），金額{AMT}，«經理|主任»{S}核可。

## sports pos
«飛輪|瑜珈|皮拉提斯|長青太極|兒童游泳»課程 候補名單（{DATE}）
*{I}. {P} {MOB}
?以上請於«3|5»日內«完成繳費|回覆»。

## sports pos
外籍會員{PF}（{NAT}籍）辦理«月票|季卡»，«居留證|外來人口統一證號»{ARC}~
«，護照號碼{PP}|»，聯絡電話{MOB}，«工作地點|住址»{ADDR}。

## sports pos
事件說明（會員口述）：「我是{P}，«那天|{DATE}»在«跑步機|重訓區»~
«被旁邊的人撞到|器材突然停掉»，«膝蓋|手肘»到現在還在痛，你們要負責。~
«我健保卡號{NHI}|我證號{IDX}»你們可以去查。」
紀錄：{S}

## sports pos
{P}：«游泳|重訓»«月票|季票»到期，已«簡訊|電話»通知 {MOB}«。|，本人表示不續約。»

## sports neg
公告：本中心«游泳池|SPA池»於{DATE}至{DATE}«清洗換水|設備保養»，暫停開放；~
«月票|季票»會員自動展延{N}日，«周邊|鄰近»{GYM}可«免費|優惠»使用。

## sports neg
«飛輪|瑜珈|皮拉提斯»課程費用：每堂{AMT}，«早鳥|團報»優惠«9|85»折，~
«報名截止|繳費期限»{DATE}。營運廠商{GYMCO}（統編{BAN}）。

## sports neg
設備報修單 {CASENO}
品項：«跑步機|划船機|飛輪車»（«型號|序號» {MODEL}）
狀況：«皮帶異音|螢幕不亮|阻力無法調整»
保固：至{DATE}
?費用：{AMT}

## sports neg
池水檢測（{DATE}）：水溫«27|28»度，餘氯«0.8|1.0»ppm，pH«7.2|7.4»，~
均符合«游泳池管理規範|衛生標準»；«溫度|酸鹼值»記錄表已張貼於«櫃台|入口»。

## prison pos
接見登記
日期：{DATE}　梯次：第{N}梯
受刑人：{P}
接見人：{P}（{KIN}）
«身分證|證號»：{IDX}
?出生日期：{BD}
電話：{PHONE}
?住址：{ADDR}

## prison pos
{PRISON} 接見登記簿 {DATE}
梯次\t受刑人\t接見人\t關係\t證號
*{N}\t{P}\t{P}\t{KIN}\t{IDX}

## prison pos
{DATE} {TIME}，{PF}持外來人口統一證號{ARC}申請接見«同居人|男友|朋友»{P}，~
經查«非最近親屬|未事先預約»，«不准接見|改約下週»«，聯絡電話{MOB}|，已當面告知»。

## prison pos
電話預約：{P}（{MOB}）預約{DATE}接見{P}。
來電者表示：「我是他{KIN1}啦，上次«有來過|身分證忘了帶»，«這次會帶|可以用健保卡嗎»？」

## prison pos
外籍«配偶|親屬»接見申請
申請人：{PF}
國籍：{NAT}
護照號碼：{PP}
?出生日期：{BD}
受刑人：{P}，關係：«配偶|配偶|同居人|朋友»
?在臺聯絡電話：{PHONE}

## prison pos
寄入«保管金|菜金»：{P}寄給受刑人{P}，金額{AMT}，收據號碼{RECEIPT}，~
寄款人«地址|住址»{ADDR}。

## prison neg
依{LAWP}規定，接見時間每次以30分鐘為限；{PRISON}自{DATE}起開放~
«線上預約|遠距接見»，每日{N}梯次。

## prison neg
寄入物品規定（{DATE}修正）
一、«罐頭|玻璃瓶裝|含酒精»食品不得寄入。
二、«水果|書報雜誌»每次以«5|3»公斤為限。
三、保管金每月上限{AMT}。
?四、相關規定請參閱{PRISON}網站«公告|常見問題»。

## prison neg
«懇親|家屬»活動：{PRISON}訂於{DATE} {TIME}舉辦«春節|母親節|中秋節»懇親會，~
«連續|共»{N}場，採«網路|臨櫃»預約，名額«60|80|100»組；依本署{DOCNO}函辦理。

## relief pos
申請人{P}（身分證統一編號{IDX}，{BD}生）設籍{ADDR}，因~
«配偶過世|主要生計者罹患重病|住所火災|負擔家計者失業»致生活陷困，經~
«里長|村長»{P}«轉介|通報»，建議核發急難救助金{AMT}。

## relief pos
訪視紀錄（{DATE}，社工{S}）
案主：{P}，{AAGE}歲，«獨居|與子女同住|與配偶同住»
家戶成員：
*- {P}（{KIN}，{AGE}歲）
?案主自述：「«工廠關了以後就沒有收入|醫藥費太多|房東要我們搬走»，~
«房租已經欠三個月|小孩還在讀書»。」
評估：«符合|建議»急難救助«5,000元|1萬元|2萬元»。

## relief pos
社工{S}«訪視|電訪»：案主{P}表示「我«健保卡號是|健保卡號»{NHI}，~
身分證«在火災燒掉了|還在補辦»」，«已協助|將協助»申請補發。

## relief pos
急難救助申請表
申請人姓名：{P}
出生年月日：{BD}
身分證統一編號：{IDX}
戶籍地址：{ADDR}
?現住地址：{ADDR}
聯絡電話：{PHONE}
申請事由：«負擔家計者死亡|罹患重傷病|遭逢火災|失業»
?村里長：{P}
?承辦人：{S}

## relief pos
新住民{PF}（{NAT}籍，居留證{ARC}）因«配偶過世|遭家暴離家»，無力負擔~
«子女學費|房租|醫療費»，由«{DIST}公所|社福中心»轉介，聯絡人：«本人|{P}»，電話{MOB}。

## relief pos
«核定|撥款»：{P} {AMT}（{DATE}）«已入帳|待撥»

## relief pos
里長{P}來電：「我們里有一個{P}，«家裡失火|家人過世|中風住院»，很可憐，~
«住在|在»{ADDR}，你們可以去看看嗎？」里長電話{PHONE}。

## relief neg
急難救助{MONTH}核發統計：核定{N}案、不予核定{N}案，金額合計{AMT}；~
依{LAWR}辦理，«經費|餘額»尚餘{AMT}。

## relief neg
主旨：«轉知|檢送»{MONTH}«寒冬送暖|急難紓困»專案執行«注意事項|說明»，請查照。
說明：
一、依本府{DATE}{DOCNO}函辦理。
二、受理期間：{DATE}至{DATE}。
?三、«詳細|相關»規定請依{LAWR}辦理。

## relief neg
物資«發放|盤點»紀錄（{DATE}）：«白米|罐頭|奶粉»{N}箱，«{SHOP}|{CO}|{HOUSECO}»捐贈，~
收據編號{RECEIPT}，«保存期限|包裝»«檢查|確認»無誤。

## relief neg
收文編號{FORM}：{DIST}公所函送急難救助案{N}件，經查«程序|表件»完備，~
«許可|同意»撥款{AMT}，公文文號{DOCNO}。

## rent pos
申請人：{P}
身分證統一編號：{IDX}
?出生日期：{BD}
租賃地址：{ADDR}
出租人：{P}
出租人電話：{PHONE}
審查結果：«符合|不符合|待補件»
?備註：«家庭年所得超過標準|租約未經公證|申請人名下有自有住宅|租金與市價差距過大»

## rent pos
{P}«君|»申請«單身|新婚|育兒|青年»租金補貼，租約地址{ADDR}，房東{P}«不同意|同意»~
«報稅|提供謄本»；{DATE}已電詢申請人{MOB}。

## rent pos
寄件人：{EMAIL}
您好，我是{P}，«上個月|{DATE}»申請租金補貼，«案號|受理編號»{RENTNO}，~
想請問«審核進度|何時撥款»？我的«手機是{MOB}|電話是{PHONE}»，謝謝。

## rent pos
家庭成員｜身分證｜出生日期
*{P}｜{IDX}｜{BD}

## rent pos
房東{P}來電：「«我房客|那個房客»{P}«說要申請補貼|一直要我蓋章»，~
我«不想|沒辦法»報稅啦，«你們不要|不要再»打給我。」（來電號碼{PHONE}）

## rent pos
複審：{RENTNO} {P}／{IDX}／«月租|租金»{AMT}／«核定|退件»

## rent pos
{PF}（{NAT}籍配偶，居留證號{ARC}«，護照號碼{PP}|»）«與|跟»配偶{PH}«承租|租住»~
{ADDR}，«撥款帳戶已確認|待補租約»。

## rent neg
«300億元中央擴大租金補貼專案|租金補貼»：{DATE}起受理，每月補貼«2,000元至8,000元|最高5,000元»，~
依{LAWH}辦理，受理編號以「{RENTNO}」格式編列。

## rent neg
租金補貼審查進度（{MONTH}）
- 受理：{N}件
- 核定：{N}件
- 退件：{N}件（«家庭年所得超過|自有住宅|租約未公證»）
撥款金額合計：{AMT}

## rent neg
«包租代管|社會住宅»業者{HOUSECO}（統一編號{BAN}）辦理{DIST}{N}戶«出租|媒合»，~
«管理費|服務費»每月{AMT}；«許可|登記»字號{DOCNO}。

## rent neg
租金補貼«說明會|受理櫃台»：{DATE} {TIME}於{DIST}公所«2樓|1樓大廳»，~
«林口|楊梅|高雄»地區申請人«請|可»攜帶租約影本，«連續|週末»假日暫停受理。
"""


def _parse_templates(text: str) -> dict[tuple[str, str], list[tuple[str, ...]]]:
    out: dict[tuple[str, str], list[tuple[str, ...]]] = {}
    for block in text.split("## ")[1:]:
        head, _, body = block.partition("\n")
        genre, kind = head.split()
        lines = body.strip().replace("~\n", "").split("\n")
        out.setdefault((genre, kind), []).append(tuple(lines))
    return out


TEMPLATES = _parse_templates(_TEMPLATES)

_ALTERNATIVE = re.compile(r"«([^«»]*)»")
_PLACEHOLDER = re.compile(r"\{(=\d?|[A-Z]+1?)\}")
_PERSON_KEYS = {"P": None, "PH": "han", "PF": "for", "PI": "ind", "S": "han"}


class _Builder:
    def __init__(self, rng: random.Random, people: _People) -> None:
        self.rng = rng
        self.people = people
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []
        self.mentioned: list[tuple[_Name, bool]] = []
        self.last: _Name | None = None
        self.row = 0

    def put(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def value(self, s: str, label: str, *, fullwidth: float = FULLWIDTH_RATE) -> None:
        if label != "PERSON" and self.rng.random() < fullwidth:
            s = _fullwidth(s)
        self.spans.append((self.pos, self.pos + len(s), label))
        self.put(s)

    def person(self, name: _Name, known: bool) -> None:
        self.value(name.text, "PERSON")
        self.known.append(known)
        self.mentioned.append((name, known))
        self.last = name

    def render(self, lines: tuple[str, ...]) -> None:
        first = True
        for raw in lines:
            line = raw
            if line.startswith("?"):
                if self.rng.random() < 0.5:
                    continue
                line = line[1:]
            reps = 1
            if line.startswith("*"):
                reps = self.rng.randint(1, 4)
                line = line[1:]
                self.row = 0
            for _ in range(reps):
                self.row += 1
                if not first:
                    self.put("\n")
                first = False
                self.line(line)

    def line(self, line: str) -> None:
        rng = self.rng
        chosen = _ALTERNATIVE.sub(lambda m: rng.choice(m.group(1).split("|")), line)
        pieces = _PLACEHOLDER.split(chosen)
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                if piece:
                    self.put(piece)
            else:
                self.placeholder(piece)

    def placeholder(self, key: str) -> None:
        rng = self.rng
        last = self.last
        if key in _PERSON_KEYS:
            kind = _PERSON_KEYS[key] or _kind(rng)
            self.person(*self.people.draw(rng, kind))
        elif key.startswith("="):
            name, known = self.mentioned[int(key[1:]) - 1 if key[1:] else -1]
            self.person(name, known)
        elif key == "HON":
            if last is None or last.kind == "for":
                self.put(rng.choice(("", "先生" if last and last.gender == "M" else "小姐")))
            elif last.gender == "M":
                self.put(rng.choice(("先生", "先生", "君", "")))
            else:
                self.put(rng.choice(("小姐", "女士", "小姐", "")))
        elif key in ("KIN", "KIN1"):
            who = self.mentioned[0][0] if key == "KIN1" and self.mentioned else last
            self.put(rng.choice(_KIN[who.gender if who else rng.choice("MF")]))
        elif key == "SEX":
            self.put("男" if last is not None and last.gender == "M" else "女")
        elif key == "NAT":
            self.put(_NATIONALITY.get(last.nat if last else "vn", "越南"))
        elif key == "IDX":
            gender = last.gender if last else rng.choice("MF")
            if last is not None and last.kind == "for":
                self.value(_resident_cert(rng, gender), "TW_RESIDENT_CERT")
            else:
                self.value(_national_id(rng, gender), "TW_NATIONAL_ID")
        elif key == "ARC":
            self.value(_resident_cert(rng, last.gender if last else "F"), "TW_RESIDENT_CERT")
        elif key in ("MOB", "TEL", "TELX", "PHONE"):
            mobile = key == "MOB" or (key == "PHONE" and rng.random() < 0.55)
            if mobile:
                text = _render_mobile(rng, _mobile_number(rng))
            else:
                area, local = _landline_number(rng)
                ext = key == "TELX" or (key != "MOB" and rng.random() < 0.15)
                text = _render_landline(rng, area, local, ext)
            self.value(text, "PHONE")
        elif key == "EMAIL":
            self.value(_email(rng, last), "EMAIL", fullwidth=FULLWIDTH_RATE / 2)
        elif key == "ADDR":
            self.value(_address(rng), "ADDRESS")
        elif key == "NHI":
            self.value(_nhi(rng), "TW_NHI_CARD")
        elif key == "PP":
            self.value(_passport(rng, last), "PASSPORT")
        elif key == "CC":
            self.value(_credit_card(rng), "CREDIT_CARD")
        elif key == "BD":
            self.value(_birth_date(rng, last), "BIRTH_DATE")
        elif key == "I":
            self.put(str(self.row))
        else:
            self.put(self.filler(key))

    def filler(self, key: str) -> str:
        rng = self.rng
        if key.startswith("LAW"):
            return rng.choice(_LAWS[key[3:]].split())
        simple = {
            "DATE": _ordinary_date,
            "TIME": _time,
            "DOCNO": _docno,
            "CASENO": _case_number,
            "TICKET": _ticket,
            "RECEIPT": _receipt,
            "PERMIT": _permit,
            "RENTNO": _rent_number,
            "FORM": _form_number,
            "AMT": _amount,
            "BAN": _ban,
            "VACCT": _virtual_account,
            "PLATE": _plate,
            "MODEL": _model,
        }
        if key in simple:
            return simple[key](rng)
        if key == "MONTH":
            y, m = rng.randint(2023, 2025), rng.randint(1, 12)
            return rng.choice((f"{y - 1911}年{m}月", f"{y}年{m}月", f"{y - 1911}年度"))
        if key == "ROAD":
            city = rng.choice([c for c in sorted(_ADDRESS_BOOK) if c != "連江縣"])
            return rng.choice(rng.choice(_ADDRESS_BOOK[city])[2].split())
        if key == "DIST":
            city = rng.choice(sorted(_ADDRESS_BOOK))
            return rng.choice(_ADDRESS_BOOK[city])[0]
        if key == "N":
            return str(rng.randint(1, 30))
        if key == "AAGE":
            return str(rng.randint(24, 88))
        if key == "AGE":
            return str(rng.randint(3, 92))
        pools = {
            "ROUTE": _ROUTES,
            "STOP": _STOPS,
            "CO": _COMPANIES,
            "BUSCO": _BUS_COMPANIES,
            "TECHCO": _TECH_COMPANIES,
            "GYMCO": _GYM_COMPANIES,
            "HOUSECO": _HOUSE_COMPANIES,
            "GYM": _GYMS,
            "PRISON": _PRISONS,
            "HOSP": _HOSPITALS,
            "SHOP": _SHOPS,
        }
        return rng.choice(pools[key])

    def text(self) -> str:
        return "".join(self.parts)


# --------------------------------------------------------------------------------------------
# Stray look-alikes: regenerate a sample whose unlabelled text happens to hold a valid value
# --------------------------------------------------------------------------------------------

_FOLD = {c + 0xFEE0: c for c in range(0x21, 0x7F)} | {0x3000: 0x20}
_ID_SHAPE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]{9}(?![A-Za-z0-9])")
_CARD_SHAPE = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")
_MAIL_SHAPE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_PHONE_SHAPE = re.compile(r"(?<![\dA-Za-z])[+(]?\d[\d ().+-]{6,}\d(?!\d)")
_DIGIT_RUN = re.compile(r"\d[\d ().+-]*\d")


def _outside(spans: list[tuple[int, int, str]], start: int, end: int) -> bool:
    return all(end <= s or start >= e for s, e, _ in spans)


def _stray(text: str, spans: list[tuple[int, int, str]], negative: bool) -> bool:
    folded = text.translate(_FOLD)
    for m in _ID_SHAPE.finditer(folded):
        if _outside(spans, *m.span()) and (twid.is_valid(m[0]) or arc.is_valid(m[0])):
            return True
    for m in _CARD_SHAPE.finditer(folded):
        if _outside(spans, *m.span()) and creditcard.is_valid(m[0]):
            return True
    if any(_outside(spans, *m.span()) for m in _MAIL_SHAPE.finditer(folded)):
        return True
    if negative:
        for m in _PHONE_SHAPE.finditer(folded):
            dialled = m[0].lstrip("(")
            if dialled.startswith(("0", "+")) and phone.is_plausible(m[0]):
                return True
            if phone.is_mobile(m[0]):
                return True
        for m in _DIGIT_RUN.finditer(folded):
            digits = re.sub(r"\D", "", m[0])
            if re.search(r"8869\d{8}|09\d{8}", digits):
                return True
    return False


def _one(rng: random.Random, people: _People, negative: bool) -> Sample:
    genre = rng.choice(GENRES)
    kind = "neg" if negative else "pos"
    for _ in range(100):
        builder = _Builder(rng, people)
        builder.render(rng.choice(TEMPLATES[(genre, kind)]))
        text = builder.text()
        if negative and builder.spans:
            raise AssertionError("a negative template produced a span")
        if not negative and not builder.spans:
            continue
        if _stray(text, builder.spans, negative):
            continue
        return Sample(text, builder.spans, negative, builder.known)
    raise AssertionError("could not build a clean sample")


def generate_heldout22(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the known-names list."""
    rng = random.Random(seed)
    people = _People(rng, n)
    samples = [_one(rng, people, rng.random() < NEGATIVE_RATE) for _ in range(n)]
    return samples, list(people.known)
