package jp.shinsa.infrastructure.packaging;

import static jp.shinsa.infrastructure.packaging.SubmissionPackageException.Problem.BAD_CONTENT;
import static jp.shinsa.infrastructure.packaging.SubmissionPackageException.Problem.BAD_MANIFEST;
import static jp.shinsa.infrastructure.packaging.SubmissionPackageException.Problem.DUPLICATE_ENTRY;
import static jp.shinsa.infrastructure.packaging.SubmissionPackageException.Problem.MISSING_FILE;
import static jp.shinsa.infrastructure.packaging.SubmissionPackageException.Problem.NOT_A_ZIP;
import static jp.shinsa.infrastructure.packaging.SubmissionPackageException.Problem.TAMPERED;
import static jp.shinsa.infrastructure.packaging.SubmissionPackageException.Problem.TOO_LARGE;
import static jp.shinsa.infrastructure.packaging.SubmissionPackageException.Problem.UNLISTED_FILE;
import static jp.shinsa.infrastructure.packaging.SubmissionPackageException.Problem.UNSAFE_PATH;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import jp.shinsa.domain.shared.ZipCentralDirectory;

/**
 * Verifies and reads a submission package. Everything is checked before anything is returned: entry
 * paths, entry count and uncompressed size (counted while inflating, never trusted from the
 * headers), the manifest, every listed file's size and SHA-256, files the manifest does not list,
 * and the references from answers to evidence. The result is the whole package or a {@link
 * SubmissionPackageException}.
 */
public final class SubmissionPackageReader {

  /**
   * Bounds that keep a hostile ZIP from exhausting memory.
   *
   * @param maxTotalBytes most uncompressed bytes over all entries
   * @param maxEntries most entries
   */
  public record Limits(long maxTotalBytes, int maxEntries) {

    /** Room for a few terms PDFs and dozens of 20 MB evidence files, not for a zip bomb. */
    public static Limits defaults() {
      return new Limits(300L * 1024 * 1024, 500);
    }
  }

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

  private final Limits limits;

  public SubmissionPackageReader(Limits limits) {
    this.limits = limits;
  }

  public SubmissionPackageReader() {
    this(Limits.defaults());
  }

