"""Tests of the held-out set 17 generator (gold quality only; no scanner is run here).

Assertion messages carry sample indices and labels only: the values are look-alike personal
data and must not be echoed into test logs.
"""

import datetime
import re
import unicodedata
from collections import Counter

import pytest

from pipelines.deid.evaluation.heldout17 import generate_heldout17
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


@pytest.fixture(scope="module")
def data():
    return generate_heldout17(2000, 1)


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


# ---- per-label validity ---------------------------------------------------------------------

_EMAIL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]*@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_ADDRESS = re.compile(
    r"(\d{3,6} ?)?"
    r"([臺台]?\w{1,2}[縣市])?"
    r"\w{1,3}[區鄉鎮市]"
    r".*?(\d+|[一二三四五六七八九十]+)(之\d+)?號"
    r"(\d+樓(\d+室)?|[一二三四五六七八九十]+樓|\d+F)?(之\d+)?"
)
_PASSPORT = re.compile(r"[A-Z]{0,2}\d{7,9}[A-Z]?")
_HONORIFICS = ("先生", "小姐", "女士", "老師", "太太", "護理師", "律師")
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def _cn_to_int(s: str) -> int:
    total, cur = 0, 0
    for ch in s:
        if ch == "百":
            total += (cur or 1) * 100
            cur = 0
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        else:
            cur = _CN_DIGITS[ch]
    return total + cur


def _parse_birth(value: str) -> datetime.date | None:
    v = _nfkc(value)
    roc_forms = [
        r"(?:民國)?(\d{2,3})年(\d{1,2})月(\d{1,2})日",
        r"(?:民國)?(\d{2,3})[/.](\d{1,2})[/.](\d{1,2})",
        r"(\d{3})(\d{2})(\d{2})",
    ]
    for pat in roc_forms:
        m = re.fullmatch(pat, v)
        if m:
            y, mo, d = (int(x) for x in m.groups())
            return datetime.date(y + 1911, mo, d)
    m = re.fullmatch(
        r"民國([零一二三四五六七八九十百]+)年([一二三四五六七八九十]+)月([一二三四五六七八九十]+)日",
        v,
    )
    if m:
        y, mo, d = (_cn_to_int(x) for x in m.groups())
        return datetime.date(y + 1911, mo, d)
    m = re.fullmatch(r"(\d{4})(?:年(\d{1,2})月(\d{1,2})日|[/.-](\d{1,2})[/.-](\d{1,2}))", v)
    if m:
        y = int(m.group(1))
        mo, d = (m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5))
        return datetime.date(y, int(mo), int(d))
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", v)
    if m:
        return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"(\d{2})-([A-Z]{3})-(\d{4})", v)
    if m and m.group(2) in _MONTHS:
        return datetime.date(int(m.group(3)), _MONTHS.index(m.group(2)) + 1, int(m.group(1)))
    return None


def _valid(label: str, value: str) -> bool:
    if label == "PERSON":
        return (
            bool(value)
            and not any(ch.isdigit() for ch in value)
            and not value.endswith(_HONORIFICS)
            and "@" not in value
        )
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value) and not twid.is_valid(value)
    if label == "PHONE":
        compact = phone.compact(value)
        if compact.startswith("09"):
            return phone.is_valid(value)
        return phone.is_plausible(value)
    if label == "EMAIL":
        return _EMAIL.fullmatch(_nfkc(value)) is not None
    if label == "ADDRESS":
        return _ADDRESS.fullmatch(_nfkc(value)) is not None
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        v = _nfkc(value)
        return _PASSPORT.fullmatch(v) is not None and not twid.is_valid(v) and not arc.is_valid(v)
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        try:
            date = _parse_birth(value)
        except ValueError:
            return False
        return date is not None and datetime.date(1900, 1, 1) <= date <= datetime.date(2024, 12, 31)
    return False


# ---- independent leak scan ------------------------------------------------------------------

_ID_LIKE = re.compile(r"(?<![A-Z0-9])[A-Z][0-9A-D]\d{8}(?!\d)")
_DIGIT_RUN = re.compile(r"(?<!\d)\d[\d -]{11,24}\d(?!\d)")
_MOBILE_LIKE = re.compile(r"(?<!\d)(?:\+?886|0)[ -.]?9\d{2}[ -.]?\d{3}[ -.]?\d{3}(?!\d)")


