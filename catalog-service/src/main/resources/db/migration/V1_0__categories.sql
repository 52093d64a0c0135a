CREATE TABLE category (
    id             UUID PRIMARY KEY,
    code           VARCHAR(64)  NOT NULL UNIQUE,
    name_zh        VARCHAR(100) NOT NULL,
    name_en        VARCHAR(100),
    parent_id      UUID REFERENCES category (id),
    halal_required BOOLEAN      NOT NULL,
    sort_order     INTEGER      NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX category_parent_order ON category (parent_id, sort_order, code);
CREATE INDEX category_order ON category (sort_order, code);
