"""Making a release: write to staging, verify, rename to `vN`, switch `current` in one step.

The only operations that change what the public sees are the directory rename and the `os.replace`
of the `current` symlink, both atomic on POSIX filesystems. A run that fails or is killed earlier
leaves a `.staging-*` folder behind (removed by the next run) and the previous release current.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import json
import os
import re
import shutil
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import pyarrow as pa

from pipelines.publish.formats import MEDIA_TYPES, ReleaseWriter
from pipelines.publish.log import append_release_log
from pipelines.spec.model import DatasetSpec

MANIFEST = "manifest.json"
MANIFEST_VERSION = 1
VERSION_DIR = re.compile(r"^v(\d+)$")

# Called with (staging_dir, manifest) before verification; it may add files such as
# datapackage.json and must list each file it adds in manifest["metadata_files"].
Decorator = Callable[[Path, dict[str, Any]], None]


class ReleaseError(RuntimeError):
    """A release could not be made; the previous current release is untouched."""


@dataclass(frozen=True)
class PublishOutcome:
    state: Literal["published", "unchanged"]
    version: int
    rows: int
    manifest: dict[str, Any]
    release_dir: Path


def dataset_dir(out_dir: Path, dataset_id: str) -> Path:
    return out_dir / "datasets" / dataset_id


def current_release_dir(out_dir: Path, dataset_id: str) -> Path | None:
    link = dataset_dir(out_dir, dataset_id) / "current"
    return link.resolve() if link.is_symlink() and link.resolve().is_dir() else None


def current_manifest(out_dir: Path, dataset_id: str) -> dict[str, Any] | None:
    release = current_release_dir(out_dir, dataset_id)
    if release is None:
        return None
    return json.loads((release / MANIFEST).read_text(encoding="utf-8"))


def spec_fingerprint(spec: DatasetSpec) -> str:
    canonical = json.dumps(spec.model_dump(mode="json", by_alias=True), sort_keys=True)
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def now_utc() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@contextmanager
def _dataset_lock(folder: Path) -> Iterator[None]:
    """One publisher per dataset at a time (a scheduled run and a manual one may overlap)."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def _next_version(folder: Path) -> int:
    versions = [int(m.group(1)) for p in folder.iterdir() if (m := VERSION_DIR.match(p.name))]
    return max(versions, default=0) + 1


def _clear_stale_staging(folder: Path) -> None:
    for stale in folder.glob(".staging-*"):
        shutil.rmtree(stale, ignore_errors=True)


def _file_entry(path: Path, fmt: str) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "path": path.name,
        "format": fmt,
        "media_type": MEDIA_TYPES[fmt],
        "bytes": path.stat().st_size,
        "sha256": file_sha256(path),
    }
    if fmt in ("csv", "json"):
        entry["encoding"] = "utf-8"
    return entry


def _verify(staging: Path, manifest: Mapping[str, Any]) -> None:
    for entry in [*manifest["files"], *manifest.get("metadata_files", [])]:
        path = staging / entry["path"]
        if not path.is_file():
            raise ReleaseError(f"{path}: listed in the manifest but not written")
        if path.stat().st_size != entry["bytes"] or file_sha256(path) != entry["sha256"]:
            raise ReleaseError(f"{path}: content does not match its manifest checksum")


def _switch_current(folder: Path, version_name: str) -> None:
    temporary = folder / f".current-{uuid.uuid4().hex}"
    os.symlink(version_name, temporary)
    os.replace(temporary, folder / "current")
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish_release(
    spec: DatasetSpec,
    out_dir: Path,
    schema: pa.Schema,
    batches: Iterable[pa.Table],
    *,
    fields: list[dict[str, Any]],
    source_fingerprint: str,
    sections: Mapping[str, Any] | None = None,
    withheld: list[dict[str, str]] | None = None,
    temporal_column: str | None = None,
    decorate: Decorator | None = None,
) -> PublishOutcome:
    """Write `batches` as a new release of `spec`, unless rows and spec equal the current release.

    `fields` describes the published columns for the manifest (name, type, description, pii,
    treatment); `sections` adds report sections (deidentification, quality) to the manifest.
    """
    folder = dataset_dir(out_dir, spec.id)
    with _dataset_lock(folder):
        _clear_stale_staging(folder)
        staging = folder / f".staging-{uuid.uuid4().hex}"
        staging.mkdir()
        try:
            return _publish_locked(
                spec,
                out_dir,
                folder,
                staging,
                schema,
                batches,
                fields=fields,
                source_fingerprint=source_fingerprint,
                sections=sections or {},
                withheld=withheld or [],
                temporal_column=temporal_column,
                decorate=decorate,
            )
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)


