"""Tests of the held-out set 50 generator (its gold labels), never of a scanner.

Assertion messages carry sample indices and labels only: the values look like personal data.
"""

import datetime as dt
import re
from collections import Counter

import pytest

from pipelines.deid.evaluation.heldout50 import generate_heldout50
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
HALF = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
ID_WINDOW = re.compile(r"(?=([A-Za-z][A-Za-z0-9]\d{8}))")
DIGIT_RUN = re.compile(r"\d+(?:[ -]\d+)*")
MOBILE_WINDOW = re.compile(r"(?=((?:\+?886[ -]?|0)?9\d{2}[ -]?\d{3}[ -]?\d{3}))")
PASSPORT = re.compile(r"\d{9}|[A-Z]\d{7}|[A-Z]{2}\d{7}|[A-Z]\d{7}[A-Z]|[A-Z]\d{8}")
ADDRESS = re.compile(
    r"(?:\d{3}(?:\d{2})?\s?)?[臺台]?[\u4e00-\u9fff]{1,2}[市縣][\u4e00-\u9fff]{1,3}[區鄉鎮市]"
    r"[\u4e00-\u9fff0-9之巷弄鄰段]*?\d+(?:之\d+)?號(?:\d+樓|[一二三四五六七八九十]+樓|\d+F)?(?:之\d+)?"
)
HONORIFICS = ("先生", "小姐", "女士", "申請人", "陳情人")
CN = {c: i for i, c in enumerate("〇一二三四五六七八九")}
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def _half(s: str) -> str:
    return s.translate(HALF)


def _cn(s: str) -> int:
    if s.isdigit():
        return int(s)
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (CN[tens] if tens else 1) * 10 + (CN[ones] if ones else 0)
    return int("".join(str(CN[c]) for c in s))


def _birth_date(value: str) -> dt.date | None:
    v = _half(value)
    roc = r"[0-9〇一二三四五六七八九十]+"
    patterns = (
        (r"(\d{4})年(\d{1,2})月(\d{1,2})日", "ymd"),
        (rf"(?:民國)?({roc})年({roc})月({roc})日", "roc"),
        (r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", "ymd"),
        (r"(\d{1,2})/(\d{1,2})/(\d{4})", "dmy"),
        (r"(\d{2,3})[-/.](\d{1,2})[-/.](\d{1,2})", "roc"),
        (r"(\d{3})(\d{2})(\d{2})", "roc"),
        (r"(\d{1,2}) ([A-Za-z]{3}) (\d{4})", "dmon"),
    )
    for pat, kind in patterns:
        m = re.fullmatch(pat, v)
        if not m:
            continue
        a, b, c = m.groups()
        try:
            if kind == "roc":
                y, mo, d = _cn(a) + 1911, _cn(b), _cn(c)
            elif kind == "ymd":
                y, mo, d = int(a), int(b), int(c)
            elif kind == "dmy":
                y, mo, d = int(c), int(b), int(a)
            else:
                y, mo, d = int(c), MONTHS.index(b.upper()) + 1, int(a)
            return dt.date(y, mo, d)
        except (ValueError, KeyError):
            return None
    return None


def _valid(label: str, value: str) -> bool:
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value) and not twid.is_valid(value)
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PHONE":
        compact = phone.compact(value)
        if compact.startswith("09"):
            return phone.is_mobile(value)
        return phone.is_plausible(value)
    if label == "EMAIL":
        return EMAIL.fullmatch(_half(value)) is not None
    if label == "ADDRESS":
        return ADDRESS.fullmatch(_half(value)) is not None
    if label == "PASSPORT":
        v = _half(value)
        return PASSPORT.fullmatch(v) is not None and not twid.is_valid(v) and not arc.is_valid(v)
    if label == "BIRTH_DATE":
        date = _birth_date(value)
        return date is not None and dt.date(1920, 1, 1) <= date <= dt.date(2025, 12, 31)
    if label == "PERSON":
        return (
            bool(value)
            and not re.search(r"\d", _half(value))
            and not value.endswith(HONORIFICS)
            and not value.startswith(HONORIFICS)
        )
    return False


def _inside(s: int, e: int, spans: list[tuple[int, int, str]]) -> bool:
    return any(a <= s and e <= b for a, b, _ in spans)


