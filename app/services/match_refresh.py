"""New suggestions the moment a listing is published: the engine ranks the new listing against
the other side, and its strong suggestions join the saved ones (nothing else is touched), so a
newly published supply that fits an open demand shows among the clerks' new matches without
waiting for the next *Match everything*."""

from app.models import ListingKind, Match, MatchOrigin, MatchStatus
from app.services import listings, matching
from app.services.match_data import Breakdown
from app.services.match_lists import STRONG_SCORE, flush_matches
from app.services.matches import _pair
from app.services.permissions import Action
from app.services.uow import Actor, UnitOfWork

TOP = 10


def suggest_for_listing(
    uow: UnitOfWork,
    listing_id: str,
    by: Actor,
    *,
    weights: matching.Weights | None = None,
    min_score: float = STRONG_SCORE,
) -> int:
    """Save the strong suggestions for a just-published listing; returns how many are new."""
    uow.acting(by, Action.WORK_MATCHES)
    listing = listings.get_listing(uow, listing_id)
    demand = listing.data.kind == ListingKind.DEMAND
    added = 0
    for found in matching.rank(uow, listing_id, top=TOP, weights=weights):
        if found.score < min_score:
            continue
        demand_id, supply_id = (
            (listing_id, found.listing_id) if demand else (found.listing_id, listing_id)
        )
        if _pair(uow, demand_id, supply_id, None) is not None:
            continue  # already suggested, proposed, dismissed or declined: left as it is
        uow.session.add(
            Match(
                demand_id=demand_id,
                supply_id=supply_id,
                score=round(float(found.score), 2),
                breakdown=Breakdown.of(found).to_json(),
                origin=MatchOrigin.ENGINE,
                status=MatchStatus.SUGGESTED,
            )
        )
        added += 1
    flush_matches(uow)
    return added
