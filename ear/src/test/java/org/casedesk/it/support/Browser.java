package org.casedesk.it.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with the page steps CaseDesk's tests share.
 * Browser and driver are named explicitly so Selenium Manager never downloads anything.
 */
public final class Browser implements AutoCloseable {

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;

  public Browser(String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    try {
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-quic",
          "--lang=zh-CN",
          "--window-size=1280,1000",
          "--user-data-dir=" + Files.createTempDirectory("casedesk-chromium"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  public void open(String path) {
    driver.get(baseUrl + path);
  }

  public void login(String username, String password) {
    open("login.xhtml");
    type("loginForm:username", username);
    type("loginForm:password", password);
    click("loginForm:login");
    wait.until(ExpectedConditions.urlContains("home.xhtml"));
  }

  public void logout() {
    click("headerForm:logout");
    wait.until(ExpectedConditions.urlContains("login.xhtml"));
  }

  public void type(String id, String text) {
    WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    field.clear();
    field.sendKeys(text);
  }

  public void click(String id) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
  }

  /** Picks an option of a PrimeFaces selectOneMenu by its label and waits for its ajax. */
  public void select(String id, String label) {
    click(id);
    By item = By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']");
    wait.until(ExpectedConditions.elementToBeClickable(item)).click();
    wait.until(
        ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[id='" + id + "_panel']")));
    waitForAjax();
  }

  public void waitForAjax() {
    wait.until(
        d ->
            Boolean.TRUE.equals(
                driver.executeScript(
                    "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
  }

  public void waitForUrl(String fragment) {
    wait.until(ExpectedConditions.urlContains(fragment));
  }

  public String text(String id) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
  }

  public void waitForText(String id, String text) {
    wait.until(ExpectedConditions.textToBe(By.id(id), text));
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  public String pageSource() {
    return driver.getPageSource();
  }

  public void clickCss(String selector) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(selector))).click();
  }

  /** Clicks the label of a (visually hidden) PrimeFaces radio or checkbox input. */
  public void clickLabelOf(String inputId) {
    clickCss("label[for='" + inputId + "']");
  }

  @Override
  public void close() {
    driver.quit();
  }
}
