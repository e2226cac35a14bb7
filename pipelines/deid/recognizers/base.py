"""Base class: a Presidio PatternRecognizer that matches on NFKC text and is fast to call in bulk.

Two ways to run the same patterns and validators:

* :meth:`TwPatternRecognizer.analyze` is the Presidio entry point (used by the AnalyzerEngine);
  it normalises the text, lets Presidio run the patterns, and maps spans back.
* :meth:`TwPatternRecognizer.find_normalized` runs the very same compiled patterns,
  ``validate_result`` and scoring rules without Presidio's per-call overhead; the bulk scanner
  uses it. Both therefore agree by construction (a test checks it on a sample).

Presidio's context-word boosting needs a spaCy model (there is none offline), so every
recognizer puts its evidence into the pattern itself (cue words via ``\\K`` or lookarounds)
or into ``validate_result`` (checksums, phone ranges). The ``CONTEXT`` lists are kept for
documentation and for a future NLP engine.
"""

from __future__ import annotations

import os
from typing import ClassVar

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

import numpy as np
import regex
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.deid import regex_cache
from pipelines.deid.recognizers.anchor import Anchor
from pipelines.deid.recognizers.normalize import normalize

LANGUAGE = "zh"
# No IGNORECASE (Presidio's default): identifier letters are validated case-aware.
FLAGS = regex.DOTALL | regex.MULTILINE
_INLINE_FLAGS = "(?ms)"  # the same flags, written into a pattern

# Presidio's bounds for scores.
MAX_SCORE = 1.0
MIN_SCORE = 0.0

Span = tuple[int, int, float]


class CachedPattern(Pattern):
    """Presidio's Pattern, validated by compiling through regex_cache.py: Presidio's own
    constructor compiles the pattern only to check it, which would parse it again."""

    @staticmethod
    def _Pattern__validate_regex(pattern: str) -> None:  # Presidio's private name
        try:
            regex_cache.compile(pattern)
        except regex.error as e:
            raise ValueError(f"Invalid regex pattern: {e}") from e


class TwPatternRecognizer(PatternRecognizer):
    """A pattern recognizer for one entity type, language ``zh``, matching NFKC text."""

    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[tuple[tuple[str, str, float], ...]]  # (name, regex, base score)
    CONTEXT: ClassVar[tuple[str, ...]] = ()
    # Pattern name -> the words its matches start at or end before (see anchor.py): the fast
    # path then runs the pattern only there. Presidio's own analyze ignores it.
    ANCHORS: ClassVar[dict[str, Anchor]] = {}
    # Match on the text followed by a NUL, for patterns whose match may end the text: ``$``
    # cannot say so, as it would also match at the end of an anchor's window (no match holds a
    # NUL, and the bulk path joins texts with NULs anyway).
    PAD_END: ClassVar[bool] = False

    def __init__(self, patterns: list[Pattern] | None = None) -> None:
        if patterns is None:
            # The flags written into the pattern, so that the one compile (through the cache,
            # regex_cache.py) serves both Presidio's analyze and the fast path below.
            patterns = [
                CachedPattern(name, _INLINE_FLAGS + rx, score) for name, rx, score in self.PATTERNS
            ]
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            supported_language=LANGUAGE,
            patterns=patterns,
            context=list(self.CONTEXT),
            global_regex_flags=FLAGS,
        )
        self._compiled = [
            (
                regex_cache.compile(p.regex)
                if p.regex.startswith(_INLINE_FLAGS)
                else regex_cache.compile(p.regex, FLAGS),
                p.score,
                self.ANCHORS.get(p.name),
            )
            for p in self.patterns
        ]
        # Presidio's analyze compiles each pattern with FLAGS on first use; the flags written
        # into ours make the compile above the same pattern, so it is handed over.
        for p, (rx, _, _) in zip(self.patterns, self._compiled, strict=True):
            if p.regex.startswith(_INLINE_FLAGS):
                p.compiled_regex, p.compiled_with_flags = rx, FLAGS

    # -- Presidio entry point -------------------------------------------------------------
    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Presidio's analysis on the NFKC form of ``text``, spans mapped back."""
        norm = normalize(text)
        padded = norm.text + "\x00" if self.PAD_END else norm.text
        results = super().analyze(padded, entities, nlp_artifacts, regex_flags)
        for r in results:
            r.start, r.end = norm.to_original(r.start, r.end)
        return results

    # -- fast path ------------------------------------------------------------------------
    def find_normalized(self, text: str) -> list[Span]:
        """Same matches and scores as Presidio's pattern analysis, on already-NFKC text."""
        if self.PAD_END:
            text += "\x00"
        spans: list[Span] = []
        cls = type(self)
        # Presidio's defaults return None / False: skip the calls (they run once per match).
        validate = self.validate_result if cls.validate_result is not _DEFAULT_VALIDATE else None
        invalidate = (
            self.invalidate_result if cls.invalidate_result is not _DEFAULT_INVALIDATE else None
        )
        append = spans.append
        # One pattern's matches are sorted and disjoint already (finditer resumes after each
        # match; so do anchors): only those of several patterns need remove_contained, whose
        # sort costs as much as the matching on a column's joined texts.
        producing = 0
        for rx, base, anchor in self._compiled:
            found = (
                [m.span() for m in rx.finditer(text)] if anchor is None else anchor.spans(rx, text)
            )
            before = len(spans)
            if validate is None and invalidate is None:
                # No per-match decision (the name and address patterns): one comprehension.
                if base > MIN_SCORE:
                    spans += [(s, e, base) for s, e in found if s != e]
                    producing += len(spans) > before
                continue
            for start, end in found:
                if start == end:
                    continue
                score = base
                value = text[start:end]
                valid = validate(value) if validate is not None else None
                if valid is not None:
                    score = MAX_SCORE if valid else MIN_SCORE
                if invalidate is not None and invalidate(value):
                    score = MIN_SCORE
                if score > MIN_SCORE:
                    append((start, end, score))
            producing += len(spans) > before
        return spans if producing < 2 else remove_contained(spans)


