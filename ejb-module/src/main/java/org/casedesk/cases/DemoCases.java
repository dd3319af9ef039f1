package org.casedesk.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaNode;
import org.casedesk.calendar.CalendarRepository;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.categories.Category;
import org.casedesk.categories.Channel;
import org.casedesk.residents.Resident;

/**
 * Generates demo cases spread over every state and the last 90 days, each with the history it would
 * have had. Used only by the demo data loader; joins its transaction.
 */
@ApplicationScoped
public class DemoCases {

  private static final String[] PROBLEMS = {
    "楼上住户反映四楼以上停水，怀疑三楼老化阀门漏水",
    "小区门口共享单车乱停放，影响出行",
    "楼道堆放杂物，存在消防隐患",
    "邻居装修噪音扰民，协商未果",
    "独居老人希望安排助餐服务",
    "希望社区组织免费体检",
    "路灯损坏，夜间出行不便",
    "绿化带树木遮挡采光，申请修剪",
    "咨询低保申请所需材料",
    "院内化粪池堵塞外溢"
  };

  @PersistenceContext private EntityManager em;
  @Inject private CalendarRepository calendar;
  @Inject private Clock clock;

  public int generate(
      Random random,
      int count,
      List<Resident> residents,
      List<AreaNode> flats,
      UserAccount helpdesk,
      List<UserAccount> handlers) {
    WorkCalendar cal = calendar.load();
    List<Category> categories =
        em.createQuery("select c from Category c", Category.class).getResultList();
    LocalDateTime now = LocalDateTime.now(clock);
    CaseState[] targets = CaseState.values();
    for (int i = 0; i < count; i++) {
      Resident resident = residents.get(random.nextInt(residents.size()));
      AreaNode flat =
          flats.stream()
              .filter(f -> f.getId().equals(resident.getFlatId()))
              .findFirst()
              .orElseThrow();
      Category category = categories.get(random.nextInt(categories.size()));
      LocalDateTime t =
          now.minusDays(random.nextInt(90))
              .withHour(8 + random.nextInt(9))
              .withMinute(random.nextInt(60));
      if (t.isAfter(now)) {
        t = now.minusMinutes(5);
      }
      WorkCase c =
          new WorkCase(
              resident.getId(),
              flat,
              null,
              category.getId(),
              Channel.values()[random.nextInt(Channel.values().length)],
              PROBLEMS[random.nextInt(PROBLEMS.length)],
              helpdesk.getId(),
              t);
      accept(c, helpdesk, t);
      // Older cases are mostly closed; the target state is drawn so that every state occurs.
      CaseState target =
          i < targets.length
              ? targets[i]
              : (t.isBefore(now.minusDays(20))
                  ? CaseState.CLOSED
                  : targets[random.nextInt(targets.length)]);
      walk(c, target, t, now, random, cal, helpdesk, handlers, category);
      if (i % 17 == 5 && c.getState().isOpen() && c.getState() != CaseState.ACCEPTED) {
        // a neighbour called about the same problem: merged into this case (合并)
        Resident neighbour = residents.get(random.nextInt(residents.size()));
        LocalDateTime at = t.plusMinutes(90).isAfter(now) ? now : t.plusMinutes(90);
        em.persist(
            new CaseCaller(
                c.getId(),
                neighbour.getId(),
                false,
                Channel.PHONE,
                "邻居来电反映同一问题：" + c.getDescription(),
                helpdesk.getId(),
                at));
        em.persist(
            new CaseHistory(
                c.getId(),
                helpdesk.getId(),
                at,
                c.getState(),
                c.getState(),
                CaseAction.CALLER_MERGED,
                "邻居来电反映同一问题"));
      }
    }
    em.flush();
    return count;
  }

