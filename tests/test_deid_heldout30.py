"""Tests of the held-out set 30 generator (gold validity, determinism, coverage).

Messages carry sample indices and labels only: the values are look-alike personal data.
"""

import re
import unicodedata
from collections import Counter
from functools import cache

from pipelines.deid.evaluation.heldout30 import generate_heldout30
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
_ADDRESS = re.compile(
    r"\d{0,5}\D{2}[市縣]\D{1,3}?[區鄉鎮市]\D*?(?:\d+\D+?)*\d+(?:之\d+)?號"
    r"(?:(?:\d+|[一二三四五六七八九十]+)樓(?:之\d+)?)?"
)
_PASSPORT = re.compile(r"[A-Z]{0,2}\d{7,9}[A-Z]?")
_ID_CAND = re.compile(r"(?i)(?<![a-z0-9])[a-z][a-z0-9](?:[ \-]?\d){8}(?!\d)")
_DIGIT_RUN = re.compile(r"\+?\d(?:[ \-()]{0,2}\d)+")
_CN_DATE = re.compile(
    r"民國[一二三四五六七八九十]+年[一二三四五六七八九十]+月[一二三四五六七八九十]+日"
)
_DATE = re.compile(r"(?:民國|民)?\d{2,4}(?:年\d{1,2}月\d{1,2}日|[./-]\d{1,2}[./-]\d{1,2})|\d{7}")


@cache
def _data(n: int, seed: int):
    return generate_heldout30(n, seed)


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def _valid(label: str, value: str) -> bool:
    v = _nfkc(value)
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(v)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(v) and not twid.is_valid(v)
    if label == "PHONE":
        if phone.compact(v).startswith("09"):
            return phone.is_valid(v)
        return phone.is_plausible(v)
    if label == "EMAIL":
        return _EMAIL.fullmatch(v) is not None
    if label == "ADDRESS":
        return _ADDRESS.fullmatch(v) is not None
    if label == "TW_NHI_CARD":
        return nhi.is_valid(v)
    if label == "PASSPORT":
        return _PASSPORT.fullmatch(v) is not None and not twid.is_valid(v) and not arc.is_valid(v)
    if label == "CREDIT_CARD":
        return creditcard.is_valid(v)
    if label == "BIRTH_DATE":
        return _DATE.fullmatch(v) is not None or _CN_DATE.fullmatch(v) is not None
    if label == "PERSON":
        return len(v) >= 2 and not any(ch.isdigit() for ch in v)
    return False


def _id_hits(text: str) -> list[str]:
    """Labels of valid national IDs / resident certificates in ``text``."""
    hits = []
    for m in _ID_CAND.finditer(_nfkc(text)):
        if twid.is_valid(m.group()):
            hits.append("TW_NATIONAL_ID")
        elif arc.is_valid(m.group()):
            hits.append("TW_RESIDENT_CERT")
    return hits


def _card_hits(text: str) -> int:
    return sum(creditcard.is_valid(m.group()) for m in _DIGIT_RUN.finditer(_nfkc(text)))


def _mobile_hits(text: str) -> int:
    count = 0
    for m in _DIGIT_RUN.finditer(_nfkc(text)):
        digits = re.sub(r"\D", "", m.group())
        windows = [digits[i : i + 10] for i in range(max(0, len(digits) - 9))]
        if phone.is_mobile(m.group()) or any(
            w.startswith("09") and phone.is_mobile(w) for w in windows
        ):
            count += 1
    return count


def _masked(text: str, spans) -> str:
    chars = list(text)
    for start, end, _ in spans:
        for i in range(start, end):
            chars[i] = "■"
    return "".join(chars)


def test_spans_well_formed():
    samples, _ = _data(2000, 1)
    for i, s in enumerate(samples):
        prev_end = 0
        for start, end, label in s.spans:
            assert label in LABELS, (i, label)
            assert 0 <= start < end <= len(s.text), (i, label)
            assert start >= prev_end, (i, label, "overlap or unsorted")
            value = s.text[start:end]
            assert value == value.strip(), (i, label, "not stripped")
            prev_end = end


def test_span_values_valid():
    samples, _ = _data(2000, 1)
    for i, s in enumerate(samples):
        for start, end, label in s.spans:
            assert _valid(label, s.text[start:end]), (i, label)


def test_known_person_matches_list():
    samples, known = _data(2000, 1)
    known_set = set(known)
    assert len(known_set) == len(known)
    mentioned: set[str] = set()
    flags = []
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        assert len(persons) == len(s.known_person), i
        for name, flag in zip(persons, s.known_person, strict=True):
            assert (name in known_set) == flag, (i, "PERSON")
            flags.append(flag)
            if flag:
                mentioned.add(name)
    share = sum(flags) / len(flags)
    assert 0.35 <= share <= 0.65, share
    assert len(known_set - mentioned) >= len(known) // 10  # list holds unmentioned names


def test_negatives_clean():
    samples, _ = _data(2000, 1)
    negatives = [(i, s) for i, s in enumerate(samples) if s.hard_negative]
    assert 0.18 <= len(negatives) / len(samples) <= 0.32
    for i, s in negatives:
        assert not s.spans and not s.known_person, i
        assert not _id_hits(s.text), (i, "ID/ARC")
        assert not _card_hits(s.text), (i, "CREDIT_CARD")
        assert "@" not in _nfkc(s.text), (i, "EMAIL")
        assert not _mobile_hits(s.text), (i, "PHONE")


def test_positives_clean_outside_spans():
    samples, _ = _data(2000, 1)
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        assert s.spans, i
        rest = _masked(s.text, s.spans)
        assert not _id_hits(rest), (i, "ID/ARC")
        assert not _card_hits(rest), (i, "CREDIT_CARD")
        assert "@" not in _nfkc(rest), (i, "EMAIL")


def test_full_width_share():
    samples, _ = _data(2000, 1)
    values = [s.text[a:b] for s in samples for a, b, label in s.spans if label not in ("PERSON",)]
    fw = sum(any("\uff01" <= ch <= "\uff5e" for ch in v) for v in values)
    assert 0.07 <= fw / len(values) <= 0.2, fw / len(values)


def test_deterministic_and_seed_sensitive():
    a, ka = generate_heldout30(300, 7)
    b, kb = generate_heldout30(300, 7)
    c, kc = generate_heldout30(300, 8)
    assert a == b and ka == kb
    assert a != c and ka != kc
    assert len(a) == 300


def test_label_counts_nonzero():
    samples, _ = _data(2000, 1)
    counts = Counter(label for s in samples for _, _, label in s.spans)
    for label in sorted(LABELS):
        assert counts[label] > 0, label
