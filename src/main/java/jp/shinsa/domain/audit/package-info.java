/**
 * The append-only audit trail. Every entry carries the hash of the entry before it, so that
 * editing, deleting or reordering a stored entry breaks the chain at a point {@link
 * jp.shinsa.domain.audit.AuditChainVerifier} can name. The chain proves integrity against changes
 * made directly in the database; it cannot by itself detect someone who rewrites every hash after a
 * change, or removes entries from the end, which is why the head hash should also be exported or
 * published periodically.
 */
package jp.shinsa.domain.audit;
