/**
 * Filing contracts and their versions and reading them back, always within the caller's
 * organisation.
 */
package jp.shinsa.application.contract;
