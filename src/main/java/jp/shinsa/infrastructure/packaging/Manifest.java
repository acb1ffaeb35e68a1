package jp.shinsa.infrastructure.packaging;

import java.util.List;

/**
 * The parsed manifest.json.
 *
 * @param header package-level facts
 * @param files every file of the package except the manifest itself
 */
public record Manifest(PackageHeader header, List<ManifestEntry> files) {

  public Manifest {
    files = List.copyOf(files);
  }
}
