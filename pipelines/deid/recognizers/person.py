"""Person-name recognizers without an NER model.

* :class:`KnownNameRecognizer`: exact matches of names the dataset itself holds in its
  direct-identifier columns (an Aho-Corasick automaton, so matching cost grows with text
  length, not with the number of names).
* :class:`NameAfterCueRecognizer` / :class:`NameBeforeCueRecognizer`: surname (single or
  compound) + one to three given-name characters right after a cue (申請人, 聯絡人：...) or
  right before one (先生, 小姐, 里長 ...); also transliterated and Latin-script names.
* :class:`InterpunctNameRecognizer`: Indigenous and transliterated names written with an
  interpunct (瓦歷斯·諾幹, also ‧ and ・).
* :class:`VietnameseNameRecognizer`: 阮氏梅, 陳氏玉, 阮文雄, 黎文X (氏/文 middle names).
"""

from collections.abc import Iterable

import ahocorasick
import regex
from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.deid import names as lex
from pipelines.deid.recognizers.base import FLAGS, Span, TwPatternRecognizer
from pipelines.deid.recognizers.normalize import normalize

_STOP = regex.escape(lex.GIVEN_NAME_STOP)
_PREFIX = "|".join(sorted(lex.PREFIX_CUES, key=len, reverse=True))
_SURNAME = (
    "(?:"
    + "|".join(lex.COMPOUND_SURNAMES)
    + "|["
    + "".join(dict.fromkeys(lex.SINGLE_SURNAMES))
    + "])"
)
# One given-name character: a Han character that is no stop character and starts no cue.
# 君 is left out of that lookahead: it is also a very common given-name character (程君怡).
_SUFFIX_MULTI = "|".join(c for c in sorted(lex.SUFFIX_CUES, key=len, reverse=True) if len(c) > 1)
# 君 ends a name only before a non-Han character or a function word (王小明君於...).
_SUFFIX = _SUFFIX_MULTI + r"|君(?:(?!\p{Han})|(?=[於已應請之等為在即並])|$)"
_G = r"(?:(?!" + _SUFFIX_MULTI + r")[^\P{Han}" + _STOP + r"])"
# Without the lookahead (cheaper): for names *before* a cue, the final (?=cue) backtracks anyway.
_GP = r"[^\P{Han}" + _STOP + r"]"
_CUE_GAP = r"[:：\s]*(?:為|是)?\s*"
_TRANSLIT = "[" + "".join(dict.fromkeys(lex.TRANSLIT_CHARS)) + "]"
_DOT = "[" + regex.escape(lex.INTERPUNCTS) + "]"
_NAME_PART = r"(?:(?!" + _PREFIX + r")" + _G + r")"


_LATIN = r"(?:[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){1,3}|[A-Z]{2,}(?: [A-Z]{2,}){1,3})(?![A-Za-z])"


class NameAfterCueRecognizer(TwPatternRecognizer):
    """A name right after a cue (申請人王小明, 聯絡人：歐陽志明, 移工阿古斯, 申請人 NGUYEN VAN AN).

    One pattern, the cue is evidence and the span is the name only (``\\K``). The name is
    tried as a transliteration first (only when it ends there: 蘇西拉瓦蒂, not the 馬麗 of
    馬麗華), then as surname + one or two given characters, then in Latin script.
    """

    ENTITY = "PERSON"
    PATTERNS = (
        ("name_after_cue",
         r"(?:" + _PREFIX + r")" + _CUE_GAP + r"\K(?:" + _TRANSLIT + r"{2,8}(?:" + _DOT
         + _TRANSLIT + r"{1,8})*(?![^\P{Han}" + _STOP + r"])|" + _SURNAME + _G + "{1,2}|"
         + _LATIN + ")", 0.75),
    )  # fmt: skip
    CONTEXT = lex.PREFIX_CUES


_SUFFIX_FIRSTS = "".join(sorted({c[0] for c in lex.SUFFIX_CUES}))


class NameBeforeCueRecognizer(TwPatternRecognizer):
    """A name right before a cue (陳大文先生, 林美華小姐, 瑪莉亞女士, 王小明君於...)."""

    ENTITY = "PERSON"
    PATTERNS = (
        # The leading lookahead (2-5 Han characters, then a cue's first character) is implied
        # by the rest; it lets most positions fail before the long surname alternation.
        (
            "name_before_cue",
            r"(?=\p{Han}{2,5}["
            + _SUFFIX_FIRSTS
            + r"])"
            + _SURNAME
            + _GP
            + r"{1,3}(?="
            + _SUFFIX
            + r")",
            0.75,
        ),
        (
            "translit_before_cue",
            _TRANSLIT + r"{2,8}(?:" + _DOT + _TRANSLIT + r"{1,8})*(?=先生|小姐|女士|太太)",
            0.75,
        ),
    )
    CONTEXT = lex.SUFFIX_CUES


