"""Assemble a project's Definitions: each approved dataset's chain, job and schedule, the sensor."""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg

from pipelines.dagster.factory import build_dataset_assets
from pipelines.dagster.resources import OpenDataResource
from pipelines.dagster.schedules import freshness_policy_for, schedule_for
from pipelines.dagster.sensors import build_overdue_sensor
from pipelines.spec import Project


def build_definitions(project: Project, output_dir: Path) -> dg.Definitions:
    assets: list[dg.AssetsDefinition] = []
    jobs = []
    schedules = []
    for spec in project.approved:
        dataset_assets, job = build_dataset_assets(
            spec, freshness_policy=freshness_policy_for(spec)
        )
        assets.extend(dataset_assets)
        jobs.append(job)
        schedule = schedule_for(spec, job)
        if schedule is not None:
            schedules.append(schedule)
    # EnvVar keeps the secret out of the run configuration that the UI shows.
    key = dg.EnvVar("OPENDATA_PSEUDONYM_KEY") if os.environ.get("OPENDATA_PSEUDONYM_KEY") else None
    return dg.Definitions(
        assets=assets,
        jobs=jobs,
        schedules=schedules,
        sensors=[build_overdue_sensor(project.root, output_dir)],
        resources={
            "opendata": OpenDataResource(
                project_dir=str(project.root), output_dir=str(output_dir), pseudonym_key=key
            )
        },
    )
