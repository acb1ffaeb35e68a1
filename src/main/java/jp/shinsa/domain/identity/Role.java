package jp.shinsa.domain.identity;

/** What a person may do on the portal. Role names are also the Jakarta Security group names. */
public enum Role {
  /** Portal administrator: catalogues, accounts, audit-trail verification. */
  ADMIN,
  /** Procurement officer of a buyer agency: uploads contracts, reviews findings, remediates. */
  OFFICER,
  /** Vendor staff answering questionnaires and responding to remediation items. */
  VENDOR,
  /** Vendor staff preparing their own submissions (self-assessment of their terms). */
  SUPPLIER
}
