package jp.shinsa.domain.contract.segmentation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shinsa.domain.contract.ClauseKind;
import jp.shinsa.domain.contract.ClauseNode;
import jp.shinsa.domain.contract.Grammar;
import jp.shinsa.domain.contract.TextNormaliser;
import jp.shinsa.domain.contract.layout.JoinedText;
import jp.shinsa.domain.contract.layout.TextLine;

/**
 * Builds the clause tree from logical lines. Numbering is only recognised at the start of a line
 * and only when it continues the sequence already open at that level (article 4 after article 3,
 * (b) after (a)); that single rule rejects most false positives: cross references that a line wrap
 * put at a line start, dates, amounts and numbered phrases inside sentences. The article style
 * (第N条, Article N, Section N, "N. Heading") is chosen per document as the one forming the longest
 * sequence, so a document's sub-numbering is not mistaken for its articles. Where no printed
 * article style forms a sequence, headingless "1." clauses or, failing those, ALL-CAPS heading
 * lines open the clauses. Chapter, part and ALL-CAPS group headings above articles end the clause
 * before them and join none. NumberingConventionsTest specifies the conventions read.
 */
public final class ClauseSegmenter {

  // The line patterns below start with ^ (all but TOC_LEADER and DEFINITIONS_HEADING) and are
  // applied with lookingAt(): find() would give the same match but first try, and fail at, every
  // other position of the line, for every line and numbering style.
  private static final String KANJI_NUM = "[一二三四五六七八九十百〇]+";

  private static final Pattern JA_ARTICLE =
      Pattern.compile(
          "^第\\s*([0-9]+|"
              + KANJI_NUM
              + ")\\s*(?:条(?:\\s*の\\s*([0-9]+|"
              + KANJI_NUM
              + "))?|(?=\\s|\\())");
  private static final Pattern EN_ARTICLE =
      Pattern.compile(
          "^(?:ARTICLE|Article)\\s+(\\d+|[IVXL]+|(?i:"
              + Numerals.WORDS_PATTERN
              + ")\\b)(?![.\\d(]*\\d|\\()\\.?");
  private static final Pattern EN_SECTION =
      Pattern.compile(
          "^(?:(?:SECTION|Section|CLAUSE|Clause)\\s+|§\\s*)(\\d+)(?![.\\d(]*\\d|\\()\\.?");

  /** "4. Audit", "４．監査", "5.（入力データの取扱い）": a number with a full stop and a heading. */
  private static final Pattern NUM_HEADING =
      Pattern.compile(
          "^(\\d{1,3})(?:\\.0)?(?![.\\d]*\\d)(?:\\.?(?=\\s)|\\.(?=[^\\x00-\\x7F]|\\([^\\x00-\\x7F]))");

  /** "§ 5(3) …", "Section 5 (3) …": paragraph 3 of § 5 printed with its article (German style). */
  private static final Pattern PAREN_SUB =
      Pattern.compile(
          "^(?:(?:Section|SECTION|Clause|CLAUSE|Article|ARTICLE)\\s+|§\\s*)(\\d+)\\s*\\((\\d{1,2})\\)\\s+");

  /** "II. USE OF DATA": roman top-level headings (US outline numbering). */
  private static final Pattern ROMAN_HEADING = Pattern.compile("^([IVXL]{1,6})\\.(?=\\s)");

  private static final Pattern BARE_CLAUSE = Pattern.compile("^(\\d{1,3})\\.\\s+(?=[A-Z(\"“])");
  private static final Pattern GROUP_HEADING =
      Pattern.compile(
          "^(?:第\\s*(?:[0-9]+|"
              + KANJI_NUM
              + ")\\s*[章節款編](?=\\s|$)|(?:PART|Part|CHAPTER|Chapter)\\s+(?:\\d+|[IVXLC]+|[A-Z])\\.?(?=\\s|$))");
  // Captions are printed in （…）, 【…】, 〔…〕 or […].
  private static final Pattern CAPTION =
      Pattern.compile("^\\s*[(【〔\\[]([^()【】〔〕\\[\\]]{1,60})[)】〕\\]]\\s*$");
  private static final Pattern LEADING_CAPTION =
      Pattern.compile("^\\s*[(【〔\\[]([^()【】〔〕\\[\\]]{1,60})[)】〕\\]]\\s*");

  /**
   * What follows an article number that is a reference, not a heading (grammar
   * crossReferenceTailJa).
   */
  private final Pattern crossRefTail;

  private static final Pattern JA_PARAGRAPH =
      Pattern.compile(
          "^(\\d{1,2})(?:\\.?(?:\\s+|$)|\\.(?=[^\\d\\s.,])|(?=[^\\d\\s.,:/%年月日時分秒万千億円名人条項号回個件部通ヶカ箇歳週期次度倍割社台行頁ページ\\-~〜]))");
  private static final Pattern BARE_PARAGRAPH = Pattern.compile("^(\\d{1,2})[.)]?\\s+(?=\\S)");

  /** 前項, 前各項, 前二項: the paragraphs before this one (relative words stay in code). */
  private static final Pattern PREVIOUS_PARAGRAPH = Pattern.compile("^前(?:各|[二三四五六七八九2-9])?項");

  /** "(a) " opening a paragraph's text: the first of its run-in sub-paragraphs. */
  private static final Pattern RUN_IN_FIRST = Pattern.compile("\\((a|i|1)\\)\\s+(?=\\S)");

  /** ". (b) " inside the paragraph's text: the next run-in sub-paragraph after a sentence. */
  private static final Pattern RUN_IN_NEXT =
      Pattern.compile("(?<=[.;])\\s+\\(([a-z]{1,5}|\\d{1,2})\\)\\s+(?=\\S)");

  private static final Pattern JA_KOU = Pattern.compile("^第\\s*(\\d{1,2})\\s*項(?:\\s+|$)");
  private static final Pattern SUB_NUMBER =
      Pattern.compile(
          "^(?:(?:Section|SECTION|Clause|CLAUSE|Article|ARTICLE)\\s+|§\\s*)?(\\d+)\\.(\\d+)(?![.]?\\d)\\.?(?:\\s+|$)");
  private static final Pattern ITEM_GOU =
      Pattern.compile("^第\\s*([0-9]+|" + KANJI_NUM + ")\\s*号(?:\\s+|$)");
  private static final Pattern ITEM_PAREN =
      Pattern.compile("^\\(\\s*([0-9]{1,3}|[a-zA-Z]{1,5}|[一二三四五六七八九十]{1,3}|[ア-ン])\\s*\\)\\s*");
  private static final Pattern ITEM_CLOSE =
      Pattern.compile("^([0-9]{1,2}|[a-zA-Z]|[ivx]{2,5})[).]\\s+");
  private static final Pattern DEEP_NUMBER =
      Pattern.compile(
          "^(?:(?:Section|SECTION|Clause|CLAUSE|Article|ARTICLE)\\s+|§\\s*)?(\\d+)\\.(\\d+)\\.(\\d+)\\.?\\s+");
  private static final Pattern ITEM_KANJI =
      Pattern.compile("^([一二三四五六七八九十]{1,3})(?:\\s*[、.]\\s*|\\s+)");
  private static final Pattern ITEM_CIRCLED = Pattern.compile("^([①-⑳])\\s*");
  private static final Pattern ITEM_KATAKANA = Pattern.compile("^([ア-ン])\\s+");

  /** A chapter heading inside an annex ("第3章 データの取扱い"). */
  private static final Pattern ANNEX_CHAPTER =
      Pattern.compile("^第\\s*([0-9]+|" + KANJI_NUM + ")\\s*章(?=\\s|$)");

  /** A section number under an annex chapter: "6 保存期間", "6. 保存期間", "6．保存期間". */
  private static final Pattern CHAPTER_SECTION =
      Pattern.compile("^(\\d{1,2})(?:\\.?(?:\\s+|$)|\\.(?=[^\\x00-\\x7F]))");

  /** A defined term opening an item (grammar definitionItemJa, definitionItemEn). */
  private final Pattern definitionItem;

  /** Headings of a definitions clause (grammar definitionsHeading). */
  private final Pattern definitionsHeading;

  /** An annex heading (grammar annexHeadingWordsJa, annexHeadingWordsEn). */
  private final Pattern annexLine;

  /**
   * An annex named in capitals by what it adds ("AI SERVICES ADDENDUM – …", "DATA PROTECTION
   * SCHEDULE", "SERVICE LEVEL EXHIBIT 2"): the annex word closes a short ALL-CAPS name instead of
   * opening the line. Groups as in {@link #annexLine}: the name, its number, the title after a
   * dash.
   */
  private final Pattern namedAnnexLine;

  /**
   * An annex named with a qualifier before the annex word ("Call-Off Schedule 4 (Audit and
   * Records)", "Data Processing Addendum 1"): up to three capitalised words, then the annex word
   * and a number, which is required here. Groups as in {@link #annexLine}; the printed number keeps
   * the qualifier, as a reader cites it.
   */
  private final Pattern prefixedAnnexLine;

  /**
   * What may follow the name and number of an annex heading: nothing, a title after a dash or
   * colon, or a title in brackets ("CALL-OFF SCHEDULE 4 (AUDIT AND RECORDS)").
   */
  private static final String ANNEX_TITLE_TAIL = "\\s*(?:(?:[:.\\-–—]\\s*|(?=[(（]))(.*))?$";

