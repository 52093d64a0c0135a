-- The sandbox payment provider now runs as its own process with its own database (module sandbox-payment, issue
-- #10): its books no longer live in orders. Nothing of orders ever referenced these tables. A sandbox payment still
-- waiting in an old local run is simply forgotten (sandbox money; the checkout expires and releases its stock).
DROP TABLE IF EXISTS sandbox_notification_attempt;
DROP TABLE IF EXISTS sandbox_notification;
DROP TABLE IF EXISTS sandbox_refund;
DROP TABLE IF EXISTS sandbox_payment;
