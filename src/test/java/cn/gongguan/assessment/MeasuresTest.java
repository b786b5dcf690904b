package cn.gongguan.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.IntegrationTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Which measures a scheme can score today: since issue 16 brought the police stations' reports and the enterprises'
 * staff lists, every one — each measure's figures are counted by a feature.
 */
class MeasuresTest extends IntegrationTest {

    @Autowired
    YearFigures figures;

    @Test
    void everyMeasureIsAvailable() {
        assertThat(Arrays.stream(Measure.values()).filter(measure -> !figures.available(measure)))
                .isEmpty();
    }
}