  /** The closing lines of a contract (grammar closingJa, closingEn): no clause follows. */
  private final Pattern closingLine;

  /** Annex words that head supplementary provisions, 附則 (grammar supplementaryProvisionsJa). */
  private final Pattern supplementaryWord;

  /**
   * An amendment instruction closing a paragraph (grammar amendmentInstructionJa); group 1 the
   * number and group 2 the unit (条, 項, 号) of what it inserts, when it names them.
   */
  private final Pattern amendmentInstruction;

  /**
   * Phrases that make an annex heading's title a sentence about it (grammar
   * annexTitleReferencesJa).
   */
  private final List<String> annexTitleReferences;

  /**
   * @param grammar the word lists of definitions, annex headings, closing lines and reference tails
   *     the line patterns are built from ({@code contracts-templates/lexicon/grammar.json})
   */
  public ClauseSegmenter(Grammar grammar) {
    crossRefTail =
        Pattern.compile(
            "^(?:第\\s*[0-9一二三四五六七八九十]|" + grammar.alternation("crossReferenceTailJa") + ")");
    definitionItem =
        Pattern.compile(
            "^(?:「([^」]{1,40})」\\s*(?:"
                + grammar.alternation("definitionItemJa")
                + "|:)|\"([^\"]{1,60})\"\\s*(?:"
                + grammar.alternation("definitionItemEn")
                + "|:))");
    definitionsHeading = Pattern.compile("(?i)" + grammar.alternation("definitionsHeading"));
    // English annex words are whole words: "ANNEXURE A" is not "ANNEX" numbered "U".
    String annexWordEn = "(?i:(?:" + grammar.alternation("annexHeadingWordsEn") + ")(?![a-z]))";
    annexLine =
        Pattern.compile(
            "^(?:[(【\\[]\\s*)?("
                + grammar.alternation("annexHeadingWordsJa")
                + "|"
                + annexWordEn
                + ")"
                + "\\s*(?:第\\s*(?=[0-9一二三四五六七八九十Ⅰ-Ⅻ]))?"
                + "([0-9]+|[一二三四五六七八九十]+|[A-Z](?![a-z])|[IVX]+(?![a-z])|[Ⅰ-Ⅻ])?"
                + "\\s*(?:[)】\\]]\\s*)?"
                + "(?:[:.\\-]\\s*)?(.*)$");
    prefixedAnnexLine =
        Pattern.compile(
            "^((?:[A-Z][A-Za-z0-9&'’/\\-]*\\s+){1,3}"
                + annexWordEn
                + ")\\s+([0-9]+|[A-Z](?![A-Za-z])|[IVX]+(?![A-Za-z]))"
                + ANNEX_TITLE_TAIL);
    namedAnnexLine =
        Pattern.compile(
            "^((?:[A-Z][A-Z0-9&'’/\\-]*\\s+){1,5}(?:"
                + grammar.alternation("namedAnnexWordsEn")
                + "))"
                + "(?:\\s+([0-9]+|[A-Z](?![A-Za-z])|[IVX]+(?![A-Za-z])))?"
                + ANNEX_TITLE_TAIL);
    closingLine =
        Pattern.compile(
            "^(?:"
                + grammar.alternation("closingJa")
                + "|(?i:"
                + grammar.alternation("closingEn")
                + "))");
    annexTitleReferences = grammar.words("annexTitleReferencesJa");
    supplementaryWord =
        Pattern.compile("^(?:" + grammar.alternation("supplementaryProvisionsJa") + ")$");
    amendmentInstruction =
        Pattern.compile(
            "(?:次の\\s*([0-9]+|"
                + KANJI_NUM
                + ")\\s*([条項号])を|次のとおり|次のように)(?:"
                + grammar.alternation("amendmentInstructionJa")
                + ")。?$");
  }

  private static final Pattern TOC_LEADER = Pattern.compile("(?:[.・…]{4,}|\\s{3,})\\s*\\d+\\s*$");
  private static final Pattern TITLE_WORD = Pattern.compile("[A-Za-z][A-Za-z'’\\-/&]*[.]?|&");

  /**
   * A table-of-contents line ("Confidentiality ..... 12"). TOC_LEADER is searched from every
   * position of the line, and every line is tested once per numbering style; but a match always
   * ends in digits followed only by whitespace, so lines that do not end that way are answered
   * without the search. A final line separator that the pattern's {@code $} may stand before but
   * {@code \\s} does not cover (U+0085, U+2028, U+2029) goes to the search.
   */
  static boolean isTocLine(String n) {
    int end = n.length();
    while (end > 0 && " \t\n\u000B\f\r".indexOf(n.charAt(end - 1)) >= 0) {
      end--;
    }
    boolean endsInDigit = end > 0 && n.charAt(end - 1) >= '0' && n.charAt(end - 1) <= '9';
    char last = n.isEmpty() ? 0 : n.charAt(n.length() - 1);
    if (!endsInDigit && last != '\u0085' && last != '\u2028' && last != '\u2029') {
      return false;
    }
    return TOC_LEADER.matcher(n).find();
  }

  private enum ArticleStyle {
    JA,
    ARTICLE,
    SECTION,
    NUMBERED,
    /** "1. The Provider shall …": numbered clauses without a printed heading of their own. */
    BARE,
    /** No numbering at all: each ALL-CAPS heading line opens a clause. */
    HEADINGS,
    /** Only "12.1", "12.2", "13.1" are printed: the first number is the unprinted article's. */
    DECIMAL
  }

  enum ItemStyle {
    GOU,
    PAREN_ARABIC,
    CLOSE_ARABIC,
    KANJI,
    PAREN_KANJI,
    CIRCLED,
    LOWER,
    ROMAN,
    UPPER,
    KATAKANA,
    IROHA,
    DEFINITION,
    DECIMAL
  }

  /** A node under construction. */
  private static final class Draft {
    final ClauseKind kind;
    final String printed;
    final String number;
    String heading;
    int start;
    int bodyStart = -1;
    int end;
    int lines;
    final List<Draft> children = new ArrayList<>();
    Draft parent;

    /**
     * An article of another instrument printed inside an amendment ("原契約第8条を次のとおり改める。" followed by
     * the new 第8条): its path is its own number, as a reader cites it.
     */
    boolean quotedArticle;

    Draft(ClauseKind kind, String printed, String number, String heading, int start) {
      this.kind = kind;
      this.printed = printed;
      this.number = number;
      this.heading = heading;
      this.start = start;
    }
  }

  private record ArticleHit(
      int number, String pathNumber, String printed, String heading, int bodyOffset) {}

  private record ItemHit(
      ItemStyle style, int value, String printed, String heading, int markerEnd) {}

  private record Frame(ItemStyle style, int value, Draft node) {}

  /** Segments the joined text into top-level nodes in document order. */
  public List<ClauseNode> segment(JoinedText joined) {
    return new Run(joined).build();
  }

  /** State of one segmentation pass. */
  private final class Run {
    final JoinedText joined;
    final String full;
    final List<TextLine> lines;
    final List<Draft> roots = new ArrayList<>();
    final List<Draft> order = new ArrayList<>();
    ArticleStyle style;
    Draft article;
    Draft paragraph;
    Draft annex;
    Draft annexClause;
    Draft closing;
    int lastArticle;
    String lastArticlePath = "";
    int firstArticle = -1;
    int lastParagraph;
    boolean explicitParagraphs;
    int lastAnnexClause;
    Draft annexParagraph;
    int lastAnnexParagraph;
    final java.util.Set<Integer> annexNumbers = new java.util.HashSet<>();
    int closingCount;

    /**
     * The open annex is divided into chapters (a 仕様書: 第1章 → 1 → (1) → ア): each chapter is the
     * annex's clause level, its "1 目的" headings the paragraphs, numbered afresh per chapter.
     */
    boolean annexChapters;

    /** 附則 blocks seen: numbered S1, S2 apart from the annexes (they are part of the instrument). */
    int supplementaryCount;

    /** The open article ends with an amendment instruction whose new text follows. */
    boolean quoting;

    /** Paragraphs still to come that an instruction "次の2項を加える。" inserts (0 = none counted). */
    int quotedParagraphs;

    /** The article of the amended instrument printed after the instruction, while it is open. */
    Draft quoted;

    Draft quotedParagraph;
    int quotedLastParagraph;

    final List<Frame> items = new ArrayList<>();

    /** Starts of chapter/part headings: the clause before ends there, the heading joins none. */
    final java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();

    /** No numbering style starts at 1 to 3: the first clause may carry any number. */
    boolean anyFirst;

    /**
     * Whether the document has articles at all. A schedule or 別紙 printed on its own (a DPA
     * schedule, an excerpt) opens an annex before any article; in a contract with articles an annex
     * heading before the first article is a cover page or contents line.
     */
    boolean anyArticle = true;

    /** Each line normalised once: style choice reads every line once per numbering style. */
    final List<String> normalised;

    Run(JoinedText joined) {
      this.joined = joined;
      this.full = joined.fullText();
      this.lines = joined.lines();
      this.normalised = new ArrayList<>(lines.size());
      for (TextLine line : lines) {
        normalised.add(TextNormaliser.normalise(line.text()));
      }
    }

