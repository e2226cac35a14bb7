"""Cadence: schedules and freshness per update frequency, cadence status, alerts, the report.

Plain functions; `pipelines/dagster/schedules.py` and `sensors.py` wrap them for Dagster.
"""

from pipelines.cadence.alerts import Alert, AlertSettings, deliver, pending_alerts
from pipelines.cadence.frequency import FREQUENCIES, TAIPEI, Frequency, frequency
from pipelines.cadence.releases import Release, read_release_log
from pipelines.cadence.render import (
    cadence_command,
    cadence_rows,
    parse_as_of,
    write_cadence_page,
)
from pipelines.cadence.report import build_report, parse_period, write_report
from pipelines.cadence.status import ON_TIME_PERIODS, CadenceRow, cadence_status

__all__ = [
    "FREQUENCIES",
    "ON_TIME_PERIODS",
    "TAIPEI",
    "Alert",
    "AlertSettings",
    "CadenceRow",
    "Frequency",
    "Release",
    "build_report",
    "cadence_command",
    "cadence_rows",
    "cadence_status",
    "deliver",
    "frequency",
    "parse_as_of",
    "parse_period",
    "pending_alerts",
    "read_release_log",
    "write_cadence_page",
    "write_report",
]
