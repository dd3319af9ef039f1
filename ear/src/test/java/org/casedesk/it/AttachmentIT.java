package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.casedesk.cases.AttachmentItem;
import org.casedesk.cases.AttachmentService;
import org.casedesk.cases.CaseAction;
import org.casedesk.cases.CaseReadService;
import org.casedesk.cases.FileContent;
import org.casedesk.cases.HistoryItem;
import org.casedesk.cases.IntakeService;
import org.casedesk.cases.RegisterCase;
import org.casedesk.categories.Channel;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.Login;
import org.casedesk.it.support.TestData;
import org.casedesk.shared.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Photos and documents on PostgreSQL: type by content, size limit, thumbnails, who may see. */
@ExtendWith(ArquillianExtension.class)
class AttachmentIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.microWarWithSupport(AttachmentIT.class);
  }

  @Inject private IntakeService intake;
  @Inject private CaseReadService reads;
  @Inject private AttachmentService attachments;
  @Inject private Login login;

  static byte[] png(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < width; x++) {
      image.setRGB(x, x % height, 0x3366cc);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static void assertRefused(Runnable call, String key) {
    assertThatThrownBy(call::run).isInstanceOf(BusinessException.class).hasMessageStartingWith(key);
  }

  @Test
  void photosAndPdfsAreStoredWithThumbnailsAndEverythingElseIsRefused() throws IOException {
    TestData d = TestData.create();
    login.as(d.helpdesk);
    long id =
        intake.register(
            new RegisterCase(null, null, d.flat, d.categoryWater, Channel.PHONE, "墙体渗水", true));

    login.as(d.handler);
    long photo = attachments.attach(id, "C:\\照片\\渗水位置.png", png(800, 600));
    byte[] pdf =
        "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    long document = attachments.attach(id, "维修报价.pdf", pdf);

    assertThat(attachments.list(id))
        .extracting(AttachmentItem::fileName, AttachmentItem::contentType, AttachmentItem::isImage)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("渗水位置.png", "image/png", true),
            org.assertj.core.groups.Tuple.tuple("维修报价.pdf", "application/pdf", false));
    FileContent thumb = attachments.content(photo, true);
    assertThat(thumb.contentType()).isEqualTo("image/jpeg");
    BufferedImage small = ImageIO.read(new java.io.ByteArrayInputStream(thumb.bytes()));
    assertThat(Math.max(small.getWidth(), small.getHeight())).isEqualTo(160);
    assertThat(attachments.content(document, false).bytes()).isEqualTo(pdf);
    assertRefused(() -> attachments.content(document, true), "attachment.notFound");
    assertThat(reads.detail(id).history())
        .filteredOn(h -> h.action() == CaseAction.ATTACHED)
        .extracting(HistoryItem::note)
        .containsExactly("渗水位置.png", "维修报价.pdf");

    byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII);
    assertRefused(() -> attachments.attach(id, "photo.png", script), "attachment.type");
    byte[] brokenPng = Arrays.copyOf(png(10, 10), 40);
    assertRefused(() -> attachments.attach(id, "broken.png", brokenPng), "attachment.corrupt");
    byte[] huge = Arrays.copyOf(pdf, 5 * 1024 * 1024 + 1);
    assertRefused(() -> attachments.attach(id, "huge.pdf", huge), "attachment.size");
    assertRefused(() -> attachments.attach(id, "empty.pdf", new byte[0]), "attachment.size");
    assertThat(attachments.list(id)).hasSize(2);

    login.as(d.otherHandler);
    assertRefused(() -> attachments.list(id), "case.notFound");
    assertRefused(() -> attachments.content(photo, false), "case.notFound");
    login.as(d.otherOfficial);
    assertRefused(() -> attachments.content(photo, true), "case.notFound");
    login.as(d.communityOfficial);
    assertThat(attachments.content(photo, false).bytes()).startsWith((byte) 0x89, (byte) 'P');
    assertThatThrownBy(() -> attachments.attach(id, "x.pdf", pdf))
        .isInstanceOf(jakarta.ejb.EJBAccessException.class);
  }
}
