/**
 * People who sign in, their roles and the lockout rule; password hashing is a port implemented in
 * infrastructure.
 */
package jp.shinsa.domain.identity;
