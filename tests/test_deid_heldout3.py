"""The fourth held-out set: its labels must be right, or every figure measured on it is wrong.

These check the generator only (never the scanner): each gold span covers exactly a valid
value of its type, nothing valid is left unlabelled, hard negatives are clean, the set is
reproducible, and about half of the person mentions are missing from the known-names list.
"""

import re
import unicodedata
from collections import Counter

import pytest

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout3 import generate_heldout3, unlabelled_identifiers
from pipelines.deid.identifiers import arc, creditcard, nhi, phone, twid

ENTITIES = {
    "PERSON", "TW_NATIONAL_ID", "TW_RESIDENT_CERT", "PHONE", "EMAIL", "ADDRESS",
    "TW_NHI_CARD", "PASSPORT", "CREDIT_CARD", "BIRTH_DATE",
}  # fmt: skip
_EMAIL = re.compile(r"[\w.+-]+(?:@| \[at\] )[\w-]+(?:\.[\w-]+)+", re.ASCII | re.IGNORECASE)
_PASSPORT = re.compile(r"[A-Z]{0,2}\d{7,9}[A-Z]?")
_BIRTH = re.compile(
    r"(民國)?\d{2,4}年\d{1,2}月\d{1,2}日|\d{2,4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{7}"
    r"|民國[一二三四五六七八九十百〇零]+年[一二三四五六七八九十]+月[一二三四五六七八九十]+日"
    r"|\d{1,2} [A-Z][a-z]{2} \d{4}"
)
_ADDRESS_END = re.compile(r"(號|樓|之[\d一二三四五六七八九十]+)$")
_EDGE_PUNCT = set(" \t\n　：:，,、。()（）[]「」|｜")
_ID_TOKEN = re.compile(r"[A-Z][0-9A-D]\d{8}")
_PHONE_RUN = re.compile(r"(?:\+886|\(0|(?<!\d)0)[\d\- ()]{7,16}\d")


@pytest.fixture(scope="module")
def data() -> tuple[list[Sample], list[str]]:
    return generate_heldout3(n=600, seed=31)


def _valid(entity: str, value: str, known: set[str], is_known: bool | None) -> bool:
    norm = unicodedata.normalize("NFKC", value)
    if entity == "TW_NATIONAL_ID":
        return twid.is_valid(norm)
    if entity == "TW_RESIDENT_CERT":
        return arc.is_valid(norm) and not twid.is_valid(norm)
    if entity == "PHONE":
        return phone.is_valid(norm)
    if entity == "CREDIT_CARD":
        return creditcard.is_valid(norm)
    if entity == "TW_NHI_CARD":
        return nhi.is_valid(norm)
    if entity == "EMAIL":
        return _EMAIL.fullmatch(norm) is not None
    if entity == "PASSPORT":
        return _PASSPORT.fullmatch(norm) is not None
    if entity == "BIRTH_DATE":
        return _BIRTH.fullmatch(norm) is not None
    if entity == "ADDRESS":
        return _ADDRESS_END.search(norm) is not None and re.search("[區鄉鎮市]", norm) is not None
    assert entity == "PERSON"
    return (value in known) == is_known and 2 <= len(value) <= 20


def test_every_span_covers_exactly_one_valid_value(data: tuple[list[Sample], list[str]]) -> None:
    samples, known_list = data
    known = set(known_list)
    for sample in samples:
        flags = iter(sample.known_person)
        previous_end = 0
        for start, end, entity in sample.spans:
            assert entity in ENTITIES
            assert previous_end <= start < end <= len(sample.text)  # sorted, no overlaps
            previous_end = end
            value = sample.text[start:end]
            is_known = next(flags) if entity == "PERSON" else None
            assert _valid(entity, value, known, is_known), (entity, len(value))
            opening = _EDGE_PUNCT - {"(", "（"} if entity == "PHONE" else _EDGE_PUNCT  # (02)…
            assert value[0] not in opening and value[-1] not in _EDGE_PUNCT
            if entity != "PERSON":  # a clipped value would leave digits or letters next to it
                before = unicodedata.normalize("NFKC", sample.text[start - 1 : start])
                after = unicodedata.normalize("NFKC", sample.text[end : end + 1])
                assert not (before.isascii() and before.isalnum()), entity
                assert not (after.isascii() and after.isdigit()), entity
        assert next(flags, None) is None  # one known flag per PERSON span


def test_no_valid_identifier_is_left_unlabelled(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    for sample in samples:
        chars = list(sample.text)
        for start, end, _ in sample.spans:
            chars[start:end] = ["　"] * (end - start)
        rest = unicodedata.normalize("NFKC", "".join(chars))
        assert "@" not in rest and "[at]" not in rest
        assert not any(
            twid.is_valid(m.group()) or arc.is_valid(m.group())
            for m in _ID_TOKEN.finditer(rest.upper())
        )
        assert not any(phone.is_valid(m.group()) for m in _PHONE_RUN.finditer(rest))
        assert unlabelled_identifiers(rest) == 0


def test_hard_negatives_are_clean_and_about_a_quarter(
    data: tuple[list[Sample], list[str]],
) -> None:
    samples, known = data
    negatives = [s for s in samples if s.hard_negative]
    assert 0.18 <= len(negatives) / len(samples) <= 0.32
    people = [name for name in known if len(name) >= 3]
    for sample in negatives:
        assert sample.spans == [] and sample.known_person == []
        assert not any(name in sample.text for name in people)
    # They carry the distractors they exist for: BANs, dates, document numbers, statutes.
    joined = "\n".join(s.text for s in negatives)
    for cue in ("統一編號", "年", "字第", "法第", "元"):
        assert cue in joined


def test_every_entity_type_occurs_in_several_forms(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    values: dict[str, list[str]] = {}
    for sample in samples:
        for start, end, entity in sample.spans:
            values.setdefault(entity, []).append(sample.text[start:end])
    assert set(values) == ENTITIES
    counts = Counter({entity: len(v) for entity, v in values.items()})
    assert min(counts.values()) >= 20, counts
    assert any(unicodedata.normalize("NFKC", v) != v for v in values["TW_NATIONAL_ID"])
    assert any(v.startswith("+886") for v in values["PHONE"])
    assert any("(" in v for v in values["PHONE"])
    assert any(v[1] in "ABCD" for v in values["TW_RESIDENT_CERT"])
    assert any(v[1] in "89" for v in values["TW_RESIDENT_CERT"])
    assert any("民國" in v for v in values["BIRTH_DATE"])
    assert any(re.fullmatch(r"\d{7}", v) for v in values["BIRTH_DATE"])
    counties = tuple("臺台新桃高基苗彰南雲嘉屏宜花澎金")
    assert any(not v.startswith(counties) for v in values["ADDRESS"])  # no county
    assert any("樓" in v and "巷" in v for v in values["ADDRESS"])
    assert any(re.search("[·‧・．]", v) for v in values["PERSON"])


def test_about_half_of_person_mentions_are_unknown(data: tuple[list[Sample], list[str]]) -> None:
    samples, known = data
    flags = [flag for s in samples for flag in s.known_person]
    assert len(flags) > 500
    assert 0.4 <= flags.count(False) / len(flags) <= 0.6
    assert len(set(known)) == len(known)


def test_reproducible_by_seed() -> None:
    first = generate_heldout3(n=80, seed=5)
    again = generate_heldout3(n=80, seed=5)
    other = generate_heldout3(n=80, seed=6)
    assert first == again
    assert [s.text for s in first[0]] != [s.text for s in other[0]]
    assert len(first[0]) == 80
