/** Small value helpers shared by every domain subject (hashing). Pure Java. */
package jp.shinsa.domain.shared;
