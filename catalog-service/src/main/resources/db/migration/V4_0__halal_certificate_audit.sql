-- Halal certificates (table in V2): who did what to a certificate, when and why. Kept forever, never updated.
CREATE TABLE halal_certificate_event (
    id             BIGSERIAL PRIMARY KEY,
    certificate_id UUID         NOT NULL REFERENCES halal_certificate (id),
    action         VARCHAR(24)  NOT NULL CHECK (action IN ('REGISTERED', 'UPDATED', 'SCAN_ATTACHED', 'STATUS_CHANGED')),
    from_status    VARCHAR(16),
    to_status      VARCHAR(16),
    actor_sub      VARCHAR(255) NOT NULL,
    reason         VARCHAR(1000),
    at             TIMESTAMPTZ  NOT NULL
);
CREATE INDEX halal_certificate_event_certificate ON halal_certificate_event (certificate_id, id);
CREATE INDEX halal_certificate_category_category ON halal_certificate_category (category_id);

-- Every category with each of its ancestors and itself (depth 0 = itself). A halal certificate listing a
-- category covers everything below it, so coverage joins through this view. See HalalCertificates.SQL_HALAL.
CREATE VIEW category_lineage (category_id, ancestor_id, depth) AS
WITH RECURSIVE up (category_id, ancestor_id, parent_id, depth) AS (
    SELECT c.id, c.id, c.parent_id, 0 FROM category c
    UNION ALL
    SELECT up.category_id, p.id, p.parent_id, up.depth + 1
    FROM up JOIN category p ON p.id = up.parent_id
    WHERE up.depth < 32
)
SELECT category_id, ancestor_id, depth FROM up;
