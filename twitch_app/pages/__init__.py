"""One module per route; each exposes `page()` returning the route's component."""
