package jp.shinsa.infrastructure.packaging;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the Japanese TrueType font for generated PDFs lives. PDFs must embed it: a reader without
 * Japanese fonts would otherwise show empty boxes. Configured by system property {@value #PROPERTY}
 * or environment variable {@value #ENV}; by default the Debian fonts-ipafont files.
 */
public final class JapaneseFont {

  public static final String PROPERTY = "shinsa.pdf.font";
  public static final String ENV = "SHINSA_PDF_FONT";

  /**
   * Debian fonts-ipafont-gothic / fonts-ipaexfont locations, tried in order; the proportional
   * IPAPGothic first because the fixed-width IPAGothic makes English text hard to read.
   */
  static final List<Path> DEFAULTS =
      List.of(
          Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipagp.ttf"),
          Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"),
          Path.of("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"),
          Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
          Path.of("/usr/share/fonts/opentype/ipafont-mincho/ipam.ttf"));

  private JapaneseFont() {}

  /**
   * The configured font file.
   *
   * @throws PdfFontMissingException if the configured file, or with no configuration every default
   *     location, is missing
   */
  public static Path configured() {
    String configured = System.getProperty(PROPERTY);
    if (configured == null || configured.isBlank()) {
      configured = System.getenv(ENV);
    }
    if (configured != null && !configured.isBlank()) {
      return require(Path.of(configured.strip()));
    }
    return DEFAULTS.stream()
        .filter(Files::isReadable)
        .findFirst()
        .orElseThrow(
            () ->
                new PdfFontMissingException(
                    "no Japanese font found at "
                        + DEFAULTS
                        + "; install the Debian package fonts-ipafont-gothic or set -D"
                        + PROPERTY
                        + " (or "
                        + ENV
                        + ") to a TrueType font with Japanese glyphs"));
  }

  /** Checks that a given font file can be read. */
  public static Path require(Path font) {
    if (!Files.isReadable(font)) {
      throw new PdfFontMissingException(
          "Japanese font "
              + font
              + " is missing or unreadable; install fonts-ipafont-gothic or point -D"
              + PROPERTY
              + " at a TrueType font with Japanese glyphs");
    }
    return font;
  }

  /** The PDF cannot be produced because its Japanese font is missing. */
  public static class PdfFontMissingException extends IllegalStateException {
    public PdfFontMissingException(String message) {
      super(message);
    }
  }
}
