"""Build the static bilingual portal into `OUT/portal/`.

Layout (every link relative, so it works from the catalog server or any static host):

    portal/index.html                  language choice (redirects to zh-TW)
    portal/search-index.json           normalized text per dataset, for the live search
    portal/static/portal.css
    portal/<lang>/index.html           all datasets + search form
    portal/<lang>/browse.html          the three classification schemes with counts
    portal/<lang>/<scheme>/<slug>.html datasets of one theme / policy area / service category
    portal/<lang>/datasets/<id>.html   one page per dataset

Files are replaced atomically one by one; pages this build did not produce are removed from the
folders the portal owns, but other files in `portal/` (e.g. cadence.html, written by the cadence
report) are left alone.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from catalog.model import Catalog, CatalogDataset
from catalog.portal import i18n
from catalog.portal.render import (
    SCHEMES,
    base_context,
    categories_of,
    category_label,
    category_slug,
    render,
    render_dataset,
    render_list,
)
from catalog.portal.search import search_index

STATIC = Path(__file__).parent / "static"
OWNED_DIRS = ("datasets", *SCHEMES)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(text)
    os.chmod(temp, 0o644)
    os.replace(temp, path)


def _groups(catalog: Catalog, scheme: str) -> dict[str, list[CatalogDataset]]:
    groups: dict[str, list[CatalogDataset]] = {}
    for dataset in catalog.datasets:
        groups.setdefault(categories_of(dataset)[scheme], []).append(dataset)
    return dict(sorted(groups.items()))


def _build_language(catalog: Catalog, portal: Path, lang: str) -> set[Path]:
    """Write one language's pages; return the paths written."""
    t = i18n.UI[lang]
    base = portal / lang
    written: dict[Path, str] = {}
    written[base / "index.html"] = render_list(
        catalog, lang, catalog.datasets, template="index.html", page="index.html", root="../"
    )
    schemes = []
    for scheme in SCHEMES:
        categories = []
        for value, members in _groups(catalog, scheme).items():
            slug = category_slug(scheme, value)
            label = category_label(scheme, value, lang)
            categories.append(
                {"href": f"{scheme}/{slug}.html", "label": label, "count": len(members)}
            )
            written[base / scheme / f"{slug}.html"] = render_list(
                catalog,
                lang,
                members,
                template="category.html",
                page=f"{scheme}/{slug}.html",
                root="../../",
                heading=t["datasets_in"].format(scheme=t[scheme], value=label),
            )
        schemes.append({"key": scheme, "title": t[scheme], "categories": categories})
    written[base / "browse.html"] = render(
        "browse.html",
        **base_context(catalog, lang, "../", "browse.html"),
        schemes=schemes,
    )
    for dataset in catalog.datasets:
        written[base / "datasets" / f"{dataset.id}.html"] = render_dataset(catalog, dataset, lang)
    for path, text in written.items():
        _write(path, text)
    return set(written)


def _remove_stale(portal: Path, written: set[Path]) -> None:
    for lang in i18n.LANGS:
        for folder in OWNED_DIRS:
            directory = portal / lang / folder
            if not directory.is_dir():
                continue
            for path in directory.glob("*.html"):
                if path not in written:
                    path.unlink()


def _home_title(catalog: Catalog) -> str:
    return f"{catalog.agency.name.zh_tw} {i18n.UI['zh-TW']['site_title']}"


def build_portal(catalog: Catalog, out_dir: Path) -> Path:
    """Write the portal for `catalog` into `out_dir/portal/`; return that folder."""
    portal = out_dir / "portal"
    portal.mkdir(parents=True, exist_ok=True)
    written: set[Path] = set()
    for lang in i18n.LANGS:
        written |= _build_language(catalog, portal, lang)
    _write(
        portal / "search-index.json",
        json.dumps(search_index(catalog), ensure_ascii=False, separators=(",", ":")),
    )
    _write(
        portal / "index.html",
        render("redirect.html", title=_home_title(catalog)),
    )
    (portal / "static").mkdir(exist_ok=True)
    for asset in STATIC.iterdir():
        if asset.is_file():
            shutil.copyfile(asset, portal / "static" / asset.name)
    _remove_stale(portal, written)
    return portal
