package cn.huinong.market.training.incubation;

import java.util.List;
import java.util.UUID;

/**
 * Net monthly shop income of a linked trainee (Contract 1: paid − refunded − (commission − commission refunded),
 * months in Asia/Shanghai) beside the household income recorded at intake. {@code differenceFen} = net − baseline.
 */
public record IncomeView(UUID traineeId, UUID shopId, String currency, long baselineMonthlyIncomeFen, String from,
        String to, List<Month> months, long totalNetFen) {

    public record Month(String month, long paidFen, long refundedFen, long commissionFen, long commissionRefundedFen,
            long netFen, long differenceFen) {
    }
}
