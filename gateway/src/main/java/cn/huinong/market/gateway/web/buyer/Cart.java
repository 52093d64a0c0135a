package cn.huinong.market.gateway.web.buyer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The cart, kept in the buyer's own cookie: SKU ids and quantities only. Names, prices and shops always come
 * fresh from catalog, so nothing in the cookie can change a price. A malformed cookie is an empty cart.
 */
public final class Cart {

    public static final String COOKIE = "cart";
    public static final int MAX_LINES = 50;
    public static final int MAX_QUANTITY = 999;

    private final Map<UUID, Integer> lines;

    private Cart(Map<UUID, Integer> lines) {
        this.lines = lines;
    }

    public static Cart empty() {
        return new Cart(new LinkedHashMap<>());
    }

    /** Cookie form: {@code <skuId>:<quantity>} joined by dots (no characters a cookie value may not hold). */
    public static Cart parse(String cookie) {
        Map<UUID, Integer> lines = new LinkedHashMap<>();
        if (cookie == null || cookie.isBlank()) {
            return new Cart(lines);
        }
        for (String line : cookie.split("\\.")) {
            String[] parts = line.split(":");
            if (parts.length != 2 || lines.size() >= MAX_LINES) {
                continue;
            }
            try {
                int quantity = Integer.parseInt(parts[1]);
                if (quantity >= 1 && quantity <= MAX_QUANTITY) {
                    lines.put(UUID.fromString(parts[0]), quantity);
                }
            } catch (IllegalArgumentException e) {
                // a line someone edited by hand: dropped, the rest of the cart stays
            }
        }
        return new Cart(lines);
    }

    public String encode() {
        StringBuilder out = new StringBuilder();
        lines.forEach((sku, quantity) -> out.append(out.isEmpty() ? "" : ".").append(sku).append(':').append(quantity));
        return out.toString();
    }

    /**
     * Sets how many of a SKU the cart holds (0 removes it). Setting, not adding, so a form submitted twice over a
     * weak network leaves the cart as the buyer meant it. Empty when the quantity is out of range or the cart full.
     */
    public Optional<Cart> with(UUID sku, int quantity) {
        if (quantity < 0 || quantity > MAX_QUANTITY || quantity > 0 && !lines.containsKey(sku)
                && lines.size() >= MAX_LINES) {
            return Optional.empty();
        }
        Map<UUID, Integer> next = new LinkedHashMap<>(lines);
        if (quantity == 0) {
            next.remove(sku);
        } else {
            next.put(sku, quantity);
        }
        return Optional.of(new Cart(next));
    }

    public Map<UUID, Integer> lines() {
        return Collections.unmodifiableMap(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
