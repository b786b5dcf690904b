package cn.gongguan.outflow.sixones;

import cn.gongguan.platform.TextLimit;
import cn.gongguan.registry.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** A marriage-and-childbearing certificate (《流动人口婚育证明》) this township issued to one of its outflow persons. */
@Entity
@Table(name = "certificate_issue")
public class CertificateIssue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;
    @Column(length = SixOnesLimits.NUMBER_LENGTH)
    private String number;
    private LocalDate issuedOn;
    private LocalDate validUntil;
    private Instant updatedAt;
    @Column(length = TextLimit.ACTOR)
    private String updatedBy;

    protected CertificateIssue() {
    }

    CertificateIssue(Person person) {
        this.person = person;
    }

    void apply(String number, LocalDate issuedOn, LocalDate validUntil, String by, Instant at) {
        this.number = number;
        this.issuedOn = issuedOn;
        this.validUntil = validUntil;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    Map<String, String> snapshot() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("number", number);
        values.put("issuedOn", String.valueOf(issuedOn));
        values.put("validUntil", String.valueOf(validUntil));
        return values;
    }

    /** Valid on the day: issued by then and not expired. */
    public boolean validOn(LocalDate day) {
        return !issuedOn.isAfter(day) && !validUntil.isBefore(day);
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

    public String getNumber() {
        return number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
