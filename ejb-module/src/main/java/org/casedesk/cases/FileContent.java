package org.casedesk.cases;

/** The bytes of an attachment or its thumbnail, with what to tell the browser. */
public record FileContent(String fileName, String contentType, byte[] bytes) {}
