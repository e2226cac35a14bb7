"""Run a dataset's Great Expectations suite on a typed frame and say what failed, safely.

Hand-written glue for GX 1.x (dagster-ge does not support it): one in-memory ("ephemeral")
context per process, with progress bars and analytics off, and one pandas data asset whose
batches are the frames we pass in. Nothing is written to disk and nothing goes on the network.

A suite is `expectations/<dataset-id>.json` in the format `ExpectationSuite.to_json_dict()`
writes. Each expectation's `meta.severity` is "critical" (the release is blocked) or "warning"
(reported, release proceeds); without it GX's own `severity` field is used, and "critical" when
neither says otherwise: an unmarked check is a gate, not a remark.

Failures carry counts and, for columns that are not personal data, a few sample values so a
steward can see what went wrong. Values of `pii_columns` never leave this module.
"""

from __future__ import annotations

import json
import os
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import pandas as pd

if TYPE_CHECKING:
    import great_expectations as gx
    from great_expectations.core.expectation_validation_result import (
        ExpectationValidationResult,
    )

Severity = Literal["critical", "warning"]
SEVERITIES: tuple[str, ...] = ("critical", "warning")
SAMPLE_SIZE = 5  # distinct sample values kept per failure
SAMPLE_CHARS = 80  # a sample value longer than this is cut: it is a hint, not a record

_lock = threading.Lock()
_state: dict[str, Any] = {}


class SuiteError(ValueError):
    """A suite file that cannot be used; the message is one line naming the file."""


@dataclass(frozen=True)
class ExpectationFailure:
    """One expectation that did not hold (or could not be evaluated).

    `column` names the column (several joined with ", " for multi-column expectations) or is
    None for table-level expectations. `sample_values` is empty for personal-data columns.
    `observed` is a short non-personal observation (row count, column set) where GX gives one,
    and `error` says why an expectation could not be evaluated at all (e.g. a missing column).
    """

    expectation: str
    column: str | None
    unexpected_count: int
    unexpected_percent: float
    sample_values: list[str] = field(default_factory=list)
    severity: Severity = "critical"
    observed: str | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable form (plain str/int/float/list values)."""
        return asdict(self)

    def summary(self) -> str:
        """`expect_column_values_to_be_unique(case_no): 3 unexpected (0.1%)`."""
        target = f"({self.column})" if self.column else ""
        if self.error:
            detail = self.error
        elif self.unexpected_count:
            detail = f"{self.unexpected_count} unexpected ({_percent(self.unexpected_percent)})"
        elif self.observed is not None:
            detail = f"observed {self.observed}"
        else:
            detail = "failed"
        suffix = " [warning]" if self.severity == "warning" else ""
        return f"{self.expectation}{target}: {detail}{suffix}"


@dataclass(frozen=True)
class ValidationOutcome:
    """The result of one suite on one frame. `success` is False only for critical failures."""

    suite: str
    rows: int
    evaluated: int
    seconds: float
    critical_failures: list[ExpectationFailure]
    warnings: list[ExpectationFailure]

    @property
    def success(self) -> bool:
        return not self.critical_failures

    def summary_lines(self) -> list[str]:
        """One line per failure, critical ones first; safe to log (no personal values)."""
        return [f.summary() for f in self.critical_failures + self.warnings]

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable report, e.g. for the manifest's `quality.validation`."""
        return {
            "suite": self.suite,
            "success": self.success,
            "rows": self.rows,
            "evaluated": self.evaluated,
            "seconds": round(self.seconds, 3),
            "critical_failures": [f.to_dict() for f in self.critical_failures],
            "warnings": [f.to_dict() for f in self.warnings],
        }


def expectations_path(project_dir: Path, dataset_id: str) -> Path:
    """Where a dataset's suite lives: `<project>/expectations/<id>.json`."""
    return Path(project_dir) / "expectations" / f"{dataset_id}.json"


