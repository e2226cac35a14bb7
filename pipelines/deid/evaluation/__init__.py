"""Detection-quality evaluation: a seeded labelled synthetic set and a span-level scorer."""

from pipelines.deid.evaluation.generator import Sample, generate
from pipelines.deid.evaluation.scorer import EntityScore, Report, evaluate, score

__all__ = ["EntityScore", "Report", "Sample", "evaluate", "generate", "score"]
