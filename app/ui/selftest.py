"""`helix self-test`: the main window offscreen on a temporary database with demo data; every
screen visited, a member opened in the form, a signed contract's PDF opened with QtPdf. Exit 0
when all of it worked, 1 otherwise."""

import os
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

Step = Callable[[], str]


def _steps(window: Any) -> list[tuple[str, Step]]:
    from app.services import member_search
    from app.services.member_search import MemberQuery
    from app.ui.registry.screen import RegistryScreen

    def visit(key: str) -> Step:
        def run() -> str:
            window.show_screen(key)
            screen = window.screens.get(key)
            if screen is None or window.stack.currentWidget() is not screen:
                raise RuntimeError(f"screen {key!r} did not open")
            return type(screen).__name__

        return run

    def open_member() -> str:
        window.show_screen("registry")
        screen = window.screens["registry"]
        assert isinstance(screen, RegistryScreen)
        rows = screen.model.rowCount()
        if rows == 0:
            raise RuntimeError("the registry shows no members on a demo database")
        screen.table.selectRow(0)
        first = screen.model.row(0)
        if screen.form.member_id != first.id or screen.form.data().name != first.name:
            raise RuntimeError("selecting a row did not open the member in the form")
        total = window.ctx.read(member_search.count_members, MemberQuery())
        return f"{rows} of {total} members loaded; opened {first.name}"

    def contract_pdf() -> str:
        """The signed demo contract's PDF through QtPdf: the PDF plugin and fonts are there."""
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        from PySide6.QtPdf import QPdfDocument

        from app.services import contract_issue
        from app.services.contract_lists import ContractQuery, search_contracts

        rows = window.ctx.read(search_contracts, ContractQuery(status="in_execution"), limit=1)
        if not rows:
            raise RuntimeError("the demo data has no signed contract")
        data, issued = window.ctx.read(contract_issue.contract_pdf, rows[0].id)
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        if not issued or document.pageCount() < 1:
            raise RuntimeError(f"the PDF of {rows[0].number} did not open")
        return f"{rows[0].number}: {len(data):,} bytes, {document.pageCount()} pages"

    def chinese() -> str:
        """The compiled Chinese translation is there and loads (a frozen build carries the .qm)."""
        from PySide6.QtCore import QCoreApplication, QTranslator

        from app.resources import resource_path
        from app.translations import ensure_compiled

        ensure_compiled()
        qm = resource_path("translations", "helix_zh_CN.qm")
        translator = QTranslator()
        if not translator.load(str(qm)):
            raise RuntimeError(f"the Chinese translation {qm} did not load")
        app = QCoreApplication.instance()
        assert app is not None
        app.installTranslator(translator)
        try:
            text = QCoreApplication.translate("MainWindow", "&File")
        finally:
            app.removeTranslator(translator)
        if text != "文件(&F)":
            raise RuntimeError(f"the Chinese translation gives {text!r} for “&File”")
        return f"{qm.name}: {qm.stat().st_size:,} bytes"

    steps = [(f"open screen {spec.key}", visit(spec.key)) for spec in window.specs]
    steps.append(("load the Chinese translation", chinese))
    steps.append(("open a member in the form", open_member))
    steps.append(("export a contract PDF", contract_pdf))
    return steps


@contextmanager
def _offscreen_notes_dropped() -> Iterator[None]:
    """The offscreen platform notes "does not support propagateSizeHints()" for each window;
    that is no failure. Other Qt messages still reach stderr."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind: object, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(f"qt: {message}", file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)  # type: ignore[arg-type]


@contextmanager
def _messages_collected() -> Iterator[list[str]]:
    """Messages are collected instead of shown: nobody is there to close a modal box."""
    from app.ui.errors import MessageBox

    shown: list[str] = []
    real = MessageBox.__dict__["show"]

    def collect(_cls: type, _parent: object, _icon: object, _title: str, text: str) -> None:
        shown.append(text)

    MessageBox.show = classmethod(collect)  # type: ignore[method-assign, assignment]
    try:
        yield shown
    finally:
        MessageBox.show = real  # type: ignore[method-assign]


def _run(folder: Path) -> int:
    from app.db import Database, sqlite_url
    from app.models import Role
    from app.services.demo import make_demo
    from app.services.uow import Actor, UnitOfWork
    from app.ui.app import application
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    qt_app = application(["helix-self-test"])
    db = Database.open(sqlite_url(folder / "self-test.sqlite"))
    failures = 0
    try:
        actor = Actor("self-test", Role.ADMIN)
        with UnitOfWork(db) as uow:
            make_demo(uow, actor, members=200, seed=7)
            uow.commit()
        with _messages_collected() as shown:
            window = MainWindow(AppContext(db, actor))
            window.show()
            qt_app.processEvents()
            for name, step in _steps(window):
                try:
                    print(f"ok    {name}: {step()}")
                except Exception:
                    failures += 1
                    print(f"FAIL  {name}", file=sys.stderr)
                    traceback.print_exc()
                qt_app.processEvents()
            window.close()
        for text in shown:
            failures += 1
            print(f"FAIL  a message was shown: {text}", file=sys.stderr)
    finally:
        db.dispose()
    return failures


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="helix-self-test-"))
    os.environ.setdefault("HELIX_DATA_DIR", str(folder))
    try:
        with _offscreen_notes_dropped():
            failures = _run(folder)
    except Exception:
        failures = 1
        print("FAIL  setting up the self-test", file=sys.stderr)
        traceback.print_exc()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print("self-test passed" if not failures else f"self-test failed: {failures} problem(s)")
    return 1 if failures else 0
