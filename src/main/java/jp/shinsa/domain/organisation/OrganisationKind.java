package jp.shinsa.domain.organisation;

/** The two kinds of organisation on the portal. */
public enum OrganisationKind {
  /** A government buyer: ministry, agency (省庁) whose officers review contracts. */
  AGENCY,
  /** An AI vendor or supplier company whose staff answer and prepare submissions. */
  COMPANY
}
