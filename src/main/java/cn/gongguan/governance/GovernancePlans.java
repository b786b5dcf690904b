package cn.gongguan.governance;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.StaleEdits;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.history.Change;
import cn.gongguan.platform.history.History;
import cn.gongguan.platform.history.Revision;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The governance group's implementation plans (实施方案), one per year. A save replaces the text and keeps the former
 * one in the history; the county sees the year's version and the day it was saved.
 */
@Service
public class GovernancePlans {

    public static final String YEAR = "year";
    /** How far back a plan may be written (a late plan for last years), and ahead (next year's, prepared in time). */
    public static final int YEARS_BACK = 5;
    public static final int YEARS_AHEAD = 1;

    private final GovernancePlanRepository plans;
    private final GovernanceFigures figures;
    private final StaleEdits staleEdits;
    private final History history;
    private final Clock clock;
    private final Today today;

    GovernancePlans(GovernancePlanRepository plans, GovernanceFigures figures, StaleEdits staleEdits, History history,
                    Clock clock, Today today) {
        this.plans = plans;
        this.figures = figures;
        this.staleEdits = staleEdits;
        this.history = history;
        this.clock = clock;
        this.today = today;
    }

    /** The plan for the year, if one was written. */
    @Transactional(readOnly = true)
    public Optional<GovernancePlan> of(int year) {
        GovernanceAccess.reader();
        return plans.findByYear(year);
    }

    /** The earlier versions of the plan, newest first: who replaced each and the text before and after. */
    @Transactional(readOnly = true)
    public List<Revision> history(GovernancePlan plan) {
        GovernanceAccess.reader();
        return history.of(subject(plan));
    }

    /**
     * Writes the year's plan: the first text ({@code version} -1) or a new version of the one read at
     * {@code version}; the same text again leaves the plan as it is. Refused at the field for a year out of range or
     * an empty text, and when someone saved the plan (or wrote the year's first) meanwhile.
     */
    @Transactional
    public GovernancePlan save(Integer year, long version, String text) {
        String by = GovernanceAccess.keeper().getUsername();
        int thisYear = today.date().getYear();
        if (year == null) {
            throw new InvalidInputException(YEAR, "validation.required");
        }
        if (year < thisYear - YEARS_BACK || year > thisYear + YEARS_AHEAD) {
            throw new InvalidInputException(YEAR, "governance.plan.year.range",
                    String.valueOf(thisYear - YEARS_BACK), String.valueOf(thisYear + YEARS_AHEAD));
        }
        String checked = GovernanceLimits.PLAN_TEXT.check(text);
        Optional<GovernancePlan> stored = plans.findByYear(year);
        GovernancePlan plan = stored.orElseGet(() -> new GovernancePlan(year));
        if (stored.isPresent()) {
            StaleEdits.check(version, plan.getVersion(), plan.getUpdatedBy(), plan.getUpdatedAt());
        } else if (version != -1) {
            throw new InvalidInputException(null, "governance.gone");
        }
        if (stored.isPresent() && plan.getText().equals(checked)) {
            return plan; // the same text saved again is no new version
        }
        Map<String, String> before = stored.map(GovernancePlan::snapshot).orElse(null);
        Instant now = clock.instant();
        plan.apply(checked, by, now);
        GovernancePlan saved = staleEdits.save(() -> plans.saveAndFlush(plan),
                () -> plans.findByYear(year)
                        .map(other -> new StaleEditException(other.getUpdatedBy(), other.getUpdatedAt()))
                        .orElseGet(() -> new StaleEditException(null, null)));
        if (before != null) {
            history.keep(subject(saved), version, Change.between(before, saved.snapshot()), by, now);
        }
        figures.planSaved(saved);
        return saved;
    }

    private static String subject(GovernancePlan plan) {
        return "governance_plan:" + plan.getId();
    }
}
