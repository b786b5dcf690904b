package cn.gongguan.enterprise;

import cn.gongguan.platform.Today;
import cn.gongguan.registry.KeyGroup;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An enterprise's staff list as the page shows it: who is on the payroll (or was), and their follow-up today. */
@Service
public class EnterpriseStaff {

    private final StaffRepository staff;
    private final Today today;

    EnterpriseStaff(StaffRepository staff, Today today) {
        this.staff = staff;
        this.today = today;
    }

    /** A page of the enterprise's staff: those on the payroll today first ({@code all}: those who left too). */
    @Transactional(readOnly = true)
    public List<StaffEntry> list(long enterpriseId, boolean all, int offset, int limit) {
        EnterpriseAccess.keeper();
        int size = Math.max(limit, 1);
        return entries(staff.staffOf(enterpriseId, all, today.date(), PageRequest.of(offset / size, size)));
    }

    @Transactional(readOnly = true)
    public int count(long enterpriseId, boolean all) {
        EnterpriseAccess.keeper();
        return (int) staff.countStaffOf(enterpriseId, all, today.date());
    }

    /** Everyone on the enterprise's payroll today, for naming staff in a task. */
    @Transactional(readOnly = true)
    public List<StaffEntry> current(long enterpriseId) {
        EnterpriseAccess.keeper();
        return entries(staff.staffOf(enterpriseId, false, today.date(), PageRequest.of(0, Integer.MAX_VALUE)));
    }

    private List<StaffEntry> entries(List<StaffMember> members) {
        if (members.isEmpty()) {
            return List.of();
        }
        LocalDate day = today.date();
        Set<Long> visited = new HashSet<>(staff.visitedAmong(members.stream().map(m -> m.getPerson().getId())
                .toList(), day));
        return members.stream().map(m -> new StaffEntry(m, visited.contains(m.getPerson().getId()),
                KeyGroup.WITHOUT_CERTIFICATE.includes(m.getPerson(), day))).toList();
    }
}
