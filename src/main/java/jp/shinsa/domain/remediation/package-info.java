/**
 * Remediation: a gap in a contract becomes an item of work with an owner, a vendor contact, a due
 * date and a proposed model clause, moved through a fixed set of states until the fix is verified
 * in a signed version or the gap is knowingly waived. Every transition is kept in the item's
 * history. {@link jp.shinsa.domain.remediation.RemediationPolicy} decides which findings open items
 * by themselves and how items react when a new contract version is judged.
 */
package jp.shinsa.domain.remediation;
