"""Tests of the held-out set 21 generator (gold quality only; no scanner is run here).

Assertion messages carry sample indices and labels only: the values look like personal data.
"""

import datetime
import re
import unicodedata
from collections import Counter
from functools import cache

import pytest

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout21 import generate_heldout21
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


@cache
def _big() -> tuple[list[Sample], list[str]]:
    return generate_heldout21(2000, 1)


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


# ---- value checkers ------------------------------------------------------------------------

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")
_ADDRESS = re.compile(
    r"(\d{3})?[臺台]?[\u4e00-\u9fff]{1,2}[市縣]"
    r"[\u4e00-\u9fff]{1,3}[區鄉鎮市]"
    r"[\u4e00-\u9fff0-9]*?"
    r"\d+(之\d+)?號(之\d+)?"
    r"(\d+樓|[一二三四五六七八九十]+樓|\d+F)?(之\d+)?"
)
_PASSPORT = re.compile(r"\d{9}|[A-Z]\d{7}|[A-Z]{2}\d{7}|P\d{7}[A-Z]")
_HONORIFICS = ("先生", "小姐", "女士", "醫師", "委員", "律師", "同學", "老師", "主任", "社工")
_CN_NUM = "[〇一二三四五六七八九十]+"
_CN = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def _cn_int(s: str) -> int:
    if "十" not in s:
        return _CN[s]
    tens, _, units = s.partition("十")
    return (_CN[tens] if tens else 1) * 10 + (_CN[units] if units else 0)


def _birth_date(value: str) -> datetime.date | None:
    """Parse a birth date in the ROC or western forms; None when it is not one."""
    v = _nfkc(value)
    m = re.fullmatch(f"民國({_CN_NUM})年({_CN_NUM})月({_CN_NUM})日", v)
    if m:
        y, mo, d = (_cn_int(g) for g in m.groups())
        return _date(y + 1911, mo, d)
    m = re.fullmatch(r"(\d{2})\s+([A-Z]{3})\s+(\d{4})", v)
    if m:
        if m.group(2) not in _MONTHS:
            return None
        return _date(int(m.group(3)), _MONTHS.index(m.group(2)) + 1, int(m.group(1)))
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", v)
    if m:
        return _date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"(\d{3})(\d{2})(\d{2})", v)
    if m:
        return _date(int(m.group(1)) + 1911, int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"(?:民國)?(\d{1,4})(?:年|/|\.|-)(\d{1,2})(?:月|/|\.|-)(\d{1,2})日?", v)
    if m:
        y, mo, d = (int(g) for g in m.groups())
        if ("年" in v) != ("月" in v) or ("月" in v) != v.endswith("日"):
            return None
        return _date(y if y > 1000 else y + 1911, mo, d)
    return None


def _date(y: int, m: int, d: int) -> datetime.date | None:
    try:
        day = datetime.date(y, m, d)
    except ValueError:
        return None
    return day if datetime.date(1915, 1, 1) <= day <= datetime.date(2024, 12, 31) else None


def _valid(label: str, value: str) -> bool:
    v = _nfkc(value)
    if label == "PERSON":
        return (
            0 < len(v) <= 40
            and not any(ch.isdigit() for ch in v)
            and not v.endswith(_HONORIFICS)
            and "：" not in v
            and ":" not in v
        )
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value) and not twid.is_valid(value)
    if label == "PHONE":
        return phone.is_valid(value) or phone.is_plausible(value)
    if label == "EMAIL":
        return _EMAIL.fullmatch(v) is not None
    if label == "ADDRESS":
        return _ADDRESS.fullmatch(v) is not None
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        return _PASSPORT.fullmatch(v) is not None
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        return _birth_date(value) is not None
    return False


# ---- stray personal values -----------------------------------------------------------------

_ID_WINDOW = re.compile(r"(?=([A-Za-z][A-Za-z0-9]\d{8}))")
_DIGIT_RUN = re.compile(r"\d[\d \-]*\d")


