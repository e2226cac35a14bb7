"""Tests of the held-out set 49 generator (never of any scanner).

Assertion messages carry sample indices and labels only: the values look like personal data.
"""

import collections
import datetime as dt
import re
import unicodedata
from functools import cache

import pytest

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout49 import generate_heldout49
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
N = 2000

_EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$")
_ADDRESS = re.compile(
    r"^(\d{3,5})?[臺台]?\w{1,2}[市縣]\w{1,3}?[區鄉鎮市](\w{1,3}里(\d{1,2}鄰)?)?"
    r"\w{1,6}?(路|街|大道)(\w段)?(\d+巷)?(\d+弄)?\d+號(\d+樓(之\d+|\d+室)?|[一二三四五六七八九十]樓)?$"
)
_PASSPORT = re.compile(r"^(3\d{8}|[A-Z]\d{7}|[A-Z]{2}\d{7}|P\d{7}[A-Z])$")
_RUN = re.compile(r"[0-9](?:[0-9 \-]*[0-9])?")
_ID_SHAPE = re.compile(r"(?=([A-Z][0-9A-D][0-9]{8}))")


@cache
def _data(seed: int = 1, n: int = N) -> tuple[list[Sample], list[str]]:
    return generate_heldout49(n, seed)


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def _norm_keep_length(text: str) -> str:
    out = []
    for c in text:
        n = _nfkc(c)
        out.append(n if len(n) == 1 else c)
    return "".join(out).upper()


