"""Writing a file the safe way: to a temporary file beside the target, then renamed over it, so
a reader never sees half a file and a failure leaves the old file as it was."""

import os
import tempfile
from pathlib import Path

from app.errors import DomainError


def write_exactly(target: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` byte for byte (a signed PDF must never be rewritten); a plain DomainError
    when the folder cannot be written."""
    path = Path(target)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".helix-", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp_name, path)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise _cannot_write(path, exc) from exc
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _cannot_write(path: Path, exc: OSError) -> DomainError:
    return DomainError(
        "Helix could not save {file} ({reason}). Choose another folder, or close the file if "
        "another program has it open, and save again.",
        file=str(path),
        reason=exc.strerror or str(exc),
    )


def viewing_copy(name: str, data: bytes) -> Path:
    """A stored file (a scan, an acceptance record) written to a new temporary folder under its
    own name, for the system's viewer to open; a plain DomainError when it cannot be written."""
    try:
        folder = Path(tempfile.mkdtemp(prefix="helix-view-"))
    except OSError as exc:
        raise _cannot_write(Path(tempfile.gettempdir()) / name, exc) from exc
    target = folder / (Path(name).name or "file")
    write_exactly(target, data)
    return target
