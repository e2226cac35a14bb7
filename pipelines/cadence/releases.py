"""Reading the release log (`OUT/release-log.jsonl`, format in docs/architecture.md).

The log is append-only and fsynced line by line, so the damage a crash can leave is a truncated
last line (skipped silently: its release was never made current). If the publisher appended after
such a crash, the cut-off text and the next line share one line; that line is skipped with a
warning naming its number, so monitoring keeps working and the operator can repair the file.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

RELEASE_LOG = "release-log.jsonl"
log = logging.getLogger(__name__)


def parse_time(value: str) -> datetime:
    """An ISO 8601 time from the log as an aware datetime (naive values are taken as UTC)."""
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Release:
    """The fields of one release-log line that cadence and reporting use."""

    dataset: str
    version: int
    created: datetime
    data_changed: datetime
    rows: int | None = None
    update_frequency: str | None = None
    quality_level: str | None = None
    entities_removed: int = 0
    records_suppressed: int = 0

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Release:
        created = parse_time(row["created"])
        deid = row.get("deid") or {}
        return cls(
            dataset=str(row["dataset"]),
            version=int(row.get("version") or 0),
            created=created,
            # A first release has data_changed == created; older writers may have left it out.
            data_changed=parse_time(row["data_changed"]) if row.get("data_changed") else created,
            rows=row.get("rows"),
            update_frequency=row.get("update_frequency"),
            quality_level=row.get("quality_level"),
            entities_removed=int(deid.get("entities_removed") or 0),
            records_suppressed=int(deid.get("records_suppressed") or 0),
        )


def read_release_log(path: Path) -> list[dict[str, Any]]:
    """The log's rows as dicts, in file order; a missing log is an empty one."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    lines = text.split("\n")
    rows: list[dict[str, Any]] = []
    last = max((i for i, line in enumerate(lines) if line.strip()), default=-1)
    for number, line in enumerate(lines):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            if not (number == last and not text.endswith("\n")):
                log.warning("%s: line %d is not valid JSON; skipped", path, number + 1)
            continue
        if not isinstance(row, dict) or "dataset" not in row or "created" not in row:
            log.warning("%s: line %d is not a release entry; skipped", path, number + 1)
            continue
        rows.append(row)
    return rows


def to_releases(rows: Iterable[Mapping[str, Any] | Release]) -> list[Release]:
    """Normalise log rows (dicts or Release objects) into Releases sorted by creation time."""
    releases = [r if isinstance(r, Release) else Release.from_row(r) for r in rows]
    return sorted(releases, key=lambda r: (r.created, r.dataset, r.version))