    List<ClauseNode> build() {
      style = chooseStyle();
      Draft preamble = null;
      for (int i = 0; i < lines.size(); i++) {
        TextLine line = lines.get(i);
        String n = normalised.get(i);
        if (n.isBlank()) {
          continue;
        }
        if (quoting && closing == null && annex == null && article != null && tryQuoted(line, n)) {
          continue;
        }
        if (closing == null && annex == null && isGroupHeading(i, n)) {
          cuts.add(line.start());
          continue;
        }
        if (closing == null && annex == null && tryArticle(i, line, n)) {
          armQuote(n);
          continue;
        }
        if ((lastArticle > 0 || !anyArticle) && tryAnnex(line, n)) {
          continue;
        }
        if (lastArticle > 0 && closing == null && closingLine.matcher(n.strip()).lookingAt()) {
          closingCount++;
          closing =
              add(
                  null,
                  new Draft(
                      ClauseKind.CLOSING,
                      "",
                      closingCount == 1 ? "closing" : "closing-" + closingCount,
                      null,
                      line.start()));
          annex = null;
          article = null;
          continue;
        }
        if (tryAttachmentTitle(i, line, n)) {
          continue;
        }
        if (closing != null) {
          closing.lines++;
          continue;
        }
        if (annex != null) {
          if (annexClause == null && annex.heading == null && annex.lines <= 0) {
            String s = n.strip();
            if (s.length() <= 40
                && s.indexOf('。') < 0
                && (isTitle(s)
                    || isCjkStart(s) && !s.contains(" ")
                    || CAPTION.matcher(s).matches())) {
              annex.heading = s.replaceAll("^[(【〔\\[]|[)】〕\\]]$", "");
              annex.lines = 0;
              continue;
            }
          }
          Draft container =
              annexParagraph != null ? annexParagraph : annexClause != null ? annexClause : annex;
          if (tryAnnexChapter(line, n)) {
            continue;
          }
          if (!tryAnnexClause(line, n)
              && !tryAnnexParagraph(line, n)
              && !tryItem(line, n, container)) {
            touch(line);
          }
          continue;
        }
        if (article != null) {
          if (headingOnNextLine(line, n)) {
            continue;
          }
          if (!tryParagraph(line, n)
              && !tryItem(line, n, paragraph != null ? paragraph : article)
              && !trySpacedParagraph(i, line)) {
            touch(line);
          }
          armQuote(n);
          continue;
        }
        if (preamble == null) {
          preamble = add(null, new Draft(ClauseKind.PREAMBLE, "", "preamble", null, line.start()));
        }
        preamble.lines++;
      }
      return finish();
    }

    /**
     * "ARTICLE IV" followed by "CONFIDENTIALITY" on its own line: the short title line right under
     * a bare article number is its heading, not its first paragraph.
     */
    private boolean headingOnNextLine(TextLine line, String n) {
      if (article.heading != null || article.lines > 0 || !article.children.isEmpty()) {
        return false;
      }
      String s = n.strip();
      boolean cjkTitle =
          isCjkStart(s) && s.length() <= 20 && s.indexOf('。') < 0 && !s.contains(" ");
      Matcher cap = CAPTION.matcher(s);
      if (cap.matches()) {
        article.heading = cap.group(1).strip();
        article.lines = 0;
        return true;
      }
      if (isTitle(s) || cjkTitle) {
        article.heading = s.replaceFirst("[.:]$", "");
        return true;
      }
      return false;
    }

    /** Counts a plain text line toward the innermost open node. */
    private void touch(TextLine line) {
      Draft d = order.isEmpty() ? null : order.get(order.size() - 1);
      if (d != null) {
        d.lines++;
        if (d.bodyStart < 0) {
          d.bodyStart = line.start();
        }
      }
    }

    private Draft add(Draft parent, Draft d) {
      d.parent = parent;
      if (parent == null) {
        roots.add(d);
      } else {
        parent.children.add(d);
      }
      order.add(d);
      return d;
    }

    // ---------------------------------------------------------------- articles

    private ArticleStyle chooseStyle() {
      Map<ArticleStyle, Integer> counts = countStyles();
      if (printedStyles(counts) == 0) {
        // An excerpt or addendum whose first clause is "第10" or "Section 12": no style opens at
        // 1 to 3, so the first number is taken as printed.
        anyFirst = true;
        counts = countStyles();
      }
      ArticleStyle best = bestStyle(counts);
      if (printedStyles(counts) == 0
          && best == ArticleStyle.JA
          && counts.get(ArticleStyle.DECIMAL) > 0) {
        best = ArticleStyle.DECIMAL;
      }
      anyArticle = counts.get(best) > 0 || best == ArticleStyle.HEADINGS;
      return best;
    }

    /**
     * The first annex heading after the first article line of any style: the annexes' own numbering
     * (a schedule's "1. Scope" … "15. Acceptance", a 別紙's "１．目的") must not outvote the contract's
     * articles. The whole document when no article precedes an annex.
     */
    private int annexBoundary() {
      boolean articleSeen = false;
      for (int i = 0; i < lines.size(); i++) {
        String n = normalised.get(i);
        if (n.isBlank()) {
          continue;
        }
        if (articleSeen && annexHeading(n.strip()) != null) {
          return i;
        }
        if (!articleSeen) {
          for (ArticleStyle s :
              List.of(
                  ArticleStyle.JA,
                  ArticleStyle.ARTICLE,
                  ArticleStyle.SECTION,
                  ArticleStyle.NUMBERED)) {
            if (articleHit(s, lines.get(i), n) != null) {
              articleSeen = true;
              break;
            }
          }
        }
      }
      return lines.size();
    }

    private int printedStyles(Map<ArticleStyle, Integer> counts) {
      return counts.get(ArticleStyle.JA)
          + counts.get(ArticleStyle.ARTICLE)
          + counts.get(ArticleStyle.SECTION)
          + counts.get(ArticleStyle.NUMBERED);
    }

    private Map<ArticleStyle, Integer> countStyles() {
      Map<ArticleStyle, Integer> counts = new EnumMap<>(ArticleStyle.class);
      int boundary = annexBoundary();
      for (ArticleStyle s : ArticleStyle.values()) {
        int last = 0;
        int count = 0;
        for (int i = 0; i < boundary; i++) {
          ArticleHit hit = articleHit(s, lines.get(i), normalised.get(i));
          if (hit != null && accepts(last, hit.number())) {
            last = hit.number();
            count++;
          } else if (hit != null && hit.number() == 1 && count > 0) {
            last = 1;
          }
        }
        counts.put(s, count);
      }
      return counts;
    }

    private ArticleStyle bestStyle(Map<ArticleStyle, Integer> counts) {
      ArticleStyle best = ArticleStyle.JA;
      for (ArticleStyle s :
          List.of(ArticleStyle.ARTICLE, ArticleStyle.SECTION, ArticleStyle.NUMBERED)) {
        // A Japanese contract's 別紙 (a 仕様書 numbered "１．目的" … "２０．監査") may hold more
        // numbered headings than the contract has articles: a run of 第N条 are the articles.
        boolean behindJa = s == ArticleStyle.NUMBERED && counts.get(ArticleStyle.JA) >= 3;
        if (counts.get(s) > counts.get(best) && !behindJa) {
          best = s;
        }
      }
      // Headingless numbering and bare headings are read only where no printed article style
      // exists: "1." also numbers the paragraphs inside articles, and ALL-CAPS lines also head
      // chapters.
      if (counts.get(best) < 2 && !(anyFirst && counts.get(best) > 0)) {
        if (counts.get(ArticleStyle.BARE) >= 2) {
          return ArticleStyle.BARE;
        }
        if (capsHeadingCount() >= 2) {
          return ArticleStyle.HEADINGS;
        }
      }
      return best;
    }

    private int capsHeadingCount() {
      int count = 0;
      for (int i = 0; i < lines.size(); i++) {
        if (isClauseHeadingLine(i)) {
          count++;
        }
      }
      return count;
    }

    /**
     * A heading line in a document without numbering (not its title line): ALL CAPS ("YOUR DATA")
     * or a short Title Case phrase ("Your Content") on a line of its own, above body text.
     */
    private boolean isClauseHeadingLine(int i) {
      String s = normalised.get(i).strip();
      if (s.isEmpty() || !isCapsHeading(s) && !isTitleHeading(s)) {
        return false;
      }
      int first = 0;
      while (first < lines.size() && normalised.get(first).isBlank()) {
        first++;
      }
      int next = i + 1;
      while (next < lines.size() && normalised.get(next).isBlank()) {
        next++;
      }
      if (i == first || next >= lines.size() || inTitleBlock(first, i)) {
        return false;
      }
      String body = normalised.get(next).strip();
      return !isCapsHeading(body) && !isTitleHeading(body);
    }

    /**
     * Whether line {@code i} still belongs to the block of lines the document opens with, printed
     * without a blank line between them: the title ("ACME CLOUD — BUSINESS TERMS" over "BUSINESS
     * TERMS"), not a clause heading. Only known where the layout shows blank lines.
     */
    private boolean inTitleBlock(int first, int i) {
      if (joined.spaced().isEmpty()) {
        return false;
      }
      int gap = joined.spaced().nextSetBit(first + 1);
      return gap < 0 || gap > i;
    }

    private boolean isTitleHeading(String s) {
      return s.length() <= 50
          && isTitle(s)
          && ".,;:!?".indexOf(s.charAt(s.length() - 1)) < 0
          && !closingLine.matcher(s).lookingAt()
          && !isAnnexCaption(s);
    }

    private boolean isAnnexCaption(String s) {
      return annexLine.matcher(s).lookingAt()
          || prefixedAnnexLine.matcher(s).lookingAt()
          || namedAnnexLine.matcher(s).lookingAt();
    }

