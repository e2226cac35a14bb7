"""Tests of the held-out set 46 generator itself (gold validity, shape, determinism).

These tests never run a scanner. Assertion messages name sample indices and labels only:
the generated names and values look like personal data.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections import Counter

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout46 import LABELS, generate_heldout46
from pipelines.deid.identifiers import arc, creditcard, nhi, phone, twid

N = 2000
SEED = 1


@functools.cache
def _dataset() -> tuple[list[Sample], list[str]]:
    """Generated once; not a fixture, so failure tracebacks never print the samples."""
    return generate_heldout46(N, SEED)


# -- independent checkers -------------------------------------------------------------------


def _plain(text: str) -> str:
    """NFKC character by character, keeping offsets (full-width forms become ASCII)."""
    out = []
    for ch in text:
        norm = unicodedata.normalize("NFKC", ch)
        out.append(norm if len(norm) == 1 else ch)
    return "".join(out)


_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_PASSPORT = re.compile(r"[A-Z]{0,2}\d{7,9}[A-Z]?")
_CN_NUM = "〇一二三四五六七八九"
_ADDRESS = re.compile(
    r"(?:\d{3,5} ?)?[^\s\d]{1,4}[市縣][^\s\d]{1,4}?[區鄉鎮市](?:[^\s\d]{1,3}[村里])?(?:\d{1,2}鄰)?"
    r"[^\s\d]{1,6}?(?:路|街|大道)(?:[一二三四五]段)?(?:\d+巷)?(?:\d+弄)?\d+(?:之\d+)?號"
    r"(?:之\d+)?(?:(?:\d+|[一二三四五六七八九十]+)(?:樓|F)(?:之\d+|\d+室)?)?"
)
_MONTHS = {
    name.lower(): i
    for i in range(1, 13)
    for name in (dt.date(2000, i, 1).strftime("%b"), dt.date(2000, i, 1).strftime("%B"))
}
# 君 is left out: it also ends given names (怡君, 佩君).
_HONORIFICS = ("先生", "小姐", "女士", "同學", "醫師", "地政士", "飼主", "申請人")


def _cn_to_int(text: str) -> int:
    if "十" not in text:
        return int("".join(str(_CN_NUM.index(c)) for c in text))
    tens, _, units = text.partition("十")
    return (_CN_NUM.index(tens) if tens else 1) * 10 + (_CN_NUM.index(units) if units else 0)


def _birth_date(value: str) -> dt.date | None:
    """Parse the ROC and western birth-date forms people write; None when not a date."""
    s = re.sub(r"[〇一二三四五六七八九十]+", lambda m: str(_cn_to_int(m.group())), _plain(value))
    patterns = (
        (r"民國(\d{1,3})年(\d{1,2})月(\d{1,2})日", "ymd"),
        (r"(\d{1,4})年(\d{1,2})月(\d{1,2})日", "ymd"),
        (r"(\d{2,4})[./-](\d{1,2})[./-](\d{1,2})", "ymd"),
        (r"(\d{1,2})/(\d{1,2})/(\d{4})", "dmy"),
        (r"(\d{3})(\d{2})(\d{2})", "ymd"),
        (r"(\d{1,2}) ([A-Za-z]{3,9}) (\d{4})", "dMy"),
    )
    for pattern, order in patterns:
        m = re.fullmatch(pattern, s)
        if not m:
            continue
        a, b, c = m.groups()
        if order == "ymd":
            year, month, day = int(a), int(b), int(c)
        elif order == "dmy":
            year, month, day = int(c), int(b), int(a)
        else:
            if b.lower() not in _MONTHS:
                return None
            year, month, day = int(c), _MONTHS[b.lower()], int(a)
        if year < 1000:
            year += 1911  # 民國
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    return None


def _valid(label: str, value: str) -> bool:
    plain = _plain(value)
    if label == "PERSON":
        return (
            len(value) >= 2
            and not any(ch.isdigit() for ch in value)
            and not value.endswith(_HONORIFICS)
            and not value.startswith(_HONORIFICS)
            and all(ch.isalpha() or ch in " ‧·,." for ch in value)
        )
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value) and not twid.is_valid(value)
    if label == "PHONE":
        if phone.compact(value).startswith("09"):
            return phone.is_valid(value)
        return phone.is_plausible(value)
    if label == "EMAIL":
        return bool(_EMAIL.fullmatch(plain))
    if label == "ADDRESS":
        return bool(_ADDRESS.fullmatch(plain))
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        compact = re.sub(r"[ -]", "", plain)
        return bool(_PASSPORT.fullmatch(compact)) and not (
            twid.is_valid(compact) or arc.is_valid(compact) or phone.is_plausible(compact)
        )
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        born = _birth_date(value)
        return born is not None and dt.date(1900, 1, 1) <= born <= dt.date(2025, 12, 31)
    return False


_ID_WINDOW = re.compile(r"(?=([A-Za-z][ -]?[A-Za-z0-9][ -]?\d(?:[ -]?\d){7}))")
_NUMBER_RUN = re.compile(r"\d(?:[ .\-]?\d)*")


def _hits(text: str, spans: list[tuple[int, int, str]], mobiles: bool) -> list[str]:
    """Kinds of personal identifiers found outside ``spans`` (never the values)."""
    plain = _plain(text)
    found: list[str] = []

    def outside(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e, _ in spans)

    for m in _ID_WINDOW.finditer(plain):
        if outside(m.start(1), m.end(1)):
            if twid.is_valid(m.group(1)):
                found.append("TW_NATIONAL_ID")
            if arc.is_valid(m.group(1)):
                found.append("TW_RESIDENT_CERT")
    for i, ch in enumerate(plain):
        if ch == "@" and outside(i, i + 1):
            found.append("EMAIL")
    for m in _NUMBER_RUN.finditer(plain):
        if not outside(m.start(), m.end()):
            continue
        run = m.group()
        digits = re.sub(r"\D", "", run)
        pieces = [run, *re.split(r"[ .\-]", run)]
        if any(creditcard.is_valid(p) for p in pieces):
            found.append("CREDIT_CARD")
        if mobiles and (re.search(r"09\d{8}|8869\d{8}", digits) or phone.is_mobile(run)):
            found.append("PHONE")
    return found


# -- tests -------------------------------------------------------------------------------------


def test_spans_are_well_formed() -> None:
    samples, _ = _dataset()
    assert len(samples) == N, "wrong sample count"
    problems: list[tuple[int, str, str]] = []
    for i, sample in enumerate(samples):
        if sample.hard_negative:
            if sample.spans or sample.known_person:
                problems.append((i, "-", "hard negative with spans"))
            continue
        if not sample.spans:
            problems.append((i, "-", "positive without spans"))
        previous_end = 0
        for start, end, label in sample.spans:
            if label not in LABELS:
                problems.append((i, "?", "unknown label"))
            if not 0 <= start < end <= len(sample.text):
                problems.append((i, label, "out of range"))
                continue
            if start < previous_end:
                problems.append((i, label, "overlapping or unordered"))
            value = sample.text[start:end]
            if value != value.strip() or "\n" in value:
                problems.append((i, label, "not stripped or spans lines"))
            previous_end = end
    assert not problems, f"malformed spans (sample, label, problem): {problems[:20]}"


def test_every_span_holds_a_valid_value() -> None:
    samples, _ = _dataset()
    bad = [
        (i, label)
        for i, sample in enumerate(samples)
        for start, end, label in sample.spans
        if not _valid(label, sample.text[start:end])
    ]
    assert not bad, f"invalid gold values (sample, label): {bad[:20]}"


def test_known_person_flags_match_the_list() -> None:
    samples, known = _dataset()
    unique = len(known) == len(set(known))
    assert unique, "known-names list has duplicates"
    known_set = set(known)
    mentioned: set[str] = set()
    flags: list[bool] = []
    problems: list[tuple[int, int]] = []
    for i, sample in enumerate(samples):
        persons = [sample.text[s:e] for s, e, label in sample.spans if label == "PERSON"]
        if len(persons) != len(sample.known_person):
            problems.append((i, -1))
            continue
        for j, (name, flag) in enumerate(zip(persons, sample.known_person, strict=True)):
            if (name in known_set) != flag:
                problems.append((i, j))
            mentioned.add(name)
        flags += sample.known_person
    assert not problems, f"wrong known_person flags (sample, PERSON #): {problems[:20]}"
    share = sum(flags) / len(flags)
    assert 0.4 <= share <= 0.6, f"known share {share:.2f} is not about half"
    never_mentioned = len(known_set - mentioned)
    assert never_mentioned > 0, "the list should hold names never mentioned"
    leaks = [
        i for i, s in enumerate(samples) if s.hard_negative and any(n in s.text for n in known)
    ]
    assert not leaks, f"hard negatives mentioning a listed name: {leaks[:20]}"


def test_negatives_hold_no_identifiers() -> None:
    samples, _ = _dataset()
    bad = [
        (i, kind)
        for i, sample in enumerate(samples)
        if sample.hard_negative
        for kind in _hits(sample.text, [], mobiles=True)
    ]
    assert not bad, f"identifiers in hard negatives (sample, kind): {bad[:20]}"


def test_positives_hold_no_identifiers_outside_spans() -> None:
    samples, _ = _dataset()
    bad = [
        (i, kind)
        for i, sample in enumerate(samples)
        if not sample.hard_negative
        for kind in _hits(sample.text, sample.spans, mobiles=False)
    ]
    assert not bad, f"identifiers outside gold spans (sample, kind): {bad[:20]}"


def test_same_seed_same_output_and_seeds_differ() -> None:
    first = generate_heldout46(200, 5)
    again = generate_heldout46(200, 5)
    other = generate_heldout46(200, 6)
    same = first == again
    assert same, "same seed gave different output"
    differ = [s.text for s in first[0]] != [s.text for s in other[0]] and first[1] != other[1]
    assert differ, "different seeds gave the same output"
    small, names = generate_heldout46(3, 0)
    assert len(small) == 3
    assert len(names) > 0


def test_label_counts_and_shares() -> None:
    samples, _ = _dataset()
    counts = Counter(label for s in samples for *_, label in s.spans)
    missing = [label for label in LABELS if counts[label] == 0]
    assert not missing, f"labels never generated: {missing}"
    negatives = sum(s.hard_negative for s in samples) / len(samples)
    assert 0.2 <= negatives <= 0.3, f"hard-negative share {negatives:.2f}"
    values = [s.text[a:b] for s in samples for a, b, label in s.spans if label != "PERSON"]
    wide = sum(any("\uff01" <= ch <= "\uff5e" for ch in v) for v in values) / len(values)
    assert 0.07 <= wide <= 0.2, f"full-width share {wide:.3f}"


def test_name_variety() -> None:
    samples, _ = _dataset()
    names = {s.text[a:b] for s in samples for a, b, label in s.spans if label == "PERSON"}
    checks = {
        "interpunct ‧": any("‧" in n for n in names),
        "interpunct ·": any("·" in n for n in names),
        "Latin script": any(n.isascii() for n in names),
        "compound surname": any(n[:2] in ("歐陽", "張簡", "司徒", "范姜", "上官") for n in names),
        "one-character given name": any(len(n) == 2 and not n.isascii() for n in names),
        "over 1000 distinct names": len(names) > 1000,
    }
    missing = [what for what, ok in checks.items() if not ok]
    assert not missing, f"name variety missing: {missing}"
