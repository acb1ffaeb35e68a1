/**
 * Benchmark clients run by bench/run-all.sh against a running portal: end-to-end upload-to-findings
 * time through the REST API and page and REST latency as the number of stored contracts grows.
 */
package jp.shinsa.bench;
