"""Tests of the heldout11 generator (the labelled set itself, never the scanner).

Why these checks: a held-out figure is only honest if the labels are right. Wrong offsets, an
invalid value labelled as an identifier, or a valid value left unlabelled would all be charged
to the scanner. Assertion messages name sample indices only: the values look like personal data.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import pytest

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout11 import generate_heldout11
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
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
ADDRESS_RE = re.compile(r"^\d{0,6}[臺台].{1,2}[市縣]|^\d{0,6}[^\d]{2}[市縣].+[區鄉鎮市].+號")
PASSPORT_RE = re.compile(r"^(?:\d{9}|[A-Z]{1,2}\d{7}[A-Z]?)$")
ID_LIKE = re.compile(r"(?=([A-Za-z][A-Da-d0-9]\d{8}))")
DIGIT_CHAIN = re.compile(r"\+?\d+(?:[ \-./()]{1,2}\d+)*")


@pytest.fixture(scope="module")
def data() -> tuple[list[Sample], list[str]]:
    """The default set (n=2000, seed 127), generated once for the module."""
    return generate_heldout11()


def _nfkc(value: str) -> str:
    """NFKC form, as validators and scanners see the text."""
    return unicodedata.normalize("NFKC", value)


def _compact(name: str) -> str:
    """A name with whitespace removed."""
    return re.sub(r"\s", "", name)


def _masked(sample: Sample) -> str:
    """The NFKC text with every gold span blanked out."""
    chars = list(sample.text)
    for s, e, _ in sample.spans:
        chars[s:e] = "■" * (e - s)
    return _nfkc("".join(chars))


def _valid_leftovers(text: str, known3: list[str]) -> list[str]:
    """Kinds of valid values found in ``text`` (an independent re-scan, not the generator's)."""
    found = []
    if "@" in text:
        found.append("email")
    for m in ID_LIKE.finditer(text):
        if twid.is_valid(m.group(1)) or arc.is_valid(m.group(1)):
            found.append("id")
    for chain in DIGIT_CHAIN.finditer(text):
        runs = [(m.start(), m.end()) for m in re.finditer(r"\d+", chain.group())]
        for i in range(len(runs)):
            for j in range(i, len(runs)):
                start = 0 if i == 0 else runs[i][0]
                cand = chain.group()[start : runs[j][1]]
                digits = sum(ch.isdigit() for ch in cand)
                if 9 <= digits <= 12 and phone.is_plausible(cand):
                    found.append("phone")
                if digits == 12 and nhi.is_valid(cand):
                    found.append("nhi")
                if 13 <= digits <= 19 and creditcard.is_valid(cand):
                    found.append("card")
    found.extend("known name" for k in known3 if k in text)
    return found


def test_size_labels_and_every_type(data: tuple[list[Sample], list[str]]) -> None:
    samples, known = data
    assert len(samples) == 2000
    counts = Counter(label for s in samples for *_, label in s.spans)
    assert set(counts) == LABELS
    assert all(counts[label] >= 50 for label in LABELS), "an entity type is too rare"
    assert len(known) == len(set(known)) and known


def test_spans_are_exact(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    for idx, s in enumerate(samples):
        if s.hard_negative:
            assert s.spans == [] and s.known_person == [], f"hard negative {idx} has spans"
            continue
        assert s.spans, f"positive sample {idx} has no span"
        prev_end = 0
        for start, end, label in s.spans:
            assert label in LABELS, f"sample {idx}: unknown label"
            assert prev_end <= start < end <= len(s.text), f"sample {idx}: bad offsets"
            value = s.text[start:end]
            assert value == value.strip(), f"sample {idx}: whitespace at a span edge"
            prev_end = end


def test_values_are_valid_per_type(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    forms = Counter()
    for idx, s in enumerate(samples):
        for start, end, label in s.spans:
            value = s.text[start:end]
            flat = _nfkc(value)
            msg = f"sample {idx}: invalid {label} span at {start}"
            if label == "TW_NATIONAL_ID":
                assert twid.is_valid(value), msg
            elif label == "TW_RESIDENT_CERT":
                assert arc.is_valid(value) and not twid.is_valid(value), msg
                forms["new" if arc.is_new_form(arc.compact(value)) else "old"] += 1
            elif label == "PHONE":
                assert phone.is_plausible(value), msg
            elif label == "EMAIL":
                assert EMAIL_RE.match(flat), msg
            elif label == "ADDRESS":
                assert ADDRESS_RE.search(flat) and re.search(
                    r"號(?:之\d)?(?:.+樓(?:之\d)?)?$", flat
                ), msg
            elif label == "TW_NHI_CARD":
                assert nhi.is_valid(value), msg
            elif label == "PASSPORT":
                assert PASSPORT_RE.match(flat) and not twid.is_valid(flat), msg
            elif label == "CREDIT_CARD":
                assert creditcard.is_valid(value), msg
            elif label == "BIRTH_DATE":
                assert re.search(r"\d", flat), msg
                near = s.text[max(0, start - 40) : end + 3]
                assert "生" in near or "出生日期" in s.text, f"sample {idx}: birth date without cue"
            elif label == "PERSON":
                assert not re.search(r"[\d@]", value), msg
    assert forms["new"] > 0 and forms["old"] > 0, "both resident certificate forms are needed"


def test_known_flags_align(data: tuple[list[Sample], list[str]]) -> None:
    samples, known = data
    known_set = set(known)
    flags: list[bool] = []
    mentioned: set[str] = set()
    for idx, s in enumerate(samples):
        names = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        assert len(names) == len(s.known_person), f"sample {idx}: flag count mismatch"
        for name, flag in zip(names, s.known_person, strict=True):
            is_known = name in known_set or _compact(name) in known_set
            assert flag == is_known, f"sample {idx}: known flag wrong"
            if is_known:
                mentioned.add(name if name in known_set else _compact(name))
        flags.extend(s.known_person)
    unknown_share = flags.count(False) / len(flags)
    assert 0.4 <= unknown_share <= 0.6
    assert len(known_set - mentioned) >= 20, "the known list should hold unmentioned names"


def test_hard_negatives_hold_only_lookalikes(data: tuple[list[Sample], list[str]]) -> None:
    samples, known = data
    known3 = [k for k in known if len(_compact(k)) >= 3]
    hard = [i for i, s in enumerate(samples) if s.hard_negative]
    assert 0.18 <= len(hard) / len(samples) <= 0.32
    for idx in hard:
        leftovers = _valid_leftovers(_nfkc(samples[idx].text), known3)
        assert not leftovers, f"hard negative {idx} holds a valid value: {sorted(set(leftovers))}"


def test_nothing_valid_outside_gold_spans(data: tuple[list[Sample], list[str]]) -> None:
    samples, known = data
    known3 = [k for k in known if len(_compact(k)) >= 3]
    for idx, s in enumerate(samples):
        if s.hard_negative:
            continue
        leftovers = _valid_leftovers(_masked(s), known3)
        assert not leftovers, f"sample {idx}: unlabelled {sorted(set(leftovers))}"


def test_some_values_are_full_width(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    values = [
        s.text[a:b]
        for s in samples
        for a, b, label in s.spans
        if label not in ("PERSON", "EMAIL", "ADDRESS")
    ]
    wide = sum(any("\uff01" <= ch <= "\uff5e" for ch in v) for v in values)
    assert 0.08 <= wide / len(values) <= 0.18


def test_reproducible_per_seed() -> None:
    first = generate_heldout11(n=150, seed=5)
    second = generate_heldout11(n=150, seed=5)
    assert first == second


def test_different_across_seeds() -> None:
    a, known_a = generate_heldout11(n=150, seed=5)
    b, known_b = generate_heldout11(n=150, seed=6)
    assert [s.text for s in a] != [s.text for s in b]
    assert known_a != known_b
