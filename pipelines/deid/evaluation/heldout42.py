"""Held-out set 42: synthetic Taiwanese agency free text with labelled personal data.

Written without looking at the scanner, so its first measurement is a held-out figure.
Genres: vaccination records, contact-tracing (疫調) notes, consumer-dispute complaints,
national-pension payment/arrears/hardship records, house-tax appeals, school-bus rosters
and airport/harbour quarantine declarations. About a quarter of the samples are hard
negatives holding only public or non-personal look-alikes (document numbers, case numbers,
company BANs, statute articles, amounts, ordinary dates, place and shop names, words that
begin with a surname character).

Every value is synthetic: IDs, resident certificates and card numbers are generated with
valid checksums; names are composed from the lists below.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

HARD_NEGATIVE_SHARE = 0.25
FULLWIDTH_SHARE = 0.24  # of structured values: about an eighth of all values, names included
KNOWN_SHARE = 0.5  # share of PERSON mentions drawn from the known-names list

# --------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    """A word list written as one space-separated string."""
    return text.split()


_COMMON_SURNAMES = tuple(
    dict.fromkeys(
        "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余"
        "盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董唐藍石蔣古紀姚連馮歐程湯田康姜白汪"
        "鄒尤巫鐘黎涂龔嚴韓袁金童陸夏柳凃邵錢伍倪溫于譚駱熊任甘秦顧毛章史官萬俞雷粘饒闕凌"
        "崔尹孔辛武辜陶段龍韋葛池孟褚殷麥賀賈莫"
    )
)
_RARE_SURNAMES = tuple(
    "亓仉佘冼郗糜閆酆晏隋昝扈邢寇鄔匡練滕諶覃衛蒲靳瞿聶喬鈕湛禹伏祁祝冉厲荊欒籃穆蒙苗封"
    "郝項儲鄢繆危鮑"
)
_COMPOUND_SURNAMES = _words(
    "歐陽 張簡 司徒 上官 諸葛 范姜 張廖 周黃 夏侯 皇甫 東方 西門 令狐 "
    "公孫 端木 慕容 長孫 司馬 呼延 尉遲 鍾離 江謝 劉張 陳吳"
)
_GIVEN2 = tuple(
    dict.fromkeys(
        _words(
            "志明 淑芬 美玲 雅婷 怡君 家豪 冠宇 承恩 宥廷 柏翰 品妍 子涵 詠晴 "
            "思妤 宜蓁 俊傑 建宏 志豪 文雄 秀英 麗華 淑惠 美惠 玉蘭 秀蘭 金枝 "
            "春嬌 秋月 月英 素珍 素貞 碧霞 寶珠 明德 文彬 國華 國榮 建國 志強 "
            "正雄 榮輝 俊宏 家銘 佳穎 佩珊 雅雯 惠君 欣怡 郁婷 宛臻 筱涵 婉婷 "
            "靜宜 詩涵 心怡 宇軒 宇翔 彥廷 冠廷 品睿 柏宇 承翰 睿恩 羿辰 奕辰 "
            "宸睿 子晴 語彤 芯瑜 苡安 沛恩 禹安 以樂 芊妤 秀琴 麗卿 月娥 阿滿 "
            "阿雪 錦雲 玉梅 美雲 桂英 翠娥 金鳳 素娥 麗珠 美珠 淑貞 淑娟 淑華 "
            "美珍 美秀 麗美 秀玉 秀鳳 秀蓮 寶玉 金蓮 阿嬌 罔市 招弟 來好 添丁 "
            "阿土 水木 火旺 金水 清風 天賜 進財 萬福 阿福 振興 文德 俊雄 明輝 "
            "志成 志偉 志宏 志忠 文傑 文華 健民 耀宗 光明 永福 永昌 世昌 信宏 "
            "嘉宏 嘉玲 嘉慧 嘉琪 慧玲 慧娟 慧君 雅惠 雅琪 雅芳 雅萍 雅玲 佳蓉 "
            "佳玲 佳慧 佩君 佩如 佩玲 佩瑜 怡如 怡萱 怡婷 怡伶 靜怡 靜雯 曉君 "
            "曉雯 曉萍 筱婷 筱雯 瑞芬 瑞琪 鈺婷 鈺涵 芷若 芷晴 芸萱 昱廷 昱翔 "
            "昱辰 育誠 育賢 育民 宗翰 宗憲 宗霖 宏達 宏仁 宏毅 凱文 凱翔 凱傑 "
            "俊豪 俊廷 俊翔 偉倫 偉哲 偉誠 哲瑋 哲宇 哲維 聖傑 聖文 子豪 子軒 "
            "子瑜 子芸 孟儒 孟哲 孟潔 政宏 政勳 政憲 家瑋 家齊 家榮 冠霖 冠豪 "
            "冠穎 韋辰 韋伶 昀蓁 昀庭 庭瑋 庭安 亭妤 亭均 品安 品蓁 品潔 詠翔 "
            "詠恩 翊晴 翊綺 紹宇 紹銘 明哲 明宏 明憲 啟明 啟賢 振宇 振豪 建志 "
            "建良 建勳 秉宏 秉翰 泓宇 泓毅 浩然 浩宇 博文 博宇 威廷 威宇 立群 "
            "立德 立安 少華 少芬 素卿 素蘭 碧玉 碧雲 麗雪 麗娟 玉珍 玉如 玉華 "
            "月嬌 春蘭 春美 秋香 冬梅 梅英 蘭英 彩雲 彩鳳 千慧 千瑜 巧玲 巧雯 "
            "晏如 安琪 詩婷 詩穎 書豪 書瑋 均豪 恩綺 恩碩 芮綺 芮安 語喬 語萱 "
            "可馨 可欣 舒涵 舒婷 宜庭 宜臻 宜靜 婕妤 婕安 沛妤 沛辰 采潔 采妍 "
            "淳安 以恩 以晴 若瑄 若涵 晨曦 晨恩 暐翔 暐婷 丞佑 丞恩 祐誠 祐安 "
            "睿宏 睿哲 品辰 立恩 晉嘉 晉瑋 勝雄 重光 國棟 國強 國雄 國隆 俊良 "
            "耀文 瑞祥 瑞麟 榮華 榮發 德勝 德旺 金龍 金德 登科 進興 宛如 玫君 "
            "秀珠 惠美 惠珍 麗玉"
        )
    )
)
_GIVEN1 = tuple(
    "偉傑豪強明華玲芳婷娟萍雯慧靜敏勇軍誠翔宏瑜瑋蓉琪穎晴昊睿恩庭彤潔莉欣寧安琳薇凱諺霖澤蕙珊"
)
_GIVEN_FIRST = "宜佳家冠承宇柏品詠思俊建志文淑美雅怡欣郁彥昱育宗凱哲聖孟政庭亭翊紹啟振秉泓浩博威立"
_GIVEN_SECOND = (
    "安寧婷涵萱妤蓁瑜琪瑋翔豪軒廷翰辰晴彤芸慧玲芬華英蘭珍娟雯萍君如伶潔綺穎儒維誠賢民達仁毅"
)

_INDIG_GIVEN = _words(
    "瓦旦 尤幹 比令 達利 馬躍 哈勇 拉娃 巴奈 阿洛 伊凡 撒韻 優瑪 吉娃斯 "
    "莎韻 烏杜夫 拉互依 杜瑪 蘇拉 瑪雅 伊苞 達努 沙布 阿布 麗依京 比黛 "
    "卡娃 尤命 舞炫 嘎照 林班"
)
_INDIG_FAMILY = _words(
    "達卡 諾幹 比吼 巴萬 瓦歷斯 尤道 哈告 撒萬 母路 古拉斯 馬耀 卡造 "
    "伊斯坦達 阿給 拉夫琅斯 苡威 打赫斯 巴尚 塔給 吉努 阿卡 沙力浪 卡夫 "
    "達道 瑪紹"
)
_INDIG_ROMAN_GIVEN = _words(
    "Watan Yukan Pilin Tali Mayaw Hayung Lawa "
    "Panay Alo Ipay Sayun Yuma Kiwas Lahuy "
    "Dungi Umav Sakinu Kacaw Ising Ciwas "
    "Tuyaw Nikar Sra Vuvu Biung"
)
_INDIG_ROMAN_FAMILY = _words(
    "Nokan Tanga Pawan Yuming Walis Hakaw "
    "Sawan Tuma Falah Mulu Kolas Istanda "
    "Lafulans Takun Batu Bakan Ciyo Tanapima "
    "Sumi Aki"
)

_VN_SUR = _words("NGUYEN TRAN LE PHAM HOANG HUYNH PHAN VU VO DANG BUI DO HO NGO DUONG LY")
_VN_MID = _words("THI VAN DUC MINH NGOC HUU THANH KIM")
_VN_GIVEN = _words(
    "HOA LAN MAI HUONG THU TRANG LINH HANH "
    "NGA TUAN HUNG DUNG NAM LONG QUANG PHUONG "
    "YEN THAO HIEU KHANH TAM BINH"
)
_VN_HAN_SUR = "阮陳黎范黃潘武鄧裴杜胡吳楊"
_VN_HAN_MID = "氏氏氏文文德玉金清明"
_VN_HAN_GIVEN = "香蘭梅花秋幸玄鸞草緣蓮水雄勇平安和日雪娥瓊翠鳳紅"
_ID_FIRST = _words(
    "SITI DEWI SRI NUR RINA INDAH PUTRI AYU "
    "WULAN YULI ENDANG AGUS BUDI EKO JOKO "
    "RUDI HENDRA ANDI SUPARMI"
)
_ID_LAST = _words(
    "AMINAH LESTARI WAHYUNI RAHAYU HIDAYAH "
    "SUSANTI KURNIASIH SANTOSO SETIAWAN "
    "PRASETYO SAPUTRA HARTONO WIJAYA FITRIANI "
    "NINGSIH MULYANI"
)
_PH_FIRST = _words(
    "MARIA ROWENA MARICEL JOCELYN LORNA "
    "GLORIA ANALYN MARY-JANE JOSE JUAN MARK "
    "JOHN-PAUL RODEL JUNREY CRISTINA"
)
_PH_LAST = _words(
    "SANTOS REYES CRUZ BAUTISTA DELA-CRUZ "
    "GARCIA MENDOZA TORRES VILLANUEVA RAMOS "
    "AQUINO CASTILLO FLORES GONZALES DE-LEON "
    "MANALO PASCUAL"
)
_TH_FIRST = _words(
    "SOMCHAI SOMSAK SOMPONG PRASERT NARONG "
    "WICHAI MALEE SUDA NONG PORNTIP SIRIPORN "
    "KANYA ARUNEE BOONMA"
)
_TH_LAST = _words(
    "SAEJUNG BOONMEE SRISUK THONGDEE CHAIYAPHUM SUKSAWAT WONGSA KAEWMANEE PHROMMA INTHARASUK"
)
_FOREIGN_HAN = {
    "ID": (
        _words("西蒂 黛薇 絲莉 努兒 莉娜 茵妲 普特莉 阿玉 武蘭 尤莉 阿古斯 布迪 艾克 魯迪 亨德拉"),
        _words(
            "阿米娜 蕾絲塔莉 瓦尤妮 拉哈尤 希達雅 蘇姍蒂 桑托索 塞蒂亞萬 薩普特拉 "
            "哈托諾 維加亞 寧希"
        ),
    ),
    "PH": (
        _words("瑪麗亞 羅維娜 瑪莉瑟 喬瑟琳 蘿娜 葛洛莉亞 安娜琳 瑪麗珍 荷西 璜 馬克 羅德爾"),
        _words(
            "桑托斯 雷耶斯 克魯茲 包蒂斯塔 德拉克魯茲 加西亞 門多薩 托雷斯 維拉紐瓦 拉莫斯 馬納洛"
        ),
    ),
    "TH": (
        _words("頌猜 頌沙 頌蓬 巴實 那隆 威猜 瑪莉 素達 蓬蒂 詩麗蓬 甘雅 阿盧妮 汶瑪"),
        _words("賽忠 汶米 希蘇 通迪 猜亞蓬 蘇沙瓦 翁沙 甘瑪尼 蓬瑪 因塔拉蘇"),
    ),
}
_NATIONS = ("VN", "ID", "PH", "TH")
_NATION_ZH = {"VN": "越南", "ID": "印尼", "PH": "菲律賓", "TH": "泰國"}


def _given2(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return rng.choice(_GIVEN_FIRST) + rng.choice(_GIVEN_SECOND)
    return rng.choice(_GIVEN2)


def _han_name(rng: random.Random) -> str:
    given = rng.choice(_GIVEN1) if rng.random() < 0.12 else _given2(rng)
    r = rng.random()
    if r < 0.09:
        return rng.choice(_COMPOUND_SURNAMES) + given
    if r < 0.19:
        return rng.choice(_RARE_SURNAMES) + given
    if r < 0.27:  # married name: husband's surname before her own (冠夫姓)
        first, second = rng.sample(_COMMON_SURNAMES, 2)
        return first + second + _given2(rng)
    return rng.choice(_COMMON_SURNAMES) + given


def _indigenous_name(rng: random.Random) -> str:
    if rng.random() < 0.7:
        sep = rng.choice("‧‧·")
        return rng.choice(_INDIG_GIVEN) + sep + rng.choice(_INDIG_FAMILY)
    return rng.choice(_INDIG_ROMAN_GIVEN) + " " + rng.choice(_INDIG_ROMAN_FAMILY)


def _latin_case(rng: random.Random, name: str) -> str:
    name = name.replace("-", " ")
    return name if rng.random() < 0.55 else name.title()


def _foreign_name(rng: random.Random, nat: str) -> str:
    if rng.random() < 0.4:  # Han transliteration
        if nat == "VN":
            given = rng.choice(_VN_HAN_GIVEN)
            if rng.random() < 0.3:
                given += rng.choice(_VN_HAN_GIVEN)
            return rng.choice(_VN_HAN_SUR) + rng.choice(_VN_HAN_MID) + given
        firsts, lasts = _FOREIGN_HAN[nat]
        return rng.choice(firsts) + rng.choice("‧‧·") + rng.choice(lasts)
    if nat == "VN":
        parts = [rng.choice(_VN_SUR), rng.choice(_VN_MID), rng.choice(_VN_GIVEN)]
        if rng.random() < 0.3:
            parts.insert(2, rng.choice(_VN_GIVEN))
    elif nat == "ID":
        parts = [rng.choice(_ID_FIRST)]
        if rng.random() < 0.8:
            parts.append(rng.choice(_ID_LAST))
    elif nat == "PH":
        parts = [rng.choice(_PH_FIRST)]
        if rng.random() < 0.3:
            parts.append(rng.choice(_PH_LAST))
        parts.append(rng.choice(_PH_LAST))
    else:
        parts = [rng.choice(_TH_FIRST), rng.choice(_TH_LAST)]
    return _latin_case(rng, " ".join(parts))


def _make_name(rng: random.Random, kind: str, nat: str | None = None) -> tuple[str, str | None]:
    if kind == "han":
        return _han_name(rng), None
    if kind == "indig":
        return _indigenous_name(rng), None
    nat = nat or rng.choice(_NATIONS)
    return _foreign_name(rng, nat), nat


def _pick_kind(rng: random.Random) -> str:
    r = rng.random()
    return "han" if r < 0.8 else "indig" if r < 0.87 else "foreign"


class _Names:
    """The known-names list (an applicant-name column) and the picking of mentions."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self.rng = rng
        size = max(60, n // 4)
        entries: list[tuple[str, str, str | None]] = []
        seen: set[str] = set()
        while len(entries) < size:
            kind = _pick_kind(rng)
            name, nat = _make_name(rng, kind)
            if name not in seen:
                seen.add(name)
                entries.append((name, kind, nat))
        cut = len(entries) * 4 // 5  # the rest is never mentioned
        self.mentionable: dict[str, list[tuple[str, str, str | None]]] = {
            "han": [],
            "indig": [],
            "foreign": [],
        }
        for entry in entries[:cut]:
            self.mentionable[entry[1]].append(entry)
        self.known = seen
        listing = [e[0] for e in entries]
        rng.shuffle(listing)
        self.listing = listing

    def pick(self, kind: str, nat: str | None = None) -> tuple[str, str | None, bool]:
        rng = self.rng
        pool = self.mentionable[kind]
        if nat is not None:
            pool = [e for e in pool if e[2] == nat]
        if pool and rng.random() < KNOWN_SHARE:
            name, _, found_nat = rng.choice(pool)
            return name, found_nat, True
        for _ in range(60):
            name, new_nat = _make_name(rng, kind, nat)
            if name not in self.known:
                return name, new_nat, False
        while True:  # small pools exhausted: fall back to the large Han space
            name = _han_name(rng)
            if name not in self.known:
                return name, nat, False


# --------------------------------------------------------------------------------------
# Structured values
# --------------------------------------------------------------------------------------


def _fullwidth(text: str) -> str:
    return "".join(
        chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in text
    )


def _digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


_LETTERS = tuple(LETTER_CODES)


def _national_id(rng: random.Random) -> str:
    letter = rng.choice(_LETTERS)
    body = rng.choice("12") + _digits(rng, 7)
    value = letter + body + id_check_digit(letter, body)
    assert twid.is_valid(value)
    return value.lower() if rng.random() < 0.03 else value


def _resident_cert(rng: random.Random) -> str:
    letter = rng.choice(_LETTERS)
    if rng.random() < 0.65:  # new form since 2021
        body = rng.choice("89") + _digits(rng, 7)
        value = letter + body + id_check_digit(letter, body)
    else:  # old form: second letter A-D stands for its code's units digit
        second = rng.choice("ABCD")
        tail = _digits(rng, 7)
        value = (
            letter + second + tail + id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail)
        )
    assert arc.is_valid(value)
    return value


