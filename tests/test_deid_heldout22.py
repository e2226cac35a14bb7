"""Tests of the held-out set 22 generator (its gold labels), never of a scanner.

Failure messages carry sample indices and labels only: the values are look-alike personal data.
"""

import datetime
import re
import unicodedata
from collections import Counter
from functools import cache

from pipelines.deid.evaluation.generator import Sample
from pipelines.deid.evaluation.heldout22 import LABELS, generate_heldout22
from pipelines.deid.identifiers import arc, creditcard, nhi, phone, twid

N = 2000
SEED = 1

_FOLD = {c + 0xFEE0: c for c in range(0x21, 0x7F)} | {0x3000: 0x20}  # width fold, same length
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_ID_SHAPE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]{9}(?![A-Za-z0-9])")
_CARD_SHAPE = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")
_NUMBER_RUN = re.compile(r"[+(]?\d[\d ().+-]*\d")
_PASSPORT = re.compile(r"\d{9}|[A-Z]{1,2}\d{7}[A-Z]?")
_CITIES = (
    "臺北市|台北市|新北市|桃園市|臺中市|台中市|臺南市|台南市|高雄市|基隆市|新竹市|嘉義市|"
    "新竹縣|苗栗縣|彰化縣|南投縣|雲林縣|嘉義縣|屏東縣|宜蘭縣|花蓮縣|臺東縣|台東縣|澎湖縣|"
    "金門縣|連江縣"
)
_ADDRESS = re.compile(
    rf"(?:\d{{3}}(?:\d{{2}})?\s?)?(?:{_CITIES})\s?\S{{1,3}}?[區市鎮鄉].*?"
    r"\d+(?:之\d+)?號(?:\d+樓(?:之\d+)?|[一二三四五六七八九十]+樓|\d+F|\d+樓\d+室)?"
)
_HONORIFICS = ("先生", "小姐", "女士")  # not 君: 怡君 is a given name
_ROLE_WORDS = ("申請人", "受刑人", "房東", "承辦人", "會員", "乘客", "里長", "社工")
_CN = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
_CN_DATE = re.compile(
    r"(?:民國)?([〇零一二三四五六七八九十百]+)年([一二三四五六七八九十]+)月([一二三四五六七八九十]+)日"
)


@cache
def _data(n: int = N, seed: int = SEED) -> tuple[list[Sample], list[str]]:
    return generate_heldout22(n, seed)


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def _cn_number(s: str) -> int:
    """Chinese numerals up to 199 (七十四, 十五, 一百零一)."""
    total, current = 0, 0
    for ch in s:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _CN[ch]
    return total + current


def _parse_birth_date(value: str) -> datetime.date | None:
    v = _nfkc(value).strip()
    m = re.fullmatch(r"(\d{4})\s*[/.\-年]\s*(\d{1,2})\s*[/.\-月]\s*(\d{1,2})日?", v)
    if m:
        y, mo, d = map(int, m.groups())
    elif m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", v):
        d, mo, y = map(int, m.groups())
    elif m := re.fullmatch(r"(\d{1,2}) ([A-Z]{3}) (\d{4})", v):
        if m[2] not in _MONTHS:
            return None
        d, mo, y = int(m[1]), _MONTHS.index(m[2]) + 1, int(m[3])
    elif m := re.fullmatch(
        r"(?:民國|民)?\s*(\d{2,3})\s*[/.\-年]\s*(\d{1,2})\s*[/.\-月]\s*(\d{1,2})日?", v
    ):
        roc, mo, d = map(int, m.groups())
        y = roc + 1911
    elif m := _CN_DATE.fullmatch(v):
        y, mo, d = _cn_number(m[1]) + 1911, _cn_number(m[2]), _cn_number(m[3])
    else:
        return None
    try:
        date = datetime.date(y, mo, d)
    except ValueError:
        return None
    return date if 1900 <= y <= 2024 else None


