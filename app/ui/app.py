"""Starting the GUI: the application object, logging, translations, the error hook, the
database (with a way out when it cannot be opened), then the main window."""

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import app
from app.db import Database
from app.errors import DomainError
from app.logs import setup_logging
from app.resources import resource_path
from app.services.members import MemberQuery, count_members
from app.services.uow import Actor
from app.settings import Settings, resolve_database_url
from app.ui import state, workers
from app.ui.context import AppContext
from app.ui.errors import domain_message, install_exception_hook, show_error
from app.ui.prompts import StartupFailure

log = logging.getLogger(__name__)


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), with the names QSettings uses and the icon."""
    existing = QApplication.instance()
    qt_app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    QCoreApplication.setOrganizationName(state.ORGANIZATION)
    QCoreApplication.setApplicationName(state.APPLICATION)
    QCoreApplication.setApplicationVersion(app.__version__)
    if sys.platform == "win32":  # the taskbar shows Helix's icon, not Python's
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID("Helix.Helix")
    for name in ("helix.svg", "helix.png", "helix.ico"):
        icon = resource_path("icons", name)
        if icon.exists():
            qt_app.setWindowIcon(QIcon(str(icon)))
            break
    return qt_app


def ui_locale(language: str) -> QLocale:
    """The chosen language ("zh_CN", "en") or, when empty, the system's."""
    return QLocale(language) if language else QLocale.system()


def install_translators(qt_app: QCoreApplication, language: str) -> list[QTranslator]:
    """Helix's own translation (resources/translations/helix_<lang>.qm, if shipped) and Qt's
    (standard buttons and dialogs). Numbers and dates follow the same locale."""
    locale = ui_locale(language)
    QLocale.setDefault(locale)
    installed = []
    sources = [
        (resource_path("translations"), "helix"),
        (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), "qtbase"),
    ]
    for folder, name in sources:
        translator = QTranslator(qt_app)
        if folder.is_dir() and translator.load(locale, name, "_", str(folder)):
            qt_app.installTranslator(translator)
            installed.append(translator)
        else:
            log.info("no %s translation for %s in %s", name, locale.name(), folder)
    return installed


def open_database(url: str) -> Database | None:
    """Open the database; when that fails, offer Settings (then try again) or quit."""
    while True:
        try:
            return Database.open(url)
        except DomainError as exc:
            log.warning("cannot open %s: %s", url, exc.message)
            message = domain_message(exc)
        except Exception as exc:
            show_error(None, exc)
            return None
        if StartupFailure.ask(None, message) != StartupFailure.SETTINGS:
            return None
        from app.ui.settings_dialog import SettingsDialog

        if not SettingsDialog.ask(None, url, restart_note=False):
            return None
        url = resolve_database_url()


def fill_demo(ctx: AppContext) -> bool:
    """The demo database gets its synthetic members the first time it is opened."""
    from app.services.demo import DEMO_ACTOR, make_demo

    try:
        if ctx.read(count_members, MemberQuery(include_archived=True)) == 0:
            ctx.write(make_demo, DEMO_ACTOR)
    except Exception as exc:  # shown to the clerk (logged when unexpected)
        show_error(None, exc)
        return False
    return True


def run_gui(url: str, actor_name: str, demo: bool = False) -> int:
    """The `helix` command without a sub-command. Returns the process exit code."""
    setup_logging()
    qt_app = application()
    install_translators(qt_app, Settings.load().language)
    install_exception_hook()
    db = open_database(url)
    if db is None:
        return 1
    from app.ui.main_window import MainWindow

    try:
        ctx = AppContext(db, Actor(actor_name or "clerk"))
        if demo and not fill_demo(ctx):
            return 1
        window = MainWindow(ctx)
        if demo:
            title = QCoreApplication.translate("MainWindow", "Helix — demo database")
            window.setWindowTitle(title)
        window.show()
        code = qt_app.exec()
        workers.wait_for_all()
        return code
    finally:
        db.dispose()
