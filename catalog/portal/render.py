"""Page rendering shared by the static build and the server's /search page.

Views are plain dicts of display-ready strings so templates hold no logic beyond loops; the
Jinja environment autoescapes everything (titles and descriptions come from steward YAML).
Every link in a page is relative (`root` climbs back to the portal root), so the built portal
works under any URL prefix, from the catalog server or from any static host.
"""

from __future__ import annotations

import csv
import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pyarrow.parquet as pq
from jinja2 import Environment, FileSystemLoader, select_autoescape

from catalog.model import Catalog, CatalogDataset
from catalog.portal import i18n

TEMPLATES = Path(__file__).parent / "templates"
PREVIEW_ROWS = 20
SCHEMES = ("theme", "policy", "service")


@cache
def environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def human_size(size: int, lang: str) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


def display_time(value: str | None) -> str:
    """`2026-11-27T05:50:00Z` -> `2026-11-27 05:50 UTC` (readable, still unambiguous)."""
    if not value:
        return ""
    return value.replace("T", " ")[:16] + " UTC" if "T" in value else value


def category_slug(scheme: str, value: str) -> str:
    """A file-name-safe slug: service codes as they are, free-text categories hashed."""
    if scheme == "service":
        return value
    return hashlib.sha1(value.encode("utf-8")).hexdigest()[:10]


def category_label(scheme: str, value: str, lang: str) -> str:
    if scheme == "service":
        return f"{value} {i18n.label(i18n.SERVICE, value, lang)}"
    return value


def categories_of(dataset: CatalogDataset) -> dict[str, str]:
    c = dataset.spec.categories
    return {"theme": c.theme, "policy": c.policy, "service": c.service}


def _parquet_preview(path: Path) -> tuple[list[str], list[list[Any]]]:
    """The first rows of a Parquet file, reading only the first batch."""
    file = pq.ParquetFile(path)
    names = file.schema_arrow.names
    for batch in file.iter_batches(batch_size=PREVIEW_ROWS):
        return names, [[row[n] for n in names] for row in batch.to_pylist()]
    return names, []


def _preview(dataset: CatalogDataset) -> tuple[list[str], list[list[Any]]]:
    """First rows from the Parquet file, else the CSV (a csv-only dataset still gets a preview)."""
    parquet = dataset.distribution("parquet")
    if parquet and parquet.file.is_file():
        return _parquet_preview(parquet.file)
    data = dataset.distribution("csv")
    if data and data.file.is_file():
        with data.file.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader, [])
            rows = [row for _, row in zip(range(PREVIEW_ROWS), reader, strict=False)]
        return header, rows
    data = dataset.distribution("json")
    if data and data.file.is_file():
        records = json.loads(data.file.read_text(encoding="utf-8"))[:PREVIEW_ROWS]
        header = list(records[0]) if records else []
        return header, [[r.get(h) for h in header] for r in records]
    return [], []


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def summary_view(dataset: CatalogDataset, lang: str) -> dict[str, Any]:
    """What a list entry shows."""
    spec = dataset.spec
    return {
        "id": dataset.id,
        "href": f"datasets/{dataset.id}.html",
        "title": spec.title.get(lang),
        "description": spec.description.get(lang),
        "frequency": i18n.label(i18n.FREQUENCY, spec.update_frequency, lang),
        "last_update": display_time(dataset.data_modified),
        "formats": [d.format.upper() for d in dataset.distributions],
        "keywords": list(spec.keywords),
    }


def dataset_view(catalog: Catalog, dataset: CatalogDataset, lang: str) -> dict[str, Any]:
    """Everything the dataset page shows, display-ready."""
    spec = dataset.spec
    header, rows = _preview(dataset)
    license_zh, license_en, license_url = i18n.LICENSE.get(
        spec.license, (spec.license, spec.license, "")
    )
    temporal = dataset.temporal
    return {
        **summary_view(dataset, lang),
        "columns": [
            {"name": f.name, "type": f.type, "description": f.description.get(lang)}
            for f in dataset.fields
        ],
        "withheld": [
            {"name": str(w.get("name", "")), "reason": str(w.get("reason", ""))}
            for w in dataset.manifest.get("withheld", [])
            if isinstance(w, dict)
        ],
        "preview_header": header,
        "preview_rows": [[_cell(v) for v in row] for row in rows],
        "downloads": [
            {
                "format": d.format.upper(),
                "url": d.download_url,
                "file": d.path,
                "size": human_size(d.bytes, lang),
                "bytes": d.bytes,
                "sha256": d.sha256,
                "media_type": d.media_type,
            }
            for d in dataset.distributions
        ],
        "version": dataset.version,
        "rows": f"{dataset.rows:,}",
        "metadata_modified": display_time(dataset.metadata_modified),
        "quality": i18n.label(i18n.QUALITY, dataset.quality_level, lang)
        if dataset.quality_level
        else i18n.UI[lang]["unknown"],
        "license": license_en if lang == "en" else license_zh,
        "license_url": license_url,
        "openness": i18n.label(i18n.OPENNESS, spec.openness.level, lang),
        "legal_basis": spec.openness.legal_basis,
        "publisher": f"{catalog.agency.name.get(lang)} {spec.publisher.unit}",
        "contact": spec.publisher.contact.email,
        "temporal": f"{temporal.start or ''} – {temporal.end or ''}" if temporal else "",
        "categories": [
            {
                "scheme": i18n.UI[lang][scheme],
                "label": category_label(scheme, value, lang),
                "href": f"{scheme}/{category_slug(scheme, value)}.html",
            }
            for scheme, value in categories_of(dataset).items()
        ],
    }


def base_context(catalog: Catalog, lang: str, root: str, page: str) -> dict[str, Any]:
    """Context every page needs: wording, language switch target, relative root."""
    return {
        "lang": lang,
        "other_lang": i18n.other(lang),
        "t": i18n.UI[lang],
        "root": root,
        "page": page,  # path of this page inside the language folder, for the language switch
        "agency": catalog.agency.name.get(lang),
        "count_template": i18n.UI[lang]["results_count"],
    }


def render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)


def render_list(
    catalog: Catalog,
    lang: str,
    datasets: list[CatalogDataset],
    *,
    template: str,
    page: str,
    root: str,
    **extra: Any,
) -> str:
    return render(
        template,
        **base_context(catalog, lang, root, page),
        datasets=[summary_view(d, lang) for d in datasets],
        count_text=i18n.UI[lang]["results_count"].format(n=len(datasets)),
        **extra,
    )


def render_search(catalog: Catalog, lang: str, query: str, found: list[CatalogDataset]) -> str:
    """The server-side (no JavaScript) search results page, at `<lang>/search`."""
    page = f"search?q={quote(query)}" if query else "search"
    return render_list(
        catalog, lang, found, template="search.html", page=page, root="../", query=query
    )


def render_dataset(catalog: Catalog, dataset: CatalogDataset, lang: str) -> str:
    view = dataset_view(catalog, dataset, lang)
    return render(
        "dataset.html",
        **base_context(catalog, lang, "../../", f"datasets/{dataset.id}.html"),
        d=view,
        preview_heading=i18n.UI[lang]["preview"].format(n=len(view["preview_rows"])),
    )
