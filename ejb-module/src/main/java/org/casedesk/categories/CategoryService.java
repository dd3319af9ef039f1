package org.casedesk.categories;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.LocalizedName;
import org.casedesk.shared.Roles;

/**
 * ADMIN keeps the categories: two levels, each with its time limit (working days or clock hours),
 * per-channel limits, warning threshold, sign-for limit and default responsible unit. New cases
 * follow them from the next dispatch on.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class CategoryService {

  @Inject private CategoryRepository categories;

  /** Every category, each parent followed by its children. */
  public List<CategoryRow> list() {
    Map<Long, List<ChannelLimitItem>> limits =
        categories.channelLimits().stream()
            .collect(
                Collectors.groupingBy(
                    CategoryChannelLimit::getCategoryId,
                    Collectors.mapping(
                        l -> new ChannelLimitItem(l.getChannel(), l.getLimit()),
                        Collectors.toList())));
    return ordered(categories.all()).stream()
        .map(
            c ->
                new CategoryRow(
                    c.getId(),
                    c.getVersion(),
                    c.getParentId(),
                    new LocalizedName(c.getNameZh(), c.getNameEn()),
                    new CategorySettings(
                        c.getLimitDays(),
                        c.getLimitHours(),
                        c.getWarnHours(),
                        c.getSignHours(),
                        c.getDefaultUnitId()),
                    limits.getOrDefault(c.getId(), List.of())))
        .toList();
  }

  /** Every category with its path (parent / child) for choosing one, e.g. on the entry screen. */
  @RolesAllowed({
    Roles.HELPDESK,
    Roles.HANDLER,
    Roles.COMMUNITY_OFFICIAL,
    Roles.SUBDISTRICT_OFFICIAL,
    Roles.ADMIN
  })
  public List<CategoryItem> categories() {
    List<Category> all = categories.all();
    Map<Long, Category> byId = all.stream().collect(Collectors.toMap(Category::getId, c -> c));
    return ordered(all).stream()
        .map(
            c -> {
              Category parent = c.getParentId() == null ? null : byId.get(c.getParentId());
              return new CategoryItem(
                  c.getId(),
                  parent == null
                      ? new LocalizedName(c.getNameZh(), c.getNameEn())
                      : new LocalizedName(
                          parent.getNameZh() + " / " + c.getNameZh(),
                          parent.getNameEn() + " / " + c.getNameEn()),
                  c.getLimitDays(),
                  parent == null ? initials(c) : initials(parent) + " " + initials(c));
            })
        .toList();
  }

  /** Stored initials; computed for a category added before they were stored. */
  private static String initials(Category c) {
    return c.getInitials() == null ? PinyinInitials.of(c.getNameZh()) : c.getInitials();
  }

  /** The time limit of a category in working days (办理时限), for cases registered from now on. */
  public void setTimeLimit(
      long categoryId,
      @Min(value = 0, message = "{category.limit.range}")
          @Max(value = 60, message = "{category.limit.range}")
          int workingDays) {
    Category category = categories.find(categoryId);
    if (category == null) {
      throw new BusinessException("case.category.invalid");
    }
    category.limitTo(workingDays);
  }

  /** Sets a category's limits and default unit, at the version the screen showed. */
  public void configure(long categoryId, long expectedVersion, @NotNull @Valid CategorySettings s) {
    Category category = categories.findForChange(categoryId);
    if (category == null) {
      throw new BusinessException("case.category.invalid");
    }
    if (category.getVersion() != expectedVersion) {
      throw new BusinessException("category.conflict");
    }
    if (s.defaultUnitId() != null && !categories.unitExists(s.defaultUnitId())) {
      throw new BusinessException("unit.invalid");
    }
    category.configure(s.limit(), s.warnHours(), s.signHours(), s.defaultUnitId());
  }

  /** A channel's own limit for the category (e.g. 12345 transfers), replacing an earlier one. */
  public void setChannelLimit(
      long categoryId,
      @NotNull(message = "{case.channel.required}") Channel channel,
      @Min(value = 0, message = "{category.limit.range}")
          @Max(value = 60, message = "{category.limit.range}")
          int limitDays,
      @Min(value = 1, message = "{category.hours.range}")
          @Max(value = 72, message = "{category.hours.range}")
          Integer limitHours) {
    if (categories.find(categoryId) == null) {
      throw new BusinessException("case.category.invalid");
    }
    TimeLimit limit = new TimeLimit(limitDays, limitHours);
    CategoryChannelLimit existing = categories.channelLimit(categoryId, channel);
    if (existing == null) {
      categories.addChannelLimit(new CategoryChannelLimit(categoryId, channel, limit));
    } else {
      existing.limitTo(limit);
    }
  }

  public void removeChannelLimit(long categoryId, @NotNull Channel channel) {
    CategoryChannelLimit existing = categories.channelLimit(categoryId, channel);
    if (existing != null) {
      categories.removeChannelLimit(existing);
    }
  }

  /** A second-level category under a first-level one, starting with the parent's settings. */
  public long addChild(
      long parentId,
      @NotBlank(message = "{category.name.required}")
          @Size(max = 60, message = "{category.name.size}")
          @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
          String nameZh,
      @NotBlank(message = "{category.name.required}")
          @Size(max = 60, message = "{category.name.size}")
          @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
          String nameEn) {
    Category parent = categories.find(parentId);
    if (parent == null || parent.getParentId() != null) {
      throw new BusinessException("category.parent.invalid");
    }
    long next = categories.count();
    Category child =
        new Category(parent, parent.getCode() + "_" + (next + 1), nameZh.strip(), nameEn.strip());
    categories.add(child);
    return child.getId();
  }

  /** Parents in id order, each followed by its children in id order. */
  static List<Category> ordered(List<Category> all) {
    return all.stream()
        .sorted(
            Comparator.comparing(
                    (Category c) -> c.getParentId() == null ? c.getId() : c.getParentId())
                .thenComparing(c -> c.getParentId() != null)
                .thenComparing(Category::getId))
        .toList();
  }
}
