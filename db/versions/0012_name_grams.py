"""name grams: a PostgreSQL index for searches of one or two Chinese characters; nothing on SQLite

The trigram index of 0011 serves ``search_key LIKE '%…%'`` from three characters on; one or two characters
(the commonest searches: 石, 高庙) left a PostgreSQL server scanning every row (~350 ms at 200k enterprises,
where SQLite's scan takes ~40 ms). ``qs_name_grams(search_key)`` is the set of single characters and character
pairs of the name part of the key (its second U+001F-separated field: models/registry.py), with a GIN index
over live rows; the registry search adds ``qs_name_grams(search_key) @> ARRAY[…]`` beside its LIKE for such
searches (qsupervise/dialect.py ``name_grams_contain``), so both engines return the same rows.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-24 15:50:00
"""

from __future__ import annotations

from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("""
        CREATE FUNCTION qs_name_grams(key text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
            SELECT coalesce(array_agg(DISTINCT substr(n, i, w)), '{}')
            FROM (SELECT split_part(key, chr(31), 2) AS n) AS part,
                 generate_series(1, length(n)) AS i, (VALUES (1), (2)) AS width(w)
            WHERE i + w - 1 <= length(n)
        $$""")
    op.execute("CREATE INDEX ix_enterprise_name_grams ON enterprise USING gin (qs_name_grams(search_key)) "
               "WHERE deleted_at IS NULL")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX ix_enterprise_name_grams")
    op.execute("DROP FUNCTION qs_name_grams(text)")
