package cn.gongguan.housing;

import cn.gongguan.platform.TextLimit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** An earlier version of a corrected monthly report: its lines, who corrected it, when and why. */
@Entity
@Table(name = "report_revision")
public class ReportRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long reportId;
    private int revision;
    private String lines;
    private String reason;
    @Column(length = TextLimit.ACTOR)
    private String revisedBy;
    private Instant revisedAt;

    protected ReportRevision() {
    }

    ReportRevision(long reportId, int revision, String lines, String reason, String revisedBy, Instant revisedAt) {
        this.reportId = reportId;
        this.revision = revision;
        this.lines = lines;
        this.reason = reason;
        this.revisedBy = revisedBy;
        this.revisedAt = revisedAt;
    }

    public int getRevision() {
        return revision;
    }

    /** The lines of the report as they were before this revision replaced them. */
    public List<ReportLine> earlierLines() {
        return lines.isBlank() ? List.of() : lines.lines().map(ReportLine::parse).toList();
    }

    public String getReason() {
        return reason;
    }

    public String getRevisedBy() {
        return revisedBy;
    }

    public Instant getRevisedAt() {
        return revisedAt;
    }
}
