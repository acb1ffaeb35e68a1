package jp.shinsa.infrastructure.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the TrueType font that PDF reports embed. A configured path ({@value #PROPERTY} or env
 * {@value #ENV}) wins and must exist; without one, the font directories are searched for the IPA
 * fonts that Debian's fonts-ipafont / fonts-ipaexfont install. A missing font is an installation
 * problem, so it fails loudly with what to install or configure instead of producing a PDF whose
 * Japanese is blank.
 */
public final class JapaneseFontLocator {

  public static final String PROPERTY = "shinsa.report.font";
  public static final String ENV = "SHINSA_REPORT_FONT";

  /** File names in order of preference: Gothic reads best in small table cells. */
  static final List<String> PREFERRED =
      List.of(
          "ipaexg.ttf",
          "ipag.ttf",
          "fonts-japanese-gothic.ttf",
          "ipagp.ttf",
          "ipaexm.ttf",
          "ipam.ttf",
          "fonts-japanese-mincho.ttf");

  static final List<Path> DEFAULT_ROOTS =
      List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"));

  private final Path configured;
  private final List<Path> searchRoots;

  /**
   * @param configured an explicit font file, or null to search
   * @param searchRoots directories searched (recursively) when nothing is configured
   */
  public JapaneseFontLocator(Path configured, List<Path> searchRoots) {
    this.configured = configured;
    this.searchRoots = List.copyOf(searchRoots);
  }

  /** Uses {@value #PROPERTY}, else {@value #ENV}, else searches the system font directories. */
  public static JapaneseFontLocator fromEnvironment() {
    String value = System.getProperty(PROPERTY);
    if (value == null || value.isBlank()) {
      value = System.getenv(ENV);
    }
    return new JapaneseFontLocator(
        value == null || value.isBlank() ? null : Path.of(value.strip()), DEFAULT_ROOTS);
  }

  public Path locate() {
    if (configured != null) {
      if (!Files.isRegularFile(configured) || !Files.isReadable(configured)) {
        throw new ReportFontMissingException(
            "The font configured for PDF reports ("
                + PROPERTY
                + " / "
                + ENV
                + " = "
                + configured
                + ") is not a readable file.");
      }
      return configured;
    }
    List<Path> found = new ArrayList<>();
    for (Path root : searchRoots) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> files = Files.walk(root, 8)) {
          files.filter(Files::isRegularFile).forEach(found::add);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot search " + root + " for fonts", e);
        }
      }
    }
    for (String name : PREFERRED) {
      Optional<Path> match =
          found.stream()
              .filter(p -> p.getFileName().toString().equalsIgnoreCase(name))
              .sorted()
              .findFirst();
      if (match.isPresent()) {
        return match.get();
      }
    }
    throw new ReportFontMissingException(
        "No Japanese font for PDF reports: looked for "
            + PREFERRED
            + " under "
            + searchRoots
            + ". Install the Debian package fonts-ipafont (or fonts-ipaexfont), or set "
            + PROPERTY
            + " / "
            + ENV
            + " to a TrueType font file with Japanese glyphs.");
  }
}
