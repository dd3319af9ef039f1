package org.casedesk.web.shared;

import java.io.Serializable;
import java.util.List;
import org.casedesk.areas.AreaItem;
import org.casedesk.areas.AreaService;

/**
 * The address select boxes of a page, community → grid → courtyard or public place → entrance or
 * flat → flat: each choice loads the level below and clears what was picked under it. Held by the
 * page's view-scoped backing bean ({@code #{…Backing.address.gridId}}), which passes its area
 * service in.
 */
public class AddressPicker implements Serializable {

  private static final long serialVersionUID = 1L;

  private List<AreaItem> communities = List.of();
  private List<AreaItem> grids = List.of();
  private List<AreaItem> courtyards = List.of();
  private List<AreaItem> flats = List.of();
  private List<AreaItem> rooms = List.of();
  private Long communityId;
  private Long gridId;
  private Long courtyardId;
  private Long flatId;
  private Long roomId;

  /** Loads the communities, the top level. */
  public void start(AreaService areas) {
    communities = areas.children(null);
  }

  public void communityChanged(AreaService areas) {
    grids = communityId == null ? List.of() : areas.children(communityId);
    gridId = null;
    gridChanged(areas);
  }

  public void gridChanged(AreaService areas) {
    courtyards = gridId == null ? List.of() : areas.children(gridId);
    courtyardId = null;
    courtyardChanged(areas);
  }

  /** A courtyard offers its entrances and flats; a public place has nothing below it. */
  public void courtyardChanged(AreaService areas) {
    flats = courtyardId == null ? List.of() : areas.children(courtyardId);
    flatId = null;
    flatChanged(areas);
  }

  /** An entrance offers its flats. */
  public void flatChanged(AreaService areas) {
    rooms = flatId == null ? List.of() : areas.children(flatId);
    roomId = null;
  }

  /** The deepest level picked: flat, entrance, courtyard or public place, else the grid. */
  public Long deepest() {
    return roomId != null
        ? roomId
        : flatId != null ? flatId : courtyardId != null ? courtyardId : gridId;
  }

  /** Picks a community and a grid (either may be null), as a form being edited had them. */
  public void pick(AreaService areas, Long community, Long grid) {
    communityId = community;
    communityChanged(areas);
    gridId = grid;
  }

  /** Picks community, grid, courtyard and flat (with the entrance, if any) down to the node. */
  public void pickDownTo(AreaService areas, long nodeId) {
    communityId = null;
    gridId = null;
    courtyardId = null;
    flatId = null;
    roomId = null;
    for (AreaItem node : areas.path(nodeId)) {
      switch (node.kind()) {
        case COMMUNITY -> communityId = node.id();
        case GRID -> gridId = node.id();
        case COURTYARD, PUBLIC_PLACE -> courtyardId = node.id();
        case ENTRANCE -> flatId = node.id();
        case FLAT -> {
          if (flatId == null) {
            flatId = node.id();
          } else {
            roomId = node.id();
          }
        }
        default -> {}
      }
    }
    grids = communityId == null ? List.of() : areas.children(communityId);
    courtyards = gridId == null ? List.of() : areas.children(gridId);
    flats = courtyardId == null ? List.of() : areas.children(courtyardId);
    rooms = flatId == null || roomId == null ? List.of() : areas.children(flatId);
  }

  public List<AreaItem> getCommunities() {
    return communities;
  }

  public List<AreaItem> getGrids() {
    return grids;
  }

  public List<AreaItem> getCourtyards() {
    return courtyards;
  }

  public List<AreaItem> getFlats() {
    return flats;
  }

  public List<AreaItem> getRooms() {
    return rooms;
  }

  public Long getCommunityId() {
    return communityId;
  }

  public void setCommunityId(Long communityId) {
    this.communityId = communityId;
  }

  public Long getGridId() {
    return gridId;
  }

  public void setGridId(Long gridId) {
    this.gridId = gridId;
  }

  public Long getCourtyardId() {
    return courtyardId;
  }

  public void setCourtyardId(Long courtyardId) {
    this.courtyardId = courtyardId;
  }

  public Long getFlatId() {
    return flatId;
  }

  public void setFlatId(Long flatId) {
    this.flatId = flatId;
  }

  public Long getRoomId() {
    return roomId;
  }

  public void setRoomId(Long roomId) {
    this.roomId = roomId;
  }
}
