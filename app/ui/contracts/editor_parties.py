"""The contract editor's Parties tab: one card per party the template names (their number and
roles are fixed by the contract), each filled by hand or from the member registry, and a live
line that adds up the benefit shares."""

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services import members
from app.services.contract_data import PartyData
from app.ui.context import AppContext
from app.ui.contracts.editor_schedule import (
    MUTED_STYLE,
    TOTAL_STYLE,
    WRONG_TOTAL_STYLE,
    AmountEdit,
    decimal_text,
    error_label,
    show_message,
)
from app.ui.errors import show_error
from app.ui.member_picker import MemberPickerDialog

TEXT_FIELDS = (
    "name",
    "address",
    "registration_code",
    "representative",
    "signatory_name",
    "signatory_title",
)
MARKED_STYLE = "border: 1px solid #b00020;"


class PartyCard(QGroupBox):
    """One party: who it is (name, address, registration code, representative), who signs for
    it, and its benefit share."""

    changed = Signal()

    def __init__(self, ctx: AppContext, index: int, party: PartyData) -> None:
        super().__init__()
        self.ctx = ctx
        self.index = index
        self.party = party  # role, role label and member link; the editors hold the rest
        self.setTitle(f"{index + 1}. {party.role_label or party.role}")
        self.lines: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)
        placeholders = {
            "name": self.tr("Full registered name, as on the business licence"),
            "address": self.tr("Registered address"),
            "registration_code": self.tr("Unified social credit code"),
            "representative": self.tr("Legal or authorised representative"),
            "signatory_name": self.tr("Who signs for the party"),
            "signatory_title": self.tr("e.g. 总经理 / Director"),
        }
        for field in TEXT_FIELDS:
            edit = QLineEdit(getattr(party, field))
            edit.setPlaceholderText(placeholders[field])
            edit.setCursorPosition(0)
            edit.textChanged.connect(self.changed)
            self.lines[field] = edit
        self.share = AmountEdit(places=2, pad=False)
        self.share.set_value(party.benefit_share)
        self.share.setMaximumWidth(90)
        self.share.setPlaceholderText(self.tr("none"))
        self.share.textChanged.connect(self.changed)
        self._build()
        self._show_link()

    def _build(self) -> None:
        self.choose = QPushButton(self.tr("From the registry…"))
        self.choose.setToolTip(
            self.tr("Fill the name, address and registration code from a registry member")
        )
        self.choose.clicked.connect(self.choose_member)
        self.linked = QLabel(self.tr("registry member"))
        self.linked.setStyleSheet(MUTED_STYLE)
        self.unlink = QToolButton()
        self.unlink.setText("×")
        self.unlink.setAutoRaise(True)
        self.unlink.setToolTip(self.tr("Keep the texts, but no longer link this party to a member"))
        self.unlink.clicked.connect(self._unlink)
        name = QWidget()
        name_row = QHBoxLayout(name)
        name_row.setContentsMargins(0, 0, 0, 0)
        name_row.addWidget(self.lines["name"], 1)
        name_row.addWidget(self.linked)
        name_row.addWidget(self.unlink)
        name_row.addWidget(self.choose)
        share = QWidget()
        share_row = QHBoxLayout(share)
        share_row.setContentsMargins(0, 0, 0, 0)
        share_row.addWidget(self.share)
        share_row.addWidget(QLabel("%"))
        share_row.addStretch(1)
        self._row(0, 0, self.tr("Name"), "name", name, span=3)
        self._row(2, 0, self.tr("Address"), "address", self.lines["address"], span=3)
        self._row(4, 0, self.tr("Registration code"), "registration_code")
        self._row(4, 2, self.tr("Representative"), "representative")
        self._row(6, 0, self.tr("Signatory"), "signatory_name")
        self._row(6, 2, self.tr("Signatory's title"), "signatory_title")
        self._row(8, 0, self.tr("Benefit share"), "benefit_share", share)

    def _row(
        self,
        row: int,
        column: int,
        label: str,
        field: str,
        widget: QWidget | None = None,
        span: int = 1,
    ) -> None:
        """A label and its editor on grid row `row`, the editor's error message on the next."""
        caption = QLabel(label)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.grid.addWidget(caption, row, column)
        self.grid.addWidget(widget or self.lines[field], row, column + 1, 1, span)
        self.errors[field] = error_label()
        self.grid.addWidget(self.errors[field], row + 1, column + 1, 1, span)

    def value(self) -> PartyData:
        texts = {field: edit.text() for field, edit in self.lines.items()}
        return replace(self.party, **texts, benefit_share=self.share.value())

    def choose_member(self) -> None:
        picked = MemberPickerDialog.ask(
            self,
            self.ctx,
            self.tr("Party {n}: {role}").format(
                n=self.index + 1, role=self.party.role_label or self.party.role
            ),
        )
        if picked is None:
            return
        try:
            detail = self.ctx.read(members.get_member, picked[0])
        except Exception as exc:
            show_error(self, exc)
            return
        self.party = replace(self.party, member_id=detail.id)
        self.lines["name"].setText(detail.data.name)
        self.lines["address"].setText(detail.data.address)
        self.lines["registration_code"].setText(detail.data.registration_code)
        for field in ("name", "address", "registration_code"):
            self.lines[field].setCursorPosition(0)
        self._show_link()
        self.changed.emit()

    def _unlink(self) -> None:
        self.party = replace(self.party, member_id=None)
        self._show_link()
        self.changed.emit()

    def _show_link(self) -> None:
        linked = bool(self.party.member_id)
        self.linked.setVisible(linked)
        self.unlink.setVisible(linked and not self.lines["name"].isReadOnly())

    def set_read_only(self, read_only: bool) -> None:
        for edit in (*self.lines.values(), self.share):
            edit.setReadOnly(read_only)
        self.choose.setVisible(not read_only)
        self._show_link()

    def show_errors(self, errors: dict[str, str]) -> bool:
        prefix = f"parties.{self.index}."
        for field, label in self.errors.items():
            message = errors.get(prefix + field)
            show_message(label, message)
            editor = self.share if field == "benefit_share" else self.lines[field]
            editor.setStyleSheet(MARKED_STYLE if message else "")
        return any(key.startswith(prefix) for key in errors)

    def first_error_widget(self) -> QWidget | None:
        for field, label in self.errors.items():
            if not label.isHidden():
                return self.share if field == "benefit_share" else self.lines[field]
        return None

    def clear_errors(self) -> None:
        self.show_errors({})


