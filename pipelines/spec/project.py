"""A project directory: agency settings (`opendata.yaml`, optional) plus the specs in `assets/`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import Field, ValidationError

from pipelines.spec.loader import SpecError, load_specs
from pipelines.spec.model import DatasetSpec, Localized, LocalizedText, SpecModel

PROJECT_FILE = "opendata.yaml"


class Agency(SpecModel):
    name: Localized = LocalizedText.model_validate({"zh-TW": "範例機關", "en": "Example agency"})
    oid: str = Field(
        default="2.16.886.0", description="The agency's OID (data.gov.tw publisherOID)."
    )
    homepage: str = "https://www.example.gov.tw/"
    email: str = "opendata@example.gov.tw"


class ProjectConfig(SpecModel):
    """Settings shared by every dataset of one agency."""

    agency: Agency = Agency()
    base_url: str = Field(
        default="http://127.0.0.1:8000/",
        description="Public URL the output directory is served at; catalog URIs derive from it.",
    )
    output: str = Field(default="public", description="Output directory, relative to the project.")

    def url(self, path: str) -> str:
        return self.base_url.rstrip("/") + "/" + path.lstrip("/")


@dataclass(frozen=True)
class Project:
    root: Path
    config: ProjectConfig
    specs: tuple[DatasetSpec, ...]

    @property
    def assets_dir(self) -> Path:
        return self.root / "assets"

    @property
    def expectations_dir(self) -> Path:
        return self.root / "expectations"

    @property
    def default_output(self) -> Path:
        return self.root / self.config.output

    def spec(self, dataset_id: str) -> DatasetSpec:
        for spec in self.specs:
            if spec.id == dataset_id:
                return spec
        known = ", ".join(s.id for s in self.specs) or "none"
        raise SpecError(f"{self.assets_dir}: no dataset {dataset_id!r} (known: {known})")

    @property
    def approved(self) -> tuple[DatasetSpec, ...]:
        return tuple(s for s in self.specs if s.is_published)


def load_project_config(root: Path) -> ProjectConfig:
    path = root / PROJECT_FILE
    if not path.exists():
        return ProjectConfig()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return ProjectConfig.model_validate(data)
    except yaml.YAMLError as error:
        raise SpecError(f"{path}: not valid YAML: {error}") from None
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(map(str, p['loc']))}: {p['msg']}" for p in error.errors())
        raise SpecError(f"{path}: {problems}") from None


def load_project(root: Path) -> Project:
    """Load a project directory; raises SpecError listing every bad spec."""
    root = root.resolve()
    if not (root / "assets").is_dir():
        raise SpecError(f"{root}: no assets/ folder here; is this a project directory?")
    return Project(
        root=root, config=load_project_config(root), specs=tuple(load_specs(root / "assets"))
    )
