-- Issue 11: presentations and tasks for several or collective units, and a cascade of conferences.
--
-- task.performers: who performs it when that is a group or a described collective rather than
-- (or besides) directory units, e.g. "mỗi huyện 01 thôn, 01 hợp tác xã"; printed after the units.
-- task.event_level: which level's meeting "N ngày trước hội nghị" counts from; NULL is the plan's
-- main conference, as before.
ALTER TABLE task ADD COLUMN performers VARCHAR(2000);
ALTER TABLE task ADD COLUMN event_level VARCHAR(20);

-- A site row is also the meeting of one level in a cascade (xã → huyện → tỉnh): it meets from
-- window_start until deadline ("trước ngày X": by X, X included), then reports to the level
-- reports_to by report_deadline. All NULL for a linked site of an online conference.
ALTER TABLE conference_site ADD COLUMN window_start DATE;
ALTER TABLE conference_site ADD COLUMN report_deadline DATE;
ALTER TABLE conference_site ADD COLUMN reports_to VARCHAR(20);
