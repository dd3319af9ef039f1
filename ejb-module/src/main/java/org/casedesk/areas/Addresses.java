package org.casedesk.areas;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Short address labels for lists: the names of the levels below the grid, e.g. "贤后街15号 3单元 404室" or
 * "通渭路小学校门"; a grid itself is named by its own name.
 */
public final class Addresses {

  private Addresses() {}

  /**
   * The label of the last node of {@code path} (top down, e.g. grandparent, parent, node; nulls are
   * skipped), with the free-text location detail in brackets if there is one.
   */
  public static String label(String detail, AreaNode... path) {
    List<AreaNode> nodes = Arrays.stream(path).filter(n -> n != null).toList();
    String names =
        nodes.stream()
            .filter(n -> n.getKind().isBelowGrid())
            .map(AreaNode::getName)
            .collect(Collectors.joining(" "));
    String label = names.isEmpty() ? nodes.get(nodes.size() - 1).getName() : names;
    return detail == null || detail.isBlank() ? label : label + "（" + detail + "）";
  }
}
