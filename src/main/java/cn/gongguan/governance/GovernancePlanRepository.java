package cn.gongguan.governance;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GovernancePlanRepository extends JpaRepository<GovernancePlan, Long> {

    Optional<GovernancePlan> findByYear(int year);
}
