"""The PDF preview: it shows every page of a PDF (Chinese text too), moves between pages and zoom
modes, saves the exact bytes, prints the chosen pages and copies (here to a PDF file, read back
with pdfinfo or QtPdf), and says so in the window when the bytes are not a PDF."""

import io
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QPageRanges
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QProgressDialog
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from app.services.contract_pdf import render_contract_pdf
from app.services.contract_signing import sign_pdf
from app.services.pdf_fonts import pdf_font
from app.ui.pdf_preview import PdfPreviewDialog, PrintSetup
from tests.services.contract_samples import make_p12, zh_contract


@pytest.fixture(scope="module")
def pdf_bytes() -> bytes:
    """Three A4 pages, the second in Chinese, each with a large dark block to find in print."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    texts = (
        "Page one: technology licence",
        "第二页：技术转让合同 甲方 乙方",
        "Page three: payments",
    )
    for text in texts:
        page.setFont(pdf_font(), 18)
        page.drawString(72, 760, text)
        page.rect(72, 300, 300, 300, fill=1)
        page.showPage()
    page.save()
    return out.getvalue()


@pytest.fixture
def preview(qtbot: Any, pdf_bytes: bytes) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(pdf_bytes, "HX-2026-000123", "HX-2026-000123.pdf")
    qtbot.addWidget(dialog)
    dialog.resize(600, 800)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def page_count(path: Path) -> int:
    """Pages of a written PDF: poppler's pdfinfo when installed, else QtPdf."""
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
        match = re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
        assert match, info.stdout
        return int(match.group(1))
    return read_back(path).pageCount()


def read_back(path: Path) -> QPdfDocument:
    document = QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(path.read_bytes()))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    assert document.status() == QPdfDocument.Status.Ready
    return document


def dark_pixels(document: QPdfDocument, page: int) -> int:
    image = document.render(page, QSize(105, 148))
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if QColor(image.pixel(x, y)).lightness() < 60
    )


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_the_preview_shows_every_page(preview: PdfPreviewDialog) -> None:
    assert preview.page_count() == 3
    assert preview.page_text() == "Page 1 of 3"
    assert preview.stack.currentWidget() is preview.view
    assert preview.print_action.isEnabled()
    assert not preview.previous_action.isEnabled()
    assert preview.next_action.isEnabled()
    assert not preview.signed_note.isVisible()  # not a signed PDF


def test_next_previous_and_the_page_box_move_through_the_document(
    qtbot: Any, preview: PdfPreviewDialog
) -> None:
    preview.next_page()
    assert preview.current_page() == 1
    assert preview.page_text() == "Page 2 of 3"
    preview.page_spin.setValue(3)
    assert preview.current_page() == 2
    assert not preview.next_action.isEnabled()
    preview.previous_page()
    assert preview.current_page() == 1
    second_page_at = preview.view.verticalScrollBar().value()
    assert second_page_at > 0
    preview.go_to_page(0)
    assert preview.view.verticalScrollBar().value() <= preview.view.documentMargins().top()
    assert preview.page_text() == "Page 1 of 3"


def test_zoom_starts_at_fit_width_and_changes_mode(preview: PdfPreviewDialog) -> None:
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert preview.fit_width_action.isChecked()
    width_zoom = preview.effective_zoom()
    preview.fit_page()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitInView
    assert preview.fit_page_action.isChecked() and not preview.fit_width_action.isChecked()
    page_zoom = preview.effective_zoom()
    assert page_zoom < width_zoom  # a whole A4 page in a 600×800 window is smaller
    preview.zoom_in()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert preview.view.zoomFactor() == pytest.approx(page_zoom * 1.25)
    assert preview.zoom_label.text() == f"{round(page_zoom * 125)} %"
    preview.zoom_out()
    preview.zoom_out()
    assert preview.view.zoomFactor() == pytest.approx(page_zoom / 1.25)
    preview.fit_width()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_zoom_keeps_the_page_being_read(preview: PdfPreviewDialog) -> None:
    preview.go_to_page(1)
    preview.zoom_in()
    assert preview.current_page() == 1


