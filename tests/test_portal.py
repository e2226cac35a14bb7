"""The static bilingual portal: content, search (with and without JavaScript), accessibility."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import httpx
import pytest

from catalog.model import Catalog, load_catalog
from catalog.portal import build_portal, search
from catalog.server import create_app
from catalog.server.live import running
from catalog.testing import SAMPLE_ROWS, publish_sample, sample_project, write_fake_release
from pipelines.spec.model import LocalizedText


class Page(HTMLParser):
    """Just enough structure of a page to check what matters for users and assistive tech."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.html = html
        self.lang: str | None = None
        self.headings: list[int] = []
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.labels_for: set[str] = set()
        self.inputs: list[dict[str, str | None]] = []
        self.landmarks: list[str] = []
        self.th_without_scope = 0
        self.th_count = 0
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if a.get("id"):
            self.ids.add(str(a["id"]))
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.headings.append(int(tag[1]))
        if tag == "a" and a.get("href"):
            self.links.append(str(a["href"]))
        if tag == "label" and a.get("for"):
            self.labels_for.add(str(a["for"]))
        if tag == "input":
            self.inputs.append(a)
        if tag in ("header", "nav", "main", "footer"):
            self.landmarks.append(tag)
        if tag == "th":
            self.th_count += 1
            if a.get("scope") not in ("col", "row"):
                self.th_without_scope += 1

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    @property
    def all_text(self) -> str:
        return "".join(self.text)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    project = sample_project(tmp_path_factory.mktemp("portal"))
    out = publish_sample(project)
    catalog = load_catalog(project, out)
    portal = build_portal(catalog, out)
    return {"project": project, "out": out, "catalog": catalog, "portal": portal}


@pytest.fixture(scope="module")
def server(built: dict[str, Any]) -> Iterator[httpx.Client]:
    app = create_app(built["project"].root, built["out"])
    with running(app) as url, httpx.Client(base_url=url, timeout=10) as client:
        yield client


def _page(portal: Path, relative: str) -> Page:
    return Page((portal / relative).read_text(encoding="utf-8"))


def _pages(portal: Path) -> list[Path]:
    return [p for lang in ("zh-TW", "en") for p in sorted((portal / lang).rglob("*.html"))]


def test_every_page_is_accessible_in_structure(built: dict[str, Any]) -> None:
    pages = _pages(built["portal"])
    assert len(pages) >= 2 * (2 + len(built["catalog"].datasets))
    for path in pages:
        page = Page(path.read_text(encoding="utf-8"))
        lang = path.relative_to(built["portal"]).parts[0]
        assert page.lang == lang, path
        assert page.headings.count(1) == 1, path
        steps = [b - a for a, b in zip(page.headings, page.headings[1:], strict=False)]
        assert all(step <= 1 for step in steps), (path, page.headings)  # no skipped levels
        assert {"header", "nav", "main", "footer"} <= set(page.landmarks), path
        assert page.links[0] == "#main" and "main" in page.ids, path  # skip link first
        assert page.th_without_scope == 0, path
        for field in page.inputs:
            if field.get("type") not in ("hidden", "submit"):
                assert field.get("id") in page.labels_for, (path, field)
        assert "../cadence.html" in page.links or "../../cadence.html" in page.links, path


def test_relative_links_resolve_to_built_files(built: dict[str, Any]) -> None:
    portal: Path = built["portal"]
    for path in _pages(portal):
        for link in Page(path.read_text(encoding="utf-8")).links:
            if link.startswith(("#", "http", "mailto:")) or "cadence.html" in link:
                continue
            target = link.split("#")[0].split("?")[0]
            if target.endswith("search") or "/api/" in f"/{target}" or target.endswith(".ttl"):
                continue  # served by the catalog server, not static files
            resolved = (path.parent / target).resolve()
            assert resolved.is_file(), (path, link)


def test_dataset_page_shows_what_a_reuser_needs(built: dict[str, Any]) -> None:
    out: Path = built["out"]
    manifest = json.loads(
        (out / "datasets/factory-registrations/current/manifest.json").read_text(encoding="utf-8")
    )
    zh = _page(built["portal"], "zh-TW/datasets/factory-registrations.html")
    en = _page(built["portal"], "en/datasets/factory-registrations.html")
    assert "工廠登記清冊" in zh.all_text and "Factory registrations" in en.all_text
    assert "依工廠管理輔導法登記" in zh.all_text
    for item in manifest["files"]:
        assert item["sha256"] in zh.html
        assert f'value="{item["bytes"]}"' in zh.html
    for field in manifest["schema"]["fields"]:
        assert field["name"] in zh.all_text
        assert field["description"]["zh-TW"] in zh.all_text
        assert field["description"]["en"] in en.all_text
    for row in SAMPLE_ROWS["factory-registrations"]:  # preview rows
        assert row["name"] in zh.all_text
    assert "每月" in zh.all_text and "Monthly" in en.all_text
    assert "金標章" in zh.all_text and "Gold" in en.all_text
    assert "政府資料開放授權條款" in zh.all_text
    assert "2026-11-27 05:50 UTC" in zh.all_text


