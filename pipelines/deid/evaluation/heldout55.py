"""Held-out set 55: synthetic Taiwanese agency free text with labelled personal data.

Written without reading the scanner, its recognizers or the other evaluation sets, so the
first measurement on it is an honest held-out figure. Six genres: flood-damage relief claims
(淹水救助), ambulance inter-hospital transfer logs (轉院), motor-vehicle office ownership
transfer records (過戶), neighbourhood mediation minutes (鄰里調解), lottery-prize claim
registers (彩券兌獎) and foreign students' scholarship applications (外籍生獎學金).

Templates use a tiny language: ``{KEY}`` is a value or filler (see ``_VALUES`` and
``_FILLERS``), ``{P}``/``{F}``/``{K}`` a person (any / foreign / staff), optionally with a
slot digit that repeats the same person (``{P1}``) and ``h`` to append a gendered honorific
outside the span (``{P1h}``); ``⟦a|b⟧`` picks one alternative.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, creditcard, phone, twid
from pipelines.deid.identifiers import ban as ban_mod
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

# --------------------------------------------------------------------------- names

_SURNAMES = list(
    dict.fromkeys(
        "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈"
        "余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董唐藍石蔣古紀姚連馮歐程湯黎田康"
        "姜白汪鄒尤巫鐘涂龔嚴韓袁金童陸夏柳凃邵錢伍倪溫于譚駱熊任甘秦顧毛章史官萬俞雷粘"
        "饒闕凌崔尹孔辛武辜陶易段龍韋葛池孟褚殷麥賀賈莫管關向包丘梅華利裴房佘左查鮑滕甯"
        "鄺冼覃仉蒯鈕隋牛郝喬聶符卜車練商岳單齊籃宮植巴邢烏荘蘭"
    )
)
_COMPOUND = ["歐陽", "張簡", "司徒", "范姜", "張廖", "周黃", "上官", "諸葛", "司馬", "東方"]
_COMPOUND += ["皇甫", "夏侯", "端木", "公孫", "慕容", "令狐"]

_GIVEN_M = [
    "志明",
    "俊傑",
    "建宏",
    "家豪",
    "冠宇",
    "承翰",
    "宗翰",
    "冠廷",
    "柏翰",
    "彥廷",
    "育誠",
    "明哲",
    "志豪",
    "俊宏",
    "建志",
    "文雄",
    "清山",
    "金龍",
    "榮華",
    "國華",
    "正雄",
    "振興",
    "永福",
    "坤山",
    "水木",
    "進財",
    "世昌",
    "德明",
    "信宏",
    "宏達",
    "士銘",
    "哲瑋",
    "昱廷",
    "品睿",
    "宥辰",
    "睿恩",
    "承恩",
    "子晏",
    "秉宸",
    "浩宇",
    "宇翔",
    "聖傑",
    "政勳",
    "仁傑",
    "啟明",
    "耀宗",
    "光輝",
    "秋雄",
    "添丁",
    "天賜",
    "茂松",
    "春生",
    "炳煌",
    "錦昌",
    "文彬",
    "守仁",
    "孟儒",
    "家銘",
    "泓毅",
    "柏均",
    "奕辰",
    "翊凱",
    "瑞祥",
    "英豪",
    "志偉",
    "志成",
    "維哲",
    "書豪",
    "子健",
    "建廷",
    "政宏",
    "國棟",
    "大偉",
    "明輝",
    "俊良",
    "昭男",
    "清水",
    "火旺",
    "阿炳",
    "萬得",
    "朝宗",
    "煥章",
    "銘鴻",
    "宏銘",
    "俊毅",
    "嘉宏",
    "承諺",
    "彥君",
    "宇軒",
    "柏宇",
    "冠霖",
    "子豪",
    "聖文",
    "景翔",
    "鴻儒",
    "信義",
    "福來",
    "正德",
    "建成",
    "世豪",
    "宗憲",
    "裕民",
    "耀庭",
    "晉嘉",
    "宸瑋",
    "恩碩",
    "品翰",
    "禹辰",
    "睿哲",
    "紹齊",
    "道明",
    "進興",
    "文賢",
    "永昌",
    "勝雄",
    "德輝",
    "新發",
    "肇基",
]
_GIVEN_F = [
    "淑芬",
    "美玲",
    "雅婷",
    "怡君",
    "佩君",
    "淑惠",
    "麗華",
    "秀英",
    "玉蘭",
    "美惠",
    "靜宜",
    "欣怡",
    "詩涵",
    "宜蓁",
    "雅雯",
    "郁婷",
    "筱涵",
    "品妍",
    "子晴",
    "語彤",
    "芷若",
    "思妤",
    "佳穎",
    "宜庭",
    "惠美",
    "秀琴",
    "月娥",
    "碧霞",
    "素珠",
    "麗珠",
    "秀鳳",
    "美雲",
    "金蓮",
    "春嬌",
    "玉梅",
    "彩雲",
    "秋月",
    "瑞芳",
    "淑貞",
    "慧君",
    "佳蓉",
    "婉婷",
    "韻如",
    "曉雯",
    "宛蓉",
    "心怡",
    "家瑜",
    "若涵",
    "語晨",
    "予恩",
    "沛涵",
    "芊妤",
    "采潔",
    "亭妤",
    "湘婷",
    "怡萱",
    "欣妤",
    "美華",
    "玉珍",
    "阿滿",
    "秀蘭",
    "寶珠",
    "麗卿",
    "淑娟",
    "幸如",
    "珮瑜",
    "盈秀",
    "詩婷",
    "郁雯",
    "思穎",
    "芳瑜",
    "雅筑",
    "宜珊",
    "映彤",
    "品萱",
    "羽涵",
    "苡安",
    "禹彤",
    "芯瑜",
    "昀蓁",
    "舒涵",
    "巧玲",
    "秀枝",
    "罔市",
    "招治",
    "阿嬌",
    "素琴",
    "美雪",
    "碧玉",
    "鳳嬌",
    "春美",
    "麗雲",
    "玉霞",
    "月霞",
    "美珠",
    "淑華",
    "秀玉",
    "佳慧",
    "怡伶",
    "雅惠",
    "惠雯",
    "靜芳",
    "佩珊",
    "宛儒",
    "以琳",
    "子芸",
    "芷瑄",
    "于庭",
    "凱婷",
    "曉琪",
    "靖雯",
    "琬婷",
    "珮甄",
    "嘉玲",
    "韻婷",
    "婕妤",
    "立婷",
    "瑋婷",
]
_SINGLE_M = list("偉傑翔勳霖凱毅誠彬鈞睿銘瀚崴鋒")
_SINGLE_F = list("婷玲萱瑜慧琪妤蓁璇穎欣雯涵晴霏")

_IND_M = ["瓦歷斯", "比令", "尤幹", "馬耀", "哈勇", "巴代", "達少", "吉洛", "拉罕", "阿棟"]
_IND_F = ["巴奈", "伊娃", "拉娃", "吉娃斯", "莎韻", "伊婉", "烏娜", "芭翁", "伊苞", "阿菲"]
_IND_2 = ["諾幹", "瓦旦", "拉拜", "巴萬", "尤道", "達印", "比浩", "塔道", "馬紹", "古拉斯"]
_IND_2 += ["卡造", "巴燕", "哈告", "尤命", "阿給", "沙力浪"]
_IND_M_R = ["Walis", "Pilin", "Yukan", "Mayaw", "Hayung", "Badai", "Tasaw", "Kilang", "Atong"]
_IND_F_R = ["Panay", "Iwa", "Lawa", "Kiwas", "Sayun", "Iwan", "Una", "Ofad", "Dongi"]
_IND_2_R = ["Nokan", "Watan", "Labai", "Pawan", "Yudaw", "Tain", "Pihaw", "Tadaw", "Masaw"]
_IND_2_R += ["Kolas", "Kacaw", "Payan", "Hakaw", "Yumin", "Akiy", "Sulu"]

_VN_LAST = [("Nguyen", "Nguyễn"), ("Tran", "Trần"), ("Le", "Lê"), ("Pham", "Phạm")]
_VN_LAST += [("Hoang", "Hoàng"), ("Phan", "Phan"), ("Vu", "Vũ"), ("Dang", "Đặng")]
_VN_LAST += [("Bui", "Bùi"), ("Do", "Đỗ"), ("Ho", "Hồ"), ("Ngo", "Ngô"), ("Duong", "Dương")]
_VN_F = [("Thu Huong", "Thu Hương"), ("Ngoc Lan", "Ngọc Lan"), ("Thuy", "Thủy"), ("Mai", "Mai")]
_VN_F += [("Hong Nhung", "Hồng Nhung"), ("Phuong", "Phương"), ("Thanh Tam", "Thanh Tâm")]
_VN_F += [("Kim Ngan", "Kim Ngân"), ("Hanh", "Hạnh"), ("Bich Ngoc", "Bích Ngọc"), ("Yen", "Yến")]
_VN_M = [("Minh Tuan", "Minh Tuấn"), ("Hung", "Hùng"), ("Duc Anh", "Đức Anh"), ("Long", "Long")]
_VN_M += [("Quang Huy", "Quang Huy"), ("Thanh Son", "Thanh Sơn"), ("Cuong", "Cường")]
_VN_M += [("Hai Dang", "Hải Đăng"), ("Khoa", "Khoa"), ("Trung Kien", "Trung Kiên")]
_VN_HAN_LAST = list("阮陳黎范黃潘武鄧裴杜胡吳丁楊")
_VN_HAN_F = ["秋香", "玉蘭", "翠", "梅", "紅", "芳", "清心", "鳳", "美蓮", "幸", "月", "碧玉"]
_VN_HAN_M = ["雄", "明俊", "勇", "德勝", "海", "龍", "強", "光輝", "文科", "中堅"]

_ID_F = ["Siti", "Dewi", "Sri", "Ayu", "Putri", "Rina", "Wulan", "Indah", "Nur", "Eka"]
_ID_M = ["Budi", "Agus", "Eko", "Rizky", "Fajar", "Hendra", "Yusuf", "Ahmad", "Dedi", "Joko"]
_ID_LAST = ["Rahayu", "Lestari", "Wahyuni", "Handayani", "Kurniawan", "Santoso", "Pratama"]
_ID_LAST += ["Saputra", "Hidayat", "Setiawan", "Nugroho", "Susanti", "Maulana", "Purnamasari"]
_ID_HAN_F = ["西蒂", "黛薇", "絲莉", "阿尤", "普特莉", "莉娜", "烏蘭", "印達"]
_ID_HAN_M = ["布迪", "阿古斯", "艾可", "李斯基", "法吉爾", "韓德拉", "尤蘇夫", "阿瑪德"]
_ID_HAN_LAST = ["拉哈尤", "萊絲塔莉", "瓦育尼", "韓達雅尼", "古尼亞灣", "山托索", "普拉塔瑪"]

_PH_F = ["Maria Cristina", "Rosalie", "Jocelyn", "Marites", "Jennifer", "Rowena", "Analyn"]
_PH_F += ["Mary Grace", "Lorna", "Elvira", "Kristine Joy"]
_PH_M = ["Mark Anthony", "John Paul", "Rodel", "Jomar", "Arnel", "Reynaldo", "Jericho"]
_PH_M += ["Ronaldo", "Christian", "Noel"]
_PH_LAST = ["Santos", "Reyes", "Bautista", "Garcia", "Mendoza", "Villanueva", "Ramos"]
_PH_LAST += ["Castillo", "Navarro", "Soriano", "Dizon", "Manalo", "Pascual", "Tolentino"]
_PH_HAN_F = ["瑪麗亞", "羅莎莉", "喬瑟琳", "珍妮佛", "蘿溫娜", "安娜琳"]
_PH_HAN_M = ["馬克", "羅德爾", "阿內爾", "雷納多", "傑瑞科", "諾爾"]
_PH_HAN_LAST = ["桑托斯", "雷耶斯", "包蒂斯塔", "門多薩", "拉莫斯", "納瓦羅", "索里亞諾"]

_TH_F = ["Siriporn", "Pornthip", "Wanida", "Supaporn", "Kanokwan", "Nattaya", "Sukanya"]
_TH_M = ["Somchai", "Somsak", "Nattapong", "Kittisak", "Anucha", "Thanakorn", "Wichai"]
_TH_M += ["Prasert", "Surasak"]
_TH_LAST = ["Srisuk", "Wongsawat", "Boonmee", "Saetang", "Kaewkham", "Thongdee", "Phromma"]
_TH_LAST += ["Sukjai", "Chantarasri", "Rattanakul", "Inthong"]
_TH_HAN_F = ["西莉蓬", "蓬蒂", "瓦妮達", "素帕蓬", "卡諾宛"]
_TH_HAN_M = ["頌猜", "宋薩", "吉迪薩", "阿努查", "塔納功", "威猜"]
_TH_HAN_LAST = ["汶密", "通迪", "西蘇", "甘坎", "攀瑪", "素齋"]

_COUNTRIES = {"vn": "越南", "id": "印尼", "ph": "菲律賓", "th": "泰國"}

Person = tuple[str, str, str | None]  # name, gender ("m"/"f"), country code or None


def _han(rng: random.Random, gender: str | None = None) -> Person:
    gender = gender or rng.choice("mf")
    surname = rng.choice(_COMPOUND) if rng.random() < 0.07 else rng.choice(_SURNAMES)
    if rng.random() < 0.12:
        given = rng.choice(_SINGLE_M if gender == "m" else _SINGLE_F)
    else:
        given = rng.choice(_GIVEN_M if gender == "m" else _GIVEN_F)
    return surname + given, gender, None


def _married(rng: random.Random) -> Person:
    """冠夫姓: the husband's surname before the woman's own full name."""
    husband = rng.choice(_SURNAMES)
    own = _han(rng, "f")[0]
    while own.startswith(husband):
        own = _han(rng, "f")[0]
    return husband + own, "f", None


def _indigenous(rng: random.Random) -> Person:
    gender = rng.choice("mf")
    if rng.random() < 0.3:
        first = rng.choice(_IND_M_R if gender == "m" else _IND_F_R)
        return f"{first} {rng.choice(_IND_2_R)}", gender, None
    first = rng.choice(_IND_M if gender == "m" else _IND_F)
    dot = "‧" if rng.random() < 0.6 else "·"
    return f"{first}{dot}{rng.choice(_IND_2)}", gender, None


def _foreign(rng: random.Random) -> Person:
    country = rng.choice(["vn", "vn", "id", "id", "ph", "th"])
    gender = rng.choice("mf")
    male = gender == "m"
    latin = rng.random() < 0.6
    if country == "vn":
        if latin:
            accent = 1 if rng.random() < 0.3 else 0
            last = rng.choice(_VN_LAST)[accent]
            given = rng.choice(_VN_M if male else _VN_F)[accent]
            middle = ("Van", "Văn") if male else ("Thi", "Thị")
            name = f"{last} {middle[accent]} {given}"
            if rng.random() < 0.15:
                name = name.upper() if not accent else name
        else:
            name = rng.choice(_VN_HAN_LAST) + ("文" if male else "氏")
            name += rng.choice(_VN_HAN_M if male else _VN_HAN_F)
    elif country == "id":
        if latin:
            first = rng.choice(_ID_M if male else _ID_F)
            name = first if rng.random() < 0.12 else f"{first} {rng.choice(_ID_LAST)}"
        else:
            first = rng.choice(_ID_HAN_M if male else _ID_HAN_F)
            name = f"{first}‧{rng.choice(_ID_HAN_LAST)}"
    elif country == "ph":
        if latin:
            first = rng.choice(_PH_M if male else _PH_F)
            last = rng.choice(_PH_LAST)
            shape = rng.random()
            if shape < 0.2:
                name = f"{last.upper()}, {first.upper()}"
            elif shape < 0.5:
                name = f"{first} {rng.choice('ABCDGLMRST')}. {last}"
            else:
                name = f"{first} {last}"
        else:
            first = rng.choice(_PH_HAN_M if male else _PH_HAN_F)
            name = f"{first}‧{rng.choice(_PH_HAN_LAST)}"
    elif latin:
        name = f"{rng.choice(_TH_M if male else _TH_F)} {rng.choice(_TH_LAST)}"
    else:
        first = rng.choice(_TH_HAN_M if male else _TH_HAN_F)
        name = f"{first}‧{rng.choice(_TH_HAN_LAST)}"
    return name, gender, country


_MAKERS: dict[str, Callable[[random.Random], Person]] = {
    "han": _han,
    "married": _married,
    "indigenous": _indigenous,
    "foreign": _foreign,
}
_KNOWN_SIZES = {"han": 320, "married": 40, "indigenous": 40, "foreign": 90}
_MIX_ANY = (("han", 0.73), ("married", 0.07), ("indigenous", 0.08), ("foreign", 0.12))
_MIX_STAFF = (("han", 0.88), ("married", 0.04), ("indigenous", 0.08))
_MIX_FOREIGN = (("foreign", 1.0),)

# --------------------------------------------------------------------------- values

_FW_ALL = str.maketrans({chr(i): chr(i + 0xFEE0) for i in range(0x21, 0x7F)})
_FW_DIGITS = str.maketrans({str(i): chr(ord("０") + i) for i in range(10)})
_FULLWIDTH_RATE = 0.23  # of structured values; names are never widened, so ≈1/8 overall


def _digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


def _maybe_fw(rng: random.Random, value: str, digits_only: bool = False) -> str:
    if rng.random() < _FULLWIDTH_RATE:
        return value.translate(_FW_DIGITS if digits_only else _FW_ALL)
    return value


def _national_id(rng: random.Random) -> str:
    letter = rng.choice(list(LETTER_CODES))
    body = rng.choice("12") + _digits(rng, 7)
    value = letter + body + id_check_digit(letter, body)
    if rng.random() < 0.04:
        value = value.lower()
    return _maybe_fw(rng, value)


def _resident_cert(rng: random.Random) -> str:
    letter = rng.choice(list(LETTER_CODES))
    if rng.random() < 0.65:
        body = rng.choice("89") + _digits(rng, 7)
        value = letter + body + id_check_digit(letter, body)
    else:
        second = rng.choice("ABCD")
        tail = _digits(rng, 7)
        check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
        value = letter + second + tail + check
    return _maybe_fw(rng, value)


def _mobile_digits(rng: random.Random) -> str:
    while True:
        number = "09" + rng.choice("1233456789") + _digits(rng, 7)
        if phone.is_valid(number):
            return number


def _mobile(rng: random.Random) -> str:
    d = _mobile_digits(rng)
    shapes = [
        f"{d[:4]}-{d[4:7]}-{d[7:]}",
        d,
        f"{d[:4]} {d[4:7]} {d[7:]}",
        f"{d[:4]}-{d[4:]}",
        f"{d[:4]}{d[4:7]}-{d[7:]}",
        f"+886-{d[1:4]}-{d[4:7]}-{d[7:]}",
        f"+886 {d[1:4]} {d[4:7]} {d[7:]}",
        f"+886{d[1:]}",
        f"886-{d[1:]}",
        f"{d[:4]}.{d[4:7]}.{d[7:]}",
        f"({d[:4]}){d[4:7]}-{d[7:]}",
    ]
    weights = [30, 18, 8, 8, 4, 5, 3, 2, 1, 2, 2]
    return _maybe_fw(rng, rng.choices(shapes, weights)[0])


_AREAS = [("02", 8, 30), ("03", 7, 12), ("037", 6, 4), ("04", 8, 14), ("04", 7, 5)]
_AREAS += [("049", 7, 3), ("05", 7, 8), ("06", 7, 10), ("07", 7, 12), ("08", 7, 6)]
_AREAS += [("089", 6, 3), ("082", 6, 2), ("038", 6, 3)]


def _landline(rng: random.Random) -> str:
    while True:
        area, k, _ = rng.choices(_AREAS, [a[2] for a in _AREAS])[0]
        local = rng.choice("2345678") + _digits(rng, k - 1)
        if phone.is_valid(area + local):
            break
        if rng.random() < 0.3 and phone.is_plausible(area + local):
            break
    head, tail = local[:-4], local[-4:]
    shapes = [
        f"({area}){head}-{tail}",
        f"{area}-{local}",
        f"{area}-{head}-{tail}",
        f"({area}) {local}",
        f"{area} {head} {tail}",
        f"{area}{local}",
        f"+886-{area[1:]}-{head}-{tail}",
        f"({area}){local}",
    ]
    value = rng.choices(shapes, [20, 20, 10, 6, 5, 5, 3, 8])[0]
    if rng.random() < 0.2:
        ext = _digits(rng, rng.choice([2, 3, 3, 4]))
        ext = ext.lstrip("0") or "1"
        value += rng.choice([f" 分機{ext}", f"#{ext}", f"轉{ext}", f" ext. {ext}", f"分機 {ext}"])
    return _maybe_fw(rng, value)


def _any_phone(rng: random.Random) -> str:
    return _mobile(rng) if rng.random() < 0.62 else _landline(rng)


def _nhi(rng: random.Random) -> str:
    d = ("0000" if rng.random() < 0.7 else _digits(rng, 4)) + _digits(rng, 8)
    shape = rng.choice([d, d, f"{d[:4]}-{d[4:8]}-{d[8:]}", f"{d[:4]} {d[4:8]} {d[8:]}"])
    return _maybe_fw(rng, shape)


def _card(rng: random.Random) -> str:
    prefix = rng.choice(["4", "4", "4", "51", "52", "53", "54", "55", "35", "62", "37"])
    length = 15 if prefix == "37" else 16
    while True:
        body = prefix + _digits(rng, length - len(prefix) - 1)
        for check in "0123456789":
            if creditcard.is_valid(body + check):
                number = body + check
                break
        else:
            continue
        break
    if length == 15:
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i : i + 4] for i in range(0, 16, 4)]
    sep = rng.choice([" ", " ", "-", "-", ""])
    return _maybe_fw(rng, sep.join(groups))


_MAIL_WORDS = ["amy", "kevin", "jason", "vivian", "sunny", "happy", "lin", "chen", "wang", "hsu"]
_MAIL_WORDS += ["tina", "david", "peggy", "jerry", "momo", "bear", "apple", "star", "lan", "minh"]
_MAIL_WORDS += ["siti", "dewi", "somchai", "maria", "huong", "budi", "yuki", "chiayi", "abc"]
_MAIL_DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com.tw", "hotmail.com"]
_MAIL_DOMAINS += ["outlook.com", "ms12.hinet.net", "ms45.hinet.net", "icloud.com", "yahoo.com"]
_MAIL_DOMAINS += ["mail.ntust.edu.tw", "gs.ncku.edu.tw", "g.ntu.edu.tw", "mail.nchu.edu.tw"]


def _email(rng: random.Random) -> str:
    a, b = rng.choice(_MAIL_WORDS), rng.choice(_MAIL_WORDS)
    local = rng.choice(
        [a + _digits(rng, rng.randint(2, 4)), f"{a}.{b}", f"{a}_{b}{_digits(rng, 2)}", a + b]
    )
    if rng.random() < 0.15:
        local = rng.choice("sbmd") + _digits(rng, rng.choice([7, 8, 9]))
    return f"{local}@{rng.choice(_MAIL_DOMAINS)}"


_DISTRICTS = [
    ("臺北市", "大安區", "106"), ("臺北市", "中山區", "104"), ("臺北市", "信義區", "110"),
    ("臺北市", "士林區", "111"), ("臺北市", "萬華區", "108"), ("臺北市", "內湖區", "114"),
    ("新北市", "板橋區", "220"), ("新北市", "三重區", "241"), ("新北市", "汐止區", "221"),
    ("新北市", "新店區", "231"), ("新北市", "中和區", "235"), ("新北市", "蘆洲區", "247"),
    ("桃園市", "中壢區", "320"), ("桃園市", "桃園區", "330"), ("桃園市", "八德區", "334"),
    ("桃園市", "平鎮區", "324"), ("臺中市", "西屯區", "407"), ("臺中市", "北屯區", "406"),
    ("臺中市", "豐原區", "420"), ("臺中市", "大里區", "412"), ("臺中市", "沙鹿區", "433"),
    ("臺南市", "永康區", "710"), ("臺南市", "安南區", "709"), ("臺南市", "新營區", "730"),
    ("高雄市", "三民區", "807"), ("高雄市", "鳳山區", "830"), ("高雄市", "前鎮區", "806"),
    ("高雄市", "岡山區", "820"), ("基隆市", "七堵區", "206"), ("新竹市", "東區", "300"),
    ("新竹縣", "竹北市", "302"), ("苗栗縣", "頭份市", "351"), ("苗栗縣", "竹南鎮", "350"),
    ("彰化縣", "員林市", "510"), ("彰化縣", "鹿港鎮", "505"), ("彰化縣", "芳苑鄉", "528"),
    ("南投縣", "草屯鎮", "542"), ("南投縣", "埔里鎮", "545"), ("雲林縣", "斗六市", "640"),
    ("雲林縣", "虎尾鎮", "632"), ("雲林縣", "麥寮鄉", "638"), ("嘉義縣", "民雄鄉", "621"),
    ("嘉義市", "西區", "600"), ("屏東縣", "潮州鎮", "920"), ("屏東縣", "東港鎮", "928"),
    ("屏東縣", "萬丹鄉", "913"), ("宜蘭縣", "羅東鎮", "265"), ("宜蘭縣", "冬山鄉", "269"),
    ("花蓮縣", "吉安鄉", "973"), ("花蓮縣", "玉里鎮", "981"), ("臺東縣", "臺東市", "950"),
    ("澎湖縣", "馬公市", "880"), ("金門縣", "金城鎮", "893"),
]  # fmt: skip
_ROADS = ["中正路", "中山路", "民生路", "民族路", "建國路", "復興路", "和平東路", "光復路"]
_ROADS += ["成功路", "自由路", "忠孝東路", "仁愛路", "文化路", "中華路", "大同路", "三民路"]
_ROADS += ["公園路", "永福街", "福德街", "長春路", "新興街", "育英街", "博愛路", "林森路"]
_ROADS += ["中港路", "環河北路", "信義街", "勝利路", "美村路", "五福一路", "延平北路"]
_VILLAGES = ["中正", "福德", "興南", "大同", "仁和", "永安", "光明", "新興", "德和", "復興"]
_VILLAGES += ["和平", "忠孝", "頂庄", "下寮", "後厝", "崙仔", "竹圍", "田心"]
_CN_NUM = "一二三四五六七八九"


def _address(rng: random.Random) -> str:
    city, district, zip3 = rng.choice(_DISTRICTS)
    if rng.random() < 0.3:
        city = city.replace("臺", "台")
    out = ""
    if rng.random() < 0.2:
        out += zip3 + (_digits(rng, 2) if rng.random() < 0.5 else "")
    if rng.random() < 0.08 and city.endswith("市"):
        out += district  # people often drop the city for local addresses
    else:
        out += city + district
    if rng.random() < 0.3:
        unit = "村" if district.endswith("鄉") else "里"
        out += rng.choice(_VILLAGES) + unit
        if rng.random() < 0.6:
            out += f"{rng.randint(1, 28)}鄰"
    out += rng.choice(_ROADS)
    if rng.random() < 0.35:
        out += _CN_NUM[rng.randint(0, 4)] + "段"
    if rng.random() < 0.35:
        out += f"{rng.randint(1, 420)}巷"
        if rng.random() < 0.35:
            out += f"{rng.randint(1, 40)}弄"
    out += f"{rng.randint(1, 360)}"
    if rng.random() < 0.1:
        out += f"之{rng.randint(1, 9)}"
    out += "號"
    if rng.random() < 0.45:
        floor = rng.randint(2, 15)
        out += f"{floor}樓" if rng.random() < 0.7 else _CN_NUM[min(floor, 9) - 1] + "樓"
        if rng.random() < 0.15:
            out += f"之{rng.randint(1, 6)}"
    return _maybe_fw(rng, out, digits_only=True)


def _birth(rng: random.Random, first: int, last: int) -> str:
    start = date(first, 1, 1).toordinal()
    day = date.fromordinal(rng.randint(start, date(last, 12, 31).toordinal()))
    y, m, d, roc = day.year, day.month, day.day, day.year - 1911
    shapes = [
        f"民國{roc}年{m}月{d}日",
        f"{roc}年{m}月{d}日",
        f"{roc}.{m:02d}.{d:02d}",
        f"{roc:03d}/{m:02d}/{d:02d}",
        f"{roc}/{m}/{d}",
        f"民{roc}.{m}.{d}",
        f"{y}/{m:02d}/{d:02d}",
        f"{y}-{m:02d}-{d:02d}",
        f"{y}年{m}月{d}日",
        f"{y}.{m}.{d}",
    ]
    weights = [16, 14, 10, 8, 5, 3, 12, 8, 8, 4]
    if first >= 1985:  # foreign students also write day-first western dates
        shapes.append(f"{d:02d}/{m:02d}/{y}")
        weights.append(12 if d > 12 else 0)
    return _maybe_fw(rng, rng.choices(shapes, weights)[0], digits_only=True)


def _passport(rng: random.Random, country: str | None) -> str:
    if country == "vn":
        value = rng.choice("CCN") + _digits(rng, 7)
    elif country == "id":
        value = rng.choice("BCEX") + _digits(rng, 7)
    elif country == "ph":
        value = "P" + _digits(rng, 7) + rng.choice("ABCDEFGH")
    elif country == "th":
        value = rng.choice(["AA", "AB", "AC", "AD", "AE"]) + _digits(rng, 7)
    else:
        value = "3" + _digits(rng, 8)
    return _maybe_fw(rng, value)


# --------------------------------------------------------------------------- fillers


def _roc_date(rng: random.Random) -> str:
    day = date(2023, 1, 1) + timedelta(days=rng.randint(0, 800))
    roc, m, d = day.year - 1911, day.month, day.day
    return rng.choice(
        [
            f"{roc}年{m}月{d}日",
            f"{roc}.{m:02d}.{d:02d}",
            f"{roc}/{m:02d}/{d:02d}",
            f"{m}/{d}",
            f"{day.year}/{m:02d}/{d:02d}",
            f"{m}月{d}日",
        ]
    )


_AGENCY_WORDS = ["府授工", "府社救", "北市社助", "高市社救", "交公路", "竹市監", "中市調"]
_AGENCY_WORDS += ["臺教文(二)", "府消救", "南市社救", "彰府社救", "財綜", "新北社助"]


def _doc(rng: random.Random) -> str:
    return f"{rng.choice(_AGENCY_WORDS)}字第{rng.randint(112, 114)}{_digits(rng, 7)}號"


def _case(rng: random.Random) -> str:
    y = rng.randint(112, 114)
    return rng.choice(
        [
            f"{y}年救字第{rng.randint(1, 2999):04d}號",
            f"{y}-{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{rng.randint(1, 300):03d}",
            f"{y}調字第{rng.randint(1, 500)}號",
            f"收件{y}{rng.randint(1, 9999):04d}",
            f"R{y}{rng.randint(1, 99999):05d}",
        ]
    )


def _amount(rng: random.Random) -> str:
    n = rng.choice([1000, 2000, 5000, 10000, 20000, 30000]) * rng.randint(1, 9)
    return rng.choice([f"新臺幣{n:,}元", f"{n // 10000}萬元" if n >= 10000 else f"{n}元"])


def _ban(rng: random.Random) -> str:
    while True:
        body = _digits(rng, 7)
        for check in "0123456789":
            if ban_mod.is_valid(body + check):
                return body + check


_LAWS = ["災害救助金核發作業要點第4點", "道路交通管理處罰條例第12條", "鄉鎮市調解條例第26條"]
_LAWS += ["公益彩券發行條例第18條", "個人資料保護法第6條", "緊急醫療救護法第29條"]
_LAWS += ["外國學生來臺就學辦法第5條", "道路交通安全規則第23條", "所得稅法第14條"]
_COMPANIES = ["永豐汽車股份有限公司", "大發租賃有限公司", "和泰汽車股份有限公司"]
_COMPANIES += ["順發機電工程行", "宏昌營造有限公司", "台灣大車隊股份有限公司", "格上汽車租賃"]
_COMPANIES += ["建安水電行", "中興抽水機材料行", "統聯客運股份有限公司"]
_HOSPITALS = ["林口長庚紀念醫院", "馬偕紀念醫院", "奇美醫院", "彰化基督教醫院", "花蓮慈濟醫院"]
_HOSPITALS += ["臺大醫院", "成大醫院", "亞東紀念醫院", "中國醫藥大學附設醫院", "臺北榮民總醫院"]
_HOSPITALS += ["義大醫院", "嘉義基督教醫院", "羅東博愛醫院", "衛生福利部屏東醫院", "高雄長庚"]
_HOSPITALS += ["臺中榮總", "部立桃園醫院", "埔里基督教醫院", "澄清綜合醫院", "高雄醫學大學附設醫院"]
_SCHOOLS = ["國立臺灣科技大學", "國立成功大學", "國立中興大學", "國立暨南國際大學", "銘傳大學"]
_SCHOOLS += ["義守大學", "國立屏東科技大學", "朝陽科技大學", "亞洲大學", "南臺科技大學"]
_DEPTS = ["機械工程系", "電機系", "企管系", "資工所", "觀光系", "材料所", "化工系", "華語文中心"]
_DEPTS += ["土木系", "生物科技系", "國際企業學系", "農藝學系"]
_GAMES = ["威力彩", "大樂透", "今彩539", "雙贏彩", "3星彩", "賓果賓果", "刮刮樂"]
_STORES = ["鴻運彩券行", "發發發彩券行", "旺旺來投注站", "大吉彩券行", "金滿堂彩券行", "福星彩券行"]
_CARS = ["Toyota Altis", "Honda CR-V", "Nissan Kicks", "Ford Kuga", "Mazda 3", "Lexus NX"]
_CARS += ["Mitsubishi Zinger", "光陽 雷霆S 150", "三陽 JET SL", "Gogoro 2", "Suzuki Swift"]
_COURTS = ["臺灣臺北地方法院", "臺灣臺中地方法院", "臺灣高雄地方法院", "臺灣彰化地方法院"]
_RELS = ["配偶", "子女", "家屬", "同住家人", "親屬", "手足", "孫輩"]


def _plate(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3))
    return rng.choice([f"{letters}-{_digits(rng, 4)}", f"{_digits(rng, 3)}-{letters}"])


def _time(rng: random.Random) -> str:
    h, m = rng.randint(7, 22), rng.randint(0, 59)
    return rng.choice([f"{h:02d}:{m:02d}", f"{h}時{m}分", f"{h:02d}{m:02d}"])


def _dist(rng: random.Random) -> str:
    city, district, _ = rng.choice(_DISTRICTS)
    return city + district


_FILLERS: dict[str, Callable[[random.Random], str]] = {
    "date": _roc_date,
    "doc": _doc,
    "case": _case,
    "amt": _amount,
    "BAN": _ban,
    "law": lambda r: r.choice(_LAWS),
    "company": lambda r: r.choice(_COMPANIES),
    "hosp": lambda r: r.choice(_HOSPITALS),
    "school": lambda r: r.choice(_SCHOOLS),
    "dept": lambda r: r.choice(_DEPTS),
    "game": lambda r: r.choice(_GAMES),
    "store": lambda r: r.choice(_STORES),
    "car": lambda r: r.choice(_CARS),
    "court": lambda r: r.choice(_COURTS),
    "rel": lambda r: r.choice(_RELS),
    "plate": _plate,
    "time": _time,
    "DIST": _dist,
    "VILLAGE": lambda r: r.choice(_VILLAGES),
    "year": lambda r: str(r.randint(112, 114)),
    "m": lambda r: str(r.randint(1, 12)),
    "d": lambda r: str(r.randint(1, 28)),
    "n": lambda r: str(r.randint(2, 48)),
    "age": lambda r: str(r.randint(19, 93)),
    "sex": lambda r: r.choice("男女"),
    "pct": lambda r: str(r.randint(5, 87)),
    "score": lambda r: str(r.randint(78, 96)),
    "grade": lambda r: r.choice(["大二", "大三", "碩一", "碩二", "博一", "博三"]),
    "draw": lambda r: f"{r.randint(112, 114)}000{r.randint(1, 150):03d}",
    "cc": lambda r: str(r.choice([125, 150, 1498, 1798, 1998, 2494])),
}

_VALUES: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "ID": ("TW_NATIONAL_ID", _national_id),
    "ARC": ("TW_RESIDENT_CERT", _resident_cert),
    "PH": ("PHONE", _any_phone),
    "MOB": ("PHONE", _mobile),
    "TEL": ("PHONE", _landline),
    "NHI": ("TW_NHI_CARD", _nhi),
    "CARD": ("CREDIT_CARD", _card),
    "EMAIL": ("EMAIL", _email),
    "ADDR": ("ADDRESS", _address),
    "BD": ("BIRTH_DATE", lambda r: _birth(r, 1932, 2005)),
    "BDS": ("BIRTH_DATE", lambda r: _birth(r, 1988, 2006)),
}

# --------------------------------------------------------------------------- templates


def _split(block: str) -> list[str]:
    return [t.strip("\n") for t in block.split("%%") if t.strip()]


_POSITIVE: dict[str, list[str]] = {
    "flood": _split("""
{DIST}⟦113|114⟧年⟦0603|0801|凱米颱風|山陀兒颱風⟧豪雨淹水救助申請書
申請人：{P1}
身分證統一編號：{ID}
出生日期：{BD}
受災地址：{ADDR}
聯絡電話：{PH}
受災情形：⟦一樓淹水約50公分|住屋淹水達30公分以上|地下室及一樓積水|屋內淹水及膝⟧，\
⟦家電受損|機車泡水|冰箱洗衣機損壞|家具泡水⟧。
里長確認：{K}
%%
{date} {time} {P1h}來電，住家⟦{ADDR}|位於{ADDR}⟧⟦淹水約40公分|一樓進水|積水到現在還沒退⟧，\
已請{K}前往勘查，回電{PH}。
%%
本里淹水救助初審名冊（第{n}批）
1. {P}，{ADDR}，{PH}
2. {Ph}，{ADDR}，{PH}
3. {P}，{ADDR}，電話{PH}
造冊人：{VILLAGE}里里長 {K}
%%
編號\t姓名\t身分證字號\t受災地址\t救助金額
{n}\t{P}\t{ID}\t{ADDR}\t{amt}
{n}\t{P}\t{ID}\t{ADDR}\t{amt}
⟦{n}\t{P}\t{ID}\t{ADDR}\t{amt}|{n}\t{P}\t{ID}\t{ADDR}\t{amt}\t（複查）⟧
%%
{P1}（{PH}）陳述：「⟦那天晚上|凌晨兩點多|下午四點左右⟧水一下子就淹進來，家人{P2}\
⟦去搬機車|先把阿嬤背到二樓|在清地下室⟧，⟦冰箱|沙發|電視|床墊⟧都泡壞了。」\
經{K}現場勘查屬實，災害地址{ADDR}。
%%
申請人{P1h}已於{date}補件，補件資料以電子郵件寄送（{EMAIL}），\
⟦存摺影本另以掛號寄送|戶口名簿影本已核對⟧；本案文號{doc}。
%%
淹水救助 {P} {ID} {MOB} 已核定{amt}
%%
代理人{P1}（{rel}）代{P2}申請淹水救助，代理人身分證{ID}，被代理人出生日期{BD}，\
聯絡地址{ADDR}，手機{MOB}。
%%
⟦請{K}協助|麻煩{K}⟧：{P1h}反映住屋⟦淹水|進水⟧但未列入名冊，地址{ADDR}，\
請再確認。{P1}的電話是{PH}。
%%
致 {P1h}：
您申請之淹水救助經審核符合規定，救助金{amt}將撥入您指定帳戶。
如有疑問請洽承辦人{K}，電話{TEL}。
%%
受災戶：{P1}　{sex}　生日{BD}
戶籍：{ADDR}
現住：{ADDR}
身分證：{ID}　手機：{MOB}
備註：獨居長者，由{rel}{P2}協助填表。
"""),
    "ambulance": _split("""
{date} {time} 由{hosp}轉送{hosp}
病患：{P1}（{sex}，{age}歲）
身分證：{ID}
健保卡號：{NHI}
出生：{BD}
家屬：{P2}（{rel}）{MOB}
隨車人員：{K}、{K}
%%
{P1h} 生日{BD} 健保{NHI}，於{hosp}急診，因需⟦心導管|神經外科手術|加護病房床位⟧\
轉{hosp}，家屬聯絡{PH}。
%%
外籍看護{F1}陪同轉院，居留證號{ARC}，手機{MOB}；病患{P2}，住址{ADDR}。
%%
自費轉院救護車費用{amt}，由家屬{P1}以信用卡支付，卡號{CARD}，收據寄送{ADDR}。
%%
家屬{P1}說：「我們家⟦長輩|老人家⟧{P2}今年{age}歲，早上在家跌倒，麻煩送到{hosp}。」\
聯絡電話{PH}，病患身分證字號{ID}。
%%
時間\t病患\t出生日期\t轉出醫院\t轉入醫院
{time}\t{P}\t{BD}\t{hosp}\t{hosp}
{time}\t{P}\t{BD}\t{hosp}\t{hosp}
%%
[轉院紀錄] 病人{P1} / {sex} / {BD}
ID：{ID}
NHI：{NHI}
聯絡人：{P2} {PH}
交接護理師：{K}
%%
{time} 接{hosp}通報，{P1h}（{age}歲）需轉{hosp}，聯絡人{P2h}{MOB}，\
地址{ADDR}，已派{K}出勤。
%%
病患為{F1}（{country}籍），統一證號{ARC}，護照{PASS}，出生日期{BDS}，\
由雇主{P2}陪同，雇主電話{PH}。
%%
{time} 轉院 {P1h}（{age}歲）健保卡{NHI} {hosp}→{hosp}，家屬{P2}隨車。
%%
轉院病歷摘要寄送至家屬信箱{EMAIL}（家屬{P1}同意），病患{P2}健保卡號{NHI}。
"""),
    "transfer": _split("""
