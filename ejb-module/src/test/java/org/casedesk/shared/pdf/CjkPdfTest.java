package org.casedesk.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CjkPdfTest {

  @Test
  void chineseTextIsEmbeddedAndCanBeReadBack() throws Exception {
    String longText = "居民反映楼道灯不亮，".repeat(40);
    byte[] pdf =
        CjkPdf.create("社工委会议纪要")
            .heading("议题一：贤后街15号楼院供水")
            .field("决议", "由兰州安居物业公司更换三楼阀门")
            .field("空值", null)
            .paragraph(longText + "\u0007")
            .toBytes();
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("社工委会议纪要", "议题一：贤后街15号楼院供水", "决议：由兰州安居物业公司更换三楼阀门", "空值：—");
      assertThat(text.replaceAll("\\s", "")).contains(longText.replaceAll("\\s", ""));
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("社工委会议纪要");
    }
    assertThat(pdf.length).as("a subset, not the whole 4 MB font").isLessThan(200_000);
  }
}
