package jp.shinsa.domain.contract.layout;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import jp.shinsa.domain.contract.Grammar;
import jp.shinsa.domain.contract.LineBox;
import jp.shinsa.domain.contract.TextNormaliser;

/**
 * Joins wrapped physical lines into logical lines. A line is a continuation of the previous one
 * when the previous line runs to the right margin, does not end a sentence, and the new line does
 * not open a new unit (article, numbered item, caption...). Japanese lines join without a space,
 * English ones with a space, and an end-of-line hyphen before a lower-case word is dropped.
 * Segmentation depends on this: numbering is only recognised at the start of a logical line.
 */
public final class LineJoiner {

  /**
   * A line that opens a new unit. Numbering and captions stay in code; the words of an annex
   * heading (別紙, Schedule …) are the clause segmenter's ({@code annexHeadingWordsJa}, {@code
   * annexHeadingWordsEn} in {@code contracts-templates/lexicon/grammar.json}), so that a word added
   * there both opens a new line here and is segmented as an annex.
   */
  private final Pattern strongMarker;

  /**
   * @param grammar the word lists of {@code contracts-templates/lexicon/grammar.json} (annex
   *     heading words)
   */
  public LineJoiner(Grammar grammar) {
    String annexEn = grammar.alternation("annexHeadingWordsEn");
    strongMarker =
        Pattern.compile(
            "^(?:第\\s*[0-9一二三四五六七八九十百千〇]+\\s*条(?:\\s*の\\s*[0-9一二三四五六七八九十]+)?(?=\\s|\\(|$)"
                + "|第\\s*[0-9一二三四五六七八九十百千〇]+\\s*[章節款](?=\\s|$)"
                + "|第\\s*[0-9一二三四五六七八九十百千〇]+(?=\\s|\\()"
                + "|(?:ARTICLE|SECTION|CLAUSE|CHAPTER|PART|(?=[A-Z]+\\s)(?i:"
                + annexEn
                + "))\\s+[0-9IVXLC]+\\.?\\s*$"
                + "|§\\s*\\d+(?:\\.\\d+)*\\.?\\s+[A-Z(\"]"
                + "|(?i:article|section|clause|chapter|part|"
                + annexEn
                + ")\\s+[0-9IVXLCA-Z]+[.:]?\\s+[-:]?\\s*[A-Z(\"]"
                + "|(?:"
                + grammar.alternation("annexHeadingWordsJa")
                + ")\\s*(?:第\\s*)?[0-9一二三四五六七八九十Ⅰ-Ⅻ]*\\s*(?:[(「]|\\s|$)"
                + "|\\d+\\.\\d+\\.?\\s+[^a-z\\s]"
                + "|\\(\\s*(?:\\d{1,3}|[a-zA-Z]{1,4}|[一二三四五六七八九十]{1,3}|[ア-ン])\\s*\\)"
                + "|(?:\\d{1,3}|[a-z])\\)\\s"
                + "|[一二三四五六七八九十]{1,3}\\s*[、.]"
                + "|[①-⑳]|[・•●■□◆※]"
                + "|\\([^)]{1,20}\\)\\s*$"
                + "|「[^」]{1,30}」とは|\"[^\"]{1,40}\"\\s+(?:means|shall mean|refers|has the meaning)"
                + "|以上\\s*$|(?i:in witness))");
  }

  /** "1. Definitions ........ 2": table-of-contents lines stand alone. */
  private static final Pattern TOC_ENTRY = Pattern.compile("(?:[.・…]{4,}|\\s{3,})\\s*\\d+\\s*$");

  private static final String TERMINALS = "。．.：:;；!?！？";

