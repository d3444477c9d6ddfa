"""The contract as a PDF a legal office prints: reportlab platypus on A4 with the bundled CJK font
embedded. Title and number at the top, the parties table, numbered clauses ("第一条" in Chinese,
"1." in English), the payment schedule, then a signature and seal block for every party, kept
together on one page. Every page has the contract number and title in the header, and in the
footer the start of the content SHA-256 (see contract_document) and "page N of M".

Each party's block reserves a rectangle for a visible digital signature; the render records
where it landed (page, PDF points) so contract_signing can place that party's signature in it."""

import dataclasses
import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.errors import DomainError
from app.services.contract_document import (
    ContractDocument,
    ContractParty,
    Language,
    content_sha256,
)
from app.services.pdf_fonts import pdf_font

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
INK = HexColor("#1a1a1a")
NAVY = HexColor("#1f3a5f")
GREY = HexColor("#666666")
RULE = HexColor("#999999")
SHADE = HexColor("#eeeeee")
WATERMARK = HexColor("#b00020")
SIGNATURE_SIZE = (72 * mm, 20 * mm)
SEAL_SIZE = 42 * mm

_LABELS: dict[Language, dict[str, str]] = {
    "en": {
        "number": "Contract No.",
        "parties": "The parties",
        "address": "Address",
        "registration": "Registration code",
        "signatory": "Signatory",
        "value": "Contract value",
        "place": "Place of signing",
        "date": "Date of signing",
        "schedule": "Payment schedule",
        "no": "No.",
        "milestone": "Milestone",
        "due": "Due date",
        "amount": "Amount",
        "currency": "Currency",
        "total": "Total",
        "signatures": "Signatures",
        "signatures_note": "In witness whereof the parties have signed this contract.",
        "sign_here": "Signature of the authorised signatory",
        "name_title": "Name and title",
        "sign_date": "Date",
        "seal": "Seal / 盖章",
        "page_of": "page {page} of {pages}",
        "draft": "DRAFT · NOT FOR SIGNATURE",
        "void": "VOID",
        "hash": "Content SHA-256 {hash}",
    },
    "zh": {
        "number": "合同编号",
        "parties": "合同当事人",
        "address": "地址",
        "registration": "统一社会信用代码",
        "signatory": "代表人",
        "value": "合同金额",
        "place": "签订地点",
        "date": "签订日期",
        "schedule": "付款计划",
        "no": "序号",
        "milestone": "付款节点",
        "due": "应付日期",
        "amount": "金额",
        "currency": "币种",
        "total": "合计",
        "signatures": "签署",
        "signatures_note": "各方确认已阅读并同意本合同全部条款，签字盖章如下。",
        "sign_here": "授权代表签字",
        "name_title": "姓名及职务",
        "sign_date": "日期",
        "seal": "Seal / 盖章",
        "page_of": "第 {page} 页，共 {pages} 页",
        "draft": "草稿 · 不作签署用",
        "void": "已作废",
        "hash": "内容 SHA-256 {hash}",
    },
}

_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (clause numbers up to 999)."""
    if not 0 < n < 1000:
        return str(n)
    hundreds, tens, ones = n // 100, n // 10 % 10, n % 10
    text = ""
    if hundreds:
        text += _DIGITS[hundreds] + "百"
        if tens == 0 and ones:
            return text + "零" + _DIGITS[ones]
    if tens:
        text += ("" if tens == 1 and not hundreds else _DIGITS[tens]) + "十"
    if ones:
        text += _DIGITS[ones]
    return text


def clause_label(language: Language, n: int) -> str:
    return f"第{chinese_number(n)}条" if language == "zh" else f"{n}."


def _money(amount: Decimal) -> str:
    return f"{amount:,.2f}"


def _date(language: Language, value: date | None) -> str:
    if value is None:
        return ""
    return f"{value.year}年{value.month}月{value.day}日" if language == "zh" else value.isoformat()


def _name_title(language: Language, party: ContractParty) -> str:
    parts = [v for v in (party.signatory_name, party.signatory_title) if v]
    return ("，" if language == "zh" else ", ").join(parts)


_CURLY = {"“": '"', "”": '"', "‘": "'", "’": "'"}
_CJK_CHAR = re.compile("[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")


def latin_quotes(text: str) -> str:
    """The bundled font draws “ ” ‘ ’ full-width, as Chinese typesetting wants them. In an
    English contract the quotes around Latin words (“Licensee”, the Client’s) become straight
    ones; a quote whose inner side is Chinese (“天敌”) stays as it is."""
    out = []
    for i, ch in enumerate(text):
        if ch in _CURLY:
            opening = ch in "“‘"
            inner = text[i + 1 : i + 2] if opening else text[i - 1 : i]
            if not _CJK_CHAR.match(inner):
                ch = _CURLY[ch]
        out.append(ch)
    return "".join(out)


def _straightened(value: Any) -> Any:
    """`value` (the document, its parts, their texts) with latin_quotes applied to every text."""
    if isinstance(value, str):
        return latin_quotes(value)
    if isinstance(value, tuple):
        return tuple(_straightened(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _straightened(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br/>")


@dataclass(frozen=True)
class SignatureBox:
    """Where a party's visible signature goes: page (1 = first) and (x1, y1, x2, y2) in PDF
    points from the page's lower left corner. `field_name` is the signature field to create."""

    party_index: int
    page: int
    box: tuple[int, int, int, int]

    @property
    def field_name(self) -> str:
        return f"Signature{self.party_index + 1}"


