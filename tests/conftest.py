"""Shared fixtures: a migrated SQLite file and a real PostgreSQL database for every test run.

PostgreSQL: the server comes from HELIX_TEST_PG_URL (default: postgres@127.0.0.1:5432, trust auth).
This run creates its own database and drops it at the end. Tests are skipped with a visible
reason only when no server answers, unless HELIX_REQUIRE_PG=1 (CI), where that is a failure.
"""

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_DATA = tempfile.mkdtemp(prefix="helix-test-data-")
os.environ["HELIX_DATA_DIR"] = _DATA  # never touch the real user's Helix folder
os.environ.pop("HELIX_DB_URL", None)

import pytest  # noqa: E402
from sqlalchemy import create_engine, make_url, text  # noqa: E402

from app.db import Database, sqlite_url  # noqa: E402
from app.models import Base  # noqa: E402
from app.services.uow import Actor, UnitOfWork  # noqa: E402

PG_SERVER = os.environ.get(
    "HELIX_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
CLERK = Actor("test-clerk")
KEPT_TABLES = {"alembic_version", "site_setting"}


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Benchmarks run only when asked for by path: `pytest tests/benchmarks`."""
    if collection_path.name == "benchmarks" and not any(
        "benchmarks" in str(arg) for arg in config.args
    ):
        return True
    return None


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_DATA, ignore_errors=True)


@pytest.fixture(autouse=True, scope="session")
def cheap_password_hashing() -> Iterator[None]:
    """argon2 at its real cost takes ~0.1 s a hash; tests use its cheapest settings."""
    from argon2 import PasswordHasher

    from app.services import users

    real = users._hasher
    users._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    yield
    users._hasher = real


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file per run; each test gets a copy (migrating per test is slow)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    db = Database.open(sqlite_url(path))
    db.dispose()
    return path


@pytest.fixture
def sqlite_db(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "helix.sqlite"
    shutil.copy(sqlite_template, path)
    db = Database.open(sqlite_url(path))
    yield db
    db.dispose()


def _pg_admin_url() -> str:
    url = make_url(PG_SERVER)
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url.render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this run, migrated, dropped at the end."""
    admin = create_engine(
        _pg_admin_url(), isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3}
    )
    try:
        with admin.connect() as conn:
            conn.execute(text("select 1"))
    except Exception as exc:
        admin.dispose()
        message = f"no PostgreSQL server answers at {make_url(PG_SERVER).render_as_string()}: {exc}"
        if os.environ.get("HELIX_REQUIRE_PG") == "1":
            pytest.fail(message)
        pytest.skip(message)
    name = f"helix_test_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'"))
    url = make_url(_pg_admin_url()).set(database=name).render_as_string(hide_password=False)
    try:
        db = Database.open(url)
        db.dispose()
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[Database]:
    db = Database.open(pg_url)
    yield db
    tables = [t.name for t in Base.metadata.sorted_tables if t.name not in KEPT_TABLES]
    db.dispose()  # a connection the test left inside a transaction must not block the clean-up
    with db.engine.begin() as conn:
        conn.execute(text("SET LOCAL lock_timeout = '20s'"))
        conn.execute(text(f"TRUNCATE {', '.join(tables)} CASCADE"))
        # The site id stays (as in a new database); anything else, like the demo mark, goes.
        conn.execute(text("DELETE FROM site_setting WHERE key <> 'site_id'"))
    db.dispose()
    # The matching index of this URL describes rows that are gone (rows removed behind Helix's
    # back; Helix itself only soft-deletes).
    from app.services.matching import forget_indexes

    forget_indexes()


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest) -> Database:
    """The same test on the local SQLite file and on the shared PostgreSQL server."""
    return request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")


@pytest.fixture
def uow_factory(database: Database):  # type: ignore[no-untyped-def]
    return lambda: UnitOfWork(database)
