"""Dataset search shared by the static index (JavaScript) and the server's /search (no JS).

Both sides apply the same rule so a query finds the same datasets with or without JavaScript:
NFKC + casefold the text, split the query on white space, and require every word to be a
substring of the dataset's text. Substring matching is what makes Chinese work without a word
segmenter: 工廠 is found inside 工廠登記清冊.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from catalog.model import Catalog, CatalogDataset

MAX_QUERY_CHARS = 200


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def search_text(dataset: CatalogDataset) -> str:
    """Everything a dataset is found by: titles, descriptions, keywords, columns, categories."""
    spec = dataset.spec
    parts: list[str] = [spec.id, spec.title.zh_tw, spec.title.en or ""]
    parts += [spec.description.zh_tw, spec.description.en or ""]
    parts += spec.keywords
    parts += [spec.categories.theme, spec.categories.policy, spec.publisher.unit]
    for field in dataset.fields:
        parts += [field.name, field.description.zh_tw, field.description.en or ""]
    return normalize("\n".join(p for p in parts if p))


def query_terms(query: str) -> list[str]:
    return normalize(query[:MAX_QUERY_CHARS]).split()


def matches(text: str, terms: list[str]) -> bool:
    return all(term in text for term in terms)


def search(catalog: Catalog, query: str) -> list[CatalogDataset]:
    """Datasets matching every word of `query`, in catalog order (all of them for an empty one)."""
    terms = query_terms(query)
    return [d for d in catalog.datasets if matches(search_text(d), terms)]


def search_index(catalog: Catalog) -> list[dict[str, Any]]:
    """The JSON index the portal's inline script filters (already normalized text)."""
    return [{"id": d.id, "text": search_text(d)} for d in catalog.datasets]
