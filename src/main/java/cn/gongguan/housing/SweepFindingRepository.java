package cn.gongguan.housing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SweepFindingRepository extends JpaRepository<SweepFinding, Long> {

    List<SweepFinding> findBySweepId(long sweepId);

    List<SweepFinding> findBySweepIdIn(Collection<Long> sweepIds);

    /**
     * The persons found unreported in sweeps between the days, each once however often found: in the unit of the
     * house they were first found in, so that the units add up to the tenant's total.
     */
    @Query(nativeQuery = true, value = """
            select h.org_unit_code as unit, count(*) as total
            from (select distinct on (f.person_id) f.house_id
                  from sweep_finding f join sweep s on s.id = f.sweep_id
                  where f.kind = 'UNREPORTED' and s.swept_on between :from and :to
                  order by f.person_id, s.swept_on, f.id) found
            join rental_house h on h.id = found.house_id
            group by h.org_unit_code""")
    List<UnitCount> countUnreportedIn(LocalDate from, LocalDate to);
}
