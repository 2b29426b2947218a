"""Tables and keyword-only data-access functions (no Reflex import)."""