def _birth_ok(value: str) -> bool:
    v = _nfkc(value)
    pats = (
        (r"^(?:民國)?(\d{2,3})年(\d{1,2})月(\d{1,2})日$", "roc"),
        (r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", "ymd"),
        (r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$", "ymd"),
        (r"^(\d{2,3})[/.](\d{1,2})[/.](\d{1,2})$", "roc"),
        (r"^(\d{3})(\d{2})(\d{2})$", "roc"),
        (r"^(\d{1,2})/(\d{1,2})/(\d{4})$", "dmy"),
    )
    for pat, kind in pats:
        m = re.match(pat, v)
        if not m:
            continue
        a, b, c = (int(x) for x in m.groups())
        y, mo, d = {"roc": (a + 1911, b, c), "ymd": (a, b, c), "dmy": (c, b, a)}[kind]
        try:
            day = dt.date(y, mo, d)
        except ValueError:
            return False
        return 1930 <= day.year <= 2026
    return False


def _valid(label: str, value: str) -> bool:
    if label == "PERSON":
        inner_ok = all(ch.isalpha() or ch in " ‧·" for ch in value)
        return inner_ok and value[0].isalpha() and value[-1].isalpha() and 2 <= len(value) <= 40
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value)
    if label == "PHONE":
        return phone.is_valid(value) or phone.is_plausible(value)
    if label == "EMAIL":
        return bool(_EMAIL.match(_nfkc(value)))
    if label == "ADDRESS":
        return bool(_ADDRESS.match(_nfkc(value)))
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        return bool(_PASSPORT.match(_nfkc(value).upper()))
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        return _birth_ok(value)
    return False


def _leak_kinds(text: str, spans: list[tuple[int, int, str]], negative: bool) -> set[str]:
    """Labels of valid values found outside the gold spans."""
    covered = [False] * len(text)
    for s, e, _ in spans:
        covered[s:e] = [True] * (e - s)
    norm = _norm_keep_length(text)
    found: set[str] = set()
    for m in _ID_SHAPE.finditer(norm):
        s = m.start(1)
        if all(covered[s : s + 10]):
            continue
        if twid.is_valid(m.group(1)):
            found.add("TW_NATIONAL_ID")
        if arc.is_valid(m.group(1)):
            found.add("TW_RESIDENT_CERT")
    if any(c == "@" and not covered[i] for i, c in enumerate(norm)):
        found.add("EMAIL")
    for m in _RUN.finditer(norm):
        if all(covered[m.start() : m.end()]):
            continue
        digits = re.sub(r"\D", "", m.group())
        for size in range(13, 20):
            if any(
                creditcard.is_valid(digits[i : i + size]) for i in range(len(digits) - size + 1)
            ):
                found.add("CREDIT_CARD")
        if negative:
            for i in range(len(digits) - 9):
                if phone.is_mobile(digits[i : i + 10]):
                    found.add("PHONE")
    if negative and re.search(r"\+?886[\s\-]?9", norm):
        found.add("PHONE")
    return found


def test_shapes_and_sizes() -> None:
    samples, known = _data()
    assert len(samples) == N
    assert all(isinstance(s, Sample) for s in samples)
    neg = sum(s.hard_negative for s in samples)
    assert 0.18 * N <= neg <= 0.32 * N, "hard-negative share off"
    unique = len(known) == len(set(known))
    assert unique and len(known) >= 40, "known list must be unique and large enough"


def test_spans_in_range_sorted_stripped() -> None:
    samples, _ = _data()
    for i, s in enumerate(samples):
        last, size = 0, len(s.text)
        for start, end, label in s.spans:
            assert label in LABELS, (i, label)
            in_range = 0 <= start < end <= size
            assert in_range, ("span out of range", i, label)
            assert start >= last, ("overlap or unsorted", i, label)
            last = end
            stripped = s.text[start:end] == s.text[start:end].strip()
            assert stripped, ("not stripped", i, label)


def test_every_span_holds_a_valid_value() -> None:
    samples, _ = _data()
    for i, s in enumerate(samples):
        for start, end, label in s.spans:
            ok = _valid(label, s.text[start:end])
            assert ok, ("invalid value", i, label)


def test_known_person_flags_match_list() -> None:
    samples, known = _data()
    known_set = set(known)
    flags = []
    mentioned = set()
    for i, s in enumerate(samples):
        names = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        assert len(s.known_person) == len(names), ("flag count", i)
        same = [n in known_set for n in names] == s.known_person
        assert same, ("flag mismatch", i)
        flags += s.known_person
        mentioned.update(names)
    share = sum(flags) / len(flags)
    assert 0.35 <= share <= 0.65, "known share off"
    unmentioned = bool(known_set - mentioned)
    assert unmentioned, "known list should hold never-mentioned names"


def test_negatives_have_no_spans_and_no_valid_identifiers() -> None:
    samples, _ = _data()
    for i, s in enumerate(samples):
        if not s.hard_negative:
            assert s.spans, ("positive without spans", i)
            continue
        empty = not s.spans and not s.known_person
        assert empty, ("negative with spans", i)
        leaks = _leak_kinds(s.text, [], True)
        assert not leaks, ("negative leak", i, sorted(leaks))


def test_positives_have_nothing_valid_outside_spans() -> None:
    samples, _ = _data()
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        leaks = _leak_kinds(s.text, s.spans, False)
        assert not leaks, ("unlabelled value", i, sorted(leaks))


def test_label_counts_all_nonzero() -> None:
    samples, _ = _data()
    counts = collections.Counter(label for s in samples for *_, label in s.spans)
    missing = sorted(LABELS - {k for k, v in counts.items() if v > 0})
    assert not missing, missing


def test_fullwidth_share() -> None:
    samples, _ = _data()
    values = [s.text[a:b] for s in samples for a, b, label in s.spans if label != "PERSON"]
    share = sum(_nfkc(v) != v for v in values) / len(values)
    assert 0.06 <= share <= 0.2, "full-width share off"


def test_deterministic_per_seed() -> None:
    a, ka = generate_heldout49(300, 7)
    b, kb = generate_heldout49(300, 7)
    c, kc = generate_heldout49(300, 8)
    same = a == b and ka == kb
    differ = a != c and ka != kc
    assert same, "same seed must give the same output"
    assert differ, "different seeds must differ"


@pytest.mark.parametrize("n", [0, 1, 5])
def test_small_n(n: int) -> None:
    samples, known = generate_heldout49(n, 3)
    assert len(samples) == n
    assert known
