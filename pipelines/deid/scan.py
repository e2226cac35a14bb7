"""Fast bulk scanning and redaction of free text (the API the treatment engine calls).

Presidio's ``AnalyzerEngine.analyze`` costs a spaCy pass, context enhancement and logging on
every cell (~2,000 cells/s here). :class:`TextScanner` runs the *same* recognizer patterns and
validators (see :meth:`TwPatternRecognizer.find_normalized`) directly, and in bulk:

* repeated texts are scanned once (agency notes repeat a lot), and normalised in one pass;
* each recognizer has a cheap necessary condition (a digit, '@', '號', a cue word, a known
  name's first character ...). In bulk, these are evaluated for all distinct texts at once with
  ``pyarrow.compute`` RE2 kernels (C++), so a recognizer only sees the texts that can match;
* a recognizer then runs once over its candidate texts joined by NUL (no pattern can consume
  it; every span is checked to lie inside one text): one ``finditer`` per pattern and column
  instead of one Python call per cell and recognizer;
* known names (tens of thousands) go through one Aho-Corasick automaton;
* candidates are validated by the identifier modules (checksums, phone ranges);
* the leak guard's re-scan (:meth:`TextScanner.count_high_confidence`) runs only recognizers
  that can reach its threshold, and skips texts the last redaction left unchanged;
* columns of many distinct texts are split between this process and one forked helper, so a
  second core does half the work (``processes=1`` turns that off).

Overlap policy (shared with :func:`analyzer_findings`, so both paths give identical spans):
drop findings under ``min_score``; per entity type a span inside a longer one gives way to it,
which takes the higher of their scores (two recognizers disagreeing on a name's extent: the
known name 宋巴 inside the interpunct name 宋巴·宋通 must not leave 宋通 in the text), then
Presidio's rule (drop spans contained in a span with an equal or higher score); across types
drop spans inside a longer one scoring at least 0.85 (its container redacts them, and the rest
of it must not stay: a known name inside an address);
then keep the highest score, then the longest span, then the earliest.
"""

from __future__ import annotations

import gc
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

import re
import unicodedata

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import regex

from pipelines.deid import names as lex
from pipelines.deid import regex_cache
from pipelines.deid.ner import NER_SCORE, load_persons
from pipelines.deid.parallel import default_processes, split_in_two
from pipelines.deid.recognizers import (
    LANGUAGE,
    TwPatternRecognizer,
    default_recognizers,
    normalize,
)
from pipelines.deid.recognizers.address import COUNTY_TRIGGER, STREET_TRIGGER
from pipelines.deid.recognizers.base import MAX_SCORE
from pipelines.deid.recognizers.known_names import KnownNameRecognizer
from pipelines.deid.recognizers.learned import LearnedContextRecognizer
from pipelines.deid.recognizers.learned import learn as learn_contexts
from pipelines.deid.recognizers.normalize import LATIN_FOLD, LATIN_FOLD_RX, NormalizedText
from pipelines.deid.recognizers.other import (
    BIRTH_AFTER_NAME_TRIGGER,
    BIRTH_BEFORE_DEATH_TRIGGER,
    BIRTH_PARTICULARS_TRIGGER,
    CARD_GAP,
    FOREIGN_PASSPORT_TRIGGER,
    NATIONALITY_TRIGGER,
    NHI_ROSTER_TRIGGER,
    NUMBERED_ROSTER_TRIGGER,
    PERSON_ROW_TRIGGER,
    ROSTER_ROW_TRIGGER,
)
from pipelines.deid.recognizers.person import (
    LABEL_NAME_TRIGGER,
    LATIN_FORM_TRIGGER,
    LATIN_IN_HAN_TRIGGER,
    LATIN_NAME_TRIGGER,
    LATIN_TC_TRIGGER,
    LATIN_WORD_TRIGGER,
    LOG_STAMP_TRIGGER,
    MARRIED_TRIGGER,
    NO_CUE_TRIGGER,
    NUMBERED_LINE_TRIGGER,
    PARTICULARS_TRIGGER,
    RELATION_TRIGGER,
    ROLE_PREFIX_TRIGGER,
    ROLE_WORD_TRIGGER,
    ROMAN_TRIGGER,
    SPACED_NAME_TRIGGER,
    VIETNAMESE_TRIGGER,
)
from pipelines.deid.recognizers.table import (
    BIRTH_TABLE_TRIGGER,
    LIST_TITLE_TRIGGER,
    NHI_TABLE_TRIGGER,
    PASSPORT_TABLE_TRIGGER,
    PERSON_TABLE_TRIGGER,
    RECORD_NUMBER_TRIGGER,
)
from pipelines.deid.spans import SEP, Collector, Raw, SpanTable, apply, entities_per_text
from pipelines.deid.spans import resolve as resolve_table
from pipelines.deid.spans import resolve_raw as _resolve_raw

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


