"""Tests of the held-out set 24 generator (its gold labels), never of a scanner.

Assertion messages carry sample indices and labels only: values are look-alike personal data.
"""

import datetime
import re
from collections import Counter
from functools import cache

from pipelines.deid.evaluation.heldout24 import generate_heldout24
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
def _data(n: int = 2000, seed: int = 1):
    return generate_heldout24(n, seed)


def _ascii(s: str) -> str:
    out = []
    for c in s:
        o = ord(c)
        out.append(chr(o - 0xFEE0) if 0xFF01 <= o <= 0xFF5E else (" " if c == "\u3000" else c))
    return "".join(out)


_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
_ADDRESS = re.compile(
    r"^(?:\d{3})?[\u4e00-\u9fff]{2}[市縣][\u4e00-\u9fff]{1,3}[區鄉鎮市]"
    r"(?:[\u4e00-\u9fff]{2}[里村](?:\d+鄰)?)?[\u4e00-\u9fff]{1,5}[路街](?:[一二三四五]段)?"
    r"(?:\d+巷)?(?:\d+弄)?\d+(?:之\d+)?號(?:\d+樓(?:之\d+)?)?$"
)
_PASSPORT = re.compile(r"^(?:\d{9}|[A-Z]\d{7}|[A-Z]\d{7}[A-Z]|[A-Z]{2}\d{7})$")
_HONORIFICS = ("先生", "小姐", "女士", "老師", "阿嬤", "阿公", "同學", "主任")


def _date_ok(v: str) -> bool:
    v = _ascii(v)
    pats = [
        (r"(?:民國)?(\d{2,3})年(\d{1,2})月(\d{1,2})日", True),
        (r"(\d{2,3})[/.](\d{1,2})[/.](\d{1,2})", True),
        (r"(\d{3})(\d{2})(\d{2})", True),
        (r"(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})", False),
        (r"(\d{4})年(\d{1,2})月(\d{1,2})日", False),
    ]
    for pat, roc in pats:
        m = re.fullmatch(pat, v)
        if m:
            y, mo, d = (int(x) for x in m.groups())
            y = y + 1911 if roc else y
            try:
                day = datetime.date(y, mo, d)
            except ValueError:
                return False
            return datetime.date(1900, 1, 1) <= day <= datetime.date(2024, 12, 31)
    return False


def _valid(label: str, v: str) -> bool:
    a = _ascii(v)
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(v) and not arc.is_valid(v)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(v) and not twid.is_valid(v)
    if label == "CREDIT_CARD":
        return creditcard.is_valid(v)
    if label == "TW_NHI_CARD":
        return nhi.is_valid(v)
    if label == "PHONE":
        if phone.compact(v).startswith("09"):
            return phone.is_valid(v)
        return phone.is_plausible(v)
    if label == "EMAIL":
        return bool(_EMAIL.match(a))
    if label == "ADDRESS":
        return bool(_ADDRESS.match(a))
    if label == "PASSPORT":
        return bool(_PASSPORT.match(a)) and not twid.is_valid(a) and not arc.is_valid(a)
    if label == "BIRTH_DATE":
        return _date_ok(v)
    if label == "PERSON":
        return (
            1 < len(v) <= 30
            and not re.search(r"[0-9０-９@]", v)
            and not v.endswith(_HONORIFICS)
            and "\n" not in v
        )
    return False


_ID_LIKE = re.compile(r"(?=([A-Za-z][A-Za-z0-9][0-9]{8}))")
_DIGITS = re.compile(r"[0-9](?:[ \-.]?[0-9])*")


def _leaks(text: str, mobile: bool) -> list[str]:
    """Kinds of valid personal identifiers found anywhere in ``text``."""
    t = _ascii(text)
    found = []
    if "@" in t:
        found.append("EMAIL")
    for m in _ID_LIKE.finditer(t):
        if twid.is_valid(m.group(1)):
            found.append("TW_NATIONAL_ID")
        if arc.is_valid(m.group(1)):
            found.append("TW_RESIDENT_CERT")
    for m in _DIGITS.finditer(t):
        d = re.sub(r"\D", "", m.group(0))
        for size in range(13, 20):
            for i in range(len(d) - size + 1):
                if creditcard.is_valid(d[i : i + size]):
                    found.append("CREDIT_CARD")
        if mobile and re.search(r"(?:0|886)9\d{8}", d):
            found.append("PHONE")
    return found


