package cn.huinong.market.training.certificate;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CertificateRepository implements PanacheRepositoryBase<Certificate, UUID> {

    public List<Certificate> ofTrainee(UUID traineeId) {
        return list("traineeId = ?1 order by issuedOn, createdAt, id", traineeId);
    }

    public Optional<Certificate> byCode(String code) {
        return find("verificationCode", code).firstResultOptional();
    }
}
