package jp.shinsa.application.analysis;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.contract.ParsedContract;
import jp.shinsa.domain.judgment.ContractJudge;
import jp.shinsa.domain.judgment.ItemJudgment;
import jp.shinsa.domain.judgment.Lexicon;
import jp.shinsa.domain.judgment.ModelSuggester;
import jp.shinsa.domain.judgment.ModelSuggestion;
import jp.shinsa.infrastructure.detection.DetectionJsonReader;
import jp.shinsa.infrastructure.detection.LexiconJsonReader;
import jp.shinsa.infrastructure.detection.ModelSignalJsonReader;
import jp.shinsa.infrastructure.ocr.TesseractOcr;
import jp.shinsa.infrastructure.pdf.ContractFileInspector;
import jp.shinsa.infrastructure.pdf.ContractPdfParser;
import jp.shinsa.infrastructure.pdf.IngestionLimits;
import jp.shinsa.infrastructure.pdf.PartyLexiconReader;

/**
 * The core chain without persistence: PDF → clause tree → judged checklist items. Lexicons,
 * detection knowledge and model signals are read once from contracts-templates/ and the compiled
 * engine is shared by all workers (it is immutable).
 */
@ApplicationScoped
public class ContractAnalyser {

  /** The outcome of analysing one file. */
  public record Analysis(
      ParsedContract contract, ModelSuggestion suggestion, List<ItemJudgment> judgments) {

    /** How many items the engine judged a gap: stored with the version for the dashboard. */
    public int gapCount() {
      return (int) judgments.stream().filter(j -> j.outcome().isGap()).count();
    }
  }

  @Inject private IngestionLimits limits;

  private ContractPdfParser parser;
  private ContractFileInspector inspector;
  private ContractJudge judge;
  private ModelSuggester suggester;

  @PostConstruct
  void init() {
    // One read of the lexicon: its grammar word lists serve the segmenter and the judge alike.
    Lexicon lexicon = LexiconJsonReader.readBundled();
    parser =
        new ContractPdfParser(
            limits, new TesseractOcr(), PartyLexiconReader.fromClasspath(), lexicon.grammar());
    inspector = new ContractFileInspector(limits);
    judge = new ContractJudge(lexicon, DetectionJsonReader.readBundled());
    suggester = new ModelSuggester(ModelSignalJsonReader.readBundled());
  }

  /** Cheap structural check done in the upload request; see {@link ContractFileInspector}. */
  public int inspect(byte[] pdf) {
    return inspector.inspect(pdf);
  }

  public ParsedContract parse(byte[] pdf) {
    return parser.parse(pdf);
  }

  public Analysis judge(ParsedContract parsed, ProcurementModel model, Catalogue catalogue) {
    return new Analysis(parsed, suggester.suggest(parsed), judge.judge(parsed, model, catalogue));
  }
}
