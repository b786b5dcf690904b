package cn.gongguan.platform.orgunit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrgUnitRepository extends JpaRepository<OrgUnit, String> {

    List<OrgUnit> findByActiveTrueOrderByCode();

    List<OrgUnit> findByParentCodeAndActiveTrueOrderByCode(String parentCode);

    /** All groups of a village, deactivated ones too: their numbers stay taken. */
    List<OrgUnit> findByParentCodeOrderByCode(String parentCode);

    long countByActiveTrueAndKindNot(OrgUnit.Kind kind);
}
