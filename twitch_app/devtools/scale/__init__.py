"""The production path on one machine: local PostgreSQL and Redis, the deploy layout.

services.py   start/stop a throwaway PostgreSQL cluster and Redis on loopback (data/scale/)
layout.py     the README's deployment on loopback: static export + web server + backend workers
"""
