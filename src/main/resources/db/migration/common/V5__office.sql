-- An office's own database: what the sample loader created (so that "Xóa dữ liệu mẫu" removes
-- exactly that and leaves what the office typed), the office's settings, and where the register
-- of outgoing documents starts (numbers issued outside the app before it was adopted).

-- One row per row the sample loader inserted. entity is the table's name.
CREATE TABLE sample_record (
    entity    VARCHAR(30) NOT NULL,   -- organization / person / recipient_group / plan / movement
    entity_id BIGINT NOT NULL,
    PRIMARY KEY (entity, entity_id)
);

-- The office this database belongs to: province, place name used in dates, how it was started.
CREATE TABLE office_setting (
    setting_name  VARCHAR(50) PRIMARY KEY,
    setting_value VARCHAR(500) NOT NULL
);

-- Per symbol and year, the last number already issued outside the app: the register proposes
-- the next one and refuses any number up to it.
CREATE TABLE register_start (
    symbol          VARCHAR(50) NOT NULL,
    issue_year      INT NOT NULL,
    last_number     INT NOT NULL,
    issuing_body_id BIGINT REFERENCES organization(id) ON DELETE SET NULL,
    PRIMARY KEY (symbol, issue_year)
);
