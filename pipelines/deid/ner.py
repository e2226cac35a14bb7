"""An installed spaCy NER model as an extra signal for person names, when there is one.

The pattern recognizers find names from cues (申請人, 先生 …) and from the dataset's own name
columns; a statistical model also finds names with no cue ("經查王小明於…"). Nothing is ever
downloaded: the model must already be installed as a package (`zh_core_web_sm` … `_trf`) or
named by path in `OPENDATA_NER_MODEL`. Set `OPENDATA_NER_MODEL=none` to turn the signal off.

Model findings score `NER_SCORE`: enough to be redacted, below the leak guard's high-confidence
threshold (a model's guess must not block a release on its own).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

NER_SCORE = 0.6
PERSON_LABELS = frozenset({"PERSON", "PER"})
PACKAGES = ("zh_core_web_trf", "zh_core_web_lg", "zh_core_web_md", "zh_core_web_sm")
BATCH = 256


def configured_model() -> str | None:
    """The model to use: OPENDATA_NER_MODEL (a package name or a path), else the largest
    installed Chinese spaCy package, else None."""
    named = os.environ.get("OPENDATA_NER_MODEL", "").strip()
    if named.lower() == "none":
        return None
    if named:
        return named
    import spacy.util

    return next((name for name in PACKAGES if spacy.util.is_package(name)), None)


@lru_cache(maxsize=4)
def _load(model: str) -> Any:
    import spacy

    # Only what named-entity recognition needs; parsers and lemmatizers cost time per text.
    nlp = spacy.load(model)
    keep = {"tok2vec", "transformer", "ner", "entity_ruler", "span_ruler"}
    for name in list(nlp.pipe_names):
        if name not in keep:
            nlp.disable_pipe(name)
    return nlp


class NerPersons:
    """Person-name spans (character offsets) that the model finds in texts."""

    def __init__(self, model: str) -> None:
        self.model = model
        self.nlp = _load(model)

    def spans(self, texts: Sequence[str]) -> list[list[tuple[int, int]]]:
        out: list[list[tuple[int, int]]] = []
        for doc in self.nlp.pipe(texts, batch_size=BATCH):
            out.append(
                [
                    (ent.start_char, ent.end_char)
                    for ent in doc.ents
                    if ent.label_ in PERSON_LABELS and len(ent.text.strip()) >= 2
                ]
            )
        return out


def load_persons() -> NerPersons | None:
    model = configured_model()
    return NerPersons(model) if model else None
