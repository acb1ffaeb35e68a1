/**
 * MicroProfile Health checks: readiness needs a reachable, migrated database; liveness needs heap
 * head-room.
 */
package jp.shinsa.infrastructure.health;
