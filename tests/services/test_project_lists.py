"""Finding projects: the Projects screen's filters (text, status, overdue), the next milestone and
the overdue count of each row, sorting and paging in SQL, the status counts; on both engines."""

from datetime import date, timedelta

from app.db import Database
from app.models import ContractStatus
from app.services import members, project_lists, projects
from app.services.members import MemberData
from app.services.project_lists import ProjectQuery
from app.services.uow import UnitOfWork
from tests.services.test_contract_lists import add, set_status
from tests.services.test_listings import CLERK, run

TODAY = date.today()


def start(
    db: Database, title: str, parties: tuple[str, ...], template: str, **kwargs: str
) -> projects.ProjectDetail:
    """A contract signed (its status set directly: no PDF needed here) and its project started;
    its one milestone is due at the contract's end, 27 Nov 2027."""
    contract = add(db, template, title, parties, subject=title, **kwargs)
    set_status(db, contract.id, ContractStatus.SIGNED)
    return run(db, projects.start_project, contract.id, CLERK)  # type: ignore[no-any-return]


def office_projects(db: Database) -> dict[str, projects.ProjectDetail]:
    return {
        "battery": start(
            db, "固态锂电池联合研发", ("星河电池科技有限公司", "江南大学"), "joint_rd.two_party.zh"
        ),
        "membrane": start(
            db,
            "Membrane durability tests",
            ("Blue Water Ltd", "Jiangnan University", "Suzhou Technology Transfer Office"),
            "technical_service.three_party.en",
        ),
        "robots": start(
            db,
            "Welding robot retrofit",
            ("Acme Robotics", "星河电池科技有限公司"),
            "joint_rd.two_party.en",
        ),
    }


def titles(db: Database, query: ProjectQuery) -> list[str]:
    with UnitOfWork(db) as uow:
        rows = project_lists.search_projects(uow, query)
        assert project_lists.count_matching(uow, query) == len(rows)
    return sorted(row.title for row in rows)


def milestone(db: Database, project_id: str, title: str, due: date) -> str:
    detail = run(db, projects.add_milestone, project_id, title, due, CLERK)
    return str(detail.milestones[-1].id)


def test_filters_by_text_in_title_number_and_parties(database: Database) -> None:
    made = office_projects(database)

    # Two Chinese characters: inside a title, and inside a party's name.
    assert titles(database, ProjectQuery(text="电池")) == [
        "Welding robot retrofit",
        "固态锂电池联合研发",
    ]
    assert titles(database, ProjectQuery(text="研发")) == ["固态锂电池联合研发"]
    # Any case; every word must occur; a party's name counts.
    assert titles(database, ProjectQuery(text="MEMBRANE jiangnan")) == ["Membrane durability tests"]
    assert titles(database, ProjectQuery(text="jiangnan acme")) == []
    # The contract number, or a part of it; LIKE wildcards typed are plain characters.
    assert titles(database, ProjectQuery(text=made["robots"].contract_number.lower())) == [
        "Welding robot retrofit"
    ]
    assert titles(database, ProjectQuery(text="%")) == []
    assert titles(database, ProjectQuery(text="_")) == []


def test_filters_by_status_and_overdue_milestones(database: Database) -> None:
    made = office_projects(database)
    late = milestone(database, made["membrane"].id, "Interim report", TODAY - timedelta(days=3))
    milestone(database, made["robots"].id, "Teach-in", TODAY - timedelta(days=1))
    run(database, projects.terminate_project, made["robots"].id, TODAY, "停产", CLERK)

    assert titles(database, ProjectQuery(status="running")) == [
        "Membrane durability tests",
        "固态锂电池联合研发",
    ]
    assert titles(database, ProjectQuery(status="terminated")) == ["Welding robot retrofit"]
    # A terminated project's open milestone is not overdue: the cooperation has ended.
    assert titles(database, ProjectQuery(overdue_only=True)) == ["Membrane durability tests"]
    # On the day it was due it is not overdue yet.
    assert titles(database, ProjectQuery(overdue_only=True, today=TODAY - timedelta(3))) == []
    with UnitOfWork(database) as uow:
        counts = project_lists.status_counts(uow)
    assert counts == {"running": 2, "terminated": 1, "overdue": 1}

    run(database, projects.complete_milestone, late, TODAY, "Dr. Chen", CLERK)
    assert titles(database, ProjectQuery(overdue_only=True)) == []
    assert titles(database, ProjectQuery(overdue_only=True, status="running", text="电池")) == []


