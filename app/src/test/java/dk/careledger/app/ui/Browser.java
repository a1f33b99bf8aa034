package dk.careledger.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium from Debian ({@code chromium}, {@code chromium-driver}; {@code .ci/run} installs them), driven
 * by Selenium with the driver's path given, so nothing is downloaded. Every page it opens is checked by axe-core
 * (vendored in the test resources): zero WCAG 2.0/2.1 A and AA violations.
 */
final class Browser implements AutoCloseable {
    static final String DRIVER = "/usr/bin/chromedriver";
    private static final String AXE = axe();
    private final WebDriver driver;
    private final String basis;

    Browser(int port) {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(Files.exists(Path.of("/usr/bin/chromium")) ? "/usr/bin/chromium" : "/usr/bin/chromium-browser");
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1000",
                "--lang=da-DK", "--disable-extensions");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(DRIVER).toFile()).build();
        this.driver = new ChromeDriver(service, o);
        this.basis = "http://localhost:" + port;
    }

    static boolean findes() {
        return Files.isExecutable(Path.of(DRIVER));
    }

    private static String axe() {
        try (InputStream in = Browser.class.getResourceAsStream("/ui/axe-core/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens a path of the application and checks the page with axe. */
    void aabn(String sti) {
        driver.get(basis + sti);
        tilgaengelig();
    }

    /** Logs in as a demo user through the log-in page. */
    void logInd(String bruger) {
        logInd(bruger, "Mine arbejdslister");
    }

    /** Logs in as a demo user and waits for the page that user lands on. */
    void logInd(String bruger, String forsideoverskrift) {
        driver.manage().deleteAllCookies();
        aabn("/login");
        driver.findElement(By.id("bruger-" + bruger)).click();
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        vent(() -> driver.findElement(By.tagName("h1")).getText().equals(forsideoverskrift));
        tilgaengelig();
    }

    /** axe-core on the current page: no violation of WCAG 2.0/2.1 level A or AA. */
    @SuppressWarnings("unchecked")
    void tilgaengelig() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(AXE);
        Object svar = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(function (r) { done(r.violations.map(function (v) { return v.id + ': ' + v.help + ' ' +"
                        + " v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); })); })"
                        + ".catch(function (e) { done(['axe failed: ' + e]); });");
        assertThat((List<String>) svar).as("WCAG 2.1 A/AA violations on %s", driver.getCurrentUrl()).isEmpty();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> alle(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String tekst() {
        return driver.findElement(By.tagName("main")).getText();
    }

    String titel() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    void skriv(String id, String tekst) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(tekst);
    }

    void vaelg(String id, String kode) {
        new Select(driver.findElement(By.id(id))).selectByValue(kode);
    }

    /** Opens the action form (a details element) whose summary has this text. */
    void aabnHandling(String summary) {
        for (WebElement s : driver.findElements(By.cssSelector("details > summary"))) {
            if (s.getText().equals(summary)) {
                s.click();
                return;
            }
        }
        throw new AssertionError("No action '" + summary + "' on " + driver.getCurrentUrl());
    }

    /** Sends the form the field is in by pressing Enter in the field (keyboard-first), and waits for the answer. */
    void send(String id) {
        WebElement felt = driver.findElement(By.id(id));
        felt.sendKeys(org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(felt));
        vent(() -> ((JavascriptExecutor) driver).executeScript("return document.readyState").equals("complete"));
        tilgaengelig();
    }

    /**
     * Sends the form the field is in with Enter on its button, as a keyboard user does when the last field is a text area
     * (where Enter is a new line), and waits for the answer.
     */
    void sendMedKnappen(String id) {
        WebElement knap = driver.findElement(By.id(id)).findElement(By.xpath("ancestor::form//button[@type='submit']"));
        knap.sendKeys(org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(knap));
        vent(() -> ((JavascriptExecutor) driver).executeScript("return document.readyState").equals("complete"));
        tilgaengelig();
    }

    void vent(Supplier<Boolean> betingelse) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(RuntimeException.class).until(d -> betingelse.get());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Waited in vain on " + driver.getCurrentUrl() + ", which shows:\n" + driver.getPageSource(), e);
        }
    }

    /** Reloads the page until the text appears (a read model catching up), then checks the page. */
    void ventPaaTekst(String tekst) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(200)).until(d -> {
            if (tekst().contains(tekst)) {
                return true;
            }
            d.navigate().refresh();
            return false;
        });
        tilgaengelig();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** A screenshot of the whole page, written where the README links it. */
    void skaermbillede(Path fil) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long hoejde = (Long) js.executeScript("return Math.min(document.body.scrollHeight, 4000)");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, (int) Math.max(800, hoejde)));
        Files.createDirectories(fil.getParent());
        Files.write(fil, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
