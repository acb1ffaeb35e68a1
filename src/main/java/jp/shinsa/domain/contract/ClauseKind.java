package jp.shinsa.domain.contract;

/** The structural level of a node in a contract's clause tree. */
public enum ClauseKind {
  /** Text before the first article: title, recitals, party definitions. */
  PREAMBLE,
  /** 第N条, Article N, Section N, or a top-level "N." heading. */
  ARTICLE,
  /** 第N項, a bare "2" paragraph number, or "N.M". */
  PARAGRAPH,
  /** 第N号, (1), （一）, (a), (i) and deeper enumerations. */
  ITEM,
  /** 別紙, 別表, 付属書, Annex, Schedule, Appendix, Exhibit. */
  ANNEX,
  /** Signature blocks and other text after the last article. */
  CLOSING
}
