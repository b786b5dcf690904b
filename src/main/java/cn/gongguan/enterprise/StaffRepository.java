package cn.gongguan.enterprise;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffRepository extends JpaRepository<StaffMember, Long> {

    /** A page of an enterprise's staff list: those still there first, then by day hired (latest first). */
    @Query("""
            select s from StaffMember s join fetch s.person
            where s.enterpriseId = :enterpriseId and (:all = true or s.leftOn is null or s.leftOn >= :today)
            order by case when s.leftOn is null or s.leftOn >= :today then 0 else 1 end, s.hiredOn desc, s.id desc""")
    List<StaffMember> staffOf(long enterpriseId, boolean all, LocalDate today, Pageable page);

    @Query("""
            select count(s) from StaffMember s
            where s.enterpriseId = :enterpriseId and (:all = true or s.leftOn is null or s.leftOn >= :today)""")
    long countStaffOf(long enterpriseId, boolean all, LocalDate today);

    Optional<StaffMember> findByEnterpriseIdAndPersonIdAndHiredOn(long enterpriseId, long personId, LocalDate hiredOn);

    /** The person's other employments at the enterprise, to refuse a second one overlapping an open one. */
    List<StaffMember> findByEnterpriseIdAndPersonId(long enterpriseId, long personId);

    @Query(value = """
            select exists (select 1 from enterprise_staff s join person p on p.id = s.person_id
                           where s.enterprise_id = :enterpriseId and p.id_number = :idNumber and s.hired_on = :hiredOn)""",
            nativeQuery = true)
    boolean recorded(long enterpriseId, String idNumber, LocalDate hiredOn);

    List<StaffMember> findByIdIn(Collection<Long> ids);

    /** Of these persons, those visited (一访 recorded). */
    @Query(value = "select p.id from person p where p.id in (:personIds) and " + EnterpriseFigures.VISITED,
            nativeQuery = true)
    List<Long> visitedAmong(Collection<Long> personIds, LocalDate asOf);
}
