"""The array form of the overlap policy (pipelines/deid/spans.py) equals the per-text one."""

from __future__ import annotations

import random

from pipelines.deid import spans


def _random_findings(rng: random.Random, texts: int) -> dict[int, list[spans.Raw]]:
    findings: dict[int, list[spans.Raw]] = {}
    for text in range(texts):
        raw = []
        for _ in range(rng.randrange(0, 6)):
            start = rng.randrange(0, 30)
            end = start + rng.randrange(1, 8)
            entity = rng.choice(["PERSON", "PHONE", "ADDRESS"])
            score = rng.choice([0.4, 0.5, 0.75, 0.85, 0.95, 1.0])
            raw.append((start, end, entity, score))
            if rng.random() < 0.3:  # the same span from a second recognizer
                raw.append((start, end, entity, rng.choice([0.75, 0.95])))
        findings[text] = raw
    return findings


def test_resolve_equals_the_per_text_policy_on_random_overlapping_findings() -> None:
    rng = random.Random(3)
    for _ in range(200):
        findings = _random_findings(rng, rng.randrange(1, 12))
        collector = spans.Collector()
        for text, raw in findings.items():
            collector.add(text, raw)
        table = spans.resolve(collector.table(), 0.5)
        got: dict[int, list[spans.Raw]] = {t: [] for t in findings}
        for row in range(len(table)):
            got[int(table.text[row])] += table.raw([row])
        expected = {t: spans.resolve_raw(list(raw), 0.5) for t, raw in findings.items()}
        assert got == expected


def test_apply_writes_placeholders_and_leaves_texts_without_findings_as_none() -> None:
    collector = spans.Collector()
    collector.add(0, [(3, 6, "PERSON", 0.9), (9, 19, "PHONE", 1.0)])
    collector.add(2, [(0, 2, "PERSON", 0.9)])
    table = spans.resolve(collector.table(), 0.5)
    texts = ["申請人王小明，電話0912345678。", "無", "林一來電"]
    holders = {"PERSON": "〔姓名〕", "PHONE": "〔電話〕"}
    out = spans.apply(texts, table, [holders[e] for e in table.entities])
    assert out == ["申請人〔姓名〕，電話〔電話〕。", None, "〔姓名〕來電"]
    assert spans.entities_per_text(table, 3) == [("PERSON", "PHONE"), (), ("PERSON",)]


def test_remove_contained_on_many_spans_equals_the_rule_span_by_span() -> None:
    """A column's joined texts give hundreds of thousands of spans: the clustered numpy path
    keeps exactly what the rule keeps, in the same order (sparse and dense overlaps)."""
    from pipelines.deid.recognizers import base

    rng = random.Random(11)
    for width in (5_000, 800, 120):  # from mostly disjoint spans to long overlapping chains
        found = []
        for _ in range(2_000):
            start = rng.randrange(0, width)
            found.append((start, start + rng.randrange(1, 6), rng.choice([0.6, 0.7, 1.0])))
        found += found[::7]  # exact repeats (two patterns finding one name)
        assert len(found) >= base._MANY
        many = base.remove_contained(found)
        assert many == base._remove_contained_each(found)
        assert len(many) < len(found)


def test_a_span_inside_a_longer_one_of_its_entity_gives_way_to_it() -> None:
    """A known name (0.95) inside the interpunct name that holds it (0.8): the whole name is
    redacted, with the higher score; other entities keep the score rule."""
    raw = [(3, 5, "PERSON", 0.95), (3, 8, "PERSON", 0.8), (10, 14, "PHONE", 1.0)]
    assert spans.resolve_raw(raw, 0.5) == [(3, 8, "PERSON", 0.95), (10, 14, "PHONE", 1.0)]
    # across entities the higher score still wins (a phone inside a weak address)
    raw = [(0, 12, "ADDRESS", 0.6), (2, 6, "PHONE", 1.0)]
    assert spans.resolve_raw(raw, 0.5) == [(2, 6, "PHONE", 1.0)]


def test_a_container_reaching_into_another_entity_absorbs_nothing() -> None:
    """A Latin name read on into the passport after it (Kaewmanee,Passport EB…) must not take
    the known name's score and beat the passport: the known name and the passport stay."""
    raw = [
        (0, 18, "PERSON", 0.95),  # the known name
        (0, 30, "PERSON", 0.7),  # the name read on into 'Passport EB'
        (28, 37, "PASSPORT", 0.85),
    ]
    assert spans.resolve_raw(raw, 0.5) == [(0, 18, "PERSON", 0.95), (28, 37, "PASSPORT", 0.85)]
