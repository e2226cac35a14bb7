"""Taiwanese postal address recognizer.

Shape: [postal code] 縣市 [鄉鎮市區] [村里 [鄰]] 路/街/大道 [段] [巷] [弄] 號 [之] [樓 [之]] [室].
Every match must end in a house number (號, optionally floor): roads or districts alone are
ordinary prose, and 號 alone is how document numbers end (第11320412340號), so a road,
street or village must come before it.
"""

from pipelines.deid.recognizers.base import TwPatternRecognizer

COUNTY = (
    r"(?:(?:臺北|台北|新北|桃園|臺中|台中|臺南|台南|高雄|基隆|新竹|嘉義)市"
    r"|(?:新竹|苗栗|彰化|南投|雲林|嘉義|屏東|宜蘭|花蓮|臺東|台東|澎湖|金門|連江|桃園|臺北|台北)縣)"
)
_NUM = r"[0-9０-９一二三四五六七八九十百零〇]+"
# Characters that cannot be part of a place name but often precede an address in prose.
# Only the road-anchored pattern (no county) needs them: the county anchors the other one.
_STOP = r"住在於址為至到往居及與的是人之位寄送從向"
_PUNCT = r"：:，,。、；;（）()「」\s"
_HA = r"[^\P{Han}" + _PUNCT + r"]"
# (one class, not a lookahead before _HA: the same characters, a single test per position)
_H = r"[^\P{Han}" + _PUNCT + _STOP + r"]"


def _place(h: str, gap: str = "", lane: bool = False) -> tuple[str, str, str]:
    """District, village and road sub-patterns built on the Han character class ``h``;
    ``gap`` may stand between a road and its section, a village, its 鄰 and the 鄰's number
    (民生里 21 鄰); with ``lane`` a named lane stands for the road (仁愛鄉精英村14鄰和平巷184號:
    villages have no roads)."""
    dist = h + r"{1,3}[區鄉鎮市]"
    # 鄰 also stands without its village (太保市二十二鄰祥和一路).
    village = r"(?:" + h + r"{1,3}[村里](?:" + gap + _NUM + gap + r"鄰)?|" + _NUM + gap + r"鄰)"
    # A section may be a direction (祥和一路東段) or numbered after one (中山東路, 東一段).
    road = h + r"{1,5}?(?:路|街|大道" + (r"|(?<!" + _NUM + r")巷" if lane else "") + r")(?:" + gap
    road += r"[東西南北]?" + _NUM + r"段|[東西南北]段)?"
    return dist, village, road


def _house(gap: str = "") -> str:
    """[巷] [弄] [衖] 號 [之] [樓 [之]] [室], ``gap`` between the parts and between a number and
    its unit (171 號 4 樓)."""
    return (
        r"(?:" + _NUM + gap + r"巷" + gap + r")?(?:" + _NUM + gap + r"弄" + gap + r")?(?:" + _NUM
        + gap + r"衖" + gap + r")?" + _NUM + r"(?:[-之]" + _NUM + r")?" + gap + r"號(?:" + gap
        + r"之" + _NUM + r")?" r"(?:\s?(?:" + _NUM + r"|地下" + _NUM + r")" + gap + r"樓(?:" + gap
        + r"之" + _NUM + r")?)?(?:" + gap + _NUM + gap + r"室)?"
    )  # fmt: skip


_DIST, _VILLAGE, _ROAD = _place(_HA)
_SDIST, _SVILLAGE, _SROAD = _place(_H)
# After a county, forms also print a space between every part (臺北市 萬華區 基隆路 二段
# 98巷 206號 3樓 之1): the county anchors the match, so the spaces cost no precision.
_CDIST, _CVILLAGE, _CROAD = _place(_HA, " ?", lane=True)
# A village alone before the house number must be named (中正里5鄰3號, not 5鄰3號).
_SVILLAGE_NAMED = _H + r"{1,3}[村里](?:" + _NUM + r"鄰)?"
_HOUSE = _house()
# A postal code: not the end of another number (a phone 0959-943-385 before a tab and an
# address), and only a space before the county, not a tab or line break.
_POSTAL = r"(?:(?<![0-9][-.]?)[0-9]{3}(?:[0-9]{2,3})? ?)?"


