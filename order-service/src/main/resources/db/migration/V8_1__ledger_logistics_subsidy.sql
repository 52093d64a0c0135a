-- Logistics subsidies (issue #12) are their own ledger lines: when a routed shop order completes, the county's or the
-- platform's share of its shipping cost is owed to the shop (Dr SUBSIDY_RECEIVABLE, Cr SHOP_AVAILABLE, line SUBSIDY).
ALTER TABLE ledger_legs DROP CONSTRAINT ledger_legs_account_type_check;
ALTER TABLE ledger_legs ADD CONSTRAINT ledger_legs_account_type_check CHECK (account_type IN ('PROVIDER_CLEARING',
    'PLATFORM_COMMISSION', 'SHOP_PENDING', 'SHOP_AVAILABLE', 'PAYOUT_CLEARING', 'SUBSIDY_RECEIVABLE'));
ALTER TABLE ledger_legs DROP CONSTRAINT ledger_legs_line_kind_check;
ALTER TABLE ledger_legs ADD CONSTRAINT ledger_legs_line_kind_check CHECK (line_kind IN ('GOODS', 'SHIPPING',
    'COMMISSION', 'TRANSFER', 'PAYOUT', 'SUBSIDY'));
