package jp.shinsa.application.submission;

/**
 * A built submission package.
 *
 * @param fileName suggested download name
 * @param zip the package
 */
public record SubmissionExport(String fileName, byte[] zip) {}
