"""The catalog server, over HTTP against a real uvicorn server and fabricated releases."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import ckanapi
import httpx
import pytest
import yaml
from rdflib import RDF, Graph, Namespace, URIRef

from catalog.model import load_catalog
from catalog.portal import build_portal
from catalog.server import create_app
from catalog.server.live import running
from catalog.testing import SAMPLE_ROWS, SAMPLE_SPECS, sample_project, write_fake_release
from pipelines.spec.project import Project, load_project

HYDRA = Namespace("http://www.w3.org/ns/hydra/core#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
PAGE_SIZE = 2
EXTRA = 4  # copies of the factory spec, so paging spans several pages
BASE_TIME = datetime(2026, 1, 1, tzinfo=UTC)


def _project(tmp: Path) -> tuple[Project, Path]:
    """The sample project plus EXTRA factory-like datasets, each released at a different time."""
    project = sample_project(tmp)
    for n in range(EXTRA):
        data = json.loads(json.dumps(SAMPLE_SPECS["factory-registrations"]))
        data["id"] = f"factory-copy-{n}"
        data["title"] = {"zh-TW": f"工廠登記副本{n}", "en": f"Factory copy {n}"}
        data["keywords"] = ["副本"]
        (project.root / "assets" / f"{data['id']}.yaml").write_text(
            yaml.safe_dump(data, allow_unicode=True), encoding="utf-8"
        )
    project = load_project(project.root)
    out = project.default_output
    for index, spec in enumerate(sorted(project.specs, key=lambda s: s.id)):
        rows = SAMPLE_ROWS.get(spec.id, SAMPLE_ROWS["factory-registrations"])
        write_fake_release(out, spec, rows, when=BASE_TIME + timedelta(days=index))
    build_portal(load_catalog(project, out), out)
    return project, out


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    project, out = _project(tmp_path_factory.mktemp("server"))
    app = create_app(project.root, out, page_size=PAGE_SIZE)
    with running(app) as url, httpx.Client(base_url=url, timeout=10) as client:
        yield {"url": url, "client": client, "project": project, "out": out}


def _ids(project: Project) -> set[str]:
    return {s.id for s in project.specs}


def _manifest(out: Path, dataset_id: str) -> dict[str, Any]:
    path = out / "datasets" / dataset_id / "current" / "manifest.json"
    return json.loads(path.read_text(encoding="utf-8"))


# --- CKAN Action API -----------------------------------------------------------------------------


def test_package_list_and_show_by_name_and_by_id(site: dict[str, Any]) -> None:
    client = site["client"]
    listed = client.get("/api/3/action/package_list").json()
    assert listed["success"] is True
    assert sorted(listed["result"]) == sorted(_ids(site["project"]))
    by_name = client.get("/api/3/action/package_show", params={"id": "factory-registrations"})
    package = by_name.json()["result"]
    by_id = client.get("/api/action/package_show", params={"id": package["id"]}).json()["result"]
    assert by_id == package
    assert "help" in by_name.json()


def test_package_dict_matches_the_manifest(site: dict[str, Any]) -> None:
    result = site["client"].get(
        "/api/3/action/package_show", params={"id": "factory-registrations"}
    )
    package = result.json()["result"]
    manifest = _manifest(site["out"], "factory-registrations")
    modified = manifest["metadata_changed"].removesuffix("Z")
    assert package["metadata_modified"].startswith(modified)
    assert package["license_id"] == "ogdl-tw-1.0"
    assert package["title"] == "工廠登記清冊"
    assert {t["name"] for t in package["tags"]} == {"工廠", "登記"}
    assert package["organization"]["name"]
    resources = {r["format"]: r for r in package["resources"]}
    for item in manifest["files"]:
        resource = resources[item["format"].upper()]
        assert resource["size"] == item["bytes"]
        assert resource["hash"] == f"sha256:{item['sha256']}"
        assert resource["mimetype"] == item["media_type"]
        assert resource["url"].endswith(f"/v{manifest['version']}/{item['path']}")
    extras = {e["key"]: e["value"] for e in package["extras"]}
    assert extras["update_frequency"] == "monthly"
    assert extras["quality_level"] == "gold"


def test_unknown_dataset_is_a_ckan_not_found_error(site: dict[str, Any]) -> None:
    for prefix in ("/api/3/action", "/api/action"):
        response = site["client"].get(f"{prefix}/package_show", params={"id": "no-such"})
        assert response.status_code == 404
        body = response.json()
        assert body["success"] is False
        assert body["error"]["__type"] == "Not Found Error"
        assert body["error"]["message"]
    with pytest.raises(ckanapi.NotFound):
        ckanapi.RemoteCKAN(site["url"]).action.package_show(id="no-such")


def test_bad_parameters_are_validation_errors(site: dict[str, Any]) -> None:
    client = site["client"]
    for params in ({"rows": "many"}, {"start": "-1"}, {"sort": "password desc"}, {"fq": "x:y"}):
        response = client.get("/api/3/action/package_search", params=params)
        assert response.status_code == 400, params
        error = response.json()["error"]
        assert error["__type"] == "Validation Error"
        assert error["message"]
    with pytest.raises(ckanapi.ValidationError):
        ckanapi.RemoteCKAN(site["url"]).action.package_search(sort="nonsense asc")
    unknown = client.get("/api/3/action/package_create")
    assert unknown.status_code == 400
    assert unknown.json()["success"] is False


@pytest.mark.parametrize("sort", ["metadata_modified desc", "name asc", "title_string asc"])
def test_ckanapi_paging_collects_each_dataset_exactly_once(site: dict[str, Any], sort: str) -> None:
    remote = ckanapi.RemoteCKAN(site["url"])
    seen: list[str] = []
    start = 0
    while True:
        page = remote.action.package_search(q="*:*", rows=2, start=start, sort=sort)
        if not page["results"]:
            break
        seen += [p["name"] for p in page["results"]]
        start += len(page["results"])
    assert page["count"] == len(_ids(site["project"]))
    assert sorted(seen) == sorted(_ids(site["project"]))
    assert len(seen) == len(set(seen))
    if sort == "metadata_modified desc":
        times = [_manifest(site["out"], name)["metadata_changed"] for name in seen]
        assert times == sorted(times, reverse=True)
    if sort == "name asc":
        assert seen == sorted(seen)


def test_package_search_filters_and_chinese_text(site: dict[str, Any]) -> None:
    remote = ckanapi.RemoteCKAN(site["url"])
    names = lambda result: {p["name"] for p in result["results"]}  # noqa: E731
    factory = remote.action.package_search(q="工廠", rows=100)
    assert "factory-registrations" in names(factory)
    assert "industrial-parks" not in names(factory)
    tagged = remote.action.package_search(fq='tags:"工業區"')
    assert names(tagged) == {"industrial-parks"}
    parquet = remote.action.package_search(fq="res_format:PARQUET", rows=100)
    assert "service-applications" not in names(parquet)  # csv + json only
    assert "factory-registrations" in names(parquet)
    org = remote.action.package_show(id="industrial-parks")["organization"]["name"]
    by_org = remote.action.package_search(fq=f"organization:{org}", rows=100)
    assert names(by_org) == {"industrial-parks"}
    capped = remote.action.package_search(rows=5000)
    assert len(capped["results"]) == capped["count"]  # rows above 1000 is capped, not an error


def test_post_json_and_form_bodies(site: dict[str, Any]) -> None:
    client = site["client"]
    posted = client.post("/api/3/action/package_search", json={"q": "工業區", "rows": 5})
    assert posted.status_code == 200
    assert [p["name"] for p in posted.json()["result"]["results"]] == ["industrial-parks"]
    form = client.post("/api/action/package_show", data={"id": "industrial-parks"})
    assert form.json()["result"]["name"] == "industrial-parks"
    broken = client.post(
        "/api/3/action/package_search",
        content=b"{not json",
        headers={"content-type": "application/json"},
    )
    assert broken.status_code == 400
    assert broken.json()["success"] is False


def test_post_body_size_is_limited(site: dict[str, Any]) -> None:
    big = {"q": "x" * (70 * 1024)}
    response = site["client"].post("/api/3/action/package_search", json=big)
    assert response.status_code == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit must still hold
        for _ in range(80):
            yield b" " * 1024

    streamed = site["client"].post("/api/3/action/package_search", content=chunks())
    assert streamed.status_code == 413


def test_everything_is_read_only(site: dict[str, Any]) -> None:
    client = site["client"]
    for method, path in [
        ("PUT", "/api/3/action/package_show"),
        ("DELETE", "/datasets/factory-registrations/current/manifest.json"),
        ("POST", "/catalog.ttl"),
        ("PATCH", "/zh-TW/index.html"),
        ("POST", "/api/rows/factory-registrations"),
    ]:
        response = client.request(method, path)
        assert response.status_code == 405, (method, path)
        assert "GET" in response.headers["allow"]


def test_organization_list_and_status(site: dict[str, Any]) -> None:
    client = site["client"]
    names = client.get("/api/3/action/organization_list").json()["result"]
    full = client.get("/api/3/action/organization_list", params={"all_fields": "true"})
    orgs = full.json()["result"]
    assert [o["name"] for o in orgs] == names
    assert sum(o["package_count"] for o in orgs) == len(_ids(site["project"]))
    status = client.get("/api/3/action/status_show").json()["result"]
    assert status["ckan_version"].startswith("2.")


# --- DCAT -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("suffix", "fmt"), [("ttl", "turtle"), ("jsonld", "json-ld"), ("rdf", "xml")]
)
def test_hydra_paging_collects_each_dataset_once(
    site: dict[str, Any], suffix: str, fmt: str
) -> None:
    url: str | None = f"{site['url']}/catalog.{suffix}"
    seen: list[str] = []
    pages = 0
    while url:
        response = site["client"].get(url)
        assert response.status_code == 200
        graph = Graph().parse(data=response.content, format=fmt)
        datasets = list(graph.subjects(RDF.type, DCAT.Dataset))
        assert len(datasets) <= PAGE_SIZE
        seen += [str(d) for d in datasets]
        collections = list(graph.subjects(RDF.type, HYDRA.PagedCollection))
        assert len(collections) == 1
        total = int(graph.value(collections[0], HYDRA.totalItems))
        following = graph.value(collections[0], HYDRA.next)
        url = str(following) if following else None
        pages += 1
        assert pages < 20
    expected = len(_ids(site["project"]))
    assert total == expected
    assert len(seen) == expected == len(set(seen))
    assert pages == -(-expected // PAGE_SIZE)


def test_modified_since_filters_the_catalog(site: dict[str, Any]) -> None:
    client = site["client"]
    since = (BASE_TIME + timedelta(days=5)).strftime("%Y-%m-%dT%H:%M:%SZ")
    response = client.get("/catalog.ttl", params={"modified_since": since})
    graph = Graph().parse(data=response.content, format="turtle")
    datasets = set(graph.subjects(RDF.type, DCAT.Dataset))
    expected = {
        d.uri
        for d in load_catalog(site["project"], site["out"]).datasets
        if d.metadata_modified >= since
    }
    assert expected and len(expected) < len(_ids(site["project"]))
    assert {str(d) for d in datasets} == expected
    next_link = graph.value(next(iter(graph.subjects(RDF.type, HYDRA.PagedCollection))), HYDRA.next)
    if next_link:
        assert "modified_since" in str(next_link)
    assert client.get("/catalog.ttl", params={"modified_since": "yesterday"}).status_code == 400
    assert client.get("/catalog.ttl", params={"page": "0"}).status_code == 400
    assert client.get("/catalog.ttl", params={"page": "99"}).status_code == 404
    data = client.get("/data.json", params={"modified_since": since}).json()
    assert {d["identifier"] for d in data["dataset"]} == expected


def test_data_json_lists_every_dataset(site: dict[str, Any]) -> None:
    data = site["client"].get("/data.json").json()
    assert data["conformsTo"] == "https://project-open-data.cio.gov/v1.1/schema"
    assert len(data["dataset"]) == len(_ids(site["project"]))


# --- rows API ---------------------------------------------------------------------------------


def test_rows_filter_sort_and_paging(site: dict[str, Any]) -> None:
    client = site["client"]
    everything = client.get("/api/rows/factory-registrations").json()
    assert everything["total"] == len(SAMPLE_ROWS["factory-registrations"])
    by_city = client.get("/api/rows/factory-registrations", params={"city": "高雄市"}).json()
    assert [r["factory_id"] for r in by_city["rows"]] == ["F0003"]
    sorted_rows = client.get(
        "/api/rows/factory-registrations", params={"_sort": "-employees"}
    ).json()["rows"]
    employees = [r["employees"] for r in sorted_rows]
    assert employees == sorted(employees, reverse=True)
    first = client.get(
        "/api/rows/factory-registrations", params={"limit": 2, "_sort": "factory_id"}
    ).json()
    assert len(first["rows"]) == 2
    following = client.get(first["next"]).json()
    assert [r["factory_id"] for r in following["rows"]] == ["F0003"]
    assert following["next"] is None
    dated = client.get("/api/rows/factory-registrations", params={"registered_on": "2024-06-30"})
    assert [r["factory_id"] for r in dated.json()["rows"]] == ["F0002"]
    both = client.get(
        "/api/rows/factory-registrations", params=[("city", "臺北市"), ("city", "新竹縣")]
    ).json()
    assert both["total"] == 2


def test_rows_limit_is_capped(site: dict[str, Any]) -> None:
    body = site["client"].get("/api/rows/factory-registrations", params={"limit": 100000}).json()
    assert body["limit"] == 1000


@pytest.mark.parametrize(
    "params",
    [
        {"city; DROP TABLE x": "a"},
        {'city" OR 1=1 --': "a"},
        {"_sort": "employees; SELECT 1"},
        {"_sort": 'city" DESC, (SELECT 1) --'},
        {"employees": "1 OR 1=1"},
        {"registered_on": "2024-13-45"},
        {"limit": "10; --"},
        {"offset": "-5"},
    ],
)
def test_rows_rejects_bad_names_and_values(site: dict[str, Any], params: dict[str, str]) -> None:
    response = site["client"].get("/api/rows/factory-registrations", params=params)
    assert response.status_code == 400
    assert response.json()["error"]["__type"] == "Validation Error"


def test_rows_values_are_bound_not_spliced(site: dict[str, Any]) -> None:
    for value in ("' OR '1'='1", "高雄市' --", "x'); DROP TABLE t; --"):
        response = site["client"].get("/api/rows/factory-registrations", params={"city": value})
        assert response.status_code == 200
        assert response.json()["total"] == 0


def test_rows_unknown_or_parquetless_dataset_is_not_found(site: dict[str, Any]) -> None:
    client = site["client"]
    assert client.get("/api/rows/no-such").status_code == 404
    missing = client.get("/api/rows/service-applications")  # published as csv + json only
    assert missing.status_code == 404
    assert missing.json()["error"]["__type"] == "Not Found Error"


def test_openapi_document(site: dict[str, Any]) -> None:
    document = site["client"].get("/openapi.json").json()
    assert document["openapi"].startswith("3.")
    path = document["paths"]["/api/rows/factory-registrations"]["get"]
    assert {"city", "employees", "limit", "_sort"} <= {p["name"] for p in path["parameters"]}
    assert "/api/3/action/package_search" in document["paths"]


# --- files -----------------------------------------------------------------------------------


def test_release_files_are_served_with_media_types(site: dict[str, Any]) -> None:
    client = site["client"]
    manifest = _manifest(site["out"], "factory-registrations")
    for item in manifest["files"]:
        for version in ("current", f"v{manifest['version']}"):
            response = client.get(f"/datasets/factory-registrations/{version}/{item['path']}")
            assert response.status_code == 200
            assert response.headers["content-type"].split(";")[0] == item["media_type"]
            assert len(response.content) == item["bytes"]
    immutable = client.get(f"/datasets/factory-registrations/v{manifest['version']}/manifest.json")
    assert "immutable" in immutable.headers["cache-control"]
    assert client.head("/datasets/factory-registrations/current/manifest.json").status_code == 200


def test_only_release_files_are_reachable(site: dict[str, Any]) -> None:
    out: Path = site["out"]
    (out / ".work" / "factory-registrations").mkdir(parents=True, exist_ok=True)
    (out / ".work" / "factory-registrations" / "stage.csv").write_text("secret")
    staging = out / "datasets" / "factory-registrations" / ".staging-abc"
    staging.mkdir(exist_ok=True)
    (staging / "x.csv").write_text("half written")
    client = site["client"]
    for path in [
        "/.work/factory-registrations/stage.csv",
        "/datasets/../.work/factory-registrations/stage.csv",
        "/datasets/%2e%2e/.work/factory-registrations/stage.csv",
        "/datasets/factory-registrations/.staging-abc/x.csv",
        "/release-log.jsonl",
        "/datasets/factory-registrations/current",
    ]:
        response = client.get(path)
        assert response.status_code == 404, path
        assert b"secret" not in response.content and b"half written" not in response.content


def test_dataset_uri_redirects_to_its_page(site: dict[str, Any]) -> None:
    client = site["client"]
    response = client.get("/datasets/industrial-parks", headers={"accept-language": "en-US"})
    assert response.status_code == 303
    assert response.headers["location"].endswith("/en/datasets/industrial-parks.html")
    assert client.get(response.headers["location"]).status_code == 200


# --- reload ----------------------------------------------------------------------------------


def test_a_new_release_is_picked_up_without_restart(tmp_path: Path) -> None:
    project = sample_project(tmp_path)
    out = project.default_output
    spec = project.spec("industrial-parks")
    write_fake_release(out, spec, SAMPLE_ROWS["industrial-parks"], version=1)
    with running(create_app(project.root, out)) as url, httpx.Client(base_url=url) as client:
        show = lambda: client.get("/api/3/action/package_show?id=industrial-parks")  # noqa: E731
        assert show().json()["result"]["version"] == "1"
        assert client.get("/api/3/action/package_list").json()["result"] == ["industrial-parks"]
        rows = [
            *SAMPLE_ROWS["industrial-parks"],
            {"park": "新園區", "city": "臺南市", "area_ha": 1.0},
        ]
        later = datetime(2026, 12, 1, tzinfo=UTC)
        write_fake_release(out, spec, rows, version=2, when=later)
        package = show().json()["result"]
        assert package["version"] == "2"
        assert package["metadata_modified"].startswith("2026-12-01T00:00:00")
        rows_api = client.get("/api/rows/industrial-parks").json()
        assert rows_api["total"] == 3
        assert URIRef(package["extras"][0]["value"])  # the stable URI is still there
