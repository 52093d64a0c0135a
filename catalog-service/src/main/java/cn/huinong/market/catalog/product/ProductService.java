package cn.huinong.market.catalog.service;

import cn.huinong.market.catalog.repository.Category;
import cn.huinong.market.catalog.repository.CategoryRepository;
import cn.huinong.market.catalog.repository.Product;
import cn.huinong.market.catalog.repository.ProductRepository;
import cn.huinong.market.catalog.repository.ProductStatus;
import cn.huinong.market.catalog.repository.Shop;
import cn.huinong.market.catalog.repository.ShopRepository;
import cn.huinong.market.catalog.repository.ShopStatus;
import cn.huinong.market.catalog.repository.SkuRepository;
import cn.huinong.market.catalog.repository.TransitionLog;
import cn.huinong.market.catalog.rest.ProductRequest;
import cn.huinong.market.catalog.rest.ProductView;
import cn.huinong.market.catalog.rest.SkuView;
import cn.huinong.market.catalog.rest.TransitionRequest;
import cn.huinong.market.catalog.rest.TransitionView;
import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.paging.TimeKey;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Products of a shop, their moderation, and what buyers may see of them. */
@ApplicationScoped
public class ProductService {

    private static final String WHAT = "product";

    @Inject ProductRepository products;

    @Inject SkuRepository skus;

    @Inject ShopRepository shops;

    @Inject CategoryRepository categories;

    @Inject Ownership ownership;

    @Inject TransitionLog log;

    @Inject HalalCertificates halal;

    @Inject Event<ProductChanged> productChanged;

    /** Fired after a product's content or visibility changed, so dependants (search) can follow. */
    public record ProductChanged(UUID productId) {
    }

    @Transactional
    public ProductView create(UUID shopId, ProductRequest request) {
        Shop shop = ownership.shop(shopId);
        UUID id = request.id() == null ? UUID.randomUUID() : request.id();
        if (products.findById(id) != null) {
            throw ProblemException.alreadyExists(WHAT, id);
        }
        Product product = new Product();
        product.id = id;
        product.shopId = shop.id;
        content(product, request);
        product.status = ProductStatus.DRAFT;
        product.createdAt = now();
        product.updatedAt = product.createdAt;
        products.persistAndFlush(product);
        log.product(id, null, ProductStatus.DRAFT, ownership.caller(), null);
        productChanged.fire(new ProductChanged(id));
        return view(product);
    }

    /**
     * Changes a product's texts or category. A listed product whose content changes goes back to review: buyers
     * must only ever see texts an admin approved.
     */
    @Transactional
    public ProductView update(UUID id, String ifMatch, ProductRequest request) {
        Product product = ownership.product(id);
        ETags.requireCurrent(ifMatch, product.version, () -> view(product));
        if (request.id() != null && !request.id().equals(id)) {
            throw ProblemException.invalidField("id", "detail.id-mismatch");
        }
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
    public ProductView get(UUID id, boolean privileged) {
        if (privileged) {
            try {
                return view(ownership.product(id));
            } catch (ProblemException notTheirs) {
                // fall through to the buyer's view
            }
        }
        Product product = products.findById(id);
        if (product == null || !visibleToBuyers(product)) {
            throw ProblemException.notFound(WHAT, id);
        }
        return publicView(product);
    }

    public Page<ProductView> ofShop(UUID shopId, boolean privileged, String after, int limit) {
        boolean all = false;
        if (privileged) {
            try {
                ownership.shop(shopId);
                all = true;
            } catch (ProblemException notTheirs) {
                // a buyer's view of someone else's shop
            }
        }
        Map<String, Object> params = new HashMap<>();
        params.put("shop", shopId);
        String where = "shopId = :shop";
        if (!all) {
            Shop shop = shops.findById(shopId);
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
        Product product = ownership.product(id);
        if (ifMatch != null) {
            ETags.requireCurrent(ifMatch, product.version, () -> view(product));
        }
        ProductStatus target = parse(request.to());
        ProductLifecycle.Move move = ProductLifecycle.find(product.status, target)
                .orElseThrow(() -> ProblemException.conflict("detail.transition-illegal", product.status, target));
        Shop shop = shops.findById(product.shopId);
        boolean allowed = move.actor() == ShopLifecycle.Actor.ADMIN ? ownership.isAdmin()
                : shop.ownerSub.equals(ownership.caller());
        if (!allowed) {
            throw ProblemException.forbidden("detail.transition-not-yours", product.status, target);
        }
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        if (move.reasonRequired() && reason == null) {
            throw ProblemException.invalidField("reason", "detail.reason-required");
        }
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
        ownership.product(id);
        return log.ofProduct(id).stream()
                .map(t -> new TransitionView(t.fromStatus == null ? null : t.fromStatus.name(), t.toStatus.name(),
                        t.actorSub, t.reason, t.at))
                .toList();
    }

    /** A product goes live only from an approved shop, and in a halal category only with a covering certificate. */
    private void requirePublishable(Product product, Shop shop) {
        if (shop.status != ShopStatus.APPROVED) {
            throw ProblemException.conflict("detail.shop-not-approved");
        }
        Category category = categories.findById(product.categoryId);
        if (category.halalRequired && halal.coverFor(shop.id, category.id).isEmpty()) {
            throw ProblemException.conflict("detail.halal-certificate-missing");
        }
    }

    public boolean visibleToBuyers(Product product) {
        if (product.status != ProductStatus.APPROVED) {
            return false;
        }
        Shop shop = shops.findById(product.shopId);
        return shop != null && shop.status == ShopStatus.APPROVED;
    }

    private void move(Product product, ProductStatus target, String reason) {
        ProductStatus from = product.status;
        product.status = target;
        log.product(product.id, from, target, ownership.caller(), reason);
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
        return ProductView.of(product, halal.isHalal(product), variants);
    }

    /** Buyers see active SKUs only, and no moderation notes. */
    private ProductView publicView(Product product) {
        List<SkuView> variants = skus.ofProduct(product.id).stream().filter(s -> s.active).map(SkuView::of)
                .toList();
        ProductView full = ProductView.of(product, halal.isHalal(product), variants);
        return new ProductView(full.id(), full.shopId(), full.categoryId(), full.nameZh(), full.nameEn(),
                full.descriptionZh(), full.descriptionEn(), full.status(), null, full.halal(), full.skus(),
                full.version(), null, full.publishedAt(), full.createdAt());
    }

    private void content(Product product, ProductRequest request) {
        if (categories.findById(request.categoryId()) == null) {
            throw ProblemException.invalidField("categoryId", "detail.category-missing");
        }
        product.categoryId = request.categoryId();
        product.nameZh = request.nameZh().strip();
        product.nameEn = blankToNull(request.nameEn());
        product.descriptionZh = blankToNull(request.descriptionZh());
        product.descriptionEn = blankToNull(request.descriptionEn());
    }

    private static ProductStatus parse(String status) {
        try {
            return ProductStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("to", "detail.status-unknown");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
