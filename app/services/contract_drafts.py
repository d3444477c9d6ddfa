"""How a new contract starts: the contract type that fits a match's cooperation types, and a
blank contract for a template (an empty party per role, a term of one year, five years of
confidentiality: the clauses need values to render; the clerk changes them in the editor)."""

from collections.abc import Sequence
from datetime import date

from app.services.contract_data import ContractData, PartyData
from app.services.contract_templates import load_template

DEFAULT_TYPE = "joint_rd"
CONFIDENTIALITY_YEARS = 5
# The contract type closest to a listing's cooperation type (Listing.cooperation_types).
TYPE_FOR_COOPERATION = {
    "licensing": "technology_transfer",
    "joint_rd": "joint_rd",
    "technical_service": "technical_service",
    "commissioned_development": "commissioned_development",
    "talent_training": "consultancy",
    "equipment_sharing": "technical_service",
    "equity_investment": "joint_rd",
}


def contract_type_for(demand_types: Sequence[str], supply_types: Sequence[str] = ()) -> str:
    """The contract type for a match: the first cooperation type both sides name (the demand's
    order), else the demand's first, else the supply's; joint R&D when none fits."""
    shared = [t for t in demand_types if t in supply_types]
    for cooperation in (*shared, *demand_types, *supply_types):
        if cooperation in TYPE_FOR_COOPERATION:
            return TYPE_FOR_COOPERATION[cooperation]
    return DEFAULT_TYPE


def a_year_later(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def blank_contract(template_id: str, today: date | None = None) -> ContractData:
    """A new contract's data: an empty party for each of the template's roles, a term of one
    year from today and five years of confidentiality (the clauses need a value to render;
    the clerk changes them in the editor). Names are filled in before it is submitted."""
    start = today or date.today()
    template = load_template(template_id)
    return ContractData(
        start_date=start,
        end_date=a_year_later(start),
        confidentiality_years=CONFIDENTIALITY_YEARS,
        parties=tuple(PartyData(role.key, role.label) for role in template.roles),
    )
