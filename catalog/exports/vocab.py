"""Controlled vocabularies the exports map the spec's values onto.

Kept in one place so the four exports agree (a monthly dataset is MONTHLY in DCAT-AP, R/P1M in
DCAT-US and 每 1 月 on data.gov.tw) and so docs/catalog.md can cite a single table.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipelines.cadence.frequency import frequency

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


# Frequency codes and labels have one home, pipelines/cadence/frequency.py, which the schedules
# and cadence status also use; the catalogs only read them.


def frequency_uri(update_frequency: str) -> str:
    return frequency(update_frequency).eu_uri


def frequency_label(update_frequency: str) -> str:
    return frequency(update_frequency).label_en.lower()


def accrual_periodicity(update_frequency: str) -> str:
    """DCAT-US accrualPeriodicity; it has no "never", and "irregular" is the nearest allowed."""
    return frequency(update_frequency).dcat_us or "irregular"


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
# code -> (zh-TW, en); the portal shows the same labels.
SERVICE_CATEGORIES: dict[str, tuple[str, str]] = {
    "100": ("生育保健", "Reproductive health"),
    "200": ("出生及收養", "Birth and adoption"),
    "300": ("求學及進修", "Education"),
    "400": ("服兵役", "Military service"),
    "500": ("求職及就業", "Employment"),
    "600": ("開創事業", "Starting a business"),
    "700": ("婚姻", "Marriage"),
    "800": ("投資理財", "Investment and finance"),
    "900": ("休閒旅遊", "Leisure and travel"),
    "A00": ("交通及通訊", "Transport and communications"),
    "B00": ("就醫", "Medical care"),
    "C00": ("購屋及遷徙", "Housing and moving"),
    "D00": ("選舉及投票", "Elections and voting"),
    "E00": ("生活安全及品質", "Safety and quality of life"),
    "F00": ("退休", "Retirement"),
    "G00": ("老年安養", "Care in old age"),
    "H00": ("生命禮儀", "Funerals"),
    "I00": ("公共資訊", "Public information"),
}
