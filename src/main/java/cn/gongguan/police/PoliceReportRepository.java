package cn.gongguan.police;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PoliceReportRepository extends JpaRepository<PoliceReport, Long> {

    Optional<PoliceReport> findByStationIdAndMonth(long stationId, LocalDate month);

    List<PoliceReport> findByMonth(LocalDate month);

    /** The reports received for the month from stations that owe it (a report is made only by one that does). */
    long countByMonth(LocalDate month);
}
