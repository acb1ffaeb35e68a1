package jp.shinsa.evaluation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.contract.ParsedContract;
import jp.shinsa.domain.judgment.ContractJudge;
import jp.shinsa.fixtures.ContractPdfWriter;
import jp.shinsa.infrastructure.catalogue.CatalogueJsonReader;
import jp.shinsa.infrastructure.detection.DetectionJsonReader;
import jp.shinsa.infrastructure.detection.LexiconJsonReader;
import jp.shinsa.infrastructure.pdf.ContractPdfParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Measures judging against raw PDFBox text extraction on a long (about 30-page) contract built by
 * repeating a labelled sample's articles with fresh numbers. Prints medians of warmed runs; not a
 * test (timings are not asserted).
 *
 * <p>Usage: {@code bench/timing.sh [sample-id] [target-pages]}.
 */
public final class JudgeTiming {

  private static final Pattern ARTICLE = Pattern.compile("第([0-9]+)条");

  public static void main(String[] args) throws Exception {
    String id = args.length > 0 ? args[0] : "ja-m2-custom-05";
    int targetPages = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    String base =
        Files.readString(
            Path.of("contracts-templates/samples/" + id + ".txt"), StandardCharsets.UTF_8);
    int split = base.indexOf("第1条");
    String preamble = split > 0 ? base.substring(0, split) : "";
    String body = split > 0 ? base.substring(split) : base;
    // Repeat the articles only: the signature block would turn every later copy into "closing".
    Matcher end = Pattern.compile("\\n[^\\n]*(証するため|IN WITNESS)").matcher(body);
    if (end.find()) {
      body = body.substring(0, end.start());
    }
    ContractPdfWriter writer = new ContractPdfWriter();
    StringBuilder text = new StringBuilder(preamble);
    int articles = 0;
    Matcher count = ARTICLE.matcher(body);
    while (count.find()) {
      articles = Math.max(articles, Integer.parseInt(count.group(1)));
    }
    // Numbers continue the sequence: the segmenter expects 第N条 to follow 第N-1条.
    int offset = 0;
    byte[] pdf;
    int pages;
    do {
      text.append(renumber(body, offset)).append('\n');
      offset += articles;
      pdf = writer.write(text.toString());
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        pages = doc.getNumberOfPages();
      }
    } while (pages < targetPages);

    Catalogue catalogue = new CatalogueJsonReader().readBundled();
    ContractJudge judge =
        new ContractJudge(LexiconJsonReader.readBundled(), DetectionJsonReader.readBundled());
    ContractPdfParser parser = new ContractPdfParser();
    int runs = Integer.getInteger("runs", 9);
    long[] raw = new long[runs];
    long[] parse = new long[runs];
    long[] judging = new long[runs];
    long[] analysing = new long[runs];
    int sentences = 0;
    // CPU time of this thread: the machine is shared, wall time would measure the neighbours.
    var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int warm = 0; warm < 3; warm++) {
      judge.judge(parser.parse(pdf), ProcurementModel.M2, catalogue);
    }
    for (int r = 0; r < runs; r++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        new PDFTextStripper().getText(doc);
      }
      long t1 = cpu.getCurrentThreadCpuTime();
      ParsedContract contract = parser.parse(pdf);
      long t2 = cpu.getCurrentThreadCpuTime();
      var analysed = judge.analyse(contract);
      long ta = cpu.getCurrentThreadCpuTime();
      judge.judge(analysed, ProcurementModel.M2, catalogue);
      long t3 = cpu.getCurrentThreadCpuTime();
      analysing[r] = ta - t2;
      raw[r] = t1 - t0;
      parse[r] = t2 - t1;
      judging[r] = t3 - t2;
      sentences = analysed.size();
    }
    double rawMs = median(raw) / 1e6;
    double parseMs = median(parse) / 1e6;
    double judgeMs = median(judging) / 1e6;
    System.out.printf(
        "%s repeated to %d pages, %d sentences, %d items judged%n",
        id, pages, sentences, catalogue.itemsFor(ProcurementModel.M2).size());
    System.out.printf(
        "CPU time (median of %d warmed runs): raw PDFBox extraction %.1f ms | ingestion parse %.1f ms | judge %.1f ms%n",
        runs, rawMs, parseMs, judgeMs);
    System.out.printf("  of which sentence analysis %.1f ms%n", median(analysing) / 1e6);
    System.out.printf(
        "judge = %.0f%% of raw extraction; chain (parse+judge) speed = %.0f%% of raw extraction%n",
        100 * judgeMs / rawMs, 100 * rawMs / (parseMs + judgeMs));
  }

  private static String renumber(String body, int offset) {
    Matcher m = ARTICLE.matcher(body);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, "第" + (Integer.parseInt(m.group(1)) + offset) + "条");
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static double median(long[] values) {
    long[] v = values.clone();
    Arrays.sort(v);
    return v[v.length / 2];
  }
}
