"""UI test fixtures: tasks run inline, modal dialogs can never block, a context on a temp DB."""

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from app.db import Database
from app.services import members
from app.services.members import ContactData, MemberData
from app.services.uow import Actor, UnitOfWork
from app.ui import workers
from app.ui.app import application
from app.ui.context import AppContext
from app.ui.errors import MessageBox

CLERK = Actor("test-clerk")


@pytest.fixture(autouse=True, scope="session")
def started_application(qapp: QApplication) -> QApplication:
    """pytest-qt's QApplication, set up as `helix` sets up its own (names, icon, a font for
    Chinese text when the system has none)."""
    return application()


@pytest.fixture(autouse=True)
def inline_tasks() -> Iterator[None]:
    workers.set_synchronous(True)
    yield
    workers.set_synchronous(False)


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that opens a modal dialog it did not answer fails instead of hanging."""

    def refuse(dialog: QDialog) -> int:
        text = getattr(dialog, "text", lambda: "")()
        raise AssertionError(f"unanswered modal dialog: {dialog.windowTitle()!r} {text!r}")

    monkeypatch.setattr(QDialog, "exec", refuse)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages shown to the clerk (MessageBox.show), collected instead of shown."""
    shown: list[str] = []

    def collect(cls: Any, parent: Any, icon: Any, title: str, text: str) -> None:
        shown.append(text)

    monkeypatch.setattr(MessageBox, "show", classmethod(collect))
    return shown


@pytest.fixture
def ctx(sqlite_db: Database) -> AppContext:
    return AppContext(sqlite_db, CLERK)


def member_data(name: str, **changes: Any) -> MemberData:
    data = MemberData(
        kind="enterprise",
        name=name,
        region="广东省",
        city="深圳",
        sectors=["C39"],
        keywords=["通信"],
        contacts=[ContactData("张伟", "经理", "zhang.wei@example.cn")],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


@pytest.fixture
def add_member(sqlite_db: Database):
    """add_member(name, **fields) -> MemberDetail, committed."""

    def add(name: str, **changes: Any) -> members.MemberDetail:
        with UnitOfWork(sqlite_db) as uow:
            detail = members.create_member(uow, member_data(name, **changes), CLERK)
            uow.commit()
        return detail

    return add
