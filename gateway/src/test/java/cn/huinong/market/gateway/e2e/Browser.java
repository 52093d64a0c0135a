package cn.huinong.market.gateway.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through /usr/bin/chromedriver, one fresh profile per browser (so every page's
 * first load is measured without a cache), with a screenshot of each page under target/.
 */
final class Browser implements AutoCloseable {

    static final String BASE = System.getProperty("huinong.e2e.base-url", "http://localhost:8080");
    static final String KEYCLOAK = System.getProperty("huinong.e2e.keycloak-url", "http://localhost:8180");
    static final long PAGE_BUDGET_BYTES = 150 * 1024;

    private static final Path SHOTS = Path.of(System.getProperty("huinong.e2e.screenshots", "target/e2e-screenshots"));

    private static final ObjectMapper JSON = new ObjectMapper();

    final ChromeDriver driver;
    private final String name;
    private int shot;

    Browser(String name) {
        this.name = name;
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // Chromium's own network log: it counts every byte on the wire, cross-origin photos from S3 included,
        // which the page's performance entries report as 0 without Timing-Allow-Origin.
        options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=412,915",
                "--lang=zh-CN");
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    void open(String path) {
        driver.get(path.startsWith("http") ? path : BASE + path);
    }

    WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> d.findElement(By.cssSelector(css)));
    }

    boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Bytes moved over the network since the last call (the step's page loads: redirects, the document, the
     * stylesheet, photos), from Chromium's network log; never less than the page's own performance entries say.
     */
    long transferredBytes() {
        long logged = 0;
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                if ("Network.loadingFinished".equals(message.path("method").asText())) {
                    logged += message.path("params").path("encodedDataLength").asLong();
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        Object entries = ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                        + ".reduce((s, e) => s + (e.transferSize || 0), 0);");
        return Math.max(logged, ((Number) entries).longValue());
    }

    /** Saves a screenshot named after the step and returns the page's transferred bytes. */
    long screenshot(String step) {
        try {
            Files.createDirectories(SHOTS);
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Files.write(SHOTS.resolve(String.format("%s-%02d-%s.png", name, ++shot, step)), png);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return transferredBytes();
    }

    /** Signs in on Keycloak's own login page, where a page of ours sent the browser. */
    void signIn(String user, String password) {
        find("#username").sendKeys(user);
        find("#password").sendKeys(password);
        find("#kc-login").click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().startsWith(BASE));
        // Keycloak's own login page is not ours to weigh.
        transferredBytes();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
