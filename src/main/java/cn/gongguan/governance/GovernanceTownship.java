package cn.gongguan.governance;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.reference.Department;
import java.time.LocalDate;
import java.util.Set;

/**
 * One township's governance group and plan as the county sees them: counts, departments and days only — no member's
 * name or phone ever reaches the county.
 *
 * @param planVersion the current year's plan's version, null when the township has written none
 * @param planSaved   the day that version was saved
 * @param lastMeeting the day of the group's latest meeting, null for none
 */
public record GovernanceTownship(TenantCode code, String name, long members, Set<Department> departments,
                                 Long planVersion, LocalDate planSaved, long meetingsThisYear, LocalDate lastMeeting,
                                 SupervisionSummary supervision) {

    public boolean hasPlan() {
        return planVersion != null;
    }
}
