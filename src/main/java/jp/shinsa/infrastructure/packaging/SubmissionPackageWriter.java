package jp.shinsa.infrastructure.packaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds the submission ZIP: manifest.json first (so a streaming reader meets it early), then
 * submission.json, submission.pdf, the terms and the evidence. The package is checked for
 * consistency before a single byte is written.
 */
public final class SubmissionPackageWriter {

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

  private final SubmissionPdfRenderer renderer;

  public SubmissionPackageWriter(SubmissionPdfRenderer renderer) {
    this.renderer = renderer;
  }

  public byte[] write(SubmissionPackage pkg) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(pkg, out);
    return out.toByteArray();
  }

  /**
   * @throws IllegalArgumentException if the package is inconsistent: unsafe or duplicate paths,
   *     terms that are not PDFs, answers referring to evidence the package does not carry
   */
  public void write(SubmissionPackage pkg, OutputStream out) {
    check(pkg);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(PackageFormat.SUBMISSION_JSON, PackageJson.submission(pkg.content()));
    files.put(PackageFormat.SUBMISSION_PDF, renderer.render(pkg));
    pkg.terms().forEach(f -> files.put(f.path(), f.bytes()));
    pkg.evidence().forEach(f -> files.put(f.path(), f.bytes()));
    List<ManifestEntry> entries = new ArrayList<>();
    files.forEach((path, bytes) -> entries.add(ManifestEntry.of(path, bytes)));
    byte[] manifest = PackageJson.manifest(pkg.header(), entries);

    FileTime time = FileTime.from(pkg.header().createdAt());
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, PackageFormat.MANIFEST, manifest, time);
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        put(zip, file.getKey(), file.getValue(), time);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the submission package", e);
    }
  }

  private static void put(ZipOutputStream zip, String path, byte[] bytes, FileTime time)
      throws IOException {
    ZipEntry entry = new ZipEntry(path);
    entry.setLastModifiedTime(time);
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  static void check(SubmissionPackage pkg) {
    Set<String> paths = new HashSet<>();
    paths.add(PackageFormat.MANIFEST);
    paths.add(PackageFormat.SUBMISSION_JSON);
    paths.add(PackageFormat.SUBMISSION_PDF);
    Map<String, PackagedFile> evidence = new LinkedHashMap<>();
    for (PackagedFile f : pkg.terms()) {
      checkPath(f, PackageFormat.TERMS_FOLDER, paths);
      if (!startsWith(f.bytes(), PDF_MAGIC)) {
        throw new IllegalArgumentException("terms file " + f.path() + " is not a PDF");
      }
    }
    for (PackagedFile f : pkg.evidence()) {
      checkPath(f, PackageFormat.EVIDENCE_FOLDER, paths);
      evidence.put(f.path(), f);
    }
    for (SubmittedAnswer a : pkg.content().answers()) {
      for (EvidenceRef ref : a.evidence()) {
        PackagedFile file = evidence.get(ref.path());
        if (file == null) {
          throw new IllegalArgumentException(
              "answer Q"
                  + a.questionNumber()
                  + " refers to "
                  + ref.path()
                  + ", which is not in the package");
        }
        if (file.size() != ref.size() || !file.sha256().equals(ref.sha256())) {
          throw new IllegalArgumentException(
              "answer Q"
                  + a.questionNumber()
                  + " describes "
                  + ref.path()
                  + " with another size or hash");
        }
      }
    }
  }

  private static void checkPath(PackagedFile f, String folder, Set<String> paths) {
    if (!PackageFormat.isSafePath(f.path()) || !f.path().startsWith(folder)) {
      throw new IllegalArgumentException(
          "unsafe path " + f.path() + " (must be under " + folder + ")");
    }
    if (!paths.add(f.path())) {
      throw new IllegalArgumentException("path " + f.path() + " appears twice");
    }
  }

  static boolean startsWith(byte[] bytes, byte[] magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (bytes[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