_DEFAULT_VALIDATE = PatternRecognizer.validate_result
_DEFAULT_INVALIDATE = PatternRecognizer.invalidate_result


def remove_contained(spans: list[Span]) -> list[Span]:
    """Presidio's ``remove_duplicates`` for one entity type.

    Drops a span fully inside another span with an equal or higher score (and exact repeats).
    """
    if len(spans) < 2:
        return spans
    if len(spans) >= _MANY:
        return _remove_contained_many(spans)
    return _remove_contained_each(spans)


def _remove_contained_each(spans: list[Span]) -> list[Span]:
    """remove_contained span by span (the rule itself)."""
    ordered = sorted(spans)
    end = -1
    for s in ordered:
        if s[0] < end:
            break
        end = s[1]
    else:
        return ordered  # nothing overlaps (the common case): nothing is contained either
    ordered = sorted(set(spans), key=lambda s: (s[0], -(s[1] - s[0]), -s[2]))
    kept: list[Span] = []
    active: list[Span] = []
    for s in ordered:
        active = [a for a in active if a[1] >= s[0]]
        if any(a[0] <= s[0] and s[1] <= a[1] and s[2] <= a[2] for a in active):
            continue
        kept.append(s)
        active.append(s)
    return kept


_MANY = 256  # spans from which remove_contained sorts and clusters with numpy


def _remove_contained_many(spans: list[Span]) -> list[Span]:
    """remove_contained for the spans of a column's joined texts (hundreds of thousands, from
    several patterns): sorted and split with numpy into clusters of overlapping spans, so that
    only the (few) clusters of more than one span go through the Python rule. A span can only
    be inside one it overlaps, so clusters are independent. Sorted by (start, -length, -score)
    like the Python rule's output."""
    starts = np.fromiter((s[0] for s in spans), np.int64, len(spans))
    ends = np.fromiter((s[1] for s in spans), np.int64, len(spans))
    scores = np.fromiter((s[2] for s in spans), np.float64, len(spans))
    order = np.lexsort((-scores, starts - ends, starts))
    starts, ends, scores = starts[order], ends[order], scores[order]
    repeat = (starts[1:] == starts[:-1]) & (ends[1:] == ends[:-1]) & (scores[1:] == scores[:-1])
    keep = np.concatenate(([True], ~repeat))
    starts, ends, scores = starts[keep], ends[keep], scores[keep]
    reach = np.maximum.accumulate(ends)
    cluster = np.cumsum(np.concatenate(([True], starts[1:] >= reach[:-1])))
    alone = np.bincount(cluster)[cluster] == 1
    out = list(zip(starts.tolist(), ends.tolist(), scores.tolist(), strict=True))
    if alone.all():
        return out
    kept: list[Span] = []
    group: list[Span] = []
    current = -1
    for span, number, single in zip(out, cluster.tolist(), alone.tolist(), strict=True):
        if number != current and group:
            kept += _remove_contained_each(group)
            group = []
        current = number
        if single:
            kept.append(span)
        else:
            group.append(span)
    if group:
        kept += _remove_contained_each(group)
    return kept


class SpanRecognizer(TwPatternRecognizer):
    """A recognizer whose matches come from :meth:`find_normalized` alone (an automaton, a
    table reader) rather than from regex patterns; this gives it Presidio's entry point."""

    PATTERNS = ()
    SCORE: ClassVar[float]
    METHOD: ClassVar[str]  # how it finds, for Presidio's explanation

    def __init__(self) -> None:
        # Presidio needs a pattern; this one never matches (analyze uses find_normalized).
        super().__init__([CachedPattern(type(self).__name__, r"(?!x)x", self.SCORE)])

    def find_normalized(self, text: str) -> list[Span]:
        raise NotImplementedError

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Presidio's entry point: :meth:`find_normalized` on the NFKC text, mapped back."""
        norm = normalize(text)
        results = []
        for start, end, score in self.find_normalized(norm.text):
            start, end = norm.to_original(start, end)
            results.append(
                RecognizerResult(
                    entity_type=self.ENTITY,
                    start=start,
                    end=end,
                    score=score,
                    analysis_explanation=self.build_regex_explanation(
                        self.name, type(self).__name__, self.METHOD, score, None, FLAGS
                    ),
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return results