汽車過戶登記
原車主：{P1}　身分證：{ID}
新車主：{P2}　身分證：{ID}
新車主地址：{ADDR}
聯絡電話：{PH}
車號：{plate}　廠牌：{car}
規費：{amt}
%%
{P1h}持{plate}辦理過戶，代辦人{P2}，委託書已核對；新車主為外籍人士{F3}，\
居留證號{ARC}，手機{MOB}。
%%
櫃台{n}號 {time} {P}（{ID}）辦理{plate}過戶，規費刷卡：{CARD}。
%%
新車主{P1}通訊地址變更為{ADDR}，電子郵件{EMAIL}，承辦{K}。
%%
原車主{company}（統編{BAN}）將{plate}過戶予{P1}，{P1}出生日期{BD}，戶籍地址{ADDR}。
%%
受理序號\t車號\t新車主\t證號\t電話
{case}\t{plate}\t{P}\t{ID}\t{PH}
{case}\t{plate}\t{F}\t{ARC}\t{PH}
%%
{date} 機車過戶（{car}），{P1}→{P2}，新車主身分證{ID}、生日{BD}，住{ADDR}。
%%
民眾{P1}臨櫃表示：「車子是我{rel}{P2}的，{P2}已經{age}歲了不方便來。」\
已請補委託書，聯絡電話{PH}。
%%
過戶補件通知
{P1h}您好：您申辦{plate}過戶尚缺新車主身分證影本，請於{date}前補件。
承辦人：{K}　電話：{TEL}
%%
機車過戶（{car}）規費{amt}，申請人{P1}刷卡{CARD}，手機{MOB}。
%%
新車主：{F1}（{country}）
統一證號：{ARC}
護照號碼：{PASS}
在臺住址：{ADDR}
手機：{MOB}
"""),
    "mediation": _split("""
{DIST}公所調解委員會調解筆錄
聲請人：{P1}，出生日期{BD}，身分證統一編號{ID}，住{ADDR}
相對人：{P2}，住{ADDR}，電話{PH}
調解委員：{K}、{K}
調解事由：⟦噪音|漏水|停車|圍牆越界|樹枝越界|寵物吠叫⟧糾紛
%%
聲請人{P1}稱：「樓上{P2h}家每天半夜⟦拖椅子|洗衣服|練鼓|開派對⟧，我去敲門好幾次都沒用。」
相對人{P2}答稱：「⟦我們十點就睡了|那是隔壁的聲音|我們會改善|我有買地墊了⟧。」
%%
經調解成立：相對人{P2}同意於{date}前⟦修繕漏水|移除盆栽|賠償{amt}⟧予聲請人{P1h}，\
⟦款項匯入聲請人帳戶|當場給付|由里長見證⟧。
%%
調解案{case}，{P}（{MOB}）請求改期至{date}，已電話通知對造{Ph}。
%%
出席人員：
- 聲請人 {P}
- 相對人 {P}（代理人 {P}）
- 里長 {K}
- 調解委員 {K}
%%
以上筆錄經兩造確認無誤。
聲請人：{P1}
相對人：{P2}
調解委員：{K}
中華民國{year}年{m}月{d}日
%%
相對人{F2}（{country}籍），統一證號{ARC}，由通譯{K}協助；聲請人{P1}，電話{PH}。
%%
{date}下午 {VILLAGE}里 {P1}vs{P2} 停車糾紛 初次協談未成立，{P1}要求{P2}不要再把車停\
在{ADDR}門口，下次約{date}。
%%
聲請人：{P1}
性別：{sex}
出生年月日：{BD}
身分證字號：{ID}
住址：{ADDR}
電話：{PH}
E-mail：{EMAIL}
請求事項：相對人{P2}應賠償{amt}。
%%
委員{K}：「{P1h}，你的意思是牆是{P2h}那邊蓋過來的？」
{P1}：「對啦，地政事務所來量過，多了二十公分。」
"""),
    "lottery": _split("""
