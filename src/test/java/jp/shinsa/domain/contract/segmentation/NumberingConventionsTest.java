package jp.shinsa.domain.contract.segmentation;

import static jp.shinsa.domain.contract.segmentation.ClauseSegmenterTest.flatten;
import static jp.shinsa.domain.contract.segmentation.ClauseSegmenterTest.node;
import static jp.shinsa.domain.contract.segmentation.ClauseSegmenterTest.paths;
import static jp.shinsa.domain.contract.segmentation.ClauseSegmenterTest.segment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import jp.shinsa.domain.contract.ClauseKind;
import jp.shinsa.domain.contract.ClauseNode;
import jp.shinsa.domain.contract.TreeDump;
import jp.shinsa.domain.judgment.ClauseReference;
import org.junit.jupiter.api.Test;

/**
 * Numbering and layout conventions of real contracts, one small document each, through the text
 * path the samples use: the clause paths (samples README "clausePath" rules), the reference a
 * reader would print, and that each clause's text is whole — not merged with the next clause, not
 * cut.
 */
class NumberingConventionsTest {

  private static final String EN_PREAMBLE =
      "This Agreement is made between Vendor Inc. (\"Provider\") and the Agency (\"Customer\").";
  private static final String JA_PREAMBLE = "〇〇省（以下「甲」という。）と株式会社△△（以下「乙」という。）は、次のとおり契約を締結する。";

  /**
   * Terms without numbers: a two-line title, then blocks separated by blank lines under headings.
   */
  private static final String BARE_HEADINGS_TERMS =
      String.join(
          "\n",
          "NIMBUS NOTES",
          "CUSTOMER TERMS",
          "",
          "These Customer Terms are between Nimbus Labs Ltd. (\"we\") and you.",
          "",
          "DATA USE",
          "",
          "We process your notes only to run the service for you.",
          "",
          "We may read a note when you ask our support team for help with it.",
          "",
          "AUDIT",
          "",
          "Once a year you may ask us for our latest independent security report.");

  static List<ClauseNode> doc(String... lines) {
    return segment(String.join("\n", lines));
  }

  /** The printed reference of the node at {@code path}, as findings cite it. */
  static String ref(List<ClauseNode> tree, String path) {
    List<ClauseNode> chain = new ArrayList<>();
    if (!chain(tree, path, chain)) {
      throw new AssertionError("no node " + path + " in\n" + TreeDump.dump(tree));
    }
    return ClauseReference.of(chain);
  }

  private static boolean chain(List<ClauseNode> nodes, String path, List<ClauseNode> out) {
    for (ClauseNode n : nodes) {
      out.add(n);
      if (n.path().equals(path) || chain(n.children(), path, out)) {
        return true;
      }
      out.remove(out.size() - 1);
    }
    return false;
  }

  /** The clause's own text (children excluded), whitespace collapsed. */
  static String text(List<ClauseNode> tree, String path) {
    return node(tree, path).text().replaceAll("[\\s\u3000]+", " ").strip();
  }

  // ------------------------------------------------------------------ English

  @Test
  void sectionSignNumbering() {
    List<ClauseNode> t =
        doc(
            "SERVICES AGREEMENT",
            EN_PREAMBLE,
            "§ 1 Scope",
            "The Provider provides the Services described in Schedule 1.",
            "§ 2 Customer Data",
            "§ 2.1 The Provider shall use Customer Data only to provide the Services.",
            "§2.2 The Provider shall not use Customer Data to train any model, as set out in § 1.",
            "§ 3. Audit",
            "Subject to §§ 2.1 and 2.2, the Customer may audit the Provider once a year.");
    assertEquals(List.of("preamble", "1", "2", "2.1", "2.2", "3"), paths(t), TreeDump.dump(t));
    assertEquals("§ 1", node(t, "1").printedNumber());
    assertEquals("Customer Data", node(t, "2").heading());
    assertEquals("Audit", node(t, "3").heading());
    assertEquals("§ 2.1", ref(t, "2.1"));
    assertEquals("§2.2", ref(t, "2.2"));
    assertEquals(
        "§ 2.1 The Provider shall use Customer Data only to provide the Services.", text(t, "2.1"));
    assertTrue(text(t, "2.2").endsWith("as set out in § 1."), text(t, "2.2"));
    assertTrue(text(t, "3").contains("Subject to §§ 2.1 and 2.2"));

    List<ClauseNode> german =
        doc(
            EN_PREAMBLE,
            "§ 1 Scope",
            "The Provider provides the Service.",
            "§ 2 Data Protection",
            "§ 2(1) The Provider processes Customer Data only on instructions.",
            "§ 2(2) The Provider shall not use Customer Data to train any model.",
            "§ 3 Term",
            "This Agreement lasts one year.");
    assertEquals(
        List.of("preamble", "1", "2", "2.1", "2.2", "3"), paths(german), TreeDump.dump(german));
    assertEquals("§ 2(2)", ref(german, "2.2"));
  }

  @Test
  void upperCaseSectionsWithHeadingsRunInOrOnTheirOwnLine() {
    List<ClauseNode> t =
        doc(
            EN_PREAMBLE,
            "SECTION 1. DEFINITIONS",
            "In this Agreement the terms below apply.",
            "SECTION 2. DATA PROTECTION",
            "2.1 The Supplier shall process Customer Data only on documented instructions.",
            "2.2 The Supplier shall delete Customer Data within 30 days after termination.",
            "SECTION 3. AUDIT RIGHTS. The Customer may audit the Supplier on 10 days' notice.",
            "SECTION 4.",
            "SUBCONTRACTING",
            "The Supplier shall not subcontract without consent.");
    assertEquals(List.of("preamble", "1", "2", "2.1", "2.2", "3", "4"), paths(t), TreeDump.dump(t));
    assertEquals("AUDIT RIGHTS", node(t, "3").heading());
    assertTrue(text(t, "3").endsWith("on 10 days' notice."));
    assertEquals("SUBCONTRACTING", node(t, "4").heading());
    assertEquals("SECTION 2.2", ref(t, "2.2"));
    assertEquals("SECTION 3", ref(t, "3"));
    assertTrue(text(t, "2.2").endsWith("after termination."), "not merged with SECTION 3");
  }

  @Test
  void decimalNumberingToThreeLevels() {
    List<ClauseNode> t =
        doc(
            EN_PREAMBLE,
            "1. Definitions",
            "1.1 Terms have these meanings.",
            "2. Data",
            "2.1 Security.",
            "2.1.1 The Supplier shall encrypt Customer Data.",
            "2.1.2 The Supplier shall restrict access to named staff.",
            "2.2 The Supplier shall not sell Customer Data.",
            "3. Term",
            "This Agreement lasts one year.");
    assertEquals(
        List.of("preamble", "1", "1.1", "2", "2.1", "2.1.1", "2.1.2", "2.2", "3"),
        paths(t),
        TreeDump.dump(t));
    assertEquals("2.1.2", ref(t, "2.1.2"));
    assertEquals("2.2", ref(t, "2.2"));

    List<ClauseNode> clauses =
        doc(
            EN_PREAMBLE,
            "Clause 1 Definitions",
            "Clause 1.1 Terms have these meanings.",
            "Clause 2 Data",
            "Clause 2.1 The Supplier shall protect Customer Data by:",
            "Clause 2.1.1 encryption at rest; and",
            "Clause 2.1.2 access control.",
            "Clause 2.2 The Supplier shall not sell Customer Data.");
    assertEquals(
        List.of("preamble", "1", "1.1", "2", "2.1", "2.1.1", "2.1.2", "2.2"),
        paths(clauses),
        TreeDump.dump(clauses));
    assertEquals("Clause 2.1.2", ref(clauses, "2.1.2"));

    List<ClauseNode> pointZero =
        doc(
            EN_PREAMBLE,
            "1.0 DEFINITIONS",
            "1.1 Terms have these meanings.",
            "2.0 DATA PROTECTION",
            "2.1 The Supplier shall not use Customer Data to train any model.",
            "2.2 The Supplier shall delete Customer Data on termination.",
            "3.0 TERM",
            "3.1 This Agreement lasts one year.");
    assertEquals(
        List.of("preamble", "1", "1.1", "2", "2.1", "2.2", "3", "3.1"),
        paths(pointZero),
        TreeDump.dump(pointZero));
    assertEquals("DATA PROTECTION", node(pointZero, "2").heading());
    assertEquals("2.2", ref(pointZero, "2.2"));
    assertEquals("2.1.2 The Supplier shall restrict access to named staff.", text(t, "2.1.2"));
  }

