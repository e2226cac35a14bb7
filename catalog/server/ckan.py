"""CKAN-shaped package dicts and the read-only Action API functions over a Catalog.

CKAN harvesters (ckanext-harvest's CKAN harvester, ckanapi, data portals that mirror CKAN) read
`package_search` pages sorted by `metadata_modified` and compare that field between runs, so the
value here is the manifest's `metadata_changed`, in CKAN's own timestamp form (naive UTC with
microseconds). Multilingual text is given CKAN-style in `title`/`notes` (Chinese, the language of
record) plus ckanext-fluent style `title_translated`/`notes_translated`.
"""

from __future__ import annotations

import re
import shlex
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from catalog.model import Catalog, CatalogDataset, parse_time

MAX_ROWS = 1000
DEFAULT_ROWS = 10
CKAN_VERSION = "2.10.4"  # the API behaviour we imitate; reported by status_show

LICENSES: dict[str, tuple[str, str]] = {
    "ogdl-tw-1.0": (
        "政府資料開放授權條款-第1版 (Open Government Data License, version 1.0)",
        "https://data.gov.tw/license",
    ),
    "cc-by-4.0": (
        "Creative Commons Attribution 4.0",
        "https://creativecommons.org/licenses/by/4.0/",
    ),
    "cc0-1.0": (
        "Creative Commons CCZero 1.0",
        "https://creativecommons.org/publicdomain/zero/1.0/",
    ),
}