class InterpunctNameRecognizer(TwPatternRecognizer):
    """Han name parts joined by an interpunct (Indigenous and transliterated names)."""

    ENTITY = "PERSON"
    PATTERNS = (
        # The leading lookahead lets most positions fail after a few cheap steps.
        ("interpunct_name",
         r"(?=\p{Han}{1,4}" + _DOT + r"\p{Han})" + _NAME_PART + r"{1,4}" + _DOT + _G
         + r"{1,6}(?:" + _DOT + _G + r"{1,6})?", 0.8),
    )  # fmt: skip


class VietnameseNameRecognizer(TwPatternRecognizer):
    """Vietnamese-style names with the 氏 / 文 middle name."""

    ENTITY = "PERSON"
    PATTERNS = (
        ("vietnamese_thi", "[" + lex.VIETNAMESE_SURNAMES + "]氏" + _G + "{1,2}", 0.8),
        ("vietnamese_van", "[阮黎]文" + _G + "{1,2}", 0.8),
        ("vietnamese_nguyen", "阮" + _G + "{2,3}", 0.7),
    )


def trie_regex(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, shaped as a trie (prefix-shared alternation).

    Python/regex alternations are tried one by one; sharing prefixes makes each position
    cost about one branch per character instead of one per word. No longer used for matching
    (see :class:`KnownNameRecognizer`); kept as the reference its automaton is tested against.

    >>> trie_regex(["王小明", "王小華", "林一"])
    '(?:王小(?:明|華)|林一)'
    >>> bool(regex.fullmatch(trie_regex(["ab", "abc"]), "abc"))
    True
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [regex.escape(ch) + build(child) for ch, child in node.items() if ch != ""]
        if not branches:
            return ""
        # Longest first: a word that is a prefix of another ("ab", "abc") is optional.
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if end else body

    top = [regex.escape(ch) + build(child) for ch, child in trie.items() if ch != ""]
    return "(?:" + "|".join(top) + ")"


class KnownNameRecognizer(TwPatternRecognizer):
    """Exact matches of names known from the dataset (length >= 2 after NFKC, trimmed).

    Matched with an Aho-Corasick automaton (pyahocorasick): building it for ~50,000 names
    takes a fraction of a second (the equivalent trie regex took seconds to compile) and
    matching costs one pass over the text whatever the number of names. The semantics are
    those of the regex ``(?<![A-Za-z])(?:name1|name2|...)(?![A-Za-z])`` run with ``finditer``
    (leftmost, then longest, non-overlapping), which :meth:`find_normalized` reproduces.
    """

    ENTITY = "PERSON"
    PATTERNS = ()
    SCORE = 0.95

    def __init__(self, known_names: Iterable[str]) -> None:
        cleaned = sorted(
            {n for n in (normalize(str(x)).text.strip() for x in known_names if x) if len(n) >= 2}
        )
        self.names: tuple[str, ...] = tuple(cleaned)
        self.size = len(cleaned)
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
        for name in cleaned:
            self._automaton.add_word(name)
        if cleaned:
            self._automaton.make_automaton()
        # Presidio needs a pattern; this one never matches (analyze below uses the automaton).
        super().__init__([Pattern("known_name", r"(?!x)x", self.SCORE)])

    def find_normalized(self, text: str) -> list[Span]:
        """Leftmost-longest non-overlapping known names whose ASCII edges are not glued to
        other Latin letters (``XJohn Leex`` holds no name); spans in ``text``."""
        if not self.size:
            return []
        candidates = []
        append = candidates.append
        n = len(text)
        letters = _ASCII_LETTERS
        for last, length in self._automaton.iter(text):
            start = last - length + 1
            after = last + 1
            if (start and text[start - 1] in letters) or (after < n and text[after] in letters):
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

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Presidio's entry point, with the automaton's matches (spans in ``text``)."""
        norm = normalize(text)
        results = []
        for start, end, score in self.find_normalized(norm.text):
            start, end = norm.to_original(start, end)
            results.append(
                RecognizerResult(
                    entity_type=self.ENTITY,
                    start=start,
                    end=end,
                    score=score,
                    analysis_explanation=self.build_regex_explanation(
                        self.name, "known_name", "aho-corasick", score, None, FLAGS
                    ),
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return results


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
