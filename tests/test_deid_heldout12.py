"""Tests of the held-out set 12 generator (the data only; the scanner is never run here).

Why these checks: a held-out figure is only honest when the gold labels are right, so every
span must be exact and hold a value valid for its type, and no valid value may sit unlabelled
outside the gold spans. Assertion messages name sample indices and types, never values, and
assertion rewriting is off (PYTEST_DONT_REWRITE) so pytest cannot echo names or values either.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import pytest

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout12 import ENTITY_TYPES, generate_heldout12
from pipelines.deid.identifiers import arc, creditcard, nhi, phone, twid

N = 2000


class _Data:
    """The generated set, with a repr that hides its content from pytest's tracebacks."""

    def __init__(self, samples: list[Sample], known: list[str]) -> None:
        self.samples = samples
        self.known = known

    def __repr__(self) -> str:
        return f"<heldout12: {len(self.samples)} samples>"


@pytest.fixture(scope="module")
def data() -> _Data:
    return _Data(*generate_heldout12())


_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", re.ASCII)
_PASSPORT = re.compile(r"3\d{8}|[A-Z]\d{7}|P\d{7}[A-Z]|[A-Z]{2}\d{7}")
_ADDRESS = re.compile(r"\d{0,6}[臺台][北中南東]?[市縣]|.{2}[市縣]")
_ADDRESS_END = re.compile(r"號(?:\d+樓|[一二三四五六七八九十]+樓)?(?:之\d+)?$")

# Candidate finders over NFKC text, used to prove nothing valid sits outside the gold spans.
_ID_CAND = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]-?\d{8}(?![A-Za-z0-9])")
_PHONE_CAND = re.compile(r"(?<![A-Za-z0-9])(?:\+886[ -]?|\(?0)[\d() -]{6,14}\d(?!\d)")
_CARD_CAND = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")
_NHI_CAND = re.compile(r"(?<!\d)\d{4}[ -]?\d{4}[ -]?\d{4}(?!\d)")


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _valid_value(label: str, value: str) -> bool:
    """Whether a gold value is valid for its label (checksums where the type has one)."""
    v = _nfkc(value)
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(v)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(v)
    if label == "PHONE":
        return phone.is_valid(v)
    if label == "EMAIL":
        return _EMAIL.fullmatch(v) is not None
    if label == "TW_NHI_CARD":
        return nhi.is_valid(v)
    if label == "CREDIT_CARD":
        return creditcard.is_valid(v)
    if label == "PASSPORT":
        return _PASSPORT.fullmatch(v) is not None
    if label == "ADDRESS":
        return bool(_ADDRESS.match(v)) and bool(_ADDRESS_END.search(v))
    if label == "BIRTH_DATE":
        return bool(re.search(r"\d", v)) and not re.search(r"[A-Za-z]", v)
    if label == "PERSON":
        return not re.search(r"\d", v) and len(v.replace(" ", "")) >= 2
    return False


def _stray_findings(text: str) -> list[str]:
    """Types of valid values found in ``text`` (already masked where gold spans were)."""
    t = _nfkc(text)
    found = []
    for m in _ID_CAND.finditer(t):
        if twid.is_valid(m.group()) or arc.is_valid(m.group()):
            found.append("id")
    for m in _PHONE_CAND.finditer(t):
        if phone.is_plausible(m.group().strip()):
            found.append("phone")
    for m in _CARD_CAND.finditer(t):
        if creditcard.is_valid(m.group()):
            found.append("card")
    if _NHI_CAND.search(t):
        found.append("nhi")
    if _EMAIL.search(t):
        found.append("email")
    return found


def _masked(sample: Sample) -> str:
    chars = list(sample.text)
    for s, e, _ in sample.spans:
        chars[s:e] = ["■"] * (e - s)
    return "".join(chars)


def test_size_and_types(data: _Data) -> None:
    samples = data.samples
    assert len(samples) == N, "sample count"
    labels = Counter(label for s in samples for *_, label in s.spans)
    assert set(labels) == set(ENTITY_TYPES), "every entity type must be present"
    assert all(labels[t] >= 50 for t in ENTITY_TYPES), "each type needs 50+ spans"


def test_spans_exact_ordered_and_trimmed(data: _Data) -> None:
    samples = data.samples
    for i, s in enumerate(samples):
        prev_end = 0
        for start, end, label in s.spans:
            assert 0 <= prev_end <= start < end <= len(s.text), f"sample {i}: bad span order"
            value = s.text[start:end]
            assert value == value.strip(), f"sample {i}: {label} span has edge whitespace"
            prev_end = end


def test_values_valid_per_type(data: _Data) -> None:
    samples = data.samples
    bad = Counter(
        label
        for s in samples
        for start, end, label in s.spans
        if not _valid_value(label, s.text[start:end])
    )
    assert not bad, f"invalid gold values by type: {dict(bad)}"


