package cn.huinong.market.training.trainee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * The trainee's consent as staff record it: when the trainee gave it and to what it extends. {@code purposes}
 * (optional) names what it covers beyond the training record: {@code SHOP_SALES} allows linking the trainee's
 * shop and counting its sales.
 */
public record ConsentRequest(@NotBlank @Size(max = 500) String scope, @NotNull @PastOrPresent OffsetDateTime givenAt,
        Set<ConsentPurpose> purposes) {

    public ConsentRequest(String scope, OffsetDateTime givenAt) {
        this(scope, givenAt, null);
    }

    public boolean coversShopSales() {
        return purposes != null && purposes.contains(ConsentPurpose.SHOP_SALES);
    }
}
