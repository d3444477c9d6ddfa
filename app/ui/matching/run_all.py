"""*Match everything*: every published demand ranked against the published supplies, off the
GUI thread behind a progress window with Cancel; the suggestions are saved in one transaction
(a cancelled run saves nothing) and the strong ones appear as new matches."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services import matches, matching
from app.services.uow import Actor, UnitOfWork
from app.settings import configured_weights
from app.ui import labels
from app.ui.backups import ProgressTask, run_with_progress
from app.ui.context import AppContext
from app.ui.errors import MessageBox, show_error

TOP = 10


@dataclass(frozen=True)
class RunSummary:
    demands: int
    suggestions: int
    strong: int


class _Cancelled(Exception):
    pass


def match_everything(
    uow: UnitOfWork,
    by: Actor,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
    weights: matching.Weights | None = None,
) -> RunSummary:
    """Rank every published demand and keep the results (runs in a worker)."""

    def step(done: int, total: int, _text: str = "") -> None:
        if cancelled():
            raise _Cancelled
        progress(done, total)

    results = matching.rank_all(uow, top=TOP, weights=weights, progress=step)
    suggestions = strong = 0
    for demand_id, found in results:
        matches.save_suggestions(uow, demand_id, found, by)
        suggestions += len(found)
        strong += sum(1 for s in found if s.score >= matches.STRONG_SCORE)
    return RunSummary(len(results), suggestions, strong)


class MatchEverything(QObject):
    finished = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.running: ProgressTask | None = None

    def start(self) -> None:
        if self.running is not None and not self.running.finished:
            return
        ctx = self.ctx
        weights = configured_weights()

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            try:
                return ctx.write(match_everything, ctx.actor, progress, cancelled, weights)
            except _Cancelled:
                return None

        self.running = run_with_progress(
            self.parent_widget,
            self.tr("Match everything"),
            self.tr("Ranking the supplies for every published demand…"),
            work,
            self._done,
            lambda exc: show_error(self.parent_widget, exc),
        )

    def _done(self, summary: RunSummary | None) -> None:
        if summary is None:
            return
        MessageBox.show(
            self.parent_widget,
            QMessageBox.Icon.Information,
            self.tr("Match everything"),
            self.tr(
                "{demands} demands ranked: {suggestions} suggestions kept, {strong} of them strong."
                " The strong ones that are new are listed under New matches."
            ).format(
                demands=labels.number(summary.demands),
                suggestions=labels.number(summary.suggestions),
                strong=labels.number(summary.strong),
            ),
        )
        self.finished.emit()
