"""Schedules and freshness policies from a spec's `update_frequency`.

Schedules run the dataset's publish job at the frequency's cron (pipelines.cadence.frequency) in
Asia/Taipei. They default to RUNNING: approving a spec (`status: approved`) is the decision to
publish it on its cadence, so a deployment should not need a second, manual switch in the UI
that is easy to forget. Operators can still stop a schedule in the UI, or pass
`default_status=STOPPED` (e.g. for a staging deployment).

Freshness policies mirror the cadence thresholds: WARN from the "due" age, FAIL from the
"overdue" age (one period plus its grace, docs/cadence.md). Dagster measures the time since the
last materialization, which also happens when the data did not change; `opendata cadence` and
the overdue sensor measure the time since the data changed, so they are the stricter signal.
"""

from __future__ import annotations

from datetime import datetime

import dagster as dg
from dagster._core.definitions.unresolved_asset_job_definition import (
    UnresolvedAssetJobDefinition,
)
from dagster._core.storage.tags import (
    ASSET_PARTITION_RANGE_END_TAG,
    ASSET_PARTITION_RANGE_START_TAG,
)

from pipelines.cadence.frequency import TAIPEI, frequency
from pipelines.dagster.names import job_name as job_name_for
from pipelines.spec import DatasetSpec

Job = dg.JobDefinition | UnresolvedAssetJobDefinition


def schedule_name(spec: DatasetSpec) -> str:
    return f"{job_name_for(spec.id)}_schedule"


def freshness_policy_for(spec: DatasetSpec) -> dg.FreshnessPolicy | None:
    """WARN once due, FAIL once overdue; None for irregular/never (no promise to keep)."""
    freq = frequency(spec.update_frequency)
    if not freq.scheduled:
        return None
    assert freq.due is not None and freq.overdue is not None
    return dg.FreshnessPolicy.time_window(fail_window=freq.overdue, warn_window=freq.due)


def _partitions(spec: DatasetSpec) -> dg.TimeWindowPartitionsDefinition | None:
    if spec.partition is None:
        return None
    # The asset factory owns the partitions definition; reuse it so both always agree. Imported
    # here, not at the top, because it pulls in every pipeline stage.
    from pipelines.dagster.factory import partitions_for

    return partitions_for(spec)


def partition_range(
    partitions: dg.TimeWindowPartitionsDefinition, spec: DatasetSpec, tick: datetime
) -> tuple[str, str] | None:
    """The partitions to (re)process at a tick: from the one holding the start of the period
    that just ended to the newest (still open) one. Everything that can have changed since the
    previous tick, without reprocessing the whole history."""
    freq = frequency(spec.update_frequency)
    assert freq.due is not None
    first = partitions.start
    if tick < first:
        return None
    # With end_offset=1 (the factory's choice) the partition holding the tick is the newest.
    last = partitions.get_partition_key_for_timestamp(tick.timestamp())
    since = partitions.get_partition_key_for_timestamp(max(tick - freq.due, first).timestamp())
    return since, last


def schedule_for(
    spec: DatasetSpec,
    job: Job | str,
    *,
    default_status: dg.DefaultScheduleStatus = dg.DefaultScheduleStatus.RUNNING,
    partitions: dg.TimeWindowPartitionsDefinition | None = None,
) -> dg.ScheduleDefinition | None:
    """The publish schedule of an approved spec with a regular frequency, else None.

    `job` is the dataset's job (or its name, `publish_<id with _>`). For a partitioned dataset
    each tick requests one run over the partitions touched since the previous period (a
    partition-range run, which the single-run backfill policy of the assets accepts).
    `partitions` defaults to the asset factory's definition for the spec.
    """
    freq = frequency(spec.update_frequency)
    if not freq.scheduled or not spec.is_published:
        return None
    assert freq.cron is not None
    target: dict[str, Job | str] = {"job_name": job} if isinstance(job, str) else {"job": job}
    description = f"Publish {spec.id} {freq.name} ({freq.label_zh}) at `{freq.cron}` Asia/Taipei."
    partitions = partitions or _partitions(spec)
    if partitions is None:
        return dg.ScheduleDefinition(
            name=schedule_name(spec),
            cron_schedule=freq.cron,
            execution_timezone=str(TAIPEI),
            default_status=default_status,
            description=description,
            **target,  # type: ignore[arg-type]
        )

    partitions_def = partitions

    @dg.schedule(
        name=schedule_name(spec),
        cron_schedule=freq.cron,
        execution_timezone=str(TAIPEI),
        default_status=default_status,
        description=description,
        **target,  # type: ignore[arg-type]
    )
    def _partitioned(context: dg.ScheduleEvaluationContext) -> dg.RunRequest | dg.SkipReason:
        tick = context.scheduled_execution_time or datetime.now(TAIPEI)
        keys = partition_range(partitions_def, spec, tick)
        if keys is None:
            return dg.SkipReason("no partition has started yet")
        start, end = keys
        return dg.RunRequest(
            run_key=f"{spec.id}:{tick.isoformat()}",
            tags={ASSET_PARTITION_RANGE_START_TAG: start, ASSET_PARTITION_RANGE_END_TAG: end},
        )

    return _partitioned
