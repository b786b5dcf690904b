package cn.gongguan.demo;

import cn.gongguan.assessment.Closing;
import cn.gongguan.assessment.Measure;
import cn.gongguan.assessment.Scheme;
import cn.gongguan.assessment.Scheme.Indicator;
import cn.gongguan.assessment.Schemes;
import cn.gongguan.assessment.Scorecards;
import cn.gongguan.assessment.YearState;
import cn.gongguan.platform.Today;
import cn.gongguan.security.AccountProvisioning;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The county's assessment schemes: last year's, and this year's in two versions (the second gives the two-way
 * assessment more weight), imported from the example file as the county administrator would. Then every stage of the
 * closing: last year reviewed, confirmed by 伏家镇 and 城关镇 and approved (locked); this year under review, 伏家镇 has
 * confirmed and 城关镇 objects to the deduction for the feedback it answered late ({@link ExchangeDemo}), undecided.
 * Every step looks at the year's state first, so a restart repeats nothing and a restart in a new year (the database
 * kept) closes the year before as it would be closed: its objection decided, then approved.
 */
@Component
class AssessmentDemo {

    static final String EXAMPLE = "/assessment/example-scheme.yaml";

    static final String OBJECTION = "该条反馈到达时正值本镇信息员调整，系统账号交接延误，申请不予扣分（演示）";

    static final String DECISION = "经核实，该条反馈确属逾期答复，维持扣分（演示）";

    private static final String COUNTY_ADMIN = "county.admin";
    private static final String COUNTY_GOVERNANCE = "county.governance";
    private static final String FUJIA_ADMIN = "fujia.admin";
    private static final String CHENGGUAN_ADMIN = "chengguan.admin";

    private final Schemes schemes;
    private final Closing closing;
    private final Scorecards scorecards;
    private final AccountProvisioning accounts;
    private final Today today;

    AssessmentDemo(Schemes schemes, Closing closing, Scorecards scorecards, AccountProvisioning accounts,
                   Today today) {
        this.schemes = schemes;
        this.closing = closing;
        this.scorecards = scorecards;
        this.accounts = accounts;
        this.today = today;
    }

    void seed() {
        seed(today.date().getYear());
    }

    /** Last year approved and {@code year} under review, each step done only when the year's state still asks for it. */
    void seed(int year) {
        accounts.runAs(COUNTY_ADMIN, () -> {
            lastYearsScheme(year - 1);
            thisYearsSchemes(year);
        });
        review(year - 1);
        confirm(year - 1, FUJIA_ADMIN);
        confirm(year - 1, CHENGGUAN_ADMIN);
        approve(year - 1);
        review(year);
        confirm(year, FUJIA_ADMIN);
        objectToTheLateFeedback(year);
    }

    private void lastYearsScheme(int year) {
        if (schemes.current(year).isEmpty()) {
            schemes.importFile(year, null, example(), "按县考核办法制定（演示）");
        }
    }

    private void thisYearsSchemes(int year) {
        if (schemes.current(year).isPresent()) {
            return;
        }
        Scheme first = schemes.importFile(year, null, example(), "沿用上年方案（演示）").scheme();
        List<Indicator> weighed = first.indicators().stream().map(indicator -> switch (indicator.measure()) {
            case FIVE_STEP_VISIT -> new Indicator(indicator.measure(), BigDecimal.valueOf(8), indicator.target());
            case TWO_WAY -> new Indicator(indicator.measure(), BigDecimal.valueOf(6), indicator.target());
            default -> indicator;
        }).toList();
        schemes.save(year, 1, new Scheme(year, first.total(), weighed, first.rules(), first.commendFrom(),
                first.criticiseBelow()), "县内流动双向考核加权：一访 10→8 分，双向考核 4→6 分（演示）");
    }

    private void review(int year) {
        accounts.runAs(COUNTY_GOVERNANCE, () -> {
            if (scorecards.state(year) == YearState.OPEN) {
                closing.openReview(year);
            }
        });
    }

    private void confirm(int year, String townshipAdmin) {
        accounts.runAs(townshipAdmin, () -> {
            if (scorecards.state(year) == YearState.REVIEW && closing.confirmations(year).isEmpty()) {
                closing.confirm(year);
            }
        });
    }

    /** Objections still open are decided (the deduction kept) before the year is approved. */
    private void approve(int year) {
        accounts.runAs(COUNTY_GOVERNANCE, () -> {
            if (scorecards.state(year) != YearState.REVIEW) {
                return;
            }
            closing.objections(year).stream().filter(Closing.Objection::isOpen)
                    .forEach(open -> closing.decide(open.id(), Closing.Decision.REJECTED, null, DECISION));
            closing.approve(year);
        });
    }

    /**
     * 城关镇 objects once, while it has not confirmed (an objection decided stays decided): the exchange's demo answered a feedback late this year
     * (not when that demo ran before, in an older database), else nothing is deducted to object to.
     */
    private void objectToTheLateFeedback(int year) {
        accounts.runAs(CHENGGUAN_ADMIN, () -> {
            if (scorecards.state(year) != YearState.REVIEW || !closing.confirmations(year).isEmpty()
                    || closing.objections(year).stream().anyMatch(o -> o.item() == Measure.FEEDBACK_LATE)) {
                return;
            }
            if (scorecards.own(year).flatMap(own -> own.card().deduction(Measure.FEEDBACK_LATE))
                    .filter(deduction -> deduction.net().signum() > 0).isPresent()) {
                closing.object(year, Measure.FEEDBACK_LATE, OBJECTION);
            }
        });
    }

    static String example() {
        try (InputStream in = AssessmentDemo.class.getResourceAsStream(EXAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
