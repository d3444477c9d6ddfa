"""The trade-fair catalogue (PDF): what goes in and what never does, checked with tools outside
our code (qpdf, poppler's pdftotext, pdffonts, pdfinfo), on SQLite and PostgreSQL."""

import re
import shutil
import subprocess
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.colors import black
from sqlalchemy import select

from app.db import Database
from app.errors import DomainError
from app.models import Listing, Role
from app.services import listings, members
from app.services.catalogue import (
    CatalogueEntry,
    CatalogueOptions,
    export_catalogue,
    reference_key,
)
from app.services.catalogue_text import budget, long_date, shortened
from app.services.listings import CHECKLIST, ListingData
from app.services.members import MemberData
from app.services.pdf_fonts import pdf_font
from app.services.pdf_text import Run, break_lines
from app.services.permissions import Action, Actor, PermissionDeniedError
from app.services.uow import UnitOfWork

CLERK = Actor("clerk-li", Role.CLERK)
SUPERVISOR = Actor("supervisor-zhao", Role.SUPERVISOR)
NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
PRINTED = date(2026, 11, 28)
TICKED = dict.fromkeys(CHECKLIST, True)
PUBLIC_MEMBER = "常州新能源科技有限公司"
SECRET_MEMBER = "苏州隐秘材料研究所"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (Debian: poppler-utils / qpdf; .ci/run installs it)")
    return found


