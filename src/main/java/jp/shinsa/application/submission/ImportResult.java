package jp.shinsa.application.submission;

/**
 * What an import created.
 *
 * @param questionnaireId the questionnaire holding the supplier's answers, SUBMITTED for review
 * @param contractId the contract the enclosed terms were filed as (queued for the portal's
 *     judgment)
 * @param contractDuplicate whether the terms were already filed (the existing contract is linked)
 * @param supplierCode the supplier organisation
 * @param answers number of answers loaded
 * @param evidenceFiles number of evidence files loaded
 * @param packageSha256 SHA-256 of the whole package as received
 */
public record ImportResult(
    long questionnaireId,
    long contractId,
    boolean contractDuplicate,
    String supplierCode,
    int answers,
    int evidenceFiles,
    String packageSha256) {}
