"""Tests of the heldout13 generator (the labelled set itself, not the scanner).

A held-out figure is only as honest as its gold labels: these tests check that every span is
exact and holds a valid value of its type, that nothing detectable is left unlabelled, and
that the hard negatives really contain only look-alikes. Assertion messages carry sample
indices and labels only, never names or values, because test logs end up in CI output.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache

import pytest

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout13 import generate_heldout13
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
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")
_ADDRESS = re.compile(
    r"^(臺|台)?[\u4e00-\u9fff]{1,2}[市縣][\u4e00-\u9fff]{1,3}[區鄉鎮市]"
    r"([\u4e00-\u9fff]{1,3}里\d{1,2}鄰)?[\u4e00-\u9fff]{2,5}([一二三四五六七八九]段)?"
    r"(\d+巷)?(\d+弄)?\d+號(\d+樓)?(之\d+)?$"
)
_PASSPORT = re.compile(r"^([A-Z]{1,2}\d{7}|3\d{8}|P\d{7}[A-Z])$")
_BIRTH = re.compile(
    r"^(民國)?(\d{2,3}年\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月\d{1,2}日|\d{3}/\d{2}/\d{2}|"
    r"\d{4}-\d{2}-\d{2}|\d{4}/\d{1,2}/\d{1,2}|\d{7}|\d{2,3}\.\d{1,2}\.\d{1,2})$"
)
_ID_LIKE = re.compile(r"(?=([A-Za-z][A-Za-z0-9]\d{8}))")
_DIGIT_RUN = re.compile(r"[+(]?\d[\d\-()./ ]*\d")
_MASK = "\u25a0"


@cache
def _data(n: int = 2000, seed: int = 137) -> tuple[list[Sample], list[str]]:
    return generate_heldout13(n=n, seed=seed)


def _ascii(text: str) -> str:
    """Full-width to ASCII, one character for one, so offsets stay valid."""
    return "".join(
        chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else (" " if c == "\u3000" else c)
        for c in text
    )


def _value_ok(label: str, value: str) -> bool:
    """Whether a gold value is valid for its label."""
    v = _ascii(value)
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(v)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(v)
    if label == "PHONE":
        return phone.is_plausible(v)
    if label == "EMAIL":
        return _EMAIL.fullmatch(v) is not None
    if label == "ADDRESS":
        return _ADDRESS.match(v) is not None
    if label == "TW_NHI_CARD":
        return nhi.is_valid(v)
    if label == "PASSPORT":
        return _PASSPORT.match(v) is not None
    if label == "CREDIT_CARD":
        return creditcard.is_valid(v)
    if label == "BIRTH_DATE":
        return _BIRTH.match(v) is not None
    if label == "PERSON":
        return not any(c.isdigit() or c in "@:：,，" for c in v) and len(v.replace(" ", "")) >= 2
    return False


def _leaks(text: str, known: list[str]) -> list[str]:
    """Kinds of detectable personal data in ``text`` (labels only, never the values)."""
    t = _ascii(text)
    found: list[str] = []
    for m in _ID_LIKE.finditer(t):
        if twid.is_valid(m.group(1)) or arc.is_valid(m.group(1)):
            found.append("id")
    if "@" in t:
        found.append("email")
    for m in _DIGIT_RUN.finditer(t):
        run = m.group(0)
        pieces = [run, *run.split()]
        if any(phone.is_plausible(p) for p in pieces):
            found.append("phone")
        digits = re.sub(r"\D", "", run)
        if 13 <= len(digits) <= 19 and creditcard.is_valid(digits):
            found.append("card")
        if len(digits) == 12:
            found.append("nhi-shape")
    compact = t.replace(" ", "")
    if any(len(k) >= 3 and (k in t or k.replace(" ", "") in compact) for k in known):
        found.append("known-name")
    return found


def _masked(s: Sample) -> str:
    text = s.text
    for start, end, _ in s.spans:
        text = text[:start] + _MASK * (end - start) + text[end:]
    return text


def test_spans_are_exact_and_well_formed() -> None:
    samples, _ = _data()
    assert len(samples) == 2000
    for i, s in enumerate(samples):
        last = 0
        for start, end, label in s.spans:
            assert label in LABELS, f"sample {i}: unknown label {label}"
            assert last <= start < end <= len(s.text), f"sample {i}: bad or overlapping span"
            value = s.text[start:end]
            assert value == value.strip(), f"sample {i}: whitespace at {label} span edge"
            last = end
        if s.hard_negative:
            assert not s.spans, f"sample {i}: hard negative with spans"


def test_values_valid_per_type() -> None:
    samples, _ = _data()
    for i, s in enumerate(samples):
        for start, end, label in s.spans:
            assert _value_ok(label, s.text[start:end]), f"sample {i}: invalid {label} value"


def test_birth_dates_have_a_cue_nearby() -> None:
    samples, _ = _data()
    for i, s in enumerate(samples):
        for start, end, label in s.spans:
            if label == "BIRTH_DATE":
                window = s.text[max(0, start - 8) : end + 2]
                assert "生" in window, f"sample {i}: birth date without a cue"


def test_known_flags_align() -> None:
    samples, known = _data()
    known_set = set(known)
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        assert len(s.known_person) == len(persons), f"sample {i}: flag count mismatch"
        for flag, name in zip(s.known_person, persons, strict=True):
            expected = name in known_set or name.replace(" ", "") in known_set
            assert flag == expected, f"sample {i}: known flag wrong"


def test_unknown_share_and_unmentioned_known_names() -> None:
    samples, known = _data()
    flags = [f for s in samples for f in s.known_person]
    unknown = flags.count(False) / len(flags)
    assert 0.4 <= unknown <= 0.6, f"unknown PERSON share {unknown:.2f}"
    mentioned = {
        s.text[a:b].replace(" ", "")
        for s in samples
        for a, b, label in s.spans
        if label == "PERSON"
    }
    never = [k for k in known if k.replace(" ", "") not in mentioned]
    assert len(never) >= 10, "known list should also hold names never mentioned"
    assert len(set(known)) == len(known), "known list has duplicates"


def test_hard_negatives_share_and_clean() -> None:
    samples, known = _data()
    negatives = [i for i, s in enumerate(samples) if s.hard_negative]
    share = len(negatives) / len(samples)
    assert 0.18 <= share <= 0.32, f"hard negative share {share:.2f}"
    for i in negatives:
        leaks = _leaks(samples[i].text, known)
        assert not leaks, f"hard negative {i} contains {sorted(set(leaks))}"


def test_nothing_valid_outside_gold_spans() -> None:
    samples, known = _data()
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        leaks = _leaks(_masked(s), known)
        assert not leaks, f"sample {i}: unlabelled {sorted(set(leaks))}"


def test_every_entity_type_present_with_variety() -> None:
    samples, _ = _data()
    counts = Counter(label for s in samples for *_, label in s.spans)
    assert set(counts) == LABELS
    arcs = [
        _ascii(s.text[a:b])
        for s in samples
        for a, b, label in s.spans
        if label == "TW_RESIDENT_CERT"
    ]
    assert any(v[1] in "89" for v in arcs), "no new-form resident certificate"
    assert any(v[1].upper() in "ABCD" for v in arcs), "no old-form resident certificate"
    phones = [_ascii(s.text[a:b]) for s in samples for a, b, label in s.spans if label == "PHONE"]
    assert any(phone.compact(p).startswith("09") for p in phones), "no mobile numbers"
    assert any(not phone.compact(p).startswith("09") for p in phones), "no landlines"
    person_values = [s.text[a:b] for s in samples for a, b, label in s.spans if label == "PERSON"]
    assert any(" " in p and p.isascii() for p in person_values), "no Latin-script names"
    assert any("·" in p for p in person_values), "no interpunct names"
    assert any(
        any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", p))
        for p in person_values
    ), "no names with diacritics"
    assert any(" " in p and not p.isascii() for p in person_values), "no spaced Han names"


def test_full_width_share() -> None:
    samples, _ = _data()
    values = [
        s.text[a:b]
        for s in samples
        for a, b, label in s.spans
        if label not in ("PERSON", "EMAIL", "ADDRESS")
    ]
    wide = sum(any("\uff10" <= c <= "\uff5a" for c in v) for v in values) / len(values)
    assert 0.08 <= wide <= 0.2, f"full-width share {wide:.2f}"


def test_reproducible_per_seed() -> None:
    a = generate_heldout13(n=200, seed=5)
    b = generate_heldout13(n=200, seed=5)
    assert a == b


@pytest.mark.parametrize("other", [6, 138])
def test_different_across_seeds(other: int) -> None:
    a, _ = generate_heldout13(n=200, seed=5)
    b, _ = generate_heldout13(n=200, seed=other)
    assert [s.text for s in a] != [s.text for s in b]


def test_leak_detector_sees_unmasked_values() -> None:
    """Guard the guard: without masking, the detector must find the labelled values."""
    samples, known = _data()
    kinds = Counter(k for s in samples if not s.hard_negative for k in set(_leaks(s.text, known)))
    for kind in ["id", "email", "phone", "card", "nhi-shape", "known-name"]:
        assert kinds[kind] > 0, f"leak detector never fires for {kind}"
