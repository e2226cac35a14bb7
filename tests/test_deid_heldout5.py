"""The sixth held-out set: labels must be exactly right, or its figures mean nothing.

These tests check the generator only (they never run the scanner): every span covers exactly a
valid value of its type, hard negatives hold no personal data, the known-name flags agree with
the returned list, and the set is reproducible.
"""

import re
import unicodedata
from collections import Counter
from datetime import date

import pytest

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout5 import generate_heldout5
from pipelines.deid.identifiers import arc, creditcard, nhi, phone, twid

ENTITIES = {
    "PERSON", "TW_NATIONAL_ID", "TW_RESIDENT_CERT", "PHONE", "EMAIL", "ADDRESS", "TW_NHI_CARD",
    "PASSPORT", "CREDIT_CARD", "BIRTH_DATE",
}  # fmt: skip


@pytest.fixture(scope="module")
def generated() -> tuple[list[Sample], list[str]]:
    return generate_heldout5(n=2000, seed=53)


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _key(name: str) -> str:
    return re.sub(r"\s+", "", _nfkc(name)).casefold()


_ZH = {c: i for i, c in enumerate("〇一二三四五六七八九")}


def _zh_int(text: str) -> int:
    """Chinese numerals up to 199 (七十五, 一百零五, 十二)."""
    total, rest = 0, text
    if "百" in rest:
        head, rest = rest.split("百")
        total += 100 * _ZH[head or "一"]
        rest = rest.lstrip("零")
    if "十" in rest:
        head, rest = rest.split("十")
        total += 10 * (_ZH[head] if head else 1)
    return total + (_ZH[rest] if rest else 0)


def _parse_date(text: str) -> date:
    """Read a birth date in any of the written forms the set uses (ROC or Gregorian)."""
    t = _nfkc(text).removeprefix("民國")
    zh = re.fullmatch(r"([〇一二三四五六七八九十百零]+)年(\S+)月(\S+)日", t)
    if zh:
        y, m, d = (_zh_int(g) for g in zh.groups())
    elif re.fullmatch(r"\d{7}", t):
        y, m, d = int(t[:3]), int(t[3:5]), int(t[5:])
    else:
        parts = re.fullmatch(r"(\d{2,4})[年/.-](\d{1,2})[月/.-](\d{1,2})日?", t)
        assert parts, f"unreadable date form ({len(text)} chars)"
        y, m, d = (int(g) for g in parts.groups())
    return date(y if y > 1900 else y + 1911, m, d)


def _value_ok(entity: str, value: str) -> bool:
    v = _nfkc(value)
    if entity == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if entity == "TW_RESIDENT_CERT":
        return arc.is_valid(value) and not twid.is_valid(value)
    if entity == "PHONE":
        return phone.is_valid(value)
    if entity == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if entity == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if entity == "EMAIL":
        shape = r"[a-z0-9._-]+(@| \[at\] )[a-z0-9.-]+\.[a-z]{2,}"
        return re.fullmatch(shape, v.lower()) is not None
    if entity == "PASSPORT":
        return re.fullmatch(r"[A-Z]{0,2}\d{7,9}[A-Z]?", v) is not None and 8 <= len(v) <= 9
    if entity == "BIRTH_DATE":
        return 1920 <= _parse_date(value).year <= 2010
    if entity == "ADDRESS":
        return re.search(r"[區市鎮鄉].*[路街道段].*\d+(之\d+)?號", v) is not None
    if entity == "PERSON":
        # The only comma allowed is the passport style's (WANG, HSIAO-MING; DELA CRUZ, JUAN).
        value = re.sub(r"^([A-Z][A-Z ]*[A-Z]), (?=[A-Z])", r"\1 ", value)
        return value.strip() == value and not re.search(r"[\d:：,，、（）()|\n\"]", value)
    return False


