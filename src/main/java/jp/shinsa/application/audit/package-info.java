/**
 * The audit trail as a service: actions on contracts, findings, reviews and remediation items are
 * appended in the caller's transaction (so an action and its record commit or fail together), and
 * an administrator verifies the hash chain and is told the first broken entry.
 */
package jp.shinsa.application.audit;
