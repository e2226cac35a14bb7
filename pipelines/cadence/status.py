"""Cadence status: is each published dataset as fresh as its `update_frequency` promises?

Only a change of the published data counts as an update: a release whose `data_changed` equals
the previous one (metadata edits, re-publication of the same rows) leaves the clock running.
Everything is computed against an explicit `as_of`, ignoring releases created after it, so any
past moment can be re-evaluated and the results are deterministic.

Statuses (HDX model, thresholds in pipelines.cadence.frequency):
  up-to-date   age < due            (also: irregular/never datasets that have been published)
  due          due <= age < overdue
  overdue      overdue <= age < delinquent
  delinquent   age >= delinquent
  unpublished  approved but no release yet (no clock to measure)

On-time rate: of the last ON_TIME_PERIODS complete calendar periods since the first data update,
the share in which the dataset never crossed its overdue threshold, i.e. every time the clock ran,
a data update arrived before the overdue threshold. None when no period has elapsed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from pipelines.cadence.frequency import Frequency, frequency, periods
from pipelines.cadence.releases import Release, read_release_log, to_releases
from pipelines.spec import DatasetSpec, Project

__all__ = [
    "ON_TIME_PERIODS",
    "CadenceRow",
    "HistoryEntry",
    "cadence_status",
    "data_updates",
    "late_intervals",
    "on_time",
    "read_release_log",
    "status_at",
]

ON_TIME_PERIODS = 12
CadenceStatus = Literal["up-to-date", "due", "overdue", "delinquent", "unpublished"]
LATE = ("overdue", "delinquent")


def iso(moment: datetime | None) -> str | None:
    """UTC ISO 8601 with Z, the log's own convention."""
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class HistoryEntry:
    """One release as drawn on the timeline: `data_update` is False for re-publications."""

    version: int
    created: datetime
    data_changed: datetime
    data_update: bool
    rows: int | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "created": iso(self.created),
            "data_changed": iso(self.data_changed),
            "data_update": self.data_update,
            "rows": self.rows,
        }


@dataclass(frozen=True)
class CadenceRow:
    id: str
    title: str
    title_en: str | None
    unit: str
    update_frequency: str
    scheduled: bool
    status: CadenceStatus
    as_of: datetime
    last_updated: datetime | None  # last data change (not last release)
    last_released: datetime | None
    next_due: datetime | None  # when the status turns "due"
    overdue_at: datetime | None
    delinquent_at: datetime | None
    on_time_rate: float | None
    on_time_periods: int  # how many periods on_time_rate is a share of
    history: tuple[HistoryEntry, ...] = field(default=())

    @property
    def late(self) -> bool:
        return self.status in LATE

    def to_dict(self, with_history: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "title_en": self.title_en,
            "unit": self.unit,
            "update_frequency": self.update_frequency,
            "scheduled": self.scheduled,
            "status": self.status,
            "as_of": iso(self.as_of),
            "last_updated": iso(self.last_updated),
            "last_released": iso(self.last_released),
            "next_due": iso(self.next_due),
            "overdue_at": iso(self.overdue_at),
            "delinquent_at": iso(self.delinquent_at),
            "on_time_rate": None if self.on_time_rate is None else round(self.on_time_rate, 4),
            "on_time_periods": self.on_time_periods,
        }
        if with_history:
            data["history"] = [h.to_dict() for h in self.history]
        return data


def _require_aware(as_of: datetime) -> datetime:
    if as_of.tzinfo is None:
        raise ValueError("as_of must be timezone-aware (use pipelines.cadence.render.parse_as_of)")
    return as_of


def data_updates(releases: Sequence[Release], as_of: datetime) -> list[datetime]:
    """The distinct data-change times of one dataset's releases created up to `as_of`."""
    return sorted({r.data_changed for r in releases if r.created <= as_of})


