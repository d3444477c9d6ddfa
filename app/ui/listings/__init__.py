"""The information-release screens: Listings (with the listing form) and the Verification queue."""
