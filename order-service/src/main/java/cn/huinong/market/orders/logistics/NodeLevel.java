package cn.huinong.market.orders.logistics;

/**
 * The tiers of the shared village–township–county network (县乡村三级物流). Each tier hangs below the one
 * above it; its administrative division code extends its parent's (GB/T 2260 county code, then township and
 * village digits).
 */
public enum NodeLevel {

    COUNTY(null, 6),
    TOWNSHIP(COUNTY, 9),
    VILLAGE(TOWNSHIP, 12);

    private final NodeLevel parentLevel;
    private final int divisionCodeLength;

    NodeLevel(NodeLevel parentLevel, int divisionCodeLength) {
        this.parentLevel = parentLevel;
        this.divisionCodeLength = divisionCodeLength;
    }

    public NodeLevel parentLevel() {
        return parentLevel;
    }

    public int divisionCodeLength() {
        return divisionCodeLength;
    }
}
