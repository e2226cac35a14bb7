"""Dagster names derived from dataset ids (Dagster names allow no dashes)."""

from __future__ import annotations

import dagster as dg


def group_name(dataset_id: str) -> str:
    return dataset_id.replace("-", "_")


def asset_key(dataset_id: str, stage: str) -> dg.AssetKey:
    return dg.AssetKey([group_name(dataset_id), stage])


def job_name(dataset_id: str) -> str:
    return f"publish_{group_name(dataset_id)}"
