package org.casedesk.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ErrorPageTest {

  private static Throwable wrapped(SQLException sql) {
    return new EJBException(new RuntimeException("persistence", sql));
  }

  @Test
  void theDatabaseStateComesFromTheFirstSqlExceptionInTheChain() {
    assertThat(ErrorPage.databaseMessage(wrapped(new SQLException("refused", "08001"))))
        .isEqualTo("error.database.unavailable");
    assertThat(ErrorPage.databaseMessage(wrapped(new SQLException("shutting down", "57P01"))))
        .isEqualTo("error.database.unavailable");
    assertThat(ErrorPage.databaseMessage(wrapped(new SQLException("Error in allocating"))))
        .isEqualTo("error.database.unavailable");
    assertThat(ErrorPage.databaseMessage(wrapped(new SQLException("read-only", "25006"))))
        .isEqualTo("error.database.readOnly");
    assertThat(ErrorPage.databaseMessage(wrapped(new SQLException("disk full", "53100"))))
        .isEqualTo("error.database.diskFull");
  }

  @Test
  void otherErrorsAreNotTheDatabasesState() {
    assertThat(ErrorPage.databaseMessage(wrapped(new SQLException("duplicate", "23505")))).isNull();
    assertThat(ErrorPage.databaseMessage(new IllegalStateException("a bug"))).isNull();
  }
}
