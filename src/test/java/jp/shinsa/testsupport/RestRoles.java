package jp.shinsa.testsupport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which roles each REST operation admits, read from the resource classes' {@code @RolesAllowed}
 * (method first, then class) so a sweep knows which demo users must be refused by role.
 */
public final class RestRoles {

  private final Map<String, Set<String>> roles = new HashMap<>();

  /** Scans the compiled resource classes under {@code target/classes} in the given package. */
  public static RestRoles scan(String packageName) {
    RestRoles r = new RestRoles();
    java.nio.file.Path dir = Paths.get("target/classes", packageName.split("\\."));
    try (Stream<java.nio.file.Path> files = Files.list(dir)) {
      for (java.nio.file.Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$")) {
          r.add(Class.forName(packageName + "." + name.substring(0, name.length() - 6)));
        }
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return r;
  }

  private void add(Class<?> type) {
    Path classPath = type.getAnnotation(Path.class);
    if (classPath == null) {
      return;
    }
    RolesAllowed classRoles = type.getAnnotation(RolesAllowed.class);
    for (Method m : type.getMethods()) {
      String verb = verb(m);
      if (verb == null) {
        continue;
      }
      Path methodPath = m.getAnnotation(Path.class);
      String template =
          normalise(classPath.value() + (methodPath == null ? "" : "/" + methodPath.value()));
      RolesAllowed allowed =
          Optional.ofNullable(m.getAnnotation(RolesAllowed.class)).orElse(classRoles);
      roles.put(verb + " " + template, allowed == null ? Set.of("*") : Set.of(allowed.value()));
    }
  }

  /** The roles for an operation, or empty when no resource method matches it. */
  public Optional<Set<String>> of(String method, String path) {
    return Optional.ofNullable(roles.get(method + " " + normalise(path)));
  }

  private static String verb(Method m) {
    for (Class<? extends Annotation> a :
        java.util.List.of(GET.class, POST.class, PUT.class, DELETE.class, HEAD.class)) {
      if (m.isAnnotationPresent(a)) {
        return a.getSimpleName();
      }
    }
    return null;
  }

  /** Drops slashes at the ends, doubled slashes and regular expressions in templates. */
  static String normalise(String template) {
    return template
        .replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}")
        .replaceAll("/+", "/")
        .replaceAll("^/|/$", "");
  }
}
