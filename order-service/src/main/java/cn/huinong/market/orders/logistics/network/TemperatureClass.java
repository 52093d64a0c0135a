package cn.huinong.market.orders.logistics.network;

import java.time.Duration;

/**
 * How a parcel must be kept. Chilled and frozen goods travel only on reefer legs and only for as long as they keep:
 * the maximum is counted from the first departure to the arrival in the buyer's county.
 */
public enum TemperatureClass {

    AMBIENT(null), CHILLED(Duration.ofHours(48)), FROZEN(Duration.ofHours(72));

    private final Duration maxTransit;

    TemperatureClass(Duration maxTransit) {
        this.maxTransit = maxTransit;
    }

    public boolean needsReefer() {
        return maxTransit != null;
    }

    /** The longest a parcel of this class may be on the way; null when it keeps indefinitely. */
    public Duration maxTransit() {
        return maxTransit;
    }
}