  /**
   * Reads a package from a stream, holding at most {@code maxTotalBytes} of it in memory.
   *
   * @throws SubmissionPackageException with the problem and, where there is one, the file
   */
  public ImportedPackage read(InputStream in) {
    try {
      byte[] zip =
          in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limits.maxTotalBytes() + 1));
      if (zip.length > limits.maxTotalBytes()) {
        throw new SubmissionPackageException(
            TOO_LARGE, null, "the package is larger than " + limits.maxTotalBytes() + " bytes");
      }
      return read(zip);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the package", e);
    }
  }

  /**
   * @throws SubmissionPackageException with the problem and, where there is one, the file
   */
  public ImportedPackage read(byte[] zip) {
    Unzipped unzipped = unzip(new ByteArrayInputStream(zip));
    matchCentralDirectory(zip, unzipped.names());
    Map<String, byte[]> entries = unzipped.files();
    byte[] manifestBytes = entries.remove(PackageFormat.MANIFEST);
    if (manifestBytes == null) {
      throw new SubmissionPackageException(
          BAD_MANIFEST, PackageFormat.MANIFEST, "the package has no manifest.json");
    }
    Manifest manifest = manifest(manifestBytes);
    verify(manifest, entries);
    return assemble(manifest, entries);
  }

  /** The files read sequentially, and every entry name met on the way (directories too). */
  private record Unzipped(Map<String, byte[]> files, List<String> names) {}

  /**
   * Sequential reading sees the local headers; most unpacking tools use the central directory
   * instead. A ZIP whose two views differ could show the buyer files that were never verified, so
   * both must name the same entries.
   */
  private static void matchCentralDirectory(byte[] zip, List<String> localNames) {
    List<String> central = ZipCentralDirectory.entryNames(zip).orElse(null);
    if (central == null) {
      throw new SubmissionPackageException(
          NOT_A_ZIP, null, "the ZIP file's central directory is unreadable");
    }
    Set<String> local = new HashSet<>(localNames);
    for (String name : central) {
      if (!local.contains(name)) {
        throw new SubmissionPackageException(
            UNLISTED_FILE, name, name + " is hidden in the ZIP's central directory");
      }
    }
    if (central.size() != localNames.size() || !new HashSet<>(central).equals(local)) {
      throw new SubmissionPackageException(
          DUPLICATE_ENTRY, null, "the ZIP's central directory does not match its entries");
    }
  }

  private Unzipped unzip(InputStream raw) {
    BufferedInputStream in = new BufferedInputStream(raw);
    try {
      in.mark(4);
      byte[] magic = in.readNBytes(4);
      in.reset();
      if (magic.length < 4
          || magic[0] != 'P'
          || magic[1] != 'K'
          || magic[2] != 3
          || magic[3] != 4) {
        throw new SubmissionPackageException(NOT_A_ZIP, null, "the upload is not a ZIP file");
      }
      Map<String, byte[]> entries = new LinkedHashMap<>();
      List<String> names = new ArrayList<>();
      long total = 0;
      int count = 0;
      byte[] buffer = new byte[64 * 1024];
      try (ZipInputStream zip = new ZipInputStream(in)) {
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
          if (++count > limits.maxEntries()) {
            throw new SubmissionPackageException(
                TOO_LARGE, null, "the package has more than " + limits.maxEntries() + " entries");
          }
          String name = entry.getName();
          if (!PackageFormat.isSafePath(stripDirectorySlash(name, entry))) {
            throw new SubmissionPackageException(
                UNSAFE_PATH, name, "unsafe path in the package: '" + name + "'");
          }
          names.add(name);
          if (entry.isDirectory()) {
            continue;
          }
          if (entries.containsKey(name)) {
            throw new SubmissionPackageException(
                DUPLICATE_ENTRY, name, name + " appears twice in the package");
          }
          ByteArrayOutputStream content = new ByteArrayOutputStream();
          int n;
          while ((n = zip.read(buffer)) > 0) {
            total += n;
            if (total > limits.maxTotalBytes()) {
              throw new SubmissionPackageException(
                  TOO_LARGE,
                  name,
                  "the package unpacks to more than " + limits.maxTotalBytes() + " bytes");
            }
            content.write(buffer, 0, n);
          }
          entries.put(name, content.toByteArray());
        }
      }
      if (count == 0) {
        throw new SubmissionPackageException(NOT_A_ZIP, null, "the ZIP file has no entries");
      }
      return new Unzipped(entries, names);
    } catch (ZipException | EOFException e) {
      // A ZIP cut short in transfer ends in EOF inside an entry: as unusable as a corrupt one.
      throw new SubmissionPackageException(
          NOT_A_ZIP, null, "the ZIP file is truncated or corrupt: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the package", e);
    }
  }

  private static String stripDirectorySlash(String name, ZipEntry entry) {
    return entry.isDirectory() && name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
  }

  private static Manifest manifest(byte[] bytes) {
    Manifest manifest;
    try {
      manifest = PackageJson.parseManifest(bytes);
    } catch (IllegalArgumentException e) {
      throw new SubmissionPackageException(
          BAD_MANIFEST, PackageFormat.MANIFEST, "manifest.json is invalid: " + e.getMessage(), e);
    }
    Set<String> seen = new HashSet<>();
    for (ManifestEntry f : manifest.files()) {
      if (!PackageFormat.isSafePath(f.path())) {
        throw new SubmissionPackageException(
            UNSAFE_PATH, f.path(), "manifest.json lists an unsafe path: '" + f.path() + "'");
      }
      boolean known =
          f.path().equals(PackageFormat.SUBMISSION_JSON)
              || f.path().equals(PackageFormat.SUBMISSION_PDF)
              || f.path().startsWith(PackageFormat.TERMS_FOLDER)
              || f.path().startsWith(PackageFormat.EVIDENCE_FOLDER);
      if (!known || !seen.add(f.path())) {
        throw new SubmissionPackageException(
            BAD_MANIFEST,
            f.path(),
            "manifest.json lists an unexpected or repeated file: " + f.path());
      }
    }
    for (String required : List.of(PackageFormat.SUBMISSION_JSON, PackageFormat.SUBMISSION_PDF)) {
      if (!seen.contains(required)) {
        throw new SubmissionPackageException(
            BAD_MANIFEST, required, "manifest.json does not list " + required);
      }
    }
    return manifest;
  }

  private static void verify(Manifest manifest, Map<String, byte[]> entries) {
    Set<String> listed = new HashSet<>();
    for (ManifestEntry f : manifest.files()) {
      listed.add(f.path());
      byte[] content = entries.get(f.path());
      if (content == null) {
        throw new SubmissionPackageException(
            MISSING_FILE, f.path(), f.path() + " is listed in the manifest but not in the package");
      }
      if (content.length != f.size() || !Hashing.sha256Hex(content).equals(f.sha256())) {
        throw new SubmissionPackageException(
            TAMPERED,
            f.path(),
            f.path() + " has changed: its size or SHA-256 differs from the manifest");
      }
    }
    for (String path : entries.keySet()) {
      if (!listed.contains(path)) {
        throw new SubmissionPackageException(
            UNLISTED_FILE, path, path + " is in the package but not in the manifest");
      }
    }
  }

  private static ImportedPackage assemble(Manifest manifest, Map<String, byte[]> entries) {
    SubmissionContent content;
    try {
      content = PackageJson.parseSubmission(entries.get(PackageFormat.SUBMISSION_JSON));
    } catch (IllegalArgumentException e) {
      throw new SubmissionPackageException(
          BAD_CONTENT,
          PackageFormat.SUBMISSION_JSON,
          "submission.json is invalid: " + e.getMessage(),
          e);
    }
    List<PackagedFile> terms = new ArrayList<>();
    List<PackagedFile> evidence = new ArrayList<>();
    for (ManifestEntry f : manifest.files()) {
      byte[] bytes = entries.get(f.path());
      if (f.path().startsWith(PackageFormat.TERMS_FOLDER)) {
        if (!SubmissionPackageWriter.startsWith(bytes, PDF_MAGIC)) {
          throw new SubmissionPackageException(BAD_CONTENT, f.path(), f.path() + " is not a PDF");
        }
        terms.add(new PackagedFile(f.path(), bytes));
      } else if (f.path().startsWith(PackageFormat.EVIDENCE_FOLDER)) {
        evidence.add(new PackagedFile(f.path(), bytes));
      }
    }
    SubmissionPackage pkg = new SubmissionPackage(manifest.header(), content, terms, evidence);
    try {
      SubmissionPackageWriter.check(pkg);
    } catch (IllegalArgumentException e) {
      throw new SubmissionPackageException(
          BAD_CONTENT, PackageFormat.SUBMISSION_JSON, e.getMessage(), e);
    }
    return new ImportedPackage(pkg, entries.get(PackageFormat.SUBMISSION_PDF));
  }
}
