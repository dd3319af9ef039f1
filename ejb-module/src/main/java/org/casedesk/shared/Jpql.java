package org.casedesk.shared;

/** Pieces of JPQL that must read the same on PostgreSQL and H2. */
public final class Jpql {

  private Jpql() {}

  /**
   * A condition every row of the alias meets, for a query whose scope adds no restriction. Not
   * {@code 1 = 1}: a comparison of two literals makes EclipseLink stop binding the statement's
   * parameters, and it then writes boolean literals as {@code 1}, which H2 2.x refuses to compare
   * with a BOOLEAN column ("Values of types BOOLEAN and INTEGER are not comparable").
   */
  public static String everyRow(String alias) {
    return alias + ".id is not null";
  }
}
