package cn.gongguan.fivestep;

import cn.gongguan.platform.TextLimit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The family-planning office of the tenant as printed on service cards and notices. */
@Entity
@Table(name = "service_contact")
public class ServiceContact {

    /** The tenant's one contact. */
    static final int ID = 1;

    @Id
    private int id = ID;
    @Version
    private long version;
    @Column(length = FiveStepLimits.OFFICE_LENGTH)
    private String office;
    @Column(length = FiveStepLimits.CONTACT_PHONE_LENGTH)
    private String phone;
    @Column(length = FiveStepLimits.CONTACT_ADDRESS_LENGTH)
    private String address;
    @Column(length = FiveStepLimits.HOURS_LENGTH)
    private String hours;
    @Column(length = TextLimit.ACTOR)
    private String updatedBy;
    private Instant updatedAt;

    protected ServiceContact() {
    }

    ServiceContact(String office, String phone, String address, String hours) {
        this.office = office;
        this.phone = phone;
        this.address = address;
        this.hours = hours;
    }

    void update(ServiceContact values, String by, Instant at) {
        this.office = values.office;
        this.phone = values.phone;
        this.address = values.address;
        this.hours = values.hours;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public long getVersion() {
        return version;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getOffice() {
        return office;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public String getHours() {
        return hours;
    }
}
