package cn.huinong.market.catalog.category;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A node of the category tree; a category that requires halal certification passes it on to its children. */
@Entity
@Table(name = "category")
public class Category {

    @Id public UUID id;

    @Column(nullable = false, unique = true, length = 64) public String code;

    @Column(name = "name_zh", nullable = false, length = 100) public String nameZh;

    @Column(name = "name_en", length = 100) public String nameEn;

    @Column(name = "parent_id") public UUID parentId;

    @Column(name = "halal_required", nullable = false) public boolean halalRequired;

    @Column(name = "sort_order", nullable = false) public int sortOrder;

    @Column(name = "created_at", nullable = false) public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false) public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false) public long version;
}
