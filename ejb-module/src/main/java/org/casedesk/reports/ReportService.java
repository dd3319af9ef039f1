package org.casedesk.reports;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.casedesk.accounts.AccountRepository;
import org.casedesk.accounts.UserAccount;
import org.casedesk.shared.LocalizedName;
import org.casedesk.shared.Roles;

/** Reads frozen snapshots for the report pages, scoped to the official's area. */
@Stateless
public class ReportService {

  @PersistenceContext private EntityManager em;
  @Inject private AccountRepository accounts;
  @Resource private SessionContext context;

  @RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public List<SnapshotRow> dailySnapshot(@NotNull LocalDate day) {
    UserAccount me = accounts.caller(context.getCallerPrincipal());
    boolean community = Roles.COMMUNITY_OFFICIAL.equals(me.getRole());
    Query query =
        em.createNativeQuery(
                "select cat.name_zh, cat.name_en, g.name, sum(r.closed), sum(r.closed_on_time),"
                    + " sum(r.followed_up), sum(r.satisfied), sum(r.sent_back)"
                    + " from report_daily r join category cat on cat.id = r.category_id"
                    + " join area_node g on g.id = r.grid_id where r.report_day = ?"
                    + (community ? " and r.community_id = ?" : "")
                    + " group by cat.id, cat.name_zh, cat.name_en, g.name having sum(r.closed) > 0"
                    + " order by g.name, cat.id")
            .setParameter(1, day);
    if (community) {
      query.setParameter(2, me.getCommunityId());
    }
    List<?> rows = query.getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new SnapshotRow(
                    new LocalizedName((String) r[0], (String) r[1]),
                    (String) r[2],
                    number(r[3]),
                    number(r[4]),
                    number(r[5]),
                    number(r[6]),
                    number(r[7])))
        .toList();
  }

  private static long number(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }
}
