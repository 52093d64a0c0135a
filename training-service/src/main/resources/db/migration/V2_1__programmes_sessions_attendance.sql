CREATE TABLE programme (
    id          UUID PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(2000),
    created_at  TIMESTAMPTZ   NOT NULL,
    updated_at  TIMESTAMPTZ   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX programme_created ON programme (created_at, id);

CREATE TABLE programme_track (
    programme_id UUID        NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    track        VARCHAR(32) NOT NULL CHECK (track IN ('SHOP_OPERATION', 'CUSTOMER_SERVICE', 'LIVE_STREAM_SELLING',
                                                       'PRODUCT_PHOTOGRAPHY', 'LOGISTICS')),
    PRIMARY KEY (programme_id, track)
);

-- A module is taught in every track of its programme (track NULL) or in one track.
CREATE TABLE programme_module (
    id             UUID PRIMARY KEY,
    programme_id   UUID         NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    code           VARCHAR(32)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    track          VARCHAR(32)  CHECK (track IN ('SHOP_OPERATION', 'CUSTOMER_SERVICE', 'LIVE_STREAM_SELLING',
                                                 'PRODUCT_PHOTOGRAPHY', 'LOGISTICS')),
    required_hours NUMERIC(5, 1) NOT NULL CHECK (required_hours > 0),
    pass_score     NUMERIC(5, 2) NOT NULL CHECK (pass_score BETWEEN 0 AND 100),
    created_at     TIMESTAMPTZ  NOT NULL,
    UNIQUE (programme_id, code)
);

ALTER TABLE cohort ADD COLUMN programme_id UUID REFERENCES programme (id);

CREATE TABLE cohort_session (
    id           UUID PRIMARY KEY,
    cohort_id    UUID          NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    module_id    UUID          NOT NULL REFERENCES programme_module (id),
    session_date DATE          NOT NULL,
    hours        NUMERIC(4, 1) NOT NULL CHECK (hours > 0 AND hours <= 12),
    created_by   VARCHAR(255)  NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL
);
CREATE INDEX cohort_session_cohort ON cohort_session (cohort_id, session_date, id);

CREATE TABLE attendance (
    id          UUID PRIMARY KEY,
    session_id  UUID         NOT NULL REFERENCES cohort_session (id) ON DELETE CASCADE,
    trainee_id  UUID         NOT NULL REFERENCES trainee (id) ON DELETE CASCADE,
    status      VARCHAR(8)   NOT NULL CHECK (status IN ('PRESENT', 'ABSENT', 'EXCUSED')),
    recorded_by VARCHAR(255) NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL,
    UNIQUE (session_id, trainee_id)
);
CREATE INDEX attendance_trainee ON attendance (trainee_id);
