"""The shared database's password in the OS keyring, and what happens where there is none."""

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail
from keyring.errors import KeyringError, PasswordDeleteError

from app.services import credentials
from app.services.credentials import (
    forget_password,
    keyring_available,
    load_password,
    save_password,
    split_password,
    url_with_password,
)

URL = "postgresql+psycopg://clerk@db.office.local/helix"


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in a dict, like Windows' Credential Manager would."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.kept.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class LockedKeyring(MemoryKeyring):
    """A keyring that is there but refuses (a locked Secret Service, a D-Bus failure)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("the keyring is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("the keyring is locked")


class EmptyChain(chainer.ChainerBackend):
    """The chainer as keyring picks it when no backend on this computer is viable."""

    backends = []  # type: ignore[assignment]


@pytest.fixture
def use_keyring() -> Iterator[object]:
    original = keyring.get_keyring()

    def use(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield use
    keyring.set_keyring(original)


def test_a_saved_password_comes_back_for_the_same_server(use_keyring) -> None:  # type: ignore[no-untyped-def]
    memory = use_keyring(MemoryKeyring())
    assert keyring_available()
    assert save_password(URL, "s3cret:@/")
    assert load_password(URL) == "s3cret:@/"
    # the same server named with the default port, or the plain driver name
    assert load_password("postgresql+psycopg://clerk@db.office.local:5432/helix") == "s3cret:@/"
    assert load_password("postgresql://clerk@db.office.local/helix") == "s3cret:@/"
    # another user, server or database is another password
    assert load_password("postgresql+psycopg://admin@db.office.local/helix") is None
    assert load_password("postgresql+psycopg://clerk@db.office.local/helix_test") is None
    assert all("s3cret" not in key for _service, key in memory.kept)  # type: ignore[attr-defined]


def test_a_forgotten_password_is_gone(use_keyring) -> None:  # type: ignore[no-untyped-def]
    use_keyring(MemoryKeyring())
    save_password(URL, "pw")
    forget_password(URL)
    assert load_password(URL) is None
    forget_password(URL)  # forgetting twice is no error


@pytest.mark.parametrize("backend", [fail.Keyring(), EmptyChain()], ids=["fail", "empty-chain"])
def test_without_a_usable_keyring_nothing_is_kept_and_nothing_fails(
    use_keyring,  # type: ignore[no-untyped-def]
    backend: KeyringBackend,
) -> None:
    use_keyring(backend)
    assert not keyring_available()
    assert save_password(URL, "pw") is False
    assert load_password(URL) is None
    forget_password(URL)


def test_a_keyring_that_refuses_is_reported_not_raised(use_keyring) -> None:  # type: ignore[no-untyped-def]
    use_keyring(LockedKeyring())
    assert save_password(URL, "pw") is False
    assert load_password(URL) is None


def test_this_machine_gives_an_answer_either_way() -> None:
    """Headless Linux (CI) has only the fail backend: that must read as "not available"."""
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        assert not keyring_available()
    else:
        assert keyring_available() in (True, False)


def test_the_password_goes_into_the_url_and_out_again() -> None:
    with_password = url_with_password(URL, "p@ss:w/rd")
    assert with_password == "postgresql+psycopg://clerk:p%40ss%3Aw%2Frd@db.office.local/helix"
    assert split_password(with_password) == (URL, "p@ss:w/rd")
    assert split_password(URL) == (URL, None)
    secure = url_with_password(URL + "?sslmode=require", "pw")
    assert split_password(secure) == (URL + "?sslmode=require", "pw")
    assert credentials.credential_key(with_password) == "clerk@db.office.local:5432/helix"
