package cn.gongguan.outflow;

import cn.gongguan.platform.TextLimit;
import cn.gongguan.registry.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** One trip away of a person registered in this township: open while they are away, closed by their return. */
@Entity
@Table(name = "outflow_trip")
public class OutflowTrip {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    private LocalDate departureDay;
    @Column(name = "destination_code", length = 9)
    private String destination;
    @Column(length = OutflowLimits.ADDRESS_LENGTH)
    private String destinationAddress;
    @Column(length = OutflowLimits.WORK_UNIT_LENGTH)
    private String workUnit;
    @Column(length = OutflowLimits.PHONE_LENGTH)
    private String destinationPhone;
    private boolean certificateHeld;
    @Column(length = OutflowLimits.DECLARED_BY_LENGTH)
    private String declaredBy;
    private LocalDate declaredOn;
    private boolean onTime;
    private boolean repeated;
    @Enumerated(EnumType.STRING)
    @Column(length = TextLimit.ENUM)
    private TripSource source;
    private LocalDate returnDay;
    private Instant createdAt;
    @Column(length = TextLimit.ACTOR)
    private String createdBy;
    private Instant updatedAt;
    @Column(length = TextLimit.ACTOR)
    private String updatedBy;

    protected OutflowTrip() {
    }

    OutflowTrip(Person person, boolean repeated, TripSource source, String by, Instant now) {
        this.person = person;
        this.repeated = repeated;
        this.source = source;
        this.createdBy = by;
        this.createdAt = now;
    }

    /** Copies the declaration, already checked; a trip declared after the day of leaving counts as late. */
    void apply(TripDetails details, String by, Instant now) {
        this.departureDay = details.departureDay();
        this.destination = details.destination();
        this.destinationAddress = details.destinationAddress();
        this.workUnit = details.workUnit();
        this.destinationPhone = details.destinationPhone();
        this.certificateHeld = details.certificateHeld();
        this.declaredBy = details.declaredBy();
        this.declaredOn = details.declaredOn();
        this.onTime = !details.declaredOn().isAfter(details.departureDay());
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** Fills in a destination nobody knew (去向不明) with the township where the person was found. */
    void destinationFound(String township, String by, Instant now) {
        this.destination = township;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    void returned(LocalDate day, String by, Instant now) {
        this.returnDay = day;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** The values a user can change, for the history of edits. */
    Map<String, String> snapshot() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("departureDay", String.valueOf(departureDay));
        values.put("destination", destination);
        values.put("destinationAddress", destinationAddress);
        values.put("workUnit", workUnit);
        values.put("destinationPhone", destinationPhone);
        values.put("certificateHeld", String.valueOf(certificateHeld));
        values.put("declaredBy", declaredBy);
        values.put("declaredOn", String.valueOf(declaredOn));
        values.put("returnDay", returnDay == null ? null : returnDay.toString());
        return values;
    }

    public TripDetails details() {
        return new TripDetails(departureDay, destination, destinationAddress, workUnit, destinationPhone,
                certificateHeld, declaredBy, declaredOn);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Person getPerson() {
        return person;
    }

    public LocalDate getDepartureDay() {
        return departureDay;
    }

    /** The township-level division (GB/T 2260) the person went to; null while nobody knows (去向不明). */
    public String getDestination() {
        return destination;
    }

    public String getDestinationAddress() {
        return destinationAddress;
    }

    public String getWorkUnit() {
        return workUnit;
    }

    public String getDestinationPhone() {
        return destinationPhone;
    }

    public boolean isCertificateHeld() {
        return certificateHeld;
    }

    public String getDeclaredBy() {
        return declaredBy;
    }

    public LocalDate getDeclaredOn() {
        return declaredOn;
    }

    /** Declared on or before the day of leaving (登录及时). */
    public boolean isOnTime() {
        return onTime;
    }

    /** Left again after an earlier trip was closed by a return (重复流出). */
    public boolean isRepeated() {
        return repeated;
    }

    public TripSource getSource() {
        return source;
    }

    /** The day they came back, or null while they are away. */
    public LocalDate getReturnDay() {
        return returnDay;
    }

    public boolean isOpen() {
        return returnDay == null;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
