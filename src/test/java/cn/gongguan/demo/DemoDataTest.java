package cn.gongguan.demo;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;

/** Demo users carry a published password and second factor: they never reach an installation outside development. */
class DemoDataTest {

    @Test
    void outsideDevelopmentModeNothingIsSeededEvenWhenAskedFor() {
        // no registry, accounts or content to seed with: any attempt to seed would fail here
        DemoData demo = new DemoData(new DemoSettings(true, "Gongguan@2026", "GONGGUANDEMOTOTPSECRET22"),
                new MockEnvironment(), null, null, null, null, null, null);

        assertThatCode(() -> demo.run(new DefaultApplicationArguments())).doesNotThrowAnyException();
    }
}
