"""Tests of the held-out set 16 generator only (never of a scanner).

Assertion messages carry sample indices and labels only: the values are look-alike personal data.
"""

import datetime as dt
import re
import unicodedata
from collections import Counter

import pytest

from pipelines.deid.evaluation.heldout16 import generate_heldout16
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
N = 2000


class _Data(tuple):
    """The generated set; its repr stays short so failures never print values."""

    def __repr__(self) -> str:
        return f"<heldout16 n={len(self[0])}>"


@pytest.fixture(scope="module")
def data():
    return _Data(generate_heldout16(N, 1))


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


# ---- shape checks for labels without a checksum module -------------------------------------

_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_ADDRESS_RE = re.compile(
    r"(?:\d{3}|\d{5})?[\u4e00-\u9fff]{2,3}[市縣][\u4e00-\u9fff]{1,3}[區鄉鎮市]"
    r"\S*?[路街巷]\S*?\d+(?:之\d+)?號\S*"
)
_ADDRESS_END = re.compile(r"(?:號|樓|室|之\d+)$")
_PASSPORT_RE = re.compile(r"3\d{8}|[A-Z]\d{7}|[A-Z]{2}\d{7}|P\d{7}[A-Z]")
_CN = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"零": 0}
_CN_NUM = "[〇零一二三四五六七八九十]+"


def _cn_int(s: str) -> int:
    if "十" in s:
        tens, _, units = s.partition("十")
        return (_CN[tens] if tens else 1) * 10 + (_CN[units] if units else 0)
    return int("".join(str(_CN[ch]) for ch in s))


def _year(y: int) -> int:
    return y if y >= 1900 else y + 1911


def _parse_birth(value: str) -> dt.date | None:
    v = _nfkc(value)
    ymd = None
    if m := re.fullmatch(rf"民國({_CN_NUM})年({_CN_NUM})月({_CN_NUM})日", v):
        ymd = (_cn_int(m[1]) + 1911, _cn_int(m[2]), _cn_int(m[3]))
    elif m := re.fullmatch(r"(?:民國)?(\d{2,4})年(\d{1,2})月(\d{1,2})日", v):
        ymd = (_year(int(m[1])), int(m[2]), int(m[3]))
    elif m := re.fullmatch(r"(\d{2,4})([/.\-])(\d{1,2})\2(\d{1,2})", v):
        ymd = (_year(int(m[1])), int(m[3]), int(m[4]))
    elif m := re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", v):
        ymd = (int(m[3]), int(m[2]), int(m[1]))
    elif m := re.fullmatch(r"(\d{3})(\d{2})(\d{2})", v):
        ymd = (int(m[1]) + 1911, int(m[2]), int(m[3]))
    elif m := re.fullmatch(r"(19\d{2}|20\d{2})(\d{2})(\d{2})", v):
        ymd = (int(m[1]), int(m[2]), int(m[3]))
    if ymd is None:
        return None
    try:
        date = dt.date(*ymd)
    except ValueError:
        return None
    return date if 1900 <= date.year <= 2015 else None


_ROLE_WORDS = ("先生", "小姐", "女士", "警員", "社工", "委員", "里長", "志工", "案主", "民眾")


def _person_ok(value: str) -> bool:
    if value != value.strip() or any(ch.isdigit() for ch in value):
        return False
    if value.startswith(_ROLE_WORDS) or value.endswith(_ROLE_WORDS):
        return False
    if re.fullmatch(r"[\u4e00-\u9fff]{2,5}", value):
        return True
    if re.fullmatch(r"[\u4e00-\u9fffA-Za-z]+[‧·][\u4e00-\u9fffA-Za-z]+", value):
        return True
    letters = sum(ch.isalpha() for ch in value)
    return letters >= 3 and re.fullmatch(r"[^\W\d_]+(?:[ ,.]{1,2}[^\W\d_]+)*\.?", value) is not None


