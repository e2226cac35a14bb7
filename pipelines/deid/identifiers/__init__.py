"""Taiwanese identifier validators in the style of python-stdnum.

Each module offers ``compact`` (strip separators, NFKC), ``validate`` (returns the compact
value or raises a :class:`ValidationError` subclass), ``is_valid`` and, where a canonical
printed form exists, ``format``.
"""

from pipelines.deid.identifiers import arc, ban, creditcard, nhi, phone, twid
from pipelines.deid.identifiers.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)

__all__ = [
    "InvalidChecksum",
    "InvalidComponent",
    "InvalidFormat",
    "InvalidLength",
    "ValidationError",
    "arc",
    "ban",
    "creditcard",
    "nhi",
    "phone",
    "twid",
]
