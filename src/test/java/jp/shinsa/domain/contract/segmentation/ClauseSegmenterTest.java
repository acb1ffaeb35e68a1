package jp.shinsa.domain.contract.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.shinsa.domain.contract.ClauseKind;
import jp.shinsa.domain.contract.ClauseNode;
import jp.shinsa.domain.contract.ContractAssembler;
import jp.shinsa.domain.contract.TreeDump;
import jp.shinsa.domain.contract.layout.JoinedText;
import jp.shinsa.domain.contract.layout.LineJoiner;
import jp.shinsa.domain.contract.layout.RunningTextFilter;
import jp.shinsa.fixtures.ContractPdfWriter;
import jp.shinsa.infrastructure.detection.LexiconJsonReader;
import org.junit.jupiter.api.Test;

class ClauseSegmenterTest {

  private static final ClauseSegmenter SEGMENTER =
      new ClauseSegmenter(LexiconJsonReader.readBundledGrammar());

  static List<ClauseNode> segment(String sampleText) {
    JoinedText joined =
        new LineJoiner(LexiconJsonReader.readBundledGrammar())
            .join(new RunningTextFilter().filter(ContractAssembler.plainTextPages(sampleText)));
    return SEGMENTER.segment(joined);
  }

  static List<ClauseNode> flatten(List<ClauseNode> nodes) {
    List<ClauseNode> out = new ArrayList<>();
    for (ClauseNode n : nodes) {
      out.add(n);
      out.addAll(flatten(n.children()));
    }
    return out;
  }

  static ClauseNode node(List<ClauseNode> tree, String path) {
    Optional<ClauseNode> found =
        flatten(tree).stream().filter(n -> n.path().equals(path)).findFirst();
    return found.orElseThrow(
        () -> new AssertionError("no node " + path + " in\n" + TreeDump.dump(tree)));
  }

  static List<String> paths(List<ClauseNode> tree) {
    return flatten(tree).stream().map(ClauseNode::path).toList();
  }

  @Test
  void japaneseContractGivesArticlesParagraphsItemsAnnexAndClosing() {
    List<ClauseNode> tree = segment(ContractPdfWriter.fixtureText("ja-itaku.txt"));
    assertEquals(
        List.of(
            "preamble",
            "1",
            "2",
            "2.1.1",
            "2.1.2",
            "2.1.3",
            "3",
            "3.1",
            "3.2",
            "3.2.1",
            "3.2.2",
            "3.2.3",
            "3.3",
            "4",
            "4.1",
            "4.2",
            "5",
            "5.1.1",
            "5.1.2",
            "6",
            "closing",
            "A1",
            "A1.1",
            "A1.2"),
        paths(tree),
        TreeDump.dump(tree));
    ClauseNode art3 = node(tree, "3");
    assertEquals(ClauseKind.ARTICLE, art3.kind());
    assertEquals("第３条", art3.printedNumber());
    assertEquals("入力データの取扱い", art3.heading());
    ClauseNode p32 = node(tree, "3.2");
    assertEquals(ClauseKind.PARAGRAPH, p32.kind());
    assertEquals("２", p32.printedNumber());
    assertEquals(
        List.of("一", "二", "三"), p32.children().stream().map(ClauseNode::printedNumber).toList());
    assertEquals(ClauseKind.ITEM, node(tree, "3.2.1").kind());
    assertEquals("一　ＡＩモデルの学習", node(tree, "3.2.1").text());
    assertEquals("", node(tree, "3.1").printedNumber(), "first paragraph is unnumbered in print");
    assertTrue(node(tree, "3.1").text().startsWith("甲は、入力データを"));
    assertEquals("第六条", node(tree, "6").printedNumber());
    assertEquals("①", node(tree, "5.1.1").printedNumber());
    assertEquals(ClauseKind.ANNEX, node(tree, "A1").kind());
    assertEquals("別紙１", node(tree, "A1").printedNumber());
    assertEquals("データ取扱仕様", node(tree, "A1").heading());
    assertEquals(ClauseKind.CLOSING, node(tree, "closing").kind());
  }

