package jp.shinsa.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.shinsa.domain.checklist.Applicability;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.ChecklistItem;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.contract.ParsedContract;
import jp.shinsa.domain.judgment.AnalysedSentence;
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
 * Runs the judgment engine over the labelled corpus through the PDF path (fixture writer, then the
 * ingestion parser) and reports per-item precision/recall per outcome class, accuracy on the 35
 * priority items with and without the right clause, and every mismatch.
 *
 * <p>Usage: {@code bench/evaluate.sh} (or run {@link #main} with the sample directory and output
 * file as arguments).
 */
public final class Evaluation {

  /** The priority items the accuracy target is measured on (METI note: audit and input data). */
  static final Set<String> PRIORITY_GROUPS = Set.of("AUD", "PI-04", "IN-USE", "IN-EXT", "IN-PRC");

  static boolean isPriority(String itemId) {
    if (itemId.equals("PI-04")) {
      return true;
    }
    int dash = itemId.lastIndexOf('-');
    return dash > 0 && PRIORITY_GROUPS.contains(itemId.substring(0, dash));
  }

  /** The outcome of one labelled (sample, item) pair. */
  record Row(
      String sample,
      String item,
      Outcome expected,
      String expectedPath,
      Outcome actual,
      String actualPath,
      String rule,
      String quote) {

    boolean outcomeRight() {
      return expected == actual;
    }

    /**
     * The clause is right when both agree it is missing, or the decisive clause is the labelled
     * one. The parser may print an article's unnumbered first paragraph as the article itself, so
     * "13" counts for a label "13.1".
     */
    boolean clauseRight() {
      if (expected == Outcome.MISSING || expectedPath == null) {
        return actualPath == null || expected == Outcome.MISSING;
      }
      if (actualPath == null) {
        return false;
      }
      if (actualPath.equals(expectedPath) || (actualPath + ".1").equals(expectedPath)) {
        return true;
      }
      // Labels number items under an unnumbered first paragraph ("2.1.2"); the parser may hang
      // them on the article directly ("2.2"). Same clause, different path convention.
      String[] e = expectedPath.split("\\.");
      return e.length == 3 && e[1].equals("1") && actualPath.equals(e[0] + "." + e[2]);
    }
  }

  record Result(List<Row> rows, String pipeline, long judgeNanos, long parseNanos, int sentences) {

    List<Row> priority() {
      return rows.stream().filter(r -> isPriority(r.item())).toList();
    }

    double priorityAccuracy() {
      List<Row> p = priority();
      return p.isEmpty() ? 0 : p.stream().filter(Row::outcomeRight).count() / (double) p.size();
    }

    double priorityAccuracyWithClause() {
      List<Row> p = priority();
      return p.isEmpty()
          ? 0
          : p.stream().filter(r -> r.outcomeRight() && r.clauseRight()).count() / (double) p.size();
    }
  }

  public static Result run(Path sampleDir) throws IOException {
    return run(sampleDir, null, false);
  }

  /**
   * @param pdfDir when not null, each sample's PDF is read from {@code <pdfDir>/<id>.pdf} (laid out
   *     by another program, e.g. an office suite: {@code bench/evaluate-office.sh}) instead of
   *     being written by the fixture writer; the labels stay those of the sample.
   */
  public static Result run(Path sampleDir, Path pdfDir, boolean scanned) throws IOException {
    // Labels cover items the catalogue marks not applicable under a model (they are then expected
    // MISSING); judging every item keeps those rows comparable.
    Catalogue catalogue = everyItemApplicable(new CatalogueJsonReader().readBundled());
    ContractJudge judge =
        new ContractJudge(LexiconJsonReader.readBundled(), DetectionJsonReader.readBundled());
    ContractPdfParser parser = new ContractPdfParser();
    ContractPdfWriter writer = new ContractPdfWriter();
    List<Row> rows = new ArrayList<>();
    long judgeNanos = 0;
    long parseNanos = 0;
    int sentences = 0;
    for (LabelledSample sample : LabelledSample.readAll(sampleDir)) {
      byte[] pdf =
          pdfDir != null
              ? Files.readAllBytes(pdfDir.resolve(sample.id() + ".pdf"))
              : scanned ? writer.writeScanned(sample.text()) : writer.write(sample.text());
      long t0 = System.nanoTime();
      ParsedContract contract = parser.parse(pdf);
      long t1 = System.nanoTime();
      List<AnalysedSentence> analysed = judge.analyse(contract);
      List<ItemJudgment> judgments = judge.judge(analysed, sample.model(), catalogue);
      long t2 = System.nanoTime();
      parseNanos += t1 - t0;
      judgeNanos += t2 - t1;
      sentences += analysed.size();
      Map<String, ItemJudgment> byItem = new LinkedHashMap<>();
      judgments.forEach(j -> byItem.put(j.itemId(), j));
      for (LabelledSample.Label label : sample.labels()) {
        ItemJudgment j = byItem.get(label.item());
        Evidence e = j == null || j.evidence().isEmpty() ? null : j.evidence().get(0);
        rows.add(
            new Row(
                sample.id(),
                label.item(),
                label.outcome(),
                label.clausePath(),
                j == null ? Outcome.NOT_APPLICABLE : j.outcome(),
                e == null ? null : e.clausePath(),
                j == null ? "(not applicable under " + sample.model() + ")" : j.rule(),
                e == null ? "" : e.quote()));
      }
    }
    String pipeline =
        pdfDir != null
            ? "PDF from " + pdfDir + " → ContractPdfParser"
            : scanned
                ? "scanned PDF (ContractPdfWriter.writeScanned → OCR in ContractPdfParser)"
                : "PDF (ContractPdfWriter → ContractPdfParser)";
    return new Result(rows, pipeline, judgeNanos, parseNanos, sentences);
  }

  static Catalogue everyItemApplicable(Catalogue c) {
    List<ChecklistItem> items = new ArrayList<>();
    for (ChecklistItem i : c.items()) {
      Map<ProcurementModel, Applicability> app = new EnumMap<>(ProcurementModel.class);
      for (ProcurementModel m : ProcurementModel.values()) {
        app.put(m, i.appliesTo(m) ? i.applicabilityFor(m) : Applicability.PARTIAL);
      }
      items.add(
          new ChecklistItem(
              i.id(),
              i.source(),
              i.group(),
              i.title(),
              i.question(),
              app,
              i.priority(),
              i.severity(),
              i.confirmation(),
              i.daLevel(),
              i.evidenceKinds(),
              i.referenceSection()));
    }
    return new Catalogue(c.version(), c.effectiveDate(), c.sourceNote(), c.groups(), items);
  }

  public static String report(Result result) {
    StringBuilder out = new StringBuilder();
    out.append("Shinsa judgment evaluation\n");
    out.append("Pipeline: ").append(result.pipeline()).append('\n');
    long samples = result.rows().stream().map(Row::sample).distinct().count();
    out.append(
        String.format(
            "Samples: %d, labelled pairs: %d (priority: %d)%n",
            samples, result.rows().size(), result.priority().size()));
    out.append(
        String.format(
            "Time: parse %.1f ms, judge %.1f ms (%d sentences)%n%n",
            result.parseNanos() / 1e6, result.judgeNanos() / 1e6, result.sentences()));
    out.append(
        String.format(
            "Priority items (35): outcome accuracy %.1f%%, with right clause cited %.1f%%%n",
            100 * result.priorityAccuracy(), 100 * result.priorityAccuracyWithClause()));
    long allRight = result.rows().stream().filter(Row::outcomeRight).count();
    out.append(
        String.format(
            "All labelled items: outcome accuracy %.1f%%%n%n",
            result.rows().isEmpty() ? 0 : 100.0 * allRight / result.rows().size()));
    out.append(
        "Per-item precision/recall by outcome class (P/R; '-' = no such label or prediction)\n");
    out.append(
        String.format(
            "%-10s %4s %6s  %-11s %-11s %-11s %-11s%n",
            "item", "n", "acc", "SATISFIED", "PARTIAL", "UNFAVOUR.", "MISSING"));
    Map<String, List<Row>> byItem = new TreeMap<>();
    result.rows().forEach(r -> byItem.computeIfAbsent(r.item(), k -> new ArrayList<>()).add(r));
    for (var e : byItem.entrySet()) {
      List<Row> rows = e.getValue();
      long right = rows.stream().filter(Row::outcomeRight).count();
      StringBuilder line =
          new StringBuilder(
              String.format(
                  "%-10s %4d %5.0f%% ", e.getKey(), rows.size(), 100.0 * right / rows.size()));
      for (Outcome o :
          List.of(Outcome.SATISFIED, Outcome.PARTIAL, Outcome.UNFAVOURABLE, Outcome.MISSING)) {
        line.append(' ').append(String.format("%-11s", precisionRecall(rows, o)));
      }
      out.append(isPriority(e.getKey()) ? line.append(" *") : line).append('\n');
    }
    out.append("(* = priority item)\n\nConfusion (priority items, expected → actual):\n");
    Map<Outcome, Map<Outcome, Integer>> confusion = new EnumMap<>(Outcome.class);
    for (Row r : result.priority()) {
      confusion
          .computeIfAbsent(r.expected(), k -> new EnumMap<>(Outcome.class))
          .merge(r.actual(), 1, Integer::sum);
    }
    confusion.forEach((k, v) -> out.append("  ").append(k).append(" → ").append(v).append('\n'));
    out.append("\nMismatches (priority items first):\n");
    Set<String> seen = new TreeSet<>();
    for (boolean priority : List.of(true, false)) {
      for (Row r : result.rows()) {
        if (isPriority(r.item()) != priority || (r.outcomeRight() && r.clauseRight())) {
          continue;
        }
        String line =
            String.format(
                "  %s %-10s expected %s@%s got %s@%s [%s] %s",
                r.sample(),
                r.item(),
                r.expected(),
                r.expectedPath(),
                r.actual(),
                r.actualPath(),
                r.rule(),
                r.quote().length() > 80 ? r.quote().substring(0, 80) + "…" : r.quote());
        if (seen.add(line)) {
          out.append(line).append('\n');
        }
      }
    }
    return out.toString();
  }

  private static String precisionRecall(List<Row> rows, Outcome o) {
    long predicted = rows.stream().filter(r -> r.actual() == o).count();
    long labelled = rows.stream().filter(r -> r.expected() == o).count();
    long hit = rows.stream().filter(r -> r.actual() == o && r.expected() == o).count();
    String p = predicted == 0 ? "-" : String.format("%.0f", 100.0 * hit / predicted);
    String rc = labelled == 0 ? "-" : String.format("%.0f", 100.0 * hit / labelled);
    return p + "/" + rc;
  }

  public static void main(String[] args) throws IOException {
    Path samples = Path.of(args.length > 0 ? args[0] : "contracts-templates/samples");
    Path outFile = Path.of(args.length > 1 ? args[1] : "bench/out/evaluation.txt");
    String pdfDir = System.getProperty("shinsa.evaluation.pdf-dir");
    String report =
        report(
            run(
                samples,
                pdfDir == null ? null : Path.of(pdfDir),
                Boolean.getBoolean("shinsa.evaluation.scanned")));
    Files.createDirectories(outFile.toAbsolutePath().getParent());
    Files.writeString(outFile, report, StandardCharsets.UTF_8);
    System.out.print(report);
  }
}
