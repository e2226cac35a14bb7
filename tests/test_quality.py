"""Quality gates: GX suites on small frames, suite loading, schema drift, release quality level."""

from __future__ import annotations

import csv
import datetime
import hashlib
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipelines.quality import (
    SuiteError,
    assess_release,
    detect_drift,
    detect_retyped,
    expectations_path,
    load_suite,
    validate,
)
from pipelines.spec import DatasetSpec, load_spec, parse_spec

PROJECT = Path(__file__).resolve().parents[1]


def make_spec(**overrides: Any) -> DatasetSpec:
    data: dict[str, Any] = {
        "id": "service-applications",
        "status": "approved",
        "title": {"zh-TW": "申辦案件", "en": "Service applications"},
        "description": {"zh-TW": "申辦案件統計", "en": "Applications received"},
        "publisher": {"unit": "資訊室", "contact": {"name": "王", "email": "a@b.gov.tw"}},
        "source": {"kind": "csv", "path": "data/apps.csv"},
        "update_frequency": "monthly",
        "categories": {"theme": "公共資訊", "policy": "經濟", "service": "I00"},
        "primary_key": ["case_no"],
        "columns": [
            {
                "name": "case_no",
                "source_name": "案件編號",
                "required": True,
                "description": {"zh-TW": "案件編號", "en": "Case number"},
            },
            {
                "name": "received_date",
                "source_name": "收件日期",
                "type": "date",
                "format": "roc",
                "required": True,
                "description": {"zh-TW": "收件日期", "en": "Date received"},
            },
            {
                "name": "days",
                "source_name": "處理天數",
                "type": "integer",
                "description": {"zh-TW": "處理天數", "en": "Processing days"},
            },
            {
                "name": "applicant_name",
                "source_name": "申請人",
                "pii": "direct",
                "description": {"zh-TW": "申請人姓名", "en": "Applicant"},
            },
        ],
    }
    data.update(overrides)
    return parse_spec(data, "test")


# --- the GX runner ---------------------------------------------------------------------------


def write_suite(path: Path, expectations: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps({"name": path.stem, "expectations": expectations}), "utf-8")
    return path