def _gx() -> Any:
    """Import great_expectations lazily (it takes seconds), analytics off beforehand."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations

    return great_expectations


def load_suite(path: Path) -> gx.ExpectationSuite:
    """Read and check a suite file; every problem raises SuiteError naming the file."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise SuiteError(f"{path}: cannot read: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise SuiteError(f"{path}: not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise SuiteError(
            f"{path}: not valid JSON at line {error.lineno} column {error.colno}: {error.msg}"
        ) from None
    return parse_suite(data, str(path), default_name=path.stem)


def parse_suite(data: Any, source: str, *, default_name: str = "suite") -> gx.ExpectationSuite:
    """Build a suite from already-parsed JSON; `source` names it in errors."""
    if not isinstance(data, dict) or not isinstance(data.get("expectations"), list):
        raise SuiteError(f"{source}: a suite is an object with an `expectations` list")
    gx = _gx()
    from great_expectations.exceptions import ExpectationNotFoundError
    from great_expectations.expectations.registry import get_expectation_impl

    expectations = []
    for index, item in enumerate(data["expectations"]):
        where = f"{source}: expectations[{index}]"
        if not isinstance(item, dict) or not isinstance(item.get("type"), str):
            raise SuiteError(f"{where}: each expectation needs a `type`")
        # Checked here rather than left to GX, whose error is a multi-line traceback.
        try:
            impl = get_expectation_impl(item["type"])
        except ExpectationNotFoundError:
            raise SuiteError(f"{where}: unknown expectation type {item['type']!r}") from None
        meta = item.get("meta") or {}
        severity = meta.get("severity", item.get("severity", "critical"))
        if severity not in SEVERITIES:
            raise SuiteError(
                f"{where} ({item['type']}): meta.severity must be critical or warning, "
                f"got {severity!r}"
            )
        # Keep the other fields to_json_dict() writes (id, notes, description...).
        extras = {k: v for k, v in item.items() if k not in ("type", "kwargs", "meta")}
        extras.update(meta=meta, severity=severity)
        try:
            expectation = impl(**(item.get("kwargs") or {}), **extras)
        except Exception as error:  # pydantic v1 ValidationError or TypeError from GX
            raise SuiteError(f"{where} ({item['type']}): {_one_line(error)}") from None
        expectations.append(expectation)
    name = data.get("name") or default_name
    return gx.ExpectationSuite(
        name=name, expectations=expectations, meta=data.get("meta"), notes=data.get("notes")
    )


def _one_line(error: Exception) -> str:
    """Pydantic's multi-line error as `column: field required; colum: extra fields ...`."""
    errors = getattr(error, "errors", None)
    if callable(errors):
        parts = []
        for problem in errors():
            loc = ".".join(str(p) for p in problem.get("loc", ()))
            parts.append(f"{loc}: {problem.get('msg')}")
        return "; ".join(parts)
    return " ".join(str(error).split())


def _batch_definition() -> Any:
    """The process-wide context and its one whole-dataframe batch definition (cached)."""
    if "batch_definition" not in _state:
        gx = _gx()
        from great_expectations.data_context.types.base import (
            DataContextConfig,
            InMemoryStoreBackendDefaults,
            ProgressBarsConfig,
        )

        config = DataContextConfig(
            store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
            analytics_enabled=False,
            # GX 1.x reads these before drawing tqdm bars for metric resolution.
            progress_bars=ProgressBarsConfig(globally=False, metric_calculations=False),
        )
        # GX fingerprints every in-memory frame (pandas hash of all cells, twice per run) just to
        # label the batch; that is 5 s of 100k rows and we never read the label. A threshold
        # of 0 skips it; nothing else in GX reads this constant.
        from great_expectations.execution_engine import pandas_execution_engine

        pandas_execution_engine.HASH_THRESHOLD = 0
        context = gx.get_context(mode="ephemeral", project_config=config)
        asset = context.data_sources.add_pandas("pipeline").add_dataframe_asset("frame")
        _state["context"] = context
        _state["batch_definition"] = asset.add_batch_definition_whole_dataframe("whole")
    return _state["batch_definition"]


