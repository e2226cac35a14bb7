"""Tests of the gold labels of held-out sets 56 – 68 (their generators), never of any scanner.

The authors of sets 57 – 68 were given set 56's tests (or these) as their template and changed
nothing but the set's number, so the sets share these checks. Assertion messages carry sample
indices and labels only: the values look like personal data.
"""

import datetime
import importlib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from functools import cache

import pytest

from pipelines.deid.evaluation.generator import Sample
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

EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
ADDRESS = re.compile(
    r"(?:\d{3}(?:\d{2})?\s?)?[臺台]?\S{1,2}[市縣]\S{1,3}?[區鄉鎮市]"
    r"\S*?(?:路|街|大道)(?:[一二三四五六七八九]段)?(?:\d+巷)?(?:\d+弄)?\d+(?:之\d+)?號"
    r"(?:\d+樓(?:之\d+)?|\d+F)?"
)
PASSPORT = re.compile(r"[A-Z]{0,2}\d{6,9}[A-Z]?")
PERSON = re.compile(r"[\u4e00-\u9fff‧·]{2,8}|[A-Za-z]+(?: [A-Za-z]+){0,3}")
ROC_DATE = re.compile(
    r"(?:民國|民)?(\d{2,3})"
    r"(?:年(\d{1,2})月(\d{1,2})日|[./](\d{1,2})[./](\d{1,2}))"
)
AD_DATE = re.compile(
    r"((?:19|20)\d{2})"
    r"(?:年(\d{1,2})月(\d{1,2})日|[./\-](\d{1,2})[./\-](\d{1,2}))"
)

ID_RE = re.compile(r"(?=([A-Z][A-Z0-9]\d{8}))")
CC_RE = re.compile(r"(?<!\d)\d(?:[ \-]?\d){12,18}(?!\d)")
MOB_RE = re.compile(r"(?<!\d)(?:\+886[\s\-]?|0)9\d{2}[\s\-]?\d{3}[\s\-]?\d{3}(?!\d)")


SETS = tuple(f"heldout{n}" for n in range(56, 69))
Generator = Callable[[int, int], tuple[list[Sample], list[str]]]


def generator(name: str) -> Generator:
    return getattr(importlib.import_module(f"pipelines.deid.evaluation.{name}"), f"generate_{name}")


@cache
def big(name: str) -> tuple[list[Sample], list[str]]:
    return generator(name)(2000, 1)


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def norm_keep_offsets(text: str) -> str:
    out = []
    for c in text:
        n = unicodedata.normalize("NFKC", c).upper()
        out.append(n if len(n) == 1 else c)
    return "".join(out)


def valid_date(y: int, m: int, d: int) -> bool:
    try:
        datetime.date(y, m, d)
    except ValueError:
        return False
    return 1900 <= y <= 2025


def valid_birth_date(value: str) -> bool:
    v = nfkc(value)
    m = AD_DATE.fullmatch(v)
    if m:
        y = int(m.group(1))
    else:
        m = ROC_DATE.fullmatch(v)
        if not m:
            return False
        y = int(m.group(1)) + 1911
    mo, d = (m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5))
    return valid_date(y, int(mo), int(d))


def valid_value(label: str, value: str) -> bool:
    v = nfkc(value)
    if label == "PERSON":
        return bool(PERSON.fullmatch(value))
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value)
    if label == "PHONE":
        return phone.is_valid(value) or phone.is_plausible(value)
    if label == "EMAIL":
        return bool(EMAIL.fullmatch(v))
    if label == "ADDRESS":
        return bool(ADDRESS.fullmatch(v))
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        return bool(PASSPORT.fullmatch(v)) and not twid.is_valid(v) and not arc.is_valid(v)
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        return valid_birth_date(value)
    return False


