"""What follows every publication: catalog exports, the portal and the cadence page are rewritten
from the current releases, so harvesters and people see a release as soon as it is current."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipelines.spec import Project


def after_publish(project: Project, out_dir: Path) -> list[Path]:
    from catalog.exports import write_exports
    from catalog.model import load_catalog
    from catalog.portal import build_portal
    from pipelines.cadence.render import write_cadence_page

    catalog = load_catalog(project, out_dir)
    written = list(write_exports(catalog, out_dir) or [])
    written.append(build_portal(catalog, out_dir))
    written.extend(write_cadence_page(project, out_dir, dt.datetime.now(dt.UTC)))
    return written
