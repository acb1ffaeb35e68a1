package jp.shinsa.infrastructure.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.shinsa.fixtures.ContractPdfWriter;
import jp.shinsa.infrastructure.ocr.TesseractOcr;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Ingestion benchmark (run by bench/ingest-benchmark.sh, not by the unit suite): generates Japanese
 * and English contracts of 10, 50 and 200 pages and compares raw PDFBox text extraction with
 * Shinsa's full ingestion (extraction with positions, reading order, header removal, joining,
 * segmentation, parties) in pages per second.
 */
public final class IngestBenchmark {

  private static final int WARMUP = 3;
  private static final int ITERATIONS = 5;

  private IngestBenchmark() {}

  public static void main(String[] args) throws IOException {
    ContractPdfParser parser =
        new ContractPdfParser(
            IngestionLimits.DEFAULT, new TesseractOcr(), PartyLexiconReader.fromClasspath());
    System.out.printf(
        Locale.ROOT,
        "Shinsa ingestion benchmark  (java %s, %d cpus, warm-up %d, iterations %d)%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        WARMUP,
        ITERATIONS);
    System.out.printf(
        Locale.ROOT,
        "%-4s %6s %9s %14s %14s %7s %8s%n",
        "lang",
        "pages",
        "clauses",
        "pdfbox p/s",
        "shinsa p/s",
        "ratio",
        "KB");
    // JIT warm-up on a mid-sized document of each language before anything is timed.
    for (String lang : List.of("ja", "en")) {
      byte[] warm = new ContractPdfWriter().write(lang.equals("ja") ? japanese(30) : english(30));
      for (int i = 0; i < WARMUP; i++) {
        raw(warm);
        parser.parse(warm);
      }
    }
    for (String lang : List.of("ja", "en")) {
      for (int pages : new int[] {10, 50, 200}) {
        String text = lang.equals("ja") ? japanese(pages) : english(pages);
        byte[] pdf =
            new ContractPdfWriter()
                .header(lang.equals("ja") ? "業務委託契約書（ベンチマーク）" : "Benchmark Agreement")
                .pageNumbers(ContractPdfWriter.PageNumbers.DASH)
                .write(text);
        int actualPages;
        try (PDDocument d = Loader.loadPDF(pdf)) {
          actualPages = d.getNumberOfPages();
        }
        for (int i = 0; i < WARMUP; i++) {
          raw(pdf);
          parser.parse(pdf);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < ITERATIONS; i++) {
          raw(pdf);
        }
        double rawSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        int clauses = 0;
        for (int i = 0; i < ITERATIONS; i++) {
          clauses = parser.parse(pdf).clauses().size();
        }
        double fullSeconds = (System.nanoTime() - t1) / 1e9;
        double rawRate = actualPages * ITERATIONS / rawSeconds;
        double fullRate = actualPages * ITERATIONS / fullSeconds;
        System.out.printf(
            Locale.ROOT,
            "%-4s %6d %9d %14.1f %14.1f %7.2f %8d%n",
            lang,
            actualPages,
            clauses,
            rawRate,
            fullRate,
            fullRate / rawRate,
            pdf.length / 1024);
      }
    }
    System.out.println(
        "ratio = Shinsa pages/s divided by raw PDFBox PDFTextStripper.getText pages/s");
  }

  private static int raw(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).length();
    }
  }

  /** About 36 laid-out lines per page, articles with paragraphs and items. */
  static String japanese(int pages) {
    List<String> lines = new ArrayList<>();
    lines.add("業務委託契約書");
    lines.add("株式会社ベンチ（以下「乙」という。）とデータ推進庁（以下「甲」という。）は、次");
    lines.add("のとおり契約を締結する。");
    int article = 1;
    while (lines.size() < pages * 36) {
      lines.add("第" + article + "条（入力データの取扱い" + article + "）");
      lines.add("乙は、甲から提供を受けた入力データを本業務の遂行のためにのみ利用するもの");
      lines.add("とし、甲の書面による事前の承諾なく第三者に開示してはならない。");
      lines.add("２　乙は、次の各号に掲げる措置を講じなければならない。");
      lines.add("一　入力データへのアクセス権限の管理");
      lines.add("二　入力データの暗号化及びアクセスログの保存");
      lines.add("三　前各号に準ずる措置として甲が指定するもの");
      lines.add("３　甲は、乙に対し、本条の遵守状況について監査を行うことができ、乙はこれに");
      lines.add("協力しなければならない。");
      article++;
    }
    return paginate(lines, 36);
  }

  static String english(int pages) {
    List<String> lines = new ArrayList<>();
    lines.add("MASTER SERVICES AGREEMENT");
    lines.add("This Agreement is made between Bench AI Ltd (\"Provider\") and the Benchmark");
    lines.add("Agency (the \"Customer\").");
    int article = 1;
    while (lines.size() < pages * 36) {
      lines.add("Article " + article + " Data Handling " + article);
      lines.add(
          article + ".1 The Provider shall process Customer Data only to provide the Services");
      lines.add("and shall not use Customer Data to train any model without the prior written");
      lines.add("consent of the Customer.");
      lines.add(article + ".2 The Provider shall implement the following measures:");
      lines.add("(a) access control based on least privilege;");
      lines.add("(b) encryption of Customer Data in transit and at rest; and");
      lines.add("(c) retention of access logs for at least one year.");
      lines.add(
          article
              + ".3 The Customer may audit compliance with this Article "
              + article
              + " once a year.");
      article++;
    }
    return paginate(lines, 36);
  }

  private static String paginate(List<String> lines, int perPage) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0 && i % perPage == 0) {
        sb.append("\f\n");
      }
      sb.append(lines.get(i)).append('\n');
    }
    return sb.toString();
  }
}
