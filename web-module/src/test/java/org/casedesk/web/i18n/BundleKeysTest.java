package org.casedesk.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casedesk.audit.AuditAction;
import org.casedesk.cases.CaseAction;
import org.casedesk.cases.CaseState;
import org.casedesk.cases.HandlerQueue;
import org.casedesk.cases.Satisfaction;
import org.casedesk.categories.Channel;
import org.casedesk.shared.Roles;
import org.junit.jupiter.api.Test;

/**
 * Every text a user can see has a key in both bundles: zh_CN (default) and en carry the same keys,
 * every key the pages, backing beans and business exceptions use exists, and every enum value a
 * page turns into a key ('state.' + state) has one.
 */
class BundleKeysTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Path WEB_JAVA = Path.of("src/main/java");
  private static final Path DOMAIN_JAVA = Path.of("../ejb-module/src/main/java");

  private static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = BundleKeysTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static Properties zh() {
    return load("/org/casedesk/web/i18n/messages_zh_CN.properties");
  }

  private static Properties en() {
    return load("/org/casedesk/web/i18n/messages_en.properties");
  }

  /**
   * All matches of group 1 of {@code regex} in the files under {@code root} ending in {@code ext}.
   */
  private static Set<String> find(Path root, String ext, String regex) {
    Pattern pattern = Pattern.compile(regex);
    Set<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(ext)).toList()) {
        Matcher m = pattern.matcher(Files.readString(file));
        while (m.find()) {
          found.add(m.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  @Test
  void chineseAndEnglishHaveTheSameKeysAndNoEmptyText() {
    assertThat(en().stringPropertyNames()).isEqualTo(zh().stringPropertyNames());
    zh().forEach((k, v) -> assertThat(v.toString()).as((String) k).isNotBlank());
    en().forEach((k, v) -> assertThat(v.toString()).as((String) k).isNotBlank());
  }

  @Test
  void validationMessagesExistInBothLanguages() {
    Properties zh = load("/ValidationMessages_zh_CN.properties");
    Properties en = load("/ValidationMessages_en.properties");
    assertThat(zh.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
    Set<String> used = find(DOMAIN_JAVA, ".java", "message\\s*=\\s*\"\\{([a-zA-Z0-9.]+)\\}\"");
    assertThat(zh.stringPropertyNames()).containsAll(used);
  }

  @Test
  void theBaseValidationMessagesAreTheChineseOnes() {
    // a JVM whose default locale is neither zh_CN nor en falls back to the base bundle
    assertThat(load("/ValidationMessages.properties"))
        .isEqualTo(load("/ValidationMessages_zh_CN.properties"));
  }

  @Test
  void everyKeyThePagesUseExists() {
    Set<String> used = find(WEBAPP, ".xhtml", "msg\\['([a-zA-Z0-9.]+)'\\]");
    assertThat(used).hasSizeGreaterThan(50);
    assertThat(zh().stringPropertyNames()).containsAll(used);
  }

  @Test
  void everyKeyTheCodeUsesExists() {
    Set<String> used = new HashSet<>();
    used.addAll(
        find(WEB_JAVA, ".java", "Messages\\.(?:error|info|warn)\\(\\s*\"([a-zA-Z0-9.]+)\""));
    used.addAll(find(DOMAIN_JAVA, ".java", "BusinessException\\(\\s*\"([a-zA-Z0-9.]+)\""));
    used.addAll(
        find(
            Path.of("../batch-jobs/src/main/java"),
            ".java",
            "BusinessException\\(\\s*\"([a-zA-Z0-9.]+)\""));
    assertThat(used).contains("login.failed", "case.transition.illegal");
    assertThat(zh().stringPropertyNames()).containsAll(used);
  }

  @Test
  void everyEnumValueShownOnAPageHasItsText() {
    Set<String> keys = zh().stringPropertyNames();
    for (CaseState state : CaseState.values()) {
      assertThat(keys).contains("state." + state);
    }
    for (CaseAction action : CaseAction.values()) {
      assertThat(keys).contains("caseAction." + action);
    }
    for (AuditAction action : AuditAction.values()) {
      assertThat(keys).contains("audit." + action);
    }
    for (HandlerQueue queue : HandlerQueue.values()) {
      assertThat(keys).contains("queue." + queue);
    }
    for (Channel channel : Channel.values()) {
      assertThat(keys).contains("channel." + channel);
    }
    for (Satisfaction answer : Satisfaction.values()) {
      assertThat(keys).contains("satisfaction." + answer);
    }
    for (String role : Roles.ALL) {
      assertThat(keys).contains("role." + role, "home.open." + role);
    }
  }
}
