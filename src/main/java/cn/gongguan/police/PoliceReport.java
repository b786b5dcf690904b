package cn.gongguan.police;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A police station's report for one month: received on the day it first came, its rows added as they come. */
@Entity
@Table(name = "police_report")
public class PoliceReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private long stationId;
    /** The first day of the month reported. */
    private LocalDate month;
    private LocalDate receivedOn;
    @Column(length = 64)
    private String updatedBy;
    private Instant updatedAt;

    protected PoliceReport() {
    }

    PoliceReport(long stationId, LocalDate month, LocalDate receivedOn, String by, Instant at) {
        this.stationId = stationId;
        this.month = month;
        this.receivedOn = receivedOn;
        touched(by, at);
    }

    /** Rows were added: the report was last changed by whom, when. */
    void touched(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getStationId() {
        return stationId;
    }

    public LocalDate getMonth() {
        return month;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