def _nhi_card(rng: random.Random) -> str:
    number = rng.choice(("0000", "0000", "0001", "0002", "0003", "0004")) + _digits(rng, 8)
    style = rng.random()
    if style < 0.5:
        return number
    sep = " " if style < 0.75 else "-"
    return sep.join((number[:4], number[4:8], number[8:]))


def _credit_card(rng: random.Random) -> str:
    prefix, length = rng.choice(
        (
            ("4", 16),
            ("4", 16),
            ("4", 16),
            (rng.choice(("51", "52", "53", "54", "55")), 16),
            (rng.choice(("51", "52", "53", "54", "55")), 16),
            ("35" + str(rng.randint(28, 89)), 16),
            (rng.choice(("34", "37")), 15),
            ("62", 16),
        )
    )
    body = prefix + _digits(rng, length - len(prefix) - 1)
    number = next(body + d for d in "0123456789" if creditcard.luhn_ok(body + d))
    assert creditcard.is_valid(number)
    style = rng.random()
    if style < 0.3:
        return number
    sep = " " if style < 0.7 else "-"
    if length == 15:
        return sep.join((number[:4], number[4:10], number[10:]))
    return sep.join(number[i : i + 4] for i in range(0, length, 4))


def _mobile_number(rng: random.Random) -> str:
    while True:
        number = "09" + rng.choice("012345678") + _digits(rng, 7)
        if phone.is_valid(number):
            return number