    /** A short ALL-CAPS line ("DATA PROTECTION") that is not a signature or annex caption. */
    private boolean isCapsHeading(String s) {
      if (s.length() > 60
          || s.isEmpty()
          || s.charAt(0) < 'A'
          || s.charAt(0) > 'Z'
          || ".,;:!?".indexOf(s.charAt(s.length() - 1)) >= 0
          || s.chars().anyMatch(Character::isLowerCase)
          || s.split("\\s+").length > 8
          || closingLine.matcher(s).lookingAt()
          || isAnnexCaption(s)) {
        return false;
      }
      return s.chars().filter(c -> c >= 'A' && c <= 'Z').count() >= 2;
    }

    /**
     * A chapter or part heading ("第2章　データの取扱い", "第1節", "PART B – DATA PROTECTION") or an ALL-CAPS
     * group heading right above a numbered article: it heads a group of articles, so it is no part
     * of the clause printed before it.
     */
    private boolean isGroupHeading(int i, String n) {
      String s = n.strip();
      if (s.length() > 50 || s.endsWith("。")) {
        return false;
      }
      Matcher g = GROUP_HEADING.matcher(s);
      if (g.lookingAt()) {
        String rest = s.substring(g.end()).replaceFirst("^[-:.]?\\s*", "");
        return rest.isEmpty() || isCjkStart(rest) || isTitle(rest);
      }
      if (style == ArticleStyle.HEADINGS || style == ArticleStyle.BARE || lastArticle == 0) {
        return false;
      }
      if (!isCapsHeading(s)) {
        return false;
      }
      int next = i + 1;
      while (next < lines.size() && normalised.get(next).isBlank()) {
        next++;
      }
      if (next >= lines.size()) {
        return false;
      }
      ArticleHit hit = articleHit(style, lines.get(next), normalised.get(next));
      return hit != null && accepts(lastArticle, hit.number());
    }

    private boolean accepts(int last, int number) {
      return last == 0
          ? number >= 1 && (anyFirst || number <= 3)
          : number > last && number <= last + 3;
    }

    private boolean tryArticle(int index, TextLine line, String n) {
      if (style == ArticleStyle.HEADINGS) {
        return tryHeadingClause(index, line, n);
      }
      ArticleHit hit = articleHit(style, line, n);
      if (hit == null && style == ArticleStyle.NUMBERED) {
        hit = headinglessNext(line, n);
      }
      if (hit == null) {
        return false;
      }
      boolean branch =
          hit.pathNumber().contains("-")
              && hit.number() == lastArticle
              && !hit.pathNumber().equals(lastArticlePath);
      if (!branch && !accepts(lastArticle, hit.number())) {
        if (hit.number() == firstArticle && looksLikeTableOfContents()) {
          dropArticles();
        } else {
          return false;
        }
      }
      int start = line.start();
      String heading = hit.heading();
      if (heading == null && index > 0) {
        TextLine prev = lines.get(index - 1);
        String prevText = TextNormaliser.normalise(prev.text()).strip();
        Matcher cap = CAPTION.matcher(prevText);
        Draft open = order.isEmpty() ? null : order.get(order.size() - 1);
        boolean captionAbove =
            cap.matches()
                || style == ArticleStyle.JA && isBareJapaneseCaption(prevText)
                || style == ArticleStyle.BARE
                    && (isCapsHeading(prevText)
                        || isTitle(prevText)
                            && prevText.length() <= 40
                            && ".,;:".indexOf(prevText.charAt(prevText.length() - 1)) < 0);
        if (captionAbove && (open == null || open.start < prev.start())) {
          heading = cap.matches() ? cap.group(1).strip() : prevText;
          start = prev.start();
          if (open != null) {
            open.lines--;
          }
        }
      }
      article =
          add(null, new Draft(ClauseKind.ARTICLE, hit.printed(), hit.pathNumber(), heading, start));
      if (hit.bodyOffset() >= 0) {
        article.bodyStart = hit.bodyOffset();
        article.lines++;
      }
      if (firstArticle < 0) {
        firstArticle = hit.number();
      }
      lastArticle = hit.number();
      lastArticlePath = hit.pathNumber();
      paragraph = null;
      lastParagraph = style == ArticleStyle.JA ? 1 : 0;
      explicitParagraphs = false;
      items.clear();
      if (style == ArticleStyle.DECIMAL && !tryParagraph(line, n)) {
        // An excerpt opening at "12.3": the line is the article's text.
        touch(line);
      }
      return true;
    }

    /**
     * "6. The Supplier shall …" between "5. Confidentiality" and "7. Audit": a clause printed
     * without a heading in a document whose clauses mostly have one. Only the very next number is
     * taken, and only while the open clause has no "1." / "2." paragraphs of its own that the line
     * could continue.
     */
    private ArticleHit headinglessNext(TextLine line, String n) {
      if (article == null) {
        return null;
      }
      ArticleHit hit = bareArticle(line, n);
      if (hit == null || hit.number() != lastArticle + 1) {
        return null;
      }
      for (Draft d : article.children) {
        if (d.kind == ClauseKind.PARAGRAPH && d.printed.matches("\\d+[.)]?")) {
          return null;
        }
      }
      return hit;
    }

    /** "秘密保持" printed alone above "第7条": a short noun phrase, not the end of a sentence. */
    private boolean isBareJapaneseCaption(String s) {
      // Not a date or an amount ("令和7年4月1日"): captions name a subject.
      return isCjkStart(s)
          && s.chars().noneMatch(Character::isDigit)
          && !s.matches(".*[元一二三四五六七八九十]+年.*")
          && s.length() <= 20
          && s.indexOf('。') < 0
          && s.indexOf('、') < 0
          && !s.contains(" ")
          && !s.startsWith("第")
          && !s.endsWith("：")
          && !s.endsWith(":");
    }

    /** A clause opened by an ALL-CAPS heading in a document without numbering. */
    private boolean tryHeadingClause(int index, TextLine line, String n) {
      if (!isClauseHeadingLine(index)) {
        return false;
      }
      article =
          add(
              null,
              new Draft(
                  ClauseKind.ARTICLE,
                  "",
                  String.valueOf(lastArticle + 1),
                  n.strip(),
                  line.start()));
      lastArticle++;
      lastArticlePath = article.number;
      paragraph = null;
      lastParagraph = 0;
      explicitParagraphs = false;
      items.clear();
      return true;
    }

    private boolean looksLikeTableOfContents() {
      return roots.stream()
          .filter(d -> d.kind == ClauseKind.ARTICLE)
          .allMatch(d -> d.lines <= 0 && d.children.isEmpty());
    }

    private void dropArticles() {
      roots.removeIf(d -> d.kind == ClauseKind.ARTICLE);
      order.removeIf(d -> d.kind == ClauseKind.ARTICLE);
      lastArticle = 0;
      firstArticle = -1;
      if (roots.isEmpty()) {
        // The table of contents becomes the preamble it really is part of.
        add(null, new Draft(ClauseKind.PREAMBLE, "", "preamble", null, 0));
      }
    }

    private ArticleHit articleHit(ArticleStyle s, TextLine line, String n) {
      if (isTocLine(n)) {
        return null;
      }
      return switch (s) {
        case JA -> jaArticle(line, n);
        case ARTICLE -> enArticle(EN_ARTICLE, line, n);
        case SECTION -> enArticle(EN_SECTION, line, n);
        case NUMBERED -> numberedArticle(line, n);
        case BARE -> bareArticle(line, n);
        case HEADINGS -> null;
        case DECIMAL -> decimalArticle(line, n);
      };
    }

    private ArticleHit jaArticle(TextLine line, String n) {
      Matcher m = JA_ARTICLE.matcher(n);
      if (!m.lookingAt()) {
        return null;
      }
      int number = Numerals.parse(m.group(1).replace(" ", ""));
      if (number < 0) {
        return null;
      }
      String rest = n.substring(m.end());

      String stripped = rest.strip();
      if (crossRefTail.matcher(stripped).lookingAt()) {
        return null;
      }
      String path = String.valueOf(number);
      if (m.group(2) != null) {
        path += "-" + Numerals.parse(m.group(2));
      }
      String printed = line.text().substring(0, m.end()).strip();
      String heading = null;
      int restStart = m.end() + (rest.length() - rest.stripLeading().length());
      Matcher cap = LEADING_CAPTION.matcher(stripped);
      if (cap.lookingAt()) {
        heading = cap.group(1).strip();
        restStart += cap.end();
      } else if (stripped.length() > 0
          && stripped.length() <= 20
          && stripped.indexOf('。') < 0
          && !stripped.contains("、")
          && !stripped.contains(" ")) {
        heading = stripped;
        restStart = n.length();
      }
      int body =
          restStart < n.length() && !n.substring(restStart).isBlank()
              ? line.start() + restStart
              : -1;
      return new ArticleHit(number, path, printed, heading, body);
    }

    private ArticleHit enArticle(Pattern p, TextLine line, String n) {
      Matcher m = p.matcher(n);
      if (!m.lookingAt()) {
        return null;
      }
      int number = Numerals.any(m.group(1));
      if (number < 0) {
        return null;
      }
      String rest = n.substring(m.end());
      String stripped = rest.replaceFirst("^\\s*[-:.]?\\s*", "");
      if (!stripped.isEmpty()
          && !Character.isUpperCase(stripped.charAt(0))
          && stripped.charAt(0) != '('
          && !Character.isDigit(stripped.charAt(0))
          && !isCjkStart(stripped)) {
        return null;
      }
      String printed = line.text().substring(0, m.end()).strip();
      return withHeading(number, printed, line, n, n.length() - stripped.length(), stripped);
    }

