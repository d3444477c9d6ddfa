"""The shared database's password in the operating system's keyring, never in the settings file.

Windows keeps it in the Credential Manager, macOS in the Keychain, Linux desktops in the Secret
Service. Where there is no usable keyring (a headless Linux falls back to a backend that always
fails), every function here says "not available" instead of failing, and the UI asks for the
password each time.
"""

import logging

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import PasswordDeleteError
from sqlalchemy import URL, make_url
from sqlalchemy.exc import ArgumentError

log = logging.getLogger(__name__)

SERVICE = "Helix shared database"
DEFAULT_PORT = 5432


def _backend() -> KeyringBackend | None:
    """The keyring backend if it can hold a password, else None."""
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring configuration is no reason to stop Helix
        log.warning("no keyring: %s", exc)
        return None
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    return backend


def keyring_available() -> bool:
    """True when this computer has a keyring that can keep the password."""
    return _backend() is not None


def credential_key(url: str | URL) -> str:
    """The name a password is kept under: user@host:port/database. The same server reached
    with another driver name or without the port gives the same key."""
    parsed = make_url(url)
    return (
        f"{parsed.username or ''}@{parsed.host or 'localhost'}:{parsed.port or DEFAULT_PORT}"
        f"/{parsed.database or ''}"
    )


def save_password(url_without_password: str, password: str) -> bool:
    """Keep the password for this database; False when there is no usable keyring."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, credential_key(url_without_password), password)
    except Exception as exc:  # KeyringError, or a backend's own (D-Bus, Win32) error
        log.warning("the keyring refused the password for %s: %s", url_without_password, exc)
        return False
    return True


def load_password(url: str) -> str | None:
    """The kept password for this database, or None (none kept, or no usable keyring)."""
    backend = _backend()
    if backend is None:
        return None
    try:
        return backend.get_password(SERVICE, credential_key(url))
    except Exception as exc:
        log.warning("the keyring could not be read for %s: %s", _without_password(url), exc)
        return None


def forget_password(url: str) -> None:
    """Remove a kept password (nothing happens when none was kept)."""
    backend = _backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, credential_key(url))
    except PasswordDeleteError:
        pass  # none was kept
    except Exception as exc:
        log.warning(
            "the keyring could not forget the password for %s: %s", _without_password(url), exc
        )


def url_with_password(url: str, password: str) -> str:
    """The URL to connect with (never to show or save)."""
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def split_password(url: str) -> tuple[str, str | None]:
    """(the URL without its password, the password or None): what Settings may keep, and what
    goes to the keyring."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url, None
    password = parsed.password
    bare = URL.create(  # URL.set(password=None) would keep the password
        parsed.drivername,
        username=parsed.username,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query=parsed.query,
    )
    return bare.render_as_string(hide_password=False), (
        str(password) if password is not None else None
    )


def _without_password(url: str) -> str:
    return split_password(url)[0]


__all__ = [
    "credential_key",
    "forget_password",
    "keyring_available",
    "load_password",
    "save_password",
    "split_password",
    "url_with_password",
]