  @Test
  void letteredRomanClosingParenthesisAndCapitalItems() {
    List<ClauseNode> t =
        doc(
            EN_PREAMBLE,
            "Section 1 Security",
            "1.1 The Provider shall:",
            "(a) encrypt Customer Data; and",
            "(b) restrict access to:",
            "(i) named staff; and",
            "(ii) approved subprocessors.",
            "1.2 The Provider shall ensure that:",
            "a) logs are kept; and",
            "b) logs are reviewed monthly.",
            "1.3 The following apply:",
            "(A) backups are encrypted; and",
            "(B) backups are deleted within 30 days.",
            "Section 2 Term",
            "This Agreement lasts one year.");
    assertEquals(
        List.of(
            "preamble",
            "1",
            "1.1",
            "1.1.1",
            "1.1.2",
            "1.1.2.1",
            "1.1.2.2",
            "1.2",
            "1.2.1",
            "1.2.2",
            "1.3",
            "1.3.1",
            "1.3.2",
            "2"),
        paths(t),
        TreeDump.dump(t));
    assertEquals("Section 1.1(b)(ii)", ref(t, "1.1.2.2"));
    assertEquals("Section 1.2(b)", ref(t, "1.2.2"));
    assertEquals("Section 1.3(B)", ref(t, "1.3.2"));
    assertEquals("(ii) approved subprocessors.", text(t, "1.1.2.2"));
    assertEquals("(B) backups are deleted within 30 days.", text(t, "1.3.2"));
  }

  @Test
  void romanArticlesWithDashHeadingsAndDecimalSections() {
    List<ClauseNode> t =
        doc(
            EN_PREAMBLE,
            "ARTICLE I – DEFINITIONS",
            "Section 1.01 \"Services\" means the hosted AI services.",
            "ARTICLE II — USE OF DATA",
            "Section 2.01 The Contractor shall use Authority Data only for the Services.",
            "Section 2.02 The Contractor shall not transfer Authority Data outside Japan.",
            "ARTICLE III - AUDIT",
            "The Authority may audit the Contractor.");
    assertEquals(
        List.of("preamble", "1", "1.1", "2", "2.1", "2.2", "3"), paths(t), TreeDump.dump(t));
    assertEquals("USE OF DATA", node(t, "2").heading());
    assertEquals("AUDIT", node(t, "3").heading());
    assertEquals("Section 2.02", ref(t, "2.2"));
    assertEquals("ARTICLE III", ref(t, "3"));
    assertTrue(text(t, "2.2").endsWith("outside Japan."));
  }

  @Test
  void romanTopLevelHeadingsWithLetteredSubsections() {
    List<ClauseNode> t =
        doc(
            EN_PREAMBLE,
            "I. DEFINITIONS",
            "Terms have the meanings below.",
            "II. USE OF CUSTOMER DATA",
            "A. The Contractor shall use Customer Data only to perform the Services.",
            "B. The Contractor shall not use Customer Data to train any model.",
            "III. AUDIT",
            "The Customer may audit the Contractor once a year.");
    assertEquals(List.of("preamble", "1", "2", "2.1.1", "2.1.2", "3"), paths(t), TreeDump.dump(t));
    assertEquals("USE OF CUSTOMER DATA", node(t, "2").heading());
    assertEquals("II(B)", ref(t, "2.1.2"));
    assertEquals(
        "B. The Contractor shall not use Customer Data to train any model.", text(t, "2.1.2"));
  }

  @Test
  void articlesNumberedInWords() {
    List<ClauseNode> t =
        doc(
            EN_PREAMBLE,
            "ARTICLE ONE",
            "DEFINITIONS",
            "Terms have the meanings below.",
            "ARTICLE TWO",
            "USE OF DATA",
            "2.1 The Contractor shall use Customer Data only for the Services.",
            "2.2 The Contractor shall not train any model on Customer Data.",
            "Article Three – Audit",
            "The Customer may audit the Contractor.");
    assertEquals(List.of("preamble", "1", "2", "2.1", "2.2", "3"), paths(t), TreeDump.dump(t));
    assertEquals("USE OF DATA", node(t, "2").heading());
    assertEquals("Audit", node(t, "3").heading());
    assertEquals("ARTICLE TWO", node(t, "2").printedNumber());
  }

  @Test
  void arabicArticleWithEnDashAndClauseStyle() {
    List<ClauseNode> t =
        doc(
            EN_PREAMBLE,
            "ARTICLE 1 – SCOPE",
            "The Contractor provides the Services.",
            "ARTICLE 2 – CONFIDENTIALITY",
            "The Contractor shall keep Authority Data confidential.",
            "ARTICLE 3 – AUDIT",
            "The Authority may audit the Contractor.");
    assertEquals(List.of("preamble", "1", "2", "3"), paths(t), TreeDump.dump(t));
    assertEquals("CONFIDENTIALITY", node(t, "2").heading());
    assertEquals("ARTICLE 2", ref(t, "2"));
    List<ClauseNode> c =
        doc(
            EN_PREAMBLE,
            "Clause 1 Scope",
            "The Supplier provides the Services.",
            "Clause 2 Data",
            "2.1 The Supplier shall not use Customer Data for training.",
            "2.2 Subject to Clause 9, the Supplier shall delete Customer Data on request.",
            "Clause 3 Audit",
            "The Customer may audit the Supplier.");
    assertEquals(List.of("preamble", "1", "2", "2.1", "2.2", "3"), paths(c), TreeDump.dump(c));
    assertEquals("Clause 2.2", ref(c, "2.2"));
    assertTrue(text(c, "2.2").endsWith("on request."));
  }

  @Test
  void aHeadinglessClauseAmongHeadedOnesIsStillAClause() {
    List<ClauseNode> t =
        doc(
            EN_PREAMBLE,
            "1. Definitions",
            "Terms have these meanings.",
            "2. Confidentiality. Each party keeps the other's information secret.",
            "3. The Supplier shall not use Customer Data to train any model.",
            "4. Audit",
            "The Customer may audit the Supplier.");
    assertEquals(List.of("preamble", "1", "2", "3", "4"), paths(t), TreeDump.dump(t));
    assertEquals(
        "2. Confidentiality. Each party keeps the other's information secret.", text(t, "2"));
    assertEquals("3", ref(t, "3"));

    List<ClauseNode> paragraphs =
        doc(
            EN_PREAMBLE,
            "1. Definitions",
            "1. \"Service\" means the hosted model.",
            "2. \"Customer Data\" means data the Customer provides.",
            "2. Audit",
            "The Customer may audit the Supplier.");
    assertEquals(
        List.of("preamble", "1", "1.1", "1.2", "2"), paths(paragraphs), TreeDump.dump(paragraphs));
  }

  @Test
  void allCapsUnnumberedGroupHeadingsDoNotJoinThePreviousClause() {
    List<ClauseNode> t =
        doc(
            EN_PREAMBLE,
            "1. Definitions",
            "Terms have these meanings.",
            "2. Services",
            "The Provider provides the Services.",
            "DATA PROTECTION AND AUDIT",
            "3. Customer Data",
            "The Provider shall not use Customer Data to train models.",
            "4. Audit",
            "The Customer may audit the Provider.");
    assertEquals(List.of("preamble", "1", "2", "3", "4"), paths(t), TreeDump.dump(t));
    assertEquals("2. Services The Provider provides the Services.", text(t, "2"));
    assertEquals("Customer Data", node(t, "3").heading());
  }

