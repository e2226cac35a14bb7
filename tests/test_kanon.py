"""k-anonymity and l-diversity: class math, suppression up to the allowed share, blocking."""

from __future__ import annotations

import pyarrow as pa
import pytest

from pipelines.deid import kanon
from pipelines.spec.model import Deidentification


def people() -> pa.Table:
    # classes over (district, band): A x6, B x3, C x1 (with a null district: a value like any)
    district = ["西屯區"] * 6 + ["北屯區"] * 3 + [None]
    band = ["30-39"] * 6 + ["40-49"] * 3 + ["30-39"]
    diagnosis = ["x", "y", "x", "y", "x", "z", "x", "x", "x", "y"]  # A, B, C
    return pa.table({"district": district, "band": band, "diagnosis": diagnosis})


def gate(
    table: pa.Table, sensitive: list[str] | None = None, **settings: float
) -> kanon.KAnonResult:
    return kanon.evaluate(
        table, ["district", "band"], sensitive or [], Deidentification.model_validate(settings)
    )


def test_class_ids_count_combinations() -> None:
    ids, count = kanon.class_ids(people(), ["district", "band"])
    assert count == 3
    assert len(set(ids[:6].tolist())) == 1 and ids[0] != ids[6] and ids[6] != ids[9]


def test_k_already_met_needs_no_suppression() -> None:
    result = gate(people().slice(0, 9), k=3)
    assert (result.k_achieved, result.classes, result.records_suppressed) == (3, 2, 0)
    assert result.prosecutor_risk == pytest.approx(1 / 3)
    assert not result.blocked and result.keep is not None and result.keep.all()


def test_small_classes_are_suppressed_within_the_allowed_share() -> None:
    result = gate(people(), k=3, max_suppression=0.1)
    assert result.k_before == 1
    assert (result.k_achieved, result.classes, result.records_suppressed) == (3, 2, 1)
    assert result.suppression_rate == pytest.approx(0.1)
    assert not result.blocked
    assert result.keep is not None and result.keep.tolist() == [True] * 9 + [False]


def test_blocks_when_suppression_would_exceed_the_share() -> None:
    result = gate(people(), k=3, max_suppression=0.05)
    assert result.blocked and result.records_suppressed == 0
    assert result.reason is not None and "10.0%" in result.reason
    assert result.k_achieved == 1 and result.prosecutor_risk == 1.0
    bigger_k = gate(people(), k=4, max_suppression=0.3)  # B and C: 4 of 10 rows
    assert bigger_k.blocked and "4 of 10" in (bigger_k.reason or "")


def test_l_diversity_is_measured_and_enforced() -> None:
    measured = gate(people().slice(0, 9), ["diagnosis"], k=2, l_diversity=1)
    assert measured.l_achieved == 1  # class B holds only "x"
    assert not measured.blocked
    enforced = gate(people().slice(0, 9), ["diagnosis"], k=2, l_diversity=2, max_suppression=0.4)
    assert enforced.records_suppressed == 3 and enforced.l_achieved == 3  # A: x, y, z
    assert enforced.k_achieved == 6
    blocked = gate(people().slice(0, 9), ["diagnosis"], k=2, l_diversity=2, max_suppression=0.2)
    assert blocked.blocked


def test_no_quasi_columns_means_no_gate() -> None:
    result = kanon.evaluate(people(), [], [], Deidentification())
    assert not result.blocked and result.k_achieved is None
    assert result.to_dict()["reason"] == "no quasi-identifier columns"
