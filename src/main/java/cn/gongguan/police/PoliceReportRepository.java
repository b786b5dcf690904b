package cn.gongguan.police;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PoliceReportRepository extends JpaRepository<PoliceReport, Long> {

    Optional<PoliceReport> findByStationIdAndMonth(long stationId, LocalDate month);

    List<PoliceReport> findByMonth(LocalDate month);

    /** The reports received for the month: each from a station that owes it by {@link PoliceStationRepository#OWING}. */
    long countByMonth(LocalDate month);
}
