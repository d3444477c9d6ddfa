"""Choosing a contract's template: its type, two or three parties and its language give the
template id `<type>.<parties>.<language>`. The New contract dialog (Contracts screen) and the
Draft contract… handover of an agreed match (Matches board) both ask through it."""

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services import contract_lists, contracts, listings
from app.services.contract_data import ContractDetail
from app.services.contract_drafts import DEFAULT_TYPE, blank_contract, contract_type_for
from app.services.contract_templates import (
    CONTRACT_TYPES,
    LANGUAGES,
    TemplateInfo,
    list_templates,
)
from app.ui import labels
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.prompts import Confirm

CONTEXT = "NewContractDialog"
TWO, THREE = "two_party", "three_party"
LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("NewContractDialog", "English"),
    "zh": QT_TRANSLATE_NOOP("NewContractDialog", "Chinese (中文)"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def language_name(code: str) -> str:
    """A contract language's name in the UI language ("English", "中文")."""
    source = LANGUAGE_NAMES.get(code)
    return _tr(str(source)) if source else code


def template_id(kind: str, parties: str, language: str) -> str:
    return f"{kind}.{parties}.{language}"


class NewContractDialog(QDialog):
    """Type, parties and language; shows the title of the template they lead to."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        kind: str = DEFAULT_TYPE,
        parties: str = TWO,
        language: str = "en",
        templates: list[TemplateInfo] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.templates = {t.id: t for t in (templates if templates is not None else [])}
        self.kind = QComboBox()
        kinds = list(CONTRACT_TYPES) + sorted(
            {t.type for t in self.templates.values()} - set(CONTRACT_TYPES)
        )
        for value in kinds:
            self.kind.addItem(labels.contract_kind_label(value), value)
        self.two = QRadioButton(self.tr("Two parties"))
        self.three = QRadioButton(
            self.tr("Three parties: with the office or a government agency as coordinator")
        )
        self.layout_group = QButtonGroup(self)
        for button in (self.two, self.three):
            self.layout_group.addButton(button)
        self.language = QComboBox()
        for value in LANGUAGES:
            self.language.addItem(language_name(value), value)
        self.template_label = QLabel()
        self.template_label.setWordWrap(True)
        self.template_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Create contract"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Parties"), self.two)
        form.addRow("", self.three)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Template"), self.template_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        (self.three if parties == THREE else self.two).setChecked(True)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.kind.currentIndexChanged.connect(self._update)
        self.language.currentIndexChanged.connect(self._update)
        self.layout_group.buttonToggled.connect(lambda *_args: self._update())
        self._update()

    def chosen_id(self) -> str:
        parties = THREE if self.three.isChecked() else TWO
        return template_id(self.kind.currentData(), parties, self.language.currentData())

    def _update(self) -> None:
        info = self.templates.get(self.chosen_id())
        self.ok.setEnabled(info is not None)
        if info is None:
            self.template_label.setText(
                self.tr("There is no template for this choice; choose another type or language.")
            )
            return
        note = (
            self.tr(" (an administrator's version)")
            if info.source == "admin" or info.overrides_built_in
            else ""
        )
        self.template_label.setText(
            f"<b>{escape(info.title)}</b>{escape(note)}<br><small>{escape(info.id)}</small>"
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        *,
        kind: str = DEFAULT_TYPE,
        parties: str = TWO,
        language: str = "en",
    ) -> str | None:
        """The chosen template id, or None when cancelled (or the templates cannot be read)."""
        try:
            templates = list_templates()
        except Exception as exc:
            show_error(parent, exc)
            return None
        dialog = cls(
            parent, title, kind=kind, parties=parties, language=language, templates=templates
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen_id()


def draft_contract_for_match(
    parent: QWidget, ctx: AppContext, match_id: str, demand_id: str, supply_id: str
) -> ContractDetail | None:
    """Draft Contract…: the template asked for (the type that fits the listings' cooperation
    types, two parties, the UI's language), then the draft made by contract_from_match. A match
    that has a live contract already is drafted again only when the clerk says so."""
    try:
        existing = [
            row
            for row in ctx.read(contract_lists.contracts_of_match, match_id)
            if row.status != "void"
        ]
        demand = ctx.read(listings.get_listing, demand_id)
        supply = ctx.read(listings.get_listing, supply_id)
    except Exception as exc:
        show_error(parent, exc)
        return None
    if existing and not Confirm.ask(
        parent,
        _tr("Draft contract"),
        _tr("This match has contract {number} already ({status}). Draft another one?").format(
            number=existing[0].number, status=labels.contract_status_label(existing[0].status)
        ),
        _tr("Draft another"),
    ):
        return None
    chosen = NewContractDialog.ask(
        parent,
        _tr("Draft a contract for this match"),
        kind=contract_type_for(demand.data.cooperation_types, supply.data.cooperation_types),
        parties=TWO,
        language=ctx.language,
    )
    if chosen is None:
        return None
    try:
        detail: ContractDetail = ctx.write(
            contracts.contract_from_match, match_id, chosen, ctx.actor
        )
    except Exception as exc:
        show_error(parent, exc)
        return None
    return detail


__all__ = [
    "NewContractDialog",
    "blank_contract",
    "contract_type_for",
    "draft_contract_for_match",
    "template_id",
]
