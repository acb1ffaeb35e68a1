package jp.shinsa.domain.contract;

/** Which side of the procurement a contract party is on. */
public enum PartyRole {
  /** The AI vendor / provider (ベンダ, 当社 in terms of service, "Provider"). */
  VENDOR,
  /** The buyer / user (ユーザ, 利用者, "Customer"). */
  BUYER,
  /** A party that could not be bound to either side. */
  UNKNOWN
}
