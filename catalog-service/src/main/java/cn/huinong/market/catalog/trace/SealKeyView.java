package cn.huinong.market.catalog.trace;

/** The public half of the seal key, for anyone checking a published seal. */
public record SealKeyView(String algorithm, String keyId, String publicKey) {
}
