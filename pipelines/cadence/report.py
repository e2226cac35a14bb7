"""The self-evaluation report: what the agency inventoried, published and kept up to date in a
half-year or a year (the figures an open-data self-assessment asks for).

The period end is the as-of moment, so the report depends only on the specs and the release log:
run it twice and the HTML and CSV are byte-identical. Specs are read as they are now (the spec
files carry no history), so inventory counts describe the current inventory.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pandas as pd
from jinja2 import Environment, FileSystemLoader, select_autoescape

from pipelines.cadence.frequency import TAIPEI, frequency
from pipelines.cadence.releases import RELEASE_LOG, Release, read_release_log
from pipelines.cadence.status import by_dataset, data_updates, iso, on_time, status_at
from pipelines.cadence.timeline import STATUS_ZH, local_date
from pipelines.spec import Project

PERIOD = re.compile(r"^(\d{4})(?:(H)([12])|(Q)([1-4]))?$")
TEMPLATES = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=select_autoescape(["html"]),
    keep_trailing_newline=True,
)
DATASET_FIELDS = [
    "id",
    "title",
    "unit",
    "spec_status",
    "update_frequency",
    "published",
    "releases",
    "data_updates",
    "on_time_periods",
    "periods",
    "on_time_rate",
    "status_at_end",
    "last_updated",
    "quality_level",
    "entities_removed",
    "records_suppressed",
]


@dataclass(frozen=True)
class Period:
    label: str
    start: datetime  # inclusive, Taipei midnight
    end: datetime  # exclusive

    @property
    def as_of(self) -> datetime:
        """The last instant inside the period: statuses are those at its close."""
        return self.end - timedelta(microseconds=1)


def parse_period(period: str | int) -> Period:
    """`2026` (or 2026), `2026H1`, `2026H2`, `2026Q1`..`2026Q4`, in Asia/Taipei.

    >>> parse_period("2026H2").start.isoformat(), parse_period("2026H2").end.isoformat()
    ('2026-07-01T00:00:00+08:00', '2027-01-01T00:00:00+08:00')
    """
    label = str(period).strip().upper()
    match = PERIOD.match(label)
    if not match:
        raise ValueError(f"period {period!r}: use a year (2026), a half (2026H2) or a quarter")
    year = int(match.group(1))
    if match.group(2):
        first, months = 1 + 6 * (int(match.group(3)) - 1), 6
    elif match.group(4):
        first, months = 1 + 3 * (int(match.group(5)) - 1), 3
    else:
        first, months = 1, 12
    last = first + months
    end = datetime(year + (last - 1) // 12, (last - 1) % 12 + 1, 1, tzinfo=TAIPEI)
    return Period(label, datetime(year, first, 1, tzinfo=TAIPEI), end)


@dataclass(frozen=True)
class DatasetLine:
    id: str
    title: str
    unit: str
    spec_status: str
    update_frequency: str
    published: bool
    releases: int
    data_updates: int
    on_time_periods: int
    periods: int
    status_at_end: str | None
    last_updated: datetime | None
    quality_level: str | None
    entities_removed: int
    records_suppressed: int

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time_periods / self.periods if self.periods else None

    def as_record(self) -> dict[str, Any]:
        rate = self.on_time_rate
        return {
            "id": self.id,
            "title": self.title,
            "unit": self.unit,
            "spec_status": self.spec_status,
            "update_frequency": self.update_frequency,
            "published": self.published,
            "releases": self.releases,
            "data_updates": self.data_updates,
            "on_time_periods": self.on_time_periods,
            "periods": self.periods,
            "on_time_rate": None if rate is None else round(rate, 4),
            "status_at_end": self.status_at_end,
            "last_updated": iso(self.last_updated),
            "quality_level": self.quality_level,
            "entities_removed": self.entities_removed,
            "records_suppressed": self.records_suppressed,
        }


@dataclass(frozen=True)
class Report:
    period: Period
    agency: str
    datasets: tuple[DatasetLine, ...]

    @property
    def summary(self) -> list[tuple[str, str, Any]]:
        """(key, bilingual label, value) rows: the report's headline figures."""
        lines = self.datasets
        approved = [d for d in lines if d.spec_status == "approved"]
        periods = sum(d.periods for d in lines)
        on_time = sum(d.on_time_periods for d in lines)
        late = [d for d in approved if d.status_at_end in ("overdue", "delinquent")]
        rates = [d.on_time_rate for d in lines if d.on_time_rate is not None]
        return [
            ("period", "期間 Period", self.period.label),
            ("start", "起 Start", iso(self.period.start)),
            ("end", "迄 End (exclusive)", iso(self.period.end)),
            ("inventoried", "盤點資料集 Datasets inventoried", len(lines)),
            ("approved", "核准開放 Approved", len(approved)),
            ("published", "已發布 Published", sum(d.published for d in approved)),
            ("releases", "期間發布次數 Releases in period", sum(d.releases for d in lines)),
            ("data_updates", "期間資料更新 Data updates", sum(d.data_updates for d in lines)),
            ("on_time_periods", "準時週期 Periods on time", on_time),
            ("periods", "應更新週期 Periods measured", periods),
            ("on_time_rate", "準時率（按週期） On-time rate (of periods)",
             None if not periods else round(on_time / periods, 4)),
            # Per-dataset mean: a daily dataset has 30 times the periods of a monthly one and
            # would otherwise dominate the figure above.
            ("on_time_rate_datasets", "準時率（資料集平均） On-time rate (mean of datasets)",
             None if not rates else round(sum(rates) / len(rates), 4)),
            ("entities_removed", "去識別移除項目 Entities removed",
             sum(d.entities_removed for d in lines)),
            ("records_suppressed", "抑制筆數 Records suppressed",
             sum(d.records_suppressed for d in lines)),
            ("overdue_at_end", "期末逾期資料集 Overdue at period end", len(late)),
        ]  # fmt: skip

    @property
    def quality_levels(self) -> list[tuple[str, int]]:
        counts = Counter(d.quality_level or "none" for d in self.datasets if d.published)
        return sorted(counts.items())

    @property
    def overdue(self) -> list[DatasetLine]:
        return [d for d in self.datasets if d.status_at_end in ("overdue", "delinquent")]


