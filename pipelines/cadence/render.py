"""The `opendata cadence` command body and the portal's cadence page.

`cadence_command` returns text for the terminal (table), for programs (json) or for spreadsheets
(csv). `write_cadence_page` writes `OUT/portal/cadence.html` with `cadence.csv` and `cadence.json`
beside it. Output depends only on the specs, the release log and `as_of`: there is no "now" in
here, so the same inputs always give the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Literal

from jinja2 import Environment, FileSystemLoader, select_autoescape

from pipelines.cadence.frequency import TAIPEI, frequency
from pipelines.cadence.releases import RELEASE_LOG, read_release_log
from pipelines.cadence.status import CadenceRow, cadence_status, iso
from pipelines.cadence.timeline import STATUS_ZH, local_date, timeline_svg
from pipelines.spec import Project

Format = Literal["table", "json", "csv"]
CSV_FIELDS = [
    "id",
    "title",
    "title_en",
    "unit",
    "update_frequency",
    "status",
    "last_updated",
    "last_released",
    "next_due",
    "overdue_at",
    "on_time_rate",
    "on_time_periods",
]
TEMPLATES = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=select_autoescape(["html"]),
    keep_trailing_newline=True,
)


def parse_as_of(text: str) -> datetime:
    """`--as-of`: YYYY-MM-DD means the end of that day in Asia/Taipei (releases made that day
    count); a full ISO 8601 time is taken as given, in Asia/Taipei when it has no offset."""
    text = text.strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return datetime.combine(day + timedelta(days=1), time(), TAIPEI) - timedelta(
                microseconds=1
            )
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"--as-of {text!r}: use YYYY-MM-DD or an ISO 8601 time such as 2026-11-27T09:00"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=TAIPEI)


def cadence_rows(project: Project, out_dir: Path, as_of: datetime) -> list[CadenceRow]:
    """Cadence status from `out_dir/release-log.jsonl`."""
    return cadence_status(project, read_release_log(out_dir / RELEASE_LOG), as_of)


def _width(text: str) -> int:
    # CJK characters take two terminal columns; pad by display width, not by len().
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate:.0%}"


def format_table(rows: list[CadenceRow]) -> str:
    header = ["id", "status", "frequency", "last updated", "next due", "on time", "unit"]
    body = [
        [
            row.id,
            row.status,
            row.update_frequency,
            local_date(row.last_updated, True),
            local_date(row.next_due, True),
            _percent(row.on_time_rate),
            row.unit,
        ]
        for row in rows
    ]
    widths = [max(_width(cell) for cell in column) for column in zip(header, *body, strict=False)]
    lines = [
        "  ".join(_pad(c, w) for c, w in zip(line, widths, strict=True)).rstrip()
        for line in [header, *body]
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    if rows:
        counts = Counter(row.status for row in rows)
        summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        lines.append(
            f"\n{len(rows)} datasets as of {local_date(rows[0].as_of, True)} Asia/Taipei: {summary}"
        )
    else:
        lines.append("\nno approved datasets")
    return "\n".join(lines) + "\n"


def to_csv(rows: list[CadenceRow]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        data = row.to_dict(with_history=False)
        writer.writerow({k: "" if data[k] is None else data[k] for k in CSV_FIELDS})
    return buffer.getvalue()


def to_json(rows: list[CadenceRow], as_of: datetime) -> str:
    document = {"as_of": iso(as_of), "datasets": [row.to_dict() for row in rows]}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def cadence_command(
    project: Project, out_dir: Path, as_of: datetime | None, fmt: Format = "table"
) -> str:
    """The body of `opendata cadence`; `as_of=None` means now."""
    moment = as_of or datetime.now(UTC)
    rows = cadence_rows(project, out_dir, moment)
    if fmt == "json":
        return to_json(rows, moment)
    if fmt == "csv":
        return to_csv(rows)
    if fmt == "table":
        return format_table(rows)
    raise ValueError(f"unknown format {fmt!r}: use table, json or csv")


def render_cadence_html(project: Project, rows: list[CadenceRow], as_of: datetime) -> str:
    counts = Counter(row.status for row in rows)
    return TEMPLATES.get_template("cadence.html").render(
        agency=project.config.agency,
        as_of=local_date(as_of, True),
        as_of_iso=iso(as_of),
        rows=rows,
        counts=[(s, STATUS_ZH[s], counts.get(s, 0)) for s in STATUS_ZH],
        status_zh=STATUS_ZH,
        frequency=frequency,
        local_date=local_date,
        percent=_percent,
        timeline_svg=timeline_svg,
    )


def write_cadence_page(project: Project, out_dir: Path, as_of: datetime) -> list[Path]:
    """Write `out_dir/portal/cadence.html`, `cadence.csv` and `cadence.json`; returns the paths."""
    rows = cadence_rows(project, out_dir, as_of)
    portal = out_dir / "portal"
    portal.mkdir(parents=True, exist_ok=True)
    outputs = {
        "cadence.html": render_cadence_html(project, rows, as_of),
        "cadence.csv": to_csv(rows),
        "cadence.json": to_json(rows, as_of),
    }
    paths = []
    for name, text in outputs.items():
        path = portal / name
        path.write_text(text, encoding="utf-8", newline="")
        paths.append(path)
    return paths