  @Test
  void bareNumberedClausesWithHeadingsOnTheLineAbove() {
    List<ClauseNode> t =
        doc(
            EN_PREAMBLE,
            "SERVICES",
            "1. The Provider shall provide the Services described in the Order.",
            "CUSTOMER DATA",
            "2. The Provider shall not use Customer Data to train any model.",
            "AUDIT",
            "3. The Customer may audit the Provider once a year.");
    assertEquals(List.of("preamble", "1", "2", "3"), paths(t), TreeDump.dump(t));
    assertEquals("CUSTOMER DATA", node(t, "2").heading());
    assertEquals("2.", node(t, "2").printedNumber());
    assertTrue(text(t, "2").endsWith("to train any model."), text(t, "2"));
    assertFalse(text(t, "1").contains("CUSTOMER DATA"), text(t, "1"));
    assertFalse(text(t, "preamble").contains("SERVICES"), text(t, "preamble"));
  }

  @Test
  void unnumberedAllCapsHeadingsAreClauses() {
    List<ClauseNode> t =
        doc(
            "TERMS OF SERVICE",
            "These Terms are between Lumen Inc. (\"we\") and you.",
            "YOUR DATA",
            "We will not use your data to train our models.",
            "We delete your data within 30 days after you close your account.",
            "AUDIT",
            "You may audit our compliance once a year.");
    List<ClauseNode> clauses =
        flatten(t).stream().filter(n -> n.kind() == ClauseKind.ARTICLE).toList();
    assertEquals(2, clauses.size(), TreeDump.dump(t));
    assertEquals("YOUR DATA", clauses.get(0).heading());
    assertTrue(clauses.get(0).text().contains("within 30 days after you close your account."));
    assertFalse(clauses.get(0).text().contains("You may audit"));
    assertTrue(node(t, "preamble").text().contains("These Terms are between"));
    assertEquals("YOUR DATA", ref(t, clauses.get(0).path()), "cited by its heading");

    List<ClauseNode> titleCase =
        doc(
            "Lumen Terms of Service",
            "These Terms are between Lumen Inc. (\"we\") and you.",
            "Your Content",
            "We will not use your content to train our models.",
            "Deletion",
            "We delete your content within 30 days after you close your account.",
            "Audit Rights",
            "You may audit our compliance once a year.");
    assertEquals(
        List.of("Your Content", "Deletion", "Audit Rights"),
        flatten(titleCase).stream()
            .filter(n -> n.kind() == ClauseKind.ARTICLE)
            .map(ClauseNode::heading)
            .toList(),
        TreeDump.dump(titleCase));
  }

  @Test
  void blocksUnderBareHeadingsAreParagraphsAndTheOpeningBlockIsTheTitle() {
    List<ClauseNode> t = segment(BARE_HEADINGS_TERMS);
    assertEquals(List.of("preamble", "1", "1.1", "1.2", "2"), paths(t), TreeDump.dump(t));
    assertTrue(text(t, "preamble").contains("CUSTOMER TERMS"), text(t, "preamble"));
    assertEquals("DATA USE", node(t, "1").heading());
    assertTrue(text(t, "1.2").startsWith("We may read a note"), text(t, "1.2"));
    assertFalse(text(t, "1.1").contains("We may read"), text(t, "1.1"));
    assertTrue(text(t, "2").contains("independent security report"), text(t, "2"));
  }

  @Test
  void numberedArticlesWithBracketedCaptions() {
    List<ClauseNode> t =
        doc(
            "クラウド文字起こしサービス　ご利用条件",
            "1.（目的）",
            "本条件は、当社（以下「提供者」という。）のサービスの利用条件を定める。",
            "2.（データの取扱い）",
            "(1) 提供者は、音声データをサービスの提供にのみ利用する。",
            "(2) 提供者は、音声データを学習に利用しない。",
            "3.（準拠法）",
            "本条件は日本法に準拠する。");
    assertEquals(List.of("preamble", "1", "2", "2.1.1", "2.1.2", "3"), paths(t), TreeDump.dump(t));
    assertEquals("データの取扱い", node(t, "2").heading());
    assertEquals("1.", node(t, "1").printedNumber());
  }

  @Test
  void supplementaryProvisionsTakeNoAnnexNumber() {
    List<ClauseNode> t =
        doc(
            "データ連携サービス規約",
            JA_PREAMBLE,
            "第1条（目的）",
            "本規約は、本サービスの利用条件を定める。",
            "第2条（削除）",
            "乙は、契約終了後30日以内に入力データを削除する。",
            "附　則",
            "この規約は、令和9年1月1日から施行する。",
            "別紙　データ取扱基準",
            "1　乙は、入力データを暗号化して保存する。",
            "2　乙は、アクセス記録を1年間保存する。");
    assertEquals(
        List.of("preamble", "1", "2", "supplementary", "A1", "A1.1", "A1.2"),
        paths(t),
        TreeDump.dump(t));
    assertEquals("別紙第2項", ref(t, "A1.2"));
  }

  @Test
  void aTitledDocumentAfterTheSignaturesIsAnUnnumberedAnnex() {
    List<ClauseNode> t =
        doc(
            "データ分析業務委託契約書",
            JA_PREAMBLE,
            "第1条（目的）",
            "甲は、乙にデータ分析業務を委託する。",
            "第2条（保管）",
            "乙は、提供データを特記事項に定める場所に保管する。",
            "本契約の締結を証するため、本書2通を作成し、甲乙記名押印の上、各自1通を保有する。",
            "甲　〇〇省",
            "乙　株式会社△△",
            "\f",
            "業務実施要領",
            "1　保管",
            "1.1　乙は、提供データを国内のデータセンターに限り保管する。",
            "1.2　乙は、提供データを暗号化する。",
            "2　報告",
            "2.1　乙は、毎月、取扱状況を甲に報告する。",
            "\f",
            "別紙",
            "作業場所届",
            "1　作業場所の名称",
            "2　作業場所の所在地");
    assertEquals("業務実施要領", node(t, "A1").heading(), TreeDump.dump(t));
    assertTrue(text(t, "A1.1.1").contains("国内のデータセンター"), TreeDump.dump(t));
    assertEquals("A1.2.1", node(t, "A1.2.1").path());
    assertEquals("作業場所届", node(t, "A2").heading(), TreeDump.dump(t));
    assertFalse(text(t, "closing").contains("業務実施要領"), text(t, "closing"));

    // Signatures running over a page are no annex: a name line is not followed by text.
    List<ClauseNode> signatures =
        doc(
            "業務委託契約書",
            JA_PREAMBLE,
            "第1条（目的）",
            "甲は、乙に業務を委託する。",
            "本契約の締結を証するため、本書2通を作成し、甲乙記名押印の上、各自1通を保有する。",
            "甲　〇〇省",
            "\f",
            "株式会社△△",
            "代表取締役　〇〇");
    assertFalse(paths(signatures).contains("A1"), TreeDump.dump(signatures));
  }

  @Test
  void irohaItems() {
    List<ClauseNode> t =
        doc(
            "委託契約書",
            JA_PREAMBLE,
            "第1条（定義）",
            "この契約において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。",
            "イ　提供データ　甲が乙に貸与する統計データをいう。",
            "ロ　加工データ　提供データを加工したデータをいう。",
            "ハ　学習済みモデル　加工データにより学習したモデルをいう。",
            "ニ　成果物　乙が納入する物をいう。",
            "第2条（目的）",
            "甲は、乙に業務を委託する。");
    assertEquals(
        List.of("preamble", "1", "1.1.1", "1.1.2", "1.1.3", "1.1.4", "2"),
        paths(t),
        TreeDump.dump(t));
    assertTrue(text(t, "1.1.4").contains("成果物"), text(t, "1.1.4"));
  }

