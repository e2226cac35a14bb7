"""The per-release de-identification report: what was found, what was done, whether it is safe.

It goes into the release manifest (`deidentification`, via `to_dict()`) and is printed by
`opendata deid` (`render_text()`). It holds counts and column names only, never a value.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from pipelines.deid.kanon import KAnonResult
from pipelines.deid.leakguard import LeakReport

DIRECT_REMOVING = ("drop", "redact", "mask", "pseudonymize")


@dataclass
class ColumnReport:
    name: str
    pii: str
    treatment: str
    published: bool
    cells: int = 0  # non-null input cells of published rows that the treatment handled
    entities: Counter[str] = field(default_factory=Counter)  # scan_text findings per type
    unparsed: int = 0  # generalize: values that could not be coarsened and were nulled

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "pii": self.pii,
            "treatment": self.treatment,
            "published": self.published,
            "cells": self.cells,
        }
        if self.treatment == "scan_text":
            out["entities"] = dict(sorted(self.entities.items()))
        if self.treatment == "generalize":
            out["unparsed"] = self.unparsed
        return out


@dataclass
class DeidReport:
    dataset: str
    rows_in: int
    rows_out: int
    columns: list[ColumnReport]
    kanon: KAnonResult
    leak_guard: LeakReport
    unlisted_columns: list[str] = field(default_factory=list)  # in the input, not in the spec
    rejected_rows: int = 0  # malformed input rows left out (line numbers in the reader's rejects)
    blocked: bool = False
    reasons: list[str] = field(default_factory=list)

    @property
    def reason(self) -> str | None:
        return "; ".join(self.reasons) or None

    @property
    def entities(self) -> dict[str, dict[str, int]]:
        """Scanner findings per column and entity type."""
        return {c.name: dict(sorted(c.entities.items())) for c in self.columns if c.entities}

    @property
    def entities_removed(self) -> int:
        """Findings redacted from text plus direct-identifier cells dropped, redacted, masked or
        pseudonymised: the release log's single "how much personal data was taken out" number."""
        text = sum(sum(c.entities.values()) for c in self.columns)
        direct = sum(
            c.cells for c in self.columns if c.pii == "direct" and c.treatment in DIRECT_REMOVING
        )
        return text + direct

    @property
    def records_suppressed(self) -> int:
        return self.kanon.records_suppressed

    @property
    def exit_code(self) -> int:
        """For `opendata deid`: 0 when the output may be published, 1 when blocked."""
        return 1 if self.blocked else 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "blocked": self.blocked,
            "reason": self.reason,
            "rows_in": self.rows_in,
            "rows_out": self.rows_out,
            "records_suppressed": self.records_suppressed,
            "entities_removed": self.entities_removed,
            "entities": self.entities,
            "columns": [c.to_dict() for c in self.columns],
            "unlisted_columns": self.unlisted_columns,
            "rejected_rows": self.rejected_rows,
            "k_anonymity": self.kanon.to_dict(),
            "leak_guard": self.leak_guard.to_dict(),
        }

    def render_text(self) -> str:
        """A plain-text summary for the terminal."""
        lines = [
            f"De-identification of {self.dataset}: "
            + ("BLOCKED" if self.blocked else "ok")
            + f" ({self.rows_in} rows in, {self.rows_out} out)",
            "",
        ]
        header = ("column", "pii", "treatment", "published", "cells", "found / unparsed")
        rows = [header]
        for c in self.columns:
            detail = ""
            if c.treatment == "scan_text":
                detail = ", ".join(f"{k} {v}" for k, v in sorted(c.entities.items())) or "none"
            elif c.treatment == "generalize":
                detail = f"{c.unparsed} unparsed"
            published = "yes" if c.published else "no"
            rows.append((c.name, c.pii, c.treatment, published, str(c.cells), detail))
        widths = [max(_width(r[i]) for r in rows) for i in range(len(header))]
        for i, row in enumerate(rows):
            cells = zip(row, widths, strict=True)
            lines.append("  ".join(_pad(cell, w) for cell, w in cells).rstrip())
            if i == 0:
                lines.append("  ".join("-" * w for w in widths))
        if self.unlisted_columns:
            lines.append(f"not in the spec, withheld: {', '.join(self.unlisted_columns)}")
        if self.rejected_rows:
            lines.append(f"malformed input rows left out: {self.rejected_rows}")
        k = self.kanon
        lines.append("")
        if k.quasi_columns:
            risk = f"{k.prosecutor_risk:.3f}" if k.prosecutor_risk is not None else "-"
            lines.append(
                f"k-anonymity over {', '.join(k.quasi_columns)}: k={k.k_achieved} "
                f"(required {k.k_required}, before suppression {k.k_before}), "
                f"{k.classes} classes, {k.records_suppressed} records suppressed "
                f"({k.suppression_rate:.2%}, max {k.max_suppression:.2%}), "
                f"prosecutor risk {risk}"
            )
            if k.sensitive_columns:
                lines.append(
                    f"l-diversity over {', '.join(k.sensitive_columns)}: l={k.l_achieved} "
                    f"(required {k.l_required})"
                )
        else:
            lines.append("k-anonymity: no quasi-identifier columns")
        leak = self.leak_guard
        if leak.passed:
            lines.append(f"leak guard: passed ({leak.direct_values_checked} direct values checked)")
        else:
            lines.append("leak guard: FAILED")
            for column, kinds in sorted(leak.hits.items()):
                found = ", ".join(f"{kind} in {n} cells" for kind, n in sorted(kinds.items()))
                lines.append(f"  {column}: {found}")
        if self.blocked:
            lines.append("")
            lines.extend(f"blocked: {reason}" for reason in self.reasons)
        return "\n".join(lines)


def _width(text: str) -> int:
    # CJK characters take two terminal cells.
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
