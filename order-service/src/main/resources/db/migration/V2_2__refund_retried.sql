-- A refund the provider refused can be sent again by an operator; the refused one is then RETRIED.
ALTER TABLE refund DROP CONSTRAINT refund_status_check;
ALTER TABLE refund ADD CONSTRAINT refund_status_check CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED', 'RETRIED'));
CREATE INDEX refund_status ON refund (status, created_at, id);
