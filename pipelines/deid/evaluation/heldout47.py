"""Held-out synthetic test set 47 for the free-text personal-data scanner.

Written blind, without reading the scanner, its recognizers or name lists, or any other
evaluation set. The texts imitate how staff of Taiwanese agencies write in six genres: court
and administrative debt enforcement, Indigenous reserved-land files, public-housing rent
arrears and evictions, registered-mail delivery and pick-up logs, community mental-health
case notes, and sports-event registration and medical-incident logs. About a quarter of the
samples are hard negatives holding only public or non-personal look-alikes (document, case
and receipt numbers, companies' BANs, statute articles, amounts, ordinary dates, place,
organisation and product names, words that begin with a surname character).

Structured values are built with the identifier helpers so that every gold value is valid,
and every sample is re-checked: no valid national ID, resident certificate, card number,
e-mail address, mobile-number shape or known name may occur outside the gold spans.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

__all__ = ["generate_heldout47"]

_DIGITS = "0123456789"


def _words(text: str) -> list[str]:
    """The space-separated items of a word list."""
    return text.split()


_FULL = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})
_HALF = str.maketrans({chr(0xFF01 + i): chr(0x21 + i) for i in range(94)} | {"\u3000": " "})
_FULLWIDTH_RATE = 0.125
_NEGATIVE_RATE = 0.25
_KNOWN_RATE = 0.5

# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------

_SURNAMES = tuple(
    dict.fromkeys(
        "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧"
        "梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀姚連馮歐程湯黎田康姜白汪鄒"
        "尤巫鐘涂龔嚴韓袁金童陸夏柳凃邵錢伍倪溫于譚駱熊任甘秦顧毛章史官萬俞雷粘饒闕凌崔尹孔辛"
        "武辜陶段龍韋葛池孟褚殷麥賀賈莫文管關向包丘梅華利裴樊房全佘花祝左鮑塗練車穆易喬鄞卜封"
        "常艾聶應岳滕冷單談苗戚宮湛烏郝仲柴閻冉冼亓仉璩酆浦郁植麻巴龐諶邢嵇盛"
    )
)
_COMMON_SURNAMES = _SURNAMES[:32]
_COMPOUND_SURNAMES = _words(
    "歐陽 張簡 范姜 司徒 上官 諸葛 司馬 夏侯 東方 公孫 皇甫 慕容 端木 長孫 西門 鍾離 尉遲 令狐 "
    "張廖 呼延"
)

_GIVEN_F = _words(
    "淑芬 淑惠 美玲 雅婷 怡君 雅雯 佩君 怡婷 欣怡 佳穎 宜蓁 詩涵 思妤 品妍 子晴 雨柔 語彤 芷瑄 "
    "宥蓁 心妍 佳蓉 婉婷 靜怡 惠如 麗娟 秀玲 美華 玉珍 淑貞 麗珠 素娥 月英 碧珠 秀蘭 玉蘭 春美 "
    "美珠 秀英 美玉 春嬌 金枝 罔市 月娥 素珠 秀琴 麗華 美惠 碧霞 秀鳳 玉梅 寶珠 招治 月霞 錦雲 "
    "家瑜 郁婷 筱涵 庭瑜 于婷 姿穎 宛臻 依婷 巧玲 明慧 曉薇 嘉琪 珮瑜 蕙如 韻如 羽彤 沛晴 亭妤 "
    "芸熙 玟伶 怡萱 采潔 若瑜 意婷 湘芸 瑞萍 秀娟 慧君 玉霞 麗卿 麗雪 淑娟 金鳳 美雲 秀梅 麗玉 "
    "雪芬 雅惠 美雪 佳玲 雅芳 惠萍 淑華 玉芳 鈺婷 曉君 馨儀 曉雯 珮琪 雅琪 詩婷 佳慧 若彤 昀蓁 "
    "語晴 品萱 以琳 亞筑 苡安 芯瑜 可欣 韋伶 芳瑜 莉雯 婕妤 霈瑄 采妮 宜庭 潔安 欣妤 靖雯 楚涵 "
    "舒婷 曼君 育萱 珈瑩 麗蓉 碧雲 淑敏 秀枝 阿秀 阿嬌 罔腰 玉葉 雪梅 鳳嬌 素蘭 綉琴 美鳳 瓊瑤 "
    "麗美 秋菊 冬梅 碧蓮 靜宜 佩珊 念慈 思穎 宜珊 欣蓓 立婷 姵君 瑀彤 禹彤 晏如 舒涵 映彤 詠晴"
)
_GIVEN_M = _words(
    "志明 俊傑 建宏 家豪 志偉 冠宇 宗翰 承恩 柏翰 宇軒 品睿 承翰 彥廷 冠廷 俊宏 文雄 國雄 建志 "
    "志豪 家銘 明輝 信宏 振宇 峻瑋 宏達 偉倫 哲瑋 正雄 金水 阿土 火旺 添丁 清標 萬福 春生 明德 "
    "榮輝 進財 天賜 炳坤 朝宗 海山 永福 金龍 振興 世昌 文彬 德政 東昇 武雄 耀宗 崇仁 國棟 智凱 "
    "育誠 士豪 冠霖 柏宇 宥勳 睿哲 子恆 昱廷 宸宇 奕辰 浩然 柏諺 子翔 宇恩 少華 尚霖 俊男 仁傑 "
    "嘉偉 志成 文忠 炎林 勝雄 福來 慶祥 有財 坤山 振豐 義雄 忠信 木火 金城 天佑 英豪 俊賢 立群 "
    "鴻文 致遠 博文 孟儒 韋志 晉瑋 昭明 政宏 瑞麟 建成 維哲 永昌 新民 順發 鎮東 敬堯 皓宇 柏均 "
    "祐安 宇翔 建良 正義 銘傳 家興 泰山 阿明 水木 清水 興旺 榮發 登輝 錦松 茂林 松柏 聰明 進興 "
    "智明 書豪 彥宏 志遠 承志 柏霖 軒宇 恩碩 睿恩 秉宏 世豪 耿良 國華 兆鴻 啟明 凱文 晨皓 廷恩"
)
_SINGLE_F = _words(
    "婷 芳 靜 萍 玲 琳 蓉 慧 娟 珍 雯 瑩 薇 嫻 菁 茹 娜 潔 燕 霞 鳳 蘭 嬌 妮 瑜 盈 柔"
)
_SINGLE_M = _words("偉 強 勇 軍 傑 峰 斌 豪 翔 凱 輝 誠 哲 彬 昇 龍 彪 寬 毅 皓 鈞 銘 煌 豐 崑 鑫")

# Indigenous personal names: (Han transliteration, romanised, female?)
_IND_GIVEN = (
    ("瓦歷斯", "Walis", False), ("尤幹", "Yukan", False), ("瓦旦", "Watan", False),
    ("哈勇", "Hayung", False), ("達利", "Tali", False), ("羅幸", "Losin", False),
    ("比浩", "Pihu", False), ("巴度", "Batu", False), ("雅布", "Yabu", False),
    ("鐵木", "Temu", False), ("比穗", "Pisuy", True), ("拉娃", "Lawa", True),
    ("伊婉", "Iwan", True), ("亞外", "Yaway", True), ("莎韻", "Sayun", True),
    ("雅尤", "Yayut", True), ("吉娃斯", "Ciwas", True), ("巴奈", "Panay", True),
    ("谷拉斯", "Kolas", False), ("查勞", "Calaw", False), ("東妮", "Dongi", True),
    ("伊幸", "Ising", True), ("卡造", "Kacaw", False), ("阿度", "Ado", True),
    ("撒可努", "Sakinu", False), ("慕阿凱", "Muakai", True), ("拉瓦烏斯", "Lavaus", False),
    ("伊斯坦大", "Istanda", False), ("比勇", "Biung", False), ("達瑪", "Tama", False),
    ("阿布絲", "Abus", True), ("布袞", "Bukun", False), ("達虎", "Dahu", False),
    ("伊布", "Ibu", True), ("伏幼", "Voyu", False), ("奧威尼", "Auvini", False),
    ("巴萬", "Pawan", False), ("拉拜", "Labay", True), ("尤道", "Yudaw", False),
    ("依拜", "Ipay", True), ("屋彬", "Ubing", True), ("夏曼", "Syaman", False),
    ("希南", "Sinan", True), ("夏本", "Syapen", False), ("瑪雅", "Maya", True),
    ("娃旦", "Watan", True), ("舞炫", "Vusam", False), ("杜夢", "Dumun", True),
)  # fmt: skip
_IND_SECOND = (
    ("諾幹", "Nokan"), ("羅信", "Losin"), ("達納比瑪", "Tanapima"), ("藍波安", "Rapongan"),
    ("勒凱", "Lekal"), ("達給伴阿斯", "Takbanuaz"), ("伊斯立端", "Islituan"),
    ("巴瓦瓦隆", "Pavavalung"), ("瑪法琉", "Mavaliw"), ("達拉萬", "Talavan"),
    ("尤幹", "Yukan"), ("瓦旦", "Watan"), ("哈勇", "Hayung"), ("比浩", "Pihu"),
    ("馬紹", "Masaw"), ("阿紀", "Aki"), ("帖木", "Temu"), ("巴萬", "Pawan"),
    ("法拉克", "Falah"), ("卡斯瓦樂", "Kaswalr"), ("拉夫琅斯", "Lavulangus"),
    ("伊斯瑪哈單", "Ismahasan"), ("谷木", "Kumu"), ("撒韻", "Sayun"), ("杜瑪", "Tuma"),
    ("巴力", "Pali"), ("吉洛", "Ciro"), ("阿給", "Akiy"),
)  # fmt: skip

_VN_SUR = (
    ("Nguyen", "阮"), ("Tran", "陳"), ("Le", "黎"), ("Pham", "范"), ("Hoang", "黃"),
    ("Phan", "潘"), ("Vu", "武"), ("Dang", "鄧"), ("Bui", "裴"), ("Do", "杜"), ("Ho", "胡"),
    ("Ngo", "吳"), ("Duong", "楊"), ("Ly", "李"), ("Dinh", "丁"), ("Truong", "張"),
)  # fmt: skip
_VN_MID_F = (("Thi", "氏"), ("Thi", "氏"), ("Thi", "氏"), ("Ngoc", "玉"), ("Thu", "秋"))
_VN_MID_M = (("Van", "文"), ("Van", "文"), ("Duc", "德"), ("Minh", "明"), ("Quoc", "國"))
_VN_GIVEN_F = (
    ("Hoa", "花"), ("Lan", "蘭"), ("Mai", "梅"), ("Huong", "香"), ("Hang", "姮"),
    ("Hanh", "幸"), ("Linh", "玲"), ("Trang", "妝"), ("Phuong", "芳"), ("Yen", "燕"),
    ("Nhung", "絨"), ("Thao", "草"), ("Ngan", "銀"), ("Tuyet", "雪"), ("Diep", "蝶"),
    ("Loan", "鸞"), ("Nga", "娥"), ("Thuy", "翠"),
)  # fmt: skip
_VN_GIVEN_M = (
    ("Nam", "南"), ("Hung", "雄"), ("Dung", "勇"), ("Tuan", "俊"), ("Hai", "海"),
    ("Long", "龍"), ("Quang", "光"), ("Son", "山"), ("Thang", "勝"), ("Cuong", "強"),
    ("Binh", "平"), ("Phuc", "福"), ("Khanh", "慶"), ("Tai", "才"),
)  # fmt: skip
_ID_GIVEN_F = (
    ("Siti", "西蒂"), ("Dewi", "黛薇"), ("Sri", "絲莉"), ("Nur", "努兒"), ("Rina", "莉娜"),
    ("Wati", "瓦蒂"), ("Yanti", "燕蒂"), ("Lestari", "蕾絲塔莉"), ("Ani", "安妮"),
    ("Sumiati", "蘇米亞蒂"), ("Eka", "艾卡"), ("Ratna", "拉特娜"), ("Fitri", "菲特莉"),
    ("Indah", "印達"), ("Sulastri", "蘇拉絲蒂"), ("Wahyuni", "瓦悠妮"), ("Aminah", "阿米娜"),
    ("Kartini", "卡蒂妮"), ("Rohmah", "洛瑪"), ("Susanti", "蘇珊蒂"),
)  # fmt: skip
_ID_GIVEN_M = (
    ("Agus", "阿古斯"), ("Budi", "布迪"), ("Eko", "艾可"), ("Joko", "佐科"),
    ("Slamet", "斯拉梅"), ("Hadi", "哈迪"), ("Ahmad", "阿赫瑪"), ("Rizky", "里斯基"),
    ("Bambang", "班邦"), ("Teguh", "德古"), ("Wahyu", "瓦尤"), ("Dedi", "德迪"),
    ("Yusuf", "尤素福"), ("Arif", "阿里夫"),
)  # fmt: skip
_PH_GIVEN_F = (
    ("Maria", "瑪麗亞"), ("Ana", "安娜"), ("Jennifer", "珍妮佛"), ("Maricel", "瑪莉瑟"),
    ("Rowena", "蘿薇娜"), ("Lorna", "蘿娜"), ("Jocelyn", "喬瑟琳"), ("Marites", "瑪莉特絲"),
    ("Cristina", "克莉絲汀娜"), ("Rosalie", "蘿莎莉"), ("Grace", "葛瑞絲"), ("Joy", "喬伊"),
    ("Mary Ann", "瑪莉安"),
)  # fmt: skip
_PH_GIVEN_M = (
    ("Jose", "荷西"), ("Juan", "胡安"), ("Mark", "馬克"), ("John Paul", "約翰保羅"),
    ("Ramon", "拉蒙"), ("Eduardo", "愛德華多"), ("Rodel", "羅德爾"), ("Ariel", "艾瑞爾"),
    ("Romeo", "羅密歐"), ("Noel", "諾埃爾"),
)  # fmt: skip
_PH_SUR = (
    ("Santos", "桑托斯"), ("Reyes", "雷耶斯"), ("Cruz", "克魯茲"), ("Dela Cruz", "德拉克魯茲"),
    ("Bautista", "包蒂斯塔"), ("Garcia", "賈西亞"), ("Mendoza", "門多薩"), ("Ramos", "拉莫斯"),
    ("Aquino", "艾奎諾"), ("Villanueva", "維拉紐瓦"), ("Castillo", "卡斯蒂略"),
    ("Flores", "弗洛雷斯"), ("Navarro", "納瓦羅"), ("Torres", "托雷斯"),
    ("Gonzales", "岡薩雷斯"), ("De Guzman", "德古茲曼"),
)  # fmt: skip
_TH_GIVEN_F = (
    ("Siriporn", "西麗蓬"), ("Malee", "瑪莉"), ("Sunisa", "蘇妮莎"), ("Kanya", "甘雅"),
    ("Ratana", "拉塔娜"), ("Pranee", "帕妮"), ("Nittaya", "妮達雅"), ("Wanida", "瓦妮達"),
)  # fmt: skip
_TH_GIVEN_M = (
    ("Somchai", "頌猜"), ("Somsak", "頌薩"), ("Anan", "阿南"), ("Prasert", "巴實"),
    ("Surachai", "素拉猜"), ("Boonsong", "汶頌"), ("Chaiwat", "差瓦"), ("Niran", "尼蘭"),
    ("Wichai", "威猜"),
)  # fmt: skip
_TH_SUR = (
    ("Saetang", "謝當"), ("Wongsa", "旺薩"), ("Srisuk", "詩素"), ("Boonmee", "汶米"),
    ("Chaiyaphum", "猜亞蓬"), ("Phromma", "蓬瑪"), ("Kaewkham", "蓋坎"), ("Thongdee", "通迪"),
    ("Sukjai", "素齋"), ("Intharat", "因塔拉"),
)  # fmt: skip
_NATIONALITY = {"vn": "越南", "id": "印尼", "ph": "菲律賓", "th": "泰國"}


@dataclass(frozen=True)
class _Person:
    name: str
    female: bool
    kind: str  # "han", "ind" (Indigenous traditional name) or "for" (foreign resident)
    nat: str = ""  # nationality code of foreign residents


def _interpunct(rng: random.Random) -> str:
    return rng.choice(("‧", "‧", "‧", "·", "・"))


def _han_person(rng: random.Random, female: bool) -> _Person:
    r = rng.random()
    if r < 0.07:
        surname = rng.choice(_COMPOUND_SURNAMES)
    elif r < 0.6:
        surname = rng.choice(_COMMON_SURNAMES)
    else:
        surname = rng.choice(_SURNAMES)
    if female and r >= 0.07 and rng.random() < 0.09:  # 冠夫姓: husband's surname first
        husband = rng.choice(_COMMON_SURNAMES)
        if husband != surname:
            return _Person(husband + surname + rng.choice(_GIVEN_F), True, "han")
    if rng.random() < 0.1:
        given = rng.choice(_SINGLE_F if female else _SINGLE_M)
    else:
        given = rng.choice(_GIVEN_F if female else _GIVEN_M)
    return _Person(surname + given, female, "han")


def _indigenous_person(rng: random.Random, female: bool) -> _Person:
    pool = [g for g in _IND_GIVEN if g[2] == female]
    han, latin, _ = rng.choice(pool)
    second_han, second_latin = rng.choice(_IND_SECOND)
    r = rng.random()
    if r < 0.72:
        name = han + _interpunct(rng) + second_han
    elif r < 0.8:
        dot = _interpunct(rng)  # e.g. Bunun: personal name, family name, Han given name
        name = han + dot + second_han + dot + rng.choice(_GIVEN_F if female else _GIVEN_M)
    elif r < 0.94:
        name = f"{latin} {second_latin}"
    else:
        name = f"{latin} {second_latin}".upper()
    return _Person(name, female, "ind")


def _foreign_person(rng: random.Random, female: bool) -> _Person:
    nat = rng.choice(("vn", "vn", "vn", "vn", "id", "id", "id", "ph", "ph", "th"))
    latin_form = rng.random() < 0.55
    dot = _interpunct(rng)
    if nat == "vn":
        sur = rng.choice(_VN_SUR)
        mid = rng.choice(_VN_MID_F if female else _VN_MID_M)
        given = [rng.choice(_VN_GIVEN_F if female else _VN_GIVEN_M)]
        if rng.random() < 0.25:
            given.insert(0, rng.choice(_VN_GIVEN_F if female else _VN_GIVEN_M))
        parts = [sur, mid, *given]
        name = " ".join(p[0] for p in parts) if latin_form else "".join(p[1] for p in parts)
    elif nat == "id":
        pool = _ID_GIVEN_F if female else _ID_GIVEN_M
        first, second = rng.sample(pool, 2)
        parts = [first] if rng.random() < 0.3 else [first, second]  # many are mononymic
        sep = " " if latin_form else dot
        name = sep.join(p[0] if latin_form else p[1] for p in parts)
    elif nat == "ph":
        first = rng.choice(_PH_GIVEN_F if female else _PH_GIVEN_M)
        sur = rng.choice(_PH_SUR)
        if latin_form:
            initial = f" {rng.choice('ABCDGLMPRSTV')}." if rng.random() < 0.2 else ""
            name = f"{first[0]}{initial} {sur[0]}"
        else:
            name = first[1] + dot + sur[1]
    else:
        first = rng.choice(_TH_GIVEN_F if female else _TH_GIVEN_M)
        sur = rng.choice(_TH_SUR)
        name = f"{first[0]} {sur[0]}" if latin_form else first[1] + dot + sur[1]
    if latin_form and rng.random() < 0.35:
        name = name.upper()
    return _Person(name, female, "for", nat)


def _make_person(rng: random.Random, kind: str, female: bool | None) -> _Person:
    if female is None:
        female = rng.random() < (0.7 if kind == "for" else 0.5)
    if kind == "ind":
        return _indigenous_person(rng, female)
    if kind == "for":
        return _foreign_person(rng, female)
    return _han_person(rng, female)


# --------------------------------------------------------------------------------------------
# Structured values (all valid by construction, checked with the identifier helpers)
# --------------------------------------------------------------------------------------------


def _digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice(_DIGITS) for _ in range(k))


def _maybe_full(rng: random.Random, value: str) -> str:
    """Full-width the value (or only its digits) with the set's full-width rate."""
    if rng.random() >= _FULLWIDTH_RATE:
        return value
    if rng.random() < 0.3:
        return "".join(c.translate(_FULL) if c.isdigit() else c for c in value)
    return value.translate(_FULL)


