package org.casedesk.areas;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casedesk.accounts.AccountRepository;
import org.casedesk.accounts.UserAccount;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Roles;

/**
 * ADMIN keeps the address tree 街道 → 社区 → 网格 → 楼院/楼栋 → 单元 → 室, with 公共区域 (public places) under a
 * grid: adds and renames nodes, names the grid workers of each grid, and marks courtyards without a
 * property company (无物业老旧楼院) with their owning unit (产权单位), to which their cases are routed when no
 * rule says otherwise.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AreaAdminService {

  @Inject private AreaRepository areas;
  @Inject private AccountRepository accounts;

  /**
   * Sub-district, communities, grids, courtyards, entrances and public places in tree order (flats:
   * {@link #flats}).
   */
  public List<AreaNodeRow> outline() {
    List<AreaNode> nodes = areas.allButFlats();
    Map<Long, String> units = areas.unitNames();
    Map<Long, List<String>> workers = areas.gridWorkerNames();
    Map<Long, List<AreaNode>> byParent =
        nodes.stream()
            .filter(n -> n.getParentId() != null)
            .collect(Collectors.groupingBy(AreaNode::getParentId));
    List<AreaNodeRow> rows = new ArrayList<>();
    nodes.stream()
        .filter(n -> n.getParentId() == null)
        .sorted(Comparator.comparing(AreaNode::getName))
        .forEach(root -> walk(root, 0, byParent, units, workers, rows));
    return rows;
  }

  private static void walk(
      AreaNode node,
      int depth,
      Map<Long, List<AreaNode>> byParent,
      Map<Long, String> units,
      Map<Long, List<String>> workers,
      List<AreaNodeRow> rows) {
    rows.add(
        new AreaNodeRow(
            node.getId(),
            node.getVersion(),
            node.getParentId(),
            node.getKind(),
            node.getName(),
            depth,
            node.isNoPropertyCompany(),
            node.getOwnerUnitId(),
            node.getOwnerUnitId() == null ? null : units.get(node.getOwnerUnitId()),
            node.getKind() == AreaKind.GRID
                ? workers.getOrDefault(node.getId(), List.of())
                : List.of()));
    byParent.getOrDefault(node.getId(), List.of()).stream()
        .sorted(Comparator.comparing(AreaNode::getName))
        .forEach(child -> walk(child, depth + 1, byParent, units, workers, rows));
  }

  /** The flats (室) directly under a courtyard or an entrance, to be selected like outline rows. */
  public List<AreaNodeRow> flats(long parentId) {
    List<AreaNodeRow> rows = new ArrayList<>();
    areas.flatsUnder(parentId).forEach(flat -> walk(flat, 0, Map.of(), Map.of(), Map.of(), rows));
    return rows;
  }

  /**
   * A node of {@code kind} below {@code parentId}, which must be one of the kinds its parent may
   * have ({@link AreaKind#childKinds}); names are unique among siblings.
   */
  public long addChild(
      long parentId,
      @NotNull(message = "{area.kind.required}") AreaKind kind,
      @NotBlank(message = "{area.name.required}")
          @Size(max = 100, message = "{area.name.size}")
          @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
          String name) {
    AreaNode parent = areas.find(parentId);
    if (parent == null || !parent.getKind().childKinds().contains(kind)) {
      throw new BusinessException("area.parent.invalid");
    }
    checkFree(parentId, name.strip(), null);
    AreaNode child = new AreaNode(parent, kind, name.strip());
    areas.add(child);
    child.scopeToSelf();
    return child.getId();
  }

  /** Renames a node, at the version the screen showed. */
  public void rename(
      long nodeId,
      long expectedVersion,
      @NotBlank(message = "{area.name.required}")
          @Size(max = 100, message = "{area.name.size}")
          @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
          String name) {
    AreaNode node = lock(nodeId, expectedVersion);
    checkFree(node.getParentId(), name.strip(), node.getId());
    node.rename(name.strip());
  }

  /**
   * Marks a courtyard as one without a property company owned by {@code ownerUnitId}, or (null) as
   * one with a property company.
   */
  public void setOwnerUnit(long courtyardId, long expectedVersion, Long ownerUnitId) {
    AreaNode courtyard = lock(courtyardId, expectedVersion);
    if (courtyard.getKind() != AreaKind.COURTYARD) {
      throw new BusinessException("area.notCourtyard");
    }
    if (ownerUnitId != null && !areas.unitExists(ownerUnitId)) {
      throw new BusinessException("unit.invalid");
    }
    courtyard.ownedBy(ownerUnitId);
  }

  /** Makes a handler a grid worker (网格员) of the grid; a grid worker has one grid. */
  public void assignGridWorker(long gridId, long handlerId) {
    AreaNode grid = areas.find(gridId);
    if (grid == null || grid.getKind() != AreaKind.GRID) {
      throw new BusinessException("routing.grid.invalid");
    }
    UserAccount handler = accounts.byId(handlerId).orElse(null);
    if (handler == null || !Roles.HANDLER.equals(handler.getRole())) {
      throw new BusinessException("case.handler.invalid");
    }
    handler.scopedTo(grid.getCommunityId(), grid.getId(), handler.getMemberUnitId());
  }

  /** The handler is no longer a grid worker. */
  public void removeGridWorker(long handlerId) {
    UserAccount handler = accounts.byId(handlerId).orElse(null);
    if (handler == null || !Roles.HANDLER.equals(handler.getRole())) {
      throw new BusinessException("case.handler.invalid");
    }
    handler.scopedTo(handler.getCommunityId(), null, handler.getMemberUnitId());
  }

  private AreaNode lock(long nodeId, long expectedVersion) {
    AreaNode node = areas.findToChange(nodeId);
    if (node == null) {
      throw new BusinessException("area.notFound");
    }
    if (node.getVersion() != expectedVersion) {
      throw new BusinessException("area.conflict");
    }
    return node;
  }

  private void checkFree(Long parentId, String name, Long self) {
    if (areas.siblingsNamed(parentId, name, self == null ? -1L : self) > 0) {
      throw new BusinessException("area.name.taken");
    }
  }
}
