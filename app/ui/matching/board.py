"""The Matches screen: the pipeline as a board (a column per status), new strong suggestions,
a member's matches, and one match's story with the moves its status allows: record interest,
log a meeting or call, agree, decline with the reason, reopen."""

from collections.abc import Callable
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import MatchEventKind, MatchStatus
from app.services import matches
from app.services.match_data import MatchDetail, MatchRow
from app.services.permissions import Action, may
from app.ui import labels, state
from app.ui.context import AppContext
from app.ui.contracts.new_contract import draft_contract_for_match
from app.ui.errors import messages_joined, show_error
from app.ui.matching.dialogs import (
    DECLINE_REASONS,
    DISMISS_REASONS,
    SIDES,
    DeclineDialog,
    DismissDialog,
    _TextDialog,
)
from app.ui.matching.dialogs import _tr as label_tr
from app.ui.member_picker import MemberPickerDialog
from app.ui.prompts import Confirm

STATE_KEY = "matches"
NEW = "new"
COLUMNS = (
    (NEW, QT_TRANSLATE_NOOP("MatchesScreen", "New suggestions")),
    (MatchStatus.PROPOSED.value, QT_TRANSLATE_NOOP("MatchesScreen", "Proposed")),
    (MatchStatus.INTERESTED.value, QT_TRANSLATE_NOOP("MatchesScreen", "Interested")),
    (MatchStatus.NEGOTIATING.value, QT_TRANSLATE_NOOP("MatchesScreen", "Negotiating")),
    (MatchStatus.AGREED.value, QT_TRANSLATE_NOOP("MatchesScreen", "Agreed")),
    (MatchStatus.DECLINED.value, QT_TRANSLATE_NOOP("MatchesScreen", "Declined")),
)
COLUMN_LIMIT = 300
EVENT_KINDS = (
    (MatchEventKind.MEETING.value, QT_TRANSLATE_NOOP("EventDialog", "Meeting")),
    (MatchEventKind.CALL.value, QT_TRANSLATE_NOOP("EventDialog", "Call")),
    (MatchEventKind.NOTE.value, QT_TRANSLATE_NOOP("EventDialog", "Note")),
)


class EventDialog(_TextDialog):
    """Interest from a side, or a meeting, call or note: with its date and what was said."""

    def __init__(self, parent: QWidget | None, title: str, interest: bool) -> None:
        super().__init__(
            parent,
            self.tr("Record interest") if interest else self.tr("Log a meeting, call or note"),
            title,
        )
        self.interest = interest
        self.kind = QComboBox()
        for value, source in EVENT_KINDS:
            self.kind.addItem(self.tr(source), value)
        self.side = QComboBox()
        for value, source in SIDES.items():
            self.side.addItem(label_tr(source), value.value)
        self.on = QDateEdit(QDate.currentDate())
        self.on.setCalendarPopup(True)
        if not interest:
            self.form.addRow(self.tr("What"), self.kind)
        self.form.addRow(self.tr("Side"), self.side)
        self.form.addRow(self.tr("Date"), self.on)
        self.kind.currentIndexChanged.connect(self.update_ok)
        self.text.setPlaceholderText(self.tr("Who, what was said, what comes next"))
        self.update_ok()

    def text_required(self) -> bool:
        return not self.interest and self.kind.currentData() == MatchEventKind.NOTE.value

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, interest: bool
    ) -> tuple[str, str, date, str] | None:
        """(kind, side, date, text) or None when cancelled."""
        dialog = cls(parent, title, interest)
        if dialog.exec() != _TextDialog.DialogCode.Accepted:
            return None
        d = dialog.on.date()
        return (
            MatchEventKind.INTEREST.value if interest else dialog.kind.currentData(),
            dialog.side.currentData(),
            date(d.year(), d.month(), d.day()),
            dialog.text.toPlainText().strip(),
        )


def _row_text(row: MatchRow) -> str:
    score = f"{row.score:.0f} · " if row.score is not None else ""
    demand = row.demand_reference or row.demand_title[:20]
    supply = row.supply_reference or row.supply_title[:20]
    return f"{score}{demand} ↔ {supply}\n{row.demand_title[:40]}\n{row.supply_title[:40]}"


class MatchesScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_work = may(ctx.actor, Action.WORK_MATCHES)
        self.can_draft = may(ctx.actor, Action.EDIT_CONTRACTS)
        self.member: tuple[str, str] | None = None
        self.detail: MatchDetail | None = None
        self.lists: dict[str, QListWidget] = {}
        self.headers: dict[str, QLabel] = {}
        self._build()
        self.refresh()
        state.restore_splitter(STATE_KEY, self.splitter)

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        refresh = toolbar.addAction(self.tr("Re&fresh"))
        refresh.triggered.connect(self.refresh)
        self.seen_action = toolbar.addAction(self.tr("Mark new suggestions as seen"))
        self.seen_action.triggered.connect(self.mark_seen)
        self.member_button = QToolButton()
        self.member_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.member_button.clicked.connect(self.choose_member)
        toolbar.addSeparator()
        toolbar.addWidget(self.member_button)
        self.member_clear = QToolButton(text="×")
        self.member_clear.setToolTip(self.tr("Show the matches of every member"))
        self.member_clear.clicked.connect(lambda: self.filter_member(None))
        self.member_clear_action = toolbar.addWidget(self.member_clear)

        board = QWidget()
        columns = QHBoxLayout(board)
        columns.setContentsMargins(8, 8, 4, 8)
        for key, source in COLUMNS:
            header = QLabel(self.tr(source))
            header.setStyleSheet("font-weight: bold;")
            items = QListWidget()
            items.setWordWrap(True)
            items.setMinimumWidth(150)
            items.currentItemChanged.connect(
                lambda current, _previous, k=key: self._on_item(k, current)
            )
            column = QVBoxLayout()
            column.addWidget(header)
            column.addWidget(items, 1)
            columns.addLayout(column)
            self.lists[key] = items
            self.headers[key] = header
        self.story = QTextBrowser()
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, text, slot in (
            ("propose", self.tr("Propose"), self.propose),
            ("dismiss", self.tr("Not relevant…"), self.dismiss),
            ("interest", self.tr("Record interest…"), lambda: self.record(True)),
            ("event", self.tr("Log meeting or call…"), lambda: self.record(False)),
            ("negotiate", self.tr("Negotiating"), self.negotiate),
            ("agree", self.tr("Agreed"), self.agree),
            ("decline", self.tr("Declined…"), self.decline),
            ("reopen", self.tr("Reopen"), self.reopen),
            ("contract", self.tr("Draft contract…"), self.draft_contract),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            button.setVisible(False)
            actions.addWidget(button)
            self.buttons[key] = button
        actions.addStretch(1)
        side = QWidget()
        box = QVBoxLayout(side)
        box.setContentsMargins(4, 8, 8, 8)
        box.addWidget(self.story, 1)
        box.addLayout(actions)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(board)
        self.splitter.addWidget(side)
        self.splitter.setSizes([420, 320])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(toolbar)
        layout.addWidget(self.splitter, 1)
        self._show_member()

    # -- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        member_id = self.member[0] if self.member else None
        try:
            rows = {
                NEW: self.ctx.read(matches.new_matches, self.ctx.actor),
                **{
                    key: self.ctx.read(
                        matches.matches_by_status, key, member_id, limit=COLUMN_LIMIT
                    )
                    for key, _source in COLUMNS
                    if key != NEW
                },
            }
        except Exception as exc:
            show_error(self, exc)
            return
        if member_id:
            rows[NEW] = [
                r for r in rows[NEW] if member_id in (r.demand_member_id, r.supply_member_id)
            ]
        current = self.detail.id if self.detail else None
        for key, source in COLUMNS:
            items = self.lists[key]
            items.blockSignals(True)
            items.clear()
            for row in rows[key]:
                item = QListWidgetItem(_row_text(row))
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                item.setToolTip(
                    f"{row.demand_title}\n{row.demand_member}\n↔\n{row.supply_title}\n"
                    f"{row.supply_member}\n\n" + messages_joined(row.reasons, "\n")
                )
                items.addItem(item)
                if row.id == current:
                    items.setCurrentItem(item)
            items.blockSignals(False)
            self.headers[key].setText(f"{self.tr(source)} ({labels.number(len(rows[key]))})")
        self.seen_action.setEnabled(bool(rows[NEW]))
        if current:
            self.open_match(current)
        else:
            self._show_detail(None)

    def _on_item(self, key: str, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        for other, items in self.lists.items():
            if other != key:
                items.blockSignals(True)
                items.clearSelection()
                items.setCurrentItem(None)  # type: ignore[arg-type]
                items.blockSignals(False)
        self.open_match(item.data(Qt.ItemDataRole.UserRole))

    def open_match(self, match_id: str) -> None:
        try:
            detail = self.ctx.read(matches.get_match, match_id)
        except Exception as exc:
            show_error(self, exc)
            detail = None
        self._show_detail(detail)

    def _show_detail(self, detail: MatchDetail | None) -> None:
        self.detail = detail
        self.story.setHtml(story_html(detail) if detail else self.tr("Choose a match above."))
        status = detail.status if detail else ""
        allowed = {
            "propose": status == MatchStatus.SUGGESTED,
            "dismiss": status == MatchStatus.SUGGESTED,
            "interest": status in (MatchStatus.PROPOSED, MatchStatus.INTERESTED),
            "event": status in matches.OPEN,
            "negotiate": status == MatchStatus.INTERESTED,
            "agree": status == MatchStatus.NEGOTIATING,
            "decline": status in matches.OPEN,
            "reopen": status in (MatchStatus.DECLINED, MatchStatus.DISMISSED),
            "contract": status == MatchStatus.AGREED,
        }
        for key, button in self.buttons.items():
            may_do = self.can_draft if key == "contract" else self.can_work
            button.setVisible(may_do and allowed[key])

    # -- member filter ----------------------------------------------------------------------

    def filter_member(self, member: tuple[str, str] | None) -> None:
        self.member = member
        self._show_member()
        self.refresh()

    def choose_member(self) -> None:
        chosen = MemberPickerDialog.ask(self, self.ctx, self.tr("Show the matches of a member"))
        if chosen is not None:
            self.filter_member((chosen[0], chosen[1]))

    def _show_member(self) -> None:
        self.member_button.setText(
            self.tr("Member: {name}").format(name=self.member[1])
            if self.member
            else self.tr("Any member…")
        )
        self.member_clear_action.setVisible(self.member is not None)

    # -- moves ------------------------------------------------------------------------------

    def _run(self, service: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        detail = self.detail
        if detail is None:
            return
        try:
            self.ctx.write(service, *args, expected_version=detail.version, **kwargs)
        except Exception as exc:
            show_error(self, exc)
        self.refresh()

    def _title(self) -> str:
        row = self.detail.row if self.detail else None
        return f"{row.demand_title} ↔ {row.supply_title}" if row else ""

    def propose(self) -> None:
        if self.detail is not None:
            row = self.detail.row
            self._run(matches.propose_match, row.demand_id, row.supply_id, self.ctx.actor)

    def dismiss(self) -> None:
        if self.detail is None:
            return
        answer = DismissDialog.ask(self, self._title())
        if answer is not None:
            row = self.detail.row
            self._run(
                matches.dismiss_suggestion, row.demand_id, row.supply_id, *answer, self.ctx.actor
            )

    def record(self, interest: bool) -> None:
        if self.detail is None:
            return
        answer = EventDialog.ask(self, self._title(), interest)
        if answer is None:
            return
        kind, side, on, text = answer
        if interest:
            self._run(matches.record_interest, self.detail.id, side, on, text, self.ctx.actor)
        else:
            self._run(matches.log_event, self.detail.id, kind, on, text, self.ctx.actor, side=side)

    def negotiate(self) -> None:
        if self.detail is not None:
            self._run(matches.start_negotiation, self.detail.id, self.ctx.actor)

    def agree(self) -> None:
        if self.detail is None or not Confirm.ask(
            self,
            self.tr("Agreed"),
            self.tr(
                "Both sides agree on {title}? Both listings become matched; the contract follows."
            ).format(title=self._title()),
            self.tr("Agreed"),
        ):
            return
        self._run(matches.agree_match, self.detail.id, self.ctx.actor)

    def decline(self) -> None:
        if self.detail is None:
            return
        answer = DeclineDialog.ask(self, self._title())
        if answer is not None:
            self._run(matches.decline_match, self.detail.id, *answer, self.ctx.actor)

    def reopen(self) -> None:
        if self.detail is not None:
            self._run(matches.reopen_match, self.detail.id, self.ctx.actor)

    def draft_contract(self) -> None:
        """The agreed match becomes a draft contract, opened on the Contracts screen."""
        row = self.detail.row if self.detail else None
        if row is None:
            return
        made = draft_contract_for_match(self, self.ctx, row.id, row.demand_id, row.supply_id)
        open_in = getattr(self.window(), "open_in", None)
        if made is not None and open_in is not None:
            open_in("contracts", lambda screen: screen.show_contract(made.id))

    def mark_seen(self) -> None:
        try:
            self.ctx.write(matches.mark_seen, self.ctx.actor)
        except Exception as exc:
            show_error(self, exc)
        self.refresh()

    # -- screen protocol --------------------------------------------------------------------

    def activate(self) -> None:
        self.refresh()

    def save_state(self) -> None:
        state.save_splitter(STATE_KEY, self.splitter)


def story_html(detail: MatchDetail) -> str:
    """The match for reading: the pair, the score and its reasons, the refusal, every event."""
    row = detail.row
    tr = label_tr
    lines = [
        f"<h3>{escape(row.demand_reference)} {escape(row.demand_title)} ↔ "
        f"{escape(row.supply_reference)} {escape(row.supply_title)}</h3>",
        f"<p>{escape(row.demand_member)} ↔ {escape(row.supply_member)}</p>",
        f"<p><b>{escape(labels.match_status_label(row.status))}</b>"
        + (f" · {row.score:.0f}" if row.score is not None else "")
        + "</p>",
    ]
    if detail.breakdown.reasons:
        lines.append("<p>" + escape(messages_joined(detail.breakdown.reasons)) + "</p>")
    if detail.decline_reason:
        who = tr(SIDES_BY_VALUE.get(detail.declined_by_side, detail.declined_by_side))
        why = tr(DECLINES_BY_VALUE.get(detail.decline_reason, detail.decline_reason))
        lines.append(
            "<p style='color:#b00020;'>"
            + escape(f"{who}: {why}. {detail.decline_text}".strip())
            + "</p>"
        )
    if detail.dismiss_reason:
        why = tr(DISMISSALS_BY_VALUE.get(detail.dismiss_reason, detail.dismiss_reason))
        lines.append(
            "<p style='color:#5f6368;'>" + escape(f"{why}. {detail.dismiss_text}".strip()) + "</p>"
        )
    if detail.note:
        lines.append(f"<p><i>{escape(detail.note)}</i></p>")
    if detail.events:
        lines.append("<ul>")
        for event in reversed(detail.events):
            side = tr(SIDES_BY_VALUE.get(event.side, "")) if event.side else ""
            kind = tr(EVENT_LABELS.get(event.kind, event.kind))
            lines.append(
                f"<li>{labels.short_date(event.happened_on)} · {escape(kind)}"
                + (f" · {escape(side)}" if side else "")
                + (f": {escape(event_text(event.kind, event.text))}" if event.text else "")
                + f" <span style='color:#5f6368;'>({escape(event.recorded_by)})</span></li>"
            )
        lines.append("</ul>")
    return "".join(lines)


def event_text(kind: str, text: str) -> str:
    """An event's text; a status change ("interested → negotiating") names the statuses in the
    UI language."""
    old, arrow, new = text.partition(" → ")
    if kind != MatchEventKind.STATUS.value or not arrow:
        return text
    return f"{labels.match_status_label(old)} → {labels.match_status_label(new)}"


SIDES_BY_VALUE = {side.value: source for side, source in SIDES.items()}
DECLINES_BY_VALUE = {reason.value: source for reason, source in DECLINE_REASONS.items()}
DISMISSALS_BY_VALUE = {reason.value: source for reason, source in DISMISS_REASONS.items()}
EVENT_LABELS = {
    MatchEventKind.INTEREST.value: QT_TRANSLATE_NOOP("MatchLabels", "Interest"),
    MatchEventKind.MEETING.value: QT_TRANSLATE_NOOP("MatchLabels", "Meeting"),
    MatchEventKind.CALL.value: QT_TRANSLATE_NOOP("MatchLabels", "Call"),
    MatchEventKind.NOTE.value: QT_TRANSLATE_NOOP("MatchLabels", "Note"),
    MatchEventKind.STATUS.value: QT_TRANSLATE_NOOP("MatchLabels", "Status"),
}
