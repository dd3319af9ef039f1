package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.casedesk.cases.AttachmentItem;
import org.casedesk.cases.AttachmentService;
import org.casedesk.cases.CaseReadService;
import org.casedesk.cases.CaseState;
import org.casedesk.cases.HandlingService;
import org.casedesk.cases.IntakeService;
import org.casedesk.cases.RegisterCase;
import org.casedesk.categories.Channel;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.Login;
import org.casedesk.it.support.TestData;
import org.casedesk.residents.NewResident;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.IdNumbers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Through the real services on PostgreSQL: active PDFs and disguised file names, and two people
 * resolving one case at the same moment.
 */
@ExtendWith(ArquillianExtension.class)
class InputSecurityIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.microWarWithSupport(InputSecurityIT.class, AttachmentIT.class);
  }

  @Inject private IntakeService intake;
  @Inject private HandlingService handling;
  @Inject private CaseReadService reads;
  @Inject private AttachmentService attachments;
  @Inject private Login login;
  @Resource private ManagedExecutorService executor;

  private long caseOf(TestData d) {
    login.as(d.helpdesk);
    return intake.register(
        new RegisterCase(null, null, d.flat, d.categoryWater, Channel.PHONE, "楼道灯不亮", true));
  }

  /** The message templates of the validation that refused a call (wherever it was refused). */
  private static List<String> refusal(Runnable call) {
    Throwable e = catchThrowable(call::run);
    while (e != null && !(e instanceof ConstraintViolationException)) {
      e = e.getCause();
    }
    assertThat(e).as("refused by validation").isNotNull();
    return ((ConstraintViolationException) e)
        .getConstraintViolations().stream().map(ConstraintViolation::getMessageTemplate).toList();
  }

  private static RegisterCase byResident(TestData d, String name, String idNumber, String text) {
    return new RegisterCase(
        null,
        new NewResident(name, null, idNumber),
        d.flat,
        d.categoryWater,
        Channel.PHONE,
        text,
        false);
  }

  /**
   * Text over a field's limit is refused with that field's message, never cut, on the entry
   * screen's service and the case's actions; an ID number with an impossible birth date is refused
   * like one with a wrong check digit. Nothing is saved.
   */
  @Test
  void tooLongTextAndImpossibleBirthDatesAreRefusedNotCut() {
    TestData d = TestData.create();
    login.as(d.helpdesk);
    assertThat(refusal(() -> intake.register(byResident(d, "王".repeat(1_000), null, "楼道漏水"))))
        .containsExactly("{resident.name.size}");
    assertThat(refusal(() -> intake.register(byResident(d, "王建国", null, "漏".repeat(10_000)))))
        .containsExactly("{case.description.size}");
    String first17 = "62010220260230123";
    String impossible = first17 + IdNumbers.checkDigit(first17);
    assertThat(refusal(() -> intake.register(byResident(d, "王建国", impossible, "楼道漏水"))))
        .containsExactly("{resident.id.checkDigit}");
    assertThat(TestData.queryLong("select count(*) from resident where id_number = ?", impossible))
        .isZero();

    long id = caseOf(d);
    login.as(d.handler);
    long version = reads.detail(id).version();
    String tooLong = "已上门".repeat(700);
    assertThat(refusal(() -> handling.addNote(id, version, tooLong)))
        .containsExactly("{case.note.size}");
    assertThat(refusal(() -> handling.returnCase(id, version, tooLong)))
        .containsExactly("{case.reason.size}");
    assertThat(
            refusal(
                () ->
                    handling.recordVisit(
                        id, version, LocalDateTime.now().minusHours(1), "楼道", tooLong)))
        .containsExactly("{visit.findings.size}");
    assertThat(reads.detail(id).version()).isEqualTo(version);
    assertThat(reads.detail(id).state()).isEqualTo(CaseState.DISPATCHED);
  }

  /** A one-page PDF, changed by {@code change}, saved as PDFBox saves (with object streams). */
  private static byte[] pdf(Consumer<PDDocument> change) throws IOException {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      change.accept(document);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void pdfsWithJavaScriptOrAutoRunActionsAreRefused() throws IOException {
    TestData d = TestData.create();
    long id = caseOf(d);
    List<byte[]> active =
        List.of(
            pdf(
                doc ->
                    doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)"))),
            pdf(doc -> doc.getDocumentCatalog().setOpenAction(new PDActionLaunch())),
            pdf(doc -> doc.getPage(0).getCOSObject().setItem(COSName.AA, new COSDictionary())),
            pdf(
                doc -> {
                  COSDictionary names = new COSDictionary();
                  names.setItem(COSName.JAVA_SCRIPT, new COSDictionary());
                  doc.getDocumentCatalog().getCOSObject().setItem(COSName.NAMES, names);
                }),
            "%PDF-1.4\n1 0 obj<</S/JavaScript/JS(app.alert(1))>>endobj\n%%EOF".getBytes());
    for (byte[] pdf : active) {
      assertThatThrownBy(() -> attachments.attach(id, "报价.pdf", pdf))
          .isInstanceOf(BusinessException.class)
          .hasMessageStartingWith("attachment.activePdf");
    }
    // Opening at the first page is no script: accepted.
    byte[] plain =
        pdf(
            doc -> {
              PDActionGoTo goTo = new PDActionGoTo();
              PDPageFitDestination first = new PDPageFitDestination();
              first.setPage(doc.getPage(0));
              goTo.setDestination(first);
              doc.getDocumentCatalog().setOpenAction(goTo);
            });
    attachments.attach(id, "报价.pdf", plain);
    assertThat(attachments.list(id)).extracting(AttachmentItem::fileName).containsExactly("报价.pdf");
  }

  @Test
  void controlAndBidirectionalCharactersAreRemovedFromFileNames() throws IOException {
    TestData d = TestData.create();
    long id = caseOf(d);
    attachments.attach(id, "照片\u202Egnp.exe", AttachmentIT.png(20, 20));
    attachments.attach(id, "a\u200B\u2066b\u0007c\u2028.png", AttachmentIT.png(20, 20));
    assertThat(attachments.list(id))
        .extracting(AttachmentItem::fileName)
        .containsExactly("照片gnp.exe", "abc.png");
  }

  @Test
  void theSecondOfTwoSimultaneousResolutionsAlwaysGetsTheConflict() throws Exception {
    TestData d = TestData.create();
    for (int round = 0; round < 3; round++) {
      long id = caseOf(d);
      login.as(d.handler);
      handling.addNote(id, reads.detail(id).version(), "已上门查看"); // 办理中: resolvable
      long version = reads.detail(id).version();
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> outcomes = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        String reply = "已修复 " + i;
        outcomes.add(
            executor.submit(
                () -> {
                  start.await();
                  try {
                    handling.resolve(id, version, reply);
                    return "resolved";
                  } catch (BusinessException e) {
                    return e.getMessageKey();
                  } catch (RuntimeException e) {
                    return e.getClass().getName() + ": " + e.getMessage();
                  }
                }));
      }
      start.countDown();
      List<String> results = new ArrayList<>();
      for (Future<String> outcome : outcomes) {
        results.add(outcome.get());
      }
      assertThat(results)
          .as("round " + round)
          .containsExactlyInAnyOrder("resolved", "case.conflict");
      assertThat(reads.detail(id).state()).isEqualTo(CaseState.RESOLVED);
    }
  }
}