  @Test
  void captionsBeforeOrAfterTheArticleNumberBecomeTheHeading() {
    List<ClauseNode> tree = segment(ContractPdfWriter.fixtureText("ja-itaku.txt"));
    ClauseNode art1 = node(tree, "1");
    assertEquals("目的", art1.heading());
    assertTrue(art1.text().startsWith("（目的）\n第１条"), "caption line belongs to its article");
    assertFalse(node(tree, "preamble").text().contains("（目的）"));
    assertEquals("定義", node(tree, "2").heading());
  }

  @Test
  void definitionItemsCarryTheDefinedTermAsHeading() {
    List<ClauseNode> tree = segment(ContractPdfWriter.fixtureText("ja-itaku.txt"));
    assertEquals("入力データ", node(tree, "2.1.1").heading());
    assertEquals("（１）", node(tree, "2.1.1").printedNumber());
    assertEquals("学習", node(tree, "2.1.3").heading());
    List<ClauseNode> en = segment(ContractPdfWriter.fixtureText("en-msa.txt"));
    assertEquals("Customer Data", node(en, "1.1.1").heading());
  }

  @Test
  void pageRangesFollowThePageBreaks() {
    List<ClauseNode> tree = segment(ContractPdfWriter.fixtureText("ja-itaku.txt"));
    assertEquals(1, node(tree, "3").pageFrom());
    assertEquals(1, node(tree, "3").pageTo());
    assertEquals(2, node(tree, "4").pageFrom());
    assertEquals(2, node(tree, "6").pageTo());
    assertEquals(3, node(tree, "closing").pageFrom());
    assertEquals(3, node(tree, "A1.2").pageTo());
  }

  @Test
  void offsetsIndexTheFullText() {
    String text = ContractPdfWriter.fixtureText("ja-itaku.txt");
    JoinedText joined =
        new LineJoiner(LexiconJsonReader.readBundledGrammar())
            .join(new RunningTextFilter().filter(ContractAssembler.plainTextPages(text)));
    for (ClauseNode n : flatten(SEGMENTER.segment(joined))) {
      assertEquals(n.text(), joined.fullText().substring(n.startOffset(), n.endOffset()), n.path());
    }
  }

  @Test
  void crossReferencesDatesAndAmountsAtLineStartAreNotNodes() {
    List<ClauseNode> tree = segment(ContractPdfWriter.fixtureText("ja-itaku.txt"));
    assertTrue(node(tree, "4.2").text().contains("第３条第２項の規定は"), TreeDump.dump(tree));
    assertTrue(node(tree, "5.1.2").text().contains("2025年4月1日以降"));
    String text =
        String.join(
            "\n",
            "第1条（目的）",
            "本契約は、業務の委託について定める。",
            "第5条第2項に定める場合を除く。",
            "第2条（委託料）",
            "甲は、乙に対し、委託料を支払う。",
            "100万円を上限とする。",
            "3日以内に支払う。",
            "第3条 及び第4条の規定は、本条に準用する。",
            "第3条（解除）",
            "甲は、本契約を解除できる。");
    List<ClauseNode> t = segment(text);
    assertEquals(List.of("1", "2", "3"), paths(t), TreeDump.dump(t));
    assertTrue(node(t, "2").text().contains("第3条 及び第4条の規定は"));
  }

  @Test
  void englishArticlesWithSubClausesAndNestedLetterAndRomanItems() {
    List<ClauseNode> tree = segment(ContractPdfWriter.fixtureText("en-msa.txt"));
    assertEquals(
        List.of(
            "preamble",
            "1",
            "1.1",
            "1.1.1",
            "1.1.2",
            "1.2",
            "2",
            "2.1",
            "2.2",
            "3",
            "3.1",
            "3.2",
            "4",
            "4.1",
            "4.2",
            "4.2.1",
            "4.2.2",
            "4.2.2.1",
            "4.2.2.2",
            "4.2.3",
            "4.3",
            "5",
            "closing",
            "A1",
            "A1.1",
            "A1.2"),
        paths(tree),
        TreeDump.dump(tree));
    assertEquals("Article 4", node(tree, "4").printedNumber());
    assertEquals("Audit", node(tree, "4").heading());
    assertEquals("4.2", node(tree, "4.2").printedNumber());
    assertEquals("(ii)", node(tree, "4.2.2.2").printedNumber());
    assertEquals("(c)", node(tree, "4.2.3").printedNumber());
    assertEquals("Schedule 1", node(tree, "A1").printedNumber());
    assertEquals("Service Description", node(tree, "A1").heading());
    assertTrue(node(tree, "2.2").text().contains("except as set out in Section 4.2"));
    assertTrue(node(tree, "3.1").text().contains("thirty 30 days"), "amount at line start joined");
  }

