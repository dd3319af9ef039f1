package org.casedesk.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.casedesk.residents.ResidentRepository;
import org.casedesk.shared.BusinessException;

/**
 * What the header's search box was given, by its shape: a case number (or its start, {@code
 * 20261130-0001}), digits (the last digits of a phone or of a case number), or words (each the
 * start of the resident's name or a part of the description). Every kind is a LIKE that a trigram
 * index serves on PostgreSQL.
 */
public record SearchTerm(Kind kind, List<String> words) {

  /** The kinds of term, as the benchmark and the audit log name them. */
  public enum Kind {
    CASE_NO,
    DIGITS,
    WORDS
  }

  /** The longest text the box accepts; a longer one is refused. */
  public static final int MAX_LENGTH = 60;

  /** At most this many residents found by a term are matched by id (beyond: a subquery). */
  private static final int MAX_RESIDENTS = 2000;

  /** At most this many words are looked for. */
  private static final int MAX_WORDS = 5;

  private static final Pattern CASE_NO = Pattern.compile("\\d{8}-\\d{0,6}");
  private static final Pattern DIGITS = Pattern.compile("\\d{3,11}");

  /** The term in this text, or null for a blank one. */
  public static SearchTerm of(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    if (t.length() > MAX_LENGTH) {
      throw new BusinessException("search.q.size");
    }
    if (CASE_NO.matcher(t).matches()) {
      return new SearchTerm(Kind.CASE_NO, List.of(t));
    }
    if (DIGITS.matcher(t).matches()) {
      return new SearchTerm(Kind.DIGITS, List.of(t));
    }
    return new SearchTerm(
        Kind.WORDS, Arrays.stream(t.split("\\s+")).distinct().limit(MAX_WORDS).toList());
  }

  /**
   * Appends this term's JPQL condition on {@code c} and its parameters. The residents a phone's
   * digits or a name's start find are looked up first and matched by id (the resident index), up to
   * {@value #MAX_RESIDENTS}; beyond that the condition falls back to a subquery, slower but
   * complete.
   */
  void addTo(StringBuilder where, Map<String, Object> parameters, ResidentRepository residents) {
    switch (kind) {
      case CASE_NO -> {
        where.append(" and c.caseNo like :termNo");
        parameters.put("termNo", escape(words.get(0)) + "%");
      }
      case DIGITS -> {
        where.append(" and (c.caseNo like :termDigits");
        parameters.put("termDigits", "%" + escape(words.get(0)));
        orResidents(where, parameters, residents, words.get(0), true, "termDigits", "phone");
        where.append(")");
      }
      case WORDS -> {
        for (int i = 0; i < words.size(); i++) {
          where.append(" and (c.description like :termWord").append(i);
          parameters.put("termWord" + i, "%" + escape(words.get(i)) + "%");
          parameters.put("termName" + i, escape(words.get(i)) + "%");
          orResidents(where, parameters, residents, words.get(i), false, "termName" + i, "name");
          where.append(")");
        }
      }
    }
  }

  private static void orResidents(
      StringBuilder where,
      Map<String, Object> parameters,
      ResidentRepository residents,
      String term,
      boolean phoneEnd,
      String likeParameter,
      String field) {
    List<Long> ids = residents.idsMatching(term, phoneEnd, MAX_RESIDENTS + 1);
    if (ids.size() > MAX_RESIDENTS) {
      where
          .append(" or c.residentId in (select r.id from Resident r where r.")
          .append(field)
          .append(" like :")
          .append(likeParameter)
          .append(")");
    } else {
      if (!phoneEnd) {
        parameters.remove(likeParameter);
      }
      if (!ids.isEmpty()) {
        where.append(" or c.residentId in :").append(likeParameter).append("Ids");
        parameters.put(likeParameter + "Ids", ids);
      }
    }
  }

  /** The term as the audit log keeps it. */
  String detail() {
    return "search " + kind + ": " + String.join(" ", words);
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
