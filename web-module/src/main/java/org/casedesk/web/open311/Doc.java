package org.casedesk.web.open311;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A GeoReport v2 document written as JSON or as XML from one tree: objects are ordered maps, a
 * {@link Items} is a JSON array and, in XML, one element per item named as the spec names it
 * ({@code <services><service>…}). Datetimes are W3C with their offset (+08:00).
 */
final class Doc {

  /** A list: a JSON array; in XML, its items as elements called {@code item}. */
  record Items(String item, List<?> values) {}

  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

  private Doc() {}

  /** An ordered object from name, value pairs (null values are kept as JSON null). */
  static Map<String, Object> object(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  static String json(Object root) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Json.createGenerator(out)) {
      json(g, null, root);
    }
    return out.toString();
  }

  private static void json(JsonGenerator g, String name, Object value) {
    if (value instanceof Map<?, ?> map) {
      if (name == null) {
        g.writeStartObject();
      } else {
        g.writeStartObject(name);
      }
      map.forEach((k, v) -> json(g, (String) k, v));
      g.writeEnd();
    } else if (value instanceof Items items) {
      if (name == null) {
        g.writeStartArray();
      } else {
        g.writeStartArray(name);
      }
      items.values().forEach(v -> json(g, null, v));
      g.writeEnd();
    } else if (value == null) {
      if (name == null) {
        g.writeNull();
      } else {
        g.writeNull(name);
      }
    } else if (value instanceof Boolean b) {
      if (name == null) {
        g.write(b);
      } else {
        g.write(name, b);
      }
    } else if (value instanceof Long || value instanceof Integer) {
      long n = ((Number) value).longValue();
      if (name == null) {
        g.write(n);
      } else {
        g.write(name, n);
      }
    } else if (value instanceof Double d) {
      if (name == null) {
        g.write(d);
      } else {
        g.write(name, d);
      }
    } else {
      if (name == null) {
        g.write(text(value));
      } else {
        g.write(name, text(value));
      }
    }
  }

  /** The XML document with {@code root} as its element (the list's items below it). */
  static String xml(String root, Object value) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = XML.createXMLStreamWriter(out);
      w.writeStartDocument("utf-8", "1.0");
      xml(w, root, value);
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  private static void xml(XMLStreamWriter w, String name, Object value) throws XMLStreamException {
    w.writeStartElement(name);
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        xml(w, (String) e.getKey(), e.getValue());
      }
    } else if (value instanceof Items items) {
      for (Object v : items.values()) {
        xml(w, items.item(), v);
      }
    } else if (value != null) {
      w.writeCharacters(text(value));
    }
    w.writeEndElement();
  }

  private static String text(Object value) {
    return value instanceof OffsetDateTime t
        ? t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
        : String.valueOf(value);
  }
}
