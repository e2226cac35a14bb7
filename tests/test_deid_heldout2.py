"""The third held-out set: its labels must be right, or every figure measured on it is wrong.

These check the generator only (gold spans against the values they claim to cover, the
checksums, the negatives, the known-name split); the scanner is never involved.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

import phonenumbers
import pytest

from pipelines.deid.evaluation.heldout2 import generate_heldout2
from pipelines.deid.identifiers import arc, creditcard, twid

SAMPLES, KNOWN = generate_heldout2(n=1500, seed=11)
ENTITIES = (
    "PERSON", "TW_NATIONAL_ID", "TW_RESIDENT_CERT", "PHONE", "EMAIL", "ADDRESS", "TW_NHI_CARD",
    "PASSPORT", "CREDIT_CARD", "BIRTH_DATE",
)  # fmt: skip


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def _by(entity: str) -> list[tuple[str, str, str]]:
    """(value, char before, char after) of every gold span of ``entity``."""
    out = []
    for s in SAMPLES:
        for a, b, e in s.spans:
            if e == entity:
                out.append((s.text[a:b], s.text[a - 1 : a], s.text[b : b + 1]))
    return out


def test_every_entity_type_is_well_represented() -> None:
    for entity in ENTITIES:
        assert len(_by(entity)) >= 60, entity


def test_spans_are_inside_disjoint_trimmed_and_person_flags_line_up() -> None:
    for s in SAMPLES:
        for (_, end, _), (start, _, _) in itertools.pairwise(sorted(s.spans)):
            assert end <= start
        for a, b, _ in s.spans:
            assert 0 <= a < b <= len(s.text)
            assert s.text[a:b] == s.text[a:b].strip()
            assert "\n" not in s.text[a:b] and "\t" not in s.text[a:b]
        assert len(s.known_person) == sum(e == "PERSON" for *_, e in s.spans)


@pytest.mark.parametrize(
    "entity", ["TW_NATIONAL_ID", "TW_RESIDENT_CERT", "PASSPORT", "CREDIT_CARD", "TW_NHI_CARD"]
)
def test_identifier_spans_are_not_cut_out_of_a_longer_token(entity: str) -> None:
    # A span that stops one character short (or starts one late) would still "contain" a
    # valid-looking value but the scorer would be judging against the wrong boundaries.
    for _, before, after in _by(entity):
        assert not _nfkc(before).isascii() or not _nfkc(before).isalnum()
        assert not _nfkc(after).isascii() or not _nfkc(after).isalnum()


def test_national_ids_and_resident_certificates_pass_their_checksums() -> None:
    for value, *_ in _by("TW_NATIONAL_ID"):
        assert twid.is_valid(value) and not arc.is_valid(value)
    for value, *_ in _by("TW_RESIDENT_CERT"):
        assert arc.is_valid(value) and not twid.is_valid(value)
    certs = [_nfkc(v).upper() for v, *_ in _by("TW_RESIDENT_CERT")]
    assert any(c[1] in "89" for c in certs) and any(c[1] in "ABCD" for c in certs)


def test_cards_pass_luhn_and_nhi_numbers_have_twelve_digits() -> None:
    for value, *_ in _by("CREDIT_CARD"):
        assert creditcard.is_valid(value)
    for value, *_ in _by("TW_NHI_CARD"):
        assert re.fullmatch(r"\d{12}", re.sub(r"[ -]", "", _nfkc(value)))


def test_phones_are_valid_taiwanese_numbers_in_many_forms() -> None:
    values = [v for v, *_ in _by("PHONE")]
    for value in values:
        number = phonenumbers.parse(_nfkc(value), "TW")
        assert phonenumbers.is_valid_number(number) and number.country_code == 886
    assert any(v.startswith("+886") for v in values)
    assert any(v.startswith("(0") for v in values)
    assert any(not v.isascii() for v in values)  # full-width forms


def test_emails_addresses_passports_and_birth_dates_have_their_shape() -> None:
    for value, *_ in _by("EMAIL"):
        assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", _nfkc(value), re.ASCII)
    for value, *_ in _by("ADDRESS"):
        assert re.search(r"[區市鎮鄉]", value) and re.search(r"[路街段]", value)
        assert "號" in value
    for value, *_ in _by("PASSPORT"):
        assert re.fullmatch(r"[A-Z]{0,2}\d{7,9}[A-Z]?", value)
    for value, *_ in _by("BIRTH_DATE"):
        assert re.search(r"\d|[一二三四五六七八九十]", _nfkc(value))
    dates = [_nfkc(v) for v, *_ in _by("BIRTH_DATE")]
    assert any(d.startswith("民國") for d in dates) and any(
        re.fullmatch(r"\d{7}", d) for d in dates
    )


def test_hard_negatives_carry_no_spans_and_no_valid_identifier() -> None:
    negatives = [s for s in SAMPLES if s.hard_negative]
    assert 0.2 <= len(negatives) / len(SAMPLES) <= 0.32
    known = set(KNOWN)
    for s in negatives:
        assert not s.spans and not s.known_person
        text = _nfkc(s.text).upper()
        for m in re.finditer(r"(?=([A-Z][A-Z0-9]\d{8}))", text):
            assert not twid.is_valid(m.group(1)) and not arc.is_valid(m.group(1))
        for m in re.finditer(r"\d[\d -]{11,21}\d", text):
            assert not creditcard.is_valid(m.group())
        assert not list(phonenumbers.PhoneNumberMatcher(s.text, "TW"))
        assert "@" not in text
        assert not any(name in s.text for name in known if len(name) >= 3)
    # ...but they are not trivially empty: numbers, statutes, 統一編號 and 12-digit serials.
    joined = "".join(s.text for s in negatives)
    assert "統一編號" in joined and "條" in joined and re.search(r"\d{12}", joined)


def test_positive_samples_all_carry_at_least_one_span() -> None:
    assert all(s.spans for s in SAMPLES if not s.hard_negative)


def test_about_half_of_person_mentions_are_not_in_the_known_list() -> None:
    known = set(KNOWN)
    flags = []
    for s in SAMPLES:
        people = [s.text[a:b] for a, b, e in s.spans if e == "PERSON"]
        for name, flag in zip(people, s.known_person, strict=True):
            assert (name in known) == flag
            flags.append(flag)
    assert 0.4 <= 1 - sum(flags) / len(flags) <= 0.6


def test_generation_is_reproducible_by_seed() -> None:
    a = generate_heldout2(n=60, seed=3)
    b = generate_heldout2(n=60, seed=3)
    c = generate_heldout2(n=60, seed=4)
    assert a == b
    assert [s.text for s in a[0]] != [s.text for s in c[0]]


def test_no_unlabelled_phone_or_id_hides_in_positive_samples() -> None:
    # An unlabelled real identifier would count as a false positive for a correct scanner.
    for s in SAMPLES:
        if s.hard_negative:
            continue
        labelled = [(a, b) for a, b, _ in s.spans]

        def inside(start: int, end: int, spans: list[tuple[int, int]] = labelled) -> bool:
            return any(a <= start and end <= b for a, b in spans)

        for m in phonenumbers.PhoneNumberMatcher(s.text, "TW"):  # may add brackets, extension
            assert any(a < m.end and m.start < b for a, b in labelled), "unlabelled phone"
        text = _nfkc(s.text).upper()  # NFKC keeps these characters one-to-one
        for m in re.finditer(r"(?=([A-Z][A-Z0-9]\d{8}))", text):
            if twid.is_valid(m.group(1)) or arc.is_valid(m.group(1)):
                assert inside(m.start(1), m.start(1) + 10), "unlabelled ID"
