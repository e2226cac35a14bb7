"""The streaming k-anonymity gate (`ClassCounts`) must decide exactly what `evaluate` decides on
the whole table, whatever the batching, while holding state that follows classes, not rows."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import numpy as np
import pyarrow as pa
import pytest

from pipelines.deid import kanon
from pipelines.spec.model import Deidentification

QUASI = ["district", "age", "visit"]
SENSITIVE = ["diagnosis", "ward"]


def random_table(seed: int, rows: int) -> pa.Table:
    """String, integer and date columns with nulls, from domains small enough to form classes of
    every size (many singletons, some large)."""
    rng = np.random.default_rng(seed)

    def pick(domain: list, null_share: float) -> list:
        values = [domain[i] for i in rng.integers(0, len(domain), rows)]
        return [None if rng.random() < null_share else v for v in values]

    districts = [f"d{i}" for i in range(8)]
    ages = [20, 30, 40, 50, 60]
    visits = [dt.date(2024, 1, 1) + dt.timedelta(days=30 * i) for i in range(3)]
    return pa.table(
        {
            "district": pa.array(pick(districts, 0.1), pa.string()),
            "age": pa.array(pick(ages, 0.05), pa.int64()),
            "visit": pa.array(pick(visits, 0.05), pa.date32()),
            "diagnosis": pa.array(pick(["a", "b", "c", "d"], 0.1), pa.string()),
            "ward": pa.array(pick([1, 2, 3], 0.1), pa.int32()),
        }
    )


def random_batches(table: pa.Table, rng: np.random.Generator) -> list[pa.Table]:
    """Random cut points, empty batches included (a partition can be empty)."""
    cuts = np.sort(rng.integers(0, table.num_rows + 1, rng.integers(1, 12)))
    bounds = [0, *cuts.tolist(), table.num_rows]
    return [table.slice(a, b - a) for a, b in itertools.pairwise(bounds)]


def stream(
    table: pa.Table, quasi: list[str], sensitive: list[str], settings: Deidentification, seed: int
) -> tuple[kanon.ClassCounts, kanon.KAnonResult, list[np.ndarray | None], list[pa.Table]]:
    rng = np.random.default_rng(seed + 1000)
    counts = kanon.ClassCounts(quasi, sensitive)
    for batch in random_batches(table, rng):
        counts.add(batch)
    result = counts.decide(settings)
    second_pass = random_batches(table, rng)  # the keep pass need not reuse add()'s batching
    return counts, result, [counts.keep(b) for b in second_pass], second_pass


def assert_same(
    table: pa.Table, quasi: list[str], sensitive: list[str], settings: Deidentification, seed: int
) -> kanon.KAnonResult:
    expected = kanon.evaluate(table, quasi, sensitive, settings)
    counts, got, masks, batches = stream(table, quasi, sensitive, settings, seed)
    for f in dataclasses.fields(kanon.KAnonResult):
        if f.name != "keep":
            assert getattr(got, f.name) == getattr(expected, f.name), f.name
    assert got.keep is None
    assert counts.rows == table.num_rows
    if all(m is None for m in masks):
        # nothing suppressed: evaluate publishes every row, or (blocked) none at all
        assert expected.keep is None or bool(expected.keep.all())
        assert (expected.keep is None) == expected.blocked
    else:
        full = np.concatenate(
            [
                np.ones(b.num_rows, bool) if m is None else m
                for m, b in zip(masks, batches, strict=True)
            ]
        )
        assert expected.keep is not None and full.tolist() == expected.keep.tolist()
    return expected


SEEDS = [0, 1, 2, 3, 4]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("sensitive", [[], ["diagnosis"], SENSITIVE])
def test_suppression_matches_evaluate(seed: int, sensitive: list[str]) -> None:
    table = random_table(seed, 600)
    settings = Deidentification(k=3, l_diversity=2, max_suppression=1.0)
    expected = assert_same(table, QUASI, sensitive, settings, seed)
    assert expected.records_suppressed > 0 and not expected.blocked  # the case under test


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("sensitive", [[], SENSITIVE])
def test_blocking_matches_evaluate(seed: int, sensitive: list[str]) -> None:
    table = random_table(seed, 600)
    settings = Deidentification(k=3, l_diversity=2, max_suppression=0.01)
    expected = assert_same(table, QUASI, sensitive, settings, seed)
    assert expected.blocked and expected.reason


@pytest.mark.parametrize("seed", SEEDS)
def test_single_column_and_no_suppression_match_evaluate(seed: int) -> None:
    table = random_table(seed, 800)
    settings = Deidentification(k=2, l_diversity=1, max_suppression=0.0)
    expected = assert_same(table, ["district"], ["diagnosis"], settings, seed)
    assert expected.records_suppressed == 0 and not expected.blocked  # 9 big classes
    assert_same(table, ["age", "district"], [], Deidentification(k=2), seed)


def test_everything_suppressed_matches_evaluate() -> None:
    table = random_table(7, 200)
    settings = Deidentification(k=1000, max_suppression=1.0)
    expected = assert_same(table, QUASI, [], settings, 7)
    assert expected.classes == 0 and expected.k_achieved is None


def test_no_quasi_columns_and_zero_rows_match_evaluate() -> None:
    table = random_table(5, 300)
    assert_same(table, [], SENSITIVE, Deidentification(), 5)
    assert_same(table.slice(0, 0), QUASI, SENSITIVE, Deidentification(), 5)
    assert_same(table.slice(0, 0), [], [], Deidentification(), 5)


def test_all_null_batch_typed_null_then_strings() -> None:
    # A partition whose quasi column is entirely missing may be read back as type `null`.
    first = pa.table({"district": pa.nulls(4), "band": pa.array(["1"] * 4)})
    second = pa.table(
        {"district": pa.array([None, "x", "x", "x"], pa.string()), "band": pa.array(["1"] * 4)}
    )
    counts = kanon.ClassCounts(["district", "band"], [])
    counts.add(first)
    counts.add(second)
    result = counts.decide(Deidentification(k=4, max_suppression=0.5))
    whole = pa.table({"district": pa.array([None] * 5 + ["x"] * 3, pa.string()), "band": ["1"] * 8})
    settings = Deidentification(k=4, max_suppression=0.5)
    expected = kanon.evaluate(whole, ["district", "band"], [], settings)
    assert (result.classes, result.records_suppressed) == (expected.classes, 3)
    masks = [counts.keep(first), counts.keep(second)]
    assert np.concatenate(masks).tolist() == expected.keep.tolist()  # type: ignore[union-attr]


def test_keep_refuses_unseen_values_and_premature_calls() -> None:
    table = random_table(3, 100)
    counts = kanon.ClassCounts(QUASI, [])
    with pytest.raises(RuntimeError):
        counts.keep(table)
    counts.add(table)
    counts.decide(Deidentification(k=3, max_suppression=1.0))
    with pytest.raises(RuntimeError):
        counts.add(table)
    stranger = table.slice(0, 1).set_column(0, "district", pa.array(["never-seen"]))
    with pytest.raises(ValueError):
        counts.keep(stranger)


def test_accumulator_stays_bounded_by_classes(monkeypatch: pytest.MonkeyPatch) -> None:
    # Merge pending sensitive pairs early so the bound is visible at test scale.
    monkeypatch.setattr(kanon.ClassCounts, "compact_min", 64)
    rng = np.random.default_rng(11)
    counts = kanon.ClassCounts(["district", "age"], ["diagnosis"])
    batch_rows = 500
    peak = 0
    batches = []
    for _ in range(300):  # 150k rows from a domain of 9 x 6 classes x 5 diagnoses
        batches.append(random_table(int(rng.integers(1 << 30)), batch_rows))
        counts.add(batches[-1])
        peak = max(peak, counts.footprint)
    classes = counts.classes
    assert classes <= 9 * 6
    # per column: distinct values (9 + 6); one prefix level and one size per class;
    # pairs (<= classes x 5) merged, plus pending below max(merged, compact_min) + one batch's
    bound = 9 + 6 + 2 * classes + 5 + classes * 5 + max(classes * 5, 64) + classes * 5
    assert counts.rows == 300 * batch_rows
    assert peak <= bound < counts.rows // 100
    # and the early merges lose nothing
    settings = Deidentification(k=2800, l_diversity=5, max_suppression=1.0)
    got = counts.decide(settings)
    expected = kanon.evaluate(
        pa.concat_tables(batches), ["district", "age"], ["diagnosis"], settings
    )
    assert 0 < got.records_suppressed < counts.rows
    assert (got.records_suppressed, got.classes, got.l_achieved, got.k_achieved) == (
        expected.records_suppressed,
        expected.classes,
        expected.l_achieved,
        expected.k_achieved,
    )
