package cn.gongguan.assessment;

import cn.gongguan.activity.ActivityFigures;
import cn.gongguan.exchange.Exchange;
import cn.gongguan.exchange.MessageFigures;
import cn.gongguan.fivestep.FiveStepFigures;
import cn.gongguan.governance.OperationFigures;
import cn.gongguan.housing.HousingFigures;
import cn.gongguan.housing.SweepFigures;
import cn.gongguan.outflow.OutflowFigures;
import cn.gongguan.outflow.Rechecks;
import cn.gongguan.outflow.sixones.SixOnesFigures;
import cn.gongguan.platform.Labelled;
import cn.gongguan.registry.CertificateFigures;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What an assessment scheme can score, each read from the rollup figures the features count per tenant and month
 * (DESIGN.md path 1), summed over the year's months and over a township's own tenant and its residents' committees.
 * A {@link Kind#RATE} is work done ÷ work due, scored against a target; {@link Kind#ITEMS} counts items (late answers,
 * overdue village-months …) that deduction and bonus rules weigh one by one, and whose records the features list
 * ({@code platform.rollup.FigureRecords}). A measure is <em>available</em> only when a feature counts every figure it
 * reads; the others (a feature still to come) show as unavailable and are never scored as zero.
 */
public enum Measure implements Labelled {
    FIVE_STEP_VISIT(rate(FiveStepFigures.VISIT_DONE, FiveStepFigures.DUE)),
    FIVE_STEP_FEEDBACK(rate(FiveStepFigures.FEEDBACK_DONE, FiveStepFigures.DUE)),
    FEEDBACK_ON_TIME(new Part(Measure.WHOLE, List.of(Exchange.FEEDBACK_ON_TIME),
            List.of(Exchange.FEEDBACK_ON_TIME, Exchange.FEEDBACK_LATE))),
    VERIFICATION_ON_TIME(new Part(Measure.WHOLE, List.of(Exchange.VERIFICATION_ON_TIME),
            List.of(Exchange.VERIFICATION_ON_TIME, Exchange.VERIFICATION_LATE))),
    OUTFLOW_REGISTRATION(rate(OutflowFigures.REGISTERED, OutflowFigures.KNOWN)),
    OUTFLOW_TIMELINESS(rate(OutflowFigures.ON_TIME, OutflowFigures.DECLARED)),
    RECHECK(rate(Rechecks.DONE, Rechecks.DUE)),
    SIX_ONES(rate(SixOnesFigures.COMPLETE, SixOnesFigures.DUE)),
    CERTIFICATE_CHECK(rate(CertificateFigures.CHECKED, CertificateFigures.DUE)),
    REPORT_COVERAGE(rate(HousingFigures.REPORTS_RECEIVED, HousingFigures.REPORTS_DUE)),
    OPERATION_TASKS(rate(OperationFigures.TASKS_SUBMITTED, OperationFigures.TASKS)),
    PLATFORM_USE(rate(ActivityFigures.ACTIVE_DAYS, ActivityFigures.WORKING_DAYS)),
    MESSAGES_ANSWERED(rate(MessageFigures.ANSWERED, MessageFigures.RECEIVED)),
    /** 双向考核: the residence township's visits of intra-county movers and the registration township's registration. */
    TWO_WAY(new Part("residence", List.of(FiveStepFigures.INTRA_COUNTY_VISITED),
            List.of(FiveStepFigures.INTRA_COUNTY_DUE)),
            new Part("registration", List.of(OutflowFigures.INTRA_COUNTY_REGISTERED),
            List.of(OutflowFigures.INTRA_COUNTY_KNOWN))),
    /** Police stations' monthly reports received (issue 16). */
    POLICE_REPORTS(rate("police_reports_received", "police_reports_due")),
    /** Enterprises' staff checked (issue 16). */
    ENTERPRISE_STAFF(rate("enterprise_staff_checked", "enterprise_staff")),

    FEEDBACK_LATE(items(Exchange.FEEDBACK_LATE)),
    FEEDBACK_OVERDUE(items(Exchange.FEEDBACK_OVERDUE)),
    VERIFICATION_LATE(items(Exchange.VERIFICATION_LATE)),
    RECHECK_UNITS_LATE(items(Rechecks.UNITS_LATE)),
    VISITS_OVERDUE(items(FiveStepFigures.VISITS_OVERDUE)),
    REPORTS_MISSING(items(HousingFigures.REPORTS_MISSING)),
    SWEEPS_OVERDUE(items(SweepFigures.OVERDUE)),
    OPERATION_TASKS_OPEN(items(OperationFigures.TASKS_OPEN)),
    PERSONS_FOUND_UNREPORTED(items(HousingFigures.PERSONS_UNREPORTED)),
    OPERATION_PERSONS_REGISTERED(items(OperationFigures.PERSONS_REGISTERED)),
    OPERATION_HOUSES_FOUND(items(OperationFigures.HOUSES_FOUND));

    /** The key of a measure's only part. */
    static final String WHOLE = "whole";

    /** How a measure is scored. */
    public enum Kind {
        /** Done ÷ due in percent, scored against the indicator's target. */
        RATE,
        /** Items counted one by one, weighed by deduction and bonus rules. */
        ITEMS
    }

    /**
     * A share of a measure: the figures that count what was done and what was due (for {@link Kind#ITEMS}, the items
     * in {@code done} and nothing due). A measure of several parts (the two-way one) adds them up.
     */
    public record Part(String key, List<String> done, List<String> due) {
    }

    private final Kind kind;
    private final List<Part> parts;

    Measure(Part... parts) {
        this.parts = List.of(parts);
        this.kind = parts[0].due().isEmpty() ? Kind.ITEMS : Kind.RATE;
    }

    private static Part rate(String done, String due) {
        return new Part(WHOLE, List.of(done), List.of(due));
    }

    private static Part items(String indicator) {
        return new Part(WHOLE, List.of(indicator), List.of());
    }

    public Kind kind() {
        return kind;
    }

    public List<Part> parts() {
        return parts;
    }

    /** The figure an items measure counts. */
    public String item() {
        return parts.getFirst().done().getFirst();
    }

    /** The name in a scheme's file: {@code five_step_visit}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The measure a scheme's file names, if any. */
    public static Optional<Measure> ofCode(String code) {
        return Arrays.stream(values()).filter(measure -> measure.code().equals(code)).findFirst();
    }

    /** Every figure the measure reads. */
    public Stream<String> figures() {
        return parts.stream().flatMap(part -> Stream.concat(part.done().stream(), part.due().stream())).distinct();
    }

    @Override
    public String labelKey() {
        return "assessment.measure." + name();
    }
}
