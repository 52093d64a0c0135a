package cn.huinong.market.catalog.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A seller's shop: a household, a cooperative or a newly trained youth, placed in its county/township/village. */
@Entity
@Table(name = "shop")
public class Shop {

    @Id public UUID id;

    /** The OIDC subject of the seller who owns the shop; only they may change it. */
    @Column(name = "owner_sub", nullable = false) public String ownerSub;

    @Column(name = "name_zh", nullable = false) public String nameZh;

    @Column(name = "name_en") public String nameEn;

    @Column(name = "description_zh") public String descriptionZh;

    @Column(name = "description_en") public String descriptionEn;

    @Column(name = "county_code", nullable = false, columnDefinition = "bpchar(6)") public String countyCode;

    @Column(name = "county_name", nullable = false) public String countyName;

    @Column(name = "township_code", columnDefinition = "bpchar(9)") public String townshipCode;

    @Column(name = "township_name") public String townshipName;

    @Column(name = "village_code", columnDefinition = "bpchar(12)") public String villageCode;

    @Column(name = "village_name") public String villageName;

    @Column(name = "contact_name", nullable = false) public String contactName;

    @Column(name = "contact_phone", nullable = false) public String contactPhone;

    @Column(nullable = false) public String sells;

    @Column(name = "sells_halal", nullable = false) public boolean sellsHalal;

    @Enumerated(EnumType.STRING)
    @Column(name = "support_status", nullable = false) public SupportStatus supportStatus;

    /** The owner agreed to show buyers the "助农" label; without it the support status stays private. */
    @Column(name = "support_label_consent", nullable = false) public boolean supportLabelConsent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false) public ShopStatus status;

    @Column(name = "identity_checked", nullable = false) public boolean identityChecked;

    @Column(name = "payout_account_given", nullable = false) public boolean payoutAccountGiven;

    @Column(name = "halal_certificate_checked", nullable = false) public boolean halalCertificateChecked;

    @Column(name = "created_at", nullable = false) public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false) public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false) public long version;

    public boolean showsSupportLabel() {
        return supportLabelConsent && supportStatus != SupportStatus.NONE;
    }
}
