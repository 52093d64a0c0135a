package cn.huinong.market.catalog.stock;

import cn.huinong.market.catalog.product.ProductOwnership;
import cn.huinong.market.common.problem.Messages;
import cn.huinong.market.common.problem.Problem;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import cn.huinong.market.common.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Sellers' side of stock: read it, set the count, confirm it is still right. Owner or admin only. */
@ApplicationScoped
public class StockService {

    @Inject Clock clock;

    @Inject ProductOwnership ownership;

    @Inject SkuStockRepository stocks;

    @Inject SellableRule rule;

    @Transactional
    public StockView get(UUID skuId, Locale locale) {
        ownership.sku(skuId);
        return view(skuId, stocks.findById(skuId), locale);
    }

    /** Sets on-hand and records that the seller counted it now. On-hand may not drop below what is reserved. */
    @Transactional
    public StockView set(UUID skuId, String ifMatch, int onHand, Locale locale) {
        ownership.sku(skuId);
        SkuStock stock = stocks.lockCreatingIfMissing(skuId);
        ETags.requireCurrent(ifMatch, stock.version, () -> view(skuId, stock, locale));
        if (onHand < stock.reserved) {
            throw ProblemException.withFacts(ProblemType.CONFLICT,
                    List.of(new Problem.FieldError("onHand", "detail.stock.below-reserved.short")),
                    view(skuId, stock, locale), "detail.stock.below-reserved", stock.reserved, onHand);
        }
        stock.onHand = onHand;
        touchConfirmed(stock);
        return view(skuId, stock, locale);
    }

    /**
     * "The count is still right": keeps a chilled/frozen SKU on sale without changing it. If-Match is optional
     * here since nothing the seller typed is written.
     */
    @Transactional
    public StockView confirm(UUID skuId, String ifMatch, Locale locale) {
        ownership.sku(skuId);
        SkuStock stock = stocks.lockCreatingIfMissing(skuId);
        if (ifMatch != null) {
            ETags.requireCurrent(ifMatch, stock.version, () -> view(skuId, stock, locale));
        }
        touchConfirmed(stock);
        return view(skuId, stock, locale);
    }

    private void touchConfirmed(SkuStock stock) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        stock.stockConfirmedAt = now;
        stock.updatedAt = now;
        // Always a change, so always a new version, and the rule below reads the flushed row.
        stocks.flush();
    }

    private StockView view(UUID skuId, SkuStock stock, Locale locale) {
        NotSellableReason reason = rule.whyNot(skuId).orElse(null);
        return new StockView(skuId,
                stock == null ? 0 : stock.onHand,
                stock == null ? 0 : stock.reserved,
                stock == null ? 0 : stock.available(),
                stock == null ? null : stock.stockConfirmedAt,
                reason == null,
                reason == null ? null : reason.name(),
                reason == null ? null : Messages.text(locale, reason.messageKey()),
                stock == null ? 0 : stock.version,
                stock == null ? null : stock.updatedAt);
    }
}
