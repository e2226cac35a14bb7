"""The whole product on the sample agency, as a user runs it: `opendata sample build`, then
`opendata publish` through Dagster, twice; a publication killed midway; a project outside the
repository."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipelines.cli import main
from pipelines.publish import current_manifest, read_release_log
from pipelines.spec import load_project
from tests.test_catalog_exports import _errors, _shacl, _shapes, _validators, needs_standards

REPO = Path(__file__).resolve().parent.parent
OPENDATA = Path(sys.executable).parent / "opendata"
DEMO_KEY = "test-key-not-secret"
MIN_DIRECT_LENGTH = 4  # shorter values (e.g. a 2-character name) are checked by the leak guard


def run_cli(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path, str]]:
    """The sample agency, built and published once for the tests of this module."""
    project = tmp_path_factory.mktemp("agency")
    for name in ("assets", "expectations"):
        shutil.copytree(REPO / name, project / name)
    shutil.copy(REPO / "opendata.yaml", project / "opendata.yaml")
    saved = {k: os.environ.get(k) for k in ("DAGSTER_HOME", "OPENDATA_PSEUDONYM_KEY")}
    os.environ.pop("DAGSTER_HOME", None)
    os.environ["OPENDATA_PSEUDONYM_KEY"] = DEMO_KEY
    run_cli("sample", "build", "--project", str(project))
    output = run_cli("publish", "--project", str(project))
    yield project, project / "public", output
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_approved_dataset_is_released_in_three_formats(published) -> None:  # type: ignore[no-untyped-def]
    project_dir, out, output = published
    project = load_project(project_dir)
    for spec in project.approved:
        assert spec.id in output
        manifest = current_manifest(out, spec.id)
        assert manifest is not None, spec.id
        release = out / "datasets" / spec.id / "current"
        assert {f["format"] for f in manifest["files"]} == set(spec.formats)
        for entry in [*manifest["files"], *manifest.get("metadata_files", [])]:
            assert sha256(release / entry["path"]) == entry["sha256"], entry["path"]
            assert (release / entry["path"]).stat().st_size == entry["bytes"]
        assert manifest["rows"] > 0
    for spec in project.specs:
        if not spec.is_published:
            assert not (out / "datasets" / spec.id).exists(), f"draft {spec.id} was published"


def test_runs_are_recorded_in_the_projects_dagster_instance(published) -> None:  # type: ignore[no-untyped-def]
    project_dir, _, _ = published
    import dagster as dg

    instance = dg.DagsterInstance.from_config(str(project_dir / ".dagster"))
    runs = instance.get_runs()
    assert len(runs) >= len(load_project(project_dir).approved)
    assert {run.job_name for run in runs} >= {"publish_service_applications", "publish_petitions"}


def _direct_values(project_dir: Path) -> dict[str, set[str]]:
    """Every value of every `pii: direct` column in the SQL sources."""
    project = load_project(project_dir)
    values: dict[str, set[str]] = {}
    database = sqlite3.connect(project_dir / "data" / "idb.sqlite")
    for spec in project.approved:
        if spec.source.kind != "sql" or not spec.source.table:
            continue
        for column in spec.columns:
            if column.pii != "direct":
                continue
            name = column.source_name or column.name
            rows = database.execute(f'select "{name}" from "{spec.source.table}"').fetchall()
            values[f"{spec.id}.{column.name}"] = {
                str(v) for (v,) in rows if v is not None and len(str(v)) >= MIN_DIRECT_LENGTH
            }
    return values


def _public_by_law(project_dir: Path, out: Path) -> set[str]:
    """Values of published `public_basis` columns (a factory's 負責人 may share a petitioner's
    name: the same name published lawfully elsewhere is no leak)."""
    values: set[str] = set()
    for spec in load_project(project_dir).approved:
        public = [c.name for c in spec.columns if c.public_basis]
        if public:
            path = out / "datasets" / spec.id / "current" / f"{spec.id}.csv"
            with open(path, encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle):
                    values.update(row[name] for name in public if row[name])
    return values


def test_no_direct_identifier_appears_anywhere_in_the_output(published) -> None:  # type: ignore[no-untyped-def]
    project_dir, out, _ = published
    public = _public_by_law(project_dir, out)
    direct = {k: v - public for k, v in _direct_values(project_dir).items()}
    assert sum(len(v) for v in direct.values()) > 1000  # the check has something to find
    texts = [
        path.read_text(encoding="utf-8", errors="ignore")
        for path in out.rglob("*")
        if path.is_file() and ".work" not in path.parts and path.suffix != ".parquet"
    ]
    blob = "\n".join(texts)
    for column, values in direct.items():
        leaked = sum(1 for value in values if value in blob)
        assert leaked == 0, f"{leaked} values of {column} appear in the output"


def test_names_the_writers_give_in_free_text_are_redacted(published) -> None:  # type: ignore[no-untyped-def]
    """Survey comments name their writers (我是王小明，請回電) and no column holds those names:
    only the text scanner can find them."""
    import regex

    _, out, _ = published
    path = out / "datasets" / "satisfaction-survey" / "current" / "satisfaction-survey.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        comments = [row["comment"] for row in csv.DictReader(handle) if row["comment"]]
    introduced = [c for c in comments if "我是" in c]
    assert len(introduced) > 10  # the check has something to find
    assert not [c for c in introduced if regex.search(r"我是\p{Han}{2,4}[，。]", c)]
    assert all("我是〔姓名〕" in c for c in introduced)


@needs_standards
def test_sample_catalog_conforms_to_the_standards(published) -> None:  # type: ignore[no-untyped-def]
    """The exports written by the real publication, checked as a harvester would."""
    import frictionless
    from rdflib import Graph

    project_dir, out, _ = published
    approved = {spec.id for spec in load_project(project_dir).approved}
    graph = Graph().parse(out / "catalog" / "catalog.ttl")
    assert _shacl(graph, _shapes("shapes.ttl", "range.ttl")) == []
    assert _shacl(graph, _shapes("shapes_recommended.ttl")) == []
    catalog_schema, federal, non_federal = _validators()
    document = json.loads((out / "catalog" / "data.json").read_text(encoding="utf-8"))
    assert _errors(catalog_schema, document) == []
    assert len(document["dataset"]) == len(approved)
    for entry in document["dataset"]:
        assert _errors(federal, entry) == [] and _errors(non_federal, entry) == []
    for dataset in approved:
        report = frictionless.validate(
            str(out / "datasets" / dataset / "current" / "datapackage.json")
        )
        assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5]
        record = json.loads((out / "catalog" / "datagovtw" / f"{dataset}.json").read_text("utf-8"))
        header = (
            (out / "datasets" / dataset / "current" / f"{dataset}.csv")
            .open(encoding="utf-8")
            .readline()
            .strip()
            .replace('"', "")
        )
        assert record["distribution"][0]["resourceField"].replace(" ", "") in (
            header,
            header.replace(",", "、"),
        )


def test_sample_releases_reach_the_top_quality_level(published) -> None:  # type: ignore[no-untyped-def]
    project_dir, out, _ = published
    for spec in load_project(project_dir).approved:
        assert current_manifest(out, spec.id)["quality"]["level"] == "platinum", spec.id


def test_cadence_of_the_sample_now_and_three_months_later(published) -> None:  # type: ignore[no-untyped-def]
    project_dir, _, _ = published
    project = load_project(project_dir)
    frequencies = {spec.id: spec.update_frequency for spec in project.approved}
    now = json.loads(run_cli("cadence", "--project", str(project_dir), "--format", "json"))[
        "datasets"
    ]
    assert {row["id"]: row["status"] for row in now} == dict.fromkeys(frequencies, "up-to-date")
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(days=92)).date().isoformat()
    rows = json.loads(
        run_cli("cadence", "--project", str(project_dir), "--as-of", later, "--format", "json")
    )["datasets"]
    assert rows and {
        "id",
        "update_frequency",
        "status",
        "last_updated",
        "next_due",
        "on_time_rate",
    } <= set(rows[0])
    for row in rows:
        if frequencies[row["id"]] in ("monthly", "weekly"):
            assert row["status"] in ("overdue", "delinquent"), row
        if frequencies[row["id"]] == "yearly":
            assert row["status"] == "up-to-date", row
    assert "yearly" in frequencies.values() and "monthly" in frequencies.values()


def test_self_evaluation_report_of_the_sample(published, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pandas as pd

    project_dir, _, _ = published
    half = "H1" if dt.date.today().month <= 6 else "H2"
    period = f"{dt.date.today().year}{half}"
    written = run_cli(
        "report", "--project", str(project_dir), "--period", period, "--dest", str(tmp_path)
    )
    paths = [Path(line) for line in written.split()]
    html = next(p for p in paths if p.suffix == ".html").read_text(encoding="utf-8")
    assert "service-applications" in html or "工業局申辦案件" in html
    sheets = pd.read_excel(
        next(p for p in paths if p.suffix == ".ods"), engine="odf", sheet_name=None
    )
    assert sheets and any(len(frame) for frame in sheets.values())


def test_second_run_without_changes_makes_no_new_version(published) -> None:  # type: ignore[no-untyped-def]
    project_dir, out, _ = published
    before = {e["dataset"]: e["version"] for e in read_release_log(out)}
    changed = {d: current_manifest(out, d)["data_changed"] for d in before}
    output = run_cli("publish", "--project", str(project_dir))
    assert "unchanged" in output and "published" not in output.split("Publication")[-1]
    after = read_release_log(out)
    assert {e["dataset"]: e["version"] for e in after} == before
    assert len(after) == len(before)
    assert {d: current_manifest(out, d)["data_changed"] for d in before} == changed


def test_publication_killed_midway_leaves_previous_release(published, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    project_dir, out, _ = published
    dataset = "service-applications"
    before = current_manifest(out, dataset)
    assert before is not None
    # Change the source so that the run really writes a new release, then kill it while it does.
    database = sqlite3.connect(project_dir / "data" / "idb.sqlite")
    database.execute("update service_applications set processing_days = processing_days + 1")
    database.commit()
    folder = out / "datasets" / dataset
    env = {**os.environ, "DAGSTER_HOME": str(project_dir / ".dagster")}
    process = subprocess.Popen(
        [str(OPENDATA), "publish", dataset, "--project", str(project_dir)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 240
    try:
        while time.monotonic() < deadline and not list(folder.glob(".staging-*")):
            assert process.poll() is None, "the run ended before it was interrupted"
            time.sleep(0.005)
        assert list(folder.glob(".staging-*")), "the run never reached the release stage"
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    after = current_manifest(out, dataset)
    assert after == before
    current = out / "datasets" / dataset / "current"
    for entry in after["files"]:
        assert sha256(current / entry["path"]) == entry["sha256"]
    # The next run cleans up and publishes the change as the next version.
    run_cli("publish", dataset, "--project", str(project_dir))
    assert current_manifest(out, dataset)["version"] == before["version"] + 1
    assert not list(folder.glob(".staging-*"))


def test_project_outside_the_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A steward's own spec and CSV, anywhere on disk, publish with --project."""
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster-home"))
    (tmp_path / "dagster-home").mkdir()
    (tmp_path / "assets").mkdir()
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "parks.csv").write_text(
        "園區,開發日期,面積,聯絡人\n"
        '彰濱工業區,078/01/15,"3,643",陳大文\n'
        '雲林科技工業區,1000630,"1,000",林美玲\n',
        encoding="cp950",
    )
    (tmp_path / "assets" / "parks.yaml").write_text(
        """
id: parks
status: approved
title: {zh-TW: 工業區, en: Industrial parks}
description: 工業區清單
publisher: {unit: 工業區組, contact: {name: 承辦人, email: parks@example.gov.tw}}
source: {kind: csv, path: data/parks.csv, encoding: auto}
primary_key: [park]
columns:
  - {name: park, source_name: 園區, description: 園區名稱, required: true}
  - {name: developed, source_name: 開發日期, type: date, format: roc, description: 開發日期}
  - {name: area, source_name: 面積, type: number, description: 面積（公頃）}
  - {name: contact, source_name: 聯絡人, description: 聯絡人, pii: direct}
update_frequency: yearly
categories: {theme: 經濟, policy: 產業, service: I00}
""",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    output = run_cli("publish", "--project", str(tmp_path), "--out", str(out))
    assert "parks" in output
    release = out / "datasets" / "parks" / "current"
    csv_text = (release / "parks.csv").read_text(encoding="utf-8")
    assert csv_text.splitlines()[0] == '"park","developed","area"'
    assert "1989-01-15" in csv_text and "2011-06-30" in csv_text and "3643" in csv_text
    assert "陳大文" not in csv_text and "林美玲" not in csv_text
    manifest = json.loads((release / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["withheld"][0]["name"] == "contact"


def test_dagster_definitions_validate(tmp_path: Path) -> None:
    dagster = Path(sys.executable).parent / "dagster"
    result = subprocess.run(
        [str(dagster), "definitions", "validate", "-w", "workspace.yaml"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "DAGSTER_HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