    private ArticleHit numberedArticle(TextLine line, String n) {
      Matcher m = NUM_HEADING.matcher(n);
      int number;
      if (m.lookingAt()) {
        number = Integer.parseInt(m.group(1));
      } else if ((m = ROMAN_HEADING.matcher(n)).lookingAt()) {
        number = Numerals.roman(m.group(1));
      } else {
        return null;
      }
      String stripped = n.substring(m.end()).strip();
      if (stripped.isEmpty()) {
        return null;
      }
      int restStart = n.length() - stripped.length();
      String printed = line.text().substring(0, m.end()).strip();
      ArticleHit hit = withHeading(number, printed, line, n, restStart, stripped);
      return hit.heading() == null ? null : hit;
    }

    /**
     * "12.1 Handling reports. …" where no "12." line is printed: opens article 12 (printed number
     * empty) at this line, and the line itself becomes its paragraph 12.1.
     */
    private ArticleHit decimalArticle(TextLine line, String n) {
      Matcher m = SUB_NUMBER.matcher(n);
      if (!m.lookingAt() && !(m = PAREN_SUB.matcher(n)).lookingAt()) {
        return null;
      }
      int number = Integer.parseInt(m.group(1));
      if (article != null && String.valueOf(number).equals(article.number)) {
        return null;
      }
      return new ArticleHit(number, String.valueOf(number), "", null, -1);
    }

    private ArticleHit bareArticle(TextLine line, String n) {
      Matcher m = BARE_CLAUSE.matcher(n);
      if (!m.lookingAt()) {
        return null;
      }
      int number = Integer.parseInt(m.group(1));
      String stripped = n.substring(m.end()).strip();
      String printed = line.text().substring(0, m.group(1).length() + 1).strip();
      return withHeading(number, printed, line, n, n.length() - stripped.length(), stripped);
    }

    /**
     * Splits "Confidentiality" or "Confidentiality. The Supplier shall..." into heading and body.
     */
    private ArticleHit withHeading(
        int number, String printed, TextLine line, String n, int restStart, String rest) {
      String path = String.valueOf(number);
      if (rest.isEmpty()) {
        return new ArticleHit(number, path, printed, null, -1);
      }
      Matcher caption = LEADING_CAPTION.matcher(rest);
      if (caption.lookingAt()) {
        int body = restStart + caption.end();
        return new ArticleHit(
            number,
            path,
            printed,
            caption.group(1).strip(),
            body < n.length() ? line.start() + body : -1);
      }
      if (isTitle(rest.replaceFirst("[.:]$", ""))) {
        return new ArticleHit(number, path, printed, rest.replaceFirst("[.:]$", "").strip(), -1);
      }
      int dot = rest.indexOf(". ");
      if (dot > 0 && isTitle(rest.substring(0, dot))) {
        int body = restStart + dot + 2;
        while (body < n.length() && n.charAt(body) == ' ') {
          body++;
        }
        return new ArticleHit(
            number, path, printed, rest.substring(0, dot).strip(), line.start() + body);
      }
      if (isCjkStart(rest) && rest.length() <= 20 && rest.indexOf('。') < 0 && !rest.contains(" ")) {
        return new ArticleHit(number, path, printed, rest.strip(), -1);
      }
      return new ArticleHit(number, path, printed, null, line.start() + restStart);
    }

    private boolean isCjkStart(String s) {
      return !s.isEmpty() && jp.shinsa.domain.contract.layout.Scripts.isCjk(s.charAt(0));
    }

    /** A short Title Case or UPPER CASE phrase, as headings are printed. */
    private boolean isTitle(String s) {
      String t = s.strip();
      if (t.isEmpty() || t.length() > 70 || !Character.isUpperCase(t.charAt(0))) {
        return false;
      }
      String[] words = t.split("[\\s,;]+");
      if (words.length > 8) {
        return false;
      }
      int longLower = 0;
      for (String w : words) {
        if (!w.isEmpty() && !TITLE_WORD.matcher(w).matches()) {
          return false;
        }
        if (w.length() > 4 && Character.isLowerCase(w.charAt(0))) {
          longLower++;
        }
      }
      // "Changes to these Terms" is a heading; "The Supplier shall comply" is a sentence.
      if (longLower > 1 || (longLower == 1 && words.length < 3)) {
        return false;
      }
      return true;
    }

    // -------------------------------------------------------------- paragraphs

    /**
     * A paragraph ending "次のとおり改める。" / "次の1条を加える。" / "次の2項を加える。" (grammar amendmentInstructionJa)
     * is followed by the amended instrument's new text: its article and paragraph numbers are not
     * this document's.
     */
    private void armQuote(String n) {
      quoting = false;
      quotedParagraphs = 0;
      quoted = null;
      if (style != ArticleStyle.JA) {
        return;
      }
      Matcher m = amendmentInstruction.matcher(n.strip());
      if (!m.find() || "号".equals(m.group(2))) {
        // Inserted items ("次の4号を加える。") print their own item numbers and no paragraph ones.
        return;
      }
      quoting = true;
      if (m.group(1) != null && m.group(2).equals("項")) {
        quotedParagraphs = Math.max(1, Numerals.parse(m.group(1)));
      }
    }

    /** A line of the quoted new text (see {@link #armQuote}); false ends the quotation. */
    private boolean tryQuoted(TextLine line, String n) {
      ArticleHit hit = jaArticle(line, n);
      Matcher para = JA_PARAGRAPH.matcher(n);
      if (quotedParagraphs > 0) {
        if (para.lookingAt() || hit != null) {
          // An inserted paragraph ("4 機構は、…" after "次の2項を加える。"): text of the instruction.
          quotedParagraphs--;
          touch(line);
          if (quotedParagraphs == 0) {
            quoting = false;
          }
          return true;
        }
        return false;
      }
      if (hit != null) {
        if (quoted != null && accepts(lastArticle, hit.number())) {
          quoting = false;
          return false;
        }
        quoted =
            add(
                paragraph != null ? paragraph : article,
                new Draft(
                    ClauseKind.ARTICLE,
                    hit.printed(),
                    hit.pathNumber(),
                    hit.heading(),
                    line.start()));
        quoted.quotedArticle = true;
        quoted.lines++;
        quoted.bodyStart = hit.bodyOffset();
        quotedParagraph = null;
        quotedLastParagraph = 1;
        items.clear();
        return true;
      }
      if (para.lookingAt()) {
        int number = Integer.parseInt(para.group(1));
        if (quoted == null) {
          // One paragraph's new text after "原契約第8条第2項を次のとおり改める。".
          touch(line);
          quoting = false;
          return true;
        }
        if (number != quotedLastParagraph + 1) {
          quoting = false;
          return false;
        }
        if (quotedLastParagraph == 1
            && quoted.children.stream().noneMatch(d -> d.kind == ClauseKind.PARAGRAPH)) {
          addImplicitFirstParagraph(quoted);
        }
        quotedLastParagraph = number;
        quotedParagraph =
            add(
                quoted,
                new Draft(
                    ClauseKind.PARAGRAPH,
                    line.text().substring(0, para.group(1).length()),
                    String.valueOf(number),
                    null,
                    line.start()));
        quotedParagraph.bodyStart = line.start() + para.end();
        quotedParagraph.lines++;
        items.clear();
        return true;
      }
      if (quoted != null && tryItem(line, n, quotedParagraph != null ? quotedParagraph : quoted)) {
        return true;
      }
      touch(line);
      return true;
    }