def status_at(freq: Frequency, last_update: datetime | None, as_of: datetime) -> CadenceStatus:
    if last_update is None:
        return "unpublished"
    if not freq.scheduled:
        return "up-to-date"
    assert freq.due and freq.overdue and freq.delinquent
    age = as_of - last_update
    if age >= freq.delinquent:
        return "delinquent"
    if age >= freq.overdue:
        return "overdue"
    return "due" if age >= freq.due else "up-to-date"


def late_intervals(
    freq: Frequency, updates: Sequence[datetime], as_of: datetime
) -> list[tuple[datetime, datetime]]:
    """Intervals [from, to) during which the dataset was overdue or worse, up to `as_of`."""
    if not freq.scheduled or not updates:
        return []
    assert freq.overdue is not None
    ends = [*updates[1:], as_of]
    result = []
    for update, following in zip(updates, ends, strict=True):
        late_from = update + freq.overdue
        if late_from < following:
            result.append((late_from, following))
    return result


def on_time(
    freq: Frequency, updates: Sequence[datetime], start: datetime, end: datetime
) -> list[tuple[datetime, datetime, bool]]:
    """Each complete calendar period from the one holding `start` up to `end` that ends after
    the first update, with whether the dataset stayed out of "overdue" throughout it (only the
    part after the first update counts: before it there was no clock)."""
    if not freq.scheduled or not updates:
        return []
    first = updates[0]
    late = late_intervals(freq, [u for u in updates if u < end], end)
    result = []
    for a, b in periods(freq, start, end):
        if b > end or b <= first:
            continue
        lo = max(a, first)
        ok = not any(late_from < b and late_to > lo for late_from, late_to in late)
        result.append((a, b, ok))
    return result


def _row(spec: DatasetSpec, releases: Sequence[Release], as_of: datetime) -> CadenceRow:
    freq = frequency(spec.update_frequency)
    visible = [r for r in releases if r.created <= as_of]
    updates = data_updates(visible, as_of)
    last = updates[-1] if updates else None
    history: list[HistoryEntry] = []
    previous: datetime | None = None
    for release in visible:
        history.append(
            HistoryEntry(
                version=release.version,
                created=release.created,
                data_changed=release.data_changed,
                data_update=release.data_changed != previous,
                rows=release.rows,
            )
        )
        previous = release.data_changed
    rate: float | None = None
    counted = 0
    if updates and freq.scheduled:
        record = on_time(freq, updates, updates[0], as_of)[-ON_TIME_PERIODS:]
        counted = len(record)
        if record:
            rate = sum(ok for _, _, ok in record) / counted

    def after(delta: Any) -> datetime | None:
        return last + delta if last is not None and delta is not None else None

    return CadenceRow(
        id=spec.id,
        title=spec.title.zh_tw,
        title_en=spec.title.en,
        unit=spec.publisher.unit,
        update_frequency=spec.update_frequency,
        scheduled=freq.scheduled,
        status=status_at(freq, last, as_of),
        as_of=as_of,
        last_updated=last,
        last_released=visible[-1].created if visible else None,
        next_due=after(freq.due),
        overdue_at=after(freq.overdue),
        delinquent_at=after(freq.delinquent),
        on_time_rate=rate,
        on_time_periods=counted,
        history=tuple(history),
    )


def by_dataset(rows: Iterable[Mapping[str, Any] | Release]) -> dict[str, list[Release]]:
    grouped: dict[str, list[Release]] = {}
    for release in to_releases(rows):
        grouped.setdefault(release.dataset, []).append(release)
    return grouped


def cadence_status(
    project: Project,
    release_log_rows: Iterable[Mapping[str, Any] | Release],
    as_of: datetime,
) -> list[CadenceRow]:
    """One row per approved dataset (drafts and retired datasets promise no cadence), by id."""
    as_of = _require_aware(as_of)
    grouped = by_dataset(release_log_rows)
    return [_row(spec, grouped.get(spec.id, []), as_of) for spec in project.approved]
