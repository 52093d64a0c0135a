-- Product images. The seller uploads the original straight to the S3 store with a presigned PUT
-- (uploads/{id}); completion checks it, stores small metadata-free JPEG variants and deletes the original.
CREATE TABLE product_image (
    id            UUID PRIMARY KEY,
    product_id    UUID          NOT NULL REFERENCES product (id),
    status        VARCHAR(16)   NOT NULL CHECK (status IN ('PENDING', 'READY', 'REJECTED')),
    -- Order among the product's READY images (0 first); NULL until READY.
    position      INTEGER,
    upload_key    VARCHAR(500)  NOT NULL,
    -- {"160": "products/.../160.jpg", ...}: object key of each variant by its width bucket.
    variant_keys  JSONB,
    source_format VARCHAR(16),
    source_bytes  BIGINT,
    width         INTEGER,
    height        INTEGER,
    reject_reason VARCHAR(200),
    created_by    VARCHAR(255)  NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CHECK (status <> 'READY' OR (position IS NOT NULL AND variant_keys IS NOT NULL AND width > 0 AND height > 0))
);
CREATE INDEX product_image_product ON product_image (product_id, status, position);
CREATE INDEX product_image_pending ON product_image (status, created_at) WHERE status = 'PENDING';
