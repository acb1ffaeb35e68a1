package jp.shinsa.evaluation;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.contract.ParsedContract;
import jp.shinsa.domain.judgment.AnalysedSentence;
import jp.shinsa.domain.judgment.ContractJudge;
import jp.shinsa.domain.judgment.ItemJudgment;
import jp.shinsa.domain.judgment.ModelSuggester;
import jp.shinsa.fixtures.ContractPdfWriter;
import jp.shinsa.infrastructure.catalogue.CatalogueJsonReader;
import jp.shinsa.infrastructure.detection.DetectionJsonReader;
import jp.shinsa.infrastructure.detection.LexiconJsonReader;
import jp.shinsa.infrastructure.detection.ModelSignalJsonReader;
import jp.shinsa.infrastructure.pdf.ContractPdfParser;
import jp.shinsa.infrastructure.pdf.IngestBenchmark;

/**
 * Writes every judgment the engine gives (item, outcome, severity, evidence, rule, reasons) for
 * every labelled sample under every model (with the bundled catalogue and with every item
 * applicable), for the phrase-bank entries and for the six benchmark documents, plus each
 * document's model suggestion: a file to diff before and after a change that must not alter the
 * engine's output (performance work). Check-quarter bank entries are written as a digest only, so
 * the dump can be compared without reading them. Not a test.
 *
 * <p>Usage: {@code java ... jp.shinsa.evaluation.JudgmentDump <output-file>}.
 */
public final class JudgmentDump {

  private JudgmentDump() {}

  public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
    Path out = Path.of(args.length > 0 ? args[0] : "bench/out/judgment-dump.txt");
    Catalogue bundled = new CatalogueJsonReader().readBundled();
    Catalogue every = Evaluation.everyItemApplicable(bundled);
    ContractJudge judge =
        new ContractJudge(LexiconJsonReader.readBundled(), DetectionJsonReader.readBundled());
    ModelSuggester suggester = new ModelSuggester(ModelSignalJsonReader.readBundled());
    ContractPdfParser parser = new ContractPdfParser();
    ContractPdfWriter writer = new ContractPdfWriter();
    try (PrintWriter w =
        new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), false)) {
      for (LabelledSample s : LabelledSample.readAll(Path.of("contracts-templates/samples"))) {
        ParsedContract c = parser.parse(writer.write(s.text()));
        write(w, "sample " + s.id(), c, judge, suggester, bundled, every);
      }
      for (String lang : List.of("ja", "en")) {
        for (int pages : new int[] {10, 50, 200}) {
          String text =
              lang.equals("ja") ? IngestBenchmark.japanese(pages) : IngestBenchmark.english(pages);
          byte[] pdf =
              new ContractPdfWriter()
                  .header(lang.equals("ja") ? "業務委託契約書（ベンチマーク）" : "Benchmark Agreement")
                  .pageNumbers(ContractPdfWriter.PageNumbers.DASH)
                  .write(text);
          write(
              w,
              "bench " + lang + " " + pages,
              parser.parse(pdf),
              judge,
              suggester,
              bundled,
              every);
        }
      }
      for (PhraseBankEvaluation.Entry e :
          PhraseBankEvaluation.read(Path.of("contracts-templates/phrasebank"))) {
        ParsedContract c = parser.parse(writer.write(e.document()));
        StringBuilder sb = new StringBuilder();
        List<AnalysedSentence> analysed = judge.analyse(c);
        for (ProcurementModel m : ProcurementModel.values()) {
          for (ItemJudgment j : judge.judge(analysed, m, bundled)) {
            sb.append(m).append(' ').append(j).append('\n');
          }
        }
        if (e.tuning()) {
          w.print("== bank " + e.id() + "\n" + sb);
        } else {
          MessageDigest d = MessageDigest.getInstance("SHA-256");
          w.print(
              "== bank (check quarter) "
                  + HexFormat.of()
                      .formatHex(d.digest(sb.toString().getBytes(StandardCharsets.UTF_8)))
                  + "\n");
        }
      }
    }
  }

  private static void write(
      PrintWriter w,
      String title,
      ParsedContract c,
      ContractJudge judge,
      ModelSuggester suggester,
      Catalogue bundled,
      Catalogue every) {
    w.print("== " + title + "\n");
    w.print("suggestion " + suggester.suggest(c) + "\n");
    List<AnalysedSentence> analysed = judge.analyse(c);
    for (ProcurementModel m : ProcurementModel.values()) {
      for (ItemJudgment j : judge.judge(analysed, m, bundled)) {
        w.print(m + " " + j + "\n");
      }
      for (ItemJudgment j : judge.judge(analysed, m, every)) {
        w.print(m + " all " + j + "\n");
      }
    }
    // The public entry point too (it analyses again, and may aggregate differently).
    for (ItemJudgment j : judge.judge(c, ProcurementModel.M2, bundled)) {
      w.print("direct M2 " + j + "\n");
    }
  }
}
