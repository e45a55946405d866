"""Attachment files under the data directory, content-addressed and written atomically."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

_made: set[Path] = set()


def store_file(root: Path, data: bytes, filename: str) -> tuple[str, str]:
    """Write `data` once as `<root>/<sha[:2]>/<sha[:32]>-<filename>`; return (sha256, path).

    The file name was made safe by the parser (at most 200 bytes, so the whole name stays
    under the usual 255-byte limit); the content hash keeps names from colliding. A
    rolled-back transaction leaves at most an orphan file, which a retry reuses. The files
    can always be rebuilt from the raw message kept in the database.
    """
    digest = hashlib.sha256(data).hexdigest()
    relative = Path(digest[:2]) / f"{digest[:32]}-{filename}"
    target = root / relative
    if target.parent not in _made:  # one shard directory per hash prefix, created once
        target.parent.mkdir(parents=True, exist_ok=True)
        _made.add(target.parent)
    if not target.exists():
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    return digest, relative.as_posix()
