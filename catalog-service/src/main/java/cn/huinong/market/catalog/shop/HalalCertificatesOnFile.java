package cn.huinong.market.catalog.shop;

import java.util.UUID;

/**
 * What a shop's approval needs to know of its halal certificates: whether one is really on file and in force
 * today. The halal feature implements it; it is declared here because halal already depends on shops (a
 * certificate belongs to a shop and is changed by its owner), so shops must not depend on halal.
 */
public interface HalalCertificatesOnFile {

    boolean anyInForce(UUID shopId);
}
