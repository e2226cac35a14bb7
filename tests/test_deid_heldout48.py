"""Tests of the held-out set 48 generator (gold quality only, no scanner involved).

Failure messages carry sample indices and labels only: the values look like personal data.
"""

import datetime
import re
import unicodedata
from collections import Counter
from functools import cache

from pipelines.deid.evaluation.heldout48 import CITIES, generate_heldout48
from pipelines.deid.identifiers import arc, creditcard, nhi, phone, twid

LABELS = {
    "PERSON", "TW_NATIONAL_ID", "TW_RESIDENT_CERT", "PHONE", "EMAIL", "ADDRESS",
    "TW_NHI_CARD", "PASSPORT", "CREDIT_CARD", "BIRTH_DATE",
}  # fmt: skip
N = 2000


@cache
def _data():
    return generate_heldout48(N, 1)


def _nfkc(value: str) -> str:
    return unicodedata.normalize("NFKC", value)


_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_PASSPORT = re.compile(r"\d{9}|[A-Z]\d{7,8}|[A-Z]{2}\d{7}|P\d{7}[A-Z]")
_ADDRESS = re.compile(
    r"(?:\d{3})?(?P<city>..[市縣])(?:[^\d\s]{1,3}[區鄉鎮市])(?:..[村里])?(?:\d+鄰)?"
    r"[^\s]*?\d+(?:之\d+)?號(?:(?:\d+|[一二三四五六七八九十])樓|\d+F)?(?:之\d+)?"
)
_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
_DATE_FORMS = [
    (re.compile(r"(?:民國)?(\d{2,3})年(\d{1,2})月(\d{1,2})日"), "roc"),
    (re.compile(r"(?:民國)?(\d{2,3})[./](\d{1,2})[./](\d{1,2})"), "roc"),
    (re.compile(r"(\d{4})[./\-年](\d{1,2})[./\-月](\d{1,2})日?"), "west"),
    (re.compile(r"(\d{2})/(\d{2})/(\d{4})"), "dmy"),
    (re.compile(r"(\d{2}) ([A-Z]{3}) (\d{4})"), "dmy"),
]


def _birth_date_ok(value: str) -> bool:
    value = _nfkc(value)
    for pattern, kind in _DATE_FORMS:
        m = pattern.fullmatch(value)
        if not m:
            continue
        a, b, c = m.groups()
        if kind == "dmy":
            month = _MONTHS.index(b) + 1 if b in _MONTHS else int(b)
            y, mo, d = int(c), month, int(a)
        else:
            y, mo, d = int(a), int(b), int(c)
            if kind == "roc":
                y += 1911
        try:
            day = datetime.date(y, mo, d)
        except ValueError:
            return False
        return datetime.date(1900, 1, 1) <= day <= datetime.date(2026, 1, 1)
    return False


def _address_ok(value: str) -> bool:
    m = _ADDRESS.fullmatch(_nfkc(value))
    return bool(m) and m.group("city") in CITIES


def _value_ok(label: str, value: str) -> bool:
    if label == "PERSON":
        return not any(ch.isdigit() for ch in value) and "@" not in value and len(value) >= 2
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value)
    if label == "PHONE":
        return phone.is_valid(value) or phone.is_plausible(value)
    if label == "EMAIL":
        return bool(_EMAIL.fullmatch(_nfkc(value)))
    if label == "ADDRESS":
        return _address_ok(value)
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        return bool(_PASSPORT.fullmatch(_nfkc(value)))
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        return _birth_date_ok(value)
    return False


_ID_CANDIDATE = re.compile(r"(?=([A-Z][ \-]?[A-Z0-9](?:[ \-]?[0-9]){8}))")
_DIGIT_CHUNK = re.compile(r"[0-9](?:[ \-]?[0-9])*")
_MOBILE_CANDIDATE = re.compile(
    r"(?<![0-9])(?:\+886[ \-]?|0)9[0-9]{2}[ .\-]?[0-9]{3}[ .\-]?[0-9]{3}"
)


def _masked(text: str, spans) -> str:
    """Text with full-width ASCII folded (same length) and the gold spans blotted out."""
    folded = "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in text)
    chars = list(folded)
    for start, end, _ in spans:
        chars[start:end] = "#" * (end - start)
    return "".join(chars)


