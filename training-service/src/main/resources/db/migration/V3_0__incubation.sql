-- Incubation: trainees linked to their catalog shop, the order feed's facts, shop openings, outcome reports.

-- What a consent covers. Linking a trainee's shop and reading its sales needs a consent that names it.
ALTER TABLE trainee_consent ADD COLUMN covers_shop_sales BOOLEAN NOT NULL DEFAULT FALSE;

-- A trainee's catalog shop and the OIDC subject that owns it; at most one shop per trainee and one trainee per shop.
CREATE TABLE shop_link (
    trainee_id UUID PRIMARY KEY REFERENCES trainee (id) ON DELETE CASCADE,
    shop_id    UUID         NOT NULL UNIQUE,
    owner_sub  VARCHAR(255) NOT NULL,
    linked_by  VARCHAR(255) NOT NULL,
    linked_at  TIMESTAMPTZ  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0
);

-- Every link and unlink: who, when, which shop, why. Append-only.
CREATE TABLE shop_link_audit (
    id         UUID PRIMARY KEY,
    trainee_id UUID         NOT NULL REFERENCES trainee (id) ON DELETE CASCADE,
    action     VARCHAR(8)   NOT NULL CHECK (action IN ('LINKED', 'UNLINKED')),
    shop_id    UUID         NOT NULL,
    owner_sub  VARCHAR(255) NOT NULL,
    actor_sub  VARCHAR(255) NOT NULL,
    at         TIMESTAMPTZ  NOT NULL,
    reason     VARCHAR(500)
);
CREATE INDEX shop_link_audit_trainee ON shop_link_audit (trainee_id, at);

-- When catalog approved the shop (its first APPROVED transition), as read from catalog's shop history.
CREATE TABLE shop_opening (
    shop_id     UUID PRIMARY KEY,
    approved_at TIMESTAMPTZ,
    checked_at  TIMESTAMPTZ NOT NULL
);

-- The minimal facts of EVERY order event of the feed (not only linked shops'): a shop linked later still has its
-- whole history here, without re-reading the feed from the start. Keyed by the event id, so applying an event
-- twice (a replayed page, two pollers) changes nothing. No personal data: shop ids and amounts only.
CREATE TABLE order_fact (
    event_id              UUID PRIMARY KEY,
    sequence              BIGINT      NOT NULL,
    type                  VARCHAR(24) NOT NULL,
    occurred_at           TIMESTAMPTZ NOT NULL,
    shop_order_id         UUID        NOT NULL,
    shop_id               UUID        NOT NULL,
    total_fen             BIGINT      NOT NULL,
    commission_fen        BIGINT      NOT NULL,
    refund_fen            BIGINT      NOT NULL,
    commission_refund_fen BIGINT      NOT NULL,
    fully_refunded        BOOLEAN     NOT NULL,
    source                VARCHAR(8)  NOT NULL DEFAULT 'FEED' CHECK (source IN ('FEED', 'DEMO'))
);
CREATE INDEX order_fact_shop ON order_fact (shop_id, occurred_at, sequence);

-- Consumers' cursors: the sequence of the last event applied.
CREATE TABLE feed_cursor (
    name          VARCHAR(32) PRIMARY KEY,
    last_sequence BIGINT      NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);
INSERT INTO feed_cursor (name, last_sequence, updated_at) VALUES ('orders', 0, now());
