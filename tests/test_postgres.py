"""PostgreSQL for real: a source table read through SQLAlchemy with its password from the
environment, and the production Dagster instance (deploy/dagster.yaml) storing runs in it.

The fixture starts a throwaway PostgreSQL 15 server on loopback (Debian's binaries; `.ci/run`
installs them) and stops it afterwards.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from pipelines.publish import current_manifest
from pipelines.runner import publish_datasets
from pipelines.spec import load_project

PG_BIN = Path("/usr/lib/postgresql/15/bin")
REPO = Path(__file__).resolve().parent.parent
PASSWORD = "not-a-real-secret"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def postgres() -> Iterator[dict[str, str]]:
    if not (PG_BIN / "initdb").exists():
        pytest.skip("PostgreSQL 15 server not installed (apt-get install postgresql-15)")
    data = Path(tempfile.mkdtemp(prefix="opendata-pg-"))
    password_file = data / "password"
    password_file.write_text(PASSWORD)
    prefix: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        for path in (data, password_file):
            shutil.chown(path, "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    subprocess.run(
        [
            *prefix,
            str(PG_BIN / "initdb"),
            "-D",
            str(data / "db"),
            "-U",
            "opendata",
            "--auth=md5",
            f"--pwfile={password_file}",
            "--no-sync",
            "-E",
            "UTF8",
        ],
        check=True,
        capture_output=True,
    )
    options = f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        [
            *prefix,
            str(PG_BIN / "pg_ctl"),
            "-D",
            str(data / "db"),
            "-o",
            options,
            "-l",
            str(data / "log"),
            "-w",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        yield {"host": "127.0.0.1", "port": str(port), "user": "opendata", "password": PASSWORD}
    finally:
        subprocess.run(
            [*prefix, str(PG_BIN / "pg_ctl"), "-D", str(data / "db"), "-m", "immediate", "stop"],
            capture_output=True,
        )
        shutil.rmtree(data, ignore_errors=True)


SPEC = """
id: inspections
status: approved
title: {zh-TW: 工廠稽查, en: Factory inspections}
description: 工廠稽查紀錄
publisher: {unit: 工廠管理組, contact: {name: 承辦人, email: fm@example.gov.tw}}
source:
  kind: sql
  url: >-
    postgresql+psycopg2://opendata:${INSPECTIONS_DB_PASSWORD}@127.0.0.1:${INSPECTIONS_DB_PORT}/postgres
  query: >-
    select inspection_no, inspected_on, result, inspector
    from inspections where result <> '取消' order by inspection_no
primary_key: [inspection_no]
columns:
  - {name: inspection_no, description: 稽查編號, required: true}
  - {name: inspected_on, type: date, format: roc, description: 稽查日期}
  - {name: result, description: 稽查結果}
  - {name: inspector, description: 稽查人員, pii: direct, treatment: drop}
update_frequency: monthly
categories: {theme: 經濟, policy: 產業, service: I00}
"""


def test_sql_source_and_dagster_storage_in_postgres(
    postgres: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dagster as dg

    url = (
        f"postgresql+psycopg2://{postgres['user']}:{postgres['password']}"
        f"@{postgres['host']}:{postgres['port']}/postgres"
    )
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                "create table inspections (inspection_no text primary key, inspected_on text,"
                " result text, inspector text)"
            )
        )
        connection.execute(
            sa.text("insert into inspections values (:no, :day, :result, :who)"),
            [
                {"no": "INS-001", "day": "113/05/01", "result": "合格", "who": "王大明"},
                {"no": "INS-002", "day": "1130612", "result": "限期改善", "who": "林美玲"},
                {"no": "INS-003", "day": "113年7月3日", "result": "取消", "who": "陳志強"},
            ],
        )
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "inspections.yaml").write_text(SPEC, encoding="utf-8")
    monkeypatch.setenv("INSPECTIONS_DB_PASSWORD", postgres["password"])
    monkeypatch.setenv("INSPECTIONS_DB_PORT", postgres["port"])

    # The production instance settings, pointed at this server through their env variables.
    home = tmp_path / "dagster-home"
    home.mkdir()
    shutil.copy(REPO / "deploy" / "dagster.yaml", home / "dagster.yaml")
    for key, value in {
        "HOST": postgres["host"],
        "DB": "postgres",
        "USER": postgres["user"],
        "PASSWORD": postgres["password"],
    }.items():
        monkeypatch.setenv(f"DAGSTER_PG_{key}", value)
    monkeypatch.setenv("DAGSTER_PG_PORT", postgres["port"])
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    instance = dg.DagsterInstance.get()

    project = load_project(tmp_path)
    (run,) = publish_datasets(project, tmp_path / "out", list(project.approved), instance=instance)
    assert run.state == "published", run.message
    assert run.rows_out == 2
    release = tmp_path / "out" / "datasets" / "inspections" / "current" / "inspections.csv"
    lines = release.read_text(encoding="utf-8").splitlines()
    assert lines == [
        '"inspection_no","inspected_on","result"',
        '"INS-001",2024-05-01,"合格"',
        '"INS-002",2024-06-12,"限期改善"',
    ]
    assert current_manifest(tmp_path / "out", "inspections")["source_fingerprint"].startswith(
        "sha256:"
    )
    # The run is in PostgreSQL, not in files under DAGSTER_HOME.
    assert [r.job_name for r in instance.get_runs()] == ["publish_inspections"]
    with engine.connect() as connection:
        assert connection.execute(sa.text("select count(*) from runs")).scalar() == 1
