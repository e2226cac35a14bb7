"""Tests of the held-out set 39 generator (its gold labels), never of the scanner.

Failure messages carry sample indices and labels only: the values are look-alike personal data.
Checks collect offending (index, label) pairs first, so pytest's introspection shows no values.
"""

import datetime as dt
import re
from collections import Counter

import pytest

from pipelines.deid.evaluation.heldout39 import generate_heldout39
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

# Full-width ASCII and the ideographic space to half-width, one character for one.
HALF = str.maketrans({chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)} | {"\u3000": " "})

ROLE_WORDS = ("先生", "小姐", "女士", "醫師", "律師", "里長", "委員", "承辦", "申請人")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
PASSPORT = re.compile(r"[A-Z]{0,2}[0-9]{7,9}[A-Z]?")
ADDRESS = re.compile(
    r"([0-9]{3}([0-9]{3})? ?)?[\u4e00-\u9fff]{2,3}[市縣][\u4e00-\u9fff]{1,3}[區鄉鎮市]"
    r"[\u4e00-\u9fff0-9]*?[路街段巷弄鄰]"
    r"[\u4e00-\u9fff0-9]*?[0-9]+(之[0-9]+)?號(之[0-9]+)?"
    r"([0-9]+樓(之[0-9]+)?|[一二三四五六七八九十]+樓|[0-9]+F)?"
)
CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

ID_CANDIDATE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][ -]?[A-Za-z0-9](?:[ -]?[0-9]){8}(?![0-9])")
CARD_CANDIDATE = re.compile(r"(?<![0-9])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])")
MAIL_CANDIDATE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
PHONE_CANDIDATE = re.compile(r"(?<![0-9A-Za-z])[+(]?[0-9][0-9()\-. ]{6,}[0-9]")


class Corpus(tuple):
    """(samples, known names) whose repr shows no text, so tracebacks show no values."""

    def __repr__(self) -> str:
        return "<heldout39 n=2000 seed=1>"


@pytest.fixture(scope="module")
def corpus():
    return Corpus(generate_heldout39(2000, 1))


def _cn_number(text: str) -> int:
    """一百零五 is not used; tens and units only (七十五, 十二, 八)."""
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[text]


def _birth_date(value: str) -> bool:
    v = value.translate(HALF)
    cn = "[〇一二三四五六七八九十]+"
    forms = [
        (rf"民國({cn})年({cn})月({cn})日", "cn"),
        (r"(?:民國)?([0-9]{2,3})年([0-9]{1,2})月([0-9]{1,2})日", "roc"),
        (r"([0-9]{2,3})[./]([0-9]{1,2})[./]([0-9]{1,2})", "roc"),
        (r"([0-9]{4})[-/.年]([0-9]{1,2})[-/.月]([0-9]{1,2})日?", "ad"),
        (r"([0-9]{2}) ([A-Z]{3}) ([0-9]{4})", "en"),
    ]
    for pattern, kind in forms:
        m = re.fullmatch(pattern, v)
        if not m:
            continue
        a, b, c = m.groups()
        if kind == "cn":
            y, mo, d = _cn_number(a) + 1911, _cn_number(b), _cn_number(c)
        elif kind == "roc":
            y, mo, d = int(a) + 1911, int(b), int(c)
        elif kind == "ad":
            y, mo, d = int(a), int(b), int(c)
        else:
            if b not in MONTHS:
                return False
            y, mo, d = int(c), MONTHS.index(b) + 1, int(a)
        try:
            day = dt.date(y, mo, d)
        except ValueError:
            return False
        return dt.date(1920, 1, 1) <= day <= dt.date(2015, 12, 31)
    return False


def _person(value: str) -> bool:
    return (
        2 <= len(value) <= 40
        and value[0].isalpha()
        and value[-1].isalpha()
        and all(ch.isalpha() or ch in " ‧·.-'" for ch in value)
        and not value.endswith(ROLE_WORDS)
        and not value.startswith(ROLE_WORDS)
    )


def _phone(value: str) -> bool:
    if not phone.is_plausible(value):
        return False
    return phone.is_valid(value) if phone.compact(value).startswith("09") else True


def _valid(label: str, value: str) -> bool:
    half = value.translate(HALF)
    checks = {
        "PERSON": lambda: _person(value),
        "TW_NATIONAL_ID": lambda: twid.is_valid(value),
        "TW_RESIDENT_CERT": lambda: arc.is_valid(value) and not twid.is_valid(value),
        "PHONE": lambda: _phone(value),
        "EMAIL": lambda: EMAIL.fullmatch(half) is not None,
        "ADDRESS": lambda: ADDRESS.fullmatch(half) is not None,
        "TW_NHI_CARD": lambda: nhi.is_valid(value),
        "PASSPORT": lambda: (
            PASSPORT.fullmatch(half.upper()) is not None
            and not twid.is_valid(value)
            and not arc.is_valid(value)
        ),
        "CREDIT_CARD": lambda: creditcard.is_valid(value),
        "BIRTH_DATE": lambda: _birth_date(value),
    }
    return checks[label]()


