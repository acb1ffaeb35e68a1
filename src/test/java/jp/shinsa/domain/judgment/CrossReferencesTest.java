package jp.shinsa.domain.judgment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * References read as the paths the segmenter gives the clauses they name (samples README
 * "clausePath"), in the numbering styles contracts use.
 */
class CrossReferencesTest {

  private static final CrossReferences REFERENCES =
      new CrossReferences(JudgmentFixtures.LEXICON.grammar());

  @Test
  void japaneseArticlesInAnyNumeralsWithParagraphsAndItems() {
    assertEquals(List.of("5", "6", "13"), REFERENCES.paths("第5条、第6条及び第13条の規定は存続する。"));
    assertEquals(List.of("8.2"), REFERENCES.paths("第８条第２項の規定にかかわらず"));
    assertEquals(List.of("3", "12"), REFERENCES.paths("第三条及び第十二条の規定は、なお効力を有する。"));
    assertEquals(
        List.of("2.1.3"), REFERENCES.paths("第2条第3号に掲げるデータ"), "号 of a one-paragraph article");
    assertEquals(List.of("4.2.1"), REFERENCES.paths("第4条第2項第1号"));
    assertEquals(List.of("10-2"), REFERENCES.paths("第10条の2に定める再委託"));
    assertEquals(List.of("5.1", "5.2"), REFERENCES.paths("第5条第1項及び同条第2項"));
    assertTrue(REFERENCES.paths("第三者に提供してはならない。").isEmpty());
  }

  @Test
  void westernNumberedClausesCitedInJapanese() {
    // A translated agreement keeps its 7.3 numbering: 「第7.3項」 is the clause printed 7.3.
    assertEquals(
        List.of("12", "7.3", "9.1.2"), REFERENCES.paths("第7.3項、第9.1.2項及び第12条の規定は、解約後も存続します。"));
    assertTrue(REFERENCES.paths("料金は1.5倍とします。").isEmpty());
  }

  @Test
  void romanArticleNumbersInAList() {
    assertEquals(
        List.of("2", "6", "9", "14"),
        REFERENCES.paths("The obligations in Articles II, VI, IX and XIV continue after expiry."));
    assertEquals(List.of("4.1.2"), REFERENCES.paths("as set out in Article IV(b)"));
    assertTrue(REFERENCES.paths("Article In Force").isEmpty());
  }

  /**
   * The substring prefilters in front of the reference patterns read the text lower-cased: a
   * reference in capitals or in lower case is still found, and a text naming no clause yields none.
   */
  @Test
  void referencesAreFoundWhateverTheirCaseAndPlainTextNamesNone() {
    assertEquals(List.of("A4"), REFERENCES.paths("THE SERVICE LEVELS IN APPENDIX 4 APPLY"));
    assertEquals(List.of("A1.3"), REFERENCES.paths("under paragraph 3 of annex 1"));
    assertEquals(List.of("7.2"), REFERENCES.paths("subject to SECTION 7.2"));
    assertEquals(List.of("9"), REFERENCES.paths("The duties in this clause survive.", "9.1"));
    assertTrue(REFERENCES.paths("The supplier keeps the records for five years.", "3.2").isEmpty());
    assertTrue(REFERENCES.paths("受託者は、記録を五年間保存する。", "3.2").isEmpty());
  }

  @Test
  void annexesByTheirPrintedNumber() {
    assertEquals(List.of("A2"), REFERENCES.paths("乙は、別紙２に定めるところにより取り扱う。"));
    assertEquals(List.of("A2.3"), REFERENCES.paths("別紙2第3項の措置"));
    assertEquals(List.of("A1"), REFERENCES.paths("別表第１に掲げる期間を超えて保存しない。"));
    assertEquals(List.of("A4.2"), REFERENCES.paths("付録４第２項に定める用語"));
    assertEquals(List.of("A3"), REFERENCES.paths("as set out in Schedule 3"));
    assertEquals(List.of("A2"), REFERENCES.paths("the subprocessors listed in Exhibit B"));
    assertEquals(List.of("A3"), REFERENCES.paths("the hosting locations in Annexure C apply"));
    assertEquals(List.of("A2.4"), REFERENCES.paths("as required by paragraph 4 of Addendum 2"));
  }

  @Test
  void aListOfSectionsFollowedByTheAnnexTheyBelongTo() {
    assertEquals(
        List.of("A1.4.2", "A1.4.3"),
        REFERENCES.paths("Sections 4(b) and 4(c) of the Data Processing Addendum survive."));
    assertEquals(
        List.of("A3.2", "A3.5"), REFERENCES.paths("Clauses 2 and 5 of Schedule 3 continue."));
    assertEquals(
        List.of("A2.6.1"),
        REFERENCES.paths("Section 6(a) of this Annex applies.", "A2.9.1"),
        "an unnumbered annex named from inside is the citing annex");
    assertEquals(List.of("6.1.1"), REFERENCES.paths("Section 6(a) of this Agreement applies."));
  }

  @Test
  void clausesOfAnAnnexByNumber() {
    assertEquals(List.of("A1.3"), REFERENCES.paths("as required by paragraph 3 of Schedule 1"));
    assertEquals(List.of("A2.4.1"), REFERENCES.paths("in Schedule 2, Section 4.1"));
  }