兌獎登記簿
兌獎日期：{date}
遊戲：{game} 第{draw}期
中獎人：{P1}
身分證統一編號：{ID}
戶籍地址：{ADDR}
聯絡電話：{PH}
中獎金額：{amt}（依法代扣所得稅）
%%
中獎人{F1}（{country}籍）持護照{PASS}及居留證{ARC}兌領{game}獎金{amt}，手機{MOB}。
%%
{time} {P1h}兌{game}二獎，身分證{ID}，生日{BD}，已核對正本。
%%
中獎人{P1}委託{P2}代為兌獎，受託人身分證{ID}，委託書及中獎人身分證影本附卷；\
中獎人出生日期{BD}。
%%
序號\t中獎人\t證號\t電話\t獎金
{n}\t{P}\t{ID}\t{PH}\t{amt}
{n}\t{F}\t{ARC}\t{PH}\t{amt}
%%
{P1h}詢問兌獎進度，請回覆至{EMAIL}或{PH}。
%%
{store}通報：{date}有客人{P1}刮中{game}頭獎，已引導至銀行兌領，客人留電{MOB}。
%%
中獎人資料（{game}）
姓名：{P1}　出生：{BD}
證號：{ID}
地址：{ADDR}
承辦：{K}
%%
外籍中獎人{F1}
護照號碼：{PASS}
居留證：{ARC}
聯絡地址：{ADDR}
電話：{PH}
%%
兌獎人{P1}說：「我每期都買同一組號碼，這次終於中了！」身分證{ID}，電話{MOB}。
"""),
    "scholarship": _split("""
