"""What each `update_frequency` promises: schedule, catalog vocabularies and freshness thresholds.

One table drives the Dagster schedules, the freshness policies, the cadence status and the catalog
exports, so a steward's single choice in the spec means the same thing everywhere. The table is
documented for stewards in docs/cadence.md; keep the two in step.

Freshness follows the Humanitarian Data Exchange (HDX) model: a dataset's *age* is the time since
its data last changed, and three thresholds turn the age into a status (up-to-date → due → overdue
→ delinquent). Monthly (30/44/60 days) and yearly (365/425/455) are HDX's published values; the
others follow the same pattern (due at one period, overdue about one grace later, delinquent a
second grace later).

Periods used for on-time accounting are calendar periods in Asia/Taipei starting at midnight
(days, ISO weeks from Monday, months, quarters, half-years, years); the cron schedules fire at
02:00 inside each period, after the agency's nightly source exports.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

TAIPEI = ZoneInfo("Asia/Taipei")
EU_FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/"


@dataclass(frozen=True)
class Frequency:
    """One update frequency. Unscheduled ones (irregular, never) have no cron and no thresholds."""

    name: str
    label_zh: str
    label_en: str
    months: int  # calendar months per period (0 for day-based periods)
    days: int  # days per period for day-based periods (0 for month-based ones)
    cron: str | None  # five-field cron, evaluated in Asia/Taipei
    dcat_us: str | None  # DCAT-US accrualPeriodicity (ISO 8601 repeating duration)
    eu_uri: str  # EU Publications Office frequency authority
    due: timedelta | None
    overdue: timedelta | None
    delinquent: timedelta | None

    @property
    def scheduled(self) -> bool:
        return self.cron is not None

    @property
    def grace(self) -> timedelta | None:
        """Time between becoming due and overdue: how late a publication may be."""
        if self.due is None or self.overdue is None:
            return None
        return self.overdue - self.due


def _d(days: int) -> timedelta:
    return timedelta(days=days)


FREQUENCIES: dict[str, Frequency] = {
    f.name: f
    for f in (
        Frequency("daily", "每日", "Daily", 0, 1, "0 2 * * *", "R/P1D",
                  EU_FREQUENCY + "DAILY", _d(1), _d(2), _d(3)),
        Frequency("weekly", "每週", "Weekly", 0, 7, "0 2 * * 1", "R/P1W",
                  EU_FREQUENCY + "WEEKLY", _d(7), _d(14), _d(21)),
        Frequency("monthly", "每月", "Monthly", 1, 0, "0 2 1 * *", "R/P1M",
                  EU_FREQUENCY + "MONTHLY", _d(30), _d(44), _d(60)),
        Frequency("quarterly", "每季", "Quarterly", 3, 0, "0 2 1 1,4,7,10 *", "R/P3M",
                  EU_FREQUENCY + "QUARTERLY", _d(90), _d(120), _d(150)),
        Frequency("semiannual", "每半年", "Semiannual", 6, 0, "0 2 1 1,7 *", "R/P6M",
                  EU_FREQUENCY + "ANNUAL_2", _d(180), _d(210), _d(240)),
        Frequency("yearly", "每年", "Yearly", 12, 0, "0 2 1 1 *", "R/P1Y",
                  EU_FREQUENCY + "ANNUAL", _d(365), _d(425), _d(455)),
        # No promise, so no schedule and never late; DCAT-US knows "irregular" but has no "never".
        Frequency("irregular", "不定期", "Irregular", 0, 0, None, "irregular",
                  EU_FREQUENCY + "IRREG", None, None, None),
        Frequency("never", "不更新", "Never", 0, 0, None, None,
                  EU_FREQUENCY + "NEVER", None, None, None),
    )
}  # fmt: skip


def frequency(name: str) -> Frequency:
    """The Frequency named by a spec's `update_frequency`."""
    try:
        return FREQUENCIES[name]
    except KeyError:
        known = ", ".join(FREQUENCIES)
        raise ValueError(f"unknown update_frequency {name!r} (known: {known})") from None


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def period_start(freq: Frequency, moment: datetime) -> datetime:
    """Start (Taipei midnight) of the calendar period holding `moment`.

    >>> period_start(frequency("quarterly"), datetime(2026, 11, 27, 5, tzinfo=TAIPEI)).isoformat()
    '2026-10-01T00:00:00+08:00'
    """
    if not freq.scheduled:
        raise ValueError(f"{freq.name} has no periods")
    local = moment.astimezone(TAIPEI)
    day = local.date()
    if freq.days:
        if freq.days == 7:
            day -= timedelta(days=day.weekday())  # ISO weeks start on Monday
        return datetime.combine(day, time(), TAIPEI)
    month = (day.month - 1) // freq.months * freq.months + 1
    return datetime(day.year, month, 1, tzinfo=TAIPEI)


def next_period_start(freq: Frequency, start: datetime) -> datetime:
    """The period after the one beginning at `start` (a value from `period_start`)."""
    local = start.astimezone(TAIPEI)
    if freq.days:
        return datetime.combine(local.date() + timedelta(days=freq.days), time(), TAIPEI)
    year, month = _add_months(local.year, local.month, freq.months)
    return datetime(year, month, 1, tzinfo=TAIPEI)


def periods(freq: Frequency, start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
    """Calendar periods [a, b) overlapping [start, end), in order; the first and last may be cut
    off by start and end (the caller decides whether partial periods count)."""
    result: list[tuple[datetime, datetime]] = []
    a = period_start(freq, start)
    while a < end:
        b = next_period_start(freq, a)
        result.append((a, b))
        a = b
    return result


def next_run(freq: Frequency, after: datetime) -> datetime | None:
    """The first cron firing (02:00 Taipei in a period's first day) strictly after `after`."""
    if not freq.scheduled:
        return None
    start = period_start(freq, after)
    while True:
        fire = start + timedelta(hours=2)
        if fire > after:
            return fire
        start = next_period_start(freq, start)
