"""Fast bulk scanning and redaction of free text (the API the treatment engine calls).

Presidio's ``AnalyzerEngine.analyze`` costs a spaCy pass, context enhancement and logging on
every cell (~3,500 cells/s here). :class:`TextScanner` runs the *same* recognizer patterns and
validators (see :meth:`TwPatternRecognizer.find_normalized`) directly, and in bulk:

* repeated texts are scanned once (agency notes repeat a lot);
* each recognizer has a cheap necessary condition (a digit, '@', '號', '健保', a cue word, a
  known name ...). In bulk, these are evaluated for all distinct texts at once with
  ``pyarrow.compute`` RE2 kernels (C++), so a recognizer's patterns only run on the rows
  that can possibly match;
* candidates are validated by the identifier modules (checksums, phone ranges).

Overlap policy (shared with :func:`analyzer_findings`, so both paths give identical spans):
drop findings under ``min_score``; per entity type drop spans contained in a span with an
equal or higher score (Presidio's rule); then across types keep the highest score, then the
longest span, then the earliest.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

import regex

from pipelines.deid import names as lex
from pipelines.deid.recognizers import (
    LANGUAGE,
    TwPatternRecognizer,
    default_recognizers,
    normalize,
)
from pipelines.deid.recognizers.address import COUNTY_TRIGGER, STREET_TRIGGER
from pipelines.deid.recognizers.base import remove_contained
from pipelines.deid.recognizers.normalize import NormalizedText
from pipelines.deid.recognizers.person import KnownNameRecognizer

PLACEHOLDERS: dict[str, str] = {
    "PERSON": "〔姓名〕",
    "TW_NATIONAL_ID": "〔身分證號〕",
    "TW_RESIDENT_CERT": "〔居留證號〕",
    "PHONE": "〔電話〕",
    "EMAIL": "〔電子郵件〕",
    "ADDRESS": "〔地址〕",
    "TW_NHI_CARD": "〔健保卡號〕",
    "PASSPORT": "〔護照號碼〕",
    "CREDIT_CARD": "〔信用卡號〕",
    "BIRTH_DATE": "〔出生日期〕",
}


def placeholder(entity: str) -> str:
    """The typed placeholder of an entity type (a generic one for unknown types)."""
    return PLACEHOLDERS.get(entity, f"〔{entity}〕")


@dataclass(frozen=True)
class Finding:
    """One detected entity; ``start``/``end`` index the original (not normalised) text."""

    start: int
    end: int
    entity: str
    score: float


_DIGIT = regex.compile(r"[0-9]")
_ASCII_LETTER_DIGIT = regex.compile(r"[A-Za-z][0-9A-Da-d]")
_HAN_DOT_HAN = regex.compile(r"\p{Han}[" + regex.escape(lex.INTERPUNCTS) + r"]\p{Han}")


def _trigger(rec: TwPatternRecognizer) -> Callable[[str], bool]:
    """A cheap test that is *necessary* for ``rec`` to find anything in a text."""
    name = type(rec).__name__

    def has_digit(t: str) -> bool:
        return _DIGIT.search(t) is not None

    triggers: dict[str, Callable[[str], bool]] = {
        "TwNationalIdRecognizer": lambda t: has_digit(t) and bool(_ASCII_LETTER_DIGIT.search(t)),
        "TwResidentCertRecognizer": lambda t: has_digit(t) and bool(_ASCII_LETTER_DIGIT.search(t)),
        "TwPhoneRecognizer": has_digit,
        "EmailRecognizer": lambda t: "@" in t,
        "TwAddressRecognizer": lambda t: "號" in t,
        "TwStreetAddressRecognizer": lambda t: "號" in t,
        "TwNhiCardRecognizer": lambda t: "健保" in t,
        "PassportRecognizer": lambda t: "護照" in t,
        "CreditCardRecognizer": has_digit,
        "BirthDateRecognizer": lambda t: "生" in t and has_digit(t),
        "VietnameseNameRecognizer": lambda t: "氏" in t or "阮" in t or "黎文" in t,
        "InterpunctNameRecognizer": lambda t: _HAN_DOT_HAN.search(t) is not None,
    }
    return triggers.get(name, lambda t: True)


# RE2 (pyarrow.compute) versions of the necessary conditions, run on NFKC text over a whole
# column at once. Each must hold for every text in which the recognizer can find anything.
_RE2_TRIGGERS: dict[str, str] = {
    "TwNationalIdRecognizer": r"[A-Za-z][12][0-9]{8}",
    "TwResidentCertRecognizer": r"[A-Za-z][89A-Da-d][0-9]{8}",
    "TwPhoneRecognizer": r"0[2-9]|886",
    "EmailRecognizer": r"@",
    "TwAddressRecognizer": COUNTY_TRIGGER,
    "TwStreetAddressRecognizer": STREET_TRIGGER,
    "TwNhiCardRecognizer": r"健保",
    "PassportRecognizer": r"護照",
    "CreditCardRecognizer": r"[0-9]{4}[-\s]?[0-9]{4}[-\s]?[0-9]{4}[-\s]?[0-9]"
    r"|3[47][0-9]{2}[-\s]?[0-9]{6}[-\s]?[0-9]{5}",
    "BirthDateRecognizer": r"生",
    "NameAfterCueRecognizer": "|".join(regex.escape(c) for c in lex.PREFIX_CUES),
    "NameBeforeCueRecognizer": "|".join(regex.escape(c) for c in lex.SUFFIX_CUES),
    "InterpunctNameRecognizer": r"\p{Han}[" + regex.escape(lex.INTERPUNCTS) + r"]\p{Han}",
    "VietnameseNameRecognizer": r"氏|阮|黎文",
}


def _re2_trigger(rec: TwPatternRecognizer) -> str | None:
    """The RE2 necessary condition of ``rec`` (None: run on every text).

    Known names: the names themselves when few; otherwise their distinct first two
    characters (every match contains them), because an RE2 alternation of thousands of
    names blows the DFA budget and is slower than the trie-shaped regex itself.
    """
    if isinstance(rec, KnownNameRecognizer):
        names = rec.names
        if len(names) > 500:
            names = tuple(sorted({n[:2] for n in names}))
        return "|".join(regex.escape(n) for n in names) if len(names) <= 20_000 else None
    return _RE2_TRIGGERS.get(type(rec).__name__)


def _re2_masks(texts: list[str], patterns: list[str | None]) -> list[list[bool] | None]:
    """For each pattern, whether each text contains a match (None: no filtering)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    arr = pa.array(texts, type=pa.large_string())
    masks: list[list[bool] | None] = []
    for pattern in patterns:
        if pattern is None:
            masks.append(None)
            continue
        try:
            masks.append(pc.match_substring_regex(arr, pattern).to_pylist())
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            masks.append(None)  # e.g. a huge name list beyond RE2's memory budget: no filter
    return masks


