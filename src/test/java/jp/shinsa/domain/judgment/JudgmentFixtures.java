package jp.shinsa.domain.judgment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.shinsa.domain.checklist.Applicability;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.ChecklistItem;
import jp.shinsa.domain.checklist.Confirmation;
import jp.shinsa.domain.checklist.ItemSource;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.contract.ClauseKind;
import jp.shinsa.domain.contract.ClauseNode;
import jp.shinsa.domain.contract.DocumentLanguage;
import jp.shinsa.domain.contract.ParsedContract;
import jp.shinsa.domain.contract.Party;
import jp.shinsa.domain.contract.PartyRole;
import jp.shinsa.infrastructure.detection.DetectionJsonReader;
import jp.shinsa.infrastructure.detection.LexiconJsonReader;

/** Hand-made contracts and a judge over the bundled detection data, for specification tests. */
final class JudgmentFixtures {

  static final Lexicon LEXICON = LexiconJsonReader.readBundled();
  static final DetectionKnowledge KNOWLEDGE = DetectionJsonReader.readBundled();
  static final ContractJudge JUDGE = new ContractJudge(LEXICON, KNOWLEDGE);

  private JudgmentFixtures() {}

  static ClauseNode article(
      String printed, String path, String heading, String text, ClauseNode... children) {
    return new ClauseNode(
        ClauseKind.ARTICLE,
        printed,
        path,
        heading,
        text,
        text,
        1,
        1,
        0,
        0,
        false,
        Arrays.asList(children));
  }

  static ClauseNode paragraph(String printed, String path, String text, ClauseNode... children) {
    return new ClauseNode(
        ClauseKind.PARAGRAPH,
        printed,
        path,
        null,
        text,
        text,
        2,
        2,
        0,
        0,
        false,
        Arrays.asList(children));
  }

  static ClauseNode item(String printed, String path, String text) {
    return new ClauseNode(
        ClauseKind.ITEM, printed, path, null, text, text, 2, 2, 0, 0, false, List.of());
  }

  /** A Japanese contract where 甲 is the buyer and 乙 the vendor (the usual order). */
  static ParsedContract ja(ClauseNode... clauses) {
    return contract(
        DocumentLanguage.JA,
        List.of(
            new Party(PartyRole.BUYER, List.of("甲"), "官庁"),
            new Party(PartyRole.VENDOR, List.of("乙"), "ベンダ株式会社")),
        clauses);
  }

  /** A Japanese contract where 甲 is the VENDOR (e.g. vendor paper). */
  static ParsedContract jaVendorIsKo(ClauseNode... clauses) {
    return contract(
        DocumentLanguage.JA,
        List.of(
            new Party(PartyRole.VENDOR, List.of("甲"), "ベンダ株式会社"),
            new Party(PartyRole.BUYER, List.of("乙"), "官庁")),
        clauses);
  }

  static ParsedContract en(ClauseNode... clauses) {
    return contract(
        DocumentLanguage.EN,
        List.of(
            new Party(PartyRole.VENDOR, List.of("Provider"), "Vendor Inc."),
            new Party(PartyRole.BUYER, List.of("Customer"), "Agency")),
        clauses);
  }

  static ParsedContract contract(
      DocumentLanguage lang, List<Party> parties, ClauseNode... clauses) {
    StringBuilder full = new StringBuilder();
    for (ClauseNode c : clauses) {
      full.append(c.fullText()).append('\n');
    }
    return new ParsedContract(lang, parties, 1, full.toString(), List.of(clauses), List.of());
  }

  static Catalogue catalogue(String... ids) {
    List<ChecklistItem> items = new ArrayList<>();
    for (String id : ids) {
      Map<ProcurementModel, Applicability> app = new EnumMap<>(ProcurementModel.class);
      for (ProcurementModel m : ProcurementModel.values()) {
        app.put(m, Applicability.CORE);
      }
      items.add(
          new ChecklistItem(
              id,
              id.startsWith("DA-") ? ItemSource.DIGITAL_AGENCY : ItemSource.METI,
              id.substring(0, id.lastIndexOf('-')),
              new LocalizedText(id, id),
              new LocalizedText(id, id),
              app,
              1,
              Map.of(),
              Confirmation.RECONSTRUCTED,
              null));
    }
    return new Catalogue("test", null, "test", items);
  }

  static ItemJudgment judge(ParsedContract contract, String itemId) {
    return judge(contract, itemId, ProcurementModel.M2);
  }

  static ItemJudgment judge(ParsedContract contract, String itemId, ProcurementModel model) {
    return JUDGE.judge(contract, model, catalogue(itemId)).get(0);
  }

  /** A Japanese contract of one article (第9条) with two paragraphs, 甲 the buyer. */
  static ParsedContract jaTwoParagraphs(String heading, String first, String second) {
    return ja(
        article(
            "第9条", "9", heading, "", paragraph("1", "9.1", first), paragraph("2", "9.2", second)));
  }

  /** Judges one sentence (no heading) and checks the outcome, whichever rule decides. */
  static void assertOutcome(String item, String text, Outcome outcome) {
    ItemJudgment j = judge(one(null, text), item);
    org.junit.jupiter.api.Assertions.assertEquals(
        outcome, j.outcome(), () -> item + " / " + text + " -> " + j);
  }

  /** Judges one sentence (under an optional heading) and checks the outcome and deciding rule. */
  static void assertJudged(String item, String heading, String text, Outcome outcome, String rule) {
    ItemJudgment j = judge(one(heading, text), item);
    org.junit.jupiter.api.Assertions.assertEquals(
        outcome, j.outcome(), () -> item + " / " + text + " -> " + j);
    org.junit.jupiter.api.Assertions.assertEquals(
        rule, j.rule(), () -> item + " / " + text + " -> " + j);
  }

  /** A one-article contract in the language of the text, for single-sentence specifications. */
  static ParsedContract one(String heading, String text) {
    boolean japanese = SentenceAnalyser.isJapanese(text);
    return japanese
        ? ja(article("第5条", "5", heading, text))
        : en(article("Section 5", "5", heading, text));
  }
}
