package cn.gongguan.police;

import cn.gongguan.reference.IdNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A row of a police station's report as taken, with what it did; one per report, kind and ID number. */
@Entity
@Table(name = "police_report_row")
public class ReportRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long reportId;
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private RowKind kind;
    private String idNumber;
    @Column(length = PoliceLimits.ROW_NAME_LENGTH)
    private String name;
    private LocalDate day;
    @Column(length = PoliceLimits.PLACE_LENGTH)
    private String place;
    @Column(length = PoliceLimits.NOTE_LENGTH)
    private String note;
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private RowOutcome outcome;
    private Long personId;
    @Column(length = 64)
    private String recordedBy;
    private Instant recordedAt;

    protected ReportRow() {
    }

    ReportRow(long reportId, RowInput row, RowOutcome outcome, Long personId, String by, Instant at) {
        this.reportId = reportId;
        this.kind = row.kind();
        this.idNumber = row.idNumber();
        this.name = row.name();
        this.day = row.day();
        this.place = row.place();
        this.note = row.note();
        this.outcome = outcome;
        this.personId = personId;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getReportId() {
        return reportId;
    }

    public RowKind getKind() {
        return kind;
    }

    /** The ID number as lists show it. */
    public String maskedIdNumber() {
        return new IdNumber(idNumber).masked();
    }

    public String getName() {
        return name;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getPlace() {
        return place;
    }

    public String getNote() {
        return note;
    }

    public RowOutcome getOutcome() {
        return outcome;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
