"""ASGI middleware that keeps the server read-only and bounded.

Only GET and HEAD are allowed, plus POST to the CKAN Action API (ckanapi and CKAN harvesters
POST JSON bodies). POST bodies are read here up to a fixed limit and replayed to the app, so no
handler can be made to buffer an unbounded body. Every response also gets headers that suit a
public, read-only open-data service (CORS for browsers, nosniff).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_BODY = 64 * 1024
ACTION_PREFIXES = ("/api/3/action/", "/api/action/")
EXTRA_HEADERS = [
    (b"access-control-allow-origin", b"*"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"strict-origin-when-cross-origin"),
]


def is_action_path(path: str) -> bool:
    return path.startswith(ACTION_PREFIXES)


async def _respond(send: Send, status: int, body: dict[str, Any], allow: str | None) -> None:
    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    headers = [
        (b"content-type", b"application/json; charset=utf-8"),
        (b"content-length", str(len(data)).encode()),
        *EXTRA_HEADERS,
    ]
    if allow:
        headers.append((b"allow", allow.encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data})


def _error(kind: str, message: str) -> dict[str, Any]:
    return {"success": False, "error": {"__type": kind, "message": message}}


class ReadOnlyGuard:
    def __init__(self, app: ASGIApp, max_body: int = MAX_BODY) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method = scope["method"]
        path = scope["path"]
        action = is_action_path(path)
        if method not in ("GET", "HEAD") and not (method == "POST" and action):
            allow = "GET, HEAD, POST" if action else "GET, HEAD"
            if method == "OPTIONS":  # CORS preflight and capability discovery
                await _options(send, allow)
                return
            await _respond(
                send, 405, _error("Method Not Allowed", f"{method} is not allowed"), allow
            )
            return
        if method == "POST":
            body = await self._read_body(scope, receive)
            if body is None:
                await _respond(
                    send,
                    413,
                    _error("Request Too Large", f"bodies are limited to {self.max_body} bytes"),
                    None,
                )
                return
            receive = _replay(body)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *EXTRA_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)

    async def _read_body(self, scope: Scope, receive: Receive) -> bytes | None:
        """The whole body, or None if it is (or claims to be) over the limit."""
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    if int(value) > self.max_body:
                        return None
                except ValueError:
                    return None
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)


async def _options(send: Send, allow: str) -> None:
    headers = [
        (b"allow", allow.encode()),
        (b"access-control-allow-methods", allow.encode()),
        (b"access-control-allow-headers", b"content-type"),
        (b"content-length", b"0"),
        *EXTRA_HEADERS,
    ]
    await send({"type": "http.response.start", "status": 204, "headers": headers})
    await send({"type": "http.response.body", "body": b""})


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    return receive