def build_report(
    project: Project, release_log_rows: Iterable[Mapping[str, Any] | Release], period: Period
) -> Report:
    grouped = by_dataset(release_log_rows)
    lines = []
    for spec in project.specs:
        freq = frequency(spec.update_frequency)
        known = [r for r in grouped.get(spec.id, []) if r.created <= period.as_of]
        inside = [r for r in known if r.created >= period.start]
        updates = data_updates(known, period.as_of)
        record = on_time(freq, updates, period.start, period.end)
        last = updates[-1] if updates else None
        lines.append(
            DatasetLine(
                id=spec.id,
                title=spec.title.zh_tw,
                unit=spec.publisher.unit,
                spec_status=spec.status,
                update_frequency=spec.update_frequency,
                published=bool(known),
                releases=len(inside),
                data_updates=sum(1 for u in updates if u >= period.start),
                on_time_periods=sum(ok for _, _, ok in record),
                periods=len(record),
                status_at_end=(
                    status_at(freq, last, period.as_of) if spec.status == "approved" else None
                ),
                last_updated=last,
                quality_level=known[-1].quality_level if known else None,
                entities_removed=sum(r.entities_removed for r in inside),
                records_suppressed=sum(r.records_suppressed for r in inside),
            )
        )
    return Report(period=period, agency=project.config.agency.name.zh_tw, datasets=tuple(lines))


def _csv(header: list[str], rows: Iterable[Iterable[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow("" if value is None else value for value in row)
    return buffer.getvalue()


def render_html(report: Report) -> str:
    return TEMPLATES.get_template("report.html").render(
        report=report,
        status_zh=STATUS_ZH,
        frequency=frequency,
        local_date=local_date,
        fields=DATASET_FIELDS,
    )


def write_report(project: Project, out_dir: Path, period: str | int, dest: Path) -> list[Path]:
    """Write `self-evaluation-<period>.html`, `.csv` (one row per dataset), `-summary.csv` and
    `.ods` (sheets summary, datasets, quality, overdue) into `dest`; returns the paths."""
    report = build_report(project, read_release_log(out_dir / RELEASE_LOG), parse_period(period))
    dest.mkdir(parents=True, exist_ok=True)
    stem = dest / f"self-evaluation-{report.period.label}"
    records = [d.as_record() for d in report.datasets]
    summary = report.summary
    html_path = stem.with_suffix(".html")
    html_path.write_text(render_html(report), encoding="utf-8", newline="")
    # UTF-8 with BOM: these files are opened in spreadsheet software, which needs the BOM to
    # recognise UTF-8 Chinese text.
    csv_path = stem.with_suffix(".csv")
    csv_path.write_text(
        _csv(DATASET_FIELDS, ([r[f] for f in DATASET_FIELDS] for r in records)),
        encoding="utf-8-sig",
        newline="",
    )
    summary_path = dest / f"{stem.name}-summary.csv"
    summary_path.write_text(
        _csv(["key", "label", "value"], summary), encoding="utf-8-sig", newline=""
    )
    ods_path = stem.with_suffix(".ods")
    with pd.ExcelWriter(ods_path, engine="odf") as writer:
        pd.DataFrame(
            [(key, label, "" if value is None else str(value)) for key, label, value in summary],
            columns=["key", "label", "value"],
        ).to_excel(writer, sheet_name="summary", index=False)
        pd.DataFrame(records, columns=DATASET_FIELDS).to_excel(
            writer, sheet_name="datasets", index=False
        )
        pd.DataFrame(report.quality_levels, columns=["quality_level", "datasets"]).to_excel(
            writer, sheet_name="quality", index=False
        )
        pd.DataFrame(
            [(d.id, d.title, d.unit, d.status_at_end, iso(d.last_updated)) for d in report.overdue],
            columns=["id", "title", "unit", "status", "last_updated"],
        ).to_excel(writer, sheet_name="overdue", index=False)
    return [html_path, csv_path, summary_path, ods_path]
