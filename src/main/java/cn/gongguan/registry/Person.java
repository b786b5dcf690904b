package cn.gongguan.registry;

import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.Input;
import cn.gongguan.platform.TextLimit;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.reference.Pinyin;
import cn.gongguan.reference.Sex;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A person of the floating population registered in this tenant: one record per ID number. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Optimistic locking: a save based on an older version is refused instead of overwriting a colleague's edit. */
    @Version
    private long version;

    @Column(length = PersonLimits.NAME_LENGTH)
    private String name;
    @Column(length = PersonLimits.NAME_PINYIN_LENGTH)
    private String namePinyin;
    @Column(length = PersonLimits.NAME_LENGTH)
    private String nameInitials;
    private String idNumber;
    @Enumerated(EnumType.STRING)
    private Sex sex;
    private LocalDate birthDate;
    @Column(length = PersonLimits.PHONE_LENGTH)
    private String phone;
    private String registrationPlace;
    @Column(name = "org_unit_code", length = TextLimit.UNIT_CODE)
    private String orgUnit;
    @Column(length = PersonLimits.ADDRESS_LENGTH)
    private String address;
    private LocalDate arrivalDate;
    @Enumerated(EnumType.STRING)
    private FlowType flowType;
    @Enumerated(EnumType.STRING)
    private MaritalStatus maritalStatus;
    private int children;
    @Column(length = PersonLimits.EMPLOYER_LENGTH)
    private String employer;
    @Column(length = PersonLimits.CERTIFICATE_NUMBER_LENGTH)
    private String certificateNumber;
    @Column(length = PersonLimits.CERTIFICATE_PLACE_LENGTH)
    private String certificatePlace;
    private LocalDate certificateValidUntil;
    private boolean certificateChecked;
    /** The day the certificate counts as checked from (the dashboards' check rate as of a day); null while unchecked. */
    private LocalDate certificateCheckedOn;
    private Instant createdAt;
    @Column(length = TextLimit.ACTOR)
    private String createdBy;
    private Instant updatedAt;
    @Column(length = TextLimit.ACTOR)
    private String updatedBy;

    protected Person() {
    }

    Person(IdNumber idNumber, String createdBy, Instant now) {
        this.idNumber = idNumber.value();
        this.sex = idNumber.sex();
        this.birthDate = idNumber.birthDate();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Copies what the user entered, already checked by the registry; the ID number itself never changes here. */
    void apply(PersonDetails details, String by, Instant now) {
        this.name = details.getName().strip();
        Pinyin pinyin = Pinyin.of(this.name);
        this.namePinyin = pinyin.full();
        this.nameInitials = pinyin.initials();
        this.phone = Input.stripped(details.getPhone());
        this.registrationPlace = details.getRegistrationPlace();
        this.orgUnit = Input.stripped(details.getOrgUnit());
        this.address = Input.stripped(details.getAddress());
        this.arrivalDate = details.getArrivalDate();
        this.flowType = details.getFlowType();
        this.maritalStatus = details.getMaritalStatus();
        this.children = details.getChildren();
        this.employer = Input.stripped(details.getEmployer());
        this.certificateNumber = Input.stripped(details.getCertificateNumber());
        this.certificatePlace = Input.stripped(details.getCertificatePlace());
        this.certificateValidUntil = details.getCertificateValidUntil();
        checkCertificate(details.isCertificateChecked(), now);
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /**
     * Records the certificate as checked or not. Checked when the person is registered, it counts from their arrival
     * (where the policy checks it, and a late registration describes the person as they arrived); checked later, from
     * that day. A check already recorded keeps its day.
     */
    private void checkCertificate(boolean checked, Instant now) {
        if (checked && !certificateChecked) {
            LocalDate day = LocalDate.ofInstant(now, CountyTime.ZONE);
            certificateCheckedOn = id == null && arrivalDate != null && arrivalDate.isBefore(day) ? arrivalDate : day;
        } else if (!checked) {
            certificateCheckedOn = null;
        }
        certificateChecked = checked;
    }

    /** Records the marriage-and-childbearing certificate as checked (seen by a landlord, a sweep). */
    void certificateChecked(String by, Instant now) {
        checkCertificate(true, now);
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** Records a move within the tenant to the village and address, both already checked. */
    void moveTo(String orgUnit, String address, String by, Instant now) {
        this.orgUnit = orgUnit;
        this.address = address;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** Records that the person now lives elsewhere, their household staying registered here (流出). */
    void flowsOut(String by, Instant now) {
        this.flowType = FlowType.OUTFLOW;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** The values a user can change, by field name as the form names them, for the history of edits. */
    Map<String, String> snapshot() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("phone", phone);
        values.put("registrationPlace", registrationPlace);
        values.put("orgUnit", orgUnit);
        values.put("address", address);
        values.put("arrivalDate", text(arrivalDate));
        values.put("flowType", text(flowType));
        values.put("maritalStatus", text(maritalStatus));
        values.put("children", String.valueOf(children));
        values.put("employer", employer);
        values.put("certificateNumber", certificateNumber);
        values.put("certificatePlace", certificatePlace);
        values.put("certificateValidUntil", text(certificateValidUntil));
        values.put("certificateChecked", String.valueOf(certificateChecked));
        return values;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** The details as a form shows them for editing. */
    public PersonDetails details() {
        PersonDetails details = new PersonDetails();
        details.setName(name);
        details.setIdNumber(idNumber);
        details.setPhone(phone);
        details.setRegistrationPlace(registrationPlace);
        details.setOrgUnit(orgUnit);
        details.setAddress(address);
        details.setArrivalDate(arrivalDate);
        details.setFlowType(flowType);
        details.setMaritalStatus(maritalStatus);
        details.setChildren(children);
        details.setEmployer(employer);
        details.setCertificateNumber(certificateNumber);
        details.setCertificatePlace(certificatePlace);
        details.setCertificateValidUntil(certificateValidUntil);
        details.setCertificateChecked(certificateChecked);
        return details;
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

    public IdNumber getIdNumber() {
        return new IdNumber(idNumber);
    }

    public Sex getSex() {
        return sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getPhone() {
        return phone;
    }

    public String getRegistrationPlace() {
        return registrationPlace;
    }

    public String getOrgUnit() {
        return orgUnit;
    }

    public FlowType getFlowType() {
        return flowType;
    }

    public LocalDate getArrivalDate() {
        return arrivalDate;
    }

    /** When the person was registered here. */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The last day the certificate the person showed is valid, as recorded; null when not recorded. */
    public LocalDate getCertificateValidUntil() {
        return certificateValidUntil;
    }

    public boolean isCertificateChecked() {
        return certificateChecked;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getAddress() {
        return address;
    }

    public MaritalStatus getMaritalStatus() {
        return maritalStatus;
    }

    public int getChildren() {
        return children;
    }
}
