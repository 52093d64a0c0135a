package cn.huinong.market.training.trainee;

import cn.huinong.market.training.cohort.TrainingEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A consent the trainee gave, recorded by staff; in force until withdrawn. */
@Entity
@Table(name = "trainee_consent")
public class Consent extends TrainingEntity {

    @Column(name = "trainee_id", nullable = false) public UUID traineeId;

    @Column(nullable = false, length = 500) public String scope;

    /** The consent also covers linking the trainee's catalog shop and reading its sales from the order feed. */
    @Column(name = "covers_shop_sales", nullable = false) public boolean coversShopSales;

    @Column(name = "given_at", nullable = false) public OffsetDateTime givenAt;

    @Column(name = "recorded_by", nullable = false, length = 255) public String recordedBy;

    @Column(name = "recorded_at", nullable = false) public OffsetDateTime recordedAt;

    @Column(name = "withdrawn_at") public OffsetDateTime withdrawnAt;

    @Column(name = "withdrawn_by", length = 255) public String withdrawnBy;

    @Column(name = "withdrawal_reason", length = 500) public String withdrawalReason;

    Consent(UUID traineeId, ConsentRequest request, String recordedBy, OffsetDateTime at) {
        this.id = UUID.randomUUID();
        this.traineeId = traineeId;
        this.scope = request.scope().strip();
        this.coversShopSales = request.coversShopSales();
        this.givenAt = request.givenAt();
        this.recordedBy = recordedBy;
        this.recordedAt = at;
    }

    /** For Hibernate, which loads rows into empty instances. */
    protected Consent() {
    }
}
