package cn.gongguan.browser;

import cn.gongguan.IntegrationTest;
import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives the running application in headless Chromium (Debian's, at /usr/bin/chromium) and keeps screenshots in
 * {@code target/screenshots}. Each test gets a fresh browser context, like a new visitor.
 */
@Tag("browser")
@EnabledIf("chromiumInstalled")
public abstract class BrowserTest extends IntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    protected static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** The demo accounts' published second-factor secret (README). */
    private static final String DEMO_SECRET = "GONGGUANDEMOTOTPSECRET22";
    /** The time step of the second factor's codes (RFC 6238's default). */
    private static final long TOTP_STEP_MILLIS = 30_000;

    private static Playwright playwright;
    private static Browser browser;
    private BrowserContext context;
    protected Page page;

    @LocalServerPort
    int port;

    static boolean chromiumInstalled() {
        return Files.isExecutable(CHROMIUM);
    }

    @BeforeAll
    static void launchBrowser() {
        // a first page loads the whole bundle on this shared machine: assertions wait as long as actions
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("zh-CN"));
        page = context.newPage();
        page.setDefaultTimeout(30_000);
    }

    @AfterEach
    void closePage() {
        others.forEach(BrowserContext::close);
        others.clear();
        context.close();
    }

    /** The contexts opened besides the first one: one per other visitor of a journey. */
    private final List<BrowserContext> others = new ArrayList<>();

    /** Goes on as another visitor (a new browser context, like another person's browser) of the given width. */
    protected void visitor(int width) {
        BrowserContext other = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, 844).setLocale("zh-CN"));
        others.add(other);
        page = other.newPage();
        page.setDefaultTimeout(30_000);
    }

    /** Screenshots of the page at the desktop width, then at 390 px; the page keeps its width. */
    protected void both(String name) {
        int width = page.viewportSize().width;
        page.setViewportSize(1280, 800);
        page.waitForTimeout(400);
        screenshot(name);
        page.setViewportSize(390, 844);
        page.waitForTimeout(400);
        screenshot(name + "-390");
        page.setViewportSize(width, 844);
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Logs in through the real login form. */
    protected void login(String username, String password) {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form button[type=submit]").first().click();
    }

    /**
     * Enters the second factor of a demo account that needs one (the county's), from its published secret. A code is
     * taken once: when another test of the same account used this time step's code, the next step's is entered.
     */
    protected void secondFactor() {
        page.locator("#login-code input").fill(demoCode());
        page.locator("#login-code-verify").click();
        try {
            PlaywrightAssertions.assertThat(page.locator("#tenant-name")).isVisible(
                    new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        } catch (AssertionError refused) {
            page.waitForTimeout(TOTP_STEP_MILLIS - System.currentTimeMillis() % TOTP_STEP_MILLIS + 1_000);
            page.locator("#login-code input").fill(demoCode());
            page.locator("#login-code-verify").click();
            PlaywrightAssertions.assertThat(page.locator("#tenant-name")).isVisible(
                    new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        }
    }

    private static String demoCode() {
        try {
            TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
            return "%06d".formatted(generator.generateOneTimePassword(
                    new SecretKeySpec(new Base32().decode(DEMO_SECRET), generator.getAlgorithm()), Instant.now()));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