_ID_LETTERS = "ABCDEFGHJKMNPQTUVWXZ" * 3 + "ILORSY"


def _national_id(rng: random.Random) -> str:
    letter = rng.choice(_ID_LETTERS)
    body = rng.choice("12") + _digits(rng, 7)
    value = letter + body + id_check_digit(letter, body)
    r = rng.random()
    if r < 0.04:
        value = value[0].lower() + value[1:]
    elif r < 0.07:
        value = value[0] + " " + value[1:]
    out = _maybe_full(rng, value)
    assert twid.is_valid(out)
    return out


def _resident_cert(rng: random.Random) -> str:
    letter = rng.choice(_ID_LETTERS)
    if rng.random() < 0.6:  # new form since 2021: letter, 8/9, seven digits, check digit
        body = rng.choice("89") + _digits(rng, 7)
        value = letter + body + id_check_digit(letter, body)
    else:  # old form: two letters, eight digits
        second = rng.choice("ABCD")
        tail = _digits(rng, 7)
        value = (
            letter + second + tail + id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
        )
    out = _maybe_full(rng, value)
    assert arc.is_valid(out) and not twid.is_valid(out)
    return out


def _mobile(rng: random.Random) -> str:
    while True:
        d = "09" + _digits(rng, 8)
        if phone.is_valid(d):
            break
    forms = (
        (d, 6),
        (f"{d[:4]}-{d[4:7]}-{d[7:]}", 8),
        (f"{d[:4]}-{d[4:]}", 3),
        (f"{d[:4]} {d[4:7]} {d[7:]}", 3),
        (f"{d[:4]}.{d[4:7]}.{d[7:]}", 1),
        (f"({d[:4]}){d[4:7]}-{d[7:]}", 1),
        (f"+886 {d[1:4]} {d[4:7]} {d[7:]}", 2),
        (f"+886-{d[1:4]}-{d[4:7]}-{d[7:]}", 1),
        (f"+886{d[1:]}", 1),
        (f"886-{d[1:4]}-{d[4:]}", 1),
        (f"{d[:4]}-{d[4:6]}-{d[6:8]}-{d[8:]}", 1),
    )
    value = rng.choices([f for f, _ in forms], weights=[w for _, w in forms])[0]
    value = _maybe_full(rng, value)
    if not phone.is_valid(value):
        value = f"{d[:4]}-{d[4:7]}-{d[7:]}"
    return value


# (area code, local digits, weight)
_AREAS = (
    ("02", 8, 10), ("03", 7, 5), ("037", 6, 1), ("04", 8, 4), ("04", 7, 1), ("049", 7, 1),
    ("05", 7, 2), ("06", 7, 3), ("07", 7, 4), ("08", 7, 2), ("089", 6, 1), ("082", 6, 1),
    ("0836", 5, 1),
)  # fmt: skip


def _landline_digits(rng: random.Random) -> tuple[str, str]:
    area, size, _ = rng.choices(_AREAS, weights=[a[2] for a in _AREAS])[0]
    local = ""
    for _ in range(12):  # prefer numbers libphonenumber knows; the plan shape always holds
        if area == "04" and size == 8:
            local = "2" + rng.choice("2345") + _digits(rng, 6)
        elif area == "04":
            local = rng.choice("78") + _digits(rng, 6)
        elif area == "02":
            local = rng.choice("2345678") + _digits(rng, 7)
        else:
            local = rng.choice("2345789") + _digits(rng, size - 1)
        if phone.is_valid(area + local):
            break
    return area, local


def _extension(rng: random.Random) -> str:
    ext = str(rng.randint(10, 9999))
    form = rng.choice(("#", " #", "分機", " 分機", "轉", " ext.", " ext. ", "分機 "))
    return form + ext


def _landline(rng: random.Random, ext_rate: float) -> str:
    area, local = _landline_digits(rng)
    if len(local) == 8:
        a, b = local[:4], local[4:]
    elif len(local) >= 6:
        a, b = local[:3], local[3:]
    else:
        a, b = local[:2], local[2:]
    forms = (
        (f"({area}){a}-{b}", 5),
        (f"{area}-{a}-{b}", 4),
        (f"{area}-{local}", 5),
        (f"({area}) {a} {b}", 1),
        (f"({area}){local}", 2),
        (f"{area}{local}", 2),
        (f"{area} {a} {b}", 1),
        (f"（{area}）{a}-{b}", 1),
        (f"+886-{area[1:]}-{a}-{b}", 1),
        (f"+886 {area[1:]} {local}", 1),
    )
    value = rng.choices([f for f, _ in forms], weights=[w for _, w in forms])[0]
    if rng.random() < ext_rate:
        value += _extension(rng)
    value = _maybe_full(rng, value)
    if not phone.is_plausible(value):
        value = f"{area}-{local}"
    return value


