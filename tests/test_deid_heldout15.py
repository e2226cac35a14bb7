"""Tests of the heldout15 generator (never of the scanner).

A held-out set is only worth its figure if its gold labels are right: every span must hold a
valid value of its type, the known flags must match the list, hard negatives must really be
negative, and positive texts must hold nothing valid outside their spans. Assertion messages
carry sample indices and types only, never names or values (they are look-alike personal data).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import date

import pytest

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout15 import generate_heldout15
from pipelines.deid.identifiers import arc, creditcard, nhi, phone, twid

LABELS = {
    "PERSON",
    "TW_NATIONAL_ID",
    "TW_RESIDENT_CERT",
    "PHONE",
    "EMAIL",
    "ADDRESS",
    "TW_NHI_CARD",
    "PASSPORT",
    "CREDIT_CARD",
    "BIRTH_DATE",
}
MASK = "\u25a0"
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_ID_SHAPE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]{9}(?![A-Za-z0-9])")
_NUMBER_RUN = re.compile(r"\+?\d(?:[\d \-./()]*\d)?")
_ADDRESS = re.compile(
    r"^(?:臺北市|台北市|新北市|桃園市|臺中市|台中市|臺南市|高雄市|\S{2}縣)"
    r"\S+?[區鄉鎮市]\S*?\d+(?:之\d+)?號(?:\d+樓(?:之\d+)?)?$"
)
_PASSPORT = re.compile(r"^[A-Z]{0,2}\d{7,9}[A-Z]?$")
_BIRTH_CUES = ["生日", "出生", "生"]


class _Data:
    """The generated set behind a repr that shows no text, so tracebacks stay value-free."""

    def __init__(self, samples: list[Sample], known: list[str]) -> None:
        self.samples = samples
        self.known = known

    def __repr__(self) -> str:
        return f"<heldout15: {len(self.samples)} samples>"


@pytest.fixture(scope="module")
def data() -> _Data:
    """The default set, built once (the figure the project reports is on this one)."""
    return _Data(*generate_heldout15())


def _nfkc(text: str) -> str:
    """Normalise width, as the validators do."""
    return unicodedata.normalize("NFKC", text)


def _masked(sample: Sample) -> str:
    """Blank gold spans so that only unlabelled text is searched."""
    text = sample.text
    for start, end, _ in sample.spans:
        text = text[:start] + MASK * (end - start) + text[end:]
    return text


def _parse_date(value: str) -> date | None:
    """Parse the birth-date spellings the set uses (ROC or Gregorian years)."""
    value = _nfkc(value).removeprefix("民國")
    nums = [int(x) for x in re.findall(r"\d+", value)]
    if len(nums) != 3:
        return None
    if nums[2] > 1900:  # day/month/year
        day, month, year = nums
    else:
        year, month, day = nums
    if year < 200:
        year += 1911
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _value_ok(label: str, value: str, text: str, start: int) -> bool:
    """Whether a gold value is valid for its type."""
    norm = _nfkc(value)
    if label == "PERSON":
        return not any(c.isdigit() for c in norm) and "@" not in norm
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value) and not twid.is_valid(value)
    if label == "PHONE":
        return phone.is_plausible(value)
    if label == "EMAIL":
        return _EMAIL.fullmatch(norm) is not None and "gov.tw" not in norm
    if label == "ADDRESS":
        return _ADDRESS.match(norm) is not None
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        return _PASSPORT.match(norm) is not None
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        near = text[max(0, start - 12) : start + len(value) + 6]
        line_start = text.rfind("\n", 0, start) + 1
        in_table = any(d in text[line_start:start] for d in ["\t", ",", "|", "   "])
        cued = any(c in near for c in _BIRTH_CUES) or (in_table and "出生日期" in text[:start])
        parsed = _parse_date(value)
        return parsed is not None and parsed.year < 2015 and cued
    return False


def _is_known(name: str, known: set[str]) -> bool:
    """The flag rule: exact, or with inner spaces removed."""
    return name in known or name.replace(" ", "").replace("\u3000", "") in known


def _leaks(text: str, known: list[str]) -> list[str]:
    """Kinds of valid-looking personal data in unlabelled text (kinds only, no values)."""
    norm = _nfkc(text)
    found: list[str] = []
    for m in _ID_SHAPE.finditer(norm):
        if twid.is_valid(m.group()) or arc.is_valid(m.group()):
            found.append("id")
    if _EMAIL.search(norm):
        found.append("email")
    for m in _NUMBER_RUN.finditer(norm):
        tokens = re.split(r"[ \-./()]+", m.group())
        for i in range(len(tokens)):
            for j in range(i + 1, len(tokens) + 1):
                candidate = "".join(tokens[i:j])
                if phone.is_plausible(candidate):
                    found.append("phone")
                if creditcard.is_valid(candidate):
                    found.append("card")
    if any(len(k) >= 3 and k in text for k in known):
        found.append("known name")
    return found


def test_spans_exact_and_values_valid(data: _Data) -> None:
    """Spans are ordered, trimmed and hold valid values of their type."""
    samples = data.samples
    assert len(samples) == 2000
    problems: list[tuple[int, str, str]] = []
    for i, s in enumerate(samples):
        previous_end = 0
        for start, end, label in s.spans:
            if label not in LABELS:
                problems.append((i, label, "unknown label"))
            if not 0 <= previous_end <= start < end <= len(s.text):
                problems.append((i, label, "span order or bounds"))
            value = s.text[start:end]
            if value != value.strip():
                problems.append((i, label, "whitespace at edge"))
            if not _value_ok(label, value, s.text, start):
                problems.append((i, label, "invalid value"))
            previous_end = end
    assert problems == []


def test_known_flags_align(data: _Data) -> None:
    """One flag per PERSON span, matching the known list."""
    samples, known_list = data.samples, data.known
    known = set(known_list)
    assert len(known) == len(known_list), "known list has duplicates"
    mentioned: set[str] = set()
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        assert len(s.known_person) == len(persons), f"sample {i}: flag count"
        for name, flag in zip(persons, s.known_person, strict=True):
            ok = flag == _is_known(name, known)
            assert ok, f"sample {i}: wrong known flag"
            if flag:
                mentioned.add(name.replace(" ", "").replace("\u3000", ""))
    assert known - mentioned, "the known list must also hold names never mentioned"


def test_unknown_share(data: _Data) -> None:
    """About half of the PERSON mentions are in no list."""
    samples = data.samples
    flags = [f for s in samples for f in s.known_person]
    unknown = flags.count(False) / len(flags)
    assert 0.4 <= unknown <= 0.6, f"unknown share {unknown:.2f}"


def test_hard_negatives(data: _Data) -> None:
    """Hard negatives are a fifth to a third and hold no valid look-alike."""
    samples, known = data.samples, data.known
    negatives = [i for i, s in enumerate(samples) if s.hard_negative]
    share = len(negatives) / len(samples)
    assert 0.18 <= share <= 0.32, f"hard-negative share {share:.2f}"
    for i in negatives:
        s = samples[i]
        assert not s.spans and not s.known_person, f"sample {i}: hard negative with spans"
        leaks = _leaks(s.text, known)
        assert leaks == [], f"sample {i}: hard negative holds look-alikes of a valid kind"


def test_nothing_valid_outside_gold_spans(data: _Data) -> None:
    """Positive texts hold nothing valid that is left unlabelled."""
    samples, known = data.samples, data.known
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        assert s.spans, f"sample {i}: positive without spans"
        leaks = _leaks(_masked(s), known)
        assert leaks == [], f"sample {i}: unlabelled valid values"


def test_every_entity_type_present(data: _Data) -> None:
    """Each label is measured on enough spans to mean something."""
    samples = data.samples
    counts = Counter(label for s in samples for *_, label in s.spans)
    assert set(counts) == LABELS
    assert min(counts.values()) >= 50


def test_resident_cert_forms_and_full_width(data: _Data) -> None:
    """Both certificate forms and some full-width values occur."""
    samples = data.samples
    values = [(s.text[a:b], label) for s in samples for a, b, label in s.spans]
    arcs = [_nfkc(v).upper() for v, label in values if label == "TW_RESIDENT_CERT"]
    assert any(v[1] in "89" for v in arcs) and any(v[1] in "ABCD" for v in arcs)
    digit_values = [v for v, label in values if label not in ("PERSON", "EMAIL")]
    wide = sum(any("\uff10" <= c <= "\uff5a" for c in v) for v in digit_values)
    assert 0.08 <= wide / len(digit_values) <= 0.17


def test_reproducible_per_seed() -> None:
    """The same seed gives the same set."""
    a = generate_heldout15(n=200, seed=7)
    b = generate_heldout15(n=200, seed=7)
    same = a == b
    assert same


def test_different_across_seeds() -> None:
    """Another seed gives another set."""
    a, _ = generate_heldout15(n=200, seed=7)
    b, _ = generate_heldout15(n=200, seed=8)
    differ = [s.text for s in a] != [s.text for s in b]
    assert differ
