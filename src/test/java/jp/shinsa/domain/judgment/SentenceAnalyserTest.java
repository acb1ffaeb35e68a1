package jp.shinsa.domain.judgment;

import static jp.shinsa.domain.judgment.JudgmentFixtures.JUDGE;
import static jp.shinsa.domain.judgment.JudgmentFixtures.article;
import static jp.shinsa.domain.judgment.JudgmentFixtures.en;
import static jp.shinsa.domain.judgment.JudgmentFixtures.item;
import static jp.shinsa.domain.judgment.JudgmentFixtures.ja;
import static jp.shinsa.domain.judgment.JudgmentFixtures.jaVendorIsKo;
import static jp.shinsa.domain.judgment.JudgmentFixtures.one;
import static jp.shinsa.domain.judgment.JudgmentFixtures.paragraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.shinsa.domain.contract.PartyRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceAnalyserTest {

  @Test
  void spacesBetweenJapaneseCharactersGoAndOtherRunsBecomeOneSpace() {
    assertEquals("本契約は乙 shall not", SentenceAnalyser.collapseSpaces("本契約 \n は乙\t shall  not"));
    assertEquals(" a b ", SentenceAnalyser.collapseSpaces("\t a \r\n b  "));
  }

  /** The one-pass collapse answers as the two regex replacements it replaces, on random text. */
  @Test
  void collapsingSpacesAnswersAsTheRegexesDid() {
    java.util.regex.Pattern cjkGap =
        java.util.regex.Pattern.compile("(?<=[^\\x00-\\x7F])\\s+(?=[^\\x00-\\x7F])");
    java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("\\s+");
    String alphabet = " \t\n\u000B\f\raZ.契約\u3000\u00A0\uD83D\uDE00";
    java.util.Random random = new java.util.Random(7);
    for (int n = 0; n < 20_000; n++) {
      String text = randomText(random, alphabet, 12);
      String expected = spaces.matcher(cjkGap.matcher(text).replaceAll("")).replaceAll(" ");
      assertEquals(expected, SentenceAnalyser.collapseSpaces(text), text);
    }
  }

  private static AnalysedSentence first(String text) {
    return JUDGE.analyse(one(null, text)).get(0);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "乙は、入力データを削除しなければならない。|DUTY",
        "乙は、入力データを削除するものとする。|DUTY",
        "乙は、入力データを第三者に開示してはならない。|PROHIBITION",
        "乙は、入力データを学習に利用しない。|PROHIBITION",
        "乙は、入力データを削除することができる。|PERMISSION",
        "当社は、入力内容を確認することがあります。|RESERVED_POSSIBILITY",
        "乙は、本サービスの提供に必要な範囲に限り入力データを利用できる。|LIMITATION",
        "乙は、安全管理措置を講じるよう努める。|BEST_EFFORTS",
        "当社は、不正アクセスによる漏えいについて一切責任を負いません。|DISCLAIMER",
        "乙は、再委託先の行為について甲に対して責任を負わなければならない。|DUTY",
        "変更後に本サービスを利用した場合は、変更後の規約に同意したものとみなします。|DEEMED_CONSENT",
        "Provider shall delete Customer Data within 30 days.|DUTY",
        "Provider must notify Customer.|DUTY",
        "Provider will encrypt Customer Data.|DUTY",
        "Provider shall not use Customer Data to train models.|PROHIBITION",
        "Provider may not disclose Customer Data.|PROHIBITION",
        "Provider will not sell Customer Data.|PROHIBITION",
        "Provider may delete Customer Data after termination.|PERMISSION",
        "Provider is entitled to use aggregated data.|PERMISSION",
        "Provider reserves the right to suspend the Service.|PERMISSION",
        "Provider may from time to time review inputs.|RESERVED_POSSIBILITY",
        "Provider may use Customer Data solely to provide the Services.|LIMITATION",
        "Provider will use commercially reasonable efforts to secure Customer Data.|BEST_EFFORTS",
        "Provider endeavours to keep the Service available.|BEST_EFFORTS",
        "Provider is not responsible for loss of Customer Data.|DISCLAIMER",
        "Provider has no obligation to delete Customer Data.|DISCLAIMER",
        "Provider does not guarantee the security of the Service.|DISCLAIMER",
        "Continued use of the Service constitutes acceptance of the modified Terms.|DEEMED_CONSENT",
        "Customer is deemed to have agreed to the changes.|DEEMED_CONSENT",
        // A prohibition of refusing is a duty to accept what was asked.
        "受託者は、正当な理由がない限り、資料の提出を拒否してはならない。|DUTY",
        "乙は、甲の監査を拒むことができない。|DUTY",
        "当社は、お客様による確認作業を妨げてはなりません。|DUTY",
        "Provider shall not unreasonably refuse an inspection request.|DUTY",
        "The Supplier may not, without good cause, withhold the records requested.|DUTY",
        "Provider will not obstruct any audit under this Section.|DUTY",
        "Provider shall not disclose the reasons for refusing a request.|PROHIBITION",
        // A right capped in frequency is confined, not denied.
        "Customer is not entitled to request more than two (2) audits in a calendar year.|LIMITATION",
        "The Client cannot inspect the records in Section 7.2 more often than annually.|LIMITATION",
        "委託者は、年1回を超えて監査を実施することはできない。|LIMITATION",
        "Customer may not audit Provider's subprocessors.|PROHIBITION"
      })
  void readsTheModalityOfEachForm(String sentence, Modality expected) {
    assertEquals(expected, first(sentence).modality());
  }

  @Test
  void bindsTheSubjectThroughTheContractsOwnPartyDefinitions() {
    String text = "甲は、入力データを削除することができる。";
    assertEquals(
        PartyRole.BUYER, JUDGE.analyse(ja(article("第1条", "1", null, text))).get(0).subject());
    assertEquals(
        PartyRole.VENDOR,
        JUDGE.analyse(jaVendorIsKo(article("第1条", "1", null, text))).get(0).subject());
  }

  @Test
  void englishSubjectIsTheLabelBeforeTheVerbNotACompoundNoun() {
    AnalysedSentence s = first("Customer Data may be processed by Provider in any country.");
    assertEquals(PartyRole.UNKNOWN, s.subject());
    assertEquals(PartyRole.BUYER, first("Customer may audit Provider once a year.").subject());
    assertEquals(PartyRole.VENDOR, first("We will not sell your data.").subject());
  }

  @Test
  void aPartyAndItsAgentAfterLeadingPhrasesIsTheSubject() {
    AnalysedSentence s =
        first(
            "Twice a year, on ten business days' notice, the Customer or a certified auditor"
                + " nominated by it may examine Provider's hosting facilities.");
    assertEquals(PartyRole.BUYER, s.subject());
  }

  @Test
  void subjectLessSentencesInheritTheClauseSubject() {
    List<AnalysedSentence> s =
        JUDGE.analyse(
            ja(
                article(
                    "第7条",
                    "7",
                    "監査",
                    "甲は、乙の事業所に立ち入り、検査することができる。",
                    paragraph("2", "7.2", "前項の検査は、事前に通知して行う。"))));
    assertEquals(PartyRole.BUYER, s.get(1).subject());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The receiving party shall keep the other party's information secret.",
        "The recipient will not copy Confidential Information.",
        "受領者は、開示者の秘密情報を第三者に開示してはならない。"
      })
  void theRecipientOfAMutualConfidentialityClauseBindsTheVendorToo(String text) {
    assertEquals(PartyRole.VENDOR, first(text).subject(), text);
  }

  @Test
  void aRecipientThatIsNotTheSubjectBindsNobody() {
    assertEquals(
        PartyRole.UNKNOWN,
        first("Personal data sent to the recipient is encrypted in transit.").subject());
  }

  @Test
  void aClauseThatDoesNotApplyIsACarveOutNotAProhibition() {
    assertEquals(
        Modality.PERMISSION,
        first("Clause 4.2 does not apply to aggregated statistics, which Provider may publish.")
            .modality());
    assertEquals(Modality.PROHIBITION, first("Provider does not sell Customer Data.").modality());
  }

  @Test
  void aVendorServingProvisoTakesTheProtectionBack() {
    AnalysedSentence s = first("乙は、入力データを第三者に開示しない。ただし、乙が必要と判断した場合はこの限りでない。");
    assertTrue(s.hasException());
    assertTrue(s.exceptionTakesBack());
    assertEquals(Modality.PROHIBITION, s.modality());
  }

  @Test
  void consentOrLawExceptionsAreBenign() {
    assertFalse(first("乙は、甲の事前の書面による承諾を得た場合を除き、入力データを第三者に開示しない。").exceptionTakesBack());
    assertFalse(
        first("Provider shall not disclose Customer Data except as required by law.")
            .exceptionTakesBack());
    assertTrue(
        first("Provider shall not disclose Customer Data except to its business partners.")
            .exceptionTakesBack());
  }

  @Test
  void anExceptionTheBuyersOwnUsersBringAboutKeepsTheProtection() {
    assertFalse(
        first(
                "Chat logs are kept for no more than 14 days unless a Customer user pins them to a project.")
            .exceptionTakesBack());
    assertFalse(
        first(
                "Chat logs are kept for no more than 14 days unless the Customer's administrators extend that period.")
            .exceptionTakesBack());
  }

  @Test
  void aRelativeClauseAfterTheExceptionIsReadWithIt() {
    assertFalse(
        first(
                "Provider shall not store Customer Data outside Japan except in Switzerland, which"
                    + " benefits from an adequacy decision, unless Customer agrees otherwise.")
            .exceptionTakesBack());
    assertTrue(
        first(
                "Provider shall not store Customer Data outside Japan except in a country Customer"
                    + " approves, which its affiliates may then also use.")
            .exceptionTakesBack());
  }

  @Test
  void anInsertionRightAfterTheExceptionMarkerIsReadWithTheExceptionsContent() {
    AnalysedSentence s =
        first(
            "Provider shall not disclose Customer Data except, where Customer so instructs, to"
                + " the auditors it names.");
    assertTrue(s.exceptionText().contains("to the auditors it names"), s::exceptionText);
    assertFalse(s.exceptionTakesBack());
  }

  @Test
  void anExceptionForTheDeliverablesKeepsTheProtection() {
    assertFalse(
        first(
                "Provider shall not train any model on Customer Data other than the"
                    + " Deliverables listed in the Statement of Work.")
            .exceptionTakesBack());
  }

  @Test
  void flagsReferencesToDocumentsOutsideTheContract() {
    assertTrue(first("乙は、当社ウェブサイトに定める期間、入力データを保存する。").externalReference());
    assertTrue(
        first("Provider shall retain Customer Data as set out in the Order Form.")
            .externalReference());
    assertFalse(first("乙は、別紙1に定める安全管理措置を講じる。").externalReference());
  }

  @Test
  void aCaptionPrintedAboveTheArticleNumberIsNotPartOfTheStatement() {
    assertEquals(
        "受注者は、再委託先に同等の義務を負わせる。",
        SentenceAnalyser.ownText(
            article("第１５条", "15", "再委託", "（再委託）\n第１５条　受注者は、再委託先に同等の義務を負わせる。")));
    assertEquals(
        "受注者は、再委託先に同等の義務を負わせる。",
        SentenceAnalyser.ownText(article("第１５条", "15", "再委託", "第１５条（再委託）受注者は、再委託先に同等の義務を負わせる。")));
    // Headings are kept as the segmenter normalised them (half-width brackets); the text is as
    // printed, with full-width ones: the heading is still no statement of its own.
    assertEquals(
        "受託者は、保存データを暗号化する。",
        SentenceAnalyser.ownText(
            article("付属書２", "A2", "安全管理基準(クラウド利用時)", "付属書２　安全管理基準（クラウド利用時）\n受託者は、保存データを暗号化する。")));
    assertEquals(
        "The Supplier encrypts stored data.",
        SentenceAnalyser.ownText(
            article(
                "Ｓｃｈｅｄｕｌｅ ３",
                "A3",
                "Security (Cloud)",
                "Ｓｃｈｅｄｕｌｅ ３ Security （Cloud）\nThe Supplier encrypts stored data.")));
  }

  /**
   * The subject of a statement does not depend on whether it was split first: the binder answers
   * from what splitting found for the very same text, and that is what reading it afresh gives.
   */
  @Test
  void theSubjectOfAnUnsplitStatementIsTheOneFoundAfresh() {
    SentenceAnalyser.PartyBinder binder = binder("Contractor", "Ministry");
    java.util.regex.Pattern both = JudgmentFixtures.LEXICON.bothParties();
    for (String statement :
        List.of(
            "Upon request, the Ministry may inspect the Contractor's premises.",
            "The costs of the review are borne by the Contractor.",
            "Records are kept for two years.")) {
      List<String> segments = binder.segments(statement, both);
      assertEquals(List.of(statement), segments, statement);
      assertEquals(
          binder.subjectOf(new String(statement.toCharArray()), both),
          binder.subjectOf(segments.get(0), both),
          statement);
    }
    assertEquals(
        PartyRole.BUYER,
        binder.subjectOf(binder.segments("The Ministry may audit the work.", both).get(0), both));
  }

  /**
   * A pronoun label ("we", "us") is the party as written or capitalised at a sentence start, but
   * "US" in capitals is the United States, not the drafter.
   */
  @Test
  void aPronounLabelIsNotACountryAbbreviationInCapitals() {
    SentenceAnalyser.PartyBinder binder =
        new SentenceAnalyser.PartyBinder(
            List.of(
                new jp.shinsa.domain.contract.Party(PartyRole.VENDOR, List.of("we", "us"), null),
                new jp.shinsa.domain.contract.Party(PartyRole.BUYER, List.of("you"), null)),
            JudgmentFixtures.LEXICON.grammar());
    String vendor = jp.shinsa.domain.judgment.RoleTokens.VENDOR;
    assertEquals(
        "Prompts are stored in the US and Canada only.",
        binder.roleText("Prompts are stored in the US and Canada only."));
    assertTrue(binder.roleText("Prompts sent to us are stored in Japan.").contains(vendor));
    assertTrue(binder.roleText("We store prompts in Japan.").contains(vendor));
    assertEquals(
        PartyRole.VENDOR,
        binder.subjectOf(
            "We shall not store prompts abroad.", JudgmentFixtures.LEXICON.bothParties()));
  }

  /**
   * Handing the binder a statement's lower-cased text (made once per sentence) gives the answers it
   * finds when it lower-cases the statement itself.
   */
  @Test
  void theBinderAnswersAlikeWhenGivenTheLowerCasedStatement() {
    SentenceAnalyser.PartyBinder binder = binder("受託者", "Authority");
    java.util.regex.Pattern both = JudgmentFixtures.LEXICON.bothParties();
    for (String statement :
        List.of(
            "The AUTHORITY grants the supplier a licence, and 受託者は報告しなければならない。",
            "受託者は、委託者の承諾を得て再委託することができ、Authority may object.",
            "Both parties shall keep the records.",
            "Nothing here binds anyone.")) {
      SentenceAnalyser.PartyBinder fresh = binder("受託者", "Authority");
      String lower = statement.toLowerCase(java.util.Locale.ROOT);
      assertEquals(
          fresh.segments(statement, both), binder.segments(statement, lower, both), statement);
      assertEquals(
          fresh.subjectOf(statement, both), binder.subjectOf(statement, lower, both), statement);
      assertEquals(fresh.granteeOf(statement), binder.granteeOf(statement, lower), statement);
    }
  }

  private static SentenceAnalyser.PartyBinder binder(String vendor, String buyer) {
    return new SentenceAnalyser.PartyBinder(
        List.of(
            new jp.shinsa.domain.contract.Party(PartyRole.VENDOR, List.of(vendor), null),
            new jp.shinsa.domain.contract.Party(PartyRole.BUYER, List.of(buyer), null)),
        JudgmentFixtures.LEXICON.grammar());
  }

  /** The formal ending is found where a search of the whole statement finds it, on random text. */
  @Test
  void theFormalEndingIsFoundWhereAWholeSearchFindsIt() {
    assertEquals(5, SentenceAnalyser.formalEnd("報告する。ものとする"));
    assertEquals(-1, SentenceAnalyser.formalEnd("ものとする旨を通知"));
    java.util.regex.Pattern whole = java.util.regex.Pattern.compile("(?:ものと|ことと)(?:する|します|し)$");
    String alphabet = "ものことすしま\n\r。";
    java.util.Random random = new java.util.Random(11);
    for (int n = 0; n < 20_000; n++) {
      String text = randomText(random, alphabet, 14);
      java.util.regex.Matcher m = whole.matcher(text);
      assertEquals(m.find() ? m.start() : -1, SentenceAnalyser.formalEnd(text), text);
    }
  }

  /** Up to {@code max - 1} characters drawn from the alphabet. */
  private static String randomText(java.util.Random random, String alphabet, int max) {
    StringBuilder sb = new StringBuilder();
    for (int k = random.nextInt(max); k > 0; k--) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static String statements(String text) {
    StringBuilder sb = new StringBuilder();
    for (AnalysedSentence s : JUDGE.analyse(one(null, text))) {
      sb.append(s.subject()).append(' ').append(s.modality()).append(';');
    }
    return sb.toString();
  }

  @Test
  void aLeadingConditionIsNoStatementOfItsOwnAndTheMainClauseDecides() {
    assertEquals(
        "BUYER PERMISSION;",
        statements(
            "If the Customer objects to the proposed sub-processor and the Provider cannot"
                + " resolve the objection, the Customer may end the affected Services."));
    assertEquals(
        "BUYER PERMISSION;",
        statements(
            "Where the Provider fails to cure the breach within thirty days, Customer may"
                + " suspend all payments."));
    assertEquals("VENDOR PROHIBITION;", statements("甲が新たな再委託先に異議を述べたときは、乙は、当該再委託先に委託してはならない。"));
    assertEquals("BUYER PERMISSION;", statements("乙が再委託先の交代を拒んだ場合には、甲は、本契約を解除することができる。"));
    // A topic before the condition is the subject: the condition's party does not replace it.
    assertTrue(statements("乙は、甲から求められたときは、甲が指定する資料を提出しなければならない。").startsWith("VENDOR"));
  }

  @Test
  void aGrantWhoseObjectPointsBackStillBindsTheGrantee() {
    assertEquals(
        "BUYER PERMISSION;",
        statements("Provider hereby assigns them to the Customer without further consideration."));
  }

  /** "Provider shall not: (a) …; (b) …" forbids each item that is only the rest of its sentence. */
  @Test
  void aListHeadThatForbidsForbidsItsBareItems() {
    List<AnalysedSentence> out =
        JUDGE.analyse(
            en(
                article(
                    "Section 6",
                    "6",
                    "Use of Customer Data",
                    "",
                    paragraph(
                        "6.1",
                        "6.1",
                        "Provider shall not, and shall ensure that its affiliates shall not:",
                        item("(a)", "6.1.1", "(a) rent or lease Customer Data to anyone;"),
                        item("(b)", "6.1.2", "(b) Provider may keep backups for 30 days.")),
                    paragraph(
                        "6.2",
                        "6.2",
                        "Provider shall not disclose Customer Data except:",
                        item("(a)", "6.2.1", "(a) to its subprocessors.")))));
    assertEquals(Modality.PROHIBITION, at(out, "6.1.1").modality());
    assertEquals(Modality.PERMISSION, at(out, "6.1.2").modality());
    assertEquals(Modality.STATEMENT, at(out, "6.2.1").modality());
  }

  private static AnalysedSentence at(List<AnalysedSentence> out, String path) {
    return out.stream().filter(s -> path.equals(s.node().path())).findFirst().orElseThrow();
  }

  /** "your own staff", "our consultants": the possessive party binds, "own" or not. */
  @Test
  void aPossessivePartyBindsItsOwnPeople() {
    assertEquals(
        PartyRole.BUYER, first("Customer's own staff may not enter the data centre.").subject());
    assertEquals(
        PartyRole.VENDOR,
        first("Provider consultants may read the prompts to tune the service.").subject());
  }
}
