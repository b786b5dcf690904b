package cn.gongguan.outflow.sixones;

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

/**
 * The contraceptive measure of an outflow person (六个一 ⑥): what it is stays sealed; in clear only that it is
 * recorded, on which day and by whom.
 */
@Entity
@Table(name = "contraceptive_measure")
class ContraceptiveMeasure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private long personId;
    private byte[] sealed;
    private LocalDate recordedOn;
    private Instant updatedAt;
    @Column(length = TextLimit.ACTOR)
    private String updatedBy;

    protected ContraceptiveMeasure() {
    }

    ContraceptiveMeasure(long personId) {
        this.personId = personId;
    }

    void store(byte[] sealed, LocalDate recordedOn, String by, Instant at) {
        this.sealed = sealed;
        this.recordedOn = recordedOn;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    long getPersonId() {
        return personId;
    }

    long getVersion() {
        return version;
    }

    byte[] getSealed() {
        return sealed;
    }

    LocalDate getRecordedOn() {
        return recordedOn;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }
}
