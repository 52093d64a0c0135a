-- Jobs trainees took. employer_key is the employer's name normalised (case, spaces) so that retention "with the
-- same employer" is computed across role changes; retention itself is never stored.
CREATE TABLE placement (
    id               UUID PRIMARY KEY,
    trainee_id       UUID         NOT NULL REFERENCES trainee (id) ON DELETE CASCADE,
    employer_name    VARCHAR(200) NOT NULL,
    employer_key     VARCHAR(200) NOT NULL,
    role             VARCHAR(100) NOT NULL,
    start_date       DATE         NOT NULL,
    end_date         DATE,
    monthly_wage_fen BIGINT       NOT NULL CHECK (monthly_wage_fen >= 0),
    training_related BOOLEAN      NOT NULL,
    verification     VARCHAR(20)  NOT NULL CHECK (verification IN ('EMPLOYER_CONFIRMED', 'SELF_REPORTED')),
    recorded_by      VARCHAR(255) NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX placement_trainee ON placement (trainee_id, start_date);