_AREAS = (  # area code, local length, first local digits
    ("02", 8, "2235678"),
    ("03", 7, "3456789"),
    ("037", 6, "2345678"),
    ("04", 8, "2"),
    ("04", 7, "78"),
    ("049", 7, "2"),
    ("05", 7, "2356"),
    ("06", 7, "2356"),
    ("07", 7, "2345678"),
    ("08", 7, "78"),
    ("089", 6, "3"),
    ("082", 6, "3"),
)


def _landline(rng: random.Random) -> tuple[str, str]:
    for _ in range(300):
        area, length, first = rng.choice(_AREAS)
        local = rng.choice(first) + _digits(rng, length - 1)
        number = area + local
        if phone.is_valid(number) or (phone.is_plausible(number) and rng.random() < 0.15):
            return area, local
    return "02", "23456789"


def _format_mobile(rng: random.Random, m: str) -> str:
    a, b, c = m[:4], m[4:7], m[7:]
    return rng.choice(
        (
            m,
            m,
            f"{a}-{b}-{c}",
            f"{a}-{b}-{c}",
            f"{a}-{b}{c}",
            f"{a} {b} {c}",
            f"{a}.{b}.{c}",
            f"({a}){b}-{c}",
            f"+886-{a[1:]}-{b}-{c}",
            f"+886 {a[1:]} {b} {c}",
            f"+886{m[1:]}",
            f"+886-{m[1:]}",
            f"(+886) {a[1:]}-{b}-{c}",
            f"886-{a[1:]}-{b}{c}",
        )
    )


def _format_landline(rng: random.Random, area: str, local: str) -> str:
    cut = 4 if len(local) == 8 else 3
    x, y = local[:cut], local[cut:]
    text = rng.choice(
        (
            f"{area}-{local}",
            f"{area}-{x}-{y}",
            f"{area}-{x}{y}",
            f"({area}){x}-{y}",
            f"({area}){x}-{y}",
            f"({area}) {local}",
            f"({area}){local}",
            f"{area}{local}",
            f"{area} {x} {y}",
            f"+886-{area[1:]}-{x}-{y}",
            f"+886 {area[1:]} {local}",
        )
    )
    if rng.random() < 0.3:
        ext = _digits(rng, rng.choice((2, 3, 3, 4, 4, 5)))
        text += rng.choice(
            (
                *(f"#{ext}", f" #{ext}", f" 分機{ext}", f"分機{ext}", f"轉{ext}", f" 轉{ext}"),
                *(f" ext. {ext}", f" ext.{ext}", f" 分機 {ext}", f"-分機{ext}"),
            )
        )
    return text


def _phone(rng: random.Random, kind: str) -> str:
    if kind == "any":
        kind = "mob" if rng.random() < 0.6 else "tel"
    if kind == "mob":
        text = _format_mobile(rng, _mobile_number(rng))
        ok = phone.is_valid(text) and phone.compact(text).startswith("09")
    else:
        area, local = _landline(rng)
        text = _format_landline(rng, area, local)
        ok = phone.is_plausible(text)
    if not ok:
        raise AssertionError("generated phone does not validate")
    return text


_ROM_SUR = _words(
    "chen lin huang chang lee wang wu liu "
    "tsai yang hsu cheng hsieh hung kuo chiu "
    "tseng liao lai chou yeh su chuang lu "
    "chiang ho hsiao lo kao pan chien chu "
    "chung yu peng"
)
_ROM_GIVEN = _words(
    "meiling yating chihming weiting chiahao "
    "yuhsuan shufen chunhung ihsuan pinyu "
    "tzuhan yichun chienhung kuanyu hsinyi "
    "yuting peishan chengen wenhsiung yuchen "
    "shihhan jiawei"
)
_ENGLISH = _words(
    "amy kevin jenny vivian eric tony peggy "
    "alice jason sandy grace mandy nina leo "
    "ivy ken winnie joanna sam ben daisy rita "
    "andy maggie"
)
_FOREIGN_LOCAL = _words(
    "nguyenthihoa tranvanminh siti.aminah "
    "dewi_lestari rowena.santos mariacruz "
    "somchai.s malee.ts budisantoso lethithu "
    "phamduc ayu.putri jocelyn.reyes"
)
_DOMAINS = _words(
    "gmail.com gmail.com gmail.com "
    "yahoo.com.tw yahoo.com.tw hotmail.com "
    "outlook.com msa.hinet.net ms45.hinet.net "
    "icloud.com pchome.com.tw seed.net.tw "
    "yahoo.co.id gmail.com"
)
_EMAIL_SHAPE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def _email(rng: random.Random) -> str:
    sur, given, eng = rng.choice(_ROM_SUR), rng.choice(_ROM_GIVEN), rng.choice(_ENGLISH)
    nn = str(rng.randint(1, 99)).zfill(2)
    year = str(rng.randint(1960, 2005))
    local = rng.choice(
        (
            f"{given}.{sur}{nn}",
            f"{eng}{nn}",
            f"{sur}{given}",
            f"{eng}_{sur}",
            f"{sur}{year}",
            f"{eng}.{sur}",
            f"{given}{year[2:]}",
            rng.choice(_FOREIGN_LOCAL) + nn,
        )
    )
    if rng.random() < 0.08:
        local = local.capitalize()
    value = f"{local}@{rng.choice(_DOMAINS)}"
    assert _EMAIL_SHAPE.fullmatch(value)
    return value


_CITIES: dict[str, tuple[int, int, list[str]]] = {  # county/city: postcode range, districts
    "臺北市": (
        100,
        116,
        _words(
            "中正區 大同區 中山區 松山區 大安區 萬華區 信義區 士林區 北投區 內湖區 南港區 文山區"
        ),
    ),
    "新北市": (
        207,
        253,
        _words(
            "板橋區 三重區 中和區 永和區 新莊區 新店區 土城區 "
            "蘆洲區 汐止區 樹林區 淡水區 三峽區 鶯歌區 五股區 "
            "泰山區 林口區 瑞芳區 八里區 烏來區"
        ),
    ),
    "桃園市": (
        320,
        338,
        _words(
            "桃園區 中壢區 平鎮區 八德區 楊梅區 蘆竹區 龜山區 "
            "龍潭區 大溪區 大園區 觀音區 新屋區 復興區"
        ),
    ),
    "臺中市": (
        400,
        439,
        _words(
            "中區 東區 西屯區 北屯區 南屯區 豐原區 大里區 太平區 "
            "沙鹿區 清水區 大甲區 霧峰區 烏日區 和平區"
        ),
    ),
    "臺南市": (
        700,
        745,
        _words("中西區 東區 北區 安平區 安南區 永康區 新營區 佳里區 麻豆區 善化區 歸仁區 仁德區"),
    ),
    "高雄市": (
        800,
        852,
        _words(
            "新興區 前金區 苓雅區 鹽埕區 鼓山區 前鎮區 三民區 "
            "左營區 楠梓區 小港區 鳳山區 岡山區 旗山區 美濃區 "
            "茂林區 桃源區"
        ),
    ),
    "基隆市": (200, 206, _words("仁愛區 信義區 中正區 中山區 安樂區 暖暖區 七堵區")),
    "新竹市": (300, 300, _words("東區 北區 香山區")),
    "新竹縣": (
        302,
        315,
        _words("竹北市 竹東鎮 新埔鎮 關西鎮 湖口鄉 新豐鄉 芎林鄉 尖石鄉 五峰鄉"),
    ),
    "苗栗縣": (
        350,
        369,
        _words("苗栗市 頭份市 竹南鎮 後龍鎮 通霄鎮 苑裡鎮 公館鄉 銅鑼鄉 泰安鄉"),
    ),
    "彰化縣": (
        500,
        530,
        _words("彰化市 員林市 鹿港鎮 和美鎮 北斗鎮 溪湖鎮 田中鎮 二林鎮 秀水鄉 花壇鄉"),
    ),
    "南投縣": (
        540,
        558,
        _words("南投市 埔里鎮 草屯鎮 竹山鎮 集集鎮 名間鄉 魚池鄉 仁愛鄉 信義鄉"),
    ),
    "雲林縣": (
        630,
        655,
        _words("斗六市 斗南鎮 虎尾鎮 西螺鎮 土庫鎮 北港鎮 麥寮鄉 口湖鄉"),
    ),
    "嘉義市": (600, 600, _words("東區 西區")),
    "嘉義縣": (
        602,
        625,
        _words("太保市 朴子市 布袋鎮 大林鎮 民雄鄉 水上鄉 中埔鄉 阿里山鄉"),
    ),
    "屏東縣": (
        900,
        947,
        _words("屏東市 潮州鎮 東港鎮 恆春鎮 萬丹鄉 內埔鄉 枋寮鄉 三地門鄉 霧臺鄉 瑪家鄉 牡丹鄉"),
    ),
    "宜蘭縣": (
        260,
        272,
        _words("宜蘭市 羅東鎮 蘇澳鎮 頭城鎮 礁溪鄉 冬山鄉 五結鄉 大同鄉 南澳鄉"),
    ),
    "花蓮縣": (
        970,
        983,
        _words("花蓮市 鳳林鎮 玉里鎮 新城鄉 吉安鄉 壽豐鄉 光復鄉 秀林鄉 萬榮鄉 卓溪鄉"),
    ),
    "臺東縣": (
        950,
        966,
        _words("臺東市 成功鎮 關山鎮 卑南鄉 太麻里鄉 池上鄉 東河鄉 海端鄉 延平鄉 蘭嶼鄉 達仁鄉"),
    ),
    "澎湖縣": (880, 885, _words("馬公市 湖西鄉 白沙鄉 西嶼鄉 望安鄉")),
    "金門縣": (890, 896, _words("金城鎮 金湖鎮 金沙鎮 金寧鄉 烈嶼鄉")),
    "連江縣": (209, 212, _words("南竿鄉 北竿鄉 莒光鄉 東引鄉")),
}
_ROAD_STEMS = _words(
    "中山 中正 民生 民族 民權 成功 復興 建國 和平 光復 自由 忠孝 仁愛 "
    "信義 文化 博愛 中華 大同 公園 三民 林森 府前 新生 中興 永安 福德 "
    "長春 南京 敦化 健康 勝利 青年 大學 育英 樹德 自強 四維 五福 興隆 "
    "華興 安和 光明 明德 崇德 文心 環河 延平 武昌 重慶 水源 站前 市場 "
    "民有 東興 學府 河堤 北興 忠義 龍門 港墘"
)
_VILLAGES = _words(
    "福德 中興 民生 大同 新興 永安 光明 仁和 德文 好茶 力行 富源 東興 太平 長安 豐年 和平 復興"
)
_CN_NUM = "零一二三四五六七八九十"


