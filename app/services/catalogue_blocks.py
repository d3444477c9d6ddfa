"""The pieces of the catalogue's pages: the sector and kind headings, and a listing's block
(its reference in a tinted box, what a visitor quotes; title, summary, key facts, keywords,
other sectors and the member on the right). Listing text is set with pdf_text.TextLines."""

from typing import Any

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from app.services import catalogue_text as words
from app.services.catalogue import CatalogueEntry
from app.services.pdf_fonts import pdf_font
from app.services.pdf_text import Run, TextLines
from app.services.sectors import sector_label

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
REFERENCE_WIDTH = 30 * mm  # the left column of a listing block
GUTTER = 4 * mm
BLOCK_PAD = 6

NAVY = HexColor("#1f3a5f")
INK = HexColor("#222222")
GREY_HEX = "#666666"
GREY = HexColor(GREY_HEX)
RULE = HexColor("#cfd5dc")
KIND_COLOURS = {  # (tint behind the reference, ink of the reference and the heading)
    "demand": (HexColor("#fbece4"), HexColor("#9c3f17")),
    "supply": (HexColor("#e3f0e8"), HexColor("#22653b")),
}

SUMMARY_LIMIT = 260  # characters; the description is never printed
KEYWORDS_LIMIT = 160
OTHER_SECTORS_SHOWN = 3


# -- headings and listings --------------------------------------------------------------------


