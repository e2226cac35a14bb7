"""Writing the exports to `OUT/catalog/`, byte-for-byte the same for the same inputs.

Determinism matters because the exports are served and mirrored: an unchanged catalog must not
look changed (ETags, harvesters' "modified" checks, diffs in review). rdflib's serializers
follow the graph's insertion order, which `dcat_ap_graph` keeps fixed, and JSON-LD is
additionally normalized (nodes sorted by @id, multi-valued properties sorted).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from rdflib import RDF, BNode, Graph, Literal, URIRef

from catalog.exports.datagovtw import datagovtw_datasets
from catalog.exports.dcat_ap import dcat_ap_graph
from catalog.exports.dcat_us import data_json
from catalog.exports.frictionless import catalog_package
from catalog.model import Catalog

CATALOG_DIR = "catalog"
DATAGOVTW_DIR = "datagovtw"
EXPORT_FILES = {
    "turtle": "catalog.ttl",
    "jsonld": "catalog.jsonld",
    "rdfxml": "catalog.rdf",
    "dcat_us": "data.json",
    "datapackage": "datapackage.json",
}


def _atomic_write(path: Path, data: bytes) -> None:
    """Readers (the catalog server) never see a half-written export."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def dump_json(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode()


def _sort_key(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _normalize_jsonld(document: Any) -> Any:
    """Sort nodes and multi-valued properties: JSON-LD is unordered, a file should not be."""
    if isinstance(document, list):
        nodes = [_normalize_jsonld(n) for n in document]
        return sorted(nodes, key=lambda n: (str(n.get("@id", "")), _sort_key(n)))
    if isinstance(document, dict):
        out = {}
        for key in sorted(document):
            value = document[key]
            if isinstance(value, list):
                value = sorted((_normalize_jsonld(v) for v in value), key=_sort_key)
            elif isinstance(value, dict):
                value = _normalize_jsonld(value)
            out[key] = value
        return out
    return document


def rdf_xml(graph: Graph) -> str:
    """Flat RDF/XML with subjects, predicates and objects sorted.

    rdflib's RDF/XML serializers iterate the store in an order that varies between processes,
    so the file would change on every run. The DCAT-AP graph has no blank nodes, which keeps a
    flat writer (one rdf:Description per subject) short.
    """
    names = graph.namespace_manager
    prefixes: dict[str, str] = {"rdf": str(RDF)}
    lines: list[str] = []
    for subject in sorted(set(graph.subjects())):
        if isinstance(subject, BNode):
            raise ValueError("rdf_xml writes graphs without blank nodes only")
        lines.append(f"  <rdf:Description rdf:about={quoteattr(str(subject))}>")
        for predicate, obj in sorted(graph.predicate_objects(subject)):
            prefix, namespace, local = names.compute_qname_strict(str(predicate))
            prefixes[prefix] = str(namespace)
            tag = f"{prefix}:{local}"
            if isinstance(obj, URIRef):
                lines.append(f"    <{tag} rdf:resource={quoteattr(str(obj))}/>")
            elif isinstance(obj, Literal):
                attrs = ""
                if obj.language:
                    attrs = f" xml:lang={quoteattr(obj.language)}"
                elif obj.datatype:
                    attrs = f" rdf:datatype={quoteattr(str(obj.datatype))}"
                lines.append(f"    <{tag}{attrs}>{escape(str(obj))}</{tag}>")
            else:
                raise ValueError("rdf_xml writes graphs without blank nodes only")
        lines.append("  </rdf:Description>")
    declarations = "".join(
        f"\n   xmlns:{prefix}={quoteattr(uri)}" for prefix, uri in sorted(prefixes.items())
    )
    head = f'<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF{declarations}>'
    return "\n".join([head, *lines, "</rdf:RDF>", ""])


def serialize_graph(graph: Graph, fmt: str) -> bytes:
    """Turtle, JSON-LD or RDF/XML bytes of a DCAT-AP graph."""
    if fmt == "turtle":
        return graph.serialize(format="turtle").encode()
    if fmt == "jsonld":
        document = json.loads(graph.serialize(format="json-ld"))
        return dump_json(_normalize_jsonld(document))
    if fmt == "rdfxml":
        return rdf_xml(graph).encode()
    raise ValueError(f"unknown RDF format {fmt!r}")


def write_exports(catalog: Catalog, out_dir: Path) -> list[Path]:
    """Write every export into `out_dir/catalog/`; return the paths written."""
    target = out_dir / CATALOG_DIR
    graph = dcat_ap_graph(catalog)
    outputs: dict[Path, bytes] = {
        target / EXPORT_FILES[fmt]: serialize_graph(graph, fmt)
        for fmt in ("turtle", "jsonld", "rdfxml")
    }
    outputs[target / EXPORT_FILES["dcat_us"]] = dump_json(data_json(catalog))
    package = catalog_package(catalog)
    package_path = target / EXPORT_FILES["datapackage"]
    if package["resources"]:
        outputs[package_path] = dump_json(package)
    else:
        package_path.unlink(missing_ok=True)  # a Data Package needs at least one resource
    records = datagovtw_datasets(catalog)
    for dataset_id, record in records.items():
        outputs[target / DATAGOVTW_DIR / f"{dataset_id}.json"] = dump_json(record)
    for path, data in outputs.items():
        _atomic_write(path, data)
    # A dataset that left the catalog (retired) must not keep a stale record to push.
    stale_dir = target / DATAGOVTW_DIR
    if stale_dir.is_dir():
        for stale in stale_dir.glob("*.json"):
            if stale.stem not in records:
                stale.unlink()
    return sorted(outputs)
