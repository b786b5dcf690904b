package cn.gongguan.demo;

import cn.gongguan.assessment.Scheme;
import cn.gongguan.assessment.Scheme.Indicator;
import cn.gongguan.assessment.Schemes;
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
 * assessment more weight), imported from the example file as the county administrator would.
 */
@Component
class AssessmentDemo {

    static final String EXAMPLE = "/assessment/example-scheme.yaml";

    private final Schemes schemes;
    private final AccountProvisioning accounts;
    private final Today today;

    AssessmentDemo(Schemes schemes, AccountProvisioning accounts, Today today) {
        this.schemes = schemes;
        this.accounts = accounts;
        this.today = today;
    }

    /** Once: nothing happens when the county has a scheme for this year. */
    void seed() {
        accounts.runAs("county.admin", () -> {
            int year = today.date().getYear();
            if (schemes.current(year).isPresent()) {
                return;
            }
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
    }

    static String example() {
        try (InputStream in = AssessmentDemo.class.getResourceAsStream(EXAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
