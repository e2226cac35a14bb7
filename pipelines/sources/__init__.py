"""The extract stage: read a dataset's source in batches, type it per the spec, reject bad rows.

    for batch in read_batches(spec, project_dir):
        result = coerce(batch, spec)   # result.table (pyarrow), result.rejects

See `reader.py` for the entry points and `rocdate.py` for 民國 dates.
"""

from pipelines.sources.coerce import coerce
from pipelines.sources.model import Coerced, RawBatch, Reject, SourceError
from pipelines.sources.reader import read_batches, source_columns, source_fingerprint
from pipelines.sources.rocdate import parse_date, parse_datetime, to_iso

__all__ = [
    "Coerced",
    "RawBatch",
    "Reject",
    "SourceError",
    "coerce",
    "parse_date",
    "parse_datetime",
    "read_batches",
    "source_columns",
    "source_fingerprint",
    "to_iso",
]
