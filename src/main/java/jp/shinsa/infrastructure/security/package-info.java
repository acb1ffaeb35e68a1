/**
 * Jakarta Security: one authentication mechanism for form login and HTTP Basic, the database
 * identity store and PBKDF2 hashing.
 */
package jp.shinsa.infrastructure.security;
