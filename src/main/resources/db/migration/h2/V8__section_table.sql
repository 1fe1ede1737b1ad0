-- An outline section may hold a table (a table in the body of a plan brought in from Word, kept as
-- a table): one row a line, cells separated by tabs, the first row the header row, as
-- plan_appendix.table_text. NULL: no table. Existing sections have none.
ALTER TABLE plan_section ADD COLUMN table_text CLOB;
