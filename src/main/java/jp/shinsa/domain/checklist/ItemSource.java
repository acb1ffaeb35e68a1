package jp.shinsa.domain.checklist;

/** Which soft-law instrument a checklist item comes from. */
public enum ItemSource {
  /** METI 「AIの利用・開発に関する契約チェックリスト」 (Feb 2025). */
  METI,
  /** Digital Agency DS-920 generative-AI procurement guideline. */
  DIGITAL_AGENCY
}
