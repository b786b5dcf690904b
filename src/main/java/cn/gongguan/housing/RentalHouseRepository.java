package cn.gongguan.housing;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RentalHouseRepository extends JpaRepository<RentalHouse, Long> {

    List<RentalHouse> findByActiveTrueOrderByAddress(Pageable page);

    long countByActiveTrue();

    /**
     * The houses that owe a report for the month, per unit of the house: registered by its end, and not withdrawn by
     * then unless their report for the month was made.
     */
    @Query("""
            select h.orgUnit as unit, count(h) as total from RentalHouse h where h.registeredOn <= :monthEnd
              and (h.withdrawnOn is null or h.withdrawnOn > :monthEnd
                   or exists (select r from MonthlyReport r where r.houseId = h.id and r.month = :month))
            group by h.orgUnit""")
    List<UnitCount> countOwingReports(LocalDate month, LocalDate monthEnd);

    /**
     * The houses that owe a report for the month (as {@link #countOwingReports}) and have none: one condition for the
     * figure of reports missing and the list of its houses.
     */
    String MISSING = """
            from RentalHouse h where h.registeredOn <= :monthEnd
              and (h.withdrawnOn is null or h.withdrawnOn > :monthEnd) and not exists
              (select r from MonthlyReport r where r.houseId = h.id and r.month = :month)""";

    @Query("select h " + MISSING + " order by h.address")
    List<RentalHouse> findMissingReports(LocalDate month, LocalDate monthEnd);

    /** The houses {@link #findMissingReports} lists, per unit of the house. */
    @Query("select h.orgUnit as unit, count(h) as total " + MISSING + " group by h.orgUnit")
    List<UnitCount> countMissingReports(LocalDate month, LocalDate monthEnd);
}
