"""The fifth held-out set's generator: labels must be exact, valid and reproducible.

Only the generator is tested here (fast); the scanner is deliberately never run on this set
in tests, so that the set stays an honest final measurement.
"""

import re
import unicodedata
from collections import Counter

import pytest

from pipelines.deid.evaluation.heldout4 import generate_heldout4
from pipelines.deid.identifiers import arc, creditcard, nhi, phone, twid

ENTITIES = {
    "PERSON", "TW_NATIONAL_ID", "TW_RESIDENT_CERT", "PHONE", "EMAIL", "ADDRESS",
    "TW_NHI_CARD", "PASSPORT", "CREDIT_CARD", "BIRTH_DATE",
}  # fmt: skip


@pytest.fixture(scope="module")
def dataset():
    return generate_heldout4(n=1500, seed=41)


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def _valid(entity: str, value: str) -> bool:
    v = _nfkc(value)
    if entity == "TW_NATIONAL_ID":
        return twid.is_valid(v)
    if entity == "TW_RESIDENT_CERT":
        return arc.is_valid(v) and not twid.is_valid(v)
    if entity == "PHONE":
        return phone.is_valid(v)
    if entity == "CREDIT_CARD":
        return creditcard.is_valid(v)
    if entity == "TW_NHI_CARD":
        return nhi.is_valid(v)
    if entity == "EMAIL":
        return re.fullmatch(r"[\w.+-]+ ?@ ?[\w-]+(\.[\w-]+)+", v) is not None
    if entity == "PASSPORT":
        return re.fullmatch(r"[A-Z]{0,2}\d{7,9}[A-Z]?", v) is not None
    if entity == "BIRTH_DATE":
        return re.search(r"\d|[一二三四五六七八九十]", v) is not None and len(v) >= 6
    if entity == "ADDRESS":
        return re.search(r"(路|街|大道|村|里).*號|鄰.*號", v) is not None
    if entity == "PERSON":
        return (
            2 <= len(v) <= 40
            and not re.search(r"\d|先生|小姐|姓名|醫師|[:：，()（）]|,(?! )", v)
            and v == v.strip()
        )
    return False


def test_spans_cover_exactly_a_valid_value(dataset):
    samples, _ = dataset
    bad: Counter[str] = Counter()
    for s in samples:
        prev_end = 0
        for start, end, entity in s.spans:
            assert entity in ENTITIES
            assert prev_end <= start < end <= len(s.text)  # sorted, non-overlapping
            value = s.text[start:end]
            assert value == value.strip()
            if not _valid(entity, value):
                bad[entity] += 1
            prev_end = end
    assert not bad, bad  # counts only: values are not printed


def test_every_entity_type_is_well_represented(dataset):
    samples, _ = dataset
    counts = Counter(e for s in samples for *_, e in s.spans)
    assert set(counts) == ENTITIES
    assert min(counts.values()) >= 60, counts


def test_known_flags_match_the_known_list(dataset):
    samples, known = dataset
    known_set = set(known)
    flags: list[bool] = []
    for s in samples:
        persons = [s.text[a:b] for a, b, e in s.spans if e == "PERSON"]
        assert len(persons) == len(s.known_person)
        for name, flag in zip(persons, s.known_person, strict=True):
            assert (name in known_set) == flag
        flags.extend(s.known_person)
    share_unknown = 1 - sum(flags) / len(flags)
    assert 0.4 <= share_unknown <= 0.6


def test_hard_negatives_are_clean(dataset):
    samples, known = dataset
    negatives = [s for s in samples if s.hard_negative]
    assert 0.2 <= len(negatives) / len(samples) <= 0.3
    for s in negatives:
        assert s.spans == [] and s.known_person == []
        assert not any(name in s.text for name in known)


def _stray(text: str) -> int:
    t = _nfkc(text)
    found = sum(
        twid.is_valid(m.group()) or arc.is_valid(m.group())
        for m in re.finditer(r"[A-Za-z][A-Da-d0-9]\d{8}", t)
    )
    found += sum(phone.is_valid(m.group()) for m in re.finditer(r"(?:\+886|0)[\d\- ()]{7,14}\d", t))
    found += sum(creditcard.is_valid(m.group()) for m in re.finditer(r"\d[\d\- ]{11,22}\d", t))
    return found


def test_no_valid_identifier_outside_the_labels(dataset):
    samples, _ = dataset
    for s in samples:
        chars = list(s.text)
        for a, b, _ in s.spans:
            chars[a:b] = "\n" * (b - a)
        assert _stray("".join(chars)) == 0


def test_negatives_contain_look_alikes(dataset):
    samples, _ = dataset
    negatives = "".join(s.text for s in samples if s.hard_negative)
    for marker in ("字第", "統一編號", "第44條", "新臺幣", "/0"):
        assert marker in negatives


def test_names_look_taiwanese(dataset):
    samples, _ = dataset
    han = [
        s.text[a:b]
        for s in samples
        for a, b, e in s.spans
        if e == "PERSON" and re.fullmatch(r"[\u4e00-\u9fff]{3}", s.text[a:b])
    ]
    top = Counter(n[0] for n in han).most_common(3)
    assert {"陳", "林"} <= {c for c, _ in top}
    assert any(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+", s.text[a:b])
               for s in samples for a, b, e in s.spans if e == "PERSON")  # fmt: skip


def test_reproducible_and_seed_dependent():
    a, ka = generate_heldout4(n=200, seed=5)
    b, kb = generate_heldout4(n=200, seed=5)
    c, _ = generate_heldout4(n=200, seed=6)
    assert [(s.text, s.spans, s.known_person) for s in a] == [
        (s.text, s.spans, s.known_person) for s in b
    ]
    assert ka == kb
    assert [s.text for s in a] != [s.text for s in c]
    assert len(a) == 200
