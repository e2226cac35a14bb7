"""Keyed pseudonyms: the same value always gets the same token, and nobody without the key can
recompute or reverse it.

HMAC-SHA256 with a secret (env `OPENDATA_PSEUDONYM_KEY`) rather than a plain hash: a national ID
has only ~10^9 possible values, so an unkeyed hash is reversed by enumeration in minutes. The key
is the same for every dataset and release, so a person's token links across releases and across
datasets of the same agency (that is the point of pseudonymising instead of dropping). Rotating
the key breaks all links, deliberately.

Values are NFKC-normalised and trimmed before hashing so that 'Ａ１２３４５６７８９' and
'A123456789 ' (the same ID typed on different systems) get one token.
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Sequence

import pyarrow as pa
import pyarrow.compute as pc

from pipelines.deid.parallel import split_in_two

KEY_ENV = "OPENDATA_PSEUDONYM_KEY"
TOKEN_HEX_CHARS = 16  # 64 bits: collisions need ~4 billion distinct values (birthday bound)


class PseudonymKeyMissing(ValueError):
    """A column asks for pseudonyms but no key was given (a ValueError, so the CLI shows the
    message rather than a traceback)."""

    def __init__(self) -> None:
        super().__init__(
            f"pseudonymize needs a secret key: set the environment variable {KEY_ENV} "
            "(keep it the same across releases so pseudonyms stay stable, and never publish it)"
        )


def resolve_key(key: str | None = None) -> bytes:
    """The key passed in, else the environment's; raises PseudonymKeyMissing when neither is set."""
    secret = key if key is not None else os.environ.get(KEY_ENV, "")
    if not secret:
        raise PseudonymKeyMissing()
    return secret.encode("utf-8")


def normalize_text(values: pa.Array | pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
    """NFKC + trimmed strings; empty strings become null (nothing to link on)."""
    if not pa.types.is_string(values.type) and not pa.types.is_large_string(values.type):
        values = pc.cast(values, pa.string())
    values = pc.utf8_trim_whitespace(pc.utf8_normalize(values, "NFKC"))
    return pc.if_else(pc.equal(values, ""), pa.scalar(None, values.type), values)


def token(value: str, key: bytes, length: int = TOKEN_HEX_CHARS) -> str:
    """The pseudonym of one already-normalised value."""
    return hmac.digest(key, value.encode("utf-8"), "sha256").hex()[:length]


def pseudonymize(
    values: pa.Array | pa.ChunkedArray, key: bytes, length: int = TOKEN_HEX_CHARS
) -> pa.Array:
    """Replace every value with its keyed token; nulls stay null.

    Each distinct value is hashed once (dictionary-encode, hash the dictionary, take back), which
    matters for repeated IDs: a citizen with 40 applications costs one HMAC, not 40.
    """
    normalized = normalize_text(values)
    if isinstance(normalized, pa.ChunkedArray):
        normalized = normalized.combine_chunks()
    encoded = normalized.dictionary_encode()
    dictionary = encoded.dictionary.to_pylist()

    def tokens_of(values: Sequence[str]) -> list[str]:
        return [token(v, key, length) for v in values]

    parts = split_in_two(tokens_of, dictionary)  # many distinct IDs: half on the second core
    tokens = pa.array([t for part in parts for t in part], pa.string())
    return tokens.take(encoded.indices)
