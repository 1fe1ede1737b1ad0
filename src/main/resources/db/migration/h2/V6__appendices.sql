-- The appendices (phụ lục) a plan prints are its choice: each one listed in the plan's order,
-- switched on or off. kind is an AppendixKind (ASSIGNMENT / PRESENTATIONS / AWARDS / FREE); a
-- free appendix has its own title and table: one row a line, cells separated by tabs, the first
-- row the header row.
CREATE TABLE plan_appendix (
    plan_id    BIGINT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    position   INT NOT NULL,
    kind       VARCHAR(20) NOT NULL,
    enabled    BOOLEAN NOT NULL DEFAULT TRUE,
    title      VARCHAR(1000),
    table_text CLOB,
    PRIMARY KEY (plan_id, position)
);

-- Plans stored before keep what they printed: the assignment table when they had tasks, the
-- presentation list when they had presentations, the award list when a movement of theirs had
-- nominations, in that order.
INSERT INTO plan_appendix (plan_id, position, kind, enabled)
SELECT p.id, 0, 'ASSIGNMENT', TRUE FROM plan p
WHERE EXISTS (SELECT 1 FROM task t WHERE t.plan_id = p.id AND t.kind = 'TASK');

INSERT INTO plan_appendix (plan_id, position, kind, enabled)
SELECT p.id, (SELECT COUNT(*) FROM plan_appendix a WHERE a.plan_id = p.id), 'PRESENTATIONS', TRUE FROM plan p
WHERE EXISTS (SELECT 1 FROM task t WHERE t.plan_id = p.id AND t.kind = 'PRESENTATION');

INSERT INTO plan_appendix (plan_id, position, kind, enabled)
SELECT p.id, (SELECT COUNT(*) FROM plan_appendix a WHERE a.plan_id = p.id), 'AWARDS', TRUE FROM plan p
WHERE EXISTS (SELECT 1 FROM movement m JOIN nomination n ON n.movement_id = m.id WHERE m.plan_id = p.id);
