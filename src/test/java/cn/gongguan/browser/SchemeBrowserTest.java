package cn.gongguan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The county's scheme page in a real browser, at the desktop width and on a 390 px phone: the editor's rows wrap
 * instead of pushing the page sideways; a weight changed shows the mismatch beside the total before any save.
 */
class SchemeBrowserTest extends BrowserTest {

    private static final int YEAR = 2013;

    @Test
    void theEditorShowsTheSumOfTheWeightsAndFitsAPhone() throws IOException {
        for (String table : new String[] {"assessment_year", "assessment_scheme"}) {
            asOwner().sql("delete from platform." + table + " where year = " + YEAR).update();
        }
        asOwner().sql("""
                insert into platform.assessment_scheme (county_code, year, version, body, note, saved_by)
                values ('621227', ?, 1, ?, '示例', 'county.admin')""")
                .params(YEAR, example().replaceFirst("(?m)^year:.*$", "year: " + YEAR)).update();
        login("county.admin", DEMO_PASSWORD);
        secondFactor();

        page.navigate(url("assessment/scheme?year=" + YEAR));
        assertThat(page.locator("#scheme-weights")).hasText("合计 100 / 100",
                new LocatorAssertions.HasTextOptions().setTimeout(30_000)); // the first page loads the bundle
        page.locator("#scheme-indicators vaadin-big-decimal-field input").first().fill("12");
        assertThat(page.locator("#scheme-weights")).hasText("合计 102 / 100");
        screenshot("scheme-editor");

        page.setViewportSize(390, 844);
        page.waitForTimeout(500);
        screenshot("scheme-editor-390");
        Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as("nothing pushes the page wider than the phone").isLessThanOrEqualTo(390);
    }

    private static String example() throws IOException {
        try (InputStream in = SchemeBrowserTest.class.getResourceAsStream("/assessment/example-scheme.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