def _valid(label: str, value: str) -> bool:
    if label == "PERSON":
        return _person_ok(value)
    if label == "TW_NATIONAL_ID":
        return twid.is_valid(value)
    if label == "TW_RESIDENT_CERT":
        return arc.is_valid(value) and not twid.is_valid(value)
    if label == "PHONE":
        if phone.compact(value).startswith("09"):
            return phone.is_valid(value)
        return phone.is_valid(value) or phone.is_plausible(value)
    if label == "EMAIL":
        return _EMAIL_RE.fullmatch(_nfkc(value)) is not None
    if label == "ADDRESS":
        v = _nfkc(value)
        return _ADDRESS_RE.fullmatch(v) is not None and _ADDRESS_END.search(v) is not None
    if label == "TW_NHI_CARD":
        return nhi.is_valid(value)
    if label == "PASSPORT":
        return _PASSPORT_RE.fullmatch(_nfkc(value)) is not None
    if label == "CREDIT_CARD":
        return creditcard.is_valid(value)
    if label == "BIRTH_DATE":
        return _parse_birth(value) is not None
    return False


# ---- look-alike scan outside the gold spans ------------------------------------------------


def _masked(text: str, spans) -> str:
    """Full-width ASCII folded one character for one, gold spans blanked out."""
    chars = []
    for ch in text:
        if "\uff01" <= ch <= "\uff5e":
            ch = chr(ord(ch) - 0xFEE0)
        elif ch == "\u3000":
            ch = " "
        chars.append(ch)
    for start, end, _ in spans:
        chars[start:end] = ["\u2588"] * (end - start)
    return "".join(chars)


_ID_WINDOW = re.compile(r"(?=([A-Za-z][ \-]?[0-9A-Da-d](?:[ \-]?\d){8}))")
_DIGIT_RUN = re.compile(r"\+?\d(?:[ \-.()]{0,2}\d)*")


def _found(text: str, spans) -> set[str]:
    """Kinds of valid identifiers present in ``text`` outside ``spans``."""
    view = _masked(text, spans)
    kinds = set()
    if _EMAIL_RE.search(view):
        kinds.add("EMAIL")
    for m in _ID_WINDOW.finditer(view):
        if twid.is_valid(m[1]):
            kinds.add("TW_NATIONAL_ID")
        if arc.is_valid(m[1]):
            kinds.add("TW_RESIDENT_CERT")
    for m in _DIGIT_RUN.finditer(view):
        digits = re.sub(r"\D", "", m[0])
        for i in range(len(digits)):
            for k in range(13, min(19, len(digits) - i) + 1):
                if creditcard.is_valid(digits[i : i + k]):
                    kinds.add("CREDIT_CARD")
            window = digits[i : i + 10]
            if window.startswith("09") and len(window) == 10 and phone.is_valid(window):
                kinds.add("MOBILE")
            window = digits[i : i + 12]
            if window.startswith("8869") and len(window) == 12 and phone.is_valid("+" + window):
                kinds.add("MOBILE")
    return kinds


# ---- tests ---------------------------------------------------------------------------------


def test_spans_in_range_sorted_non_overlapping_and_stripped(data):
    samples, _ = data
    assert len(samples) == N
    for i, s in enumerate(samples):
        prev_end = 0
        for start, end, label in s.spans:
            assert label in LABELS, (i, label)
            assert 0 <= start < end <= len(s.text), (i, label)
            assert start >= prev_end, (i, label, "overlap or unsorted")
            value = s.text[start:end]
            assert value == value.strip(), (i, label, "not stripped")
            prev_end = end


def test_every_span_holds_a_valid_value(data):
    samples, _ = data
    for i, s in enumerate(samples):
        for start, end, label in s.spans:
            assert _valid(label, s.text[start:end]), (i, label)