def test_rows_carry_the_next_milestone_the_overdue_count_and_the_parties(
    database: Database,
) -> None:
    with UnitOfWork(database) as uow:
        data = MemberData(kind="enterprise", name="星河电池科技有限公司", short_name="星河电池")
        member_id = members.create_member(uow, data, CLERK).id
        uow.commit()
    contract = add(
        database,
        "joint_rd.two_party.zh",
        "固态电解质",
        ("星河电池科技有限公司", "江南大学"),
        member_id=member_id,
    )
    set_status(database, contract.id, ContractStatus.SIGNED)
    project = run(database, projects.start_project, contract.id, CLERK)
    first = milestone(database, project.id, "样品", TODAY - timedelta(days=10))
    milestone(database, project.id, "中试", TODAY - timedelta(days=2))
    milestone(database, project.id, "验收", TODAY + timedelta(days=5))

    with UnitOfWork(database) as uow:
        (row,) = project_lists.search_projects(uow, ProjectQuery())
    assert row.parties == ("星河电池", "江南大学")  # a member's short name, in contract order
    assert row.contract_number == contract.number and row.contract_id == contract.id
    assert row.status == "running" and row.started_on == TODAY
    assert row.planned_end == date(2027, 11, 27) and row.ended_on is None
    assert (row.next_due, row.next_title, row.overdue) == (TODAY - timedelta(10), "样品", 2)

    run(database, projects.complete_milestone, first, TODAY, "王经理", CLERK)
    with UnitOfWork(database) as uow:
        (row,) = project_lists.search_projects(uow, ProjectQuery())
        (later,) = project_lists.search_projects(uow, ProjectQuery(today=TODAY + timedelta(6)))
    assert (row.next_due, row.next_title, row.overdue) == (TODAY - timedelta(2), "中试", 1)
    assert later.overdue == 2  # a week on, 验收 is overdue too


def test_pages_and_sorts_in_sql(database: Database) -> None:
    made = office_projects(database)
    milestone(database, made["battery"].id, "A", TODAY - timedelta(days=5))
    milestone(database, made["battery"].id, "B", TODAY - timedelta(days=4))
    milestone(database, made["membrane"].id, "C", TODAY - timedelta(days=1))
    run(database, projects.terminate_project, made["robots"].id, TODAY, "停产", CLERK)

    def order(**sort: object) -> list[str]:
        with UnitOfWork(database) as uow:
            rows = project_lists.search_projects(uow, ProjectQuery(**sort))  # type: ignore[arg-type]
        return [r.title for r in rows]

    by_due = order(sort="next_due", descending=False)
    # The terminated project has no milestone due: it goes last either way.
    assert by_due == ["固态锂电池联合研发", "Membrane durability tests", "Welding robot retrofit"]
    assert order(sort="next_due", descending=True)[-1] == "Welding robot retrofit"
    assert order(sort="overdue", descending=True) == by_due
    assert order(sort="title", descending=False) == sorted(by_due)
    numbers = order(sort="number", descending=False)
    assert numbers == ["固态锂电池联合研发", "Membrane durability tests", "Welding robot retrofit"]

    query = ProjectQuery(sort="number", descending=True)
    with UnitOfWork(database) as uow:
        first = project_lists.search_projects(uow, query, limit=2)
        second = project_lists.search_projects(uow, query, offset=2, limit=2)
        assert project_lists.count_matching(uow, query) == 3
    assert [r.title for r in first + second] == list(reversed(numbers))
