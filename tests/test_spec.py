"""Spec validation: good specs load; bad ones fail with the file, the field and the reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from pipelines.spec import SpecError, load_project, load_spec, load_specs, parse_spec


def minimal(**overrides: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "id": "cases",
        "status": "approved",
        "title": {"zh-TW": "案件", "en": "Cases"},
        "description": "案件清單",
        "publisher": {"unit": "資訊室", "contact": {"name": "王小明", "email": "a@b.gov.tw"}},
        "source": {"kind": "csv", "path": "data/cases.csv"},
        "primary_key": ["case_no"],
        "columns": [
            {"name": "case_no", "description": "案件編號", "required": True},
            {"name": "received", "type": "date", "format": "roc", "description": "收件日期"},
            {"name": "applicant", "description": "申請人", "pii": "direct"},
            {"name": "note", "description": "備註", "pii": "free_text"},
        ],
        "update_frequency": "monthly",
        "categories": {"theme": "經濟", "policy": "產業", "service": "I00"},
    }
    spec.update(overrides)
    return spec


def errors_of(data: dict[str, Any]) -> str:
    with pytest.raises(SpecError) as caught:
        parse_spec(data, "assets/cases.yaml")
    return str(caught.value)


def test_minimal_spec_loads_with_safe_defaults() -> None:
    spec = parse_spec(minimal(), "assets/cases.yaml")
    assert spec.is_published
    assert spec.title.get("en") == "Cases"
    assert spec.description.get("en") == "案件清單"  # falls back to Chinese
    assert spec.column("applicant").effective_treatment == "drop"
    assert spec.column("note").effective_treatment == "scan_text"
    assert spec.formats == ["csv", "json", "parquet"]
    assert spec.license == "ogdl-tw-1.0"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"id": "Cases 2024"}, "assets/cases.yaml: id: String should match pattern"),
        ({"update_frequency": "monthy"}, "update_frequency: Input should be 'daily'"),
        ({"licence": "cc0-1.0"}, "licence: unknown field"),
        ({"primary_key": ["nope"]}, "primary_key names 'nope', which is not a column"),
        (
            {"openness": {"level": "restricted"}},
            "openness: openness `restricted` needs `legal_basis`",
        ),
        ({"formats": ["csv", "xml"]}, "formats[1]: Input should be 'csv', 'json' or 'parquet'"),
        ({"partition": {"by": "case_no", "start": "2023-01"}}, "must be a date"),
        ({"categories": {"theme": "a", "policy": "b", "service": "Z99"}}, "categories.service"),
    ],
)
def test_bad_spec_names_file_and_field(change: dict[str, Any], expected: str) -> None:
    message = errors_of(minimal(**change))
    assert expected in message
    assert message.startswith("assets/cases.yaml: ")


def test_column_errors_name_the_column() -> None:
    data = minimal()
    data["columns"][2]["treatment"] = "keep"
    data["columns"][3]["treatmnt"] = "drop"
    message = errors_of(data)
    assert "columns[2] (applicant): a `pii: direct` column cannot be kept" in message
    assert "columns[3] (note).treatmnt: unknown field" in message
    assert len(message.splitlines()) == 2  # every problem, one line each


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        ({"treatment": "mask"}, "needs keep_first and/or keep_last"),
        ({"treatment": "generalize"}, "needs `to`"),
        ({"treatment": "generalize", "to": "bins"}, "needs `bins`"),
        ({"treatment": "generalize", "to": "bins", "bins": [10, 1]}, "ascending"),
        ({"keep_first": 2}, "keep_first/keep_last go with `treatment: mask`"),
    ],
)
def test_treatment_parameters_are_checked(column: dict[str, Any], expected: str) -> None:
    data = minimal()
    data["columns"].append({"name": "extra", "description": "x", "pii": "quasi", **column})
    assert expected in errors_of(data)


def test_sql_secrets_only_through_environment_references() -> None:
    inline = {"kind": "sql", "url": "postgresql://reader:hunter2@db/cases", "table": "cases"}
    assert "write it as ${ENV_VAR}" in errors_of(minimal(source=inline))
    referenced = {"kind": "sql", "url": "postgresql://reader:${DB_PASSWORD}@db/x", "table": "t"}
    assert parse_spec(minimal(source=referenced), "x").source.url is not None
    both = {"kind": "sql", "url": "${DB_URL}", "table": "t", "query": "select 1"}
    assert "exactly one of `table` or `query`" in errors_of(minimal(source=both))


def test_file_name_must_match_id(tmp_path: Path) -> None:
    path = tmp_path / "other.yaml"
    path.write_text(yaml.safe_dump(minimal(), allow_unicode=True), encoding="utf-8")
    with pytest.raises(SpecError, match=r"other.yaml: id: 'cases' must match the file name"):
        load_spec(path)


def test_invalid_yaml_reports_line(tmp_path: Path) -> None:
    path = tmp_path / "cases.yaml"
    path.write_text("id: cases\ncolumns: [\n  {name: a\n", encoding="utf-8")
    with pytest.raises(SpecError, match=r"cases.yaml: not valid YAML at line \d+"):
        load_spec(path)


def test_all_bad_specs_are_reported_together(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("id: a\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("- not a mapping\n", encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load_specs(tmp_path)
    assert "a.yaml: " in str(caught.value) and "b.yaml: a spec must be a mapping" in str(
        caught.value
    )


def test_project_requires_assets_folder(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="no assets/ folder"):
        load_project(tmp_path)


def test_repository_sample_specs_are_valid() -> None:
    project = load_project(Path(__file__).resolve().parent.parent)
    assert len(project.approved) >= 4
    assert any(not spec.is_published for spec in project.specs)
