package org.casedesk.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Issue 11: the table PDF has a footer with the generation time and page x of y on every page. */
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
}
