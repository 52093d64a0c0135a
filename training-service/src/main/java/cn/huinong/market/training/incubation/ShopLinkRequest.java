package cn.huinong.market.training.incubation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Links a trainee to their catalog shop and the OIDC subject that owns it. */
public record ShopLinkRequest(@NotNull UUID shopId, @NotBlank @Size(max = 255) String ownerSub,
        @Size(max = 500) String reason) {
}
