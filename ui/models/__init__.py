"""Qt table models over plain data returned by the core services."""
