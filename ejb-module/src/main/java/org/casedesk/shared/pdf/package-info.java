/**
 * PDF documents with Chinese text: PDFBox with an embedded (subset) CJK font, Droid Sans Fallback
 * (Apache 2.0, from Debian's fonts-droid-fallback), shipped as a resource so no machine needs
 * fonts.
 */
package org.casedesk.shared.pdf;
