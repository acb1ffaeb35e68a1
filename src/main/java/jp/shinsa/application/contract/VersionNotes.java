package jp.shinsa.application.contract;

/**
 * What the analysis noted about a version besides its clauses and findings, as stored (JSON): the
 * defined parties and the page warnings. Read on their own because they sit in the version row's
 * lazily loaded columns, and touching one of those through the entity loads them all, the PDF
 * included.
 */
public record VersionNotes(String partiesJson, String warningsJson) {}
