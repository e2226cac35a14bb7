"""Tests of the held-out set 54 generator (its gold labels), not of any scanner.

Assertion messages carry sample indices and labels only: the values are look-alike personal data.
"""

import re
import unicodedata
from collections import Counter

import pytest

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout54 import generate_heldout54
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

# Full-width ASCII and the ideographic space to ASCII, one character for one (offsets kept).
_NARROW = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}

_ID_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][\s-]?[A-Za-z0-9](?:[\s-]?\d){8}(?!\d)")
_CARD_RE = re.compile(r"(?<!\d)\d(?:[\s-]?\d){12,18}(?!\d)")
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_MOBILE_RE = re.compile(r"(?<!\d)(?:\+?886[\s-]?|0)?9\d{2}[\s.-]?\d{3}[\s.-]?\d{3}(?!\d)")

_EMAIL_SHAPE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_ADDRESS_SHAPE = re.compile(
    r"(?:\(\d{3}\)|\d{3}(?:\d{2,3})?)?"  # optional postal code
    r"[\u4e00-\u9fff]{2}[市縣][\u4e00-\u9fff]{1,3}[區鄉鎮市]"  # city/county, district/township
    r"[\u4e00-\u9fff\d]*?\d+號(?:之\d+)?"  # village, neighbourhood, road, lane, alley, number
    r"(?:(?:\d+|[一二三四五六七八九十])樓(?:之\d+)?)?"
)
_PASSPORT_SHAPE = re.compile(r"\d{9}|[A-Z]{1,2}\d{7}[A-Z]?")
_HAN = r"[\u4e00-\u9fff]"
_LATIN_WORD = r"[A-Za-zÀ-ỹĐđ]+"
_PERSON_SHAPE = re.compile(rf"{_HAN}{{2,6}}|{_HAN}+[‧·]{_HAN}+|{_LATIN_WORD}(?: {_LATIN_WORD})*")
_ROLE_WORDS = ("先生", "小姐", "女士", "律師", "醫師", "社工", "承辦人", "阿嬤", "阿公", "同學")
_BIRTH_FORMS = [
    (re.compile(r"(?:民國?)?(\d{1,3})[年./](\d{1,2})[月./](\d{1,2})日?"), "roc"),
    (re.compile(r"(\d{3})(\d{2})(\d{2})"), "roc"),
    (re.compile(r"(\d{4})[年/.-](\d{1,2})[月/.-](\d{1,2})日?"), "west"),
    (re.compile(r"(\d{2})/(\d{2})/(\d{4})"), "dmy"),
]


def _nfkc(value: str) -> str:
    return unicodedata.normalize("NFKC", value)


def _birth_ok(value: str) -> bool:
    value = _nfkc(value)
    for pattern, kind in _BIRTH_FORMS:
        m = pattern.fullmatch(value)
        if not m:
            continue
        a, b, c = (int(g) for g in m.groups())
        if kind == "dmy":
            year, month, day = c, b, a
        else:
            year, month, day = (a + 1911 if kind == "roc" else a), b, c
        return 1900 <= year <= 2025 and 1 <= month <= 12 and 1 <= day <= 31
    return False


def _value_ok(label: str, value: str) -> bool:
    if label == "PERSON":
        return bool(_PERSON_SHAPE.fullmatch(value)) and not value.endswith(_ROLE_WORDS)
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value)
    if label == "PHONE":
        return phone.is_valid(value) or phone.is_plausible(value)
    if label == "EMAIL":
        return bool(_EMAIL_SHAPE.fullmatch(_nfkc(value)))
    if label == "ADDRESS":
        return bool(_ADDRESS_SHAPE.fullmatch(_nfkc(value)))
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        compact = _nfkc(value).replace(" ", "").upper()
        return bool(_PASSPORT_SHAPE.fullmatch(compact)) and not (
            twid.is_valid(value) or arc.is_valid(value)
        )
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        return _birth_ok(value)
    return False


def _valid_candidates(text: str) -> list[tuple[int, int, str]]:
    """Valid IDs, resident certificates, cards and e-mails found anywhere in ``text``."""
    narrow = text.translate(_NARROW)
    found = []
    for m in _ID_RE.finditer(narrow):
        if twid.is_valid(m.group()):
            found.append((m.start(), m.end(), "TW_NATIONAL_ID"))
        if arc.is_valid(m.group()):
            found.append((m.start(), m.end(), "TW_RESIDENT_CERT"))
    for m in _CARD_RE.finditer(narrow):
        if creditcard.is_valid(m.group()):
            found.append((m.start(), m.end(), "CREDIT_CARD"))
    for m in _EMAIL_RE.finditer(narrow):
        found.append((m.start(), m.end(), "EMAIL"))
    return found