# A range of house numbers is a stretch of street, no one's address (停水範圍：中山路1號至139號).
_NOT_A_RANGE = r"(?!\s?(?:至|到|~|-)\s?" + _NUM + r"\s?號)"


# A hamlet named right after the village or 鄰, with no road (新興里10鄰埔頂114號): the county
# before it anchors the match.
_HAMLET = r"(?:(?<=[村里鄰]) ?\p{Han}{1,3}(?=[0-9０-９]))?"


class TwAddressRecognizer(TwPatternRecognizer):
    """Street addresses with a house number that start with the county or city."""

    ENTITY = "ADDRESS"
    PATTERNS = (
        (
            "tw_address_county",
            r"(?=[0-9臺台新桃高基嘉苗彰南雲屏宜花澎金連])" + _POSTAL + COUNTY + r"\s?(?:" + _CDIST
            + r")?\s?(?:" + _CVILLAGE + r")?\s?(?:" + _CROAD + r")?\s?(?:部落)?" + _HAMLET
            + _house(" ?")
            + _NOT_A_RANGE,
            0.85,
        ),
    )  # fmt: skip
    CONTEXT = ("地址", "住址", "戶籍地", "通訊地址", "居住地")


# Public housing and building sites are named after their plot (中路二號社會住宅, 中路二號基地):
# without a county, such a name is no one's address.
_NOT_A_SITE = r"(?!\s?(?:社會住宅|社宅|基地))"


class TwStreetAddressRecognizer(TwPatternRecognizer):
    """Street addresses with a house number but no county (中山路二段5號, 中正里5鄰3號)."""

    ENTITY = "ADDRESS"
    PATTERNS = (
        (
            "tw_address_road",
            r"(?=" + _HA + r"{1,12}?(?:路|街|大道|[村里]))(?:" + _SDIST + r")?(?:" + _SVILLAGE
            + r")?(?:" + _SROAD + r"|" + _SVILLAGE_NAMED + r")" + _HOUSE + _NOT_A_SITE
            + _NOT_A_RANGE,
            0.7,
        ),
        # A mountain township's address: district, village, 鄰, then the hamlet and the house
        # number, no road (霧臺鄉玉峰村9鄰初鹿37號); the district and the 鄰 anchor it.
        (
            "tw_address_hamlet",
            r"(?=" + _HA + r"{1,3}[區鄉鎮市])" + _SDIST + _H + r"{1,3}[村里] ?" + _NUM + r" ?鄰 ?"
            + r"\p{Han}{1,3}(?=[0-9０-９])" + _HOUSE + _NOT_A_RANGE,
            0.7,
        ),
    )  # fmt: skip
    CONTEXT = TwAddressRecognizer.CONTEXT


# Necessary conditions for the bulk prefilter (RE2 syntax): a road or village keyword directly
# followed by the numbered part that ends in 號, and a county name somewhere before a 號.
_N = "[0-9一二三四五六七八九十百零〇]+"
STREET_TRIGGER = (
    "(?:路|街|道|村|里)(?:[東西南北]?(?:"
    + _N
    + ")?[段鄰])?(?:"
    + _N
    + "巷)?(?:"
    + _N
    + "弄)?(?:"
    + _N
    + "衖)?"
    + _N
    + "(?:[-之]"
    + _N
    + ")?號"
    # a hamlet after the 鄰 (初鹿37號)
    + "|鄰 ?\\p{Han}{1,3}"
    + _N
    + "號"
)
COUNTY_TRIGGER = "(?s)" + COUNTY + ".*號"
