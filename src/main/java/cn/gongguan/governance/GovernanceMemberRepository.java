package cn.gongguan.governance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GovernanceMemberRepository extends JpaRepository<GovernanceMember, Long> {

    /** The group as the township lists it: current members first, then those who left, each by department and name. */
    @Query("select m from GovernanceMember m order by case when m.leftOn is null then 0 else 1 end, m.department, m.name")
    List<GovernanceMember> listed();

    /** The current members per department, for the county's rollup. */
    @Query("select m.department, count(m) from GovernanceMember m where m.leftOn is null group by m.department")
    List<Object[]> activeByDepartment();
}
