"""Tests of the held-out set 28 generator only (its gold labels), never of any scanner.

Assertion messages carry sample indices and labels only: the values are look-alike personal
data and must not end up in test logs.
"""

import datetime as dt
import re
import unicodedata
from collections import Counter
from functools import cache

import pytest

from pipelines.deid.evaluation.heldout28 import generate_heldout28
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
SEED = 1

_HALF = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_ID_WINDOW = re.compile(r"(?<!\d)(?=([A-Z][A-Z0-9]\d{8})(?!\d))")
_DIGIT_RUN = re.compile(r"(?<!\d)\d{13,19}(?!\d)")
_MOBILE = re.compile(r"(?<!\d)(?:\+?886|0)9\d{8}(?!\d)")
_ADDRESS = re.compile(
    r"(?:\d{3})?[臺台]?\S{1,2}[市縣]\S{1,3}?[區鄉鎮市]\S*?"
    r"\d+(?:之\d+)?號(?:\d+樓(?:之\d+)?|\d+F|之\d+)?"
)
_PASSPORT = re.compile(r"\d{9}|[A-Z]\d{7}|P\d{7}[A-Z]|[A-Z]{2}\d{7}")
_ROLE_WORDS = ("先生", "小姐", "女士", "同學", "老師", "船長", "船主", "申請人", "旅客")
_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
_BIRTH_FORMS = [
    (re.compile(r"(?:民國|民)?(\d{2,3})年(\d{1,2})月(\d{1,2})日"), "roc"),
    (re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日"), "ymd"),
    (re.compile(r"(?:民國|民)?(\d{2,3})[./](\d{1,2})[./](\d{1,2})"), "roc"),
    (re.compile(r"(\d{3})(\d{2})(\d{2})"), "roc"),
    (re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"), "ymd"),
    (re.compile(r"(\d{4})(\d{2})(\d{2})"), "ymd"),
    (re.compile(r"(\d{2})/(\d{2})/(\d{4})"), "dmy"),
    (re.compile(r"(\d{2}) ([A-Z]{3}) (\d{4})"), "dmy"),
]


@cache
def _data(n: int = N, seed: int = SEED):
    return generate_heldout28(n, seed)


def _half(text: str) -> str:
    """Full-width ASCII to ASCII, one character for one (offsets are kept)."""
    return text.translate(_HALF)


def _compact(text: str, drop: str = " -\t()") -> tuple[str, list[int]]:
    """Upper-cased half-width text without separators, with each kept character's offset."""
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(_half(text).upper()):
        if ch not in drop:
            chars.append(ch)
            offsets.append(i)
    return "".join(chars), offsets


def _id_hits(text: str) -> list[tuple[int, int]]:
    """Valid national IDs, resident certificates, card numbers and e-mails, as offsets."""
    compact, offsets = _compact(text)
    hits = []
    for m in _ID_WINDOW.finditer(compact):
        if twid.is_valid(m.group(1)) or arc.is_valid(m.group(1)):
            hits.append((offsets[m.start(1)], offsets[m.end(1) - 1] + 1))
    for m in _DIGIT_RUN.finditer(compact):
        if creditcard.is_valid(m.group()):
            hits.append((offsets[m.start()], offsets[m.end() - 1] + 1))
    hits += [(m.start(), m.end()) for m in _EMAIL.finditer(_half(text))]
    return hits


def _mobile_hits(text: str) -> list[tuple[int, int]]:
    compact, offsets = _compact(text, " -\t().")
    return [
        (offsets[m.start()], offsets[m.end() - 1] + 1)
        for m in _MOBILE.finditer(compact)
        if phone.is_valid(m.group())
    ]


def _birth_date(value: str) -> dt.date | None:
    v = unicodedata.normalize("NFKC", value).upper()
    for pattern, kind in _BIRTH_FORMS:
        m = pattern.fullmatch(v)
        if not m:
            continue
        a, b, c = m.groups()
        if kind == "roc":
            y, mo, d = int(a) + 1911, int(b), int(c)
        elif kind == "ymd":
            y, mo, d = int(a), int(b), int(c)
        else:
            mo = _MONTHS.index(b) + 1 if b.isalpha() else int(b)
            y, d = int(c), int(a)
        try:
            return dt.date(y, mo, d)
        except ValueError:
            return None
    return None


def _value_ok(label: str, value: str) -> bool:
    norm = unicodedata.normalize("NFKC", value)
    if label == "PERSON":
        return (
            0 < len(value) <= 40
            and not any(ch.isdigit() for ch in norm)
            and not any(norm.startswith(w) or norm.endswith(w) for w in _ROLE_WORDS)
            and not any(ch in norm for ch in "：:，,（）()")
        )
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value)
    if label == "PHONE":
        if phone.compact(value).startswith("09"):
            return phone.is_valid(value)
        return phone.is_valid(value) or phone.is_plausible(value)
    if label == "EMAIL":
        return _EMAIL.fullmatch(norm) is not None
    if label == "ADDRESS":
        return _ADDRESS.fullmatch(norm) is not None
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        return _PASSPORT.fullmatch(norm.upper()) is not None
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        born = _birth_date(value)
        return born is not None and 1920 <= born.year <= 2020
    return False


def test_spans_are_in_range_sorted_stripped_and_labelled():
    samples, _ = _data()
    assert len(samples) == N
    for i, s in enumerate(samples):
        end_prev = 0
        for start, end, label in s.spans:
            assert label in LABELS, (i, label)
            assert end_prev <= start < end <= len(s.text), (i, label)
            piece = s.text[start:end]
            assert piece == piece.strip(), (i, label)
            end_prev = end
        if not s.hard_negative:
            assert s.spans, i


def test_every_span_holds_a_valid_value_of_its_label():
    samples, _ = _data()
    for i, s in enumerate(samples):
        for start, end, label in s.spans:
            assert _value_ok(label, s.text[start:end]), (i, label)


def test_known_person_matches_the_known_list():
    samples, known = _data()
    known_set = set(known)
    assert len(known_set) == len(known)
    flags: list[bool] = []
    mentioned: set[str] = set()
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        assert len(s.known_person) == len(persons), i
        for j, (name, flag) in enumerate(zip(persons, s.known_person, strict=True)):
            assert flag == (name in known_set), (i, j, "PERSON")
            if flag:
                mentioned.add(name)
        flags += s.known_person
    share = sum(flags) / len(flags)
    assert 0.35 <= share <= 0.65, share
    assert len(known_set - mentioned) > 0  # the list also holds names never mentioned


def test_hard_negatives_hold_no_personal_values():
    samples, _ = _data()
    negatives = [i for i, s in enumerate(samples) if s.hard_negative]
    assert 0.18 <= len(negatives) / len(samples) <= 0.32
    for i in negatives:
        s = samples[i]
        assert s.spans == [] and s.known_person == [], i
        assert _id_hits(s.text) == [], (i, "ID/ARC/CARD/EMAIL")
        assert _mobile_hits(s.text) == [], (i, "PHONE")


def test_positives_hold_no_identifier_outside_their_spans():
    samples, _ = _data()
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        for a, b in _id_hits(s.text):
            inside = any(start <= a and b <= end for start, end, _ in s.spans)
            assert inside, (i, "ID/ARC/CARD/EMAIL outside spans")


def test_same_seed_same_output_and_different_seed_differs():
    a = generate_heldout28(150, 7)
    b = generate_heldout28(150, 7)
    c = generate_heldout28(150, 8)
    assert a == b
    assert [s.text for s in a[0]] != [s.text for s in c[0]]


def test_label_counts_are_all_non_zero():
    samples, _ = _data()
    counts = Counter(label for s in samples for *_, label in s.spans)
    for label in LABELS:
        assert counts[label] > 0, label


@pytest.mark.parametrize("label", sorted(LABELS - {"PERSON"}))
def test_about_an_eighth_of_values_are_full_width(label):
    samples, _ = _data()
    values = [s.text[a:b] for s in samples for a, b, lab in s.spans if lab == label]
    full = sum(any(0xFF01 <= ord(ch) <= 0xFF5E for ch in v) for v in values)
    assert 0.03 <= full / len(values) <= 0.3, label


def test_genres_and_name_forms_are_varied():
    samples, _ = _data()
    texts = [s.text for s in samples]
    genres = [("關", "旅客"), ("住宅", "報修"), ("鑑定", "身心障礙"), ("漁",), ("過敏",), ("調",)]
    for markers in genres:
        assert sum(any(m in t for m in markers) for t in texts) > 150, markers
    persons = [s.text[a:b] for s in samples for a, b, lab in s.spans if lab == "PERSON"]
    assert any("‧" in p or "·" in p for p in persons)
    assert any(p.isascii() for p in persons)
    assert len(set(persons)) > 1000
