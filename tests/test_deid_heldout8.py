"""Generator checks for held-out set no. 8 (the scanner is deliberately not run here).

Why: a held-out figure is only honest if the gold labels are right. These tests check the
labels themselves (exact offsets, valid values, complete labelling, known-name flags, mix of
hard negatives), independently of any recognizer. Assertion messages carry counts and sample
indices only, never names or values: the data imitate personal data.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections import Counter
from functools import cache

import pytest

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout8 import generate_heldout8
from pipelines.deid.identifiers import arc, creditcard, nhi, phone, twid

LABELS = {
    "PERSON", "TW_NATIONAL_ID", "TW_RESIDENT_CERT", "PHONE", "EMAIL", "ADDRESS", "TW_NHI_CARD",
    "PASSPORT", "CREDIT_CARD", "BIRTH_DATE",
}  # fmt: skip

_ID_CAND = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]-?\d{8}(?![0-9])")
_MAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)
_MAIL_FULL = re.compile(r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_PHONE_CAND = re.compile(r"(?<!\d)(?:\+886[\s-]?|\(0\d{1,3}\)\s?|0)\d+(?:[\s\-.]\d+)*")
_LONG_DIGITS = re.compile(r"(?<!\d)\d(?:[ -]?\d){11,18}(?!\d)")
_PASSPORT = re.compile(r"\d{9}|[A-Z]{1,2}\d{7}[A-Z]?")
_ADDRESS = re.compile(
    r"[\u4e00-\u9fff]{2}[市縣][\u4e00-\u9fff]{1,3}[區鄉鎮市]"
    r"(?:[\u4e00-\u9fff]{1,3}里(?:\d+鄰)?)?[\u4e00-\u9fff]{1,4}[路街道]"
    r"(?:[一二三四五六七八九]段)?(?:\d+巷)?(?:\d+弄)?\d+(?:之\d+)?號"
    r"(?:(?:\d+|[一二三四五六七八九十]+)樓(?:之\d+)?)?"
)
_CN = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"零": 0}
_BIRTH_CUES = ["生日", "出生", "生", "birth", "出生日期"]


@cache
def _data(n: int = 2000, seed: int = 97) -> tuple[list[Sample], list[str]]:
    return generate_heldout8(n, seed)


def _cn_number(s: str) -> int:
    """Chinese numeral to int: digit-by-digit years (一九八三) or 七十二 / 一百零五."""
    if "十" not in s and "百" not in s:
        return int("".join(str(_CN[ch]) for ch in s))
    total, cur = 0, 0
    for ch in s:
        if ch == "百":
            total += (cur or 1) * 100
            cur = 0
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        else:
            cur = _CN[ch]
    return total + cur


def _parse_birth(value: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a birth-date span in any accepted form, or None."""
    v = unicodedata.normalize("NFKC", value)
    v = re.sub(r"[〇零一二三四五六七八九十百]+", lambda m: str(_cn_number(m.group())), v)
    roc = v.startswith("民國")
    v = v.removeprefix("民國")
    m = (
        re.fullmatch(r"(\d{2,4})年(\d{1,2})月(\d{1,2})日", v)
        or re.fullmatch(r"(\d{2,4})[/.-](\d{1,2})[/.-](\d{1,2})", v)
        or re.fullmatch(r"(\d{3})(\d{2})(\d{2})", v)
    )
    if not m:
        return None
    y, mo, d = (int(x) for x in m.groups())
    if roc or len(m.group(1)) <= 3:
        y += 1911
    if not (1900 <= y <= 2025 and 1 <= mo <= 12):
        return None
    if not 1 <= d <= calendar.monthrange(y, mo)[1]:
        return None
    return y, mo, d


def _value_ok(label: str, value: str) -> bool:
    norm = unicodedata.normalize("NFKC", value)
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value) and not twid.is_valid(value)
    if label == "PHONE":
        return phone.is_plausible(value)
    if label == "EMAIL":
        return bool(_MAIL_FULL.fullmatch(norm))
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "PASSPORT":
        return bool(_PASSPORT.fullmatch(norm)) and not twid.is_valid(value)
    if label == "ADDRESS":
        return bool(_ADDRESS.fullmatch(norm))
    if label == "BIRTH_DATE":
        return _parse_birth(value) is not None
    if label == "PERSON":
        return not re.search(r"[\d@#/:]", norm) and 2 <= len(value) <= 40
    return False


