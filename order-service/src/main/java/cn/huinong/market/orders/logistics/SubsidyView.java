package cn.huinong.market.orders.logistics;

import cn.huinong.market.orders.logistics.network.SubsidyPayer;
import java.util.UUID;

public record SubsidyView(UUID id, String code, SubsidyPayer payer, String divisionCode, String category,
        int percent, long capFen) {

    static SubsidyView of(LogisticsSubsidy s) {
        return new SubsidyView(s.id, s.code, s.payer, s.divisionCode, s.category, s.percent, s.capFen);
    }
}
