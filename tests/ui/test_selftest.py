"""`helix self-test` opens every screen on demo data and reports each step."""

from app.ui import screens
from app.ui.errors import MessageBox
from app.ui.screens import ScreenSpec
from app.ui.selftest import run_self_test


def test_self_test_passes_and_reports_each_screen(qapp, capsys) -> None:
    assert run_self_test() == 0
    out = capsys.readouterr().out
    assert "ok    open screen registry" in out
    assert "ok    open screen alliances" in out
    assert "ok    open a member in the form" in out
    assert "ok    load the Chinese translation: helix_zh_CN.qm" in out
    assert "self-test passed" in out


def test_self_test_fails_when_a_screen_cannot_open(qapp, capsys, monkeypatch) -> None:
    def broken(ctx, parent):
        raise RuntimeError("this screen is broken")

    monkeypatch.setattr(
        screens, "SCREENS", [*screens.SCREENS, ScreenSpec("broken", "Broken", broken)]
    )
    monkeypatch.setattr("app.ui.main_window.SCREENS", screens.SCREENS)
    real_show = MessageBox.__dict__["show"]
    assert run_self_test() == 1
    captured = capsys.readouterr()
    assert "FAIL  open screen broken" in captured.err
    assert "FAIL  a message was shown: Something went wrong" in captured.err
    assert "self-test failed: 2 problem(s)" in captured.out
    assert MessageBox.__dict__["show"] is real_show  # no modal box would block a later run
