package cn.huinong.market.catalog.image;

/** PENDING: upload URL handed out; READY: variants stored; REJECTED: the upload was not an acceptable image. */
public enum ProductImageStatus {
    PENDING, READY, REJECTED
}