@dataclass(frozen=True)
class RenderedContract:
    sha256: str  # of the written file (what the issued record stores)
    content_sha256: str  # of the document's content (what the footer shows the start of)
    pages: int
    boxes: tuple[SignatureBox, ...]


# -- flowables ----------------------------------------------------------------------------------


class _SignatureArea(Flowable):
    """The space a signatory signs in (a line to sign on); notes where it was drawn."""

    def __init__(self, party_index: int, found: dict[int, SignatureBox]) -> None:
        super().__init__()
        self.party_index, self.found = party_index, found
        self.width, self.height = SIGNATURE_SIZE

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas: Any = self.canv
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(0, 2, self.width, 2)
        x1, y1 = canvas.absolutePosition(0, 0)
        x2, y2 = canvas.absolutePosition(self.width, self.height)
        box = (round(x1), round(y1), round(x2), round(y2))
        page = canvas.getPageNumber()
        self.found[self.party_index] = SignatureBox(self.party_index, page, box)


class _SealBox(Flowable):
    """An empty square for the company seal, its label faint in the corner."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label
        self.width = self.height = SEAL_SIZE

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas: Any = self.canv
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.setDash(2, 2)
        canvas.rect(0, 0, self.width, self.height)
        canvas.setDash()
        canvas.setFont(pdf_font(), 8)
        canvas.setFillColor(GREY)
        canvas.drawCentredString(self.width / 2, self.height / 2 - 3, self.label)


# -- the document -------------------------------------------------------------------------------


class _NumberedCanvas(Canvas):
    """Holds the pages back until the end, to write the header and "page N of M" once M is
    known."""

    def __init__(
        self,
        *args: Any,
        header: tuple[str, str],
        footer: tuple[str, str],
        watermark: str = "",
        **kw: Any,
    ):
        super().__init__(*args, **kw)
        self._header, self._footer, self._watermark = header, footer, watermark
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        font = pdf_font()
        for state in self._held:
            self.__dict__.update(state)
            if self._watermark:
                self._draw_watermark(font)
            self.setFont(font, 8)
            self.setFillColor(GREY)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            top = PAGE_HEIGHT - MARGIN_TOP + 6 * mm
            self.drawString(MARGIN_X, top + 2, self._header[0])
            self.drawRightString(PAGE_WIDTH - MARGIN_X, top + 2, self._header[1])
            self.line(MARGIN_X, top, PAGE_WIDTH - MARGIN_X, top)
            bottom = MARGIN_BOTTOM - 8 * mm
            self.line(MARGIN_X, bottom + 9, PAGE_WIDTH - MARGIN_X, bottom + 9)
            self.drawString(MARGIN_X, bottom, self._footer[0])
            self.drawRightString(
                PAGE_WIDTH - MARGIN_X,
                bottom,
                self._footer[1].format(page=self._pageNumber, pages=total),
            )
            super().showPage()
        super().save()

    def _draw_watermark(self, font: str) -> None:
        """Across the page, light: a draft printed for discussion is never mistaken for the
        copy issued for signature."""
        self.saveState()
        self.setFillColor(WATERMARK)
        self.setFillAlpha(0.16)
        self.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        self.rotate(40)
        size = 64.0
        while size > 20 and self.stringWidth(self._watermark, font, size) > PAGE_HEIGHT * 0.8:
            size -= 4
        self.setFont(font, size)
        self.drawCentredString(0, -size / 3, self._watermark)
        self.restoreState()


class _Styles:
    def __init__(self, language: Language) -> None:
        font = pdf_font()
        wrap = "CJK" if language == "zh" else None

        def style(name: str, size: float, leading: float, **extra: Any) -> ParagraphStyle:
            return ParagraphStyle(
                name,
                fontName=font,
                fontSize=size,
                leading=leading,
                textColor=extra.pop("colour", INK),
                wordWrap=wrap,
                **extra,
            )

        self.title = style("title", 18, 24, alignment=TA_CENTER, spaceAfter=4)
        self.number = style("number", 10, 14, alignment=TA_CENTER, colour=GREY, spaceAfter=10)
        self.heading = style("heading", 12.5, 17, colour=NAVY, spaceBefore=10, spaceAfter=5)
        self.clause_heading = style("clause", 11, 15, colour=NAVY, spaceBefore=8, spaceAfter=3)
        indent = 21 if language == "zh" else 0  # the first line of a Chinese paragraph: 2 em
        self.body = style("body", 10.5, 16, firstLineIndent=indent, spaceAfter=3)
        self.cell = style("cell", 9.5, 13)
        self.small = style("small", 9, 12, colour=GREY)
        self.note = style("note", 10.5, 16, spaceBefore=4, spaceAfter=8)


def _table(rows: list[list[Any]], widths: list[float], header: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), pdf_font(), 9.5),  # never the default Helvetica
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    table.setStyle(TableStyle(commands))
    return table


def _parties(doc: ContractDocument, s: _Styles, words: dict[str, str]) -> list[Flowable]:
    rows: list[list[Any]] = []
    for party in doc.parties:
        lines = [f"<font size=11>{_text(party.name)}</font>"]
        for label, value in (
            (words["address"], party.address),
            (words["registration"], party.registration_code),
            (words["signatory"], _name_title(doc.language, party)),
        ):
            if value:
                sep = "：" if doc.language == "zh" else ": "
                lines.append(f"<font color='#666666'>{_text(label)}{sep}</font>{_text(value)}")
        rows.append([Paragraph(_text(party.role), s.cell), Paragraph("<br/>".join(lines), s.cell)])
    table = _table(rows, [38 * mm, FRAME_WIDTH - 38 * mm], header=False)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), SHADE)]))
    return [Paragraph(_text(words["parties"]), s.heading), table]


def _facts(doc: ContractDocument, s: _Styles, words: dict[str, str]) -> list[Flowable]:
    sep = "：" if doc.language == "zh" else ": "
    facts = [(words["value"], f"{doc.currency} {_money(doc.value)}")]
    if doc.signing_place:
        facts.append((words["place"], doc.signing_place))
    if doc.signing_date:
        facts.append((words["date"], _date(doc.language, doc.signing_date)))
    cells = [Paragraph(f"{_text(k)}{sep}{_text(v)}", s.cell) for k, v in facts]
    table = Table([cells], colWidths=[FRAME_WIDTH / len(cells)] * len(cells), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), pdf_font(), 9.5),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [Spacer(1, 4), table, Spacer(1, 4)]


def _clauses(doc: ContractDocument, s: _Styles) -> list[Flowable]:
    out: list[Flowable] = []
    gap = "　" if doc.language == "zh" else " "
    for n, clause in enumerate(doc.clauses, start=1):
        heading = f"{clause_label(doc.language, n)}{gap}{_text(clause.heading)}"
        # Every line is a paragraph of its own, so each numbered item gets the same indent.
        paragraphs = [p.strip() for p in clause.text.splitlines() if p.strip()]
        first = [Paragraph(heading, s.clause_heading)]
        if paragraphs:  # a heading never ends a page alone
            first.append(Paragraph(_text(paragraphs[0]), s.body))
        out.append(KeepTogether(first))
        out.extend(Paragraph(_text(p), s.body) for p in paragraphs[1:])
    return out


def _schedule(doc: ContractDocument, s: _Styles, words: dict[str, str]) -> list[Flowable]:
    if not doc.payments:
        return []
    head = [words[k] for k in ("no", "milestone", "due", "amount", "currency")]
    rows: list[list[Any]] = [head]
    for n, row in enumerate(doc.payments, start=1):
        rows.append(
            [
                str(n),
                Paragraph(_text(row.milestone), s.cell),
                _date(doc.language, row.due_date),
                _money(row.amount),
                row.currency,
            ]
        )
    currencies = {row.currency for row in doc.payments}
    if len(currencies) == 1:
        total = sum((row.amount for row in doc.payments), Decimal(0))
        rows.append(["", words["total"], "", _money(total), currencies.pop()])
    widths = [14 * mm, FRAME_WIDTH - 94 * mm, 30 * mm, 32 * mm, 18 * mm]
    table = _table(rows, widths)
    table.setStyle(
        TableStyle(
            [
                ("ALIGN", (3, 0), (3, -1), "RIGHT"),
                ("ALIGN", (0, 1), (0, -1), "CENTER"),
            ]
        )
    )
    return [KeepTogether([Paragraph(_text(words["schedule"]), s.heading), table])]


def _signature_blocks(
    doc: ContractDocument, s: _Styles, words: dict[str, str], found: dict[int, SignatureBox]
) -> list[Flowable]:
    sep = "：" if doc.language == "zh" else ": "
    blocks: list[Flowable] = []
    for index, party in enumerate(doc.parties):
        name_title = _name_title(doc.language, party)
        left = [
            Paragraph(f"{_text(party.role)}{sep}{_text(party.name)}", s.cell),
            Spacer(1, 4),
            Paragraph(_text(words["sign_here"]) + sep, s.small),
            _SignatureArea(index, found),
            Spacer(1, 4),
            Paragraph(f"{_text(words['name_title'])}{sep}{_text(name_title)}", s.cell),
            Spacer(1, 6),
            Paragraph(f"{_text(words['sign_date'])}{sep}" + "_" * 24, s.cell),
        ]
        table = Table(
            [[left, _SealBox(words["seal"])]],
            colWidths=[FRAME_WIDTH - SEAL_SIZE - 12 * mm, SEAL_SIZE + 12 * mm],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), pdf_font(), 9.5),
                    ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ("LEFTPADDING", (0, 0), (0, -1), 8),
                ]
            )
        )
        blocks += [table, Spacer(1, 5 * mm)]
    head = [
        Paragraph(_text(words["signatures"]), s.heading),
        Paragraph(_text(words["signatures_note"]), s.note),
    ]
    return [KeepTogether(head + blocks[:-1])]


def _story(doc: ContractDocument, found: dict[int, SignatureBox]) -> list[Flowable]:
    s = _Styles(doc.language)
    words = _LABELS[doc.language]
    sep = "：" if doc.language == "zh" else " "
    story: list[Flowable] = [
        Paragraph(_text(doc.title), s.title),
        Paragraph(f"{_text(words['number'])}{sep}{_text(doc.number)}", s.number),
    ]
    story += _parties(doc, s, words)
    story += _facts(doc, s, words)
    story += _clauses(doc, s)
    story += _schedule(doc, s, words)
    story += _signature_blocks(doc, s, words, found)
    return story


def _check(doc: ContractDocument) -> None:
    if doc.language not in _LABELS:
        raise DomainError(
            "Contracts are written in English (en) or Chinese (zh), not {language}.",
            language=doc.language,
        )
    if not doc.parties:
        raise DomainError("A contract needs at least one party before it can be printed.")


def watermark_for(language: Language, kind: str) -> str:
    """The watermark words ("draft" or "void") in the contract's language."""
    return _LABELS[language][kind]