def resolve(findings: Iterable[Finding], min_score: float) -> list[Finding]:
    """Apply the overlap policy (module docstring) and sort by position."""
    by_entity: dict[str, list[tuple[int, int, float]]] = {}
    for f in findings:
        if f.score >= min_score:
            by_entity.setdefault(f.entity, []).append((f.start, f.end, f.score))
    candidates = [
        Finding(s, e, entity, score)
        for entity, spans in by_entity.items()
        for s, e, score in remove_contained(spans)
    ]
    if len(candidates) < 2:
        return candidates
    candidates.sort(key=lambda f: (-f.score, -(f.end - f.start), f.start, f.entity))
    kept: list[Finding] = []
    for f in candidates:
        if all(f.end <= k.start or k.end <= f.start for k in kept):
            kept.append(f)
    kept.sort(key=lambda f: f.start)
    return kept


def _apply(text: str, findings: Sequence[Finding]) -> str:
    parts: list[str] = []
    pos = 0
    for f in findings:
        parts.append(text[pos : f.start])
        parts.append(placeholder(f.entity))
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts)


class TextScanner:
    """Finds and redacts personal data in free text, fast enough for whole columns."""

    def __init__(self, known_names: Iterable[str] = (), *, min_score: float = 0.5) -> None:
        self.min_score = min_score
        self.recognizers = default_recognizers(known_names)
        self._runs = [(rec.ENTITY, rec.find_normalized, _trigger(rec)) for rec in self.recognizers]
        self._re2 = [_re2_trigger(rec) for rec in self.recognizers]

    def _raw(self, text: str) -> list[Finding]:
        """All recognizer findings (any score), spans in the original text."""
        norm = normalize(text)
        t = norm.text
        return self._run(norm, [(e, f) for e, f, trigger in self._runs if trigger(t)])

    @staticmethod
    def _run(norm: NormalizedText, runs: list[tuple[str, Callable[[str], list]]]) -> list[Finding]:
        t = norm.text
        out: list[Finding] = []
        for entity, find in runs:
            for s, e, score in find(t):
                s, e = norm.to_original(s, e)
                out.append(Finding(s, e, entity, score))
        return out

    def _raw_many(self, unique: list[str]) -> dict[str, list[Finding]]:
        """Raw findings of each of the distinct non-empty ``unique`` texts (RE2-prefiltered).

        (Joining the rows into one NUL-separated string per recognizer, to call ``finditer``
        once instead of once per row, measured no faster: the regex engine dominates.)
        """
        if not unique:
            return {}
        norms = [normalize(t) for t in unique]
        masks = _re2_masks([n.text for n in norms], self._re2)
        runs = [(entity, find) for entity, find, _ in self._runs]
        out: dict[str, list[Finding]] = {}
        for i, (text, norm) in enumerate(zip(unique, norms, strict=True)):
            active = [run for run, m in zip(runs, masks, strict=True) if m is None or m[i]]
            out[text] = self._run(norm, active) if active else []
        return out

    def find(self, text: str) -> list[Finding]:
        """Non-overlapping findings with score >= ``min_score``, sorted by start."""
        if not text:
            return []
        return resolve(self._raw(text), self.min_score)

    def redact(self, text: str) -> tuple[str, Counter[str]]:
        """``text`` with each finding replaced by its typed placeholder, and counts per type."""
        findings = self.find(text)
        return _apply(text, findings), Counter(f.entity for f in findings)

    def redact_many(self, texts: Sequence[str | None]) -> tuple[list[str | None], Counter[str]]:
        """Redact a column; ``None`` stays ``None``. Counts are over all cells (not unique)."""
        multiplicity = Counter(t for t in texts if t)
        redacted: dict[str, str] = {}
        total: Counter[str] = Counter()
        for text, raw in self._raw_many(list(multiplicity)).items():
            if not raw:
                continue
            findings = resolve(raw, self.min_score)
            if findings:
                redacted[text] = _apply(text, findings)
                n = multiplicity[text]
                for f in findings:
                    total[f.entity] += n
        return [redacted.get(t, t) if t else t for t in texts], total

    def count_high_confidence(
        self, texts: Sequence[str | None], min_score: float = 0.85
    ) -> Counter[str]:
        """Findings with score >= ``min_score`` per entity type, over all cells (leak checks)."""
        multiplicity = Counter(t for t in texts if t)
        total: Counter[str] = Counter()
        for text, raw in self._raw_many(list(multiplicity)).items():
            for f in resolve(raw, min_score) if raw else ():
                total[f.entity] += multiplicity[text]
        return total


def build_analyzer(known_names: Iterable[str] = ()):  # -> AnalyzerEngine (lazy import)
    """A Presidio AnalyzerEngine for ``zh`` with these recognizers and a blank spaCy pipeline.

    Nothing is downloaded: the spaCy engine gets ``spacy.blank("zh")`` (character
    tokenizer, no NER), so only the pattern recognizers produce results.
    """
    import spacy
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    nlp_engine = SpacyNlpEngine(models=[{"lang_code": LANGUAGE, "model_name": "blank:zh"}])
    nlp_engine.nlp = {LANGUAGE: spacy.blank(LANGUAGE)}
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for rec in default_recognizers(known_names):
        registry.add_recognizer(rec)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=[LANGUAGE])


def analyzer_findings(analyzer, text: str, min_score: float = 0.5) -> list[Finding]:
    """Run Presidio on ``text`` and apply the scanner's overlap policy to its results."""
    results = analyzer.analyze(text=text, language=LANGUAGE)
    return resolve((Finding(r.start, r.end, r.entity_type, r.score) for r in results), min_score)
