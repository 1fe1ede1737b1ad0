-- Optimistic locking: every update of these rows checks the version it read and adds one.
-- A save that finds another version was overtaken by someone else's save and is refused.
ALTER TABLE plan ADD COLUMN row_version INT NOT NULL DEFAULT 0;
ALTER TABLE task ADD COLUMN row_version INT NOT NULL DEFAULT 0;
ALTER TABLE conference ADD COLUMN row_version INT NOT NULL DEFAULT 0;
ALTER TABLE nomination ADD COLUMN row_version INT NOT NULL DEFAULT 0;
ALTER TABLE organization ADD COLUMN row_version INT NOT NULL DEFAULT 0;