class PartiesTab(QWidget):
    """The cards of the contract's parties and the benefit-share line above them."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cards: list[PartyCard] = []
        self._read_only = False
        self.shares = QLabel()
        self.shares.setWordWrap(True)
        self.shares.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shares_error = error_label()
        self.body = QWidget()
        self.column = QVBoxLayout(self.body)
        self.column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.shares)
        layout.addWidget(self.shares_error)
        layout.addWidget(scroll, 1)
        self._show_shares()

    def values(self) -> tuple[PartyData, ...]:
        return tuple(card.value() for card in self.cards)

    def set_values(self, parties: tuple[PartyData, ...]) -> None:
        for card in self.cards:
            self.column.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = []
        for i, party in enumerate(parties):
            card = PartyCard(self.ctx, i, party)
            card.changed.connect(self._edited)
            card.set_read_only(self._read_only)
            self.column.insertWidget(i, card)
            self.cards.append(card)
        self._show_shares()

    def _edited(self) -> None:
        self._show_shares()
        self.changed.emit()

    def _show_shares(self) -> None:
        """ "Benefit shares: 60 % + 40 % = 100 %", red with what to do when they do not make
        100 %, quiet when no party has a share."""
        shares = [card.share.value() for card in self.cards]
        if all(share is None for share in shares):
            self.shares.setText(
                self.tr("Benefit shares: none given (give every party a share to split benefits).")
            )
            self.shares.setStyleSheet(MUTED_STYLE)
            return
        total = sum((s for s in shares if s is not None), Decimal(0))
        terms = " + ".join("?" if s is None else f"{decimal_text(s, None)} %" for s in shares)
        line = self.tr("Benefit shares: {terms} = {total} %").format(
            terms=terms, total=decimal_text(total, None)
        )
        missing = [
            f"{i + 1} ({card.party.role_label or card.party.role})"
            for i, (card, share) in enumerate(zip(self.cards, shares, strict=True))
            if share is None
        ]
        if missing:
            line += self.tr(
                ": give party {parties} a share too; together they must make 100 %."
            ).format(parties=", ".join(missing))
        elif total < 100:
            line += self.tr(": {rest} % still to share out; together they must make 100 %.").format(
                rest=decimal_text(100 - total, None)
            )
        elif total > 100:
            line += self.tr(": {over} % too much; together they must make 100 %.").format(
                over=decimal_text(total - 100, None)
            )
        self.shares.setText(line)
        self.shares.setStyleSheet(
            TOTAL_STYLE if total == 100 and not missing else WRONG_TOTAL_STYLE
        )

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for card in self.cards:
            card.set_read_only(read_only)

    def show_errors(self, errors: dict[str, str]) -> bool:
        """Messages for `benefit_sharing` and `parties.{i}.{field}`. The shares' message shows
        only when the live line above does not already say what is wrong."""
        message = errors.get("benefit_sharing")
        show_message(self.shares_error, message if self._shares_ok() else None)
        shown = bool(message)
        for card in self.cards:
            shown = card.show_errors(errors) or shown
            if message:
                card.share.setStyleSheet(MARKED_STYLE)
        return shown

    def _shares_ok(self) -> bool:
        return self.shares.styleSheet() != WRONG_TOTAL_STYLE

    def first_error_widget(self) -> QWidget | None:
        for card in self.cards:
            widget = card.first_error_widget()
            if widget is not None:
                return widget
        marked = [card.share for card in self.cards if card.share.styleSheet()]
        return marked[0] if marked else None

    def clear_errors(self) -> None:
        self.show_errors({})
