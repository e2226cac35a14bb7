"""Tests of the held-out set 53 generator (its gold labels), never of a scanner.

Assertion messages carry sample indices and labels only: the values look like personal data.
"""

import datetime as dt
import itertools
import re
import unicodedata
from collections import Counter
from functools import cache

import pytest

from pipelines.deid.evaluation.heldout53 import generate_heldout53
from pipelines.deid.identifiers import arc, creditcard, nhi, phone, twid

LABELS = {
    "PERSON", "TW_NATIONAL_ID", "TW_RESIDENT_CERT", "PHONE", "EMAIL", "ADDRESS",
    "TW_NHI_CARD", "PASSPORT", "CREDIT_CARD", "BIRTH_DATE",
}  # fmt: skip
HAN = "\u4e00-\u9fff"
PERSON_RE = re.compile(rf"[{HAN}]{{2,6}}|[{HAN}]+(?:[‧·][{HAN}]+)+|[A-Za-z]+(?: [A-Za-z]+)+")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
ADDRESS_RE = re.compile(
    rf"(?:\d{{3}}(?:\d{{2,3}})? ?)?[{HAN}]{{2,3}}[縣市][{HAN}]{{1,4}}[區鄉鎮市]"
    rf"(?:[{HAN}]{{1,3}}[村里](?:\d+鄰)?)?[{HAN}]{{1,5}}(?:路|街|大道)(?:[一二三四五六七八九]段)?"
    r"(?:\d+巷)?(?:\d+弄)?\d+(?:之\d+)?號(?:之\d+)?(?:\d+樓(?:之\d+)?)?"
)
PASSPORT_RE = re.compile(r"[A-Z]{0,2}\d{6,9}[A-Z]?")
DATE_RES = (
    re.compile(r"(\d{2,4})年(\d{1,2})月(\d{1,2})日"),
    re.compile(r"(\d{2,4})[./-](\d{1,2})[./-](\d{1,2})"),
    re.compile(r"(\d{3})(\d{2})(\d{2})"),
)
HONORIFICS = ("先生", "女士", "小姐", "阿嬤", "阿公", "老師")

# Candidate finders for values outside the gold spans (text already NFKC-normalised).
ID_CAND = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][ -]?[A-Za-z0-9](?:[ -]?\d){8}(?!\d)")
CARD_CAND = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")
PHONE_CAND = re.compile(r"(?<!\d)\+?\d(?:[ \-.()]{0,2}\d){7,12}(?!\d)")


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def birth_date_ok(value: str) -> bool:
    v = nfkc(value)
    western = v.startswith("西元")
    v = v.removeprefix("民國").removeprefix("西元")
    for pattern in DATE_RES:
        m = pattern.fullmatch(v)
        if m:
            y, mo, d = (int(g) for g in m.groups())
            if not western and y < 1000:
                y += 1911
            try:
                day = dt.date(y, mo, d)
            except ValueError:
                return False
            return dt.date(1900, 1, 1) <= day <= dt.date(2025, 12, 31)
    return False


def value_ok(label: str, value: str) -> bool:
    if label == "PERSON":
        return bool(PERSON_RE.fullmatch(value)) and not value.endswith(HONORIFICS)
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value)
    if label == "PHONE":
        if phone.compact(value).startswith("09"):
            return phone.is_valid(value)
        return phone.is_plausible(value)
    if label == "EMAIL":
        return bool(EMAIL_RE.fullmatch(nfkc(value)))
    if label == "ADDRESS":
        return bool(ADDRESS_RE.fullmatch(nfkc(value)))
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        return bool(PASSPORT_RE.fullmatch(nfkc(value)))
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        return birth_date_ok(value)
    return False


def has_id_or_card(text: str) -> bool:
    t = nfkc(text)
    for m in ID_CAND.finditer(t):
        if twid.is_valid(m.group()) or arc.is_valid(m.group()):
            return True
    return any(creditcard.is_valid(m.group()) for m in CARD_CAND.finditer(t))


