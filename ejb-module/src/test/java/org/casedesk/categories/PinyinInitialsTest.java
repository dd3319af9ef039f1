package org.casedesk.categories;

import static org.assertj.core.api.Assertions.assertThat;

import org.casedesk.shared.LocalizedName;
import org.junit.jupiter.api.Test;

class PinyinInitialsTest {

  @Test
  void initialsOfTheCategoriesNames() {
    assertThat(PinyinInitials.of("环境卫生")).isEqualTo("hjws");
    assertThat(PinyinInitials.of("垃圾清运")).isEqualTo("ljqy");
    assertThat(PinyinInitials.of("停车与交通")).isEqualTo("tcyjt");
    assertThat(PinyinInitials.of("共享单车堆放")).isEqualTo("gxdcdf");
    assertThat(PinyinInitials.of("12345热线 A区")).isEqualTo("12345rxaq");
    assertThat(PinyinInitials.of(null)).isEmpty();
  }

  @Test
  void aTypeAheadFindsACategoryByInitialsOrName() {
    CategoryItem garbage =
        new CategoryItem(
            15, new LocalizedName("环境卫生 / 垃圾清运", "Sanitation / Rubbish removal"), 3, "hjws ljqy");
    assertThat(garbage.matches("ljqy")).isTrue();
    assertThat(garbage.matches("hjws")).isTrue();
    assertThat(garbage.matches("HJWSlj")).isTrue();
    assertThat(garbage.matches("垃圾")).isTrue();
    assertThat(garbage.matches("rubbish")).isTrue();
    assertThat(garbage.matches("gs")).isFalse();
    assertThat(garbage.matches("jws")).isFalse();
  }
}
