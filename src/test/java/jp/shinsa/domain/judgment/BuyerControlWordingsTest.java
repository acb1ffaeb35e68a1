package jp.shinsa.domain.judgment;

import static jp.shinsa.domain.judgment.JudgmentFixtures.assertJudged;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Wordings by which the buyer keeps control of a point (approves the people, lifts a limit, gets
 * the same protection for derived data) that the detection data must read as the item.
 */
class BuyerControlWordingsTest {

  @Nested
  class StaffTheBuyerHasApproved {

    @Test
    void onlyStaffClearedByTheBuyerMayViewTheDataInEnglish() {
      assertJudged(
          "IN-USE-05",
          null,
          "Only the Provider engineers listed in Annex 3, each of them cleared in writing by the"
              + " Customer and subject to a duty of secrecy, may view Customer Data.",
          Outcome.SATISFIED,
          "IN-USE-05-ON-BUYER-REQUEST");
    }

    @Test
    void onlyStaffTheBuyerHasApprovedMayHandleTheDataInJapanese() {
      assertJudged(
          "IN-USE-05",
          null,
          "乙は、入力データを取り扱う担当者を事前に甲に通知して承認を得るものとし、承認を得た者以外の者に入力データを取り扱わせてはならない。",
          Outcome.SATISFIED,
          "IN-USE-05-ON-BUYER-REQUEST");
    }

    @Test
    void staffLimitedToNamedPeopleWithoutTheBuyersApprovalStaysPartial() {
      assertJudged(
          "IN-USE-05",
          null,
          "Access to Customer Data is restricted to named Provider personnel who need it.",
          Outcome.PARTIAL,
          "IN-USE-05-STAFF-LIMITED");
    }
  }
}
