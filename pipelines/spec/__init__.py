"""Dataset specs: the inventory a steward keeps under `assets/`."""

from pipelines.spec.loader import SpecError, load_spec, load_specs, parse_spec
from pipelines.spec.model import Column, DatasetSpec, LocalizedText, Source
from pipelines.spec.project import Project, ProjectConfig, load_project

__all__ = [
    "Column",
    "DatasetSpec",
    "LocalizedText",
    "Project",
    "ProjectConfig",
    "Source",
    "SpecError",
    "load_project",
    "load_spec",
    "load_specs",
    "parse_spec",
]
