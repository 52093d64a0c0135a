package cn.huinong.market.training.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** The trainee's consent as staff record it: when the trainee gave it and to what it extends. */
public record ConsentRequest(@NotBlank @Size(max = 500) String scope, @NotNull @PastOrPresent OffsetDateTime givenAt) {
}