  public JoinedText join(List<List<SourceLine>> pages) {
    List<SourceLine> lines = new ArrayList<>();
    List<Boolean> gapBefore = new ArrayList<>();
    List<Double> room = new ArrayList<>();
    double typicalPlainWidth = typicalPlainWidth(pages);
    double pitch = typicalPitch(pages);
    for (List<SourceLine> page : pages) {
      boolean blankSeen = false;
      SourceLine previous = null;
      for (SourceLine line : page) {
        if (line.text().isBlank()) {
          blankSeen = true;
          continue;
        }
        lines.add(line.withText(line.text().strip()));
        gapBefore.add(blankSeen || blankAbove(previous, line, pitch));
        room.add(roomAtEnd(line, page, typicalPlainWidth));
        blankSeen = false;
        previous = line;
      }
    }

    StringBuilder full = new StringBuilder();
    List<LineBox> boxes = new ArrayList<>();
    List<TextLine> logical = new ArrayList<>();
    BitSet spaced = new BitSet();
    int logicalStart = 0;
    int logicalPage = 1;
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      String text = line.text();
      boolean prevShort = i > 0 && endsEarly(lines.get(i - 1), room.get(i - 1), line);
      boolean join = i > 0 && continues(lines.get(i - 1), prevShort, line, gapBefore.get(i));
      if (join) {
        String prev = lines.get(i - 1).text();
        if (hyphenated(prev, text)) {
          full.setLength(full.length() - 1);
          LineBox last = boxes.remove(boxes.size() - 1);
          boxes.add(withEnd(last, full.length()));
        } else if (needsSpace(prev, text)) {
          full.append(' ');
        }
      } else {
        if (i > 0) {
          logical.add(lineOf(full, logicalStart, logicalPage));
          full.append('\n');
        }
        if (gapBefore.get(i)
            || pageTopAfterParagraph(lines.get(i - 1 < 0 ? 0 : i - 1), prevShort, line)) {
          spaced.set(logical.size());
        }
        logicalStart = full.length();
        logicalPage = line.page();
      }
      int start = full.length();
      full.append(text);
      boxes.add(
          new LineBox(
              line.page(),
              line.x(),
              line.y(),
              line.width(),
              line.height(),
              start,
              full.length(),
              line.ocr()));
    }
    if (!lines.isEmpty()) {
      logical.add(lineOf(full, logicalStart, logicalPage));
    }
    return new JoinedText(full.toString(), logical, boxes, spaced);
  }

  private static TextLine lineOf(StringBuilder full, int start, int page) {
    return new TextLine(full.substring(start), start, full.length(), page);
  }

  private static LineBox withEnd(LineBox b, int end) {
    return new LineBox(
        b.page(), b.x(), b.y(), b.width(), b.height(), b.startOffset(), end, b.ocr());
  }

  boolean continues(SourceLine prev, boolean prevShort, SourceLine next, boolean blankBetween) {
    if (blankBetween || prevShort) {
      return false;
    }
    String p = TextNormaliser.normalise(prev.text()).strip();
    String n = TextNormaliser.normalise(next.text()).strip();
    if (p.isEmpty() || n.isEmpty()) {
      return false;
    }
    if (TOC_ENTRY.matcher(p).find()) {
      return false;
    }
    char last = p.charAt(p.length() - 1);
    if (TERMINALS.indexOf(last) >= 0 && !hyphenated(p, n)) {
      return false;
    }
    return !strongMarker.matcher(n).find();
  }

  /**
   * A blank line's worth of space between two lines of a page: well over the document's usual line
   * pitch, or — where blank lines are so common that they set the usual pitch — over two and a half
   * times the font size (leading is 1.2 to 1.8 font sizes).
   */
  private static boolean blankAbove(SourceLine previous, SourceLine line, double pitch) {
    if (previous == null || !line.hasGeometry() || !previous.hasGeometry()) {
      return false;
    }
    double gap = line.y() - previous.y();
    double size = previous.fontSize() > 0 ? previous.fontSize() : previous.height();
    return pitch > 0 && gap > 1.6 * pitch || size > 0 && gap > 2.5 * size;
  }

  /**
   * A line at the top of a page after a line that ended a sentence short of the margin: the blank
   * line between two paragraphs, if any, fell at the page break, so the break is taken as one.
   */
  private static boolean pageTopAfterParagraph(
      SourceLine prev, boolean prevShort, SourceLine line) {
    if (!prevShort || prev == line || prev.page() == line.page()) {
      return false;
    }
    String p = prev.text().strip();
    return !p.isEmpty() && "。．.!?！？".indexOf(p.charAt(p.length() - 1)) >= 0;
  }

  static boolean hyphenated(String prev, String next) {
    int n = prev.length();
    return n >= 2
        && prev.charAt(n - 1) == '-'
        && Character.isLetter(prev.charAt(n - 2))
        && !next.isEmpty()
        && Character.isLowerCase(next.charAt(0));
  }

  static boolean needsSpace(String prev, String next) {
    char a = prev.charAt(prev.length() - 1);
    char b = next.charAt(0);
    return !Scripts.isCjk(a) && !Scripts.isCjk(b);
  }

  /**
   * Space left at the end of a line: display columns for plain text, points otherwise. Ragged
   * wrapping leaves room too, so a line only ends early when the next line's first word would have
   * fitted into that room.
   */
  private static double roomAtEnd(
      SourceLine line, List<SourceLine> page, double typicalPlainWidth) {
    if (!line.hasGeometry()) {
      return typicalPlainWidth - Scripts.displayWidth(line.text().strip());
    }
    double columnRight = line.right();
    for (SourceLine other : page) {
      if (other.hasGeometry() && other.x() < line.right() && other.right() > line.x()) {
        columnRight = Math.max(columnRight, other.right());
      }
    }
    return columnRight - line.right();
  }

  private static boolean endsEarly(SourceLine prev, double room, SourceLine next) {
    String text = next.text().strip();
    int firstWord = 0;
    while (firstWord < text.length() && !Character.isWhitespace(text.charAt(firstWord))) {
      if (Scripts.isCjk(text.charAt(firstWord)) && firstWord > 0) {
        break;
      }
      firstWord++;
      if (Scripts.isCjk(text.charAt(firstWord - 1))) {
        break;
      }
    }
    if (!prev.hasGeometry() || !next.hasGeometry()) {
      return room > Scripts.displayWidth(text.substring(0, firstWord)) + 2;
    }
    double charWidth = next.width() / Math.max(1, Scripts.displayWidth(text));
    double em = prev.fontSize() > 0 ? prev.fontSize() : Math.max(prev.height(), 8);
    return room
        > Math.max(charWidth * (Scripts.displayWidth(text.substring(0, firstWord)) + 1), 1.2 * em);
  }

  /**
   * The most common distance between the tops of consecutive lines of one column (points), 0
   * without geometry: a gap well above it is a blank line left between paragraphs.
   */
  private static double typicalPitch(List<List<SourceLine>> pages) {
    java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
    for (List<SourceLine> page : pages) {
      SourceLine previous = null;
      for (SourceLine line : page) {
        if (!line.hasGeometry() || line.text().isBlank()) {
          continue;
        }
        if (previous != null
            && line.y() > previous.y()
            && Math.abs(line.x() - previous.x()) < 200) {
          counts.merge(Math.round(line.y() - previous.y()), 1, Integer::sum);
        }
        previous = line;
      }
    }
    long best = 0;
    int bestCount = 0;
    for (var e : counts.entrySet()) {
      if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey() < best) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  /** 90th percentile of plain-text line widths: the wrap width the author used. */
  private static double typicalPlainWidth(List<List<SourceLine>> pages) {
    int[] widths =
        pages.stream()
            .flatMap(List::stream)
            .filter(l -> !l.hasGeometry() && !l.text().isBlank())
            .mapToInt(l -> Scripts.displayWidth(l.text().stripTrailing()))
            .sorted()
            .toArray();
    if (widths.length == 0) {
      return 0;
    }
    return widths[(int) Math.min(widths.length - 1, Math.floor(widths.length * 0.9))];
  }
}
