/** JPA implementations of the domain repositories. */
package jp.shinsa.infrastructure.persistence.jpa;
