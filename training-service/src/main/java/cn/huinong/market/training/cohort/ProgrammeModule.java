package cn.huinong.market.training.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A unit of a programme with the hours it requires and the score that passes its assessment. */
@Entity
@Table(name = "programme_module")
public class ProgrammeModule extends StampedEntity {

    @Column(name = "programme_id", nullable = false) public UUID programmeId;

    @Column(nullable = false, length = 32) public String code;

    @Column(nullable = false, length = 200) public String name;

    /** Null: taught in every track of the programme. */
    @Enumerated(EnumType.STRING)
    @Column(length = 32) public Track track;

    @Column(name = "required_hours", nullable = false, precision = 5, scale = 1) public BigDecimal requiredHours;

    @Column(name = "pass_score", nullable = false, precision = 5, scale = 2) public BigDecimal passScore;
}
