"""Frictionless Data Package v2 descriptors.

`datapackage_for` describes one release; the publisher writes its result as `datapackage.json`
inside the release directory, next to the files it lists (resource paths are relative to it).
It needs only the spec and the manifest, so it can run before the release is switched live.
`catalog_package` is the catalog-level listing: one resource per current file, by download URL.
"""

from __future__ import annotations

from typing import Any

from catalog.exports import vocab
from catalog.model import Catalog
from pipelines.spec.model import DatasetSpec

PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
RESOURCE_PROFILE = "https://datapackage.org/profiles/2.0/dataresource.json"
TABLE_SCHEMA_PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json"

# Open Definition license ids (what Data Package `licenses[].name` expects).
LICENSE_NAMES = {"ogdl-tw-1.0": "OGDL-Taiwan-1.0", "cc-by-4.0": "CC-BY-4.0", "cc0-1.0": "CC0-1.0"}


def _licenses(license_id: str) -> list[dict[str, str]]:
    info = vocab.LICENSES[license_id]
    return [{"name": LICENSE_NAMES[license_id], "path": info.uri, "title": info.label}]


def table_schema(manifest: dict[str, Any]) -> dict[str, Any]:
    """Table Schema from the manifest's published fields (types match the spec's column types)."""
    fields = []
    for item in (manifest.get("schema") or {}).get("fields", []):
        description = item.get("description") or {}
        if isinstance(description, str):
            description = {"zh-TW": description}
        field: dict[str, Any] = {"name": item["name"], "type": item.get("type", "string")}
        title = description.get("zh-TW")
        if title:
            field["title"] = title
        if description.get("en"):
            field["description"] = description["en"]
        fields.append(field)
    return {"$schema": TABLE_SCHEMA_PROFILE, "fields": fields}


def _resource(spec: DatasetSpec, manifest: dict[str, Any], item: dict[str, Any]) -> dict:
    """One file of the release.

    What is declared per format follows what `frictionless validate` can check, because a
    descriptor that the reference validator rejects is worse than a shorter one:
    * csv: a table (schema, dialect) with bytes and hash;
    * json: a plain file with bytes and hash (reading JSON rows as a table needs the optional
      `frictionless[json]` extra);
    * parquet: not listed in the package at all. frictionless reads Parquet through pandas,
      which turns a nullable integer column into floats, so any integer column with a null
      fails validation whatever the descriptor says (and Data Package v2 allows no
      non-table `type` to opt out). The Parquet file is in the manifest and every catalog.
    The manifest and the DCAT exports carry size and checksum of every file regardless.
    """
    fmt = item.get("format") or item["path"].rsplit(".", 1)[-1]
    resource: dict[str, Any] = {
        "name": f"{spec.id}-{fmt}",
        "path": item["path"],
        "format": fmt,
        "mediatype": item.get("media_type", "application/octet-stream"),
        "title": f"{spec.title.zh_tw} ({vocab.FILE_TYPES.get(fmt, (fmt, fmt))[1]})",
    }
    if item.get("encoding"):
        resource["encoding"] = item["encoding"]
    resource["bytes"] = int(item["bytes"])
    resource["hash"] = "sha256:" + str(item["sha256"]).removeprefix("sha256:")
    if fmt == "csv":
        resource["type"] = "table"
        resource["schema"] = table_schema(manifest)
    if fmt == "csv":
        # Stated rather than left to sniffing; line endings are left open (CRLF per RFC 4180,
        # LF from pyarrow) because readers accept both.
        resource["dialect"] = {"delimiter": ",", "header": True}
    return resource


def datapackage_for(
    spec: DatasetSpec, manifest: dict[str, Any], *, homepage: str | None = None
) -> dict[str, Any]:
    """The datapackage.json of one release directory (paths relative to that directory)."""
    package: dict[str, Any] = {
        "$schema": PROFILE,
        "name": spec.id,
        "title": spec.title.zh_tw,
        "description": spec.description.zh_tw
        + (f"\n\n{spec.description.en}" if spec.description.en else ""),
        "version": f"{int(manifest['version'])}.0.0",
        "created": manifest["created"],
        "licenses": _licenses(spec.license),
        "keywords": list(spec.keywords),
        "contributors": [
            {
                "title": spec.publisher.unit,
                "email": spec.publisher.contact.email,
                "roles": ["publisher"],
            }
        ],
        "resources": [
            _resource(spec, manifest, item)
            for item in manifest.get("files", [])
            if item.get("format") != "parquet"  # see _resource
        ],
    }
    if homepage:
        package["homepage"] = homepage
    return package


def catalog_package(catalog: Catalog) -> dict[str, Any]:
    """A Data Package listing every current file of the catalog by its download URL."""
    resources = []
    for dataset in catalog.datasets:
        schema = table_schema(dataset.manifest)
        for d in dataset.distributions:
            resource: dict[str, Any] = {
                "name": f"{dataset.id}-{d.format}",
                "type": "table",
                "path": d.download_url,
                "format": d.format,
                "mediatype": d.media_type,
                "title": f"{dataset.spec.title.zh_tw} ({d.format.upper()})",
                "bytes": d.bytes,
                "hash": f"sha256:{d.sha256}",
                "licenses": _licenses(dataset.spec.license),
                "schema": schema,
            }
            if d.encoding:
                resource["encoding"] = d.encoding
            resources.append(resource)
    name = catalog.agency.name
    return {
        "$schema": PROFILE,
        "name": "catalog",
        "id": catalog.uri,
        "title": f"{name.zh_tw}開放資料目錄",
        "description": f"Open datasets published by {name.get('en')}.",
        "homepage": catalog.config.url(""),
        "contributors": [
            {"title": name.zh_tw, "email": catalog.agency.email, "roles": ["publisher"]}
        ],
        "resources": resources,
    }
