package cn.gongguan.housing;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RentalHouseRepository extends JpaRepository<RentalHouse, Long> {

    List<RentalHouse> findByActiveTrueOrderByAddress(Pageable page);

    long countByActiveTrue();

    @Query("""
            select h from RentalHouse h where h.active = true and not exists
              (select r from MonthlyReport r where r.houseId = h.id and r.month = :month)
            order by h.address""")
    List<RentalHouse> findMissingReports(java.time.LocalDate month);
}