def _cn_number(k: int) -> str:
    if k <= 10:
        return _CN_NUM[k]
    if k < 20:
        return "十" + _CN_NUM[k - 10]
    return _CN_NUM[k // 10] + "十" + (_CN_NUM[k % 10] if k % 10 else "")


def _road(rng: random.Random) -> str:
    stem = rng.choice(_ROAD_STEMS)
    r = rng.random()
    if r < 0.55:
        if rng.random() < 0.25:
            stem += rng.choice("東西南北")
        road = stem + "路"
        if rng.random() < 0.4:
            road += _CN_NUM[rng.randint(1, 5)] + "段"
    elif r < 0.9:
        road = stem + "街"
    else:
        road = stem + "大道"
        if rng.random() < 0.5:
            road += _CN_NUM[rng.randint(1, 3)] + "段"
    return road


def _address(rng: random.Random) -> str:
    city = rng.choice(tuple(_CITIES))
    low, high, districts = _CITIES[city]
    district = rng.choice(districts)
    parts: list[str] = []
    if rng.random() < 0.2:
        zip3 = str(rng.randint(low, high))
        parts.append(rng.choice((zip3, zip3 + _digits(rng, 2), zip3 + _digits(rng, 3))))
    if rng.random() < 0.88 or not parts:
        shown_city = city.replace("臺", "台") if rng.random() < 0.3 else city
        parts.append(shown_city)
    parts.append(district)
    rural = district.endswith("鄉")
    number = str(rng.randint(1, 350))
    if rural and rng.random() < 0.45:
        parts.append(rng.choice(_VILLAGES) + "村")
        if rng.random() < 0.7:
            parts.append(f"{rng.randint(1, 30)}鄰")
        else:
            parts.append(rng.choice(_ROAD_STEMS) + "路")
        parts.append(number + "號")
        return "".join(parts)
    if rng.random() < 0.15:
        parts.append(rng.choice(_VILLAGES) + "里" + f"{rng.randint(1, 40)}鄰")
    parts.append(_road(rng))
    if rng.random() < 0.4:
        parts.append(f"{rng.randint(1, 400)}巷")
        if rng.random() < 0.3:
            parts.append(f"{rng.randint(1, 30)}弄")
    r = rng.random()
    if r < 0.1:
        parts.append(f"{number}之{rng.randint(1, 9)}號")
    else:
        parts.append(number + "號")
    r = rng.random()
    if r < 0.3:
        parts.append(f"{rng.randint(2, 18)}樓")
    elif r < 0.42:
        parts.append(_cn_number(rng.randint(2, 15)) + "樓")
    elif r < 0.5:
        parts.append(f"{rng.randint(2, 12)}樓之{rng.randint(1, 8)}")
    elif r < 0.55:
        parts.append(f"{rng.randint(2, 12)}F")
    return "".join(parts)


_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_BIRTH_YEARS = {
    "BDO": (1945, 2004),
    "BDE": (1930, 1960),
    "BDK": (2011, 2019),
    "BDW": (1968, 2004),
    "BDR": (1950, 2004),
}


def _birth_date(rng: random.Random, mode: str) -> str:
    low, high = _BIRTH_YEARS[mode]
    y, m, d = rng.randint(low, high), rng.randint(1, 12), rng.randint(1, 28)
    roc = y - 1911
    if mode == "BDW":
        mon = _MONTHS[m - 1]
        return rng.choice(
            (
                f"{d:02d}/{m:02d}/{y}",
                f"{d:02d}/{m:02d}/{y}",
                f"{d:02d} {mon} {y}",
                f"{d:02d}-{mon}-{y}",
                f"{y}/{m:02d}/{d:02d}",
                f"{y}-{m:02d}-{d:02d}",
                f"{mon.title()} {d}, {y}",
                f"{d}.{m}.{y}",
            )
        )
    if mode == "BDR" or rng.random() < 0.65:
        return rng.choice(
            (
                f"{roc}年{m}月{d}日",
                f"{roc}年{m:02d}月{d:02d}日",
                f"民國{roc}年{m}月{d}日",
                f"{roc:03d}/{m:02d}/{d:02d}",
                f"{roc}/{m}/{d}",
                f"{roc}.{m:02d}.{d:02d}",
                f"{roc:03d}{m:02d}{d:02d}",
                f"{roc}-{m:02d}-{d:02d}",
            )
        )
    return rng.choice(
        (
            f"{y}/{m:02d}/{d:02d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{y}年{m}月{d}日",
            f"{y}.{m}.{d}",
            f"{y}/{m}/{d}",
        )
    )


def _passport(rng: random.Random, nat: str | None) -> str:
    if nat == "VN":
        return rng.choice("CBNP") + _digits(rng, 7)
    if nat == "ID":
        return rng.choice("ABCEX") + _digits(rng, 7)
    if nat == "PH":
        if rng.random() < 0.7:
            return "P" + _digits(rng, 7) + rng.choice("ABC")
        return rng.choice(("EB", "EC")) + _digits(rng, 7)
    if nat == "TH":
        return rng.choice(("AA", "AB", "AC")) + _digits(rng, 7)
    return rng.choice(  # other travellers: Japan, Korea, Malaysia, USA
        (
            rng.choice(("TK", "TR", "TZ")) + _digits(rng, 7),
            "M" + _digits(rng, 8),
            "A" + _digits(rng, 8),
            rng.choice("56") + _digits(rng, 8),
        )
    )


# --------------------------------------------------------------------------------------
# Fillers (unlabelled text)
# --------------------------------------------------------------------------------------

_F: dict[str, tuple[str, ...]] = {
    "vaccine": (
        "莫德納XBB.1.5疫苗",
        "Novavax疫苗",
        "流感四價疫苗",
        "13價肺炎鏈球菌疫苗（PCV13）",
        "23價肺炎鏈球菌疫苗",
        "帶狀皰疹疫苗（Shingrix）",
        "MMR疫苗",
        "日本腦炎疫苗",
        "BNT JN.1疫苗",
        "A型肝炎疫苗",
        "公費流感疫苗",
        "五合一疫苗",
    ),
    "dose": ("第1劑", "第2劑", "第3劑", "追加劑", "第一劑", "第二劑"),
    "clinic": (
        "中山區健康服務中心",
        "大安區健康服務中心",
        "竹東鎮衛生所",
        "仁愛鄉衛生所",
        "佑康診所",
        "安和家醫診所",
        "市立聯合醫院仁愛院區",
        "署立醫院急診",
        "成功大學附設醫院",
        "榮民總醫院",
        "康寧醫院",
        "馬公市衛生所",
        "長青家庭醫學科診所",
    ),
    "company": (
        "鴻泰國際股份有限公司",
        "大禾電器行",
        "樂活健身事業有限公司",
        "美麗人生美容坊",
        "佳佳旅行社股份有限公司",
        "森林系家具行",
        "金鼎交通股份有限公司",
        "新東南遊覽車客運有限公司",
        "永信精密工業股份有限公司",
        "合興紡織廠",
        "宏昌電子股份有限公司",
        "福樂月子中心",
        "長勝人力仲介有限公司",
        "海洋之星漁業公司",
    ),
    "shop": (
        "全家便利商店",
        "7-ELEVEN",
        "萊爾富",
        "全聯福利中心",
        "家樂福",
        "蝦皮購物",
        "momo購物網",
        "PChome 24h購物",
        "好市多",
        "燦坤3C",
        "士林夜市某攤商",
        "老街麻辣火鍋店",
        "大潤發",
    ),
    "product": (
        "Dyson V12 Detect Slim吸塵器",
        "iPhone 15 Pro 256GB",
        "Panasonic除濕機F-Y22EN",
        "氣炸鍋",
        "按摩椅OS-8201",
        "瘦身課程（24堂）",
        "健身房會籍（兩年約）",
        "預售屋",
        "二手機車",
        "Gogoro VIVA電動機車",
        "韓國五日遊行程",
        "月子中心套裝",
        "ASUS Zenbook 14筆電",
        "美容保養課程",
        "線上英語課程",
    ),
    "symptom": ("發燒、咳嗽", "喉嚨痛", "腹瀉", "頭痛、肌肉痠痛", "流鼻水", "出疹", "畏寒"),
    "guard": ("父親", "母親", "阿嬤", "阿公", "外婆", "姑姑", "爸爸", "媽媽"),
    "rel": ("配偶", "母親", "父親", "女兒", "兒子", "阿嬤", "外婆", "姊姊", "弟弟", "室友", "媳婦"),
    "hon": ("先生", "小姐", "女士", "", "", "君", "太太"),
    "sex": ("男", "女"),
    "airport": (
        "桃園國際機場第一航廈",
        "桃園國際機場第二航廈",
        "臺北松山機場",
        "高雄國際機場",
        "臺中國際機場",
        "金門尚義機場",
    ),
    "harbour": ("基隆港", "高雄港", "臺中港", "金門水頭港", "馬祖福澳港", "花蓮港", "澎湖馬公港"),
    "port": ("桃園國際機場第二航廈", "高雄國際機場", "基隆港", "高雄港", "臺中港", "金門水頭港"),
    "ship": ("麗娜輪", "臺馬之星", "新臺馬輪", "太武輪", "漁船順興", "漁船金慶豐", "貨輪長榮"),
    "school": ("大同國小", "仁愛國小", "光復國中", "福興國小", "新港國小", "中正國中", "信義國小"),
    "route": ("A線", "B線", "第1路線", "第2路線", "山區線", "海線", "東區線"),
    "stop": (
        "中山路口",
        "福德宮前",
        "活動中心",
        "農會前",
        "國宅站",
        "市場站",
        "加油站旁",
        "派出所前",
    ),
    "route_bus": ("臺鐵區間車", "高鐵", "公車307", "國光客運1819", "捷運板南線", "交通船"),
    "reason": ("失業", "罹患重病", "家中遭逢變故", "經營小吃店歇業", "照顧失能家人"),
    "reason_h": (
        "已供自住使用，應改按自住稅率課徵",
        "已拆除，請註銷稅籍",
        "面積計算有誤",
        "房屋現值核定過高",
        "部分作營業使用，應分別按用途課徵",
    ),
    "pct": ("1.2%", "1.5%", "2%", "3.6%", "4.8%", "0.5%", "9.42%"),
    "year": ("111", "112", "113", "114"),
    "code": ("RPT-0315", "CT-22A", "EXP-07", "Q4-SUM"),
    "model": ("TH-9260", "FLIR T540", "IR-300A"),
    "city": ("臺北市", "新北市", "桃園市", "臺中市", "臺南市", "高雄市", "基隆市", "花蓮縣"),
    "place": (
        "士林夜市",
        "新莊副都心",
        "臺南火車站前",
        "高雄港第二港口",
        "桃園國際機場第二航廈",
        "信義區松仁路一帶",
        "中山路與民權路口",
        "逢甲商圈",
        "羅東夜市",
        "板橋車站周邊",
        "林口長庚周邊",
        "西門町",
    ),
    "country": ("越南", "印尼", "菲律賓", "泰國", "馬來西亞", "日本", "美國", "韓國"),
}


def _roc_date(rng: random.Random) -> str:
    y, m, d = rng.randint(111, 114), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        (
            f"{y}年{m}月{d}日",
            f"{y}年{m}月{d}日",
            f"{y}/{m:02d}/{d:02d}",
            f"{y}.{m}.{d}",
            f"民國{y}年{m}月{d}日",
            f"{y + 1911}/{m:02d}/{d:02d}",
            f"{y + 1911}-{m:02d}-{d:02d}",
            f"{m}月{d}日",
        )
    )


