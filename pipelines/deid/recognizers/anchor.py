"""Anchors: run a pattern only near the literal words every one of its matches needs.

A cue-based name pattern can only match right after a cue (申請人王小明) or right before one
(王小明先生). Python regex engines still try the pattern at every position of the text, which
for Han prose costs a few hundred nanoseconds a character. An :class:`Anchor` finds the cue
words first (one C-level scan), then runs the very same compiled pattern only where a
match can be, with the same results as ``finditer`` over the whole text:

* ``at="start"``: every match starts where a word starts. The pattern is tried with
  ``match`` at each word occurrence, left to right, skipping occurrences inside the previous
  match (as ``finditer`` resumes after a match).
* ``at="end"``: every match ends where a word starts and is at most ``reach`` characters long;
  its lookaheads read at most ``tail`` characters from that word's start. ``finditer`` then runs
  over the merged windows ``[start - reach, start + tail)`` only: a match lies inside the window
  of the word it ends at, and the window holds everything its lookaheads read, so the engine
  sees the same characters as over the whole text. A lookbehind at a match's start still reads
  the text before the window (``finditer`` with a start position does), and ``^`` matches only
  at a real line start, so a pattern may say what stands before it (a cell's start, a cue).

``tests/test_recognizers.py`` checks both modes against plain ``finditer``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Literal

import regex

from pipelines.deid import regex_cache


class Anchor:
    """The literal words a pattern's matches start at (``at="start"``) or end before."""

    def __init__(
        self,
        words: tuple[str, ...],
        at: Literal["start", "end"],
        *,
        reach: int = 0,
        tail: int = 0,
        last: str | None = None,
        not_after: Mapping[str, Iterable[str]] | None = None,
        followed_by: str = "",
    ) -> None:
        """``last`` (``at="end"`` only): a regex for one character that every match ends
        with; occurrences of a word not preceded by such a character are skipped.

        ``not_after`` (first character -> words): an occurrence of a word starting with that
        character right after one of those words is skipped, where the pattern's own
        lookbehind rejects it anyway (申請人王: 人 ends the cue 申請人, not a role noun).
        ``followed_by`` (a regex for the standard library's ``re``): what must follow a word
        for a match to start there (a role word, then a gap or a surname's first character).
        Both are checked inside the C scan, so that the many occurrences they reject cost
        no Python call. Neither applies to occurrences found inside another word (``_inner``):
        those are kept, which can only add positions to try."""
        if at == "end" and reach <= 0:
            raise ValueError("an end anchor needs the longest match length (reach)")
        self.words = tuple(sorted({w for w in words if w}, key=lambda w: (-len(w), w)))
        self.at = at
        self.reach = reach
        self.tail = max(tail, max((len(w) for w in self.words), default=0))
        self._last = regex_cache.compile(last) if last else None
        # The words as a prefix-sharing alternation in the standard library's re: a C scan that
        # rejects most positions on their first character (faster than an Aho-Corasick automaton
        # walked from Python here). It reports the longest word at each position and no
        # occurrence that starts inside another; `_inner` lists, per word, the offsets where
        # another word could start inside it, checked one by one.
        guards = {
            first: "".join(f"(?<!{re.escape(head + first)})" for head in sorted(set(heads)))
            for first, heads in (not_after or {}).items()
        }
        self._rx = (
            re.compile(
                trie_regex(self.words, guards) + (f"(?={followed_by})" if followed_by else "")
            )
            if self.words
            else None
        )
        self._inner: dict[str, tuple[tuple[int, tuple[str, ...]], ...]] = {}
        # The words starting with each prefix (and the words themselves), so that finding the
        # words that overlap a word's tail costs a few lookups, not a pass over all words
        # (anchors hold thousands of words: a role ending before each surname character).
        by_prefix: dict[str, list[str]] = {}
        for w in self.words:
            for n in range(1, len(w) + 1):
                by_prefix.setdefault(w[:n], []).append(w)
        word_set = set(self.words)
        for word in self.words:
            inner = []
            for k in range(1, len(word)):
                rest = word[k:]
                # the words starting with the tail, and the words the tail starts with
                hits = {*by_prefix.get(rest, ()), *(rest[:n] for n in range(1, len(rest)))}
                others = tuple(sorted(hits & word_set))
                if others:
                    inner.append((k, others))
            if inner:
                self._inner[word] = tuple(inner)

    def starts(self, text: str) -> list[int]:
        """Sorted distinct start positions of the words in ``text`` (overlapping ones too)."""
        if self._rx is None:
            return []
        found: list[int] = []
        extra: list[int] = []
        inner = self._inner
        for m in self._rx.finditer(text):
            start = m.start()
            found.append(start)
            nested = inner.get(m.group())
            if nested:
                for k, others in nested:
                    if any(text.startswith(w, start + k) for w in others):
                        extra.append(start + k)
        return sorted(set(found).union(extra)) if extra else found

    def spans(self, rx: regex.Pattern, text: str) -> list[tuple[int, int]]:
        """The spans of the matches ``rx.finditer(text)`` gives (for a pattern this anchor
        describes), in a plain loop: the fast path's hot loop, a few hundred thousand matches
        a column."""
        starts = self.starts(text)
        if not starts:
            return []
        if self.at != "start":
            return [m.span() for m in self._windows(rx, text, starts)]
        found = []
        append = found.append
        match = rx.match
        resume = 0
        for start in starts:
            if start >= resume:
                m = match(text, start)
                if m is not None:
                    span = m.span()
                    append(span)
                    resume = span[1] if span[1] > start else start + 1
        return found

    def _windows(self, rx: regex.Pattern, text: str, starts: list[int]) -> Iterator[regex.Match]:
        """``at="end"``: finditer over the merged windows around the words (module docstring)."""
        if self._last is not None:
            match_last = self._last.match
            starts = [s for s in starts if s and match_last(text, s - 1)]
            if not starts:
                return
        n = len(text)
        window_start, window_end = max(0, starts[0] - self.reach), min(n, starts[0] + self.tail)
        for start in starts[1:]:
            if start - self.reach > window_end:
                yield from rx.finditer(text, window_start, window_end)
                window_start = max(0, start - self.reach)
            window_end = min(n, start + self.tail)
        yield from rx.finditer(text, window_start, window_end)


def trie_regex(words: Iterable[str], after_first: Mapping[str, str] | None = None) -> str:
    """A regex matching the longest of ``words`` at a position, prefixes shared (valid for
    both ``re`` and ``regex``). Alternations are tried branch by branch; sharing prefixes
    makes a position cost about one branch per character instead of one per word. Also the
    reference the known-name automaton is tested against. ``after_first`` (first character
    -> regex): written right after that first character (a lookbehind guard, see Anchor).

    >>> trie_regex(("申請人", "申報人", "代理人", "法定代理人"))
    '(?:申(?:請人|報人)|代理人|法定代理人)'
    >>> trie_regex(("ab", "abc"))
    '(?:ab(?:c)?)'
    >>> bool(regex.fullmatch(trie_regex(["ab", "abc"]), "abc"))
    True
    """
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(c) + build(child) for c, child in node.items() if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word ends here: the longer ones are optional (greedy: longest)
            return "(?:" + body + ")?"
        return body

    guards = after_first or {}
    return (
        "(?:"
        + "|".join(re.escape(c) + guards.get(c, "") + build(child) for c, child in tree.items())
        + ")"
    )