    private boolean tryParagraph(TextLine line, String n) {
      int number = -1;
      int end = 0;
      String printed = null;
      String heading = null;
      int bodyOffset;
      if (style == ArticleStyle.JA) {
        Matcher m = JA_PARAGRAPH.matcher(n);
        Matcher k = JA_KOU.matcher(n);
        if (m.lookingAt()) {
          number = Integer.parseInt(m.group(1));
          end = m.end();
          int len = m.group(1).length();
          printed =
              line.text().substring(0, len + (n.length() > len && n.charAt(len) == '.' ? 1 : 0));
        } else if (k.lookingAt()) {
          number = Integer.parseInt(k.group(1));
          end = k.end();
          printed = line.text().substring(0, k.end()).strip();
        } else if ((k = ITEM_CIRCLED.matcher(n)).lookingAt() && circledParagraph(n.charAt(0))) {
          number = Numerals.circled(n.charAt(0));
          end = k.end();
          printed = line.text().substring(0, 1);
        } else if (PREVIOUS_PARAGRAPH.matcher(n).lookingAt() && unnumberedParagraphs()) {
          // 「前項の規定にかかわらず、…」 opening a line of an article printed without paragraph
          // numbers: a sentence that points back to the paragraph before it opens the next one.
          number = lastParagraph + 1;
          printed = "";
        }
      } else {
        Matcher m = SUB_NUMBER.matcher(n);
        if (m.lookingAt() && String.valueOf(Integer.parseInt(m.group(1))).equals(article.number)) {
          String rest = n.substring(m.end());
          if (!rest.isEmpty() && Character.isLowerCase(rest.charAt(0))) {
            return false;
          }
          number = Integer.parseInt(m.group(2));
          end = m.end();
          printed = line.text().substring(0, m.end()).strip();
          int dot = rest.indexOf(". ");
          if (dot > 0 && isTitle(rest.substring(0, dot))) {
            heading = rest.substring(0, dot).strip();
            end += dot + 2;
          }
        } else if ((m = PAREN_SUB.matcher(n)).lookingAt()
            && String.valueOf(Integer.parseInt(m.group(1))).equals(article.number)) {
          number = Integer.parseInt(m.group(2));
          end = m.end();
          printed = line.text().substring(0, m.end()).strip();
        } else {
          Matcher b = BARE_PARAGRAPH.matcher(n);
          if (b.lookingAt()
              && !Character.isLowerCase(n.charAt(b.end() < n.length() ? b.end() : b.end() - 1))) {
            number = Integer.parseInt(b.group(1));
            end = b.end();
            printed = line.text().substring(0, b.end()).strip();
          }
        }
      }
      if (number < 0) {
        return false;
      }
      boolean explicitOne =
          number == 1 && !explicitParagraphs && article.children.isEmpty() && article.lines <= 0;
      if (!explicitOne && number != lastParagraph + 1) {
        return false;
      }
      if (style == ArticleStyle.JA && !explicitParagraphs && !explicitOne) {
        addImplicitFirstParagraph(article);
      }
      bodyOffset = line.start() + end;
      paragraph =
          add(
              article,
              new Draft(
                  ClauseKind.PARAGRAPH, printed, String.valueOf(number), heading, line.start()));
      paragraph.bodyStart = bodyOffset;
      paragraph.lines++;
      explicitParagraphs = true;
      lastParagraph = number;
      items.clear();
      if (style != ArticleStyle.JA) {
        runInItems(paragraph, line, n, end);
      }
      return true;
    }

    /**
     * "7.4 Inspections. (a) The Customer may … (b) On request, the Supplier shall …":
     * sub-paragraphs printed run-in, each opening after the sentence before it. They are items of
     * the paragraph like (a), (b) printed on lines of their own ("7.4(b)" → 7.4.2); a list inside a
     * sentence ("confirming that (a) …, (b) …") does not open the paragraph's text and stays text.
     * Needs at least "(a)" and "(b)"; a later "(c)" at a line start continues the list.
     */
    private void runInItems(Draft parent, TextLine line, String n, int body) {
      int from = body;
      while (from < n.length() && n.charAt(from) == ' ') {
        from++;
      }
      Matcher first = RUN_IN_FIRST.matcher(n).region(from, n.length());
      if (!first.lookingAt()) {
        return;
      }
      String v = first.group(1);
      ItemStyle itemStyle =
          v.equals("a")
              ? ItemStyle.LOWER
              : v.equals("i") ? ItemStyle.ROMAN : ItemStyle.PAREN_ARABIC;
      List<int[]> markers = new ArrayList<>();
      markers.add(new int[] {from, first.end(), 1});
      Matcher next = RUN_IN_NEXT.matcher(n);
      int at = first.end();
      while (next.find(at)) {
        String w = next.group(1);
        int value =
            switch (itemStyle) {
              case LOWER -> w.length() == 1 ? Numerals.letter(w) : -1;
              case ROMAN -> Numerals.roman(w);
              default -> w.chars().allMatch(Character::isDigit) ? Integer.parseInt(w) : -1;
            };
        if (value == markers.get(markers.size() - 1)[2] + 1) {
          int start = next.start(1) - 1;
          markers.add(new int[] {start, next.end(), value});
        }
        at = next.end();
      }
      if (markers.size() < 2) {
        return;
      }
      for (int[] mk : markers) {
        items.clear();
        String printed = line.text().substring(mk[0], mk[1]).strip();
        Draft d =
            add(
                parent,
                new Draft(
                    ClauseKind.ITEM, printed, String.valueOf(mk[2]), null, line.start() + mk[0]));
        d.bodyStart = line.start() + mk[1];
        d.lines++;
        items.add(new Frame(itemStyle, mk[2], d));
      }
    }

    /**
     * A paragraph of a clause opened by a bare heading (terms printed without numbers): each block
     * of text after a blank line is the next paragraph, cited "SECURITY, paragraph 2" and numbered
     * like printed paragraphs ("8.2"); the text under the heading becomes paragraph 1 once a second
     * follows, and a clause of one block keeps the heading's own path ("9").
     */
    private boolean trySpacedParagraph(int index, TextLine line) {
      if (style != ArticleStyle.HEADINGS
          || !joined.spacedBefore(index)
          || article.bodyStart < 0
          || explicitParagraphs && paragraph != null && !paragraph.printed.isEmpty()) {
        return false;
      }
      if (paragraph == null) {
        addImplicitFirstParagraph(article);
        lastParagraph = 1;
      }
      lastParagraph++;
      paragraph =
          add(
              article,
              new Draft(
                  ClauseKind.PARAGRAPH, "", String.valueOf(lastParagraph), null, line.start()));
      paragraph.bodyStart = line.start();
      paragraph.lines++;
      explicitParagraphs = true;
      items.clear();
      return true;
    }

    /** Whether the open article has text and no paragraph with a printed number. */
    private boolean unnumberedParagraphs() {
      if (article.bodyStart < 0 && article.children.isEmpty()) {
        return false;
      }
      for (Draft d : article.children) {
        if (d.kind == ClauseKind.PARAGRAPH && !d.printed.isEmpty()) {
          return false;
        }
      }
      return true;
    }

    /**
     * ①② number paragraphs (項) in some contracts and items (号) in others. They are paragraphs when
     * ① opens the article before any text, or when ② follows a first paragraph that opened no
     * ①-list; a ② inside an open ①-list stays an item.
     */
    private boolean circledParagraph(char c) {
      int number = Numerals.circled(c);
      if (items.stream().anyMatch(f -> f.style() == ItemStyle.CIRCLED)) {
        return false;
      }
      if (number == 1) {
        return !explicitParagraphs && article.children.isEmpty() && article.lines <= 0;
      }
      return number == lastParagraph + 1;
    }

    /**
     * The unnumbered first paragraph of a Japanese article (or annex clause) becomes paragraph 1
     * once a "2" follows.
     */
    private void addImplicitFirstParagraph(Draft clause) {
      if (clause.bodyStart < 0) {
        return;
      }
      Draft first = new Draft(ClauseKind.PARAGRAPH, "", "1", null, clause.bodyStart);
      first.parent = clause;
      first.lines = 1;
      List<Draft> moved = new ArrayList<>(clause.children);
      clause.children.clear();
      clause.children.add(first);
      for (Draft d : moved) {
        d.parent = first;
        first.children.add(d);
      }
      int at = order.indexOf(clause) + 1;
      order.add(at, first);
    }

    // ------------------------------------------------------------------- items

    private boolean tryItem(TextLine line, String n, Draft container) {
      if (container == null) {
        return false;
      }
      List<ItemHit> hits = itemHits(line, n, container);
      if (hits.isEmpty()) {
        return false;
      }
      for (ItemHit hit : hits) {
        for (int k = items.size() - 1; k >= 0; k--) {
          Frame f = items.get(k);
          if (f.style() == hit.style() && hit.value() == f.value() + 1) {
            while (items.size() > k) {
              items.remove(items.size() - 1);
            }
            Draft parent = k == 0 ? container : items.get(k - 1).node();
            pushItem(parent, hit, line);
            return true;
          }
        }
      }
      for (ItemHit hit : hits) {
        boolean open = items.stream().anyMatch(f -> f.style() == hit.style());
        if (hit.value() == 1 && !open) {
          Draft parent = items.isEmpty() ? container : items.get(items.size() - 1).node();
          pushItem(parent, hit, line);
          return true;
        }
      }
      return false;
    }

    private void pushItem(Draft parent, ItemHit hit, TextLine line) {
      if (parent.bodyStart < 0) {
        parent.bodyStart = line.start();
      }
      Draft d =
          add(
              parent,
              new Draft(
                  ClauseKind.ITEM,
                  hit.printed(),
                  String.valueOf(hit.value()),
                  hit.heading(),
                  line.start()));
      d.lines++;
      items.add(new Frame(hit.style(), hit.value(), d));
    }

