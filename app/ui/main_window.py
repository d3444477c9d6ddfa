"""The main window: navigation on the left, the current screen on the right, menus, and a
status bar that says which database is open and who is working."""

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app.resources import resource_path
from app.services.credentials import split_password
from app.services.permissions import Action, may
from app.ui import labels, state
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.screens import SCREENS, ScreenSpec
from app.ui.sync.actions import SyncActions

if TYPE_CHECKING:
    from app.ui.help import HelpWindow

log = logging.getLogger(__name__)
STATE_KEY = "main"


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.specs: list[ScreenSpec] = [s for s in SCREENS if s.offered_to(ctx.actor)]
        self.screens: dict[str, QWidget] = {}
        self._closing = False
        self.help_window: HelpWindow | None = None
        self.setWindowTitle(self.tr("Helix"))
        self.resize(1280, 800)
        self._build()
        self._build_menus()
        self._build_status_bar()
        if not state.restore_geometry(STATE_KEY, self):
            self.resize(1280, 800)
        state.restore_splitter(STATE_KEY, self.splitter)
        self.show_screen(self.specs[0].key)

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.nav = QListWidget()
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(2)
        self.nav.setMinimumWidth(110)
        self.nav.setMaximumWidth(260)
        for spec in self.specs:
            item = QListWidgetItem(spec.translated_title())
            icon_file = resource_path("icons", spec.icon) if spec.icon else None
            if icon_file is not None and icon_file.exists():
                item.setIcon(QIcon(str(icon_file)))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 16))
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([170, 1110])
        self.setCentralWidget(self.splitter)
        self.nav.currentRowChanged.connect(self._on_nav_row)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.settings_action = self._action(
            self.tr("&Settings…"), self.open_settings, QKeySequence.StandardKey.Preferences
        )
        file_menu.addAction(self.settings_action)
        self.password_action = self._action(self.tr("Change my &password…"), self.change_password)
        self.password_action.setVisible(not self.ctx.demo)
        file_menu.addAction(self.password_action)
        file_menu.addSeparator()
        self.import_action = self._action(self.tr("&Import…"), self.import_records)
        self.import_action.setEnabled(may(self.ctx.actor, Action.IMPORT_RECORDS))
        self.export_action = self._action(self.tr("&Export…"), self.export_records)
        self.export_action.setEnabled(may(self.ctx.actor, Action.EXPORT_RECORDS))
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        self.catalogue_action = self._action(
            self.tr("Export trade-fair &catalogue…"), self.export_catalogue
        )
        self.catalogue_action.setEnabled(may(self.ctx.actor, Action.EXPORT_RECORDS))
        file_menu.addAction(self.catalogue_action)
        file_menu.addSeparator()
        self.sync_actions = SyncActions(
            self, self.ctx, file_menu, lambda: self.show_screen("conflicts")
        )
        file_menu.addSeparator()
        self.backup_action = self._action(self.tr("&Back up…"), self.back_up)
        self.backup_action.setVisible(may(self.ctx.actor, Action.BACK_UP))
        self.restore_action = self._action(self.tr("&Restore…"), self.restore)
        self.restore_action.setVisible(may(self.ctx.actor, Action.RESTORE))
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        self.quit_action = self._action(
            self.tr("&Quit"), self.close, QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q)
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.screen_actions: list[QAction] = []
        for number, spec in enumerate(self.specs, start=1):
            action = self._action(
                spec.translated_title(), lambda _=False, key=spec.key: self.show_screen(key)
            )
            if number <= 9:
                action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key(Qt.Key.Key_0 + number)))
            view_menu.addAction(action)
            self.screen_actions.append(action)
        view_menu.addSeparator()
        self.timeline_action = self._action(
            self.tr("&Timeline of running projects…"), self.open_running_timeline
        )
        view_menu.addAction(self.timeline_action)
        self.nav_action = self._action(self.tr("Show &navigation"), None)
        self.nav_action.setCheckable(True)
        self.nav_action.setChecked(True)
        self.nav_action.toggled.connect(self.nav.setVisible)
        view_menu.addAction(self.nav_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = self._action(
            self.tr("&User guide"), self.open_help, QKeySequence.StandardKey.HelpContents
        )
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        self.about_action = self._action(self.tr("&About Helix"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)

    def _action(
        self,
        text: str,
        slot: Callable[..., object] | None,
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _build_status_bar(self) -> None:
        self.database_label = QLabel(
            self.tr("Database: {name}").format(name=self.ctx.db.display_name)
        )
        self.database_label.setToolTip(self.ctx.db.display_name)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.user_label = QLabel(
            self.tr("Signed in as {user} ({role})").format(
                user=self.ctx.actor.name, role=labels.user_role_label(self.ctx.actor.role.value)
            )
        )
        self.statusBar().addWidget(self.database_label, 1)
        self.copy_label = self.sync_actions.status_label()  # on a local copy: its remote, last sync
        self.statusBar().addWidget(self.copy_label)
        self.statusBar().addPermanentWidget(self.user_label)

    # -- screens --------------------------------------------------------------------------

    def current_key(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def screen_widget(self, key: str) -> QWidget:
        """The screen for a key, built on first use."""
        if key not in self.screens:
            spec = next(s for s in self.specs if s.key == key)
            widget = spec.factory(self.ctx, self.stack)
            self.screens[key] = widget
            self.stack.addWidget(widget)
        return self.screens[key]

    def show_screen(self, key: str) -> None:
        keys = [s.key for s in self.specs]
        if key not in keys:
            raise KeyError(key)
        self.nav.setCurrentRow(keys.index(key))

    def open_in(self, key: str, then: Callable[[QWidget], None]) -> None:
        """Go to a screen (once the current one may be left) and run `then` with it: another
        screen opens a record there (a member's listing, a listing's member)."""
        current = self.stack.currentWidget()

        def switch() -> None:
            self._switch_to(key)
            if self.current_key() == key:
                then(self.screens[key])

        leave = getattr(current, "request_leave", None)
        if current is None or current is self.screens.get(key) or leave is None:
            switch()
        else:
            leave(switch)

    def _on_nav_row(self, row: int) -> None:
        if row < 0:
            return
        key = self.specs[row].key
        current = self.stack.currentWidget()
        if current is not None and current is not self.screens.get(key):
            leave = getattr(current, "request_leave", None)
            if leave is not None:
                self._set_nav_row_silently(self._key_of(current))
                leave(lambda: self._switch_to(key))
                return
        self._switch_to(key)

    def _key_of(self, widget: QWidget) -> str:
        return next(k for k, w in self.screens.items() if w is widget)

    def _set_nav_row_silently(self, key: str) -> None:
        self.nav.blockSignals(True)
        self.nav.setCurrentRow([s.key for s in self.specs].index(key))
        self.nav.blockSignals(False)

    def _switch_to(self, key: str) -> None:
        try:
            widget = self.screen_widget(key)
        except Exception as exc:
            show_error(self, exc)
            current = self.stack.currentWidget()
            if current is not None:  # the navigation points at the screen still showing
                self._set_nav_row_silently(self._key_of(current))
            return
        self._set_nav_row_silently(key)
        self.stack.setCurrentWidget(widget)
        activate = getattr(widget, "activate", None)
        if activate is not None:
            activate()

    # -- menus ----------------------------------------------------------------------------

    def open_settings(self) -> None:
        from app.ui.settings_dialog import SettingsDialog

        SettingsDialog.ask(self, current_url=split_password(self.ctx.db.url)[0], ctx=self.ctx)

    def change_password(self) -> None:
        from app.ui.sign_in import ChangePasswordDialog

        if ChangePasswordDialog.ask(self, self.ctx):
            self.statusBar().showMessage(self.tr("Your password was changed."), 10_000)

    def import_records(self) -> None:
        from app.ui.transfer import open_import

        open_import(self, self.ctx)

    def export_records(self) -> None:
        from app.ui.transfer import open_export

        open_export(self, self.ctx)

    def export_catalogue(self) -> None:
        from app.ui.catalogue_dialog import CatalogueDialog

        if self.catalogue_action.isEnabled():
            CatalogueDialog.ask(self, self.ctx)

    def open_running_timeline(self) -> None:
        """Every running project on one Gantt chart, in a window of its own; a click on a
        project opens it in the Projects screen."""
        from app.ui.projects.timeline_window import open_running_timeline

        open_running_timeline(self.ctx, self, self.show_project)

    def show_project(self, project_id: str) -> None:
        """The Projects screen with this project open."""
        if "projects" not in [s.key for s in self.specs]:
            return

        def open_it(screen: QWidget) -> None:
            # show_project also clears the list's filters so that the project is in it
            opener = getattr(screen, "show_project", None) or getattr(screen, "open_project", None)
            if opener is not None:
                opener(project_id)

        self.open_in("projects", open_it)
        self.raise_()
        self.activateWindow()

    def back_up(self) -> None:
        from app.ui.backups import back_up_to_file

        back_up_to_file(self, self.ctx)

    def restore(self) -> None:
        """Restore a backup, once the current screen may be left; Helix closes afterwards."""
        from app.ui.backups import Restorer

        restorer = Restorer(self, self.ctx, self.close_now)
        leave = getattr(self.stack.currentWidget(), "request_leave", None)
        if leave is None:
            restorer.start()
        else:
            leave(restorer.start)

    def close_now(self) -> None:
        """Close without asking (after a restore the open screens show a replaced database)."""
        self._closing = True
        self.close()

    def open_help(self) -> None:
        """The user guide at the page of the screen in front (F1)."""
        from app.ui.help import open_help

        self.help_window = open_help(self, self.current_key(), self.help_window)

    def show_about(self) -> None:
        from app.ui.about import AboutDialog

        dialog = AboutDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- closing --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close only once the screen may be left (unsaved changes saved or discarded)."""
        leave = getattr(self.stack.currentWidget(), "request_leave", None)
        if self._closing or leave is None:
            self._save_state()
            event.accept()
            return
        inside = True
        allowed = False

        def proceed() -> None:
            nonlocal allowed
            if inside:
                allowed = True
            else:  # saved later, in the background: close then
                self._closing = True
                QTimer.singleShot(0, self.close)

        leave(proceed)
        inside = False
        if allowed:
            self._save_state()
            event.accept()
        else:
            event.ignore()

    def _save_state(self) -> None:
        state.save_geometry(STATE_KEY, self)
        state.save_splitter(STATE_KEY, self.splitter)
        for widget in self.screens.values():
            save = getattr(widget, "save_state", None)
            if save is not None:
                try:
                    save()
                except Exception:
                    log.exception("could not save the state of %s", type(widget).__name__)
