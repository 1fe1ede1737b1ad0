-- The audit rows of a database replaced by a restore are kept here, in the restored database,
-- with when and from which file they were archived. id is the row's id in its own audit_log.
CREATE TABLE audit_log_archive (
    id            BIGINT NOT NULL,
    at            TIMESTAMP NOT NULL,
    os_user       VARCHAR(100) NOT NULL,
    machine       VARCHAR(200) NOT NULL,
    action        VARCHAR(30) NOT NULL,
    entity        VARCHAR(50) NOT NULL,
    entity_id     BIGINT,
    detail        VARCHAR(4000),
    archived_at   TIMESTAMP NOT NULL,
    archived_from VARCHAR(1000) NOT NULL,
    PRIMARY KEY (archived_at, id)
);
