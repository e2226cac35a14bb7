"""Tests of the held-out set 47 generator itself (never of the scanner).

Assertion messages carry sample indices and labels only: the values are look-alike personal
data, so they are never printed.
"""

import re
import unicodedata
from collections import Counter
from datetime import date

import pytest

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout47 import generate_heldout47
from pipelines.deid.identifiers import arc, creditcard, nhi, phone, twid

LABELS = (
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
)
N, SEED = 2000, 1

_HALF = str.maketrans({chr(0xFF01 + i): chr(0x21 + i) for i in range(94)} | {"\u3000": " "})
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_PASSPORT = re.compile(r"\d{9}|[A-Z]\d{7}|[A-Z]{2}\d{7}|P\d{7}[A-Z]")
_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
_HONORIFICS = ("先生", "小姐", "女士")


class _Generated(tuple):
    """The generator's output, with a repr that shows no text (pytest prints fixtures)."""

    def __repr__(self) -> str:
        return f"<heldout47 n={N} seed={SEED}>"


@pytest.fixture(scope="module")
def generated() -> _Generated:
    return _Generated(generate_heldout47(N, SEED))


def _nfkc(value: str) -> str:
    return unicodedata.normalize("NFKC", value)


def _birth_date_ok(value: str) -> bool:
    t = _nfkc(value).removeprefix("民國")
    m = re.fullmatch(r"(\d{2}) ([A-Z]{3}) (\d{4})", t)
    if m:
        if m.group(2) not in _MONTHS:
            return False
        y, mo, d = int(m.group(3)), _MONTHS.index(m.group(2)) + 1, int(m.group(1))
    elif re.fullmatch(r"\d{7}", t):
        y, mo, d = int(t[:3]) + 1911, int(t[3:5]), int(t[5:])
    else:
        m = re.fullmatch(r"(\d{1,4})[年./-](\d{1,2})[月./-](\d{1,4})日?", t)
        if not m:
            return False
        a, b, c = (int(g) for g in m.groups())
        if a >= 1900:
            y, mo, d = a, b, c
        elif c >= 1900:
            y, mo, d = c, b, a
        else:
            y, mo, d = a + 1911, b, c
    try:
        born = date(y, mo, d)
    except ValueError:
        return False
    return date(1920, 1, 1) <= born <= date(2015, 12, 31)


def _address_ok(value: str) -> bool:
    a = _nfkc(value)
    return (
        "號" in a
        and re.search(r"[縣市區鄉鎮]", a) is not None
        and re.search(r"[路街巷村里鄰段]", a) is not None
        and re.search(r"(號|樓|室|之\d+)$", a) is not None
        and re.match(r"(\d{3,6}\s?)?\D", a) is not None
    )


def _person_ok(value: str) -> bool:
    return (
        0 < len(value) <= 40
        and not any(ch.isdigit() for ch in value)
        and "@" not in value
        and not value.endswith(_HONORIFICS)
    )


def _phone_ok(value: str) -> bool:
    if phone.compact(value).startswith("09"):
        return phone.is_valid(value)
    return phone.is_plausible(value)


_CHECKS = {
    "PERSON": _person_ok,
    "TW_NATIONAL_ID": twid.is_valid,
    "TW_RESIDENT_CERT": lambda v: arc.is_valid(v) and not twid.is_valid(v),
    "PHONE": _phone_ok,
    "EMAIL": lambda v: _EMAIL.fullmatch(_nfkc(v)) is not None,
    "ADDRESS": _address_ok,
    "TW_NHI_CARD": nhi.is_valid,
    "PASSPORT": lambda v: _PASSPORT.fullmatch(_nfkc(v)) is not None,
    "CREDIT_CARD": creditcard.is_valid,
    "BIRTH_DATE": _birth_date_ok,
}


def _outside(sample: Sample) -> str:
    """The text with gold spans blanked out and full-width forms folded to ASCII."""
    chars = list(sample.text)
    for start, end, _ in sample.spans:
        chars[start:end] = "■" * (end - start)
    return "".join(chars).translate(_HALF)


def _has_id_or_resident_cert(text: str) -> bool:
    for m in re.finditer(r"(?=([A-Z][A-Z0-9]\d{8}))", text.upper()):
        if twid.is_valid(m.group(1)) or arc.is_valid(m.group(1)):
            return True
    return False


def _has_card(text: str) -> bool:
    for m in re.finditer(r"\d(?:[ -]?\d)*", text):
        digits = re.sub(r"\D", "", m.group())
        for size in range(13, 20):
            for i in range(len(digits) - size + 1):
                if creditcard.is_valid(digits[i : i + size]):
                    return True
    return False