  @Test
  void sectionStyleAndNumberedHeadingStyleAreRecognised() {
    String sections =
        String.join(
            "\n",
            "DATA PROCESSING TERMS",
            "Section 1 Scope",
            "These terms apply to all processing.",
            "Section 2 Use of Customer Data",
            "2.1 The Supplier processes Customer Data only on instructions.",
            "2.2 Subject to Section 1 the Supplier may keep logs.",
            "Section 3 Audit",
            "The Customer may audit the Supplier.");
    List<ClauseNode> s = segment(sections);
    assertEquals(List.of("preamble", "1", "2", "2.1", "2.2", "3"), paths(s), TreeDump.dump(s));
    assertEquals("Section 2", node(s, "2").printedNumber());
    assertEquals("Use of Customer Data", node(s, "2").heading());

    String numbered =
        String.join(
            "\n",
            "TERMS OF SERVICE",
            "1. Definitions",
            "1.1 \"Service\" means the hosted model.",
            "2. Confidentiality. Each party keeps the other's information secret.",
            "3. Term",
            "These terms last 12 months.",
            "4. Data",
            "4.1 We do not train on your data.");
    List<ClauseNode> n = segment(numbered);
    assertEquals(List.of("preamble", "1", "1.1", "2", "3", "4", "4.1"), paths(n), TreeDump.dump(n));
    assertEquals("Confidentiality", node(n, "2").heading());
    assertEquals("1.", node(n, "1").printedNumber());
    assertEquals("3.", node(n, "3").printedNumber());
  }

