package cn.huinong.market.catalog.product;

/** How a SKU must travel and be stored; chilled and frozen goods need cold-chain logistics (冷链). */
public enum TemperatureClass {

    AMBIENT, CHILLED, FROZEN;

    public boolean perishable() {
        return this != AMBIENT;
    }
}
