package jp.shinsa.evaluation;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.shinsa.domain.checklist.Applicability;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.ChecklistItem;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.contract.ClauseKind;
import jp.shinsa.domain.contract.ClauseNode;
import jp.shinsa.domain.contract.ParsedContract;
import jp.shinsa.domain.judgment.ContractJudge;
import jp.shinsa.domain.judgment.Evidence;
import jp.shinsa.domain.judgment.ItemJudgment;
import jp.shinsa.domain.judgment.Outcome;
import jp.shinsa.fixtures.ContractPdfWriter;
import jp.shinsa.infrastructure.catalogue.CatalogueJsonReader;
import jp.shinsa.infrastructure.detection.DetectionJsonReader;
import jp.shinsa.infrastructure.detection.LexiconJsonReader;
import jp.shinsa.infrastructure.pdf.ContractPdfParser;

/**
 * Runs the judgment engine over the phrase bank ({@code contracts-templates/phrasebank/*.json}):
 * each entry becomes a small document (its preamble, a blank line, its clause) that goes through
 * the same PDF path as the samples ({@link Evaluation}), so that parties, segmentation and judging
 * run as for a real contract. The entry's item is judged under the first model where the catalogue
 * makes it a core item (else the first where it applies) and compared with the expected outcome;
 * for a found clause the cited sentence must also overlap the entry's decisive quote.
 *
 * <p>Entries whose id ends in an odd number, or in one that leaves 2 when divided by 4, are the
 * tuning part (three quarters); those whose final number is divisible by 4 are the check quarter.
 * The report lists individual failures of the tuning part only: the check quarter is shown as
 * aggregate figures, so that it stays an honest measure of whether a change generalises.
 *
 * <p>Usage: {@code bench/evaluate.sh --bank} (or {@link #main} with the bank directory and output
 * file).
 */
public final class PhraseBankEvaluation {

  private static final List<Outcome> OUTCOMES =
      List.of(Outcome.SATISFIED, Outcome.PARTIAL, Outcome.UNFAVOURABLE, Outcome.MISSING);

  /** Shortest shared run of characters (whitespace removed) that counts as citing the quote. */
  private static final int OVERLAP_EN = 16;

  private static final int OVERLAP_JA = 8;

  /** One bank entry. */
  record Entry(
      String id,
      String language,
      String item,
      Outcome expected,
      String preamble,
      String clause,
      String quote) {

    /**
     * Final number not divisible by 4 (or a reference example, id {@code ref-…}): the part whose
     * failures may be read when deciding what to change.
     */
    boolean tuning() {
      if (id.startsWith("ref-")) {
        return true; // reference examples (phrasebank/reference/): written by a tuner, never a
        // check
      }
      String n = id.substring(id.lastIndexOf('-') + 1);
      return Integer.parseInt(n) % 4 != 0;
    }

    String document() {
      return preamble.strip()
          + "\n\n"
          + placeholders(clause.strip(), language.equals("ja"))
          + clause.strip()
          + "\n";
    }
  }

  private static final Pattern JA_ARTICLE =
      Pattern.compile("^\\s*(?:[(（][^)）]*[)）]\\s*\\n\\s*)?第\\s*([0-9]+|[一二三四五六七八九十百]+)\\s*条");
  private static final Pattern EN_ARTICLE =
      Pattern.compile("^\\s*(ARTICLE|Article)\\s+([0-9]+|[IVXL]+)\\b");
  private static final Pattern EN_SECTION =
      Pattern.compile("^\\s*(SECTION|Section|CLAUSE|Clause|§)\\s*([0-9]+)([.(][0-9]+|[(][a-z])?");
  private static final Pattern BARE = Pattern.compile("^\\s*([0-9]{1,3})([.][0-9]+)?[.]?\\s");
  private static final Pattern ANNEX =
      Pattern.compile("^\\s*(?:別紙|別表|別記|(?i:schedule|annex|appendix|exhibit|attachment))");

