package cn.gongguan.dashboard;

import cn.gongguan.enterprise.EnterpriseFigures;
import cn.gongguan.exchange.Exchange;
import cn.gongguan.fivestep.FiveStepFigures;
import cn.gongguan.governance.OperationFigures;
import cn.gongguan.housing.HousingFigures;
import cn.gongguan.housing.SweepFigures;
import cn.gongguan.outflow.OutflowFigures;
import cn.gongguan.outflow.Rechecks;
import cn.gongguan.outflow.sixones.SixOnesFigures;
import cn.gongguan.platform.Labelled;
import cn.gongguan.police.PoliceFigures;
import cn.gongguan.registry.CertificateFigures;
import cn.gongguan.registry.RegistryFigures;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The figures the dashboards show, each read from the rollup rows its feature counts (a {@code FigureSource}): a
 * count, or a rate of two counts, summed over units before dividing so that a township's rate weighs its villages by
 * size. A lateness figure counts items behind time; a unit's lateness ({@link #lateItems}) ranks the boards.
 */
public enum Figure implements Labelled {
    INFLOW(Kind.COUNT, RegistryFigures.INFLOW),
    OUTFLOW(Kind.COUNT, OutflowFigures.AWAY),
    INTRA_COUNTY(Kind.COUNT, RegistryFigures.INTRA_COUNTY),
    NEWCOMERS(Kind.COUNT, RegistryFigures.NEWCOMERS),
    VISIT(Kind.RATE, FiveStepFigures.VISIT_DONE, FiveStepFigures.DUE),
    DELIVER(Kind.RATE, FiveStepFigures.DELIVER_DONE, FiveStepFigures.DUE),
    FOLLOW_UP(Kind.RATE, FiveStepFigures.FOLLOW_UP_DONE, FiveStepFigures.DUE),
    ARCHIVE(Kind.RATE, FiveStepFigures.ARCHIVE_DONE, FiveStepFigures.DUE),
    FEEDBACK_STEP(Kind.RATE, FiveStepFigures.FEEDBACK_DONE, FiveStepFigures.DUE),
    VISITS_PENDING(Kind.COUNT, FiveStepFigures.VISITS_PENDING),
    VISITS_OVERDUE(Kind.LATE, FiveStepFigures.VISITS_OVERDUE),
    CERTIFICATE_CHECK(Kind.RATE, CertificateFigures.CHECKED, CertificateFigures.DUE),
    FEEDBACK_ON_TIME(Kind.COUNT, Exchange.FEEDBACK_ON_TIME),
    FEEDBACK_LATE(Kind.LATE, Exchange.FEEDBACK_LATE),
    FEEDBACK_OVERDUE(Kind.LATE, "feedback_overdue"),
    RECHECK(Kind.RATE, Rechecks.DONE, Rechecks.DUE),
    SIX_ONES(Kind.RATE, SixOnesFigures.COMPLETE, SixOnesFigures.DUE),
    REPORT_COVERAGE(Kind.RATE, HousingFigures.REPORTS_RECEIVED, HousingFigures.REPORTS_DUE),
    UNREPORTED_FOUND(Kind.COUNT, HousingFigures.PERSONS_UNREPORTED),
    REGISTRATION(Kind.RATE, OutflowFigures.REGISTERED, OutflowFigures.KNOWN),
    SWEEPS_OVERDUE(Kind.LATE, SweepFigures.OVERDUE),
    OPERATION_TASKS(Kind.COUNT, OperationFigures.TASKS),
    OPERATION_TASKS_SUBMITTED(Kind.COUNT, OperationFigures.TASKS_SUBMITTED),
    OPERATION_LOCATIONS_CHECKED(Kind.COUNT, OperationFigures.LOCATIONS_CHECKED),
    OPERATION_PERSONS_CHECKED(Kind.COUNT, OperationFigures.PERSONS_CHECKED),
    OPERATION_PERSONS_REGISTERED(Kind.COUNT, OperationFigures.PERSONS_REGISTERED),
    OPERATION_WITHOUT_CERTIFICATE(Kind.COUNT, OperationFigures.WITHOUT_CERTIFICATE),
    OPERATION_REFERRED(Kind.COUNT, OperationFigures.REFERRED),
    OPERATION_HOUSES_FOUND(Kind.COUNT, OperationFigures.HOUSES_FOUND),
    ENTERPRISE_STAFF(Kind.COUNT, EnterpriseFigures.STAFF),
    ENTERPRISE_STAFF_CHECKED(Kind.RATE, EnterpriseFigures.STAFF_CHECKED, EnterpriseFigures.STAFF),
    ENTERPRISE_TASKS(Kind.RATE, EnterpriseFigures.TASKS_DONE, EnterpriseFigures.TASKS_DUE),
    // issue 16, item 3: the police stations' monthly reports
    POLICE_REPORTS(Kind.RATE, PoliceFigures.REPORTS_RECEIVED, PoliceFigures.REPORTS_DUE),
    POLICE_PERSONS_REGISTERED(Kind.COUNT, PoliceFigures.PERSONS_REGISTERED);

