-- When the latest proposal was made (the time of its PROPOSED event): a payor proposal awaiting our
-- answer is due a configured number of days after it, since negotiation-changed carries no respond-by
-- date. Rows projected before this column existed take their last change, the best time they hold.
ALTER TABLE negotiation_projection ADD COLUMN latest_proposed_at timestamptz;
UPDATE negotiation_projection SET latest_proposed_at = changed_at WHERE latest_from IS NOT NULL;