  @Test
  void anUnnumberedParagraphThatPointsBackOpensTheNextParagraph() {
    List<ClauseNode> t =
        doc(
            "業務委託契約書",
            JA_PREAMBLE,
            "第1条（目的）",
            "甲は、乙に業務を委託する。",
            "第2条（立入検査）",
            "甲は、乙の作業場所に立ち入り、提供データの管理状況を検査することができる。",
            "前項の検査に要する費用は、各自の負担とする。",
            "第3条（報告）",
            "乙は、毎月、取扱状況を報告する。",
            "２　乙は、事故が発生したときは、直ちに甲に報告する。",
            "前項の報告は、書面により行う。");
    assertEquals(
        List.of("preamble", "1", "2", "2.1", "2.2", "3", "3.1", "3.2"), paths(t), TreeDump.dump(t));
    assertEquals("第2条第2項", ref(t, "2.2"));
    assertTrue(text(t, "3.2").contains("書面により行う"), "a printed paragraph keeps its lines");
  }

  @Test
  void runInSubParagraphsAreItems() {
    List<ClauseNode> t =
        doc(
            "SERVICES AGREEMENT",
            EN_PREAMBLE,
            "1. DATA",
            "1.1 Audit. (a) The Customer may audit the Provider's handling of Customer Data once"
                + " a year. (b) The Provider shall remedy any finding within thirty days.",
            "(c) Each party bears its own costs of an audit.",
            "1.2 Certificate. The Provider shall certify that (a) no Customer Data was used for"
                + " training, and (b) all Customer Data was deleted.");
    assertEquals(
        List.of("preamble", "1", "1.1", "1.1.1", "1.1.2", "1.1.3", "1.2"),
        paths(t),
        TreeDump.dump(t));
    assertTrue(text(t, "1.1.2").startsWith("(b) The Provider shall remedy"), text(t, "1.1.2"));
    assertFalse(text(t, "1.1.1").contains("remedy"), text(t, "1.1.1"));
    assertEquals("Audit", node(t, "1.1").heading());
  }

  @Test
  void definitionListsWithCurlyQuotes() {
    List<ClauseNode> t =
        doc(
            EN_PREAMBLE,
            "1. Definitions",
            "In this Agreement:",
            "“Customer Data” means all data the Customer provides, including Outputs.",
            "“Outputs” means content the Service generates.",
            "2. Use of Customer Data",
            "The Provider shall not use Customer Data to train any model.");
    assertEquals(List.of("preamble", "1", "1.1.1", "1.1.2", "2"), paths(t), TreeDump.dump(t));
    assertEquals("Customer Data", node(t, "1.1.1").heading());
    assertEquals("Outputs", node(t, "1.1.2").heading());
    assertEquals(
        "“Customer Data” means all data the Customer provides, including Outputs.",
        text(t, "1.1.1"));
  }

  @Test
  void definitionsUnderARunInDefinitionsSubClause() {
    List<ClauseNode> t =
        doc(
            EN_PREAMBLE,
            "1. Interpretation and General",
            "1.1 Definitions. In this Agreement:",
            "\"Customer Data\" means all data the Customer provides.",
            "\"Outputs\" means content the Service generates.",
            "1.2 Headings do not affect interpretation.",
            "2. Use of Customer Data",
            "The Provider shall not use Customer Data to train any model.");
    assertEquals(
        List.of("preamble", "1", "1.1", "1.1.1", "1.1.2", "1.2", "2"), paths(t), TreeDump.dump(t));
    assertEquals("Outputs", node(t, "1.1.2").heading());
    assertEquals("\"Outputs\" means content the Service generates.", text(t, "1.1.2"));
  }

  @Test
  void schedulesAppendicesAndAttachmentsKeepTheirPrintedNumbers() {
    List<ClauseNode> t =
        doc(
            EN_PREAMBLE,
            "1. Services",
            "The Provider provides the Services described in Schedule 2.",
            "IN WITNESS WHEREOF the parties have signed this Agreement.",
            "SCHEDULE 2 – DATA PROCESSING",
            "1. The Provider shall process Customer Data only in Japan.",
            "2. The Provider shall delete Customer Data within 30 days.",
            "APPENDIX 4",
            "SECURITY MEASURES",
            "Section 1. Encryption",
            "1.1 All Customer Data is encrypted at rest.",
            "Attachment 5: Service Levels",
            "1. Availability is 99.9%.");
    assertEquals(
        List.of(
            "preamble", "1", "closing", "A2", "A2.1", "A2.2", "A4", "A4.1", "A4.1.1", "A5", "A5.1"),
        paths(t),
        TreeDump.dump(t));
    assertEquals("DATA PROCESSING", node(t, "A2").heading());
    assertEquals("SECURITY MEASURES", node(t, "A4").heading());
    assertEquals("Service Levels", node(t, "A5").heading());
    assertEquals("SCHEDULE 2, paragraph 2", ref(t, "A2.2"));
    assertEquals("APPENDIX 4, Section 1.1", ref(t, "A4.1.1"));
    assertEquals("2. The Provider shall delete Customer Data within 30 days.", text(t, "A2.2"));

    List<ClauseNode> e =
        doc(
            EN_PREAMBLE,
            "1. Services",
            "The Provider provides the Services described in Exhibit A.",
            "Exhibit A – Statement of Work",
            "1. The Provider builds the model.",
            "Exhibit B – Subprocessors",
            "1. Cloud Host KK, Tokyo.");
    assertEquals(List.of("preamble", "1", "A1", "A1.1", "A2", "A2.1"), paths(e), TreeDump.dump(e));
    assertEquals("Exhibit B, paragraph 1", ref(e, "A2.1"));
  }

  @Test
  void wrappedParagraphsJoinAcrossLinesButNotIntoTheNextSectionSign() {
    List<ClauseNode> t =
        doc(
            EN_PREAMBLE,
            "§ 1 Scope",
            "The Provider provides the hosted transcription service described in the Order Form to",
            "the Customer and its authorised users for the whole term of this Agreement and renewals.",
            "DATA PROTECTION",
            "§ 2 Customer Data",
            "§ 2.1 The Provider shall process Customer Data only on the documented instructions of the",
            "      Customer, including with regard to transfers of Customer Data to a third country.",
            "§ 2.2 The Provider shall not use Customer Data to train, fine-tune or improve any AI",
            "      model, or to develop any other product or service, as set out in the Schedule at",
            "      § 4 of the Data Processing Terms.",
            "§ 3 Term",
            "This Agreement lasts one year.");
    assertEquals(List.of("preamble", "1", "2", "2.1", "2.2", "3"), paths(t), TreeDump.dump(t));
    assertTrue(text(t, "1").endsWith("this Agreement and renewals."), text(t, "1"));
    assertTrue(text(t, "2.1").endsWith("to a third country."), text(t, "2.1"));
    assertTrue(text(t, "2.2").endsWith("§ 4 of the Data Processing Terms."), text(t, "2.2"));
  }

  // ------------------------------------------------------------------ Japanese

  @Test
  void japaneseArticleNumeralsHalfFullWidthAndKanjiWithCaptionsAbove() {
    for (String[] n : new String[][] {{"1", "2", "3"}, {"１", "２", "３"}, {"一", "二", "三"}}) {
      List<ClauseNode> t =
          doc(
              JA_PREAMBLE,
              "（目的）",
              "第" + n[0] + "条　本契約は、AIサービスの利用条件を定める。",
              "（入力データの取扱い）",
              "第" + n[1] + "条　乙は、入力データを本業務の目的以外に利用してはならない。",
              "２　乙は、入力データを学習に利用してはならない。",
              "３　乙は、甲の承諾なく入力データを第三者に提供してはならない。",
              "（監査）",
              "第" + n[2] + "条　甲は、乙に対し、次の各号に掲げる事項について監査を行うことができる。",
              "（１）　入力データの管理状況",
              "（２）　再委託先の管理状況");
      assertEquals(
          List.of("preamble", "1", "2", "2.1", "2.2", "2.3", "3", "3.1.1", "3.1.2"),
          paths(t),
          TreeDump.dump(t));
      assertEquals("入力データの取扱い", node(t, "2").heading());
      assertTrue(node(t, "2").text().startsWith("（入力データの取扱い）"));
      assertEquals("第" + n[1] + "条", node(t, "2").printedNumber());
      assertEquals("乙は、入力データを本業務の目的以外に利用してはならない。", text(t, "2.1"));
      assertEquals("２ 乙は、入力データを学習に利用してはならない。", text(t, "2.2"));
      assertEquals(("第" + n[1] + "条第2項").replace("２", "2"), ref(t, "2.2"));
      assertEquals(("第" + n[2] + "条第2号").replace("３", "3"), ref(t, "3.1.2"));
      assertFalse(text(t, "2.3").contains("監査"), "caption of the next article not merged");
    }
  }

