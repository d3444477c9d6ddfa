"""Starting the GUI: the application object, logging, translations, the error hook, the
database (with a way out when it cannot be opened), then the main window."""

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

import app
from app import translations
from app.db import Database
from app.errors import DatabaseUnavailableError, DomainError
from app.logs import setup_logging
from app.resources import resource_path
from app.services import credentials
from app.services.member_search import MemberQuery, count_members
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
    install_chinese_font()
    return qt_app


def install_chinese_font() -> None:
    """Records are often in Chinese. Windows and macOS have a Chinese font; a bare Linux desktop
    may not, and then every screen shows boxes. There the font bundled for the PDFs is registered,
    where Qt's font fallback finds it. Needs the QApplication; does nothing the second time."""
    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return
    from app.services.pdf_fonts import FONT_FILE  # imports reportlab: only when needed

    path = resource_path(*FONT_FILE)
    if not path.is_file() or QFontDatabase.addApplicationFont(str(path)) < 0:
        log.warning("no font for Chinese text: %s could not be loaded", path)


def ui_locale(language: str) -> QLocale:
    """The chosen language ("zh_CN", "en") or, when empty, the system's."""
    return QLocale(language) if language else QLocale.system()


def install_translators(qt_app: QCoreApplication, language: str) -> list[QTranslator]:
    """Helix's own translation (resources/translations/helix_<lang>.qm, if shipped) and Qt's
    (standard buttons and dialogs). Numbers and dates follow the same locale."""
    locale = ui_locale(language)
    QLocale.setDefault(locale)
    translations.ensure_compiled()
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


AUTHENTICATION_FAILURES = (
    "password authentication failed",
    "no password supplied",
    "authentication failed",
)


def needs_password(url: str, exc: DomainError) -> bool:
    """The shared database refused the connection for want of the right password."""
    if not url.startswith("postgresql") or not isinstance(exc, DatabaseUnavailableError):
        return False
    text = f"{exc.message} {exc.__cause__ or ''}".lower()
    return any(reason in text for reason in AUTHENTICATION_FAILURES)


def with_kept_password(url: str) -> str:
    """A shared database's URL with the password kept in the system keyring, if any."""
    bare, password = credentials.split_password(url)
    if not url.startswith("postgresql") or password is not None:
        return url
    kept = credentials.load_password(bare)
    return credentials.url_with_password(bare, kept) if kept else url


def open_database(url: str) -> Database | None:
    """Open the database; when the server wants a password, ask for it (and keep it in the
    keyring if the clerk wishes); when opening fails otherwise, offer Settings or quit."""
    from app.ui.sign_in import DatabasePasswordDialog

    url = with_kept_password(url)
    remember: bool | None = None  # what the clerk chose in the password dialog
    while True:
        try:
            db = Database.open(url)
        except DomainError as exc:
            log.warning("cannot open %s: %s", credentials.split_password(url)[0], exc.message)
            if needs_password(url, exc):
                bare, tried = credentials.split_password(url)
                answer = DatabasePasswordDialog.ask(
                    None,
                    bare,
                    domain_message(exc) if tried is not None else "",
                    keyring=credentials.keyring_available(),
                    remembered=credentials.load_password(bare) is not None,
                )
                if answer is None:
                    return None
                url, remember = (
                    credentials.url_with_password(bare, answer.password),
                    answer.remember,
                )
                continue
            message = domain_message(exc)
        except Exception as exc:
            show_error(None, exc)
            return None
        else:
            _keep_password(url, remember)
            return db
        if StartupFailure.ask(None, message) != StartupFailure.SETTINGS:
            return None
        from app.ui.settings_dialog import SettingsDialog

        if not SettingsDialog.ask(None, credentials.split_password(url)[0], restart_note=False):
            return None
        url = with_kept_password(resolve_database_url())
        remember = None


def _keep_password(url: str, remember: bool | None) -> None:
    """After a password typed in the dialog worked: into the keyring, or out of it."""
    if remember is None:
        return
    bare, password = credentials.split_password(url)
    if remember and password:
        credentials.save_password(bare, password)
    elif not remember:
        credentials.forget_password(bare)


def fill_demo(ctx: AppContext) -> bool:
    """The demo database gets its synthetic members the first time it is opened."""
    from app.services.demo import DEMO_ACTOR, adopt_demo_database, make_demo

    try:
        if ctx.read(count_members, MemberQuery(include_archived=True)) == 0:
            ctx.write(make_demo, DEMO_ACTOR)
        else:
            ctx.write(adopt_demo_database, DEMO_ACTOR)
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
    from app.services.demo import DEMO_ACTOR
    from app.ui.backups import schedule_automatic_backup
    from app.ui.listings.expiry import expire_listings_now
    from app.ui.main_window import MainWindow
    from app.ui.sign_in import sign_in

    try:
        if demo and not fill_demo(AppContext(db, DEMO_ACTOR)):
            return 1
        try:
            signed_in = sign_in(db, actor_name)
        except Exception as exc:  # the database failed while signing in
            show_error(None, exc)
            return 1
        if signed_in is None:
            return 0
        ctx = AppContext(db, signed_in.actor, demo=signed_in.demo)
        window = MainWindow(ctx)
        if demo or ctx.demo:
            title = QCoreApplication.translate("MainWindow", "Helix — demo database")
            window.setWindowTitle(title)
        window.show()
        schedule_automatic_backup(window, ctx)
        expire_listings_now(window, ctx)
        code = qt_app.exec()
        workers.wait_for_all()
        return code
    finally:
        db.dispose()
