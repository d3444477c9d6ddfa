"""The catalogue's pages, laid out with reportlab platypus on A4: a title page, the contents with
page numbers (TableOfContents; two passes of multiBuild, the first of which only measures), then
each sector with its demands and supplies (the blocks are in catalogue_blocks). The bundled CJK
font is embedded; paragraphs break lines the CJK way (wordWrap="CJK", which keeps Latin words
whole). Headers carry the event and the sector, footers the title and "page N of M"."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache, partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from app.services import catalogue_text as words
from app.services.catalogue import CatalogueOptions, CatalogueSection, Progress
from app.services.catalogue_blocks import (
    FRAME_WIDTH,
    GREY,
    GREY_HEX,
    INK,
    KIND_COLOURS,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    NAVY,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    Heading,
    ListingBlock,
    listing_parts,
)
from app.services.pdf_fonts import pdf_font

# -- styles -------------------------------------------------------------------------------------


def _style(name: str, size: float, leading: float, colour: Color = INK, **extra: Any) -> Any:
    return ParagraphStyle(
        name,
        fontName=pdf_font(),
        fontSize=size,
        leading=leading,
        textColor=colour,
        wordWrap="CJK",
        **extra,
    )


@dataclass(frozen=True)
class _Styles:
    cover_title: Any
    cover_event: Any
    cover_meta: Any
    cover_number: Any
    cover_unit: Any
    note_heading: Any
    note: Any
    contents: Any
    toc_sector: Any
    sector: Any
    kind: Any


@cache
def _styles() -> _Styles:
    return _Styles(
        cover_title=_style("cover-title", 28, 36, NAVY),
        cover_event=_style("cover-event", 16, 22, spaceBefore=10),
        cover_meta=_style("cover-meta", 11, 16, GREY, spaceBefore=6),
        cover_number=_style("cover-number", 24, 28, NAVY),
        cover_unit=_style("cover-unit", 9.5, 12, GREY),
        note_heading=_style("note-heading", 11, 15, NAVY, spaceAfter=3),
        note=_style("note", 10, 15),
        contents=_style("contents", 18, 24, NAVY, spaceAfter=12),
        toc_sector=_style("toc-sector", 10.5, 14, INK, spaceBefore=5, rightIndent=30),
        sector=_style("sector", 12.5, 16, white),
        kind=_style("kind", 10.5, 14, NAVY),
    )


def _text(value: str) -> str:
    """Text as a paragraph holds it: markup characters escaped."""
    return escape(value)


# -- the document -------------------------------------------------------------------------------


class _NumberedCanvas(Canvas):
    """Holds the pages back until the end, to write "page N of M" once M is known."""

    def __init__(self, *args: Any, page_format: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_format = page_format
        self._held: list[dict[str, Any]] = []
        self.numbered = False

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            if self.numbered:
                self.setFont(pdf_font(), 8)
                self.setFillColor(GREY)
                self.drawRightString(
                    PAGE_WIDTH - MARGIN_X,
                    MARGIN_BOTTOM - 10 * mm,
                    self._page_format.format(page=self._pageNumber, pages=total),
                )
            super().showPage()
        super().save()


class _CatalogueDoc(BaseDocTemplate):
    def __init__(self, file: Path, options: CatalogueOptions, listings: int, progress: Progress):
        super().__init__(
            str(file),
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=options.title,
            author=options.office or "Helix",
            subject=options.event,
            creator="Helix",
            lang="zh-CN" if options.language == "zh" else "en",
            initialFontName=pdf_font(),
            pageCompression=1,
        )
        self.options, self.listings, self.progress = options, listings, progress
        self.passes = 0
        self.sector_now = ""
        self.page_sector: str | None = None
        self.running_title = words.label(options.language, "contents")
        body = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            FRAME_WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
        )
        cover = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, PAGE_HEIGHT - 75 * mm, id="cover")
        self.addPageTemplates(
            [
                PageTemplate("cover", [cover], onPage=self._cover_page),
                PageTemplate("pages", [body], onPage=self._page_begins, onPageEnd=self._page_ends),
            ]
        )
        self.setProgressCallBack(self._on_progress)

    def beforeDocument(self) -> None:
        """Each pass of multiBuild starts afresh. The first pass cannot be the last (its contents
        have no page numbers yet), so its listings are laid out but not drawn."""
        self.sector_now = ""
        self.page_sector = None
        self.canv.final = self.passes >= 2

    def _on_progress(self, kind: str, value: int) -> None:
        if kind == "PASS":
            self.passes = value

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            if flowable.level == 0:
                self.sector_now = flowable.sector
            if self.page_sector is None:
                self.page_sector = self.sector_now
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(flowable.text, flowable.key, level=flowable.level)
            if flowable.contents:
                self.notify("TOCEntry", (0, flowable.contents, self.page, flowable.key))
        elif isinstance(flowable, ListingBlock):
            if self.page_sector is None:
                self.page_sector = self.sector_now
            done = min(2 * self.listings, (self.passes - 1) * self.listings + flowable.index + 1)
            self.progress(done, 2 * self.listings, flowable.reference)

    def _cover_page(self, canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(NAVY)
        canvas.rect(0, PAGE_HEIGHT - 52 * mm, PAGE_WIDTH, 52 * mm, stroke=0, fill=1)
        canvas.setFillColor(HexColor("#c8d3e0"))
        canvas.rect(0, PAGE_HEIGHT - 55 * mm, PAGE_WIDTH, 3 * mm, stroke=0, fill=1)
        canvas.setFillColor(white)
        canvas.setFont(pdf_font(), 13)
        if self.options.office:
            canvas.drawString(MARGIN_X, PAGE_HEIGHT - 40 * mm, _fitted(self.options.office, 13))
        canvas.setFillColor(KIND_COLOURS["demand"][1])
        canvas.rect(0, 0, PAGE_WIDTH, 6 * mm, stroke=0, fill=1)
        canvas.restoreState()
        canvas.numbered = False

    def _page_begins(self, canvas: Canvas, doc: Any) -> None:
        self.page_sector = None
        canvas.numbered = True

    def _page_ends(self, canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(pdf_font(), 8)
        canvas.setFillColor(GREY)
        top = PAGE_HEIGHT - MARGIN_TOP + 6 * mm
        left = self.options.event or self.options.office
        right = self.page_sector if self.page_sector is not None else self.sector_now
        right = right or self.running_title
        if left:
            canvas.drawString(MARGIN_X, top, _fitted(left, 8, FRAME_WIDTH * 0.45))
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top, _fitted(right, 8, FRAME_WIDTH * 0.5))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 2.5 * mm, PAGE_WIDTH - MARGIN_X, top - 2.5 * mm)
        bottom = MARGIN_BOTTOM - 10 * mm
        canvas.line(MARGIN_X, bottom + 4 * mm, PAGE_WIDTH - MARGIN_X, bottom + 4 * mm)
        canvas.drawString(MARGIN_X, bottom, _fitted(self.options.title, 8, FRAME_WIDTH * 0.7))
        canvas.restoreState()


def _fitted(text: str, size: float, width: float = FRAME_WIDTH) -> str:
    """The text cut with "…" to fit the width on one line (headers, footers)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, pdf_font(), size) <= width:
        return text
    while text and stringWidth(text + "…", pdf_font(), size) > width:
        text = text[:-1]
    return text + "…"