外籍學生獎學金申請表
姓名 Name：{F1}
國籍 Nationality：{country}
出生日期 Date of Birth：{BDS}
護照號碼 Passport No.：{PASS}
居留證號 ARC No.：{ARC}
E-mail：{EMAIL}
手機 Mobile：{MOB}
在臺地址：{ADDR}
指導教授：{K}
%%
茲推薦本系{grade}學生{F1}申請本學期外籍生獎學金，該生學業成績平均{score}分，\
⟦表現優異|研究認真|積極參與系上活動⟧。推薦人：{K}教授
%%
{F1}同學的居留證{ARC}將於{date}到期，請先辦理展延再領獎學金；聯絡信箱{EMAIL}。
%%
本學期獲獎名單：
{dept} {F}
{dept} {F}
{dept} {F}
（依學號排序，承辦人{K}）
%%
面談紀錄：申請人{F1}表示：「我來自{country}，⟦在臺灣讀書兩年了|目前在實驗室做太陽能研究\
|畢業後想留在臺灣工作|週末在餐廳打工⟧。」口試委員：{K}、{K}。
%%
寄件者：{F1} <{EMAIL}>
主旨：獎學金申請補件
老師您好，我的護照號碼是{PASS}，出生日期{BDS}，電話{MOB}。謝謝！
{F1}
%%
No.\tName\tPassport\tARC\tEmail
{n}\t{F}\t{PASS}\t{ARC}\t{EMAIL}
{n}\t{F}\t{PASS}\t{ARC}\t{EMAIL}
%%
{F1}（{dept}{grade}）申請獎學金，緊急聯絡人{F2}，電話{PH}；本人住址{ADDR}。
%%
請{K}協助確認{F1}的在學證明，該生生日{BDS}，居留證號{ARC}。
%%
獎學金撥款通知：{F1}同學本月獎學金{amt}已撥付，如有疑問請聯繫國際處{K}（{TEL}）。
"""),
}

_NEGATIVE: dict[str, list[str]] = {
    "flood": _split("""
