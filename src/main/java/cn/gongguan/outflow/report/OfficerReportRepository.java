package cn.gongguan.outflow.report;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OfficerReportRepository extends JpaRepository<OfficerReport, Long> {

    @EntityGraph(attributePaths = "person")
    List<OfficerReport> findByReportedByOrderByReportedAtDesc(String reportedBy, Pageable page);

    long countByReportedBy(String reportedBy);

    long countByReportedByAndState(String reportedBy, ReportState state);

    /** The reports in the states from the units whose codes lie between the two (a village and its groups), oldest first. */
    @EntityGraph(attributePaths = "person")
    @Query("select r from OfficerReport r where r.state in :states and r.reporterUnit between :from and :to"
            + " order by r.reportedAt, r.id")
    List<OfficerReport> findInUnits(@Param("states") Collection<ReportState> states, @Param("from") String from,
                                    @Param("to") String to, Pageable page);

    @Query("select count(r) from OfficerReport r where r.state in :states and r.reporterUnit between :from and :to")
    long countInUnits(@Param("states") Collection<ReportState> states, @Param("from") String from,
                      @Param("to") String to);

    /**
     * Keeps why an acceptance was refused. Not an edit of the report: its version stays, so that the township's open
     * form can still accept it once the cause is put right, or return it.
     */
    @Modifying
    @Query("update OfficerReport r set r.refusalKey = :key, r.refusalArgs = :args where r.id = :id")
    void refused(@Param("id") long id, @Param("key") String key, @Param("args") String args);
}