def _amount(rng: random.Random) -> str:
    value = rng.choice(
        (rng.randint(3, 300) * 100, rng.randint(1, 60) * 1000, rng.randint(500, 60000))
    )
    return rng.choice((f"新臺幣{value:,}元", f"NT${value:,}", f"{value:,}元", f"新台幣{value}元"))


_DOC_ORGS = _words(
    "府授工 北市衛疾 衛授疾 桃衛疾 保國 消保法 北市稽 高市稅房 投府教 "
    "中市稅法 新北府消 竹縣府教 疾管檢"
)


def _docno(rng: random.Random) -> str:
    return f"{rng.choice(_DOC_ORGS)}字第{rng.randint(111, 114)}{_digits(rng, 7)}號"


def _caseno(rng: random.Random) -> str:
    y = rng.randint(111, 114)
    return rng.choice(
        (
            f"{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{_digits(rng, 4)}",
            f"消{y}-{_digits(rng, 5)}",
            f"CP-{y}-{_digits(rng, 6)}",
            f"第{y}{_digits(rng, 6)}號",
            f"{y}年度申字第{rng.randint(1, 3000)}號",
        )
    )


def _ban(rng: random.Random) -> str:
    while True:
        value = _digits(rng, 8)
        if ban.is_valid(value):
            return value


def _flight(rng: random.Random, nat: str | None) -> str:
    options = {
        "VN": ("VJ 842", "VN 570", "BR 396", "CI 782", "VJ0940"),
        "ID": ("CI 762", "BR 238", "JX 721", "CI 752"),
        "PH": ("PR 896", "5J 310", "BR 272", "CI 702"),
        "TH": ("TG 634", "BR 212", "CI 834", "IT 555"),
    }.get(nat or "", ("BR 198", "CI 101", "JX 801", "IT 201", "BR0867", "CI 160"))
    return rng.choice(options)


def _class_name(rng: random.Random) -> str:
    grade = rng.randint(1, 6)
    room = rng.randint(1, 9)
    return rng.choice(
        (f"{_CN_NUM[grade]}年{_CN_NUM[room]}班", f"{grade}年{room}班", f"{grade}0{room}班")
    )


def _time(rng: random.Random) -> str:
    h, mi = rng.randint(7, 21), rng.choice((0, 10, 15, 20, 30, 40, 45, 50))
    return rng.choice((f"{h:02d}:{mi:02d}", f"{h}時{mi}分", f"{h}:{mi:02d}"))


def _short_date(rng: random.Random) -> str:
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{m}/{d}", f"{m}月{d}日"))


