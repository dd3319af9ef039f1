package org.casedesk.areas;

import java.util.List;

/**
 * Levels of the address tree, top down: 街道 → 社区 → 网格 → 楼院/楼栋 → 单元 → 室, and 公共区域 (public places: a
 * road section, a school gate, a square, a market) directly under a grid.
 */
public enum AreaKind {
  SUBDISTRICT,
  COMMUNITY,
  GRID,
  COURTYARD,
  ENTRANCE,
  FLAT,
  PUBLIC_PLACE;

  /** The kinds a node of this kind may have below it (a courtyard's flats may skip the 单元). */
  public List<AreaKind> childKinds() {
    return switch (this) {
      case SUBDISTRICT -> List.of(COMMUNITY);
      case COMMUNITY -> List.of(GRID);
      case GRID -> List.of(COURTYARD, PUBLIC_PLACE);
      case COURTYARD -> List.of(ENTRANCE, FLAT);
      case ENTRANCE -> List.of(FLAT);
      case FLAT, PUBLIC_PLACE -> List.of();
    };
  }

  /** Whether a case can be located here: any node from the grid down. */
  public boolean isLocation() {
    return this != SUBDISTRICT && this != COMMUNITY;
  }

  /** Whether this level is part of an address below the grid (named in address labels). */
  boolean isBelowGrid() {
    return isLocation() && this != GRID;
  }
}
