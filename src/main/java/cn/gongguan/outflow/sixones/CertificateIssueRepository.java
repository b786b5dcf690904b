package cn.gongguan.outflow.sixones;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CertificateIssueRepository extends JpaRepository<CertificateIssue, Long> {

    List<CertificateIssue> findByPersonIdOrderByIssuedOnDesc(long personId);

    Optional<CertificateIssue> findByNumber(String number);

    /** The register: by number or holder's name (prefix), an officer's village only when a unit is given. */
    @Query("""
            select c from CertificateIssue c join fetch c.person p
            where (:search is null or c.number like concat(:search, '%') or p.name like concat(:search, '%'))
              and (:unit is null or p.orgUnit between :unit and concat(:unit, '999'))
            order by c.issuedOn desc, c.id desc""")
    List<CertificateIssue> register(String search, String unit, Pageable page);

    @Query("""
            select count(c) from CertificateIssue c join c.person p
            where (:search is null or c.number like concat(:search, '%') or p.name like concat(:search, '%'))
              and (:unit is null or p.orgUnit between :unit and concat(:unit, '999'))""")
    long countRegister(String search, String unit);
}