@pytest.fixture(scope="module")
def data() -> tuple[list[Sample], list[str]]:
    return generate_heldout54(N, SEED)


def test_shape_and_label_counts(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    assert len(samples) == N
    assert all(isinstance(s, Sample) for s in samples)
    counts = Counter(label for s in samples for _, _, label in s.spans)
    assert set(counts) == LABELS, sorted(LABELS - set(counts))
    assert all(counts[label] > 0 for label in LABELS)
    negatives = sum(s.hard_negative for s in samples)
    assert 0.2 * N <= negatives <= 0.3 * N


def test_spans_in_range_sorted_disjoint_stripped(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    for i, s in enumerate(samples):
        previous_end = 0
        for start, end, label in s.spans:
            assert label in LABELS, f"sample {i} {label}"
            assert 0 <= start < end <= len(s.text), f"sample {i} {label} out of range"
            assert start >= previous_end, f"sample {i} {label} overlaps or unsorted"
            value = s.text[start:end]
            assert value == value.strip(), f"sample {i} {label} not stripped"
            previous_end = end


def test_span_values_are_valid(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    for i, s in enumerate(samples):
        for j, (start, end, label) in enumerate(s.spans):
            assert _value_ok(label, s.text[start:end]), f"sample {i} span {j} {label}"


def test_known_person_flags_match_the_list(data: tuple[list[Sample], list[str]]) -> None:
    samples, known = data
    known_set = set(known)
    assert len(known_set) == len(known), "duplicate names in known list"
    flags: list[bool] = []
    for i, s in enumerate(samples):
        people = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        assert len(s.known_person) == len(people), f"sample {i} PERSON flag count"
        for j, (name, flag) in enumerate(zip(people, s.known_person, strict=True)):
            assert flag == (name in known_set), f"sample {i} PERSON {j} known flag"
        flags.extend(s.known_person)
    share = sum(flags) / len(flags)
    assert 0.4 <= share <= 0.6, f"known share {share:.2f}"
    texts = "\n".join(s.text for s in samples)
    never = sum(name not in texts for name in known)
    assert never >= 10, "the known list must hold names never mentioned"


def test_known_names_occur_only_inside_person_spans(data: tuple[list[Sample], list[str]]) -> None:
    samples, known = data
    finder = re.compile(
        "(?=(" + "|".join(map(re.escape, sorted(known, key=len, reverse=True))) + "))"
    )
    for i, s in enumerate(samples):
        persons = [(a, b) for a, b, label in s.spans if label == "PERSON"]
        for m in finder.finditer(s.text):
            start, end = m.start(1), m.end(1)
            inside = any(a <= start and end <= b for a, b in persons)
            assert inside, f"sample {i} known name outside a PERSON span"


def test_negatives_hold_no_personal_values(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    for i, s in enumerate(samples):
        if not s.hard_negative:
            assert s.spans, f"sample {i} positive without spans"
            continue
        assert not s.spans and not s.known_person, f"sample {i} negative with spans"
        labels = sorted({label for _, _, label in _valid_candidates(s.text)})
        assert not labels, f"sample {i} negative holds {labels}"
        assert "@" not in s.text.translate(_NARROW), f"sample {i} negative holds EMAIL"
        narrow = s.text.translate(_NARROW)
        mobiles = [m for m in _MOBILE_RE.finditer(narrow) if phone.is_mobile(m.group())]
        assert not mobiles, f"sample {i} negative holds PHONE"


def test_positives_hold_no_identifiers_outside_spans(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        for start, end, label in _valid_candidates(s.text):
            inside = any(a <= start and end <= b for a, b, _ in s.spans)
            assert inside, f"sample {i} {label} outside spans"


def test_fullwidth_share(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    values = [s.text[a:b] for s in samples for a, b, label in s.spans if label != "PERSON"]
    wide = sum(any(0xFF01 <= ord(c) <= 0xFF5E for c in v) for v in values)
    assert 0.08 <= wide / len(values) <= 0.2


def test_deterministic_and_seed_dependent() -> None:
    a_samples, a_known = generate_heldout54(300, 7)
    b_samples, b_known = generate_heldout54(300, 7)
    c_samples, c_known = generate_heldout54(300, 8)
    assert a_samples == b_samples and a_known == b_known
    assert [s.text for s in a_samples] != [s.text for s in c_samples]
    assert a_known != c_known
