package jp.shinsa.domain.contract;

import java.util.ArrayList;
import java.util.List;
import jp.shinsa.domain.contract.layout.JoinedText;
import jp.shinsa.domain.contract.layout.LineJoiner;
import jp.shinsa.domain.contract.layout.RunningTextFilter;
import jp.shinsa.domain.contract.layout.SourceLine;
import jp.shinsa.domain.contract.segmentation.ClauseSegmenter;

/**
 * The source-independent half of ingestion: from the lines of each page (already in reading order)
 * to a {@link ParsedContract}. PDFs, OCR output and plain-text samples all go through here, so
 * evaluation on text samples measures the same code that serves uploaded files.
 */
public final class ContractAssembler {

  private final RunningTextFilter runningText = new RunningTextFilter();
  private final LineJoiner joiner;
  private final ClauseSegmenter segmenter;
  private final LanguageDetector languages = new LanguageDetector();
  private final PartyDetector parties;

  /**
   * @param lexicon party labels and definition patterns
   * @param grammar the word lists the joiner's and the segmenter's line patterns are built from
   */
  public ContractAssembler(PartyLexicon lexicon, Grammar grammar) {
    this.parties = new PartyDetector(lexicon);
    this.joiner = new LineJoiner(grammar);
    this.segmenter = new ClauseSegmenter(grammar);
  }

  public ParsedContract assemble(List<List<SourceLine>> pages, List<PageWarning> warnings) {
    JoinedText joined = joiner.join(runningText.filter(pages));
    List<ClauseNode> clauses = segmenter.segment(joined);
    String preamble =
        clauses.stream()
            .filter(c -> c.kind() == ClauseKind.PREAMBLE)
            .map(ClauseNode::text)
            .findFirst()
            .orElse("");
    return new ParsedContract(
        languages.detect(joined.fullText()),
        parties.detect(joined.fullText(), preamble),
        pages.size(),
        joined.fullText(),
        clauses,
        warnings,
        null,
        joined.boxes());
  }

  /**
   * Splits text in the sample format (UTF-8 lines as laid out, pages separated by a line holding
   * only a form feed) into pages of lines without geometry.
   */
  public static List<List<SourceLine>> plainTextPages(String text) {
    List<List<SourceLine>> pages = new ArrayList<>();
    List<SourceLine> current = new ArrayList<>();
    String normalisedBreaks = text.replace("\r\n", "\n").replace('\r', '\n');
    for (String raw : normalisedBreaks.split("\n", -1)) {
      if (raw.strip().equals("\f") || raw.contains("\f")) {
        String[] parts = raw.split("\f", -1);
        for (int i = 0; i < parts.length; i++) {
          if (!parts[i].isBlank()) {
            current.add(SourceLine.plain(pages.size() + 1, parts[i]));
          }
          if (i < parts.length - 1) {
            pages.add(current);
            current = new ArrayList<>();
          }
        }
        continue;
      }
      current.add(SourceLine.plain(pages.size() + 1, raw));
    }
    if (!current.isEmpty() && current.stream().anyMatch(l -> !l.text().isBlank())) {
      pages.add(current);
    }
    return pages;
  }
}
