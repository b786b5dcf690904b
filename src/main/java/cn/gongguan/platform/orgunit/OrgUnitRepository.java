package cn.gongguan.platform.orgunit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrgUnitRepository extends JpaRepository<OrgUnit, String> {

    List<OrgUnit> findByActiveTrueOrderByCode();

    long countByActiveTrue();
}
