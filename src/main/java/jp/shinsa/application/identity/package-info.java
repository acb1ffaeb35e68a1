/** Signing in (lockout policy), the current caller and their organisation, account creation. */
package jp.shinsa.application.identity;
