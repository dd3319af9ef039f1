package org.casedesk.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every page of web-module's webapp (every {@code .xhtml} outside {@code WEB-INF}, plus the report
 * export) opened by every given login over plain HTTP, each expected to answer what web.xml's
 * security constraints say: 200 without the error page for a role the page admits, 403 for the
 * others, never a 500. Pages that show one record ({@code ?id=}) are opened again with an id the
 * same login found in a link on another page, so that the record pages are rendered with data.
 */
public final class PageRoleMatrix {

  /** A login to try and the role web.xml knows it by. */
  public record User(String username, String password, String role) {}

  private static final Path WEBAPP = Path.of("..", "web-module", "src", "main", "webapp");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern RECORD_LINK =
      Pattern.compile("/((?:[a-z]+/)*[a-z]+\\.xhtml)\\?id=(\\d+)");

  /** The error page's title in both languages (error.title). */
  private static final List<String> ERROR_PAGE = List.of("出错了", "Something went wrong");

  private final String baseUrl;
  private final Map<String, Set<String>> constraints = new LinkedHashMap<>();
  private final List<String> failures = new ArrayList<>();
  private int visits;

  public PageRoleMatrix(String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    readConstraints();
  }

  /**
   * Every page a user can open, as paths relative to the context root; not the error page itself,
   * which shows its text by design.
   */
  public static List<String> pages() {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files
          .map(f -> WEBAPP.relativize(f).toString().replace('\\', '/'))
          .filter(p -> p.endsWith(".xhtml") && !p.startsWith("WEB-INF/"))
          .filter(p -> !p.equals("error.xhtml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The report exports, besides the pages. */
  private static final List<String> ENDPOINTS =
      List.of(
          "reports/export?format=csv",
          "reports/export?format=xlsx",
          "reports/export?format=pdf",
          "search/export?format=csv",
          "files/0");

  /** Visits everything as each user; returns the failures (empty when all went as expected). */
  public List<String> run(List<User> users) throws IOException, InterruptedException {
    anonymous();
    for (User user : users) {
      asUser(user);
    }
    return failures;
  }

  /** How many requests the matrix made. */
  public int visits() {
    return visits;
  }

  private void anonymous() throws IOException, InterruptedException {
    HttpClient http = client();
    for (String page : pages()) {
      HttpResponse<String> r = get(http, page);
      boolean open = rolesFor(page) == null;
      if (open ? r.statusCode() != 200 : r.statusCode() != 302) {
        failures.add("anonymous " + page + ": " + r.statusCode());
      }
    }
  }

  private void asUser(User user) throws IOException, InterruptedException {
    HttpClient http = client();
    login(http, user);
    Map<String, String> ids = new TreeMap<>();
    for (String page : pages()) {
      check(http, user, page, page, ids);
    }
    for (String endpoint : ENDPOINTS) {
      int status = get(http, endpoint).statusCode();
      Set<String> roles = rolesFor(endpoint.replaceFirst("\\?.*", ""));
      boolean allowed = roles == null || roles.contains(user.role());
      // files/0 is no file: refused (403) or not found (404), never a 500.
      int expected = !allowed ? 403 : endpoint.startsWith("files/") ? 404 : 200;
      if (status != expected) {
        failures.add(user.username() + " " + endpoint + ": " + status + ", expected " + expected);
      }
    }
    for (Map.Entry<String, String> id : ids.entrySet()) {
      check(http, user, id.getKey(), id.getKey() + "?id=" + id.getValue(), new TreeMap<>());
    }
  }

  private void check(
      HttpClient http, User user, String page, String address, Map<String, String> ids)
      throws IOException, InterruptedException {
    HttpResponse<String> r = get(http, address);
    Set<String> roles = rolesFor(page);
    boolean allowed = roles == null || roles.contains(user.role());
    String who = user.username() + " (" + user.role() + ") " + address + ": ";
    if (!allowed) {
      if (r.statusCode() != 403) {
        failures.add(who + r.statusCode() + ", expected 403");
      }
      return;
    }
    if (r.statusCode() != 200) {
      failures.add(who + r.statusCode() + ", expected 200");
    } else if (ERROR_PAGE.stream().anyMatch(r.body()::contains)) {
      failures.add(who + "the error page");
    }
    Matcher link = RECORD_LINK.matcher(r.body());
    while (link.find()) {
      ids.putIfAbsent(link.group(1), link.group(2));
    }
  }

  private HttpClient client() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  private HttpResponse<String> get(HttpClient http, String path)
      throws IOException, InterruptedException {
    visits++;
    return http.send(
        HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private void login(HttpClient http, User user) throws IOException, InterruptedException {
    HttpResponse<String> page = get(http, "login.xhtml");
    Matcher viewState = VIEW_STATE.matcher(page.body());
    if (!viewState.find()) {
      throw new IllegalStateException("no view state on the login page: " + page.statusCode());
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("loginForm", "loginForm");
    form.put("loginForm:username", user.username());
    form.put("loginForm:password", user.password());
    form.put("loginForm:login", "");
    form.put("jakarta.faces.ViewState", viewState.group(1));
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    visits++;
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(baseUrl + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 302) {
      throw new IllegalStateException("login as " + user.username() + ": " + answer.statusCode());
    }
  }

  /**
   * The roles web.xml admits to a path (null: no constraint), by the servlet rule: an exact pattern
   * wins over a path prefix, the longest prefix over shorter ones; constraints naming the same
   * pattern add up.
   */
  Set<String> rolesFor(String page) {
    String path = "/" + page;
    String best = null;
    for (String pattern : constraints.keySet()) {
      boolean matches =
          pattern.equals(path)
              || (pattern.endsWith("/*")
                  && (path + "/").startsWith(pattern.substring(0, pattern.length() - 1)));
      if (matches && (best == null || better(pattern, best))) {
        best = pattern;
      }
    }
    return best == null ? null : constraints.get(best);
  }

  private static boolean better(String pattern, String than) {
    boolean exact = !pattern.endsWith("/*");
    boolean thanExact = !than.endsWith("/*");
    if (exact != thanExact) {
      return exact;
    }
    return pattern.length() > than.length();
  }

  private void readConstraints() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document webXml =
          factory.newDocumentBuilder().parse(WEBAPP.resolve("WEB-INF/web.xml").toFile());
      NodeList list = webXml.getElementsByTagNameNS("*", "security-constraint");
      for (int i = 0; i < list.getLength(); i++) {
        Element constraint = (Element) list.item(i);
        Set<String> roles = new HashSet<>();
        NodeList names = constraint.getElementsByTagNameNS("*", "role-name");
        for (int j = 0; j < names.getLength(); j++) {
          roles.add(names.item(j).getTextContent().trim());
        }
        NodeList patterns = constraint.getElementsByTagNameNS("*", "url-pattern");
        for (int j = 0; j < patterns.getLength(); j++) {
          constraints
              .computeIfAbsent(patterns.item(j).getTextContent().trim(), p -> new HashSet<>())
              .addAll(roles);
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot read web.xml", e);
    }
  }
}
