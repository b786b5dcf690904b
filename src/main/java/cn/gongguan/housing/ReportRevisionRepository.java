package cn.gongguan.housing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRevisionRepository extends JpaRepository<ReportRevision, Long> {

    List<ReportRevision> findByReportIdOrderByRevisionDesc(long reportId);
}
