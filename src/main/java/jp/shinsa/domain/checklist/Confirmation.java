package jp.shinsa.domain.checklist;

/**
 * How well an item's content is backed by a source, following the reference notes' marks: until the
 * official wording is loaded, most items are our reconstruction and the UI must say so.
 */
public enum Confirmation {
  /** The item or its legal hook is confirmed by a cited source ([C]). */
  CONFIRMED,
  /** The heading group is confirmed, the item content is our reconstruction (H). */
  HEADING_CONFIRMED,
  /** Inferred from surrounding practice ([I]). */
  RECONSTRUCTED
}
