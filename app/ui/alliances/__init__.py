"""The Alliances screen: standing communities of members, their focus, lead member, dates, and
the members with their roles."""
