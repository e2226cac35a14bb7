"""Held-out evaluation set "heldout13": labelled Traditional-Chinese agency free text.

Written independently of the scanner and of the other synthetic sets, so that the first
measurement on it is an honest held-out figure. The genres, wording and name lists here are
deliberately different from anything the scanner was tuned on: if the scanner only works on
the phrasings its authors imagined, this set should show it.

Every text is built with :class:`_Doc`, which appends pieces and records gold spans as it
goes, so offsets are exact by construction instead of being searched for afterwards (a search
would mislabel a value that also occurs elsewhere in the text).

About half of the PERSON mentions use a name from the returned "known names" list (the name
column of the dataset the text came from); the others are fresh names that appear in no list,
because in real files a remark often mentions relatives, neighbours or officials who are not
in the name column. The list also holds names that are never mentioned, as real columns do.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

__all__ = ["generate_heldout13"]

_HARD_NEGATIVE_SHARE = 0.25
_KNOWN_SHARE = 0.5
_FULL_WIDTH_SHARE = 0.13

# --- name material (own lists, not shared with other generators) ---------------------------

_SURNAMES = list(
    "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁"
    "趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍蔣石古紀姚連馮歐程湯黎田康姜白汪鄒尤巫"
    "鐘涂龔嚴韓袁金童陸夏柳邵錢伍倪溫于譚駱熊任甘秦顧毛章史官萬俞雷粘饒闕凃"
)
_COMPOUND_SURNAMES = ["歐陽", "司馬", "諸葛", "張簡", "范姜", "上官", "皇甫", "司徒", "東方"]
_GIVEN_CHARS = list(
    "淑惠美玲芳雅婷怡君宜珊佩琪雯靜慧娟秀英麗華敏瑜欣蓉萍蕙綺筑涵瑄妤甄璇嫻翠鳳珠蘭梅"
    "志明建宏俊傑家豪承翰冠宇柏霖彥廷哲瑋宗憲政賢嘉偉昱翔睿恩品宸皓軒祐紹銘耀仁德忠義信"
    "國榮振興文彬啟東永福春秋金水木火土阿旺順益清源坤炳樹枝"
)
_SINGLE_GIVEN = list("芬琳萱翔瑩豪偉強瑜真娥蓮昇鈞寬茂")
_INDIGENOUS_HAN_A = ["瓦旦", "比令", "拉娃", "伊萬", "撒韻", "尤勞", "烏瑪芙", "巴奈", "達基斯"]
_INDIGENOUS_HAN_B = ["塔喀", "尤帕斯", "諾幹", "蘇魯", "馬耀", "拉荷", "卡造", "巴圖", "谷木"]
_INDIGENOUS_LATIN_A = ["Watan", "Pilin", "Laway", "Iwan", "Sayun", "Yuraw", "Umav", "Panay"]
_INDIGENOUS_LATIN_B = ["Tanga", "Yupas", "Nokan", "Sulu", "Kacaw", "Batu", "Mayaw", "Lalin"]
_INDONESIAN_A = ["Siti", "Dewi", "Sri", "Nur", "Rina", "Yuli", "Agus", "Budi", "Eka", "Fitri"]
_INDONESIAN_B = ["Rahayu", "Lestari", "Wulandari", "Susanti", "Hidayat", "Saputra", "Wahyuni"]
_VIET_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ"]
_VIET_MIDDLE = ["Thị", "Văn", "Ngọc", "Thanh", "Minh"]
_VIET_GIVEN = ["Hoa", "Lan", "Hương", "Thảo", "Tuấn", "Dũng", "Hằng", "Phương", "Trang", "Nhung"]
_FILIPINO_A = ["Maria Cristina", "Jose", "Ana Liza", "Mark Anthony", "Rowena", "Jerome"]
_FILIPINO_B = ["Santos", "Reyes", "dela Cruz", "Bautista", "Villanueva", "Mendoza", "Garcia"]
_THAI_A = ["Somchai", "Suda", "Anong", "Kittipong", "Malee", "Preecha"]
_THAI_B = ["Srisuk", "Boonmee", "Chaiyasit", "Kaewkla", "Thongdee"]
_VIET_HAN_FAMILY = ["阮氏", "陳氏", "黎氏", "范氏", "武氏"]
_VIET_HAN_GIVEN = list("秋蘭香草翠玉鸞娥梅金")
_TRANSLIT_SYLL = ["蒂", "娜", "莉", "雅", "妮", "絲", "瑪", "蘇", "安", "達", "卡", "露", "菈"]
_TRANSLIT_FAMILY = ["拉哈尤", "萊絲塔莉", "蘇珊蒂", "哈莉雅", "瓦妮"]
_ROMAN_SURNAMES = ["Chen", "Lin", "Huang", "Chang", "Lee", "Wang", "Wu", "Liu", "Tsai", "Hsu"]
_ROMAN_SYLL = ["Mei", "Ling", "Chih", "Hao", "Hsiao", "Ming", "Yu", "Ting", "Chun", "Wei"]
_ROMAN_SYLL2 = ["hua", "ling", "hao", "ming", "jen", "chieh", "wen", "hsuan", "ting", "lung"]

_CITIES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    ("臺北市", [("大安區", ["和平東路", "復興南路", "信義路"]), ("萬華區", ["西園路", "康定路"])]),
    ("台北市", [("中山區", ["南京東路", "松江路", "吉林路"])]),
    ("新北市", [("板橋區", ["文化路", "民生路"]), ("三重區", ["重新路", "正義北路"])]),
    ("桃園市", [("中壢區", ["中央西路", "環北路"]), ("桃園區", ["復興路", "大興西路"])]),
    ("臺中市", [("西屯區", ["河南路", "福星路"]), ("北區", ["三民路", "太原路"])]),
    ("臺南市", [("東區", ["東門路", "裕農路"]), ("安平區", ["安平路", "健康路"])]),
    ("高雄市", [("苓雅區", ["四維三路", "光華一路"]), ("鳳山區", ["光復路", "青年路"])]),
    ("宜蘭縣", [("羅東鎮", ["公正路", "興東路"])]),
    ("花蓮縣", [("吉安鄉", ["南濱路", "中央路"]), ("花蓮市", ["中華路", "林森路"])]),
    ("屏東縣", [("屏東市", ["自由路", "廣東路"])]),
    ("南投縣", [("埔里鎮", ["西安路", "中正路"])]),
]
_SECTIONS = ["一段", "二段", "三段", "四段"]
_AREA_CODES = ["02", "03", "037", "04", "049", "05", "06", "07", "08", "082", "089"]
_EMAIL_DOMAINS = ["gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com", "ms45.hinet.net"]

_CardPrefix = tuple[str, int]
_CARD_PREFIXES: list[_CardPrefix] = [("4", 16), ("52", 16), ("55", 16), ("35", 16), ("37", 15)]


def _fw(text: str) -> str:
    """Full-width form of ASCII letters/digits/punctuation, as agency Word files often carry."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