@pytest.fixture(scope="module")
def suite(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path = tmp_path_factory.mktemp("suite") / "apps.json"
    return load_suite(
        write_suite(
            path,
            [
                {
                    "type": "expect_column_values_to_be_unique",
                    "kwargs": {"column": "case_no"},
                    "meta": {"severity": "critical"},
                },
                {
                    "type": "expect_column_values_to_not_be_null",
                    "kwargs": {"column": "applicant_name"},
                    "meta": {"severity": "critical"},
                },
                {
                    "type": "expect_column_values_to_be_in_set",
                    "kwargs": {"column": "status", "value_set": ["已結案", "處理中"]},
                    "meta": {"severity": "warning"},
                },
                {
                    "type": "expect_column_values_to_match_regex",
                    "kwargs": {"column": "applicant_name", "regex": r"^\S+$"},
                },
                {
                    "type": "expect_column_values_to_be_between",
                    "kwargs": {"column": "received_date", "min_value": "2000-01-01"},
                },
            ],
        )
    )


def frame(**changes: list[Any]) -> pd.DataFrame:
    data: dict[str, list[Any]] = {
        "case_no": ["A1", "A2", "A3", "A4"],
        "applicant_name": ["王小明", "陳大文", "林美麗", "李四"],
        "status": ["已結案", "處理中", "已結案", "已結案"],
        "received_date": [datetime.date(2024, 1, d) for d in (1, 2, 3, 4)],
    }
    data.update(changes)
    return pd.DataFrame(data)


def test_clean_frame_passes(suite: Any) -> None:
    outcome = validate(frame(), suite, pii_columns={"applicant_name"})
    assert outcome.success
    assert outcome.critical_failures == [] and outcome.warnings == []
    assert outcome.evaluated == 5


def test_duplicate_keys_are_critical_with_samples(suite: Any) -> None:
    outcome = validate(frame(case_no=["A1", "A1", "A3", "A1"]), suite, pii_columns=set())
    assert not outcome.success
    (failure,) = outcome.critical_failures
    assert failure.expectation == "expect_column_values_to_be_unique"
    assert failure.column == "case_no"
    assert failure.unexpected_count == 3
    assert failure.unexpected_percent == pytest.approx(75.0)
    assert failure.sample_values == ["A1"]  # distinct values only
    assert outcome.summary_lines() == [
        "expect_column_values_to_be_unique(case_no): 3 unexpected (75.0%)"
    ]


def test_null_in_required_column_fails(suite: Any) -> None:
    outcome = validate(
        frame(applicant_name=["王小明", None, "林美麗", None]),
        suite,
        pii_columns={"applicant_name"},
    )
    failures = {f.expectation: f for f in outcome.critical_failures}
    assert failures["expect_column_values_to_not_be_null"].unexpected_count == 2


def test_value_outside_set_is_only_a_warning(suite: Any) -> None:
    outcome = validate(frame(status=["已結案", "遺失", "已結案", "遺失"]), suite, pii_columns=set())
    assert outcome.success  # warnings do not block
    (warning,) = outcome.warnings
    assert warning.severity == "warning"
    assert warning.sample_values == ["遺失"]
    assert outcome.summary_lines()[0].endswith("[warning]")


def test_pii_values_are_withheld_everywhere(suite: Any) -> None:
    names = ["王小明", "陳 大文", "林美麗", "李 四"]
    outcome = validate(frame(applicant_name=names), suite, pii_columns={"applicant_name"})
    (failure,) = outcome.critical_failures
    assert failure.column == "applicant_name" and failure.unexpected_count == 2
    assert failure.sample_values == []
    text = json.dumps(outcome.to_dict(), ensure_ascii=False) + "\n".join(outcome.summary_lines())
    assert "大文" not in text and "李" not in text
    # The same failure on a non-personal column does show what was wrong.
    shown = validate(frame(applicant_name=names), suite, pii_columns=set())
    assert shown.critical_failures[0].sample_values == ["陳 大文", "李 四"]


def test_missing_column_is_reported_not_raised(suite: Any) -> None:
    outcome = validate(frame().drop(columns=["case_no", "status"]), suite, pii_columns=set())
    # Each expectation keeps its severity: the unique key gate blocks, the value set warns.
    (critical,) = outcome.critical_failures
    (warning,) = outcome.warnings
    assert (critical.column, critical.error) == ("case_no", "column not in the data")
    assert (warning.column, warning.error) == ("status", "column not in the data")
    assert outcome.summary_lines()[0] == (
        "expect_column_values_to_be_unique(case_no): column not in the data"
    )


def test_outcome_is_json_serialisable(suite: Any) -> None:
    outcome = validate(
        frame(case_no=["A1", "A1", "A3", "A4"], received_date=[datetime.date(1990, 1, 1)] * 4),
        suite,
        pii_columns={"applicant_name"},
    )
    data = json.loads(json.dumps(outcome.to_dict()))
    assert data["success"] is False and len(data["critical_failures"]) == 2
    assert {f["column"] for f in data["critical_failures"]} == {"case_no", "received_date"}


def test_suite_round_trips(tmp_path: Path, suite: Any) -> None:
    path = tmp_path / "again.json"
    path.write_text(json.dumps(suite.to_json_dict()), "utf-8")
    again = load_suite(path)
    assert again.to_json_dict()["expectations"] == suite.to_json_dict()["expectations"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON at line 1"),
        ('{"expectations": 3}', "an `expectations` list"),
        (
            '{"expectations": [{"type": "expect_column_to_be_lovely", "kwargs": {}}]}',
            "unknown expectation type 'expect_column_to_be_lovely'",
        ),
        (
            '{"expectations": [{"type": "expect_column_values_to_be_unique",'
            ' "kwargs": {"colum": "a"}}]}',
            "expect_column_values_to_be_unique",
        ),
        (
            '{"expectations": [{"type": "expect_column_values_to_be_unique",'
            ' "kwargs": {"column": "a"}, "meta": {"severity": "fatal"}}]}',
            "severity must be critical or warning",
        ),
    ],
)
def test_bad_suites_name_the_file_in_one_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "broken.json"
    path.write_text(content, "utf-8")
    with pytest.raises(SuiteError) as caught:
        load_suite(path)
    text = str(caught.value)
    assert text.startswith(str(path)) and message in text and "\n" not in text


def test_missing_suite_file(tmp_path: Path) -> None:
    with pytest.raises(SuiteError, match="cannot read"):
        load_suite(expectations_path(tmp_path, "nothing"))
    assert expectations_path(tmp_path, "petitions") == tmp_path / "expectations" / "petitions.json"


# --- schema drift ----------------------------------------------------------------------------


def test_no_drift_when_headers_match_loosely() -> None:
    report = detect_drift(make_spec(), ["\ufeff案件編號", " 收件日期", "處理天數", "申請人"])
    assert not report.drifted and not report.failed()


