package jp.shinsa.domain.judgment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shinsa.domain.contract.Grammar;
import jp.shinsa.domain.contract.TextNormaliser;
import jp.shinsa.domain.contract.segmentation.Numerals;

/**
 * Extracts references to other clauses ("第5条、第6条及び第13条", "第八条第2項", "Sections 4.2, 4.3 and 11",
 * "Section 12.4(a)(ii)", "§§ 4 and 5", "別紙2", "Schedule 3") as normalised paths ("5", "8.2", "4.2",
 * "12.4.1.2", "A2"), the same paths the segmenter gives the clauses (samples README "clausePath"),
 * so that a survival or incorporation clause can be judged by what the clauses it names say (METI
 * note §9.1: check the survival list, not only the usage clause). Given the path of the clause the
 * text sits in, relative references are resolved too: 前条, 前項, 前号, 次条, 本条, 同条第2項, "this Section".
 */
public final class CrossReferences {

  private static final String NUM = "([0-9]+|[一二三四五六七八九十百〇]+)";
  private static final String ANNEX_NUMBER = "([0-9]+|[A-Z]\\b|[IVX]+\\b)";

  private static final Pattern JA =
      Pattern.compile("(同条|第" + NUM + "条(?:の" + NUM + ")?)(?:第" + NUM + "項)?(?:第" + NUM + "号)?");

  /** 別紙2第3項, 別表第1 (grammar list annexWordsJa). */
  private final Pattern jaAnnex;

  private static final Pattern JA_BARE_KOU = Pattern.compile("第" + NUM + "項(?:第" + NUM + "号)?");

  /**
   * 「第4.5項」「第10.5条」: a Western-numbered clause cited in Japanese (a translation keeping the
   * original's 4.5 numbering) is the clause printed 4.5.
   */
  private static final Pattern JA_DECIMAL = Pattern.compile("第\\s*([0-9]+(?:\\.[0-9]+)+)\\s*[項条節]");

  /**
   * What may stand between a reference and a bare 第N項 that continues it: 「第8条第2項ただし書及び第3項」,
   * 「第15条第2項、第3項」, 「第4条第2項から第4項まで」.
   */
  private final Pattern jaListJoin;

  /** A reference already read: where it ends, its article (null: another instrument's) and 項. */
  private record Anchor(String article, int paragraph) {}

  private static final Pattern JA_RELATIVE =
      Pattern.compile("(前条|次条|本条|この条|前各項|前[二三四五2-5]項|前項|本項|前号)");

  /** "Articles III, IV and XII": upper-case roman article numbers (US outline numbering). */
  private static final String ROMAN = "(?-i:[IVX]{1,6})(?![A-Za-z0-9])";

