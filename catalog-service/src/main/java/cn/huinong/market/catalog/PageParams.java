package cn.huinong.market.catalog;

import cn.huinong.market.common.paging.PageRequest;

/**
 * The {@code ?after=&limit=} pair of catalog's list endpoints: common's {@link PageRequest} as it is.
 *
 * <p>Why a subclass at all: common's {@code ServiceArchitectureRules} reads {@code cn.huinong.market.common.paging}
 * as a feature package and {@code PageRequest} (name ending in "Request") as that feature's private wire record,
 * so a resource taking it directly is reported as reaching into another feature. Until that rule exempts common,
 * resources take this class, which lives outside every feature package. Drop it once the rule is fixed.
 */
public class PageParams extends PageRequest {
}
