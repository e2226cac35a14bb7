"""The one resource every asset uses: where the project and its output live, and the secrets."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from pipelines.spec import DatasetSpec, load_project
from pipelines.stages.workstore import WorkStore


class OpenDataResource(dg.ConfigurableResource):
    """Project directory, output directory and the pseudonymisation key (from the environment)."""

    project_dir: str
    output_dir: str
    pseudonym_key: str | None = None

    @property
    def project_path(self) -> Path:
        return Path(self.project_dir)

    @property
    def output_path(self) -> Path:
        return Path(self.output_dir)

    def spec(self, dataset_id: str) -> DatasetSpec:
        # Read fresh at run time so a run uses the spec as it is now, not as it was at load.
        return load_project(self.project_path).spec(dataset_id)

    def store(self, dataset_id: str) -> WorkStore:
        return WorkStore(self.output_path, dataset_id)
