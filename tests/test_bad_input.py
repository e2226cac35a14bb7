"""Sources broken on purpose: each fails only its own dataset, with a message naming the cause,
and leaves that dataset's previous release current while the other datasets still publish."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipelines.cli import main
from pipelines.publish import current_manifest
from pipelines.runner import DatasetRun, ensure_instance, publish_datasets
from pipelines.spec import load_project

HEADER = "編號,區域,數量,日期"
STATUSES = ["北區", "中區", "南區"]

SITES_SPEC = """
id: sites
status: approved
title: {zh-TW: 場址, en: Sites}
description: 場址清單
publisher: {unit: 資訊室, contact: {name: 承辦人, email: it@example.gov.tw}}
source: {kind: csv, path: data/sites.csv, encoding: auto}
primary_key: [site_id]
columns:
  - {name: site_id, source_name: 編號, description: 編號, required: true}
  - {name: region, source_name: 區域, description: 區域}
  - {name: amount, source_name: 數量, type: integer, description: 數量}
  - {name: day, source_name: 日期, type: date, format: roc, description: 日期}
update_frequency: monthly
categories: {theme: 一般, policy: 一般, service: I00}
"""

VISITS_SPEC = """
id: visits
status: approved
title: {zh-TW: 參訪, en: Visits}
description: 參訪紀錄
publisher: {unit: 資訊室, contact: {name: 承辦人, email: it@example.gov.tw}}
source: {kind: sql, url: "sqlite:///data/visits.sqlite", table: visits}
primary_key: [visit_id]
columns:
  - {name: visit_id, description: 編號, required: true}
  - {name: visitors, type: integer, description: 人數}