  @Test
  void paragraphNumbersWithAFullWidthPeriodAndNoSpace() {
    List<ClauseNode> t =
        doc(
            JA_PREAMBLE,
            "第１条（入力データの取扱い）",
            "１．乙は、入力データを本業務の目的以外に利用してはならない。",
            "２．乙は、入力データを学習に利用してはならない。",
            "３．乙は、入力データを2.5日以内に消去する。",
            "第２条（監査）",
            "甲は、乙を監査できる。");
    assertEquals(List.of("preamble", "1", "1.1", "1.2", "1.3", "2"), paths(t), TreeDump.dump(t));
    assertEquals("２．乙は、入力データを学習に利用してはならない。", text(t, "1.2"));
    assertEquals("第1条第2項", ref(t, "1.2"));
  }

  @Test
  void captionsWithoutBracketsOnTheLineAboveTheArticle() {
    List<ClauseNode> t =
        doc(
            JA_PREAMBLE,
            "目的",
            "第1条　本契約は、AIサービスの利用条件を定める。",
            "秘密保持",
            "第2条　乙は、入力データを第三者に開示してはならない。",
            "２　乙は、入力データを学習に利用してはならない。",
            "監査",
            "第3条　甲は、乙を監査できる。");
    assertEquals(List.of("preamble", "1", "2", "2.1", "2.2", "3"), paths(t), TreeDump.dump(t));
    assertEquals("秘密保持", node(t, "2").heading());
    assertEquals("監査", node(t, "3").heading());
    assertEquals("２ 乙は、入力データを学習に利用してはならない。", text(t, "2.2"));

    List<ClauseNode> dated =
        doc("業務委託契約書", "令和7年4月1日", "第1条　本契約は、業務の委託について定める。", "第2条　乙は、入力データを第三者に開示してはならない。");
    assertEquals(null, node(dated, "1").heading(), "a date is not a caption");
    assertTrue(text(dated, "preamble").contains("令和7年4月1日"));
  }

  @Test
  void anEnglishContractWithALongNumberedScheduleStaysInSections() {
    String[] names = {
      "Definitions",
      "Scope",
      "Services",
      "Fees",
      "Payment",
      "Audit",
      "Security",
      "Records",
      "Notices"
    };
    List<String> lines = new ArrayList<>(List.of(EN_PREAMBLE));
    for (int a = 1; a <= 4; a++) {
      lines.add("Section " + a + " " + names[a - 1]);
      lines.add("The Provider shall perform these obligations in full.");
    }
    lines.add("IN WITNESS WHEREOF the parties have signed this Agreement.");
    lines.add("SCHEDULE 1 – SPECIFICATION");
    for (int k = 1; k <= 9; k++) {
      lines.add(k + ". " + names[k - 1]);
      lines.add("The Provider shall deliver this part of the specification.");
    }
    List<ClauseNode> t = segment(String.join("\n", lines));
    assertEquals(
        List.of("preamble", "1", "2", "3", "4", "closing", "A1"),
        paths(t).stream().filter(p -> !p.startsWith("A1.")).toList(),
        TreeDump.dump(t));
    assertEquals(9, node(t, "A1").children().size(), TreeDump.dump(t));
  }

  @Test
  void aJapaneseContractWithALongNumberedSpecificationStaysInArticles() {
    List<String> lines = new ArrayList<>(List.of(JA_PREAMBLE));
    for (int a = 1; a <= 4; a++) {
      lines.add("第" + a + "条（条項" + a + "）");
      lines.add("乙は、第" + a + "の義務を負う。");
    }
    lines.add("以上");
    lines.add("別紙１　仕様書");
    for (int k = 1; k <= 9; k++) {
      lines.add(k + "．項目" + k);
      lines.add("受注者は、項目" + k + "を実施する。");
    }
    List<ClauseNode> t = segment(String.join("\n", lines));
    assertEquals(
        List.of("preamble", "1", "2", "3", "4", "closing", "A1"),
        paths(t).stream().filter(p -> !p.startsWith("A1.")).toList(),
        TreeDump.dump(t));
  }

  @Test
  void specialProvisionsNumberedWithoutJou() {
    // 個人情報取扱特記事項 number their provisions 第１, 第２ … without 条.
    List<ClauseNode> t =
        doc(
            "個人情報取扱特記事項",
            "（基本的事項）",
            "第１　乙は、個人情報の保護の重要性を認識し、個人情報を適正に取り扱わなければならない。",
            "（再委託の制限）",
            "第２　乙は、甲の承認を得た場合を除き、個人情報の取扱いを第三者に委託してはならない。",
            "２　乙は、前項の承認を受けようとするときは、書面を甲に提出しなければならない。",
            "（返還及び廃棄）",
            "第３　乙は、この契約が終了したときは、次に定めるところにより個人情報を処理しなければならない。",
            "（１）　甲から提供を受けた個人情報は、直ちに甲に返還すること。",
            "（２）　乙が複製した個人情報は、１４日以内に消去すること。");
    assertEquals(
        List.of("preamble", "1", "2", "2.1", "2.2", "3", "3.1.1", "3.1.2"),
        paths(t),
        TreeDump.dump(t));
    assertEquals("再委託の制限", node(t, "2").heading());
    assertEquals("第2第2項", ref(t, "2.2"));
    assertEquals("第3第2号", ref(t, "3.1.2"));
  }

  @Test
  void anExcerptKeepsTheNumbersItIsPrintedWith() {
    List<ClauseNode> ja = doc(JA_PREAMBLE, "（立入検査）", "第１０　甲は、必要があると認めるときは、乙の事業所に立ち入り、検査することができる。");
    assertEquals(List.of("preamble", "10"), paths(ja), TreeDump.dump(ja));
    assertEquals("立入検査", node(ja, "10").heading());

    List<ClauseNode> spec =
        doc(
            "本仕様書は、〇〇区が調達するAIサービスの要件を定める。",
            "１１．監査",
            "（１）区は、受注者における入力データの取扱状況を確認することができる。",
            "（２）受注者は、区の確認に協力する。");
    assertEquals(List.of("preamble", "11", "11.1.1", "11.1.2"), paths(spec), TreeDump.dump(spec));
    assertEquals("監査", node(spec, "11").heading());

    List<ClauseNode> en =
        doc(
            EN_PREAMBLE,
            "Section 12. Audit",
            "12.1 The Customer may audit the Provider once a year.",
            "12.2 The Provider shall remedy findings within 30 days.");
    assertEquals(List.of("preamble", "12", "12.1", "12.2"), paths(en), TreeDump.dump(en));
    assertEquals("Section 12.2", ref(en, "12.2"));

    List<ClauseNode> article =
        doc(
            EN_PREAMBLE,
            "Article 15 (Information)",
            "1. The Provider shall deliver a report on the handling of Customer Data.",
            "2. The report is due each quarter.");
    assertEquals(List.of("preamble", "15", "15.1", "15.2"), paths(article), TreeDump.dump(article));
  }

  @Test
  void aScheduleOrBesshiPrintedOnItsOwn() {
    List<ClauseNode> en =
        doc(
            "This Contract is made between the Agency (the \"Authority\") and Vendor Ltd (the \"Supplier\").",
            "SCHEDULE 6 — EXIT",
            "Paragraph 4 Within thirty days after termination, the Supplier shall destroy all Derived Data.",
            "Paragraph 5 The Supplier shall certify the destruction in writing.");
    assertEquals(List.of("preamble", "A6", "A6.4", "A6.5"), paths(en), TreeDump.dump(en));
    assertEquals("SCHEDULE 6, Paragraph 5", ref(en, "A6.5"));

    List<ClauseNode> ja =
        doc(
            "本別紙は、〇〇省（以下「甲」という。）と株式会社△△（以下「乙」という。）との間の契約の一部を構成する。",
            "別紙２　外部AIサービス",
            "第３項　乙は、表に記載する外部AIサービスのみを利用する。",
            "第４項　乙は、外部AIサービスを変更しようとするときは、60日前までに甲に通知しなければならない。");
    assertEquals(List.of("preamble", "A2", "A2.3", "A2.4"), paths(ja), TreeDump.dump(ja));
    assertEquals("別紙2第4項", ref(ja, "A2.4"));
  }

