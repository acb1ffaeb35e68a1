package jp.shinsa.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;
import jp.shinsa.application.identity.LoginResult;
import jp.shinsa.application.identity.LoginService;

/**
 * The database identity store: accounts, PBKDF2 hashes and roles from the portal's own tables. The
 * roles become the caller's groups, mapped one-to-one to the declared security roles.
 */
@ApplicationScoped
public class ShinsaIdentityStore implements IdentityStore {

  @Inject private LoginService loginService;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential upc)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    LoginResult result = loginService.attempt(upc.getCaller(), upc.getPassword().getValue());
    if (result.status() != LoginResult.Status.SUCCESS) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    Set<String> groups = result.roles().stream().map(Enum::name).collect(Collectors.toSet());
    return new CredentialValidationResult(result.username(), groups);
  }
}
