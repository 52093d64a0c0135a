package cn.huinong.market.orders.logistics.network;

/**
 * A place parcels pass through.
 *
 * @param divisionCode
 *            the county-level administrative division code (6 digits, e.g. 622921 for Linxia county); a quote's
 *            destination is a county, reached at any node with its code
 * @param coldCapable
 *            whether chilled and frozen parcels may wait here
 */
public record NetworkNode(String id, NodeKind kind, String divisionCode, String name, Coordinates at,
        OpeningHours hours, boolean coldCapable) {
}
