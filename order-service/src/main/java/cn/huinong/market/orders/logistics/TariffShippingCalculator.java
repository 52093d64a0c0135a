package cn.huinong.market.orders.logistics;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.orders.config.ShippingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** The flat tariff: first kilogram plus each further started kilogram, by destination zone. */
@ApplicationScoped
public class TariffShippingCalculator implements ShippingCalculator {

    private static final int GRAMS_PER_KG = 1000;

    @Inject ShippingConfig config;

    @Override
    public ShippingQuote quote(String destinationProvince, int packedWeightG, boolean coldChain) {
        if (packedWeightG <= 0) {
            throw ProblemException.invalidField("packedWeightG", "detail.weight-positive");
        }
        Map.Entry<String, ShippingConfig.Zone> zone = config.zones().entrySet().stream()
                .filter(z -> z.getValue().provinces().contains(destinationProvince))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalidField("province", "detail.province-not-served",
                        destinationProvince));
        // Carriers charge every started kilogram: 1,001 g costs two.
        int chargeableKg = Math.max(1, (packedWeightG + GRAMS_PER_KG - 1) / GRAMS_PER_KG);
        long base = zone.getValue().firstKgFen() + (chargeableKg - 1L) * zone.getValue().extraKgFen();
        long cold = coldChain ? config.coldChainSurchargeFen() : 0;
        return new ShippingQuote(zone.getKey(), destinationProvince, chargeableKg, base, cold, base + cold, "CNY");
    }
}
