-- The claim list's order (newest first), so a page token continues with one index range scan
-- (row comparison on (created_at, id)) and page 1 needs no sort of every claim.
CREATE INDEX claim_created_idx ON claim (created_at, id);
