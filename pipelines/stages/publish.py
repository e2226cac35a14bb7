"""Publish: turn the de-identified table into a new release (or none, if nothing changed)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from catalog.exports.frictionless import datapackage_for
from pipelines.publish import PublishOutcome, publish_release
from pipelines.publish.release import Decorator, file_sha256
from pipelines.quality.level import assess_release
from pipelines.spec.model import DatasetSpec
from pipelines.stages.workstore import UNPARTITIONED, WorkStore

SOURCE_STAGE = "deidentified"
ARROW_TYPES = {
    "string": "string",
    "large_string": "string",
    "int64": "integer",
    "int32": "integer",
    "double": "number",
    "float": "number",
    "bool": "boolean",
    "date32[day]": "date",
}


class NothingToPublish(RuntimeError):
    """Nothing made it through validation and de-identification."""


def publish_dataset(
    spec: DatasetSpec,
    store: WorkStore,
    *,
    decorate: Decorator | None = None,
) -> PublishOutcome:
    source = store.data_path(SOURCE_STAGE, UNPARTITIONED)  # one table: see stages/deidentify.py
    if not source.exists():
        raise NothingToPublish(f"{spec.id}: no de-identified data to publish")
    schema = pq.read_schema(source)
    schema = pa.schema([f.remove_metadata() for f in schema]).remove_metadata()
    fields = [_field(spec, f) for f in schema]
    published = set(schema.names)
    withheld = [
        {"name": c.name, "reason": f"pii: {c.pii}, treatment {c.effective_treatment}"}
        for c in spec.columns
        if c.name not in published
    ]
    extracted = store.keys("extracted")
    fingerprints = {store.read_report("extracted", k).get("source_fingerprint") for k in extracted}
    return publish_release(
        spec,
        store.out_dir,
        schema,
        _batches(source),
        fields=fields,
        source_fingerprint=sorted(f for f in fingerprints if f)[-1] if any(fingerprints) else "",
        sections={
            "deidentification": store.read_report(SOURCE_STAGE, UNPARTITIONED),
            "quality": _quality_section(store),
        },
        withheld=withheld,
        temporal_column=_temporal_column(spec, published),
        decorate=decorate,
    )


def _batches(source: Path) -> Iterator[pa.Table]:
    for batch in pq.ParquetFile(source).iter_batches(batch_size=65_536):
        yield pa.Table.from_batches([batch])


def _field(spec: DatasetSpec, arrow_field: pa.Field) -> dict[str, Any]:
    column = spec.column(arrow_field.name)
    return {
        "name": column.name,
        "type": ARROW_TYPES.get(str(arrow_field.type), "string"),
        "description": column.description.model_dump(by_alias=True, exclude_none=True),
        "pii": column.pii,
        "treatment": column.effective_treatment,
    }


def _temporal_column(spec: DatasetSpec, published: set[str]) -> str | None:
    if spec.partition and spec.partition.by in published:
        return spec.partition.by
    dates = [c.name for c in spec.columns if c.type in ("date", "datetime") and c.name in published]
    return dates[0] if dates else None


def _quality_section(store: WorkStore) -> dict[str, Any]:
    rejects = store.root / "rejects.jsonl"
    rejected = len(rejects.read_text(encoding="utf-8").splitlines()) if rejects.exists() else 0
    warnings = []
    for key in store.keys("validated"):
        validation = store.read_report("validated", key).get("validation") or {}
        warnings.extend(validation.get("warnings", []))
    return {"rejected_rows": rejected, "validation_warnings": len(warnings)}


def release_decorator(spec: DatasetSpec, project_dir: Path) -> Decorator:
    """Adds the Frictionless descriptor and the open-data quality level to a staged release."""

    def decorate(staging: Path, manifest: dict[str, Any]) -> None:
        package = staging / "datapackage.json"
        package.write_text(
            json.dumps(datapackage_for(spec, manifest), ensure_ascii=False, indent=2) + "\n",
            encoding="utf-8",
        )
        manifest["metadata_files"] = [
            {"path": package.name, "bytes": package.stat().st_size, "sha256": file_sha256(package)}
        ]
        level = assess_release(staging, spec, manifest=manifest)
        manifest["quality"] = {**(manifest.get("quality") or {}), **level.to_dict()}

    return decorate
