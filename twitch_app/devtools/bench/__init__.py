"""`make bench`: Lighthouse, interaction latency and backend load against budgets."""
