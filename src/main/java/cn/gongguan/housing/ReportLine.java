package cn.gongguan.housing;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * One person in a monthly report: staying on, moved in (on a day) or moved out (on a day), and — for a newcomer —
 * whether the landlord saw the marriage-and-childbearing certificate checked.
 */
@Embeddable
public class ReportLine {

    private static final String CERTIFICATE = "certificate";

    private long personId;
    @Enumerated(EnumType.STRING)
    private Residence status;
    private LocalDate movedOn;
    private boolean certificateChecked;

    protected ReportLine() {
    }

    public ReportLine(long personId, Residence status, LocalDate movedOn, boolean certificateChecked) {
        this.personId = personId;
        this.status = status;
        this.movedOn = movedOn;
        this.certificateChecked = certificateChecked;
    }

    public long getPersonId() {
        return personId;
    }

    public Residence getStatus() {
        return status;
    }

    public LocalDate getMovedOn() {
        return movedOn;
    }

    public boolean isCertificateChecked() {
        return certificateChecked;
    }

    /** The line as kept in a revision's history. */
    String describe() {
        return personId + " " + status + (movedOn == null ? "" : " " + movedOn)
                + (certificateChecked ? " " + CERTIFICATE : "");
    }

    /** A line of a revision's history, as {@link #describe} wrote it. */
    static ReportLine parse(String described) {
        String[] parts = described.strip().split(" ");
        LocalDate movedOn = parts.length > 2 && !parts[2].equals(CERTIFICATE) ? LocalDate.parse(parts[2]) : null;
        return new ReportLine(Long.parseLong(parts[0]), Residence.valueOf(parts[1]), movedOn,
                parts[parts.length - 1].equals(CERTIFICATE));
    }
}
