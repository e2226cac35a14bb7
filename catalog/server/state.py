"""The server's view of the catalog, reloaded when a publication lands.

A publication appends to release-log.jsonl after switching `current`, so the log's size and
mtime are a cheap, reliable change signal: one stat per request. Spec edits (assets/) also change
titles and descriptions, so the assets folder's newest mtime is part of the signal too.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from catalog.model import RELEASE_LOG, Catalog, CatalogDataset, load_catalog
from catalog.server.ckan import package_dict
from pipelines.spec.project import load_project


@dataclass
class Snapshot:
    """One loaded catalog and what is derived from it once per load."""

    catalog: Catalog
    packages: list[dict[str, Any]]
    by_key: dict[str, CatalogDataset] = field(default_factory=dict)  # id, name -> dataset


def _signature(project_dir: Path, out_dir: Path) -> tuple[int, ...]:
    parts: list[int] = []
    try:
        stat = (out_dir / RELEASE_LOG).stat()
        parts += [stat.st_mtime_ns, stat.st_size]
    except FileNotFoundError:
        parts += [0, 0]
    assets = project_dir / "assets"
    for path in (project_dir / "opendata.yaml", assets, *sorted(assets.glob("*.y*ml"))):
        try:
            parts.append(path.stat().st_mtime_ns)
        except FileNotFoundError:
            parts.append(0)
    return tuple(parts)


def portal_path(dataset_id: str, lang: str = "zh-TW") -> str:
    """The dataset's portal page, relative to the site root."""
    return f"{lang}/datasets/{dataset_id}.html"


class CatalogState:
    """Thread-safe holder of the current Snapshot (Starlette runs sync handlers in threads)."""

    def __init__(self, project_dir: Path, out_dir: Path) -> None:
        self.project_dir = project_dir
        self.out_dir = out_dir
        self._lock = threading.Lock()
        self._signature: tuple[int, ...] | None = None
        self._snapshot: Snapshot | None = None

    def _load(self) -> Snapshot:
        project = load_project(self.project_dir)
        catalog = load_catalog(project, self.out_dir)
        packages = []
        by_key: dict[str, CatalogDataset] = {}
        for dataset in catalog.datasets:
            package = package_dict(catalog, dataset, catalog.config.url(portal_path(dataset.id)))
            packages.append(package)
            by_key[package["name"]] = dataset
            by_key[package["id"]] = dataset
        return Snapshot(catalog=catalog, packages=packages, by_key=by_key)

    def get(self) -> Snapshot:
        signature = _signature(self.project_dir, self.out_dir)
        snapshot = self._snapshot
        if snapshot is not None and signature == self._signature:
            return snapshot
        with self._lock:
            if self._snapshot is None or signature != self._signature:
                self._snapshot = self._load()
                self._signature = signature
            return self._snapshot