# The placeholders name what they replace, and those names are cues (〔出生日期〕｜114/06/19 reads
# as a birth date label before the next cell's date): the leak guard's re-scan of redacted
# text reads each placeholder as an empty bracket.
_PLACEHOLDER_RX = re.compile("|".join(re.escape(p) for p in PLACEHOLDERS.values()))


def _without_placeholders(text: str) -> str:
    return _PLACEHOLDER_RX.sub("〔〕", text) if "〔" in text else text


@dataclass(frozen=True)
class Finding:
    """One detected entity; ``start``/``end`` index the original (not normalised) text."""

    start: int
    end: int
    entity: str
    score: float


# The necessary conditions of the recognizers, run on NFKC text: over a whole column at once
# with pyarrow's RE2 kernels (the bulk path), and compiled with the regex module for one text
# at a time (:func:`_trigger`), so both paths use one definition. Each must hold for every text
# in which the recognizer can find anything (tests/test_scan.py checks it on every labelled set).
_RE2_TRIGGERS: dict[str, str] = {
    # the eight digits spaced, or the number's own grouping (A-123-456-789, see ids.py)
    "TwNationalIdRecognizer": r"[A-Za-z][ -]?[12](?: ?[0-9]){8}"
    r"|[A-Za-z]\s?-?\s?[12][0-9]{2}[ -][0-9]{3}[ -][0-9]{3}",
    "TwResidentCertRecognizer": r"[A-Za-z][ -]?[89A-Da-d](?: ?[0-9]){8}"
    r"|[A-Za-z]\s?-?\s?[89][0-9]{2}[ -][0-9]{3}[ -][0-9]{3}",
    # Every phone match starts, after a character that is no letter, digit, '+' or 第 (or at
    # the start), with +886 / 00886 / 886, with (0[2-8] or with 0[2-9] (see contact.py).
    "TwPhoneRecognizer": r"(?:^|[^A-Za-z0-9+第])(?:(?:\+|00)?886|\(?0[2-9])",
    "EmailRecognizer": r"@|[\[({]\s?(?:at|AT)\s?[\])}]",
    "TwAddressRecognizer": COUNTY_TRIGGER,
    "TwStreetAddressRecognizer": STREET_TRIGGER,
    "TwNhiCardRecognizer": r"健保|NHI|卡號|第二證件|"
    + NHI_ROSTER_TRIGGER
    + "|"
    + ROSTER_ROW_TRIGGER,
    "PassportRecognizer": r"護照|舊照|(?i:passport)|"
    # an ID field holding a passport's number (passport_in_id_field), not a valid ID's letters
    + r"(?:身[分份]證|證件)[^0-9A-Za-z\n]{0,12}"
    + r"(?:[1-9][0-9]{8}|[A-Z]{1,2}[0-9]{6,8}[A-Z]?)(?:[^0-9A-Za-z]|$)|"
    + NATIONALITY_TRIGGER
    + "|"
    + NUMBERED_ROSTER_TRIGGER
    + "|"
    + ROSTER_ROW_TRIGGER
    + "|"
    + FOREIGN_PASSPORT_TRIGGER
    + "|"
    + PERSON_ROW_TRIGGER,
    "CreditCardRecognizer": r"[0-9]{4}"
    + CARD_GAP
    + "[0-9]{4}"
    + CARD_GAP
    + "[0-9]{4}"
    + CARD_GAP
    + "[0-9]|3[0-9]{3}"
    + CARD_GAP
    + "[0-9]{6}"
    + CARD_GAP
    + "[0-9]{4}",
    "BirthDateRecognizer": r"出生|出世|生日|生辰|生於|\(生:|[0-9日號]\s*生|DOB|D\.O\.B"
    + r"|[Bb]irth|BIRTH|[Bb]orn|"
    + BIRTH_BEFORE_DEATH_TRIGGER
    + "|"
    + BIRTH_PARTICULARS_TRIGGER
    + "|"
    + ROSTER_ROW_TRIGGER,
    "BirthDateAfterNameRecognizer": BIRTH_AFTER_NAME_TRIGGER,
    # a header cell naming the column, at a cell boundary (table.py)
    "BirthDateColumnRecognizer": BIRTH_TABLE_TRIGGER,
    "PassportColumnRecognizer": PASSPORT_TABLE_TRIGGER,
    "NameColumnRecognizer": PERSON_TABLE_TRIGGER,
    "NhiColumnRecognizer": NHI_TABLE_TRIGGER,
    "TitledListNameRecognizer": LIST_TITLE_TRIGGER,
    "TitledListBirthDateRecognizer": LIST_TITLE_TRIGGER,
    "NameAfterRecordNumberRecognizer": RECORD_NUMBER_TRIGGER,
    "NameAfterCueRecognizer": "|".join(regex.escape(c) for c in lex.PREFIX_CUES),
    "NameBeforeCueRecognizer": "|".join(regex.escape(c) for c in lex.SUFFIX_CUES),
    "InterpunctNameRecognizer": r"\p{Han}[" + regex.escape(lex.INTERPUNCTS) + r"]\p{Han}",
    "VietnameseNameRecognizer": r"氏|阮|" + VIETNAMESE_TRIGGER,
    "NameAfterRoleRecognizer": ROLE_PREFIX_TRIGGER,
    "LatinNameAfterCueRecognizer": LATIN_NAME_TRIGGER,
    "LatinWordAfterCueRecognizer": LATIN_WORD_TRIGGER,
    "NameBeforeRoleRecognizer": "|".join(regex.escape(c) for c in lex.ROLE_SUFFIX_CUES),
    "NameNoCueRecognizer": NO_CUE_TRIGGER,
    "NameAfterLabelRecognizer": LABEL_NAME_TRIGGER,
    "NameListRecognizer": r"、|" + NUMBERED_LINE_TRIGGER,
    "LatinNameRecognizer": LATIN_TC_TRIGGER,
    "LatinNameInFormRecognizer": LATIN_FORM_TRIGGER,
    "NameBeforeRelationRecognizer": RELATION_TRIGGER,
    "RomanizedNameRecognizer": ROMAN_TRIGGER,
    "SpacedNameRecognizer": SPACED_NAME_TRIGGER,
    "NameBeforeParticularsRecognizer": PARTICULARS_TRIGGER,
    "NameAfterRoleWordRecognizer": ROLE_WORD_TRIGGER,
    "LatinNameInHanTextRecognizer": LATIN_IN_HAN_TRIGGER,
    "NameAfterLogStampRecognizer": LOG_STAMP_TRIGGER,
    "MarriedNameRecognizer": MARRIED_TRIGGER,
}


