"""The `opendata` command. Each subcommand is a thin shell over a package function.

Heavy imports (dagster, presidio, great_expectations) happen inside the commands so that
`opendata --help` answers at once.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import click

# Offline at run time: presidio's e-mail recognizer would fetch the public suffix list otherwise.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

PROJECT_OPTION = click.option(
    "--project",
    "project_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Project directory holding assets/, expectations/ and the data files.",
)
OUT_OPTION = click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Output directory (default: the project's `output`, normally <project>/public).",
)


def _project(project_dir: Path):  # type: ignore[no-untyped-def]
    from pipelines.spec import SpecError, load_project

    try:
        return load_project(project_dir)
    except SpecError as error:
        raise click.ClickException(str(error)) from None


def _out(project, out_dir: Path | None) -> Path:  # type: ignore[no-untyped-def]
    return (out_dir or project.default_output).resolve()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="opendata-pipeline")
def main() -> None:
    """Inventory, check, de-identify and publish an agency's datasets as open data."""


# --- sample -----------------------------------------------------------------------------------


@main.group()
def sample() -> None:
    """The embedded sample agency (a fictional Industrial Development Bureau)."""


@sample.command("build")
@PROJECT_OPTION
@click.option(
    "--scale",
    type=float,
    default=1.0,
    show_default=True,
    help="Multiplies every table's row count (100 gives ~300k applications).",
)
@click.option("--seed", type=int, default=20240501, show_default=True, help="Random seed.")
def sample_build(project_dir: Path, scale: float, seed: int) -> None:
    """Generate the sample agency's SQLite database and Big5 CSV under <project>/data/."""
    from pipelines.sample import build_sample

    summary = build_sample(project_dir, scale=scale, seed=seed)
    for table, rows in summary.rows.items():
        click.echo(f"{table:28} {rows:>10,} rows")
    click.echo(f"written under {project_dir.resolve() / 'data'}")


# --- specs ------------------------------------------------------------------------------------


@main.group()
def specs() -> None:
    """The dataset inventory under assets/."""


@specs.command("check")
@PROJECT_OPTION
def specs_check(project_dir: Path) -> None:
    """Validate every spec; print each problem with its file and field."""
    project = _project(project_dir)
    click.echo(f"{len(project.specs)} specs valid ({len(project.approved)} approved)")


@specs.command("list")
@PROJECT_OPTION
def specs_list(project_dir: Path) -> None:
    """List the datasets: id, status, update frequency, openness, title."""
    from rich.console import Console
    from rich.table import Table

    project = _project(project_dir)
    table = Table()
    table.add_column("id", no_wrap=True)
    for heading in ("status", "frequency", "openness", "title"):
        table.add_column(heading)
    for spec in project.specs:
        table.add_row(
            spec.id, spec.status, spec.update_frequency, spec.openness.level, spec.title.zh_tw
        )
    Console().print(table)


# --- publish ----------------------------------------------------------------------------------