    /** How a figure reads its rows. */
    public enum Kind {
        /** A count of persons or items. */
        COUNT,
        /** A count of items behind time: more is worse, and it adds to a unit's lateness. */
        LATE,
        /** Done ÷ due in percent; the items due but not done add to a unit's lateness. */
        RATE
    }

    /** The completion figures a heat map shows. */
    public static final Set<Figure> RATES = Set.copyOf(
            Arrays.stream(values()).filter(figure -> figure.kind == Kind.RATE).toList());

    private final Kind kind;
    private final String indicator;
    private final String base;

    Figure(Kind kind, String indicator) {
        this(kind, indicator, null);
    }

    Figure(Kind kind, String indicator, String base) {
        this.kind = kind;
        this.indicator = indicator;
        this.base = base;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public String labelKey() {
        return "dashboard.figure." + name();
    }

    /** The indicators this figure reads. */
    Stream<String> reads() {
        return Stream.of(indicator, base).filter(Objects::nonNull);
    }

    /** Every indicator the figures read. */
    public static List<String> indicators() {
        return Arrays.stream(values()).flatMap(Figure::reads).distinct().toList();
    }

    /** The figure from a unit's indicator values (absent = 0: the unit was counted). */
    Reading read(Function<String, Long> values) {
        long value = values.apply(indicator);
        return new Reading(value, base == null ? null : values.apply(base));
    }

    /**
     * The items behind time among a unit's readings: late counts, and — once the month has closed — what a rate of
     * the month's work still owes (during the month, a report not in yet or an entry not marked yet is not late).
     */
    static long lateItems(Map<Figure, Reading> readings, boolean closed) {
        long late = 0;
        for (Map.Entry<Figure, Reading> entry : readings.entrySet()) {
            Reading reading = entry.getValue();
            if (entry.getKey().kind == Kind.LATE) {
                late += reading.value();
            } else if (closed && entry.getKey().kind == Kind.RATE && entry.getKey().owesItems()) {
                late += Math.max(0, reading.base() - reading.value());
            }
        }
        return late;
    }

    /** Rates whose open items are work behind time (not the five-step shares, which the pending visits cover). */
    private boolean owesItems() {
        return EnumSet.of(RECHECK, REPORT_COVERAGE).contains(this);
    }

    /**
     * A figure of one unit: {@code value}, and for a rate the {@code base} it is a share of (null for a count).
     */
    public record Reading(long value, Long base) {

        /** The rate in percent (0–100), or null for a count or a rate of nothing due. */
        public Integer percent() {
            return base == null || base == 0 ? null : (int) Math.round(100.0 * Math.min(value, base) / base);
        }

        Reading plus(Reading other) {
            return new Reading(value + other.value, base == null ? null : base + other.base);
        }
    }
}
