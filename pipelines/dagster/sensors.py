"""The overdue alert sensor: computes cadence status on each evaluation and alerts once per
dataset per missed due date (pipelines.cadence.alerts), remembering what it sent in its cursor.

It requests no runs (a late dataset usually needs a person: a missing export, a failed check),
so it targets no job. It defaults to RUNNING because alerts are harmless without channels (they
are only logged) and monitoring that must be switched on by hand tends to stay off.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path

import dagster as dg

from pipelines.cadence.alerts import AlertSettings, deliver, pending_alerts
from pipelines.cadence.render import cadence_rows
from pipelines.spec import load_project

SENSOR_NAME = "overdue_alert_sensor"


def _load_cursor(cursor: str | None) -> dict[str, str]:
    if not cursor:
        return {}
    try:
        data = json.loads(cursor)
    except json.JSONDecodeError:
        return {}  # an unreadable cursor costs at most one repeated alert per late dataset
    alerted = data.get("alerted", {}) if isinstance(data, dict) else {}
    return {str(k): str(v) for k, v in alerted.items()}


def _dump_cursor(alerted: Mapping[str, str]) -> str:
    return json.dumps({"alerted": dict(sorted(alerted.items()))}, separators=(",", ":"))


def build_overdue_sensor(
    project_dir: Path,
    out_dir: Path | None = None,
    *,
    minimum_interval_seconds: int = 3600,
    clock: Callable[[], datetime] | None = None,
    env: Mapping[str, str] | None = None,
    default_status: dg.DefaultSensorStatus = dg.DefaultSensorStatus.RUNNING,
) -> dg.SensorDefinition:
    """The `overdue_alert_sensor` of a project; `out_dir` defaults to the project's output.

    `clock` and `env` exist for tests (evaluate at a chosen moment, point at local receivers);
    by default the sensor uses the current time and reads channels from os.environ at each
    evaluation, so changing the environment needs no code change.
    """

    @dg.sensor(
        name=SENSOR_NAME,
        minimum_interval_seconds=minimum_interval_seconds,
        default_status=default_status,
        description="Alerts once per dataset per period when a dataset becomes overdue.",
    )
    def overdue_alert_sensor(context: dg.SensorEvaluationContext) -> dg.SkipReason:
        as_of = clock() if clock else datetime.now(UTC)
        project = load_project(Path(project_dir))
        rows = cadence_rows(project, Path(out_dir or project.default_output), as_of)
        alerted = _load_cursor(context.cursor)
        fresh, updated = pending_alerts(rows, alerted)
        if fresh and not deliver(fresh, AlertSettings.from_env(env), context.log):
            # Nothing reached anyone: keep the old cursor so the next evaluation retries.
            return dg.SkipReason(f"{len(fresh)} overdue alert(s) not delivered; will retry")
        context.update_cursor(_dump_cursor(updated))
        late = sum(1 for row in rows if row.late)
        return dg.SkipReason(f"{late} dataset(s) late, {len(fresh)} new alert(s) sent")

    return overdue_alert_sensor
