"""The catalog server: one read-only ASGI app over the output directory.

/                                   portal (static, from OUT/portal) + /<lang>/search
/datasets/<id>/vN/<file>            release files (only under OUT/datasets; never .work)
/datasets/<id>                      the dataset URI: redirects to its portal page
/catalog.ttl|.jsonld|.rdf           DCAT-AP with Hydra paging (?page=, ?modified_since=)
/data.json                          DCAT-US
/api/3/action/<action>, /api/action/<action>   CKAN-compatible Action API (GET and POST)
/api/rows/<id>                      rows of the current Parquet release (DuckDB)
/openapi.json                       OpenAPI description of the APIs
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from catalog.exports.dcat_us import data_json
from catalog.portal.i18n import DEFAULT_LANG, LANGS
from catalog.portal.render import render_search
from catalog.portal.search import search
from catalog.server import ckan
from catalog.server.dcat import (
    FORMATS,
    PAGE_SIZE,
    PageUrl,
    PagingError,
    page_graph,
    paginate,
    parse_page,
    parse_since,
    select,
    serialize,
)
from catalog.server.guard import ReadOnlyGuard
from catalog.server.openapi import openapi_document
from catalog.server.rows import RowsQueryError, query_rows
from catalog.server.state import CatalogState, Snapshot, portal_path

MEDIA_TYPES = {
    ".csv": "text/csv; charset=utf-8",
    ".json": "application/json",
    ".parquet": "application/vnd.apache.parquet",
    ".jsonld": "application/ld+json",
    ".ttl": "text/turtle; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}
IMMUTABLE = "public, max-age=31536000, immutable"


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return JSONResponse(data, status_code=status, headers=headers)


# --- CKAN Action API -----------------------------------------------------------------------------


def _help(request: Request, action: str) -> str:
    return str(request.url_for("action3", action="help_show").include_query_params(name=action))


def _list_param(params: dict[str, Any], name: str, default: int, high: int | None) -> int:
    return ckan._int(params, name, default, 0, high)


def _truthy(value: Any) -> bool:
    return str(value).lower() in ("true", "1", "yes", "on")


def _package_list(snapshot: Snapshot, params: dict[str, Any]) -> list[str]:
    names = sorted(p["name"] for p in snapshot.packages)
    offset = _list_param(params, "offset", 0, None)
    limit = _list_param(params, "limit", len(names), ckan.MAX_ROWS)
    return names[offset : offset + limit]


def _package_show(snapshot: Snapshot, params: dict[str, Any]) -> dict[str, Any]:
    key = str(params.get("id") or params.get("name_or_id") or "")
    if not key:
        raise ckan.invalid("id", "Missing value")
    for package in snapshot.packages:
        if key in (package["id"], package["name"]):
            return package
    raise ckan.not_found("Dataset not found")


def _organizations(snapshot: Snapshot) -> dict[str, dict[str, Any]]:
    orgs: dict[str, dict[str, Any]] = {}
    for package in snapshot.packages:
        org = package["organization"]
        entry = orgs.setdefault(org["name"], {**org, "package_count": 0})
        entry["package_count"] += 1
    return dict(sorted(orgs.items()))


def _organization_list(snapshot: Snapshot, params: dict[str, Any]) -> list[Any]:
    orgs = list(_organizations(snapshot).values())
    offset = _list_param(params, "offset", 0, None)
    limit = _list_param(params, "limit", len(orgs), ckan.MAX_ROWS)
    orgs = orgs[offset : offset + limit]
    if _truthy(params.get("all_fields", False)):
        return orgs
    return [o["name"] for o in orgs]


def _organization_show(snapshot: Snapshot, params: dict[str, Any]) -> dict[str, Any]:
    key = str(params.get("id") or "")
    for org in _organizations(snapshot).values():
        if key in (org["id"], org["name"]):
            return org
    raise ckan.not_found("Organization not found")


def _status_show(snapshot: Snapshot, params: dict[str, Any]) -> dict[str, Any]:
    catalog = snapshot.catalog
    return {
        "ckan_version": ckan.CKAN_VERSION,
        "site_title": catalog.agency.name.zh_tw,
        "site_description": catalog.agency.name.get("en"),
        "site_url": catalog.config.base_url.rstrip("/"),
        "locale_default": "zh_Hant_TW",
        "error_emails_to": None,
        "extensions": ["dcat", "opendata-pipeline-readonly"],
    }


def _help_show(snapshot: Snapshot, params: dict[str, Any]) -> str:
    name = str(params.get("name") or "")
    if name not in ACTIONS:
        raise ckan.not_found("Action function not found")
    return (ACTIONS[name].__doc__ or f"{name} (read-only, CKAN-compatible)").strip()


ACTIONS: dict[str, Callable[[Snapshot, dict[str, Any]], Any]] = {
    "package_list": _package_list,
    "package_show": _package_show,
    "package_search": lambda s, p: ckan.package_search(s.packages, p),
    "organization_list": _organization_list,
    "organization_show": _organization_show,
    "status_show": _status_show,
    "help_show": _help_show,
}


async def _action_params(request: Request) -> dict[str, Any]:
    params: dict[str, Any] = dict(request.query_params)
    if request.method != "POST":
        return params
    body = await request.body()
    if not body.strip():
        return params
    content_type = request.headers.get("content-type", "")
    if "application/x-www-form-urlencoded" in content_type:
        params.update(parse_qsl(body.decode("utf-8", "replace")))
        return params
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ckan.ActionError("Bad Request", "Bad request - JSON Error: not JSON") from None
    if not isinstance(data, dict):
        raise ckan.ActionError("Bad Request", "Bad request - JSON Error: expected an object")
    params.update(data)
    return params


def make_action_endpoint(state: CatalogState) -> Callable[[Request], Any]:
    async def action_endpoint(request: Request) -> Response:
        name = request.path_params["action"]
        help_url = _help(request, name)
        try:
            function = ACTIONS.get(name)
            if function is None:
                raise ckan.ActionError(
                    "Bad Request", f"Bad request - Action name not known: {name}"
                )
            params = await _action_params(request)
            snapshot = await run_in_threadpool(state.get)
            result = function(snapshot, params)
        except ckan.ActionError as error:
            body = {"help": help_url, "success": False, "error": error.as_dict()}
            return _json(body, error.status)
        return _json({"help": help_url, "success": True, "result": result})

    return action_endpoint


# --- rows API -----------------------------------------------------------------------------------


def make_rows_endpoint(state: CatalogState) -> Callable[[Request], Any]:
    def rows_endpoint(request: Request) -> Response:
        snapshot = state.get()
        dataset = snapshot.by_key.get(request.path_params["dataset"])
        if dataset is None:
            return _json(_error("Not Found Error", "Dataset not found"), 404)
        parquet = dataset.distribution("parquet")
        if parquet is None or not parquet.file.is_file():
            return _json(_error("Not Found Error", "this dataset is not published as Parquet"), 404)
        try:
            result = query_rows(parquet.file, request.query_params.multi_items())
        except RowsQueryError as error:
            body = _error("Validation Error", error.message)
            body["error"][error.field] = [error.message]
            return _json(body, 400)
        shown = result["offset"] + len(result["rows"])
        next_url = None
        if result["limit"] and shown < result["total"]:
            params = [(k, v) for k, v in request.query_params.multi_items() if k != "offset"]
            next_url = f"{request.url.remove_query_params('offset').path}?" + urlencode(
                [*params, ("offset", str(shown))]
            )
        return _json(
            {
                "dataset": dataset.id,
                "version": dataset.version,
                "metadata_modified": dataset.metadata_modified,
                **result,
                "next": next_url,
            }
        )

    return rows_endpoint


def _error(kind: str, message: str) -> dict[str, Any]:
    return {"success": False, "error": {"__type": kind, "message": message}}


# --- DCAT catalogs ------------------------------------------------------------------------------


def make_dcat_endpoint(state: CatalogState, suffix: str, page_size: int) -> Callable:
    def dcat_endpoint(request: Request) -> Response:
        snapshot = state.get()
        params = dict(request.query_params)
        try:
            since = parse_since(params.get("modified_since"))
            number = parse_page(params.get("page"))
            page = paginate(select(snapshot.catalog.datasets, since), number, page_size)
        except PagingError as error:
            return PlainTextResponse(error.message, status_code=error.status)
        page_url = PageUrl(str(request.url.replace(query="")), params)
        data, media_type = serialize(page_graph(snapshot.catalog, page, page_url), suffix)
        return Response(data, media_type=media_type)

    return dcat_endpoint


def make_data_json_endpoint(state: CatalogState) -> Callable:
    def data_json_endpoint(request: Request) -> Response:
        snapshot = state.get()
        try:
            since = parse_since(request.query_params.get("modified_since"))
        except PagingError as error:
            return PlainTextResponse(error.message, status_code=error.status)
        catalog = snapshot.catalog
        if since is not None:
            catalog = dataclasses.replace(catalog, datasets=select(catalog.datasets, since))
        return _json(data_json(catalog))

    return data_json_endpoint


# --- files and pages ----------------------------------------------------------------------------


def make_release_file_endpoint(out_dir: Path) -> Callable:
    root = (out_dir / "datasets").resolve()

    def release_file(request: Request) -> Response:
        parts = request.path_params["path"].split("/")
        # Hidden segments cover .staging-* directories and the temporary .current-* links.
        if len(parts) < 2 or any(not p or p.startswith(".") or p == ".." for p in parts):
            raise HTTPException(404)
        target = (root / Path(*parts)).resolve()
        if not target.is_relative_to(root) or not target.is_file():
            raise HTTPException(404)
        media_type = MEDIA_TYPES.get(target.suffix, "application/octet-stream")
        # vN directories never change; `current` moves, so clients must revalidate it.
        cache = "no-cache" if parts[1] == "current" else IMMUTABLE
        return FileResponse(target, media_type=media_type, headers={"Cache-Control": cache})

    return release_file


def make_landing_endpoint(state: CatalogState) -> Callable:
    def landing(request: Request) -> Response:
        dataset_id = request.path_params["dataset"]
        if dataset_id not in state.get().by_key:
            raise HTTPException(404)
        return RedirectResponse(f"/{portal_path(dataset_id, _preferred_lang(request))}", 303)

    return landing


def _preferred_lang(request: Request) -> str:
    accept = request.headers.get("accept-language", "").lower()
    for item in accept.split(","):
        tag = item.split(";")[0].strip()
        if tag.startswith("zh"):
            return "zh-TW"
        if tag.startswith("en"):
            return "en"
    return DEFAULT_LANG


def make_search_endpoint(state: CatalogState) -> Callable:
    def search_page(request: Request) -> Response:
        lang = request.path_params["lang"]
        if lang not in LANGS:
            raise HTTPException(404)
        query = request.query_params.get("q", "")
        catalog = state.get().catalog
        return HTMLResponse(render_search(catalog, lang, query, search(catalog, query)))

    return search_page


def make_openapi_endpoint(state: CatalogState) -> Callable:
    def openapi(request: Request) -> Response:
        return _json(openapi_document(state.get().catalog))

    return openapi


async def home(request: Request) -> Response:
    return RedirectResponse(f"/{_preferred_lang(request)}/index.html", 302)


async def api_version(request: Request) -> Response:
    return _json({"version": 3})


async def catalog_uri(request: Request) -> Response:
    """The catalog URI (`<base>/catalog`) dereferences to its Turtle document."""
    return RedirectResponse("/catalog.ttl", 303)


async def http_error(request: Request, exc: Exception) -> Response:
    status = getattr(exc, "status_code", 500)
    if request.url.path.startswith("/api/"):
        kind = "Not Found Error" if status == 404 else "Bad Request"
        return _json(_error(kind, str(getattr(exc, "detail", "error"))), status)
    return PlainTextResponse(str(getattr(exc, "detail", "")), status_code=status)


class PortalFiles:
    """The built portal as static files; a clear 404 until the first publish has built it."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.files = StaticFiles(directory=directory, html=True, check_dir=False)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if not self.directory.is_dir():
            response = PlainTextResponse("The portal has not been built yet.", status_code=404)
            await response(scope, receive, send)
            return
        await self.files(scope, receive, send)


