"""Dagster glue: assets, checks, jobs, schedules and sensors built from the dataset specs."""
