package cn.gongguan.outflow.sixones;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FpAssociationRepository extends JpaRepository<FpAssociation, Long> {

    List<FpAssociation> findAllByOrderByOrgUnit();

    Optional<FpAssociation> findByOrgUnit(String orgUnit);
}
