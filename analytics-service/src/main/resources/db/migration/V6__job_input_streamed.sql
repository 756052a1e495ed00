-- A CSV upload is stored piece by piece while its job already reads it. Until the last piece is stored
-- the job is "receiving": only the replica receiving it runs it, and a job whose upload stopped
-- (heartbeat stale, input incomplete) fails instead of importing a cut-off file as if it were whole.
ALTER TABLE job ADD COLUMN receiving boolean NOT NULL DEFAULT false;
