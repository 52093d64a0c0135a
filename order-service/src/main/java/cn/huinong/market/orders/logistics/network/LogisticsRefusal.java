package cn.huinong.market.orders.logistics.network;

import java.util.List;

/**
 * Input the logistics core refuses, with every reason found (not only the first), each readable on its own. Kept free
 * of HTTP: the caller that exposes it maps it to a problem response (422).
 */
public class LogisticsRefusal extends RuntimeException {

    private final List<String> reasons;

    public LogisticsRefusal(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public LogisticsRefusal(String reason) {
        this(List.of(reason));
    }

    public List<String> reasons() {
        return reasons;
    }
}