  private static final Pattern EN_LIST =
      Pattern.compile(
          "(?:\\b(?:Sections?|Clauses?|Articles?|Paragraphs?)\\s+|§§?\\s*)((?:(?:[0-9]+(?:\\.[0-9]+)*|"
              + ROMAN
              + ")"
              + "(?:\\([a-zA-Z0-9]{1,4}\\))*"
              + "(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s+or\\s+|\\s+to\\s+)?)+)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern EN_NUMBER =
      Pattern.compile("([0-9]+(?:\\.[0-9]+)*|" + ROMAN + ")((?:\\([a-zA-Z0-9]{1,4}\\))*)");

  /** "Schedule 3" (grammar list annexWordsEn). */
  private final Pattern enAnnex;

  private static final Pattern EN_RELATIVE =
      Pattern.compile(
          "\\bthis (Section|Clause|Article|Schedule|Annex|Appendix|Exhibit)\\b(?!\\s*[0-9])",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PART = Pattern.compile("\\(([a-zA-Z0-9]{1,4})\\)");

  /** "paragraph 3 of Schedule 1", "Section 2.2 of Annex B": a clause of an annex. */
  private final Pattern enInAnnex;

  /**
   * What follows a list of section numbers when they are an annex's: "of the Addendum", "of this
   * Schedule", "of Schedule 2", "of the Data Processing Annex". Group 1: the annex's number.
   */
  private final Pattern enOfAnnex;

  /**
   * A clause of another instrument: "個人情報の保護に関する法律第28条", "Article 28 of the GDPR", "Section 5 of
   * the Act". Its number is not one of this contract's clauses.
   */
  private final Pattern jaOutside;

  private final Pattern enOutside;

  /**
   * @param grammar the word lists of annexes (別紙, "Schedule"), of joins between references (及び, から)
   *     and of other instruments (法律, "Act") the reference patterns are built from
   */
  /**
   * Literal sets each pattern needs ({@link RegexLiterals#prefilter}): most sentences name no
   * clause, and a substring test rules them out before the patterns scan every position. The two
   * patterns built around the case-folded annex words (which the literal parser cannot read) both
   * need one of those words.
   */
  private static final List<Set<String>> JA_LITERALS = RegexLiterals.prefilter(JA);

  private static final List<Set<String>> JA_BARE_KOU_LITERALS =
      RegexLiterals.prefilter(JA_BARE_KOU);
  private static final List<Set<String>> JA_RELATIVE_LITERALS =
      RegexLiterals.prefilter(JA_RELATIVE);
  private static final List<Set<String>> EN_LIST_LITERALS = RegexLiterals.prefilter(EN_LIST);
  private static final List<Set<String>> EN_RELATIVE_LITERALS =
      RegexLiterals.prefilter(EN_RELATIVE);
  private final List<Set<String>> jaAnnexLiterals;
  private final List<Set<String>> annexWordLiterals;

  public CrossReferences(Grammar grammar) {
    String annexWord = "(?i:" + grammar.alternation("annexWordsEn") + ")";
    Set<String> annexWords =
        RegexLiterals.required("(?:" + grammar.alternation("annexWordsEn") + ")");
    annexWordLiterals = annexWords == null ? List.of() : List.of(annexWords);
    jaAnnex =
        Pattern.compile(
            "(?:"
                + grammar.alternation("annexWordsJa")
                + ")\\s*(?:第\\s*)?"
                + NUM
                + "(?:第"
                + NUM
                + "項)?");
    jaAnnexLiterals = RegexLiterals.prefilter(jaAnnex);
    jaListJoin =
        Pattern.compile(
            "\\s*(?:"
                + grammar.alternation("paragraphPartsJa")
                + ")?\\s*(?:"
                + grammar.alternation("referenceJoinsJa")
                + ")\\s*");
    enAnnex = Pattern.compile("\\b" + annexWord + "\\s+" + ANNEX_NUMBER);
    enInAnnex =
        Pattern.compile(
            "\\b(?i:paragraph|section|clause)\\s+([0-9]+(?:\\.[0-9]+)*)\\s+of\\s+(?:the\\s+)?"
                + annexWord
                + "\\s+"
                + ANNEX_NUMBER
                + "|\\b"
                + annexWord
                + "\\s+"
                + ANNEX_NUMBER
                + "\\s*,?\\s*(?i:paragraph|section|clause)\\s+([0-9]+(?:\\.[0-9]+)*)");
    enOfAnnex =
        Pattern.compile(
            "\\s*of\\s+(?:the\\s+|this\\s+)?(?:[A-Z][\\w-]*\\s+){0,3}?(?:"
                + annexWord
                + "|(?i:"
                + grammar.alternation("annexTitlesEn")
                + "))\\b(?:\\s+"
                + ANNEX_NUMBER
                + ")?");
    jaOutside = Pattern.compile("(?:" + grammar.alternation("otherInstrumentsJa") + ")$");
    enOutside =
        Pattern.compile(
            "^[^.;]{0,12}?\\s+of\\s+(?:the\\s+)?(?:[A-Z][\\w-]*\\s+){0,8}(?:"
                + grammar.alternation("otherInstrumentsEn")
                + ")\\b");
  }

  /** Absolute references only ("第5条", "Section 4.2", "別紙2"). */
  public List<String> paths(String text) {
    return paths(text, null);
  }

  /**
   * Absolute references, and relative ones resolved against {@code ownPath}, the path of the clause
   * the text sits in ("5.2": 前項 → "5.1", 前条 → "4", 本条 → "5").
   */
  public List<String> paths(String text, String ownPath) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    String t = TextNormaliser.normalise(text);
    // Lower-cased for the literal prefilters; made again whenever masking changes the text.
    String lower = t.toLowerCase(Locale.ROOT);
    boolean annexWords = RegexLiterals.mayOccur(annexWordLiterals, lower);
    // Matchers and masked copies are made only where a pattern's literals occur.
    Matcher inAnnex = annexWords ? enInAnnex.matcher(t) : null;
    StringBuilder masked = annexWords ? new StringBuilder(t) : null;
    boolean maskedAny = false;
    while (inAnnex != null && inAnnex.find()) {
      maskedAny = true;
      String annexNo = inAnnex.group(2) != null ? inAnnex.group(2) : inAnnex.group(3);
      String clause = inAnnex.group(1) != null ? inAnnex.group(1) : inAnnex.group(4);
      int a = annexNumber(annexNo);
      if (a > 0) {
        out.add("A" + a + "." + clause);
      }
      for (int i = inAnnex.start(); i < inAnnex.end(); i++) {
        masked.setCharAt(i, ' ');
      }
    }
    if (maskedAny) {
      t = masked.toString();
      lower = t.toLowerCase(Locale.ROOT);
    }
    String lastArticle = null;
    TreeMap<Integer, Anchor> anchors = new TreeMap<>();
    // Masking writes spaces only: a literal without one found in the masked text is in t too.
    boolean bareKou = RegexLiterals.mayOccur(JA_BARE_KOU_LITERALS, lower);
    Matcher ja = RegexLiterals.mayOccur(JA_LITERALS, lower) ? JA.matcher(t) : null;
    StringBuilder withoutArticles = bareKou ? new StringBuilder(t) : null;
    while (ja != null && ja.find()) {
      for (int i = ja.start(); withoutArticles != null && i < ja.end(); i++) {
        withoutArticles.setCharAt(i, ' ');
      }
      if (jaOutside.matcher(t.substring(Math.max(0, ja.start() - 3), ja.start())).find()) {
        anchors.put(ja.end(), new Anchor(null, ja.group(4) == null ? 0 : number(ja.group(4))));
        continue;
      }
      String article;
      if (ja.group(1).equals("同条")) {
        if (lastArticle == null) {
          continue;
        }
        article = lastArticle;
      } else {
        article = String.valueOf(number(ja.group(2)));
        if (ja.group(3) != null) {
          article += "-" + number(ja.group(3));
        }
      }
      lastArticle = article;
      String path = article;
      if (ja.group(4) != null) {
        path += "." + number(ja.group(4));
      }
      if (ja.group(5) != null) {
        path += (ja.group(4) == null ? ".1." : ".") + number(ja.group(5));
      }
      out.add(path);
      anchors.put(ja.end(), new Anchor(article, ja.group(4) == null ? 0 : number(ja.group(4))));
    }
    Matcher annex = RegexLiterals.mayOccur(jaAnnexLiterals, lower) ? jaAnnex.matcher(t) : null;
    while (annex != null && annex.find()) {
      out.add(
          "A"
              + number(annex.group(1))
              + (annex.group(2) == null ? "" : "." + number(annex.group(2))));
      for (int i = annex.start(); withoutArticles != null && i < annex.end(); i++) {
        withoutArticles.setCharAt(i, ' ');
      }
    }
    String own = ownArticle(ownPath);
    // 「第2項の規定にかかわらず」 without an article names a paragraph of the citing article (or of
    // the citing annex); one that continues a list (「第8条第2項及び第3項」) names a paragraph of the
    // article before it.
    Matcher kou = bareKou ? JA_BARE_KOU.matcher(withoutArticles) : null;
    while (kou != null && kou.find()) {
      int paragraph = number(kou.group(1));
      String article = own;
      Map.Entry<Integer, Anchor> before = anchors.floorEntry(kou.start());
      boolean continues =
          before != null
              && before.getValue().paragraph() > 0
              && jaListJoin.matcher(t.substring(before.getKey(), kou.start())).matches();
      if (continues) {
        article = before.getValue().article();
        if (article != null && t.startsWith("まで", kou.end())) {
          // 「第4条第2項から第4項まで」: the paragraphs in between are named too.
          for (int k = before.getValue().paragraph() + 1; k < paragraph; k++) {
            out.add(article + "." + k);
          }
        }
      }
      anchors.put(kou.end(), new Anchor(article, paragraph));
      if (article == null) {
        continue;
      }
      out.add(article + "." + paragraph + (kou.group(2) == null ? "" : "." + number(kou.group(2))));
    }
    Matcher en = RegexLiterals.mayOccur(EN_LIST_LITERALS, lower) ? EN_LIST.matcher(t) : null;
    List<int[]> ofAnnex = new ArrayList<>();
    while (en != null && en.find()) {
      if (enOutside.matcher(t.substring(en.end(1))).lookingAt()) {
        continue;
      }
      Matcher of = enOfAnnex.matcher(t).region(en.end(1), t.length());
      if (of.lookingAt()) {
        // "Sections 3(c) and 3(e) of the Addendum", "Section 2 of Schedule 3": the annex's own
        // clauses. An unnumbered annex is the one the citing text sits in, else the first.
        int a = of.group(1) != null ? annexNumber(of.group(1)) : 0;
        String annexPath =
            a > 0 ? "A" + a : own != null && own.startsWith("A") ? own.split("\\.")[0] : "A1";
        ofAnnex.add(new int[] {of.start(), of.end()});
        Matcher n = EN_NUMBER.matcher(en.group(1));
        while (n.find()) {
          out.add(annexPath + "." + englishPath(n.group(1), n.group(2), false));
        }
        continue;
      }
      // Inside a schedule, "paragraph 3" is the schedule's own (clauses are the body's).
      boolean annexParagraph =
          own != null
              && own.startsWith("A")
              && en.group().regionMatches(true, 0, "paragraph", 0, "paragraph".length());
      Matcher n = EN_NUMBER.matcher(en.group(1));
      while (n.find()) {
        String path = englishPath(n.group(1), n.group(2), true);
        out.add(
            annexParagraph
                ? own.substring(0, own.indexOf('.') < 0 ? own.length() : own.indexOf('.'))
                    + "."
                    + path
                : path);
      }
    }
    if (!ofAnnex.isEmpty()) {
      // The annex a list of sections belongs to is not cited as a whole.
      StringBuilder rest = new StringBuilder(t);
      for (int[] r : ofAnnex) {
        for (int i = r[0]; i < r[1]; i++) {
          rest.setCharAt(i, ' ');
        }
      }
      t = rest.toString();
      lower = t.toLowerCase(Locale.ROOT);
    }
    Matcher enAnnex =
        RegexLiterals.mayOccur(annexWordLiterals, lower) ? this.enAnnex.matcher(t) : null;
    while (enAnnex != null && enAnnex.find()) {
      int a = annexNumber(enAnnex.group(1));
      if (a > 0) {
        out.add("A" + a);
      }
    }
    if (t.indexOf('.') >= 0) {
      Matcher decimal = JA_DECIMAL.matcher(t);
      while (decimal.find()) {
        out.add(decimal.group(1));
      }
    }
    if (ownPath != null && !ownPath.isEmpty()) {
      relative(t, lower, ownPath, out);
    }
    return out;
  }

  /**
   * Whether the clause at {@code nodePath} is (inside) the clause a reference names. "第5条第1項" also
   * names article 5 when that article has a single, unnumbered paragraph (path "5").
   */
  public static boolean covers(String reference, String nodePath) {
    if (nodePath == null || reference == null) {
      return false;
    }
    return nodePath.equals(reference)
        || nodePath.startsWith(reference + ".")
        || reference.equals(nodePath + ".1");
  }

  /** "5" for "5.2.1", "A2" for "A2.3" (a paragraph of an annex), "A1.8" for "A1.8.2". */
  private static String ownArticle(String own) {
    if (own == null || own.isEmpty()) {
      return null;
    }
    String[] parts = own.split("\\.");
    return parts[0].startsWith("A") && parts.length >= 3 ? parts[0] + "." + parts[1] : parts[0];
  }

  private static void relative(String t, String lower, String own, List<String> out) {
    boolean ja = RegexLiterals.mayOccur(JA_RELATIVE_LITERALS, lower);
    boolean en = RegexLiterals.mayOccur(EN_RELATIVE_LITERALS, lower);
    if (!ja && !en) {
      return;
    }
    String[] parts = own.split("\\.");
    boolean inAnnex = parts[0].startsWith("A");
    String article = inAnnex && parts.length >= 3 ? parts[0] + "." + parts[1] : parts[0];
    int depth = article.split("\\.").length;
    Matcher jaMatch = ja ? JA_RELATIVE.matcher(t) : null;
    while (jaMatch != null && jaMatch.find()) {
      switch (jaMatch.group(1)) {
        case "本条", "この条" -> out.add(article);
        case "前条", "次条" -> {
          if (!inAnnex && article.matches("[0-9]+")) {
            int n = Integer.parseInt(article) + (jaMatch.group(1).equals("前条") ? -1 : 1);
            if (n > 0) {
              out.add(String.valueOf(n));
            }
          }
        }
        case "本項" -> {
          if (parts.length > depth) {
            out.add(article + "." + parts[depth]);
          }
        }
        case "前項" -> {
          if (parts.length > depth && parts[depth].matches("[0-9]+")) {
            int p = Integer.parseInt(parts[depth]) - 1;
            if (p > 0) {
              out.add(article + "." + p);
            }
          }
        }
        case "前各項", "前二項", "前三項", "前四項", "前五項", "前2項", "前3項", "前4項", "前5項" -> {
          // 前各項: every paragraph before this one; 前二項: the two before it.
          if (parts.length > depth && parts[depth].matches("[0-9]+")) {
            int here = Integer.parseInt(parts[depth]);
            String n = jaMatch.group(1).substring(1, 2);
            int count = n.equals("各") ? here - 1 : Numerals.parse(n);
            for (int p = Math.max(1, here - count); p < here; p++) {
              out.add(article + "." + p);
            }
          }
        }
        default -> {
          // 前号: the item before this one.
          String last = parts[parts.length - 1];
          if (parts.length > depth + 1 && last.matches("[0-9]+") && Integer.parseInt(last) > 1) {
            out.add(own.substring(0, own.lastIndexOf('.') + 1) + (Integer.parseInt(last) - 1));
          }
        }
      }
    }
    Matcher enMatch = en ? EN_RELATIVE.matcher(t) : null;
    while (enMatch != null && enMatch.find()) {
      String word = enMatch.group(1).toLowerCase(java.util.Locale.ROOT);
      boolean annexWord =
          !word.equals("section") && !word.equals("clause") && !word.equals("article");
      if (annexWord) {
        if (inAnnex) {
          out.add(parts[0]);
        }
      } else {
        out.add(article);
      }
    }
  }

  /**
   * "12.4" + "(a)(ii)" → "12.4.1.2"; "1" + "(b)" → "1.1.2" (an item of a single-paragraph article
   * keeps the paragraph level); "5" + "(2)" → "5.2" (a paragraph). An annex's sections hold their
   * items directly ({@code paragraphLevel} false): "3" + "(c)" → "3.3".
   */
  private static String englishPath(String number, String parts, boolean paragraphLevel) {
    if (!Character.isDigit(number.charAt(0))) {
      int arabic = jp.shinsa.domain.contract.segmentation.Numerals.roman(number);
      number = arabic > 0 ? String.valueOf(arabic) : number;
    }
    StringBuilder path = new StringBuilder(number);
    Matcher p = PART.matcher(parts);
    int level = 0;
    boolean dotted = number.contains(".") || !paragraphLevel;
    while (p.find()) {
      String v = p.group(1);
      boolean digits = v.chars().allMatch(Character::isDigit);
      if (level == 0 && !dotted && !digits) {
        path.append(".1");
      }
      int value = digits ? Integer.parseInt(v) : partValue(v, level);
      if (value <= 0) {
        break;
      }
      path.append('.').append(value);
      level++;
    }
    return path.toString();
  }

  /** (a) = 1, (ii) = 2: letters at the first level, roman numerals below or when unambiguous. */
  private static int partValue(String v, int level) {
    String lower = v.toLowerCase(java.util.Locale.ROOT);
    boolean roman = lower.matches("x{0,3}(ix|iv|v?i{0,3})") && !lower.isEmpty();
    if (roman && (level > 0 || lower.length() > 1 || lower.equals("i"))) {
      return Numerals.roman(lower);
    }
    return lower.length() == 1 && lower.charAt(0) >= 'a' && lower.charAt(0) <= 'z'
        ? lower.charAt(0) - 'a' + 1
        : -1;
  }

  private static int annexNumber(String v) {
    int n = Numerals.parse(v);
    if (n < 0 && v.length() == 1 && !"IVX".contains(v)) {
      n = Numerals.letter(v);
    }
    return n >= 0 ? n : Numerals.roman(v);
  }

  private static int number(String s) {
    return Numerals.parse(s);
  }
}
