package cn.gongguan.housing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SweepFindingRepository extends JpaRepository<SweepFinding, Long> {

    List<SweepFinding> findBySweepId(long sweepId);

    List<SweepFinding> findBySweepIdIn(Collection<Long> sweepIds);

    /** The persons found unreported in sweeps between the days, each once however often found. */
    @Query("""
            select count(distinct f.personId) from SweepFinding f, Sweep s
            where f.sweepId = s.id and f.kind = cn.gongguan.housing.SweepFinding.Kind.UNREPORTED
              and s.sweptOn between :from and :to""")
    long countUnreportedIn(LocalDate from, LocalDate to);
}