def test_resident_cert_both_forms(data: _Data) -> None:
    samples = data.samples
    forms = Counter(
        "new" if arc.is_new_form(arc.compact(s.text[a:b])) else "old"
        for s in samples
        for a, b, label in s.spans
        if label == "TW_RESIDENT_CERT"
    )
    assert forms["new"] > 20 and forms["old"] > 20, "both certificate forms"


def test_birth_dates_have_cue(data: _Data) -> None:
    samples = data.samples
    for i, s in enumerate(samples):
        for start, end, label in s.spans:
            if label == "BIRTH_DATE":
                window = s.text[max(0, start - 60) : end + 2]
                # A table's 出生日期 column header is the cue for every row below it.
                cued = "生" in window or "出生日期 |" in s.text
                assert cued, f"sample {i}: birth date without a cue"


def test_known_flags_align(data: _Data) -> None:
    samples, known = data.samples, data.known
    keys = set(known)
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        assert len(s.known_person) == len(persons), f"sample {i}: flag count"
        for j, (mention, flag) in enumerate(zip(persons, s.known_person, strict=True)):
            expected = mention in keys or mention.replace(" ", "") in keys
            assert flag == expected, f"sample {i}: PERSON #{j} flag mismatch"


def test_unknown_share_and_unmentioned_known(data: _Data) -> None:
    samples, known = data.samples, data.known
    flags = [f for s in samples for f in s.known_person]
    unknown_share = flags.count(False) / len(flags)
    assert 0.4 <= unknown_share <= 0.6, f"unknown PERSON share {unknown_share:.3f}"
    mentioned = {
        s.text[a:b].replace(" ", "")
        for s in samples
        for a, b, label in s.spans
        if label == "PERSON"
    }
    never = [k for k in known if k.replace(" ", "") not in mentioned]
    assert len(never) >= 0.05 * len(known), "the known list must hold never-mentioned names"
    assert len(set(known)) == len(known), "known names are distinct"


def test_hard_negatives(data: _Data) -> None:
    samples, known = data.samples, data.known
    negatives = [i for i, s in enumerate(samples) if s.hard_negative]
    share = len(negatives) / len(samples)
    assert 0.18 <= share <= 0.32, f"hard-negative share {share:.3f}"
    long_known = [k for k in known if len(k) >= 3] + [
        k.replace(" ", "") for k in known if len(k.replace(" ", "")) >= 3
    ]
    for i in negatives:
        s = samples[i]
        assert not s.spans and not s.known_person, f"sample {i}: hard negative with spans"
        assert not _stray_findings(s.text), f"sample {i}: hard negative holds a valid value"
        assert not any(k in s.text for k in long_known), f"sample {i}: hard negative known name"


def test_nothing_valid_outside_gold(data: _Data) -> None:
    samples, known = data.samples, data.known
    long_known = [k for k in known if len(k) >= 3]
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        assert s.spans, f"sample {i}: positive without spans"
        masked = _masked(s)
        stray = _stray_findings(masked)
        assert not stray, f"sample {i}: unlabelled valid values of types {stray}"
        assert not any(k in masked for k in long_known), f"sample {i}: unlabelled known name"


def test_full_width_share(data: _Data) -> None:
    samples = data.samples
    values = [
        s.text[a:b] for s in samples for a, b, label in s.spans if label not in ("PERSON", "EMAIL")
    ]
    wide = sum(any("\uff10" <= ch <= "\uff5a" for ch in v) for v in values)
    assert 0.08 <= wide / len(values) <= 0.18, f"full-width share {wide / len(values):.3f}"


def test_name_variety(data: _Data) -> None:
    samples = data.samples
    mentions = [s.text[a:b] for s in samples for a, b, label in s.spans if label == "PERSON"]
    assert any(
        " " in m and all("\u4e00" <= c <= "\u9fff" for c in m.replace(" ", "")) for m in mentions
    ), "Han names with spaces inside"
    assert any(re.search(r"[\u00c0-\u1ef9]", m) for m in mentions), "Latin with diacritics"
    assert any(re.fullmatch(r"[A-Za-z -]+", m) for m in mentions), "Latin script names"
    assert any(re.search(r"[·‧．•]", m) for m in mentions), "interpunct names"
    assert any(len(m) == 2 and "\u4e00" <= m[0] <= "\u9fff" for m in mentions), "one-char given"


def test_reproducible_and_seed_dependent() -> None:
    a, ka = generate_heldout12(n=200, seed=7)
    b, kb = generate_heldout12(n=200, seed=7)
    c, kc = generate_heldout12(n=200, seed=8)
    assert [(s.text, s.spans, s.hard_negative, s.known_person) for s in a] == [
        (s.text, s.spans, s.hard_negative, s.known_person) for s in b
    ], "samples not reproducible"
    assert ka == kb, "known list not reproducible"
    assert [s.text for s in a] != [s.text for s in c], "texts equal across seeds"
    assert ka != kc, "known lists equal across seeds"


def test_small_n() -> None:
    samples, known = generate_heldout12(n=5, seed=1)
    assert len(samples) == 5 and known, "small n"
