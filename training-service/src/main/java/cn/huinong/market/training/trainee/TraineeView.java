package cn.huinong.market.training.trainee;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A trainee as shown to staff. By default the sensitive fields are masked ({@code supportStatus} is
 * {@code "***"}, {@code nationalId} shows its first 3 and last 4 characters); {@code revealed} tells which.
 */
public record TraineeView(UUID id, String name, String countyCode, String countyName, String townshipCode,
        String townshipName, String phone, long baselineMonthlyIncomeFen, String currency,
        String supportStatus, String supportStatusLabel, String nationalId, boolean revealed,
        ConsentView consent, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static final String MASK = "***";

    public static TraineeView masked(Trainee t, ConsentView consent) {
        return new TraineeView(t.id, t.name, t.countyCode, t.countyName, t.townshipCode, t.townshipName, t.phone,
                t.baselineIncomeFen, "CNY", MASK, null, t.nationalIdMasked, false, consent, t.version,
                t.createdAt, t.updatedAt);
    }

    public static TraineeView revealed(Trainee t, ConsentView consent, SupportStatus status, String nationalId) {
        return new TraineeView(t.id, t.name, t.countyCode, t.countyName, t.townshipCode, t.townshipName, t.phone,
                t.baselineIncomeFen, "CNY", status.name(), status.label(), nationalId, true, consent, t.version,
                t.createdAt, t.updatedAt);
    }
}
