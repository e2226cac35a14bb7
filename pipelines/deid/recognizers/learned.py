"""Name contexts learned from the dataset's own known names.

An agency's notes mention the applicant, whose name the dataset's name column holds, in the
same phrases as everyone else: 案父：某某, 調解委員：某某, 「…」某某表示, 我要告某某，. Where
the known names stand, so do the names that no column holds, in whatever words this agency's
staff happen to use. :func:`learn` reads a sample of a column's texts, finds the known names
in them and keeps the two characters before them (the left context) and after them (the right
context) that

* stand around at least ``MIN_NAMES`` different known names, and
* are followed (left) or preceded (right) by a name-shaped word in at least ``MIN_SHAPE_SHARE``
  of all their occurrences in the sample: so 案父： qualifies, and a comma or 。 does not.

:class:`LearnedContextRecognizer` then reports name-shaped words in those contexts: after a
learned left context up to a learned right context, a non-Han character or a stop character;
or, after a clause boundary, before a learned right context. A name-shaped word is a surname
(single or compound) and one or two given-name characters, not a common word or a job title,
or two to four Title-Case Latin words. The evidence is the dataset's own, so the score is that
of the other weak name recognizers (redacted, below the leak guard's 0.85).

Nothing personal is kept: the contexts are the characters around names, never the names.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Iterable

import ahocorasick
import regex

from pipelines.deid import names as lex
from pipelines.deid import regex_cache
from pipelines.deid.recognizers.anchor import Anchor, trie_regex
from pipelines.deid.recognizers.base import Span, SpanRecognizer, TwPatternRecognizer
from pipelines.deid.recognizers.known_names import KnownNameRecognizer
from pipelines.deid.recognizers.normalize import normalize
from pipelines.deid.recognizers.person import NOT_A_FIRM

MIN_NAMES = 3  # different known names a context must stand around
MIN_SHAPE_SHARE = 0.5  # share of a context's occurrences next to a name-shaped word
LEARN_TEXTS = 20_000  # distinct texts read at most
WIDTH = 2  # characters of context on each side
_EDGE = "\n"  # what lies beyond a text's ends, as a line break would

_STOP = regex.escape(lex.GIVEN_NAME_STOP)
_G = r"[^\P{Han}" + _STOP + r"]"
_COMMON = regex.escape(lex.COMMON_SURNAMES)
_OTHER_SURNAMES = regex.escape(
    "".join(
        c
        for c in dict.fromkeys(lex.SINGLE_SURNAMES + lex.RARE_SURNAMES)
        if c not in lex.COMMON_SURNAMES
    )
)
# a frequent given-name character (see names.py)
_GW = (
    "["
    + regex.escape("".join(c for c in lex.GIVEN_NAME_CHARS if c not in lex.GIVEN_NAME_STOP))
    + "]"
)
_NOT_A_NAME = r"(?!" + trie_regex((*lex.NOT_NAMES, *lex.TITLE_WORDS)) + r")"
# Every name starts with a surname's character: checked first, so that most positions fail
# at once (before the long list of words that are no names).
_FIRST = "(?=[" + regex.escape(lex.SURNAME_FIRST_CHARS) + "])"
# A frequent surname before one or two given-name characters; a rarer one, or one that is
# also a common word (通, 勞, 解), only before a frequent given-name character (通訊, 勞動 are
# no names).
_HAN_NAME = (
    _FIRST
    + _NOT_A_NAME
    + r"(?:(?:"
    + "|".join(lex.COMPOUND_SURNAMES)
    + r"|["
    + _COMMON
    + r"])"
    + _G
    + r"{1,2}|["
    + _OTHER_SURNAMES
    + r"]"
    + _GW
    + _G
    + r"?)"
    # not a family's firm (陳記機電工程股份有限公司, 東方旅行社)
    + r"(?<!記)(?!行社)"
)
# (its last word does not run into a document number: Nguyen Minh Thao AA8770678 ends before
# AA; a word ending in lower case may be glued to a number, as in Dewi Lestari0912…)
_LATIN_NAME = (
    r"[A-Z][A-Za-z'-]{1,15}(?: [A-Z][A-Za-z'-]{0,15}){1,3}(?:(?<=[a-z])|(?![A-Za-z]*[0-9]))"
)
_LATIN_REACH = 16 + 3 * 17  # the longest _LATIN_NAME
_NOT_A_NAME_TAIL = max(len(w) for w in (*lex.NOT_NAMES, *lex.TITLE_WORDS))
_NAME = r"(?:" + _HAN_NAME + "|" + _LATIN_NAME + r")"
_NAME_RX = regex_cache.compile(_NAME)
_NAME_WORD = regex_cache.compile(_HAN_NAME)
# Where a name may end without a learned right context: a non-Han character or a stop
# character (punctuation, particles, verbs such as 說, 於, 來).
_END = r"(?:[^\p{Han}]|[" + _STOP + r"]|$)"
# Where a clause starts, for a name before a right context with no left context learned.
_START = r"(?:(?<=[^\p{Han}A-Za-z]|[" + _STOP + r"])|^)"


def _literal(word: str) -> str:
    """``word`` as a regex that both Python's regex and RE2 read literally: ASCII punctuation
    as a two-digit hex escape (both dialects know ``\\x2c``; only RE2 knows ``\\x{2c}``), other
    characters as they are (no metacharacter is outside ASCII)."""
    return "".join(c if c.isalnum() or ord(c) > 0x7F else f"\\x{ord(c):02x}" for c in word)


def _is_context(chars: str) -> bool:
    """Words and punctuation, not only line breaks, and no Latin letters or digits: those
    belong to the values around a name (an e-mail address, a phone number), not to the
    phrase that introduces it."""
    return bool(chars.strip()) and _VALUE_CHAR.search(chars) is None


_VALUE_CHAR = regex_cache.compile(r"[A-Za-z0-9]")


def _contexts(text: str, spans: list[Span]) -> Iterable[tuple[str, str, str]]:
    """(left, name, right) around each span; beyond the text's ends lies a line break.

    A known name that a Han character extends into another name-shaped word (王小 in 王小明)
    may be part of a longer name: its contexts would be that name's last character."""
    padded = _EDGE * WIDTH + text + _EDGE * WIDTH
    for start, end, _ in spans:
        name = text[start:end]
        if _NAME_WORD.fullmatch(name + padded[end + WIDTH]) or _NAME_WORD.fullmatch(
            padded[start + WIDTH - 1] + name
        ):
            continue
        yield padded[start : start + WIDTH], name, padded[end + WIDTH : end + 2 * WIDTH]