def test_keyboard_zooms_and_escape_closes(qtbot: Any, preview: PdfPreviewDialog) -> None:
    preview.activateWindow()
    qtbot.keyClick(preview, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    assert not preview.isVisible()


def test_save_as_writes_the_exact_bytes(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, preview: PdfPreviewDialog, pdf_bytes: bytes
) -> None:
    asked: list[str] = []
    target = tmp_path / "contract"  # no suffix typed: ".pdf" is added

    def choose(parent: Any, caption: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    (tmp_path / "contract.pdf").write_bytes(b"an older file")
    saved = preview.save_as()
    assert saved == tmp_path / "contract.pdf"
    assert saved.read_bytes() == pdf_bytes
    assert Path(asked[0]).name == "HX-2026-000123.pdf"
    assert [p.name for p in tmp_path.iterdir()] == ["contract.pdf"]  # no temporary file left
    assert str(saved) in preview.status_label.text()


def test_save_as_into_a_missing_folder_says_so(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, preview: PdfPreviewDialog, messages: list
) -> None:
    target = tmp_path / "gone" / "contract.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(target), "PDF files (*.pdf)")
    )
    assert preview.save_as() is None
    assert len(messages) == 1
    assert str(target) in messages[0] and "Choose another folder" in messages[0]
    assert "Traceback" not in messages[0]


def test_save_as_cancelled_writes_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, preview: PdfPreviewDialog
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert preview.save_as() is None
    assert preview.status_label.text() == ""


def test_printing_to_a_pdf_file_prints_every_page(
    tmp_path: Path, preview: PdfPreviewDialog
) -> None:
    out = tmp_path / "printed.pdf"
    assert preview.print_to(pdf_printer(out), 1, 3)
    assert page_count(out) == 3
    printed = read_back(out)
    assert all(dark_pixels(printed, page) > 100 for page in range(3))  # pages, not blanks


def test_printing_a_page_range_and_copies(tmp_path: Path, preview: PdfPreviewDialog) -> None:
    out = tmp_path / "range.pdf"
    assert preview.print_to(pdf_printer(out), 2, 3)
    assert page_count(out) == 2
    copies = tmp_path / "copies.pdf"
    printer = pdf_printer(copies)
    printer.setCopyCount(2)  # a PDF file cannot make copies itself: Helix repeats the pages
    assert preview.print_to(printer, 1, 1)
    assert page_count(copies) == 2


def test_the_print_dialogs_choice_of_pages_is_kept(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, preview: PdfPreviewDialog
) -> None:
    out = tmp_path / "chosen.pdf"

    def choose(cls: Any, parent: Any, printer: QPrinter, pages: int) -> bool:
        assert pages == 3
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setPageRanges(QPageRanges.fromString("1,3"))
        return True

    monkeypatch.setattr(PrintSetup, "ask", classmethod(choose))
    preview.print_document()
    assert page_count(out) == 2

    current = QPrinter()
    current.setPrintRange(QPrinter.PrintRange.CurrentPage)
    preview.go_to_page(2)
    assert preview.pages_to_print(current) == [2]
    assert preview.pages_to_print(QPrinter()) == [0, 1, 2]


def test_print_dialog_cancelled_prints_nothing(
    monkeypatch: pytest.MonkeyPatch, preview: PdfPreviewDialog
) -> None:
    painted: list[int] = []
    monkeypatch.setattr(PrintSetup, "ask", classmethod(lambda cls, *args: False))
    monkeypatch.setattr(PdfPreviewDialog, "_paint_page", lambda self, *a: painted.append(1))
    preview.print_document()
    assert painted == []


def test_cancel_in_the_progress_window_stops_printing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, preview: PdfPreviewDialog
) -> None:
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    out = tmp_path / "cancelled.pdf"
    assert not preview.print_to(pdf_printer(out))
    assert not out.exists()  # no half-printed file left behind
    assert not preview.printing


def test_a_printer_that_cannot_start_gives_a_plain_message(
    tmp_path: Path, preview: PdfPreviewDialog, messages: list
) -> None:
    printer = pdf_printer(tmp_path / "no-such-folder" / "out.pdf")
    assert not preview.print_to(printer)
    assert len(messages) == 1 and "could not print" in messages[0]


def test_bytes_that_are_not_a_pdf_show_a_message_in_the_window(qtbot: Any) -> None:
    dialog = PdfPreviewDialog(b"<html>not a pdf</html>", "Broken", "broken.pdf")
    qtbot.addWidget(dialog)
    assert dialog.stack.currentWidget() is dialog.error_label
    assert "not a valid PDF" in dialog.error_label.text()
    assert dialog.page_count() == 0
    assert not dialog.print_action.isEnabled()
    assert dialog.save_action.isEnabled()  # the clerk may still keep the file for another reader


def test_a_signed_pdf_is_shown_with_its_stamps_and_saved_unchanged(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rendered = render_contract_pdf(zh_contract(clauses=2, paragraphs=1), tmp_path / "c.pdf")
    p12, _ = make_p12(tmp_path, "王建国", b"pw")
    box = rendered.boxes[0]
    signed = tmp_path / "signed.pdf"
    sign_pdf(tmp_path / "c.pdf", signed, p12, b"pw", box.field_name, box.box, box.page,
             signer_name="王建国")  # fmt: skip
    dialog = PdfPreviewDialog(signed.read_bytes(), "Signed", "signed.pdf")
    qtbot.addWidget(dialog)
    assert dialog.loaded() and dialog.stamps_drawn
    assert dialog.signed_note.isHidden()
    plain = QPdfDocument()
    plain.load(str(signed))

    def ink(document: QPdfDocument) -> int:  # dark pixels inside the signature's box
        image = document.render(box.page - 1, QSize(595, 842))
        x1, y1, x2, y2 = box.box
        colours = (
            QColor.fromRgba(image.pixel(x, 842 - y))
            for x in range(int(x1) + 4, int(x2) - 4, 2)
            for y in range(int(y1) + 4, int(y2) - 4, 2)
        )
        return sum(c.alpha() > 128 and c.lightness() < 160 for c in colours)

    assert ink(plain) == 0 and ink(dialog.document) > 20  # QtPdf alone leaves the box empty
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    dialog.save_as()
    assert target.read_bytes() == signed.read_bytes()  # the signed file, never the drawn copy


def test_when_stamps_cannot_be_drawn_the_preview_says_so(
    qtbot: Any, pdf_bytes: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_data: bytes) -> bytes:
        raise ValueError("unreadable signature widget")

    monkeypatch.setattr("app.ui.pdf_preview.with_signatures_drawn", broken)
    signed = pdf_bytes + b"\n% /ByteRange [0 0 0 0]\n"  # what a signature dictionary carries
    dialog = PdfPreviewDialog(signed, "Signed", "signed.pdf")
    qtbot.addWidget(dialog)
    assert dialog.loaded() and not dialog.stamps_drawn
    assert not dialog.signed_note.isHidden()
