package cn.huinong.market.catalog.product;

import cn.huinong.market.catalog.audit.Lifecycle;
import cn.huinong.market.catalog.audit.TransitionLog;
import cn.huinong.market.catalog.category.Category;
import cn.huinong.market.catalog.category.CategoryService;
import cn.huinong.market.catalog.halal.HalalCertificates;
import cn.huinong.market.catalog.shop.Ownership;
import cn.huinong.market.catalog.shop.Shop;
import cn.huinong.market.catalog.shop.ShopService;
import cn.huinong.market.catalog.shop.ShopStatus;
import cn.huinong.market.common.idempotency.ClientIds;
import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.paging.TimeKey;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Products of a shop, their moderation, and what buyers may see of them. */
@ApplicationScoped
public class ProductService {

    private static final String WHAT = "product";

    @Inject Clock clock;

    @Inject ProductRepository products;

    @Inject SkuRepository skus;

    @Inject ShopService shops;

    @Inject CategoryService categories;

    @Inject Ownership ownership;

    @Inject ProductOwnership owned;

    @Inject TransitionLog log;

    @Inject HalalCertificates halal;

    @Inject Event<ProductChanged> productChanged;

    /** Fired after a product's content or visibility changed, so dependants (search) can follow. */
    public record ProductChanged(UUID productId) {
    }

    @Transactional
    public ProductView create(UUID shopId, ProductRequest request) {
        Shop shop = ownership.shop(shopId);
        UUID id = ClientIds.newId(request.id(), products::findById, WHAT);
        Product product = new Product();
        product.id = id;
        product.shopId = shop.id;
        content(product, request);
        product.status = ProductStatus.DRAFT;
        product.createdAt = now();
        product.updatedAt = product.createdAt;
        products.persistAndFlush(product);
        record(id, null, ProductStatus.DRAFT, product.createdAt, null);
        productChanged.fire(new ProductChanged(id));
        return view(product);
    }

    /**
     * Changes a product's texts or category. A listed product whose content changes goes back to review: buyers
     * must only ever see texts an admin approved.
     */
    @Transactional
    public ProductView update(UUID id, String ifMatch, ProductRequest request) {
        Product product = owned.product(id);
        ETags.requireCurrent(ifMatch, product.version, () -> view(product));
        ProblemException.requireSameId(request.id(), id);
        boolean changed = !Objects.equals(product.categoryId, request.categoryId())
                || !Objects.equals(product.nameZh, request.nameZh().strip())
                || !Objects.equals(product.nameEn, blankToNull(request.nameEn()))
                || !Objects.equals(product.descriptionZh, blankToNull(request.descriptionZh()))
                || !Objects.equals(product.descriptionEn, blankToNull(request.descriptionEn()));
        content(product, request);
        product.updatedAt = now();
        if (changed && product.status == ProductStatus.APPROVED) {
            move(product, ProductStatus.PENDING_REVIEW, "edited after approval");
            product.submittedAt = product.updatedAt;
        }
        products.flush();
        productChanged.fire(new ProductChanged(id));
        return view(product);
    }

    /** Owners and admins see any state; buyers only approved products of approved shops. */
    public ProductView get(UUID id) {
        Optional<Product> theirs = owned.ifMayChange(id);
        if (theirs.isPresent()) {
            return view(theirs.get());
        }
        Product product = products.findById(id);
        if (product == null || !visibleToBuyers(product)) {
            throw ProblemException.notFound(WHAT, id);
        }
        return publicView(product);
    }

    public Page<ProductView> ofShop(UUID shopId, String after, int limit) {
        // Else a buyer's view of someone else's shop.
        boolean all = ownership.ifMayChange(shopId).isPresent();
        Map<String, Object> params = new HashMap<>();
        params.put("shop", shopId);
        String where = "shopId = :shop";
        if (!all) {
            Shop shop = shops.find(shopId).orElse(null);
            if (shop == null || shop.status != ShopStatus.APPROVED) {
                throw ProblemException.notFound("shop", shopId);
            }
            where += " and status = :approved";
            params.put("approved", ProductStatus.APPROVED);
        }
        return page(where, params, after, limit, all);
    }

    /** The moderation queue: submitted products, longest waiting first. */
    public Page<ProductView> moderationQueue(String after, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("pending", ProductStatus.PENDING_REVIEW);
        String where = TimeKey.after(after, "status = :pending", "submittedAt", "id", params);
        List<Product> rows = products.find(where + " order by submittedAt, id", params).page(0, limit + 1).list();
        return Page.of(rows, limit, this::view, p -> new TimeKey(p.submittedAt, p.id).cursor());
    }