def pdf_text(path: Path, *pages: int) -> str:
    first_last = ["-f", str(pages[0]), "-l", str(pages[-1])] if pages else []
    result = subprocess.run(
        [tool("pdftotext"), "-enc", "UTF-8", *first_last, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def run(db: Database, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    with UnitOfWork(db) as uow:
        result = fn(uow, *args, **kwargs)
        uow.commit()
    return result


def member(db: Database, name: str) -> str:
    return run(db, members.create_member, MemberData(kind="enterprise", name=name), CLERK).id  # type: ignore[no-any-return]


def listing(member_id: str, kind: str, title: str, **changes: Any) -> ListingData:
    data = ListingData(
        kind=kind,
        member_id=member_id,
        title=title,
        summary="寻求硫化物固态电解质的量产工艺，要求离子电导率不低于10 mS/cm。",
        description="完整的说明从不印进目录：DESCRIPTION-NOT-PRINTED。",
        keywords=["固态电池", "电解质"],
        sectors=["C38"],
        trl="6",
        ip_status="patent_granted",
        cooperation_types=["joint_rd", "licensing"],
        budget_min="500000",
        budget_max="2000000",
        region="江苏省",
        deadline="2027-06-30",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def draft(db: Database, data: ListingData) -> listings.ListingDetail:
    return run(db, listings.create_listing, data, CLERK, now=NOW)  # type: ignore[no-any-return]


def submitted(db: Database, data: ListingData) -> listings.ListingDetail:
    detail = draft(db, data)
    return run(db, listings.submit_listing, detail.id, CLERK)  # type: ignore[no-any-return]


def published(db: Database, data: ListingData) -> str:
    detail = submitted(db, data)
    done = run(db, listings.publish_listing, detail.id, TICKED, SUPERVISOR, now=NOW)
    return done.reference  # type: ignore[no-any-return]


def without_sectors(db: Database, reference: str) -> None:
    """A published listing without a sector (one from before sectors were required)."""
    with UnitOfWork(db) as uow:
        uow.acting(CLERK, Action.EDIT_LISTINGS)
        found = uow.session.scalars(select(Listing).where(Listing.reference == reference)).one()
        found.sectors = ""
        uow.commit()


def export(db: Database, path: Path, **options: Any) -> Any:
    progress = options.pop("progress", None)
    by = options.pop("by", CLERK)
    with UnitOfWork(db) as uow:
        return export_catalogue(
            uow,
            path,
            by,
            options=CatalogueOptions(**options),
            progress=progress,
            now=NOW + timedelta(days=1),
            today=PRINTED,
        )


@pytest.fixture
def fair(database: Database) -> dict[str, str]:
    """Published listings in Chinese and English (one anonymous, one without a sector), and
    listings that must stay out: a draft, a returned and a withdrawn one."""
    public = member(database, PUBLIC_MEMBER)
    secret = member(database, SECRET_MEMBER)
    refs = {
        "battery": published(database, listing(public, "demand", "高能量密度固态锂电池电解质技术")),
        "solar": published(
            database,
            listing(
                public,
                "supply",
                "Low-cost perovskite solar cell encapsulation",
                summary="A roll-to-roll process for perovskite modules & their encapsulation.",
                sectors=["C38", "C39"],
                budget_min="",
                budget_max="",
            ),
        ),
        "graphene": published(
            database,
            listing(
                secret,
                "supply",
                "石墨烯导热膜量产工艺",
                sectors=["C39"],
                confidentiality="anonymous",
            ),
        ),
        "farm": published(database, listing(public, "demand", "智慧农业水肥一体化系统")),
    }
    without_sectors(database, refs["farm"])
    draft(database, listing(public, "demand", "草稿中的需求不应印出"))
    returned = submitted(database, listing(public, "demand", "退回的需求不应印出"))
    run(database, listings.return_listing, returned.id, "信息不全", SUPERVISOR, now=NOW)
    withdrawn = submitted(database, listing(public, "supply", "撤回的供给不应印出"))
    run(database, listings.withdraw_listing, withdrawn.id, CLERK)
    return refs


# -- what the catalogue holds ---------------------------------------------------------------------


def test_the_catalogue_holds_the_published_listings_and_nothing_else(
    database: Database, fair: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "fair.pdf"
    summary = export(database, path, event="Changzhou Technology Transfer Fair 2026")
    assert (summary.listings, summary.demands, summary.supplies) == (4, 2, 2)
    assert summary.sections == 3  # C38, C39, Other
    checked = subprocess.run([tool("qpdf"), "--check", str(path)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    text = pdf_text(path)
    for title in (
        "高能量密度固态锂电池电解质技术",
        "Low-cost perovskite solar cell encapsulation",
        "石墨烯导热膜量产工艺",
        "智慧农业水肥一体化系统",
    ):
        assert title in text
    for reference in fair.values():
        assert reference in text
    assert fair["battery"].startswith("D-2026-") and fair["graphene"].startswith("S-2026-")
    for title in ("草稿中的需求不应印出", "退回的需求不应印出", "撤回的供给不应印出"):
        assert title not in text
    assert "Contents" in text
    assert "DESCRIPTION-NOT-PRINTED" not in text  # the summary only
    assert "C38 Electrical machinery and equipment" in text
    assert "Other (no sector given)" in text
    assert "Changzhou Technology Transfer Fair 2026" in text
    assert "Printed 28 November 2026" in text
    assert "Budget: CNY 500,000 – 2,000,000" in text
    assert f"Page 1 of {summary.pages}" not in text  # the cover has no footer
    assert f"Page 2 of {summary.pages}" in text


def test_an_anonymous_listing_never_shows_its_member(
    database: Database, fair: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "fair.pdf"
    export(database, path, office="常州技术转移中心")
    text = pdf_text(path)
    assert SECRET_MEMBER not in text
    assert f"Member's name withheld — ask the office quoting {fair['graphene']}" in text
    assert PUBLIC_MEMBER in text  # the other listings name their member
    info = subprocess.run([tool("pdfinfo"), str(path)], capture_output=True, text=True).stdout
    assert SECRET_MEMBER not in info
    assert "常州技术转移中心" in info  # the office is the author; no member anywhere
    raw = path.read_bytes()
    for encoded in (SECRET_MEMBER.encode(), SECRET_MEMBER.encode("utf-16-be")):
        assert encoded not in raw


def test_the_contents_give_the_page_of_each_sector(
    database: Database, fair: dict[str, str], tmp_path: Path
) -> None:
    public = member(database, "无锡电气设备有限公司")
    for number in range(12):  # C38 fills a few pages: C39 starts further on
        published(database, listing(public, "supply", f"电机驱动控制器 {number}"))
    path = tmp_path / "fair.pdf"
    summary = export(database, path)
    contents = pdf_text(path, 2)
    heading = "C39 Computers, communication and other electronic equipment"
    found = re.search(rf"{heading}.*?(\d+)\s*$", contents, re.MULTILINE)
    assert found is not None, contents
    page = int(found.group(1))
    assert 4 <= page <= summary.pages
    assert f"{heading} (1)" in pdf_text(path, page)
    assert f"{heading} (1)" not in pdf_text(path, page - 1)
    assert "Also: C39" in pdf_text(path)  # the solar supply is under C38, C39 mentioned


def test_the_chinese_font_is_embedded_and_chinese_labels_are_used(
    database: Database, fair: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "目录.pdf"
    summary = export(database, path, language="zh", title="技术成果目录")
    fonts = subprocess.run([tool("pdffonts"), str(path)], capture_output=True, text=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all("WenQuanYi" in row[0] for row in rows), fonts
    assert all(row[-5] == "yes" for row in rows), fonts  # emb
    text = pdf_text(path)
    assert "技术成果目录" in text and "目录" in text
    assert "印制日期：2026年11月28日" in text
    assert "C38 电气机械和器材制造业" in text
    assert "其他（未注明行业）" in text
    assert f"第 2 页，共 {summary.pages} 页" in text
    assert "发布方名称保密" in text


def test_kinds_and_sectors_can_be_chosen(
    database: Database, fair: dict[str, str], tmp_path: Path
) -> None:
    demands = tmp_path / "demands.pdf"
    assert export(database, demands, kinds="demand").listings == 2
    text = pdf_text(demands)
    assert fair["battery"] in text and fair["solar"] not in text
    c39 = tmp_path / "c39.pdf"
    summary = export(database, c39, sectors=("C39",))
    assert (summary.listings, summary.sections) == (2, 1)
    text = pdf_text(c39)
    assert fair["solar"] in text and fair["graphene"] in text and fair["battery"] not in text
    assert "C38" not in pdf_text(c39, 2)  # the contents: C39 only
    assert "Also: C38 Electrical machinery and equipment" in text  # the solar supply's other


# -- refusals, cancel, files ----------------------------------------------------------------------


def test_a_viewer_may_not_export_a_catalogue(
    database: Database, fair: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "fair.pdf"
    with pytest.raises(PermissionDeniedError):
        export(database, path, by=Actor("visitor", Role.VIEWER))
    assert not path.exists()


def test_without_published_listings_there_is_no_catalogue(
    sqlite_db: Database, tmp_path: Path
) -> None:
    public = member(sqlite_db, PUBLIC_MEMBER)
    draft(sqlite_db, listing(public, "demand", "只有草稿"))
    with pytest.raises(DomainError, match="There are no published listings to put in a catalogue"):
        export(sqlite_db, tmp_path / "fair.pdf")
    assert not (tmp_path / "fair.pdf").exists()


def test_listings_past_their_validity_stay_out(sqlite_db: Database, tmp_path: Path) -> None:
    public = member(sqlite_db, PUBLIC_MEMBER)
    published(sqlite_db, listing(public, "demand", "已过期的需求"))
    with UnitOfWork(sqlite_db) as uow, pytest.raises(DomainError, match="no published listings"):
        export_catalogue(uow, tmp_path / "fair.pdf", CLERK, now=NOW + timedelta(days=366))


def test_a_cancelled_export_leaves_the_existing_file_alone(
    sqlite_db: Database, tmp_path: Path
) -> None:
    public = member(sqlite_db, PUBLIC_MEMBER)
    for number in range(5):
        published(sqlite_db, listing(public, "demand", f"需求 {number}"))
    path = tmp_path / "out" / "fair.pdf"
    path.parent.mkdir()
    path.write_bytes(b"the catalogue printed yesterday")
    calls: list[tuple[int, int]] = []

    class Cancelled(Exception):
        pass

    def cancel_on_third(done: int, total: int, text: str) -> None:
        calls.append((done, total))
        if len(calls) == 3:
            raise Cancelled  # as the UI's token.check() does

    with pytest.raises(Cancelled):
        export(sqlite_db, path, progress=cancel_on_third)
    assert path.read_bytes() == b"the catalogue printed yesterday"
    assert sorted(p.name for p in path.parent.iterdir()) == ["fair.pdf"]
    assert calls == [(1, 10), (2, 10), (3, 10)]


def test_progress_reaches_its_total(sqlite_db: Database, tmp_path: Path) -> None:
    public = member(sqlite_db, PUBLIC_MEMBER)
    for number in range(3):
        published(sqlite_db, listing(public, "supply", f"供给 {number}"))
    seen: list[tuple[int, int, str]] = []
    export(sqlite_db, tmp_path / "fair.pdf", progress=lambda d, t, x: seen.append((d, t, x)))
    assert seen[-1][:2] == (6, 6)
    assert [d for d, _, _ in seen] == sorted(d for d, _, _ in seen)
    assert seen[0][2].startswith("S-2026-")


def test_a_missing_folder_or_a_wrong_suffix_is_refused_plainly(
    sqlite_db: Database, tmp_path: Path
) -> None:
    public = member(sqlite_db, PUBLIC_MEMBER)
    published(sqlite_db, listing(public, "demand", "需求"))
    with pytest.raises(DomainError, match=r"The folder .* does not exist"):
        export(sqlite_db, tmp_path / "no such folder" / "fair.pdf")
    with pytest.raises(DomainError, match=r"ending in \.pdf"):
        export(sqlite_db, tmp_path / "fair.docx")
    with pytest.raises(DomainError, match=r"English .* or Chinese"):
        export(sqlite_db, tmp_path / "fair.pdf", language="fr")


def test_a_folder_that_may_not_be_written_is_refused_before_the_work(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    public = member(sqlite_db, PUBLIC_MEMBER)
    published(sqlite_db, listing(public, "demand", "需求"))
    real_open = Path.open

    def read_only_folder(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if self.name.endswith(".part"):
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", read_only_folder)
    laid_out: list[int] = []
    with pytest.raises(DomainError, match=r"Helix may not write .*fair\.pdf.*read-only"):
        export(sqlite_db, tmp_path / "fair.pdf", progress=lambda d, t, x: laid_out.append(d))
    assert laid_out == []  # refused at once, not after laying the catalogue out


# -- words and lines ------------------------------------------------------------------------------


def test_references_sort_by_their_numbers() -> None:
    refs = ["D-2026-10000", "D-2026-0002", "D-2025-0999", "D-2026-9999"]
    assert sorted(refs, key=reference_key) == [
        "D-2025-0999",
        "D-2026-0002",
        "D-2026-9999",
        "D-2026-10000",
    ]


def test_long_summaries_are_cut_after_a_sentence() -> None:
    text = "第一句话说明需求的背景。" * 5 + "最后一句话很长" * 20
    cut = shortened(text, 80)
    assert cut.endswith("。…") and len(cut) <= 81
    assert shortened("short and sweet", 80) == "short and sweet"
    latin = shortened("word " * 40, 50)
    assert latin.endswith("word…") and len(latin) <= 51


def test_budgets_and_dates_read_naturally_in_each_language() -> None:
    low, high = Decimal("500000"), Decimal("2000000")
    assert budget("en", low, high, "CNY") == "CNY 500,000 – 2,000,000"
    assert budget("zh", low, high, "CNY") == "50万 – 200万元"
    assert budget("en", None, high, "USD") == "up to USD 2,000,000"
    assert budget("zh", low, None, "USD") == "500,000 USD 起"
    assert budget("en", None, None, "CNY") == ""
    assert long_date(PRINTED, "en") == "28 November 2026"
    assert long_date(PRINTED, "zh") == "2026年11月28日"


def test_lines_break_between_chinese_characters_but_not_inside_words() -> None:
    font = pdf_font()
    runs = [Run("固态电池电解质技术，用于电动汽车。Solid-state electrolytes for vehicles", black)]
    lines = break_lines(runs, font, 10, 60)
    texts = ["".join(piece for piece, _ in line) for line in lines]
    assert "".join(texts).replace(" ", "") == runs[0].text.replace(" ", "")
    assert not any(t.startswith(("，", "。")) for t in texts)
    assert "Solid-state" in texts and "electrolytes" in texts
    from reportlab.pdfbase.pdfmetrics import stringWidth

    assert all(stringWidth(t, font, 10) <= 60 for t in texts)


def test_a_label_stays_on_the_line_of_its_value() -> None:
    runs = [Run("字" * 9, black), Run("截止日期：", black, whole=True), Run("2027-06-30", black)]
    lines = break_lines(runs, pdf_font(), 10, 130)
    texts = ["".join(piece for piece, _ in line) for line in lines]
    assert any(t.startswith("截止日期：2027-06-30") for t in texts), texts


def test_a_listing_prints_only_the_facts_it_has() -> None:
    entry = CatalogueEntry(
        reference="S-2026-0001",
        kind="supply",
        title="t",
        summary="",
        keywords=[],
        sectors=[],
        trl=None,
        ip_status="none",
        cooperation_types=[],
        budget_min=None,
        budget_max=None,
        currency="CNY",
        region="",
        deadline=None,
        member_name="",
        anonymous=True,
    )
    from app.services.catalogue_blocks import listing_parts

    assert len(listing_parts(entry, "en")) == 2  # title, where to ask: no empty facts or keywords
