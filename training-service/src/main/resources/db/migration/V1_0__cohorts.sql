CREATE TABLE cohort (
    id          UUID PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    county_code VARCHAR(6)   NOT NULL,
    county_name VARCHAR(50)  NOT NULL,
    track       VARCHAR(32)  NOT NULL CHECK (track IN ('SHOP_OPERATION', 'CUSTOMER_SERVICE', 'LIVE_STREAM_SELLING',
                                                       'PRODUCT_PHOTOGRAPHY', 'LOGISTICS')),
    start_date  DATE         NOT NULL,
    end_date    DATE         NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CHECK (end_date >= start_date)
);
CREATE INDEX cohort_start ON cohort (start_date, id);

CREATE TABLE cohort_trainer (
    cohort_id   UUID         NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    trainer_sub VARCHAR(255) NOT NULL,
    PRIMARY KEY (cohort_id, trainer_sub)
);
CREATE INDEX cohort_trainer_sub ON cohort_trainer (trainer_sub);
