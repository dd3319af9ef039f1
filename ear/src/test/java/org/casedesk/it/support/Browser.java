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
    this(baseUrl, false);
  }

  /** Chromium emulating a phone 390 px wide (a grid worker on site). */
  public static Browser phone(String baseUrl) {
    return new Browser(baseUrl, true);
  }

  private Browser(String baseUrl, boolean phone) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    ChromeOptions options = new ChromeOptions();
    if (phone) {
      options.setExperimentalOption(
          "mobileEmulation",
          java.util.Map.of(
              "deviceMetrics",
              java.util.Map.of("width", 390, "height", 844, "pixelRatio", 3.0, "touch", true),
              "userAgent",
              "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                  + " Chrome/156.0 Mobile Safari/537.36"));
    }
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
    // Leaving a page with typed text asks first (beforeunload); tests that move on accept it.
    options.setUnhandledPromptBehaviour(org.openqa.selenium.UnexpectedAlertBehaviour.ACCEPT);
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
    signIn(username, password);
    await(ExpectedConditions.urlContains("home.xhtml"));
  }

  /** Fills in and sends the login form of the page shown now (the login page). */
  public void signIn(String username, String password) {
    type("loginForm:username", username);
    type("loginForm:password", password);
    click("loginForm:login");
  }

  /** The current value of a field (what the user sees in it, as the browser would submit it). */
  public String value(String id) {
    return await(ExpectedConditions.presenceOfElementLocated(By.id(id))).getDomProperty("value");
  }

  /** Runs JavaScript in the page and returns its result. */
  public Object script(String javaScript, Object... arguments) {
    return driver.executeScript(javaScript, arguments);
  }

  /** Drops the browser's cookies (the session's among them), as if the session had expired. */
  public void forgetSession() {
    driver.manage().deleteAllCookies();
  }

  public void logout() {
    click("headerForm:logout");
    await(ExpectedConditions.urlContains("login.xhtml"));
  }

  /**
   * Types into a field, again from the start if an ajax update replaced the field meanwhile (the
   * wait retries on a stale element).
   */
  public void type(String id, String text) {
    await(
        d -> {
          WebElement field = ExpectedConditions.elementToBeClickable(By.id(id)).apply(d);
          if (field == null) {
            return null;
          }
          field.clear();
          field.sendKeys(text);
          return true;
        });
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

  // --- the keyboard: type-aheads, the focused element, new tabs ---

  /** Types a query into a PrimeFaces autoComplete and clicks the suggestion with this label. */
  public void complete(String id, String query, String label) {
    driver.executeScript("if (window.PrimeFaces) { PrimeFaces.animationEnabled = false; }");
    type(id + "_input", query);
    clickWhenReady(
        By.cssSelector(
            "[id='" + id + "_panel'] li[data-item-label='" + label.replace("'", "\\'") + "']"));
    waitForAjax();
  }

  /** Waits until a type-ahead's suggestions are shown and one of them contains the text. */
  public String waitForSuggestion(String id, String text) {
    return await(
        d ->
            d.findElements(By.cssSelector("[id='" + id + "_panel'] li")).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .filter(t -> t.contains(text))
                .findFirst()
                .orElse(null));
  }

  /** Sends keys to whatever has the focus now, as a user at the keyboard does. */
  public void pressKeysOnFocused(CharSequence... keys) {
    driver.switchTo().activeElement().sendKeys(keys);
  }

  /** The id of the focused element ("" for none). */
  public String focusedId() {
    String id = driver.switchTo().activeElement().getAttribute("id");
    return id == null ? "" : id;
  }

  /** Waits until the focus is on the element with this id. */
  public void waitForFocus(String id) {
    await(d -> id.equals(focusedId()) ? true : null);
  }

  /** Switches to the newest tab or window (a link with target _blank opened it). */
  public void switchToNewestWindow(int expectedWindows) {
    await(d -> d.getWindowHandles().size() == expectedWindows ? true : null);
    String last = null;
    for (String handle : driver.getWindowHandles()) {
      last = handle;
    }
    driver.switchTo().window(last);
  }

  /** Closes this tab and goes back to the first one. */
  public void closeWindowAndReturn() {
    driver.close();
    driver.switchTo().window(driver.getWindowHandles().iterator().next());
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
    clickWhenReady(By.id(id));
  }

  /**
   * Clicks an element once it is visible and enabled; a click that another element intercepts (an
   * overlay still fading out) or that hits an element an ajax update just replaced is tried again.
   */
  private void clickWhenReady(By element) {
    await(
        d -> {
          WebElement target = ExpectedConditions.elementToBeClickable(element).apply(d);
          if (target == null) {
            return null;
          }
          target.click();
          return true;
        });
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

  /**
   * Picks an option of a PrimeFaces selectOneMenu by its label, then waits for what the choice
   * changes: the menu shows the label and its ajax request (if any) has been answered and applied.
   * Not for the panel's closing animation, which on a loaded machine can outlast any timeout.
   */
  public void select(String id, String label) {
    if (!driver.findElements(By.cssSelector("[id='" + id + "'].ui-autocomplete")).isEmpty()) {
      complete(id, label, label); // a type-ahead (the entry screen's category)
      return;
    }
    By shown = By.id(id + "_label");
    By panel = By.id(id + "_panel");
    By item = By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']");
    // PrimeFaces then opens and closes overlays at once: a CSS transition whose transitionend
    // never comes (a busy machine, a panel replaced meanwhile) cannot leave a panel half open.
    driver.executeScript("if (window.PrimeFaces) { PrimeFaces.animationEnabled = false; }");
    // Each round looks at the menu as it is now: chosen (done), open and settled (click the
    // option), or closed (open it). A click that got lost is simply done again.
    await(
        d -> {
          if (label.equals(d.findElement(shown).getText().strip())) {
            return true;
          }
          WebElement open = d.findElement(panel);
          if (!open.isDisplayed()) {
            d.findElement(By.id(id)).click();
          } else if (!open.getAttribute("class").contains("ui-connected-overlay-enter")
              || open.getAttribute("class").contains("ui-connected-overlay-enter-done")) {
            d.findElement(item).click();
          }
          return null;
        });
    waitForAjax();
  }

  /**
   * Waits until no ajax request is queued or in flight. PrimeFaces queues a component's request
   * synchronously in the event that fires it, and takes it off the queue only after the response
   * has updated the page.
   */
  public void waitForAjax() {
    await(
        d ->
            Boolean.TRUE.equals(
                driver.executeScript(
                    "return (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0);")));
  }

  public void waitForUrl(String fragment) {
    await(ExpectedConditions.urlContains(fragment));
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
    clickWhenReady(By.xpath(xpath));
    waitForAjax();
  }

  public void clickCss(String selector) {
    clickWhenReady(By.cssSelector(selector));
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