def _re2_trigger(rec: TwPatternRecognizer) -> str | None:
    """The RE2 necessary condition of ``rec`` (None: run on every text)."""
    # recognizers built from the data (known names, recognizers/learned.py) carry their own
    return getattr(rec, "re2_trigger", None) or _RE2_TRIGGERS.get(type(rec).__name__)


def _trigger(rec: TwPatternRecognizer) -> Callable[[str], object]:
    """The prefilter of ``rec`` for one text: a truthy result when it may find something."""
    pattern = _re2_trigger(rec)
    if pattern is None:
        return lambda t: True
    return regex_cache.compile(pattern).search


def _max_score(rec: TwPatternRecognizer) -> float:
    """The highest score ``rec`` can give: a validator sets MAX_SCORE, else the pattern's."""
    if isinstance(rec, KnownNameRecognizer):
        return rec.SCORE
    if type(rec).validate_result is not TwPatternRecognizer.validate_result:
        return MAX_SCORE
    return max((p.score for p in rec.patterns), default=0.0)


_UNION_SIZE = 8  # prefilters per RE2 union


def _union_hits(texts: pa.Array, patterns: list[str]) -> np.ndarray | None:
    """Indices of the texts matching any of the RE2 patterns (None when RE2 cannot take the
    union: then every text may match).

    The patterns go in unions of _UNION_SIZE, not all in one: RE2's DFA for the union of all
    thirty-odd prefilters outgrows its memory budget on Han text, and RE2 then falls back to
    its NFA, a hundred times slower (5.8 s instead of 0.08 s on 40,000 notes). Unions of
    eight stay in the DFA; four passes cost less than the one.
    """
    mask: pa.Array | None = None
    try:
        for start in range(0, len(patterns), _UNION_SIZE):
            union = "|".join(f"(?:{p})" for p in patterns[start : start + _UNION_SIZE])
            hits = pc.match_substring_regex(texts, union)
            mask = hits if mask is None else pc.or_(mask, hits)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    if mask is None:
        return np.zeros(0, np.int64)
    return np.flatnonzero(mask.to_numpy(zero_copy_only=False))


