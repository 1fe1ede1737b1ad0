-- Every write transaction leaves a receipt: a random token of its own, in the same transaction.
-- When the connection breaks while a commit is on its way (the workstation holding the shared
-- file closed it at that moment), the writer reconnects and looks its token up: found, the write
-- reached the file and must not be run again; absent, it did not, and is run once more.
-- Receipts older than a week are removed with the daily backup. Not backed up.
CREATE TABLE write_receipt (
    token      VARCHAR(36) NOT NULL PRIMARY KEY,
    written_at TIMESTAMP NOT NULL
);