def _outside(text: str, spans) -> str:
    chars = list(text)
    for s, e, _ in spans:
        for i in range(s, e):
            chars[i] = "■"
    return _nfkc("".join(chars)).upper()


def _leak_kinds(text: str, spans, *, mobiles: bool) -> set[str]:
    rest = _outside(text, spans)
    found = set()
    for m in _ID_LIKE.finditer(rest):
        if twid.is_valid(m.group()):
            found.add("TW_NATIONAL_ID")
        if arc.is_valid(m.group()):
            found.add("TW_RESIDENT_CERT")
    for m in _DIGIT_RUN.finditer(rest):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and creditcard.is_valid(digits):
            found.add("CREDIT_CARD")
    if "@" in rest:
        found.add("EMAIL")
    if mobiles and any(phone.is_mobile(m.group()) for m in _MOBILE_LIKE.finditer(rest)):
        found.add("PHONE")
    return found


# ---- tests ------------------------------------------------------------------------------------


def test_shape_and_spans(data):
    samples, _ = data
    assert len(samples) == 2000
    for i, s in enumerate(samples):
        assert s.text and s.text == s.text.strip(), f"sample {i}: text not stripped"
        prev_end = 0
        for start, end, label in s.spans:
            assert label in LABELS, f"sample {i}: unknown label {label}"
            assert 0 <= prev_end <= start < end <= len(s.text), f"sample {i}: bad span {label}"
            value = s.text[start:end]
            assert value == value.strip(), f"sample {i}: unstripped {label} span"
            prev_end = end
        if not s.hard_negative:
            assert s.spans, f"sample {i}: positive without spans"


def test_span_values_are_valid(data):
    samples, _ = data
    for i, s in enumerate(samples):
        for start, end, label in s.spans:
            assert _valid(label, s.text[start:end]), f"sample {i}: invalid {label} value"


def test_known_person_flags(data):
    samples, known = data
    known_set = set(known)
    assert len(known_set) == len(known), "known list has duplicates"
    flags = []
    mentioned = set()
    for i, s in enumerate(samples):
        names = [s.text[a:b] for a, b, lab in s.spans if lab == "PERSON"]
        assert len(s.known_person) == len(names), f"sample {i}: known_person length"
        for j, (name, flag) in enumerate(zip(names, s.known_person, strict=True)):
            assert flag == (name in known_set), f"sample {i}: PERSON #{j} known flag"
            flags.append(flag)
            if flag:
                mentioned.add(name)
    share = sum(flags) / len(flags)
    assert 0.35 <= share <= 0.65, "known share of PERSON mentions out of range"
    never = known_set - mentioned
    assert len(never) >= len(known) // 10, "known list should hold names never mentioned"
    all_text = "\n".join(s.text for s in samples)
    assert sum(name not in all_text for name in never) >= len(known) // 20


def test_negatives(data):
    samples, _ = data
    negatives = [i for i, s in enumerate(samples) if s.hard_negative]
    assert 0.18 <= len(negatives) / len(samples) <= 0.32, "hard-negative share out of range"
    for i in negatives:
        s = samples[i]
        assert not s.spans and not s.known_person, f"sample {i}: negative has spans"
        leaks = _leak_kinds(s.text, [], mobiles=True)
        assert not leaks, f"sample {i}: negative holds {sorted(leaks)}"


def test_positives_hold_nothing_outside_spans(data):
    samples, _ = data
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        leaks = _leak_kinds(s.text, s.spans, mobiles=False)
        assert not leaks, f"sample {i}: unlabelled {sorted(leaks)} outside spans"


def test_label_counts(data):
    samples, _ = data
    counts = Counter(label for s in samples for _, _, label in s.spans)
    for label in sorted(LABELS):
        assert counts[label] > 0, f"no {label} spans at n=2000"


def test_fullwidth_share(data):
    samples, _ = data
    values = [
        s.text[a:b] for s in samples for a, b, lab in s.spans if lab not in ("PERSON", "EMAIL")
    ]
    wide = sum(any(0xFF01 <= ord(c) <= 0xFF5E for c in v) for v in values)
    assert 0.07 <= wide / len(values) <= 0.2, "full-width share out of range"


def test_deterministic():
    a, ka = generate_heldout17(300, 7)
    b, kb = generate_heldout17(300, 7)
    c, kc = generate_heldout17(300, 8)
    assert a == b and ka == kb
    assert [s.text for s in a] != [s.text for s in c]
    assert ka != kc
