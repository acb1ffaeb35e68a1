package jp.shinsa.infrastructure.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width. Japanese has no spaces, so a line may break between any
 * two Japanese characters, except that closing punctuation and small kana never start a line and
 * opening brackets never end one (kinsoku shori); Latin words break at spaces and are cut by
 * character only when a single word is wider than the line.
 */
final class LineWrapper {

  /** Measures a string in the units of the width limit. */
  interface Measure {
    float width(String text);
  }

  private static final String NO_LINE_START =
      "、。，．,.)）]］}｝」』】〕〉》〙〗’”ゝゞ々ー…‥・：；:;!?！？ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ%％";
  private static final String NO_LINE_END = "(（[［{｛「『【〔〈《〘〖‘“";

  private LineWrapper() {}

  static List<String> wrap(String text, float maxWidth, Measure measure) {
    List<String> lines = new ArrayList<>();
    if (text == null) {
      return lines;
    }
    for (String paragraph : text.split("\\r\\n|\\r|\\n", -1)) {
      wrapParagraph(paragraph, maxWidth, measure, lines);
    }
    return lines;
  }

  private static void wrapParagraph(
      String paragraph, float maxWidth, Measure measure, List<String> lines) {
    String line = "";
    for (String unit : units(paragraph)) {
      String candidate = line + unit;
      if (measure.width(candidate.stripTrailing()) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (!line.isBlank()) {
        lines.add(line.stripTrailing());
        line = "";
      }
      if (measure.width(unit.stripTrailing()) <= maxWidth) {
        line = unit;
        continue;
      }
      // a single word wider than the line: cut it wherever it has to be cut
      for (int i = 0; i < unit.length(); ) {
        int cp = unit.codePointAt(i);
        String ch = new String(Character.toChars(cp));
        if (!line.isEmpty() && measure.width(line + ch) > maxWidth) {
          lines.add(line.stripTrailing());
          line = "";
        }
        line += ch;
        i += Character.charCount(cp);
      }
    }
    lines.add(line.stripTrailing());
  }

  /** Splits a paragraph into pieces that must stay on one line. */
  static List<String> units(String paragraph) {
    List<StringBuilder> units = new ArrayList<>();
    StringBuilder opening = new StringBuilder();
    boolean inWord = false;
    for (int i = 0; i < paragraph.length(); ) {
      int cp = paragraph.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp)) {
        if (!units.isEmpty() && opening.isEmpty()) {
          units.get(units.size() - 1).append(' ');
        }
        inWord = false;
      } else if (NO_LINE_START.indexOf(cp) >= 0 && !units.isEmpty() && opening.isEmpty()) {
        units.get(units.size() - 1).appendCodePoint(cp);
        inWord = inWord && !isWide(cp);
      } else if (NO_LINE_END.indexOf(cp) >= 0) {
        opening.appendCodePoint(cp);
        inWord = false;
      } else if (isWide(cp)) {
        units.add(new StringBuilder(opening).appendCodePoint(cp));
        opening.setLength(0);
        inWord = false;
      } else {
        if (inWord && opening.isEmpty()) {
          units.get(units.size() - 1).appendCodePoint(cp);
        } else {
          units.add(new StringBuilder(opening).appendCodePoint(cp));
          opening.setLength(0);
        }
        inWord = true;
      }
    }
    if (!opening.isEmpty()) {
      units.add(opening);
    }
    return units.stream().map(StringBuilder::toString).toList();
  }

  /** Characters of scripts written without spaces, each a possible break point. */
  private static boolean isWide(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    if (script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA) {
      return true;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
    return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == Character.UnicodeBlock.KATAKANA_PHONETIC_EXTENSIONS;
  }
}