def _strays(text: str, spans: list[tuple[int, int, str]]) -> set[str]:
    """Kinds of identifier-shaped valid values lying outside every span."""
    t = _half(text)
    found: set[str] = set()
    for m in ID_WINDOW.finditer(t):
        if _inside(m.start(), m.start() + 10, spans):
            continue
        if twid.is_valid(m.group(1)):
            found.add("TW_NATIONAL_ID")
        if arc.is_valid(m.group(1)):
            found.add("TW_RESIDENT_CERT")
    if any(not _inside(m.start(), m.end(), spans) for m in EMAIL.finditer(t)):
        found.add("EMAIL")
    for m in MOBILE_WINDOW.finditer(t):
        w = m.group(1)
        if phone.is_mobile(w) and not _inside(m.start(), m.start() + len(w), spans):
            found.add("MOBILE")
    for m in DIGIT_RUN.finditer(t):
        groups = [
            (m.start() + x.start(), m.start() + x.end()) for x in re.finditer(r"\d+", m.group())
        ]
        for i in range(len(groups)):
            for j in range(i, len(groups)):
                s, e = groups[i][0], groups[j][1]
                digits = re.sub(r"\D", "", t[s:e])
                if len(digits) > 19:
                    break
                if len(digits) >= 13 and creditcard.is_valid(digits) and not _inside(s, e, spans):
                    found.add("CREDIT_CARD")
    return found


@pytest.fixture(scope="module")
def data():
    """The set at n=2000, seed 1, and its known-names list."""
    return generate_heldout50(2000, 1)


def test_labels_known(data):
    """Every span carries one of the ten labels."""
    samples, _ = data
    bad = [(i, lab) for i, s in enumerate(samples) for *_, lab in s.spans if lab not in LABELS]
    assert not bad, f"unknown labels at {bad[:10]}"


def test_span_values_valid(data):
    """Each span holds a valid value of its label."""
    samples, _ = data
    bad = [
        (i, lab)
        for i, s in enumerate(samples)
        for a, b, lab in s.spans
        if not _valid(lab, s.text[a:b])
    ]
    assert not bad, f"invalid gold values (index, label): {bad[:20]}"


def test_spans_in_range_sorted_stripped(data):
    """Spans lie in the text, do not overlap and cover no surrounding whitespace."""
    samples, _ = data
    for i, s in enumerate(samples):
        prev_end = 0
        for a, b, lab in s.spans:
            assert 0 <= a < b <= len(s.text), f"sample {i}: {lab} span out of range"
            assert a >= prev_end, f"sample {i}: {lab} span overlaps or is out of order"
            value = s.text[a:b]
            assert value == value.strip(), f"sample {i}: {lab} span not stripped"
            prev_end = b


def test_known_person_matches_list(data):
    """known_person has one flag per PERSON span, true exactly when the name is listed."""
    samples, known = data
    known_set = set(known)
    assert len(known_set) == len(known)
    mentioned: set[str] = set()
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, lab in s.spans if lab == "PERSON"]
        assert len(s.known_person) == len(persons), f"sample {i}: known_person length"
        for k, (name, flag) in enumerate(zip(persons, s.known_person, strict=True)):
            assert flag == (name in known_set), f"sample {i}: PERSON #{k} known flag wrong"
            if flag:
                mentioned.add(name)
    flags = [f for s in samples for f in s.known_person]
    assert 0.35 < sum(flags) / len(flags) < 0.65, "known share of PERSON mentions far from half"
    assert len(mentioned) < len(known_set), "every listed name is mentioned"


def test_hard_negatives_clean(data):
    """Negatives have no spans and hold no valid ID, certificate, card, e-mail or mobile."""
    samples, _ = data
    negatives = [(i, s) for i, s in enumerate(samples) if s.hard_negative]
    assert 0.18 < len(negatives) / len(samples) < 0.32
    for i, s in negatives:
        assert not s.spans and not s.known_person, f"sample {i}: negative with spans"
        strays = _strays(s.text, [])
        assert not strays, f"sample {i}: negative holds {sorted(strays)}"


def test_positives_no_stray_identifiers(data):
    """Positive texts hold no valid ID, certificate, card or e-mail outside their spans."""
    samples, _ = data
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        assert s.spans, f"sample {i}: positive without spans"
        strays = _strays(s.text, s.spans) - {"MOBILE"}
        assert not strays, f"sample {i}: unlabelled {sorted(strays)}"


def test_label_counts_nonzero(data):
    """All ten labels occur at n=2000."""
    samples, _ = data
    counts = Counter(lab for s in samples for *_, lab in s.spans)
    missing = LABELS - {lab for lab, c in counts.items() if c > 0}
    assert not missing, f"labels never produced: {sorted(missing)}"


def test_some_full_width_values(data):
    """A share of the structured values is written in full-width forms."""
    samples, _ = data
    values = [s.text[a:b] for s in samples for a, b, lab in s.spans if lab != "PERSON"]
    wide = sum(any(0xFF01 <= ord(c) <= 0xFF5E for c in v) for v in values)
    assert 0.06 < wide / len(values) < 0.25


def test_deterministic_per_seed():
    """The same seed gives the same output; different seeds differ."""
    a = generate_heldout50(150, 7)
    b = generate_heldout50(150, 7)
    c = generate_heldout50(150, 8)
    assert a == b
    assert a[0] != c[0]
    assert len(a[0]) == 150
