package org.cthub.app.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its own ChromeDriver so that Selenium never downloads anything.
 * Without Chromium the browser tests are skipped with the reason, except under {@code CI=true}, where
 * {@code .ci/run} installs it and its absence is a failure.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** A new browser with its own profile (no cookies), for the server at the port. */
    public static Browser open(int port) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String reason = "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("CI=true needs the browser: " + reason);
            }
            Assumptions.abort(reason);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1000", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, "http://localhost:" + port);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the application. */
    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    /**
     * Logs in through the login page and waits for its answer (the start page, or the login page with an
     * error), so that the next page asked for is not overtaken by the login's redirect.
     */
    public Browser logIn(String username, String password) {
        go("/login");
        String loginPage = driver.getCurrentUrl();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        waitFor().until(browser -> !loginPage.equals(browser.getCurrentUrl()));
        return this;
    }

    public WebElement find(By by) {
        return waitFor().until(browser -> browser.findElement(by));
    }

    public String text(By by) {
        return find(by).getText();
    }

    /** The page's path, without host and query. */
    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
