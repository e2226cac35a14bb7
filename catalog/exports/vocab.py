"""Controlled vocabularies the exports map the spec's values onto.

Kept in one place so the four exports agree (a monthly dataset is MONTHLY in DCAT-AP, R/P1M in
DCAT-US and 每 1 月 on data.gov.tw) and so docs/catalog.md can cite a single table.
"""

from __future__ import annotations

from dataclasses import dataclass

EU = "http://publications.europa.eu/resource/authority/"


@dataclass(frozen=True)
class License:
    uri: str
    label: str
    adms_type: str  # http://purl.org/adms/licencetype/...
    # data.gov.tw `license` value: "1" is the portal's code for OGDL v1 (documented); the CC
    # licences are given by name because their codes are not documented (inferred).
    datagovtw: str


LICENSES: dict[str, License] = {
    "ogdl-tw-1.0": License(
        "https://data.gov.tw/license",
        "政府資料開放授權條款－第1版 (Open Government Data License, version 1.0)",
        "http://purl.org/adms/licencetype/Attribution",
        "1",
    ),
    "cc-by-4.0": License(
        "https://creativecommons.org/licenses/by/4.0/",
        "Creative Commons Attribution 4.0 International",
        "http://purl.org/adms/licencetype/Attribution",
        "CC BY 4.0",
    ),
    "cc0-1.0": License(
        "https://creativecommons.org/publicdomain/zero/1.0/",
        "CC0 1.0 Universal Public Domain Dedication",
        "http://purl.org/adms/licencetype/PublicDomain",
        "CC0",
    ),
}

LICENCE_TYPE_LABELS = {
    "http://purl.org/adms/licencetype/Attribution": "Attribution",
    "http://purl.org/adms/licencetype/PublicDomain": "Public domain",
}

# spec update_frequency -> (EU frequency authority code, DCAT-US accrualPeriodicity)
FREQUENCIES: dict[str, tuple[str, str]] = {
    "daily": ("DAILY", "R/P1D"),
    "weekly": ("WEEKLY", "R/P1W"),
    "monthly": ("MONTHLY", "R/P1M"),
    "quarterly": ("QUARTERLY", "R/P3M"),
    "semiannual": ("BIANNUAL", "R/P6M"),  # EU BIANNUAL = twice a year
    "yearly": ("ANNUAL", "R/P1Y"),
    "irregular": ("IRREG", "irregular"),
    "never": ("NEVER", "irregular"),  # DCAT-US has no "never"; irregular is the nearest allowed
}

FREQUENCY_LABELS = {
    "DAILY": "daily",
    "WEEKLY": "weekly",
    "MONTHLY": "monthly",
    "QUARTERLY": "quarterly",
    "BIANNUAL": "biannual",
    "ANNUAL": "annual",
    "IRREG": "irregular",
    "NEVER": "never",
}

# data.gov.tw updateFrequency object: (regularupdate, Frequency, unittime). Field shape taken
# from the portal's API output ("regularupdate=1, Frequency=1, unittime=日"); the irregular and
# never encodings are inferred.
DATAGOVTW_FREQUENCY: dict[str, tuple[str, str, str]] = {
    "daily": ("1", "1", "日"),
    "weekly": ("1", "1", "週"),
    "monthly": ("1", "1", "月"),
    "quarterly": ("1", "3", "月"),
    "semiannual": ("1", "6", "月"),
    "yearly": ("1", "1", "年"),
    "irregular": ("0", "", "不定期更新"),
    "never": ("0", "", "不更新"),
}


def frequency_uri(update_frequency: str) -> str:
    return f"{EU}frequency/{FREQUENCIES[update_frequency][0]}"


# openness level -> (EU access-right code, DCAT-US accessLevel)
ACCESS: dict[str, tuple[str, str]] = {
    "open": ("PUBLIC", "public"),
    "restricted": ("RESTRICTED", "restricted public"),
    "closed": ("NON_PUBLIC", "non-public"),
}
ACCESS_LABELS = {"PUBLIC": "public", "RESTRICTED": "restricted", "NON_PUBLIC": "non-public"}


def access_rights_uri(level: str) -> str:
    return f"{EU}access-right/{ACCESS[level][0]}"


# file format -> (EU file-type code, human-readable format for DCAT-US and data.gov.tw)
FILE_TYPES: dict[str, tuple[str, str]] = {
    "csv": ("CSV", "CSV"),
    "json": ("JSON", "JSON"),
    "parquet": ("PARQUET", "Parquet"),
}


def file_type_uri(fmt: str) -> str:
    return f"{EU}file-type/{FILE_TYPES[fmt][0]}"


def media_type_uri(media_type: str) -> str:
    return f"https://www.iana.org/assignments/media-types/{media_type}"


LANGUAGES = {"zh-TW": f"{EU}language/ZHO", "en": f"{EU}language/ENG"}
LANGUAGE_LABELS = {"zh-TW": "Chinese", "en": "English"}

TAIWAN = f"{EU}country/TWN"
# Taiwan (main island, Penghu, Kinmen, Matsu): WGS 84 bounding box and a central point.
TAIWAN_BBOX = "POLYGON((118.1 21.8,122.1 21.8,122.1 26.4,118.1 26.4,118.1 21.8))"
TAIWAN_CENTROID = "POINT(120.97 23.7)"

AVAILABILITY_STABLE = f"{EU}planned-availability/STABLE"
NATIONAL_AUTHORITY = "http://purl.org/adms/publishertype/NationalAuthority"

# data.gov.tw 服務分類 (categoryService). The order of the labels is documented; the mapping of
# codes to labels is inferred from that order (see the reference notes).
SERVICE_CATEGORIES: dict[str, str] = dict(
    zip(
        [*(f"{n}00" for n in range(1, 10)), *(f"{c}00" for c in "ABCDEFGHI")],
        [
            "生育保健", "出生及收養", "求學及進修", "服兵役", "求職及就業", "開創事業", "婚姻",
            "投資理財", "休閒旅遊", "交通及通訊", "就醫", "購屋及遷徙", "選舉及投票",
            "生活安全及品質", "退休", "老年安養", "生命禮儀", "公共資訊",
        ],
        strict=True,
    )
)  # fmt: skip