class _Doc:
    """Text builder that records gold spans as the pieces are appended.

    Recording at append time makes the offsets exact by construction; ``known_person`` is kept
    in step with the PERSON spans so the two lists cannot drift apart.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []

    def add(self, text: str) -> _Doc:
        """Append unlabelled text."""
        self._parts.append(text)
        self._len += len(text)
        return self

    def ent(self, value: str, label: str, known: bool = False) -> _Doc:
        """Append a labelled value (``known`` matters only for PERSON)."""
        if value != value.strip() or not value:
            raise ValueError("span values must not start or end with whitespace")
        start = self._len
        self.add(value)
        self.spans.append((start, self._len, label))
        if label == "PERSON":
            self.known.append(known)
        return self

    def person(self, name: tuple[str, bool]) -> _Doc:
        """Append a PERSON span from a ``(surface, known)`` pair."""
        return self.ent(name[0], "PERSON", name[1])

    def sample(self, hard_negative: bool = False) -> Sample:
        """The finished sample."""
        return Sample(
            text="".join(self._parts),
            spans=list(self.spans),
            hard_negative=hard_negative,
            known_person=list(self.known),
        )


class _Gen:
    """Random values for one generation run (names, identifiers, addresses, dates)."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self.rng = rng
        pool_size = max(40, n // 3)
        self.known_list: list[str] = []
        self._known_set: set[str] = set()
        while len(self.known_list) < pool_size:
            name = self._raw_name()
            key = name.replace(" ", "")
            if name in self._known_set or key in self._known_set:
                continue
            self.known_list.append(name)
            self._known_set.update([name, key])
        # A tenth of the column is never mentioned in any text (names only in the data column).
        cut = max(4, pool_size // 10)
        self._mentionable = self.known_list[cut:]
        self._long_known = [k for k in self._known_set if len(k) >= 3]

    # names -----------------------------------------------------------------------------

    def _han(self) -> str:
        r = self.rng
        sur = r.choice(_COMPOUND_SURNAMES) if r.random() < 0.05 else r.choice(_SURNAMES)
        if r.random() < 0.15:
            return sur + r.choice(_SINGLE_GIVEN)
        return sur + r.choice(_GIVEN_CHARS) + r.choice(_GIVEN_CHARS)

    def _raw_name(self) -> str:
        """One name in the form a dataset column would hold it."""
        r = self.rng
        x = r.random()
        if x < 0.62:
            return self._han()
        if x < 0.68:  # married name: husband's surname prefixed
            given = r.choice(_GIVEN_CHARS) + r.choice(_GIVEN_CHARS)
            return r.choice(_SURNAMES) + r.choice(_SURNAMES) + given
        if x < 0.73:
            return r.choice(_INDIGENOUS_HAN_A) + "·" + r.choice(_INDIGENOUS_HAN_B)
        if x < 0.76:
            return r.choice(_INDIGENOUS_LATIN_A) + " " + r.choice(_INDIGENOUS_LATIN_B)
        if x < 0.80:
            return r.choice(_INDONESIAN_A) + " " + r.choice(_INDONESIAN_B)
        if x < 0.84:
            parts = [r.choice(_VIET_FAMILY), r.choice(_VIET_MIDDLE), r.choice(_VIET_GIVEN)]
            name = " ".join(parts)
            return _strip_diacritics(name) if r.random() < 0.4 else name
        if x < 0.86:
            return r.choice(_FILIPINO_A) + " " + r.choice(_FILIPINO_B)
        if x < 0.87:
            return r.choice(_THAI_A) + " " + r.choice(_THAI_B)
        if x < 0.91:
            return r.choice(_VIET_HAN_FAMILY) + r.choice(_VIET_HAN_GIVEN)
        if x < 0.94:
            given = "".join(r.choice(_TRANSLIT_SYLL) for _ in range(2))
            return given + "·" + r.choice(_TRANSLIT_FAMILY)
        given = r.choice(_ROMAN_SYLL) + "-" + r.choice(_ROMAN_SYLL2)
        sur = r.choice(_ROMAN_SURNAMES)
        return f"{sur} {given}" if r.random() < 0.6 else f"{given} {sur}"

    def name(self, han_only: bool = False) -> tuple[str, bool]:
        """A ``(surface, known)`` PERSON mention; about half come from the known list."""
        r = self.rng
        if r.random() < _KNOWN_SHARE:
            for _ in range(50):
                base = r.choice(self._mentionable)
                if not han_only or _is_han(base):
                    return self._surface(base), True
        while True:
            base = self._han() if han_only else self._raw_name()
            key = base.replace(" ", "")
            if base in self._known_set or key in self._known_set:
                continue
            if any(k in key for k in self._long_known if len(k) <= len(key)):
                continue
            return self._surface(base), False

    def _surface(self, base: str) -> str:
        """How a writer types the name: Han names sometimes with spaces inside."""
        if _is_han(base) and "·" not in base and len(base) >= 2 and self.rng.random() < 0.08:
            return base[0] + " " + base[1:] if len(base) == 3 else " ".join(base)
        return base

    def han_surname(self) -> str:
        """A bare surname for look-alike words."""
        return self.rng.choice(_SURNAMES)

    # identifiers ---------------------------------------------------------------------

    def maybe_fw(self, value: str) -> str:
        """Full-width in about one value of eight."""
        return _fw(value) if self.rng.random() < _FULL_WIDTH_SHARE else value

    def _digits(self, k: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(k))

    def twid(self) -> str:
        """A checksum-valid national ID."""
        letter = self.rng.choice(sorted(LETTER_CODES))
        body = self.rng.choice("12") + self._digits(7)
        value = letter + body + id_check_digit(letter, body)
        value = value.lower() if self.rng.random() < 0.03 else value
        return self.maybe_fw(value)

    def arc(self) -> str:
        """A checksum-valid resident certificate number, new form or (a third) old form."""
        r = self.rng
        letter = r.choice(sorted(LETTER_CODES))
        if r.random() < 0.35:
            second = r.choice("ABCD")
            body = str(LETTER_CODES[second] % 10) + self._digits(7)
            value = letter + second + body[1:] + id_check_digit(letter, body)
        else:
            body = r.choice("89") + self._digits(7)
            value = letter + body + id_check_digit(letter, body)
        assert arc.is_valid(value)
        return self.maybe_fw(value)

    def phone(self) -> str:
        """A plausible Taiwanese number in one of the ways people type them."""
        r = self.rng
        while True:
            if r.random() < 0.6:
                rest = r.choice(["12", "21", "33", "52", "63", "70", "88", "19", "55"])
                local = rest + self._digits(6)
                style = r.randrange(6)
                value = [
                    f"09{local}",
                    f"09{local[:2]}-{local[2:5]}-{local[5:]}",
                    f"09{local[:2]} {local[2:5]} {local[5:]}",
                    f"+886 9{local[:2]} {local[2:5]} {local[5:]}",
                    f"+886-9{local[:2]}-{local[2:]}",
                    f"09{local[:2]}-{local[2:]}",
                ][style]
            else:
                area = r.choice(_AREA_CODES)
                if area == "02":
                    local = r.choice("2345678") + self._digits(7)
                elif area == "04":
                    local = r.choice("2") + self._digits(7)
                else:
                    local = r.choice("2345678") + self._digits(8 - len(area))
                cut = len(local) - 4
                style = r.randrange(5)
                value = [
                    f"{area}-{local[:cut]}-{local[cut:]}" if len(local) == 8 else f"{area}-{local}",
                    f"({area}){local[:cut]}-{local[cut:]}",
                    f"{area}{local}",
                    f"({area}) {local}",
                    f"{area} {local[:cut]} {local[cut:]}",
                ][style]
            if phone.is_plausible(value):
                return self.maybe_fw(value)

    def email(self) -> str:
        """A private e-mail address (never an agency one)."""
        r = self.rng
        local = r.choice(_ROMAN_SYLL).lower() + r.choice(["", ".", "_"]) + r.choice(_ROMAN_SYLL2)
        if r.random() < 0.6:
            local += str(r.randrange(1, 9999))
        return f"{local}@{r.choice(_EMAIL_DOMAINS)}"

    def address(self) -> str:
        """A Taiwanese postal address down to 號, sometimes with 樓 and 之."""
        r = self.rng
        city, districts = r.choice(_CITIES)
        district, roads = r.choice(districts)
        road = r.choice(roads)
        parts = [city, district]
        if r.random() < 0.2:
            parts.append(r.choice(["中正", "福德", "仁愛", "光明", "新興"]) + "里")
            parts.append(f"{r.randrange(1, 30)}鄰")
        parts.append(road)
        if r.random() < 0.4 and not road.endswith(("一路", "三路")):
            parts.append(r.choice(_SECTIONS))
        nums = []
        if r.random() < 0.5:
            nums.append(f"{r.randrange(1, 400)}巷")
            if r.random() < 0.3:
                nums.append(f"{r.randrange(1, 40)}弄")
        nums.append(f"{r.randrange(1, 300)}號")
        if r.random() < 0.5:
            nums.append(f"{r.randrange(2, 21)}樓")
            if r.random() < 0.3:
                nums.append(f"之{r.randrange(1, 9)}")
        elif r.random() < 0.15:
            nums.append(f"之{r.randrange(1, 9)}")
        tail = "".join(nums)
        if r.random() < _FULL_WIDTH_SHARE:
            tail = _fw(tail)
        return "".join(parts) + tail

    def nhi(self) -> str:
        """A 12-digit NHI card number (no public checksum, shape only)."""
        r = self.rng
        digits = ("0000" + self._digits(8)) if r.random() < 0.5 else self._digits(12)
        style = r.randrange(3)
        value = [
            digits,
            f"{digits[:4]}-{digits[4:8]}-{digits[8:]}",
            " ".join([digits[:4], digits[4:8], digits[8:]]),
        ][style]
        return self.maybe_fw(value)

    def passport(self) -> str:
        """A passport number of Taiwan or a sending country of migrant workers."""
        r = self.rng
        kind = r.randrange(5)
        if kind == 0:
            value = "3" + self._digits(8)
        elif kind == 1:
            value = r.choice("CX") + self._digits(7)
        elif kind == 2:
            value = "P" + self._digits(7) + r.choice("ABC")
        elif kind == 3:
            value = r.choice(["AA", "AB"]) + self._digits(7)
        else:
            value = r.choice("CNB") + self._digits(7)
        return self.maybe_fw(value)

    def card(self) -> str:
        """A Luhn-valid payment card number with a real issuer prefix."""
        r = self.rng
        prefix, length = r.choice(_CARD_PREFIXES)
        body = prefix + self._digits(length - len(prefix) - 1)
        for d in "0123456789":
            if creditcard.luhn_ok(body + d):
                body += d
                break
        sep = r.choice(["", " ", "-", " "])
        if length == 16:
            value = sep.join(body[i : i + 4] for i in range(0, 16, 4))
        else:
            value = sep.join([body[:4], body[4:10], body[10:]])
        assert creditcard.is_valid(value)
        return self.maybe_fw(value)

    def birth(self) -> str:
        """A birth date in one of the forms agencies and citizens write."""
        r = self.rng
        year = r.randrange(1935, 2015)
        month, day = r.randrange(1, 13), r.randrange(1, 29)
        roc = year - 1911
        value = r.choice(
            [
                f"{roc}年{month}月{day}日",
                f"民國{roc}年{month}月{day}日",
                f"{roc:03d}/{month:02d}/{day:02d}",
                f"{year}-{month:02d}-{day:02d}",
                f"{year}/{month}/{day}",
                f"{year}年{month}月{day}日",
                f"{roc:03d}{month:02d}{day:02d}",
                f"{roc}.{month}.{day}",
            ]
        )
        return self.maybe_fw(value)

    # look-alikes ---------------------------------------------------------------------

    def case_no(self) -> str:
        """A document or case number (never a valid phone/ID shape)."""
        r = self.rng
        prefix = r.choice(["府授環字", "北市警交字", "中市建字", "高市社助字", "花府地價字"])
        return f"{prefix}第{r.randrange(110, 115)}{self._digits(5)}號"

    def ban(self) -> str:
        """A valid company BAN (public business number, not personal data)."""
        while True:
            # Leading 0/1/9: with a 0 prefixed such a number cannot pass for a phone number.
            value = self.rng.choice("019") + self._digits(7)
            if ban.is_valid(value):
                return value

    def amount(self) -> str:
        """A New Taiwan dollar amount."""
        return f"新臺幣{self.rng.randrange(3, 600) * 100:,}元"

    def ad_date(self) -> str:
        """A non-birth date (filing, inspection)."""
        r = self.rng
        return r.choice(
            [
                f"{r.randrange(110, 115)}年{r.randrange(1, 13)}月{r.randrange(1, 29)}日",
                f"{r.randrange(110, 115)}/{r.randrange(1, 13):02d}/{r.randrange(1, 29):02d}",
            ]
        )


def _is_han(name: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" or c in "· " for c in name)


def _strip_diacritics(text: str) -> str:
    """Vietnamese names as typed on keyboards without diacritics."""
    import unicodedata

    text = text.replace("Đ", "D").replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# --- positive genres ------------------------------------------------------------------------


def _scholarship(g: _Gen, d: _Doc) -> None:
    """Scholarship bank-transfer failure notice."""
    r = g.rng
    student = g.name()
    d.add(r.choice(["獎助學金撥款異常通報\n", "【清寒獎學金】匯款退件處理\n"]))
    d.add("受獎學生：").person(student).add("（身分證字號 ").ent(g.twid(), "TW_NATIONAL_ID")
    d.add("）\n")
    d.add(f"本學期核定{g.amount()}，於{g.ad_date()}匯入所填帳戶遭銀行退匯，原因為戶名不符。")
    if r.random() < 0.6:
        parent = g.name()
        d.add("經洽家長").person(parent).add("表示帳戶為其本人所有，")
        d.add("請改填學生本人帳戶。聯絡電話：").ent(g.phone(), "PHONE").add("。\n")
    else:
        d.add("已電郵通知 ").ent(g.email(), "EMAIL").add(" 補件。\n")
    if r.random() < 0.4:
        d.add("學生生日：").ent(g.birth(), "BIRTH_DATE").add("，戶籍地址：")
        d.ent(g.address(), "ADDRESS").add("。\n")
    d.add("承辦人 ").person(g.name(han_only=True)).add(r.choice([" 敬上", "", "（簽章）"]))


def _vendor_fine(g: _Gen, d: _Doc) -> None:
    """Street-vendor fine record."""
    r = g.rng
    d.add(f"{g.case_no()}\n違規攤販裁處紀錄\n")
    foreign = r.random() < 0.35
    vendor = g.name()
    d.add("行為人").person(vendor)
    if foreign:
        d.add("，居留證號").ent(g.arc(), "TW_RESIDENT_CERT")
    else:
        d.add("，").ent(g.twid(), "TW_NATIONAL_ID")
    d.add("，")
    if r.random() < 0.5:
        d.ent(g.birth(), "BIRTH_DATE").add("生，")
    d.add("住").ent(g.address(), "ADDRESS").add("。\n")
    d.add(f"於{g.ad_date()}在人行道擺設攤架販售烤玉米，經勸導不聽，依法處{g.amount()}。")
    if r.random() < 0.5:
        d.add("現場由其配偶").person(g.name()).add("代為簽收。")
    d.add("\n")


def _youbike(g: _Gen, d: _Doc) -> None:
    """Bicycle-sharing damage claim."""
    r = g.rng
    rider = g.name()
    d.add(r.choice(["YouBike車損求償單\n", "微笑單車 2.0 損壞賠償申請\n"]))
    d.add("會員姓名｜").person(rider).add("\n手機｜").ent(g.phone(), "PHONE").add("\n")
    if r.random() < 0.6:
        d.add("Email｜").ent(g.email(), "EMAIL").add("\n")
    d.add(f"事由｜{g.ad_date()}還車時車籃變形，會員自述為停放時遭機車擦撞。\n")
    d.add("賠償金額由會員信用卡 ").ent(g.card(), "CREDIT_CARD").add(" 扣款。")
    if r.random() < 0.3:
        d.add("\n\n回覆：").person(rider).add(" 您好，經查車輛於事故前已報修，本案免賠。")
    if r.random() < 0.4:
        d.add("目擊者：").person(g.name()).add("、").person(g.name()).add("。")


def _river(g: _Gen, d: _Doc) -> None:
    """River-patrol rescue log."""
    r = g.rng
    d.add(f"河川巡守救援日誌 {g.ad_date()}\n")
    d.add("1400 巡守隊於溪畔發現民眾受困沙洲，隊員")
    d.person(g.name(han_only=True)).add("、").person(g.name(han_only=True))
    d.add("涉水救援。\n受困者")
    victim = g.name()
    d.person(victim).add(r.choice(["（", "，"]))
    d.add("出生 ").ent(g.birth(), "BIRTH_DATE").add(r.choice(["）", "，"]))
    d.add("意識清楚，健保卡號 ").ent(g.nhi(), "TW_NHI_CARD").add("，送醫檢查。\n")
    if r.random() < 0.6:
        d.add("家屬聯絡：").ent(g.phone(), "PHONE").add("\n")
    d.add("備註：受困者說「")
    d.add(r.choice(["我跟", "是"])).person(g.name()).add(r.choice(["約好來釣魚的", "叫我先過來的"]))
    d.add("」。")


def _lantern(g: _Gen, d: _Doc) -> None:
    """Temple-lantern donor list as a table (CSV, TSV, pipe or space-aligned)."""
    r = g.rng
    style = r.randrange(4)
    d.add(r.choice(["光明燈登記", "太歲燈點燈名冊", "元宵平安燈捐獻"]) + "\n")
    header = ["姓名", "電話", "地址", "金額"]
    rows = r.randrange(2, 5)
    if style == 0:
        d.add(",".join(header) + "\n")
    elif style == 1:
        d.add("\t".join(header) + "\n")
    elif style == 2:
        d.add("| " + " | ".join(header) + " |\n")
    else:
        d.add("姓名      電話            地址\n")
    for _ in range(rows):
        nm = g.name()
        tel = g.phone()
        addr = g.address()
        amt = f"{r.randrange(3, 30) * 100}"
        if style == 0:
            d.person(nm).add(",").ent(tel, "PHONE").add(",").ent(addr, "ADDRESS").add(f",{amt}\n")
        elif style == 1:
            d.person(nm).add("\t").ent(tel, "PHONE").add("\t").ent(addr, "ADDRESS")
            d.add(f"\t{amt}\n")
        elif style == 2:
            d.add("| ").person(nm).add(" | ").ent(tel, "PHONE").add(" | ")
            d.ent(addr, "ADDRESS").add(f" | {amt} |\n")
        else:
            d.person(nm).add(" " * max(2, 10 - len(nm[0]))).ent(tel, "PHONE")
            d.add(" " * max(2, 16 - len(tel))).ent(addr, "ADDRESS").add("\n")


def _bus_card(g: _Gen, d: _Doc) -> None:
    """Senior-citizen bus-card application."""
    r = g.rng
    applicant = g.name()
    d.add("敬老愛心卡申請書\n申請人：").person(applicant).add("　")
    d.add("出生年月日：").ent(g.birth(), "BIRTH_DATE").add("\n")
    d.add("身分證統一編號：").ent(g.twid(), "TW_NATIONAL_ID").add("\n")
    d.add("通訊地址：").ent(g.address(), "ADDRESS").add("\n")
    if r.random() < 0.7:
        d.add("代辦人").person(g.name()).add("（關係：").add(r.choice(["子", "女", "媳"]))
        d.add("），電話").ent(g.phone(), "PHONE").add("\n")
    d.add("本人同意以健保卡（卡號").ent(g.nhi(), "TW_NHI_CARD").add("）照片製卡。")


def _fire_drill(g: _Gen, d: _Doc) -> None:
    """Apartment-building fire drill report."""
    r = g.rng
    d.add(f"社區消防演練紀錄（{g.ad_date()}）\n")
    d.add("地點：").ent(g.address(), "ADDRESS").add("\n")
    d.add("自衛消防編組：\n")
    for role in r.sample(["通報班", "滅火班", "避難引導班", "安全防護班"], k=3):
        d.add(f"- {role}：").person(g.name())
        if r.random() < 0.4:
            d.add(" ").ent(g.phone(), "PHONE")
        d.add("\n")
    d.add("未到住戶：")
    for i in range(r.randrange(1, 4)):
        if i:
            d.add("、")
        d.person(g.name())
    d.add("。\n管委會主委 ").person(g.name(han_only=True))


def _noise(g: _Gen, d: _Doc) -> None:
    """Noise complaint between neighbours, in the citizen's own words."""
    r = g.rng
    d.add(r.choice(["您好，", "市長您好：", "各位長官好\n"]))
    d.add("我住在").ent(g.address(), "ADDRESS").add("，樓上住戶")
    d.person(g.name()).add(r.choice(["每天半夜", "天天凌晨", "假日一早"]))
    d.add("搬家具、唱卡拉OK，我去按門鈴他太太")
    d.person(g.name()).add("還說「你去告啊」。\n")
    d.add("已經忍三個月了拜託處理！！\n")
    me = g.name()
    d.add(r.choice(["陳情人 ", "", "住戶 "])).person(me).add("\n")
    d.add(r.choice(["手機 ", "TEL:", "電話："])).ent(g.phone(), "PHONE")
    if r.random() < 0.5:
        d.add(" / ").ent(g.email(), "EMAIL")


def _adoption(g: _Gen, d: _Doc) -> None:
    """Adoption-agency home study with a foreign spouse."""
    r = g.rng
    husband = g.name(han_only=True)
    wife = g.name()
    d.add("收養家庭訪視報告\n收養人").person(husband).add("（").ent(g.twid(), "TW_NATIONAL_ID")
    d.add("）與配偶").person(wife).add("結婚八年，配偶為新住民，")
    if r.random() < 0.5:
        d.add("護照號碼").ent(g.passport(), "PASSPORT").add("，")
    d.add("統一證號").ent(g.arc(), "TW_RESIDENT_CERT").add("。\n")
    d.add("配偶生日").ent(g.birth(), "BIRTH_DATE").add("，目前於市場工作。")
    d.add("訪視時其母").person(g.name()).add("同住並協助照顧。\n")
    d.add("社工員：").person(g.name(han_only=True))


def _migrant_pest(g: _Gen, d: _Doc) -> None:
    """Pest-control request filed for an employer by a migrant caregiver."""
    r = g.rng
    worker = g.name()
    d.add("病媒防治申請\n")
    d.add("申請人 ").person(worker).add(" (看護工, Passport No. ").ent(g.passport(), "PASSPORT")
    d.add(")\n")
    if r.random() < 0.5:
        d.add("ARC：").ent(g.arc(), "TW_RESIDENT_CERT").add("\n")
    d.add("雇主：").person(g.name()).add("，地址").ent(g.address(), "ADDRESS").add("\n")
    d.add("廚房有很多蟑螂，阿嬤").person(g.name()).add("被咬過，請派人來消毒。")
    d.add("\nHP: ").ent(g.phone(), "PHONE")


def _library(g: _Gen, d: _Doc) -> None:
    """Public-library volunteer timesheet."""
    r = g.rng
    d.add("圖書館志工服務時數\n")
    sep = r.choice([",", "\t", " | "])
    d.add(sep.join(["志工", "E-mail", "時數"]) + "\n")
    for _ in range(r.randrange(2, 5)):
        d.person(g.name()).add(sep).ent(g.email(), "EMAIL").add(sep + str(r.randrange(2, 40)))
        d.add("\n")
    d.add("備註：").person(g.name()).add(" 本月請假。")


def _licence(g: _Gen, d: _Doc) -> None:
    """Driver's-licence medical check."""
    r = g.rng
    d.add("駕照體格檢查表\n")
    d.add("受檢人姓名 ").person(g.name()).add("\n")
    if r.random() < 0.7:
        d.add("身分證號 ").ent(g.twid(), "TW_NATIONAL_ID").add("\n")
    else:
        d.add("居留證號 ").ent(g.arc(), "TW_RESIDENT_CERT").add("\n")
    d.add("出生日期 ").ent(g.birth(), "BIRTH_DATE").add("\n")
    d.add("健保卡 ").ent(g.nhi(), "TW_NHI_CARD").add("\n")
    d.add("視力 0.8/0.9，辨色力正常。醫師 ").person(g.name(han_only=True)).add(" 簽")


def _land_tax(g: _Gen, d: _Doc) -> None:
    """Land-tax appeal letter."""
    r = g.rng
    d.add("地價稅復查申請書\n")
    d.add("申請人").person(g.name()).add("，民國").add(str(r.randrange(30, 90)))
    d.add("年次，")
    d.add("生日").ent(g.birth(), "BIRTH_DATE").add("，身分證").ent(g.twid(), "TW_NATIONAL_ID")
    d.add("。\n")
    d.add(f"主旨：{g.ad_date()}核定稅額{g.amount()}，因自用住宅用地未適用優惠稅率，申請復查。\n")
    d.add("房屋坐落：").ent(g.address(), "ADDRESS").add("，與兄").person(g.name())
    d.add("共有。\n")
    d.add("如需補件請寄 ").ent(g.email(), "EMAIL").add(" 或來電 ").ent(g.phone(), "PHONE")


_POSITIVE: list[Callable[[_Gen, _Doc], None]] = [
    _scholarship,
    _vendor_fine,
    _youbike,
    _river,
    _lantern,
    _bus_card,
    _fire_drill,
    _noise,
    _adoption,
    _migrant_pest,
    _library,
    _licence,
    _land_tax,
]


# --- hard negatives -------------------------------------------------------------------------


def _neg_stats(g: _Gen, d: _Doc) -> None:
    """Aggregate statistics with a table header of personal columns but no people."""
    r = g.rng
    d.add(
        r.choice(["姓名,電話,地址,件數\n", "姓名\t身分證字號\t金額\n", "| 姓名 | 電話 | 備註 |\n"])
    )
    d.add(f"（本表已去識別化）合計{r.randrange(20, 900)}件，總額{g.amount()}。\n")
    d.add(f"資料期間：{g.ad_date()}至{g.ad_date()}。")


def _neg_contract(g: _Gen, d: _Doc) -> None:
    """Procurement note with a company BAN and statute references."""
    r = g.rng
    company = r.choice(["大同清潔股份有限公司", "永福病媒防治有限公司", "林園環保企業社"])
    d.add(f"{g.case_no()}\n得標廠商：{company}（統一編號 {g.ban()}）\n")
    d.add(f"依政府採購法第{r.randrange(20, 110)}條辦理，決標金額{g.amount()}。")
    d.add(r.choice(["由承辦人簽會主計室。", "請業務科長核示。", "陳列於公告欄。"]))


def _neg_river(g: _Gen, d: _Doc) -> None:
    """Patrol log with place names and unnamed people."""
    r = g.rng
    d.add(f"河川巡守日誌 {g.ad_date()}\n")
    d.add(r.choice(["沿林森北路", "自中山橋", "經黃昏市場"]))
    d.add("巡查至大漢溪出海口，發現釣客兩名未穿救生衣，已勸離。")
    d.add(f"水位{r.randrange(1, 9)}.{r.randrange(10)}公尺，隊長指示加強巡邏。")


def _neg_youbike(g: _Gen, d: _Doc) -> None:
    """Bicycle-sharing station report without any rider."""
    r = g.rng
    d.add(f"YouBike 2.0E 站點{r.choice(['捷運古亭站', '大安森林公園', '臺大醫院'])}")
    d.add(f"車柱故障 {r.randrange(2, 12)} 柱，維修單號 YB-{r.randrange(1000, 9999)}-")
    d.add(f"{r.randrange(10, 99)}，預計{g.ad_date()}完修，期間請改用周邊站點。")
    d.add(f"維修車號 {r.choice(['KEA', 'MRT', 'BRT'])}-{r.randrange(1000, 9999)}。")


def _neg_noise(g: _Gen, d: _Doc) -> None:
    """Noise-complaint statistics and rules."""
    r = g.rng
    d.add(f"噪音管制法第{r.randrange(6, 12)}條規定，")
    d.add(r.choice(["夜間擴音", "營建工程", "娛樂場所"]))
    d.add(f"音量超過標準者處{g.amount()}。本月陳情{r.randrange(10, 300)}件，")
    d.add("以張貼公告與里長協調為主，何時複查將另行通知。")


def _neg_library(g: _Gen, d: _Doc) -> None:
    """Library notice with an ISBN-like number and job titles only."""
    r = g.rng
    d.add("圖書館公告：志工隊長與館員將於週末盤點，")
    d.add(f"索書號 {r.randrange(100, 999)}.{r.randrange(1, 99)} 區暫停開放。")
    d.add(f"王道經營學、{r.choice(['黃金比例', '高鐵時刻表', '江邊散步'])}等新書已上架。")


def _neg_tax(g: _Gen, d: _Doc) -> None:
    """Tax guidance with amounts and dates."""
    r = g.rng
    d.add(f"{g.case_no()}\n")
    d.add(f"地價稅開徵期間為{r.randrange(110, 115)}年11月1日至30日，")
    d.add(f"自用住宅用地稅率千分之2，一般用地累進起點{g.amount()}。")
    d.add("逾期每3日加徵1%滯納金。")


_NEGATIVE: list[Callable[[_Gen, _Doc], None]] = [
    _neg_stats,
    _neg_contract,
    _neg_river,
    _neg_youbike,
    _neg_noise,
    _neg_library,
    _neg_tax,
]


def generate_heldout13(n: int = 2000, seed: int = 137) -> tuple[list[Sample], list[str]]:
    """Generate ``n`` labelled samples and the "known names" list of their dataset.

    The same ``(n, seed)`` always gives the same set, so a measurement can be repeated; a
    different seed gives a different set for checking that a figure is not a fluke.
    """
    rng = random.Random(seed)
    g = _Gen(rng, n)
    samples: list[Sample] = []
    for _ in range(n):
        d = _Doc()
        if rng.random() < _HARD_NEGATIVE_SHARE:
            rng.choice(_NEGATIVE)(g, d)
            samples.append(d.sample(hard_negative=True))
        else:
            rng.choice(_POSITIVE)(g, d)
            samples.append(d.sample())
    known = list(g.known_list)
    rng.shuffle(known)
    return samples, known
