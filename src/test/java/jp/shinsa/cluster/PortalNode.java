package jp.shinsa.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One Payara Micro process running the shipped WAR as a member of a Hazelcast cluster on loopback,
 * started with ProcessBuilder so that a test can kill it the hard way (SIGKILL, no shutdown hooks),
 * as a power cut or the OOM killer would.
 */
final class PortalNode implements AutoCloseable {

  private final String name;
  private final int httpPort;
  private final int hazelcastPort;
  private final Path log;
  private Process process;

  PortalNode(String name, int httpPort, int hazelcastPort, Path workDir) {
    this.name = name;
    this.httpPort = httpPort;
    this.hazelcastPort = hazelcastPort;
    this.log = workDir.resolve(name + ".log");
  }

  /**
   * Starts the process.
   *
   * @param members the Hazelcast ports of every member, for TCP/IP discovery on 127.0.0.1
   * @param systemProperties extra -D options (database, lease length, ...)
   */
  void start(Path javaHome, Path payaraJar, Path war, List<Integer> members, List<String> props)
      throws IOException {
    Files.createDirectories(log.getParent().resolve(name));
    List<String> cmd = new ArrayList<>();
    cmd.add(javaHome.resolve("bin/java").toString());
    cmd.add("-Xmx512m");
    cmd.add("-Dshinsa.node.name=" + name);
    cmd.add("-Dshinsa.data.dir=" + log.getParent().resolve(name));
    cmd.add("-Dhazelcast.socket.bind.any=false");
    cmd.addAll(props);
    cmd.addAll(
        List.of(
            "-jar",
            payaraJar.toString(),
            "--deploy",
            war.toString(),
            "--contextroot",
            "/",
            "--name",
            name,
            "--port",
            String.valueOf(httpPort),
            "--clustername",
            "shinsa-it-" + members.get(0),
            "--clustermode",
            "tcpip:" + String.join(",", members.stream().map(p -> "127.0.0.1:" + p).toList()),
            "--interfaces",
            "127.0.0.1",
            "--hzpublicaddress",
            "127.0.0.1",
            "--startport",
            String.valueOf(hazelcastPort),
            "--nohostaware",
            "--prebootcommandfile",
            "server-config/cluster/pre-boot-commands.asadmin",
            "--postbootcommandfile",
            "server-config/post-boot-commands.asadmin",
            "--disablephonehome"));
    process =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
  }

  /** Waits until /health/ready answers 200 (database reachable and migrated, app deployed). */
  void awaitReady(Duration timeout) throws InterruptedException, IOException {
    // HTTP/1.1 like every other client of the tests: the default HTTP/2 client first asks a plain
    // http:// server for an h2c upgrade and keeps that connection for the next polls.
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited during boot; see " + log);
      }
      try {
        HttpResponse<Void> r =
            client.send(
                HttpRequest.newBuilder(URI.create(base() + "health/ready"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    // A thread dump into the node's log (SIGQUIT), so that a node that never gets ready can be
    // diagnosed from the CI output.
    new ProcessBuilder("kill", "-3", String.valueOf(process.pid())).start().waitFor();
    Thread.sleep(2000);
    throw new IllegalStateException(name + " not ready within " + timeout + "; see " + log);
  }

  /** SIGKILL: the JVM gets no chance to release leases, flush or leave the cluster politely. */
  void kill() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      process.waitFor();
    }
  }

  boolean isAlive() {
    return process != null && process.isAlive();
  }

  String name() {
    return name;
  }

  String base() {
    return "http://127.0.0.1:" + httpPort + "/";
  }

  Path log() {
    return log;
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  /**
   * Starts one node on its own (a data grid of one member) running the shipped WAR, and waits until
   * it is ready. The process is stopped again if it does not get ready.
   */
  static PortalNode startAlone(String name, Path workDir, List<String> props) throws Exception {
    Path jar = Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar"));
    Path war = Path.of(System.getProperty("shinsa.war", "target/shinsa.war"));
    if (!Files.exists(jar) || !Files.exists(war)) {
      throw new IllegalStateException("needs " + war + " and " + jar + ": run mvn verify");
    }
    Files.createDirectories(workDir);
    int hazelcast = freePort();
    PortalNode node = new PortalNode(name, freePort(), hazelcast, workDir);
    try {
      node.start(Path.of(System.getProperty("java.home")), jar, war, List.of(hazelcast), props);
      node.awaitReady(Duration.ofMinutes(4));
      return node;
    } catch (Exception | Error e) {
      node.kill();
      throw e;
    }
  }

  /** Whether something listens on 127.0.0.1:port (the shared PostgreSQL, typically). */
  static boolean listening(int port) {
    try (java.net.Socket s = new java.net.Socket()) {
      s.connect(new java.net.InetSocketAddress("127.0.0.1", port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
