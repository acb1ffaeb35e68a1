package jp.shinsa.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.shinsa.fixtures.ContractPdfWriter;
import jp.shinsa.infrastructure.pdf.ContractPdfParser;
import jp.shinsa.infrastructure.pdf.PartyLexiconReader;
import org.junit.jupiter.api.Test;

class PartyDetectorTest {

  private final ContractPdfParser parser =
      new ContractPdfParser(
          jp.shinsa.infrastructure.pdf.IngestionLimits.DEFAULT,
          new jp.shinsa.infrastructure.ocr.TesseractOcr(),
          PartyLexiconReader.fromClasspath());

  private static Party side(List<Party> parties, PartyRole role) {
    return parties.stream()
        .filter(p -> p.role() == role)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + role + " in " + parties));
  }

  @Test
  void koIsTheVendorWhenTheCompanyIsDefinedAsKo() {
    ParsedContract c = parser.parseText(ContractPdfWriter.fixtureText("ja-itaku.txt"));
    assertEquals(List.of("甲"), side(c.parties(), PartyRole.VENDOR).labels());
    assertEquals("株式会社シンサＡＩ", side(c.parties(), PartyRole.VENDOR).name());
    assertEquals(List.of("乙"), side(c.parties(), PartyRole.BUYER).labels());
    assertEquals("デジタル推進省", side(c.parties(), PartyRole.BUYER).name());
  }

  @Test
  void partiesDefinedInTheFirstClauseBehindAFormAreFound() {
    String text =
        String.join(
            "\n",
            "AI翻訳サービス　申込書",
            "申込者は、裏面の利用条件を承諾の上、次のとおり申し込みます。",
            "1.（適用）",
            "この利用条件は、株式会社ミドリ翻訳（以下「提供者」という。）と、申込書により利用を申し込み、" + "提供者が承諾した者（以下「申込者」という。）との間に適用される。",
            "2.（データ）",
            "提供者は、原稿データを翻訳の提供にのみ利用する。",
            "3.（料金）",
            "申込者は、提供者に利用料を支払う。");
    ParsedContract c = parser.parseText(text);
    assertEquals(
        List.of("提供者"), side(c.parties(), PartyRole.VENDOR).labels(), c.parties().toString());
    assertEquals(List.of("申込者"), side(c.parties(), PartyRole.BUYER).labels());
  }

  @Test
  void koIsTheBuyerWhenItEntrustsTheWork() {
    String text =
        String.join(
            "\n",
            "AIシステム開発委託契約書",
            "株式会社ミライ商事（以下「甲」という。）と株式会社テックラボ（以下「乙」という。）は、次のとおり契約を締結する。",
            "第1条（委託）",
            "甲は、乙に対し、AIシステムの開発業務を委託し、乙はこれを受託する。",
            "第2条（納入）",
            "乙は、成果物を甲に納入する。",
            "第3条（委託料）",
            "甲は、乙に対し、委託料を支払う。");
    ParsedContract c = parser.parseText(text);
    assertEquals(
        List.of("乙"), side(c.parties(), PartyRole.VENDOR).labels(), c.parties().toString());
    assertEquals(List.of("甲"), side(c.parties(), PartyRole.BUYER).labels());
  }

  @Test
  void roleNounsInTheDefinitionDecideTheSide() {
    String text =
        String.join(
            "\n",
            "業務委託契約書",
            "受託者株式会社アルファ（以下「甲」という。）と委託者国立データ機構（以下「乙」という。）は、次のとおり合意する。",
            "第1条（目的）",
            "本契約は、業務の条件を定める。");
    ParsedContract c = parser.parseText(text);
    assertEquals(
        List.of("甲"), side(c.parties(), PartyRole.VENDOR).labels(), c.parties().toString());
    assertEquals(List.of("乙"), side(c.parties(), PartyRole.BUYER).labels());
  }

  @Test
  void englishDefinitionsBindProviderAndCustomer() {
    ParsedContract c = parser.parseText(ContractPdfWriter.fixtureText("en-msa.txt"));
    Party vendor = side(c.parties(), PartyRole.VENDOR);
    assertEquals(List.of("Provider"), vendor.labels());
    assertEquals("Kestrel AI Solutions Inc.", vendor.name());
    Party buyer = side(c.parties(), PartyRole.BUYER);
    assertEquals(List.of("Customer"), buyer.labels());
    assertEquals("National Data Agency of Japan", buyer.name());
  }

  @Test
  void neutralEnglishLabelsAreBoundByWhatThePartyDoes() {
    String text =
        String.join(
            "\n",
            "AGREEMENT",
            "This Agreement is between Orion Analytics Ltd (hereinafter \"Orion\") and the Ministry of Health (\"MoH\").",
            "1. Services",
            "1.1 Orion shall provide the model hosting services to MoH.",
            "1.2 MoH shall pay the fees.");
    ParsedContract c = parser.parseText(text);
    assertEquals(
        List.of("Orion"), side(c.parties(), PartyRole.VENDOR).labels(), c.parties().toString());
    assertEquals(List.of("MoH"), side(c.parties(), PartyRole.BUYER).labels());
  }

  @Test
  void aCompanyWhoseNameEndsInAPeriodIsStillAParty() {
    // "K.K." and "Co." close the name with a period: the organisation word must still be seen,
    // and the second party then takes the side opposite the public body.
    String text =
        String.join(
            "\n",
            "HOSTING AGREEMENT",
            "This Agreement is made between the Harbour Water Board of 〇〇 City (the \"Board\") and",
            "Ferncliff Systems K.K. (the \"Integrator\").",
            "1. Services",
            "1.1 The Integrator shall host the chatbot for the Board.");
    ParsedContract c = parser.parseText(text);
    assertEquals(
        List.of("Integrator"),
        side(c.parties(), PartyRole.VENDOR).labels(),
        c.parties().toString());
    assertEquals(List.of("Board"), side(c.parties(), PartyRole.BUYER).labels());
  }

  @Test
  void aLocalBodyCalledUserOrganisationIsTheBuyer() {
    String text =
        String.join(
            "\n",
            "議事録作成支援サービス約款",
            "本約款は、株式会社ソラノネ（以下「運営者」という。）と、本サービスを導入する地方公共団体（以下「利用団体」という。）との間の関係を定める。",
            "第１条（目的）",
            "運営者は、利用団体に対し、本サービスを提供する。");
    ParsedContract c = parser.parseText(text);
    assertEquals(
        List.of("利用団体"), side(c.parties(), PartyRole.BUYER).labels(), c.parties().toString());
    assertEquals(List.of("運営者"), side(c.parties(), PartyRole.VENDOR).labels());
  }

  @Test
  void aMunicipalityNamedOnlyByItsNameIsTheBuyerWhateverItsLabel() {
    // 〇〇市 / 〇〇区 carry no role word; the name's ending marks the public body. The verb vote
    // alone ("乙は…第三者に委託してはならない") would have made 乙 the buyer.
    String annex =
        String.join(
            "\n",
            "別記　個人情報取扱特記事項（〇〇市（以下「甲」という。）と株式会社カエデソリューションズ（以下「乙」という。）との間の業務委託契約書第８条関係）",
            "第１　乙は、甲の承認を得た場合を除き、個人情報の取扱いを第三者に委託してはならない。");
    List<Party> p = parser.parseText(annex).parties();
    assertEquals(List.of("甲"), side(p, PartyRole.BUYER).labels(), p.toString());
    assertEquals(List.of("乙"), side(p, PartyRole.VENDOR).labels(), p.toString());

    String spec =
        String.join(
            "\n",
            "本仕様書は、〇〇区（以下「区」という。）が調達するAIサービスの要件を定めるものであり、受注者は本仕様書に従い業務を実施する。",
            "１．監査",
            "区は、受注者における入力データの取扱状況を確認することができる。");
    assertEquals(List.of("区"), side(parser.parseText(spec).parties(), PartyRole.BUYER).labels());

    String company =
        String.join(
            "\n",
            "株式会社未来都市（以下「甲」という。）と株式会社テックラボ（以下「乙」という。）は、次のとおり契約を締結する。",
            "第1条（委託）",
            "甲は、乙に対し、AIシステムの開発業務を委託し、乙はこれを受託する。");
    assertEquals(List.of("甲"), side(parser.parseText(company).parties(), PartyRole.BUYER).labels());
  }

  @Test
  void aCustomerDefinedAsKokyakuIsTheBuyer() {
    String text =
        String.join(
            "\n",
            "本データ処理補遺（以下「本補遺」）は、ブライトウェーブ・ジャパン合同会社（以下「当社」）と、当社のクラウドAIサービスを利用する顧客（以下「顧客」）との間の利用契約の一部を構成します。",
            "第1条（本補遺の更新）",
            "当社は、本補遺を随時更新することができます。");
    List<Party> p = parser.parseText(text).parties();
    assertEquals(List.of("顧客"), side(p, PartyRole.BUYER).labels(), p.toString());
  }

  @Test
  void japaneseTermsOfServiceBindTouShaToTheVendor() {
    String text =
        String.join(
            "\n",
            "AI翻訳サービス利用規約",
            "本規約は、株式会社ホンヤク（以下「当社」といいます。）が提供する本サービスの利用条件を定めるものです。",
            "第1条（適用）",
            "利用者は、本規約に同意の上、本サービスを利用するものとします。",
            "第2条（入力データ）",
            "当社は、利用者の入力データをサービス改善のために利用することがあります。");
    ParsedContract c = parser.parseText(text);
    Party vendor = side(c.parties(), PartyRole.VENDOR);
    assertTrue(vendor.labels().contains("当社"), c.parties().toString());
    assertEquals("株式会社ホンヤク", vendor.name());
    assertTrue(side(c.parties(), PartyRole.BUYER).labels().contains("利用者"));
  }

  @Test
  void englishTermsOfServiceBindWeToTheVendorAndYouToTheBuyer() {
    String text =
        String.join(
            "\n",
            "Terms of Service",
            "These terms govern your use of the services of Lumen AI, Inc. (\"Lumen\", \"we\", \"us\" or \"our\").",
            "1. Your Content",
            "1.1 You retain all rights in your inputs. We do not use your inputs to train our models.");
    ParsedContract c = parser.parseText(text);
    Party vendor = side(c.parties(), PartyRole.VENDOR);
    assertTrue(
        vendor.labels().containsAll(List.of("Lumen", "we", "us", "our")), c.parties().toString());
    assertTrue(side(c.parties(), PartyRole.BUYER).labels().contains("you"));
  }

  /** "US" in capitals is the United States, not the pronoun the terms' convention names. */
  @Test
  void theUnitedStatesInCapitalsIsNotThePronounUs() {
    String text =
        String.join(
            "\n",
            "Terms of Service",
            "These terms govern your use of the services of Lumen AI, Inc. (\"Lumen\" or \"we\").",
            "1. Where Inputs Are Kept",
            "1.1 We keep your inputs in data centres in the US and in Japan.");
    Party vendor = side(parser.parseText(text).parties(), PartyRole.VENDOR);
    assertTrue(vendor.labels().contains("we"), vendor.toString());
    assertFalse(vendor.labels().contains("us"), vendor.toString());
  }

  @Test
  void aPublicBodyDefinedAsWeIsTheBuyerEvenInTermsAndConditions() {
    String text =
        String.join(
            "\n",
            "Terms and Conditions of Purchase",
            "These Terms and Conditions apply to every order placed by the Department for Rural"
                + " Affairs (\"we\", \"us\") with the Contractor (\"you\", \"your\").",
            "1. Data",
            "1.1 You shall not use our data to train any model. We may inspect your premises.");
    List<Party> p = parser.parseText(text).parties();
    assertTrue(side(p, PartyRole.BUYER).labels().containsAll(List.of("we", "us")), p.toString());
    assertTrue(
        side(p, PartyRole.VENDOR).labels().containsAll(List.of("you", "your")), p.toString());
  }

  @Test
  void anAddresseeDefinedByAVendorRoleWordIsTheVendor() {
    String text =
        String.join(
            "\n",
            "Terms of Use",
            "These terms govern the supply of translation services to Kestrel Holdings (\"we\")"
                + " by the service provider named in the order (\"you\").",
            "1. Confidentiality",
            "1.1 You shall keep our documents confidential.");
    List<Party> p = parser.parseText(text).parties();
    assertTrue(side(p, PartyRole.VENDOR).labels().contains("you"), p.toString());
    assertTrue(side(p, PartyRole.BUYER).labels().contains("we"), p.toString());
  }

  @Test
  void buyerDraftedTermsWithoutATitleBindAnUndefinedYouToTheVendor() {
    String text =
        String.join(
            "\n",
            "These Terms apply whenever Riverside District Council (\"we\") orders goods or"
                + " services from you.",
            "1. Records",
            "1.1 You must keep records of the work for six years and give them to us on request.");
    List<Party> p = parser.parseText(text).parties();
    assertTrue(side(p, PartyRole.BUYER).labels().contains("we"), p.toString());
    assertTrue(side(p, PartyRole.VENDOR).labels().contains("you"), p.toString());
  }

  @Test
  void vendorDraftedTermsWithoutATitleKeepWeAsTheVendor() {
    String text =
        String.join(
            "\n",
            "These Terms govern the transcription service that Quillmark Ltd (\"we\", \"us\")"
                + " offers to the organisation that signs up for it (\"you\").",
            "1. Subcontracting",
            "1.1 We may engage subcontractors without telling you.");
    List<Party> p = parser.parseText(text).parties();
    assertTrue(side(p, PartyRole.VENDOR).labels().contains("we"), p.toString());
    assertTrue(side(p, PartyRole.BUYER).labels().contains("you"), p.toString());
  }

  @Test
  void aCompanyWhoseNameHoldsARoleWordStillSpeaksAsTheVendor() {
    String text =
        String.join(
            "\n",
            "Terms of Use",
            "These terms govern the use of the booking tools of Pinecrest Travel Agency Inc."
                + " (\"we\", \"us\") by you.",
            "1. Your Content",
            "1.1 We do not sell your content to anyone.");
    List<Party> p = parser.parseText(text).parties();
    assertTrue(side(p, PartyRole.VENDOR).labels().contains("we"), p.toString());
    assertTrue(side(p, PartyRole.BUYER).labels().contains("you"), p.toString());
  }

  @Test
  void aPublicBodyWordInsideACompanysNameDoesNotMakeItTheBuyer() {
    String text =
        String.join(
            "\n",
            "SERVICES AGREEMENT",
            "This Agreement is made between Harbor Systems Agency Inc. (\"Harbor\") and Westfield"
                + " Clinic Co. (\"Clinic\").",
            "1. Services",
            "1.1 Harbor shall provide the Services described in Schedule 1.");
    List<Party> p = parser.parseText(text).parties();
    assertEquals(List.of("Harbor"), side(p, PartyRole.VENDOR).labels(), p.toString());
    assertEquals(List.of("Clinic"), side(p, PartyRole.BUYER).labels(), p.toString());
  }

  @Test
  void aJapaneseAgencySpeakingAsToChoIsTheBuyerAndKishaTheVendor() {
    String text =
        String.join(
            "\n",
            "役務調達約款",
            "本約款は、水資源管理庁（以下「当庁」という。）が貴社から役務を調達する場合の条件を定める。",
            "第1条（秘密保持）",
            "貴社は、当庁の情報を第三者に開示してはならない。");
    List<Party> p = parser.parseText(text).parties();
    assertEquals(List.of("当庁"), side(p, PartyRole.BUYER).labels(), p.toString());
    assertEquals(List.of("貴社"), side(p, PartyRole.VENDOR).labels(), p.toString());
  }

  @Test
  void aJapaneseMinistrysSelfReferenceDecidesWithoutATitle() {
    String text =
        String.join(
            "\n",
            "本規程は、国土計画省（以下「当省」という。）と契約を締結した事業者（以下「受注者」という。）との間の" + "データの取扱いを定める。",
            "第1条（目的外利用の禁止）",
            "受注者は、当省のデータを学習に利用してはならない。貴社の再委託先も同様とする。");
    List<Party> p = parser.parseText(text).parties();
    assertTrue(side(p, PartyRole.BUYER).labels().contains("当省"), p.toString());
    assertTrue(side(p, PartyRole.VENDOR).labels().containsAll(List.of("受注者", "貴社")), p.toString());
  }

  @Test
  void languageIsDetectedFromTheScriptRatio() {
    LanguageDetector d = new LanguageDetector();
    assertEquals(DocumentLanguage.JA, d.detect(ContractPdfWriter.fixtureText("ja-itaku.txt")));
    assertEquals(DocumentLanguage.EN, d.detect(ContractPdfWriter.fixtureText("en-msa.txt")));
    assertEquals(
        DocumentLanguage.MIXED,
        d.detect(
            ContractPdfWriter.fixtureText("ja-itaku.txt")
                + ContractPdfWriter.fixtureText("en-msa.txt")));
    assertEquals(
        DocumentLanguage.JA,
        parser.parseText(ContractPdfWriter.fixtureText("ja-itaku.txt")).language());
    assertEquals(
        DocumentLanguage.EN,
        parser.parseText(ContractPdfWriter.fixtureText("en-msa.txt")).language());
  }

  /** A letter that names the pronouns' holders after them: "\"we\" and \"our\" mean …". */
  @Test
  void pronounsDefinedAsReferringToANameAreBound() {
    String text =
        String.join(
            "\n",
            "Letter of engagement",
            "Dear Director",
            "In this letter \"we\" and \"our\" mean Kestrel Analytics LLP and \"you\" means the"
                + " Prefectural Water Board.",
            "1. Scope",
            "1.1 We will review your records. You will give us access to them.");
    ParsedContract c = parser.parseText(text);
    Party vendor = side(c.parties(), PartyRole.VENDOR);
    assertTrue(vendor.labels().containsAll(List.of("we", "our")), c.parties().toString());
    assertEquals("Kestrel Analytics LLP", vendor.name());
    assertTrue(side(c.parties(), PartyRole.BUYER).labels().contains("you"));
  }

  /** Australian and UK drafting: "Marlow Data Pty Ltd of Sydney (Supplier)", no quotes. */
  @Test
  void anUnquotedRoleLabelInBracketsDefinesTheParty() {
    String text =
        String.join(
            "\n",
            "SERVICES CONTRACT",
            "Details",
            "Customer: Hakodate Water Authority of 1-1 Shinkawa, Hakodate (Customer).",
            "Supplier: Marlow Data Pty Ltd of 5 George Street, Sydney NSW 2000 (Supplier).",
            "Project: a forecasting model (Model).",
            "1. Services",
            "1.1 The Supplier must perform the Services. The Customer must pay the price.");
    ParsedContract c = parser.parseText(text);
    assertEquals(List.of("Supplier"), side(c.parties(), PartyRole.VENDOR).labels());
    assertEquals(List.of("Customer"), side(c.parties(), PartyRole.BUYER).labels());
    assertEquals(2, c.parties().size(), c.parties().toString());
  }

  @Test
  void anAndInsideAPartysDescriptionDoesNotCutItsName() {
    // "a national teaching and research body": the joiner before the name is not this "and".
    String text =
        String.join(
            "\n",
            "LICENCE AGREEMENT",
            "BETWEEN (1) HOKUSEI UNIVERSITY, a national teaching and research body whose campus is"
                + " in Sapporo (the \"University\"); and (2) SORA VISION LTD., a company whose office"
                + " is in Sendai (the \"Developer\").",
            "1. Licence",
            "1.1 The Developer shall provide the model to the University.");
    ParsedContract c = parser.parseText(text);
    assertEquals(
        List.of("Developer"), side(c.parties(), PartyRole.VENDOR).labels(), c.parties().toString());
    assertEquals(List.of("University"), side(c.parties(), PartyRole.BUYER).labels());
  }

  @Test
  void aCommaInsideTheQuotesIsNotPartOfTheLabel() {
    String text =
        String.join(
            "\n",
            "Terms of Service",
            "These terms are between Mizuchi Labs, Inc. (\"Mizuchi,\" \"we,\" \"us,\" or \"our\") and"
                + " the organization that accepts them (\"you\").",
            "1. Use",
            "1.1 We provide the service to you.");
    ParsedContract c = parser.parseText(text);
    assertEquals(
        List.of("Mizuchi", "we", "us", "our"),
        side(c.parties(), PartyRole.VENDOR).labels(),
        c.parties().toString());
  }

  @Test
  void anApplicantIsTheBuyer() {
    String text =
        String.join(
            "\n",
            "サービス利用条件",
            "株式会社ヒバリ（以下「当社」という。）と、申込書により利用を申し込み当社が承諾した者（以下「申込者」という。）との間に適用される。",
            "第1条（目的）",
            "当社は、申込者に対し、本サービスを提供する。");
    ParsedContract c = parser.parseText(text);
    assertEquals(
        List.of("申込者"), side(c.parties(), PartyRole.BUYER).labels(), c.parties().toString());
  }

  @Test
  void partiesDefinedAfterAShortPreambleAreStillFound() {
    // The preamble holds only the title (the next line was read as the first heading): the
    // definitions are in the first clause, so the start of the document is read instead.
    String full =
        String.join(
            "\n",
            "NOTEPAD AI",
            "SERVICE TERMS",
            "These Service Terms are an agreement between Hoshi Cloud, Inc. (\"Hoshi\" or \"we\") and"
                + " the organization that accepts them (\"you\").",
            "DATA",
            "We delete your content when you ask us to.");
    List<Party> parties =
        new PartyDetector(PartyLexiconReader.fromClasspath()).detect(full, "NOTEPAD AI");
    assertTrue(
        side(parties, PartyRole.VENDOR).labels().containsAll(List.of("Hoshi", "we")),
        parties.toString());
    assertTrue(side(parties, PartyRole.BUYER).labels().contains("you"), parties.toString());
  }
}
