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
    // Reading an element while a redirect replaces the page can fail with Chromium's "Node with
    // given id does not belong to the document" (not a stale-element error): try again.
    wait.ignoring(org.openqa.selenium.WebDriverException.class);
  }

  /**
   * Waits for a condition; on timeout fails with the page's address and visible text, and keeps a
   * screenshot under target/screenshots, so a failed browser test says what the user saw.
   */
  private <T> T await(
      java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
    try {
      return wait.until(condition);
    } catch (org.openqa.selenium.TimeoutException e) {
      String shot = "";
      try {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
        Files.createDirectories(dir);
        java.nio.file.Path file = dir.resolve("failure-" + System.currentTimeMillis() + ".png");
        Files.write(file, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        shot = " (screenshot " + file + ")";
      } catch (IOException | RuntimeException ignored) {
        // the failure below is what matters
      }
      String body = driver.findElement(By.tagName("body")).getText();
      throw new AssertionError(
          e.getMessage().lines().findFirst().orElse("")
              + "\nat "
              + driver.getCurrentUrl()
              + shot
              + "\npage text:\n"
              + body.substring(0, Math.min(body.length(), 1500)),
          e);
    }
  }

  public void open(String path) {
    driver.get(baseUrl + path);
  }

  public void login(String username, String password) {
    open("login.xhtml");
    type("loginForm:username", username);
    type("loginForm:password", password);
    click("loginForm:login");
    await(ExpectedConditions.urlContains("home.xhtml"));
  }

  public void logout() {
    click("headerForm:logout");
    await(ExpectedConditions.urlContains("login.xhtml"));
  }

  public void type(String id, String text) {
    WebElement field = await(ExpectedConditions.elementToBeClickable(By.id(id)));
    field.clear();
    field.sendKeys(text);
  }

  /** Sets a PrimeFaces date picker through its widget, as picking the day in its calendar does. */
  public void pickDate(String componentId, java.time.LocalDate date) {
    await(
        d ->
            driver.executeScript(
                "return window.PrimeFaces && PrimeFaces.getWidgetById(arguments[0]) ? true : null;",
                componentId));
    driver.executeScript(
        "PrimeFaces.getWidgetById(arguments[0]).setDate(new Date(arguments[1], arguments[2], arguments[3]));",
        componentId,
        date.getYear(),
        date.getMonthValue() - 1,
        date.getDayOfMonth());
    await(
        ExpectedConditions.attributeToBe(By.id(componentId + "_input"), "value", date.toString()));
  }

  /** Waits until an element matching the XPath expression is visible. */
  public void waitForXpath(String xpath) {
    await(ExpectedConditions.visibilityOfElementLocated(By.xpath(xpath)));
  }

  /** Sends keys (e.g. a hotkey chord) to the element with this id. */
  public void pressKeys(String id, CharSequence keys) {
    await(ExpectedConditions.elementToBeClickable(By.id(id))).sendKeys(keys);
  }

  /** Chooses a file in a file input (PrimeFaces uploads it at once when auto). */
  public void upload(String inputId, java.nio.file.Path file) {
    driver.findElement(By.id(inputId)).sendKeys(file.toAbsolutePath().toString());
    waitForAjax();
  }

  /** Whether the image matching the selector has been loaded by the browser (not broken). */
  public boolean imageLoaded(String selector) {
    await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(selector)));
    return Boolean.TRUE.equals(
        await(
            d ->
                driver.executeScript(
                    "var i = document.querySelector(arguments[0]);"
                        + " return i.complete && i.naturalWidth > 0 ? true : null;",
                    selector)));
  }

  public void click(String id) {
    await(ExpectedConditions.elementToBeClickable(By.id(id))).click();
  }

  /** On the entry screen: an anonymous water-supply case at the test data's flat, not yet saved. */
  public void fillAnonymousCase(TestData d, String description) {
    open("helpdesk/register.xhtml");
    clickCss("[id='registerForm:anonymous'] .ui-chkbox-box");
    select("registerForm:community", "测试社区" + d.suffix);
    select("registerForm:grid", "测试网格" + d.suffix);
    select("registerForm:courtyard", "测试楼院" + d.suffix);
    select("registerForm:flat", "1单元101室");
    select("registerForm:category", "供水");
    type("registerForm:description", description);
  }

  /** Picks an option of a PrimeFaces selectOneMenu by its label and waits for its ajax. */
  public void select(String id, String label) {
    click(id);
    By item = By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']");
    await(ExpectedConditions.elementToBeClickable(item)).click();
    await(
        ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[id='" + id + "_panel']")));
    waitForAjax();
  }

  public void waitForAjax() {
    await(
        d ->
            Boolean.TRUE.equals(
                driver.executeScript(
                    "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
  }

  public void waitForUrl(String fragment) {
    await(ExpectedConditions.urlContains(fragment));
  }

  /** The current value of a form field, as the browser would submit it. */
  public String value(String id) {
    return await(ExpectedConditions.presenceOfElementLocated(By.id(id))).getDomProperty("value");
  }

  public String text(String id) {
    return await(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
  }

  public void waitForText(String id, String text) {
    await(ExpectedConditions.textToBe(By.id(id), text));
  }

  public void waitForTextContaining(String id, String text) {
    await(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
  }

  public String title() {
    return driver.getTitle();
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  public String pageSource() {
    return driver.getPageSource();
  }

  public void clickXpath(String xpath) {
    await(ExpectedConditions.elementToBeClickable(By.xpath(xpath))).click();
    waitForAjax();
  }

  public void clickCss(String selector) {
    await(ExpectedConditions.elementToBeClickable(By.cssSelector(selector))).click();
  }

  /** Clicks the label of a (visually hidden) PrimeFaces radio or checkbox input. */
  public void clickLabelOf(String inputId) {
    clickCss("label[for='" + inputId + "']");
  }

  /**
   * Downloads what a link points to, as the signed-in user: the link's address fetched with the
   * browser's session cookie (headless Chromium keeps downloads out of reach of the test).
   */
  public Download download(String linkId) {
    String href =
        await(ExpectedConditions.visibilityOfElementLocated(By.id(linkId))).getAttribute("href");
    String cookies =
        driver.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(java.util.stream.Collectors.joining("; "));
    try {
      java.net.http.HttpResponse<byte[]> response =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                      .header("Cookie", cookies)
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofByteArray());
      return new Download(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Content-Disposition").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Keeps a picture of the page under target/screenshots, for a person to look at. */
  public void screenshot(String name) {
    try {
      java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Files.write(
          dir.resolve(name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A downloaded file with its status and headers. */
  public record Download(int status, String contentType, String disposition, byte[] body) {}

  @Override
  public void close() {
    driver.quit();
  }
}