def test_every_span_covers_exactly_a_valid_value(generated) -> None:
    samples, _ = generated
    bad: Counter[str] = Counter()
    for s in samples:
        last_end = 0
        for start, end, entity in s.spans:
            assert entity in ENTITIES
            assert last_end <= start < end <= len(s.text), "spans overlap or run out of the text"
            last_end = end
            value = s.text[start:end]
            if value != value.strip() or not _value_ok(entity, value):
                bad[entity] += 1
    assert not bad, f"spans that do not cover a valid value, per type: {dict(bad)}"


def test_all_types_occur_in_useful_numbers(generated) -> None:
    samples, _ = generated
    counts = Counter(e for s in samples for *_, e in s.spans)
    assert set(counts) == ENTITIES
    assert min(counts.values()) >= 50, counts


def test_about_a_quarter_are_hard_negatives_without_spans(generated) -> None:
    samples, _ = generated
    negatives = [s for s in samples if s.hard_negative]
    assert 0.2 <= len(negatives) / len(samples) <= 0.3
    assert all(not s.spans and not s.known_person for s in negatives)


def _identifier_hits(text: str) -> int:
    """Valid identifiers of the checksum types (and mobile numbers, e-mail) anywhere in text."""
    t = _nfkc(text).upper()
    hits = sum(twid.is_valid(m) or arc.is_valid(m) for m in re.findall(r"[A-Z][0-9A-D]\d{8}", t))
    for m in re.finditer(r"\d[\d -]{11,22}\d", t):
        digits = re.sub(r"\D", "", m.group())
        hits += any(
            creditcard.is_valid(digits[i:j])
            for i in range(len(digits))
            for j in range(i + 13, min(len(digits), i + 19) + 1)
        )
    hits += len(re.findall(r"(?<!\d)09\d{2}-?\d{3}-?\d{3}(?!\d)", t))
    hits += "@" in t
    return hits


def test_hard_negatives_hold_no_identifiers_or_known_names(generated) -> None:
    samples, known = generated
    negatives = [s for s in samples if s.hard_negative]
    assert sum(_identifier_hits(s.text) for s in negatives) == 0
    long_names = [k for k in known if len(_key(k)) >= 3]
    leaked = sum(any(_key(k) in _key(s.text) for k in long_names) for s in negatives)
    assert leaked == 0


def test_positives_leave_no_valid_identifier_unlabelled(generated) -> None:
    samples, _ = generated
    unlabelled = 0
    for s in samples:
        if s.hard_negative:
            continue
        masked = list(s.text)
        for start, end, _ in s.spans:
            masked[start:end] = ["　"] * (end - start)
        unlabelled += _identifier_hits("".join(masked)) > 0
    assert unlabelled == 0


def test_known_flags_match_the_names_list_and_split_about_half(generated) -> None:
    samples, known = generated
    keys = {_key(k) for k in known}
    flags: list[bool] = []
    for s in samples:
        persons = [s.text[a:b] for a, b, e in s.spans if e == "PERSON"]
        assert len(persons) == len(s.known_person)
        for name, flag in zip(persons, s.known_person, strict=True):
            assert (_key(name) in keys) == flag
        flags.extend(s.known_person)
    share = sum(flags) / len(flags)
    assert 0.4 <= share <= 0.6, share


def test_names_are_varied_and_include_romanised_and_foreign(generated) -> None:
    samples, _ = generated
    names = [s.text[a:b] for s in samples for a, b, e in s.spans if e == "PERSON"]
    latin = [n for n in names if re.fullmatch(r"[A-Za-zÀ-ÿ ,.'-]+", n)]
    assert len(set(names)) > 0.5 * len(names)
    assert 0.1 <= len(latin) / len(names) <= 0.4
    assert any(re.fullmatch(r"[A-Z]+, [A-Z]+-[A-Z]+", n) for n in latin)  # passport style
    assert any(re.search(r"\s", n) and not re.search(r"[A-Za-z]", n) for n in names)  # 王　小明


def test_reproducible_and_seed_dependent() -> None:
    a, ka = generate_heldout5(n=200, seed=53)
    b, kb = generate_heldout5(n=200, seed=53)
    c, _ = generate_heldout5(n=200, seed=54)
    assert a == b and ka == kb
    assert [s.text for s in a] != [s.text for s in c]