def _valid(label: str, value: str) -> bool:
    folded = _nfkc(value)
    if label == "PERSON":
        return (
            not any(ch.isdigit() for ch in value)
            and not value.endswith(_HONORIFICS)
            and not value.startswith(_ROLE_WORDS)
            and len(value) >= 2
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
        return _EMAIL.fullmatch(folded) is not None
    if label == "ADDRESS":
        return _ADDRESS.fullmatch(folded) is not None
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        return _PASSPORT.fullmatch(folded) is not None
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        return _parse_birth_date(value) is not None
    return False


def _outside(spans: list[tuple[int, int, str]], start: int, end: int) -> bool:
    return all(end <= s or start >= e for s, e, _ in spans)


def _strays(sample: Sample) -> list[str]:
    """Valid IDs, resident certificates, cards and e-mails outside the gold spans (as kinds)."""
    folded = sample.text.translate(_FOLD)
    found = []
    for m in _ID_SHAPE.finditer(folded):
        if _outside(sample.spans, *m.span()):
            if twid.is_valid(m[0]):
                found.append("TW_NATIONAL_ID")
            if arc.is_valid(m[0]):
                found.append("TW_RESIDENT_CERT")
    for m in _CARD_SHAPE.finditer(folded):
        if _outside(sample.spans, *m.span()) and creditcard.is_valid(m[0]):
            found.append("CREDIT_CARD")
    found += ["EMAIL" for m in _EMAIL.finditer(folded) if _outside(sample.spans, *m.span())]
    return found


def test_every_span_holds_a_valid_value_of_its_label():
    samples, _ = _data()
    bad = [
        (i, label)
        for i, s in enumerate(samples)
        for start, end, label in s.spans
        if not _valid(label, s.text[start:end])
    ]
    assert not bad, f"invalid gold values at (sample, label): {bad[:20]}"


def test_spans_are_in_range_ordered_disjoint_and_stripped():
    samples, _ = _data()
    bad = []
    for i, s in enumerate(samples):
        previous_end = 0
        for start, end, label in sorted(s.spans):
            value = s.text[start:end]
            in_range = label in LABELS and 0 <= start < end <= len(s.text)
            if not in_range or start < previous_end or value != value.strip() or not value:
                bad.append((i, label))
            previous_end = max(previous_end, end)
    assert not bad, f"malformed spans at (sample, label): {bad[:20]}"


def test_known_person_flags_match_the_list():
    samples, known = _data()
    known_set = set(known)
    bad = []
    mentioned = set()
    flags = []
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        if len(persons) != len(s.known_person):
            bad.append(i)
            continue
        for name, flag in zip(persons, s.known_person, strict=True):
            flags.append(flag)
            mentioned.add(name)
            if flag != (name in known_set):
                bad.append(i)
    assert not bad, f"known_person mismatch in samples {bad[:20]}"
    assert 0.4 <= sum(flags) / len(flags) <= 0.6, "about half the mentions should be known"
    assert known_set - mentioned, "the list should also hold names never mentioned"
    assert len(known) == len(known_set), "the known list should not repeat names"


def test_negatives_have_no_spans_and_no_personal_values():
    samples, _ = _data()
    negatives = [(i, s) for i, s in enumerate(samples) if s.hard_negative]
    assert 0.2 <= len(negatives) / len(samples) <= 0.3, "about a quarter should be negatives"
    bad = []
    for i, s in negatives:
        if s.spans or s.known_person:
            bad.append((i, "spans"))
        bad += [(i, kind) for kind in _strays(s)]
        for m in _NUMBER_RUN.finditer(s.text.translate(_FOLD)):
            digits = re.sub(r"\D", "", m[0])
            if re.search(r"8869\d{8}|09\d{8}", digits) or phone.is_mobile(m[0]):
                bad.append((i, "PHONE"))
    assert not bad, f"negatives with personal values at (sample, kind): {bad[:20]}"


def test_positives_hold_no_valid_identifier_outside_their_spans():
    samples, _ = _data()
    bad = [(i, kind) for i, s in enumerate(samples) if not s.hard_negative for kind in _strays(s)]
    assert not bad, f"unlabelled values at (sample, kind): {bad[:20]}"
    assert all(s.spans for s in samples if not s.hard_negative), "a positive without spans"


def test_label_counts_are_all_non_zero():
    samples, _ = _data()
    counts = Counter(label for s in samples for *_, label in s.spans)
    missing = [label for label in LABELS if counts[label] == 0]
    assert not missing, f"labels never produced: {missing}"


def test_about_an_eighth_of_values_are_full_width():
    samples, _ = _data()
    values = [s.text[a:b] for s in samples for a, b, label in s.spans if label not in ("PERSON",)]
    wide = sum(any(0xFF01 <= ord(ch) <= 0xFF5E for ch in v) for v in values)
    assert 0.07 <= wide / len(values) <= 0.2, "full-width share out of range"


def test_same_seed_same_output_and_different_seeds_differ():
    a = generate_heldout22(150, 7)
    b = generate_heldout22(150, 7)
    c = generate_heldout22(150, 8)
    assert a == b, "same seed must give the same samples and list"
    assert [s.text for s in a[0]] != [s.text for s in c[0]], "different seeds should differ"
    assert len(a[0]) == 150


def test_texts_cover_the_genres_and_name_kinds():
    samples, _ = _data()
    text = "\n".join(s.text for s in samples)
    for word in ("會勘", "路線", "會員", "接見", "急難救助", "租金補貼"):
        assert word in text, f"genre marker missing: {word}"
    names = [s.text[a:b] for s in samples for a, b, label in s.spans if label == "PERSON"]
    assert any("‧" in x or "·" in x for x in names), "no Indigenous interpunct names"
    assert any(x.isascii() for x in names), "no Latin-script names"
    assert any(x[:2] in ("歐陽", "張簡", "司徒", "諸葛", "范姜", "上官") for x in names)
