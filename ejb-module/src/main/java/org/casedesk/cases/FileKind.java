package org.casedesk.cases;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file a case accepts, recognised by their first bytes, never by the name or the type
 * the browser claims: a renamed executable is refused.
 */
public enum FileKind {
  JPEG("image/jpeg", true, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", true, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
  PDF("application/pdf", false, new byte[] {'%', 'P', 'D', 'F', '-'});

  /** The largest file accepted, 5 MiB. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  private final String contentType;
  private final boolean image;
  private final byte[] magic;

  FileKind(String contentType, boolean image, byte[] magic) {
    this.contentType = contentType;
    this.image = image;
    this.magic = magic;
  }

  public String contentType() {
    return contentType;
  }

  public boolean isImage() {
    return image;
  }

  /** The kind these bytes really are, if it is one we accept. */
  public static Optional<FileKind> of(byte[] content) {
    return Arrays.stream(values())
        .filter(
            k ->
                content.length >= k.magic.length
                    && Arrays.equals(content, 0, k.magic.length, k.magic, 0, k.magic.length))
        .findFirst();
  }
}
