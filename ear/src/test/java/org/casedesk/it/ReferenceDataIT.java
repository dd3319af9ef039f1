package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.casedesk.calendar.CalendarDayItem;
import org.casedesk.calendar.CalendarRepository;
import org.casedesk.calendar.CalendarService;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.cases.CaseReadService;
import org.casedesk.cases.IntakeService;
import org.casedesk.cases.RegisterCase;
import org.casedesk.categories.CategoryItem;
import org.casedesk.categories.CategoryService;
import org.casedesk.categories.Channel;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.Login;
import org.casedesk.it.support.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** ADMIN keeps the calendar and the time limits; new cases' due dates follow them. */
@ExtendWith(ArquillianExtension.class)
class ReferenceDataIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.microWarWithSupport(ReferenceDataIT.class);
  }

  @Inject private IntakeService intake;
  @Inject private CaseReadService reads;
  @Inject private CategoryService categoryService;
  @Inject private CalendarService calendarService;
  @Inject private CalendarRepository calendar;
  @Inject private org.casedesk.routing.RoutingService routing;
  @Inject private Login login;

  private LocalDateTime dueOfNewCase(TestData d) {
    login.as(d.helpdesk);
    long id =
        intake.register(
            new RegisterCase(null, null, d.flat, d.categoryWater, Channel.PHONE, "时限测试", true));
    return reads.detail(id).dueAt();
  }

  @Test
  void aHolidaySetByAdminMovesTheDueDatesOfNewCases() {
    TestData d = TestData.create();
    LocalDateTime before = dueOfNewCase(d);
    WorkCalendar current = calendar.load();
    LocalDate nextWorkingDay = LocalDate.now(WorkCalendar.ZONE).plusDays(1);
    while (!current.isWorkingDay(nextWorkingDay)) {
      nextWorkingDay = nextWorkingDay.plusDays(1);
    }
    LocalDate holiday = nextWorkingDay;
    login.as(d.admin);
    calendarService.set(holiday, false, "测试假日");
    try {
      assertThat(calendarService.exceptions(holiday.getYear()))
          .contains(new CalendarDayItem(holiday, false, "测试假日"));
      assertThat(calendar.load().isWorkingDay(holiday)).isFalse();
      LocalDateTime after = dueOfNewCase(d);
      assertThat(after).isAfter(before);
      assertThatThrownBy(() -> calendarService.set(holiday, false, "说".repeat(61)))
          .isInstanceOf(EJBException.class);
      login.as(d.communityOfficial);
      assertThatThrownBy(() -> calendarService.clear(holiday))
          .isInstanceOf(EJBAccessException.class);
    } finally {
      login.as(d.admin);
      calendarService.clear(holiday);
    }
    assertThat(calendar.load().isWorkingDay(holiday)).isTrue();
  }

  @Test
  void aCategoryTimeLimitSetByAdminAppliesToNewCases() {
    TestData d = TestData.create();
    login.as(d.admin);
    int original =
        categoryService.categories().stream()
            .filter(c -> c.id() == d.categoryWater)
            .mapToInt(CategoryItem::limitDays)
            .findFirst()
            .orElseThrow();
    categoryService.setTimeLimit(d.categoryWater, original + 3);
    try {
      LocalDateTime due = dueOfNewCase(d);
      LocalDateTime accepted = LocalDateTime.now(WorkCalendar.ZONE);
      assertThat(due).isEqualTo(calendar.load().dueAfterWorkingDays(accepted, original + 3));
      login.as(d.admin);
      assertThatThrownBy(() -> categoryService.setTimeLimit(d.categoryWater, 61))
          .isInstanceOf(EJBException.class);
      login.as(d.helpdesk);
      assertThatThrownBy(() -> categoryService.setTimeLimit(d.categoryWater, 1))
          .isInstanceOf(EJBAccessException.class);
    } finally {
      login.as(d.admin);
      categoryService.setTimeLimit(d.categoryWater, original);
    }
  }

  @Test
  void routingRulesDecideTheHandlerOfNewCases() {
    TestData d = TestData.create();
    long handler = TestData.queryLong("select id from app_user where username = ?", d.handler);
    long colleague =
        TestData.queryLong("select id from app_user where username = ?", d.gridColleague);
    long other = TestData.queryLong("select id from app_user where username = ?", d.otherHandler);
    // a category no other test uses: 绿化 (greening)
    long greening = TestData.queryLong("select id from category where code = ?", "GREENING");
    java.util.function.LongSupplier handlerOfNewCase =
        () -> {
          login.as(d.helpdesk);
          long id =
              intake.register(
                  new RegisterCase(null, null, d.flat, greening, Channel.PHONE, "树枝遮挡窗户", true));
          return TestData.queryLong("select handler_id from work_case where id = ?", id);
        };
    assertThat(handlerOfNewCase.getAsLong()).as("no rule: the grid's handler").isEqualTo(handler);

    login.as(d.admin);
    routing.route(greening, null, other);
    try {
      assertThat(handlerOfNewCase.getAsLong()).as("the category's rule").isEqualTo(other);
      login.as(d.admin);
      routing.route(greening, d.grid, colleague);
      assertThat(handlerOfNewCase.getAsLong()).as("the grid's rule first").isEqualTo(colleague);
      login.as(d.admin);
      assertThat(routing.rules()).filteredOn(r -> ("测试网格" + d.suffix).equals(r.grid())).hasSize(1);
      assertThatThrownBy(() -> routing.route(greening, d.flat, colleague))
          .isInstanceOf(org.casedesk.shared.BusinessException.class)
          .hasMessageStartingWith("routing.grid.invalid");
      login.as(d.helpdesk);
      assertThatThrownBy(() -> routing.rules()).isInstanceOf(EJBAccessException.class);
    } finally {
      login.as(d.admin);
      routing.rules().stream()
          .filter(r -> r.grid() == null || ("测试网格" + d.suffix).equals(r.grid()))
          .filter(r -> r.category().zh().equals("绿化"))
          .forEach(r -> routing.remove(r.id()));
    }
    assertThat(handlerOfNewCase.getAsLong()).as("rules removed").isEqualTo(handler);
  }
}
