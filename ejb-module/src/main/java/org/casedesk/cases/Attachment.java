package org.casedesk.cases;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A file attached to a case. Immutable once stored. */
@Entity
@Table(name = "case_attachment")
public class Attachment {

  @Id
  @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private Long caseId;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private Long uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private LocalDateTime uploadedAt;

  @Column(name = "file_name", nullable = false, length = 200, updatable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 100, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private int size;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(updatable = false)
  private byte[] thumbnail;

  protected Attachment() {}

  public Attachment(
      Long caseId,
      Long uploadedBy,
      LocalDateTime uploadedAt,
      String fileName,
      String contentType,
      byte[] content,
      byte[] thumbnail) {
    this.caseId = caseId;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
    this.fileName = fileName;
    this.contentType = contentType;
    this.size = content.length;
    this.content = content;
    this.thumbnail = thumbnail;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public int getSize() {
    return size;
  }

  public byte[] getContent() {
    return content;
  }

  public byte[] getThumbnail() {
    return thumbnail;
  }
}
