package cn.huinong.market.orders.logistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One consolidation of a hub's parcels for a cutoff, planned in the background. */
@Entity
@Table(name = "logistics_planning_job")
public class PlanningJob {

    @Id public UUID id;

    @Column(name = "hub_code", nullable = false) public String hubCode;

    @Column(nullable = false) public OffsetDateTime cutoff;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false) public PlanningJobStatus status;

    @Column(nullable = false) public int progress;

    @Column(name = "requested_by", nullable = false) public String requestedBy;

    /** The plan as {@link PlanningResult} JSON, once DONE. */
    @JdbcTypeCode(SqlTypes.JSON) public String result;

    public String error;

    @Column(name = "created_at", nullable = false) public OffsetDateTime createdAt;

    @Column(name = "started_at") public OffsetDateTime startedAt;

    @Column(name = "finished_at") public OffsetDateTime finishedAt;

    @Version
    @Column(nullable = false) public long version;
}
