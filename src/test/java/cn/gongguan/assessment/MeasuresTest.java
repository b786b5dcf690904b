package cn.gongguan.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.IntegrationTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Which measures a scheme can score today: every one whose figures a feature counts; the enterprises' staff lists
 * (issue 16) are not there yet and stay unavailable rather than zero.
 */
class MeasuresTest extends IntegrationTest {

    @Autowired
    YearFigures figures;

    @Test
    void everyMeasureButTheFeaturesToComeIsAvailable() {
        assertThat(Arrays.stream(Measure.values()).filter(measure -> !figures.available(measure)))
                .containsExactly(Measure.ENTERPRISE_STAFF);
    }
}