def _findings(masked: str) -> set[str]:
    """Kinds of valid values present in ``masked``."""
    found = set()
    if "@" in masked:
        found.add("EMAIL")
    for m in _ID_CANDIDATE.finditer(masked.upper()):
        if twid.is_valid(m.group(1)):
            found.add("TW_NATIONAL_ID")
        if arc.is_valid(m.group(1)):
            found.add("TW_RESIDENT_CERT")
    for m in _DIGIT_CHUNK.finditer(masked):
        digits = re.sub(r"[^0-9]", "", m.group())
        for size in range(13, min(19, len(digits)) + 1):
            for i in range(len(digits) - size + 1):
                if creditcard.is_valid(digits[i : i + size]):
                    found.add("CREDIT_CARD")
    if any(phone.is_mobile(m.group()) for m in _MOBILE_CANDIDATE.finditer(masked)):
        found.add("MOBILE")
    return found


def test_spans_in_range_ordered_stripped():
    samples, _ = _data()
    bad = []
    for i, s in enumerate(samples):
        prev_end = 0
        for start, end, label in s.spans:
            piece = s.text[start:end]
            if label not in LABELS or not 0 <= start < end <= len(s.text):
                bad.append((i, label, "range"))
            elif start < prev_end:
                bad.append((i, label, "overlap"))
            elif piece != piece.strip() or not piece:
                bad.append((i, label, "strip"))
            prev_end = max(prev_end, end)
    assert not bad, bad[:20]


def test_every_span_is_a_valid_value_of_its_label():
    samples, _ = _data()
    bad = [
        (i, label)
        for i, s in enumerate(samples)
        for start, end, label in s.spans
        if not _value_ok(label, s.text[start:end])
    ]
    assert not bad, bad[:20]


def test_known_person_flags_match_the_list():
    samples, known = _data()
    known_set = set(known)
    assert len(known_set) == len(known), "duplicate names in the known list"
    bad, mentioned, flags = [], set(), []
    for i, s in enumerate(samples):
        names = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        if len(names) != len(s.known_person):
            bad.append((i, "PERSON", "count"))
            continue
        for name, flag in zip(names, s.known_person, strict=True):
            flags.append(flag)
            mentioned.add(name)
            if flag != (name in known_set):
                bad.append((i, "PERSON", "flag"))
    assert not bad, bad[:20]
    share = sum(flags) / len(flags)
    assert 0.35 <= share <= 0.65, f"known share {share:.2f}"
    assert known_set - mentioned, "the known list must also hold names never mentioned"


def test_hard_negatives_hold_no_personal_values():
    samples, _ = _data()
    negatives = [(i, s) for i, s in enumerate(samples) if s.hard_negative]
    assert 0.18 * N <= len(negatives) <= 0.32 * N, f"{len(negatives)} negatives"
    bad = []
    for i, s in negatives:
        if s.spans or s.known_person:
            bad.append((i, "spans"))
        bad.extend((i, kind) for kind in sorted(_findings(_masked(s.text, []))))
    assert not bad, bad[:20]


def test_positive_texts_hold_no_unlabelled_ids_cards_or_emails():
    samples, _ = _data()
    bad = []
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        if not s.spans:
            bad.append((i, "no spans"))
        found = _findings(_masked(s.text, s.spans)) - {"MOBILE"}
        bad.extend((i, kind) for kind in sorted(found))
    assert not bad, bad[:20]


def test_label_counts_and_fullwidth_share():
    samples, _ = _data()
    counts = Counter(label for s in samples for *_, label in s.spans)
    missing = sorted(LABELS - {label for label, c in counts.items() if c > 0})
    assert not missing, missing
    values = [s.text[a:b] for s in samples for a, b, label in s.spans if label != "PERSON"]
    fullwidth = sum(any(0xFF01 <= ord(c) <= 0xFF5E for c in v) for v in values) / len(values)
    assert 0.07 <= fullwidth <= 0.2, f"full-width share {fullwidth:.3f}"


def test_deterministic_per_seed():
    a = generate_heldout48(300, 7)
    b = generate_heldout48(300, 7)
    c = generate_heldout48(300, 8)
    same = a == b
    differ = a != c
    assert same, "same seed gave different output"
    assert differ, "different seeds gave the same output"
    assert len(a[0]) == 300
