package cn.gongguan.outflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface OutflowTripRepository extends JpaRepository<OutflowTrip, Long>, JpaSpecificationExecutor<OutflowTrip> {

    Optional<OutflowTrip> findByPersonIdAndReturnDayIsNull(long personId);

    List<OutflowTrip> findByPersonIdOrderByDepartureDayDesc(long personId);

    Optional<OutflowTrip> findFirstByPersonIdOrderByDepartureDayDesc(long personId);

    boolean existsByPersonIdAndReturnDayIsNotNull(long personId);

    @EntityGraph(attributePaths = "person")
    Optional<OutflowTrip> findWithPersonById(long id);

    Optional<OutflowTrip> findByPersonIdNumberAndDepartureDay(String idNumber, LocalDate departureDay);

    Optional<OutflowTrip> findByPersonIdNumberAndReturnDayIsNull(String idNumber);
}
