package cn.gongguan.outflow.report;

import cn.gongguan.outflow.TripDetails;
import cn.gongguan.platform.TextLimit;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
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
import java.util.Arrays;

/**
 * An information officer's report of a departure, a return or an arrival (信息员上报), on its way from the reporter
 * through the village station to the township. It names a person of the registry, or carries the details of someone
 * new; every state change is stamped with who and when.
 */
@Entity
@Table(name = "officer_report")
public class OfficerReport {

    /** Separates the arguments of a refusal as stored. */
    private static final String ARGS_SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(length = TextLimit.ENUM)
    private ReportKind kind;
    @Enumerated(EnumType.STRING)
    @Column(length = TextLimit.ENUM)
    private ReportState state;
    @Column(length = ReportLimits.UNIT_LENGTH)
    private String reporterUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(length = 18)
    private String idNumber;
    @Column(length = ReportLimits.NAME_LENGTH)
    private String name;
    @Column(length = ReportLimits.PHONE_LENGTH)
    private String phone;
    @Column(length = 9)
    private String registrationPlace;
    @Column(name = "org_unit_code", length = ReportLimits.UNIT_LENGTH)
    private String orgUnit;
    @Column(length = ReportLimits.ADDRESS_LENGTH)
    private String address;
    private LocalDate arrivalDate;
    @Enumerated(EnumType.STRING)
    @Column(length = TextLimit.ENUM)
    private FlowType flowType;
    @Enumerated(EnumType.STRING)
    @Column(length = TextLimit.ENUM)
    private MaritalStatus maritalStatus;
    private int children;
    @Column(length = ReportLimits.EMPLOYER_LENGTH)
    private String employer;

    private LocalDate departureDay;
    @Column(name = "destination_code", length = 9)
    private String destination;
    @Column(length = ReportLimits.ADDRESS_LENGTH)
    private String destinationAddress;
    @Column(length = ReportLimits.EMPLOYER_LENGTH)
    private String workUnit;
    @Column(length = ReportLimits.PHONE_LENGTH)
    private String destinationPhone;
    private boolean certificateHeld;
    @Column(length = ReportLimits.DECLARED_BY_LENGTH)
    private String declaredBy;
    private LocalDate declaredOn;
    private LocalDate returnDay;

    @Column(length = TextLimit.ACTOR)
    private String reportedBy;
    private Instant reportedAt;
    @Column(length = TextLimit.ACTOR)
    private String forwardedBy;
    private Instant forwardedAt;
    @Column(length = TextLimit.ACTOR)
    private String decidedBy;
    private Instant decidedAt;
    @Column(length = ReportLimits.REASON_LENGTH)
    private String reason;
    @Column(length = ReportLimits.REFUSAL_KEY_LENGTH)
    private String refusalKey;
    @Column(length = ReportLimits.REFUSAL_ARGS_LENGTH)
    private String refusalArgs;
    private Long tripId;
    @Column(length = TextLimit.ACTOR)
    private String updatedBy;
    private Instant updatedAt;

    protected OfficerReport() {
    }

    OfficerReport(ReportKind kind, String reporterUnit, String by, Instant now) {
        this.kind = kind;
        this.reporterUnit = reporterUnit;
        this.reportedBy = by;
        this.reportedAt = now;
    }

    /** Takes what was reported (already checked) and sends it on: to the village station, or on to the township. */
    void submit(Person registered, PersonDetails newcomer, TripDetails trip, LocalDate returnDay, boolean forward,
                String by, Instant now) {
        this.person = registered;
        PersonDetails details = newcomer == null ? new PersonDetails() : newcomer;
        this.idNumber = newcomer == null ? null : details.getIdNumber();
        this.name = details.getName();
        this.phone = details.getPhone();
        this.registrationPlace = details.getRegistrationPlace();
        this.orgUnit = details.getOrgUnit();
        this.address = details.getAddress();
        this.arrivalDate = details.getArrivalDate();
        this.flowType = newcomer == null ? null : details.getFlowType();
        this.maritalStatus = newcomer == null ? null : details.getMaritalStatus();
        this.children = details.getChildren();
        this.employer = details.getEmployer();
        TripDetails t = trip == null ? new TripDetails(null, null, null, null, null, false, null, null) : trip;
        this.departureDay = t.departureDay();
        this.destination = t.destination();
        this.destinationAddress = t.destinationAddress();
        this.workUnit = t.workUnit();
        this.destinationPhone = t.destinationPhone();
        this.certificateHeld = t.certificateHeld();
        this.declaredBy = t.declaredBy();
        this.declaredOn = t.declaredOn();
        this.returnDay = returnDay;
        this.reportedBy = by;
        this.reportedAt = now;
        this.reason = null;
        this.refusalKey = null;
        this.refusalArgs = null;
        this.decidedBy = null;
        this.decidedAt = null;
        this.forwardedBy = null;
        this.forwardedAt = null;
        if (forward) {
            forward(by, now);
        } else {
            changed(ReportState.SUBMITTED, by, now);
        }
    }

