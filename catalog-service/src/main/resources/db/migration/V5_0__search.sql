-- Buyer search (V5 range). One row per product holds the search tokens of its texts; everything that changes
-- often or with time (status, stock, price, halal certificates) is NOT stored here but checked when a search
-- runs, so a stale row can never show a hidden product or a wrong stock/halal flag.
--
-- Tokens (see SearchTokenizer): Chinese (Han) text becomes overlapping bigrams (names also unigrams, for
-- one-character queries); Latin/other letters and digits become lower-cased words, their singular form and,
-- for names, their prefixes. pg_trgm is not used: under our C.UTF-8 databases a two-character query such as
-- 牛肉 has no usable trigram, so the index could not answer the most common Chinese query.
CREATE TABLE search_document (
    product_id         UUID PRIMARY KEY REFERENCES product (id) ON DELETE CASCADE,
    -- Every distinct token of the product: a query's tokens are ANDed with tokens @> query (GIN). Ordered by
    -- where a token was first found: the name's tokens first, then the shop's place names', then the
    -- descriptions', so relevance needs no second array (name > place > description, by array_position).
    tokens             TEXT[]      NOT NULL,
    name_count         SMALLINT    NOT NULL,
    place_count        SMALLINT    NOT NULL,
    -- What the row was built from, so the catch-up job can find rows older than their product or shop.
    product_updated_at TIMESTAMPTZ NOT NULL,
    shop_updated_at    TIMESTAMPTZ NOT NULL,
    indexed_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX search_document_tokens ON search_document USING gin (tokens);

-- Read-time checks of a search join these; the existing indexes cover the rest.
-- The visibility check of every candidate reads only this index, not the wide product rows.
CREATE INDEX product_search_visible ON product (id) INCLUDE (status, shop_id, category_id, published_at, created_at);
-- Newest-first browsing (no query text) walks this index and stops after one page.
CREATE INDEX product_search_newest ON product ((coalesce(published_at, created_at)) DESC, id DESC)
    WHERE status = 'APPROVED';
-- The sellable-price aggregate reads SKUs of a product without visiting the table.
CREATE INDEX sku_search_price ON sku (product_id) INCLUDE (id, price_fen, active, temperature_class);
