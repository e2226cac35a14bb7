"""Overdue alerts: dedupe, delivery to a local webhook and a local SMTP receiver, the sensor."""

from __future__ import annotations

import json
import logging
import socketserver
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import dagster as dg
import pytest

from pipelines.cadence.alerts import AlertSettings, deliver, pending_alerts, send_email
from pipelines.cadence.status import cadence_status
from pipelines.dagster.sensors import SENSOR_NAME, build_overdue_sensor
from pipelines.spec import Project
from tests.test_cadence import make_project, release, spec_dict, write_log

# ---- local receivers -----------------------------------------------------------------------


class Webhook:
    """An HTTP receiver on 127.0.0.1 recording JSON bodies; `status` is what it answers."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.status = 200
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers["Content-Length"])
                receiver.bodies.append(json.loads(self.rfile.read(length)))
                self.send_response(receiver.status)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class SMTPHandler(socketserver.StreamRequestHandler):
    """Just enough SMTP for smtplib: EHLO, MAIL, RCPT, DATA, QUIT."""

    def reply(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self) -> None:
        envelope: dict[str, Any] = {"rcpt": []}
        self.reply("220 localhost test SMTP")
        while line := self.rfile.readline():
            command = line.decode().strip()
            verb = command[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 localhost")
            elif verb == "MAIL":
                envelope["from"] = command
                self.reply("250 OK")
            elif verb == "RCPT":
                envelope["rcpt"].append(command)
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 end with .")
                data = b""
                while (chunk := self.rfile.readline()) not in (b".\r\n", b""):
                    data += chunk
                envelope["data"] = data
                self.server.messages.append(envelope)  # type: ignore[attr-defined]
                self.reply("250 queued")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 OK")


@pytest.fixture
def webhook() -> Iterator[Webhook]:
    receiver = Webhook()
    yield receiver
    receiver.close()


@pytest.fixture
def smtp() -> Iterator[socketserver.ThreadingTCPServer]:
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), SMTPHandler)
    server.daemon_threads = True
    server.messages = []  # type: ignore[attr-defined]
    threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    ).start()
    yield server
    server.shutdown()
    server.server_close()


def closed_port() -> int:
    with socketserver.TCPServer(("127.0.0.1", 0), socketserver.BaseRequestHandler) as s:
        return s.server_address[1]


# ---- fixtures ------------------------------------------------------------------------------

LAST = datetime(2026, 8, 1, 1, tzinfo=UTC)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    project = make_project(
        tmp_path,
        [spec_dict("late-data", "monthly", unit="統計室"), spec_dict("fresh-data", "yearly")],
    )
    write_log(
        tmp_path / "public",
        [release("late-data", 1, LAST), release("fresh-data", 1, LAST, update_frequency="yearly")],
    )
    return project


def rows_at(project: Project, as_of: datetime) -> list[Any]:
    from pipelines.cadence.releases import read_release_log

    return cadence_status(project, read_release_log(project.default_output / "release-log.jsonl"),
                          as_of)  # fmt: skip


# ---- pure functions ------------------------------------------------------------------------


def test_pending_alerts_once_per_dataset_per_due_date(project: Project) -> None:
    overdue = rows_at(project, LAST + timedelta(days=50))
    alerts, alerted = pending_alerts(overdue, {})
    assert [a.dataset for a in alerts] == ["late-data"]
    assert alerts[0].unit == "統計室" and alerts[0].status == "overdue"
    # Still late, now delinquent: same missed due date, no second alert.
    again, _ = pending_alerts(rows_at(project, LAST + timedelta(days=70)), alerted)
    assert again == []
    # Forgotten datasets are dropped from the cursor state.
    _, pruned = pending_alerts(overdue, {**alerted, "retired-data": "x"})
    assert "retired-data" not in pruned


def test_webhook_delivery(project: Project, webhook: Webhook) -> None:
    alerts, _ = pending_alerts(rows_at(project, LAST + timedelta(days=50)), {})
    settings = AlertSettings.from_env({"OPENDATA_ALERT_WEBHOOK": webhook.url})
    assert deliver(alerts, settings, logging.getLogger("test"))
    (body,) = webhook.bodies
    assert body["event"] == "opendata.cadence.overdue"
    assert [a["dataset"] for a in body["alerts"]] == ["late-data"]
    assert body["alerts"][0]["due"] == "2026-08-31T01:00:00Z"
    assert "late-data" in body["text"]


def test_email_delivery(project: Project, smtp: socketserver.ThreadingTCPServer) -> None:
    alerts, _ = pending_alerts(rows_at(project, LAST + timedelta(days=50)), {})
    env = {
        "OPENDATA_SMTP_HOST": "127.0.0.1",
        "OPENDATA_SMTP_PORT": str(smtp.server_address[1]),
        "OPENDATA_SMTP_FROM": "opendata@example.gov.tw",
        "OPENDATA_SMTP_TO": "steward@example.gov.tw, it@example.gov.tw",
    }
    send_email(AlertSettings.from_env(env), alerts, timeout=5)
    (envelope,) = smtp.messages  # type: ignore[attr-defined]
    assert len(envelope["rcpt"]) == 2
    message = message_from_bytes(envelope["data"])
    assert "overdue" in str(message["Subject"])
    body = message.get_payload(decode=True).decode("utf-8")
    assert "late-data" in body and "統計室" in body and "fresh-data" not in body


def test_failed_channel_is_reported_not_raised(
    project: Project, smtp: socketserver.ThreadingTCPServer, caplog: pytest.LogCaptureFixture
) -> None:
    alerts, _ = pending_alerts(rows_at(project, LAST + timedelta(days=50)), {})
    dead = f"http://127.0.0.1:{closed_port()}/hook"
    log = logging.getLogger("test")
    with caplog.at_level(logging.WARNING):
        assert not deliver(alerts, AlertSettings(webhook_url=dead), log)
    assert "webhook failed" in caplog.text and dead not in caplog.text
    both = AlertSettings(
        webhook_url=dead, smtp_host="127.0.0.1", smtp_port=smtp.server_address[1],
        smtp_from="a@example.gov.tw", smtp_to=("b@example.gov.tw",),
    )  # fmt: skip
    assert deliver(alerts, both, log)  # e-mail got through
    assert deliver(alerts, AlertSettings(), log)  # no channel: the log is the channel


# ---- sensor --------------------------------------------------------------------------------


def evaluate(sensor: dg.SensorDefinition, cursor: str | None) -> tuple[str | None, str]:
    context = dg.build_sensor_context(cursor=cursor)
    result = sensor(context)
    return context.cursor, str(result.skip_message)


def test_sensor_alerts_once_per_period(project: Project, webhook: Webhook) -> None:
    clock = {"now": LAST + timedelta(days=40)}
    sensor = build_overdue_sensor(
        project.root,
        clock=lambda: clock["now"],
        env={"OPENDATA_ALERT_WEBHOOK": webhook.url},
    )
    assert sensor.name == SENSOR_NAME
    cursor, _ = evaluate(sensor, None)  # due, not overdue yet
    assert webhook.bodies == []
    clock["now"] = LAST + timedelta(days=45)
    cursor, message = evaluate(sensor, cursor)
    assert len(webhook.bodies) == 1 and "1 new alert" in message
    for days in (46, 70, 100):  # stays late: no repeat
        clock["now"] = LAST + timedelta(days=days)
        cursor, _ = evaluate(sensor, cursor)
    assert len(webhook.bodies) == 1
    # An update arrives, then the dataset falls behind again: a new period, a new alert.
    updated = LAST + timedelta(days=101)
    log = project.default_output / "release-log.jsonl"
    with log.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(release("late-data", 2, updated)) + "\n")
    clock["now"] = updated + timedelta(days=10)
    cursor, _ = evaluate(sensor, cursor)
    assert len(webhook.bodies) == 1
    clock["now"] = updated + timedelta(days=50)
    cursor, _ = evaluate(sensor, cursor)
    assert len(webhook.bodies) == 2
    assert webhook.bodies[1]["alerts"][0]["last_updated"] == "2026-11-10T01:00:00Z"


def test_sensor_retries_when_delivery_fails(project: Project, webhook: Webhook) -> None:
    webhook.status = 500
    sensor = build_overdue_sensor(
        project.root,
        project.default_output,
        clock=lambda: LAST + timedelta(days=50),
        env={"OPENDATA_ALERT_WEBHOOK": webhook.url},
    )
    cursor, message = evaluate(sensor, None)
    assert "not delivered" in message and cursor is None
    webhook.status = 200
    cursor, _ = evaluate(sensor, cursor)
    cursor, _ = evaluate(sensor, cursor)
    assert len(webhook.bodies) == 2  # the failed attempt, then exactly one success
    assert json.loads(cursor or "{}")["alerted"] == {"late-data": "2026-08-31T01:00:00Z"}


def test_sensor_loads_into_definitions(project: Project) -> None:
    sensor = build_overdue_sensor(project.root)
    defs = dg.Definitions(sensors=[sensor])
    assert defs.resolve_sensor_def(SENSOR_NAME).default_status == dg.DefaultSensorStatus.RUNNING