本府{date}{doc}函：⟦7月|8月|9月⟧豪雨淹水救助受理期限至{date}止，逾期不予受理，依{law}辦理。
%%
{DIST}公所淹水救助統計：截至{date}受理{n}件、核定{n}件，核發金額合計{amt}，尚有{n}件待複查。
%%
⟦洪水|黃泥|高灘地土石|石塊⟧淤積⟦中正路|民生路|中山路⟧排水溝，請清潔隊於{date}前清運；\
清運路線圖⟦張貼|公告⟧於公所公布欄。
%%
抽水機調度：{company}（統一編號{BAN}）提供抽水機{n}台，租金{amt}，合約編號{case}。
%%
淹水救助核發基準：住屋淹水達50公分以上者，每戶發給{amt}；\
{DIST}列入災區範圍，相關公文{doc}。
%%
{date}會勘結果：{VILLAGE}里低窪地區積水約{n}公分，⟦林地|田埂|魚塭⟧受損，\
建請{DIST}公所⟦施工|加高⟧堤防。
"""),
    "ambulance": _split("""
{date}轉院勤務統計：共{n}趟，平均車程{n}分鐘，其中{hosp}轉{hosp}計{n}趟；依{law}辦理。
%%
{hosp}急診室{date}起⟦施工|整修⟧，轉院病患請改由⟦西側|後側|地下一樓⟧入口進出。
%%
轉院申請單編號{case}已結案，費用{amt}由{hosp}統一支付。
%%
本隊{date}辦理⟦高級救護技術員|EMT-2⟧複訓，地點{DIST}消防分隊三樓，\
課程含⟦心肺復甦術|高級心臟救命術|創傷處置⟧，計{n}小時。
%%
救護車⟦氧氣鋼瓶|AED|擔架⟧定期檢查：{date}完成{n}組，廠商{company}，發票金額{amt}。
"""),
    "transfer": _split("""
