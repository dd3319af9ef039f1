package org.casedesk.cases;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A file of a case as the case page lists it. */
public record AttachmentItem(
    long id,
    String fileName,
    String contentType,
    int size,
    LocalDateTime uploadedAt,
    String uploader)
    implements Serializable {

  public boolean isImage() {
    return contentType.startsWith("image/");
  }
}