def _office_phone(rng: random.Random) -> str:
    if rng.random() < 0.1:
        for _ in range(10):
            d = "0800" + _digits(rng, 6)
            if phone.is_valid(d):
                return rng.choice((f"{d[:4]}-{d[4:7]}-{d[7:]}", d, f"{d[:4]}-{d[4:]}"))
    return _landline(rng, 0.65)


_ROMAN_SURNAMES = _words(
    "chen lin huang chang lee wang wu liu tsai yang hsu cheng hsieh hung kuo chiu tseng liao "
    "lai chou yeh su chuang lu chiang ho hsiao lo kao pan chien chu chung yu peng chan hu shih"
)
_HANDLES = _words(
    "amy kevin jason vicky momo tiger happy lulu ken peggy judy eric alan grace winnie bear "
    "apple star blue sunny mike cindy tina allen jerry ivy rita sam tony coco maggie runner "
    "panda fish rain ocean yuki kiki jimmy wendy"
)
_MAIL_DOMAINS = (
    ("gmail.com", 10), ("yahoo.com.tw", 5), ("hotmail.com", 3), ("outlook.com", 2),
    ("msa.hinet.net", 2), ("ms45.hinet.net", 1), ("icloud.com", 1), ("pchome.com.tw", 1),
    ("livemail.tw", 1), ("kimo.com", 1), ("gmail.com.tw", 1),
)  # fmt: skip
_EMAIL_SHAPE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def _email(rng: random.Random) -> str:
    sur = rng.choice(_ROMAN_SURNAMES)
    handle = rng.choice(_HANDLES)
    num = rng.choice(
        ("", "", str(rng.randint(60, 99)), str(rng.randint(1960, 2006)), _digits(rng, 3))
    )
    local = rng.choice(
        (
            f"{handle}{num}",
            f"{sur}.{handle}",
            f"{handle}_{sur}{num}",
            f"{sur}{handle}{num}",
            f"{handle[0]}{sur}{num}",
            f"{handle}.{sur}{num}",
            f"{sur}{num or rng.randint(1, 99)}",
        )
    )
    if rng.random() < 0.1:
        local = local.capitalize()
    domain = rng.choices([d for d, _ in _MAIL_DOMAINS], weights=[w for _, w in _MAIL_DOMAINS])[0]
    value = f"{local}@{domain}"
    assert _EMAIL_SHAPE.fullmatch(value)
    return value.translate(_FULL) if rng.random() < 0.08 else value


