-- Uploads are stored as they came: compressing hundreds of megabytes of CSV on the way in costs more
-- than the disk it saves, and the input is deleted when its job ends.
ALTER TABLE job_input ALTER COLUMN data SET STORAGE EXTERNAL;
