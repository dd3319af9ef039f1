package org.casedesk.web.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocTest {

  private final Object services =
      new Doc.Items(
          "service",
          List.of(
              Doc.object(
                  "service_code",
                  "WATER",
                  "metadata",
                  false,
                  "group",
                  "供水 💧",
                  "keywords",
                  null,
                  "at",
                  OffsetDateTime.of(2026, 12, 1, 9, 30, 0, 0, ZoneOffset.ofHours(8)))));

  @Test
  void jsonIsAnArrayOfObjects() {
    assertThat(Doc.json(services))
        .isEqualTo(
            "[{\"service_code\":\"WATER\",\"metadata\":false,\"group\":\"供水 💧\","
                + "\"keywords\":null,\"at\":\"2026-12-01T09:30:00+08:00\"}]");
  }

  @Test
  void xmlNamesTheRootAndEveryItem() {
    assertThat(Doc.xml("services", services))
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><services><service>"
                + "<service_code>WATER</service_code><metadata>false</metadata>"
                + "<group>供水 💧</group><keywords></keywords>"
                + "<at>2026-12-01T09:30:00+08:00</at></service></services>");
  }

  @Test
  void xmlEscapesText() {
    assertThat(
            Doc.xml("errors", new Doc.Items("error", List.of(Doc.object("description", "<a&b>")))))
        .contains("<description>&lt;a&amp;b&gt;</description>");
  }
}
