package cn.huinong.market.catalog.shop;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.security.Callers;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * Who the caller is, and the shop they may change: its owner or an admin. Anyone else is told it does not exist,
 * so sellers cannot even learn which ids are in use by other shops. ({@code ProductOwnership} does the same for
 * products and SKUs, on top of this.)
 */
@RequestScoped
public class Ownership {

    @Inject SecurityIdentity identity;

    @Inject ShopRepository shops;

    public String caller() {
        return Callers.subjectOrAnonymous(identity);
    }

    public boolean isAdmin() {
        return identity.hasRole("admin");
    }

    /** A service account (client credentials, role {@code service}) acting for another service, not a user. */
    public boolean isService() {
        return identity.hasRole("service");
    }

    /** A shop the caller may read the audit history of: its owner, an admin or a service account. */
    public Shop shopForAudit(UUID shopId) {
        if (isService()) {
            Shop shop = shops.findById(shopId);
            if (shop == null) {
                throw ProblemException.notFound("shop", shopId);
            }
            return shop;
        }
        return shop(shopId);
    }

    public Shop shop(UUID shopId) {
        return ifMayChange(shopId).orElseThrow(() -> ProblemException.notFound("shop", shopId));
    }

    /**
     * The shop if the caller may change it, else empty (at once for an anonymous caller): for reads that show
     * others the public face instead.
     */
    public Optional<Shop> ifMayChange(UUID shopId) {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        Shop shop = shops.findById(shopId);
        return shop != null && (isAdmin() || shop.ownerSub.equals(caller())) ? Optional.of(shop) : Optional.empty();
    }
}