def create_app(project_dir: Path, out_dir: Path, *, page_size: int = PAGE_SIZE) -> Starlette:
    """The catalog server app over `out_dir` (a project's output directory)."""
    state = CatalogState(Path(project_dir), Path(out_dir))
    action = make_action_endpoint(state)
    routes = [
        Route("/", home),
        Route("/api/3", api_version),
        Route("/api/3/action/{action}", action, methods=["GET", "POST"], name="action3"),
        Route("/api/action/{action}", action, methods=["GET", "POST"]),
        Route("/api/rows/{dataset}", make_rows_endpoint(state)),
        Route("/openapi.json", make_openapi_endpoint(state)),
        Route("/data.json", make_data_json_endpoint(state)),
        Route("/catalog/data.json", make_data_json_endpoint(state)),
        Route("/catalog", catalog_uri),
        *(
            Route(f"/catalog.{suffix}", make_dcat_endpoint(state, suffix, page_size))
            for suffix in FORMATS
        ),
        Route("/datasets/{dataset}", make_landing_endpoint(state)),
        Route("/datasets/{path:path}", make_release_file_endpoint(Path(out_dir))),
        Route("/{lang}/search", make_search_endpoint(state)),
        Mount("/", app=PortalFiles(Path(out_dir) / "portal")),
    ]
    return Starlette(
        routes=routes,
        middleware=[Middleware(ReadOnlyGuard)],
        exception_handlers={HTTPException: http_error},
    )


def serve(
    project_dir: Path,
    out_dir: Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    access_log: bool = False,
) -> None:
    """Run the catalog server with uvicorn until interrupted (`opendata serve`).

    The access log is off by default: request lines carry query strings, and a rows-API filter
    value typed by a visitor may be personal data, which must not end up in logs.
    """
    import uvicorn

    uvicorn.run(
        create_app(project_dir, out_dir),
        host=host,
        port=port,
        server_header=False,
        access_log=access_log,
        log_level="info",
    )