def test_new_column_fails_under_fail_policy_and_warns_under_warn() -> None:
    headers = ["案件編號", "收件日期", "處理天數", "申請人", "身分證字號"]
    report = detect_drift(make_spec(), headers)
    assert report.new_columns == ["身分證字號"]
    assert report.failed()  # default policy: fail
    assert not report.failed("warn")
    warn = detect_drift(make_spec(quality={"drift": "warn"}), headers)
    assert not warn.failed()
    assert "身分證字號" in warn.message() and "\n" not in warn.message()


def test_missing_required_column_is_always_fatal() -> None:
    report = detect_drift(make_spec(quality={"drift": "warn"}), ["案件編號", "處理天數", "申請人"])
    assert report.missing_required == ["收件日期"]
    assert report.failed() and report.failed("warn")
    assert "missing required column(s): 收件日期" in report.message()


def test_missing_optional_column_follows_policy() -> None:
    report = detect_drift(make_spec(quality={"drift": "warn"}), ["案件編號", "收件日期", "申請人"])
    assert report.missing_columns == ["處理天數"] and not report.missing_required
    assert not report.failed() and report.failed("fail")


def test_spec_name_is_accepted_for_renamed_source_column() -> None:
    report = detect_drift(make_spec(), ["case_no", "收件日期", "處理天數", "申請人"])
    assert not report.drifted


def test_retyped_columns() -> None:
    raw = pd.DataFrame(
        {
            "case_no": ["A1", "A2", "A3"],
            "received_date": [
                "113/05/01",
                "113/05/02",
                "N/A",
            ],  # one bad value: a reject, not drift
            "days": ["三天", "五天", "3"],  # mostly text now: retyped
            "applicant_name": ["x", "y", "z"],
        }
    )
    assert detect_retyped(make_spec(), raw) == ["days"]
    raw["received_date"] = ["2024-05-01", "2024-05-02", None]  # switched to ISO: retyped
    assert detect_retyped(make_spec(), raw) == ["received_date", "days"]
    report = detect_drift(make_spec(quality={"drift": "warn"}), list(raw.columns))
    assert report.with_retyped(["days"]).drifted


# --- open-data quality level -----------------------------------------------------------------

ROWS = [
    {"case_no": "A1", "received_date": "2024-05-01", "days": 3},
    {"case_no": "A2", "received_date": "2024-05-02", "days": 12},
]
FIELDS = [
    {
        "name": "case_no",
        "type": "string",
        "description": {"zh-TW": "案件編號", "en": "Case number"},
    },
    {
        "name": "received_date",
        "type": "date",
        "description": {"zh-TW": "收件日期", "en": "Date received"},
    },
    {
        "name": "days",
        "type": "integer",
        "description": {"zh-TW": "處理天數", "en": "Processing days"},
    },
]


