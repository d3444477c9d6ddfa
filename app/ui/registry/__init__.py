"""The member registry screen: search and facets, the lazily loaded table, the member form."""
