package cn.gongguan.governance;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.reference.Department;
import cn.gongguan.security.GongguanUser;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The county's view of its townships' governance groups: each township's state from the figures it rolled up
 * ({@link GovernanceFigures}) and the county's own supervision visits. The county reads no township's schema.
 */
@Service
public class GovernanceOverview {

    private final SupervisionVisits visits;
    private final Rollups rollups;
    private final Today today;

    GovernanceOverview(SupervisionVisits visits, Rollups rollups, Today today) {
        this.visits = visits;
        this.rollups = rollups;
        this.today = today;
    }

    /** The county's townships in code order, with their group's state this year. */
    public List<GovernanceTownship> townships() {
        GongguanUser user = GovernanceAccess.county();
        String year = String.valueOf(today.date().getYear());
        Map<TenantCode, Map<String, Long>> figures = new HashMap<>();
        for (Rollups.Row row : rollups.totalsIn(user.tenant(), List.of(Rollups.CURRENT, year),
                GovernanceFigures.indicators())) {
            figures.computeIfAbsent(row.tenant(), code -> new HashMap<>()).put(row.indicator(), row.value());
        }
        Map<TenantCode, SupervisionSummary> summaries = visits.summaries();
        return visits.townships().stream().map(township -> township(township,
                figures.getOrDefault(township.code(), Map.of()),
                summaries.getOrDefault(township.code(), SupervisionSummary.NONE))).toList();
    }

    private static GovernanceTownship township(Tenant township, Map<String, Long> figures, SupervisionSummary summary) {
        long members = 0;
        Set<Department> departments = EnumSet.noneOf(Department.class);
        for (Department department : Department.values()) {
            long count = figures.getOrDefault(GovernanceFigures.membersOf(department), 0L);
            members += count;
            if (count > 0) {
                departments.add(department);
            }
        }
        return new GovernanceTownship(township.code(), township.name(), members, departments,
                figures.get(GovernanceFigures.PLAN_VERSION),
                GovernanceFigures.day(figures.getOrDefault(GovernanceFigures.PLAN_SAVED, 0L)),
                figures.getOrDefault(GovernanceFigures.MEETINGS, 0L),
                GovernanceFigures.day(figures.getOrDefault(GovernanceFigures.LAST_MEETING, 0L)), summary);
    }
}
