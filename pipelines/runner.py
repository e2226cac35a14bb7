"""Run publications through Dagster against the project's instance, so runs show in the UI.

Each dataset runs as its own Dagster run: a dataset that fails (bad source, failed expectations,
blocked de-identification) stops only itself and keeps its previous release current.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dagster as dg

from pipelines.dagster.build import build_definitions
from pipelines.dagster.factory import partitions_for
from pipelines.dagster.names import asset_key, job_name
from pipelines.spec import DatasetSpec, Project, SpecError

QUIET_LOGS = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}
INSTANCE_SETTINGS = "telemetry:\n  enabled: false\n"


@dataclass
class DatasetRun:
    dataset: str
    state: str  # published | unchanged | failed | blocked
    rows_in: int | None = None
    rows_out: int | None = None
    version: int | None = None
    message: str = ""
    run_id: str = ""

    @property
    def ok(self) -> bool:
        return self.state in ("published", "unchanged")


def ensure_instance(project_root: Path) -> dg.DagsterInstance:
    """The project's local instance (SQLite) unless DAGSTER_HOME names another."""
    if not os.environ.get("DAGSTER_HOME"):
        home = project_root / ".dagster"
        home.mkdir(parents=True, exist_ok=True)
        settings = home / "dagster.yaml"
        if not settings.exists():
            settings.write_text(INSTANCE_SETTINGS)
        os.environ["DAGSTER_HOME"] = str(home)
    return dg.DagsterInstance.get()


def select(project: Project, dataset_ids: Iterable[str]) -> list[DatasetSpec]:
    wanted = list(dataset_ids)
    if not wanted:
        return list(project.approved)
    specs = [project.spec(i) for i in wanted]
    for spec in specs:
        if not spec.is_published:
            raise SpecError(f"{spec.id}: status is {spec.status}; only approved datasets publish")
    return specs


def publish_datasets(
    project: Project,
    out_dir: Path,
    specs: list[DatasetSpec],
    *,
    instance: dg.DagsterInstance,
    on_start: Callable[[DatasetSpec], None] = lambda spec: None,
    on_done: Callable[[DatasetRun], None] = lambda run: None,
) -> list[DatasetRun]:
    out_dir.mkdir(parents=True, exist_ok=True)
    defs = build_definitions(project, out_dir)
    runs = []
    for spec in specs:
        on_start(spec)
        job = defs.resolve_job_def(job_name(spec.id))
        result = job.execute_in_process(
            instance=instance,
            raise_on_error=False,
            run_config=QUIET_LOGS,
            tags=_partition_range_tags(spec),
        )
        run = summarize(spec, result)
        runs.append(run)
        on_done(run)
    return runs


def _partition_range_tags(spec: DatasetSpec) -> dict[str, str]:
    partitions = partitions_for(spec)
    if partitions is None:
        return {}
    keys = partitions.get_partition_keys()
    return {
        "dagster/asset_partition_range_start": keys[0],
        "dagster/asset_partition_range_end": keys[-1],
    }


def _metadata(result: dg.ExecuteInProcessResult, spec: DatasetSpec, stage: str) -> dict[str, Any]:
    key = asset_key(spec.id, stage)
    for event in result.get_asset_materialization_events():
        materialization = event.materialization
        if materialization and materialization.asset_key == key:
            return {k: getattr(v, "value", v) for k, v in materialization.metadata.items()}
    return {}


def summarize(spec: DatasetSpec, result: dg.ExecuteInProcessResult) -> DatasetRun:
    extracted = _metadata(result, spec, "extracted")
    run = DatasetRun(spec.id, "failed", run_id=result.run_id)
    if extracted:
        rejected = int(extracted.get("rejected", 0))
        run.rows_in = int(extracted.get("rows", 0)) + rejected
        if rejected:
            run.message = (
                f"{rejected} row(s) rejected, first {extracted.get('first_reject')}; "
                f"all in {extracted.get('rejects_file')}"
            )
    published = _metadata(result, spec, "published")
    if published:
        run.state = str(published["state"])
        run.version = int(published["version"])
        run.rows_out = int(published["dagster/row_count"])
        return run
    failed_checks = [
        evaluation
        for evaluation in result.get_asset_check_evaluations()
        if not evaluation.passed and evaluation.severity == dg.AssetCheckSeverity.ERROR
    ]
    if failed_checks:
        run.state = "blocked"
        run.message = "; ".join(_describe_check(e) for e in failed_checks)
        return run
    for event in result.all_events:
        if event.is_step_failure and event.step_failure_data:
            run.message = _root_cause(event.step_failure_data.error)
            break
    return run


def _root_cause(error: Any) -> str:
    """The innermost exception's one-line message (Dagster wraps it in its own errors)."""
    while getattr(error, "cause", None) is not None:
        error = error.cause
    lines = [line for line in error.message.strip().splitlines() if line.strip()]
    if not lines:
        return error.cls_name
    return (
        re.sub(r"^[\w.]+: ", "", lines[-1], count=1) if error.cls_name in lines[-1] else lines[-1]
    )


def _describe_check(evaluation: Any) -> str:
    metadata = {k: getattr(v, "value", v) for k, v in evaluation.metadata.items()}
    detail = metadata.get("summary") or metadata.get("blocked") or metadata.get("hits") or ""
    detail = str(detail).replace("\n", " ").strip()
    return f"{evaluation.check_name} failed" + (f": {detail}" if detail else "")
