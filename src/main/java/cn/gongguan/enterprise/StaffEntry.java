package cn.gongguan.enterprise;

/**
 * A staff member as the enterprise page lists them, with where their follow-up stands today: visited (一访), and —
 * for a woman of childbearing age — whether her certificate is still to be checked.
 */
public record StaffEntry(StaffMember member, boolean visited, boolean certificateMissing) {

    /** Followed up as the figures count it ({@link EnterpriseFigures#CHECKED}). */
    public boolean checked() {
        return visited && !certificateMissing;
    }
}