def test_spans_in_range_sorted_stripped_and_non_overlapping():
    samples, _ = _data()
    for i, s in enumerate(samples):
        last = 0
        for a, e, label in s.spans:
            assert label in LABELS, (i, label)
            assert 0 <= a < e <= len(s.text), (i, label)
            assert a >= last, (i, label)
            last = e
            stripped = s.text[a:e] == s.text[a:e].strip()
            assert stripped, (i, label)


def test_every_span_holds_a_valid_value():
    samples, _ = _data()
    for i, s in enumerate(samples):
        for a, e, label in s.spans:
            ok = _valid(label, s.text[a:e])
            assert ok, (i, label)


def test_span_boundaries_do_not_cut_tokens():
    samples, _ = _data()
    for i, s in enumerate(samples):
        for a, e, label in s.spans:
            if label == "PERSON":
                continue
            before = _ascii(s.text[a - 1]) if a else " "
            after = _ascii(s.text[e]) if e < len(s.text) else " "
            glued = (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum())
            assert not glued, (i, label)


def test_known_person_matches_the_list():
    samples, known = _data()
    known_set = set(known)
    assert len(known_set) == len(known)
    mentioned = set()
    flags = []
    for i, s in enumerate(samples):
        persons = [s.text[a:e] for a, e, label in s.spans if label == "PERSON"]
        assert len(persons) == len(s.known_person), i
        for name, flag in zip(persons, s.known_person, strict=True):
            agrees = (name in known_set) == flag
            assert agrees, (i, "PERSON")
            flags.append(flag)
            mentioned.add(name)
    share = sum(flags) / len(flags)
    assert 0.35 < share < 0.65, share
    unmentioned = len(known_set - mentioned)
    assert unmentioned > 0, "the known list should hold names never mentioned"


def test_hard_negatives_hold_no_spans_and_no_valid_identifiers():
    samples, _ = _data()
    negatives = [i for i, s in enumerate(samples) if s.hard_negative]
    assert 0.18 < len(negatives) / len(samples) < 0.32
    for i in negatives:
        s = samples[i]
        empty = s.spans == [] and s.known_person == []
        assert empty, i
        found = _leaks(s.text, mobile=True)
        assert found == [], (i, found)


def test_positive_texts_hold_no_identifier_outside_spans():
    samples, _ = _data()
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        has_spans = bool(s.spans)
        assert has_spans, i
        chars = list(s.text)
        for a, e, _ in s.spans:
            chars[a:e] = ["□"] * (e - a)
        found = _leaks("".join(chars), mobile=False)
        assert found == [], (i, found)


def test_deterministic_per_seed_and_seeds_differ():
    a = generate_heldout24(200, 7)
    b = generate_heldout24(200, 7)
    c = generate_heldout24(200, 8)
    same = [(s.text, s.spans, s.hard_negative, s.known_person) for s in a[0]] == [
        (s.text, s.spans, s.hard_negative, s.known_person) for s in b[0]
    ]
    assert same
    same_known = a[1] == b[1]
    assert same_known
    differ = [s.text for s in a[0]] != [s.text for s in c[0]]
    assert differ
    assert len(a[0]) == 200


def test_label_counts_and_fullwidth_share():
    samples, _ = _data()
    counts = Counter(label for s in samples for *_, label in s.spans)
    for label in sorted(LABELS):
        assert counts[label] > 0, label
    structured = [s.text[a:e] for s in samples for a, e, label in s.spans if label != "PERSON"]
    wide = sum(any(0xFF01 <= ord(c) <= 0xFF5E for c in v) for v in structured)
    assert 0.07 < wide / len(structured) < 0.2
