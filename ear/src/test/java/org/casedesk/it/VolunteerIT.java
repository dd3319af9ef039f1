package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.Login;
import org.casedesk.it.support.TestData;
import org.casedesk.members.MemberForm;
import org.casedesk.members.MemberKind;
import org.casedesk.members.MemberService;
import org.casedesk.shared.BusinessException;
import org.casedesk.volunteer.ActivityItem;
import org.casedesk.volunteer.ActivityType;
import org.casedesk.volunteer.NewActivity;
import org.casedesk.volunteer.NewParticipant;
import org.casedesk.volunteer.NewUnitService;
import org.casedesk.volunteer.ServiceItem;
import org.casedesk.volunteer.ServiceType;
import org.casedesk.volunteer.VolunteerService;
import org.casedesk.volunteer.VolunteerTotals;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Item 6 on PostgreSQL: volunteer activities with their participants' hours, unit services with
 * their recipients, the totals per member and unit, who may record and see them, and bad input that
 * saves nothing.
 */
@ExtendWith(ArquillianExtension.class)
class VolunteerIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.microWarWithSupport(VolunteerIT.class);
  }

  @Inject private VolunteerService volunteer;
  @Inject private MemberService members;
  @Inject private Login login;

  private static final LocalDateTime SATURDAY =
      LocalDate.now(WorkCalendar.ZONE).minusDays(2).atTime(8, 30);

  private static void refused(ThrowingCallable call, String key) {
    assertThatThrownBy(call)
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo(key);
  }

  private long member(TestData d, String name) {
    login.as(d.communityOfficial);
    return members.saveMember(
        new MemberForm(
            null,
            0,
            name,
            MemberKind.PARTY_VOLUNTEER,
            "党员志愿者",
            d.unit,
            d.community,
            d.grid,
            SATURDAY.toLocalDate().minusYears(1),
            null));
  }

  private static NewActivity activity(TestData d, Long unit, List<NewParticipant> people) {
    return new NewActivity(
        d.community,
        d.grid,
        ActivityType.COURTYARD_CLEANUP,
        "通渭路楼院清扫" + d.suffix,
        SATURDAY,
        "通渭路3号院",
        unit,
        people);
  }

  private static NewUnitService service(
      TestData d, long unit, ServiceType type, String title, LocalDate day, List<Long> residents) {
    return new NewUnitService(d.community, null, unit, type, title, day, residents);
  }

  private static NewParticipant hours(Long member, Long resident, String name, String hours) {
    return new NewParticipant(member, resident, name, new BigDecimal(hours));
  }

  private static long rows(TestData d) {
    return TestData.queryLong(
            "select count(*) from volunteer_activity where community_id = ?", d.community)
        + TestData.queryLong(
            "select count(*) from activity_participant p join volunteer_activity a"
                + " on a.id = p.activity_id where a.community_id = ?",
            d.community)
        + TestData.queryLong(
            "select count(*) from unit_service where community_id = ?", d.community)
        + TestData.queryLong(
            "select count(*) from service_recipient r join unit_service s on s.id = r.service_id"
                + " where s.community_id = ?",
            d.community);
  }

  @Test
  void anActivityWithThreeKindsOfParticipantsAndAServiceAddUpPerMemberAndUnit() {
    TestData d = TestData.create();
    long member = member(d, "孔令红" + d.suffix);
    long resident = d.resident("赵桂兰" + d.suffix, "13912345678", "");
    long second = d.resident("钱秀英" + d.suffix, "13912345679", "低保户");

    login.as(d.communityOfficial);
    long activity =
        volunteer.createActivity(
            activity(
                d,
                d.unit,
                List.of(
                    hours(member, null, null, "2.5"),
                    hours(null, resident, null, "2"),
                    hours(null, null, "  张志愿 ", "1.5"))));
    assertThat(
            TestData.queryString(
                "select cast(sum(hours) as varchar) from activity_participant where activity_id = ?",
                activity))
        .isEqualTo("6.00");
    assertThat(
            TestData.queryString(
                "select name from activity_participant where activity_id = ? and name is not null",
                activity))
        .isEqualTo("张志愿");

    assertThat(volunteer.residents("赵桂兰" + d.suffix)).hasSize(1);
    long service =
        volunteer.createService(
            service(
                d,
                d.unit,
                ServiceType.FREE_HEALTH_CHECK,
                "社区医院免费体检" + d.suffix,
                SATURDAY.toLocalDate(),
                List.of(resident, second)));

    List<ActivityItem> list = volunteer.activities();
    ActivityItem item = list.stream().filter(a -> a.id() == activity).findFirst().orElseThrow();
    assertThat(item.participants()).isEqualTo(3);
    assertThat(item.hours()).isEqualByComparingTo("6");
    assertThat(item.organiser()).isEqualTo("测试物业" + d.suffix);
    assertThat(item.people())
        .contains(
            "孔令红" + d.suffix + " 2.5h", "张志愿 1.5h", "赵" + "*".repeat(2 + d.suffix.length()) + " 2h")
        .doesNotContain("桂兰");
    assertThat(
            TestData.queryLong(
                "select count(*) from audit_log where resident_id = ? and action = 'VIEW_RESIDENT'"
                    + " and detail = 'volunteer, masked'",
                resident))
        .isEqualTo(1);
    assertThat(volunteer.services())
        .filteredOn(s -> s.id() == service)
        .singleElement()
        .extracting(ServiceItem::recipients)
        .isEqualTo(2L);

    VolunteerTotals ofMember = volunteer.memberTotals(member);
    assertThat(ofMember.hours()).isEqualByComparingTo("2.5");
    assertThat(ofMember.activities()).isEqualTo(1);
    assertThat(ofMember.latest()).extracting(ActivityItem::id).containsExactly(activity);

    VolunteerTotals ofUnit = volunteer.unitTotals(d.unit);
    assertThat(ofUnit.hours()).as("only its members' hours").isEqualByComparingTo("2.5");
    assertThat(ofUnit.services()).isEqualTo(1);
    assertThat(ofUnit.recipients()).isEqualTo(2);
    assertThat(ofUnit.latest()).extracting(ActivityItem::id).containsExactly(activity);

    VolunteerTotals ofOwner = volunteer.unitTotals(d.ownerUnit);
    assertThat(ofOwner.hours()).isEqualByComparingTo("0");
    assertThat(ofOwner.services()).isZero();
    assertThat(ofOwner.latest()).isEmpty();
  }

  @Test
  void helpDeskAndOtherCommunitiesAreRefusedAndHandlersRecordOnlyForTheirUnit() {
    TestData d = TestData.create();
    long member = member(d, "冯德贵" + d.suffix);
    List<NewParticipant> one = List.of(hours(member, null, null, "3"));

    login.as(d.helpdesk);
    assertThatThrownBy(() -> volunteer.createActivity(activity(d, null, one)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> volunteer.activities()).isInstanceOf(EJBAccessException.class);

    login.as(d.otherOfficial);
    refused(() -> volunteer.createActivity(activity(d, null, one)), "committee.notYourCommunity");

    login.as(d.handler);
    long own = volunteer.createActivity(activity(d, null, one));
    assertThat(
            TestData.queryLong(
                "select organiser_unit_id from volunteer_activity where id = ?", own))
        .as("a handler's activity is organised by the handler's unit")
        .isEqualTo(d.unit);
    refused(() -> volunteer.createActivity(activity(d, d.ownerUnit, one)), "volunteer.notYourUnit");
    long resident = d.resident("孙大爷" + d.suffix, "13812345678", "失能");
    refused(
        () ->
            volunteer.createService(
                service(
                    d,
                    d.ownerUnit,
                    ServiceType.HOME_CLINIC,
                    "上门巡诊" + d.suffix,
                    SATURDAY.toLocalDate(),
                    List.of(resident))),
        "volunteer.notYourUnit");

    login.as(d.otherHandler);
    refused(() -> volunteer.createActivity(activity(d, null, one)), "committee.notYourCommunity");

    login.as(d.otherOfficial);
    assertThat(volunteer.activities()).extracting(ActivityItem::id).doesNotContain(own);
    refused(() -> volunteer.memberTotals(member), "member.notFound");
    login.as(d.subdistrictOfficial);
    assertThat(volunteer.activities()).extracting(ActivityItem::id).contains(own);
    assertThat(volunteer.memberTotals(member).hours()).isEqualByComparingTo("3");
  }

  @Test
  void badInputSavesNothing() {
    TestData d = TestData.create();
    long member = member(d, "田秀珍" + d.suffix);
    long stranger = TestData.nextId("resident_seq");
    TestData.update(
        "insert into resident (id, name, phone, id_number, flat_id) values (?, ?, '', '', ?)",
        stranger,
        "外社区居民" + d.suffix,
        d.otherFlat);
    login.as(d.communityOfficial);
    long before = rows(d);

    for (String bad : new String[] {"0", "-1", "24.5", "1.234"}) {
      assertThatThrownBy(
              () ->
                  volunteer.createActivity(
                      activity(
                          d,
                          null,
                          List.of(hours(member, null, null, "2"), hours(null, null, "王", bad)))))
          .as(bad)
          .isInstanceOf(EJBException.class);
    }
    assertThatThrownBy(() -> volunteer.createActivity(activity(d, null, List.of())))
        .isInstanceOf(EJBException.class);
    refused(
        () ->
            volunteer.createActivity(
                new NewActivity(
                    d.community,
                    null,
                    ActivityType.BIKE_TIDYING,
                    "共享单车整理",
                    LocalDateTime.now(WorkCalendar.ZONE).plusDays(2),
                    null,
                    null,
                    List.of(hours(member, null, null, "1")))),
        "volunteer.date.future");
    refused(
        () ->
            volunteer.createActivity(
                activity(
                    d,
                    null,
                    List.of(hours(member, null, null, "2"), hours(null, stranger, null, "2")))),
        "volunteer.resident.invalid");
    refused(
        () -> volunteer.createActivity(activity(d, null, List.of(hours(member, null, "王", "2")))),
        "volunteer.participant.who");
    refused(
        () ->
            volunteer.createActivity(
                activity(
                    d,
                    null,
                    List.of(hours(member, null, null, "2"), hours(member, null, null, "1")))),
        "volunteer.participant.duplicate");
    long resident = d.resident("周阿姨" + d.suffix, "13712345678", "低保户");
    refused(
        () ->
            volunteer.createService(
                service(
                    d,
                    d.unit,
                    ServiceType.FREE_HEALTH_CHECK,
                    "免费体检",
                    SATURDAY.toLocalDate(),
                    List.of(resident, stranger))),
        "volunteer.resident.invalid");
    refused(
        () ->
            volunteer.createService(
                service(
                    d,
                    d.unit,
                    ServiceType.FREE_HEALTH_CHECK,
                    "免费体检",
                    LocalDate.now(WorkCalendar.ZONE).plusDays(3),
                    List.of(resident))),
        "volunteer.date.future");
    assertThatThrownBy(
            () ->
                volunteer.createService(
                    service(
                        d,
                        d.unit,
                        ServiceType.FREE_HEALTH_CHECK,
                        "免费体检",
                        SATURDAY.toLocalDate(),
                        List.of())))
        .isInstanceOf(EJBException.class);
    assertThat(rows(d)).isEqualTo(before);
  }
}
