"""Generator tests for the seventh held-out set: gold spans must be exact and values valid.

The scanner is deliberately not run here: the set's first measurement is the held-out figure.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

import pytest

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout6 import generate_heldout6
from pipelines.deid.identifiers import arc, creditcard, nhi, phone, twid

N = 1200

_ID_LIKE = re.compile(r"[A-Z][0-9A-D]\d{8}")
_EMAIL_LIKE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Digit runs with the separators people type inside phone and card numbers.
_NUMBER_LIKE = re.compile(r"\+?\d[\d \-.()]{7,22}\d")
_DATE_FORMS = re.compile(
    r"^(民國)?(\d{2,4}|[〇一二三四五六七八九十百零]+)([年/.\-])"
    r"(\d{1,2}|[一二三四五六七八九十]+)[月/.\-]"
    r"(\d{1,2}|[一二三四五六七八九十]+)日?$|^\d{7}$"
)


@pytest.fixture(scope="module")
def data() -> tuple[list[Sample], list[str]]:
    return generate_heldout6(n=N, seed=67)


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def _value_ok(value: str, entity: str) -> bool:
    v = _nfkc(value)
    if entity == "TW_NATIONAL_ID":
        return twid.is_valid(v)
    if entity == "TW_RESIDENT_CERT":
        return arc.is_valid(v)
    if entity == "PHONE":
        return phone.is_plausible(v)
    if entity == "CREDIT_CARD":
        return creditcard.is_valid(v)
    if entity == "TW_NHI_CARD":
        return nhi.is_valid(v)
    if entity == "EMAIL":
        return _EMAIL_LIKE.fullmatch(v) is not None
    if entity == "PASSPORT":
        return re.fullmatch(r"[A-Z]{0,2}\d{7,9}[A-Z]?", v) is not None
    if entity == "BIRTH_DATE":
        return _DATE_FORMS.match(v) is not None
    if entity == "ADDRESS":
        return "號" in v and ("路" in v or "街" in v or "道" in v)
    if entity == "PERSON":
        return 2 <= len(v) <= 40 and not any(ch.isdigit() for ch in v)
    return False


def _leaks(text: str) -> int:
    """How many valid identifiers, e-mails or plausible phones a text holds."""
    t = _nfkc(text).upper()
    count = sum(twid.is_valid(m) or arc.is_valid(m) for m in _ID_LIKE.findall(t))
    count += len(_EMAIL_LIKE.findall(t))
    for m in _NUMBER_LIKE.findall(t):
        digits = re.sub(r"\D", "", m)
        if creditcard.is_valid(digits) or (
            m.startswith(("0", "+886", "886")) and phone.is_plausible(m)
        ):
            count += 1
    return count


def test_spans_are_exact_and_values_valid(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    bad = []
    for i, s in enumerate(samples):
        spans = sorted(s.spans)
        for (_, a1, _), (b0, _, _) in itertools.pairwise(spans):
            assert a1 <= b0, f"sample {i}: overlapping spans"
        for start, end, entity in spans:
            value = s.text[start:end]
            assert value and value == value.strip(), f"sample {i}: span has padding"
            if not _value_ok(value, entity):
                bad.append((i, entity))
    assert not bad, f"{len(bad)} invalid gold values, first at {bad[:3]}"


def test_known_flags_align_with_person_spans(data: tuple[list[Sample], list[str]]) -> None:
    samples, known = data
    known_set = set(known)
    mismatched = 0
    for s in samples:
        persons = [s.text[a:b] for a, b, e in s.spans if e == "PERSON"]
        assert len(s.known_person) == len(persons)
        for name, flag in zip(persons, s.known_person, strict=True):
            mismatched += (name.replace(" ", "") in known_set or name in known_set) != flag
    assert mismatched == 0  # a count, so a failure does not print names


def test_about_half_of_person_mentions_are_unknown(data: tuple[list[Sample], list[str]]) -> None:
    flags = [f for s in data[0] for f in s.known_person]
    assert len(flags) > 1000
    assert 0.4 < flags.count(False) / len(flags) < 0.6


def test_hard_negatives_about_a_quarter_and_clean(data: tuple[list[Sample], list[str]]) -> None:
    samples, known = data
    negatives = [s for s in samples if s.hard_negative]
    assert 0.18 < len(negatives) / len(samples) < 0.32
    for s in negatives:
        assert not s.spans and not s.known_person
        assert _leaks(s.text) == 0
        assert sum(name in s.text for name in known if len(name) >= 3) == 0


def test_nothing_valid_outside_gold_spans(data: tuple[list[Sample], list[str]]) -> None:
    """Distractors in positive texts (BANs, case numbers) must not be unlabelled identifiers."""
    for s in data[0]:
        masked = list(s.text)
        for a, b, _ in s.spans:
            masked[a:b] = "□" * (b - a)
        assert _leaks("".join(masked)) == 0


def test_every_entity_type_present(data: tuple[list[Sample], list[str]]) -> None:
    entities = {e for s in data[0] for *_, e in s.spans}
    assert entities == {
        "PERSON", "TW_NATIONAL_ID", "TW_RESIDENT_CERT", "PHONE", "EMAIL", "ADDRESS",
        "TW_NHI_CARD", "PASSPORT", "CREDIT_CARD", "BIRTH_DATE",
    }  # fmt: skip


def test_reproducible_and_seed_sensitive() -> None:
    a, ka = generate_heldout6(n=150, seed=5)
    b, kb = generate_heldout6(n=150, seed=5)
    c, _ = generate_heldout6(n=150, seed=6)
    assert [(s.text, s.spans, s.known_person) for s in a] == [
        (s.text, s.spans, s.known_person) for s in b
    ]
    assert ka == kb
    assert [s.text for s in a] != [s.text for s in c]