def _mask(sample: Sample) -> str:
    chars = list(sample.text)
    for s, e, _ in sample.spans:
        chars[s:e] = "■" * (e - s)
    return "".join(chars)


def _leaks(text: str) -> list[str]:
    """Kinds of identifier-like strings in ``text`` (an empty list when clean)."""
    norm = unicodedata.normalize("NFKC", text)
    kinds = []
    if any(twid.is_valid(m.group()) or arc.is_valid(m.group()) for m in _ID_CAND.finditer(norm)):
        kinds.append("id")
    if _MAIL.search(norm):
        kinds.append("email")
    if any(phone.is_plausible(m.group()) for m in _PHONE_CAND.finditer(norm)):
        kinds.append("phone")
    for m in _LONG_DIGITS.finditer(norm):
        kinds.append("card" if creditcard.is_valid(m.group()) else "long-digits")
    return kinds


def _is_known(surface: str, known: set[str]) -> bool:
    return surface in known or surface.replace(" ", "") in known


def test_size_and_types() -> None:
    samples, known = _data()
    assert len(samples) == 2000
    assert all(isinstance(s, Sample) for s in samples)
    assert known and all(isinstance(k, str) and k for k in known)


def test_spans_exact_and_well_formed() -> None:
    samples, _ = _data()
    bad = []
    for i, s in enumerate(samples):
        prev_end = 0
        for start, end, label in s.spans:
            value = s.text[start:end]
            ok = (
                label in LABELS
                and prev_end <= start < end <= len(s.text)
                and value == value.strip()
                and "\n" not in value
            )
            if not ok:
                bad.append(i)
            prev_end = end
    assert not bad, f"{len(bad)} malformed spans, samples {bad[:10]}"


def test_values_valid_per_type() -> None:
    samples, _ = _data()
    bad: Counter[str] = Counter()
    where: list[int] = []
    for i, s in enumerate(samples):
        for start, end, label in s.spans:
            if not _value_ok(label, s.text[start:end]):
                bad[label] += 1
                where.append(i)
    assert not bad, f"invalid values per type {dict(bad)}, samples {where[:10]}"


def test_birth_dates_have_a_cue_nearby() -> None:
    samples, _ = _data()
    missing = []
    for i, s in enumerate(samples):
        for start, end, label in s.spans:
            if label != "BIRTH_DATE":
                continue
            before = s.text[max(0, start - 12) : start]
            after = s.text[end : end + 2]
            header = s.text.split("\n", 2)[:2]  # table columns are labelled in the header
            context = before + after + " ".join(header)
            if not any(cue in context.lower() for cue in _BIRTH_CUES):
                missing.append(i)
    assert not missing, f"{len(missing)} birth dates without a cue, samples {missing[:10]}"


def test_known_flags_align() -> None:
    samples, known_list = _data()
    known = set(known_list)
    bad = []
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, lab in s.spans if lab == "PERSON"]
        flags_ok = len(persons) == len(s.known_person) and all(
            flag == _is_known(p, known) for p, flag in zip(persons, s.known_person, strict=False)
        )
        if not flags_ok:
            bad.append(i)
    assert not bad, f"{len(bad)} samples with misaligned known flags, e.g. {bad[:10]}"


def test_about_half_of_person_mentions_unknown() -> None:
    samples, _ = _data()
    flags = [f for s in samples for f in s.known_person]
    unknown_share = flags.count(False) / len(flags)
    assert 0.4 <= unknown_share <= 0.6, f"unknown share {unknown_share:.3f} of {len(flags)}"


def test_known_list_holds_names_that_never_appear() -> None:
    samples, known_list = _data()
    seen = {s.text[a:b].replace(" ", "") for s in samples for a, b, lab in s.spans}
    unused = [k for k in known_list if k.replace(" ", "") not in seen]
    assert len(unused) >= 50, f"only {len(unused)} unused known names"


def test_hard_negative_share_and_emptiness() -> None:
    samples, _ = _data()
    negatives = [i for i, s in enumerate(samples) if s.hard_negative]
    share = len(negatives) / len(samples)
    assert 0.18 <= share <= 0.32, f"hard-negative share {share:.3f}"
    with_spans = [i for i in negatives if samples[i].spans or samples[i].known_person]
    assert not with_spans, f"hard negatives with spans: {with_spans[:10]}"
    positives_empty = [i for i, s in enumerate(samples) if not s.hard_negative and not s.spans]
    assert not positives_empty, f"positives without spans: {positives_empty[:10]}"


