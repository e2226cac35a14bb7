"""The asset factory: one chain extract → validated → deidentified → published per dataset.

Assets stay thin: each calls one stage function (pipelines/stages/) and turns its result into
Dagster metadata and asset-check results. Blocking checks (expectations, k-anonymity, leak
guard) stop the chain before `published`, so a failing dataset keeps its previous release.
"""

import datetime as dt
import warnings
from typing import Any

import dagster as dg

from pipelines.dagster.names import asset_key, group_name, job_name
from pipelines.dagster.resources import OpenDataResource
from pipelines.spec.model import DatasetSpec
from pipelines.stages.deidentify import deidentify_dataset
from pipelines.stages.extract import extract
from pipelines.stages.publish import publish_dataset, release_decorator
from pipelines.stages.validate import validate_partitions

TIMEZONE = "Asia/Taipei"
# `backfill_policy` on @asset is marked beta in Dagster 1.13; it is the documented way to run a
# partition range in one run, and the warning would print on every command.
warnings.filterwarnings("ignore", message=".*backfill_policy.*", category=dg.BetaWarning)


def partitions_for(spec: DatasetSpec) -> dg.TimeWindowPartitionsDefinition | None:
    if spec.partition is None:
        return None
    start = (
        spec.partition.start if len(spec.partition.start) == 10 else spec.partition.start + "-01"
    )
    if spec.partition.every == "day":
        return dg.DailyPartitionsDefinition(start_date=start, timezone=TIMEZONE, end_offset=1)
    if spec.partition.every == "year":
        return dg.TimeWindowPartitionsDefinition(
            start=dt.datetime.strptime(start[:4], "%Y"),
            fmt="%Y-%m-%d",
            cron_schedule="0 0 1 1 *",
            timezone=TIMEZONE,
            end_offset=1,
        )
    return dg.MonthlyPartitionsDefinition(start_date=start, timezone=TIMEZONE, end_offset=1)


def _keys(context: dg.AssetExecutionContext) -> list[str] | None:
    return list(context.partition_keys) if context.has_partition_key_range else None


def _columns_metadata(spec: DatasetSpec) -> dg.TableSchema:
    return dg.TableSchema(
        columns=[
            dg.TableColumn(
                name=c.name,
                type=c.type,
                description=f"{c.description.zh_tw} (pii: {c.pii}, {c.effective_treatment})",
                constraints=dg.TableColumnConstraints(nullable=not c.required),
            )
            for c in spec.columns
        ]
    )