@main.command()
@click.argument("datasets", nargs=-1)
@PROJECT_OPTION
@OUT_OPTION
def publish(datasets: tuple[str, ...], project_dir: Path, out_dir: Path | None) -> None:
    """Publish DATASETS (default: every approved dataset) through Dagster.

    Runs are recorded in the project's Dagster instance (DAGSTER_HOME, else <project>/.dagster),
    so they appear in `dagster dev`. Exits non-zero when any dataset fails or is blocked.
    """
    from rich.console import Console
    from rich.table import Table

    from pipelines.catalog_hooks import after_publish
    from pipelines.runner import ensure_instance, publish_datasets, select
    from pipelines.spec import SpecError

    console = Console(stderr=True)
    project = _project(project_dir)
    out = _out(project, out_dir)
    try:
        chosen = select(project, datasets)
    except SpecError as error:
        raise click.ClickException(str(error)) from None
    instance = ensure_instance(project.root)
    status = console.status("starting")
    with status:
        runs = publish_datasets(
            project,
            out,
            chosen,
            instance=instance,
            on_start=lambda spec: status.update(f"publishing {spec.id} …"),
            on_done=lambda run: console.print(
                f"{'✓' if run.ok else '✗'} {run.dataset}: {run.state}"
                + (f" — {run.message}" if run.message else "")
            ),
        )
        status.update("writing catalog exports and portal …")
        after_publish(project, out)

    table = Table("dataset", "rows in", "rows out", "version", "state", title="Publication")
    for run in runs:
        table.add_row(
            run.dataset,
            f"{run.rows_in:,}" if run.rows_in is not None else "–",
            f"{run.rows_out:,}" if run.rows_out is not None else "–",
            f"v{run.version}" if run.version else "–",
            run.state if run.ok else f"[red]{run.state}[/red]",
        )
    Console().print(table)
    for run in runs:
        if not run.ok:
            click.echo(
                f"{run.dataset}: {run.state}: {run.message or 'see the run in dagster'}", err=True
            )
        elif run.message:
            click.echo(f"{run.dataset}: note: {run.message}")
    click.echo(f"releases:  {out / 'datasets'}")
    click.echo(f"portal:    {out / 'portal' / 'index.html'}  (or `opendata serve`)")
    click.echo(
        f"runs:      `make dev`, then http://127.0.0.1:3000 "
        f"(DAGSTER_HOME={os.environ['DAGSTER_HOME']})"
    )
    if not all(run.ok for run in runs):
        sys.exit(1)


# --- de-identification ------------------------------------------------------------------------


@main.command()
@click.argument(
    "input_path", metavar="INPUT", type=click.Path(exists=True, dir_okay=True, path_type=Path)
)
@click.option(
    "--spec",
    "spec_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The dataset spec whose column treatments apply.",
)
@click.option(
    "--out",
    "output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Output file (.csv or .parquet).",
)
def deid(input_path: Path, spec_path: Path, output: Path) -> None:
    """De-identify a CSV or Parquet file with a spec's treatments; print the report.

    INPUT may be a folder of CSV or Parquet files (e.g. one per month): each file is a
    partition, published and leak-checked on its own so that memory follows the largest file;
    the k-anonymity gate still counts all of them together. The output is one file.

    Exits with 1 when the k-anonymity gate or the leak guard blocks (no output is written then).
    """
    from pipelines.deid.engine import deidentify_file
    from pipelines.spec import SpecError

    try:
        report = deidentify_file(input_path, spec_path, output)
    except (SpecError, ValueError) as error:
        raise click.ClickException(str(error)) from None
    click.echo(report.render_text())
    if report.blocked:
        sys.exit(1)


# --- quality ----------------------------------------------------------------------------------


@main.command()
@click.argument("dataset", required=False)
@PROJECT_OPTION
@OUT_OPTION
def quality(dataset: str | None, project_dir: Path, out_dir: Path | None) -> None:
    """Print the latest validation results and quality level of DATASET (default: all)."""
    from pipelines.quality.show import render_quality

    project = _project(project_dir)
    specs_ = [project.spec(dataset)] if dataset else list(project.approved)
    click.echo(render_quality(specs_, _out(project, out_dir)))


@main.group()
def expectations() -> None:
    """Great Expectations suites under expectations/."""


@expectations.command("draft")
@click.argument("dataset")
@PROJECT_OPTION
@click.option("--write", is_flag=True, help="Write expectations/<DATASET>.json (never overwrites).")
def expectations_draft(dataset: str, project_dir: Path, write: bool) -> None:
    """Propose a suite for DATASET from a profile of its source, for the steward to edit."""
    from pipelines.quality.draft import draft_suite_json

    project = _project(project_dir)
    text = draft_suite_json(project.spec(dataset), project.root)
    if write:
        target = project.expectations_dir / f"{dataset}.json"
        if target.exists():
            raise click.ClickException(f"{target} exists; edit it or remove it first")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        click.echo(f"wrote {target}")
    else:
        click.echo(text)


