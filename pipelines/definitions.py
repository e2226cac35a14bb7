"""The Dagster code location (see workspace.yaml): the project named by OPENDATA_PROJECT_DIR.

Defaults to the repository itself, which is the embedded sample agency's project directory.
"""

from __future__ import annotations

import os
from pathlib import Path

from pipelines.dagster.build import build_definitions
from pipelines.spec import load_project

PROJECT_DIR = Path(os.environ.get("OPENDATA_PROJECT_DIR", Path(__file__).resolve().parent.parent))
project = load_project(PROJECT_DIR)
OUTPUT_DIR = Path(os.environ.get("OPENDATA_OUTPUT_DIR", project.default_output))

defs = build_definitions(project, OUTPUT_DIR)
