package org.casedesk.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.casedesk.accounts.BaseService;
import org.casedesk.accounts.UserAccount;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Roles;

/**
 * Photos and documents of a case: JPEG, PNG or PDF up to 5 MiB, recognised by content; images get a
 * thumbnail. Whoever may see a case may see its files.
 */
@Stateless
@RolesAllowed({
  Roles.HELPDESK,
  Roles.HANDLER,
  Roles.COMMUNITY_OFFICIAL,
  Roles.SUBDISTRICT_OFFICIAL,
  Roles.ADMIN
})
public class AttachmentService extends BaseService {

  @Inject private AttachmentRepository attachments;
  @Inject private CaseRepository cases;

  /** Adds a file; the help desk and the case's handler may. Returns the attachment's id. */
  @RolesAllowed({Roles.HELPDESK, Roles.HANDLER})
  public long attach(long caseId, @NotNull String fileName, @NotNull byte[] content) {
    UserAccount me = me();
    WorkCase c = cases.findVisible(caseId, me);
    if (Roles.HANDLER.equals(me.getRole()) && !me.getId().equals(c.getHandlerId())) {
      throw new BusinessException("case.notAssigned");
    }
    if (content.length == 0 || content.length > FileKind.MAX_BYTES) {
      throw new BusinessException("attachment.size", FileKind.MAX_BYTES / (1024 * 1024));
    }
    FileKind kind =
        FileKind.of(content).orElseThrow(() -> new BusinessException("attachment.type"));
    if (kind == FileKind.PDF && PdfActiveContent.refused(content)) {
      throw new BusinessException("attachment.activePdf");
    }
    byte[] thumbnail = null;
    if (kind.isImage()) {
      thumbnail =
          Thumbnails.of(content).orElseThrow(() -> new BusinessException("attachment.corrupt"));
    }
    String name = cleanName(fileName);
    Attachment a =
        new Attachment(c.getId(), me.getId(), now(), name, kind.contentType(), content, thumbnail);
    attachments.add(a);
    cases.acted(c, me, CaseAction.ATTACHED, name);
    cases.flush();
    return a.getId();
  }

  public List<AttachmentItem> list(long caseId) {
    cases.findVisible(caseId, me());
    return attachments.items(caseId);
  }

  /** The file, or its thumbnail; a file of a case the caller may not see looks missing. */
  public FileContent content(long attachmentId, boolean thumbnail) {
    Attachment a = attachments.find(attachmentId);
    if (a == null) {
      throw new BusinessException("attachment.notFound");
    }
    cases.findVisible(a.getCaseId(), me());
    if (thumbnail) {
      if (a.getThumbnail() == null) {
        throw new BusinessException("attachment.notFound");
      }
      return new FileContent("thumb-" + a.getId() + ".jpg", "image/jpeg", a.getThumbnail());
    }
    return new FileContent(a.getFileName(), a.getContentType(), a.getContent());
  }

  /**
   * The file's own name without any path, control or format characters (the bidirectional overrides
   * such as U+202E that make "gpj.exe" read "exe.jpg", zero-width characters) or more than 200
   * characters.
   */
  public static String cleanName(String fileName) {
    String name = fileName.replace('\\', '/');
    name =
        name.substring(name.lastIndexOf('/') + 1)
            .replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Zl}\\p{Zp}]", "")
            .strip();
    if (name.isEmpty()) {
      name = "file";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }
}
