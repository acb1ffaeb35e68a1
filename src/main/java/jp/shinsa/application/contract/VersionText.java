package jp.shinsa.application.contract;

/**
 * The extracted text of a version and where each line lies on its page (layout JSON), as the viewer
 * needs them to show and mark a selected clause. Read on their own for the same reason as {@link
 * VersionNotes}: through the entity, the first lazy column touched loads them all, the PDF
 * included, on every click from a finding's evidence to its clause.
 */
public record VersionText(String fullText, String layoutJson) {}
