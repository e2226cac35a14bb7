"""A fourth labelled evaluation set, written independently of the recognizers.

The project's own set and the earlier held-out sets have all been used to tune recognizers,
so their figures drift upwards. This set was written without reading the recognizers, the
name lexicon or the other generators, to give one honest final figure. Keep it that way:
do not tune recognizers against its misses.

Its genres are deliberately unlike case notes, petitions, hotline transcripts, visit
records, judgments and rosters: village-office notices, labour-inspection findings,
scholarship review minutes, consumer-complaint summaries, tax-office letters, environmental
inspections, library patron records, disaster-relief lists, school enrolment forms,
long-term-care service logs, traffic-accident reports and council Q&A pages. About a quarter
of the samples are hard negatives: the same genres with document numbers, case numbers,
business numbers (BAN), statute articles, amounts, event dates, organisation and place
names, job titles without names, product codes and words that start with a surname
character, but no personal data at all.

Gold spans cover exactly the value (a name without its title, a date without 生/出生, a phone
number without its extension, an e-mail written ``x [at] y`` as a whole). About half of the PERSON
mentions are of people in the returned known-names list (what a dataset's name column would
hold); the rest are not, so name recall is measured with and without that help.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.identifiers import arc, ban, creditcard, phone, twid
from pipelines.deid.identifiers._common import LETTER_CODES, id_check_digit

# --------------------------------------------------------------------------------------
# Pools (written for this set; frequency-weighted by repetition where it matters)
# --------------------------------------------------------------------------------------

_SURNAMES = (
    "陳陳陳陳林林林林黃黃黃張張張李李李王王王吳吳劉劉蔡蔡楊楊許許鄭謝郭洪曾邱廖賴周徐蘇葉莊"
    "呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温唐"
    "藍蔣石古紀姚連馮歐程湯黎田康姜白汪尤鄒巫鐘涂龔嚴韓袁金童陸夏柳邵錢伍倪溫于譚駱熊任甘"
)
_COMPOUND_SURNAMES = ("歐陽", "張簡", "范姜", "司馬", "上官", "諸葛", "張廖", "周黃", "江謝")
_GIVEN_CHARS = (
    "志明俊傑建宏家豪冠宇承翰宗翰柏翰彥廷品睿宥廷子軒哲瑋信宏文彬國華振興秀英淑芬美玲"
    "雅婷怡君佩珊欣怡詩涵宜蓁靜宜惠珍麗華玉蘭月娥素貞秋香碧霞金鳳春嬌佳穎郁婷思妤語彤"
    "芷晴品妍沛恩以晨昱辰宇恩睿恆承恩士豪明哲正雄清水阿土錦堂耀宗榮輝添丁坤山木火旺財"
    "筱涵舒婷心怡嘉玲慧敏曉薇珮瑜育瑄宛蓉若瑜書豪政勳威廷凱翔柏宇韋辰晉嘉鈞皓"
)
# Indigenous names in their customary forms (given name · family / house name).
_INDIGENOUS_FIRST = ("馬耀", "尤幹", "瓦旦", "撒韻", "巴奈", "比令", "伊萬", "吉娃斯", "拉瓦",
                     "蘇拉", "阿道", "慕娃", "哈勇", "烏杜", "達利", "那麓")  # fmt: skip
_INDIGENOUS_LAST = ("谷木", "達道", "吉娃", "拉法蘭", "巴萬", "尤命", "卡造", "莫那", "伊斯坦大",
                    "瓦歷斯", "法拉", "田來", "沙力")  # fmt: skip
_INDIGENOUS_DOTS = ("·", "‧", "・", "．")
# New immigrants and migrant workers, transliterated and in Latin script.
_SEA_HAN = ("阮氏青", "阮氏玉蘭", "黎氏美", "陳氏秋", "范文雄", "武氏香", "黃氏燕",
            "阮文德", "蘇西蘭蒂", "努兒哈雅蒂", "瑪麗亞", "娜塔莎", "安迪卡",
            "伊絲塔莉", "普拉迪")  # fmt: skip
_LATIN_GIVEN = ("Nguyen Thi", "Tran Van", "Le Thi", "Siti", "Dewi", "Maria", "Joy", "Rizky",
                "Jenny", "Kevin", "Grace", "Andre", "Lisa")  # fmt: skip
_LATIN_LAST = ("Hoa", "Lan", "Minh", "Rahayu", "Santos", "Wulandari", "Cruz", "Lestari",
               "Reyes", "Garcia", "Tanaka", "Kim", "Hartono")  # fmt: skip

_COUNTIES: dict[str, tuple[str, ...]] = {
    "臺北市": ("中正區", "大安區", "信義區", "士林區", "萬華區", "內湖區", "文山區"),
    "新北市": ("板橋區", "三重區", "中和區", "新莊區", "汐止區", "淡水區", "樹林區", "三峽區"),
    "桃園市": ("中壢區", "桃園區", "平鎮區", "八德區", "龜山區", "楊梅區"),
    "臺中市": ("西屯區", "北屯區", "豐原區", "大里區", "太平區", "沙鹿區"),
    "臺南市": ("永康區", "東區", "安平區", "新營區", "佳里區"),
    "高雄市": ("三民區", "鳳山區", "左營區", "前鎮區", "岡山區", "旗山區"),
    "基隆市": ("仁愛區", "七堵區"),
    "新竹縣": ("竹北市", "湖口鄉", "竹東鎮"),
    "苗栗縣": ("頭份市", "苗栗市", "竹南鎮"),
    "彰化縣": ("員林市", "彰化市", "鹿港鎮", "和美鎮"),
    "南投縣": ("埔里鎮", "草屯鎮", "仁愛鄉"),
    "雲林縣": ("斗六市", "虎尾鎮", "麥寮鄉"),
    "嘉義縣": ("民雄鄉", "朴子市", "太保市"),
    "屏東縣": ("屏東市", "潮州鎮", "三地門鄉", "東港鎮"),
    "宜蘭縣": ("羅東鎮", "宜蘭市", "礁溪鄉"),
    "花蓮縣": ("花蓮市", "吉安鄉", "秀林鄉", "玉里鎮"),
    "臺東縣": ("臺東市", "卑南鄉", "池上鄉"),
    "澎湖縣": ("馬公市",),
    "金門縣": ("金城鎮", "金湖鎮"),
}
_ROADS = ("中山路", "中正路", "民族路", "民權東路", "忠孝西路", "復興路", "自由路", "成功路",
          "光明街", "和平路", "文化路", "仁愛街", "建國路", "博愛路", "新生南路", "大同街",
          "永福路", "福德街", "勝利路", "公園路", "中華路", "育英街", "信義路",
          "林森北路")  # fmt: skip
_VILLAGES = ("福德里", "仁愛里", "光明里", "中興里", "大同里", "新生里", "永安里", "長春里",
             "富源村", "和平村", "中正里", "三地村", "頂寮里")  # fmt: skip

_MAIL_DOMAINS = ("gmail.com", "gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com",
                 "ms45.hinet.net", "seed.net.tw", "livemail.tw", "icloud.com",
                 "mail.nccu.edu.tw", "pchome.com.tw")  # fmt: skip

# Words that begin with a common surname character but are no names.
_SURNAME_WORDS = ("林務局", "陳情案", "黃金週", "張貼", "王牌", "李子", "周末", "吳郭魚", "高鐵",
                  "方案", "江河", "石門水庫", "白米", "金額", "何時", "許可證", "曾經", "游泳池",
                  "簡報", "施工", "洪水", "溫度", "馬路", "鄭重", "謝謝", "程序", "連續", "田埂",
                  "楊桃", "朱紅色", "葉菜類", "康復", "宋體字", "杜絕", "藍色", "安全帽", "包裹",
                  "范本", "戴口罩", "韓式", "童書", "古蹟", "紀錄", "姚明式")  # fmt: skip
_STATUTES = ("勞動基準法第32條第2項", "勞動基準法第24條", "職業安全衛生法第6條第1項",
             "消費者保護法第19條", "消費者保護法第43條", "所得稅法第71條", "稅捐稽徵法第30條",
             "空氣污染防制法第32條", "廢棄物清理法第27條", "道路交通管理處罰條例第53條",
             "災害防救法第48條", "個人資料保護法第6條", "圖書館法第8條", "老人福利法第16條",
             "長期照顧服務法第10條", "加值型及非加值型營業稅法第35條")  # fmt: skip
_COMPANIES = ("金福利食品有限公司", "宏遠精密工業股份有限公司", "大樹藥局", "新光興業社",
              "全順物流股份有限公司", "美好生活購物網", "佳和營造有限公司", "永信塑膠廠",
              "旭日電子股份有限公司", "小港餐飲有限公司", "綠野環保工程行",
              "晶華美容美體坊")  # fmt: skip
_ORGS = ("臺中市政府勞工局", "新北市政府勞動檢查處", "財政部北區國稅局", "臺北市稅捐稽徵處",
         "高雄市政府環境保護局", "環境部", "臺南市立圖書館", "國立公共資訊圖書館",
         "行政院消費者保護處", "花蓮縣政府社會處", "衛生福利部社會及家庭署", "桃園市議會",
         "內政部警政署", "臺北市政府警察局交通警察大隊", "教育部", "屏東縣政府")  # fmt: skip
_TITLES = ("里長", "里幹事", "承辦人", "科長", "稽查員", "勞動檢查員", "館員", "居服督導",
           "主任委員", "校長", "導師", "議員", "助理", "分局長", "組長", "社工員")  # fmt: skip

_CN_DIGITS = "〇一二三四五六七八九"
_FULLWIDTH = str.maketrans(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-@.()+:/#",
    "".join(chr(ord(c) + 0xFEE0) for c in
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-@.()+:/#"),
)  # fmt: skip


def _fw(text: str) -> str:
    """Full-width form of ASCII digits, letters and the separators agencies type."""
    return text.translate(_FULLWIDTH)


def _cn(n: int) -> str:
    """Chinese numeral for 0..999 (十五, 二十三, 一百零二) as written in addresses and dates."""
    if n < 10:
        return _CN_DIGITS[n]
    if n < 100:
        tens, units = divmod(n, 10)
        head = "十" if tens == 1 else _CN_DIGITS[tens] + "十"
        return head + (_CN_DIGITS[units] if units else "")
    hundreds, rest = divmod(n, 100)
    head = _CN_DIGITS[hundreds] + "百"
    if rest == 0:
        return head
    if rest < 10:
        return head + "零" + _CN_DIGITS[rest]
    return head + ("一" if rest < 20 else "") + _cn(rest)


def _cn_year_digits(n: int) -> str:
    """Digit-by-digit Chinese year (一一三年), the other common way to write ROC years."""
    return "".join(_CN_DIGITS[int(c)] for c in str(n))


# --------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------


def _national_id(r: random.Random) -> str:
    letter = r.choice(list(LETTER_CODES))
    body = r.choice("12") + "".join(r.choice("0123456789") for _ in range(7))
    return letter + body + id_check_digit(letter, body)


def _resident_cert(r: random.Random) -> str:
    letter = r.choice(list(LETTER_CODES))
    tail7 = "".join(r.choice("0123456789") for _ in range(7))
    if r.random() < 0.6:
        body = r.choice("89") + tail7
        return letter + body + id_check_digit(letter, body)
    second = r.choice("ABCD")
    check = id_check_digit(letter, str(LETTER_CODES[second] % 10) + tail7)
    return letter + second + tail7 + check


def _render_id(r: random.Random, value: str) -> str:
    roll = r.random()
    if roll < 0.16:
        return _fw(value)
    if roll < 0.22:
        return value[0].lower() + value[1:]
    if roll < 0.26:
        return value[:1] + " " + value[1:]
    return value


# (area code, local length, allowed first local digits); validity is re-checked anyway.
_LANDLINES = (("02", 8, "2345678"), ("03", 7, "345689"), ("037", 6, "2345"), ("04", 8, "2"),
              ("049", 7, "2"), ("05", 7, "2356"), ("06", 7, "2356"), ("07", 7, "35678"),
              ("08", 7, "7"), ("089", 6, "3"), ("082", 6, "3"))  # fmt: skip


def _phone_number(r: random.Random) -> tuple[str, str]:
    """A valid compact number and its area code ('' for a mobile)."""
    while True:
        if r.random() < 0.6:
            number, area = "09" + "".join(r.choice("0123456789") for _ in range(8)), ""
        else:
            area, length, first = r.choice(_LANDLINES)
            local = r.choice(first) + "".join(r.choice("0123456789") for _ in range(length - 1))
            number = area + local
        if phone.is_valid(number):
            return number, area


def _render_phone(r: random.Random) -> tuple[str, str]:
    """(number as written, extension text written after it or '')."""
    number, area = _phone_number(r)
    if not area:
        a, b, c = number[:4], number[4:7], number[7:]
        text = r.choice((f"{a}-{b}-{c}", number, f"{a} {b} {c}", f"{a}-{b}{c}",
                         f"+886-{a[1:]}-{b}-{c}", f"+886 {a[1:]} {b} {c}", f"+886{number[1:]}",
                         f"(+886) {a[1:]}-{b}{c}"))  # fmt: skip
        ext = ""
    else:
        local = number[len(area) :]
        half = len(local) - 4
        text = r.choice((f"({area}){local[:half]}-{local[half:]}", f"{area}-{local}",
                         f"{area}-{local[:half]}-{local[half:]}", f"({area}) {local}",
                         f"+886-{area[1:]}-{local[:half]}-{local[half:]}",
                         f"{area} {local[:half]} {local[half:]}"))  # fmt: skip
        ext = (
            ""
            if r.random() < 0.6
            else r.choice(("分機", " 分機 ", "#", " ext. ", "轉")) + str(r.randint(10, 9999))
        )
    if r.random() < 0.12:
        text = _fw(text)
    return text, ext


def _email(r: random.Random, latin_hint: str = "") -> str:
    stem = latin_hint or r.choice(
        (
            "chen",
            "lin",
            "huang",
            "wang",
            "tsai",
            "yang",
            "hsu",
            "kuo",
            "liao",
            "hung",
            "chiu",
            "lai",
            "yeh",
            "amy",
            "jerry",
            "momo",
        )
    )
    tail = r.choice(("", str(r.randint(1, 99)), str(r.randint(1960, 2012)), "." +
                     r.choice(("tw", "ya", "cc", "hsin", "mei", "jun")), "_" +
                     r.choice(("love", "home", "kid", "sun"))))  # fmt: skip
    address = f"{stem}{tail}@{r.choice(_MAIL_DOMAINS)}"
    roll = r.random()
    if roll < 0.08:
        address = address.replace("@", "＠")
    elif roll < 0.12:
        address = address.replace("@", " [at] ")
    elif roll < 0.17:
        address = address.upper()
    return address


def _num(r: random.Random, n: int, chinese: float = 0.0, wide: float = 0.0) -> str:
    if r.random() < chinese:
        return _cn(n)
    return _fw(str(n)) if r.random() < wide else str(n)


def _address(r: random.Random) -> str:
    county = r.choice(list(_COUNTIES))
    district = r.choice(_COUNTIES[county])
    wide = 0.15 if r.random() < 0.5 else 0.0
    parts: list[str] = []
    if r.random() < 0.7:
        parts.append(county.replace("臺", "台") if r.random() < 0.3 else county)
    parts.append(district)
    rural = district.endswith("鄉") or r.random() < 0.15
    if rural or r.random() < 0.2:
        parts.append(r.choice(_VILLAGES))
        if r.random() < 0.6:
            parts.append(_num(r, r.randint(1, 30), chinese=0.2, wide=wide) + "鄰")
    if rural and r.random() < 0.35:
        parts.append(_num(r, r.randint(1, 300), wide=wide) + "號")
        return "".join(parts)
    road = r.choice(_ROADS)
    parts.append(road)
    if road.endswith("路") and r.random() < 0.45:
        parts.append(_cn(r.randint(1, 5)) + "段")
    if r.random() < 0.5:
        parts.append(_num(r, r.randint(1, 400), chinese=0.05, wide=wide) + "巷")
        if r.random() < 0.4:
            parts.append(_num(r, r.randint(1, 60), chinese=0.05, wide=wide) + "弄")
    parts.append(_num(r, r.randint(1, 350), wide=wide))
    if r.random() < 0.2:
        parts.append("之" + _num(r, r.randint(1, 9), chinese=0.5))
    parts.append("號")
    if r.random() < 0.55:
        parts.append(_num(r, r.randint(2, 25), chinese=0.35, wide=wide) + "樓")
        if r.random() < 0.25:
            parts.append("之" + _num(r, r.randint(1, 12), chinese=0.4))
    return "".join(parts)


def _nhi(r: random.Random) -> str:
    number = "0000" + "".join(r.choice("0123456789") for _ in range(8))
    if r.random() < 0.3:
        number = "".join(r.choice("0123456789") for _ in range(12))
    style = r.random()
    if style < 0.35:
        number = f"{number[:4]}-{number[4:8]}-{number[8:]}"
    elif style < 0.55:
        number = f"{number[:4]} {number[4:8]} {number[8:]}"
    return _fw(number) if r.random() < 0.1 else number


def _passport(r: random.Random) -> str:
    kind = r.random()
    if kind < 0.45:  # Republic of China passports: nine digits
        return "3" + "".join(r.choice("0123456789") for _ in range(8))
    if kind < 0.7:  # Vietnamese / Indonesian style: letter + seven digits
        return r.choice("CBXANE") + "".join(r.choice("0123456789") for _ in range(7))
    if kind < 0.85:  # Philippine style: P + seven digits + letter
        return "P" + "".join(r.choice("0123456789") for _ in range(7)) + r.choice("ABC")
    return r.choice(("TR", "GK", "EA")) + "".join(r.choice("0123456789") for _ in range(7))


def _card(r: random.Random) -> str:
    while True:
        prefix = r.choice(("4", "4", "51", "53", "55", "3528", "3566", "37", "34", "62"))
        length = 15 if prefix in ("34", "37") else 16
        body = prefix + "".join(r.choice("0123456789") for _ in range(length - len(prefix) - 1))
        for d in "0123456789":
            if creditcard.luhn_ok(body + d):
                number = body + d
                break
        if creditcard.is_valid(number):
            break
    style = r.random()
    if length == 15:
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i : i + 4] for i in range(0, 16, 4)]
    if style < 0.35:
        text = " ".join(groups)
    elif style < 0.7:
        text = "-".join(groups)
    else:
        text = number
    return _fw(text) if r.random() < 0.1 else text


def _birth_date(r: random.Random, years: tuple[int, int] = (1938, 2008)) -> str:
    year = r.randint(*years)
    month, day = r.randint(1, 12), r.randint(1, 28)
    roc = year - 1911
    style = r.randrange(12)
    if style == 0:
        return f"民國{roc}年{month}月{day}日"
    if style == 1:
        return f"{roc}年{month:02d}月{day:02d}日"
    if style == 2:
        return f"{roc:03d}/{month:02d}/{day:02d}"
    if style == 3:
        return f"{roc}.{month}.{day}"
    if style == 4:
        return f"{roc:03d}{month:02d}{day:02d}"
    if style == 5:
        return f"民國{_cn(roc)}年{_cn(month)}月{_cn(day)}日"
    if style == 6:
        return f"{year}-{month:02d}-{day:02d}"
    if style == 7:
        return f"{year}/{month}/{day}"
    if style == 8:
        return f"{year}年{month}月{day}日"
    if style == 9:
        return _fw(f"{roc}/{month:02d}/{day:02d}")
    if style == 10:
        return f"{roc}-{month:02d}-{day:02d}"
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{day} {months[month - 1]} {year}"


# Distractors that must never be labelled ------------------------------------------------


def _event_date(r: random.Random) -> str:
    roc, month, day = r.randint(110, 114), r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{roc}年{month}月{day}日", f"中華民國{roc}年{month}月{day}日",
                     f"{roc}/{month:02d}/{day:02d}", f"{roc}.{month:02d}.{day:02d}",
                     f"{roc + 1911}-{month:02d}-{day:02d}", _fw(f"{roc}年{month}月{day}日"),
                     f"{_cn_year_digits(roc)}年{_cn(month)}月{_cn(day)}日"))  # fmt: skip


def _doc_no(r: random.Random) -> str:
    head = r.choice(("府勞檢字", "北區國稅審四字", "環稽字", "府社救字", "消保法字", "教學字",
                     "交大字", "北市稅財字", "議秘字", "社家綜字"))  # fmt: skip
    return f"{head}第{r.randint(110, 114)}{r.randint(0, 9999999):07d}號"


def _case_no(r: random.Random) -> str:
    roc = r.randint(110, 114)
    kind = r.choice(("消申", "勞檢", "環稽", "交鑑", "災救"))
    return r.choice((f"{roc}年度{kind}字第{r.randint(1, 9999):04d}號",
                     f"{roc}-{r.choice('ABCDEFG')}{r.randint(1, 999):03d}",
                     f"CP{roc}{r.randint(1, 12):02d}{r.randint(1, 9999):04d}",
                     f"第{r.randint(1, 500)}案"))  # fmt: skip


def _ban(r: random.Random) -> str:
    while True:
        number = "".join(r.choice("0123456789") for _ in range(8))
        if ban.is_valid(number):
            return number


def _amount(r: random.Random) -> str:
    value = r.choice((r.randint(1, 99) * 100, r.randint(1, 60) * 1000, r.randint(2, 50) * 10000))
    return r.choice((f"新臺幣{value:,}元", f"{value:,}元", f"NT${value:,}",
                     f"新台幣{value // 10000}萬元" if value >= 10000
                     else f"{value}元"))  # fmt: skip


def _model_no(r: random.Random) -> str:
    return r.choice((f"{r.choice(('KX', 'TP', 'SM', 'HD'))}-{r.randint(100, 9999)}",
                     f"{r.choice(('iPhone', 'Galaxy', 'Redmi'))} {r.randint(8, 16)}",
                     f"SKU{r.randint(10000, 99999)}",
                     f"{r.randint(2, 9)}{r.choice('ABC')}-{r.randint(10, 99)}W"))  # fmt: skip


# --------------------------------------------------------------------------------------
# Names and the document builder
# --------------------------------------------------------------------------------------


class _Names:
    """Draws person names: about half from the known pool, half fresh (never in the pool)."""

    def __init__(self, r: random.Random, pool_size: int) -> None:
        self.r = r
        pool: dict[str, None] = {}
        while len(pool) < pool_size:
            pool[self._fresh()] = None
        for _ in range(max(10, pool_size // 10)):  # migrant workers in the name column too
            pool[self._fresh_foreign()] = None
        self.known = list(pool)
        self._known_set = set(pool)
        self._known_foreign = [
            name
            for name in self.known
            if name.split(" ")[-1] in _LATIN_LAST or name.startswith(_SEA_HAN)
        ] or self.known

    def _fresh(self) -> str:
        r = self.r
        roll = r.random()
        if roll < 0.76:
            given = "".join(r.choice(_GIVEN_CHARS) for _ in range(1 if r.random() < 0.12 else 2))
            return r.choice(_SURNAMES) + given
        if roll < 0.81:
            return r.choice(_COMPOUND_SURNAMES) + "".join(
                r.choice(_GIVEN_CHARS) for _ in range(r.choice((1, 2, 2)))
            )
        if roll < 0.87:
            return (
                r.choice(_INDIGENOUS_FIRST)
                + r.choice(_INDIGENOUS_DOTS)
                + r.choice(_INDIGENOUS_LAST)
            )
        if roll < 0.93:
            return r.choice(_SEA_HAN) + ("" if r.random() < 0.7 else r.choice(_GIVEN_CHARS))
        return f"{r.choice(_LATIN_GIVEN)} {r.choice(_LATIN_LAST)}"

    def draw(self, foreign: bool = False) -> tuple[str, bool]:
        """A (name, in known list) pair; ``foreign`` restricts to migrant-worker style names."""
        if self.r.random() < 0.5:
            pool = self._known_foreign if foreign else self.known
            return self.r.choice(pool), True
        while True:
            name = self._fresh_foreign() if foreign else self._fresh()
            if name not in self._known_set:
                return name, False

    def _fresh_foreign(self) -> str:
        r = self.r
        if r.random() < 0.5:
            return f"{r.choice(_LATIN_GIVEN)} {r.choice(_LATIN_LAST)}"
        return r.choice(_SEA_HAN) + ("" if r.random() < 0.5 else r.choice(_GIVEN_CHARS))


class _Doc:
    """Appends text piece by piece and records the gold span of every inserted value."""

    def __init__(self, r: random.Random, names: _Names) -> None:
        self.r = r
        self.names = names
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[tuple[int, int, str]] = []
        self.known: list[bool] = []

    def t(self, *texts: str) -> _Doc:
        for text in texts:
            self.parts.append(text)
            self.pos += len(text)
        return self

    def v(self, value: str, entity: str) -> str:
        start = self.pos
        self.t(value)
        self.spans.append((start, self.pos, entity))
        return value

    def p(self, person: tuple[str, bool] | None = None) -> tuple[str, bool]:
        """Insert a person (a new one unless ``person`` repeats an earlier mention)."""
        person = person or self.names.draw()
        self.v(person[0], "PERSON")
        self.known.append(person[1])
        return person

    def plist(self, k: int, sep: str = "、") -> list[tuple[str, bool]]:
        people = []
        for i in range(k):
            if i:
                self.t(sep)
            people.append(self.p())
        return people

    def nid(self) -> None:
        self.v(_render_id(self.r, _national_id(self.r)), "TW_NATIONAL_ID")

    def arc(self) -> None:
        self.v(_render_id(self.r, _resident_cert(self.r)), "TW_RESIDENT_CERT")

    def phone(self) -> None:
        text, ext = _render_phone(self.r)
        self.v(text, "PHONE")
        self.t(ext)

    def email(self) -> None:
        self.v(_email(self.r), "EMAIL")

    def addr(self) -> None:
        self.v(_address(self.r), "ADDRESS")

    def nhi(self) -> None:
        self.v(_nhi(self.r), "TW_NHI_CARD")

    def passport(self) -> None:
        self.v(_passport(self.r), "PASSPORT")

    def card(self) -> None:
        self.v(_card(self.r), "CREDIT_CARD")

    def birth(self, years: tuple[int, int] = (1938, 2008)) -> None:
        self.v(_birth_date(self.r, years), "BIRTH_DATE")

    def text(self) -> str:
        return "".join(self.parts)


def _c(r: random.Random, *options: str) -> str:
    return r.choice(options)


def _pair(r: random.Random, *pairs: tuple[str, str]) -> tuple[str, str]:
    """An opening and its matching closing text, so brackets stay balanced."""
    return r.choice(pairs)


def _colon(r: random.Random) -> str:
    return r.choice(("：", "：", ":", "： ", " "))


# --------------------------------------------------------------------------------------
# Genres: each writes a positive document into a _Doc, or a hard negative without any PII
# --------------------------------------------------------------------------------------


def _village_notice(d: _Doc, r: random.Random) -> None:
    village = r.choice(_VILLAGES)
    request = _c(r, "申請路燈修繕", "申請低收入戶資格證明", "申請清運大型廢棄物", "申請敬老愛心卡",
                 "反映巷口違規停車", "申請設置反射鏡")  # fmt: skip
    d.t(f"{village}辦公處　通知\n", _c(r, "日期", "發布日期"), _colon(r), _event_date(r), "\n")
    d.t("一、本里里民")
    person = d.p()
    opening, closing = _pair(r, ("（住", "）"), ("，住址：", "，"), ("(地址 ", ") "))
    d.t(opening)
    d.addr()
    d.t(closing, f"{request}，")
    if r.random() < 0.6:
        d.t(_c(r, "聯絡電話", "連絡手機", "電話", "Tel"), _colon(r))
        d.phone()
        d.t("，")
    d.t(_c(r, "請鄰長協助確認。\n", "本辦公處已轉區公所辦理。\n"))
    d.t("二、")
    d.p(person)
    d.t(_c(r, "另表示", "並反映"), _c(r, "隔壁", "對面"), _c(r, "住戶", "鄰居"))
    d.p()
    d.t(_c(r, "長期堆放雜物，", "家中犬隻夜間吠叫，"), _c(r, "請里長協調。\n", "盼協助處理。\n"))
    if r.random() < 0.5:
        d.t("三、如有疑問請洽里長")
        d.p()
        opening, closing = _pair(r, ("（手機：", "）。"), ("，手機 ", "。"), ("(", ")"), (" ", ""))
        d.t(opening)
        d.phone()
        d.t(closing)


def _village_negative(d: _Doc, r: random.Random) -> None:
    village = r.choice(_VILLAGES)
    d.t(f"{village}辦公處公告（{_doc_no(r)}）\n")
    event = _c(r, "健康講座", "防災演練", "二手衣物交換")
    d.t(f"一、本里訂於{_event_date(r)}上午9時於{village}活動中心辦理{event}，",
        f"請里民踴躍參加，{_c(r, '現場張貼報名表', '名額60名')}。\n")  # fmt: skip
    d.t(
        f"二、{r.choice(_ROADS)}路段{_c(r, '施工', '洪水退去後清淤')}期間請改道，"
        f"依{r.choice(_STATUTES)}辦理。\n"
    )
    d.t(
        f"三、里長、里幹事輪值時間為每週二、四下午。{r.choice(_SURNAME_WORDS)}相關事宜請洽里辦公處。"
    )


def _labour_inspection(d: _Doc, r: random.Random) -> None:
    d.t(f"{r.choice(_ORGS[:2])} 勞動條件檢查結果通知（{_doc_no(r)}）\n")
    d.t(f"事業單位：{r.choice(_COMPANIES)}（統一編號{_ban(r)}）\n檢查日期：{_event_date(r)}\n")
    d.t("違反事項：\n1. 勞工")
    d.p()
    if r.random() < 0.6:
        opening, closing = _pair(
            r, ("（身分證統一編號", "）"), ("(ID: ", ")"), ("，身分證字號", "，")
        )
        d.t(opening)
        d.nid()
        d.t(closing)
    d.t(
        f"於{r.randint(110, 114)}年{r.randint(1, 12)}月延長工作時間達{r.randint(47, 80)}小時，"
        f"違反{_STATUTES[0]}。\n"
    )
    d.t("2. 外籍移工")
    d.p(d.names.draw(foreign=True))
    opening, closing = _pair(r, ("（居留證號", "）"), ("，統一證號：", "，"), ("(ARC No. ", ") "))
    d.t(opening)
    d.arc()
    if r.random() < 0.6:
        d.t(_c(r, "，護照號碼", "；Passport No. ", "，護照"))
        d.passport()
    d.t(closing, f"工資未全額給付，短少{_amount(r)}，違反{_STATUTES[1]}。\n")
    d.t("訪談紀錄：")
    if r.random() < 0.5:
        d.t("現場主管")
        d.p()
        d.t(_c(r, "表示", "稱"), "加班費將於下月補發；")
    d.t("檢查員於現場訪談")
    count = r.randint(2, 3)
    d.plist(count)
    d.t(_c(r, "等人。", f"{_cn(count)}人，均表示未領加班費。"))
    if r.random() < 0.5:
        d.t("申訴人聯絡方式：")
        d.phone()


def _labour_negative(d: _Doc, r: random.Random) -> None:
    d.t(f"{r.choice(_ORGS[:2])} 勞動條件檢查結果（{_doc_no(r)}）\n")
    d.t(f"事業單位：{r.choice(_COMPANIES)}（統一編號：{_ban(r)}）\n")
    d.t(f"檢查日期：{_event_date(r)}　檢查員：勞動檢查員2名\n")
    d.t(
        f"1. 勞工{r.randint(2, 14)}名延長工時超過法定上限，違反{r.choice(_STATUTES[:3])}，"
        f"處{_amount(r)}罰鍰（{_case_no(r)}）。\n"
    )
    d.t(
        f"2. 未依規定提供{r.choice(_SURNAME_WORDS[:10])}相關安全防護，"
        f"限期{r.randint(7, 30)}日內改善。\n"
    )
    d.t("3. 事業單位負責人已於現場簽認。")


def _scholarship(d: _Doc, r: random.Random) -> None:
    d.t(
        f"{r.randint(111, 114)}學年度第{_c(r, '一', '二')}學期"
        f"{_c(r, '清寒', '勵學', '原住民族')}獎學金審查會議紀錄\n"
    )
    d.t(f"時間：{_event_date(r)}下午2時　地點：行政大樓第二會議室\n出席委員：")
    d.plist(r.randint(2, 4))
    d.t(_c(r, "（主任委員）", "、校長（請假）"), "\n紀錄：")
    d.p()
    d.t("\n決議：\n一、")
    d.t(_c(r, "資訊工程學系二年級", "護理系四年級", "財金系三年級", "國中部八年級"))
    d.p()
    d.t(f"（學號{r.randint(100000000, 119999999)}，")
    d.birth((1995, 2012))
    d.t(_c(r, "生）", "出生）"), "家境清寒，核予", _amount(r), "。\n二、申請人")
    d.p()
    d.t(
        _c(r, "因資料不齊，請於", "成績未達標準，"),
        f"{_event_date(r)}前補件，",
        _c(r, "通知信件寄至", "聯絡信箱"),
    )
    d.email()
    d.t("。\n")
    if r.random() < 0.5:
        d.t("三、")
        d.p()
        d.t(
            _c(r, "同學", "君"),
            "之家長",
            _c(r, "來電", "來函"),
            "說明",
            "家中變故，委員同意延後審查。",
        )


def _scholarship_negative(d: _Doc, r: random.Random) -> None:
    d.t(f"{r.randint(111, 114)}學年度獎學金審查會議紀錄\n時間：{_event_date(r)}\n")
    d.t("出席：主任委員、各系系主任（共7人）\n")
    d.t(f"一、本學期申請{r.randint(20, 90)}件，核定{r.randint(5, 19)}件，總金額{_amount(r)}。\n")
    d.t(
        f"二、審查標準依本校{_c(r, '清寒獎學金', '勵學金')}設置要點第{r.randint(2, 9)}點辦理，"
        f"{_c(r, '簡報', '程序')}由學務處說明。\n"
    )
    d.t(f"三、下次會議訂於{_event_date(r)}召開。")


def _consumer_complaint(d: _Doc, r: random.Random) -> None:
    if r.random() < 0.55:
        d.t(f"申訴案號：{_case_no(r)}\n申訴人：")
        person = d.p()
        d.t("　聯絡電話：")
        d.phone()
        d.t(
            f"\n被申訴廠商：{r.choice(_COMPANIES)}（統編{_ban(r)}）\n申訴內容：申訴人於{_event_date(r)}以信用卡"
        )
        if r.random() < 0.7:
            opening, closing = _pair(r, ("（卡號", "）"), ("，卡號", "，"))
            d.t(opening)
            d.card()
            d.t(closing)
        d.t(f"刷卡購買{_model_no(r)}，金額{_amount(r)}，商品瑕疵要求退費遭拒。\n")
        d.t("處理情形：已函請廠商15日內回覆，並副知申訴人")
        d.p(person)
        opening, closing = _pair(r, ("。承辦人：", "。"), ("。（承辦人 ", "）"))
        d.t(opening)
        d.p()
        d.t(closing)
    else:
        d.t("消費者")
        d.p()
        d.t(
            _c(r, " 說她", "講他", " says she"),
            "上個月在網路上買了",
            _model_no(r),
            "，付款後一直沒出貨，客服 email 也不回。她的 email：",
        )
        d.email()
        d.t("，card no. ")
        d.card()
        d.t(_c(r, "，希望幫忙追蹤。", ". 她要求全額 refund。"), f"（{_case_no(r)}）")


def _consumer_negative(d: _Doc, r: random.Random) -> None:
    d.t(f"申訴案號：{_case_no(r)}\n被申訴廠商：{r.choice(_COMPANIES)}（統一編號{_ban(r)}）\n")
    d.t(f"案由：商品{_model_no(r)}標示不實，依{_STATUTES[3]}請廠商說明。\n")
    d.t(
        f"本處於{_event_date(r)}召開協調會，廠商同意退還{_amount(r)}，"
        f"{_c(r, '黃金週', '周末')}促銷活動另案檢討。"
    )


def _tax_letter(d: _Doc, r: random.Random) -> None:
    d.t(f"{r.choice(_ORGS[2:4])}　函\n")
    d.t("受文者：", r.choice(_COMPANIES), f"（統一編號：{_ban(r)}）負責人")
    d.p()
    d.t(f"\n發文日期：{_event_date(r)}\n發文字號：{_doc_no(r)}\n")
    d.t(
        f"主旨：貴公司{r.randint(110, 113)}年度營利事業所得稅結算申報案，"
        f"請於文到{r.randint(10, 30)}日內補正。\n"
    )
    d.t("說明：一、依", r.choice(_STATUTES[6:8]), "辦理。二、貴公司前負責人")
    d.p()
    opening, closing = _pair(
        r, ("（身分證統一編號：", "）"), ("(身分證字號 ", ")"), ("，ID ", "，")
    )
    d.t(opening)
    d.nid()
    d.t(_c(r, "，地址：", "；戶籍地 ", "，住"))
    d.addr()
    d.t(closing, f"欠繳稅額{_amount(r)}，已移送執行。\n")
    if r.random() < 0.5:
        d.t("聯絡人：本局")
        d.p()
        d.t(_c(r, "稽核", "科員"), "，電話")
        d.phone()


def _tax_negative(d: _Doc, r: random.Random) -> None:
    d.t(f"{r.choice(_ORGS[2:4])}　函\n受文者：{r.choice(_COMPANIES)}（統一編號：{_ban(r)}）\n")
    d.t(f"發文日期：{_event_date(r)}　發文字號：{_doc_no(r)}\n")
    d.t(
        f"主旨：貴公司與{r.choice(_COMPANIES)}（統編{_ban(r)}）間交易，"
        f"請提示{r.randint(111, 113)}年度帳簿憑證。\n"
    )
    d.t(f"說明：依{r.choice(_STATUTES)}規定辦理，逾期處{_amount(r)}以下罰鍰。")


def _env_inspection(d: _Doc, r: random.Random) -> None:
    d.t(f"{r.choice(_ORGS[4:6])} 環境稽查紀錄表\n稽查日期：{_event_date(r)}　稽查人員：")
    d.plist(r.randint(1, 2))
    d.t(
        f"\n場所名稱：{r.choice(_COMPANIES)}"
        f"（管制編號 {r.choice('EFHP')}{r.randint(1000000, 9999999)}）\n"
    )
    d.t("現場負責人：")
    d.p()
    if r.random() < 0.7:
        opening, closing = _pair(r, ("（手機 ", "）"), ("，手機：", ""), ("，tel ", ""))
        d.t(opening)
        d.phone()
        d.t(closing)
    d.t(
        f"\n稽查結果：排放管道粒狀污染物濃度{r.randint(30, 180)} mg/Nm3，"
        f"違反{r.choice(_STATUTES[7:9])}。\n陳述意見："
    )
    d.p()
    d.t(_c(r, "陳稱設備故障已送修。", "表示將於一週內改善，廠長", "拒絕簽名。"))
    if r.random() < 0.4:
        d.p()
        d.t("亦在場。")


def _env_negative(d: _Doc, r: random.Random) -> None:
    d.t(f"{r.choice(_ORGS[4:6])} 環境稽查紀錄表（{_case_no(r)}）\n稽查日期：{_event_date(r)}\n")
    d.t(f"場所名稱：{r.choice(_COMPANIES)}　統一編號：{_ban(r)}\n")
    d.t(
        f"稽查結果：{_c(r, '石門水庫', '林務局轄區')}上游{_c(r, '施工', '洪水')}期間，"
        f"懸浮固體{r.randint(30, 180)} mg/L，依{r.choice(_STATUTES[7:9])}處{_amount(r)}。"
        "稽查員與現場負責人已簽認。"
    )


def _library(d: _Doc, r: random.Random) -> None:
    d.t(f"讀者證號：{r.randint(2100000000, 2199999999)}　", _c(r, "姓名：", "讀者姓名 "))
    d.p()
    d.t("　", _c(r, "生日：", "出生日期 ", "DOB: "))
    d.birth()
    d.t("\n")
    d.t(_c(r, "E-mail：", "電子郵件：", "Email "))
    d.email()
    d.t(_c(r, "　電話：", " / Tel: "))
    d.phone()
    d.t(
        f"\n逾期資料：《{_c(r, '葉菜類栽培手冊', '童書選集', '台灣古蹟巡禮')}》"
        f"ISBN 978-957-{r.randint(10, 99)}-{r.randint(1000, 9999)}-{r.randint(0, 9)}，"
        f"逾期{r.randint(3, 60)}天，滯還金{_amount(r)}。\n"
    )
    if r.random() < 0.3:
        d.t(_c(r, "線上繳費卡號：", "以信用卡 ", "Paid by card "))
        d.card()
        d.t(_c(r, "繳清。\n", " 繳納。\n", "\n"))
    if r.random() < 0.5:
        d.t("備註：")
        d.p()
        d.t(
            _c(r, "代為借閱，", "（讀者之母）代為還書，"),
            "館員",
            _c(r, "已電話通知。", "已寄發催還通知。"),
        )


def _library_negative(d: _Doc, r: random.Random) -> None:
    d.t(f"{r.choice(_ORGS[6:8])} 逾期資料統計（{_event_date(r)}）\n")
    d.t("月份｜逾期件數｜滯還金\n")
    for _ in range(r.randint(2, 4)):
        d.t(f"{r.randint(111, 114)}年{r.randint(1, 12)}月｜{r.randint(10, 400)}｜{_amount(r)}\n")
    d.t(f"依{_STATUTES[12]}辦理催還；《{_c(r, '楊桃', '吳郭魚', '李子')}的故事》等童書借閱量居冠。")


def _relief(d: _Doc, r: random.Random) -> None:
    county = r.choice(list(_COUNTIES))
    d.t(
        f"{county}{_c(r, '凱米颱風', '0403地震', '豪雨')}災害救助物資發放清冊（{_event_date(r)}）\n"
    )
    sep = _c(r, "|", "\t", "｜")
    d.t(sep.join(("編號", "姓名", "身分證字號", "地址", "物資", "簽收")), "\n")
    for i in range(r.randint(1, 3)):
        d.t(f"{i + 1}{sep}")
        person = d.p()
        d.t(sep)
        if r.random() < 0.85:
            d.nid()
        else:
            d.arc()
        d.t(sep)
        d.addr()
        d.t(sep, _c(r, "白米10公斤、礦泉水2箱", "睡袋1、毛毯2", "慰助金" + _amount(r)), sep)
        if r.random() < 0.6:
            d.p(person)
        else:
            d.t("代領")
        d.t("\n")
    if r.random() < 0.5:
        d.t("代領人：")
        d.p()
        d.t(_c(r, "（關係：子，電話 ", "(女兒，"))
        d.phone()
        d.t(")")


def _relief_negative(d: _Doc, r: random.Random) -> None:
    d.t(f"{r.choice(list(_COUNTIES))}災害救助物資發放統計（{_event_date(r)}）\n")
    d.t("區別\t戶數\t白米(公斤)\t慰助金\n")
    for district in r.sample(sum(_COUNTIES.values(), ()), r.randint(2, 4)):
        d.t(f"{district}\t{r.randint(3, 120)}\t{r.randint(30, 900)}\t{_amount(r)}\n")
    d.t(f"依{_STATUTES[10]}及{_doc_no(r)}函辦理，社工員已逐戶{_c(r, '訪視', '張貼通知')}。")


def _enrolment(d: _Doc, r: random.Random) -> None:
    d.t(
        f"{_c(r, '新北市立', '臺中市私立', '高雄市立')}{_c(r, '育英國小', '光明國中', '和平高中')}"
        f"{r.randint(112, 114)}學年度新生入學資料\n"
    )
    d.t("學生姓名", _colon(r))
    d.p()
    d.t(f"\t性別：{_c(r, '男', '女')}\t出生日期", _colon(r))
    d.birth((2008, 2019))
    d.t("\n身分證字號", _colon(r))
    if r.random() < 0.85:
        d.nid()
    else:
        d.arc()
    if r.random() < 0.35:
        d.t("\t健保卡號", _colon(r))
        d.nhi()
    d.t("\n戶籍地址", _colon(r))
    d.addr()
    if r.random() < 0.4:
        d.t("\n通訊地址：同戶籍地址")
    d.t("\n父親", _colon(r))
    d.p()
    d.t("\t手機", _colon(r))
    d.phone()
    d.t("\n母親", _colon(r))
    d.p()
    if r.random() < 0.5:
        d.t(_c(r, "（越南籍，居留證 ", "(印尼籍, ARC "))
        d.arc()
        d.t(_c(r, "，護照 ", ", passport "))
        d.passport()
        d.t(")")
    d.t("\t電子郵件", _colon(r))
    d.email()
    if r.random() < 0.5:
        d.t("\n緊急聯絡人：")
        d.p()
        d.t(" ")
        d.phone()


def _enrolment_negative(d: _Doc, r: random.Random) -> None:
    d.t(f"{_c(r, '育英國小', '光明國中')}{r.randint(112, 114)}學年度新生入學須知\n")
    d.t(f"一、報到日期：{_event_date(r)}上午8時至12時。\n")
    d.t("二、應繳證件：戶口名簿影本、學生健保卡影本、預防接種紀錄卡。\n")
    d.t(
        f"三、新生人數統計：男生{r.randint(40, 200)}人、女生{r.randint(40, 200)}人，"
        f"導師分配依{_doc_no(r)}辦理。"
    )


def _care_log(d: _Doc, r: random.Random) -> None:
    d.t(
        _event_date(r), " ", _c(r, "居家服務紀錄", "長照服務紀錄單", "日照中心照顧紀錄"), "\n個案："
    )
    d.p()
    d.t(f"（{r.randint(65, 98)}歲", _c(r, "，健保卡號", "，健保卡 ", "，NHI "))
    d.nhi()
    if r.random() < 0.4:
        d.t("，")
        d.birth((1925, 1960))
        d.t("生")
    d.t("）\n服務員", _colon(r))
    d.p()
    d.t(f"\n服務內容：協助沐浴、備餐，量測血壓{r.randint(110, 160)}/{r.randint(60, 95)}。")
    d.t(_c(r, "個案女兒", "個案之子", "鄰居"))
    d.p()
    d.t("來電（")
    d.phone()
    d.t(_c(r, "）詢問下週回診時間。", "）表示個案夜間跌倒，已通報督導。"))
    if r.random() < 0.4:
        d.t("\n")
        d.p()
        d.t(_c(r, "阿嬤", "伯伯", "奶奶"), "今天心情很好，一直講以前住在")
        d.addr()
        d.t("的事情。")


def _care_negative(d: _Doc, r: random.Random) -> None:
    d.t(f"{r.choice(_ORGS[8:11])} 長照服務月報（{_event_date(r)}）\n")
    d.t(
        f"本月服務個案{r.randint(40, 300)}人，居服督導{r.randint(2, 9)}人，"
        f"照顧服務員{r.randint(20, 90)}人。依{_STATUTES[14]}核定補助{_amount(r)}。\n"
    )
    d.t(f"{_c(r, '康復', '溫度')}監測：{_event_date(r)}起每日量測，異常{r.randint(0, 9)}件已轉介。")


def _traffic(d: _Doc, r: random.Random) -> None:
    d.t(
        f"道路交通事故初步分析研判表（{_case_no(r)}）\n發生時間：{_event_date(r)} "
        f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}\n"
    )
    d.t(f"地點：{r.choice(_ROADS)}與{r.choice(_ROADS)}口\n當事人甲：")
    d.p()
    d.t("，")
    d.birth()
    d.t(_c(r, "生，身分證 ", "出生，身分證統一編號"))
    d.nid()
    d.t(
        f"，駕駛自用小客車（車號{r.choice(('ABC', 'BKN', 'RDX'))}-{r.randint(1000, 9999)}）。"
        "\n當事人乙："
    )
    d.p()
    d.t("，住")
    d.addr()
    d.t("，電話")
    d.phone()
    d.t(f"，騎乘機車。\n研判：甲方未依{_STATUTES[9]}禮讓行人，處理員警：")
    d.p()
    if r.random() < 0.4:
        d.t("。目擊者", _c(r, "", "：", " "))
        d.p()
        d.t(_c(r, "（計程車司機）", "稱聽到煞車聲"))


def _traffic_negative(d: _Doc, r: random.Random) -> None:
    d.t(f"{r.choice(_ORGS[12:14])} 交通事故統計（{_event_date(r)}製表）\n月份 A1 A2 受傷人數\n")
    for _ in range(r.randint(2, 4)):
        d.t(
            f"{r.randint(112, 114)}/{r.randint(1, 12):02d} {r.randint(0, 5)} {r.randint(20, 300)}"
            f" {r.randint(20, 400)}\n"
        )
    d.t(f"肇因以未注意車前狀態居多，{_c(r, '高鐵', '馬路')}沿線路口已{_c(r, '張貼', '增設')}警示。")


def _council_qa(d: _Doc, r: random.Random) -> None:
    county = r.choice(list(_COUNTIES))
    d.t(f"【市民信箱】{_event_date(r)}\nQ：", _c(r, "我是", "您好，我是", "Hi，I am "))
    d.t(f"{r.choice(_COUNTIES[county])}的居民")
    person = d.p()
    d.t(
        "，",
        _c(r, "家門口", "住處附近"),
        f"{r.choice(_ROADS)}的路燈壞了兩個禮拜，打1999都沒人理，請問議員可以幫忙嗎？",
    )
    if r.random() < 0.5:
        d.t("My phone is ")
        d.phone()
        d.t(_c(r, ", email ", "，或寄信到 "))
        d.email()
        d.t("。")
    else:
        d.t("我家地址是")
        d.addr()
        d.t("，手機")
        d.phone()
        d.t("。")
    d.t("\nA：")
    d.p(person)
    d.t(
        _c(r, "您好，", " 先生/小姐您好，"), f"本辦公室已於{_event_date(r)}轉請工務局辦理，議員助理"
    )
    d.p()
    d.t(_c(r, "會再與您聯繫。", "將持續追蹤。"))


def _council_negative(d: _Doc, r: random.Random) -> None:
    d.t(
        f"【市民信箱】{_event_date(r)}\n"
        f"Q：請問{r.choice(_ROADS)}的{_c(r, '游泳池', '公園')}什麼時候整修完畢？"
        f"{_c(r, '何時', '周末')}可以開放？\n"
    )
    d.t(
        f"A：您好，{_c(r, '工程', '施工')}預計{_event_date(r)}完工，經費{_amount(r)}，"
        f"依{_doc_no(r)}辦理。謝謝您的寶貴意見。{r.choice(_TITLES)}辦公室敬上"
    )


_GENRES: tuple[tuple[Callable[[_Doc, random.Random], None],
                     Callable[[_Doc, random.Random], None]], ...] = (
    (_village_notice, _village_negative),
    (_labour_inspection, _labour_negative),
    (_scholarship, _scholarship_negative),
    (_consumer_complaint, _consumer_negative),
    (_tax_letter, _tax_negative),
    (_env_inspection, _env_negative),
    (_library, _library_negative),
    (_relief, _relief_negative),
    (_enrolment, _enrolment_negative),
    (_care_log, _care_negative),
    (_traffic, _traffic_negative),
    (_council_qa, _council_negative),
)  # fmt: skip

# --------------------------------------------------------------------------------------
# Leak check: nothing outside gold spans may be a valid identifier, phone or e-mail
# --------------------------------------------------------------------------------------

_ID_SHAPE = re.compile(r"[A-Za-z][ ]?[0-9A-Da-d]\d{8}")
_DIGIT_RUN = re.compile(r"[+(]?\d[\d\- \u00a0()]{6,24}\d")


def unlabelled_identifiers(text: str) -> int:
    """Count valid-looking identifiers, phones, cards, NHI-shaped runs or e-mails in ``text``.

    Used on hard negatives and on the text between gold spans: a count above zero means
    the sample would punish a correct scanner, so the generator draws it again.
    """
    norm = unicodedata.normalize("NFKC", text)
    hits = 0
    for m in _ID_SHAPE.finditer(norm):
        hits += twid.is_valid(m.group()) or arc.is_valid(m.group())
    for m in _DIGIT_RUN.finditer(norm):
        run = m.group().strip()
        digits = re.sub(r"\D", "", run)
        hits += creditcard.is_valid(digits) or len(digits) == 12
        starts = [
            i for i, ch in enumerate(run) if ch in "0+(" and (i == 0 or not run[i - 1].isdigit())
        ]
        hits += any(phone.is_valid(run[i:]) for i in starts)
    hits += "@" in norm or "[at]" in norm.lower()
    return hits


def _outside_spans(text: str, spans: list[tuple[int, int, str]]) -> str:
    chars = list(text)
    for s, e, _ in spans:
        for i in range(s, e):
            chars[i] = "\u3000" if i in (s, e - 1) else "※"
    return "".join(chars)


# --------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------

NEGATIVE_SHARE = 0.25


def generate_heldout3(n: int = 2000, seed: int = 31) -> tuple[list[Sample], list[str]]:
    """``n`` labelled samples (about a quarter hard negatives) and the known-names list.

    Deterministic for a given ``(n, seed)``. The known-names list holds the people a
    dataset's name column would list; about half of the PERSON mentions are drawn from it,
    the others are fresh names not in it (flagged per span in ``Sample.known_person``).
    """
    r = random.Random(seed)
    names = _Names(r, pool_size=max(60, n // 4))
    samples: list[Sample] = []
    while len(samples) < n:
        positive, negative = r.choice(_GENRES)
        hard_negative = r.random() < NEGATIVE_SHARE
        doc = _Doc(r, names)
        (negative if hard_negative else positive)(doc, r)
        text = doc.text()
        if unlabelled_identifiers(_outside_spans(text, doc.spans)):
            continue  # a distractor happened to form a valid identifier: draw again
        if hard_negative and doc.spans:
            raise AssertionError("a hard-negative template inserted a labelled value")
        samples.append(Sample(text=text, spans=doc.spans, hard_negative=hard_negative,
                              known_person=doc.known))  # fmt: skip
    return samples, list(names.known)
