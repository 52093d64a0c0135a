package cn.huinong.market.catalog.shop;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A shop as its owner and admins see it. Buyers get {@link #publicView}: no contact details, no review
 * checklist, and the support status only as the "助农" label, and only with the owner's consent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShopView(UUID id, String nameZh, String nameEn, String descriptionZh, String descriptionEn,
        String countyCode, String countyName, String townshipCode, String townshipName,
        String villageCode, String villageName, String contactName, String contactPhone,
        String sells, Boolean sellsHalal, SupportStatus supportStatus, Boolean supportLabelConsent,
        boolean supportLabel, ShopStatus status, Checklist checklist, String ownerSub,
        Long version, OffsetDateTime createdAt) {

    public record Checklist(boolean identityChecked, boolean payoutAccountGiven, boolean halalCertificateChecked) {
    }

    public static ShopView full(Shop s) {
        return new ShopView(s.id, s.nameZh, s.nameEn, s.descriptionZh, s.descriptionEn, s.countyCode, s.countyName,
                s.townshipCode, s.townshipName, s.villageCode, s.villageName, s.contactName, s.contactPhone,
                s.sells, s.sellsHalal, s.supportStatus, s.supportLabelConsent, s.showsSupportLabel(), s.status,
                new Checklist(s.identityChecked, s.payoutAccountGiven, s.halalCertificateChecked), s.ownerSub,
                s.version, s.createdAt);
    }

    public static ShopView publicView(Shop s) {
        return new ShopView(s.id, s.nameZh, s.nameEn, s.descriptionZh, s.descriptionEn, s.countyCode, s.countyName,
                s.townshipCode, s.townshipName, s.villageCode, s.villageName, null, null, s.sells, null, null, null,
                s.showsSupportLabel(), s.status, null, null, null, s.createdAt);
    }
}
