"""Dagster schedules and freshness policies derived from update_frequency."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import dagster as dg
import pytest
from dagster._utils.schedules import cron_string_iterator

from pipelines.cadence.frequency import TAIPEI, frequency, next_run
from pipelines.dagster.schedules import freshness_policy_for, partition_range, schedule_for
from tests.test_cadence import make_project, spec_dict

SCHEDULED = ["daily", "weekly", "monthly", "quarterly", "semiannual", "yearly"]


@pytest.fixture
def specs(tmp_path: Path) -> dict[str, object]:
    project = make_project(
        tmp_path,
        [spec_dict(f"ds-{name}", name) for name in [*SCHEDULED, "irregular", "never"]]
        + [spec_dict("ds-draft", "monthly", status="draft")],
    )
    return {spec.id: spec for spec in project.specs}


def _job(name: str) -> dg.UnresolvedAssetJobDefinition:
    return dg.define_asset_job(name, selection=dg.AssetSelection.all())


@pytest.mark.parametrize("name", SCHEDULED)
def test_schedule_cron_timezone_and_job(specs: dict, name: str) -> None:
    spec = specs[f"ds-{name}"]
    job_name = f"publish_ds_{name}"
    schedule = schedule_for(spec, _job(job_name))
    assert schedule is not None
    assert schedule.cron_schedule == frequency(name).cron
    assert schedule.execution_timezone == "Asia/Taipei"
    assert schedule.job_name == job_name
    assert schedule.default_status == dg.DefaultScheduleStatus.RUNNING
    # Dagster's own cron evaluation agrees with the periods cadence status measures against.
    start = datetime(2026, 11, 27, 12, tzinfo=TAIPEI)
    ticks = cron_string_iterator(start.timestamp(), schedule.cron_schedule, "Asia/Taipei")
    first = next(ticks)
    assert first == next_run(frequency(name), start)
    assert first.hour == 2


def test_unscheduled_and_draft_specs_get_no_schedule(specs: dict) -> None:
    for dataset_id in ("ds-irregular", "ds-never", "ds-draft"):
        assert schedule_for(specs[dataset_id], "publish_x") is None
    assert freshness_policy_for(specs["ds-irregular"]) is None
    assert freshness_policy_for(specs["ds-never"]) is None


@pytest.mark.parametrize("name", SCHEDULED)
def test_freshness_policy_matches_cadence_thresholds(specs: dict, name: str) -> None:
    policy = freshness_policy_for(specs[f"ds-{name}"])
    assert isinstance(policy, dg.FreshnessPolicy)
    assert policy.fail_window.to_timedelta() == frequency(name).overdue
    assert policy.warn_window is not None
    assert policy.warn_window.to_timedelta() == frequency(name).due


def test_schedules_load_into_definitions(specs: dict) -> None:
    @dg.asset
    def placeholder() -> None:
        return None

    jobs = {name: _job(f"publish_ds_{name}") for name in SCHEDULED}
    schedules = [schedule_for(specs[f"ds-{name}"], jobs[name]) for name in SCHEDULED]
    defs = dg.Definitions(assets=[placeholder], jobs=list(jobs.values()), schedules=schedules)
    assert defs.resolve_schedule_def("publish_ds_monthly_schedule").cron_schedule == "0 2 1 * *"


def test_partitioned_dataset_schedule_requests_recent_partition_range(tmp_path: Path) -> None:
    project = make_project(
        tmp_path,
        [spec_dict("ds-part", "monthly",
                   partition={"by": "received_date", "every": "day", "start": "2026-01-01"})],
    )  # fmt: skip
    spec = project.specs[0]
    # As the asset factory defines it (pipelines.dagster.factory.partitions_for).
    partitions = dg.DailyPartitionsDefinition(
        start_date="2026-01-01", timezone="Asia/Taipei", end_offset=1
    )
    schedule = schedule_for(spec, "publish_ds_part", partitions=partitions)
    assert schedule is not None and schedule.execution_timezone == "Asia/Taipei"
    tick = datetime(2026, 12, 1, 2, tzinfo=TAIPEI)
    with dg.build_schedule_context(scheduled_execution_time=tick) as context:
        result = schedule.evaluate_tick(context)
    (request,) = result.run_requests or []
    assert request.tags["dagster/asset_partition_range_start"] == "2026-11-01"
    assert request.tags["dagster/asset_partition_range_end"] == "2026-12-01"
    early = partition_range(partitions, spec, datetime(2026, 1, 5, 2, tzinfo=TAIPEI))
    assert early == ("2026-01-01", "2026-01-05")  # clamped to the first partition
