"""Tests of the held-out set 29 generator (its gold labels), never of any scanner.

Failure messages carry sample indices and labels only: the values are look-alike personal data.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections import Counter
from functools import cache

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout29 import generate_heldout29
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


@cache
def _set(n: int = 2000, seed: int = 1) -> tuple[list[Sample], list[str]]:
    return generate_heldout29(n, seed)


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


# -- validity of one value, per label --------------------------------------------------------

_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
_ADDRESS = re.compile(
    r"^(?:\(?\d{3}(?:\d{2,3})?\)? ?)?"  # optional postal code
    r"[\u4e00-\u9fff]{2,3}[市縣]"  # city or county
    r"[\u4e00-\u9fff]{1,3}[區市鎮鄉]"  # district or township
    r"(?:[\u4e00-\u9fff]{2}[里村](?:\d{1,2}鄰)?)?"  # village and neighbourhood
    r"[\u4e00-\u9fff]{1,4}(?:路|街|大道)(?:[一二三四五六七八九]段)?"  # road and section
    r"(?:\d{1,3}巷)?(?:\d{1,2}弄)?"
    r"\d{1,4}(?:之\d{1,2})?號(?:之\d{1,2})?"  # house number
    r"(?:\d{1,2}樓(?:之\d{1,2})?)?$"  # floor
)
_PASSPORT = re.compile(r"^(?:\d{9}|[A-Z]{1,2}\d{7}[A-Z]?)$")
_PERSON_BAD = re.compile(r"\d|先生$|小姐$|女士$|同學$|^(?:申請人|陳情人|案主|納稅義務人)")
_PERSON_CHARS = re.compile(r"^[\u4e00-\u9fffA-Za-z .‧·]+$")
_CN = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def _cn_int(s: str) -> int:
    """Chinese numerals up to 99 (七十八, 十二, 三十, 五)."""
    if "十" not in s:
        return _CN[s]
    tens, _, units = s.partition("十")
    return (_CN[tens] if tens else 1) * 10 + (_CN[units] if units else 0)


def _parse_birth(value: str) -> datetime.date | None:
    v = _nfkc(value)
    cn = "([〇一二三四五六七八九十]+)"
    m = re.fullmatch(f"民國{cn}年{cn}月{cn}日", v)
    if m:
        y, mo, d = (_cn_int(x) for x in m.groups())
    elif m := re.fullmatch(r"(?:民國)?(\d{2,4})年(\d{1,2})月(\d{1,2})日", v):
        y, mo, d = (int(x) for x in m.groups())
    elif m := re.fullmatch(r"(\d{2,4})([./-])(\d{1,2})\2(\d{1,2})", v):
        y, mo, d = int(m[1]), int(m[3]), int(m[4])
    elif m := re.fullmatch(r"(\d{3})(\d{2})(\d{2})", v):
        y, mo, d = (int(x) for x in m.groups())
    elif m := re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", v):
        d, mo, y = (int(x) for x in m.groups())
    elif m := re.fullmatch(r"(\d{2}) ([A-Z]{3}) (\d{4})", v):
        if m[2] not in _MONTHS:
            return None
        d, mo, y = int(m[1]), _MONTHS.index(m[2]) + 1, int(m[3])
    else:
        return None
    if y < 1000:
        y += 1911  # ROC year
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def _value_ok(label: str, value: str) -> bool:
    if label == "PERSON":
        return bool(_PERSON_CHARS.match(value)) and not _PERSON_BAD.search(value)
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value) and not twid.is_valid(value)
    if label == "PHONE":
        if phone.compact(value).startswith("09"):
            return phone.is_valid(value)
        return phone.is_valid(value) or phone.is_plausible(value)
    if label == "EMAIL":
        return bool(_EMAIL.match(_nfkc(value)))
    if label == "ADDRESS":
        return bool(_ADDRESS.match(_nfkc(value)))
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        v = _nfkc(value)
        return bool(_PASSPORT.match(v)) and not twid.is_valid(v) and not arc.is_valid(v)
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        day = _parse_birth(value)
        return day is not None and datetime.date(1920, 1, 1) <= day <= datetime.date(2022, 12, 31)
    return False


# -- an independent look for valid identifiers in free text ----------------------------------


def _segments(text: str) -> list[str]:
    """Alphanumeric stretches of the NFKC text, separators inside identifiers removed."""
    t = _nfkc(text).upper()
    t = re.sub(r"(?<=[A-Z0-9])[ .\-()]{1,2}(?=[A-Z0-9(])", "", t)
    return re.findall(r"[A-Z0-9]+", t)


def _found(text: str) -> set[str]:
    kinds: set[str] = set()
    if "@" in _nfkc(text):
        kinds.add("email")
    for seg in _segments(text):
        for i in range(len(seg) - 9):
            w = seg[i : i + 10]
            if twid.is_valid(w) or arc.is_valid(w):
                kinds.add("id")
        for digits in re.findall(r"\d+", seg):
            for size in range(13, 20):
                for i in range(len(digits) - size + 1):
                    if creditcard.is_valid(digits[i : i + size]):
                        kinds.add("card")
            for i in range(len(digits) - 9):
                w = digits[i : i + 10]
                if w.startswith("09") and phone.is_mobile(w):
                    kinds.add("mobile")
            for i in range(len(digits) - 11):
                w = digits[i : i + 12]
                if w.startswith("8869") and phone.is_mobile("+" + w):
                    kinds.add("mobile")
    return kinds


def _outside(sample: Sample) -> str:
    chars = list(sample.text)
    for start, end, _ in sample.spans:
        chars[start:end] = "■" * (end - start)
    return "".join(chars)


# -- tests -----------------------------------------------------------------------------------


def test_label_counts_all_present() -> None:
    samples, _ = _set()
    assert len(samples) == 2000
    counts = Counter(label for s in samples for *_, label in s.spans)
    missing = sorted(LABELS - {k for k, v in counts.items() if v > 0})
    assert not missing, f"labels without spans: {missing}"
    unknown = sorted(set(counts) - LABELS)
    assert not unknown, f"unexpected labels: {unknown}"


def test_spans_in_range_sorted_disjoint_stripped() -> None:
    samples, _ = _set()
    bad = []
    for i, s in enumerate(samples):
        previous_end = 0
        for start, end, label in s.spans:
            value = s.text[start:end]
            if not (0 <= start < end <= len(s.text)) or start < previous_end:
                bad.append((i, label, "range"))
            elif value != value.strip() or "\n" in value:
                bad.append((i, label, "strip"))
            previous_end = end
    assert not bad, f"bad spans (index, label, problem): {bad[:20]}"


def test_every_span_holds_a_valid_value() -> None:
    samples, _ = _set()
    bad = [
        (i, label)
        for i, s in enumerate(samples)
        for start, end, label in s.spans
        if not _value_ok(label, s.text[start:end])
    ]
    assert not bad, f"invalid gold values (index, label): {bad[:20]}"


def test_mobiles_valid_and_landlines_plausible() -> None:
    samples, _ = _set()
    kinds = Counter()
    for s in samples:
        for start, end, label in s.spans:
            if label == "PHONE":
                kinds["mobile" if phone.is_mobile(s.text[start:end]) else "landline"] += 1
    assert kinds["mobile"] > 0 and kinds["landline"] > 0


def test_known_person_flags_match_the_list() -> None:
    samples, names = _set()
    known = set(names)
    assert len(known) == len(names), "known names list has duplicates"
    bad, flags, mentioned = [], [], set()
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        if len(persons) != len(s.known_person):
            bad.append((i, "PERSON", "count"))
            continue
        for name, flag in zip(persons, s.known_person, strict=True):
            mentioned.add(name)
            flags.append(flag)
            if flag != (name in known):
                bad.append((i, "PERSON", "flag"))
    assert not bad, f"known_person mismatches (index, label, problem): {bad[:20]}"
    share = sum(flags) / len(flags)
    assert 0.35 <= share <= 0.65, f"share of known mentions {share:.2f}"
    assert len(known - mentioned) > 0, "the list should also hold names never mentioned"


def test_hard_negatives_hold_no_spans_and_no_identifiers() -> None:
    samples, _ = _set()
    negatives = [i for i, s in enumerate(samples) if s.hard_negative]
    share = len(negatives) / len(samples)
    assert 0.18 <= share <= 0.32, f"share of hard negatives {share:.2f}"
    bad = []
    for i in negatives:
        s = samples[i]
        if s.spans or s.known_person:
            bad.append((i, "spans"))
        bad.extend((i, kind) for kind in sorted(_found(s.text)))
    assert not bad, f"hard negatives with spans or identifiers (index, kind): {bad[:20]}"


def test_positives_hold_no_identifier_outside_spans() -> None:
    samples, _ = _set()
    bad = []
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        if not s.spans:
            bad.append((i, "no spans"))
        found = _found(_outside(s)) - {"mobile"}
        bad.extend((i, kind) for kind in sorted(found))
    assert not bad, f"unlabelled identifiers (index, kind): {bad[:20]}"


def test_some_values_are_fullwidth() -> None:
    samples, _ = _set()
    values = [s.text[a:b] for s in samples for a, b, _ in s.spans]
    wide = sum(any("\uff01" <= ch <= "\uff5e" for ch in v) for v in values)
    assert 0.08 <= wide / len(values) <= 0.2, f"full-width share {wide / len(values):.2f}"


def test_name_variety() -> None:
    samples, _ = _set()
    persons = {s.text[a:b] for s in samples for a, b, label in s.spans if label == "PERSON"}
    assert len(persons) > 1000
    assert any("‧" in p or "·" in p for p in persons), "no interpunct names"
    assert any(p.isascii() for p in persons), "no Latin-script names"
    assert any(p[:2] in {"歐陽", "張簡", "司徒", "諸葛", "上官"} for p in persons), "no compound"


def test_same_seed_same_output_and_seeds_differ() -> None:
    a, names_a = generate_heldout29(150, 5)
    b, names_b = generate_heldout29(150, 5)
    c, names_c = generate_heldout29(150, 6)
    same = [(s.text, s.spans, s.hard_negative, s.known_person) for s in a] == [
        (s.text, s.spans, s.hard_negative, s.known_person) for s in b
    ]
    assert same and names_a == names_b, "same seed gave different output"
    differ = [s.text for s in a] != [s.text for s in c]
    assert differ and names_a != names_c, "different seeds gave the same output"
    assert len(a) == 150


def test_small_n() -> None:
    samples, names = generate_heldout29(3, 0)
    assert len(samples) == 3 and len(names) > 0
    assert all(isinstance(s, Sample) for s in samples)
