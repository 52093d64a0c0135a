-- The routed network (issue #12): what the time-expanded graph of logistics.routing is built from.
-- Nodes keep their V1_0 tree (county > township > village) and gain what routing needs; every column is optional so
-- that nodes registered before stay valid (kind then follows the level, hours are "always open").
ALTER TABLE logistics_node
    ADD COLUMN kind         VARCHAR(20) CHECK (kind IN ('VILLAGE_STATION', 'TOWNSHIP_POINT', 'COUNTY_HUB',
                                                        'CARRIER_GATEWAY', 'COLD_STORE')),
    ADD COLUMN latitude     DOUBLE PRECISION CHECK (latitude BETWEEN -90 AND 90),
    ADD COLUMN longitude    DOUBLE PRECISION CHECK (longitude BETWEEN -180 AND 180),
    ADD COLUMN open_days    VARCHAR(64),
    ADD COLUMN opens        TIME,
    ADD COLUMN closes       TIME,
    ADD COLUMN cold_capable BOOLEAN NOT NULL DEFAULT FALSE,
    ADD CHECK ((opens IS NULL) = (closes IS NULL) AND (opens IS NULL OR opens < closes));

CREATE TABLE logistics_leg (
    id               UUID PRIMARY KEY,
    code             VARCHAR(64) NOT NULL UNIQUE,
    from_node_id     UUID        NOT NULL REFERENCES logistics_node (id),
    to_node_id       UUID        NOT NULL REFERENCES logistics_node (id),
    mode             VARCHAR(16) NOT NULL CHECK (mode IN ('TOWNSHIP_VAN', 'COUNTY_VAN', 'COUNTY_REEFER',
                                                          'CARRIER_TRUNK')),
    weekdays         VARCHAR(64) NOT NULL,
    departure        TIME        NOT NULL,
    duration_minutes INT         NOT NULL CHECK (duration_minutes > 0),
    cutoff           TIME        NOT NULL CHECK (cutoff <= departure),
    cost_kind        VARCHAR(16) NOT NULL CHECK (cost_kind IN ('FIXED_PER_RUN', 'PER_KM', 'PER_KG', 'ZONE_TARIFF')),
    -- FIXED_PER_RUN: run_fen, expected_load_kg; PER_KM: fen_per_km, km, expected_load_kg; PER_KG: fen_per_kg;
    -- ZONE_TARIFF: first_kg_fen, extra_kg_fen.
    run_fen          BIGINT CHECK (run_fen >= 0),
    fen_per_km       BIGINT CHECK (fen_per_km >= 0),
    km               BIGINT CHECK (km > 0),
    expected_load_kg BIGINT CHECK (expected_load_kg > 0),
    fen_per_kg       BIGINT CHECK (fen_per_kg >= 0),
    first_kg_fen     BIGINT CHECK (first_kg_fen >= 0),
    extra_kg_fen     BIGINT CHECK (extra_kg_fen >= 0),
    capacity_kg      BIGINT      NOT NULL CHECK (capacity_kg > 0),
    capacity_litres  BIGINT      NOT NULL CHECK (capacity_litres > 0),
    reefer           BOOLEAN     NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    CHECK (from_node_id <> to_node_id)
);
CREATE INDEX logistics_leg_from ON logistics_leg (from_node_id);
CREATE INDEX logistics_leg_to ON logistics_leg (to_node_id);

CREATE TABLE logistics_subsidy (
    id            UUID PRIMARY KEY,
    code          VARCHAR(64) NOT NULL UNIQUE,
    payer         VARCHAR(16) NOT NULL CHECK (payer IN ('COUNTY', 'PLATFORM')),
    division_code VARCHAR(12) NOT NULL,
    category      VARCHAR(64),
    percent       INT         NOT NULL CHECK (percent BETWEEN 0 AND 100),
    cap_fen       BIGINT      NOT NULL CHECK (cap_fen >= 0),
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0
);

-- Where a shop hands its parcels in: the origin of its quotes.
CREATE TABLE logistics_shop_station (
    shop_id    UUID PRIMARY KEY,
    node_id    UUID        NOT NULL REFERENCES logistics_node (id),
    updated_at TIMESTAMPTZ NOT NULL
);

-- One row, set from the sequence in the same transaction as every change of the network, so every instance knows when
-- the graph it cached is stale. A missing row (an emptied database) reads as revision 0: the empty network. Values come
-- from a sequence so that a revision number is never reused for other content.
CREATE SEQUENCE logistics_network_revision_seq;
CREATE TABLE logistics_network_revision (
    id       INT PRIMARY KEY CHECK (id = 1),
    revision BIGINT NOT NULL
);
INSERT INTO logistics_network_revision (id, revision) VALUES (1, nextval('logistics_network_revision_seq'));

-- The route a shop order was sold with (a quote's chosen route, JSON), what it costs, the subsidy, and the promise.
ALTER TABLE shop_order
    ADD COLUMN shipping_cost_fen    BIGINT CHECK (shipping_cost_fen >= 0),
    ADD COLUMN shipping_subsidy_fen BIGINT NOT NULL DEFAULT 0 CHECK (shipping_subsidy_fen >= 0),
    ADD COLUMN shipping_choice      VARCHAR(16),
    ADD COLUMN origin_node_code     VARCHAR(64),
    ADD COLUMN promised_delivery    TIMESTAMPTZ,
    ADD COLUMN shipping_route       JSONB;

-- The buyer's county (GB/T 2260, 6 digits) when the buyer gives it: quotes then route to that county itself.
ALTER TABLE checkout ADD COLUMN county_code VARCHAR(6);
