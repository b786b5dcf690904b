package cn.gongguan.governance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GovernanceMemberRepository extends JpaRepository<GovernanceMember, Long> {

    List<GovernanceMember> findAllByOrderByNameAsc();

    /** The current members per department, for the county's rollup. */
    @Query("select m.department, count(m) from GovernanceMember m where m.leftOn is null group by m.department")
    List<Object[]> activeByDepartment();
}
