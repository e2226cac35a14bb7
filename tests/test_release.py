"""Releases: files match manifests, unchanged data makes no version, failures keep the old one."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipelines.publish import (
    current_manifest,
    current_release_dir,
    publish_release,
    read_release_log,
)
from pipelines.spec import parse_spec
from tests.test_spec import minimal

SCHEMA = pa.schema([("case_no", pa.string()), ("received", pa.date32()), ("days", pa.int64())])
FIELDS = [{"name": n, "type": "string"} for n in SCHEMA.names]


def spec(**overrides: object):  # type: ignore[no-untyped-def]
    data = minimal(**overrides)
    data["columns"] = [
        {"name": "case_no", "description": "案件編號"},
        {"name": "received", "type": "date", "description": "收件日期"},
        {"name": "days", "type": "integer", "description": "處理天數"},
    ]
    return parse_spec(data, "test")


def rows(n: int, start: int = 0) -> pa.Table:
    return pa.table(
        {
            "case_no": [f"C{i:05d}" for i in range(start, start + n)],
            "received": [dt.date(2024, 1, 1) + dt.timedelta(days=i % 300) for i in range(n)],
            "days": list(range(n)),
        },
        schema=SCHEMA,
    )


def publish(out: Path, table: pa.Table, the_spec=None):  # type: ignore[no-untyped-def]
    return publish_release(
        the_spec or spec(),
        out,
        SCHEMA,
        [table.slice(0, 7), table.slice(7)],
        fields=FIELDS,
        source_fingerprint="sha256:src",
        temporal_column="received",
    )


def test_release_files_match_manifest(tmp_path: Path) -> None:
    outcome = publish(tmp_path, rows(20))
    assert outcome.state == "published" and outcome.version == 1
    release = current_release_dir(tmp_path, "cases")
    assert release == tmp_path / "datasets" / "cases" / "v1"
    manifest = json.loads((release / "manifest.json").read_text())
    assert manifest["rows"] == 20
    assert manifest["temporal"] == {
        "column": "received",
        "start": "2024-01-01",
        "end": "2024-01-20",
    }
    assert {f["format"] for f in manifest["files"]} == {"csv", "json", "parquet"}
    for entry in manifest["files"]:
        data = (release / entry["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]
        assert len(data) == entry["bytes"]
    with open(release / "cases.csv", encoding="utf-8", newline="") as handle:
        records = list(csv.DictReader(handle))
    assert records[0] == {"case_no": "C00000", "received": "2024-01-01", "days": "0"}
    assert json.loads((release / "cases.json").read_text())[19]["case_no"] == "C00019"
    assert pq.read_table(release / "cases.parquet").num_rows == 20


def test_unchanged_data_makes_no_new_version(tmp_path: Path) -> None:
    first = publish(tmp_path, rows(20))
    second = publish(tmp_path, rows(20))
    assert second.state == "unchanged" and second.version == first.version
    assert len(read_release_log(tmp_path, "cases")) == 1
    assert current_manifest(tmp_path, "cases")["data_changed"] == first.manifest["data_changed"]


def test_changed_data_makes_a_new_version(tmp_path: Path) -> None:
    publish(tmp_path, rows(20))
    outcome = publish(tmp_path, rows(21))
    assert outcome.state == "published" and outcome.version == 2
    assert (tmp_path / "datasets" / "cases" / "v1" / "manifest.json").exists()  # history kept
    log = read_release_log(tmp_path, "cases")
    assert [entry["version"] for entry in log] == [1, 2]


def test_metadata_change_keeps_data_changed_time(tmp_path: Path) -> None:
    first = publish(tmp_path, rows(5))
    outcome = publish(tmp_path, rows(5), spec(keywords=["新關鍵字"]))
    assert outcome.state == "published" and outcome.version == 2
    assert outcome.manifest["data_changed"] == first.manifest["data_changed"]
    assert outcome.manifest["spec_fingerprint"] != first.manifest["spec_fingerprint"]


def test_failure_midway_leaves_previous_release_current(tmp_path: Path) -> None:
    publish(tmp_path, rows(20))

    def exploding():  # type: ignore[no-untyped-def]
        yield rows(5, start=100)
        raise RuntimeError("source connection lost")

    with pytest.raises(RuntimeError, match="connection lost"):
        publish_release(
            spec(), tmp_path, SCHEMA, exploding(), fields=FIELDS, source_fingerprint="x"
        )
    manifest = current_manifest(tmp_path, "cases")
    assert manifest is not None and manifest["version"] == 1 and manifest["rows"] == 20
    assert not list((tmp_path / "datasets" / "cases").glob(".staging-*"))
    assert len(read_release_log(tmp_path)) == 1


def test_truncated_log_line_is_skipped(tmp_path: Path) -> None:
    publish(tmp_path, rows(3))
    with open(tmp_path / "release-log.jsonl", "a") as handle:
        handle.write('{"dataset": "cases", "vers')
    assert len(read_release_log(tmp_path)) == 1


def test_a_generalised_date_column_gives_the_periods_first_and_last_day(tmp_path: Path) -> None:
    """A date column published as months or years ("2024-02", "2024") still gives dct:temporal:
    from the first day of the earliest period to the last day of the latest."""
    received = ["2024-02", "2023-11", "2024-02"]
    months = pa.table({"case_no": ["C1", "C2", "C3"], "received": received})
    outcome = publish_release(
        spec(), tmp_path, months.schema, [months], fields=FIELDS,
        source_fingerprint="sha256:src", temporal_column="received",
    )  # fmt: skip
    assert outcome.state == "published"
    manifest = json.loads((current_release_dir(tmp_path, "cases") / "manifest.json").read_text())
    assert manifest["temporal"] == {
        "column": "received",
        "start": "2023-11-01",
        "end": "2024-02-29",
    }
