"""data.gov.tw API v2 dataset metadata (the body of POST/PUT /api/v2/rest/dataset).

Field names follow the portal's API (see /work/shared/reference/taiwan-open-data.md). The portal
checks that `resourceField` equals the published header, so it is built from the manifest's
field list, which is the CSV header by contract, never from the spec's column list.
"""

from __future__ import annotations

from typing import Any

from catalog.exports import vocab
from catalog.model import Catalog, CatalogDataset


def _update_frequency(update_frequency: str) -> dict[str, str]:
    regular, every, unit = vocab.DATAGOVTW_FREQUENCY[update_frequency]
    return {"regularupdate": regular, "Frequency": every, "unittime": unit}


def _resource_description(dataset: CatalogDataset, fmt: str) -> str:
    # The portal's desc_match check compares this with the file; name the columns explicitly.
    columns = "、".join(f"{f.name}（{f.description.zh_tw}）" for f in dataset.fields)
    return f"{dataset.spec.title.zh_tw} {fmt.upper()} 檔，欄位：{columns}"


def datagovtw_dataset(catalog: Catalog, dataset: CatalogDataset) -> dict[str, Any]:
    """The data.gov.tw metadata of one dataset (without the portal-assigned `identifier`)."""
    spec = dataset.spec
    contact = spec.publisher.contact
    agency = catalog.agency
    temporal = dataset.temporal
    header = ",".join(dataset.csv_header)
    notes = [f"資料版本 v{dataset.version}；資料更新時間 {dataset.data_modified}。"]
    if spec.openness.level != "open" and spec.openness.legal_basis:
        notes.append(f"限制取用之法律依據：{spec.openness.legal_basis}")
    record: dict[str, Any] = {
        "title": spec.title.zh_tw,
        "description": spec.description.zh_tw,
        "categoryService": spec.categories.service,
        "categoryTheme": spec.categories.theme,
        "categoryDataset": spec.categories.policy,
        "updateFrequency": _update_frequency(spec.update_frequency),
        "license": vocab.LICENSES[spec.license].datagovtw,
        "licenseURL": vocab.LICENSES[spec.license].uri,
        "cost": "free",
        "publisherOID": agency.oid,
        "publisher": agency.name.zh_tw,
        "publisherContactName": contact.name,
        "publisherContactPhone": contact.phone or "",
        "publisherContactEmail": contact.email,
        "keyword": list(spec.keywords),
        "coverageStartedDate": temporal.start if temporal and temporal.start else "",
        "coverageEndedDate": temporal.end if temporal and temporal.end else "",
        "notes": "\n".join(notes),
        "landingPage": dataset.uri,
        "distribution": [
            {
                "resourceDescription": _resource_description(dataset, d.format),
                # Every published format carries the same columns in the same order.
                "resourceField": header,
                "resourceFormat": vocab.FILE_TYPES.get(d.format, (d.format, d.format))[0],
                # Parquet strings are UTF-8 by the format's definition.
                "resourceCharacterEncoding": (d.encoding or "utf-8").upper(),
                "resourceDownloadUrl": d.download_url,
                "resourceModifiedDate": dataset.data_modified[:10],
            }
            for d in dataset.distributions
        ],
    }
    return record


def datagovtw_datasets(catalog: Catalog) -> dict[str, dict[str, Any]]:
    """dataset id -> data.gov.tw metadata, for every dataset in the catalog."""
    return {d.id: datagovtw_dataset(catalog, d) for d in catalog.datasets}
