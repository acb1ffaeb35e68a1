package jp.shinsa.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own: {@code initdb} into a fresh directory, one port, trust
 * authentication on loopback. A test may stop and start it at will without touching the machine's
 * shared server on 5432, which other test runs use at the same moment.
 *
 * <p>PostgreSQL refuses to run as root, so under root every command runs as the {@code postgres} OS
 * user ({@code runuser -u postgres --}) in a directory that user owns.
 */
public final class PrivatePostgres implements AutoCloseable {

  /** Set to {@code true} to skip tests that need their own server where none is installed. */
  public static final String SKIP_PROPERTY = "shinsa.it.skipPrivatePostgres";

  /** Overrides the directory holding initdb and pg_ctl. */
  public static final String BIN_PROPERTY = "shinsa.it.pg.bin";

  private final Path bin;
  private final Path dir;
  private final int port;
  private final boolean asPostgresUser;

  private PrivatePostgres(Path bin, Path dir, int port, boolean asPostgresUser) {
    this.bin = bin;
    this.dir = dir;
    this.port = port;
    this.asPostgresUser = asPostgresUser;
  }

  /**
   * The newest installed server binaries: {@value #BIN_PROPERTY}, else the highest version under
   * /usr/lib/postgresql (Debian), else empty.
   */
  public static Optional<Path> binaries() {
    String configured = System.getProperty(BIN_PROPERTY);
    if (configured != null) {
      return Optional.of(Path.of(configured)).filter(p -> Files.isExecutable(p.resolve("initdb")));
    }
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")))
          .max(Comparator.comparing(b -> versionOf(b.getParent())));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Integer versionOf(Path dir) {
    String n = dir.getFileName().toString();
    return n.chars().allMatch(Character::isDigit) ? Integer.valueOf(n) : 0;
  }

  /** Creates and starts a fresh server with an empty database {@code name}. */
  public static PrivatePostgres start(Path bin, String database) throws Exception {
    boolean root = "root".equals(System.getProperty("user.name"));
    Path dir = Files.createTempDirectory("shinsa-pg-");
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    PrivatePostgres pg = new PrivatePostgres(bin, dir, port, root);
    if (root) {
      pg.exec(List.of("chown", "postgres:postgres", dir.toString()), false);
    }
    pg.exec(
        List.of(
            bin.resolve("initdb").toString(),
            "-D",
            pg.data().toString(),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-locale",
            "--no-sync"),
        root);
    pg.startServer();
    try (Connection c = pg.connect("postgres");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + database);
    }
    return pg;
  }

  public int port() {
    return port;
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  public Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
  }

  /** Starts the server and waits until it accepts connections. */
  public void startServer() throws Exception {
    exec(
        List.of(
            bin.resolve("pg_ctl").toString(),
            "-D",
            data().toString(),
            "-l",
            dir.resolve("server.log").toString(),
            "-o",
            "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1",
            "-w",
            "-t",
            "120",
            "start"),
        asPostgresUser);
  }

  /**
   * Stops the server. {@code immediate} is a crash: every connection is cut with no shutdown
   * checkpoint, and the next start runs crash recovery.
   */
  public void stopServer(boolean immediate) throws Exception {
    exec(
        List.of(
            bin.resolve("pg_ctl").toString(),
            "-D",
            data().toString(),
            "-m",
            immediate ? "immediate" : "fast",
            "-w",
            "-t",
            "120",
            "stop"),
        asPostgresUser);
  }

  public boolean accepting() {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  public Path log() {
    return dir.resolve("server.log");
  }

  private Path data() {
    return dir.resolve("data");
  }

  /** Stops the server if it runs and removes its directory. */
  @Override
  public void close() throws Exception {
    try {
      if (Files.exists(data().resolve("postmaster.pid"))) {
        stopServer(true);
      }
    } finally {
      try (Stream<Path> all = Files.walk(dir)) {
        all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private void exec(List<String> command, boolean asPostgres) throws Exception {
    List<String> cmd = new ArrayList<>();
    if (asPostgres) {
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.addAll(command);
    Path out = Files.createTempFile("shinsa-pg-cmd-", ".log");
    try {
      Process p =
          new ProcessBuilder(cmd)
              .redirectErrorStream(true)
              .redirectOutput(out.toFile())
              .directory(dir.toFile())
              .start();
      if (!p.waitFor(180, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("timed out: " + String.join(" ", cmd));
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(
            String.join(" ", cmd) + " exited " + p.exitValue() + ":\n" + Files.readString(out));
      }
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