    void forward(String by, Instant now) {
        this.forwardedBy = by;
        this.forwardedAt = now;
        changed(ReportState.FORWARDED, by, now);
    }

    void sendBack(String why, String by, Instant now) {
        this.reason = why;
        this.decidedBy = by;
        this.decidedAt = now;
        changed(ReportState.RETURNED, by, now);
    }

    void accepted(Person recorded, Long trip, String by, Instant now) {
        this.person = recorded;
        this.tripId = trip;
        this.refusalKey = null;
        this.refusalArgs = null;
        this.decidedBy = by;
        this.decidedAt = now;
        changed(ReportState.ACCEPTED, by, now);
    }

    /** A refusal's arguments as stored with it (see {@link OfficerReportRepository#refused}). */
    static String storedArgs(Object[] args) {
        String joined = String.join(ARGS_SEPARATOR, Arrays.stream(args).map(String::valueOf).toList());
        return joined.isEmpty() ? null
                : joined.substring(0, Math.min(joined.length(), ReportLimits.REFUSAL_ARGS_LENGTH));
    }

    private void changed(ReportState to, String by, Instant now) {
        this.state = to;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** The new person's details as reported, for the registry (a departure of someone new, an arrival). */
    public PersonDetails newcomer() {
        if (idNumber == null) {
            return null;
        }
        PersonDetails details = new PersonDetails();
        details.setIdNumber(idNumber);
        details.setName(name);
        details.setPhone(phone);
        details.setRegistrationPlace(registrationPlace);
        details.setOrgUnit(orgUnit);
        details.setAddress(address);
        details.setArrivalDate(arrivalDate);
        if (flowType != null) {
            details.setFlowType(flowType);
        }
        if (maritalStatus != null) {
            details.setMaritalStatus(maritalStatus);
        }
        details.setChildren(children);
        details.setEmployer(employer);
        return details;
    }

    /** The trip as reported (a departure), else null. */
    public TripDetails trip() {
        return kind != ReportKind.DEPARTURE ? null : new TripDetails(departureDay, destination, destinationAddress,
                workUnit, destinationPhone, certificateHeld, declaredBy, declaredOn);
    }

    /** Whom the report is about: the registry's name of the person, or the name reported. */
    public String personName() {
        return person != null ? person.getName() : name;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ReportKind getKind() {
        return kind;
    }

    public ReportState getState() {
        return state;
    }

    /** The reporting officer's village or group. */
    public String getReporterUnit() {
        return reporterUnit;
    }

    /** The person of the registry the report is about; null for someone new until the township accepts it. */
    public Person getPerson() {
        return person;
    }

    public LocalDate getReturnDay() {
        return returnDay;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getForwardedBy() {
        return forwardedBy;
    }

    public Instant getForwardedAt() {
        return forwardedAt;
    }

    /** Who accepted or returned the report last. */
    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    /** Why the report was returned, while it is. */
    public String getReason() {
        return reason;
    }

    /** The message key of the last acceptance the rules refused, or null. */
    public String getRefusalKey() {
        return refusalKey;
    }

    public Object[] getRefusalArgs() {
        return refusalArgs == null ? new Object[0] : refusalArgs.split(ARGS_SEPARATOR, -1);
    }

    /** The trip the accepted report opened or closed. */
    public Long getTripId() {
        return tripId;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
