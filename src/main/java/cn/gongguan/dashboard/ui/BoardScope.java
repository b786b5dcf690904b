package cn.gongguan.dashboard.ui;

import cn.gongguan.dashboard.Dashboards;
import cn.gongguan.dashboard.Dashboards.Board;
import cn.gongguan.dashboard.Dashboards.Unit;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantKind;
import java.time.YearMonth;
import java.util.List;

/** Whose board a page shows: the county's (its townships and committees) or a township's or committee's (its units). */
record BoardScope(TenantCode code) {

    boolean county() {
        return code.kind() == TenantKind.COUNTY;
    }

    Board board(Dashboards dashboards, YearMonth month) {
        return county() ? dashboards.county(month) : dashboards.township(code, month);
    }

    /** The scope's figures over the twelve months up to {@code last}. */
    List<Unit> trend(Dashboards dashboards, YearMonth last) {
        return dashboards.trend(code, last);
    }
}
