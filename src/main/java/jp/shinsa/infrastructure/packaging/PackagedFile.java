package jp.shinsa.infrastructure.packaging;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file inside a submission package.
 *
 * @param path path inside the ZIP, e.g. "terms/standard-terms.pdf" or "evidence/01-ismap.pdf"
 * @param bytes the content
 */
public record PackagedFile(String path, byte[] bytes) {

  public PackagedFile {
    Objects.requireNonNull(path, "path");
    bytes = Objects.requireNonNull(bytes, "bytes").clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public long size() {
    return bytes.length;
  }

  public String sha256() {
    return Hashing.sha256Hex(bytes);
  }

  /** The name after the folder: what the supplier called the file. */
  public String fileName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PackagedFile f && path.equals(f.path) && Arrays.equals(bytes, f.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * path.hashCode() + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "PackagedFile[" + path + ", " + bytes.length + " bytes]";
  }
}
