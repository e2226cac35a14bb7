"""The OpenAPI 3.1 description of the server's read-only APIs.

Besides the generic `/api/rows/{dataset}` path, every dataset gets its own path listing its
columns as filter parameters, so client generators and API consoles show real column names.
"""

from __future__ import annotations

from typing import Any

from catalog.model import Catalog
from catalog.server.ckan import MAX_ROWS
from catalog.server.rows import DEFAULT_LIMIT, MAX_LIMIT

JSON_TYPES = {
    "string": {"type": "string"},
    "integer": {"type": "integer"},
    "number": {"type": "number"},
    "boolean": {"type": "boolean"},
    "date": {"type": "string", "format": "date"},
    "datetime": {"type": "string", "format": "date-time"},
}

ERROR = {
    "description": "CKAN-style error",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
}


def _paging_params() -> list[dict[str, Any]]:
    return [
        {
            "name": "limit",
            "in": "query",
            "schema": {"type": "integer", "minimum": 0, "maximum": MAX_LIMIT},
            "description": f"Rows per response (default {DEFAULT_LIMIT}, capped at {MAX_LIMIT}).",
        },
        {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0}},
        {
            "name": "_sort",
            "in": "query",
            "schema": {"type": "string"},
            "description": "Comma-separated columns; prefix `-` for descending (e.g. `-amount`).",
        },
    ]


def _action(summary: str, params: list[tuple[str, str]]) -> dict[str, Any]:
    return {
        "get": {
            "summary": summary,
            "parameters": [
                {"name": name, "in": "query", "schema": {"type": "string"}, "description": text}
                for name, text in params
            ],
            "responses": {
                "200": {
                    "description": "CKAN envelope {help, success, result}",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Envelope"}}
                    },
                },
                "400": ERROR,
                "404": ERROR,
            },
        }
    }


def openapi_document(catalog: Catalog) -> dict[str, Any]:
    paths: dict[str, Any] = {
        "/api/3/action/package_list": _action("Names of all datasets", []),
        "/api/3/action/package_show": _action("One dataset", [("id", "dataset id or name")]),
        "/api/3/action/package_search": _action(
            "Search datasets",
            [
                ("q", "free text (all words must match)"),
                ("fq", "filters: organization:x tags:x res_format:CSV license_id:x"),
                ("rows", f"results per page (max {MAX_ROWS})"),
                ("start", "offset of the first result"),
                ("sort", "e.g. `metadata_modified desc` or `name asc`"),
            ],
        ),
        "/api/3/action/organization_list": _action(
            "Publishing units", [("all_fields", "true for full organization dicts")]
        ),
        "/api/3/action/status_show": _action("Server status", []),
        "/api/rows/{dataset}": {
            "get": {
                "summary": "Rows of a dataset's current release (Parquet)",
                "parameters": [
                    {
                        "name": "dataset",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string", "enum": [d.id for d in catalog.datasets]},
                    },
                    *_paging_params(),
                ],
                "responses": {"200": {"description": "rows"}, "400": ERROR, "404": ERROR},
            }
        },
    }
    for dataset in catalog.datasets:
        if dataset.distribution("parquet") is None:
            continue
        filters = [
            {
                "name": field.name,
                "in": "query",
                "schema": JSON_TYPES.get(field.type, {"type": "string"}),
                "description": field.description.get("en"),
            }
            for field in dataset.fields
        ]
        row_schema = {
            "type": "object",
            "properties": {
                f.name: {**JSON_TYPES.get(f.type, {}), "description": f.description.get("en")}
                for f in dataset.fields
            },
        }
        paths[f"/api/rows/{dataset.id}"] = {
            "get": {
                "summary": dataset.spec.title.get("en"),
                "description": dataset.spec.description.get("en"),
                "parameters": [*_paging_params(), *filters],
                "responses": {
                    "200": {
                        "description": "rows",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "total": {"type": "integer"},
                                        "rows": {"type": "array", "items": row_schema},
                                    },
                                }
                            }
                        },
                    },
                    "400": ERROR,
                },
            }
        }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": f"{catalog.agency.name.get('en')} open data API",
            "version": "1",
            "description": "Read-only: CKAN-compatible Action API, rows API, DCAT catalogs.",
        },
        "servers": [{"url": catalog.config.base_url}],
        "paths": paths,
        "components": {
            "schemas": {
                "Envelope": {
                    "type": "object",
                    "required": ["help", "success", "result"],
                    "properties": {"help": {"type": "string"}, "success": {"type": "boolean"}},
                },
                "Error": {
                    "type": "object",
                    "properties": {
                        "success": {"const": False},
                        "error": {
                            "type": "object",
                            "properties": {
                                "__type": {"type": "string"},
                                "message": {"type": "string"},
                            },
                        },
                    },
                },
            }
        },
    }
