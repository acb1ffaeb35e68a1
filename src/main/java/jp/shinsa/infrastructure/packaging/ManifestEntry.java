package jp.shinsa.infrastructure.packaging;

/**
 * One file as the manifest lists it.
 *
 * @param path path inside the ZIP
 * @param size size in bytes
 * @param sha256 hex SHA-256 of the content
 */
public record ManifestEntry(String path, long size, String sha256) {

  static ManifestEntry of(String path, byte[] bytes) {
    return new ManifestEntry(path, bytes.length, Hashing.sha256Hex(bytes));
  }
}
