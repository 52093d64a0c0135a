package cn.huinong.market.training.trainee;

import cn.huinong.market.training.cohort.StampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A person in the programme. The sensitive fields exist here only as ciphertext (see SensitiveDataCipher). */
@Entity
@Table(name = "trainee")
public class Trainee extends StampedEntity {

    @Column(nullable = false, length = 100) public String name;

    @Column(name = "county_code", nullable = false, length = 6) public String countyCode;

    @Column(name = "county_name", nullable = false, length = 50) public String countyName;

    @Column(name = "township_code", length = 9) public String townshipCode;

    @Column(name = "township_name", length = 50) public String townshipName;

    @Column(length = 20) public String phone;

    @Column(name = "baseline_income_fen", nullable = false) public long baselineIncomeFen;

    @Column(name = "support_status_enc", nullable = false) public byte[] supportStatusEnc;

    @Column(name = "national_id_enc") public byte[] nationalIdEnc;

    @Column(name = "national_id_masked", length = 18) public String nationalIdMasked;

    @Column(name = "crypto_key_id", nullable = false, length = 32) public String cryptoKeyId;

    @Column(name = "created_by", nullable = false, length = 255) public String createdBy;

    @Column(name = "updated_at", nullable = false) public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false) public long version;
}
