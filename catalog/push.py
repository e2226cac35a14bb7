"""Pushing dataset metadata to data.gov.tw (or a compatible endpoint).

data.gov.tw does not harvest: agencies create a dataset with POST /api/v2/rest/dataset and
update it with PUT /api/v2/rest/dataset/{identifier}, where the portal assigns the identifier.
The mapping dataset id -> remote identifier is therefore state we must keep; it lives in
`OUT/catalog/datagovtw-state.json` so the second push of a dataset updates instead of creating a
duplicate. The API key travels only in the Authorization header and is never logged or stored.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import httpx

from catalog.exports.datagovtw import datagovtw_dataset
from catalog.model import Catalog

API_PATH = "/api/v2/rest/dataset"
STATE_FILE = Path("catalog") / "datagovtw-state.json"

Action = Literal["create", "update"]


@dataclass(frozen=True)
class PushResult:
    dataset: str
    action: Action
    ok: bool
    status: int | None = None  # HTTP status; None for a dry run or a connection failure
    identifier: str | None = None  # the remote identifier, when known
    message: str = ""


def state_path(catalog: Catalog) -> Path:
    if catalog.out_dir is None:
        raise ValueError("the catalog was not loaded from an output directory; pass state_file")
    return catalog.out_dir / STATE_FILE


def load_state(path: Path) -> dict[str, dict[str, Any]]:
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


def save_state(path: Path, state: dict[str, dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(state, handle, ensure_ascii=False, indent=2, sort_keys=True)
        handle.write("\n")
    os.replace(tmp, path)


def _identifier_from(response: httpx.Response) -> str | None:
    """The identifier the portal assigned, wherever its response puts it."""
    try:
        body = response.json()
    except ValueError:
        return None
    candidates = [body]
    if isinstance(body, dict) and isinstance(body.get("result"), dict):
        candidates.append(body["result"])
    for node in candidates:
        if not isinstance(node, dict):
            continue
        for key in ("identifier", "datasetId", "id"):
            if node.get(key) not in (None, ""):
                return str(node[key])
    return None


def push(
    catalog: Catalog,
    endpoint: str,
    api_key: str,
    *,
    dry_run: bool,
    state_file: Path | None = None,
    client: httpx.Client | None = None,
    timeout: float = 30.0,
) -> list[PushResult]:
    """Create or update every catalog dataset on `endpoint` (e.g. https://data.gov.tw).

    A dry run reports what would be sent and sends nothing. A failed dataset does not stop the
    others; its result says why (status and the portal's message, never the request body).
    """
    path = state_file or state_path(catalog)
    state = load_state(path)
    base = endpoint.rstrip("/") + API_PATH
    results: list[PushResult] = []
    own_client = client is None and not dry_run
    if own_client:
        client = httpx.Client(timeout=timeout)
    try:
        for dataset in catalog.datasets:
            record = datagovtw_dataset(catalog, dataset)
            identifier = (state.get(dataset.id) or {}).get("identifier")
            action: Action = "update" if identifier else "create"
            if dry_run:
                results.append(PushResult(dataset.id, action, True, identifier=identifier))
                continue
            assert client is not None
            result = _send(client, base, api_key, dataset.id, record, identifier)
            results.append(result)
            if result.ok and result.identifier:
                state[dataset.id] = {
                    "identifier": result.identifier,
                    "version": dataset.version,
                    "metadata_modified": dataset.metadata_modified,
                }
                save_state(path, state)
    finally:
        if own_client and client is not None:
            client.close()
    return results


def _send(
    client: httpx.Client,
    base: str,
    api_key: str,
    dataset_id: str,
    record: dict[str, Any],
    identifier: str | None,
) -> PushResult:
    headers = {"Authorization": api_key, "Content-Type": "application/json; charset=utf-8"}
    action: Action = "update" if identifier else "create"
    body = dict(record, identifier=identifier) if identifier else record
    content = json.dumps(body, ensure_ascii=False).encode("utf-8")
    try:
        if identifier:
            response = client.put(f"{base}/{identifier}", content=content, headers=headers)
        else:
            response = client.post(base, content=content, headers=headers)
    except httpx.HTTPError as error:
        return PushResult(dataset_id, action, False, identifier=identifier, message=str(error))
    ok = response.is_success
    assigned = _identifier_from(response) if ok else None
    message = "" if ok else response.text[:200]
    if ok and not identifier and not assigned:
        message = "created, but the endpoint returned no identifier; the next push creates again"
    return PushResult(dataset_id, action, ok, response.status_code, assigned or identifier, message)
