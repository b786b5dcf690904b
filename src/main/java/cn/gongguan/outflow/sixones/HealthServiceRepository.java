package cn.gongguan.outflow.sixones;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HealthServiceRepository extends JpaRepository<HealthService, Long> {

    List<HealthService> findByPersonIdOrderByDoneOnDesc(long personId);
}
