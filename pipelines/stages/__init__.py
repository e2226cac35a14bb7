"""The four stages of a publication run as plain functions over the work store.

Each stage reads what the previous one left in `OUT/.work/<id>/`, calls its stage package
(sources, quality, deid, publish) and writes its own output and a small JSON report. Dagster
assets (pipelines/dagster/) are thin wrappers around these functions; tests call them directly.
"""
