package jp.shinsa.domain.judgment;

import java.util.regex.Pattern;

/**
 * Party roles inside cue patterns. Contracts name their parties freely (甲 may be the vendor, the
 * buyer may be "Authority" or 委託者), so a cue such as "left to the vendor's judgment" cannot list
 * the labels: it is written {@code {VENDOR}の判断} and matched against the sentence with each bound
 * party label replaced by its role token (see {@link SentenceAnalyser.PartyBinder#roleText}).
 */
public final class RoleTokens {

  /** Stands for any label bound to the vendor (a private-use character, never in a contract). */
  public static final String VENDOR = "\uE000";

  /** Stands for any label bound to the buyer. */
  public static final String BUYER = "\uE001";

  private RoleTokens() {}

  /** The cue with its {@code {VENDOR}} / {@code {BUYER}} placeholders replaced by the tokens. */
  public static String expand(String cue) {
    return cue.replace("{VENDOR}", VENDOR).replace("{BUYER}", BUYER);
  }

  /** Whether the compiled cue names a party role, and so must be matched on the role text. */
  public static boolean uses(Pattern p) {
    String s = p.pattern();
    return s.indexOf(VENDOR.charAt(0)) >= 0 || s.indexOf(BUYER.charAt(0)) >= 0;
  }
}
