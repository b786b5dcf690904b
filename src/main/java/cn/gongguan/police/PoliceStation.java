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
import java.time.YearMonth;

/** A police station covering the township (派出所), owing a monthly report while it reports. */
@Entity
@Table(name = "police_station")
public class PoliceStation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(length = PoliceLimits.STATION_NAME_LENGTH)
    private String name;
    @Column(length = PoliceLimits.STATION_CODE_LENGTH)
    private String code;
    @Column(length = PoliceLimits.STATION_PHONE_LENGTH)
    private String phone;
    @Column(length = PoliceLimits.STATION_CONTACT_LENGTH)
    private String contact;
    private LocalDate registeredOn;
    private LocalDate stoppedOn;
    @Column(length = 64)
    private String updatedBy;
    private Instant updatedAt;

    protected PoliceStation() {
    }

    PoliceStation(LocalDate registeredOn) {
        this.registeredOn = registeredOn;
    }

    /**
     * Applies what the township typed. A station marked no longer reporting stops owing reports from the day (the
     * months before still count); marked reporting again, it owes them as before.
     */
    void apply(StationDetails details, LocalDate today, String by, Instant at) {
        this.name = details.name();
        this.code = details.code();
        this.phone = details.phone();
        this.contact = details.contact();
        if (details.reporting()) {
            this.stoppedOn = null;
        } else if (stoppedOn == null) {
            this.stoppedOn = today;
        }
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** A report for a month before the station was registered shows it reported then: it owes from that month on. */
    void reportedFor(YearMonth month) {
        if (YearMonth.from(registeredOn).isAfter(month)) {
            registeredOn = month.atDay(1);
        }
    }

    public StationDetails details() {
        return new StationDetails(name, code, phone, contact, isReporting());
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
    }

    public String getPhone() {
        return phone;
    }

    public String getContact() {
        return contact;
    }

    public boolean isReporting() {
        return stoppedOn == null;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public LocalDate getStoppedOn() {
        return stoppedOn;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
