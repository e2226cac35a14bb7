"""Span-level scoring: precision, recall and F2 per entity type, hard negatives untouched.

Matching is overlap-based, per entity type:

* a gold span is *found* when predicted spans of the same type cover at least half of its
  characters (a redaction that removes most of a value still protects it; one that clips a
  character of a long address does not fail the address);
* a predicted span is *correct* when at least half of its characters lie inside gold spans of
  the same type (so over-long spans that swallow prose count as false positives).

F2 weighs recall four times as much as precision: a missed identifier leaks, an extra
redaction only costs a little utility. A hard negative is *untouched* when the scanner finds
nothing at all in it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.scan import Finding, TextScanner


@dataclass
class EntityScore:
    """Counts and rates for one entity type."""

    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def f2(self) -> float:
        p, r = self.precision, self.recall
        return 5 * p * r / (4 * p + r) if p + r else 0.0


@dataclass
class Report:
    """The evaluation result."""

    entities: dict[str, EntityScore] = field(default_factory=dict)
    person_known: EntityScore = field(default_factory=EntityScore)
    person_unknown: EntityScore = field(default_factory=EntityScore)
    negatives: int = 0
    negatives_untouched: int = 0

    @property
    def untouched_rate(self) -> float:
        return self.negatives_untouched / self.negatives if self.negatives else 1.0

    def table(self) -> str:
        """A plain-text table (counts and rates only, never values)."""
        rows = [f"{'entity':<18}{'gold':>6}{'pred':>6}{'precision':>11}{'recall':>8}{'F2':>7}"]
        for name, s in sorted(self.entities.items()):
            rows.append(
                f"{name:<18}{s.gold:>6}{s.predicted:>6}{s.precision:>11.4f}{s.recall:>8.4f}"
                f"{s.f2:>7.4f}"
            )
        for label, s in (("  PERSON known", self.person_known),
                         ("  PERSON unknown", self.person_unknown)):  # fmt: skip
            rows.append(f"{label:<18}{s.gold:>6}{'':>6}{'':>11}{s.recall:>8.4f}")
        rows.append(
            f"hard negatives untouched: {self.negatives_untouched}/{self.negatives}"
            f" = {self.untouched_rate:.4f}"
        )
        return "\n".join(rows)


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> int:
    covered = 0
    for s, e in spans:
        covered += max(0, min(end, e) - max(start, s))
    return covered


def score(samples: list[Sample], predictions: list[list[Finding]]) -> Report:
    """Score predictions (one list per sample) against the samples' gold spans."""
    report = Report()
    ents: dict[str, EntityScore] = defaultdict(EntityScore)
    for sample, preds in zip(samples, predictions, strict=True):
        if sample.hard_negative:
            report.negatives += 1
            report.negatives_untouched += not preds
        gold_by: dict[str, list[tuple[int, int]]] = defaultdict(list)
        pred_by: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for s, e, ent in sample.spans:
            gold_by[ent].append((s, e))
        for f in preds:
            pred_by[f.entity].append((f.start, f.end))
        person_i = 0
        for s, e, ent in sample.spans:
            hit = _covered(s, e, pred_by[ent]) * 2 >= e - s
            ents[ent].gold += 1
            ents[ent].found += hit
            if ent == "PERSON":
                bucket = (
                    report.person_known if sample.known_person[person_i] else report.person_unknown
                )
                bucket.gold += 1
                bucket.found += hit
                person_i += 1
        for f in preds:
            ents[f.entity].predicted += 1
            ents[f.entity].correct += _covered(f.start, f.end, gold_by[f.entity]) * 2 >= (
                f.end - f.start
            )
    report.entities = dict(ents)
    return report


def evaluate(
    n: int = 2000,
    seed: int = 7,
    generator: Callable[..., tuple[list[Sample], list[str]]] | None = None,
) -> Report:
    """Generate a set, scan it with a :class:`TextScanner` given the known names, score it.

    ``generator`` (``n=``, ``seed=`` → samples, known names) defaults to the project's own
    set; pass :func:`pipelines.deid.evaluation.heldout.generate_heldout` for the held-out one.
    """
    if generator is None:
        from pipelines.deid.evaluation.generator import generate as generator

    samples, known = generator(n=n, seed=seed)
    scanner = TextScanner(known)
    # as the pipeline does: learn the known names' contexts from the texts to be scanned,
    # then scan them all through the bulk path that redaction uses
    scanner.learn(s.text for s in samples)
    return score(samples, scanner.find_many([s.text for s in samples]))
