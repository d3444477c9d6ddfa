"""packaging/postgres-roles.sql, run against the test server: the owner role migrates, the
application role reads and writes rows (and restores a backup) but changes no schema.

Roles are cluster-wide: this test gives them unique names and drops them (and its own
database) at the end, whatever happens."""

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, func, make_url, select, text
from sqlalchemy.exc import ProgrammingError

from app.db import Database
from app.errors import DomainError
from app.models import Base, Member
from app.models import Role as _Role
from app.services import members
from app.services.backup import backup_database, restore_database
from app.services.members import ContactData, MemberData
from app.services.permissions import Actor as _Actor
from app.services.uow import Actor, UnitOfWork

BACKUP_ADMIN = _Actor("backup-admin", _Role.ADMIN)

ROLES_SQL = Path(__file__).resolve().parents[1] / "packaging" / "postgres-roles.sql"
CLERK = Actor("clerk-li")
INSUFFICIENT_PRIVILEGE = "42501"


@dataclass(frozen=True)
class Server:
    database: str
    owner: str
    app: str
    admin_url: str  # the superuser, on the new database

    def url(self, role: str) -> str:
        return (
            make_url(self.admin_url)
            .set(username=role, password=f"pw-{role}")
            .render_as_string(hide_password=False)
        )

    def run_script(self) -> None:
        script = ROLES_SQL.read_text(encoding="utf-8")
        script = script.replace("helix_owner", self.owner).replace("helix_app", self.app)
        libpq = make_url(self.admin_url).set(drivername="postgresql")
        with psycopg.connect(libpq.render_as_string(hide_password=False), autocommit=True) as conn:
            conn.execute(script.encode("utf-8"))  # plain SQL: no psql needed


@pytest.fixture
def server(pg_url: str) -> Iterator[Server]:
    tag = uuid.uuid4().hex[:8]
    name = f"helix_roles_{tag}"
    admin = create_engine(make_url(pg_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    found = Server(
        name,
        f"helix_owner_{tag}",
        f"helix_app_{tag}",
        make_url(pg_url).set(database=name).render_as_string(hide_password=False),
    )
    try:
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0"))
        yield found
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            conn.execute(text(f"DROP ROLE IF EXISTS {found.owner}, {found.app}"))
        admin.dispose()


def refused(db: Database, statement: str) -> str:
    """The SQLSTATE with which the server refuses a statement ("" when it was allowed)."""
    try:
        with db.engine.begin() as conn:
            conn.execute(text(statement))
    except ProgrammingError as exc:
        return getattr(exc.orig, "sqlstate", "") or "?"
    return ""


def member_count(db: Database) -> int:
    with UnitOfWork(db) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Member)) or 0)


def test_the_application_role_writes_rows_but_changes_no_schema(
    server: Server, tmp_path: Path
) -> None:
    server.run_script()
    admin = create_engine(server.admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for role in (server.owner, server.app):
            conn.execute(text(f"ALTER ROLE {role} PASSWORD 'pw-{role}'"))
    admin.dispose()

    owner = Database.open(server.url(server.owner))  # migrates: the owner creates the schema
    owner.dispose()
    server.run_script()  # step 4: again after the upgrade, and it runs twice without harm

    app = Database.open(server.url(server.app))
    try:
        with app.engine.connect() as conn:
            owners = dict(
                conn.execute(
                    text("SELECT tablename, tableowner FROM pg_tables WHERE schemaname = 'public'")
                ).all()
            )
        assert {t.name for t in Base.metadata.sorted_tables} | {"alembic_version"} == set(owners)
        assert set(owners.values()) == {server.owner}

        # rows: create, change, read, delete
        with UnitOfWork(app) as uow:
            created = members.create_member(
                uow,
                MemberData(kind="university", name="浙江大学", contacts=[ContactData("李娜")]),
                CLERK,
            )
            uow.commit()
        with UnitOfWork(app) as uow:
            members.archive_member(uow, created.id, CLERK)
            uow.commit()
        with UnitOfWork(app) as uow:
            assert members.get_member(uow, created.id).data.status == "archived"
        assert refused(app, "DELETE FROM contact") == ""

        # a backup and a restore need no more than that
        dump = backup_database(app, tmp_path / "shared.helixdump", by=BACKUP_ADMIN)
        with UnitOfWork(app) as uow:
            members.create_member(uow, MemberData(kind="enterprise", name="后来的企业"), CLERK)
            uow.commit()
        app.dispose()
        restore_database(app.url, dump.path, safety_copy_dir=tmp_path / "safety", by=BACKUP_ADMIN)
        assert member_count(app) == 1

        # no schema changes of any kind, and the schema version is read-only
        for statement in [
            "CREATE TABLE intruder (id integer)",
            "DROP TABLE contact",
            "ALTER TABLE member ADD COLUMN nickname text",
            "CREATE INDEX ix_intruder ON member (city)",
            "TRUNCATE member CASCADE",
            "UPDATE alembic_version SET version_num = 'x'",
        ]:
            assert refused(app, statement) == INSUFFICIENT_PRIVILEGE, statement
        assert member_count(app) == 1
    finally:
        app.dispose()


def test_the_owner_role_may_change_the_schema(server: Server) -> None:
    """The other side of the line: the same statement the application may not run, the owner
    may (so the refusals above come from the roles, not from a broken setup)."""
    server.run_script()
    admin = create_engine(server.admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"ALTER ROLE {server.owner} PASSWORD 'pw-{server.owner}'"))
    admin.dispose()
    owner = Database.open(server.url(server.owner))
    try:
        assert refused(owner, "CREATE TABLE allowed (id integer)") == ""
        assert refused(owner, "DROP TABLE allowed") == ""
    finally:
        owner.dispose()


def test_the_application_role_is_told_to_ask_the_owner_for_an_upgrade(server: Server) -> None:
    server.run_script()
    admin = create_engine(server.admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"ALTER ROLE {server.app} PASSWORD 'pw-{server.app}'"))
    admin.dispose()
    with pytest.raises(DomainError) as refused_upgrade:
        Database.open(server.url(server.app))  # the schema is not there: an upgrade is due
    assert "owner role" in refused_upgrade.value.message