  /**
   * Requests about public places, anonymous: at each place a few over the last 60 days, and at the
   * first (通渭路小学校门) the school-gate traffic reported again within 30 days (a repeat).
   */
  public int atPublicPlaces(
      Random random, List<AreaNode> places, UserAccount helpdesk, List<UserAccount> handlers) {
    WorkCalendar cal = calendar.load();
    Category traffic = em.find(Category.class, 3L);
    Category sanitation = em.find(Category.class, 4L);
    Category light = em.find(Category.class, 19L);
    LocalDateTime now = LocalDateTime.now(clock);
    int count = 0;
    for (int i = 0; i < places.size(); i++) {
      AreaNode place = places.get(i);
      Object[][] requests =
          i == 0
              ? new Object[][] {
                {traffic, "上下学时段校门口接送车辆乱停，交通拥堵", "校门东侧", 40},
                {traffic, "放学时校门口车辆堵塞，学生过马路危险", "校门东侧", 12},
                {traffic, "校门口早高峰仍然拥堵，希望安排交警疏导", null, 2}
              }
              : new Object[][] {
                {sanitation, "路边垃圾堆积无人清运", null, 5 + random.nextInt(50)},
                {light, "夜间路灯不亮", null, 1 + random.nextInt(20)}
              };
      for (Object[] r : requests) {
        Category category = (Category) r[0];
        LocalDateTime t =
            now.minusDays((Integer) r[3]).withHour(8 + random.nextInt(9)).withMinute(30);
        if (t.isAfter(now)) {
          t = now.minusMinutes(5);
        }
        WorkCase c =
            new WorkCase(
                null,
                place,
                (String) r[2],
                category.getId(),
                Channel.PHONE,
                (String) r[1],
                helpdesk.getId(),
                t);
        c.markAnonymous(true);
        accept(c, helpdesk, t);
        CaseState target =
            t.isBefore(now.minusDays(20))
                ? CaseState.CLOSED
                : (random.nextBoolean() ? CaseState.HANDLING : CaseState.DISPATCHED);
        walk(c, target, t, now, random, cal, helpdesk, handlers, category);
        count++;
      }
    }
    em.flush();
    return count;
  }

  /** 受理: saves the case, numbers it and writes its first history row. */
  private void accept(WorkCase c, UserAccount helpdesk, LocalDateTime t) {
    em.persist(c);
    em.flush(); // history rows refer to the case by id
    c.numberAs(
        t.format(DateTimeFormatter.ofPattern("yyyyMMdd"))
            + "-"
            + String.format("%06d", c.getId() % 1_000_000));
    history(c, helpdesk, t, null, CaseState.ACCEPTED, null);
  }

