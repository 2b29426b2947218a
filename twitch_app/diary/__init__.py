"""The twitch diary's pure core: input checks, statistics, rule watch, summary, export."""
