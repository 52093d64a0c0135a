package cn.huinong.market.gateway.client;

import java.util.UUID;

/** One of the signed-in seller's own shops, in whatever state it is. */
public record MyShop(UUID id, String nameZh, String nameEn, String countyName, String status, boolean supportLabel)
        implements
            Named {
}
