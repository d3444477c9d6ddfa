"""run_task: work off the GUI thread, results and errors back on it, progress, cancellation."""

import threading

import pytest

from app.ui import workers
from app.ui.workers import Cancelled, TaskToken, run_task


@pytest.fixture
def threaded() -> None:
    workers.set_synchronous(False)


def test_work_runs_off_the_gui_thread_and_the_result_comes_back_on_it(qtbot, threaded) -> None:
    seen: dict[str, object] = {}

    def work() -> int:
        seen["work"] = threading.current_thread()
        return 42

    run_task(work, lambda result: seen.update(result=result, done=threading.current_thread()))
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["work"] is not threading.main_thread()
    assert seen["done"] is threading.main_thread()


def test_an_exception_goes_to_on_error_on_the_gui_thread(qtbot, threaded) -> None:
    errors: list[tuple[BaseException, threading.Thread]] = []

    def work() -> None:
        raise ValueError("bad input")

    run_task(work, lambda _r: None, lambda exc: errors.append((exc, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0][0], ValueError)
    assert errors[0][1] is threading.main_thread()


def test_progress_is_reported_and_cancel_stops_the_work(qtbot, threaded) -> None:
    started, release = threading.Event(), threading.Event()
    progress: list[tuple[int, int, str]] = []
    finished: list[str] = []
    done: list[object] = []

    def work(token: TaskToken) -> str:
        token.progress(1, 10, "first")
        started.set()
        release.wait(5)
        try:
            token.check()
        except Cancelled:
            finished.append("cancelled")
            raise
        return "completed"

    handle = run_task(work, done.append, progress=lambda d, t, s: progress.append((d, t, s)))
    assert started.wait(5)
    qtbot.waitUntil(lambda: bool(progress), timeout=5000)
    assert progress[0] == (1, 10, "first")
    handle.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    qtbot.wait(50)
    assert finished == ["cancelled"]
    assert done == [] and handle.cancelled


def test_synchronous_mode_runs_inline_for_tests() -> None:
    workers.set_synchronous(True)
    results: list[object] = []
    run_task(lambda: threading.current_thread(), results.append)
    assert results == [threading.main_thread()]
