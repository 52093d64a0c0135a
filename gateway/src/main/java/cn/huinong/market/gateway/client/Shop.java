package cn.huinong.market.gateway.client;

import java.util.UUID;

/** The public face of an approved shop. */
public record Shop(UUID id, String nameZh, String nameEn, String countyName, String townshipName,
        String villageName, Boolean sellsHalal, boolean supportLabel) implements Named {
}
