package dev.errata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;

/**
 * The catalog page in a real browser: Debian's headless Chromium through its ChromeDriver. Skipped
 * where they are not installed ({@code .ci/run} installs them). Screenshots are kept in {@code
 * target/catalog-screenshots/}.
 */
class CatalogPageBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "catalog-screenshots");

  @TempDir static Path dir;
  private static ChromeDriver browser;
  private static String page;

  @BeforeAll
  static void openThePage() throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "no Chromium and ChromeDriver in /usr/bin");
    Path cbc = CliRun.specTable(dir, "huawei-cbc.md");
    CliRun run = CliRun.of("catalog", cbc.toString(), "--out", dir.toString());
    assertEquals(0, run.status(), run.err());
    page = dir.resolve("huawei-cbc.html").toUri().toString();

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.get(page);
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void loadsWithoutConsoleErrorsAndShowsEveryCode() throws IOException {
    List<LogEntry> severe =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
            .toList();
    assertEquals(List.of(), severe);
    assertEquals(285, visibleRows().size());
    assertEquals("285 of 285 codes", browser.findElement(By.id("count")).getText());
    screenshot("huawei-cbc.png");
  }

  @Test
  void searchNarrowsTheRowsAsYouType() {
    WebElement search = browser.findElement(By.id("search"));
    search.clear();
    search.sendKeys("余额");
    List<WebElement> rows = visibleRows();
    assertTrue(rows.size() > 0 && rows.size() < 285, rows.size() + " rows");
    rows.forEach(row -> assertTrue(row.getText().contains("余额"), row.getText()));
    search.sendKeys(" CBC.5003");
    assertEquals(
        List.of("CBC_5003"), visibleRows().stream().map(row -> row.getAttribute("id")).toList());
    search.clear();
    search.sendKeys(" ");
    assertEquals(285, visibleRows().size());
  }

  @Test
  void filtersByKindAndRetry() {
    browser.findElement(By.id("search")).clear();
    Select kind = new Select(browser.findElement(By.id("kind")));
    kind.selectByValue("INSUFFICIENT_FUNDS");
    List<WebElement> funds = visibleRows();
    assertTrue(!funds.isEmpty() && funds.size() < 285);
    funds.forEach(row -> assertEquals("INSUFFICIENT_FUNDS", row.getAttribute("data-kind")));
    new Select(browser.findElement(By.id("retryable"))).selectByValue("true");
    visibleRows().forEach(row -> assertEquals("true", row.getAttribute("data-retryable")));
    kind.selectByValue("");
    new Select(browser.findElement(By.id("retryable"))).selectByValue("");
    assertEquals(285, visibleRows().size());
  }

  @Test
  void anAnchorLeadsToItsCodeAndAPhoneShowsCards() throws IOException {
    browser.get(page + "#CBC_5003");
    assertEquals(
        "CBC_5003", (String) browser.executeScript("return document.querySelector(':target').id"));
    browser.manage().window().setSize(new Dimension(390, 844));
    WebElement cell = browser.findElement(By.cssSelector("#CBC_5003 td[data-label=Message]"));
    assertEquals("block", cell.getCssValue("display"), "cells stack on a narrow screen");
    screenshot("huawei-cbc-phone.png");
    browser.manage().window().setSize(new Dimension(1280, 900));
    browser.get(page);
  }

  private static List<WebElement> visibleRows() {
    return browser.findElements(By.cssSelector("#codes tbody tr:not([hidden])"));
  }

  private static void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
