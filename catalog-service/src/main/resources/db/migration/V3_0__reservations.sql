-- Stock reservations of checkouts (order-service's saga, see DESIGN.md): a reservation moves units from
-- sellable (sku_stock.on_hand - reserved) to reserved; confirming it takes them out of stock (paid), releasing
-- or expiring it gives them back. Only conditional UPDATEs of sku_stock move units, so stock never oversells.
CREATE TABLE reservation (
    -- order-service's checkout id: at most one reservation per checkout, so a retried or racing duplicate
    -- request finds the first one instead of reserving twice.
    checkout_id  UUID PRIMARY KEY,
    status       VARCHAR(16)  NOT NULL CHECK (status IN ('ACTIVE', 'CONFIRMED', 'RELEASED', 'EXPIRED')),
    requested_by VARCHAR(255) NOT NULL,
    expires_at   TIMESTAMPTZ  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    confirmed_at TIMESTAMPTZ,
    released_at  TIMESTAMPTZ,
    version      BIGINT       NOT NULL DEFAULT 0,
    CHECK (expires_at > created_at)
);
-- What the sweeper looks for: active reservations past their expiry, oldest first.
CREATE INDEX reservation_due ON reservation (expires_at) WHERE status = 'ACTIVE';

CREATE TABLE reservation_line (
    checkout_id UUID    NOT NULL REFERENCES reservation (checkout_id),
    line_no     INTEGER NOT NULL CHECK (line_no >= 0),
    sku_id      UUID    NOT NULL REFERENCES sku (id),
    quantity    INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 999),
    PRIMARY KEY (checkout_id, line_no),
    UNIQUE (checkout_id, sku_id)
);
-- Audits ("reserved = the sum of active reservation lines") and per-SKU look-ups.
CREATE INDEX reservation_line_sku ON reservation_line (sku_id);
