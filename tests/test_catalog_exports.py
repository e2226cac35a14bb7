"""The catalog model and its exports, checked against the published standards.

The standards live in ../shared/standards (relative to the project root); the conformance tests
are skipped, not faked, when they are missing.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

from catalog.exports import (
    catalog_package,
    data_json,
    datagovtw_datasets,
    datapackage_for,
    dcat_ap_graph,
    write_exports,
)
from catalog.exports.vocab import LICENSES
from catalog.model import RELEASE_LOG, load_catalog
from catalog.testing import SAMPLE_ROWS, publish_sample, sample_project, write_fake_release
from pipelines.spec.project import Project

ROOT = Path(__file__).resolve().parents[1]
STANDARDS = ROOT.parent / "shared" / "standards"
DCAT_AP = STANDARDS / "dcat-ap-3.0.1"
DCAT_US = STANDARDS / "dcat-us-1.1"
FRICTIONLESS = STANDARDS / "frictionless-2.0"
needs_standards = pytest.mark.skipif(not STANDARDS.is_dir(), reason="no ../shared/standards")
# Plain namespaces: pytest probes module globals, and rdflib's closed ones warn on unknown names.
DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
SH = Namespace("http://www.w3.org/ns/shacl#")
LATER = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, Path]:
    """The sample project with v1 of every dataset (read-only for the tests using it)."""
    project = sample_project(tmp_path_factory.mktemp("catalog"))
    return project, publish_sample(project)


@pytest.fixture(scope="module")
def catalog(published: tuple[Project, Path]):
    project, out = published
    return load_catalog(project, out)


# --- the model ----------------------------------------------------------------------------------


def test_only_released_and_unretired_datasets_are_in_the_catalog(tmp_path: Path) -> None:
    project = sample_project(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    assert load_catalog(project, out).datasets == []
    write_fake_release(out, project.spec("industrial-parks"), SAMPLE_ROWS["industrial-parks"])
    assert [d.id for d in load_catalog(project, out).datasets] == ["industrial-parks"]

    retired = project.spec("industrial-parks").model_copy(update={"status": "retired"})
    project = Project(project.root, project.config, (retired,))
    assert load_catalog(project, out).datasets == []


def test_history_versions_and_stable_uris(tmp_path: Path) -> None:
    project = sample_project(tmp_path)
    out = publish_sample(project)
    spec = project.spec("factory-registrations")
    before = load_catalog(project, out).dataset(spec.id)
    rows = [*SAMPLE_ROWS[spec.id][:2]]
    write_fake_release(out, spec, rows, version=2, when=LATER)
    # A torn last line (crash while appending) must not hide the releases before it.
    with (out / RELEASE_LOG).open("a", encoding="utf-8") as log:
        log.write('{"dataset": "factory-regis')
    after = load_catalog(project, out).dataset(spec.id)

    assert [r.version for r in after.history] == [1, 2]
    assert after.version == 2 and after.rows == 2
    assert after.release_dir.name == "v2"
    assert after.issued == before.issued  # first publication does not move
    assert after.uri == before.uri == project.config.url(f"datasets/{spec.id}")
    assert [d.uri for d in after.distributions] == [d.uri for d in before.distributions]
    csv_download = after.distribution("csv").download_url
    assert csv_download == project.config.url(f"datasets/{spec.id}/v2/{spec.id}.csv")
    assert csv_download != before.distribution("csv").download_url


def test_metadata_only_release_keeps_data_modified(tmp_path: Path) -> None:
    project = sample_project(tmp_path)
    out = publish_sample(project)
    spec = project.spec("industrial-parks")
    edited = spec.model_copy(update={"keywords": ["工業區", "產業園區"]})
    write_fake_release(out, edited, SAMPLE_ROWS[spec.id], version=2, when=LATER)
    dataset = load_catalog(project, out).dataset(spec.id)
    assert dataset.metadata_modified == "2026-12-01T03:00:00Z"
    assert dataset.data_modified == "2026-11-27T05:50:00Z"
    assert data_json(load_catalog(project, out))["dataset"][0]["modified"] == (
        dataset.data_modified
    )


# --- DCAT-AP ------------------------------------------------------------------------------------


def _shapes(*names: str) -> Graph:
    graph = Graph()
    for name in names:
        graph.parse(DCAT_AP / name)
    return graph


def _shacl(data: Graph, shapes: Graph) -> list[str]:
    import pyshacl

    _, report, _ = pyshacl.validate(data, shacl_graph=shapes)
    return [
        f"{report.value(r, SH.focusNode)} {report.value(r, SH.resultPath)}: "
        f"{report.value(r, SH.resultMessage)}"
        for r in report.subjects(RDF.type, SH.ValidationResult)
    ]


@needs_standards
def test_dcat_ap_conforms_to_mandatory_and_recommended_shapes(catalog) -> None:
    graph = dcat_ap_graph(catalog)
    assert _shacl(graph, _shapes("shapes.ttl", "range.ttl")) == []
    assert _shacl(graph, _shapes("shapes_recommended.ttl")) == []


@needs_standards
def test_shacl_check_catches_broken_graphs(catalog) -> None:
    """The conformance test above is only worth something if the shapes do bite."""
    graph = dcat_ap_graph(catalog)
    licence = URIRef(LICENSES["cc0-1.0"].uri)
    graph.remove((licence, RDF.type, None))
    dataset = URIRef(catalog.dataset("industrial-parks").uri)
    graph.remove((dataset, DCTERMS.temporal, None))
    assert any("license" in r for r in _shacl(graph, _shapes("shapes.ttl", "range.ttl")))
    assert any("temporal" in r for r in _shacl(graph, _shapes("shapes_recommended.ttl")))


def test_dcat_ap_content_maps_the_spec(catalog) -> None:
    graph = dcat_ap_graph(catalog)
    factories = URIRef(catalog.dataset("factory-registrations").uri)
    applications = URIRef(catalog.dataset("service-applications").uri)
    eu = "http://publications.europa.eu/resource/authority/"

    assert (factories, DCTERMS.accrualPeriodicity, URIRef(f"{eu}frequency/MONTHLY")) in graph
    assert (applications, DCTERMS.accrualPeriodicity, URIRef(f"{eu}frequency/QUARTERLY")) in graph
    assert (applications, DCTERMS.accessRights, URIRef(f"{eu}access-right/RESTRICTED")) in graph
    assert (factories, DCTERMS.title, Literal("Factory registrations", lang="en")) in graph
    assert (factories, DCTERMS.title, Literal("工廠登記清冊", lang="zh-TW")) in graph
    period = graph.value(factories, DCTERMS.temporal)
    assert str(graph.value(period, DCAT.startDate)) == "2023-01-05"
    assert str(graph.value(period, DCAT.endDate)) == "2025-12-01"
    for distribution in graph.objects(factories, DCAT.distribution):
        assert graph.value(distribution, DCTERMS.license) == URIRef("https://data.gov.tw/license")
    csv_dist = catalog.dataset("factory-registrations").distribution("csv")
    node = URIRef(csv_dist.uri)
    assert graph.value(node, DCAT.byteSize).toPython() == csv_dist.file.stat().st_size
    assert str(graph.value(node, DCAT.downloadURL)) == csv_dist.download_url
    legal = catalog.dataset("service-applications").spec.openness.legal_basis
    rights = {str(graph.value(r, URIRef("http://www.w3.org/2000/01/rdf-schema#label")))
              for d in graph.objects(applications, DCAT.distribution)
              for r in graph.objects(d, DCTERMS.rights)}  # fmt: skip
    assert rights == {legal}


def test_exports_are_written_deterministically_and_agree(tmp_path: Path) -> None:
    project = sample_project(tmp_path)
    out = publish_sample(project)
    catalog = load_catalog(project, out)
    paths = write_exports(catalog, out)
    first = {p: p.read_bytes() for p in paths}
    assert {p.name for p in paths} >= {"catalog.ttl", "catalog.jsonld", "catalog.rdf", "data.json"}
    assert write_exports(catalog, out) == paths
    assert {p: p.read_bytes() for p in paths} == first

    graphs = [Graph().parse(out / "catalog" / name) for name in ("catalog.ttl", "catalog.rdf")]
    graphs.append(Graph().parse(out / "catalog" / "catalog.jsonld", format="json-ld"))
    assert all(isomorphic(graphs[0], g) for g in graphs[1:])

    # rdflib's own RDF/XML and JSON-LD output vary with hash seeds; ours must not.
    script = (
        "import sys; from pathlib import Path; from catalog.model import load_catalog;"
        "from catalog.exports import write_exports; from pipelines.spec.project import"
        " load_project; write_exports(load_catalog(load_project(Path(sys.argv[1])),"
        " Path(sys.argv[2])), Path(sys.argv[2]))"
    )
    env = dict(os.environ, PYTHONHASHSEED="4242")
    subprocess.run(
        [sys.executable, "-c", script, str(project.root), str(out)], env=env, check=True, cwd=ROOT
    )
    assert {p: p.read_bytes() for p in paths} == first


def test_retired_dataset_loses_its_datagovtw_record(tmp_path: Path) -> None:
    project = sample_project(tmp_path)
    out = publish_sample(project)
    write_exports(load_catalog(project, out), out)
    assert (out / "catalog" / "datagovtw" / "industrial-parks.json").exists()
    specs = tuple(
        s.model_copy(update={"status": "retired"}) if s.id == "industrial-parks" else s
        for s in project.specs
    )
    write_exports(load_catalog(Project(project.root, project.config, specs), out), out)
    assert not (out / "catalog" / "datagovtw" / "industrial-parks.json").exists()
    assert (out / "catalog" / "datagovtw" / "factory-registrations.json").exists()


# --- DCAT-US ------------------------------------------------------------------------------------


def _validators():
    from jsonschema import Draft4Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4

    resources = []
    paths = [*(DCAT_US / "schema").glob("*.json")]
    paths += (DCAT_US / "harvester-non-federal").glob("*.json")
    for path in paths:
        schema = json.loads(path.read_text(encoding="utf-8"))
        resources.append((schema["id"].rstrip("#"), Resource.from_contents(schema, DRAFT4)))
    registry = Registry().with_resources(resources)

    def validator(relative: str) -> Draft4Validator:
        schema = json.loads((DCAT_US / relative).read_text(encoding="utf-8"))
        return Draft4Validator(schema, registry=registry)

    return (
        validator("schema/catalog.json"),
        validator("schema/dataset.json"),
        validator("harvester-non-federal/dataset-non-federal.json"),
    )


def _errors(validator, document) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]


@needs_standards
def test_data_json_validates_catalog_and_every_dataset(catalog) -> None:
    catalog_schema, federal, non_federal = _validators()
    document = data_json(catalog)
    assert document["conformsTo"] == "https://project-open-data.cio.gov/v1.1/schema"
    assert _errors(catalog_schema, document) == []
    assert len(document["dataset"]) == 3
    for entry in document["dataset"]:
        assert _errors(federal, entry) == []
        assert _errors(non_federal, entry) == []
    broken = dict(document["dataset"][0], accrualPeriodicity="monthly")
    assert _errors(non_federal, broken)  # the validators do reject bad entries


def test_data_json_maps_access_and_frequency(catalog) -> None:
    entries = {e["landingPage"].rsplit("/", 1)[-1]: e for e in data_json(catalog)["dataset"]}
    restricted = entries["service-applications"]
    assert restricted["accessLevel"] == "restricted public"
    assert "個人資料保護法第20條" in restricted["rights"]
    assert restricted["accrualPeriodicity"] == "R/P3M"
    assert restricted["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert entries["factory-registrations"]["accessLevel"] == "public"
    assert "rights" not in entries["factory-registrations"]
    assert entries["factory-registrations"]["accrualPeriodicity"] == "R/P1M"
    assert entries["industrial-parks"]["accrualPeriodicity"] == "irregular"
    assert entries["factory-registrations"]["temporal"] == "2023-01-05/2025-12-01"


# --- Frictionless -------------------------------------------------------------------------------


def _profile_errors(document: dict) -> list[str]:
    from jsonschema import Draft7Validator

    errors = []
    package_schema = json.loads((FRICTIONLESS / "datapackage.json").read_text(encoding="utf-8"))
    errors += [e.message for e in Draft7Validator(package_schema).iter_errors(document)]
    resource_schema = json.loads((FRICTIONLESS / "dataresource.json").read_text(encoding="utf-8"))
    for resource in document["resources"]:
        errors += [e.message for e in Draft7Validator(resource_schema).iter_errors(resource)]
    return errors


@needs_standards
def test_release_datapackage_passes_frictionless_validate(tmp_path: Path) -> None:
    project = sample_project(tmp_path)
    out = publish_sample(project)
    dataset = load_catalog(project, out).dataset("factory-registrations")
    package = datapackage_for(dataset.spec, dataset.manifest)
    assert _profile_errors(package) == []
    assert {r["format"] for r in package["resources"]} == {"csv", "json"}
    descriptor = dataset.release_dir / "datapackage.json"
    descriptor.write_text(json.dumps(package, ensure_ascii=False), encoding="utf-8")

    # The engine behind `frictionless validate` (the CLI adds seconds of start-up on a busy box).
    import frictionless

    report = frictionless.validate(str(descriptor))
    assert report.valid, report.flatten(["taskName", "rowNumber", "fieldName", "type", "note"])
    assert [task.name for task in report.tasks] == [r["name"] for r in package["resources"]]

    # Corrupt one byte of the CSV: frictionless must notice through the declared hash.
    data = bytearray(dataset.distribution("csv").file.read_bytes())
    data[-3] = ord("9") if data[-3] != ord("9") else ord("8")
    dataset.distribution("csv").file.write_bytes(bytes(data))
    assert not frictionless.validate(str(descriptor)).valid


@needs_standards
def test_catalog_package_matches_the_profile(catalog) -> None:
    package = catalog_package(catalog)
    assert _profile_errors(package) == []
    hashes = {r["path"]: r["hash"] for r in package["resources"]}
    for dataset in catalog.datasets:
        for d in dataset.distributions:
            assert hashes[d.download_url] == f"sha256:{d.sha256}"


# --- data.gov.tw --------------------------------------------------------------------------------

DATAGOVTW_REQUIRED = [
    "title", "description", "categoryService", "categoryTheme", "updateFrequency", "license",
    "cost", "publisherOID", "publisherContactName", "publisherContactPhone",
    "publisherContactEmail", "keyword", "coverageStartedDate", "coverageEndedDate",
]  # fmt: skip
RESOURCE_REQUIRED = [
    "resourceField", "resourceFormat", "resourceCharacterEncoding", "resourceDownloadUrl",
    "resourceDescription",
]  # fmt: skip


def test_datagovtw_fields_and_resource_field_equals_csv_header(catalog) -> None:
    records = datagovtw_datasets(catalog)
    assert set(records) == {d.id for d in catalog.datasets}
    for dataset in catalog.datasets:
        record = records[dataset.id]
        missing = [k for k in DATAGOVTW_REQUIRED if record.get(k) in (None, "", [], {})]
        assert missing == [], dataset.id
        assert record["publisherOID"] == catalog.agency.oid
        with dataset.distribution("csv").file.open(encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        assert len(record["distribution"]) == len(dataset.distributions)
        for resource in record["distribution"]:
            assert [k for k in RESOURCE_REQUIRED if not resource.get(k)] == []
            assert resource["resourceField"].split(",") == header
    applications = records["service-applications"]
    assert "applicant_name" not in applications["distribution"][0]["resourceField"]
    assert applications["updateFrequency"] == {
        "regularupdate": "1", "Frequency": "3", "unittime": "月"
    }  # fmt: skip
    assert records["factory-registrations"]["license"] == "1"  # OGDL v1 on data.gov.tw
    assert applications["coverageStartedDate"] == "2025-01-03"


# --- against the real publisher -----------------------------------------------------------------


@needs_standards
def test_catalog_reads_the_real_publishers_release(tmp_path: Path) -> None:
    """The fake releases above follow the contract; this checks the real publisher does too."""
    import frictionless

    from catalog.testing import arrow_table, manifest_fields

    publish = pytest.importorskip("pipelines.publish")
    project = sample_project(tmp_path)
    out = tmp_path / "public"
    spec = project.spec("service-applications")
    table = arrow_table(spec, SAMPLE_ROWS[spec.id])

    def decorate(staging: Path, manifest: dict) -> None:
        from pipelines.publish.release import file_sha256

        package = staging / "datapackage.json"
        package.write_text(json.dumps(datapackage_for(spec, manifest)), encoding="utf-8")
        manifest["metadata_files"] = [
            {"path": package.name, "bytes": package.stat().st_size, "sha256": file_sha256(package)}
        ]

    publish.publish_release(
        spec, out, table.schema, [table], fields=manifest_fields(spec),
        source_fingerprint="sha256:test", temporal_column="received_date", decorate=decorate,
    )  # fmt: skip
    catalog = load_catalog(project, out)
    dataset = catalog.dataset(spec.id)
    assert dataset.temporal is not None and dataset.temporal.start == "2025-01-03"
    assert [d.format for d in dataset.distributions] == ["csv", "json"]

    report = frictionless.validate(str(dataset.release_dir / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    with dataset.distribution("csv").file.open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    record = datagovtw_datasets(catalog)[spec.id]
    assert {r["resourceField"] for r in record["distribution"]} == {",".join(header)}
    _, federal, non_federal = _validators()
    entry = data_json(catalog)["dataset"][0]
    assert _errors(federal, entry) == [] and _errors(non_federal, entry) == []
    assert _shacl(dcat_ap_graph(catalog), _shapes("shapes.ttl", "range.ttl")) == []
