package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casedesk.it.support.Browser;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In real Chromium: a community official opens the report, chooses another period in the form,
 * drills down from a figure into the case search, and downloads the XLSX, CSV and PDF exports,
 * which are opened and read here (POI, PDFBox).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource private URL baseUrl;

  @Test
  void officialOpensTheReportDrillsDownAndDownloadsEachExport() throws Exception {
    TestData d = TestData.create();
    String unitName = "测试物业" + d.suffix;
    // April 2026: one accepted and closed case of the test unit; March: two accepted
    insertDaily(d, LocalDate.of(2026, 4, 15), 1, 1);
    insertDaily(d, LocalDate.of(2026, 3, 10), 2, 0);
    reported(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30));
    String caseNo = "RPT" + d.suffix;
    TestData.update(
        "insert into work_case (id, case_no, flat_id, grid_id, community_id, category_id, channel,"
            + " description, state, handler_id, created_by, accepted_at, closed_at, location_id)"
            + " values (nextval('case_seq'), ?, ?, ?, ?, 2, 'PHONE', '报表下钻测试', 'CLOSED',"
            + " (select id from app_user where username = ?), (select id from app_user where username = ?),"
            + " ?, ?, ?)",
        caseNo,
        d.flat,
        d.grid,
        d.community,
        d.handler,
        d.helpdesk,
        LocalDate.of(2026, 4, 15).atTime(10, 0),
        LocalDate.of(2026, 4, 16).atTime(9, 0),
        d.flat);
    insertFact(d, LocalDate.of(2026, 4, 15), caseNo, "ACCEPTED", 0);

    try (Browser browser = new Browser(baseUrl.toString())) {
      browser.login(d.communityOfficial, TestData.PASSWORD);
      browser.open(
          "reports/report.xhtml?type=WEEK&day=2026-04-15&level=COMMUNITY&community="
              + d.community
              + "&by=UNIT");
      browser.waitForTextContaining("reportTitle", "2026-W16");
      // the form: the month containing the picked day, at its own address
      browser.select("reportForm:type", "月");
      browser.pickDate("reportForm:day", LocalDate.of(2026, 4, 20));
      browser.click("reportForm:show");
      browser.waitForUrl("type=MONTH");
      browser.waitForTextContaining("reportTitle", "2026-04");
      assertThat(browser.text("table-breakdown")).contains(unitName);
      assertThat(browser.text("table-summary")).contains("受理量").contains("-50.0%");
      browser.screenshot("report");
      assertThat(browser.text("footnotes"))
          .contains("Asia/Shanghai")
          .contains("24:00")
          .contains("—");

      // downloads of the report as shown
      Browser.Download xlsx = browser.download("exportXlsx");
      assertThat(xlsx.status()).isEqualTo(200);
      assertThat(xlsx.disposition()).contains("2026-04.xlsx");
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
        // Sheet names in the UI language
        assertThat(book.getSheet("本期概况")).isNotNull();
        Sheet sheet = book.getSheet("按责任单位");
        Row unitRow = null;
        for (Row row : sheet) {
          if (unitName.equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
            unitRow = row;
          }
        }
        assertThat(unitRow).as("the unit's row in the XLSX").isNotNull();
        assertThat(unitRow.getCell(1).getNumericCellValue()).isEqualTo(1.0); // accepted
        assertThat(unitRow.getCell(2).getNumericCellValue()).isEqualTo(1.0); // closed
        // rates are numbers shown as percentages, not text
        org.apache.poi.ss.usermodel.Cell rate = null;
        for (org.apache.poi.ss.usermodel.Cell cell : unitRow) {
          if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
              && cell.getCellStyle().getDataFormatString().contains("%")) {
            rate = cell;
          }
        }
        assertThat(rate).as("a rate cell in the unit's row").isNotNull();
        assertThat(rate.getNumericCellValue()).isBetween(0.0, 1.0);
        assertThat(new DataFormatter().formatCellValue(rate)).endsWith("%");
      }

      Browser.Download csv = browser.download("exportCsv");
      assertThat(csv.status()).isEqualTo(200);
      assertThat(Arrays.copyOf(csv.body(), 3))
          .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
      String csvText = new String(csv.body(), StandardCharsets.UTF_8);
      assertThat(csvText).contains(unitName).contains("按责任单位");
      // 受理量 fell from 2 to 1: the change is a number, so no formula guard
      assertThat(csvText).contains(",-50.0%,").doesNotContain(",'-50.0%,");

      Browser.Download pdf = browser.download("exportPdf");
      assertThat(pdf.status()).isEqualTo(200);
      assertThat(pdf.contentType()).startsWith("application/pdf");
      try (PDDocument document = Loader.loadPDF(pdf.body())) {
        String text = new PDFTextStripper().getText(document);
        assertThat(text).contains("诉求办理统计报表").contains("按责任单位").contains(unitName);
        // Every page says when it was made and which page of how many it is
        int pages = document.getNumberOfPages();
        assertThat(text).contains("生成时间 ").contains("第 " + pages + " / " + pages + " 页");
        // the trend chart with its legend
        assertThat(text).contains("近 12 个周期受理量与办结量").contains("受理量").contains("办结量");
      }

      // drill down: the unit's 受理量 opens the case search with the matching filter
      browser.clickCss("#table-breakdown a.cd-drill");
      browser.waitForUrl("search/cases.xhtml");
      assertThat(browser.currentUrl())
          .contains("figure=ACCEPTED")
          .contains("unit=" + d.unit)
          .contains("figureFrom=2026-04-01");
      browser.waitForTextContaining("searchForm:results", caseNo);
      browser.screenshot("report-drill-down");
    }
  }

  @Test
  void officialOpensAUnitsClosedLateFigureAndGetsExactlyItsCases() {
    TestData d = TestData.create();
    String unitName = "测试物业" + d.suffix;
    LocalDate day = LocalDate.of(2026, 5, 13);
    reported(LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 17));
    // the unit's day: three closed, one on time; so 超时办结 = 2
    TestData.update(
        "insert into report_daily (report_day, category_id, channel, grid_id, community_id,"
            + " unit_id, accepted, repeated, answered, closed, closed_on_time, followed_up,"
            + " satisfied, dissatisfied, sent_back, handling_hours, due, due_resolved,"
            + " due_overdue, dispatched, signed_on_time, execution_id)"
            + " values (?, 2, 'PHONE', ?, ?, ?, 0, 0, 0, 3, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)",
        day,
        d.grid,
        d.community,
        d.unit);
    String prefix = "RPL" + d.suffix + "-";
    for (int i = 1; i <= 3; i++) {
      String caseNo = prefix + i;
      TestData.update(
          "insert into work_case (id, case_no, flat_id, grid_id, community_id, category_id,"
              + " channel, description, state, handler_id, created_by, accepted_at, closed_at,"
              + " location_id)"
              + " values (nextval('case_seq'), ?, ?, ?, ?, 2, 'PHONE', '超时办结下钻', 'CLOSED',"
              + " (select id from app_user where username = ?),"
              + " (select id from app_user where username = ?), ?, ?, ?)",
          caseNo,
          d.flat,
          d.grid,
          d.community,
          // the third case changed hands after the day's run: it counts where it was frozen
          i == 3 ? d.helpdesk : d.handler,
          d.helpdesk,
          day.minusDays(5).atTime(9, 0),
          day.atTime(15, 0),
          d.flat);
      insertFact(d, day, caseNo, "CLOSED", i == 1 ? 1 : 0);
    }

    try (Browser browser = new Browser(baseUrl.toString())) {
      browser.login(d.communityOfficial, TestData.PASSWORD);
      browser.open(
          "reports/report.xhtml?type=WEEK&day=2026-05-13&level=COMMUNITY&community="
              + d.community
              + "&by=UNIT");
      browser.waitForTextContaining("reportTitle", "2026-W20");
      // 单位 | 受理量 | 办结量 | 派遣数 | 按时办结 | 超时办结: the unit's 超时办结 link
      String closedLate =
          "//table[@id='table-breakdown']//tr[td[1][normalize-space()='" + unitName + "']]/td[6]/a";
      browser.waitForXpath(closedLate);
      browser.clickXpath(closedLate);
      browser.waitForUrl("figure=CLOSED_LATE");
      browser.waitForTextContaining("searchForm:results", prefix + "3");
      String list = browser.text("searchForm:results");
      long rows = list.lines().filter(line -> line.contains(prefix)).count();
      assertThat(rows).as("rows of the list").isEqualTo(2);
      assertThat(list).contains(prefix + "2").contains(prefix + "3").doesNotContain(prefix + "1");
      assertThat(browser.text("searchForm:figureFilter")).contains("超时办结");
      browser.screenshot("report-closed-late");
    }
  }

  /** Marks the days as run by the report job, so that their periods are complete. */
  private static void reported(LocalDate first, LocalDate last) {
    TestData.update(
        "insert into report_run (report_day, execution_id, row_count, finished_at, reason)"
            + " select cast(g as date), -1, 0, now(), 'MANUAL' from generate_series(cast(? as"
            + " date), cast(? as date), interval '1' day) g where not exists (select 1 from"
            + " report_run r where r.report_day = cast(g as date) and r.execution_id = -1)",
        first,
        last);
  }

  /** A per-case fact of the report job for the test's case {@code caseNo}. */
  private static void insertFact(
      TestData d, LocalDate day, String caseNo, String kind, int closedOnTime) {
    boolean closed = kind.equals("CLOSED");
    TestData.update(
        "insert into report_case_fact (report_day, case_id, kind, category_id, channel, grid_id,"
            + " community_id, unit_id, accepted, repeated, answered, closed, closed_on_time,"
            + " followed_up, satisfied, dissatisfied, sent_back, handling_hours, due,"
            + " due_resolved, due_overdue, dispatched, signed_on_time, execution_id)"
            + " select ?, id, ?, 2, 'PHONE', ?, ?, ?, ?, 0, 0, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0,"
            + " 0, -1 from work_case where case_no = ?",
        day,
        kind,
        d.grid,
        d.community,
        d.unit,
        closed ? 0 : 1,
        closed ? 1 : 0,
        closedOnTime,
        caseNo);
  }

  private static void insertDaily(TestData d, LocalDate day, long accepted, long closed) {
    TestData.update(
        "insert into report_daily (report_day, category_id, channel, grid_id, community_id,"
            + " unit_id, accepted, repeated, answered, closed, closed_on_time, followed_up,"
            + " satisfied, dissatisfied, sent_back, handling_hours, due, due_resolved,"
            + " due_overdue, dispatched, signed_on_time, execution_id)"
            + " values (?, 2, 'PHONE', ?, ?, ?, ?, 0, 0, ?, ?, 0, 0, 0, 0, 0, ?, ?, 0, ?, ?, 0)",
        day,
        d.grid,
        d.community,
        d.unit,
        accepted,
        closed,
        closed,
        closed,
        closed,
        accepted,
        accepted);
  }
}
