"""Tests of the held-out set 31 generator (never of a scanner).

Assertion messages carry sample indices and labels only: the values are look-alike personal data.
"""

import datetime
import re
import unicodedata
from functools import cache

from pipelines.deid.evaluation.heldout31 import generate_heldout31
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
_CN = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_ADDRESS = re.compile(
    r"(?:\(?\d{3,6}\)?\s?)?[臺台]?\S{1,3}[市縣]\S{1,4}[區市鎮鄉]\S*?\d+(?:之\d+)?號"
    r"(?:(?:\d+|[一二三四五六七八九十]+)樓|\d+F)?(?:之\d+)?"
)
_PASSPORT = re.compile(r"[A-Z]{0,2}\s?\d{7,9}[A-Z]?")
_PERSON = re.compile(r"[\u4e00-\u9fff‧·]{2,12}|[A-Za-z]+(?: [A-Za-z]+){1,3}")
_ID_WINDOW = re.compile(r"(?=([A-Z][0-9A-D][0-9]{8}))")
_DIGIT_RUN = re.compile(r"\d[\d \-]{10,}\d")
_MOBILE = re.compile(r"(?:\+886|(?<!\d)0)[\s\-]?9(?:[\s\-.()]?\d){8}(?!\d)")


@cache
def data(n: int = 2000, seed: int = 1):
    return generate_heldout31(n, seed)


def _cn_number(s: str) -> int:
    if "十" in s:
        tens, _, units = s.partition("十")
        return (_CN[tens] if tens else 1) * 10 + (_CN[units] if units else 0)
    return _CN[s]


def _birth_date_ok(value: str) -> bool:
    v = unicodedata.normalize("NFKC", value)
    m = re.fullmatch(r"(?:民國)?(\d{2,4})年(\d{1,2})月(\d{1,2})日", v)
    m = m or re.fullmatch(r"(\d{2,4})[./\-](\d{1,2})[./\-](\d{1,2})", v)
    m = m or re.fullmatch(r"(\d{3})(\d{2})(\d{2})", v)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = re.fullmatch(
            r"民國([〇一二三四五六七八九十]+)年([〇一二三四五六七八九十]+)月([〇一二三四五六七八九十]+)日",
            v,
        )
        if not m:
            return False
        y, mo, d = (_cn_number(g) for g in m.groups())
    if y < 200:
        y += 1911
    try:
        return 1900 <= datetime.date(y, mo, d).year <= 2010
    except ValueError:
        return False


def _valid(label: str, value: str) -> bool:
    v = unicodedata.normalize("NFKC", value)
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
        return _birth_date_ok(value)
    if label == "PERSON":
        return _PERSON.fullmatch(v) is not None
    return False


def _strays(text: str, spans) -> list[str]:
    """Kinds of valid ID / certificate / card / e-mail / mobile found outside ``spans``."""
    norm = unicodedata.normalize("NFKC", text)
    assert len(norm) == len(text)
    chars = list(norm.upper())
    for s, e, _ in spans:
        chars[s:e] = "■" * (e - s)
    masked = "".join(chars)
    found = []
    for m in _ID_WINDOW.finditer(masked):
        if twid.is_valid(m.group(1)):
            found.append("TW_NATIONAL_ID")
        if arc.is_valid(m.group(1)):
            found.append("TW_RESIDENT_CERT")
    found += ["CREDIT_CARD" for m in _DIGIT_RUN.finditer(masked) if creditcard.is_valid(m[0])]
    if "@" in masked or _EMAIL.search(masked):
        found.append("EMAIL")
    found += ["MOBILE" for m in _MOBILE.finditer(masked) if phone.is_mobile(m.group(0))]
    return found


def test_every_span_holds_a_valid_value():
    samples, _ = data()
    bad = []
    for i, s in enumerate(samples):
        for a, b, label in s.spans:
            assert label in LABELS, (i, label)
            if not _valid(label, s.text[a:b]):
                bad.append((i, label))
    assert not bad, bad[:20]


def test_spans_in_range_sorted_non_overlapping_and_stripped():
    samples, _ = data()
    for i, s in enumerate(samples):
        end = 0
        for a, b, label in s.spans:
            assert 0 <= a < b <= len(s.text), (i, label)
            assert a >= end, (i, label, "overlap or unsorted")
            end = b
            value = s.text[a:b]
            assert value == value.strip(), (i, label, "not stripped")


def test_known_person_flags_match_the_list():
    samples, known = data()
    known_set = set(known)
    assert len(known_set) == len(known)
    mentioned = set()
    flags = []
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        assert len(s.known_person) == len(persons), i
        for name, flag in zip(persons, s.known_person, strict=True):
            assert flag == (name in known_set), (i, "PERSON")
            flags.append(flag)
            mentioned.add(name)
    share = sum(flags) / len(flags)
    assert 0.35 <= share <= 0.65, share
    assert known_set - mentioned, "the known list must also hold never-mentioned names"


def test_negatives_have_no_spans_and_no_identifiers():
    samples, _ = data()
    negatives = [i for i, s in enumerate(samples) if s.hard_negative]
    assert 0.18 <= len(negatives) / len(samples) <= 0.32
    for i in negatives:
        s = samples[i]
        assert not s.spans and not s.known_person, i
        assert not _strays(s.text, []), (i, _strays(s.text, []))


def test_positives_have_spans_and_no_identifiers_outside_them():
    samples, _ = data()
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        assert s.spans, i
        found = _strays(s.text, s.spans)
        assert not found, (i, found)


def test_fullwidth_share():
    samples, _ = data()
    values = [s.text[a:b] for s in samples for a, b, label in s.spans if label != "PERSON"]
    wide = sum(any("\uff01" <= ch <= "\uff5e" for ch in v) for v in values)
    assert 0.07 <= wide / len(values) <= 0.2, wide / len(values)


def test_deterministic_per_seed():
    a = generate_heldout31(150, 7)
    b = generate_heldout31(150, 7)
    c = generate_heldout31(150, 8)
    assert a == b
    assert a != c
    assert len(a[0]) == 150


def test_label_counts_all_non_zero():
    samples, _ = data()
    counts = dict.fromkeys(LABELS, 0)
    for s in samples:
        for _, _, label in s.spans:
            counts[label] += 1
    assert all(counts.values()), [k for k, v in counts.items() if not v]
