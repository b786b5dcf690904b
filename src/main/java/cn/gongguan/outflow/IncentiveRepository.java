package cn.gongguan.outflow;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface IncentiveRepository extends JpaRepository<Incentive, Long> {

    List<Incentive> findByPersonIdOrderByDayDescIdDesc(long personId);
}
