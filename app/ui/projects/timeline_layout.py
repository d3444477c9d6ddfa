"""What the timeline shows, before anything is painted: the time scale (a date ↔ x mapping for a
zoom of weeks, months or quarters, with its header labels in the UI locale) and the rows (one
per running project, or one per milestone of a project) with their bars and marks."""

import html
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from app.services.timeline import MilestoneState, TimelineMilestone, TimelineProject
from app.ui import labels

_CONTEXT = "Timeline"


class Zoom(StrEnum):
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"


ZOOM_LABELS = {
    Zoom.WEEK: QT_TRANSLATE_NOOP("Timeline", "Weeks"),
    Zoom.MONTH: QT_TRANSLATE_NOOP("Timeline", "Months"),
    Zoom.QUARTER: QT_TRANSLATE_NOOP("Timeline", "Quarters"),
}
# Pixels per day: a week ≈ 112 px, a month ≈ 137 px, a quarter ≈ 146 px.
DAY_WIDTH = {Zoom.WEEK: 16.0, Zoom.MONTH: 4.5, Zoom.QUARTER: 1.6}
UNIT_DAYS = {Zoom.WEEK: 7, Zoom.MONTH: 30.4, Zoom.QUARTER: 91.3}
MIN_UNIT_WIDTH = {Zoom.WEEK: 34, Zoom.MONTH: 62, Zoom.QUARTER: 56}  # room for "W48", "Nov 2026"…
STATE_LABELS = {
    MilestoneState.DONE: QT_TRANSLATE_NOOP("Timeline", "Completed"),
    MilestoneState.OVERDUE: QT_TRANSLATE_NOOP("Timeline", "Overdue"),
    MilestoneState.DUE_SOON: QT_TRANSLATE_NOOP("Timeline", "Due within 14 days"),
    MilestoneState.UPCOMING: QT_TRANSLATE_NOOP("Timeline", "Upcoming"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def state_label(state: MilestoneState) -> str:
    return _tr(str(STATE_LABELS[state]))


# -- the scale --------------------------------------------------------------------------------


def _unit_start(day: date, zoom: Zoom) -> date:
    if zoom is Zoom.WEEK:
        return day - timedelta(days=day.weekday())
    if zoom is Zoom.MONTH:
        return day.replace(day=1)
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _next_unit(day: date, zoom: Zoom) -> date:
    """The start of the unit after the one `day` starts."""
    if zoom is Zoom.WEEK:
        return day + timedelta(days=7)
    months = 1 if zoom is Zoom.MONTH else 3
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, 1)


def _chinese(locale: QLocale) -> bool:
    return locale.language() in (QLocale.Language.Chinese, QLocale.Language.Japanese)


def month_label(day: date, locale: QLocale | None = None) -> str:
    """ "Nov 2026", or "2026年11月" in Chinese."""
    locale = locale or QLocale()
    if _chinese(locale):
        return f"{day.year}年{day.month}月"
    return f"{locale.standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)} {day.year}"


def year_label(day: date, locale: QLocale | None = None) -> str:
    return f"{day.year}年" if _chinese(locale or QLocale()) else str(day.year)


def unit_label(day: date, zoom: Zoom, locale: QLocale | None = None) -> str:
    """The label of the unit starting on `day`: "W48", "Nov 2026" / "2026年11月", "Q4 2026"."""
    if zoom is Zoom.WEEK:
        return _tr("W{week}").format(week=day.isocalendar().week)
    if zoom is Zoom.MONTH:
        return month_label(day, locale)
    return _tr("Q{quarter} {year}").format(quarter=(day.month - 1) // 3 + 1, year=day.year)


@dataclass(frozen=True)
class Tick:
    day: date  # where the unit starts
    x: float
    label: str


@dataclass(frozen=True)
class TimeScale:
    """Dates to x (0 = the left edge of `first`) and back, for one zoom."""

    first: date
    last: date  # inclusive
    zoom: Zoom
    fitted_day_width: float | None = None  # a page's width over the days, instead of the zoom's

    @property
    def day_width(self) -> float:
        return self.fitted_day_width or DAY_WIDTH[self.zoom]

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def width(self) -> float:
        return self.days * self.day_width

    def fitted(self, width: float) -> "TimeScale":
        """The same dates across `width` (a printed page), in the finest zoom from this one on
        whose units are still wide enough for their labels."""
        day_width = width / self.days
        zooms = list(Zoom)[list(Zoom).index(self.zoom) :]
        zoom = next(
            (z for z in zooms if UNIT_DAYS[z] * day_width >= MIN_UNIT_WIDTH[z]), Zoom.QUARTER
        )
        return TimeScale(self.first, self.last, zoom, day_width)

    def edge(self, day: date) -> float:
        """x of the start of `day` (where a bar beginning that day begins)."""
        return (day - self.first).days * self.day_width

    def x_for(self, day: date) -> float:
        """x of the middle of `day`: where its milestone mark and the today line are."""
        return self.edge(day) + self.day_width / 2

    def day_at(self, x: float) -> date:
        return self.first + timedelta(days=int(x // self.day_width))

    def ticks(self) -> list[Tick]:
        """The units of the zoom (weeks, months or quarters) with their labels."""
        return self._units(self.zoom, lambda day: unit_label(day, self.zoom))

    def bands(self) -> list[Tick]:
        """The coarser band above the ticks: months over weeks, years over months/quarters."""
        if self.zoom is Zoom.WEEK:
            return self._units(Zoom.MONTH, month_label)
        return self._units_of_years()

    def _units(self, zoom: Zoom, label) -> list[Tick]:  # type: ignore[no-untyped-def]
        day, ticks = _unit_start(self.first, zoom), []
        while day <= self.last:
            ticks.append(Tick(day, self.edge(max(day, self.first)), label(day)))
            day = _next_unit(day, zoom)
        return ticks

    def _units_of_years(self) -> list[Tick]:
        return [
            Tick(start, self.edge(start), year_label(start))
            for year in range(self.first.year, self.last.year + 1)
            for start in [max(date(year, 1, 1), self.first)]
        ]


def scale_for(days: list[date], zoom: Zoom, today: date, room: float = 0.0) -> TimeScale:
    """A scale covering every date given and today, with a unit of margin on each side and at
    least `room` pixels after today (so that today need not sit at the right edge)."""
    low, high = min([*days, today]), max([*days, today])
    first = _unit_start(_unit_start(low, zoom) - timedelta(days=1), zoom)
    end = _next_unit(_next_unit(_unit_start(high, zoom), zoom), zoom)
    while (end - today).days * DAY_WIDTH[zoom] < room:
        end = _next_unit(end, zoom)
    return TimeScale(first, end - timedelta(days=1), zoom)


# -- the rows ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mark:
    """A milestone's diamond on a row (and the ghost of its first planned date, when moved)."""

    milestone: TimelineMilestone

    @property
    def day(self) -> date:
        return self.milestone.due_date


@dataclass(frozen=True)
class Row:
    project_id: str
    title: str
    subtitle: str
    start: date
    end: date  # inclusive
    state: MilestoneState
    planned_end: date | None = None  # a project row: the part after it is shown as an overrun
    milestone: TimelineMilestone | None = None  # a milestone row
    marks: tuple[Mark, ...] = field(default=())
    tooltip: str = ""

    @property
    def days(self) -> list[date]:
        extra = [m.milestone.planned_due_date for m in self.marks]
        return [self.start, self.end, *extra]


def project_row(project: TimelineProject) -> Row:
    end = project.last_day
    return Row(
        project.id,
        project.title,
        _tr("{number} · {start} – {end}").format(
            number=project.contract_number,
            start=labels.short_date(project.started_on),
            end=labels.short_date(project.planned_end or end),
        ),
        project.started_on,
        end,
        project.state,
        planned_end=project.planned_end,
        marks=tuple(Mark(m) for m in project.milestones),
        tooltip=project_tooltip(project),
    )


def milestone_rows(project: TimelineProject) -> list[Row]:
    """The project's own row, then one per milestone, from the milestone before it in time (or
    the project's start) to its due date."""
    dues = sorted(m.due_date for m in project.milestones)
    rows = [project_row(project)]
    for m in project.milestones:
        earlier = [d for d in dues if d < m.due_date]
        start = max([project.started_on, *earlier]) if earlier else project.started_on
        subtitle = " · ".join(
            part for part in (m.responsible, labels.short_date(m.due_date)) if part
        )
        rows.append(
            Row(
                project.id,
                m.title,
                subtitle,
                min(start, m.due_date),
                m.due_date,
                m.state,
                milestone=m,
                marks=(Mark(m),),
                tooltip=milestone_tooltip(m, project.title),
            )
        )
    return rows


# -- tooltips ---------------------------------------------------------------------------------


def project_tooltip(project: TimelineProject) -> str:
    counts = {s: sum(m.state is s for m in project.milestones) for s in MilestoneState}
    summary = ", ".join(
        f"{state_label(s)}: {counts[s]}" for s in MilestoneState if counts[s]
    ) or _tr("no milestones")
    lines = [
        f"<b>{html.escape(project.title)}</b>",
        _tr("Contract {number}").format(number=html.escape(project.contract_number)),
        _tr("Started {start}; planned end {end}").format(
            start=labels.short_date(project.started_on),
            end=labels.short_date(project.planned_end) or _tr("not set"),
        ),
        _tr("Milestones — {summary}").format(summary=summary),
    ]
    return "<br>".join(lines)


def milestone_tooltip(m: TimelineMilestone, project_title: str = "") -> str:
    lines = [f"<b>{html.escape(m.title)}</b>"]
    if project_title:
        lines.append(html.escape(project_title))
    lines.append(_tr("Due {day}").format(day=labels.short_date(m.due_date)))
    if m.moved:
        lines.append(
            _tr("First planned for {day}").format(day=labels.short_date(m.planned_due_date))
        )
    if m.completed_on is not None:
        lines.append(_tr("Completed on {day}").format(day=labels.short_date(m.completed_on)))
    if m.responsible:
        lines.append(_tr("Responsible: {party}").format(party=html.escape(m.responsible)))
    lines.append(state_label(m.state))
    return "<br>".join(lines)
