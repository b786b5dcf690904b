package cn.gongguan.registry;

import java.time.LocalDate;

/**
 * What a user enters for a person: the form binds to this, the registry checks it and copies it onto the record.
 * Sex and birth date are not entered: they come from the ID number.
 */
public class PersonDetails {

    private String name;
    private String idNumber;
    private String phone;
    private String registrationPlace;
    private String orgUnit;
    private String address;
    private LocalDate arrivalDate;
    private FlowType flowType = FlowType.INFLOW;
    private MaritalStatus maritalStatus = MaritalStatus.UNMARRIED;
    private int children;
    private String employer;
    private String certificateNumber;
    private String certificatePlace;
    private LocalDate certificateValidUntil;
    private boolean certificateChecked;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    /** The 9-digit GB/T 2260 code of the township of household registration. */
    public String getRegistrationPlace() {
        return registrationPlace;
    }

    public void setRegistrationPlace(String registrationPlace) {
        this.registrationPlace = registrationPlace;
    }

    /** The village or community of the current residence, a code of this tenant's org units. */
    public String getOrgUnit() {
        return orgUnit;
    }

    public void setOrgUnit(String orgUnit) {
        this.orgUnit = orgUnit;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public LocalDate getArrivalDate() {
        return arrivalDate;
    }

    public void setArrivalDate(LocalDate arrivalDate) {
        this.arrivalDate = arrivalDate;
    }

    public FlowType getFlowType() {
        return flowType;
    }

    public void setFlowType(FlowType flowType) {
        this.flowType = flowType;
    }

    public MaritalStatus getMaritalStatus() {
        return maritalStatus;
    }

    public void setMaritalStatus(MaritalStatus maritalStatus) {
        this.maritalStatus = maritalStatus;
    }

    public int getChildren() {
        return children;
    }

    public void setChildren(int children) {
        this.children = children;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public String getCertificatePlace() {
        return certificatePlace;
    }

    public void setCertificatePlace(String certificatePlace) {
        this.certificatePlace = certificatePlace;
    }

    public LocalDate getCertificateValidUntil() {
        return certificateValidUntil;
    }

    public void setCertificateValidUntil(LocalDate certificateValidUntil) {
        this.certificateValidUntil = certificateValidUntil;
    }

    public boolean isCertificateChecked() {
        return certificateChecked;
    }

    public void setCertificateChecked(boolean certificateChecked) {
        this.certificateChecked = certificateChecked;
    }
}
