"""Tests of the held-out set 10 generator (the labels, not the scanner).

Why: a held-out figure is only as honest as its gold labels. These tests check that every span
is exact and holds a value that is valid for its type, that nothing valid is left unlabelled,
and that the known-name flags and the hard-negative share are what the set claims. Messages
report counts and indices only: the values look like personal data.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import pytest

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout10 import generate_heldout10
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

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_PASSPORT = re.compile(r"[A-Z]{0,2}[0-9]{7,9}[A-Z]?")
_ADDRESS = re.compile(
    r"(臺|台|新|桃|高|基|苗|彰|南|雲|嘉|屏|宜|花|澎|金).{1,3}[市縣].+號(.+樓)?(之[0-9]+)?"
)
_CN = "〇一二三四五六七八九十"
_BIRTH = [
    re.compile(r"(民國)?[0-9]{2,3}年[0-9]{1,2}月[0-9]{1,2}日"),
    re.compile(r"[0-9]{2,3}[/.-][0-9]{1,2}[/.-][0-9]{1,2}"),
    re.compile(r"[0-9]{7}"),
    re.compile(r"(19|20)[0-9]{2}[/.-][0-9]{1,2}[/.-][0-9]{1,2}"),
    re.compile(r"(19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日"),
    re.compile(rf"民國[{_CN}]+年[{_CN}]+月[{_CN}]+日"),
]
# Strict candidate finders for unlabelled identifiers (digit groups may be joined by separators).
_ID_CAND = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{1,2}[0-9]{8,9}(?![0-9])")
_NUM_CAND = re.compile(r"\+?[0-9(][0-9\- \t()./]{5,}[0-9]")
_DIGITS = re.compile(r"[0-9]+")

N = 2000


class _Set(tuple):
    """(samples, known names) whose repr hides the data, so failures never print values."""

    def __repr__(self) -> str:
        return f"<heldout10 set of {len(self[0])} samples>"


@pytest.fixture(scope="module")
def dataset() -> tuple[list[Sample], list[str]]:
    return _Set(generate_heldout10(N, 113))


def _norm(text: str) -> str:
    """NFKC per character so offsets stay aligned with the original text."""
    out = []
    for ch in text:
        n = unicodedata.normalize("NFKC", ch)
        out.append(n if len(n) == 1 else ch)
    return "".join(out)


def _value_ok(label: str, value: str, text: str, start: int, end: int) -> bool:
    v = _norm(value)
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(v)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(v)
    if label == "PHONE":
        return phone.is_plausible(v)
    if label == "EMAIL":
        return _EMAIL.fullmatch(v) is not None
    if label == "ADDRESS":
        return _ADDRESS.fullmatch(v) is not None
    if label == "TW_NHI_CARD":
        return nhi.is_valid(v)
    if label == "PASSPORT":
        return _PASSPORT.fullmatch(v) is not None
    if label == "CREDIT_CARD":
        return creditcard.is_valid(v)
    if label == "BIRTH_DATE":
        near = text[max(0, start - 12) : start] + text[end : end + 3]
        # In a table the cue is the column header above the row.
        header = "出生日期" in text[:start] and text.rfind("\n", 0, start) > text.find("出生日期")
        return any(p.fullmatch(v) for p in _BIRTH) and ("生" in near or header)
    if label == "PERSON":
        return not any(c.isdigit() for c in v) and "@" not in v
    return False


def _known(name: str, known: set[str]) -> bool:
    return name in known or name.replace(" ", "") in known


def _stray(text: str, spans: list[tuple[int, int, str]], known3: set[str]) -> int:
    """Count valid identifiers, e-mails and known names (>= 3 chars) outside gold spans."""
    norm = _norm(text)

    def outside(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b, _ in spans)

    found = 0
    for m in _ID_CAND.finditer(norm):
        if outside(*m.span()) and (twid.is_valid(m.group()) or arc.is_valid(m.group())):
            found += 1
    found += sum(1 for m in _EMAIL.finditer(norm) if outside(*m.span()))
    for rx in (_NUM_CAND, _DIGITS):
        for m in rx.finditer(norm):
            if outside(*m.span()) and (
                phone.is_plausible(m.group()) or creditcard.is_valid(m.group())
            ):
                found += 1
    if known3:
        names = re.compile("|".join(re.escape(k) for k in sorted(known3, key=len, reverse=True)))
        found += sum(1 for m in names.finditer(norm) if outside(*m.span()))
    return found


def test_size_and_types(dataset: tuple[list[Sample], list[str]]) -> None:
    samples, known = dataset
    assert len(samples) == N
    assert all(isinstance(s, Sample) for s in samples)
    well_formed = bool(known) and all(isinstance(k, str) and k == k.strip() and k for k in known)
    assert well_formed, "known list empty or holds untrimmed entries"
    unique = len(set(known)) == len(known)
    assert unique, "known list has duplicates"


def test_spans_exact(dataset: tuple[list[Sample], list[str]]) -> None:
    samples, _ = dataset
    bad = []
    for i, s in enumerate(samples):
        prev_end = 0
        for start, end, label in s.spans:
            value = s.text[start:end]
            if (
                label not in LABELS
                or not 0 <= prev_end <= start < end <= len(s.text)
                or value != value.strip()
            ):
                bad.append(i)
            prev_end = end
    assert not bad, f"{len(bad)} malformed spans, first in sample {bad[0] if bad else None}"


def test_values_valid_per_type(dataset: tuple[list[Sample], list[str]]) -> None:
    samples, _ = dataset
    bad: Counter[str] = Counter()
    for s in samples:
        for start, end, label in s.spans:
            if not _value_ok(label, s.text[start:end], s.text, start, end):
                bad[label] += 1
    assert not bad, f"invalid values per type: {dict(bad)}"


def test_known_flags_align(dataset: tuple[list[Sample], list[str]]) -> None:
    samples, known_list = dataset
    known = set(known_list)
    misaligned = []
    for i, s in enumerate(samples):
        names = [s.text[a:b] for a, b, lab in s.spans if lab == "PERSON"]
        flags = [_known(n, known) for n in names]
        if flags != s.known_person:
            misaligned.append(i)
    assert not misaligned, f"{len(misaligned)} samples with misaligned known flags"


def test_about_half_of_mentions_unknown(dataset: tuple[list[Sample], list[str]]) -> None:
    samples, _ = dataset
    flags = [f for s in samples for f in s.known_person]
    unknown = flags.count(False) / len(flags)
    assert 0.4 <= unknown <= 0.6, f"unknown share {unknown:.3f}"


def test_known_list_holds_unmentioned_names(dataset: tuple[list[Sample], list[str]]) -> None:
    samples, known_list = dataset
    mentioned = {
        s.text[a:b].replace(" ", "") for s in samples for a, b, lab in s.spans if lab == "PERSON"
    }
    unused = [k for k in known_list if k not in mentioned]
    assert len(unused) >= 0.05 * len(known_list), f"{len(unused)} unmentioned listed names"


def test_hard_negatives(dataset: tuple[list[Sample], list[str]]) -> None:
    samples, known_list = dataset
    negatives = [s for s in samples if s.hard_negative]
    share = len(negatives) / len(samples)
    assert 0.18 <= share <= 0.32, f"hard-negative share {share:.3f}"
    clean = all(not s.spans and not s.known_person for s in negatives)
    assert clean, "hard negatives carry spans or flags"
    known3 = {k for k in known_list if len(k) >= 3}
    dirty = [i for i, s in enumerate(samples) if s.hard_negative and _stray(s.text, [], known3)]
    assert not dirty, f"{len(dirty)} hard negatives hold a valid value or known name"


def test_positive_texts_have_spans_and_nothing_unlabelled(
    dataset: tuple[list[Sample], list[str]],
) -> None:
    samples, known_list = dataset
    known3 = {k for k in known_list if len(k) >= 3}
    empty = [i for i, s in enumerate(samples) if not s.hard_negative and not s.spans]
    assert not empty, f"{len(empty)} positive samples without spans"
    dirty = [
        i for i, s in enumerate(samples) if not s.hard_negative and _stray(s.text, s.spans, known3)
    ]
    assert not dirty, f"{len(dirty)} positive samples with unlabelled values, first {dirty[:1]}"


def test_every_entity_type_present(dataset: tuple[list[Sample], list[str]]) -> None:
    samples, _ = dataset
    counts = Counter(label for s in samples for *_, label in s.spans)
    missing = LABELS - set(counts)
    assert not missing, f"missing entity types: {sorted(missing)}"
    assert all(counts[label] >= 50 for label in LABELS), dict(counts)


def test_resident_cert_both_forms(dataset: tuple[list[Sample], list[str]]) -> None:
    samples, _ = dataset
    forms = Counter(
        "new" if _norm(s.text[a:b])[1] in "89" else "old"
        for s in samples
        for a, b, lab in s.spans
        if lab == "TW_RESIDENT_CERT"
    )
    assert forms["new"] > 0 and forms["old"] > 0, dict(forms)


def test_full_width_share(dataset: tuple[list[Sample], list[str]]) -> None:
    samples, _ = dataset
    typed = [
        s.text[a:b]
        for s in samples
        for a, b, lab in s.spans
        if lab not in {"PERSON", "EMAIL", "ADDRESS"}
    ]
    wide = sum(1 for v in typed if _norm(v) != v)
    share = wide / len(typed)
    assert 0.08 <= share <= 0.18, f"full-width share {share:.3f}"


def test_person_forms_varied(dataset: tuple[list[Sample], list[str]]) -> None:
    """Latin-script names, interpunct names and names typed with spaces must all occur."""
    samples, _ = dataset
    names = [s.text[a:b] for s in samples for a, b, lab in s.spans if lab == "PERSON"]
    latin = sum(1 for n in names if n.isascii())
    dotted = sum(1 for n in names if any(c in n for c in "·‧・"))
    spaced_han = sum(
        1 for n in names if " " in n and not any(c.isascii() and c.isalpha() for c in n)
    )
    assert latin >= 100 and dotted >= 50 and spaced_han >= 20, (latin, dotted, spaced_han)


def test_reproducible_per_seed() -> None:
    same = generate_heldout10(150, 7) == generate_heldout10(150, 7)
    assert same, "same seed gave different sets"


def test_different_across_seeds() -> None:
    a, _ = generate_heldout10(150, 7)
    b, _ = generate_heldout10(150, 8)
    differ = [s.text for s in a] != [s.text for s in b]
    assert differ, "different seeds gave the same texts"
