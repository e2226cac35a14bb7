"""Paged DCAT-AP catalog documents with Hydra paging, as ckanext-dcat serves them.

The graph itself comes from catalog.exports.dcat_ap (built for the page's datasets only); this
module only chooses the page and adds the Hydra collection node that tells a harvester where the
next page is. Datasets are ordered by (metadata_modified, id) ascending: a dataset republished
while a harvester pages through moves to the end, so it is seen again rather than skipped.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from urllib.parse import urlencode

from rdflib import RDF, XSD, Graph, Literal, Namespace, URIRef

from catalog.exports.dcat_ap import dcat_ap_graph
from catalog.model import Catalog, CatalogDataset, parse_time

HYDRA = Namespace("http://www.w3.org/ns/hydra/core#")
PAGE_SIZE = 50

# suffix -> (rdflib format, media type)
FORMATS: dict[str, tuple[str, str]] = {
    "ttl": ("turtle", "text/turtle; charset=utf-8"),
    "jsonld": ("json-ld", "application/ld+json"),
    "rdf": ("pretty-xml", "application/rdf+xml"),
}


class PagingError(ValueError):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def parse_since(raw: str | None) -> datetime | None:
    """`modified_since` as an aware UTC datetime; a date alone means its midnight UTC."""
    if not raw:
        return None
    try:
        value = datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
    except ValueError:
        raise PagingError(400, "modified_since must be an ISO 8601 date or time") from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def parse_page(raw: str | None) -> int:
    if raw is None or raw == "":
        return 1
    try:
        page = int(raw)
    except ValueError:
        raise PagingError(400, "page must be a positive integer") from None
    if page < 1:
        raise PagingError(400, "page must be a positive integer")
    return page


def select(datasets: list[CatalogDataset], since: datetime | None) -> list[CatalogDataset]:
    """The datasets a harvest covers, in paging order."""
    chosen = [d for d in datasets if since is None or parse_time(d.metadata_modified) >= since]
    return sorted(chosen, key=lambda d: (parse_time(d.metadata_modified), d.id))


@dataclasses.dataclass(frozen=True)
class Page:
    number: int
    last: int
    total: int
    size: int
    datasets: list[CatalogDataset]


def paginate(datasets: list[CatalogDataset], page: int, size: int = PAGE_SIZE) -> Page:
    total = len(datasets)
    last = max(1, -(-total // size))
    if page > last:
        raise PagingError(404, f"page {page} is past the last page ({last})")
    start = (page - 1) * size
    return Page(page, last, total, size, datasets[start : start + size])


def page_graph(catalog: Catalog, page: Page, page_url: PageUrl) -> Graph:
    """The DCAT-AP graph of one page plus its hydra:PagedCollection description.

    Both Hydra spellings are given: the literal-valued hydra:firstPage/nextPage/... that
    ckanext-dcat emits and DCAT harvesters read, and the current IRI-valued hydra:first/next/....
    """
    graph = dcat_ap_graph(dataclasses.replace(catalog, datasets=page.datasets))
    graph.bind("hydra", HYDRA)
    node = URIRef(page_url(page.number))
    graph.add((node, RDF.type, HYDRA.PagedCollection))
    graph.add((node, RDF.type, HYDRA.PartialCollectionView))
    graph.add((node, HYDRA.totalItems, Literal(page.total, datatype=XSD.integer)))
    graph.add((node, HYDRA.itemsPerPage, Literal(page.size, datatype=XSD.integer)))
    links = {"first": 1, "last": page.last}
    if page.number > 1:
        links["previous"] = page.number - 1
    if page.number < page.last:
        links["next"] = page.number + 1
    for name, number in links.items():
        url = page_url(number)
        graph.add((node, HYDRA[f"{name}Page"], Literal(url)))
        graph.add((node, HYDRA[name], URIRef(url)))
    return graph


class PageUrl:
    """Builds this document's URL for another page, keeping the other query parameters."""

    def __init__(self, base: str, params: dict[str, str]) -> None:
        self.base = base
        self.params = {k: v for k, v in params.items() if k != "page"}

    def __call__(self, number: int) -> str:
        return f"{self.base}?{urlencode({**self.params, 'page': str(number)})}"


def serialize(graph: Graph, suffix: str) -> tuple[bytes, str]:
    fmt, media_type = FORMATS[suffix]
    data = graph.serialize(format=fmt, encoding="utf-8")
    return data, media_type
