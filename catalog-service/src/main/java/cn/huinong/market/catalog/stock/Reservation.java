package cn.huinong.market.catalog.stock;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The stock a checkout holds. Read through this entity; written only by {@link ReservationRepository}'s SQL,
 * which keeps each state change and its stock moves in one conditional statement per row.
 */
@Entity
@Table(name = "reservation")
public class Reservation {

    @Id
    @Column(name = "checkout_id") public UUID checkoutId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false) public ReservationStatus status;

    @Column(name = "requested_by", nullable = false) public String requestedBy;

    @Column(name = "expires_at", nullable = false) public OffsetDateTime expiresAt;

    @Column(name = "created_at", nullable = false) public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false) public OffsetDateTime updatedAt;

    @Column(name = "confirmed_at") public OffsetDateTime confirmedAt;

    @Column(name = "released_at") public OffsetDateTime releasedAt;

    @Version
    @Column(nullable = false) public long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reservation_line", joinColumns = @JoinColumn(name = "checkout_id"))
    @OrderColumn(name = "line_no") public List<ReservationLine> lines = new ArrayList<>();
}
