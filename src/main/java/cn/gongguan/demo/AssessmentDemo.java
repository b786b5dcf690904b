package cn.gongguan.demo;

import cn.gongguan.assessment.Closing;
import cn.gongguan.assessment.Measure;
import cn.gongguan.assessment.Scheme;
import cn.gongguan.assessment.Scheme.Indicator;
import cn.gongguan.assessment.Schemes;
import cn.gongguan.assessment.Scorecards;
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
 */
@Component
class AssessmentDemo {

    static final String EXAMPLE = "/assessment/example-scheme.yaml";

    static final String OBJECTION = "该条反馈到达时正值本镇信息员调整，系统账号交接延误，申请不予扣分（演示）";

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

    /** Once: nothing happens when the county has a scheme for this year. */
    void seed() {
        int year = today.date().getYear();
        boolean[] seeded = {false};
        accounts.runAs("county.admin", () -> {
            if (schemes.current(year).isPresent()) {
                return;
            }
            seeded[0] = true;
            String example = example();
            if (schemes.current(year - 1).isEmpty()) {
                schemes.importFile(year - 1, null, example, "按县考核办法制定（演示）");
            }
            Scheme first = schemes.importFile(year, null, example, "沿用上年方案（演示）").scheme();
            List<Indicator> weighed = first.indicators().stream().map(indicator -> switch (indicator.measure()) {
                case FIVE_STEP_VISIT -> new Indicator(indicator.measure(), BigDecimal.valueOf(8), indicator.target());
                case TWO_WAY -> new Indicator(indicator.measure(), BigDecimal.valueOf(6), indicator.target());
                default -> indicator;
            }).toList();
            schemes.save(year, 1, new Scheme(year, first.total(), weighed, first.rules(), first.commendFrom(),
                    first.criticiseBelow()), "县内流动双向考核加权：一访 10→8 分，双向考核 4→6 分（演示）");
        });
        if (seeded[0]) {
            close(year);
        }
    }

    /** Last year approved after both townships confirmed; this year under review with a confirmation and an objection. */
    private void close(int year) {
        accounts.runAs("county.governance", () -> closing.openReview(year - 1));
        accounts.runAs("fujia.admin", () -> closing.confirm(year - 1));
        accounts.runAs("chengguan.admin", () -> closing.confirm(year - 1));
        accounts.runAs("county.governance", () -> closing.approve(year - 1));
        accounts.runAs("county.governance", () -> closing.openReview(year));
        accounts.runAs("fujia.admin", () -> closing.confirm(year));
        // the exchange's demo answered a feedback late this year (not when that demo ran before, in an older database)
        accounts.runAs("chengguan.admin", () -> {
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
