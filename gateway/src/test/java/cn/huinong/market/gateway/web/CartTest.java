package cn.huinong.market.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.gateway.web.buyer.Cart;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CartTest {

    private static final UUID A = UUID.fromString("43000000-0000-4000-8000-000000010001");
    private static final UUID B = UUID.fromString("43000000-0000-4000-8000-000000030002");

    @Test
    void roundTripsThroughTheCookieAndSettingTwiceIsSettingOnce() {
        Cart cart = Cart.empty().with(A, 2).orElseThrow().with(B, 1).orElseThrow().with(A, 2).orElseThrow();
        Cart back = Cart.parse(cart.encode());
        assertEquals(Map.of(A, 2, B, 1), back.lines());
        assertEquals(Map.of(B, 1), back.with(A, 0).orElseThrow().lines());
    }

    @Test
    void refusesQuantitiesOutOfRangeAndDropsTamperedLines() {
        assertTrue(Cart.empty().with(A, 1000).isEmpty());
        assertTrue(Cart.empty().with(A, -1).isEmpty());
        Cart parsed = Cart.parse(A + ":3.not-a-uuid:1." + B + ":0." + B + ":99999.x");
        assertEquals(Map.of(A, 3), parsed.lines());
        assertTrue(Cart.parse(null).isEmpty());
    }
}
