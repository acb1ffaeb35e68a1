package jp.shinsa.infrastructure.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import jp.shinsa.domain.contract.layout.Scripts;
import jp.shinsa.domain.contract.layout.SourceLine;

/**
 * Runs the {@code tesseract} command on a page image and returns positioned lines. Availability is
 * probed once; callers must turn an empty result into a page warning, never into a silently empty
 * page.
 */
public final class TesseractOcr {

  /** TSV for a dense A3 page is well under 1 MB; more means something other than OCR output. */
  private static final long MAX_OUTPUT_BYTES = 16L << 20;

  private final String executable;
  private final String languages;
  private final Duration timeout;
  private volatile Boolean available;

  public TesseractOcr() {
    this("tesseract", "jpn+eng", Duration.ofSeconds(120));
  }

  public TesseractOcr(String executable, String languages, Duration timeout) {
    this.executable = executable;
    this.languages = languages;
    this.timeout = timeout;
  }

  /** True when the command runs and knows the configured languages. */
  public boolean isAvailable() {
    Boolean a = available;
    if (a == null) {
      a = probe();
      available = a;
    }
    return a;
  }

  private boolean probe() {
    try {
      Path list = Files.createTempFile("shinsa-ocr-langs-", ".txt");
      Process p =
          new ProcessBuilder(executable, "--list-langs")
              .redirectErrorStream(true)
              .redirectOutput(list.toFile())
              .start();
      boolean finished = p.waitFor(20, TimeUnit.SECONDS);
      if (!finished) {
        p.destroyForcibly();
      }
      String out = Files.readString(list, StandardCharsets.UTF_8);
      deleteQuietly(list);
      if (!finished) {
        return false;
      }
      if (p.exitValue() != 0) {
        return false;
      }
      for (String lang : languages.split("\\+")) {
        if (!out.lines().map(String::strip).toList().contains(lang)) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Recognises one page image.
   *
   * @param image the rendered page
   * @param page 1-based page number for the resulting lines
   * @param pointsPerPixel scale from image pixels back to PDF points (72 / dpi)
   * @return lines in reading order, or empty when OCR is unavailable or failed
   */
  public Optional<List<SourceLine>> recognise(
      BufferedImage image, int page, double pointsPerPixel) {
    if (!isAvailable()) {
      return Optional.empty();
    }
    Path png = null;
    Path tsv = null;
    try {
      png = Files.createTempFile("shinsa-ocr-", ".png");
      tsv = Files.createTempFile("shinsa-ocr-", ".tsv");
      ImageIO.write(image, "png", png.toFile());
      // Output goes to a file, not a pipe: reading a pipe to its end would block past the
      // timeout if tesseract hangs, and an unread pipe can stall tesseract itself.
      Process p =
          new ProcessBuilder(
                  executable, png.toString(), "stdout", "-l", languages, "--psm", "3", "tsv")
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .redirectOutput(tsv.toFile())
              .start();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        return Optional.empty();
      }
      if (p.exitValue() != 0) {
        return Optional.empty();
      }
      if (Files.size(tsv) > MAX_OUTPUT_BYTES) {
        return Optional.empty();
      }
      String out = Files.readString(tsv, StandardCharsets.UTF_8);
      return Optional.of(parseTsv(out, page, pointsPerPixel));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      deleteQuietly(png);
      deleteQuietly(tsv);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // a leftover temp file is harmless
      }
    }
  }

  /**
   * Item numbers 一 and 二 come back as the look-alike katakana ー and ニ. Neither can start a Japanese
   * word before a kanji or a space, so at a line start they are the numerals.
   */
  static void fixLeadingKanjiNumeral(StringBuilder line) {
    if (line.length() < 2) {
      return;
    }
    char first = line.charAt(0);
    char next = line.charAt(1);
    boolean numeralContext = Character.isWhitespace(next) || Character.isIdeographic(next);
    if (numeralContext && first == 'ー') {
      line.setCharAt(0, '一');
    } else if (numeralContext && first == 'ニ') {
      line.setCharAt(0, '二');
    }
  }

  /** One word of tesseract's TSV output. */
  private record Word(int left, int top, int width, int height, String text) {}

  /**
   * Groups TSV words by (block, paragraph, line). Japanese words come out one or two characters
   * apart, so a space is kept only between two non-CJK words.
   */
  static List<SourceLine> parseTsv(String tsv, int page, double scale) {
    Map<String, List<Word>> lines = new LinkedHashMap<>();
    for (String row : tsv.split("\n")) {
      String[] f = row.split("\t", -1);
      if (f.length < 12 || !"5".equals(f[0])) {
        continue;
      }
      String text = f[11].strip();
      if (text.isEmpty()) {
        continue;
      }
      String key = f[2] + "/" + f[3] + "/" + f[4];
      lines
          .computeIfAbsent(key, k -> new ArrayList<>())
          .add(
              new Word(
                  Integer.parseInt(f[6]),
                  Integer.parseInt(f[7]),
                  Integer.parseInt(f[8]),
                  Integer.parseInt(f[9]),
                  text));
    }
    List<SourceLine> out = new ArrayList<>();
    for (List<Word> words : lines.values()) {
      StringBuilder sb = new StringBuilder();
      int x0 = Integer.MAX_VALUE;
      int y0 = Integer.MAX_VALUE;
      int x1 = 0;
      int y1 = 0;
      for (Word w : words) {
        if (!sb.isEmpty()
            && !Scripts.isCjk(sb.charAt(sb.length() - 1))
            && !Scripts.isCjk(w.text().charAt(0))) {
          sb.append(' ');
        }
        sb.append(w.text());
        x0 = Math.min(x0, w.left());
        y0 = Math.min(y0, w.top());
        x1 = Math.max(x1, w.left() + w.width());
        y1 = Math.max(y1, w.top() + w.height());
      }
      fixLeadingKanjiNumeral(sb);
      double height = (y1 - y0) * scale;
      out.add(
          new SourceLine(
              page,
              sb.toString(),
              x0 * scale,
              y0 * scale,
              (x1 - x0) * scale,
              height,
              height,
              true));
    }
    return out;
  }
}
