package cn.gongguan.housing;

import cn.gongguan.platform.Labelled;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a sweep found in one house: checked with nothing to note, or one person found and what was wrong. */
@Entity
@Table(name = "sweep_finding")
public class SweepFinding {

    /** The kinds of finding. */
    public enum Kind implements Labelled {
        /** The house was checked and matched its report. */
        CHECKED,
        /** A person living there whom the landlord had not reported. */
        UNREPORTED,
        /** A woman of childbearing age living there without a checked marriage-and-childbearing certificate. */
        NO_CERTIFICATE;

        @Override
        public String labelKey() {
            return "sweepFinding." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long sweepId;
    private long houseId;
    private Long personId;
    @Enumerated(EnumType.STRING)
    private Kind kind;

    protected SweepFinding() {
    }

    SweepFinding(long sweepId, long houseId, Long personId, Kind kind) {
        this.sweepId = sweepId;
        this.houseId = houseId;
        this.personId = personId;
        this.kind = kind;
    }

    public long getSweepId() {
        return sweepId;
    }

    public long getHouseId() {
        return houseId;
    }

    public Long getPersonId() {
        return personId;
    }

    public Kind getKind() {
        return kind;
    }
}
