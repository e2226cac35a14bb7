"""The catalog model: what is published, read only from specs and release manifests.

Every export (DCAT-AP, DCAT-US, Frictionless, data.gov.tw), the catalog server and the portal
describe the same datasets, so they all start from `load_catalog`. It reads the output directory
contract of docs/architecture.md (`datasets/<id>/current/manifest.json`, `release-log.jsonl`) and
nothing of the pipeline's internals, so a catalog can be rebuilt from a copy of `OUT` alone.

URIs are derived from `ProjectConfig.base_url` and never contain a version, so they stay stable
across releases; download URLs point into the immutable `vN` directory and so do change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from pipelines.spec.model import DatasetSpec, LocalizedText
from pipelines.spec.project import Project, ProjectConfig

RELEASE_LOG = "release-log.jsonl"
MANIFEST = "manifest.json"


def parse_time(value: str) -> datetime:
    """An ISO 8601 UTC time from a manifest (`...Z`) as an aware datetime."""
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


@dataclass(frozen=True)
class Release:
    """One line of release-log.jsonl: a past or current release of a dataset."""

    version: int
    created: str
    data_changed: str
    metadata_changed: str
    rows: int
    path: str
    data_fingerprint: str = ""
    spec_fingerprint: str = ""
    quality_level: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_log(cls, entry: dict[str, Any]) -> Release:
        return cls(
            version=int(entry["version"]),
            created=entry["created"],
            data_changed=entry.get("data_changed", entry["created"]),
            metadata_changed=entry.get("metadata_changed", entry["created"]),
            rows=int(entry.get("rows", 0)),
            path=entry.get("path", ""),
            data_fingerprint=entry.get("data_fingerprint", ""),
            spec_fingerprint=entry.get("spec_fingerprint", ""),
            quality_level=entry.get("quality_level"),
            raw=entry,
        )


@dataclass(frozen=True)
class Field:
    """One published column, from the manifest schema."""

    name: str
    type: str
    description: LocalizedText
    pii: str = "none"
    treatment: str = "keep"


@dataclass(frozen=True)
class Distribution:
    """One published file of the current release."""

    path: str  # file name inside the release directory
    format: str  # csv | json | parquet
    media_type: str
    encoding: str | None
    bytes: int
    sha256: str
    download_url: str  # versioned: points into the immutable vN directory
    uri: str  # stable across versions: identifies "the CSV of this dataset"
    file: Path  # the file on disk


@dataclass(frozen=True)
class Temporal:
    column: str | None
    start: str | None  # YYYY-MM-DD
    end: str | None


@dataclass(frozen=True)
class CatalogDataset:
    """A dataset with a current release, as every catalog export sees it."""

    spec: DatasetSpec
    manifest: dict[str, Any]
    release_dir: Path  # the resolved vN directory
    history: tuple[Release, ...]  # oldest first, from release-log.jsonl
    uri: str  # stable dataset URI (also its landing page)
    distributions: tuple[Distribution, ...]
    fields: tuple[Field, ...]

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def version(self) -> int:
        return int(self.manifest["version"])

    @property
    def rows(self) -> int:
        return int(self.manifest.get("rows", 0))

    @property
    def metadata_modified(self) -> str:
        """When the published description or data last changed (manifest metadata_changed)."""
        return str(self.manifest.get("metadata_changed") or self.manifest["created"])

    @property
    def data_modified(self) -> str:
        """When the published rows last changed (manifest data_changed)."""
        return str(self.manifest.get("data_changed") or self.manifest["created"])

    @property
    def issued(self) -> str:
        """First publication: the oldest logged release, else this release's creation."""
        if self.history:
            return min(self.history, key=lambda r: r.version).created
        return str(self.manifest["created"])

    @property
    def temporal(self) -> Temporal | None:
        data = self.manifest.get("temporal")
        if not data or not (data.get("start") or data.get("end")):
            return None
        return Temporal(data.get("column"), data.get("start"), data.get("end"))

    @property
    def quality_level(self) -> str | None:
        quality = self.manifest.get("quality") or {}
        return quality.get("level") if isinstance(quality, dict) else None

    def distribution(self, fmt: str) -> Distribution | None:
        return next((d for d in self.distributions if d.format == fmt), None)

    @property
    def csv_header(self) -> list[str]:
        """The published column names in file order (what data.gov.tw's resourceField holds)."""
        return [f.name for f in self.fields]


