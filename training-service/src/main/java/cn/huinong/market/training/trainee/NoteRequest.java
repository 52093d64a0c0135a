package cn.huinong.market.training.trainee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record NoteRequest(@NotNull NoteKind kind, @NotBlank @Size(max = 4000) String body) {
}