本站{date}起過戶案件改採線上預約，每日受理上限{n}件，依{law}辦理。
%%
{company}（統一編號{BAN}）公司車{n}輛辦理過戶，收件編號{case}，規費合計{amt}。
%%
⟦高雄區|臺北區|臺中區|新竹區⟧監理所{date}系統維護，暫停過戶業務；文號{doc}。
%%
{car} {year}年式，排氣量{cc}c.c.，過戶前需完成⟦定期檢驗|排氣檢測⟧，逾期罰鍰{amt}。
%%
本月過戶件數{n}件，較上月增加{pct}%；其中法人車輛{n}件、{company}等租賃業者占多數。
"""),
    "mediation": _split("""
{DIST}公所調解委員會{year}年第{n}次委員會議訂於{date}下午2時召開，地點本所三樓會議室，\
議程：一、{year}年度調解業務統計；二、{law}執行疑義討論。
%%
本月受理調解案件{n}件，成立{n}件，不成立{n}件，成立率{pct}%；\
其中⟦車禍|噪音|漏水|借貸⟧糾紛占多數。
%%
調解案件{case}之調解書業經{court}核定，文號{doc}。
%%
社區⟦游泳池|停車場|中庭⟧漏水陳情案，管委會已⟦張貼|公告⟧修繕期程，預算{amt}。
%%
兩造對圍牆⟦高度|石材⟧有爭議，建議先洽公所建設課會勘，會勘日期{date}。
%%
⟦黃金葛|林投|石斛蘭⟧盆栽佔用樓梯間，依公寓大廈管理條例第16條應移除；\
{company}（統一編號{BAN}）已報價{amt}。
"""),
    "lottery": _split("""
{game}第{draw}期頭獎{n}注，每注獎金{amt}，由{store}（{DIST}）售出。
%%
彩券行{store}（統一編號{BAN}）{date}起暫停營業，兌獎請洽鄰近經銷商。
%%
依{law}，中獎獎金超過{amt}者，須至指定銀行兌領，兌獎期限為開獎日翌日起3個月。
%%
⟦黃金|金牛|發財|招財⟧刮刮樂（第{n}版）售價{amt}，最高獎金{amt}，共發行{n}萬張。
%%
{date}{game}開獎號碼已公告，第{draw}期總銷售金額{amt}，累積至下期頭獎{amt}。
"""),
    "scholarship": _split("""
