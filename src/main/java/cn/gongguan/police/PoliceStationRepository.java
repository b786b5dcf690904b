package cn.gongguan.police;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PoliceStationRepository extends JpaRepository<PoliceStation, Long> {

    List<PoliceStation> findAllByOrderByName();

    Optional<PoliceStation> findByName(String name);

    /**
     * The stations that owe a report for the month, as a rental house owes its landlord's: registered by its end, and
     * still reporting after it unless their report for the month came.
     */
    String OWING = """
            from PoliceStation s where s.registeredOn <= :monthEnd
              and (s.stoppedOn is null or s.stoppedOn > :monthEnd
                   or exists (select r from PoliceReport r where r.stationId = s.id and r.month = :month))""";

    /**
     * The stations that owe the month's report (as {@link #OWING}) and have none: one condition for the figure of
     * reports missing and the list of its stations.
     */
    String MISSING = """
            from PoliceStation s where s.registeredOn <= :monthEnd
              and (s.stoppedOn is null or s.stoppedOn > :monthEnd) and not exists
              (select r from PoliceReport r where r.stationId = s.id and r.month = :month)""";

    @Query("select s " + OWING + " order by s.name")
    List<PoliceStation> findOwing(LocalDate month, LocalDate monthEnd);

    @Query("select count(s) " + OWING)
    long countOwing(LocalDate month, LocalDate monthEnd);

    @Query("select s " + MISSING + " order by s.name")
    List<PoliceStation> findMissing(LocalDate month, LocalDate monthEnd);

    @Query("select count(s) " + MISSING)
    long countMissing(LocalDate month, LocalDate monthEnd);
}
