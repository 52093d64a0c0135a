package cn.huinong.market.catalog.shop;

import jakarta.validation.constraints.NotNull;

/** What the reviewing admin has verified about a shop before approving it. */
public record ChecklistRequest(@NotNull Boolean identityChecked, @NotNull Boolean payoutAccountGiven,
        @NotNull Boolean halalCertificateChecked) {
}
