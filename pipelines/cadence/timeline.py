"""A per-dataset timeline as inline SVG: releases against the due dates they were measured by.

Inline SVG keeps the portal page self-contained (no scripts, no external files, works offline and
prints). Each chart carries <title>/<desc> for screen readers; the page also has a table of the
same releases, because a chart alone is not an accessible presentation of data.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from html import escape

from pipelines.cadence.frequency import TAIPEI, frequency, periods
from pipelines.cadence.status import ON_TIME_PERIODS, CadenceRow, late_intervals

WIDTH, HEIGHT = 720, 96
LEFT, RIGHT = 12, 12
AXIS_Y = 58
STATUS_ZH = {
    "up-to-date": "已更新",
    "due": "應更新",
    "overdue": "逾期",
    "delinquent": "嚴重逾期",
    "unpublished": "尚未發布",
}
TICK_FORMAT = {
    "daily": "%m-%d",
    "weekly": "%m-%d",
    "monthly": "%Y-%m",
    "quarterly": "%Y-%m",
    "semiannual": "%Y-%m",
    "yearly": "%Y",
}


def local_date(moment: datetime | None, with_time: bool = False) -> str:
    """A date (and time) in Asia/Taipei, how stewards read it."""
    if moment is None:
        return "—"
    return moment.astimezone(TAIPEI).strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


def _window(row: CadenceRow) -> tuple[datetime, datetime]:
    """From shortly before the first release (at most ON_TIME_PERIODS periods back, at least
    three) to one overdue age after as_of, so the coming deadlines are visible."""
    freq = frequency(row.update_frequency)
    first = row.history[0].created if row.history else None
    if freq.scheduled:
        assert freq.due is not None and freq.overdue is not None
        wanted = (row.as_of - first + freq.due) if first else freq.due * 3
        span = max(freq.due * 3, min(wanted, freq.due * ON_TIME_PERIODS))
        return row.as_of - span, row.as_of + freq.overdue
    span = max(row.as_of - first if first else timedelta(days=365), timedelta(days=30))
    return row.as_of - span * 1.05, row.as_of + span * 0.05


def timeline_svg(row: CadenceRow) -> str:
    """The SVG element (a string) for one dataset's timeline."""
    freq = frequency(row.update_frequency)
    t0, t1 = _window(row)

    def x(moment: datetime) -> float:
        share = (moment - t0) / (t1 - t0)
        return round(LEFT + max(0.0, min(1.0, share)) * (WIDTH - LEFT - RIGHT), 1)

    def inside(moment: datetime) -> bool:
        return t0 <= moment <= t1

    parts: list[str] = []
    # Late intervals: overdue in light red, the delinquent part darker.
    updates = sorted({h.data_changed for h in row.history})
    for start, end in late_intervals(freq, updates, row.as_of):
        if end < t0:
            continue
        assert freq.delinquent is not None and freq.overdue is not None
        worse = start - freq.overdue + freq.delinquent
        parts.append(_band(x(start), x(min(end, worse)), "#fde2c4"))
        if worse < end:
            parts.append(_band(x(worse), x(end), "#f5b7b1"))
    # Period grid with a few labels (at most about eight, so they never overlap).
    # Unscheduled datasets still get a calendar: months, or years over long spans.
    grid_freq = (
        freq
        if freq.scheduled
        else frequency("yearly" if t1 - t0 > timedelta(days=730) else "monthly")
    )
    if grid_freq.scheduled:
        grid = [a for a, _ in periods(grid_freq, t0, t1) if inside(a)]
        step = max(1, -(-len(grid) // 8))
        for index, start in enumerate(grid):
            px = x(start)
            parts.append(
                f'<line x1="{px}" y1="{AXIS_Y - 30}" x2="{px}" y2="{AXIS_Y + 4}" '
                'stroke="#d0d4d9" stroke-width="1"/>'
            )
            if index % step == 0:
                label = start.astimezone(TAIPEI).strftime(TICK_FORMAT[grid_freq.name])
                parts.append(
                    f'<text x="{px}" y="{AXIS_Y + 18}" font-size="11" text-anchor="middle" '
                    f'fill="#555">{label}</text>'
                )
    parts.append(
        f'<line x1="{LEFT}" y1="{AXIS_Y}" x2="{WIDTH - RIGHT}" y2="{AXIS_Y}" stroke="#555"/>'
    )
    # Due dates that followed each data update, as small orange ticks; the next one dashed.
    if freq.scheduled and freq.due is not None:
        for update in updates:
            due = update + freq.due
            if inside(due) and due != row.next_due:
                parts.append(
                    f'<path d="M{x(due)} {AXIS_Y - 6} l4 -7 h-8 z" fill="#d9822b">'
                    f"<title>到期 Due {local_date(due)}</title></path>"
                )
        if row.next_due is not None and inside(row.next_due):
            px = x(row.next_due)
            parts.append(
                f'<line x1="{px}" y1="{AXIS_Y - 34}" x2="{px}" y2="{AXIS_Y}" stroke="#d9822b" '
                'stroke-width="2" stroke-dasharray="4 3">'
                f"<title>下次到期 Next due {local_date(row.next_due)}</title></line>"
            )
    # Releases: filled when the data changed, hollow for a re-publication of the same data.
    for entry in row.history:
        if not inside(entry.created):
            continue
        kind = "資料更新 data update" if entry.data_update else "重新發布 re-publication"
        fill = "#1f6fb2" if entry.data_update else "#ffffff"
        parts.append(
            f'<circle cx="{x(entry.created)}" cy="{AXIS_Y}" r="5" fill="{fill}" '
            f'stroke="#1f6fb2" stroke-width="2"><title>v{entry.version} '
            f"{local_date(entry.created, True)} {kind}</title></circle>"
        )
    px = x(row.as_of)
    parts.append(
        f'<line x1="{px}" y1="{AXIS_Y - 40}" x2="{px}" y2="{AXIS_Y + 6}" stroke="#222" '
        'stroke-width="2"/>'
        f'<text x="{px - 4}" y="{AXIS_Y - 30}" font-size="11" text-anchor="end" fill="#222">'
        "評估時間 As of</text>"
    )
    ident = escape(row.id)
    title = f"{row.title}：發布時間軸 Release timeline"
    shown = sum(1 for h in row.history if inside(h.created))
    desc = (
        f"{len(row.history)} releases in total, {shown} shown from {local_date(t0)} to "
        f"{local_date(t1)}; last data update {local_date(row.last_updated)}; "
        f"next due {local_date(row.next_due)}; status {row.status} ({STATUS_ZH[row.status]})."
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="100%" aria-labelledby="tl-{ident}-t tl-{ident}-d">'
        f'<title id="tl-{ident}-t">{escape(title)}</title>'
        f'<desc id="tl-{ident}-d">{escape(desc)}</desc>' + "".join(parts) + "</svg>"
    )


def _band(x0: float, x1: float, colour: str) -> str:
    return (
        f'<rect x="{x0}" y="{AXIS_Y - 34}" width="{round(max(x1 - x0, 0.0), 1)}" height="38" '
        f'fill="{colour}"/>'
    )
