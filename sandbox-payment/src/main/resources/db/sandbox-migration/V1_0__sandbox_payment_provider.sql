-- The sandbox payment provider's own server-side state (an Alipay / WeChat Pay stand-in): "the provider's
-- database", in the sandbox's own database. Moved here from order-service's V3_0 (issue #10); order-service's V7_0
-- drops its old copy. notify_url is where the merchant asked this payment's notifications to go (Alipay's notify_url).

CREATE TABLE sandbox_payment (
    provider_payment_id VARCHAR(40)  PRIMARY KEY,
    payment_id          UUID         NOT NULL UNIQUE,
    amount_fen          BIGINT       NOT NULL CHECK (amount_fen > 0),
    currency            VARCHAR(3)   NOT NULL,
    subject             VARCHAR(256) NOT NULL,
    status              VARCHAR(16)  NOT NULL CHECK (status IN ('WAITING', 'PAID', 'CLOSED')),
    expires_at          TIMESTAMPTZ  NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL,
    paid_at             TIMESTAMPTZ,
    closed_at           TIMESTAMPTZ,
    paid_by             VARCHAR(255),
    notify_url          VARCHAR(500) NOT NULL,
    refunded_fen        BIGINT       NOT NULL DEFAULT 0,
    version             BIGINT       NOT NULL DEFAULT 0,
    CHECK (refunded_fen >= 0 AND refunded_fen <= amount_fen),
    CHECK ((status = 'PAID') = (paid_at IS NOT NULL))
);

CREATE TABLE sandbox_refund (
    refund_id          UUID         PRIMARY KEY,
    provider_refund_id VARCHAR(40)  UNIQUE,
    payment_id         UUID         NOT NULL,
    refund_fen         BIGINT       NOT NULL,
    payment_total_fen  BIGINT       NOT NULL,
    reason             VARCHAR(500),
    status             VARCHAR(16)  NOT NULL CHECK (status IN ('SUCCEEDED', 'FAILED')),
    failure_reason     VARCHAR(64),
    created_at         TIMESTAMPTZ  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL,
    CHECK ((status = 'SUCCEEDED') = (provider_refund_id IS NOT NULL))
);
CREATE INDEX sandbox_refund_payment ON sandbox_refund (payment_id);

-- One notification per payment outcome; body is the exact signed form sent on every (re)delivery.
CREATE TABLE sandbox_notification (
    notify_id           VARCHAR(40)  PRIMARY KEY,
    provider_payment_id VARCHAR(40)  NOT NULL REFERENCES sandbox_payment (provider_payment_id),
    trade_status        VARCHAR(32)  NOT NULL,
    body                TEXT         NOT NULL,
    status              VARCHAR(16)  NOT NULL CHECK (status IN ('PENDING', 'ACKNOWLEDGED', 'GAVE_UP')),
    attempts            INT          NOT NULL DEFAULT 0,
    next_attempt_at     TIMESTAMPTZ,
    created_at          TIMESTAMPTZ  NOT NULL,
    acknowledged_at     TIMESTAMPTZ,
    gave_up_at          TIMESTAMPTZ
);
CREATE INDEX sandbox_notification_due ON sandbox_notification (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX sandbox_notification_payment ON sandbox_notification (provider_payment_id);

-- Every delivery attempt, automatic or asked for by an operator (manual).
CREATE TABLE sandbox_notification_attempt (
    id           BIGSERIAL    PRIMARY KEY,
    notify_id    VARCHAR(40)  NOT NULL REFERENCES sandbox_notification (notify_id),
    attempted_at TIMESTAMPTZ  NOT NULL,
    url          VARCHAR(500) NOT NULL,
    http_status  INT,
    acknowledged BOOLEAN      NOT NULL,
    manual       BOOLEAN      NOT NULL,
    duration_ms  BIGINT       NOT NULL,
    error        VARCHAR(500)
);
CREATE INDEX sandbox_notification_attempt_notify ON sandbox_notification_attempt (notify_id, id);