def _has_mobile(text: str) -> bool:
    for m in re.finditer(r"[\d+(][\d \-.()+]*\d", text):
        digits = re.sub(r"\D", "", m.group())
        for hit in re.finditer(r"(?=(09\d{8}|8869\d{8}))", digits):
            if phone.is_mobile(hit.group(1)):
                return True
    return False


def test_shape(generated):
    samples, known = generated
    assert len(samples) == N
    assert all(isinstance(s, Sample) for s in samples)
    assert known and all(isinstance(name, str) and name for name in known)
    assert len(set(known)) == len(known), "known names repeat"
    negatives = sum(s.hard_negative for s in samples)
    assert 0.18 * N < negatives < 0.32 * N, "about a quarter should be hard negatives"


def test_spans_in_range_ordered_and_stripped(generated):
    samples, _ = generated
    bad = []
    for i, s in enumerate(samples):
        previous_end = 0
        for start, end, label in s.spans:
            value = s.text[start:end]
            if label not in LABELS:
                bad.append((i, label, "label"))
            elif not 0 <= start < end <= len(s.text) or start < previous_end:
                bad.append((i, label, "range or overlap"))
            elif value != value.strip():
                bad.append((i, label, "not stripped"))
            previous_end = max(previous_end, end)
        if not s.hard_negative and not s.spans:
            bad.append((i, "-", "positive without spans"))
    assert not bad, bad[:20]


def test_span_values_are_valid(generated):
    samples, _ = generated
    bad = []
    for i, s in enumerate(samples):
        for start, end, label in s.spans:
            ok = bool(_CHECKS[label](s.text[start:end]))
            if not ok:
                bad.append((i, label))
    assert not bad, bad[:20]


def test_known_person_flags_match_the_list(generated):
    samples, known = generated
    known_set = set(known)
    bad, mentioned, flags = [], set(), []
    for i, s in enumerate(samples):
        people = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        expected = [name in known_set for name in people]
        same = expected == list(s.known_person)
        if not same:
            bad.append(i)
        mentioned.update(people)
        flags.extend(expected)
    assert not bad, bad[:20]
    share = sum(flags) / len(flags)
    assert 0.35 < share < 0.65, "about half of the PERSON mentions should be known names"
    never = [name for name in known if name not in mentioned]
    assert len(never) >= 0.1 * len(known), "the list must also hold names never mentioned"


def test_negatives_are_clean(generated):
    samples, known = generated
    bad = []
    for i, s in enumerate(samples):
        if not s.hard_negative:
            continue
        text = s.text.translate(_HALF)
        if s.spans or s.known_person:
            bad.append((i, "spans"))
        if _has_id_or_resident_cert(text):
            bad.append((i, "TW_NATIONAL_ID/TW_RESIDENT_CERT"))
        if _has_card(text):
            bad.append((i, "CREDIT_CARD"))
        if _EMAIL_IN_TEXT.search(text) or "@" in text:
            bad.append((i, "EMAIL"))
        if _has_mobile(text):
            bad.append((i, "PHONE"))
        if any(name in text for name in known):
            bad.append((i, "PERSON"))
    assert not bad, bad[:20]


def test_positives_hold_nothing_valid_outside_spans(generated):
    samples, _ = generated
    bad = []
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        text = _outside(s)
        if _has_id_or_resident_cert(text):
            bad.append((i, "TW_NATIONAL_ID/TW_RESIDENT_CERT"))
        if _has_card(text):
            bad.append((i, "CREDIT_CARD"))
        if _EMAIL_IN_TEXT.search(text):
            bad.append((i, "EMAIL"))
    assert not bad, bad[:20]


def test_label_counts_are_all_non_zero(generated):
    samples, _ = generated
    counts = Counter(label for s in samples for *_, label in s.spans)
    missing = [label for label in LABELS if counts[label] == 0]
    assert not missing, missing


def test_some_values_are_full_width(generated):
    samples, _ = generated
    values = [s.text[a:b] for s in samples for a, b, label in s.spans if label != "PERSON"]
    wide = sum(any(0xFF01 <= ord(ch) <= 0xFF5E for ch in v) for v in values)
    assert 0.06 < wide / len(values) < 0.22, "about an eighth of the values are full-width"


def test_same_seed_same_output_and_seeds_differ():
    first = generate_heldout47(150, 7)
    again = generate_heldout47(150, 7)
    other = generate_heldout47(150, 8)
    same = first == again
    differ = first != other
    assert same, "same seed gave different output"
    assert differ, "different seeds gave the same output"
    assert len(generate_heldout47(3, 0)[0]) == 3
