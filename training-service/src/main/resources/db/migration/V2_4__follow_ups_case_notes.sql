-- Follow-ups planned when an enrolment exits: at exit + 3, 6 and 12 months. SKIPPED is for outcomes the
-- platform can see by itself (later: a linked shop's sales).
CREATE TABLE follow_up (
    id                UUID PRIMARY KEY,
    trainee_id        UUID         NOT NULL REFERENCES trainee (id) ON DELETE CASCADE,
    enrolment_id      UUID         NOT NULL REFERENCES enrolment (id) ON DELETE CASCADE,
    months_after_exit SMALLINT     NOT NULL CHECK (months_after_exit IN (3, 6, 12)),
    due_on            DATE         NOT NULL,
    status            VARCHAR(8)   NOT NULL CHECK (status IN ('OPEN', 'DONE', 'SKIPPED')),
    outcome           VARCHAR(1000),
    closed_by         VARCHAR(255),
    closed_at         TIMESTAMPTZ,
    created_at        TIMESTAMPTZ  NOT NULL,
    UNIQUE (enrolment_id, months_after_exit),
    CHECK ((status = 'OPEN') = (closed_at IS NULL))
);
CREATE INDEX follow_up_open ON follow_up (due_on) WHERE status = 'OPEN';
CREATE INDEX follow_up_trainee ON follow_up (trainee_id, due_on);

CREATE TABLE case_note (
    id         UUID PRIMARY KEY,
    trainee_id UUID          NOT NULL REFERENCES trainee (id) ON DELETE CASCADE,
    kind       VARCHAR(16)   NOT NULL CHECK (kind IN ('MENTORING', 'SUPPORT', 'OTHER')),
    body       VARCHAR(4000) NOT NULL,
    author_sub VARCHAR(255)  NOT NULL,
    created_at TIMESTAMPTZ   NOT NULL
);
CREATE INDEX case_note_trainee ON case_note (trainee_id, created_at, id);
