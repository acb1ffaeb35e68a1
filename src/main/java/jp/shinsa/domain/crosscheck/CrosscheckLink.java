package jp.shinsa.domain.crosscheck;

import java.util.List;
import jp.shinsa.domain.checklist.LocalizedText;

/**
 * Which contract items can confirm or contradict the answer to a question item.
 *
 * @param questionItemId the item asked in the questionnaire (e.g. "DA-DATA-01")
 * @param contractItemIds the items judged on the contract that speak to the same point
 * @param topic the shared point in a few words, ja/en
 * @param yesMeansProtected false for a question phrased so that "yes" admits a risk; the answer is
 *     then mirrored (yes ⇄ no) before the rules apply
 */
public record CrosscheckLink(
    String questionItemId,
    List<String> contractItemIds,
    LocalizedText topic,
    boolean yesMeansProtected) {

  public CrosscheckLink {
    contractItemIds = List.copyOf(contractItemIds);
  }
}
