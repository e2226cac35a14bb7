"""Tests for the held-out set 9 generator (the generator only: the scanner is not run here).

Why these checks: a held-out figure is only honest if the gold labels are. Every labelled value
must be valid for its type (checked with :mod:`pipelines.deid.identifiers`, while the generator
uses its own checksum code), and nothing valid may sit unlabelled outside the gold spans, or
the scanner would be charged with false positives that are really labelling gaps. Assertion
messages carry sample indices and counts only: the values are synthetic personal data.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections import Counter

import pytest

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout9 import generate_heldout9
from pipelines.deid.identifiers import arc, creditcard, nhi, phone, twid

ENTITIES = {
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
_TO_ASCII = str.maketrans({chr(c + 0xFEE0): chr(c) for c in range(0x21, 0x7F)})
_ID = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9][0-9]{8}(?![0-9])")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_PHONE = re.compile(r"(?<![0-9])(?:\+?886[ -]?|\(?0)[0-9][0-9 ()\-]{5,14}[0-9]")
_CARD = re.compile(r"(?<![0-9])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])")
_NHI = re.compile(r"(?<![0-9])[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}(?![0-9])")
_NUM = "[0-9一二三四五六七八九十]+"
_ADDRESS = re.compile(rf"([0-9]{{3,6}} ?)?.+[市縣].+號(之{_NUM})?({_NUM}樓(之{_NUM})?)?")
_PASSPORT = re.compile(r"[A-Z]{1,2}[0-9]{7}[A-Z]?|3[0-9]{8}")
_DATES = [  # (pattern, group order y/m/d, whether the year is ROC)
    (re.compile(r"(?:民國)?([0-9]{2,3})年([0-9]{1,2})月([0-9]{1,2})日"), (1, 2, 3), True),
    (re.compile(r"([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日"), (1, 2, 3), False),
    (re.compile(r"([0-9]{3})/([0-9]{2})/([0-9]{2})"), (1, 2, 3), True),
    (re.compile(r"([0-9]{2,3})\.([0-9]{1,2})\.([0-9]{1,2})"), (1, 2, 3), True),
    (re.compile(r"([0-9]{3})([0-9]{2})([0-9]{2})"), (1, 2, 3), True),
    (re.compile(r"([0-9]{4})[-/]([0-9]{1,2})[-/]([0-9]{1,2})"), (1, 2, 3), False),
    (re.compile(r"([0-9]{2})/([0-9]{2})/([0-9]{4})"), (3, 2, 1), False),
]


@pytest.fixture(scope="module")
def full() -> tuple[list[Sample], list[str]]:
    """The published size and seed (about 0.3 s)."""
    return generate_heldout9()


def _ascii(value: str) -> str:
    """Full-width to ASCII, length-preserving (NFKC could change offsets)."""
    return value.translate(_TO_ASCII)


def _birth_date(value: str) -> datetime.date | None:
    """Parse the birth-date forms the set uses; None when the value is no date."""
    value = _ascii(value)
    for pattern, order, roc in _DATES:
        m = pattern.fullmatch(value)
        if m:
            y, mo, d = (int(m.group(i)) for i in order)
            try:
                return datetime.date(y + 1911 if roc else y, mo, d)
            except ValueError:
                return None
    return None


def _value_ok(label: str, value: str) -> bool:
    """Whether a gold value is valid for its entity type."""
    plain = _ascii(value)
    if label == "PERSON":
        return not any(c.isdigit() or c in "：:\n\t,|" for c in value)
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value) and not twid.is_valid(value)
    if label == "PHONE":
        return phone.is_plausible(value) and plain.startswith(("0", "(0", "+886"))
    if label == "EMAIL":
        return _EMAIL.fullmatch(plain) is not None
    if label == "ADDRESS":
        return _ADDRESS.fullmatch(plain) is not None
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        return _PASSPORT.fullmatch(plain) is not None
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        born = _birth_date(value)
        return born is not None and datetime.date(1920, 1, 1) <= born <= datetime.date(2015, 1, 1)
    return False


def _leaks(text: str) -> list[str]:
    """Kinds of valid identifiers found in ``text`` (already masked where gold spans are)."""
    plain = _ascii(text)
    kinds = []
    if any(twid.is_valid(m) or arc.is_valid(m) for m in _ID.findall(plain)):
        kinds.append("id")
    if "@" in plain or _EMAIL.search(plain):
        kinds.append("email")
    for m in _PHONE.findall(plain):
        tokens = [m, *m.split()]
        if any(t.startswith(("0", "(0", "+886", "886")) and phone.is_plausible(t) for t in tokens):
            kinds.append("phone")
    if any(creditcard.is_valid(m) for m in _CARD.findall(plain)):
        kinds.append("card")
    if _NHI.search(plain):
        kinds.append("nhi")
    return kinds


def _mask(sample: Sample) -> str:
    """The text with every gold span blanked out (same length)."""
    chars = list(sample.text)
    for s, e, _ in sample.spans:
        chars[s:e] = "□" * (e - s)
    return "".join(chars)


def test_returns_n_samples_and_a_known_list() -> None:
    samples, known = generate_heldout9(50, 7)
    assert len(samples) == 50
    assert all(isinstance(s, Sample) for s in samples)
    assert known and all(isinstance(k, str) and k == k.strip() for k in known)


def test_spans_are_exact_sorted_and_unpadded(full: tuple[list[Sample], list[str]]) -> None:
    samples, _ = full
    for i, s in enumerate(samples):
        last_end = 0
        for start, end, label in s.spans:
            assert label in ENTITIES, f"sample {i}: unknown label"
            assert 0 <= last_end <= start < end <= len(s.text), f"sample {i}: bad offsets"
            value = s.text[start:end]
            assert value == value.strip(), f"sample {i}: whitespace at a span edge"
            last_end = end


def test_values_are_valid_per_type(full: tuple[list[Sample], list[str]]) -> None:
    samples, _ = full
    bad = Counter(
        label
        for s in samples
        for start, end, label in s.spans
        if not _value_ok(label, s.text[start:end])
    )
    assert not bad, f"invalid gold values per type: {dict(bad)}"


def test_birth_dates_have_a_cue(full: tuple[list[Sample], list[str]]) -> None:
    samples, _ = full
    for i, s in enumerate(samples):
        for start, end, label in s.spans:
            if label == "BIRTH_DATE":
                near = s.text[max(0, start - 8) : start] + s.text[end : end + 2]
                assert re.search("生日|出生|生", near), f"sample {i}: birth date without a cue"


def test_every_entity_type_present(full: tuple[list[Sample], list[str]]) -> None:
    samples, _ = full
    counts = Counter(label for s in samples for _, _, label in s.spans)
    assert set(counts) == ENTITIES
    assert min(counts.values()) >= 50, "every type should have enough mentions to score"


def test_known_flags_align(full: tuple[list[Sample], list[str]]) -> None:
    samples, known = full
    listed = set(known)
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        expected = [p in listed or p.replace(" ", "") in listed for p in persons]
        assert s.known_person == expected, f"sample {i}: known flags misaligned"


def test_about_half_of_person_mentions_are_unknown(full: tuple[list[Sample], list[str]]) -> None:
    samples, _ = full
    flags = [f for s in samples for f in s.known_person]
    unknown = flags.count(False) / len(flags)
    assert 0.4 <= unknown <= 0.6, f"unknown share {unknown:.2f}"


def test_known_list_has_names_that_never_appear(full: tuple[list[Sample], list[str]]) -> None:
    samples, known = full
    mentioned = {
        s.text[a:b].replace(" ", "")
        for s in samples
        for a, b, label in s.spans
        if label == "PERSON"
    }
    unused = [k for k in known if k.replace(" ", "") not in mentioned]
    assert len(unused) >= 0.1 * len(known)
    assert len(set(known)) == len(known), "the known list has duplicates"


def test_hard_negative_share(full: tuple[list[Sample], list[str]]) -> None:
    samples, _ = full
    share = sum(s.hard_negative for s in samples) / len(samples)
    assert 0.18 <= share <= 0.32, f"hard-negative share {share:.2f}"
    small, _ = generate_heldout9(100, 3)
    assert 0.18 <= sum(s.hard_negative for s in small) / 100 <= 0.32


def test_hard_negatives_hold_only_look_alikes(full: tuple[list[Sample], list[str]]) -> None:
    samples, known = full
    long_names = [k for k in known if len(k.replace(" ", "")) >= 3]
    for i, s in enumerate(samples):
        if not s.hard_negative:
            continue
        assert not s.spans and not s.known_person, f"sample {i}: a hard negative with spans"
        assert not _leaks(s.text), f"sample {i}: valid identifier(s) {_leaks(s.text)}"
        squeezed = s.text.replace(" ", "")
        hits = sum(k in s.text or k.replace(" ", "") in squeezed for k in long_names)
        assert not hits, f"sample {i}: {hits} known name(s) in a hard negative"


def test_positives_have_nothing_valid_outside_gold_spans(
    full: tuple[list[Sample], list[str]],
) -> None:
    samples, _ = full
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        assert s.spans, f"sample {i}: a positive without spans"
        leaks = _leaks(_mask(s))
        assert not leaks, f"sample {i}: unlabelled valid identifier(s) {leaks}"


def test_full_width_share(full: tuple[list[Sample], list[str]]) -> None:
    samples, _ = full
    kinds = {"TW_NATIONAL_ID", "TW_RESIDENT_CERT", "PHONE", "TW_NHI_CARD", "CREDIT_CARD"}
    values = [s.text[a:b] for s in samples for a, b, label in s.spans if label in kinds]
    wide = sum(_ascii(v) != v for v in values) / len(values)
    assert 0.08 <= wide <= 0.2, f"full-width share {wide:.2f}"


def test_name_forms_are_varied(full: tuple[list[Sample], list[str]]) -> None:
    samples, _ = full
    names = [s.text[a:b] for s in samples for a, b, label in s.spans if label == "PERSON"]
    forms = Counter()
    for n in names:
        if "·" in n:
            forms["interpunct"] += 1
        elif n.isascii():
            forms["latin"] += 1
        elif unicodedata.category(n[-1]) == "Ll":
            forms["latin-diacritics"] += 1
        elif " " in n:
            forms["spaced-han"] += 1
        else:
            forms["han"] += 1
    assert all(forms[k] >= 20 for k in ["interpunct", "latin", "spaced-han", "han"]), dict(forms)
    assert len({len(n) for n in names if not n.isascii()}) >= 4, "Han names of one length only"


def test_reproducible_per_seed_and_different_across_seeds() -> None:
    a, ka = generate_heldout9(300, 11)
    b, kb = generate_heldout9(300, 11)
    c, kc = generate_heldout9(300, 12)
    assert [(s.text, s.spans, s.hard_negative, s.known_person) for s in a] == [
        (s.text, s.spans, s.hard_negative, s.known_person) for s in b
    ]
    assert ka == kb
    assert [s.text for s in a] != [s.text for s in c]
    assert ka != kc