def _lot(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "".join(rng.choice("ABCDEFGHJKMNPRSTUVWXYZ") for _ in range(2)) + _digits(rng, 4)
    return _digits(rng, 3) + rng.choice("ABKMT") + _digits(rng, 2)


def _order_number(rng: random.Random) -> str:
    day = f"{rng.randint(23, 25)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return day + "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ") for _ in range(6))


_FILLERS: dict[str, Callable[[random.Random], str]] = {
    "date": _roc_date,
    "dshort": _short_date,
    "time": _time,
    "amount": _amount,
    "docno": _docno,
    "caseno": _caseno,
    "ban": _ban,
    "n": lambda rng: str(rng.randint(2, 9)),
    "n2": lambda rng: str(rng.randint(10, 40)),
    "lvl": lambda rng: str(rng.randint(1, 3)),
    "bigamount": lambda rng: f"新臺幣{rng.randint(3, 250)}.{rng.randint(1, 9)}億元",
    "n3": lambda rng: str(rng.randint(10, 999)),
    "n4": lambda rng: f"{rng.randint(1000, 60000):,}",
    "age": lambda rng: str(rng.randint(18, 92)),
    "temp": lambda rng: f"{rng.uniform(37.5, 39.4):.1f}",
    "lot": _lot,
    "taxno": lambda rng: "0" + _digits(rng, 10),
    "orderno": _order_number,
    "authcode": lambda rng: _digits(rng, 6),
    "cls": _class_name,
    "road": _road,
}

_AGENCIES = {
    "vaccination": (
        "衛生福利部疾病管制署",
        "臺北市政府衛生局",
        "臺南市政府衛生局",
        "新竹縣政府衛生局",
    ),
    "tracing": ("疾管署北區管制中心", "疾管署南區管制中心", "臺中市政府衛生局", "高雄市政府衛生局"),
    "consumer": ("行政院消費者保護處", "新北市政府消費者保護官室", "桃園市政府法務局消保科"),
    "pension": ("勞動部勞工保險局", "衛生福利部社會保險司", "臺北市政府社會局"),
    "housetax": (
        "臺中市政府地方稅務局",
        "高雄市稅捐稽徵處",
        "新竹縣政府稅務局",
        "臺北市稅捐稽徵處",
    ),
    "schoolbus": ("桃園市政府教育局", "新北市政府教育局", "屏東縣政府教育處"),
    "quarantine": ("衛生福利部疾病管制署", "農業部動植物防疫檢疫署", "財政部關務署"),
}

_LAWS = {
    "vaccination": (
        "傳染病防治法第27條",
        "預防接種作業要點第4點",
        "預防接種受害救濟基金徵收及審議辦法",
    ),
    "tracing": ("傳染病防治法第43條", "傳染病防治法第48條", "傳染病防治法第58條"),
    "consumer": ("消費者保護法第19條", "消費者保護法第43條第1項", "消費者保護法第56條之1"),
    "pension": ("國民年金法第15條", "國民年金法第17條", "國民年金法第50條"),
    "housetax": (
        "房屋稅條例第5條",
        "房屋稅條例第15條第1項第9款",
        "房屋稅條例第18條",
        "稅捐稽徵法第35條",
    ),
    "schoolbus": ("學生交通車管理辦法第7條", "高級中等以下學校學生交通車管理辦法第10條"),
    "quarantine": (
        "傳染病防治法第58條",
        "港埠檢疫規則第6條",
        "植物防疫檢疫法第15條",
        "動物傳染病防治條例第45條之1",
    ),
}

_NUMERIC_FILLERS = {"date", "docno", "caseno", "ban", "amount", "lot", "n4", "time"}

# --------------------------------------------------------------------------------------
# Templates. {P0}..{P5}: persons kept for the sample; {P}: a new person each time; F: a
# foreign national; K: a child. Upper-case keys are labelled values; lower-case keys are
# unlabelled fillers.
# --------------------------------------------------------------------------------------

_LABELLED = {
    "ID": "TW_NATIONAL_ID",
    "ARC": "TW_RESIDENT_CERT",
    "MOB": "PHONE",
    "TEL": "PHONE",
    "PHONE": "PHONE",
    "EMAIL": "EMAIL",
    "ADDR": "ADDRESS",
    "NHI": "TW_NHI_CARD",
    "PASS": "PASSPORT",
    "PASSTW": "PASSPORT",
    "CC": "CREDIT_CARD",
    "BDO": "BIRTH_DATE",
    "BDE": "BIRTH_DATE",
    "BDK": "BIRTH_DATE",
    "BDW": "BIRTH_DATE",
    "BDR": "BIRTH_DATE",
}

Template = str | Callable[[random.Random], str]


def _table(rng: random.Random, title: str, cols: list[tuple[str, str]], rows: int) -> str:
    sep = rng.choice(("\t", "｜", " | ", "  ", "\t"))
    lines = [title] if title else []
    lines.append(sep.join(h for h, _ in cols))
    lines += [sep.join(tok for _, tok in cols) for _ in range(rows)]
    return "\n".join(lines)


def _optional(rng: random.Random, cols: list[tuple[str, str]], keep: int) -> list[tuple[str, str]]:
    """Drop some of the columns after the first ``keep`` ones (tables differ in layout)."""
    return cols[:keep] + [c for c in cols[keep:] if rng.random() < 0.75]


def _vax_table(rng: random.Random) -> str:
    cols = [("序號", "{i}"), ("姓名", "{P}")]
    more = [
        ("身分證字號", "{ID}"),
        ("出生日期", "{BDE}"),
        ("疫苗", "{vaccine}"),
        ("接種日期", "{date}"),
    ]
    cols += _optional(rng, more, 0)
    return _table(
        rng, rng.choice(("長照機構住民接種名冊", "", "{clinic}接種清冊")), cols, rng.randint(2, 6)
    )


def _contact_table(rng: random.Random) -> str:
    cols = [("姓名", "{P}"), ("關係", "{rel}"), ("電話", "{MOB}"), ("最後接觸日", "{dshort}")]
    return _table(rng, "接觸者清單（個案{caseno}）", cols, rng.randint(2, 5))


def _complaint_table(rng: random.Random) -> str:
    cols = [("案號", "{caseno}"), ("申訴人", "{P}")]
    more = [("聯絡電話", "{PHONE}"), ("被申訴企業", "{company}"), ("爭議金額", "{amount}")]
    cols += _optional(rng, more, 0)
    return _table(rng, "本週受理申訴案件", cols, rng.randint(2, 5))


def _pension_table(rng: random.Random) -> str:
    cols = [("姓名", "{P}"), ("身分證號", "{ID}")]
    more = [("欠費月數", "{n}"), ("欠費金額", "{amount}"), ("戶籍地址", "{ADDR}")]
    cols += _optional(rng, more, 0)
    return _table(rng, "國民年金欠費催繳名單", cols, rng.randint(2, 5))


def _house_table(rng: random.Random) -> str:
    cols = [
        ("稅籍編號", "{taxno}"),
        ("納稅義務人", "{P}"),
        ("房屋坐落", "{ADDR}"),
        ("核定稅額", "{amount}"),
    ]
    return _table(rng, "{year}年期房屋稅復查案件", cols, rng.randint(2, 4))


def _bus_table(rng: random.Random) -> str:
    cols = [("座號", "{i}"), ("姓名", "{K}"), ("班級", "{cls}"), ("上車站", "{stop}")]
    cols += _optional(rng, [("家長", "{P}"), ("家長電話", "{MOB}")], 1)
    return _table(rng, "{school}交通車乘車名冊（{route}）", cols, rng.randint(3, 7))


def _bus_roster_list(rng: random.Random) -> str:
    rows = [
        f"{k}. {{K}} {{cls}} 上車：{{stop}} 家長：{{P}} {{MOB}}"
        for k in range(1, rng.randint(3, 7))
    ]
    foot = "駕駛：{P0}（{MOB}）　隨車人員：{P1}"
    return "\n".join(["{school}{year}學年度交通車乘車名冊 {route}", *rows, foot])


def _traveller_table(rng: random.Random) -> str:
    cols = [
        ("Name", "{F}"),
        ("Passport No.", "{PASS}"),
        ("DOB", "{BDW}"),
        ("Nationality", "{country}"),
    ]
    if rng.random() < 0.5:
        cols.append(("Flight", "{flight}"))
    return _table(rng, "{airport}發燒旅客名單 {date}", cols, rng.randint(2, 5))


def _stats_table(rng: random.Random) -> str:
    cols = [("月份", "{dshort}"), ("件數", "{n3}"), ("金額", "{amount}")]
    return _table(rng, "{agency}{year}年統計", cols, rng.randint(2, 4))


_POSITIVE: dict[str, list[Template]] = {
    "vaccination": [
        "姓名：{P0}\n身分證統一編號：{ID}\n出生日期：{BDO}\n聯絡電話：{PHONE}\n"
        "接種疫苗：{vaccine}　劑次：{dose}\n接種日期：{date}　批號：{lot}\n接種單位：{clinic}",
        "{P0}{hon}（{ID}）於{date}至{clinic}接種{vaccine}{dose}，觀察30分鐘無不適後離開。",
        "{date} 長照機構巡迴接種：住民{P0}、{P1}、{P2}完成{vaccine}接種，{P3}因發燒暫緩，"
        "由護理師{P4}登錄系統。",
        "家屬{P0}來電（{MOB}）詢問其母{P1}（{BDE}生）之接種紀錄，已協助查詢；健保卡號{NHI}。",
        "外籍移工{F0}（居留證號{ARC}，護照號碼{PASS}）於{date}在{clinic}接種{vaccine}，"
        "雇主聯絡人{P0}，電話{TEL}。",
        "補登｜{P0}｜{ID}｜{BDO}｜{vaccine}｜{date}｜登錄者：{P1}",
        "民眾{P0}表示：「我{dshort}有打{vaccine}，可是我兒子{K0}的紀錄查不到，他是{BDK}生的。」"
        "請回電{MOB}。",
        "兒童預防接種紀錄卡\n幼兒姓名：{K0}\n出生日期：{BDK}\n父：{P0}　母：{P1}\n住址：{ADDR}\n"
        "已完成：{vaccine}",
        "收件人：{P0}\n地址：{ADDR}\nE-mail：{EMAIL}\n主旨：預防接種紀錄補發申請已受理，證明將以掛號寄出。",
        "{P0} {MOB} 預約{dshort}打{vaccine}，健保卡{NHI}",
        "接種後不良事件通報：個案{P0}，{sex}，{BDE}生，身分證{ID}，接種{vaccine}後{symptom}，"
        "已轉介{clinic}。通報人：{P1}護理師",
        "{K0}同學（{cls}）家長{P0}不同意接種{vaccine}，同意書已收回。",
        "「{P0}」已完成{vaccine}，接種紀錄請寄至{EMAIL}。",
        _vax_table,
    ],
    "tracing": [
        "個案{P0}（{sex}，{age}歲，{ID}）於{date}出現{symptom}，經{clinic}採檢確診。居住地：{ADDR}。"
        "同住家人：配偶{P1}、{rel}{P2}。",
        "【疫調摘要】\n個案：{P0}\n聯絡電話：{MOB}\n工作地點：{company}\n發病前接觸者：\n"
        "1. {P1}（同事）{MOB}\n2. {P2}（友人）{PHONE}\n3. {P3}（{rel}）",
        "個案自述：「{dshort}晚上我跟{P0}還有{P1}在{place}吃火鍋，{P0}的電話是{MOB}。」",
        "接觸者匡列：{P0}、{P1}、{P2}，已通知自主健康管理至{date}；另{K0}為{school}學生，"
        "出生日期{BDK}。",
        "個案{F0}（{country}籍，居留證號{ARC}）為{company}移工，宿舍位於{ADDR}，"
        "仲介聯絡人{P0} {TEL}。",
        "{time} 電訪{P0}{hon}，本人否認發燒，健保卡號{NHI}，已完成衛教。疫調人員：{P1}",
        "同住家人{P0}（{BDO}生）無症狀，採檢陰性；個案{P1}提供電子郵件{EMAIL}以寄送隔離通知書。",
        "疫調人員{P0}：個案{P1}表示{dshort}曾搭乘{route_bus}，與{P2}同行，{P2}手機{MOB}。",
        "{P0} / {sex} / {age}歲 / {ID} / {MOB} / 接觸日{dshort}",
        "經查個案之{rel}{P0}，現居{ADDR}，家用電話{TEL}，已請轄區衛生所追蹤。",
        _contact_table,
    ],
    "consumer": [
        "申訴人：{P0}\n電話：{MOB}\nE-mail：{EMAIL}\n住址：{ADDR}\n被申訴企業：{company}（統一編號：{ban}）\n"
        "申訴內容：{date}購買{product}，以信用卡{CC}分{n}期付款，商品有瑕疵，要求退貨遭拒。",
        "{P0}{hon}來電表示{dshort}在{shop}刷卡（卡號{CC}）消費{amount}，事後發現重複扣款，請協助處理。"
        "回電：{PHONE}",
        "消費者{P0}（{ID}）與{company}簽訂{product}契約，業務員{P1}口頭承諾可隨時解約，現業者拒絕退費{amount}。",
        "「喂，我是{P0}，我上個月在網路上買了{product}，刷的卡號是{CC}，到現在都沒出貨，"
        "你們可以打給我，{MOB}。」（電話錄音轉譯）",
        "協商紀錄\n時間：{date} {time}\n出席：申訴人{P0}、企業代表{P1}（客服主任）、消保官{P2}\n"
        "結論：{company}同意退款{amount}至申訴人信用卡{CC}。",
        "申訴人{P0}委任代理人{P1}（電話{TEL}，電子郵件{EMAIL}）到場說明。",
        "寄件人：{P0} <{EMAIL}>\n主旨：網購糾紛\n我在{date}於{shop}訂購{product}，至今未收到，"
        "訂單編號{orderno}。我的地址是{ADDR}，手機{MOB}，謝謝。",
        "{P0} {MOB} 健身房退費 已轉{agency}",
        "陳情人{P0}陳稱其{rel}{P1}（{BDE}生）遭電話推銷購買{product}，並以{P1}名下信用卡{CC}扣款{amount}。",
        "申訴書\n一、申訴人姓名：{P0}　身分證字號：{ID}\n二、聯絡方式：{PHONE}／{EMAIL}\n"
        "三、通訊地址：{ADDR}\n四、爭議金額：{amount}",
        _complaint_table,
    ],
    "pension": [
        "被保險人{P0}（身分證統一編號：{ID}，出生日期：{BDO}）自{date}起欠繳國民年金保險費計{n}個月、"
        "{amount}，催繳通知寄至{ADDR}未獲回應。",
        "{P0}申請所得未達一定標準保險費補助，戶內人口：配偶{P1}、子{K0}（{BDK}生）。聯絡電話{PHONE}。",
        "案由：{P0}君申請分期繳納國保欠費。\n說明：\n一、申請人因{reason}，無力一次繳清。\n"
        "二、同意自{date}起分{n}期，每期{amount}。\n承辦人：{P1}　電話：{TEL}",
        "繳費方式：信用卡代繳\n持卡人：{P0}\n卡號：{CC}\n被保險人：{P1}（{ID}）",
        "訪視紀錄：{date}至{P0}住處（{ADDR}）訪視，{P0}{hon}獨居、行動不便，{rel}{P1}每週探視，手機{MOB}。",
        "身心障礙年金申請：申請人{P0}，身分證號{ID}，健保卡號{NHI}，診斷證明書由{clinic}{P1}醫師開立。",
        "老年年金給付核定：{P0}（{BDE}生）自{date}起按月發給{amount}。",
        "外籍配偶{F0}（居留證號{ARC}）與{P0}結婚，應自{date}起加保國民年金。",
        "{P0}　{ID}　欠費{n}期　{amount}　已電催（{MOB}）",
        "民眾{P0}臨櫃表示：「我先生{P1}去年過世，遺屬年金要怎麼辦？」已告知應備文件，聯絡電話{PHONE}。",
        "喪葬給付申請人{P0}（{ID}），死亡者{P1}（{BDE}生），戶籍地{ADDR}。",
        _pension_table,
    ],
    "housetax": [
        "復查申請書\n申請人（納稅義務人）：{P0}\n身分證統一編號：{ID}\n住址：{ADDR}\n聯絡電話：{PHONE}\n"
        "房屋坐落：{ADDR}\n稅籍編號：{taxno}\n申請事由：房屋{reason_h}",
        "納稅義務人{P0}就{year}年期房屋稅（坐落{ADDR}）申請復查，主張該屋{reason_h}。經查…",
        "{P0}、{P1}共有坐落{ADDR}之房屋，持分各二分之一，{year}年期房屋稅核定{amount}。",
        "承辦人{P0}電洽申請人{P1}（{MOB}），請其補附戶籍謄本及使用情形說明。",
        "稅單退件：收件人{P0}，原寄地址{ADDR}，查無此人；新址{ADDR}。",
        "申請人{P0}以電子郵件（{EMAIL}）陳情其父{P1}名下房屋遭重複課稅。",
        "房屋稅信用卡繳納紀錄：持卡人{P0}，卡號{CC}，金額{amount}，授權碼{authcode}。",
        "{P0}（{ID}）名下{ADDR}房屋，{date}起出租予{F0}，請改按非自住稅率課徵。",
        "陳情人{P0}到處表示：「這間是我阿嬤{P1}留下來的，我們全家都住在這裡。」經現場勘查屬實。",
        "訴願人{P0}不服本處{docno}復查決定，訴願書送達地址：{ADDR}，代理人{P1}律師。",
        _house_table,
    ],
    "schoolbus": [
        "{dshort}早上{route}{K0}未搭車，隨車老師{P0}已聯繫家長{P1}（{MOB}），家長表示生病請假。",
        "新增乘車學生：{K0}，{cls}，出生年月日{BDK}，住址{ADDR}，緊急聯絡人{P0}（{guard}）{PHONE}。",
        "駕駛員資料\n姓名：{P0}\n身分證字號：{ID}\n出生日期：{BDO}\n聯絡電話：{MOB}\n住址：{ADDR}",
        "家長{P0}來信（{EMAIL}）反映交通車司機{P1}車速過快，請學校了解。",
        "校外教學遊覽車乘客名單：{K}、{K}、{K}、{K}、{K}；帶隊教師{P0}，{MOB}。",
        "{route}：{K0}（{cls}）下車站改為{stop}，{guard}{P0}簽名同意。",
        "「老師，{K0}今天我自己載，不用等校車。」——家長{P0}傳訊（{MOB}）",
        "交通車費補助名單：{K}、{K}（低收入戶），{K}（中低收入戶）。",
        _bus_table,
        _bus_roster_list,
    ],
    "quarantine": [
        "Name 姓名：{F0}\nPassport No. 護照號碼：{PASS}\nNationality 國籍：{country}\n"
        "Date of Birth 出生日期：{BDW}\nFlight 航班：{flight}\nAddress in Taiwan 在臺住址：{ADDR}\n"
        "Phone 電話：{PHONE}\nE-mail：{EMAIL}",
        "旅客{F0}（{country}籍，護照號碼{PASS}）搭乘{flight}於{date} {time}抵達{airport}，"
        "額溫{temp}度，"
        "自述{symptom}，已採檢並轉介{clinic}。",
        "國人{P0}（{ID}）自國外返國，入境時申報{symptom}，同行{rel}{P1}無症狀。檢疫官：{P2}",
        "{harbour}檢疫站{date}紀錄：{F0}、{F1}、{F2}等3名{country}籍漁工搭乘{ship}入港，由仲介{P0}（{MOB}）陪同，"
        "居留證號分別為{ARC}、{ARC}、{ARC}。",
        "入境健康聲明（轉錄）：{P0}／{PASSTW}／{BDR}／{MOB}／{ADDR}",
        "Traveller {F0} (passport {PASS}, DOB {BDW}) reported fever on arrival; "
        "contact in Taiwan: {P0}, {PHONE}.",
        "船員{F0}，{country}籍，出生日期{BDW}，護照號碼{PASS}，於{ship}上發燒，經船長通報後登輪檢疫。",
        "{F0}  {PASS}  {BDW}  {flight}  體溫{temp}",
        "移工{F0}入境後居家檢疫地址：{ADDR}；雇主{P0}，電話{TEL}；居留證號{ARC}。",
        _traveller_table,
    ],
}

_NEGATIVE: dict[str, list[Template]] = {
    "vaccination": [
        "{agency}公告：{vaccine}自{date}起開放接種，合約院所名單請至官網查詢，依{law}辦理。",
        "本週接種統計：{vaccine}共{n3}劑、{vaccine}共{n3}劑；批號{lot}效期至{date}，冷藏溫度請維持2至8°C。",
        "{clinic}接種門診時間調整：每週二、四下午{time}至{time}，{date}起適用（{docno}）。",
        "疫苗採購案（案號{caseno}）由{company}（統一編號{ban}）得標，決標金額{amount}。",
        "請各衛生所於{date}前張貼接種宣導海報，並將陳列架上過期衛教單張回收；高齡長者接種後請留觀30分鐘。",
        "林業及戶外工作者可至{clinic}接種{vaccine}，黃金週連假期間門診照常。",
        "{vaccine}冷鏈溫度紀錄器異常，已於{time}移至備用冰箱，批號{lot}共{n3}劑暫停使用。",
        "何時可接種{vaccine}？依{agency}建議，曾經感染者間隔3個月即可接種。",
        _stats_table,
    ],
    "tracing": [
        "{city}{date}新增{n}例本土個案，均為{place}相關群聚，疫調持續進行中。",
        "疫調會議紀錄\n時間：{date} {time}\n地點：本局{n}樓會議室\n決議：{place}周邊加強環境消毒，"
        "並於{date}前完成採檢。",
        "群聚事件編號{caseno}，涉及{shop}，共採檢{n3}人，陽性{n}人，依{law}列管。",
        "接觸者追蹤系統將於{date}{time}至{time}停機維護，請同仁預先下載報表（代碼{code}）。",
        "{place}周邊商家已完成清消，游泳池、健身房等場所暫停開放至{date}。",
        "{place}為本次疫調熱區，請民眾暫勿前往；曾經到訪{shop}者優先採檢。",
        "本週疫調案件量：新案{n}件、結案{n3}件；平均疫調時間{n}小時，較上週縮短{pct}。",
    ],
    "consumer": [
        "{agency}{date}公布{year}年第{n}季消費爭議申訴統計，共{n4}件，以{product}類最多。",
        "被申訴企業{company}（統一編號{ban}）已於{date}函復（{docno}），同意依{law}辦理退款。",
        "定型化契約應記載事項（依{law}訂定）第{n}點修正，自{date}生效。",
        "{shop}週年慶檔期自{date}至{date}，{product}特價{amount}，刷卡分期零利率。",
        "訂單編號{orderno}之商品已完成退貨，退款{amount}預計於{n}個工作天內入帳。",
        "{company}（統一編號{ban}）未依規定標示{product}價格，經{agency}處罰鍰{amount}（{docno}）。",
        "黃金飾品、楊桃禮盒及吳郭魚加工品等年節商品，購買前請確認標示與保存期限。",
        _stats_table,
    ],
    "pension": [
        "國民年金保險費率自{date}起調整為{pct}，月投保金額{amount}，依{law}辦理。",
        "本局{date}以{docno}函請各區公所辦理{year}年度國保欠費催繳作業，請於{date}前回報。",
        "國保繳費單可至{shop}、郵局或金融機構繳納，逾期未繳者依規定加計利息。",
        "{year}年度老年年金平均核付金額{amount}，較上年度增加{pct}；身心障礙年金核付{n4}件。",
        "國民年金業務說明會訂於{date}{time}在{place}舉行，請各區公所派員參加。",
        "遺屬年金、喪葬給付申請程序簡化方案自{date}起實施（{docno}）。",
    ],
    "housetax": [
        "{year}年期房屋稅開徵期間自5月1日至5月31日，逾期繳納每逾3日按應納稅額加徵1%滯納金（{law}）。",
        "{city}{year}年期房屋稅開徵，總稅額{bigamount}，較去年增加{pct}。",
        "房屋稅2.0自{date}起實施，非自住住家用房屋稅率{pct}至{pct}。",
        "本處{docno}函：檢送房屋標準單價表修正草案，請查照。",
        "{road}一帶房屋街路等級調整評定，將於{date}召開不動產評價委員會審議。",
        "{company}（統一編號{ban}）所有之營業用房屋，{year}年期房屋稅核定{amount}。",
        "施工中房屋尚未取得使用執照者免徵房屋稅；連棟透天與高樓層住宅之標準單價計算方式詳見附表。",
    ],
    "schoolbus": [
        "本學期交通車路線調整：{route}改經{road}、{road}，自{date}起實施，發車時間{time}。",
        "依{law}，交通車每學期應辦理{n}次逃生演練，本校訂於{date}辦理。",
        "交通車採購案（案號{caseno}）由{company}（統一編號{ban}）得標，契約金額{amount}。",
        "{stop}站因道路施工暫停停靠，請改至{stop}候車，施工期間預計至{date}。",
        "交通車乘車費每學期{amount}，低收入戶學生免費，請於{date}前至總務處繳納。",
        "{school}交通車{n}號車{date}例行保養，當日由{company}支援車輛。",
        "高年級學生請協助低年級同學上下車，車上禁止飲食，安全帶務必繫好。",
    ],
    "quarantine": [
        "{port}{date}入境旅客共{n4}人次，發燒篩檢{n}人，均已排除。",
        "{flight}班機預計{time}抵達{airport}，檢疫站加派人力{n}名。",
        "依{law}，入境旅客如有發燒、咳嗽等症狀應主動申報；攜帶肉製品者依規定裁罰{amount}。",
        "{ship}預計{date}停靠{harbour}，船上{n2}名船員已完成檢疫，無異常。",
        "{agency}公告：自{date}起調整{country}旅遊疫情建議等級為第{lvl}級。",
        "入境旅客攜帶之白米、石斑魚乾、高粱酒及馬鈴薯等物品，應依{law}申報檢疫。",
        "{port}旅客服務中心{date}啟用紅外線體溫量測設備（型號{model}）共{n}台。",
    ],
}

_POS_SIGNATURES = (
    "\n承辦人：{P}　{TEL}",
    "\n填表人：{P}",
    "\n——{P} 敬上",
    "\n紀錄：{P}　覆核：{P}",
)
_NEG_SIGNATURES = ("\n{agency} 敬啟", "\n（本件無附件）", "\n{agency}　{date}")

# --------------------------------------------------------------------------------------
# Building samples
# --------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\{(\w+)\}")
_PERSON_KEY = re.compile(r"([PFK])(\d?)")


class _Doc:
    """Accumulates text and gold spans while filling templates."""

    def __init__(self, rng: random.Random, names: _Names, genre: str, hard: bool) -> None:
        self.rng, self.names, self.genre, self.hard = rng, names, genre, hard
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []
        self.people: dict[str, tuple[str, str | None, bool]] = {}
        self.used: set[str] = set()
        self.nat: str | None = None
        self.counter = 0

    def text(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def value(self, s: str, label: str) -> None:
        assert s and s == s.strip()
        self.spans.append((self.length, self.length + len(s), label))
        self.text(s)

    def _new_person(self, key: str) -> tuple[str, str | None, bool]:
        kind = {"P": _pick_kind(self.rng), "F": "foreign"}.get(key[0], "han")
        if key[0] == "K" and self.rng.random() < 0.08:
            kind = "indig"
        nat = self.nat if kind == "foreign" and key[1:] else None
        for _ in range(20):
            found = self.names.pick(kind, nat)
            if found[0] not in self.used:
                break
        self.used.add(found[0])
        return found

    def person(self, key: str) -> None:
        if key[1:]:
            if key not in self.people:
                self.people[key] = self._new_person(key)
            found = self.people[key]
        else:
            found = self._new_person(key)
        name, nat, known = found
        if nat is not None:
            self.nat = nat
        self.known.append(known)
        self.value(name, "PERSON")

    def labelled(self, key: str) -> None:
        rng = self.rng
        if key in ("MOB", "TEL", "PHONE"):
            s = _phone(rng, {"MOB": "mob", "TEL": "tel"}.get(key, "any"))
        elif key == "ID":
            s = _national_id(rng)
        elif key == "ARC":
            s = _resident_cert(rng)
        elif key == "EMAIL":
            s = _email(rng)
        elif key == "ADDR":
            s = _address(rng)
        elif key == "NHI":
            s = _nhi_card(rng)
        elif key == "PASS":
            s = _passport(rng, self.nat)
        elif key == "PASSTW":
            s = "3" + _digits(rng, 8)
        elif key == "CC":
            s = _credit_card(rng)
        else:
            s = _birth_date(rng, key)
        if rng.random() < FULLWIDTH_SHARE:
            s = _fullwidth(s)
        self.value(s, _LABELLED[key])

    def filler(self, key: str) -> None:
        rng = self.rng
        if key == "i":
            self.counter += 1
            s = str(self.counter)
        elif key == "country" and self.nat is not None:
            s = _NATION_ZH[self.nat]
        elif key == "agency":
            s = rng.choice(_AGENCIES[self.genre])
        elif key == "law":
            s = rng.choice(_LAWS[self.genre])
        elif key == "flight":
            s = _flight(rng, self.nat)
        elif key in _FILLERS:
            s = _FILLERS[key](rng)
        else:
            s = rng.choice(_F[key])
        if key in _NUMERIC_FILLERS and rng.random() < 0.1:
            s = _fullwidth(s)
        self.text(s)

    def fill(self, template: str) -> None:
        pos = 0
        for m in _TOKEN.finditer(template):
            self.text(template[pos : m.start()])
            key = m.group(1)
            if _PERSON_KEY.fullmatch(key):
                self.person(key)
            elif key in _LABELLED:
                self.labelled(key)
            else:
                self.filler(key)
            pos = m.end()
        self.text(template[pos:])

    def sample(self) -> Sample:
        return Sample(
            text="".join(self.parts),
            spans=list(self.spans),
            hard_negative=self.hard,
            known_person=list(self.known),
        )


def _make(rng: random.Random, names: _Names, genre: str, hard: bool) -> Sample:
    doc = _Doc(rng, names, genre, hard)
    pool = (_NEGATIVE if hard else _POSITIVE)[genre]
    count = 1 if rng.random() < 0.72 else 2 if rng.random() < 0.75 else 3
    chosen = rng.sample(pool, min(count, len(pool)))
    previous = ""
    for template in chosen:
        text = template(rng) if callable(template) else template
        if previous:
            one_line = "\n" not in previous + text
            doc.text(rng.choice(("\n", "\n\n", "\n", " ")) if one_line else "\n")
            doc.people, doc.nat = {}, None  # a new entry: roles start afresh
        doc.fill(text)
        previous = text
    if rng.random() < 0.12:
        doc.fill(rng.choice(_NEG_SIGNATURES if hard else _POS_SIGNATURES))
    sample = doc.sample()
    assert bool(sample.spans) != hard
    return sample


# --------------------------------------------------------------------------------------
# Leak checks: no unlabelled identifier may slip into a text
# --------------------------------------------------------------------------------------

_ID_WINDOW = re.compile(r"(?=([A-Za-z][0-9A-Da-d]\d{8}))")
_DIGIT_RUN = re.compile(r"\d(?:[ -]?\d)*")
_PHONE_RUN = re.compile(r"[+(]?\d[\d\- .()#]*\d")


def _outside_spans(sample: Sample) -> str:
    chars = list(sample.text)
    for start, end, _ in sample.spans:
        chars[start:end] = "|" * (end - start)
    return unicodedata.normalize("NFKC", "".join(chars))


def _leaks(sample: Sample) -> bool:
    text = _outside_spans(sample)
    if "@" in text:
        return True
    for m in _ID_WINDOW.finditer(text):
        if twid.is_valid(m.group(1)) or arc.is_valid(m.group(1)):
            return True
    for m in _DIGIT_RUN.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        for size in range(13, min(19, len(digits)) + 1):
            for i in range(len(digits) - size + 1):
                if creditcard.is_valid(digits[i : i + size]):
                    return True
    for m in _PHONE_RUN.finditer(text):
        token = m.group()
        digits = re.sub(r"\D", "", token)
        for i in range(len(digits) - 9):
            if digits[i : i + 2] == "09" and phone.is_valid(digits[i : i + 10]):
                return True
        check = phone.is_plausible if sample.hard_negative else phone.is_valid
        if token[0] in "0+(" and check(token):
            return True
    return False


_GENRES = tuple(_POSITIVE)


def generate_heldout42(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples and the known-names list, deterministic for ``seed``."""
    rng = random.Random(seed)
    names = _Names(rng, n)
    samples: list[Sample] = []
    while len(samples) < n:
        hard = rng.random() < HARD_NEGATIVE_SHARE
        genre = rng.choice(_GENRES)
        for _ in range(200):
            sample = _make(rng, names, genre, hard)
            if not _leaks(sample):
                break
        else:
            raise RuntimeError("could not build a clean sample")
        samples.append(sample)
    return samples, list(names.listing)
