package cn.huinong.market.orders.logistics.planning;

import cn.huinong.market.orders.logistics.network.ParcelSize;

/** A parcel ready for pickup at a village station; cold parcels (chilled or frozen) ride reefer runs only. */
public record Parcel(String id, String shopId, String villageId, ParcelSize size, boolean cold) {
}
