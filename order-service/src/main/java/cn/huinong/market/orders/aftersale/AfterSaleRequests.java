package cn.huinong.market.orders.aftersale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** The request bodies of the after-sale endpoints. */
public final class AfterSaleRequests {

    private AfterSaleRequests() {
    }

    /**
     * Opening a case. {@code requestedGoodsFen} is the goods part asked back (at most what is still refundable of the
     * goods); shipping is never asked for: it is refunded in full exactly when the refund covers all the goods still
     * refundable, else not at all.
     */
    public record Open(@NotNull AfterSaleKind kind, @NotNull AfterSaleReason reasonCode,
            @Size(max = 1000) String description, @NotNull @Positive Long requestedGoodsFen) {
    }

    /** The seller's decision; a rejection needs a reason. */
    public record Decision(@NotNull Boolean accept, @Size(max = 1000) String reason) {
    }

    /** The buyer's return parcel. */
    public record ReturnShipment(@NotBlank @Size(max = 40) String carrier,
            @NotNull @Pattern(regexp = "^[A-Za-z0-9-]{6,40}$") String trackingNumber) {
    }

    /** A reason (required for a dispute, optional for receipt and withdrawal). */
    public record Reason(@Size(max = 1000) String reason) {
    }

    public enum Verdict {
        /** Refund {@code refundGoodsFen} of the goods (plus shipping when that is all the goods still refundable). */
        REFUND,
        /** The seller's rejection stands; the case closes and the order resumes. */
        UPHOLD
    }

    /** The admin's ruling on a dispute. */
    public record Arbitration(@NotNull Verdict verdict, @Positive Long refundGoodsFen,
            @NotBlank @Size(max = 1000) String reason) {
    }
}
