"""`opendata quality`: the latest validation results and quality level of datasets, as text.

Reads only what the pipeline wrote: the current release's manifest
(`OUT/datasets/<id>/current/manifest.json`, its `quality` section) and the validation reports of
the work store (`OUT/.work/<id>/validated/<partition>.json`). Both hold counts and non-personal
sample values only, so the output is safe to paste into a ticket.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipelines.quality.runner import ExpectationFailure
from pipelines.spec.model import DatasetSpec

MAX_LINES = 10  # failures listed per dataset; the rest are counted


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _failure_line(entry: dict[str, Any]) -> str:
    fields = ExpectationFailure.__dataclass_fields__
    known = {k: v for k, v in entry.items() if k in fields}
    try:
        return ExpectationFailure(**known).summary()
    except TypeError:
        return str(entry.get("expectation", "unknown expectation"))


def _release_lines(out_dir: Path, spec: DatasetSpec) -> list[str]:
    manifest = _read_json(out_dir / "datasets" / spec.id / "current" / "manifest.json")
    if not manifest:
        return ["  release: none published yet"]
    quality = manifest.get("quality") or {}
    lines = [
        f"  release: v{manifest.get('version')} ({manifest.get('created', '?')}), "
        f"{manifest.get('rows', '?')} rows, quality level {quality.get('level', 'not assessed')}"
    ]
    for name, check in (quality.get("checks") or {}).items():
        if isinstance(check, dict) and not check.get("passed", True):
            problems = check.get("problems") or ["failed"]
            more = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
            lines.append(f"    {check.get('level', '?')} check {name}: {problems[0]}{more}")
    return lines


def _validation_lines(out_dir: Path, spec: DatasetSpec) -> list[str]:
    folder = out_dir / ".work" / spec.id / "validated"
    reports = sorted(folder.glob("*.json")) if folder.is_dir() else []
    if not reports:
        return ["  validation: no run yet"]
    critical: list[str] = []
    warnings: list[str] = []
    rows = 0
    for path in reports:
        report = _read_json(path)
        rows += int(report.get("rows") or 0)
        validation = report.get("validation") or {}
        label = "" if path.stem == "all" else f"{path.stem}: "
        critical += [label + _failure_line(f) for f in validation.get("critical_failures", [])]
        warnings += [label + _failure_line(f) for f in validation.get("warnings", [])]
    lines = [
        f"  validation: {len(reports)} partition(s), {rows} rows, "
        f"{len(critical)} critical failure(s), {len(warnings)} warning(s)"
    ]
    listed = critical + warnings
    lines += [f"    {line}" for line in listed[:MAX_LINES]]
    if len(listed) > MAX_LINES:
        lines.append(f"    … and {len(listed) - MAX_LINES} more")
    return lines


def render_quality(specs: Sequence[DatasetSpec], out_dir: Path) -> str:
    """One block per dataset: current release level with failed checks, then validation."""
    if not specs:
        return "no approved datasets"
    out_dir = Path(out_dir)
    blocks = []
    for spec in specs:
        lines = [spec.id, *_release_lines(out_dir, spec), *_validation_lines(out_dir, spec)]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