  @Test
  void clausesOfLawsAreNotClausesOfTheContract() {
    assertTrue(REFERENCES.paths("個人情報の保護に関する法律第28条に基づく措置").isEmpty());
    assertTrue(
        REFERENCES
            .paths(
                "a transfer under Article 28 of the Act on the Protection of Personal Information")
            .isEmpty());
    assertTrue(REFERENCES.paths("Article 28 of the GDPR").isEmpty());
    assertEquals(List.of("28"), REFERENCES.paths("Article 28 of this Agreement survives."));
  }

  @Test
  void aBareParagraphThatContinuesAListBelongsToTheArticleBeforeIt() {
    assertEquals(
        List.of("6.1", "9", "6.3"),
        REFERENCES.paths("第6条第1項及び第3項並びに第9条の規定は、なお効力を有する。", "9.4"),
        "及び第3項 continues 第6条, not the citing article");
    assertEquals(
        List.of("3.2", "3.3", "3.4", "3.5"),
        REFERENCES.paths("第3条第2項から第5項までの規定は存続する。", "20"),
        "a range names the paragraphs in between");
    assertEquals(List.of("7.1", "7.4"), REFERENCES.paths("第7条第1項ただし書又は第4項に定める場合", "12"));
    assertTrue(
        REFERENCES.paths("個人情報保護法第27条第1項及び第2項に基づく提供", "11.3").isEmpty(),
        "a paragraph continuing a statute's article is the statute's");
    assertEquals(
        List.of("4.1", "5.3"),
        REFERENCES.paths("第4条第1項の検査のほか、第3項の報告を求めることができる。", "5.2"),
        "not a list: the citing article's own paragraph");
  }

  @Test
  void relativeJapaneseReferencesResolveAgainstTheCitingClause() {
    assertEquals(List.of("4"), REFERENCES.paths("前条の規定は、本契約終了後も存続する。", "5"));
    assertEquals(List.of("5.1"), REFERENCES.paths("前項の規定にかかわらず、乙は、…できる。", "5.2"));
    assertEquals(List.of("5.1"), REFERENCES.paths("前項の場合において", "5.2.3"), "from an item");
    assertEquals(List.of("5"), REFERENCES.paths("本条の規定は、契約終了後3年間存続する。", "5.3"));
    assertEquals(List.of("6"), REFERENCES.paths("次条に定める監査", "5.1"));
    assertEquals(List.of("5.2.2"), REFERENCES.paths("前号のデータ", "5.2.3"));
    assertEquals(List.of("5.2"), REFERENCES.paths("第2項の規定にかかわらず", "5.3"), "第N項 alone");
    assertEquals(List.of("A2.3"), REFERENCES.paths("第3項の措置を講じる", "A2.5"), "in a 別紙");
    assertEquals(List.of("8.2"), REFERENCES.paths("第8条第2項の規定にかかわらず", "5.3"));
    assertEquals(List.of("5.1", "5.2"), REFERENCES.paths("前各項の規定は、契約終了後も存続する。", "5.3"));
    assertEquals(List.of("5.2", "5.3"), REFERENCES.paths("前二項の規定にかかわらず", "5.4"));
    assertTrue(REFERENCES.paths("前項の規定にかかわらず", "5.1").isEmpty(), "no paragraph before 1");
    assertTrue(REFERENCES.paths("前条の規定", null).isEmpty(), "no context, no guess");
  }

  @Test
  void englishSectionsWithSubItemsAndSectionSigns() {
    assertEquals(
        List.of("4.2", "4.3", "11"), REFERENCES.paths("Sections 4.2, 4.3 and 11 survive."));
    assertEquals(
        List.of("12.4.1.2"), REFERENCES.paths("except as permitted in Section 12.4(a)(ii)"));
    assertEquals(
        List.of("1.1.2"),
        REFERENCES.paths("the data in Section 1(b)"),
        "item of a one-paragraph section");
    assertEquals(List.of("5.2"), REFERENCES.paths("under Article 5(2)"), "a numbered paragraph");
    assertEquals(List.of("4"), REFERENCES.paths("as set out in § 4"));
    assertEquals(List.of("4", "5"), REFERENCES.paths("§§ 4 and 5 continue to apply"));
    assertEquals(List.of("9"), REFERENCES.paths("Subject to Clause 9, the Supplier may"));
    assertEquals(List.of("3.1.1"), REFERENCES.paths("Clause 3(i) applies"), "(i) is a roman one");
  }

  @Test
  void thisSectionMeansTheCitingClausesArticle() {
    assertEquals(List.of("7"), REFERENCES.paths("This Section shall survive termination.", "7.2"));
    assertEquals(List.of("A1"), REFERENCES.paths("this Schedule prevails", "A1.2"));
    assertEquals(
        List.of("A1.4"),
        REFERENCES.paths("the audit under paragraph 4", "A1.6"),
        "a schedule's own paragraph");
    assertEquals(
        List.of("4"), REFERENCES.paths("the audit under Clause 4", "A1.6"), "the body's clause");
    assertEquals(List.of("6"), REFERENCES.paths("This Article 6 continues to apply.", "6.3"));
  }

  @Test
  void aReferenceToParagraphOneCoversAnArticleWithASingleParagraph() {
    assertTrue(CrossReferences.covers("5.1", "5"));
    assertTrue(CrossReferences.covers("5", "5.2.1"));
    assertFalse(CrossReferences.covers("5", "50"));
    assertFalse(CrossReferences.covers("5.2", "5.1"));
  }
}
