-- Trainees. The national ID number and the household support status are sensitive: they are stored only as
-- AES-GCM ciphertext (12-byte random IV || ciphertext || 16-byte tag) in their own columns, with the id of the
-- key that sealed them so keys can be rotated (see SensitiveDataCipher). national_id_masked holds only what
-- everyone who may see the trainee sees anyway (first 3 and last 4 characters).
CREATE TABLE trainee (
    id                  UUID PRIMARY KEY,
    name                VARCHAR(100) NOT NULL,
    county_code         VARCHAR(6)   NOT NULL,
    county_name         VARCHAR(50)  NOT NULL,
    township_code       VARCHAR(9),
    township_name       VARCHAR(50),
    phone               VARCHAR(20),
    baseline_income_fen BIGINT       NOT NULL CHECK (baseline_income_fen >= 0),
    support_status_enc  BYTEA        NOT NULL,
    national_id_enc     BYTEA,
    national_id_masked  VARCHAR(18),
    crypto_key_id       VARCHAR(32)  NOT NULL,
    created_by          VARCHAR(255) NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CHECK ((national_id_enc IS NULL) = (national_id_masked IS NULL))
);
CREATE INDEX trainee_created ON trainee (created_at, id);

-- Consents, kept as history: at most one is in force (withdrawn_at IS NULL) per trainee.
CREATE TABLE trainee_consent (
    id                UUID PRIMARY KEY,
    trainee_id        UUID         NOT NULL REFERENCES trainee (id) ON DELETE CASCADE,
    scope             VARCHAR(500) NOT NULL,
    given_at          TIMESTAMPTZ  NOT NULL,
    recorded_by       VARCHAR(255) NOT NULL,
    recorded_at       TIMESTAMPTZ  NOT NULL,
    withdrawn_at      TIMESTAMPTZ,
    withdrawn_by      VARCHAR(255),
    withdrawal_reason VARCHAR(500),
    CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL))
);
CREATE UNIQUE INDEX trainee_consent_in_force ON trainee_consent (trainee_id) WHERE withdrawn_at IS NULL;

-- Every reveal of a sensitive field: who, when, which trainee, which field, why. Append-only.
CREATE TABLE sensitive_access_log (
    id          UUID PRIMARY KEY,
    trainee_id  UUID         NOT NULL REFERENCES trainee (id) ON DELETE CASCADE,
    actor_sub   VARCHAR(255) NOT NULL,
    accessed_at TIMESTAMPTZ  NOT NULL,
    field       VARCHAR(32)  NOT NULL CHECK (field IN ('NATIONAL_ID', 'SUPPORT_STATUS')),
    purpose     VARCHAR(200) NOT NULL
);
CREATE INDEX sensitive_access_log_trainee ON sensitive_access_log (trainee_id, accessed_at);

CREATE TABLE enrolment (
    id               UUID PRIMARY KEY,
    cohort_id        UUID        NOT NULL REFERENCES cohort (id),
    trainee_id       UUID        NOT NULL REFERENCES trainee (id) ON DELETE CASCADE,
    stage            VARCHAR(16) NOT NULL CHECK (stage IN ('APPLIED', 'ENROLLED', 'ACTIVE', 'COMPLETED', 'WITHDRAWN',
                                                           'EXITED')),
    exit_date        DATE,
    stage_changed_at TIMESTAMPTZ NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (cohort_id, trainee_id),
    CHECK ((stage = 'EXITED') = (exit_date IS NOT NULL))
);
CREATE INDEX enrolment_trainee ON enrolment (trainee_id);
CREATE INDEX enrolment_cohort ON enrolment (cohort_id, created_at, id);

-- Every stage change (including the initial APPLIED), with who made it, when and why.
CREATE TABLE enrolment_transition (
    id           UUID PRIMARY KEY,
    enrolment_id UUID         NOT NULL REFERENCES enrolment (id) ON DELETE CASCADE,
    from_stage   VARCHAR(16),
    to_stage     VARCHAR(16)  NOT NULL,
    actor_sub    VARCHAR(255) NOT NULL,
    at           TIMESTAMPTZ  NOT NULL,
    reason       VARCHAR(500)
);
CREATE INDEX enrolment_transition_enrolment ON enrolment_transition (enrolment_id, at);
