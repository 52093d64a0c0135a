-- Shops, products and SKUs: the core of the catalog. Inventory, certificates, images and search add their
-- own tables in later migrations (V3 inventory, V4 certificates and images, V5 search).

CREATE TABLE shop (
    id                      UUID PRIMARY KEY,
    owner_sub               VARCHAR(255) NOT NULL,
    name_zh                 VARCHAR(100) NOT NULL,
    name_en                 VARCHAR(100),
    description_zh          VARCHAR(2000),
    description_en          VARCHAR(2000),
    county_code             CHAR(6)      NOT NULL,
    county_name             VARCHAR(50)  NOT NULL,
    township_code           CHAR(9),
    township_name           VARCHAR(50),
    village_code            CHAR(12),
    village_name            VARCHAR(50),
    contact_name            VARCHAR(50)  NOT NULL,
    contact_phone           VARCHAR(20)  NOT NULL,
    sells                   VARCHAR(500) NOT NULL,
    sells_halal             BOOLEAN      NOT NULL,
    support_status          VARCHAR(32)  NOT NULL CHECK (support_status IN ('NONE', 'SUPPORTED_HOUSEHOLD', 'TRAINEE')),
    support_label_consent   BOOLEAN      NOT NULL DEFAULT FALSE,
    status                  VARCHAR(16)  NOT NULL
        CHECK (status IN ('APPLIED', 'UNDER_REVIEW', 'APPROVED', 'REJECTED', 'SUSPENDED')),
    identity_checked        BOOLEAN      NOT NULL DEFAULT FALSE,
    payout_account_given    BOOLEAN      NOT NULL DEFAULT FALSE,
    halal_certificate_checked BOOLEAN    NOT NULL DEFAULT FALSE,
    created_at              TIMESTAMPTZ  NOT NULL,
    updated_at              TIMESTAMPTZ  NOT NULL,
    version                 BIGINT       NOT NULL DEFAULT 0,
    CHECK (township_code IS NULL OR township_code LIKE county_code || '%'),
    CHECK (village_code IS NULL OR (township_code IS NOT NULL AND village_code LIKE township_code || '%'))
);
CREATE INDEX shop_owner ON shop (owner_sub);
CREATE INDEX shop_status ON shop (status, created_at);

-- Who moved a shop from which state to which, when and why: kept forever, never updated.
CREATE TABLE shop_transition (
    id          BIGSERIAL PRIMARY KEY,
    shop_id     UUID         NOT NULL REFERENCES shop (id),
    from_status VARCHAR(16),
    to_status   VARCHAR(16)  NOT NULL,
    actor_sub   VARCHAR(255) NOT NULL,
    reason      VARCHAR(1000),
    at          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX shop_transition_shop ON shop_transition (shop_id, id);

CREATE TABLE product (
    id                UUID PRIMARY KEY,
    shop_id           UUID          NOT NULL REFERENCES shop (id),
    category_id       UUID          NOT NULL REFERENCES category (id),
    name_zh           VARCHAR(200)  NOT NULL,
    name_en           VARCHAR(200),
    description_zh    VARCHAR(5000),
    description_en    VARCHAR(5000),
    status            VARCHAR(16)   NOT NULL
        CHECK (status IN ('DRAFT', 'PENDING_REVIEW', 'APPROVED', 'REJECTED', 'UNLISTED')),
    moderation_reason VARCHAR(1000),
    submitted_at      TIMESTAMPTZ,
    published_at      TIMESTAMPTZ,
    created_at        TIMESTAMPTZ   NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX product_shop ON product (shop_id, created_at);
CREATE INDEX product_moderation ON product (status, submitted_at);

-- Audit of moderation decisions and seller submissions, like shop_transition.
CREATE TABLE product_transition (
    id          BIGSERIAL PRIMARY KEY,
    product_id  UUID         NOT NULL REFERENCES product (id),
    from_status VARCHAR(16),
    to_status   VARCHAR(16)  NOT NULL,
    actor_sub   VARCHAR(255) NOT NULL,
    reason      VARCHAR(1000),
    at          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX product_transition_product ON product_transition (product_id, id);

CREATE TABLE sku (
    id                UUID PRIMARY KEY,
    product_id        UUID         NOT NULL REFERENCES product (id),
    seller_code       VARCHAR(64),
    name_zh           VARCHAR(100) NOT NULL,
    name_en           VARCHAR(100),
    unit              VARCHAR(20)  NOT NULL,
    net_weight_g      INTEGER      NOT NULL CHECK (net_weight_g > 0),
    packed_weight_g   INTEGER      NOT NULL CHECK (packed_weight_g > 0),
    packed_volume_cm3 INTEGER      NOT NULL CHECK (packed_volume_cm3 > 0),
    temperature_class VARCHAR(8)   NOT NULL CHECK (temperature_class IN ('AMBIENT', 'CHILLED', 'FROZEN')),
    shelf_life_days   INTEGER      NOT NULL CHECK (shelf_life_days > 0),
    price_fen         BIGINT       NOT NULL CHECK (price_fen > 0),
    currency          CHAR(3)      NOT NULL DEFAULT 'CNY' CHECK (currency = 'CNY'),
    active            BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at        TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CHECK (packed_weight_g >= net_weight_g),
    UNIQUE (product_id, seller_code)
);
CREATE INDEX sku_product ON sku (product_id);

-- Stock per SKU. Sellable = on_hand - reserved; reservations (V3) move units between the two.
CREATE TABLE sku_stock (
    sku_id             UUID PRIMARY KEY REFERENCES sku (id),
    on_hand            INTEGER     NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    reserved           INTEGER     NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    -- When the seller last confirmed the count; chilled/frozen SKUs stop selling when it gets too old.
    stock_confirmed_at TIMESTAMPTZ,
    updated_at         TIMESTAMPTZ NOT NULL,
    version            BIGINT      NOT NULL DEFAULT 0,
    CHECK (reserved <= on_hand)
);

-- Halal certificates of a shop (清真认证). Whether a product is halal is computed when read, from these rows
-- and the date, so an expired certificate removes the flag without anyone acting.
CREATE TABLE halal_certificate (
    id              UUID PRIMARY KEY,
    shop_id         UUID          NOT NULL REFERENCES shop (id),
    issuer          VARCHAR(200)  NOT NULL,
    number          VARCHAR(100)  NOT NULL,
    scope           VARCHAR(1000) NOT NULL,
    valid_from      DATE          NOT NULL,
    valid_to        DATE          NOT NULL,
    status          VARCHAR(16)   NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'REVOKED')),
    scan_object_key VARCHAR(500),
    created_at      TIMESTAMPTZ   NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CHECK (valid_to >= valid_from),
    UNIQUE (issuer, number)
);
CREATE INDEX halal_certificate_shop ON halal_certificate (shop_id, status, valid_to);

-- The categories a certificate covers; a product is covered when its category or an ancestor is listed.
CREATE TABLE halal_certificate_category (
    certificate_id UUID NOT NULL REFERENCES halal_certificate (id) ON DELETE CASCADE,
    category_id    UUID NOT NULL REFERENCES category (id),
    PRIMARY KEY (certificate_id, category_id)
);