    private List<ItemHit> itemHits(TextLine line, String n, Draft container) {
      List<ItemHit> hits = new ArrayList<>();
      String heading = null;
      Matcher m;
      Matcher deep = DEEP_NUMBER.matcher(n);
      if (deep.lookingAt()) {
        String prefix = deep.group(1) + "." + deep.group(2);
        if (paragraph != null
                && article != null
                && prefix.equals(article.number + "." + paragraph.number)
            || annexParagraph != null
                && annexClause != null
                && prefix.equals(annexClause.number + "." + annexParagraph.number)) {
          hits.add(hit(ItemStyle.DECIMAL, Integer.parseInt(deep.group(3)), line, deep, n));
        }
        return hits;
      }
      if ((m = ITEM_GOU.matcher(n)).lookingAt()) {
        hits.add(hit(ItemStyle.GOU, Numerals.parse(m.group(1)), line, m, n));
      } else if ((m = ITEM_PAREN.matcher(n)).lookingAt()) {
        String v = m.group(1);
        if (v.chars().allMatch(Character::isDigit)) {
          hits.add(hit(ItemStyle.PAREN_ARABIC, Integer.parseInt(v), line, m, n));
        } else if (Numerals.kanji(v) > 0) {
          hits.add(hit(ItemStyle.PAREN_KANJI, Numerals.kanji(v), line, m, n));
        } else if (Numerals.katakana(v) > 0) {
          hits.add(hit(ItemStyle.KATAKANA, Numerals.katakana(v), line, m, n));
          irohaHit(hits, v, line, m, n);
        } else if (Character.isUpperCase(v.charAt(0)) && v.length() == 1) {
          hits.add(hit(ItemStyle.UPPER, Numerals.letter(v), line, m, n));
        } else if (Character.isLowerCase(v.charAt(0))) {
          if (Numerals.roman(v) > 0) {
            hits.add(hit(ItemStyle.ROMAN, Numerals.roman(v), line, m, n));
          }
          if (Numerals.letter(v) > 0) {
            hits.add(hit(ItemStyle.LOWER, Numerals.letter(v), line, m, n));
          }
        }
      } else if ((m = ITEM_CLOSE.matcher(n)).lookingAt()) {
        String v = m.group(1);
        if (Character.isDigit(v.charAt(0))) {
          hits.add(hit(ItemStyle.CLOSE_ARABIC, Integer.parseInt(v), line, m, n));
        } else if (Character.isUpperCase(v.charAt(0))) {
          hits.add(hit(ItemStyle.UPPER, Numerals.letter(v), line, m, n));
        } else {
          if (Numerals.roman(v) > 0) {
            hits.add(hit(ItemStyle.ROMAN, Numerals.roman(v), line, m, n));
          }
          if (Numerals.letter(v) > 0) {
            hits.add(hit(ItemStyle.LOWER, Numerals.letter(v), line, m, n));
          }
        }
      } else if ((m = ITEM_CIRCLED.matcher(n)).lookingAt()) {
        hits.add(hit(ItemStyle.CIRCLED, Numerals.circled(m.group(1).charAt(0)), line, m, n));
      } else if ((m = ITEM_KANJI.matcher(n)).lookingAt()) {
        hits.add(hit(ItemStyle.KANJI, Numerals.kanji(m.group(1)), line, m, n));
      } else if ((m = ITEM_KATAKANA.matcher(n)).lookingAt()) {
        hits.add(hit(ItemStyle.KATAKANA, Numerals.katakana(m.group(1)), line, m, n));
        irohaHit(hits, m.group(1), line, m, n);
      } else if (inDefinitions(container) && (heading = definitionTerm(n)) != null) {
        int next =
            items.isEmpty() || items.get(items.size() - 1).style() != ItemStyle.DEFINITION
                ? 1
                : items.get(items.size() - 1).value() + 1;
        if (!items.isEmpty() && items.get(0).style() != ItemStyle.DEFINITION) {
          return hits;
        }
        hits.add(new ItemHit(ItemStyle.DEFINITION, next, "", heading, 0));
        return hits;
      }
      if (!hits.isEmpty() && inDefinitions(container)) {
        List<ItemHit> named = new ArrayList<>();
        for (ItemHit h : hits) {
          String term = definitionTerm(n.substring(h.markerEnd()));
          named.add(new ItemHit(h.style(), h.value(), h.printed(), term, h.markerEnd()));
        }
        return named;
      }
      return hits;
    }

    /** "イ", "ロ", "ハ" read in iroha order beside the aiueo reading; the open list decides. */
    private void irohaHit(List<ItemHit> hits, String v, TextLine line, Matcher m, String n) {
      if (Numerals.iroha(v) > 0) {
        hits.add(hit(ItemStyle.IROHA, Numerals.iroha(v), line, m, n));
      }
    }

    private ItemHit hit(ItemStyle s, int value, TextLine line, Matcher m, String n) {
      return new ItemHit(s, value, line.text().substring(0, m.end()).strip(), null, m.end());
    }

    /** Under an article or sub-clause headed "Definitions" ("1.1 Definitions. In this …:"). */
    private boolean inDefinitions(Draft container) {
      for (Draft d = container; d != null; d = d.parent) {
        if (d.heading != null && definitionsHeading.matcher(d.heading).find()) {
          return true;
        }
        if (d.kind == ClauseKind.ARTICLE) {
          return false;
        }
      }
      return false;
    }

    private String definitionTerm(String n) {
      Matcher m = definitionItem.matcher(n);
      if (!m.lookingAt()) {
        return null;
      }
      return m.group(1) != null ? m.group(1) : m.group(2);
    }

    // ----------------------------------------------------------------- annexes

    /** The annex heading on this line ("別紙2 データ取扱特記事項", "SCHEDULE 1 - …"), or null. */
    private Matcher annexHeading(String s) {
      Matcher m = annexLine.matcher(s);
      if (!m.lookingAt()) {
        m = prefixedAnnexLine.matcher(s);
        if (!m.lookingAt() || s.endsWith(".")) {
          m = namedAnnexLine.matcher(s);
        }
      }
      if (!m.lookingAt()
          || s.length() > 60
          || s.endsWith("。")
          || s.endsWith(".") && s.length() > 20) {
        return null;
      }
      String title = m.group(3) == null ? "" : m.group(3).strip();
      Matcher caption = LEADING_CAPTION.matcher(title);
      String afterCaption = caption.lookingAt() ? title.substring(caption.end()) : "";
      if (!afterCaption.isEmpty() && Character.isLowerCase(afterCaption.charAt(0))) {
        // "Schedule 2 (Security) applies to …": the name of the annex opens a sentence.
        return null;
      }
      if (!title.isEmpty()
          && (Character.isLowerCase(title.charAt(0))
              || !startsTitle(title.charAt(0))
              || crossRefTail.matcher(title).lookingAt()
              || annexTitleReferences.stream().anyMatch(title::contains))) {
        return null;
      }
      if (m.group(1).chars().allMatch(Character::isLetter)
          && m.group(1).length() > 2
          && Character.isLowerCase(m.group(1).charAt(0))) {
        return null;
      }
      return m;
    }

    /**
     * A title opens with a letter, a digit or an opening bracket or quote; "Addendum, which …" or
     * "Schedule 2; and" continue a sentence that a line break split.
     */
    private boolean startsTitle(char c) {
      return Character.isLetterOrDigit(c) || "(（【〔[「『\"“'‘".indexOf(c) >= 0;
    }

    private boolean tryAnnex(TextLine line, String n) {
      String s = n.strip();
      Matcher m = annexHeading(s);
      if (m == null) {
        return false;
      }
      String title = m.group(3) == null ? "" : m.group(3).strip();
      int printedEnd = m.group(2) != null ? m.end(2) : m.end(1);
      String printed =
          line.text()
              .strip()
              .substring(m.start(1), Math.min(printedEnd, line.text().strip().length()))
              .strip();
      Matcher cap = LEADING_CAPTION.matcher(title);
      String heading = title.isEmpty() ? null : cap.lookingAt() ? cap.group(1).strip() : title;
      String path;
      if (m.group(2) == null && supplementaryWord.matcher(m.group(1)).matches()) {
        supplementaryCount++;
        path = supplementaryCount == 1 ? "supplementary" : "supplementary-" + supplementaryCount;
      } else {
        path = "A" + annexNumber(m.group(2));
      }
      openAnnex(new Draft(ClauseKind.ANNEX, printed, path, heading, line.start()));
      return true;
    }

    private void openAnnex(Draft d) {
      annex = add(null, d);
      annexChapters = false;
      annexClause = null;
      lastAnnexClause = 0;
      annexParagraph = null;
      lastAnnexParagraph = 0;
      closing = null;
      article = null;
      paragraph = null;
      items.clear();
    }

    /**
     * After the body has ended — a closing line, the signatures, 附則 — a short title standing alone
     * at the top of a page and followed by text ("特記仕様書" over "1 総則", "個人情報の取扱いについて" over a
     * paragraph, "SERVICE LEVEL TERMS") opens an attached document: an unnumbered annex, numbered
     * in printed order like 別記 (A1, then A2).
     */
    private boolean tryAttachmentTitle(int index, TextLine line, String n) {
      boolean afterBody =
          closing != null || annex != null && annex.number.startsWith("supplementary");
      if (!afterBody || index == 0 || lines.get(index - 1).page() == line.page()) {
        return false;
      }
      String s = n.strip();
      boolean title =
          s.length() <= 30
                  && isCjkStart(s)
                  && !s.contains(" ")
                  && s.chars().noneMatch(Character::isDigit)
                  && s.chars().noneMatch(c -> "。、.,:：(".indexOf(c) >= 0)
              || isCapsHeading(s);
      if (!title || closingLine.matcher(s).lookingAt()) {
        return false;
      }
      int next = index + 1;
      while (next < lines.size() && normalised.get(next).isBlank()) {
        next++;
      }
      if (next >= lines.size()) {
        return false;
      }
      String body = normalised.get(next).strip();
      boolean opensText =
          !body.isEmpty()
              && (Character.isDigit(body.charAt(0))
                  || body.indexOf('。') >= 0
                  || body.length() > 60 && body.endsWith("."));
      if (!opensText) {
        return false;
      }
      openAnnex(new Draft(ClauseKind.ANNEX, "", "A" + annexNumber(null), s, line.start()));
      annex.lines = 1;
      return true;
    }