def has_email(text: str) -> bool:
    return "@" in nfkc(text)


def has_phone(text: str) -> bool:
    """Any mobile number, or any plausible landline written with its area code."""
    for m in PHONE_CAND.finditer(nfkc(text)):
        v = m.group()
        if phone.is_mobile(v):
            return True
        if v.startswith(("0", "+886")) and phone.is_plausible(v):
            return True
    return False


def masked(text: str, spans: list[tuple[int, int, str]]) -> str:
    chars = list(text)
    for start, end, _ in spans:
        chars[start:end] = "■" * (end - start)
    return "".join(chars)


@cache
def dataset(n: int = 2000, seed: int = 1):
    return generate_heldout53(n, seed)


def test_spans_hold_valid_values():
    samples, _ = dataset()
    for i, s in enumerate(samples):
        for start, end, label in s.spans:
            assert label in LABELS, (i, label)
            assert 0 <= start < end <= len(s.text), (i, label)
            value = s.text[start:end]
            assert value == value.strip(), (i, label)
            assert value_ok(label, value), (i, label)


def test_spans_do_not_overlap():
    samples, _ = dataset()
    for i, s in enumerate(samples):
        ordered = sorted(s.spans)
        assert ordered == s.spans, i
        for (_, end, la), (start, _, lb) in itertools.pairwise(ordered):
            assert end <= start, (i, la, lb)


def test_known_person_matches_list():
    samples, known = dataset()
    known_set = set(known)
    assert len(known) == len(known_set)
    mentioned: set[str] = set()
    hits = total = 0
    for i, s in enumerate(samples):
        people = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        assert len(s.known_person) == len(people), i
        for name, flag in zip(people, s.known_person, strict=True):
            assert flag == (name in known_set), i
            mentioned.add(name)
            hits += flag
            total += 1
    assert 0.35 < hits / total < 0.65
    assert len(known_set - mentioned) >= 10  # the column also holds names never mentioned


def test_negatives_hold_no_personal_values():
    samples, _ = dataset()
    negatives = [i for i, s in enumerate(samples) if s.hard_negative]
    assert 0.18 < len(negatives) / len(samples) < 0.32
    for i in negatives:
        s = samples[i]
        assert s.spans == [] and s.known_person == [], i
        assert not has_id_or_card(s.text), i
        assert not has_email(s.text), i
        assert not has_phone(s.text), i


def test_positives_hold_nothing_outside_spans():
    samples, _ = dataset()
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        assert s.spans, i
        rest = masked(s.text, s.spans)
        assert not has_id_or_card(rest), i
        assert not has_email(rest), i


def test_full_width_share():
    samples, _ = dataset()
    values = [s.text[a:b] for s in samples for a, b, label in s.spans if label != "PERSON"]
    wide = sum(any(0xFF01 <= ord(c) <= 0xFF5E for c in v) for v in values)
    assert 0.07 < wide / len(values) < 0.2


def test_label_counts_non_zero():
    samples, _ = dataset()
    counts = Counter(label for s in samples for *_, label in s.spans)
    for label in sorted(LABELS):
        assert counts[label] > 0, label


def test_person_variety():
    samples, _ = dataset()
    names = [s.text[a:b] for s in samples for a, b, label in s.spans if label == "PERSON"]
    assert any("‧" in n or "·" in n for n in names)
    assert any(n.isascii() for n in names)
    assert any(len(n) == 2 for n in names)  # one-character given names
    assert any(n[:2] in ("歐陽", "張簡", "司徒", "諸葛", "上官", "范姜") for n in names)


@pytest.mark.parametrize("seed", [7, 8])
def test_deterministic(seed):
    a = generate_heldout53(300, seed)
    b = generate_heldout53(300, seed)
    assert a == b
    c = generate_heldout53(300, seed + 100)
    assert [s.text for s in a[0]] != [s.text for s in c[0]]
