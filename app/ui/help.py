"""The user guide inside the app: one short Markdown page per screen (resources/help/<lang>/),
shown in a window of its own with the list of pages, Back and Forward. F1 opens the page of the
screen in front. Chinese pages when the UI speaks Chinese, English otherwise, and English when a
page has not been translated yet."""

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.resources import resource_path
from app.ui.screens import SCREENS

INDEX = "index"
FALLBACK_LANGUAGE = "en"


def help_language() -> str:
    """ "zh" when the UI language (the default locale install_translators set) is Chinese."""
    return "zh" if QLocale().language() == QLocale.Language.Chinese else FALLBACK_LANGUAGE


def page_keys() -> list[str]:
    """The overview, then one page per screen in navigation order."""
    return [INDEX, *(spec.key for spec in SCREENS)]


def page_file(key: str, language: str) -> Path | None:
    """The page in this language, else in English, else None."""
    for lang in (language, FALLBACK_LANGUAGE):
        path = resource_path("help", lang, f"{key}.md")
        if path.is_file():
            return path
    return None


def key_of_link(url: QUrl) -> str | None:
    """The page a link inside the guide points at ("registry.md" or "registry"), if any."""
    if url.scheme() not in ("", "file"):
        return None
    name = Path(url.path()).name
    key = name.removesuffix(".md")
    return key if key in page_keys() else None


class HelpWindow(QDialog):
    """The guide: pages on the left, the page on the right, its own Back/Forward history."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.language = language or help_language()
        self._history: list[str] = []
        self._position = -1
        self.setWindowTitle(self.tr("Helix user guide"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.resize(900, 620)
        self._build()
        self.show_page(INDEX)

    def _build(self) -> None:
        self.back_button = self._button(self.tr("Back"), QKeySequence.StandardKey.Back)
        self.back_button.clicked.connect(self.go_back)
        self.forward_button = self._button(self.tr("Forward"), QKeySequence.StandardKey.Forward)
        self.forward_button.clicked.connect(self.go_forward)
        self.pages = QListWidget()
        for key in page_keys():
            item = QListWidgetItem(self.page_title(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.pages.addItem(item)
        self.pages.currentItemChanged.connect(self._on_page_chosen)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_link)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 700])
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.forward_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

    def _button(self, text: str, key: QKeySequence.StandardKey) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setShortcut(QKeySequence(key))
        return button

    def page_title(self, key: str) -> str:
        if key == INDEX:
            return self.tr("Overview")
        spec = next((s for s in SCREENS if s.key == key), None)
        return spec.translated_title() if spec else key

    # -- pages ------------------------------------------------------------------------------

    def current_key(self) -> str:
        return self._history[self._position] if self._history else INDEX

    def show_page(self, key: str) -> None:
        """Show a page and put it on the history (after the current one)."""
        if self._history and self.current_key() == key:
            return
        self._history = [*self._history[: self._position + 1], key]
        self._position = len(self._history) - 1
        self._display(key)

    def go_back(self) -> None:
        if self._position > 0:
            self._position -= 1
            self._display(self.current_key())

    def go_forward(self) -> None:
        if self._position < len(self._history) - 1:
            self._position += 1
            self._display(self.current_key())

    def page_text(self, key: str) -> str:
        path = page_file(key, self.language)
        if path is None:
            return self.tr("# {title}\n\nThere is no help page for this screen yet.").format(
                title=self.page_title(key)
            )
        return path.read_text(encoding="utf-8")

    def _display(self, key: str) -> None:
        self.browser.setMarkdown(self.page_text(key))
        self.pages.blockSignals(True)
        self.pages.setCurrentRow(page_keys().index(key) if key in page_keys() else -1)
        self.pages.blockSignals(False)
        self.back_button.setEnabled(self._position > 0)
        self.forward_button.setEnabled(self._position < len(self._history) - 1)

    def _on_page_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_page(item.data(Qt.ItemDataRole.UserRole))

    def _on_link(self, url: QUrl) -> None:
        key = key_of_link(url)
        if key is not None:
            self.show_page(key)
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)


def open_help(parent: QWidget, key: str | None, window: HelpWindow | None) -> HelpWindow:
    """Show the guide at the page of `key` (the screen in front), reusing an open window."""
    if window is not None and window.language != help_language():  # the language changed
        window.close()
        window.deleteLater()
        window = None
    if window is None:
        window = HelpWindow(parent)
    window.show_page(key if key in page_keys() else INDEX)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
