package org.casedesk.web.shared;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;

/**
 * Input over a field's limit is refused, never silently cut. A {@code maxlength} in the page makes
 * the browser drop whatever is typed or pasted beyond it without a word, so pages never send it;
 * the limit is checked on the server (Bean Validation on the services), whose message names the
 * field.
 */
public class RefuseNotCutRenderKitFactory extends RenderKitFactory {

  public RefuseNotCutRenderKitFactory(RenderKitFactory wrapped) {
    super(wrapped);
  }

  @Override
  public void addRenderKit(String renderKitId, RenderKit renderKit) {
    getWrapped().addRenderKit(renderKitId, renderKit);
  }

  @Override
  public RenderKit getRenderKit(FacesContext context, String renderKitId) {
    RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
    return kit == null ? null : new WithoutMaxLength(kit);
  }

  @Override
  public Iterator<String> getRenderKitIds() {
    return getWrapped().getRenderKitIds();
  }

  private static final class WithoutMaxLength extends RenderKitWrapper {

    WithoutMaxLength(RenderKit wrapped) {
      super(wrapped);
    }

    @Override
    public ResponseWriter createResponseWriter(
        Writer writer, String contentTypeList, String characterEncoding) {
      ResponseWriter created =
          getWrapped().createResponseWriter(writer, contentTypeList, characterEncoding);
      return created == null ? null : new NoMaxLengthWriter(created);
    }
  }

  private static final class NoMaxLengthWriter extends ResponseWriterWrapper {

    NoMaxLengthWriter(ResponseWriter wrapped) {
      super(wrapped);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      if (!"maxlength".equalsIgnoreCase(name)) {
        super.writeAttribute(name, value, property);
      }
    }

    @Override
    public ResponseWriter cloneWithWriter(Writer writer) {
      return new NoMaxLengthWriter(getWrapped().cloneWithWriter(writer));
    }
  }
}
