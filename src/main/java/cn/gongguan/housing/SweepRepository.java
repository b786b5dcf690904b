package cn.gongguan.housing;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SweepRepository extends JpaRepository<Sweep, Long> {

    List<Sweep> findAllByOrderBySweptOnDescIdDesc();

    /** The days sweeps were recorded on from a day on, for the periods of the sweep plan. */
    @Query("select distinct s.sweptOn from Sweep s where s.sweptOn >= :from")
    List<LocalDate> sweptDaysFrom(@Param("from") LocalDate from);
}