  private void walk(
      WorkCase c,
      CaseState target,
      LocalDateTime start,
      LocalDateTime now,
      Random random,
      WorkCalendar cal,
      UserAccount helpdesk,
      List<UserAccount> handlers,
      Category category) {
    if (target == CaseState.ACCEPTED) {
      return;
    }
    if (target == CaseState.ANSWERED) {
      step(c, helpdesk, start.plusMinutes(10), CaseState.ANSWERED, "已当场答复");
      return;
    }
    if (target == CaseState.INVALID) {
      // 不予受理 at the desk: a reason of the seeded list (ids 1–4), with the history row
      long reason = 1 + random.nextInt(4);
      LocalDateTime at = start.plusMinutes(10).isAfter(now) ? now : start.plusMinutes(10);
      c.markInvalid(reason, "经核实不予受理", at);
      em.persist(
          new CaseHistory(
              c.getId(),
              helpdesk.getId(),
              at,
              CaseState.ACCEPTED,
              CaseState.INVALID,
              CaseAction.MARKED_INVALID,
              em.find(CaseReason.class, reason).getNameZh() + "：经核实不予受理"));
      return;
    }
    UserAccount handler =
        handlers.stream()
            .filter(h -> h.getGridId().equals(c.getGridId()))
            .findFirst()
            .orElse(handlers.get(0));
    LocalDateTime t = start.plusMinutes(5);
    c.dispatchTo(handler.getId(), t, Deadlines.of(start, t, category.getLimit(), category, cal));
    step(c, helpdesk, t, CaseState.DISPATCHED, handler.getDisplayName());
    if (target == CaseState.DISPATCHED) {
      return;
    }
    if (target == CaseState.RETURNED) {
      step(c, handler, later(t, now, random), CaseState.RETURNED, "不属于本网格职责范围");
      c.returnToDesk();
      return;
    }
    t = later(t, now, random);
    step(c, handler, t, CaseState.SIGNED, null);
    if (target == CaseState.SIGNED) {
      return;
    }
    t = later(t, now, random);
    // 现场核查: the first handling is an on-site visit
    CaseState before = c.moveTo(CaseState.HANDLING);
    String findings = "逐户排查，已找到问题所在，正在联系维修";
    em.persist(new CaseVisit(c.getId(), handler.getId(), t, "楼道及相关住户", findings, t));
    em.persist(
        new CaseHistory(
            c.getId(),
            handler.getId(),
            t,
            before,
            CaseState.HANDLING,
            CaseAction.VISITED,
            t.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " 楼道及相关住户: " + findings));
    if (target == CaseState.HANDLING) {
      return;
    }
    if (target == CaseState.ESCALATED) {
      step(c, handler, later(t, now, random), CaseState.ESCALATED, "提交社工委会议议一议");
      return;
    }
    t = later(t, now, random);
    step(c, handler, t, CaseState.RESOLVED, "已处理完毕并答复居民");
    c.resolve("已处理完毕并答复居民", t);
    if (target == CaseState.RESOLVED) {
      return;
    }
    t = later(t, now, random);
    int outcome = random.nextInt(10);
    if (target == CaseState.REVIEW || outcome < 2) {
      // the resident stays dissatisfied: 不满意件审核, then closed dissatisfied or sent back once
      dissatisfied(c, helpdesk, t);
      if (target == CaseState.REVIEW) {
        return;
      }
      UserAccount official = official();
      t = later(t, now, random);
      if (outcome == 0) {
        long reason = 11 + random.nextInt(4);
        c.moveTo(CaseState.CLOSED);
        c.closeDissatisfied(reason, t);
        em.persist(
            new CaseHistory(
                c.getId(),
                official.getId(),
                t,
                CaseState.REVIEW,
                CaseState.CLOSED,
                CaseAction.CLOSED_DISSATISFIED,
                em.find(CaseReason.class, reason).getNameZh()));
        return;
      }
      c.moveTo(CaseState.HANDLING);
      c.sendBack();
      em.persist(
          new CaseHistory(
              c.getId(),
              official.getId(),
              t,
              CaseState.REVIEW,
              CaseState.HANDLING,
              CaseAction.SENT_BACK,
              "请重新核实并与居民沟通"));
      t = later(t, now, random);
      step(c, handler, t, CaseState.RESOLVED, "已重新处理并答复居民");
      c.resolve("已重新处理并答复居民", t);
      t = later(t, now, random);
    }
    Satisfaction answer = outcome == 9 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.SATISFIED;
    CaseState from = c.moveTo(CaseState.CLOSED);
    em.persist(
        CaseHistory.followUp(
            c.getId(), helpdesk.getId(), t, from, CaseState.CLOSED, answer, "电话回访"));
    c.followedUp(answer, t);
  }

  /** 回访: the resident is dissatisfied, the case waits for an official's review. */
  private void dissatisfied(WorkCase c, UserAccount helpdesk, LocalDateTime t) {
    CaseState from = c.moveTo(CaseState.REVIEW);
    em.persist(
        CaseHistory.followUp(
            c.getId(),
            helpdesk.getId(),
            t,
            from,
            CaseState.REVIEW,
            Satisfaction.DISSATISFIED,
            "居民表示问题仍未解决"));
    c.followedUp(Satisfaction.DISSATISFIED, t);
  }

  /** The sub-district official who reviews the demo's dissatisfied cases. */
  private UserAccount official() {
    return em.createQuery(
            "select u from UserAccount u where u.role = :role order by u.id", UserAccount.class)
        .setParameter("role", org.casedesk.shared.Roles.SUBDISTRICT_OFFICIAL)
        .setMaxResults(1)
        .getSingleResult();
  }

  /** A moment after {@code t}: hours to a few days, never in the future. */
  private static LocalDateTime later(LocalDateTime t, LocalDateTime now, Random random) {
    LocalDateTime next = t.plusMinutes(30 + random.nextInt(60 * 24 * 3));
    return next.isAfter(now) ? t.plus(Duration.between(t, now).dividedBy(2)) : next;
  }

  private void step(WorkCase c, UserAccount actor, LocalDateTime at, CaseState to, String note) {
    CaseState from = c.moveTo(to);
    history(c, actor, at, from, to, note);
  }

  private void history(
      WorkCase c, UserAccount actor, LocalDateTime at, CaseState from, CaseState to, String note) {
    em.persist(new CaseHistory(c.getId(), actor.getId(), at, from, to, null, note));
  }
}