def build_dataset_assets(
    spec: DatasetSpec, *, freshness_policy: Any = None
) -> tuple[list[dg.AssetsDefinition], Any]:
    dataset_id = spec.id
    group = group_name(dataset_id)
    partitions = partitions_for(spec)
    common: dict[str, Any] = {"group_name": group, "partitions_def": partitions}
    if partitions:
        # One run covers a range of periods, reading the source once (see docs/architecture.md).
        common["backfill_policy"] = dg.BackfillPolicy.single_run()
    owner = [f"team:{group}"]
    schema = _columns_metadata(spec)

    @dg.asset(
        key=asset_key(dataset_id, "extracted"),
        description=f"{spec.title.zh_tw}: records read from the {spec.source.kind} source, "
        "typed and normalised; bad rows go to a rejects file.",
        kinds={spec.source.kind if spec.source.kind != "sql" else "sqlite", "parquet"},
        metadata={"dagster/column_schema": schema, "source_kind": spec.source.kind},
        owners=owner,
        **common,
    )
    def extracted(
        context: dg.AssetExecutionContext, opendata: OpenDataResource
    ) -> dg.MaterializeResult:
        result = extract(
            opendata.spec(dataset_id),
            opendata.project_path,
            opendata.store(dataset_id),
            _keys(context),
        )
        if result.drift:
            context.log.warning(f"{dataset_id}: schema drift: {result.drift}")
        return dg.MaterializeResult(
            metadata={**result.metadata(), "dagster/row_count": result.total_rows}
        )

    expectations_check = dg.AssetCheckSpec(
        "expectations",
        asset=asset_key(dataset_id, "validated"),
        blocking=True,
        description="The dataset's Great Expectations suite; critical expectations block.",
    )

    warnings_check = dg.AssetCheckSpec(
        "expectation_warnings",
        asset=asset_key(dataset_id, "validated"),
        description="Expectations marked `severity: warning`: reported, never blocking.",
    )

    @dg.asset(
        key=asset_key(dataset_id, "validated"),
        deps=[asset_key(dataset_id, "extracted")],
        description="Extracted partitions that pass the expectation suite.",
        check_specs=[expectations_check, warnings_check],
        kinds={"great_expectations"},
        owners=owner,
        **common,
    )
    def validated(context: dg.AssetExecutionContext, opendata: OpenDataResource):  # type: ignore[no-untyped-def]
        result = validate_partitions(
            opendata.spec(dataset_id),
            opendata.project_path,
            opendata.store(dataset_id),
            _keys(context),
        )
        yield dg.MaterializeResult(metadata={**result.metadata(), "dagster/row_count": result.rows})
        yield dg.AssetCheckResult(
            check_name="expectations",
            asset_key=asset_key(dataset_id, "validated"),
            passed=result.passed,
            severity=dg.AssetCheckSeverity.ERROR,
            metadata={
                "critical_failures": len(result.critical),
                "warnings": len(result.warnings),
                "summary": dg.MetadataValue.md(
                    "\n".join(f"- {line}" for line in result.summary[:50]) or "all passed"
                ),
            },
        )
        yield dg.AssetCheckResult(
            check_name="expectation_warnings",
            asset_key=asset_key(dataset_id, "validated"),
            passed=not result.warnings,
            severity=dg.AssetCheckSeverity.WARN,
            metadata={"warnings": len(result.warnings)},
        )

    leak_check = dg.AssetCheckSpec(
        "leak_guard",
        asset=asset_key(dataset_id, "deidentified"),
        blocking=True,
        description="No direct-identifier value and no high-confidence entity in the output.",
    )
    gate_check = dg.AssetCheckSpec(
        "k_anonymity",
        asset=asset_key(dataset_id, "deidentified"),
        blocking=True,
        description=f"Quasi-identifiers are at least {spec.deidentification.k}-anonymous.",
    )

    @dg.asset(
        key=asset_key(dataset_id, "deidentified"),
        deps=[asset_key(dataset_id, "validated")],
        description="Column treatments applied and free text scanned over every period together, "
        "so the k-anonymity gate judges what is actually published.",
        check_specs=[leak_check, gate_check],
        kinds={"presidio"},
        owners=owner,
        group_name=group,
    )
    def deidentified(context: dg.AssetExecutionContext, opendata: OpenDataResource):
        result = deidentify_dataset(
            opendata.spec(dataset_id),
            opendata.store(dataset_id),
            pseudonym_key=opendata.pseudonym_key,
        )
        report = result.report
        yield dg.MaterializeResult(
            metadata={
                **result.metadata(),
                "dagster/row_count": report.rows_out,
                "entities": dg.MetadataValue.json(report.entities),
            }
        )
        yield dg.AssetCheckResult(
            check_name="leak_guard",
            asset_key=asset_key(dataset_id, "deidentified"),
            passed=report.leak_guard.passed,
            severity=dg.AssetCheckSeverity.ERROR,
            # counts per column and kind, never values
            metadata={"hits": dg.MetadataValue.json(report.leak_guard.to_dict())},
        )
        gate = report.kanon
        yield dg.AssetCheckResult(
            check_name="k_anonymity",
            asset_key=asset_key(dataset_id, "deidentified"),
            passed=not gate.blocked,
            severity=dg.AssetCheckSeverity.ERROR,
            metadata={
                "k_achieved": gate.to_dict().get("k_achieved"),
                "records_suppressed": gate.to_dict().get("records_suppressed", 0),
                "blocked": gate.reason or "no",
            },
        )

    @dg.asset(
        key=asset_key(dataset_id, "published"),
        deps=[asset_key(dataset_id, "deidentified")],
        description=f"{spec.title.zh_tw}: the current open-data release "
        f"({', '.join(spec.formats)}) with its manifest.",
        group_name=group,
        kinds={*spec.formats},
        owners=owner,
        freshness_policy=freshness_policy,
        tags={"update_frequency": spec.update_frequency, "openness": spec.openness.level},
    )
    def published(
        context: dg.AssetExecutionContext, opendata: OpenDataResource
    ) -> dg.MaterializeResult:
        current = opendata.spec(dataset_id)
        outcome = publish_dataset(
            current,
            opendata.store(dataset_id),
            decorate=release_decorator(current, opendata.project_path),
        )
        context.log.info(f"{dataset_id}: {outcome.state} v{outcome.version} ({outcome.rows} rows)")
        manifest = outcome.manifest
        return dg.MaterializeResult(
            metadata={
                "state": outcome.state,
                "version": outcome.version,
                "dagster/row_count": outcome.rows,
                "release": dg.MetadataValue.path(str(outcome.release_dir)),
                "data_changed": manifest["data_changed"],
                "quality_level": (manifest.get("quality") or {}).get("level") or "unknown",
                "files": dg.MetadataValue.json(manifest["files"]),
            },
            data_version=dg.DataVersion(manifest["data_fingerprint"]),
        )

    job = dg.define_asset_job(
        job_name(dataset_id),
        selection=dg.AssetSelection.groups(group),
        description=f"Publish {dataset_id}: extract, validate, de-identify, release.",
    )
    return [extracted, validated, deidentified, published], job
