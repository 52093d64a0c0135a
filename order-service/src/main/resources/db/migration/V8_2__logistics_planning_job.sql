-- Consolidated-run planning jobs (issue #12): one per hub and cutoff while it is queued or running, so a repeated
-- request joins the job under way instead of planning twice. The result (runs, totals, split) is kept as JSON.
CREATE TABLE logistics_planning_job (
    id          UUID PRIMARY KEY,
    hub_code    VARCHAR(64) NOT NULL,
    cutoff      TIMESTAMPTZ NOT NULL,
    status      VARCHAR(16) NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    progress    INT         NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    requested_by VARCHAR(255) NOT NULL,
    result      JSONB,
    error       TEXT,
    created_at  TIMESTAMPTZ NOT NULL,
    started_at  TIMESTAMPTZ,
    finished_at TIMESTAMPTZ,
    version     BIGINT      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX logistics_planning_job_active ON logistics_planning_job (hub_code, cutoff)
    WHERE status IN ('QUEUED', 'RUNNING');

-- A shop order put on a run by a finished plan: it is not planned again. Rolled-over parcels are not listed here.
CREATE TABLE logistics_planned_parcel (
    shop_order_id UUID PRIMARY KEY REFERENCES shop_order (id),
    job_id        UUID NOT NULL REFERENCES logistics_planning_job (id),
    run_id        VARCHAR(64) NOT NULL
);
