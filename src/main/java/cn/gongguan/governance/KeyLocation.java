package cn.gongguan.governance;

import cn.gongguan.platform.TextLimit;
import cn.gongguan.reference.Department;
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
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A key location (重点场所) of the township: an urban-rural fringe, an urban village, a construction site, a farmers'
 * market or another place the joint operations sweep, in a village or community, with the department responsible
 * for it and whom to call there. Retired rather than deleted: operations refer to it by id.
 */
@Entity
@Table(name = "key_location")
public class KeyLocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Enumerated(EnumType.STRING)
    @Column(length = TextLimit.ENUM)
    private LocationKind kind;
    @Column(length = KeyLocationLimits.NAME_LENGTH)
    private String name;
    @Column(length = KeyLocationLimits.ADDRESS_LENGTH)
    private String address;
    @Column(name = "org_unit_code", length = TextLimit.UNIT_CODE)
    private String orgUnit;
    @Enumerated(EnumType.STRING)
    @Column(length = TextLimit.ENUM)
    private Department department;
    @Column(length = KeyLocationLimits.CONTACT_PERSON_LENGTH)
    private String contactPerson;
    @Column(length = KeyLocationLimits.CONTACT_PHONE_LENGTH)
    private String contactPhone;
    @Column(length = KeyLocationLimits.NOTE_LENGTH)
    private String note;
    private boolean active = true;
    @Column(length = TextLimit.ACTOR)
    private String updatedBy;
    private Instant updatedAt;

    protected KeyLocation() {
    }

    KeyLocation(KeyLocationDetails checked, String by, Instant at) {
        apply(checked, by, at);
    }

    /** Takes the checked details (stripped, blanks as none). */
    void apply(KeyLocationDetails checked, String by, Instant at) {
        this.kind = checked.kind();
        this.name = checked.name();
        this.address = checked.address();
        this.orgUnit = checked.orgUnit();
        this.department = checked.department();
        this.contactPerson = checked.contactPerson();
        this.contactPhone = checked.contactPhone();
        this.note = checked.note();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The location no longer needs sweeping (closed market, finished site): it leaves the lists, its id stays. */
    void retire(String by, Instant at) {
        this.active = false;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The details as a form shows them for editing. */
    public KeyLocationDetails details() {
        return new KeyLocationDetails(kind, name, address, orgUnit, department, contactPerson, contactPhone, note);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public LocationKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    /** The code of the village, community or group the location lies in. */
    public String getOrgUnit() {
        return orgUnit;
    }

    /** The department responsible for the location; null when none is named. */
    public Department getDepartment() {
        return department;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    /** Whom to call at the location, as one line ("张经理 13909390001"); empty when nobody is named. */
    public String getContact() {
        return Stream.of(contactPerson, contactPhone).filter(Objects::nonNull).collect(Collectors.joining(" "));
    }

    public String getNote() {
        return note;
    }

    public boolean isActive() {
        return active;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Whether the details are those saved (what an import row changes nothing of). */
    boolean holds(KeyLocationDetails checked) {
        return details().equals(checked);
    }
}