def test_preview_is_capped_at_twenty_rows(tmp_path: Path) -> None:
    project = sample_project(tmp_path)
    out = project.default_output
    rows = [{"park": f"園區{n}", "city": "臺北市", "area_ha": float(n)} for n in range(30)]
    write_fake_release(out, project.spec("industrial-parks"), rows)
    portal = build_portal(load_catalog(project, out), out)
    html = (portal / "zh-TW/datasets/industrial-parks.html").read_text(encoding="utf-8")
    assert "園區19<" in html and "園區20<" not in html


def test_withheld_columns_are_named_without_values(built: dict[str, Any]) -> None:
    page = _page(built["portal"], "zh-TW/datasets/service-applications.html")
    assert "applicant_name" in page.all_text  # the column is listed as withheld


def test_search_matches_chinese_substrings_and_column_descriptions(built: dict[str, Any]) -> None:
    catalog: Catalog = built["catalog"]
    ids = lambda found: [d.id for d in found]  # noqa: E731
    assert ids(search(catalog, "工廠")) == ["factory-registrations"]
    assert ids(search(catalog, "員工人數")) == ["factory-registrations"]  # a column description
    assert ids(search(catalog, "ＦＡＣＴＯＲＹ")) == ["factory-registrations"]  # full-width, case
    assert ids(search(catalog, "工業區 面積")) == ["industrial-parks"]  # every word must match
    assert ids(search(catalog, "工廠 面積")) == []
    assert len(search(catalog, "")) == len(catalog.datasets)


def test_search_index_agrees_with_server_search(built: dict[str, Any]) -> None:
    index = json.loads((built["portal"] / "search-index.json").read_text(encoding="utf-8"))
    assert {e["id"] for e in index} == {d.id for d in built["catalog"].datasets}
    hits = {e["id"] for e in index if "工廠" in e["text"]}
    assert hits == {d.id for d in search(built["catalog"], "工廠")}


def test_no_javascript_search_is_rendered_by_the_server(server: httpx.Client) -> None:
    response = server.get("/zh-TW/search", params={"q": "工廠"})
    assert response.status_code == 200
    page = Page(response.text)
    assert page.lang == "zh-TW"
    assert "../zh-TW/datasets/factory-registrations.html" in page.links
    assert not any("industrial-parks" in link for link in page.links)
    assert 'value="工廠"' in response.text  # the query stays in the box
    english = Page(server.get("/en/search", params={"q": "parks"}).text)
    assert "../en/datasets/industrial-parks.html" in english.links
    assert server.get("/fr/search", params={"q": "x"}).status_code == 404


def test_portal_is_served_at_the_root(server: httpx.Client) -> None:
    home = server.get("/", headers={"accept-language": "en"}, follow_redirects=True)
    assert home.status_code == 200 and Page(home.text).lang == "en"
    assert server.get("/zh-TW/").status_code == 200
    css = server.get("/static/portal.css")
    assert css.status_code == 200 and ":focus-visible" in css.text


def test_browse_pages_group_by_each_scheme(built: dict[str, Any]) -> None:
    portal: Path = built["portal"]
    browse = _page(portal, "zh-TW/browse.html")
    for scheme in ("theme", "policy", "service"):
        links = [link for link in browse.links if link.startswith(f"{scheme}/")]
        assert links, scheme
        listed: set[str] = set()
        for link in links:
            page = _page(portal, f"zh-TW/{link}")
            listed |= {
                link.rsplit("/", 1)[-1].removesuffix(".html")
                for link in page.links
                if "/datasets/" in link
            }
        assert listed == {d.id for d in built["catalog"].datasets}, scheme
    assert "公共資訊" in browse.all_text  # service code I00 shown with its label


def test_text_from_specs_is_escaped(tmp_path: Path) -> None:
    project = sample_project(tmp_path)
    out = publish_sample(project)
    catalog = load_catalog(project, out)
    dataset = catalog.datasets[0]
    hostile = LocalizedText.model_validate({"zh-TW": "<script>alert(1)</script>", "en": "<b>x"})
    spec = dataset.spec.model_copy(update={"title": hostile, "description": hostile})
    catalog = dataclasses.replace(catalog, datasets=[dataclasses.replace(dataset, spec=spec)])
    portal = build_portal(catalog, out)
    for page in (portal / "zh-TW/index.html", portal / f"en/datasets/{dataset.id}.html"):
        html = page.read_text(encoding="utf-8")
        assert "<script>alert(1)" not in html and "<b>x" not in html
        assert "&lt;script&gt;alert(1)" in html or "&lt;b&gt;x" in html


def test_rebuild_removes_stale_pages_and_keeps_other_files(tmp_path: Path) -> None:
    project = sample_project(tmp_path)
    out = publish_sample(project)
    catalog = load_catalog(project, out)
    portal = build_portal(catalog, out)
    (portal / "cadence.html").write_text("<p>cadence</p>", encoding="utf-8")
    kept = [d for d in catalog.datasets if d.id != "industrial-parks"]
    build_portal(dataclasses.replace(catalog, datasets=kept), out)
    assert not (portal / "zh-TW/datasets/industrial-parks.html").exists()
    assert (portal / "zh-TW/datasets/factory-registrations.html").exists()
    assert (portal / "cadence.html").read_text(encoding="utf-8") == "<p>cadence</p>"
    assert not list(portal.rglob(".tmp-*"))
