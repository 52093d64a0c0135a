package cn.huinong.market.catalog.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A product's texts and category, in Chinese and optionally English. */
public record ProductRequest(
        UUID id,
        @NotNull UUID categoryId,
        @NotBlank @Size(max = 200) String nameZh,
        @Size(max = 200) String nameEn,
        @Size(max = 5000) String descriptionZh,
        @Size(max = 5000) String descriptionEn) {
}
