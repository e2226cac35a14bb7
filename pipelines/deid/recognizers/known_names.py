"""Names the dataset itself holds, found exactly in free text.

The names of a dataset's direct-identifier name columns (and names passed from outside, such
as the agency's staff) are the strongest evidence there is: :class:`KnownNameRecognizer`
matches them with an Aho-Corasick automaton, so the cost grows with the text, not with the
number of names.
"""

from collections.abc import Iterable

import ahocorasick

from pipelines.deid import names as lex
from pipelines.deid import regex_cache
from pipelines.deid.recognizers.anchor import trie_regex
from pipelines.deid.recognizers.base import Span, SpanRecognizer
from pipelines.deid.recognizers.normalize import normalize

# A known name that is also a word or a place (a person named 高雄, 黃金) counts only where a
# name ends: before a character that is no Han one, or before a word that follows names
# (高雄先生, 高雄來電), not in 高雄市 or 黃金週. The leak guard leaves such values to the
# scanner's re-scan, which applies the same rule (leakguard.DirectValues.matcher).
AMBIGUOUS_NAMES: frozenset[str] = frozenset(lex.NOT_NAMES)
_NAME_ENDS = regex_cache.compile(
    r"(?!\p{Han})|(?!榮民總)"  # a veteran (高雄榮民), not the veterans' hospital (高雄榮民總醫院)
    + trie_regex(
        w
        for w in (*lex.NAME_FOLLOWERS, *lex.SUFFIX_CUES, *lex.ROLE_SUFFIX_CUES)
        if len(w) > 1 or w in "君說稱"
    )
)


class KnownNameRecognizer(SpanRecognizer):
    """Exact matches of names known from the dataset (length >= 2 after NFKC, trimmed).

    Matched with an Aho-Corasick automaton (pyahocorasick): building it for ~50,000 names
    takes a fraction of a second (the equivalent trie regex took seconds to compile) and
    matching costs one pass over the text whatever the number of names. The semantics are
    those of the regex ``(?<![A-Za-z])(?:name1|name2|...)(?![A-Za-z])`` run with ``finditer``
    (leftmost, then longest, non-overlapping), which :meth:`find_normalized` reproduces.
    """

    ENTITY = "PERSON"
    SCORE = 0.95
    METHOD = "aho-corasick"

    def __init__(self, known_names: Iterable[str]) -> None:
        cleaned = sorted(
            {n for n in (normalize(str(x)).text.strip() for x in known_names if x) if len(n) >= 2}
        )
        self.names: tuple[str, ...] = tuple(cleaned)
        self.size = len(cleaned)
        self.ambiguous = frozenset(n for n in cleaned if n in AMBIGUOUS_NAMES)
        self._automaton = _automaton(cleaned)
        # Forms print names with a space after the surname (王　小明; NFKC makes the
        # full-width space a plain one): Han names also match so, split after their first
        # character or, for a compound surname, their second. Those spellings go into a second
        # automaton, built the first time a text holds a space between Han characters (most
        # columns never do, and it is twice the size of the first).
        self._spaced: ahocorasick.Automaton | None = None
        super().__init__()

    @property
    def re2_trigger(self) -> str:
        """RE2 necessary condition: one of the names' first characters (a character class,
        cheap in RE2 whatever its size), which keeps the automaton off columns such as case
        numbers."""
        firsts = sorted({n[0] for n in self.names})
        return "[" + "".join("\\" + c if c in "\\]^-[" else c for c in firsts) + "]"

    @property
    def words(self) -> tuple[str, ...]:
        """Every spelling matched: the names and their spaced forms."""
        return tuple(sorted({*self.names, *_spaced_forms(self.names)}))

    def _automata(self, text: str) -> list[ahocorasick.Automaton]:
        if " " not in text or not _HAN_SPACE_HAN.search(text):
            return [self._automaton]
        if self._spaced is None:
            self._spaced = _automaton(_spaced_forms(self.names))
        return [self._automaton, self._spaced]

    def find_normalized(self, text: str) -> list[Span]:
        """Leftmost-longest non-overlapping known names whose ASCII edges are not glued to
        other Latin letters (``XJohn Leex`` holds no name), ambiguous ones only where a name
        ends (AMBIGUOUS_NAMES); spans in ``text``."""
        if not self.size:
            return []
        candidates = []
        append = candidates.append
        n = len(text)
        letters = _ASCII_LETTERS
        ambiguous = self.ambiguous
        name_ends = _NAME_ENDS.match
        for automaton in self._automata(text):
            if not len(automaton):
                continue
            for last, length in automaton.iter(text):
                start = last - length + 1
                after = last + 1
                if (start and text[start - 1] in letters) or (after < n and text[after] in letters):
                    continue
                if ambiguous and text[start:after] in ambiguous and not name_ends(text, after):
                    continue
                append((start, -length))
        if not candidates:
            return []
        if len(candidates) > 1:
            candidates.sort()
        spans: list[Span] = []
        pos = 0
        for start, neg in candidates:
            if start >= pos:
                pos = start - neg
                spans.append((start, pos, self.SCORE))
        return spans


_HAN_NAME = regex_cache.compile(r"\p{Han}{2,4}")
_HAN_SPACE_HAN = regex_cache.compile(r"\p{Han} \p{Han}")


def _spaced_forms(names: Iterable[str]) -> list[str]:
    """王小明 -> 王 小明, 王小 明 (Han names of 2-4 characters, split after 1 or 2)."""
    return [
        f"{name[:cut]} {name[cut:]}"
        for name in names
        if _HAN_NAME.fullmatch(name)
        for cut in (1, 2)
        if cut < len(name)
    ]


def _automaton(words: Iterable[str]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton over `words` that reports each match's end and length."""
    automaton = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
    for word in words:
        automaton.add_word(word)
    if len(automaton):
        automaton.make_automaton()
    return automaton


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


# --- weaker evidence: role words, kinship, list headers, no cue ------------------------------
