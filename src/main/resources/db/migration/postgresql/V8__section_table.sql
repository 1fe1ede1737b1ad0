-- PostgreSQL's copy of h2/V8__section_table.sql, the same but TEXT where H2 says CLOB (PostgreSQL has no CLOB).
-- An outline section may hold a table (a table in the body of a plan brought in from Word, kept as
-- a table): one row a line, cells separated by tabs, the first row the header row, as
-- plan_appendix.table_text. NULL: no table. Existing sections have none.
ALTER TABLE plan_section ADD COLUMN table_text TEXT;
