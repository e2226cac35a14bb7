"""Overdue alerts: which datasets to alert about, and delivery by webhook or e-mail.

An alert is raised once per dataset per missed due date: its key is the due date that passed
(derived from the last data update), so a dataset that stays overdue is not re-announced on every
evaluation, and a dataset that is updated and later falls behind again gets a new alert.
Alerts carry dataset ids, titles, units and dates only; never any data.

Channels come from the environment (nothing is configured in files, so no address is committed):
  OPENDATA_ALERT_WEBHOOK   URL receiving a JSON POST
  OPENDATA_SMTP_HOST, OPENDATA_SMTP_PORT (default 25), OPENDATA_SMTP_FROM,
  OPENDATA_SMTP_TO (comma-separated)
  OPENDATA_SMTP_STARTTLS=1, OPENDATA_SMTP_USER, OPENDATA_SMTP_PASSWORD   optional
With no channel configured, alerts are only logged.
"""

from __future__ import annotations

import logging
import os
import smtplib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

import httpx

from pipelines.cadence.releases import parse_time
from pipelines.cadence.status import CadenceRow, iso
from pipelines.cadence.timeline import STATUS_ZH, local_date

EVENT = "opendata.cadence.overdue"


@dataclass(frozen=True)
class Alert:
    dataset: str
    title: str
    unit: str
    status: str
    update_frequency: str
    last_updated: str | None
    due: str | None
    overdue_at: str | None
    as_of: str

    @property
    def key(self) -> str:
        """Identifies the missed due date: one alert per dataset per period."""
        return self.due or ""

    def line(self) -> str:
        return (
            f"{self.dataset} ({self.title}, {self.unit}): {STATUS_ZH.get(self.status, '')} "
            f"{self.status}; {self.update_frequency}, last updated {self.last_updated or '—'}, "
            f"due {self.due or '—'}"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "title": self.title,
            "unit": self.unit,
            "status": self.status,
            "update_frequency": self.update_frequency,
            "last_updated": self.last_updated,
            "due": self.due,
            "overdue_at": self.overdue_at,
            "as_of": self.as_of,
        }


def alert_for(row: CadenceRow) -> Alert:
    return Alert(
        dataset=row.id,
        title=row.title,
        unit=row.unit,
        status=row.status,
        update_frequency=row.update_frequency,
        last_updated=iso(row.last_updated),
        due=iso(row.next_due),
        overdue_at=iso(row.overdue_at),
        as_of=iso(row.as_of) or "",
    )


def pending_alerts(
    rows: Iterable[CadenceRow], alerted: Mapping[str, str]
) -> tuple[list[Alert], dict[str, str]]:
    """Alerts not raised yet for late datasets, and the `alerted` map once they are delivered.

    `alerted` maps dataset id to the key of its last alert (the sensor keeps it in its cursor);
    entries of datasets that are no longer monitored are dropped so the cursor stays small.
    """
    rows = list(rows)
    fresh = [alert_for(row) for row in rows if row.late]
    fresh = [alert for alert in fresh if alerted.get(alert.dataset) != alert.key]
    monitored = {row.id for row in rows}
    updated = {k: v for k, v in alerted.items() if k in monitored}
    updated.update({alert.dataset: alert.key for alert in fresh})
    return fresh, updated


@dataclass(frozen=True)
class AlertSettings:
    webhook_url: str | None = None
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_from: str | None = None
    smtp_to: tuple[str, ...] = ()
    smtp_starttls: bool = False
    smtp_user: str | None = None
    smtp_password: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> AlertSettings:
        env = os.environ if env is None else env
        to = env.get("OPENDATA_SMTP_TO", "")
        recipients = tuple(a.strip() for a in to.split(",") if a.strip())
        return cls(
            webhook_url=env.get("OPENDATA_ALERT_WEBHOOK") or None,
            smtp_host=env.get("OPENDATA_SMTP_HOST") or None,
            smtp_port=int(env.get("OPENDATA_SMTP_PORT") or 25),
            smtp_from=env.get("OPENDATA_SMTP_FROM") or None,
            smtp_to=recipients,
            smtp_starttls=env.get("OPENDATA_SMTP_STARTTLS", "") in ("1", "true", "yes"),
            smtp_user=env.get("OPENDATA_SMTP_USER") or None,
            smtp_password=env.get("OPENDATA_SMTP_PASSWORD") or None,
        )

    @property
    def email_configured(self) -> bool:
        return bool(self.smtp_host and self.smtp_from and self.smtp_to)


def _subject(alerts: Sequence[Alert]) -> str:
    return f"[opendata] {len(alerts)} 資料集逾期 dataset(s) overdue"


def send_webhook(url: str, alerts: Sequence[Alert], timeout: float = 10.0) -> None:
    """POST the alerts as JSON. `text` makes the payload readable by Slack-style chat hooks."""
    payload = {
        "event": EVENT,
        "text": _subject(alerts) + "\n" + "\n".join(a.line() for a in alerts),
        "alerts": [a.to_dict() for a in alerts],
    }
    response = httpx.post(url, json=payload, timeout=timeout)
    response.raise_for_status()


def send_email(settings: AlertSettings, alerts: Sequence[Alert], timeout: float = 10.0) -> None:
    if not settings.email_configured:
        raise ValueError("e-mail alerts need OPENDATA_SMTP_HOST, OPENDATA_SMTP_FROM and _TO")
    assert settings.smtp_host and settings.smtp_from
    message = EmailMessage()
    message["Subject"] = _subject(alerts)
    message["From"] = settings.smtp_from
    message["To"] = ", ".join(settings.smtp_to)
    lines = [
        "下列資料集已逾更新期限。The following datasets are overdue.",
        "",
        *(f"- {a.line()}" for a in alerts),
        "",
        f"評估時間 As of: {local_date(parse_time(alerts[0].as_of), True)} (Asia/Taipei)",
    ]
    message.set_content("\n".join(lines))
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=timeout) as smtp:
        if settings.smtp_starttls:
            smtp.starttls()
        if settings.smtp_user and settings.smtp_password:
            smtp.login(settings.smtp_user, settings.smtp_password)
        smtp.send_message(message)


def deliver(alerts: Sequence[Alert], settings: AlertSettings, log: logging.Logger | Any) -> bool:
    """Log every alert and send them to each configured channel.

    Returns True when the alerts count as delivered: at least one channel accepted them, or no
    channel is configured (then the log is the channel). A failing channel is logged, not
    raised, so one broken webhook does not stop e-mail or the rest of the sensor; returning
    False lets the caller retry at the next evaluation.
    """
    if not alerts:
        return True
    for alert in alerts:
        log.warning("overdue: %s", alert.line())
    attempts = 0
    delivered = 0
    if settings.webhook_url:
        attempts += 1
        try:
            send_webhook(settings.webhook_url, alerts)
            delivered += 1
        except (httpx.HTTPError, OSError) as error:
            log.error("alert webhook failed: %s", type(error).__name__)
    if settings.email_configured:
        attempts += 1
        try:
            send_email(settings, alerts)
            delivered += 1
        except (smtplib.SMTPException, OSError) as error:
            log.error("alert e-mail failed: %s", type(error).__name__)
    return attempts == 0 or delivered > 0
