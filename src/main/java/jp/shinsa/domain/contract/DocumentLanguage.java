package jp.shinsa.domain.contract;

/** Language of a contract, as detected from its text. */
public enum DocumentLanguage {
  JA,
  EN,
  MIXED
}
