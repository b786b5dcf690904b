package cn.gongguan.outflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RecheckEntryRepository extends JpaRepository<RecheckEntry, Long> {

    /**
     * A page of a list, those not marked yet first, then by name; the search (a name's or an ID number's start, or
     * empty) narrows it. Each entry comes with its person and trip.
     */
    @Query("""
            select e from RecheckEntry e join fetch e.person p join fetch e.trip
            where e.listId = :listId and (:search = '' or p.name like :search or p.idNumber like :search)
            order by case when e.result is null then 0 else 1 end, p.name, e.id""")
    List<RecheckEntry> page(long listId, String search, Pageable page);

    @EntityGraph(attributePaths = {"person", "trip"})
    Optional<RecheckEntry> findByListIdAndPersonId(long listId, long personId);

    long countByListId(long listId);

    long countByListIdAndResultIsNotNull(long listId);

    /** Whether the person is on any list of the month. */
    @Query("""
            select count(e) > 0 from RecheckEntry e, RecheckList l
            where l.id = e.listId and l.month = :month and e.person.id = :personId""")
    boolean onAListOf(LocalDate month, long personId);
}
