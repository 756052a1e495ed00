-- The documented sorts by creation and last change read a page straight off an index instead of
-- sorting every payor (measured by bench/payor-search).
CREATE INDEX payor_updated_idx ON payor (updated_at, id);
CREATE INDEX payor_created_idx ON payor (created_at, id);
CREATE INDEX payor_type_name_idx ON payor (type, lower(name), id);
