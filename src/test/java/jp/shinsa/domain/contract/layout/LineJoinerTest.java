package jp.shinsa.domain.contract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import jp.shinsa.domain.contract.Grammar;
import jp.shinsa.domain.contract.LineBox;
import jp.shinsa.infrastructure.detection.LexiconJsonReader;
import org.junit.jupiter.api.Test;

class LineJoinerTest {

  private static final LineJoiner JOINER = new LineJoiner(LexiconJsonReader.readBundledGrammar());

  private static SourceLine at(double y, double x, double width, String text) {
    return new SourceLine(1, text, x, y, width, 10, 10, false);
  }

  private static String join(SourceLine... lines) {
    return JOINER.join(List.of(List.of(lines))).fullText();
  }

  @Test
  void wrappedJapaneseLinesJoinWithoutASpace() {
    String text =
        join(at(0, 50, 400, "甲は、乙の書面による事前の承諾なく、入力データを第三者に提供"), at(20, 50, 120, "してはならない。"));
    assertEquals("甲は、乙の書面による事前の承諾なく、入力データを第三者に提供してはならない。", text);
  }

  @Test
  void wrappedEnglishLinesJoinWithASpaceAndHyphenatedWordsAreMended() {
    String text =
        join(
            at(0, 50, 400, "The Supplier shall keep all Customer Data strictly confi-"),
            at(20, 50, 400, "dential and shall not disclose it to any third party"),
            at(40, 50, 200, "without prior consent."));
    assertEquals(
        "The Supplier shall keep all Customer Data strictly confidential and shall not disclose it"
            + " to any third party without prior consent.",
        text);
  }

  @Test
  void aLineEndingEarlyOrASentenceEndOrANewNumberStartsANewLine() {
    String text =
        join(
            at(0, 50, 150, "Article 3 Audit"),
            at(20, 50, 400, "3.1 The Customer may audit the Supplier once a year."),
            at(40, 50, 400, "3.2 The Supplier shall cooperate with any audit and shall provide,"),
            at(60, 50, 300, "(a) records;"));
    assertEquals(
        "Article 3 Audit\n3.1 The Customer may audit the Supplier once a year.\n"
            + "3.2 The Supplier shall cooperate with any audit and shall provide,\n(a) records;",
        text);
  }

  @Test
  void aBlankLineOrAParagraphEndBeforeAPageBreakMarksTheNextLineAsSpaced() {
    JoinedText joined =
        JOINER.join(
            List.of(
                List.of(
                    at(0, 50, 400, "We keep your files while your plan is active and for a"),
                    at(20, 50, 400, "month after it ends, unless you delete them earlier."),
                    at(40, 50, 400, "You can download every file at any time from the"),
                    at(60, 50, 120, "settings page."),
                    at(100, 50, 400, "We delete backups within ninety days after the plan"),
                    at(120, 50, 60, "ends.")),
                List.of(new SourceLine(2, "Support staff", 50, 0, 400, 10, 10, false))));
    assertEquals(4, joined.lines().size(), joined.fullText());
    assertEquals(false, joined.spacedBefore(1), "no blank line above it");
    assertEquals(true, joined.spacedBefore(2), "a blank line above it");
    assertEquals(true, joined.spacedBefore(3), "first line of a page after a paragraph end");
  }

  @Test
  void plainTextLinesWrapByTheDocumentsTypicalWidth() {
    List<SourceLine> page =
        List.of(
            SourceLine.plain(1, "第１条（目的）"),
            SourceLine.plain(1, "本契約は、甲が乙に対して本サービスを提供するに当たり、甲乙間の権"),
            SourceLine.plain(1, "利義務を定めることを目的とする。"),
            SourceLine.plain(1, "２　甲は、乙の書面による事前の承諾なく、入力データを次の各号に掲"),
            SourceLine.plain(1, "げる目的に利用してはならない。"));
    JoinedText joined = JOINER.join(List.of(page));
    assertEquals(
        "第１条（目的）\n本契約は、甲が乙に対して本サービスを提供するに当たり、甲乙間の権利義務を定めることを目的とする。\n"
            + "２　甲は、乙の書面による事前の承諾なく、入力データを次の各号に掲げる目的に利用してはならない。",
        joined.fullText());
    assertEquals(3, joined.lines().size());
  }

  @Test
  void everyPhysicalLineKeepsItsBoxAndOffsets() {
    JoinedText joined =
        JOINER.join(
            List.of(
                List.of(at(0, 50, 400, "The Supplier shall keep all data strictly confi-")),
                List.of(new SourceLine(2, "dential.", 50, 70, 60, 10, 10, false))));
    assertEquals("The Supplier shall keep all data strictly confidential.", joined.fullText());
    LineBox first = joined.boxes().get(0);
    LineBox second = joined.boxes().get(1);
    assertEquals(
        "The Supplier shall keep all data strictly confi",
        joined.fullText().substring(first.startOffset(), first.endOffset()));
    assertEquals("dential.", joined.fullText().substring(second.startOffset(), second.endOffset()));
    assertEquals(2, second.page());
    assertEquals(2, joined.pageAt(second.startOffset()));
    assertEquals(1, joined.pageAt(0));
  }

  @Test
  void anAnnexWordOfTheSharedGrammarOpensANewLine() {
    LineJoiner withRider =
        new LineJoiner(
            new Grammar(
                Map.of(
                    "annexHeadingWordsJa", List.of("別紙"),
                    "annexHeadingWordsEn", List.of("schedule", "rider"))));
    String english =
        withRider
            .join(
                List.of(
                    List.of(
                        at(0, 50, 400, "The parties have agreed the service levels set out in the"),
                        at(20, 50, 60, "RIDER 2"))))
            .fullText();
    assertEquals("The parties have agreed the service levels set out in the\nRIDER 2", english);
    String japanese =
        join(at(0, 50, 400, "この契約の締結を証するため本書二通を作成し甲乙記名押印の上各一通を保有する"), at(20, 50, 200, "付則（施行期日）"));
    assertEquals("この契約の締結を証するため本書二通を作成し甲乙記名押印の上各一通を保有する\n付則（施行期日）", japanese);
  }
}
