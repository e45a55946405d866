"""Attachment files under the data directory, content-addressed and written atomically."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def store_file(root: Path, data: bytes, filename: str) -> tuple[str, str]:
    """Write `data` once as `<root>/<sha[:2]>/<sha>/<filename>`; return (sha256, relative path).

    The file name was made safe by the parser; the content hash keeps names from colliding.
    A rolled-back transaction leaves at most an orphan file, which a retry reuses. The files
    can always be rebuilt from the raw message kept in the database.
    """
    digest = hashlib.sha256(data).hexdigest()
    relative = Path(digest[:2]) / digest / filename
    target = root / relative
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    return digest, relative.as_posix()
