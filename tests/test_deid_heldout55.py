"""Tests of the held-out set 55 generator (never of any scanner).

Messages carry sample indices and labels only: the values look like personal data.
"""

import re
import unicodedata
from collections import Counter
from datetime import date

import pytest

from pipelines.deid.evaluation.heldout55 import generate_heldout55
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
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_PASSPORT = re.compile(r"3\d{8}|[A-Z]\d{7}|P\d{7}[A-Z]|[A-Z]{2}\d{7}")
_ADDRESS = re.compile(r"^(?:\d{3,5})?(?:\S{2}[市縣])?\S{1,3}[區鄉鎮市].*?\d+(?:之\d+)?號")
_ADDRESS_END = re.compile(r"號(?:(?:\d+|[一二三四五六七八九十]+)樓(?:之\d+)?)?$")
_HONORIFICS = ("先生", "小姐", "女士", "同學", "教授", "里長", "申請人")
_ROC_OR_WEST = re.compile(r"(?:民國|民)?(\d{2,4})[年./\-](\d{1,2})[月./\-](\d{1,2})日?")
_DAY_FIRST = re.compile(r"(\d{2})/(\d{2})/(\d{4})")


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def _birth_ok(value: str) -> bool:
    v = _nfkc(value)
    if m := _ROC_OR_WEST.fullmatch(v):
        y, mo, d = (int(g) for g in m.groups())
        y = y if y >= 1900 else y + 1911
    elif m := _DAY_FIRST.fullmatch(v):
        d, mo, y = (int(g) for g in m.groups())
    else:
        return False
    try:
        return 1900 <= date(y, mo, d).year <= 2010
    except ValueError:
        return False


def _valid(label: str, value: str) -> bool:
    v = _nfkc(value)
    checks = {
        "PERSON": lambda: (
            bool(v) and not v.endswith(_HONORIFICS) and not any(c.isdigit() for c in v)
        ),
        "TW_NATIONAL_ID": lambda: twid.is_valid(value),
        "TW_RESIDENT_CERT": lambda: arc.is_valid(value),
        "PHONE": lambda: phone.is_valid(value) or phone.is_plausible(value),
        "EMAIL": lambda: _EMAIL.fullmatch(v) is not None,
        "ADDRESS": lambda: _ADDRESS.match(v) is not None and _ADDRESS_END.search(v) is not None,
        "TW_NHI_CARD": lambda: nhi.is_valid(value),
        "PASSPORT": lambda: _PASSPORT.fullmatch(v) is not None,
        "CREDIT_CARD": lambda: creditcard.is_valid(value),
        "BIRTH_DATE": lambda: _birth_ok(value),
    }
    return checks[label]()


def _masked(text: str, spans) -> str:
    chars = list(text)
    for start, end, _ in spans:
        chars[start:end] = "□" * (end - start)
    return "".join(chars)


def _stray_kinds(text: str, spans) -> set[str]:
    """Kinds of identifiers found in the text outside the spans."""
    found: set[str] = set()
    rest = _nfkc(_masked(text, spans))
    if "@" in rest:
        found.add("EMAIL")
    for m in re.finditer(r"(?=([A-Za-z][A-Za-z0-9]\d{8}))", rest):
        if twid.is_valid(m.group(1)):
            found.add("TW_NATIONAL_ID")
        if arc.is_valid(m.group(1)):
            found.add("TW_RESIDENT_CERT")
    for m in re.finditer(r"\+?\d(?:[ \-().]?\d)+", rest):
        digits = re.sub(r"\D", "", m.group(0))
        if phone.is_mobile(m.group(0)):
            found.add("MOBILE")
        for i in range(len(digits)):
            if digits.startswith("09", i) and phone.is_mobile(digits[i : i + 10]):
                found.add("MOBILE")
            for k in range(13, 20):
                if i + k <= len(digits) and creditcard.is_valid(digits[i : i + k]):
                    found.add("CREDIT_CARD")
    return found


@pytest.fixture(scope="module")
def big():
    return generate_heldout55(2000, 1)


def test_spans_in_range_sorted_stripped_and_valid(big):
    samples, _ = big
    for i, s in enumerate(samples):
        last_end = 0
        for start, end, label in s.spans:
            assert label in LABELS, f"sample {i}: unknown label {label}"
            assert 0 <= start < end <= len(s.text), f"sample {i} {label}: out of range"
            assert start >= last_end, f"sample {i} {label}: overlapping or unsorted"
            last_end = end
            value = s.text[start:end]
            assert value == value.strip(), f"sample {i} {label}: not stripped"
            assert _valid(label, value), f"sample {i} {label}: invalid value"


def test_known_person_flags_match_list(big):
    samples, known = big
    known_set = set(known)
    assert len(known_set) == len(known)
    mentioned: set[str] = set()
    flags: list[bool] = []
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        assert len(persons) == len(s.known_person), f"sample {i}: flag count"
        for name, flag in zip(persons, s.known_person, strict=True):
            assert (name in known_set) == flag, f"sample {i} PERSON: known flag"
        mentioned.update(persons)
        flags.extend(s.known_person)
    assert known_set - mentioned, "the list must hold names never mentioned"
    assert 0.4 <= sum(flags) / len(flags) <= 0.6


def test_negatives_have_no_spans_and_no_lookalike_values(big):
    samples, known = big
    negatives = [(i, s) for i, s in enumerate(samples) if s.hard_negative]
    assert 0.2 <= len(negatives) / len(samples) <= 0.3
    for i, s in negatives:
        assert not s.spans and not s.known_person, f"sample {i}: negative with spans"
        assert not _stray_kinds(s.text, []), (
            f"sample {i}: negative holds {_stray_kinds(s.text, [])}"
        )
        assert not any(name in s.text for name in known), f"sample {i}: negative holds a name"


def test_positives_hold_no_identifier_outside_spans(big):
    samples, known = big
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        assert s.spans, f"sample {i}: positive without spans"
        stray = _stray_kinds(s.text, s.spans)
        assert not stray, f"sample {i}: unlabelled {sorted(stray)}"
        rest = _masked(s.text, s.spans)
        assert not any(name in rest for name in known), f"sample {i}: unlabelled PERSON"


def test_label_counts_and_fullwidth_share(big):
    samples, _ = big
    counts = Counter(label for s in samples for *_, label in s.spans)
    for label in sorted(LABELS):
        assert counts[label] > 0, f"no {label}"
    spans = [(s.text, a, b) for s in samples for a, b, _ in s.spans]
    wide = sum(1 for t, a, b in spans if _nfkc(t[a:b]) != t[a:b])
    assert 0.07 <= wide / len(spans) <= 0.2


def test_deterministic_per_seed():
    a, ka = generate_heldout55(150, 42)
    b, kb = generate_heldout55(150, 42)
    c, _ = generate_heldout55(150, 43)
    assert ka == kb
    assert [(s.text, s.spans, s.hard_negative, s.known_person) for s in a] == [
        (s.text, s.spans, s.hard_negative, s.known_person) for s in b
    ]
    assert [s.text for s in a] != [s.text for s in c]
