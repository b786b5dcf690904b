package cn.gongguan.housing;

import cn.gongguan.platform.TextLimit;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A landlord's report of one house for one month (房屋出租户月报); a correction keeps the earlier version. */
@Entity
@Table(name = "monthly_report")
public class MonthlyReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private long houseId;
    /** The first day of the month reported. */
    private LocalDate month;
    private LocalDate reportedOn;
    private int revision = 1;
    @Column(length = TextLimit.ACTOR)
    private String updatedBy;
    private Instant updatedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_line", joinColumns = @JoinColumn(name = "report_id"))
    private List<ReportLine> lines = new ArrayList<>();

    protected MonthlyReport() {
    }

    MonthlyReport(long houseId, LocalDate month) {
        this.houseId = houseId;
        this.month = month;
    }

    /** Records the lines; the day the landlord first reported stays when the report is corrected. */
    void record(LocalDate reportedOn, List<ReportLine> lines, String by, Instant at) {
        if (this.reportedOn == null) {
            this.reportedOn = reportedOn;
        }
        this.lines.clear();
        this.lines.addAll(lines);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Starts the next revision; returns the lines as they were, for the history. */
    String revise() {
        revision++;
        return lines.stream().map(ReportLine::describe).collect(Collectors.joining("\n"));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getHouseId() {
        return houseId;
    }

    public LocalDate getMonth() {
        return month;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public int getRevision() {
        return revision;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<ReportLine> getLines() {
        return List.copyOf(lines);
    }
}
