package cn.huinong.market.catalog.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A requested move to another lifecycle state ({@code to} is the target state's name). */
public record TransitionRequest(@NotBlank @Size(max = 32) String to, @Size(max = 1000) String reason) {
}