    /**
     * Annexes are numbered by their printed number ("別紙2" → A2, "Exhibit B" → A2, "Schedule IV" →
     * A4, "別紙Ⅲ" → A3), so a citation keeps the number the reader sees; an unnumbered annex ("別記",
     * "附則") takes the lowest number no other annex uses.
     */
    private int annexNumber(String printed) {
      int number = -1;
      if (printed != null) {
        number = Numerals.parse(printed);
        if (number < 0 && printed.length() == 1) {
          number = Math.max(Numerals.letter(printed), Numerals.romanSign(printed.charAt(0)));
        } else if (number < 0) {
          number = Numerals.roman(printed);
        }
      }
      if (number <= 0 || annexNumbers.contains(number)) {
        number = 1;
        while (annexNumbers.contains(number)) {
          number++;
        }
      }
      annexNumbers.add(number);
      return number;
    }

    private static final Pattern ANNEX_CLAUSE =
        Pattern.compile(
            "^(?:第\\s*([0-9]+|"
                + KANJI_NUM
                + ")\\s*(?:条|項|(?=\\s|\\())|(?:Article|Section|Clause|Paragraph|ARTICLE|SECTION|PARAGRAPH)"
                + "\\s+(\\d+)|(\\d{1,2})(?![.]?\\d))(?:\\.?(?:\\s+|\\(|$)|\\.(?=[^\\x00-\\x7F]))");

    /** "8.2" inside clause 8 of an annex; 「２」 inside 「第８」 of a Japanese annex (別記 第８ 第２項). */
    private boolean tryAnnexParagraph(TextLine line, String n) {
      if (annexClause == null) {
        return false;
      }
      if (annexChapters) {
        return tryChapterSection(line, n);
      }
      Matcher ja = JA_PARAGRAPH.matcher(n);
      if (style == ArticleStyle.JA && ja.lookingAt()) {
        int number = Integer.parseInt(ja.group(1));
        boolean next =
            lastAnnexParagraph == 0
                ? number == 2 && annexClause.bodyStart >= 0
                : number == lastAnnexParagraph + 1;
        if (!next) {
          return false;
        }
        if (lastAnnexParagraph == 0) {
          addImplicitFirstParagraph(annexClause);
        }
        lastAnnexParagraph = number;
        annexParagraph =
            add(
                annexClause,
                new Draft(
                    ClauseKind.PARAGRAPH,
                    line.text().substring(0, ja.group(1).length()),
                    String.valueOf(number),
                    null,
                    line.start()));
        annexParagraph.bodyStart = line.start() + ja.end();
        annexParagraph.lines++;
        items.clear();
        return true;
      }
      Matcher m = SUB_NUMBER.matcher(n);
      if (!m.lookingAt()
          || !m.group(1).equals(annexClause.number)
          || Integer.parseInt(m.group(2)) != lastAnnexParagraph + 1) {
        return false;
      }
      String rest = n.substring(m.end());
      if (!rest.isEmpty() && Character.isLowerCase(rest.charAt(0))) {
        return false;
      }
      openAnnexParagraph(line.text().substring(0, m.end()).strip(), null, line.start());
      return true;
    }

    /**
     * "第3章 データの取扱い" inside an annex: a 仕様書's chapter. Chapters open the annex's clause level when
     * they start it (第1章 before any numbered clause) and continue in sequence.
     */
    private boolean tryAnnexChapter(TextLine line, String n) {
      String s = n.strip();
      Matcher m = ANNEX_CHAPTER.matcher(s);
      if (!m.lookingAt() || s.length() > 40 || s.indexOf('。') >= 0) {
        return false;
      }
      int number = Numerals.parse(m.group(1));
      boolean next =
          annexChapters ? number == lastAnnexClause + 1 : lastAnnexClause == 0 && number == 1;
      String rest = s.substring(m.end()).strip();
      if (!next || !rest.isEmpty() && !isCjkStart(rest)) {
        return false;
      }
      annexChapters = true;
      openAnnexClause(
          line.text().strip().substring(0, Math.min(m.end(), line.text().strip().length())).strip(),
          number,
          rest.isEmpty() ? null : rest,
          line.start());
      return true;
    }

    /** "6 保存期間" (or "6. …") under a chapter of an annex: the chapter's section 6. */
    private boolean tryChapterSection(TextLine line, String n) {
      Matcher m = CHAPTER_SECTION.matcher(n);
      if (!m.lookingAt() || Integer.parseInt(m.group(1)) != lastAnnexParagraph + 1) {
        return false;
      }
      String rest = n.substring(m.end()).strip();
      boolean title =
          !rest.isEmpty()
              && isCjkStart(rest)
              && rest.length() <= 30
              && rest.indexOf('。') < 0
              && rest.indexOf('、') < 0;
      openAnnexParagraph(
          line.text().substring(0, m.group(1).length()), title ? rest : null, line.start());
      if (!title && !rest.isEmpty()) {
        annexParagraph.bodyStart = line.start() + m.end();
      }
      return true;
    }

    /** Opens the next paragraph (or chapter section) of the open annex clause. */
    private void openAnnexParagraph(String printed, String heading, int start) {
      lastAnnexParagraph++;
      annexParagraph =
          add(
              annexClause,
              new Draft(
                  ClauseKind.PARAGRAPH,
                  printed,
                  String.valueOf(lastAnnexParagraph),
                  heading,
                  start));
      annexParagraph.lines++;
      items.clear();
    }

    private boolean tryAnnexClause(TextLine line, String n) {
      Matcher m = ANNEX_CLAUSE.matcher(n);
      if (!m.lookingAt()) {
        return false;
      }
      if (annexChapters) {
        // "1 目的" under "第3章": a section of the chapter (tryAnnexParagraph).
        return false;
      }
      if (m.group(3) != null && annexClause != null && annexClause.printed.startsWith("第")) {
        // Clauses printed 第１, 第２: a bare ３ is a paragraph of the open clause, not clause ３.
        return false;
      }
      String raw = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      int number = Numerals.parse(raw);
      if (number != lastAnnexClause + 1 && !(anyFirst && lastAnnexClause == 0 && number > 0)) {
        return false;
      }
      String rest = n.substring(m.end()).strip();
      String heading = null;
      Matcher cap =
          LEADING_CAPTION.matcher(n.substring(m.end() - (n.charAt(m.end() - 1) == '(' ? 1 : 0)));
      if (cap.lookingAt()) {
        heading = cap.group(1).strip();
      } else if (!rest.isEmpty()
          && rest.indexOf('。') < 0
          && !rest.endsWith(".")
          && (isCjkStart(rest) && rest.length() <= 20 && !rest.contains(" ") || isTitle(rest))) {
        // English titles as long as the articles' ("4. Data Location and Transfers").
        heading = rest;
      }
      openAnnexClause(
          line.text().substring(0, m.end()).strip().replaceFirst("\\($", ""),
          number,
          heading,
          line.start());
      if (heading == null && !rest.isEmpty()) {
        annexClause.bodyStart = line.start() + m.end();
      }
      return true;
    }

    /** Opens clause {@code number} of the open annex (a numbered clause or a 仕様書 chapter). */
    private void openAnnexClause(String printed, int number, String heading, int start) {
      annexClause =
          add(
              annex,
              new Draft(ClauseKind.ARTICLE, printed, String.valueOf(number), heading, start));
      annexClause.lines++;
      lastAnnexClause = number;
      annexParagraph = null;
      lastAnnexParagraph = 0;
      items.clear();
    }

    // ------------------------------------------------------------------ finish

    private List<ClauseNode> finish() {
      order.sort((a, b) -> Integer.compare(a.start, b.start));
      for (int i = 0; i < order.size(); i++) {
        Draft d = order.get(i);
        int end = i + 1 < order.size() ? order.get(i + 1).start : full.length();
        Integer cut = cuts.higher(d.start);
        if (cut != null && cut < end) {
          end = cut;
        }
        while (end > d.start && Character.isWhitespace(full.charAt(end - 1))) {
          end--;
        }
        d.end = Math.max(end, d.start);
      }
      List<ClauseNode> out = new ArrayList<>();
      for (Draft d : roots) {
        out.add(toNode(d, null));
      }
      return out;
    }

    private ClauseNode toNode(Draft d, String parentPath) {
      String path = parentPath == null || d.quotedArticle ? d.number : parentPath + "." + d.number;
      if (d.kind == ClauseKind.ITEM
          && d.parent != null
          && d.parent.kind == ClauseKind.ARTICLE
          && d.parent.parent == null) {
        // An article without numbered paragraphs is one paragraph: 第8条第2号 is 8.1.2.
        path = parentPath + ".1." + d.number;
      }
      List<ClauseNode> children = new ArrayList<>();
      for (Draft c : d.children) {
        children.add(toNode(c, path));
      }
      int subtreeEnd = d.end;
      for (ClauseNode c : children) {
        subtreeEnd = Math.max(subtreeEnd, lastEnd(c));
      }
      String text = full.substring(d.start, d.end);
      return new ClauseNode(
          d.kind,
          d.printed,
          path,
          d.heading,
          text,
          TextNormaliser.normalise(text),
          joined.pageAt(d.start),
          joined.pageAt(Math.max(d.start, subtreeEnd - 1)),
          d.start,
          d.end,
          joined.anyOcr(d.start, Math.max(d.end, d.start + 1)),
          children);
    }

    private int lastEnd(ClauseNode n) {
      int end = n.endOffset();
      for (ClauseNode c : n.children()) {
        end = Math.max(end, lastEnd(c));
      }
      return end;
    }
  }
}
