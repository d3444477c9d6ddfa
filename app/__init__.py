"""Helix: the desktop application of a regional technology-transfer office."""

__version__ = "0.1.0"