  @Test
  void kanjiNumeralsBranchArticlesAndItemStylesParse() {
    String[] kanji = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};
    StringBuilder sb = new StringBuilder();
    for (String k : kanji) {
      sb.append("第").append(k).append("条（雑則").append(k).append("）\n本条は雑則を定める。\n");
    }
    String text =
        sb
            + String.join(
                "\n",
                "第十条（管轄）",
                "東京地方裁判所を専属的合意管轄裁判所とする。",
                "第十条の二（再委託）",
                "乙は、次に掲げる場合に限り再委託できる。",
                "（一）甲の承諾を得た場合",
                "（二）法令に基づく場合",
                "第十一条（監査）",
                "甲は、次の事項を監査できる。",
                "(a) 入力データの取扱状況",
                "(b) 再委託先の管理状況");
    List<ClauseNode> t = segment(text);
    assertEquals(
        List.of(
            "1",
            "2",
            "3",
            "4",
            "5",
            "6",
            "7",
            "8",
            "9",
            "10",
            "10-2",
            "10-2.1.1",
            "10-2.1.2",
            "11",
            "11.1.1",
            "11.1.2"),
        paths(t),
        TreeDump.dump(t));
    assertEquals("雑則九", node(t, "9").heading());
    assertEquals("第十条の二", node(t, "10-2").printedNumber());
    assertEquals("（一）", node(t, "10-2.1.1").printedNumber());
  }

  @Test
  void tableOfContentsIsNotTakenForArticles() {
    String text =
        String.join(
            "\n",
            "目次",
            "第1条（目的）",
            "第2条（定義）",
            "第3条（秘密保持）",
            "第1条（目的）",
            "本契約は、委託の条件を定める。",
            "第2条（定義）",
            "用語の定義は次のとおりとする。",
            "第3条（秘密保持）",
            "乙は秘密を保持する。");
    List<ClauseNode> t = segment(text);
    assertEquals(List.of("preamble", "1", "2", "3"), paths(t), TreeDump.dump(t));
    assertTrue(node(t, "preamble").text().contains("目次"));
    assertTrue(node(t, "1").text().contains("本契約は"));
    String leaders =
        String.join(
            "\n",
            "CONTENTS",
            "1. Definitions .......... 2",
            "2. Services .......... 3",
            "1. Definitions",
            "Terms have these meanings.",
            "2. Services",
            "We provide the service.");
    List<ClauseNode> l = segment(leaders);
    assertEquals(List.of("preamble", "1", "2"), paths(l), TreeDump.dump(l));
  }

  @Test
  void singleParagraphArticleHasNoParagraphChildren() {
    List<ClauseNode> tree = segment(ContractPdfWriter.fixtureText("ja-itaku.txt"));
    assertTrue(node(tree, "6").children().isEmpty());
    assertTrue(node(tree, "6").text().contains("本契約の有効期間は"));
    assertNull(node(tree, "preamble").heading());
  }

  @Test
  void englishArticlesWithCaptionsAndBareNumberedParagraphs() {
    String text =
        String.join(
            "\n",
            "Terms of Service",
            "These Terms apply to the Service provided by Example Inc. (the \"Company\").",
            "Article 1 (Definitions)",
            "The terms used in these Terms have the following meanings:",
            "(1) \"Input Data\" means data that the User enters into the Service;",
            "(2) \"Output Data\" means data generated by the Service.",
            "Article 2 (Storage and Deletion of Input Data and Output Data)",
            "1. The Company stores Input Data during the term of the Contract.",
            "2. The Company deletes Input Data within 60 days after the Contract ends, as",
            "   prescribed under Article 28, Paragraph 1 of the Act on the Protection of Personal",
            "   Information.",
            "3. Backups are kept for 30 days.");
    List<ClauseNode> t = segment(text);
    assertEquals(
        List.of("preamble", "1", "1.1.1", "1.1.2", "2", "2.1", "2.2", "2.3"),
        paths(t),
        TreeDump.dump(t));
    assertEquals("Definitions", node(t, "1").heading());
    assertEquals("Input Data", node(t, "1.1.1").heading());
    assertEquals("Storage and Deletion of Input Data and Output Data", node(t, "2").heading());
    assertEquals("2.", node(t, "2.2").printedNumber());
    assertTrue(node(t, "2.2").text().contains("Article 28, Paragraph 1 of the Act"));
  }

  @Test
  void annexesKeepTheirOwnSectionsAndSubClauses() {
    String text =
        String.join(
            "\n",
            "Section 1. Scope",
            "1.1 The Vendor provides the Service.",
            "IN WITNESS WHEREOF the parties have signed this Contract.",
            "SCHEDULE 1 - DATA PROCESSING SCHEDULE",
            "Section 1. Definitions",
            "\"Agency Data\" means all data provided by the Agency.",
            "Section 2. Security",
            "2.1 Agency Data is confidential. The Vendor shall not disclose Agency Data to any",
            "third party except Subprocessors engaged in accordance with",
            "Section 3.",
            "2.2 The Vendor shall implement these measures:",
            "(i) encryption in transit and at rest; and",
            "(ii) access control.",
            "Section 3. Subprocessors",
            "3.1 The Vendor may engage Subprocessors on 14 days' notice.",
            "別記　個人情報取扱特記事項",
            "１　乙は、個人情報を適正に取り扱わなければならない。",
            "２　乙は、個人情報を複製してはならない。");
    List<ClauseNode> t = segment(text);
    assertEquals(
        List.of(
            "1",
            "1.1",
            "closing",
            "A1",
            "A1.1",
            "A1.1.1",
            "A1.2",
            "A1.2.1",
            "A1.2.2",
            "A1.2.2.1",
            "A1.2.2.2",
            "A1.3",
            "A1.3.1",
            "A2",
            "A2.1",
            "A2.2"),
        paths(t),
        TreeDump.dump(t));
    assertEquals("DATA PROCESSING SCHEDULE", node(t, "A1").heading());
    assertEquals("Agency Data", node(t, "A1.1.1").heading());
    assertEquals("Agency Data", node(t, "A1.1.1").heading());
    assertTrue(
        node(t, "A1.2.1").text().endsWith("in accordance with Section 3."), TreeDump.dump(t));
    assertEquals("別記", node(t, "A2").printedNumber());
    assertEquals("個人情報取扱特記事項", node(t, "A2").heading());
  }

  @Test
  void anAnnexNamedInCapitalsByWhatItAddsOpensAnAnnexWithItsOwnSections() {
    String text =
        String.join(
            "\n",
            "1. SCOPE",
            "1.1 The Supplier provides the hosted service.",
            "2. GENERAL",
            "2.1 Entire Agreement. This Agreement is the whole agreement of the parties.",
            "",
            "DATA PROTECTION ADDENDUM – HOSTED ANALYTICS",
            "This Addendum forms part of the Agreement.",
            "Section 1. Processing.",
            "(a) The Supplier processes Buyer Data only on documented instructions.",
            "(b) The Supplier keeps Buyer Data in Japan.",
            "Section 2. Audit.",
            "(a) The Buyer may audit the Supplier once a year.",
            "SERVICE LEVEL SCHEDULE 2",
            "Section 1. Availability.",
            "(a) The service is available 99.5% of each month.");
    List<ClauseNode> t = segment(text);
    assertTrue(node(t, "A1.2.1").text().contains("audit the Supplier"), TreeDump.dump(t));
    assertTrue(node(t, "A1.1.2").text().contains("keeps Buyer Data in Japan"), TreeDump.dump(t));
    assertEquals("DATA PROTECTION ADDENDUM", node(t, "A1").printedNumber());
    assertEquals("HOSTED ANALYTICS", node(t, "A1").heading());
    assertTrue(node(t, "A2.1.1").text().contains("99.5%"), TreeDump.dump(t));
    assertFalse(node(t, "2.1").text().contains("Buyer Data"), TreeDump.dump(t));
  }

  @Test
  void aWrappedJapaneseCrossReferenceStaysInItsSentence() {
    String text =
        String.join(
            "\n",
            "第1条（目的）",
            "本契約は、業務の委託について定めるものとし、甲及び乙は、本契約のほか、",
            "第5条第2項に定める手続に従う。",
            "第2条（委託料）",
            "甲は、乙に対し、委託料を支払う。");
    List<ClauseNode> t = segment(text);
    assertEquals(List.of("1", "2"), paths(t), TreeDump.dump(t));
    assertTrue(node(t, "1").text().contains("本契約のほか、第5条第2項に定める手続に従う。"));
  }

  @Test
  void aTitleLineUnderABareArticleNumberIsItsHeading() {
    String text =
        String.join(
            "\n",
            "ARTICLE I",
            "DEFINITIONS",
            "Terms have the meanings below.",
            "ARTICLE II",
            "USE OF CUSTOMER DATA",
            "The Supplier shall not use Customer Data except to perform the Services.");
    List<ClauseNode> t = segment(text);
    assertEquals(List.of("1", "2"), paths(t), TreeDump.dump(t));
    assertEquals("ARTICLE I", node(t, "1").printedNumber());
    assertEquals("DEFINITIONS", node(t, "1").heading());
    assertEquals("USE OF CUSTOMER DATA", node(t, "2").heading());
    assertTrue(node(t, "2").text().endsWith("except to perform the Services."));
  }

  @Test
  void deeperDecimalNumbersDottedLettersAndSignatureBlocks() {
    String text =
        String.join(
            "\n",
            "1. Definitions",
            "1.1 Terms have these meanings.",
            "2. Data",
            "2.1 The Supplier shall protect Customer Data, including by:",
            "2.1.1 encryption;",
            "2.1.2 access control, meaning:",
            "a. named accounts; and",
            "b. quarterly reviews.",
            "2.2 The Supplier shall not sell Customer Data.",
            "Signed for and on behalf of the Customer",
            "Name: ____",
            "APPENDIX A",
            "SECURITY MEASURES",
            "1. Encryption at rest.");
    List<ClauseNode> t = segment(text);
    assertEquals(
        List.of(
            "1", "1.1", "2", "2.1", "2.1.1", "2.1.2", "2.1.2.1", "2.1.2.2", "2.2", "closing", "A1",
            "A1.1"),
        paths(t),
        TreeDump.dump(t));
    assertEquals("2.1.2", node(t, "2.1.2").printedNumber());
    assertEquals("b.", node(t, "2.1.2.2").printedNumber());
    assertEquals("SECURITY MEASURES", node(t, "A1").heading());
    assertNull(node(t, "A1.1").heading(), "a sentence is not a heading");
    assertEquals(ClauseKind.CLOSING, node(t, "closing").kind());
  }
}
