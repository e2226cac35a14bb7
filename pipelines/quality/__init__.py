"""Quality gates: Great Expectations suites, schema drift and the open-data quality level.

Importing this package is cheap: Great Expectations (several seconds to import) is loaded only
when a suite is first loaded or run, so drift checks and level assessment stay fast.
"""

import os

# Before any import of great_expectations anywhere in the process: no usage analytics.
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

from pipelines.quality.drift import DriftReport, detect_drift, detect_retyped
from pipelines.quality.level import CheckResult, QualityLevel, assess_release
from pipelines.quality.runner import (
    ExpectationFailure,
    SuiteError,
    ValidationOutcome,
    expectations_path,
    load_suite,
    parse_suite,
    validate,
)

__all__ = [
    "CheckResult",
    "DriftReport",
    "ExpectationFailure",
    "QualityLevel",
    "SuiteError",
    "ValidationOutcome",
    "assess_release",
    "detect_drift",
    "detect_retyped",
    "expectations_path",
    "load_suite",
    "parse_suite",
    "validate",
]
