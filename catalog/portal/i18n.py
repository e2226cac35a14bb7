"""Portal wording in Traditional Chinese and English, plus labels for coded spec values."""

from __future__ import annotations

from catalog.exports.vocab import SERVICE_CATEGORIES
from pipelines.cadence.frequency import FREQUENCIES

LANGS = ("zh-TW", "en")
DEFAULT_LANG = "zh-TW"

UI: dict[str, dict[str, str]] = {
    "zh-TW": {
        "site_title": "政府資料開放平臺",
        "skip": "跳到主要內容",
        "nav_label": "主選單",
        "home": "資料集",
        "browse": "分類瀏覽",
        "cadence": "更新狀態",
        "other_lang": "English",
        "search_label": "搜尋資料集（標題、描述、關鍵字、欄位說明）",
        "search_button": "搜尋",
        "search_results": "搜尋結果",
        "results_count": "共 {n} 筆資料集",
        "no_results": "找不到符合的資料集。",
        "all_datasets": "所有資料集",
        "description": "描述",
        "columns": "欄位",
        "column_name": "欄位名稱",
        "column_type": "型別",
        "column_description": "說明",
        "withheld": "未公開欄位",
        "withheld_reason": "原因",
        "preview": "資料預覽（前 {n} 筆）",
        "preview_empty": "此版本沒有資料列。",
        "preview_caption": "資料預覽",
        "downloads": "下載",
        "format": "格式",
        "size": "大小",
        "file": "檔案",
        "details": "詮釋資料",
        "update_frequency": "更新頻率",
        "last_update": "資料最後更新",
        "metadata_modified": "詮釋資料最後更新",
        "version": "版本",
        "rows": "資料筆數",
        "quality": "品質等級",
        "license": "授權",
        "openness": "開放程度",
        "legal_basis": "限制依據",
        "publisher": "提供單位",
        "contact": "聯絡信箱",
        "temporal": "資料時間範圍",
        "theme": "主題分類",
        "policy": "施政分類",
        "service": "服務分類",
        "keywords": "關鍵字",
        "apis": "API 與詮釋資料",
        "rows_api": "資料列 API（JSON）",
        "ckan_api": "CKAN package_show",
        "dcat": "DCAT 目錄（Turtle）",
        "none": "無",
        "datasets_in": "{scheme}：{value}",
        "footer": "資料以開放格式提供；詮釋資料可透過 DCAT-AP、DCAT-US 與 CKAN API 取得。",
        "unknown": "未提供",
        "colon": "：",
    },
    "en": {
        "site_title": "Open Government Data",
        "skip": "Skip to main content",
        "nav_label": "Main",
        "home": "Datasets",
        "browse": "Browse by category",
        "cadence": "Update status",
        "other_lang": "中文",
        "search_label": "Search datasets (title, description, keywords, column descriptions)",
        "search_button": "Search",
        "search_results": "Search results",
        "results_count": "{n} datasets",
        "no_results": "No dataset matches.",
        "all_datasets": "All datasets",
        "description": "Description",
        "columns": "Columns",
        "column_name": "Column",
        "column_type": "Type",
        "column_description": "Description",
        "withheld": "Withheld columns",
        "withheld_reason": "Reason",
        "preview": "Preview (first {n} rows)",
        "preview_empty": "This release has no rows.",
        "preview_caption": "Data preview",
        "downloads": "Downloads",
        "format": "Format",
        "size": "Size",
        "file": "File",
        "details": "Metadata",
        "update_frequency": "Update frequency",
        "last_update": "Data last updated",
        "metadata_modified": "Metadata last updated",
        "version": "Version",
        "rows": "Rows",
        "quality": "Quality level",
        "license": "License",
        "openness": "Openness",
        "legal_basis": "Legal basis for limits",
        "publisher": "Publisher",
        "contact": "Contact",
        "temporal": "Temporal coverage",
        "theme": "Theme",
        "policy": "Policy area",
        "service": "Service category",
        "keywords": "Keywords",
        "apis": "APIs and metadata",
        "rows_api": "Rows API (JSON)",
        "ckan_api": "CKAN package_show",
        "dcat": "DCAT catalog (Turtle)",
        "none": "None",
        "datasets_in": "{scheme}: {value}",
        "footer": "Data in open formats; metadata via DCAT-AP, DCAT-US and a CKAN-compatible API.",
        "unknown": "Not given",
        "colon": ": ",
    },
}

FREQUENCY: dict[str, tuple[str, str]] = {
    name: (f.label_zh, f.label_en) for name, f in FREQUENCIES.items()
}

OPENNESS: dict[str, tuple[str, str]] = {
    "open": ("開放", "Open"),
    "restricted": ("限制性開放", "Restricted"),
    "closed": ("不開放", "Closed"),
}

QUALITY: dict[str, tuple[str, str]] = {
    "bronze": ("銅標章", "Bronze"),
    "silver": ("銀標章", "Silver"),
    "gold": ("金標章", "Gold"),
    "platinum": ("白金標章", "Platinum"),
}

LICENSE: dict[str, tuple[str, str, str]] = {
    "ogdl-tw-1.0": (
        "政府資料開放授權條款－第1版",
        "Open Government Data License, version 1.0",
        "https://data.gov.tw/license",
    ),
    "cc-by-4.0": (
        "創用 CC 姓名標示 4.0",
        "CC BY 4.0",
        "https://creativecommons.org/licenses/by/4.0/",
    ),
    "cc0-1.0": (
        "CC0 1.0 公眾領域貢獻宣告",
        "CC0 1.0",
        "https://creativecommons.org/publicdomain/zero/1.0/",
    ),
}

# data.gov.tw 服務分類 (categoryService) labels, shared with the catalog exports.
SERVICE: dict[str, tuple[str, str]] = SERVICE_CATEGORIES


def pick(pair: tuple[str, ...], lang: str) -> str:
    """The zh-TW (first) or en (second) item of a label pair."""
    return pair[1] if lang == "en" else pair[0]


def label(table: dict[str, tuple[str, ...]], key: str | None, lang: str) -> str:
    """A coded value's label in `lang`, or the code itself when the table does not know it."""
    if key is None:
        return UI[lang]["unknown"]
    return pick(table[key], lang) if key in table else key


def other(lang: str) -> str:
    return "en" if lang == "zh-TW" else "zh-TW"
