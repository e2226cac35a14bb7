"""Generator tests for held-out set 7.

Only the generator is tested here: running the scanner on this set belongs to the evaluation,
and its first run must be the held-out measurement. Assertion messages carry counts and sample
indices only, never a name or a value (even synthetic values look like personal data in logs).
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout7 import generate_heldout7
from pipelines.deid.identifiers import arc, creditcard, nhi, phone, twid

N = 800
SEED = 79
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

_ID_RE = re.compile(r"(?=([A-Z][A-Z0-9]\d{8}))")
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_PHONE_RE = re.compile(r"(?:\+886|\(0\d{1,3}\)|\d)[\d\- ()]{6,16}\d")
_DIGIT_RUN_RE = re.compile(r"(?<!\d)\d{9,19}(?!\d)")
_CARD_RE = re.compile(r"(?<!\d)\d[\d -]{11,22}\d(?!\d)")
_NHI_RE = re.compile(r"(?<!\d)\d{4}[ -]?\d{4}[ -]?\d{4}(?!\d)")
_ADDRESS_RE = re.compile(r"^\d{0,6}\s?\S{2}[市縣].*號.*$")
_ADDRESS_END_RE = re.compile(r"(號|樓|之\d+)$")
_PASSPORT_RE = re.compile(r"^(?:\d{9}|[A-Z]{1,2}\d{7}|P\d{7}[A-Z])$")


def _narrow(text: str) -> str:
    """Full-width ASCII forms to ASCII, one character for one (offsets stay the same)."""
    out = []
    for ch in text:
        code = ord(ch)
        if 0xFF01 <= code <= 0xFF5E:
            out.append(chr(code - 0xFEE0))
        elif ch == "\u3000":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def _findings(text: str) -> list[tuple[int, int, str]]:
    """Every place a validator would accept an identifier, e-mail, phone or card number."""
    t = _narrow(text)
    found: list[tuple[int, int, str]] = []
    for m in _ID_RE.finditer(t):
        value = m.group(1)
        if twid.is_valid(value) or arc.is_valid(value):
            found.append((m.start(), m.start() + 10, "ID"))
    found += [(m.start(), m.end(), "EMAIL") for m in _EMAIL_RE.finditer(t)]
    for m in _PHONE_RE.finditer(t):
        if phone.is_plausible(m.group().strip()):
            found.append((m.start(), m.end(), "PHONE"))
    for m in _DIGIT_RUN_RE.finditer(t):
        value = m.group()
        if len(value) <= 10 and phone.is_plausible(value):
            found.append((m.start(), m.end(), "PHONE"))
        if len(value) >= 13 and creditcard.luhn_ok(value):
            found.append((m.start(), m.end(), "LUHN"))
    for m in _CARD_RE.finditer(t):
        if creditcard.is_valid(m.group()):
            found.append((m.start(), m.end(), "CARD"))
    found += [(m.start(), m.end(), "NHI") for m in _NHI_RE.finditer(t)]
    return found


def _overlaps(start: int, end: int, spans: list[tuple[int, int, str]]) -> bool:
    return any(start < e and s < end for s, e, _ in spans)


@pytest.fixture(scope="module")
def data() -> tuple[list[Sample], list[str]]:
    return generate_heldout7(N, SEED)


def test_size_and_known_list(data: tuple[list[Sample], list[str]]) -> None:
    samples, known = data
    assert len(samples) == N
    assert len(known) >= 50
    assert len(known) == len(set(known)), "known list has duplicates"
    assert all(isinstance(k, str) and k == k.strip() and k for k in known)


def test_default_size() -> None:
    samples, _ = generate_heldout7()
    assert len(samples) == 2000


def test_spans_exact(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    bad: list[int] = []
    for i, s in enumerate(samples):
        if s.hard_negative:
            if s.spans or s.known_person:
                bad.append(i)
            continue
        if not s.spans:
            bad.append(i)
        prev_end = 0
        for start, end, label in s.spans:
            value = s.text[start:end]
            if (
                label not in LABELS
                or not 0 <= start < end <= len(s.text)
                or start < prev_end
                or value != value.strip()
            ):
                bad.append(i)
            prev_end = end
    assert not bad, f"malformed spans in samples {sorted(set(bad))[:20]}"


def _value_ok(text: str, start: int, end: int, label: str) -> bool:
    value = _narrow(text[start:end])
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value) and not twid.is_valid(value)
    if label == "PHONE":
        return phone.is_plausible(value)
    if label == "EMAIL":
        return _EMAIL_RE.fullmatch(value) is not None
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        compact = value.replace(" ", "")
        return bool(_PASSPORT_RE.match(compact)) and not phone.is_plausible(compact)
    if label == "ADDRESS":
        return bool(_ADDRESS_RE.match(value) and _ADDRESS_END_RE.search(value))
    if label == "BIRTH_DATE":
        before, after = text[max(0, start - 12) : start], text[end : end + 3]
        cue = "生" in before or after.startswith(("生", "出生")) or "出生日期" in text
        shaped = re.search(r"[0-9〇一二三四五六七八九十]", value) is not None
        return cue and shaped
    if label == "PERSON":
        return not re.search(r"[0-9@]", value)
    return False


def test_values_valid_per_type(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    bad: Counter[str] = Counter()
    where: list[int] = []
    for i, s in enumerate(samples):
        for start, end, label in s.spans:
            if not _value_ok(s.text, start, end, label):
                bad[label] += 1
                where.append(i)
    assert not bad, f"invalid values per type {dict(bad)} in samples {where[:20]}"


def test_known_flags_align(data: tuple[list[Sample], list[str]]) -> None:
    samples, known = data
    known_set = set(known)
    bad: list[int] = []
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        expected = [p in known_set or p.replace(" ", "") in known_set for p in persons]
        if expected != list(s.known_person):
            bad.append(i)
    assert not bad, f"known_person flags misaligned in samples {bad[:20]}"


def test_about_half_the_mentions_unknown(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    flags = [f for s in samples for f in s.known_person]
    unknown = 1 - sum(flags) / len(flags)
    assert 0.4 <= unknown <= 0.6, f"unknown share {unknown:.3f}"


def test_known_list_holds_unused_names(data: tuple[list[Sample], list[str]]) -> None:
    samples, known = data
    used = {
        s.text[a:b].replace(" ", "")
        for s in samples
        for a, b, label in s.spans
        if label == "PERSON"
    }
    unused = [k for k in known if k not in used]
    assert len(unused) >= 0.15 * len(known), f"{len(unused)} of {len(known)} unused"


def test_hard_negative_share(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    share = sum(s.hard_negative for s in samples) / len(samples)
    assert 0.18 <= share <= 0.32, f"hard-negative share {share:.3f}"


def test_hard_negatives_hold_only_look_alikes(data: tuple[list[Sample], list[str]]) -> None:
    samples, known = data
    long_known = [k for k in known if len(k) >= 3]
    bad: Counter[str] = Counter()
    where: list[int] = []
    for i, s in enumerate(samples):
        if not s.hard_negative:
            continue
        kinds = [kind for _, _, kind in _findings(s.text)]
        if any(k in s.text for k in long_known):
            kinds.append("KNOWN_NAME")
        for kind in kinds:
            bad[kind] += 1
        if kinds:
            where.append(i)
    assert not bad, f"valid values in hard negatives {dict(bad)} in samples {where[:20]}"


def test_nothing_valid_outside_gold_spans(data: tuple[list[Sample], list[str]]) -> None:
    samples, known = data
    long_known = [k for k in known if len(k) >= 3]
    bad: Counter[str] = Counter()
    where: list[int] = []
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        kinds = [kind for a, b, kind in _findings(s.text) if not _overlaps(a, b, s.spans)]
        for k in long_known:
            for m in re.finditer(re.escape(k), s.text):
                if not _overlaps(m.start(), m.end(), s.spans):
                    kinds.append("KNOWN_NAME")
        for kind in kinds:
            bad[kind] += 1
        if kinds:
            where.append(i)
    assert not bad, f"valid values outside gold spans {dict(bad)} in samples {where[:20]}"


def test_every_entity_type_present(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    counts = Counter(label for s in samples for *_, label in s.spans)
    missing = LABELS - set(counts)
    assert not missing, f"missing entity types {sorted(missing)}"
    assert all(counts[label] >= 20 for label in LABELS), dict(counts)


def test_name_forms_are_varied(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    persons = [s.text[a:b] for s in samples for a, b, label in s.spans if label == "PERSON"]
    forms = {
        "latin": sum(bool(re.search(r"[A-Za-z]", p)) for p in persons),
        "interpunct": sum(any(c in p for c in "·‧•") for p in persons),
        "spaced_han": sum(" " in p and not re.search(r"[A-Za-z]", p) for p in persons),
        "compound": sum(p.startswith(("歐陽", "張簡", "范姜")) for p in persons),
        "single_given": sum(len(p) == 2 and not re.search(r"[A-Za-z]", p) for p in persons),
        "comma_form": sum("," in p for p in persons),
    }
    assert all(n >= 3 for n in forms.values()), forms


def test_full_width_share(data: tuple[list[Sample], list[str]]) -> None:
    samples, _ = data
    values = [s.text[a:b] for s in samples for a, b, label in s.spans if label not in {"PERSON"}]
    wide = sum(any(0xFF01 <= ord(c) <= 0xFF5E for c in v) for v in values)
    share = wide / len(values)
    assert 0.06 <= share <= 0.2, f"full-width share {share:.3f}"


def test_reproducible_and_seed_dependent() -> None:
    a, ka = generate_heldout7(150, 5)
    b, kb = generate_heldout7(150, 5)
    c, kc = generate_heldout7(150, 6)
    assert [(s.text, s.spans) for s in a] == [(s.text, s.spans) for s in b]
    assert ka == kb
    assert [s.text for s in a] != [s.text for s in c]
    assert ka != kc
