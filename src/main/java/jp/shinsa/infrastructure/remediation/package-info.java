/**
 * Loads the remediation policy data ({@code contracts-templates/remediation-policy.json}) into the
 * pure {@link jp.shinsa.domain.remediation.RemediationPolicy}, so that which checklist items open
 * remediation items by themselves can be changed without a code change.
 */
package jp.shinsa.infrastructure.remediation;
