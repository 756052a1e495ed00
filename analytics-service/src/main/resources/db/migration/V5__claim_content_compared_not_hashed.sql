-- A claim that arrives again under a known key is compared field by field with the stored one (only
-- then, which is rare), so bulk ingest no longer hashes every claim nor stores the hash.
ALTER TABLE claim DROP COLUMN content_hash;
