package cn.gongguan.housing;

import org.springframework.data.jpa.repository.JpaRepository;

interface SweepPlanRepository extends JpaRepository<SweepPlan, Integer> {
}
