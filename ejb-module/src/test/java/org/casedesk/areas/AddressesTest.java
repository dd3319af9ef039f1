package org.casedesk.areas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressesTest {

  private static AreaNode node(AreaKind kind, String name) {
    return new AreaNode(null, kind, name);
  }

  @Test
  void aLabelNamesTheLevelsBelowTheGridAndTheDetail() {
    AreaNode community = node(AreaKind.COMMUNITY, "大众巷社区");
    AreaNode grid = node(AreaKind.GRID, "大众巷第一网格");
    AreaNode courtyard = node(AreaKind.COURTYARD, "贤后街15号");
    AreaNode entrance = node(AreaKind.ENTRANCE, "3单元");
    AreaNode flat = node(AreaKind.FLAT, "404室");
    AreaNode gate = node(AreaKind.PUBLIC_PLACE, "通渭路小学校门");

    assertThat(Addresses.label(null, courtyard, entrance, flat)).isEqualTo("贤后街15号 3单元 404室");
    assertThat(Addresses.label(null, grid, courtyard, flat)).isEqualTo("贤后街15号 404室");
    assertThat(Addresses.label("", grid, courtyard, entrance)).isEqualTo("贤后街15号 3单元");
    assertThat(Addresses.label("校门东侧", community, grid, gate)).isEqualTo("通渭路小学校门（校门东侧）");
    assertThat(Addresses.label(null, null, community, grid)).isEqualTo("大众巷第一网格");
  }

  @Test
  void eachLevelHasTheKindsBelowItThatDomainNames() {
    assertThat(AreaKind.GRID.childKinds())
        .containsExactly(AreaKind.COURTYARD, AreaKind.PUBLIC_PLACE);
    assertThat(AreaKind.COURTYARD.childKinds()).containsExactly(AreaKind.ENTRANCE, AreaKind.FLAT);
    assertThat(AreaKind.ENTRANCE.childKinds()).containsExactly(AreaKind.FLAT);
    assertThat(AreaKind.FLAT.childKinds()).isEmpty();
    assertThat(AreaKind.PUBLIC_PLACE.childKinds()).isEmpty();
    assertThat(AreaKind.COMMUNITY.isLocation()).isFalse();
    assertThat(AreaKind.GRID.isLocation()).isTrue();
    assertThat(AreaKind.PUBLIC_PLACE.isLocation()).isTrue();
  }
}