def strays(text: str, spans: list[tuple[int, int, str]], mobiles: bool) -> list[str]:
    """Labels of valid values found outside the spans."""
    norm = norm_keep_offsets(text)

    def outside(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b, _ in spans)

    found = []
    for m in ID_RE.finditer(norm):
        v, s = m.group(1), m.start()
        if twid.is_valid(v) and outside(s, s + 10):
            found.append("TW_NATIONAL_ID")
        if arc.is_valid(v) and outside(s, s + 10):
            found.append("TW_RESIDENT_CERT")
    for m in CC_RE.finditer(norm):
        if creditcard.is_valid(m.group()) and outside(m.start(), m.end()):
            found.append("CREDIT_CARD")
    for m in EMAIL.finditer(norm):
        if outside(m.start(), m.end()):
            found.append("EMAIL")
    if mobiles:
        for m in MOB_RE.finditer(norm):
            if phone.is_mobile(m.group()) and outside(m.start(), m.end()):
                found.append("PHONE")
    return found


@pytest.mark.parametrize("name", SETS)
def test_spans_hold_valid_values(name: str) -> None:
    samples, _ = big(name)
    bad = []
    for i, s in enumerate(samples):
        for a, b, label in s.spans:
            if label not in LABELS or not valid_value(label, s.text[a:b]):
                bad.append((i, label))
    assert not bad, f"invalid gold values at (index, label): {bad[:20]}"


@pytest.mark.parametrize("name", SETS)
def test_spans_in_range_sorted_stripped(name: str) -> None:
    samples, _ = big(name)
    for i, s in enumerate(samples):
        prev_end = 0
        for a, b, label in s.spans:
            assert 0 <= a < b <= len(s.text), (i, label)
            assert a >= prev_end, f"overlap at sample {i}, {label}"
            value = s.text[a:b]
            assert value == value.strip(), f"unstripped span at sample {i}, {label}"
            prev_end = b


@pytest.mark.parametrize("name", SETS)
def test_known_person_flags(name: str) -> None:
    samples, known = big(name)
    known_set = set(known)
    assert len(known_set) == len(known)
    flags = []
    mentioned = set()
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, lab in s.spans if lab == "PERSON"]
        assert len(s.known_person) == len(persons), f"sample {i}"
        for j, (name, flag) in enumerate(zip(persons, s.known_person, strict=True)):
            assert (name in known_set) == flag, f"sample {i}, PERSON #{j}"
            flags.append(flag)
            mentioned.add(name)
    share = sum(flags) / len(flags)
    assert 0.35 <= share <= 0.65, share
    assert known_set - mentioned, "the known list should also hold names never mentioned"


@pytest.mark.parametrize("name", SETS)
def test_negatives_hold_no_personal_values(name: str) -> None:
    samples, _ = big(name)
    negatives = [i for i, s in enumerate(samples) if s.hard_negative]
    assert 0.18 <= len(negatives) / len(samples) <= 0.32
    for i in negatives:
        s = samples[i]
        assert not s.spans and not s.known_person, f"negative {i} has spans"
        found = strays(s.text, [], mobiles=True)
        assert not found, f"negative {i} holds {found}"


@pytest.mark.parametrize("name", SETS)
def test_positives_hold_values_only_in_spans(name: str) -> None:
    samples, _ = big(name)
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        assert s.spans, f"positive {i} has no spans"
        found = strays(s.text, s.spans, mobiles=False)
        assert not found, f"sample {i} holds {found} outside its spans"


@pytest.mark.parametrize("name", SETS)
def test_deterministic_per_seed(name: str) -> None:
    generate = generator(name)
    a, ka = generate(150, 7)
    b, kb = generate(150, 7)
    c, _ = generate(150, 8)
    assert a == b and ka == kb
    assert [s.text for s in a] != [s.text for s in c]
    assert len(a) == 150


@pytest.mark.parametrize("name", SETS)
def test_label_counts_and_full_width_share(name: str) -> None:
    samples, _ = big(name)
    counts = Counter(lab for s in samples for _, _, lab in s.spans)
    for label in LABELS:
        assert counts[label] > 0, label
    values = [s.text[a:b] for s in samples for a, b, lab in s.spans if lab != "PERSON"]
    wide = sum(any(0xFF01 <= ord(c) <= 0xFF5E for c in v) for v in values)
    assert 0.06 <= wide / len(values) <= 0.25
