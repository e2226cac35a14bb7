"""Cadence status, frequencies, the release-log reader and the cadence page (fabricated logs)."""

from __future__ import annotations

import csv
import io
import json
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from pipelines.cadence.frequency import (
    FREQUENCIES,
    TAIPEI,
    frequency,
    next_run,
    period_start,
)
from pipelines.cadence.releases import read_release_log
from pipelines.cadence.render import cadence_command, parse_as_of, write_cadence_page
from pipelines.cadence.status import ON_TIME_PERIODS, cadence_status
from pipelines.spec import Project, load_project

# ---- helpers shared with the other cadence test modules ------------------------------------


def spec_dict(
    dataset_id: str,
    update_frequency: str = "monthly",
    *,
    status: str = "approved",
    unit: str = "資訊室",
    partition: dict[str, str] | None = None,
) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "id": dataset_id,
        "status": status,
        "title": {"zh-TW": f"測試資料 {dataset_id}", "en": f"Test data {dataset_id}"},
        "description": "測試用資料集",
        "publisher": {
            "unit": unit,
            "contact": {"name": "王小明", "email": "steward@example.gov.tw"},
        },
        "source": {"kind": "csv", "path": f"data/{dataset_id}.csv"},
        "columns": [
            {"name": "case_no", "description": "案件編號"},
            {"name": "received_date", "type": "date", "description": "收件日期"},
        ],
        "update_frequency": update_frequency,
        "categories": {"theme": "公共資訊", "policy": "一般行政", "service": "I00"},
    }
    if partition:
        spec["partition"] = partition
    return spec


def make_project(root: Path, specs: list[dict[str, Any]]) -> Project:
    (root / "assets").mkdir(parents=True, exist_ok=True)
    for spec in specs:
        text = yaml.safe_dump(spec, allow_unicode=True, sort_keys=False)
        (root / "assets" / f"{spec['id']}.yaml").write_text(text, encoding="utf-8")
    return load_project(root)


def z(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def release(
    dataset: str,
    version: int,
    created: datetime,
    data_changed: datetime | None = None,
    *,
    update_frequency: str = "monthly",
    quality_level: str = "gold",
    entities_removed: int = 0,
    records_suppressed: int = 0,
    rows: int = 100,
) -> dict[str, Any]:
    """A release-log line as the publisher writes it."""
    return {
        "dataset": dataset,
        "version": version,
        "created": z(created),
        "data_changed": z(data_changed or created),
        "metadata_changed": z(created),
        "rows": rows,
        "data_fingerprint": f"sha256:{(data_changed or created).timestamp():.0f}",
        "spec_fingerprint": "sha256:spec",
        "path": f"datasets/{dataset}/v{version}",
        "update_frequency": update_frequency,
        "quality_level": quality_level,
        "deid": {"entities_removed": entities_removed, "records_suppressed": records_suppressed},
    }


def write_log(out_dir: Path, rows: list[dict[str, Any]]) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "release-log.jsonl"
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows)
    path.write_text(text, encoding="utf-8")
    return path


def taipei(*args: int) -> datetime:
    return datetime(*args, tzinfo=TAIPEI)  # type: ignore[misc]


# ---- frequencies ---------------------------------------------------------------------------


def test_frequency_table_is_consistent() -> None:
    expected_cron = {
        "daily": "0 2 * * *",
        "weekly": "0 2 * * 1",
        "monthly": "0 2 1 * *",
        "quarterly": "0 2 1 1,4,7,10 *",
        "semiannual": "0 2 1 1,7 *",
        "yearly": "0 2 1 1 *",
    }
    for name, cron in expected_cron.items():
        freq = frequency(name)
        assert freq.cron == cron
        assert freq.due < freq.overdue < freq.delinquent  # type: ignore[operator]
    assert frequency("monthly").overdue == timedelta(days=44)
    assert frequency("yearly").delinquent == timedelta(days=455)
    assert frequency("quarterly").dcat_us == "R/P3M"
    assert frequency("semiannual").eu_uri.endswith("/ANNUAL_2")
    for name in ("irregular", "never"):
        assert not frequency(name).scheduled and frequency(name).due is None
    assert set(FREQUENCIES) == {
        "daily", "weekly", "monthly", "quarterly", "semiannual", "yearly", "irregular", "never"
    }  # fmt: skip
    with pytest.raises(ValueError, match="unknown update_frequency"):
        frequency("hourly")


def test_periods_and_next_run_follow_taipei_calendar() -> None:
    # 2026-11-30 20:00 UTC is already Tuesday 2026-12-01 04:00 in Taipei.
    moment = datetime(2026, 11, 30, 20, tzinfo=UTC)
    assert period_start(frequency("monthly"), moment) == taipei(2026, 12, 1)
    assert period_start(frequency("weekly"), moment) == taipei(2026, 11, 30)  # Monday
    assert period_start(frequency("semiannual"), moment) == taipei(2026, 7, 1)
    assert next_run(frequency("weekly"), moment) == taipei(2026, 12, 7, 2)
    assert next_run(frequency("daily"), moment) == taipei(2026, 12, 2, 2)
    assert next_run(frequency("quarterly"), moment) == taipei(2027, 1, 1, 2)
    assert next_run(frequency("irregular"), moment) is None


