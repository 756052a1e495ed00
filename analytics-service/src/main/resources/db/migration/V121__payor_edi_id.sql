-- The EDI payer ids of each payor, kept from payor-changed events (PayorEdiIds), so that an 835's payer
-- and a claim sent with an EDI payer id find their payor. Only the ids: this is not a payor projection.
CREATE TABLE payor_edi_id_version (
    payor_id uuid   PRIMARY KEY,
    version  bigint NOT NULL
);
CREATE TABLE payor_edi_id (
    payer_id text NOT NULL, -- upper case, as payor-service keeps it
    payor_id uuid NOT NULL,
    PRIMARY KEY (payer_id, payor_id)
);
CREATE INDEX payor_edi_id_payor_idx ON payor_edi_id (payor_id);
