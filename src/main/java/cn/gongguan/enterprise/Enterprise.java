package cn.gongguan.enterprise;

import cn.gongguan.platform.TextLimit;
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
import java.util.LinkedHashMap;
import java.util.Map;

/** An enterprise employing floating persons (用工单位), with its family-planning contact. */
@Entity
@Table(name = "enterprise")
public class Enterprise {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(length = EnterpriseLimits.NAME_LENGTH)
    private String name;
    @Column(length = EnterpriseLimits.INDUSTRY_LENGTH)
    private String industry;
    @Column(length = EnterpriseLimits.ADDRESS_LENGTH)
    private String address;
    @Column(name = "org_unit_code", length = TextLimit.UNIT_CODE)
    private String orgUnit;
    @Column(length = CreditCode.LENGTH)
    private String creditCode;
    @Column(length = EnterpriseLimits.CONTACT_NAME_LENGTH)
    private String contactName;
    @Column(length = EnterpriseLimits.CONTACT_PHONE_LENGTH)
    private String contactPhone;
    @Enumerated(EnumType.STRING)
    @Column(length = TextLimit.ENUM)
    private Association association;
    private int headcount;
    @Column(length = EnterpriseLimits.NOTE_LENGTH)
    private String note;
    @Column(length = TextLimit.ACTOR)
    private String createdBy;
    private Instant createdAt;
    @Column(length = TextLimit.ACTOR)
    private String updatedBy;
    private Instant updatedAt;

    protected Enterprise() {
    }

    Enterprise(EnterpriseDetails checked, String by, Instant at) {
        this.createdBy = by;
        this.createdAt = at;
        apply(checked, by, at);
    }

    /** Takes details already checked by {@link Enterprises}. */
    void apply(EnterpriseDetails checked, String by, Instant at) {
        this.name = checked.name();
        this.industry = checked.industry();
        this.address = checked.address();
        this.orgUnit = checked.orgUnit();
        this.creditCode = checked.creditCode();
        this.contactName = checked.contactName();
        this.contactPhone = checked.contactPhone();
        this.association = checked.association();
        this.headcount = checked.headcount();
        this.note = checked.note();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The details as a form shows them for editing. */
    public EnterpriseDetails details() {
        return new EnterpriseDetails(name, industry, address, orgUnit, creditCode, contactName, contactPhone,
                association, headcount, note);
    }

    /** The fields as the history compares them. */
    Map<String, String> snapshot() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("industry", industry);
        values.put("address", address);
        values.put("orgUnit", orgUnit);
        values.put("creditCode", creditCode);
        values.put("contactName", contactName);
        values.put("contactPhone", contactPhone);
        values.put("association", association.name());
        values.put("headcount", String.valueOf(headcount));
        values.put("note", note);
        return values;
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

    public String getIndustry() {
        return industry;
    }

    public String getAddress() {
        return address;
    }

    public String getOrgUnit() {
        return orgUnit;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public Association getAssociation() {
        return association;
    }

    public int getHeadcount() {
        return headcount;
    }

    public String getNote() {
        return note;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
