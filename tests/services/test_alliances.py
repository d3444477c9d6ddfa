"""Alliances and their members, on SQLite and PostgreSQL."""

from datetime import date

import pytest

from app.db import Database
from app.errors import DomainError, StaleRecordError, ValidationError
from app.models import AllianceRole
from app.services import alliances, members
from app.services.alliances import AllianceData
from app.services.members import MemberData
from app.services.uow import Actor, UnitOfWork

CLERK = Actor("clerk-li")


def member(db: Database, name: str, kind: str = "enterprise") -> str:
    with UnitOfWork(db) as uow:
        detail = members.create_member(uow, MemberData(kind=kind, name=name), CLERK)
        uow.commit()
    return detail.id


def test_an_alliance_starts_with_its_lead_member(database: Database) -> None:
    lead = member(database, "清华大学", "university")
    with UnitOfWork(database) as uow:
        created = alliances.create_alliance(
            uow,
            AllianceData(
                "长三角储能产业联盟", focus="储能", lead_member_id=lead, founded_on=date(2024, 3, 1)
            ),
            CLERK,
        )
        uow.commit()
    assert [(m.member_name, m.role) for m in created.members] == [("清华大学", "lead")]
    with UnitOfWork(database) as uow:
        rows = alliances.list_alliances(uow)
    assert [(r.name, r.lead_member_name, r.member_count) for r in rows] == [
        ("长三角储能产业联盟", "清华大学", 1)
    ]


def test_members_join_change_role_leave_and_rejoin(database: Database) -> None:
    a, b = member(database, "A GmbH"), member(database, "B Oy")
    with UnitOfWork(database) as uow:
        alliance = alliances.create_alliance(uow, AllianceData("Battery Alliance"), CLERK)
        alliances.add_alliance_member(uow, alliance.id, a, CLERK)
        alliances.add_alliance_member(uow, alliance.id, b, CLERK, AllianceRole.OBSERVER)
        with pytest.raises(DomainError):
            alliances.add_alliance_member(uow, alliance.id, a, CLERK)
        detail = alliances.set_alliance_role(
            uow, alliance.id, b, AllianceRole.FOUNDING_MEMBER, CLERK
        )
        assert [(m.member_name, m.role) for m in detail.members] == [
            ("B Oy", "founding_member"),
            ("A GmbH", "member"),
        ]
        detail = alliances.remove_alliance_member(uow, alliance.id, a, CLERK)
        assert [m.member_name for m in detail.members] == ["B Oy"]
        assert alliances.member_alliances(uow, a) == []
        detail = alliances.add_alliance_member(uow, alliance.id, a, CLERK)
        uow.commit()
    assert sorted(m.member_name for m in detail.members) == ["A GmbH", "B Oy"]


def test_alliance_names_are_unique_and_dates_ordered(database: Database) -> None:
    with UnitOfWork(database) as uow:
        alliances.create_alliance(uow, AllianceData("Hydrogen Alliance"), CLERK)
        with pytest.raises(DomainError):
            alliances.create_alliance(uow, AllianceData("hydrogen alliance"), CLERK)
        with pytest.raises(ValidationError) as refused:
            alliances.create_alliance(
                uow,
                AllianceData("X", founded_on=date(2025, 1, 1), ended_on=date(2024, 1, 1)),
                CLERK,
            )
    assert "ended_on" in refused.value.fields


def test_a_stale_alliance_edit_is_refused(database: Database) -> None:
    with UnitOfWork(database) as uow:
        created = alliances.create_alliance(uow, AllianceData("AI Alliance"), CLERK)
        uow.commit()
    with UnitOfWork(database) as uow:
        alliances.update_alliance(
            uow, created.id, created.version, AllianceData("AI Alliance", focus="LLM"), CLERK
        )
        uow.commit()
    with UnitOfWork(database) as uow, pytest.raises(StaleRecordError):
        alliances.update_alliance(
            uow, created.id, created.version, AllianceData("AI Alliance", focus="vision"), CLERK
        )
