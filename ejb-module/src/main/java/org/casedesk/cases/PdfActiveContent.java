package org.casedesk.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Whether a PDF carries JavaScript or actions that run by themselves. Every object of the file is
 * read (also those packed into object streams) and refused when it is a JavaScript or Launch action
 * (whatever triggers it: /OpenAction, an annotation, a form field), holds script (/JS, /JavaScript
 * name tree) or additional actions (/AA, run on opening a page, a field …). An encrypted PDF is
 * refused (it cannot be checked); one PDFBox cannot parse is searched for those names in its raw
 * bytes, as a lenient viewer might still open it.
 */
final class PdfActiveContent {

  private static final Set<COSName> ACTIVE_KEYS =
      Set.of(COSName.JS, COSName.JAVA_SCRIPT, COSName.AA);
  private static final Set<COSName> ACTIVE_ACTIONS =
      Set.of(COSName.JAVA_SCRIPT, COSName.getPDFName("Launch"), COSName.getPDFName("ImportData"));

  private static final Pattern RAW_ACTIVE =
      Pattern.compile("/(JS|JavaScript|AA|Launch|ImportData)(?![A-Za-z0-9#])");

  private PdfActiveContent() {}

  /** {@code true} when the file is active or cannot be checked. */
  static boolean refused(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      if (document.isEncrypted()) {
        return true;
      }
      COSDocument cos = document.getDocument();
      for (COSObjectKey key : cos.getXrefTable().keySet()) {
        COSObject object = cos.getObjectFromPool(key);
        if (object != null && active(object.getObject())) {
          return true;
        }
      }
      return active(document.getDocumentCatalog().getCOSObject());
    } catch (IOException | RuntimeException e) {
      return RAW_ACTIVE.matcher(new String(pdf, StandardCharsets.ISO_8859_1)).find();
    }
  }

  private static boolean active(COSBase object) {
    if (!(object instanceof COSDictionary dictionary)) {
      return false;
    }
    for (COSName key : dictionary.keySet()) {
      if (ACTIVE_KEYS.contains(key)) {
        return true;
      }
    }
    COSBase type = dictionary.getDictionaryObject(COSName.S);
    return type instanceof COSName action && ACTIVE_ACTIONS.contains(action);
  }
}