def validate(
    frame: pd.DataFrame, suite: gx.ExpectationSuite, *, pii_columns: set[str]
) -> ValidationOutcome:
    """Run `suite` on `frame`. Sample values are kept only for columns not in `pii_columns`."""
    started = time.perf_counter()
    result_format = {"result_format": "SUMMARY", "partial_unexpected_count": 20}
    # A copy with consolidated blocks: GX re-slices the frame for every metric, and on a frame
    # built column by column pandas re-consolidates each time (16 s instead of 4 s on 100k rows).
    # It also keeps GX from touching the caller's frame. Object columns copy pointers only.
    frame = frame.copy()
    # GX's context is not thread-safe; Dagster may run several assets in one process.
    with _lock:
        batch = _batch_definition().get_batch(batch_parameters={"dataframe": frame})
        result = batch.validate(suite, result_format=result_format)
    critical: list[ExpectationFailure] = []
    warnings: list[ExpectationFailure] = []
    for item in result.results:
        if item.success:
            continue
        failure = _failure(item, pii_columns)
        (warnings if failure.severity == "warning" else critical).append(failure)
    return ValidationOutcome(
        suite=suite.name,
        rows=len(frame),
        evaluated=len(result.results),
        seconds=time.perf_counter() - started,
        critical_failures=critical,
        warnings=warnings,
    )


def _columns(expectation: str, kwargs: dict[str, Any]) -> list[str]:
    """The data columns an expectation looks at; none for table-level ones.

    `expect_table_columns_to_match_set` also has a `column_list`, but it is the expected
    header, not columns whose values are examined.
    """
    if expectation.startswith("expect_table_"):
        return []
    if kwargs.get("column"):
        return [kwargs["column"]]
    if kwargs.get("column_list"):
        return list(kwargs["column_list"])
    return [kwargs[k] for k in ("column_A", "column_B") if kwargs.get(k)]


def _failure(item: ExpectationValidationResult, pii_columns: set[str]) -> ExpectationFailure:
    config = item.expectation_config
    columns = _columns(config.type, config.kwargs)
    personal = any(c in pii_columns for c in columns)
    meta = config.meta or {}
    severity = meta.get("severity") or _native_severity(config)
    details = item.result or {}
    samples: list[str] = []
    if not personal:
        for value in details.get("partial_unexpected_list") or []:
            text = str(value)[:SAMPLE_CHARS]
            if text not in samples:
                samples.append(text)
            if len(samples) == SAMPLE_SIZE:
                break
    observed = details.get("observed_value")
    return ExpectationFailure(
        expectation=config.type,
        column=", ".join(columns) or None,
        unexpected_count=int(details.get("unexpected_count") or 0),
        unexpected_percent=float(details.get("unexpected_percent") or 0.0),
        sample_values=samples,
        severity="warning" if severity == "warning" else "critical",
        observed=None if personal or observed is None else _observed(observed),
        error=_error(item),
    )


def _native_severity(config: Any) -> str:
    severity = getattr(config, "severity", None)
    value = getattr(severity, "value", severity)
    return "warning" if value in ("warning", "info") else "critical"


def _observed(value: Any) -> str:
    if isinstance(value, list | tuple):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return str(getattr(value, "item", lambda: value)())[:SAMPLE_CHARS]


def _error(item: ExpectationValidationResult) -> str | None:
    """Why an expectation could not run, without quoting GX's message (it may hold values)."""
    info = item.exception_info or {}
    entries = [info] if "raised_exception" in info else list(info.values())
    for entry in entries:
        if isinstance(entry, dict) and entry.get("raised_exception"):
            message = str(entry.get("exception_message") or "")
            if "does not exist" in message:
                return "column not in the data"
            last = str(entry.get("exception_traceback") or "").strip().splitlines()
            kind = last[-1].split(":", 1)[0].rsplit(".", 1)[-1] if last else "error"
            return f"could not be evaluated ({kind})"
    return None


def _percent(value: float) -> str:
    return f"{value:.1f}%" if value >= 1 else f"{value:.2g}%"