def _stray(text: str) -> set[str]:
    """Kinds of valid personal values found anywhere in ``text``."""
    t = _nfkc(text)
    found = set()
    if "@" in t:
        found.add("EMAIL")
    for m in _ID_WINDOW.finditer(t):
        if twid.is_valid(m.group(1)):
            found.add("TW_NATIONAL_ID")
        if arc.is_valid(m.group(1)):
            found.add("TW_RESIDENT_CERT")
    for m in _DIGIT_RUN.finditer(t):
        digits = re.sub(r"\D", "", m.group())
        for i in range(len(digits)):
            if digits.startswith("09", i) and phone.is_mobile(digits[i : i + 10]):
                found.add("MOBILE")
            if digits.startswith("8869", i) and phone.is_mobile("0" + digits[i + 3 : i + 12]):
                found.add("MOBILE")
            for k in range(13, 20):
                if i + k <= len(digits) and creditcard.is_valid(digits[i : i + k]):
                    found.add("CREDIT_CARD")
    return found


def _mask(sample: Sample) -> str:
    chars = list(sample.text)
    for s, e, _ in sample.spans:
        chars[s:e] = ["■"] * (e - s)
    return "".join(chars)


# ---- tests ---------------------------------------------------------------------------------


def test_spans_in_range_ordered_non_overlapping_and_stripped():
    samples, _ = _big()
    for i, s in enumerate(samples):
        prev_end = 0
        for start, end, label in sorted(s.spans):
            assert label in LABELS, (i, label)
            assert 0 <= start < end <= len(s.text), (i, label)
            assert start >= prev_end, (i, label, "overlap")
            value = s.text[start:end]
            assert value == value.strip(), (i, label, "not stripped")
            prev_end = end


def test_every_span_holds_a_valid_value_of_its_label():
    samples, _ = _big()
    bad = [
        (i, label)
        for i, s in enumerate(samples)
        for start, end, label in s.spans
        if not _valid(label, s.text[start:end])
    ]
    assert not bad, bad[:20]


def test_known_person_matches_the_known_list():
    samples, known = _big()
    known_set = set(known)
    assert len(known) == len(known_set)
    mentioned = set()
    for i, s in enumerate(samples):
        names = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        assert len(s.known_person) == len(names), i
        for j, (name, flag) in enumerate(zip(names, s.known_person, strict=True)):
            assert flag == (name in known_set), (i, j, "PERSON")
        mentioned.update(names)
    flags = [f for s in samples for f in s.known_person]
    assert 0.4 < sum(flags) / len(flags) < 0.6
    assert len(known_set - mentioned) >= 15, "known list must hold names never mentioned"
    assert len(mentioned - known_set) > 100, "texts must mention names in no list"


def test_hard_negatives_have_no_spans_and_no_personal_values():
    samples, _ = _big()
    negatives = [(i, s) for i, s in enumerate(samples) if s.hard_negative]
    assert 0.2 < len(negatives) / len(samples) < 0.3
    for i, s in negatives:
        assert s.spans == [], i
        assert s.known_person == [], i
        assert not _stray(s.text), (i, sorted(_stray(s.text)))


def test_positives_hold_no_personal_values_outside_their_spans():
    samples, _ = _big()
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        assert s.spans, i
        assert not _stray(_mask(s)), (i, sorted(_stray(_mask(s))))


def test_same_seed_same_output_different_seed_differs():
    a = generate_heldout21(150, 7)
    b = generate_heldout21(150, 7)
    c = generate_heldout21(150, 8)
    assert a == b
    assert [s.text for s in a[0]] != [s.text for s in c[0]]
    assert len(a[0]) == 150


def test_label_counts_at_2000_are_all_non_zero():
    samples, _ = _big()
    counts = Counter(label for s in samples for *_, label in s.spans)
    for label in sorted(LABELS):
        assert counts[label] > 0, label


def test_about_an_eighth_of_values_are_full_width():
    samples, _ = _big()
    values = [s.text[a:b] for s in samples for a, b, label in s.spans if label != "PERSON"]
    share = sum(_nfkc(v) != v for v in values) / len(values)
    assert 0.08 < share < 0.18


def test_people_come_in_many_forms():
    samples, _ = _big()
    names = {s.text[a:b] for s in samples for a, b, label in s.spans if label == "PERSON"}
    assert any("‧" in n for n in names)
    assert any("·" in n for n in names)
    assert sum(bool(re.fullmatch(r"[A-Za-z .·-]+", n)) for n in names) > 50
    assert len({n[0] for n in names if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", n)}) > 150


@pytest.mark.parametrize("n", [0, 1, 5])
def test_small_n(n: int):
    samples, known = generate_heldout21(n, 3)
    assert len(samples) == n
    assert known
