"""Tests of the held-out set 52 generator (its gold labels), never of the scanner.

Assertion messages name sample indices and labels only: the values look like personal data.
"""

import datetime
import re
import unicodedata
from collections import Counter

import pytest

from pipelines.deid.evaluation.heldout52 import generate_heldout52
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
def generated():
    return generate_heldout52(2000, 1)


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


# ------------------------------------------------------------------------ value checks

_HAN = r"[\u3400-\u9fff]"
_PERSON = re.compile(
    rf"^{_HAN}{{2,5}}$"  # 陳美玲, 歐陽志明, 陳林美惠, 林偉
    rf"|^{_HAN}{{2,5}}[‧·]{_HAN}{{2,6}}$"  # 瓦旦‧哈勇, 瑪莉亞‧桑托斯
    r"|^[^\W\d_]+(?: [^\W\d_]+)+$"  # Panay Kacaw, NGUYEN THI HOA, Nguyễn Thị Hoa
)
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_ADDRESS = re.compile(
    r"^(?:\d{3}(?:\d{2,3})? ?)?[臺台]?[\u4e00-\u9fff]{1,2}[市縣]"
    r"[\u4e00-\u9fff]{1,3}[區鄉鎮市]"
    r"[\u4e00-\u9fff\d]*?(?:路|街|道|巷|弄|村|里)[\u4e00-\u9fff\d]*?"
    r"\d+號(?:之\d+)?(?:\d+(?:樓|F)(?:之\d+)?)?$"
)
_PASSPORT = re.compile(r"^(?:[A-Z]{1,2}\d{7,8}[A-Z]?|\d{9})$")
_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def _birth_date(value: str) -> datetime.date | None:
    v = _nfkc(value).strip()
    patterns = (
        (r"(?:民國)?(\d{2,3})年(\d{1,2})月(\d{1,2})日", "roc"),
        (r"(?:民國)?(\d{2,3})[./](\d{1,2})[./](\d{1,2})", "roc"),
        (r"(\d{4})年(\d{1,2})月(\d{1,2})日", "ymd"),
        (r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", "ymd"),
        (r"(\d{1,2})/(\d{1,2})/(\d{4})", "dmy"),
        (r"(\d{1,2}) ?([A-Z]{3}) ?(\d{4})", "dMy"),
    )
    for pattern, kind in patterns:
        m = re.fullmatch(pattern, v)
        if not m:
            continue
        a, b, c = m.groups()
        try:
            if kind == "roc":
                return datetime.date(int(a) + 1911, int(b), int(c))
            if kind == "ymd":
                return datetime.date(int(a), int(b), int(c))
            if kind == "dmy":
                return datetime.date(int(c), int(b), int(a))
            return datetime.date(int(c), _MONTHS.index(b) + 1, int(a))
        except ValueError:
            return None
    return None


def _valid(label: str, value: str) -> bool:
    norm = _nfkc(value)
    if label == "PERSON":
        return bool(_PERSON.match(value))
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value)
    if label == "PHONE":
        return phone.is_valid(value) or phone.is_plausible(value)
    if label == "EMAIL":
        return bool(_EMAIL.match(norm))
    if label == "ADDRESS":
        return bool(_ADDRESS.match(norm))
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        compact = norm.upper().replace(" ", "")
        return bool(_PASSPORT.match(compact)) and not (
            twid.is_valid(compact) or arc.is_valid(compact)
        )
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        date = _birth_date(value)
        return date is not None and 1930 <= date.year <= 2025
    return False


# ------------------------------------------------------------------- stray identifiers

_ID_LIKE = re.compile(r"(?<![A-Z0-9])[A-Z][ -]?[A-Z0-9](?:[ -]?\d){8}")
_CARD_LIKE = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")
_EMAIL_LIKE = re.compile(r"[A-Z0-9._%+-]+@[A-Z0-9-]+(?:\.[A-Z0-9-]+)+")
_MOBILE_LIKE = re.compile(r"(?<!\d)(?:\+?886[ -]?|0)9\d{2}[ -]?\d{3}[ -]?\d{3}(?!\d)")


def _masked(text: str, spans) -> str:
    chars = list(text)
    for start, end, _ in spans:
        chars[start:end] = "■" * (end - start)
    return _nfkc("".join(chars)).upper()


