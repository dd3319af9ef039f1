package org.casedesk.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * One browser session over plain HTTP (the tests): cookies kept, redirects not followed, Faces
 * forms posted with their view state; and raw requests for headers HttpClient will not send.
 */
public final class WebClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  public WebClient(URL baseUrl) {
    this(baseUrl, HttpClient.newBuilder());
  }

  /**
   * A session over HTTPS that trusts the certificates of {@code ssl} (the cluster test's proxy).
   */
  public WebClient(URL baseUrl, SSLContext ssl) {
    this(baseUrl, HttpClient.newBuilder().sslContext(ssl));
  }

  private WebClient(URL baseUrl, HttpClient.Builder builder) {
    this.base = baseUrl.toString().replaceAll("/$", "");
    this.http = builder.cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** The client itself, with this session's cookies. */
  public HttpClient http() {
    return http;
  }

  public URI uri(String path) {
    return URI.create(base + "/" + path);
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  public HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A form POST, with extra headers as name, value pairs. */
  public HttpResponse<String> post(String path, Map<String, String> form, String... headers)
      throws IOException, InterruptedException {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  public static String viewState(HttpResponse<String> page) {
    Matcher m = VIEW_STATE.matcher(page.body());
    assertThat(m.find()).as("view state in " + page.uri()).isTrue();
    return m.group(1);
  }

  /**
   * The hidden fields a browser posts back with a form of the page: its view state, and the CSP
   * nonce that PrimeFaces's script adds to every postback (PrimeFaces refuses a postback without
   * it).
   */
  public static Map<String, String> postBack(HttpResponse<String> page, String formId) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put(formId, formId);
    form.put("jakarta.faces.ViewState", viewState(page));
    Matcher nonce = NONCE.matcher(page.body());
    if (nonce.find()) {
      form.put("primefaces.nonce", nonce.group(1));
    }
    return form;
  }

  public String sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  /** The login form submitted, with extra headers as name, value pairs. */
  public HttpResponse<String> login(String username, String password, String... headers)
      throws IOException, InterruptedException {
    Map<String, String> form = postBack(get("login.xhtml"), "loginForm");
    form.put("loginForm:username", username);
    form.put("loginForm:password", password);
    form.put("loginForm:login", "");
    return post("login.xhtml", form, headers);
  }

  /** The Set-Cookie line of a new session, as a first visit to the login page gets it. */
  public String newSessionCookie() throws IOException {
    return raw("GET /login.xhtml HTTP/1.1\nHost: localhost\nConnection: close\n\n")
        .lines()
        .filter(l -> l.startsWith("Set-Cookie: JSESSIONID="))
        .findFirst()
        .orElse("");
  }

  /** A request written byte for byte (e.g. with a forged Host); the whole answer as text. */
  public String raw(String request) throws IOException {
    URI server = URI.create(base);
    try (Socket socket = new Socket(server.getHost(), server.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      in.transferTo(answer);
      return answer.toString(StandardCharsets.UTF_8);
    }
  }
}
