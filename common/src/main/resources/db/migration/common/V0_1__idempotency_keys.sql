-- Shipped by huinong-common: every service that uses @Idempotent gets this table through its own Flyway run.
CREATE TABLE idempotency_key (
    caller          VARCHAR(255) NOT NULL,
    idem_key        VARCHAR(255) NOT NULL,
    request_method  VARCHAR(10)  NOT NULL,
    request_path    VARCHAR(1000) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    response_status INTEGER,
    response_type   VARCHAR(255),
    response_headers TEXT,
    response_body   BYTEA,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    completed_at    TIMESTAMPTZ,
    PRIMARY KEY (caller, idem_key)
);
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
