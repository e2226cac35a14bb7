"""A third, independently written labelled set for the free-text scanner (held out).

Why a third set: the recognizers are being tuned against misses on the second set, so that
set's figures stop being an honest estimate. This one was written without looking at the
recognizers, the name lists or the other generators (only the ``Sample`` type is shared),
so its figures are measured once, after the tuning, as a held-out estimate.

Genres deliberately differ from the other sets: 1999 hotline transcripts, social-welfare home
visit records, school counselling notes, mediation records, judgment excerpts, discharge
summaries, building-permit letters, LINE chats pasted into a case, procurement complaints,
volunteer rosters, subsidy approval letters, refund applications and migrant-caregiver
files. About a quarter of the samples are hard negatives: press releases, tender notices,
statistics, statute quotations, permit lists, inventory tables, which are full of numbers,
organisation and place names, job titles and words that begin with a surname character,
but hold no personal data (no public officials' names either, to keep the labels
unambiguous).

Label conventions: a PERSON span covers the name only (not 先生/女士/同學); an ADDRESS span
runs from the postal code (when written) to the last floor/之 part; a PHONE span covers the
number with its own brackets and ``+886`` but not a trailing extension; a BIRTH_DATE span
covers the whole written date including 民國. Dates that are not birth dates, case and
document numbers, 統一編號 of companies and amounts are written but never labelled.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

import phonenumbers

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

# ---------------------------------------------------------------------------------------------
# Vocabularies
# ---------------------------------------------------------------------------------------------

# Surnames with their approximate share of Taiwan's population, per mille (內政部 姓名分析,
# rounded); compound surnames are rare but real.
_SURNAMES: dict[str, float] = {
    "陳": 111, "林": 83, "黃": 60, "張": 53, "李": 51, "王": 41, "吳": 40, "劉": 32, "蔡": 29,
    "楊": 26, "許": 23, "鄭": 19, "謝": 18, "洪": 15, "郭": 15, "邱": 14, "曾": 14, "廖": 13,
    "賴": 13, "徐": 11, "周": 11, "葉": 11, "蘇": 10, "莊": 9, "呂": 9, "江": 9, "何": 8,
    "蕭": 8, "羅": 8, "高": 8, "潘": 6, "簡": 6, "朱": 6, "鍾": 6, "游": 6, "彭": 6, "詹": 6,
    "胡": 5, "施": 5, "沈": 5, "余": 5, "盧": 5, "梁": 5, "趙": 5, "顏": 5, "柯": 5, "翁": 4,
    "魏": 4, "孫": 4, "戴": 4, "范": 4, "方": 4, "宋": 4, "鄧": 3, "杜": 3, "傅": 3, "侯": 3,
    "曹": 3, "薛": 3, "丁": 3, "卓": 3, "馬": 2, "阮": 2, "董": 2, "唐": 2, "溫": 2, "藍": 2,
    "蔣": 2, "石": 2, "古": 2, "紀": 2, "姚": 2, "連": 2, "馮": 2, "歐": 2, "程": 2, "湯": 2,
    "黎": 1, "田": 1, "康": 1, "姜": 1, "白": 1, "汪": 1, "尤": 1, "鄒": 1, "涂": 1, "巫": 1,
    "張簡": 0.3, "歐陽": 0.3, "范姜": 0.2,
}  # fmt: skip

# Wade-Giles spellings as printed in Taiwanese passports, for e-mail handles and English names.
_ROMAN: dict[str, str] = {
    "陳": "chen", "林": "lin", "黃": "huang", "張": "chang", "李": "lee", "王": "wang",
    "吳": "wu", "劉": "liu", "蔡": "tsai", "楊": "yang", "許": "hsu", "鄭": "cheng",
    "謝": "hsieh", "洪": "hung", "郭": "kuo", "邱": "chiu", "曾": "tseng", "廖": "liao",
    "賴": "lai", "徐": "hsu", "周": "chou", "葉": "yeh", "蘇": "su", "莊": "chuang", "呂": "lu",
    "江": "chiang", "何": "ho", "蕭": "hsiao", "羅": "lo", "高": "kao", "簡": "chien",
}  # fmt: skip

# Given names as Taiwanese people born 1940s-2010s actually carry them.
_FEMALE = (  # noqa: SIM905
    "淑芬 淑惠 美玲 美惠 麗華 秀英 秀琴 月娥 玉蘭 阿金 素珍 寶珠 碧霞 金蓮 春美 秀鳳 "
    "雅婷 怡君 佳穎 雅雯 怡婷 宜蓁 欣怡 佩珊 郁婷 思妤 筱涵 家瑜 雅琪 詩涵 惠雯 靜怡 "
    "婉婷 佳蓉 怡萱 曉玲 慧君 瑞芬 麗娟 幸如 品妍 子晴 宥蓁 語彤 芷晴 詠晴 羽彤 "
    "可馨 以晴 苡安 沛恩 心妤 芯瑜 亞軒 佩君 玉婷 淑娟 美娟 麗珠 秀美 素貞 月霞 "
    "碧珠 惠美 嘉玲 明珠 佳慧 雅惠 琬婷 姿吟 宛儒"
).split()
_MALE = (  # noqa: SIM905
    "志明 俊傑 建宏 家豪 志豪 冠宇 宗翰 承恩 宥廷 柏翰 彥廷 品睿 睿恩 宇翔 子翔 "
    "文雄 金龍 清水 福來 正雄 明德 國華 建國 榮輝 添財 進興 順發 天賜 萬福 "
    "俊宏 信宏 志偉 嘉宏 政宏 建志 孟哲 冠廷 凱翔 哲瑋 育誠 韋辰 博宇 品宏 "
    "宥辰 承翰 晨恩 宸睿 恩碩 立揚 士賢 世昌 文彬 偉誠 耀德 明輝 坤山 阿土 永福"
).split()
_SINGLE = ("敏", "莉", "瑋", "傑", "萍", "玲", "強", "芸", "婷", "偉", "蓉", "豪", "娟", "誠")

# Names outside the Han surname + given-name pattern that agency files really contain:
# new-immigrant spouses, migrant caregivers (as written on their ARC), indigenous names.
_OTHER_NAMES = (
    "阮氏玉蘭",
    "阮氏秋香",
    "黎氏花",
    "陳氏美",
    "范氏鸞",
    "武氏雪",
    "裴氏清",
    "SITI AMINAH",
    "DEWI LESTARI",
    "NUR HIDAYAH",
    "SRI WAHYUNI",
    "MARIA CRISTINA SANTOS",
    "NGUYEN THI LAN",
    "TRAN VAN HUNG",
    "SOMCHAI PRASERT",
    "尤瑪·達陸",
    "瓦歷斯·諾幹",
    "伊斯坦大·貝雅夫",
    "比令·亞布",
)

# Real districts (postal code, county, district, real roads in it; section included in road).
_PLACES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("106", "臺北市", "大安區", ("復興南路二段", "和平東路一段", "信義路四段", "敦化南路一段")),
    ("104", "臺北市", "中山區", ("民生東路二段", "林森北路", "南京東路三段")),
    ("116", "臺北市", "文山區", ("木柵路三段", "興隆路二段", "景美街")),
    ("111", "臺北市", "士林區", ("中山北路六段", "天母東路", "文林路")),
    ("112", "臺北市", "北投區", ("石牌路二段", "光明路", "中和街")),
    ("114", "臺北市", "內湖區", ("成功路四段", "康寧路三段", "內湖路一段")),
    ("108", "臺北市", "萬華區", ("西園路二段", "康定路", "萬大路")),
    ("110", "臺北市", "信義區", ("松山路", "吳興街", "基隆路一段")),
    ("115", "臺北市", "南港區", ("研究院路二段", "南港路一段")),
    ("100", "臺北市", "中正區", ("羅斯福路三段", "汀州路二段")),
    ("220", "新北市", "板橋區", ("文化路一段", "中山路二段", "四川路二段")),
    ("241", "新北市", "三重區", ("重新路四段", "正義北路", "三和路三段")),
    ("235", "新北市", "中和區", ("景平路", "中和路", "中山路三段")),
    ("234", "新北市", "永和區", ("永和路二段", "中正路", "竹林路")),
    ("242", "新北市", "新莊區", ("中正路", "思源路", "中華路一段")),
    ("231", "新北市", "新店區", ("北新路三段", "中興路二段", "民權路")),
    ("236", "新北市", "土城區", ("金城路二段", "中央路三段")),
    ("247", "新北市", "蘆洲區", ("長榮路", "三民路", "中山一路")),
    ("221", "新北市", "汐止區", ("大同路二段", "新台五路一段")),
    ("251", "新北市", "淡水區", ("中正路", "學府路", "英專路")),
    ("330", "桃園市", "桃園區", ("中正路", "復興路", "大興西路二段")),
    ("320", "桃園市", "中壢區", ("中央西路二段", "環北路", "中華路二段")),
    ("324", "桃園市", "平鎮區", ("環南路", "延平路二段")),
    ("334", "桃園市", "八德區", ("介壽路一段", "興豐路")),
    ("407", "臺中市", "西屯區", ("臺灣大道三段", "文心路三段", "河南路二段")),
    ("406", "臺中市", "北屯區", ("崇德路二段", "文心路四段", "松竹路二段")),
    ("408", "臺中市", "南屯區", ("公益路二段", "大墩路", "五權西路二段")),
    ("420", "臺中市", "豐原區", ("中正路", "圓環東路")),
    ("412", "臺中市", "大里區", ("中興路二段", "德芳南路")),
    ("701", "臺南市", "東區", ("東寧路", "崇學路", "裕農路")),
    ("700", "臺南市", "中西區", ("民族路二段", "中正路", "海安路二段")),
    ("710", "臺南市", "永康區", ("中華路", "大灣路", "中正南路")),
    ("730", "臺南市", "新營區", ("民治路", "中山路")),
    ("802", "高雄市", "苓雅區", ("四維三路", "中正一路", "光華一路")),
    ("807", "高雄市", "三民區", ("建工路", "九如二路", "大昌二路")),
    ("806", "高雄市", "前鎮區", ("中山二路", "二聖一路", "瑞隆路")),
    ("813", "高雄市", "左營區", ("博愛二路", "裕誠路", "自由二路")),
    ("830", "高雄市", "鳳山區", ("光遠路", "五甲二路", "中山東路")),
    ("820", "高雄市", "岡山區", ("岡山路", "中山北路")),
    ("200", "基隆市", "仁愛區", ("愛三路", "仁二路")),
    ("300", "新竹市", "東區", ("光復路二段", "民族路", "建中路")),
    ("302", "新竹縣", "竹北市", ("光明六路", "縣政二路", "中正西路")),
    ("310", "新竹縣", "竹東鎮", ("長春路三段", "東林路")),
    ("360", "苗栗縣", "苗栗市", ("中正路", "為公路")),
    ("351", "苗栗縣", "頭份市", ("中華路", "建國路")),
    ("500", "彰化縣", "彰化市", ("中山路二段", "光復路", "中正路一段")),
    ("510", "彰化縣", "員林市", ("中山路二段", "三民街", "員東路二段")),
    ("505", "彰化縣", "鹿港鎮", ("中山路", "民族路")),
    ("540", "南投縣", "南投市", ("中興路", "民族路")),
    ("545", "南投縣", "埔里鎮", ("中山路三段", "南昌街")),
    ("640", "雲林縣", "斗六市", ("雲林路二段", "大學路二段")),
    ("632", "雲林縣", "虎尾鎮", ("林森路一段", "光復路")),
    ("600", "嘉義市", "西區", ("垂楊路", "友愛路")),
    ("612", "嘉義縣", "太保市", ("祥和一路東段",)),
    ("621", "嘉義縣", "民雄鄉", ("中樂路", "建國路二段")),
    ("900", "屏東縣", "屏東市", ("自由路", "民生路", "廣東路")),
    ("920", "屏東縣", "潮州鎮", ("延平路", "新生路")),
    ("260", "宜蘭縣", "宜蘭市", ("中山路三段", "校舍路")),
    ("265", "宜蘭縣", "羅東鎮", ("公正路", "純精路二段")),
    ("970", "花蓮縣", "花蓮市", ("中山路", "中華路", "林森路")),
    ("973", "花蓮縣", "吉安鄉", ("中央路二段", "中山路三段")),
    ("950", "臺東縣", "臺東市", ("中華路一段", "更生路", "四維路三段")),
    ("880", "澎湖縣", "馬公市", ("中正路", "三多路")),
    ("893", "金門縣", "金城鎮", ("民生路", "民權路")),
)

_MAIL_DOMAINS = (
    "gmail.com", "gmail.com", "gmail.com", "yahoo.com.tw", "yahoo.com.tw", "hotmail.com",
    "outlook.com", "ms15.hinet.net", "ms45.hinet.net", "pchome.com.tw", "seed.net.tw",
    "icloud.com", "livemail.tw",
)  # fmt: skip
_HANDLE_WORDS = ("sunny", "kitty", "lucky", "happy", "peter", "amy", "jason", "vivian",
                 "mandy", "kevin", "ivy", "winnie", "tiger", "angel", "momo", "candy")  # fmt: skip
_GIVEN_ROMAN = ("shu-fen", "mei-ling", "ya-ting", "yi-chun", "chih-ming", "chun-chieh",
                "chia-hao", "tsung-han", "kuan-yu", "wen-hsiung", "hsiu-ying", "yu-ting",
                "pei-shan", "chien-hung", "cheng-en", "po-han", "hsin-yi", "wei-ting")  # fmt: skip

# Organisations, places and prose that look name-like or number-heavy but are not personal.
_CAREGIVERS = tuple(
    (name, nationality)
    for nationality, names in (
        ("印尼", ("SITI AMINAH", "DEWI LESTARI", "NUR HIDAYAH", "SRI WAHYUNI")),
        ("菲律賓", ("MARIA CRISTINA SANTOS",)),
        ("越南", ("NGUYEN THI LAN", "TRAN VAN HUNG")),
        ("泰國", ("SOMCHAI PRASERT",)),
    )
    for name in names
)

_ORGS = (
    "臺北市政府社會局", "新北市政府社會局", "臺中市政府都市發展局", "高雄市政府勞工局",
    "衛生福利部社會及家庭署", "內政部移民署", "臺南市政府工務局", "桃園市政府警察局中壢分局",
    "新北市家庭暴力及性侵害防治中心", "臺北市立聯合醫院仁愛院區", "彰化縣政府教育處",
    "屏東縣政府社會處", "臺灣高等法院", "臺灣臺中地方法院", "行政院公共工程委員會",
    "新竹縣竹北市公所", "花蓮縣吉安鄉公所", "勞動部勞動力發展署", "高雄市立凱旋醫院",
)  # fmt: skip
_PLACE_WORDS = (
    "林口長庚", "楊梅區", "王功漁港", "高雄車站", "蘇澳港", "江子翠捷運站", "石門水庫",
    "林家花園", "黃金博物館", "關渡平原", "陽明山國家公園", "溫泉區", "羅東夜市", "何厝庄",
)  # fmt: skip
_SURNAME_WORDS = (
    "謝謝", "許多", "高度", "簡單", "方便", "連續", "程序", "施工", "紀錄", "溫度", "成功",
    "安全", "全部", "包括", "馬上", "曾經", "何時", "周邊", "林業", "黃昏市場", "張貼", "顏色",
    "董事會", "石頭", "古蹟", "洪水", "葉子", "孫子", "江邊", "卓越", "常常", "金額", "白天",
    "康復", "童年", "游泳池", "蔡伯伯", "王爺廟", "陳情", "李子", "吳郭魚", "楊桃", "鄭重",
)  # fmt: skip
_TITLES = ("社工督導", "承辦人", "里長", "校長", "護理長", "值班員警", "調解委員", "村幹事",
           "個案管理師", "主任委員", "輔導主任", "建築師", "採購承辦人", "志工隊長")  # fmt: skip
_STATUTES = (
    "社會救助法第5條第1項第3款", "建築法第25條", "政府採購法第75條第1項", "個人資料保護法第20條",
    "家庭暴力防治法第14條", "兒童及少年福利與權益保障法第53條", "醫療法第72條", "民法第1084條",
    "鄉鎮市調解條例第27條", "老人福利法第41條", "長期照顧服務法第8條", "刑法第277條第1項",
)  # fmt: skip

_FW = {
    c: chr(ord(c) + 0xFEE0)
    for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-@.()+/#"
}
_CN_DIGITS = "零一二三四五六七八九"


def _fullwidth(s: str) -> str:
    return "".join(_FW.get(c, c) for c in s)


def _cn(n: int) -> str:
    """Chinese numeral for 0 < n < 1000, as written in addresses and dates (三十五, 一百零八)."""
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    h, rest = divmod(n, 100)
    if rest == 0:
        return _CN_DIGITS[h] + "百"
    if rest < 10:
        return _CN_DIGITS[h] + "百零" + _CN_DIGITS[rest]
    tail = _cn(rest)
    return _CN_DIGITS[h] + "百" + (tail if rest >= 20 else "一" + tail)


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Ent:
    """A labelled value inside a template; ``known`` only for PERSON."""

    value: str
    entity: str
    known: bool | None = None


_Part = str | _Ent


class _Values:
    """Seeded value factories shared by all templates of one generated set."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._surnames = list(_SURNAMES)
        self._weights = list(_SURNAMES.values())
        # The dataset's name column: a pool of names, about half of the mentions come from it.
        pool: set[str] = set()
        while len(pool) < 700:
            pool.add(self._fresh_name())
        pool.update(rng.sample(_OTHER_NAMES, len(_OTHER_NAMES) // 2))
        self.known_pool = sorted(pool)
        self.known_set = pool

    # --- people -------------------------------------------------------------------------------
    def _fresh_name(self) -> str:
        rng = self.rng
        if rng.random() < 0.03:
            return rng.choice(_OTHER_NAMES)
        surname = rng.choices(self._surnames, self._weights)[0]
        if rng.random() < 0.05:
            return surname + rng.choice(_SINGLE)
        return surname + rng.choice(_FEMALE if rng.random() < 0.5 else _MALE)

    def person(self) -> _Ent:
        """A name mention; known (in the name column) with probability one half."""
        if self.rng.random() < 0.5:
            return _Ent(self.rng.choice(self.known_pool), "PERSON", True)
        while True:
            name = self._fresh_name()
            if name not in self.known_set:
                return _Ent(name, "PERSON", False)

    def han_person(self) -> _Ent:
        """A mention with a Han-style name (for slots where a foreign name would be odd)."""
        while True:
            p = self.person()
            if "·" not in p.value and not p.value.isascii() and p.value[1:2] != "氏":
                return p

    # --- identifiers ----------------------------------------------------------------------------
    def _styled_id(self, value: str) -> str:
        r = self.rng.random()
        if r < 0.12:
            return _fullwidth(value)
        if r < 0.16:
            return value.lower()
        return value

    def national_id(self, sex: int | None = None) -> _Ent:
        letter = self.rng.choice(list(LETTER_CODES))
        body = str(sex or self.rng.choice((1, 2))) + "".join(
            self.rng.choice("0123456789") for _ in range(7)
        )
        value = letter + body + id_check_digit(letter, body)
        assert twid.is_valid(value)
        return _Ent(self._styled_id(value), "TW_NATIONAL_ID")

    def resident_cert(self) -> _Ent:
        letter = self.rng.choice(list(LETTER_CODES))
        if self.rng.random() < 0.65:  # new form since 2021
            body = self.rng.choice("89") + "".join(self.rng.choice("0123456789") for _ in range(7))
            value = letter + body + id_check_digit(letter, body)
        else:  # old form: the second letter counts as the units digit of its code
            second = self.rng.choice("ABCD")
            body = str(LETTER_CODES[second] % 10) + "".join(
                self.rng.choice("0123456789") for _ in range(7)
            )
            value = letter + second + body[1:] + id_check_digit(letter, body)
        assert arc.is_valid(value)
        return _Ent(self._styled_id(value), "TW_RESIDENT_CERT")

    def nhi(self) -> _Ent:
        rng = self.rng
        head = (
            rng.choice(("0000", "0000", "0001", "0002"))
            if rng.random() < 0.7
            else "".join(rng.choice("0123456789") for _ in range(4))
        )
        digits = head + "".join(rng.choice("0123456789") for _ in range(8))
        style = rng.random()
        if style < 0.5:
            value = digits
        elif style < 0.75:
            value = f"{digits[:4]} {digits[4:8]} {digits[8:]}"
        else:
            value = f"{digits[:4]}-{digits[4:8]}-{digits[8:]}"
        return _Ent(_fullwidth(value) if rng.random() < 0.08 else value, "TW_NHI_CARD")

    def passport(self, foreign: bool | None = None) -> _Ent:
        rng = self.rng
        d = lambda k: "".join(rng.choice("0123456789") for _ in range(k))  # noqa: E731
        if foreign is None:
            foreign = rng.random() < 0.4
        if not foreign:  # ROC passports: nine digits
            value = rng.choice("3133") + d(8)
        else:
            value = rng.choice(
                (
                    rng.choice("BCX") + d(7),  # Indonesia
                    "C" + d(7),  # Viet Nam
                    "N" + d(7),  # Viet Nam, newer
                    "P" + d(7) + rng.choice("ABC"),  # Philippines
                    "A" + rng.choice("ABC") + d(7),  # Thailand
                    "TK" + d(7),  # Japan
                )
            )
        return _Ent(value, "PASSPORT")

    def credit_card(self) -> _Ent:
        rng = self.rng
        prefix, length = rng.choice(
            (("4", 16), ("4", 16), ("5" + rng.choice("12345"), 16), ("35" + rng.choice("2345678"),
             16), ("37", 15), ("62", 16))
        )  # fmt: skip
        body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
        for check in "0123456789":
            if creditcard.luhn_ok(body + check):
                digits = body + check
                break
        assert creditcard.is_valid(digits)
        style = rng.random()
        if length == 15:
            groups = [digits[:4], digits[4:10], digits[10:]]
        else:
            groups = [digits[i : i + 4] for i in range(0, 16, 4)]
        if style < 0.45:
            value = " ".join(groups)
        elif style < 0.8:
            value = "-".join(groups)
        else:
            value = digits
        return _Ent(_fullwidth(value) if rng.random() < 0.06 else value, "CREDIT_CARD")

    def phone(self, mobile: bool | None = None) -> tuple[_Ent, str]:
        """A valid Taiwanese number in a common written form, and an optional extension text."""
        rng = self.rng
        if mobile is None:
            mobile = rng.random() < 0.55
        while True:
            if mobile:
                national = (
                    "09"
                    + rng.choice("12345678")
                    + "".join(rng.choice("0123456789") for _ in range(7))
                )
                area, sub = national[:4], national[4:]
            else:
                area, first, length = rng.choice(
                    (("02", "23", 8), ("02", "2", 8), ("03", "3459", 7), ("037", "3", 6),
                     ("04", "2", 8), ("04", "7", 7), ("049", "2", 7), ("05", "25", 7),
                     ("06", "2", 7), ("07", "3", 7), ("08", "7", 7), ("082", "3", 6),
                     ("089", "3", 6))
                )  # fmt: skip
                sub = rng.choice(first) + "".join(
                    rng.choice("0123456789") for _ in range(length - 1)
                )
                national = area + sub
            if phonenumbers.is_valid_number(phonenumbers.parse(national, "TW")):
                break
        half = len(sub) // 2 if len(sub) == 8 else 3
        a, b = sub[:half], sub[half:]
        if mobile:
            a, b = sub[:3], sub[3:]
            style = rng.choice(("dash", "dash", "plain", "plain", "space", "dash2", "intl",
                                "intl_sp", "intl_plain"))  # fmt: skip
            value = {
                "dash": f"{area}-{a}-{b}",
                "plain": national,
                "space": f"{area} {a} {b}",
                "dash2": f"{area}-{sub}",
                "intl": f"+886-{area[1:]}-{a}-{b}",
                "intl_sp": f"+886 {area[1:]} {a} {b}",
                "intl_plain": f"+886{national[1:]}",
            }[style]
        else:
            style = rng.choice(("paren", "paren", "dash", "dash", "dash_plain", "intl", "space"))
            value = {
                "paren": f"({area}){a}-{b}",
                "dash": f"{area}-{a}-{b}",
                "dash_plain": f"{area}-{sub}",
                "intl": f"+886-{area[1:]}-{a}-{b}",
                "space": f"({area}) {a} {b}",
            }[style]
        if rng.random() < 0.08:
            value = _fullwidth(value)
        ext = ""
        if not mobile and rng.random() < 0.35:
            n = "".join(rng.choice("0123456789") for _ in range(rng.choice((2, 3, 4))))
            ext = rng.choice((f"#{n}", f" 分機{n}", f"轉{n}", f" ext.{n}", f"（分機{n}）"))
        return _Ent(value, "PHONE"), ext

    def email(self, person: _Ent | None = None) -> _Ent:
        rng = self.rng
        surname = None
        if person is not None and person.value[:1] in _ROMAN:
            surname = _ROMAN[person.value[:1]]
        surname = surname or rng.choice(list(_ROMAN.values()))
        given = rng.choice(_GIVEN_ROMAN)
        yy = f"{rng.randint(60, 99):02d}"
        local = rng.choice(
            (
                f"{given.replace('-', '')}.{surname}",
                f"{surname}{given.replace('-', '')}",
                f"{surname}{yy}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}",
                f"{rng.choice(_HANDLE_WORDS)}{rng.randint(1, 9999)}",
                f"{rng.choice(_HANDLE_WORDS)}_{surname}",
                f"{''.join(p[0] for p in given.split('-'))}{surname}{yy}",
            )
        )
        value = f"{local}@{rng.choice(_MAIL_DOMAINS)}"
        if rng.random() < 0.2:
            value = value.capitalize()
        if rng.random() < 0.04:
            value = _fullwidth(value)
        return _Ent(value, "EMAIL")

    def address(self, *, county: bool | None = None, zipcode: bool | None = None) -> _Ent:
        rng = self.rng
        code, cty, district, roads = rng.choice(_PLACES)
        if rng.random() < 0.35:
            cty = cty.replace("臺", "台")
        road = rng.choice(roads)
        if county is None:
            county = rng.random() < 0.7
        if zipcode is None:
            zipcode = county and rng.random() < 0.25
        chinese = rng.random() < 0.15
        num: Callable[[int], str] = _cn if chinese else str
        parts = [code if zipcode else "", cty if county else "", district]
        if rng.random() < 0.12:
            parts.append(f"{num(rng.randint(1, 30))}鄰")
        parts.append(road)
        if rng.random() < 0.45:
            parts.append(f"{num(rng.randint(1, 400))}巷")
            if rng.random() < 0.35:
                parts.append(f"{num(rng.randint(1, 40))}弄")
        n = rng.randint(1, 350)
        if rng.random() < 0.12:
            parts.append(f"{num(n)}之{num(rng.randint(1, 9))}號")
        else:
            parts.append(f"{num(n)}號")
        r = rng.random()
        if r < 0.45:
            parts.append(f"{num(rng.randint(2, 21))}樓")
            if rng.random() < 0.25:
                parts.append(f"之{num(rng.randint(1, 12))}")
        elif r < 0.52 and not chinese:
            parts.append(f"{rng.randint(2, 15)}F")
        elif r < 0.56:
            parts.append("地下一樓" if chinese else "B1")
        value = "".join(parts)
        if zipcode and rng.random() < 0.5:
            value = value.replace(code, code + " ", 1)
        if not chinese and rng.random() < 0.1:
            value = _fullwidth(value)
        return _Ent(value, "ADDRESS")

    def birth_date(self, first: int = 1935, last: int = 2005) -> _Ent:
        return _Ent(self.date(first, last, birth=True), "BIRTH_DATE")

    def letter_date(self) -> str:
        """The date line of an official letter: always 年月日, the year in ROC."""
        rng = self.rng
        return f"{rng.randint(111, 114)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"

    def date(self, first: int = 2022, last: int = 2025, *, birth: bool = False) -> str:
        """A date in one of the forms agency text uses (ROC and Gregorian)."""
        rng = self.rng
        y, m, d = rng.randint(first, last), rng.randint(1, 12), rng.randint(1, 28)
        roc = y - 1911
        style = rng.randrange(13)
        value = (
            f"民國{roc}年{m}月{d}日",
            f"{roc}年{m}月{d}日",
            f"{roc}年{m:02d}月{d:02d}日",
            f"{roc:03d}/{m:02d}/{d:02d}",
            f"{roc}/{m}/{d}",
            f"{roc}.{m:02d}.{d:02d}",
            f"{roc:03d}{m:02d}{d:02d}",
            f"{roc}-{m:02d}-{d:02d}",
            f"民國{_cn(roc)}年{_cn(m)}月{_cn(d)}日",
            f"{y}/{m:02d}/{d:02d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{y}年{m}月{d}日",
            f"{roc}/{m:02d}/{d:02d}",
        )[style]
        if birth and style == 6 and rng.random() < 0.5:
            value = f"{roc:03d}{m:02d}{d:02d}"
        if rng.random() < 0.08 and style != 8:
            value = _fullwidth(value)
        return value

    # --- unlabelled distractors ------------------------------------------------------------------
    def digits(self, k: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(k))

    def doc_no(self) -> str:
        rng = self.rng
        prefix = rng.choice(("府社助", "北市社助", "新北社福", "中市都建", "高市勞福", "南市工使",
                             "桃警壢", "竹縣社救", "彰教輔", "衛部救"))  # fmt: skip
        return f"{prefix}字第{rng.randint(111, 114)}{self.digits(rng.choice((7, 8)))}號"

    def court_no(self) -> str:
        rng = self.rng
        kind = rng.choice(("家調", "訴", "易", "簡", "家護", "調", "勞訴", "小上"))
        return f"{rng.randint(110, 114)}年度{kind}字第{rng.randint(1, 3999)}號"

    def business_no(self) -> str:
        while True:
            value = self.digits(8)
            if ban.is_valid(value):
                return value

    def invoice_no(self) -> str:
        """統一發票號碼 (two letters, eight digits): shaped like an old-form resident cert."""
        rng = self.rng
        while True:
            value = rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + rng.choice("ABCD") + self.digits(8)
            if not arc.is_valid(value) and not twid.is_valid(value):
                return value[:2] + "-" + value[2:] if rng.random() < 0.5 else value

    def amount(self) -> str:
        rng = self.rng
        n = rng.choice((rng.randint(5, 99) * 100, rng.randint(1, 999) * 1000, rng.randint(1, 60)
                        * 10000))  # fmt: skip
        short = f"{n // 1000}千元" if n >= 1000 else f"{n}元"
        return rng.choice((f"新臺幣{n:,}元", f"新台幣{n}元", f"NT${n:,}", f"{n:,}元", short))

    def receipt_no(self) -> str:
        """A 12-digit acceptance number (date + serial), shaped like an NHI card number."""
        return f"{self.rng.randint(2022, 2025)}{self.rng.randint(1, 12):02d}" + self.digits(6)

    def chart_no(self) -> str:
        return self.digits(7)

    def product_code(self) -> str:
        rng = self.rng
        letters = "".join(rng.choice("ABCDEFGHKMNPRSTUVWXZ") for _ in range(rng.randint(2, 3)))
        return rng.choice(
            (
                f"{letters}-{self.digits(4)}",
                f"{letters}{self.digits(3)}-{rng.choice('ABC')}",
                f"{letters}-{self.digits(2)}-{self.digits(3)}",
            )
        )

    def filler(self) -> str:
        return self.rng.choice(_SURNAME_WORDS)


# ---------------------------------------------------------------------------------------------
# Positive templates (each returns the parts of one document)
# ---------------------------------------------------------------------------------------------


def _hotline(v: _Values) -> list[_Part]:
    rng = v.rng
    caller = v.han_person()
    phone, _ = v.phone(mobile=True)
    parts: list[_Part] = [
        f"1999市民當家熱線　通話逐字稿\n案件編號：{v.receipt_no()}\t來電時間：{v.date()} "
        f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}\n",
        "話務員：您好，1999很高興為您服務，請問怎麼稱呼？\n民眾：我姓",
        caller.value[:1],
        "啦，全名",
        caller,
        "。\n話務員：好的，請問回電號碼？\n民眾：",
        phone,
        "，白天比較找得到我。\n話務員：請問反映的地點？\n民眾：就在",
    ]
    place = v.address(county=rng.random() < 0.4)
    parts += [place, f"前面，{v.filler()}那邊的路燈壞了{rng.randint(2, 9)}天，晚上很暗。\n"]
    if rng.random() < 0.4:
        parts += ["話務員：需要以電子郵件回覆嗎？\n民眾：好，寄到", v.email(caller), "。\n"]
    if rng.random() < 0.3:
        parts += ["民眾：上次也是我報的，那時候登記的身分證是", v.national_id(), "，可以查一下。\n"]
    parts.append(f"話務員：已為您派工至{rng.choice(_ORGS)}，謝謝您的來電。")
    return parts


def _home_visit(v: _Values) -> list[_Part]:
    rng = v.rng
    client, worker = v.person(), v.han_person()
    phone, ext = v.phone()
    parts: list[_Part] = [
        f"{rng.choice(_ORGS[:2])}　社會福利訪視紀錄表\n",
        f"訪視日期：{v.date()}\t訪視方式：家訪\t案號：{v.doc_no()}\n",
        "案主姓名：",
        client,
        "\t性別：",
        rng.choice(("男", "女")),
        "\t出生日期：",
        v.birth_date(1935, 1965),
    ]
    if client.value.isascii() or "氏" in client.value:
        parts += ["\n居留證號：", v.resident_cert()]
    else:
        parts += ["\n身分證統一編號：", v.national_id()]
    if rng.random() < 0.35:
        parts += ["\t健保卡號：", v.nhi()]
    parts += ["\n居住地址：", v.address(), "\n聯絡電話：", phone, ext, "\n"]
    if rng.random() < 0.6:
        kin = v.han_person()
        kin_phone, _ = v.phone(mobile=True)
        parts += ["主要照顧者：", kin, f"（{rng.choice(('長子', '次女', '配偶', '外孫'))}），手機",
                  kin_phone, "\n"]  # fmt: skip
    parts += [
        f"訪視摘要：案主獨居，行動需助行器，每月領取中低收入老人生活津貼{v.amount()}。"
        f"屋內{v.filler()}堆放雜物，建議轉介居家服務，依{rng.choice(_STATUTES)}評估。\n",
        "訪視社工：",
        worker,
        f"　{rng.choice(_TITLES[:2])}核章",
    ]
    return parts


def _counselling(v: _Values) -> list[_Part]:
    rng = v.rng
    student, parent, teacher = v.han_person(), v.han_person(), v.han_person()
    phone, _ = v.phone(mobile=True)
    grade = rng.choice(("七年級", "八年級", "五年級", "高二", "國三"))
    parts: list[_Part] = [
        f"學生輔導紀錄（機密）\n晤談日期：{v.date()}　第{_cn(rng.randint(2, 12))}次晤談\n",
        "學生：",
        student,
        f"（{grade}{rng.randint(1, 12)}班，座號{rng.randint(1, 32)}）",
    ]
    if rng.random() < 0.5:
        parts += ["　生日：", v.birth_date(2006, 2016)]
    parts += [
        "\n轉介來源：導師",
        teacher,
        "\n",
        "晤談內容：近兩週常遲到，表示家中",
        f"{v.filler()}的事讓他睡不好。",
        "與家長",
        parent,
        "電話聯繫（",
        phone,
        "），家長同意下週到校面談。\n",
    ]
    if rng.random() < 0.35:
        parts += ["家長另留電子信箱：", v.email(parent), "\n"]
    if rng.random() < 0.3:
        parts += ["戶籍地址：", v.address(), "\n"]
    parts.append(
        f"處遇：持續個別晤談，必要時轉介{rng.choice(('學生輔導諮商中心', '社區心理衛生中心'))}。"
    )
    return parts


def _mediation(v: _Values) -> list[_Part]:
    rng = v.rng
    a, b, mediator = v.han_person(), v.person(), v.han_person()
    pa, _ = v.phone()
    parts: list[_Part] = [
        f"{rng.choice(('板橋區', '中壢區', '北屯區', '鳳山區'))}調解委員會　調解筆錄\n",
        f"調解案號：{rng.randint(111, 114)}年民調字第{rng.randint(1, 999)}號\n",
        "聲請人：",
        a,
        "　出生年月日：",
        v.birth_date(),
        "　身分證字號：",
        v.national_id(),
        "\n　住：",
        v.address(),
        "　電話：",
        pa,
        "\n相對人：",
        b,
        "　",
    ]
    if rng.random() < 0.3:
        parts += ["居留證號：", v.resident_cert()]
    else:
        parts += ["身分證字號：", v.national_id()]
    parts += [
        "\n　住：",
        v.address(),
        "\n",
        f"事由：{v.date()}於{rng.choice(_PLACE_WORDS)}附近發生車禍糾紛。\n",
        f"調解成立內容：相對人願賠償聲請人{v.amount()}，於{v.date()}前匯款，聲請人拋棄其餘請求。\n",
        "調解委員：",
        mediator,
        "\n",
    ]
    return parts


def _judgment(v: _Values) -> list[_Part]:
    rng = v.rng
    defendant, victim = v.han_person(), v.person()
    parts: list[_Part] = [
        f"{rng.choice(('臺灣臺中地方法院', '臺灣新北地方法院', '臺灣高雄地方法院'))}刑事判決"
        f"　{v.court_no()}\n公訴人　臺灣地方檢察署檢察官\n被　　告　",
        defendant,
        f"　{rng.choice(('男', '女'))}　",
        v.birth_date(1950, 2000),
        "生\n　　　　身分證統一編號：",
        v.national_id(),
        "號\n　　　　住",
        v.address(county=True, zipcode=False),
        "\n",
        f"上列被告因傷害案件，經檢察官提起公訴（{rng.randint(111, 113)}年度偵字第"
        f"{rng.randint(1000, 29999)}號），本院判決如下：\n　主　文\n",
        defendant,
        f"犯傷害罪，處拘役{_cn(rng.choice((20, 30, 40, 50)))}日。\n　事　實\n",
        defendant,
        f"於{v.date()}在{rng.choice(_PLACE_WORDS)}與",
        victim,
        "發生口角，徒手毆打",
        victim,
        f"，致其受有頭部挫傷，核犯{_STATUTES[-1]}。",
    ]
    return parts


def _discharge(v: _Values) -> list[_Part]:
    rng = v.rng
    patient, doctor = v.person(), v.han_person()
    parts: list[_Part] = [
        rng.choice(("臺北市立聯合醫院仁愛院區", "高雄市立凱旋醫院", "林口長庚")),
        "　出院病歷摘要\n",
        f"病歷號碼：{v.chart_no()}\t床號：{rng.randint(5, 12)}{rng.randint(1, 40):02d}-"
        f"{rng.choice('12')}\n",
        "姓名：",
        patient,
        "\t出生日期：",
        v.birth_date(),
        "\n",
    ]
    if patient.value.isascii() or "氏" in patient.value:
        parts += ["居留證號：", v.resident_cert(), "\t護照號碼：", v.passport(foreign=True), "\n"]
    else:
        parts += ["身分證號：", v.national_id(), "\t健保卡號：", v.nhi(), "\n"]
    phone, _ = v.phone()
    parts += [
        f"入院日期：{v.date()}　出院日期：{v.date()}\n",
        f"診斷：1. 社區型肺炎 2. 第二型糖尿病　藥物：Metformin 500mg BID，{v.product_code()}\n",
        "緊急聯絡人：",
        v.han_person(),
        "　",
        phone,
        "\n",
        "主治醫師：",
        doctor,
        f"　{rng.choice(_TITLES[4:5])}覆核",
    ]
    return parts


def _permit_letter(v: _Values) -> list[_Part]:
    rng = v.rng
    owner, architect = v.person(), v.han_person()
    phone, ext = v.phone(mobile=False)
    parts: list[_Part] = [
        f"{rng.choice(('臺中市政府都市發展局', '臺南市政府工務局'))}　函\n",
        "受文者：",
        owner,
        rng.choice((" 君", "君", " 先生", " 女士", "")) + "\n",
        f"發文日期：中華民國{v.letter_date()}\n發文字號：{v.doc_no()}\n",
        f"主旨：臺端申請{rng.randint(111, 113)}建字第{v.digits(5)}號建造執照變更設計一案，"
        "請於文到十日內補正，請查照。\n",
        "說明：\n一、依",
        f"{_STATUTES[1]}及臺端{v.date()}申請書辦理。\n",
        "二、基地位置：",
        v.address(county=rng.random() < 0.5),
        f"（地號：{rng.choice(('西屯區', '東區'))}{rng.choice(('何厝', '惠來'))}段"
        f"{v.digits(3)}地號）\n",
        "三、設計人：",
        architect,
        "建築師事務所（統一編號",
        v.business_no(),
        "），聯絡電話",
        phone,
        ext,
        "。\n",
    ]
    if rng.random() < 0.4:
        parts += ["四、起造人聯絡信箱：", v.email(owner), "。\n"]
    return parts


def _line_chat(v: _Values) -> list[_Part]:
    rng = v.rng
    a, b = v.han_person(), v.han_person()
    phone, _ = v.phone(mobile=True)
    hm = lambda: f"{rng.choice(('上午', '下午'))}{rng.randint(1, 11)}:{rng.randint(0, 59):02d}"  # noqa: E731
    parts: list[_Part] = [
        f"【附件：當事人提供之LINE對話截圖文字】\n{v.date()}（{rng.choice('一二三四五六日')}）\n",
        f"{hm()}\t",
        a,
        "\t你明天可以幫我去區公所拿申請書嗎\n",
        f"{hm()}\t",
        b,
        "\t可以啊 你的身分證號給我一下\n",
        f"{hm()}\t",
        a,
        "\t",
        v.national_id(),
        "\n",
        f"{hm()}\t",
        a,
        "\t有事打我手機 ",
        phone,
        "\n",
    ]
    if rng.random() < 0.5:
        parts += [f"{hm()}\t", b, "\t地址是不是", v.address(county=False), "？\n"]
    if rng.random() < 0.3:
        parts += [f"{hm()}\t", a, "\t卡號", v.credit_card(), " 先幫我繳掉，謝謝\n"]
    parts += [f"{hm()}\t", b, "\t收到👌"]
    return parts


def _procurement(v: _Values) -> list[_Part]:
    rng = v.rng
    contact = v.han_person()
    phone, ext = v.phone(mobile=False)
    mobile, _ = v.phone(mobile=True)
    return [
        "採購申訴書\n申訴廠商：",
        f"{rng.choice(('宏昇', '大勝', '永豐', '林記'))}工程股份有限公司",
        "（統一編號：",
        v.business_no(),
        "）\n代表人：",
        v.han_person(),
        "\n聯絡人：",
        contact,
        "　電話：",
        phone,
        ext,
        "　行動：",
        mobile,
        "\n電子郵件：",
        v.email(contact),
        "\n",
        f"招標機關：{rng.choice(_ORGS)}\n標案案號：{v.digits(3)}{rng.choice('ABC')}{v.digits(3)}\n",
        f"申訴事實：本公司於{v.date()}投標，報價{v.amount()}，機關以{v.filler()}理由判定不合格，"
        f"違反{_STATUTES[2]}，請求撤銷原異議處理結果。\n",
        "廠商地址：",
        v.address(),
        "\n",
    ]


def _roster(v: _Values) -> list[_Part]:
    rng = v.rng
    sep = rng.choice(("\t", "\u3000\u3000", " | "))
    parts: list[_Part] = [
        f"{rng.choice(('志工隊', '守望相助隊', '關懷據點'))}　"
        f"{rng.randint(112, 114)}年度志工名冊\n",
        sep.join(("編號", "姓名", "出生日期", "身分證字號", "聯絡電話", "服務時數")) + "\n",
    ]
    for i in range(rng.randint(2, 5)):
        phone, _ = v.phone()
        parts += [f"{i + 1:02d}", sep, v.person(), sep, v.birth_date(1950, 2000), sep,
                  v.national_id(), sep, phone, sep, f"{rng.randint(4, 300)}\n"]  # fmt: skip
    parts.append(f"＊本名冊僅供投保意外險使用，{_TITLES[-1]}保管。")
    return parts


def _subsidy_letter(v: _Values) -> list[_Part]:
    rng = v.rng
    applicant = v.person()
    parts: list[_Part] = [
        f"{rng.choice(_ORGS[:2] + _ORGS[8:9])}　核定函\n",
        "地址：",
        v.address(county=True, zipcode=True),
        "\n受文者：",
        applicant,
        "\n",
        f"發文日期：{v.date()}\n發文字號：{v.doc_no()}\n",
        f"主旨：臺端申請{rng.randint(112, 114)}年度"
        f"{rng.choice(('租金補貼', '育兒津貼', '急難救助'))}"
        f"一案，經審核符合資格，核定補助{v.amount()}，請查照。\n",
        "說明：\n一、申請人身分證統一編號：",
        v.national_id(),
        "。\n",
        "二、款項將撥入申請人指定帳戶，如有疑問請洽承辦人",
        v.han_person(),
        "，電話：",
    ]
    phone, ext = v.phone(mobile=False)
    parts += [phone, ext, "。\n", f"三、依{rng.choice(_STATUTES[:1] + _STATUTES[9:])}辦理。"]
    return parts


def _refund(v: _Values) -> list[_Part]:
    rng = v.rng
    applicant = v.han_person()
    phone, _ = v.phone(mobile=True)
    return [
        f"規費退費申請書（受理編號{v.receipt_no()}）\n",
        "申請人：",
        applicant,
        "　出生日期：",
        v.birth_date(),
        "\n",
        "退費原因：重複繳納",
        f"{v.amount()}（發票號碼 {v.invoice_no()}）\n",
        "原刷卡卡號：",
        v.credit_card(),
        f"　有效期限：{rng.randint(1, 12):02d}/{rng.randint(26, 30)}\n",
        "聯絡電話：",
        phone,
        "　E-mail：",
        v.email(applicant),
        "\n",
        "通訊地址：",
        v.address(),
        "\n",
    ]


def _caregiver(v: _Values) -> list[_Part]:
    rng = v.rng
    name, nationality = rng.choice(_CAREGIVERS)
    worker = _Ent(name, "PERSON", name in v.known_set)
    employer, elder = v.han_person(), v.han_person()
    phone, _ = v.phone(mobile=True)
    return [
        "外籍家庭看護工聘僱資料\n",
        "被看護者：",
        elder,
        "　出生日期：",
        v.birth_date(1925, 1955),
        "\n",
        "雇主：",
        employer,
        "　身分證字號：",
        v.national_id(),
        "　手機：",
        phone,
        "\n",
        "外籍看護工：",
        worker,
        f"（{nationality}籍）\n",
        "護照號碼：",
        v.passport(foreign=True),
        "\n居留證統一證號：",
        v.resident_cert(),
        "\n",
        "工作地點：",
        v.address(),
        "\n",
        f"入國日期：{v.date()}　仲介：{rng.choice(('大順', '福星'))}人力仲介有限公司（許可證"
        f"字號 {rng.randint(1000, 2999)}）\n",
    ]


def _travel(v: _Values) -> list[_Part]:
    """Study-abroad grant roster: ROC passports and English names (labelled as PERSON)."""
    rng = v.rng
    p = v.han_person()
    sur = _ROMAN.get(p.value[:1])
    parts: list[_Part] = [
        f"{rng.randint(112, 114)}年度學海飛颺獎助名單（核定）\n",
        "中文姓名：",
        p,
        "\n",
    ]
    if sur:
        parts += ["英文姓名（同護照）：", _Ent(f"{sur.upper()}, {rng.choice(_GIVEN_ROMAN).upper()}",
                                            "PERSON", False), "\n"]  # fmt: skip
    parts += [
        "護照號碼：",
        v.passport(foreign=False),
        "　出生日期：",
        v.birth_date(1998, 2006),
        "\n",
        "電子郵件：",
        v.email(p),
        "\n",
        f"核定金額：{v.amount()}，出國期間{v.date()}至{v.date()}。",
    ]
    return parts


def _donation(v: _Values) -> list[_Part]:
    """A charity's standing-order donation form (信用卡定期定額捐款授權書)."""
    rng = v.rng
    donor = v.han_person()
    phone, _ = v.phone()
    parts: list[_Part] = [
        f"財團法人{rng.choice(('伊甸', '創世', '家扶'))}社會福利基金會　信用卡定期定額捐款授權書\n",
        "捐款人姓名：",
        donor,
        "　出生日期：",
        v.birth_date(),
        "\n身分證字號（開立收據用）：",
        v.national_id(),
        "\n",
        f"每月捐款金額：{v.amount()}　授權期間：{v.date()}起\n",
        f"信用卡別：{rng.choice(('VISA', 'MASTER', 'JCB', '聯合信用卡'))}　卡號：",
        v.credit_card(),
        f"\n有效期限：{rng.randint(1, 12):02d}月／20{rng.randint(26, 31)}年\n",
        "持卡人簽名：",
        donor,
        "（與信用卡簽名相同）\n聯絡電話：",
        phone,
        "\n",
    ]
    if rng.random() < 0.6:
        parts += ["收據寄送地址：", v.address(), "\n"]
    if rng.random() < 0.5:
        parts += ["E-mail：", v.email(donor), "\n"]
    parts.append(f"本會勸募許可文號：{v.doc_no()}")
    return parts


def _medical_aid(v: _Values) -> list[_Part]:
    """A medical-expense subsidy application checked against the NHI card."""
    rng = v.rng
    applicant = v.han_person()
    phone, ext = v.phone()
    return [
        "醫療補助申請表\n申請人：",
        applicant,
        "\t出生日期：",
        v.birth_date(1930, 2010),
        "\n身分證統一編號：",
        v.national_id(),
        "\n健保卡卡號：",
        v.nhi(),
        f"\n就醫院所：{rng.choice(_ORGS[9:10] + _ORGS[18:])}　就診日期：{v.date()}\n",
        f"自付醫療費用：{v.amount()}（收據{rng.randint(2, 9)}張）\n戶籍地址：",
        v.address(county=True),
        "\n聯絡電話：",
        phone,
        ext,
        "\n",
        f"審核：符合{_STATUTES[0]}資格，由{rng.choice(_TITLES[:2])}簽核。",
    ]


_POSITIVE: tuple[Callable[[_Values], list[_Part]], ...] = (
    _hotline, _home_visit, _counselling, _mediation, _judgment, _discharge, _permit_letter,
    _line_chat, _procurement, _roster, _subsidy_letter, _refund, _caregiver, _travel,
    _donation, _medical_aid,
)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Hard negatives: number-heavy official text with no personal data
# ---------------------------------------------------------------------------------------------


def _press_release(v: _Values) -> list[_Part]:
    rng = v.rng
    return [
        f"{rng.choice(_ORGS)}新聞稿\n發布日期：{v.date()}\n",
        f"為落實{rng.choice(_STATUTES)}，本局今年編列{v.amount()}辦理{rng.choice(_PLACE_WORDS)}"
        f"周邊{v.filler()}改善工程，預計{v.date()}完工。{rng.choice(_TITLES)}表示，施工期間將"
        f"張貼公告，請民眾多加包涵。另提醒一位{rng.choice(('王姓', '林姓', '陳姓'))}"
        f"{rng.choice(('男子', '長者'))}日前遭詐騙{v.amount()}，呼籲民眾提高警覺。\n"
        f"新聞聯絡人：{rng.choice(_TITLES)}（洽詢請撥本局總機1999轉{v.digits(4)}）",
    ]


def _tender_notice(v: _Values) -> list[_Part]:
    rng = v.rng
    return [
        f"決標公告\n機關名稱：{rng.choice(_ORGS)}\n標案案號：{rng.randint(112, 114)}"
        f"{rng.choice('ABCGS')}{v.digits(3)}\n標案名稱：{rng.choice(_PLACE_WORDS)}{v.filler()}"
        f"設備採購\n決標日期：{v.date()}\n得標廠商：{rng.choice(('宏昇', '大勝', '永豐', '林記'))}"
        f"科技股份有限公司（統一編號{v.business_no()}）\n決標金額：{v.amount()}\n"
        f"履約期限：決標次日起{_cn(rng.randint(30, 180))}日曆天\n依據：{_STATUTES[2]}",
    ]


def _statistics(v: _Values) -> list[_Part]:
    rng = v.rng
    rows = [f"{rng.randint(110, 113)}年{rng.randint(1, 12)}月\t{rng.randint(100, 9999):,}\t"
            f"{rng.randint(1, 99)}.{rng.randint(0, 9)}%\t{v.amount()}" for _ in range(rng.randint(3, 6))]  # fmt: skip  # noqa: E501
    return [
        f"{rng.choice(_ORGS)}　{rng.choice(('低收入戶', '身心障礙者', '獨居長者'))}統計月報\n"
        "月份\t人數\t成長率\t核發金額\n" + "\n".join(rows) + f"\n資料來源：{rng.choice(_ORGS)}"
        f"（製表日期{v.date()}）",
    ]


def _statute_quote(v: _Values) -> list[_Part]:
    rng = v.rng
    return [
        f"法規查詢結果（{v.date()}更新）\n{rng.choice(_STATUTES)}：\n"
        f"「前項{rng.choice(_TITLES)}應於{_cn(rng.randint(3, 30))}日內辦理，違反者處新臺幣"
        f"{rng.randint(1, 6)}萬元以上{rng.randint(10, 30)}萬元以下罰鍰。」\n"
        f"相關函釋：{v.doc_no()}、{v.court_no()}判決要旨參照。\n"
        f"註：{v.filler()}、{v.filler()}等用語依{rng.choice(_STATUTES)}解釋。",
    ]


def _permit_list(v: _Values) -> list[_Part]:
    rng = v.rng
    rows = []
    for _ in range(rng.randint(3, 6)):
        rows.append(
            f"{rng.randint(112, 114)}建字第{v.digits(5)}號\t"
            f"{rng.choice(('西屯區', '北屯區', '東區', '鳳山區'))}"
            f"{rng.choice(('何厝', '惠來', '林厝'))}段{v.digits(4)}地號\t"
            f"{rng.choice(('RC造', 'SRC造', '鋼構造'))}地上{_cn(rng.randint(3, 28))}層"
            f"\t{v.date()}"
        )
    return ["建造執照核發清冊\n執照號碼\t基地地號\t構造樓層\t核發日期\n" + "\n".join(rows)
            + f"\n製表單位：{rng.choice(_ORGS)}　{rng.choice(_TITLES)}"]  # fmt: skip


def _inventory(v: _Values) -> list[_Part]:
    rng = v.rng
    rows = [f"{v.product_code()}\t{rng.choice(('行動輔具', '電動床', '血壓計', '筆記型電腦'))}\t"
            f"{rng.randint(1, 40)}\t{v.amount()}\t發票{v.invoice_no()}" for _ in range(rng.randint(3, 5))]  # fmt: skip  # noqa: E501
    return [
        f"財產增加單（受理編號{v.receipt_no()}）\n料號\t品名\t數量\t單價\t憑證\n"
        + "\n".join(rows)
        + f"\n保管單位：{rng.choice(_ORGS)}　{rng.choice(_TITLES)}簽收　{v.date()}",
    ]


def _meeting_notice(v: _Values) -> list[_Part]:
    rng = v.rng
    return [
        f"開會通知單\n發文字號：{v.doc_no()}\n開會事由：研商{rng.choice(_PLACE_WORDS)}"
        f"{v.filler()}及防汛整備事宜\n開會時間：{v.date()}（星期{rng.choice('一二三四五')}）"
        f"下午{_cn(rng.randint(1, 5))}時\n開會地點：本府{rng.randint(2, 12)}樓{rng.choice('ABCDE')}"
        f"{rng.randint(1, 20)}會議室\n主持人：{rng.choice(_TITLES)}\n出席者：{rng.choice(_ORGS)}、"
        f"{rng.choice(_ORGS)}、各區{rng.choice(_TITLES)}\n備註：請攜帶{rng.choice(_STATUTES)}相關資料。",
    ]


_NEGATIVE: tuple[Callable[[_Values], list[_Part]], ...] = (
    _press_release, _tender_notice, _statistics, _statute_quote, _permit_list, _inventory,
    _meeting_notice,
)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------


def _assemble(parts: list[_Part], hard_negative: bool) -> Sample:
    text: list[str] = []
    spans: list[tuple[int, int, str]] = []
    known: list[bool] = []
    pos = 0
    for part in parts:
        if isinstance(part, _Ent):
            start = pos
            text.append(part.value)
            pos += len(part.value)
            spans.append((start, pos, part.entity))
            if part.entity == "PERSON":
                known.append(bool(part.known))
        else:
            text.append(part)
            pos += len(part)
    return Sample("".join(text), spans, hard_negative, known)


def generate_heldout2(n: int = 2000, seed: int = 23) -> tuple[list[Sample], list[str]]:
    """Generate ``n`` labelled samples (about 25 % hard negatives) and the known-names list.

    The known-names list is what a dataset's name column would hold: the pool the "known"
    PERSON mentions are drawn from, including names that never occur in the text. Mentions
    flagged unknown are never in it.
    """
    rng = random.Random(seed)
    values = _Values(rng)
    samples: list[Sample] = []
    for _ in range(n):
        if rng.random() < 0.26:
            samples.append(_assemble(rng.choice(_NEGATIVE)(values), True))
        else:
            samples.append(_assemble(rng.choice(_POSITIVE)(values), False))
    return samples, list(values.known_pool)
