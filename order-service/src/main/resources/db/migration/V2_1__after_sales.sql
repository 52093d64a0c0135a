-- After-sale cases of shop orders: the buyer asks for money back (REFUND, before anything shipped) or for a return
-- and refund (RETURN_REFUND, after delivery); the seller decides, the buyer may dispute a rejection, an admin
-- arbitrates. While a case is open its order is in AFTER_SALE (so nothing completes it automatically).
CREATE TABLE after_sale (
    id                     UUID PRIMARY KEY,
    shop_order_id          UUID         NOT NULL REFERENCES shop_order (id),
    buyer_sub              VARCHAR(255) NOT NULL,
    shop_id                UUID         NOT NULL,
    shop_owner_sub         VARCHAR(255) NOT NULL,
    kind                   VARCHAR(16)  NOT NULL CHECK (kind IN ('REFUND', 'RETURN_REFUND')),
    status                 VARCHAR(16)  NOT NULL CHECK (status IN ('REQUESTED', 'REJECTED', 'DISPUTED',
                                        'AWAITING_RETURN', 'RETURN_SHIPPED', 'REFUNDED', 'CLOSED', 'WITHDRAWN')),
    reason_code            VARCHAR(24)  NOT NULL,
    description            VARCHAR(1000),
    requested_goods_fen    BIGINT       NOT NULL CHECK (requested_goods_fen > 0),
    refund_goods_fen       BIGINT       CHECK (refund_goods_fen >= 0),
    refund_shipping_fen    BIGINT       CHECK (refund_shipping_fen >= 0),
    refund_id              UUID REFERENCES refund (id),
    return_carrier         VARCHAR(40),
    return_tracking_number VARCHAR(40),
    dispute_deadline       TIMESTAMPTZ,
    created_at             TIMESTAMPTZ  NOT NULL,
    updated_at             TIMESTAMPTZ  NOT NULL,
    closed_at              TIMESTAMPTZ,
    version                BIGINT       NOT NULL DEFAULT 0
);
-- At most one open case per order.
CREATE UNIQUE INDEX after_sale_one_open ON after_sale (shop_order_id)
    WHERE status NOT IN ('REFUNDED', 'CLOSED', 'WITHDRAWN');
CREATE INDEX after_sale_buyer ON after_sale (buyer_sub, created_at DESC, id);
CREATE INDEX after_sale_owner ON after_sale (shop_owner_sub, created_at DESC, id);
CREATE INDEX after_sale_all ON after_sale (created_at DESC, id);
CREATE INDEX after_sale_rejected ON after_sale (dispute_deadline) WHERE status = 'REJECTED';

-- Every move of a case: who, when, why.
CREATE TABLE after_sale_transition (
    id            BIGSERIAL PRIMARY KEY,
    after_sale_id UUID         NOT NULL REFERENCES after_sale (id),
    from_status   VARCHAR(16),
    to_status     VARCHAR(16)  NOT NULL,
    actor_sub     VARCHAR(255) NOT NULL,
    actor_role    VARCHAR(16)  NOT NULL,
    reason        VARCHAR(1000),
    at            TIMESTAMPTZ  NOT NULL
);
CREATE INDEX after_sale_transition_case ON after_sale_transition (after_sale_id, id);

-- The buyer's photos (JPEG or PNG, sniffed), stored in the object store under object_key.
CREATE TABLE after_sale_photo (
    id            UUID PRIMARY KEY,
    after_sale_id UUID         NOT NULL REFERENCES after_sale (id),
    object_key    VARCHAR(200) NOT NULL UNIQUE,
    content_type  VARCHAR(32)  NOT NULL,
    size_bytes    BIGINT       NOT NULL CHECK (size_bytes > 0),
    created_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX after_sale_photo_case ON after_sale_photo (after_sale_id, created_at, id);
