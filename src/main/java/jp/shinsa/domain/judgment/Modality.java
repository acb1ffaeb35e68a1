package jp.shinsa.domain.judgment;

/**
 * How a sentence binds its subject (METI note §11.3 and English equivalents). The modality, not the
 * topic, decides whether a clause protects the buyer: "may delete" is a right, "shall delete" a
 * duty.
 */
public enum Modality {
  /** shall / must / will / しなければならない / するものとする. */
  DUTY,
  /** shall not / must not / may not / しない / してはならない. */
  PROHIBITION,
  /** may / is entitled to / reserves the right / できる. */
  PERMISSION,
  /** may from time to time / することがあります / 場合があります. */
  RESERVED_POSSIBILITY,
  /** only / solely / limited to / に限り / のみ. */
  LIMITATION,
  /** reasonable efforts / 努める. */
  BEST_EFFORTS,
  /** is not responsible / no obligation / 責任を負わない / 保証しない. */
  DISCLAIMER,
  /** deemed to have agreed / continued use constitutes acceptance / 同意したものとみなす. */
  DEEMED_CONSENT,
  /** A plain statement without a modal marker; contracts read such statements as commitments. */
  STATEMENT
}
