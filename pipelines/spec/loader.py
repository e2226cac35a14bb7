"""Reading specs from YAML with errors a steward can act on: file, field path, what is wrong."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from pipelines.spec.model import DatasetSpec


class SpecError(ValueError):
    """A spec that cannot be used. The message is one line per problem, each naming the file."""


def _field_path(loc: tuple[Any, ...], data: Any) -> str:
    """`columns[2] (applicant_name).treatment` from pydantic's location tuple."""
    parts: list[str] = []
    node = data
    for item in loc:
        if isinstance(item, int):
            label = f"[{item}]"
            if isinstance(node, list) and item < len(node):
                node = node[item]
                if isinstance(node, dict) and "name" in node:
                    label += f" ({node['name']})"
            parts.append(label)
        else:
            # pydantic adds the tag of a union or validator function; it is noise for a steward.
            if str(item).startswith("function-"):
                continue
            node = node.get(item) if isinstance(node, dict) else None
            parts.append(("." if parts else "") + str(item))
    return "".join(parts) or "(top level)"


def parse_spec(data: Any, source: str) -> DatasetSpec:
    """Validate already-parsed YAML; `source` names the file in error messages."""
    if not isinstance(data, dict):
        raise SpecError(f"{source}: a spec must be a mapping of fields, got {type(data).__name__}")
    try:
        return DatasetSpec.model_validate(data)
    except ValidationError as error:
        lines = []
        for problem in error.errors():
            message = problem["msg"].removeprefix("Value error, ")
            if problem["type"] == "extra_forbidden":
                message = "unknown field (check its spelling in docs/spec.md)"
            elif problem["type"] == "literal_error":
                message = f"{message} (got {problem.get('input')!r})"
            lines.append(f"{source}: {_field_path(problem['loc'], data)}: {message}")
        raise SpecError("\n".join(lines)) from None


def load_spec(path: Path) -> DatasetSpec:
    """Load and validate one `assets/<id>.yaml`; the file name must match the spec's id."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise SpecError(f"{path}: cannot read: {error}") from None
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        at = f" at line {where.line + 1}" if where else ""
        raise SpecError(f"{path}: not valid YAML{at}: {getattr(error, 'problem', error)}") from None
    spec = parse_spec(data, str(path))
    if path.stem != spec.id:
        raise SpecError(f"{path}: id: {spec.id!r} must match the file name {path.stem!r}")
    return spec


def load_specs(assets_dir: Path) -> list[DatasetSpec]:
    """All specs in a folder, sorted by id; every bad spec is reported, not just the first."""
    specs: list[DatasetSpec] = []
    errors: list[str] = []
    for path in sorted(assets_dir.glob("*.y*ml")):
        try:
            specs.append(load_spec(path))
        except SpecError as error:
            errors.append(str(error))
    if errors:
        raise SpecError("\n".join(errors))
    return specs