# -- the story ----------------------------------------------------------------------------------


def _cover(
    options: CatalogueOptions, sections: list[CatalogueSection], printed: date, st: _Styles
) -> list[Flowable]:
    lang = options.language
    demands = sum(len(s.demands) for s in sections)
    supplies = sum(len(s.supplies) for s in sections)
    story: list[Flowable] = [Spacer(1, 8 * mm), Paragraph(_text(options.title), st.cover_title)]
    if options.event:
        story.append(Paragraph(_text(options.event), st.cover_event))
    story.append(
        Paragraph(
            _text(words.label(lang, "printed", date=words.long_date(printed, lang))), st.cover_meta
        )
    )
    figures = [
        (demands + supplies, "listings"),
        (demands, "demands_short"),
        (supplies, "supplies_short"),
        (len(sections), "sectors_short"),
    ]
    numbers = [[Paragraph(f"{n:,}", st.cover_number) for n, _ in figures]]
    units = [[Paragraph(_text(words.label(lang, key)), st.cover_unit) for _, key in figures]]
    table = Table(numbers + units, colWidths=[FRAME_WIDTH / 4] * 4)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), pdf_font(), 10),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, NAVY),
                ("TOPPADDING", (0, 0), (-1, 0), 10),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    example = _first_reference(sections)
    office = options.office or words.label(lang, "the_office")
    note = Table(
        [
            [Paragraph(_text(words.label(lang, "how_to")), st.note_heading)],
            [
                Paragraph(
                    _text(words.label(lang, "quote", reference=example, office=office)), st.note
                )
            ],
        ],
        colWidths=[FRAME_WIDTH],
    )
    note.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), pdf_font(), 10),
                ("BACKGROUND", (0, 0), (-1, -1), HexColor("#eef2f6")),
                ("LEFTPADDING", (0, 0), (-1, -1), 12),
                ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                ("TOPPADDING", (0, 0), (-1, 0), 10),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 12),
            ]
        )
    )
    story += [Spacer(1, 22 * mm), table, Spacer(1, 18 * mm), note]
    return story


