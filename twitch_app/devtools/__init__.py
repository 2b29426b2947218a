"""Developer scripts (icons, README screenshot); not imported by the app."""
