package jp.shinsa.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the JVM has head-room: a node whose heap is nearly exhausted after a full collection
 * should be restarted rather than left to fail requests one by one.
 */
@Liveness
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {

  private static final double MAX_HEAP_USE = 0.95;

  @Override
  public HealthCheckResponse call() {
    Runtime rt = Runtime.getRuntime();
    long used = rt.totalMemory() - rt.freeMemory();
    double ratio = (double) used / rt.maxMemory();
    return HealthCheckResponse.named("heap")
        .status(ratio < MAX_HEAP_USE)
        .withData("usedMb", used / (1024 * 1024))
        .withData("maxMb", rt.maxMemory() / (1024 * 1024))
        .build();
  }
}
