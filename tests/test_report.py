"""The self-evaluation report: figures, determinism, and files spreadsheets can open."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import pytest

from pipelines.cadence.report import build_report, parse_period, write_report
from pipelines.spec import Project
from tests.test_cadence import make_project, release, spec_dict, taipei, write_log


@pytest.fixture
def project(tmp_path: Path) -> Project:
    project = make_project(
        tmp_path,
        [
            spec_dict("monthly-ok", "monthly", unit="統計室"),
            spec_dict("monthly-late", "monthly", unit="社會科"),
            spec_dict("yearly-data", "yearly"),
            spec_dict("draft-data", "monthly", status="draft"),
            spec_dict("approved-unpublished", "quarterly"),
        ],
    )
    log = [
        # In H1 (before the H2 period): counted for status, not for H2's figures.
        release("monthly-ok", 1, taipei(2026, 6, 3), entities_removed=1000, records_suppressed=9),
        *[
            release("monthly-ok", m - 5, taipei(2026, m, 3), entities_removed=10,
                    records_suppressed=1, quality_level="silver" if m < 12 else "gold")
            for m in range(7, 13)
        ],
        release("monthly-late", 1, taipei(2026, 6, 10), quality_level="bronze"),
        release("monthly-late", 2, taipei(2026, 7, 10), entities_removed=5, quality_level="silver"),
        # A re-publication with unchanged data: a release, not a data update.
        release("monthly-late", 3, taipei(2026, 9, 1), taipei(2026, 7, 10), entities_removed=5,
                quality_level="silver"),
        release("yearly-data", 1, taipei(2026, 3, 1), update_frequency="yearly"),
        # After the period: ignored.
        release("monthly-late", 4, taipei(2027, 1, 5), entities_removed=500),
    ]  # fmt: skip
    write_log(tmp_path / "public", log)
    return project


def test_parse_period() -> None:
    h2 = parse_period("2026H2")
    assert (h2.start, h2.end) == (taipei(2026, 7, 1), taipei(2027, 1, 1))
    year = parse_period(2026)
    assert (year.start, year.end) == (taipei(2026, 1, 1), taipei(2027, 1, 1))
    assert parse_period("2026q4").start == taipei(2026, 10, 1)
    with pytest.raises(ValueError, match="2026H2"):
        parse_period("H2-2026")


def test_report_figures(project: Project) -> None:
    from pipelines.cadence.releases import read_release_log

    log = read_release_log(project.default_output / "release-log.jsonl")
    report = build_report(project, log, parse_period("2026H2"))
    summary = {key: value for key, _, value in report.summary}
    assert summary["inventoried"] == 5
    assert summary["approved"] == 4
    assert summary["published"] == 3
    assert summary["releases"] == 6 + 2  # monthly-ok July..December, monthly-late v2 and v3
    assert summary["data_updates"] == 6 + 1
    assert summary["entities_removed"] == 6 * 10 + 5 + 5
    assert summary["records_suppressed"] == 6
    lines = {d.id: d for d in report.datasets}
    assert (lines["monthly-ok"].on_time_periods, lines["monthly-ok"].periods) == (6, 6)
    # Last data update 10 July: overdue from 23 August; July and August's start on time.
    assert (lines["monthly-late"].on_time_periods, lines["monthly-late"].periods) == (1, 6)
    # yearly-data's 2026 period closes in H2 and was on time: periods count where they end.
    assert (lines["yearly-data"].on_time_periods, lines["yearly-data"].periods) == (1, 1)
    assert summary["on_time_rate"] == pytest.approx(round(8 / 13, 4))
    assert summary["on_time_rate_datasets"] == pytest.approx(round((1 + 1 / 6 + 1) / 3, 4))
    assert lines["monthly-late"].status_at_end == "delinquent"
    assert [(d.id, d.unit) for d in report.overdue] == [("monthly-late", "社會科")]
    assert dict(report.quality_levels)["gold"] == 2  # monthly-ok's latest and yearly-data
    assert dict(report.quality_levels)["silver"] == 1  # monthly-late's latest release
    assert lines["draft-data"].status_at_end is None
    h1 = {d.id: d for d in build_report(project, log, parse_period("2026H1")).datasets}
    assert h1["yearly-data"].periods == 0  # the 2026 period has not closed by 30 June


def test_report_files_are_deterministic_and_open(project: Project, tmp_path: Path) -> None:
    first = write_report(project, project.default_output, "2026H2", tmp_path / "r1")
    second = write_report(project, project.default_output, "2026H2", tmp_path / "r2")
    assert [p.name for p in first] == [
        "self-evaluation-2026H2.html",
        "self-evaluation-2026H2.csv",
        "self-evaluation-2026H2-summary.csv",
        "self-evaluation-2026H2.ods",
    ]
    for a, b in zip(first[:3], second[:3], strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    html = first[0].read_text(encoding="utf-8")
    assert "社會科" in html and "monthly-late" in html and "<script" not in html
    records = list(csv.DictReader(io.StringIO(first[1].read_text(encoding="utf-8-sig"))))
    assert [r["id"] for r in records] == [
        "approved-unpublished", "draft-data", "monthly-late", "monthly-ok", "yearly-data"
    ]  # fmt: skip
    sheets = pd.read_excel(first[3], engine="odf", sheet_name=None)
    assert set(sheets) == {"summary", "datasets", "quality", "overdue"}
    assert list(sheets["datasets"]["id"]) == [r["id"] for r in records]
    assert list(sheets["overdue"]["unit"]) == ["社會科"]
    summary = dict(
        zip(sheets["summary"]["key"], sheets["summary"]["value"].astype(str), strict=True)
    )
    assert summary["releases"] == "8"


def test_year_report_covers_both_halves(project: Project, tmp_path: Path) -> None:
    paths = write_report(project, project.default_output, 2026, tmp_path / "year")
    summary = {
        row["key"]: row["value"]
        for row in csv.DictReader(io.StringIO(paths[2].read_text(encoding="utf-8-sig")))
    }
    assert summary["period"] == "2026"
    assert summary["releases"] == str(8 + 1 + 1 + 1)  # plus the three H1 releases
    assert summary["entities_removed"] == str(70 + 1000)