def _nhi_card(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.65:
        d = "0000" + _digits(rng, 8)
    elif r < 0.85:
        d = "000" + _digits(rng, 9)
    else:
        d = _digits(rng, 12)
    value = rng.choice((d, d, f"{d[:4]} {d[4:8]} {d[8:]}", f"{d[:4]}-{d[4:8]}-{d[8:]}"))
    return _maybe_full(rng, value)


def _passport_number(rng: random.Random, nat: str) -> str:
    if nat == "tw":
        value = "3" + rng.choice("0123455") + _digits(rng, 7)
    elif nat == "vn":
        value = rng.choice("CCBN") + _digits(rng, 7)
    elif nat == "id":
        value = rng.choice("ABCXE") + _digits(rng, 7)
    elif nat == "ph":
        if rng.random() < 0.6:
            value = "P" + _digits(rng, 7) + rng.choice("ABC")
        else:
            value = rng.choice(("EB", "EC")) + _digits(rng, 7)
    else:
        value = rng.choice(("AA", "AB", "AC")) + _digits(rng, 7)
    return _maybe_full(rng, value)


_CARD_KINDS = (
    (("4",), 16, 8), (("51", "52", "53", "54", "55"), 16, 5),
    (("3528", "3540", "3566", "3589"), 16, 3), (("34", "37"), 15, 1), (("62",), 16, 1),
)  # fmt: skip


def _card_number(rng: random.Random) -> str:
    prefixes, length, _ = rng.choices(_CARD_KINDS, weights=[k[2] for k in _CARD_KINDS])[0]
    body = rng.choice(prefixes)
    body += _digits(rng, length - len(body) - 1)
    d = next(c for c in _DIGITS if creditcard.luhn_ok(body + c))
    n = body + d
    fours = [n[i : i + 4] for i in range(0, 16, 4)]
    groups = [n[:4], n[4:10], n[10:]] if length == 15 else fours
    value = rng.choice((" ", " ", "-", "-", "")).join(groups)
    value = _maybe_full(rng, value)
    assert creditcard.is_valid(value)
    return value


_MONTH_ABBR = _words("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC")


def _birth_date(rng: random.Random) -> str:
    d = date(1938, 1, 1) + timedelta(days=rng.randrange(25500))
    y, m, dd = d.year, d.month, d.day
    r = y - 1911
    forms = (
        (f"民國{r}年{m}月{dd}日", 4),
        (f"{r}年{m}月{dd}日", 5),
        (f"{r}.{m:02}.{dd:02}", 3),
        (f"{r:03}/{m:02}/{dd:02}", 2),
        (f"{r}/{m}/{dd}", 2),
        (f"{r:03}{m:02}{dd:02}", 2),
        (f"民國{r}.{m}.{dd}", 1),
        (f"{y}-{m:02}-{dd:02}", 3),
        (f"{y}/{m}/{dd}", 3),
        (f"{y}年{m}月{dd}日", 3),
        (f"{y}.{m:02}.{dd:02}", 1),
        (f"{y}/{m:02}/{dd:02}", 2),
        (f"{dd:02}/{m:02}/{y}", 1),
        (f"{dd:02} {_MONTH_ABBR[m - 1]} {y}", 1),
    )
    value = rng.choices([f for f, _ in forms], weights=[w for _, w in forms])[0]
    if rng.random() < _FULLWIDTH_RATE:
        value = "".join(c.translate(_FULL) if c in "0123456789/.-" else c for c in value)
    return value


# Addresses ---------------------------------------------------------------------------------

_DISTRICTS = {
    "臺北市": "中正區100 大同區103 中山區104 松山區105 大安區106 萬華區108 信義區110 士林區111 "
    "北投區112 內湖區114 南港區115 文山區116",
    "新北市": "板橋區220 三重區241 中和區235 永和區234 新莊區242 新店區231 土城區236 蘆洲區247 "
    "汐止區221 樹林區238 淡水區251 烏來區233",
    "桃園市": "桃園區330 中壢區320 平鎮區324 八德區334 楊梅區326 龜山區333 復興區336 大溪區335",
    "臺中市": "中區400 東區401 南區402 西區403 北區404 西屯區407 南屯區408 北屯區406 豐原區420 "
    "大里區412 太平區411 和平區424",
    "臺南市": "中西區700 東區701 南區702 北區704 安平區708 安南區709 永康區710 新營區730 仁德區717",
    "高雄市": "新興區800 前金區801 苓雅區802 鹽埕區803 鼓山區804 前鎮區806 三民區807 楠梓區811 "
    "小港區812 左營區813 鳳山區830 茂林區851 桃源區848 那瑪夏區849",
    "基隆市": "仁愛區200 信義區201 中正區202 安樂區204 七堵區206",
    "新竹市": "東區300 北區300 香山區300",
    "新竹縣": "竹北市302 竹東鎮310 尖石鄉313 五峰鄉311 湖口鄉303",
    "苗栗縣": "苗栗市360 頭份市351 竹南鎮350 泰安鄉365 南庄鄉353",
    "彰化縣": "彰化市500 員林市510 鹿港鎮505 和美鎮508",
    "南投縣": "南投市540 埔里鎮545 草屯鎮542 仁愛鄉546 信義鄉556",
    "雲林縣": "斗六市640 虎尾鎮632 北港鎮651",
    "嘉義市": "東區600 西區600",
    "嘉義縣": "太保市612 民雄鄉621 阿里山鄉605",
    "屏東縣": "屏東市900 潮州鎮920 東港鎮928 三地門鄉901 瑪家鄉903 霧臺鄉902 來義鄉922 牡丹鄉945",
    "宜蘭縣": "宜蘭市260 羅東鎮265 南澳鄉272 大同鄉267",
    "花蓮縣": "花蓮市970 吉安鄉973 秀林鄉972 萬榮鄉979 卓溪鄉982 光復鄉976 玉里鎮981",
    "臺東縣": "臺東市950 卑南鄉954 海端鄉957 延平鄉953 達仁鄉966 蘭嶼鄉952 金峰鄉964 成功鎮961",
    "澎湖縣": "馬公市880 湖西鄉885",
    "金門縣": "金城鎮893 金湖鎮891",
    "連江縣": "南竿鄉209 北竿鄉210",
}
_DISTRICT_LIST = [
    (city, item[:-3], item[-3:]) for city, items in _DISTRICTS.items() for item in items.split()
]
_IND_TOWNSHIPS = _words(
    "秀林鄉 萬榮鄉 卓溪鄉 海端鄉 延平鄉 達仁鄉 金峰鄉 蘭嶼鄉 三地門鄉 瑪家鄉 霧臺鄉 來義鄉 牡丹鄉 "
    "仁愛鄉 信義鄉 阿里山鄉 尖石鄉 五峰鄉 泰安鄉 南澳鄉 大同鄉 復興區 和平區 那瑪夏區 桃源區 "
    "茂林區 烏來區 光復鄉 卑南鄉"
)
_RURAL_LIST = [d for d in _DISTRICT_LIST if d[1] in _IND_TOWNSHIPS]
_ROADS = _words(
    "中山路 中正路 民生路 民權路 民族路 復興路 和平路 建國路 光復路 自由路 成功路 仁愛路 信義路 "
    "忠孝路 文化路 公園路 中華路 大同路 三民路 四維路 林森路 博愛路 長春路 興隆路 重慶路 府前路 "
    "五福路 青年路 永福路 勝利路 延平路 開元路 大學路 環河路 新生路 育英街 和平街 光明街 忠孝街 "
    "市場街 太平街 福德街 新興街 永和街 仁愛街 中興街 文昌街 德安街 北平街 幸福街 復興街 大仁街"
)
_LI = _words("中正里 仁愛里 福德里 忠孝里 光明里 新生里 大安里 民生里 永安里 興南里")
_VILLAGES = _words(
    "秀林村 富世村 崇德村 西林村 紅葉村 立山村 加拿村 霧鹿村 利稻村 土坂村 三地村 好茶村 瑪家村 "
    "來義村 牡丹村 發祥村 東埔村 望美村 達邦村 玉峰村 桃山村 錦水村 碧候村 四季村 華陵村 平等村"
)
_HAMLETS = _words("西林 紅葉 加拿 崁頂 溪口 下寮 新社 東興 山平 大坡 水源 崙山 佳心 初鹿 德文 青山")
_CN_NUM = "零一二三四五六七八九十"


def _cn_number(n: int) -> str:
    if n <= 10:
        return _CN_NUM[n]
    return "十" + _CN_NUM[n - 10] if n < 20 else _CN_NUM[n // 10] + "十" + _CN_NUM[n % 10]


def _street(rng: random.Random) -> str:
    road = rng.choice(_ROADS)
    if road.endswith("路") and rng.random() < 0.25:
        road = road[:-1] + rng.choice("東西南北") + "路"
    if road.endswith("路") and rng.random() < 0.3:
        road += rng.choice("一二三四五") + "段"
    if rng.random() < 0.3:
        road += f"{rng.randint(1, 350)}巷"
        if rng.random() < 0.3:
            road += f"{rng.randint(1, 40)}弄"
    return road


def _house(rng: random.Random) -> str:
    n = rng.randint(1, 400)
    r = rng.random()
    if r < 0.08:
        return f"{n}號之{rng.randint(1, 9)}"
    house = f"{n}之{rng.randint(1, 9)}號" if r < 0.16 else f"{n}號"
    r = rng.random()
    if r < 0.35:
        floor = rng.randint(2, 18)
        house += f"{floor}樓" if rng.random() < 0.75 else f"{_cn_number(floor)}樓"
        if rng.random() < 0.2:
            house += f"之{rng.randint(1, 9)}"
    elif r < 0.4:
        floor = rng.randint(2, 15)
        house += f"{floor}樓{floor}{rng.randint(1, 20):02}室"
    return house


def _address(rng: random.Random, rural: bool = False) -> str:
    city, district, zipcode = rng.choice(_RURAL_LIST if rural else _DISTRICT_LIST)
    parts = []
    if district in _IND_TOWNSHIPS and rng.random() < 0.75:
        parts.append(f"{rng.choice(_VILLAGES)}{rng.randint(1, 20)}鄰")
        if rng.random() < 0.5:
            parts.append(f"{rng.choice(_HAMLETS)}{rng.randint(1, 150)}號")
        else:
            parts.append(_street(rng) + f"{rng.randint(1, 300)}號")
    else:
        if rng.random() < 0.1:
            parts.append(f"{rng.choice(_LI)}{rng.randint(1, 30)}鄰")
        parts.append(_street(rng) + _house(rng))
    if rng.random() < 0.35:
        city = city.replace("臺", "台")
    head = [district] if rng.random() < 0.08 else [city, district]
    spaced = rng.random() < 0.05
    body = (" " if spaced else "").join([*head, "".join(parts)])
    r = rng.random()
    if r < 0.22:
        body = zipcode + rng.choice(("", "", " ")) + body
    elif r < 0.3:
        body = zipcode + _digits(rng, rng.choice((2, 3))) + body
    if rng.random() < _FULLWIDTH_RATE:
        body = "".join(c.translate(_FULL) if c.isdigit() else c for c in body)
    return body


# --------------------------------------------------------------------------------------------
# Non-personal fillers (look-alikes)
# --------------------------------------------------------------------------------------------


def _ordinary_date(rng: random.Random, d: date, roc_only: bool = False) -> str:
    y = d.year - 1911
    if roc_only:
        return f"{y}年{d.month}月{d.day}日"
    weekday = "一二三四五六日"[d.weekday()]
    forms = (
        f"{y}年{d.month}月{d.day}日",
        f"{y}年{d.month}月{d.day}日",
        f"{y}.{d.month:02}.{d.day:02}",
        f"{y}/{d.month:02}/{d.day:02}",
        f"{d.year}/{d.month:02}/{d.day:02}",
        f"{d.year}-{d.month:02}-{d.day:02}",
        f"{d.year}年{d.month}月{d.day}日",
        f"{d.month}月{d.day}日",
        f"{d.month}/{d.day}（{weekday}）",
    )
    return _maybe_full(rng, rng.choice(forms))


def _time(rng: random.Random, minute: int) -> str:
    h, m = divmod(minute, 60)
    forms = (
        f"{h:02}:{m:02}",
        f"{h}:{m:02}",
        f"{h}時{m}分" if m else f"{h}時",
        f"上午{h}時" if h < 12 else f"下午{h - 12 or 12}時",
        f"{'上午' if h < 12 else '下午'}{h if h <= 12 else h - 12}:{m:02}",
    )
    return rng.choice(forms)


def _amount(rng: random.Random, bare: bool = False, small: bool = False) -> str:
    n = int(10 ** rng.uniform(2.3, 4.4 if small else 6.6))
    if n > 1000:
        n = n // 10 * 10
    if bare:
        return f"{n:,}"
    return rng.choice((f"新臺幣{n:,}元", f"{n:,}元", f"NT${n:,}", f"新台幣{n}元", f"{n:,}元整"))


def _ban(rng: random.Random) -> str:
    while True:
        v = _digits(rng, 8)
        if ban.is_valid(v):
            return v


def _doc_number(rng: random.Random) -> str:
    prefix = rng.choice(_DOC_PREFIXES)
    return f"{prefix}字第{rng.randint(110, 114)}{rng.randint(0, 9999999):07d}號"


def _enforcement_case(rng: random.Random) -> str:
    kind = rng.choice(("司執", "司執", "執", "司執全", "司執助"))
    return f"{rng.randint(110, 114)}年度{kind}字第{rng.randint(1, 99999)}號"


def _admin_case(rng: random.Random) -> str:
    kind = rng.choice(("健", "綜所稅", "交罰", "勞", "燃", "牌", "房", "國保"))
    spec = rng.choice(("", "特專", "特專", "專"))
    return f"{rng.randint(110, 114)}年度{kind}執{spec}字第{rng.randint(1, 99999999):08d}號"


def _tracking(rng: random.Random) -> str:
    if rng.random() < 0.45:
        return _digits(rng, 6)
    prefix = rng.choice(("RR", "RB", "RE", "EE", "CP", "LX"))
    return f"{prefix}{rng.choice('34567')}{_digits(rng, 8)}TW"


def _bib(rng: random.Random) -> str:
    return rng.choice(("A", "B", "C", "F", "H", "", "")) + f"{rng.randint(1, 29999):04d}"


def _parcel(rng: random.Random) -> str:
    n = str(rng.randint(1, 2999))
    return n + (f"-{rng.randint(1, 30)}" if rng.random() < 0.35 else "")


def _article(rng: random.Random) -> str:
    return str(rng.randint(1, 130)) + ("之1" if rng.random() < 0.1 else "")


def _count(rng: random.Random) -> str:
    n = rng.randint(12, 9999)
    return f"{n:,}" if rng.random() < 0.5 else str(n)


_DOC_PREFIXES = _words(
    "府授工 北市都企 花府原土 東府原經 行執法 院臺法 郵管 衛部心 高市都住 新北府社 秀鄉原 海鄉民 "
    "仁鄉原 中市都 府授衛心 北院民執 屏府原土 投府原 桃衛心 體署全"
)
_CREDITORS = _words(
    "台新國際商業銀行股份有限公司 良京實業股份有限公司 中租迪和股份有限公司 裕融企業股份有限公司 "
    "國泰世華商業銀行股份有限公司 和潤企業股份有限公司 元大國際資產管理股份有限公司 "
    "永豐商業銀行股份有限公司 富邦資產管理股份有限公司 萬榮行銷股份有限公司"
)
_COMPANIES = _words(
    "統一超商股份有限公司 全聯實業股份有限公司 長榮航空股份有限公司 華碩電腦股份有限公司 "
    "王品餐飲股份有限公司 金車股份有限公司 黑松股份有限公司 義美食品股份有限公司 宏碁股份有限公司 "
    "萬海航運股份有限公司 中興保全股份有限公司 陽明海運股份有限公司 林鳳營乳品物流有限公司 "
    "高鐵運輸股份有限公司 東方旅行社股份有限公司"
)
_BANKS = _words(
    "臺灣銀行 第一商業銀行 合作金庫商業銀行 中華郵政公司 玉山商業銀行 國泰世華商業銀行 "
    "華南商業銀行 彰化商業銀行 臺灣土地銀行 台北富邦商業銀行"
)
_AGENCIES = _words(
    "衛生福利部中央健康保險署 財政部北區國稅局 財政部高雄國稅局 勞動部勞工保險局 "
    "臺北市停車管理工程處 新北市政府交通事件裁決處 交通部公路局臺北區監理所 臺中市政府地方稅務局 "
    "環境部 花蓮縣政府 勞動部勞工保險局國民年金組"
)
_COURTS = _words(
    "臺北 新北 士林 桃園 新竹 苗栗 臺中 彰化 南投 雲林 嘉義 臺南 高雄 橋頭 屏東 臺東 "
    "花蓮 宜蘭 基隆 澎湖 金門"
)
_BRANCHES = _words("臺北 新北 士林 桃園 新竹 臺中 彰化 嘉義 臺南 高雄 屏東 花蓮 宜蘭")
_DEBTS = _words(
    "全民健康保險費 綜合所得稅 交通違規罰鍰 汽車燃料使用費 勞工保險費 國民年金保險費 使用牌照稅 "
    "房屋稅 違反廢棄物清理法罰鍰"
)
_POSTS = _words(
    "臺北北門郵局 板橋文化路郵局 臺中民權路郵局 高雄三民郵局 花蓮中正路郵局 臺東寶桑郵局 "
    "新竹東門郵局 嘉義北門郵局 羅東郵局 金門金城郵局 潮州郵局 埔里郵局 秀林郵局 蘭嶼郵局"
)
_HOSPITALS = _words(
    "臺北市立聯合醫院松德院區 衛生福利部草屯療養院 高雄市立凱旋醫院 衛生福利部桃園療養院 "
    "衛生福利部玉里醫院 臺大醫院 馬偕紀念醫院臺東分院 花蓮慈濟醫院 高雄長庚醫院 林口長庚醫院 "
    "臺中榮民總醫院 成大醫院 衛生福利部臺東醫院 門諾醫院"
)
_EVENTS = _words(
    "臺北馬拉松 田中馬拉松 萬金石馬拉松 高雄富邦馬拉松 太魯閣峽谷馬拉松 金門馬拉松 日月潭環湖路跑 "
    "臺東超級鐵人三項 嘉義市國際城市馬拉松 新竹城市馬拉松 鹿港馬拉松 花蓮太平洋縱谷馬拉松"
)
_PLACES = _words(
    "市政府大禮堂 中正紀念堂演藝廳 鄉立圖書館三樓 衛生所二樓會議室 國父紀念館 高雄展覽館 "
    "花蓮文化創意產業園區 部落聚會所 臺東森林公園 大佳河濱公園 司馬庫斯部落 西門町紅樓 林口體育館 "
    "田中高鐵站廣場 金城鎮公所禮堂 本中心團體室"
)
_TRIBES = _words(
    "阿美 泰雅 排灣 布農 卑南 魯凱 鄒 賽夏 雅美 邵 噶瑪蘭 太魯閣 撒奇萊雅 賽德克 "
    "拉阿魯哇 卡那卡那富"
)
_SECTIONS = _words(
    "富世 崇德 加灣 西林 紅葉 立山 霧鹿 利稻 土坂 三地 好茶 瑪家 來義 牡丹 發祥 東埔 望美 達邦 "
    "石磊 桃山 泰安 碧候 四季 巴陵 梨山 瑪雅 寶山 多納 烏來 太巴塱"
)
_CROPS = _words("生薑 桂竹 梅子 愛玉 小米 高麗菜 咖啡 箭竹筍 李子 水蜜桃 芋頭 紅藜")
_ESTATES = _words(
    "健康公宅 興隆公宅 東明公宅 明倫社宅 青年一期公宅 林口社會住宅 中路二號社宅 安康社宅 秀朗社宅 "
    "大安社宅 府平社宅 凱旋青樹社宅"
)
_CITIES = _words("臺北市 新北市 桃園市 臺中市 臺南市 高雄市 新竹市 基隆市 花蓮縣 臺東縣 屏東縣")
_PRODUCTS = _words(
    "運動飲料 寶礦力水得 舒跑 黑松沙士 義美小泡芙 林鳳營鮮乳 東方美人茶 金門高粱酒 王子麵 "
    "孔雀香酥脆 麥香紅茶 維力炸醬麵 乖乖 能量果膠"
)
_ROADS_PUBLIC = _words(
    "中山北路二段至仁愛路口 台9線 濱海公路 環湖公路 凱達格蘭大道 市府路 愛河沿岸自行車道 "
    "中正路與民生路口 台11線 縱貫公路"
)
_LAWS = _words(
    "行政執行法 強制執行法 住宅法 郵政法 精神衛生法 原住民保留地開發管理辦法 道路交通管理處罰條例 "
    "國民體育法 行政程序法 規費法"
)
_RECORD_VILLAGES = _words(
    "秀林村 紅葉部落 加拿部落 霧鹿部落 東埔村 達邦部落 好茶部落 崇德村 碧候村"
)

_FILLERS = {
    "DATE": lambda c: _ordinary_date(c.rng, c.next_date()),
    "RDATE": lambda c: _ordinary_date(c.rng, c.next_date(), roc_only=True),
    "TIME": lambda c: _time(c.rng, c.next_minute()),
    "DOC": lambda c: _doc_number(c.rng),
    "EXCASE": lambda c: _enforcement_case(c.rng),
    "AXCASE": lambda c: _admin_case(c.rng),
    "AMT": lambda c: _amount(c.rng),
    "AMTN": lambda c: _amount(c.rng, bare=True),
    "AMTS": lambda c: _amount(c.rng, small=True),
    "NUM": lambda c: str(c.rng.randint(2, 24)),
    "COUNT": lambda c: _count(c.rng),
    "SERIAL": lambda c: str(c.rng.randint(100, 99999)),
    "BAN": lambda c: _ban(c.rng),
    "ORG": lambda c: c.rng.choice(_CREDITORS),
    "COMPANY": lambda c: c.rng.choice(_COMPANIES),
    "BANK": lambda c: c.rng.choice(_BANKS),
    "AGENCY": lambda c: c.rng.choice(_AGENCIES),
    "COURT": lambda c: c.rng.choice(_COURTS),
    "BRANCH": lambda c: c.rng.choice(_BRANCHES),
    "DEBT": lambda c: c.rng.choice(_DEBTS),
    "STOCK": lambda c: c.rng.choice("甲乙丙丁戊己庚辛忠孝仁愛信義和平"),
    "POST": lambda c: c.rng.choice(_POSTS),
    "HOSP": lambda c: c.rng.choice(_HOSPITALS),
    "EVENT": lambda c: c.rng.choice(("2024", "2025", "第12屆", "")) + c.rng.choice(_EVENTS),
    "PLACE": lambda c: c.rng.choice(_PLACES),
    "TRIBE": lambda c: c.rng.choice(_TRIBES),
    "TOWNSHIP": lambda c: c.rng.choice(_IND_TOWNSHIPS),
    "SECTION": lambda c: c.rng.choice(_SECTIONS),
    "PARCEL": lambda c: _parcel(c.rng),
    "AREA": lambda c: f"{c.rng.uniform(0.01, 3):.4f}",
    "CROP": lambda c: c.rng.choice(_CROPS),
    "ESTATE": lambda c: c.rng.choice(_ESTATES),
    "CITY": lambda c: c.rng.choice(_CITIES),
    "PROD": lambda c: c.rng.choice(_PRODUCTS),
    "ART": lambda c: _article(c.rng),
    "LAW": lambda c: c.rng.choice(_LAWS),
    "TRACK": lambda c: _tracking(c.rng),
    "RCPT": lambda c: c.rng.choice("ABCDEFGH") + _digits(c.rng, 7),
    "BIB": lambda c: _bib(c.rng),
    "CASENO": lambda c: f"{c.rng.randint(110, 114)}-{c.rng.randint(1, 9999):04d}",
    "YEAR": lambda c: str(c.rng.randint(108, 114)),
    "RYEAR": lambda c: str(c.rng.randint(40, 99)),
    "MON": lambda c: str(c.rng.randint(1, 12)),
    "AGE": lambda c: str(c.rng.randint(19, 88)),
    "PCT": lambda c: str(c.rng.randint(5, 60)),
    "ROAD": lambda c: c.rng.choice(_ROADS_PUBLIC),
    "EXP": lambda c: f"{c.rng.randint(1, 12):02}/{c.rng.randint(25, 31)}",
    "SIZE": lambda c: c.rng.choice(("XS", "S", "M", "L", "XL", "2XL")),
    "VILLAGE": lambda c: c.rng.choice(_RECORD_VILLAGES),
    "UNIT": lambda c: f"{c.rng.choice('ABCDE')}{c.rng.randint(2, 15)}{c.rng.randint(1, 12):02}",
}

_SPAN_SLOTS = {
    "ID": ("TW_NATIONAL_ID", lambda c: _national_id(c.rng)),
    "ARC": ("TW_RESIDENT_CERT", lambda c: _resident_cert(c.rng)),
    "MOB": ("PHONE", lambda c: _mobile(c.rng)),
    "TEL": ("PHONE", lambda c: _landline(c.rng, 0.2)),
    "OTEL": ("PHONE", lambda c: _office_phone(c.rng)),
    "PH": ("PHONE", lambda c: _mobile(c.rng) if c.rng.random() < 0.65 else _landline(c.rng, 0.15)),
    "EMAIL": ("EMAIL", lambda c: _email(c.rng)),
    "ADDR": ("ADDRESS", lambda c: _address(c.rng)),
    "RADDR": ("ADDRESS", lambda c: _address(c.rng, rural=True)),
    "NHI": ("TW_NHI_CARD", lambda c: _nhi_card(c.rng)),
    "PASS": ("PASSPORT", lambda c: c.passport(foreign=False)),
    "FPASS": ("PASSPORT", lambda c: c.passport(foreign=True)),
    "CARD": ("CREDIT_CARD", lambda c: _card_number(c.rng)),
    "BD": ("BIRTH_DATE", lambda c: _birth_date(c.rng)),
}

# --------------------------------------------------------------------------------------------
# Templates. {X} slots, «a|b|c» inline variants (nestable), person keys P1.. (any kind),
# F1.. (foreign resident), N1.. (Indigenous name), H1.. (Han name); a trailing m/f fixes the
# sex; .h gives an honorific, .sex 男/女, .elder 阿公/阿嬤..., .rel a kin word, .nat the
# nationality. Blank lines are dropped.
# --------------------------------------------------------------------------------------------

_ENFORCE_POS = (
    """臺灣{COURT}地方法院民事執行處 執行命令
發文日期：中華民國{RDATE}
發文字號：{EXCASE}
主旨：債權人{ORG}與債務人{P1}間«清償債務|給付票款|返還借款»強制執行事件，\
禁止債務人收取對第三人{COMPANY}«每月應領薪資債權«三分之一|»|之存款債權»，第三人亦不得對債務人清償。
說明：
一、債務人{P1}（«身分證統一編號|身分證字號»：{ID}，住{ADDR}）。
二、執行名義：臺灣{COURT}地方法院{YEAR}年度司促字第{SERIAL}號支付命令及確定證明書。
三、依強制執行法第115條第1項規定辦理。
«承辦書記官：{P2}　電話：{OTEL}|»""",
    """法務部行政執行署{BRANCH}分署 «傳繳通知書|通知»
義務人：{P1}
«身分證統一編號|身分證號»：{ID}
«住居所|送達地址»：{ADDR}
案號：{AXCASE}
移送機關：{AGENCY}
欠繳項目：{DEBT}，應納金額{AMT}
請於{RDATE}{TIME}攜帶本通知«及身分證明文件|»到本分署«報到|繳納|陳述意見»，\
逾期未到，本分署得依行政執行法第17條規定«聲請法院裁定拘提|限制住居»。
«承辦：{STOCK}股執行員{P2}　{OTEL}|{STOCK}股　電話{OTEL}»""",
    """{DATE} {TIME} 致電義務人{P1}«（{MOB}）|，手機{MOB}，»本人表示«目前失業|在工地做臨時工|\
剛出院還在復健|收入不穩定»，«希望|願意»分{NUM}期繳納，每期{AMT}。\
已告知須先繳第一期並檢附«切結書|分期申請書»。""",
    """義務人{P1f}到場陳述：「我是{P1}，身分證«號碼|»是{ID}。那筆«卡債|貸款»是我前夫{P2m}\
用我的名字辦的，«他現在住在|他搬去»{ADDR}，電話是{PH}，你們應該去找他。」""",
    """義務人{P1}（{BD}生，身分證統一編號{ID}）欠繳{DEBT}累計{AMT}，\
本分署已於{DATE}函請內政部移民署«限制出境|禁止出國»«，並副知義務人|»。""",
    """執行命令：扣押義務人{P1}對第三人{BANK}之存款債權及信用卡溢繳款«（卡號{CARD}）|，卡號{CARD}，»\
於{AMT}範圍內禁止«收取|處分»。«第三人應於收受本命令後10日內陳報。|»""",
    """臺灣{COURT}地方法院民事執行處 {EXCASE}
查封筆錄
時間：{RDATE}{TIME}
地點：{ADDR}
債務人：{P1}（«未到場|到場»）
債權人代理人：{P2}
«在場人|見證人»：里長{P3}
查封標的：上開地址«房屋|建物»及«其內動產|增建部分»，已張貼封條«及公告|»。""",
    """義務人{F1}（{F1.nat}籍，居留證統一證號{ARC}«，護照號碼{FPASS}|»）欠繳全民健康保險費{AMT}，\
«居留期限將屆|已申請離境»，移送機關{AGENCY}請求«限制出境|查扣存款»。\
«雇主{P2}表示薪資已於{DATE}匯入其帳戶。|»""",
    "«{P1} {ID} 已繳清，撤回執行。|{P1}（{ID}）全數繳清，{DATE}報結。"
    "|義務人{P1}來電({PH})詢問{AXCASE}，已轉{STOCK}股。»",
    """«敬啟者|您好»：本所受{P1}{P1.h}委任，就{AXCASE}執行事件«陳報|聲明異議»如下：\
委任人已於{DATE}«繳清|繳納第一期»款項，收據影本如附。«後續請與本所聯繫|如有疑義請聯繫本所»，\
承辦律師{P2}，電話{OTEL}，e-mail：{EMAIL}。""",
    """備註：義務人{P1f}«（{BD}生）|»已«於{DATE}死亡|出境»，繼承人為{P2}、{P3}«、{P4}|»，\
«均已|尚未»拋棄繼承，請«移送機關|承辦股»«查明|依法»辦理。""",
    """{RDATE}分期繳款到期提醒：
1. {P1}　{MOB}　第{NUM}期
2. {P2}　{MOB}　第{NUM}期
«3. {P3}　{PH}　第{NUM}期|»""",
    """寄件者：«{P1} <{EMAIL}>|{EMAIL}»
主旨：«{AXCASE}分期申請|案號{AXCASE}»
執行官您好，我是{P1}，«身分證{ID}|案號如主旨»，因為«生意不好|家人住院»想申請分期，\
«我的電話{MOB}|可以打{MOB}找我»，謝謝。""",
    "債務人{P1}«住所|居所»遷移不明，經查«戶役政資料|戶籍謄本»現住{ADDR}，"
    "«改按新址送達|請債權人陳報最新住址»。",
    """«執行筆錄|訊問筆錄»
問：«你|妳»的姓名、出生年月日、身分證號碼?
答：{P1}，{BD}生，{ID}。
問：«目前工作?|名下財產?»
答：«在{COMPANY}當臨時工|沒有房子，只有一台機車»，«月收入約{AMT}|»。""",
)

_ENFORCE_NEG = (
    """法務部行政執行署{BRANCH}分署 函
發文日期：中華民國{RDATE}
發文字號：{DOC}
主旨：有關各移送機關以電子方式移送行政執行案件«乙案|一案»，自{RDATE}起«全面實施|試辦»，請查照。
說明：
一、依行政執行法第«11|13|4»條«及相關規定|»辦理。
二、移送書«附件|檢附文件»請以PDF格式上傳，單檔不超過«10|20»MB。
三、«相關說明請參閱本署網站公告。|逾期仍以紙本移送者，應敘明理由。»""",
    """臺灣{COURT}地方法院民事執行處«拍賣公告|通知»：{EXCASE}«不動產|動產»拍賣事件，\
第«一|二|三»次拍賣期日定於{RDATE}{TIME}，«底價|保證金»{AMT}，\
於本院民事執行處第{NUM}拍賣室公開拍賣，«點交|不點交»。""",
    """«本分署|本署»{YEAR}年{MON}月«業務統計|辦案統計»：新收案件{COUNT}件、終結{COUNT}件，\
徵起金額{AMT}，«較上月增加|較去年同期減少»{PCT}%。其中{DEBT}案件占«多數|三成»。""",
    """債權人{ORG}（統一編號{BAN}）聲請強制執行，«未繳納執行費|未附執行名義正本|委任狀未蓋章»，\
請於收受本通知後«五日內|七日內»補正，逾期«即駁回|未補正將駁回其聲請»。""",
    """移送機關{AGENCY}«本月|於{DATE}»移送{DEBT}案件共{COUNT}件，已分為{AXCASE}等案，\
«由甲股至丁股|由各股»輪分辦理。""",
    """«張貼|黏貼»公告注意事項：查封標示應張貼於門首明顯處，«林地|田地»及«空地|果園»應插設木牌。\
高處作業應注意安全，«何時|何日»撤除依執行法院通知«辦理|為準»。""",
    """依強制執行法第{ART}條規定，«債務人|義務人»對於執行法院之命令«得聲明異議|得於{NUM}日內抗告»；\
«第三人|金融機構»於收受扣押命令後«不得清償|應即陳報»。本說明自{RDATE}起適用。""",
    """{RDATE}«行政執行實務研習|強制執行業務座談會»議程
{TIME}　報到
{TIME}　«專題：薪資扣押實務|專題：不動產拍賣流程»
{TIME}　«綜合座談|Q&A»
地點：{PLACE}""",
    "第三人{COMPANY}（統一編號{BAN}）{DATE}陳報：«扣押命令所指之薪資債權不存在|已依命令扣留{AMT}»，"
    "«並檢附扣款明細|請鈞署查照»。",
)

_LAND_POS = (
    """原住民保留地«設定耕作權|設定地上權|無償取得所有權|增劃編»申請書
申請人：{P1}
«出生年月日|出生日期»：{BD}
«國民身分證統一編號|身分證字號»：{ID}
族別：{TRIBE}族
戶籍地址：{RADDR}
聯絡電話：{PH}
申請土地：{TOWNSHIP}{SECTION}段{PARCEL}地號，面積{AREA}公頃
«使用現況：種植{CROP}|使用現況：自住房屋|»""",
    """{RDATE}會勘紀錄
地點：{TOWNSHIP}{SECTION}段{PARCEL}地號
出席：鄉公所{P4}、«村長|頭目»{N1}、當事人{P2}、{N2}
紀要：{N2}主張其父{N3m}自民國{RYEAR}年起即在該地種植{CROP}，«有鄰地耕作人可證明|有空照圖為證»；\
{P2}則稱已向前使用人{P3}«承租|受讓»«多年|»。雙方«同意|未能»協調«，提送土地權利審查委員會審議|，擇期再會勘»。""",
    """{TOWNSHIP}原住民保留地土地權利審查委員會第{NUM}次會議紀錄
審議案件：
(一)申請人{P1}«（{ID}）|»申請{SECTION}段{PARCEL}地號«設定耕作權|無償取得所有權»，\
經審查«符合規定，同意通過|實際使用人與申請人不符，退回補正»。
(二)申請人{N1}、{P2}共同申請{SECTION}段{PARCEL}地號，«因界址不明，保留|經現場會勘確認，通過»。
«(三)臨時動議：無。|(三){P3}陳情案，請公所另案處理。»""",
    """«訪談紀錄|陳述內容»：{N1}說：「這塊地是我們家«的獵場|種{CROP}的»，我«阿公|外公|爸爸»{N2m}\
那時候就在用了，«日本時代就有|光復以前就有»。我電話{MOB}，有問題«打給我|找我兒子{P2m}»。」""",
    """{P1}{P1.h}«您好|鈞鑒»：
台端申請{SECTION}段{PARCEL}地號«設定耕作權|所有權移轉»一案，尚缺下列文件：
1.«戶籍謄本|全戶戶籍謄本»
2.土地使用«證明|切結書»«（需經鄰地使用人{P2}簽章）|»
請於{RDATE}前送交本所«原住民行政課|農業課»«（承辦人{P3}，{OTEL}）|，洽詢電話{OTEL}»。""",
    """被繼承人{P1}«（{BD}生，{RDATE}歿）|»所有{SECTION}段{PARCEL}地號原住民保留地，\
繼承人{P2}、{P3}、{P4f}«協議|同意»由{P2}«單獨繼承|取得»，其餘繼承人均已出具«拋棄同意書|切結書»。""",
    """{DATE} {N1}«來所|來電»詢問{SECTION}段«禁伐補償|耕作權»«進度|審查結果»，已告知尚在審查中。\
«回電號碼{PH}|»""",
    """申請人漢名{H1m}，族名{N1m}，{TRIBE}族，«身分證統一編號|身分證»{ID}，\
«現居|戶籍在»{RADDR}，«申請|陳情»{SECTION}段{PARCEL}地號«增劃編|更正使用人»。""",
    """申請人{P1}«現居|住在»{ADDR}，«因在外地工作|長年在都市工作»，«請|希望»文件以e-mail寄送{EMAIL}\
«或郵寄至上址|»。«聯絡電話{MOB}|»""",
    """土地使用切結書
立切結書人{N1}«（身分證統一編號{ID}）|»確實使用{TOWNSHIP}{SECTION}段{PARCEL}地號土地«種植{CROP}|»，\
如有不實願負法律責任。
«鄰地使用人|證明人»：{P2}«　{PH}|»
立切結書人：{N1}
«中華民國|»{RDATE}""",
)

_LAND_NEG = (
    """{TOWNSHIP}公所公告：{YEAR}年度原住民保留地禁伐補償«受理申請|開始申請»，期間自{RDATE}起至{RDATE}止，\
請符合資格之族人攜帶«身分證明文件|印章»及«土地所有權狀|土地使用證明»至本所«原住民行政課|農業課»辦理。""",
    """依原住民保留地開發管理辦法第{ART}條規定，«原住民取得原住民保留地所有權後，\
除政府指定之特定用途外，其移轉之承受人以原住民為限|設定耕作權之土地，應自行耕作，不得轉租»。""",
    """{TOWNSHIP}轄內原住民保留地總面積{COUNT}公頃，已«設定耕作權|取得所有權»{COUNT}筆，\
«{YEAR}年度|本年度»核准增劃編{NUM}筆，«林地|旱地»占«大宗|六成»。""",
    """«保留地說明會|土地權利宣導»：訂於{RDATE}{TIME}假{VILLAGE}活動中心舉行，\
說明«耕作權設定流程|禁伐補償|增劃編作業»，«歡迎族人踴躍參加|現場提供點心»。""",
    """會議決議：一、«高山|石門|林道»沿線崩塌地暫停受理«增劃編|申請»。\
二、«何時|何日»復勘，俟林業及自然保育署«會勘|評估»結果再定。""",
    """{SECTION}段«部分|全部»土地«屬|劃為»«國土保安用地|林業用地»，«依法|應»按原核定用途使用，\
«不得任意變更|違者依法處理»。發文字號：{DOC}。""",
    """{YEAR}年度原住民族«傳統領域|保留地»«調查|劃設»«委託|勞務»案，\
由{COMPANY}（統一編號{BAN}）得標，決標金額{AMT}，履約期限至{RDATE}。""",
)

_HOUSING_POS = (
    """{CITY}«社會住宅|國民住宅»«租金催繳通知|欠租通知書»
承租人：{P1}{P1.h}
住址：{ADDR}
台端自{YEAR}年{MON}月起積欠租金«及管理費|»計{NUM}個月，合計{AMT}，請於{RDATE}前繳清。\
逾期未繳，本«局|府»將依«住宅法|租賃契約»第{ART}條終止租約，並«訴請|請求»遷讓返還房屋。
«如有疑問請洽管理中心{OTEL}|洽詢電話：{OTEL}»""",
    """{RDATE}«上午|下午»會同«都發局|住宅處»及«物業管理公司|保全»人員至{ADDR}«執行騰空點交|辦理點交»。\
承租人{P1}«未在場|拒不開門»，«由其子{P2m}|由同住人{P2}»«（{MOB}）|»«代為簽收|到場協助»。\
«屋內遺留物品已拍照造冊|屋內物品由{P2}自行搬離»，«門鎖已更換|鑰匙已收回»。""",
    """«社會住宅申請表|租金補貼申請書»
申請人：{P1}　性別：{P1.sex}　出生日期：{BD}
«身分證字號|國民身分證統一編號»：{ID}
現住地址：{ADDR}
«行動電話|手機»：{MOB}　«市話|住家電話»：{TEL}
E-mail：{EMAIL}
«家庭成員：配偶{P2}、子{P3}|家庭成員：{P2}（母）|»""",
    """信用卡«定期|自動»扣繳«租金|管理費»授權書
持卡人：{P1}
«卡號|信用卡號»：{CARD}
有效期限：{EXP}
發卡銀行：{BANK}
«扣款金額|每月扣款»：{AMTS}
«聯絡電話：{PH}|»""",
    """«訪視紀錄|關懷紀錄» {DATE}
承租人{F1f}（{F1.nat}籍，居留證號{ARC}）«與先生{P1m}同住|帶兩名子女居住»，«先生|配偶»«失業中|住院中»，\
已積欠租金{NUM}個月。«已協助申請急難救助|已轉介社會局»，«本人|聯絡»手機{MOB}。""",
    """社工紀錄：{P1}{P1.elder}（{BD}生）獨居於{ADDR}，«靠老人年金生活|無固定收入»，\
欠繳租金{AMT}。«已聯繫女兒{P2f}（{PH}）|已聯繫姪子{P2m}（{PH}）»，表示«願協助繳清|將於月底繳納»。""",
    """原告{CITY}政府訴被告{P1}«遷讓房屋等事件|返還房屋事件»，原告主張被告承租{ESTATE}{ADDR}，\
自{RDATE}起未繳租金，«經催告|屢經催告»仍未給付，«依法|依約»終止租約。""",
    "{P1} {ADDR} 欠{NUM}月 {AMT} {PH} «已電聯|未接|留言»",
    """寄件者：{P1} <{EMAIL}>
主旨：關於«租金|欠租»通知
您好，我是{ESTATE}«B棟|A棟|»{NUM}樓的住戶{P1}，«上個月已經用ATM轉帳|已於{DATE}繳款»，\
«為何還收到催繳通知？|請協助確認。»«我的電話是{MOB}。|»""",
    """«點交|遷出»確認單
«戶別|單元»：{UNIT}
承租人：{P1}　«身分證|證號»：{ID}
遷出日期：{DATE}
押金退還：{AMTS}，匯入{BANK}
«新址|遷出後地址»：{ADDR}""",
)

_HOUSING_NEG = (
    """{CITY}政府公告：{YEAR}年度«社會住宅|青年社會住宅»«第二期|»招租，申請期間自{RDATE}至{RDATE}，\
租金依市價«七折|八五折»計算，«名額|共»{COUNT}戶。""",
    """{ESTATE}«公共區域|地下停車場»«漏水維修|消防設備檢修»，施工期間{DATE}至{DATE}，\
作業時間{TIME}至{TIME}，«造成不便敬請見諒|請住戶配合»。""",
    """依住宅法第{ART}條規定，承租人有下列情形之一者，出租人得終止租約：\
一、積欠租金達二個月。二、«擅自轉租|違規使用»。三、«損毀房屋|妨害公共安全»。""",
    """«管理費|租金»調整說明：自{RDATE}起«一房型|二房型|三房型»月租{AMTS}，«管理費|清潔費»{AMTS}，\
«已繳之押金不受影響|押金為二個月租金»。""",
    """住戶«大會|說明會»：{RDATE}{TIME}於{ESTATE}«一樓|B1»«交誼廳|會議室»召開，\
議題：«垃圾分類|寵物管理|公共空間使用»。張貼於公佈欄之規約請«住戶|大家»詳閱。""",
    """{ESTATE}«清潔|保全»委外案由{COMPANY}（統一編號{BAN}）«得標|續約»，\
契約金額{AMT}，契約期間自{RDATE}起«一年|二年»。發文字號{DOC}。""",
)

_POST_POS = (
    """{DATE} {TIME} 投遞«{ADDR}|至{ADDR}»，收件人{P1}不在«家|»，«已留招領通知單|投入招領通知»，\
«掛號號碼|號碼»{TRACK}，請於{NUM}日內«持身分證|攜帶證件與印章»至{POST}領取。""",
    """本«局|處|所»寄送{P1}之«裁處書|罰鍰繳款書|催告書»（掛號{TRACK}），因«遷移不明|查無此人|逾期未領|地址欠詳»\
退回。經查«戶籍地址|戶役政資料»為{ADDR}，«已改寄|將改寄»«並辦理公示送達|»。""",
    """民眾{P1}來電«（{PH}）|，電話{PH}，»詢問招領«郵件|包裹»，表示{DATE}«上班不在家|人在外地»，\
希望«委託{P2}代領|改投遞至{ADDR}»。已告知«代領需攜帶雙方證件|需填寫改投申請書»。""",
    """收件人{F1}«出示|持»居留證«（統一證號{ARC}）|{ARC}»«領取|親領»國際掛號{TRACK}，«已核對無誤|簽名確認»。""",
    """«郵件改寄申請書|改寄住址申請»
申請人：{P1}
原«住址|地址»：{ADDR}
新«住址|地址»：{ADDR}
«聯絡電話|電話»：{PH}
«電子信箱|E-mail»：{EMAIL}
改寄期間：{DATE}至{DATE}""",
    """{P1}持{P2}«之|»委託書代領掛號{TRACK}，«代領人|受託人»身分證{ID}，«關係：|»«配偶|兒子|同事|房東»。""",
    """投遞員紀錄：{ADDR} 按鈴無人«回應|應門»，«鄰居表示|管理員表示»{P1}«已搬走|出國»，\
«郵件改列招領|退回原寄件人»。""",
    """{P1}{P1.h}您好，您有一件«掛號信|包裹»待領取（{TRACK}），請於{DATE}前至{POST}«領取|辦理»，\
«或來電{OTEL}預約改投|如需改投請回覆本簡訊»。""",
    """«招領|領取»紀錄：收件人{P1}，«出生日期|生日»{BD}，«證件|身分證»{ID}，«已親領|本人領取»。""",
    """{POST} 招領簿 {DATE}
{TRACK}　{P1}　«本人|代領»　«{TIME}|»
{TRACK}　{P2}　«本人|代領：{P3}»
«{TRACK}　{F1}　居留證{ARC}|{TRACK}　{P4}　退回»""",
    """«外籍|移工»收件人{F1}«無身分證|僅有護照»，«以護照|持護照»（{FPASS}）«領取|登記»包裹{TRACK}，\
«雇主|仲介»{P2}«陪同|代為說明»«，聯絡電話{PH}|»。""",
)

_POST_NEG = (
    """«本局|{POST}»自{RDATE}起調整營業時間為週一至週五{TIME}至{TIME}，«週六不營業|週六上午照常營業»。""",
    """招領郵件«逾期|保管期滿»{NUM}日«未領|仍未領取»者，依«郵件處理規則|郵政法»第{ART}條«退回原寄件人|辦理退回»。""",
    """«本月|{YEAR}年{MON}月»招領件數{COUNT}件，«逾期退回|退件»{COUNT}件，«掛號|包裹»平均招領天數{NUM}天。""",
    """受«颱風|豪雨|地震»影響，{VILLAGE}一帶«道路中斷|聯外道路封閉»，{DATE}起郵件«暫停投遞|延後投遞»，\
«恢復時間另行公告|俟道路搶通後恢復»。""",
    """國際«掛號|包裹»{TRACK}«於{DATE}抵達|已到達»«臺北國際郵件處理中心|國際郵件中心»，«通關中|待海關查驗»。""",
    """包裹包裝注意事項：«易碎|易燃»物品應妥善«包裝|裝箱»，«金額|保價金額»{AMT}以上請«加保|保價»。\
«高雄|花蓮|金門»地區«週六|連續假期»«照常收寄|暫停收寄»。""",
    """«郵務|投遞»車輛«租賃|維修»案：{COMPANY}（統一編號{BAN}），金額{AMT}，«驗收日期|交車日期»{RDATE}，文號{DOC}。""",
)

_MENTAL_POS = (
    """«個案|案主»：{P1}（{P1.sex}）
«生日|出生日期»：{BD}
«健保卡號|健保卡»：{NHI}
S：«個案|案主»表示«近兩週睡不好|最近常想哭|食慾變差»，«提到有自傷想法|否認有自傷想法»。
O：訪視時«情緒平穩|語速偏快|眼神接觸少»，«家中環境整潔|屋內堆積雜物»。
A：«憂鬱|焦慮»症狀«持續|緩解»，自殺風險評估為«低|中|高»。
P：«轉介|陪同至»{HOSP}«精神科|身心科»門診，下次訪視{DATE}。
«聯絡人：{P2}（{P2.rel}）{MOB}|»""",
    """{DATE} «電訪|電話追蹤»{P1}，«未接|無人接聽»。«再撥|改撥»{PH}，由{P2}接聽，\
表示個案«已就醫|這幾天住在{P3}家»。""",
    """個案«說|自述»：「我叫{P1}，«你們不要再打給我媽{P2f}了|我媽{P2f}會擔心»，«我沒事|我有在吃藥»。」\
«訪員|社工»回應會尊重個案意願，«下次約{DATE}|下週再訪»。""",
    """«社區心理衛生中心轉介單|自殺關懷訪視轉介單»
轉介日期：{DATE}
個案姓名：{P1}
«身分證字號|身分證統一編號»：{ID}
«健保卡號：{NHI}|»
出生日期：{BD}
住址：{ADDR}
電話：{PH}
轉介單位：{HOSP}　轉介人：{P2}""",
    """新住民{F1f}（{F1.nat}籍，居留證{ARC}）«由先生{P1m}陪同|自行»到中心，\
自述«產後情緒低落|與婆家相處壓力大»，«需要通譯協助|可用簡單中文溝通»。«聯絡電話|手機»{MOB}。""",
    """{DATE} 個案{P1}«寄信|來信»至中心«（{EMAIL}）|，寄件信箱{EMAIL}，»\
«表示想取消下週會談|詢問團體課程時間»，\
已«回信|回覆»並改約{DATE}«會談|面談»。""",
    """家庭會議：出席者{P1}（個案）、{P2}（{P2.rel}）、{P3}（{P3.rel}）、«社工|心理師»{P4}。\
討論«就醫安排|用藥順從|經濟補助»，{P2}同意«每週陪同回診|協助管理藥物»。""",
    """{DATE}{TIME}«接獲|收到»{HOSP}通報，{P1}«（{BD}生）|»«因服藥過量|因情緒激動»«送急診|緊急就醫»，\
«健保卡號{NHI}|身分證{ID}»。已聯繫«家屬|案母»{P2}«（{MOB}）|»到院。""",
    """結案摘要：{P1}«自{DATE}開案|開案{NUM}個月»，經«每月訪視|定期追蹤»後情緒穩定，«已回職場|規律就醫»，\
«同意結案|予以結案»。«主責社工：{P2}|»""",
    """關懷訪視紀錄表
姓名：{P1}　性別：{P1.sex}　年齡：{AGE}
住址：{ADDR}
電話：{PH}　«緊急聯絡人：{P2} {MOB}|»
訪視方式：«面訪|電訪|視訊»　風險等級：«低|中|高»
«備註：{P1}表示鄰居{P3}常來關心。|»""",
    """«阿嬤|阿公»{P1}說：「«我孫子|我兒子»{P2}«都不回來|很久沒打電話»，«我一個人住在|我住在»{ADDR}，\
«晚上睡不著|不想吃飯»。」已«通報|聯繫»里長{P3}協助«關懷|送餐»。""",
)

_MENTAL_NEG = (
    """«本中心|{CITY}社區心理衛生中心»{DATE}辦理«社區心理健康講座|紓壓工作坊|正念減壓課程»，\
主題「«睡眠與情緒|壓力調適|高齡者心理健康»」，地點{PLACE}，«免費參加|名額{NUM}名»。""",
    """{YEAR}年第«一|二|三|四»季«關懷訪視|個案管理»統計：新案{COUNT}件、結案{COUNT}件，\
每案平均訪視{NUM}次，«高風險|中高風險»個案占{PCT}%。""",
    """依精神衛生法第{ART}條規定，地方主管機關應«設立|辦理»社區心理衛生中心，\
提供«心理健康促進|自殺防治|精神疾病個案追蹤»等服務。""",
    """會議紀錄：討論«高風險個案轉銜流程|跨網絡合作»，決議由各區«衛生所|分中心»於{NUM}日內完成«初訪|首次訪視»，\
«何時|如何»結案依«評估表|風險量表»結果決定。""",
    """«溫度|氣溫»驟降期間，«長者|獨居長者»«心血管|情緒»狀況容易«波動|惡化»，建議«各區|訪視員»«加強|增加»«關懷|電訪»頻率。""",
    """«物資|採購»清單：{PROD}{NUM}«盒|箱»、«毛毯|暖暖包»{NUM}«件|包»，經費{AMT}，«由|經»«公益彩券回饋金|年度預算»支應。""",
    """{CITY}政府{YEAR}年度«心理健康促進|自殺防治»委託案，得標廠商{COMPANY}（統一編號{BAN}），\
決標金額{AMT}，«履約期限|契約期間»至{RDATE}。""",
)

_SPORTS_POS = (
    """{EVENT} 報名資料
姓名：{P1}
性別：{P1.sex}
«出生日期|生日»：{BD}
«身分證字號|身分證/護照號碼»：«{ID}|{ID}|{PASS}»
«手機|行動電話»：{MOB}
E-mail：{EMAIL}
緊急聯絡人：{P2} {MOB}
組別：«全程馬拉松|半程馬拉松|10K|5K健康路跑»«　衣服尺寸：{SIZE}|»""",
    """{TIME} «3|5|10|21|35»公里«醫護站|救護站»：跑者{P1}（號碼布{BIB}）\
«熱衰竭|小腿抽筋|跌倒擦傷|胸悶|低血糖»，\
«予以冰敷|給予運動飲料|量測血壓後»休息{NUM}分鐘，«由救護車送往{HOSP}|自行返回賽道»。\
«健保卡號{NHI}，|»«聯絡|已通知»家屬{P2}（{MOB}）。""",
    """«國際|海外»選手{F1}（護照號碼{FPASS}，{BD}生）«以信用卡|刷卡»繳交報名費{AMTS}，«卡號|信用卡號»{CARD}，\
«扣款失敗|交易被拒»，已寄信至{EMAIL}請其重新付款。""",
    """«報名費退款申請|退費申請»：{P1}«重複刷卡|因傷無法參賽»，«卡號|信用卡»{CARD}，退款{AMTS}，\
«聯絡電話{PH}|聯絡信箱{EMAIL}»。""",
    """«志工|工作人員»名單（{PLACE}«補給站|醫護站»）
«組長|站長»：{P1}　{MOB}
«組員|志工»：{P2}、{P3}、{P4}
«醫護|醫師»：{P5}«（{HOSP}）|»""",
    """«失物招領|遺失物»：{TIME}於«終點|會場»拾獲«皮夾|證件夾»，內有{P1}的身分證（{ID}）\
«及健保卡（{NHI}）|及一張信用卡»，«已聯繫本人|尚未聯繫到本人»«（{MOB}）|»。""",
    """{EVENT} 醫療事件紀錄
時間：{DATE} {TIME}
地點：«18|25|32|40»公里處
傷患：{P1}，{P1.sex}，{AGE}歲，號碼布{BIB}
經過：跑者倒地«無意識|意識模糊»，志工{P2}«立即|先行»CPR，«使用AED電擊一次|AED判讀不建議電擊»後«恢復呼吸|恢復意識»，\
由救護車送往{HOSP}。
家屬：{P3}（{P3.rel}）{PH}""",
    """寄件者：{EMAIL}
您好，我是{P1}，報名«全馬|半馬»«（號碼布{BIB}）|»，«想更改衣服尺寸|想轉讓名額給{P2}»，\
«我的身分證是{ID}|出生日期是{BD}»，謝謝。""",
    """無線電：「«醫護|救護»呼叫«大會|總部»，«32|10»K有一位«跑者|選手»«抽筋|倒地»，«姓名|名字»{P1}，\
«電話|手機»{MOB}，«請派機車|請派救護車»。」""",
    """«報名|資格»審核：{P1}«（{BD}）|»«身分證|證件»{ID}«已重複報名|年齡不符組別規定»，«已退件|請確認後重新報名»。""",
    """«國外|旅外»國人{P1}以護照{PASS}報名，«出生日期|生日»{BD}，«聯絡|手機»{PH}，\
«賽後|領物»請«攜帶|出示»護照«正本|»。""",
)

_SPORTS_NEG = (
    """{EVENT}«報名|線上報名»自{RDATE}開始，«限額|名額»{COUNT}名，報名費«全馬|全程»{AMTS}、«半馬|半程»{AMTS}，\
«額滿為止|逾期不受理»。""",
    """交通管制：{DATE}{TIME}至{TIME}，{ROAD}«全線|雙向»封閉，«請用路人改道|公車改道行駛»。""",
    """本屆«完賽|參賽»{COUNT}人，醫護站共處置{NUM}件，«無重大傷病|均為輕傷»，«感謝|謝謝»«志工|醫護團隊»協助。""",
    """贊助«廠商|單位»：{COMPANY}、{ORG}。補給品：{PROD}、«香蕉|番茄»、«鹽錠|能量果膠»。""",
    """«田徑|路跑»注意事項：«高溫|氣溫»達{NUM}度時起跑時間提前，全程組關門時間{NUM}小時，沿途設«補給站|醫護站»{NUM}處。""",
    """«器材|物資»清點：«號碼布|晶片»{COUNT}份、«完賽獎牌|毛巾»{COUNT}«面|條»、«護欄|三角錐»{NUM}座，\
由{COMPANY}«驗收|點交»。""",
    """{EVENT}«執行|承辦»廠商{COMPANY}（統一編號{BAN}），«活動|補助»經費{AMT}，«結案報告|核銷資料»請於{RDATE}前送{CITY}政府«體育處|體育局»。""",
)

_GENERIC_NEG = (
    """«林口|田中|高雄|金門|馬公|花蓮»地區{DATE}«黃昏|傍晚»起«溫度|氣溫»明顯下降，提醒民眾«注意保暖|留意路況»，\
«高齡|年長»者外出«應|宜»加強防護。""",
    """本«案|活動»採購品項：{PROD}{NUM}箱、{PROD}{NUM}箱，«廠商|供應商»{COMPANY}（統一編號{BAN}），«決標|總»金額{AMT}。""",
    """公告期間自{RDATE}起«十日|七日»，期滿無異議者«即|始»生效。«何時|何日»張貼以本府公佈欄為準。""",
    """依{LAW}第{ART}條規定，«處|應繳納»«罰鍰|規費»{AMT}，繳納期限至{RDATE}止。發文字號：{DOC}。""",
    """«司馬庫斯|西門町|石門水庫|金瓜石|林田山|馬太鞍濕地|高美濕地»«一帶|周邊»«假日|連續假期»«遊客眾多|車流量大»，\
建議«搭乘大眾運輸|提早出門»。""",
    """«收據|繳款書»編號{RCPT}«已作廢|已補印»，案件編號{CASENO}«已結案|處理中»，費用{AMT}«已退還|已入帳»。""",
)


def _table(
    rng: random.Random, titles: str, name_col: str, cols: tuple[tuple[str, str], ...]
) -> str:
    """A table pasted as text: a name column plus a few other columns, 2-5 rows."""
    chosen = sorted(rng.sample(range(len(cols)), rng.randint(2, min(4, len(cols)))))
    numbered = rng.random() < 0.5
    head = [name_col] + [cols[i][0] for i in chosen]
    rows = []
    for r in range(rng.randint(2, 5)):
        cells = [f"{{P{r + 1}}}"] + [cols[i][1].replace("{Q}", f"{{P{r + 6}}}") for i in chosen]
        rows.append(([str(r + 1)] if numbered else []) + cells)
    if numbered:
        head = [rng.choice(("編號", "序號", "No.")), *head]
    style = rng.randrange(4)
    if style == 0:
        lines = [" | ".join(head)] + [" | ".join(c) for c in rows]
    elif style == 1:
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(c) + " |" for c in rows]
    elif style == 2:
        lines = ["\t".join(head)] + ["\t".join(c) for c in rows]
    else:
        lines = ["，".join(head)] + ["，".join(c) for c in rows]
    return titles + "\n" + "\n".join(lines)


def _enforce_table(rng: random.Random) -> str:
    cols = (
        ("身分證統一編號", "{ID}"),
        ("欠繳金額", "{AMTN}"),
        ("聯絡電話", "{PH}"),
        ("地址", "{ADDR}"),
        ("案號", "{AXCASE}"),
        ("移送機關", "{AGENCY}"),
    )
    return _table(rng, "«{BRANCH}分署|本股»«待執行案件清冊|分期名單»«（{RDATE}）|»", "義務人", cols)


def _land_table(rng: random.Random) -> str:
    cols = (
        ("身分證字號", "{ID}"),
        ("族別", "{TRIBE}"),
        ("地號", "{SECTION}段{PARCEL}"),
        ("電話", "{PH}"),
        ("住址", "{RADDR}"),
        ("出生日期", "{BD}"),
    )
    return _table(rng, "{TOWNSHIP}«耕作權申請案件一覽|禁伐補償申請名冊»", "申請人", cols)


def _housing_table(rng: random.Random) -> str:
    cols = (
        ("戶號", "{UNIT}"),
        ("電話", "{PH}"),
        ("欠繳月數", "{NUM}"),
        ("欠繳金額", "{AMTN}"),
        ("身分證字號", "{ID}"),
    )
    return _table(rng, "{ESTATE}«欠租名單|催繳清冊»«（截至{DATE}）|»", "承租人", cols)


def _post_table(rng: random.Random) -> str:
    cols = (
        ("日期", "{DATE}"),
        ("掛號號碼", "{TRACK}"),
        ("領取人", "«{Q}|本人»"),
        ("證件號碼", "{ID}"),
        ("備註", "«本人|代領|退回|招領中»"),
    )
    return _table(rng, "{POST}«招領登記|掛號領取紀錄»", "收件人", cols)


def _mental_table(rng: random.Random) -> str:
    cols = (
        ("生日", "{BD}"),
        ("健保卡號", "{NHI}"),
        ("電話", "{PH}"),
        ("風險", "«低|中|高»"),
        ("下次訪視", "{DATE}"),
    )
    return _table(rng, "«本週追蹤個案|{MON}月關懷名單»", "個案", cols)


def _sports_table(rng: random.Random) -> str:
    cols = (
        ("號碼布", "{BIB}"),
        ("出生日期", "{BD}"),
        ("手機", "{MOB}"),
        ("身分證/護照", "«{ID}|{ID}|{PASS}»"),
        ("狀況", "«抽筋|擦傷|熱衰竭|休息後返回»"),
        ("健保卡號", "{NHI}"),
    )
    return _table(rng, "«醫護站處置紀錄|報名異常名單»«（{EVENT}）|»", "姓名", cols)


# (name, positive templates, negative templates, kind mix for P keys: han, ind, for)
_GENRES = (
    ("enforcement", (*_ENFORCE_POS, _enforce_table), _ENFORCE_NEG, (0.86, 0.04, 0.10)),
    ("reserved_land", (*_LAND_POS, _land_table), _LAND_NEG, (0.45, 0.55, 0.0)),
    ("public_housing", (*_HOUSING_POS, _housing_table), _HOUSING_NEG, (0.8, 0.06, 0.14)),
    ("registered_mail", (*_POST_POS, _post_table), _POST_NEG, (0.8, 0.05, 0.15)),
    ("mental_health", (*_MENTAL_POS, _mental_table), _MENTAL_NEG, (0.8, 0.07, 0.13)),
    ("sports_event", (*_SPORTS_POS, _sports_table), _SPORTS_NEG, (0.75, 0.07, 0.18)),
)

# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

_SLOT = re.compile(r"\{([A-Za-z]+\d*[mf]?)(?:\.([a-z]+))?\}")
_PERSON_KEY = re.compile(r"([PFNH])(\d{1,2})([mf]?)")
_ALT = re.compile(r"«([^«»]*)»")
_BLANK_LINE = re.compile(r"\n[ \t　]*(?=\n)")

# Leak checks run on the text outside the gold spans (full-width folded).
_ID_WINDOW = re.compile(r"(?=([A-Z][A-Z0-9]\d{8}))")
_LONG_DIGITS = re.compile(r"\d(?:[ \-]?\d){12,}")
_NUMBER_RUN = re.compile(r"[\d+(][\d \-.()+]*\d")
_MOBILE_DIGITS = re.compile(r"09\d{8}|8869\d{8}")


class _State:
    """Known names and the per-kind pools of known people that texts may mention."""

    def __init__(self, rng: random.Random, n: int) -> None:
        size = max(60, n // 3)
        people: list[_Person] = []
        seen: dict[str, None] = {}
        while len(people) < size:
            r = rng.random()
            kind = "han" if r < 0.72 else ("ind" if r < 0.84 else "for")
            person = _make_person(rng, kind, None)
            if person.name not in seen:
                seen[person.name] = None
                people.append(person)
        rng.shuffle(people)
        mentionable = people[: int(size * 0.8)]  # the rest are never mentioned
        self.known_names = [p.name for p in people]
        self.known_set = frozenset(self.known_names)
        self.pools = {k: [p for p in mentionable if p.kind == k] for k in ("han", "ind", "for")}


class _Context:
    def __init__(self, state: _State, rng: random.Random, mix: tuple[float, float, float]) -> None:
        self.state = state
        self.rng = rng
        self.mix = mix
        self.people: dict[str, _Person] = {}
        self.day: date | None = None
        self.minute: int | None = None

    def next_date(self) -> date:
        """Ordinary dates of one text run forward (notice date, then deadline...)."""
        if self.day is None:
            self.day = date(2023, 1, 1) + timedelta(days=self.rng.randrange(1000))
        else:
            self.day += timedelta(days=self.rng.randint(0, 60))
        return self.day

    def next_minute(self) -> int:
        """Clock times of one text run forward too."""
        if self.minute is None:
            self.minute = self.rng.randrange(6 * 12, 16 * 12) * 5
        else:
            self.minute = min(self.minute + self.rng.randrange(2, 36) * 5, 22 * 60)
        return self.minute

    def passport(self, foreign: bool) -> str:
        nats = [p.nat for p in self.people.values() if p.kind == "for"]
        if nats:
            nat = nats[0]
        elif foreign:
            nat = self.rng.choice(("vn", "id", "ph", "th"))
        else:
            nat = "tw" if self.rng.random() < 0.8 else self.rng.choice(("vn", "id", "ph", "th"))
        return _passport_number(self.rng, nat)

    def _new_person(self, letter: str, sex: str) -> _Person:
        rng = self.rng
        if letter == "F":
            kind = "for"
        elif letter == "N":
            kind = "ind"
        elif letter == "H":
            kind = "han"
        else:
            kind = rng.choices(("han", "ind", "for"), weights=self.mix)[0]
        female = None if not sex else sex == "f"
        used = [p.name for p in self.people.values()]
        if rng.random() < _KNOWN_RATE:
            pool = [
                p
                for p in self.state.pools[kind]
                if (female is None or p.female == female) and p.name not in used
            ]
            if pool:
                return rng.choice(pool)
        while True:
            person = _make_person(rng, kind, female)
            if person.name not in self.state.known_set and person.name not in used:
                return person

    def _attribute(self, person: _Person, attr: str) -> str:
        rng = self.rng
        if attr == "h":
            return rng.choice(("小姐", "女士")) if person.female else "先生"
        if attr == "sex":
            return "女" if person.female else "男"
        if attr == "elder":
            return rng.choice(("阿嬤", "阿姨")) if person.female else rng.choice(("阿公", "伯伯"))
        if attr == "rel":
            if person.female:
                return rng.choice(
                    ("母親", "女兒", "配偶", "姊姊", "妹妹", "阿姨", "同住人", "鄰居")
                )
            return rng.choice(("父親", "兒子", "配偶", "哥哥", "弟弟", "舅舅", "同住人", "鄰居"))
        if attr == "nat":
            return _NATIONALITY.get(person.nat, "越南")
        raise KeyError(attr)

    def render(self, template: str) -> tuple[str, list[tuple[int, int, str]]]:
        rng = self.rng
        while m := _ALT.search(template):
            template = (
                template[: m.start()] + rng.choice(m.group(1).split("|")) + template[m.end() :]
            )
        template = _BLANK_LINE.sub("", template).strip()
        sexes: dict[str, str] = {}
        for m in _SLOT.finditer(template):
            key = _PERSON_KEY.fullmatch(m.group(1))
            if key and key.group(3):
                sexes[key.group(1) + key.group(2)] = key.group(3)
        out: list[str] = []
        spans: list[tuple[int, int, str]] = []
        pos = last = 0
        for m in _SLOT.finditer(template):
            literal = template[last : m.start()]
            out.append(literal)
            pos += len(literal)
            value, label = self._fill(m.group(1), m.group(2), sexes)
            if label:
                spans.append((pos, pos + len(value), label))
            out.append(value)
            pos += len(value)
            last = m.end()
        out.append(template[last:])
        return "".join(out), spans

    def _fill(self, name: str, attr: str | None, sexes: dict[str, str]) -> tuple[str, str | None]:
        key = _PERSON_KEY.fullmatch(name)
        if key:
            ident = key.group(1) + key.group(2)
            if ident not in self.people:
                self.people[ident] = self._new_person(key.group(1), sexes.get(ident, ""))
            person = self.people[ident]
            if attr is None:
                return person.name, "PERSON"
            return self._attribute(person, attr), None
        if name in _SPAN_SLOTS:
            label, make = _SPAN_SLOTS[name]
            return make(self), label
        return _FILLERS[name](self), None


def _clean_outside(text: str, spans: list[tuple[int, int, str]], known: frozenset[str]) -> bool:
    """No valid ID, resident certificate, card, e-mail, mobile or known name outside spans."""
    chars = list(text)
    for start, end, _ in spans:
        chars[start:end] = "■" * (end - start)
    masked = "".join(chars).translate(_HALF)
    for m in _ID_WINDOW.finditer(masked.upper()):
        if twid.is_valid(m.group(1)) or arc.is_valid(m.group(1)):
            return False
    if "@" in masked or _LONG_DIGITS.search(masked):
        return False
    for m in _NUMBER_RUN.finditer(masked):
        if _MOBILE_DIGITS.search(re.sub(r"\D", "", m.group())):
            return False
    return not any(name in masked for name in known)


def _sample(state: _State, rng: random.Random, negative: bool) -> Sample:
    _, positives, negatives, mix = rng.choice(_GENRES)
    generic = rng.random() < 0.2
    pool = (_GENERIC_NEG if generic else negatives) if negative else positives
    for _ in range(200):
        template = rng.choice(pool)
        if callable(template):
            template = template(rng)
        ctx = _Context(state, rng, mix)
        text, spans = ctx.render(template)
        if negative == bool(spans):
            raise AssertionError("template does not fit its sample kind")
        if _clean_outside(text, spans, state.known_set):
            flags = [text[s:e] in state.known_set for s, e, lab in spans if lab == "PERSON"]
            return Sample(text, spans, negative, flags)
    raise RuntimeError("could not render a clean sample")


def generate_heldout47(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the known-names list.

    Deterministic for a seed. The known-names list mimics a dataset's applicant-name column:
    about half of the PERSON mentions use one of its names, and a fifth of it is never
    mentioned.
    """
    rng = random.Random(seed)
    state = _State(rng, n)
    samples = [_sample(state, rng, rng.random() < _NEGATIVE_RATE) for _ in range(n)]
    return samples, list(state.known_names)
