-- The version of a worklist item, moved on by every change of its status, assignee or note: its
-- ETag, which a change must name in If-Match.
ALTER TABLE underpayment ADD COLUMN row_version bigint NOT NULL DEFAULT 0;