def _shape_share(
    texts: list[str], lefts: set[str], rights: set[str]
) -> tuple[Counter[str], Counter[str], Counter[str], Counter[str]]:
    """Occurrences of each context, and how many of them hold a name-shaped word on the
    name's side (after a left context, before a right one). One Aho-Corasick pass over the
    texts joined by line breaks (a text's edges are line breaks, see _contexts)."""
    left_all: Counter[str] = Counter()
    left_named: Counter[str] = Counter()
    right_all: Counter[str] = Counter()
    right_named: Counter[str] = Counter()
    automaton = ahocorasick.Automaton()
    for context in lefts | rights:
        automaton.add_word(context, context)
    automaton.make_automaton()
    joined = _EDGE * WIDTH + (_EDGE * WIDTH).join(texts) + _EDGE * WIDTH
    name_at = _NAME_RX.match
    name_word = _NAME_WORD.fullmatch
    for last, context in automaton.iter(joined):
        if context in lefts:
            left_all[context] += 1
            if name_at(joined, last + 1):
                left_named[context] += 1
        if context in rights:
            right_all[context] += 1
            start = last + 1 - len(context)
            if any(name_word(joined, max(0, start - k), start) for k in (3, 2, 4)):
                right_named[context] += 1
    return left_all, left_named, right_all, right_named


def learn(
    texts: Iterable[str | None], known: KnownNameRecognizer
) -> LearnedContextRecognizer | None:
    """The contexts of the known names in (a sample of) ``texts``; None when none qualifies."""
    sample: list[str] = []
    seen: set[str] = set()
    for text in texts:
        if text and text not in seen:
            seen.add(text)
            sample.append(normalize(text).text)
            if len(sample) >= LEARN_TEXTS:
                break
    if not sample or not known.size:
        return None
    left_names: dict[str, set[str]] = defaultdict(set)
    right_names: dict[str, set[str]] = defaultdict(set)
    for text in sample:
        for left, name, right in _contexts(text, known.find_normalized(text)):
            if _is_context(left):
                left_names[left].add(name)
            if _is_context(right):
                right_names[right].add(name)
    lefts = {c for c, names in left_names.items() if len(names) >= MIN_NAMES}
    rights = {c for c, names in right_names.items() if len(names) >= MIN_NAMES}
    if not lefts and not rights:
        return None
    left_all, left_named, right_all, right_named = _shape_share(sample, lefts, rights)
    lefts = {c for c in lefts if left_named[c] >= MIN_SHAPE_SHARE * left_all[c]}
    rights = {c for c in rights if right_named[c] >= MIN_SHAPE_SHARE * right_all[c]}
    if not lefts and not rights:
        return None
    return LearnedContextRecognizer(lefts, rights)


