package jp.shinsa.application.analysis;

/**
 * Fired (CDI event) after a contract version's analysis has been stored, so that other subjects —
 * remediation items, questionnaire cross-checks, the audit trail — react without the analysis
 * knowing about them.
 *
 * @param contractId the contract
 * @param versionId the analysed version
 * @param versionNo its number within the contract
 * @param catalogueVersion the catalogue it was judged under
 */
public record AnalysisCompleted(
    long contractId, long versionId, int versionNo, String catalogueVersion) {}
