"""Human numbers (contract numbers, listing references) from per-site counters.

Each series has a counter row in `site_setting`, locked for the transaction that takes a
number: two clerks saving at once never get the same one, and a number once given is never
given again (even when its record goes away). A site's own series letters (the
`number_series` site setting, e.g. "L2" on a laptop's copy) go into every number it makes,
so numbers made offline cannot collide with the office's (DESIGN §5); the office has none."""

from collections.abc import Callable

from sqlalchemy import select

from app.models import SiteSetting
from app.services.uow import UnitOfWork

SERIES_SETTING = "number_series"


def site_series(uow: UnitOfWork) -> str:
    """This database's series letters ("" at the office)."""
    row = uow.session.get(SiteSetting, SERIES_SETTING)
    return row.value.strip().upper() if row and row.value else ""


def with_series(uow: UnitOfWork, prefix: str) -> str:
    """ "HX-" → "HX-L2-" on a site with a series, unchanged at the office."""
    series = site_series(uow)
    return f"{prefix}{series}-" if series else prefix


def take_numbers(
    uow: UnitOfWork, series: str, count: int, highest_in_use: Callable[[], int]
) -> int:
    """Reserve `count` consecutive numbers of `series` (e.g. "HX-2026-"); returns the first.
    A series met for the first time continues after `highest_in_use()` (numbers given before
    the counter existed)."""
    key = f"counter:{series}"
    counter = uow.session.scalar(
        select(SiteSetting).where(SiteSetting.key == key).with_for_update()
    )
    if counter is None:
        counter = SiteSetting(key=key, value=str(highest_in_use()))
        uow.session.add(counter)
    first = int(counter.value) + 1
    counter.value = str(first + count - 1)
    uow.flush()
    return first
