"""The trade-fair catalogue of 2,000 published listings (goal: a few seconds), in English and in
Chinese. Run on demand: `.venv/bin/pytest tests/benchmarks/test_catalogue_benchmark.py -s`.
Figures are printed, not asserted."""

import random
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from app.db import Database
from app.models import (
    Confidentiality,
    IPStatus,
    Listing,
    ListingKind,
    ListingStatus,
    Member,
    MemberKind,
    Role,
)
from app.services.catalogue import CatalogueOptions, export_catalogue
from app.services.permissions import Action, Actor
from app.services.sectors import sectors
from app.services.uow import UnitOfWork
from tests.benchmarks.conftest import report

LISTINGS = 2000
TITLES = [
    "高能量密度固态锂电池电解质技术",
    "Low-cost perovskite solar cell encapsulation",
    "新型稀土永磁电机控制算法及其在新能源汽车驱动系统中的应用研究",
    "基于深度学习的钢材表面缺陷检测",
    "Biodegradable packaging film from corn starch",
]
SUMMARIES = [
    "寻求硫化物固态电解质的量产工艺，要求离子电导率不低于10 mS/cm，并具备中试放大经验。"
    "我公司可提供中试场地与部分设备，希望以联合研发方式合作，成果共享。",
    "We look for a partner who can scale up a roll-to-roll encapsulation process for "
    "perovskite modules; target lifetime 25 years under IEC 61215 damp-heat tests.",
]


def _fill(db: Database) -> None:
    """2,000 published listings written directly (publishing each through the service, with
    its checks and audit, would take longer than the catalogue)."""
    rng = random.Random(3)
    divisions = [s.code for s in sectors() if not s.is_section]
    now = datetime.now(UTC)
    with UnitOfWork(db) as uow:
        uow.acting(Actor("benchmark", Role.ADMIN), Action.EDIT_LISTINGS)
        owners = [
            Member(kind=MemberKind.ENTERPRISE, name=f"常州新能源科技有限公司{n}", search_text="")
            for n in range(200)
        ]
        uow.session.add_all(owners)
        for n in range(LISTINGS):
            kind = ListingKind.DEMAND if n % 2 == 0 else ListingKind.SUPPLY
            uow.session.add(
                Listing(
                    kind=kind,
                    member=rng.choice(owners),
                    reference=f"{kind.value[0].upper()}-2026-{n // 2 + 1:04d}",
                    title=rng.choice(TITLES),
                    summary=rng.choice(SUMMARIES),
                    description="…",
                    keywords=";".join(
                        rng.sample(["固态电池", "电解质", "lithium", "视觉", "AI"], 3)
                    ),
                    sectors=";".join(rng.sample(divisions, rng.choice([1, 1, 2, 3]))),
                    trl=rng.choice([4, 6, 8]),
                    ip_status=rng.choice(list(IPStatus)),
                    cooperation_types="joint_rd;licensing",
                    budget_min=Decimal(500_000) if kind is ListingKind.DEMAND else None,
                    budget_max=Decimal(2_000_000) if n % 4 == 0 else None,
                    region=rng.choice(["江苏省", "Zhejiang", ""]),
                    deadline=date(2027, 6, 30) if n % 3 == 0 else None,
                    confidentiality=(
                        Confidentiality.ANONYMOUS if n % 7 == 0 else Confidentiality.PUBLIC
                    ),
                    status=ListingStatus.PUBLISHED,
                    published_at=now,
                    expires_at=now + timedelta(days=365),
                    search_text="",
                )
            )
        uow.commit()


def test_a_catalogue_of_2000_listings(sqlite_db: Database, tmp_path: Path) -> None:
    _fill(sqlite_db)
    figures = {}
    for run, language in enumerate(("en", "zh", "en"), start=1):  # run 1 also loads the font
        path = tmp_path / f"catalogue-{language}.pdf"
        started, cpu = time.perf_counter(), time.process_time()
        with UnitOfWork(sqlite_db) as uow:
            summary = export_catalogue(
                uow, path, Actor("clerk"), options=CatalogueOptions(language=language)
            )
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        figures[f"run {run}, {language}, {summary.listings} listings"] = (
            f"{wall:.2f} s ({cpu:.2f} s CPU), {summary.pages} pages, "
            f"{path.stat().st_size / 1e6:.1f} MB"
        )
    report("trade-fair catalogue", figures)
