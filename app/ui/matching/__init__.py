"""Service docking screens: the matching workspace and the matches board."""
