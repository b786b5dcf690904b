package cn.gongguan.governance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface KeyLocationRepository extends JpaRepository<KeyLocation, Long> {

    List<KeyLocation> findByActiveTrueAndKindInOrderByKindAscNameAscIdAsc(Collection<LocationKind> kinds,
                                                                        Pageable page);

    long countByActiveTrueAndKindIn(Collection<LocationKind> kinds);

    /** The active location of the name, as the unique index compares names. */
    @Query("select l from KeyLocation l where l.active and lower(l.name) = lower(:name)")
    Optional<KeyLocation> findActiveNamed(@Param("name") String name);

    /** The active locations of the names (lower case), for a chunk of an import at once. */
    @Query("select l from KeyLocation l where l.active and lower(l.name) in :names")
    List<KeyLocation> findActiveNamedIn(@Param("names") Collection<String> lowerCaseNames);
}
