package cn.huinong.market.gateway.web.buyer;

import cn.huinong.market.gateway.client.Checkout;
import jakarta.ws.rs.FormParam;
import java.util.UUID;

/** The checkout form's fields as typed; order-service validates them again and has the last word. */
public class CheckoutParams {

    @FormParam("checkoutId") public String checkoutId;

    @FormParam("recipientName") public String recipientName;

    @FormParam("phone") public String phone;

    @FormParam("provinceCode") public String provinceCode;

    @FormParam("addressLine") public String addressLine;

    public UUID checkoutId() {
        try {
            return checkoutId == null ? null : UUID.fromString(checkoutId.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Every field present and within the sizes order-service accepts, so a huge field never leaves the gateway. */
    public boolean complete() {
        return filled(recipientName, 60) && filled(phone, 11) && filled(addressLine, 300)
                && phone.strip().matches("1[3-9][0-9]{9}");
    }

    public Checkout.Address address() {
        return new Checkout.Address(recipientName.strip(), phone.strip(), provinceCode, addressLine.strip());
    }

    private static boolean filled(String value, int max) {
        return value != null && !value.isBlank() && value.strip().length() <= max;
    }
}
