/**
 * Background analysis: the leased job queue, the worker, the PDF-to-findings chain and storing its
 * result.
 */
package jp.shinsa.application.analysis;
