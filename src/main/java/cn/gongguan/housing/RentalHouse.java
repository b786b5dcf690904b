package cn.gongguan.housing;

import cn.gongguan.platform.Input;
import cn.gongguan.platform.TextLimit;
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

/** A house let to floating persons, with its landlord (房屋出租户). */
@Entity
@Table(name = "rental_house")
public class RentalHouse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "org_unit_code", length = TextLimit.UNIT_CODE)
    private String orgUnit;
    @Column(length = HousingLimits.ADDRESS_LENGTH)
    private String address;
    @Column(length = HousingLimits.LANDLORD_NAME_LENGTH)
    private String landlordName;
    private String landlordIdNumber;
    @Column(length = HousingLimits.LANDLORD_PHONE_LENGTH)
    private String landlordPhone;
    private int rooms;
    private boolean active = true;
    private LocalDate registeredOn;
    private LocalDate withdrawnOn;
    @Column(length = TextLimit.ACTOR)
    private String updatedBy;
    private Instant updatedAt;

    protected RentalHouse() {
    }

    RentalHouse(HouseDetails details, String landlordIdNumber, LocalDate registeredOn, String by, Instant at) {
        this.registeredOn = registeredOn;
        apply(details, landlordIdNumber, by, at);
    }

    /** The house is no longer let from the day: it owes reports for the months before. */
    void withdraw(LocalDate day, String by, Instant at) {
        this.active = false;
        this.withdrawnOn = day;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /**
     * A report for a month before the house was registered shows it was let then already: it owes reports from that
     * month on.
     */
    void reportedFor(YearMonth month) {
        if (YearMonth.from(registeredOn).isAfter(month)) {
            registeredOn = month.atDay(1);
        }
    }

    void apply(HouseDetails details, String landlordIdNumber, String by, Instant at) {
        this.orgUnit = Input.stripped(details.orgUnit());
        this.address = details.address().strip();
        this.landlordName = details.landlordName().strip();
        this.landlordIdNumber = landlordIdNumber;
        this.landlordPhone = Input.stripped(details.landlordPhone());
        this.rooms = details.rooms();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The details as a form shows them for editing. */
    public HouseDetails details() {
        return new HouseDetails(orgUnit, address, landlordName, landlordIdNumber, landlordPhone, rooms);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getOrgUnit() {
        return orgUnit;
    }

    public String getAddress() {
        return address;
    }

    public String getLandlordName() {
        return landlordName;
    }

    public String getLandlordIdNumber() {
        return landlordIdNumber;
    }

    public String getLandlordPhone() {
        return landlordPhone;
    }

    public int getRooms() {
        return rooms;
    }

    public boolean isActive() {
        return active;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
