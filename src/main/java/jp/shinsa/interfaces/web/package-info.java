/**
 * JSF backing beans for the PrimeFaces pages, the UI language and user-facing messages from the
 * resource bundles.
 */
package jp.shinsa.interfaces.web;
