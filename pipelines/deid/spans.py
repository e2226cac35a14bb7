"""A column's findings as arrays: collected, resolved and applied without a Python object per
finding wherever the overlap policy has nothing to decide.

The text scanner (scan.py) runs each recognizer once over many texts joined by NUL. Keeping its
findings as per-text lists of tuples cost more than the regex matching itself on busy columns
(a few microseconds a finding, hundreds of thousands of findings). Here they stay numpy arrays
(text index, start, end, score, entity code) from the recognizer's output to the redacted
column:

* :class:`Collector` maps each recognizer's spans over the joined texts back to their texts;
* :func:`resolve` applies the overlap policy (see scan.py's module docstring): drop findings
  under the minimum score, drop exact repeats of a span of one entity type (keeping the
  highest score); texts whose findings are then disjoint (nearly all) keep them all, and only
  texts with overlapping findings go through the policy's Python implementation,
  :func:`resolve_raw`, one by one;
* :func:`apply` writes every placeholder in one pass over the joined original texts.

The results equal running :func:`resolve_raw` text by text (tests/test_scan.py compares the
bulk path with the one-text path).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from pipelines.deid.recognizers.base import remove_contained

CONTAINER_MIN_SCORE = 0.85  # the leak guard's threshold (scan.count_high_confidence)
SEP = "\x00"  # joins texts for one regex pass; no pattern can consume it (checked per span)

# A finding inside one text: (start, end, entity, score). Sorts by position as it is.
Raw = tuple[int, int, str, float]
# What a recognizer's fast path returns for one (joined) text: (start, end, score) spans.
Find = Callable[[str], list[tuple[int, int, float]]]


def _disjoint(ordered: list[Raw]) -> bool:
    """Whether spans sorted by start are pairwise disjoint."""
    end = -1
    for r in ordered:
        if r[0] < end:
            return False
        end = r[1]
    return True


def resolve_raw(raw: list[Raw], min_score: float) -> list[Raw]:
    """The overlap policy (scan.py's module docstring) on one text's findings, sorted by start."""
    kept = [r for r in raw if r[3] >= min_score]
    if len(kept) < 2:
        return kept
    kept.sort()
    if _disjoint(kept):
        return kept  # nothing overlaps (the common case): the policy keeps everything
    # Two recognizers of one entity often find the very same span (a known name after a cue):
    # the policy keeps the higher score of the two (the last one, as tuples sort by score).
    kept = [r for r, n in zip(kept, [*kept[1:], None], strict=True) if n is None or n[:3] != r[:3]]
    if _disjoint(kept):
        return kept
    by_entity: dict[str, list[tuple[int, int, float]]] = {}
    for s, e, entity, score in kept:
        by_entity.setdefault(entity, []).append((s, e, score))
    candidates = [
        (s, e, entity, score)
        for entity, spans in by_entity.items()
        for s, e, score in remove_contained(
            _absorb_contained(spans, [(s, e) for s, e, other, _ in kept if other != entity])
        )
    ]
    if len(candidates) < 2:
        return candidates
    # A finding inside a longer high-confidence one of another type goes, whatever its score:
    # the container redacts all of it, whereas keeping the inner one would leave the rest of
    # the container in the text (a known name 高雄 inside the address 高雄市三民區…95號). Only
    # containers the leak guard would count themselves, so that its re-scan resolves alike.
    candidates = [
        f
        for f in candidates
        if not any(
            k[3] >= CONTAINER_MIN_SCORE
            and k[0] <= f[0]
            and f[1] <= k[1]
            and k[1] - k[0] > f[1] - f[0]
            for k in candidates
        )
    ]
    candidates.sort(key=lambda f: (-f[3], -(f[1] - f[0]), f[0], f[2]))
    out: list[Raw] = []
    for f in candidates:
        if all(f[1] <= k[0] or k[1] <= f[0] for k in out):
            out.append(f)
    out.sort(key=lambda f: f[0])
    return out


def _absorb_contained(
    spans: list[tuple[int, int, float]], others: list[tuple[int, int]]
) -> list[tuple[int, int, float]]:
    """One entity's spans, each span strictly inside a longer one dropped and its score given
    to the container when higher. Two recognizers of one entity that disagree on its extent
    (a known name 宋巴 inside the interpunct name 宋巴·宋通, 王小 inside 王小明先生's 王小明)
    then redact all of it: keeping the shorter, higher-scoring one would leave the rest of the
    name in the text. Not a container that reaches into a finding of another entity
    (``others``): its extent is in doubt there (a name read on into 'Passport EB' of the
    passport number after it), and the score it would take must not beat that finding."""
    if len(spans) < 2:
        return spans
    containers = [
        (cs, ce, cscore)
        for cs, ce, cscore in spans
        if not any(os < ce and cs < oe and not (cs <= os and oe <= ce) for os, oe in others)
    ]
    out = []
    for s, e, score in spans:
        if any(cs <= s and e <= ce and ce - cs > e - s for cs, ce, _ in containers):
            continue  # given way to its container
        if (s, e, score) in containers:
            score = max([score, *(i for a, b, i in spans if s <= a and b <= e and e - s > b - a)])
        out.append((s, e, score))
    return out


@dataclass
class SpanTable:
    """Findings of many texts: one entry per finding, parallel arrays."""

    text: np.ndarray  # int64: index of the text in the column's distinct texts
    start: np.ndarray  # int64: offsets in that text
    end: np.ndarray  # int64
    score: np.ndarray  # float64
    entity: np.ndarray  # int64: index into `entities`
    entities: list[str]

    def __len__(self) -> int:
        return len(self.text)

    def take(self, rows: np.ndarray) -> SpanTable:
        return SpanTable(
            self.text[rows],
            self.start[rows],
            self.end[rows],
            self.score[rows],
            self.entity[rows],
            self.entities,
        )

    def concat(self, other: SpanTable) -> SpanTable:
        """Both tables' findings (`other` coded with this table's entities or more)."""
        return SpanTable(
            *(np.concatenate((getattr(self, f), getattr(other, f))) for f in _FIELDS),
            entities=other.entities if len(other.entities) > len(self.entities) else self.entities,
        )

    def raw(self, rows: Sequence[int]) -> list[Raw]:
        """The findings at `rows` as tuples (for the policy's Python path)."""
        names = self.entities
        return [
            (int(self.start[r]), int(self.end[r]), names[int(self.entity[r])], float(self.score[r]))
            for r in rows
        ]


class Collector:
    """Gathers findings of many texts, recognizer by recognizer."""

    def __init__(self, entities: Sequence[str] = ()) -> None:
        self.entities: list[str] = list(entities)
        self._codes: dict[str, int] = {e: i for i, e in enumerate(self.entities)}
        self._parts: list[tuple[np.ndarray, ...]] = []

    def code(self, entity: str) -> int:
        if entity not in self._codes:
            self._codes[entity] = len(self.entities)
            self.entities.append(entity)
        return self._codes[entity]

    def add(self, index: int, raw: Sequence[Raw]) -> None:
        """Findings of one text (spans in that text)."""
        if raw:
            self._parts.append(
                (
                    np.full(len(raw), index, np.int64),
                    np.fromiter((r[0] for r in raw), np.int64, len(raw)),
                    np.fromiter((r[1] for r in raw), np.int64, len(raw)),
                    np.fromiter((r[3] for r in raw), np.float64, len(raw)),
                    np.fromiter((self.code(r[2]) for r in raw), np.int64, len(raw)),
                )
            )

    def add_joined(self, find: Find, entity: str, texts: list[str], indices: Sequence[int]) -> None:
        """Run `find` once over ``texts[indices]`` joined by NUL and keep its spans. A span that
        would cross a separator (impossible for the current patterns, but cheap to check) makes
        the texts around it run again one by one."""
        if not len(indices):
            return
        order = np.asarray(indices, np.int64)
        parts = [texts[i] for i in order.tolist()]
        lengths = np.fromiter((len(t) + 1 for t in parts), np.int64, len(parts))
        bases = np.zeros(len(parts), np.int64)
        np.cumsum(lengths[:-1], out=bases[1:])
        spans = find(SEP.join(parts))
        if not spans:
            return
        found = np.array(spans, np.float64).reshape(-1, 3)
        start, end = found[:, 0].astype(np.int64), found[:, 1].astype(np.int64)
        where = np.searchsorted(bases, start, "right") - 1
        crossing = end > bases[where] + lengths[where] - 1
        rerun: list[int] = []
        if crossing.any():
            for k, stop in zip(where[crossing].tolist(), end[crossing].tolist(), strict=True):
                rerun.extend(j for j in range(k, len(parts)) if int(bases[j]) < stop)
            # The rerun texts' findings are replaced by those of the one-by-one run.
            keep = ~np.isin(where, np.array(rerun, np.int64))
            found, start, end, where = found[keep], start[keep], end[keep], where[keep]
        code = self.code(entity)
        self._parts.append(
            (
                order[where],
                start - bases[where],
                end - bases[where],
                found[:, 2].copy(),
                np.full(len(where), code, np.int64),
            )
        )
        for k in dict.fromkeys(rerun):
            index = int(order[k])
            self.add(index, [(s, e, entity, score) for s, e, score in find(texts[index])])

    def table(self) -> SpanTable:
        if not self._parts:
            empty = np.zeros(0, np.int64)
            return SpanTable(empty, empty, empty, np.zeros(0), empty, self.entities)
        columns = [np.concatenate(c) for c in zip(*self._parts, strict=True)]
        return SpanTable(*columns, entities=self.entities)


def resolve(table: SpanTable, min_score: float) -> SpanTable:
    """Apply the overlap policy to every text's findings; sorted by (text, start)."""
    table = table.take(np.flatnonzero(table.score >= min_score))
    if not len(table):
        return table
    order = np.lexsort((table.score, table.entity, table.end, table.start, table.text))
    table = table.take(order)
    same_text = table.text[1:] == table.text[:-1]
    # Exact repeats of one entity's span: keep the last (highest score).
    repeat = (
        same_text
        & (table.start[1:] == table.start[:-1])
        & (table.end[1:] == table.end[:-1])
        & (table.entity[1:] == table.entity[:-1])
    )
    deduped = table.take(np.flatnonzero(~np.concatenate((repeat, [False]))))
    same = deduped.text[1:] == deduped.text[:-1]
    overlapping = same & (deduped.start[1:] < deduped.end[:-1])
    if not overlapping.any():
        return deduped
    # Texts with overlapping findings: the policy's Python path, on all their findings.
    busy = np.unique(deduped.text[1:][overlapping])
    clear = deduped.take(np.flatnonzero(~np.isin(deduped.text, busy)))
    merged = _resolve_each(table.take(np.flatnonzero(np.isin(table.text, busy))), min_score)
    both = clear.concat(merged)
    return both.take(np.lexsort((both.start, both.text)))


def _resolve_each(table: SpanTable, min_score: float) -> SpanTable:
    """resolve_raw text by text (table sorted by text), in plain lists: tens of thousands of
    texts, so no numpy call per text."""
    names = table.entities
    codes = {name: code for code, name in enumerate(names)}
    columns = (
        table.text.tolist(),
        table.start.tolist(),
        table.end.tolist(),
        [names[c] for c in table.entity.tolist()],
        table.score.tolist(),
    )
    out: tuple[list, ...] = ([], [], [], [], [])
    group: list[Raw] = []
    current = None
    for text, start, end, entity, score in zip(*columns, strict=True):
        if text != current:
            if group:
                _extend(out, current, resolve_raw(group, min_score), codes)
            group, current = [], text
        group.append((start, end, entity, score))
    if group:
        _extend(out, current, resolve_raw(group, min_score), codes)
    texts, starts, ends, scores, entities = out
    return SpanTable(
        np.array(texts, np.int64),
        np.array(starts, np.int64),
        np.array(ends, np.int64),
        np.array(scores, np.float64),
        np.array(entities, np.int64),
        names,
    )


def _extend(out: tuple[list, ...], text: int, raw: list[Raw], codes: dict[str, int]) -> None:
    texts, starts, ends, scores, entities = out
    for start, end, entity, score in raw:
        texts.append(text)
        starts.append(start)
        ends.append(end)
        scores.append(score)
        entities.append(codes[entity])


_FIELDS = ("text", "start", "end", "score", "entity")


def apply(originals: list[str], table: SpanTable, placeholders: Sequence[str]) -> list[str | None]:
    """Each text with its findings (resolved: disjoint, sorted) replaced by the placeholder of
    their entity (``placeholders[code]``); None for texts without findings."""
    if not len(table):
        return [None] * len(originals)
    lengths = np.fromiter((len(t) + 1 for t in originals), np.int64, len(originals))
    bases = np.zeros(len(originals), np.int64)
    np.cumsum(lengths[:-1], out=bases[1:])
    joined = SEP.join(originals)
    starts = (bases[table.text] + table.start).tolist()
    ends = (bases[table.text] + table.end).tolist()
    pieces: list[str] = []
    append = pieces.append
    position = 0
    for start, end, code in zip(starts, ends, table.entity.tolist(), strict=True):
        append(joined[position:start])
        append(placeholders[code])
        position = end
    append(joined[position:])
    out = "".join(pieces).split(SEP)
    found = np.zeros(len(originals), bool)
    found[table.text] = True
    return [text if hit else None for text, hit in zip(out, found.tolist(), strict=True)]


def entities_per_text(table: SpanTable, count: int) -> list[tuple[str, ...]]:
    """The entity names of each text's findings, in order (table resolved)."""
    out: list[tuple[str, ...]] = [()] * count
    if not len(table):
        return out
    names = table.entities
    bounds = np.flatnonzero(np.diff(table.text)) + 1
    texts = table.text[np.concatenate(([0], bounds))].tolist()
    for text, codes in zip(texts, np.split(table.entity, bounds), strict=True):
        out[text] = tuple(names[c] for c in codes.tolist())
    return out
