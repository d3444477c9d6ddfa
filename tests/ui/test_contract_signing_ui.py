"""The contract's Signature tab: issue for signature, wet-ink and digital signatures through the
dialogs (refusals keep the dialog open with the message), the voided PDF after a change, saving
the PDF, and Verify a file…"""

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog

from app.db import Database
from app.models import Role
from app.services import contract_issue, contracts
from app.services.uow import Actor
from app.ui.context import AppContext
from app.ui.contracts.signing import SigningPanel
from app.ui.contracts.signing_dialogs import DigitalSignDialog, WetInkDialog
from tests.services.contract_samples import make_p12
from tests.services.test_contract_issue import approved


@pytest.fixture
def panel(qtbot: Any, ctx: AppContext, sqlite_db: Database) -> SigningPanel:
    made = SigningPanel(ctx)
    qtbot.addWidget(made)
    detail = approved(sqlite_db)

    def reload() -> None:
        made.show_contract(ctx.read(contracts.get_contract, detail.id))

    made.changed.connect(reload)
    made.show_contract(detail)
    return made


def answer(monkeypatch: pytest.MonkeyPatch, cls: type, fill: Callable[[Any], None]) -> list[Any]:
    """Replace the dialog's exec: fill it in, press OK, and say whether it closed accepted."""
    seen: list[Any] = []

    def exec_(dialog: QDialog) -> int:
        fill(dialog)
        dialog._ok()
        seen.append(dialog)
        return int(dialog.result() == QDialog.DialogCode.Accepted)

    monkeypatch.setattr(cls, "exec", exec_)
    return seen


def test_issue_then_the_parties_wait(panel: SigningPanel) -> None:
    assert panel.issue_button.isVisibleTo(panel) and "Approved" in panel.summary.text()
    panel.issue_button.click()
    assert panel.detail is not None and panel.detail.status == "awaiting_signature"
    assert panel.issue is not None and "SHA-256 " + panel.issue.sha256 in panel.summary.text()
    assert panel.table.rowCount() == 3
    assert [panel.table.item(r, 2).text() for r in range(3)] == ["Waiting"] * 3
    assert not panel.issue_button.isVisibleTo(panel)
    assert panel.wet_button.isEnabled() and panel.digital_button.isEnabled()


def test_a_wet_ink_signature_with_its_scan(
    panel: SigningPanel, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    panel.issue_button.click()
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    wrong = tmp_path / "scan.docx"
    wrong.write_bytes(b"x")

    def fill_wrong(dialog: WetInkDialog) -> None:
        dialog.scan.setText(str(wrong))

    dialogs = answer(monkeypatch, WetInkDialog, fill_wrong)
    panel.wet_button.click()
    refused = dialogs[0]
    assert refused.result() != QDialog.DialogCode.Accepted
    assert "PDF, PNG, JPEG or TIFF" in refused.errors["scan"].text()
    assert refused.name.text() == "王建国"  # what was typed is kept

    def fill(dialog: WetInkDialog) -> None:
        dialog.scan.setText(str(scan))

    answer(monkeypatch, WetInkDialog, fill)
    panel.wet_button.click()
    assert panel.table.item(0, 2).text().startswith("Signed in ink")
    assert panel.table.currentRow() == 1  # the next party still to sign is chosen
    panel.table.selectRow(0)
    assert panel.scan_button.isEnabled() and not panel.wet_button.isEnabled()
    opened: list[Path] = []
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        staticmethod(lambda url: opened.append(Path(url.toLocalFile()))),
    )
    panel.scan_button.click()
    assert opened and opened[0].read_bytes() == b"%PDF-1.4 scan"
    assert opened[0].name.endswith("-1-scan.pdf")


def test_digital_signatures_in_turn_sign_the_contract(
    panel: SigningPanel, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, messages: list[str]
) -> None:
    panel.issue_button.click()
    keys = [make_p12(tmp_path, n, b"pw") for n in ("王建国", "Li Ming", "赵敏")]

    def wrong_password(dialog: DigitalSignDialog) -> None:
        dialog.p12.setText(str(keys[0][0]))
        dialog.password.setText("nope")

    dialogs = answer(monkeypatch, DigitalSignDialog, wrong_password)
    panel.digital_button.click()
    assert "password is wrong" in dialogs[0].banner.text()
    assert dialogs[0].password.text() == ""  # never kept
    for position in range(3):
        p12 = keys[position][0]

        def fill(dialog: DigitalSignDialog, p12: Path = p12) -> None:
            dialog.p12.setText(str(p12))
            dialog.password.setText("pw")

        answer(monkeypatch, DigitalSignDialog, fill)
        panel.table.selectRow(position)
        panel.digital_button.click()
    assert panel.detail is not None and panel.detail.status == "in_execution"
    assert "Every party has signed" in panel.summary.text()

    saved = tmp_path / "signed.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(saved), ""))
    )
    panel.save_button.click()
    assert saved.read_bytes() == panel.ctx.read(contract_issue.issued_pdf, panel.detail.id)
    if shutil.which("pdfsig"):
        out = subprocess.run(["pdfsig", str(saved)], capture_output=True, text=True).stdout
        assert out.count("Signature is Valid") == 3

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(saved), ""))
    )
    panel.verify_button.click()
    assert "signatures are in order" in messages[-1]
    data = bytearray(saved.read_bytes())
    data[data.index(b"stream", 2000) + 30] ^= 0x01
    saved.write_bytes(bytes(data))
    panel.verify_button.click()
    assert messages[-1].startswith("This file is NOT in order")


def test_a_change_voids_the_issued_pdf(panel: SigningPanel, ctx: AppContext) -> None:
    panel.issue_button.click()
    assert panel.detail is not None
    current = ctx.read(contracts.get_contract, panel.detail.id)
    ctx.write(contracts.update_contract, current.id, current.version, current.data, ctx.actor)
    panel.show_contract(ctx.read(contracts.get_contract, current.id))
    assert panel.issue is None and panel.table.rowCount() == 0
    assert panel.earlier.isVisibleTo(panel) and "Voided" in panel.earlier.text()
    assert "DRAFT" in panel.summary.text()


def test_a_viewer_cannot_issue_or_sign(sqlite_db: Database, qtbot: Any) -> None:
    viewer = SigningPanel(AppContext(sqlite_db, Actor("viewer-li", Role.VIEWER)))
    qtbot.addWidget(viewer)
    viewer.show_contract(approved(sqlite_db))
    assert not viewer.issue_button.isVisibleTo(viewer)
    assert viewer.preview_button.isEnabled()