class ActionError(Exception):
    """An action failure carried to the HTTP layer as CKAN's error object."""

    def __init__(self, kind: str, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind  # "Not Found Error" | "Validation Error"
        self.message = message
        self.field = field

    @property
    def status(self) -> int:
        return 404 if self.kind == "Not Found Error" else 400

    def as_dict(self) -> dict[str, Any]:
        error: dict[str, Any] = {"__type": self.kind, "message": self.message}
        if self.field:
            # CKAN's validation errors map each bad field to a list of messages.
            error[self.field] = [self.message]
        return error


def not_found(message: str) -> ActionError:
    return ActionError("Not Found Error", message)


def invalid(field: str, message: str) -> ActionError:
    return ActionError("Validation Error", message, field)


def ckan_time(value: str) -> str:
    """A manifest time (`...Z`) in CKAN's form: naive UTC ISO 8601 with microseconds."""
    return parse_time(value).replace(tzinfo=None).isoformat(timespec="microseconds")


def stable_id(uri: str) -> str:
    """CKAN ids are UUIDs; derive one from the stable URI so it never changes across releases."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, uri))


def slugify_org(text: str) -> str:
    """A CKAN-valid organization name for an agency unit (names must be [a-z0-9_-])."""
    ascii_text = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if ascii_text and len(ascii_text) >= 2 and ascii_text.isascii():
        return ascii_text[:100]
    return "org-" + uuid.uuid5(uuid.NAMESPACE_URL, "unit:" + text).hex[:12]


@dataclass(frozen=True)
class Organization:
    name: str
    title: str
    description: str

    def as_dict(self, catalog: Catalog) -> dict[str, Any]:
        return {
            "id": stable_id(catalog.config.url(f"organization/{self.name}")),
            "name": self.name,
            "title": self.title,
            "description": self.description,
            "type": "organization",
            "is_organization": True,
            "state": "active",
            "approval_status": "approved",
            "image_url": "",
        }


def organization_of(catalog: Catalog, dataset: CatalogDataset) -> Organization:
    """One organization per publishing unit of the agency (CKAN's owner of a dataset)."""
    unit = dataset.spec.publisher.unit
    agency = catalog.agency.name.zh_tw
    return Organization(name=slugify_org(unit), title=f"{agency} {unit}", description=agency)


def _resource(dataset: CatalogDataset, position: int, index: int) -> dict[str, Any]:
    dist = dataset.distributions[index]
    title = dataset.spec.title
    return {
        "id": stable_id(dist.uri),
        "package_id": stable_id(dataset.uri),
        "name": f"{title.zh_tw} ({dist.format.upper()})",
        "description": title.get("en"),
        "url": dist.download_url,
        "format": dist.format.upper(),
        "mimetype": dist.media_type,
        "size": dist.bytes,
        "hash": f"sha256:{dist.sha256}",
        "created": ckan_time(dataset.issued),
        "last_modified": ckan_time(dataset.data_modified),
        "metadata_modified": ckan_time(dataset.metadata_modified),
        "position": position,
        "state": "active",
        "url_type": None,
        "resource_type": None,
        "character_encoding": dist.encoding,
        "uri": dist.uri,
    }


def package_dict(catalog: Catalog, dataset: CatalogDataset, portal_url: str) -> dict[str, Any]:
    """The CKAN package_show dict of one dataset."""
    spec = dataset.spec
    license_title, license_url = LICENSES.get(spec.license, (spec.license, ""))
    extras = {
        "uri": dataset.uri,
        "version": str(dataset.version),
        "rows": str(dataset.rows),
        "update_frequency": spec.update_frequency,
        "theme": spec.categories.theme,
        "policy": spec.categories.policy,
        "service_category": spec.categories.service,
        "openness": spec.openness.level,
        "publisher_unit": spec.publisher.unit,
        "publisher_oid": catalog.agency.oid,
        "data_modified": dataset.data_modified,
        "issued": dataset.issued,
        "language": "zh-TW",
    }
    if spec.openness.legal_basis:
        extras["legal_basis"] = spec.openness.legal_basis
    if dataset.quality_level:
        extras["quality_level"] = dataset.quality_level
    if dataset.temporal:
        extras["temporal_start"] = dataset.temporal.start or ""
        extras["temporal_end"] = dataset.temporal.end or ""
    tags = [
        {"name": keyword, "display_name": keyword, "state": "active", "vocabulary_id": None}
        for keyword in spec.keywords
    ]
    resources = [_resource(dataset, i, i) for i in range(len(dataset.distributions))]
    organization = organization_of(catalog, dataset).as_dict(catalog)
    return {
        "id": stable_id(dataset.uri),
        "name": spec.id,
        "title": spec.title.zh_tw,
        "title_translated": {"zh_TW": spec.title.zh_tw, "en": spec.title.en or ""},
        "notes": spec.description.zh_tw,
        "notes_translated": {"zh_TW": spec.description.zh_tw, "en": spec.description.en or ""},
        "type": "dataset",
        "state": "active",
        "private": False,
        "metadata_created": ckan_time(dataset.issued),
        "metadata_modified": ckan_time(dataset.metadata_modified),
        "version": str(dataset.version),
        "url": portal_url,
        "author": spec.publisher.unit,
        "author_email": None,
        "maintainer": spec.publisher.contact.name,
        "maintainer_email": spec.publisher.contact.email,
        "license_id": spec.license,
        "license_title": license_title,
        "license_url": license_url,
        "isopen": spec.openness.level == "open",
        "organization": organization,
        "owner_org": organization["id"],
        "tags": tags,
        "num_tags": len(tags),
        "groups": [],
        "resources": resources,
        "num_resources": len(resources),
        "extras": [{"key": k, "value": v} for k, v in extras.items()],
    }


# --- search ------------------------------------------------------------------------------------


def normalize(text: str) -> str:
    """NFKC + casefold: full-width forms and case do not stop a match (same rule as the portal)."""
    return unicodedata.normalize("NFKC", text).casefold()


def _search_text(package: dict[str, Any]) -> str:
    parts = [
        package["name"],
        package["title"],
        package["title_translated"]["en"],
        package["notes"],
        package["notes_translated"]["en"],
        *(t["name"] for t in package["tags"]),
        package["organization"]["title"],
    ]
    return normalize(" ".join(p for p in parts if p))


def _extra(package: dict[str, Any], key: str) -> list[str]:
    return [e["value"] for e in package["extras"] if e["key"] == key]


FQ_FIELDS: dict[str, Callable[[dict[str, Any]], list[str]]] = {
    "organization": lambda p: [p["organization"]["name"]],
    "owner_org": lambda p: [p["owner_org"]],
    "tags": lambda p: [t["name"] for t in p["tags"]],
    "res_format": lambda p: [r["format"] for r in p["resources"]],
    "license_id": lambda p: [p["license_id"]],
    "name": lambda p: [p["name"]],
    "id": lambda p: [p["id"]],
    "groups": lambda p: [g["name"] for g in p["groups"]],
    "update_frequency": lambda p: _extra(p, "update_frequency"),
    "theme": lambda p: _extra(p, "theme"),
    "policy": lambda p: _extra(p, "policy"),
    "service_category": lambda p: _extra(p, "service_category"),
}

SORT_KEYS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "metadata_modified": lambda p: p["metadata_modified"],
    "metadata_created": lambda p: p["metadata_created"],
    "name": lambda p: p["name"],
    "title_string": lambda p: normalize(p["title"]),
    "title": lambda p: normalize(p["title"]),
}


def parse_fq(fq: str, field: str = "fq") -> list[tuple[str, str, bool]]:
    """Solr-ish filter terms `key:value`, `key:"quoted value"`, `-key:value` (negated)."""
    try:
        tokens = shlex.split(fq)
    except ValueError as error:
        raise invalid(field, f"cannot parse {field}: {error}") from None
    terms = []
    for token in tokens:
        if token.upper() in ("AND", "+"):
            continue
        negate = token.startswith("-")
        token = token.lstrip("+-")
        key, sep, value = token.partition(":")
        if not sep or key not in FQ_FIELDS:
            allowed = ", ".join(sorted(FQ_FIELDS))
            raise invalid(field, f"unsupported filter {token!r}; use key:value with {allowed}")
        terms.append((key, value.strip('"'), negate))
    return terms


def _matches_fq(package: dict[str, Any], terms: list[tuple[str, str, bool]]) -> bool:
    for key, value, negate in terms:
        values = FQ_FIELDS[key](package)
        if value == "*":
            hit = bool(values)
        elif key == "res_format":
            hit = value.upper() in {v.upper() for v in values}
        else:
            hit = value in values
        if hit == negate:
            return False
    return True


def parse_sort(sort: str) -> list[tuple[str, bool]]:
    """`metadata_modified desc, name asc` -> [(field, descending)]; `score` is accepted, ignored."""
    keys = []
    for part in sort.split(","):
        words = part.split()
        if not words:
            continue
        if len(words) > 2 or (len(words) == 2 and words[1].lower() not in ("asc", "desc")):
            raise invalid("sort", f"cannot parse sort {part.strip()!r}; use `<field> asc|desc`")
        name = words[0]
        descending = len(words) == 2 and words[1].lower() == "desc"
        if name == "score":
            continue  # there is no relevance ranking; CKAN's default `score desc, ...` still works
        if name not in SORT_KEYS:
            raise invalid("sort", f"cannot sort by {name!r}; use one of {', '.join(SORT_KEYS)}")
        keys.append((name, descending))
    return keys


def _split_q(q: str) -> tuple[list[str], list[tuple[str, str, bool]]]:
    """Free-text words plus any `key:value` terms CKAN clients put into q."""
    if q.strip() in ("", "*:*", "*"):
        return [], []
    try:
        tokens = shlex.split(q)
    except ValueError:
        tokens = q.split()
    words, terms = [], []
    for token in tokens:
        key, sep, _ = token.lstrip("+-").partition(":")
        if sep and key in FQ_FIELDS:
            terms.extend(parse_fq(token, "q"))
        elif token.upper() not in ("AND", "OR"):
            words.append(normalize(token))
    return words, terms


def _int(params: dict[str, Any], name: str, default: int, low: int, high: int | None) -> int:
    raw = params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise invalid(name, "Invalid integer") from None
    if value < low:
        raise invalid(name, f"Must be at least {low}")
    return value if high is None else min(value, high)


def package_search(packages: list[dict[str, Any]], params: dict[str, Any]) -> dict[str, Any]:
    """CKAN package_search over package dicts: q, fq, rows, start, sort."""
    words, terms = _split_q(str(params.get("q") or ""))
    fq = params.get("fq") or ""
    if isinstance(fq, list):  # fq_list
        fq = " ".join(fq)
    terms += parse_fq(str(fq))
    if params.get("fq_list"):
        for item in params["fq_list"] if isinstance(params["fq_list"], list) else []:
            terms += parse_fq(str(item), "fq_list")
    rows = _int(params, "rows", DEFAULT_ROWS, 0, MAX_ROWS)
    start = _int(params, "start", 0, 0, None)
    sort_param = str(params.get("sort") or "score desc, metadata_modified desc")
    sort = parse_sort(sort_param)
    hits = [
        p for p in packages if _matches_fq(p, terms) and all(w in _search_text(p) for w in words)
    ]
    # Sort by the keys right to left (stable sort), with name as the final tie-breaker so that
    # paging through start/rows returns each package exactly once.
    hits.sort(key=lambda p: p["name"])
    for name, descending in reversed(sort):
        hits.sort(key=SORT_KEYS[name], reverse=descending)
    return {
        "count": len(hits),
        "sort": sort_param,
        "results": hits[start : start + rows],
        "facets": {},
        "search_facets": {},
    }
