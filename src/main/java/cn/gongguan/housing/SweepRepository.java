package cn.gongguan.housing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SweepRepository extends JpaRepository<Sweep, Long> {

    List<Sweep> findAllByOrderBySweptOnDescIdDesc();
}
