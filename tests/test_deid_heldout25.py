"""Tests of the held-out set 25 generator only (gold validity, shape, determinism).

Messages carry sample indices and labels only: the values are look-alike personal data.
"""

import datetime
import re
from collections import Counter
from functools import cache

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout25 import generate_heldout25
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
_FLAT = {0xFF01 + i: 0x21 + i for i in range(94)} | {0x3000: 0x20}
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_ADDRESS = re.compile(
    r"(?:\d{3,6}\s?)?[台臺]?\S{1,3}[市縣]\S{1,4}[區鄉鎮市](?:\S{2,4}[里村]\d+鄰)?\S+?[路街]"
    r"(?:[一二三四五六七八九十]段)?(?:\d+巷)?(?:\d+弄)?\d+(?:之\d+)?號"
    r"(?:(?:\d+|[一二三四五六七八九十]+)樓(?:之\d+)?)?"
)
_PASSPORT = re.compile(r"\d{9}|[A-Z]{1,2}\d{7,8}[A-Z]?")
_ID_WINDOW = re.compile(r"(?=([A-Z][A-Z0-9][0-9]{8}))")
_RUN = re.compile(r"\+?[0-9](?:[0-9 \-.()]*[0-9])?")


@cache
def _set(n: int, seed: int) -> tuple[list[Sample], list[str]]:
    return generate_heldout25(n, seed)


def _flat(text: str) -> str:
    return text.translate(_FLAT)


def _birth_ok(value: str) -> bool:
    v = _flat(value).removeprefix("民國")
    m = re.fullmatch(r"(\d{2,4})(?:[年./\-])(\d{1,2})(?:[月./\-])(\d{1,2})日?", v)
    if m is None:
        m = re.fullmatch(r"(\d{3})(\d{2})(\d{2})", v)
    if m is None:
        return False
    y, mo, d = (int(g) for g in m.groups())
    if y < 1000:
        if "年" in v and not v.endswith("日"):
            return False
        y += 1911
    try:
        day = datetime.date(y, mo, d)
    except ValueError:
        return False
    return datetime.date(1900, 1, 1) <= day <= datetime.date(2015, 1, 1)


def _valid(label: str, value: str) -> bool:
    flat = _flat(value)
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value) and re.fullmatch(r"[A-Z][12]\d{8}", flat) is not None
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value)
    if label == "PHONE":
        if not phone.is_plausible(value):
            return False
        return phone.is_valid(value) if phone.compact(value).startswith("09") else True
    if label == "EMAIL":
        return _EMAIL.fullmatch(flat) is not None
    if label == "ADDRESS":
        return _ADDRESS.fullmatch(flat) is not None
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        return _PASSPORT.fullmatch(flat) is not None
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        return _birth_ok(value)
    if label == "PERSON":
        return len(value) >= 2 and not any(c.isdigit() for c in value)
    return False


def _outside(spans: list[tuple[int, int, str]], start: int, end: int) -> bool:
    return all(end <= s or start >= e for s, e, _ in spans)


def _leak_kinds(sample: Sample) -> set[str]:
    """Kinds of valid identifiers found outside the gold spans."""
    text = _flat(sample.text).upper()
    found: set[str] = set()
    for m in _ID_WINDOW.finditer(text):
        s = m.start(1)
        if _outside(sample.spans, s, s + 10):
            if twid.is_valid(m.group(1)):
                found.add("TW_NATIONAL_ID")
            if arc.is_valid(m.group(1)):
                found.add("TW_RESIDENT_CERT")
    for m in _RUN.finditer(text):
        if not _outside(sample.spans, m.start(), m.end()):
            continue
        digits = re.sub(r"\D", "", m.group())
        if any(
            creditcard.is_valid(digits[i : i + n])
            for n in range(13, 20)
            for i in range(len(digits) - n + 1)
        ):
            found.add("CREDIT_CARD")
        if phone.is_mobile(m.group()) or re.search(r"09\d{8}", digits):
            found.add("MOBILE")
    if any(c == "@" and _outside(sample.spans, i, i + 1) for i, c in enumerate(text)):
        found.add("EMAIL")
    return found


def test_spans_are_valid_values() -> None:
    samples, _ = _set(2000, 1)
    bad = []
    for i, s in enumerate(samples):
        for start, end, label in s.spans:
            if label not in LABELS or not _valid(label, s.text[start:end]):
                bad.append((i, label))
    assert not bad, f"invalid gold values at (index, label): {bad[:20]}"


def test_spans_in_range_sorted_disjoint_stripped() -> None:
    samples, _ = _set(2000, 1)
    for i, s in enumerate(samples):
        prev_end = 0
        for start, end, label in s.spans:
            assert 0 <= start < end <= len(s.text), f"sample {i} {label}: out of range"
            assert start >= prev_end, f"sample {i} {label}: overlaps or unsorted"
            value = s.text[start:end]
            assert value == value.strip(), f"sample {i} {label}: not stripped"
            prev_end = end


def test_known_person_flags_match_list() -> None:
    samples, known = _set(2000, 1)
    known_set = set(known)
    flags = []
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, lab in s.spans if lab == "PERSON"]
        assert len(s.known_person) == len(persons), f"sample {i}: known_person length"
        for j, (name, flag) in enumerate(zip(persons, s.known_person, strict=True)):
            assert (name in known_set) == flag, f"sample {i} PERSON #{j}: flag mismatch"
            flags.append(flag)
    share = sum(flags) / len(flags)
    assert 0.35 < share < 0.65, "about half of the PERSON mentions should be known"
    mentioned = {s.text[a:b] for s in samples for a, b, lab in s.spans if lab == "PERSON"}
    assert len(known_set - mentioned) > 0, "the list should hold names never mentioned"


def test_negatives_have_no_spans_and_no_identifiers() -> None:
    samples, _ = _set(2000, 1)
    negatives = [i for i, s in enumerate(samples) if s.hard_negative]
    assert 0.18 < len(negatives) / len(samples) < 0.32
    for i in negatives:
        s = samples[i]
        assert not s.spans and not s.known_person, f"negative {i}: has spans"
        leaks = _leak_kinds(s)
        assert not leaks, f"negative {i}: holds {sorted(leaks)}"


def test_positives_have_no_identifiers_outside_spans() -> None:
    samples, _ = _set(2000, 1)
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        assert s.spans, f"positive {i}: no spans"
        leaks = _leak_kinds(s) - {"MOBILE"}
        assert not leaks, f"positive {i}: {sorted(leaks)} outside spans"


def test_fullwidth_share() -> None:
    samples, _ = _set(2000, 1)
    values = [
        s.text[a:b] for s in samples for a, b, lab in s.spans if lab not in ("PERSON", "ADDRESS")
    ]
    wide = sum(any(0xFF01 <= ord(c) <= 0xFF5E for c in v) for v in values)
    assert 0.07 < wide / len(values) < 0.2


def test_deterministic_and_seed_dependent() -> None:
    a, ka = generate_heldout25(300, 7)
    b, kb = generate_heldout25(300, 7)
    c, kc = generate_heldout25(300, 8)
    assert a == b and ka == kb
    assert a != c and ka != kc
    assert len(a) == 300


def test_label_counts_non_zero() -> None:
    samples, _ = _set(2000, 1)
    counts = Counter(lab for s in samples for *_, lab in s.spans)
    missing = LABELS - {lab for lab, c in counts.items() if c > 0}
    assert not missing, f"labels without spans: {sorted(missing)}"
