package org.casedesk.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casedesk.categories.CategoryRow;
import org.casedesk.categories.CategoryService;
import org.casedesk.categories.CategorySettings;
import org.casedesk.categories.Channel;
import org.casedesk.categories.ChannelLimitItem;
import org.casedesk.members.UnitChoice;
import org.casedesk.members.UnitService;
import org.casedesk.web.shared.Messages;

/**
 * The categories (two levels): time limit in working days or hours, warning threshold, sign-for
 * limit, default unit, limits per channel; and new second-level categories.
 */
@Named
@ViewScoped
public class CategoriesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient CategoryService categories;
  @Inject private transient UnitService unitService;

  private List<CategoryRow> rows;
  private List<UnitChoice> units;

  /** The values being edited, per category id. */
  private final Map<Long, Integer> limitDays = new HashMap<>();

  private final Map<Long, Integer> limitHours = new HashMap<>();
  private final Map<Long, Integer> warnHours = new HashMap<>();
  private final Map<Long, Integer> signHours = new HashMap<>();
  private final Map<Long, Long> defaultUnits = new HashMap<>();

  private Long channelCategoryId;
  private Channel channel;
  private Integer channelDays;
  private Integer channelHours;

  private Long parentId;
  private String nameZh;
  private String nameEn;

  @PostConstruct
  void load() {
    rows = categories.list();
    units = unitService.units();
    rows.forEach(
        r -> {
          limitDays.put(r.id(), r.settings().limitDays());
          limitHours.put(r.id(), r.settings().limitHours());
          warnHours.put(r.id(), r.settings().warnHours());
          signHours.put(r.id(), r.settings().signHours());
          defaultUnits.put(r.id(), r.settings().defaultUnitId());
        });
  }

  public void save(CategoryRow row) {
    long id = row.id();
    CategorySettings settings =
        new CategorySettings(
            orZero(limitDays.get(id)),
            limitHours.get(id),
            orZero(warnHours.get(id)),
            orZero(signHours.get(id)),
            defaultUnits.get(id));
    boolean saved = Messages.attempt(() -> categories.configure(id, row.version(), settings));
    if (saved) {
      Messages.info("categories.settingsSaved");
    }
    load();
  }

  public void saveChannelLimit() {
    if (channelCategoryId == null) {
      Messages.error("case.category.invalid");
      return;
    }
    if (Messages.attempt(
        () ->
            categories.setChannelLimit(
                channelCategoryId, channel, orZero(channelDays), channelHours))) {
      Messages.info("categories.channelSaved");
      load();
    }
  }

  public void removeChannelLimit(CategoryRow row, ChannelLimitItem limit) {
    if (Messages.attempt(() -> categories.removeChannelLimit(row.id(), limit.channel()))) {
      Messages.info("categories.channelRemoved");
      load();
    }
  }

  public void addChild() {
    if (parentId == null) {
      Messages.error("category.parent.invalid");
      return;
    }
    if (Messages.attempt(() -> categories.addChild(parentId, nameZh, nameEn))) {
      Messages.info("categories.childAdded");
      nameZh = null;
      nameEn = null;
      load();
    }
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }

  public List<CategoryRow> getRows() {
    return rows;
  }

  public List<CategoryRow> getParents() {
    return rows.stream().filter(r -> !r.isChild()).toList();
  }

  public List<UnitChoice> getUnits() {
    return units;
  }

  public Channel[] getChannels() {
    return Channel.values();
  }

  public Map<Long, Integer> getLimitDays() {
    return limitDays;
  }

  public Map<Long, Integer> getLimitHours() {
    return limitHours;
  }

  public Map<Long, Integer> getWarnHours() {
    return warnHours;
  }

  public Map<Long, Integer> getSignHours() {
    return signHours;
  }

  public Map<Long, Long> getDefaultUnits() {
    return defaultUnits;
  }

  public Long getChannelCategoryId() {
    return channelCategoryId;
  }

  public void setChannelCategoryId(Long channelCategoryId) {
    this.channelCategoryId = channelCategoryId;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public Integer getChannelDays() {
    return channelDays;
  }

  public void setChannelDays(Integer channelDays) {
    this.channelDays = channelDays;
  }

  public Integer getChannelHours() {
    return channelHours;
  }

  public void setChannelHours(Integer channelHours) {
    this.channelHours = channelHours;
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }
}
