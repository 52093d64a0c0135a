CREATE TABLE logistics_node (
    id            UUID PRIMARY KEY,
    code          VARCHAR(64)  NOT NULL UNIQUE,
    name          VARCHAR(100) NOT NULL,
    name_en       VARCHAR(100),
    level         VARCHAR(16)  NOT NULL CHECK (level IN ('COUNTY', 'TOWNSHIP', 'VILLAGE')),
    division_code VARCHAR(12)  NOT NULL,
    parent_id     UUID REFERENCES logistics_node (id),
    created_at    TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX logistics_node_parent ON logistics_node (parent_id, code);
CREATE INDEX logistics_node_level ON logistics_node (level, code);