本校{year}學年度外籍學生獎學金申請期限至{date}止，依{law}及教育部{doc}函辦理，\
名額{n}名，每月{amt}。
%%
{school}國際事務處{date}舉辦外籍生⟦新生說明會|文化交流活動|中秋晚會⟧，\
地點⟦圖書館國際會議廳|學生活動中心⟧。
%%
外籍生獎學金審查會議紀錄：出席委員{n}人，審查案件{n}件，通過{n}件，獎學金總額{amt}。
%%
⟦越南|印尼|泰國|菲律賓⟧籍學生人數{n}人，較去年增加{pct}%，以{dept}最多。
%%
{dept}外籍生獎學金分配：博士班{n}名、碩士班{n}名，每名每月{amt}，經費來源{doc}。
"""),
}

_GENRES = list(_POSITIVE)

# --------------------------------------------------------------------------- rendering

_ALT = re.compile(r"⟦([^⟦⟧]*)⟧")
_TOKEN = re.compile(r"\{([A-Za-z]+\d?h?)\}")
_PERSON = re.compile(r"([PFK])(\d?)(h?)$")


class _Render:
    """Assembles one text and its gold spans."""

    def __init__(self, rng: random.Random, known: dict[str, list[Person]], known_set: set[str]):
        self.rng, self.known, self.known_set = rng, known, known_set
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.flags: list[bool] = []
        self.pos = 0
        self.slots: dict[str, tuple[Person, bool]] = {}
        self.country: str | None = None

    def text(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def value(self, s: str, label: str) -> None:
        self.spans.append((self.pos, self.pos + len(s), label))
        self.text(s)

    def person(self, kind_key: str, slot: str, honorific: bool) -> None:
        key = kind_key + slot
        if slot and key in self.slots:
            person, is_known = self.slots[key]
        else:
            person, is_known = self._new_person(kind_key)
            if slot:
                self.slots[key] = (person, is_known)
        name, gender, country = person
        if country:
            self.country = country
        self.value(name, "PERSON")
        self.flags.append(is_known)
        if honorific:
            titles = ["先生"] if gender == "m" else ["小姐", "女士"]
            self.text(self.rng.choice(titles))

    def _new_person(self, kind_key: str) -> tuple[Person, bool]:
        mix = {"P": _MIX_ANY, "F": _MIX_FOREIGN, "K": _MIX_STAFF}[kind_key]
        kind = self.rng.choices([m[0] for m in mix], [m[1] for m in mix])[0]
        if self.rng.random() < 0.5:
            return self.rng.choice(self.known[kind]), True
        while True:
            person = _MAKERS[kind](self.rng)
            if person[0] not in self.known_set:
                return person, False

    def render(self, template: str) -> None:
        template = _ALT.sub(lambda m: self.rng.choice(m.group(1).split("|")), template)
        for i, piece in enumerate(_TOKEN.split(template)):
            if i % 2 == 0:
                if piece:
                    self.text(piece)
                continue
            if m := _PERSON.match(piece):
                self.person(m.group(1), m.group(2), bool(m.group(3)))
            elif piece == "PASS":
                self.value(_passport(self.rng, self.country), "PASSPORT")
            elif piece == "country":
                if self.country is None:
                    self.country = self.rng.choice(list(_COUNTRIES))
                self.text(_COUNTRIES[self.country])
            elif piece in _VALUES:
                label, make = _VALUES[piece]
                self.value(make(self.rng), label)
            else:
                self.text(_FILLERS[piece](self.rng))


# --------------------------------------------------------------------------- guards

_MASK = "□"
_ID_SHAPE = re.compile(r"(?=([A-Z][A-Z0-9]\d{8}))")
_DIGIT_RUN = re.compile(r"\+?\d(?:[ \-().]?\d)+")


def _masked(text: str, spans: list[tuple[int, int, str]]) -> str:
    chars = list(text)
    for start, end, _ in spans:
        chars[start:end] = _MASK * (end - start)
    return unicodedata.normalize("NFKC", "".join(chars)).upper()


def _stray(text: str, spans: list[tuple[int, int, str]], names: list[str]) -> bool:
    """Whether unlabelled text holds an identifier, card, e-mail, mobile or known name."""
    masked = _masked(text, spans)
    if "@" in masked:
        return True
    for m in _ID_SHAPE.finditer(masked):
        if twid.is_valid(m.group(1)) or arc.is_valid(m.group(1)):
            return True
    for m in _DIGIT_RUN.finditer(masked):
        digits = re.sub(r"\D", "", m.group(0))
        if phone.is_mobile(m.group(0)):
            return True
        for i in range(len(digits)):
            if digits.startswith("09", i) and phone.is_mobile(digits[i : i + 10]):
                return True
            for k in range(13, 20):
                if i + k <= len(digits) and creditcard.is_valid(digits[i : i + k]):
                    return True
    chars = list(text)
    for start, end, _ in spans:
        chars[start:end] = _MASK * (end - start)
    rest = "".join(chars)
    return any(name in rest for name in names)


# --------------------------------------------------------------------------- public


def _known_names(rng: random.Random) -> tuple[dict[str, list[Person]], list[str]]:
    """The applicant-name column: per kind, 3/4 may be mentioned, 1/4 never are."""
    mentionable: dict[str, list[Person]] = {}
    everything: list[str] = []
    seen: set[str] = set()
    for kind, size in _KNOWN_SIZES.items():
        people: list[Person] = []
        while len(people) < size:
            person = _MAKERS[kind](rng)
            if person[0] not in seen:
                seen.add(person[0])
                people.append(person)
        mentionable[kind] = people[: size * 3 // 4]
        everything.extend(p[0] for p in people)
    rng.shuffle(everything)
    return mentionable, everything


def generate_heldout55(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the known-names list."""
    rng = random.Random(seed)
    mentionable, known_list = _known_names(rng)
    known_set = set(known_list)
    samples: list[Sample] = []
    for _ in range(n):
        genre = rng.choice(_GENRES)
        negative = rng.random() < 0.25
        pool = _NEGATIVE[genre] if negative else _POSITIVE[genre]
        while True:
            r = _Render(rng, mentionable, known_set)
            r.render(rng.choice(pool))
            text = "".join(r.parts)
            if not _stray(text, r.spans, known_list):
                break
        samples.append(Sample(text, r.spans, negative, r.flags))
    return samples, known_list
