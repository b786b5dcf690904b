package cn.gongguan.outflow;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RecheckFindingRepository extends JpaRepository<RecheckFinding, Long> {

    /** The entry's findings: at most one of each kind. */
    List<RecheckFinding> findByEntryId(long entryId);

    /** The open findings, oldest first, with their persons. */
    @Query("""
            select f from RecheckFinding f join fetch f.person
            where f.closedAt is null order by f.openedAt, f.id""")
    List<RecheckFinding> open(Pageable page);

    long countByClosedAtIsNull();
}
