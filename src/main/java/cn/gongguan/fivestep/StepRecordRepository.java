package cn.gongguan.fivestep;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StepRecordRepository extends JpaRepository<StepRecord, Long> {

    List<StepRecord> findByPersonIdOrderByDoneOnDescIdDesc(long personId);

    boolean existsByPersonIdAndStep(long personId, Step step);
}
