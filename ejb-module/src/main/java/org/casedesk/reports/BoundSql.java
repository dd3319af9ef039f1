package org.casedesk.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement with its values bound as JDBC parameters: written with named markers such as {@code
 * {from}}, each replaced by a positional parameter in order of appearance, so the same text runs
 * with other days without new literals (and without a new plan for each).
 */
public record BoundSql(String sql, List<Object> parameters) {

  private static final Pattern MARKER = Pattern.compile("\\{(\\w+)}");

  /** Replaces each {@code {name}} of {@code template} by a parameter with {@code values}' value. */
  public static BoundSql of(String template, Map<String, ?> values) {
    Matcher m = MARKER.matcher(template);
    StringBuilder sql = new StringBuilder();
    List<Object> parameters = new ArrayList<>();
    while (m.find()) {
      if (!values.containsKey(m.group(1))) {
        throw new IllegalArgumentException("no value for " + m.group());
      }
      parameters.add(values.get(m.group(1)));
      m.appendReplacement(sql, "?");
    }
    m.appendTail(sql);
    return new BoundSql(sql.toString(), List.copyOf(parameters));
  }

  /**
   * The text with numbered parameters ({@code ?1}, {@code ?2} …), as JPA native queries take it.
   */
  public String numberedSql() {
    StringBuilder numbered = new StringBuilder();
    int n = 0;
    for (String part : (sql + " ").split("\\?")) {
      numbered.append(n == 0 ? "" : "?" + n).append(part);
      n++;
    }
    return numbered.toString().stripTrailing();
  }

  /** As a JDBC statement (the benchmark runs the same statements over plain JDBC). */
  public PreparedStatement prepare(Connection connection) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
    return statement;
  }
}
