/**
 * The checklist catalogue: METI and Digital Agency items, their groups, per-model applicability and
 * severity, and the buyer-favourable model clauses that satisfy them. Content is data loaded from
 * {@code contracts-templates/}; this package only gives it a shape and checks that a loaded file
 * makes sense before any analysis relies on it.
 */
package jp.shinsa.domain.checklist;