def write_release(
    root: Path,
    *,
    csv_encoding: str = "utf-8",
    declared: str = "utf-8",
    fields: list[dict[str, Any]] | None = None,
) -> Path:
    release = root / "v1"
    release.mkdir(parents=True)
    names = [f["name"] for f in FIELDS]
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=names, lineterminator="\r\n")
    writer.writeheader()
    rows = [*ROWS, {"case_no": "甲3", "received_date": "2024-05-03", "days": 1}]
    writer.writerows(rows)
    (release / "service-applications.csv").write_bytes(buffer.getvalue().encode(csv_encoding))
    (release / "service-applications.json").write_text(
        json.dumps(rows, ensure_ascii=False), "utf-8"
    )
    pq.write_table(pa.Table.from_pylist(rows), release / "service-applications.parquet")
    files = []
    for fmt, media, encoding in [
        ("csv", "text/csv", declared),
        ("json", "application/json", "utf-8"),
        ("parquet", "application/vnd.apache.parquet", None),
    ]:
        path = release / f"service-applications.{fmt}"
        entry = {
            "path": path.name,
            "format": fmt,
            "media_type": media,
            "bytes": path.stat().st_size,
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        }
        if encoding:
            entry["encoding"] = encoding
        files.append(entry)
    manifest = {
        "manifest_version": 1,
        "dataset": "service-applications",
        "version": 1,
        "rows": 3,
        "schema": {"fields": fields if fields is not None else FIELDS},
        "withheld": [{"name": "applicant_name", "reason": "pii: direct, treatment drop"}],
        "files": files,
    }
    (release / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
    return release


def test_good_release_is_platinum(tmp_path: Path) -> None:
    level = assess_release(write_release(tmp_path), make_spec())
    assert [c.name for c in level.failed] == []
    assert level.level == "platinum"
    assert json.loads(json.dumps(level.to_dict()))["level"] == "platinum"


def test_staging_dir_can_be_assessed_before_its_manifest_is_written(tmp_path: Path) -> None:
    release = write_release(tmp_path)
    manifest = json.loads((release / "manifest.json").read_text("utf-8"))
    (release / "manifest.json").unlink()
    assert assess_release(release, make_spec()).level == "none"
    assert assess_release(release, make_spec(), manifest).level == "platinum"


def test_tampered_file_fails_checksum(tmp_path: Path) -> None:
    release = write_release(tmp_path)
    data = release / "service-applications.json"
    data.write_bytes(data.read_bytes().replace(b"12", b"13"))  # same size, other content
    level = assess_release(release, make_spec())
    assert level.level == "none"
    (failed,) = level.failed
    assert failed.name == "integrity"
    assert failed.problems == ["service-applications.json: sha256 differs from the manifest"]


def test_missing_file_is_not_downloadable(tmp_path: Path) -> None:
    release = write_release(tmp_path)
    (release / "service-applications.parquet").unlink()
    level = assess_release(release, make_spec())
    assert level.level == "none"
    assert {c.name for c in level.failed} >= {"downloadable", "integrity"}


def test_wrong_encoding_caps_at_bronze(tmp_path: Path) -> None:
    # Big5 bytes declared as UTF-8: the portal's encoding_match check would fail.
    level = assess_release(write_release(tmp_path, csv_encoding="big5"), make_spec())
    assert level.level == "bronze"
    (failed,) = level.failed
    assert failed.name == "encoding_match"
    assert "line 4 is not valid utf-8" in failed.problems[0]
    # Declared honestly, the same file is fine.
    honest = assess_release(
        write_release(tmp_path / "b", csv_encoding="big5", declared="big5"), make_spec()
    )
    assert honest.level == "platinum"


def test_bom_must_be_declared(tmp_path: Path) -> None:
    level = assess_release(write_release(tmp_path, csv_encoding="utf-8-sig"), make_spec())
    assert [c.name for c in level.failed] == ["encoding_match"]


def test_missing_description_caps_at_silver(tmp_path: Path) -> None:
    fields = [dict(f) for f in FIELDS]
    del fields[1]["description"]
    level = assess_release(write_release(tmp_path, fields=fields), make_spec())
    assert level.level == "silver"
    failed = {c.name: c.problems for c in level.failed}
    assert "received_date: no description in the manifest" in failed["desc_match"]


def test_published_columns_must_match_files_and_spec(tmp_path: Path) -> None:
    reordered = [FIELDS[1], FIELDS[0], FIELDS[2]]
    level = assess_release(write_release(tmp_path, fields=reordered), make_spec())
    assert level.level == "silver"
    problems = {c.name: c.problems for c in level.failed}["desc_match"]
    assert "schema.fields are not in the spec's column order" in problems
    assert any("columns differ from schema.fields" in p for p in problems)


def test_english_missing_is_gold(tmp_path: Path) -> None:
    spec = make_spec(title={"zh-TW": "申辦案件"})
    level = assess_release(write_release(tmp_path), spec)
    assert level.level == "gold"
    assert [c.name for c in level.failed] == ["bilingual"]


def test_ragged_csv_is_not_structured(tmp_path: Path) -> None:
    release = write_release(tmp_path)
    path = release / "service-applications.csv"
    path.write_bytes(path.read_bytes() + b"A9,2024-05-09\r\n")
    manifest = json.loads((release / "manifest.json").read_text("utf-8"))
    manifest["files"][0].update(
        bytes=path.stat().st_size, sha256=hashlib.sha256(path.read_bytes()).hexdigest()
    )
    (release / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    level = assess_release(release, make_spec())
    assert level.level == "bronze"
    problems = {c.name: c.problems for c in level.failed}["structured"]
    assert "service-applications.csv: line 5: 2 fields, the header has 3" in problems


# --- the sample agency's suites --------------------------------------------------------------

SUITES = sorted((PROJECT / "expectations").glob("*.json"))


def sample_frame(data_dir: Path, spec: DatasetSpec) -> pd.DataFrame:
    """The sample data as extraction hands it on: spec names, dates as dates, ints as ints."""
    from pipelines.sources.rocdate import parse_date

    if spec.source.kind == "sql":
        with sqlite3.connect(data_dir / "idb.sqlite") as connection:
            raw = pd.read_sql(f"SELECT * FROM {spec.source.table}", connection)
    else:
        raw = pd.read_csv(data_dir / Path(spec.source.path or "").name, encoding="cp950", dtype=str)
        raw = raw.rename(columns={c.source_name: c.name for c in spec.columns if c.source_name})
    for column in spec.columns:
        if column.type == "date":
            raw[column.name] = [
                parse_date(v, column.format) if isinstance(v, str) else None
                for v in raw[column.name]
            ]
        elif column.type == "integer":
            raw[column.name] = raw[column.name].astype("Int64")
    return raw[[c.name for c in spec.columns]]


@pytest.fixture(scope="module")
def sample_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from pipelines.sample import build_sample

    root = tmp_path_factory.mktemp("sample")
    build_sample(root, scale=0.2)
    return root / "data"


def test_every_sample_dataset_has_a_suite_on_its_columns() -> None:
    specs = {p.stem: load_spec(p) for p in sorted((PROJECT / "assets").glob("*.yaml"))}
    published = {i for i, s in specs.items() if s.openness.level == "open"}
    assert published <= {p.stem for p in SUITES}
    for path in SUITES:
        # Committed in the exact form GX writes, so GX tooling and this loader agree.
        assert json.loads(path.read_text("utf-8")) == load_suite(path).to_json_dict()
        spec = specs[path.stem]
        names = {c.name for c in spec.columns}
        for expectation in load_suite(path).expectations:
            kwargs = expectation.configuration.kwargs
            used = [kwargs.get(k) for k in ("column", "column_A", "column_B")]
            used += kwargs.get("column_list") or []
            assert {u for u in used if u} <= names, f"{path.name}: {expectation.type}"
            assert expectation.meta["severity"] in ("critical", "warning")


@pytest.mark.parametrize("path", SUITES, ids=[p.stem for p in SUITES])
def test_suite_passes_on_clean_sample_data(path: Path, sample_dir: Path) -> None:
    spec = load_spec(PROJECT / "assets" / f"{path.stem}.yaml")
    data = sample_frame(sample_dir, spec)
    pii = {c.name for c in spec.columns if c.pii != "none"}
    outcome = validate(data, load_suite(path), pii_columns=pii)
    assert outcome.summary_lines() == []
    assert outcome.rows == len(data) > 0


# --- drafting suites and showing results -----------------------------------------------------


def test_draft_proposes_sets_only_for_non_personal_columns() -> None:
    from pipelines.quality.draft import draft_suite
    from pipelines.quality.runner import parse_suite

    spec = make_spec()
    data = pa.table(
        {
            "case_no": [f"A-{i:04d}" for i in range(40)],
            "received_date": [datetime.date(2024, 1, 1)] * 40,
            "days": list(range(40)),
            "applicant_name": ["王小明", "陳大文"] * 20,  # two values, but personal: no value set
        }
    )
    drafted = draft_suite(spec, data)
    by_column = {(e["type"], e["kwargs"].get("column")): e for e in drafted["expectations"]}
    assert ("expect_column_values_to_be_in_set", "applicant_name") not in by_column
    assert "王小明" not in json.dumps(drafted, ensure_ascii=False)
    regex = by_column[("expect_column_values_to_match_regex", "case_no")]["kwargs"]["regex"]
    assert regex == r"^[A-Z]\-\d{4}$"
    assert (
        by_column[("expect_column_values_to_be_unique", "case_no")]["meta"]["severity"]
        == "critical"
    )
    suite = parse_suite(drafted, "draft")
    frame = data.to_pandas()
    assert validate(frame, suite, pii_columns={"applicant_name"}).summary_lines() == []


def test_render_quality_reads_manifest_and_reports(tmp_path: Path) -> None:
    from pipelines.quality.show import render_quality

    release = write_release(tmp_path / "datasets" / "service-applications")
    level = assess_release(release, make_spec(title={"zh-TW": "申辦案件"}))
    manifest = json.loads((release / "manifest.json").read_text("utf-8"))
    manifest["quality"] = level.to_dict()
    (release / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    (release.parent / "current").symlink_to("v1")
    reports = tmp_path / ".work" / "service-applications" / "validated"
    reports.mkdir(parents=True)
    failure = {
        "expectation": "expect_column_values_to_be_unique",
        "column": "case_no",
        "unexpected_count": 3,
        "unexpected_percent": 0.1,
        "sample_values": [],
    }
    (reports / "2024-05-01.json").write_text(
        json.dumps({"rows": 10, "validation": {"critical_failures": [failure], "warnings": []}})
    )
    text = render_quality([make_spec()], tmp_path)
    assert "quality level gold" in text
    assert "platinum check bilingual: the spec's title has no English text" in text
    assert "2024-05-01: expect_column_values_to_be_unique(case_no): 3 unexpected (0.1%)" in text