  @Test
  void paragraphsOfAClauseInAJapaneseAnnex() {
    // 特記事項 numbered 第１, 第２ … whose clauses have paragraphs ２, ３ like the body's articles.
    List<ClauseNode> t =
        doc(
            JA_PREAMBLE,
            "第１条　乙は、本業務を誠実に行う。",
            "別記",
            "データ取扱特記事項",
            "第１　乙は、甲のデータを善良な管理者の注意をもって管理する。",
            "第２　甲は、乙の事業所に立ち入り、データの管理状況を確認することが",
            "　できる。",
            "２　甲は、その指定する専門家に、前項の確認を行わせることができる。",
            "３　前二項の確認に要する費用は、甲の負担とする。",
            "第３　乙は、契約が終了したときは、データを消去する。");
    assertEquals(
        List.of("preamble", "1", "A1", "A1.1", "A1.2", "A1.2.1", "A1.2.2", "A1.2.3", "A1.3"),
        paths(t),
        TreeDump.dump(t));
    assertEquals("甲は、乙の事業所に立ち入り、データの管理状況を確認することが できる。", text(t, "A1.2.1"));
    assertEquals("２ 甲は、その指定する専門家に、前項の確認を行わせることができる。", text(t, "A1.2.2"));
    assertEquals("乙は、甲のデータを善良な管理者の注意をもって管理する。", text(t, "A1.1").replaceFirst("^第１ ", ""));
  }

  @Test
  void decimalParagraphsWithoutArticleLines() {
    List<ClauseNode> t =
        doc(
            EN_PREAMBLE,
            "1.1 Definitions. Terms have the meanings below.",
            "1.2 Headings do not affect interpretation.",
            "2.1 Handling Reports. The Provider shall deliver a written report on request.",
            "2.2 The Provider shall keep records of processing.");
    assertEquals(
        List.of("preamble", "1", "1.1", "1.2", "2", "2.1", "2.2"), paths(t), TreeDump.dump(t));
    assertEquals("2.1", ref(t, "2.1"));
    assertEquals("Handling Reports", node(t, "2.1").heading());
    assertEquals("2.2 The Provider shall keep records of processing.", text(t, "2.2"));
  }

  @Test
  void chaptersAndSectionsAboveArticlesBelongToNoClause() {
    List<ClauseNode> t =
        doc(
            JA_PREAMBLE,
            "第1章　総則",
            "（目的）",
            "第1条　本契約は、AIサービスの利用条件を定める。",
            "第2章　データの取扱い",
            "第1節　入力データ",
            "（利用目的）",
            "第2条　乙は、入力データを本業務の目的以外に利用してはならない。",
            "第2節　監査",
            "第3条　甲は、乙の入力データの取扱いを監査できる。");
    assertEquals(List.of("preamble", "1", "2", "3"), paths(t), TreeDump.dump(t));
    assertEquals("（目的） 第1条 本契約は、AIサービスの利用条件を定める。", text(t, "1"));
    assertEquals("（利用目的） 第2条 乙は、入力データを本業務の目的以外に利用してはならない。", text(t, "2"));
    assertEquals("利用目的", node(t, "2").heading());
    assertFalse(text(t, "preamble").contains("総則"), text(t, "preamble"));
  }

  @Test
  void paragraphsNumberedWithCircledDigits() {
    List<ClauseNode> explicitFirst =
        doc(
            JA_PREAMBLE,
            "第1条（目的）",
            "本契約は、AIサービスの利用条件を定める。",
            "第2条（入力データの取扱い）",
            "①　乙は、入力データを本業務の目的以外に利用してはならない。",
            "②　乙は、入力データを学習に利用してはならない。",
            "第3条（監査）",
            "甲は、乙を監査できる。");
    assertEquals(
        List.of("preamble", "1", "2", "2.1", "2.2", "3"),
        paths(explicitFirst),
        TreeDump.dump(explicitFirst));
    assertEquals(ClauseKind.PARAGRAPH, node(explicitFirst, "2.2").kind());
    assertEquals("第2条第2項", ref(explicitFirst, "2.2"));

    List<ClauseNode> implicitFirst =
        doc(
            JA_PREAMBLE,
            "第1条（目的）",
            "本契約は、AIサービスの利用条件を定める。",
            "第2条（入力データの取扱い）",
            "乙は、入力データを本業務の目的以外に利用してはならない。",
            "②　乙は、入力データを学習に利用してはならない。",
            "第3条（監査）",
            "甲は、乙を監査できる。");
    assertEquals(
        List.of("preamble", "1", "2", "2.1", "2.2", "3"),
        paths(implicitFirst),
        TreeDump.dump(implicitFirst));
    assertEquals("② 乙は、入力データを学習に利用してはならない。", text(implicitFirst, "2.2"));
    assertEquals("第2条第2項", ref(implicitFirst, "2.2"));

    List<ClauseNode> items =
        doc(
            JA_PREAMBLE,
            "第1条（定義）",
            "本契約において、次に掲げる用語は、それぞれ次の意味で用いる。",
            "①　入力データ　甲が本サービスに入力したデータ",
            "②　出力データ　本サービスが出力したデータ");
    assertEquals(List.of("preamble", "1", "1.1.1", "1.1.2"), paths(items), TreeDump.dump(items));
    assertEquals(ClauseKind.ITEM, node(items, "1.1.2").kind());
  }

  @Test
  void itemStylesOfJapaneseLists() {
    String[][] styles = {{"(1)", "(2)"}, {"（１）", "（２）"}, {"一", "二"}, {"ア", "イ"}, {"①", "②"}};
    for (String[] s : styles) {
      List<ClauseNode> t =
          doc(
              JA_PREAMBLE,
              "第1条（目的）",
              "本契約は、AIサービスの利用条件を定める。",
              "第2条（禁止事項）",
              "乙は、次の各号に掲げる行為をしてはならない。",
              s[0] + "　入力データを学習に利用すること。",
              s[1] + "　入力データを第三者に提供すること。",
              "２　乙は、前項各号の行為をしないことを甲に報告する。",
              "第3条（監査）",
              "甲は、乙を監査できる。");
      assertEquals(
          List.of("preamble", "1", "2", "2.1", "2.1.1", "2.1.2", "2.2", "3"),
          paths(t),
          s[0] + "\n" + TreeDump.dump(t));
      assertEquals(s[1] + " 入力データを第三者に提供すること。", text(t, "2.1.2").replace("　", " "));
      // A katakana item is cited by its letter (第2条第1項イ), a numbered one as 第N号.
      assertEquals(s[0].equals("ア") ? "第2条第1項イ" : "第2条第1項第2号", ref(t, "2.1.2"), s[0]);
    }
  }

  @Test
  void lenticularCaptionsAboveArticlesAndBracketedAnnexTitles() {
    List<ClauseNode> t =
        doc(
            JA_PREAMBLE,
            "【目的】",
            "第1条　本契約は、AIサービスの利用条件を定める。",
            "【秘密保持】",
            "第2条　乙は、入力データを第三者に開示してはならない。",
            "第3条【監査】",
            "甲は、乙を監査できる。",
            "（別紙１）",
            "データ取扱特記事項",
            "１　乙は、入力データを国外に移転してはならない。",
            "【別紙２】　サービスレベル",
            "１　稼働率は99.9%とする。");
    assertEquals(
        List.of("preamble", "1", "2", "3", "A1", "A1.1", "A2", "A2.1"), paths(t), TreeDump.dump(t));
    assertEquals("秘密保持", node(t, "2").heading());
    assertEquals("監査", node(t, "3").heading());
    assertEquals("【目的】 第1条 本契約は、AIサービスの利用条件を定める。", text(t, "1"));
    assertEquals("データ取扱特記事項", node(t, "A1").heading());
    assertEquals("別紙1第1項", ref(t, "A1.1"));
    assertEquals("サービスレベル", node(t, "A2").heading());
  }