# ---- status --------------------------------------------------------------------------------


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return make_project(
        tmp_path,
        [
            spec_dict("monthly-data", "monthly", unit="統計室"),
            spec_dict("yearly-data", "yearly"),
            spec_dict("irregular-data", "irregular"),
            spec_dict("never-published", "weekly"),
            spec_dict("draft-data", "monthly", status="draft"),
        ],
    )


def by_id(rows: list[Any]) -> dict[str, Any]:
    return {row.id: row for row in rows}


@pytest.mark.parametrize(
    ("days", "expected"),
    [(10, "up-to-date"), (30, "due"), (43, "due"), (44, "overdue"), (59, "overdue"),
     (60, "delinquent"), (92, "delinquent")],
)  # fmt: skip
def test_monthly_status_by_age(project: Project, days: int, expected: str) -> None:
    last = datetime(2026, 8, 1, 5, tzinfo=UTC)
    log = [release("monthly-data", 1, last - timedelta(days=31)), release("monthly-data", 2, last)]
    row = by_id(cadence_status(project, log, last + timedelta(days=days)))["monthly-data"]
    assert row.status == expected
    assert row.last_updated == last
    assert row.next_due == last + timedelta(days=30)
    assert row.overdue_at == last + timedelta(days=44)
    assert row.unit == "統計室"


def test_yearly_dataset_months_later_is_up_to_date(project: Project) -> None:
    last = datetime(2026, 2, 10, tzinfo=UTC)
    log = [release("yearly-data", 1, last, update_frequency="yearly")]
    row = by_id(cadence_status(project, log, last + timedelta(days=150)))["yearly-data"]
    assert row.status == "up-to-date"
    assert row.next_due == last + timedelta(days=365)
    assert row.on_time_rate is None  # no yearly period has elapsed yet
    assert row.on_time_periods == 0


def test_republication_with_unchanged_data_does_not_reset_the_clock(project: Project) -> None:
    first = datetime(2026, 8, 1, tzinfo=UTC)
    republished = datetime(2026, 10, 20, tzinfo=UTC)
    as_of = datetime(2026, 10, 25, tzinfo=UTC)
    same_data = [release("monthly-data", 1, first), release("monthly-data", 2, republished, first)]
    row = by_id(cadence_status(project, same_data, as_of))["monthly-data"]
    assert row.status == "delinquent"
    assert row.last_updated == first
    assert row.last_released == republished
    assert [h.data_update for h in row.history] == [True, False]
    # The same second release with changed data does count.
    new_data = [release("monthly-data", 1, first), release("monthly-data", 2, republished)]
    assert by_id(cadence_status(project, new_data, as_of))["monthly-data"].status == "up-to-date"


def test_releases_after_as_of_are_ignored(project: Project) -> None:
    log = [
        release("monthly-data", 1, datetime(2026, 5, 1, tzinfo=UTC)),
        release("monthly-data", 2, datetime(2026, 9, 1, tzinfo=UTC)),
    ]
    past = by_id(cadence_status(project, log, datetime(2026, 6, 20, tzinfo=UTC)))["monthly-data"]
    assert past.last_updated == datetime(2026, 5, 1, tzinfo=UTC)
    assert past.status == "overdue"  # 50 days, judged as it was then
    assert len(past.history) == 1
    now = by_id(cadence_status(project, log, datetime(2026, 9, 10, tzinfo=UTC)))["monthly-data"]
    assert now.status == "up-to-date"


def test_on_time_rate_counts_periods_without_overdue(project: Project) -> None:
    # Updated on the 5th of each month January to August, then nothing.
    log = [release("monthly-data", m, taipei(2026, m, 5, 9)) for m in range(1, 9)]
    row = by_id(cadence_status(project, log, taipei(2026, 11, 27)))["monthly-data"]
    # Complete periods January..October; overdue from 18 September on: September, October late.
    assert row.on_time_periods == 10
    assert row.on_time_rate == pytest.approx(8 / 10)
    assert row.status == "delinquent"


def test_on_time_rate_uses_only_the_last_periods(project: Project) -> None:
    # Two years of monthly updates, the first year late every other month (60-day gaps).
    months = [(2024, m) for m in range(1, 13, 2)] + [(2025, m) for m in range(1, 13)]
    months.append((2026, 1))
    log = [release("monthly-data", i, taipei(y, m, 3)) for i, (y, m) in enumerate(months, 1)]
    row = by_id(cadence_status(project, log, taipei(2026, 2, 10)))["monthly-data"]
    assert row.on_time_periods == ON_TIME_PERIODS
    # February 2025 to January 2026; January 2025 was still late (overdue until 3 January).
    assert row.on_time_rate == 1.0
    one_more = by_id(cadence_status(project, log, taipei(2026, 1, 10)))["monthly-data"]
    assert one_more.on_time_rate == pytest.approx(11 / 12)
    earlier = by_id(cadence_status(project, log, taipei(2025, 1, 10)))["monthly-data"]
    assert earlier.on_time_rate is not None and earlier.on_time_rate < 1.0


