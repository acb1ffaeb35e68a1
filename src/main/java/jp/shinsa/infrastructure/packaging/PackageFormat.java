package jp.shinsa.infrastructure.packaging;

import java.util.Locale;
import java.util.regex.Pattern;

/** Fixed names and path rules of the package format. */
public final class PackageFormat {

  /** Identifies a Shinsa submission package in its manifest. */
  public static final String FORMAT = "shinsa-submission-package";

  /** Current format version; readers refuse versions they do not know. */
  public static final String VERSION = "1";

  public static final String MANIFEST = "manifest.json";
  public static final String SUBMISSION_JSON = "submission.json";
  public static final String SUBMISSION_PDF = "submission.pdf";
  public static final String TERMS_FOLDER = "terms/";
  public static final String EVIDENCE_FOLDER = "evidence/";

  private static final Pattern UNSAFE_CHARS = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");

  private PackageFormat() {}

  /**
   * Whether a path may appear in a package: relative, forward slashes only, no empty, "." or ".."
   * segments, no drive letters or control characters. Anything else could write outside the folder
   * of whoever unpacks the ZIP with a less careful tool.
   */
  public static boolean isSafePath(String path) {
    if (path == null || path.isEmpty() || path.length() > 512) {
      return false;
    }
    if (path.startsWith("/") || path.contains("\\") || path.indexOf(':') >= 0) {
      return false;
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return false;
      }
      if (segment.chars().anyMatch(Character::isISOControl)) {
        return false;
      }
    }
    return true;
  }

  /** A package path for a supplier's terms document. */
  public static String termsPath(int index, String fileName) {
    return TERMS_FOLDER + "%02d-%s".formatted(index, safeName(fileName, "terms.pdf"));
  }

  /** A package path for an evidence file. */
  public static String evidencePath(int index, String fileName) {
    return EVIDENCE_FOLDER + "%02d-%s".formatted(index, safeName(fileName, "evidence"));
  }

  /** A file name stripped of anything that could act as a path. */
  static String safeName(String fileName, String fallback) {
    String name = fileName == null ? "" : fileName.strip();
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = UNSAFE_CHARS.matcher(name).replaceAll("_");
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      name = fallback;
    }
    if (name.startsWith(".")) {
      name = "_" + name.substring(1);
    }
    return name.length() > 120 ? name.substring(name.length() - 120) : name;
  }

  static boolean isPdfName(String path) {
    return path.toLowerCase(Locale.ROOT).endsWith(".pdf");
  }
}
