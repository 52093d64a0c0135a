-- Results per module; "passed" is fixed against the module's pass score when the result is recorded.
CREATE TABLE assessment_result (
    id           UUID PRIMARY KEY,
    trainee_id   UUID          NOT NULL REFERENCES trainee (id) ON DELETE CASCADE,
    module_id    UUID          NOT NULL REFERENCES programme_module (id),
    score        NUMERIC(5, 2) NOT NULL CHECK (score BETWEEN 0 AND 100),
    passed       BOOLEAN       NOT NULL,
    assessed_on  DATE          NOT NULL,
    assessor_sub VARCHAR(255)  NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL,
    UNIQUE (trainee_id, module_id, assessed_on)
);

-- Certificates after the national 互联网营销师 occupation: work type and level (五级 … 一级).
CREATE TABLE certificate (
    id                UUID PRIMARY KEY,
    trainee_id        UUID         NOT NULL REFERENCES trainee (id) ON DELETE CASCADE,
    work_type         VARCHAR(32)  NOT NULL CHECK (work_type IN ('LIVE_STREAM_SELLER', 'PRODUCT_SELECTOR',
                                                                 'VIDEO_PROMOTER', 'PLATFORM_MANAGER')),
    level             VARCHAR(8)   NOT NULL CHECK (level IN ('LEVEL_5', 'LEVEL_4', 'LEVEL_3', 'LEVEL_2', 'LEVEL_1')),
    issued_on         DATE         NOT NULL,
    expires_on        DATE,
    verification_code VARCHAR(16)  NOT NULL UNIQUE,
    issued_by         VARCHAR(255) NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL,
    CHECK (expires_on IS NULL OR expires_on > issued_on)
);
CREATE INDEX certificate_trainee ON certificate (trainee_id, issued_on);
