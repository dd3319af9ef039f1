package org.casedesk.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The report PDF: a footer with the generation time and page x of y on every page, the trend chart
 * with its legend and labels, footnotes kept together on one page.
 */
class PdfWriterTest {

  @Test
  void everyPageHasTheFooterWithItsNumberAndTheCount() throws Exception {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      rows.add(List.of("单位" + i, String.valueOf(i), "50.0%"));
    }
    byte[] file;
    try (PdfWriter pdf = PdfWriter.landscape("测试")) {
      pdf.footer("生成时间 2026-12-01 10:00", "第 {0} / {1} 页");
      pdf.heading("测试报表");
      pdf.table(List.of("单位", "数", "率"), rows);
      file = pdf.toBytes();
    }
    try (PDDocument document = Loader.loadPDF(file)) {
      int pages = document.getNumberOfPages();
      assertThat(pages).isGreaterThan(1);
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= pages; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertThat(stripper.getText(document))
            .contains("生成时间 2026-12-01 10:00")
            .contains("第 " + page + " / " + pages + " 页");
      }
    }
  }

  @Test
  void theTrendChartShowsItsLegendAndEveryLabel() throws Exception {
    List<String> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      months.add("2026年" + m + "月");
    }
    Map<String, List<Long>> series = new LinkedHashMap<>();
    series.put("受理量", List.of(10L, 12L, 9L, 15L, 30L, 22L, 18L, 17L, 21L, 25L, 19L, 8L));
    series.put("办结量", List.of(8L, 11L, 9L, 13L, 26L, 22L, 17L, 15L, 20L, 24L, 19L, 3L));
    byte[] file;
    try (PdfWriter pdf = PdfWriter.landscape("测试")) {
      pdf.heading("受理与办结趋势");
      pdf.lineChart(months, series);
      file = pdf.toBytes();
    }
    try (PDDocument document = Loader.loadPDF(file)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("受理量", "办结量", "0", "40");
      months.forEach(m -> assertThat(text).contains(m));
    }
    assertThat(PdfWriter.niceStep(30 / 4.0)).isEqualTo(10);
    assertThat(PdfWriter.niceStep(0.25)).isEqualTo(1);
    assertThat(PdfWriter.niceStep(1200 / 4.0)).isEqualTo(500);
  }

  @Test
  void footnotesThatDoNotFitAtTheFootOfAPageStartTheNextOneTogether() throws Exception {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      rows.add(List.of("单位" + i, String.valueOf(i)));
    }
    List<String> notes = List.of("注1：无效诉求不计入办结率。", "注2：按时办结以受理时起算。", "注3：满意率以回访为准。");
    byte[] file;
    try (PdfWriter pdf = PdfWriter.landscape("测试")) {
      pdf.table(List.of("单位", "数"), rows);
      pdf.keptTogether(notes);
      file = pdf.toBytes();
    }
    try (PDDocument document = Loader.loadPDF(file)) {
      PDFTextStripper stripper = new PDFTextStripper();
      int withNotes = 0;
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(document);
        long found = notes.stream().filter(text::contains).count();
        assertThat(found).as("page " + page).isIn(0L, (long) notes.size());
        withNotes += found > 0 ? 1 : 0;
      }
      assertThat(withNotes).isEqualTo(1);
    }
  }
}