    @Transactional
    public ProductView transition(UUID id, String ifMatch, TransitionRequest request) {
        Product product = owned.product(id);
        if (ifMatch != null) {
            ETags.requireCurrent(ifMatch, product.version, () -> view(product));
        }
        Shop shop = shops.find(product.shopId).orElseThrow();
        Lifecycle.Step<ProductStatus> step = ProductLifecycle.TABLE.check(product.status, request.to(),
                request.reason(), ownership.isAdmin(), shop.ownerSub.equals(ownership.caller()));
        ProductStatus target = step.move().to();
        String reason = step.reason();
        if (target == ProductStatus.PENDING_REVIEW) {
            if (skus.count("productId = ?1 and active = true", id) == 0) {
                throw ProblemException.conflict("detail.product-needs-sku");
            }
            product.submittedAt = now();
        }
        if (target == ProductStatus.APPROVED) {
            requirePublishable(product, shop);
            product.publishedAt = now();
        }
        product.moderationReason = target == ProductStatus.REJECTED ? reason : null;
        move(product, target, reason);
        product.updatedAt = now();
        products.flush();
        productChanged.fire(new ProductChanged(id));
        return view(product);
    }

    public List<TransitionView> history(UUID id) {
        owned.product(id);
        return log.of(ProductTransition.class, "productId", id).stream().map(TransitionView::of).toList();
    }

    /** A product goes live only from an approved shop, and in a halal category only with a covering certificate. */
    private void requirePublishable(Product product, Shop shop) {
        if (shop.status != ShopStatus.APPROVED) {
            throw ProblemException.conflict("detail.shop-not-approved");
        }
        Category category = categories.lookup(product.categoryId).orElseThrow();
        if (category.halalRequired && halal.coverFor(shop.id, category.id).isEmpty()) {
            throw ProblemException.conflict("detail.halal-certificate-missing");
        }
    }

    /** The product itself, for other features (no ownership check). */
    public Optional<Product> find(UUID id) {
        return Optional.ofNullable(products.findById(id));
    }

    public boolean visibleToBuyers(Product product) {
        if (product.status != ProductStatus.APPROVED) {
            return false;
        }
        return shops.find(product.shopId).filter(shop -> shop.status == ShopStatus.APPROVED).isPresent();
    }

    private void move(Product product, ProductStatus target, String reason) {
        ProductStatus from = product.status;
        product.status = target;
        record(product.id, from, target, now(), reason);
    }

    private Page<ProductView> page(String where, Map<String, Object> params, String after, int limit,
            boolean privileged) {
        where = TimeKey.after(after, where, "createdAt", "id", params);
        List<Product> rows = products.find(where + " order by createdAt, id", params).page(0, limit + 1).list();
        return Page.of(rows, limit, privileged ? this::view : this::publicView,
                p -> new TimeKey(p.createdAt, p.id).cursor());
    }

    private ProductView view(Product product) {
        List<SkuView> variants = skus.ofProduct(product.id).stream().map(SkuView::of).toList();
        return ProductView.of(product, halal.isHalal(product.shopId, product.categoryId), variants);
    }

    /** Buyers see active SKUs only, and no moderation notes. */
    private ProductView publicView(Product product) {
        List<SkuView> variants = skus.ofProduct(product.id).stream().filter(s -> s.active).map(SkuView::of)
                .toList();
        ProductView full = ProductView.of(product, halal.isHalal(product.shopId, product.categoryId), variants);
        return new ProductView(full.id(), full.shopId(), full.categoryId(), full.nameZh(), full.nameEn(),
                full.descriptionZh(), full.descriptionEn(), full.status(), null, full.halal(), full.skus(),
                full.version(), null, full.publishedAt(), full.createdAt());
    }

    private void content(Product product, ProductRequest request) {
        if (categories.lookup(request.categoryId()).isEmpty()) {
            throw ProblemException.invalidField("categoryId", "detail.category-missing");
        }
        product.categoryId = request.categoryId();
        product.nameZh = request.nameZh().strip();
        product.nameEn = blankToNull(request.nameEn());
        product.descriptionZh = blankToNull(request.descriptionZh());
        product.descriptionEn = blankToNull(request.descriptionEn());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Audits a move the caller made (from is null for the creation). */
    private void record(UUID productId, ProductStatus from, ProductStatus to, OffsetDateTime at, String reason) {
        ProductTransition step = new ProductTransition();
        step.productId = productId;
        log.append(step.moved(from, to, ownership.caller(), reason, at));
    }
}
