package cn.huinong.market.orders.order;

/** Who moves an order: a signed-in buyer, seller, logistics operator or admin, or the platform itself. */
public record Actor(String sub, Role role) {

    public enum Role {
        BUYER, SELLER, LOGISTICS, ADMIN, SYSTEM
    }

    public static final Actor SYSTEM = new Actor("system", Role.SYSTEM);
}