_SAMPLE = 512  # texts on which each prefilter's hit rate is estimated
_RARE_RATE = 0.05  # prefilters hitting at most this share of the sample are grouped


def _re2_candidates(texts: list[str], patterns: list[str | None]) -> list[np.ndarray | None]:
    """For each pattern, the indices of the texts that contain a match (None: all texts)."""
    arr = pa.array(texts, type=pa.large_string())
    subset: np.ndarray | None = None  # the texts any pattern can match (None: all)
    if (
        patterns
        and all(p is not None for p in patterns)
        and len(texts) > 1000
        and _sample_share(arr, [p for p in patterns if p is not None]) <= 0.5
    ):
        # One pass with the union first: columns where few texts can hold anything (case
        # numbers, company IDs) then cost one RE2 pass instead of one per recognizer. (Where a
        # sample says that most texts can, as in notes, the pass would save nothing.)
        subset = _union_hits(arr, [p for p in patterns if p is not None])
        if subset is not None and len(subset) > len(texts) // 2:
            subset = None  # most texts qualify: filtering them first saves nothing
        elif subset is not None:
            arr = arr.take(pa.array(subset))
    out: list[np.ndarray | None] = [subset] * len(patterns)
    todo = [i for i, p in enumerate(patterns) if p is not None]
    # Prefilters that (judging by a sample) hit few of these texts are run as one union first
    # and then each on the union's hits only: a pass over all texts costs about the same
    # whatever the pattern, so a dozen rare ones cost one pass instead of a dozen.
    rare = _rare_patterns(arr, [patterns[i] for i in todo]) if len(arr) > 8 * _SAMPLE else []
    if len(rare) > 1:
        group = [todo[k] for k in rare]
        hits = _union_hits(arr, [patterns[i] for i in group])  # type: ignore[misc]
        if hits is not None:
            part = arr.take(pa.array(hits))
            where = hits if subset is None else subset[hits]
            for i in group:
                found = _hits(part, patterns[i])  # type: ignore[arg-type]
                out[i] = where if found is None else where[found]
            todo = [i for i in todo if i not in group]
    for i in todo:
        found = _hits(arr, patterns[i])  # type: ignore[arg-type]
        if found is not None:
            out[i] = found if subset is None else subset[found]
    return out


