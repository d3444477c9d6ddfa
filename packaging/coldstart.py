"""Frozen by `build.py --coldstart` as helix-coldstart (never shipped): process start → main
window shown and idle, then the registry screen opened with its first page, on a given database.
Prints key=value figures. (tests/benchmarks/coldstart.py does the same for the source tree, but
looks for a registry screen the main window no longer builds before it is opened.)"""

import sys
import time

PROCESS_START = time.perf_counter()

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def main(url: str) -> int:
    from app.db import Database
    from app.models import Role
    from app.services.uow import Actor
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    app = QApplication(sys.argv)
    db = Database.open(url)
    window = MainWindow(AppContext(db, Actor("benchmark", Role.ADMIN)))
    window.show()
    code = 1

    def interactive() -> None:
        nonlocal code
        try:
            shown = time.perf_counter() - PROCESS_START
            started = time.perf_counter()
            window.show_screen("registry")
            app.processEvents()
            rows = window.screens["registry"].model.rowCount()  # type: ignore[attr-defined]
            registry = time.perf_counter() - started
            print(f"interactive={shown:.3f} registry_open={registry:.3f} rows={rows}")
            code = 0
        finally:
            app.quit()

    QTimer.singleShot(0, interactive)
    app.exec()
    db.dispose()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