class Heading(Flowable):
    """A sector heading (level 0: a navy band) or a demands/supplies heading (level 1: coloured
    text over a rule). Notes itself in the PDF outline and (sectors) in the contents; kept with
    the next flowable."""

    keepWithNext = 1

    def __init__(
        self,
        level: int,
        text: str,
        key: str,
        paragraph: Paragraph,
        colour: Color,
        sector: str,
        contents: str = "",
    ) -> None:
        super().__init__()
        self.level, self.text, self.key, self.sector = level, text, key, sector
        self.contents = contents  # the entry in the table of contents (markup); "" for none
        self.paragraph, self.colour = paragraph, colour
        self.pad = 5 if level == 0 else 2
        self.space_before = 10 if level == 0 else 8
        self._wrapped: tuple[float, float] | None = None

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        if self._wrapped is None or self._wrapped[0] != aW:
            _, h = self.paragraph.wrap(aW - 2 * self.pad - (6 if self.level == 0 else 0), aH)
            self._wrapped = (aW, h + 2 * self.pad + self.space_before)
        self.width = aW
        return self._wrapped

    def split(self, aW: float, aH: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        canvas, height = self.canv, self._wrapped[1] if self._wrapped else 0
        box = height - self.space_before
        if self.level == 0:
            canvas.setFillColor(self.colour)
            canvas.rect(0, 0, self.width, box, stroke=0, fill=1)
            self.paragraph.drawOn(canvas, self.pad + 6, self.pad)
        else:
            canvas.setStrokeColor(self.colour)
            canvas.setLineWidth(0.8)
            canvas.line(0, 0.5, self.width, 0.5)
            self.paragraph.drawOn(canvas, 0, self.pad + 1)


class ListingBlock(Flowable):
    """One listing: its reference in a tinted box on the left (what a visitor quotes), the title,
    summary, facts and member on the right, a rule below. Never split across pages."""

    def __init__(self, index: int, entry: CatalogueEntry, kind_label: str, parts: list[Any]):
        super().__init__()
        self.index, self.reference, self.kind = index, entry.reference, entry.kind
        self.kind_label, self.parts = kind_label, parts
        self._heights: list[float] = []
        self._wrapped: tuple[float, float] | None = None

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        if self._wrapped is None or self._wrapped[0] != aW:
            inner = aW - REFERENCE_WIDTH - GUTTER
            self._heights = [p.wrap(inner, 10_000)[1] for p in self.parts]
            spaces = sum(p.getSpaceBefore() for p in self.parts[1:])
            content = max(sum(self._heights) + spaces, 36)
            self._wrapped = (aW, content + 2 * BLOCK_PAD)
        self.width = aW
        return self._wrapped

    def split(self, aW: float, aH: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            return list(self.parts)  # taller than a whole page (it cannot be): print it anyway
        return []

    def draw(self) -> None:
        if not getattr(self.canv, "final", True):
            return  # the first pass only finds the pages; the second draws (half the work)
        canvas = self.canv
        height = self._wrapped[1] if self._wrapped else 0
        self._draw_reference(canvas, height - BLOCK_PAD)
        y = height - BLOCK_PAD
        x = REFERENCE_WIDTH + GUTTER
        for number, (part, part_height) in enumerate(zip(self.parts, self._heights, strict=True)):
            if number:
                y -= part.getSpaceBefore()
            y -= part_height
            part.drawOn(canvas, x, y)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(0, 0.25, self.width, 0.25)

    def _draw_reference(self, canvas: Canvas, top: float) -> None:
        tint, ink = KIND_COLOURS[self.kind]
        size = 11.5 if len(self.reference) <= 11 else 10
        box_height = 34
        canvas.setFillColor(tint)
        canvas.roundRect(0, top - box_height, REFERENCE_WIDTH, box_height, 3, stroke=0, fill=1)
        text = canvas.beginText(6, top - 6 - size * 0.8)
        text.setFont(pdf_font(), size)
        text.setFillColor(ink)
        text.setStrokeColor(ink)
        canvas.setLineWidth(0.35)
        text.setTextRenderMode(2)  # fill and a hairline stroke: the one-weight font made bold
        text.textOut(self.reference)
        text.setTextRenderMode(0)
        text.setFont(pdf_font(), 7.5)
        text.setTextOrigin(6, top - box_height + 6)
        text.textOut(self.kind_label)
        canvas.drawText(text)


# -- what a listing block says -----------------------------------------------------------------


def _together(value: str) -> str:
    """A value that must not break over two lines (a date, an amount)."""
    return value.replace(" ", "\u00a0")


def _facts(entry: CatalogueEntry, lang: str) -> list[tuple[str, str]]:
    """(label key, value): TRL, IP, cooperation, budget (demands), deadline, region."""
    facts: list[tuple[str, str]] = []
    if entry.trl is not None:
        key = "trl_demand" if entry.kind == "demand" else "trl_supply"
        facts.append(("trl", _together(words.label(lang, key, trl=entry.trl))))
    if words.ip_status(lang, entry.ip_status):
        facts.append(("ip", _together(words.ip_status(lang, entry.ip_status))))
    if entry.cooperation_types:
        facts.append(("cooperation", words.cooperation(lang, entry.cooperation_types)))
    if entry.kind == "demand":
        budget = words.budget(lang, entry.budget_min, entry.budget_max, entry.currency)
        if budget:
            facts.append(("budget", _together(budget)))
    if entry.deadline is not None:
        day = entry.deadline
        facts.append(("deadline", day.isoformat() if lang == "zh" else words.long_date(day, lang)))
        facts[-1] = ("deadline", _together(facts[-1][1]))
    if entry.region:
        facts.append(("region", entry.region))
    return facts


def _labelled(lang: str, key: str, value: str) -> list[Run]:
    """ "Label: value", the label in grey and on the line of the value's start."""
    colon = "：" if lang == "zh" else ":\u00a0"
    return [Run(words.label(lang, key) + colon, GREY, whole=True), Run(value, INK)]


def _small(runs: list[Run]) -> TextLines:
    return TextLines(runs, pdf_font(), 8, 11.5, space_before=3)


def listing_parts(entry: CatalogueEntry, lang: str, sector: str = "") -> list[Flowable]:
    """The right-hand column of a listing's block: title, summary, facts, keywords, other
    sectors, member (or where to ask, for an anonymous listing)."""
    font = pdf_font()
    parts: list[Flowable] = [TextLines([Run(entry.title, NAVY)], font, 11, 14.5)]
    if entry.summary.strip():
        summary = words.shortened(entry.summary, SUMMARY_LIMIT)
        parts.append(TextLines([Run(summary, INK)], font, 9, 13, space_before=2))
    facts: list[Run] = []
    for key, value in _facts(entry, lang):
        if facts:
            facts.append(Run("\u00a0\u00a0·\u00a0 ", GREY))
        facts += _labelled(lang, key, value)
    if facts:
        parts.append(_small(facts))
    if entry.keywords:
        joined = words.shortened(" · ".join(entry.keywords), KEYWORDS_LIMIT)
        parts.append(_small(_labelled(lang, "keywords", joined)))
    others = [code for code in entry.sectors if code.upper() != sector]  # printed under `sector`
    if others:
        shown = [sector_label(code, lang) for code in others[:OTHER_SECTORS_SHOWN]]
        if len(others) > OTHER_SECTORS_SHOWN:
            shown.append(words.label(lang, "more", count=len(others) - OTHER_SECTORS_SHOWN))
        parts.append(_small(_labelled(lang, "also", "; ".join(shown))))
    if entry.anonymous or not entry.member_name:
        parts.append(_small([Run(words.label(lang, "withheld", reference=entry.reference), GREY)]))
    else:
        parts.append(_small(_labelled(lang, "member", entry.member_name)))
    return parts