def render_contract_pdf(
    doc: ContractDocument, path: str | os.PathLike[str], *, watermark: str = ""
) -> RenderedContract:
    """Write the contract to `path` (via a temporary file in the same folder, renamed into place,
    so a reader never sees half a file) and say its SHA-256 and where each signature goes.
    `watermark` (e.g. "DRAFT") is printed across every page of a copy not issued for signature."""
    _check(doc)
    target = Path(path)
    words = _LABELS[doc.language]
    content_hash = content_sha256(doc)  # of the contract as written
    if doc.language == "en":
        doc = _straightened(doc)
    found: dict[int, SignatureBox] = {}
    header_left = f"{words['number']}{'：' if doc.language == 'zh' else ' '}{doc.number}"
    title = doc.title if len(doc.title) <= 60 else doc.title[:59] + "…"
    maker = partial(
        _NumberedCanvas,
        header=(header_left, title),
        footer=(words["hash"].format(hash=content_hash[:16]), words["page_of"]),
        watermark=watermark,
    )
    handle, temp_name = tempfile.mkstemp(prefix=".contract-", suffix=".pdf", dir=target.parent)
    os.close(handle)
    try:
        template = BaseDocTemplate(
            temp_name,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{doc.number} {doc.title}",
            subject=f"content SHA-256 {content_hash}",
            creator="Helix",
            initialFontName=pdf_font(),  # else every page names Helvetica, a font not embedded
            lang="zh-CN" if doc.language == "zh" else "en",
        )
        frame = Frame(
            MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
        )
        template.addPageTemplates([PageTemplate("page", [frame])])
        template.build(_story(doc, found), canvasmaker=maker)
        pages = int(template.page)
        digest = hashlib.sha256(Path(temp_name).read_bytes()).hexdigest()
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    boxes = tuple(found[i] for i in sorted(found))
    return RenderedContract(digest, content_hash, pages, boxes)
