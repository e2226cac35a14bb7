"""Pushing metadata to a data.gov.tw-compatible endpoint: a real HTTP receiver on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from catalog.model import load_catalog
from catalog.push import STATE_FILE, push
from catalog.testing import publish_sample, sample_project

API_KEY = "test-key-5f2c9a"


@dataclass
class Receiver:
    """Records every request; POST assigns identifiers, `fail` makes one dataset's calls 500."""

    url: str = ""
    requests: list[dict] = field(default_factory=list)
    fail: set[str] = field(default_factory=set)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length).decode("utf-8")) if length else None
            state.requests.append(
                {
                    "method": self.command,
                    "path": self.path,
                    "authorization": self.headers.get("Authorization"),
                    "body": body,
                }
            )
            if body and body.get("title") in state.fail:
                self.send_response(500)
                payload = {"success": False, "error": "boom"}
            elif self.command == "POST":
                self.send_response(201)
                payload = {"success": True, "result": {"identifier": f"A{len(state.requests)}"}}
            else:
                self.send_response(200)
                payload = {"success": True}
            data = json.dumps(payload).encode()
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_POST = do_PUT = _handle

        def log_message(self, *args: object) -> None:  # keep test output quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def catalog(tmp_path: Path):
    project = sample_project(tmp_path)
    return load_catalog(project, publish_sample(project))


def test_dry_run_sends_nothing_and_keeps_no_state(receiver: Receiver, catalog) -> None:
    results = push(catalog, receiver.url, API_KEY, dry_run=True)
    assert [r.action for r in results] == ["create"] * 3
    assert receiver.requests == []
    assert not (catalog.out_dir / STATE_FILE).exists()


def test_first_push_posts_then_second_push_puts(receiver: Receiver, catalog) -> None:
    first = push(catalog, receiver.url, API_KEY, dry_run=False)
    assert [(r.action, r.ok, r.status) for r in first] == [("create", True, 201)] * 3
    assert [r["method"] for r in receiver.requests] == ["POST"] * 3
    assert {r["path"] for r in receiver.requests} == {"/api/v2/rest/dataset"}
    assert {r["authorization"] for r in receiver.requests} == {API_KEY}
    posted = receiver.requests[0]["body"]
    assert posted["title"] == catalog.datasets[0].spec.title.zh_tw
    assert posted["distribution"][0]["resourceField"].startswith("factory_id,")
    assert "identifier" not in posted

    state = json.loads((catalog.out_dir / STATE_FILE).read_text(encoding="utf-8"))
    assigned = {dataset_id: entry["identifier"] for dataset_id, entry in state.items()}
    assert assigned == {r.dataset: r.identifier for r in first}
    assert API_KEY not in (catalog.out_dir / STATE_FILE).read_text(encoding="utf-8")

    receiver.requests.clear()
    dry = push(catalog, receiver.url, API_KEY, dry_run=True)
    assert [r.action for r in dry] == ["update"] * 3 and receiver.requests == []

    second = push(catalog, receiver.url, API_KEY, dry_run=False)
    assert [(r.action, r.ok) for r in second] == [("update", True)] * 3
    assert [r["method"] for r in receiver.requests] == ["PUT"] * 3
    for request, result in zip(receiver.requests, second, strict=True):
        assert request["path"] == f"/api/v2/rest/dataset/{assigned[result.dataset]}"
        assert request["body"]["identifier"] == assigned[result.dataset]


def test_a_failing_dataset_is_reported_and_retried_as_create(receiver: Receiver, catalog) -> None:
    broken = catalog.dataset("industrial-parks").spec.title.zh_tw
    receiver.fail.add(broken)
    results = {r.dataset: r for r in push(catalog, receiver.url, API_KEY, dry_run=False)}
    assert not results["industrial-parks"].ok and results["industrial-parks"].status == 500
    assert results["factory-registrations"].ok and results["service-applications"].ok

    receiver.fail.clear()
    receiver.requests.clear()
    again = {r.dataset: r.action for r in push(catalog, receiver.url, API_KEY, dry_run=False)}
    assert again == {
        "factory-registrations": "update",
        "industrial-parks": "create",
        "service-applications": "update",
    }


def test_unreachable_endpoint_fails_each_dataset_without_raising(catalog) -> None:
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    results = push(catalog, f"http://127.0.0.1:{port}", API_KEY, dry_run=False, timeout=2)
    assert [r.ok for r in results] == [False] * 3
    assert all(r.message and API_KEY not in r.message for r in results)
    assert not (catalog.out_dir / STATE_FILE).exists()
