package cn.huinong.market.training.placement;

import java.time.LocalDate;
import java.util.UUID;

public record PlacementView(UUID id, UUID traineeId, String employerName, String role, LocalDate startDate,
        LocalDate endDate, long monthlyWageFen, String currency, boolean trainingRelated,
        PlacementVerification verification, Retention retention, long version) {

    public static PlacementView of(Placement p, Retention retention) {
        return new PlacementView(p.id, p.traineeId, p.employerName, p.role, p.startDate, p.endDate, p.monthlyWageFen,
                "CNY", p.trainingRelated, p.verification, retention, p.version);
    }
}
