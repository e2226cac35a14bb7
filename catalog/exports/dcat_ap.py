"""DCAT-AP 3.0 as an rdflib graph (serialized to Turtle, JSON-LD and RDF/XML by the writer).

The graph is built to conform to the official SHACL shapes (shapes.ttl + range.ttl) and to raise
nothing from shapes_recommended.ttl. Two consequences shape the code:

* range.ttl checks the *class* of every value (sh:class), so every vocabulary term the graph
  points at (licence, language, frequency, media type, ...) is typed and labelled here too.
* There are no blank nodes: contact points, periods, checksums are hash IRIs under the dataset
  URI, so the serialization is the same on every run (blank node ids are random).
"""

from __future__ import annotations

from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, SKOS

from catalog.exports import vocab
from catalog.model import Catalog, CatalogDataset, Distribution
from pipelines.spec.model import LocalizedText

DCATAP = Namespace("http://data.europa.eu/r5r/")
SPDX = Namespace("http://spdx.org/rdf/terms#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
ADMS = Namespace("http://www.w3.org/ns/adms#")
LOCN = Namespace("http://www.w3.org/ns/locn#")
GSP = Namespace("http://www.opengis.net/ont/geosparql#")

DCAT_VERSION = URIRef("http://www.w3.org/ns/dcat#version")  # DCAT 3, not in rdflib


def _bind(graph: Graph) -> None:
    for prefix, namespace in {
        "dcat": DCAT,
        "dct": DCTERMS,
        "foaf": FOAF,
        "skos": SKOS,
        "dcatap": DCATAP,
        "spdx": SPDX,
        "vcard": VCARD,
        "adms": ADMS,
        "locn": LOCN,
        "gsp": GSP,
    }.items():
        graph.bind(prefix, namespace, override=True)


def _texts(graph: Graph, subject: URIRef, predicate: URIRef, text: LocalizedText) -> None:
    graph.add((subject, predicate, Literal(text.zh_tw, lang="zh-TW")))
    if text.en:
        graph.add((subject, predicate, Literal(text.en, lang="en")))


def _time(value: str) -> Literal:
    return Literal(value, datatype=XSD.dateTime)


def _concept(graph: Graph, uri: str, label: str, *types: URIRef, lang: str = "en") -> URIRef:
    """A vocabulary term: typed as the shapes expect, with the prefLabel skos:Concept needs."""
    node = URIRef(uri)
    graph.add((node, RDF.type, SKOS.Concept))
    for kind in types:
        graph.add((node, RDF.type, kind))
    graph.add((node, SKOS.prefLabel, Literal(label, lang=lang)))
    return node


class _Builder:
    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.config = catalog.config
        self.graph = Graph()
        _bind(self.graph)
        self.publisher = URIRef(f"urn:oid:{catalog.agency.oid}")
        self.service_scheme = URIRef(self.config.url("catalog/themes/service"))
        self.theme_scheme = URIRef(self.config.url("catalog/themes/topic"))

    # --- shared nodes ---------------------------------------------------------------------------

    def agent(self) -> URIRef:
        g, agency = self.graph, self.catalog.agency
        g.add((self.publisher, RDF.type, FOAF.Agent))
        g.add((self.publisher, RDF.type, FOAF.Organization))
        _texts(g, self.publisher, FOAF.name, agency.name)
        g.add((self.publisher, DCTERMS.identifier, Literal(agency.oid)))
        g.add((self.publisher, FOAF.mbox, URIRef(f"mailto:{agency.email}")))
        homepage = URIRef(agency.homepage)
        g.add((homepage, RDF.type, FOAF.Document))
        g.add((self.publisher, FOAF.homepage, homepage))
        kind = _concept(g, vocab.NATIONAL_AUTHORITY, "National authority")
        g.add((self.publisher, DCTERMS.type, kind))
        return self.publisher

    def languages(self, subject: URIRef) -> None:
        for lang, uri in vocab.LANGUAGES.items():
            node = URIRef(uri)
            self.graph.add((node, RDF.type, DCTERMS.LinguisticSystem))
            self.graph.add((node, RDFS.label, Literal(vocab.LANGUAGE_LABELS[lang], lang="en")))
            self.graph.add((subject, DCTERMS.language, node))

    def license(self, license_id: str) -> URIRef:
        info = vocab.LICENSES[license_id]
        node = URIRef(info.uri)
        g = self.graph
        g.add((node, RDF.type, DCTERMS.LicenseDocument))
        g.add((node, RDFS.label, Literal(info.label)))
        kind = _concept(g, info.adms_type, vocab.LICENCE_TYPE_LABELS[info.adms_type])
        g.add((node, DCTERMS.type, kind))
        return node

    def spatial(self, subject: URIRef) -> None:
        g, node = self.graph, URIRef(vocab.TAIWAN)
        g.add((node, RDF.type, DCTERMS.Location))
        g.add((node, RDFS.label, Literal("Taiwan", lang="en")))
        g.add((node, RDFS.label, Literal("臺灣", lang="zh-TW")))
        g.add((node, DCAT.bbox, Literal(vocab.TAIWAN_BBOX, datatype=GSP.wktLiteral)))
        g.add((node, DCAT.centroid, Literal(vocab.TAIWAN_CENTROID, datatype=GSP.wktLiteral)))
        g.add((subject, DCTERMS.spatial, node))

    def theme_schemes(self) -> list[URIRef]:
        g = self.graph
        titles = {
            self.service_scheme: ("data.gov.tw 服務分類", "data.gov.tw service categories"),
            self.theme_scheme: ("主題分類", "Topic categories"),
        }
        for scheme, (zh, en) in titles.items():
            g.add((scheme, RDF.type, SKOS.ConceptScheme))
            g.add((scheme, DCTERMS.title, Literal(zh, lang="zh-TW")))
            g.add((scheme, DCTERMS.title, Literal(en, lang="en")))
        return list(titles)

    def themes(self, subject: URIRef, dataset: CatalogDataset) -> None:
        g, categories = self.graph, dataset.spec.categories
        code = categories.service
        service = URIRef(f"{self.service_scheme}#{code}")
        label = vocab.SERVICE_CATEGORIES.get(code, (code, code))[0]
        _concept(g, str(service), label, lang="zh-TW")
        g.add((service, SKOS.notation, Literal(code)))
        g.add((service, SKOS.inScheme, self.service_scheme))
        topic = URIRef(f"{self.theme_scheme}#{quote(categories.theme, safe='')}")
        _concept(g, str(topic), categories.theme, lang="zh-TW")
        g.add((topic, SKOS.inScheme, self.theme_scheme))
        g.add((subject, DCAT.theme, service))
        g.add((subject, DCAT.theme, topic))

    # --- catalog, dataset, distribution ---------------------------------------------------------

    def build(self) -> Graph:
        g, catalog = self.graph, self.catalog
        node = URIRef(catalog.uri)
        agency_name = catalog.agency.name
        g.add((node, RDF.type, DCAT.Catalog))
        g.add((node, DCTERMS.title, Literal(f"{agency_name.zh_tw}開放資料目錄", lang="zh-TW")))
        g.add((node, DCTERMS.title, Literal(f"{agency_name.get('en')} open data", lang="en")))
        g.add(
            (
                node,
                DCTERMS.description,
                Literal(f"{agency_name.zh_tw}發布之開放資料集。", lang="zh-TW"),
            )
        )
        g.add(
            (
                node,
                DCTERMS.description,
                Literal(f"Open datasets published by {agency_name.get('en')}.", lang="en"),
            )
        )
        g.add((node, DCTERMS.publisher, self.agent()))
        homepage = URIRef(self.config.url(""))
        g.add((homepage, RDF.type, FOAF.Document))
        g.add((node, FOAF.homepage, homepage))
        self.languages(node)
        # The catalog's own metadata is dedicated to the public domain, as portals usually do.
        g.add((node, DCTERMS.license, self.license("cc0-1.0")))
        self.spatial(node)
        for scheme in self.theme_schemes():
            g.add((node, DCAT.themeTaxonomy, scheme))
        if catalog.datasets:
            g.add((node, DCTERMS.issued, _time(min(d.issued for d in catalog.datasets))))
            g.add((node, DCTERMS.modified, _time(catalog.modified or "")))
        for dataset in catalog.datasets:
            g.add((node, DCAT.dataset, self.dataset(dataset)))
        return g

    def dataset(self, dataset: CatalogDataset) -> URIRef:
        g, spec = self.graph, dataset.spec
        node = URIRef(dataset.uri)
        g.add((node, RDF.type, DCAT.Dataset))
        _texts(g, node, DCTERMS.title, spec.title)
        _texts(g, node, DCTERMS.description, spec.description)
        g.add((node, DCTERMS.identifier, Literal(spec.id)))
        for keyword in spec.keywords:
            g.add((node, DCAT.keyword, Literal(keyword, lang="zh-TW")))
        g.add((node, DCTERMS.publisher, self.publisher))
        g.add((node, DCAT.contactPoint, self.contact(dataset)))
        self.spatial(node)
        self.languages(node)
        self.themes(node, dataset)
        frequency = _concept(
            g,
            vocab.frequency_uri(spec.update_frequency),
            vocab.frequency_label(spec.update_frequency),
            DCTERMS.Frequency,
        )
        g.add((node, DCTERMS.accrualPeriodicity, frequency))
        g.add((node, DCTERMS.accessRights, self.access_rights(spec.openness.level)))
        g.add((node, DCTERMS.issued, _time(dataset.issued)))
        # dct:modified of a dataset is the last change of its *content*; metadata-only releases
        # (a corrected description) do not move it.
        g.add((node, DCTERMS.modified, _time(dataset.data_modified)))
        g.add((node, DCAT_VERSION, Literal(str(dataset.version))))
        temporal = dataset.temporal
        if temporal:
            period = URIRef(f"{dataset.uri}#temporal")
            g.add((period, RDF.type, DCTERMS.PeriodOfTime))
            if temporal.start:
                g.add((period, DCAT.startDate, Literal(temporal.start, datatype=XSD.date)))
            if temporal.end:
                g.add((period, DCAT.endDate, Literal(temporal.end, datatype=XSD.date)))
            g.add((node, DCTERMS.temporal, period))
        for distribution in dataset.distributions:
            g.add((node, DCAT.distribution, self.distribution(dataset, distribution)))
        return node

    def access_rights(self, level: str) -> URIRef:
        code = vocab.ACCESS[level][0]
        node = _concept(self.graph, vocab.access_rights_uri(level), vocab.ACCESS_LABELS[code])
        self.graph.add((node, RDF.type, DCTERMS.RightsStatement))
        return node

    def contact(self, dataset: CatalogDataset) -> URIRef:
        g, publisher = self.graph, dataset.spec.publisher
        node = URIRef(f"{dataset.uri}#contact")
        g.add((node, RDF.type, VCARD.Kind))
        g.add((node, RDF.type, VCARD.Organization))
        g.add((node, VCARD.fn, Literal(f"{publisher.unit} {publisher.contact.name}")))
        g.add((node, VCARD["organization-unit"], Literal(publisher.unit, lang="zh-TW")))
        g.add((node, VCARD.hasEmail, URIRef(f"mailto:{publisher.contact.email}")))
        if publisher.contact.phone:
            g.add((node, VCARD.hasTelephone, URIRef(tel_uri(publisher.contact.phone))))
        return node

    def distribution(self, dataset: CatalogDataset, item: Distribution) -> URIRef:
        g, spec = self.graph, dataset.spec
        node = URIRef(item.uri)
        fmt_label = vocab.FILE_TYPES.get(item.format, (item.format, item.format))[1]
        g.add((node, RDF.type, DCAT.Distribution))
        g.add((node, DCTERMS.title, Literal(f"{spec.title.zh_tw}（{fmt_label}）", lang="zh-TW")))
        if spec.title.en:
            g.add((node, DCTERMS.title, Literal(f"{spec.title.en} ({fmt_label})", lang="en")))
        encoding = f"，{item.encoding.upper()} 編碼" if item.encoding else ""
        description = f"{spec.title.zh_tw}第 {dataset.version} 版之 {fmt_label} 檔{encoding}。"
        g.add((node, DCTERMS.description, Literal(description, lang="zh-TW")))
        g.add((node, DCAT.accessURL, URIRef(dataset.uri)))
        g.add((node, DCAT.downloadURL, URIRef(item.download_url)))
        if item.format in vocab.FILE_TYPES:
            fmt = URIRef(vocab.file_type_uri(item.format))
            g.add((fmt, RDF.type, DCTERMS.MediaTypeOrExtent))
            g.add((fmt, RDFS.label, Literal(fmt_label)))
            g.add((node, DCTERMS.format, fmt))
        media = URIRef(vocab.media_type_uri(item.media_type))
        g.add((media, RDF.type, DCTERMS.MediaType))
        g.add((media, RDFS.label, Literal(item.media_type)))
        g.add((node, DCAT.mediaType, media))
        g.add((node, DCAT.byteSize, Literal(item.bytes, datatype=XSD.nonNegativeInteger)))
        checksum = URIRef(f"{item.uri}-checksum")
        g.add((checksum, RDF.type, SPDX.Checksum))
        g.add((checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256))
        g.add((checksum, SPDX.checksumValue, Literal(item.sha256, datatype=XSD.hexBinary)))
        g.add((node, SPDX.checksum, checksum))
        g.add((node, DCTERMS.license, self.license(spec.license)))
        availability = _concept(g, vocab.AVAILABILITY_STABLE, "stable")
        g.add((node, DCATAP.availability, availability))
        self.languages(node)
        g.add((node, DCTERMS.issued, _time(str(dataset.manifest["created"]))))
        g.add((node, DCTERMS.modified, _time(dataset.data_modified)))
        if spec.openness.level != "open" and spec.openness.legal_basis:
            rights = URIRef(f"{dataset.uri}#rights")
            g.add((rights, RDF.type, DCTERMS.RightsStatement))
            g.add((rights, RDFS.label, Literal(spec.openness.legal_basis, lang="zh-TW")))
            g.add((node, DCTERMS.rights, rights))
        return node


def tel_uri(phone: str) -> str:
    """A tel: URI; a Taiwanese national number (02-2754-1255) gets the +886 prefix."""
    digits = "".join(ch for ch in phone if ch.isdigit() or ch in "+-")
    if digits.startswith("0") and not digits.startswith("00"):
        digits = "+886-" + digits[1:]
    return "tel:" + digits


def dcat_ap_graph(catalog: Catalog) -> Graph:
    """The whole catalog as a DCAT-AP 3.0 graph."""
    return _Builder(catalog).build()
