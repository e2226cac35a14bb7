"""Tests of the held-out set 35 generator (its gold labels), never of any scanner.

Failures are reported as (sample index, label) pairs only: the values are look-alike personal
data, so no assertion message or introspected expression carries a name or a value.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections import Counter

import pytest

from pipelines.deid.evaluation.heldout35 import generate_heldout35
from pipelines.deid.identifiers import arc, creditcard, nhi, phone, twid

N = 2000
SEED = 1
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
MASK = "■"

_CITY = (
    "(?:[臺台]北市|新北市|基隆市|桃園市|新竹市|新竹縣|苗栗縣|[臺台]中市|彰化縣|南投縣|雲林縣|"
    "嘉義市|嘉義縣|[臺台]南市|高雄市|屏東縣|宜蘭縣|花蓮縣|[臺台]東縣|澎湖縣|金門縣|連江縣)"
)
_ADDRESS = re.compile(
    rf"(?:\d{{3}}(?:\d{{2,3}})? ?)?{_CITY}\S{{1,3}}[區鄉鎮市]\S*?\d+(?:-\d+)?號"
    r"(?:之\d+)?(?:(?:\d+|[一二三四五六七八九十]+)樓(?:之\d+)?)?"
)
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_PASSPORT = re.compile(r"3\d{8}|[A-Z]\d{7}|P\d{7}[A-Z]|E[BC]\d{7}|[A-Z]{2}\d{7}")
_NAME_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-zÀ-ỹĐđ ,‧·]+")
_HONORIFICS = ("先生", "小姐", "女士", "老師", "同學", "護理師", "救生員")
_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

# Candidate finders for look-alikes (deliberately broad; overlapping matches).
_ID_CANDIDATE = re.compile(r"(?=([A-Za-z][ -]?[A-Za-z0-9](?:[ -]?\d){8}))")
_DIGIT_RUN = re.compile(r"\d(?:[ -]?\d)*")
_MOBILE_CANDIDATE = re.compile(r"(?=((?:\+?886[ -]?|0)9\d{2}(?:[ .-]?\d){6}))")


def _norm(text: str) -> str:
    """Width-normalise character by character, so offsets stay the same."""
    out = []
    for c in text:
        n = unicodedata.normalize("NFKC", c)
        out.append(n if len(n) == 1 else c)
    return "".join(out)


def _masked(text: str, spans: list[tuple[int, int, str]]) -> str:
    chars = list(text)
    for start, end, _ in spans:
        chars[start:end] = MASK * (end - start)
    return _norm("".join(chars))


def _has_national_or_resident_id(text: str) -> bool:
    return any(
        twid.is_valid(m.group(1)) or arc.is_valid(m.group(1)) for m in _ID_CANDIDATE.finditer(text)
    )


def _has_card(text: str) -> bool:
    for m in _DIGIT_RUN.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        for size in range(13, 20):
            for i in range(len(digits) - size + 1):
                if creditcard.is_valid(digits[i : i + size]):
                    return True
    return False


def _has_mobile(text: str) -> bool:
    return any(phone.is_mobile(m.group(1)) for m in _MOBILE_CANDIDATE.finditer(text))


def _birth_date(value: str) -> datetime.date | None:
    s = unicodedata.normalize("NFKC", value)
    western = s.startswith("西元")
    s = s.removeprefix("民國").removeprefix("西元")
    patterns = (
        (r"(\d{2,4})年(\d{1,2})月(\d{1,2})日", "ymd"),
        (r"(\d{2,4})[./-](\d{1,2})[./-](\d{1,2})", "ymd"),
        (r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", "dmy"),
        (r"(\d{1,2})[ -]([A-Z]{3})[ -](\d{4})", "dMy"),
        (r"(\d{3})(\d{2})(\d{2})", "ymd"),
        (r"(\d{4})(\d{2})(\d{2})", "ymd"),
    )
    for pattern, order in patterns:
        m = re.fullmatch(pattern, s)
        if not m:
            continue
        a, b, c = m.groups()
        if order == "ymd":
            y, mo, d = int(a), int(b), int(c)
            if len(a) <= 3 and not western:
                y += 1911
        elif order == "dmy":
            d, mo, y = int(a), int(b), int(c)
        else:
            if b not in _MONTHS:
                return None
            d, mo, y = int(a), _MONTHS.index(b) + 1, int(c)
        try:
            return datetime.date(y, mo, d)
        except ValueError:
            return None
    return None


def _value_ok(label: str, value: str) -> bool:
    norm = unicodedata.normalize("NFKC", value)
    if label == "PERSON":
        return (
            bool(_NAME_CHARS.fullmatch(value))
            and not value.endswith(_HONORIFICS)
            and 2 <= len(value) <= 40
        )
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value) and not twid.is_valid(value)
    if label == "PHONE":
        if phone.compact(value).startswith("09"):
            return phone.is_valid(value)
        return phone.is_plausible(value)
    if label == "EMAIL":
        return bool(_EMAIL.fullmatch(norm))
    if label == "ADDRESS":
        return bool(_ADDRESS.fullmatch(norm))
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        compact = norm.upper()
        return (
            bool(_PASSPORT.fullmatch(compact))
            and not twid.is_valid(compact)
            and not arc.is_valid(compact)
        )
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        date = _birth_date(value)
        return date is not None and 1920 <= date.year <= 2021
    return False


@pytest.fixture(scope="module")
def generated():
    return generate_heldout35(N, SEED)


def test_spans_in_range_sorted_non_overlapping_and_stripped(generated):
    samples, _ = generated
    bad = []
    for i, s in enumerate(samples):
        previous_end = 0
        for start, end, label in s.spans:
            value = s.text[start:end]
            if not (previous_end <= start < end <= len(s.text)) or value != value.strip():
                bad.append((i, label))
            if label not in LABELS:
                bad.append((i, "unknown label"))
            previous_end = end
    assert not bad[:20]


def test_every_span_holds_a_valid_value_of_its_label(generated):
    samples, _ = generated
    bad = [
        (i, label)
        for i, s in enumerate(samples)
        for start, end, label in s.spans
        if not _value_ok(label, s.text[start:end])
    ]
    assert not bad[:20]


def test_known_person_flags_match_the_known_names(generated):
    samples, names = generated
    known = set(names)
    assert len(known) == len(names)  # the list has no duplicates
    bad, flags, mentioned = [], [], set()
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        if len(persons) != len(s.known_person):
            bad.append((i, "PERSON"))
            continue
        for name, flag in zip(persons, s.known_person, strict=True):
            if flag != (name in known):
                bad.append((i, "PERSON"))
            flags.append(flag)
            mentioned.add(name)
    assert not bad[:20]
    share = sum(flags) / len(flags)
    assert 0.35 <= share <= 0.65, share
    never_mentioned = known - mentioned
    assert len(never_mentioned) >= 0.1 * len(known)


def test_hard_negatives_hold_no_personal_value(generated):
    samples, _ = generated
    negatives = [(i, s) for i, s in enumerate(samples) if s.hard_negative]
    assert 0.2 <= len(negatives) / len(samples) <= 0.3
    bad = []
    for i, s in negatives:
        text = _norm(s.text)
        if s.spans or s.known_person:
            bad.append((i, "spans"))
        if _has_national_or_resident_id(text):
            bad.append((i, "TW_NATIONAL_ID/TW_RESIDENT_CERT"))
        if _has_card(text):
            bad.append((i, "CREDIT_CARD"))
        if "@" in text:
            bad.append((i, "EMAIL"))
        if _has_mobile(text):
            bad.append((i, "PHONE"))
    assert not bad[:20]


def test_positive_texts_hold_no_identifier_outside_their_spans(generated):
    samples, _ = generated
    bad = []
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        if not s.spans:
            bad.append((i, "no spans"))
        text = _masked(s.text, s.spans)
        if _has_national_or_resident_id(text):
            bad.append((i, "TW_NATIONAL_ID/TW_RESIDENT_CERT"))
        if _has_card(text):
            bad.append((i, "CREDIT_CARD"))
        if "@" in text:
            bad.append((i, "EMAIL"))
        if _has_mobile(text):
            bad.append((i, "PHONE"))
    assert not bad[:20]


def test_label_counts_and_fullwidth_share(generated):
    samples, _ = generated
    counts = Counter(label for s in samples for _, _, label in s.spans)
    missing = sorted(LABELS - {label for label, c in counts.items() if c > 0})
    assert not missing
    structured = [
        s.text[a:b] for s in samples for a, b, label in s.spans if label not in ("PERSON",)
    ]
    wide = sum(any("\uff01" <= c <= "\uff5e" for c in v) for v in structured)
    assert 0.07 <= wide / len(structured) <= 0.2


def test_same_seed_same_output_and_different_seeds_differ():
    a_samples, a_names = generate_heldout35(150, 7)
    b_samples, b_names = generate_heldout35(150, 7)
    c_samples, c_names = generate_heldout35(150, 8)
    assert a_samples == b_samples
    assert a_names == b_names
    assert [s.text for s in a_samples] != [s.text for s in c_samples]
    assert a_names != c_names


def test_small_sets_work():
    samples, names = generate_heldout35(5, 0)
    assert len(samples) == 5
    assert names
