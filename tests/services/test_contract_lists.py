"""Finding contracts: the Contracts screen's filters, sorting, paging and status counts, on both
engines."""

from datetime import date
from decimal import Decimal

from app.db import Database
from app.models import Contract, ContractStatus, MatchStatus
from app.services import contract_lists, contracts, members
from app.services.contract_data import ContractData, PartyData
from app.services.contract_lists import ContractQuery
from app.services.contract_templates import load_template
from app.services.members import MemberData
from app.services.permissions import Action
from app.services.uow import UnitOfWork
from tests.services.test_listings import CLERK, run
from tests.services.test_matches import make_office, put_match


def add(
    db: Database,
    template_id: str,
    title: str,
    parties: tuple[str, ...],
    *,
    subject: str = "",
    value: str = "0",
    member_id: str | None = None,
) -> contracts.ContractDetail:
    data = ContractData(
        title=title,
        subject=subject,
        value=Decimal(value),
        start_date=date(2026, 11, 28),
        end_date=date(2027, 11, 27),
        confidentiality_years=5,
        parties=tuple(
            PartyData(role.key, name=name, member_id=member_id if i == 0 else None)
            for i, (role, name) in enumerate(
                zip(load_template(template_id).roles, parties, strict=True)
            )
        ),
    )
    return run(db, contracts.create_contract, template_id, data, CLERK)  # type: ignore[no-any-return]


def set_status(db: Database, contract_id: str, status: ContractStatus) -> None:
    with UnitOfWork(db) as uow:
        uow.acting(CLERK, Action.EDIT_CONTRACTS)
        contract = uow.session.get(Contract, contract_id)
        assert contract is not None
        contract.status = status
        uow.commit()


def titles(db: Database, query: ContractQuery) -> list[str]:
    with UnitOfWork(db) as uow:
        rows = contract_lists.search_contracts(uow, query)
        assert contract_lists.count_matching(uow, query) == len(rows)
    return sorted(row.title for row in rows)


def office_contracts(db: Database) -> dict[str, contracts.ContractDetail]:
    return {
        "battery": add(
            db,
            "joint_rd.two_party.zh",
            "固态锂电池联合研发合同",
            ("星河电池科技有限公司", "江南大学"),
            subject="硫化物固态电解质",
            value="1200000",
        ),
        "membrane": add(
            db,
            "technical_service.three_party.en",
            "Membrane Testing Service Agreement",
            ("Blue Water Ltd", "Jiangnan University", "Suzhou Technology Transfer Office"),
            subject="Desalination membrane durability tests",
            value="80000",
        ),
        "nda": add(db, "nda.two_party.en", "Mutual NDA", ("Acme Robotics", "星河电池科技有限公司")),
    }


def test_filters_by_text_status_type_and_language(database: Database) -> None:
    made = office_contracts(database)
    set_status(database, made["membrane"].id, ContractStatus.IN_REVIEW)

    # Two Chinese characters inside a longer word: in a title, and in a party's name.
    assert titles(database, ContractQuery(text="电池")) == ["Mutual NDA", "固态锂电池联合研发合同"]
    assert titles(database, ContractQuery(text="电解质")) == ["固态锂电池联合研发合同"]
    # Any case, a word of the subject; every word must occur.
    assert titles(database, ContractQuery(text="DESALINATION")) == [
        "Membrane Testing Service Agreement"
    ]
    assert titles(database, ContractQuery(text="jiangnan blue")) == [
        "Membrane Testing Service Agreement"
    ]
    assert titles(database, ContractQuery(text="jiangnan acme")) == []
    # The number, or a part of it; LIKE wildcards typed by the clerk are plain characters.
    assert titles(database, ContractQuery(text=made["nda"].number.lower())) == ["Mutual NDA"]
    assert titles(database, ContractQuery(text="%")) == []

    assert titles(database, ContractQuery(status="in_review")) == [
        "Membrane Testing Service Agreement"
    ]
    assert titles(database, ContractQuery(kind="nda")) == ["Mutual NDA"]
    assert titles(database, ContractQuery(language="zh")) == ["固态锂电池联合研发合同"]
    assert titles(database, ContractQuery(kind="joint_rd", status="draft", text="江南")) == [
        "固态锂电池联合研发合同"
    ]


def test_void_contracts_only_when_asked_for(database: Database) -> None:
    made = office_contracts(database)
    set_status(database, made["nda"].id, ContractStatus.VOID)

    assert "Mutual NDA" not in titles(database, ContractQuery())
    assert "Mutual NDA" in titles(database, ContractQuery(include_void=True))
    assert titles(database, ContractQuery(status="void")) == ["Mutual NDA"]


def test_pages_sort_in_sql_and_rows_carry_the_parties(database: Database) -> None:
    with UnitOfWork(database) as uow:
        data = MemberData(kind="enterprise", name="星河电池科技有限公司", short_name="星河电池")
        member_id = members.create_member(uow, data, CLERK).id
        uow.commit()
    add(database, "joint_rd.two_party.en", "Second", ("Xinghe", "江南大学"), value="500")
    add(database, "joint_rd.two_party.en", "First", ("星河电池科技有限公司", "江南大学"),
        value="20", member_id=member_id)  # fmt: skip
    add(database, "consultancy.three_party.en", "Third", ("A", "B", "C"), value="7000")

    with UnitOfWork(database) as uow:
        by_value = contract_lists.search_contracts(uow, ContractQuery(sort="value"))
        first_page = contract_lists.search_contracts(
            uow, ContractQuery(sort="number", descending=False), limit=2
        )
        second_page = contract_lists.search_contracts(
            uow, ContractQuery(sort="number", descending=False), offset=2, limit=2
        )
    assert [r.title for r in by_value] == ["Third", "Second", "First"]
    assert [r.title for r in first_page + second_page] == ["Second", "First", "Third"]
    first = next(r for r in by_value if r.title == "First")
    assert first.parties == ("星河电池", "江南大学")  # a member's short name, in contract order
    assert next(r for r in by_value if r.title == "Third").parties == ("A", "B", "C")
    assert first.value == Decimal("20.00") and first.currency == "CNY"
    assert first.kind == "joint_rd" and first.language == "en" and first.status == "draft"
    assert first.number.startswith("HX-") and first.updated_by == CLERK.name


def test_status_counts_and_a_matchs_contracts(database: Database) -> None:
    made = office_contracts(database)
    set_status(database, made["membrane"].id, ContractStatus.APPROVED)
    office = make_office(database, publish=False)
    match_id = put_match(database, office, MatchStatus.AGREED)
    drafted = run(database, contracts.contract_from_match, match_id, "joint_rd.two_party.en", CLERK)

    with UnitOfWork(database) as uow:
        counts = contract_lists.status_counts(uow)
        of_match = contract_lists.contracts_of_match(uow, match_id)
    assert counts == {"draft": 3, "approved": 1}
    assert [r.id for r in of_match] == [drafted.id]
    assert of_match[0].match_id == match_id
