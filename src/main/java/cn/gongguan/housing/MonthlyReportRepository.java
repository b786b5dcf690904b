package cn.gongguan.housing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MonthlyReportRepository extends JpaRepository<MonthlyReport, Long> {

    Optional<MonthlyReport> findByHouseIdAndMonth(long houseId, LocalDate month);

    /** The house's latest report before the month: its residents are where the month starts. */
    Optional<MonthlyReport> findFirstByHouseIdAndMonthLessThanOrderByMonthDesc(long houseId, LocalDate month);

    List<MonthlyReport> findByMonthOrderByHouseId(LocalDate month);

    /** The reports made for the month (whenever they were made), per unit of the house. */
    @Query("""
            select h.orgUnit as unit, count(r) as total from MonthlyReport r, RentalHouse h
            where r.houseId = h.id and r.month = :month group by h.orgUnit""")
    List<UnitCount> countByMonth(LocalDate month);

    /** Reports of other houses for the month that have the person living there. */
    @Query("""
            select r from MonthlyReport r join r.lines l
            where r.month = :month and r.houseId <> :houseId and l.personId = :personId and l.status <> cn.gongguan.housing.Residence.DEPARTED""")
    List<MonthlyReport> findOtherHousesOf(long personId, LocalDate month, long houseId);

    /** Whether a report of another house for a month after this one has the person living there. */
    @Query("""
            select count(r) > 0 from MonthlyReport r join r.lines l
            where l.personId = :personId and r.houseId <> :houseId and r.month > :month
              and l.status <> cn.gongguan.housing.Residence.DEPARTED""")
    boolean livesInAnotherHouseAfter(long personId, long houseId, LocalDate month);

    /** The days the person moved into the house by its reports up to the month, the latest first. */
    @Query("""
            select l.movedOn from MonthlyReport r join r.lines l
            where r.houseId = :houseId and l.personId = :personId and r.month <= :month
              and l.status = cn.gongguan.housing.Residence.ARRIVED
            order by r.month desc""")
    List<LocalDate> findMoveIns(long houseId, long personId, LocalDate month);

    @Query("select count(distinct l.personId) from MonthlyReport r join r.lines l where r.month = :month")
    long countPersonsReported(LocalDate month);
}
