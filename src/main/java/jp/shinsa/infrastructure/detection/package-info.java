/**
 * Reads the judgment engine's data (lexicons, per-item detection knowledge, model signals) from the
 * JSON files under {@code contracts-templates/} and compiles their patterns once per load.
 */
package jp.shinsa.infrastructure.detection;
