-- Refunds an operator sends again, and refunds the provider has really paid; after V4_0 so that databases
-- already at V4_0 migrate without out-of-order Flyway runs.
-- A refund the provider refused can be sent again by an operator; the refused one is then RETRIED.
ALTER TABLE refund DROP CONSTRAINT refund_status_check;
ALTER TABLE refund ADD CONSTRAINT refund_status_check CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED', 'RETRIED'));
CREATE INDEX refund_by_status ON refund (status, created_at, id);

-- What the provider has actually paid back (decided refunds count in refunded_fen as soon as they are decided):
-- the feed reports only money that moved.
ALTER TABLE shop_order ADD COLUMN refund_paid_fen BIGINT NOT NULL DEFAULT 0
    CHECK (refund_paid_fen >= 0 AND refund_paid_fen <= refunded_fen);