def _strays(text: str, spans: list[tuple[int, int, str]], phones: bool) -> list[str]:
    """Kinds of identifiers found outside the spans (``phones``: any phone, else mobiles)."""
    half = text.translate(HALF)

    def outside(m: re.Match[str]) -> bool:
        return not any(m.start() < e and s < m.end() for s, e, _ in spans)

    found = []
    for m in ID_CANDIDATE.finditer(half):
        if outside(m) and twid.is_valid(m.group()):
            found.append("TW_NATIONAL_ID")
        if outside(m) and arc.is_valid(m.group()):
            found.append("TW_RESIDENT_CERT")
    for m in CARD_CANDIDATE.finditer(half):
        if outside(m) and creditcard.is_valid(m.group()):
            found.append("CREDIT_CARD")
    found += ["EMAIL" for m in MAIL_CANDIDATE.finditer(half) if outside(m)]
    for m in PHONE_CANDIDATE.finditer(half):
        run = m.group().strip(" .-")
        if not outside(m) or sum(ch.isdigit() for ch in run) < 8:
            continue
        if phone.is_mobile(run) or (phones and phone.is_plausible(run)):
            found.append("PHONE")
    return found


def test_size_and_labels(corpus):
    samples, known = corpus
    assert len(samples) == 2000
    assert known and all(isinstance(name, str) and name == name.strip() for name in known)
    unknown = [
        (i, label) for i, s in enumerate(samples) for *_, label in s.spans if label not in LABELS
    ]
    assert not unknown, f"unknown labels at {unknown[:20]}"
    counts = Counter(label for s in samples for *_, label in s.spans)
    missing = sorted(LABELS - {label for label, c in counts.items() if c > 0})
    assert not missing, f"labels with no span at n=2000: {missing}"


def test_spans_in_range_sorted_non_overlapping_and_stripped(corpus):
    samples, _ = corpus
    bad = []
    for i, s in enumerate(samples):
        end = 0
        for start, stop, label in sorted(s.spans):
            value = s.text[start:stop]
            if not 0 <= start < stop <= len(s.text) or start < end or value != value.strip():
                bad.append((i, label))
            end = max(end, stop)
    assert not bad, f"bad spans (index, label): {bad[:20]}"


def test_every_span_holds_a_valid_value(corpus):
    samples, _ = corpus
    bad = [
        (i, label)
        for i, s in enumerate(samples)
        for start, stop, label in s.spans
        if not _valid(label, s.text[start:stop])
    ]
    assert not bad, f"invalid gold values (index, label): {bad[:20]}"


def test_known_person_matches_the_list(corpus):
    samples, known = corpus
    names = set(known)
    bad = []
    for i, s in enumerate(samples):
        expected = [s.text[a:b] in names for a, b, label in s.spans if label == "PERSON"]
        if expected != list(s.known_person):
            bad.append(i)
    assert not bad, f"known_person mismatch at samples {bad[:20]}"
    flags = [flag for s in samples for flag in s.known_person]
    share = sum(flags) / len(flags)
    assert 0.35 <= share <= 0.65, "about half of the PERSON mentions should be known names"
    mentioned = {s.text[a:b] for s in samples for a, b, label in s.spans if label == "PERSON"}
    assert names - mentioned, "the list should also hold names never mentioned"
    assert mentioned - names, "some mentioned names should be in no list"


def test_negatives_are_clean(corpus):
    samples, _ = corpus
    negatives = [i for i, s in enumerate(samples) if s.hard_negative]
    assert 0.18 <= len(negatives) / len(samples) <= 0.32
    with_spans = [i for i in negatives if samples[i].spans or samples[i].known_person]
    assert not with_spans, f"negatives with spans: {with_spans[:20]}"
    leaks = [(i, kind) for i in negatives for kind in _strays(samples[i].text, [], phones=True)]
    assert not leaks, f"identifiers in negatives (index, kind): {leaks[:20]}"


def test_positives_hold_nothing_outside_their_spans(corpus):
    samples, _ = corpus
    empty = [i for i, s in enumerate(samples) if not s.hard_negative and not s.spans]
    assert not empty, f"positives without spans: {empty[:20]}"
    leaks = [
        (i, kind)
        for i, s in enumerate(samples)
        if not s.hard_negative
        for kind in _strays(s.text, s.spans, phones=False)
    ]
    assert not leaks, f"identifiers outside gold spans (index, kind): {leaks[:20]}"


def test_full_width_share(corpus):
    samples, _ = corpus
    values = [s.text[a:b] for s in samples for a, b, label in s.spans if label != "PERSON"]
    wide = sum(any(0xFF01 <= ord(ch) <= 0xFF5E for ch in v) for v in values)
    assert 0.06 <= wide / len(values) <= 0.2, "about an eighth of the values are full-width"


def test_same_seed_same_output_and_seeds_differ():
    first = generate_heldout39(300, 7)
    again = generate_heldout39(300, 7)
    other = generate_heldout39(300, 8)
    same = first == again
    differ = first != other
    assert same, "same seed must give the same samples and list"
    assert differ, "different seeds must give different samples"
