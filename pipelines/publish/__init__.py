"""Publishing: versioned, verified, atomically switched open-data releases with manifests."""

from pipelines.publish.log import append_release_log, read_release_log
from pipelines.publish.release import (
    PublishOutcome,
    ReleaseError,
    current_manifest,
    current_release_dir,
    publish_release,
)

__all__ = [
    "PublishOutcome",
    "ReleaseError",
    "append_release_log",
    "current_manifest",
    "current_release_dir",
    "publish_release",
    "read_release_log",
]
