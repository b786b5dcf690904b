package cn.gongguan.housing;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RentalHouseRepository extends JpaRepository<RentalHouse, Long> {

    List<RentalHouse> findByActiveTrueOrderByAddress(Pageable page);

    long countByActiveTrue();

    /** The active houses registered on or before the day: those that owe a report for the month ending then. */
    long countByActiveTrueAndRegisteredOnLessThanEqual(LocalDate day);

    /** The active houses that owe a report for the month (registered by its end) and have none. */
    @Query("""
            select h from RentalHouse h where h.active = true and h.registeredOn <= :monthEnd and not exists
              (select r from MonthlyReport r where r.houseId = h.id and r.month = :month)
            order by h.address""")
    List<RentalHouse> findMissingReports(LocalDate month, LocalDate monthEnd);
}
