package cn.huinong.market.training.cohort;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A class of trainees in one county and track, taught by the trainers assigned to it. */
@Entity
@Table(name = "cohort")
public class Cohort extends StampedEntity {

    @Column(nullable = false, length = 200) public String name;

    @Column(name = "county_code", nullable = false, length = 6) public String countyCode;

    @Column(name = "county_name", nullable = false, length = 50) public String countyName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32) public Track track;

    /** The programme whose modules this cohort teaches; null until one is chosen (then it holds no sessions). */
    @Column(name = "programme_id") public UUID programmeId;

    @Column(name = "start_date", nullable = false) public LocalDate startDate;

    @Column(name = "end_date", nullable = false) public LocalDate endDate;

    /** OIDC subjects of the trainers; a trainer sees only the cohorts listing them. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cohort_trainer", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "trainer_sub", nullable = false, length = 255) public Set<String> trainerSubs = new LinkedHashSet<>();

    @Column(name = "updated_at", nullable = false) public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false) public long version;
}