update_frequency: weekly
categories: {theme: 一般, policy: 一般, service: I00}
"""

SITES_SUITE = {
    "name": "sites",
    "expectations": [
        {
            "type": "expect_column_values_to_be_in_set",
            "kwargs": {"column": "region", "value_set": STATUSES},
            "meta": {"severity": "critical"},
        },
        {
            "type": "expect_column_values_to_be_between",
            "kwargs": {"column": "amount", "min_value": 0, "max_value": 10_000},
            "meta": {"severity": "warning"},
        },
    ],
}


def site_rows(n: int = 60) -> list[str]:
    return [f"S{i:03d},{STATUSES[i % 3]},{i * 10},113/{i % 12 + 1:02d}/01" for i in range(n)]


def write_sites(project: Path, lines: list[str], *, header: str = HEADER) -> None:
    (project / "data" / "sites.csv").write_bytes(
        ("\r\n".join([header, *lines]) + "\r\n").encode("cp950")
    )


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    for folder in ("assets", "expectations", "data"):
        (tmp_path / folder).mkdir()
    (tmp_path / "assets" / "sites.yaml").write_text(SITES_SPEC, encoding="utf-8")
    (tmp_path / "assets" / "visits.yaml").write_text(VISITS_SPEC, encoding="utf-8")
    (tmp_path / "expectations" / "sites.json").write_text(json.dumps(SITES_SUITE))
    write_sites(tmp_path, site_rows())
    database = sqlite3.connect(tmp_path / "data" / "visits.sqlite")
    database.execute("create table visits (visit_id text, visitors integer)")
    database.executemany("insert into visits values (?, ?)", [(f"V{i}", i) for i in range(20)])
    database.commit()
    runs = publish(tmp_path)
    assert [r.state for r in runs] == ["published", "published"], runs
    return tmp_path


def publish(project: Path, *only: str) -> list[DatasetRun]:
    loaded = load_project(project)
    specs = [loaded.spec(i) for i in only] if only else list(loaded.approved)
    return publish_datasets(loaded, project / "public", specs, instance=ensure_instance(project))


def break_and_publish(project: Path, damage: Callable[[Path], None]) -> DatasetRun:
    before = current_manifest(project / "public", "sites")
    damage(project)
    (run,) = publish(project, "sites")
    assert not run.ok
    assert current_manifest(project / "public", "sites") == before  # the last good release stays
    return run


def test_broken_dataset_fails_alone_and_cli_exits_non_zero(project: Path) -> None:
    rows = site_rows()
    rows[5] = rows[4]  # a duplicate key
    write_sites(project, rows)
    database = sqlite3.connect(project / "data" / "visits.sqlite")
    database.execute("insert into visits values ('V99', 99)")
    database.commit()
    result = CliRunner().invoke(main, ["publish", "--project", str(project)])
    assert result.exit_code == 1
    assert "sites: blocked: expectations failed" in result.output
    assert "expect_column_values_to_be_unique(site_id): 1 unexpected" in result.output
    assert current_manifest(project / "public", "visits")["version"] == 2  # the other one published
    assert current_manifest(project / "public", "sites")["version"] == 1


def test_null_in_required_column(project: Path) -> None:
    rows = site_rows()
    rows[3] = "," + rows[3].split(",", 1)[1]
    run = break_and_publish(project, lambda p: write_sites(p, rows))
    assert run.state == "blocked"
    assert "expect_column_values_to_not_be_null(site_id): 1 unexpected" in run.message


def test_value_outside_its_set_names_the_value_of_a_public_column(project: Path) -> None:
    rows = site_rows()
    rows[7] = rows[7].replace("中區", "東區")
    run = break_and_publish(project, lambda p: write_sites(p, rows))
    assert "expect_column_values_to_be_in_set(region): 1 unexpected" in run.message
    assert "e.g. 東區" in run.message  # region holds no personal data, so the value is shown


def test_big5_file_with_a_bad_byte(project: Path) -> None:
    def damage(p: Path) -> None:
        write_sites(p, site_rows())
        data = bytearray((p / "data" / "sites.csv").read_bytes())
        offset = data.index("S010".encode("cp950"))
        data[offset : offset + 2] = b"\xff\xff"  # no Big5 character starts with 0xFF
        (p / "data" / "sites.csv").write_bytes(bytes(data))

    run = break_and_publish(project, damage)
    assert run.state == "failed"
    assert "sites.csv: line 12" in run.message and "cp950" in run.message


def test_extra_column_is_schema_drift(project: Path) -> None:
    lines = [row + ",x" for row in site_rows()]
    run = break_and_publish(project, lambda p: write_sites(p, lines, header=HEADER + ",備註"))
    assert run.state == "failed"
    assert "schema drift" in run.message and "備註" in run.message


def test_truncated_row_above_the_reject_threshold(project: Path) -> None:
    rows = site_rows()
    rows[20] = "S020,北區"  # cut short
    run = break_and_publish(project, lambda p: write_sites(p, rows))
    assert run.state == "failed"
    assert "1 of 60 rows rejected" in run.message and "line 22" in run.message


def test_retyped_column_is_schema_drift(project: Path) -> None:
    rows = [",".join([*row.split(",")[:2], "很多", row.split(",")[3]]) for row in site_rows()]
    run = break_and_publish(project, lambda p: write_sites(p, rows))
    assert run.state == "failed"
    assert "no longer of the declared type: amount" in run.message


def test_emptied_source_keeps_the_release(project: Path) -> None:
    def empty(p: Path) -> None:
        database = sqlite3.connect(p / "data" / "visits.sqlite")
        database.execute("delete from visits")
        database.commit()

    before = current_manifest(project / "public", "visits")
    empty(project)
    (run,) = publish(project, "visits")
    assert run.state == "failed" and "no validated rows to publish" in run.message
    assert current_manifest(project / "public", "visits") == before


def test_missing_source_file(project: Path) -> None:
    run = break_and_publish(project, lambda p: (p / "data" / "sites.csv").unlink())
    assert run.state == "failed" and "sites.csv" in run.message