def test_spans_cover_whole_values(data):
    """No span is glued to more digits/letters of the same token."""
    samples, _ = data
    for i, s in enumerate(samples):
        for start, end, label in s.spans:
            if label in ("PERSON", "ADDRESS", "BIRTH_DATE"):
                continue
            before = _nfkc(s.text[start - 1]) if start else ""
            after = _nfkc(s.text[end]) if end < len(s.text) else ""
            assert not (before.isascii() and before.isalnum()), (i, label, "left")
            assert not (after.isascii() and after.isalnum()), (i, label, "right")


def test_known_person_flags_match_the_list(data):
    samples, names = data
    known = set(names)
    assert len(known) == len(names), "duplicate known names"
    mentions = known_mentions = 0
    mentioned = set()
    for i, s in enumerate(samples):
        persons = [s.text[a:b] for a, b, label in s.spans if label == "PERSON"]
        assert len(s.known_person) == len(persons), (i, "PERSON")
        for flag, name in zip(s.known_person, persons, strict=True):
            assert flag == (name in known), (i, "PERSON")
            mentions += 1
            known_mentions += flag
            mentioned.add(name)
    assert 0.4 <= known_mentions / mentions <= 0.6, "known share"
    assert known - mentioned, "the list should hold names never mentioned"
    assert mentioned - known, "some mentions should be unknown names"


def test_negatives_have_no_spans_and_no_identifiers(data):
    samples, _ = data
    negatives = [i for i, s in enumerate(samples) if s.hard_negative]
    assert 0.2 <= len(negatives) / N <= 0.3
    for i in negatives:
        s = samples[i]
        assert s.spans == [] and s.known_person == [], (i, "negative with spans")
        kinds = _found(s.text, [])
        assert not kinds, (i, sorted(kinds))


def test_positives_have_no_identifiers_outside_spans(data):
    samples, _ = data
    for i, s in enumerate(samples):
        if s.hard_negative:
            continue
        assert s.spans, (i, "positive without spans")
        kinds = _found(s.text, s.spans) & {
            "TW_NATIONAL_ID",
            "TW_RESIDENT_CERT",
            "CREDIT_CARD",
            "EMAIL",
        }
        assert not kinds, (i, sorted(kinds))


def test_label_counts_all_non_zero(data):
    samples, _ = data
    counts = Counter(label for s in samples for *_, label in s.spans)
    for label in sorted(LABELS):
        assert counts[label] > 0, label


def test_fullwidth_share(data):
    samples, _ = data
    values = [s.text[a:b] for s in samples for a, b, label in s.spans if label != "PERSON"]
    wide = sum(any("\uff01" <= ch <= "\uff5e" for ch in v) for v in values)
    assert 0.07 <= wide / len(values) <= 0.2


def test_name_variety(data):
    samples, names = data
    persons = {s.text[a:b] for s in samples for a, b, label in s.spans if label == "PERSON"}
    persons |= set(names)
    compound = ("歐陽", "司馬", "諸葛", "張簡", "范姜", "司徒", "上官")
    assert any(p.startswith(compound) for p in persons), "compound surnames"
    assert any("‧" in p or "·" in p for p in persons), "interpunct names"
    assert any(re.fullmatch(r"[A-Za-z ,.]+", p) for p in persons), "Latin-script names"
    assert sum(len(p) == 2 and "\u4e00" <= p[0] <= "\u9fff" for p in persons) > 5
    assert sum(len(p) == 4 and "\u4e00" <= p[0] <= "\u9fff" for p in persons) > 5
    assert len({p[0] for p in persons if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", p)}) >= 100


def test_genres_present(data):
    samples, _ = data
    texts = [s.text for s in samples]
    for word in ("派出所", "訪視", "反映", "調解", "事故", "志工"):
        assert sum(word in t for t in texts) > 50, word
        assert any(word in t for t, s in zip(texts, samples, strict=True) if s.hard_negative)


def test_deterministic_for_a_seed():
    a = generate_heldout16(150, 42)
    b = generate_heldout16(150, 42)
    c = generate_heldout16(150, 43)
    assert a == b
    assert a != c
    assert [s.text for s in a[0]] != [s.text for s in c[0]]
