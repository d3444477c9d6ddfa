"""Background work, Picard style: `run_task(fn, on_done, on_error)` runs fn on a thread pool and
hands its result (or exception) back on the GUI thread by signal.

fn gets a `TaskToken` when it has a parameter named `token`: it may call `token.check()` (raises
Cancelled once the clerk cancelled) and `token.progress(done, total, text)`. Workers never touch
widgets or Qt models. Tests call `set_synchronous(True)` to run tasks inline.
"""

import inspect
import itertools
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
Progress = Callable[[int, int, str], None]


class Cancelled(Exception):
    """Raised inside a task by `token.check()` after `TaskHandle.cancel()`."""


class _Dispatcher(QObject):
    """One object on the GUI thread for the whole run: workers emit its signals (queued to the
    GUI thread) with a task number; it calls that task's callbacks. Workers hold no QObject of
    their own, so none is ever deleted on a worker thread."""

    finished = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, int, int, str)

    def __init__(self) -> None:
        super().__init__()
        self.tasks: dict[int, _Task] = {}
        self.finished.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)
        self.progressed.connect(self._deliver_progress)

    @Slot(int, object)
    def _deliver_result(self, number: int, result: Any) -> None:
        task = self.tasks.pop(number, None)
        if task is not None and not task.token.cancelled and task.on_done is not None:
            task.on_done(result)

    @Slot(int, object)
    def _deliver_error(self, number: int, exc: BaseException) -> None:
        task = self.tasks.pop(number, None)
        if task is None or task.token.cancelled or isinstance(exc, Cancelled):
            return
        if task.on_error is not None:
            task.on_error(exc)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    @Slot(int, int, int, str)
    def _deliver_progress(self, number: int, done: int, total: int, text: str) -> None:
        task = self.tasks.get(number)
        if task is not None and task.on_progress is not None and not task.token.cancelled:
            task.on_progress(done, total, text)


class TaskToken:
    """What a running task may use: the cancel flag and a progress report."""

    def __init__(self, number: int, dispatcher: _Dispatcher) -> None:
        self._number = number
        self._dispatcher = dispatcher
        self._cancelled = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._dispatcher.progressed.emit(self._number, done, total, text)


@dataclass
class _Task:
    token: TaskToken
    on_done: Done | None
    on_error: Failed | None
    on_progress: Progress | None = field(default=None)


class _Runnable(QRunnable):
    def __init__(self, number: int, call: Callable[[], Any], dispatcher: _Dispatcher) -> None:
        super().__init__()
        self.number, self.call, self.dispatcher = number, call, dispatcher

    def run(self) -> None:
        try:
            result = self.call()
        except BaseException as exc:  # handed to on_error on the GUI thread
            self.dispatcher.failed.emit(self.number, exc)
        else:
            self.dispatcher.finished.emit(self.number, result)


class TaskHandle:
    """Returned by run_task: cancel() sets the token and drops the callbacks."""

    def __init__(self, token: TaskToken) -> None:
        self._token = token

    def cancel(self) -> None:
        self._token._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._token.cancelled


_numbers = itertools.count(1)
_dispatcher: _Dispatcher | None = None
_synchronous = False
_pools: dict[str, QThreadPool] = {}


def set_synchronous(value: bool) -> None:
    """Run every task inline on the calling thread (tests)."""
    global _synchronous
    _synchronous = value


def pool(purpose: str = "default") -> QThreadPool:
    """The thread pool for a purpose ("default", "export", "matching"…)."""
    if purpose not in _pools:
        _pools[purpose] = QThreadPool.globalInstance() if purpose == "default" else QThreadPool()
    return _pools[purpose]


def _wants_token(fn: Callable[..., Any]) -> bool:
    try:
        return "token" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def run_task(
    fn: Callable[..., Any],
    on_done: Done | None = None,
    on_error: Failed | None = None,
    progress: Progress | None = None,
    *,
    purpose: str = "default",
) -> TaskHandle:
    """Run fn off the GUI thread (call this on the GUI thread); on_done(result) or
    on_error(exc) are called on the GUI thread. Without on_error, the error hook reports it."""
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    number = next(_numbers)
    token = TaskToken(number, _dispatcher)
    _dispatcher.tasks[number] = _Task(token, on_done, on_error, progress)
    call = (lambda: fn(token=token)) if _wants_token(fn) else fn
    runnable = _Runnable(number, call, _dispatcher)
    if _synchronous:
        runnable.run()
    else:
        pool(purpose).start(runnable)
    return TaskHandle(token)


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Block until every pool is idle (at shutdown); False when a task is still running."""
    return all(p.waitForDone(timeout_ms) for p in _pools.values())