# --- catalog and serving ----------------------------------------------------------------------


@main.group()
def catalog() -> None:
    """Catalog exports (DCAT-AP, DCAT-US, Frictionless, data.gov.tw) and pushing them."""


@catalog.command("export")
@PROJECT_OPTION
@OUT_OPTION
def catalog_export(project_dir: Path, out_dir: Path | None) -> None:
    """Rewrite the catalog exports and the portal from the current releases."""
    from pipelines.catalog_hooks import after_publish

    project = _project(project_dir)
    out = _out(project, out_dir)
    for path in after_publish(project, out):
        click.echo(str(path))


@catalog.command("push")
@PROJECT_OPTION
@OUT_OPTION
@click.option(
    "--endpoint",
    envvar="OPENDATA_PUSH_ENDPOINT",
    required=True,
    help="Base URL of a data.gov.tw-compatible API (env OPENDATA_PUSH_ENDPOINT).",
)
@click.option(
    "--api-key",
    envvar="OPENDATA_PUSH_API_KEY",
    required=True,
    help="API key (env OPENDATA_PUSH_API_KEY).",
)
@click.option("--dry-run", is_flag=True, help="Show what would be sent; send nothing.")
def catalog_push(
    project_dir: Path, out_dir: Path | None, endpoint: str, api_key: str, dry_run: bool
) -> None:
    """Create (POST) or update (PUT) each published dataset on a data.gov.tw-style endpoint."""
    from catalog.model import load_catalog
    from catalog.push import push

    project = _project(project_dir)
    results = push(
        load_catalog(project, _out(project, out_dir)), endpoint, api_key, dry_run=dry_run
    )
    for result in results:
        click.echo(str(result))
    if any(not getattr(r, "ok", True) for r in results):
        sys.exit(1)


@main.command()
@PROJECT_OPTION
@OUT_OPTION
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
def serve(project_dir: Path, out_dir: Path | None, host: str, port: int) -> None:
    """Serve releases, catalog, CKAN-compatible API, rows API and the portal (read-only)."""
    from catalog.server import serve as run_server

    project = _project(project_dir)
    run_server(project.root, _out(project, out_dir), host, port)


# --- cadence ----------------------------------------------------------------------------------


def _as_of(value: str | None) -> dt.datetime | None:
    from pipelines.cadence.render import parse_as_of

    if value is None:
        return None
    try:
        return parse_as_of(value)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--as-of") from None


@main.command()
@PROJECT_OPTION
@OUT_OPTION
@click.option("--as-of", "as_of", default=None, help="Evaluate at this moment (YYYY-MM-DD or ISO).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
)
def cadence(project_dir: Path, out_dir: Path | None, as_of: str | None, fmt: str) -> None:
    """Is every dataset updated as often as promised? up-to-date / due / overdue / delinquent."""
    from pipelines.cadence.render import cadence_command

    project = _project(project_dir)
    click.echo(cadence_command(project, _out(project, out_dir), _as_of(as_of), fmt))


@main.command()
@PROJECT_OPTION
@OUT_OPTION
@click.option("--period", default=None, help="Half year such as 2026H2.")
@click.option("--year", type=int, default=None, help="Whole year such as 2026.")
@click.option(
    "--dest",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Where to write the report (default: <out>/reports).",
)
def report(
    project_dir: Path, out_dir: Path | None, period: str | None, year: int | None, dest: Path | None
) -> None:
    """The self-evaluation report (HTML, CSV, ODS) for a half year or a year."""
    from pipelines.cadence.report import write_report

    if (period is None) == (year is None):
        raise click.UsageError("give exactly one of --period or --year")
    project = _project(project_dir)
    out = _out(project, out_dir)
    for path in write_report(project, out, period or year, dest or out / "reports"):
        click.echo(str(path))


if __name__ == "__main__":
    main()
