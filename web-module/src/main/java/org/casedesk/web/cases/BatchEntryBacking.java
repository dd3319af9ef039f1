package org.casedesk.web.cases;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.casedesk.areas.AreaItem;
import org.casedesk.areas.AreaService;
import org.casedesk.cases.BatchRejectedException;
import org.casedesk.cases.IntakeService;
import org.casedesk.cases.RegisterCase;
import org.casedesk.categories.CategoryItem;
import org.casedesk.categories.CategoryService;
import org.casedesk.categories.Channel;
import org.casedesk.residents.NewResident;
import org.casedesk.web.shared.Messages;

/**
 * Batch entry of the suggestion box (党建驿站意见箱): the station's community, then one row per slip. All
 * rows are saved together or none; refused rows say why.
 */
@Named
@ViewScoped
public class BatchEntryBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int ROWS_AT_A_TIME = 5;

  @Inject private transient IntakeService intake;
  @Inject private transient CategoryService categoryService;
  @Inject private transient AreaService areas;

  private List<CategoryItem> categories;
  private List<AreaItem> communities;
  private List<AreaItem> locations = List.of();
  private Long communityId;
  private final List<SlipRow> rows = new ArrayList<>();

  /** Each row's one-time token is this plus its row number: a second submit saves nothing new. */
  private final String batchToken = UUID.randomUUID().toString();

  @PostConstruct
  void load() {
    categories = categoryService.categories();
    communities = areas.children(null);
    addRows();
  }

  public void communityChanged() {
    locations = communityId == null ? List.of() : areas.locationsOfCommunity(communityId);
  }

  public void addRows() {
    for (int i = 0; i < ROWS_AT_A_TIME && rows.size() < IntakeService.MAX_BATCH; i++) {
      rows.add(new SlipRow());
    }
  }

  public void save() throws IOException {
    rows.forEach(r -> r.setError(null));
    List<Integer> filled = new ArrayList<>();
    List<RegisterCase> slips = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      SlipRow row = rows.get(i);
      if (!row.isBlank()) {
        filled.add(i);
        slips.add(slip(row, i));
      }
    }
    if (slips.isEmpty()) {
      Messages.error("batch.empty");
      return;
    }
    List<Long> ids = new ArrayList<>();
    BatchRejectedException[] rejected = new BatchRejectedException[1];
    boolean called =
        Messages.attempt(
            () -> {
              try {
                ids.addAll(intake.registerBatch(slips));
              } catch (BatchRejectedException e) {
                rejected[0] = e; // per row, below (a plain business failure has one message)
              }
            });
    if (!called) {
      return;
    }
    if (rejected[0] != null) {
      BatchRejectedException e = rejected[0];
      e.getRowErrors()
          .forEach(
              (slip, keys) -> {
                int row = filled.get(slip);
                String text =
                    keys.stream().map(Messages::textOfTemplate).collect(Collectors.joining("；"));
                rows.get(row).setError(text);
                Messages.error("batch.rowError", row + 1, text);
              });
      Messages.error("batch.rejected", e.getRowErrors().size());
      return;
    }
    Messages.info("batch.saved", ids.size());
    Messages.keepForRedirect();
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/helpdesk/batch.xhtml");
  }

  private RegisterCase slip(SlipRow row, int index) {
    return new RegisterCase(
        null,
        row.isAnonymous() ? null : new NewResident(row.getName(), row.getPhone(), null),
        row.getLocationId(),
        row.getCategoryId(),
        Channel.SUGGESTION_BOX,
        row.getDescription(),
        row.isAnonymous(),
        null,
        null,
        null,
        batchToken + "-" + index);
  }

  public List<SlipRow> getRows() {
    return rows;
  }

  public boolean isFull() {
    return rows.size() >= IntakeService.MAX_BATCH;
  }

  public List<CategoryItem> getCategories() {
    return categories;
  }

  public List<AreaItem> getCommunities() {
    return communities;
  }

  public List<AreaItem> getLocations() {
    return locations;
  }

  public Long getCommunityId() {
    return communityId;
  }

  public void setCommunityId(Long communityId) {
    this.communityId = communityId;
  }
}