@dataclass(frozen=True)
class Catalog:
    agency: Any  # pipelines.spec.project.Agency
    config: ProjectConfig
    datasets: list[CatalogDataset]
    out_dir: Path | None = None  # the output directory read (push keeps its state there)

    @property
    def uri(self) -> str:
        return self.config.url("catalog")

    @property
    def modified(self) -> str | None:
        """Latest metadata change of any dataset (None for an empty catalog)."""
        return max((d.metadata_modified for d in self.datasets), default=None)

    def dataset(self, dataset_id: str) -> CatalogDataset:
        for dataset in self.datasets:
            if dataset.id == dataset_id:
                return dataset
        raise KeyError(dataset_id)


def dataset_uri(config: ProjectConfig, dataset_id: str) -> str:
    return config.url(f"datasets/{dataset_id}")


def distribution_uri(config: ProjectConfig, dataset_id: str, fmt: str) -> str:
    # A fragment of the dataset URI: stable across versions and dereferences to the landing page.
    return dataset_uri(config, dataset_id) + f"#{fmt}"


def download_url(config: ProjectConfig, dataset_id: str, version: int, file: str) -> str:
    return config.url(f"datasets/{dataset_id}/v{version}/{file}")


def read_release_log(out_dir: Path) -> list[dict[str, Any]]:
    """All entries of release-log.jsonl; a torn last line (crash mid-append) is skipped."""
    path = out_dir / RELEASE_LOG
    if not path.exists():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(entry, dict) and "dataset" in entry and "version" in entry:
            entries.append(entry)
    return entries


def read_current_manifest(out_dir: Path, dataset_id: str) -> tuple[Path, dict[str, Any]] | None:
    """(release dir, manifest) of the dataset's current release, or None if never released."""
    current = out_dir / "datasets" / dataset_id / "current"
    manifest_path = current / MANIFEST
    if not manifest_path.is_file():
        return None
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    return current.resolve(), manifest


def _fields(spec: DatasetSpec, manifest: dict[str, Any]) -> tuple[Field, ...]:
    fields = []
    for item in (manifest.get("schema") or {}).get("fields", []):
        description = item.get("description")
        if isinstance(description, dict) and description.get("zh-TW"):
            text = LocalizedText.model_validate(description)
        else:
            # Older or minimal manifests: fall back to the spec's description of the column.
            try:
                text = spec.column(item["name"]).description
            except KeyError:
                text = LocalizedText.model_validate({"zh-TW": str(description or item["name"])})
        fields.append(
            Field(
                name=item["name"],
                type=item.get("type", "string"),
                description=text,
                pii=item.get("pii", "none"),
                treatment=item.get("treatment", "keep"),
            )
        )
    return tuple(fields)


def _distributions(
    config: ProjectConfig, dataset_id: str, version: int, release_dir: Path, manifest: dict
) -> tuple[Distribution, ...]:
    items = []
    for item in manifest.get("files", []):
        fmt = item.get("format") or Path(item["path"]).suffix.lstrip(".")
        items.append(
            Distribution(
                path=item["path"],
                format=fmt,
                media_type=item.get("media_type", "application/octet-stream"),
                encoding=item.get("encoding"),
                bytes=int(item["bytes"]),
                sha256=item["sha256"].removeprefix("sha256:"),
                download_url=download_url(config, dataset_id, version, item["path"]),
                uri=distribution_uri(config, dataset_id, fmt),
                file=release_dir / item["path"],
            )
        )
    return tuple(items)


def load_dataset(
    project: Project, out_dir: Path, spec: DatasetSpec, log: list[dict[str, Any]]
) -> CatalogDataset | None:
    """The catalog entry of one spec, or None if it has no current release."""
    found = read_current_manifest(out_dir, spec.id)
    if found is None:
        return None
    release_dir, manifest = found
    version = int(manifest["version"])
    history = tuple(
        sorted(
            (Release.from_log(e) for e in log if e["dataset"] == spec.id),
            key=lambda r: r.version,
        )
    )
    return CatalogDataset(
        spec=spec,
        manifest=manifest,
        release_dir=release_dir,
        history=history,
        uri=dataset_uri(project.config, spec.id),
        distributions=_distributions(project.config, spec.id, version, release_dir, manifest),
        fields=_fields(spec, manifest),
    )


def load_catalog(project: Project, out_dir: Path | None = None) -> Catalog:
    """Every dataset of the project that has a current release, sorted by id.

    Retired specs are left out: retiring a dataset withdraws it from the catalog even though
    its past releases stay on disk. A release whose spec is gone is also left out, because the
    catalog has nothing to describe it with.
    """
    out_dir = out_dir if out_dir is not None else project.default_output
    log = read_release_log(out_dir)
    datasets = []
    for spec in sorted(project.specs, key=lambda s: s.id):
        if spec.status == "retired":
            continue
        dataset = load_dataset(project, out_dir, spec, log)
        if dataset is not None:
            datasets.append(dataset)
    return Catalog(
        agency=project.config.agency, config=project.config, datasets=datasets, out_dir=out_dir
    )
