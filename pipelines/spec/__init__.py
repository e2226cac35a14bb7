"""Dataset specs: the inventory a steward keeps under `assets/`."""

from pipelines.spec.loader import SpecError, load_spec, load_specs, parse_spec
from pipelines.spec.model import Column, DatasetSpec, LocalizedText, Source

__all__ = [
    "Column",
    "DatasetSpec",
    "LocalizedText",
    "Source",
    "SpecError",
    "load_spec",
    "load_specs",
    "parse_spec",
]
