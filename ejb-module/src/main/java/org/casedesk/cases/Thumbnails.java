package org.casedesk.cases;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/** Small JPEG previews of uploaded photos, made once on upload. */
final class Thumbnails {

  static final int SIZE = 160;

  private Thumbnails() {}

  /** A thumbnail no larger than {@value #SIZE} px, or empty if the image cannot be read. */
  static Optional<byte[]> of(byte[] image) {
    try {
      BufferedImage source = ImageIO.read(new ByteArrayInputStream(image));
      if (source == null) {
        return Optional.empty();
      }
      double scale = Math.min(1.0, (double) SIZE / Math.max(source.getWidth(), source.getHeight()));
      int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
      int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
      BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = small.createGraphics();
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(source, 0, 0, width, height, java.awt.Color.WHITE, null);
      g.dispose();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(small, "jpg", out);
      return Optional.of(out.toByteArray());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
