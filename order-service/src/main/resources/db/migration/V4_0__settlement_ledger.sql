-- The settlement ledger: immutable double-entry postings (see order-service/LEDGER.md for the chart of accounts).

-- Who owns a shop, as the ledger learnt it from the first posting of one of its orders.
CREATE TABLE ledger_shops (
    shop_id    UUID PRIMARY KEY,
    owner_sub  VARCHAR(255) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- The facts of each paid shop order frozen at payment, and how much of it has been refunded so far. The row is
-- also the lock that serializes every posting of one order (refunds, completion).
CREATE TABLE ledger_orders (
    shop_order_id           UUID PRIMARY KEY,
    shop_id                 UUID        NOT NULL REFERENCES ledger_shops (shop_id),
    checkout_id             UUID,
    payment_id              UUID,
    currency                CHAR(3)     NOT NULL CHECK (currency = 'CNY'),
    goods_fen               BIGINT      NOT NULL CHECK (goods_fen >= 0),
    shipping_fen            BIGINT      NOT NULL CHECK (shipping_fen >= 0),
    commission_rate_bp      INT         NOT NULL CHECK (commission_rate_bp BETWEEN 0 AND 10000),
    commission_fen          BIGINT      NOT NULL CHECK (commission_fen >= 0 AND commission_fen <= goods_fen),
    refunded_goods_fen      BIGINT      NOT NULL DEFAULT 0,
    refunded_shipping_fen   BIGINT      NOT NULL DEFAULT 0,
    commission_reversed_fen BIGINT      NOT NULL DEFAULT 0,
    paid_at                 TIMESTAMPTZ NOT NULL,
    completed_at            TIMESTAMPTZ,
    CHECK (goods_fen + shipping_fen > 0),
    CHECK (refunded_goods_fen BETWEEN 0 AND goods_fen),
    CHECK (refunded_shipping_fen BETWEEN 0 AND shipping_fen),
    CHECK (commission_reversed_fen BETWEEN 0 AND commission_fen)
);
CREATE INDEX ledger_orders_shop ON ledger_orders (shop_id);

-- One journal entry: never updated, never deleted.
CREATE TABLE ledger_entries (
    id              UUID PRIMARY KEY,
    seq             BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    idempotency_key VARCHAR(120) NOT NULL UNIQUE,
    kind            VARCHAR(16)  NOT NULL CHECK (kind IN ('PAYMENT', 'REFUND', 'COMPLETION', 'PAYOUT')),
    shop_id         UUID         NOT NULL REFERENCES ledger_shops (shop_id),
    shop_order_id   UUID,
    checkout_id     UUID,
    payment_id      UUID,
    refund_id       UUID,
    payout_id       UUID,
    currency        CHAR(3)      NOT NULL CHECK (currency = 'CNY'),
    occurred_at     TIMESTAMPTZ  NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX ledger_entries_shop_time ON ledger_entries (shop_id, occurred_at, seq);
CREATE INDEX ledger_entries_order ON ledger_entries (shop_order_id);

-- The legs of an entry: one account, one side, a positive amount. line_kind says what the money is for (GOODS,
-- SHIPPING, COMMISSION, TRANSFER, PAYOUT) so that, e.g., the shipping leg can later be routed elsewhere.
CREATE TABLE ledger_legs (
    entry_id     UUID        NOT NULL REFERENCES ledger_entries (id),
    line_no      SMALLINT    NOT NULL,
    account      VARCHAR(80) NOT NULL,
    account_type VARCHAR(24) NOT NULL CHECK (account_type IN ('PROVIDER_CLEARING', 'PLATFORM_COMMISSION',
                                                              'SHOP_PENDING', 'SHOP_AVAILABLE', 'PAYOUT_CLEARING')),
    shop_id      UUID,
    side         CHAR(1)     NOT NULL CHECK (side IN ('D', 'C')),
    amount_fen   BIGINT      NOT NULL CHECK (amount_fen > 0),
    line_kind    VARCHAR(16) NOT NULL CHECK (line_kind IN ('GOODS', 'SHIPPING', 'COMMISSION', 'TRANSFER', 'PAYOUT')),
    PRIMARY KEY (entry_id, line_no),
    CHECK ((account_type IN ('SHOP_PENDING', 'SHOP_AVAILABLE')) = (shop_id IS NOT NULL))
);
CREATE INDEX ledger_legs_account ON ledger_legs (account);

-- Every entry balances (debits = credits, at least one leg each side), checked at commit so legs can be
-- inserted one by one inside the transaction.
CREATE FUNCTION ledger_check_entry_balanced(checked UUID) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    debits  BIGINT;
    credits BIGINT;
BEGIN
    SELECT COALESCE(SUM(amount_fen) FILTER (WHERE side = 'D'), 0), COALESCE(SUM(amount_fen) FILTER (WHERE side = 'C'), 0)
      INTO debits, credits FROM ledger_legs WHERE entry_id = checked;
    IF debits = 0 OR debits <> credits THEN
        RAISE EXCEPTION 'ledger entry % does not balance: debits %, credits %', checked, debits, credits
            USING ERRCODE = 'check_violation';
    END IF;
END $$;

CREATE FUNCTION ledger_entry_balanced_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'ledger_entries' THEN
        PERFORM ledger_check_entry_balanced(NEW.id);
    ELSE
        PERFORM ledger_check_entry_balanced(NEW.entry_id);
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER ledger_entries_balanced AFTER INSERT ON ledger_entries
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_entry_balanced_trigger();
CREATE CONSTRAINT TRIGGER ledger_legs_balanced AFTER INSERT ON ledger_legs
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_entry_balanced_trigger();

-- Postings are immutable: a correction is a new entry.
CREATE FUNCTION ledger_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger postings are immutable (% on %)', TG_OP, TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER ledger_entries_immutable BEFORE UPDATE OR DELETE ON ledger_entries
    FOR EACH ROW EXECUTE FUNCTION ledger_immutable();
CREATE TRIGGER ledger_legs_immutable BEFORE UPDATE OR DELETE ON ledger_legs
    FOR EACH ROW EXECUTE FUNCTION ledger_immutable();

-- Payouts to a shop's bank account (a sandbox bank for now: it pays at once).
CREATE TABLE ledger_payouts (
    id             UUID PRIMARY KEY,
    shop_id        UUID         NOT NULL REFERENCES ledger_shops (shop_id),
    amount_fen     BIGINT       NOT NULL CHECK (amount_fen > 0),
    currency       CHAR(3)      NOT NULL CHECK (currency = 'CNY'),
    status         VARCHAR(16)  NOT NULL CHECK (status IN ('PAID')),
    bank_reference VARCHAR(64)  NOT NULL,
    entry_id       UUID         NOT NULL UNIQUE REFERENCES ledger_entries (id),
    requested_by   VARCHAR(255) NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    paid_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX ledger_payouts_shop ON ledger_payouts (shop_id, created_at DESC, id DESC);
