"""The Alliances screen's two tables: the alliances, and the members of the open alliance with
their roles and dates of joining."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.services.alliances import AllianceMemberRow, AllianceRow
from app.ui import labels
from app.ui.tables import RowsModel


class AllianceListModel(RowsModel):
    CONTEXT = "AllianceListModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("AllianceListModel", "Alliance"),
        QT_TRANSLATE_NOOP("AllianceListModel", "Focus"),
        QT_TRANSLATE_NOOP("AllianceListModel", "Lead member"),
        QT_TRANSLATE_NOOP("AllianceListModel", "Members"),
    )

    def cell(self, row: AllianceRow, column: int) -> str:
        return [row.name, row.focus, row.lead_member_name, labels.number(row.member_count)][column]

    def is_number(self, column: int) -> bool:
        return column == 3


class AllianceMembersModel(RowsModel):
    CONTEXT = "AllianceMembersModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("AllianceMembersModel", "Member"),
        QT_TRANSLATE_NOOP("AllianceMembersModel", "Role"),
        QT_TRANSLATE_NOOP("AllianceMembersModel", "Joined"),
    )

    def cell(self, row: AllianceMemberRow, column: int) -> str:
        values = [row.member_name, labels.role_label(row.role), labels.short_date(row.joined_on)]
        return values[column]
