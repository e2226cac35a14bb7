"""DCAT-US (Project Open Data) v1.1 `data.json`.

Written to validate against both the federal schema (schema/dataset.json) and the non-federal
variant data.gov's harvester uses. The federal schema *requires* bureauCode and programCode (US
OMB codes); a Taiwanese agency has none, so the placeholders 000:00 / 000:000 are emitted, which
match the schema's patterns and are documented as meaning "not a US federal agency".
"""

from __future__ import annotations

from typing import Any

from catalog.exports import vocab
from catalog.model import Catalog, CatalogDataset

CONFORMS_TO = "https://project-open-data.cio.gov/v1.1/schema"
CONTEXT = "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld"
DESCRIBED_BY = "https://project-open-data.cio.gov/v1.1/schema/catalog.json"
NON_FEDERAL_BUREAU_CODE = "000:00"
NON_FEDERAL_PROGRAM_CODE = "000:000"
RIGHTS_MAX = 255  # the schema's limit on `rights`


def _rights(dataset: CatalogDataset) -> str | None:
    """Why access is limited (required reading for restricted/non-public entries)."""
    openness = dataset.spec.openness
    if openness.level == "open" or not openness.legal_basis:
        return None
    text = f"依 {openness.legal_basis} 限制取用。Access limited under: {openness.legal_basis}"
    return text if len(text) <= RIGHTS_MAX else text[: RIGHTS_MAX - 1] + "…"


def dataset_entry(catalog: Catalog, dataset: CatalogDataset) -> dict[str, Any]:
    spec = dataset.spec
    contact = spec.publisher.contact
    entry: dict[str, Any] = {
        "@type": "dcat:Dataset",
        "identifier": dataset.uri,
        "title": spec.title.zh_tw if not spec.title.en else f"{spec.title.zh_tw} ({spec.title.en})",
        "description": spec.description.zh_tw
        + (f"\n\n{spec.description.en}" if spec.description.en else ""),
        # keyword needs at least one entry; the title stands in when the steward gave none.
        "keyword": list(spec.keywords) or [spec.title.zh_tw],
        # `modified` is the last change of the data, not of the description (see docs/catalog.md).
        "modified": dataset.data_modified,
        "issued": dataset.issued,
        "publisher": {
            "@type": "org:Organization",
            "name": catalog.agency.name.zh_tw,
        },
        "contactPoint": {
            "@type": "vcard:Contact",
            "fn": f"{spec.publisher.unit} {contact.name}",
            "hasEmail": f"mailto:{contact.email}",
        },
        "accessLevel": vocab.ACCESS[spec.openness.level][1],
        "bureauCode": [NON_FEDERAL_BUREAU_CODE],
        "programCode": [NON_FEDERAL_PROGRAM_CODE],
        "license": vocab.LICENSES[spec.license].uri,
        "accrualPeriodicity": vocab.accrual_periodicity(spec.update_frequency),
        "language": ["zh-TW", "en"] if spec.title.en else ["zh-TW"],
        "landingPage": dataset.uri,
        "spatial": "Taiwan",
        "theme": [spec.categories.theme],
        "distribution": [
            {
                "@type": "dcat:Distribution",
                "title": f"{spec.title.zh_tw} ({d.format.upper()})",
                "downloadURL": d.download_url,
                "mediaType": d.media_type,
                "format": vocab.FILE_TYPES.get(d.format, (d.format, d.format.upper()))[1],
                "description": f"v{dataset.version}, {d.bytes} bytes, sha256 {d.sha256}",
            }
            for d in dataset.distributions
        ],
    }
    rights = _rights(dataset)
    if rights:
        entry["rights"] = rights
    temporal = dataset.temporal
    if temporal and temporal.start and temporal.end:
        entry["temporal"] = f"{temporal.start}/{temporal.end}"
    return entry


def data_json(catalog: Catalog) -> dict[str, Any]:
    """The whole catalog as a DCAT-US v1.1 data.json document."""
    return {
        "@context": CONTEXT,
        "@id": catalog.config.url("catalog/data.json"),
        "@type": "dcat:Catalog",
        "conformsTo": CONFORMS_TO,
        "describedBy": DESCRIBED_BY,
        "dataset": [dataset_entry(catalog, d) for d in catalog.datasets],
    }