  @Test
  void japaneseAnnexesKeepTheirPrintedNumbers() {
    List<ClauseNode> t =
        doc(
            JA_PREAMBLE,
            "第1条（目的）",
            "本契約は、AIサービスの利用条件を定める。",
            "第2条（データの取扱い）",
            "乙は、別紙２に定めるところにより入力データを取り扱う。",
            "以上",
            "別紙２　データ取扱特記事項",
            "１　乙は、入力データを国外に移転してはならない。",
            "２　乙は、入力データを学習に利用してはならない。",
            "別表　保存期間",
            "入力データ　契約終了後30日",
            "附則",
            "この契約は、2025年4月1日から施行する。");
    assertEquals(
        List.of("preamble", "1", "2", "closing", "A2", "A2.1", "A2.2", "A1", "supplementary"),
        paths(t),
        TreeDump.dump(t));
    assertEquals("別紙2第2項", ref(t, "A2.2"));
    assertEquals("２ 乙は、入力データを学習に利用してはならない。", text(t, "A2.2"));
    // 附則 belongs to the body (entry into force), not to the attachments: it takes no number.
    assertEquals("附則", node(t, "supplementary").printedNumber());
    assertTrue(text(t, "2").endsWith("入力データを取り扱う。"));

    List<ClauseNode> others =
        doc(
            JA_PREAMBLE,
            "第1条（目的）",
            "本契約は、AIサービスの利用条件を定める。",
            "別記　個人情報取扱特記事項",
            "１　乙は、個人情報を適正に取り扱わなければならない。",
            "付属書３　サービスレベル",
            "１　稼働率は99.9%とする。");
    assertEquals(
        List.of("preamble", "1", "A1", "A1.1", "A3", "A3.1"), paths(others), TreeDump.dump(others));
    assertEquals("別記第1項", ref(others, "A1.1"));
    assertEquals("付属書3第1項", ref(others, "A3.1"));
  }

  @Test
  void supplementaryProvisionsBeforeAnAnnexKeepTheirOwnClauses() {
    // 附則 (entry into force) printed before the 別紙: the 別紙 is still the first annex.
    List<ClauseNode> t =
        doc(
            JA_PREAMBLE,
            "第1条（目的）",
            "本約款は、翻訳サービスの利用条件を定める。",
            "附　則",
            "１　本約款は、令和９年１月１日から施行する。",
            "別紙　データの取扱い",
            "１．取扱いの目的",
            "乙は、登録データを本サービスの提供にのみ利用する。",
            "２．保存",
            "乙は、登録データを90日を超えて保存しない。");
    assertEquals(
        List.of("preamble", "1", "supplementary", "supplementary.1", "A1", "A1.1", "A1.2"),
        paths(t),
        TreeDump.dump(t));
    assertEquals("取扱いの目的", node(t, "A1.1").heading());
    assertEquals("保存", node(t, "A1.2").heading());
    assertTrue(text(t, "A1.2").endsWith("保存しない。"), TreeDump.dump(t));
  }

  @Test
  void anAmendmentsQuotedTextKeepsTheAmendedInstrumentsNumbers() {
    // A 変更契約 prints the new text of the amended contract: a replaced article keeps its own
    // number (cited as that contract's 第6条), inserted paragraphs stay with the instruction, and
    // the amendment's own paragraphs continue after them.
    List<ClauseNode> t =
        doc(
            "〇〇省（以下「甲」という。）と株式会社△△（以下「乙」という。）は、令和6年4月1日付けで締結した" + "保守契約（以下「原契約」という。）を次のとおり変更する。",
            "第1条（再委託の変更）",
            "原契約第6条を次のとおり改める。",
            "（再委託）",
            "第6条　乙は、甲の書面による承諾なく、業務を第三者に委託してはならない。",
            "2　乙は、再委託先に本契約と同等の義務を負わせなければならない。",
            "第2条（報告の変更）",
            "原契約第9条に次の1項を加える。",
            "3　乙は、毎年度、データの取扱状況を甲に報告しなければならない。",
            "2　前項の報告に要する費用は、乙の負担とする。",
            "第3条（効力）",
            "この変更契約は、令和7年4月1日から効力を生ずる。");
    assertEquals(
        List.of("preamble", "1", "6", "6.1", "6.2", "2", "2.1", "2.2", "3"),
        paths(t),
        TreeDump.dump(t));
    assertTrue(text(t, "2.1").contains("毎年度"), TreeDump.dump(t));
    assertTrue(text(t, "2.2").startsWith("2 前項の報告"), TreeDump.dump(t));
    assertTrue(text(t, "6.2").contains("同等の義務"), TreeDump.dump(t));
  }

  @Test
  void chaptersOfASpecificationAnnexNumberItsSections() {
    // 仕様書: 第N章 → 1 → (1) → ア; the sections start again at 1 in every chapter.
    List<ClauseNode> t =
        doc(
            JA_PREAMBLE,
            "第1条（委託）",
            "甲は、別添仕様書のとおり業務を乙に委託する。",
            "別添",
            "システム運用業務仕様書",
            "第1章　概要",
            "1　業務の目的",
            "本業務は、問合せ対応の効率化を目的とする。",
            "2　対象業務",
            "(1)　問合せ対応",
            "(2)　記録の管理",
            "第2章　データ管理",
            "1　保管場所",
            "利用者データは国内のデータセンターに保管する。",
            "2　消去",
            "(1)　乙は、業務終了後、利用者データを消去しなければならない。",
            "　ア　消去の方法は、甲が指定する。",
            "(2)　乙は、消去の証明書を甲に提出しなければならない。");
    assertEquals(
        List.of(
            "preamble",
            "1",
            "A1",
            "A1.1",
            "A1.1.1",
            "A1.1.2",
            "A1.1.2.1",
            "A1.1.2.2",
            "A1.2",
            "A1.2.1",
            "A1.2.2",
            "A1.2.2.1",
            "A1.2.2.1.1",
            "A1.2.2.2"),
        paths(t),
        TreeDump.dump(t));
    assertEquals("データ管理", node(t, "A1.2").heading());
    assertEquals("保管場所", node(t, "A1.2.1").heading());
    assertTrue(text(t, "A1.2.1").endsWith("保管する。"), TreeDump.dump(t));
    assertTrue(text(t, "A1.2.2.2").contains("証明書"), TreeDump.dump(t));
  }

  @Test
  void letteredAppendicesAndAppendixNamesInRunningText() {
    List<ClauseNode> t =
        doc(
            EN_PREAMBLE,
            "Section 1. Services",
            "The Provider provides the Services described in Appendix A.",
            "Section 2. Data",
            "The following documents govern Customer Data, in this order:",
            "Appendix B; these Terms; the order form",
            "Appendix A – Service Description",
            "1. The Service answers citizens' questions.",
            "APPENDIX B",
            "SECURITY REQUIREMENTS",
            "1. The Provider encrypts Customer Data at rest.",
            "2. The Provider keeps access logs for one year.",
            "Exhibit C",
            "1. Support is given on business days.");
    assertEquals(
        List.of("preamble", "1", "2", "A1", "A1.1", "A2", "A2.1", "A2.2", "A3", "A3.1"),
        paths(t),
        TreeDump.dump(t));
    // A line that opens with an appendix name but continues a sentence stays in its section.
    assertTrue(text(t, "2").endsWith("Appendix B; these Terms; the order form"), TreeDump.dump(t));
    assertEquals("SECURITY REQUIREMENTS", node(t, "A2").heading());
    assertEquals("APPENDIX B, paragraph 2", ref(t, "A2.2"));
    assertEquals("Exhibit C", node(t, "A3").printedNumber());
  }

