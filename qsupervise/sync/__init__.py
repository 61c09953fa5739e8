"""Sync between stations (DESIGN §5): station keys, the signed ``.qsp`` package and its SQLite payload.

This layer reads and writes files only; applying a package to a database is built on top of it.
"""