def _first_reference(sections: list[CatalogueSection]) -> str:
    for section in sections:
        for entry in (*section.demands, *section.supplies):
            return entry.reference
    return "D-2026-0001"


def _section_story(section: CatalogueSection, lang: str, st: _Styles, start: int) -> list[Flowable]:
    key = _key(section)
    text = f"{section.label}  ({section.count})"
    story: list[Flowable] = [
        Heading(
            0,
            text,
            key,
            Paragraph(_text(text), st.sector),
            NAVY,
            section.label,
            _contents_entry(section, lang),
        )
    ]
    index = start
    for kind, entries, heading in (
        ("demand", section.demands, "demands"),
        ("supply", section.supplies, "supplies"),
    ):
        if not entries:
            continue
        ink = KIND_COLOURS[kind][1]
        title = f"{words.label(lang, heading)}  ({len(entries)})"
        style = ParagraphStyle(f"kind-{kind}", parent=st.kind, textColor=ink)
        story.append(
            Heading(1, title, f"{key}-{kind}", Paragraph(_text(title), style), ink, section.label)
        )
        for entry in entries:
            story.append(
                ListingBlock(
                    index, entry, words.label(lang, kind), listing_parts(entry, lang, section.code)
                )
            )
            index += 1
    return story


def _key(section: CatalogueSection) -> str:
    return f"sector-{section.code or 'other'}"


def _contents_entry(section: CatalogueSection, lang: str) -> str:
    counts = words.counts(lang, len(section.demands), len(section.supplies))
    return f'{_text(section.label)}&nbsp;&nbsp;<font size="8" color="{GREY_HEX}">{counts}</font>'


def _expected_contents(sections: list[CatalogueSection], lang: str) -> list[tuple[Any, ...]]:
    """The contents' entries before their page numbers are known: the first pass then already
    has the contents at their final length, so two passes are enough."""
    return [(0, _contents_entry(s, lang), 0, _key(s)) for s in sections]


def build_catalogue(
    file: Path,
    sections: list[CatalogueSection],
    options: CatalogueOptions,
    printed: date,
    progress: Progress | None = None,
) -> int:
    """Lay the catalogue out into `file`; returns the number of pages."""
    st = _styles()
    lang = options.language
    listings = sum(s.count for s in sections)
    contents = TableOfContents(
        levelStyles=[st.toc_sector],
        dotsMinLevel=0,
        rightColumnWidth=30,
        tableStyle=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), pdf_font(), 10),  # else Table names Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    contents.addEntries(_expected_contents(sections, lang))
    story: list[Flowable] = _cover(options, sections, printed, st)
    story += [
        NextPageTemplate("pages"),
        PageBreak(),
        Paragraph(_text(words.label(lang, "contents")), st.contents),
        contents,
        PageBreak(),
    ]
    index = 0
    for section in sections:
        story += _section_story(section, lang, st, index)
        index += section.count
    report: Callable[[int, int, str], None] = progress or (lambda done, total, text: None)
    doc = _CatalogueDoc(file, options, listings, report)
    doc.multiBuild(
        story,
        canvasmaker=partial(_NumberedCanvas, page_format=words.label(lang, "page_of")),
    )
    return int(doc.page)