  /**
   * The bank's clauses are excerpts numbered as in their full contract ("第12条", "Section 14.2",
   * "ARTICLE IX"), while the segmenter, rightly for whole contracts, opens a first article only
   * when it is numbered 1 to 3 and each next one at most 3 further. An excerpt is therefore
   * preceded by the articles before it as placeholders in its own numbering style ("第11条（略）",
   * "Section 11. Reserved."), as a contract that leaves articles out prints them; a sub-clause
   * printed without its article line ("Section 12.1 …", "8.4 …") also gets its article as a
   * placeholder, and an annex excerpt one placeholder article. Other excerpts (a bare item, 「第１０」
   * of a 特記事項) are left as they are.
   */
  static String placeholders(String clause, boolean ja) {
    String c = Normalizer.normalize(clause, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder();
    Matcher m;
    if ((m = JA_ARTICLE.matcher(c)).find()) {
      for (int k = 1; k < number(m.group(1)); k++) {
        out.append("第").append(k).append("条（略）\n");
      }
    } else if ((m = EN_ARTICLE.matcher(c)).find()) {
      boolean roman = !Character.isDigit(m.group(2).charAt(0));
      for (int k = 1; k < number(m.group(2)); k++) {
        out.append(m.group(1)).append(' ').append(roman ? roman(k) : String.valueOf(k));
        out.append(" Reserved\n");
      }
    } else if ((m = EN_SECTION.matcher(c)).find()) {
      String word = m.group(1).equals("§") ? "§ " : m.group(1) + " ";
      int last = number(m.group(2)) + (m.group(3) == null ? 0 : 1);
      for (int k = 1; k < last; k++) {
        out.append(word).append(k).append(". Reserved.\n");
      }
      subClauses(out, word, m.group(2), m.group(3), false);
    } else if ((m = BARE.matcher(c)).find()) {
      int last = number(m.group(1)) + (m.group(2) == null ? 0 : 1);
      for (int k = 1; k < last; k++) {
        out.append(k).append(ja ? ". （略）\n" : ". Reserved.\n");
      }
      subClauses(out, "", m.group(1), m.group(2), ja);
    } else if (ANNEX.matcher(c).find()) {
      out.append(ja ? "第1条（略）\n" : "1. Reserved.\n");
    }
    return out.length() == 0 ? "" : out.append('\n').toString();
  }

  /**
   * The sub-clauses before an excerpt's first one ("12.1" to "12.3" before "12.4"): the segmenter
   * opens sub-clauses in sequence only.
   */
  private static void subClauses(
      StringBuilder out, String word, String article, String sub, boolean ja) {
    if (sub == null || !sub.startsWith(".") || !Character.isDigit(sub.charAt(1))) {
      return;
    }
    for (int k = 1; k < Integer.parseInt(sub.substring(1)); k++) {
      out.append(word).append(article).append('.').append(k);
      out.append(ja ? " （略）\n" : " Reserved.\n");
    }
  }

  private static final String KANJI_DIGITS = "〇一二三四五六七八九";

  /** Arabic, kanji (up to 百) or roman numeral. */
  static int number(String s) {
    if (Character.isDigit(s.charAt(0))) {
      return Integer.parseInt(s);
    }
    if (s.chars().allMatch(ch -> "IVXL".indexOf(ch) >= 0)) {
      int total = 0;
      for (int i = 0; i < s.length(); i++) {
        int v = romanValue(s.charAt(i));
        total += i + 1 < s.length() && romanValue(s.charAt(i + 1)) > v ? -v : v;
      }
      return total;
    }
    int total = 0;
    int digit = 0;
    for (char ch : s.toCharArray()) {
      if (ch == '百' || ch == '十') {
        total += (digit == 0 ? 1 : digit) * (ch == '百' ? 100 : 10);
        digit = 0;
      } else {
        digit = KANJI_DIGITS.indexOf(ch);
      }
    }
    return total + digit;
  }

  private static int romanValue(char ch) {
    return switch (ch) {
      case 'I' -> 1;
      case 'V' -> 5;
      case 'X' -> 10;
      default -> 50;
    };
  }

  static String roman(int n) {
    StringBuilder out = new StringBuilder();
    int[] values = {50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"L", "XL", "X", "IX", "V", "IV", "I"};
    for (int i = 0; i < values.length; i++) {
      while (n >= values[i]) {
        out.append(symbols[i]);
        n -= values[i];
      }
    }
    return out.toString();
  }

  /** The engine's answer for one entry. */
  record Row(
      Entry entry,
      ProcurementModel model,
      Outcome actual,
      String rule,
      String evidence,
      String parties,
      boolean segmented) {

    boolean outcomeRight() {
      return entry.expected() == actual;
    }

    /** Right outcome and, for a found clause, a cited sentence that overlaps the decisive quote. */
    boolean evidenceRight() {
      if (!outcomeRight()) {
        return false;
      }
      if (actual == Outcome.MISSING || entry.quote() == null) {
        return true;
      }
      return evidence != null
          && overlaps(
              evidence, entry.quote(), entry.language().equals("ja") ? OVERLAP_JA : OVERLAP_EN);
    }
  }

  record Result(List<Row> rows) {

    List<Row> tuning() {
      return rows.stream().filter(r -> r.entry().tuning()).toList();
    }

    List<Row> check() {
      return rows.stream().filter(r -> !r.entry().tuning()).toList();
    }

    static double accuracy(List<Row> rows, Predicate<Row> right) {
      return rows.isEmpty() ? 0 : rows.stream().filter(right).count() / (double) rows.size();
    }
  }

  static List<Entry> read(Path dir) throws IOException {
    List<Entry> out = new ArrayList<>();
    for (String lang : List.of("en", "ja")) {
      Path file = dir.resolve(lang + ".json");
      if (!Files.exists(file)) {
        continue;
      }
      JsonObject o = LabelledSample.readJson(file);
      for (JsonValue v : o.getJsonArray("entries")) {
        JsonObject e = (JsonObject) v;
        out.add(
            new Entry(
                e.getString("id"),
                o.getString("language"),
                e.getString("item"),
                Outcome.valueOf(e.getString("expected")),
                e.getString("preamble"),
                e.getString("clause"),
                e.isNull("quote") ? null : e.getString("quote")));
      }
    }
    return out;
  }

  /** The first model where the item is a core item, else the first where it applies at all. */
  static ProcurementModel modelFor(ChecklistItem item) {
    for (Applicability wanted : List.of(Applicability.CORE, Applicability.PARTIAL)) {
      for (ProcurementModel m : ProcurementModel.values()) {
        if (item.appliesTo(m) && item.applicabilityFor(m) == wanted) {
          return m;
        }
      }
    }
    throw new IllegalArgumentException(item.id() + " applies to no model");
  }

  public static Result run(Path dir) throws IOException {
    Catalogue catalogue = new CatalogueJsonReader().readBundled();
    Map<String, ChecklistItem> items =
        catalogue.items().stream().collect(Collectors.toMap(ChecklistItem::id, i -> i));
    ContractJudge judge =
        new ContractJudge(LexiconJsonReader.readBundled(), DetectionJsonReader.readBundled());
    ContractPdfParser parser = new ContractPdfParser();
    ContractPdfWriter writer = new ContractPdfWriter();
    List<Row> rows = new ArrayList<>();
    for (Entry e : read(dir)) {
      ChecklistItem item = items.get(e.item());
      if (item == null) {
        throw new IllegalArgumentException(e.id() + ": unknown item " + e.item());
      }
      ProcurementModel model = modelFor(item);
      ParsedContract contract = parser.parse(writer.write(e.document()));
      List<ItemJudgment> judgments = judge.judge(judge.analyse(contract), model, catalogue);
      ItemJudgment j =
          judgments.stream().filter(x -> x.itemId().equals(e.item())).findFirst().orElseThrow();
      Evidence ev = j.evidence().isEmpty() ? null : j.evidence().get(0);
      String parties =
          contract.parties().stream()
              .map(p -> p.role() + "=" + p.labels())
              .collect(Collectors.joining(" "));
      rows.add(
          new Row(
              e,
              model,
              j.outcome(),
              j.rule(),
              ev == null ? null : ev.quote(),
              parties,
              segmented(contract, e.clause())));
    }
    return new Result(rows);
  }

  /**
   * Whether the clause's last line ended up outside the preamble: a clause the segmenter leaves in
   * the preamble is never judged (recitals do not bind), a structural miss.
   */
  static boolean segmented(ParsedContract contract, String clause) {
    String[] lines = clause.strip().split("\n");
    String last = squeeze(lines[lines.length - 1]);
    for (ClauseNode n : contract.clauses()) {
      if (n.kind() == ClauseKind.PREAMBLE && squeeze(n.text()).contains(last)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the two texts share a run of at least {@code min} characters (or the shorter whole).
   */
  static boolean overlaps(String cited, String quote, int min) {
    String a = squeeze(cited);
    String b = squeeze(quote);
    int need = Math.min(min, Math.min(a.length(), b.length()));
    if (need == 0) {
      return false;
    }
    for (int i = 0; i + need <= b.length(); i++) {
      if (a.contains(b.substring(i, i + need))) {
        return true;
      }
    }
    return false;
  }

  private static String squeeze(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC)
        .replaceAll("\\s+", "")
        .toLowerCase(java.util.Locale.ROOT);
  }

  public static String report(Result result) {
    StringBuilder out = new StringBuilder();
    out.append("Shinsa phrase-bank evaluation\n");
    out.append(
        "Each entry judged alone (preamble + clause, PDF path); outcome = expected outcome;"
            + " +evidence = also cites a sentence overlapping the entry's quote.\n\n");
    out.append(String.format("%-22s %5s %9s %10s%n", "subset", "n", "outcome", "+evidence"));
    for (String half : List.of("tuning", "check", "all")) {
      List<Row> rows =
          switch (half) {
            case "tuning" -> result.tuning();
            case "check" -> result.check();
            default -> result.rows();
          };
      line(out, half, rows);
      for (String lang : List.of("en", "ja")) {
        line(
            out,
            "  " + lang,
            rows.stream().filter(r -> r.entry().language().equals(lang)).toList());
      }
      for (Outcome o : OUTCOMES) {
        line(out, "  expected " + o, rows.stream().filter(r -> r.entry().expected() == o).toList());
      }
    }
    out.append(
        String.format(
            "%nClause left in the preamble by the segmenter (structural, never judged):"
                + " tuning %d, check %d%n",
            result.tuning().stream().filter(r -> !r.segmented()).count(),
            result.check().stream().filter(r -> !r.segmented()).count()));
    for (String half : List.of("tuning", "check")) {
      out.append("\nConfusion, ")
          .append(half.equals("tuning") ? "tuning part" : "check quarter")
          .append(" (expected → actual):\n");
      confusion(out, half.equals("tuning") ? result.tuning() : result.check());
    }
    out.append("\nPer item, tuning part (outcome right / n):\n");
    Map<String, List<Row>> byItem = new TreeMap<>();
    result
        .tuning()
        .forEach(r -> byItem.computeIfAbsent(r.entry().item(), k -> new ArrayList<>()).add(r));
    StringBuilder items = new StringBuilder();
    int col = 0;
    for (var e : byItem.entrySet()) {
      long right = e.getValue().stream().filter(Row::outcomeRight).count();
      items.append(String.format("  %-10s %2d/%-2d", e.getKey(), right, e.getValue().size()));
      if (++col % 5 == 0) {
        items.append('\n');
      }
    }
    out.append(items).append(col % 5 == 0 ? "" : "\n");
    out.append("\nFailures, tuning part only (the check quarter is reported in aggregate):\n");
    for (Row r : result.tuning()) {
      if (r.evidenceRight()) {
        continue;
      }
      Entry e = r.entry();
      out.append(
          String.format(
              "  %s expected %s got %s%s [%s] %s%s%n",
              e.id(),
              e.expected(),
              r.actual(),
              r.outcomeRight() ? " (evidence elsewhere)" : "",
              r.rule(),
              r.model(),
              r.segmented() ? "" : " (clause left in the preamble)"));
      out.append("      parties: ").append(r.parties()).append('\n');
      if (r.evidence() != null) {
        String q = r.evidence().replaceAll("\\s+", " ");
        out.append("      cited:   ")
            .append(q.length() > 160 ? q.substring(0, 160) + "…" : q)
            .append('\n');
      }
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String name, List<Row> rows) {
    out.append(
        String.format(
            "%-22s %5d %8.1f%% %9.1f%%%n",
            name,
            rows.size(),
            100 * Result.accuracy(rows, Row::outcomeRight),
            100 * Result.accuracy(rows, Row::evidenceRight)));
  }

  private static void confusion(StringBuilder out, List<Row> rows) {
    out.append(String.format("  %-13s", ""));
    for (Outcome o : OUTCOMES) {
      out.append(String.format("%13s", o));
    }
    out.append('\n');
    for (Outcome expected : OUTCOMES) {
      Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
      rows.stream()
          .filter(r -> r.entry().expected() == expected)
          .forEach(r -> counts.merge(r.actual(), 1, Integer::sum));
      out.append(String.format("  %-13s", expected));
      for (Outcome o : OUTCOMES) {
        out.append(String.format("%13d", counts.getOrDefault(o, 0)));
      }
      out.append('\n');
    }
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "contracts-templates/phrasebank");
    Path outFile = Path.of(args.length > 1 ? args[1] : "bench/out/evaluation-phrasebank.txt");
    String report = report(run(dir));
    Files.createDirectories(outFile.toAbsolutePath().getParent());
    Files.writeString(outFile, report, StandardCharsets.UTF_8);
    System.out.print(report);
  }
}
