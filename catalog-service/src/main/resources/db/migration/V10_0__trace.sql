-- Traceability (catalog feature `trace`, V10 range): lots, EPCIS 2.0 events, lot lineage, daily signed seals.
-- Shop, product and certificate ids are plain UUIDs: the trace feature reaches those features through their
-- services only (TraceFacts), so no foreign keys cross into their tables.

CREATE TABLE trace_lot (
    id                UUID PRIMARY KEY,
    shop_id           UUID         NOT NULL,
    product_id        UUID         NOT NULL,
    lot_number        VARCHAR(20)  NOT NULL,
    -- GTIN-14 when the product has one; else the lot is identified by its platform short code.
    gtin              CHAR(14),
    short_code        CHAR(10)     NOT NULL UNIQUE,
    -- The lot's identity in EPCIS events (quantityList epcClass): Digital Link of GTIN + lot, or the short code's.
    epc_class         TEXT         NOT NULL UNIQUE,
    origin_kind       VARCHAR(16)  NOT NULL CHECK (origin_kind IN ('HARVEST', 'SLAUGHTER', 'PRODUCTION', 'DERIVED')),
    origin_date       DATE         NOT NULL,
    -- County-level administrative division code (6 digits, GB/T 2260) and the village's name.
    county_code       CHAR(6)      CHECK (county_code ~ '^[0-9]{6}$'),
    village_name      VARCHAR(100),
    quantity          NUMERIC(14, 3) NOT NULL CHECK (quantity >= 0),
    unit              VARCHAR(16)  NOT NULL,
    best_before       DATE,
    temperature_class VARCHAR(16)  NOT NULL CHECK (temperature_class IN ('AMBIENT', 'CHILLED', 'FROZEN')),
    created_at        TIMESTAMPTZ  NOT NULL,
    UNIQUE (product_id, lot_number)
);
CREATE INDEX trace_lot_shop ON trace_lot (shop_id, created_at);

-- Every captured event, append-only. event_hash (CBV 2.0) is the identity: a retried capture finds it and stores
-- nothing. Each shop's events form a hash chain in capture order: chain_hash covers the previous link, the event
-- hash and the digest of the stored document, so an edited row no longer matches its link.
CREATE TABLE trace_event (
    seq            BIGSERIAL PRIMARY KEY,
    event_id       TEXT         NOT NULL UNIQUE,
    event_hash     TEXT         NOT NULL UNIQUE,
    shop_id        UUID         NOT NULL,
    event_type     VARCHAR(32)  NOT NULL,
    event_time     TIMESTAMPTZ  NOT NULL,
    record_time    TIMESTAMPTZ  NOT NULL,
    biz_step       TEXT,
    disposition    TEXT,
    document       JSONB        NOT NULL,
    chain_prev     TEXT,
    content_digest TEXT         NOT NULL,
    chain_hash     TEXT         NOT NULL
);
CREATE INDEX trace_event_shop_chain ON trace_event (shop_id, seq);
CREATE INDEX trace_event_time ON trace_event (event_time, seq);
CREATE INDEX trace_event_type_time ON trace_event (event_type, event_time, seq);
CREATE INDEX trace_event_biz_step ON trace_event (biz_step, seq);

-- The identifiers an event names, for the EPCIS query parameters: C = epcClass (MATCH_epcClass), E = EPC
-- (MATCH_epc), T = business transaction (EQ_bizTransaction). Values in canonical Digital Link form.
CREATE TABLE trace_event_key (
    event_seq BIGINT  NOT NULL REFERENCES trace_event (seq),
    kind      CHAR(1) NOT NULL CHECK (kind IN ('C', 'E', 'T')),
    value     TEXT    NOT NULL
);
CREATE INDEX trace_event_key_lookup ON trace_event_key (kind, value, event_seq);
CREATE INDEX trace_event_key_event ON trace_event_key (event_seq);

-- Lineage between identifiers (lots, cartons, packs), upstream -> downstream: TRANSFORM input -> output,
-- AGGREGATE child -> parent (a pack into its carton). Traced both ways with recursive queries.
CREATE TABLE trace_lineage (
    upstream_ref   TEXT        NOT NULL,
    downstream_ref TEXT        NOT NULL,
    kind           VARCHAR(16) NOT NULL CHECK (kind IN ('TRANSFORM', 'AGGREGATE')),
    event_seq      BIGINT      NOT NULL REFERENCES trace_event (seq),
    PRIMARY KEY (upstream_ref, downstream_ref, kind)
);
CREATE INDEX trace_lineage_downstream ON trace_lineage (downstream_ref);

-- Once a day, a Merkle root over the chain links of a shop's events recorded that day, signed with Ed25519.
CREATE TABLE trace_seal (
    shop_id     UUID        NOT NULL,
    day         DATE        NOT NULL,
    event_count INTEGER     NOT NULL,
    first_seq   BIGINT,
    last_seq    BIGINT,
    merkle_root TEXT        NOT NULL,
    signature   TEXT        NOT NULL,
    key_id      TEXT        NOT NULL,
    sealed_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (shop_id, day)
);

-- The chain link and content digest are computed by the database from the row as stored, so the digest is of
-- the jsonb's own canonical text (what a verifier reads back), not of whatever spelling a client sent.
CREATE FUNCTION trace_event_link() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.content_digest := encode(sha256(convert_to(NEW.document::text, 'UTF8')), 'hex');
    NEW.chain_hash := encode(sha256(convert_to(coalesce(NEW.chain_prev, '') || '|' || NEW.event_hash || '|'
                                               || NEW.content_digest, 'UTF8')), 'hex');
    RETURN NEW;
END
$$;
CREATE TRIGGER trace_event_link BEFORE INSERT ON trace_event FOR EACH ROW EXECUTE FUNCTION trace_event_link();

-- Append-only: corrections are new events (errorDeclaration), never edits.
CREATE FUNCTION trace_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'trace records are append-only (% on %)', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END
$$;
CREATE TRIGGER trace_event_append_only BEFORE UPDATE OR DELETE ON trace_event
    FOR EACH ROW EXECUTE FUNCTION trace_refuse_change();
CREATE TRIGGER trace_event_key_append_only BEFORE UPDATE OR DELETE ON trace_event_key
    FOR EACH ROW EXECUTE FUNCTION trace_refuse_change();
CREATE TRIGGER trace_lineage_append_only BEFORE UPDATE OR DELETE ON trace_lineage
    FOR EACH ROW EXECUTE FUNCTION trace_refuse_change();
CREATE TRIGGER trace_seal_append_only BEFORE UPDATE OR DELETE ON trace_seal
    FOR EACH ROW EXECUTE FUNCTION trace_refuse_change();