def _publish_locked(
    spec: DatasetSpec,
    out_dir: Path,
    folder: Path,
    staging: Path,
    schema: pa.Schema,
    batches: Iterable[pa.Table],
    *,
    fields: list[dict[str, Any]],
    source_fingerprint: str,
    sections: Mapping[str, Any],
    withheld: list[dict[str, str]],
    temporal_column: str | None,
    decorate: Decorator | None,
) -> PublishOutcome:
    writer = ReleaseWriter(staging, spec.id, schema, spec.formats)
    temporal = _TemporalRange(temporal_column)
    try:
        for table in batches:
            writer.write(table)
            temporal.update(table)
    except BaseException:
        writer.abort()
        raise
    data_fp = writer.close()
    spec_fp = spec_fingerprint(spec)

    previous = current_manifest(out_dir, spec.id)
    if (
        previous
        and previous["data_fingerprint"] == data_fp
        and previous["spec_fingerprint"] == spec_fp
    ):
        return PublishOutcome(
            "unchanged",
            previous["version"],
            previous["rows"],
            previous,
            current_release_dir(out_dir, spec.id) or folder,
        )

    created = now_utc()
    data_changed = created
    if previous and previous["data_fingerprint"] == data_fp:
        data_changed = previous["data_changed"]  # only the metadata moved
    version = _next_version(folder)
    manifest: dict[str, Any] = {
        "manifest_version": MANIFEST_VERSION,
        "dataset": spec.id,
        "version": version,
        "created": created,
        "data_changed": data_changed,
        "metadata_changed": created,
        "spec_fingerprint": spec_fp,
        "source_fingerprint": source_fingerprint,
        "data_fingerprint": data_fp,
        "rows": writer.rows,
        "temporal": temporal.as_dict(),
        "schema": {"fields": fields},
        "withheld": withheld,
        "files": [_file_entry(writer.path(fmt), fmt) for fmt in spec.formats],
        **sections,
    }
    if decorate:
        decorate(staging, manifest)
    (staging / MANIFEST).write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=False) + "\n", encoding="utf-8"
    )
    _verify(staging, manifest)
    for path in staging.iterdir():
        with open(path, "rb") as handle:
            os.fsync(handle.fileno())

    final = folder / f"v{version}"
    os.rename(staging, final)
    _switch_current(folder, final.name)
    append_release_log(
        out_dir,
        {
            "dataset": spec.id,
            "version": version,
            "created": created,
            "data_changed": data_changed,
            "metadata_changed": created,
            "rows": writer.rows,
            "data_fingerprint": data_fp,
            "spec_fingerprint": spec_fp,
            "path": f"datasets/{spec.id}/v{version}",
            "update_frequency": spec.update_frequency,
            "quality_level": (sections.get("quality") or {}).get("level"),
            "deid": _deid_totals(sections.get("deidentification") or {}),
        },
    )
    return PublishOutcome("published", version, writer.rows, manifest, final)


def _deid_totals(report: Mapping[str, Any]) -> dict[str, int]:
    return {
        "entities_removed": int(report.get("entities_removed", 0)),
        "records_suppressed": int(report.get("records_suppressed", 0)),
    }


class _TemporalRange:
    """Earliest and latest value of the dataset's date column, for dct:temporal.

    A date column generalised for publication holds "2024" or "2024-05" strings (ISO
    prefixes, so their order is the dates' order): the range then runs from the first day of
    the earliest period to the last day of the latest."""

    def __init__(self, column: str | None) -> None:
        self.column = column
        self.start: dt.date | str | None = None
        self.end: dt.date | str | None = None

    def update(self, table: pa.Table) -> None:
        if not self.column or self.column not in table.column_names:
            return
        import pyarrow.compute as pc

        bounds = pc.min_max(table[self.column])
        low, high = bounds["min"].as_py(), bounds["max"].as_py()
        if low is not None:
            self.start = low if self.start is None else min(self.start, low)
        if high is not None:
            self.end = high if self.end is None else max(self.end, high)

    def as_dict(self) -> dict[str, str] | None:
        if not self.column or self.start is None or self.end is None:
            return None
        return {
            "column": self.column,
            "start": _as_date(self.start).isoformat(),
            "end": _as_date(self.end, last=True).isoformat(),
        }


def _as_date(value: dt.date | str, last: bool = False) -> dt.date:
    """A date, datetime or generalised date ("2024", "2024-05", "2024-05-01") as a date: the
    period's first day, or with ``last`` its last day."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    parts = [int(p) for p in str(value)[:10].split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else (12 if last else 1)
    if len(parts) > 2:
        return dt.date(year, month, parts[2])
    if not last:
        return dt.date(year, month, 1)
    following = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return following - dt.timedelta(days=1)