  @Test
  void annexuresAddendaAndQualifiedSchedulesAreAnnexesNotSubClauses() {
    List<ClauseNode> t =
        doc(
            EN_PREAMBLE,
            "1. Definitions",
            "1.1 Customer Data means all data the Customer provides.",
            "2. Precedence",
            "2.1 If documents conflict, they prevail in this order:",
            "Addendum, Annexure C, then these Terms",
            "2.2 Supplementary Schedule 4 applies to every model the Provider uses.",
            "Addendum 2 (Privacy Terms) prevails over the order form",
            "Annexure C - Hosting Locations",
            "1. Customer Data is stored in Osaka.",
            "Addendum 2 Privacy Terms",
            "1. Processing",
            "1.1 The Provider processes Customer Data only on documented instructions.",
            "1.2 The Provider shall not use Customer Data to train any model.",
            "Supplementary Schedule 4 (Model Governance)",
            "1. The Provider names each model it uses.",
            "2. The Provider gives 60 days' notice of a model change.");
    assertEquals(
        List.of(
            "preamble",
            "1",
            "1.1",
            "2",
            "2.1",
            "2.2",
            "A3",
            "A3.1",
            "A2",
            "A2.1",
            "A2.1.1",
            "A2.1.2",
            "A4",
            "A4.1",
            "A4.2"),
        paths(t),
        TreeDump.dump(t));
    assertTrue(text(t, "2.1").endsWith("Addendum, Annexure C, then these Terms"), TreeDump.dump(t));
    assertTrue(text(t, "2.2").endsWith("prevails over the order form"), TreeDump.dump(t));
    assertEquals("Annexure C", node(t, "A3").printedNumber());
    assertEquals("Hosting Locations", node(t, "A3").heading());
    assertEquals("Addendum 2", node(t, "A2").printedNumber());
    assertEquals("Privacy Terms", node(t, "A2").heading());
    assertEquals("Supplementary Schedule 4", node(t, "A4").printedNumber());
    assertEquals("Model Governance", node(t, "A4").heading());
    assertEquals("Addendum 2, paragraph 1.2", ref(t, "A2.1.2"));

    // The same in capitals, the qualifier and the caption in brackets as a framework prints them.
    List<ClauseNode> caps =
        doc(
            EN_PREAMBLE,
            "1. SERVICES",
            "1.1 The Supplier provides the Services.",
            "ORDER SCHEDULE 6 (SECURITY MANAGEMENT)",
            "1. Information Security Management System",
            "1.1 The Supplier keeps an information security management system.",
            "ANNEXURE D",
            "1. The Supplier hosts the Services in Japan.");
    assertEquals(
        List.of("preamble", "1", "1.1", "A6", "A6.1", "A6.1.1", "A4", "A4.1"),
        paths(caps),
        TreeDump.dump(caps));
    // An annex clause's title is as long as an article's may be.
    assertEquals("Information Security Management System", node(caps, "A6.1").heading());
    assertEquals("ORDER SCHEDULE 6", node(caps, "A6").printedNumber());
    assertEquals("SECURITY MANAGEMENT", node(caps, "A6").heading());
  }

  @Test
  void japaneseAttachedTablesAndAttachmentsWithTheirOwnNumbers() {
    List<ClauseNode> t =
        doc(
            JA_PREAMBLE,
            "第1条（保存期間）",
            "乙は、入力データを次の期間に限り保存する。",
            "別表第１に定める期間を超えて保存してはならない。",
            "第2条（再委託）",
            "乙は、別添２のとおり再委託先を定める。",
            "以上",
            "別表第１（第１条関係）",
            "１　入力データ　30日",
            "２　利用ログ　１年",
            "別添２　再委託先一覧",
            "１　株式会社△△クラウド（東京都）",
            "付属書Ⅲ　サービスレベル",
            "１　稼働率は99.9%とする。",
            "付録４　用語集",
            "１　「学習」とは、機械学習モデルのパラメータを更新することをいう。");
    assertEquals(
        List.of(
            "preamble",
            "1",
            "2",
            "closing",
            "A1",
            "A1.1",
            "A1.2",
            "A2",
            "A2.1",
            "A3",
            "A3.1",
            "A4",
            "A4.1"),
        paths(t),
        TreeDump.dump(t));
    assertTrue(text(t, "1").endsWith("別表第１に定める期間を超えて保存してはならない。"), TreeDump.dump(t));
    assertEquals("別表第１", node(t, "A1").printedNumber());
    assertEquals("第1条関係", node(t, "A1").heading());
    assertEquals("再委託先一覧", node(t, "A2").heading());
    assertEquals("サービスレベル", node(t, "A3").heading());
  }

  // ------------------------------------------------------------------ PDF path

  /** Documents of several conventions printed to PDF and read back give the text path's tree. */
  @Test
  void thePdfPathGivesTheSameClausesAsTheTextPath() {
    List<String> documents =
        List.of(
            BARE_HEADINGS_TERMS,
            String.join(
                "\n",
                JA_PREAMBLE,
                "第1章　総則",
                "（目的）",
                "第１条　本契約は、AIサービスの利用条件を定める。",
                "第2章　データの取扱い",
                "【入力データ】",
                "第２条　乙は、入力データを本業務の目的以外に利用してはならない。",
                "②　乙は、入力データを学習に利用してはならない。",
                "第３条（禁止事項）",
                "乙は、次の各号に掲げる行為をしてはならない。",
                "ア　入力データを第三者に提供すること。",
                "イ　入力データを国外に移転すること。",
                "以上",
                "（別紙２）",
                "データ取扱特記事項",
                "第１　乙は、入力データを暗号化して保管する。",
                "第２　乙は、アクセス記録を１年間保存する。"),
            String.join(
                "\n",
                EN_PREAMBLE,
                "§ 1 Scope",
                "The Provider provides the Service.",
                "DATA PROTECTION",
                "§ 2 Customer Data",
                "§ 2.1 The Provider shall process Customer Data only on documented instructions.",
                "§ 2.2 The Provider shall not use Customer Data to train any AI model.",
                "§ 3 Audit",
                "The Customer may audit the Provider once a year.",
                "SCHEDULE 2 – SECURITY",
                "1. The Provider encrypts Customer Data at rest.",
                "2. The Provider keeps access logs for one year."),
            String.join(
                "\n",
                EN_PREAMBLE,
                "1. SERVICES",
                "1.1 The Supplier provides the Services described in Annexure A.",
                "ANNEXURE A - SERVICE DESCRIPTION",
                "1. The Service answers questions from staff.",
                "Addendum 2 Privacy Terms",
                "1. Processing",
                "1.1 The Supplier processes Customer Data only on documented instructions.",
                "ORDER SCHEDULE 3 (SECURITY)",
                "1. The Supplier encrypts Customer Data at rest."),
            String.join(
                "\n",
                JA_PREAMBLE,
                "第1条（保存期間）",
                "乙は、入力データを別表第１に掲げる期間に限り保存する。",
                "以上",
                "別表第１（第１条関係）",
                "１　入力データ　30日",
                "付録２　用語集",
                "１　「学習」とは、モデルのパラメータを更新することをいう。"),
            String.join(
                "\n",
                "TERMS OF SERVICE",
                "These Terms are between Lumen Inc. (\"we\") and you.",
                "YOUR DATA",
                "We will not use your data to train our models.",
                "AUDIT",
                "You may audit our compliance once a year."));
    jp.shinsa.infrastructure.pdf.ContractPdfParser parser =
        new jp.shinsa.infrastructure.pdf.ContractPdfParser();
    for (String text : documents) {
      List<ClauseNode> fromText = segment(text);
      List<ClauseNode> fromPdf =
          parser.parse(new jp.shinsa.fixtures.ContractPdfWriter().write(text)).clauses();
      assertEquals(paths(fromText), paths(fromPdf), TreeDump.dump(fromPdf));
      for (ClauseNode n : flatten(fromText)) {
        ClauseNode p = node(fromPdf, n.path());
        assertEquals(
            n.text().replaceAll("[\\s\u3000]+", ""),
            p.text().replaceAll("[\\s\u3000]+", ""),
            n.path());
        assertEquals(n.heading(), p.heading(), n.path());
      }
    }
  }
}
