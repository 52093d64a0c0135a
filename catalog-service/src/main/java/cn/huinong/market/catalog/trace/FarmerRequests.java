package cn.huinong.market.catalog.trace;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The bodies of the farmer-facing forms: each one a few taps and perhaps a photo. */
public final class FarmerRequests {

    private FarmerRequests() {
    }

    /** Harvest or slaughter of an existing lot. */
    public record OriginRequest(@NotNull OffsetDateTime at, @Size(max = 64) String quarantineNumber,
            @Size(max = 500) String photoUrl) {
    }

    /**
     * A new lot and its origin in one call: the lot, its harvest or slaughter, and if asked the halal attestation
     * and an inspection.
     */
    public record NewLotOriginRequest(@Valid @NotNull LotRequest lot, @NotNull OffsetDateTime at,
            @Size(max = 64) String quarantineNumber, @Size(max = 500) String photoUrl, boolean attestHalal,
            Boolean inspectionConformant, @Size(max = 500) String inspectionPhotoUrl) {
    }

    public record HalalRequest(UUID certificateId, @NotNull OffsetDateTime at) {
    }

    public record InspectionRequest(@NotNull Boolean conformant, @NotNull OffsetDateTime at,
            @Size(max = 500) String reportPhotoUrl) {
    }

    public record ColdReadingRequest(@NotNull BigDecimal celsius, @NotNull OffsetDateTime at,
            @Size(max = 200) String deviceId) {
    }

    public record TransformRequest(@NotEmpty @Size(max = 100) List<@NotNull UUID> inputLots,
            @Size(max = 1000) List<@NotNull UUID> outputLots, @Size(max = 5000) List<@NotBlank String> packEpcs,
            @NotNull OffsetDateTime at) {
    }

    public record CartonRequest(@NotBlank @Size(max = 200) String cartonId,
            @NotEmpty @Size(max = 5000) List<@NotBlank String> packEpcs, @NotNull OffsetDateTime at) {
    }

    /** Shipping lots and/or packs for one order. */
    public record ShipRequest(@NotNull UUID orderId, @Size(max = 100) List<@NotNull UUID> lots,
            @Size(max = 5000) List<@NotBlank String> packEpcs, @NotNull OffsetDateTime at) {
    }

    public record RecallRequest(@NotNull OffsetDateTime at, @Size(max = 500) String reason) {
    }
}
