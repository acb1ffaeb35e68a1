package jp.shinsa.application.contract;

/**
 * What the portal acknowledges for an upload.
 *
 * @param contractId the contract the file belongs to
 * @param versionId the stored version
 * @param versionNo its number within the contract (1, 2, …)
 * @param duplicate true when the same file (same SHA-256) was already stored: nothing new was
 *     created and the ids point at the existing version
 * @param sha256 the file's SHA-256
 */
public record UploadReceipt(
    long contractId, long versionId, int versionNo, boolean duplicate, String sha256) {}