def _sample_share(arr: pa.Array, patterns: list[str]) -> float:
    """The share of an evenly spread sample of ``arr`` that matches any of the patterns."""
    step = max(1, len(arr) // _SAMPLE)
    sample = arr.take(pa.array(np.arange(0, len(arr), step)[:_SAMPLE]))
    hits = _union_hits(sample, patterns)
    return 1.0 if hits is None else len(hits) / len(sample)


def _hits(arr: pa.Array, pattern: str) -> np.ndarray | None:
    """Indices of the texts in ``arr`` matching ``pattern`` (None: beyond RE2's budget, so
    every text may match)."""
    try:
        mask = pc.match_substring_regex(arr, pattern)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    return np.flatnonzero(mask.to_numpy(zero_copy_only=False))


def _rare_patterns(arr: pa.Array, patterns: list[str]) -> list[int]:
    """Positions (in ``patterns``) of the prefilters matching at most _RARE_RATE of an evenly
    spread sample of ``arr``."""
    step = len(arr) // _SAMPLE
    sample = arr.take(pa.array(np.arange(0, step * _SAMPLE, step)))
    rare = []
    for k, pattern in enumerate(patterns):
        found = _hits(sample, pattern)
        if found is not None and len(found) <= _RARE_RATE * _SAMPLE:
            rare.append(k)
    return rare


def _fold_one_for_one(text: str) -> str:
    """``fold_latin(text.translate(_FULLWIDTH))`` (full-width ASCII forms and U+3000 to ASCII,
    Latin diacritics dropped), vectorised: str.translate looks every character up in a dict,
    ~10x slower on a whole column. One scan decides whether anything needs changing."""
    if _FAST_RX.search(text) is None:
        return text
    codes = np.frombuffer(text.encode("utf-32-le"), np.uint32).copy()
    wide = (codes >= 0xFF01) & (codes <= 0xFF5E)
    codes[wide] -= 0xFEE0
    codes[codes == 0x3000] = 0x20
    latin = np.flatnonzero((codes >= 0xC0) & (codes < len(_FOLD_TABLE)))
    if len(latin):
        codes[latin] = _FOLD_TABLE[codes[latin]]
    return codes.tobytes().decode("utf-32-le")


# Code point -> code point after dropping Latin diacritics (identity elsewhere below U+1F00).
_FOLD_TABLE = np.arange(0x1F00, dtype=np.uint32)
for _code, _base in LATIN_FOLD.items():
    _FOLD_TABLE[_code] = ord(_base)
_FAST_RX = re.compile("[\uff01-\uff5e\u3000" + LATIN_FOLD_RX.pattern[1:-1] + "]")
_SEP = SEP


def _normalize_all(texts: list[str]) -> tuple[list[str], dict[int, NormalizedText]]:
    """The NFKC text of each text, and the :func:`normalize` result of those whose offsets
    change (by index; rare). One C-level pass when only full-width forms change."""
    translated = _fold_one_for_one(_SEP.join(texts)).split(_SEP)
    # The translation is 1:1, so a piece that is NFKC already is its text's NFKC form with
    # unchanged offsets (what normalize returns for it); the others (e.g. ㈱) go one by one.
    is_nfkc = unicodedata.is_normalized
    shifted: dict[int, NormalizedText] = {}
    for i, t in enumerate(translated):
        if not is_nfkc("NFKC", t):
            norm = normalize(texts[i])
            translated[i] = norm.text
            if norm.origin is not None:
                shifted[i] = norm
    return translated, shifted


def resolve(findings: Iterable[Finding], min_score: float) -> list[Finding]:
    """Apply the overlap policy (module docstring) and sort by position."""
    raw = [(f.start, f.end, f.entity, f.score) for f in findings]
    return [Finding(*r) for r in _resolve_raw(raw, min_score)]


def _apply(text: str, findings: Sequence[Raw]) -> str:
    parts: list[str] = []
    pos = 0
    for start, end, entity, _ in findings:
        parts.append(text[pos:start])
        parts.append(PLACEHOLDERS.get(entity) or placeholder(entity))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


class TextScanner:
    """Finds and redacts personal data in free text, fast enough for whole columns."""

    def __init__(
        self,
        known_names: Iterable[str] = (),
        *,
        min_score: float = 0.5,
        processes: int | None = None,
        fixed: Sequence[TwPatternRecognizer] | None = None,
    ) -> None:
        """``processes``: cores for large columns (default: see
        :func:`pipelines.deid.parallel.default_processes`; 1 keeps everything in-process).
        ``fixed``: the recognizers that do not depend on the names, if already built
        (:func:`pipelines.deid.recognizers.fixed_recognizers`)."""
        self.min_score = min_score
        self.processes = default_processes() if processes is None else processes
        self.recognizers = default_recognizers(known_names, fixed)
        self._index()
        self._clean: set[str] = set()  # texts the last redact_many left unchanged
        self._ner = (
            load_persons()
        )  # an installed NER model's names, or None (pipelines/deid/ner.py)
        self.learned: LearnedContextRecognizer | None = None

    def learn(self, texts: Iterable[str | None]) -> int:
        """Learn the contexts of the known names in a sample of the texts this scanner is to
        read (recognizers/learned.py), and find names in them from now on; replaces what an
        earlier call learned. Returns the number of contexts learned."""
        self._clean = set()  # what the last redact_many found clean was found without these
        if self.learned is not None:
            self.recognizers.remove(self.learned)
        known = next((r for r in self.recognizers if isinstance(r, KnownNameRecognizer)), None)
        self.learned = None if known is None else learn_contexts(texts, known)
        if self.learned is not None:
            self.recognizers.append(self.learned)
        self._index()
        return 0 if self.learned is None else len(self.learned.lefts) + len(self.learned.rights)

    def _index(self) -> None:
        """Per recognizer: its fast path and prefilters, and the highest score it can give."""
        self._runs = [(rec.ENTITY, rec.find_normalized, _trigger(rec)) for rec in self.recognizers]
        self._re2 = [_re2_trigger(rec) for rec in self.recognizers]
        self._max_scores = [_max_score(rec) for rec in self.recognizers]
        regex_cache.save()  # the next run loads what was compiled for these (regex_cache.py)

    def _ner_raw(self, texts: list[str], min_score: float) -> list[list[Raw]]:
        """PERSON findings of the NER model, if one is installed (spans in the given texts)."""
        if self._ner is None or min_score > NER_SCORE:
            return [[] for _ in texts]
        return [[(s, e, "PERSON", NER_SCORE) for s, e in spans] for spans in self._ner.spans(texts)]

    def _raw(self, text: str) -> list[Raw]:
        """All recognizer findings (any score), spans in the original text."""
        norm = normalize(text)
        t = norm.text
        out: list[Raw] = []
        for entity, find, trigger in self._runs:
            if trigger(t):
                for s, e, score in find(t):
                    s, e = norm.to_original(s, e)
                    out.append((s, e, entity, score))
        if self._ner is not None:
            out.extend(self._ner_raw([text], 0.0)[0])
        return out

    def _table_many(self, unique: list[str], min_score: float) -> SpanTable:
        """Resolved findings (score >= ``min_score``, only of recognizers that can reach it) of
        each distinct non-empty text, spans in the original text, as arrays (spans.py).

        Each recognizer runs only on the texts its RE2 prefilter admits, in one regex pass over
        those texts joined by NUL (no Python call per cell and recognizer). Results equal
        running :meth:`_raw` text by text and resolving (tests/test_scan.py checks it).
        """
        collector = Collector()
        if not unique:
            return collector.table()
        if any(_SEP in t for t in unique):  # cannot join these: one by one (rare)
            for j, text in enumerate(unique):
                collector.add(j, self._raw(text))
            return resolve_table(collector.table(), min_score)
        texts, shifted = _normalize_all(unique)
        active = [i for i, score in enumerate(self._max_scores) if score >= min_score]
        candidates = _re2_candidates(texts, [self._re2[i] for i in active])
        for i, cand in zip(active, candidates, strict=True):
            entity, find, _ = self._runs[i]
            if cand is not None and not len(cand):
                continue
            collector.add_joined(find, entity, texts, range(len(texts)) if cand is None else cand)
        if self._ner is not None:  # run on the original texts: spans need no mapping back
            ner = self._ner_raw(unique, min_score)
        table = collector.table()
        if shifted:  # NFKC changed these texts' lengths: map their spans back (rare)
            for row in np.flatnonzero(np.isin(table.text, list(shifted))).tolist():
                norm = shifted[int(table.text[row])]
                table.start[row], table.end[row] = norm.to_original(
                    int(table.start[row]), int(table.end[row])
                )
        if self._ner is not None:
            extra = Collector(table.entities)
            for j, spans in enumerate(ner):
                extra.add(j, spans)
            table = table.concat(extra.table())
        return resolve_table(table, min_score)

    def find(self, text: str) -> list[Finding]:
        """Non-overlapping findings with score >= ``min_score``, sorted by start."""
        if not text:
            return []
        return [Finding(*r) for r in _resolve_raw(self._raw(text), self.min_score)]

    def find_many(self, texts: Sequence[str | None]) -> list[list[Finding]]:
        """:meth:`find` of every text, through the bulk path that redaction uses (prefilters
        over the column, recognizers over the texts joined): what the engine publishes."""
        unique = list(dict.fromkeys(t for t in texts if t))
        table = self._table_many(unique, self.min_score)
        found: list[list[Finding]] = [[] for _ in unique]
        for text, start, end, entity, score in zip(
            table.text.tolist(),
            table.start.tolist(),
            table.end.tolist(),
            table.entity.tolist(),
            table.score.tolist(),
            strict=True,
        ):
            found[text].append(Finding(start, end, table.entities[entity], score))
        where = {t: i for i, t in enumerate(unique)}
        return [found[where[t]] if t else [] for t in texts]

    def redact(self, text: str) -> tuple[str, Counter[str]]:
        """``text`` with each finding replaced by its typed placeholder, and counts per type."""
        findings = _resolve_raw(self._raw(text), self.min_score) if text else []
        return _apply(text, findings), Counter(f[2] for f in findings)

    def _redact_unique(self, unique: list[str]) -> list[tuple[str, tuple[str, ...]] | None]:
        """Per distinct text: None when nothing is found, else (redacted text, entities)."""
        table = self._table_many(unique, self.min_score)
        redacted = apply(unique, table, [placeholder(e) for e in table.entities])
        entities = entities_per_text(table, len(unique))
        return [
            None if text is None else (text, found)
            for text, found in zip(redacted, entities, strict=True)
        ]

    def _entities_unique(self, unique: list[str], min_score: float) -> list[tuple[str, ...]]:
        return entities_per_text(self._table_many(unique, min_score), len(unique))

    def _may_hold(self, unique: list[str], min_score: float) -> list[str]:
        """The texts in which some recognizer able to reach ``min_score`` may find something
        (one RE2 pass with the union of their prefilters; all texts when one has none)."""
        patterns = [p for p, m in zip(self._re2, self._max_scores, strict=True) if m >= min_score]
        if len(unique) < 1000 or not patterns or any(p is None for p in patterns):
            return unique
        texts, _ = _normalize_all(unique)
        hits = _union_hits(pa.array(texts, pa.large_string()), patterns)
        return unique if hits is None else [unique[i] for i in hits.tolist()]

    def redact_many(self, texts: Sequence[str | None]) -> tuple[list[str | None], Counter[str]]:
        """Redact a column; ``None`` stays ``None``. Counts are over all cells (not unique)."""
        multiplicity = Counter(t for t in texts if t)
        unique = list(multiplicity)
        redacted: dict[str, str] = {}
        total: Counter[str] = Counter()
        results = _concat(split_in_two(self._redact_unique, unique, self.processes))
        for text, result in zip(unique, results, strict=True):
            if result is not None:
                redacted[text] = result[0]
                n = multiplicity[text]
                for entity in result[1]:
                    total[entity] += n
        # Texts with no finding come out unchanged; remembered so that the leak guard's re-scan
        # of this output (count_high_confidence) need not scan them again.
        self._clean = {t for t in unique if t not in redacted}
        return [redacted.get(t, t) if t else t for t in texts], total

    def count_high_confidence(
        self,
        texts: Sequence[str | None],
        min_score: float = 0.85,
        weights: Sequence[int] | None = None,
    ) -> Counter[str]:
        """Findings with score >= ``min_score`` per entity type, over all cells (leak checks).

        ``weights``: ``texts`` are distinct and ``weights[i]`` cells hold ``texts[i]`` (a
        dictionary-encoded column), instead of one text per cell. Only recognizers that can
        score ``min_score`` run (at 0.85: not the cue-based names nor street-only addresses),
        and texts that the last :meth:`redact_many` left unchanged are skipped (it found nothing
        scoring even ``self.min_score`` in them). Placeholders are read as empty brackets.
        """
        if weights is None:
            multiplicity = Counter(t for t in texts if t)
        else:
            multiplicity = Counter({t: int(w) for t, w in zip(texts, weights, strict=True) if t})
        if min_score >= self.min_score and self._clean:
            for t in self._clean.intersection(multiplicity):
                del multiplicity[t]
        neutral: Counter[str] = Counter()
        for t, n in multiplicity.items():
            neutral[_without_placeholders(t)] += n
        multiplicity = neutral
        unique = self._may_hold(list(multiplicity), min_score)
        total: Counter[str] = Counter()

        def entities(chunk: list[str]) -> list[tuple[str, ...]]:
            return self._entities_unique(chunk, min_score)

        for text, found in zip(
            unique, _concat(split_in_two(entities, unique, self.processes)), strict=True
        ):
            for entity in found:
                total[entity] += multiplicity[text]
        return total


def _concat(parts: list[list]) -> list:
    return parts[0] if len(parts) == 1 else [x for part in parts for x in part]


@contextmanager
def _gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


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
