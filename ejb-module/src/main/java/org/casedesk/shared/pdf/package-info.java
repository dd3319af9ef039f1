/**
 * PDF documents with Chinese text: the embedded CJK font (Noto Sans SC, subset per document) and a
 * small writer of headings, paragraphs and tables, shared by reports and meeting minutes.
 */
package org.casedesk.shared.pdf;
