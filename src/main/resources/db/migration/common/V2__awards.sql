-- A nomination deadline may name one body (the standing agency of a movement sends its
-- list to Home Affairs later than the other bodies of its level).
ALTER TABLE nomination_deadline ADD COLUMN from_organization_id BIGINT REFERENCES organization(id);
CREATE INDEX nomination_movement_form ON nomination(movement_id, award_form_id);
