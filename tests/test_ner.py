"""The NER extra signal, with a small spaCy pipeline built and saved locally (nothing is
downloaded): a model installed or named in OPENDATA_NER_MODEL is loaded and its PERSON spans
are used; without one the signal is off."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from pipelines.deid import ner


@pytest.fixture()
def model(tmp_path: Path) -> str:
    nlp = spacy.blank("zh")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [{"label": "PERSON", "pattern": "林小華"}, {"label": "ORG", "pattern": "工業局"}]
    )
    path = tmp_path / "zh_test_ner"
    nlp.to_disk(path)
    return str(path)


def test_named_model_finds_person_spans(model: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENDATA_NER_MODEL", model)
    persons = ner.load_persons()
    assert persons is not None
    text = "經查林小華於工業局陳述"
    (spans,) = persons.spans([text])
    assert [text[a:b] for a, b in spans] == ["林小華"]  # ORG entities are not names


def test_signal_is_off_without_a_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENDATA_NER_MODEL", "none")
    assert ner.load_persons() is None
    monkeypatch.delenv("OPENDATA_NER_MODEL")
    # No Chinese spaCy package is installed here, so nothing is picked up by default.
    assert ner.configured_model() is None


def test_scanner_redacts_names_only_the_model_knows(
    model: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipelines.deid.scan import TextScanner

    # Mid-sentence after a common word, followed by no verb or particle of agency notes and
    # no cue: no pattern can see the name.
    text = "聽說林小華很想去工業局，電話0912345678"
    monkeypatch.setenv("OPENDATA_NER_MODEL", "none")
    plain, _ = TextScanner(processes=1).redact_many([text])
    assert "林小華" in plain[0]  # no cue, not a known name: the patterns cannot see it
    monkeypatch.setenv("OPENDATA_NER_MODEL", model)
    scanner = TextScanner(processes=1)
    redacted, counts = scanner.redact_many([text])
    assert redacted == ["聽說〔姓名〕很想去工業局，電話〔電話〕"]
    assert counts == {"PERSON": 1, "PHONE": 1}
    assert scanner.redact(text)[0] == redacted[0]
    # A model's guess is redacted but is not high-confidence evidence for the leak guard.
    assert scanner.count_high_confidence(["聽說林小華很想去工業局"]) == {}
