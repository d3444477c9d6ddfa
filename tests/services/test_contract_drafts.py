"""How a new contract starts: the type for a match, a blank contract for a template."""

from datetime import date

from app.services.contract_drafts import a_year_later, blank_contract, contract_type_for


def test_contract_type_for_a_match_follows_the_cooperation_types() -> None:
    assert contract_type_for(["licensing"]) == "technology_transfer"
    assert contract_type_for(["licensing", "joint_rd"], ["joint_rd"]) == "joint_rd"
    assert contract_type_for([], ["technical_service"]) == "technical_service"
    assert contract_type_for(["equity_investment"]) == "joint_rd"
    assert contract_type_for([]) == "joint_rd"


def test_a_blank_contract_has_a_party_per_role_and_a_year_long_term() -> None:
    data = blank_contract("technology_transfer.three_party.zh", date(2028, 2, 29))
    assert [p.role for p in data.parties] == ["transferor", "transferee", "coordinator"]
    assert data.start_date == date(2028, 2, 29) and data.end_date == date(2029, 2, 28)
    assert a_year_later(date(2026, 11, 28)) == date(2027, 11, 28)
