"""Measured as a separate process: start → interactive main window on a big database, the time
the registry's first page takes, and peak memory after scrolling. Prints key=value figures."""

import sys
import time

PROCESS_START = time.perf_counter()

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def peak_rss_kb() -> int:
    """Peak resident memory of this program. On Linux ru_maxrss survives exec, so a child of a
    big pytest process would report the parent's peak: read VmHWM (reset by exec) instead."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


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
    figures: dict[str, float] = {}

    def interactive() -> None:
        figures["interactive"] = time.perf_counter() - PROCESS_START
        from app.ui.registry.screen import RegistryScreen

        window.show_screen("registry")  # screens are built when first shown
        screen = window.findChild(RegistryScreen)
        table, model = screen.table, screen.model
        started = time.perf_counter()
        model.set_query(model.query)
        app.processEvents()
        figures["first_page"] = time.perf_counter() - started
        while model.rowCount() < 10_000 and model.canFetchMore():
            model.fetchMore()
        table.scrollToBottom()
        app.processEvents()
        rss_kb = peak_rss_kb()
        print(
            f"interactive={figures['interactive']:.3f} first_page={figures['first_page']:.4f} "
            f"rss_mb={rss_kb // 1024} rows={model.rowCount()}"
        )
        app.quit()

    QTimer.singleShot(0, interactive)
    app.exec()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
