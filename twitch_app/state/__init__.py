"""Reflex states: thin adapters between the pages and the pure core / data layer."""
