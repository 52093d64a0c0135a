package cn.huinong.market.common.web;

import java.util.UUID;

/**
 * The view of a resource clients change under optimistic locking: its id names it in a Location and its version
 * is the ETag they send back in If-Match. A view record gets both methods from its components.
 */
public interface VersionedView {

    UUID id();

    long version();
}
