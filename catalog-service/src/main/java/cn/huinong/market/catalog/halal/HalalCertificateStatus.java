package cn.huinong.market.catalog.halal;

/** Only an ACTIVE certificate covers products; REVOKED is final, SUSPENDED can be made ACTIVE again. */
public enum HalalCertificateStatus {
    ACTIVE, SUSPENDED, REVOKED
}
