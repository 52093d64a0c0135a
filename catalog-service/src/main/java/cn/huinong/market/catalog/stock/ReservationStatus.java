package cn.huinong.market.catalog.stock;

/**
 * ACTIVE holds units; CONFIRMED took them out of stock (the order was paid); RELEASED gave them back on request;
 * EXPIRED gave them back because nobody confirmed in time. Only ACTIVE ever changes.
 */
public enum ReservationStatus {
    ACTIVE, CONFIRMED, RELEASED, EXPIRED
}
