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
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

/** A training programme (e.g. e-commerce skills) offered in one or more tracks, made of modules. */
@Entity
@Table(name = "programme")
public class Programme extends StampedEntity {

    @Column(nullable = false, length = 200) public String name;

    @Column(length = 2000) public String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_track", joinColumns = @JoinColumn(name = "programme_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "track", nullable = false, length = 32) public Set<Track> tracks = EnumSet.noneOf(Track.class);

    @Column(name = "updated_at", nullable = false) public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false) public long version;
}