def _stray_kinds(norm: str, mobiles: bool) -> set[str]:
    kinds = set()
    for m in _ID_LIKE.finditer(norm):
        compact = re.sub(r"[ -]", "", m.group())
        if twid.is_valid(compact):
            kinds.add("TW_NATIONAL_ID")
        if arc.is_valid(compact):
            kinds.add("TW_RESIDENT_CERT")
    if any(creditcard.is_valid(m.group()) for m in _CARD_LIKE.finditer(norm)):
        kinds.add("CREDIT_CARD")
    if _EMAIL_LIKE.search(norm):
        kinds.add("EMAIL")
    if mobiles and any(phone.is_mobile(m.group()) for m in _MOBILE_LIKE.finditer(norm)):
        kinds.add("PHONE")
    return kinds


# ----------------------------------------------------------------------------- tests


def test_spans_in_range_non_overlapping_and_stripped(generated):
    samples, _ = generated
    for i, sample in enumerate(samples):
        previous_end = 0
        for start, end, label in sorted(sample.spans):
            assert label in LABELS, (i, label)
            assert 0 <= start < end <= len(sample.text), (i, label, "range")
            assert start >= previous_end, (i, label, "overlap")
            value = sample.text[start:end]
            assert value == value.strip(), (i, label, "not stripped")
            previous_end = end


def test_every_span_holds_a_valid_value(generated):
    samples, _ = generated
    bad = [
        (i, label)
        for i, sample in enumerate(samples)
        for start, end, label in sample.spans
        if not _valid(label, sample.text[start:end])
    ]
    assert not bad, bad[:20]


def test_known_person_flags_match_the_list(generated):
    samples, known = generated
    known_set = set(known)
    assert len(known_set) == len(known), "duplicate known names"
    flags = []
    for i, sample in enumerate(samples):
        persons = [sample.text[s:e] for s, e, label in sample.spans if label == "PERSON"]
        assert len(sample.known_person) == len(persons), (i, "PERSON")
        for j, (name, flag) in enumerate(zip(persons, sample.known_person, strict=True)):
            assert flag == (name in known_set), (i, "PERSON", j)
        flags += sample.known_person
    share = sum(flags) / len(flags)
    assert 0.35 <= share <= 0.65, round(share, 3)
    corpus = "\n".join(sample.text for sample in samples)
    never = sum(name not in corpus for name in known)
    assert never >= 10, "the list must also hold names never mentioned"


def test_negatives_have_no_spans_and_no_identifiers(generated):
    samples, _ = generated
    negatives = [i for i, sample in enumerate(samples) if sample.hard_negative]
    assert 0.18 <= len(negatives) / len(samples) <= 0.32, len(negatives)
    for i in negatives:
        sample = samples[i]
        assert not sample.spans and not sample.known_person, (i, "spans")
        kinds = _stray_kinds(_masked(sample.text, []), mobiles=True)
        assert not kinds, (i, sorted(kinds))
        assert "@" not in _nfkc(sample.text), (i, "EMAIL")


def test_positives_hold_no_identifier_outside_their_spans(generated):
    samples, _ = generated
    for i, sample in enumerate(samples):
        if sample.hard_negative:
            continue
        assert sample.spans, (i, "no spans")
        kinds = _stray_kinds(_masked(sample.text, sample.spans), mobiles=False)
        assert not kinds, (i, sorted(kinds))


def test_label_counts_all_non_zero(generated):
    samples, _ = generated
    counts = Counter(label for sample in samples for *_, label in sample.spans)
    missing = sorted(LABELS - {label for label, count in counts.items() if count})
    assert not missing, missing


def test_full_width_share_and_name_variety(generated):
    samples, _ = generated
    values = [s.text[a:b] for s in samples for a, b, label in s.spans if label != "PERSON"]
    wide = sum(any("\uff01" <= ch <= "\uff5e" for ch in v) for v in values) / len(values)
    assert 0.07 <= wide <= 0.2, round(wide, 3)
    names = [s.text[a:b] for s in samples for a, b, label in s.spans if label == "PERSON"]
    assert any("‧" in n or "·" in n for n in names), "interpunct names"
    assert any(n.isascii() and " " in n for n in names), "Latin-script names"
    assert any(n[:2] in ("歐陽", "張簡", "司徒", "諸葛", "上官") for n in names), "compound"


def test_same_seed_same_output_and_seeds_differ():
    first = generate_heldout52(300, 7)
    again = generate_heldout52(300, 7)
    other = generate_heldout52(300, 8)
    assert first == again
    assert [s.text for s in first[0]] != [s.text for s in other[0]]
    assert first[1] != other[1]
    assert len(first[0]) == 300
