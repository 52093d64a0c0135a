-- A checkout is what a buyer pays once; it splits into one shop order per shop.
CREATE TABLE checkout (
    id                  UUID PRIMARY KEY,
    buyer_sub           VARCHAR(255) NOT NULL,
    status              VARCHAR(24)  NOT NULL CHECK (status IN ('PENDING_PAYMENT', 'PAID', 'EXPIRED', 'CANCELLED', 'FAILED')),
    currency            CHAR(3)      NOT NULL DEFAULT 'CNY',
    goods_fen           BIGINT       NOT NULL CHECK (goods_fen >= 0),
    shipping_fen        BIGINT       NOT NULL CHECK (shipping_fen >= 0),
    total_fen           BIGINT       NOT NULL CHECK (total_fen = goods_fen + shipping_fen),
    recipient_name      VARCHAR(60)  NOT NULL,
    recipient_phone     VARCHAR(20)  NOT NULL,
    province_code       CHAR(2)      NOT NULL,
    address_line        VARCHAR(300) NOT NULL,
    payment_provider    VARCHAR(24),
    provider_payment_id VARCHAR(64),
    pay_url             VARCHAR(500),
    failure             VARCHAR(64),
    -- What catalog-service still has to hear about this checkout's reservation (done by a retrying job).
    stock_state         VARCHAR(16)  NOT NULL CHECK (stock_state IN ('RESERVED', 'CONFIRMED', 'RELEASED')),
    expires_at          TIMESTAMPTZ  NOT NULL,
    paid_at             TIMESTAMPTZ,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version             BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX checkout_buyer ON checkout (buyer_sub, created_at DESC, id);
CREATE INDEX checkout_unpaid ON checkout (expires_at) WHERE status = 'PENDING_PAYMENT';
CREATE INDEX checkout_stock_unsettled ON checkout (created_at)
    WHERE stock_state = 'RESERVED' AND status <> 'PENDING_PAYMENT';

CREATE TABLE shop_order (
    id                  UUID PRIMARY KEY,
    checkout_id         UUID         NOT NULL REFERENCES checkout (id),
    buyer_sub           VARCHAR(255) NOT NULL,
    shop_id             UUID         NOT NULL,
    shop_name_zh        VARCHAR(120) NOT NULL,
    shop_owner_sub      VARCHAR(255) NOT NULL,
    status              VARCHAR(24)  NOT NULL CHECK (status IN ('PENDING_PAYMENT', 'PAID', 'ACCEPTED', 'SHIPPED',
                                     'DELIVERED', 'COMPLETED', 'CANCELLED', 'AFTER_SALE', 'REFUNDED')),
    resume_status       VARCHAR(24),
    currency            CHAR(3)      NOT NULL DEFAULT 'CNY',
    goods_fen           BIGINT       NOT NULL CHECK (goods_fen > 0),
    shipping_fen        BIGINT       NOT NULL CHECK (shipping_fen >= 0),
    total_fen           BIGINT       NOT NULL CHECK (total_fen = goods_fen + shipping_fen),
    commission_rate_bp  INT          NOT NULL CHECK (commission_rate_bp BETWEEN 0 AND 10000),
    commission_fen      BIGINT       NOT NULL CHECK (commission_fen >= 0 AND commission_fen <= goods_fen),
    refunded_fen        BIGINT       NOT NULL DEFAULT 0 CHECK (refunded_fen >= 0 AND refunded_fen <= total_fen),
    refunded_goods_fen  BIGINT       NOT NULL DEFAULT 0 CHECK (refunded_goods_fen >= 0 AND refunded_goods_fen <= goods_fen),
    packed_weight_g     INT          NOT NULL,
    cold_chain          BOOLEAN      NOT NULL,
    tracking_number     VARCHAR(40),
    carrier             VARCHAR(40),
    ship_by             TIMESTAMPTZ,
    paid_at             TIMESTAMPTZ,
    shipped_at          TIMESTAMPTZ,
    delivered_at        TIMESTAMPTZ,
    completed_at        TIMESTAMPTZ,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version             BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX shop_order_checkout ON shop_order (checkout_id);
CREATE INDEX shop_order_buyer ON shop_order (buyer_sub, created_at DESC, id);
CREATE INDEX shop_order_shop ON shop_order (shop_id, created_at DESC, id);
CREATE INDEX shop_order_ship_by ON shop_order (ship_by) WHERE status IN ('PAID', 'ACCEPTED');
CREATE INDEX shop_order_delivered ON shop_order (delivered_at) WHERE status = 'DELIVERED';

CREATE TABLE shop_order_line (
    shop_order_id   UUID         NOT NULL REFERENCES shop_order (id),
    line_no         INT          NOT NULL,
    sku_id          UUID         NOT NULL,
    product_id      UUID         NOT NULL,
    product_name_zh VARCHAR(200) NOT NULL,
    product_name_en VARCHAR(200),
    sku_name_zh     VARCHAR(120) NOT NULL,
    sku_name_en     VARCHAR(120),
    unit            VARCHAR(20),
    quantity        INT          NOT NULL CHECK (quantity BETWEEN 1 AND 999),
    unit_price_fen  BIGINT       NOT NULL CHECK (unit_price_fen > 0),
    line_total_fen  BIGINT       NOT NULL CHECK (line_total_fen = unit_price_fen * quantity),
    PRIMARY KEY (shop_order_id, line_no)
);

-- Every change of a shop order's status: who, when, why.
CREATE TABLE shop_order_transition (
    id            BIGSERIAL PRIMARY KEY,
    shop_order_id UUID         NOT NULL REFERENCES shop_order (id),
    from_status   VARCHAR(24),
    to_status     VARCHAR(24)  NOT NULL,
    actor_sub     VARCHAR(255) NOT NULL,
    actor_role    VARCHAR(16)  NOT NULL,
    reason        VARCHAR(500),
    at            TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX shop_order_transition_order ON shop_order_transition (shop_order_id, id);

-- One payment per checkout; the provider's notifications are applied once by notification id.
CREATE TABLE payment_notification (
    notification_id VARCHAR(64) PRIMARY KEY,
    checkout_id     UUID        NOT NULL REFERENCES checkout (id),
    provider        VARCHAR(24) NOT NULL,
    amount_fen      BIGINT      NOT NULL,
    outcome         VARCHAR(24) NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Refunds of shop orders, sent to the payment provider outside any database lock.
CREATE TABLE refund (
    id                 UUID PRIMARY KEY,
    shop_order_id      UUID         NOT NULL REFERENCES shop_order (id),
    checkout_id        UUID         NOT NULL REFERENCES checkout (id),
    after_sale_id      UUID,
    goods_fen          BIGINT       NOT NULL CHECK (goods_fen >= 0),
    shipping_fen       BIGINT       NOT NULL CHECK (shipping_fen >= 0),
    amount_fen         BIGINT       NOT NULL CHECK (amount_fen = goods_fen + shipping_fen AND amount_fen > 0),
    status             VARCHAR(16)  NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    reason             VARCHAR(500) NOT NULL,
    provider_refund_id VARCHAR(64),
    failure            VARCHAR(200),
    attempts           INT          NOT NULL DEFAULT 0,
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    completed_at       TIMESTAMPTZ
);
CREATE INDEX refund_shop_order ON refund (shop_order_id);
CREATE INDEX refund_pending ON refund (created_at) WHERE status = 'PENDING';

-- The outbox: order facts written in the same transaction as the change, served as an ordered feed.
CREATE TABLE order_event (
    sequence      BIGSERIAL PRIMARY KEY,
    event_id      UUID         NOT NULL UNIQUE,
    type          VARCHAR(24)  NOT NULL,
    shop_order_id UUID         NOT NULL REFERENCES shop_order (id),
    shop_id       UUID         NOT NULL,
    occurred_at   TIMESTAMPTZ  NOT NULL,
    payload       JSONB        NOT NULL
);