def test_unscheduled_unpublished_and_draft_datasets(project: Project) -> None:
    log = [release("irregular-data", 1, datetime(2020, 1, 1, tzinfo=UTC))]
    rows = by_id(cadence_status(project, log, datetime(2026, 11, 27, tzinfo=UTC)))
    assert rows["irregular-data"].status == "up-to-date"
    assert rows["irregular-data"].next_due is None and not rows["irregular-data"].scheduled
    assert rows["never-published"].status == "unpublished"
    assert rows["never-published"].last_updated is None
    assert "draft-data" not in rows


def test_as_of_must_be_aware(project: Project) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        cadence_status(project, [], datetime(2026, 1, 1))


# ---- release log ---------------------------------------------------------------------------


def test_read_release_log_tolerates_truncated_last_line(tmp_path: Path) -> None:
    path = write_log(tmp_path, [release("a", 1, datetime(2026, 1, 1, tzinfo=UTC))])
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"dataset": "a", "version": 2, "crea')
    assert [r["version"] for r in read_release_log(path)] == [1]
    assert read_release_log(tmp_path / "missing.jsonl") == []


def test_read_release_log_skips_a_damaged_middle_line_with_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    rows = [release("a", v, datetime(2026, v, 1, tzinfo=UTC)) for v in (1, 2)]
    path = write_log(tmp_path, rows)
    text = path.read_text(encoding="utf-8").split("\n")
    path.write_text(text[0] + "\n" + text[1][:20] + "\n" + text[1] + "\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert [r["version"] for r in read_release_log(path)] == [1, 2]
    assert "line 2" in caplog.text


# ---- command and page ----------------------------------------------------------------------


def test_parse_as_of_dates_are_taipei_end_of_day() -> None:
    day = parse_as_of("2026-11-30")
    assert taipei(2026, 11, 30, 23, 59) < day < taipei(2026, 12, 1)
    assert parse_as_of("2026-11-30T09:00") == taipei(2026, 11, 30, 9)
    assert parse_as_of("2026-11-30T01:00:00Z") == datetime(2026, 11, 30, 1, tzinfo=UTC)
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_as_of("30/11/2026")


def test_release_late_on_the_as_of_day_counts(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "public"
    write_log(out, [release("monthly-data", 1, taipei(2026, 11, 30, 23, 0))])
    data = json.loads(cadence_command(project, out, parse_as_of("2026-11-30"), "json"))
    row = {d["id"]: d for d in data["datasets"]}["monthly-data"]
    assert row["status"] == "up-to-date"
    assert row["last_updated"] == "2026-11-30T15:00:00Z"


def test_cadence_command_formats(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "public"
    write_log(out, [release("monthly-data", 1, datetime(2026, 8, 1, tzinfo=UTC))])
    as_of = datetime(2026, 11, 1, tzinfo=UTC)
    table = cadence_command(project, out, as_of, "table")
    assert "monthly-data" in table and "delinquent" in table and "unpublished" in table
    records = list(csv.DictReader(io.StringIO(cadence_command(project, out, as_of, "csv"))))
    assert {r["id"] for r in records} == {
        "monthly-data", "yearly-data", "irregular-data", "never-published"
    }  # fmt: skip
    assert {r["id"]: r["status"] for r in records}["monthly-data"] == "delinquent"
    with pytest.raises(ValueError, match="unknown format"):
        cadence_command(project, out, as_of, "xml")  # type: ignore[arg-type]


def test_cadence_page_is_self_contained_accessible_and_deterministic(
    project: Project, tmp_path: Path
) -> None:
    out = tmp_path / "public"
    log = [release("monthly-data", m, taipei(2026, m, 3)) for m in range(1, 9)]
    log.append(release("monthly-data", 9, taipei(2026, 9, 20), taipei(2026, 8, 3)))
    write_log(out, log)
    as_of = taipei(2026, 11, 27)
    paths = write_cadence_page(project, out, as_of)
    assert sorted(p.name for p in paths) == ["cadence.csv", "cadence.html", "cadence.json"]
    first = {p.name: p.read_bytes() for p in paths}
    write_cadence_page(project, out, as_of)
    assert {p.name: p.read_bytes() for p in paths} == first
    html = first["cadence.html"].decode("utf-8")
    assert "<script" not in html and "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    assert html.count("<svg") == 4  # one timeline per approved dataset
    assert 'role="img"' in html and "<desc" in html
    assert "<table" in html and "Release table" in html
    # The re-publication shows as a hollow marker, data updates as filled ones.
    assert html.count('fill="#ffffff" stroke="#1f6fb2"') == 1
    data = json.loads(first["cadence.json"])
    monthly = {d["id"]: d for d in data["datasets"]}["monthly-data"]
    assert monthly["status"] == "delinquent" and len(monthly["history"]) == 9