class LearnedContextRecognizer(TwPatternRecognizer):
    """Name-shaped words in contexts learned from the dataset's known names (see the module
    docstring); built by :func:`learn`.

    Two patterns, each anchored on its contexts (anchor.py), so that the regex engine runs
    only where a learned context stands, not at every surname character of the text:
    ``after_context`` starts at a left context, ``before_context`` ends at a right one. A
    line break at a context's outer edge stands for a line break or the text's edge (learning
    pads texts with line breaks): a left one is written as "nothing but a line break, a NUL
    or the start before", a right one as "a line break or a NUL" (the text is padded with a
    NUL, as for every pattern whose match may end the text)."""

    ENTITY = "PERSON"
    SCORE = 0.6
    PAD_END = True

    def __init__(self, lefts: Iterable[str], rights: Iterable[str]) -> None:
        self.lefts = tuple(sorted(lefts, key=lambda c: (-len(c), c)))
        self.rights = tuple(sorted(rights, key=lambda c: (-len(c), c)))
        right = "|".join(map(_right_context, self.rights))
        end = r"(?=" + (right + "|" if right else "") + _END + ")"
        self.ANCHORS = {}
        patterns = []
        if self.lefts:
            left = "|".join(map(_left_context, self.lefts))
            # (not a firm's name after a party's label: 權利人：江興實業有限公司, heldout62)
            patterns.append(
                ("after_context", r"(?:" + left + r")\K" + _NAME + NOT_A_FIRM + end, self.SCORE)
            )
            words = tuple({c.removeprefix(_EDGE) for c in self.lefts})
            self.ANCHORS["after_context"] = Anchor(words, "start")
        if self.rights:
            words = tuple({c.removesuffix(_EDGE) for c in self.rights})
            # A match is a name that ends where the context starts: a Han name (at most 4
            # characters) or a Latin one (at most _LATIN_REACH), as two patterns so that the
            # Han one reads only a few characters before each context. The name's lookaheads
            # (words that are no names) read _NOT_A_NAME_TAIL characters from its start, the
            # context's its length and the edge.
            tail = max(_NOT_A_NAME_TAIL, WIDTH + 1)
            for name, shape, reach, last in (
                ("before_context", _HAN_NAME, 4, r"\p{Han}"),
                ("latin_before_context", _LATIN_NAME, _LATIN_REACH, r"[A-Za-z'-]"),
            ):
                patterns.append((name, _START + shape + r"(?=" + right + ")", self.SCORE))
                self.ANCHORS[name] = Anchor(words, "end", reach=reach, tail=tail, last=last)
        # RE2 necessary condition: one of the contexts (a line break stands for an edge).
        self.re2_trigger = "|".join(
            _literal(c.strip(_EDGE)) or "^" for c in (*self.lefts, *self.rights)
        )
        self.PATTERNS = tuple(patterns)
        super().__init__()


def _left_context(context: str) -> str:
    """A left context as a regex: a leading line break may be the text's start (or a NUL, the
    separator of joined texts)."""
    if context.startswith(_EDGE):
        return r"(?<![^\n\x00])" + regex.escape(context[len(_EDGE) :])
    return regex.escape(context)


def _right_context(context: str) -> str:
    """A right context as a regex: a trailing line break may be the text's end (its NUL)."""
    if context.endswith(_EDGE):
        return regex.escape(context[: -len(_EDGE)]) + r"[\n\x00]"
    return regex.escape(context)


# A cell beside a known name holds a name when its first given character is a frequent one
# (not 甘藍 or 高接梨 in a farmer's row of crops).
_SIBLING_HEAD = (
    r"(?:" + "|".join(lex.COMPOUND_SURNAMES) + r"|[" + _COMMON + _OTHER_SURNAMES + r"])" + _GW
)
_SIBLING = regex_cache.compile(_FIRST + _NOT_A_NAME + _SIBLING_HEAD + _G + r"?")
# RE2 necessary condition: a name-shaped cell (_SIBLING without its lookaheads, any Han
# character for the optional last one).
_SIBLING_TRIGGER = r"(?:^|[ \t|,、/;\n])" + _SIBLING_HEAD + r"\p{Han}?(?:[ \t|,、/;\n]|$)"
_LINE_BREAK = regex_cache.compile(r"[\n\x00]")
# A cell of a pasted row or an item of a list: what lies between spaces, tabs, '|', commas,
# 、, '/' and ';'.
_CELL = regex_cache.compile(r"[^ \t|,、/;\n\x00]+")


class NameSiblingRecognizer(SpanRecognizer):
    """Name-shaped cells on the same line as a known name: a roster, a duty table or a list
    that holds one of the dataset's names holds people (7/3　陳某某　林某某　王某某). Cells are
    split at spaces, tabs, '|', commas, 、 and '/'; a cell is a name when it is a surname and a
    frequent given-name character (and at most one more) as a whole, so dates, places, crops
    and amounts beside the name stay."""

    ENTITY = "PERSON"
    SCORE = 0.6
    METHOD = "cells beside a known name"

    def __init__(self, known: KnownNameRecognizer) -> None:
        self.known = known
        self.re2_trigger = _SIBLING_TRIGGER
        super().__init__()

    def find_normalized(self, text: str) -> list[Span]:
        spans: list[Span] = []
        known = self.known.find_normalized(text)
        if not known:
            return spans
        # line ends (and the NUL between joined texts), found once: the bulk path hands over
        # thousands of texts in one string
        breaks = [m.start() for m in _LINE_BREAK.finditer(text)]
        done: set[int] = set()  # lines already read
        for start, _, _ in known:
            line = bisect.bisect_left(breaks, start)
            if line in done:
                continue
            done.add(line)
            line_start = breaks[line - 1] + 1 if line else 0
            line_end = breaks[line] if line < len(breaks) else len(text)
            for cell in _CELL.finditer(text, line_start, line_end):
                if _SIBLING.fullmatch(cell.group()):
                    spans.append((cell.start(), cell.end(), self.SCORE))
        return spans
