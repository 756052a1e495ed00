-- The catalog is replaced whole by a CSV import; its one version number is what GET's ETag names and
-- what an import's If-Match must name, so that two people importing at once cannot overwrite each other.
CREATE TABLE service_catalog_version (
    id      integer PRIMARY KEY CHECK (id = 1),
    version bigint  NOT NULL
);
INSERT INTO service_catalog_version (id, version) VALUES (1, 0);
