package jp.shinsa.infrastructure.packaging;

import java.util.Objects;

/**
 * A package the reader refuses (or the writer cannot build). {@link #problem()} says what kind of
 * problem, {@link #path()} which file, so the officer can be told exactly what is wrong.
 */
public class SubmissionPackageException extends RuntimeException {

  /** Why a package was refused. */
  public enum Problem {
    /** The upload is not a readable ZIP. */
    NOT_A_ZIP,
    /** manifest.json is missing, malformed, of an unknown format or lists something impossible. */
    BAD_MANIFEST,
    /** A file listed in the manifest is not in the ZIP. */
    MISSING_FILE,
    /** A file's size or SHA-256 differs from the manifest. */
    TAMPERED,
    /** The ZIP holds a file the manifest does not list. */
    UNLISTED_FILE,
    /** An entry path is absolute, climbs out with "..", or is otherwise unsafe. */
    UNSAFE_PATH,
    /** The same path appears twice in the ZIP. */
    DUPLICATE_ENTRY,
    /** Too many entries, or more uncompressed bytes than allowed (zip-bomb guard). */
    TOO_LARGE,
    /** submission.json is malformed or refers to files the package does not carry. */
    BAD_CONTENT
  }

  private final Problem problem;
  private final String path;

  public SubmissionPackageException(Problem problem, String path, String message) {
    super(message);
    this.problem = Objects.requireNonNull(problem);
    this.path = path;
  }

  public SubmissionPackageException(Problem problem, String path, String message, Throwable cause) {
    this(problem, path, message);
    initCause(cause);
  }

  public Problem problem() {
    return problem;
  }

  /** The file concerned, or null when the problem is with the package as a whole. */
  public String path() {
    return path;
  }
}
