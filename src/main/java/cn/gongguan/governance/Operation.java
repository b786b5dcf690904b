package cn.gongguan.governance;

import cn.gongguan.reference.Department;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A joint clean-up operation (联合清理行动) of a county, as the county and its target townships see it.
 *
 * @param kinds       the kinds of key locations to sweep
 * @param departments the departments taking part
 * @param summary     the county's summary once closed (null before)
 * @param version     for refusing a stale edit of the plan
 */
public record Operation(long id, String county, String title, LocalDate startsOn, LocalDate endsOn,
                        Set<LocationKind> kinds, Set<Department> departments, String lead, String instructions,
                        OperationState state, String summary, String plannedBy, Instant plannedAt,
                        String publishedBy, Instant publishedAt, String closedBy, Instant closedAt, int version) {

    public boolean isClosed() {
        return state == OperationState.CLOSED;
    }
}
