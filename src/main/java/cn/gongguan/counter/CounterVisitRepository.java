package cn.gongguan.counter;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CounterVisitRepository extends JpaRepository<CounterVisit, Long> {

    List<CounterVisit> findByPersonIdOrderByServedAtDescIdDesc(long personId, Pageable page);

    List<CounterVisit> findByServedOnOrderByServedAtDescIdDesc(LocalDate servedOn, Pageable page);

    long countByServedOn(LocalDate servedOn);
}