def test_hard_negatives_hold_no_identifier_and_no_known_name() -> None:
    samples, known_list = _data()
    long_known = [k for k in known_list if len(k) >= 3]
    leaks: Counter[str] = Counter()
    where = []
    for i, s in enumerate(samples):
        if not s.hard_negative:
            continue
        kinds = _leaks(s.text)
        if any(k in s.text for k in long_known):
            kinds.append("known-name")
        leaks.update(kinds)
        if kinds:
            where.append(i)
    assert not leaks, f"look-alikes that are real {dict(leaks)}, samples {where[:10]}"


def test_nothing_valid_outside_gold_spans() -> None:
    samples, known_list = _data()
    long_known = [k for k in known_list if len(k) >= 3]
    leaks: Counter[str] = Counter()
    where = []
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        masked = _mask(s)
        kinds = _leaks(masked)
        if any(k in masked for k in long_known):
            kinds.append("known-name")
        leaks.update(kinds)
        if kinds:
            where.append(i)
    assert not leaks, f"unlabelled values {dict(leaks)}, samples {where[:10]}"


def test_every_entity_type_present() -> None:
    samples, _ = _data()
    counts = Counter(label for s in samples for *_, label in s.spans)
    assert set(counts) == LABELS, f"missing {sorted(LABELS - set(counts))}"
    assert min(counts.values()) >= 50, f"counts {dict(counts)}"


def test_full_width_values_in_a_minority() -> None:
    samples, _ = _data()
    values = [s.text[a:b] for s in samples for a, b, lab in s.spans if lab != "PERSON"]
    wide = sum(v != unicodedata.normalize("NFKC", v) for v in values)
    share = wide / len(values)
    assert 0.08 <= share <= 0.18, f"full-width share {share:.3f}"


def test_phone_forms_are_varied() -> None:
    samples, _ = _data()
    phones = [
        unicodedata.normalize("NFKC", s.text[a:b])
        for s in samples
        for a, b, lab in s.spans
        if lab == "PHONE"
    ]
    forms = {
        "intl": sum(p.startswith("+886") for p in phones),
        "brackets": sum(p.startswith("(") for p in phones),
        "extension": sum(bool(re.search(r"#|分機|轉|ext", p)) for p in phones),
        "landline": sum(not phone.compact(p).startswith("09") for p in phones),
        "dots": sum("." in p for p in phones),
    }
    assert min(forms.values()) >= 20, f"phone form counts {forms}"


def test_person_forms_are_varied() -> None:
    samples, _ = _data()
    persons = [s.text[a:b] for s in samples for a, b, lab in s.spans if lab == "PERSON"]
    forms = {
        "interpunct": sum(bool(re.search("[·‧・]", p)) for p in persons),
        "latin": sum(bool(re.search("[A-Za-z]", p)) for p in persons),
        "spaced-han": sum(
            bool(re.fullmatch(r"[\u4e00-\u9fff ]+", p)) and " " in p for p in persons
        ),
        "four-han": sum(bool(re.fullmatch(r"[\u4e00-\u9fff]{4}", p)) for p in persons),
        "two-han": sum(bool(re.fullmatch(r"[\u4e00-\u9fff]{2}", p)) for p in persons),
    }
    assert min(forms.values()) >= 20, f"name form counts {forms}"


def test_reproducible_and_seed_dependent() -> None:
    a, ka = generate_heldout8(150, 5)
    b, kb = generate_heldout8(150, 5)
    c, kc = generate_heldout8(150, 6)
    assert a == b and ka == kb
    assert [s.text for s in a] != [s.text for s in c]
    assert ka != kc


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_small_sets_keep_the_invariants(seed: int) -> None:
    samples, known_list = generate_heldout8(120, seed)
    known = set(known_list)
    assert len(samples) == 120
    for s in samples:
        persons = [s.text[a:b] for a, b, lab in s.spans if lab == "PERSON"]
        assert len(persons) == len(s.known_person)
        assert all(f == _is_known(p, known) for p, f in zip(persons, s.known_person, strict=True))
        assert all(_value_ok(lab, s.text[a:b]) for a, b, lab in s.spans)
